// Static analysis of compiled programs (GNU: regex-emacs.c analyze_first, mutually_exclusive_p, skip_noops and
// the fastmap): whether a loop body can match empty, turning greedy one-character loops into possessive ones
// when that cannot change the result, and the search accelerators (first characters, literal prefix).
import { bitmapIndex, inTable } from "./charset.js";
import { singleCharOpEnd } from "./compile.js";
import { CharSet, ClassBit, MatchContext, Op, opSize, Program, Syn } from "./types.js";

/**
 * Whether code[from..to) might match the empty string (GNU: analyze_first without a fastmap). Back references
 * count as empty; a backward jump ends its path as non-empty; backward failure jumps are ignored.
 */
export function canMatchEmpty(code: ArrayLike<number>, from: number, to: number): boolean {
  const work: number[] = [from];
  while (work.length > 0) {
    let p = work.pop()!;
    path: while (p < to) {
      const p1 = p;
      const op = code[p];
      switch (op) {
        case Op.Succeed: return true;
        case Op.Exact: case Op.AnyChar: case Op.Charset: case Op.Syntax: case Op.NotSyntax:
        case Op.Category: case Op.NotCategory:
          break path;
        case Op.Jump: case Op.Ofj: case Op.OfjLoop: case Op.OfjNasty: case Op.OfjSmart: case Op.StarSimple: {
          let q = p;
          if (op === Op.Jump) {
            const off = code[p + 1];
            if (off < 0) break path;
            q = p + off;
            const k = code[q];
            if (!(k === Op.Ofj || k === Op.OfjLoop || k === Op.OfjNasty || k === Op.OfjSmart || k === Op.StarSimple)) { p = q; continue; }
          }
          // A failure jump: follow both arms unless it goes back to or before this step's start.
          const target = q + code[q + 1];
          p = q + 2;
          if (target > p1) work.push(target);
          continue;
        }
        case Op.JumpN: case Op.SucceedN: case Op.SetNumberAt:
          p += 3; continue;
        default:
          p += opSize(code, p); continue;
      }
    }
    if (p >= to) return true;
  }
  return false;
}

/** Skips group boundaries, no-ops and plain jumps (GNU: skip_noops). */
function skipNoops(code: ArrayLike<number>, p: number): number {
  while (p < code.length) {
    const op = code[p];
    if (op === Op.StartMem || op === Op.StopMem) p += 2;
    else if (op === Op.NoOp) p += 1;
    else if (op === Op.Jump) p += code[p + 1];
    else return p;
  }
  return p;
}

/** The character a literal op (or `$`, as newline) begins with, in GNU's pattern representation. */
function firstCharOf(code: ArrayLike<number>, p: number): number {
  return code[p] === Op.EndLine ? 10 : code[p + 2];
}

/**
 * GNU's execute_charset as used by mutually_exclusive_p: C is a pattern character, tested without translation;
 * "unibyte" characters (all of them in a unibyte pattern) are looked up in the bitmap only.
 */
function charsetHas(set: CharSet, c: number, multibyte: boolean, ctx: MatchContext): boolean {
  if (!multibyte || c < 128) {
    const b = bitmapIndex(c) >= 0 ? bitmapIndex(c) : c;
    if (b < 256) return set.bits[b] === 1 ? !set.not : set.not;
  }
  return inTable(set, c, c, false, ctx, -1) ? !set.not : set.not;
}

/** True if "the op at P1 matches something" implies "what follows at P2 fails" (GNU: mutually_exclusive_p). */
function mutuallyExclusive(prog: Draft, p1: number, p2: number, ctx: MatchContext): boolean {
  const code = prog.code;
  p2 = skipNoops(code, p2);
  const op2 = p2 >= code.length ? Op.Succeed : code[p2];
  const op1 = code[p1];
  switch (op2) {
    case Op.Succeed: case Op.EndBuf: return singleCharOpEnd(code, p1) >= 0;
    case Op.EndLine: case Op.Exact: {
      const c = firstCharOf(code, p2);
      if (op1 === Op.Exact) return c !== code[p1 + 2];
      if (op1 === Op.Charset) return !charsetHas(prog.sets[code[p1 + 1]], c, prog.multibyte, ctx);
      if (op1 === Op.AnyChar) return c === 10;
      return false;
    }
    case Op.Charset: {
      const s2 = prog.sets[code[p2 + 1]];
      if (!s2.not) {
        if (op1 === Op.Exact) return mutuallyExclusive(prog, p2, p1, ctx);
        if (prog.multibyte && s2.hasTable) return false;
        if (op1 !== Op.Charset) return false;
        const s1 = prog.sets[code[p1 + 1]];
        if (!s1.not) {
          for (let i = 0; i < 256; i++) if (s1.bits[i] & s2.bits[i]) return false;
          return true;
        }
        for (let i = 0; i < 256; i++) if (s2.bits[i] && !s1.bits[i]) return false;
        return true;
      }
      if (op1 === Op.Exact) return mutuallyExclusive(prog, p2, p1, ctx);
      if (op1 === Op.Charset && !prog.sets[code[p1 + 1]].not) return mutuallyExclusive(prog, p2, p1, ctx);
      return false;
    }
    case Op.WordEnd: return op1 === Op.Syntax && code[p1 + 1] === Syn.Word;
    case Op.SymEnd: return op1 === Op.Syntax && (code[p1 + 1] === Syn.Symbol || code[p1 + 1] === Syn.Word);
    case Op.NotSyntax: return op1 === Op.Syntax && code[p1 + 1] === code[p2 + 1];
    case Op.WordBeg: return op1 === Op.NotSyntax && code[p1 + 1] === Syn.Word;
    case Op.SymBeg: return op1 === Op.NotSyntax && (code[p1 + 1] === Syn.Symbol || code[p1 + 1] === Syn.Word);
    case Op.Syntax: return op1 === Op.NotSyntax && code[p1 + 1] === code[p2 + 1];
    case Op.WordBound: return (op1 === Op.NotSyntax || op1 === Op.Syntax) && code[p1 + 1] === Syn.Word;
    case Op.Category: return op1 === Op.NotCategory && code[p1 + 1] === code[p2 + 1];
    case Op.NotCategory: return op1 === Op.Category && code[p1 + 1] === code[p2 + 1];
    default: return false;
  }
}

/** A program before its accelerators are computed. */
export interface Draft {
  source: string;
  code: Int32Array;
  sets: CharSet[];
  nsub: number;
  counters: number;
  posix: boolean;
  translate: Program["translate"];
  usedSyntax: boolean;
  multibyte: boolean;
}

/**
 * Resolves every OfjSmart (GNU does this the first time the op runs; the outcome depends only on the pattern):
 * a possessive StarSimple when the loop's character can never start what follows, else a plain Ofj.
 */
function resolveSmartLoops(d: Draft, ctx: MatchContext): void {
  const code = d.code;
  for (let p = 0; p < code.length; p += opSize(code, p)) {
    if (code[p] !== Op.OfjSmart) continue;
    const body = p + 2, exit = p + code[p + 1];
    code[p] = mutuallyExclusive(d, body, exit, ctx) ? Op.StarSimple : Op.Ofj;
  }
}

/** First byte of C in Emacs's internal (extended UTF-8) encoding (GNU: CHAR_LEADING_CODE). */
export function leadingCode(c: number): number {
  if (c < 0x80) return c;
  if (c < 0x800) return 0xc0 | (c >> 6);
  if (c < 0x10000) return 0xe0 | (c >> 12);
  if (c < 0x200000) return 0xf0 | (c >> 18);
  if (c < 0x3fff80) return 0xf8;
  return 0xc0 | (((c - 0x3fff00) >> 6) & 1);
}

/**
 * GNU's fastmap (analyze_first with a fastmap): the leading bytes a match may start with, indexed like GNU's
 * (ASCII, raw bytes of unibyte text, leading codes of multibyte characters). Returns null when every position
 * must be tried (the pattern may match empty, or starts with `.` or a syntax test). GNU ends a path at a
 * backward jump as if it had consumed a character; that shortcut decides which positions a search tries, so
 * it is kept.
 */
function gnuFastmap(d: Draft, ctx: MatchContext): Uint8Array | null {
  const code = d.code, fastmap = new Uint8Array(256);
  const anyMultibyte = (): void => { fastmap.fill(1, 0xc0, 0xf9); };
  const analyze = (p: number): number => {
    while (p < code.length) {
      const p1 = p;
      const op = code[p];
      switch (op) {
        case Op.Succeed: return 1;
        case Op.Exact: {
          const c = code[p + 2];
          fastmap[leadingCode(c)] = 1;
          if (c >= 0x3fff80) fastmap[c - 0x3fff00] = 1;
          return 0;
        }
        case Op.AnyChar: case Op.Syntax: case Op.NotSyntax: return -1;
        case Op.Charset: {
          const set = d.sets[code[p + 1]];
          for (let j = 0; j < 256; j++) {
            if ((set.bits[j] === 1) === set.not) continue;
            fastmap[j] = 1;
            if (j >= 0x80) fastmap[leadingCode(j + 0x3fff00)] = 1;
          }
          if (set.not || set.classBits !== 0) anyMultibyte();
          else for (let i = 0; i < set.ranges.length; i += 2) fastmap.fill(1, leadingCode(set.ranges[i]), leadingCode(set.ranges[i + 1]) + 1);
          return 0;
        }
        case Op.Category: case Op.NotCategory: {
          const not = op === Op.NotCategory;
          for (let j = 0; j < 256; j++) if (ctx.category(j, code[p + 1]) !== not) fastmap[j] = 1;
          anyMultibyte();
          return 0;
        }
        case Op.Jump: case Op.Ofj: case Op.OfjLoop: case Op.OfjNasty: case Op.OfjSmart: case Op.StarSimple: {
          let q = p;
          if (op === Op.Jump) {
            const off = code[p + 1];
            if (off < 0) return 0;
            q = p + off;
            const k = code[q];
            if (!(k === Op.Ofj || k === Op.OfjLoop || k === Op.OfjNasty || k === Op.OfjSmart || k === Op.StarSimple)) { p = q; continue; }
          }
          const target = q + code[q + 1];
          p = q + 2;
          if (target > p1) {
            const r = analyze(p);
            if (r !== 0) return r;
            p = target;
          }
          continue;
        }
        case Op.JumpN: case Op.SucceedN: case Op.SetNumberAt: p += 3; continue;
        default: p += opSize(code, p); continue;
      }
    }
    return 1;
  };
  return analyze(0) === 0 ? fastmap : null;
}

/** Classes whose test at match time asks the syntax table or the case predicates. */
const CONTEXT_CLASSES = ClassBit.Word | ClassBit.Space | ClassBit.Punct | ClassBit.Upper | ClassBit.Lower;

/** Computes the search accelerators and freezes the program. */
export function finishProgram(d: Draft, ctx: MatchContext): Program & { multibyte: boolean } {
  // GNU computes the fastmap before the first match resolves the smart loops.
  const fastmap = gnuFastmap(d, ctx);
  resolveSmartLoops(d, ctx);
  const code = d.code;
  let prefix = "";
  if (d.translate === null) {
    let p = 0;
    while (p < code.length && code[p] === Op.StartMem) p += 2;
    if (code[p] === Op.Exact) {
      for (let i = 0; i < code[p + 1]; i++) {
        const c = code[p + 2 + i];
        if (c >= 0xd800) break;
        prefix += String.fromCharCode(c);
      }
    }
  }
  const op0 = code.length > 0 ? code[0] : Op.Succeed;
  let needsContext = d.sets.some((set) => (set.classBits & CONTEXT_CLASSES) !== 0);
  for (let p = 0; p < code.length && !needsContext; p += opSize(code, p)) {
    const op = code[p];
    needsContext = op === Op.Syntax || op === Op.NotSyntax || op === Op.Category || op === Op.NotCategory
      || (op >= Op.WordBound && op <= Op.SymEnd) || op === Op.AtDot;
  }
  const fastmapAscii = fastmap === null ? null : Uint8Array.from({ length: 128 }, (_, c) => {
    const t = d.translate === null ? c : d.translate.map(c);
    return fastmap[t < 128 ? t : leadingCode(t)];
  });
  const anchor = op0 === Op.BegBuf || op0 === Op.BegLine || op0 === Op.AtDot ? op0 : Op.NoOp;
  return new CompiledProgram(d, fastmap, fastmapAscii, prefix, anchor, needsContext);
}

/**
 * Every program is an instance of this one class, with its fields assigned in one order: the matcher's hot
 * functions then see a single hidden class. (Object literals spread from drafts gave programs several shapes,
 * and V8 deoptimized the search loop each time a program of another shape came by.)
 */
class CompiledProgram implements Program {
  readonly source: string;
  readonly code: Int32Array;
  readonly sets: readonly CharSet[];
  readonly nsub: number;
  readonly counters: number;
  readonly posix: boolean;
  readonly translate: Program["translate"];
  readonly usedSyntax: boolean;
  readonly multibyte: boolean;
  scratch: unknown = null;
  jit: unknown = undefined;
  uses = 0;
  constructor(d: Draft, readonly fastmap: Uint8Array | null, readonly fastmapAscii: Uint8Array | null,
    readonly prefix: string, readonly anchor: Op, readonly needsContext: boolean) {
    this.source = d.source; this.code = d.code; this.sets = d.sets; this.nsub = d.nsub; this.counters = d.counters;
    this.posix = d.posix; this.translate = d.translate; this.usedSyntax = d.usedSyntax; this.multibyte = d.multibyte;
  }
}
