// Shared test helpers: a fresh Lisp world per test file, and Lisp-in/Lisp-out assertions.
import assert from "node:assert/strict";
import { createEnv } from "../src/emacs.js";
import { evalForm, funcall } from "../src/eval.js";
import { readAll } from "../src/lread.js";
import { prin1ToString } from "../src/print.js";
import { Cons, LispObject, LSymbol, NIL, T, list, mkStr } from "../src/lisp.js";
import { readFileSync } from "node:fs";
import { E, specbind, unbindTo } from "../src/env.js";
import { LispSignal } from "../src/signal.js";

let ready = false;
/** Creates the Lisp world once per test file (each test file runs in its own process). */
export function setup(): void {
  if (!ready) { createEnv(); ready = true; }
}

/** Makes a fundamental-mode buffer current, as GNU-generated expectations were made in a temporary buffer
 * (the standard syntax table) rather than in *scratch* (lisp-interaction-mode's). */
export function useFundamentalBuffer(): void {
  setup();
  funcall(E.intern("set-buffer"), funcall(E.intern("get-buffer-create"), mkStr(" *fundamental-test*")));
}

/** Reads and evaluates every form in SRC with lexical-binding t; returns the last value. */
export function evalLisp(src: string): LispObject {
  setup();
  let v: LispObject = T;
  for (const form of readAll(src)) v = evalForm(form, T);
  return v;
}

/** The prin1 representation of evaluating SRC, or "ERROR: (sym . data)" for a signal. */
export function printed(src: string): string {
  try {
    return prin1ToString(evalLisp(src));
  } catch (e) {
    if (e instanceof LispSignal) return "ERROR: " + prin1ToString(new Cons(e.sym, e.data));
    throw e;
  }
}

/** assertLisp("(nthcdr 1 '(1 2 3))", "(2 3)") */
export function assertLisp(src: string, expected: string): void {
  assert.equal(printed(src), expected, src);
}
/** assertLispError("(car 1)", "(wrong-type-argument listp 1)") */
export function assertLispError(src: string, expected: string): void {
  assert.equal(printed(src), "ERROR: " + expected, src);
}

/**
 * Runs test/data/NAME-cases.el form by form in one world and compares each result with the line GNU Emacs
 * printed for it (test/data/NAME-cases.expected, made by scripts/gen-cases.sh NAME), both printed with
 * print-escape-newlines t. Returns the mismatches.
 */
export function checkCaseFile(name: string): string[] {
  setup();
  const forms = readAll(readFileSync(`test/data/${name}-cases.el`, "utf8"));
  const expected = readFileSync(`test/data/${name}-cases.expected`, "utf8").split("\n");
  const escapeNewlines = E.intern("print-escape-newlines");
  const failures: string[] = [];
  // scripts/gen-cases.sh evaluates the forms in a temporary buffer (fundamental mode, the standard syntax
  // table), not in *scratch* (lisp-interaction-mode): so do these.
  const prev = funcall(E.intern("current-buffer"));
  const buf = funcall(E.intern("get-buffer-create"), mkStr(" *case-file*"));
  funcall(E.intern("set-buffer"), buf);
  try {
    checkForms(forms, expected, escapeNewlines, failures);
  } finally {
    funcall(E.intern("kill-buffer"), buf);
    if (funcall(E.intern("buffer-live-p"), prev) !== NIL) funcall(E.intern("set-buffer"), prev);
  }
  return failures;
}

function checkForms(forms: LispObject[], expected: string[], escapeNewlines: LSymbol, failures: string[]): void {
  forms.forEach((form, i) => {
    let value: LispObject;
    try {
      value = evalForm(form, T);
    } catch (e) {
      if (!(e instanceof LispSignal)) throw e;
      value = list(E.intern("ERR"), new Cons(e.sym, e.data));
    }
    const count = E.sp;
    specbind(escapeNewlines, T);
    let got: string;
    try { got = prin1ToString(value); } finally { unbindTo(count); }
    if (got !== expected[i]) failures.push(`${prin1ToString(form)}\n   want ${expected[i]}\n   got  ${got}`);
  });
}

/** Evaluates each [source, expected] case in order in this file's world; "!DATA" expects the error (DATA). */
export function checkGroup(cases: [string, string][]): void {
  const bad: string[] = [];
  for (const [src, want] of cases) {
    const expected = want.startsWith("!") ? "ERROR: " + want.slice(1) : want;
    const got = printed(src);
    if (got !== expected) bad.push(`${src}\n    want ${expected}\n    got  ${got}`);
  }
  assert.deepEqual(bad, []);
}

/** Runs [source, expected-printed] pairs from a JSON file made with GNU Emacs; returns the mismatches. */
export function checkJsonCases(file: string, minCount: number): string[] {
  setup();
  const cases: [string, string][] = JSON.parse(readFileSync(file, "utf8"));
  assert.ok(cases.length > minCount, `${file} has ${cases.length} cases`);
  const failures: string[] = [];
  for (const [src, want] of cases) {
    const got = printed(src);
    if (got !== want) failures.push(`${src}\n   want ${want}\n   got  ${got}`);
  }
  return failures;
}
