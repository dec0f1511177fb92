// String comparison, conversion between unibyte and multibyte, substrings and searching (GNU: fns.c
// string-equal ... string-to-unibyte, substring, string-search, clear-string).
import { defun } from "../defun.js";
import { funcall } from "../eval.js";
import {
  BYTE8_FIRST, charToJs, defsym, jsCharAt, LispObject, LString, LSymbol, NIL, T,
} from "../lisp.js";
import { argsOutOfRange, checkString, error, Qfixnump, wrongType } from "../signal.js";
import {
  fixnumArg, isAscii, multibyteFromBytes, pushCharBytes, textPropHooks, stringBytes, stringData, unibyteFromBytes, validateSubarray,
} from "./common.js";

/** Copies the text properties of SRC[from, to) into DST at AT, when SRC has any. */
export function copyTextProps(src: LString, from: number, to: number, dst: LString, at: number): void {
  if (src.intervals !== null && textPropHooks.copy) textPropHooks.copy(src, from, to, dst, at);
}

/** A string argument that may also be a symbol (its name), as string-equal and string-lessp accept. */
function stringOrSymbol(x: LispObject): LString {
  if (x instanceof LSymbol) return x.nameString;
  return checkString(x);
}

/** Characters of a string as GNU's fetch_string_char_advance yields them: bytes for unibyte strings. */
function charsOf(s: LString): ArrayLike<number> {
  if (s.simple) {
    const js = s.s;
    const out = new Uint32Array(js.length);
    for (let i = 0; i < js.length; i++) out[i] = js.charCodeAt(i);
    return out;
  }
  return s.chars();
}

/** Characters as multibyte would see them: unibyte non-ASCII bytes become raw-byte characters. */
function charsAsMultibyte(s: LString): ArrayLike<number> {
  const cs = charsOf(s);
  if (s.multibyte) return cs;
  const out = new Uint32Array(cs.length);
  for (let i = 0; i < cs.length; i++) out[i] = cs[i] < 0x80 ? cs[i] : cs[i] + 0x3fff00;
  return out;
}

// ---------------------------------------------------------------------------------------------
// Comparison.
// ---------------------------------------------------------------------------------------------
/** string-equal on two strings: same characters and, for non-ASCII text, the same multibyteness. */
export function stringEqual(a: LString, b: LString): boolean {
  return a.s === b.s && (a.multibyte === b.multibyte || isAscii(a.s));
}

defun("string-bytes", "(string)", `Return the number of bytes in STRING.
If STRING is multibyte, this may be greater than the length of STRING.`, (s: LispObject) => stringBytes(checkString(s)));

defun("string-distance", "(string1 string2 &optional bytecompare)", `Return Levenshtein distance between STRING1 and STRING2.
The distance is the number of deletions, insertions, and substitutions
required to transform STRING1 into STRING2.
If BYTECOMPARE is nil or omitted, compute distance in terms of characters.
If BYTECOMPARE is non-nil, compute distance in terms of bytes.
Letter-case is significant, but text properties are ignored.`,
(s1: LispObject, s2: LispObject, bytecompare: LispObject) => {
  const a = checkString(s1), b = checkString(s2);
  const bytes = bytecompare !== NIL || (!a.multibyte && !b.multibyte);
  const x = bytes ? stringData(a) : charsOf(a);
  const y = bytes ? stringData(b) : charsOf(b);
  return levenshtein(x, y);
});

function levenshtein(s1: ArrayLike<number>, s2: ArrayLike<number>): number {
  const len1 = s1.length;
  const column = new Uint32Array(len1 + 1);
  for (let i = 0; i <= len1; i++) column[i] = i;
  for (let x = 1; x <= s2.length; x++) {
    column[0] = x;
    const c2 = s2[x - 1];
    let lastdiag = x - 1;
    for (let y = 1; y <= len1; y++) {
      const olddiag = column[y];
      column[y] = Math.min(column[y] + 1, column[y - 1] + 1, lastdiag + (s1[y - 1] === c2 ? 0 : 1));
      lastdiag = olddiag;
    }
  }
  return column[len1];
}

export const Fstring_equal = defun("string-equal", "(s1 s2)", `Return t if two strings have identical contents.
Case is significant, but text properties are ignored.
Symbols are also allowed; their print names are used instead.`,
(s1: LispObject, s2: LispObject) => {
  const a = stringOrSymbol(s1), b = stringOrSymbol(s2);
  return stringEqual(a, b) ? T : NIL;
});

const Qupcase = defsym("upcase");
/** Upcases character C as `upcase' does (through Lisp, so case tables apply), or by Unicode rules. */
function upcaseChar(c: number): number {
  if (Qupcase.f !== NIL) {
    const r = funcall(Qupcase, c);
    if (typeof r === "number") return r;
  }
  if (c > 0x10ffff) return c;
  const u = String.fromCodePoint(c).toUpperCase();
  const cp = u.codePointAt(0)!;
  return u.length === (cp >= 0x10000 ? 2 : 1) ? cp : c;
}

defun("compare-strings", "(str1 start1 end1 str2 start2 end2 &optional ignore-case)", `Compare the contents of two strings, converting to multibyte if needed.
The arguments START1, END1, START2, and END2, if non-nil, are
positions specifying which parts of STR1 or STR2 to compare.  In
string STR1, compare the part between START1 (inclusive) and END1
(exclusive).  If START1 is nil, it defaults to 0, the beginning of
the string; if END1 is nil, it defaults to the length of the string.
Likewise, in string STR2, compare the part between START2 and END2.
Like in \`substring', negative values are counted from the end.

The strings are compared by the numeric values of their characters.
For instance, STR1 is "less than" STR2 if its first differing
character has a smaller numeric value.  If IGNORE-CASE is non-nil,
characters are converted to upper-case before comparing them.  Unibyte
strings are converted to multibyte for comparison.

The value is t if the strings (or specified portions) match.
If string STR1 is less, the value is a negative number N;
  - 1 - N is the number of characters that match at the beginning.
If string STR1 is greater, the value is a positive number N;
  N - 1 is the number of characters that match at the beginning.`,
(str1: LispObject, start1: LispObject, end1: LispObject, str2: LispObject, start2: LispObject, end2: LispObject,
  ignoreCase: LispObject) => {
  const a = checkString(str1), b = checkString(str2);
  // For backward compatibility GNU silently clips too-large positive ends.
  if (typeof end1 === "number" && a.length < end1) end1 = a.length;
  if (typeof end2 === "number" && b.length < end2) end2 = b.length;
  const [from1, to1] = validateSubarray(a, start1, end1, a.length);
  const [from2, to2] = validateSubarray(b, start2, end2, b.length);
  const c1s = charsAsMultibyte(a), c2s = charsAsMultibyte(b);
  let i1 = from1, i2 = from2;
  while (i1 < to1 && i2 < to2) {
    let c1 = c1s[i1++], c2 = c2s[i2++];
    if (c1 === c2) continue;
    if (ignoreCase !== NIL) { c1 = upcaseChar(c1); c2 = upcaseChar(c2); }
    if (c1 === c2) continue;
    return c1 < c2 ? -(i1 - from1) : i1 - from1;
  }
  if (i1 < to1) return i1 - from1 + 1;
  if (i2 < to2) return -(i1 - from1) - 1;
  return T;
});

/** string-lessp on two strings (unibyte bytes compared as characters, as GNU does). */
export function stringLessp(a: LString, b: LString): boolean {
  if (a.simple && b.simple) {
    // Code unit order is character order when no surrogates are involved.
    return a.s < b.s;
  }
  const x = charsOf(a), y = charsOf(b);
  const end = Math.min(x.length, y.length);
  for (let i = 0; i < end; i++) if (x[i] !== y[i]) return x[i] < y[i];
  return end < y.length;
}

export const Fstring_lessp = defun("string-lessp", "(string1 string2)", `Return non-nil if STRING1 is less than STRING2 in lexicographic order.
Case is significant.
Symbols are also allowed; their print names are used instead.`,
(s1: LispObject, s2: LispObject) => (stringLessp(stringOrSymbol(s1), stringOrSymbol(s2)) ? T : NIL));

defun("string-version-lessp", "(string1 string2)", `Return non-nil if S1 is less than S2, as version strings.

This function compares version strings S1 and S2:
   1) By prefix lexicographically.
   2) Then by version (similarly to version comparison of Debian's dpkg).
      Leading zeros in version numbers are ignored.
   3) If both prefix and version are equal, compare as ordinary strings.

For example, "foo2.png" compares less than "foo12.png".
Case is significant.
Symbols are also allowed; their print names are used instead.`,
(s1: LispObject, s2: LispObject) => (stringVersionCmp(stringOrSymbol(s1), stringOrSymbol(s2)) < 0 ? T : NIL));

/** GNU's string_version_cmp: filevercmp on the internal bytes, NUL-separated pieces one at a time. */
export function stringVersionCmp(a: LString, b: LString): number {
  const p1 = stringData(a), p2 = stringData(b);
  let o1 = 0, o2 = 0;
  for (;;) {
    const e1 = nulFrom(p1, o1), e2 = nulFrom(p2, o2);
    const cmp = filevercmp(p1.subarray(o1, e1), p2.subarray(o2, e2));
    if (cmp !== 0) return cmp;
    o1 = e1 + 1; o2 = e2 + 1;
    const more1 = o1 <= p1.length, more2 = o2 <= p2.length;
    if (!more1) return more2 ? 1 : 0;
    if (!more2) return -1;
  }
}
function nulFrom(p: Uint8Array, from: number): number {
  const i = p.indexOf(0, from);
  return i < 0 ? p.length : i;
}

const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const isAlpha = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isAlnum = (c: number): boolean => isDigit(c) || isAlpha(c);

/** gnulib filevercmp over byte strings without NULs. */
function filevercmp(s1: Uint8Array, s2: Uint8Array): number {
  const simple = bytesCmp(s1, s2);
  if (simple === 0) return 0;
  if (s1.length === 0) return -1;
  if (s2.length === 0) return 1;
  const isDot = (s: Uint8Array) => s.length === 1 && s[0] === 46;
  const isDotDot = (s: Uint8Array) => s.length === 2 && s[0] === 46 && s[1] === 46;
  if (isDot(s1)) return -1;
  if (isDot(s2)) return 1;
  if (isDotDot(s1)) return -1;
  if (isDotDot(s2)) return 1;
  if (s1[0] === 46 && s2[0] !== 46) return -1;
  if (s1[0] !== 46 && s2[0] === 46) return 1;
  if (s1[0] === 46 && s2[0] === 46) { s1 = s1.subarray(1); s2 = s2.subarray(1); }
  const suf1 = matchSuffix(s1), suf2 = matchSuffix(s2);
  let len1 = suf1 >= 0 ? suf1 : s1.length;
  let len2 = suf2 >= 0 ? suf2 : s2.length;
  if ((suf1 >= 0 || suf2 >= 0) && len1 === len2 && bytesCmp(s1.subarray(0, len1), s2.subarray(0, len2)) === 0) {
    len1 = s1.length; len2 = s2.length;
  }
  const r = verrevcmp(s1, len1, s2, len2);
  return r === 0 ? simple : r;
}

function bytesCmp(a: Uint8Array, b: Uint8Array): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return a[i] - b[i];
  return a.length - b.length;
}

/** Start of the suffix matching /(\.[A-Za-z~][A-Za-z0-9~]*)*$/, or -1. */
function matchSuffix(s: Uint8Array): number {
  let match = -1;
  let readAlpha = false;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (readAlpha) {
      readAlpha = false;
      if (!isAlpha(c) && c !== 126) match = -1;
    } else if (c === 46) {
      readAlpha = true;
      if (match < 0) match = i;
    } else if (!isAlnum(c) && c !== 126) match = -1;
  }
  return match;
}

function order(c: number): number {
  if (isDigit(c)) return 0;
  if (isAlpha(c)) return c;
  if (c === 126) return -1;
  return c + 256;
}

/** dpkg's version comparison over the first LEN bytes (reads past LEN see the NUL terminator as 0). */
function verrevcmp(s1: Uint8Array, len1: number, s2: Uint8Array, len2: number): number {
  const at = (s: Uint8Array, i: number): number => (i < s.length ? s[i] : 0);
  let p1 = 0, p2 = 0;
  while (p1 < len1 || p2 < len2) {
    let firstDiff = 0;
    while ((p1 < len1 && !isDigit(at(s1, p1))) || (p2 < len2 && !isDigit(at(s2, p2)))) {
      const c1 = p1 === len1 ? 0 : order(at(s1, p1));
      const c2 = p2 === len2 ? 0 : order(at(s2, p2));
      if (c1 !== c2) return c1 - c2;
      p1++; p2++;
    }
    while (at(s1, p1) === 48) p1++;
    while (at(s2, p2) === 48) p2++;
    while (isDigit(at(s1, p1)) && isDigit(at(s2, p2))) {
      if (!firstDiff) firstDiff = at(s1, p1) - at(s2, p2);
      p1++; p2++;
    }
    if (isDigit(at(s1, p1))) return 1;
    if (isDigit(at(s2, p2))) return -1;
    if (firstDiff) return firstDiff;
  }
  return 0;
}

/**
 * Collation as in the C.UTF-8 locale (code point order), optionally case-folded to lower case. GNU
 * delegates to the C library's locale; the LOCALE argument is checked but otherwise ignored.
 */
function collate(s1: LispObject, s2: LispObject, locale: LispObject, ignoreCase: LispObject): number {
  const a = stringOrSymbol(s1), b = stringOrSymbol(s2);
  if (locale !== NIL) checkString(locale);
  let x = charsOf(a), y = charsOf(b);
  if (ignoreCase !== NIL) { x = Array.from(x, lowerChar); y = Array.from(y, lowerChar); }
  const n = Math.min(x.length, y.length);
  for (let i = 0; i < n; i++) if (x[i] !== y[i]) return x[i] - y[i];
  return x.length - y.length;
}
function lowerChar(c: number): number {
  if (c > 0x10ffff) return c;
  const l = String.fromCodePoint(c).toLowerCase();
  const cp = l.codePointAt(0)!;
  return l.length === (cp >= 0x10000 ? 2 : 1) ? cp : c;
}

defun("string-collate-lessp", "(s1 s2 &optional locale ignore-case)", `Return t if first arg string is less than second in collation order.
Symbols are also allowed; their print names are used instead.

This function obeys the conventions for collation order in your
locale settings.  For example, punctuation and whitespace characters
might be considered less significant for sorting:

(sort \\='("11" "12" "1 1" "1 2" "1.1" "1.2") \\='string-collate-lessp)
  => ("11" "1 1" "1.1" "12" "1 2" "1.2")

The optional argument LOCALE, a string, overrides the setting of your
current locale identifier for collation.  The value is system
dependent; a LOCALE "en_US.UTF-8" is applicable on POSIX systems,
while it would be, e.g., "enu_USA.1252" on MS-Windows systems.

If IGNORE-CASE is non-nil, characters are converted to lower-case
before comparing them.

If your system does not support a locale environment, this function
behaves like \`string-lessp'.`,
(s1: LispObject, s2: LispObject, locale: LispObject, ic: LispObject) => (collate(s1, s2, locale, ic) < 0 ? T : NIL));

defun("string-collate-equalp", "(s1 s2 &optional locale ignore-case)", `Return t if two strings have identical contents.
Symbols are also allowed; their print names are used instead.

This function obeys the conventions for collation order in your locale
settings.  For example, characters with different coding points but
the same meaning might be considered as equal, like different grave
accent Unicode characters:

(string-collate-equalp (string ?\\uFF40) (string ?\\u1FEF))
  => t

The optional argument LOCALE, a string, overrides the setting of your
current locale identifier for collation.  The value is system
dependent; a LOCALE "en_US.UTF-8" is applicable on POSIX systems,
while it would be "enu_USA.1252" on MS Windows systems.

If IGNORE-CASE is non-nil, characters are converted to lower-case
before comparing them.

If your system does not support a locale environment, this function
behaves like \`string-equal'.

Do NOT use this function to compare file names for equality.`,
(s1: LispObject, s2: LispObject, locale: LispObject, ic: LispObject) => (collate(s1, s2, locale, ic) === 0 ? T : NIL));

// ---------------------------------------------------------------------------------------------
// Unibyte/multibyte conversions.
// ---------------------------------------------------------------------------------------------
/** Unibyte STRING as multibyte, bytes 0x80..0xFF becoming raw-byte characters (GNU: string_to_multibyte). */
export function unibyteToMultibyte(s: string): string {
  if (isAscii(s)) return s;
  let out = "";
  for (let i = 0; i < s.length; i++) {
    const b = s.charCodeAt(i);
    out += b < 0x80 ? s[i] : charToJs(b + 0x3fff00);
  }
  return out;
}

/** GNU's string_to_multibyte: a multibyte copy (even for ASCII text), or STRING itself if multibyte. */
export function stringToMultibyte(string: LString): LString {
  if (string.multibyte) return string;
  return new LString(unibyteToMultibyte(string.s), true);
}

/** GNU's string_make_unibyte: each character's low 8 bits. */
export function stringMakeUnibyte(string: LString): LString {
  if (!string.multibyte) return string;
  const cs = charsOf(string);
  let out = "";
  for (let i = 0; i < cs.length; i++) out += String.fromCharCode(cs[i] & 0xff);
  return new LString(out, false);
}

defun("string-make-multibyte", "(string)", `Return the multibyte equivalent of STRING.
If STRING is unibyte and contains non-ASCII characters, the function
\`unibyte-char-to-multibyte' is used to convert each unibyte character
to a multibyte character.  In this case, the returned string is a
newly created string with no text properties.  If STRING is multibyte
or entirely ASCII, it is returned unchanged.  In particular, when
STRING is unibyte and entirely ASCII, the returned string is unibyte.
(When the characters are all ASCII, Emacs primitives will treat the
string the same way whether it is unibyte or multibyte.)`,
(string: LispObject) => {
  const s = checkString(string);
  if (s.multibyte || isAscii(s.s)) return s;
  return new LString(unibyteToMultibyte(s.s), true);
});

defun("string-make-unibyte", "(string)", `Return the unibyte equivalent of STRING.
Multibyte character codes above 255 are converted to unibyte
by taking just the low 8 bits of each character's code.`, (string: LispObject) => stringMakeUnibyte(checkString(string)));

defun("string-as-unibyte", "(string)", `Return a unibyte string with the same individual bytes as STRING.
If STRING is unibyte, the result is STRING itself.
Otherwise it is a newly created string, with no text properties.
If STRING is multibyte and contains a character of charset
\`eight-bit', it is converted to the corresponding single byte.`,
(string: LispObject) => {
  const s = checkString(string);
  if (!s.multibyte) return s;
  // Internal bytes, except that raw-byte characters shrink back to their single byte.
  const out: number[] = [];
  const cs = charsOf(s);
  for (let i = 0; i < cs.length; i++) {
    const c = cs[i];
    if (c >= BYTE8_FIRST) out.push(c - 0x3fff00);
    else pushCharBytes(out, c);
  }
  return unibyteFromBytes(out);
});

defun("string-as-multibyte", "(string)", `Return a multibyte string with the same individual bytes as STRING.
If STRING is multibyte, the result is STRING itself.
Otherwise it is a newly created string, with no text properties.

If STRING is unibyte and contains an individual 8-bit byte (i.e. not
part of a correct utf-8 sequence), it is converted to the corresponding
multibyte character of charset \`eight-bit'.
See also \`string-to-multibyte'.

Beware, this often doesn't really do what you think it does.
It is similar to (decode-coding-string STRING \\='utf-8-emacs).
If you're not sure, whether to use \`string-as-multibyte' or
\`string-to-multibyte', use \`string-to-multibyte'.`,
(string: LispObject) => {
  const s = checkString(string);
  if (s.multibyte) return s;
  if (isAscii(s.s)) return new LString(s.s, true);
  return multibyteFromBytes(stringData(s));
});

defun("string-to-multibyte", "(string)", `Return a multibyte string with the same individual chars as STRING.
If STRING is multibyte, the result is STRING itself.
Otherwise it is a newly created string, with no text properties.

If STRING is unibyte and contains an 8-bit byte, it is converted to
the corresponding multibyte character of charset \`eight-bit'.

This differs from \`string-as-multibyte' by converting each byte of a correct
utf-8 sequence to an eight-bit character, not just bytes that don't form a
correct sequence.`, (string: LispObject) => stringToMultibyte(checkString(string)));

/** GNU's Fstring_to_unibyte: ASCII and raw-byte characters only, else an error naming the position. */
export function stringToUnibyte(s: LString): LString {
  if (!s.multibyte) return s;
  const cs = charsOf(s);
  let out = "";
  for (let i = 0; i < cs.length; i++) {
    const c = cs[i];
    if (c < 0x80) out += String.fromCharCode(c);
    else if (c >= BYTE8_FIRST) out += String.fromCharCode(c - 0x3fff00);
    else error(`Can’t convert the ${i}th character to unibyte`);
  }
  return new LString(out, false);
}

defun("string-to-unibyte", "(string)", `Return a unibyte string with the same individual chars as STRING.
If STRING is unibyte, the result is STRING itself.
Otherwise it is a newly created string, with no text properties,
where each \`eight-bit' character is converted to the corresponding byte.
If STRING contains a non-ASCII, non-\`eight-bit' character,
an error is signaled.`, (string: LispObject) => stringToUnibyte(checkString(string)));

// ---------------------------------------------------------------------------------------------
// Substrings.
// ---------------------------------------------------------------------------------------------
/** Characters [from, to) of S as a new string with S's multibyteness (no properties). */
export function substringRaw(s: LString, from: number, to: number): LString {
  if (s.simple) return new LString(s.s.substring(from, to), s.multibyte);
  return new LString(s.s.substring(s.jsIndex(from), s.jsIndex(to)), s.multibyte);
}

defun("substring", "(string &optional from to)", `Return a new string whose contents are a substring of STRING.
The returned string consists of the characters between index FROM
(inclusive) and index TO (exclusive) of STRING.  FROM and TO are
zero-indexed: 0 means the first character of STRING.  Negative values
are counted from the end of STRING.  If TO is nil, the substring runs
to the end of STRING.

The STRING argument may also be a vector.  In that case, the return
value is a new vector that contains the elements between index FROM
(inclusive) and index TO (exclusive) of that vector argument.

With one argument, just copy STRING (with properties, if any).`,
(string: LispObject, from: LispObject, to: LispObject) => {
  if (Array.isArray(string)) {
    const [f, t] = validateSubarray(string, from, to, string.length);
    return string.slice(f, t);
  }
  if (!(string instanceof LString)) return wrongType(defsym("arrayp"), string);
  const [f, t] = validateSubarray(string, from, to, string.length);
  const res = substringRaw(string, f, t);
  copyTextProps(string, f, t, res, 0);
  return res;
});

defun("substring-no-properties", "(string &optional from to)", `Return a substring of STRING, without text properties.
It starts at index FROM and ends before TO.
TO may be nil or omitted; then the substring runs to the end of STRING.
If FROM is nil or omitted, the substring starts at the beginning of STRING.
If FROM or TO is negative, it counts from the end.

With one argument, just copy STRING without its properties.`,
(string: LispObject, from: LispObject, to: LispObject) => {
  const s = checkString(string);
  const [f, t] = validateSubarray(s, from, to, s.length);
  return substringRaw(s, f, t);
});

// ---------------------------------------------------------------------------------------------
// Searching and clearing.
// ---------------------------------------------------------------------------------------------
/** Character index of JS index J in S, or -1 when J falls inside a character's surrogate pair. */
function charIndexAt(s: string, j: number): number {
  let ci = 0, i = 0;
  while (i < j) { const c = jsCharAt(s, i); i += c >= 0x10000 ? 2 : 1; ci++; }
  return i === j ? ci : -1;
}

defun("string-search", "(needle haystack &optional start-pos)", `Search for the string NEEDLE in the string HAYSTACK.
The return value is the position of the first occurrence of NEEDLE in
HAYSTACK, or nil if no match was found.

The optional START-POS argument says where to start searching in
HAYSTACK and defaults to zero (start at the beginning).
It must be between zero and the length of HAYSTACK, inclusive.

Case is always significant and text properties are ignored.`,
(needle: LispObject, haystack: LispObject, startPos: LispObject) => {
  const n = checkString(needle), h = checkString(haystack);
  let start = 0;
  if (startPos !== NIL) {
    start = fixnumArg(startPos, Qfixnump);
    if (start < 0 || start > h.length) argsOutOfRange(startPos);
  }
  if (n.length > h.length - start) return NIL;
  // Bring the needle to the haystack's representation; GNU compares bytes, so a unibyte non-ASCII
  // byte only matches a raw-byte character in a multibyte haystack and vice versa.
  let ns = n.s;
  if (h.multibyte && !n.multibyte) ns = unibyteToMultibyte(ns);
  else if (!h.multibyte && n.multibyte && !isAscii(ns)) {
    let out = "";
    const cs = charsOf(n);
    for (let i = 0; i < cs.length; i++) {
      const c = cs[i];
      if (c < 0x80) out += String.fromCharCode(c);
      else if (c >= BYTE8_FIRST) out += String.fromCharCode(c - 0x3fff00);
      else return NIL; // a character no unibyte string can contain
    }
    ns = out;
  }
  const hs = h.s;
  if (h.simple) {
    const r = hs.indexOf(ns, start);
    return r < 0 ? NIL : r;
  }
  for (let from = h.jsIndex(start); ;) {
    const j = hs.indexOf(ns, from);
    if (j < 0) return NIL;
    const ci = charIndexAt(hs, j);
    if (ci >= 0) return ci;
    from = j + 1;
  }
});

defun("clear-string", "(string)", `Clear the contents of STRING.
This makes STRING unibyte and may change its length.`, (string: LispObject) => {
  const s = checkString(string);
  const len = stringBytes(s);
  // GNU also drops the string's text properties.
  s.intervals = null;
  if (len !== 0 || s.multibyte) {
    s.s = "\0".repeat(len);
    s.multibyte = false;
    s.changed();
  }
  return NIL;
});
