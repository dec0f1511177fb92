// Public face of the Emacs regexp engine (GNU: regex-emacs.h): compile a pattern, search or match it over any
// RegexText. Knows nothing of Lisp; search.ts adapts strings (and later buffers) and signals the errors.
import { compileRegex, CompileOptions } from "./compile.js";
import { matchAt, searchRegex } from "./match.js";
import { MatchContext, Program, RegexText } from "./types.js";
import { standardContext } from "./unitables.js";

export { compileRegex, matchAt, searchRegex, standardContext };
export type { CompileOptions };
export * from "./types.js";
export { standardSyntax, standardHasCategory, standardCategories, wordBoundaryP, scriptOf } from "./unitables.js";

/** A JS string whose UTF-16 code units are the characters (no surrogates): indexOf-friendly. */
export class StringText implements RegexText {
  readonly length: number;
  constructor(readonly str: string) { this.length = str.length; }
  charAt(i: number): number { return this.str.charCodeAt(i); }
}

/** Characters held in an array (strings with characters beyond the BMP, raw bytes, unibyte text). */
export class ArrayText implements RegexText {
  readonly length: number;
  constructor(readonly chars: Int32Array) { this.length = chars.length; }
  charAt(i: number): number { return this.chars[i]; }
}

/** The characters of a JS string as code points (surrogate pairs combined). */
export function codePoints(s: string): Int32Array {
  const out: number[] = [];
  for (const ch of s) out.push(ch.codePointAt(0)!);
  return Int32Array.from(out);
}

/** A RegexText for a JS string, choosing the fast representation when possible. */
export function textOf(s: string): RegexText {
  return /[\ud800-\udfff]/.test(s) ? new ArrayText(codePoints(s)) : new StringText(s);
}

/** Convenience for JS callers and tests: compile a JS-string pattern. */
export function compile(pattern: string, opts: CompileOptions = {}, ctx: MatchContext = standardContext()): Program {
  return compileRegex(codePoints(pattern), opts, ctx, pattern);
}

/**
 * Convenience for JS callers and tests: like `string-match` — the start/end pairs of the first match at or
 * after START (null when none), unmatched groups as -1.
 */
export function execString(prog: Program, s: string, start = 0, ctx: MatchContext = standardContext()): number[] | null {
  const text = textOf(s);
  const regs = new Int32Array(2 * (prog.nsub + 1));
  const at = searchRegex(prog, text, start, text.length - start, text.length, ctx, regs);
  return at < 0 ? null : Array.from(regs);
}
