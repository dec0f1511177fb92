// Text properties (GNU: textprop.c, intervals.c): expectations in test/data/textprop*-cases.expected come
// from GNU Emacs 28.2 (scripts/gen-cases.sh textprop textprop-print).
import { test } from "node:test";
import assert from "node:assert/strict";
import { assertLisp, assertLispError, checkCaseFile, evalLisp, setup } from "./helpers.js";
import { defsym, LString, NIL, T } from "../src/lisp.js";
import { textPropHooks } from "../src/fns/common.js";
import { overlayHooks, printIntervals, remapIntervals } from "../src/textprop.js";
import { Buffer, curBuf } from "../src/buffer.js";
import { prin1ToString } from "../src/print.js";

test("text-property primitives on strings and buffers give GNU's results", () => {
  assert.deepEqual(checkCaseFile("textprop"), []);
});

test("random property programs on strings and buffers agree with GNU", () => {
  assert.deepEqual(checkCaseFile("textprop-fuzz"), []);
});

test("prin1 shows a string's properties as GNU's printed copy does", () => {
  assert.deepEqual(checkCaseFile("textprop-print"), []);
});

test("the printed view lists each run's properties reversed and drops charset", () => {
  setup();
  const s = evalLisp(`(propertize "abc" 'a 1 'b 2)`) as LString;
  assert.equal(prin1ToString(printIntervals(s)), "((0 3 (b 2 a 1)))");
  assert.equal((textPropHooks as { print?: unknown }).print, printIntervals);
  const c = evalLisp(`(propertize "abc" 'charset 'latin)`) as LString;
  assert.equal(printIntervals(c), NIL);
  const m = evalLisp(`(propertize "abc" 'charset 'latin 'a 1)`) as LString;
  assert.equal(prin1ToString(printIntervals(m)), "((0 3 (a 1)))");
});

test("strings without properties never get an interval structure", () => {
  setup();
  for (const src of [`(concat "ab" "cd")`, `(substring "abcdef" 1 3)`, `(copy-sequence "abc")`, `(format "%s-%d" "a" 1)`,
    `(with-temp-buffer (insert "abc") (buffer-string))`, `(propertize "abc")`,
    `(substring (concat (propertize "ab" 'a 1) "cd") 2)`,
    `(with-temp-buffer (insert (propertize "ab" 'a 1) "cd") (buffer-substring 3 5))`]) {
    const v = evalLisp(src);
    assert.ok(v instanceof LString, src);
    assert.equal(v.intervals, null, src);
  }
});

test("property changes report t only when something changed", () => {
  assertLisp(`(let ((s (copy-sequence "abc"))) (list (put-text-property 0 2 'a 1 s) (add-text-properties 0 2 '(a 1) s) (add-text-properties 0 3 '(a 1) s)))`, "(nil nil t)");
  assertLisp(`(let ((s (propertize "abc" 'a 1))) (list (remove-text-properties 0 1 '(b nil) s) (remove-list-of-text-properties 0 1 '(a) s) (remove-list-of-text-properties 0 1 '(a) s)))`, "(nil t nil)");
  assertLispError(`(add-text-properties 0 1 '(a) (copy-sequence "abc"))`, `(error "Odd length text property list")`);
  assertLispError(`(get-text-property 9 'a "abc")`, "(args-out-of-range 9 9)");
});

test("text properties survive a read of #(...) syntax and equal-including-properties compares with eq", () => {
  assertLisp(`(text-properties-at 1 (car (read-from-string "#(\\"abc\\" 0 3 (a 1 b 2) 1 2 (c 3))")))`, "(c 3)");
  assertLisp(`(equal-including-properties (propertize "x" 'f 1 'g 2) (propertize "x" 'g 2 'f 1))`, "t");
  assertLisp(`(equal-including-properties (propertize "x" 'f "a") (propertize "x" 'f "a"))`, "nil");
});

test("buffer edits keep properties in step: stickiness, deletion, substrings", () => {
  assertLisp(`(with-temp-buffer (insert (propertize "ab" 'face 'bold)) (insert-and-inherit "d") (insert "c") (list (object-intervals (current-buffer)) (get-text-property 3 'face) (get-text-property 4 'face)))`,
    "(((0 3 (face bold)) (3 4 nil)) bold nil)");
  assertLisp(`(with-temp-buffer (insert "x" (propertize "ab" 'a 1) "y") (delete-region 2 4) (object-intervals (current-buffer)))`, "((0 1 nil) (1 2 nil))");
  assertLisp(`(with-temp-buffer (insert "x" (propertize "ab" 'a 1) "y") (erase-buffer) (list (object-intervals (current-buffer)) (progn (insert "z") (object-intervals (current-buffer)))))`, "(nil nil)");
});

test("intervals follow a conversion that moves every position, and survive text changed behind their back", () => {
  setup();
  const b = evalLisp(`(let ((b (get-buffer-create " tp-remap"))) (with-current-buffer b (insert "\\u00e9" (propertize "ab" 'a 1))) b)`) as Buffer;
  // As set-buffer-multibyte nil would move them: the two-byte character shifts what follows by one.
  remapIntervals(b, [0, 1, 3, 4, 5]);
  assertLisp(`(object-intervals (get-buffer " tp-remap"))`, "((0 2 nil) (2 4 (a 1)))");
  b.text.gb.insert(0, "xyz");
  assertLisp(`(with-current-buffer " tp-remap" (list (get-text-property 3 'a) (get-text-property 1 'a) (object-intervals (current-buffer))))`,
    "(1 nil ((0 2 nil) (2 4 (a 1)) (4 6 nil)))");
});

test("an overlay module plugs into get-char-property and the char-property-change searches", () => {
  setup();
  const Q = defsym("tp-ov");
  overlayHooks.charProperty = (_b, pos, prop) => (prop === Q && pos >= 3 && pos < 5 ? [T, Q] : null);
  overlayHooks.nextChange = (pos) => (pos < 3 ? 3 : pos < 5 ? 5 : curBuf().zv);
  overlayHooks.previousChange = (pos) => (pos > 5 ? 5 : pos > 3 ? 3 : curBuf().begv);
  try {
    assertLisp(`(with-temp-buffer (insert "abcdef") (list (get-char-property 3 'tp-ov) (get-char-property-and-overlay 4 'tp-ov) (get-char-property 5 'tp-ov) (next-char-property-change 1) (previous-char-property-change 7) (next-single-char-property-change 1 'tp-ov) (previous-single-char-property-change 7 'tp-ov)))`,
      "(t (t . tp-ov) nil 3 5 3 5)");
  } finally {
    delete overlayHooks.charProperty; delete overlayHooks.nextChange; delete overlayHooks.previousChange;
  }
  assertLisp(`(with-temp-buffer (insert "abcdef") (list (get-char-property 3 'tp-ov) (next-char-property-change 1)))`, "(nil 7)");
});
