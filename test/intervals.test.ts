// Property tests of the interval structure (src/text/intervals.ts, GNU: intervals.c) against a naive model
// that stores one property list per character.
import { test } from "node:test";
import assert from "node:assert/strict";
import fc from "fast-check";
import { Intervals, StickyOps } from "../src/text/intervals.js";

/** A toy property list: values of `a` and `b`, plus stickiness flags like front-sticky/rear-nonsticky. */
interface P { a?: number; b?: number; fs?: boolean; rn?: boolean }
const EMPTY: P = Object.freeze({});
const KEYS = ["a", "b", "fs", "rn"] as const;
const eq = (x: P, y: P): boolean => KEYS.every((k) => x[k] === y[k]);
const copy = (p: P): P => ({ ...p });
const isEmpty = (p: P): boolean => KEYS.every((k) => p[k] === undefined);

/** Stickiness in the spirit of GNU's: values stick to the left unless it is rear-nonsticky; a
 * front-sticky right neighbour gives what the left one does not. */
const sticky: StickyOps<P> = {
  splitInside: (p) => !!p.rn || !!p.fs,
  merge(l, r) {
    const out: P = {};
    for (const k of ["a", "b"] as const) {
      if (l[k] !== undefined && !l.rn) out[k] = l[k];
      else if (r[k] !== undefined && r.fs) out[k] = r[k];
    }
    return out;
  },
  equal: eq,
};

const plistArb: fc.Arbitrary<P> = fc.record(
  { a: fc.integer({ min: 0, max: 2 }), b: fc.integer({ min: 0, max: 2 }), fs: fc.constant(true), rn: fc.constant(true) },
  { requiredKeys: [] },
);
const runsArb = fc.array(fc.tuple(fc.integer({ min: 1, max: 5 }), plistArb), { minLength: 1, maxLength: 6 });

/** Per-character lists of a structure, checking its invariants on the way. */
function chars(t: Intervals<P>): P[] {
  t.check();
  const out: P[] = [];
  for (const [s, e, p] of t.runs()) for (let k = s; k < e; k++) out.push(p);
  return out;
}
function modelOf(runs: [number, P][]): P[] {
  const out: P[] = [];
  for (const [n, p] of runs) for (let k = 0; k < n; k++) out.push(p);
  return out;
}
function assertSame(got: P[], want: P[]): void {
  assert.equal(got.length, want.length, "length");
  got.forEach((p, k) => assert.ok(eq(p, want[k]), `char ${k}: ${JSON.stringify(p)} vs ${JSON.stringify(want[k])}`));
}

type Op =
  | { kind: "add"; s: number; e: number; key: "a" | "b"; val: number }
  | { kind: "remove"; s: number; e: number; key: "a" | "b" }
  | { kind: "set"; s: number; e: number; p: P }
  | { kind: "insert"; pos: number; n: number }
  | { kind: "delete"; s: number; e: number };

const opArb: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constant("add" as const), s: fc.nat(40), e: fc.nat(40), key: fc.constantFrom("a" as const, "b" as const), val: fc.integer({ min: 0, max: 2 }) }),
  fc.record({ kind: fc.constant("remove" as const), s: fc.nat(40), e: fc.nat(40), key: fc.constantFrom("a" as const, "b" as const) }),
  fc.record({ kind: fc.constant("set" as const), s: fc.nat(40), e: fc.nat(40), p: plistArb }),
  fc.record({ kind: fc.constant("insert" as const), pos: fc.nat(40), n: fc.integer({ min: 1, max: 4 }) }),
  fc.record({ kind: fc.constant("delete" as const), s: fc.nat(40), e: fc.nat(40) }),
);

/** Applies OP to both the structure and the model; returns the new structure (null: no text left). */
function apply(t: Intervals<P>, model: P[], op: Op): Intervals<P> | null {
  const total = model.length;
  if (op.kind === "insert") {
    const pos = op.pos % (total + 1);
    const left = pos > 0 ? model[pos - 1] : EMPTY, right = pos < total ? model[pos] : EMPTY;
    const p = sticky.merge(left, right);
    model.splice(pos, 0, ...Array.from({ length: op.n }, () => p));
    t.insert(pos, op.n, sticky, EMPTY);
    return t;
  }
  let s = op.s % (total + 1), e = op.e % (total + 1);
  if (s > e) [s, e] = [e, s];
  if (s === e) return t;
  switch (op.kind) {
    case "add": {
      const needs = (p: P): boolean => p[op.key] !== op.val;
      for (let k = s; k < e; k++) if (needs(model[k])) model[k] = { ...model[k], [op.key]: op.val };
      const i = t.firstNeeding(s, e - s, needs, copy);
      if (i >= 0) t.changeUntil(i, e, needs, (j) => t.setPlist(j, { ...t.plist(j), [op.key]: op.val }), copy);
      return t;
    }
    case "remove": {
      const needs = (p: P): boolean => p[op.key] !== undefined;
      const strip = (p: P): P => { const q = { ...p }; delete q[op.key]; return q; };
      for (let k = s; k < e; k++) model[k] = strip(model[k]);
      const i = t.firstNeeding(s, e - s, needs, copy);
      if (i >= 0) t.changeUntil(i, e, needs, (j) => t.setPlist(j, strip(t.plist(j))), copy);
      return t;
    }
    case "set":
      for (let k = s; k < e; k++) model[k] = op.p;
      t.setRange(s, e - s, (j) => t.setPlist(j, copy(op.p)), copy, EMPTY);
      return t;
    case "delete":
      model.splice(s, e - s);
      return t.delete(s, e - s) ? t : null;
  }
}

test("edits keep every character's properties as a per-character model says", () => {
  fc.assert(fc.property(runsArb, fc.array(opArb, { maxLength: 25 }), (runs, ops) => {
    let t: Intervals<P> | null = Intervals.fromRuns(runs);
    const model = modelOf(runs);
    for (const op of ops) {
      t = apply(t, model, op);
      if (t === null) { assert.equal(model.length, 0); return; }
      assertSame(chars(t), model);
    }
  }), { numRuns: 600 });
});

test("range walks report whether any run needed a change, and never split runs that did not", () => {
  fc.assert(fc.property(runsArb, fc.nat(30), fc.nat(30), (runs, a, b) => {
    const t = Intervals.fromRuns(runs);
    const before = t.runs().map(([s, e]) => `${s}-${e}`).join(",");
    const n = t.total;
    let s = a % (n + 1), e = b % (n + 1);
    if (s > e) [s, e] = [e, s];
    if (s === e) return;
    // A change nobody needs leaves the layout alone.
    assert.equal(t.firstNeeding(s, e - s, () => false, copy), -1);
    assert.equal(t.runs().map(([x, y]) => `${x}-${y}`).join(","), before);
  }));
});

test("slices copy the runs of a stretch, or answer null well inside an empty run", () => {
  fc.assert(fc.property(runsArb, fc.nat(30), fc.nat(30), (runs, a, b) => {
    const t = Intervals.fromRuns(runs);
    const model = modelOf(runs);
    let s = a % (model.length + 1), e = b % (model.length + 1);
    if (s > e) [s, e] = [e, s];
    const sl = t.slice(s, e - s, copy, isEmpty);
    if (sl === null) assert.ok(e === s || model.slice(s, e).every(isEmpty));
    else {
      assertSame(chars(sl), model.slice(s, e));
      // The copies are fresh objects: changing them leaves the original alone.
      sl.plist(0).a = 99;
      assert.notEqual(t.plist(t.find(s)).a, 99);
    }
  }));
});

test("grafting lays a source's runs over inserted text, merging with INHERIT", () => {
  fc.assert(fc.property(runsArb, runsArb, fc.nat(40), fc.boolean(), (runs, src, p, inherit) => {
    const t = Intervals.fromRuns(runs);
    const model = modelOf(runs);
    const source = Intervals.fromRuns(src);
    const pos = p % (model.length + 1);
    const n = source.total;
    t.insert(pos, n, sticky, EMPTY);
    const left = pos > 0 ? model[pos - 1] : EMPTY, right = pos < model.length ? model[pos] : EMPTY;
    const inherited = sticky.merge(left, right);
    const mergeInto = (x: P, y: P): P => ({ ...x, ...y });
    t.graft(source, pos, inherit, copy, mergeInto);
    const srcChars = modelOf(src);
    model.splice(pos, 0, ...srcChars.map((c) => (inherit ? mergeInto(c, inherited) : c)));
    assertSame(chars(t), model);
  }));
});

test("next and previous change searches find the first run that differs, within the limit", () => {
  fc.assert(fc.property(runsArb, fc.nat(40), fc.nat(40), (runs, p, l) => {
    const t = Intervals.fromRuns(runs);
    const model = modelOf(runs);
    const n = model.length;
    const pos = p % n;
    const limit = l % (n + 2);
    const here = model[pos];
    const i = t.find(pos);
    let want = -1;
    for (let q = pos + 1; q < n && q < limit; q++) if (!eq(model[q], here)) { want = q; break; }
    assert.equal(t.nextChange(i, (x) => !eq(x, here), limit), want);
    let wantPrev = -1;
    for (let q = pos; q > limit && q > 0; q--) if (!eq(model[q - 1], here)) { wantPrev = q; break; }
    assert.equal(t.previousChange(i, (x) => !eq(x, here), limit), wantPrev);
  }));
});

test("insertion inside a run that sticks extends it; at a boundary the new text is carved out", () => {
  const t = Intervals.fromRuns<P>([[3, { a: 1 }], [2, { b: 1, fs: true }]]);
  t.insert(1, 2, sticky, EMPTY);
  assert.deepEqual(t.runs().map(([s, e]) => [s, e]), [[0, 5], [5, 7]]);
  // At the boundary the left run's `a` sticks; `b` comes from the front-sticky right run: a new run.
  t.insert(5, 1, sticky, EMPTY);
  assert.deepEqual(t.runs(), [[0, 5, { a: 1 }], [5, 6, { a: 1, b: 1 }], [6, 8, { b: 1, fs: true }]]);
  // Deleting a whole run removes it without merging its neighbours.
  assert.ok(t.delete(5, 1));
  assert.deepEqual(t.runs().map(([s, e]) => [s, e]), [[0, 5], [5, 7]]);
  assert.equal(t.delete(0, 7), false);
});
