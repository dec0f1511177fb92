// The text-property engine on strings and buffers: argument validation, add/set/remove over a range,
// copying between objects, and the views other modules use (GNU: textprop.c's validate_interval_range,
// add_text_properties_1, set_text_properties, Fremove_text_properties, copy_text_properties,
// text_property_list; intervals.c's compare_string_intervals; fns.c's object-intervals).
import { findSymbolValue } from "../env.js";
import { Cons, defsym, LispObject, list, LString, NIL, T } from "../lisp.js";
import { argsOutOfRange, error, wrongType } from "../signal.js";
import { Buffer, curBuf, setBuffer } from "../buffer.js";
import { fixnumCoerceMarker } from "../marker.js";
import { prepareToModify, signalAfterChange } from "../insdel.js";
import { recordFirstChange, recordPropertyChange } from "../undo.js";
import { Qbuffer_or_string_p } from "../fns/common.js";
import { Intervals } from "../text/intervals.js";
import { Vprint_charset_text_property } from "../print/vars.js";
import { funcall } from "../eval.js";
import {
  addProperties, copyList, hasAllProperties, hasSomeProperties, hasSomePropertiesList, intervalsEqual,
  Qcharset, Recorder, recordSetProperties, removeProperties, SetType, textget,
} from "./plist.js";

const Qpoint_before_scroll = defsym("point-before-scroll");
const Qchar_charset = defsym("char-charset");

export type Tree = Intervals<LispObject>;
/** What carries text properties: a string, or a buffer's text (shared with its indirect buffers). */
export type PropObject = LString | Buffer;

export function treeOf(obj: PropObject): Tree | null {
  return obj instanceof LString ? obj.intervals : obj.text.intervals;
}

/**
 * B's structure, first brought to the length of its text if an edit bypassed the insdel hooks (a safety
 * net: a mismatch would be a bug elsewhere, and properties at the end are then lost or empty, never a crash).
 */
function bufferTree(b: Buffer): Tree | null {
  const t = b.text.intervals as Tree | null;
  if (t === null) return t;
  const n = b.z - 1;
  if (t.total === n) return t;
  if (n === 0 || (t.total > n && !t.delete(n, t.total - n))) { b.text.intervals = null; return null; }
  if (t.total < n) t.append(n - t.total, NIL);
  return t;
}
export function setTree(obj: PropObject, t: Tree | null): void {
  if (obj instanceof LString) obj.intervals = t; else obj.text.intervals = t;
}
/** Buffer positions start at 1 (BEG); interval offsets at 0. */
export const offsetOf = (obj: PropObject): number => (obj instanceof LString ? 0 : 1);

/** GNU CHECK_STRING_OR_BUFFER, after nil has become the current buffer. */
export function checkObject(object: LispObject): PropObject {
  if (object instanceof LString || object instanceof Buffer) return object;
  return wrongType(Qbuffer_or_string_p, object);
}
/** OBJECT, with nil meaning the current buffer. */
export function objectArg(object: LispObject): PropObject {
  return object === NIL ? curBuf() : checkObject(object);
}

/** The ordered positions found by the last validateRange (scratch, never Lisp-visible). */
export const vr = { start: 0, end: 0 };

/** A fresh interval structure covering the whole of OBJ, or null when it has no text. */
function createRoot(obj: PropObject): Tree | null {
  const n = obj instanceof LString ? obj.length : obj.z - 1;
  if (n === 0) return null;
  const t = new Intervals<LispObject>(n, NIL);
  setTree(obj, t);
  return t;
}

/**
 * GNU validate_interval_range for a range: coerces and orders BEGIN/END into `vr`, signals
 * args-out-of-range with the original arguments, and returns the index of the run at the start, or -1
 * when the range is empty (equal positions are not even range-checked, as in GNU), the object has no
 * text, or it has no properties and FORCE is false (with FORCE a structure is created).
 */
export function validateRange(obj: PropObject, begin: LispObject, end: LispObject, force: boolean): number {
  let b = fixnumCoerceMarker(begin), e = fixnumCoerceMarker(end);
  if (b === e) { vr.start = vr.end = b; return -1; }
  if (b > e) { const x = b; b = e; e = x; }
  vr.start = b; vr.end = e;
  let t: Tree | null;
  if (obj instanceof LString) {
    if (!(0 <= b && e <= obj.length)) argsOutOfRange(begin, end);
    t = obj.intervals;
    if (obj.length === 0) return -1;
  } else {
    if (!(obj.begv <= b && e <= obj.zv)) argsOutOfRange(begin, end);
    t = bufferTree(obj);
    if (obj.begv === obj.zv) return -1;
  }
  if (t === null) {
    if (!force) return -1;
    t = createRoot(obj)!;
  }
  return t.find(b - offsetOf(obj));
}

/**
 * validate_interval_range for a single position (text-properties-at, next-property-change...): POS must
 * lie in [0, length] or [BEGV, ZV]. Returns the run containing it, or -1 when there are no properties.
 */
export function validatePoint(obj: PropObject, position: LispObject): number {
  const p = fixnumCoerceMarker(position);
  vr.start = vr.end = p;
  let t: Tree | null;
  if (obj instanceof LString) {
    if (!(0 <= p && p <= obj.length)) argsOutOfRange(position, position);
    t = obj.intervals;
    if (obj.length === 0) return -1;
  } else {
    if (!(obj.begv <= p && p <= obj.zv)) argsOutOfRange(position, position);
    t = bufferTree(obj);
    if (obj.begv === obj.zv) return -1;
  }
  if (t === null) return -1;
  return t.find(p - offsetOf(obj));
}

/** GNU validate_plist: nil, an even-length list, or a single non-list value V meaning (V nil). */
export function validatePlist(l: LispObject): LispObject {
  if (l === NIL) return NIL;
  if (l instanceof Cons) {
    let tail: LispObject = l;
    do {
      tail = (tail as Cons).cdr;
      if (!(tail instanceof Cons)) error("Odd length text property list");
      tail = tail.cdr;
    } while (tail instanceof Cons);
    return l;
  }
  return list(l, NIL);
}

/** Runs FN with OBJ's buffer current when OBJ is a buffer other than the current one (GNU bug#36190). */
export function inBufferOf<R>(obj: LispObject, fn: () => R): R {
  if (!(obj instanceof Buffer)) return fn();
  const old = curBuf();
  if (obj === old) return fn();
  setBuffer(obj);
  try { return fn(); } finally { if (old.live) setBuffer(old); }
}

/** Before changing properties of [START, END) of buffer B (GNU: modify_text_properties). */
export function modifyTextProperties(b: Buffer, start: number, end: number): void {
  prepareToModify(b, start, end);
  if (b.text.modiff <= b.text.saveModiff) recordFirstChange(b);
  b.text.modiff++;
  b.locals.set(Qpoint_before_scroll, NIL);
}

/** Undo recorder for run J of buffer B's intervals (GNU: record_property_change calls). */
function recorder(obj: PropObject, t: Tree, j: number): Recorder {
  if (!(obj instanceof Buffer)) return null;
  return (prop, old) => recordPropertyChange(obj, t.start(j) + 1, t.length(j), prop, old);
}

// ---------------------------------------------------------------------------------------------
// Reading properties.
// ---------------------------------------------------------------------------------------------
/** `text-properties-at`: the list of the run at POSITION itself, nil at the end of the object. */
export function textPropertiesAt(position: LispObject, object: LispObject): LispObject {
  const obj = objectArg(object);
  const i = validatePoint(obj, position);
  if (i < 0) return NIL;
  const t = treeOf(obj)!;
  if (vr.start - offsetOf(obj) === t.end(i)) return NIL;
  return t.plist(i);
}

/** `get-text-property`. */
export function getTextProperty(position: LispObject, prop: LispObject, object: LispObject): LispObject {
  return textget(textPropertiesAt(position, object), prop);
}

// ---------------------------------------------------------------------------------------------
// add-text-properties, set-text-properties, remove-text-properties.
// ---------------------------------------------------------------------------------------------
/**
 * The walk shared by add-text-properties and the two removers: NEEDS says which runs must change and
 * CHANGE changes run j. Buffers get modification hooks and undo records; returns t if anything changed.
 */
function changeRange(obj: PropObject, start: LispObject, end: LispObject, needs: (p: LispObject) => boolean,
  change: (t: Tree, j: number) => void, forceTree: boolean): LispObject {
  let firstTime = true;
  for (;;) {
    const i0 = validateRange(obj, start, end, forceTree);
    if (i0 < 0) return NIL;
    const t = treeOf(obj)!;
    const off = offsetOf(obj);
    const s = vr.start, e = vr.end;
    const i = t.firstNeeding(s - off, e - s, needs, copyList);
    if (i < 0) return NIL;
    if (obj instanceof Buffer && firstTime) {
      const v = t.version;
      modifyTextProperties(obj, s, e);
      // Hooks run by the preparation may have changed the properties: start over without them.
      if (treeOf(obj) !== t || t.version !== v) { firstTime = false; continue; }
    }
    t.changeUntil(i, e - off, needs, (j) => change(t, j), copyList);
    if (obj instanceof Buffer) signalAfterChange(s, e - s, e - s);
    return T;
  }
}

/** GNU add_text_properties_1 (add-text-properties, put-text-property, add-face-text-property). */
export function addTextProperties(start: LispObject, end: LispObject, properties: LispObject, object: LispObject,
  setType: SetType = SetType.Replace, destructive = true): LispObject {
  return inBufferOf(object, () => {
    const props = validatePlist(properties);
    if (props === NIL) return NIL;
    const obj = objectArg(object);
    return changeRange(obj, start, end, (p) => !hasAllProperties(props, p), (t, j) => {
      const [np] = addProperties(props, t.plist(j), setType, destructive, recorder(obj, t, j));
      t.setPlist(j, np);
    }, true);
  });
}

/** `remove-text-properties`: PROPERTIES is a plist whose values are ignored. */
export function removeTextProperties(start: LispObject, end: LispObject, properties: LispObject, object: LispObject): LispObject {
  return inBufferOf(object, () => {
    const obj = objectArg(object);
    return changeRange(obj, start, end, (p) => hasSomeProperties(properties, p), (t, j) => {
      const [np] = removeProperties(properties, NIL, t.plist(j), recorder(obj, t, j));
      t.setPlist(j, np);
    }, false);
  });
}

/** `remove-list-of-text-properties`. */
export function removeListOfTextProperties(start: LispObject, end: LispObject, names: LispObject, object: LispObject): LispObject {
  return inBufferOf(object, () => {
    const obj = objectArg(object);
    return changeRange(obj, start, end, (p) => hasSomePropertiesList(names, p), (t, j) => {
      const [np] = removeProperties(NIL, names, t.plist(j), recorder(obj, t, j));
      t.setPlist(j, np);
    }, false);
  });
}

/**
 * GNU set_text_properties: replaces the properties of [START, END) by PROPERTIES. COHERENT false is for
 * internal use (no modification hooks). Returns nil when it detected that nothing was replaced.
 */
export function setTextProperties(start: LispObject, end: LispObject, properties: LispObject, object: LispObject,
  coherent = true): LispObject {
  return inBufferOf(object, () => {
    const props = validatePlist(properties);
    const obj0 = object === NIL ? curBuf() : object;
    // No properties for a whole string: drop its structure.
    if (props === NIL && obj0 instanceof LString && start === 0 && end === obj0.length) {
      if (obj0.intervals === null) return NIL;
      obj0.intervals = null;
      return T;
    }
    const obj = checkObject(obj0);
    let firstTime = true;
    for (;;) {
      let i = validateRange(obj, start, end, false);
      if (i < 0) {
        if (props === NIL) return NIL;
        i = validateRange(obj, start, end, true);
        if (i < 0) return NIL;
      }
      const s = vr.start, e = vr.end;
      if (obj instanceof Buffer && coherent && firstTime) {
        const t = treeOf(obj)!, v = t.version;
        modifyTextProperties(obj, s, e);
        if (treeOf(obj) !== t || t.version !== v) { firstTime = false; continue; }
      }
      setTextProperties1(obj, s, e, props);
      if (obj instanceof Buffer && coherent) signalAfterChange(s, e - s, e - s);
      return T;
    }
  });
}

/** GNU set_text_properties_1: replaces the properties of [S, E) of OBJ, which has a structure. */
export function setTextProperties1(obj: PropObject, s: number, e: number, props: LispObject): void {
  const t = treeOf(obj);
  if (t === null || e <= s) return;
  const off = offsetOf(obj);
  t.setRange(s - off, e - s, (j) => {
    const rec = recorder(obj, t, j);
    if (rec) recordSetProperties(props, t.plist(j), rec);
    t.setPlist(j, copyList(props));
  }, copyList, NIL);
}

// ---------------------------------------------------------------------------------------------
// Copying between objects and listing.
// ---------------------------------------------------------------------------------------------
/**
 * (START END PLIST) triples of SRC's non-empty runs over [FROM, TO), last first, with the runs' own
 * lists (GNU: text_property_list with PROP nil, in offsets of the structure).
 */
function runsBackward(t: Tree, from: number, to: number): [number, number, LispObject][] {
  const out: [number, number, LispObject][] = [];
  if (to <= from) return out;
  for (let j = t.find(from); j < t.count && t.start(j) < to; j++) {
    const p = t.plist(j);
    if (p === NIL) continue;
    out.push([Math.max(t.start(j), from), Math.min(t.end(j), to), p]);
  }
  return out.reverse();
}

/**
 * Gives DST at AT the properties of SRC over [FROM, TO), as GNU's substring/concat do: each non-empty run
 * is added with add-text-properties, last run first (GNU: copy_text_properties and
 * add_text_properties_from_list; this is why a copy lists each run's properties in reverse order).
 */
export function copyStringProperties(src: LString, from: number, to: number, dst: PropObject, at: number): void {
  const t = src.intervals;
  if (t === null) return;
  for (const [s, e, p] of runsBackward(t, from, to)) addTextProperties(s - from + at, e - from + at, p, dst);
}

/** GNU copy_text_properties with PROP: the properties (or just PROP) of SRC [START, END) onto DEST at POS. */
export function copyTextProperties(start: LispObject, end: LispObject, src: PropObject, pos: LispObject,
  dest: PropObject, prop: LispObject): LispObject {
  const i = validateRange(src, start, end, false);
  if (i < 0) return NIL;
  const s = vr.start, e = vr.end;
  const p = fixnumCoerceMarker(pos);
  validateRange(dest, p, p + (e - s), false);
  const t = treeOf(src)!, off = offsetOf(src);
  const stuff: [number, number, LispObject][] = [];
  for (const [a, b, plist] of runsBackward(t, s - off, e - off)) {
    let pl = plist;
    if (prop !== NIL) {
      pl = NIL;
      for (let l = plist; l instanceof Cons && l.cdr instanceof Cons; l = l.cdr.cdr) {
        if (l.car === prop) { pl = list(prop, l.cdr.car); break; }
      }
      if (pl === NIL) continue;
    }
    stuff.push([a + off - s + p, b + off - s + p, pl]);
  }
  let modified = false;
  for (const [a, b, pl] of stuff) if (addTextProperties(a, b, pl, dest) !== NIL) modified = true;
  return modified ? T : NIL;
}

/** `object-intervals`: ((FROM TO PLIST) ...) over the whole structure, offsets from 0, lists as they are. */
export function objectIntervals(obj: PropObject): LispObject {
  const t = treeOf(obj);
  if (t === null) return NIL;
  const items: LispObject[] = [];
  for (let j = 0; j < t.count; j++) items.push(list(t.start(j), t.end(j), t.plist(j)));
  return list(...items);
}

/** Whether two strings with the same text have equal properties, values compared with eq (GNU 28:
 * compare_string_intervals). */
export function compareStringIntervals(a: LString, b: LString): boolean {
  const t1 = a.intervals as Tree | null, t2 = b.intervals as Tree | null;
  const end = a.length;
  let i1 = 0, i2 = 0, pos = 0;
  while (pos < end) {
    const e1 = t1 !== null && i1 < t1.count ? t1.end(i1) : end;
    const e2 = t2 !== null && i2 < t2.count ? t2.end(i2) : end;
    const p1 = t1 !== null && i1 < t1.count ? t1.plist(i1) : NIL;
    const p2 = t2 !== null && i2 < t2.count ? t2.plist(i2) : NIL;
    if (!intervalsEqual(p1, p2)) return false;
    const next = Math.min(e1, e2);
    if (e1 === next) i1++;
    if (e2 === next) i2++;
    pos = next;
  }
  return true;
}

/**
 * The properties a printed string shows (GNU: print_prune_string_charset). GNU 28 prints a copy made
 * with copy-sequence (so each run's list appears reversed) with its `charset' properties removed, unless
 * print-charset-text-property is t, or is non-nil and some `charset' value is not the charset Emacs would
 * guess for a character it covers (then the string prints as it is). A string whose only properties are
 * `charset' ones prints without any.
 */
export function printIntervals(s: LString): LispObject {
  const t = s.intervals as Tree | null;
  if (t === null) return NIL;
  const mode = findSymbolValue(Vprint_charset_text_property);
  if (mode === T) return objectIntervals(s);
  let nonCharset = false, unsafe = false;
  for (let j = 0; j < t.count && !(nonCharset && unsafe); j++) {
    const p = t.plist(j);
    if (p === NIL) continue;
    let v: LispObject = p;
    while (v instanceof Cons && v.car !== Qcharset) v = v.cdr instanceof Cons ? v.cdr.cdr : NIL;
    if (!(v instanceof Cons)) { nonCharset = true; continue; }
    if (v !== p || (v.cdr instanceof Cons && v.cdr.cdr instanceof Cons)) nonCharset = true;
    if (!unsafe && Qchar_charset.f !== NIL) {
      const charset = v.cdr instanceof Cons ? v.cdr.car : NIL;
      for (let k = t.start(j); k < t.end(j) && !unsafe; k++) {
        const c = s.charAt(k);
        if (c >= 0x80 && funcall(Qchar_charset, c) !== charset) unsafe = true;
      }
    }
  }
  if (unsafe && mode !== NIL) return objectIntervals(s);
  if (!nonCharset) return NIL;
  const copy = new LString(s.s, s.multibyte);
  copyStringProperties(s, 0, s.length, copy, 0);
  removeTextProperties(0, copy.length, list(Qcharset), copy);
  return objectIntervals(copy);
}

