// The JS-string encoding of Emacs characters, shared by Lisp strings and buffer text (knows nothing of
// Lisp). One UTF-16 unit or surrogate pair per Unicode character; characters beyond Unicode (#x110000..
// #x3FFFFF, including raw bytes #x3FFF80..#x3FFFFF) as a *reversed* surrogate pair (low surrogate first),
// which well-formed text never contains.
export const MAX_CHAR = 0x3fffff;
export const MAX_UNICODE_CHAR = 0x10ffff;
export const BYTE8_FIRST = 0x3fff80;

export function charToJs(c: number): string {
  if (c < 0x10000) return String.fromCharCode(c);
  if (c <= 0x10ffff) return String.fromCodePoint(c);
  // Extended character: index 0..127 for raw bytes, then #x110000 upward.
  const idx = c >= BYTE8_FIRST ? c - BYTE8_FIRST : 128 + (c - 0x110000);
  if (idx >= 1 << 20) throw new RangeError("character beyond the supported extended range");
  return String.fromCharCode(0xdc00 | (idx & 0x3ff), 0xd800 | (idx >> 10));
}

/** The character starting at JS index i (it occupies jsCharWidth(c) units). */
export function jsCharAt(s: string, i: number): number {
  const u = s.charCodeAt(i);
  if (u < 0xd800 || u > 0xdfff) return u;
  const u2 = s.charCodeAt(i + 1);
  if (u < 0xdc00) {
    if (u2 >= 0xdc00 && u2 <= 0xdfff) return ((u - 0xd800) << 10) + (u2 - 0xdc00) + 0x10000;
    return u;
  }
  if (u2 >= 0xd800 && u2 <= 0xdbff) {
    const idx = ((u2 - 0xd800) << 10) | (u - 0xdc00);
    return idx < 128 ? BYTE8_FIRST + idx : 0x110000 + idx - 128;
  }
  return u;
}
export function jsCharWidth(c: number): number { return c >= 0x10000 ? 2 : 1; }

const SURROGATE = /[\ud800-\udfff]/;
export function hasSurrogates(s: string): boolean {
  // Long strings go to the regexp engine, which scans natively (and flattens a rope once, where charCodeAt
  // in a loop walks the rope for every character: 10 MB from `repeat` took 170 ms that way).
  if (s.length > 64) return SURROGATE.test(s);
  for (let i = 0; i < s.length; i++) { const u = s.charCodeAt(i); if (u >= 0xd800 && u <= 0xdfff) return true; }
  return false;
}

