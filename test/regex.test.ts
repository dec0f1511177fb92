// Unit tests of the regexp engine (src/regex/, GNU: regex-emacs.c, test/src/regex-emacs-tests.el): the
// GNU-generated case table (test/data/regex-cases.json, scripts/gen-regex-cases.sh), error messages, the
// program shapes that decide GNU's backtracking, the text interface, and a property test against a naive
// reference matcher.
import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
import fc from "fast-check";
import {
  compile, execString, matchAt, Op, Program, RegexError, RegexOverflow, RegexText, searchRegex, standardContext,
  StringText, textOf, ArrayText, codePoints, MatchContext,
} from "../src/regex/index.js";
import { setup, useFundamentalBuffer } from "./helpers.js";
import { searchContext, translationFor } from "../src/search.js";
import { currentCaseTables } from "../src/casefiddle.js";

const DATA = [new URL("../test/data/", import.meta.url), pathToFileURL(`${process.cwd()}/test/data/`)]
  .find((u) => existsSync(new URL("regex-cases.json", u)))!;

/** Match data as GNU's (match-data) shows it: unmatched groups null, trailing unmatched groups dropped. */
function gnuData(regs: number[] | null): (number | null)[] | null {
  if (regs === null) return null;
  const a = regs.map((x) => (x < 0 ? null : x));
  while (a.length > 2 && a[a.length - 1] === null) a.pop();
  return a;
}

function errorOf(re: string): string {
  try { compile(re); return "no error"; } catch (e) { if (e instanceof RegexError) return e.message; throw e; }
}

test("every case of regex-cases.json gives GNU's match data or error", () => {
  useFundamentalBuffer();
  const cases = JSON.parse(readFileSync(new URL("regex-cases.json", DATA), "utf8")) as
    { re: string; s: string; o: { start?: number | null; fold?: boolean; posix?: boolean }; r: unknown }[];
  const ctx = searchContext();
  const fold = translationFor(currentCaseTables().canon);
  const failures: string[] = [];
  for (const c of cases) {
    let got: unknown;
    try {
      const prog = compile(c.re, { posix: !!c.o.posix, translate: c.o.fold ? fold : null }, ctx);
      got = gnuData(execString(prog, c.s, c.o.start ?? 0, ctx));
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
});

test("syntax errors carry GNU's messages", () => {
  const cases: [string, string][] = [
    ["[", "Unmatched [ or [^"], ["[^", "Unmatched [ or [^"], ["[a-", "Premature end of regular expression"],
    ["\\(", "Unmatched ( or \\("], ["\\)", "Unmatched ) or \\)"], ["a\\", "Trailing backslash"],
    ["a\\{", "Unmatched \\{"], ["a\\{1,2\\", "Trailing backslash"], ["a\\{2,1\\}", "Invalid content of \\{\\}"],
    ["a\\{99999\\}", "Invalid content of \\{\\}"], ["\\1", "Invalid back reference"], ["\\(a\\1\\)", "Invalid back reference"],
    ["\\(?x\\)", "Invalid regular expression"], ["\\(?0:a\\)", "Invalid regular expression"],
    ["\\(?1:\\(?1:a\\)\\)", "Invalid regular expression"], ["[[:nope:]]", "Invalid character class name"],
    ["\\_x", "Invalid regular expression"], ["\\s", "Premature end of regular expression"],
    ["\\(?1", "Premature end of regular expression"],
  ];
  for (const [re, msg] of cases) assert.equal(errorOf(re), msg, re);
  for (const re of ["[]a]", "[a-]", "\\{2\\}", "a**", "*a", "\\(?:\\)*", "[[:alpha]", "a\\{,\\}"]) assert.equal(errorOf(re), "no error", re);
});

test("patterns beyond GNU's 32 KB compiled size are too big at exactly GNU's boundaries", () => {
  // Largest N that GNU Emacs 28.2 compiles, found by bisection with string-match.
  const limits: [(n: number) => string, number][] = [
    [(n) => "a".repeat(n), 32504], [(n) => "é".repeat(n), 16253], [(n) => "a*".repeat(n), 3640],
    [(n) => Array(n).fill("ab").join("\\|"), 3277], [(n) => "[a-z]".repeat(n), 1819], [(n) => "\\(a\\)?".repeat(n), 5291],
    [(n) => "[[:alpha:]é]".repeat(n), 1170], [(n) => "a\\{2,3\\}".repeat(n), 1424], [(n) => "x+".repeat(n), 2730],
  ];
  for (const [make, n] of limits) {
    assert.equal(errorOf(make(n)), "no error", make(1));
    assert.equal(errorOf(make(n + 1)), "Regular expression too big", make(1));
  }
});

test("a greedy one-character loop becomes possessive only when nothing after it could match its character", () => {
  const ops = (re: string): number[] => Array.from(compile(re).code);
  assert.ok(ops("a*b").includes(Op.StarSimple));
  assert.ok(ops("[0-9]+x").includes(Op.StarSimple));
  assert.ok(ops("\\w*\\>").includes(Op.StarSimple));
  assert.ok(!ops("a*a").includes(Op.StarSimple));
  assert.ok(!ops(".*x").includes(Op.StarSimple));
  assert.ok(!ops("[ab]*[bc]").includes(Op.StarSimple));
  // The loop of a body that can match empty checks for cycles.
  assert.ok(ops("\\(a*\\)*").includes(Op.OfjLoop));
  assert.ok(ops("\\(a\\|b*\\)*?").includes(Op.OfjNasty));
});

test("a literal run splits where GNU's exactn would, so postfix operators apply to the same text", () => {
  assert.deepEqual(gnuData(execString(compile("ab\\b*"), "ababx")), [0, 0]);
  assert.deepEqual(gnuData(execString(compile("a\\`*"), "aaa")), [0, 0]);
  assert.deepEqual(gnuData(execString(compile("x^*"), "x^^")), [0, 3]);
});

test("matching stops consuming at STOP but assertions see the whole text", () => {
  const ctx = standardContext();
  const text = new StringText("foo bar");
  const regs = new Int32Array(2);
  // `\'` and `$` look at the real end of text, not at STOP.
  assert.equal(matchAt(compile("foo\\'"), text, 0, 3, ctx, regs), -1);
  assert.equal(matchAt(compile("foo$"), text, 0, 3, ctx, regs), -1);
  assert.equal(matchAt(compile("foo\\>"), text, 0, 3, ctx, regs), 3);
  assert.equal(matchAt(compile("foo "), text, 0, 3, ctx, regs), -1);
  assert.equal(matchAt(compile("foo\\b"), text, 0, 7, ctx, regs), 3);
  // \< needs a character it could consume.
  assert.equal(matchAt(compile("foo \\<"), text, 0, 4, ctx, regs), -1);
  assert.equal(matchAt(compile("foo \\<"), text, 0, 5, ctx, regs), 4);
});

test("searching backwards tries start positions from START down to START+RANGE", () => {
  const ctx = standardContext();
  const prog = compile("a+");
  const text = textOf("aa_aaa");
  const regs = new Int32Array(2);
  assert.equal(searchRegex(prog, text, 6, -6, 6, ctx, regs), 5);
  assert.equal(searchRegex(prog, text, 2, -2, 6, ctx, regs), 1);
  assert.deepEqual(Array.from(regs), [1, 2]);
  assert.equal(searchRegex(prog, text, 2, 0, 6, ctx, regs), -1);
});

test("\\= matches at the context's point and anchors a forward search there", () => {
  const text = textOf("abcabc");
  const regs = new Int32Array(2);
  const at = (point: number): MatchContext => standardContext(point);
  assert.equal(searchRegex(compile("\\=abc"), text, 0, 6, 6, at(3), regs), 3);
  assert.equal(searchRegex(compile("\\=abc"), text, 0, 6, 6, at(1), regs), -1);
  assert.equal(searchRegex(compile("b\\="), text, 0, 6, 6, at(5), regs), 4);
  assert.equal(searchRegex(compile("\\=abc"), text, 0, 6, 6, at(-1), regs), -1);
});

test("any RegexText works, e.g. a gap buffer, and astral characters count as one", () => {
  class Gap implements RegexText {
    constructor(readonly before: string, readonly after: string) {}
    get length(): number { return this.before.length + this.after.length; }
    charAt(i: number): number { return i < this.before.length ? this.before.charCodeAt(i) : this.after.charCodeAt(i - this.before.length); }
  }
  const regs = new Int32Array(4);
  const prog = compile("o\\(b*\\)a");
  assert.equal(searchRegex(prog, new Gap("foob", "bar"), 0, 7, 7, standardContext(), regs), 2);
  assert.deepEqual(Array.from(regs), [2, 6, 3, 5]);
  assert.deepEqual(execString(compile("."), "😀x"), [0, 1]);
  assert.deepEqual(execString(compile("x"), "😀x"), [1, 2]);
  assert.equal(new ArrayText(codePoints("😀x")).length, 2);
});

test("the failure stack limit throws RegexOverflow instead of exhausting memory", () => {
  const prog = compile("\\`\\(?:a\\|b\\)*x");
  assert.throws(() => execString(prog, "a".repeat(300000)), (e) => e instanceof RegexOverflow);
  assert.equal(execString(prog, "a".repeat(1000)), null);
});

test("long inputs are scanned without recursion or per-position copies", () => {
  const big = "ab ".repeat(400000) + "needle";
  assert.deepEqual(execString(compile("needle"), big), [1200000, 1200006]);
  assert.deepEqual(execString(compile("n[a-z]+e$"), big), [1200000, 1200006]);
  assert.deepEqual(execString(compile("[a-z]+"), big, 500000), [500001, 500003]);
  assert.deepEqual(execString(compile("\\(?:ab \\)*n"), big), [0, 1200001]);
});

// ---------------------------------------------------------------------------------------------
// Property test: on a restricted syntax (no empty-matching loop bodies, no back references), GNU's matcher
// is a plain depth-first backtracker, so a naive reference must agree on every group register.
// ---------------------------------------------------------------------------------------------
type Node =
  | { k: "lit"; c: string } | { k: "any" } | { k: "set"; chars: string; not: boolean }
  | { k: "seq"; items: Node[] } | { k: "alt"; alts: Node[] } | { k: "group"; n: number; body: Node }
  | { k: "rep"; body: Node; min: 0 | 1; max: 1 | 9; greedy: boolean };

function render(n: Node): string {
  switch (n.k) {
    case "lit": return n.c;
    case "any": return ".";
    case "set": return `[${n.not ? "^" : ""}${n.chars}]`;
    case "seq": return n.items.map(render).join("");
    case "alt": return `\\(?:${n.alts.map(render).join("\\|")}\\)`;
    case "group": return `\\(${render(n.body)}\\)`;
    case "rep": {
      const op = n.max === 1 ? "?" : n.min === 0 ? "*" : "+";
      return `\\(?:${render(n.body)}\\)${op}${n.greedy ? "" : "?"}`;
    }
  }
}

/** Depth-first matcher with GNU's priorities: returns the registers of the first successful path. */
function refMatch(root: Node, s: string, at: number, ngroups: number): number[] | null {
  const go = (n: Node, i: number, regs: number[], k: (i: number, regs: number[]) => number[] | null): number[] | null => {
    switch (n.k) {
      case "lit": return s[i] === n.c ? k(i + 1, regs) : null;
      case "any": return i < s.length && s[i] !== "\n" ? k(i + 1, regs) : null;
      case "set": return i < s.length && n.chars.includes(s[i]) !== n.not ? k(i + 1, regs) : null;
      case "seq": {
        const step = (j: number, idx: number, r: number[]): number[] | null =>
          idx === n.items.length ? k(j, r) : go(n.items[idx], j, r, (j2, r2) => step(j2, idx + 1, r2));
        return step(i, 0, regs);
      }
      case "alt":
        for (const a of n.alts) { const r = go(a, i, regs, k); if (r) return r; }
        return null;
      case "group": {
        return go(n.body, i, regs, (j, r) => {
          const r2 = r.slice(); r2[2 * n.n] = i; r2[2 * n.n + 1] = j;
          return k(j, r2);
        });
      }
      case "rep": {
        const loop = (j: number, count: number, r: number[]): number[] | null => {
          const more = (): number[] | null => (count < n.max ? go(n.body, j, r, (j2, r2) => loop(j2, count + 1, r2)) : null);
          const stop = (): number[] | null => (count >= n.min ? k(j, r) : null);
          return n.greedy ? more() ?? stop() : stop() ?? more();
        };
        return loop(i, 0, regs);
      }
    }
  };
  return go(root, at, new Array(2 * (ngroups + 1)).fill(-1), (j, r) => { const out = r.slice(); out[0] = at; out[1] = j; return out; });
}

function arbNode(): fc.Arbitrary<{ node: Node; groups: number }> {
  // Group numbers are assigned after generation, in order of their opening parenthesis.
  const { tree } = fc.letrec<{ tree: Node; atom: Node; nonEmpty: Node }>((tie) => ({
    atom: fc.oneof(
      fc.constantFrom("a", "b", "c").map((c): Node => ({ k: "lit", c })),
      fc.constant<Node>({ k: "any" }),
      fc.record({ chars: fc.constantFrom("ab", "bc", "a", "c"), not: fc.boolean() }).map((r): Node => ({ k: "set", ...r })),
    ),
    nonEmpty: fc.oneof({ depthSize: "small", withCrossShrink: true },
      tie("atom"),
      fc.array(tie("nonEmpty"), { minLength: 1, maxLength: 3 }).map((items): Node => ({ k: "seq", items })),
      fc.array(tie("nonEmpty"), { minLength: 2, maxLength: 3 }).map((alts): Node => ({ k: "alt", alts })),
      tie("nonEmpty").map((body): Node => ({ k: "group", n: 0, body })),
    ),
    tree: fc.oneof({ depthSize: "small", withCrossShrink: true },
      tie("nonEmpty"),
      fc.array(tie("tree"), { minLength: 1, maxLength: 4 }).map((items): Node => ({ k: "seq", items })),
      fc.array(tie("tree"), { minLength: 2, maxLength: 3 }).map((alts): Node => ({ k: "alt", alts })),
      tie("tree").map((body): Node => ({ k: "group", n: 0, body })),
      fc.record({
        body: tie("nonEmpty"), min: fc.constantFrom<0 | 1>(0, 1), max: fc.constantFrom<1 | 9>(1, 9), greedy: fc.boolean(),
      }).filter((r) => !(r.min === 1 && r.max === 1)).map((r): Node => ({ k: "rep", ...r })),
    ),
  }));
  return tree.map((node) => {
    let groups = 0;
    const number = (n: Node): void => {
      if (n.k === "group") { n.n = ++groups; number(n.body); }
      else if (n.k === "seq") n.items.forEach(number);
      else if (n.k === "alt") n.alts.forEach(number);
      else if (n.k === "rep") number(n.body);
    };
    number(node);
    return { node, groups };
  });
}

test("on backtracking-only syntax the engine agrees with a depth-first reference matcher", () => {
  // The reference has no \{n,m\} bound 9 limit issue: strings are at most 8 characters long.
  fc.assert(fc.property(arbNode(), fc.stringMatching(/^[abc]{0,8}$/), ({ node, groups }, s) => {
    const re = render(node);
    let prog: Program;
    try { prog = compile(re); } catch (e) { throw new Error(`${re}: ${String(e)}`); }
    let want: number[] | null = null;
    for (let at = 0; at <= s.length && want === null; at++) want = refMatch(node, s, at, groups);
    const got = execString(prog, s);
    assert.deepEqual(got, want, `${re} on ${JSON.stringify(s)}`);
  }), { numRuns: 3000 });
});
