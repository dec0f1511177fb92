// Tests for characters, widths and raw bytes (GNU: character.c, and char-to-string & co. from editfns.c).
import { test } from "node:test";
import assert from "node:assert/strict";
import { assertLisp, assertLispError, checkCaseFile, setup } from "./helpers.js";
import { charResolveModifierMask, charWidth, stringWidth, validateSubarray } from "../src/character.js";
import { LString, NIL, stringFromChars } from "../src/lisp.js";
import { WIDTH_RUNS } from "../src/unicode/width.js";

setup();

test("character primitives agree with GNU Emacs 28.2 (test/data/character-cases.el)", () => {
  assert.deepEqual(checkCaseFile("character"), []);
});

test("char-width follows the generated East Asian width runs and GNU's control-character rules", () => {
  assert.equal(charWidth(0x41), 1);
  assert.equal(charWidth(0x4e2d), 2, "CJK ideograph");
  assert.equal(charWidth(0x300), 0, "combining grave accent");
  assert.equal(charWidth(0x1f600), 2, "emoji");
  assert.equal(charWidth(0x80), 4, "C1 control shown as \\200");
  assert.equal(charWidth(0x3fff80), 4, "raw byte shown as \\200");
  assert.equal(charWidth(1), 2, "^A");
  assert.equal(charWidth(10), 0);
  assert.equal(charWidth(9), 8);
  // The runs start at #x80 and ascend.
  assert.equal(WIDTH_RUNS[0], 0x80);
  for (let i = 2; i < WIDTH_RUNS.length; i += 2) assert.ok(WIDTH_RUNS[i] > WIDTH_RUNS[i - 2]);
});

test("string-width counts characters, not UTF-16 units, in strings with astral and raw-byte characters", () => {
  const s = stringFromChars([0x1f600, 0x61, 0x3fff80, 0x4e2d], true);
  assert.equal(stringWidth(s), 2 + 1 + 4 + 2);
  assert.equal(stringWidth(s, 1, 3), 1 + 4);
  assert.equal(stringWidth(LString.fromJs("abc")), 3);
  assertLisp(`(string-width "😀a中" 1)`, "3");
  assertLisp(`(string-width "😀a中" -1)`, "2");
});

test("FROM and TO are checked as substring checks them", () => {
  const s = LString.fromJs("abcd");
  assert.deepEqual(validateSubarray(s, 1, -1, 4), [1, 3]);
  assert.deepEqual(validateSubarray(s, NIL, NIL, 4), [0, 4]);
  assertLispError(`(string-width "abcd" 3 2)`, `(args-out-of-range "abcd" 3 2)`);
  assertLispError(`(string-width "abcd" 0 (expt 2 70))`, `(args-out-of-range "abcd" 0 1180591620717411303424)`);
});

test("char-resolve-modifiers folds shift and control into ASCII codes", () => {
  const shift = 1 << 25, ctl = 1 << 26, meta = 1 << 27;
  assert.equal(charResolveModifierMask(0x61 | shift), 0x41);
  assert.equal(charResolveModifierMask(0x61 | ctl), 1);
  assert.equal(charResolveModifierMask(0x3f | ctl), 0x7f);
  assert.equal(charResolveModifierMask(0x61 | meta), 0x61 | meta);
  assert.equal(charResolveModifierMask(0xe9 | ctl), 0xe9 | ctl, "non-ASCII keeps its modifiers");
});

test("unibyte and multibyte results are the ones GNU makes", () => {
  assertLisp("(multibyte-string-p (string ?a ?b))", "nil");
  assertLisp("(multibyte-string-p (string ?a ?é))", "t");
  assertLisp("(multibyte-string-p (char-to-string ?a))", "nil");
  assertLisp("(multibyte-string-p (unibyte-string 200))", "nil");
  assertLisp("(string-to-char (unibyte-string 200))", "200");
});
