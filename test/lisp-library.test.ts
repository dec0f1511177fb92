// The preloaded Lisp library: macroexp, gv, pcase, subr-x, cl-lib (GNU: test/lisp/emacs-lisp/*-tests.el).
// Expectations in test/data/library-cases.expected come from GNU Emacs 28.2 (scripts/gen-library-cases.sh).
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { assertLisp, assertLispError, evalLisp, setup } from "./helpers.js";
import { readAll } from "../src/lread.js";
import { prin1ToString } from "../src/print.js";
import { evalForm } from "../src/eval.js";
import { Cons, T, list, defsym } from "../src/lisp.js";
import { LispSignal } from "../src/signal.js";

/** The fully macroexpanded form of SRC, printed. */
function expansion(src: string): string {
  return prin1ToString(evalLisp(`(macroexpand-all '${src})`));
}

test("GNU-generated library cases give GNU's results, in order", () => {
  setup();
  evalLisp("(setq print-escape-newlines t)");
  const forms = readAll(readFileSync("test/data/library-cases.el", "utf8"));
  const expected = readFileSync("test/data/library-cases.expected", "utf8").split("\n");
  assert.equal(forms.length, expected.length - 1, "one expected line per form");
  const failures: string[] = [];
  forms.forEach((form, i) => {
    let got: string;
    try {
      got = prin1ToString(evalForm(form, T));
    } catch (e) {
      if (!(e instanceof LispSignal)) throw e;
      got = prin1ToString(list(defsym("ERR"), new Cons(e.sym, e.data)));
    }
    if (got !== expected[i]) failures.push(`${prin1ToString(form)}\n   want ${expected[i]}\n   got  ${got}`);
  });
  evalLisp("(setq print-escape-newlines nil)");
  assert.deepEqual(failures, []);
});

test("the library files are features", () => {
  for (const f of ["macroexp", "gv", "pcase", "subr-x", "cl-lib", "cl-macs", "cl-seq", "cl-extra", "cl-generic"]) {
    assertLisp(`(and (featurep '${f}) (require '${f}))`, f);
  }
});

test("or-patterns of pcase cost the sum of their branches and bind each variable once", () => {
  // Eight two-way `or's in a row: a decision tree that duplicated the rest of the pattern per branch
  // would grow as 2^8; the expansion here stays linear.
  const pat = "`(" + Array.from({ length: 8 }, (_, i) => `,(or 'a${i} (and (pred stringp) v${i}))`).join(" ") + ")";
  const exp = expansion(`(pcase x (${pat} (list v0 v7)) (_ 'no))`);
  assert.ok(exp.length < 4000, `expansion is ${exp.length} characters`);
  assert.ok(!exp.includes("lambda") && !exp.includes("funcall"), "no closures in the expansion");
  assertLisp(`(pcase (list 'a0 "s" 'a2 'a3 'a4 'a5 'a6 "t") (${pat} (list v0 v1 v7)))`, '(nil "s" "t")');
});

test("pcase bodies get fresh bindings, so closures capture per-match values", () => {
  assertLisp("(let (fns) (dolist (v '((1) (2) (3))) (pcase v (`(,n) (push (lambda () n) fns)))) (mapcar #'funcall fns))", "(3 2 1)");
});

test("pcase guards and pred arguments see earlier pattern variables, not later ones", () => {
  assertLisp("(let ((x 'outer)) (pcase 5 ((and (guard (eq x 'outer)) x) x)))", "5");
  assertLisp("(pcase '(3 . 4) (`(,a . ,(and b (guard (> b a)))) (list a b)))", "(3 4)");
});

test("cl-loop expands to a while loop with no closure and no catch when nothing exits early", () => {
  const exp = expansion("(cl-loop for x in l for i from 0 when (cl-evenp i) collect x into evens sum x finally return (list evens))");
  assert.ok(exp.includes("(while "), exp);
  assert.ok(!exp.includes("lambda") && !exp.includes("catch") && !exp.includes("funcall"), exp);
});

test("cl-block keeps its catch only when something exits from it", () => {
  assert.ok(!expansion("(cl-block foo (+ 1 2))").includes("catch"));
  assert.ok(expansion("(cl-block foo (when x (cl-return-from foo 1)) 2)").includes("catch"));
  assertLisp("(cl-block outer (cl-loop for x in '(1 2 3) do (when (= x 2) (cl-return-from outer (* x 100)))))", "200");
});

test("self tail calls of cl-labels and named-let run in constant stack", () => {
  assertLisp("(named-let loop ((n 300000) (acc 0)) (if (= n 0) acc (loop (1- n) (+ acc 1))))", "300000");
  assertLisp("(cl-labels ((walk (l n) (cond ((null l) n) (t (walk (cdr l) (1+ n)))))) (walk (make-list 300000 t) 0))", "300000");
  assert.ok(!expansion("(named-let lp ((i 0)) (if (< i 3) (lp (1+ i)) i))").includes("letrec"));
});

test("setf evaluates the subforms of a place once, in order", () => {
  assertLisp("(let ((log nil) (v (vector 1 2 3))) (cl-incf (aref v (progn (push 'i log) 1)) (progn (push 'n log) 10)) (list v (nreverse log)))", "([1 12 3] (i n))");
  assertLisp("(let ((i -1) (v (vector (list 1) (list 2)))) (push 'x (aref v (cl-incf i))) (list i v))", "(0 [(x 1) (2)])");
  assertLisp("(let ((i -1) (v (vector (list 1) (list 2)))) (list (pop (aref v (cl-incf i))) i v))", "(1 0 [nil (2)])");
});

test("setf on an unknown function calls its (setf NAME) function", () => {
  assertLispError("(setf (lisp-library-no-such-place 1) 2)", "(void-function \\(setf\\ lisp-library-no-such-place\\))");
  assertLisp("(progn (defun \\(setf\\ lisp-library-pl\\) (v x) (setcar x v)) (let ((c (list 1))) (setf (lisp-library-pl c) 9) c))", "(9)");
});

test("cl-defstruct accessors check their argument and read-only slots refuse setf", () => {
  assertLisp("(progn (cl-defstruct lisp-library-pt x (y 0 :read-only t)) (let ((p (make-lisp-library-pt :x 1))) (setf (lisp-library-pt-x p) 5) p))", "#s(lisp-library-pt 5 0)");
  assertLispError("(lisp-library-pt-x [1 2])", "(wrong-type-argument lisp-library-pt [1 2])");
  assertLispError("(eval '(setf (lisp-library-pt-y (make-lisp-library-pt)) 1) t)", '(error "lisp-library-pt-y is a read-only slot")');
});

test("cl-defun keyword checks and destructuring errors", () => {
  assertLispError("(funcall (cl-function (lambda (&key a) a)) :b 1)", '(error "Keyword argument :b not one of (:a)")');
  assertLispError("(cl-destructuring-bind (a b) '(1) (list a b))", "(wrong-number-of-arguments (a b) 1)");
  assertLisp("(funcall (cl-function (lambda (&key a &allow-other-keys) a)) :b 1 :a 2)", "2");
});

test("cl-defmethod dispatches on struct inheritance and combines :around, :before and :after", () => {
  assertLisp(`(progn
    (cl-defstruct lisp-library-base) (cl-defstruct (lisp-library-sub (:include lisp-library-base)))
    (cl-defgeneric lisp-library-who (x))
    (cl-defmethod lisp-library-who ((_ lisp-library-base)) '(base))
    (cl-defmethod lisp-library-who ((_ lisp-library-sub)) (cons 'sub (cl-call-next-method)))
    (cl-defmethod lisp-library-who :around ((_ t)) (cons 'around (cl-call-next-method)))
    (list (lisp-library-who (make-lisp-library-base)) (lisp-library-who (make-lisp-library-sub))))`,
  "((around base) (around sub base))");
  assertLispError("(progn (cl-defgeneric lisp-library-none (x)) (lisp-library-none 1))", "(cl-no-applicable-method lisp-library-none 1)");
});

test("cl-macrolet and cl-symbol-macrolet nest", () => {
  assertLisp("(cl-macrolet ((a () 1)) (cl-macrolet ((b () `(+ (a) 10))) (b)))", "11");
  assertLisp("(let ((c (list 1 2))) (cl-symbol-macrolet ((hd (car c))) (cl-symbol-macrolet ((tl (cdr c))) (setq hd 'h) (setf tl '(t)) c)))", "(h t)");
});

test("the sequence functions agree with GNU on :from-end with :count", () => {
  // GNU 28 honours :from-end with :count only when COUNT is below half the length.
  assertLisp("(list (cl-remove 1 '(1 2 1 3 1) :count 1 :from-end t) (cl-remove 1 '(1 2 1 3 1) :count 2 :from-end t))", "((1 2 1 3) (2 3 1))");
});
