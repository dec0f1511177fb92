// Tests of fns.c's primitives: Lisp-in/Lisp-out cases whose expected results come from GNU Emacs 28.2
// (emacs -Q --batch, each form evaluated with lexical-binding t), plus JS-level property tests of
// equality, hashing, sorting and the unibyte/multibyte conversions.
import { test } from "node:test";
import assert from "node:assert/strict";
import fc from "fast-check";
import { printed, setup } from "./helpers.js";
import { Cons, defsym, LFloat, LispObject, list, LString, NIL, Subr, T } from "../src/lisp.js";
import {
  equal, length, listLength, memq, multibyteFromBytes, nthcdr, sort, stringData, sxhashEqual, validateSubarray,
} from "../src/fns.js";
import { LispSignal } from "../src/signal.js";

setup();

/** [form, GNU's prin1 of its value or "ERROR: " + prin1 of (SYMBOL . DATA)]. */
const CASES: [string, string][] = [
  ["(identity '(1 . 2))", "(1 . 2)"],
  ["(length '(1 2 3))", "3"],
  ["(length nil)", "0"],
  ["(length \"héllo\")", "5"],
  ["(length [1 2 3])", "3"],
  ["(length (make-bool-vector 5 t))", "5"],
  ["(length (make-char-table 'x))", "4194303"],
  ["(length (record 'a 1 2))", "3"],
  ["(length 'a)", "ERROR: (wrong-type-argument sequencep a)"],
  ["(length 5)", "ERROR: (wrong-type-argument sequencep 5)"],
  ["(length '(1 2 . 3))", "ERROR: (wrong-type-argument listp 3)"],
  ["(let ((l (list 1 2 3 4 5))) (setcdr (last l) (cdr l)) (condition-case e (length l) (circular-list (car (cadr e)))))", "3"],
  ["(safe-length '(1 2 3))", "3"],
  ["(safe-length '(1 2 . 3))", "2"],
  ["(safe-length 5)", "0"],
  ["(let ((l (list 1 2 3))) (setcdr (cddr l) l) (>= (safe-length l) 3))", "t"],
  ["(proper-list-p '(1 2 . 3))", "nil"],
  ["(proper-list-p '(1 2))", "2"],
  ["(proper-list-p nil)", "0"],
  ["(proper-list-p 5)", "nil"],
  ["(let ((l (list 1 2 3))) (setcdr (cddr l) l) (proper-list-p l))", "nil"],
  ["(list (length< '(1 2) 3) (length< '(1 2) 2) (length< '(1 2) 1))", "(t nil nil)"],
  ["(list (length> '(1 2) 3) (length> '(1 2) 1) (length> '(1 2 . 3) 1))", "(nil t t)"],
  ["(list (length= '(1 2) 2) (length= '(1 2) 3) (length= '(1 2 . 3) 2) (length= \"abc\" 3) (length= '(1 2) -1))", "(t nil t t nil)"],
  ["(length< 1 3)", "ERROR: (wrong-type-argument sequencep 1)"],
  ["(length< '(1) 'a)", "ERROR: (wrong-type-argument fixnump a)"],
  ["(length> [1 2 3] 2)", "t"],
  ["(let ((l (list 1 2 3))) (setcdr (cddr l) l) (list (length> l 10) (length< l 10) (length= l 5)))", "(t nil nil)"],
  ["(string-bytes \"abc\")", "3"],
  ["(string-bytes \"héllo\")", "6"],
  ["(string-bytes (string 0 127 128 2047 2048 65535 65536 #x10ffff #x110000 #x1fffff #x200000 #x20ff00 #x3fff80))", "40"],
  ["(string-bytes 'a)", "ERROR: (wrong-type-argument stringp a)"],
  ["(string-distance \"kitten\" \"sitting\")", "3"],
  ["(string-distance \"héllo\" \"hello\")", "1"],
  ["(string-distance \"héllo\" \"hello\" t)", "2"],
  ["(string-distance \"\\351\" \"é\")", "0"],
  ["(string-distance \"\" \"abc\")", "3"],
  ["(string-distance \"abc\" 5)", "ERROR: (wrong-type-argument stringp 5)"],
  ["(string-equal 'abc \"abc\")", "t"],
  ["(string-equal \"abc\" \"abd\")", "nil"],
  ["(string-equal \"abc\" 1)", "ERROR: (wrong-type-argument stringp 1)"],
  ["(string-equal \"é\" (string-to-multibyte \"\\351\"))", "nil"],
  ["(string-equal \"a\" (string-to-multibyte \"a\"))", "t"],
  ["(compare-strings \"abc\" nil nil \"abd\" nil nil)", "-3"],
  ["(compare-strings \"abc\" nil nil \"ab\" nil nil)", "3"],
  ["(compare-strings \"ab\" nil nil \"abc\" nil nil)", "-3"],
  ["(compare-strings \"ABC\" nil nil \"abd\" nil nil t)", "-3"],
  ["(compare-strings \"ABC\" nil nil \"abc\" nil nil t)", "t"],
  ["(compare-strings \"abc\" 0 10 \"abc\" 0 20)", "t"],
  ["(compare-strings \"abc\" -2 nil \"bc\" nil nil)", "t"],
  ["(compare-strings \"abc\" 2 1 \"bc\" nil nil)", "ERROR: (args-out-of-range \"abc\" 2 1)"],
  ["(compare-strings \"abc\" 5 nil \"bc\" nil nil)", "ERROR: (args-out-of-range \"abc\" 5 nil)"],
  ["(compare-strings \"abc\" 'a nil \"bc\" nil nil)", "ERROR: (wrong-type-argument integerp a)"],
  ["(compare-strings \"\\351\" nil nil \"é\" nil nil)", "1"],
  ["(compare-strings (string #x3fffe9) nil nil \"\\351\" nil nil)", "t"],
  ["(compare-strings \"xabcx\" 1 4 \"abc\" nil nil)", "t"],
  ["(list (string-lessp \"abc\" \"abd\") (string-lessp \"ab\" \"abc\") (string-lessp \"abc\" \"ab\") (string-lessp \"\" \"\"))", "(t t nil nil)"],
  ["(string-lessp 'a 'b)", "t"],
  ["(string-lessp \"a\" 1)", "ERROR: (wrong-type-argument stringp 1)"],
  ["(string-lessp \"\\351\" \"é\")", "nil"],
  ["(string-lessp \"a𝄞\" \"a\\uffff\")", "nil"],
  ["(string-lessp \"a\\uffff\" \"a𝄞\")", "t"],
  ["(list (string-version-lessp \"foo2.png\" \"foo12.png\") (string-version-lessp \"foo12\" \"foo2\") (string-version-lessp \"1.0\" \"1.0.1\"))", "(t nil t)"],
  ["(list (string-version-lessp \"a\" \"b\") (string-version-lessp \"\" \"a\") (string-version-lessp \"abc\" \"abc\") (string-version-lessp \".a\" \"a\"))", "(t t nil t)"],
  ["(list (string-version-lessp \"a~\" \"a\") (string-version-lessp \"x.tar.gz\" \"x.tgz\") (string-version-lessp \"1.10\" \"1.9\") (string-version-lessp \"a01\" \"a1\"))", "(t t nil t)"],
  ["(list (string-version-lessp \"emacs-28.2\" \"emacs-28.10\") (string-version-lessp \"x\\0b\" \"x\\0a\") (string-version-lessp 'a10 'a9))", "(t nil nil)"],
  ["(list (string-collate-lessp \"a\" \"B\") (string-collate-lessp \"a\" \"B\" nil t) (string-collate-equalp \"a\" \"A\" nil t) (string-collate-equalp \"a\" \"A\"))", "(nil t t nil)"],
  ["(let ((s (string-make-multibyte (unibyte-string 233 97)))) (list (multibyte-string-p s) (append s nil) (string-bytes s)))", "(t (4194281 97) 3)"],
  ["(let ((s (string-make-multibyte \"abc\"))) (multibyte-string-p s))", "nil"],
  ["(let ((s (string-to-multibyte \"abc\"))) (multibyte-string-p s))", "t"],
  ["(let ((s (string-to-multibyte (unibyte-string 233 97)))) (list (multibyte-string-p s) (append s nil) (string-bytes s)))", "(t (4194281 97) 3)"],
  ["(let ((s (string-as-multibyte (unibyte-string 195 169 255 192 128 97)))) (list (multibyte-string-p s) (append s nil) (string-bytes s)))", "(t (233 4194303 4194240 4194176 97) 9)"],
  ["(let ((s (string-as-multibyte (unibyte-string 240 159 152 128 248 136 128 128 128)))) (list (append s nil) (string-bytes s)))", "((128512 2097152) 9)"],
  ["(let ((s (string-as-unibyte \"é\\x3fffe9z\"))) (list (multibyte-string-p s) (append s nil)))", "(nil (195 169 233 122))"],
  ["(let ((s (string-as-unibyte \"abc\"))) (list (multibyte-string-p s) s))", "(nil \"abc\")"],
  ["(string-to-unibyte \"abcé\")", "ERROR: (error \"Can’t convert the 3th character to unibyte\")"],
  ["(append (string-to-unibyte (string ?a #x3fffe9)) nil)", "(97 233)"],
  ["(append (string-make-unibyte \"aé\\x3fffe9ā\") nil)", "(97 233 233 1)"],
  ["(string-to-multibyte 5)", "ERROR: (wrong-type-argument stringp 5)"],
  ["(list (concat \"\\xff\" \"ä\") (multibyte-string-p (concat \"\\xff\" \"ä\")) (append (concat \"\\xff\" \"ä\") nil))", "(\"\\377ä\" t (4194303 228))"],
  ["(list (multibyte-string-p (concat '(4194303))) (append (concat '(4194303)) nil))", "(nil (255))"],
  ["(list (multibyte-string-p (concat '(255))) (append (concat '(255)) nil))", "(t (255))"],
  ["(concat [97 98] '(99) \"d\" nil)", "\"abcd\""],
  ["(concat)", "\"\""],
  ["(concat '(97 . 98))", "ERROR: (wrong-type-argument listp 98)"],
  ["(concat (make-bool-vector 0 t))", "\"\""],
  ["(concat (make-bool-vector 1 t))", "ERROR: (wrong-type-argument integerp t)"],
  ["(concat 1)", "ERROR: (wrong-type-argument sequencep 1)"],
  ["(concat '(a))", "ERROR: (wrong-type-argument characterp a)"],
  ["(concat '(-1))", "ERROR: (wrong-type-argument characterp -1)"],
  ["(multibyte-string-p (concat (string-to-multibyte \"abc\") \"d\"))", "t"],
  ["(append \"ab\" [1 2] '(3) 4)", "(97 98 1 2 3 . 4)"],
  ["(append)", "nil"],
  ["(append nil nil 5)", "5"],
  ["(append '(1 . 2) nil)", "ERROR: (wrong-type-argument listp 2)"],
  ["(append '(1 2) 5)", "(1 2 . 5)"],
  ["(append 5 nil)", "ERROR: (wrong-type-argument sequencep 5)"],
  ["(append \"\\351\" nil)", "(233)"],
  ["(vconcat '(1 2) \"ab\" [3] (make-bool-vector 2 t))", "[1 2 97 98 3 t t]"],
  ["(vconcat)", "[]"],
  ["(vconcat 5)", "ERROR: (wrong-type-argument sequencep 5)"],
  ["(append (make-bool-vector 2 t) nil)", "(t t)"],
  ["(append (symbol-function 'mapcar) nil)", "ERROR: (wrong-type-argument sequencep #<subr mapcar>)"],
  ["(copy-sequence 1)", "ERROR: (wrong-type-argument sequencep 1)"],
  ["(copy-sequence '(1 2 . 3))", "ERROR: (wrong-type-argument listp 3)"],
  ["(copy-sequence '(1 2 3))", "(1 2 3)"],
  ["(copy-sequence (record 'a 1))", "#s(a 1)"],
  ["(copy-sequence [1 2])", "[1 2]"],
  ["(copy-sequence \"abc\")", "\"abc\""],
  ["(copy-sequence nil)", "nil"],
  ["(copy-sequence (make-bool-vector 3 t))", "#&3\"\u0007\""],
  ["(let* ((a (list 1 2)) (b (copy-sequence a))) (list (equal a b) (eq a b)))", "(t nil)"],
  ["(copy-alist '((a . 1) b (c . 2)))", "((a . 1) b (c . 2))"],
  ["(let* ((a (list (cons 1 2))) (b (copy-alist a))) (eq (car a) (car b)))", "nil"],
  ["(copy-alist 5)", "ERROR: (wrong-type-argument sequencep 5)"],
  ["(copy-alist [1])", "(1)"],
  ["(substring \"hello\" 1 3)", "\"el\""],
  ["(substring \"hello\" -3)", "\"llo\""],
  ["(substring \"hello\" 3 1)", "ERROR: (args-out-of-range \"hello\" 3 1)"],
  ["(substring \"hello\" 0 10)", "ERROR: (args-out-of-range \"hello\" 0 10)"],
  ["(substring [1 2 3] 1)", "[2 3]"],
  ["(substring '(1 2) 1)", "ERROR: (wrong-type-argument arrayp (1 2))"],
  ["(substring \"hello\" 'a)", "ERROR: (wrong-type-argument integerp a)"],
  ["(substring \"hello\" 1.0)", "ERROR: (wrong-type-argument integerp 1.0)"],
  ["(substring \"hello\")", "\"hello\""],
  ["(substring-no-properties [1 2] 1)", "ERROR: (wrong-type-argument stringp [1 2])"],
  ["(substring-no-properties \"hello\" 1 -1)", "\"ell\""],
  ["(substring \"héllo\" 1 2)", "\"é\""],
  ["(multibyte-string-p (substring \"héllo\" 2))", "t"],
  ["(substring \"a𝄞b\" 1 2)", "\"𝄞\""],
  ["(substring \"hello\" (expt 2 60))", "ERROR: (args-out-of-range \"hello\" 1152921504606846976 nil)"],
  ["(nthcdr 1 '(1 2 3))", "(2 3)"],
  ["(nthcdr 3 '(1 . 2))", "ERROR: (wrong-type-argument listp (1 . 2))"],
  ["(nthcdr 1 '(1 . 2))", "2"],
  ["(nthcdr 2 '(1 . 2))", "ERROR: (wrong-type-argument listp (1 . 2))"],
  ["(nthcdr -1 '(1 . 2))", "(1 . 2)"],
  ["(nthcdr 0 5)", "5"],
  ["(nthcdr 1 5)", "ERROR: (wrong-type-argument listp 5)"],
  ["(nthcdr 200 '(1 . 2))", "ERROR: (wrong-type-argument listp (1 . 2))"],
  ["(nthcdr 200 '(1 2))", "nil"],
  ["(nthcdr 'a '(1 2))", "ERROR: (wrong-type-argument integerp a)"],
  ["(nthcdr 1.0 '(1 2))", "ERROR: (wrong-type-argument integerp 1.0)"],
  ["(nthcdr (expt 2 70) '(1 2))", "nil"],
  ["(nthcdr (- (expt 2 70)) '(1 2))", "(1 2)"],
  ["(let ((l (list 1 2 3))) (setcdr (cddr l) l) (car (nthcdr 1000001 l)))", "3"],
  ["(let ((l (list 1 2 3))) (setcdr (cddr l) l) (car (nthcdr (expt 2 70) l)))", "2"],
  ["(let ((l (number-sequence 0 999))) (nth 500 l))", "500"],
  ["(nth 0 5)", "ERROR: (wrong-type-argument listp 5)"],
  ["(nth 1 5)", "ERROR: (wrong-type-argument listp 5)"],
  ["(nth 5 '(1 2))", "nil"],
  ["(nth -1 '(1 2))", "1"],
  ["(elt '(1 2) 5)", "nil"],
  ["(elt '(1 2) 1)", "2"],
  ["(elt [1 2] 5)", "ERROR: (args-out-of-range [1 2] 5)"],
  ["(elt [1 2] -1)", "ERROR: (args-out-of-range [1 2] -1)"],
  ["(elt \"abc\" 1)", "98"],
  ["(elt \"a𝄞b\" 1)", "119070"],
  ["(elt (record 'a 1) 1)", "ERROR: (wrong-type-argument sequencep #s(a 1))"],
  ["(elt 5 1)", "ERROR: (wrong-type-argument sequencep 5)"],
  ["(elt [1 2] 'a)", "ERROR: (wrong-type-argument fixnump a)"],
  ["(elt '(1 2) 'a)", "ERROR: (wrong-type-argument integerp a)"],
  ["(elt (make-bool-vector 3 t) 1)", "t"],
  ["(elt (make-char-table 'foo 7) 65)", "7"],
  ["(elt (make-char-table 'foo 7) -1)", "ERROR: (wrong-type-argument characterp -1)"],
  ["(memq 5 '(1 2 . 3))", "ERROR: (wrong-type-argument listp (1 2 . 3))"],
  ["(memq 2 '(1 2 . 3))", "(2 . 3)"],
  ["(memq 'c '(a b c d))", "(c d)"],
  ["(memq 1.0 '(1.0))", "nil"],
  ["(member \"a\" '(\"b\" . 3))", "ERROR: (wrong-type-argument listp (\"b\" . 3))"],
  ["(member 5 '(\"b\" . 3))", "ERROR: (wrong-type-argument listp (\"b\" . 3))"],
  ["(member \"b\" '(\"a\" \"b\" \"c\"))", "(\"b\" \"c\")"],
  ["(member '(1) '((1) (2)))", "((1) (2))"],
  ["(member 1.0 '(1 1.0))", "(1.0)"],
  ["(memql 1.0 '(1 1.0))", "(1.0)"],
  ["(memql 1.0 '(1 . 2))", "ERROR: (wrong-type-argument listp (1 . 2))"],
  ["(memql (expt 2 70) (list 1 (expt 2 70)))", "(1180591620717411303424)"],
  ["(memq 1 5)", "ERROR: (wrong-type-argument listp 5)"],
  ["(let ((l (list 1 2 3 4 5))) (setcdr (last l) (cdr l)) (condition-case e (memq 9 l) (circular-list (car (cadr e)))))", "3"],
  ["(assq 'a '(1 (a . 2)))", "(a . 2)"],
  ["(assq 'a '((b . 1) . 5))", "ERROR: (wrong-type-argument listp ((b . 1) . 5))"],
  ["(assoc \"a\" '((\"a\" . 1)))", "(\"a\" . 1)"],
  ["(assoc 2 '((1 . a) (2 . b)) (lambda (a b) (= a (1- b))))", "(1 . a)"],
  ["(assoc \"x\" 5)", "ERROR: (wrong-type-argument listp 5)"],
  ["(assoc \"x\" '(1 (\"x\" . 2)))", "(\"x\" . 2)"],
  ["(assoc 'b '((a . 1) (b . 2)))", "(b . 2)"],
  ["(rassq 1 '((a . 1)))", "(a . 1)"],
  ["(rassq 1 '(x (a . 1)))", "(a . 1)"],
  ["(rassoc \"x\" '((a . \"x\")))", "(a . \"x\")"],
  ["(rassoc \"x\" '((a . \"y\") . 7))", "ERROR: (wrong-type-argument listp ((a . \"y\") . 7))"],
  ["(delq 1 (list 1 2 1 3 1))", "(2 3)"],
  ["(delq 1 '(1 2 . 3))", "ERROR: (wrong-type-argument listp (2 . 3))"],
  ["(delq 5 nil)", "nil"],
  ["(delete 1 [1 2 1 3])", "[2 3]"],
  ["(let ((v (vector 1 2))) (eq v (delete 3 v)))", "t"],
  ["(delete ?a \"banana\")", "\"bnn\""],
  ["(delete 'x \"banana\")", "\"banana\""],
  ["(delete 233 \"\\351x\")", "\"x\""],
  ["(delete 4194281 \"\\351x\")", "\"\\351x\""],
  ["(delete ?é \"héllo\")", "\"hllo\""],
  ["(delete \"a\" (list \"a\" \"b\" \"a\"))", "(\"b\")"],
  ["(delete 1 5)", "ERROR: (wrong-type-argument listp 5)"],
  ["(nreverse (list 1 2 3))", "(3 2 1)"],
  ["(nreverse [1 2 3])", "[3 2 1]"],
  ["(nreverse \"abc\")", "\"cba\""],
  ["(nreverse '(1 2 . 3))", "ERROR: (wrong-type-argument listp (1))"],
  ["(nreverse 5)", "ERROR: (wrong-type-argument arrayp 5)"],
  ["(nreverse (make-bool-vector 3 nil))", "#&3\"\u0000\""],
  ["(reverse 5)", "ERROR: (wrong-type-argument sequencep 5)"],
  ["(reverse '(1 2 . 3))", "ERROR: (wrong-type-argument listp 3)"],
  ["(reverse '(1 2 3))", "(3 2 1)"],
  ["(reverse [1 2 3])", "[3 2 1]"],
  ["(reverse \"héllo\")", "\"olléh\""],
  ["(reverse \"a𝄞b\")", "\"b𝄞a\""],
  ["(let ((l (list 1 2 3))) (setcdr (cddr l) l) (condition-case e (nreverse l) (circular-list (cadr e))))", "(1)"],
  ["(sort '(3 1 2) '<)", "(1 2 3)"],
  ["(sort (list 3 1 2 5 4 7 6 9 8 0) '<)", "(0 1 2 3 4 5 6 7 8 9)"],
  ["(sort [3 1 2] '<)", "[1 2 3]"],
  ["(sort (vector 3 1 2 5 4 7 6 9 8 0 11 10) '>)", "[11 10 9 8 7 6 5 4 3 2 1 0]"],
  ["(sort \"cba\" '<)", "ERROR: (wrong-type-argument list-or-vector-p \"cba\")"],
  ["(sort '(3 1 . 2) '<)", "ERROR: (wrong-type-argument listp 2)"],
  ["(sort nil '<)", "nil"],
  ["(sort (list '(1 . a) '(0 . b) '(1 . c) '(0 . d)) (lambda (x y) (< (car x) (car y))))", "((0 . b) (0 . d) (1 . a) (1 . c))"],
  ["(sort (vector '(1 . a) '(0 . b) '(1 . c) '(0 . d) '(1 . e)) (lambda (x y) (< (car x) (car y))))", "[(0 . b) (0 . d) (1 . a) (1 . c) (1 . e)]"],
  ["(let (calls) (sort (list 4 2 3 1) (lambda (a b) (push (list a b) calls) (< a b))) (nreverse calls))", "((1 3) (2 4) (1 2) (3 2) (3 4))"],
  ["(let (calls) (sort (vector 4 2 3 1 5) (lambda (a b) (push (list a b) calls) (< a b))) (nreverse calls))", "((2 4) (5 1) (1 3) (5 3) (1 2) (3 2) (3 4) (5 4))"],
  ["(sort (list \"b\" \"c\" \"a\") 'string<)", "(\"a\" \"b\" \"c\")"],
  ["(plist-get '(a 1 b 2) 'b)", "2"],
  ["(plist-get '(a 1 b) 'b)", "nil"],
  ["(plist-get 5 'b)", "nil"],
  ["(plist-put '(a 1 b) 'c 3)", "ERROR: (wrong-type-argument plistp (a 1 b))"],
  ["(plist-put (list 'a 1) 'c 3)", "(a 1 c 3)"],
  ["(plist-put (list 'a 1) 'a 3)", "(a 3)"],
  ["(plist-put 5 'c 3)", "ERROR: (wrong-type-argument plistp 5)"],
  ["(plist-put nil 'c 3)", "(c 3)"],
  ["(plist-put '(a 1 . 5) 'c 3)", "ERROR: (wrong-type-argument plistp (a 1 . 5))"],
  ["(lax-plist-get '(\"a\" 1 \"b\" 2) \"b\")", "2"],
  ["(lax-plist-get '(\"a\" 1 \"b\") \"c\")", "ERROR: (wrong-type-argument plistp (\"a\" 1 \"b\"))"],
  ["(lax-plist-put (list \"a\" 1) \"a\" 2)", "(\"a\" 2)"],
  ["(lax-plist-put (list \"a\" 1) \"b\" 2)", "(\"a\" 1 \"b\" 2)"],
  ["(lax-plist-put (list \"a\" 1 \"b\") \"c\" 2)", "ERROR: (wrong-type-argument plistp (\"a\" 1 \"b\"))"],
  ["(lax-plist-put nil \"c\" 2)", "(\"c\" 2)"],
  ["(plist-member '(a nil b 2) 'a)", "(a nil b 2)"],
  ["(plist-member '(a nil b) 'c)", "nil"],
  ["(plist-member '(a nil . 5) 'c)", "ERROR: (wrong-type-argument plistp (a nil . 5))"],
  ["(plist-member '(a nil b 1 . 5) 'c)", "ERROR: (wrong-type-argument plistp (a nil b 1 . 5))"],
  ["(plist-member '(a nil b 1) 'b)", "(b 1)"],
  ["(get 5 'a)", "ERROR: (wrong-type-argument symbolp 5)"],
  ["(put 5 'a 1)", "ERROR: (wrong-type-argument symbolp 5)"],
  ["(progn (put 'fns-test-sym 'p 1) (put 'fns-test-sym 'q 2) (put 'fns-test-sym 'p 3) (list (get 'fns-test-sym 'p) (get 'fns-test-sym 'q) (symbol-plist 'fns-test-sym)))", "(3 2 (p 3 q 2))"],
  ["(let ((overriding-plist-environment '((fns-test-sym2 p 9)))) (get 'fns-test-sym2 'p))", "9"],
  ["(list (eql 1 1) (eql 1.0 1.0) (eql 0.0 -0.0) (eql 0.0e+NaN 0.0e+NaN) (eql 1 1.0) (eql (expt 2 70) (expt 2 70)) (eql \"a\" \"a\"))", "(t t nil t nil t nil)"],
  ["(list (equal 0.0 -0.0) (equal 0.0e+NaN 0.0e+NaN) (equal -0.0e+NaN 0.0e+NaN) (equal 1 1.0))", "(nil t nil nil)"],
  ["(list (equal \"abc\" \"abc\") (equal \"abc\" (propertize \"abc\" 'face 'bold)) (equal (string-to-multibyte \"abc\") \"abc\") (equal (string-to-multibyte \"\\377\") \"\\377\") (equal \"\\351\" \"é\"))", "(t t t nil nil)"],
  ["(list (equal '(1 (2 [3 \"x\"])) '(1 (2 [3 \"x\"]))) (equal '(1 2) '(1 2 3)) (equal '(1 . 2) '(1 . 2)) (equal [1 2] [1 2 3]))", "(t nil t nil)"],
  ["(list (equal (record 'a 1) (record 'a 1)) (equal (make-bool-vector 3 t) (make-bool-vector 3 t)) (equal (make-bool-vector 3 t) (make-bool-vector 3 nil)))", "(t t nil)"],
  ["(list (equal (make-char-table 'foo) (make-char-table 'foo)) (equal (make-hash-table) (make-hash-table)) (equal (symbol-function 'car) (symbol-function 'car)))", "(t nil t)"],
  ["(let ((d1 1) (d2 1)) (dotimes (_ 150) (setq d1 (list d1) d2 (list d2))) (equal d1 d2))", "t"],
  ["(let ((d1 1) (d2 1)) (dotimes (_ 200) (setq d1 (list d1) d2 (list d2))) (equal d1 d2))", "t"],
  ["(let ((d1 1) (d2 1)) (dotimes (_ 201) (setq d1 (list d1) d2 (list d2))) (equal d1 d2))", "ERROR: (error \"Stack overflow in equal\")"],
  ["(let ((d1 1) (d2 1)) (dotimes (_ 300) (setq d1 (list d1) d2 (list d2))) (equal d1 d2))", "ERROR: (error \"Stack overflow in equal\")"],
  ["(let ((d1 1) (d2 2)) (dotimes (_ 300) (setq d1 (list d1) d2 (list d2))) (equal d1 d2))", "ERROR: (error \"Stack overflow in equal\")"],
  ["(let ((a (list 1 2)) (b (list 1 2))) (setcdr (cdr a) a) (setcdr (cdr b) b) (condition-case e (equal a b) (circular-list 'circular)))", "circular"],
  ["(let ((a (list 1 2)) (b (list 1 2))) (setcar a a) (setcar b b) (equal a b))", "t"],
  ["(let ((a (vector 1 2)) (b (vector 1 2))) (aset a 0 a) (aset b 0 b) (equal a b))", "t"],
  ["(let ((a (number-sequence 1 100000)) (b (number-sequence 1 100000))) (equal a b))", "t"],
  ["(equal-including-properties \"abc\" \"abc\")", "t"],
  ["(equal-including-properties '(1 \"a\") '(1 \"a\"))", "t"],
  ["(list (= (sxhash-equal \"abc\") (sxhash-equal (copy-sequence \"abc\"))) (= (sxhash-equal '(1 (2) [3])) (sxhash-equal (list 1 (list 2) (vector 3)))) (= (sxhash-eql 1.5) (sxhash-eql 1.5)) (= (sxhash-eq 'a) (sxhash-eq 'a)))", "(t t t t)"],
  ["(list (natnump (sxhash-equal \"x\")) (natnump (sxhash-eq (list 1))) (natnump (sxhash-eql (expt 2 70))) (fixnump (sxhash-equal-including-properties \"a\")))", "(t t t t)"],
  ["(fillarray (string-to-multibyte \"abc\") ?é)", "ERROR: (error \"Attempt to change byte length of a string\")"],
  ["(let ((s (copy-sequence \"héllo\"))) (fillarray s ?x))", "ERROR: (error \"Attempt to change byte length of a string\")"],
  ["(let ((s (copy-sequence \"abc\"))) (list (fillarray s ?é) (multibyte-string-p s) (aref s 0)))", "(\"\\351\\351\\351\" nil 233)"],
  ["(let ((s (copy-sequence \"abc\"))) (list (fillarray s 4194303) (aref s 0)))", "(\"\\377\\377\\377\" 255)"],
  ["(let ((s (string-to-multibyte \"abc\"))) (list (fillarray s ?z) (multibyte-string-p s)))", "(\"zzz\" t)"],
  ["(let ((s (copy-sequence \"abc\"))) (fillarray s 'a))", "ERROR: (wrong-type-argument characterp a)"],
  ["(fillarray 5 1)", "ERROR: (wrong-type-argument arrayp 5)"],
  ["(fillarray (list 1 2) 1)", "ERROR: (wrong-type-argument arrayp (1 2))"],
  ["(fillarray (make-bool-vector 3 nil) 5)", "#&3\"\u0007\""],
  ["(fillarray (make-vector 2 nil) 5)", "[5 5]"],
  ["(fillarray \"\" 'x)", "ERROR: (wrong-type-argument characterp x)"],
  ["(let ((ct (make-char-table 'foo))) (fillarray ct 5) (list (aref ct 65) (char-table-range ct nil)))", "(5 5)"],
  ["(let ((s (copy-sequence \"héllo\"))) (clear-string s) (list s (length s) (multibyte-string-p s)))", "(\"\u0000\u0000\u0000\u0000\u0000\u0000\" 6 nil)"],
  ["(clear-string 5)", "ERROR: (wrong-type-argument stringp 5)"],
  ["(nconc (list 1) 5)", "(1 . 5)"],
  ["(nconc (list 1) nil (list 2) nil)", "(1 2)"],
  ["(nconc 5 (list 1))", "ERROR: (wrong-type-argument consp 5)"],
  ["(nconc nil 5)", "5"],
  ["(nconc)", "nil"],
  ["(nconc (list 1 2) 5 (list 3))", "ERROR: (wrong-type-argument consp 5)"],
  ["(let ((a (list 1)) (b (list 2))) (nconc a b) a)", "(1 2)"],
  ["(mapcar '1+ [1 2 3])", "(2 3 4)"],
  ["(mapcar '1+ '(1 2 3))", "(2 3 4)"],
  ["(mapcar 'identity \"héllo\")", "(104 233 108 108 111)"],
  ["(mapcar 'identity \"\\351\")", "(233)"],
  ["(mapcar 'identity (make-bool-vector 2 t))", "(t t)"],
  ["(mapcar 'identity 5)", "ERROR: (wrong-type-argument sequencep 5)"],
  ["(mapcar 'identity '(1 2 . 3))", "ERROR: (wrong-type-argument listp 3)"],
  ["(mapcar 5 nil)", "nil"],
  ["(mapcar 5 '(1))", "ERROR: (invalid-function 5)"],
  ["(mapc 'identity '(1 2))", "(1 2)"],
  ["(mapc 'identity [1 2])", "[1 2]"],
  ["(mapcan 'list '(1 2 3))", "(1 2 3)"],
  ["(mapcan (lambda (x) (list x)) [1 2])", "(1 2)"],
  ["(mapcan (lambda (x) nil) [1 2])", "nil"],
  ["(mapconcat 'identity '(\"a\" \"b\") \"-\")", "\"a-b\""],
  ["(mapconcat 'identity '() \"-\")", "\"\""],
  ["(mapconcat 'identity '(\"a\") \"-\")", "\"a\""],
  ["(mapconcat 'identity '(\"a\" \"b\") '(?x ?y))", "\"axyb\""],
  ["(mapconcat 'identity '(\"a\" \"b\") [?x])", "\"axb\""],
  ["(mapconcat (lambda (x) (list x x)) \"ab\" nil)", "\"aabb\""],
  ["(mapconcat 'identity '(a b) \"-\")", "ERROR: (wrong-type-argument sequencep a)"],
  ["(mapconcat 'identity '(\"a\" \"b\") 5)", "ERROR: (wrong-type-argument sequencep 5)"],
  ["(multibyte-string-p (mapconcat 'identity '() \"-\"))", "nil"],
  ["(mapconcat 'symbol-name '(a b c) \", \")", "\"a, b, c\""],
  ["(let ((l (list 1 2 3 4))) (mapcar (lambda (x) (setcdr (cdr l) nil) x) l))", "(1 2)"],
  ["(featurep 'emacs)", "t"],
  ["(featurep \"x\")", "ERROR: (wrong-type-argument symbolp \"x\")"],
  ["(progn (provide 'fns-test-feature '(a b)) (list (featurep 'fns-test-feature) (featurep 'fns-test-feature 'a) (featurep 'fns-test-feature 'c) (get 'fns-test-feature 'subfeatures)))", "(t t nil (a b))"],
  ["(provide \"x\")", "ERROR: (wrong-type-argument symbolp \"x\")"],
  ["(provide 'x 5)", "ERROR: (wrong-type-argument listp 5)"],
  ["(provide 'fns-test-feature-2)", "fns-test-feature-2"],
  ["(require \"x\")", "ERROR: (wrong-type-argument symbolp \"x\")"],
  ["(require 'emacs)", "emacs"],
  ["(progn (random \"foo\") (list (random 100) (random 100) (random) (random 1000000007) (random (expt 2 70)) (random 1.5) (random -3)))", "(94 82 -1796133337120504616 138854461 872641996530895393585 -1246541122830189700 1216306724594054849)"],
  ["(progn (random \"\") (list (random 10) (random)))", "(9 -806577941401367616)"],
  ["(progn (random \"héllo wörld, long seed string\") (list (random 10) (random)))", "(6 -1252007488902932993)"],
  ["(random (- (expt 2 70)))", "ERROR: (wrong-type-argument natnump -1180591620717411303424)"],
  ["(progn (random \"foo\") (random (expt 10 30)))", "137157018162520597877979803135"],
  ["(progn (random \"foo\") (random (expt 2 62)))", "3913150321158188543"],
  ["(progn (random \"foo\") (random (1- (expt 2 61))))", "189513454544787894"],
  ["(progn (random \"abcdefgh\") (random 1000))", "374"],
  ["(progn (random t) (integerp (random)))", "t"],
  ["(let ((ok t)) (dotimes (_ 1000) (let ((r (random 7))) (unless (and (>= r 0) (< r 7)) (setq ok nil)))) ok)", "t"],
  ["(let ((h (make-hash-table))) (list (hash-table-size h) (hash-table-rehash-size h) (hash-table-rehash-threshold h) (hash-table-test h) (hash-table-weakness h) (hash-table-count h)))", "(65 1.5 0.8125 eql nil 0)"],
  ["(let ((h (make-hash-table :size 0))) (list (hash-table-size h) (progn (puthash 1 1 h) (hash-table-size h)) (progn (puthash 2 1 h) (hash-table-size h)) (progn (puthash 3 1 h) (hash-table-size h))))", "(1 1 2 3)"],
  ["(let ((h (make-hash-table :rehash-size 1.3 :rehash-threshold 0.9 :weakness t))) (list (hash-table-rehash-size h) (hash-table-rehash-threshold h) (hash-table-weakness h)))", "(1.300000011920929 0.8999999761581421 key-and-value)"],
  ["(let ((h (make-hash-table :rehash-size 10 :size 3))) (dotimes (i 4) (puthash i i h)) (list (hash-table-rehash-size h) (hash-table-size h)))", "(10 13)"],
  ["(let ((h (make-hash-table))) (dotimes (i 66) (puthash i i h)) (list (hash-table-size h) (hash-table-count h)))", "(97 66)"],
  ["(let ((h (make-hash-table))) (dotimes (i 1000) (puthash i i h)) (list (hash-table-size h) (hash-table-count h) (gethash 500 h)))", "(1095 1000 500)"],
  ["(make-hash-table :test nil)", "ERROR: (error \"Invalid hash table test\")"],
  ["(make-hash-table :test 'foo)", "ERROR: (error \"Invalid hash table test\" foo)"],
  ["(make-hash-table :test \"eq\")", "ERROR: (wrong-type-argument symbolp \"eq\")"],
  ["(make-hash-table :size -1)", "ERROR: (error \"Invalid hash table size\" -1)"],
  ["(make-hash-table :size 1.0)", "ERROR: (error \"Invalid hash table size\" 1.0)"],
  ["(make-hash-table :rehash-size 1.0)", "ERROR: (error \"Invalid hash table rehash size\" 1.0)"],
  ["(make-hash-table :rehash-size 0)", "ERROR: (error \"Invalid hash table rehash size\" 0)"],
  ["(make-hash-table :rehash-threshold 0)", "ERROR: (error \"Invalid hash table rehash threshold\" 0)"],
  ["(make-hash-table :rehash-threshold 1)", "ERROR: (error \"Invalid hash table rehash threshold\" 1)"],
  ["(make-hash-table :rehash-threshold 1.5)", "ERROR: (error \"Invalid hash table rehash threshold\" 1.5)"],
  ["(make-hash-table :weakness 'foo)", "ERROR: (error \"Invalid hash table weakness\" foo)"],
  ["(make-hash-table :foo 1)", "ERROR: (error \"Invalid argument list\" :foo)"],
  ["(make-hash-table :test)", "ERROR: (error \"Invalid argument list\" :test)"],
  ["(make-hash-table 'eq)", "ERROR: (error \"Invalid argument list\" eq)"],
  ["(make-hash-table :test 'eq :test 'equal)", "ERROR: (error \"Invalid argument list\" :test)"],
  ["(hash-table-test (make-hash-table :test 'eq :size nil :weakness nil))", "eq"],
  ["(let ((h (make-hash-table))) (puthash 1 2 h) (puthash 3 4 h) (puthash 5 6 h) (remhash 3 h) (puthash 7 8 h) (puthash 9 10 h) (let (r) (maphash (lambda (k v) (push k r)) h) (nreverse r)))", "(1 7 5 9)"],
  ["(let ((h (make-hash-table))) (puthash 1 2 h) (puthash 3 4 h) (puthash 5 6 h) (remhash 1 h) (remhash 3 h) (puthash 7 8 h) (puthash 9 10 h) (let (r) (maphash (lambda (k v) (push k r)) h) (nreverse r)))", "(9 7 5)"],
  ["(let ((h (make-hash-table))) (puthash 1 2 h) (puthash 3 4 h) (remhash 1 h) (remhash 3 h) (clrhash h) (puthash 5 6 h) (puthash 7 8 h) (let (r) (maphash (lambda (k v) (push k r)) h) (nreverse r)))", "(7 5)"],
  ["(let ((h (make-hash-table :test 'equal))) (puthash \"a\" 1 h) (puthash (list 1 2) 2 h) (puthash 1.0 3 h) (list (gethash \"a\" h) (gethash (list 1 2) h) (gethash 1.0 h) (gethash 1 h) (hash-table-count h)))", "(1 2 3 nil 3)"],
  ["(let ((h (make-hash-table :test 'eql))) (puthash 1.0 'a h) (puthash 0.0 'b h) (puthash -0.0 'c h) (puthash (expt 2 70) 'd h) (list (gethash 1.0 h) (gethash 0.0 h) (gethash -0.0 h) (gethash (expt 2 70) h) (gethash 1 h) (gethash \"a\" h)))", "(a b c d nil nil)"],
  ["(let ((h (make-hash-table :test 'eq))) (puthash 'a 1 h) (puthash 2 2 h) (puthash \"s\" 3 h) (list (gethash 'a h) (gethash 2 h) (gethash \"s\" h) (gethash 'b h 'dflt)))", "(1 2 nil dflt)"],
  ["(let ((h (make-hash-table :test 'equal))) (puthash \"\\351\" 1 h) (puthash \"é\" 2 h) (puthash (string-to-multibyte \"abc\") 3 h) (list (gethash \"\\351\" h) (gethash \"é\" h) (gethash \"abc\" h) (hash-table-count h)))", "(1 2 3 3)"],
  ["(let ((h (make-hash-table :test 'equal))) (puthash [1 (2)] 'v h) (puthash (record 'r 1) 'r h) (list (gethash (vector 1 (list 2)) h) (gethash (record 'r 1) h) (gethash [1 (3)] h)))", "(v r nil)"],
  ["(let ((h (make-hash-table :test 'equal))) (puthash \"k\" 1 h) (remhash \"k\" h) (puthash \"k2\" 2 h) (list (hash-table-count h) (gethash \"k\" h) (gethash \"k2\" h)))", "(1 nil 2)"],
  ["(gethash 1 'foo)", "ERROR: (wrong-type-argument hash-table-p foo)"],
  ["(puthash 1 1 nil)", "ERROR: (wrong-type-argument hash-table-p nil)"],
  ["(remhash 1 5)", "ERROR: (wrong-type-argument hash-table-p 5)"],
  ["(maphash 'ignore 5)", "ERROR: (wrong-type-argument hash-table-p 5)"],
  ["(clrhash 5)", "ERROR: (wrong-type-argument hash-table-p 5)"],
  ["(hash-table-count 1)", "ERROR: (wrong-type-argument hash-table-p 1)"],
  ["(let ((h (make-hash-table))) (puthash 1 2 h) (eq h (clrhash h)))", "t"],
  ["(let ((h (make-hash-table))) (list (puthash 1 2 h) (remhash 1 h) (remhash 1 h) (hash-table-count h)))", "(2 nil nil 0)"],
  ["(let* ((h (make-hash-table :test 'equal :size 3)) (c (progn (puthash \"a\" 1 h) (copy-hash-table h)))) (puthash \"b\" 2 c) (list (hash-table-count h) (hash-table-count c) (gethash \"a\" c) (hash-table-size c) (hash-table-test c)))", "(1 2 1 3 equal)"],
  ["(list (hash-table-p (make-hash-table)) (hash-table-p 5))", "(t nil)"],
  ["(progn (define-hash-table-test 'fns-ci (lambda (a b) (string= (downcase a) (downcase b))) (lambda (k) (sxhash-equal (downcase k)))) (let ((h (make-hash-table :test 'fns-ci))) (puthash \"Foo\" 1 h) (puthash \"FOO\" 2 h) (list (gethash \"foo\" h) (hash-table-count h) (hash-table-test h) (progn (remhash \"fOo\" h) (hash-table-count h)))))", "(2 1 fns-ci 0)"],
  ["(progn (define-hash-table-test 'fns-mod (lambda (a b) (= (% a 10) (% b 10))) (lambda (k) (% k 10))) (let ((h (make-hash-table :test 'fns-mod))) (puthash 1 'a h) (puthash 11 'b h) (puthash 2 'c h) (list (gethash 21 h) (gethash 2 h) (hash-table-count h))))", "(b c 2)"],
  ["(define-hash-table-test 'fns-x 'eq 'sxhash-eq)", "(eq sxhash-eq)"],
  ["(get 'fns-x 'hash-table-test)", "(eq sxhash-eq)"],
  ["(let ((h (make-hash-table))) (puthash 1 'a h) (puthash 2 'b h) (let (r) (maphash (lambda (k v) (push (cons k v) r) (when (= k 1) (puthash 3 'c h))) h) (nreverse r)))", "((1 . a) (2 . b) (3 . c))"],
  ["(string-search \"lo\" \"hello\")", "3"],
  ["(string-search \"lo\" \"hello\" 4)", "nil"],
  ["(string-search \"\" \"hello\" 5)", "5"],
  ["(string-search \"\" \"hello\" 6)", "ERROR: (args-out-of-range 6)"],
  ["(string-search \"é\" \"héllo\")", "1"],
  ["(string-search \"\\351\" \"héllo\")", "nil"],
  ["(string-search (string #x3fffe9) \"h\\351llo\")", "1"],
  ["(string-search \"l\" \"héllo\" -1)", "ERROR: (args-out-of-range -1)"],
  ["(string-search \"l\" \"héllo\" 3)", "3"],
  ["(string-search 'a \"abc\")", "ERROR: (wrong-type-argument stringp a)"],
  ["(string-search \"b\" \"a𝄞b\")", "2"],
  ["(string-search \"x\" \"abc\" 1.0)", "ERROR: (wrong-type-argument fixnump 1.0)"],
  ["(string-search \"abcd\" \"abc\")", "nil"],
  ["(base64-encode-string \"hello world\")", "\"aGVsbG8gd29ybGQ=\""],
  ["(base64-encode-string \"é\")", "\"6Q==\""],
  ["(base64-encode-string (string-to-multibyte \"\\377\"))", "\"/w==\""],
  ["(base64-encode-string (make-string 100 ?a))", "\"YWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFh\nYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYQ==\""],
  ["(base64-encode-string (make-string 100 ?a) t)", "\"YWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYQ==\""],
  ["(base64-encode-string \"\\u0100\")", "ERROR: (error \"Multibyte character in data for base64 encoding\")"],
  ["(base64-encode-string 5)", "ERROR: (wrong-type-argument stringp 5)"],
  ["(base64url-encode-string \"hello world?>\")", "\"aGVsbG8gd29ybGQ_Pg==\""],
  ["(base64url-encode-string \"hello world?>\" t)", "\"aGVsbG8gd29ybGQ_Pg\""],
  ["(base64-decode-string \"aGVsbG8gd29ybGQ=\")", "\"hello world\""],
  ["(base64-decode-string \"aGVsbG8gd29ybGQ\")", "ERROR: (error \"Invalid base64 data\")"],
  ["(base64-decode-string \"aGVsbG8gd29ybGQ\" t)", "\"hello world\""],
  ["(base64-decode-string \"aGVs bG8=\\n\")", "\"hello\""],
  ["(base64-decode-string \"a\")", "ERROR: (error \"Invalid base64 data\")"],
  ["(base64-decode-string \"=abc\")", "ERROR: (error \"Invalid base64 data\")"],
  ["(base64-decode-string \"ab=c\")", "ERROR: (error \"Invalid base64 data\")"],
  ["(base64-decode-string \"ab==\")", "\"i\""],
  ["(base64-decode-string \"ab==cd==\")", "\"iq\""],
  ["(base64-decode-string \"/w==\")", "\"\\377\""],
  ["(multibyte-string-p (base64-decode-string \"/w==\"))", "nil"],
  ["(base64-decode-string \"é\")", "ERROR: (error \"Invalid base64 data\")"],
  ["(base64-decode-string 5)", "ERROR: (wrong-type-argument stringp 5)"],
  ["(base64-decode-string \"_w\" t)", "\"\\377\""],
  ["(secure-hash-algorithms)", "(md5 sha1 sha224 sha256 sha384 sha512)"],
  ["(md5 \"abc\")", "\"900150983cd24fb0d6963f7d28e17f72\""],
  ["(md5 \"héllo\")", "\"be50e8478cf24ff3595bc7307fb91b50\""],
  ["(md5 \"abcdef\" 1 3)", "\"5360af35bde9ebd8f01f492dc059593c\""],
  ["(md5 \"héllo\" 1 3)", "\"66ddcd97cfdeabb2f6fb8a999b4bc76f\""],
  ["(md5 (string-to-multibyte \"\\377\"))", "\"00594fd4f42ba43fc1ca0427a0576295\""],
  ["(md5 \"\\377\")", "\"00594fd4f42ba43fc1ca0427a0576295\""],
  ["(md5 \"abc\" nil nil 'latin-1)", "\"900150983cd24fb0d6963f7d28e17f72\""],
  ["(md5 \"abc\" nil nil 'foo)", "ERROR: (coding-system-error foo)"],
  ["(md5 \"abc\" nil nil 'foo t)", "\"900150983cd24fb0d6963f7d28e17f72\""],
  ["(md5 \"é\" nil nil 'latin-1)", "\"3406877694691ddd1dfb0aca54681407\""],
  ["(md5 \"abc\" 5)", "ERROR: (args-out-of-range \"abc\" 5 nil)"],
  ["(secure-hash 'sha1 \"abc\")", "\"a9993e364706816aba3e25717850c26c9cd0d89d\""],
  ["(secure-hash 'sha224 \"abc\")", "\"23097d223405d8228642a477bda255b32aadbce4bda0b3f7e36c9da7\""],
  ["(secure-hash 'sha256 \"abc\")", "\"ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad\""],
  ["(secure-hash 'sha384 \"abc\")", "\"cb00753f45a35e8bb5a03d699ac65007272c32ab0eded1631a8b605a43ff5bed8086072ba1e7cc2358baeca134c825a7\""],
  ["(secure-hash 'sha512 \"abc\")", "\"ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f\""],
  ["(length (secure-hash 'sha256 \"abc\" nil nil t))", "32"],
  ["(multibyte-string-p (secure-hash 'sha256 \"abc\" nil nil t))", "nil"],
  ["(secure-hash 'foo \"abc\")", "ERROR: (error \"Invalid algorithm arg: foo\")"],
  ["(secure-hash \"sha1\" \"abc\")", "ERROR: (wrong-type-argument symbolp \"sha1\")"],
  ["(secure-hash 'sha1 5)", "ERROR: (error \"Invalid object argument\" 5)"],
  ["(secure-hash 'sha1 nil)", "ERROR: (error \"Invalid object argument\" \"nil\")"],
  ["(secure-hash 'foo 5)", "ERROR: (error \"Invalid object argument\" 5)"],
  ["(locale-info 'codeset)", "\"UTF-8\""],
  ["(locale-info 'paper)", "(210 297)"],
  ["(locale-info 'foo)", "nil"],
  ["(length (load-average))", "3"],
  ["(object-intervals \"abc\")", "nil"],
  ["(object-intervals 5)", "ERROR: (wrong-type-argument buffer-or-string-p 5)"],
  ["(widget-get '(foo :a 1) :a)", "1"],
  ["(widget-get nil :a)", "nil"],
  ["(widget-get 5 :a)", "ERROR: (wrong-type-argument consp 5)"],
  ["(let ((w (list 'foo :a 1))) (widget-put w :b 2) w)", "(foo :a 1 :b 2)"],
  ["(widget-put 5 :b 2)", "ERROR: (wrong-type-argument consp 5)"],
  ["(widget-apply (list 'foo :f (lambda (w x) (list (car w) x))) :f 5)", "(foo 5)"],
];

/**
 * A case whose only problem is a function or variable that another module has not provided yet is
 * skipped, not failed: it names the missing piece so the gap stays visible.
 */
for (const [src, expected] of CASES) {
  test(src, (t) => {
    const got = printed(src);
    const missing = /^ERROR: \((void-function|void-variable) ([^ )]+)/.exec(got);
    if (got !== expected && missing && !expected.startsWith(`ERROR: (${missing[1]}`)) {
      t.skip(`needs ${missing[2]}`);
      return;
    }
    assert.equal(got, expected);
  });
}

// ---------------------------------------------------------------------------------------------
// JS-level tests.
// ---------------------------------------------------------------------------------------------
function bigList(n: number): LispObject {
  let l: LispObject = NIL;
  for (let i = n - 1; i >= 0; i--) l = new Cons(i, l);
  return l;
}

test("long lists: length, memq, equal and nthcdr iterate instead of recursing", () => {
  const a = bigList(1_000_000), b = bigList(1_000_000);
  assert.equal(length(a), 1_000_000);
  assert.equal((memq(999_999, a) as Cons).car, 999_999);
  assert.equal(equal(a, b), true);
  assert.equal((nthcdr(999_999, a) as Cons).car, 999_999);
});

test("a dotted list signals (wrong-type-argument listp TAIL) from length", () => {
  assert.throws(() => listLength(new Cons(1, new Cons(2, 3))),
    (e: unknown) => e instanceof LispSignal && e.sym.name === "wrong-type-argument" && (e.data as Cons).cdr instanceof Cons
      && ((e.data as Cons).cdr as Cons).car === 3);
});

test("validateSubarray resolves negative and nil bounds and rejects crossing ones", () => {
  assert.deepEqual(validateSubarray(NIL, -2, NIL, 5), [3, 5]);
  assert.deepEqual(validateSubarray(NIL, NIL, -1, 5), [0, 4]);
  assert.throws(() => validateSubarray(NIL, 3, 2, 5), (e: unknown) => e instanceof LispSignal && e.sym.name === "args-out-of-range");
});

/** Random Lisp data built from fixnums, floats, strings, symbols-free conses and vectors. */
const leaf: fc.Arbitrary<LispObject> = fc.oneof(
  fc.integer({ min: -1000, max: 1000 }),
  fc.double().map((x) => new LFloat(x)),
  fc.string({ maxLength: 6 }).map((s) => LString.fromJs(s)),
);
const { tree } = fc.letrec<{ tree: LispObject }>((tie) => ({
  tree: fc.oneof({ depthSize: "small", withCrossShrink: true }, leaf,
    fc.tuple(tie("tree"), tie("tree")).map(([a, b]) => new Cons(a, b) as LispObject),
    fc.array(tie("tree"), { maxLength: 4 }).map((xs) => xs as LispObject)),
}));
function deepCopy(x: LispObject): LispObject {
  if (x instanceof Cons) return new Cons(deepCopy(x.car), deepCopy(x.cdr));
  if (Array.isArray(x)) return x.map(deepCopy);
  if (x instanceof LString) return new LString(x.s, x.multibyte);
  if (x instanceof LFloat) return new LFloat(x.n);
  return x;
}

test("equal copies are equal and hash alike under sxhash-equal", () => {
  fc.assert(fc.property(tree, (x) => {
    const y = deepCopy(x);
    assert.equal(equal(x, y), true);
    assert.equal(sxhashEqual(x), sxhashEqual(y));
  }), { numRuns: 500 });
});

test("sort is stable on lists and vectors and agrees with a stable JS sort", () => {
  const byCar = new Subr("by-car", 2, 2, (a: Cons, b: Cons) => ((a.car as number) < (b.car as number) ? T : NIL), "", "", undefined);
  fc.assert(fc.property(fc.array(fc.integer({ min: 0, max: 5 }), { maxLength: 40 }), (keys) => {
    const items = keys.map((k, i) => new Cons(k, i));
    const expected = items.slice().sort((a, b) => (a.car as number) - (b.car as number));
    const v = sort(items.slice(), byCar) as LispObject[];
    assert.deepEqual(v, expected);
    const l = sort(list(...items), byCar);
    const out: LispObject[] = [];
    for (let t = l; t instanceof Cons; t = t.cdr) out.push(t.car);
    assert.deepEqual(out, expected);
  }), { numRuns: 300 });
});

test("sort by < and > on many fixnums (the radix and packed paths) is GNU's stable merge sort's order", () => {
  const lt = defsym("<"), gt = defsym(">");
  const span = fc.constantFrom(3, 5000, 2 ** 31, 2 ** 32 - 1, 2 ** 40);
  fc.assert(fc.property(span, fc.integer({ min: 256, max: 1500 }), fc.integer(), (width, n, seed) => {
    let x = (seed >>> 0) || 1;
    const keys: number[] = [];
    for (let i = 0; i < n; i++) { x = (Math.imul(x, 1103515245) + 12345) >>> 0; keys.push((x % 1000003) * width / 1000003 - Math.floor(width / 2)); }
    const ints = keys.map(Math.floor);
    for (const [pred, sign] of [[lt, 1], [gt, -1]] as const) {
      const cells = ints.map((k) => new Cons(k, NIL));
      let l: LispObject = NIL;
      for (let i = cells.length - 1; i >= 0; i--) { cells[i].cdr = l; l = cells[i]; }
      const expected = cells.slice().sort((a, b) => sign * ((a.car as number) - (b.car as number)));
      const out: LispObject[] = [];
      for (let t = sort(l, pred); t instanceof Cons; t = t.cdr) out.push(t);
      assert.equal(out.length, expected.length);
      for (let i = 0; i < out.length; i++) assert.ok(out[i] === expected[i], `cell ${i} of ${n} (span ${width})`);
      const v = sort(ints.slice(), pred) as number[];
      assert.deepEqual(v, ints.slice().sort((a, b) => sign * (a - b)));
    }
  }), { numRuns: 60 });
});

test("string-as-multibyte then string-as-unibyte gives back the original bytes", () => {
  fc.assert(fc.property(fc.uint8Array({ maxLength: 24 }), (bytes) => {
    const mb = multibyteFromBytes(bytes);
    const back = printed(`(string-as-unibyte (string-as-multibyte (unibyte-string ${Array.from(bytes).join(" ")})))`);
    const direct = printed(`(unibyte-string ${Array.from(bytes).join(" ")})`);
    assert.equal(back, direct);
    // The internal bytes of the multibyte form re-encode raw bytes as two-byte sequences.
    assert.ok(stringData(mb).length >= bytes.length);
  }), { numRuns: 200 });
});
