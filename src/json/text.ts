// JSON text helpers that know nothing of parsing: Lisp strings as UTF-8 bytes, jansson's string escaping
// and its real-number format (GNU: json.c json_encode, and jansson's dump.c/strconv.c behaviour).
import { LString } from "../lisp.js";

export interface EncodedString {
  /** The bytes, as Emacs would hand them to jansson. */
  raw: Uint8Array;
  /** The same bytes as a unibyte Lisp string (the data of GNU's type errors). */
  bytes: LString;
  /** The text when the bytes are valid UTF-8 (no surrogates, code points past U+10FFFF or stray bytes), else null. */
  text: string | null;
  hasNul: boolean;
}

/**
 * Encodes S as GNU's json_encode does (UTF-8, raw bytes as themselves). With INTERNAL, raw bytes of a
 * multibyte text become Emacs's internal two-byte form instead (buffer text as jansson reads it).
 */
export function encodeLispString(s: LString, internal = false): EncodedString {
  const out: number[] = [];
  let hasNul = false;
  for (const c of s.chars()) {
    if (c === 0) hasNul = true;
    if (c < 0x80) out.push(c);
    else if (!s.multibyte) out.push(c & 0xff);
    else if (c >= 0x3fff80) {
      // A raw byte is that byte; the buffer's own form is the two-byte C0/C1 sequence.
      const byte = c - 0x3fff00;
      if (internal) out.push(0xc0 | ((byte >> 6) & 1), 0x80 | (byte & 0x3f));
      else out.push(byte);
    } else if (c < 0x800) out.push(0xc0 | (c >> 6), 0x80 | (c & 0x3f));
    else if (c < 0x10000) out.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 0x3f), 0x80 | (c & 0x3f));
    else if (c < 0x200000) out.push(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 0x3f), 0x80 | ((c >> 6) & 0x3f), 0x80 | (c & 0x3f));
    else out.push(0xf8, 0x80 | ((c >> 18) & 0x3f), 0x80 | ((c >> 12) & 0x3f), 0x80 | ((c >> 6) & 0x3f), 0x80 | (c & 0x3f));
  }
  const raw = Uint8Array.from(out);
  // Validity is that of the resulting bytes (surrogates, code points past U+10FFFF and stray bytes fail),
  // so raw bytes that spell valid UTF-8 together are fine, as in GNU.
  let text: string | null;
  try { text = new TextDecoder("utf-8", { fatal: true }).decode(raw); } catch { text = null; }
  let bs = "";
  for (let i = 0; i < raw.length; i++) bs += String.fromCharCode(raw[i]);
  return { raw, bytes: new LString(bs, false), text, hasNul };
}

/** A JSON string literal as jansson writes it: only quotes, backslashes and control characters escaped. */
export function jsonQuote(text: string): string {
  let out = '"';
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x20 && c !== 0x22 && c !== 0x5c) continue;
    out += text.slice(start, i);
    start = i + 1;
    switch (c) {
      case 0x22: out += '\\"'; break;
      case 0x5c: out += "\\\\"; break;
      case 0x08: out += "\\b"; break;
      case 0x0c: out += "\\f"; break;
      case 0x0a: out += "\\n"; break;
      case 0x0d: out += "\\r"; break;
      case 0x09: out += "\\t"; break;
      default: out += "\\u" + c.toString(16).toUpperCase().padStart(4, "0");
    }
  }
  return out + text.slice(start) + '"';
}

/**
 * A real as jansson prints it: C's "%.17g", then ".0" when it would read back as an integer, and the
 * exponent without "+" or leading zeros.
 */
export function formatJsonReal(v: number): string {
  const neg = v < 0 || Object.is(v, -0);
  const a = Math.abs(v);
  let s: string;
  const exp = a === 0 ? 0 : Number(a.toExponential(16).split("e")[1]);
  if (exp < -4 || exp >= 17) {
    const [m, e] = a.toExponential(16).split("e");
    s = stripZeros(m) + "e" + (e[0] === "-" ? "-" : "") + String(Math.abs(Number(e)));
  } else {
    s = stripZeros(a.toFixed(Math.max(0, 16 - exp)));
  }
  if (!s.includes(".") && !s.includes("e")) s += ".0";
  return (neg ? "-" : "") + s;
}

function stripZeros(s: string): string {
  if (!s.includes(".")) return s;
  s = s.replace(/0+$/, "");
  return s.endsWith(".") ? s.slice(0, -1) : s;
}
