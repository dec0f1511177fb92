// What the display engine decides without a display: text invisibility (GNU: xdisp.c invisible-p and
// TEXT_PROP_MEANS_INVISIBLE; add-to-/remove-from-invisibility-spec are subr.el's there).
import { defun } from "./defun.js";
import { Cons, defsym, LispObject, LSymbol, NIL, T, list } from "./lisp.js";
import { funcall } from "./eval.js";
import { Buffer, curBuf, Qbuffer_invisibility_spec } from "./buffer.js";
import { E, findSymbolValue, setInternal } from "./env.js";

const Qinvisible = defsym("invisible");
const Qget_char_property = defsym("get-char-property");
const Qdelete = defsym("delete");

/**
 * The value of per-buffer variable SYM in B: through the current binding when B is current (a `let' of
 * tab-width binds the buffer's value), else the buffer's own slot.
 */
export function valueIn(b: Buffer, sym: LSymbol): LispObject {
  return b === curBuf() ? findSymbolValue(sym) : b.locals.get(sym) ?? findSymbolValue(sym);
}

/** How an `invisible` value matches one spec element: 0 no, 1 hidden, 2 hidden behind an ellipsis. */
function matchSpec(val: LispObject, spec: LispObject): number {
  for (let s = spec; s instanceof Cons; s = s.cdr) {
    const e = s.car;
    if (e === val) return 1;
    if (e instanceof Cons && e.car === val) return e.cdr === NIL ? 1 : 2;
  }
  return 0;
}

/**
 * GNU TEXT_PROP_MEANS_INVISIBLE: 0 when text with `invisible' value PROP shows, 1 when it is hidden, 2 when
 * it is hidden behind an ellipsis, under buffer B's buffer-invisibility-spec.
 */
export function invisibleLevel(prop: LispObject, b: Buffer = curBuf()): number {
  const spec = valueIn(b, Qbuffer_invisibility_spec);
  if (spec === T) return prop !== NIL ? 1 : 0;
  const direct = matchSpec(prop, spec);
  if (direct) return direct;
  for (let p = prop; p instanceof Cons; p = p.cdr) {
    const m = matchSpec(p.car, spec);
    if (m) return m;
  }
  return 0;
}

defun("invisible-p", "(pos-or-prop)", `Non-nil if text at POS-OR-PROP is invisible.
POS-OR-PROP can be a marker or number, in which case it is taken to be
a position in the current buffer and the value of the \`invisible' property
is checked; or it can be some other value, which is then presumed to be the
value of the \`invisible' property of the text of interest.
The non-nil value returned can be t for currently invisible text that is
entirely hidden on display, or some other non-nil, non-t value if the
text is replaced by an ellipsis.

Note that whether text with \`invisible' property is actually hidden on
display may depend on \`buffer-invisibility-spec', which see.`,
(pos) => {
  const isPos = (typeof pos === "number" && pos >= 0) || (pos instanceof Object && (pos as any).lispType === "marker");
  const prop = isPos ? funcall(Qget_char_property, pos, Qinvisible, NIL) : pos;
  const level = invisibleLevel(prop);
  return level === 0 ? NIL : level === 1 ? T : level;
});

defun("add-to-invisibility-spec", "(element)", `Add ELEMENT to \`buffer-invisibility-spec'.
See documentation for \`buffer-invisibility-spec' for the kind of elements
that can be added.

If \`buffer-invisibility-spec' isn't a list before calling this
function, \`buffer-invisibility-spec' will afterwards be a list
with the value \`(t ELEMENT)'.  This means that if text exists
that invisibility values that aren't either t or ELEMENT, that
text will become visible.`,
(element) => {
  // A spec of t (everything invisible) becomes the list (t), which keeps that meaning for t values.
  let spec = findSymbolValue(Qbuffer_invisibility_spec);
  if (spec === T) spec = list(T);
  setInternal(Qbuffer_invisibility_spec, new Cons(element, spec));
  return findSymbolValue(Qbuffer_invisibility_spec);
});

defun("remove-from-invisibility-spec", "(element)", "Remove ELEMENT from `buffer-invisibility-spec'.",
(element) => {
  const spec = findSymbolValue(Qbuffer_invisibility_spec);
  setInternal(Qbuffer_invisibility_spec, spec instanceof Cons ? funcall(Qdelete, element, spec) : list(T));
  return findSymbolValue(Qbuffer_invisibility_spec);
});
void E;
