// Windows: the window tree of a frame, window buffers, points and starts (GNU: window.c). Batch mode has
// one frame, F1, 80x25 characters: a root window showing *scratch* and a one-line minibuffer window below.
// Sizes are in characters; a text terminal's "pixel" is one character, as GNU's tty frames count them.
import { defun, defvar } from "./defun.js";
import { E } from "./env.js";
import { funcall } from "./eval.js";
import { Cons, defsym, LFloat, LispObject, LString, NIL, T, Vectorlike, list } from "./lisp.js";
import { error, wrongType } from "./signal.js";
import { registerPrinter } from "./print/printer.js";
import { Buffer, bufferState, curBuf, findBufferByName, getBuffer, nsberror, setBuffer } from "./buffer.js";
import { otherBuffer, runBufferListUpdateHook, setBufferVisibleFunction, windowHooks } from "./buffer/buffers.js";
import { attachCell, fixnumCoerceMarker, Marker, makeMarker, setMarker } from "./marker.js";
import { Frame, decodeLiveFrame, selectedFrame } from "./frame.js";

const Qwindowp = defsym("windowp");
const Qwindow_live_p = defsym("window-live-p");
const Qwindow_valid_p = defsym("window-valid-p");
const Qstringp = defsym("stringp");
const Qrecord_window_buffer = defsym("record-window-buffer");
const Qreplace_buffer_in_windows = defsym("replace-buffer-in-windows");
const Qgoto_char = defsym("goto-char");

// window.c's variables that nothing else defines.
defvar("mode-line-in-non-selected-windows", T, "Non-nil means to use `mode-line-inactive' face in non-selected windows.");
defvar("next-screen-context-lines", 2, "Number of lines of continuity when scrolling by screenfuls.");
defvar("scroll-preserve-screen-position", NIL, "Controls if scroll commands move point to keep its screen position unchanged.");
defvar("window-buffer-change-functions", NIL, "Functions called during redisplay when window buffers have changed.");
defvar("window-size-change-functions", NIL, "Functions called during redisplay when window sizes have changed.");
defvar("window-selection-change-functions", NIL, "Functions called during redisplay when the selected window has changed.");
defvar("window-state-change-functions", NIL, "Functions called during redisplay when the window state changed.");
defvar("window-state-change-hook", NIL, "Functions called during redisplay when the window state changed.");
defvar("window-configuration-change-hook", NIL, "Functions called during redisplay when window configuration has changed.");
defvar("recenter-redisplay", defsym("tty"), "Non-nil means `recenter' redraws entire frame.");
defvar("window-resize-pixelwise", NIL, "Non-nil means resize windows pixelwise.");
defvar("fast-but-imprecise-scrolling", NIL, "When non-nil, accelerate scrolling operations.");

export class Window extends Vectorlike {
  readonly lispType = "window";
  /** The buffer shown (live window), the first child (internal window), or null once deleted. */
  contents: Buffer | Window | null = null;
  parent: Window | null = null;
  next: Window | null = null;
  prev: Window | null = null;
  /** For an internal window: its children are side by side (GNU: w->horizontal). */
  horizontal = false;
  /** Total (character) geometry; GNU's batch frame counts the menu bar line in `top' once laid out. */
  left = 0;
  top = 0;
  cols = 0;
  lines = 0;
  /** Top edge in pixels (characters here), measured from the frame's text area. */
  pixTop = 0;
  marginLeft: LispObject = NIL;
  marginRight: LispObject = NIL;
  endTrigger: LispObject = NIL;
  /** Fractions of the parent's size (GNU: normal_cols, normal_lines). */
  normalCols: LispObject = new LFloat(1.0);
  normalLines: LispObject = new LFloat(1.0);
  newTotal: LispObject = 0;
  newNormal: LispObject = 0;
  newPixel: LispObject = 0;
  combinationLimit: LispObject = NIL;
  /** Point for a window that is not selected; the selected window's point is its buffer's (GNU: pointm). */
  readonly pointm: Marker = makeMarker();
  readonly oldPointm: Marker = makeMarker();
  readonly start: Marker = makeMarker();
  hscroll = 0;
  vscroll = 0;
  dedicated: LispObject = NIL;
  params: LispObject = NIL;
  prevBuffers: LispObject = NIL;
  nextBuffers: LispObject = NIL;
  displayTable: LispObject = NIL;
  useTime = 0;
  constructor(readonly frame: Frame, readonly seq: number, readonly mini: boolean) { super(); }
  get live(): boolean { return this.contents instanceof Buffer; }
  get buffer(): Buffer { return this.contents as Buffer; }
}

registerPrinter(Window, (w: Window, p) => {
  p.so(w.contents instanceof Buffer ? `#<window ${w.seq} on ${(w.contents.name as LString).s}>` : `#<window ${w.seq}>`);
});

/** Per-world window state (GNU: sequence_number, window_select_count). */
interface WindowState { seq: number; selectCount: number }
function wstate(): WindowState {
  return (E.ext.window ??= { seq: 0, selectCount: 0 }) as WindowState;
}
export function makeWindow(f: Frame, mini = false): Window {
  return new Window(f, ++wstate().seq, mini);
}

/** The window fields of a frame, made on first use (GNU: make_frame's root and minibuffer windows). */
export interface FrameWindows {
  root: Window; mini: Window; selected: Window;
  /** The selected window as GNU's last redisplay saw it: the initial one, as batch mode never redisplays. */
  oldSelected: Window;
}
export function frameWindows(f: Frame): FrameWindows {
  if (f.windows !== null) return f.windows as FrameWindows;
  const root = makeWindow(f), mini = makeWindow(f, true);
  const st = bufferState();
  const scratch = st.shown ?? findBufferByName("*scratch*") ?? curBuf();
  const minibuf = findBufferByName(" *Minibuf-0*") ?? curBuf();
  root.cols = mini.cols = 80;
  root.lines = 24;
  mini.top = mini.pixTop = 24;
  mini.lines = 1;
  root.next = mini;
  mini.prev = root;
  const fw: FrameWindows = { root, mini, selected: root, oldSelected: root };
  f.windows = fw;
  showBuffer(root, scratch);
  showBuffer(mini, minibuf);
  root.useTime = ++wstate().selectCount;
  return fw;
}

export function selectedWindow(): Window { return frameWindows(selectedFrame()).selected; }

// ---------------------------------------------------------------------------------------------
// Argument decoding (GNU: decode_live_window, decode_valid_window, decode_any_window).
// ---------------------------------------------------------------------------------------------
export function decodeLiveWindow(x: LispObject): Window {
  if (x === NIL) return selectedWindow();
  if (x instanceof Window && x.live) return x;
  return wrongType(Qwindow_live_p, x);
}
export function decodeValidWindow(x: LispObject): Window {
  if (x === NIL) return selectedWindow();
  if (x instanceof Window && x.contents !== null) return x;
  return wrongType(Qwindow_valid_p, x);
}
function decodeAnyWindow(x: LispObject): Window {
  if (x === NIL) return selectedWindow();
  if (x instanceof Window) return x;
  return wrongType(Qwindowp, x);
}

// ---------------------------------------------------------------------------------------------
// Showing buffers (GNU: set_window_buffer, unshow_buffer, select_window).
// ---------------------------------------------------------------------------------------------
/** Makes W show B with point at B's point and start at B's last window start. */
function showBuffer(w: Window, b: Buffer): void {
  w.contents = b;
  attachCell(w.pointm.c, b, b.pt);
  attachCell(w.oldPointm.c, b, b.pt);
  setMarker(w.start, b.lastWindowStart, b, true);
  w.hscroll = 0;
  w.vscroll = 0;
}

/** What a window leaves behind in the buffer it stops showing: its start and (unless the buffer's point
 * is the selected window's) its point. */
function unshowBuffer(w: Window): void {
  const b = w.contents;
  if (!(b instanceof Buffer) || !b.live) return;
  b.lastWindowStart = w.start.c.buf === b ? w.start.c.pos : 1;
  if (selectedWindow().contents !== b && w.pointm.c.buf === b) {
    const p = w.pointm.c.pos;
    b.pt = p < b.begv ? b.begv : p > b.zv ? b.zv : p;
  }
}

/** GNU set_window_buffer as set-window-buffer and its callers use it: W must be live. */
export function setWindowBuffer(w: Window, b: Buffer, runRecord: boolean): void {
  if (!b.live) error("Attempt to display deleted buffer");
  if (w.contents !== b) {
    // Only a strongly dedicated window refuses; a weakly dedicated one stops being dedicated.
    if (w.dedicated === T && w.contents instanceof Buffer) {
      error(`Window is dedicated to \u2018${(w.contents.name as LString).s}\u2019`);
    }
    w.dedicated = NIL;
    if (runRecord && Qrecord_window_buffer.f !== NIL) funcall(Qrecord_window_buffer, w);
    unshowBuffer(w);
  }
  showBuffer(w, b);
}

/** Moves B to the front of the buffer list (GNU: record_buffer). */
export function recordBuffer(b: Buffer): void {
  const all = bufferState().all;
  const i = all.indexOf(b);
  if (i > 0) { all.splice(i, 1); all.unshift(b); }
  runBufferListUpdateHook(b);
}

/** GNU select_window. */
export function selectWindow(w: Window, norecord: boolean, inhibitPointSwap = false): Window {
  const fw = frameWindows(w.frame);
  const old = fw.selected;
  if (!norecord) {
    w.useTime = ++wstate().selectCount;
    recordBuffer(w.buffer);
  }
  if (old === w) {
    setBuffer(w.buffer);
    return w;
  }
  // The old window's point was its buffer's point; keep it in its marker from now on.
  if (!inhibitPointSwap && old.contents instanceof Buffer && old.contents.live) {
    attachCell(old.pointm.c, old.contents, old.contents.pt);
  }
  fw.selected = w;
  const b = w.buffer;
  setBuffer(b);
  if (w.pointm.c.buf === b) {
    const p = w.pointm.c.pos;
    b.pt = p < b.begv ? b.begv : p > b.zv ? b.zv : p;
  }
  return w;
}

// ---------------------------------------------------------------------------------------------
// Walking the tree.
// ---------------------------------------------------------------------------------------------
/** The live windows under W, in cyclic (depth-first) order. */
function collectLive(w: Window | null, out: Window[]): void {
  for (; w !== null; w = w.next) {
    if (w.contents instanceof Window) collectLive(w.contents, out);
    else if (w.contents instanceof Buffer) out.push(w);
  }
}

/** The live windows of F in cyclic order; the minibuffer window last when MINI. */
export function frameLiveWindows(f: Frame, mini: boolean): Window[] {
  const fw = frameWindows(f);
  const out: Window[] = [];
  collectLive(fw.root.contents instanceof Window ? fw.root.contents : null, out);
  if (fw.root.contents instanceof Buffer) out.push(fw.root);
  if (mini) out.push(fw.mini);
  return out;
}

/**
 * GNU decode_next_window_args + window_list_1: the candidate windows in cyclic order starting at WINDOW.
 * MINIBUF t includes the minibuffer window; nil includes it only while it is active (never in batch
 * here, as the minibuffer is read from standard input); anything else excludes it. The minibuffer window
 * is a candidate too when it is WINDOW itself.
 */
function windowList1(window: Window, minibuf: LispObject): Window[] {
  const ws = frameLiveWindows(window.frame, true);
  const i = ws.indexOf(window);
  const rotated = i < 0 ? ws : ws.slice(i).concat(ws.slice(0, i));
  return rotated.filter((w) => !w.mini || minibuf === T || w === window);
}

function nextWindow(window: LispObject, minibuf: LispObject, next: boolean): Window {
  const w = decodeLiveWindow(window);
  const ws = windowList1(w, minibuf);
  if (ws.length === 0) return w;
  return next ? (ws[1] ?? ws[0]) : ws[ws.length - 1];
}

/** The first (top-left) live window under W. */
function firstLive(w: Window): Window {
  while (w.contents instanceof Window) w = w.contents;
  return w;
}

function bufferOf(x: LispObject): Buffer | null {
  const b = x instanceof Buffer ? x : getBuffer(x);
  return b instanceof Buffer ? b : null;
}

/** GNU Fget_buffer_window: the selected window if it shows BUFFER, else the first other one. */
export function getBufferWindow(b: Buffer): Window | null {
  const sel = selectedWindow();
  if (sel.contents === b && !sel.mini) return sel;
  for (const w of windowList1(sel, NIL)) if (w.contents === b && !w.mini) return w;
  return null;
}

setBufferVisibleFunction((b) => getBufferWindow(b) !== null);

// ---------------------------------------------------------------------------------------------
// Killing buffers (GNU: replace_buffer_in_windows, replace_buffer_in_windows_safely).
// ---------------------------------------------------------------------------------------------
/** Before a buffer dies: let window.el's replace-buffer-in-windows switch the windows showing it. */
export function replaceBufferInWindows(b: Buffer): void {
  if (Qreplace_buffer_in_windows.f !== NIL && E.ext.frame !== undefined && getBufferWindowAny(b)) {
    funcall(Qreplace_buffer_in_windows, b);
  }
}
/** After that, any window still showing B shows another buffer, whatever it takes. */
export function replaceBufferInWindowsSafely(b: Buffer, other: () => Buffer): void {
  if (E.ext.frame === undefined) return;
  for (const w of frameLiveWindows(selectedFrame(), true)) {
    if (w.contents !== b) continue;
    w.dedicated = NIL;
    showBuffer(w, other());
  }
}
function getBufferWindowAny(b: Buffer): boolean {
  for (const w of frameLiveWindows(selectedFrame(), true)) if (w.contents === b) return true;
  return false;
}

// ---------------------------------------------------------------------------------------------
// Primitives: identity and tree structure.
// ---------------------------------------------------------------------------------------------
defun("windowp", "(object)", "Return t if OBJECT is a window and nil otherwise.", (o) => (o instanceof Window ? T : NIL));
defun("window-live-p", "(object)", "Return t if OBJECT is a live window and nil otherwise.",
  (o) => (o instanceof Window && o.live ? T : NIL));
defun("window-valid-p", "(object)", "Return t if OBJECT is a valid window and nil otherwise.",
  (o) => (o instanceof Window && o.contents !== null ? T : NIL));
defun("selected-window", "()", "Return the selected window.", () => selectedWindow());
defun("select-window", "(window &optional norecord)", "Select WINDOW which must be a live window.", (window, norecord) => {
  if (!(window instanceof Window && window.live)) return wrongType(Qwindow_live_p, window);
  return selectWindow(window, norecord !== NIL);
});
defun("frame-selected-window", "(&optional frame-or-window)", "Return the selected window of FRAME-OR-WINDOW.",
  (fw) => frameWindows(frameOf(fw)).selected);
defun("set-frame-selected-window", "(frame window &optional norecord)", "Set selected window of FRAME to WINDOW.",
  (frame, window, norecord) => {
    const f = decodeLiveFrame(frame);
    const w = decodeLiveWindow(window);
    if (w.frame !== f) error("In `set-frame-selected-window', WINDOW is not on FRAME");
    if (f === selectedFrame()) return selectWindow(w, norecord !== NIL);
    frameWindows(f).selected = w;
    return w;
  });
defun("frame-root-window", "(&optional frame-or-window)", "Return the root window of FRAME-OR-WINDOW.",
  (fw) => frameWindows(frameOf(fw)).root);
defun("frame-first-window", "(&optional frame-or-window)", "Return the topmost, leftmost live window on FRAME-OR-WINDOW.",
  (fw) => firstLive(frameWindows(frameOf(fw)).root));
defun("minibuffer-window", "(&optional frame)", "Return the minibuffer window for frame FRAME.",
  (frame) => frameWindows(decodeLiveFrame(frame)).mini);
defun("minibuffer-selected-window", "()", "Return window selected just before minibuffer window was selected.",
  // The minibuffer is read without selecting the minibuffer window here, so no such window exists.
  () => NIL);
defun("active-minibuffer-window", "()", "Return the currently active minibuffer window, or nil if none.",
  // (GNU: minibuf.c.) Reading from the minibuffer never activates its window here.
  () => NIL);
defun("window-minibuffer-p", "(&optional window)", "Return t if WINDOW is a minibuffer window.",
  (window) => (decodeValidWindow(window).mini ? T : NIL));
defun("window-frame", "(&optional window)", "Return the frame that window WINDOW is on.", (window) => decodeValidWindow(window).frame);
defun("window-buffer", "(&optional window)", "Return the buffer displayed in window WINDOW.", (window) => {
  const w = decodeAnyWindow(window);
  return w.contents instanceof Buffer ? w.contents : NIL;
});
defun("window-parent", "(&optional window)", "Return the parent window of window WINDOW.",
  (window) => decodeValidWindow(window).parent ?? NIL);
defun("window-top-child", "(&optional window)", "Return the topmost child window of window WINDOW.", (window) => {
  const w = decodeValidWindow(window);
  return w.contents instanceof Window && !w.horizontal ? w.contents : NIL;
});
defun("window-left-child", "(&optional window)", "Return the leftmost child window of window WINDOW.", (window) => {
  const w = decodeValidWindow(window);
  return w.contents instanceof Window && w.horizontal ? w.contents : NIL;
});
defun("window-next-sibling", "(&optional window)", "Return the next sibling window of window WINDOW.",
  (window) => decodeValidWindow(window).next ?? NIL);
defun("window-prev-sibling", "(&optional window)", "Return the previous sibling window of window WINDOW.",
  (window) => decodeValidWindow(window).prev ?? NIL);
defun("window-combination-limit", "(window)", "Return combination limit of window WINDOW.", (window) => {
  const w = decodeValidWindow(window);
  if (!(w.contents instanceof Window)) error("Combination limit is meaningful for internal windows only");
  return w.combinationLimit;
});
defun("set-window-combination-limit", "(window limit)", "Set combination limit of window WINDOW to LIMIT; return LIMIT.",
  (window, limit) => {
    const w = decodeValidWindow(window);
    if (!(w.contents instanceof Window)) error("Combination limit is meaningful for internal windows only");
    return (w.combinationLimit = limit);
  });
defun("window-use-time", "(&optional window)", "Return the use time of window WINDOW.", (window) => decodeLiveWindow(window).useTime);
defun("window-bump-use-time", "(&optional window)", "Mark WINDOW as second most recently used.", (window) => {
  const w = decodeLiveWindow(window);
  const sel = selectedWindow();
  const st = wstate();
  if (w !== sel && sel.useTime !== st.selectCount) return NIL;
  if (w !== sel) { w.useTime = st.selectCount; sel.useTime = ++st.selectCount; }
  return w.useTime;
});

/** GNU's FRAME-OR-WINDOW arguments: nil is the selected frame; a window means its frame. */
function frameOf(x: LispObject): Frame {
  if (x instanceof Window) {
    if (x.contents === null) return wrongType(Qwindow_valid_p, x);
    return x.frame;
  }
  return decodeLiveFrame(x);
}

// ---------------------------------------------------------------------------------------------
// Primitives: buffer, point, start, end, scrolling, dedication, parameters, history.
// ---------------------------------------------------------------------------------------------
defun("set-window-buffer", "(window buffer-or-name &optional keep-margins)", "Make WINDOW display BUFFER-OR-NAME.",
  (window, bufferOrName) => {
    const w = decodeLiveWindow(window);
    const found = getBuffer(bufferOrName);
    if (!(found instanceof Buffer)) {
      if (!(bufferOrName instanceof LString) && !(bufferOrName instanceof Buffer)) return wrongType(Qstringp, bufferOrName);
      return nsberror(bufferOrName);
    }
    setWindowBuffer(w, found, true);
    return NIL;
  });
defun("window-point", "(&optional window)", "Return current value of point in WINDOW.", (window) => {
  const w = decodeLiveWindow(window);
  if (w === selectedWindow()) return w.buffer.pt;
  return w.pointm.c.buf !== null ? w.pointm.c.pos : NIL;
});
defun("window-old-point", "(&optional window)", "Return old value of point in WINDOW.", (window) => {
  const w = decodeLiveWindow(window);
  return w.oldPointm.c.buf !== null ? w.oldPointm.c.pos : NIL;
});
defun("set-window-point", "(window pos)", "Make point value in WINDOW be at position POS in WINDOW's buffer.", (window, pos) => {
  const w = decodeLiveWindow(window);
  fixnumCoerceMarker(pos);
  const b = w.buffer;
  if (w === selectedWindow()) {
    const old = curBuf();
    if (b === old) return funcall(Qgoto_char, pos);
    setBuffer(b);
    try { funcall(Qgoto_char, pos); } finally { if (old.live) setBuffer(old); }
  } else {
    setMarker(w.pointm, pos, b, true);
  }
  return pos;
});
defun("window-start", "(&optional window)", "Return position at which display currently starts in WINDOW.", (window) => {
  const w = decodeLiveWindow(window);
  return w.start.c.buf !== null ? w.start.c.pos : NIL;
});
defun("set-window-start", "(window pos &optional noforce)", "Make display in WINDOW start at position POS in WINDOW's buffer.",
  (window, pos) => {
    const w = decodeLiveWindow(window);
    fixnumCoerceMarker(pos);
    setMarker(w.start, pos, w.buffer, true);
    return pos;
  });
defun("window-end", "(&optional window update)", "Return position at which display currently ends in WINDOW.", (window) => {
  // Nothing is ever displayed in batch mode: GNU returns the end of the buffer's text (BUF_Z minus the
  // never-computed window_end_pos).
  const w = decodeLiveWindow(window);
  return w.buffer.z;
});
defun("window-hscroll", "(&optional window)", "Return the number of columns by which WINDOW is scrolled from left margin.",
  (window) => decodeLiveWindow(window).hscroll);
defun("set-window-hscroll", "(window ncol)", "Set number of columns WINDOW is scrolled from left margin to NCOL.", (window, ncol) => {
  const w = decodeLiveWindow(window);
  if (typeof ncol !== "number") return wrongType(defsym("fixnump"), ncol);
  w.hscroll = Math.max(0, Math.min(ncol, 0x7fffffff));
  return w.hscroll;
});
defun("window-vscroll", "(&optional window pixels-p)", "Return the amount by which WINDOW is scrolled vertically.",
  (window) => { decodeLiveWindow(window); return 0; });
defun("window-dedicated-p", "(&optional window)", "Return non-nil when WINDOW is dedicated to its buffer.",
  (window) => decodeLiveWindow(window).dedicated);
defun("set-window-dedicated-p", "(window flag)", "Mark WINDOW as dedicated according to FLAG.",
  (window, flag) => (decodeLiveWindow(window).dedicated = flag));
defun("window-parameters", "(&optional window)", "Return the parameters of WINDOW and their values.", (window) => {
  const w = decodeValidWindow(window);
  const items: LispObject[] = [];
  for (let l = w.params; l instanceof Cons; l = l.cdr) items.push(l.car instanceof Cons ? new Cons(l.car.car, l.car.cdr) : l.car);
  return list(...items);
});
defun("window-parameter", "(window parameter)", "Return WINDOW's value for PARAMETER.", (window, parameter) => {
  const w = decodeAnyWindow(window);
  for (let l = w.params; l instanceof Cons; l = l.cdr) if (l.car instanceof Cons && l.car.car === parameter) return l.car.cdr;
  return NIL;
});
defun("set-window-parameter", "(window parameter value)", "Set WINDOW's value of PARAMETER to VALUE.", (window, parameter, value) => {
  const w = decodeAnyWindow(window);
  for (let l = w.params; l instanceof Cons; l = l.cdr) {
    if (l.car instanceof Cons && l.car.car === parameter) { l.car.cdr = value; return value; }
  }
  w.params = new Cons(new Cons(parameter, value), w.params);
  return value;
});
defun("window-prev-buffers", "(&optional window)", "Return buffers previously shown in WINDOW.",
  (window) => decodeLiveWindow(window).prevBuffers);
defun("set-window-prev-buffers", "(window prev-buffers)", "Set WINDOW's previous buffers to PREV-BUFFERS.",
  (window, v) => (decodeLiveWindow(window).prevBuffers = v));
defun("window-next-buffers", "(&optional window)", "Return list of buffers recently re-shown in WINDOW.",
  (window) => decodeLiveWindow(window).nextBuffers);
defun("set-window-next-buffers", "(window next-buffers)", "Set WINDOW's next buffers to NEXT-BUFFERS.",
  (window, v) => (decodeLiveWindow(window).nextBuffers = v));
defun("window-display-table", "(&optional window)", "Return the display-table that WINDOW is using.",
  (window) => decodeLiveWindow(window).displayTable);
defun("set-window-display-table", "(window table)", "Set WINDOW's display-table to TABLE.",
  (window, table) => (decodeLiveWindow(window).displayTable = table));
defun("window-margins", "(&optional window)", "Get width of marginal areas of window WINDOW.",
  (window) => { const w = decodeLiveWindow(window); return new Cons(w.marginLeft, w.marginRight); });
defun("set-window-margins", "(window left-width &optional right-width)", "Set width of marginal areas of window WINDOW.",
  (window, leftWidth, rightWidth) => {
    const w = decodeLiveWindow(window);
    // Zero widths are stored as nil; the value says whether anything changed.
    const norm = (x: LispObject): LispObject => {
      if (x === NIL) return NIL;
      if (typeof x !== "number" || x < 0) return wrongType(defsym("wholenump"), x);
      return x === 0 ? NIL : x;
    };
    const l = norm(leftWidth), r = norm(rightWidth);
    if (w.marginLeft === l && w.marginRight === r) return NIL;
    w.marginLeft = l; w.marginRight = r;
    return T;
  });
defun("set-window-fringes", "(window left-width &optional right-width outside-margins persistent)",
  "Set fringes of window WINDOW; a text terminal has none, so nothing changes.", (window) => { decodeLiveWindow(window); return NIL; });
defun("set-window-scroll-bars", "(window &optional width vertical-type height horizontal-type persistent)",
  "Set width and type of scroll bars of window WINDOW; a text terminal has none.", (window) => { decodeLiveWindow(window); return NIL; });
defun("set-window-vscroll", "(window vscroll &optional pixels-p preserve-vscroll-p)",
  "Set amount by which WINDOW should be scrolled vertically to VSCROLL; text terminals scroll by whole lines.",
  (window, vscroll) => {
    decodeLiveWindow(window);
    if (typeof vscroll !== "number" && !(vscroll instanceof LFloat)) return wrongType(defsym("numberp"), vscroll);
    return 0;
  });
defun("window-redisplay-end-trigger", "(&optional window)", "Return WINDOW's redisplay end trigger value.",
  (window) => decodeLiveWindow(window).endTrigger);
defun("set-window-redisplay-end-trigger", "(window value)", "Set WINDOW's redisplay end trigger value to VALUE.",
  (window, value) => (decodeLiveWindow(window).endTrigger = value));
defun("window-right-divider-width", "(&optional window)", "Return the width of WINDOW's right divider.",
  (window) => { decodeLiveWindow(window); return 0; });
defun("window-bottom-divider-width", "(&optional window)", "Return the width of WINDOW's bottom divider.",
  (window) => { decodeLiveWindow(window); return 0; });
defun("window-scroll-bar-width", "(&optional window)", "Return the width of WINDOW's vertical scroll bar.",
  (window) => { decodeLiveWindow(window); return 0; });
defun("window-scroll-bar-height", "(&optional window)", "Return the height of WINDOW's horizontal scroll bar.",
  (window) => { decodeLiveWindow(window); return 0; });
// What the last redisplay saw: batch mode never redisplays, so nothing was seen.
defun("window-old-buffer", "(&optional window)", "Return the old buffer displayed by WINDOW.",
  (window) => { decodeAnyWindow(window); return NIL; });
defun("window-old-pixel-width", "(&optional window)", "Return old total pixel width of WINDOW.",
  (window) => { decodeValidWindow(window); return 0; });
defun("window-old-pixel-height", "(&optional window)", "Return old total pixel height of WINDOW.",
  (window) => { decodeValidWindow(window); return 0; });
defun("window-old-body-pixel-width", "(&optional window)", "Return old width of the text area of WINDOW.",
  (window) => { decodeLiveWindow(window); return 0; });
defun("window-old-body-pixel-height", "(&optional window)", "Return old height of the text area of WINDOW.",
  (window) => { decodeLiveWindow(window); return 0; });
defun("frame-old-selected-window", "(&optional frame)", "Return old selected window of FRAME.",
  (frame) => { decodeLiveFrame(frame); return NIL; });
defun("old-selected-window", "()", "Return the old selected window.", () => frameWindows(selectedFrame()).oldSelected);
defun("run-window-scroll-functions", "(&optional window)", "Run `window-scroll-functions' for WINDOW.", (window) => {
  const w = decodeLiveWindow(window);
  const hook = defsym("window-scroll-functions");
  const b = w.buffer;
  const old = curBuf();
  setBuffer(b);
  try {
    funcall(defsym("run-hook-with-args"), hook, w, w.start.c.buf !== null ? w.start.c.pos : NIL);
  } finally { if (old.live) setBuffer(old); }
  return NIL;
});
defun("run-window-configuration-change-hook", "(&optional frame)", "Run `window-configuration-change-hook' for FRAME.",
  (frame) => {
    const f = decodeLiveFrame(frame);
    const hook = defsym("window-configuration-change-hook");
    // The buffer-local parts with each window's buffer current, then the global part (GNU's order).
    const old = curBuf();
    try {
      for (const w of frameLiveWindows(f, false)) {
        const b = w.buffer;
        const local = b.locals.get(hook);
        if (local === undefined) continue;
        setBuffer(b);
        for (let l = local; l instanceof Cons; l = l.cdr) if (l.car !== T) funcall(l.car);
      }
      if (old.live) setBuffer(old);
      funcall(defsym("run-hooks"), hook);
    } finally { if (old.live) setBuffer(old); }
    return NIL;
  });
defun("force-window-update", "(&optional object)", "Force all windows to be updated on next redisplay.", () => T);
defun("pos-visible-in-window-p", "(&optional pos window partially)", "Return non-nil if position POS is currently on the frame in WINDOW.",
  // Nothing is ever displayed in batch mode, so no position is visible.
  (pos, window) => {
    decodeLiveWindow(window);
    if (pos !== NIL && pos !== T) fixnumCoerceMarker(pos);
    return NIL;
  });
defun("other-window-for-scrolling", "()", "Return the other window for \"other window scroll\" commands.", () => {
  const sel = selectedWindow();
  const w: Window = nextWindow(sel, NIL, true);
  if (w === sel) error("There is no other window");
  return w;
});
defun("coordinates-in-window-p", "(coordinates window)", "Return non-nil if COORDINATES are in WINDOW.", (coords, window) => {
  const w = decodeLiveWindow(window);
  if (!(coords instanceof Cons)) return wrongType(defsym("consp"), coords);
  const x = typeof coords.car === "number" ? coords.car : coords.car instanceof LFloat ? Math.floor(coords.car.n) : wrongType(defsym("numberp"), coords.car);
  const y = typeof coords.cdr === "number" ? coords.cdr : coords.cdr instanceof LFloat ? Math.floor(coords.cdr.n) : wrongType(defsym("numberp"), coords.cdr);
  return coordinatePart(w, x, y);
});
/** Where frame coordinates X, Y fall in W (GNU: coordinates_in_window), or NIL. */
function coordinatePart(w: Window, x: number, y: number): LispObject {
  // Frame coordinates count from the text area, as pixel positions do.
  if (x < w.left || x >= w.left + w.cols || y < w.pixTop || y >= w.pixTop + w.lines) return NIL;
  if (!w.mini && y === w.pixTop + w.lines - 1) return defsym("mode-line");
  if (!rightmost(w) && x === w.left + w.cols - 1) return defsym("vertical-line");
  return new Cons(x - w.left, y - w.pixTop);
}
defun("window-at", "(x y &optional frame)", "Return window containing coordinates X and Y on FRAME.", (x, y, frame) => {
  const f = decodeLiveFrame(frame);
  const num = (v: LispObject): number => (typeof v === "number" ? v : v instanceof LFloat ? Math.floor(v.n) : wrongType(defsym("numberp"), v));
  const cx = num(x), cy = num(y);
  for (const w of frameLiveWindows(f, true)) if (coordinatePart(w, cx, cy) !== NIL) return w;
  return NIL;
});
defun("window-fringes", "(&optional window)", "Return fringe settings for specified WINDOW.",
  (window) => { decodeLiveWindow(window); return list(0, 0, NIL, NIL); });
defun("window-scroll-bars", "(&optional window)", "Get width and type of scroll bars of window WINDOW.",
  (window) => { decodeLiveWindow(window); return list(NIL, 0, T, NIL, 0, T, NIL); });
defun("window-line-height", "(&optional line window)", "Return height in pixels of text line LINE in window WINDOW.",
  (_line, window) => { decodeLiveWindow(window); return NIL; });

// ---------------------------------------------------------------------------------------------
// Primitives: window lists.
// ---------------------------------------------------------------------------------------------
defun("window-list", "(&optional frame minibuf window)", "Return a list of windows on FRAME, starting with WINDOW.",
  (frame, minibuf, window) => {
    let w: Window;
    if (window === NIL) w = frame instanceof Frame ? frameWindows(frame).selected : selectedWindow();
    else if (window instanceof Window) w = window;
    else return wrongType(Qwindowp, window);
    // Anything but WINDOW's frame (a non-frame included) is "a different frame", as in GNU.
    if (w.frame !== (frame === NIL ? selectedFrame() : frame)) error("Window is on a different frame");
    return list(...windowList1(w, minibuf));
  });
defun("window-list-1", "(&optional window minibuf all-frames)", "Return a list of all live windows.", (window, minibuf) => {
  const w = window === NIL ? selectedWindow() : decodeLiveWindow(window);
  return list(...windowList1(w, minibuf));
});
defun("next-window", "(&optional window minibuf all-frames)", "Return live window after WINDOW in the cyclic ordering of windows.",
  (window, minibuf) => nextWindow(window, minibuf, true));
defun("previous-window", "(&optional window minibuf all-frames)", "Return live window before WINDOW in the cyclic ordering of windows.",
  (window, minibuf) => nextWindow(window, minibuf, false));
defun("get-buffer-window", "(&optional buffer-or-name all-frames)", "Return a window currently displaying BUFFER-OR-NAME, or nil if none.",
  (bufferOrName) => {
    const b = bufferOf(bufferOrName === NIL ? curBuf() : bufferOrName);
    return b === null ? NIL : getBufferWindow(b) ?? NIL;
  });

// ---------------------------------------------------------------------------------------------
// Primitives: sizes and edges. A live window's last line is its mode line, except in the minibuffer
// window; a window with a neighbour on its right gives its last column to the vertical border.
// ---------------------------------------------------------------------------------------------
function rightmost(w: Window): boolean {
  for (let x: Window | null = w; x !== null; x = x.parent) if (x.parent !== null && x.parent.horizontal && x.next !== null) return false;
  return true;
}
export function bodyLines(w: Window): number { return w.mini ? w.lines : Math.max(0, w.lines - 1); }
export function bodyCols(w: Window): number { return rightmost(w) ? w.cols : Math.max(0, w.cols - 1); }

defun("window-total-height", "(&optional window round)", "Return the height of window WINDOW in lines.",
  (window) => decodeValidWindow(window).lines);
defun("window-total-width", "(&optional window round)", "Return the total width of window WINDOW in columns.",
  (window) => decodeValidWindow(window).cols);
defun("window-pixel-height", "(&optional window)", "Return the height of window WINDOW in pixels.",
  (window) => decodeValidWindow(window).lines);
defun("window-pixel-width", "(&optional window)", "Return the width of window WINDOW in pixels.",
  (window) => decodeValidWindow(window).cols);
defun("window-body-height", "(&optional window pixelwise)", "Return the height of WINDOW's text area.",
  (window) => bodyLines(decodeLiveWindow(window)));
defun("window-body-width", "(&optional window pixelwise)", "Return the width of WINDOW's text area.",
  (window) => bodyCols(decodeLiveWindow(window)));
defun("window-text-height", "(&optional window pixelwise)", "Return the height of the text area of WINDOW.",
  (window) => bodyLines(decodeLiveWindow(window)));
defun("window-text-width", "(&optional window pixelwise)", "Return the width of the text area of WINDOW.",
  (window) => bodyCols(decodeLiveWindow(window)));
defun("window-mode-line-height", "(&optional window)", "Return the height in pixels of WINDOW's mode-line.",
  (window) => (decodeLiveWindow(window).mini ? 0 : 1));
defun("window-header-line-height", "(&optional window)", "Return the height in pixels of WINDOW's header-line.",
  (window) => { decodeLiveWindow(window); return 0; });
defun("window-tab-line-height", "(&optional window)", "Return the height in pixels of WINDOW's tab-line.",
  (window) => { decodeLiveWindow(window); return 0; });
defun("window-left-column", "(&optional window)", "Return left column of window WINDOW.", (window) => decodeValidWindow(window).left);
defun("window-top-line", "(&optional window)", "Return top line of window WINDOW.", (window) => decodeValidWindow(window).top);
defun("window-pixel-left", "(&optional window)", "Return left pixel edge of window WINDOW.", (window) => decodeValidWindow(window).left);
defun("window-pixel-top", "(&optional window)", "Return top pixel edge of window WINDOW.", (window) => decodeValidWindow(window).pixTop);
defun("window-normal-size", "(&optional window horizontal)", "Return the normal height of window WINDOW.",
  (window, horizontal) => { const w = decodeValidWindow(window); return horizontal === NIL ? w.normalLines : w.normalCols; });
defun("window-new-total", "(&optional window)", "Return the new total size of window WINDOW.", (window) => decodeValidWindow(window).newTotal);
defun("window-new-normal", "(&optional window)", "Return new normal size of window WINDOW.", (window) => decodeValidWindow(window).newNormal);
defun("window-new-pixel", "(&optional window)", "Return new pixel size of window WINDOW.", (window) => decodeValidWindow(window).newPixel);
defun("set-window-new-total", "(window size &optional add)", "Set new total size of WINDOW to SIZE.", (window, size, add) => {
  const w = decodeValidWindow(window);
  if (typeof size !== "number") return wrongType(defsym("fixnump"), size);
  w.newTotal = add === NIL ? size : (typeof w.newTotal === "number" ? w.newTotal : 0) + size;
  return w.newTotal;
});
defun("set-window-new-normal", "(window &optional size)", "Set new normal size of WINDOW to SIZE.",
  (window, size) => (decodeValidWindow(window).newNormal = size));
defun("set-window-new-pixel", "(window size &optional add)", "Set new pixel size of WINDOW to SIZE.", (window, size, add) => {
  const w = decodeValidWindow(window);
  if (typeof size !== "number") return wrongType(defsym("fixnump"), size);
  w.newPixel = add === NIL ? size : (typeof w.newPixel === "number" ? w.newPixel : 0) + size;
  return w.newPixel;
});

windowHooks.replace = replaceBufferInWindows;
windowHooks.replaceSafely = (b) => replaceBufferInWindowsSafely(b, () => otherBuffer(b, false));
