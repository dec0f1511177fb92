// Editing primitives on the current buffer: point, positions, characters, insertion, deletion, substrings,
// narrowing and the region (GNU: the buffer half of editfns.c).
import { defun, defvar } from "../defun.js";
import { findSymbolValue } from "../env.js";
import { charToJs, defsym, LispObject, LString, MOST_POSITIVE_FIXNUM, NIL, T, Vectorlike } from "../lisp.js";
import {
  argsOutOfRange, checkCharacter, checkFixnum, checkInteger, error, wrongType, xsignal,
  Qcharacterp, Qinteger_or_marker_p,
} from "../signal.js";
import { funcall } from "../eval.js";
import { Buffer, curBuf, errorFmt, getBuffer, nsberror, Qbuffer_undo_list, Qmark_active } from "../buffer.js";
import { Marker, markerPosition } from "../marker.js";
import {
  bufferString, charForBuffer, deleteRange, insertLString, insertText, modifyText, signalAfterChange,
  textForBuffer,
} from "../insdel.js";
import { recordChange } from "../undo.js";
import { currentCaseTables } from "../casefiddle.js";
import { charTableGet } from "../chartab.js";

export const Vtransient_mark_mode = defvar("transient-mark-mode", NIL,
  "Non-nil if Transient Mark mode is enabled.");
export const Vmark_even_if_inactive = defvar("mark-even-if-inactive", T,
  "Non-nil means you can use the mark even when inactive.");
const Qchar_or_string_p = defsym("char-or-string-p");
const Qmark_inactive = defsym("mark-inactive");
const Qcase_fold_search = defsym("case-fold-search");

// ---------------------------------------------------------------------------------------------
// Position arguments.
// ---------------------------------------------------------------------------------------------
/** A position from an integer or marker; bignums saturate (GNU: fix_position). */
export function fixPosition(x: LispObject): number {
  if (typeof x === "number") return x;
  if (x instanceof Marker) return markerPosition(x);
  if (typeof x === "bigint") return x >= 0n ? Number(MOST_POSITIVE_FIXNUM) : -Number(MOST_POSITIVE_FIXNUM);
  return wrongType(Qinteger_or_marker_p, x);
}

/** START and END as an ordered pair inside the accessible portion (GNU: validate_region). */
export function validateRegion(start: LispObject, end: LispObject): [number, number] {
  let beg = fixPosition(start), e = fixPosition(end);
  if (e < beg) { const t = beg; beg = e; e = t; }
  const b = curBuf();
  if (!(b.begv <= beg && e <= b.zv)) argsOutOfRange(b, start, end);
  return [beg, e];
}

/** Clips POS to the accessible portion of B. */
export function clipToBounds(lo: number, pos: number, hi: number): number {
  return pos < lo ? lo : pos > hi ? hi : pos;
}

// ---------------------------------------------------------------------------------------------
// Point and the accessible portion.
// ---------------------------------------------------------------------------------------------
defun("point", "()", "Return value of point, as an integer.", () => curBuf().pt);
defun("point-min", "()", "Return the minimum permissible value of point in the current buffer.", () => curBuf().begv);
defun("point-max", "()", "Return the maximum permissible value of point in the current buffer.", () => curBuf().zv);

defun("goto-char", "(position)", "Set point to POSITION, a number or marker.", (position) => {
  const b = curBuf();
  if (position instanceof Marker) b.pt = clipToBounds(b.begv, markerPosition(position), b.zv);
  else if (typeof position === "number") b.pt = clipToBounds(b.begv, position, b.zv);
  else if (typeof position === "bigint" && position <= MOST_POSITIVE_FIXNUM && position >= -MOST_POSITIVE_FIXNUM - 1n) {
    // A fixnum in GNU's 62-bit range that JS holds as a bigint.
    b.pt = position > 0n ? b.zv : b.begv;
  }
  else wrongType(Qinteger_or_marker_p, position);
  return position;
}, { interactive: "NGoto char: " });

defun("buffer-size", "(&optional buffer)", "Return the number of characters in the current buffer.", (buffer) => {
  if (buffer === NIL) return curBuf().z - 1;
  if (!(buffer instanceof Buffer)) return wrongType(defsym("bufferp"), buffer);
  return buffer.z - 1;
});

defun("bobp", "()", "Return t if point is at the beginning of the buffer.", () => { const b = curBuf(); return b.pt === b.begv ? T : NIL; });
defun("eobp", "()", "Return t if point is at the end of the buffer.", () => { const b = curBuf(); return b.pt === b.zv ? T : NIL; });
defun("bolp", "()", "Return t if point is at the beginning of a line.", () => {
  const b = curBuf();
  return b.pt === b.begv || b.charAt(b.pt - 1) === 10 ? T : NIL;
});
defun("eolp", "()", "Return t if point is at the end of a line.", () => {
  const b = curBuf();
  return b.pt === b.zv || b.charAt(b.pt) === 10 ? T : NIL;
});

defun("char-after", "(&optional pos)", "Return character in current buffer at position POS.", (pos) => {
  const b = curBuf();
  const p = pos === NIL ? b.pt : fixPosition(pos);
  if (p < b.begv || p >= b.zv) return NIL;
  return b.charAt(p);
});
defun("char-before", "(&optional pos)", "Return character in current buffer preceding position POS.", (pos) => {
  const b = curBuf();
  const p = pos === NIL ? b.pt : fixPosition(pos);
  if (p <= b.begv || p > b.zv) return NIL;
  return b.charAt(p - 1);
});
defun("following-char", "()", "Return the character following point, as a number.", () => {
  const b = curBuf();
  return b.pt >= b.zv ? 0 : b.charAt(b.pt);
});
defun("preceding-char", "()", "Return the character preceding point, as a number.", () => {
  const b = curBuf();
  return b.pt <= b.begv ? 0 : b.charAt(b.pt - 1);
});

// ---------------------------------------------------------------------------------------------
// Lines.
// ---------------------------------------------------------------------------------------------
/**
 * GNU find_newline from START toward the accessible limit: COUNT > 0 finds the COUNT-th newline forward
 * and answers the position after it; COUNT <= 0 finds the (1 - COUNT)-th... newline backward (COUNT is
 * the signed count to find) and answers the position after it. Returns [pos, counted] where counted is
 * the signed number found; when not enough were found, pos is the limit.
 */
export function findNewline(b: Buffer, start: number, count: number): [number, number] {
  const gb = b.text.gb;
  if (count > 0) {
    const r = gb.forwardOccurrences(10, start - 1, b.zv - 1, count);
    if (r >= 0) return [r + 1, count];
    return [b.zv, -r - 1];
  }
  if (count === 0) return [start, 0];
  const r = gb.backwardOccurrences(10, start - 1, b.begv - 1, -count);
  if (r >= 0) return [r + 2, count];
  return [b.begv, r + 1];
}

/** Position of the start of the line N - 1 lines from point (GNU: scan_newline_from_point for bol). */
export function lineBeginningPosition(b: Buffer, n: number): number {
  const count = n - 1;
  return count <= 0 ? findNewline(b, b.pt, count - 1)[0] : findNewline(b, b.pt, count)[0];
}

/** Position of the end of the line N - 1 lines from point (GNU: find_before_next_newline). */
export function lineEndPosition(b: Buffer, n: number): number {
  const cnt = n - (n <= 0 ? 1 : 0);
  const [pos, counted] = findNewline(b, b.pt, cnt);
  return counted === cnt && cnt !== 0 ? pos - 1 : pos;
}

function lineArg(n: LispObject): number {
  if (n === NIL) return 1;
  if (typeof n === "number") return n;
  if (typeof n === "bigint") return n > 0n ? Number.MAX_SAFE_INTEGER : -Number.MAX_SAFE_INTEGER;
  return wrongType(defsym("integerp"), n);
}

/** Field constraint of line motion (buffer-fields.ts installs constrain-to-field). */
let fieldConstraint: (pos: number, old: number, escape: LispObject) => number = (pos) => pos;
export function setFieldConstraint(f: typeof fieldConstraint): void { fieldConstraint = f; }

/** line-beginning-position: the line start, kept inside the field of point (GNU: Fline_beginning_position). */
export function lineBeginningConstrained(b: Buffer, n: number): number {
  return fieldConstraint(lineBeginningPosition(b, n), b.pt, n !== 1 ? T : NIL);
}
/** line-end-position: the line end, kept inside the field of point (GNU: Fline_end_position). */
export function lineEndConstrained(b: Buffer, n: number): number {
  return fieldConstraint(lineEndPosition(b, n), b.pt, NIL);
}

defun("line-beginning-position", "(&optional n)", "Return the character position of the first character on the current line.",
  (n) => lineBeginningConstrained(curBuf(), lineArg(n)));
defun("line-end-position", "(&optional n)", "Return the character position of the last character on the current line.",
  (n) => lineEndConstrained(curBuf(), lineArg(n)));

// ---------------------------------------------------------------------------------------------
// Substrings.
// ---------------------------------------------------------------------------------------------
defun("buffer-substring", "(start end)", "Return the contents of part of the current buffer as a string.", (start, end) => {
  const [s, e] = validateRegion(start, end);
  return bufferString(curBuf(), s, e, true);
});
defun("buffer-substring-no-properties", "(start end)", "Return the characters of part of the buffer, without the text properties.",
  (start, end) => {
    const [s, e] = validateRegion(start, end);
    return bufferString(curBuf(), s, e, false);
  });
defun("buffer-string", "()", "Return the contents of the current buffer as a string.", () => {
  const b = curBuf();
  return bufferString(b, b.begv, b.zv, true);
});

// ---------------------------------------------------------------------------------------------
// Insertion.
// ---------------------------------------------------------------------------------------------
/** GNU general_insert_function: strings and characters, each inserted (and hooked) separately. */
function generalInsert(args: LispObject[], inherit: boolean, beforeMarkers: boolean): LispObject {
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a instanceof LString) insertLString(a, inherit, beforeMarkers);
    else if (typeof a === "number" && a >= 0 && a <= 0x3fffff) {
      const b = curBuf();
      const c = charForBuffer(a, b.multibyte);
      insertText(b.multibyte ? charToJs(c) : String.fromCharCode(c), 1, null, inherit, beforeMarkers, c < 0x80);
    } else wrongType(Qchar_or_string_p, a);
  }
  return NIL;
}
defun("insert", "(&rest args)", "Insert the arguments, either strings or characters, at point.",
  (...args: LispObject[]) => generalInsert(args, false, false));
defun("insert-and-inherit", "(&rest args)", "Insert the arguments at point, inheriting properties from adjoining text.",
  (...args: LispObject[]) => generalInsert(args, true, false));
defun("insert-before-markers", "(&rest args)", "Insert strings or characters at point, relocating markers after the text.",
  (...args: LispObject[]) => generalInsert(args, false, true));
defun("insert-before-markers-and-inherit", "(&rest args)", "Insert text at point, relocating markers and inheriting properties.",
  (...args: LispObject[]) => generalInsert(args, true, true));

defun("insert-char", "(character &optional count inherit)", "Insert COUNT copies of CHARACTER.", (character, count, inherit) => {
  const c0 = checkCharacter(character);
  let n: number;
  if (count === NIL) n = 1;
  else n = checkFixnum(count);
  if (n <= 0) return NIL;
  const b = curBuf();
  const c = charForBuffer(c0, b.multibyte);
  const unit = b.multibyte ? charToJs(c) : String.fromCharCode(c);
  insertText(unit.repeat(n), n, null, inherit !== NIL, false);
  return NIL;
}, { interactive: "(list (read-char-by-name \"Insert character (Unicode name or hex): \") (prefix-numeric-value current-prefix-arg) t))" });

defun("insert-byte", "(byte count &optional inherit)", "Insert COUNT copies of BYTE.", (byte, count, inherit) => {
  const v = checkFixnum(byte);
  if (v < 0 || v > 255) argsOutOfRange(byte, 0, 255);
  const c = v >= 128 && curBuf().multibyte ? 0x3fff00 + v : v;
  return funcall(defsym("insert-char"), c, count, inherit);
});

defun("insert-buffer-substring", "(buffer &optional start end)", "Insert before point a substring of the contents of BUFFER.",
  (buffer, start, end) => {
    const bf = getBuffer(buffer);
    if (bf === NIL) nsberror(buffer);
    const src = bf as Buffer;
    if (!src.live) error("Selecting deleted buffer");
    let s = start === NIL ? src.begv : fixPosition(start);
    let e = end === NIL ? src.zv : fixPosition(end);
    if (s > e) { const t = s; s = e; e = t; }
    if (!(src.begv <= s && e <= src.zv)) argsOutOfRange(start, end);
    const str = bufferString(src, s, e, true);
    insertLString(str, false, false);
    return NIL;
  });

// ---------------------------------------------------------------------------------------------
// Deletion.
// ---------------------------------------------------------------------------------------------
defun("delete-region", "(start end)", "Delete the text between START and END.", (start, end) => {
  const [s, e] = validateRegion(start, end);
  deleteRange(s, e, false);
  return NIL;
}, { interactive: "r" });

defun("delete-and-extract-region", "(start end)", "Delete the text between START and END and return it.", (start, end) => {
  const [s, e] = validateRegion(start, end);
  if (s === e) return new LString("", false);
  return deleteRange(s, e, true) ?? new LString("", false);
});

// ---------------------------------------------------------------------------------------------
// Narrowing.
// ---------------------------------------------------------------------------------------------
defun("widen", "()", "Remove restrictions (narrowing) from current buffer.", () => {
  const b = curBuf();
  b.begv = 1;
  b.zv = b.z;
  return NIL;
}, { interactive: "" });

defun("narrow-to-region", "(start end)", "Restrict editing in this buffer to the current region.", (start, end) => {
  let s = fixPosition(start), e = fixPosition(end);
  if (s > e) { const t = s; s = e; e = t; }
  const b = curBuf();
  if (!(1 <= s && e <= b.z)) argsOutOfRange(start, end);
  b.begv = s;
  b.zv = e;
  if (b.pt < s) b.pt = s;
  if (b.pt > e) b.pt = e;
  return NIL;
}, { interactive: "r" });

// ---------------------------------------------------------------------------------------------
// The mark and the region.
// ---------------------------------------------------------------------------------------------
defun("mark-marker", "()", "Return this buffer's mark, as a marker object.", () => curBuf().mark);

function regionLimit(beginning: boolean): number {
  const b = curBuf();
  if (findSymbolValue(Vtransient_mark_mode) !== NIL && findSymbolValue(Vmark_even_if_inactive) === NIL
    && b.locals.get(Qmark_active) === NIL) xsignal(Qmark_inactive);
  const mc = b.mark.c;
  if (mc.buf === null) error("The mark is not set now, so there is no region");
  const m = mc.pos;
  return (b.pt < m) === beginning ? b.pt : clipToBounds(b.begv, m, b.zv);
}
defun("region-beginning", "()", "Return the integer value of point or mark, whichever is smaller.", () => regionLimit(true));
defun("region-end", "()", "Return the integer value of point or mark, whichever is larger.", () => regionLimit(false));

// ---------------------------------------------------------------------------------------------
// Comparing and substituting.
// ---------------------------------------------------------------------------------------------
function decodeLiveBuffer(x: LispObject): Buffer {
  if (x === NIL) return curBuf();
  const b = getBuffer(x);
  if (b === NIL) nsberror(x);
  if (!(b as Buffer).live) error("Selecting deleted buffer");
  return b as Buffer;
}

function regionIn(b: Buffer, start: LispObject, end: LispObject): [number, number] {
  let s = start === NIL ? b.begv : fixPosition(start);
  let e = end === NIL ? b.zv : fixPosition(end);
  if (s > e) { const t = s; s = e; e = t; }
  if (!(b.begv <= s && s <= e && e <= b.zv)) argsOutOfRange(start, end);
  return [s, e];
}

defun("compare-buffer-substrings", "(buffer1 start1 end1 buffer2 start2 end2)",
  "Compare two substrings of two buffers; return result as number.",
  (buffer1, start1, end1, buffer2, start2, end2) => {
    const b1 = decodeLiveBuffer(buffer1);
    const [s1, e1] = regionIn(b1, start1, end1);
    const b2 = decodeLiveBuffer(buffer2);
    const [s2, e2] = regionIn(b2, start2, end2);
    const fold = findSymbolValue(Qcase_fold_search) !== NIL;
    const canon = fold ? currentCaseTables().canon : null;
    const len1 = e1 - s1, len2 = e2 - s2;
    const n = Math.min(len1, len2);
    for (let i = 0; i < n; i++) {
      let c1 = b1.charAt(s1 + i), c2 = b2.charAt(s2 + i);
      if (canon !== null) {
        const t1 = charTableGet(canon, c1), t2 = charTableGet(canon, c2);
        if (typeof t1 === "number") c1 = t1;
        if (typeof t2 === "number") c2 = t2;
      }
      if (c1 !== c2) return c1 < c2 ? -(i + 1) : i + 1;
    }
    if (len1 < len2) return -(n + 1);
    if (len1 > len2) return n + 1;
    return 0;
  });

/** Bytes of C in Emacs's internal multibyte encoding. */
export function charBytes(c: number): number {
  if (c < 0x80) return 1;
  if (c < 0x800) return 2;
  if (c < 0x10000) return 3;
  if (c < 0x200000) return 4;
  if (c < 0x3fff80) return 5;
  return 2;
}

defun("subst-char-in-region", "(start end fromchar tochar &optional noundo)",
  "From START to END, replace FROMCHAR with TOCHAR each time it occurs.", (start, end, fromchar, tochar, noundo) => {
    let [s, e] = validateRegion(start, end);
    const fromc = checkCharacter(fromchar), toc = checkCharacter(tochar);
    let b = curBuf();
    if (b.multibyte && charBytes(fromc) !== charBytes(toc)) {
      errorFmt("Characters in `subst-char-in-region' have different byte-lengths");
    }
    const from = charForBuffer(fromc, b.multibyte), to = charForBuffer(toc, b.multibyte);
    const first = b.text.gb.indexOf(from, s - 1, e - 1);
    if (first < 0) return NIL;
    // NOUNDO: no undo entries and no first-change entry (GNU binds the undo list to t meanwhile).
    const noUndo = noundo !== NIL;
    const saved = b.locals.get(Qbuffer_undo_list);
    if (noUndo) b.locals.set(Qbuffer_undo_list, T);
    try {
      // Announce the change of [first, end), then rescan: the hooks may have edited the buffer.
      modifyText(first + 1, e);
      b = curBuf();
      if (noUndo) {
        const t = b.text;
        if (t.saveModiff === t.modiff - 1) t.saveModiff = t.modiff;
        if (b.autoSaveModiff === t.modiff - 1) b.autoSaveModiff = t.modiff;
      }
      [s, e] = validateRegion(start, end);
      let changed = 0, last = 0;
      const g = b.text.gb;
      const oldText = b.multibyte ? charToJs(from) : String.fromCharCode(from);
      for (let i = g.indexOf(from, s - 1, e - 1); i >= 0; i = g.indexOf(from, i + 1, e - 1)) {
        const pos = i + 1;
        if (!noUndo) recordChange(b, pos, new LString(oldText, b.multibyte));
        g.setChar(i, to);
        if (changed === 0) changed = pos;
        last = pos + 1;
      }
      if (changed > 0) signalAfterChange(changed, last - changed, last - changed);
    } finally {
      if (noUndo && saved !== undefined) b.locals.set(Qbuffer_undo_list, saved);
    }
    return NIL;
  });

// ---------------------------------------------------------------------------------------------
// Byte positions (Emacs's internal UTF-8-based encoding: multibyte buffers count bytes per character).
// ---------------------------------------------------------------------------------------------
defun("position-bytes", "(position)", "Return the byte position for character position POSITION.", (position) => {
  const b = curBuf();
  const pos = fixPosition(position);
  if (pos < b.begv || pos > b.zv) return NIL;
  if (!b.multibyte) return pos;
  const gb = b.text.gb;
  if (gb.maxChar(0, pos - 1) < 0x80) return pos;
  let bytes = 1;
  for (let i = 0; i < pos - 1; i++) bytes += charBytes(gb.charAt(i));
  return bytes;
});

defun("byte-to-position", "(bytepos)", "Return the character position for byte position BYTEPOS.", (bytepos) => {
  const b = curBuf();
  const bp = Number(checkInteger(bytepos));
  if (bp < 1) return NIL;
  const gb = b.text.gb;
  if (!b.multibyte) return bp <= b.z ? bp : NIL;
  let bytes = 1;
  for (let i = 0; i < gb.length; i++) {
    const nb = charBytes(gb.charAt(i));
    if (bp < bytes + nb) return i + 1;
    bytes += nb;
  }
  return bp === bytes ? gb.length + 1 : NIL;
});

defun("gap-position", "()", "Return the position of the gap, in the current buffer.", () => curBuf().text.gb.gapPosition + 1);
defun("gap-size", "()", "Return the size of the current buffer's gap.", () => curBuf().text.gb.gapSize);

void Qcharacterp; void textForBuffer; void Vectorlike;
