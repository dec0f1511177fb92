// Shared test helpers: a fresh Lisp world per test file, and Lisp-in/Lisp-out assertions.
import assert from "node:assert/strict";
import { createEnv } from "../src/emacs.js";
import { evalForm } from "../src/eval.js";
import { readAll } from "../src/lread.js";
import { prin1ToString } from "../src/print.js";
import { Cons, LispObject, T } from "../src/lisp.js";
import { LispSignal } from "../src/signal.js";

let ready = false;
/** Creates the Lisp world once per test file (each test file runs in its own process). */
export function setup(): void {
  if (!ready) { createEnv(); ready = true; }
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
