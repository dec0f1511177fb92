// Tests of format, format-message, message and their helpers (GNU: editfns.c styled_format; test/src/editfns-tests.el).
// Expectations come from GNU Emacs 28.2: test/data/format-matrix.tsv (scripts/gen-format-data.mjs),
// test/data/float-print.tsv (scripts/gen-float-print-data.mjs) and test/data/format-cases.json
// (scripts/gen-case-expectations.sh from test/data/format-cases.el).
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { assertLisp, assertLispError, evalLisp, printed, setup, checkJsonCases } from "./helpers.js";
import { E, specbind, unbindTo } from "../src/env.js";
import { arrayToList, Cons, LFloat, LispObject, LString, mkStr, T } from "../src/lisp.js";
import { textPropHooks } from "../src/fns/common.js";
import { LispSignal } from "../src/signal.js";
import { prin1ToString } from "../src/print.js";
import { formatPropHooks, styledFormat } from "../src/editfns/format.js";
import { applyQuotingStyle } from "../src/editfns/quoting.js";
import { stringWidth } from "../src/editfns/width.js";

/** `format' of SPEC and ARG as the data files show it: prin1 of the result, or "!" and the error. */
function formatted(spec: string, arg: LispObject): string {
  try {
    return prin1ToString(styledFormat([LString.fromJs(spec), arg], false));
  } catch (e) {
    if (e instanceof LispSignal) return "!" + prin1ToString(new Cons(e.sym, e.data));
    throw e;
  }
}

test("format gives GNU's results for a matrix of 20000 spec and argument combinations", () => {
  setup();
  const lines = readFileSync("test/data/format-matrix.tsv", "utf8").split("\n").filter((l) => l && !l.startsWith("#"));
  assert.ok(lines.length >= 20000);
  const args = new Map<string, LispObject>();
  const failures: string[] = [];
  const count = E.sp;
  specbind(E.intern("print-escape-newlines"), T);
  try {
    for (const line of lines) {
      const [spec, argSrc, want] = line.split("\t");
      let arg = args.get(argSrc);
      if (arg === undefined) args.set(argSrc, (arg = evalLisp(argSrc)));
      const got = formatted(spec, arg);
      if (got !== want) failures.push(`(format "${spec}" ${argSrc}): want ${want} got ${got}`);
    }
  } finally {
    unbindTo(count);
  }
  assert.deepEqual(failures.slice(0, 20), []);
});

test("format's %e/%f/%g/%d/%x of ~1400 doubles match GNU, rounding ties to even on the exact value", () => {
  setup();
  const lines = readFileSync("test/data/float-print.tsv", "utf8").split("\n").filter((l) => l && !l.startsWith("#"));
  const cols = lines[0].split("\t");
  const failures: string[] = [];
  let checked = 0;
  for (const line of lines.slice(1)) {
    const f = line.split("\t");
    const x = new LFloat(Number(f[0]));
    for (let c = 1; c < cols.length; c++) {
      if (cols[c].startsWith("fof ")) continue;
      let got: string;
      try {
        got = (styledFormat([LString.fromJs(cols[c]), x], false) as LString).s;
      } catch (e) {
        if (!(e instanceof LispSignal)) throw e;
        got = "!" + prin1ToString(new Cons(e.sym, e.data));
      }
      checked++;
      if (got !== f[c]) failures.push(`(format "${cols[c]}" ${f[0]}): want ${f[c]} got ${got}`);
    }
  }
  assert.ok(checked > 30000);
  assert.deepEqual(failures.slice(0, 20), []);
});

test("GNU-generated format cases give GNU's results", () => {
  assert.deepEqual(checkJsonCases("test/data/format-cases.json", 70), []);
});

test("format returns its format string when nothing changes, and a lone %s returns the argument", () => {
  setup();
  const fmt = mkStr("plain text");
  assert.equal(styledFormat([fmt], false), fmt);
  const arg = mkStr("arg");
  assert.equal(styledFormat([mkStr("%s"), arg], false), arg);
  assert.notEqual(styledFormat([mkStr("%s!"), arg], false), arg);
  const q = mkStr("`x'");
  assert.notEqual(styledFormat([q], true), q);
  assert.equal(styledFormat([q], false), q);
});

test("format signals GNU's errors with curved quotes per text-quoting-style", () => {
  setup();
  assertLispError(`(format "%d" "a")`, `(error "Format specifier doesn’t match argument type")`);
  assertLispError(`(let ((text-quoting-style 'grave)) (format "%d" "a"))`, `(error "Format specifier doesn't match argument type")`);
  assertLispError(`(format "%d")`, `(error "Not enough arguments for format string")`);
  assertLispError(`(format "%y" 1)`, `(error "Invalid format operation %y")`);
  assertLispError(`(format "%-")`, `(error "Format string ends in middle of format specifier")`);
  assertLispError(`(format 'a)`, `(wrong-type-argument stringp a)`);
  assertLispError(`(format)`, `(wrong-number-of-arguments format 0)`);
});

test("format-message translates quotes per text-quoting-style; format leaves them", () => {
  setup();
  assertLisp(`(format-message "\`a' %s" "\`b'")`, `"‘a’ \`b'"`);
  assertLisp(`(let ((text-quoting-style 'straight)) (format-message "\`a'"))`, `"'a'"`);
  assertLisp(`(let ((text-quoting-style 'grave)) (format-message "\`a'"))`, `"\`a'"`);
  assertLisp(`(format "\`a'")`, `"\`a'"`);
  assertLisp(`(multibyte-string-p (format-message "\`a'"))`, "t");
});

test("applyQuotingStyle honours \\= escapes for documentation-style text", () => {
  setup();
  assert.equal(applyQuotingStyle(mkStr("a \\=`b' `c'"), true).s, "a `b’ ‘c’");
  const s = mkStr("no quotes");
  assert.equal(applyQuotingStyle(s, false), s);
});

test("string widths count columns: wide characters 2, combining 0, tabs tab-width, newlines 0", () => {
  setup();
  assert.deepEqual(stringWidth(mkStr("abc"), -1), [3, 3]);
  assert.deepEqual(stringWidth(mkStr("日本語"), -1), [6, 3]);
  assert.deepEqual(stringWidth(mkStr("日本語"), 3), [2, 1]);
  assert.deepEqual(stringWidth(mkStr("e\u0301"), -1), [1, 2]);
  assert.deepEqual(stringWidth(mkStr("\t\n\x01"), -1), [8 + 0 + 2, 3]);
  assert.deepEqual(stringWidth(new LString("\x80\xa0", false), -1), [5, 2]);
});

test("message with a nil or empty format clears and returns it; formatting errors propagate", () => {
  setup();
  const err = E.stderr;
  let out = "";
  E.stderr = { write: (s) => { out += s; } };
  try {
    assertLisp(`(message "%d" 3)`, `"3"`);
    assertLispError(`(message "%d" 'x)`, `(error "Format specifier doesn’t match argument type")`);
    assert.equal(printed(`(message nil)`), "nil");
  } finally {
    E.stderr = err;
  }
  assert.ok(out.endsWith("3\n\n"), JSON.stringify(out));
});

test("format moves the format's and the arguments' text properties onto the result as GNU does", () => {
  setup();
  // A stand-in for the text-property module: runs recorded per string, merged per character.
  const runs = new WeakMap<LString, [number, number, LispObject][]>();
  const saved = { intervals: textPropHooks.intervals, add: formatPropHooks.add };
  textPropHooks.intervals = (s) => {
    const r = runs.get(s as LString) ?? [];
    return arrayToList(r.map(([a, b, p]) => arrayToList([a, b, p])));
  };
  formatPropHooks.add = (s, a, b, p) => {
    if (!runs.has(s)) runs.set(s, []);
    runs.get(s)!.push([a, b, p]);
    s.intervals = true;
  };
  const prop = (text: string, ...spans: [number, number, string, number][]): LString => {
    const s = mkStr(text);
    if (spans.length) { runs.set(s, spans.map(([a, b, k, v]) => [a, b, arrayToList([E.intern(k), v])])); s.intervals = true; }
    return s;
  };
  /** The result's text and its properties per character run, like object-intervals without nil runs. */
  const show = (v: LispObject): string => {
    const s = v as LString;
    const perChar: Map<string, string>[] = Array.from({ length: s.length }, () => new Map());
    for (const [a, b, p] of runs.get(s) ?? []) {
      for (let i = a; i < b; i++) for (let l = p; l instanceof Cons && l.cdr instanceof Cons; l = l.cdr.cdr) {
        perChar[i].set(prin1ToString(l.car), prin1ToString(l.cdr.car));
      }
    }
    const key = (m: Map<string, string>): string => [...m].sort().map(([k, x]) => `${k} ${x}`).join(" ");
    let out = JSON.stringify(s.s);
    for (let i = 0; i < perChar.length;) {
      let j = i + 1;
      while (j < perChar.length && key(perChar[j]) === key(perChar[i])) j++;
      if (perChar[i].size) out += ` ${i} ${j} (${key(perChar[i])})`;
      i = j;
    }
    return out;
  };
  try {
    // Expectations: GNU Emacs 28.2's object-intervals of the same calls (with propertize).
    assert.equal(show(styledFormat([prop("%s-x", [0, 4, "face", 1]), mkStr("abc")], false)), `"abc-x" 0 5 (face 1)`);
    assert.equal(show(styledFormat([mkStr("%s-%d"), prop("ab", [0, 2, "p", 1]), 5], false)), `"ab-5" 0 2 (p 1)`);
    assert.equal(show(styledFormat([prop("a%5sb", [1, 4, "q", 2]), prop("xy", [0, 2, "p", 1])], false)), `"a   xyb" 1 6 (p 1 q 2)`);
    assert.equal(show(styledFormat([mkStr("%-5s|"), prop("xy", [0, 2, "p", 1])], false)), `"xy   |" 0 5 (p 1)`);
    assert.equal(show(styledFormat([mkStr("%5s|"), prop("xy", [0, 2, "p", 1])], false)), `"   xy|" 3 5 (p 1)`);
    assert.equal(show(styledFormat([mkStr("%.1s|"), prop("xyz", [0, 3, "p", 1])], false)), `"x|" 0 1 (p 1)`);
    assert.equal(show(styledFormat([prop("%d%%", [0, 4, "k", 3]), 42], false)), `"42%" 0 3 (k 3)`);
    assert.equal(show(styledFormat([prop("<%s>%s", [1, 3, "a", 1], [4, 6, "b", 2]), mkStr("one"), mkStr("two")], false)),
      `"<one>two" 1 4 (a 1) 5 8 (b 2)`);
    assert.equal(show(styledFormat([prop("ab%scd", [0, 2, "x", 1], [4, 6, "y", 2]), mkStr("ZZZ")], false)),
      `"abZZZcd" 0 2 (x 1) 5 7 (y 2)`);
    // A lone "%s" answers the argument itself, properties and all.
    const z = prop("z", [0, 1, "p", 1]);
    assert.equal(styledFormat([mkStr("%s"), z], false), z);
  } finally {
    textPropHooks.intervals = saved.intervals;
    formatPropHooks.add = saved.add;
  }
});
