// The Lisp reader's entry points and primitives: read, read-from-string, reader variables (GNU: lread.c).
// The reader itself is src/lread/reader.ts; obarrays src/lread/obarray.ts; `load` src/lread/load.ts.
import { readSync } from "node:fs";
import { defun, defvar } from "./defun.js";
import { E, findSymbolValue } from "./env.js";
import { funcall } from "./eval.js";
import { Cons, defsym, jsCharAt, LispObject, LString, mkStr, NIL, T, Vectorlike } from "./lisp.js";
import { checkString, error, Qcharacterp, wrongType } from "./signal.js";
import { validateSubarray } from "./fns/common.js";
import { Buffer } from "./buffer.js";
import { Buffer as NodeBuffer } from "node:buffer";
import { pointLineColumn } from "./lread/load.js";
import { Marker, setMarker } from "./marker.js";
import { charText, Reader, substituteObject } from "./lread/reader.js";
import "./lread/obarray.js";
import "./lread/load.js";

export { Reader, substituteObject } from "./lread/reader.js";
export { stringToNumber, parseNumber } from "./lread/numbers.js";
export { internIn, internCurrent, currentObarray, checkObarray, obarrayTable, expandShorthand } from "./lread/obarray.js";
export { loadhistAttach, readEvalLoop, lexicallyBoundP, readSourceFile, openp, expandFileName, pointLineColumn } from "./lread/load.js";

const Vstandard_input = defvar("standard-input", T, `Stream for read to get input from.
See documentation of \`read' for possible values.`);
defvar("values", NIL, `List of values of all expressions which were read, evaluated and printed.
Order is reverse chronological.
This variable is obsolete as of Emacs 28.1 and should not be used.`);
defvar("read-with-symbol-positions", NIL, "If non-nil, add position of read symbols to `read-symbol-positions-list'.");
defvar("read-symbol-positions-list", NIL, "A list mapping read symbols to their positions.");
defvar("read-circle", T, "Non-nil means read recursive structures using #N= and #N# syntax.");
defvar("lread--unescaped-character-literals", NIL, `List of deprecated unescaped character literals encountered by \`read'.
For internal use only.`);

const Qread_char = defsym("read-char");
const Qread_minibuffer = defsym("read-minibuffer");

// ---------------------------------------------------------------------------------------------
// JS API.
// ---------------------------------------------------------------------------------------------
/** Reads the first form of the JS string S (Lisp text in tsmacs's string encoding). */
export function readFromString(s: string): LispObject {
  return new Reader(s).read();
}

/** Reads every form of S, skipping whitespace and comments between forms like `load` does. */
export function readAll(s: string): LispObject[] {
  const r = new Reader(s);
  const out: LispObject[] = [];
  while (r.skipToForm()) out.push(r.read());
  return out;
}

/** Reads one form from the Lisp string STR between character indices START and END; END of the result is a character index. */
export function readFromLString(str: LString, start = 0, end = str.length): { obj: LispObject; end: number } {
  const simple = str.simple;
  const jsStart = simple ? start : str.jsIndex(start);
  const jsEnd = simple ? end : str.jsIndex(end);
  const r = new Reader(str.s, jsStart, jsEnd);
  const obj = r.read();
  return { obj, end: simple ? r.pos : start + countChars(str.s, jsStart, r.pos) };
}

/**
 * Reads one form from TEXT[start, end) (JS indices) and returns it with the JS index after it; for
 * buffers and markers. EXTRA, when given, supplies the data GNU appends to invalid-read-syntax (line, column).
 */
export function readFromText(text: string, start: number, end: number, extra?: () => LispObject[]): { obj: LispObject; end: number } {
  const r = new Reader(text, start, end);
  if (extra) r.syntaxExtra = extra;
  const obj = r.read();
  return { obj, end: r.pos };
}

function countChars(s: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; n++) i += jsCharAt(s, i) >= 0x10000 ? 2 : 1;
  return n;
}

/**
 * Readers for further stream types owned by other modules: each returns the object read, or undefined
 * when STREAM is not its kind.
 */
export const readStreamHandlers: ((stream: LispObject) => LispObject | undefined)[] = [];

/**
 * Reads from buffer B starting at position FROM (point or a marker's position) up to its ZV, then moves
 * the position past what was read with SETPOS, also when reading fails. Text is fetched in growing
 * chunks so that reading form after form from a large buffer stays linear.
 */
function readFromBuffer(b: Buffer, from: number, setPos: (pos: number) => void): LispObject {
  const zv = b.live ? b.zv : from;
  let next = from, chunk = 1024;
  const r = new Reader("", 0, 0);
  r.pull = (rd) => {
    if (next >= zv) return false;
    const to = Math.min(zv, next + chunk);
    rd.s += b.slice(next, to);
    rd.end = rd.s.length;
    next = to;
    chunk *= 2;
    return true;
  };
  const sync = () => setPos(from + countChars(r.s, 0, r.pos));
  // GNU reports the line and column of point in the current buffer, after what was read so far.
  r.syntaxExtra = () => { sync(); return pointLineColumn(); };
  try {
    return r.read();
  } finally {
    sync();
  }
}


/** Reads from a function stream: called with no argument for each character, with one to unread it. */
function readFromFunction(fn: LispObject): LispObject {
  const r = new Reader("", 0, 0);
  r.pull = (rd) => {
    const v = funcall(fn);
    if (v === NIL) return false;
    if (typeof v !== "number" || v < 0 || v > 0x3fffff) return wrongType(Qcharacterp, v);
    rd.s += charText(v);
    rd.end = rd.s.length;
    return true;
  };
  const obj = r.read();
  // Give back what was looked at but not used (at most the one character after a token).
  for (let i = r.end; i > r.pos;) {
    const lo = r.s.charCodeAt(i - 1);
    const w = lo >= 0xd800 && lo <= 0xdfff && i - 2 >= r.pos ? 2 : 1;
    i -= w;
    funcall(fn, jsCharAt(r.s, i));
  }
  return obj;
}

/** Batch-mode `(read t)` without a minibuffer: prompt on stdout, one line from stdin. */
function readFromStdin(): LispObject {
  E.stdout.write("Lisp expression: ");
  const bytes: number[] = [];
  const buf = NodeBuffer.alloc(1);
  for (;;) {
    let n = 0;
    try { n = readSync(0, buf, 0, 1, null); } catch { n = 0; }
    if (n === 0) { if (bytes.length === 0) error("Error reading from stdin"); break; }
    if (buf[0] === 10) break;
    bytes.push(buf[0]);
  }
  return readFromString(NodeBuffer.from(bytes).toString("utf8"));
}

defun("read", "(&optional stream)", `Read one Lisp expression as text from STREAM, return as Lisp object.
If STREAM is nil, use the value of \`standard-input' (which see).
STREAM or the value of \`standard-input' may be:
 a buffer (read from point and advance it)
 a marker (read from where it points and advance it)
 a function (call it with no arguments for each character,
     call it with a char as argument to push a char back)
 a string (takes text from string, starting at the beginning)
 t (read text line using minibuffer and use it, or read from
    standard input in batch mode).`, (stream) => {
  if (stream === NIL) stream = findSymbolValue(Vstandard_input);
  if (stream === T) stream = Qread_char;
  if (stream === Qread_char) {
    if (Qread_minibuffer.f !== NIL) return funcall(Qread_minibuffer, mkStr("Lisp expression: "));
    return readFromStdin();
  }
  if (stream instanceof LString) return readFromLString(stream).obj;
  if (stream instanceof Cons && stream.car instanceof LString) return readFromLString(stream.car).obj;
  if (stream instanceof Buffer) return readFromBuffer(stream, stream.pt, (pos) => { stream.pt = pos; });
  if (stream instanceof Marker) {
    const m = stream, b = m.buffer;
    if (b === null) error("Marker does not point anywhere");
    return readFromBuffer(b, m.position, (pos) => { setMarker(m, pos, b); });
  }
  if (stream instanceof Vectorlike) {
    for (const h of readStreamHandlers) {
      const v = h(stream);
      if (v !== undefined) return v;
    }
  }
  return readFromFunction(stream);
});

defun("read-from-string", "(string &optional start end)", `Read one Lisp expression which is represented as text by STRING.
Returns a cons: (OBJECT-READ . FINAL-STRING-INDEX).
FINAL-STRING-INDEX is an integer giving the position of the next
remaining character in STRING.  START and END optionally delimit
a substring of STRING from which to read;  they default to 0 and
\\(length STRING) respectively.  Negative values are counted from
the end of STRING.`, (string, start, end) => {
  const str = checkString(string);
  const [from, to] = validateSubarray(str, start, end, str.length);
  const { obj, end: after } = readFromLString(str, from, to);
  return new Cons(obj, after);
});

defun("lread--substitute-object-in-subtree", "(object placeholder completed)", `In OBJECT, replace every occurrence of PLACEHOLDER with OBJECT.
COMPLETED is a hash table of objects that might be circular, or is t
if any object might be circular.`, (object, placeholder) => {
  substituteObject(object, placeholder);
  return NIL;
});
