// Bracket expressions: character class names, building a CharSet under case folding, and membership at match
// time (GNU: regex-emacs.c re_wctype_parse, re_iswctype, the SETUP_*_RANGE macros and execute_charset).
import { CharSet, ClassBit, MatchContext, Syn, Translation } from "./types.js";
import { alphabeticp, alphanumericp, blankp, graphicp, printablep } from "./unitables.js";

export const RAW_FIRST = 0x3fff80;
export const isRaw = (c: number): boolean => c >= RAW_FIRST;
/** GNU's CHAR_TO_BYTE_SAFE as a bitmap index: ASCII itself, raw bytes 128..255, anything else -1. */
export const bitmapIndex = (c: number): number => (c < 128 ? c : c >= RAW_FIRST ? c - 0x3fff00 : -1);

/** Character classes (GNU: re_wctype_t). */
export const enum CC {
  Error = 0, Alnum, Alpha, Word, Graph, Print, Punct, Space, Blank, Upper, Lower, Digit, Xdigit, Cntrl, Ascii,
  Nonascii, Unibyte, Multibyte,
}
const CLASS_NAMES: Record<string, CC> = {
  alnum: CC.Alnum, alpha: CC.Alpha, word: CC.Word, graph: CC.Graph, print: CC.Print, punct: CC.Punct,
  space: CC.Space, blank: CC.Blank, upper: CC.Upper, lower: CC.Lower, digit: CC.Digit, xdigit: CC.Xdigit,
  cntrl: CC.Cntrl, ascii: CC.Ascii, nonascii: CC.Nonascii, unibyte: CC.Unibyte, multibyte: CC.Multibyte,
};

/**
 * Parses "[:name:]" at PAT[p..end). Returns [class, next position], [CC.Error, next] for an unknown name, or
 * null when the text is not of that shape (then `[` is an ordinary member).
 */
export function parseClass(pat: ArrayLike<number>, p: number, end: number): [CC, number] | null {
  if (end - p < 4 || pat[p] !== 0x5b || pat[p + 1] !== 0x3a) return null;
  for (let it = p + 2; it + 1 < end; it++) {
    if (pat[it] === 0x3a && pat[it + 1] === 0x5d) {
      let name = "";
      for (let k = p + 2; k < it; k++) name += String.fromCharCode(pat[k] & 0xffff);
      const cc = Object.prototype.hasOwnProperty.call(CLASS_NAMES, name) ? CLASS_NAMES[name] : CC.Error;
      return [cc, it + 2];
    }
  }
  return null;
}

/** Whether ASCII character C belongs to class CC, decided when the pattern is compiled (GNU: re_iswctype). */
export function asciiInClass(c: number, cc: CC, ctx: MatchContext): boolean {
  const letter = (c >= 65 && c <= 90) || (c >= 97 && c <= 122), digit = c >= 48 && c <= 57;
  switch (cc) {
    case CC.Alnum: return letter || digit;
    case CC.Alpha: return letter;
    case CC.Blank: return c === 32 || c === 9;
    case CC.Cntrl: return c < 32;
    case CC.Digit: return digit;
    case CC.Graph: return c > 32 && c < 127;
    case CC.Print: return c >= 32 && c < 127;
    case CC.Punct: return c > 32 && c < 127 && !letter && !digit;
    case CC.Lower: return ctx.isLower(c);
    case CC.Upper: return ctx.isUpper(c);
    case CC.Space: return ctx.syntax(c, -1) === Syn.Whitespace;
    case CC.Word: return ctx.syntax(c, -1) === Syn.Word;
    case CC.Xdigit: return digit || (c >= 65 && c <= 70) || (c >= 97 && c <= 102);
    case CC.Ascii: case CC.Unibyte: return true;
    default: return false;
  }
}

/** The class bit tested at match time for characters outside the bitmap (GNU: re_wctype_to_bit). */
export function classBit(cc: CC): number {
  switch (cc) {
    case CC.Nonascii: case CC.Multibyte: return ClassBit.Multibyte;
    case CC.Alpha: return ClassBit.Alpha;
    case CC.Alnum: return ClassBit.Alnum;
    case CC.Word: return ClassBit.Word;
    case CC.Lower: return ClassBit.Lower;
    case CC.Upper: return ClassBit.Upper;
    case CC.Punct: return ClassBit.Punct;
    case CC.Space: return ClassBit.Space;
    case CC.Graph: return ClassBit.Graph;
    case CC.Print: return ClassBit.Print;
    case CC.Blank: return ClassBit.Blank;
    default: return 0;
  }
}

/** Accumulates a bracket expression while the pattern is parsed. */
export class CharSetBuilder {
  readonly bits = new Uint8Array(256);
  classBits = 0;
  /** [from, to] pairs in insertion order (GNU's range-table work area). */
  readonly work: number[] = [];
  constructor(readonly not: boolean, private readonly tr: Translation | null) {}

  private map(c: number): number { return this.tr === null ? c : this.tr.map(c); }

  /** Adds every ASCII member of class CC (and their translations), and its match-time bit. */
  addClass(cc: CC, ctx: MatchContext): void {
    for (let c = 0; c < 128; c++) {
      if (!asciiInClass(c, cc, ctx)) continue;
      this.bits[c] = 1;
      const t = bitmapIndex(this.map(c));
      if (t >= 0) this.bits[t] = 1;
    }
    this.classBits |= classBit(cc);
  }

  /** Adds FROM..TO (pattern characters, not yet translated); empty when FROM > TO. */
  addRange(from: number, to: number): void {
    let c = from;
    if (c > to) return;
    if (c < 128) {
      const top = Math.min(127, to);
      for (let c0 = c; c0 <= top; c0++) {
        const c1 = this.map(c0);
        if (c1 < 128) { this.bits[c1] = 1; continue; }
        // A translation leaving ASCII goes to the range table (and to the bitmap when it is a raw byte).
        this.work.push(c1, c1);
        const b = bitmapIndex(c1);
        this.bits[b >= 0 ? b : c0] = 1;
      }
      c = top + 1;
      // A range from ASCII up to a raw byte skips all multibyte characters.
      if (isRaw(to)) c = RAW_FIRST;
    }
    if (c > to) return;
    if (isRaw(c)) {
      for (let b = c; b <= to; b++) this.bits[b - 0x3fff00] = 1;
      return;
    }
    const used = this.work.length;
    this.work.push(c, to);
    const tr = this.tr;
    if (tr === null) return;
    // Only characters whose translation differs can add anything beyond the range itself. A translation
    // next to a range added here widens it (as GNU does; this only matters for GNU's size accounting).
    const ni = tr.nonIdentity, work = this.work;
    let lo = 0, hi = ni.length;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (ni[mid] < c) lo = mid + 1; else hi = mid; }
    for (let i = lo; i < ni.length && ni[i] <= to; i++) {
      const c1 = tr.map(ni[i]);
      const b = bitmapIndex(c1);
      if (b >= 0) this.bits[b] = 1;
      if (c1 >= c && c1 <= to) continue;
      let k = work.length - 2;
      for (; k >= used; k -= 2) {
        if (c1 >= work[k] - 1 && c1 <= work[k + 1] + 1) {
          if (c1 === work[k] - 1) work[k]--;
          else if (c1 === work[k + 1] + 1) work[k + 1]++;
          break;
        }
      }
      if (k < used) work.push(c1, c1);
    }
  }

  build(): CharSet {
    const pairs: [number, number][] = [];
    for (let i = 0; i < this.work.length; i += 2) pairs.push([this.work[i], this.work[i + 1]]);
    pairs.sort((a, b) => a[0] - b[0]);
    const merged: number[] = [];
    for (const [f, t] of pairs) {
      const n = merged.length;
      if (n > 0 && f <= merged[n - 1] + 1) merged[n - 1] = Math.max(merged[n - 1], t);
      else merged.push(f, t);
    }
    const hasTable = this.work.length > 0 || this.classBits !== 0;
    const set = {
      not: this.not, bits: this.bits, classBits: this.classBits, ranges: Int32Array.from(merged), hasTable, gnuSize: 0,
    };
    // GNU: opcode, length byte, the bitmap without trailing zero bytes, then flags, count and 3-byte ends.
    set.gnuSize = 2 + bitmapBytes(set) + (hasTable ? 4 + 3 * this.work.length : 0);
    return set;
  }
}

/** Bytes of SET's bitmap in GNU's encoding: up to its last non-zero byte. */
export function bitmapBytes(set: CharSet): number {
  for (let byte = 31; byte >= 0; byte--) {
    for (let i = byte * 8; i < byte * 8 + 8; i++) if (set.bits[i]) return byte + 1;
  }
  return 0;
}

/** Whether a character outside the bitmap (C translated, CORIG as in the text) has one of the classes in BITS. */
function inClasses(bits: number, c: number, corig: number, folding: boolean, ctx: MatchContext, pos: number): boolean {
  if (bits & ClassBit.Multibyte) return true;
  if ((bits & ClassBit.Alnum) && alphanumericp(c)) return true;
  if ((bits & ClassBit.Alpha) && alphabeticp(c)) return true;
  if ((bits & ClassBit.Space) && ctx.syntax(c, pos) === Syn.Whitespace) return true;
  if ((bits & ClassBit.Blank) && blankp(c)) return true;
  if ((bits & ClassBit.Word) && ctx.syntax(c, pos) === Syn.Word) return true;
  if ((bits & ClassBit.Upper) && (ctx.isUpper(corig) || (folding && ctx.isLower(corig)))) return true;
  if ((bits & ClassBit.Lower) && (ctx.isLower(corig) || (folding && ctx.isUpper(corig)))) return true;
  if ((bits & ClassBit.Punct) && ctx.syntax(c, pos) !== Syn.Word) return true;
  if ((bits & ClassBit.Graph) && (c < 256 ? c > 32 && !(c >= 0x7f && c <= 0xa0) : graphicp(c))) return true;
  if ((bits & ClassBit.Print) && (c < 256 ? c >= 32 && !(c >= 0x7f && c <= 0x9f) : printablep(c))) return true;
  return false;
}

/** Binary search of C in sorted disjoint [from, to] pairs. */
export function inRanges(r: Int32Array, c: number): boolean {
  let lo = 0, hi = (r.length >> 1) - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (c < r[mid * 2]) hi = mid - 1;
    else if (c > r[mid * 2 + 1]) lo = mid + 1;
    else return true;
  }
  return false;
}

/**
 * Whether SET accepts a text character: C is its translation, CORIG the character itself (GNU: execute_charset).
 * ASCII and raw bytes are decided by the bitmap alone.
 */
export function charsetMatches(set: CharSet, c: number, corig: number, folding: boolean, ctx: MatchContext, pos: number): boolean {
  const b = bitmapIndex(c);
  if (b >= 0) return set.bits[b] === 1 ? !set.not : set.not;
  return inTable(set, c, corig, folding, ctx, pos) ? !set.not : set.not;
}

/** Whether C is in SET's range table or classes (ignoring `not`). */
export function inTable(set: CharSet, c: number, corig: number, folding: boolean, ctx: MatchContext, pos: number): boolean {
  return set.hasTable && ((set.classBits !== 0 && inClasses(set.classBits, c, corig, folding, ctx, pos)) || inRanges(set.ranges, c));
}
