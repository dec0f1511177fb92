// Insertion, deletion and replacement in the current buffer, with read-only checks, change hooks,
// marker, undo and modification-count bookkeeping (GNU: insdel.c).
import { Buffer as NodeBuffer } from "node:buffer";
import { defun, defvar } from "./defun.js";
import { E, findSymbolValue, setInternal, specbind, unbindTo } from "./env.js";
import { charToJs, Cons, defsym, LispObject, LString, NIL, Redirect, T, UNBOUND } from "./lisp.js";
import { checkFixnum, LispSignal, xsignal } from "./signal.js";
import { funcall } from "./eval.js";
import {
  Buffer, BufferText, curBuf, setBuffer, setInsertFunctions, Qbuffer_read_only, Qbuffer_undo_list,
} from "./buffer.js";
import { adjustForDelete, adjustForInsert, adjustForReplace, detachCell, makeCell, Marker, setCellPos } from "./marker.js";
import { recordDelete, recordFirstChange, recordInsert, undoEnabled } from "./undo.js";
import { lockBeforeFirstChange } from "./fileio/lock.js";

export const Vinhibit_read_only = defvar("inhibit-read-only", NIL,
  "Non-nil means disregard read-only status of buffers or characters.");
export const Vinhibit_modification_hooks = defvar("inhibit-modification-hooks", NIL,
  "Non-nil means don't run any of the hooks that respond to buffer changes.");
export const Vbefore_change_functions = defvar("before-change-functions", NIL,
  "List of functions to call before each text change.");
export const Vafter_change_functions = defvar("after-change-functions", NIL,
  "List of functions to call after each text change.");
export const Vfirst_change_hook = defvar("first-change-hook", NIL,
  "A list of functions to call before changing a buffer which is unmodified.");
/** keyboard.c's variable; buffer changes set it (GNU: prepare_to_modify_buffer_1). */
export const Vdeactivate_mark = defvar("deactivate-mark", NIL,
  "If an editing command sets this to t, deactivate the mark afterward.");
defvar("combine-after-change-calls", NIL, "Used internally by the function `combine-after-change-calls' macro.");

const Qbuffer_read_only_err = defsym("buffer-read-only");
const Qinhibit_read_only = defsym("inhibit-read-only");
const Qundo_auto__undoable_change = defsym("undo-auto--undoable-change");
const Qrun_hook_with_args = defsym("run-hook-with-args");
const Qrun_hooks = defsym("run-hooks");
const Qpoint_before_scroll = defsym("point-before-scroll");

/**
 * Text-property hooks (textprop.ts fills them in; GNU: intervals.c calls made from insdel.c). All
 * positions are 1-based buffer positions in the current buffer.
 */
export interface TextHooks {
  /** Shift intervals for DELTA characters inserted (> 0) or deleted (< 0) at POS (GNU: offset_intervals). */
  offset?(b: Buffer, pos: number, delta: number): void;
  /** Give the N characters inserted at POS the properties of SRC (or of their neighbours when INHERIT). */
  graft?(b: Buffer, src: LString | null, pos: number, n: number, inherit: boolean): void;
  /** Signal if [START, END) may not be changed because of read-only properties (verify_interval_modification). */
  verify?(b: Buffer, start: number, end: number): void;
  /** Text property PROP at POS, for barf-if-buffer-read-only. */
  get?(b: Buffer, pos: number, prop: LispObject): LispObject;
  /** Copy the properties of [FROM, TO) onto string S (GNU: copy_intervals_to_string). */
  toString?(b: Buffer, from: number, to: number, s: LString): void;
  /** Run insert-in-front-hooks / insert-behind-hooks after an insertion (report_interval_modification). */
  afterInsert?(b: Buffer, from: number, to: number): void;
  /** Whether afterInsert has hooks to run (lets insertions without them skip binding inhibit-modification-hooks). */
  pendingInsertHooks?(): boolean;
}
export const textHooks: TextHooks = {};

/** Overlay bookkeeping around changes (buffer/overlays.ts fills it in; GNU: the overlay calls in insdel.c). */
export interface OverlayChangeHooks {
  /** Whether B has overlays at all (GNU: buffer_has_overlays). */
  has(b: Buffer): boolean;
  /** Collects and runs modification hooks of overlays before a change of [START, END) (report_overlay_modification). */
  before(b: Buffer, start: number, end: number): void;
  /** Runs the collected hooks after the change. */
  after(b: Buffer, charpos: number, lenins: number, lendel: number): void;
  /** After N characters were inserted at POS (adjust_overlays_for_insert, fix_start_end_in_overlays). */
  inserted(b: Buffer, pos: number, n: number): void;
  /** After N characters were deleted at POS (adjust_overlays_for_delete; evaporate_overlays when EVAPORATE). */
  deleted(b: Buffer, pos: number, n: number, evaporate: boolean): void;
}
export let overlayChange: OverlayChangeHooks | null = null;
export function setOverlayChangeHooks(h: OverlayChangeHooks): void { overlayChange = h; }

// ---------------------------------------------------------------------------------------------
// Converting inserted text to the buffer's representation.
// ---------------------------------------------------------------------------------------------
const SURROGATE = /[\ud800-\udfff]/;

/** Whether S is pure ASCII (node's native UTF-8 length is the fastest test for longer strings). */
export function isAscii(s: string): boolean {
  const n = s.length;
  if (n > 16) return NodeBuffer.byteLength(s, "utf8") === n;
  for (let i = 0; i < n; i++) if (s.charCodeAt(i) > 0x7f) return false;
  return true;
}

/** Number of characters in a JS string in the tsmacs encoding. */
export function charCount(s: string): number {
  if (!SURROGATE.test(s)) return s.length;
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const u = s.charCodeAt(i);
    n++;
    if (u >= 0xd800 && u <= 0xdfff) {
      const u2 = s.charCodeAt(i + 1);
      if ((u < 0xdc00 && u2 >= 0xdc00 && u2 <= 0xdfff) || (u >= 0xdc00 && u2 >= 0xd800 && u2 <= 0xdbff)) i++;
    }
  }
  return n;
}

/** STR's text as the buffer stores it: unibyte bytes become raw-byte characters in a multibyte buffer, and
 * characters become bytes (their low 8 bits) in a unibyte buffer (GNU: copy_text). */
export function textForBuffer(str: LString, multibyte: boolean): string {
  const s = str.s;
  if (multibyte) {
    if (str.multibyte || isAscii(s)) return s;
    let out = "";
    for (let i = 0; i < s.length; i++) { const u = s.charCodeAt(i); out += u < 0x80 ? s[i] : charToJs(0x3fff00 + u); }
    return out;
  }
  if (!str.multibyte || isAscii(s)) return s;
  let out = "";
  for (const c of str.chars()) out += String.fromCharCode(c & 0xff);
  return out;
}

/** Character C as the buffer stores it. */
export function charForBuffer(c: number, multibyte: boolean): number {
  return multibyte ? c : c & 0xff;
}

// ---------------------------------------------------------------------------------------------
// Before and after changes.
// ---------------------------------------------------------------------------------------------
/** GNU Fbarf_if_buffer_read_only. */
export function barfIfReadOnly(b: Buffer, pos: number): void {
  if (b.locals.get(Qbuffer_read_only) === NIL || b.locals.get(Qbuffer_read_only) === undefined) return;
  if (findSymbolValue(Vinhibit_read_only) !== NIL) return;
  if (textHooks.get && textHooks.get(b, pos, Qinhibit_read_only) !== NIL) return;
  xsignal(Qbuffer_read_only_err, b);
}

/** Whether inhibit-modification-hooks is non-nil (asked twice per change: a plain variable is read directly). */
function hooksInhibited(): boolean {
  const s = Vinhibit_modification_hooks;
  return (s.r === Redirect.Plain ? s.v : findSymbolValue(s)) !== NIL;
}

/**
 * Everything that must happen before [START, END) changes (GNU: prepare_to_modify_buffer): read-only
 * checks, undo-auto bookkeeping, first-change-hook and before-change-functions. Hooks may edit the buffer;
 * the returned value is START moved as a marker would be.
 */
export function prepareToModify(b: Buffer, start: number, end: number, preserve = false): number {
  if (b.locals.get(Qbuffer_read_only) !== NIL) barfIfReadOnly(b, start);
  if (b.locals.get(Qbuffer_undo_list) !== T && Qundo_auto__undoable_change.f !== NIL) funcall(Qundo_auto__undoable_change);
  if (textHooks.verify && b.text.intervals !== null) textHooks.verify(b, start, end);
  if (hooksInhibited()) return start;
  if (b.text.saveModiff >= b.text.modiff) lockBeforeFirstChange(b); // lock a visited file at its first change
  const first = b.text.saveModiff >= b.text.modiff && findSymbolValue(Vfirst_change_hook) !== NIL;
  const before = findSymbolValue(Vbefore_change_functions);
  const ovl = overlayChange !== null && overlayChange.has(b);
  if (!first && (before === NIL || before === UNBOUND) && !ovl) { setInternal(Vdeactivate_mark, T); return start; }
  const count = E.sp;
  specbind(Vinhibit_modification_hooks, T);
  // Hooks may change the buffer: follow the caller's position and START and END with cells (GNU:
  // PRESERVE_VALUE and PRESERVE_START_END; the undo list can see them as markers).
  const pc = preserve ? makeCell(b, start) : null;
  const sc = makeCell(b, start), ec = makeCell(b, end);
  try {
    if (first) funcall(Qrun_hooks, Vfirst_change_hook);
    if (before !== NIL && before !== UNBOUND) runChangeHook(Vbefore_change_functions, sc.pos, ec.pos);
    if (ovl) overlayChange!.before(curBuf(), sc.pos, ec.pos);
  } finally {
    unbindTo(count);
    if (pc !== null) { if (pc.buf !== null) start = pc.pos; detachCell(pc); }
    detachCell(sc); detachCell(ec);
  }
  setInternal(Vdeactivate_mark, T);
  return start;
}

/** Runs a change hook; if it signals, the hook variable is set to nil (GNU: reset_var_on_error). */
function runChangeHook(sym: typeof Vbefore_change_functions, ...args: LispObject[]): void {
  let ok = false;
  try {
    funcall(Qrun_hook_with_args, sym, ...args);
    ok = true;
  } finally {
    if (!ok) setInternal(sym, NIL);
  }
}

/** Runs after-change-functions for a change at CHARPOS that deleted LENDEL and inserted LENINS characters. */
export function signalAfterChange(charpos: number, lendel: number, lenins: number): void {
  if (hooksInhibited()) return;
  const after = findSymbolValue(Vafter_change_functions);
  const hasHooks = after !== NIL && after !== UNBOUND;
  const ovl = overlayChange !== null && overlayChange.has(curBuf());
  const insHooks = lendel === 0 && textHooks.afterInsert !== undefined
    && (textHooks.pendingInsertHooks === undefined || textHooks.pendingInsertHooks());
  if (!hasHooks && !ovl && !insHooks) return;
  const count = E.sp;
  specbind(Vinhibit_modification_hooks, T);
  try {
    if (hasHooks) runChangeHook(Vafter_change_functions, charpos, charpos + lenins, lendel);
    if (ovl) overlayChange!.after(curBuf(), charpos, lenins, lendel);
    // (Hooks run above may have left insertion hooks pending: ask afterInsert itself, as before.)
    if (lendel === 0 && textHooks.afterInsert) textHooks.afterInsert(curBuf(), charpos, charpos + lenins);
  } finally {
    unbindTo(count);
  }
}

function bumpModiff(t: BufferText): void {
  t.modiff++;
  t.charsModiff = t.modiff;
}

/** For in-place changes of [START, END) that keep the length (GNU: modify_text). */
export function modifyText(start: number, end: number): void {
  const b = curBuf();
  prepareToModify(b, start, end);
  if (b.text.modiff <= b.text.saveModiff) recordFirstChange(b);
  bumpModiff(b.text);
  b.locals.set(Qpoint_before_scroll, NIL);
}

// ---------------------------------------------------------------------------------------------
// Insertion.
// ---------------------------------------------------------------------------------------------
/**
 * Inserts TEXT (already in the buffer's representation; N characters) at point in the current buffer and
 * moves point after it. SRC supplies text properties (GNU: insert_from_string_1 and signal_after_change).
 */
export function insertText(text: string, n: number, src: LString | null, inherit: boolean, beforeMarkers: boolean,
  ascii = false): void {
  if (n === 0) return;
  let b = curBuf();
  prepareToModify(b, b.pt, b.pt);
  b = curBuf();
  const pos = b.pt;
  const t = b.text;
  recordInsert(b, pos, n);
  bumpModiff(t);
  t.gb.insert(pos - 1, text, ascii);
  if (t.cells.length > 0) adjustForInsert(t, pos, n, beforeMarkers);
  b.plainInsert(pos, n);
  b.pt = pos + n;
  if (overlayChange !== null) overlayChange.inserted(b, pos, n);
  if (textHooks.offset && t.intervals !== null) textHooks.offset(b, pos, n);
  if (textHooks.graft && (t.intervals !== null || (src !== null && src.intervals !== null) || inherit)) {
    textHooks.graft(b, src, pos, n, inherit);
  }
  signalAfterChange(pos, 0, n);
}

/** Inserts Lisp string STR at point (GNU: insert_from_string). */
export function insertLString(str: LString, inherit = false, beforeMarkers = false): void {
  const b = curBuf();
  const s = str.s;
  // Text in the buffer's own representation goes in as it is; otherwise ASCII (the usual case: unibyte
  // literals and numbers into a multibyte buffer) needs no conversion, and the store is told it is ASCII.
  if (str.multibyte === b.multibyte) insertText(s, str.length, str, inherit, beforeMarkers);
  else if (isAscii(s)) insertText(s, s.length, str, inherit, beforeMarkers, true);
  else insertText(textForBuffer(str, b.multibyte), str.length, str, inherit, beforeMarkers);
}

/** Inserts JS string S (tsmacs encoding, any characters) at point, as printing and `insert` of chars do. */
export function insertJs(s: string, beforeMarkers = false, inherit = false): void {
  if (s.length === 0) return;
  const b = curBuf();
  const str = new LString(s, true);
  insertText(textForBuffer(str, b.multibyte), charCount(s), null, inherit, beforeMarkers);
}

// ---------------------------------------------------------------------------------------------
// Deletion.
// ---------------------------------------------------------------------------------------------
/** The text of [FROM, TO) in B as a Lisp string, with properties when PROPS (GNU: make_buffer_string). */
export function bufferString(b: Buffer, from: number, to: number, props: boolean): LString {
  const s = new LString(b.slice(from, to), b.multibyte);
  if (props && textHooks.toString && b.text.intervals !== null) textHooks.toString(b, from, to, s);
  return s;
}

/**
 * Deletes [FROM, TO) of the current buffer (clipped to the accessible portion), returning the deleted text
 * when RET (GNU: del_range_1). PREPARE false skips read-only checks and before-change hooks.
 */
export function deleteRange(from: number, to: number, ret = false, prepare = true): LString | null {
  let b = curBuf();
  if (from < b.begv) from = b.begv;
  if (to > b.zv) to = b.zv;
  if (to <= from) return null;
  if (prepare) {
    const len = to - from;
    from = prepareToModify(b, from, to, true);
    b = curBuf();
    to = Math.min(b.zv, from + len);
  }
  const t = b.text;
  const deletion = ret || undoEnabled(b) ? bufferString(b, from, to, true) : null;
  if (deletion !== null) recordDelete(b, from, deletion, true);
  if (t.cells.length > 0) adjustForDelete(t, from, to);
  bumpModiff(t);
  b.plainDelete(from, to);
  if (textHooks.offset && t.intervals !== null) textHooks.offset(b, from, -(to - from));
  t.gb.delete(from - 1, to - 1);
  if (overlayChange !== null) overlayChange.deleted(b, from, to - from, true);
  signalAfterChange(from, to - from, 0);
  return deletion;
}

/**
 * Replaces [FROM, TO) by NEW (GNU: replace_range). Point moves as GNU moves it; with MARKERS false the
 * markers keep their character positions. Returns where the replacement starts (FROM, moved by whatever
 * before-change hooks did), for callers that adjust the match data as GNU's ADJUST_MATCH_DATA does.
 */
export function replaceRange(from: number, to: number, neu: LString, prepare = true, inherit = false,
  markers = true, inhibitModHooks = false): number {
  let b = curBuf();
  if (prepare) {
    const len = to - from;
    from = prepareToModify(b, from, to, true);
    b = curBuf();
    to = from + len;
  }
  if (from < b.begv) from = b.begv;
  if (to > b.zv) to = b.zv;
  const text = textForBuffer(neu, b.multibyte);
  const ins = neu.length;
  const del = to - from;
  if (del <= 0 && ins === 0) return from;
  const t = b.text;
  const oldPt = b.pt;
  if (undoEnabled(b)) {
    const deletion = bufferString(b, from, to, true);
    recordInsert(b, from + deletion.length, ins);
    recordDelete(b, from, deletion, false);
  }
  t.gb.delete(from - 1, to - 1);
  t.gb.insert(from - 1, text);
  if (markers && t.cells.length > 0) adjustForReplace(t, from, to, ins);
  b.plainDelete(from, to);
  b.plainInsert(from, ins);
  // Point moves as if it were a marker whose text was replaced: inside the old text it goes to the end
  // of the new text.
  if (from < oldPt) b.pt = oldPt + from + ins - (oldPt < to ? oldPt : to);
  else b.pt = oldPt;
  if (overlayChange !== null) { overlayChange.deleted(b, from, del, ins === 0); overlayChange.inserted(b, from, ins); }
  if (textHooks.offset && t.intervals !== null) { textHooks.offset(b, from, -del); textHooks.offset(b, from, ins); }
  if (textHooks.graft && (t.intervals !== null || neu.intervals !== null || inherit)) textHooks.graft(b, neu, from, ins, inherit);
  bumpModiff(t);
  if (!inhibitModHooks) signalAfterChange(from, del, ins);
  return from;
}

// ---------------------------------------------------------------------------------------------
// Printing into buffers and markers (print.ts's output targets).
// ---------------------------------------------------------------------------------------------
setInsertFunctions(
  (buf, text) => {
    const prev = curBuf();
    if (prev === buf) { insertJs(text); return; }
    setBuffer(buf);
    try { insertJs(text); } finally { if (prev.live) setBuffer(prev); }
  },
  (m: Marker, text) => {
    // GNU PRINTPREPARE/PRINTFINISH: insert at the marker, leave the marker after the text, and keep the
    // buffer's point where it was relative to the text.
    const buf = m.c.buf!;
    const prev = curBuf();
    setBuffer(buf);
    try {
      const oldPt = buf.pt;
      const start = m.c.pos;
      buf.pt = start < buf.begv ? buf.begv : start > buf.zv ? buf.zv : start;
      const at = buf.pt;
      insertJs(text);
      const added = buf.pt - at;
      setCellPos(m.c, buf.pt);
      buf.pt = oldPt + (oldPt >= at ? added : 0);
    } finally {
      if (prev.live) setBuffer(prev);
    }
  },
);

defun("barf-if-buffer-read-only", "(&optional position)", "Signal a `buffer-read-only' error if the current buffer is read-only.",
  (position) => {
    const b = curBuf();
    barfIfReadOnly(b, position === NIL ? b.pt : checkFixnum(position));
    return NIL;
  });

defun("combine-after-change-execute", "()", "This function is for use internally in the function `combine-after-change-calls'.",
  () => NIL);

void Cons; void LispSignal;
