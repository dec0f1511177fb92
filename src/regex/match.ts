// The backtracking matcher and the search loop (GNU: regex-emacs.c re_match_2_internal and re_search_2).
// The failure stack is an explicit Int32Array laid out like GNU's (frames of [previous frame, text position,
// pattern position], then saved registers and counters), because GNU's empty-loop detection inspects it and
// its size limit is where GNU reports "Stack overflow in regexp matcher".
import { bitmapIndex, charsetMatches } from "./charset.js";
import { leadingCode } from "./analyze.js";
import { CharSet, MatchContext, Op, Program, RegexOverflow, RegexText, Syn } from "./types.js";
import { jitCompile, JitFn } from "./jit.js";

/** GNU: emacs_re_max_failures (40000) * TYPICAL_FAILURE_SIZE (20) stack slots. */
const MAX_SLOTS = 800000;
/** A push fails once fewer than 4 slots would remain (GNU: ENSURE_FAIL_STACK with 3 items). */
const OVERFLOW_AT = MAX_SLOTS - 3;
/** Iterations between calls of ctx.quit. */
const QUIT_INTERVAL = 1 << 16;

/** A failure stack larger than this is dropped after the search instead of staying with its program. */
const KEEP_STACK = 1 << 14;
const EMPTY_TEXT: RegexText = { length: 0, charAt: () => -1 };

/** GNU's WORD_BOUNDARY_P: only pairs not both below 256 can have a boundary between two word characters. */
const wordBoundary = (ctx: MatchContext, c1: number, c2: number): boolean => !(c1 < 256 && c2 < 256) && ctx.wordBoundary(c1, c2);

/** Whether SET accepts text character CORIG (translated to C). */
function setHas(set: CharSet, c: number, corig: number, folding: boolean, ctx: MatchContext, pos: number): boolean {
  const b = bitmapIndex(c);
  return b >= 0 ? (set.bits[b] === 1) !== set.not : charsetMatches(set, c, corig, folding, ctx, pos);
}

/**
 * The state of one search or match: registers, counters and the failure stack. Each program keeps one for
 * reuse (so that a search allocates nothing); a nested search with the same program gets a fresh one.
 */
class Matcher {
  readonly rs: Int32Array;
  readonly re: Int32Array;
  readonly ctr: Int32Array;
  stk: Int32Array = new Int32Array(256);
  text: RegexText = EMPTY_TEXT;
  stop = 0;
  ctx: MatchContext = undefined as unknown as MatchContext;
  private textLen = 0;
  busy = false;
  /** Length of the whole text (for jit.ts's generated code). */
  get len(): number { return this.textLen; }

  constructor(readonly prog: Program) {
    const nregs = prog.nsub + 1;
    this.rs = new Int32Array(nregs);
    this.re = new Int32Array(nregs);
    this.ctr = new Int32Array(prog.counters);
  }

  /** The program's reusable Matcher (state is reset by every run, so sharing it is invisible), or a new one. */
  static acquire(prog: Program, text: RegexText, stop: number, ctx: MatchContext): Matcher {
    const cached = prog.scratch as Matcher | null;
    let m: Matcher;
    if (cached !== null && !cached.busy) m = cached;
    else {
      m = new Matcher(prog);
      if (cached === null) prog.scratch = m;
    }
    m.busy = true;
    m.text = text; m.stop = stop; m.ctx = ctx; m.textLen = text.length;
    return m;
  }
  release(): void {
    if (this.stk.length > KEEP_STACK) this.stk = new Int32Array(256);
    this.text = EMPTY_TEXT; this.busy = false;
  }

  /** For jit.ts's generated code. */
  growStack(sp: number): Int32Array { return this.grow(sp); }
  starLoop(body: number, d: number): number { return this.star(body, d); }

  private grow(sp: number): Int32Array {
    if (sp >= OVERFLOW_AT) throw new RegexOverflow();
    const bigger = new Int32Array(Math.min(MAX_SLOTS + 3, this.stk.length * 4));
    bigger.set(this.stk);
    return (this.stk = bigger);
  }

  /** Matches the single-character op at PC at position D; returns the new position or -1. */
  private one(pc: number, d: number): number {
    const { prog, text, ctx } = this;
    const code = prog.code, tr = prog.translate;
    switch (code[pc]) {
      case Op.Exact: {
        const n = code[pc + 1];
        if (d + n > this.stop) return -1;
        for (let i = 0; i < n; i++) {
          let ch = text.charAt(d + i);
          if (tr !== null) ch = ch < 0x10000 ? tr.bmp[ch] : tr.map(ch);
          if (ch !== code[pc + 2 + i]) return -1;
        }
        return d + n;
      }
      case Op.AnyChar: {
        let ch = text.charAt(d);
        if (tr !== null) ch = ch < 0x10000 ? tr.bmp[ch] : tr.map(ch);
        return ch === 10 ? -1 : d + 1;
      }
      case Op.Charset: {
        const corig = text.charAt(d);
        const c = tr === null ? corig : corig < 0x10000 ? tr.bmp[corig] : tr.map(corig);
        return setHas(prog.sets[code[pc + 1]], c, corig, tr !== null, ctx, d) ? d + 1 : -1;
      }
      case Op.Syntax: case Op.NotSyntax:
        return ((ctx.syntax(text.charAt(d), d) !== code[pc + 1]) !== (code[pc] === Op.NotSyntax)) ? -1 : d + 1;
      case Op.Category: case Op.NotCategory:
        return (!ctx.category(text.charAt(d), code[pc + 1]) !== (code[pc] === Op.NotCategory)) ? -1 : d + 1;
      default: return -1;
    }
  }

  /** The possessive loop of StarSimple over the op at BODY, from D; returns where it stops. */
  private star(body: number, d: number): number {
    const { prog, text } = this;
    const stop = this.stop;
    if (prog.code[body] === Op.Charset) {
      const set = prog.sets[prog.code[body + 1]];
      const bits = set.bits, not = set.not, tr = prog.translate;
      if (tr === null) {
        while (d < stop) {
          const c = text.charAt(d);
          if (c < 128 ? (bits[c] === 1) === not : !setHas(set, c, c, false, this.ctx, d)) break;
          d++;
        }
      } else {
        const trb = tr.bmp;
        while (d < stop) {
          const corig = text.charAt(d);
          const c = corig < 0x10000 ? trb[corig] : tr.map(corig);
          if (c < 128 ? (bits[c] === 1) === not : !setHas(set, c, corig, true, this.ctx, d)) break;
          d++;
        }
      }
      return d;
    }
    const op = prog.code[body];
    if (op === Op.Exact && prog.code[body + 1] === 1) {
      const want = prog.code[body + 2], tr = prog.translate;
      if (tr === null) { while (d < stop && text.charAt(d) === want) d++; }
      else {
        const trb = tr.bmp;
        for (; d < stop; d++) { const c = text.charAt(d); if ((c < 0x10000 ? trb[c] : tr.map(c)) !== want) break; }
      }
      return d;
    }
    if (op === Op.Syntax || op === Op.NotSyntax) {
      const cls = prog.code[body + 1], not = op === Op.NotSyntax, ctx = this.ctx;
      while (d < stop && (ctx.syntax(text.charAt(d), d) === cls) !== not) d++;
      return d;
    }
    while (d < stop) {
      const nd = this.one(body, d);
      if (nd < 0) break;
      d = nd;
    }
    return d;
  }

  /**
   * Tries to match at POS. Returns the end of the match or -1; fills REGS (start/end pairs, -1 for unmatched
   * groups) on success.
   */
  run(pos: number, regs: Int32Array | null): number {
    const { prog, text, stop, ctx, rs, re, ctr } = this;
    const code = prog.code, len = code.length, textLen = this.textLen, tr = prog.translate;
    const trb = tr === null ? null : tr.bmp;
    const nregs = prog.nsub + 1;
    for (let r = 1; r < nregs; r++) { rs[r] = -1; re[r] = -1; }
    let stk = this.stk;
    let pc = 0, d = pos, sp = 0, fp = 0, ticks = 0;
    let bestSet = false, bestEnd = -1;
    let bestRs: Int32Array | null = null, bestRe: Int32Array | null = null;

    main: for (;;) {
      if (pc >= len) {
        // End of a POSIX program: keep looking for a longer match while failure points remain.
        if (d === stop) break main;
        if (fp === 0) {
          if (bestSet && !(d > bestEnd)) { d = bestEnd; rs.set(bestRs!); re.set(bestRe!); }
          break main;
        }
        if (!bestSet || d > bestEnd) { bestSet = true; bestEnd = d; bestRs = rs.slice(); bestRe = re.slice(); }
      } else {
        // Each case either continues `main` (success) or breaks out of the switch into the failure code.
        let pushPat = -1;
        switch (code[pc]) {
          case Op.Succeed: break main;
          case Op.Exact: {
            const n = code[pc + 1];
            if (d + n > stop) break;
            let i = 0;
            if (trb === null) { while (i < n && text.charAt(d + i) === code[pc + 2 + i]) i++; }
            else {
              while (i < n) {
                const ch = text.charAt(d + i);
                if ((ch < 0x10000 ? trb[ch] : tr!.map(ch)) !== code[pc + 2 + i]) break;
                i++;
              }
            }
            if (i < n) break;
            d += n; pc += 2 + n;
            continue main;
          }
          case Op.AnyChar: {
            if (d >= stop) break;
            const ch = text.charAt(d);
            if ((trb === null ? ch : ch < 0x10000 ? trb[ch] : tr!.map(ch)) === 10) break;
            d++; pc++;
            continue main;
          }
          case Op.Charset: {
            if (d >= stop) break;
            const corig = text.charAt(d);
            const c = trb === null ? corig : corig < 0x10000 ? trb[corig] : tr!.map(corig);
            const set = prog.sets[code[pc + 1]];
            if (c < 128 ? (set.bits[c] === 1) === set.not : !setHas(set, c, corig, trb !== null, ctx, d)) break;
            d++; pc += 2;
            continue main;
          }
          case Op.StartMem: {
            const r = code[pc + 1];
            if (sp + 3 >= stk.length) stk = this.grow(sp);
            if (sp >= OVERFLOW_AT) throw new RegexOverflow();
            stk[sp] = rs[r]; stk[sp + 1] = re[r]; stk[sp + 2] = r; sp += 3;
            rs[r] = d; pc += 2;
            continue main;
          }
          case Op.StopMem: re[code[pc + 1]] = d; pc += 2; continue main;
          case Op.Dup: {
            const r = code[pc + 1];
            if (re[r] < 0) break;
            const s = rs[r], e = re[r];
            if (d + (e - s) > stop) break;
            let k = s, dd = d;
            for (; k < e; k++, dd++) {
              let a = text.charAt(dd), b = text.charAt(k);
              if (trb !== null) { a = a < 0x10000 ? trb[a] : tr!.map(a); b = b < 0x10000 ? trb[b] : tr!.map(b); }
              if (a !== b) break;
            }
            if (k < e) break;
            d = dd; pc += 2;
            continue main;
          }
          case Op.BegLine:
            if (d === 0 || text.charAt(d - 1) === 10) { pc++; continue main; }
            break;
          case Op.EndLine:
            if (d === textLen || text.charAt(d) === 10) { pc++; continue main; }
            break;
          case Op.BegBuf: if (d === 0) { pc++; continue main; } break;
          case Op.EndBuf: if (d === textLen) { pc++; continue main; } break;
          case Op.Jump:
            if (++ticks === QUIT_INTERVAL) { ticks = 0; ctx.quit?.(); }
            pc += code[pc + 1];
            continue main;
          case Op.Ofj: pushPat = pc; break;
          case Op.OfjLoop: case Op.OfjNasty: case Op.SucceedN: {
            const op = code[pc];
            if (op === Op.SucceedN) {
              const k = code[pc + 2], n = ctr[k];
              if (n !== 0) {
                if (sp + 3 >= stk.length) stk = this.grow(sp);
                if (sp >= OVERFLOW_AT) throw new RegexOverflow();
                stk[sp] = n; stk[sp + 1] = k; stk[sp + 2] = -1; sp += 3;
                ctr[k] = n - 1; pc += 3;
                continue main;
              }
            }
            // GNU's CHECK_INFINITE_LOOP: a frame for this loop at this same position (NULL frames skipped).
            const pat = op === Op.OfjNasty ? pc - 1 : pc;
            let cycle = false;
            for (let f = fp; f > 0 && (stk[f - 2] === d || stk[f - 2] === -1); f = stk[f - 3]) {
              if (stk[f - 1] === pat) { cycle = true; break; }
            }
            if (!cycle) pushPat = pc;
            else if (op !== Op.OfjNasty) { pc += code[pc + 1]; continue main; }
            else { pc += 2; continue main; }
            break;
          }
          case Op.StarSimple:
            // GNU pushes a placeholder failure point for the duration of the loop: it can overflow the stack.
            if (sp >= OVERFLOW_AT) throw new RegexOverflow();
            d = this.star(pc + 2, d);
            pc += code[pc + 1];
            continue main;
          case Op.JumpN: {
            const k = code[pc + 2], n = ctr[k];
            if (n === 0) { pc += 3; continue main; }
            if (sp + 3 >= stk.length) stk = this.grow(sp);
            if (sp >= OVERFLOW_AT) throw new RegexOverflow();
            stk[sp] = n; stk[sp + 1] = k; stk[sp + 2] = -1; sp += 3;
            ctr[k] = n - 1; pc += code[pc + 1];
            continue main;
          }
          case Op.SetNumberAt: {
            const k = code[pc + 1];
            if (sp + 3 >= stk.length) stk = this.grow(sp);
            if (sp >= OVERFLOW_AT) throw new RegexOverflow();
            stk[sp] = ctr[k]; stk[sp + 1] = k; stk[sp + 2] = -1; sp += 3;
            ctr[k] = code[pc + 2]; pc += 3;
            continue main;
          }
          case Op.WordBound: case Op.NotWordBound: {
            let not = code[pc] === Op.NotWordBound;
            if (d === 0 || d === textLen) not = !not;
            else {
              const c1 = text.charAt(d - 1), c2 = text.charAt(d);
              const s1 = ctx.syntax(c1, d - 1), s2 = ctx.syntax(c2, d);
              if ((s1 === Syn.Word) !== (s2 === Syn.Word) || (s1 === Syn.Word && wordBoundary(ctx, c1, c2))) not = !not;
            }
            if (not) { pc++; continue main; }
            break;
          }
          case Op.WordBeg: {
            if (d === textLen || d >= stop) break;
            const c2 = text.charAt(d);
            if (ctx.syntax(c2, d) !== Syn.Word) break;
            if (d !== 0) {
              const c1 = text.charAt(d - 1);
              if (ctx.syntax(c1, d - 1) === Syn.Word && !wordBoundary(ctx, c1, c2)) break;
            }
            pc++;
            continue main;
          }
          case Op.WordEnd: {
            if (d === 0) break;
            const c1 = text.charAt(d - 1);
            if (ctx.syntax(c1, d - 1) !== Syn.Word) break;
            if (d !== textLen) {
              const c2 = text.charAt(d);
              if (ctx.syntax(c2, d) === Syn.Word && !wordBoundary(ctx, c1, c2)) break;
            }
            pc++;
            continue main;
          }
          case Op.SymBeg: {
            if (d === textLen || d >= stop) break;
            const s2 = ctx.syntax(text.charAt(d), d);
            if (s2 !== Syn.Word && s2 !== Syn.Symbol) break;
            if (d !== 0) {
              const s1 = ctx.syntax(text.charAt(d - 1), d - 1);
              if (s1 === Syn.Word || s1 === Syn.Symbol) break;
            }
            pc++;
            continue main;
          }
          case Op.SymEnd: {
            if (d === 0) break;
            const s1 = ctx.syntax(text.charAt(d - 1), d - 1);
            if (s1 !== Syn.Word && s1 !== Syn.Symbol) break;
            if (d !== textLen) {
              const s2 = ctx.syntax(text.charAt(d), d);
              if (s2 === Syn.Word || s2 === Syn.Symbol) break;
            }
            pc++;
            continue main;
          }
          case Op.Syntax: case Op.NotSyntax:
            if (d >= stop) break;
            if ((ctx.syntax(text.charAt(d), d) !== code[pc + 1]) !== (code[pc] === Op.NotSyntax)) break;
            d++; pc += 2;
            continue main;
          case Op.AtDot: if (d === ctx.point) { pc++; continue main; } break;
          case Op.Category: case Op.NotCategory:
            if (d >= stop) break;
            if (!ctx.category(text.charAt(d), code[pc + 1]) !== (code[pc] === Op.NotCategory)) break;
            d++; pc += 2;
            continue main;
          case Op.NoOp: pc++; continue main;
          default: throw new Error(`regex: bad opcode ${code[pc]} at ${pc}`);
        }
        if (pushPat >= 0) {
          // A failure point resuming at the jump's target with the current text position.
          if (sp + 3 >= stk.length) stk = this.grow(sp);
          if (sp >= OVERFLOW_AT) throw new RegexOverflow();
          stk[sp] = fp; stk[sp + 1] = d; stk[sp + 2] = pushPat;
          sp += 3; fp = sp;
          pc += code[pc] === Op.SucceedN ? 3 : 2;
          continue main;
        }
      }

      // Failure: resume at the most recent failure point, undoing the register and counter changes since.
      for (;;) {
        if (++ticks === QUIT_INTERVAL) { ticks = 0; ctx.quit?.(); }
        if (fp === 0) {
          if (!bestSet) return -1;
          d = bestEnd; rs.set(bestRs!); re.set(bestRe!);
          break main;
        }
        while (sp > fp) {
          sp -= 3;
          const tag = stk[sp + 2];
          if (tag < 0) ctr[stk[sp + 1]] = stk[sp];
          else { rs[tag] = stk[sp]; re[tag] = stk[sp + 1]; }
        }
        const pat = stk[fp - 1], str = stk[fp - 2];
        sp = fp - 3;
        fp = stk[fp - 3];
        const op = code[pat];
        if (op === Op.NoOp) continue; // the marker a popped OfjNasty leaves behind
        if (op === Op.OfjNasty) {
          if (sp + 3 >= stk.length) stk = this.grow(sp);
          if (sp >= OVERFLOW_AT) throw new RegexOverflow();
          stk[sp] = fp; stk[sp + 1] = str; stk[sp + 2] = pat - 1;
          sp += 3; fp = sp;
        }
        d = str;
        pc = pat + code[pat + 1];
        break;
      }
    }

    if (regs !== null) {
      regs[0] = pos; regs[1] = d;
      for (let r = 1; r < nregs; r++) {
        if (re[r] < 0) { regs[2 * r] = -1; regs[2 * r + 1] = -1; }
        else { regs[2 * r] = rs[r]; regs[2 * r + 1] = re[r]; }
      }
    }
    return d;
  }
}

/**
 * Tries to match at POS, not consuming text at or after STOP (assertions still look at the whole text).
 * Returns the end of the match or -1; fills REGS (start/end pairs, -1 for unmatched groups) on success.
 */
export function matchAt(prog: Program, text: RegexText, pos: number, stop: number, ctx: MatchContext, regs: Int32Array | null): number {
  const m = Matcher.acquire(prog, text, stop, ctx);
  const jit = jitFor(prog);
  let end: number;
  try { end = jit !== null ? jit(m, pos, regs) : m.run(pos, regs); } catch (e) { m.release(); throw e; }
  m.release();
  return end;
}

/** Searches with a program before it gets its own JS function (most patterns are used once or twice). */
const JIT_AFTER = 3;
/** PROG's generated matcher once it has been used often enough, else null (then `run` interprets it). */
function jitFor(prog: Program): JitFn | null {
  const j = prog.jit as JitFn | null | undefined;
  if (j !== undefined) return j;
  if (++prog.uses < JIT_AFTER) return null;
  const f = jitCompile(prog);
  prog.jit = f;
  return f;
}

/** Whether GNU's fastmap lets a match start at POS (GNU: the skip loops of re_search_2). */
function fastmapOk(prog: Program, fastmap: Uint8Array, text: RegexText, pos: number): boolean {
  const c = text.charAt(pos);
  const tr = prog.translate;
  if (text.unibyte) {
    if (c < 128) {
      const t = tr === null ? c : bitmapIndex(tr.map(c));
      return fastmap[t >= 0 ? t : c] === 1;
    }
    return fastmap[c - 0x3fff00] === 1;
  }
  const t = tr === null ? c : c < 0x10000 ? tr.bmp[c] : tr.map(c);
  return fastmap[t < 128 ? t : leadingCode(t)] === 1;
}

/**
 * Searches for a match starting at START, then START+1... up to START+RANGE (or downwards when RANGE < 0),
 * never consuming text past STOP (GNU: re_search_2). Returns the start of the match or -1.
 */
export function searchRegex(prog: Program, text: RegexText, start: number, range: number, stop: number,
  ctx: MatchContext, regs: Int32Array | null): number {
  const total = text.length;
  if (start < 0 || start > total) return -1;
  const endpos = start + range;
  if (endpos < 0) range = -start;
  else if (endpos > total) range = total - start;
  if (prog.anchor === Op.BegBuf && range > 0) {
    if (start > 0) return -1;
    range = 0;
  }
  if (prog.anchor === Op.AtDot && range > 0) {
    range = ctx.point - start;
    if (range < 0) return -1;
  }
  const m = Matcher.acquire(prog, text, stop, ctx);
  // No try/finally: V8 keeps deoptimizing the rarely taken exits through a finally block.
  const jit = jitFor(prog);
  let found: number;
  try { found = scan(m, prog, text, start, range, regs, jit); } catch (e) { m.release(); throw e; }
  m.release();
  return found;
}

/** The start-position loop of searchRegex (RANGE already clipped to the text). */
function scan(m: Matcher, prog: Program, text: RegexText, start: number, range: number, regs: Int32Array | null,
  jit: JitFn | null): number {
  const total = text.length;
  const fastmap = prog.fastmap;
  const str = text.str;
  // Forward scans over a JS string test ASCII characters in one table (translation included).
  const scanStr = str !== undefined && !text.unibyte ? str : undefined;
  const ascii = prog.fastmapAscii;
  const prefix = prog.prefix;
  for (;;) {
    if (prog.anchor === Op.BegLine && start > 0 && text.charAt(start - 1) !== 10) {
      // Not at a line start: cannot match here. Forwards in a JS string, jump to the next line start.
      if (range > 0 && str !== undefined) {
        const nl = str.indexOf("\n", start);
        if (nl < 0 || nl + 1 > start + range) return -1;
        range -= nl + 1 - start;
        start = nl + 1;
        continue;
      }
    } else {
      if (range > 0 && prefix.length > 0 && str !== undefined) {
        const i = str.indexOf(prefix, start);
        if (i < 0 || i > start + range) return -1;
        range -= i - start;
        start = i;
      } else if (fastmap !== null && start < total) {
        if (range > 0) {
          if (scanStr !== undefined && ascii !== null) {
            while (range > 0) {
              const c = scanStr.charCodeAt(start);
              if (c < 128 ? ascii[c] === 1 : fastmapOk(prog, fastmap, text, start)) break;
              start++; range--;
            }
          } else if (ascii !== null && text.findAscii !== undefined && !text.unibyte) {
            // Buffer text: skip rejected ASCII in bulk; non-ASCII candidates go through the full fastmap test.
            while (range > 0) {
              const i = text.findAscii(ascii, start, start + range);
              if (i < 0) { start += range; range = 0; break; }
              range -= i - start; start = i;
              if (text.charAt(start) < 128 || fastmapOk(prog, fastmap, text, start)) break;
              start++; range--;
            }
          } else {
            while (range > 0 && !fastmapOk(prog, fastmap, text, start)) { start++; range--; }
          }
        } else if (!fastmapOk(prog, fastmap, text, start)) {
          if (range === 0) break;
          range++; start--;
          continue;
        }
      }
      if (range >= 0 && start === total && fastmap !== null) return -1;
      if ((jit !== null ? jit(m, start, regs) : m.run(start, regs)) >= 0) return start;
    }
    if (range === 0) break;
    if (range > 0) { range--; start++; } else { range++; start--; }
  }
  return -1;
}
