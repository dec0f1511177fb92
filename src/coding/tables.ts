// Byte↔character tables of the charset-based coding systems — single-byte (ISO-8859-x, windows-125x,
// KOI8, mac-roman) and the CJK multi-byte ones (EUC-JP, Shift_JIS, EUC-KR, GB2312, GBK, Big5) — derived
// from the WHATWG decoders built into the JS runtime (GNU: the charset maps under etc/charsets used by
// coding.c's charset-based decoders). Knows nothing of Lisp.

/** A decoded unit: the character, or -1 when the bytes are not valid in the encoding. */
const decoders = new Map<string, TextDecoder>();
function decoderFor(label: string): TextDecoder {
  let d = decoders.get(label);
  if (!d) { d = new TextDecoder(label, { fatal: true }); decoders.set(label, d); }
  return d;
}

/** The single code point BYTES decode to in LABEL, or -1 when they are invalid or decode to more. */
/**
 * windows-1252's bytes #x80..#x9F (the published code page; 0 marks its five holes). Node's TextDecoder
 * decodes "windows-1252" as ISO-8859-1, which gives C1 controls there.
 */
const WINDOWS_1252_C1 = [
  0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017d, 0,
  0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0, 0x017e, 0x0178,
];

function decodeOne(label: string, bytes: number[]): number {
  if (label === "windows-1252" && bytes.length === 1 && bytes[0] >= 0x80 && bytes[0] <= 0x9f) {
    return WINDOWS_1252_C1[bytes[0] - 0x80] || 0x80 + (bytes[0] - 0x80);
  }
  let s: string;
  try { s = decoderFor(label).decode(Uint8Array.from(bytes)); } catch { return -1; }
  const cp = s.codePointAt(0);
  if (cp === undefined || s.length !== (cp >= 0x10000 ? 2 : 1) || cp === 0xfffd) return -1;
  return cp;
}

export interface SingleByteTable {
  /**
   * Character of each byte: -1 outside the charset, -2 inside its code space but unmapped (windows-125x's
   * holes, which the runtime's decoders give as C1 controls): GNU decodes both to raw bytes.
   */
  decode: Int32Array;
  encode: Map<number, number>;
}

const singleTables = new Map<string, SingleByteTable>();

/** The table of a single-byte encoding (bytes the encoding leaves unassigned decode to -1). */
export function singleByteTable(label: string): SingleByteTable {
  let t = singleTables.get(label);
  if (t) return t;
  const decode = new Int32Array(256);
  const encode = new Map<number, number>();
  for (let b = 0; b < 256; b++) {
    let c = b < 0x80 ? b : decodeOne(label, [b]);
    if (label.startsWith("windows-") && c >= 0x80 && c <= 0x9f) c = -2;
    decode[b] = c;
    if (c >= 0 && !encode.has(c)) encode.set(c, b);
  }
  t = { decode, encode };
  singleTables.set(label, t);
  return t;
}

/** How a multi-byte encoding's sequences are shaped, and the charset each kind belongs to. */
export interface MultiByteSpec {
  label: string;
  /** Length of the sequence starting with LEAD (0: invalid lead, 1: a single byte), given the next byte. */
  length(lead: number, next: number): number;
  /** Whether byte I (1-based within the sequence) is a valid trail byte. */
  trail(i: number, b: number, lead: number): boolean;
  /** Charset name of a sequence, for the `charset' text property GNU puts on decoded text. */
  charset(bytes: number[]): string;
  /** Every valid sequence, for the reverse (encoding) table. */
  sequences(): Iterable<number[]>;
}

const inRange = (b: number, lo: number, hi: number) => b >= lo && b <= hi;

function* pairs(leads: [number, number][], trails: [number, number][], prefix: number[] = []): Iterable<number[]> {
  for (const [l0, l1] of leads) for (let a = l0; a <= l1; a++)
    for (const [t0, t1] of trails) for (let b = t0; b <= t1; b++) yield [...prefix, a, b];
}

export const MULTIBYTE: Record<string, MultiByteSpec> = {
  "euc-jp": {
    label: "euc-jp",
    length: (lead) => (lead < 0x80 ? 1 : lead === 0x8e ? 2 : lead === 0x8f ? 3 : inRange(lead, 0xa1, 0xfe) ? 2 : 0),
    trail: (_i, b, lead) => (lead === 0x8e ? inRange(b, 0xa1, 0xdf) : inRange(b, 0xa1, 0xfe)),
    charset: (s) => (s[0] === 0x8e ? "katakana-jisx0201" : s[0] === 0x8f ? "japanese-jisx0212" : "japanese-jisx0208"),
    *sequences() {
      yield* pairs([[0xa1, 0xfe]], [[0xa1, 0xfe]]);
      for (let b = 0xa1; b <= 0xdf; b++) yield [0x8e, b];
      yield* pairs([[0xa1, 0xfe]], [[0xa1, 0xfe]], [0x8f]);
    },
  },
  "shift_jis": {
    label: "shift_jis",
    length: (lead) => (lead < 0x80 || inRange(lead, 0xa1, 0xdf) ? 1 : inRange(lead, 0x81, 0x9f) || inRange(lead, 0xe0, 0xef) ? 2 : 0),
    trail: (_i, b) => inRange(b, 0x40, 0x7e) || inRange(b, 0x80, 0xfc),
    charset: (s) => (s.length === 1 ? "katakana-jisx0201" : "japanese-jisx0208"),
    *sequences() {
      for (let b = 0xa1; b <= 0xdf; b++) yield [b];
      yield* pairs([[0x81, 0x9f], [0xe0, 0xef]], [[0x40, 0x7e], [0x80, 0xfc]]);
    },
  },
  "euc-kr": {
    label: "euc-kr",
    length: (lead) => (lead < 0x80 ? 1 : inRange(lead, 0xa1, 0xfe) ? 2 : 0),
    trail: (_i, b) => inRange(b, 0xa1, 0xfe),
    charset: () => "korean-ksc5601",
    sequences: () => pairs([[0xa1, 0xfe]], [[0xa1, 0xfe]]),
  },
  "gb2312": {
    label: "gbk",
    length: (lead) => (lead < 0x80 ? 1 : inRange(lead, 0xa1, 0xf7) ? 2 : 0),
    trail: (_i, b) => inRange(b, 0xa1, 0xfe),
    charset: () => "chinese-gb2312",
    sequences: () => pairs([[0xa1, 0xf7]], [[0xa1, 0xfe]]),
  },
  "gbk": {
    label: "gbk",
    length: (lead) => (lead < 0x80 ? 1 : inRange(lead, 0x81, 0xfe) ? 2 : 0),
    trail: (_i, b) => inRange(b, 0x40, 0x7e) || inRange(b, 0x80, 0xfe),
    charset: () => "chinese-gbk",
    sequences: () => pairs([[0x81, 0xfe]], [[0x40, 0x7e], [0x80, 0xfe]]),
  },
  "big5": {
    label: "big5",
    length: (lead) => (lead < 0x80 ? 1 : inRange(lead, 0xa1, 0xf9) ? 2 : 0),
    trail: (_i, b) => inRange(b, 0x40, 0x7e) || inRange(b, 0xa1, 0xfe),
    charset: () => "big5",
    sequences: () => pairs([[0xa1, 0xf9]], [[0x40, 0x7e], [0xa1, 0xfe]]),
  },
};

const seqCache = new Map<string, Map<number, number>>();
const reverseCache = new Map<string, Map<number, number[]>>();

function seqKey(s: number[]): number { return s.reduce((k, b) => k * 256 + b, 0); }

/** The character of multi-byte sequence S in SPEC (-1 invalid), cached. */
export function decodeSequence(spec: MultiByteSpec, s: number[]): number {
  let m = seqCache.get(spec.label);
  if (!m) { m = new Map(); seqCache.set(spec.label, m); }
  const k = seqKey(s);
  let c = m.get(k);
  if (c === undefined) { c = decodeOne(spec.label, s); m.set(k, c); }
  return c;
}

/** The bytes encoding character C in SPEC, or undefined (the table is built on first use). */
export function encodeChar(name: string, c: number): number[] | undefined {
  let m = reverseCache.get(name);
  if (!m) {
    m = new Map();
    const spec = MULTIBYTE[name];
    for (const s of spec.sequences()) {
      const ch = decodeSequence(spec, s);
      if (ch >= 0x80 && !m.has(ch)) m.set(ch, s);
    }
    reverseCache.set(name, m);
  }
  return m.get(c);
}

/** Decodes BYTES with SPEC: characters, raw-byte markers (-1 - byte) for invalid bytes, and charset runs. */
export function decodeMultiByte(spec: MultiByteSpec, bytes: ArrayLike<number>, start: number):
  { chars: number[]; charsets: (string | null)[] } {
  const chars: number[] = [];
  const charsets: (string | null)[] = [];
  const n = bytes.length;
  for (let i = start; i < n;) {
    const lead = bytes[i];
    const len = spec.length(lead, i + 1 < n ? bytes[i + 1] : -1);
    if (len === 1 && lead < 0x80) { chars.push(lead); charsets.push(null); i++; continue; }
    let ok = len >= 1 && i + len <= n;
    for (let k = 1; ok && k < len; k++) ok = spec.trail(k, bytes[i + k], lead);
    if (ok) {
      const seq = Array.prototype.slice.call(bytes, i, i + len) as number[];
      const c = decodeSequence(spec, seq);
      if (c >= 0) { chars.push(c); charsets.push(spec.charset(seq)); i += len; continue; }
    }
    chars.push(-1 - lead);
    charsets.push(null);
    i++;
  }
  return { chars, charsets };
}
