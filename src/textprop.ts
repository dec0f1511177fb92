// Text-property primitives on strings and buffers, and the hooks that make properties flow through
// concat, substring, copy-sequence, format, printing and buffer edits (GNU: textprop.c, editfns.c's
// propertize and get-pos-property).
//
// The engine is in textprop/ (plist.ts: property lists; core.ts: validation and range changes; buffer.ts:
// buffer edits), the structure in text/intervals.ts. Overlays are not implemented yet: `overlayHooks` is
// where an overlay module plugs into get-char-property and the char-property-change searches.
import { defun } from "./defun.js";
import { Cons, defsym, LispObject, list, LString, MOST_POSITIVE_FIXNUM, NIL, T } from "./lisp.js";
import { checkString, checkFixnum, wrongType, xsignal, Qargs_out_of_range, Qwrong_number_of_arguments } from "./signal.js";
import { Buffer, curBuf, Qbufferp, setBuffer } from "./buffer.js";
import { fixnumCoerceMarker, Marker, markerPosition } from "./marker.js";
import { textPropHooks } from "./fns/common.js";
import { assq, memq } from "./fns/lists.js";
import { copySequence } from "./fns/seq.js";
import { formatPropHooks } from "./editfns/format.js";
import { findSymbolValue } from "./env.js";
import {
  addTextProperties, compareStringIntervals, copyStringProperties, getTextProperty, objectArg,
  objectIntervals, offsetOf, printIntervals, PropObject, removeListOfTextProperties, removeTextProperties,
  setTextProperties, textPropertiesAt, treeOf, validatePoint, validateRange, vr,
} from "./textprop/core.js";
import { intervalsEqual, Qface, Qfront_sticky, Qrear_nonsticky, SetType, textget, Vtext_property_default_nonsticky } from "./textprop/plist.js";
import "./textprop/buffer.js";
export { remapIntervals } from "./textprop/buffer.js";

export {
  addTextProperties, setTextProperties, removeTextProperties, getTextProperty, textPropertiesAt,
  copyStringProperties, objectIntervals, printIntervals,
} from "./textprop/core.js";
export { textget, lookupCharProperty } from "./textprop/plist.js";

const Qpropertize = defsym("propertize");

/**
 * Where overlays will plug in (GNU: the overlay halves of get_char_property_and_overlay, get-pos-property,
 * next-overlay-change and previous-overlay-change). Absent hooks mean "no overlays".
 */
export const overlayHooks: {
  /** The value of PROP from the highest-priority overlay at POS of B that has it, with that overlay. */
  charProperty?: (b: Buffer, pos: number, prop: LispObject) => [LispObject, LispObject] | null;
  /** Like charProperty, but only overlays that would cover a character inserted at POS. */
  posProperty?: (b: Buffer, pos: number, prop: LispObject) => LispObject;
  /** Next position after POS where an overlay starts or ends in the current buffer, or ZV. */
  nextChange?: (pos: number) => number;
  /** Previous such position before POS, or BEGV. */
  previousChange?: (pos: number) => number;
} = {};

// ---------------------------------------------------------------------------------------------
// Hooks for fns, format and the printer.
// ---------------------------------------------------------------------------------------------
textPropHooks.copy = (src, from, to, dst, at) => copyStringProperties(src, from, to, dst, at);
textPropHooks.equal = compareStringIntervals;
textPropHooks.intervals = (obj) => objectIntervals(obj as PropObject);
/** The properties prin1 shows for a string (GNU prints a copy: see printIntervals); for the printer. */
Object.assign(textPropHooks, { print: printIntervals });
formatPropHooks.add = (s, start, end, plist) => { addTextProperties(start, end, plist, s); };

// ---------------------------------------------------------------------------------------------
// Reading properties.
// ---------------------------------------------------------------------------------------------
defun("text-properties-at", "(position &optional object)", `Return the list of properties of the character at POSITION in OBJECT.
If the optional second argument OBJECT is a buffer (or nil, which means
the current buffer), POSITION is a buffer position (integer or marker).
If OBJECT is a string, POSITION is a 0-based index into it.
If POSITION is at the end of OBJECT, the value is nil.`, textPropertiesAt);

defun("get-text-property", "(position prop &optional object)", `Return the value of POSITION's property PROP, in OBJECT.
OBJECT should be a buffer or a string; if omitted or nil, it defaults
to the current buffer.
If POSITION is at the end of OBJECT, the value is nil.`, getTextProperty);

/** GNU fix_position: an integer or marker; bignums saturate. */
function fixPosition(x: LispObject): number {
  if (typeof x === "number") return x;
  if (x instanceof Marker) return markerPosition(x);
  if (typeof x === "bigint") return x >= 0n ? Number(MOST_POSITIVE_FIXNUM) : -Number(MOST_POSITIVE_FIXNUM);
  return wrongType(defsym("integer-or-marker-p"), x);
}

/** GNU get_char_property_and_overlay: [value, overlay or nil]. */
export function getCharPropertyAndOverlay(position: LispObject, prop: LispObject, object: LispObject): [LispObject, LispObject] {
  const pos = fixPosition(position);
  const obj = object === NIL ? curBuf() : object;
  if (obj instanceof Buffer) {
    if (!(obj.begv <= pos && pos <= obj.zv)) xsignal(Qargs_out_of_range, position);
    const hook = overlayHooks.charProperty;
    if (hook) { const r = hook(obj, pos, prop); if (r !== null) return r; }
  }
  return [getTextProperty(pos, prop, obj), NIL];
}

defun("get-char-property", "(position prop &optional object)", `Return the value of POSITION's property PROP, in OBJECT.
Both overlay properties and text properties are checked.
OBJECT is optional and defaults to the current buffer.
If POSITION is at the end of OBJECT, the value is nil.`,
  (position, prop, object) => getCharPropertyAndOverlay(position, prop, object)[0]);

defun("get-char-property-and-overlay", "(position prop &optional object)", `Like \`get-char-property', but with extra overlay information.
The value is a cons cell.  Its car is the return value of \`get-char-property'
with the same arguments--that is, the value of POSITION's property
PROP in OBJECT.  Its cdr is the overlay in which the property was
found, or nil, if it was found as a text property or not found at all.`,
  (position, prop, object) => { const [v, ov] = getCharPropertyAndOverlay(position, prop, object); return new Cons(v, ov); });

/**
 * From which side new text at POS would inherit PROP in buffer B: 1 from the character after, -1 from the
 * one before, 0 from neither (GNU: text_property_stickiness).
 */
export function textPropertyStickiness(prop: LispObject, pos: number, b: Buffer): number {
  const ignorePrevious = pos <= b.begv;
  const dflt = assq(prop, findSymbolValue(Vtext_property_default_nonsticky));
  let rearSticky = true, frontSticky = false;
  if (ignorePrevious || (dflt instanceof Cons && dflt.cdr !== NIL)) rearSticky = false;
  else {
    const rns = getTextProperty(pos - 1, Qrear_nonsticky, b);
    if ((rns instanceof Cons ? memq(prop, rns) : rns) !== NIL) rearSticky = false;
  }
  const fs = getTextProperty(pos, Qfront_sticky, b);
  if (fs === T || (fs instanceof Cons && memq(prop, fs) !== NIL)) frontSticky = true;
  if (rearSticky && !frontSticky) return -1;
  if (!rearSticky && frontSticky) return 1;
  if (!rearSticky && !frontSticky) return 0;
  // Both: rear-stickiness wins unless the value before is nil.
  if (ignorePrevious || getTextProperty(pos - 1, prop, b) === NIL) return 1;
  return -1;
}

defun("get-pos-property", "(position prop &optional object)", `Return the value of POSITION's property PROP, in OBJECT.
Almost identical to \`get-char-property' except for the following difference:
Whereas \`get-char-property' returns the property of the char at (i.e. right
after) POSITION, this pays attention to properties's stickiness and overlays's
advancement settings, in order to find the property of POSITION itself,
i.e. the property that a char would inherit if it were inserted
at POSITION.`, (position, prop, object) => {
  const pos = fixnumCoerceMarker(position);
  const obj = object === NIL ? curBuf() : object;
  if (!(obj instanceof Buffer)) return getTextProperty(pos, prop, obj);
  const hook = overlayHooks.posProperty;
  if (hook) { const v = hook(obj, pos, prop); if (v !== NIL) return v; }
  const stickiness = textPropertyStickiness(prop, pos, obj);
  if (stickiness > 0) return getTextProperty(pos, prop, obj);
  if (stickiness < 0 && pos > obj.begv) return getTextProperty(pos - 1, prop, obj);
  return NIL;
});

// ---------------------------------------------------------------------------------------------
// Searching for changes.
// ---------------------------------------------------------------------------------------------
/** The end of OBJ's text for the searches: its length, or ZV. */
const textEnd = (obj: PropObject): number => (obj instanceof LString ? obj.length : obj.zv);
const textStart = (obj: PropObject): number => (obj instanceof LString ? 0 : obj.begv);

/** next-property-change and next-single-property-change; SAME says whether a run continues run i. */
function nextChange(position: LispObject, object: LispObject, limit: LispObject, tLimit: boolean,
  same: (here: LispObject, there: LispObject) => boolean): LispObject {
  const obj = objectArg(object);
  const lim = limit !== NIL && !(tLimit && limit === T) ? fixnumCoerceMarker(limit) : null;
  const i = validatePoint(obj, position);
  const off = offsetOf(obj);
  if (tLimit && limit === T) {
    const t = treeOf(obj);
    if (i < 0 || i + 1 >= t!.count) return textEnd(obj);
    return t!.start(i + 1) + off;
  }
  const result = lim === null ? NIL : lim;
  if (i < 0) return result;
  const t = treeOf(obj)!;
  const here = t.plist(i);
  const p = t.nextChange(i, (x) => !same(here, x), lim === null ? Infinity : lim - off);
  if (p < 0 || p + off >= (lim !== null ? lim : textEnd(obj))) return result;
  return p + off;
}

/** previous-property-change and previous-single-property-change. */
function previousChange(position: LispObject, object: LispObject, limit: LispObject,
  same: (here: LispObject, there: LispObject) => boolean): LispObject {
  const obj = objectArg(object);
  const lim = limit !== NIL ? fixnumCoerceMarker(limit) : null;
  let i = validatePoint(obj, position);
  const result = lim === null ? NIL : lim;
  if (i < 0) return result;
  const t = treeOf(obj)!;
  const off = offsetOf(obj);
  // Start with the run containing the character before POSITION.
  if (t.start(i) + off === vr.start) i--;
  if (i < 0) return result;
  const here = t.plist(i);
  const p = t.previousChange(i, (x) => !same(x, here), lim === null ? -Infinity : lim - off);
  if (p < 0 || p + off <= (lim !== null ? lim : textStart(obj))) return result;
  return p + off;
}

export function nextPropertyChange(position: LispObject, object: LispObject, limit: LispObject): LispObject {
  return nextChange(position, object, limit, true, intervalsEqual);
}
export function previousPropertyChange(position: LispObject, object: LispObject, limit: LispObject): LispObject {
  return previousChange(position, object, limit, (prev, here) => intervalsEqual(prev, here));
}
export function nextSinglePropertyChange(position: LispObject, prop: LispObject, object: LispObject, limit: LispObject): LispObject {
  let hereVal: LispObject = NIL, cached: LispObject = null as unknown as LispObject;
  return nextChange(position, object, limit, false, (here, there) => {
    if (cached !== here) { cached = here; hereVal = textget(here, prop); }
    return textget(there, prop) === hereVal;
  });
}
export function previousSinglePropertyChange(position: LispObject, prop: LispObject, object: LispObject, limit: LispObject): LispObject {
  let hereVal: LispObject = NIL, cached: LispObject = null as unknown as LispObject;
  return previousChange(position, object, limit, (there, here) => {
    if (cached !== here) { cached = here; hereVal = textget(here, prop); }
    return textget(there, prop) === hereVal;
  });
}

defun("next-property-change", "(position &optional object limit)", `Return the position of next property change.
Scans characters forward from POSITION in OBJECT till it finds
a change in some text property, then returns the position of the change.
Return nil if LIMIT is nil or omitted, and the property is constant all
the way to the end of OBJECT.
If the optional third argument LIMIT is non-nil, don't search
past position LIMIT; return LIMIT if nothing is found before LIMIT.`, nextPropertyChange);

defun("next-single-property-change", "(position prop &optional object limit)", `Return the position of next property change for a specific property.
Scans characters forward from POSITION till it finds
a change in the PROP property, then returns the position of the change.
The property values are compared with \`eq'.
Return nil if LIMIT is nil or omitted, and the property is constant all
the way to the end of OBJECT.`, nextSinglePropertyChange);

defun("previous-property-change", "(position &optional object limit)", `Return the position of previous property change.
Scans characters backwards from POSITION in OBJECT till it finds
a change in some text property, then returns the position of the change.
Return nil if LIMIT is nil or omitted, and the property is constant all
the way to the start of OBJECT.`, previousPropertyChange);

defun("previous-single-property-change", "(position prop &optional object limit)", `Return the position of previous property change for a specific property.
Scans characters backward from POSITION till it finds
a change in the PROP property, then returns the position of the change.
The property values are compared with \`eq'.
Return nil if LIMIT is nil or omitted, and the property is constant all
the way to the start of OBJECT.`, previousSinglePropertyChange);

/** next-overlay-change with no overlays answers ZV (it still checks its argument). */
function nextOverlayChange(position: LispObject): number {
  const pos = fixnumCoerceMarker(position);
  return overlayHooks.nextChange ? overlayHooks.nextChange(pos) : curBuf().zv;
}
function previousOverlayChange(position: LispObject): number {
  const pos = fixnumCoerceMarker(position);
  return overlayHooks.previousChange ? overlayHooks.previousChange(pos) : curBuf().begv;
}

export function nextCharPropertyChange(position: LispObject, limit: LispObject): LispObject {
  let temp = nextOverlayChange(position);
  if (limit !== NIL) { const l = fixnumCoerceMarker(limit); if (l < temp) temp = l; }
  return nextPropertyChange(position, NIL, temp);
}
export function previousCharPropertyChange(position: LispObject, limit: LispObject): LispObject {
  let temp = previousOverlayChange(position);
  if (limit !== NIL) { const l = fixnumCoerceMarker(limit); if (l > temp) temp = l; }
  return previousPropertyChange(position, NIL, temp);
}

defun("next-char-property-change", "(position &optional limit)", `Return the position of next text property or overlay change.
This scans characters forward in the current buffer from POSITION till
it finds a change in some text property, or the beginning or end of an
overlay, and returns the position of that.
If none is found, and LIMIT is nil or omitted, the function
returns (point-max).`, nextCharPropertyChange);

defun("previous-char-property-change", "(position &optional limit)", `Return the position of previous text property or overlay change.
Scans characters backward in the current buffer from POSITION till it
finds a change in some text property, or the beginning or end of an
overlay, and returns the position of that.
If none is found, and LIMIT is nil or omitted, the function
returns (point-min).`, previousCharPropertyChange);

/** Runs FN with buffer OBJECT (nil: the current one) current (GNU: record_unwind_current_buffer). */
function withBufferArg<R>(object: LispObject, fn: () => R): R {
  if (object !== NIL && !(object instanceof Buffer)) wrongType(Qbufferp, object);
  const old = curBuf();
  if (!(object instanceof Buffer) || object === old) return fn();
  setBuffer(object);
  try { return fn(); } finally { if (old.live) setBuffer(old); }
}

defun("next-single-char-property-change", "(position prop &optional object limit)", `Return the position of next text property or overlay change for a specific property.
Scans characters forward from POSITION till it finds
a change in the PROP property, then returns the position of the change.
In a string, scan runs to the end of the string, unless LIMIT is non-nil.
In a buffer, scan runs to end of buffer, unless LIMIT is non-nil.
The property values are compared with \`eq'.`, (position, prop, object, limit) => {
  if (object instanceof LString) {
    const r = nextSinglePropertyChange(position, prop, object, limit);
    if (r !== NIL) return r;
    return limit === NIL ? object.length : checkFixnum(limit);
  }
  return withBufferArg(object, () => {
    let pos = fixnumCoerceMarker(position);
    const initial = getCharPropertyAndOverlay(pos, prop, object)[0];
    const zv = curBuf().zv;
    const lim = limit === NIL ? zv : fixnumCoerceMarker(limit);
    if (pos >= lim) return lim > zv ? zv : lim;
    for (;;) {
      pos = nextCharPropertyChange(pos, lim) as number;
      if (pos >= lim) return lim;
      if (getCharPropertyAndOverlay(pos, prop, object)[0] !== initial) return pos;
      if (pos >= zv) return pos;
    }
  });
});

defun("previous-single-char-property-change", "(position prop &optional object limit)", `Return the position of previous text property or overlay change for a specific property.
Scans characters backward from POSITION till it finds
a change in the PROP property, then returns the position of the change.
In a string, scan runs to the start of the string, unless LIMIT is non-nil.
In a buffer, if LIMIT is nil or omitted, it runs to (point-min), and the
value cannot be less than that.
The property values are compared with \`eq'.`, (position, prop, object, limit) => {
  if (object instanceof LString) {
    const r = previousSinglePropertyChange(position, prop, object, limit);
    if (r !== NIL) return r;
    return limit === NIL ? 0 : checkFixnum(limit);
  }
  return withBufferArg(object, () => {
    let pos = fixnumCoerceMarker(position);
    const begv = curBuf().begv;
    const lim = limit === NIL ? begv : fixnumCoerceMarker(limit);
    if (pos <= lim) return lim < begv ? begv : lim;
    const initial = getCharPropertyAndOverlay(pos - (pos >= 0 ? 1 : 0), prop, object)[0];
    for (;;) {
      pos = previousCharPropertyChange(pos, lim) as number;
      if (pos <= lim) return lim;
      if (getCharPropertyAndOverlay(pos - 1, prop, object)[0] !== initial) return pos;
    }
  });
});

// ---------------------------------------------------------------------------------------------
// Changing properties.
// ---------------------------------------------------------------------------------------------
defun("add-text-properties", "(start end properties &optional object)", `Add properties to the text from START to END.
The third argument PROPERTIES is a property list
specifying the property values to add.  If the optional fourth argument
OBJECT is a buffer (or nil, which means the current buffer),
START and END are buffer positions (integers or markers).
If OBJECT is a string, START and END are 0-based indices into it.
Return t if any property value actually changed, nil otherwise.`,
  (start, end, properties, object) => addTextProperties(start, end, properties, object));

defun("put-text-property", "(start end property value &optional object)", `Set one property of the text from START to END.
The third and fourth arguments PROPERTY and VALUE
specify the property to add.
If the optional fifth argument OBJECT is a buffer (or nil, which means
the current buffer), START and END are buffer positions (integers or
markers).  If OBJECT is a string, START and END are 0-based indices into it.`,
  (start, end, property, value, object) => { addTextProperties(start, end, list(property, value), object); return NIL; });

defun("set-text-properties", "(start end properties &optional object)", `Completely replace properties of text from START to END.
The third argument PROPERTIES is the new property list.
If the optional fourth argument OBJECT is a buffer (or nil, which means
the current buffer), START and END are buffer positions (integers or
markers).  If OBJECT is a string, START and END are 0-based indices into it.
If PROPERTIES is nil, the effect is to remove all properties from
the designated part of OBJECT.`, (start, end, properties, object) => setTextProperties(start, end, properties, object));

defun("add-face-text-property", "(start end face &optional append object)", `Add the face property to the text from START to END.
FACE specifies the face to add.  It should be a valid value of the
\`face' property (typically a face name or a plist of face attributes
and values).

If any text in the region already has a non-nil \`face' property, those
face(s) are retained.  This is done by setting the \`face' property to
a list of faces, with FACE as the first element (by default) and the
pre-existing faces as the remaining elements.

If optional fourth argument APPEND is non-nil, append FACE to the end
of the face list instead.`, (start, end, face, append, object) => {
  addTextProperties(start, end, list(Qface, face), object, append === NIL ? SetType.Prepend : SetType.Append, false);
  return NIL;
});

defun("remove-text-properties", "(start end properties &optional object)", `Remove some properties from text from START to END.
The third argument PROPERTIES is a property list
whose property names specify the properties to remove.
\\(The values stored in PROPERTIES are ignored.)
Return t if any property was actually removed, nil otherwise.

Use \`set-text-properties' if you want to remove all text properties.`, removeTextProperties);

defun("remove-list-of-text-properties", "(start end list-of-properties &optional object)", `Remove some properties from text from START to END.
The third argument LIST-OF-PROPERTIES is a list of property names to remove.
Return t if any property was actually removed, nil otherwise.`, removeListOfTextProperties);

/** text-property-any (ANY) and text-property-not-all (!ANY). */
function propertyScan(start: LispObject, end: LispObject, property: LispObject, value: LispObject, object: LispObject,
  any: boolean): LispObject {
  const obj = objectArg(object);
  let i = validateRange(obj, start, end, false);
  const s = vr.start, e = vr.end;
  if (i < 0) {
    const noMatch = any ? value !== NIL : value === NIL;
    return noMatch || s === e ? NIL : s;
  }
  const t = treeOf(obj)!, off = offsetOf(obj);
  for (; i < t.count; i++) {
    const p = t.start(i) + off;
    if (p >= e) break;
    if ((textget(t.plist(i), property) === value) === any) return p < s ? s : p;
  }
  return NIL;
}

defun("text-property-any", "(start end property value &optional object)", `Check text from START to END for property PROPERTY equaling VALUE.
If so, return the position of the first character whose property PROPERTY
is \`eq' to VALUE.  Otherwise return nil.`,
  (start, end, property, value, object) => propertyScan(start, end, property, value, object, true));

defun("text-property-not-all", "(start end property value &optional object)", `Check text from START to END for property PROPERTY not equaling VALUE.
If so, return the position of the first character whose property PROPERTY
is not \`eq' to VALUE.  Otherwise, return nil.`,
  (start, end, property, value, object) => propertyScan(start, end, property, value, object, false));

defun("propertize", "(string &rest properties)", `Return a copy of STRING with text properties added.
First argument is the string to copy.
Remaining arguments form a sequence of PROPERTY VALUE pairs for text
properties to add to the result.`, (string: LispObject, ...props: LispObject[]) => {
  if (props.length % 2 !== 0) xsignal(Qwrong_number_of_arguments, Qpropertize, props.length + 1);
  const s = copySequence(checkString(string)) as LString;
  // GNU conses the pairs up last first; adding them reverses them back into argument order.
  let properties: LispObject = NIL;
  for (let k = 0; k < props.length; k += 2) properties = new Cons(props[k], new Cons(props[k + 1], properties));
  addTextProperties(0, s.length, properties, s);
  return s;
});

