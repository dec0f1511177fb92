// The buffer list: finding, creating, naming, selecting, burying and killing buffers, and modification
// flags (GNU: buffer.c primitives).
import { defun, defvar } from "../defun.js";
import { E, findSymbolValue, setInternal } from "../env.js";
import { arrayToList, Cons, defsym, LispObject, LString, LSymbol, NIL, T } from "../lisp.js";
import { checkString, error, wrongType } from "../signal.js";
import { funcall } from "../eval.js";
import {
  allocateBuffer, bufferCreateHooks, cloneBufferHooks, bufferState, Buffer, checkBuffer, curBuf, decodeBufferArg, errorFmt,
  findBufferByName, getBuffer, getBufferForSet, nsberror, Qbuffer_file_name, Qbuffer_undo_list, setBuffer,
  Qdefault_directory, resetBufferLocalVariables, Qenable_multibyte_characters,
} from "../buffer.js";
import { attachCell, detachAll, markerAt } from "../marker.js";
import { deleteRange } from "../insdel.js";
import { saveHooks } from "../compile/runtime.js";
import { unlockBuffer } from "../fileio/lock.js";

const Vkill_buffer_hook = defvar("kill-buffer-hook", NIL, "Hook run when a buffer is killed.");
const Vkill_buffer_query_functions = defvar("kill-buffer-query-functions", NIL,
  "List of functions called with no args to query before killing a buffer.");
defvar("change-major-mode-hook", NIL, "Normal hook run before changing the major mode of a buffer.");
defvar("initial-major-mode", defsym("lisp-interaction-mode"), "Major mode command symbol to use for the initial `*scratch*' buffer.");
const Qbuffer_list_update_hook = defsym("buffer-list-update-hook");
const Qrun_hooks = defsym("run-hooks");
const Qbuffer_saved_size = defsym("buffer-saved-size");
const Qbuffer_file_truename = defsym("buffer-file-truename");
const Qmode_class = defsym("mode-class");

/** GNU run_buffer_list_update_hook. */
export function runBufferListUpdateHook(b: Buffer | null): void {
  if (b !== null && b.inhibitHooks) return;
  if (Qrun_hooks.f !== NIL) funcall(Qrun_hooks, Qbuffer_list_update_hook);
}

function nameString(b: Buffer): string { return (b.name as LString).s; }

// ---------------------------------------------------------------------------------------------
// Finding and creating.
// ---------------------------------------------------------------------------------------------
defun("buffer-live-p", "(object)", "Return t if OBJECT is a buffer which has not been killed.",
  (object) => (object instanceof Buffer && object.live ? T : NIL));

defun("buffer-list", "(&optional frame)", "Return a list of all live buffers.",
  () => arrayToList(bufferState().all.slice()));

defun("get-buffer", "(buffer-or-name)", "Return the buffer named BUFFER-OR-NAME.", (bufferOrName) => getBuffer(bufferOrName));

defun("get-file-buffer", "(filename)", "Return the buffer visiting file FILENAME (a string).", (filename) => {
  checkString(filename);
  const efn = defsym("expand-file-name");
  const name = efn.f !== NIL ? funcall(efn, filename) as LString : filename as LString;
  for (const b of bufferState().all) {
    const f = b.locals.get(Qbuffer_file_name);
    if (f instanceof LString && f.s === name.s) return b;
  }
  return NIL;
});

/** GNU Fget_buffer_create. */
export function getBufferCreate(bufferOrName: LispObject, inhibitHooks: boolean): Buffer {
  const found = getBuffer(bufferOrName);
  if (found !== NIL) return found as Buffer;
  const name = bufferOrName as LString;
  if (name.length === 0) error("Empty string for buffer name is not allowed");
  const b = allocateBuffer(name, null, inhibitHooks);
  bufferState().all.push(b);
  for (const h of bufferCreateHooks) h(b);
  runBufferListUpdateHook(b);
  return b;
}

defun("get-buffer-create", "(buffer-or-name &optional inhibit-buffer-hooks)",
  "Return the buffer specified by BUFFER-OR-NAME, creating a new one if needed.",
  (bufferOrName, inhibit) => getBufferCreate(bufferOrName, inhibit !== NIL));

/** GNU Fgenerate_new_buffer_name. */
export function generateNewBufferName(name: LString, ignore: LispObject): LString {
  const ign = ignore instanceof LString ? ignore.s : null;
  if (ign === name.s || findBufferByName(name.s) === undefined) return name;
  let base = name.s;
  if (base.charCodeAt(0) === 32) {
    // Internal buffers get a random suffix first, to find a free name quickly (GNU: bug#1229).
    base = `${base}-${Math.floor(Math.random() * 1000000)}`;
    if (findBufferByName(base) === undefined) return new LString(base, name.multibyte);
  }
  for (let count = 2; ; count++) {
    const cand = `${base}<${count}>`;
    if (cand === ign || findBufferByName(cand) === undefined) return new LString(cand, name.multibyte);
  }
}

defun("generate-new-buffer-name", "(name &optional ignore)", "Return a string that is the name of no existing buffer based on NAME.",
  (name, ignore) => generateNewBufferName(checkString(name), ignore));

defun("generate-new-buffer", "(name &optional inhibit-buffer-hooks)", "Create and return a buffer with a name based on NAME.",
  (name, inhibit) => getBufferCreate(generateNewBufferName(checkString(name), NIL), inhibit !== NIL));

defun("make-indirect-buffer", "(base-buffer name &optional clone inhibit-buffer-hooks)",
  "Create and return an indirect buffer for buffer BASE-BUFFER, named NAME.", (baseBuffer, name, clone, inhibit) => {
    const nm = checkString(name);
    if (findBufferByName(nm.s) !== undefined) errorFmt("Buffer name `%s' is in use", nm.s);
    const found = getBuffer(baseBuffer);
    if (found === NIL) errorFmt("No such buffer: `%s'", baseBuffer instanceof LString ? baseBuffer.s : "");
    let base = found as Buffer;
    if (!base.live) error("Base buffer has been killed");
    if (nm.length === 0) error("Empty string for buffer name is not allowed");
    // No double indirection: an indirect buffer of an indirect buffer shares the base's text.
    if (base.base !== null) base = base.base;
    const b = allocateBuffer(nm, base.text, inhibit !== NIL);
    b.base = base;
    b.indirections = -1;
    base.indirections++;
    b.locals.set(Qbuffer_undo_list, base.locals.get(Qbuffer_undo_list) ?? NIL);
    b.locals.set(Qenable_multibyte_characters, base.locals.get(Qenable_multibyte_characters) ?? T);
    bufferState().all.push(b);
    // Both buffers keep point and restriction in cells from now on, so edits in one move the other's.
    base.useCells();
    const pt = base.pt, begv = base.begv, zv = base.zv;
    b.useCells();
    b.pt = pt; b.begv = begv; b.zv = zv;
    if (clone !== NIL) {
      for (const [k, v] of base.locals) if (k !== Qbuffer_undo_list) b.locals.set(k, v);
      if (base.mark.c.buf !== null) attachCell(b.mark.c, b, base.mark.c.pos);
      for (const k of ["buffer-file-name", "buffer-file-truename", "buffer-backed-up", "local-minor-modes", "buffer-auto-save-file-name"]) {
        b.locals.set(defsym(k), NIL);
      }
      b.locals.set(defsym("buffer-display-count"), 0);
      b.keymap = base.keymap;
      for (const h of cloneBufferHooks) h(base, b);
      const prev = curBuf();
      setBuffer(b);
      try {
        for (const v of ["buffer-save-without-query", "buffer-file-number", "buffer-stale-function"]) setInternal(E.intern(v), NIL);
      } finally { setBuffer(prev); }
    }
    for (const h of bufferCreateHooks) h(b);
    runBufferListUpdateHook(null);
    return b;
  }, { interactive: "bMake indirect buffer (to buffer): \nBName of indirect buffer: " });

// ---------------------------------------------------------------------------------------------
// Accessors.
// ---------------------------------------------------------------------------------------------
defun("buffer-name", "(&optional buffer)", "Return the name of BUFFER, as a string.", (buffer) => decodeBufferArg(buffer).name);
defun("buffer-file-name", "(&optional buffer)", "Return name of file BUFFER is visiting, or nil if none.",
  (buffer) => decodeBufferArg(buffer).locals.get(Qbuffer_file_name) ?? NIL);
defun("buffer-base-buffer", "(&optional buffer)", "Return the base buffer of indirect buffer BUFFER.",
  (buffer) => decodeBufferArg(buffer).base ?? NIL);
defun("current-buffer", "()", "Return the current buffer as a Lisp object.", () => curBuf());
defun("set-buffer", "(buffer-or-name)", "Make buffer BUFFER-OR-NAME current for editing operations.", (bufferOrName) => {
  const b = getBufferForSet(bufferOrName);
  setBuffer(b);
  return b;
});

// ---------------------------------------------------------------------------------------------
// Modification flags.
// ---------------------------------------------------------------------------------------------
defun("buffer-modified-p", "(&optional buffer)", "Return t if BUFFER was modified since its file was last read or saved.",
  (buffer) => { const t = decodeBufferArg(buffer).text; return t.saveModiff < t.modiff ? T : NIL; });

/** GNU Frestore_buffer_modified_p. */
export function restoreBufferModified(flag: LispObject): LispObject {
  const b = curBuf();
  const base = b.base ?? b;
  const t = b.text;
  if (findSymbolValue(defsym("inhibit-modification-hooks")) === NIL) {
    const fn = base.locals.get(Qbuffer_file_truename);
    if (fn !== undefined && fn !== NIL && (base.locals.get(Qbuffer_file_name) ?? NIL) !== NIL) {
      const already = t.saveModiff < t.modiff;
      const lock = defsym("lock-file"), unlock = defsym("unlock-file");
      if (!already && flag !== NIL && lock.f !== NIL) funcall(lock, fn);
      else if (already && flag === NIL && unlock.f !== NIL) funcall(unlock, fn);
    }
  }
  if (flag === NIL) t.saveModiff = t.modiff;
  else if (t.saveModiff >= t.modiff) t.saveModiff = t.modiff++;
  return flag;
}

defun("restore-buffer-modified-p", "(flag)", "Like `set-buffer-modified-p', but doesn't redisplay buffer's mode line.",
  (flag) => restoreBufferModified(flag));
defun("set-buffer-modified-p", "(flag)", "Mark current buffer as modified or unmodified according to FLAG.", (flag) => {
  restoreBufferModified(flag);
  return funcall(defsym("force-mode-line-update"), NIL);
});
defun("force-mode-line-update", "(&optional all)", "Force redisplay of the current buffer's mode line and header line.",
  (all) => all);
defun("buffer-modified-tick", "(&optional buffer)", "Return BUFFER's tick counter, incremented for each change in text.",
  (buffer) => decodeBufferArg(buffer).text.modiff);
defun("buffer-chars-modified-tick", "(&optional buffer)", "Return BUFFER's character-change tick counter.",
  (buffer) => decodeBufferArg(buffer).text.charsModiff);

defun("buffer-enable-undo", "(&optional buffer)", "Start keeping undo information for buffer BUFFER.", (buffer) => {
  let b: Buffer;
  if (buffer === NIL) b = curBuf();
  else { const f = getBuffer(buffer); if (f === NIL) nsberror(buffer); b = f as Buffer; }
  if (b.locals.get(Qbuffer_undo_list) === T) b.locals.set(Qbuffer_undo_list, NIL);
  return NIL;
}, { interactive: "" });

defun("buffer-disable-undo", "(&optional buffer)", "Make BUFFER stop keeping undo information.", (buffer) => {
  const b = buffer === NIL ? curBuf() : getBufferForSet(getBuffer(buffer));
  b.locals.set(Qbuffer_undo_list, T);
  return T;
}, { interactive: "" });

// ---------------------------------------------------------------------------------------------
// Renaming and choosing.
// ---------------------------------------------------------------------------------------------
defun("rename-buffer", "(newname &optional unique)", "Change current buffer's name to NEWNAME (a string).", (newname, unique) => {
  let nm = checkString(newname);
  if (nm.length === 0) error("Empty string is invalid as a buffer name");
  const b = curBuf();
  const tem = findBufferByName(nm.s);
  if (tem !== undefined) {
    if (unique === NIL && tem === b) return b.name;
    if (unique !== NIL) nm = generateNewBufferName(nm, b.name);
    else errorFmt("Buffer name `%s' is in use", nm.s);
  }
  b.name = new LString(nm.s, nm.multibyte);
  if ((b.locals.get(Qbuffer_file_name) ?? NIL) === NIL && (b.locals.get(defsym("buffer-auto-save-file-name")) ?? NIL) !== NIL) {
    const f = defsym("rename-auto-save-file");
    if (f.f !== NIL) funcall(f);
  }
  runBufferListUpdateHook(b);
  return b.name;
}, { interactive: "(list (read-string \"Rename buffer (to new name): \" nil 'buffer-name-history (buffer-name (current-buffer))) current-prefix-arg)" });

/** Whether B is shown in a window (a stand-in until windows exist: the initial *scratch*). */
export let bufferVisible: (b: Buffer) => boolean = (b) => bufferState().shown === b;
export function setBufferVisibleFunction(f: (b: Buffer) => boolean): void { bufferVisible = f; }

function candidateBuffer(b: Buffer, exclude: LispObject): boolean {
  return b.live && b !== exclude && nameString(b).charCodeAt(0) !== 32;
}

/** GNU Fother_buffer. */
export function otherBuffer(buffer: LispObject, visibleOk: boolean): Buffer {
  let notsogood: Buffer | null = null;
  for (const b of bufferState().all) {
    if (!candidateBuffer(b, buffer)) continue;
    if (visibleOk || !bufferVisible(b)) return b;
    if (notsogood === null) notsogood = b;
  }
  if (notsogood !== null) return notsogood;
  const scratch = findBufferByName("*scratch*");
  if (scratch) return scratch;
  const b = getBufferCreate(LString.fromJs("*scratch*"), false);
  setBufferMajorMode(b);
  return b;
}

defun("other-buffer", "(&optional buffer visible-ok frame)", "Return most recently selected buffer other than BUFFER.",
  (buffer, visibleOk) => otherBuffer(buffer, visibleOk !== NIL));

defun("bury-buffer-internal", "(buffer)", "Move BUFFER to the end of the buffer list.", (buffer) => {
  const b = checkBuffer(buffer);
  const all = bufferState().all;
  const i = all.indexOf(b);
  if (i >= 0) { all.splice(i, 1); all.push(b); }
  runBufferListUpdateHook(b);
  return NIL;
});

defun("bury-buffer", "(&optional buffer-or-name)", "Put BUFFER-OR-NAME at the end of the list of all buffers.", (bufferOrName) => {
  let b: Buffer;
  if (bufferOrName === NIL) b = curBuf();
  else {
    const f = getBuffer(bufferOrName);
    if (f === NIL || !(f as Buffer).live) {
      errorFmt("No such live buffer %s", bufferOrName instanceof LString ? bufferOrName.s : "");
    }
    b = f as Buffer;
  }
  funcall(defsym("bury-buffer-internal"), b);
  return NIL;
}, { interactive: "" });

/** GNU Fset_buffer_major_mode. */
export function setBufferMajorMode(b: Buffer): void {
  if (!b.live) error("Attempt to set major mode for a dead buffer");
  let fn: LispObject;
  if (nameString(b) === "*scratch*") fn = findSymbolValue(defsym("initial-major-mode"));
  else {
    fn = (defsym("major-mode").x as { defaultValue: LispObject }).defaultValue;
    if (fn === NIL) {
      const cur = curBuf().locals.get(defsym("major-mode")) ?? NIL;
      if (cur instanceof LSymbol && funcall(defsym("get"), cur, Qmode_class) === NIL) fn = cur;
    }
  }
  if (fn === NIL || fn === defsym("fundamental-mode")) return;
  const saved = saveHooks.begin("buffer");
  try { setBuffer(b); funcall(fn); } finally { saveHooks.end("buffer", saved); }
}
defun("set-buffer-major-mode", "(buffer)", "Set an appropriate major mode for BUFFER.", (buffer) => {
  setBufferMajorMode(checkBuffer(buffer));
  return NIL;
});

// ---------------------------------------------------------------------------------------------
// Killing.
// ---------------------------------------------------------------------------------------------
/** GNU Fkill_buffer. */
export function killBuffer(bufferOrName: LispObject): LispObject {
  const found = bufferOrName === NIL ? curBuf() : getBuffer(bufferOrName);
  if (found === NIL) nsberror(bufferOrName);
  const b = found as Buffer;
  if (!b.live) return NIL;
  // Run the query functions and kill-buffer-hook with B current.
  {
    const ex = saveHooks.begin("excursion");
    try {
      setBuffer(b);
      if (!b.inhibitHooks) {
        const ok = funcall(defsym("run-hook-with-args-until-failure"), Vkill_buffer_query_functions);
        if (ok === NIL) return NIL;
      }
      if (!b.live) return T;
      if (!b.inhibitHooks) funcall(Qrun_hooks, Vkill_buffer_hook);
    } finally {
      saveHooks.end("excursion", ex);
    }
  }
  if (!b.live) return T;
  // The minibuffer's buffer is not killed while it is the minibuffer window's.
  if (nameString(b) === " *Minibuf-0*") return NIL;
  // Killing a base buffer kills its indirect buffers first.
  if (b.base === null && b.indirections > 0) {
    for (const other of bufferState().all.slice()) if (other.base === b) killBuffer(other);
    if (!b.live) return T;
  }
  // Windows showing B switch to other buffers first (GNU: replace_buffer_in_windows), then B stops
  // being current, then any window still showing it is given another buffer (..._safely).
  windowHooks.replace(b);
  if (!b.live) return T;
  if (b === curBuf()) {
    setBuffer(otherBuffer(b, false));
    if (b === curBuf()) return NIL;
  }
  windowHooks.replaceSafely(b);
  unlockBuffer(b); // the buffer's file lock goes with it (GNU: unlock_buffer in Fkill_buffer)
  b.locals.set(Qbuffer_undo_list, NIL);
  const st = bufferState();
  const i = st.all.indexOf(b);
  if (i >= 0) st.all.splice(i, 1);
  if (st.shown === b) st.shown = null;
  if (b.base !== null) {
    b.dropCells();
    detachAll(b.text, b);
  } else {
    detachAll(b.text, null);
    b.dropCells();
  }
  resetBufferLocalVariables(b, true);
  b.name = NIL;
  if (b.base !== null) {
    b.base.indirections--;
  } else {
    // The text is gone (GNU frees it); a killed buffer reads as empty.
    b.text = new (b.text.constructor as new () => typeof b.text)();
  }
  for (const h of killBufferHooks) h(b);
  runBufferListUpdateHook(b);
  return T;
}

/** What windows do when a buffer is killed (window.ts installs them; GNU: replace_buffer_in_windows). */
export const windowHooks = { replace: (_b: Buffer): void => {}, replaceSafely: (_b: Buffer): void => {} };

/** Hooks run once a buffer is dead (processes, windows, overlays drop it). */
export const killBufferHooks: ((b: Buffer) => void)[] = [];

defun("kill-buffer", "(&optional buffer-or-name)", "Kill the buffer specified by BUFFER-OR-NAME.",
  (bufferOrName) => killBuffer(bufferOrName), { interactive: "bKill buffer: " });

// ---------------------------------------------------------------------------------------------
// Erasing.
// ---------------------------------------------------------------------------------------------
defun("erase-buffer", "()", "Delete the entire contents of the current buffer.", () => {
  const b = curBuf();
  b.begv = 1; b.zv = b.z;
  deleteRange(1, b.z);
  const c = curBuf();
  c.lastWindowStart = 1;
  c.locals.set(Qbuffer_saved_size, 0);
  return NIL;
}, { interactive: "*" });

// ---------------------------------------------------------------------------------------------
// Swapping texts.
// ---------------------------------------------------------------------------------------------
const SWAPPED_LOCALS = ["buffer-undo-list", "mark-active", "enable-multibyte-characters", "bidi-display-reordering",
  "bidi-paragraph-direction", "bidi-paragraph-separate-re", "bidi-paragraph-start-re"];

defun("buffer-swap-text", "(buffer)", "Swap the text between current buffer and BUFFER.", (buffer) => {
  const other = checkBuffer(buffer);
  if (!other.live) error("Cannot swap a dead buffer's text");
  const cur = curBuf();
  if (other.base !== null || cur.base !== null) error("Cannot swap indirect buffers's text");
  for (const b of bufferState().all) {
    if (b.base === other || b.base === cur) error("One of the buffers to swap has indirect buffers");
  }
  const t = cur.text; cur.text = other.text; other.text = t;
  const [pt, begv, zv] = [cur.pt, cur.begv, cur.zv];
  cur.pt = other.pt; cur.begv = other.begv; cur.zv = other.zv;
  other.pt = pt; other.begv = begv; other.zv = zv;
  const ov = cur.overlays; cur.overlays = other.overlays; other.overlays = ov;
  for (const name of SWAPPED_LOCALS) {
    const sym = defsym(name);
    const a = cur.locals.get(sym), c = other.locals.get(sym);
    if (c === undefined) cur.locals.delete(sym); else cur.locals.set(sym, c);
    if (a === undefined) other.locals.delete(sym); else other.locals.set(sym, a);
  }
  const m = cur.mark; cur.mark = other.mark; other.mark = m;
  cur.locals.set(defsym("point-before-scroll"), NIL);
  other.locals.set(defsym("point-before-scroll"), NIL);
  for (const b of [cur, other]) { b.text.modiff++; b.text.charsModiff++; b.text.overlayModiff++; }
  // Markers (overlay ends among them) now live in the other buffer's text: point them at it.
  for (const c of cur.text.cells) if (c.buf === other) c.buf = cur;
  for (const c of other.text.cells) if (c.buf === cur) c.buf = other;
  return NIL;
});

void Cons; void wrongType; void markerAt; void Qdefault_directory; void setInternal;
