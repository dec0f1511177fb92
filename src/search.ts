// Regexp matching primitives on strings, match data and replace-match (GNU: search.c, plus subr.el's
// match-string). Buffer searches (looking-at, re-search-*, search-*) are added by the buffer code through the
// exported helpers; everything here that touches a buffer goes through `searchHooks`.
import { defun, defvar } from "./defun.js";
import { E, findSymbolValue } from "./env.js";
import {
  Cons, defsym, LispObject, LString, NIL, T, Vectorlike, arrayToList,
} from "./lisp.js";
import { argsOutOfRange, checkFixnum, checkList, checkString, error, wrongType, xsignal, Qintegerp } from "./signal.js";
import { CharTable, charTableGet, mapCharTable } from "./chartab.js";
import { CaseAction, casifyString, currentCaseTables, lowercaseP, uppercaseP } from "./casefiddle.js";
import { concat } from "./fns/seq.js";
import { copyTextProps, substringRaw } from "./fns/strings.js";
import { checkIntegerCoerceMarker } from "./data/arith.js";
import { applyQuotingStyle } from "./editfns/quoting.js";
import { funcall } from "./eval.js";
import {
  ArrayText, compileRegex, MatchContext, Program, RegexError, RegexOverflow, RegexText, searchRegex,
  standardContext, StringText, Syn, Translation,
} from "./regex/index.js";

export const Qinvalid_regexp = defsym("invalid-regexp");

export const Vcase_fold_search = defvar("case-fold-search", T, `Non-nil if searches and matches should ignore case.`);
export const Vsearch_spaces_regexp = defvar("search-spaces-regexp", NIL, `Regexp to substitute for bunches of spaces in regexp search.
Some commands use this for user-specified regexps.
Spaces that occur inside character classes or repetition operators
or other such regexp constructs are not replaced with this.
A value of nil (which is the normal value) means treat spaces
literally.  Note that a value with capturing groups can change the
numbering of existing capture groups in unexpected ways.`);
export const Vinhibit_changing_match_data = defvar("inhibit-changing-match-data", NIL, `Internal use only.
If non-nil, the primitive searching and matching functions
such as \`looking-at', \`string-match', \`re-search-forward', etc.,
do not set the match data.  The proper way to use this variable
is to bind it with \`let' around a small expression.`);

/**
 * What the buffer and syntax code plug in. Until they exist, matching uses GNU's standard syntax and category
 * tables and replace-match/match-data only know strings.
 */
export const searchHooks: {
  /** The current buffer's MatchContext (syntax table, categories, case predicates), with POINT for `\=`. */
  context?: (point: number) => MatchContext;
  /** Identity of the current syntax table, for the compiled-pattern cache (GNU: regexp_cache.syntax_table). */
  syntaxTableKey?: () => object;
  /**
   * `(replace-match NEWTEXT FIXEDCASE LITERAL nil SUBEXP)` in the current buffer, after the common argument
   * checks; SUB is the validated subexpression (see replaceCaseAction for the recasing rule).
   */
  replaceInBuffer?: (newtext: LString, fixedcase: boolean, literal: boolean, sub: number, subexp: LispObject) => LispObject;
  /** A marker at POS in BUFFER, for match-data on a buffer match. */
  makeMarker?: (buffer: LispObject, pos: number) => LispObject;
  /** A marker's buffer (NIL when it points nowhere) and position; unchains it when RESEAT. */
  markerInfo?: (marker: Vectorlike) => { buffer: LispObject; pos: number };
  unchainMarker?: (marker: Vectorlike) => void;
} = {};

/** How replace-match recases the replacement (GNU: case_action). */
export const enum ReplaceCase { NoChange = 0, AllCaps = 1, CapInitial = 2 }

// ---------------------------------------------------------------------------------------------
// Per-world state: the match data (GNU: search_regs, last_thing_searched) and the compiled-pattern cache.
// ---------------------------------------------------------------------------------------------
interface CacheEntry {
  s: string; multibyte: boolean; posix: boolean; ws: string | null;
  translate: CharTable | null; syntaxKey: object | null; prog: Program;
}
export interface SearchState {
  /** Allocated registers (GNU: search_regs.num_regs); -1 in start means "did not match". */
  numRegs: number;
  start: number[];
  end: number[];
  /** NIL (no match data), T (a string) or the buffer searched (GNU: last_thing_searched). */
  last: LispObject;
  /** Compiled patterns by pattern text (GNU: searchbufs), oldest first. */
  cache: Map<string, CacheEntry[]>;
  cacheCount: number;
  /** The entry last used for a given pattern string object: the common case of a literal regexp in code. */
  recent: WeakMap<LString, CacheEntry>;
  /** A few pattern objects used last and their entries, checked before `recent` (loops alternate a few regexps). */
  hotRe: (LString | null)[];
  hotEntry: (CacheEntry | null)[];
  hotNext: number;
  /** MatchContext for strings when no buffer code provides one. */
  ctx: MatchContext | null;
  /** A context for programs that never consult one. */
  plainCtx: MatchContext | null;
  /** Scratch registers for one search. */
  regs: Int32Array;
  /** The string last matched against and its RegexText (loops of string-match over one string). */
  lastString: LString | null;
  lastJs: string;
  lastMultibyte: boolean;
  lastText: RegexText | null;
}
const CACHE_SIZE = 100;

/** The world whose state `searchState` found last, and that state (match-data calls ask for it constantly). */
let stateEnv: object | null = null;
let stateOf: SearchState | null = null;

export function searchState(): SearchState {
  const env = E;
  if (env === stateEnv) return stateOf!;
  const st = newSearchState();
  stateEnv = env; stateOf = st;
  return st;
}
function newSearchState(): SearchState {
  // `emacs -Q --batch` has already matched during start-up: three registers, match data (0 3). Mirroring that
  // keeps the register count (visible in replace-match's range errors) identical.
  return (E.ext.search ??= {
    numRegs: 3, start: [0, -1, -1], end: [3, -1, -1], last: T,
    cache: new Map(), cacheCount: 0, recent: new WeakMap(), hotRe: [null, null, null, null], hotEntry: [null, null, null, null],
    hotNext: 0, ctx: null, plainCtx: null, regs: new Int32Array(20),
    lastString: null, lastJs: "", lastMultibyte: false, lastText: null,
  } as SearchState);
}

/** Records a successful match: REGS holds NREGS start/end pairs (-1 unmatched), shifted by OFFSET. */
export function setMatchRegs(regs: Int32Array, nregs: number, last: LispObject, offset = 0, st = searchState()): void {
  let n = st.numRegs;
  if (n === 0) n = Math.max(30, nregs);
  else if (n < nregs) n = Math.max(n + (n >> 1), nregs);
  st.numRegs = n;
  if (st.start.length !== n) { st.start.length = n; st.end.length = n; }
  for (let i = 0; i < n; i++) {
    const s = i < nregs ? regs[2 * i] : -1;
    if (s < 0) { st.start[i] = -1; st.end[i] = -1; }
    else { st.start[i] = s + offset; st.end[i] = regs[2 * i + 1] + offset; }
  }
  st.last = last;
}

// ---------------------------------------------------------------------------------------------
// Adapting Lisp strings and tables to the engine.
// ---------------------------------------------------------------------------------------------
/**
 * The characters of S as the engine sees them (unibyte bytes >= #x80 are raw-byte characters). Remembered per
 * string, so that a loop of string-match calls over one long string does not rescan or copy it each time.
 */
export function stringText(s: LString): RegexText {
  const js = s.s;
  if (js.length < 256) {
    // Short strings are cheap to adapt; caching them would only churn the map.
    if (s.multibyte ? s.simple : !hasHighByte(js)) return new StringText(js);
  } else {
    const hit = texts.get(s);
    if (hit !== undefined && hit.js === js && hit.multibyte === s.multibyte) return hit.text;
  }
  let text: RegexText;
  if (s.multibyte) text = s.simple ? new StringText(flat(js)) : new ArrayText(Int32Array.from(s.chars()));
  else if (!/[\x80-\xff]/.test(js)) text = new StringText(flat(js));
  else {
    const a = new Int32Array(js.length);
    for (let i = 0; i < js.length; i++) { const b = js.charCodeAt(i); a[i] = b < 0x80 ? b : b + 0x3fff00; }
    text = new ArrayText(a);
    (text as { unibyte?: boolean }).unibyte = true;
  }
  // Short strings are cheap to adapt; caching them would only churn the map.
  if (js.length >= 256) texts.set(s, { js, multibyte: s.multibyte, text });
  return text;
}
const texts = new WeakMap<LString, { js: string; multibyte: boolean; text: RegexText }>();
/**
 * A flat copy of a long JS string: strings built by repeated concatenation stay ropes whose characters
 * cost an extra indirection each, which matters when a long text is scanned over and over.
 */
function flat(js: string): string {
  return js.length < 1 << 16 ? js : Buffer.from(js, "utf16le").toString("utf16le");
}
function hasHighByte(js: string): boolean {
  for (let i = 0; i < js.length; i++) if (js.charCodeAt(i) >= 0x80) return true;
  return false;
}
function patternChars(s: LString): Int32Array {
  if (s.multibyte) return Int32Array.from(s.chars());
  const js = s.s, a = new Int32Array(js.length);
  for (let i = 0; i < js.length; i++) { const b = js.charCodeAt(i); a[i] = b < 0x80 ? b : b + 0x3fff00; }
  return a;
}

let translations = new WeakMap<CharTable, Translation>();

/**
 * Forgets what searching cached while the start-up snapshot was being built (compiled patterns, their
 * case-translation tables of 256 KB each, the last string matched): every start deserialises whatever the
 * snapshot holds, and these are rebuilt on first use. Lisp cannot observe caches.
 */
export function dropSearchCachesForSnapshot(): void {
  translations = new WeakMap();
  const st = searchState();
  st.cache.clear(); st.cacheCount = 0; st.recent = new WeakMap();
  st.hotRe.fill(null); st.hotEntry.fill(null); st.hotNext = 0;
  st.lastString = null; st.lastJs = ""; st.lastMultibyte = false; st.lastText = null;
}
/** The engine's view of a case-canon table (cached per table object). */
export function translationFor(canon: CharTable): Translation {
  let t = translations.get(canon);
  if (t) return t;
  const bmp = new Int32Array(0x10000);
  for (let c = 0; c < 0x10000; c++) bmp[c] = c;
  const diff: number[] = [];
  mapCharTable((key, val) => {
    if (typeof val !== "number") return;
    const from = key instanceof Cons ? key.car as number : key as number;
    const to = key instanceof Cons ? key.cdr as number : key as number;
    for (let c = from; c <= to; c++) {
      if (c < 0x10000) bmp[c] = val;
      if (val !== c) diff.push(c);
    }
  }, canon);
  const map = (c: number): number => {
    if (c < 0x10000) return bmp[c];
    const v = charTableGet(canon, c);
    return typeof v === "number" ? v : c;
  };
  t = { map, bmp, nonIdentity: Int32Array.from(diff.sort((a, b) => a - b)) };
  translations.set(canon, t);
  return t;
}

/** The MatchContext for the current buffer (standard tables until the syntax code provides its own). */
export function searchContext(point = -1): MatchContext {
  if (searchHooks.context) return searchHooks.context(point);
  const st = searchState();
  if (point === -1 && st.ctx !== null) return st.ctx;
  const ctx = standardContext(point);
  ctx.isUpper = uppercaseP;
  ctx.isLower = lowercaseP;
  if (point === -1) st.ctx = ctx;
  return ctx;
}

/** Scratch registers for a program with NSUB groups (valid until the next search). */
export function scratchRegs(nsub: number, st = searchState()): Int32Array {
  if (st.regs.length < 2 * (nsub + 1)) st.regs = new Int32Array(2 * (nsub + 1));
  return st.regs;
}

/** (error FMT) with FMT's quotes in the text-quoting-style, as GNU's error () does. */
function errorMessage(fmt: string): never {
  return error(applyQuotingStyle(LString.fromJs(fmt), false).s);
}

/** Runs F, turning engine errors into GNU's signals. */
export function withRegexErrors<R>(f: () => R): R {
  try {
    return f();
  } catch (e) {
    if (e instanceof RegexError) xsignal(Qinvalid_regexp, LString.fromJs(e.message));
    if (e instanceof RegexOverflow) error("Stack overflow in regexp matcher");
    throw e;
  }
}

/**
 * Compiles REGEXP as the current buffer's settings say (case-fold-search, search-spaces-regexp), reusing a
 * cached program when possible (GNU: compile_pattern). Signals invalid-regexp.
 */
export function compilePattern(regexp: LString, posix: boolean, st = searchState()): Program {
  const fold = findSymbolValue(Vcase_fold_search);
  const canon = fold !== NIL ? currentCaseTables().canon : null;
  const ws = findSymbolValue(Vsearch_spaces_regexp);
  const wsStr = ws instanceof LString ? ws.s : null;
  // The common case: the same regexp string object as last time, with the same settings.
  const hot = st.hotRe;
  for (let i = 0; i < 4; i++) {
    if (hot[i] === regexp) {
      const e = st.hotEntry[i]!;
      if (fits(e, regexp, posix, wsStr, canon)) return e.prog;
      break;
    }
  }
  const recent = st.recent.get(regexp);
  const prog = recent !== undefined && fits(recent, regexp, posix, wsStr, canon) ? recent.prog : compileSlow(regexp, posix, st, wsStr, canon);
  const entry = st.recent.get(regexp);
  if (entry !== undefined && entry.prog === prog) {
    // Remember it among the hot ones (replacing this object's old slot, or the oldest).
    let k = hot.indexOf(regexp);
    if (k < 0) { k = st.hotNext; st.hotNext = (k + 1) & 3; }
    hot[k] = regexp; st.hotEntry[k] = entry;
  }
  return prog;
}

/** Whether cache entry E was compiled for these settings (the syntax table only matters if it was used). */
function fits(e: CacheEntry, regexp: LString, posix: boolean, wsStr: string | null, canon: CharTable | null): boolean {
  return e.s === regexp.s && e.multibyte === regexp.multibyte && e.posix === posix && e.ws === wsStr
    && e.translate === canon && (!e.prog.usedSyntax || e.syntaxKey === currentSyntaxKey());
}
const currentSyntaxKey = (): object | null => (searchHooks.syntaxTableKey ? searchHooks.syntaxTableKey() : null);

function compileSlow(regexp: LString, posix: boolean, st: SearchState, wsStr: string | null, canon: CharTable | null): Program {
  const entries = st.cache.get(regexp.s);
  const hit = entries?.find((e) => fits(e, regexp, posix, wsStr, canon));
  if (hit) { st.recent.set(regexp, hit); return hit.prog; }
  const ctx = searchContext();
  const prog = withRegexErrors(() => compileRegex(patternChars(regexp), {
    translate: canon === null ? null : translationFor(canon), posix, whitespaceRegexp: wsStr, multibyte: regexp.multibyte,
  }, ctx, regexp.s));
  const entry: CacheEntry = {
    s: regexp.s, multibyte: regexp.multibyte, posix, ws: wsStr, translate: canon, syntaxKey: currentSyntaxKey(), prog,
  };
  if (entries) entries.push(entry); else st.cache.set(regexp.s, [entry]);
  st.recent.set(regexp, entry);
  if (++st.cacheCount > CACHE_SIZE) {
    const [oldKey, oldList] = st.cache.entries().next().value!;
    st.cache.delete(oldKey);
    st.cacheCount -= oldList.length;
  }
  return prog;
}

/** The context to match PROG with: the buffer's when the program consults it, else a shared plain one. */
export function contextFor(prog: Program, point = -1, st = searchState()): MatchContext {
  if (prog.needsContext) return searchContext(point);
  return (st.plainCtx ??= standardContext(-1));
}

// ---------------------------------------------------------------------------------------------
// string-match and friends.
// ---------------------------------------------------------------------------------------------
/**
 * The common body of string-match, posix-string-match and string-match-p (GNU: string_match_1): the index of
 * the first match of REGEXP in STRING at or after START, or -1. Sets the match data when SETDATA.
 */
export function stringMatch(regexp: LispObject, string: LispObject, start: LispObject, posix: boolean, setData: boolean): number {
  const re = checkString(regexp), s = checkString(string);
  let pos = 0;
  if (start !== NIL) {
    const len = s.length;
    pos = checkFixnum(start);
    if (pos < 0 && -pos <= len) pos = len + pos;
    else if (pos < 0 || pos > len) argsOutOfRange(s, start);
  }
  const st = searchState();
  const prog = compilePattern(re, posix, st);
  const ctx = contextFor(prog, -1, st);
  let text: RegexText;
  if (st.lastString === s && st.lastJs === s.s && st.lastMultibyte === s.multibyte) text = st.lastText!;
  else {
    text = stringText(s);
    st.lastString = s; st.lastJs = s.s; st.lastMultibyte = s.multibyte; st.lastText = text;
  }
  const regs = setData ? scratchRegs(prog.nsub, st) : null;
  let val: number;
  try {
    val = searchRegex(prog, text, pos, text.length - pos, text.length, ctx, regs);
  } catch (e) {
    if (e instanceof RegexOverflow) error("Stack overflow in regexp matcher");
    throw e;
  }
  if (setData) {
    if (val >= 0) setMatchRegs(regs!, prog.nsub + 1, T, 0, st);
    else st.last = T;
  }
  return val;
}

const inhibit = (): boolean => findSymbolValue(Vinhibit_changing_match_data) !== NIL;

defun("string-match", "(regexp string &optional start)", `Return index of start of first match for REGEXP in STRING, or nil.
Matching ignores case if \`case-fold-search' is non-nil.
If third arg START is non-nil, start search at that index in STRING.
For index of first char beyond the match, do (match-end 0).
\`match-end' and \`match-beginning' also give indices of substrings
matched by parenthesis constructs in the pattern.

You can use the function \`match-string' to extract the substrings
matched by the parenthesis constructions in REGEXP.`, (regexp, string, start) => {
  const v = stringMatch(regexp, string, start, false, !inhibit());
  return v < 0 ? NIL : v;
});

defun("posix-string-match", "(regexp string &optional start)", `Return index of start of first match for Posix REGEXP in STRING, or nil.
Find the longest match, in accord with Posix regular expression rules.
Case is ignored if \`case-fold-search' is non-nil in the current buffer.
If third arg START is non-nil, start search at that index in STRING.
For index of first char beyond the match, do (match-end 0).
\`match-end' and \`match-beginning' also give indices of substrings
matched by parenthesis constructs in the pattern.`, (regexp, string, start) => {
  const v = stringMatch(regexp, string, start, true, !inhibit());
  return v < 0 ? NIL : v;
});

defun("string-match-p", "(regexp string &optional start)", `Same as \`string-match' except this function does not change the match data.`,
  (regexp, string, start) => {
    const v = stringMatch(regexp, string, start, false, false);
    return v < 0 ? NIL : v;
  });

// ---------------------------------------------------------------------------------------------
// Match data.
// ---------------------------------------------------------------------------------------------
/** match-beginning / match-end (GNU: match_limit). */
export function matchLimit(num: LispObject, beginning: boolean): LispObject {
  const n = checkFixnum(num);
  if (n < 0) argsOutOfRange(num, 0);
  const st = searchState();
  if (st.numRegs <= 0) error("No match data, because no search succeeded");
  if (n >= st.numRegs || st.start[n] < 0) return NIL;
  return beginning ? st.start[n] : st.end[n];
}

defun("match-beginning", "(subexp)", `Return position of start of text matched by last search.
SUBEXP, a number, specifies which parenthesized expression in the last
  regexp.
Value is nil if SUBEXPth pair didn't match, or there were less than
  SUBEXP pairs.
Zero means the entire text matched by the whole regexp or whole string.

Return value is undefined if the last search failed.`, (subexp) => matchLimit(subexp, true));

defun("match-end", "(subexp)", `Return position of end of text matched by last search.
SUBEXP, a number, specifies which parenthesized expression in the last
  regexp.
Value is nil if SUBEXPth pair didn't match, or there were less than
  SUBEXP pairs.
Zero means the entire text matched by the whole regexp or whole string.

Return value is undefined if the last search failed.`, (subexp) => matchLimit(subexp, false));

const isBuffer = (x: LispObject): boolean => x instanceof Vectorlike && x.lispType === "buffer";
const isMarker = (x: LispObject): x is Vectorlike => x instanceof Vectorlike && x.lispType === "marker";

// Markers through the Lisp primitives (marker.c), unless the buffer code installed faster hooks.
function makeMarkerAt(buffer: LispObject, pos: number): LispObject {
  if (searchHooks.makeMarker) return searchHooks.makeMarker(buffer, pos);
  const m = funcall(defsym("make-marker"));
  funcall(defsym("set-marker"), m, pos, buffer);
  return m;
}
function markerInfo(m: Vectorlike): { buffer: LispObject; pos: number } {
  if (searchHooks.markerInfo) return searchHooks.markerInfo(m);
  const buffer = funcall(defsym("marker-buffer"), m);
  const pos = funcall(defsym("marker-position"), m);
  return { buffer, pos: typeof pos === "number" ? pos : 0 };
}
function unchainMarker(m: Vectorlike): void {
  if (searchHooks.unchainMarker) searchHooks.unchainMarker(m);
  else funcall(defsym("set-marker"), m, NIL);
}

defun("match-data", "(&optional integers reuse reseat)", `Return a list describing what the last search matched.
Element 2N is \`(match-beginning N)'; element 2N + 1 is \`(match-end N)'.
All the elements are markers or nil (nil if the Nth pair didn't match)
if the last match was on a buffer; integers or nil if a string was matched.
Use \`set-match-data' to reinstate the data in this list.

If INTEGERS (the optional first argument) is non-nil, always use
integers (rather than markers) to represent buffer positions.  In
this case, and if the last match was in a buffer, the buffer will get
stored as one additional element at the end of the list.

If REUSE is a list, reuse it as part of the value.  If REUSE is long
enough to hold all the values, and if INTEGERS is non-nil, no consing
is done.

If optional third arg RESEAT is non-nil, any previous markers on the
REUSE list will be modified to point to nowhere.

Return value is undefined if the last search failed.`, (integers, reuse, reseat) => {
  if (reseat !== NIL) {
    for (let tail = reuse; tail instanceof Cons; tail = tail.cdr) {
      if (isMarker(tail.car)) { unchainMarker(tail.car); tail.car = NIL; }
    }
  }
  const st = searchState();
  if (st.last === NIL) return NIL;
  const data: LispObject[] = [];
  let len = 0;
  const markers = isBuffer(st.last) && integers === NIL;
  for (let i = 0; i < st.numRegs; i++) {
    const start = st.start[i];
    if (start >= 0) {
      if (markers) {
        data[2 * i] = makeMarkerAt(st.last, start);
        data[2 * i + 1] = makeMarkerAt(st.last, st.end[i]);
      } else { data[2 * i] = start; data[2 * i + 1] = st.end[i]; }
      len = 2 * i + 2;
    } else { data[2 * i] = NIL; data[2 * i + 1] = NIL; }
  }
  if (isBuffer(st.last) && integers !== NIL) data[len++] = st.last;
  if (!(reuse instanceof Cons)) return arrayToList(data.slice(0, len));
  let i = 0, prev: Cons = reuse;
  for (let tail: LispObject = reuse; tail instanceof Cons; tail = tail.cdr, i++) {
    tail.car = i < len ? data[i] : NIL;
    prev = tail;
  }
  if (i < len) prev.cdr = arrayToList(data.slice(i, len));
  return reuse;
});

/** GNU's xpalloc growth of the register arrays in set-match-data. */
function growRegs(st: SearchState, length: number): void {
  const n0 = st.numRegs;
  let n = n0 + (n0 >> 1);
  if (n * 8 < 128) n = 16;
  if (n - n0 < length - n0) n = length;
  for (let i = n0; i < n; i++) { st.start[i] = -1; st.end[i] = -1; }
  st.numRegs = n;
}

/** (set-match-data LIST RESEAT). */
export function setMatchData(lst: LispObject, reseat: LispObject): void {
  checkList(lst);
  const st = searchState();
  st.last = T;
  let count = 0;
  for (let l = lst; l instanceof Cons; l = l.cdr) count++;
  const tail = tailOf(lst);
  if (tail !== NIL) wrongType(defsym("listp"), tail);
  const length = count >> 1;
  if (length > st.numRegs) growRegs(st, length);
  // A start marker makes the data refer to its buffer (an end marker does not, as in GNU); a marker
  // pointing nowhere counts as 0.
  const position = (m: LispObject, isStart: boolean): number => {
    if (isMarker(m)) {
      const info = markerInfo(m);
      if (info.buffer === NIL) return 0;
      if (isStart) st.last = info.buffer;
      return info.pos;
    }
    const v = checkIntegerCoerceMarker(m);
    return typeof v === "bigint" ? Number.NaN : v;
  };
  const unchain = (cell: Cons): void => {
    if (reseat !== NIL && isMarker(cell.car)) { unchainMarker(cell.car); cell.car = NIL; }
  };
  let i = 0;
  for (let l: LispObject = lst; l instanceof Cons; i++) {
    const m = l.car;
    if (isBuffer(m)) { st.last = m; break; }
    if (i >= length) break;
    if (m === NIL) {
      st.start[i] = -1;
      l = l.cdr;
    } else {
      const cell = l;
      const from = position(m, true);
      unchain(cell);
      l = l.cdr;
      if (!(l instanceof Cons)) break;
      const to = position(l.car, false);
      if (Number.isNaN(from) || Number.isNaN(to)) st.start[i] = -1;
      else { st.start[i] = from; st.end[i] = to; }
      unchain(l);
    }
    l = (l as Cons).cdr;
  }
  for (; i < st.numRegs; i++) st.start[i] = -1;
}
function tailOf(l: LispObject): LispObject {
  while (l instanceof Cons) l = l.cdr;
  return l;
}

defun("set-match-data", "(list &optional reseat)", `Set internal data on last search match from elements of LIST.
LIST should have been created by calling \`match-data' previously.

If optional arg RESEAT is non-nil, make markers on LIST point nowhere.`, (lst, reseat) => {
  setMatchData(lst, reseat);
  return NIL;
});

defun("match-data--translate", "(n)", `Add N to all positions in the match data.  Internal.`, (n) => {
  const delta = checkFixnum(n);
  const st = searchState();
  if (st.last !== NIL) {
    for (let i = 0; i < st.numRegs; i++) {
      if (st.start[i] >= 0) { st.start[i] = Math.max(0, st.start[i] + delta); st.end[i] = Math.max(0, st.end[i] + delta); }
    }
  }
  return NIL;
});

// ---------------------------------------------------------------------------------------------
// replace-match.
// ---------------------------------------------------------------------------------------------
/** Substring of S with its text properties (GNU: Fsubstring). */
export function substringProps(s: LString, from: number, to: number): LString {
  const r = substringRaw(s, from, to);
  if (s.intervals !== null) copyTextProps(s, from, to, r, 0);
  return r;
}

/** How the replaced text FROM..TO decides recasing (GNU: the case analysis of Freplace_match). */
export function replaceCaseAction(charAt: (i: number) => number, from: number, to: number, ctx: MatchContext): ReplaceCase {
  let someMultiletterWord = false, someLowercase = false, someUppercase = false, someNonuppercaseInitial = false;
  let prevc = 10;
  for (let pos = from; pos < to; pos++) {
    const c = charAt(pos);
    const afterWord = ctx.syntax(prevc, pos - 1) === Syn.Word;
    if (lowercaseP(c)) {
      someLowercase = true;
      if (!afterWord) someNonuppercaseInitial = true; else someMultiletterWord = true;
    } else if (uppercaseP(c)) {
      someUppercase = true;
      if (afterWord) someMultiletterWord = true;
    } else if (!afterWord) someNonuppercaseInitial = true;
    prevc = c;
  }
  if (!someLowercase && someMultiletterWord) return ReplaceCase.AllCaps;
  if (!someNonuppercaseInitial && someMultiletterWord) return ReplaceCase.CapInitial;
  if (!someNonuppercaseInitial && someUppercase) return ReplaceCase.AllCaps;
  return ReplaceCase.NoChange;
}

const backslashFree = (s: LString): boolean => s.s.indexOf("\\") < 0;

/** Expands `\&`, `\N` and `\\` in NEWTEXT against the match data, for a replacement in STRING. */
function substituteInString(newtext: LString, string: LString, subStart: number, subEnd: number): LString {
  const st = searchState();
  const chars = newtext.chars();
  const pieces: LispObject[] = [];
  let lastpos = 0;
  for (let pos = 0; pos < chars.length;) {
    let c = chars[pos++];
    let substart = -1, subend = 0, delbackslash = false;
    if (c === 0x5c) {
      c = pos < chars.length ? chars[pos++] : 0;
      if (c === 0x26) { substart = subStart; subend = subEnd; }
      else if (c >= 0x31 && c <= 0x39) {
        const n = c - 0x30;
        if (n < st.numRegs && st.start[n] >= 0) { substart = st.start[n]; subend = st.end[n]; }
        else { substart = 0; subend = 0; }
      } else if (c === 0x5c) delbackslash = true;
      else if (c !== 0x3f) errorMessage("Invalid use of `\\' in replacement text");
    }
    if (substart >= 0) {
      if (pos - 2 !== lastpos) pieces.push(substringProps(newtext, lastpos, pos - 2));
      pieces.push(substringProps(string, substart, subend));
      lastpos = pos;
    } else if (delbackslash) {
      pieces.push(substringProps(newtext, lastpos, pos - 1));
      lastpos = pos;
    }
  }
  if (chars.length !== lastpos) pieces.push(substringProps(newtext, lastpos, chars.length));
  return concat(pieces);
}

/** replace-match on a string: a new string with the match (or subexpression SUB) replaced. */
export function replaceMatch(newtextObj: LispObject, fixedcase: LispObject, literal: LispObject, string: LispObject, subexp: LispObject): LispObject {
  const newtext0 = checkString(newtextObj);
  if (string !== NIL) checkString(string);
  const isLiteral = literal !== NIL || backslashFree(newtext0);
  const st = searchState();
  const numRegs = st.numRegs;
  if (numRegs <= 0) errorMessage("`replace-match' called before any match found");
  let sub = 0;
  if (subexp !== NIL) {
    if (typeof subexp !== "number" && typeof subexp !== "bigint") wrongType(Qintegerp, subexp);
    if (typeof subexp !== "number" || subexp < 0 || subexp > numRegs - 1) argsOutOfRange(subexp, 0, numRegs - 1);
    sub = subexp as number;
  }
  const subStart = st.start[sub], subEnd = st.end[sub];
  if (string === NIL) {
    if (!searchHooks.replaceInBuffer) error("replace-match in a buffer is not available yet");
    return searchHooks.replaceInBuffer(newtext0, fixedcase !== NIL, isLiteral, sub, subexp);
  }
  const ctx = searchContext();
  const s = string as LString;
  if (!(subStart >= 0 && subEnd <= s.length)) {
    if (subStart < 0) xsignal(defsym("error"), LString.fromJs("replace-match subexpression does not exist"), subexp);
    argsOutOfRange(subStart, subEnd);
  }
  let action = ReplaceCase.NoChange;
  if (fixedcase === NIL) {
    const text = stringText(s);
    action = replaceCaseAction((i) => text.charAt(i), subStart, subEnd, ctx);
  }
  const before = substringProps(s, 0, subStart);
  const after = substringProps(s, subEnd, s.length);
  let newtext = newtext0;
  if (!isLiteral) newtext = substituteInString(newtext0, s, subStart, subEnd);
  if (action === ReplaceCase.AllCaps) newtext = casifyString(CaseAction.Up, newtext);
  else if (action === ReplaceCase.CapInitial) newtext = casifyString(CaseAction.CapitalizeUp, newtext);
  return concat([before, newtext, after]);
}

defun("replace-match", "(newtext &optional fixedcase literal string subexp)", `Replace text matched by last search with NEWTEXT.
Leave point at the end of the replacement text.

If optional second arg FIXEDCASE is non-nil, do not alter the case of
the replacement text.  Otherwise, maybe capitalize the whole text, or
maybe just word initials, based on the replaced text.  If the replaced
text has only capital letters and has at least one multiletter word,
convert NEWTEXT to all caps.  Otherwise if all words are capitalized
in the replaced text, capitalize each word in NEWTEXT.

If optional third arg LITERAL is non-nil, insert NEWTEXT literally.
Otherwise treat \`\\' as special:
  \`\\&' in NEWTEXT means substitute original matched text.
  \`\\N' means substitute what matched the Nth \`\\(...\\)'.
       If Nth parens didn't match, substitute nothing.
  \`\\\\' means insert one \`\\'.
  \`\\?' is treated literally
       (for compatibility with \`query-replace-regexp').
  Any other character following \`\\' signals an error.
Case conversion does not apply to these substitutions.

If optional fourth argument STRING is non-nil, it should be a string
to act on; this should be the string on which the previous match was
done via \`string-match'.  In this case, \`replace-match' creates and
returns a new string, made by copying STRING and replacing the part of
STRING that was matched (the original STRING itself is not altered).

The optional fifth argument SUBEXP specifies a subexpression;
it says to replace just that subexpression with NEWTEXT,
rather than replacing the entire matched text.
This is, in a vague sense, the inverse of using \`\\N' in NEWTEXT;
\`\\N' copies subexp N into NEWTEXT, but using N as SUBEXP puts
NEWTEXT in place of subexp N.
This is useful only after a regular expression search or match,
since only regular expressions have distinguished subexpressions.`, replaceMatch);

// ---------------------------------------------------------------------------------------------
// regexp-quote, match-string.
// ---------------------------------------------------------------------------------------------
defun("regexp-quote", "(string)", `Return a regexp string which matches exactly STRING and nothing else.`, (string) => {
  const s = checkString(string);
  const quoted = s.s.replace(/[[*.\\?+^$]/g, "\\$&");
  return quoted.length === s.s.length ? s : new LString(quoted, s.multibyte);
});

/** subr.el's match-string(-no-properties): the text of group NUM of the last match in STRING or the buffer. */
function matchString(num: LispObject, string: LispObject, props: boolean): LispObject {
  const b = matchLimit(num, true);
  if (b === NIL) return NIL;
  const e = matchLimit(num, false);
  if (string !== NIL) return funcall(props ? Qsubstring : Qsubstring_no_properties, string, b, e);
  return funcall(props ? Qbuffer_substring : Qbuffer_substring_no_properties, b, e);
}
// Interned once: match-string runs in tight loops, and interning a name costs a symbol-table lookup.
const Qsubstring = defsym("substring"), Qsubstring_no_properties = defsym("substring-no-properties");
const Qbuffer_substring = defsym("buffer-substring");
const Qbuffer_substring_no_properties = defsym("buffer-substring-no-properties");

defun("match-string", "(num &optional string)", `Return the string of text matched by the previous search or regexp operation.
NUM specifies the number of the parenthesized sub-expression in the last
regexp whose match to return.  Zero means return the text matched by the
entire regexp or the whole string.

The return value is nil if NUMth pair didn't match anything, or if there
were fewer than NUM sub-expressions in the regexp used in the search.

STRING should be given if the last search was by \`string-match'
on STRING.  If STRING is nil, the current buffer should be the
same buffer as the one in which the search/match was performed.`, (num, string) => matchString(num, string, true));

defun("match-string-no-properties", "(num &optional string)", `Return string of text matched by last search, without text properties.
NUM specifies which parenthesized expression in the last regexp.
 Value is nil if NUMth pair didn't match, or there were less than NUM pairs.
Zero means the entire text matched by the whole regexp or whole string.
STRING should be given if the last search was by \`string-match' on STRING.
If STRING is nil, the current buffer should be the same buffer
the search/match was performed in.`, (num, string) => matchString(num, string, false));

/**
 * Lisp definitions that must be macros (loaded by the lead at start-up, after subr.el's basics):
 * save-match-data, as in GNU's subr.el.
 */
export function searchLispDefinitions(): string {
  return `(defmacro save-match-data (&rest body)
  "Execute the BODY forms, restoring the global value of the match data.
The value returned is the value of the last form in BODY.
NOTE: The convention in Elisp is that any function, except for a few
exceptions like car/assoc/+/goto-char, can clobber the match data,
so \`save-match-data' should normally be used to save *your* match data
rather than your caller's match data."
  (declare (indent 0) (debug t))
  (list 'let
        '((save-match-data-internal (match-data)))
        (list 'unwind-protect
              (cons 'progn body)
              '(set-match-data save-match-data-internal 'evaporate))))
`;
}
