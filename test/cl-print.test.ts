// cl-print: generic printing with slot names, print-length/print-level ellipses that can be expanded later,
// sharing and cycles (GNU: lisp/emacs-lisp/cl-print.el, test/lisp/emacs-lisp/cl-print-tests.el).
// Expected values were printed by GNU Emacs 28.2 (prin1 with print-escape-newlines t, text properties
// included, so the `cl-print-ellipsis' data is checked too).
import { test } from "node:test";
import assert from "node:assert/strict";
import { evalLisp, setup } from "./helpers.js";
import { LString } from "../src/lisp.js";

const CASES: [string, string][] = [
  ["(cl-prin1-to-string '(1 \"two\" (three . 4) [5 6] 'q #'f `(a ,b ,@c)))",
   "\"(1 \\\"two\\\" (three . 4) [5 6] 'q #'f `(a ,b ,@c))\""],
  ["(let ((print-quoted nil)) (cl-prin1-to-string '('q #'f)))",
   "\"((quote q) (function f))\""],
  ["(let ((print-length 3)) (cl-prin1-to-string '(1 2 3 4 5)))",
   "#(\"(1 2 3 ...)\" 7 10 (cl-print-ellipsis ((4 5) 3 nil ((4 5) (3 4 5) (2 3 4 5) (1 2 3 4 5)))))"],
  ["(let ((print-length 3)) (cl-prin1-to-string [1 2 3 4 5]))",
   "#(\"[1 2 3 ...]\" 7 10 (cl-print-ellipsis ([1 2 3 4 5] 3 nil ([1 2 3 4 5]))))"],
  ["(let ((print-length 0)) (cl-prin1-to-string [1 2]))",
   "#(\"[ ...]\" 2 5 (cl-print-ellipsis ([1 2] 0 nil ([1 2]))))"],
  ["(let ((print-length 0)) (cl-prin1-to-string '(1 2)))",
   "#(\"(1 ...)\" 3 6 (cl-print-ellipsis ((2) 0 nil ((2) (1 2)))))"],
  ["(let ((print-length 3)) (cl-prin1-to-string \"abcdef\"))",
   "#(\"\\\"abc...\\\"\" 4 7 (cl-print-ellipsis (\"abcdef\" 3 nil (\"abcdef\"))))"],
  ["(let ((print-length 3)) (cl-prin1-to-string \"abc\"))",
   "\"\\\"abc\\\"\""],
  ["(let ((print-level 2)) (cl-prin1-to-string '(1 (2 (3 (4))))))",
   "#(\"(1 (2 ...))\" 6 9 (cl-print-ellipsis ((3 (4)) 0 nil ((3 (4)) ((3 (4))) (2 (3 (4))) ((2 (3 (4)))) (1 (2 (3 (4))))))))"],
  ["(let ((print-level 1)) (cl-prin1-to-string '[a [b]]))",
   "#(\"[a ...]\" 3 6 (cl-print-ellipsis ([b] 0 nil ([b] [a [b]]))))"],
  ["(let ((print-level 1)) (cl-prin1-to-string '(a \"s\" #(\"p\" 0 1 (face bold)))))",
   "#(\"(a \\\"s\\\" ...)\" 7 10 (cl-print-ellipsis (#(\"p\" 0 1 (face bold)) 0 nil (#(\"p\" 0 1 (face bold)) (#(\"p\" 0 1 (face bold))) (\"s\" #(\"p\" 0 1 (face bold))) (a \"s\" #(\"p\" 0 1 (face bold)))))))"],
  ["(cl-prin1-to-string #(\"abc\" 0 1 (face bold) 2 3 (x y)))",
   "\"#(\\\"abc\\\" 0 1 (face bold) 2 3 (x y))\""],
  ["(cl-prin1-to-string #(\"abc\" 1 2 (face bold)))",
   "\"#(\\\"abc\\\" 1 2 (face bold))\""],
  ["(let ((print-length 3)) (cl-prin1-to-string #(\"abcd\" 0 1 (a 1) 1 2 (b 2) 2 3 (c 3))))",
   "#(\"#(\\\"abc...\\\" 0 1 (a 1) ...)\" 6 9 (cl-print-ellipsis (#(\"abcd\" 0 1 (a 1) 1 2 (b 2) 2 3 (c 3)) 3 nil (#(\"abcd\" 0 1 (a 1) 1 2 (b 2) 2 3 (c 3))))) 21 24 (cl-print-ellipsis (#(\"abcd\" 0 1 (a 1) 1 2 (b 2) 2 3 (c 3)) (1) nil (#(\"abcd\" 0 1 (a 1) 1 2 (b 2) 2 3 (c 3))))))"],
  ["(progn (cl-defstruct clp-s a (b 2) c) (cl-prin1-to-string (make-clp-s :a \"x\")))",
   "\"#s(clp-s :a \\\"x\\\" :b 2 :c nil)\""],
  ["(let ((print-length 1)) (cl-prin1-to-string (make-clp-s)))",
   "#(\"#s(clp-s :a nil ...)\" 16 19 (cl-print-ellipsis (#s(clp-s nil 2 nil) 1 nil (#s(clp-s nil 2 nil)))))"],
  ["(let ((print-level 1)) (cl-prin1-to-string (list (make-clp-s))))",
   "#(\"(...)\" 1 4 (cl-print-ellipsis (#s(clp-s nil 2 nil) 0 nil (#s(clp-s nil 2 nil) (#s(clp-s nil 2 nil))))))"],
  ["(progn (cl-defstruct clp-e) (cl-prin1-to-string (make-clp-e)))",
   "\"#s(clp-e)\""],
  ["(cl-prin1-to-string (record 'foo 1 2))",
   "\"#s(foo 1 2)\""],
  ["(let ((x (list 1 2))) (setcdr (cdr x) x) (cl-prin1-to-string x))",
   "\"(1 2 . #0)\""],
  ["(let ((x (list 1 2))) (setcar x x) (cl-prin1-to-string x))",
   "\"(#0 2)\""],
  ["(let ((x (list 1 2)) (print-circle t)) (setcdr (cdr x) x) (cl-prin1-to-string x))",
   "\"#1=(1 2 . #1#)\""],
  ["(let* ((s (list 'a)) (print-circle t)) (cl-prin1-to-string (list s s [s])))",
   "\"(#1=(a) #1# [s])\""],
  ["(let* ((s (make-clp-s)) (print-circle t)) (cl-prin1-to-string (list s s)))",
   "\"(#1=#s(clp-s :a nil :b 2 :c nil) #1#)\""],
  ["(let ((v (vector 1 2))) (aset v 1 v) (cl-prin1-to-string v))",
   "\"[1 #0]\""],
  ["(cl-prin1-to-string '(a . b))",
   "\"(a . b)\""],
  ["(cl-prin1-to-string '(a b . c))",
   "\"(a b . c)\""],
  ["(let ((print-length 2)) (cl-prin1-to-string '(a b . c)))",
   "\"(a b . c)\""],
  ["(let ((print-length 2)) (cl-prin1-to-string '(a b c . d)))",
   "#(\"(a b ...)\" 5 8 (cl-print-ellipsis ((c . d) 2 nil ((c . d) (b c . d) (a b c . d)))))"],
  ["(cl-prin1-to-string nil)",
   "\"nil\""],
  ["(cl-prin1-to-string 1.5)",
   "\"1.5\""],
  ["(cl-prin1-to-string 'sym)",
   "\"sym\""],
  ["(cl-prin1-to-string \"a\\nb\\\"c\")",
   "\"\\\"a\\\\nb\\\\\\\"c\\\"\""],
  ["(let ((print-escape-newlines t)) (cl-prin1-to-string \"a\\nb\"))",
   "\"\\\"a\\\\nb\\\"\""],
  ["(with-output-to-string (cl-prin1 '(1 [2] \"3\")))",
   "\"(1 [2] \\\"3\\\")\""],
  ["(cl-prin1 '(x y) #'ignore)",
   "\")\""],
  ["(let ((cl-print-readably t) (print-length 1)) (cl-prin1-to-string '(1 2 3)))",
   "\"(1 ...)\""],
  ["(let ((print-length 2)) (let ((s (cl-prin1-to-string '(1 2 3 4)))) (list s (next-single-property-change 0 'cl-print-ellipsis s) (car (get-text-property 7 'cl-print-ellipsis s)))))",
   "(#(\"(1 2 ...)\" 5 8 (cl-print-ellipsis ((3 4) 2 nil ((3 4) (2 3 4) (1 2 3 4))))) 5 (3 4))"],
  ["(let ((print-length 2)) (let ((s (cl-prin1-to-string '(1 2 3 4 5 6)))) (with-output-to-string (cl-print-expand-ellipsis (get-text-property 7 'cl-print-ellipsis s) nil))))",
   "#(\"3 4 ...\" 4 7 (cl-print-ellipsis ((5 6) 2 nil ((5 6) (4 5 6) (3 4 5 6) (2 3 4 5 6) (1 2 3 4 5 6)))))"],
  ["(let ((print-length 2)) (let ((s (cl-prin1-to-string [1 2 3 4 5 6]))) (with-output-to-string (cl-print-expand-ellipsis (get-text-property 7 'cl-print-ellipsis s) nil))))",
   "#(\"3 4 ...\" 4 7 (cl-print-ellipsis ([1 2 3 4 5 6] 4 nil nil)))"],
  ["(let ((print-level 1)) (let ((s (cl-prin1-to-string '(1 (2 3))))) (list s (with-output-to-string (cl-print-expand-ellipsis (get-text-property 4 'cl-print-ellipsis s) nil)))))",
   "(#(\"(1 ...)\" 3 6 (cl-print-ellipsis ((2 3) 0 nil ((2 3) ((2 3)) (1 (2 3)))))) #(\"...\" 0 3 (cl-print-ellipsis ((2 3) 0 nil ((2 3) ((2 3)) (1 (2 3)))))))"],
  ["(let ((print-length 2)) (let ((s (cl-prin1-to-string \"abcdefg\"))) (list s (with-output-to-string (cl-print-expand-ellipsis (get-text-property 3 'cl-print-ellipsis s) nil)))))",
   "(#(\"\\\"ab...\\\"\" 3 6 (cl-print-ellipsis (\"abcdefg\" 2 nil (\"abcdefg\")))) #(\"cd...\" 2 5 (cl-print-ellipsis (\"abcdefg\" 4 nil nil))))"],
  ["(substring-no-properties (cl-print-to-string-with-limit #'cl-prin1 (make-list 100 'a) 50))",
   "\"(a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a ...)\""],
  ["(substring-no-properties (cl-print-to-string-with-limit #'cl-prin1 '(a (b (c (d (e (f (g (h (i (j (k))))))))))) 20))",
   "\"(a (b ...))\""],
  ["(substring-no-properties (cl-print-to-string-with-limit #'cl-prin1 '(a b) nil))",
   "\"(a b)\""],
  ["(progn (cl-defmethod cl-print-object ((o clp-e) stream) (princ \"<clp-e>\" stream)) (cl-prin1-to-string (list (make-clp-e) 1)))",
   "\"(<clp-e> 1)\""],
  ["(condition-case e (cl-print-object-contents 1 0 nil) (error e))",
   "(error \"Missing cl-print-object-contents method\")"],
  ["(let ((print-level 3)) (cl-prin1-to-string '(1 [2 (3 [4])])))",
   "#(\"(1 [2 (3 ...)])\" 9 12 (cl-print-ellipsis ([4] 0 nil ([4] ([4]) (3 [4]) [2 (3 [4])] ([2 (3 [4])]) (1 [2 (3 [4])])))))"],
];

/** The prin1 form of evaluating SRC (errors as (ERR DATA)), with print-escape-newlines t. */
function show(src: string): string {
  const v = evalLisp(`(let ((print-escape-newlines t))
    (prin1-to-string (condition-case e ${src} (error (list 'ERR e)))))`);
  return v instanceof LString ? v.s : "not a string";
}

test("cl-prin1-to-string and ellipsis expansion print as GNU Emacs 28.2 does", () => {
  setup();
  evalLisp("(require 'cl-print)");
  const bad: string[] = [];
  for (const [src, want] of CASES) {
    const got = show(src);
    if (got !== want) bad.push(`${src}\n    want ${want}\n    got  ${got}`);
  }
  assert.deepEqual(bad, []);
});

test("hash tables print their test, count and size", () => {
  assert.match(show("(cl-prin1-to-string (make-hash-table :test 'equal :size 10))"),
    /^"#<hash-table equal 0\/10 0x[0-9a-f]+>"$/);
});
