// Property tests of the gap buffer (src/text/gap-buffer.ts) against a naive model: an array of codes.
import { test } from "node:test";
import assert from "node:assert/strict";
import fc from "fast-check";
import { GapBuffer, decodeAt, encodeChar } from "../src/text/gap-buffer.js";

/** Encodes codes as a JS string in the tsmacs encoding. */
function enc(codes: number[]): string { return codes.map(encodeChar).join(""); }
function dec(s: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < s.length;) { const c = decodeAt(s, i); out.push(c); i += c >= 0x10000 ? 2 : 1; }
  return out;
}

// Characters from every width class: ASCII, Latin-1, BMP, astral, beyond Unicode, raw bytes. Lone
// surrogates are excluded from string round trips (the string encoding cannot tell them from pairs).
const charArb = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: 0, max: 0x7f }) },
  { weight: 2, arbitrary: fc.integer({ min: 0x80, max: 0xff }) },
  { weight: 2, arbitrary: fc.integer({ min: 0x100, max: 0xd7ff }) },
  { weight: 1, arbitrary: fc.integer({ min: 0x10000, max: 0x10ffff }) },
  // Beyond Unicode: the string encoding holds #x110000..#x20FF7F (lisp.ts's 20-bit extended index).
  { weight: 1, arbitrary: fc.integer({ min: 0x110000, max: 0x20ff7f }) },
  { weight: 1, arbitrary: fc.integer({ min: 0x3fff80, max: 0x3fffff }) },
  { weight: 3, arbitrary: fc.constant(10) },
);
const textArb = fc.array(charArb, { maxLength: 40 });

type Op =
  | { k: "ins"; at: number; codes: number[]; how: number }
  | { k: "del"; a: number; b: number }
  | { k: "set"; at: number; c: number };
const opArb: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ k: fc.constant("ins" as const), at: fc.nat(), codes: textArb, how: fc.integer({ min: 0, max: 3 }) }),
  fc.record({ k: fc.constant("del" as const), a: fc.nat(), b: fc.nat() }),
  fc.record({ k: fc.constant("set" as const), at: fc.nat(), c: charArb }),
);

function apply(gb: GapBuffer, model: number[], op: Op): void {
  const len = model.length;
  if (op.k === "ins") {
    const at = len === 0 ? 0 : op.at % (len + 1);
    switch (op.how) {
      case 0: gb.insert(at, enc(op.codes)); break;
      case 1: gb.insertCodes(at, op.codes); break;
      case 2: if (op.codes.length) gb.insertRepeat(at, op.codes[0], op.codes.length); break;
      default: for (let i = 0; i < op.codes.length; i++) gb.insertChar(at + i, op.codes[i]);
    }
    const ins = op.how === 2 ? op.codes.map(() => op.codes[0]) : op.codes;
    model.splice(at, 0, ...ins);
  } else if (op.k === "del") {
    if (len === 0) return;
    let a = op.a % (len + 1), b = op.b % (len + 1);
    if (a > b) [a, b] = [b, a];
    gb.delete(a, b);
    model.splice(a, b - a);
  } else {
    if (len === 0) return;
    const at = op.at % len;
    gb.setChar(at, op.c);
    model[at] = op.c;
  }
}

function check(gb: GapBuffer, model: number[]): void {
  assert.equal(gb.length, model.length);
  for (let i = 0; i < model.length; i++) assert.equal(gb.charAt(i), model[i], `charAt ${i}`);
  assert.deepEqual(dec(gb.slice(0, gb.length)), model);
  assert.deepEqual(Array.from(gb.codes(0, gb.length)), model);
}

test("random edit sequences keep the text equal to the model", () => {
  fc.assert(fc.property(fc.array(opArb, { maxLength: 60 }), (ops) => {
    const gb = new GapBuffer(4);
    const model: number[] = [];
    for (const op of ops) apply(gb, model, op);
    check(gb, model);
  }), { numRuns: 400 });
});

test("slices of any range match the model", () => {
  fc.assert(fc.property(fc.array(opArb, { maxLength: 30 }), fc.nat(), fc.nat(), (ops, x, y) => {
    const gb = new GapBuffer(2);
    const model: number[] = [];
    for (const op of ops) apply(gb, model, op);
    const n = model.length;
    let a = x % (n + 1), b = y % (n + 1);
    if (a > b) [a, b] = [b, a];
    assert.deepEqual(dec(gb.slice(a, b)), model.slice(a, b));
    assert.equal(gb.maxChar(a, b), model.slice(a, b).reduce((m, c) => Math.max(m, c), 0));
  }), { numRuns: 300 });
});

test("newline scans agree with the model in both directions", () => {
  fc.assert(fc.property(fc.array(opArb, { maxLength: 30 }), fc.nat(), fc.nat(), fc.integer({ min: 1, max: 5 }), (ops, x, y, n) => {
    const gb = new GapBuffer(8);
    const model: number[] = [];
    for (const op of ops) apply(gb, model, op);
    const len = model.length;
    let a = x % (len + 1), b = y % (len + 1);
    if (a > b) [a, b] = [b, a];
    const fwd = model.slice(a, b).indexOf(10);
    assert.equal(gb.indexOf(10, a, b), fwd < 0 ? -1 : a + fwd);
    const back = model.slice(a, b).lastIndexOf(10);
    assert.equal(gb.lastIndexOf(10, a, b), back < 0 ? -1 : a + back);
    const count = model.slice(a, b).filter((c) => c === 10).length;
    assert.equal(gb.count(10, a, b), count);
    // The n-th newline forward from a, before b.
    const positions = model.map((c, i) => (c === 10 && i >= a && i < b ? i : -1)).filter((i) => i >= 0);
    const f = gb.forwardOccurrences(10, a, b, n);
    if (positions.length >= n) assert.equal(f, positions[n - 1] + 1);
    else assert.equal(f, -(positions.length + 1));
    const r = gb.backwardOccurrences(10, b, a, n);
    if (positions.length >= n) assert.equal(r, positions[positions.length - n]);
    else assert.equal(r, -(positions.length + 1));
  }), { numRuns: 300 });
});

test("the representation widens only as needed and narrows when cleared", () => {
  const gb = new GapBuffer();
  gb.insert(0, "hello, world");
  assert.equal(gb.bytesPerChar, 1);
  gb.insert(5, "é");
  assert.equal(gb.bytesPerChar, 1);
  gb.insert(0, "€");
  assert.equal(gb.bytesPerChar, 2);
  gb.insertChar(1, 0x3fffff);
  assert.equal(gb.bytesPerChar, 4);
  assert.equal(gb.charAt(1), 0x3fffff);
  assert.equal(gb.slice(0, 3), "€" + encodeChar(0x3fffff) + "h");
  gb.clear();
  assert.equal(gb.length, 0);
  assert.equal(gb.bytesPerChar, 1);
});

test("long ASCII and Latin-1 insertions take the native copy path correctly", () => {
  const gb = new GapBuffer();
  const ascii = "The quick brown fox jumps over the lazy dog\n".repeat(10);
  const latin = "déjà vu, naïve café, ÿ\n".repeat(10);
  gb.insert(0, ascii);
  gb.insert(10, latin);
  const wide = "Ωmega ∑ ".repeat(5);
  gb.insert(3, wide);
  const model = ascii.slice(0, 3) + wide + ascii.slice(3, 10) + latin + ascii.slice(10);
  assert.equal(gb.slice(0, gb.length), model);
  assert.equal(gb.length, model.length);
  // Long ASCII and Latin-1 text into the now two-byte-wide store: the UTF-16 native copy.
  const more = ascii.slice(0, 40), moreLatin = latin.slice(0, 30);
  gb.insert(5, more, true);
  gb.insert(1, moreLatin);
  const model2 = model.slice(0, 1) + moreLatin + model.slice(1, 5) + more + model.slice(5);
  assert.equal(gb.slice(0, gb.length), model2);
});

test("raw bytes and characters beyond Unicode survive a round trip through strings", () => {
  const gb = new GapBuffer();
  const codes = [0x41, 0x3fff80, 0x3fffff, 0x110000, 0x20ff7f, 0x1f600, 0xe9];
  gb.insert(0, enc(codes));
  assert.deepEqual(Array.from(gb.codes(0, gb.length)), codes);
  assert.deepEqual(dec(gb.slice(0, gb.length)), codes);
  // The store itself holds every character; only the string form is limited.
  gb.insertCodes(0, [0x3fff7f, 0x300000]);
  assert.deepEqual(Array.from(gb.codes(0, 2)), [0x3fff7f, 0x300000]);
  assert.throws(() => gb.slice(0, 1), RangeError);
});

test("building a large text by repeated insertion stays linear", () => {
  const gb = new GapBuffer();
  const line = "0123456789abcdefghijklmnopqrstuvwxyz0123456789abcd\n";
  const t0 = performance.now();
  for (let i = 0; i < 100000; i++) gb.insert(gb.length, line);
  const ms = performance.now() - t0;
  assert.equal(gb.length, line.length * 100000);
  assert.equal(gb.count(10, 0, gb.length), 100000);
  assert.ok(ms < 2000, `5 MB of insertions took ${ms} ms`);
});
