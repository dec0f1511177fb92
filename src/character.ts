// Characters: predicates, display widths, raw bytes and small string constructors (GNU: character.c, plus
// char-to-string, string-to-char, byte-to-string and char-equal from editfns.c).
import { defun, defvar } from "./defun.js";
import { findSymbolValue } from "./env.js";
import {
  BYTE8_FIRST, defsym, jsCharAt, LispObject, LString, MAX_CHAR, NIL, stringFromChars, T, UNBOUND, bool, isInt,
} from "./lisp.js";
import {
  argsOutOfRange, checkCharacter, checkFixnum, checkString, error, Qintegerp, wrongType,
} from "./signal.js";
import {
  CharTable, charTableGet, charTableSet, charTableSetRange, makeCharTable,
} from "./chartab.js";
import { WIDTH_RUNS } from "./unicode/width.js";
import { downcaseChar } from "./casefiddle.js";
import { curBuf } from "./buffer.js";
import { fixPosition } from "./editfns/buffer.js";

// Modifier bits of keyboard characters (GNU: CHAR_ALT ... CHAR_META in lisp.h).
export const CHAR_ALT = 0x0400000;
export const CHAR_SUPER = 0x0800000;
export const CHAR_HYPER = 0x1000000;
export const CHAR_SHIFT = 0x2000000;
export const CHAR_CTL = 0x4000000;
export const CHAR_META = 0x8000000;
export const CHAR_MODIFIER_MASK = CHAR_ALT | CHAR_SUPER | CHAR_HYPER | CHAR_SHIFT | CHAR_CTL | CHAR_META;

/** The multibyte character of a unibyte byte: ASCII stays, 128..255 become raw-byte chars (GNU: UNIBYTE_TO_CHAR). */
export const unibyteToChar = (b: number): number => (b < 0x80 ? b : b + 0x3fff00);
/** The byte of a raw-byte char, else the low 8 bits (GNU: CHAR_TO_BYTE8). */
export const charToByte8 = (c: number): number => (c >= BYTE8_FIRST ? c - 0x3fff00 : c & 0xff);
/** The byte of an ASCII or raw-byte char, else -1 (GNU: CHAR_TO_BYTE_SAFE). */
export const charToByteSafe = (c: number): number => (c < 0x80 ? c : c >= BYTE8_FIRST ? c - 0x3fff00 : -1);
export const isByte8Char = (c: number): boolean => c >= BYTE8_FIRST && c <= MAX_CHAR;

// Per-buffer variables owned by buffer.ts; read through their symbols, with GNU's defaults while unbound.
const Qtab_width = defsym("tab-width");
const Qctl_arrow = defsym("ctl-arrow");
const Qcase_fold_search = defsym("case-fold-search");
const Qenable_multibyte_characters = defsym("enable-multibyte-characters");
function bufferVar(sym: typeof Qtab_width, dflt: LispObject): LispObject {
  const v = findSymbolValue(sym);
  return v === UNBOUND ? dflt : v;
}
export function multibyteBufferP(): boolean { return bufferVar(Qenable_multibyte_characters, T) !== NIL; }

// ---------------------------------------------------------------------------------------------
// Display width.
// ---------------------------------------------------------------------------------------------
/** char-width-table as GNU's startup leaves it: 1 by default, the generated runs for everything else. */
function makeCharWidthTable(): CharTable {
  const ct = makeCharTable(NIL, 1);
  for (let i = 0; i < WIDTH_RUNS.length; i += 2) {
    const w = WIDTH_RUNS[i + 1];
    if (w === 1) continue;
    const to = i + 2 < WIDTH_RUNS.length ? WIDTH_RUNS[i + 2] - 1 : MAX_CHAR;
    charTableSetRange(ct, WIDTH_RUNS[i], to, w);
  }
  return ct;
}

const Vchar_width_table = defvar("char-width-table", makeCharWidthTable, "A char-table for width (columns) of each character.");

/** Columns C occupies in the current buffer (GNU: CHARACTER_WIDTH; display tables are not consulted yet). */
export function charWidth(c: number): number {
  if (c >= 0x20 && c < 0x7f) return 1;
  if (c > 0x7f) {
    const tbl = findSymbolValue(Vchar_width_table);
    const w = tbl instanceof CharTable ? charTableGet(tbl, c) : 1;
    return typeof w === "number" ? (w >= 0 && w <= 1000 ? w : 1000) : 1;
  }
  if (c === 9) {
    const tw = bufferVar(Qtab_width, 8);
    return typeof tw === "number" && tw > 0 && tw <= 1000 ? tw : 8;
  }
  if (c === 10) return 0;
  return bufferVar(Qctl_arrow, T) !== NIL ? 2 : 4;
}

/** Width of characters FROM..TO (character indices) of S (GNU: lisp_string_width, without compositions). */
export function stringWidth(s: LString, from = 0, to = s.length): number {
  const js = s.s;
  let width = 0;
  if (s.simple) {
    for (let i = from; i < to; i++) {
      const u = js.charCodeAt(i);
      width += u >= 0x20 && u < 0x7f ? 1 : charWidth(u);
    }
    return width;
  }
  // Strings holding astral or extended characters: walk JS units from FROM's position.
  for (let i = from, j = s.jsIndex(from); i < to; i++) {
    const c = jsCharAt(js, j);
    width += charWidth(c);
    j += c >= 0x10000 ? 2 : 1;
  }
  return width;
}

/** (FROM, TO) of `substring`-style arguments as character indices (GNU: validate_subarray). */
export function validateSubarray(array: LispObject, from: LispObject, to: LispObject, size: number): [number, number] {
  let f: number, t: number;
  if (typeof from === "number") f = from < 0 ? from + size : from;
  else if (from === NIL) f = 0;
  else if (typeof from === "bigint") f = from < 0n ? -Infinity : Infinity;
  else return wrongType(Qintegerp, from);
  if (typeof to === "number") t = to < 0 ? to + size : to;
  else if (to === NIL) t = size;
  else if (typeof to === "bigint") t = to < 0n ? -Infinity : Infinity;
  else return wrongType(Qintegerp, to);
  if (!(0 <= f && f <= t && t <= size)) argsOutOfRange(array, from, to);
  return [f, t];
}

/** Folds Shift and Control into the character code where an ASCII character allows it (GNU: char_resolve_modifier_mask). */
export function charResolveModifierMask(c: number): number {
  if ((c & ~CHAR_MODIFIER_MASK) >= 0x80) return c;
  if (c & CHAR_SHIFT) {
    const b = c & 0xff;
    if (b >= 65 && b <= 90) c &= ~CHAR_SHIFT;
    else if (b >= 97 && b <= 122) c = (c & ~CHAR_SHIFT) - 32;
    else if ((c & ~CHAR_MODIFIER_MASK) <= 0x20) c &= ~CHAR_SHIFT;
  }
  if (c & CHAR_CTL) {
    const b = c & 0xff;
    if (b === 32) c &= ~0x7f & ~CHAR_CTL;
    else if (b === 63) c = 0x7f | (c & ~0x7f & ~CHAR_CTL);
    else if (((c & 0x5f) >= 0x41 && (c & 0x5f) <= 0x5a) || ((c & 0x7f) >= 0x40 && (c & 0x7f) <= 0x5f)) {
      c &= 0x1f | (~0x7f & ~CHAR_CTL);
    }
  }
  return c;
}

// ---------------------------------------------------------------------------------------------
// Primitives.
// ---------------------------------------------------------------------------------------------
defun("characterp", "(object &optional ignore)", `Return non-nil if OBJECT is a character.
In Emacs Lisp, characters are represented by character codes, which
are non-negative integers.  The function \`max-char' returns the
maximum character code.`, (object) => bool(typeof object === "number" && object >= 0 && object <= MAX_CHAR));

defun("max-char", "()", "Return the character of the maximum code.", () => MAX_CHAR);

defun("unibyte-char-to-multibyte", "(ch)", "Convert the byte CH to multibyte character.", (ch) => {
  const c = checkCharacter(ch);
  if (c >= 0x100) error(`Not a unibyte character: ${c}`);
  return unibyteToChar(c);
});

defun("multibyte-char-to-unibyte", "(ch)", `Convert the multibyte character CH to a byte.
If the multibyte character does not represent a byte, return -1.`, (ch) => {
  const c = checkCharacter(ch);
  // A byte read from a unibyte buffer cannot be told from a Latin-1 char, so both pass through (as in GNU).
  return c < 256 ? c : charToByteSafe(c);
});

defun("char-width", "(char)", `Return width of CHAR when displayed in the current buffer.
The width is measured by how many columns it occupies on the screen.
Tab is taken to occupy \`tab-width' columns.`, (ch) => charWidth(checkCharacter(ch)));

defun("string-width", "(string &optional from to)", `Return width of STRING when displayed in the current buffer.
Width is measured by how many columns it occupies on the screen.
Optional arguments FROM and TO specify the substring of STRING to
consider, and are interpreted as in \`substring'.`, (str, from, to) => {
  const s = checkString(str);
  const [f, t] = validateSubarray(s, from, to, s.length);
  return stringWidth(s, f, t);
});

defun("string", "(&rest characters)", "Concatenate all the argument characters and make the result a string.",
  (...chars: LispObject[]) => {
    let js = "", ascii = true;
    for (const ch of chars) {
      const c = checkCharacter(ch);
      if (c > 0x7f) { ascii = false; break; }
      js += String.fromCharCode(c);
    }
    if (ascii) return new LString(js, false);
    return stringFromChars(chars as number[], true);
  });

defun("unibyte-string", "(&rest bytes)", "Concatenate all the argument bytes and make the result a unibyte string.",
  (...bytes: LispObject[]) => {
    let js = "";
    for (const b of bytes) {
      if (!isInt(b)) wrongType(Qintegerp, b);
      if (typeof b !== "number" || b < 0 || b > 255) argsOutOfRange(b, 0, 255);
      js += String.fromCharCode(b);
    }
    return new LString(js, false);
  });

defun("char-resolve-modifiers", "(char)", `Resolve modifiers in the character CHAR.
The value is a character with modifiers resolved into the character
code.  Unresolved modifiers are kept in the value.`, (ch) => {
  const c = checkFixnum(ch);
  // Only the low 28 bits take part; larger fixnums pass through (GNU masks with int arithmetic).
  return c < 0 || c > 0xfffffff ? c : charResolveModifierMask(c);
});

defun("get-byte", "(&optional position string)", `Return a byte value of a character at point.
Optional 1st arg POSITION, if non-nil, is a position of a character to get
a byte value.
Optional 2nd arg STRING, if non-nil, is a string of which first
character is a target to get a byte value.  In this case, POSITION, if
non-nil, is an index of a target character in the string.

If the current buffer (or STRING) is multibyte, and the target
character is not ASCII nor 8-bit character, an error is signaled.`, (position, string) => {
  let c: number;
  if (string === NIL) {
    const b = curBuf();
    let pos = b.pt;
    if (position !== NIL) {
      pos = fixPosition(position);
      if (!(b.begv <= pos && pos < b.zv)) argsOutOfRange(position, b.begv, b.zv);
    }
    c = pos < b.z ? b.charAt(pos) : 0; // GNU reads the byte after the text at point-max
    if (!b.multibyte) return c;
  } else {
    const s = checkString(string);
    let i = 0;
    if (position !== NIL) {
      if (typeof position !== "number" || position < 0) wrongType(defsym("wholenump"), position);
      if (position >= s.length) argsOutOfRange(s, position);
      i = position;
    }
    c = s.charAt(i);
    if (!s.multibyte) return c;
  }
  if (isByte8Char(c)) return c - 0x3fff00;
  if (c >= 0x80) error(`Not an ASCII nor an 8-bit character: ${c}`);
  return c;
});

defun("char-to-string", "(char)", "Convert arg CHAR to a string containing that character.", (ch) => {
  const c = checkCharacter(ch);
  // A one-byte encoding makes a unibyte string (GNU: make_string_from_bytes).
  return c < 0x80 ? new LString(String.fromCharCode(c), false) : stringFromChars([c], true);
});

defun("byte-to-string", "(byte)", "Convert arg BYTE to a unibyte string containing that byte.", (b) => {
  const n = checkFixnum(b);
  if (n < 0 || n > 255) error("Invalid byte");
  return new LString(String.fromCharCode(n), false);
});

defun("string-to-char", "(string)", "Return the first character in STRING.", (str) => {
  const s = checkString(str);
  return s.s.length === 0 ? 0 : s.charAt(0);
});

defun("char-equal", "(c1 c2)", `Return t if two characters match, optionally ignoring case.
Both arguments must be characters (i.e. integers).
Case is ignored if \`case-fold-search' is non-nil in the current buffer.`, (c1, c2) => {
  let i1 = checkCharacter(c1), i2 = checkCharacter(c2);
  if (i1 === i2) return T;
  if (bufferVar(Qcase_fold_search, T) === NIL) return NIL;
  // In a unibyte buffer, 128..255 are taken to be raw bytes (GNU bug#17011 behaviour).
  if (!multibyteBufferP()) {
    if (i1 < 256) i1 = unibyteToChar(i1);
    if (i2 < 256) i2 = unibyteToChar(i2);
  }
  return bool(downcaseChar(i1) === downcaseChar(i2));
});

// Variables of character.c, with GNU's C-level initial values (characters.el fills some of them in GNU).
defvar("translation-table-vector", () => new Array(16).fill(NIL), `Vector recording all translation tables ever defined.
Each element is a pair (SYMBOL . TABLE) relating the table to the
symbol naming it.  The ID of a translation table is an index into this vector.`);
defvar("auto-fill-chars", () => {
  const ct = makeCharTable(defsym("auto-fill-chars"), NIL);
  charTableSet(ct, 32, T); charTableSet(ct, 10, T);
  return ct;
}, `A char-table for characters which invoke auto-filling.
Such characters have value t in this table.`);
defvar("printable-chars", () => {
  const ct = makeCharTable(NIL, NIL);
  charTableSetRange(ct, 32, 126, T); charTableSetRange(ct, 160, 0x3fff7f, T);
  return ct;
}, "A char-table for each printable character.");
// char-script-table and unicode-category-table are built on first use in unidata/props.ts.
defvar("script-representative-chars", NIL, `Alist of scripts vs the representative characters.
Each element is a cons (SCRIPT . CHARS).`);
