// The Unicode Character Database facts behind the character code properties, read from
// etc/unicode-data.txt.gz on first use (GNU: the uni-*.el tables that admin/unidata/unidata-gen.el builds from
// UnicodeData.txt, BidiMirroring.txt, BidiBrackets.txt and SpecialCasing.txt). Pure data: no Lisp objects.
// The file's format is described in scripts/gen-unicode-data.mjs.
import { readFileSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import { join } from "node:path";
import { repoDir } from "../paths.js";

/** UnicodeData.txt field numbers (after the code point). */
export const enum F {
  Name = 1, Category, Combining, Bidi, Decomposition, Decimal, Digit, Numeric, Mirrored, OldName, Comment, Upper, Lower, Title,
}

export interface Ucd {
  /** Code point of each UnicodeData row, ascending (a range's First and Last lines are two rows). */
  readonly codes: Int32Array;
  /**
   * Row I's fields (index F.*; missing trailing fields are undefined; the case fields are decimal deltas).
   * Rows are split on first use: most programs look at a few characters, so start-up of the data stays cheap.
   */
  row(i: number): string[];
  /** 1 for the row that is a range's First line. */
  readonly firstOfRange: Uint8Array;
  /** blockStart[B]: index of the first row at or after code point B * 256 (B up to 0x1100), to narrow the search. */
  readonly blockStart: Int32Array;
  /** Ranges written as "<X, First>"/"<X, Last>" pairs: [first, last, row index]. */
  readonly ranges: [number, number, number][];
  readonly mirroring: Map<number, number>;
  readonly brackets: Map<number, [paired: number, type: string]>;
  /** Unconditional special casing: [lower, title, upper] code point lists. */
  readonly specialCasing: Map<number, [number[], number[], number[]]>;
  /** GNU's answers where they differ from Unicode's data: property → char → value as GNU prints it. */
  readonly gnu: Map<string, Map<number, string>>;
}

let cache: Ucd | undefined;

/** The parsed database; the file is read once per process (the facts are immutable). */
export function ucd(): Ucd {
  return cache ??= parse(gunzipSync(readFileSync(join(repoDir("etc"), "unicode-data.txt.gz"))).toString("utf8"));
}

function parse(text: string): Ucd {
  const codes: number[] = [];
  const lineStart: number[] = [];
  const ranges: [number, number, number][] = [];
  const mirroring = new Map<number, number>();
  const brackets = new Map<number, [number, string]>();
  const specialCasing = new Map<number, [number[], number[], number[]]>();
  const gnu = new Map<string, Map<number, string>>();
  const hexList = (s: string) => (s ? s.split(" ").map((h) => parseInt(h, 16)) : []);
  let section = "";
  let code = -1;
  for (let start = 0, end = 0; start < text.length; start = end + 1) {
    end = text.indexOf("\n", start);
    if (end < 0) end = text.length;
    if (end === start) continue;
    if (text.charCodeAt(start) === 35 /* # */) { section = text.slice(start, end); continue; }
    if (section === "#U") {
      // Only the code point (a gap from the previous row) and range names are read now.
      const semi = text.indexOf(";", start);
      code += semi > start ? parseInt(text.slice(start, semi), 16) + 1 : 1;
      if (text.charCodeAt(semi + 1) === 60 /* < */) {
        const name = text.slice(semi + 1, text.indexOf(";", semi + 1));
        if (name.endsWith(", Last>") && codes.length > 0) ranges.push([codes[codes.length - 1], code, codes.length - 1]);
      }
      codes.push(code);
      lineStart.push(start);
      continue;
    }
    const line = text.slice(start, end);
    switch (section) {
      case "#M": { const [c, m] = line.split(" "); mirroring.set(parseInt(c, 16), parseInt(m, 16)); break; }
      case "#B": { const [c, p, t] = line.split(" "); brackets.set(parseInt(c, 16), [parseInt(p, 16), t]); break; }
      case "#S": {
        const [c, lower, title, upper] = line.split(";");
        specialCasing.set(parseInt(c, 16), [hexList(lower), hexList(title), hexList(upper)]);
        break;
      }
      case "#G": {
        const sp1 = line.indexOf(" "), sp2 = line.indexOf(" ", sp1 + 1);
        const prop = line.slice(0, sp1);
        if (!gnu.has(prop)) gnu.set(prop, new Map());
        gnu.get(prop)!.set(parseInt(line.slice(sp1 + 1, sp2), 16), line.slice(sp2 + 1));
        break;
      }
    }
  }
  const blockStart = new Int32Array(0x1101);
  for (let b = 0, i = 0; b <= 0x1100; b++) {
    while (i < codes.length && codes[i] < b * 256) i++;
    blockStart[b] = i;
  }
  const firstOfRange = new Uint8Array(codes.length);
  for (const [, , i] of ranges) firstOfRange[i] = 1;
  const rows: (string[] | undefined)[] = new Array(codes.length);
  const row = (i: number): string[] => rows[i] ??= text.slice(lineStart[i], text.indexOf("\n", lineStart[i])).split(";");
  return { codes: Int32Array.from(codes), blockStart, row, firstOfRange, ranges, mirroring, brackets, specialCasing, gnu };
}

/** The UnicodeData row that describes C (its own line or its range's First line), or undefined. */
export function rowOf(c: number): string[] | undefined {
  const { codes, row, blockStart, firstOfRange } = ucd();
  const b = c >> 8;
  if (b >= 0x1100) return undefined;
  // Rows of C's block, and the row before them (it may open a range that covers the block).
  let lo = blockStart[b], hi = blockStart[b + 1] - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1, v = codes[mid];
    if (v === c) return row(mid);
    if (v < c) lo = mid + 1; else hi = mid - 1;
  }
  // Between two rows: inside a range when the row before is a range's First line (the next is its Last).
  return hi >= 0 && firstOfRange[hi] ? row(hi) : undefined;
}

/** True when C's row is one of the "<X, First>"/"<X, Last>" range lines (names are then computed). */
export function inRange(c: number): boolean {
  for (const [first, last] of ucd().ranges) if (c >= first && c <= last) return true;
  return false;
}

// Hangul syllable names are composed from the short names of their jamo (Unicode's Jamo.txt, chapter 3.12).
const JAMO_L = ["G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S", "SS", "", "J", "JJ", "C", "K", "T", "P", "H"];
const JAMO_V = ["A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O", "WA", "WAE", "OE", "YO", "U", "WEO", "WE", "WI", "YU", "EU",
  "YI", "I"];
const JAMO_T = ["", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG", "LM", "LB", "LS", "LT", "LP", "LH", "M", "B", "BS", "S", "SS",
  "NG", "J", "C", "K", "T", "P", "H"];

const hex4 = (c: number) => c.toString(16).toUpperCase().padStart(4, "0");

/**
 * The name of C as GNU's `name' property gives it: UnicodeData's name; for the ranges, a name computed from
 * the code point (ideographs, Hangul syllables, surrogates); none for controls, private use and unassigned.
 */
export function charName(c: number): string | undefined {
  const row = rowOf(c);
  if (!row) return undefined;
  const name = row[F.Name];
  if (name.charCodeAt(0) !== 60 /* < */) return name;
  if (!inRange(c)) return undefined; // <control>
  if (name.startsWith("<CJK Ideograph")) return `CJK IDEOGRAPH-${hex4(c)}`;
  if (name.startsWith("<Tangut Ideograph")) return `TANGUT IDEOGRAPH-${hex4(c)}`;
  if (name.startsWith("<Hangul Syllable")) {
    const s = c - 0xac00;
    return `HANGUL SYLLABLE ${JAMO_L[Math.floor(s / 588)]}${JAMO_V[Math.floor((s % 588) / 28)]}${JAMO_T[s % 28]}`;
  }
  if (/High Surrogate/.test(name)) return `HIGH SURROGATE-${hex4(c)}`;
  if (/Low Surrogate/.test(name)) return `LOW SURROGATE-${hex4(c)}`;
  return undefined; // private use
}

/** Bidi class of characters UnicodeData does not list (GNU follows DerivedBidiClass.txt's defaults). */
export function defaultBidiClass(c: number): string {
  if ((c >= 0x600 && c <= 0x6ff) || (c >= 0xfb50 && c <= 0xfdff) || (c >= 0xfe70 && c <= 0xfeff)) return "AL";
  if ((c >= 0x590 && c <= 0x5ff) || (c >= 0x7c0 && c <= 0x8ff) || (c >= 0xfb1d && c <= 0xfb4f) ||
      (c >= 0x10800 && c <= 0x10fff) || (c >= 0x1e800 && c <= 0x1efff)) return "R";
  return "L";
}
