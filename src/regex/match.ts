// The backtracking matcher and the search loop (GNU: regex-emacs.c re_match_2_internal and re_search_2).
// The failure stack is an explicit Int32Array laid out like GNU's (frames of [previous frame, text position,
// pattern position], then saved registers and counters), because GNU's empty-loop detection inspects it and
// its size limit is where GNU reports "Stack overflow in regexp matcher".
import { bitmapIndex, charsetMatches } from "./charset.js";
import { leadingCode } from "./analyze.js";
import { MatchContext, Op, Program, RegexOverflow, RegexText, Syn } from "./types.js";

/** GNU: emacs_re_max_failures (40000) * TYPICAL_FAILURE_SIZE (20) stack slots. */
const MAX_SLOTS = 800000;
/** A push fails once fewer than 4 slots would remain (GNU: ENSURE_FAIL_STACK with 3 items). */
const OVERFLOW_AT = MAX_SLOTS - 3;
/** Iterations between calls of ctx.quit. */
const QUIT_INTERVAL = 1 << 16;

/** Failure stacks are reused between matches; a nested match (from a callback) gets its own. */
const stackPool: Int32Array[] = [];

/** Inputs of one match, bundled so the hot loop reads locals. */
interface Run {
  prog: Program;
  text: RegexText;
  stop: number;
  ctx: MatchContext;
  rs: Int32Array;
  re: Int32Array;
  ctr: Int32Array;
  stk: Int32Array;
}

function grow(run: Run, sp: number, need: number): Int32Array {
  if (sp + need < run.stk.length) return run.stk;
  if (sp >= OVERFLOW_AT) throw new RegexOverflow();
  const bigger = new Int32Array(Math.min(MAX_SLOTS + 3, run.stk.length * 4));
  bigger.set(run.stk);
  return (run.stk = bigger);
}

/** Matches one single-character op at PC against position D; returns the new position or -1. */
function matchOne(run: Run, pc: number, d: number): number {
  const { prog, text, ctx } = run;
  const code = prog.code, tr = prog.translate;
  switch (code[pc]) {
    case Op.Exact: {
      const n = code[pc + 1];
      if (d + n > run.stop) return -1;
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
      return charsetMatches(prog.sets[code[pc + 1]], c, corig, tr !== null, ctx, d) ? d + 1 : -1;
    }
    case Op.Syntax: case Op.NotSyntax:
      return ((ctx.syntax(text.charAt(d), d) !== code[pc + 1]) !== (code[pc] === Op.NotSyntax)) ? -1 : d + 1;
    case Op.Category: case Op.NotCategory:
      return (!ctx.category(text.charAt(d), code[pc + 1]) !== (code[pc] === Op.NotCategory)) ? -1 : d + 1;
    default: return -1;
  }
}

/** GNU's WORD_BOUNDARY_P: only pairs not both below 256 can have a boundary between two word characters. */
const wordBoundary = (ctx: MatchContext, c1: number, c2: number): boolean => !(c1 < 256 && c2 < 256) && ctx.wordBoundary(c1, c2);

/**
 * Tries to match at POS, not consuming text at or after STOP (assertions still look at the whole text).
 * Returns the end of the match or -1; fills REGS (start/end pairs, -1 for unmatched groups) on success.
 */
export function matchAt(prog: Program, text: RegexText, pos: number, stop: number, ctx: MatchContext, regs: Int32Array | null): number {
  const nregs = prog.nsub + 1;
  const run: Run = {
    prog, text, stop, ctx,
    rs: new Int32Array(nregs).fill(-1), re: new Int32Array(nregs).fill(-1), ctr: new Int32Array(prog.counters),
    stk: stackPool.pop() ?? new Int32Array(1024),
  };
  try {
    return execute(run, pos, regs);
  } finally {
    stackPool.push(run.stk);
  }
}

function execute(run: Run, pos: number, regs: Int32Array | null): number {
  const { prog, text, stop, ctx, rs, re, ctr } = run;
  const code = prog.code, len = code.length, textLen = text.length, tr = prog.translate;
  const trb = tr === null ? null : tr.bmp;
  const nregs = prog.nsub + 1;
  let stk = run.stk;
  let pc = 0, d = pos, sp = 0, fp = 0, ticks = 0;
  let bestSet = false, bestEnd = -1;
  let bestRs: Int32Array | null = null, bestRe: Int32Array | null = null;

  /** GNU's CHECK_INFINITE_LOOP: is there a frame for PAT at this same text position (NULL frames skipped)? */
  const cycle = (pat: number): boolean => {
    for (let f = fp; f > 0 && (stk[f - 2] === d || stk[f - 2] === -1); f = stk[f - 3]) if (stk[f - 1] === pat) return true;
    return false;
  };
  const pushFrame = (pat: number, str: number): void => {
    if (sp + 3 >= stk.length) stk = grow(run, sp, 3);
    if (sp >= OVERFLOW_AT) throw new RegexOverflow();
    stk[sp] = fp; stk[sp + 1] = str; stk[sp + 2] = pat;
    sp += 3; fp = sp;
  };
  const pushSave = (a: number, b: number, tag: number): void => {
    if (sp + 3 >= stk.length) stk = grow(run, sp, 3);
    if (sp >= OVERFLOW_AT) throw new RegexOverflow();
    stk[sp] = a; stk[sp + 1] = b; stk[sp + 2] = tag;
    sp += 3;
  };

  main: for (;;) {
    if (pc >= len) {
      // End of a POSIX program: keep looking for a longer match while failure points remain.
      if (d !== stop) {
        if (fp !== 0) {
          if (!bestSet || d > bestEnd) {
            bestSet = true; bestEnd = d;
            bestRs = rs.slice(); bestRe = re.slice();
          }
        } else {
          if (bestSet && !(d > bestEnd)) { d = bestEnd; rs.set(bestRs!); re.set(bestRe!); }
          break main;
        }
      } else break main;
    } else {
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
          continue;
        }
        case Op.AnyChar: {
          if (d >= stop) break;
          const ch = text.charAt(d);
          if ((trb === null ? ch : ch < 0x10000 ? trb[ch] : tr!.map(ch)) === 10) break;
          d++; pc++;
          continue;
        }
        case Op.Charset: {
          if (d >= stop) break;
          const corig = text.charAt(d);
          const c = trb === null ? corig : corig < 0x10000 ? trb[corig] : tr!.map(corig);
          const set = prog.sets[code[pc + 1]];
          const b = bitmapIndex(c);
          if (b >= 0 ? (set.bits[b] === 1) === set.not : !charsetMatches(set, c, corig, trb !== null, ctx, d)) break;
          d++; pc += 2;
          continue;
        }
        case Op.StartMem: {
          const r = code[pc + 1];
          pushSave(rs[r], re[r], r);
          rs[r] = d; pc += 2;
          continue;
        }
        case Op.StopMem: re[code[pc + 1]] = d; pc += 2; continue;
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
          continue;
        }
        case Op.BegLine:
          if (d === 0 || text.charAt(d - 1) === 10) { pc++; continue; }
          break;
        case Op.EndLine:
          if (d === textLen || text.charAt(d) === 10) { pc++; continue; }
          break;
        case Op.BegBuf: if (d === 0) { pc++; continue; } break;
        case Op.EndBuf: if (d === textLen) { pc++; continue; } break;
        case Op.Jump:
          if (++ticks === QUIT_INTERVAL) { ticks = 0; ctx.quit?.(); }
          pc += code[pc + 1];
          continue;
        case Op.Ofj: pushFrame(pc, d); pc += 2; continue;
        case Op.OfjLoop:
          if (cycle(pc)) pc += code[pc + 1];
          else { pushFrame(pc, d); pc += 2; }
          continue;
        case Op.OfjNasty:
          if (!cycle(pc - 1)) pushFrame(pc, d);
          pc += 2;
          continue;
        case Op.StarSimple: {
          // GNU pushes a placeholder failure point for the duration of the loop: it can overflow the stack.
          if (sp >= OVERFLOW_AT) throw new RegexOverflow();
          const body = pc + 2;
          for (;;) {
            if (d >= stop) break;
            const nd = matchOne(run, body, d);
            if (nd < 0) break;
            d = nd;
          }
          pc += code[pc + 1];
          continue;
        }
        case Op.SucceedN: {
          const k = code[pc + 2], n = ctr[k];
          if (n !== 0) { pushSave(n, k, -1); ctr[k] = n - 1; }
          else if (cycle(pc)) { pc += code[pc + 1]; continue; }
          else pushFrame(pc, d);
          pc += 3;
          continue;
        }
        case Op.JumpN: {
          const k = code[pc + 2], n = ctr[k];
          if (n !== 0) { pushSave(n, k, -1); ctr[k] = n - 1; pc += code[pc + 1]; }
          else pc += 3;
          continue;
        }
        case Op.SetNumberAt: {
          const k = code[pc + 1];
          pushSave(ctr[k], k, -1);
          ctr[k] = code[pc + 2]; pc += 3;
          continue;
        }
        case Op.WordBound: case Op.NotWordBound: {
          let not = code[pc] === Op.NotWordBound;
          if (d === 0 || d === textLen) not = !not;
          else {
            const c1 = text.charAt(d - 1), c2 = text.charAt(d);
            const s1 = ctx.syntax(c1, d - 1), s2 = ctx.syntax(c2, d);
            if ((s1 === Syn.Word) !== (s2 === Syn.Word) || (s1 === Syn.Word && wordBoundary(ctx, c1, c2))) not = !not;
          }
          if (not) { pc++; continue; }
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
          continue;
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
          continue;
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
          continue;
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
          continue;
        }
        case Op.Syntax: case Op.NotSyntax:
          if (d >= stop) break;
          if ((ctx.syntax(text.charAt(d), d) !== code[pc + 1]) !== (code[pc] === Op.NotSyntax)) break;
          d++; pc += 2;
          continue;
        case Op.AtDot: if (d === ctx.point) { pc++; continue; } break;
        case Op.Category: case Op.NotCategory:
          if (d >= stop) break;
          if (!ctx.category(text.charAt(d), code[pc + 1]) !== (code[pc] === Op.NotCategory)) break;
          d++; pc += 2;
          continue;
        case Op.NoOp: pc++; continue;
        default: throw new Error(`regex: bad opcode ${code[pc]} at ${pc}`);
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
      if (op === Op.OfjNasty) pushFrame(pat - 1, str);
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

/** Whether GNU's fastmap lets a match start at POS (GNU: the skip loops of re_search_2). */
function fastmapOk(prog: Program, fastmap: Uint8Array, text: RegexText, pos: number): boolean {
  const c = text.charAt(pos);
  const tr = prog.translate;
  if (text.unibyte) {
    if (c < 128) return fastmap[tr === null ? c : bitmapIndex(tr.map(c)) >= 0 ? bitmapIndex(tr.map(c)) : c] === 1;
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
  const fastmap = prog.fastmap;
  const str = text.str;
  const prefix = prog.prefix;
  for (;;) {
    if (prog.anchor === Op.BegLine && start > 0 && text.charAt(start - 1) !== 10) {
      // Not at a line start: cannot match here.
    } else {
      if (range > 0 && prefix.length > 0 && str !== undefined) {
        const i = str.indexOf(prefix, start);
        if (i < 0 || i > start + range) return -1;
        range -= i - start;
        start = i;
      } else if (fastmap !== null && start < total) {
        if (range > 0) {
          while (range > 0 && !fastmapOk(prog, fastmap, text, start)) { start++; range--; }
        } else if (!fastmapOk(prog, fastmap, text, start)) {
          if (range === 0) break;
          range++; start--;
          continue;
        }
      }
      if (range >= 0 && start === total && fastmap !== null) return -1;
      if (matchAt(prog, text, start, stop, ctx, regs) >= 0) return start;
    }
    if (range === 0) break;
    if (range > 0) { range--; start++; } else { range++; start--; }
  }
  return -1;
}
