// Syntax tables, motion, parsing and categories (GNU: syntax.c, category.c, lisp.el): expectations in
// test/data/syntax-cases.expected come from GNU Emacs 28.2 (scripts/gen-cases.sh syntax); the JS-level tests
// cover the APIs other modules use.
import { test } from "node:test";
import assert from "node:assert/strict";
import { checkCaseFile, evalLisp, setup } from "./helpers.js";
import { syntaxClassOf, syntaxEpoch, S, standardSyntaxTable, syntaxFlagsIn } from "../src/syntax.js";
import { bufferMatchContext } from "../src/syntax/regex.js";
import { hasCategory, wordBoundaryP } from "../src/category.js";
import { scanLists } from "../src/syntax/lists.js";
import { LispSignal } from "../src/signal.js";

test("syntax tables, scanning, parsing, words, skipping and categories give GNU's results", () => {
  assert.deepEqual(checkCaseFile("syntax"), []);
});

test("the standard table has GNU's classes and flags", () => {
  setup();
  const st = standardSyntaxTable();
  assert.equal(syntaxFlagsIn(st, 0x28), S.Open);
  assert.equal(syntaxFlagsIn(st, 0x61), S.Word);
  assert.equal(syntaxFlagsIn(st, 0x4e00), S.Word);
  assert.equal(syntaxFlagsIn(st, 0xab), S.Punct);
});

test("the regexp engine and casing see the current buffer's syntax table", () => {
  setup();
  evalLisp("(setq syn--tb (make-syntax-table)) (modify-syntax-entry ?- \"w\" syn--tb)");
  const before = syntaxEpoch();
  evalLisp("(with-temp-buffer (set-syntax-table syn--tb) (setq syn--cls (char-syntax ?-)))");
  assert.equal(evalLisp("syn--cls"), 0x77);
  evalLisp("(modify-syntax-entry ?- \"_\" syn--tb)");
  assert.notEqual(syntaxEpoch(), before, "modify-syntax-entry invalidates compiled patterns");
  evalLisp("(set-buffer (get-buffer-create \" syn-test\")) (set-syntax-table syn--tb)");
  assert.equal(syntaxClassOf(0x2d), S.Symbol);
  assert.equal(bufferMatchContext(-1).syntax(0x2d, 0), S.Symbol);
  assert.equal(evalLisp("(capitalize \"foo-bar\")").toString(), "Foo-Bar");
  evalLisp("(modify-syntax-entry ?- \"w\" syn--tb)");
  assert.equal(evalLisp("(capitalize \"foo-bar\")").toString(), "Foo-bar");
  evalLisp("(kill-buffer \" syn-test\")");
});

test("categories and word boundaries between scripts", () => {
  setup();
  assert.equal(hasCategory(0x4e00, 0x43), true); // ?C: Han
  assert.equal(hasCategory(0x61, 0x43), false);
  assert.equal(wordBoundaryP(0x61, 0x62), false);
  assert.equal(wordBoundaryP(0x61, 0x4e00), true);
  assert.equal(wordBoundaryP(0x6f22, 0x304b), false); // Han followed by Hiragana joins (?C . ?H)
});

test("scanLists answers positions, null at the edge, and signals scan-error inside a list", () => {
  setup();
  evalLisp("(set-buffer (get-buffer-create \" syn-scan\")) (insert \"(a (b) c) d\")");
  assert.equal(scanLists(1, 1, 0, false), 10);
  assert.equal(scanLists(10, 1, 0, false), null);
  assert.throws(() => scanLists(8, 1, 0, false), (e: unknown) => e instanceof LispSignal && e.sym.name === "scan-error");
  evalLisp("(kill-buffer \" syn-scan\")");
});
