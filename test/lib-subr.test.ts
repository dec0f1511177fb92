// subr.el additions, kbd/read-kbd-macro (edmacro.el), call-interactively (callint.c), defadvice (advice.el) and backtrace BASE: GNU 28.2's results.
import { test } from "node:test";
import assert from "node:assert/strict";
import { checkCaseFile } from "./helpers.js";

// Each form of test/data/lib-subr-cases.el is compared with what GNU Emacs 28.2 printed for it
// (scripts/gen-cases.sh lib-subr), errors included.
test("subr additions, kbd, call-interactively, called-interactively-p, defadvice and backtrace BASE match GNU", () => {
  assert.deepEqual(checkCaseFile("lib-subr"), []);
});

// define-derived-mode (its expansion, docstrings and the modes it makes), run-mode-hooks, prog-mode and
// abbrev tables, compared with GNU's output for test/data/lib-modes-cases.el.
test("derived modes, mode hooks and abbrev tables match GNU", () => {
  assert.deepEqual(checkCaseFile("lib-modes"), []);
});

// defcustom/defgroup (custom.el) and define-minor-mode (easy-mmode.el), compared with GNU's output for
// test/data/lib-custom-cases.el.  (GNU fills the ARG paragraph of a minor mode's docstring with
// fill-region, which tsmacs does not have yet, so the cases leave the command's docstring out.)
test("user options, groups and minor modes match GNU", () => {
  assert.deepEqual(checkCaseFile("lib-custom"), []);
});
