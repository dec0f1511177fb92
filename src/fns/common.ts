// Shared helpers of the fns.c modules: cycle-checked list walking, Emacs's internal string bytes, sub-array
// validation and `signal_error` (GNU: lisp.h FOR_EACH_TAIL / CHECK_LIST_END, character.h, fns.c validate_subarray).
import {
  BYTE8_FIRST, charToJs, Cons, defsym, jsCharAt, LispObject, list, LString, LSymbol, MOST_NEGATIVE_FIXNUM,
  MOST_POSITIVE_FIXNUM, NIL, Vectorlike,
} from "../lisp.js";
import {
  argsOutOfRange, Qcircular_list, Qerror, Qintegerp, Qlistp, wrongType, xsignal, xsignalData,
} from "../signal.js";

export const Qplistp = defsym("plistp");
export const Qlist_or_vector_p = defsym("list-or-vector-p");
export const Qbuffer_or_string_p = defsym("buffer-or-string-p");

/**
 * What fns.c needs from text properties, filled in by textprop.ts when it loads: copying properties
 * between strings (concat, substring, copy-sequence), comparing them (equal-including-properties) and
 * listing them (object-intervals, sxhash-equal-including-properties). Absent hooks mean "no properties".
 */
export const textPropHooks: {
  /** Copy SRC's properties over characters [from, to) onto DST starting at AT. */
  copy?: (src: LString, from: number, to: number, dst: LString, at: number) => void;
  /** Whether two strings with the same text have the same properties. */
  equal?: (a: LString, b: LString) => boolean;
  /** `object-intervals` of a string or buffer: ((FROM TO PLIST) ...). */
  intervals?: (obj: LString | Vectorlike) => LispObject;
  /** The runs prin1 shows, in object-intervals' shape: GNU prints a copy (run plists reversed, charset pruned). */
  print?: (s: LString) => LispObject;
} = {};

/** `circular_list (x)`: the error every cycle-checked walk signals, with the tail where the cycle showed. */
export function circularList(x: LispObject): never {
  return xsignal(Qcircular_list, x);
}

/**
 * GNU's `signal_error`: (error MSG . ARG) when ARG is a proper list, else (error MSG ARG).
 * The splice matters: `(make-hash-table :test nil)` signals (error "Invalid hash table test").
 */
export function signalError(msg: string, arg: LispObject): never {
  return xsignalData(Qerror, new Cons(LString.fromJs(msg), isProperList(arg) ? arg : list(arg)));
}

function isProperList(x: LispObject): boolean {
  let tail = x, tortoise = x, n = 2, lam = 0;
  while (tail instanceof Cons) {
    tail = tail.cdr;
    if (++lam === n) { tortoise = tail; n *= 2; lam = 0; } else if (tail === tortoise) return false;
  }
  return tail === NIL;
}

/**
 * Length of a proper list, signalling like GNU's list_length: circular-list with the tail where Brent's
 * teleporting tortoise met the hare, or (wrong-type-argument listp TAIL) for a dotted list.
 */
export function listLength(l: LispObject): number {
  let tail = l, tortoise = l, n = 2, lam = 0, len = 0;
  while (tail instanceof Cons) {
    len++;
    tail = tail.cdr;
    if (++lam === n) { tortoise = tail; n *= 2; lam = 0; } else if (tail === tortoise) circularList(tail);
  }
  if (tail !== NIL) wrongType(Qlistp, tail);
  return len;
}

/** Number of bytes character C occupies in a multibyte string (GNU: CHAR_BYTES). */
export function charBytes(c: number): number {
  if (c < 0x80) return 1;
  if (c < 0x800) return 2;
  if (c < 0x10000) return 3;
  if (c < 0x200000) return 4;
  if (c >= BYTE8_FIRST) return 2;
  return 5;
}

const NON_ASCII = /[^\x00-\x7f]/;
/** True when JS string S holds only ASCII (then unibyte and multibyte forms coincide). */
export function isAscii(s: string): boolean {
  return !NON_ASCII.test(s);
}

/** SBYTES: the length of S in Emacs's internal representation. */
export function stringBytes(s: LString): number {
  const js = s.s;
  if (!s.multibyte) return js.length;
  let n = 0;
  for (let i = 0; i < js.length; i++) {
    const u = js.charCodeAt(i);
    if (u < 0x80) n++;
    else if (u < 0x800) n += 2;
    else if (u < 0xd800 || u > 0xdfff) n += 3;
    else { const c = jsCharAt(js, i); n += charBytes(c); i++; }
  }
  return n;
}

/** Appends the internal (utf-8-emacs) bytes of character C to OUT (GNU: CHAR_STRING). */
export function pushCharBytes(out: number[], c: number): void {
  if (c < 0x80) out.push(c);
  else if (c < 0x800) out.push(0xc0 | (c >> 6), 0x80 | (c & 0x3f));
  else if (c < 0x10000) out.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 0x3f), 0x80 | (c & 0x3f));
  else if (c < 0x200000) out.push(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 0x3f), 0x80 | ((c >> 6) & 0x3f), 0x80 | (c & 0x3f));
  else if (c >= BYTE8_FIRST) { const b = c - 0x3fff00; out.push(0xc0 | ((b >> 6) & 1), 0x80 | (b & 0x3f)); }
  else out.push(0xf8, 0x80 | ((c >> 18) & 0x3f), 0x80 | ((c >> 12) & 0x3f), 0x80 | ((c >> 6) & 0x3f), 0x80 | (c & 0x3f));
}

/** The bytes of S exactly as GNU stores them (SDATA): raw bytes for unibyte, utf-8-emacs for multibyte. */
export function stringData(s: LString): Uint8Array {
  const js = s.s;
  if (!s.multibyte) {
    const out = new Uint8Array(js.length);
    for (let i = 0; i < js.length; i++) out[i] = js.charCodeAt(i);
    return out;
  }
  // Without surrogate units every character is in the BMP, whose internal bytes are plain UTF-8: node's
  // native encoder then does the work (buffer-hash of a large buffer spent most of its time here).
  if (!/[\ud800-\udfff]/.test(js)) {
    const n = Buffer.byteLength(js, "utf8");
    const out = new Uint8Array(n);
    Buffer.from(out.buffer, out.byteOffset, n).write(js, "utf8");
    return out;
  }
  const out: number[] = [];
  for (let i = 0; i < js.length; i++) {
    const c = jsCharAt(js, i);
    if (c >= 0x10000) i++;
    pushCharBytes(out, c);
  }
  return Uint8Array.from(out);
}

/** A unibyte Lisp string holding BYTES. */
export function unibyteFromBytes(bytes: ArrayLike<number>, from = 0, to = bytes.length): LString {
  let s = "";
  const CHUNK = 8192;
  for (let i = from; i < to; i += CHUNK) {
    s += String.fromCharCode.apply(null, Array.prototype.slice.call(bytes, i, Math.min(to, i + CHUNK)));
  }
  return new LString(s, false);
}

/**
 * Decodes bytes as a multibyte string the way GNU's str_as_multibyte does: well-formed UTF-8 (extended
 * to Emacs's 5-byte forms) becomes characters, every other byte a raw-byte character.
 */
export function multibyteFromBytes(b: ArrayLike<number>): LString {
  let s = "";
  const n = b.length;
  for (let i = 0; i < n;) {
    const c0 = b[i];
    let c = -1, len = 1;
    if (c0 < 0x80) { c = c0; }
    else if (c0 >= 0xc2 && c0 < 0xe0 && i + 1 < n && (b[i + 1] & 0xc0) === 0x80) {
      // C0/C1 leads (GNU's internal form of raw bytes) are not accepted here, as in str_as_multibyte.
      len = 2; c = (c0 & 0x1f) << 6 | (b[i + 1] & 0x3f);
    } else if (c0 >= 0xe0 && c0 < 0xf0 && i + 2 < n && (b[i + 1] & 0xc0) === 0x80 && (b[i + 2] & 0xc0) === 0x80) {
      const v = (c0 & 0x0f) << 12 | (b[i + 1] & 0x3f) << 6 | (b[i + 2] & 0x3f);
      if (v >= 0x800) { c = v; len = 3; }
    } else if (c0 >= 0xf0 && c0 < 0xf8 && i + 3 < n && (b[i + 1] & 0xc0) === 0x80 && (b[i + 2] & 0xc0) === 0x80
      && (b[i + 3] & 0xc0) === 0x80) {
      const v = (c0 & 0x07) << 18 | (b[i + 1] & 0x3f) << 12 | (b[i + 2] & 0x3f) << 6 | (b[i + 3] & 0x3f);
      if (v >= 0x10000) { c = v; len = 4; }
    } else if (c0 === 0xf8 && i + 4 < n && (b[i + 1] & 0xc0) === 0x80 && (b[i + 2] & 0xc0) === 0x80
      && (b[i + 3] & 0xc0) === 0x80 && (b[i + 4] & 0xc0) === 0x80) {
      const v = (b[i + 1] & 0x3f) * 0x40000 + ((b[i + 2] & 0x3f) << 12 | (b[i + 3] & 0x3f) << 6 | (b[i + 4] & 0x3f));
      if (v >= 0x200000 && v < BYTE8_FIRST) { c = v; len = 5; }
    }
    if (c < 0) { c = 0x3fff00 + c0; len = 1; }
    s += charToJs(c);
    i += len;
  }
  return new LString(s, true);
}

/**
 * GNU's validate_subarray: FROM/TO may be nil or fixnums, negative counting from the end. Returns the
 * resolved [from, to] or signals (args-out-of-range ARRAY FROM TO).
 */
export function validateSubarray(array: LispObject, from: LispObject, to: LispObject, size: number): [number, number] {
  let f: number, t: number;
  if (typeof from === "number") { f = from; if (f < 0) f += size; }
  else if (from === NIL) f = 0;
  else if (isFixnumBig(from)) f = Number(from) < 0 ? -1 : size + 1;
  else return wrongType(Qintegerp, from);
  if (typeof to === "number") { t = to; if (t < 0) t += size; }
  else if (to === NIL) t = size;
  else if (isFixnumBig(to)) t = Number(to) < 0 ? -1 : size + 1;
  else return wrongType(Qintegerp, to);
  if (!(0 <= f && f <= t && t <= size)) argsOutOfRange(array, from, to);
  return [f, t];
}

/** A bigint GNU would hold as a fixnum (62-bit range); always out of range as an index. */
export function isFixnumBig(x: LispObject): x is bigint {
  return typeof x === "bigint" && x >= MOST_NEGATIVE_FIXNUM && x <= MOST_POSITIVE_FIXNUM;
}

/** A fixnum argument as GNU's CHECK_FIXNUM sees it (62-bit range), as a JS number. */
export function fixnumArg(x: LispObject, pred: LSymbol): number {
  if (typeof x === "number") return x;
  if (isFixnumBig(x)) return Number(x);
  return wrongType(pred, x);
}
