// Parsing an Emacs regexp into a Program (GNU: regex-emacs.c regex_compile). The code layout reproduces GNU's
// (repetition wraps "the last start", literal runs, alternation and interval loops), because which failure
// points exist decides which match and which group registers GNU reports.
import { CharSetBuilder, CC, parseClass } from "./charset.js";
import { canMatchEmpty, finishProgram } from "./analyze.js";
import { CharSet, MatchContext, Op, opSize, Program, RegexError, Syn, Translation } from "./types.js";

export interface CompileOptions {
  /** Case folding table, or null. */
  translate?: Translation | null;
  /** POSIX longest-match semantics (posix-string-match & co). */
  posix?: boolean;
  /** search-spaces-regexp: replaces each run of spaces outside brackets. */
  whitespaceRegexp?: string | null;
  /** Whether the pattern string is multibyte (GNU counts bytes differently for unibyte patterns: literal runs, size limit). */
  multibyte?: boolean;
}

const J = 2; // size of a jump-like op
const N = 3; // size of SucceedN / JumpN / SetNumberAt
const MAX_REGNUM = 255;
const RE_DUP_MAX = 0xffff;
/** GNU's limit on the compiled pattern, in bytes of its own encoding (MAX_BUF_SIZE). */
const MAX_GNU_BYTES = 1 << 15;
/** Size of each op in GNU's encoding (Exact: plus its characters' bytes; Charset: see CharSet.gnuSize). */
const GNU_OP_SIZE: readonly number[] = [
  1, 2, 1, 0, 2, 2, 2, 1, 1, 1, 1, 3, 3, 3, 3, 3, 3, 5, 5, 5, 1, 1, 1, 1, 1, 1, 2, 2, 1, 2, 2, 1,
];

/** GNU's error texts (re_error_msgid). */
const E = {
  BADPAT: "Invalid regular expression", ECTYPE: "Invalid character class name", EESCAPE: "Trailing backslash",
  ESUBREG: "Invalid back reference", EBRACK: "Unmatched [ or [^", EPAREN: "Unmatched ( or \\(",
  EBRACE: "Unmatched \\{", BADBR: "Invalid content of \\{\\}", EEND: "Premature end of regular expression",
  ESIZE: "Regular expression too big", ERPAREN: "Unmatched ) or \\)",
};
const fail = (msg: string): never => { throw new RegexError(msg); };

/** Syntax class named by the letter after `\s` (GNU: syntax_spec_code). */
export function syntaxSpecCode(c: number): number {
  const i = c < 128 ? " .w_()'\"$\\/<>@!|".indexOf(String.fromCharCode(c)) : -1;
  if (c === 0x2d) return Syn.Whitespace; // `-' is an alias for ` '
  return i < 0 ? Syn.None : i;
}

/** Bytes of C in Emacs's internal encoding (for GNU's 251-byte limit of one literal run). */
function charBytes(c: number): number {
  return c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : c < 0x200000 ? 4 : c < 0x3fff80 ? 5 : 2;
}

interface Open { begalt: number; fixup: number; laststart: number; regnum: number }

class Compiler {
  code: number[] = [];
  sets: CharSet[] = [];
  nsub = 0;
  counters = 0;
  usedSyntax = false;
  // Parse position in the current (main or whitespace) pattern.
  private pat: Int32Array;
  private p = 0;
  private pend: number;
  private main: { pat: Int32Array; p: number; pend: number } | null = null;
  /** Start of the most recent complete expression, which a postfix operator repeats (-1: none). */
  private laststart = -1;
  /** Index of the Exact op still open for more characters (-1: none), and its size in bytes. */
  private pendingExact = -1;
  private pendingBytes = 0;
  private begalt = 0;
  private fixup = -1;
  private stack: Open[] = [];
  private readonly ws: Int32Array | null;

  constructor(pattern: Int32Array, private readonly o: Required<CompileOptions>, private readonly ctx: MatchContext) {
    this.pat = pattern;
    this.pend = pattern.length;
    this.ws = o.whitespaceRegexp !== null ? Int32Array.from(o.whitespaceRegexp, (ch) => ch.codePointAt(0)!) : null;
  }

  private fetch(): number {
    if (this.p === this.pend) fail(E.EEND);
    return this.pat[this.p++];
  }
  private tr(c: number): number { return this.o.translate === null ? c : this.o.translate.map(c); }
  /** Bytes GNU's compiled form of the code so far would take: GNU refuses patterns beyond 32 KB. */
  private gsize = 0;
  /** GNU's GET_BUFFER_SPACE: fails when N more bytes would exceed the limit. */
  private reserve(n: number): void { if (this.gsize + n > MAX_GNU_BYTES) fail(E.ESIZE); }
  private gnuBytes(c: number): number { return this.o.multibyte ? charBytes(c) : 1; }
  /** GNU size of code[from..to). */
  private gnuSizeOf(from: number, to: number): number {
    let n = 0;
    for (let p = from; p < to; p += opSize(this.code, p)) {
      const op = this.code[p];
      if (op === Op.Exact) { n += 2; for (let i = 0; i < this.code[p + 1]; i++) n += this.gnuBytes(this.code[p + 2 + i]); }
      else if (op === Op.Charset) n += this.sets[this.code[p + 1]].gnuSize;
      else n += GNU_OP_SIZE[op];
    }
    return n;
  }
  /** Appends one op with its arguments. */
  private push(...xs: number[]): void {
    for (const x of xs) this.code.push(x);
    this.gsize += xs[0] === Op.Charset ? this.sets[xs[1]].gnuSize : GNU_OP_SIZE[xs[0]];
  }
  /** Inserts one op with its arguments at AT (GNU: insert_op1/insert_op2). */
  private insert(at: number, ...xs: number[]): void {
    this.code.splice(at, 0, ...xs);
    this.gsize += GNU_OP_SIZE[xs[0]];
  }

  /** Stores the pending jump at the end of the previous alternative, pointing here. */
  private fixupAltJump(): void {
    if (this.fixup >= 0) { this.code[this.fixup] = Op.Jump; this.code[this.fixup + 1] = this.code.length - this.fixup; }
  }

  compile(): void {
    for (;;) {
      if (this.p === this.pend) {
        if (this.main !== null) { ({ pat: this.pat, p: this.p, pend: this.pend } = this.main); this.main = null; continue; }
        break;
      }
      const c = this.pat[this.p++];
      switch (c) {
        case 0x20: if (!this.spaces()) this.normalChar(c); break;
        case 0x5e: // ^
          if (this.p === 1 || this.atBeglineLoc()) { this.reserve(1); this.push(Op.BegLine); } else this.normalChar(c);
          break;
        case 0x24: // $
          if (this.p === this.pend || this.atEndlineLoc()) { this.reserve(1); this.push(Op.EndLine); } else this.normalChar(c);
          break;
        case 0x2a: case 0x2b: case 0x3f: // * + ?
          if (this.laststart < 0) this.normalChar(c); else this.repeat(c);
          break;
        case 0x2e: this.reserve(1); this.laststart = this.code.length; this.push(Op.AnyChar); break;
        case 0x5b: this.bracket(); break;
        case 0x5c: this.backslash(); break;
        default: this.normalChar(c);
      }
    }
    this.fixupAltJump();
    if (this.stack.length > 0) fail(E.EPAREN);
    if (!this.o.posix) { this.reserve(1); this.push(Op.Succeed); }
  }

  /** A run of spaces under search-spaces-regexp; false when the space is an ordinary character. */
  private spaces(): boolean {
    if (this.ws === null || this.main !== null) return false;
    let p1 = this.p;
    while (p1 < this.pend && this.pat[p1] === 0x20) p1++;
    if (p1 < this.pend) {
      const n = this.pat[p1];
      if (n === 0x2a || n === 0x2b || n === 0x3f || (n === 0x5c && p1 + 1 < this.pend && this.pat[p1 + 1] === 0x7b)) return false;
    }
    this.main = { pat: this.pat, p: p1, pend: this.pend };
    this.pat = this.ws; this.p = 0; this.pend = this.ws.length;
    return true;
  }

  /** `^` just after `\(`, `\(?:`, `\(?N:` or `\|` (with that backslash itself unescaped). */
  private atBeglineLoc(): boolean {
    const pat = this.pat;
    let prev = this.p - 2;
    const ch = pat[prev];
    if (ch === 0x3a) {
      while (prev > 0 && pat[prev - 1] >= 0x30 && pat[prev - 1] <= 0x39) prev--;
      if (!(prev > 1 && pat[prev - 1] === 0x3f && pat[prev - 2] === 0x28)) return false;
      prev -= 2;
    } else if (ch !== 0x28 && ch !== 0x7c) return false;
    let q = prev;
    while (q > 0 && pat[q - 1] === 0x5c) q--;
    return ((prev - q) & 1) === 1;
  }
  private atEndlineLoc(): boolean {
    const { pat, p } = this;
    return pat[p] === 0x5c && p + 1 < this.pend && (pat[p + 1] === 0x29 || pat[p + 1] === 0x7c);
  }

  private normalChar(c: number): void {
    const { pat, p, pend } = this;
    const next = p < pend ? pat[p] : -1;
    if (this.pendingExact < 0 || this.pendingExact + 2 + this.code[this.pendingExact + 1] !== this.code.length
      || this.pendingBytes >= 251
      || next === 0x2a || next === 0x2b || next === 0x3f || next === 0x5e
      || (p + 1 < pend && next === 0x5c && pat[p + 1] === 0x7b)) {
      this.reserve(2);
      this.laststart = this.code.length;
      this.pendingExact = this.code.length;
      this.pendingBytes = 0;
      this.push(Op.Exact, 0);
    }
    this.reserve(5);
    const t = this.tr(c);
    this.code.push(t);
    this.code[this.pendingExact + 1]++;
    const bytes = this.gnuBytes(t);
    this.pendingBytes += bytes;
    this.gsize += bytes;
  }

  /** Greedy or lazy `*`, `+`, `?` (a run of them collapses into one operator). */
  private repeat(first: number): void {
    let c = first, zero = false, many = false, greedy = true;
    for (;;) {
      if (c === 0x3f && (zero || many)) greedy = false;
      else { zero ||= c !== 0x2b; many ||= c !== 0x3f; }
      const n = this.p < this.pend ? this.pat[this.p] : -1;
      if (n !== 0x2a && n !== 0x2b && n !== 0x3f) break;
      c = n; this.p++;
    }
    const ls = this.laststart, code = this.code;
    if (ls < 0 || ls === code.length) return;
    if (greedy) {
      if (many) {
        const simple = singleCharOpEnd(code, ls) === code.length;
        const ofj = simple || !canMatchEmpty(code, ls, code.length) ? Op.Ofj : Op.OfjLoop;
        let start = ls;
        if (!zero && simple) {
          // P+ with a one-character P becomes PP*, whose star can use the fast possessive loop.
          const bytes = this.gnuSizeOf(ls, code.length);
          this.reserve(bytes);
          start = code.length;
          for (let i = ls; i < start; i++) code.push(code[i]);
          this.gsize += bytes;
          zero = true;
        }
        this.reserve(6);
        if (!zero) {
          const b = code.length;
          this.push(ofj, 2 * J);
          this.push(Op.Jump, start - (b + J));
        } else {
          const b = code.length;
          this.insert(start, simple ? Op.OfjSmart : ofj, b + 2 * J - start);
          this.push(Op.Jump, start - code.length);
        }
      } else {
        this.reserve(3);
        this.insert(ls, Op.Ofj, code.length + J - ls);
      }
    } else if (many) {
      this.reserve(7);
      const emptyp = canMatchEmpty(code, ls, code.length);
      if (emptyp) this.push(Op.NoOp);
      const at = code.length;
      this.push(emptyp ? Op.OfjNasty : Op.Ofj, ls - at);
      if (zero) this.insert(ls, Op.Jump, at + J - ls);
    } else {
      this.reserve(7);
      const b = code.length;
      this.insert(ls, Op.Jump, b + J - ls);
      this.insert(ls, Op.Ofj, 2 * J);
    }
    this.pendingExact = -1;
  }

  private bracket(): void {
    if (this.p === this.pend) fail(E.EBRACK);
    this.reserve(34);
    const not = this.pat[this.p] === 0x5e;
    if (not) this.p++;
    const p1 = this.p;
    const set = new CharSetBuilder(not, this.o.translate);
    for (;;) {
      const p2 = this.p;
      if (this.p === this.pend) fail(E.EBRACK);
      const cls = parseClass(this.pat, this.p, this.pend);
      if (cls !== null) {
        if (cls[0] === CC.Error) fail(E.ECTYPE);
        this.p = cls[1];
        if (this.p === this.pend) fail(E.EBRACK);
        set.addClass(cls[0], this.ctx);
        if (cls[0] === CC.Space || cls[0] === CC.Word) this.usedSyntax = true;
        continue;
      }
      let c = this.fetch();
      if (c === 0x5d && p2 !== p1) break;
      let c1: number;
      if (this.p < this.pend && this.pat[this.p] === 0x2d && (this.p + 1 >= this.pend || this.pat[this.p + 1] !== 0x5d)) {
        this.p++;
        c1 = this.fetch();
        // A range from a multibyte character to a raw byte is empty.
        if (c1 >= 0x3fff80 && c >= 128 && c < 0x3fff80) c = c1 + 1;
      } else c1 = c;
      set.addRange(c, c1);
    }
    const built = set.build();
    // GNU's range table comes on top of the bitmap (at most 34 bytes with the opcode, reserved above).
    if (built.hasTable) this.reserve(built.gnuSize);
    this.laststart = this.code.length;
    this.sets.push(built);
    this.push(Op.Charset, this.sets.length - 1);
  }

  private backslash(): void {
    if (this.p === this.pend) fail(E.EESCAPE);
    const c = this.fetch();
    const code = this.code;
    switch (c) {
      case 0x28: this.openGroup(); return;
      case 0x29: this.closeGroup(); return;
      case 0x7c: { // \|
        this.reserve(3);
        const b = code.length;
        this.insert(this.begalt, Op.Ofj, b + 2 * J - this.begalt);
        this.pendingExact = -1;
        this.fixupAltJump();
        this.fixup = code.length;
        this.reserve(3);
        this.push(Op.Jump, 0);
        this.laststart = -1;
        this.begalt = code.length;
        return;
      }
      case 0x7b: this.interval(); return;
      case 0x3d: this.reserve(1); this.laststart = code.length; this.push(Op.AtDot); return;
      case 0x73: case 0x53: { // \sC \SC
        this.laststart = code.length;
        const k = this.fetch();
        this.reserve(2);
        this.push(c === 0x73 ? Op.Syntax : Op.NotSyntax, syntaxSpecCode(k));
        return;
      }
      case 0x63: case 0x43: { // \cC \CC
        this.laststart = code.length;
        const k = this.fetch();
        this.reserve(2);
        this.push(c === 0x63 ? Op.Category : Op.NotCategory, k);
        return;
      }
      case 0x77: this.reserve(2); this.laststart = code.length; this.push(Op.Syntax, Syn.Word); return;
      case 0x57: this.reserve(2); this.laststart = code.length; this.push(Op.NotSyntax, Syn.Word); return;
      case 0x3c: this.reserve(1); this.laststart = code.length; this.push(Op.WordBeg); return;
      case 0x3e: this.reserve(1); this.laststart = code.length; this.push(Op.WordEnd); return;
      case 0x5f: { // \_< \_>
        this.laststart = code.length;
        const k = this.fetch();
        this.reserve(1);
        if (k === 0x3c) this.push(Op.SymBeg);
        else if (k === 0x3e) this.push(Op.SymEnd);
        else fail(E.BADPAT);
        return;
      }
      case 0x62: this.reserve(1); this.push(Op.WordBound); return;
      case 0x42: this.reserve(1); this.push(Op.NotWordBound); return;
      case 0x60: this.reserve(1); this.push(Op.BegBuf); return;
      case 0x27: this.reserve(1); this.push(Op.EndBuf); return;
      default:
        if (c >= 0x31 && c <= 0x39) {
          const reg = c - 0x30;
          if (reg > this.nsub || this.groupOpen(reg)) fail(E.ESUBREG);
          this.reserve(2);
          this.laststart = code.length;
          this.push(Op.Dup, reg);
          return;
        }
        this.normalChar(c);
    }
  }

  private groupOpen(regnum: number): boolean { return this.stack.some((e) => e.regnum === regnum); }

  private openGroup(): void {
    let shy = false, regnum = 0;
    if (this.p + 1 < this.pend && this.pat[this.p] === 0x3f) {
      this.p++;
      while (!shy) {
        const c = this.fetch();
        if (c === 0x3a) shy = true;
        else if (c >= 0x30 && c <= 0x39) {
          if (c === 0x30 && regnum === 0) fail(E.BADPAT);
          regnum = regnum * 10 + c - 0x30;
          if (regnum > 0x7fffffff) fail(E.ESIZE);
        } else fail(E.BADPAT);
      }
    }
    if (!shy) regnum = ++this.nsub;
    else if (regnum > 0) {
      if (regnum > this.nsub) this.nsub = regnum;
      else if (this.groupOpen(regnum)) fail(E.BADPAT);
    } else regnum = -this.nsub;
    this.stack.push({ begalt: this.begalt, fixup: this.fixup, laststart: this.code.length, regnum });
    if (regnum > 0 && regnum <= MAX_REGNUM) { this.reserve(2); this.push(Op.StartMem, regnum); }
    this.fixup = -1;
    this.laststart = -1;
    this.begalt = this.code.length;
    this.pendingExact = -1;
  }

  private closeGroup(): void {
    if (this.stack.length === 0) fail(E.ERPAREN);
    this.fixupAltJump();
    const top = this.stack.pop()!;
    this.begalt = top.begalt;
    this.fixup = top.fixup;
    this.laststart = top.laststart;
    this.pendingExact = -1;
    if (top.regnum > 0 && top.regnum <= MAX_REGNUM) { this.reserve(2); this.push(Op.StopMem, top.regnum); }
  }

  /** Reads a count of `\{N,M\}`; returns [count or INIT when absent, the character after it]. */
  private count(init: number): [number, number] {
    let num = init;
    if (this.p === this.pend) fail(E.EBRACE);
    let c = this.fetch();
    while (c >= 0x30 && c <= 0x39) {
      if (num < 0) num = 0;
      const d = c - 0x30;
      if (Math.floor(RE_DUP_MAX / 10) - (RE_DUP_MAX % 10 < d ? 1 : 0) < num) fail(E.BADBR);
      num = num * 10 + d;
      if (this.p === this.pend) fail(E.EBRACE);
      c = this.fetch();
    }
    return [num, c];
  }

  private interval(): void {
    const begInterval = this.p;
    let [lower, c] = this.count(0);
    let upper: number;
    if (c === 0x2c) [upper, c] = this.count(-1);
    else upper = lower;
    if (lower < 0 || (upper >= 0 && upper < lower) || c !== 0x5c) fail(E.BADBR);
    if (this.p === this.pend) fail(E.EESCAPE);
    if (this.pat[this.p++] !== 0x7d) fail(E.BADBR);
    const ls = this.laststart, code = this.code;
    if (ls < 0) {
      // No preceding expression: `\{` stands for a literal `{`.
      this.p = begInterval;
      this.normalChar(0x7b);
      return;
    }
    if (upper === 0) { this.gsize -= this.gnuSizeOf(ls, code.length); code.length = ls; }
    else if (!(lower === 1 && upper === 1)) {
      this.reserve(20);
      const tail = upper < 0 ? J : upper > 1 ? N : 0;
      let start = ls;
      const b = code.length;
      if (lower === 0) {
        this.insert(ls, Op.OfjLoop, b + J + tail - ls);
      } else {
        const sn = this.counters++;
        this.insert(ls, Op.SucceedN, b + N + tail - ls, sn);
        this.insert(ls, Op.SetNumberAt, sn, lower);
        start = ls + N;
      }
      if (upper < 0) this.push(Op.Jump, start - code.length);
      else if (upper > 1) {
        const jn = this.counters++;
        this.push(Op.JumpN, start - code.length, jn);
        this.insert(ls, Op.SetNumberAt, jn, upper - 1);
      }
    }
    this.pendingExact = -1;
  }
}

/** End of the single character-matching op at PC, or -1 when PC holds something else (GNU: skip_one_char). */
export function singleCharOpEnd(code: ArrayLike<number>, pc: number): number {
  switch (code[pc]) {
    case Op.AnyChar: return pc + 1;
    case Op.Exact: return pc + 2 + code[pc + 1];
    case Op.Charset: case Op.Syntax: case Op.NotSyntax: case Op.Category: case Op.NotCategory: return pc + 2;
    default: return -1;
  }
}

/**
 * Compiles PATTERN (its characters as Emacs character codes). Throws RegexError with GNU's message.
 * CTX supplies the syntax table and case predicates that `[[:space:]]`-style classes bake in for ASCII.
 */
export function compileRegex(pattern: ArrayLike<number>, opts: CompileOptions, ctx: MatchContext, source = ""): Program {
  const o: Required<CompileOptions> = {
    translate: opts.translate ?? null, posix: opts.posix ?? false,
    whitespaceRegexp: opts.whitespaceRegexp ?? null, multibyte: opts.multibyte ?? true,
  };
  const c = new Compiler(Int32Array.from(pattern), o, ctx);
  c.compile();
  return finishProgram({
    source, code: Int32Array.from(c.code), sets: c.sets, nsub: c.nsub, counters: c.counters, posix: o.posix,
    translate: o.translate, usedSyntax: c.usedSyntax, multibyte: o.multibyte,
  }, ctx);
}
