// Tests of data.c types, predicates, conses, arrays, bool-vectors, symbol cells, variables and watchers
// (expectations from GNU Emacs 28.2).
import { test } from "node:test";
import assert from "node:assert/strict";
import { printed, evalLisp, setup } from "./helpers.js";
import { E } from "../src/env.js";
import { LSymbol, NIL } from "../src/lisp.js";

setup();

/** Evaluates each case in order in this file's Lisp world; "!DATA" expects the error (DATA). */
function checkGroup(cases: [string, string][]): void {
  const bad: string[] = [];
  for (const [src, want] of cases) {
    const expected = want.startsWith("!") ? "ERROR: " + want.slice(1) : want;
    const got = printed(src);
    if (got !== expected) bad.push(`${src}\n    want ${expected}\n    got  ${got}`);
  }
  assert.deepEqual(bad, []);
}

// Generated from GNU Emacs 28.2 (emacs -Q --batch, lexical-binding t); one world, evaluated in order.
const groups: [string, [string, string][]][] = [
  ["type-of", [
    ["(type-of 1)", "integer"],
    ["(type-of (expt 2 70))", "integer"],
    ["(type-of 1.0)", "float"],
    ["(type-of (record 'foo 1))", "foo"],
    ["(type-of (record (record 'a 'cls) 1))", "cls"],
    ["(type-of (record (record 'a) 1))", "#s(a)"],
    ["(type-of (make-bool-vector 3 t))", "bool-vector"],
  ]],
  ["type-of of functions, tables and symbols", [
    ["(type-of (symbol-function 'car))", "subr"],
    ["(type-of (symbol-function 'if))", "subr"],
    ["(type-of (make-hash-table))", "hash-table"],
    ["(type-of (make-char-table 'foo))", "char-table"],
    ["(type-of nil)", "symbol"],
    ["(type-of [1])", "vector"],
    ["(type-of \"a\")", "string"],
    ["(type-of '(1))", "cons"],
    ["(type-of 'a)", "symbol"],
    ["(type-of (make-symbol \"x\"))", "symbol"],
    ["(type-of :kw)", "symbol"],
  ]],
  ["eq and null", [
    ["(eq 1 1)", "t"],
    ["(eq 1.0 1.0)", "nil"],
    ["(eq (expt 2 60) (expt 2 60))", "t"],
    ["(eq \"a\" \"a\")", "nil"],
    ["(eq 'a 'a)", "t"],
    ["(eq nil '())", "t"],
    ["(null nil)", "t"],
    ["(null 0)", "nil"],
    ["(null '(1))", "nil"],
  ]],
  ["cons and list predicates", [
    ["(consp '(1))", "t"],
    ["(consp nil)", "nil"],
    ["(atom [1])", "t"],
    ["(atom nil)", "t"],
    ["(atom '(1))", "nil"],
    ["(listp nil)", "t"],
    ["(listp '(1))", "t"],
    ["(listp [1])", "nil"],
    ["(nlistp nil)", "nil"],
    ["(nlistp 1)", "t"],
    ["(symbolp nil)", "t"],
    ["(symbolp :k)", "t"],
    ["(symbolp \"a\")", "nil"],
  ]],
  ["keywordp", [
    ["(keywordp :a)", "t"],
    ["(keywordp (make-symbol \":a\"))", "nil"],
    ["(keywordp 'a)", "nil"],
    ["(keywordp \":a\")", "nil"],
    ["(keywordp (intern \":b\"))", "t"],
  ]],
  ["vector, record and string predicates", [
    ["(vectorp [1])", "t"],
    ["(vectorp \"a\")", "nil"],
    ["(recordp (record 'a))", "t"],
    ["(recordp [a])", "nil"],
    ["(stringp \"a\")", "t"],
    ["(stringp ?a)", "nil"],
    ["(multibyte-string-p \"a\")", "nil"],
    ["(multibyte-string-p \"é\")", "t"],
    ["(multibyte-string-p (string-to-multibyte \"a\"))", "t"],
    ["(multibyte-string-p 1)", "nil"],
  ]],
  ["vector-or-char-table-p and bool-vector-p", [
    ["(vector-or-char-table-p [])", "t"],
    ["(vector-or-char-table-p \"\")", "nil"],
    ["(vector-or-char-table-p (make-char-table 'foo))", "t"],
    ["(bool-vector-p (make-bool-vector 1 t))", "t"],
    ["(bool-vector-p [t])", "nil"],
  ]],
  ["arrayp", [
    ["(arrayp \"a\")", "t"],
    ["(arrayp [1])", "t"],
    ["(arrayp (make-char-table 'foo))", "t"],
    ["(arrayp (make-bool-vector 1 t))", "t"],
    ["(arrayp '(1))", "nil"],
    ["(arrayp (record 'a))", "nil"],
  ]],
  ["sequencep", [
    ["(sequencep \"a\")", "t"],
    ["(sequencep (make-bool-vector 1 t))", "t"],
    ["(sequencep 1)", "nil"],
    ["(sequencep nil)", "t"],
    ["(sequencep '(1 . 2))", "t"],
    ["(sequencep (record 'a))", "nil"],
  ]],
  ["predicates for types that do not exist yet", [
    ["(bufferp 1)", "nil"],
    ["(markerp 1)", "nil"],
    ["(user-ptrp 1)", "nil"],
    ["(threadp 1)", "nil"],
    ["(mutexp 1)", "nil"],
    ["(condition-variable-p 1)", "nil"],
    ["(module-function-p 1)", "nil"],
  ]],
  ["subrp and byte-code-function-p", [
    ["(subrp 'car)", "nil"],
    ["(subrp (symbol-function 'car))", "t"],
    ["(subrp (symbol-function 'if))", "t"],
    ["(byte-code-function-p (lambda () 1))", "nil"],
    ["(byte-code-function-p (symbol-function 'car))", "nil"],
  ]],
  ["char-or-string-p", [
    ["(char-or-string-p 1)", "t"],
    ["(char-or-string-p -1)", "nil"],
    ["(char-or-string-p \"a\")", "t"],
    ["(char-or-string-p (max-char))", "t"],
    ["(char-or-string-p (1+ (max-char)))", "nil"],
    ["(char-or-string-p 1.0)", "nil"],
  ]],
  ["integer predicates", [
    ["(integerp 1)", "t"],
    ["(integerp (expt 2 70))", "t"],
    ["(integerp 1.0)", "nil"],
    ["(integer-or-marker-p 1)", "t"],
    ["(integer-or-marker-p 1.0)", "nil"],
    ["(natnump 0)", "t"],
    ["(natnump (expt 2 70))", "t"],
    ["(natnump -1)", "nil"],
    ["(natnump 1.0)", "nil"],
    ["(natnump (- (expt 2 70)))", "nil"],
  ]],
  ["number predicates", [
    ["(numberp 1)", "t"],
    ["(numberp 1.0)", "t"],
    ["(numberp 'a)", "nil"],
    ["(number-or-marker-p 1.0)", "t"],
    ["(number-or-marker-p \"1\")", "nil"],
    ["(floatp 1.0)", "t"],
    ["(floatp 1)", "nil"],
  ]],
  ["fixnump and bignump use GNU's 62-bit fixnums", [
    ["(fixnump (expt 2 61))", "nil"],
    ["(fixnump (1- (expt 2 61)))", "t"],
    ["(fixnump most-negative-fixnum)", "t"],
    ["(fixnump (1- most-negative-fixnum))", "nil"],
    ["(fixnump 1)", "t"],
    ["(fixnump 1.0)", "nil"],
    ["(bignump (expt 2 61))", "t"],
    ["(bignump (expt 2 55))", "nil"],
    ["(bignump 1)", "nil"],
    ["(bignump 1.0)", "nil"],
  ]],
  ["car, cdr, setcar and setcdr", [
    ["(car 1)", "!(wrong-type-argument listp 1)"],
    ["(cdr \"a\")", "!(wrong-type-argument listp \"a\")"],
    ["(car nil)", "nil"],
    ["(cdr nil)", "nil"],
    ["(car '(1 . 2))", "1"],
    ["(cdr '(1 . 2))", "2"],
    ["(car-safe 1)", "nil"],
    ["(car-safe '(1 . 2))", "1"],
    ["(cdr-safe '(1 . 2))", "2"],
    ["(cdr-safe 1)", "nil"],
    ["(setcar nil 1)", "!(wrong-type-argument consp nil)"],
    ["(setcdr 'a 1)", "!(wrong-type-argument consp a)"],
    ["(let ((c (cons 1 2))) (setcar c 3) (setcdr c 4) c)", "(3 . 4)"],
    ["(let ((c (list 1))) (setcdr c c) (car (cdr (cdr c))))", "1"],
  ]],
  ["subr-arity and subr-name", [
    ["(subr-arity (symbol-function 'car))", "(1 . 1)"],
    ["(subr-arity (symbol-function 'if))", "(2 . unevalled)"],
    ["(subr-arity (symbol-function '+))", "(0 . many)"],
    ["(subr-arity (symbol-function 'substring))", "(1 . 3)"],
    ["(subr-arity (symbol-function 'aset))", "(3 . 3)"],
    ["(subr-name (symbol-function 'car))", "\"car\""],
    ["(subr-arity 'car)", "!(wrong-type-argument subrp car)"],
    ["(subr-name 'car)", "!(wrong-type-argument subrp car)"],
  ]],
  ["aref", [
    ["(aref [1 2] 2)", "!(args-out-of-range [1 2] 2)"],
    ["(aref [1 2] -1)", "!(args-out-of-range [1 2] -1)"],
    ["(aref [1 2] 1.0)", "!(wrong-type-argument fixnump 1.0)"],
    ["(aref '(1) 0)", "!(wrong-type-argument arrayp (1))"],
    ["(aref \"abc\" 1)", "98"],
    ["(aref \"héllo\" 1)", "233"],
    ["(aref \"a😀c\" 1)", "128512"],
    ["(aref \"a😀c\" 2)", "99"],
    ["(aref (string-to-unibyte \"a\\377\") 1)", "255"],
    ["(aref (bool-vector t nil) 0)", "t"],
    ["(aref (bool-vector t nil) 1)", "nil"],
    ["(aref (record 'a 1) 1)", "1"],
    ["(aref (record 'a 1) 2)", "!(args-out-of-range #s(a 1) 2)"],
    ["(aref (symbol-function 'car) 0)", "!(wrong-type-argument arrayp #<subr car>)"],
  ]],
  ["aref index errors", [
    ["(aref \"abc\" (expt 2 60))", "!(args-out-of-range \"abc\" 1152921504606846976)"],
    ["(aref [1] (expt 2 70))", "!(wrong-type-argument fixnump 1180591620717411303424)"],
    ["(aset [1] -1 1)", "!(args-out-of-range [1] -1)"],
    ["(aref (make-bool-vector 2 t) 2)", "!(args-out-of-range #&2\"\u0003\" 2)"],
    ["(aref (make-char-table 'x) -1)", "!(wrong-type-argument characterp -1)"],
    ["(aref [1 2] 'a)", "!(wrong-type-argument fixnump a)"],
    ["(aref 1 0)", "!(wrong-type-argument arrayp 1)"],
  ]],
  ["aset errors", [
    ["(aset (record 'a 1) 0 'b)", "b"],
    ["(aset [1] 0.0 1)", "!(wrong-type-argument fixnump 0.0)"],
    ["(aset '(1) 0 1)", "!(wrong-type-argument arrayp (1))"],
    ["(aset (make-char-table 'x) 'a 1)", "!(wrong-type-argument fixnump a)"],
    ["(let ((s (copy-sequence \"abc\"))) (aset s 1 'x))", "!(wrong-type-argument characterp x)"],
    ["(let ((s (copy-sequence \"abc\"))) (aset s 3 ?x))", "!(args-out-of-range \"abc\" 3)"],
    ["(aset (symbol-function 'car) 0 1)", "!(wrong-type-argument arrayp #<subr car>)"],
    ["(aset (record 'a) 1 1)", "!(args-out-of-range #s(a) 1)"],
  ]],
  ["aset on unibyte ASCII strings", [
    ["(let ((s (copy-sequence \"abc\"))) (aset s 1 ?é) (list s (multibyte-string-p s)))", "(\"a\\351c\" nil)"],
    ["(let ((s (copy-sequence \"abc\"))) (aset s 1 233) (list s (multibyte-string-p s)))", "(\"a\\351c\" nil)"],
    ["(let ((s (copy-sequence \"abc\"))) (aset s 1 ?ā) (list s (multibyte-string-p s)))", "(\"aāc\" t)"],
  ]],
  ["aset on multibyte strings", [
    ["(let ((s (string-to-multibyte \"abc\"))) (aset s 1 ?😀) (list s (length s)))", "(\"a😀c\" 3)"],
    ["(let ((s (copy-sequence \"a😀c\"))) (aset s 1 ?b) (list s (length s)))", "(\"abc\" 3)"],
    ["(let ((s (copy-sequence \"a😀c\"))) (aset s 2 ?d) s)", "\"a😀d\""],
  ]],
  ["aset on raw-byte strings and extended characters", [
    ["(let ((s (string-to-unibyte \"ab\\377\"))) (aset s 0 ?é) s)", "\"\\351b\\377\""],
    ["(let ((s (string-to-unibyte \"ab\\377\"))) (aset s 0 200) s)", "\"\\310b\\377\""],
    ["(let ((s (copy-sequence \"abc\"))) (aset s 0 (max-char)) (list (aref s 0) (length s)))", "(4194303 3)"],
    ["(let ((s (copy-sequence \"abc\"))) (aset s 0 #x3fff80) (list (aref s 0) (multibyte-string-p s)))", "(4194176 t)"],
  ]],
  ["aset on vectors, bool-vectors, records and char-tables", [
    ["(let ((v (vector 1 2))) (aset v 0 'x) v)", "[x 2]"],
    ["(let ((b (make-bool-vector 5 nil))) (aset b 1 'x) (aset b 2 t) (aset b 2 nil) b)", "#&5\"\u0002\""],
    ["(let ((r (record 'foo 1 2))) (aset r 2 'z) r)", "#s(foo 1 z)"],
    ["(let ((ct (make-char-table 'foo))) (aset ct ?a 1) (list (aref ct ?a) (aref ct ?b)))", "(1 nil)"],
  ]],
  ["make-bool-vector and bool-vector", [
    ["(make-bool-vector 3 t)", "#&3\"\u0007\""],
    ["(make-bool-vector 0 nil)", "#&0\"\""],
    ["(make-bool-vector -1 nil)", "!(wrong-type-argument wholenump -1)"],
    ["(make-bool-vector 1.0 nil)", "!(wrong-type-argument wholenump 1.0)"],
    ["(bool-vector)", "#&0\"\""],
    ["(bool-vector t nil 1)", "#&3\"\u0005\""],
    ["(bool-vector-not (bool-vector t nil))", "#&2\"\u0002\""],
    ["(bool-vector-count-population (bool-vector t nil t))", "2"],
    ["(bool-vector-count-population 1)", "!(wrong-type-argument bool-vector-p 1)"],
  ]],
  ["bool-vector length mismatches", [
    ["(bool-vector-union (make-bool-vector 3 nil) (make-bool-vector 4 nil))", "!(wrong-length-argument 3 4)"],
    ["(bool-vector-subsetp (make-bool-vector 3 nil) (make-bool-vector 4 nil))", "!(wrong-length-argument 3 4 4)"],
    ["(bool-vector-union (make-bool-vector 3 nil) (make-bool-vector 3 nil) (make-bool-vector 4 nil))", "!(wrong-length-argument 3 3 4)"],
    ["(bool-vector-not (make-bool-vector 3 nil) (make-bool-vector 4 nil))", "!(wrong-length-argument 3 4)"],
    ["(bool-vector-union [t] (bool-vector t))", "!(wrong-type-argument bool-vector-p [t])"],
  ]],
  ["bool-vector operations return nil when the destination is unchanged", [
    ["(let ((b (make-bool-vector 3 t))) (list (bool-vector-union (make-bool-vector 3 t) (make-bool-vector 3 nil) b) b))", "(nil #&3\"\u0007\")"],
    ["(let ((b (make-bool-vector 3 nil))) (list (bool-vector-union (make-bool-vector 3 t) (make-bool-vector 3 nil) b) b))", "(#&3\"\u0007\" #&3\"\u0007\")"],
  ]],
  ["bool-vector set operations", [
    ["(bool-vector-exclusive-or (bool-vector t t nil nil) (bool-vector t nil t nil))", "#&4\"\u0006\""],
    ["(bool-vector-union (bool-vector t t nil nil) (bool-vector t nil t nil))", "#&4\"\u0007\""],
    ["(bool-vector-intersection (bool-vector t t nil nil) (bool-vector t nil t nil))", "#&4\"\u0001\""],
    ["(bool-vector-set-difference (bool-vector t t nil nil) (bool-vector t nil t nil))", "#&4\"\u0002\""],
  ]],
  ["bool-vector-subsetp and bool-vector-not with a destination", [
    ["(bool-vector-subsetp (bool-vector t nil) (bool-vector t t))", "t"],
    ["(bool-vector-subsetp (bool-vector t t) (bool-vector t nil))", "nil"],
    ["(let ((d (bool-vector nil nil))) (list (bool-vector-not (bool-vector t nil) d) d))", "(#&2\"\u0002\" #&2\"\u0002\")"],
  ]],
  ["bool-vector-count-consecutive", [
    ["(bool-vector-count-consecutive (bool-vector t t nil t) t 0)", "2"],
    ["(bool-vector-count-consecutive (bool-vector t t nil t) nil 2)", "1"],
    ["(bool-vector-count-consecutive (bool-vector t t nil t) t 4)", "0"],
    ["(bool-vector-count-consecutive (bool-vector t t nil t) t 5)", "!(args-out-of-range #&4\"\u000b\" 5)"],
    ["(bool-vector-count-consecutive (bool-vector t t nil t) 'x 3)", "1"],
    ["(bool-vector-count-consecutive (bool-vector t t nil t) t -1)", "!(wrong-type-argument wholenump -1)"],
  ]],
  ["bool-vector-count-consecutive on long vectors", [
    ["(bool-vector-count-consecutive (make-bool-vector 100 t) t 3)", "97"],
  ]],
  ["constants cannot be set or unbound", [
    ["(fset nil 1)", "!(setting-constant nil)"],
    ["(fset t 1)", "1"],
    ["(fset nil nil)", "nil"],
    ["(fmakunbound t)", "!(setting-constant t)"],
    ["(fmakunbound nil)", "!(setting-constant nil)"],
    ["(makunbound t)", "!(setting-constant t)"],
    ["(makunbound :k)", "!(setting-constant :k)"],
    ["(set :k :k)", ":k"],
    ["(set :k 1)", "!(setting-constant :k)"],
    ["(set-default :k :k)", ":k"],
    ["(set-default :k 2)", "!(setting-constant :k)"],
    ["(set 'nil 1)", "!(setting-constant nil)"],
    ["(set 1 1)", "!(wrong-type-argument symbolp 1)"],
    ["(makunbound 1)", "!(wrong-type-argument symbolp 1)"],
  ]],
  ["variable watchers see set, makunbound and set-default", [
    ["(progn (defvar dh-w1 1) (let (log) (add-variable-watcher 'dh-w1 (lambda (&rest a) (push a log))) (setq dh-w1 2) (set 'dh-w1 4) (makunbound 'dh-w1) (set-default 'dh-w1 5) (nreverse log)))", "((dh-w1 2 set nil) (dh-w1 4 set nil) (dh-w1 nil makunbound nil) (dh-w1 5 set nil))"],
  ]],
  ["watchers added through an alias watch the base variable", [
    ["(progn (defvar dh-w2 1) (defvaralias 'dh-a2 'dh-w2) (let (log) (add-variable-watcher 'dh-a2 (lambda (&rest a) (push a log))) (setq dh-a2 2) (setq dh-w2 3) (list (nreverse log) (length (get-variable-watchers 'dh-a2)) (length (get-variable-watchers 'dh-w2)))))", "(((dh-w2 2 set nil) (dh-w2 3 set nil)) 1 1)"],
  ]],
  ["aliases made later share the watchers", [
    ["(progn (defvar dh-w3 1) (let (log) (add-variable-watcher 'dh-w3 (lambda (&rest a) (push a log))) (defvaralias 'dh-a3 'dh-w3) (setq dh-a3 7) (remove-variable-watcher 'dh-w3 'ignore) (list (nreverse log) dh-w3)))", "(((dh-w3 7 set nil)) 7)"],
  ]],
  ["watchers run with watching suspended", [
    ["(progn (defvar dh-w4 1) (let (log) (add-variable-watcher 'dh-w4 (lambda (&rest a) (push a log) (setq dh-w4 99))) (setq dh-w4 2) (list (nreverse log) dh-w4)))", "(((dh-w4 2 set nil)) 2)"],
  ]],
  ["add and remove watchers", [
    ["(progn (defvar dh-w9 1) (add-variable-watcher 'dh-w9 'ignore) (add-variable-watcher 'dh-w9 'ignore) (add-variable-watcher 'dh-w9 'identity) (prog1 (get-variable-watchers 'dh-w9) (remove-variable-watcher 'dh-w9 'ignore)))", "(identity)"],
    ["(get-variable-watchers 'dh-w9)", "(identity)"],
    ["(progn (remove-variable-watcher 'dh-w9 'identity) (get-variable-watchers 'dh-w9))", "nil"],
  ]],
  ["watcher errors", [
    ["(add-variable-watcher nil 'ignore)", "!(trapping-constant nil)"],
    ["(add-variable-watcher 1 'ignore)", "!(wrong-type-argument symbolp 1)"],
    ["(remove-variable-watcher :kw 'ignore)", "!(trapping-constant :kw)"],
    ["(get-variable-watchers 'dh-unwatched)", "nil"],
  ]],
  ["kill-local-variable and set-default notify watchers", [
    ["(progn (defvar dh-w10 1) (make-local-variable 'dh-w10) (let (log) (add-variable-watcher 'dh-w10 (lambda (&rest a) (push (list (car a) (cadr a) (nth 2 a)) log))) (kill-local-variable 'dh-w10) (set-default 'dh-w10 3) (nreverse log)))", "((dh-w10 nil makunbound) (dh-w10 3 set))"],
  ]],
  ["defvaralias shares the value", [
    ["(progn (setq dh-u1 1) (defvaralias 'dh-u2 'dh-u1) (list dh-u2 (indirect-variable 'dh-u2) (boundp 'dh-u2) (progn (setq dh-u2 5) dh-u1)))", "(1 dh-u1 t 5)"],
  ]],
  ["defvaralias copies the alias value to an unbound base and sets the doc", [
    ["(progn (setq dh-v1 10) (defvaralias 'dh-v1 'dh-v0) dh-v0)", "10"],
    ["(progn (defvaralias 'dh-d1 'dh-d0 \"Doc.\") (get 'dh-d1 'variable-documentation))", "\"Doc.\""],
  ]],
  ["defvaralias errors", [
    ["(defvaralias 'nil 'dh-x)", "!(error \"Cannot make a constant an alias\")"],
    ["(defvaralias 'most-positive-fixnum 'dh-z)", "!(error \"Cannot make a constant an alias\")"],
    ["(let ((dh-q 1)) (defvaralias 'dh-q 'dh-r))", "dh-r"],
    ["(defvaralias 1 'a)", "!(wrong-type-argument symbolp 1)"],
    ["(defvaralias 'a 1)", "!(wrong-type-argument symbolp 1)"],
  ]],
  ["cyclic variable aliases", [
    ["(progn (defvaralias 'dh-cy1 'dh-cy2) (defvaralias 'dh-cy2 'dh-cy1) (symbol-value 'dh-cy1))", "!(cyclic-variable-indirection dh-cy1)"],
    ["(indirect-variable 'dh-cy1)", "!(cyclic-variable-indirection dh-cy1)"],
  ]],
  ["make-local-variable", [
    ["(progn (defvar dh-l1 1) (make-local-variable 'dh-l1) (setq dh-l1 2) (list dh-l1 (default-value 'dh-l1) (local-variable-p 'dh-l1) (local-variable-if-set-p 'dh-l1) (progn (kill-local-variable 'dh-l1) dh-l1) (local-variable-p 'dh-l1)))", "(2 1 t t 1 nil)"],
  ]],
  ["make-variable-buffer-local", [
    ["(progn (defvar dh-l2) (make-variable-buffer-local 'dh-l2) (list (default-value 'dh-l2) (local-variable-p 'dh-l2) (local-variable-if-set-p 'dh-l2) (progn (setq dh-l2 3) (list dh-l2 (default-value 'dh-l2) (local-variable-p 'dh-l2)))))", "(nil nil t (3 nil t))"],
  ]],
  ["let-binding a buffer-local-if-set variable does not make it local", [
    ["(progn (defvar dh-l3 1) (make-variable-buffer-local 'dh-l3) (let ((dh-l3 2)) (setq dh-l3 3) (list dh-l3 (local-variable-p 'dh-l3) (default-value 'dh-l3))))", "(3 nil 3)"],
  ]],
  ["make-local-variable of a void variable", [
    ["(progn (makunbound 'dh-l4) (make-local-variable 'dh-l4) (list (boundp 'dh-l4) (local-variable-p 'dh-l4) (default-boundp 'dh-l4)))", "(nil t nil)"],
  ]],
  ["set-default with a local binding", [
    ["(progn (defvar dh-l5 1) (make-local-variable 'dh-l5) (set-default 'dh-l5 7) (list dh-l5 (default-value 'dh-l5)))", "(1 7)"],
  ]],
  ["make-local-variable on an automatically local variable", [
    ["(progn (defvar dh-l6 1) (make-variable-buffer-local 'dh-l6) (make-local-variable 'dh-l6) (list (local-variable-p 'dh-l6) dh-l6))", "(t 1)"],
  ]],
  ["buffer-local variable errors", [
    ["(make-local-variable 'nil)", "!(setting-constant nil)"],
    ["(make-variable-buffer-local t)", "!(setting-constant t)"],
    ["(make-local-variable 1)", "!(wrong-type-argument symbolp 1)"],
    ["(kill-local-variable 'dh-never)", "dh-never"],
    ["(local-variable-p 'dh-never 1)", "!(wrong-type-argument bufferp 1)"],
    ["(local-variable-if-set-p 'dh-never)", "nil"],
    ["(buffer-local-value 'dh-never 1)", "!(wrong-type-argument bufferp 1)"],
    ["(default-value 'dh-never-bound)", "!(void-variable dh-never-bound)"],
    ["(symbol-value 'dh-never-bound)", "!(void-variable dh-never-bound)"],
    ["(set-default 'nil 1)", "!(setting-constant nil)"],
    ["(default-boundp 'dh-never-bound)", "nil"],
    ["(variable-binding-locus 'dh-nonlocal)", "nil"],
  ]],
  ["indirect-variable and indirect-function", [
    ["(indirect-variable 1)", "1"],
    ["(indirect-function 'car)", "#<subr car>"],
    ["(indirect-function 1)", "1"],
    ["(indirect-function nil)", "nil"],
    ["(indirect-function 'dh-nofn)", "nil"],
    ["(progn (defalias 'dh-f1 'dh-f2) (defalias 'dh-f2 'car) (indirect-function 'dh-f1))", "#<subr car>"],
    ["(progn (fset 'dh-c1 'dh-c2) (fset 'dh-c2 'dh-c1) (indirect-function 'dh-c1))", "!(cyclic-function-indirection dh-c2)"],
  ]],
  ["defalias", [
    ["(progn (defalias 'dh-f3 'car \"doc here\") (list (get 'dh-f3 'function-documentation) (symbol-function 'dh-f3)))", "(\"doc here\" car)"],
    ["(defalias 'dh-f4 'car)", "dh-f4"],
    ["(progn (put 'dh-f5 'defalias-fset-function (lambda (s d) (fset s (list 'hooked d)))) (defalias 'dh-f5 'car) (symbol-function 'dh-f5))", "(hooked car)"],
    ["(defalias 1 2)", "!(wrong-type-argument symbolp 1)"],
  ]],
  ["fset keeps the evaluator's cache in sync", [
    ["(fset 'dh-f6 '(autoload \"foo\"))", "(autoload \"foo\")"],
    ["(progn (fset 'dh-f7 '(autoload \"foo\")) (fset 'dh-f7 'car) (get 'dh-f7 'autoload))", "(\"foo\")"],
    ["(progn (fset 'dh-f8 'car) (fset 'dh-f8 'cdr) (dh-f8 '(1 2)))", "(2)"],
    ["(progn (fset 'dh-f9 'car) (dh-f9 '(1)) (fmakunbound 'dh-f9) (condition-case e (dh-f9 '(1)) (error e)))", "(void-function dh-f9)"],
  ]],
  ["symbol cells", [
    ["(symbol-plist (progn (setplist 'dh-p1 '(a 1)) (put 'dh-p1 'b 2) 'dh-p1))", "(a 1 b 2)"],
    ["(setplist 1 nil)", "!(wrong-type-argument symbolp 1)"],
    ["(symbol-name 'foo)", "\"foo\""],
    ["(symbol-name :kw)", "\":kw\""],
    ["(eq (symbol-name 'foo) (symbol-name 'foo))", "t"],
    ["(boundp 'nil)", "t"],
    ["(boundp :kw)", "t"],
    ["(fboundp 'car)", "t"],
    ["(fboundp nil)", "nil"],
    ["(symbol-function nil)", "nil"],
    ["(symbol-function 'dh-nofn)", "nil"],
  ]],
  ["boundp and makunbound", [
    ["(boundp 'dh-unbound)", "nil"],
    ["(progn (setq dh-b1 1) (list (boundp 'dh-b1) (progn (makunbound 'dh-b1) (boundp 'dh-b1))))", "(t nil)"],
    ["(symbol-value 1)", "!(wrong-type-argument symbolp 1)"],
    ["(symbol-name 1)", "!(wrong-type-argument symbolp 1)"],
    ["(symbol-function 1)", "!(wrong-type-argument symbolp 1)"],
    ["(fboundp 1)", "!(wrong-type-argument symbolp 1)"],
    ["(boundp 1)", "!(wrong-type-argument symbolp 1)"],
    ["(symbol-plist 1)", "!(wrong-type-argument symbolp 1)"],
  ]],
  ["symbol-value, set, default-value and set-default", [
    ["(progn (setq dh-s1 5) (list (symbol-value 'dh-s1) (default-value 'dh-s1) (set 'dh-s1 6) dh-s1 (set-default 'dh-s1 7) dh-s1))", "(5 5 6 6 7 7)"],
  ]],
];

for (const [title, cases] of groups) test(title, () => checkGroup(cases));

test("fset and fmakunbound drop the evaluator's cached callable", () => {
  evalLisp("(defalias 'dh-jf (lambda () 1))");
  assert.equal(evalLisp("(dh-jf)"), 1);
  const sym = E.intern("dh-jf") as LSymbol;
  sym.jf = () => 99;
  evalLisp("(fset 'dh-jf (lambda () 2))");
  assert.equal(sym.jf === undefined || sym.jf() !== 99, true);
  assert.equal(evalLisp("(dh-jf)"), 2);
  evalLisp("(fmakunbound 'dh-jf)");
  assert.equal(sym.f, NIL);
  assert.equal(printed("(dh-jf)"), "ERROR: (void-function dh-jf)");
});
