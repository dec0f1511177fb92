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

/** One piece of a GapBuffer's text: a gap buffer proper (all of the text, for texts up to CHUNK_LIMIT). */
class GapChunk {
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
    // (A few characters, as when typing moves along, are moved in JS: copyWithin costs more to call.)
    if (pos < gs) {
      // Text [pos, gs) moves up to end at ge.
      const n = gs - pos;
      if (n <= 8) for (let i = 1; i <= n; i++) d[ge - i] = d[gs - i];
      else d.copyWithin(ge - n, pos, gs);
      this.gapStart = pos; this.gapEnd = ge - n;
    } else {
      // Text [ge, ge + (pos - gs)) moves down to gs.
      const n = pos - gs;
      if (n <= 8) for (let i = 0; i < n; i++) d[gs + i] = d[ge + i];
      else d.copyWithin(gs, ge, ge + n);
      this.gapStart = pos; this.gapEnd = ge + n;
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

  /** Inserts bytes (characters 0..255) at POS with one native copy. */
  insertBytes(pos: number, bytes: Uint8Array): void {
    const n = bytes.length;
    if (n === 0) return;
    this.prepare(pos, n, 1);
    this.data.set(bytes, this.gapStart);
    this.gapStart += n;
  }

  /** A new chunk holding a copy of the characters [A, B) and a gap of GAP, in this chunk's width (native copies). */
  extract(a: number, b: number, gap = MIN_GAP): GapChunk {
    const n = b - a;
    const out = new GapChunk(0);
    const d = alloc(this.width, n + Math.max(gap, MIN_GAP));
    const gs = this.gapStart, off = this.gapEnd - gs, src = this.data;
    let k = 0;
    if (a < gs) { const e = b < gs ? b : gs; d.set(src.subarray(a, e), 0); k = e - a; }
    const m = a > gs ? a : gs;
    if (m < b) d.set(src.subarray(m + off, b + off), k);
    out.data = d; out.width = this.width; out.gapStart = n; out.gapEnd = d.length;
    return out;
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
    if (ascii && units <= 16) {
      // Short text known to be ASCII: no scan for its widest character.
      this.prepare(pos, units, 1);
      const d = this.data;
      let g = this.gapStart;
      for (let i = 0; i < units; i++) d[g++] = s.charCodeAt(i);
      this.gapStart = g;
      return units;
    }
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
/** Whether JS string S has any surrogate code unit (native regexp scan). */
function hasSurrogateUnits(s: string): boolean { return SURROGATES.test(s); }
const SURROGATES = /[\ud800-\udfff]/;

// The native TypedArray search, given a start index, needs no view: one call per line found, and no loop left
// to warm up in code that runs only a few times. Past the range it may run on (into the gap or the rest of the
// chunk, at most one chunk), which is only the case when the range holds no C.
function scanFwd(d: CharArray, c: number, a: number, b: number): number {
  const r = d.indexOf(c, a);
  return r >= 0 && r < b ? r : -1;
}
function scanBack(d: CharArray, c: number, a: number, b: number): number {
  if (b <= a) return -1;
  const r = d.lastIndexOf(c, b - 1);
  return r >= a ? r : -1;
}

/**
 * Characters per chunk before it is split. A single gap means every edit far from the previous one moves
 * the text in between (GNU pays that too: up to the whole buffer per edit); with the text cut into chunks,
 * each with its own gap, an edit moves at most one chunk's text, while scans still run over long arrays.
 * 16K measured best on the buffer benchmarks: 64K chunks made scattered edits move 4 times the text, 4K ones
 * made scans and sequential replacements cross chunks too often.
 */
const CHUNK_LIMIT = 1 << 14;

/**
 * The text of a buffer: a sequence of GapChunks, split when one outgrows the limit (texts below it are a
 * single plain gap buffer). `starts[k]` is the index of chunk k's first character; only an empty text has an
 * empty chunk. A cursor remembers the chunk last used, so sequential reads cost one range test per character.
 */
export class GapBuffer {
  private chunks: GapChunk[];
  private starts: number[] = [0];
  private len = 0;
  private readonly limit: number;
  /** The cursor: chunk `curK` holds the characters [curStart, curEnd). */
  private cur: GapChunk;
  private curK = 0;
  private curStart = 0;
  private curEnd = 0;
  /** The chunk edited last, whose gap is "the" gap (gap-position). */
  private lastK = 0;
  /**
   * Lazily applied start shift: the true start of chunk j > pendK is starts[j] + pendD. Repeated edits in
   * one chunk (typing) then cost O(1) instead of shifting the starts of every later chunk (over a thousand of
   * them in a 10 MB text); an edit in another chunk settles the shift only up to that chunk (retarget), scans
   * read through startOf, and only restructuring (splits, deletions across chunks) applies it everywhere.
   */
  private pendK = -1;
  private pendD = 0;

  constructor(initialCapacity = 32, chunkLimit = CHUNK_LIMIT) {
    this.cur = new GapChunk(initialCapacity);
    this.chunks = [this.cur];
    this.limit = Math.max(2, chunkLimit);
  }

  /** Number of characters. */
  get length(): number { return this.len; }
  /** Index where the gap starts (for gap-position): the gap of the chunk edited last. */
  get gapPosition(): number { return this.startOf(this.lastK) + this.chunks[this.lastK].gapPosition; }
  get gapSize(): number { return this.chunks[this.lastK].gapSize; }
  /** Bytes per character of the widest chunk (1, 2 or 4). */
  get bytesPerChar(): number {
    let w = 1;
    for (const c of this.chunks) if (c.bytesPerChar > w) w = c.bytesPerChar;
    return w;
  }

  /** Character at 0-based index I (caller guarantees 0 <= I < length). */
  charAt(i: number): number {
    if (i >= this.curStart && i < this.curEnd) return this.cur.charAt(i - this.curStart);
    return this.charAtSlow(i);
  }
  private charAtSlow(i: number): number {
    this.point(this.find(i));
    return this.cur.charAt(i - this.curStart);
  }

  /** The chunk holding index I (the last chunk for I = length). */
  private find(i: number): number {
    const st = this.starts, pk = this.pendK, pd = this.pendD;
    let lo = 0, hi = st.length - 1;
    if (i >= st[hi] + (hi > pk ? pd : 0)) return hi;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (st[mid] + (mid > pk ? pd : 0) <= i) lo = mid; else hi = mid - 1;
    }
    return lo;
  }
  /** The true start of chunk K (see pendK). */
  private startOf(k: number): number { return this.starts[k] + (k > this.pendK ? this.pendD : 0); }
  /** Applies the pending start shift, so that `starts` is exact. */
  private flush(): void {
    const d = this.pendD;
    if (d === 0) return;
    const st = this.starts;
    for (let j = this.pendK + 1; j < st.length; j++) st[j] += d;
    this.pendD = 0; this.pendK = -1;
  }
  /**
   * Makes K the chunk after which the pending shift applies, settling the shift only for the chunks between the
   * old one and K (edits hopping between nearby chunks then cost their distance, not the rest of the text).
   */
  private retarget(k: number): void {
    const d = this.pendD, pk = this.pendK, st = this.starts;
    if (d !== 0) {
      if (k > pk) for (let j = pk + 1; j <= k; j++) st[j] += d;
      else for (let j = k + 1; j <= pk; j++) st[j] -= d;
    }
    this.pendK = k;
  }
  /** Moves the cursor to chunk K. */
  private point(k: number): void {
    this.curK = k;
    this.cur = this.chunks[k];
    this.curStart = this.startOf(k);
    this.curEnd = this.curStart + this.cur.length;
  }
  /** After chunk K changed length by DELTA: later starts (lazily), the length, splitting, the cursor. */
  private changed(k: number, delta: number): void {
    this.len += delta;
    if (this.pendK !== k) this.retarget(k);
    this.pendD += delta;
    if (this.chunks[k].length > this.limit) { this.flush(); k = this.split(k); }
    this.lastK = k;
    this.point(k);
  }
  /**
   * Cuts chunk K into pieces of half the limit; returns the index of its first piece. The chunk itself keeps
   * the first piece (cutting off its tail copies nothing when the gap is at the end, as it is while text is
   * appended), and the last piece gets room to grow to the limit, so that appending line after line copies
   * each character about once.
   */
  private split(k: number): number {
    const c = this.chunks[k];
    const n = c.length, piece = Math.max(1, this.limit >> 1);
    const pieces: GapChunk[] = [c], starts: number[] = [this.starts[k]];
    for (let a = piece; a < n; a += piece) {
      const b = Math.min(n, a + piece);
      pieces.push(c.extract(a, b, b === n ? this.limit - (b - a) : MIN_GAP));
      starts.push(this.starts[k] + a);
    }
    c.delete(piece, n);
    this.chunks.splice(k, 1, ...pieces);
    this.starts.splice(k, 1, ...starts);
    return k;
  }

  /** Replaces the character at I by C. */
  setChar(i: number, c: number): void {
    const k = this.find(i);
    this.chunks[k].setChar(i - this.startOf(k), c);
    this.lastK = k;
    this.point(k);
  }

  /** Inserts the single character C at POS. */
  insertChar(pos: number, c: number): void {
    const k = pos >= this.curStart && pos < this.curEnd ? this.curK : this.find(pos);
    this.chunks[k].insertChar(pos - this.startOf(k), c);
    this.changed(k, 1);
  }
  /** Inserts N copies of C at POS. */
  insertRepeat(pos: number, c: number, n: number): void {
    if (n <= 0) return;
    const k = this.find(pos);
    this.chunks[k].insertRepeat(pos - this.startOf(k), c, n);
    this.changed(k, n);
  }
  /** Inserts character codes at POS. */
  insertCodes(pos: number, codes: ArrayLike<number>, start = 0, end = codes.length): void {
    if (end <= start) return;
    const k = this.find(pos);
    this.chunks[k].insertCodes(pos - this.startOf(k), codes, start, end);
    this.changed(k, end - start);
  }
  /** Inserts bytes (characters 0..255) at POS (file reading; see fileio/io.ts). */
  insertBytes(pos: number, bytes: Uint8Array): void {
    if (bytes.length === 0) return;
    if (bytes.length > this.limit) {
      this.insertPieces(pos, bytes.length, (a, b) => { const p = new GapChunk(b - a + MIN_GAP); p.insertBytes(0, bytes.subarray(a, b)); return p; });
      return;
    }
    const k = this.find(pos);
    this.chunks[k].insertBytes(pos - this.startOf(k), bytes);
    this.changed(k, bytes.length);
  }
  /**
   * Prepares for N characters about to be inserted at POS. A single gap buffer would grow its gap once
   * here; chunks fill and split as the text comes, so nothing needs reserving.
   */
  reserve(pos: number, n: number): void { void pos; void n; }
  /**
   * Inserts the text of JS string S (tsmacs string encoding) at POS; returns the number of characters.
   * ASCII says the caller already knows S is pure ASCII.
   */
  insert(pos: number, s: string, ascii = false): number {
    // A long text without surrogates (one unit per character, so it may be cut anywhere) goes straight into
    // new chunks, instead of into one chunk grown for it and then split (twice the copying and memory).
    if (s.length > this.limit && !hasSurrogateUnits(s)) {
      this.insertPieces(pos, s.length, (a, b) => { const p = new GapChunk(b - a + MIN_GAP); p.insert(0, s.slice(a, b), ascii); return p; });
      return s.length;
    }
    const k = pos >= this.curStart && pos < this.curEnd ? this.curK : this.find(pos);
    const n = this.chunks[k].insert(pos - this.startOf(k), s, ascii);
    if (n > 0) this.changed(k, n);
    return n;
  }

  /**
   * Inserts N characters at POS as new chunks of half the limit, made by PIECE(a, b) from the characters
   * [a, b) of the inserted text; the chunk holding POS is cut there first.
   */
  private insertPieces(pos: number, n: number, piece: (a: number, b: number) => GapChunk): void {
    this.flush();
    let k = this.find(pos);
    const c = this.chunks[k], off = pos - this.starts[k];
    const fresh: GapChunk[] = [];
    const size = Math.max(1, this.limit >> 1);
    for (let a = 0; a < n; a += size) fresh.push(piece(a, Math.min(n, a + size)));
    let at: number;
    if (c.length === 0) { this.chunks.splice(k, 1, ...fresh); at = k; }
    else if (off === 0) { this.chunks.splice(k, 0, ...fresh); at = k; }
    else if (off === c.length) { this.chunks.splice(k + 1, 0, ...fresh); at = k + 1; }
    else {
      const tail = c.extract(off, c.length);
      c.delete(off, c.length);
      this.chunks.splice(k + 1, 0, ...fresh, tail);
      at = k + 1;
    }
    this.len += n;
    const starts = this.starts = new Array<number>(this.chunks.length);
    for (let j = 0, x = 0; j < this.chunks.length; j++) { starts[j] = x; x += this.chunks[j].length; }
    k = at + fresh.length - 1;
    this.lastK = k;
    this.point(k);
  }

  /** Deletes characters [FROM, TO). */
  delete(from: number, to: number): void {
    if (to <= from) return;
    if (from === 0 && to === this.len) { this.clear(); return; }
    const k0 = from >= this.curStart && from < this.curEnd ? this.curK : this.find(from), s0 = this.startOf(k0);
    if (to <= s0 + this.chunks[k0].length) {
      // Within one chunk (the usual case).
      const c = this.chunks[k0];
      c.delete(from - s0, to - s0);
      if (c.length === 0 && this.chunks.length > 1) {
        this.flush();
        this.chunks.splice(k0, 1); this.starts.splice(k0, 1);
        this.len -= to - from;
        for (let j = k0; j < this.starts.length; j++) this.starts[j] -= to - from;
        const k = Math.min(k0, this.chunks.length - 1);
        this.lastK = k; this.point(k);
        return;
      }
      this.changed(k0, -(to - from));
      return;
    }
    // Across chunks: cut each, drop the emptied ones, recompute the starts.
    this.flush();
    for (let k = k0; k < this.chunks.length && this.starts[k] < to; k++) {
      const s0 = this.starts[k], c = this.chunks[k];
      c.delete(Math.max(from, s0) - s0, Math.min(to, s0 + c.length) - s0);
    }
    const kept = this.chunks.filter((c) => c.length > 0);
    this.chunks = kept.length > 0 ? kept : [this.chunks[0]];
    this.len -= to - from;
    this.starts = new Array<number>(this.chunks.length);
    for (let j = 0, at = 0; j < this.chunks.length; j++) { this.starts[j] = at; at += this.chunks[j].length; }
    const k = Math.min(k0, this.chunks.length - 1);
    this.lastK = k; this.point(k);
  }

  /** Removes all text; a cleared store returns to the narrowest representation unless it is large. */
  clear(): void {
    const c = this.chunks[0];
    c.clear();
    this.chunks = [c]; this.starts = [0]; this.len = 0; this.pendK = -1; this.pendD = 0;
    this.lastK = 0; this.point(0);
  }

  /** Calls F(chunk, chunkStart, a, b) for the parts [a, b) (chunk-relative) of [FROM, TO), in order. */
  private each(from: number, to: number, f: (c: GapChunk, s: number, a: number, b: number) => boolean | void): void {
    // (Starts through startOf: reading leaves the pending shift pending, see pendK.)
    for (let k = this.find(from); k < this.chunks.length && this.startOf(k) < to; k++) {
      const s = this.startOf(k), c = this.chunks[k];
      const a = Math.max(from, s) - s, b = Math.min(to, s + c.length) - s;
      if (a < b && f(c, s, a, b) === true) return;
    }
  }

  /** The characters [FROM, TO) as a JS string in the tsmacs encoding. */
  slice(from: number, to: number): string {
    if (to <= from) return "";
    const k = from >= this.curStart && from < this.curEnd ? this.curK : this.find(from);
    const s = this.startOf(k), c = this.chunks[k];
    if (to <= s + c.length) return c.slice(from - s, to - s);
    const parts: string[] = [];
    this.each(from, to, (ch, st, a, b) => { parts.push(ch.slice(a, b)); });
    return parts.join("");
  }

  /** The characters [FROM, TO) as an array of codes. */
  codes(from: number, to: number): Uint32Array {
    const out = new Uint32Array(Math.max(0, to - from));
    this.each(from, to, (c, s, a, b) => { out.set(c.codes(a, b), s + a - from); });
    return out;
  }

  /** True when no character in [FROM, TO) is beyond U+FFFF (slices then have one unit per character). */
  isBmp(from: number, to: number): boolean {
    let ok = true;
    this.each(from, to, (c, s, a, b) => { if (!c.isBmp(a, b)) { ok = false; return true; } });
    return ok;
  }

  /** Largest character code in [FROM, TO) (0 for an empty range). */
  maxChar(from: number, to: number): number {
    let m = 0;
    this.each(from, to, (c, s, a, b) => { const x = c.maxChar(a, b); if (x > m) m = x; });
    return m;
  }

  /** Index of the first C in [FROM, TO), or -1. */
  indexOf(c: number, from: number, to: number): number {
    if (from >= to) return -1;
    const chunks = this.chunks;
    if (chunks.length === 1) return chunks[0].indexOf(c, from, to);
    if (from >= this.curStart && from < this.curEnd) {
      // Within the cursor's chunk first (no chunk search).
      const s = this.curStart, e = to - s, b = e < this.cur.length ? e : this.cur.length;
      const i = this.cur.indexOf(c, from - s, b);
      if (i >= 0) return s + i;
      if (to <= this.curEnd) return -1;
      from = this.curEnd;
    }
    // (Explicit loops rather than `each`: line scans call this once per line.)
    for (let k = this.find(from); k < chunks.length && this.startOf(k) < to; k++) {
      const s = this.startOf(k), ch = chunks[k];
      const a = from > s ? from - s : 0, e = to - s, b = e < ch.length ? e : ch.length;
      if (a >= b) continue;
      const i = ch.indexOf(c, a, b);
      if (i >= 0) return s + i;
    }
    return -1;
  }

  /** Index of the last C in [FROM, TO), or -1. */
  lastIndexOf(c: number, from: number, to: number): number {
    if (from >= to) return -1;
    if (this.chunks.length === 1) return this.chunks[0].lastIndexOf(c, from, to);
    for (let k = this.find(to - 1); k >= 0 && this.startOf(k) + this.chunks[k].length > from; k--) {
      const s = this.startOf(k), ch = this.chunks[k];
      const a = Math.max(from, s) - s, b = Math.min(to, s + ch.length) - s;
      if (a >= b) continue;
      const i = ch.lastIndexOf(c, a, b);
      if (i >= 0) return s + i;
    }
    return -1;
  }

  /**
   * The first index in [FROM, TO) holding a non-ASCII character or an ASCII character C with TABLE[C] === 1,
   * or -1 (the regexp search's fastmap skip).
   */
  findAscii(table: Uint8Array, from: number, to: number): number {
    if (from >= to) return -1;
    // Within the cursor's chunk (a search loop finds match after match there): no chunk search, no flush.
    if (from >= this.curStart && from < this.curEnd) {
      const s = this.curStart, e = to - s, b = e < this.cur.length ? e : this.cur.length;
      const i = this.cur.findAscii(table, from - s, b);
      if (i >= 0) return s + i;
      if (to <= this.curEnd) return -1;
      from = this.curEnd;
    }
    const chunks = this.chunks;
    for (let k = this.find(from); k < chunks.length && this.startOf(k) < to; k++) {
      const s = this.startOf(k), ch = chunks[k];
      const a = from > s ? from - s : 0, e = to - s, b = e < ch.length ? e : ch.length;
      if (a >= b) continue;
      const i = ch.findAscii(table, a, b);
      if (i >= 0) { this.point(k); return s + i; }
    }
    return -1;
  }

  /** Number of occurrences of C in [FROM, TO). */
  count(c: number, from: number, to: number): number {
    let n = 0;
    this.each(from, to, (ch, s, a, b) => { n += ch.count(c, a, b); });
    return n;
  }

  /**
   * Scans forward from FROM for the N-th occurrence of C (N >= 1) before LIMIT. Returns the index just
   * after it, or, when fewer are found, -(found + 1) (so the caller can tell how many were found).
   */
  forwardOccurrences(c: number, from: number, limit: number, n: number): number {
    if (n <= 0) return from;
    // Within the cursor's chunk (line after line): no search for the chunk, no flush.
    if (from >= this.curStart && from < this.curEnd) {
      const s = this.curStart, e = limit - s, b = e < this.cur.length ? e : this.cur.length;
      if (from - s < b) {
        const r = this.cur.forwardOccurrences(c, from - s, b, n);
        if (r >= 0) return s + r;
      }
    }
    // Chunk by chunk: each chunk answers with its own count of what it found.
    let found = 0;
    const chunks = this.chunks;
    for (let k = this.find(from); k < chunks.length && this.startOf(k) < limit; k++) {
      const s = this.startOf(k), ch = chunks[k];
      const a = from > s ? from - s : 0, e = limit - s, b = e < ch.length ? e : ch.length;
      if (a >= b) continue;
      const r = ch.forwardOccurrences(c, a, b, n - found);
      if (r >= 0) { this.point(k); return s + r; }
      found += -r - 1;
    }
    return -(found + 1);
  }

  /** Scans backward from FROM (exclusive) for the N-th C at or after LIMIT; returns its index, or -(found + 1). */
  backwardOccurrences(c: number, from: number, limit: number, n: number): number {
    if (from <= limit) return -1;
    let found = 0;
    const chunks = this.chunks;
    for (let k = this.find(from - 1); k >= 0 && this.startOf(k) + chunks[k].length > limit; k--) {
      const s = this.startOf(k), ch = chunks[k];
      const a = limit > s ? limit - s : 0, e = from - s, b = e < ch.length ? e : ch.length;
      if (a >= b) continue;
      const r = ch.backwardOccurrences(c, b, a, n - found);
      if (r >= 0) return s + r;
      found += -r - 1;
    }
    return -(found + 1);
  }

  /** Compares [A, A+N) with [B, B+N) of OTHER (or this); for tests and compare-buffer-substrings. */
  equalsRange(a: number, other: GapBuffer, b: number, n: number): boolean {
    for (let i = 0; i < n; i++) if (this.charAt(a + i) !== other.charAt(b + i)) return false;
    return true;
  }
}

/**
 * The regexp engine's view (a RegexText) of the characters [START, START + LENGTH) of a gap buffer, with text
 * index 0 at store index START. A class rather than an object of closures, so that the engine's calls stay
 * monomorphic per text kind, and with `findAscii` for its fastmap scans.
 */
export class GapText {
  constructor(readonly gb: GapBuffer, readonly base: number, readonly length: number,
    readonly unibyte: boolean) {}
  charAt(i: number): number { return this.gb.charAt(this.base + i); }
  findAscii(table: Uint8Array, from: number, to: number): number {
    const r = this.gb.findAscii(table, this.base + from, this.base + to);
    return r < 0 ? -1 : r - this.base;
  }
}
