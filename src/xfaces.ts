// Lisp faces: the attribute vectors `defface` and faces.el manage, global (the defaults for new frames) and
// frame-local (GNU: xfaces.c, its Lisp-level half). Realising faces for display belongs to the terminal UI.
import { defun, defvar } from "./defun.js";
import { E, findSymbolValue } from "./env.js";
import { funcall } from "./eval.js";
import { Cons, LFloat, LispObject, LSymbol, LString, NIL, T, defsym, list } from "./lisp.js";
import { checkSymbol, wrongType, xsignal } from "./signal.js";
import { Frame, decodeLiveFrame, selectedFrame } from "./frame.js";

const Qunspecified = defsym("unspecified");
const QCignore_defface = defsym(":ignore-defface");
const Qface = defsym("face");
const QCheight = defsym(":height");
const Qsymbolp = defsym("symbolp");

/** The attribute keywords in GNU's lface vector order (index 0 is the symbol `face`). */
const ATTRS = [":family", ":foundry", ":width", ":height", ":weight", ":slant", ":underline", ":inverse-video",
  ":foreground", ":background", ":stipple", ":overline", ":strike-through", ":box", ":font", ":inherit",
  ":fontset", ":distant-foreground", ":extend"];
const ATTR_INDEX = new Map<string, number>(ATTRS.map((a, i) => [a, i + 1]));
const LFACE_SIZE = ATTRS.length + 1;

/** Face name → lface vector, in creation order (GNU: face--new-frame-defaults). */
const Vface_new_frame_defaults = defvar("face--new-frame-defaults", () => funcall(defsym("make-hash-table"), defsym(":test"), defsym("eq")),
  "Hash table of global face definitions (for internal use only.)");
defvar("face-default-stipple", () => LString.fromJs("gray3"), "Default stipple pattern used on monochrome displays.");
defvar("face-remapping-alist", NIL, "Alist of face remappings.");
defvar("face-font-rescale-alist", NIL, "Alist of fonts vs the rescaling factors.");
defvar("face-ignored-fonts", NIL, "A list of font regexps; fonts whose names match them are not used.");
defvar("face-filters-always-match", NIL, "Non-nil means that face filters are always deemed to match.");
defvar("face-near-same-color-threshold", 30000, "Threshold for using distant-foreground color instead of foreground.");
defvar("scalable-fonts-allowed", T, "Allowed scalable fonts.");
defvar("tty-defined-color-alist", NIL, "An alist of defined terminal colors and their RGB values.");
defvar("inhibit-free-realized-faces", NIL, "Non-nil means don't free realized faces.");

interface FaceState { order: LispObject; alternativeFamilies: LispObject; alternativeRegistries: LispObject; nextId: number }
function st(): FaceState {
  return (E.ext.xfaces ??= { order: NIL, alternativeFamilies: NIL, alternativeRegistries: NIL, nextId: 0 }) as FaceState;
}

function table(): LispObject { return findSymbolValue(Vface_new_frame_defaults); }

function listItems(l: LispObject): LispObject[] {
  const out: LispObject[] = [];
  for (; l instanceof Cons; l = l.cdr) out.push(l.car);
  return out;
}

/** FACE with its `face-alias' chain followed (GNU resolve_face_name, for symbols). */
function resolveName(face: LispObject): LispObject {
  if (face instanceof LString) face = E.intern(face.s);
  for (let i = 0; face instanceof LSymbol && i < 10; i++) {
    const alias = funcall(defsym("get"), face, defsym("face-alias"));
    if (alias === NIL) break;
    face = alias;
  }
  return face;
}

/** The global lface vector of FACE, or undefined. */
function globalLface(face: LispObject): LispObject[] | undefined {
  const entry = funcall(defsym("gethash"), resolveName(face), table());
  return entry instanceof Cons && Array.isArray(entry.cdr) ? entry.cdr : undefined;
}

/** FACE's vector for FRAME: t means the global one, nil the selected frame's, a frame that frame's. */
function lfaceFor(face: LispObject, frame: LispObject): LispObject[] | undefined {
  if (frame === T) return globalLface(face);
  const f = decodeLiveFrame(frame);
  const name = resolveName(face);
  return name instanceof LSymbol ? f.faces.get(name) : undefined;
}

function lfaceOrError(face: LispObject, frame: LispObject): LispObject[] {
  const v = lfaceFor(face, frame);
  if (v === undefined) return face instanceof LSymbol ? xsignal(defsym("error"), LString.fromJs("Invalid face"), face) : wrongType(Qsymbolp, face);
  return v;
}

defun("internal-lisp-face-p", "(face &optional frame)", `Return non-nil if FACE names a face.
FACE should be a symbol or string.
If optional second argument FRAME is non-nil, check for the
existence of a frame-local face with name FACE on that frame.
Otherwise check for the existence of a global face.`, (face, frame) => {
  const v = frame === NIL ? globalLface(face) : lfaceFor(face, frame);
  return v === undefined ? NIL : v;
});

const freshLface = (): LispObject[] => { const v: LispObject[] = new Array(LFACE_SIZE).fill(Qunspecified); v[0] = Qface; return v; };

defun("internal-make-lisp-face", "(face &optional frame)", `Make FACE, a symbol, a Lisp face with all attributes nil.
If FACE was not known as a face before, create a new one.
If optional argument FRAME is specified, make a frame-local face
for that frame.  Otherwise operate on the global face definition.
Value is a vector of face attributes.`, (face, frame) => {
  checkSymbol(face);
  const f = frame === NIL ? undefined : decodeLiveFrame(frame);
  // The global definition always exists once a face is made, whichever FRAME is given.
  let global = globalLface(face);
  if (global === undefined) {
    global = freshLface();
    const id = st().nextId++;
    funcall(defsym("puthash"), face, new Cons(id, global), table());
    funcall(defsym("put"), face, Qface, id);
  } else if (f === undefined) global.fill(Qunspecified, 1);
  if (f === undefined) return global;
  const local = f.faces.get(face as LSymbol);
  if (local !== undefined) { local.fill(Qunspecified, 1); return local; }
  const v = freshLface();
  f.faces.set(face as LSymbol, v);
  return v;
});

function attrIndex(attr: LispObject): number {
  const i = attr instanceof LSymbol ? ATTR_INDEX.get(attr.name) : undefined;
  if (i === undefined) return xsignal(defsym("error"), LString.fromJs("Invalid face attribute name"), attr);
  return i;
}

defun("internal-set-lisp-face-attribute", "(face attr value &optional frame)", `Set attribute ATTR of FACE to VALUE.
FRAME being a frame means change the face on that frame.
FRAME nil means change the face of the selected frame.
FRAME t means change the default for new frames.
FRAME 0 means change the face on all frames, and change the default
  for new frames.`, (face, attr, value, frame) => {
  checkSymbol(face);
  const i = attrIndex(attr);
  const set = (fr: LispObject): void => {
    let v = lfaceFor(face, fr);
    if (v === undefined) v = funcall(defsym("internal-make-lisp-face"), face, fr === T ? NIL : decodeLiveFrame(fr)) as LispObject[];
    v[i] = value;
  };
  if (frame === 0) { set(T); set(selectedFrame()); }
  else if (frame === T || frame === NIL || frame instanceof Frame) set(frame);
  else wrongType(defsym("frame-live-p"), frame);
  return face;
});

defun("internal-get-lisp-face-attribute", "(symbol keyword &optional frame)", `Return face attribute KEYWORD of face SYMBOL.
If SYMBOL does not name a valid Lisp face or KEYWORD isn't a valid
face attribute name, signal an error.
If the optional argument FRAME is given, report on face SYMBOL in that
frame.  If FRAME is t, report on the defaults for face SYMBOL (for new
frames).  If FRAME is omitted or nil, use the selected frame.`, (symbol, keyword, frame) => {
  checkSymbol(symbol);
  return lfaceOrError(symbol, frame)[attrIndex(keyword)];
});

defun("internal-lisp-face-attribute-values", "(attr)", `Return a list of valid discrete values for face attribute ATTR.
Value is nil if ATTR doesn't have a discrete set of valid values.`, (attr) => {
  const name = attr instanceof LSymbol ? attr.name : "";
  if ([":underline", ":overline", ":strike-through", ":box", ":inverse-video", ":extend"].includes(name)) {
    return list(list(LString.fromJs("on")), list(LString.fromJs("off")));
  }
  return NIL;
});

defun("internal-lisp-face-equal-p", "(face1 face2 &optional frame)", `True if FACE1 and FACE2 are equal.
If the optional argument FRAME is given, report on FACE1 and FACE2 in that frame.
If FRAME is t, report on the defaults for FACE1 and FACE2 (for new frames).
If FRAME is omitted or nil, use the selected frame.`, (face1, face2, frame) => {
  const a = lfaceOrError(face1, frame), b = lfaceOrError(face2, frame);
  for (let i = 1; i < LFACE_SIZE; i++) if (funcall(defsym("equal"), a[i], b[i]) === NIL) return NIL;
  return T;
});

defun("internal-lisp-face-empty-p", "(face &optional frame)", `True if FACE has no attribute specified.
If the optional argument FRAME is given, report on face FACE in that frame.
If FRAME is t, report on the defaults for face FACE (for new frames).
If FRAME is omitted or nil, use the selected frame.`, (face, frame) => {
  const v = lfaceOrError(face, frame);
  for (let i = 1; i < LFACE_SIZE; i++) if (v[i] !== Qunspecified) return NIL;
  return T;
});

defun("internal-copy-lisp-face", "(from to frame new-frame)", `Copy face FROM to TO.
If FRAME is t, copy the global face definition of FROM.
Otherwise, copy the frame-local definition of FROM on FRAME.
If NEW-FRAME is a frame, copy that data into the frame-local
definition of TO on NEW-FRAME.  If NEW-FRAME is nil,
FRAME controls where the data is copied to.

The value is TO.`, (from, to, frame, newFrame) => {
  checkSymbol(from); checkSymbol(to);
  const src = lfaceOrError(from, frame);
  const target = newFrame === NIL ? frame : newFrame;
  let dst = lfaceFor(to, target);
  if (dst === undefined) dst = funcall(defsym("internal-make-lisp-face"), to, target === T ? NIL : decodeLiveFrame(target)) as LispObject[];
  for (let i = 1; i < LFACE_SIZE; i++) dst[i] = src[i];
  return to;
});

defun("internal-merge-in-global-face", "(face frame)", `Add attributes from frame-default definition of FACE to FACE on FRAME.
Default face attributes override any local face attributes.`, (face, frame) => {
  const global = lfaceOrError(face, T);
  const local = lfaceOrError(face, frame);
  for (let i = 1; i < LFACE_SIZE; i++) if (global[i] !== Qunspecified) local[i] = global[i];
  return NIL;
});

defun("face-attribute-relative-p", "(attribute value)", `Check whether a face attribute value is relative.
Specifically, a relative value is one that has to be merged with another value
before it can be used for display.`, (attribute, value) => {
  if (value === Qunspecified || value === QCignore_defface) return T;
  if (attribute === QCheight && typeof value !== "number") return T;
  return NIL;
});

defun("merge-face-attribute", "(attribute value1 value2)", `Return face ATTRIBUTE VALUE1 merged with VALUE2.
If VALUE1 or VALUE2 are absolute (see \`face-attribute-relative-p'), then
the result will be absolute, otherwise it will be relative.`, (attribute, value1, value2) => {
  if (value1 === Qunspecified || value1 === QCignore_defface) return value2;
  if (attribute === QCheight && typeof value1 !== "number") {
    // A relative height: a factor (float) or a function of the other height.
    if (value2 === Qunspecified) return value1;
    if (value1 instanceof LFloat) {
      if (typeof value2 === "number") return Math.trunc(value1.n * value2);
      if (value2 instanceof LFloat) return new LFloat(value1.n * value2.n);
    }
    return funcall(value1, value2);
  }
  return value1;
});

defun("internal-set-font-selection-order", "(order)", `Set font selection order for face font selection to ORDER.
ORDER must be a list of length 4 containing the symbols \`:width',
\`:height', \`:weight', and \`:slant'.  Face attributes appearing
first in ORDER are matched first, e.g. if \`:height' appears before
\`:weight' in ORDER, font selection first tries to find a font with
a suitable height, and then tries to match the font weight.
Value is ORDER.`, (order) => {
  const names = new Set<string>();
  let n = 0;
  const bad = (): never => xsignal(defsym("error"), LString.fromJs("Invalid font sort order"), ...listItems(order));
  for (let l = order; l instanceof Cons; l = l.cdr, n++) {
    const a = l.car;
    if (!(a instanceof LSymbol) || ![":width", ":height", ":weight", ":slant"].includes(a.name) || names.has(a.name)) bad();
    names.add((a as LSymbol).name);
  }
  if (n !== 4) bad();
  st().order = order;
  return NIL;
});

defun("internal-set-alternative-font-family-alist", "(alist)", `Define alternative font families to try in face font selection.
ALIST is an alist of (FAMILY ALTERNATIVE1 ALTERNATIVE2 ...) entries.
Each ALTERNATIVE is tried in order if no fonts of font family FAMILY can
be found.  Value is ALIST.`, (alist) => { st().alternativeFamilies = alist; return alist; });

defun("internal-set-alternative-font-registry-alist", "(alist)", `Define alternative font registries to try in face font selection.
ALIST is an alist of (REGISTRY ALTERNATIVE1 ALTERNATIVE2 ...) entries.
Each ALTERNATIVE is tried in order if no fonts of font registry REGISTRY can
be found.  Value is ALIST.`, (alist) => { st().alternativeRegistries = alist; return alist; });

defun("display-supports-face-attributes-p", "(attributes &optional display)", `Return non-nil if all the face attributes in ATTRIBUTES are supported.
The optional argument DISPLAY can be a display name, a frame, or
nil (meaning the selected frame's display).
The only display tsmacs has is batch mode's initial terminal, which (as in GNU Emacs) can show no
face attributes at all, so the value is always nil.`, (_attributes, display) => {
  if (display instanceof Frame || display === NIL) return NIL;
  return NIL;
});
