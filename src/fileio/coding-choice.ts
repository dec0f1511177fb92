// Choosing coding systems for file I/O: `coding:' cookies (set-auto-coding), after-insert-file-set-coding
// (GNU: mule.el) and write-region's choice (GNU: fileio.c choose_write_coding_system).
import { Buffer as NodeBuffer } from "node:buffer";
import { defun, defvar } from "../defun.js";
import { defaultValue, findSymbolValue, setInternal } from "../env.js";
import { Cons, defsym, LispObject, LString, LSymbol, NIL, T } from "../lisp.js";
import { funcall } from "../eval.js";
import { Buffer as EmacsBuffer, curBuf, Qbuffer_undo_list, Qenable_multibyte_characters, setBuffer } from "../buffer.js";
import { Coding, codingName, parseCoding, rawTextOf } from "./codec.js";

const Qbuffer_file_coding_system = defsym("buffer-file-coding-system");
const Qlast_coding_system_used = defsym("last-coding-system-used");
const Qcoding_system_for_read = defsym("coding-system-for-read");
const Qcoding_system_for_write = defsym("coding-system-for-write");
const Qinhibit_eol_conversion = defsym("inhibit-eol-conversion");
const Qinsert_file_contents = defsym("insert-file-contents");
const Qwrite_region = defsym("write-region");
const Qcheck_coding_system = defsym("check-coding-system");
const Qfind_operation_coding_system = defsym("find-operation-coding-system");

export const Vset_auto_coding_function = defvar("set-auto-coding-function", () => defsym("set-auto-coding"),
  "If non-nil, a function to call to decide a coding system of file.");
const Vbuffer_file_coding_system_explicit = defvar("buffer-file-coding-system-explicit", NIL,
  "The file coding system explicitly specified for the current buffer.");

// ---------------------------------------------------------------------------------------------
// Deciding the coding system.
// ---------------------------------------------------------------------------------------------
/** GNU CHECK_CODING_SYSTEM (through coding.ts so both modules accept the same names). */
export function checkCoding(c: LispObject): void {
  if (Qcheck_coding_system.f !== NIL) funcall(Qcheck_coding_system, c);
}

/** `coding:` in the first two lines ("-*- ... -*-") or a Local Variables section (GNU: find-auto-coding). */
export function codingCookie(head: string, tail: string): LispObject {
  const lines = head.split("\n", 3);
  const first = lines[0]?.startsWith("#!") ? [lines[0], lines[1] ?? ""] : [lines[0] ?? ""];
  for (const line of first) {
    const m = /-\*-(.*?)-\*-/.exec(line);
    if (m === null) continue;
    const c = /(?:^|;)\s*coding:\s*([^\s;]+)/i.exec(m[1]);
    if (c !== null) return codingSymbol(c[1]);
    if (!m[1].includes(":")) continue;
  }
  const lv = tail.lastIndexOf("Local Variables:");
  if (lv >= 0) {
    const c = /^.*?coding:\s*([^\s]+)/m.exec(tail.slice(lv));
    if (c !== null) return codingSymbol(c[1]);
  }
  return NIL;
}
function codingSymbol(name: string): LispObject {
  const sym = defsym(name.replace(/-\*-$/, ""));
  if (Qcheck_coding_system.f === NIL) return parseCoding(sym) ? sym : NIL;
  try { funcall(Qcheck_coding_system, sym); return sym; } catch { return NIL; }
}

defun("set-auto-coding", "(filename size)", `Return coding system for a file FILENAME of which SIZE bytes follow point.
These bytes should include at least the first 1k of the file
and the last 3k of the file, but the middle may be omitted.`, (_filename, size) => {
  const b = curBuf();
  const n = typeof size === "number" ? Math.min(size, b.zv - b.pt) : b.zv - b.pt;
  const text = b.slice(b.pt, b.pt + n);
  return codingCookie(text.slice(0, 1024), text.slice(-3072));
});

/** The coding system to read FILE with when nothing was specified (set-auto-coding, file-coding-system-alist). */
export function autoCoding(abs: LString, head: Uint8Array | null, visit: LispObject, beg: LispObject, end: LispObject, replace: LispObject): LispObject {
  const fn = findSymbolValue(Vset_auto_coding_function);
  if (fn !== NIL && head !== null && head.length > 0) {
    const text = NodeBuffer.from(head.buffer, head.byteOffset, head.byteLength).toString("latin1");
    let c: LispObject;
    if (fn === defsym("set-auto-coding")) c = codingCookie(text.slice(0, 1024), text.slice(-3072));
    else c = withWorkBuffer(text, () => funcall(fn, abs, head.length));
    if (c !== NIL) return c;
  }
  if (Qfind_operation_coding_system.f !== NIL) {
    const c = funcall(Qfind_operation_coding_system, Qinsert_file_contents, abs, visit, beg, end, replace);
    return c instanceof Cons ? c.car : c;
  }
  return NIL;
}

/** Runs F in a scratch unibyte buffer holding TEXT (GNU's " *code-converting-work*"). */
function withWorkBuffer(text: string, f: () => LispObject): LispObject {
  const prev = curBuf();
  const work = funcall(defsym("get-buffer-create"), LString.fromJs(" *code-converting-work*"), T) as EmacsBuffer;
  setBuffer(work);
  try {
    funcall(defsym("erase-buffer"));
    work.locals.set(Qenable_multibyte_characters, NIL);
    work.locals.set(Qbuffer_undo_list, T);
    funcall(defsym("insert"), new LString(text, false));
    funcall(defsym("goto-char"), 1);
    return f();
  } finally { if (prev.live) setBuffer(prev); }
}

// ---------------------------------------------------------------------------------------------
// after-insert-file-set-coding (mule.el).
// ---------------------------------------------------------------------------------------------
function eolTypeOf(c: LispObject): number | null {
  const p = parseCoding(c);
  return p === null || p.eol < 0 ? null : p.eol;
}

/** GNU find-new-buffer-file-coding-system. */
function newBufferFileCoding(coding: LispObject): LispObject {
  if (coding === NIL) return NIL;
  const b = curBuf();
  const bfcs = findSymbolValue(Qbuffer_file_coding_system);
  const local = b.locals.has(Qbuffer_file_coding_system) && bufferLocalSet(b);
  const lp = parseCoding(bfcs);
  const localEol = eolTypeOf(bfcs);
  const localCoding = bfcs !== NIL && lp !== null && lp.kind !== "undecided" ? lp.base : null;
  if (local && localEol !== null && localCoding !== null) return NIL;
  const fp = parseCoding(coding);
  let foundEol = eolTypeOf(coding);
  if (foundEol === null && findSymbolValue(Qinhibit_eol_conversion) !== NIL) foundEol = 0;
  const foundCoding = fp !== null ? fp.base : (coding as LSymbol).name;
  if (foundEol === null && foundCoding === "undecided") return NIL;
  const newCoding = local ? (localCoding ?? foundCoding) : (foundCoding ?? localCoding);
  const newEol = local ? (localEol ?? foundEol) : (foundEol ?? localEol);
  const np = parseCoding(defsym(newCoding));
  if (newEol !== null && np !== null && np.kind !== "no-conversion" && np.eol < 0) return codingName(np, newEol as 0 | 1 | 2);
  return defsym(newCoding);
}
/** buffer-file-coding-system is always present in a buffer's locals; it counts as local once set there. */
function bufferLocalSet(b: EmacsBuffer): boolean {
  const lvp = defsym("local-variable-p");
  return lvp.f !== NIL ? funcall(lvp, Qbuffer_file_coding_system, b) !== NIL : true;
}

defun("after-insert-file-set-coding", "(inserted &optional visit)", `Set \`buffer-file-coding-system' of current buffer after text is inserted.
INSERTED is the number of characters that were inserted, as figured
in the situation before this function.  Return the number of characters
inserted, as figured in the situation after.  The two numbers can be
different if the buffer has become unibyte.
The optional second arg VISIT non-nil means that we are visiting a file.`, (inserted, visit) => {
  const csr = findSymbolValue(Qcoding_system_for_read);
  if (visit !== NIL && csr !== NIL && csr !== defsym("auto-save-coding")) {
    setInternal(Vbuffer_file_coding_system_explicit, new Cons(csr, NIL));
  }
  const last = findSymbolValue(Qlast_coding_system_used);
  if (last !== NIL) {
    const c = newBufferFileCoding(last);
    if (c !== NIL) setInternal(Qbuffer_file_coding_system, c);
  }
  return inserted;
});

/** GNU choose_write_coding_system, with select-safe-coding-system's usual answer (utf-8 for text the chosen
 * coding system cannot encode). TEXT tells whether the output has non-ASCII characters. */
export function chooseWriteCoding(b: EmacsBuffer, hasNonAscii: () => boolean, deferUndecided: boolean): { sym: LispObject; c: Coding | null } {
  let val = findSymbolValue(Qcoding_system_for_write);
  const bfcs = findSymbolValue(Qbuffer_file_coding_system);
  if (val === NIL) {
    let forceRaw = false, usingDefault = false;
    const local = bufferLocalSet(b) && bfcs !== NIL;
    val = local ? bfcs : NIL;
    if (!local && !b.multibyte) forceRaw = true;
    if (val === NIL && Qfind_operation_coding_system.f !== NIL) {
      const c = funcall(Qfind_operation_coding_system, Qwrite_region);
      if (c instanceof Cons && c.cdr !== NIL) val = c.cdr;
    }
    if (val === NIL) { val = bfcs; usingDefault = true; }
    if (val !== NIL && !forceRaw) { checkCoding(val); if (parseCoding(val)?.kind === "raw-text") forceRaw = true; }
    if (!forceRaw) val = selectSafe(val, hasNonAscii, deferUndecided);
    if (!usingDefault) val = inheritEol(val, defaultValue(Qbuffer_file_coding_system));
    if (forceRaw) { const p = parseCoding(val); val = p !== null ? codingName(rawTextOf(p), p.eol) : defsym("raw-text"); }
  } else checkCoding(val);
  val = inheritEol(val, bfcs);
  return { sym: val, c: parseCoding(val) };
}

function selectSafe(val: LispObject, hasNonAscii: () => boolean, deferUndecided: boolean): LispObject {
  const p = parseCoding(val);
  if (p === null || (deferUndecided && p.kind === "undecided")) return val;
  if ((p.kind === "undecided" || p.kind === "ascii") && hasNonAscii()) return codingName({ base: "utf-8", kind: "utf-8", eol: p.eol }, p.eol);
  return val;
}

/** GNU coding_inherit_eol_type: VAL with DFLT's end-of-line type when VAL has none. */
function inheritEol(val: LispObject, dflt: LispObject): LispObject {
  const p = parseCoding(val);
  if (p === null || p.eol >= 0 || p.kind === "no-conversion") return val;
  const d = parseCoding(dflt);
  return d !== null && d.eol >= 0 ? codingName(p, d.eol) : val;
}
