// Property tests of a gap buffer cut into many chunks (src/text/gap-buffer.ts with a tiny chunk limit) against an array model.
import { test } from "node:test";
import assert from "node:assert/strict";
import fc from "fast-check";
import { GapBuffer, GapText, decodeAt, encodeChar } from "../src/text/gap-buffer.js";

const enc = (codes: number[]): string => codes.map(encodeChar).join("");
function dec(s: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < s.length;) { const c = decodeAt(s, i); out.push(c); i += c >= 0x10000 ? 2 : 1; }
  return out;
}

// Mostly ASCII and newlines (so that scans find things), with every width class represented.
const charArb = fc.oneof(
  { weight: 8, arbitrary: fc.integer({ min: 0x20, max: 0x7f }) },
  { weight: 3, arbitrary: fc.constant(10) },
  { weight: 1, arbitrary: fc.integer({ min: 0x80, max: 0xff }) },
  { weight: 1, arbitrary: fc.integer({ min: 0x100, max: 0xd7ff }) },
  { weight: 1, arbitrary: fc.integer({ min: 0x10000, max: 0x10ffff }) },
  { weight: 1, arbitrary: fc.integer({ min: 0x3fff80, max: 0x3fffff }) },
);
type Op = { k: 0 | 1 | 2 | 3 | 4; at: number; at2: number; codes: number[] };
const opArb: fc.Arbitrary<Op> = fc.record({
  k: fc.constantFrom(0, 1, 2, 3, 4) as fc.Arbitrary<0 | 1 | 2 | 3 | 4>, at: fc.nat(), at2: fc.nat(),
  codes: fc.array(charArb, { maxLength: 30 }),
});

/** Applies OP to the buffer and the model: string, codes, char-by-char and repeated insertion, deletion, setChar. */
function apply(gb: GapBuffer, model: number[], op: Op): void {
  const len = model.length;
  const at = op.at % (len + 1);
  switch (op.k) {
    case 0: gb.insert(at, enc(op.codes)); model.splice(at, 0, ...op.codes); break;
    case 1: gb.insertCodes(at, op.codes); model.splice(at, 0, ...op.codes); break;
    case 2: for (let i = 0; i < op.codes.length; i++) gb.insertChar(at + i, op.codes[i]); model.splice(at, 0, ...op.codes); break;
    case 3: {
      let a = at, b = op.at2 % (len + 1);
      if (a > b) [a, b] = [b, a];
      gb.delete(a, b); model.splice(a, b - a);
      break;
    }
    default:
      if (len > 0 && op.codes.length > 0) { gb.setChar(op.at % len, op.codes[0]); model[op.at % len] = op.codes[0]; }
  }
}

test("a text of many small chunks behaves like one array under random edits", () => {
  fc.assert(fc.property(fc.integer({ min: 2, max: 9 }), fc.array(opArb, { maxLength: 50 }), fc.nat(), fc.nat(),
    (limit, ops, x, y) => {
      const gb = new GapBuffer(4, limit);
      const model: number[] = [];
      for (const op of ops) apply(gb, model, op);
      const n = model.length;
      assert.equal(gb.length, n);
      for (let i = 0; i < n; i++) assert.equal(gb.charAt(i), model[i]);
      // Backwards too: the cursor must follow reads in any order.
      for (let i = n - 1; i >= 0; i--) assert.equal(gb.charAt(i), model[i]);
      let a = x % (n + 1), b = y % (n + 1);
      if (a > b) [a, b] = [b, a];
      const part = model.slice(a, b);
      assert.deepEqual(dec(gb.slice(a, b)), part);
      assert.deepEqual(Array.from(gb.codes(a, b)), part);
      assert.equal(gb.maxChar(a, b), part.reduce((m, c) => Math.max(m, c), 0));
      assert.equal(gb.isBmp(a, b), part.every((c) => c <= 0xffff));
      const fwd = part.indexOf(10), back = part.lastIndexOf(10);
      assert.equal(gb.indexOf(10, a, b), fwd < 0 ? -1 : a + fwd);
      assert.equal(gb.lastIndexOf(10, a, b), back < 0 ? -1 : a + back);
      assert.equal(gb.count(10, a, b), part.filter((c) => c === 10).length);
      const positions = model.map((c, i) => (c === 10 && i >= a && i < b ? i : -1)).filter((i) => i >= 0);
      for (let k = 1; k <= 3; k++) {
        const f = gb.forwardOccurrences(10, a, b, k);
        assert.equal(f, positions.length >= k ? positions[k - 1] + 1 : -(positions.length + 1));
        const r = gb.backwardOccurrences(10, b, a, k);
        assert.equal(r, positions.length >= k ? positions[positions.length - k] : -(positions.length + 1));
      }
      const table = new Uint8Array(128); table[0x61] = 1; // 'a'
      const hit = part.findIndex((c) => c >= 128 || c === 0x61);
      assert.equal(gb.findAscii(table, a, b), hit < 0 ? -1 : a + hit);
      const view = new GapText(gb, a, b - a, false);
      assert.equal(view.findAscii(table, 0, b - a), hit);
      for (let i = 0; i < b - a; i++) assert.equal(view.charAt(i), part[i]);
    }), { numRuns: 500 });
});

test("large insertions are cut into chunks and read back whole", () => {
  const gb = new GapBuffer(32, 64);
  const line = "line of text, the quick brown fox\n";
  let model = "";
  for (let i = 0; i < 200; i++) { gb.insert(gb.length, line); model += line; }
  gb.insert(1000, "é€" + "x".repeat(500));
  model = model.slice(0, 1000) + "é€" + "x".repeat(500) + model.slice(1000);
  assert.equal(gb.slice(0, gb.length), model);
  assert.equal(gb.count(10, 0, gb.length), 200);
  gb.delete(10, gb.length - 10);
  assert.equal(gb.slice(0, gb.length), model.slice(0, 10) + model.slice(model.length - 10));
  gb.delete(0, gb.length);
  assert.equal(gb.length, 0);
  assert.equal(gb.bytesPerChar, 1);
});

test("byte insertion (file reading) and repeated characters split into chunks of the source's width", () => {
  const gb = new GapBuffer(8, 16);
  const bytes = Uint8Array.from({ length: 100 }, (_, i) => (i * 37) % 256);
  gb.insert(0, "€x");
  gb.insertBytes(1, bytes);
  gb.insertRepeat(50, 0x3fff80, 40);
  const model = [0x20ac, ...Array.from(bytes), 0x78];
  model.splice(50, 0, ...new Array(40).fill(0x3fff80));
  assert.deepEqual(Array.from(gb.codes(0, gb.length)), model);
  assert.deepEqual(dec(gb.slice(0, gb.length)), model);
  gb.reserve(3, 1000);
  gb.delete(5, 120);
  model.splice(5, 115);
  for (let i = 0; i < model.length; i++) assert.equal(gb.charAt(i), model[i]);
});
