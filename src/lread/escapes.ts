// Backslash escapes in character and string literals, and \N{NAME} (GNU: lread.c read_escape, character_name_to_code).
import { funcall } from "../eval.js";
import { charToJs, defsym, LispObject, LString, NIL, T } from "../lisp.js";
import { error } from "../signal.js";
import { parseNumber, parsedLength } from "./numbers.js";
import type { Reader } from "./reader.js";

const CHAR_ALT = 0x400000, CHAR_SUPER = 0x800000, CHAR_HYPER = 0x1000000, CHAR_SHIFT = 0x2000000;
const CHAR_CTL = 0x4000000, CHAR_META = 0x8000000, CHAR_MODIFIER_MASK = 0xfc00000;
/** GNU: BYTE8_TO_CHAR (b) for bytes #x80..#xFF. */
const byte8ToChar = (b: number): number => b + 0x3fff00;
const Qchar_from_name = defsym("char-from-name");

function hexDigit(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 97 && c <= 102) return c - 87;
  if (c >= 65 && c <= 70) return c - 55;
  return -1;
}

/**
 * Reads an escape sequence after a backslash (GNU read_escape). Returns the character, possibly with
 * modifier bits, or -1 for the escapes that vanish in strings ("\<newline>", "\ "). End of input right
 * after a modifier prefix yields -1 like GNU's `-1 | modifier`.
 */
export function readEscape(r: Reader, stringp: boolean): number {
  let c = r.nextChar();
  switch (c) {
    case -1: return r.eof();
    case 97: return 7; // a
    case 98: return 8; // b
    case 100: return 127; // d
    case 101: return 27; // e
    case 102: return 12; // f
    case 110: return 10; // n
    case 114: return 13; // r
    case 116: return 9; // t
    case 118: return 11; // v
    case 10: return -1;
    case 32: return stringp ? -1 : 32;
    case 77: return modifierPrefix(r, CHAR_META); // M-
    case 83: return modifierPrefix(r, CHAR_SHIFT); // S-
    case 72: return modifierPrefix(r, CHAR_HYPER); // H-
    case 65: return modifierPrefix(r, CHAR_ALT); // A-
    case 115: // \s is space, except \s- (super) outside strings
      c = r.nextChar();
      if (stringp || c !== 45) { r.unreadChar(); return 32; }
      c = r.nextChar();
      if (c === 92) c = readEscape(r, false);
      return c | CHAR_SUPER;
    case 67: // C-
      if (r.nextChar() !== 45) error("Invalid escape character syntax");
      return controlEscape(r);
    case 94: return controlEscape(r); // ^
    case 48: case 49: case 50: case 51: case 52: case 53: case 54: case 55: { // octal, up to 3 digits
      let i = c - 48;
      for (let count = 1; count < 3; count++) {
        c = r.nextChar();
        if (c >= 48 && c <= 55) i = i * 8 + (c - 48);
        else { r.unreadChar(); break; }
      }
      return i >= 0x80 && i < 0x100 ? byte8ToChar(i) : i;
    }
    case 120: { // x: any number of hex digits; one or two digits >= #x80 make a raw byte
      let i = 0, count = 0;
      for (;;) {
        c = r.nextChar();
        const d = hexDigit(c);
        if (d < 0) { r.unreadChar(); break; }
        i = i * 16 + d;
        // Up to ?\xfffffff: some packages write characters with modifiers that way.
        if (i > 0xfffffff) error(`Hex character out of range: \\x${i.toString(16)}...`);
        if (count < 3) count++;
      }
      return count < 3 && i >= 0x80 ? byte8ToChar(i) : i;
    }
    case 85: return unicodeEscape(r, 8); // U: exactly 8 hex digits
    case 117: return unicodeEscape(r, 4); // u: exactly 4 hex digits
    case 78: return readNamedChar(r); // N{NAME} or N{U+XXXX}
    default: return c;
  }
}

/** \M-, \S-, \H-, \A-: the `-` is required; the next character may itself be an escape. */
function modifierPrefix(r: Reader, bit: number): number {
  let c = r.nextChar();
  if (c !== 45) error("Invalid escape character syntax");
  c = r.nextChar();
  if (c === 92) c = readEscape(r, false);
  return c | bit;
}

/** \uXXXX and \UXXXXXXXX. */
function unicodeEscape(r: Reader, hexCount: number): number {
  let i = 0;
  for (let count = 1; count <= hexCount; count++) {
    const c = r.nextChar();
    if (c < 0) error(`Malformed Unicode escape: \\${hexCount > 4 ? "U" : "u"}${i.toString(16)}`);
    const d = hexDigit(c);
    if (d < 0) error(`Non-hex character used for Unicode escape: ${charToJs(c)} (${c})`);
    i = i * 16 + d;
  }
  if (i > 0x10ffff) error(`Non-Unicode character: 0x${i.toString(16)}`);
  return i;
}

/** \^X and \C-X: the next character may itself be an escape. */
function controlEscape(r: Reader): number {
  let c = r.nextChar();
  if (c === 92) c = readEscape(r, false);
  return controlify(c);
}

/** The control version of C (GNU read_escape's `^` case): ASCII letters and @[\]^_ become C0 controls. */
function controlify(c: number): number {
  const base = c & ~CHAR_MODIFIER_MASK;
  if (base === 63) return 127 | (c & CHAR_MODIFIER_MASK);
  if (!(base < 256)) return c | CHAR_CTL;
  if ((c & 0o137) >= 0o101 && (c & 0o137) <= 0o132) return c & (0o37 | ~0o177);
  if ((c & 0o177) >= 0o100 && (c & 0o177) <= 0o137) return c & (0o37 | ~0o177);
  return c | CHAR_CTL;
}

const isCSpace = (c: number): boolean => c === 32 || (c >= 9 && c <= 13);

/** \N{...} after the N: a Unicode name (via `char-from-name', as GNU) or U+HEX. */
function readNamedChar(r: Reader): number {
  let c = r.nextChar();
  if (c !== 123) r.invalid("Expected opening brace after \\N");
  let name = "";
  let whitespace = false;
  for (;;) {
    c = r.nextChar();
    if (c < 0) r.eof();
    if (c === 125) break;
    if (!(c > 0 && c < 0x80)) r.invalid(`Invalid character U+${c.toString(16).toUpperCase().padStart(4, "0")} in character name`);
    // Runs of whitespace count as one space, so that names may be split across lines.
    if (isCSpace(c)) {
      if (whitespace) continue;
      c = 32;
      whitespace = true;
    } else whitespace = false;
    name += String.fromCharCode(c);
    if (name.length >= 201) r.invalid("Character name too long");
  }
  if (name.length === 0) r.invalid("Empty character name");
  let code: LispObject | undefined;
  if (name.charCodeAt(0) === 85 && name.charCodeAt(1) === 43) { // U+
    code = parseNumber(name, 1, name.length, 16);
    if (parsedLength !== name.length - 1) code = undefined;
  } else if (Qchar_from_name.f !== NIL) {
    code = funcall(Qchar_from_name, new LString(name, false), T);
  }
  if (typeof code !== "number" || code < 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) {
    return r.invalid(`\\N{${name}}`);
  }
  return code;
}
