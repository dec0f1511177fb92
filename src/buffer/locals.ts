// Buffer-local variables of a buffer as a whole (buffer-local-variables, kill-all-local-variables) and
// changing a buffer's multibyteness (GNU: buffer.c).
import { defun } from "../defun.js";
import { E } from "../env.js";
import { charToJs, Cons, defsym, LispObject, list, LString, LSymbol, NIL, T, Trapped, UNBOUND } from "../lisp.js";
import { error } from "../signal.js";
import { funcall } from "../eval.js";
import {
  Buffer, curBuf, decodeBufferArg, errorFmt, perBufferInfo, perBufferSymbols, Qbuffer_undo_list,
  Qenable_multibyte_characters, Qpermanent_local, resetBufferLocalVariables,
} from "../buffer.js";
import { symbolGet, notifyVariableWatchers } from "../data/symbols.js";
import { recomputeCellBound } from "../marker.js";

const Qpermanent_local_hook = defsym("permanent-local-hook");
const Qchange_major_mode_hook = defsym("change-major-mode-hook");
const Qrun_hooks = defsym("run-hooks");
const Qapply = defsym("apply");
const Qset_buffer_multibyte = defsym("set-buffer-multibyte");

/** The alist of BUFFER's local variables, in GNU's order (GNU: Fbuffer_local_variables). */
export function bufferLocalVariables(b: Buffer): LispObject {
  const lisp: LispObject[] = [];
  for (const [sym, val] of b.locals) {
    if (perBufferInfo(sym) !== undefined) continue;
    lisp.push(val === UNBOUND ? sym : new Cons(sym, val));
  }
  let result: LispObject = NIL;
  for (let i = lisp.length - 1; i >= 0; i--) result = new Cons(lisp[i], result);
  for (const sym of perBufferSymbols()) {
    const v = b.locals.get(sym);
    if (v !== undefined) result = new Cons(new Cons(sym, v), result);
  }
  return result;
}

defun("buffer-local-variables", "(&optional buffer)", "Return an alist of variables that are buffer-local in BUFFER.",
  (buffer) => bufferLocalVariables(decodeBufferArg(buffer)));

/** Decides the fate of local variable SYM for kill-all-local-variables; true when it must go. */
function killLocal(b: Buffer, sym: LSymbol): boolean {
  const prop = symbolGet(sym, Qpermanent_local);
  if (sym.trapped === Trapped.Watched) notifyVariableWatchers(sym, NIL, "makunbound", b);
  if (prop === NIL) return true;
  if (prop === Qpermanent_local_hook) {
    // A partially permanent hook: keep only t and functions marked permanent-local-hook.
    const v = b.locals.get(sym);
    if (v instanceof Cons) {
      const kept: LispObject[] = [];
      for (let l: LispObject = v; l instanceof Cons; l = l.cdr) {
        const elt = l.car;
        if (elt === T || (elt instanceof LSymbol && symbolGet(elt, Qpermanent_local_hook) !== NIL)) kept.push(elt);
      }
      const nl = list(...kept);
      if (sym.trapped === Trapped.Watched) notifyVariableWatchers(sym, nl, "makunbound", b);
      b.locals.set(sym, nl);
    }
  }
  return false;
}

defun("kill-all-local-variables", "()", "Switch to Fundamental mode by killing current buffer's local variables.", () => {
  funcall(Qrun_hooks, Qchange_major_mode_hook);
  const b = curBuf();
  resetBufferLocalVariables(b, false, (sym) => killLocal(b, sym));
  return NIL;
});

// ---------------------------------------------------------------------------------------------
// set-buffer-multibyte
// ---------------------------------------------------------------------------------------------
/** Bytes of character C in Emacs's internal multibyte representation (raw bytes: 2 bytes, C0/C1 form). */
function encodeInternal(c: number, out: number[]): void {
  if (c < 0x80) out.push(c);
  else if (c < 0x800) out.push(0xc0 | (c >> 6), 0x80 | (c & 0x3f));
  else if (c < 0x10000) out.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 0x3f), 0x80 | (c & 0x3f));
  else if (c < 0x200000) out.push(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 0x3f), 0x80 | ((c >> 6) & 0x3f), 0x80 | (c & 0x3f));
  else if (c < 0x3fff80) {
    out.push(0xf8, 0x80 | ((c >> 18) & 0x0f), 0x80 | ((c >> 12) & 0x3f), 0x80 | ((c >> 6) & 0x3f), 0x80 | (c & 0x3f));
  } else { const b = c - 0x3fff00; out.push(0xc0 | ((b >> 6) & 1), 0x80 | (b & 0x3f)); }
}

/**
 * Decodes bytes as Emacs's internal representation: valid sequences become characters, C0/C1 pairs the
 * raw bytes they stand for, and any other byte >= #x80 a raw-byte character (GNU: multibyte_chars_in_text
 * and STRING_CHAR_AND_LENGTH with invalid bytes as eight-bit characters). Returns [char, length].
 */
function decodeInternal(bytes: Uint32Array, i: number): [number, number] {
  const b0 = bytes[i];
  if (b0 < 0x80) return [b0, 1];
  const cont = (k: number): boolean => i + k < bytes.length && (bytes[i + k] & 0xc0) === 0x80;
  if ((b0 & 0xe0) === 0xc0 && cont(1)) {
    const c = ((b0 & 0x1f) << 6) | (bytes[i + 1] & 0x3f);
    if (b0 < 0xc2) return [0x3fff80 + (((b0 & 1) << 6) | (bytes[i + 1] & 0x3f)), 2];
    return [c, 2];
  }
  if ((b0 & 0xf0) === 0xe0 && cont(1) && cont(2)) {
    const c = ((b0 & 0x0f) << 12) | ((bytes[i + 1] & 0x3f) << 6) | (bytes[i + 2] & 0x3f);
    if (c >= 0x800) return [c, 3];
  }
  if ((b0 & 0xf8) === 0xf0 && cont(1) && cont(2) && cont(3)) {
    const c = ((b0 & 0x07) << 18) | ((bytes[i + 1] & 0x3f) << 12) | ((bytes[i + 2] & 0x3f) << 6) | (bytes[i + 3] & 0x3f);
    if (c >= 0x10000) return [c, 4];
  }
  if (b0 === 0xf8 && cont(1) && cont(2) && cont(3) && cont(4)) {
    const c = ((bytes[i + 1] & 0x0f) << 18) | ((bytes[i + 2] & 0x3f) << 12) | ((bytes[i + 3] & 0x3f) << 6) | (bytes[i + 4] & 0x3f);
    if (c >= 0x200000 && c < 0x3fff80) return [c, 5];
  }
  return [0x3fff00 + b0, 1];
}

/** Converts the whole text of B; returns the map from old to new positions (1-based, index = old pos). */
function convertText(b: Buffer, toMultibyte: boolean): Int32Array {
  const gb = b.text.gb;
  const n = gb.length;
  const old = gb.codes(0, n);
  const map = new Int32Array(n + 2);
  const out: number[] = [];
  if (!toMultibyte) {
    // Each character becomes its bytes; raw-byte characters become the byte itself.
    for (let i = 0; i < n; i++) {
      map[i + 1] = out.length + 1;
      const c = old[i];
      if (c >= 0x3fff80) out.push(c - 0x3fff00); else encodeInternal(c, out);
    }
    map[n + 1] = out.length + 1;
  } else {
    let i = 0;
    while (i < n) {
      const [c, len] = decodeInternal(old, i);
      // A position inside a multibyte sequence moves to the next character (GNU advances such markers).
      map[i + 1] = out.length + 1;
      for (let k = 1; k < len; k++) map[i + k + 1] = out.length + 2;
      out.push(c);
      i += len;
    }
    map[n + 1] = out.length + 1;
  }
  gb.clear();
  gb.insertCodes(0, out);
  return map;
}

defun("set-buffer-multibyte", "(flag)", "Set the multibyte flag of the current buffer to FLAG.", (flag) => {
  const b = curBuf();
  if (b.base !== null) errorFmt("Cannot do `set-buffer-multibyte' on an indirect buffer");
  const was = b.multibyte;
  if ((flag === NIL) === !was) return flag;
  const modified = b.text.saveModiff < b.text.modiff;
  const oldUndo = b.locals.get(Qbuffer_undo_list) ?? NIL;
  const map = convertText(b, flag !== NIL);
  const remap = (p: number): number => (p >= 1 && p < map.length ? map[p] : p);
  for (const c of b.text.cells) c.pos = remap(c.pos);
  recomputeCellBound(b.text);
  if (!b.hasCells) { const pt = b.pt, begv = b.begv, zv = b.zv; b.pt = remap(pt); b.begv = remap(begv); b.zv = remap(zv); }
  b.locals.set(Qenable_multibyte_characters, flag === NIL ? NIL : T);
  for (const other of E.ext.buffer.all as Buffer[]) {
    if (other.base === b) other.locals.set(Qenable_multibyte_characters, flag === NIL ? NIL : T);
  }
  b.text.modiff++; b.text.charsModiff = b.text.modiff;
  if (oldUndo !== T) b.locals.set(Qbuffer_undo_list, new Cons(list(Qapply, Qset_buffer_multibyte, flag === NIL ? T : NIL), oldUndo));
  if (!modified) b.text.saveModiff = b.text.modiff;
  return flag;
});

void charToJs; void LString; void error;
