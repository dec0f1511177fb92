// A gap buffer of character codes, knowing nothing of Lisp (GNU: the text half of buffer.h/insdel.c).
//
// Characters are code points 0..#x3FFFFF (Emacs characters, raw bytes #x3FFF80..#x3FFFFF included). The
// store starts as a Uint8Array and widens to Uint16Array, then Uint32Array, only when a character needs it:
// most text is Latin-1 and costs one byte per character. Positions are 0-based character indices.
//
// JS strings exchanged with the store use the encoding of tsmacs strings: one UTF-16 unit per BMP character,
// a surrogate pair per character up to U+10FFFF, and a *reversed* pair (low surrogate first) for the
// extended characters beyond Unicode (index 0..127 for raw bytes #x3FFF80.., then #x110000 upward).
import { Buffer as NodeBuffer } from "node:buffer";

export type CharArray = Uint8Array | Uint16Array | Uint32Array;

const MIN_GAP = 64;
/** Slices shorter than this are built with String.fromCharCode; longer ones through node's decoders. */
const SMALL_SLICE = 48;
const CHUNK = 8192;
// The character encoding of JS strings is shared with Lisp strings (chars.ts, itself Lisp-free).
import { BYTE8_FIRST, charToJs as encodeChar, jsCharAt as decodeAt } from "./chars.js";
export { encodeChar, decodeAt };

function widthFor(c: number): 1 | 2 | 4 { return c < 0x100 ? 1 : c < 0x10000 ? 2 : 4; }

function alloc(width: 1 | 2 | 4, n: number): CharArray {
  return width === 1 ? new Uint8Array(n) : width === 2 ? new Uint16Array(n) : new Uint32Array(n);
}

export class GapBuffer {
  private data: CharArray;
  private width: 1 | 2 | 4 = 1;
  private gapStart = 0;
  private gapEnd: number;

  constructor(initialCapacity = 32) {
    this.data = new Uint8Array(initialCapacity);
    this.gapEnd = initialCapacity;
  }

  /** Number of characters. */
  get length(): number { return this.data.length - (this.gapEnd - this.gapStart); }
  /** Index where the gap starts (for gap-position). */
  get gapPosition(): number { return this.gapStart; }
  get gapSize(): number { return this.gapEnd - this.gapStart; }
  /** Bytes per character of the current representation (1, 2 or 4). */
  get bytesPerChar(): number { return this.width; }

  /** Character at 0-based index I (caller guarantees 0 <= I < length). */
  charAt(i: number): number {
    return i < this.gapStart ? this.data[i] : this.data[i + this.gapEnd - this.gapStart];
  }

  /** Replaces the character at I by C. */
  setChar(i: number, c: number): void {
    if (c >= 1 << (8 * this.width)) this.widen(widthFor(c));
    if (i < this.gapStart) this.data[i] = c; else this.data[i + this.gapEnd - this.gapStart] = c;
  }

  // -------------------------------------------------------------------------------------------
  // Gap management.
  // -------------------------------------------------------------------------------------------
  private widen(w: 1 | 2 | 4): void {
    if (w <= this.width) return;
    const d = alloc(w, this.data.length);
    d.set(this.data.subarray(0, this.gapStart), 0);
    d.set(this.data.subarray(this.gapEnd), this.gapEnd);
    this.data = d;
    this.width = w;
  }

  private moveGap(pos: number): void {
    const gs = this.gapStart, ge = this.gapEnd;
    if (pos === gs) return;
    const d = this.data;
    if (pos < gs) {
      // Text [pos, gs) moves up to end at ge.
      d.copyWithin(ge - (gs - pos), pos, gs);
      this.gapStart = pos; this.gapEnd = ge - (gs - pos);
    } else {
      // Text [ge, ge + (pos - gs)) moves down to gs.
      d.copyWithin(gs, ge, ge + (pos - gs));
      this.gapStart = pos; this.gapEnd = ge + (pos - gs);
    }
  }

  /** Makes room for N more characters at POS, with at least width W; the gap ends up at POS. */
  private prepare(pos: number, n: number, w: 1 | 2 | 4): void {
    if (w > this.width) this.widen(w);
    const gap = this.gapEnd - this.gapStart;
    if (gap >= n) { this.moveGap(pos); return; }
    // Grow geometrically so that building a large text by repeated insertion is linear overall.
    const len = this.length;
    const newGap = Math.max(n + MIN_GAP, len >> 1, MIN_GAP);
    const d = alloc(this.width, len + newGap);
    const old = this.data;
    const gs = this.gapStart, ge = this.gapEnd;
    // Copy in the order that leaves the new gap at pos.
    if (pos <= gs) {
      d.set(old.subarray(0, pos), 0);
      d.set(old.subarray(pos, gs), pos + newGap);
      d.set(old.subarray(ge), pos + newGap + (gs - pos));
    } else {
      const p2 = ge + (pos - gs); // physical index of pos
      d.set(old.subarray(0, gs), 0);
      d.set(old.subarray(ge, p2), gs);
      d.set(old.subarray(p2), pos + newGap);
    }
    this.data = d;
    this.gapStart = pos;
    this.gapEnd = pos + newGap;
  }

  // -------------------------------------------------------------------------------------------
  // Insertion and deletion.
  // -------------------------------------------------------------------------------------------
  /** Inserts the single character C at POS. */
  insertChar(pos: number, c: number): void {
    if (this.gapStart === pos && this.gapEnd > pos && c < 1 << (8 * this.width)) {
      this.data[this.gapStart++] = c;
      return;
    }
    this.prepare(pos, 1, widthFor(c));
    this.data[this.gapStart++] = c;
  }

  /** Inserts N copies of C at POS. */
  insertRepeat(pos: number, c: number, n: number): void {
    if (n <= 0) return;
    this.prepare(pos, n, widthFor(c));
    this.data.fill(c, this.gapStart, this.gapStart + n);
    this.gapStart += n;
  }

  /** Inserts character codes at POS. */
  insertCodes(pos: number, codes: ArrayLike<number>, start = 0, end = codes.length): void {
    const n = end - start;
    if (n <= 0) return;
    let max = 0;
    for (let i = start; i < end; i++) if (codes[i] > max) max = codes[i];
    this.prepare(pos, n, widthFor(max));
    const d = this.data;
    let g = this.gapStart;
    for (let i = start; i < end; i++) d[g++] = codes[i];
    this.gapStart = g;
  }

  /**
   * Inserts the text of JS string S (tsmacs string encoding) at POS; returns the number of characters.
   * ASCII says the caller already knows S is pure ASCII.
   */
  insert(pos: number, s: string, ascii = false): number {
    const units = s.length;
    if (units === 0) return 0;
    if (units === 1) { this.insertChar(pos, s.charCodeAt(0)); return 1; }
    // Long ASCII text (the common case) is copied by node's native encoders; byteLength is a fast native
    // ASCII test (UTF-8 length equals the length only for ASCII).
    if (units > 16 && this.width < 4 && (ascii || NodeBuffer.byteLength(s, "utf8") === units)) {
      this.prepare(pos, units, 1);
      const g = this.gapStart;
      if (this.width === 1) this.view().write(s, g, units, "latin1");
      else this.view().write(s, g * 2, units * 2, "utf16le");
      this.gapStart = g + units;
      return units;
    }
    let max = 0;
    let surrogates = false;
    for (let i = 0; i < units; i++) {
      const u = s.charCodeAt(i);
      // Surrogates are tested on their own: after a U+E000..U+FFFF unit they are no longer a new maximum.
      if (u >= 0xd800 && u <= 0xdfff) { surrogates = true; break; }
      if (u > max) max = u;
    }
    if (surrogates) return this.insertSlow(pos, s);
    this.prepare(pos, units, widthFor(max));
    const d = this.data;
    let g = this.gapStart;
    if (units > 16 && this.width < 4) {
      if (this.width === 1) this.view().write(s, g, units, "latin1");
      else this.view().write(s, g * 2, units * 2, "utf16le");
      g += units;
    } else {
      for (let i = 0; i < units; i++) d[g++] = s.charCodeAt(i);
    }
    this.gapStart = g;
    return units;
  }

  /** A node Buffer over the storage, for node's native string encoders. */
  private view(): NodeBuffer {
    if (this.viewOf !== this.data) {
      this.viewOf = this.data;
      this.nodeView = NodeBuffer.from(this.data.buffer, this.data.byteOffset, this.data.byteLength);
    }
    return this.nodeView!;
  }
  private nodeView: NodeBuffer | null = null;
  /** The storage `nodeView` was made for. */
  private viewOf: CharArray | null = null;

  private insertSlow(pos: number, s: string): number {
    const codes: number[] = [];
    for (let i = 0; i < s.length;) {
      const c = decodeAt(s, i);
      codes.push(c);
      i += c >= 0x10000 ? 2 : 1;
    }
    this.insertCodes(pos, codes);
    return codes.length;
  }

  /** Deletes characters [FROM, TO). */
  delete(from: number, to: number): void {
    if (to <= from) return;
    if (from === 0 && to === this.length) { this.clear(); return; }
    // Move the gap next to the deleted text, then widen it over the text.
    if (to <= this.gapStart) {
      this.moveGap(to);
      this.gapStart = from;
    } else if (from >= this.gapStart) {
      this.moveGap(from);
      this.gapEnd += to - from;
    } else {
      // The gap lies inside [from, to).
      this.gapEnd += to - this.gapStart;
      this.gapStart = from;
    }
  }

  /** Removes all text; a cleared store returns to the narrowest representation unless it is large. */
  clear(): void {
    if (this.width !== 1 && this.data.length <= 1 << 16) this.data = new Uint8Array(this.data.length), this.width = 1;
    this.gapStart = 0;
    this.gapEnd = this.data.length;
  }

  // -------------------------------------------------------------------------------------------
  // Reading.
  // -------------------------------------------------------------------------------------------
  /** The characters [FROM, TO) as a JS string in the tsmacs encoding. */
  slice(from: number, to: number): string {
    if (to <= from) return "";
    const gs = this.gapStart, off = this.gapEnd - gs;
    if (to <= gs) return this.sliceRaw(from, to);
    if (from >= gs) return this.sliceRaw(from + off, to + off);
    return this.sliceRaw(from, gs) + this.sliceRaw(gs + off, to + off);
  }

  /** Physical range [a, b) of data as a string. */
  private sliceRaw(a: number, b: number): string {
    const d = this.data;
    const n = b - a;
    if (this.width === 4) return this.sliceWide(a, b);
    if (n < SMALL_SLICE) {
      let s = "";
      for (let i = a; i < b; i++) s += String.fromCharCode(d[i]);
      return s;
    }
    const nb = NodeBuffer.from(d.buffer, d.byteOffset + a * this.width, n * this.width);
    return nb.toString(this.width === 1 ? "latin1" : "utf16le");
  }

  private sliceWide(a: number, b: number): string {
    const d = this.data;
    let out = "";
    const units: number[] = [];
    for (let i = a; i < b; i++) {
      const c = d[i];
      if (c < 0x10000) units.push(c);
      else if (c <= 0x10ffff) { const v = c - 0x10000; units.push(0xd800 | (v >> 10), 0xdc00 | (v & 0x3ff)); }
      else {
        const idx = c >= BYTE8_FIRST ? c - BYTE8_FIRST : 128 + (c - 0x110000);
        if (idx >= 1 << 20) throw new RangeError("character beyond the supported extended range");
        units.push(0xdc00 | (idx & 0x3ff), 0xd800 | (idx >> 10));
      }
      if (units.length >= CHUNK) { out += String.fromCharCode.apply(null, units); units.length = 0; }
    }
    if (units.length) out += String.fromCharCode.apply(null, units);
    return out;
  }

  /** The characters [FROM, TO) as an array of codes. */
  codes(from: number, to: number): Uint32Array {
    const out = new Uint32Array(Math.max(0, to - from));
    const gs = this.gapStart, off = this.gapEnd - gs;
    const d = this.data;
    let k = 0;
    const a1 = Math.min(to, gs);
    if (from < a1) { out.set(d.subarray(from, a1), 0); k = a1 - from; }
    const b0 = Math.max(from, gs);
    if (b0 < to) out.set(d.subarray(b0 + off, to + off), k);
    return out;
  }

  /** True when no character in [FROM, TO) is beyond U+FFFF (slices then have one unit per character). */
  isBmp(from: number, to: number): boolean {
    if (this.width < 4) return true;
    for (let i = from; i < to; i++) if (this.charAt(i) > 0xffff) return false;
    return true;
  }

  /** Largest character code in [FROM, TO) (0 for an empty range). */
  maxChar(from: number, to: number): number {
    let m = 0;
    const gs = this.gapStart, off = this.gapEnd - gs, d = this.data;
    for (let i = from; i < to; i++) { const c = i < gs ? d[i] : d[i + off]; if (c > m) m = c; }
    return m;
  }

  // -------------------------------------------------------------------------------------------
  // Searching (line scanning): native TypedArray scans over the two halves around the gap.
  // -------------------------------------------------------------------------------------------
  /** Index of the first C in [FROM, TO), or -1. */
  indexOf(c: number, from: number, to: number): number {
    if (from >= to) return -1;
    const gs = this.gapStart, off = this.gapEnd - gs, d = this.data;
    if (from < gs) {
      const e = to < gs ? to : gs;
      const r = scanFwd(d, c, from, e);
      if (r >= 0) return r;
      from = gs;
    }
    if (from >= to) return -1;
    const r = scanFwd(d, c, from + off, to + off);
    return r >= 0 ? r - off : -1;
  }

  /** Index of the last C in [FROM, TO), or -1. */
  lastIndexOf(c: number, from: number, to: number): number {
    if (from >= to) return -1;
    const gs = this.gapStart, off = this.gapEnd - gs, d = this.data;
    if (to > gs) {
      const s = from > gs ? from : gs;
      const r = scanBack(d, c, s + off, to + off);
      if (r >= 0) return r - off;
      to = gs;
    }
    if (from >= to) return -1;
    return scanBack(d, c, from, to);
  }

  /**
   * The first index in [FROM, TO) holding a non-ASCII character or an ASCII character C with TABLE[C] === 1,
   * or -1: the regexp search's fastmap skip, run over the two halves of the store without per-character calls.
   */
  findAscii(table: Uint8Array, from: number, to: number): number {
    const gs = this.gapStart, off = this.gapEnd - gs, d = this.data;
    // One loop function per store type keeps each loop's element loads monomorphic (twice as fast).
    const find = d instanceof Uint8Array ? findAscii8 : findAsciiWide;
    if (from < gs) {
      const e = to < gs ? to : gs;
      const r = find(d, table, from, e);
      if (r >= 0) return r;
      from = e;
    }
    if (from >= to) return -1;
    const r = find(d, table, from + off, to + off);
    return r >= 0 ? r - off : -1;
  }

  /** Number of occurrences of C in [FROM, TO). */
  count(c: number, from: number, to: number): number {
    let n = 0;
    for (let i = this.indexOf(c, from, to); i >= 0; i = this.indexOf(c, i + 1, to)) n++;
    return n;
  }

  /**
   * Scans forward from FROM for the N-th occurrence of C (N >= 1) before LIMIT. Returns the index just
   * after it, or, when fewer are found, -(found + 1) (so the caller can tell how many were found).
   */
  forwardOccurrences(c: number, from: number, limit: number, n: number): number {
    let found = 0;
    let i = from;
    while (found < n) {
      const j = this.indexOf(c, i, limit);
      if (j < 0) return -(found + 1);
      found++;
      i = j + 1;
    }
    return i;
  }

  /** Scans backward from FROM (exclusive) for the N-th C at or after LIMIT; returns its index, or -(found + 1). */
  backwardOccurrences(c: number, from: number, limit: number, n: number): number {
    let found = 0;
    let i = from;
    let j = -1;
    while (found < n) {
      j = this.lastIndexOf(c, limit, i);
      if (j < 0) return -(found + 1);
      found++;
      i = j;
    }
    return j;
  }

  /** Compares [A, A+N) with [B, B+N) of OTHER (or this); for tests and compare-buffer-substrings. */
  equalsRange(a: number, other: GapBuffer, b: number, n: number): boolean {
    for (let i = 0; i < n; i++) if (this.charAt(a + i) !== other.charAt(b + i)) return false;
    return true;
  }
}

function findAscii8(d: CharArray, table: Uint8Array, a: number, b: number): number {
  for (let i = a; i < b; i++) { const c = d[i]; if (c >= 128 || table[c] === 1) return i; }
  return -1;
}
function findAsciiWide(d: CharArray, table: Uint8Array, a: number, b: number): number {
  for (let i = a; i < b; i++) { const c = d[i]; if (c >= 128 || table[c] === 1) return i; }
  return -1;
}

/** Short scans loop in JS (no view allocation); long ones use the native TypedArray search on a view. */
function scanFwd(d: CharArray, c: number, a: number, b: number): number {
  if (b - a <= 64) {
    for (let i = a; i < b; i++) if (d[i] === c) return i;
    return -1;
  }
  const r = d.subarray(a, b).indexOf(c);
  return r >= 0 ? a + r : -1;
}
function scanBack(d: CharArray, c: number, a: number, b: number): number {
  if (b - a <= 64) {
    for (let i = b - 1; i >= a; i--) if (d[i] === c) return i;
    return -1;
  }
  const r = d.subarray(a, b).lastIndexOf(c);
  return r >= 0 ? a + r : -1;
}

/**
 * The regexp engine's view (a RegexText) of the characters [START, START + LENGTH) of a gap buffer, with text
 * index 0 at store index START. A class rather than an object of closures, so that the engine's calls stay
 * monomorphic per text kind, and with `findAscii` for its fastmap scans.
 */
export class GapText {
  constructor(private readonly gb: GapBuffer, private readonly base: number, readonly length: number,
    readonly unibyte: boolean) {}
  charAt(i: number): number { return this.gb.charAt(this.base + i); }
  findAscii(table: Uint8Array, from: number, to: number): number {
    const r = this.gb.findAscii(table, this.base + from, this.base + to);
    return r < 0 ? -1 : r - this.base;
  }
}
