// Property tests of src/hashtable.ts against a naive model: a slot array searched linearly with the
// test's own equality, and GNU's free-slot order (the most recently freed slot is reused first).
import { test } from "node:test";
import assert from "node:assert/strict";
import fc from "fast-check";
import { setup } from "./helpers.js";
import {
  Cons, defsym, LFloat, LispObject, list, LString, LSymbol, NIL, Subr, T, UNBOUND,
} from "../src/lisp.js";
import { HashTable, hashTestEq, hashTestEql, hashTestEqual, HashTest, TestKind } from "../src/hashtable.js";
import { eql, equal, sxhashEqual } from "../src/fns.js";
import { LispSignal } from "../src/signal.js";

setup();

/** A naive hash table: linear search, GNU's slot allocation and growth. */
class Model {
  keys: LispObject[] = [];
  vals: LispObject[] = [];
  holes: number[] = [];
  count = 0;
  constructor(readonly same: (a: LispObject, b: LispObject) => boolean, public size: number, readonly grow: (n: number) => number) {
    if (this.size === 0) this.size = 1;
  }
  find(k: LispObject): number {
    for (let i = 0; i < this.keys.length; i++) if (this.keys[i] !== UNBOUND && (this.keys[i] === k || this.same(k, this.keys[i]))) return i;
    return -1;
  }
  get(k: LispObject): LispObject { const i = this.find(k); return i < 0 ? NIL : this.vals[i]; }
  put(k: LispObject, v: LispObject): void {
    const i = this.find(k);
    if (i >= 0) { this.vals[i] = v; return; }
    let slot: number;
    if (this.holes.length) slot = this.holes.pop()!;
    else { if (this.keys.length === this.size) this.size = this.grow(this.size); slot = this.keys.length; }
    this.keys[slot] = k; this.vals[slot] = v; this.count++;
  }
  remove(k: LispObject): void {
    const i = this.find(k);
    if (i < 0) return;
    this.keys[i] = UNBOUND; this.vals[i] = NIL; this.holes.push(i); this.count--;
  }
  clear(): void {
    if (this.count === 0) return;
    this.keys = []; this.vals = []; this.holes = []; this.count = 0;
  }
  entries(): LispObject[] {
    const out: LispObject[] = [];
    for (let i = 0; i < this.keys.length; i++) if (this.keys[i] !== UNBOUND) out.push(this.keys[i], this.vals[i]);
    return out;
  }
}

// A small pool of keys so that operations collide often. Fresh objects are built on every draw, so eq
// tables see distinct-but-equal keys while eql/equal tables see them as the same key.
const syms = ["a", "b", "c"].map((n) => defsym(n));
const NAN_BITS = new Float64Array(new Uint32Array([0, 0xfff80000]).buffer)[0];
const keyArb: fc.Arbitrary<() => LispObject> = fc.oneof(
  fc.integer({ min: -3, max: 3 }).map((n) => () => n),
  fc.constantFrom(2n ** 70n, -(2n ** 70n)).map((b) => () => b),
  fc.constantFrom(0, -0, 1.5, NaN, NAN_BITS, -2.5).map((x) => () => new LFloat(x)),
  fc.constantFrom(0, 1, 2).map((i) => () => syms[i]),
  fc.constantFrom("", "a", "é", "\xe9", "𝄞").chain((s) => fc.boolean().map((mb) => () => new LString(s, mb || s === "𝄞"))),
  fc.constantFrom(0, 1).map((i) => () => (i ? list(1, new LString("x", false)) : new Cons(syms[0], 2))),
  fc.constantFrom(0, 1).map((i) => () => (i ? [1, [2]] as LispObject : [new LFloat(1)])),
);
/** Keys shared between draws, so that eq tables also see the same object again. */
const shared = [new LString("shared", false), list(1, 2), new LFloat(3.25), [syms[1]] as LispObject];
const anyKey = fc.oneof(keyArb, fc.constantFrom(0, 1, 2, 3).map((i) => () => shared[i]));

type Op = { op: "put"; k: () => LispObject; v: number } | { op: "get" | "rem"; k: () => LispObject } | { op: "clr" } | { op: "copy" };
const opArb: fc.Arbitrary<Op> = fc.oneof(
  { weight: 6, arbitrary: fc.record({ op: fc.constant("put" as const), k: anyKey, v: fc.integer({ min: 0, max: 99 }) }) },
  { weight: 3, arbitrary: fc.record({ op: fc.constant("get" as const), k: anyKey }) },
  { weight: 3, arbitrary: fc.record({ op: fc.constant("rem" as const), k: anyKey }) },
  { weight: 1, arbitrary: fc.constant({ op: "clr" as const }) },
  { weight: 1, arbitrary: fc.constant({ op: "copy" as const }) },
);

function runAgainstModel(test: HashTest, same: (a: LispObject, b: LispObject) => boolean, ops: Op[], size: number,
  rehash: number): void {
  let h = new HashTable(test, size, rehash);
  const grow = (n: number) => { const g = rehash < 0 ? n - rehash : Math.trunc(n * (rehash + 1)); return g > n ? g : n + 1; };
  const m = new Model(same, size, grow);
  for (const o of ops) {
    switch (o.op) {
      case "put": { const k = o.k(); h.put(k, o.v); m.put(k, o.v); break; }
      case "get": { const k = o.k(); assert.equal(h.get(k), m.get(k)); break; }
      case "rem": { const k = o.k(); h.remove(k); m.remove(k); break; }
      case "clr": h.clear(); m.clear(); break;
      case "copy": h = h.copy(); break;
    }
    assert.equal(h.count, m.count);
    assert.equal(h.size, m.size);
  }
  assert.deepEqual(h.entries(), m.entries());
  // Every key the model holds is found again through the index.
  const e = m.entries();
  for (let i = 0; i < e.length; i += 2) assert.equal(h.get(e[i], T), e[i + 1]);
}

const sizes = fc.integer({ min: 0, max: 6 });
const rehashes = fc.constantFrom(0.5, -1, -3, Math.fround(0.3));

test("eq tables agree with a linear-search model, including GNU's slot order and growth", () => {
  fc.assert(fc.property(fc.array(opArb, { minLength: 5, maxLength: 80, size: "max" }), sizes, rehashes, (ops, size, r) => {
    runAgainstModel(hashTestEq, (a, b) => a === b, ops, size, r);
  }), { numRuns: 300 });
});

test("eql tables agree with the model (floats by bits, bignums by value)", () => {
  fc.assert(fc.property(fc.array(opArb, { minLength: 5, maxLength: 80, size: "max" }), sizes, rehashes, (ops, size, r) => {
    runAgainstModel(hashTestEql, eql, ops, size, r);
  }), { numRuns: 300 });
});

test("equal tables agree with the model (strings, conses, vectors, floats)", () => {
  fc.assert(fc.property(fc.array(opArb, { minLength: 5, maxLength: 80, size: "max" }), sizes, rehashes, (ops, size, r) => {
    runAgainstModel(hashTestEqual, equal, ops, size, r);
  }), { numRuns: 300 });
});

/** Many keys, so that the index grows and its chains get long: fixnums in arithmetic progressions of the
 * bucket counts (13, 29, ...), large numbers sharing their low 32 bits, and fresh short lists. */
const manyKeys: fc.Arbitrary<() => LispObject> = fc.oneof(
  fc.integer({ min: -300, max: 300 }).map((n) => () => n),
  fc.integer({ min: 0, max: 40 }).chain((i) => fc.constantFrom(13, 29, 59, 127).map((p) => () => i * p)),
  fc.integer({ min: 0, max: 5 }).map((i) => () => i * 2 ** 32 + 7),
  fc.tuple(fc.integer({ min: 0, max: 9 }), fc.integer({ min: 0, max: 9 })).map(([a, b]) => () => list(a, b)),
  fc.integer({ min: 0, max: 30 }).map((i) => () => new LString("k" + i, false)),
);
const manyOps: fc.Arbitrary<Op> = fc.oneof(
  { weight: 8, arbitrary: fc.record({ op: fc.constant("put" as const), k: manyKeys, v: fc.integer({ min: 0, max: 99 }) }) },
  { weight: 3, arbitrary: fc.record({ op: fc.constant("get" as const), k: manyKeys }) },
  { weight: 4, arbitrary: fc.record({ op: fc.constant("rem" as const), k: manyKeys }) },
  { weight: 1, arbitrary: fc.constant({ op: "copy" as const }) },
);

test("large tables with long collision chains agree with the model (eq, eql, equal)", () => {
  fc.assert(fc.property(fc.array(manyOps, { minLength: 50, maxLength: 400 }), sizes, (ops, size) => {
    runAgainstModel(hashTestEq, (a, b) => a === b, ops, size, 0.5);
    runAgainstModel(hashTestEql, eql, ops, size, -3);
    runAgainstModel(hashTestEqual, equal, ops, size, 0.5);
  }), { numRuns: 60 });
});

/** A Subr wrapping a JS function, usable wherever Lisp expects a function object. */
function jsFn(name: string, fn: (...a: LispObject[]) => LispObject, arity: number): Subr {
  return new Subr(name, arity, arity, fn, "", "", undefined);
}

test("user-defined tests call the hash and comparison functions and agree with the model", () => {
  // Keys compared modulo 3 for integers, by `equal' otherwise; the hash is consistent with that.
  const norm = (x: LispObject): LispObject => (typeof x === "number" ? ((x % 3) + 3) % 3 : x);
  const cmp = jsFn("cmp", (a, b) => (equal(norm(a), norm(b)) ? T : NIL), 2);
  const hash = jsFn("hash", (a) => (typeof a === "number" ? norm(a) : new LString(String(sxhashEqual(a)), false)), 1);
  const test = new HashTest(defsym("mod3"), TestKind.User, cmp, hash);
  fc.assert(fc.property(fc.array(opArb, { minLength: 5, maxLength: 60, size: "max" }), sizes, (ops, size) => {
    runAgainstModel(test, (a, b) => equal(norm(a), norm(b)), ops, size, 0.5);
  }), { numRuns: 200 });
});

test("a user test function that modifies its table signals GNU's error", () => {
  let h: HashTable | null = null;
  const cmp = jsFn("cmp", (a, b) => (a === b ? T : NIL), 2);
  const hash = jsFn("hash", () => { h!.put(99, 1); return 0; }, 1);
  h = new HashTable(new HashTest(defsym("bad"), TestKind.User, cmp, hash));
  assert.throws(() => h!.put(1, 2), (e: unknown) => e instanceof LispSignal && e.sym.name === "error"
    && e.data instanceof Cons && (e.data.car as LString).s === "hash table test modifies table");
  // The table is usable again afterwards.
  assert.equal(h.mutable, true);
});

test("maphash order: entries added during iteration in fresh slots are visited", () => {
  const h = new HashTable(hashTestEql, 4);
  h.put(1, 1); h.put(2, 2);
  const seen: LispObject[] = [];
  h.forEach((k) => { seen.push(k); if (k === 1) { h.put(3, 3); h.put(4, 4); h.put(5, 5); } });
  assert.deepEqual(seen, [1, 2, 3, 4, 5]);
  assert.equal(h.size, 6);
});

test("rehash rebuilds the index after keys are replaced in place", () => {
  const h = new HashTable(hashTestEqual);
  const placeholder = new Cons(NIL, NIL);
  h.put(placeholder, 1);
  h.keys[0] = new LString("real", false);
  h.rehash();
  assert.equal(h.get(new LString("real", false)), 1);
  assert.equal(h.get(placeholder), NIL);
});

test("GNU's reported parameters: rehash size as a float or increment, threshold as a C float", () => {
  const h = new HashTable(hashTestEq, 10, Math.fround(1.3 - 1), Math.fround(0.9));
  assert.equal((h.rehashSizeValue as LFloat).n, 1.300000011920929);
  assert.equal((h.rehashThresholdValue as LFloat).n, 0.8999999761581421);
  assert.equal(new HashTable(hashTestEq, 10, -7).rehashSizeValue, 7);
  assert.ok(syms[0] instanceof LSymbol);
});

test("large tables stay fast: 200k string keys in an equal table", () => {
  const h = new HashTable(hashTestEqual);
  const t0 = Date.now();
  for (let i = 0; i < 200000; i++) h.put(new LString("key" + i, false), i);
  for (let i = 0; i < 200000; i++) assert.equal(h.get(new LString("key" + i, false)), i);
  assert.equal(h.count, 200000);
  assert.ok(Date.now() - t0 < 5000, "200k puts and gets took too long");
});
