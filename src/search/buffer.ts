// Regexp and literal searches in buffer text: re-search-forward/backward, search-forward/backward, their
// POSIX variants, looking-at (GNU: search.c search_command, search_buffer, looking_at_1). The engine reads
// the buffer through a character view of the accessible portion: the text is never copied into a string.
import { defun } from "../defun.js";
import { findSymbolValue } from "../env.js";
import { LispObject, LString, NIL, T, defsym, list } from "../lisp.js";
import { checkString, error, xsignal, argsOutOfRange } from "../signal.js";
import { funcall } from "../eval.js";
import { casifyString, CaseAction } from "../casefiddle.js";
import { Buffer, curBuf, bufferCharView } from "../buffer.js";
import { fixnumCoerceMarker, makeMarker, setMarker } from "../marker.js";
import {
  compilePattern, contextFor, scratchRegs, searchState, setMatchRegs, Vinhibit_changing_match_data, searchHooks,
  replaceCaseAction, ReplaceCase, searchContext,
} from "../search.js";
import { searchRegex, matchAt, RegexOverflow } from "../regex/index.js";

const Qsearch_failed = defsym("search-failed");

/** A literal search string as a regexp (search-forward searches through the same engine). */
function quoteRegexp(s: LString): LString {
  return new LString(s.s.replace(/[[*.\\?+^$]/g, "\\$&"), s.multibyte);
}

function runEngine<R>(f: () => R): R {
  try { return f(); } catch (e) {
    if (e instanceof RegexOverflow) error("Stack overflow in regexp matcher");
    throw e;
  }
}

/**
 * One search command (GNU: search_command): COUNT matches of PATTERN from point towards BOUND; DIRECTION
 * 1 forward, -1 backward. On success point moves to the end (forward) or start (backward) of the last match.
 */
function searchCommand(pattern: LispObject, bound: LispObject, noerror: LispObject, countArg: LispObject,
  direction: 1 | -1, regexp: boolean, posix: boolean): LispObject {
  let re = checkString(pattern);
  if (!regexp) re = quoteRegexp(re);
  let n = countArg === NIL ? 1 : (fixnumCoerceMarker(countArg) as number);
  if (n < 0) { n = -n; direction = direction === 1 ? -1 : 1; }
  const b: Buffer = curBuf();
  const pt = b.pt;
  let lim: number;
  if (bound === NIL) lim = direction > 0 ? b.zv : b.begv;
  else {
    lim = fixnumCoerceMarker(bound) as number;
    if (direction > 0 ? lim < pt : lim > pt) error("Invalid search bound (wrong side of point)");
    lim = Math.max(b.begv, Math.min(b.zv, lim));
  }
  const st = searchState();
  const prog = compilePattern(re, posix, st);
  const view = bufferCharView(b);
  const off = b.begv; // text index 0 is position begv
  const setData = findSymbolValue(Vinhibit_changing_match_data) === NIL;
  const regs = scratchRegs(prog.nsub, st);
  let pos = pt - off;
  let found = -1;
  for (let i = 0; i < n; i++) {
    const ctx = contextFor(prog, pos, st);
    found = runEngine(() => direction > 0
      ? searchRegex(prog, view, pos, lim - off - pos, lim - off, ctx, regs)
      : searchRegex(prog, view, pos, lim - off - pos, pos, ctx, regs));
    if (found < 0) break;
    pos = direction > 0 ? regs[1] : regs[0];
  }
  if (found < 0) {
    if (noerror === NIL) xsignal(Qsearch_failed, pattern);
    if (noerror !== T) b.pt = lim; // any other NOERROR: move to the bound
    return NIL;
  }
  if (setData) setMatchRegs(regs, prog.nsub + 1, b, off, st);
  b.pt = pos + off;
  return b.pt;
}

const doc = (what: string) => `Search ${what} from point for ${what.includes("regexp") ? "regular expression REGEXP" : "STRING"}.
Set point to the end of the occurrence found, and return point (the beginning when searching backward).
BOUND bounds the search; NOERROR nil signals search-failed, t returns nil, anything else moves to BOUND and
returns nil; COUNT repeats the search (negative searches the other way).`;

defun("re-search-forward", "(regexp &optional bound noerror count)", doc("forward regexp"),
  (re, bound, noerror, count) => searchCommand(re, bound, noerror, count, 1, true, false));
defun("re-search-backward", "(regexp &optional bound noerror count)", doc("backward regexp"),
  (re, bound, noerror, count) => searchCommand(re, bound, noerror, count, -1, true, false));
defun("posix-search-forward", "(regexp &optional bound noerror count)", doc("forward regexp (POSIX longest match)"),
  (re, bound, noerror, count) => searchCommand(re, bound, noerror, count, 1, true, true));
defun("posix-search-backward", "(regexp &optional bound noerror count)", doc("backward regexp (POSIX longest match)"),
  (re, bound, noerror, count) => searchCommand(re, bound, noerror, count, -1, true, true));
defun("search-forward", "(string &optional bound noerror count)", doc("forward"),
  (s, bound, noerror, count) => searchCommand(s, bound, noerror, count, 1, false, false));
defun("search-backward", "(string &optional bound noerror count)", doc("backward"),
  (s, bound, noerror, count) => searchCommand(s, bound, noerror, count, -1, false, false));

/** looking-at and posix-looking-at (GNU: looking_at_1): does REGEXP match text starting at point? */
function lookingAt(regexp: LispObject, inhibitModify: LispObject, posix: boolean): LispObject {
  const re = checkString(regexp);
  const b = curBuf();
  const st = searchState();
  const prog = compilePattern(re, posix, st);
  const view = bufferCharView(b);
  const pos = b.pt - b.begv;
  const regs = scratchRegs(prog.nsub, st);
  const end = runEngine(() => matchAt(prog, view, pos, view.length, contextFor(prog, pos, st), regs));
  if (end < 0) return NIL;
  if (inhibitModify === NIL && findSymbolValue(Vinhibit_changing_match_data) === NIL) {
    setMatchRegs(regs, prog.nsub + 1, b, b.begv, st);
  }
  return T;
}
defun("looking-at", "(regexp &optional inhibit-modify)", "Return t if text after point matches regular expression REGEXP.",
  (re, inhibit) => lookingAt(re, inhibit, false));
defun("posix-looking-at", "(regexp &optional inhibit-modify)", "Return t if text after point matches REGEXP according to Posix rules.",
  (re, inhibit) => lookingAt(re, inhibit, true));
void list;

// match-data returns markers for a buffer match (GNU: Fmatch_data builds them with Fset_marker).
searchHooks.makeMarker = (buffer, pos) => { const m = makeMarker(); setMarker(m, pos, buffer as Buffer); return m; };

// --- replace-match in a buffer (GNU: Freplace_match's buffer case) ------------------------------
const call = (name: string, ...args: LispObject[]): LispObject => funcall(defsym(name), ...args);

/** NEWTEXT with `\&`, `\N` and `\\` expanded from the buffer's match data (`\?` stays as it is). */
function substituteFromBuffer(newtext: LString, start: number, end: number): LString {
  const st = searchState();
  const chars = newtext.chars();
  const pieces: LispObject[] = [];
  let from = 0;
  const text = (a: number, b: number) => call("substring", newtext, a, b);
  for (let pos = 0; pos < chars.length;) {
    if (chars[pos++] !== 0x5c) continue;
    const c = pos < chars.length ? chars[pos++] : 0;
    let piece: LispObject | undefined;
    if (c === 0x26) piece = call("buffer-substring", start, end);
    else if (c >= 0x31 && c <= 0x39) {
      const n = c - 0x30;
      piece = n < st.numRegs && st.start[n] >= 0 ? call("buffer-substring", st.start[n], st.end[n]) : LString.fromJs("");
    } else if (c === 0x5c) { pieces.push(text(from, pos - 1)); from = pos; continue; }
    else if (c === 0x3f) continue;
    else error("Invalid use of ‘\\’ in replacement text");
    pieces.push(text(from, pos - 2), piece);
    from = pos;
  }
  pieces.push(text(from, chars.length));
  return call("concat", ...pieces) as LString;
}

searchHooks.replaceInBuffer = (newtext, fixedcase, literal, sub, subexp) => {
  const st = searchState();
  const b = curBuf();
  const s0 = st.start[sub], e0 = st.end[sub];
  if (s0 < 0) xsignal(defsym("error"), LString.fromJs("replace-match subexpression does not exist"), subexp);
  if (s0 < b.begv || e0 > b.zv || s0 > e0) argsOutOfRange(s0, e0);
  let text = literal ? newtext : substituteFromBuffer(newtext, s0, e0);
  if (!fixedcase) {
    const action = replaceCaseAction((p) => b.charAt(p), s0, e0, searchContext());
    if (action === ReplaceCase.AllCaps) text = casifyString(CaseAction.Up, text);
    else if (action === ReplaceCase.CapInitial) text = casifyString(CaseAction.CapitalizeUp, text);
  }
  // Insert the new text before the old, then delete the old: markers after the match keep their place.
  b.pt = s0;
  call("insert", text);
  const newEnd = b.pt;
  call("delete-region", newEnd, newEnd + (e0 - s0));
  b.pt = newEnd;
  // Move the match data across the change, as GNU does after a replacement.
  const delta = (newEnd - s0) - (e0 - s0);
  for (let i = 0; i < st.numRegs; i++) {
    if (st.start[i] < 0) continue;
    if (st.start[i] >= e0) st.start[i] += delta; else if (st.start[i] > s0) st.start[i] = s0;
    if (st.end[i] >= e0) st.end[i] += delta; else if (st.end[i] > s0) st.end[i] = s0;
  }
  if (st.end[sub] < newEnd) st.end[sub] = newEnd;
  return NIL;
};
