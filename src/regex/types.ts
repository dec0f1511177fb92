// Shared vocabulary of the regexp engine: opcodes, the compiled program, and the interfaces through which the
// engine sees text, case folding and syntax (GNU: regex-emacs.h and the opcode enum of regex-emacs.c).
// Nothing here knows about Lisp objects: the engine works on Emacs characters (code points up to #x3FFFFF).

/** Text to match: character indices 0..length-1, characters as Emacs character codes. */
export interface RegexText {
  readonly length: number;
  charAt(i: number): number;
  /** When present, a JS string whose code units are exactly the characters (enables indexOf scanning). */
  readonly str?: string;
  /** Unibyte text (characters are ASCII or raw bytes): GNU's fastmap is then indexed by byte. */
  readonly unibyte?: boolean;
  /**
   * When present: the first index in [from, to) whose character is non-ASCII or an ASCII C with
   * table[C] === 1, or -1 (lets fastmap scans over non-string texts skip without a call per character).
   */
  findAscii?(table: Uint8Array, from: number, to: number): number;
}

/**
 * Case folding (GNU: the buffer's case-canon-table as `translate`). `map(c)` is the canonical form of c;
 * `bmp` caches map() for c < 0x10000; `nonIdentity` lists, ascending, every character with map(c) !== c.
 */
export interface Translation {
  map(c: number): number;
  readonly bmp: Int32Array;
  readonly nonIdentity: Int32Array;
}

/** Syntax classes (GNU: enum syntaxcode). */
export const enum Syn {
  Whitespace = 0, Punct = 1, Word = 2, Symbol = 3, Open = 4, Close = 5, Quote = 6, String = 7, Math = 8,
  Escape = 9, Charquote = 10, Comment = 11, Endcomment = 12, Inherit = 13, CommentFence = 14, StringFence = 15,
  /** What `\sC` compiles to for a letter C that names no class: never equal to a real class. */
  None = 255,
}

/**
 * What matching needs to know about the world: the syntax and category tables, case predicates and point.
 * The defaults (see unitables.ts `standardContext`) describe GNU's standard tables; the Lisp layer supplies
 * the current buffer's.
 */
export interface MatchContext {
  /** Syntax class of C at text position POS (POS lets syntax-table properties apply later). */
  syntax(c: number, pos: number): number;
  /** Whether C has category CAT (a mnemonic character code, #x20..#x7E). */
  category(c: number, cat: number): boolean;
  /** GNU's word_boundary_p for two word-constituent characters not both below 256. */
  wordBoundary(c1: number, c2: number): boolean;
  isUpper(c: number): boolean;
  isLower(c: number): boolean;
  /** Position of point for `\=`, or -1 when there is none (string matching). */
  point: number;
  /** Called periodically during long matches, so that a quit can be signalled (GNU: maybe_quit). */
  quit?: () => void;
}

/** Opcodes of the compiled program. Jump offsets are relative to the opcode's own index. */
export const enum Op {
  /** Accept the match now (non-POSIX programs end with it). */
  Succeed = 0,
  /** [Exact, n, c1..cn]: match n characters (already translated). */
  Exact = 1,
  /** Any character but newline. */
  AnyChar = 2,
  /** [Charset, index into Program.sets]. */
  Charset = 3,
  /** [StartMem, r] / [StopMem, r]: group r begins / ends here. */
  StartMem = 4,
  StopMem = 5,
  /** [Dup, r]: back reference to group r. */
  Dup = 6,
  BegLine = 7,
  EndLine = 8,
  BegBuf = 9,
  EndBuf = 10,
  /** [Jump, off]. */
  Jump = 11,
  /** [Ofj, off]: push a failure point resuming at pc+off with the current position. */
  Ofj = 12,
  /** Like Ofj, but leave the loop instead when it would cycle without consuming text. */
  OfjLoop = 13,
  /** Ofj for lazy loops whose body can match empty; always preceded by a NoOp. */
  OfjNasty = 14,
  /** Ofj of a greedy single-character loop, resolved at the end of compilation. */
  OfjSmart = 15,
  /** [StarSimple, off]: possessive loop over the single-character op at pc+2, then continue at pc+off. */
  StarSimple = 16,
  /** [SucceedN, off, counter]: enter the body while the counter is non-zero, then act as OfjLoop. */
  SucceedN = 17,
  /** [JumpN, off, counter]: jump while the counter is non-zero. */
  JumpN = 18,
  /** [SetNumberAt, counter, value]. */
  SetNumberAt = 19,
  WordBound = 20,
  NotWordBound = 21,
  WordBeg = 22,
  WordEnd = 23,
  SymBeg = 24,
  SymEnd = 25,
  /** [Syntax, class] / [NotSyntax, class]. */
  Syntax = 26,
  NotSyntax = 27,
  AtDot = 28,
  /** [Category, cat] / [NotCategory, cat]. */
  Category = 29,
  NotCategory = 30,
  NoOp = 31,
}

/** Size in code units of each opcode. */
export const OP_SIZE: readonly number[] = [
  1, -1, 1, 2, 2, 2, 2, 1, 1, 1, 1, 2, 2, 2, 2, 2, 2, 3, 3, 3, 1, 1, 1, 1, 1, 1, 2, 2, 1, 2, 2, 1,
];
export function opSize(code: ArrayLike<number>, pc: number): number {
  const op = code[pc];
  return op === Op.Exact ? 2 + code[pc + 1] : OP_SIZE[op];
}

/** Bits of a bracket expression's character classes that must be tested at match time (GNU: BIT_*). */
export const enum ClassBit {
  Word = 0x1, Lower = 0x2, Punct = 0x4, Space = 0x8, Upper = 0x10, Multibyte = 0x20, Alpha = 0x40,
  Alnum = 0x80, Graph = 0x100, Print = 0x200, Blank = 0x400,
}

/** A compiled bracket expression. */
export interface CharSet {
  readonly not: boolean;
  /** Membership of ASCII characters (0..127) and raw bytes (128..255 stand for #x3FFF80..#x3FFFFF). */
  readonly bits: Uint8Array;
  /** Class bits tested for other characters. */
  readonly classBits: number;
  /** Sorted, disjoint [from, to] pairs of other characters. */
  readonly ranges: Int32Array;
  /** True when the set has a range table in GNU's sense (ranges or class bits). */
  readonly hasTable: boolean;
  /** Bytes of the set in GNU's compiled form (for GNU's limit on pattern size). */
  gnuSize: number;
}

/** A compiled regexp. Immutable once built; matching keeps its state elsewhere. */
export interface Program {
  readonly source: string;
  readonly code: Int32Array;
  readonly sets: readonly CharSet[];
  /** Number of groups (GNU: re_nsub). */
  readonly nsub: number;
  readonly counters: number;
  readonly posix: boolean;
  readonly translate: Translation | null;
  /** A [:space:] or [:word:] class baked ASCII syntax into the program (GNU: used_syntax). */
  readonly usedSyntax: boolean;
  /**
   * GNU's fastmap: 1 for each leading byte a match may start with (see analyze.ts), or null when every
   * position must be tried. It decides which start positions a search tries, exactly as in GNU.
   */
  readonly fastmap: Uint8Array | null;
  /** The fastmap's verdict for each ASCII text character, translation applied (null with the fastmap). */
  readonly fastmapAscii: Uint8Array | null;
  /** A literal every match starts with (untranslated programs only), or "". */
  readonly prefix: string;
  /** Program starts with BegLine / BegBuf / AtDot (GNU's anchored-search shortcuts). */
  readonly anchor: Op;
  /**
   * Whether matching consults the MatchContext (syntax or category tests, word boundaries, classes decided by
   * syntax or case, `\=`). When false, callers may pass any context.
   */
  readonly needsContext: boolean;
  /** Reusable matching state owned by match.ts. */
  scratch: unknown;
  /** The program's generated matcher (jit.ts): undefined until made, null when it stays interpreted. */
  jit: unknown;
  /** Searches made with the program before `jit` was decided. */
  uses: number;
}

/** A bad regexp: `message` is GNU's text, signalled by the Lisp layer as (invalid-regexp MESSAGE). */
export class RegexError {
  constructor(readonly message: string) {}
  toString(): string { return `RegexError(${this.message})`; }
}

/** The failure stack outgrew GNU's limit: the Lisp layer signals (error "Stack overflow in regexp matcher"). */
export class RegexOverflow {
  toString(): string { return "RegexOverflow"; }
}
