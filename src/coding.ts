// Coding systems: encoding and decoding strings (GNU: coding.c). UTF-8 (with and without BOM), UTF-16,
// Latin-1, ASCII, raw-text, no-conversion and undecided, with -unix/-dos/-mac end-of-line variants and
// detection. Invalid UTF-8 bytes decode to raw-byte characters (#x3FFF80..) and encode back unchanged.
import { LispObject, LSymbol, LString, NIL, T, BYTE8_FIRST, defsym, list, charToJs, Cons } from "./lisp.js";
import { defun, defvar } from "./defun.js";
import { E, setInternal, findSymbolValue } from "./env.js";
import { xsignal, checkString, wrongType, Qsymbolp } from "./signal.js";
import { stringData } from "./fns.js";
import { decodeMultiByte, encodeChar, MULTIBYTE, singleByteTable } from "./coding/tables.js";
import { funcall } from "./eval.js";
import { curBuf, getBufferForSet, setBuffer } from "./buffer.js";
import { insertLString } from "./insdel.js";

const Qcoding_system_error = defsym("coding-system-error");
export const Vlast_coding_system_used = defvar("last-coding-system-used", NIL,
  "Coding system used in the latest file or process I/O.");
defvar("coding-system-for-read", NIL, "Specify the coding system for read operations.");
defvar("coding-system-for-write", NIL, "Specify the coding system for write operations.");
defvar("inhibit-eol-conversion", NIL, "Non-nil means always inhibit code conversion of end-of-line format.");
defvar("locale-coding-system", () => defsym("utf-8-unix"), "Coding system to use with system messages.");
defvar("default-process-coding-system", () => new Cons(defsym("utf-8-unix"), defsym("utf-8-unix")),
  "Cons of coding systems used for process I/O by default.");

export type Kind = "utf-8" | "utf-8-bom" | "utf-8-auto" | "utf-16le" | "utf-16be" | "utf-16" | "latin-1" | "ascii"
  | "raw-text" | "no-conversion" | "undecided" | "utf-8-emacs" | "sbcs" | "mbcs";
/** 0 unix, 1 dos, 2 mac, -1 undecided (detect on decode, unix on encode). */
export type Eol = -1 | 0 | 1 | 2;
export interface Coding {
  base: string; kind: Kind; eol: Eol;
  /** sbcs: the decoder label; mbcs: the MULTIBYTE table name. */
  table?: string;
  /** sbcs: the charset named in the `charset' property of decoded text. */
  charset?: string;
}

/** Base coding systems and their aliases (GNU: the coding systems defined in mule-conf.el). */
const BASES: [string, Kind, string[]][] = [
  ["utf-8", "utf-8", ["mule-utf-8", "cp65001"]],
  ["utf-8-with-signature", "utf-8-bom", []],
  ["utf-8-auto", "utf-8-auto", []],
  ["utf-8-emacs", "utf-8-emacs", ["emacs-internal"]],
  ["prefer-utf-8", "undecided", []],
  ["utf-16le", "utf-16le", []],
  ["utf-16be", "utf-16be", []],
  ["utf-16", "utf-16", []],
  ["iso-latin-1", "latin-1", ["latin-1", "iso-8859-1"]],
  ["us-ascii", "ascii", ["ascii", "iso-safe"]],
  ["raw-text", "raw-text", []],
  ["no-conversion", "no-conversion", ["binary"]],
  ["undecided", "undecided", []],
];
/** Charset-based coding systems: [base, aliases, decoder label or multi-byte table, charset name (sbcs)]. */
const SINGLE_BYTE: [string, string[], string, string][] = [
  ["mac-roman", ["macintosh"], "macintosh", "mac-roman"],
  ["windows-1250", ["cp1250"], "windows-1250", "windows-1250"],
  ["windows-1251", ["cp1251"], "windows-1251", "windows-1251"],
  ["windows-1252", ["cp1252"], "windows-1252", "windows-1252"],
  ["iso-latin-2", ["iso-8859-2", "latin-2"], "iso-8859-2", "iso-8859-2"],
  ["iso-latin-3", ["iso-8859-3", "latin-3"], "iso-8859-3", "iso-8859-3"],
  ["iso-latin-4", ["iso-8859-4", "latin-4"], "iso-8859-4", "iso-8859-4"],
  ["iso-latin-5", ["iso-8859-9", "latin-5"], "iso-8859-9", "iso-8859-9"],
  ["iso-latin-9", ["iso-8859-15", "latin-9", "latin-0"], "iso-8859-15", "iso-8859-15"],
  ["cyrillic-iso-8bit", ["iso-8859-5"], "iso-8859-5", "iso-8859-5"],
  ["greek-iso-8bit", ["iso-8859-7"], "iso-8859-7", "iso-8859-7"],
  ["hebrew-iso-8bit", ["iso-8859-8", "iso-8859-8-e", "iso-8859-8-i"], "iso-8859-8", "iso-8859-8"],
  ["cyrillic-koi8", ["koi8-r", "koi8", "cp878"], "koi8-r", "koi8-r"],
  ["koi8-u", [], "koi8-u", "koi8-u"],
  ["cp866", [], "ibm866", "cp866"],
];
const MULTI_BYTE: [string, string[], string][] = [
  ["japanese-iso-8bit", ["euc-japan-1990", "euc-japan", "euc-jp"], "euc-jp"],
  ["japanese-shift-jis", ["shift_jis", "sjis"], "shift_jis"],
  ["korean-iso-8bit", ["euc-kr", "euc-korea", "ks_c_5601-1987"], "euc-kr"],
  ["chinese-iso-8bit", ["cn-gb-2312", "euc-china", "euc-cn", "cn-gb", "gb2312"], "gb2312"],
  ["chinese-gbk", ["gbk", "cp936", "windows-936"], "gbk"],
  ["chinese-big5", ["big5", "cn-big5", "cp950"], "big5"],
];
for (const [base, aliases] of SINGLE_BYTE) BASES.push([base, "sbcs", aliases]);
for (const [base, aliases] of MULTI_BYTE) BASES.push([base, "mbcs", aliases]);
const EXTRA = new Map<string, { table: string; charset?: string }>([
  ...SINGLE_BYTE.map(([b, , table, charset]) => [b, { table, charset }] as const),
  ...MULTI_BYTE.map(([b, , table]) => [b, { table }] as const),
]);
export const EOL_SUFFIX = ["-unix", "-dos", "-mac"];
/** Every coding-system name (aliases and -unix/-dos/-mac variants included) → its description. */
export const codingTable = new Map<string, Coding>();
// `unix', `dos' and `mac' name the undecided coding system with that end-of-line type.
["unix", "dos", "mac"].forEach((n, e) => codingTable.set(n, { base: "undecided", kind: "undecided", eol: e as Eol }));
for (const [base, kind, aliases] of BASES) {
  for (const n of [base, ...aliases]) {
    const extra = EXTRA.get(base);
    codingTable.set(n, { base, kind, eol: kind === "no-conversion" ? 0 : -1, ...extra });
    if (kind !== "no-conversion") EOL_SUFFIX.forEach((sfx, e) => codingTable.set(n + sfx, { base, kind, eol: e as Eol, ...extra }));
  }
}
/** Whether C is a base name with -unix/-dos/-mac variants. */
const hasVariants = (c: Coding): boolean => c.eol < 0 && c.kind !== "no-conversion";
export function lookup(name: string): Coding | undefined { return codingTable.get(name); }

/** The coding system named by OBJ (a symbol; nil means none), or a coding-system-error. */
export function codingOf(obj: LispObject): Coding | null {
  if (obj === NIL) return null;
  if (!(obj instanceof LSymbol)) return xsignal(Qcoding_system_error, obj);
  const c = lookup(obj.name);
  if (!c) return xsignal(Qcoding_system_error, obj);
  return c;
}
export function nameWithEol(c: Coding, eol: Eol): LSymbol {
  if (c.kind === "no-conversion") return defsym("no-conversion");
  return defsym(eol < 0 ? c.base : c.base + EOL_SUFFIX[eol]);
}

// --- encoding ---------------------------------------------------------------------------------
function encodeUtf8(c: number, out: number[]): void {
  if (c < 0x80) out.push(c);
  else if (c < 0x800) out.push(0xc0 | (c >> 6), 0x80 | (c & 63));
  else if (c < 0x10000) out.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
  else if (c < 0x200000) out.push(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 63), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
  else out.push(0xf8, 0x80 | ((c >> 18) & 63), 0x80 | ((c >> 12) & 63), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
}

export function encodeChars(chars: number[], c: Coding, eol: Eol): number[] {
  const out: number[] = [];
  if (c.kind === "utf-8-bom") out.push(0xef, 0xbb, 0xbf);
  if (c.kind === "utf-16") out.push(0xfe, 0xff);
  for (const ch0 of chars) {
    if (ch0 === 10 && eol === 1) { pushChar(13, c, out); pushChar(10, c, out); continue; }
    pushChar(ch0 === 10 && eol === 2 ? 13 : ch0, c, out);
  }
  return out;
}
function pushChar(ch: number, c: Coding, out: number[]): void {
  if (ch >= BYTE8_FIRST) { out.push(ch - BYTE8_FIRST + 0x80); return; } // raw bytes go out unchanged
  switch (c.kind) {
    case "latin-1": out.push(ch < 256 ? ch : 0x20); return; // GNU substitutes a space for unencodable chars
    case "ascii": out.push(ch < 128 ? ch : 0x3f); return;
    // Characters the charset lacks become spaces, as GNU's charset-based encoders write them.
    case "sbcs": out.push(ch < 0x80 ? ch : singleByteTable(c.table!).encode.get(ch) ?? 0x20); return;
    case "mbcs": if (ch < 0x80) out.push(ch); else out.push(...(encodeChar(c.table!, ch) ?? [0x20])); return;
    case "utf-16le": case "utf-16be": case "utf-16": {
      const units = ch >= 0x10000 && ch <= 0x10ffff ? [0xd800 + ((ch - 0x10000) >> 10), 0xdc00 + ((ch - 0x10000) & 0x3ff)] : [ch & 0xffff];
      for (const u of units) { if (c.kind === "utf-16le") out.push(u & 255, u >> 8); else out.push(u >> 8, u & 255); }
      return;
    }
    default: encodeUtf8(ch, out);
  }
}

// --- decoding ---------------------------------------------------------------------------------
function decodeUtf8(b: Uint8Array | number[], start: number): number[] {
  const out: number[] = [];
  const n = b.length;
  for (let i = start; i < n;) {
    const x = b[i];
    if (x < 0x80) { out.push(x); i++; continue; }
    let need = 0, c = 0, min = 0;
    if (x >= 0xc2 && x < 0xe0) { need = 1; c = x & 31; min = 0x80; }
    else if (x >= 0xe0 && x < 0xf0) { need = 2; c = x & 15; min = 0x800; }
    else if (x >= 0xf0 && x < 0xf8) { need = 3; c = x & 7; min = 0x10000; }
    let ok = need > 0 && i + need < n + 0 + 1 && i + need <= n - 0;
    if (ok) {
      for (let k = 1; k <= need; k++) {
        const y = b[i + k];
        if (y === undefined || (y & 0xc0) !== 0x80) { ok = false; break; }
        c = (c << 6) | (y & 63);
      }
    }
    if (ok && c >= min && c <= 0x10ffff) { out.push(c); i += need + 1; }
    else { out.push(BYTE8_FIRST + x - 0x80); i++; } // an invalid byte becomes a raw-byte character
  }
  return out;
}

/** The bytes a string stands for when decoded: raw-byte characters are their byte, others their UTF-8. */
export function bytesOf(s: LString): number[] {
  if (!s.multibyte) { const o: number[] = []; for (let i = 0; i < s.s.length; i++) o.push(s.s.charCodeAt(i)); return o; }
  const out: number[] = [];
  for (const c of s.chars()) {
    if (c >= BYTE8_FIRST) out.push(c - BYTE8_FIRST + 0x80);
    else encodeUtf8(c, out);
  }
  return out;
}

function detectEol(bytes: ArrayLike<number>): Eol {
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] === 13) return bytes[i + 1] === 10 ? 1 : 2;
    if (bytes[i] === 10) return 0;
  }
  return -1;
}

/** Decodes BYTES; returns the characters and the coding system actually used (with its EOL type). */
export interface Decoded {
  chars: number[];
  used: LSymbol;
  /** Runs [from, to, charset] for the `charset' text property GNU puts on text decoded through a charset. */
  charsets?: [number, number, string][];
}

/** EOL conversion on bytes, for ASCII-based encodings where CR and LF are never part of a longer sequence. */
function convertEolBytes(bytes: number[], eol: Eol): number[] {
  if (eol !== 1 && eol !== 2) return bytes;
  const out: number[] = [];
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] === 13) { if (eol === 1 && bytes[i + 1] === 10) continue; if (eol === 2) { out.push(10); continue; } }
    out.push(bytes[i]);
  }
  return out;
}

/** Decoding through a charset table (single-byte or CJK multi-byte); bytes the table lacks become raw bytes. */
function decodeCharsetBased(bytes: number[], c: Coding): Decoded {
  const eol = c.eol < 0 ? detectEol(bytes) : c.eol;
  const input = convertEolBytes(bytes, eol);
  const used = nameWithEol(c, eol);
  const chars: number[] = [];
  const charsets: [number, number, string][] = [];
  if (c.kind === "sbcs") {
    const table = singleByteTable(c.table!).decode;
    let viaCharset = false;
    for (const b of input) {
      const ch = table[b];
      if (ch < 0) chars.push(BYTE8_FIRST + b - 0x80);
      else chars.push(ch);
      if (ch >= 0x80 || ch === -2) viaCharset = true;
    }
    // GNU marks the whole decoded text once any character came from the charset.
    if (viaCharset) charsets.push([0, chars.length, c.charset!]);
  } else {
    const r = decodeMultiByte(MULTIBYTE[c.table!], input, 0);
    for (let i = 0; i < r.chars.length; i++) {
      const ch = r.chars[i];
      chars.push(ch < 0 ? BYTE8_FIRST + (-1 - ch) - 0x80 : ch);
      const cs = r.charsets[i];
      if (cs === null) continue;
      const last = charsets[charsets.length - 1];
      if (last && last[1] === i && last[2] === cs) last[1] = i + 1;
      else charsets.push([i, i + 1, cs]);
    }
  }
  return { chars, used, charsets };
}

/** The coding systems `prefer-coding-system' and `set-coding-system-priority' put first (base names). */
export function codingPriority(): string[] {
  return (E.ext.codingPriority ??= ["utf-8"]) as string[];
}

function validUtf8(bytes: number[]): boolean {
  try { new TextDecoder("utf-8", { fatal: true }).decode(Uint8Array.from(bytes)); return true; } catch { return false; }
}

export function decodeBytes(bytes: number[], c: Coding): Decoded {
  if (c.kind === "sbcs" || c.kind === "mbcs") return decodeCharsetBased(bytes, c);
  let eol = c.eol;
  let kind = c.kind;
  let start = 0;
  if (kind === "undecided" || kind === "utf-8-auto") {
    const hasBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
    const nonAscii = bytes.some((x) => x >= 0x80);
    if (kind === "undecided" && !hasBom && nonAscii) {
      // The preferred coding systems first (prefer-coding-system), when the bytes suit them.
      for (const name of codingPriority()) {
        const p = lookup(name);
        if (!p) continue;
        if (p.kind === "latin-1") { kind = "latin-1"; break; }
        if (p.kind === "sbcs") return decodeCharsetBased(bytes, { ...p, eol: c.eol });
        if (p.kind === "mbcs") {
          const d = decodeCharsetBased(bytes, { ...p, eol: c.eol });
          if (!d.chars.some((ch) => ch >= BYTE8_FIRST)) return d;
        }
        if ((p.kind === "utf-8" || p.kind === "utf-8-auto" || p.kind === "utf-8-bom") && validUtf8(bytes)) { kind = "utf-8"; break; }
      }
    }
    // Otherwise GNU's detection prefers UTF-8, then ISO-8859-1 when the bytes are not valid UTF-8.
    if (kind === "undecided" || kind === "utf-8-auto") {
      kind = hasBom ? "utf-8-bom" : !nonAscii ? (kind === "undecided" ? "undecided" : "utf-8")
        : kind === "utf-8-auto" || validUtf8(bytes) ? "utf-8" : "latin-1";
    }
  }
  if (kind === "utf-8-bom" && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) start = 3;
  if (eol < 0 && kind !== "no-conversion") eol = detectEol(bytes);
  let chars: number[];
  switch (kind) {
    case "latin-1": case "raw-text": case "no-conversion": case "undecided": case "ascii":
      chars = bytes.slice(start).map((x) => (x < 0x80 || kind === "latin-1" ? x : BYTE8_FIRST + x - 0x80));
      break;
    case "utf-16le": case "utf-16be": case "utf-16": {
      let le = kind === "utf-16le";
      if (kind === "utf-16" && bytes[0] === 0xff && bytes[1] === 0xfe) { le = true; start = 2; }
      else if (kind === "utf-16" && bytes[0] === 0xfe && bytes[1] === 0xff) start = 2;
      const units: number[] = [];
      for (let i = start; i + 1 < bytes.length; i += 2) units.push(le ? bytes[i] | (bytes[i + 1] << 8) : (bytes[i] << 8) | bytes[i + 1]);
      chars = [];
      for (let i = 0; i < units.length; i++) {
        const u = units[i];
        if (u >= 0xd800 && u < 0xdc00 && units[i + 1] >= 0xdc00 && units[i + 1] < 0xe000) { chars.push(0x10000 + ((u - 0xd800) << 10) + units[i + 1] - 0xdc00); i++; }
        else chars.push(u);
      }
      break;
    }
    default:
      chars = decodeUtf8(bytes, start);
  }
  if (eol === 1 || eol === 2) {
    const out: number[] = [];
    for (let i = 0; i < chars.length; i++) {
      if (chars[i] === 13) { if (eol === 1 && chars[i + 1] === 10) continue; if (eol === 2) { out.push(10); continue; } }
      out.push(chars[i]);
    }
    chars = out;
  }
  const usedBase = kind === c.kind ? c
    : lookup(kind === "utf-8-bom" ? "utf-8-with-signature" : kind === "utf-8" ? "utf-8" : kind === "latin-1" ? "iso-latin-1" : c.base)!;
  const used = nameWithEol(usedBase, eol < 0 ? (c.kind === "no-conversion" ? 0 : -1) : eol);
  // Latin-1 is charset-based in GNU too: decoded non-ASCII text carries (charset iso-8859-1) throughout.
  if (kind === "latin-1" && bytes.some((x) => x >= 0x80)) return { chars, used, charsets: [[0, chars.length, "iso-8859-1"]] };
  return { chars, used };
}

/** raw-text: only end-of-line conversion applies to the bytes. */
function eolOnly(bytes: number[], used: LSymbol): number[] {
  const eol = used.name.endsWith("-dos") ? 1 : used.name.endsWith("-mac") ? 2 : 0;
  if (eol === 0) return bytes;
  const out: number[] = [];
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] === 13) { if (eol === 1 && bytes[i + 1] === 10) continue; if (eol === 2) { out.push(10); continue; } }
    out.push(bytes[i]);
  }
  return out;
}

function charsToLString(chars: number[], multibyte: boolean): LString {
  let s = "";
  for (const c of chars) s += charToJs(c);
  return new LString(s, multibyte);
}
function bytesToUnibyte(bytes: number[]): LString {
  let s = "";
  for (let i = 0; i < bytes.length; i += 8192) s += String.fromCharCode(...bytes.slice(i, i + 8192));
  return new LString(s, false);
}

/** Whether CODING maps ASCII to itself (so ASCII-only text converts to itself). */
function asciiCompatible(c: Coding): boolean {
  // GNU's :ascii-compatible-p: nil for the BOM-aware and UTF-16 codings and for prefer-utf-8 (so decoding even
  // ASCII text through them settles the EOL type: "abc\n" decodes as prefer-utf-8-unix).
  return !(c.kind === "utf-16" || c.kind === "utf-16le" || c.kind === "utf-16be" || c.kind === "utf-8-bom"
    || c.kind === "utf-8-auto" || c.base === "prefer-utf-8");
}
function isAsciiOnly(s: LString): boolean {
  const js = s.s;
  for (let i = 0; i < js.length; i++) if (js.charCodeAt(i) >= 0x80) return false;
  return true;
}
function inhibitEol(): boolean { return findSymbolValue(defsym("inhibit-eol-conversion")) !== NIL; }

/**
 * GNU's shortcut for ASCII-only strings through an ASCII-compatible coding system, when no end-of-line
 * conversion can change them: the result is the string itself with NOCOPY, else a copy.
 */
function identityConversion(str: LString, c: Coding, decoding: boolean): boolean {
  if (!asciiCompatible(c) || !isAsciiOnly(str)) return false;
  if (inhibitEol() || c.eol === 0 || c.kind === "no-conversion") return true;
  // Decoding changes only CRs; encoding changes only LFs (and an undecided EOL type counts as a change).
  if (decoding) return !str.s.includes("\r");
  return c.eol > 0 && !str.s.includes("\n");
}

function copyString(s: LString, multibyte: boolean): LString { return new LString(s.s, multibyte); }

/** Puts the `charset' property runs of a decoding on STR. */
function putCharsets(str: LString, runs: [number, number, string][] | undefined): LString {
  if (runs) for (const [from, to, cs] of runs) funcall(defsym("put-text-property"), from, to, defsym("charset"), defsym(cs), str);
  return str;
}

/** encode-coding-string without the bookkeeping: STR's text in coding C. */
export function encodeString(str: LString, c: Coding): LString {
  if (c.kind === "no-conversion" || c.kind === "raw-text" && !str.multibyte) return new LString(bytesToUnibyte(bytesOf(str)).s, false);
  const eol = inhibitEol() ? 0 : c.eol < 0 ? 0 : c.eol;
  // A unibyte string's bytes are already encoded: only the end-of-line conversion and a BOM apply.
  const chars = str.multibyte ? str.chars() : bytesOf(str).map((b) => (b < 0x80 ? b : BYTE8_FIRST + b - 0x80));
  return bytesToUnibyte(encodeChars(chars, c, eol));
}

/** decode-coding-string without the bookkeeping: STR's bytes decoded from C, and the coding system used. */
export function decodeString(str: LString, c: Coding, given?: LSymbol): { text: LString; used: LSymbol } {
  const bytes = bytesOf(str);
  if (c.kind === "no-conversion") return { text: bytesToUnibyte(bytes), used: defsym("no-conversion") };
  const d = decodeBytes(bytes, c);
  // GNU reports the coding system as given unless decoding settled something it left open (the EOL type,
  // or the text conversion of undecided), which it reports by the canonical name.
  if (given && d.used === nameWithEol(c, c.eol)) d.used = given;
  // raw-text keeps non-ASCII bytes as they are, in a unibyte string (GNU); everything else is multibyte.
  if (c.kind === "raw-text" && bytes.some((x) => x >= 0x80)) return { text: bytesToUnibyte(eolOnly(bytes, d.used)), used: d.used };
  return { text: putCharsets(charsToLString(d.chars, true), d.charsets), used: d.used };
}

defun("encode-coding-string", "(string coding-system &optional nocopy buffer)", `Encode STRING to CODING-SYSTEM, and return the result.

Optional third arg NOCOPY non-nil means it is OK to return STRING
itself if the encoding operation is trivial.

Optional fourth arg BUFFER non-nil means that the encoded text is
inserted in that buffer after point (point does not move).  In this
case, the return value is the length of the encoded text.

This function sets \`last-coding-system-used' to the precise coding system
used to encode STRING, which may differ from CODING-SYSTEM.  For
example, if CODING-SYSTEM is \`undecided', the value depends on the
contents of STRING.`,
  (string, coding, nocopy, buffer) => {
    const str = checkString(string);
    const c = codingOf(coding);
    let out: LString;
    if (c === null) {
      setInternal(Vlast_coding_system_used, defsym("no-conversion"));
      out = nocopy !== NIL ? str : copyString(str, str.multibyte);
    } else {
      setInternal(Vlast_coding_system_used, coding as LSymbol);
      if (identityConversion(str, c, false)) out = nocopy !== NIL ? str : copyString(str, false);
      else out = encodeString(str, c);
    }
    return buffer === NIL ? out : insertIntoBuffer(out, buffer);
  });

defun("decode-coding-string", "(string coding-system &optional nocopy buffer)", `Decode STRING which is encoded in CODING-SYSTEM, and return the result.

Optional third arg NOCOPY non-nil means it is OK to return STRING itself
if the decoding operation is trivial.

Optional fourth arg BUFFER non-nil means that the decoded text is
inserted in that buffer after point (point does not move).  In this
case, the return value is the length of the decoded text.

This function sets \`last-coding-system-used' to the precise coding system
used to decode STRING, which may differ from CODING-SYSTEM.  For example,
if CODING-SYSTEM is \`undecided', the value depends on the contents of
STRING.`,
  (string, coding, nocopy, buffer) => {
    const str = checkString(string);
    const c = codingOf(coding);
    let out: LString;
    if (c === null) {
      setInternal(Vlast_coding_system_used, defsym("no-conversion"));
      out = nocopy !== NIL ? str : copyString(str, str.multibyte);
    } else if (identityConversion(str, c, true)) {
      setInternal(Vlast_coding_system_used, coding as LSymbol);
      out = nocopy !== NIL ? str : copyString(str, c.kind !== "no-conversion");
    } else {
      const d = decodeString(str, c, coding as LSymbol);
      setInternal(Vlast_coding_system_used, d.used);
      out = d.text;
    }
    return buffer === NIL ? out : insertIntoBuffer(out, buffer);
  });

/** Inserts TEXT in BUFFER after its point, leaving point; returns the number of characters inserted. */
function insertIntoBuffer(text: LString, buffer: LispObject): number {
  const b = getBufferForSet(buffer);
  const old = curBuf();
  setBuffer(b);
  try {
    const pt = b.pt;
    insertLString(text);
    b.pt = pt;
  } finally { if (old.live) setBuffer(old); }
  return text.length;
}

defun("coding-system-p", "(object)", "Return t if OBJECT is nil or a coding-system.", (o) =>
  (o === NIL || (o instanceof LSymbol && lookup(o.name) !== undefined) ? T : NIL));
defun("check-coding-system", "(coding-system)", "Check validity of CODING-SYSTEM.", (o) => {
  if (o === NIL || o instanceof LSymbol && lookup(o.name)) return o;
  return xsignal(Qcoding_system_error, o);
});
defun("coding-system-base", "(coding-system)", "Return the base of CODING-SYSTEM.", (o) => {
  const c = codingOf(o);
  return c === null ? defsym("no-conversion") : defsym(c.base);
});
defun("coding-system-eol-type", "(coding-system)", "Return eol-type of CODING-SYSTEM.", (o) => {
  if (o === NIL) return 0;
  if (!(o instanceof LSymbol)) return NIL;
  const c = lookup(o.name);
  if (!c) return NIL;
  if (c.kind === "no-conversion") return 0;
  if (hasVariants(c)) return [0, 1, 2].map((e) => nameWithEol(c, e as Eol));
  return c.eol;
});
defun("coding-system-change-eol-conversion", "(coding-system eol-type)", "Return a coding system which differs from CODING-SYSTEM in EOL conversion.",
  (o, eolType) => {
    const c = codingOf(o);
    if (c === null) return NIL;
    const names: Record<string, Eol> = { unix: 0, dos: 1, mac: 2 };
    const e = typeof eolType === "number" ? eolType : eolType instanceof LSymbol ? names[eolType.name] : undefined;
    if (eolType === NIL) return nameWithEol(c, -1);
    if (e === undefined || e < 0 || e > 2) return o;
    return nameWithEol(c, e as Eol);
  });
defun("coding-system-aliases", "(coding-system)", "Return the list of aliases of CODING-SYSTEM.", (o) => {
  if (!(o instanceof LSymbol)) return wrongType(Qsymbolp, o);
  const c = codingOf(o)!;
  const entry = BASES.find((b) => b[0] === c.base)!;
  return list(...[entry[0], ...entry[2]].map((n) => defsym(n)));
});
/**
 * The coding systems BYTES may be in, most likely first (GNU: detect_coding_system): ASCII text is
 * `undecided'; valid UTF-8 is utf-8 before iso-latin-1; other 8-bit text is iso-latin-1. GNU's list goes on
 * with the coding systems of its other categories (emacs-mule, the CJK ones), which tsmacs does not have.
 * An end-of-line convention found in the text is appended to each name.
 */
export function detectCoding(bytes: number[], highest: LispObject): LispObject {
  let eight = false;
  for (let i = 0; i < bytes.length; i++) if (bytes[i] >= 0x80) { eight = true; break; }
  const bases = !eight ? ["undecided"] : validUtf8(bytes) ? ["utf-8", "iso-latin-1", "utf-8-auto"] : ["iso-latin-1"];
  const eol = detectEol(bytes);
  const syms = bases.map((b) => defsym(eol < 0 ? b : b + EOL_SUFFIX[eol]));
  return highest !== NIL ? syms[0] : list(...syms);
}
defun("detect-coding-string", "(string &optional highest)", "Detect coding system of the text in STRING.",
  (s, highest) => detectCoding(bytesOf(checkString(s)), highest));
void E;
