// Overlays: buffer ranges with properties that follow edits like markers (GNU: buffer.c's overlay half,
// and subr.el's copy-overlay and remove-overlays).
//
// Each overlay has two cells in its buffer's text (start: insertion type = front-advance, end: =
// rear-advance), so insdel moves them like markers. A buffer lists its overlays in its `overlays` field. GNU 28
// keeps two lists split at an "overlay center" (before: ending at or before it, by decreasing end; after:
// by increasing start); we compute that order on demand, since overlay-lists, overlays-in and overlays-at
// expose it.
import { defun } from "../defun.js";
import { E } from "../env.js";
import { arrayToList, Cons, defsym, LispObject, LString, NIL, T, Vectorlike } from "../lisp.js";
import { error, wrongType, xsignal } from "../signal.js";
import { funcall } from "../eval.js";
import { Buffer, checkBuffer, cloneBufferHooks, curBuf } from "../buffer.js";
import { killBufferHooks } from "./buffers.js";
import { attachCell, detachCell, fixnumCoerceMarker, Marker, MarkerCell } from "../marker.js";
import { setOverlayChangeHooks } from "../insdel.js";
import { registerPrinter } from "../print.js";
import { defineEqual } from "../fns/equal.js";
import { overlayHooks } from "../textprop.js";
import { textget } from "../textprop/plist.js";

const Qoverlayp = defsym("overlayp");
const Qevaporate = defsym("evaporate");
const Qpriority = defsym("priority");
const Qmodification_hooks = defsym("modification-hooks");
const Qinsert_in_front_hooks = defsym("insert-in-front-hooks");
const Qinsert_behind_hooks = defsym("insert-behind-hooks");

let overlayCount = 0;

export class Overlay extends Vectorlike {
  readonly lispType = "overlay";
  plist: LispObject = NIL;
  /** Creation order: GNU's last tie-breaker when sorting (it compares addresses). */
  readonly id = ++overlayCount;
  constructor(readonly start: MarkerCell, readonly end: MarkerCell) {
    super();
    // The overlay, not any marker, keeps its ends (undo may make markers on them).
    start.pinned = true; end.pinned = true;
  }
  get buffer(): Buffer | null { return this.start.buf; }
}

interface OverlayState { list: Overlay[]; center: number }
function ostate(b: Buffer): OverlayState {
  return (b.overlays ??= { list: [], center: 1 }) as OverlayState;
}
function overlaysOf(b: Buffer): Overlay[] {
  const st = b.overlays as OverlayState | undefined;
  return st === undefined ? [] : st.list;
}

export function checkOverlay(x: LispObject): Overlay {
  if (x instanceof Overlay) return x;
  return wrongType(Qoverlayp, x);
}

/** GNU's two overlay lists, "before" (ending at or before the center) and "after", in GNU's orders. */
function overlayLists(b: Buffer): [Overlay[], Overlay[]] {
  const st = ostate(b);
  const newestFirst = st.list.slice().reverse();
  const before = newestFirst.filter((o) => o.end.pos <= st.center).sort((x, y) => y.end.pos - x.end.pos);
  const after = newestFirst.filter((o) => o.end.pos > st.center).sort((x, y) => x.start.pos - y.start.pos);
  return [before, after];
}
function inGnuOrder(b: Buffer): Overlay[] { const [x, y] = overlayLists(b); return x.concat(y); }

/** Removes O from its buffer and points its cells nowhere (GNU: unchain_both + drop_overlay). */
function dropOverlay(o: Overlay): void {
  const b = o.buffer;
  if (b !== null) {
    const list = overlaysOf(b);
    const i = list.indexOf(o);
    if (i >= 0) list.splice(i, 1);
  }
  detachCell(o.start);
  detachCell(o.end);
}

function markerArg(x: LispObject, buffer: Buffer): number {
  if (x instanceof Marker && x.c.buf !== buffer) xsignal(defsym("error"), LString.fromJs("Marker points into wrong buffer"), x);
  return fixnumCoerceMarker(x);
}

function place(o: Overlay, b: Buffer, beg: number, end: number): void {
  const z = b.z;
  const clip = (p: number): number => (p < 1 ? 1 : p > z ? z : p);
  attachCell(o.start, b, clip(beg));
  attachCell(o.end, b, clip(end));
}

// ---------------------------------------------------------------------------------------------
// Primitives.
// ---------------------------------------------------------------------------------------------
defun("overlayp", "(object)", "Return t if OBJECT is an overlay.", (object) => (object instanceof Overlay ? T : NIL));

defun("make-overlay", "(beg end &optional buffer front-advance rear-advance)",
  "Create a new overlay with range BEG to END in BUFFER and return it.", (beg, end, buffer, frontAdvance, rearAdvance) => {
    const b = buffer === NIL ? curBuf() : checkBuffer(buffer);
    let s = markerArg(beg, b), e = markerArg(end, b);
    if (s > e) [s, e] = [e, s];
    const start = new MarkerCell(), fin = new MarkerCell();
    start.itype = frontAdvance !== NIL;
    fin.itype = rearAdvance !== NIL;
    const o = new Overlay(start, fin);
    // GNU reads the position of the end marker, which points nowhere in a dead buffer.
    if (!b.live) error("Marker does not point anywhere");
    place(o, b, s, e);
    ostate(b).list.push(o);
    return o;
  });

defun("move-overlay", "(overlay beg end &optional buffer)", "Set the endpoints of OVERLAY to BEG and END in BUFFER.",
  (overlay, beg, end, buffer) => {
    const o = checkOverlay(overlay);
    let b: Buffer;
    if (buffer !== NIL) b = checkBuffer(buffer);
    else b = o.buffer ?? curBuf();
    if (!b.live) error("Attempt to move overlay to a dead buffer");
    let s = markerArg(beg, b), e = markerArg(end, b);
    if (s > e) [s, e] = [e, s];
    const ob = o.buffer;
    if (ob !== null) { const l = overlaysOf(ob); const i = l.indexOf(o); if (i >= 0) l.splice(i, 1); }
    place(o, b, s, e);
    if (o.start.pos === o.end.pos && overlayGet(o, Qevaporate) !== NIL) { dropOverlay(o); return o; }
    ostate(b).list.push(o);
    return o;
  });

defun("delete-overlay", "(overlay)", "Delete the overlay OVERLAY from its buffer.", (overlay) => {
  const o = checkOverlay(overlay);
  if (o.buffer !== null) dropOverlay(o);
  return NIL;
});

defun("delete-all-overlays", "(&optional buffer)", "Delete all overlays of BUFFER.", (buffer) => {
  const b = buffer === NIL ? curBuf() : checkBuffer(buffer);
  for (const o of overlaysOf(b).slice()) dropOverlay(o);
  return NIL;
});

defun("overlay-start", "(overlay)", "Return the position at which OVERLAY starts.",
  (overlay) => { const o = checkOverlay(overlay); return o.buffer === null ? NIL : o.start.pos; });
defun("overlay-end", "(overlay)", "Return the position at which OVERLAY ends.",
  (overlay) => { const o = checkOverlay(overlay); return o.buffer === null ? NIL : o.end.pos; });
defun("overlay-buffer", "(overlay)", "Return the buffer OVERLAY belongs to.",
  (overlay) => checkOverlay(overlay).buffer ?? NIL);
defun("overlay-properties", "(overlay)", "Return a list of the properties on OVERLAY.",
  (overlay) => funcall(defsym("copy-sequence"), checkOverlay(overlay).plist));

/** OVERLAY's PROP, falling back on its `category' symbol (GNU: lookup_char_property). */
export function overlayGet(o: Overlay, prop: LispObject): LispObject { return textget(o.plist, prop); }

defun("overlay-get", "(overlay prop)", "Get the property of overlay OVERLAY with property name PROP.",
  (overlay, prop) => overlayGet(checkOverlay(overlay), prop));

defun("overlay-put", "(overlay prop value)", "Set one property of overlay OVERLAY: give property PROP value VALUE.",
  (overlay, prop, value) => {
    const o = checkOverlay(overlay);
    let found = false;
    for (let p = o.plist; p instanceof Cons && p.cdr instanceof Cons; p = p.cdr.cdr) {
      if (p.car === prop) { p.cdr.car = value; found = true; break; }
    }
    if (!found) o.plist = new Cons(prop, new Cons(value, o.plist));
    if (prop === Qevaporate && value !== NIL && o.buffer !== null && o.start.pos === o.end.pos) dropOverlay(o);
    return value;
  });

/** Overlays of B containing POS (start <= POS < end), in GNU's list order. */
export function overlaysAt(b: Buffer, pos: number): Overlay[] {
  return inGnuOrder(b).filter((o) => o.start.pos <= pos && pos < o.end.pos);
}

/** GNU overlays_in: overlapping [BEG, END), plus empty ones at BEG, inside, or at END when END is ZV. */
export function overlaysIn(b: Buffer, beg: number, end: number): Overlay[] {
  const endIsZ = end === b.zv;
  return inGnuOrder(b).filter((o) => {
    const s = o.start.pos, e = o.end.pos;
    return (beg < e && s < end) || (s === e && (beg === e || (endIsZ && e === end)));
  });
}

/** Priority pair of an overlay (GNU: sort_overlays' reading of `priority'). */
function priorityOf(o: Overlay): [number, number] {
  const p = overlayGet(o, Qpriority);
  if (typeof p === "number") return [p, 0];
  if (p instanceof Cons) return [typeof p.car === "number" ? p.car : 0, typeof p.cdr === "number" ? p.cdr : 0];
  return [0, 0];
}

/** Sorts overlays by increasing priority (GNU: sort_overlays / compare_overlays). */
export function sortOverlays(list: Overlay[]): Overlay[] {
  const keyed = list.map((o) => ({ o, p: priorityOf(o), s: o.start.pos, e: o.end.pos }));
  keyed.sort((a, b) => {
    if (a.p[0] !== b.p[0]) return a.p[0] < b.p[0] ? -1 : 1;
    if (a.s < b.s) return a.e < b.e && a.p[1] > b.p[1] ? 1 : -1;
    if (a.s > b.s) return a.e > b.e && a.p[1] < b.p[1] ? -1 : 1;
    if (a.e !== b.e) return b.e < a.e ? -1 : 1;
    if (a.p[1] !== b.p[1]) return a.p[1] < b.p[1] ? -1 : 1;
    return a.o.id - b.o.id;
  });
  return keyed.map((k) => k.o);
}

defun("overlays-at", "(pos &optional sorted)", "Return a list of the overlays that contain the character at POS.", (pos, sorted) => {
  const p = fixnumCoerceMarker(pos);
  let list = overlaysAt(curBuf(), p);
  if (sorted !== NIL) list = sortOverlays(list).reverse();
  return arrayToList(list);
});

defun("overlays-in", "(beg end)", "Return a list of the overlays that overlap the region BEG ... END.", (beg, end) => {
  const s = fixnumCoerceMarker(beg), e = fixnumCoerceMarker(end);
  return arrayToList(overlaysIn(curBuf(), s, e));
});

function nextChange(b: Buffer, pos: number): number {
  let best = b.zv;
  for (const o of overlaysOf(b)) {
    const s = o.start.pos, e = o.end.pos;
    if (s > pos && s < best) best = s;
    if (e > pos && e < best) best = e;
  }
  return best;
}
function previousChange(b: Buffer, pos: number): number {
  let best = b.begv;
  for (const o of overlaysOf(b)) {
    const s = o.start.pos, e = o.end.pos;
    if (s < pos && s > best) best = s;
    if (e < pos && e > best) best = e;
  }
  return best;
}

defun("next-overlay-change", "(pos)", "Return the next position after POS where an overlay starts or ends.",
  (pos) => nextChange(curBuf(), fixnumCoerceMarker(pos)));
defun("previous-overlay-change", "(pos)", "Return the previous position before POS where an overlay starts or ends.",
  (pos) => previousChange(curBuf(), fixnumCoerceMarker(pos)));

defun("overlay-lists", "()", "Return a pair of lists giving all the overlays of the current buffer.", () => {
  const [before, after] = overlayLists(curBuf());
  return new Cons(arrayToList(before), arrayToList(after));
});

defun("overlay-recenter", "(pos)", "Recenter the overlays of the current buffer around position POS.", (pos) => {
  ostate(curBuf()).center = fixnumCoerceMarker(pos);
  return NIL;
});

defun("copy-overlay", "(o)", "Return a copy of overlay O.", (ov) => {
  // As subr.el: same range and buffer (not the insertion types), properties put one by one.
  const o = checkOverlay(ov);
  const b = o.buffer;
  const c = new Overlay(new MarkerCell(), new MarkerCell());
  if (b !== null) { place(c, b, o.start.pos, o.end.pos); ostate(b).list.push(c); }
  for (let p = o.plist; p instanceof Cons && p.cdr instanceof Cons; p = p.cdr.cdr) c.plist = new Cons(p.car, new Cons(p.cdr.car, c.plist));
  return c;
});

defun("remove-overlays", "(&optional beg end name val)", "Remove overlays between BEG and END that have property NAME with value VAL.",
  (beg, end, name, val) => {
    // subr.el's algorithm: overlays partly outside the region are trimmed or split, the others deleted.
    const b = curBuf();
    let s = beg === NIL ? b.begv : fixnumCoerceMarker(beg);
    let e = end === NIL ? b.zv : fixnumCoerceMarker(end);
    ostate(b).center = e;
    if (e < s) [s, e] = [e, s];
    const move = defsym("move-overlay");
    for (const o of overlaysIn(b, s, e)) {
      if (overlayGet(o, name) !== val) continue;
      const os = o.start.pos, oe = o.end.pos;
      if (os < s) {
        if (oe > e) { funcall(move, funcall(defsym("copy-overlay"), o), os, s); funcall(move, o, e, oe); }
        else funcall(move, o, os, s);
      } else if (oe > e) funcall(move, o, e, oe);
      else dropOverlay(o);
    }
    return NIL;
  });

// ---------------------------------------------------------------------------------------------
// Changes to the text (insdel.ts calls these).
// ---------------------------------------------------------------------------------------------
/** Hook functions collected before a change, run again after it (GNU: last_overlay_modification_hooks). */
function lastHooks(): [LispObject, Overlay][] {
  return (E.ext.overlayModHooks ??= []) as [LispObject, Overlay][];
}

function callModHooks(list: LispObject, o: Overlay, after: boolean, args: LispObject[]): void {
  for (let l = list; l instanceof Cons; l = l.cdr) funcall(l.car, o, after ? T : NIL, ...args);
}

setOverlayChangeHooks({
  has: (b) => overlaysOf(b).length > 0,
  before: (b, start, end) => {
    const collected: [LispObject, Overlay][] = [];
    const insertion = start === end;
    for (const o of inGnuOrder(b)) {
      const s = o.start.pos, e = o.end.pos;
      if (insertion && (start === s || end === s)) {
        const p = overlayGet(o, Qinsert_in_front_hooks);
        if (p !== NIL) collected.push([p, o]);
      }
      if (insertion && (start === e || end === e)) {
        const p = overlayGet(o, Qinsert_behind_hooks);
        if (p !== NIL) collected.push([p, o]);
      }
      if (end > s && start < e) {
        const p = overlayGet(o, Qmodification_hooks);
        if (p !== NIL) collected.push([p, o]);
      }
    }
    E.ext.overlayModHooks = collected;
    for (const [p, o] of collected) if (o.buffer === b) callModHooks(p, o, false, [start, end]);
  },
  after: (b, charpos, lenins, lendel) => {
    for (const [p, o] of lastHooks().slice()) {
      if (o.buffer === b) callModHooks(p, o, true, [charpos, charpos + lenins, lendel]);
    }
  },
  inserted: (b, pos, n) => {
    // The center moves with the text even before the buffer has overlays (GNU: overlay_center).
    const st = ostate(b);
    if (st.center >= pos) st.center += n;
    if (st.list.length === 0) return;
    // A front-advance start can pass a non-rear-advance end at an empty overlay: make it empty again.
    for (const o of st.list) if (o.end.pos < o.start.pos) o.start.pos = o.end.pos;
  },
  deleted: (b, pos, n, evaporate) => {
    const st = ostate(b);
    if (st.center >= pos) st.center = st.center - pos > n ? st.center - n : pos;
    if (st.list.length === 0) return;
    if (!evaporate) return;
    for (const o of st.list.slice()) {
      if (o.start.pos === pos && o.end.pos === pos && overlayGet(o, Qevaporate) !== NIL) dropOverlay(o);
    }
  },
});

// Killing a buffer leaves its overlays in no buffer; cloning a buffer copies its overlays.
killBufferHooks.push((b) => {
  for (const o of overlaysOf(b)) { detachCell(o.start); detachCell(o.end); }
  if (b.overlays) (b.overlays as OverlayState).list = [];
});
cloneBufferHooks.push((from, to) => {
  for (const o of overlaysOf(from)) {
    const start = new MarkerCell(), fin = new MarkerCell();
    start.itype = o.start.itype; fin.itype = o.end.itype;
    const c = new Overlay(start, fin);
    c.plist = funcall(defsym("copy-sequence"), o.plist);
    place(c, to, o.start.pos, o.end.pos);
    ostate(to).list.push(c);
  }
});

// ---------------------------------------------------------------------------------------------
// Overlay properties for get-char-property & co (textprop.ts).
// ---------------------------------------------------------------------------------------------
overlayHooks.charProperty = (b, pos, prop) => {
  const list = sortOverlays(overlaysAt(b, pos));
  for (let i = list.length - 1; i >= 0; i--) {
    const v = overlayGet(list[i], prop);
    if (v !== NIL) return [v, list[i]];
  }
  return null;
};
overlayHooks.posProperty = (b, pos, prop) => {
  const list = sortOverlays(overlaysIn(b, pos - 1, pos + 1));
  for (let i = list.length - 1; i >= 0; i--) {
    const o = list[i];
    const v = overlayGet(o, prop);
    if (v === NIL) continue;
    if ((o.start.pos === pos && o.start.itype) || (o.end.pos === pos && !o.end.itype)) continue;
    if (o.start.pos <= pos && pos <= o.end.pos) return v;
  }
  return NIL;
};
overlayHooks.nextChange = (pos) => nextChange(curBuf(), pos);
overlayHooks.previousChange = (pos) => previousChange(curBuf(), pos);

// ---------------------------------------------------------------------------------------------
// Printing and equality.
// ---------------------------------------------------------------------------------------------
registerPrinter(Overlay, (o: Overlay, p) => {
  const b = o.buffer;
  if (b === null) { p.so("#<overlay in no buffer>"); return; }
  p.so(`#<overlay from ${o.start.pos} to ${o.end.pos} in `);
  p.so((b.name as LString).s);
  p.pc(">");
});

defineEqual(Overlay, {
  equal: (a, b, rec) => a.start.buf === b.start.buf
    && (a.start.buf === null || (a.start.pos === b.start.pos && a.end.pos === b.end.pos)) && rec(a.plist, b.plist),
  hash: (a) => (a.start.buf === null ? 0 : a.start.pos * 31 + a.end.pos),
});
