// Regexp and literal searches in buffer text: re-search-forward/backward, search-forward/backward, their
// POSIX variants, looking-at (GNU: search.c search_command, search_buffer, looking_at_1). The engine reads
// the buffer through a character view of the accessible portion: the text is never copied into a string.
import { defun } from "../defun.js";
import { findSymbolValue } from "../env.js";
import { LispObject, LString, NIL, T, defsym, list } from "../lisp.js";
import { checkString, error, xsignal, argsOutOfRange } from "../signal.js";
import { funcall } from "../eval.js";
import { replaceRange, signalAfterChange } from "../insdel.js";
import { Buffer, curBuf } from "../buffer.js";
import { GapText } from "../text/gap-buffer.js";
import { fixnumCoerceMarker, makeMarker, setMarker } from "../marker.js";
import {
  compilePattern, contextFor, scratchRegs, searchState, setMatchRegs, Vinhibit_changing_match_data, searchHooks,
  replaceCaseAction, ReplaceCase, searchContext,
} from "../search.js";
import { searchRegex, matchAt, RegexOverflow } from "../regex/index.js";

const Qsearch_failed = defsym("search-failed");

/**
 * A literal search string as a regexp (search-forward searches through the same engine). The quoted string is
 * remembered per search string object, so that a loop of search-forward calls hits the compiled-pattern cache's
 * per-object fast path instead of quoting and looking up the pattern text each time.
 */
function quoteRegexp(s: LString): LString {
  if (s === lastQuoted && lastQuotedHit !== undefined && lastQuotedHit.s === s.s && lastQuotedHit.multibyte === s.multibyte) {
    return lastQuotedHit.re;
  }
  let hit = quoted.get(s);
  if (hit === undefined || hit.s !== s.s || hit.multibyte !== s.multibyte) {
    hit = { s: s.s, multibyte: s.multibyte, re: new LString(s.s.replace(/[[*.\\?+^$]/g, "\\$&"), s.multibyte) };
    quoted.set(s, hit);
  }
  lastQuoted = s; lastQuotedHit = hit;
  return hit.re;
}
const quoted = new WeakMap<LString, { s: string; multibyte: boolean; re: LString }>();
/** The search string quoted last and its entry (a loop of search-forward with one string). */
let lastQuoted: LString | null = null;
let lastQuotedHit: { s: string; multibyte: boolean; re: LString } | undefined;

/** The engine's view of B's accessible text, text index 0 being point-min. */
function bufferText(b: Buffer): GapText {
  const gb = b.text.gb, base = b.begv - 1, len = b.zv - b.begv, unibyte = !b.multibyte;
  const v = b.searchView;
  if (v !== null && v.gb === gb && v.base === base && v.length === len && v.unibyte === unibyte) return v;
  return (b.searchView = new GapText(gb, base, len, unibyte));
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
  const view = bufferText(b);
  const off = b.begv; // text index 0 is position begv
  const setData = findSymbolValue(Vinhibit_changing_match_data) === NIL;
  const regs = scratchRegs(prog.nsub, st);
  let pos = pt - off;
  let found = -1;
  for (let i = 0; i < n; i++) {
    const ctx = contextFor(prog, pos, st);
    // (Inline rather than through runEngine: no closure per search.)
    try {
      found = searchRegex(prog, view, pos, lim - off - pos, direction > 0 ? lim - off : pos, ctx, regs);
    } catch (e) {
      if (e instanceof RegexOverflow) error("Stack overflow in regexp matcher");
      throw e;
    }
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
  (re, bound, noerror, count) => searchCommand(re, bound, noerror, count, 1, true, false), { interactive: "sRE search: " });
defun("re-search-backward", "(regexp &optional bound noerror count)", doc("backward regexp"),
  (re, bound, noerror, count) => searchCommand(re, bound, noerror, count, -1, true, false), { interactive: "sRE search backward: " });
defun("posix-search-forward", "(regexp &optional bound noerror count)", doc("forward regexp (POSIX longest match)"),
  (re, bound, noerror, count) => searchCommand(re, bound, noerror, count, 1, true, true), { interactive: "sPosix search: " });
defun("posix-search-backward", "(regexp &optional bound noerror count)", doc("backward regexp (POSIX longest match)"),
  (re, bound, noerror, count) => searchCommand(re, bound, noerror, count, -1, true, true), { interactive: "sPosix search backward: " });
defun("search-forward", "(string &optional bound noerror count)", doc("forward"),
  (s, bound, noerror, count) => searchCommand(s, bound, noerror, count, 1, false, false), { interactive: "MSearch: " });
defun("search-backward", "(string &optional bound noerror count)", doc("backward"),
  (s, bound, noerror, count) => searchCommand(s, bound, noerror, count, -1, false, false), { interactive: "MSearch backward: " });

/** looking-at and posix-looking-at (GNU: looking_at_1): does REGEXP match text starting at point? */
function lookingAt(regexp: LispObject, inhibitModify: LispObject, posix: boolean): LispObject {
  const re = checkString(regexp);
  const b = curBuf();
  const st = searchState();
  const prog = compilePattern(re, posix, st);
  const view = bufferText(b);
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
const Qsubstring = defsym("substring"), Qbuffer_substring = defsym("buffer-substring"), Qconcat = defsym("concat");

/** NEWTEXT with `\&`, `\N` and `\\` expanded from the buffer's match data (`\?` stays as it is). */
function substituteFromBuffer(newtext: LString, start: number, end: number): LString {
  const st = searchState();
  const chars = newtext.chars();
  const pieces: LispObject[] = [];
  let from = 0;
  const text = (a: number, b: number) => funcall(Qsubstring, newtext, a, b);
  for (let pos = 0; pos < chars.length;) {
    if (chars[pos++] !== 0x5c) continue;
    const c = pos < chars.length ? chars[pos++] : 0;
    let piece: LispObject | undefined;
    if (c === 0x26) piece = funcall(Qbuffer_substring, start, end);
    else if (c >= 0x31 && c <= 0x39) {
      const n = c - 0x30;
      piece = n < st.numRegs && st.start[n] >= 0 ? funcall(Qbuffer_substring, st.start[n], st.end[n]) : LString.fromJs("");
    } else if (c === 0x5c) { pieces.push(text(from, pos - 1)); from = pos; continue; }
    else if (c === 0x3f) continue;
    else error("Invalid use of ‘\\’ in replacement text");
    pieces.push(text(from, pos - 2), piece);
    from = pos;
  }
  pieces.push(text(from, chars.length));
  return funcall(Qconcat, ...pieces) as LString;
}

searchHooks.replaceInBuffer = (newtext, fixedcase, literal, sub, subexp) => {
  const st = searchState();
  const b = curBuf();
  const s0 = st.start[sub], e0 = st.end[sub];
  if (s0 < 0) xsignal(Qerror, LString.fromJs("replace-match subexpression does not exist"), subexp);
  if (s0 < b.begv || e0 > b.zv || s0 > e0) argsOutOfRange(s0, e0);
  const action = fixedcase ? ReplaceCase.NoChange : replaceCaseAction((p) => b.charAt(p), s0, e0, searchContext());
  // Point, as an offset from the end when it lies after the match start (GNU's opoint).
  const opoint = b.pt <= s0 ? b.pt : Math.max(b.pt, e0) - b.zv;
  const text = literal ? newtext : substituteFromBuffer(newtext, s0, e0);
  const numRegs = st.numRegs;
  const newpoint = s0 + text.length;
  // One replacement, as GNU's replace_range (prepare, no inherit, markers relocated, match data adjusted,
  // change hooks deferred): before-change-functions see [s0, e0) once, after-change-functions once below.
  const from = replaceRange(s0, e0, text, true, false, true, true);
  updateSearchRegs(st, from, from + (e0 - s0), from + text.length);
  if (action === ReplaceCase.AllCaps) funcall(Qupcase_region, st.start[sub], newpoint, NIL);
  else if (action === ReplaceCase.CapInitial) funcall(Qupcase_initials_region, st.start[sub], newpoint, NIL);
  if (st.numRegs !== numRegs) error("Match data clobbered by buffer modification hooks");
  const cb = curBuf();
  const clip = (p: number): number => (p < cb.begv ? cb.begv : p > cb.zv ? cb.zv : p);
  cb.pt = clip(opoint + (opoint <= 0 ? cb.zv : 0));
  cb.pt = clip(newpoint);
  signalAfterChange(s0, e0 - s0, text.length);
  return NIL;
};

/** Moves the match data across the replacement of [OLDSTART, OLDEND) by text ending at NEWEND (GNU: update_search_regs). */
function updateSearchRegs(st: ReturnType<typeof searchState>, oldstart: number, oldend: number, newend: number): void {
  const change = newend - oldend;
  for (let i = 0; i < st.numRegs; i++) {
    if (st.start[i] >= oldend) st.start[i] += change; else if (st.start[i] > oldstart) st.start[i] = oldstart;
    if (st.end[i] >= oldend) st.end[i] += change; else if (st.end[i] > oldstart) st.end[i] = oldstart;
  }
}
const Qerror = defsym("error");
const Qupcase_region = defsym("upcase-region"), Qupcase_initials_region = defsym("upcase-initials-region");
