// Keymaps against GNU Emacs 28.2 (GNU: keymap.c, the event parts of keyboard.c): define-key, lookup-key,
// parents, menu items, copy-keymap, map-keymap, key descriptions and event modifiers.
import { test } from "node:test";
import assert from "node:assert/strict";
import { assertLisp, assertLispError, checkCaseFile } from "./helpers.js";

test("keymap cases agree with GNU Emacs 28.2 (test/data/keymap-cases.el)", () => {
  const failures = checkCaseFile("keymap");
  assert.deepEqual(failures, []);
});

test("meta characters are stored under ESC, as GNU's define-key does", () => {
  assertLisp(`(let ((m (make-sparse-keymap))) (define-key m "\\M-q" 'w) m)`, "(keymap (27 keymap (113 . w)))");
  assertLisp(`(let ((m (make-sparse-keymap))) (define-key m [?\\M-q] 'w) (lookup-key m "\\eq"))`, "w");
});

test("define-key takes three arguments in GNU 28 (REMOVE is Emacs 29)", () => {
  assertLispError(`(define-key (make-sparse-keymap) "a" 'x t)`, "(wrong-number-of-arguments define-key 4)");
});

test("a binding under a non-prefix key is refused with GNU's message", () => {
  assertLispError(`(let ((m (make-sparse-keymap))) (define-key m "a" 'x) (define-key m "ab" 'y))`,
    `(error "Key sequence a b starts with non-prefix key a")`);
  assertLispError(`(define-key (make-sparse-keymap) [C-RET] 'x)`, `(error "To bind the key C-RET, use [?\\\\C-\\\\r], not [C-RET]")`);
});

test("lookup-key reports how much of a too-long key was a prefix", () => {
  assertLisp(`(let ((m (make-sparse-keymap))) (define-key m "\\C-xb" 'y) (list (lookup-key m "\\C-xbc") (lookup-key m "zz")))`, "(2 1)");
});

test("keymapp follows symbol function cells", () => {
  assertLisp(`(progn (fset 'km-test-prefix (make-sparse-keymap)) (list (keymapp 'km-test-prefix) (keymapp 'car) (keymapp "x")))`, "(t nil nil)");
});

test("the standard keymaps, where-is-internal, accessible-keymaps, substitute-command-keys as GNU has them", () => {
  checkCaseFile("keymap-global");
});
