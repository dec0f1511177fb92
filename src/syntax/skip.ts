// skip-chars-forward/backward: moving point over characters described like the inside of a regexp bracket
// expression (GNU: syntax.c's skip_chars and in_classes, regex-emacs.c's re_iswctype).
import { defun } from "../defun.js";
import { LispObject, LString, NIL } from "../lisp.js";
import { checkString, error } from "../signal.js";
import { curBuf } from "../buffer.js";
import { fixnumCoerceMarker } from "../marker.js";
import { lowercaseP, uppercaseP } from "../casefiddle.js";
import { CC, parseClass } from "../regex/charset.js";
import { alphabeticp, alphanumericp, blankp, graphicp, printablep } from "../regex/unitables.js";
import { currentSyntaxTable, S, syntaxClassIn } from "../syntax.js";
import { CharTable } from "../chartab.js";

const RAW_FIRST = 0x3fff80;

/** A parsed skip-chars spec for one kind of buffer (GNU: fastmap, char_ranges, iso_classes). */
interface SkipSpec {
  negate: boolean;
  /** Membership by ASCII character, or by byte for a unibyte buffer; already complemented when negated. */
  fastmap: Uint8Array;
  /** Inclusive ranges [from, to, ...] of non-ASCII characters (multibyte buffers only). */
  ranges: number[];
  /** `[:class:]` entries. */
  classes: CC[];
}

/** Whether C belongs to class CC (GNU: re_iswctype), with the current syntax and case tables. */
function inClass(c: number, cc: CC, table: CharTable): boolean {
  const ascii = c < 0x80;
  const letter = (c >= 65 && c <= 90) || (c >= 97 && c <= 122), digit = c >= 48 && c <= 57;
  switch (cc) {
    case CC.Alnum: return ascii ? letter || digit : alphanumericp(c);
    case CC.Alpha: return ascii ? letter : alphabeticp(c);
    case CC.Blank: return ascii ? c === 32 || c === 9 : blankp(c);
    case CC.Cntrl: return c < 32;
    case CC.Digit: return digit;
    case CC.Graph: return c < 256 ? c > 32 && !(c >= 0o177 && c <= 0o240) : graphicp(c);
    case CC.Print: return c < 256 ? c >= 32 && !(c >= 0o177 && c <= 0o237) : printablep(c);
    case CC.Punct: return ascii ? c > 32 && c < 0o177 && !letter && !digit : syntaxClassIn(table, c) !== S.Word;
    case CC.Space: return syntaxClassIn(table, c) === S.Whitespace;
    case CC.Word: return syntaxClassIn(table, c) === S.Word;
    case CC.Lower: return lowercaseP(c);
    case CC.Upper: return uppercaseP(c);
    case CC.Xdigit: return digit || (c >= 65 && c <= 70) || (c >= 97 && c <= 102);
    case CC.Ascii: return ascii;
    case CC.Nonascii: return !ascii;
    case CC.Unibyte: return c < 256;
    case CC.Multibyte: return c >= 256;
    default: return false;
  }
}

/** Parses STRING for a multibyte (MB) or unibyte buffer. */
function parseSpec(str: LString, mb: boolean): SkipSpec {
  const chars = str.chars();
  const n = chars.length;
  const fastmap = new Uint8Array(256);
  const ranges: number[] = [];
  const classes: CC[] = [];
  const add = (from: number, to: number): void => {
    // Bytes of a unibyte string are raw bytes in a multibyte buffer (GNU: the himap conversion).
    if (!str.multibyte && mb && to >= 0x80) {
      if (from < 0x80) { add(from, 0x7f); from = 0x80; }
      ranges.push(from + 0x3fff00, to + 0x3fff00);
      return;
    }
    for (; from <= to && from < 0x80; from++) fastmap[from] = 1;
    if (from > to) return;
    if (mb) ranges.push(from, to);
    else if (!str.multibyte) for (; from <= to && from < 256; from++) fastmap[from] = 1;
    else {
      // Only raw-byte characters have a byte in a unibyte buffer (GNU: CHAR_TO_BYTE_SAFE).
      for (let c = Math.max(from, RAW_FIRST); c <= to; c++) fastmap[c - 0x3fff00] = 1;
    }
  };
  let i = 0;
  const negate = n > 0 && chars[0] === 0x5e;
  if (negate) i = 1;
  while (i < n) {
    const cls = parseClass(chars, i, n);
    if (cls !== null) {
      if (cls[0] === CC.Error) error("Invalid ISO C character class");
      classes.push(cls[0]);
      i = cls[1];
      continue;
    }
    let c = chars[i++];
    if (c === 0x5c) {
      if (i === n) break;
      c = chars[i++];
    }
    // `-' makes a range only when another character follows it.
    if (i + 1 < n && chars[i] === 0x2d) {
      i++;
      let c2 = chars[i++];
      if (c2 === 0x5c && i < n) c2 = chars[i++];
      if (c <= c2) add(c, c2);
    } else add(c, c);
  }
  if (negate) {
    const lim = mb ? 128 : 256;
    for (let k = 0; k < lim; k++) fastmap[k] ^= 1;
  }
  return { negate, fastmap, ranges, classes };
}

// Parsed specs by string and buffer kind: skip-chars is typically called in loops with a constant spec.
const specCache = new Map<string, SkipSpec>();
function specFor(str: LString, mb: boolean): SkipSpec {
  const key = (mb ? "m" : "u") + (str.multibyte ? "m" : "u") + str.s;
  let spec = specCache.get(key);
  if (spec === undefined) {
    spec = parseSpec(str, mb);
    if (specCache.size > 64) specCache.clear();
    specCache.set(key, spec);
  }
  return spec;
}

function accepts(spec: SkipSpec, c: number, mb: boolean, table: CharTable): boolean {
  const classes = spec.classes;
  if (classes.length > 0) {
    for (let k = 0; k < classes.length; k++) if (inClass(c, classes[k], table)) return !spec.negate;
  }
  if (c < 0x80 || !mb) return spec.fastmap[c] === 1;
  const r = spec.ranges;
  let inRange = false;
  for (let k = 0; k < r.length; k += 2) if (c >= r[k] && c <= r[k + 1]) { inRange = true; break; }
  return spec.negate !== inRange;
}

/** Moves point over characters STRING describes, up to LIM; returns the distance (GNU: skip_chars). */
export function skipChars(forward: boolean, string: LispObject, lim: LispObject): number {
  const str = checkString(string);
  const b = curBuf();
  let limit = lim === NIL ? (forward ? b.zv : b.begv) : fixnumCoerceMarker(lim);
  if (limit > b.zv) limit = b.zv;
  if (limit < b.begv) limit = b.begv;
  const mb = b.multibyte;
  const spec = specFor(str, mb);
  const table = currentSyntaxTable();
  const start = b.pt;
  let pos = start;
  if (spec.classes.length === 0 && spec.ranges.length === 0 && !spec.negate) {
    // Only characters of the fastmap can be skipped (the common case).
    const fm = spec.fastmap, lo = mb ? 0x80 : 0x100;
    if (forward) for (let c: number; pos < limit && (c = b.charAt(pos)) < lo && fm[c] === 1;) pos++;
    else for (let c: number; pos > limit && (c = b.charAt(pos - 1)) < lo && fm[c] === 1;) pos--;
  } else if (forward) {
    while (pos < limit && accepts(spec, b.charAt(pos), mb, table)) pos++;
  } else {
    while (pos > limit && accepts(spec, b.charAt(pos - 1), mb, table)) pos--;
  }
  b.pt = pos;
  return pos - start;
}

defun("skip-chars-forward", "(string &optional lim)", `Move point forward, stopping before a char not in STRING, or at pos LIM.
STRING is like the inside of a \`[...]' in a regular expression
except that \`]' is never special and \`\\' quotes \`^', \`-' or \`\\'
 (but not at the end of a range; quoting is never needed there).
Thus, with arg "a-zA-Z", this skips letters stopping before first nonletter.
With arg "^a-zA-Z", skips nonletters stopping before first letter.
Char classes, e.g. \`[:alpha:]', are supported.

Returns the distance traveled, either zero or positive.`, (string, lim) => skipChars(true, string, lim));

defun("skip-chars-backward", "(string &optional lim)", `Move point backward, stopping after a char not in STRING, or at pos LIM.
See \`skip-chars-forward' for details.
Returns the distance traveled, either zero or negative.`, (string, lim) => skipChars(false, string, lim));
