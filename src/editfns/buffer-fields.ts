// Fields: runs of text with the same `field' property, and motion constrained to them (GNU: editfns.c's
// find_field, field-beginning, field-end, field-string, delete-field, constrain-to-field).
import { defun, defvar } from "../defun.js";
import { findSymbolValue } from "../env.js";
import { defsym, LispObject, NIL, T } from "../lisp.js";
import { funcall } from "../eval.js";
import { Buffer, curBuf } from "../buffer.js";
import { bufferString, deleteRange } from "../insdel.js";
import { findNewline, fixPosition, setFieldConstraint } from "./buffer.js";

export const Vinhibit_field_text_motion = defvar("inhibit-field-text-motion", NIL,
  "Non-nil means text motion commands don't notice fields.");
const Qfield = defsym("field");
const Qboundary = defsym("boundary");
const Qget_char_property = defsym("get-char-property");
const Qget_pos_property = defsym("get-pos-property");
const Qnext_change = defsym("next-single-char-property-change");
const Qprevious_change = defsym("previous-single-char-property-change");

/** Whether any text property or overlay could put a `field' in B (otherwise fields are trivial). */
function mayHaveFields(b: Buffer): boolean {
  const ov = b.overlays;
  return b.text.intervals !== null || (ov !== undefined && ov.list.length > 0);
}

const charProp = (pos: number, prop: LispObject): LispObject => funcall(Qget_char_property, pos, prop, NIL);

/** The field around POS as [beg, end] (GNU: find_field); WANT says which ends are needed. */
function findField(pos: number, mergeAtBoundary: LispObject, begLimit: LispObject, endLimit: LispObject): [number, number] {
  const b = curBuf();
  if (!mayHaveFields(b)) {
    // No field properties anywhere: the whole accessible portion (limits still apply) is one field.
    const lo = begLimit === NIL ? b.begv : Math.max(b.begv, fixPosition(begLimit));
    const hi = endLimit === NIL ? b.zv : Math.min(b.zv, fixPosition(endLimit));
    return [Math.min(lo, pos), Math.max(hi, pos)];
  }
  const afterField = charProp(pos, Qfield);
  const beforeField = pos > b.begv ? charProp(pos - 1, Qfield) : afterField;
  let atStart = false, atEnd = false;
  if (mergeAtBoundary === NIL) {
    const field = funcall(Qget_pos_property, pos, Qfield, NIL);
    if (field !== afterField) atEnd = true;
    if (field !== beforeField) atStart = true;
    // A nil field between non-nil ones is not a zero-length field but uneditable text (comint prompts).
    if (field === NIL && atStart && atEnd) atStart = atEnd = false;
  }
  let beg: number, end: number;
  if (atStart) beg = pos;
  else {
    let p: LispObject = pos;
    if (mergeAtBoundary !== NIL && beforeField === Qboundary) p = funcall(Qprevious_change, p, Qfield, NIL, begLimit);
    p = funcall(Qprevious_change, p, Qfield, NIL, begLimit);
    beg = p === NIL ? b.begv : (p as number);
  }
  if (atEnd) end = pos;
  else {
    let p: LispObject = pos;
    if (mergeAtBoundary !== NIL && afterField === Qboundary) p = funcall(Qnext_change, p, Qfield, NIL, endLimit);
    p = funcall(Qnext_change, p, Qfield, NIL, endLimit);
    end = p === NIL ? b.zv : (p as number);
  }
  return [beg, end];
}

function posArg(pos: LispObject): number { return pos === NIL ? curBuf().pt : fixPosition(pos); }

defun("delete-field", "(&optional pos)", "Delete the field surrounding POS.", (pos) => {
  const [beg, end] = findField(posArg(pos), NIL, NIL, NIL);
  if (beg < end) deleteRange(beg, end);
  return NIL;
});
defun("field-string", "(&optional pos)", "Return the contents of the field surrounding POS as a string.", (pos) => {
  const [beg, end] = findField(posArg(pos), NIL, NIL, NIL);
  return bufferString(curBuf(), beg, end, true);
});
defun("field-string-no-properties", "(&optional pos)", "Return the contents of the field around POS, without text properties.", (pos) => {
  const [beg, end] = findField(posArg(pos), NIL, NIL, NIL);
  return bufferString(curBuf(), beg, end, false);
});
defun("field-beginning", "(&optional pos escape-from-edge limit)", "Return the beginning of the field surrounding POS.",
  (pos, escape, limit) => findField(posArg(pos), escape, limit, NIL)[0]);
defun("field-end", "(&optional pos escape-from-edge limit)", "Return the end of the field surrounding POS.",
  (pos, escape, limit) => findField(posArg(pos), escape, NIL, limit)[1]);

/** GNU Fconstrain_to_field; NEWPOS null means point (which is then moved). */
export function constrainToField(newPos: number | null, oldPos: number, escapeFromEdge: LispObject,
  onlyInLine: LispObject, inhibitCaptureProperty: LispObject): number {
  const b = curBuf();
  const usePoint = newPos === null;
  let np = newPos ?? b.pt;
  if (np === oldPos || !mayHaveFields(b) || findSymbolValue(Vinhibit_field_text_motion) !== NIL) return np;
  const fwd = np > oldPos;
  const hasField = charProp(np, Qfield) !== NIL || charProp(oldPos, Qfield) !== NIL
    || (np > b.begv && charProp(np - 1, Qfield) !== NIL) || (oldPos > b.begv && charProp(oldPos - 1, Qfield) !== NIL);
  if (!hasField) return np;
  if (inhibitCaptureProperty !== NIL) {
    const ok = funcall(Qget_pos_property, oldPos, inhibitCaptureProperty, NIL) === NIL
      && (oldPos <= b.begv || charProp(oldPos, inhibitCaptureProperty) === NIL || charProp(oldPos - 1, inhibitCaptureProperty) === NIL);
    if (!ok) return np;
  }
  const bound = fwd ? findField(oldPos, escapeFromEdge, NIL, np)[1] : findField(oldPos, escapeFromEdge, np, NIL)[0];
  if ((bound < np ? fwd : !fwd) && (onlyInLine === NIL || sameLine(b, np, bound, fwd))) np = bound;
  if (usePoint && np !== b.pt) b.pt = np;
  return np;
}

/** No newline between A and B (GNU: find_newline with a count of one, answering zero found). */
function sameLine(b: Buffer, a: number, bound: number, fwd: boolean): boolean {
  const lo = fwd ? bound : a, hi = fwd ? a : bound;
  void findNewline;
  return b.text.gb.indexOf(10, lo - 1, hi - 1) < 0;
}

defun("constrain-to-field", "(new-pos old-pos &optional escape-from-edge only-in-line inhibit-capture-property)",
  "Return the position closest to NEW-POS that is in the same field as OLD-POS.",
  (newPos, oldPos, escape, onlyInLine, inhibitCapture) => {
    const r = constrainToField(newPos === NIL ? null : fixPosition(newPos), fixPosition(oldPos), escape, onlyInLine, inhibitCapture);
    // GNU returns its argument object when nothing moved it.
    return newPos !== NIL && r === fixPosition(newPos) ? newPos : r;
  });

// line-beginning-position and line-end-position stop at field boundaries (GNU: their constrain-to-field calls).
setFieldConstraint((pos, old, escape) => constrainToField(pos, old, escape, T, NIL));
