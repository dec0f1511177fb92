// Frames, as far as batch mode has them: GNU Emacs in batch runs with one initial frame, F1, on the
// "initial_terminal" (no window system, a mono display), and code such as faces.el works through it
// (GNU: frame.c, and the tty parts of term.c). Making more frames belongs to the terminal UI (a later issue).
import { defun } from "./defun.js";
import { E } from "./env.js";
import { Cons, LispObject, LSymbol, NIL, T, Vectorlike, defsym, list, mkStr } from "./lisp.js";
import { wrongType } from "./signal.js";
import { registerPrinter } from "./print/printer.js";

const Qframe_live_p = defsym("frame-live-p");

export class Frame extends Vectorlike {
  readonly lispType = "frame";
  /** GNU's frame parameter alist (name, size, colours...). */
  params: LispObject = NIL;
  /** Frame-local Lisp faces: face name → attribute vector (xfaces.ts). */
  readonly faces = new Map<LSymbol, LispObject[]>();
  /** A stable pseudo-address for printing, like GNU's #<frame F1 0x...>. */
  readonly id = 0x55e000000000 + Math.floor(Math.random() * 0xffffff) * 8;
  /** The window tree (window.ts's FrameWindows), made on first use. */
  windows: unknown = null;
  constructor(public name: string) { super(); }
}

registerPrinter(Frame, (f: Frame, p) => { p.so(`#<frame ${f.name} 0x${f.id.toString(16)}>`); });

/** The initial frame of this world, made on first use (GNU: make_initial_frame). */
export function selectedFrame(): Frame {
  let f = E.ext.frame as Frame | undefined;
  if (f === undefined) {
    f = E.ext.frame = new Frame("F1");
    // GNU's F1 as make_initial_frame creates it. The dumped GNU Emacs also has `background-mode' and
    // `display-type', which frame.el's frame-set-background-mode adds once startup runs it.
    const p = (k: string, v: LispObject): Cons => new Cons(defsym(k), v);
    f.params = list(p("tab-bar-lines", 0), p("menu-bar-lines", 1), p("unsplittable", NIL), p("modeline", T),
      p("width", 80), p("height", 25), p("name", mkStr("F1")), p("font", mkStr("tty")),
      p("background-color", mkStr("unspecified-bg")), p("foreground-color", mkStr("unspecified-fg")),
      p("minibuffer", T));
  }
  return f;
}

/** FRAME as a live frame: nil means the selected frame (GNU decode_live_frame). */
export function decodeLiveFrame(frame: LispObject): Frame {
  if (frame === NIL) return selectedFrame();
  if (frame instanceof Frame) return frame;
  return wrongType(Qframe_live_p, frame);
}

defun("selected-frame", "()", "Return the frame that is now selected.", () => selectedFrame());
defun("frame-list", "()", "Return a list of all live frames.\nThe return value does not include any tooltip frame.", () => list(selectedFrame()));
defun("framep", "(object)", `Return non-nil if OBJECT is a frame.
Value is:
  t for a termcap frame (a character-only terminal),
 \`x' for an Emacs frame that is really an X window,
 \`w32' for an Emacs frame that is a window on MS-Windows display,
 \`ns' for an Emacs frame on a GNUstep or Macintosh Cocoa display,
 \`pc' for a direct-write MS-DOS frame.
See also \`frame-live-p'.`, (object) => (object instanceof Frame ? T : NIL));
defun("frame-live-p", "(object)", `Return non-nil if OBJECT is a frame which has not been deleted.
Value is nil if OBJECT is not a live frame.  If object is a live
frame, the return value indicates what sort of terminal device it is
displayed on.  See the documentation of \`framep' for possible
return values.`, (object) => (object instanceof Frame ? T : NIL));
defun("window-system", "(&optional frame)", `The name of the window system that FRAME is displaying through.
The value is a symbol:
 nil for a termcap frame (a character-only terminal),
 \`x' for an Emacs frame that is really an X window,
 \`w32' for an Emacs frame that is a window on MS-Windows display,
 \`ns' for an Emacs frame on a GNUstep or Macintosh Cocoa display,
 \`pc' for a direct-write MS-DOS frame.

FRAME defaults to the currently selected frame.

Use of this function as a predicate is deprecated.  Instead,
use \`display-graphic-p' or any of the other \`display-*-p'
predicates which report frame's specific UI-related capabilities.`, (frame) => { decodeLiveFrame(frame); return NIL; });
defun("framep-on-display", "(&optional terminal)", `Return the type of frames on TERMINAL.
TERMINAL may be a terminal id, a frame, or nil for the selected
frame's terminal.  The value is a symbol: t for a text terminal.`, (terminal) => {
  if (terminal !== NIL && !(terminal instanceof Frame)) return NIL;
  return T;
});
defun("tty-display-color-cells", "(&optional terminal)", `Return the number of colors supported by the tty device TERMINAL.
In batch mode, the initial terminal supports no colors.`, () => 0);

defun("frame-parameters", "(&optional frame)", `Return the parameters-alist of frame FRAME.
It is a list of elements of the form (PARM . VALUE), where PARM is a symbol.
The meaningful PARMs depend on the kind of frame.
If FRAME is omitted or nil, return information on the currently selected frame.`, (frame) => {
  const f = decodeLiveFrame(frame);
  // A fresh copy of the spine, as GNU builds the alist anew.
  const items: LispObject[] = [];
  for (let l = f.params; l instanceof Cons; l = l.cdr) items.push(l.car instanceof Cons ? new Cons(l.car.car, l.car.cdr) : l.car);
  return list(...items);
});
defun("frame-parameter", "(frame parameter)", `Return FRAME's value for parameter PARAMETER.
If FRAME is nil, describe the currently selected frame.`, (frame, parameter) => {
  const f = decodeLiveFrame(frame);
  if (!(parameter instanceof LSymbol)) return wrongType(defsym("symbolp"), parameter);
  for (let l = f.params; l instanceof Cons; l = l.cdr) if (l.car instanceof Cons && l.car.car === parameter) return l.car.cdr;
  return NIL;
});
defun("modify-frame-parameters", "(frame alist)", `Modify FRAME according to new values of its parameters in ALIST.
If FRAME is nil, it defaults to the selected frame.
ALIST is an alist of parameters to change and their new values.
Each element of ALIST has the form (PARM . VALUE), where PARM is a symbol.`, (frame, alist) => {
  const f = decodeLiveFrame(frame);
  for (let l = alist; l instanceof Cons; l = l.cdr) {
    const e = l.car;
    if (!(e instanceof Cons)) continue;
    let found = false;
    for (let p = f.params; p instanceof Cons; p = p.cdr) if (p.car instanceof Cons && p.car.car === e.car) { p.car.cdr = e.cdr; found = true; break; }
    if (!found) f.params = new Cons(new Cons(e.car, e.cdr), f.params);
  }
  return NIL;
});

/** A frame's size parameter: GNU's frame.el reads them with frame-parameter too. */
function frameParam(f: Frame, name: string): LispObject {
  const k = defsym(name);
  for (let l = f.params; l instanceof Cons; l = l.cdr) if (l.car instanceof Cons && l.car.car === k) return l.car.cdr;
  return NIL;
}
defun("frame-height", "(&optional frame)", "Return number of lines available for display on FRAME.",
  (frame) => frameParam(decodeLiveFrame(frame), "height"));
defun("frame-width", "(&optional frame)", "Return number of columns available for display on FRAME.",
  (frame) => frameParam(decodeLiveFrame(frame), "width"));

// A text terminal's character is its pixel: GNU's tty frame functions answer in characters.
defun("frame-char-height", "(&optional frame)", "Height in pixels of a line in the font in frame FRAME.",
  (frame) => { decodeLiveFrame(frame); return 1; });
defun("frame-char-width", "(&optional frame)", "Width in pixels of characters in the font in frame FRAME.",
  (frame) => { decodeLiveFrame(frame); return 1; });
for (const [name, param, doc] of [
  ["frame-text-lines", "height", "Return number of lines of text in FRAME."],
  ["frame-text-cols", "width", "Return number of columns of text in FRAME."],
  ["frame-total-lines", "height", "Return number of total lines of FRAME."],
  ["frame-total-cols", "width", "Return number of total columns of FRAME."],
  ["frame-inner-width", "width", "Return inner width of FRAME in pixels."],
  ["frame-inner-height", "height", "Return inner height of FRAME in pixels."],
  ["frame-pixel-width", "width", "Return FRAME's width in pixels."],
  ["frame-pixel-height", "height", "Return FRAME's height in pixels."],
  ["frame-text-width", "width", "Return width in pixels of FRAME's text area."],
  ["frame-text-height", "height", "Return height in pixels of FRAME's text area."],
  ["frame-native-width", "width", "Return FRAME's native width in pixels."],
  ["frame-native-height", "height", "Return FRAME's native height in pixels."],
] as const) defun(name, "(&optional frame)", doc, (frame) => frameParam(decodeLiveFrame(frame), param));
defun("frame-scroll-bar-width", "(&optional frame)", "Return scroll bar width of FRAME in pixels.",
  (frame) => { decodeLiveFrame(frame); return 0; });
defun("frame-scroll-bar-height", "(&optional frame)", "Return scroll bar height of FRAME in pixels.",
  (frame) => { decodeLiveFrame(frame); return 0; });
defun("frame-fringe-width", "(&optional frame)", "Return fringe width of FRAME in pixels.",
  (frame) => { decodeLiveFrame(frame); return 0; });
defun("frame-internal-border-width", "(&optional frame)", "Return width of FRAME's internal border in pixels.",
  (frame) => { decodeLiveFrame(frame); return 0; });
defun("frame-bottom-divider-width", "(&optional frame)", "Return width (in pixels) of horizontal window dividers on FRAME.",
  (frame) => { decodeLiveFrame(frame); return 0; });
defun("frame-right-divider-width", "(&optional frame)", "Return width (in pixels) of vertical window dividers on FRAME.",
  (frame) => { decodeLiveFrame(frame); return 0; });
defun("frame-child-frame-border-width", "(&optional frame)", "Return width of FRAME's child-frame border in pixels.",
  (frame) => { decodeLiveFrame(frame); return 0; });
defun("frame-parent", "(&optional frame)", "Return the parent frame of FRAME; batch frames have none.",
  (frame) => { decodeLiveFrame(frame); return NIL; });
defun("frame-visible-p", "(frame)", "Return t if FRAME is \"visible\" (actually in use for display).", (frame) => {
  if (!(frame instanceof Frame)) return wrongType(Qframe_live_p, frame);
  return T;
});
defun("last-nonminibuffer-frame", "()", "Return last non-minibuffer frame selected.", () => selectedFrame());
