// Batch mode's initial frame F1 and Lisp faces against GNU Emacs 28.2 (GNU: frame.c, xfaces.c, xdisp.c's
// set-buffer-redisplay, profiler.c's function-equal): what faces.el and frame.el need when GNU's own Lisp
// is loaded with --gnu-lisp.
import { test } from "node:test";
import assert from "node:assert/strict";
import { assertLisp, checkCaseFile } from "./helpers.js";

test("frame and face cases agree with GNU Emacs 28.2 (test/data/frame-faces-cases.el)", () => {
  assert.deepEqual(checkCaseFile("frame-faces"), []);
});

test("the initial frame prints like GNU's, as #<frame F1 0x...>", () => {
  assertLisp('(and (string-match "^#<frame F1 0x[0-9a-f]+>$" (prin1-to-string (selected-frame))) t)', "t");
});

test("frame-local faces are separate from the defaults for new frames", () => {
  assertLisp(`(progn (internal-make-lisp-face 'ff-local (selected-frame))
    (internal-set-lisp-face-attribute 'ff-local :slant 'italic (selected-frame))
    (list (internal-get-lisp-face-attribute 'ff-local :slant) (internal-get-lisp-face-attribute 'ff-local :slant t)))`,
  "(italic unspecified)");
});

test("closures made by one lambda form in compiled code count as the same function (GNU: same byte code)", () => {
  assertLisp(`(let ((fs nil)) (dolist (i '(1 2)) (push (lambda () i) fs)) (function-equal (car fs) (cadr fs)))`, "t");
});
