// Balanced expressions and comments: scan-lists, scan-sexps, forward-comment, backward-prefix-chars, and the
// list motion commands built on them (GNU: syntax.c's scan_lists, Fforward_comment, Fbackward_prefix_chars;
// lisp.el's forward-sexp, backward-sexp, forward-list, backward-list, down-list, up-list, backward-up-list).
import { defun, defvar } from "../defun.js";
import { findSymbolValue } from "../env.js";
import { Cons, defsym, LispObject, mkStr, NIL, T } from "../lisp.js";
import { checkFixnum, LispSignal, xsignal } from "../signal.js";
import { funcall } from "../eval.js";
import { Buffer, curBuf } from "../buffer.js";
import {
  commentStyle, comendFirst, comendSecond, comstartFirst, comstartSecond, nestedFlag, prefixFlag, Qscan_error, S,
  ST_COMMENT_STYLE, Vmultibyte_syntax_as_symbol, Vparse_sexp_ignore_comments,
} from "../syntax.js";
import { acquireScanner, releaseScanner, Scanner } from "./scanner.js";
import { backComment } from "./parse.js";

export const Vforward_sexp_function = defvar("forward-sexp-function", NIL, `If non-nil, \`forward-sexp' delegates to this function.
Should take the same arguments and behave similarly to \`forward-sexp'.`);

const Qbackward_prefix_chars = defsym("backward-prefix-chars");
const Qsyntax_ppss = defsym("syntax-ppss");
const Quser_error = defsym("user-error");

/** GNU's syntax_multibyte: with multibyte-syntax-as-symbol, non-ASCII characters are symbol constituents. */
function codeOf(c: number, flags: number, multibyteSymbol: boolean): number {
  return multibyteSymbol && c >= 0x80 ? S.Symbol : flags & 0xff;
}

function scanError(msg: string, a: number, b: number): never {
  return xsignal(Qscan_error, mkStr(msg), a, b);
}

/**
 * Scans COUNT lists (or sexps, with SEXPFLAG) from FROM0 starting at paren depth DEPTH (GNU: scan_lists).
 * Returns the position reached, or null when the edge of the accessible portion is reached at depth 0.
 */
export function scanLists(from0: number, count: number, depth: number, sexpflag: boolean): number | null {
  const sc = acquireScanner();
  const ls = new ListScan(sc, from0, depth, sexpflag);
  let ok = true;
  for (; count > 0 && ok; count--) ok = ls.forward();
  for (; count < 0 && ok; count++) ok = ls.backward();
  releaseScanner(sc);
  return ok ? ls.from : null;
}

/** The state of one scan_lists; `forward` and `backward` each pass one list or sexp. */
class ListScan {
  from: number;
  /** Signal an error if the depth gets below this. */
  minDepth: number;
  mathexit = false;
  lastGood: number;
  readonly ignoreComments: boolean;
  readonly multibyteSymbol: boolean;

  constructor(readonly sc: Scanner, from0: number, public depth: number, readonly sexpflag: boolean) {
    this.minDepth = depth > 0 ? 0 : depth;
    this.lastGood = from0;
    this.from = from0 < sc.begv ? sc.begv : from0 > sc.zv ? sc.zv : from0;
    this.ignoreComments = findSymbolValue(Vparse_sexp_ignore_comments) !== NIL;
    this.multibyteSymbol = sexpflag && findSymbolValue(Vmultibyte_syntax_as_symbol) !== NIL;
  }

  private lose(): never { return scanError("Unbalanced parentheses", this.lastGood, this.from); }

  /** Depth change at a closing (forward) or opening (backward) delimiter: true when the object is done. */
  /** A math delimiter ($) closes the level it opened, or opens one; true when the scan is done. */
  private mathToggle(): boolean {
    if (this.mathexit) {
      this.mathexit = false;
      return this.leave();
    }
    this.mathexit = true;
    return !++this.depth;
  }

  private leave(): boolean {
    if (!--this.depth) return true;
    if (this.depth < this.minDepth) scanError("Containing expression ends prematurely", this.lastGood, this.from);
    return false;
  }

  /** Passes one object forward; false at the end of the accessible portion between objects. */
  forward(): boolean {
    const sc = this.sc, stop = sc.zv, mbs = this.multibyteSymbol;
    while (this.from < stop) {
      let from = this.from;
      const c = sc.char(from);
      const syntax = sc.flags(c, from);
      let code = codeOf(c, syntax, mbs);
      let comnested = nestedFlag(syntax);
      let comstyle = commentStyle(syntax, 0);
      if (this.depth === this.minDepth) this.lastGood = from;
      from++;
      if (from < stop && comstartFirst(syntax) && this.ignoreComments) {
        const other = sc.flagsAt(from);
        if (comstartSecond(other)) {
          // A two-character comment starter: remember its style so that only an ender of that style ends it.
          code = S.Comment;
          comstyle = commentStyle(other, syntax);
          comnested = comnested || nestedFlag(other);
          from++;
        }
      }
      this.from = from;
      if (prefixFlag(syntax)) continue;
      if (code === S.Escape || code === S.Charquote) {
        // The quoted character is a word constituent.
        if (from === stop) this.lose();
        this.from = ++from;
        code = S.Word;
      }
      switch (code) {
        case S.Word: case S.Symbol:
          if (this.depth !== 0 || !this.sexpflag) break;
          this.wordForward();
          return true;
        case S.CommentFence: case S.Comment:
          if (!this.ignoreComments) break;
          if (!sc.forwComment(from, stop, comnested ? 1 : 0, code === S.CommentFence ? ST_COMMENT_STYLE : comstyle, 0)) {
            this.from = sc.outPos;
            if (this.depth === 0) return true;
            this.lose();
          }
          this.from = sc.outPos + 1;
          break;
        case S.Math:
          if (!this.sexpflag) break;
          if (from !== stop && c === sc.char(from)) this.from = from + 1;
          if (this.mathToggle()) return true;
          break;
        case S.Open:
          if (!++this.depth) return true;
          break;
        case S.Close:
          if (this.leave()) return true;
          break;
        case S.String: case S.StringFence:
          this.stringForward(code, sc.char(from - 1));
          if (!this.depth && this.sexpflag) return true;
          break;
        default: break; // whitespace, punctuation, quote, endcomment
      }
    }
    // Reached the end: an error inside an object, nil between objects.
    if (this.depth) this.lose();
    return false;
  }

  /** To the end of a word or symbol that counts as a sexp. */
  private wordForward(): void {
    const sc = this.sc, stop = sc.zv, mbs = this.multibyteSymbol;
    let from = this.from;
    while (from < stop) {
      const c = sc.char(from);
      const k = codeOf(c, sc.flags(c, from), mbs);
      if (k === S.Charquote || k === S.Escape) {
        from++;
        if (from === stop) { this.from = from; this.lose(); }
      } else if (k !== S.Word && k !== S.Symbol && k !== S.Quote) break;
      from++;
    }
    this.from = from;
  }

  /** Past the end of a string opened by STRINGTERM (or a string fence). */
  private stringForward(code: number, stringterm: number): void {
    const sc = this.sc, stop = sc.zv, mbs = this.multibyteSymbol;
    let from = this.from;
    for (;;) {
      if (from >= stop) { this.from = from; this.lose(); }
      const c = sc.char(from);
      const k = codeOf(c, sc.flags(c, from), mbs);
      if (code === S.String ? c === stringterm && k === S.String : k === S.StringFence) break;
      if (k === S.Charquote || k === S.Escape) from++;
      from++;
    }
    this.from = from + 1;
  }

  /** Passes one object backward; false at the start of the accessible portion between objects. */
  backward(): boolean {
    const sc = this.sc, stop = sc.begv, mbs = this.multibyteSymbol;
    while (this.from > stop) {
      let from = --this.from;
      const c = sc.char(from);
      const syntax = sc.flags(c, from);
      let code = codeOf(c, syntax, mbs);
      if (this.depth === this.minDepth) this.lastGood = from;
      let comstyle = 0;
      let comnested = nestedFlag(syntax);
      if (code === S.Endcomment) comstyle = commentStyle(syntax, 0);
      if (from > stop && comendSecond(syntax) && comendFirst(sc.flagsAt(from - 1)) && this.ignoreComments) {
        // A two-character comment ender: remember its style to match only a starter of that style.
        this.from = --from;
        const other = sc.flagsAt(from);
        code = S.Endcomment;
        comstyle = commentStyle(other, syntax);
        comnested = comnested || nestedFlag(other);
      }
      // Quoting turns anything but a comment ender into a word constituent.
      if (code !== S.Endcomment && sc.charQuoted(from)) {
        this.from = --from;
        code = S.Word;
      } else if (prefixFlag(syntax)) continue;

      switch (code) {
        case S.Word: case S.Symbol: case S.Escape: case S.Charquote:
          if (this.depth !== 0 || !this.sexpflag) break;
          this.wordBackward();
          return true;
        case S.Math:
          if (!this.sexpflag) break;
          if (from > sc.begv && from !== stop && c === sc.char(from - 1)) this.from = --from;
          if (this.mathToggle()) return true;
          break;
        case S.Close:
          if (!++this.depth) return true;
          break;
        case S.Open:
          if (this.leave()) return true;
          break;
        case S.Endcomment: {
          if (!this.ignoreComments) break;
          // When this is not really a comment end, the character is simply skipped.
          const start = backComment(sc, from, stop, comnested, comstyle);
          if (start >= 0) this.from = start;
          break;
        }
        case S.CommentFence: case S.StringFence:
          this.fenceBackward(code);
          if (code === S.StringFence && !this.depth && this.sexpflag) return true;
          break;
        case S.String:
          this.stringBackward(c);
          if (!this.depth && this.sexpflag) return true;
          break;
        default: break; // whitespace, punctuation, quote
      }
    }
    if (this.depth) this.lose();
    return false;
  }

  /** Back to the start of a word or symbol that counts as a sexp. */
  private wordBackward(): void {
    const sc = this.sc, stop = sc.begv, mbs = this.multibyteSymbol;
    let from = this.from;
    while (from > stop) {
      let temp = from - 1;
      let c1 = sc.char(temp);
      // A comment ender cannot be quoted.
      if (codeOf(c1, sc.flags(c1, temp), mbs) === S.Endcomment) break;
      const quoted = sc.charQuoted(temp);
      if (quoted) { from--; temp--; }
      c1 = sc.char(temp);
      if (!quoted) {
        const k = codeOf(c1, sc.flags(c1, temp), mbs);
        if (k !== S.Word && k !== S.Symbol && k !== S.Quote) break;
      }
      from--;
    }
    this.from = from;
  }

  /** Back to the unquoted fence of class CODE that opened this one. */
  private fenceBackward(code: number): void {
    const sc = this.sc, stop = sc.begv, mbs = this.multibyteSymbol;
    for (;;) {
      if (this.from === stop) this.lose();
      const from = --this.from;
      if (!sc.charQuoted(from)) {
        const c = sc.char(from);
        if (codeOf(c, sc.flags(c, from), mbs) === code) return;
      }
    }
  }

  /** Back to the unquoted STRINGTERM that opened this string. */
  private stringBackward(stringterm: number): void {
    const sc = this.sc, stop = sc.begv, mbs = this.multibyteSymbol;
    for (;;) {
      if (this.from === stop) this.lose();
      const from = --this.from;
      if (!sc.charQuoted(from)) {
        const c = sc.char(from);
        if (c === stringterm && codeOf(c, sc.flags(c, from), mbs) === S.String) return;
      }
    }
  }
}

defun("scan-lists", "(from count depth)", `Scan from character number FROM by COUNT lists.
Scan forward if COUNT is positive, backward if COUNT is negative.
Return the character number of the position thus found.

A "list", in this context, refers to a balanced parenthetical
grouping, as determined by the syntax table.

If DEPTH is nonzero, treat that as the nesting depth of the starting
point (i.e. the starting point is DEPTH parentheses deep).  This
function scans over parentheses until the depth goes to zero COUNT
times.  Hence, positive DEPTH moves out that number of levels of
parentheses, while negative DEPTH moves to a deeper level.

Comments are ignored if \`parse-sexp-ignore-comments' is non-nil.

If we reach the beginning or end of the accessible part of the buffer
before we have scanned over COUNT lists, return nil if the depth at
that point is zero, and signal an error if the depth is nonzero.`, (from, count, depth) => {
  const r = scanLists(checkFixnum(from), checkFixnum(count), checkFixnum(depth), false);
  return r === null ? NIL : r;
});

defun("scan-sexps", "(from count)", `Scan from character number FROM by COUNT balanced expressions.
If COUNT is negative, scan backwards.
Returns the character number of the position thus found.

Comments are ignored if \`parse-sexp-ignore-comments' is non-nil.

If the beginning or end of (the accessible part of) the buffer is reached
in the middle of a parenthetical grouping, an error is signaled.
If the beginning or end is reached between groupings
but before count is used up, nil is returned.`, (from, count) => {
  const r = scanLists(checkFixnum(from), checkFixnum(count), 0, true);
  return r === null ? NIL : r;
});

// ---------------------------------------------------------------------------------------------
// forward-comment and backward-prefix-chars.
// ---------------------------------------------------------------------------------------------
/** `forward-comment`: moves point over COUNT comments and whitespace; true when all were found. */
export function forwardComment(count: number): boolean {
  const sc = acquireScanner();
  const r = forwardCommentIn(sc, count);
  releaseScanner(sc);
  return r;
}
function forwardCommentIn(sc: Scanner, count: number): boolean {
  const b = sc.b;
  const stop = count > 0 ? sc.zv : sc.begv;
  let from = b.pt;
  while (count > 0) {
    let code: number, c: number, comstyle: number, comnested: boolean;
    do {
      if (from === stop) { b.pt = from; return false; }
      c = sc.char(from);
      const syntax = sc.flags(c, from);
      code = syntax & 0xff;
      comnested = nestedFlag(syntax);
      comstyle = commentStyle(syntax, 0);
      from++;
      if (from < stop && comstartFirst(syntax)) {
        const other = sc.flagsAt(from);
        if (comstartSecond(other)) {
          code = S.Comment;
          comstyle = commentStyle(other, syntax);
          comnested = comnested || nestedFlag(other);
          from++;
        }
      }
    } while (code === S.Whitespace || (code === S.Endcomment && c === 10));
    if (code === S.CommentFence) comstyle = ST_COMMENT_STYLE;
    else if (code !== S.Comment) { b.pt = from - 1; return false; }
    const found = sc.forwComment(from, stop, comnested ? 1 : 0, comstyle, 0);
    from = sc.outPos;
    if (!found) { b.pt = from; return false; }
    from++;
    count--;
  }
  while (count < 0) {
    for (;;) {
      if (from <= stop) { b.pt = sc.begv; return false; }
      from--;
      const quoted = sc.charQuoted(from);
      const c = sc.char(from);
      const syntax = sc.flags(c, from);
      let code = syntax & 0xff;
      let comstyle = 0;
      let comnested = nestedFlag(syntax);
      if (code === S.Endcomment) comstyle = commentStyle(syntax, 0);
      if (from > stop && comendSecond(syntax) && comendFirst(sc.flagsAt(from - 1)) && !sc.charQuoted(from - 1)) {
        from--;
        const other = sc.flagsAt(from);
        code = S.Endcomment;
        comstyle = commentStyle(other, syntax);
        comnested = comnested || nestedFlag(other);
      }
      if (code === S.CommentFence) {
        // Back to the first preceding unquoted comment fence.
        const ini = from;
        let fenceFound = false;
        if (from > stop) {
          for (;;) {
            from--;
            if (sc.codeAt(from) === S.CommentFence && !sc.charQuoted(from)) { fenceFound = true; break; }
            if (from === stop) break;
          }
        }
        if (!fenceFound) { b.pt = ini + 1; return false; }
        break;
      } else if (code === S.Endcomment) {
        const start = !quoted || !sc.commentEndCanBeEscaped ? backComment(sc, from, stop, comnested, comstyle) : -1;
        if (start < 0) {
          // An end of line that ends no comment is whitespace (CC mode relies on this).
          if (c === 10) continue;
          // Back to the end of this not-quite comment ender (after both characters of a two-character one).
          b.pt = (sc.code(c, from) !== code ? from + 1 : from) + 1;
          return false;
        }
        from = start;
        break;
      } else if (code !== S.Whitespace || quoted) {
        b.pt = from + 1;
        return false;
      }
    }
    count++;
  }
  b.pt = from;
  return true;
}

defun("forward-comment", "(count)", `Move forward across up to COUNT comments.  If COUNT is negative, move backward.
Stop scanning if we find something other than a comment or whitespace.
Set point to where scanning stops.
If COUNT comments are found as expected, with nothing except whitespace
between them, return t; otherwise return nil.`, (count) => (forwardComment(checkFixnum(count)) ? T : NIL));

defun("backward-prefix-chars", "()", `Move point backward over any number of chars with prefix syntax.
This includes chars with expression prefix syntax class (\\=') and those with
the prefix syntax flag (p).`, () => {
  const sc = acquireScanner();
  const b = sc.b;
  let opoint = b.pt;
  let pos = b.pt;
  if (pos <= sc.begv) return NIL;
  pos--;
  for (;;) {
    if (sc.charQuoted(pos)) break;
    const f = sc.flagsAt(pos);
    if ((f & 0xff) !== S.Quote && !prefixFlag(f)) break;
    opoint = pos;
    if (pos <= sc.begv) break;
    pos--;
  }
  b.pt = opoint;
  releaseScanner(sc);
  return NIL;
});

// ---------------------------------------------------------------------------------------------
// lisp.el's list motion.
// ---------------------------------------------------------------------------------------------
const bufferEnd = (b: Buffer, arg: number): number => (arg > 0 ? b.zv : b.begv);
function prefixArg(arg: LispObject): number { return arg === NIL ? 1 : checkFixnum(arg); }

/** `forward-sexp` without the interactive error conversion. */
export function forwardSexp(arg: number): void {
  const fn = findSymbolValue(Vforward_sexp_function);
  if (fn !== NIL) { funcall(fn, arg); return; }
  const b = curBuf();
  const r = scanLists(b.pt, arg, 0, true);
  b.pt = r ?? bufferEnd(b, arg);
  if (arg < 0) funcall(Qbackward_prefix_chars);
}

defun("forward-sexp", "(&optional arg interactive)", `Move forward across one balanced expression (sexp).
With ARG, do it that many times.  Negative arg -N means move
backward across N balanced expressions.  This command assumes
point is not in a string or comment.  Calls
\`forward-sexp-function' to do the work, if that is non-nil.  If
unable to move over a sexp, signal \`scan-error' with three
arguments: a message, the start of the obstacle (usually a
parenthesis or list marker of some kind), and end of the
obstacle.  If INTERACTIVE is non-nil, as it is interactively,
report errors as appropriate for this kind of usage.`, (arg, interactive) => {
  const n = prefixArg(arg);
  withUserErrors(interactive, n > 0 ? "No next sexp" : "No previous sexp", () => forwardSexp(n));
  return NIL;
}, { interactive: "^p\nd" });

defun("backward-sexp", "(&optional arg interactive)", `Move backward across one balanced expression (sexp).
With ARG, do it that many times.  Negative arg -N means
move forward across N balanced expressions.
This command assumes point is not in a string or comment.
Uses \`forward-sexp' to do the work.
If INTERACTIVE is non-nil, as it is interactively,
report errors as appropriate for this kind of usage.`, (arg, interactive) => {
  const n = -prefixArg(arg);
  withUserErrors(interactive, n > 0 ? "No next sexp" : "No previous sexp", () => forwardSexp(n));
  return NIL;
}, { interactive: "^p\nd" });

function forwardList(arg: number): void {
  const b = curBuf();
  const r = scanLists(b.pt, arg, 0, false);
  b.pt = r ?? bufferEnd(b, arg);
}
defun("forward-list", "(&optional arg interactive)", `Move forward across one balanced group of parentheses.
This command will also work on other parentheses-like expressions
defined by the current language mode.
With ARG, do it that many times.
Negative arg -N means move backward across N groups of parentheses.
This command assumes point is not in a string or comment.
If INTERACTIVE is non-nil, as it is interactively,
report errors as appropriate for this kind of usage.`, (arg, interactive) => {
  const n = prefixArg(arg);
  withUserErrors(interactive, n > 0 ? "No next group" : "No previous group", () => forwardList(n));
  return NIL;
}, { interactive: "^p\nd" });

defun("backward-list", "(&optional arg interactive)", `Move backward across one balanced group of parentheses.
This command will also work on other parentheses-like expressions
defined by the current language mode.
With ARG, do it that many times.
Negative arg -N means move forward across N groups of parentheses.
This command assumes point is not in a string or comment.
If INTERACTIVE is non-nil, as it is interactively,
report errors as appropriate for this kind of usage.`, (arg, interactive) => {
  const n = -prefixArg(arg);
  withUserErrors(interactive, n > 0 ? "No next group" : "No previous group", () => forwardList(n));
  return NIL;
}, { interactive: "^p\nd" });

defun("down-list", "(&optional arg interactive)", `Move forward down one level of parentheses.
This command will also work on other parentheses-like expressions
defined by the current language mode.
With ARG, do this that many times.
A negative argument means move backward but still go down a level.
This command assumes point is not in a string or comment.
If INTERACTIVE is non-nil, as it is interactively,
report errors as appropriate for this kind of usage.`, (arg, interactive) => {
  withUserErrors(interactive, "At bottom level", () => {
    let n = prefixArg(arg);
    const inc = n > 0 ? 1 : -1;
    const b = curBuf();
    while (n !== 0) {
      b.pt = scanLists(b.pt, inc, -1, false) ?? bufferEnd(b, n);
      n -= inc;
    }
  });
  return NIL;
}, { interactive: "^p\nd" });

/** `up-list` (GNU 28 lisp.el), including ESCAPE-STRINGS and NO-SYNTAX-CROSSING. */
export function upList(arg: number, escapeStrings: boolean, noSyntaxCrossing: boolean): void {
  const inc = arg > 0 ? 1 : -1;
  while (arg !== 0) {
    const b = curBuf();
    try {
      // save-restriction around the narrowing to an enclosing string or comment.
      const widened = b.begv === 1 && b.zv === b.z;
      const begv = b.begv, zv = b.zv;
      try {
        if (noSyntaxCrossing) narrowToEnclosingStringOrComment(b);
        if (findSymbolValue(Vforward_sexp_function) === NIL) {
          b.pt = scanLists(b.pt, inc, 1, false) ?? bufferEnd(b, arg);
        } else {
          let pos = b.pt;
          try {
            for (;;) {
              pos = b.pt;
              forwardSexp(inc);
              if (b.pt === pos) break;
            }
          } catch (e) {
            if (!(e instanceof LispSignal) || e.sym !== Qscan_error) throw e;
            b.pt = nth(arg > 0 ? 3 : 2, new Cons(e.sym, e.data)) as number;
          }
          if (b.pt === pos) scanError("Unbalanced parentheses", b.pt, b.pt);
        }
      } finally {
        if (b.live) {
          if (widened) { b.begv = 1; b.zv = b.z; } else { b.begv = begv; b.zv = zv; }
          if (b.pt < b.begv) b.pt = b.begv; else if (b.pt > b.zv) b.pt = b.zv;
        }
      }
    } catch (e) {
      if (!(e instanceof LispSignal) || e.sym !== Qscan_error) throw e;
      let ppss: LispObject = NIL;
      const start = (): number | null => { const p = nth(8, ppss); return typeof p === "number" ? p : null; };
      if (escapeStrings && nth(3, ppss = funcall(Qsyntax_ppss)) !== NIL && start() !== null) {
        // Bumped against the end of a list inside a string: go to the string's start or end.
        b.pt = start()!;
        if (inc > 0) forwardSexp(1);
      } else if (noSyntaxCrossing && nth(4, ppss === NIL ? (ppss = funcall(Qsyntax_ppss)) : ppss) !== NIL
        && start() !== null) {
        // We narrowed to a comment and failed to escape it: try again from its start or end.
        b.pt = start()!;
        if (inc > 0) forwardComment(1);
        arg += inc;
      } else if (noSyntaxCrossing) xsignal(Quser_error, mkStr("At top level"));
      else throw e;
    }
    arg -= inc;
  }
}
function nth(n: number, l: LispObject): LispObject {
  for (let i = 0; i < n && l instanceof Cons; i++) l = l.cdr;
  return l instanceof Cons ? l.car : NIL;
}

/** up-list's NO-SYNTAX-CROSSING: inside a string or comment, narrow to it so the scan stays within. */
function narrowToEnclosingStringOrComment(b: Buffer): void {
  const ppss = funcall(Qsyntax_ppss);
  const start = nth(8, ppss);
  if (typeof start !== "number") return;
  const opoint = b.pt;
  b.pt = start;
  let end: number;
  if (nth(3, ppss) !== NIL) {
    try { forwardSexp(1); end = b.pt; } catch (e) {
      if (!(e instanceof LispSignal) || e.sym !== Qscan_error) throw e;
      end = b.zv;
    }
  } else {
    forwardComment(1);
    end = b.pt;
  }
  b.pt = opoint;
  if (end < start) [b.begv, b.zv] = [end, start]; else { b.begv = start; b.zv = end; }
  if (b.pt < b.begv) b.pt = b.begv; else if (b.pt > b.zv) b.pt = b.zv;
}

defun("up-list", "(&optional arg escape-strings no-syntax-crossing)", `Move forward out of one level of parentheses.
This command will also work on other parentheses-like expressions
defined by the current language mode.  With ARG, do this that
many times.  A negative argument means move backward but still to
a less deep spot.  If ESCAPE-STRINGS is non-nil (as it is
interactively), move out of enclosing strings as well.  If
NO-SYNTAX-CROSSING is non-nil (as it is interactively), prefer to
break out of any enclosing string instead of moving to the end of
a list broken across multiple strings.  On error, location of
point is unspecified.`, (arg, escapeStrings, noSyntaxCrossing) => {
  upList(prefixArg(arg), escapeStrings !== NIL, noSyntaxCrossing !== NIL);
  return NIL;
}, { interactive: "^p\nd\nd" });

defun("backward-up-list", "(&optional arg escape-strings no-syntax-crossing)", `Move backward out of one level of parentheses.
This command will also work on other parentheses-like expressions
defined by the current language mode.  With ARG, do this that
many times.  A negative argument means move forward but still to
a less deep spot.  If ESCAPE-STRINGS is non-nil (as it is
interactively), move out of enclosing strings as well.  If
NO-SYNTAX-CROSSING is non-nil (as it is interactively), prefer to
break out of any enclosing string instead of moving to the end of
a list broken across multiple strings.  On error, location of
point is unspecified.`, (arg, escapeStrings, noSyntaxCrossing) => {
  upList(-prefixArg(arg), escapeStrings !== NIL, noSyntaxCrossing !== NIL);
  return NIL;
}, { interactive: "^p\nd\nd" });

/** The INTERACTIVE convention of lisp.el's motion commands: a scan error becomes a user-error with MESSAGE. */
function withUserErrors(interactive: LispObject, message: string, body: () => void): void {
  if (interactive === NIL) { body(); return; }
  try { body(); } catch (e) {
    if (!(e instanceof LispSignal) || e.sym !== Qscan_error) throw e;
    xsignal(Quser_error, mkStr(message));
  }
}
