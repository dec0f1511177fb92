// Printer tests (GNU: print.c; test/src/print-tests.el): float syntax for ~1400 doubles, prin1/princ of
// every type, print-circle and cycles, output streams, terpri/write-char, error-message-string.
// Expectations come from GNU Emacs 28.2: test/data/float-print.tsv (scripts/gen-float-print-data.mjs) and
// test/data/print-cases.json (scripts/gen-case-expectations.sh from test/data/print-cases.el).
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { assertLisp, evalLisp, printed, setup, checkJsonCases } from "./helpers.js";
import { E, specbind, unbindTo } from "../src/env.js";
import { textPropHooks } from "../src/fns/common.js";
import { arrayToList, charToJs, Cons, LispObject, LString, mkStr, NIL, T } from "../src/lisp.js";
import { floatToString, cFormatFloat } from "../src/print/float.js";
import { prin1ToString, printErrorMessage, takeNeedNewline } from "../src/print.js";
import { looksLikeNumber, octal } from "../src/print/printer.js";

/** Runs F with stdout and stderr captured; returns [stdout, stderr]. */
function capture(f: () => void): [string, string] {
  setup();
  const out = E.stdout, err = E.stderr;
  let o = "", e = "";
  E.stdout = { write: (s) => { o += s; } };
  E.stderr = { write: (s) => { e += s; } };
  try { f(); } finally { E.stdout = out; E.stderr = err; }
  return [o, e];
}

test("floats print exactly as GNU prints ~1400 doubles, also under float-output-format", () => {
  setup();
  const lines = readFileSync("test/data/float-print.tsv", "utf8").split("\n").filter((l) => l && !l.startsWith("#"));
  const cols = lines[0].split("\t");
  const failures: string[] = [];
  let checked = 0;
  for (const line of lines.slice(1)) {
    const f = line.split("\t");
    const x = Number(f[0]);
    for (let c = 1; c < cols.length; c++) {
      if (!cols[c].startsWith("fof ")) continue;
      const fof = cols[c].slice(4);
      const got = floatToString(x, fof === "nil" ? NIL : LString.fromJs(JSON.parse(fof)));
      checked++;
      if (got !== f[c]) failures.push(`${f[0]} with ${fof}: want ${f[c]} got ${got}`);
    }
  }
  assert.ok(checked > 10000, `only ${checked} values checked`);
  assert.deepEqual(failures.slice(0, 20), []);
});

test("special floats: infinities, NaN signs and payloads, signed zero", () => {
  const f64 = new Float64Array(1), u32 = new Uint32Array(f64.buffer);
  f64[0] = 1;
  const hi = u32[1] === 0x3ff00000 ? 1 : 0;
  const nan = (sign: number, payload: number): number => {
    u32[hi] = (sign << 31) | 0x7ff80000 | Math.floor(payload / 2 ** 32); u32[1 - hi] = payload >>> 0; return f64[0];
  };
  assert.equal(floatToString(Infinity, NIL), "1.0e+INF");
  assert.equal(floatToString(-Infinity, NIL), "-1.0e+INF");
  assert.equal(floatToString(nan(0, 0), NIL), "0.0e+NaN");
  assert.equal(floatToString(nan(1, 0), NIL), "-0.0e+NaN");
  assert.equal(floatToString(nan(0, 42), NIL), "42.0e+NaN");
  assert.equal(floatToString(-0, NIL), "-0.0");
  assert.equal(floatToString(8.263199609878108e+121, NIL), "8.2631996098781075e+121"); // 2^405: dtoastr needs 17 digits
  assert.equal(cFormatFloat(nan(1, 0), "f", 2, {}), "-nan");
  assert.equal(cFormatFloat(Infinity, "e", -1, { plus: true }), "+inf");
});

test("C-style %e/%f/%g round exact binary values half to even", () => {
  assert.equal(cFormatFloat(0.125, "f", 2), "0.12");
  assert.equal(cFormatFloat(0.375, "f", 2), "0.38");
  assert.equal(cFormatFloat(2.5, "f", 0), "2");
  assert.equal(cFormatFloat(3.5, "f", 0), "4");
  assert.equal(cFormatFloat(2.5, "e", 0), "2e+00");
  assert.equal(cFormatFloat(1e21, "f", 1), "1000000000000000000000.0");
  assert.equal(cFormatFloat(0.1, "f", 30), "0.100000000000000005551115123126");
  assert.equal(cFormatFloat(123456, "g", -1), "123456");
  assert.equal(cFormatFloat(1234567, "g", -1), "1.23457e+06");
  assert.equal(cFormatFloat(1n << 70n, "f", 0), "1180591620717411303424");
  assert.equal(cFormatFloat(0.5, "g", 0, { sharp: true }), "0.5");
});

test("symbols that would read as numbers get a leading backslash", () => {
  for (const s of ["1", "-1", "+1", "1.", ".5", "1e5", "1.0e+INF", "-0.0e+NaN", "1.5"]) assert.ok(looksLikeNumber(s), s);
  for (const s of ["", "-", "+", ".", "1.5e", "1e", "1e+", "e5", "0x10", "1+", "a1"]) assert.ok(!looksLikeNumber(s), s);
});

test("octal escapes use three digits before an octal digit, as GNU's octalout", () => {
  assert.equal(octal(0, -1), "\\0");
  assert.equal(octal(0, 0x35), "\\000");
  assert.equal(octal(9, 0x38), "\\11");
  assert.equal(octal(255, -1), "\\377");
});

test("GNU-generated printer cases give GNU's results", () => {
  assert.deepEqual(checkJsonCases("test/data/print-cases.json", 150), []);
});

test("print to stdout: output, pending newline before a message, terpri's ENSURE", () => {
  // GNU: printchar_stdout_last is updated by printchar only (not by strout, which princ of a string uses).
  const [out, err] = capture(() => evalLisp(`(progn (princ "x\\n") (prin1 (terpri nil t)) (print 'a) (prin1 (terpri nil t))
    (prin1 "q") (prin1 (terpri nil t)) (write-char ?\\n) (prin1 (terpri nil t)) (prin1 (terpri nil t)) (prin1 (terpri))
    (message "m") (princ "") (message "n") (message "o"))`));
  assert.equal(out, "x\n\nt\na\nnil\"q\"\nt\nnil\nt\nt");
  assert.equal(err, "\nm\n\nn\no\n");
});

test("standard-output nil and t mean stdout; unibyte bytes print as raw-byte characters there", () => {
  const [out] = capture(() => evalLisp(`(let ((standard-output nil)) (prin1 "\\377") (princ (unibyte-string 65 200)) (prin1 'x t))`));
  assert.equal(out, `"${charToJs(0x3fffff)}"A${charToJs(0x3fffc8)}x`);
});

test("external-debugging-output writes to stderr; print accepts it as a stream", () => {
  const [, err] = capture(() => evalLisp(`(progn (external-debugging-output ?Z) (prin1 '(a "b") #'external-debugging-output))`));
  assert.equal(err, "Z(a \"b\")");
});

test("message formats with format-message, returns the string, and writes to stderr", () => {
  setup();
  takeNeedNewline(); // earlier tests printed to stdout
  const [, err] = capture(() => {
    assertLisp(`(message "hello %s" "world")`, `"hello world"`);
    assertLisp(`(message nil)`, "nil");
    assertLisp(`(message "")`, `""`);
    assertLisp(`(message "\`q'")`, `"‘q’"`);
    assertLisp(`(let ((inhibit-message t)) (message "x %d" 1))`, `"x 1"`);
    assertLisp(`(current-message)`, "nil");
    assertLisp(`(message-box "m %s" 1)`, `"m 1"`);
  });
  assert.equal(err, "hello world\n\n\n‘q’\n");
});

test("a printcharfun function receives every character, even during a failing print", () => {
  setup();
  assertLisp(`(let (acc) (condition-case nil (prin1 (let ((x nil)) (dotimes (_ 300) (setq x (list x))) x) (lambda (c) (push c acc)))
    (error nil)) (length acc))`, "200");
  assertLisp(`(let (acc) (condition-case e (prin1 (let ((x nil)) (dotimes (_ 300) (setq x (list x))) x) #'ignore) (error e)))`,
    `(error "Apparently circular structure being printed")`);
});

test("print-continuous-numbering carries labels across calls through print-number-table", () => {
  setup();
  assertLisp(`(let ((print-circle t) (print-continuous-numbering t) (print-number-table nil) (x (list 1)))
    (list (prin1-to-string (list x x)) (prin1-to-string (list x x)) (hash-table-p print-number-table)))`,
  `("(#1=(1) #1#)" "(#1# #1#)" t)`);
  assertLisp(`(let ((print-circle t) (print-number-table (make-hash-table :test 'eq)) (x (list 1)))
    (print--preprocess (list x x 2)) (list (gethash x print-number-table) (gethash 2 print-number-table 'none)))`, "(-1 none)");
});

test("prin1-to-string of a big list is linear and fast", () => {
  setup();
  const n = 300000;
  const xs: LispObject[] = [];
  let expected = 1;
  for (let i = 0; i < n; i++) {
    const x = i % 3 === 0 ? i : i % 3 === 1 ? E.intern("s" + (i % 7)) : mkStr("x");
    xs.push(x);
    expected += (typeof x === "number" ? String(x).length : x instanceof LString ? 3 : 2) + 1;
  }
  const t = performance.now();
  const s = prin1ToString(arrayToList(xs));
  const ms = performance.now() - t;
  assert.equal(s.length, expected);
  assert.ok(s.startsWith("(0 s1 \"x\" 3 s4 ") && s.endsWith(" s6 \"x\")"));
  assert.ok(ms < 3000, `took ${ms} ms`);
  // Long pieces after the output has grown large keep their place among the short ones.
  const pieces = Array.from({ length: 30 }, (_, i) => mkStr((i % 2 ? "ab" : "x").repeat(i * 97)));
  assert.equal(prin1ToString(arrayToList(pieces)), "(" + pieces.map((p) => JSON.stringify(p.s)).join(" ") + ")");
});

test("printErrorMessage gives the command line's error text", () => {
  setup();
  assert.equal(printErrorMessage(E.intern("void-variable"), arrayToList([E.intern("foo")])), "Symbol’s value as variable is void: foo");
  assert.equal(printErrorMessage(E.intern("error"), arrayToList([mkStr("boom")])), "boom");
  assert.equal(printErrorMessage(E.intern("wrong-type-argument"), arrayToList([E.intern("listp"), mkStr("s")])), "Wrong type argument: listp, \"s\"");
  assert.equal(prin1ToString(new Cons(mkStr("a"), NIL), true), "(a)");
});

test("strings with text properties print as #(\"text\" START END PLIST ...) through the text-property hook", () => {
  setup();
  const saved = textPropHooks.intervals;
  const savedPrint = textPropHooks.print;
  const runs = new Map<LString, LispObject>();
  textPropHooks.intervals = (s) => runs.get(s as LString) ?? NIL;
  textPropHooks.print = (s) => runs.get(s) ?? NIL;
  try {
    const face = arrayToList([E.intern("face"), E.intern("bold")]);
    const s = mkStr("abc");
    runs.set(s, arrayToList([arrayToList([0, 1, NIL]), arrayToList([1, 3, face])]));
    s.intervals = true;
    assert.equal(prin1ToString(s), `#("abc" 1 3 (face bold))`);
    assert.equal(prin1ToString(s, true), "abc");
    assert.equal(prin1ToString(arrayToList([s, s])), `(#("abc" 1 3 (face bold)) #("abc" 1 3 (face bold)))`);
    // print-circle labels a propertized string at any depth (GNU: PRINT_CIRCLE_CANDIDATE_P).
    const count = E.sp;
    specbind(E.intern("print-circle"), T);
    try {
      assert.equal(prin1ToString(arrayToList([s, s])), `(#1=#("abc" 1 3 (face bold)) #1#)`);
    } finally { unbindTo(count); }
  } finally {
    textPropHooks.intervals = saved;
    textPropHooks.print = savedPrint;
  }
});
