// Fuzzing the evaluator: random forms built from special forms, primitives and odd literals must produce a
// value or a Lisp signal — never a JS exception, a hang or a crash (GNU: no counterpart; our safety net).
import { test } from "node:test";
import assert from "node:assert/strict";
import fc from "fast-check";
import { setup } from "./helpers.js";
import { readAll } from "../src/lread.js";
import { evalForm } from "../src/eval.js";
import { prin1ToString } from "../src/print.js";
import { T, NIL } from "../src/lisp.js";
import { LispSignal, LispThrow } from "../src/signal.js";
import { E } from "../src/env.js";

const atoms = ["nil", "t", "0", "1", "-1", "2.5", "most-positive-fixnum", "\"str\"", "'sym", "'(1 2)", "[1 2]",
  "x", "y", ":kw", "?a", "1.0e+INF", "0.0e+NaN", "'(a . b)", "(make-symbol \"u\")", "#'car", "(lambda (a) a)"];
const heads = ["if", "cond", "and", "or", "progn", "prog1", "setq", "let", "let*", "catch", "throw", "condition-case",
  "unwind-protect", "quote", "function", "car", "cdr", "cons", "list", "+", "-", "*", "/", "<", "=", "eq", "equal",
  "funcall", "apply", "length", "nth", "aref", "concat", "format", "signal", "error", "not", "null", "mapcar",
  "symbol-value", "set", "eval", "lambda", "when", "unless", "dolist", "dotimes", "nreverse", "vector", "1+", "max"];

const form: fc.Arbitrary<string> = fc.letrec((tie) => ({
  node: fc.oneof({ depthSize: "small", withCrossShrink: true },
    fc.constantFrom(...atoms),
    fc.tuple(fc.constantFrom(...heads), fc.array(tie("node"), { maxLength: 4 })).map(([h, args]) => `(${h} ${args.join(" ")})`),
    fc.array(tie("node"), { maxLength: 3 }).map((xs) => `(let ((x ${xs[0] ?? 1}) (y ${xs[1] ?? 2})) ${xs[2] ?? "x"})`)),
})).node;

test("random forms evaluate to a value or a Lisp signal", () => {
  setup();
  fc.assert(fc.property(form, (src) => {
    const [f] = readAll(src);
    const depth = E.depth, sp = E.sp, hn = E.hn;
    try {
      const v = evalForm(f, T);
      prin1ToString(v);
    } catch (e) {
      if (!(e instanceof LispSignal || e instanceof LispThrow)) {
        throw new Error(`JS exception for ${src}: ${e instanceof Error ? e.stack : String(e)}`);
      }
    }
    // Whatever happened, the evaluator's stacks are back where they were.
    assert.deepEqual([E.depth, E.sp, E.hn], [depth, sp, hn], src);
    return true;
  }), { numRuns: 3000, seed: 42 });
});

test("the reader never throws a JS exception on random text", () => {
  setup();
  fc.assert(fc.property(fc.string({ maxLength: 40 }), (s) => {
    try { readAll(s); } catch (e) {
      if (!(e instanceof LispSignal)) throw new Error(`JS exception reading ${JSON.stringify(s)}: ${String(e)}`);
    }
    return true;
  }), { numRuns: 3000, seed: 7 });
});
void NIL;
