// Streaming decoding and encoding of file contents for insert-file-contents and write-region: coding
// system names, undecided detection (GNU: coding.c detect_coding/detect_eol and the charset priorities of a
// UTF-8 locale), and chunk decoders that never hold a whole large file in memory twice.
import { Buffer as NodeBuffer, isAscii, isUtf8 } from "node:buffer";
import { BYTE8_FIRST, charToJs, defsym, LispObject, LSymbol, hasSurrogates, jsCharAt } from "../lisp.js";
import { pushCharBytes } from "../fns/common.js";

export type { Kind, Eol, Coding } from "../coding.js";
import { codingTable as table, EOL_SUFFIX, type Eol, type Coding } from "../coding.js";

/** The coding system named by SYM, or null when it is not one this module decodes itself. */
export function parseCoding(sym: LispObject): Coding | null {
  return sym instanceof LSymbol ? table.get(sym.name) ?? null : null;
}
/** The name of coding system C with end-of-line type EOL (-1: the base name). */
export function codingName(c: Coding, eol: Eol): LSymbol {
  if (c.kind === "no-conversion") return defsym("no-conversion");
  return defsym(eol < 0 ? c.base : c.base + EOL_SUFFIX[eol]);
}
export function codingOf(base: string, eol: Eol): Coding { return { ...(table.get(base) as Coding), eol }; }
/** raw-text with C's end-of-line type (GNU raw_text_coding_system). */
export function rawTextOf(c: Coding): Coding {
  return c.kind === "no-conversion" ? c : { base: "raw-text", kind: "raw-text", eol: c.eol };
}
/** Coding systems that make a visited buffer unibyte (GNU CODING_FOR_UNIBYTE). */
export const forUnibyte = (c: Coding): boolean => c.kind === "raw-text" || c.kind === "no-conversion";

// ---------------------------------------------------------------------------------------------
// Detection.
// ---------------------------------------------------------------------------------------------
/** What a scan of a file's bytes found (GNU: the coding categories that survive detection). */
export interface Detection {
  nul: boolean;
  high: boolean;
  utf8: boolean;
  /** No bytes #x80..#x9F (so ISO-8859-1 fits). */
  latin: boolean;
  bom: boolean;
  eol: Eol;
  /** Largest character width the decoded text may need (1, 2 or 4 bytes per character). */
  width: 1 | 2 | 4;
}

/** Incremental scanner: feed chunks in order, then `result()`. */
export class Detector {
  /** No incomplete UTF-8 sequence is pending between chunks. */
  get settled(): boolean { return this.carry === null; }
  private d: Detection = { nul: false, high: false, utf8: true, latin: true, bom: false, eol: -1, width: 1 };
  private first = true;
  private carry: NodeBuffer | null = null;
  private eolCount = 0;
  private eolSeen = 0; // 0 none, 1 LF, 2 CRLF, 3 CR
  private eolDone = false;
  private pendingCR = false;
  private maxLead = 0;

  feed(chunk: NodeBuffer): void {
    const d = this.d;
    if (this.first) {
      this.first = false;
      d.bom = chunk.length >= 3 && chunk[0] === 0xef && chunk[1] === 0xbb && chunk[2] === 0xbf;
    }
    if (!d.nul && chunk.indexOf(0) >= 0) d.nul = true;
    if (!this.eolDone) this.scanEol(chunk);
    if (isAscii(chunk) && this.carry === null) return;
    d.high = true;
    // Latin-1 needs no C1 bytes; the width needed follows the largest UTF-8 lead byte.
    for (let i = 0; i < chunk.length; i++) {
      const b = chunk[i];
      if (b >= 0x80) {
        if (b < 0xa0) d.latin = false;
        if (b > this.maxLead) this.maxLead = b;
      }
    }
    if (d.utf8) {
      let buf = this.carry === null ? chunk : NodeBuffer.concat([this.carry, chunk]);
      const cut = completeLength(buf);
      this.carry = cut < buf.length ? NodeBuffer.from(buf.subarray(cut)) : null;
      buf = buf.subarray(0, cut);
      if (!isUtf8(buf)) d.utf8 = false;
    }
  }

  private scanEol(chunk: NodeBuffer): void {
    for (let i = 0; i < chunk.length; i++) {
      const c = chunk[i];
      if (this.pendingCR) {
        this.pendingCR = false;
        this.noteEol(c === 10 ? 2 : 3);
        if (this.eolDone) return;
        if (c === 10) continue;
      }
      if (c === 10) this.noteEol(1);
      else if (c === 13) {
        if (i + 1 < chunk.length) { if (chunk[i + 1] === 10) { i++; this.noteEol(2); } else this.noteEol(3); }
        else this.pendingCR = true;
      } else continue;
      if (this.eolDone) return;
    }
  }

  private noteEol(t: number): void {
    if (this.eolSeen === 0) this.eolSeen = t;
    else if (this.eolSeen !== t) {
      if ((this.eolSeen === 3 && t === 2) || (this.eolSeen === 2 && t === 3)) this.eolSeen = 2;
      else { this.eolSeen = 1; this.eolDone = true; return; }
    }
    if (++this.eolCount === 3) this.eolDone = true;
  }

  result(): Detection {
    if (this.pendingCR) { this.pendingCR = false; this.noteEol(3); }
    if (this.carry !== null) { this.d.utf8 = false; this.carry = null; }
    const d = this.d;
    d.eol = this.eolSeen === 0 ? -1 : this.eolSeen === 1 ? 0 : this.eolSeen === 2 ? 1 : 2;
    d.width = !d.high ? 1 : d.utf8 ? (this.maxLead >= 0xf0 ? 4 : this.maxLead >= 0xc4 ? 2 : 1) : d.latin ? 1 : 4;
    return d;
  }
}

/** Length of the prefix of BUF that ends on a complete UTF-8 sequence (an incomplete tail is left over). */
function completeLength(buf: NodeBuffer): number {
  const n = buf.length;
  for (let k = 1; k <= 3 && k <= n; k++) {
    const b = buf[n - k];
    if (b < 0x80) return n;
    if (b >= 0xc0) {
      const need = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : 2;
      return need > k ? n - k : n;
    }
  }
  return n;
}

/** The coding system undecided detection chooses (GNU's priorities in a UTF-8 locale). */
export function chooseDetected(c: Coding, d: Detection): Coding {
  let chosen: Coding;
  if (c.kind === "undecided") {
    if (d.nul) return codingOf("no-conversion", 0);
    if (!d.high) chosen = c;
    else if (d.utf8) chosen = codingOf(d.bom ? "utf-8-with-signature" : "utf-8", -1);
    else if (d.latin) chosen = codingOf("iso-latin-1", -1);
    else chosen = codingOf("raw-text", -1);
  } else if (c.kind === "utf-8-auto") chosen = codingOf(d.bom ? "utf-8-with-signature" : "utf-8", -1);
  else chosen = c;
  const eol = c.eol >= 0 ? c.eol : d.eol;
  return { ...chosen, eol };
}

// ---------------------------------------------------------------------------------------------
// Chunk decoding.
// ---------------------------------------------------------------------------------------------
/** A stateful decoder from bytes to tsmacs JS strings (with end-of-line conversion). */
export class ChunkDecoder {
  private carry: NodeBuffer | null = null;
  private pendingCR = false;
  private started = false;
  constructor(private readonly c: Coding, private readonly multibyte: boolean) {}

  /**
   * Decodes CHUNK (LAST: no more input follows). Text whose bytes are its characters comes back as the
   * bytes themselves (no string is made: a large ASCII file passes through without garbage).
   */
  decode(chunk: NodeBuffer, last: boolean): string | Uint8Array | Uint32Array {
    let bytes = chunk;
    if (!this.started) {
      this.started = true;
      if (this.c.kind === "utf-8-bom" && bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) bytes = bytes.subarray(3);
    }
    const k = this.c.kind;
    if (!this.multibyte || k === "latin-1" || ((k === "raw-text" || k === "no-conversion" || k === "undecided"
      || k === "ascii" || k === "utf-8" || k === "utf-8-bom" || k === "utf-8-emacs") && this.carry === null && isAscii(bytes))) {
      return this.eolBytes(bytes, last);
    }
    return this.decodeString(bytes, last);
  }

  /** End-of-line conversion on bytes (a copy only when there is something to convert). */
  private eolBytes(b: NodeBuffer, last: boolean): Uint8Array {
    const e = this.c.eol;
    if (e === 1) {
      if (this.pendingCR) { b = NodeBuffer.concat([NodeBuffer.from([13]), b]); this.pendingCR = false; }
      if (!last && b.length > 0 && b[b.length - 1] === 13) { this.pendingCR = true; b = b.subarray(0, b.length - 1); }
      if (b.indexOf(13) < 0) return b;
      const out = new Uint8Array(b.length);
      let k = 0;
      for (let i = 0; i < b.length; i++) if (!(b[i] === 13 && b[i + 1] === 10)) out[k++] = b[i];
      return out.subarray(0, k);
    }
    if (e === 2 && b.indexOf(13) >= 0) {
      const out = Uint8Array.from(b);
      for (let i = 0; i < out.length; i++) if (out[i] === 13) out[i] = 10;
      return out;
    }
    return b;
  }

  private decodeString(bytes: NodeBuffer, last: boolean): string | Uint8Array | Uint32Array {
    const k = this.c.kind;
    if (k === "raw-text" || k === "no-conversion" || k === "undecided" || k === "ascii") return this.eol(rawBytes(bytes), last);
    // CR and LF never occur inside a multibyte sequence: convert ends of lines on the bytes first.
    const b = this.eolBytes(bytes, last);
    return this.utf8(NodeBuffer.from(b.buffer, b.byteOffset, b.length), last);
  }

  /**
   * UTF-8: natively when a chunk is valid and within the BMP; otherwise straight to character codes
   * (no JS string of surrogate pairs), with invalid bytes as raw-byte characters (GNU's decoder).
   */
  private utf8(chunk: NodeBuffer, last: boolean): string | Uint8Array | Uint32Array {
    const buf = this.carry === null ? chunk : NodeBuffer.concat([this.carry, chunk]);
    const cut = last ? buf.length : completeLength(buf);
    this.carry = cut < buf.length ? NodeBuffer.from(buf.subarray(cut)) : null;
    const body = buf.subarray(0, cut);
    if (isAscii(body)) return body;
    if (isUtf8(body) && !hasFourByteSequences(body)) return body.toString("utf8");
    return utf8ToCodes(body);
  }

  private eol(s: string, last: boolean): string {
    const e = this.c.eol;
    if (e === 1) {
      if (this.pendingCR) { s = "\r" + s; this.pendingCR = false; }
      if (!last && s.endsWith("\r")) { this.pendingCR = true; s = s.slice(0, -1); }
      return s.includes("\r\n") ? s.replace(/\r\n/g, "\n") : s;
    }
    if (e === 2) return s.includes("\r") ? s.replace(/\r/g, "\n") : s;
    return s;
  }
}

/** Whether BUF has a lead byte of a 4-byte UTF-8 sequence (characters beyond the BMP). */
function hasFourByteSequences(buf: NodeBuffer): boolean {
  for (let i = 0; i < buf.length; i++) if (buf[i] >= 0xf0) return true;
  return false;
}

/** UTF-8 bytes decoded to character codes, invalid sequences as raw-byte characters. */
export function utf8ToCodes(b: Uint8Array): Uint32Array {
  const n = b.length;
  const out = new Uint32Array(n);
  let k = 0;
  for (let i = 0; i < n;) {
    const x = b[i];
    if (x < 0x80) { out[k++] = x; i++; continue; }
    const need = x >= 0xf0 && x < 0xf8 ? 3 : x >= 0xe0 && x < 0xf0 ? 2 : x >= 0xc2 && x < 0xe0 ? 1 : 0;
    let c = need === 3 ? x & 7 : need === 2 ? x & 15 : x & 31;
    let ok = need > 0 && i + need < n;
    for (let j = 1; ok && j <= need; j++) {
      const y = b[i + j];
      if ((y & 0xc0) !== 0x80) ok = false; else c = (c << 6) | (y & 63);
    }
    const min = need === 3 ? 0x10000 : need === 2 ? 0x800 : 0x80;
    if (ok && c >= min && c <= 0x10ffff && !(c >= 0xd800 && c < 0xe000)) { out[k++] = c; i += need + 1; }
    else { out[k++] = BYTE8_FIRST + x - 0x80; i++; }
  }
  return out.subarray(0, k);
}

/** UTF-8 bytes with invalid sequences kept as raw-byte characters. */
export function utf8WithRawBytes(b: ArrayLike<number>): string {
  const n = b.length;
  let out = "";
  let units: number[] = [];
  for (let i = 0; i < n;) {
    const x = b[i];
    if (x < 0x80) { units.push(x); i++; }
    else {
      const need = x >= 0xf0 && x < 0xf8 ? 3 : x >= 0xe0 && x < 0xf0 ? 2 : x >= 0xc2 && x < 0xe0 ? 1 : 0;
      let c = need === 3 ? x & 7 : need === 2 ? x & 15 : x & 31;
      let ok = need > 0 && i + need < n;
      for (let k = 1; ok && k <= need; k++) {
        const y = b[i + k];
        if ((y & 0xc0) !== 0x80) ok = false; else c = (c << 6) | (y & 63);
      }
      const min = need === 3 ? 0x10000 : need === 2 ? 0x800 : 0x80;
      if (ok && c >= min && c <= 0x10ffff && !(c >= 0xd800 && c < 0xe000)) {
        if (c >= 0x10000) { const v = c - 0x10000; units.push(0xd800 | (v >> 10), 0xdc00 | (v & 0x3ff)); } else units.push(c);
        i += need + 1;
      } else {
        const r = charToJs(BYTE8_FIRST + x - 0x80);
        units.push(r.charCodeAt(0), r.charCodeAt(1));
        i++;
      }
    }
    if (units.length >= 8192) { out += String.fromCharCode.apply(null, units); units = []; }
  }
  return out + String.fromCharCode.apply(null, units);
}

/** Bytes with those >= #x80 as raw-byte characters. */
function rawBytes(b: NodeBuffer): string {
  let out = "";
  let units: number[] = [];
  for (let i = 0; i < b.length; i++) {
    const x = b[i];
    if (x < 0x80) units.push(x);
    else { const r = charToJs(BYTE8_FIRST + x - 0x80); units.push(r.charCodeAt(0), r.charCodeAt(1)); }
    if (units.length >= 8192) { out += String.fromCharCode.apply(null, units); units = []; }
  }
  return out + String.fromCharCode.apply(null, units);
}

// ---------------------------------------------------------------------------------------------
// Encoding.
// ---------------------------------------------------------------------------------------------
/**
 * Encodes tsmacs JS string S (text of a multibyte or unibyte buffer or string) with coding C; FIRST says
 * this is the start of the output (where a BOM goes).
 */
export function encodeText(s: string, c: Coding, multibyte: boolean, first: boolean): NodeBuffer {
  if (c.eol === 1) s = s.replace(/\n/g, "\r\n");
  else if (c.eol === 2) s = s.replace(/\n/g, "\r");
  if (!multibyte) return NodeBuffer.from(s, "latin1");
  const k = c.kind;
  if (k === "latin-1" || k === "ascii") {
    const max = k === "latin-1" ? 0xff : 0x7f;
    if (!/[^\x00-\xff]/.test(s) && (max === 0xff || isAscii(NodeBuffer.from(s, "latin1")))) return NodeBuffer.from(s, "latin1");
    const out: number[] = [];
    for (let i = 0; i < s.length;) {
      const ch = jsCharAt(s, i);
      i += ch >= 0x10000 ? 2 : 1;
      out.push(ch >= BYTE8_FIRST ? ch - BYTE8_FIRST + 0x80 : ch <= max ? ch : k === "ascii" ? 0x3f : 0x20);
    }
    return NodeBuffer.from(out);
  }
  const bom = k === "utf-8-bom" && first ? NodeBuffer.from([0xef, 0xbb, 0xbf]) : null;
  let body: NodeBuffer;
  if (!hasSurrogates(s)) body = NodeBuffer.from(s, "utf8");
  else {
    // Characters beyond Unicode and raw bytes: Emacs's internal forms, raw bytes as themselves.
    const out: number[] = [];
    for (let i = 0; i < s.length;) {
      const ch = jsCharAt(s, i);
      i += ch >= 0x10000 ? 2 : 1;
      if (ch >= BYTE8_FIRST) out.push(ch - BYTE8_FIRST + 0x80);
      else pushCharBytes(out, ch);
    }
    body = NodeBuffer.from(out);
  }
  return bom !== null ? NodeBuffer.concat([bom, body]) : body;
}

/** Whether S (tsmacs encoding) has characters outside ASCII. */
export const nonAscii = (s: string): boolean => /[^\x00-\x7f]/.test(s);
