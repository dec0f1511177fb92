// Word motion and skipping by syntax class (GNU: syntax.c's scan_words, Fforward_word, skip_syntaxes; simple.el's
// backward-word; subr.el's forward-word-strictly and backward-word-strictly).
import { defun } from "../defun.js";
import { findSymbolValue, specbind, unbindTo, E } from "../env.js";
import { LispObject, LString, LSymbol, NIL, T } from "../lisp.js";
import { checkFixnum, checkString, Qsymbolp, wrongType } from "../signal.js";
import { funcall } from "../eval.js";
import { CharTable, charTableGet, makeCharTable } from "../chartab.js";
import { curBuf } from "../buffer.js";
import { fixnumCoerceMarker } from "../marker.js";
import { constrainToField } from "../editfns/buffer-fields.js";
import { S, syntaxSpecCode, Vfind_word_boundary_function_table, Vwords_include_escapes } from "../syntax.js";
import { wordBoundaryFunction } from "../category.js";
import { acquireScanner, releaseScanner, Scanner } from "./scanner.js";

/** The word-boundary function for C from `find-word-boundary-function-table`, if it is a bound symbol. */
function boundaryFunction(table: LispObject, c: number): LispObject {
  if (!(table instanceof CharTable)) return NIL;
  const f = charTableGet(table, c);
  if (f === NIL) return NIL;
  if (!(f instanceof LSymbol)) return wrongType(Qsymbolp, f);
  return f.f !== NIL ? f : NIL;
}

/** Whether a class continues a word (escapes too with `words-include-escapes`). */
function isWordCode(code: number, escapes: boolean): boolean {
  return code === S.Word || (escapes && (code === S.Escape || code === S.Charquote));
}

/**
 * The position COUNT words away from FROM, or 0 when the edge of the accessible portion comes first
 * (GNU: scan_words). Backward, it stops at the start of a word.
 */
export function scanWords(from: number, count: number): number {
  const sc = acquireScanner();
  const r = scanWordsIn(sc, from, count);
  releaseScanner(sc);
  return r;
}
function scanWordsIn(sc: Scanner, from: number, count: number): number {
  const beg = sc.begv, end = sc.zv;
  const escapes = findSymbolValue(Vwords_include_escapes) !== NIL;
  const fnTable = findSymbolValue(Vfind_word_boundary_function_table);
  let wordBoundaryP: ((c1: number, c2: number) => boolean) | null = null;
  while (count > 0) {
    let ch0: number;
    for (;;) {
      if (from === end) return 0;
      ch0 = sc.char(from);
      const code = sc.code(ch0, from);
      from++;
      if (isWordCode(code, escapes)) break;
    }
    // CH0 begins a word and FROM is just after it.
    const func = boundaryFunction(fnTable, ch0);
    if (func !== NIL) {
      const pos = funcall(func, from - 1, end);
      if (typeof pos === "number" && from < pos && pos <= curBuf().zv) from = pos;
    } else {
      while (from !== end) {
        const ch1 = sc.char(from);
        if (!isWordCode(sc.code(ch1, from), escapes) || (wordBoundaryP ??= wordBoundaryFunction())(ch0, ch1)) break;
        from++;
        ch0 = ch1;
      }
    }
    count--;
  }
  while (count < 0) {
    let ch1: number;
    for (;;) {
      if (from === beg) return 0;
      from--;
      ch1 = sc.char(from);
      if (isWordCode(sc.code(ch1, from), escapes)) break;
    }
    // CH1 ends a word and FROM is its position.
    const func = boundaryFunction(fnTable, ch1);
    if (func !== NIL) {
      const pos = funcall(func, from, beg);
      if (typeof pos === "number" && curBuf().begv <= pos && pos < from) from = pos;
    } else {
      while (from !== beg) {
        const ch0 = sc.char(from - 1);
        if (!isWordCode(sc.code(ch0, from - 1), escapes) || (wordBoundaryP ??= wordBoundaryFunction())(ch0, ch1)) break;
        from--;
        ch1 = ch0;
      }
    }
    count++;
  }
  return from;
}

/** `forward-word`: point moves ARG words; false when an edge of the accessible portion stopped it. */
export function forwardWord(arg: number): boolean {
  const b = curBuf();
  const orig = scanWords(b.pt, arg);
  let val = orig !== 0 ? orig : arg > 0 ? b.zv : b.begv;
  // Avoid jumping out of an input field.
  val = constrainToField(val, b.pt, NIL, NIL, NIL);
  b.pt = val;
  return val === orig;
}

defun("forward-word", "(&optional arg)", `Move point forward ARG words (backward if ARG is negative).
If ARG is omitted or nil, move point forward one word.
Normally returns t.
If an edge of the buffer or a field boundary is reached, point is
left there and the function returns nil.  Field boundaries are not
noticed if \`inhibit-field-text-motion' is non-nil.

The word boundaries are normally determined by the buffer's syntax
table and character script (according to \`char-script-table'), but
\`find-word-boundary-function-table', such as set up by \`subword-mode',
can change that.  If a Lisp program needs to move by words determined
strictly by the syntax table, it should use \`forward-word-strictly'
instead.  See Info node \`(elisp) Word Motion' for details.`, (arg) => (forwardWord(arg === NIL ? 1 : checkFixnum(arg)) ? T : NIL),
{ interactive: "^p" });

const negate = (arg: LispObject): number => (arg === NIL ? -1 : -checkFixnum(arg));

defun("backward-word", "(&optional arg)", `Move backward until encountering the beginning of a word.
With argument ARG, do this that many times.
If ARG is omitted or nil, move point backward one word.

The word boundaries are normally determined by the buffer's syntax
table and character script (according to \`char-script-table'), but
\`find-word-boundary-function-table', such as set up by \`subword-mode',
can change that.  If a Lisp program needs to move by words determined
strictly by the syntax table, it should use \`backward-word-strictly'
instead.  See Info node \`(elisp) Word Motion' for details.`, (arg) => (forwardWord(negate(arg)) ? T : NIL),
{ interactive: "^p" });

/** Runs BODY with `find-word-boundary-function-table` bound to an empty table (subr.el's *-strictly). */
function strictly(body: () => boolean): LispObject {
  const count = E.sp;
  specbind(Vfind_word_boundary_function_table, makeCharTable(NIL, NIL));
  try { return body() ? T : NIL; } finally { unbindTo(count); }
}
defun("forward-word-strictly", "(&optional arg)", `Move point forward ARG words (backward if ARG is negative).
If ARG is omitted or nil, move point forward one word.
Normally returns t.
If an edge of the buffer or a field boundary is reached, point is left there
and the function returns nil.  Field boundaries are not noticed if
\`inhibit-field-text-motion' is non-nil.

This function is like \`forward-word', but it is not affected
by \`find-word-boundary-function-table'.  It is also not interactive.`,
(arg) => strictly(() => forwardWord(arg === NIL ? 1 : checkFixnum(arg))));
defun("backward-word-strictly", "(&optional arg)", `Move backward until encountering the beginning of a word.
With argument ARG, do this that many times.
If ARG is omitted or nil, move point backward one word.

This function is like \`forward-word', but it is not affected
by \`find-word-boundary-function-table'.  It is also not interactive.`,
(arg) => strictly(() => forwardWord(negate(arg))));

// ---------------------------------------------------------------------------------------------
// skip-syntax-forward / skip-syntax-backward.
// ---------------------------------------------------------------------------------------------
/** Moves point over characters whose class is (or, after ^, is not) in SYNTAX, up to LIM (GNU: skip_syntaxes). */
export function skipSyntaxes(forward: boolean, syntax: LispObject, lim: LispObject): number {
  const s = checkString(syntax);
  const b = curBuf();
  let limit = lim === NIL ? (forward ? b.zv : b.begv) : fixnumCoerceMarker(lim);
  if (limit > b.zv) limit = b.zv;
  if (limit < b.begv) limit = b.begv;
  if (forward ? b.pt >= limit : b.pt <= limit) return 0;
  const map = classMap(s);
  const sc = acquireScanner(b);
  const start = b.pt;
  let pos = start;
  if (forward) while (pos < limit && map[sc.codeAt(pos)] === 1) pos++;
  else while (pos > limit && map[sc.codeAt(pos - 1)] === 1) pos--;
  releaseScanner(sc);
  b.pt = pos;
  return pos - start;
}

/** Which classes (index 0..255) a skip-syntax spec accepts, cached by spec (specs are few and short). */
const classMaps = new Map<string, Uint8Array>();
function classMap(s: LString): Uint8Array {
  let map = classMaps.get(s.s);
  if (map !== undefined) return map;
  map = computeClassMap(s);
  if (classMaps.size > 64) classMaps.clear();
  classMaps.set(s.s, map);
  return map;
}
function computeClassMap(s: LString): Uint8Array {
  const map = new Uint8Array(256);
  // A multibyte spec is made unibyte first (syntax letters are ASCII), as GNU does.
  const chars = s.chars();
  let i = 0;
  const negate = chars.length > 0 && chars[0] === 0x5e;
  if (negate) i = 1;
  for (; i < chars.length; i++) map[syntaxSpecCode(chars[i] & 0xff)] = 1;
  if (negate) for (let k = 0; k < 256; k++) map[k] ^= 1;
  return map;
}

defun("skip-syntax-forward", "(syntax &optional lim)", `Move point forward across chars in specified syntax classes.
SYNTAX is a string of syntax code characters.
Stop before a char whose syntax is not in SYNTAX, or at position LIM.
If SYNTAX starts with ^, skip characters whose syntax is NOT in SYNTAX.
This function returns the distance traveled, either zero or positive.`, (syntax, lim) => skipSyntaxes(true, syntax, lim));

defun("skip-syntax-backward", "(syntax &optional lim)", `Move point backward across chars in specified syntax classes.
SYNTAX is a string of syntax code characters.
Stop on reaching a char whose syntax is not in SYNTAX, or at position LIM.
If SYNTAX starts with ^, skip characters whose syntax is NOT in SYNTAX.
This function returns either zero or a negative number, and the absolute value
of this is the distance traveled.`, (syntax, lim) => skipSyntaxes(false, syntax, lim));

