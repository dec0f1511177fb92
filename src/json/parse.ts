// A JSON parser over UTF-8 bytes that reports errors exactly as the jansson library does (its messages,
// error kinds and line/column/byte position), since GNU Emacs's json.c passes those through to Lisp.
// Knows nothing of Lisp: it returns plain values that json.ts converts.

export type JsonParsed =
  | { kind: "true" } | { kind: "false" } | { kind: "null" }
  | { kind: "int"; value: bigint }
  | { kind: "real"; value: number }
  | { kind: "string"; value: string }
  | { kind: "array"; items: JsonParsed[] }
  | { kind: "object"; entries: Map<string, JsonParsed> };

/** jansson's error codes that GNU tells apart; everything else is a plain parse error. */
export type JsonErrorCode = "invalid-syntax" | "premature-end" | "end-expected" | "invalid-utf8" | "other";

export class JsonSyntaxError {
  constructor(readonly code: JsonErrorCode, readonly message: string, readonly source: string,
    readonly line: number, readonly column: number, readonly position: number) {}
}

const EOF = -1;
const STREAM_ERROR = -2;
const T_INVALID = -1, T_EOF = 0, T_STRING = 256, T_INTEGER = 257, T_REAL = 258, T_TRUE = 259, T_FALSE = 260, T_NULL = 261;
/** jansson's JSON_PARSER_MAX_DEPTH. */
const MAX_DEPTH = 2048;
const INT64_MIN = -(2n ** 63n), INT64_MAX = 2n ** 63n - 1n;

/** How many bytes a UTF-8 sequence starting with byte C has (0 when C cannot start one), as jansson's utf8_check_first. */
function utf8First(c: number): number {
  if (c < 0x80) return 1;
  if (c < 0xc2) return 0;
  if (c < 0xe0) return 2;
  if (c < 0xf0) return 3;
  if (c <= 0xf4) return 4;
  return 0;
}

/** Whether BYTES[0..n) is a valid, shortest, non-surrogate UTF-8 sequence up to U+10FFFF. */
function utf8Full(b: number[], n: number): boolean {
  let v: number;
  if (n === 2) v = b[0] & 0x1f;
  else if (n === 3) v = b[0] & 0x0f;
  else v = b[0] & 0x07;
  for (let i = 1; i < n; i++) {
    if (b[i] < 0 || (b[i] & 0xc0) !== 0x80) return false;
    v = (v << 6) | (b[i] & 0x3f);
  }
  if (v > 0x10ffff || (v >= 0xd800 && v <= 0xdfff)) return false;
  if ((n === 2 && v < 0x80) || (n === 3 && v < 0x800) || (n === 4 && v < 0x10000)) return false;
  return true;
}

const isDigit = (c: number) => c >= 0x30 && c <= 0x39;
const isAlpha = (c: number) => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
const isXDigit = (c: number) => isDigit(c) || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66);

/** jansson's stream + lexer: byte input with line/column/position bookkeeping and the token's saved text. */
export class JsonLexer {
  private pos = 0;
  private buf: number[] = [];
  private bufPos = 0;
  private state = 0; // 0 ok, EOF, STREAM_ERROR
  line = 1;
  column = 0;
  private lastColumn = 0;
  position = 0;
  saved: number[] = [];
  token = T_INVALID;
  value: bigint | number | string = 0;
  depth = 0;
  err: JsonSyntaxError | null = null;

  constructor(private input: Uint8Array, readonly source: string) {}

  private rawGet(): number { return this.pos < this.input.length ? this.input[this.pos++] : EOF; }

  private streamGet(): number {
    if (this.state !== 0) return this.state;
    if (this.bufPos >= this.buf.length) {
      const c = this.rawGet();
      if (c === EOF) { this.state = EOF; return EOF; }
      this.buf = [c];
      this.bufPos = 0;
      if (c >= 0x80) {
        const count = utf8First(c);
        let ok = count >= 2;
        if (ok) {
          for (let i = 1; i < count; i++) this.buf.push(this.rawGet());
          ok = utf8Full(this.buf, count);
        }
        if (!ok) {
          this.state = STREAM_ERROR;
          this.setError("invalid-utf8", `unable to decode byte 0x${c.toString(16)}`);
          return STREAM_ERROR;
        }
      }
    }
    const c = this.buf[this.bufPos++];
    this.position++;
    if (c === 0x0a) { this.line++; this.lastColumn = this.column; this.column = 0; }
    else if (utf8First(c)) this.column++;
    return c;
  }

  private unget(c: number): void {
    if (c === EOF || c === STREAM_ERROR) return;
    this.position--;
    if (c === 0x0a) { this.line--; this.column = this.lastColumn; }
    else if (utf8First(c)) this.column--;
    this.bufPos--;
  }

  private get(): number { return this.streamGet(); }
  private getSave(): number {
    const c = this.streamGet();
    if (c >= 0) this.saved.push(c);
    return c;
  }
  private ungetUnsave(c: number): void {
    if (c >= 0) { this.unget(c); this.saved.pop(); }
  }
  /** Saves the rest of the current UTF-8 character, so messages show whole characters. */
  private saveCached(): void {
    while (this.bufPos < this.buf.length) { this.saved.push(this.buf[this.bufPos++]); this.position++; }
  }

  /** jansson's error_set: the first error wins; a token's text is quoted when short, else end of file. */
  setError(code: JsonErrorCode, msg: string): void {
    if (this.err) return;
    let text = msg;
    if (this.saved.length > 0) {
      if (this.saved.length <= 20) text = `${msg} near '${decode(this.saved)}'`;
    } else {
      if (code === "invalid-syntax") code = "premature-end";
      if (this.state !== STREAM_ERROR) text = `${msg} near end of file`;
    }
    this.err = new JsonSyntaxError(code, text, this.source, this.line, this.column, this.position);
  }

  scan(): number {
    this.saved = [];
    let c: number;
    do c = this.get(); while (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d);
    if (c === EOF) return (this.token = T_EOF);
    if (c === STREAM_ERROR) return (this.token = T_INVALID);
    this.saved.push(c);
    if (c === 0x7b || c === 0x7d || c === 0x5b || c === 0x5d || c === 0x3a || c === 0x2c) this.token = c;
    else if (c === 0x22) this.scanString();
    else if (isDigit(c) || c === 0x2d) this.scanNumber(c);
    else if (isAlpha(c)) {
      do c = this.getSave(); while (isAlpha(c));
      this.ungetUnsave(c);
      const word = decode(this.saved);
      this.token = word === "true" ? T_TRUE : word === "false" ? T_FALSE : word === "null" ? T_NULL : T_INVALID;
    } else {
      this.saveCached();
      this.token = T_INVALID;
    }
    return this.token;
  }

  private scanString(): void {
    this.token = T_INVALID;
    let c = this.getSave();
    while (c !== 0x22) {
      if (c === STREAM_ERROR) return;
      if (c === EOF) { this.setError("premature-end", "premature end of input"); return; }
      if (c >= 0 && c <= 0x1f) {
        this.ungetUnsave(c);
        this.setError("invalid-syntax", c === 0x0a ? "unexpected newline" : `control character 0x${c.toString(16)}`);
        return;
      }
      if (c === 0x5c) {
        c = this.getSave();
        if (c === 0x75) {
          c = this.getSave();
          for (let i = 0; i < 4; i++) {
            if (!isXDigit(c)) { this.setError("invalid-syntax", "invalid escape"); return; }
            c = this.getSave();
          }
        } else if ([0x22, 0x5c, 0x2f, 0x62, 0x66, 0x6e, 0x72, 0x74].includes(c)) c = this.getSave();
        else { this.setError("invalid-syntax", "invalid escape"); return; }
      } else c = this.getSave();
    }
    // Decode the saved text (between the quotes) now that it is known to be well-formed lexically.
    const s = this.saved;
    const out: number[] = [];
    let i = 1;
    const hex4 = (at: number) => parseInt(String.fromCharCode(...s.slice(at, at + 4)), 16);
    while (i < s.length - 1) {
      if (s[i] !== 0x5c) { out.push(s[i++]); continue; }
      const e = s[i + 1];
      if (e === 0x75) {
        let v = hex4(i + 2);
        i += 6;
        if (v >= 0xd800 && v <= 0xdbff) {
          if (s[i] === 0x5c && s[i + 1] === 0x75) {
            const v2 = hex4(i + 2);
            i += 6;
            if (v2 >= 0xdc00 && v2 <= 0xdfff) v = ((v - 0xd800) << 10) + (v2 - 0xdc00) + 0x10000;
            else { this.setError("invalid-syntax", `invalid Unicode '\\u${hex(v)}\\u${hex(v2)}'`); return; }
          } else { this.setError("invalid-syntax", `invalid Unicode '\\u${hex(v)}'`); return; }
        } else if (v >= 0xdc00 && v <= 0xdfff) { this.setError("invalid-syntax", `invalid Unicode '\\u${hex(v)}'`); return; }
        out.push(...new TextEncoder().encode(String.fromCodePoint(v)));
      } else {
        out.push(e === 0x62 ? 8 : e === 0x66 ? 12 : e === 0x6e ? 10 : e === 0x72 ? 13 : e === 0x74 ? 9 : e);
        i += 2;
      }
    }
    this.value = decode(out);
    this.token = T_STRING;
  }

  private scanNumber(c: number): void {
    this.token = T_INVALID;
    if (c === 0x2d) c = this.getSave();
    if (c === 0x30) {
      c = this.getSave();
      if (isDigit(c)) { this.ungetUnsave(c); return; }
    } else if (isDigit(c)) {
      do c = this.getSave(); while (isDigit(c));
    } else { this.ungetUnsave(c); return; }
    if (c !== 0x2e && c !== 0x45 && c !== 0x65) {
      this.ungetUnsave(c);
      const v = BigInt(decode(this.saved));
      if (v < INT64_MIN) { this.setError("other", "too big negative integer"); return; }
      if (v > INT64_MAX) { this.setError("other", "too big integer"); return; }
      this.token = T_INTEGER;
      this.value = v;
      return;
    }
    if (c === 0x2e) {
      c = this.get();
      if (!isDigit(c)) { this.unget(c); return; }
      this.saved.push(c);
      do c = this.getSave(); while (isDigit(c));
    }
    if (c === 0x45 || c === 0x65) {
      c = this.getSave();
      if (c === 0x2b || c === 0x2d) c = this.getSave();
      if (!isDigit(c)) { this.ungetUnsave(c); return; }
      do c = this.getSave(); while (isDigit(c));
    }
    this.ungetUnsave(c);
    const v = Number(decode(this.saved));
    if (!Number.isFinite(v)) { this.setError("other", "real number overflow"); return; }
    this.token = T_REAL;
    this.value = v;
  }
}

function hex(v: number): string { return v.toString(16).toUpperCase().padStart(4, "0"); }
function decode(bytes: number[]): string { return new TextDecoder().decode(Uint8Array.from(bytes)); }

class JsonParser {
  constructor(private lex: JsonLexer) {}

  value(): JsonParsed | null {
    const lex = this.lex;
    if (++lex.depth > MAX_DEPTH) { lex.setError("other", "maximum parsing depth reached"); return null; }
    let v: JsonParsed | null;
    switch (lex.token) {
      case T_STRING: {
        const s = lex.value as string;
        if (s.includes("\0")) { lex.setError("other", "\\u0000 is not allowed without JSON_ALLOW_NUL"); return null; }
        v = { kind: "string", value: s };
        break;
      }
      case T_INTEGER: v = { kind: "int", value: lex.value as bigint }; break;
      case T_REAL: v = { kind: "real", value: lex.value as number }; break;
      case T_TRUE: v = { kind: "true" }; break;
      case T_FALSE: v = { kind: "false" }; break;
      case T_NULL: v = { kind: "null" }; break;
      case 0x7b: v = this.object(); break;
      case 0x5b: v = this.array(); break;
      case T_INVALID: lex.setError("invalid-syntax", "invalid token"); return null;
      default: lex.setError("invalid-syntax", "unexpected token"); return null;
    }
    if (!v) return null;
    lex.depth--;
    return v;
  }

  private object(): JsonParsed | null {
    const lex = this.lex;
    const entries = new Map<string, JsonParsed>();
    lex.scan();
    if (lex.token === 0x7d) return { kind: "object", entries };
    for (;;) {
      if (lex.token !== T_STRING) { lex.setError("invalid-syntax", "string or '}' expected"); return null; }
      const key = lex.value as string;
      if (key.includes("\0")) { lex.setError("other", "NUL byte in object key not supported"); return null; }
      if (lex.scan() !== 0x3a) { lex.setError("invalid-syntax", "':' expected"); return null; }
      lex.scan();
      const v = this.value();
      if (!v) return null;
      // A repeated key keeps its first place and takes the last value, as jansson's objects do.
      entries.set(key, v);
      if (lex.scan() !== 0x2c) break;
      lex.scan();
    }
    if ((lex.token as number) !== 0x7d) { lex.setError("invalid-syntax", "'}' expected"); return null; }
    return { kind: "object", entries };
  }

  private array(): JsonParsed | null {
    const lex = this.lex;
    const items: JsonParsed[] = [];
    lex.scan();
    if (lex.token === 0x5d) return { kind: "array", items };
    while (lex.token !== T_EOF) {
      const v = this.value();
      if (!v) return null;
      items.push(v);
      lex.scan();
      if (lex.token !== 0x2c) break;
      lex.scan();
    }
    if (lex.token !== 0x5d) { lex.setError("invalid-syntax", "']' expected"); return null; }
    return { kind: "array", items };
  }
}

/**
 * Parses one JSON value (any type, as with jansson's JSON_DECODE_ANY) from BYTES. Unless STOP_AFTER_VALUE
 * (JSON_DISABLE_EOF_CHECK), only whitespace may follow it. Returns the value and the byte position after
 * it, or the error.
 */
export function parseJsonBytes(bytes: Uint8Array, source: string, stopAfterValue: boolean):
  { value: JsonParsed; position: number } | JsonSyntaxError {
  const lex = new JsonLexer(bytes, source);
  const parser = new JsonParser(lex);
  lex.scan();
  const value = parser.value();
  if (!value) return lex.err ?? new JsonSyntaxError("other", "invalid token", source, lex.line, lex.column, lex.position);
  if (!stopAfterValue) {
    lex.scan();
    if (lex.token !== T_EOF) {
      lex.setError("end-expected", "end of file expected");
      return lex.err!;
    }
  }
  return { value, position: lex.position };
}
