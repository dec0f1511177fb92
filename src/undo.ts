// Recording changes in buffer-undo-list, undo-boundary, and primitive-undo (GNU: undo.c; primitive-undo
// is simple.el's, done here because it is the other half of the recording format).
//
// Entry formats (as GNU): (BEG . END) insertion; (TEXT . POS) deletion, POS negative when point was at
// the end of the deleted text; (MARKER . ADJUSTMENT) marker moved by a deletion; (t . TIME) first change
// since the buffer was unmodified; (nil PROP VAL BEG . END) text property change; POS point before the
// command; nil boundary; (apply ...) function call.
import { defun, defvar } from "./defun.js";
import { E, findSymbolValue, setInternal, specbind, unbindTo } from "./env.js";
import { Cons, defsym, isInt, LFloat, LispObject, LString, NIL, T } from "./lisp.js";
import { error } from "./signal.js";
import { checkNumberCoerceMarker } from "./data/arith.js";
import { funcall } from "./eval.js";
import { Buffer, curBuf, Qbuffer_undo_list } from "./buffer.js";
import { Marker, markerOn, markerPosition, setMarker } from "./marker.js";

const Vundo_inhibit_record_point = defvar("undo-inhibit-record-point", NIL,
  "Non-nil means do not record `point' in `buffer-undo-list'.");
const Qundo_auto__last_boundary_cause = defsym("undo-auto--last-boundary-cause");
const Qexplicit = defsym("explicit");
const Qvisited_file_modtime = defsym("visited-file-modtime");
const Qapply = defsym("apply");
const Qinhibit_read_only = defsym("inhibit-read-only");

interface UndoState {
  /** Point when the last command began or undo-boundary ran (GNU: point_before_last_command_or_undo). */
  pointBefore: number;
  bufferBefore: Buffer | null;
}
function undoState(): UndoState {
  return (E.ext.undo ??= { pointBefore: 0, bufferBefore: null }) as UndoState;
}

/** The command loop calls this at the start of each command (GNU: keyboard.c's command_loop_1). */
export function notePointBeforeCommand(b: Buffer): void {
  const st = undoState();
  st.pointBefore = b.pt;
  st.bufferBefore = b;
}

function undoList(b: Buffer): LispObject { return b.locals.get(Qbuffer_undo_list) ?? NIL; }
function setUndoList(b: Buffer, v: LispObject): void { b.locals.set(Qbuffer_undo_list, v); }

/** Whether B records undo information at all. */
export function undoEnabled(b: Buffer): boolean { return undoList(b) !== T; }

/** GNU record_first_change. */
export function recordFirstChange(b: Buffer): void {
  if (undoList(b) === T) return;
  const fn = Qvisited_file_modtime;
  const time = fn.f !== NIL ? funcall(fn) : 0;
  setUndoList(b, new Cons(new Cons(T, time), undoList(b)));
}

/** GNU record_point: the first change since the buffer was saved, and point after a boundary. */
function recordPoint(b: Buffer, beg: number): void {
  if (findSymbolValue(Vundo_inhibit_record_point) !== NIL) return;
  const list = undoList(b);
  const atBoundary = !(list instanceof Cons) || list.car === NIL;
  if (b.text.modiff <= b.text.saveModiff) recordFirstChange(b);
  const st = undoState();
  if (atBoundary && st.pointBefore !== beg && st.bufferBefore === b) {
    setUndoList(b, new Cons(st.pointBefore, undoList(b)));
  }
}

/** Records the insertion of LENGTH characters at BEG in B (GNU: record_insert). */
export function recordInsert(b: Buffer, beg: number, length: number): void {
  if (undoList(b) === T) return;
  recordPoint(b, beg);
  const list = undoList(b);
  // Consecutive insertions combine into one (BEG . END) entry.
  if (list instanceof Cons) {
    const elt = list.car;
    if (elt instanceof Cons && typeof elt.car === "number" && typeof elt.cdr === "number" && elt.cdr === beg) {
      elt.cdr = beg + length;
      return;
    }
  }
  setUndoList(b, new Cons(new Cons(beg, beg + length), list));
}

/** Records markers inside [FROM, TO] that the deletion is about to move (GNU: record_marker_adjustments). */
function recordMarkerAdjustments(b: Buffer, from: number, to: number): void {
  // Newest marker first, as GNU walks its marker chain.
  const cells = b.text.cells.filter((c) => c.pos >= from && c.pos <= to).sort((x, y) => y.seq - x.seq);
  for (const c of cells) {
    // GNU records every marker in the chain (save-restriction's bounds and change-hook positions too). The
    // entry gets a marker of its own on the same cell: moving it moves the original.
    if (!c.pinned && c.owners <= 0) continue; // a dead marker not yet reclaimed
    const m = markerOn(c);
    const adjustment = (c.itype ? to : from) - c.pos;
    if (adjustment) setUndoList(b, new Cons(new Cons(m, adjustment), undoList(b)));
  }
}

/** Records that STRING is about to be deleted at BEG (GNU: record_delete). */
export function recordDelete(b: Buffer, beg: number, string: LString, recordMarkers: boolean): void {
  if (undoList(b) === T) return;
  recordPoint(b, beg);
  const sbeg = b.pt === beg + string.length ? -beg : beg;
  if (recordMarkers) recordMarkerAdjustments(b, beg, beg + string.length);
  setUndoList(b, new Cons(new Cons(string, sbeg), undoList(b)));
}

/** Records a same-length replacement of [BEG, BEG+LENGTH) whose old text is OLD (GNU: record_change). */
export function recordChange(b: Buffer, beg: number, old: LString): void {
  recordDelete(b, beg, old, false);
  recordInsert(b, beg, old.length);
}

/** Records that PROP had VALUE on [BEG, BEG+LENGTH) in B (GNU: record_property_change). */
export function recordPropertyChange(b: Buffer, beg: number, length: number, prop: LispObject, value: LispObject): void {
  if (undoList(b) === T) return;
  if (b.text.modiff <= b.text.saveModiff) recordFirstChange(b);
  const entry = new Cons(NIL, new Cons(prop, new Cons(value, new Cons(beg, beg + length))));
  setUndoList(b, new Cons(entry, undoList(b)));
}

defun("undo-boundary", "()", "Mark a boundary between units of undo.", () => {
  const b = curBuf();
  const list = undoList(b);
  if (list === T) return NIL;
  if (list instanceof Cons && list.car !== NIL) setUndoList(b, new Cons(NIL, list));
  setInternal(Qundo_auto__last_boundary_cause, Qexplicit);
  const st = undoState();
  st.pointBefore = b.pt;
  st.bufferBefore = b;
  return NIL;
});

// ---------------------------------------------------------------------------------------------
// primitive-undo
// ---------------------------------------------------------------------------------------------
function outside(): never { return error("Changes to be undone are outside visible portion of buffer"); }

function unrecognized(entry: LispObject): never {
  return error((call("format", LString.fromJs("Unrecognized entry in undo list %S"), entry) as LString).s);
}

function call(name: string, ...args: LispObject[]): LispObject { return funcall(defsym(name), ...args); }

/** Undoes N records from the front of LIST; returns what remains (simple.el's primitive-undo). */
export function primitiveUndo(n: number, list: LispObject): LispObject {
  const count = E.sp;
  specbind(Qinhibit_read_only, T);
  specbind(defsym("inhibit-point-motion-hooks"), T);
  try {
    let b = curBuf();
    const oldlist = undoList(b);
    let didApply = false;
    for (let arg = n; arg > 0; arg--) {
      for (;;) {
        if (!(list instanceof Cons)) { list = NIL; break; }
        const next: LispObject = list.car;
        list = list.cdr;
        if (next === NIL) break;
        b = curBuf();
        if (isInt(next)) { call("goto-char", next); continue; }
        if (!(next instanceof Cons)) unrecognized(next);
        const car = next.car, cdr = next.cdr;
        if (car === T) {
          // (t . TIME): the buffer was unmodified then; mark it unmodified if the file still matches.
          const mt = Qvisited_file_modtime.f !== NIL ? funcall(Qvisited_file_modtime) : 0;
          const eq = call("equal", cdr, mt) !== NIL
            || (cdr instanceof Cons && call("equal", new Cons(cdr.car, new Cons(cdr.cdr, NIL)), mt) !== NIL);
          if (eq) {
            if (defsym("unlock-buffer").f !== NIL) call("unlock-buffer");
            call("set-buffer-modified-p", NIL);
          }
        } else if (car === NIL) {
          // (nil PROP VAL BEG . END)
          if (cdr instanceof Cons && cdr.cdr instanceof Cons && cdr.cdr.cdr instanceof Cons) {
            const prop = cdr.car, val = cdr.cdr.car, beg = cdr.cdr.cdr.car, end = cdr.cdr.cdr.cdr;
            if (b.begv > (beg as number) || b.zv < (end as number)) outside();
            call("put-text-property", beg, end, prop, val);
          }
        } else if (isInt(car) && isInt(cdr)) {
          const beg = Number(car), end = Number(cdr);
          if (b.begv > beg || b.zv < end) outside();
          call("goto-char", car);
          call("delete-region", car, cdr);
        } else if (car === Qapply) {
          didApply = applyEntry(cdr) || didApply;
        } else if (car instanceof LString && isInt(cdr)) {
          list = undoDeletion(b, car, Number(cdr), list);
        } else if (car instanceof Marker && isInt(cdr)) {
          call("warn", LString.fromJs("Encountered %S entry in undo list with no matching (TEXT . POS) entry"), next);
          if (car.c.buf !== null) setMarker(car, markerPosition(car) - Number(cdr), car.c.buf);
        } else unrecognized(next);
      }
    }
    const cb = curBuf();
    if (didApply && oldlist === undoList(cb)) {
      setUndoList(cb, new Cons(new Cons(Qapply, new Cons(defsym("cdr"), new Cons(NIL, NIL))), undoList(cb)));
    }
    return list;
  } finally {
    unbindTo(count);
  }
}

/** Reinserts a deleted STRING at POS, re-adjusting the markers recorded with it. */
function undoDeletion(b: Buffer, string: LString, pos: number, list: LispObject): LispObject {
  const apos = Math.abs(pos);
  if (apos < b.begv || apos > b.zv) outside();
  const valid: [Marker, number][] = [];
  while (list instanceof Cons && list.car instanceof Cons && list.car.car instanceof Marker && isInt(list.car.cdr)) {
    const m = list.car.car as Marker, adj = Number(list.car.cdr);
    list = list.cdr;
    if (m.c.buf === b && m.c.pos === apos) valid.unshift([m, adj]);
  }
  if (pos < 0) { call("goto-char", -pos); call("insert", string); }
  else { call("goto-char", pos); call("insert", string); call("goto-char", pos); }
  for (const [m, adj] of valid) if (m.c.buf !== null) setMarker(m, m.c.pos - adj, NIL);
  return list;
}

/** (apply FUN . ARGS) or (apply DELTA START END FUN . ARGS). */
function applyEntry(funArgs: LispObject): boolean {
  const curr = curBuf();
  if (funArgs instanceof Cons && isInt(funArgs.car)) {
    const parts: LispObject[] = [];
    let l: LispObject = funArgs;
    for (let i = 0; i < 4 && l instanceof Cons; i++) { parts.push(l.car); l = l.cdr; }
    const [delta, start, end, fun] = parts;
    const startMark = call("copy-marker", start, NIL) as Marker;
    const endMark = call("copy-marker", end, T) as Marker;
    if (curr.begv > Number(start) || curr.zv < Number(end)) outside();
    call("apply", fun, l);
    if (!(markerPosition(startMark) === Number(start) && Number(delta) + Number(end) === markerPosition(endMark))) {
      error("Changes to be undone by function different from announced");
    }
    setMarker(startMark, NIL, NIL); setMarker(endMark, NIL, NIL);
  } else {
    call("apply", funArgs);
  }
  if (curBuf() !== curr) error("Undo function switched buffer");
  return true;
}

defun("primitive-undo", "(n list)", "Undo N records from the front of the list LIST.\nReturn what remains of the list.",
  // GNU's is Lisp looping on (> n 0): any number or marker will do, anything else signals number-or-marker-p.
  (n, list) => {
    const k = checkNumberCoerceMarker(n);
    return primitiveUndo(k instanceof LFloat ? Math.ceil(k.n) : Number(k), list);
  });
