// Display width of strings for `format' padding and %s precision (GNU: character.c lisp_string_width,
// char_width and buffer.h CHARACTER_WIDTH, without compositions and display tables).
import { E, findSymbolValue } from "../env.js";
import { jsCharAt, LString, NIL } from "../lisp.js";
import { WIDTH_RUNS } from "../unicode/width.js";

/** Width of a character >= 0x80 from the generated char-width-table runs (binary search). */
function tableWidth(c: number): number {
  const runs = WIDTH_RUNS;
  let lo = 0, hi = (runs.length >> 1) - 1;
  if (c < runs[0]) return 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (runs[mid * 2] <= c) lo = mid; else hi = mid - 1;
  }
  return runs[lo * 2 + 1];
}

/** Buffer-local display settings that widths depend on, with GNU's sanitising (SANE_TAB_WIDTH). */
function tabWidth(): number {
  const sym = E.internSoft("tab-width");
  const v = sym ? findSymbolValue(sym) : 8;
  return typeof v === "number" && v > 0 && v <= 1000 ? v : 8;
}
function ctlArrow(): boolean {
  const sym = E.internSoft("ctl-arrow");
  return sym ? findSymbolValue(sym) !== NIL : true;
}

/** Columns character C occupies (GNU: CHARACTER_WIDTH). */
export function charWidth(c: number): number {
  if (c >= 0x20 && c < 0x7f) return 1;
  if (c > 0x7f) { const w = tableWidth(c); return w >= 0 && w <= 1000 ? w : 1000; }
  if (c === 9) return tabWidth();
  if (c === 10) return 0;
  return ctlArrow() ? 2 : 4;
}

/**
 * Width of STR in columns and the JS index where it ends; with PRECISION > 0, stops before the first
 * character that would make the width exceed PRECISION (GNU: lisp_string_width).
 */
export function stringWidth(str: LString, precision: number): [width: number, jsEnd: number] {
  const s = str.s;
  if (!/[^\x20-\x7e]/.test(s)) {
    if (precision > 0 && precision < s.length) return [precision, precision];
    return [s.length, s.length];
  }
  let width = 0;
  let i = 0;
  while (i < s.length) {
    const c = jsCharAt(s, i);
    const w = charWidth(c);
    if (precision > 0 && precision - width < w) return [width, i];
    width += w;
    i += c >= 0x10000 ? 2 : 1;
  }
  return [width, i];
}
