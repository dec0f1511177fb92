// Per-program JavaScript for the backtracking matcher (GNU: re_match_2_internal, specialised by pattern).
//
// match.ts's `run` interprets any program; a program that is searched with again and again is also turned into
// a JS function of its own here: a `switch` on the program counter with one case per opcode, its operands
// (characters, sets, jump targets) written in as constants, straight-line code falling through to the next
// case. The failure stack, its frames and its limits are exactly those of `run` (so are GNU's errors), and so
// is the order in which alternatives are tried: only the dispatch changes. Each pattern's function is small and
// gets its own type feedback, instead of the one large interpreter being re-optimised for every pattern
// that reaches a case it had not seen yet.
//
// Programs using the rarer loop machinery (counted repetition, lazy loops that can match empty) and POSIX
// programs (longest match) stay with the interpreter.
import { charsetMatches, bitmapIndex } from "./charset.js";
import { CharSet, MatchContext, Op, opSize, Program, RegexOverflow, RegexText } from "./types.js";

/** What the generated code needs of match.ts's Matcher. */
export interface JitMatcher {
  readonly rs: Int32Array;
  readonly re: Int32Array;
  stk: Int32Array;
  text: RegexText;
  stop: number;
  ctx: MatchContext;
  /** Length of the whole text (assertions look past STOP). */
  readonly len: number;
  /** Grows the failure stack (signals RegexOverflow at GNU's limit). */
  growStack(sp: number): Int32Array;
  /** The possessive loop of StarSimple over the op at BODY. */
  starLoop(body: number, d: number): number;
}
/** Tries to match at POS; returns the end of the match or -1, filling REGS on success (as Matcher.run). */
export type JitFn = (m: JitMatcher, pos: number, regs: Int32Array | null) => number;

/** GNU: emacs_re_max_failures (40000) * TYPICAL_FAILURE_SIZE (20) stack slots, less 3 (see match.ts). */
const OVERFLOW_AT = 800000 - 3;
const QUIT_INTERVAL = 1 << 16;

function setHas(set: CharSet, c: number, corig: number, folding: boolean, ctx: MatchContext, pos: number): boolean {
  const b = bitmapIndex(c);
  return b >= 0 ? (set.bits[b] === 1) !== set.not : charsetMatches(set, c, corig, folding, ctx, pos);
}
const wordBoundary = (ctx: MatchContext, c1: number, c2: number): boolean => !(c1 < 256 && c2 < 256) && ctx.wordBoundary(c1, c2);

/** Programs longer than this stay interpreted (the generated source grows with the program). */
const MAX_CODE = 600;

/** The JS function for PROG, or null when it must stay with the interpreter. */
export function jitCompile(prog: Program): JitFn | null {
  if (prog.posix || prog.counters > 0) return null;
  const code = prog.code;
  if (code.length > MAX_CODE) return null;
  const tr = prog.translate !== null;
  const T = (x: string): string => (tr ? `(${x} < 0x10000 ? trb[${x}] : tr.map(${x}))` : x);
  const push = (pat: number): string =>
    `if (sp + 3 >= stk.length) stk = m.growStack(sp); if (sp >= ${OVERFLOW_AT}) throw new Overflow();\n`
    + `stk[sp] = fp; stk[sp + 1] = d; stk[sp + 2] = ${pat}; sp += 3; fp = sp;`;
  const charsetTest = (k: number, c: string, corig: string): string =>
    `(${c} < 128 ? b${k}[${c}] ${prog.sets[k].not ? "===" : "!=="} 1 : !setHas(s${k}, ${c}, ${corig}, ${tr}, ctx, d))`;
  const lines: string[] = [];
  const usedSets = new Set<number>();
  for (let pc = 0; pc < code.length;) {
    const op = code[pc];
    const next = pc + opSize(code, pc);
    lines.push(`case ${pc}:`);
    switch (op) {
      case Op.Succeed: lines.push("break main;"); break;
      case Op.Exact: {
        const n = code[pc + 1];
        lines.push(`if (d + ${n} > stop) break sw;`);
        if (n <= 12) {
          for (let i = 0; i < n; i++) lines.push(`{ const ch = text.charAt(d + ${i}); if (${T("ch")} !== ${code[pc + 2 + i]}) break sw; }`);
        } else {
          lines.push(`{ let i = 0; for (; i < ${n}; i++) { const ch = text.charAt(d + i); if (${T("ch")} !== code[${pc + 2} + i]) break; } if (i < ${n}) break sw; }`);
        }
        lines.push(`d += ${n};`);
        break;
      }
      case Op.AnyChar:
        lines.push(`if (d >= stop) break sw; { const ch = text.charAt(d); if (${T("ch")} === 10) break sw; } d++;`);
        break;
      case Op.Charset: {
        const k = code[pc + 1];
        usedSets.add(k);
        lines.push(`if (d >= stop) break sw; { const corig = text.charAt(d); const c = ${T("corig")}; if ${charsetTest(k, "c", "corig")} break sw; } d++;`);
        break;
      }
      case Op.StartMem: {
        const r = code[pc + 1];
        lines.push(`if (sp + 3 >= stk.length) stk = m.growStack(sp); if (sp >= ${OVERFLOW_AT}) throw new Overflow();`,
          `stk[sp] = rs[${r}]; stk[sp + 1] = re[${r}]; stk[sp + 2] = ${r}; sp += 3; rs[${r}] = d;`);
        break;
      }
      case Op.StopMem: lines.push(`re[${code[pc + 1]}] = d;`); break;
      case Op.Dup: {
        const r = code[pc + 1];
        lines.push(`if (re[${r}] < 0) break sw;`,
          `{ const s = rs[${r}], e = re[${r}]; if (d + (e - s) > stop) break sw; let k = s, dd = d;`,
          `for (; k < e; k++, dd++) { const a = text.charAt(dd), b = text.charAt(k); if (${T("a")} !== ${T("b")}) break; }`,
          `if (k < e) break sw; d = dd; }`);
        break;
      }
      case Op.BegLine: lines.push("if (d !== 0 && text.charAt(d - 1) !== 10) break sw;"); break;
      case Op.EndLine: lines.push("if (d !== textLen && text.charAt(d) !== 10) break sw;"); break;
      case Op.BegBuf: lines.push("if (d !== 0) break sw;"); break;
      case Op.EndBuf: lines.push("if (d !== textLen) break sw;"); break;
      case Op.Jump:
        lines.push(`if (++ticks === ${QUIT_INTERVAL}) { ticks = 0; if (ctx.quit !== undefined) ctx.quit(); }`,
          `pc = ${pc + code[pc + 1]}; continue main;`);
        break;
      case Op.Ofj: lines.push(push(pc)); break;
      case Op.OfjLoop:
        // GNU's CHECK_INFINITE_LOOP: a frame for this loop at this same position (NULL frames skipped).
        lines.push(`{ let cycle = false;`,
          `for (let f = fp; f > 0 && (stk[f - 2] === d || stk[f - 2] === -1); f = stk[f - 3]) if (stk[f - 1] === ${pc}) { cycle = true; break; }`,
          `if (cycle) { pc = ${pc + code[pc + 1]}; continue main; } }`, push(pc));
        break;
      case Op.StarSimple: {
        const body = pc + 2, bop = code[body];
        lines.push(`if (sp >= ${OVERFLOW_AT}) throw new Overflow();`);
        if (bop === Op.Charset) {
          const k = code[body + 1];
          usedSets.add(k);
          lines.push(`while (d < stop) { const corig = text.charAt(d); const c = ${T("corig")}; if ${charsetTest(k, "c", "corig")} break; d++; }`);
        } else if (bop === Op.Exact && code[body + 1] === 1) {
          lines.push(`while (d < stop) { const c = text.charAt(d); if (${T("c")} !== ${code[body + 2]}) break; d++; }`);
        } else if (bop === Op.Syntax || bop === Op.NotSyntax) {
          lines.push(`while (d < stop && (ctx.syntax(text.charAt(d), d) === ${code[body + 1]}) ${bop === Op.NotSyntax ? "===" : "!=="} false) d++;`);
        } else {
          lines.push(`d = m.starLoop(${body}, d);`);
        }
        // Then on after the loop (the body and the loop's jump back follow as cases of their own, as they are
        // ops the interpreter could be sent to, but execution does not fall into them).
        lines.push(`pc = ${pc + code[pc + 1]}; continue main;`);
        break;
      }
      case Op.WordBound: case Op.NotWordBound:
        lines.push(`{ let not = ${op === Op.NotWordBound};`,
          `if (d === 0 || d === textLen) not = !not;`,
          `else { const c1 = text.charAt(d - 1), c2 = text.charAt(d); const s1 = ctx.syntax(c1, d - 1), s2 = ctx.syntax(c2, d);`,
          `if ((s1 === 2) !== (s2 === 2) || (s1 === 2 && wordBoundary(ctx, c1, c2))) not = !not; }`,
          `if (!not) break sw; }`);
        break;
      case Op.WordBeg:
        lines.push(`if (d === textLen || d >= stop) break sw;`,
          `{ const c2 = text.charAt(d); if (ctx.syntax(c2, d) !== 2) break sw;`,
          `if (d !== 0) { const c1 = text.charAt(d - 1); if (ctx.syntax(c1, d - 1) === 2 && !wordBoundary(ctx, c1, c2)) break sw; } }`);
        break;
      case Op.WordEnd:
        lines.push(`if (d === 0) break sw;`,
          `{ const c1 = text.charAt(d - 1); if (ctx.syntax(c1, d - 1) !== 2) break sw;`,
          `if (d !== textLen) { const c2 = text.charAt(d); if (ctx.syntax(c2, d) === 2 && !wordBoundary(ctx, c1, c2)) break sw; } }`);
        break;
      case Op.SymBeg:
        lines.push(`if (d === textLen || d >= stop) break sw;`,
          `{ const s2 = ctx.syntax(text.charAt(d), d); if (s2 !== 2 && s2 !== 3) break sw;`,
          `if (d !== 0) { const s1 = ctx.syntax(text.charAt(d - 1), d - 1); if (s1 === 2 || s1 === 3) break sw; } }`);
        break;
      case Op.SymEnd:
        lines.push(`if (d === 0) break sw;`,
          `{ const s1 = ctx.syntax(text.charAt(d - 1), d - 1); if (s1 !== 2 && s1 !== 3) break sw;`,
          `if (d !== textLen) { const s2 = ctx.syntax(text.charAt(d), d); if (s2 === 2 || s2 === 3) break sw; } }`);
        break;
      case Op.Syntax: case Op.NotSyntax:
        lines.push(`if (d >= stop) break sw; if (ctx.syntax(text.charAt(d), d) ${op === Op.Syntax ? "!==" : "==="} ${code[pc + 1]}) break sw; d++;`);
        break;
      case Op.AtDot: lines.push("if (d !== ctx.point) break sw;"); break;
      case Op.Category: case Op.NotCategory:
        lines.push(`if (d >= stop) break sw; if (${op === Op.Category ? "!" : ""}ctx.category(text.charAt(d), ${code[pc + 1]})) break sw; d++;`);
        break;
      case Op.NoOp: break;
      default: return null; // OfjNasty, SucceedN, JumpN, SetNumberAt...: the interpreter's
    }
    // Falling through to the next case is moving on to the next op.
    pc = next;
  }
  const nregs = prog.nsub + 1;
  const resetRegs: string[] = [];
  const fillRegs: string[] = [];
  for (let r = 1; r < nregs; r++) {
    resetRegs.push(`rs[${r}] = -1; re[${r}] = -1;`);
    fillRegs.push(`if (re[${r}] < 0) { regs[${2 * r}] = -1; regs[${2 * r + 1}] = -1; } else { regs[${2 * r}] = rs[${r}]; regs[${2 * r + 1}] = re[${r}]; }`);
  }
  const setDecls = [...usedSets].map((k) => `const s${k} = sets[${k}], b${k} = s${k}.bits;`).join("\n");
  const src = `"use strict";
${setDecls}
const trb = tr === null ? null : tr.bmp;
return function (m, pos, regs) {
  const text = m.text, stop = m.stop, ctx = m.ctx, rs = m.rs, re = m.re, textLen = m.len;
  ${resetRegs.join(" ")}
  let stk = m.stk, pc = 0, d = pos, sp = 0, fp = 0, ticks = 0;
  main: for (;;) {
    sw: switch (pc) {
${lines.join("\n")}
      default: throw new Error("regex: bad jump target " + pc);
    }
    // Failure: resume at the most recent failure point, undoing the register changes since.
    if (++ticks === ${QUIT_INTERVAL}) { ticks = 0; if (ctx.quit !== undefined) ctx.quit(); }
    if (fp === 0) return -1;
    while (sp > fp) { sp -= 3; const tag = stk[sp + 2]; rs[tag] = stk[sp]; re[tag] = stk[sp + 1]; }
    const pat = stk[fp - 1];
    d = stk[fp - 2];
    sp = fp - 3;
    fp = stk[fp - 3];
    pc = pat + code[pat + 1];
  }
  if (regs !== null) {
    regs[0] = pos; regs[1] = d;
    ${fillRegs.join("\n    ")}
  }
  return d;
};`;
  // eslint-disable-next-line no-new-func
  return new Function("code", "sets", "tr", "setHas", "wordBoundary", "Overflow", src)(
    code, prog.sets, prog.translate, setHas, wordBoundary, RegexOverflow) as JitFn;
}
