// Changing the window tree: splitting and deleting windows, and window configurations (GNU: window.c's
// split-window-internal, delete-window-internal, delete-other-windows-internal, current-window-configuration
// and set-window-configuration). Sizes are decided by window.el's Lisp code; these primitives carry them out.
import { defun, defvar } from "../defun.js";
import { findSymbolValue } from "../env.js";
import { Cons, defsym, LFloat, LispObject, NIL, T, Vectorlike, list } from "../lisp.js";
import { error, wrongType } from "../signal.js";
import { registerPrinter } from "../print/printer.js";
import { Buffer, curBuf, setBuffer } from "../buffer.js";
import { otherBuffer } from "../buffer/buffers.js";
import { attachCell, detachCell, Marker, markerAt } from "../marker.js";
import { Frame, decodeLiveFrame, selectedFrame } from "../frame.js";
import {
  decodeValidWindow, frameWindows, makeWindow, selectedWindow, selectWindow, setWindowBuffer, Window,
} from "../window.js";

const Qwindowp = defsym("windowp");
const Qwindow_configuration_p = defsym("window-configuration-p");
const Vwindow_combination_limit = defsym("window-combination-limit");
defvar("window-combination-resize", NIL, "If t, resize window combinations proportionally.");
defvar("window-persistent-parameters", () => list(new Cons(defsym("clone-of"), T)),
  "Alist of persistent window parameters.");

const num = (x: LispObject): number => (typeof x === "number" ? x : x instanceof LFloat ? x.n : 0);

/**
 * Lays the tree under W out from its sizes: children follow each other down (or across) their parent. The
 * minibuffer window sits under the root. GNU's batch frame starts with its root window at line 0 and moves
 * it below the (absent) menu bar line the first time window sizes are applied; tsmacs does the same.
 */
function layout(w: Window, left: number, top: number, margin: number): void {
  w.left = left;
  w.top = top;
  w.pixTop = top - margin;
  for (let c = w.contents instanceof Window ? w.contents : null; c !== null; c = c.next) {
    layout(c, left, top, margin);
    if (w.horizontal) left += c.cols; else top += c.lines;
  }
}
export function relayoutFrame(f: Frame): void {
  const fw = frameWindows(f);
  const margin = 1; // frame-parameter menu-bar-lines, counted once the layout is recomputed (see above)
  layout(fw.root, 0, margin, margin);
  fw.mini.top = margin + fw.root.lines;
  fw.mini.pixTop = fw.root.lines;
}

// ---------------------------------------------------------------------------------------------
// Applying sizes window.el computed (GNU: window_resize_check, window_resize_apply).
// ---------------------------------------------------------------------------------------------
const sizeOf = (x: LispObject): number => (typeof x === "number" ? x : -1);

/** Whether the new sizes under W add up: children of a combination in its direction sum to W's. */
function resizeCheck(w: Window, horizontal: boolean, pixel: boolean): boolean {
  if (!(w.contents instanceof Window)) return true;
  const own = sizeOf(pixel ? w.newPixel : w.newTotal);
  let sum = 0;
  for (let c: Window | null = w.contents; c !== null; c = c.next) {
    if (!resizeCheck(c, horizontal, pixel)) return false;
    const n = sizeOf(pixel ? c.newPixel : c.newTotal);
    if (w.horizontal === horizontal) sum += n;
    else if (n !== own) return false;
  }
  return w.horizontal !== horizontal || sum === own;
}
function resizeApply(w: Window, horizontal: boolean, pixel: boolean): void {
  const n = sizeOf(pixel ? w.newPixel : w.newTotal);
  if (horizontal) w.cols = n; else w.lines = n;
  // GNU takes the new normal size along with the new pixel size, when window.el set one.
  if (pixel && (typeof w.newNormal === "number" || w.newNormal instanceof LFloat)) {
    if (horizontal) w.normalCols = w.newNormal; else w.normalLines = w.newNormal;
  }
  for (let c = w.contents instanceof Window ? w.contents : null; c !== null; c = c.next) resizeApply(c, horizontal, pixel);
}

defun("window-resize-apply", "(&optional frame horizontal)", "Apply requested size values for window-tree of FRAME.",
  (frame, horizontal) => {
    const f = decodeLiveFrame(frame);
    const r = frameWindows(f).root;
    const h = horizontal !== NIL;
    if (!resizeCheck(r, h, true) || sizeOf(r.newPixel) !== (h ? r.cols : r.lines)) return NIL;
    resizeApply(r, h, true);
    relayoutFrame(f);
    return T;
  });
defun("window-resize-apply-total", "(&optional frame horizontal)", "Apply requested total size values for window-tree of FRAME.",
  (frame, horizontal) => {
    const f = decodeLiveFrame(frame);
    const fw = frameWindows(f);
    const h = horizontal !== NIL;
    resizeApply(fw.root, h, false);
    if (!h && typeof fw.mini.newTotal === "number" && fw.mini.newTotal > 0) fw.mini.lines = fw.mini.newTotal;
    relayoutFrame(f);
    return T;
  });

/**
 * Gives W the size SIZE in one direction and its subtree sizes that add up: in a combination of that
 * direction the children keep their proportions (the first ones take what does not divide evenly),
 * across it every child gets SIZE (window.el's window--resize-this-window does this before GNU's C
 * code applies the sizes).
 */
function resizeSubtree(w: Window, size: number, horizontal: boolean): void {
  const before = horizontal ? w.cols : w.lines;
  if (horizontal) w.cols = size; else w.lines = size;
  if (!(w.contents instanceof Window)) return;
  if (w.horizontal === horizontal) {
    const kids: Window[] = [];
    for (let c: Window | null = w.contents; c !== null; c = c.next) kids.push(c);
    const shares = kids.map((c) => Math.floor(((horizontal ? c.cols : c.lines) * size) / Math.max(1, before)));
    let rest = size - shares.reduce((a, b) => a + b, 0);
    for (let i = 0; rest > 0; i = (i + 1) % kids.length, rest--) shares[i]++;
    // No child below the safe minimum: the largest share gives way (window.el checks there is room).
    const floor = (c: Window): number => safeMin(c, horizontal);
    kids.forEach((c, i) => {
      while (shares[i] < floor(c)) {
        let big = 0;
        for (let j = 1; j < shares.length; j++) if (shares[j] - floor(kids[j]) > shares[big] - floor(kids[big])) big = j;
        if (big === i || shares[big] <= floor(kids[big])) break;
        shares[big]--; shares[i]++;
      }
    });
    kids.forEach((c, i) => resizeSubtree(c, shares[i], horizontal));
  } else {
    for (let c: Window | null = w.contents; c !== null; c = c.next) resizeSubtree(c, size, horizontal);
  }
}

/** The smallest size W can have (GNU: window-safe-min-size, summed over a combination). */
export function safeMin(w: Window, horizontal: boolean): number {
  if (!(w.contents instanceof Window)) return horizontal ? 2 : 1;
  let sum = 0, max = 0;
  for (let c: Window | null = w.contents; c !== null; c = c.next) {
    const m = safeMin(c, horizontal);
    sum += m;
    if (m > max) max = m;
  }
  return w.horizontal === horizontal ? sum : max;
}

/** Replaces OLD by NEW in OLD's place in the tree (siblings, parent or frame root). */
function replaceInTree(old: Window, nw: Window): void {
  nw.parent = old.parent;
  nw.prev = old.prev;
  nw.next = old.next;
  if (old.prev !== null) old.prev.next = nw;
  else if (old.parent !== null) old.parent.contents = nw;
  if (old.next !== null) old.next.prev = nw;
  const fw = frameWindows(old.frame);
  if (fw.root === old) {
    fw.root = nw;
    if (nw.next === null) { nw.next = fw.mini; fw.mini.prev = nw; }
  }
  nw.left = old.left; nw.top = old.top; nw.cols = old.cols; nw.lines = old.lines;
  nw.normalCols = old.normalCols; nw.normalLines = old.normalLines;
}

/** Marks W and everything under it deleted (GNU: delete_all_child_windows). */
function markDeleted(w: Window): void {
  if (w.contents instanceof Window) {
    for (let c: Window | null = w.contents; c !== null; c = c.next) markDeleted(c);
  } else if (w.contents instanceof Buffer) {
    const b = w.contents;
    if (b.live) b.lastWindowStart = w.start.c.buf === b ? w.start.c.pos : 1;
    // A deleted window keeps its point only in the configurations that may bring it back.
    detachCell(w.pointm.c); detachCell(w.start.c); detachCell(w.oldPointm.c);
  }
  w.contents = null;
}

function contains(w: Window, x: Window): boolean {
  for (let y: Window | null = x; y !== null; y = y.parent) if (y === w) return true;
  return false;
}

defun("split-window-internal", "(old pixel-size side normal-size)", "Split window OLD.", (old, size, side, normal) => {
  if (!(old instanceof Window)) return wrongType(Qwindowp, old);
  if (old.contents === null) error("Attempt to split deleted window");
  if (old.mini) error("Attempt to split minibuffer window");
  if (typeof size !== "number") return wrongType(defsym("fixnump"), size);
  const horizontal = side === T || side === defsym("left") || side === defsym("right");
  const before = side === defsym("above") || side === defsym("left");
  const f = old.frame;
  const limit = findSymbolValue(Vwindow_combination_limit);
  const oldSize = horizontal ? old.cols : old.lines;
  if (size < (horizontal ? 2 : 1)) error("Size of new window too small (after split)");
  // window.el asks for OLD's new size first; the two must make up OLD's present size.
  if (typeof old.newPixel === "number" && old.newPixel + size !== oldSize) {
    error("Sum of sizes of old and new window don\u2019t fit");
  }
  const nrm = num(normal);
  if (limit === T || old.parent === null || old.parent.horizontal !== horizontal) {
    // A new parent takes OLD's place; OLD becomes its only child (GNU: make_parent_window).
    const p = makeWindow(f);
    replaceInTree(old, p);
    p.contents = old;
    p.horizontal = horizontal;
    // Only a limit of t is kept, so that the new parent's children are never merged elsewhere.
    p.combinationLimit = limit === T ? T : NIL;
    old.parent = p; old.prev = null; old.next = null;
    if (horizontal) { old.normalCols = new LFloat(1 - nrm); old.normalLines = new LFloat(1.0); }
    else { old.normalLines = new LFloat(1 - nrm); old.normalCols = new LFloat(1.0); }
  } else if (horizontal) old.normalCols = new LFloat(num(old.normalCols) - nrm);
  else old.normalLines = new LFloat(num(old.normalLines) - nrm);
  const n = makeWindow(f);
  const p = old.parent!;
  n.parent = p;
  if (before) {
    n.prev = old.prev; n.next = old;
    if (old.prev !== null) old.prev.next = n; else p.contents = n;
    old.prev = n;
  } else {
    n.next = old.next; n.prev = old;
    if (old.next !== null) old.next.prev = n;
    old.next = n;
  }
  if (horizontal) {
    resizeSubtree(old, old.cols - size, true); n.cols = size; n.lines = old.lines;
    n.normalCols = new LFloat(nrm); n.normalLines = new LFloat(1.0);
  } else {
    resizeSubtree(old, old.lines - size, false); n.lines = size; n.cols = old.cols;
    n.normalLines = new LFloat(nrm); n.normalCols = new LFloat(1.0);
  }
  // window.el leaves the sizes it asked for in the new-size slots; so do we.
  for (const w of [old, n, p]) { const sz = horizontal ? w.cols : w.lines; w.newPixel = sz; w.newTotal = sz; }
  // The new window shows OLD's buffer (or, when OLD is internal, the selected window's).
  const ref = old.contents instanceof Buffer ? old : selectedWindow();
  setWindowBuffer(n, ref.buffer, false);
  const refPoint = ref === selectedWindow() ? ref.buffer.pt : ref.pointm.c.buf !== null ? ref.pointm.c.pos : ref.buffer.pt;
  attachCell(n.pointm.c, ref.buffer, refPoint);
  if (ref.start.c.buf !== null) attachCell(n.start.c, ref.buffer, ref.start.c.pos);
  n.hscroll = ref.hscroll;
  relayoutFrame(f);
  return n;
});

/** Deletes W from the tree: its space goes to its previous sibling, or else to its next one. */
function deleteWindow(w: Window): void {
  const p = w.parent;
  if (p === null) error("Attempt to delete minibuffer or sole ordinary window");
  const f = w.frame;
  const fw = frameWindows(f);
  const heir = w.prev ?? w.next!;
  if (p.horizontal) { resizeSubtree(heir, heir.cols + w.cols, true); heir.normalCols = new LFloat(num(heir.normalCols) + num(w.normalCols)); }
  else { resizeSubtree(heir, heir.lines + w.lines, false); heir.normalLines = new LFloat(num(heir.normalLines) + num(w.normalLines)); }
  if (w.prev !== null) w.prev.next = w.next; else p.contents = w.next;
  if (w.next !== null) w.next.prev = w.prev;
  const selectedGone = contains(w, fw.selected);
  markDeleted(w);
  // A parent left with one child is replaced by that child (GNU: recombine_windows).
  if (p.contents instanceof Window && p.contents.next === null) {
    const only = p.contents;
    replaceInTree(p, only);
    p.contents = null;
    const gp = only.parent;
    if (only.contents instanceof Window && gp !== null && gp.horizontal === only.horizontal) {
      // Splice ONLY's children into the grandparent, scaling their normal sizes.
      const scale = num(only.horizontal ? only.normalCols : only.normalLines);
      let first: Window = only.contents, last = first;
      for (let c: Window | null = first; c !== null; c = c.next) {
        c.parent = gp;
        if (only.horizontal) c.normalCols = new LFloat(num(c.normalCols) * scale);
        else c.normalLines = new LFloat(num(c.normalLines) * scale);
        last = c;
      }
      first.prev = only.prev;
      if (only.prev !== null) only.prev.next = first; else gp.contents = first;
      last.next = only.next;
      if (only.next !== null) only.next.prev = last;
      only.contents = null;
    }
  }
  relayoutFrame(f);
  if (selectedGone) {
    let first = fw.root;
    while (first.contents instanceof Window) first = first.contents;
    if (f === selectedFrame()) selectWindow(first, true, true); else fw.selected = first;
  }
}

defun("delete-window-internal", "(window)", "Remove WINDOW from its frame.", (window) => {
  const w = decodeValidWindow(window);
  if (w.mini) error("Attempt to delete minibuffer or sole ordinary window");
  deleteWindow(w);
  return NIL;
});

defun("delete-other-windows-internal", "(&optional window root)", "Make WINDOW fill its frame.", (window, root) => {
  const w = decodeValidWindow(window);
  const fw = frameWindows(w.frame);
  const r = root === NIL ? fw.root : decodeValidWindow(root);
  if (w.mini) error("Can't expand minibuffer to full frame");
  if (r === w || !contains(r, w)) return NIL;
  const selectedGone = !contains(w, fw.selected);
  // Everything under R but W goes; W takes R's place.
  if (w.prev !== null) w.prev.next = w.next; else if (w.parent !== null) w.parent.contents = w.next;
  if (w.next !== null) w.next.prev = w.prev;
  w.parent = null;
  markDeleted(r);
  const [cols, lines, oldCols, oldLines] = [r.cols, r.lines, w.cols, w.lines];
  replaceInTree(r, w);
  // W's subtree grows from W's old size to R's.
  w.cols = oldCols; w.lines = oldLines;
  resizeSubtree(w, cols, true);
  resizeSubtree(w, lines, false);
  relayoutFrame(w.frame);
  if (selectedGone) {
    let first = w;
    while (first.contents instanceof Window) first = first.contents;
    if (w.frame === selectedFrame()) selectWindow(first, true, true); else fw.selected = first;
  }
  return NIL;
});

// ---------------------------------------------------------------------------------------------
// Window configurations (GNU: struct save_window_data).
// ---------------------------------------------------------------------------------------------
interface SavedWindow {
  w: Window; parent: Window | null; prev: Window | null; next: Window | null;
  contents: Buffer | Window | null; horizontal: boolean;
  left: number; top: number; cols: number; lines: number;
  normalCols: LispObject; normalLines: LispObject; combinationLimit: LispObject;
  point: Marker | null; start: Marker | null;
  hscroll: number; dedicated: LispObject; params: LispObject;
  prevBuffers: LispObject; nextBuffers: LispObject; displayTable: LispObject;
}

export class WindowConfiguration extends Vectorlike {
  readonly lispType = "window-configuration";
  constructor(readonly frame: Frame, readonly root: Window, readonly selected: Window, readonly current: Buffer,
    readonly windows: SavedWindow[]) { super(); }
}
registerPrinter(WindowConfiguration, (_c: WindowConfiguration, p) => { p.so("#<window-configuration>"); });

function copyAlist(l: LispObject): LispObject {
  const items: LispObject[] = [];
  for (; l instanceof Cons; l = l.cdr) items.push(l.car instanceof Cons ? new Cons(l.car.car, l.car.cdr) : l.car);
  return list(...items);
}

function saveWindow(w: Window, out: SavedWindow[]): void {
  const live = w.contents instanceof Buffer;
  const sel = live && w === selectedWindow();
  out.push({
    w, parent: w.parent, prev: w.prev, next: w.next, contents: w.contents, horizontal: w.horizontal,
    left: w.left, top: w.top, cols: w.cols, lines: w.lines,
    normalCols: w.normalCols, normalLines: w.normalLines, combinationLimit: w.combinationLimit,
    point: live ? markerAt(w.buffer, sel ? w.buffer.pt : w.pointm.c.pos) : null,
    start: live && w.start.c.buf !== null ? markerAt(w.buffer, w.start.c.pos) : null,
    hscroll: w.hscroll, dedicated: w.dedicated, params: copyAlist(w.params),
    prevBuffers: w.prevBuffers, nextBuffers: w.nextBuffers, displayTable: w.displayTable,
  });
  if (w.contents instanceof Window) for (let c: Window | null = w.contents; c !== null; c = c.next) saveWindow(c, out);
}

defun("current-window-configuration", "(&optional frame)", "Return an object representing the current window configuration of FRAME.",
  (frame) => {
    const f = decodeLiveFrame(frame);
    const fw = frameWindows(f);
    const saved: SavedWindow[] = [];
    saveWindow(fw.root, saved);
    saveWindow(fw.mini, saved);
    return new WindowConfiguration(f, fw.root, fw.selected, curBuf(), saved);
  });
defun("window-configuration-p", "(object)", "Return t if OBJECT is a window-configuration object.",
  (o) => (o instanceof WindowConfiguration ? T : NIL));
defun("window-configuration-frame", "(config)", "Return the frame that CONFIG, a window-configuration object, is about.", (c) => {
  if (!(c instanceof WindowConfiguration)) return wrongType(Qwindow_configuration_p, c);
  return c.frame;
});

function collectTree(w: Window, out: Window[]): void {
  out.push(w);
  if (w.contents instanceof Window) for (let c: Window | null = w.contents; c !== null; c = c.next) collectTree(c, out);
}

defun("set-window-configuration", "(configuration &optional dont-set-frame dont-set-miniwindow)",
  "Set the configuration of windows and buffers as specified by CONFIGURATION.", (config) => {
    if (!(config instanceof WindowConfiguration)) return wrongType(Qwindow_configuration_p, config);
    const f = config.frame;
    const fw = frameWindows(f);
    const cb = config.current;
    // Point in the buffer that becomes current stays where it is (GNU's old_point).
    const oldPoint = cb.live ? cb.pt : -1;
    const keep = new Set(config.windows.map((s) => s.w));
    const now: Window[] = [];
    collectTree(fw.root, now);
    for (const w of now) if (!keep.has(w) && w.contents !== null) {
      if (w.contents instanceof Buffer) { detachCell(w.pointm.c); detachCell(w.start.c); }
      w.contents = null;
    }
    for (const s of config.windows) {
      const w = s.w;
      w.parent = s.parent; w.prev = s.prev; w.next = s.next; w.horizontal = s.horizontal;
      w.left = s.left; w.top = s.top; w.cols = s.cols; w.lines = s.lines;
      w.normalCols = s.normalCols; w.normalLines = s.normalLines; w.combinationLimit = s.combinationLimit;
      w.hscroll = s.hscroll; w.dedicated = s.dedicated; w.params = copyAlist(s.params);
      w.prevBuffers = s.prevBuffers; w.nextBuffers = s.nextBuffers; w.displayTable = s.displayTable;
      if (s.contents instanceof Buffer) {
        let b = s.contents;
        if (!b.live) { b = otherBuffer(b, true); w.contents = b; attachCell(w.pointm.c, b, b.pt); attachCell(w.start.c, b, b.begv); continue; }
        w.contents = b;
        const clip = (p: number): number => (p < b.begv ? b.begv : p > b.zv ? b.zv : p);
        attachCell(w.pointm.c, b, clip(s.point !== null && s.point.c.buf === b ? s.point.c.pos : b.pt));
        attachCell(w.start.c, b, clip(s.start !== null && s.start.c.buf === b ? s.start.c.pos : b.begv));
      } else w.contents = s.contents;
    }
    fw.root = config.root;
    const sel = config.selected.live ? config.selected : fw.root;
    if (f === selectedFrame()) {
      fw.selected = sel;
      // Selecting it counts as a use and records its buffer, as GNU's select_window does here.
      selectWindow(sel, false, true);
      const b = sel.buffer;
      if (sel.pointm.c.buf === b) b.pt = sel.pointm.c.pos;
    } else fw.selected = sel;
    if (cb.live) {
      setBuffer(cb);
      if (oldPoint > 0) cb.pt = oldPoint < cb.begv ? cb.begv : oldPoint > cb.zv ? cb.zv : oldPoint;
    }
    return T;
  });

defun("compare-window-configurations", "(x y)", "Compare two window configurations as regards the structure of windows.",
  (x, y) => {
    if (!(x instanceof WindowConfiguration)) return wrongType(Qwindow_configuration_p, x);
    if (!(y instanceof WindowConfiguration)) return wrongType(Qwindow_configuration_p, y);
    // Same windows in the same places showing the same buffers; points and starts do not count.
    if (x.frame !== y.frame || x.selected !== y.selected || x.current !== y.current || x.windows.length !== y.windows.length) return NIL;
    for (let i = 0; i < x.windows.length; i++) {
      const a = x.windows[i], b = y.windows[i];
      if (a.w !== b.w || a.contents !== b.contents || a.left !== b.left || a.top !== b.top || a.cols !== b.cols
        || a.lines !== b.lines || a.dedicated !== b.dedicated || a.parent !== b.parent) return NIL;
    }
    return T;
  });

/** Used by tests of the tree's consistency: each window's children point back at it. */
export function checkTree(w: Window): boolean {
  if (!(w.contents instanceof Window)) return true;
  let prev: Window | null = null;
  for (let c: Window | null = w.contents; c !== null; prev = c, c = c.next) {
    if (c.parent !== w || c.prev !== prev || !checkTree(c)) return false;
  }
  return true;
}
