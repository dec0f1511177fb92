// Differential corpus runner: evaluates test/corpus/*.el and compares with GNU Emacs 28.2's results (*.expected).
//
// Each case file is a sequence of top-level forms evaluated in order, in one fresh Lisp world, with
// lexical-binding t; scripts/gen-corpus.sh wrote GNU's result of each form. Format and workflow:
// test/corpus/README.md. One subtest per case file; a failing subtest lists every mismatching form.
import { test } from "node:test";
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { createEnv } from "../src/emacs.js";
import { E, specbind, unbindTo } from "../src/env.js";
import { evalForm } from "../src/eval.js";
import { readAll } from "../src/lread.js";
import { prin1ToString } from "../src/print.js";
import { charToJs, Cons, jsCharAt, LispObject, NIL, Subr, T } from "../src/lisp.js";
import { LispSignal, LispThrow } from "../src/signal.js";

// test/ and dist-test/ (where scripts/test.mjs bundles this file) are siblings, so the first works from both;
// a bundle placed elsewhere falls back to the working directory (the repository root).
const CORPUS = [new URL("../test/corpus/", import.meta.url), pathToFileURL(`${process.cwd()}/test/corpus/`)]
  .find((u) => existsSync(u)) ?? new URL("../test/corpus/", import.meta.url);

// ---------------------------------------------------------------------------------------------
// Line encoding, identical to the generator's `corpus--enc`: C0 controls except TAB, DEL, characters
// beyond Unicode (incl. raw bytes) and U+241B itself become "\u241B{HEX}". Works on tsmacs's JS string
// encoding of Lisp text (reversed surrogate pairs for characters beyond U+10FFFF).
// ---------------------------------------------------------------------------------------------
const ESC = "\u241B";
export function encodeLine(s: string): string {
  let plain = true;
  for (let i = 0; i < s.length; i++) {
    const u = s.charCodeAt(i);
    if ((u < 32 && u !== 9) || u === 127 || u === 0x241b || (u >= 0xd800 && u <= 0xdfff)) { plain = false; break; }
  }
  if (plain) return s;
  let out = "";
  for (let i = 0; i < s.length;) {
    const c = jsCharAt(s, i);
    const w = c >= 0x10000 ? 2 : 1;
    if ((c < 32 && c !== 9) || c === 127 || c > 0x10ffff || c === 0x241b) out += `${ESC}{${c.toString(16).toUpperCase()}}`;
    else out += s.slice(i, i + w);
    i += w;
  }
  return out;
}
/** Captured output: backslash and newline escaped first (as `corpus--enc-output`). */
export function encodeOutput(s: string): string {
  return encodeLine(s.replace(/\\/g, "\\\\").replace(/\n/g, "\\n"));
}

// ---------------------------------------------------------------------------------------------
// Expectation files.
// ---------------------------------------------------------------------------------------------
export interface Expected {
  /** Form number (1-based). */
  n: number;
  /** The form as written in the case file, on one line (GNU's view; for messages only). */
  source: string;
  /** "=> PRINTED" or "!! PRINTED-ERROR". */
  result: string;
  /** ">> OUTPUT" when the form printed to standard-output, else undefined. */
  output?: string;
}

export function parseExpected(text: string): { sha1: string; forms: number; records: Expected[] } {
  const lines = text.split("\n");
  const header = /^;; source \S+ sha1 ([0-9a-f]{40}) forms (\d+)$/.exec(lines[1] ?? "");
  if (!header) throw new Error("malformed .expected header (regenerate with scripts/gen-corpus.sh)");
  const records: Expected[] = [];
  for (let i = 2; i < lines.length; i++) {
    const l = lines[i];
    if (l === "") continue;
    const m = /^#(\d+) (.*)$/.exec(l);
    if (m) { records.push({ n: Number(m[1]), source: m[2], result: "" }); continue; }
    const r = records[records.length - 1];
    if (!r) throw new Error(`.expected line ${i + 1}: result before any form`);
    if (l.startsWith("=> ") || l.startsWith("!! ")) r.result = l;
    else if (l.startsWith(">> ")) r.output = l;
    else throw new Error(`.expected line ${i + 1}: unknown line ${JSON.stringify(l.slice(0, 40))}`);
  }
  return { sha1: header[1], forms: Number(header[2]), records };
}

/** KNOWN-FAILURES: `area:N reason`, `area:N-M reason` or `area:* reason`; `#` starts a comment line. */
export interface KnownFailures { has(area: string, n: number): boolean; wildcard(area: string): boolean; entries(area: string): number[] }
export function parseKnownFailures(text: string): KnownFailures {
  const exact = new Map<string, Set<number>>();
  const wild = new Set<string>();
  text.split("\n").forEach((raw, i) => {
    const line = raw.trim();
    if (line === "" || line.startsWith("#")) return;
    const m = /^([\w-]+):(\*|(\d+)(?:-(\d+))?)(?:\s+(.*))?$/.exec(line);
    if (!m) throw new Error(`KNOWN-FAILURES line ${i + 1}: expected "area:N reason", got ${JSON.stringify(line)}`);
    if (m[2] === "*") { wild.add(m[1]); return; }
    const set = exact.get(m[1]) ?? new Set<number>();
    const lo = Number(m[3]), hi = m[4] ? Number(m[4]) : lo;
    for (let k = lo; k <= hi; k++) set.add(k);
    exact.set(m[1], set);
  });
  return {
    has: (area, n) => wild.has(area) || (exact.get(area)?.has(n) ?? false),
    wildcard: (area) => wild.has(area),
    entries: (area) => [...(exact.get(area) ?? [])].sort((a, b) => a - b),
  };
}

// ---------------------------------------------------------------------------------------------
// Evaluation of one form, as the generator's driver does it.
// ---------------------------------------------------------------------------------------------
function describeJsError(e: unknown): string {
  if (e instanceof LispThrow) return `<uncaught JS LispThrow to ${safePrint(e.tag)} with ${safePrint(e.value)}>`;
  if (e instanceof Error) return `<JS ${e.name}: ${e.message.split("\n")[0].slice(0, 200)}>`;
  return `<JS exception: ${String(e)}>`;
}
function safePrint(o: LispObject): string {
  try { return prin1ToString(o); } catch (e) { return `<unprintable: ${e instanceof Error ? e.message : String(e)}>`; }
}

/** Evaluates FORM with standard-output bound to a collector; returns the result line and output line. */
export function runForm(form: LispObject): { result: string; output?: string } {
  const env = E;
  const chars: string[] = [];
  const collector = new Subr("corpus--collect", 1, 1, (c: LispObject) => {
    chars.push(typeof c === "number" ? charToJs(c) : `<non-character ${safePrint(c)}>`);
    return NIL;
  }, "Collects standard-output for the corpus runner.", "(char)", undefined);
  const sp = env.sp, depth = env.depth;
  let value: LispObject | undefined;
  let signal: LispSignal | undefined;
  let jsError: string | undefined;
  try {
    specbind(env.intern("standard-output"), collector);
    value = evalForm(form, T);
  } catch (e) {
    if (e instanceof LispSignal) signal = e;
    else jsError = describeJsError(e);
  } finally {
    // Restore what a broken evaluator may have left behind, so that later forms still run sensibly.
    unbindTo(sp);
    env.depth = depth;
  }
  let result: string;
  try {
    if (jsError !== undefined) result = "!! " + jsError;
    else if (signal) result = "!! " + encodeLine(prin1ToString(new Cons(signal.sym, signal.data)));
    else result = "=> " + encodeLine(prin1ToString(value!));
  } catch (e) {
    result = (signal ? "!! " : "=> ") + `<printer failed: ${describeJsError(e)}>`;
  }
  return { result, output: chars.length ? ">> " + encodeOutput(chars.join("")) : undefined };
}

// ---------------------------------------------------------------------------------------------
// One subtest per case file.
// ---------------------------------------------------------------------------------------------
function readText(name: string): string | undefined {
  const url = new URL(name, CORPUS);
  return existsSync(url) ? readFileSync(url, "utf8") : undefined;
}

const known = parseKnownFailures(readText("KNOWN-FAILURES") ?? "");
const areas = existsSync(CORPUS) ? readdirSync(CORPUS).filter((f) => f.endsWith(".el")).map((f) => f.slice(0, -3)).sort() : [];

test("the corpus has case files", () => {
  if (areas.length === 0) throw new Error(`no case files in ${CORPUS.pathname}`);
});

test("the runner's line encoding and file parsers agree with scripts/gen-corpus.sh", () => {
  assert.equal(encodeLine("plain é日 tab\t"), "plain é日 tab\t");
  assert.equal(encodeLine("a\nb\r\0\x7f"), "a\u241B{A}b\u241B{D}\u241B{0}\u241B{7F}");
  assert.equal(encodeLine("\u241B"), "\u241B{241B}");
  assert.equal(encodeLine("x" + charToJs(0x3fffc8) + charToJs(0x110000) + "\u{1F600}"), "x\u241B{3FFFC8}\u241B{110000}\u{1F600}");
  assert.equal(encodeOutput("a\\b\nc\r"), "a\\\\b\\nc\u241B{D}");
  const exp = parseExpected([
    ";; Generated by scripts/gen-corpus.sh", `;; source x.el sha1 ${"0".repeat(40)} forms 2`,
    "#1 (print 1)", "=> 1", ">> \\n1\\n", "#2 (car 1)", "!! (wrong-type-argument listp 1)", "",
  ].join("\n"));
  assert.deepEqual(exp, { sha1: "0".repeat(40), forms: 2, records: [
    { n: 1, source: "(print 1)", result: "=> 1", output: ">> \\n1\\n" },
    { n: 2, source: "(car 1)", result: "!! (wrong-type-argument listp 1)" },
  ] });
  assert.throws(() => parseExpected("no header\n"), /malformed/);
  const kf = parseKnownFailures("# comment\n\nreader:3 why\nfns:5-7 range\nprinter:*\n");
  assert.deepEqual([kf.has("reader", 3), kf.has("reader", 4), kf.has("fns", 6), kf.has("fns", 8), kf.has("printer", 99)], [true, false, true, false, true]);
  assert.deepEqual(kf.entries("fns"), [5, 6, 7]);
  assert.equal(kf.wildcard("printer"), true);
  assert.throws(() => parseKnownFailures("reader 3\n"), /KNOWN-FAILURES line 1/);
});

for (const area of areas) {
  test(`corpus: ${area}`, (t) => {
    const source = readText(`${area}.el`)!;
    const expectedText = readText(`${area}.expected`);
    if (expectedText === undefined) throw new Error(`${area}.expected is missing: run scripts/gen-corpus.sh ${area}`);
    const exp = parseExpected(expectedText);
    const sha1 = createHash("sha1").update(readFileSync(new URL(`${area}.el`, CORPUS))).digest("hex");
    if (sha1 !== exp.sha1) throw new Error(`${area}.expected is stale (${area}.el changed): run scripts/gen-corpus.sh ${area}`);

    // An `AREA:*` entry in KNOWN-FAILURES also tolerates an area that cannot even be read yet.
    const lenient = known.wildcard(area);
    const setupFailed = (what: string, e: unknown): void => {
      const why = e instanceof LispSignal ? safePrint(new Cons(e.sym, e.data)) : describeJsError(e);
      if (!lenient) throw new Error(`${area}: ${what}: ${why}`);
      t.diagnostic(`${area} (known failure): ${what}: ${why}`);
    };
    try {
      const env = createEnv();
      // GNU's driver never sees what cases write to the terminal (`message', printcharfun t); neither do we.
      env.stdout = { write: () => {} };
      env.stderr = { write: () => {} };
    } catch (e) {
      return setupFailed("cannot create a Lisp world", e);
    }
    let forms: LispObject[];
    try {
      forms = readAll(source);
    } catch (e) {
      return setupFailed(`our reader cannot read ${area}.el`, e);
    }

    const problems: string[] = [];
    if (forms.length !== exp.forms) {
      problems.push(`our reader read ${forms.length} forms, GNU read ${exp.forms}; results below may be misaligned`);
    }
    let pass = 0, xfail = 0;
    const xpass: number[] = [];
    const count = Math.min(forms.length, exp.records.length);
    const actual: string[] = [];
    for (let i = 0; i < count; i++) {
      const want = exp.records[i];
      const got = runForm(forms[i]);
      actual.push(`#${want.n} ${want.source}`, got.result, ...(got.output ? [got.output] : []));
      const ok = got.result === want.result && got.output === want.output;
      const isKnown = known.has(area, want.n);
      if (ok) {
        pass++;
        if (isKnown && !known.wildcard(area)) xpass.push(want.n);
        continue;
      }
      if (isKnown) { xfail++; continue; }
      let msg = `#${want.n} ${want.source}\n    expected ${want.result}\n    actual   ${got.result}`;
      if (got.output !== want.output) {
        msg += `\n    expected output ${want.output ?? "(none)"}\n    actual output   ${got.output ?? "(none)"}`;
      }
      problems.push(msg);
    }
    for (const n of xpass) problems.push(`#${n} is listed in KNOWN-FAILURES but now passes: remove it from the list`);
    for (const n of known.entries(area)) if (n > exp.forms) problems.push(`KNOWN-FAILURES lists ${area}:${n}, but ${area}.el has only ${exp.forms} forms`);
    t.diagnostic(`${area}: ${pass}/${exp.forms} pass, ${xfail} known failures`);
    // CORPUS_ACTUAL=DIR writes our results as DIR/AREA.actual, in the .expected format, for diffing.
    const dir = process.env.CORPUS_ACTUAL;
    if (dir) {
      mkdirSync(dir, { recursive: true });
      writeFileSync(`${dir}/${area}.actual`, expectedText.split("\n").slice(0, 2).concat(actual, "").join("\n"));
    }
    if (problems.length) {
      throw new Error(`${area}: ${problems.length} problem(s) (${pass}/${exp.forms} forms pass, ${xfail} known failures)\n  ${problems.join("\n  ")}`);
    }
  });
}
