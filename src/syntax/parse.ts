// Parsing forward from a known state, and finding where a comment starts going backward (GNU: syntax.c's
// scan_sexps_forward, internalize_parse_state, parse-partial-sexp, find_defun_start, back_comment; syntax.el's
// syntax-ppss basics).
import { defun } from "../defun.js";
import { E, findSymbolValue, setInternal } from "../env.js";
import { Cons, defsym, LispObject, list, NIL, T } from "../lisp.js";
import { checkFixnum, error, wrongType } from "../signal.js";
import { funcall } from "../eval.js";
import { curBuf, Buffer } from "../buffer.js";
import { fixPosition, validateRegion } from "../editfns/buffer.js";
import {
  commentStyle, comendFirst, comendSecond, comstartendFirst, comstartFirst, comstartSecond, nestedFlag, prefixFlag,
  Qsyntax_table, S, ST_COMMENT_STYLE, ST_STRING_STYLE, syntaxEpoch, Vcomment_use_syntax_ppss,
  Vopen_paren_in_column_0_is_defun_start, Vparse_sexp_lookup_properties,
} from "../syntax.js";
import { acquireScanner, releaseScanner, Scanner } from "./scanner.js";

const Qlistp = defsym("listp");
const Qsyntax_ppss = defsym("syntax-ppss");
const Qsyntax_propertize = defsym("syntax-propertize");
const Qsyntax_propertize_function = defsym("syntax-propertize-function");
const Qsyntax_propertize__done = defsym("syntax-propertize--done");

/** The parse state of parse-partial-sexp in internal form (GNU: struct lisp_parse_state). */
export interface ParseState {
  depth: number;
  /** -1 outside strings, else the terminating character or ST_STRING_STYLE. */
  instring: number;
  /** 0 outside comments, -1 in a non-nestable comment, else the nesting. */
  incomment: number;
  /** 0 (a), 1 (b), 2 (c), 3 (bc) or ST_COMMENT_STYLE. */
  comstyle: number;
  quoted: boolean;
  mindepth: number;
  thislevelstart: number;
  prevlevelstart: number;
  location: number;
  comstrStart: number;
  levelstarts: LispObject;
  prevSyntax: number;
}

export function emptyParseState(): ParseState {
  return {
    depth: 0, instring: -1, incomment: 0, comstyle: 0, quoted: false, mindepth: 0, thislevelstart: -1,
    prevlevelstart: -1, location: 0, comstrStart: -1, levelstarts: NIL, prevSyntax: S.Max,
  };
}

function car(x: LispObject): LispObject {
  if (x instanceof Cons) return x.car;
  if (x === NIL) return NIL;
  return wrongType(Qlistp, x);
}
function cdr(x: LispObject): LispObject {
  if (x instanceof Cons) return x.cdr;
  if (x === NIL) return NIL;
  return wrongType(Qlistp, x);
}
const isCharacter = (x: LispObject): x is number => typeof x === "number" && x >= 0 && x <= 0x3fffff;

/** A Lisp parse state as the internal one (GNU: internalize_parse_state). Elements 1, 2 and 6 are ignored. */
export function internalizeParseState(ext: LispObject): ParseState {
  const st = emptyParseState();
  if (ext === NIL) return st;
  let tem = car(ext);
  st.depth = typeof tem === "number" ? tem : 0;
  ext = cdr(cdr(cdr(ext)));
  tem = car(ext);
  st.instring = tem !== NIL ? (isCharacter(tem) ? tem : ST_STRING_STYLE) : -1;
  ext = cdr(ext); tem = car(ext);
  st.incomment = tem !== NIL ? (typeof tem === "number" ? tem : -1) : 0;
  ext = cdr(ext); tem = car(ext);
  st.quoted = tem !== NIL;
  ext = cdr(cdr(ext)); tem = car(ext);
  st.comstyle = tem === NIL ? 0 : typeof tem === "number" && tem >= 0 && tem <= ST_COMMENT_STYLE ? tem : ST_COMMENT_STYLE;
  ext = cdr(ext); tem = car(ext);
  st.comstrStart = typeof tem === "number" ? tem : -1;
  ext = cdr(ext); tem = car(ext);
  st.levelstarts = tem;
  ext = cdr(ext); tem = car(ext);
  st.prevSyntax = tem === NIL ? S.Max : typeof tem === "number" ? tem : S.Max;
  return st;
}

/** The Lisp form of a parse state, as parse-partial-sexp returns it. */
export function externalizeParseState(st: ParseState): LispObject {
  return list(
    st.depth,
    st.prevlevelstart < 0 ? NIL : st.prevlevelstart,
    st.thislevelstart < 0 ? NIL : st.thislevelstart,
    st.instring >= 0 ? (st.instring === ST_STRING_STYLE ? T : st.instring) : NIL,
    st.incomment < 0 ? T : st.incomment === 0 ? NIL : st.incomment,
    st.quoted ? T : NIL,
    st.mindepth,
    st.comstyle ? (st.comstyle === ST_COMMENT_STYLE ? Qsyntax_table : st.comstyle) : NIL,
    st.incomment || st.instring >= 0 ? st.comstrStart : NIL,
    st.levelstarts,
    st.prevSyntax === S.Max ? NIL : st.prevSyntax,
  );
}

const MAX_LEVELS = 100;
/** Where the parse resumes (GNU's labels inside scan_sexps_forward). */
const enum At { Loop, StartQuoted, SymStarted, AtComment, StartInComment, StartInString, StartQuotedInString, EndQuoted, Stop, Done }

/**
 * The state of one scan_sexps_forward. Each label of GNU's function is a small method returning the next one,
 * so that the hot loops compile quickly and stay optimized; `step` is GNU's INC_FROM.
 */
class ForwardParse {
  from = 0;
  prevFrom = 0;
  prevFromSyntax = 0;
  prevPrevFromSyntax = 0;
  depth = 0;
  mindepth = 0;
  /** Index of the current level in `last`/`prev` (GNU: curlevel - levelstart). */
  cur = 0;
  nofence = false;
  /** Per level: start of the last sexp begun (GNU: level.last) and of the last one completed (level.prev). */
  readonly last = new Array<number>(MAX_LEVELS).fill(-1);
  readonly prev = new Array<number>(MAX_LEVELS).fill(-1);

  constructor(readonly sc: Scanner, readonly st: ParseState, readonly end: number, readonly targetDepth: number,
    readonly stopBefore: boolean, readonly commentStop: number) {}

  /** GNU's INC_FROM: step over the character at FROM, remembering its syntax. */
  step(): void {
    const from = this.from;
    this.prevFrom = from;
    this.prevPrevFromSyntax = this.prevFromSyntax;
    this.prevFromSyntax = this.sc.flagsAt(from);
    this.from = from + 1;
  }

  /** If FROM completes a two-character comment starter, step over it and enter the comment. */
  commentStart2(): boolean {
    if (!comstartFirst(this.prevFromSyntax) || !twoCharCommentStart(this.sc, this.st, this.prevFromSyntax, this.prevFrom, this.from)) return false;
    this.step();
    this.prevFromSyntax = S.Max; // its syntax is used up
    return true;
  }

  /** The main loop: between sexps. */
  loop(): At {
    const sc = this.sc, end = this.end, last = this.last;
    while (this.from < end) {
      this.step();
      if (this.from < end && this.commentStart2()) return At.AtComment;
      const syntax = this.prevFromSyntax;
      if (prefixFlag(syntax)) continue;
      const code = syntax & 0xff;
      switch (code) {
        case S.Escape: case S.Charquote: case S.Word: case S.Symbol:
          if (this.stopBefore) return At.Stop;
          last[this.cur] = this.prevFrom;
          return code === S.Word || code === S.Symbol ? At.SymStarted : At.StartQuoted;
        case S.CommentFence:
          this.st.comstyle = ST_COMMENT_STYLE;
          this.st.incomment = -1;
          this.st.comstrStart = this.prevFrom;
          return At.AtComment;
        case S.Comment:
          this.st.comstyle = commentStyle(syntax, 0);
          this.st.incomment = nestedFlag(syntax) ? 1 : -1;
          this.st.comstrStart = this.prevFrom;
          return At.AtComment;
        case S.Open:
          if (this.stopBefore) return At.Stop;
          this.depth++;
          last[this.cur] = this.prevFrom;
          if (++this.cur === MAX_LEVELS) this.cur--;
          this.prev[this.cur] = -1; last[this.cur] = -1;
          if (this.targetDepth === this.depth) return At.Done;
          break;
        case S.Close:
          this.depth--;
          if (this.depth < this.mindepth) this.mindepth = this.depth;
          if (this.cur !== 0) this.cur--;
          this.prev[this.cur] = last[this.cur];
          if (this.targetDepth === this.depth) return At.Done;
          break;
        case S.String: case S.StringFence:
          this.st.comstrStart = this.from - 1;
          if (this.stopBefore) return At.Stop;
          last[this.cur] = this.prevFrom;
          this.st.instring = code === S.String ? sc.char(this.prevFrom) : ST_STRING_STYLE;
          this.nofence = this.st.instring !== ST_STRING_STYLE;
          return this.commentStop === -1 ? At.Done : At.StartInString;
        default: break; // whitespace, punctuation, quote, endcomment, math
      }
    }
    return At.Done;
  }

  /** Inside a symbol or word (GNU: symstarted .. symdone). */
  symbol(): At {
    const sc = this.sc, end = this.end;
    while (this.from < end) {
      if (this.commentStart2()) return At.AtComment;
      const code = sc.codeAt(this.from);
      if (code === S.Charquote || code === S.Escape) {
        this.step();
        if (this.from === end) return At.EndQuoted;
      } else if (code !== S.Word && code !== S.Symbol && code !== S.Quote) break;
      this.step();
    }
    this.prev[this.cur] = this.last[this.cur];
    return At.Loop;
  }

  /** Inside a string, possibly just after an escape (GNU: startinstring .. string_end). */
  string(quoted: boolean): At {
    const sc = this.sc, end = this.end, term = this.st.instring, nofence = this.nofence;
    for (;;) {
      if (!quoted) {
        if (this.from >= end) return At.Done;
        const c = sc.char(this.from);
        const code = sc.code(c, this.from);
        // The class is checked too, so that a property saying "not a string quote" does not end it.
        if (nofence && c === term && code === S.String) break;
        if (code === S.StringFence) {
          if (!nofence) break;
        } else if (code === S.Charquote || code === S.Escape) {
          this.step();
          quoted = true;
        }
      }
      if (quoted) {
        quoted = false;
        if (this.from >= end) return At.EndQuoted;
      }
      this.step();
    }
    this.st.instring = -1;
    this.prev[this.cur] = this.last[this.cur];
    this.step();
    return this.commentStop === -1 ? At.Done : At.Loop;
  }

  /** Inside a comment (GNU: startincomment). */
  comment(): At {
    const sc = this.sc, st = this.st;
    // From BEGV a two-character ender cannot straddle the start: think of "(*) ... (*)".
    const found = sc.forwComment(this.from, this.end, st.incomment, st.comstyle, this.from === sc.begv ? 0 : this.prevFromSyntax);
    this.from = sc.outPos;
    this.prevFromSyntax = sc.outLastSyntax;
    if (!found) { st.incomment = sc.outIncomment; return At.Done; }
    this.step();
    st.incomment = 0;
    st.comstyle = 0;
    this.prevFromSyntax = S.Max; // for the comment closer
    return this.commentStop === -1 ? At.Done : At.Loop;
  }

  /** Writes the final state into ST (GNU: done). */
  finish(): void {
    const st = this.st, cur = this.cur;
    st.depth = this.depth;
    st.mindepth = this.mindepth;
    st.thislevelstart = this.prev[cur];
    st.prevlevelstart = cur === 0 ? -1 : this.last[cur - 1];
    st.location = this.from;
    let ls: LispObject = NIL;
    for (let k = cur; k > 0;) ls = new Cons(this.last[--k], ls);
    st.levelstarts = ls;
    st.prevSyntax = comstartendFirst(this.prevFromSyntax) || st.quoted ? this.prevFromSyntax : S.Max;
  }
}

/**
 * Parses forward from FROM (in state ST) to END, updating ST (GNU: scan_sexps_forward). TARGET_DEPTH stops
 * when the depth reaches it; STOP_BEFORE stops at the start of a sexp; COMMENT_STOP 1 stops at a comment start,
 * -1 also at comment ends and string boundaries.
 */
export function scanSexpsForward(sc: Scanner, st: ParseState, from: number, end: number, targetDepth: number,
  stopBefore: boolean, commentStop: number): void {
  const p = new ForwardParse(sc, st, end, targetDepth, stopBefore, commentStop);
  p.from = from;
  p.prevFrom = from > sc.begv ? from - 1 : from;
  p.depth = p.mindepth = st.depth;
  p.prevPrevFromSyntax = S.Max;
  p.prevFromSyntax = st.prevSyntax;
  const startQuoted = st.quoted;
  for (let tem = st.levelstarts; tem !== NIL; tem = cdr(tem)) {
    const hd = car(tem);
    if (typeof hd === "number") p.last[p.cur] = hd;
    if (++p.cur === MAX_LEVELS) p.cur--;
    p.prev[p.cur] = -1; p.last[p.cur] = -1;
  }
  st.quoted = false;

  let at: At;
  if (st.incomment) at = At.StartInComment;
  else if (st.instring >= 0) {
    p.nofence = st.instring !== ST_STRING_STYLE;
    at = startQuoted ? At.StartQuotedInString : At.StartInString;
  } else if (startQuoted) at = At.StartQuoted;
  else if (from < end && p.commentStart2()) at = At.AtComment;
  else at = At.Loop;

  for (;;) {
    switch (at) {
      case At.Loop: at = p.loop(); break;
      case At.StartQuoted:
        if (p.from === end) { at = At.EndQuoted; break; }
        p.step();
        at = At.SymStarted;
        break;
      case At.SymStarted: at = p.symbol(); break;
      case At.AtComment: at = commentStop !== 0 ? At.Done : At.StartInComment; break;
      case At.StartInComment: at = p.comment(); break;
      case At.StartInString: at = p.string(false); break;
      case At.StartQuotedInString: at = p.string(true); break;
      case At.Stop:
        // Stop before the character that starts the sexp.
        p.from = p.prevFrom;
        p.prevFromSyntax = p.prevPrevFromSyntax;
        at = At.Done;
        break;
      case At.EndQuoted:
        st.quoted = true;
        at = At.Done;
        break;
      case At.Done:
        p.finish();
        return;
    }
  }
}

/**
 * GNU's in_2char_comment_start: whether FROM holds the second character of a comment starter whose first is at
 * PREV_FROM (with flags PREV_SYNTAX); if so the comment is recorded in ST.
 */
function twoCharCommentStart(sc: Scanner, st: ParseState, prevSyntax: number, prevFrom: number, from: number): boolean {
  if (!comstartFirst(prevSyntax)) return false;
  const syntax = sc.flagsAt(from);
  if (!comstartSecond(syntax)) return false;
  st.comstyle = commentStyle(syntax, prevSyntax);
  st.incomment = nestedFlag(prevSyntax) || nestedFlag(syntax) ? 1 : -1;
  st.comstrStart = prevFrom;
  return true;
}

defun("parse-partial-sexp", "(from to &optional targetdepth stopbefore oldstate commentstop)", `Parse Lisp syntax starting at FROM until TO; return status of parse at TO.
Parsing stops at TO or when certain criteria are met;
 point is set to where parsing stops.

If OLDSTATE is omitted or nil, parsing assumes that FROM is the
 beginning of a function.  If not, OLDSTATE should be the state at
 FROM.

Value is a list of elements describing final state of parsing:
 0. depth in parens.
 1. character address of start of innermost containing list; nil if none.
 2. character address of start of last complete sexp terminated.
 3. non-nil if inside a string.
    (it is the character that will terminate the string,
     or t if the string should be terminated by a generic string delimiter.)
 4. nil if outside a comment, t if inside a non-nestable comment,
    else an integer (the current comment nesting).
 5. t if following a quote character.
 6. the minimum paren-depth encountered during this scan.
 7. style of comment, if any.
 8. character address of start of comment or string; nil if not in one.
 9. List of positions of currently open parens, outermost first.
10. When the last position scanned holds the first character of a
    (potential) two character construct, the syntax of that position,
    otherwise nil.  That construct can be a two character comment
    delimiter or an Escaped or Char-quoted character.
11..... Possible further internal information used by \`parse-partial-sexp'.

If third arg TARGETDEPTH is non-nil, parsing stops if the depth
in parentheses becomes equal to TARGETDEPTH.
Fourth arg STOPBEFORE non-nil means stop when we come to
 any character that starts a sexp.
Fifth arg OLDSTATE is a list like what this function returns.
 It is used to initialize the state of the parse.  Elements number 1, 2, 6
 are ignored.
Sixth arg COMMENTSTOP non-nil means stop after the start of a comment.
 If it is the symbol \`syntax-table', stop after the start of a comment or a
 string, or after end of a comment or a string.`, (from, to, targetdepth, stopbefore, oldstate, commentstop) => {
  const target = targetdepth === NIL ? -Infinity : checkFixnum(targetdepth);
  if (fixPosition(to) < fixPosition(from)) error("End position is smaller than start position");
  const [start, end] = validateRegion(from, to);
  const st = internalizeParseState(oldstate);
  const sc = acquireScanner();
  scanSexpsForward(sc, st, start, end, target, stopbefore !== NIL,
    commentstop === NIL ? 0 : commentstop === Qsyntax_table ? -1 : 1);
  releaseScanner(sc);
  sc.b.pt = st.location;
  return externalizeParseState(st);
});

// ---------------------------------------------------------------------------------------------
// syntax-ppss: parse-partial-sexp from point-min, resumed from checkpoints cached per buffer (GNU: syntax.el
// keeps such a cache too, flushed when the buffer changes).
// ---------------------------------------------------------------------------------------------
/** Distance between cached checkpoints (GNU: syntax-ppss-max-span). */
const PPSS_SPAN = 20000;
interface PpssCache {
  modiff: number; begv: number; table: object; epoch: number; props: boolean;
  /** Checkpoints in ascending position order. */
  pos: number[];
  states: ParseState[];
  /** The state of the last position asked for. */
  lastPos: number;
  last: ParseState | null;
}
const ppssCaches = (): WeakMap<Buffer, PpssCache> => (E.ext.syntaxPpss ??= new WeakMap());

/** The parse state at POS from point-min, as syntax-ppss computes it (elements 2 and 6 are unreliable). */
export function ppssAt(b: Buffer, end: number): ParseState {
  const caches = ppssCaches();
  const sc = acquireScanner(b);
  const props = findSymbolValue(Vparse_sexp_lookup_properties) !== NIL;
  let cache = caches.get(b);
  if (cache === undefined || cache.modiff !== b.text.modiff || cache.begv !== b.begv || cache.table !== sc.table
    || cache.epoch !== syntaxEpoch() || cache.props !== props) {
    cache = { modiff: b.text.modiff, begv: b.begv, table: sc.table, epoch: syntaxEpoch(), props, pos: [], states: [], lastPos: 0, last: null };
    caches.set(b, cache);
  }
  let i = cache.pos.length - 1;
  while (i >= 0 && cache.pos[i] > end) i--;
  let st: ParseState, from: number;
  if (i >= 0) { st = { ...cache.states[i] }; from = cache.pos[i]; } else { st = emptyParseState(); from = b.begv; }
  if (cache.last !== null && cache.lastPos <= end && cache.lastPos > from) { st = { ...cache.last }; from = cache.lastPos; }
  // Parse in spans, leaving a checkpoint after each full one.
  while (end - from > PPSS_SPAN) {
    scanSexpsForward(sc, st, from, from + PPSS_SPAN, -Infinity, false, 0);
    from = st.location;
    i++;
    cache.pos.splice(i, 0, from);
    cache.states.splice(i, 0, { ...st });
  }
  scanSexpsForward(sc, st, from, end, -Infinity, false, 0);
  releaseScanner(sc);
  // Callers usually move forward a little at a time: the last answer is a resume point too (GNU: syntax-ppss-last).
  cache.lastPos = st.location;
  cache.last = { ...st };
  return st;
}

defun("syntax-ppss", "(&optional pos)", `Parse-Partial-Sexp State at POS, defaulting to point.
If POS is given, this function moves point to POS.

The returned value is the same as that of \`parse-partial-sexp'
run from \`point-min' to POS except that values at positions 2 and 6
in the returned list (counting from 0) cannot be relied upon.
Point is at POS when this function returns.`, (pos) => {
  const b = curBuf();
  const p = pos === NIL ? b.pt : fixPosition(pos);
  const [, end] = validateRegion(b.begv, p);
  // A mode's syntax-propertize-function first gives the text its syntax-table properties
  // (lisp/syntax.el); it is cheap to ask when everything up to END is done.
  if (findSymbolValue(Qsyntax_propertize_function) !== NIL && Qsyntax_propertize.f !== NIL) {
    const done = findSymbolValue(Qsyntax_propertize__done);
    if (typeof done !== "number" || done < end) funcall(Qsyntax_propertize, end);
  }
  const st = ppssAt(b, end);
  b.pt = st.location;
  return externalizeParseState(st);
});

defun("syntax-ppss-flush-cache", "(beg &rest ignored)", "Flush the cache of `syntax-ppss' starting at position BEG.",
  (beg) => {
    // The parse cache follows the buffer's modifications by itself; what this must still undo is the
    // syntax-table properties set from BEG on (lisp/syntax.el).
    const done = findSymbolValue(Qsyntax_propertize__done);
    if (typeof beg === "number" && typeof done === "number" && beg < done) setInternal(Qsyntax_propertize__done, beg);
    return NIL;
  });

defun("syntax-ppss-toplevel-pos", "(ppss)", `Get the latest syntactically outermost position found in a syntactic scan.
PPSS is a scan state, as returned by \`parse-partial-sexp' or \`syntax-ppss'.
An \"outermost position\" means one that it is outside of any syntactic entity:
outside of any parentheses, comments, or strings encountered in the scan.
If no such position is recorded in PPSS (because the end of the scan was
itself at the outermost level), return nil.`, (ppss) => {
  const n9 = car(nthcdr(9, ppss));
  const first = car(n9);
  return first !== NIL ? first : car(nthcdr(8, ppss));
});
function nthcdr(n: number, l: LispObject): LispObject {
  for (let i = 0; i < n; i++) l = cdr(l);
  return l;
}

// ---------------------------------------------------------------------------------------------
// Finding a safe place to parse from, and comments backward.
// ---------------------------------------------------------------------------------------------
interface DefunStartCache { buffer: Buffer | null; pos: number; value: number; begv: number; modiff: number }
function defunCache(): DefunStartCache {
  return (E.ext.syntaxDefunStart ??= { buffer: null, pos: 0, value: 0, begv: 0, modiff: 0 });
}

/**
 * A position before POS where parsing can start outside any string or comment (GNU: find_defun_start): the
 * start of the comment or string around POS by `syntax-ppss`, or the last open paren in column 0, or BEGV.
 */
export function findDefunStart(sc: Scanner, pos: number): number {
  const b = sc.b;
  const cache = defunCache();
  if (cache.buffer === b && pos <= cache.pos + 1000 && pos >= cache.value && b.begv === cache.begv
    && b.text.modiff === cache.modiff) return cache.value;
  let value: number;
  if (findSymbolValue(Vcomment_use_syntax_ppss) !== NIL) {
    const modiff = b.text.charsModiff;
    const opoint = b.pt;
    const ppss = funcall(Qsyntax_ppss, pos);
    if (b.text.charsModiff !== modiff) error("syntax-ppss modified the buffer!");
    b.pt = opoint;
    const boc = car(nthcdr(8, ppss));
    value = typeof boc === "number" ? boc : pos;
  } else if (findSymbolValue(Vopen_paren_in_column_0_is_defun_start) === NIL) {
    value = b.begv;
  } else {
    // Back to the start of the line, then line by line to an open paren in column 0.
    let p = pos;
    while (p > b.begv && sc.char(p - 1) !== 10) p--;
    while (p > b.begv) {
      if (sc.codeAt(p) === S.Open) break;
      p--;
      while (p > b.begv && sc.char(p - 1) !== 10) p--;
    }
    value = p;
  }
  cache.buffer = b; cache.modiff = b.text.modiff; cache.begv = b.begv; cache.pos = pos; cache.value = value;
  return value;
}

/**
 * Whether a comment of style COMSTYLE (nestable if COMNESTED) ends at FROM, looking back no further than STOP
 * (GNU: back_comment). Returns the comment's start, or -1 when FROM does not end such a comment.
 */
export function backComment(sc: Scanner, from: number, stop: number, comnested: boolean, comstyle: number): number {
  // Scan back counting string-quote parity and remembering comment starters; when a safe place is reached,
  // the earliest starter an even number of quotes away from it starts our comment.
  let stringStyle = -1;
  let stringLossage = false;
  // Passed a matching starter plus a non-matching ender: a later matching starter may be inside another
  // comment.  Test case: { a (* b } c (* d *)
  let commentLossage = false;
  const commentEnd = from;
  let comstartPos = 0;
  let defunStart = 0;
  let nesting = 1;
  let syntax = 0;
  let lossage = false;
  const cebe = sc.commentEndCanBeEscaped;
  const opicd = findSymbolValue(Vopen_paren_in_column_0_is_defun_start) !== NIL;
  const useppss = findSymbolValue(Vcomment_use_syntax_ppss) !== NIL;

  scan: while (from !== stop) {
    from--;
    const prevSyntax = syntax;
    let c = sc.char(from);
    syntax = sc.flags(c, from);
    let code = syntax & 0xff;
    const com2start = comstartFirst(syntax) && comstartSecond(prevSyntax)
      && comstyle === commentStyle(prevSyntax, syntax)
      && (nestedFlag(prevSyntax) || nestedFlag(syntax)) === comnested;
    let com2end = comendFirst(syntax) && comendSecond(prevSyntax);
    const comstart = com2start || code === S.Comment;

    // Two-character markers overlapping another (|*| in C, }% with %..\n and %{..}%): don't be clever.
    if (from > stop && (com2end || comstart)) {
      const nextSyntax = sc.flagsAt(from - 1);
      if (((comstart || comnested) && comendSecond(syntax) && comendFirst(nextSyntax))
        || ((com2end || comnested) && comstartSecond(syntax) && comstyle === commentStyle(syntax, prevSyntax)
          && comstartFirst(nextSyntax))) { lossage = true; break; }
    }
    // A starter that is also an ender (snmp-mode's --): the first time it counts as a starter.
    if (com2start && comstartPos === 0) com2end = false;

    if (com2end) code = S.Endcomment;
    else if (com2start) code = S.Comment;
    else if (code === S.Comment && (comstyle !== commentStyle(syntax, 0) || nestedFlag(syntax) !== comnested)) continue;

    // Escaped characters are ignored, except comment enders that cannot be escaped.
    if ((cebe || code !== S.Endcomment) && sc.charQuoted(from)) continue;

    switch (code) {
      case S.StringFence: case S.CommentFence: case S.String:
        if (code !== S.String) c = code === S.StringFence ? ST_STRING_STYLE : ST_COMMENT_STYLE;
        if (stringStyle === -1) stringStyle = c;
        else if (stringStyle === c) stringStyle = -1;
        else stringLossage = true; // two kinds of string delimiters: hopeless going backward
        break;
      case S.Comment:
        // Odd string quotes involved: be careful.  Test case in Pascal: " { " a { " } "
        if (stringStyle !== -1 || commentLossage || stringLossage) { lossage = true; break scan; }
        if (!comnested) comstartPos = from;
        else if (--nesting <= 0) {
          // Nested comments are balanced: this starter is ours (followed by paired quotes, it is outside strings).
          return from;
        }
        break;
      case S.Endcomment:
        if (commentStyle(syntax, 0) === comstyle
          && ((com2end && nestedFlag(prevSyntax)) || nestedFlag(syntax)) === comnested) {
          if (comnested) nesting++;
          else from = stop; // anything before would match this ender rather than ours
        } else if (comstartPos !== 0 || c !== 10) {
          // Mixing comment styles, as in { (* } *)
          commentLossage = true;
        }
        break;
      case S.Open:
        // A defun start is assumed to be outside strings.
        if (opicd && !useppss && (from === stop || sc.char(from - 1) === 10)) {
          defunStart = from;
          from = stop;
        }
        break;
      default: break;
    }
  }

  if (!lossage) return comstartPos === 0 ? -1 : comstartPos;

  // Decode going forward from a safe place to the comment end, recording where we last passed a starter.
  let adjusted = true;
  if (defunStart === 0) {
    defunStart = findDefunStart(sc, commentEnd);
    adjusted = defunStart > sc.begv;
  }
  const cache = defunCache();
  do {
    const st = emptyParseState();
    scanSexpsForward(sc, st, defunStart, commentEnd, -Infinity, false, 0);
    defunStart = commentEnd;
    if (!adjusted) {
      adjusted = true;
      cache.value = st.levelstarts instanceof Cons ? st.levelstarts.car as number
        : st.thislevelstart >= 0 ? st.thislevelstart : cache.value;
    }
    if (st.incomment === (comnested ? 1 : -1) && st.comstyle === comstyle) from = st.comstrStart;
    else {
      from = commentEnd;
      // Inside some other comment: ours may be nested in it, so try again from within.  { a (* " *)
      if (st.incomment) defunStart = st.comstrStart + 2;
    }
  } while (defunStart < commentEnd);
  return from !== commentEnd ? from : -1;
}
