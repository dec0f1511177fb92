// Character data the engine needs when no buffer supplies its own tables: GNU's standard syntax table, standard
// category table, char-script-table and Unicode general categories (GNU: syntax.c/category.c/character.c
// predicates over the tables of a fresh Emacs), plus the default MatchContext built on them.
import {
  CATEGORY_RUNS_PACKED, CATEGORY_SETS, SCRIPT_NAMES, SCRIPT_RUNS, SYNTAX_RUNS, UNICODE_RUNS,
} from "./unidata.js";
import { MatchContext } from "./types.js";

/** Index of the run containing C in RUNS ([start, value, ...] pairs, starts ascending). */
function runIndex(runs: ArrayLike<number>, c: number): number {
  let lo = 0, hi = (runs.length >> 1) - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (runs[mid * 2] <= c) lo = mid; else hi = mid - 1;
  }
  return lo;
}
const runValue = (runs: ArrayLike<number>, c: number): number => runs[runIndex(runs, c) * 2 + 1];

/** Values for 0..255, so that the common characters need no search. */
function lowTable(runs: ArrayLike<number>): Uint8Array {
  const t = new Uint8Array(256);
  for (let c = 0; c < 256; c++) t[c] = runValue(runs, c);
  return t;
}

const syntaxLow = lowTable(SYNTAX_RUNS);
/** Syntax class of C in the standard syntax table. */
export function standardSyntax(c: number): number {
  return c < 256 ? syntaxLow[c] : runValue(SYNTAX_RUNS, c);
}

const uniLow = lowTable(UNICODE_RUNS);
const uniBits = (c: number): number => (c < 256 ? uniLow[c] : runValue(UNICODE_RUNS, c));
/** GNU character.c predicates: alphabetic (Lu..Nl), alphanumeric (also Nd), graphic (not Z or C), printable, blank (Zs). */
export const alphabeticp = (c: number): boolean => (uniBits(c) & 1) !== 0;
export const alphanumericp = (c: number): boolean => (uniBits(c) & 2) !== 0;
export const graphicp = (c: number): boolean => (uniBits(c) & 4) !== 0;
export const printablep = (c: number): boolean => (uniBits(c) & 8) !== 0;
export const blankp = (c: number): boolean => (uniBits(c) & 16) !== 0;

// Categories: runs decoded on first use from the packed varint string; each set becomes a 128-entry mask.
let catRuns: Int32Array | undefined;
let catMasks: Uint8Array[] | undefined;
function categoryData(): [Int32Array, Uint8Array[]] {
  if (!catRuns || !catMasks) {
    const s = CATEGORY_RUNS_PACKED;
    const nums: number[] = [];
    for (let i = 0; i < s.length;) {
      let n = 0, d: number;
      do { d = s.charCodeAt(i++) - 48; n = n * 32 + (d & 31); } while (d & 32);
      nums.push(n);
    }
    const runs = new Int32Array(nums.length);
    for (let i = 0, start = 0; i < nums.length; i += 2) { start += nums[i]; runs[i] = start; runs[i + 1] = nums[i + 1]; }
    catRuns = runs;
    catMasks = CATEGORY_SETS.map((set) => {
      const m = new Uint8Array(128);
      for (let i = 0; i < set.length; i++) m[set.charCodeAt(i)] = 1;
      return m;
    });
  }
  return [catRuns, catMasks];
}
/** Category mnemonics of C in the standard category table, as a 128-entry membership mask. */
export function standardCategories(c: number): Uint8Array {
  const [runs, masks] = categoryData();
  return masks[runValue(runs, c)];
}
export function standardHasCategory(c: number, cat: number): boolean {
  return cat < 128 && standardCategories(c)[cat] === 1;
}

/** Index of C's script in char-script-table (an opaque number: only equality matters). */
export function scriptOf(c: number): number { return runValue(SCRIPT_RUNS, c); }
export const scriptName = (c: number): string => SCRIPT_NAMES[scriptOf(c)];

/** A (CAT1 . CAT2) pair of word-combining-categories / word-separating-categories; -1 stands for nil. */
export type CategoryPair = readonly [number, number];
/** GNU 28's default values of word-combining-categories and word-separating-categories. */
export const DEFAULT_WORD_COMBINING: readonly CategoryPair[] = [[-1, 0x5e], [0x5e, -1], [0x43, 0x48], [0x43, 0x4b]];
export const DEFAULT_WORD_SEPARATING: readonly CategoryPair[] = [[0x48, 0x4b]];

/**
 * GNU's word_boundary_p: whether there is a word boundary between two word-constituent characters C1 and C2
 * (callers have already excluded the case where both are below 256).
 */
export function wordBoundaryP(
  c1: number, c2: number, hasCategory: (c: number, cat: number) => boolean,
  combining: readonly CategoryPair[] = DEFAULT_WORD_COMBINING, separating: readonly CategoryPair[] = DEFAULT_WORD_SEPARATING,
): boolean {
  const sameScript = scriptOf(c1) === scriptOf(c2);
  const pairs = sameScript ? separating : combining;
  const dflt = !sameScript;
  for (const [a, b] of pairs) {
    if ((a < 0 || (hasCategory(c1, a) && !hasCategory(c2, a)))
      && (b < 0 || (!hasCategory(c1, b) && hasCategory(c2, b)))) return !dflt;
  }
  return dflt;
}

/** Case predicates without case tables: ASCII exactly, beyond that JavaScript's Unicode mappings. */
function defaultUpper(c: number): boolean {
  if (c < 128) return c >= 65 && c <= 90;
  if (c > 0x10ffff) return false;
  const s = String.fromCodePoint(c), l = s.toLowerCase();
  return l !== s && [...l].length === 1;
}
function defaultLower(c: number): boolean {
  if (c < 128) return c >= 97 && c <= 122;
  if (c > 0x10ffff || defaultUpper(c)) return false;
  const s = String.fromCodePoint(c), u = s.toUpperCase();
  return u !== s && [...u].length === 1;
}

/** A MatchContext describing a fresh Emacs: standard syntax and category tables, no point. */
export function standardContext(point = -1): MatchContext {
  return {
    syntax: (c) => standardSyntax(c),
    category: standardHasCategory,
    wordBoundary: (c1, c2) => wordBoundaryP(c1, c2, standardHasCategory),
    isUpper: defaultUpper,
    isLower: defaultLower,
    point,
  };
}
