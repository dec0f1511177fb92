// Lisp-level tests of search.ts and search/strings.ts (GNU: test/src/search-tests.el and subr-tests.el):
// the forms of test/data/search-cases.el against GNU Emacs 28.2's results (scripts/gen-search-cases.sh), plus
// checks that need JS (the regexp cache, large inputs).
import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
import "../src/search.js";
import "../src/search/strings.js";
import { searchLispDefinitions, searchState } from "../src/search.js";
import { loadLispSource } from "../src/emacs.js";
import { evalForm } from "../src/eval.js";
import { readAll } from "../src/lread.js";
import { prin1ToString } from "../src/print.js";
import { Cons, T } from "../src/lisp.js";
import { LispSignal } from "../src/signal.js";
import { assertLisp, assertLispError, evalLisp, setup, useFundamentalBuffer } from "./helpers.js";

const DATA = [new URL("../test/data/", import.meta.url), pathToFileURL(`${process.cwd()}/test/data/`)]
  .find((u) => existsSync(new URL("search-cases.json", u)))!;

let loaded = false;
function world(): void {
  useFundamentalBuffer();
  if (!loaded) { loadLispSource(searchLispDefinitions()); loaded = true; }
}

test("every form of search-cases.el gives GNU's result, in order", () => {
  world();
  const cases = JSON.parse(readFileSync(new URL("search-cases.json", DATA), "utf8")) as { src: string; out: string }[];
  const failures: string[] = [];
  for (const { src, out } of cases) {
    let got: string;
    try {
      got = "=> " + prin1ToString(evalForm(readAll(src)[0], T));
    } catch (e) {
      if (e instanceof LispSignal) got = "!! " + prin1ToString(new Cons(e.sym, e.data));
      else got = "!! <JS " + String(e) + ">";
    }
    if (got !== out) failures.push(`${src}\n    want ${out}\n    got  ${got}`);
  }
  assert.equal(failures.length, 0, `${failures.length} of ${cases.length} forms differ:\n` + failures.join("\n"));
});

test("string-match reuses the compiled pattern until case-fold-search changes", () => {
  world();
  const st = searchState();
  const progs = (): unknown[] => (st.cache.get("cache-me") ?? []).map((e) => e.prog);
  evalLisp(`(string-match "cache-me" "x")`);
  assert.equal(progs().length, 1);
  evalLisp(`(string-match (concat "cache" "-me") "y")`);
  assert.equal(progs().length, 1);
  evalLisp(`(let ((case-fold-search nil)) (string-match "cache-me" "y"))`);
  assert.equal(progs().length, 2);
  evalLisp(`(posix-string-match "cache-me" "y")`);
  assert.equal(progs().length, 3);
});

test("a failing search leaves the match data but makes it refer to a string", () => {
  world();
  assertLisp(`(progn (string-match "b" "abc") (string-match "z" "abc") (match-data))`, "(1 2)");
});

test("the failure stack overflows exactly where GNU's does", () => {
  world();
  // GNU: 266664 characters fit, 266666 overflow (one failure point per character plus one).
  assertLisp(`(string-match "\\\\\`.*x" (make-string 266664 ?a))`, "nil");
  assertLispError(`(string-match "\\\\\`.*x" (make-string 266666 ?a))`, `(error "Stack overflow in regexp matcher")`);
});

test("possessive loops and literal scans handle a long string without deep recursion", () => {
  world();
  assertLisp(`(let ((s (concat (make-string 200000 ?a) "b"))) (list (string-match "a+b" s) (match-end 0)))`, "(0 200001)");
  assertLisp(`(let ((s (concat (make-string 200000 ?a) "needle"))) (string-match "needle" s))`, "200000");
  assertLisp(`(length (split-string (mapconcat #'number-to-string (number-sequence 1 20000) " ")))`, "20000");
});

test("search-spaces-regexp replaces runs of spaces outside brackets", () => {
  world();
  assertLisp(`(let ((search-spaces-regexp "[ \\t]+")) (list (string-match "a b" "xa \\t b") (match-end 0)))`, "(1 6)");
  assertLisp(`(let ((search-spaces-regexp "[ \\t]+")) (string-match "a  *b" "aaa    b"))`, "2");
  assertLisp(`(let ((search-spaces-regexp "[ \\t]+")) (string-match "a[ ]b" "a\\tb"))`, "nil");
});

test("unibyte strings and patterns treat bytes above 127 as raw bytes", () => {
  world();
  assertLisp(`(string-match "\\351" "caf\\351")`, "3");
  assertLisp(`(string-match "\\351" "café")`, "nil");
  assertLisp(`(string-match "é" "caf\\351")`, "nil");
  assertLisp(`(string-match "[\\200-\\377]+" "ab\\351\\352")`, "2");
});
