// Tests for char-tables (GNU: chartab.c): GNU's own results for the primitives, and model-based checks of storage.
import { test } from "node:test";
import assert from "node:assert/strict";
import fc from "fast-check";
import { assertLisp, assertLispError, checkCaseFile, setup } from "./helpers.js";
import {
  CharTable, charTableFromSlots, charTableGet, charTableSet, charTableSetRange, charTableSlots, makeCharTable,
  mapCharTable, optimizeCharTable, subCharTableFromSlots,
} from "../src/chartab.js";
import { Cons, LispObject, MAX_CHAR, NIL } from "../src/lisp.js";
import { LispSignal } from "../src/signal.js";

setup();

test("char-table primitives agree with GNU Emacs 28.2 (test/data/chartab-cases.el)", () => {
  assert.deepEqual(checkCaseFile("chartab"), []);
});

test("make-char-table fills every slot, default and extra slots included, with INIT", () => {
  assertLisp("(progn (put 'ct-test 'char-table-extra-slots 2) (let ((ct (make-char-table 'ct-test 7))) (list (char-table-range ct nil) (char-table-extra-slot ct 1) (aref ct 1000))))", "(7 7 7)");
  assertLispError("(make-char-table 'foo 1 2)", "(wrong-number-of-arguments make-char-table 3)");
});

test("map-char-table passes one shared range cons, as GNU does", () => {
  assertLisp("(let ((ct (make-char-table 'foo)) l) (set-char-table-range ct '(65 . 70) 1) (set-char-table-range ct '(300 . 400) 2) (map-char-table (lambda (k v) (push k l)) ct) (eq (car l) (cadr l)))", "t");
});

/** A random sequence of range assignments, applied to a char-table and to a plain array model. */
const opsArb = fc.array(fc.record({
  from: fc.oneof(fc.integer({ min: 0, max: 300 }), fc.integer({ min: 0, max: 0x20000 }), fc.integer({ min: 0, max: MAX_CHAR })),
  len: fc.oneof(fc.integer({ min: 0, max: 5 }), fc.integer({ min: 0, max: 70000 })),
  val: fc.integer({ min: 0, max: 3 }),
}), { maxLength: 12 });

/** The table after OPS, the value the last covering op gives each character, and characters worth probing. */
function applyOps(ops: { from: number; len: number; val: number }[]): [CharTable, (c: number) => LispObject, number[]] {
  const ct = makeCharTable(NIL, NIL);
  const ranges = ops.map(({ from, len, val }) => ({ from, to: Math.min(from + len, MAX_CHAR), v: val === 0 ? NIL : val as LispObject }));
  for (const { from, to, v } of ranges) {
    if (from === to) charTableSet(ct, from, v); else charTableSetRange(ct, from, to, v);
  }
  const model = (c: number): LispObject => {
    for (let i = ranges.length - 1; i >= 0; i--) if (ranges[i].from <= c && c <= ranges[i].to) return ranges[i].v;
    return NIL;
  };
  const probes = [0, 127, 128, MAX_CHAR];
  for (const { from, to } of ranges) {
    for (const c of [from - 1, from, from + 1, Math.floor((from + to) / 2), to - 1, to, to + 1]) if (c >= 0 && c <= MAX_CHAR) probes.push(c);
  }
  return [ct, model, probes];
}

test("charTableGet returns what charTableSet/charTableSetRange stored", () => {
  fc.assert(fc.property(opsArb, (ops) => {
    const [ct, model, probes] = applyOps(ops);
    for (const c of probes) assert.equal(charTableGet(ct, c), model(c), `char ${c}`);
  }), { numRuns: 200 });
});

test("map-char-table covers exactly the non-nil characters, each run with one value", () => {
  fc.assert(fc.property(opsArb, (ops) => {
    const [ct] = applyOps(ops);
    let last = -1;
    mapCharTable((key, val) => {
      const [from, to] = key instanceof Cons ? [key.car as number, key.cdr as number] : [key as number, key as number];
      assert.ok(from > last && to >= from, "runs are ascending and disjoint");
      assert.notEqual(val, NIL);
      for (const c of [from, to, Math.floor((from + to) / 2)]) assert.equal(charTableGet(ct, c), val);
      // Gaps between runs hold nil.
      if (from > last + 1) assert.equal(charTableGet(ct, last + 1), NIL);
      last = to;
    }, ct);
    if (last < MAX_CHAR) assert.equal(charTableGet(ct, MAX_CHAR), NIL);
  }), { numRuns: 100 });
});

test("optimize-char-table keeps every value", () => {
  fc.assert(fc.property(opsArb, (ops) => {
    const [ct, model, probes] = applyOps(ops);
    optimizeCharTable(ct, NIL);
    for (const c of probes) assert.equal(charTableGet(ct, c), model(c), `char ${c}`);
  }), { numRuns: 100 });
});

test("the reader's constructors rebuild a table from its printed slots, with GNU's errors", () => {
  const ct = makeCharTable(NIL, NIL);
  charTableSetRange(ct, 100, 5000, 9);
  const copy = charTableFromSlots(charTableSlots(ct));
  assert.equal(charTableGet(copy, 4000), 9);
  assert.equal(charTableGet(copy, 99), NIL);
  const msg = (f: () => unknown): string => {
    try { f(); return "no error"; } catch (e) { return ((e as LispSignal).data as Cons).car.toString(); }
  };
  assert.equal(msg(() => charTableFromSlots([NIL])), "Invalid size char-table");
  assert.equal(msg(() => subCharTableFromSlots([])), "Zero-sized sub char-table");
  assert.equal(msg(() => subCharTableFromSlots([4, 0])), "Invalid depth in sub char-table");
  assert.equal(msg(() => subCharTableFromSlots([3, 0, NIL])), "Invalid size in sub char-table");
  const slots: LispObject[] = [3, -1, ...new Array(128).fill(NIL)];
  assert.equal(msg(() => subCharTableFromSlots(slots)), "Invalid minimum character in sub-char-table");
  assert.equal(subCharTableFromSlots([3, 128, ...new Array(128).fill(5)]).contents[0], 5);
});
