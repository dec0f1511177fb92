// Markers: positions in a buffer's text that move with insertions and deletions (GNU: marker.c).
//
// A Lisp marker is a `Marker` object holding a `MarkerCell`. The cell carries the position, the insertion
// type and the buffer; while the marker points somewhere, its cell is listed in the buffer text's `cells`,
// which insdel.ts adjusts on every change. Internal positions that must follow edits (save-excursion's
// point, the point and restriction of buffers sharing text) are bare cells with no Marker. A Marker that
// becomes garbage gives its cell back through a FinalizationRegistry, which is what GNU's GC does when it
// unchains dead markers.
import { defun } from "./defun.js";
import { E } from "./env.js";
import { bool, defsym, isInt, LispObject, LString, MOST_POSITIVE_FIXNUM, NIL, T, Vectorlike } from "./lisp.js";
import { error, Qinteger_or_marker_p, wrongType } from "./signal.js";
import { registerPrinter } from "./print.js";
import { setMarkerPositionFunction } from "./data/arith.js";
import { defineEqual } from "./fns/equal.js";
import type { Buffer, BufferText } from "./buffer.js";
import { curBuf, decodeBufferArg } from "./buffer.js";

export const Qmarkerp = defsym("markerp");

/** Position record of a marker (GNU: struct Lisp_Marker minus the Lisp header). */
export class MarkerCell {
  /** The buffer pointed into, or null for "points nowhere". */
  buf: Buffer | null = null;
  /** Character position (1-based), meaningful only while `buf` is set. */
  pos = 0;
  /** Insertion type: true means the marker advances over text inserted at its position. */
  itype = false;
  /** Index in `buf.text.cells` while attached. */
  idx = -1;
  /** Order of attachment (GNU chains markers newest first; undo records follow that order). */
  seq = 0;
  /** Number of live Lisp markers sharing this cell (undo entries get markers of their own on it). */
  owners = 0;
  /** Held by JS code (save-excursion, overlays, indirect buffers): never reclaimed with its markers. */
  pinned = false;
}

export class Marker extends Vectorlike {
  readonly lispType = "marker";
  constructor(readonly c: MarkerCell) { super(); }
  get buffer(): Buffer | null { return this.c.buf; }
  get position(): number { return this.c.pos; }
}

/**
 * Dead markers give back their slot, as GNU's GC unchains them (sweep_markers / unchain_dead_markers).
 * Nothing here may hold a marker weakly through a WeakRef: V8 keeps WeakRef targets alive until the current
 * job ends, and a batch run is one long job.
 */
const reclaim = new FinalizationRegistry<MarkerCell>((cell) => {
  if (--cell.owners <= 0 && !cell.pinned && cell.buf !== null) detachCell(cell);
});
/** FinalizationRegistry.prototype.cleanupSome (node --harmony-weak-refs-with-cleanup-some) runs due finalizers
 * synchronously; without it they run only when the event loop turns. */
const cleanupSome = (reclaim as unknown as { cleanupSome?: () => void }).cleanupSome?.bind(reclaim);
/** node --expose-gc: a full collection first lets cleanupSome see every dead marker. */
const fullGc = (globalThis as unknown as { gc?: () => void }).gc;

/** Reclaims dead markers now if the engine allows it (cleanupSome); called when a text has many cells. */
function reclaimDeadMarkers(t: BufferText): void {
  if (cleanupSome === undefined) return;
  if (fullGc !== undefined) fullGc();
  cleanupSome();
  t.cleanupAt = Math.max(8192, t.cells.length * 2);
}

/**
 * While set, every marker made is kept alive: V8 refuses to take a start-up snapshot while a
 * FinalizationRegistry has cleanups pending, so the snapshot builder (snapshot.ts) holds them until the
 * snapshot is restored.
 */
let keptAlive: Marker[] | null = null;
export function keepMarkersAlive(on: boolean): void { keptAlive = on ? (keptAlive ?? []) : null; }

/** A Lisp marker on CELL (which other markers may share). */
export function markerOn(cell: MarkerCell): Marker {
  const m = new Marker(cell);
  cell.owners++;
  reclaim.register(m, cell);
  if (keptAlive !== null) keptAlive.push(m);
  return m;
}

export function makeMarker(): Marker { return markerOn(new MarkerCell()); }

// ---------------------------------------------------------------------------------------------
// Attaching cells to buffer texts.
// ---------------------------------------------------------------------------------------------
let attachCount = 0;

/** Points CELL at POS in BUF (POS already clipped by the caller). */
export function attachCell(cell: MarkerCell, buf: Buffer, pos: number): void {
  if (cell.buf !== null && cell.buf.text !== buf.text) detachCell(cell);
  if (cell.buf === null) {
    const t = buf.text;
    const cells = t.cells;
    // Many markers: let dead ones go first (when the engine can run finalizers synchronously).
    if (cells.length >= t.cleanupAt) reclaimDeadMarkers(t);
    if (pos > t.maxCellPos) t.maxCellPos = pos;
    cell.idx = cells.length;
    cell.seq = ++attachCount;
    cells.push(cell);
  }
  cell.buf = buf;
  cell.pos = pos;
  if (pos > buf.text.maxCellPos) buf.text.maxCellPos = pos;
}

/** Moves attached CELL to POS directly (no clipping), keeping the text's position bound. */
export function setCellPos(cell: MarkerCell, pos: number): void {
  cell.pos = pos;
  if (cell.buf !== null && pos > cell.buf.text.maxCellPos) cell.buf.text.maxCellPos = pos;
}

/** Recomputes TEXT's bound after positions were rewritten wholesale. */
export function recomputeCellBound(text: BufferText): void {
  let max = 0;
  for (const c of text.cells) if (c.pos > max) max = c.pos;
  text.maxCellPos = max;
}

/** Makes CELL point nowhere (GNU: unchain_marker). */
export function detachCell(cell: MarkerCell): void {
  const b = cell.buf;
  if (b === null) return;
  const cells = b.text.cells;
  const i = cell.idx;
  const last = cells.pop()!;
  if (last !== cell) { cells[i] = last; last.idx = i; }
  cell.buf = null;
  cell.idx = -1;
}

/** A bare cell at POS in BUF (internal positions such as save-excursion's point). */
export function makeCell(buf: Buffer, pos: number, itype = false): MarkerCell {
  const c = new MarkerCell();
  c.itype = itype;
  c.pinned = true;
  attachCell(c, buf, pos);
  return c;
}

/** Detaches every cell of TEXT that belongs to BUF (or all when BUF is null): kill-buffer's unchaining. */
export function detachAll(text: BufferText, buf: Buffer | null): void {
  const cells = text.cells;
  let j = 0;
  for (let i = 0; i < cells.length; i++) {
    const c = cells[i];
    if (buf === null || c.buf === buf) { c.buf = null; c.idx = -1; } else { c.idx = j; cells[j++] = c; }
  }
  cells.length = j;
}

/** Moves cells for an insertion of N characters at POS (GNU: adjust_markers_for_insert). */
export function adjustForInsert(text: BufferText, pos: number, n: number, beforeMarkers: boolean): void {
  // Every cell before the insertion (the common case of editing past all markers) stays put.
  if (text.maxCellPos < pos) return;
  const cells = text.cells;
  let max = 0;
  for (let i = 0, len = cells.length; i < len; i++) {
    const c = cells[i];
    let p = c.pos;
    if (p > pos || (p === pos && (beforeMarkers || c.itype))) c.pos = p += n;
    if (p > max) max = p;
  }
  text.maxCellPos = max;
}

/** Moves cells for the deletion of [FROM, TO) (GNU: adjust_markers_for_delete). */
export function adjustForDelete(text: BufferText, from: number, to: number): void {
  if (text.maxCellPos <= from) return;
  const cells = text.cells;
  const n = to - from;
  let max = 0;
  for (let i = 0, len = cells.length; i < len; i++) {
    const c = cells[i];
    let p = c.pos;
    if (p > to) c.pos = p -= n;
    else if (p > from) c.pos = p = from;
    if (p > max) max = p;
  }
  text.maxCellPos = max;
}

// ---------------------------------------------------------------------------------------------
// Lisp-level helpers.
// ---------------------------------------------------------------------------------------------
export function checkMarker(x: LispObject): Marker {
  if (x instanceof Marker) return x;
  return wrongType(Qmarkerp, x);
}

/** The position of marker M; signals when it points nowhere (GNU: marker_position). */
export function markerPosition(m: Marker): number {
  if (m.c.buf === null) error("Marker does not point anywhere");
  return m.c.pos;
}

/** An integer position from a fixnum or marker (GNU: CHECK_FIXNUM_COERCE_MARKER). */
export function fixnumCoerceMarker(x: LispObject): number {
  if (typeof x === "number") return x;
  if (x instanceof Marker) return markerPosition(x);
  if (typeof x === "bigint" && x <= MOST_POSITIVE_FIXNUM && x >= -MOST_POSITIVE_FIXNUM - 1n) return Number(x);
  return wrongType(Qinteger_or_marker_p, x);
}

/**
 * Sets MARKER to POSITION in BUFFER (nil: the current buffer), clipped to the whole text, or to the
 * accessible portion when RESTRICTED (GNU: set_marker_internal).
 */
export function setMarker(marker: Marker, position: LispObject, buffer: LispObject, restricted = false): Marker {
  const b = decodeBufferArg(buffer);
  const live = b.name !== NIL ? b : null;
  if (position === NIL || (position instanceof Marker && position.c.buf === null) || live === null) {
    detachCell(marker.c);
    return marker;
  }
  let pos: number;
  if (typeof position === "number") pos = position;
  else if (position instanceof Marker) pos = position.c.pos;
  else if (typeof position === "bigint" && position >= -MOST_POSITIVE_FIXNUM - 1n && position <= MOST_POSITIVE_FIXNUM) {
    pos = position > 0n ? Number.MAX_SAFE_INTEGER : -Number.MAX_SAFE_INTEGER;
  } else return wrongType(Qinteger_or_marker_p, position);
  const lo = restricted ? live.begv : 1, hi = restricted ? live.zv : live.z;
  attachCell(marker.c, live, pos < lo ? lo : pos > hi ? hi : pos);
  return marker;
}

/** A new marker at POS in BUF with insertion type ITYPE. */
export function markerAt(buf: Buffer, pos: number, itype = false): Marker {
  const m = makeMarker();
  m.c.itype = itype;
  attachCell(m.c, buf, pos);
  return m;
}

// ---------------------------------------------------------------------------------------------
// Primitives.
// ---------------------------------------------------------------------------------------------
defun("make-marker", "()", "Return a newly allocated marker which does not point at any place.", () => makeMarker());

defun("marker-buffer", "(marker)", "Return the buffer that MARKER points into, or nil if none.", (marker) => {
  const b = checkMarker(marker).c.buf;
  return b === null ? NIL : b;
});

defun("marker-position", "(marker)", "Return the position of MARKER, or nil if it points nowhere.", (marker) => {
  const c = checkMarker(marker).c;
  return c.buf === null ? NIL : c.pos;
});

const setMarkerDoc = "Position MARKER before character number POSITION in BUFFER.";
defun("set-marker", "(marker position &optional buffer)", setMarkerDoc,
  (marker, position, buffer) => setMarker(checkMarker(marker), position, buffer));
defun("move-marker", "(marker position &optional buffer)", setMarkerDoc,
  (marker, position, buffer) => setMarker(checkMarker(marker), position, buffer));

defun("copy-marker", "(&optional marker type)", "Return a new marker pointing at the same place as MARKER.", (marker, type) => {
  if (marker !== NIL && !(isInt(marker) || marker instanceof Marker)) wrongType(Qinteger_or_marker_p, marker);
  const m = makeMarker();
  setMarker(m, marker, marker instanceof Marker ? (marker.c.buf ?? NIL) : NIL);
  m.c.itype = type !== NIL;
  return m;
});

defun("marker-insertion-type", "(marker)", "Return insertion type of MARKER: t if it stays after inserted text.",
  (marker) => bool(checkMarker(marker).c.itype));

defun("set-marker-insertion-type", "(marker type)", "Set the insertion-type of MARKER to TYPE.", (marker, type) => {
  checkMarker(marker).c.itype = type !== NIL;
  return type;
});

defun("buffer-has-markers-at", "(position)", "Return t if there are markers pointing at POSITION in the current buffer.",
  (position) => {
    const b = curBuf();
    let p = fixnumCoerceMarker(position);
    p = p < 1 ? 1 : p > b.z ? b.z : p;
    for (const c of b.text.cells) if (c.pos === p && c.buf !== null) return T;
    return NIL;
  });

defun("point-marker", "()", "Return value of point, as a marker object.", () => { const b = curBuf(); return markerAt(b, b.pt); });
defun("point-min-marker", "()", "Return a marker to the minimum permissible value of point in this buffer.",
  () => { const b = curBuf(); return markerAt(b, b.begv); });
defun("point-max-marker", "()", "Return a marker to the maximum permissible value of point in this buffer.",
  () => { const b = curBuf(); return markerAt(b, b.zv); });

// Markers count as numbers in arithmetic and comparisons (data.c's CHECK_NUMBER_COERCE_MARKER).
setMarkerPositionFunction((m) => markerPosition(m as Marker));

// `equal` on markers: same buffer and position, or both pointing nowhere (GNU: internal_equal).
defineEqual(Marker, {
  equal: (a, b) => a.c.buf === b.c.buf && (a.c.buf === null || a.c.pos === b.c.pos),
  hash: (a) => (a.c.buf === null ? 0 : a.c.pos),
});

registerPrinter(Marker, (m: Marker, p) => {
  p.so("#<marker ");
  if (m.c.itype) p.so("(moves after insertion) ");
  if (m.c.buf === null || m.c.buf.name === NIL) p.so("in no buffer");
  else { p.so(`at ${m.c.pos} in `); p.so((m.c.buf.name as LString).s); }
  p.pc(">");
});



/**
 * Moves cells for replacing [FROM, TO) by N characters (GNU: adjust_markers_for_replace): cells inside
 * the old text go to FROM, cells at or after TO shift (so with FROM = TO every cell at FROM advances).
 */
export function adjustForReplace(text: BufferText, from: number, to: number, n: number): void {
  if (text.maxCellPos < from) return;
  const cells = text.cells;
  const diff = n - (to - from);
  let max = 0;
  for (let i = 0, len = cells.length; i < len; i++) {
    const c = cells[i];
    let p = c.pos;
    if (p >= to) c.pos = p += diff;
    else if (p > from) c.pos = p = from;
    if (p > max) max = p;
  }
  text.maxCellPos = max;
}
