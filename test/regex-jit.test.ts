// Tests of the per-program JavaScript matchers (src/regex/jit.ts; GNU: re_match_2_internal): a program's
// generated function must answer exactly as the interpreter does — same match data, same errors — on GNU's
// case table and on random patterns over string and gap-buffer texts.
import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
import fc from "fast-check";
import {
  compile, Program, RegexError, RegexOverflow, RegexText, searchRegex, StringText, MatchContext, matchAt, textOf,
} from "../src/regex/index.js";
import { jitCompile } from "../src/regex/jit.js";
import { GapBuffer, GapText } from "../src/text/gap-buffer.js";
import { setup, useFundamentalBuffer } from "./helpers.js";
import { searchContext, translationFor } from "../src/search.js";
import { currentCaseTables } from "../src/casefiddle.js";

const DATA = [new URL("../test/data/", import.meta.url), pathToFileURL(`${process.cwd()}/test/data/`)]
  .find((u) => existsSync(new URL("regex-cases.json", u)))!;

/** PROG set to use its generated matcher (true) or the interpreter (false); false when it has no JIT form. */
function useJit(prog: Program, on: boolean): boolean {
  if (!on) { prog.jit = null; return true; }
  const f = jitCompile(prog);
  prog.jit = f;
  return f !== null;
}

/** Search result as [start, regs...] or an error name, for comparisons. */
function run(prog: Program, text: RegexText, start: number, ctx: MatchContext, backward = false): string {
  const regs = new Int32Array(2 * (prog.nsub + 1));
  try {
    const at = backward
      ? searchRegex(prog, text, text.length, -text.length, text.length, ctx, regs)
      : searchRegex(prog, text, start, text.length - start, text.length, ctx, regs);
    return at < 0 ? "nil" : `${at} ${Array.from(regs).join(",")}`;
  } catch (e) {
    if (e instanceof RegexOverflow) return "overflow";
    throw e;
  }
}

function gnuData(regs: number[] | null): (number | null)[] | null {
  if (regs === null) return null;
  const a = regs.map((x) => (x < 0 ? null : x));
  while (a.length > 2 && a[a.length - 1] === null) a.pop();
  return a;
}

test("generated matchers give GNU's match data on every case of regex-cases.json", () => {
  // The cases were made in a fundamental-mode buffer (scripts/gen-regex-cases.sh); *scratch* has Lisp syntax.
  useFundamentalBuffer();
  const cases = JSON.parse(readFileSync(new URL("regex-cases.json", DATA), "utf8")) as
    { re: string; s: string; o: { start?: number | null; fold?: boolean; posix?: boolean }; r: unknown }[];
  const ctx = searchContext();
  const fold = translationFor(currentCaseTables().canon);
  const failures: string[] = [];
  let jitted = 0;
  for (const c of cases) {
    let got: unknown;
    try {
      const prog = compile(c.re, { posix: !!c.o.posix, translate: c.o.fold ? fold : null }, ctx);
      if (useJit(prog, true)) jitted++;
      const text = textOf(c.s);
      const start = c.o.start ?? 0;
      const regs = new Int32Array(2 * (prog.nsub + 1));
      const at = searchRegex(prog, text, start, text.length - start, text.length, ctx, regs);
      got = gnuData(at < 0 ? null : Array.from(regs));
    } catch (e) {
      if (e instanceof RegexError) got = ["error", "invalid-regexp", e.message];
      else if (e instanceof RegexOverflow) got = ["error", "error", "Stack overflow in regexp matcher"];
      else throw e;
    }
    if (JSON.stringify(got) !== JSON.stringify(c.r)) {
      failures.push(`${JSON.stringify(c.re)} on ${JSON.stringify(c.s)} ${JSON.stringify(c.o)}: want ${JSON.stringify(c.r)}, got ${JSON.stringify(got)}`);
    }
  }
  assert.equal(failures.length, 0, `${failures.length} of ${cases.length} cases differ:\n${failures.join("\n")}`);
  // Most of GNU's cases are ordinary (non-POSIX, uncounted) programs, which must get a generated matcher.
  assert.ok(jitted > cases.length / 2, `only ${jitted} of ${cases.length} programs were compiled to JS`);
});

// Random patterns from atoms, groups, alternation and postfix operators (counted repetition excluded: it stays
// interpreted), over a small alphabet so that matches, backtracking and back references happen often.
const atom = fc.constantFrom("a", "b", "c", " ", "-", "[ab]", "[^a\n]", "[a-c]", ".", "\\w", "\\W", "\\s-", "\\s_",
  "\\<", "\\>", "\\b", "\\B", "\\_<", "\\_>", "^", "$", "\\`", "\\'", "ab", "abc", "\\cl");
const patternArb: fc.Arbitrary<string> = fc.letrec((tie0) => {
  const tie = (k: string): fc.Arbitrary<string> => tie0(k) as fc.Arbitrary<string>;
  return { node: fc.oneof({ depthSize: "small", withCrossShrink: true },
    { weight: 5, arbitrary: atom },
    { weight: 2, arbitrary: fc.tuple(tie("node"), tie("node")).map(([x, y]) => x + y) },
    { weight: 1, arbitrary: fc.tuple(tie("node"), tie("node")).map(([x, y]) => `${x}\\|${y}`) },
    { weight: 2, arbitrary: tie("node").map((x) => `\\(${x}\\)`) },
    { weight: 1, arbitrary: tie("node").map((x) => `\\(?:${x}\\)`) },
    { weight: 2, arbitrary: fc.tuple(tie("node"), fc.constantFrom("*", "+", "?", "*?", "+?", "??")).map(([x, op]) => `\\(?:${x}\\)${op}`) },
    { weight: 2, arbitrary: fc.tuple(atom, fc.constantFrom("*", "+", "?")).map(([x, op]) => x.length === 1 || x.startsWith("[") || x.startsWith("\\") && x.length === 2 ? x + op : x) }) };
}).node as fc.Arbitrary<string>;
const textArb = fc.stringMatching(/^[abc \-_\nA]{0,14}$/);

function gapTextOf(s: string): GapText {
  // A small chunk limit and an edit in the middle, so that the text spans chunks and a gap.
  const gb = new GapBuffer(4, 5);
  gb.insert(0, s);
  if (s.length > 2) { gb.insert(1, "Z"); gb.delete(1, 2); }
  return new GapText(gb, 0, gb.length, false);
}

test("a generated matcher agrees with the interpreter on random patterns, strings and gap-buffer texts", () => {
  setup();
  const ctx = searchContext();
  const fold = translationFor(currentCaseTables().canon);
  fc.assert(fc.property(patternArb, textArb, fc.boolean(), fc.nat(3), (re, s, folding, startSeed) => {
    let a: Program, b: Program;
    try {
      a = compile(re, { translate: folding ? fold : null }, ctx);
      b = compile(re, { translate: folding ? fold : null }, ctx);
    } catch (e) {
      if (e instanceof RegexError) return;
      throw e;
    }
    useJit(a, false);
    if (!useJit(b, true)) return;
    const start = Math.min(s.length, startSeed);
    for (const text of [new StringText(s), gapTextOf(s)]) {
      assert.equal(run(b, text, start, ctx), run(a, text, start, ctx), `${JSON.stringify(re)} on ${JSON.stringify(s)} from ${start}`);
      assert.equal(run(b, text, 0, ctx, true), run(a, text, 0, ctx, true), `${JSON.stringify(re)} backward on ${JSON.stringify(s)}`);
      const ra = new Int32Array(2 * (a.nsub + 1)), rb = new Int32Array(2 * (b.nsub + 1));
      assert.equal(matchAt(b, text, start, text.length, ctx, rb), matchAt(a, text, start, text.length, ctx, ra));
      assert.deepEqual(Array.from(rb), Array.from(ra));
    }
  }), { numRuns: 3000 });
});

test("a generated matcher overflows the failure stack exactly where the interpreter does", () => {
  setup();
  const ctx = searchContext();
  const text = new StringText("a".repeat(300000));
  for (const re of ["\\(?:a\\|b\\)*c", "\\(a\\)*c", "\\(?:ab\\|a\\)*$"]) {
    const a = compile(re, {}, ctx), b = compile(re, {}, ctx);
    useJit(a, false);
    assert.ok(useJit(b, true), re);
    assert.equal(run(b, text, 0, ctx), run(a, text, 0, ctx), re);
  }
});

test("programs the generator does not handle stay interpreted", () => {
  setup();
  for (const re of ["a\\{2,3\\}", "\\(?:a*\\)*?b"]) assert.equal(jitCompile(compile(re)), null, re);
  assert.equal(jitCompile(compile("a*b", { posix: true })), null);
  assert.notEqual(jitCompile(compile("fox \\([0-9]+\\)$")), null);
});
