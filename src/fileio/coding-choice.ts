// Choosing coding systems for file I/O: `coding:' cookies (set-auto-coding), after-insert-file-set-coding
// (GNU: mule.el) and write-region's choice (GNU: fileio.c choose_write_coding_system).
import { Buffer as NodeBuffer } from "node:buffer";
import { defun, defvar } from "../defun.js";
import { defaultValue, findSymbolValue, setInternal } from "../env.js";
import { Cons, defsym, LispObject, LString, LSymbol, NIL, T } from "../lisp.js";
import { funcall } from "../eval.js";
import { Buffer as EmacsBuffer, curBuf, Qbuffer_undo_list, Qenable_multibyte_characters, setBuffer } from "../buffer.js";
import { Coding, codingName, parseCoding, rawTextOf } from "./codec.js";
import { symbolGet, symbolPut } from "../data/symbols.js";
import { error } from "../signal.js";

const Qbuffer_file_coding_system = defsym("buffer-file-coding-system");
const Qlast_coding_system_used = defsym("last-coding-system-used");
const Qcoding_system_for_read = defsym("coding-system-for-read");
const Qcoding_system_for_write = defsym("coding-system-for-write");
const Qinhibit_eol_conversion = defsym("inhibit-eol-conversion");
const Qinsert_file_contents = defsym("insert-file-contents");
const Qwrite_region = defsym("write-region");
const Qcheck_coding_system = defsym("check-coding-system");
const Qfind_operation_coding_system = defsym("find-operation-coding-system");
const Qfind_file_literally = defsym("find-file-literally");

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
export function chooseWriteCoding(b: EmacsBuffer, hasNonAscii: () => boolean, deferUndecided: boolean,
  writeArgs: LispObject[]): { sym: LispObject; c: Coding | null } {
  let val = findSymbolValue(Qcoding_system_for_write);
  const bfcs = findSymbolValue(Qbuffer_file_coding_system);
  if (val === NIL) {
    let forceRaw = false, usingDefault = false;
    const local = bufferLocalSet(b) && bfcs !== NIL;
    val = local ? bfcs : NIL;
    if (!local && !b.multibyte) forceRaw = true;
    if (val === NIL && Qfind_operation_coding_system.f !== NIL) {
      const c = funcall(Qfind_operation_coding_system, Qwrite_region, ...writeArgs);
      if (c instanceof Cons && c.cdr !== NIL) val = c.cdr;
    }
    if (val === NIL) { val = bfcs; usingDefault = true; }
    if (val !== NIL && !forceRaw) { checkCoding(val); if (parseCoding(val)?.kind === "raw-text") forceRaw = true; }
    // select-safe-coding-system: a `coding:' cookie in the text written wins over every default.
    const auto = forceRaw ? NIL : cookieOfRegion(b, writeArgs[0], writeArgs[1]);
    if (auto !== NIL) val = inheritEol(inheritEol(auto, bfcs), defaultValue(Qbuffer_file_coding_system));
    else if (!forceRaw) val = selectSafe(val, hasNonAscii, deferUndecided);
    if (!usingDefault) val = inheritEol(val, defaultValue(Qbuffer_file_coding_system));
    if (forceRaw) { const p = parseCoding(val); val = p !== null ? codingName(rawTextOf(p), p.eol) : defsym("raw-text"); }
  } else checkCoding(val);
  val = inheritEol(val, bfcs);
  return { sym: val, c: parseCoding(val) };
}

/** The coding system a `coding:' cookie names in the region START..END of B (GNU: select-safe-coding-system's
 * find-auto-coding), or nil; a string START, find-file-literally, and undecided cookies count as none. */
function cookieOfRegion(b: EmacsBuffer, start: LispObject, end: LispObject): LispObject {
  if (start instanceof LString || findSymbolValue(Qfind_file_literally) !== NIL) return NIL;
  let from = typeof start === "number" ? start : start === NIL ? 1 : NaN;
  let to = typeof end === "number" ? end : start === NIL ? b.z : NaN;
  if (Number.isNaN(from) || Number.isNaN(to)) return NIL;   // markers and odd values: leave to the defaults
  if (from > to) [from, to] = [to, from];
  from = Math.max(1, from); to = Math.min(b.z, to);
  const head = b.slice(from, Math.min(to, from + 1024));
  const tail = b.slice(Math.max(from, to - 3072), to);
  const c = codingCookie(head, tail);
  const p = c === NIL ? null : parseCoding(c);
  return p === null || p.kind === "undecided" ? NIL : c;
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

// ---------------------------------------------------------------------------------------------
// find-operation-coding-system (GNU: coding.c) and the alists it consults (defaults from mule-conf.el,
// with the compressed-file entries auto-compression-mode adds in front).
// ---------------------------------------------------------------------------------------------
const compressedNoConversion = ["\\.tzst\\'", "\\.zst\\'", "\\.dz\\'", "\\.txz\\'", "\\.xz\\'", "\\.lzma\\'", "\\.lz\\'",
  "\\.g?z\\'", "\\.\\(?:tgz\\|svgz\\|sifz\\)\\'", "\\.tbz2?\\'", "\\.bz2\\'", "\\.Z\\'"];
const Qtarget_idx = defsym("target-idx");
const Vfile_coding_system_alist = defvar("file-coding-system-alist", () => {
  // The operations' `target-idx' properties are set here because this initializer runs once per new world
  // (symbol plists are per world); GNU sets them in syms_of_coding.
  for (const [op, idx] of [["insert-file-contents", 0], ["write-region", 2], ["call-process", 0], ["start-process", 2],
    ["open-network-stream", 3]] as const) symbolPut(defsym(op), Qtarget_idx, idx);
  const nc = defsym("no-conversion");
  const entries: [string, LispObject][] = compressedNoConversion.map((re) => [re, new Cons(nc, nc)]);
  entries.push(["\\.elc\\'", defsym("utf-8-emacs")], ["\\.el\\'", defsym("prefer-utf-8")],
    ["\\.utf\\(-8\\)?\\'", defsym("utf-8")], ["\\.xml\\'", defsym("xml-find-file-coding-system")],
    ["\\(\\`\\|/\\)loaddefs.el\\'", new Cons(defsym("raw-text"), defsym("raw-text-unix"))],
    ["\\.tar\\'", new Cons(nc, nc)], ["\\.po[tx]?\\'\\|\\.po\\.", defsym("po-find-file-coding-system")],
    ["\\.\\(tex\\|ltx\\|dtx\\|drv\\)\\'", defsym("latexenc-find-file-coding-system")],
    ["", new Cons(defsym("undecided"), NIL)]);
  let list: LispObject = NIL;
  for (let i = entries.length - 1; i >= 0; i--) list = new Cons(new Cons(LString.fromJs(entries[i][0]), entries[i][1]), list);
  return list;
}, `Alist to decide a coding system to use for a file I/O operation.
The format is ((PATTERN . VAL) ...),
where PATTERN is a regular expression matching a file name,
VAL is a coding system, a cons of coding systems, or a function symbol.
If VAL is a coding system, it is used for both decoding and encoding
the file contents.
If VAL is a cons of coding systems, the car part is used for decoding,
and the cdr part is used for encoding.
If VAL is a function symbol, the function must return a coding system
or a cons of coding systems which are used as above.  The function is
called with an argument that is a list of the arguments with which
\`find-operation-coding-system' was called.  If the function can't decide
a coding system, it can return \`undecided' so that the normal
code-detection is performed.`);
const Vnetwork_coding_system_alist = defvar("network-coding-system-alist", NIL,
  `Alist to decide a coding system to use for a network I/O operation.
The format is ((PATTERN . VAL) ...),
where PATTERN is a regular expression matching a network service name
or is a port number to connect to,
VAL is a coding system, a cons of coding systems, or a function symbol.`);
const Qopen_network_stream = defsym("open-network-stream");
const Qcoding_system_p = defsym("coding-system-p");
const Qstring_match_p = defsym("string-match-p");

function isCodingSystem(x: LispObject): boolean { return x instanceof LSymbol && funcall(Qcoding_system_p, x) !== NIL; }

defun("find-operation-coding-system", "(operation &rest arguments)", `Choose a coding system for an operation based on the target name.
The value names a pair of coding systems: (DECODING-SYSTEM . ENCODING-SYSTEM).
DECODING-SYSTEM is the coding system to use for decoding
(in case OPERATION does decoding), and ENCODING-SYSTEM is the coding system
for encoding (in case OPERATION does encoding).

The first argument OPERATION specifies an I/O primitive:
  For file I/O, \`insert-file-contents' or \`write-region'.
  For process I/O, \`call-process', \`call-process-region', or \`start-process'.
  For network I/O, \`open-network-stream'.

The remaining arguments should be the same arguments that were passed
to the primitive.  Depending on which primitive, one of those arguments
is selected as the TARGET.  For example, if OPERATION does file I/O,
whichever argument specifies the file name is TARGET.

TARGET has a meaning which depends on OPERATION:
  For file I/O, TARGET is a file name (except for the special case below).
  For process I/O, TARGET is a process name.
  For network I/O, TARGET is a service name or a port number.

This function looks up what is specified for TARGET in
\`file-coding-system-alist', \`process-coding-system-alist',
or \`network-coding-system-alist' depending on OPERATION.
They may specify a coding system, a cons of coding systems,
or a function symbol to call.
In the last case, we call the function with one argument,
which is a list of all the arguments given to this function.
If the function can't decide a coding system, it can return
\`undecided' so that the normal code-detection is performed.

If OPERATION is \`insert-file-contents', the argument corresponding to
TARGET may be a cons (FILENAME . BUFFER).  In that case, FILENAME is a
file name to look up, and BUFFER is a buffer that contains the file's
contents (not yet decoded).  If \`file-coding-system-alist' specifies a
function to call for FILENAME, that function should examine the
contents of BUFFER instead of reading the file.`, (operation, ...args) => {
  const idx = operation instanceof LSymbol ? symbolGet(operation, Qtarget_idx) : NIL;
  if (!(typeof idx === "number" && idx >= 0)) error("Invalid first argument");
  if (args.length <= idx) error("Too few arguments");
  let target = args[idx];
  const isFileOp = operation === Qinsert_file_contents || operation === Qwrite_region;
  if (!(target instanceof LString
    || (operation === Qinsert_file_contents && target instanceof Cons && target.car instanceof LString && target.cdr instanceof EmacsBuffer)
    || (operation === Qopen_network_stream && typeof target === "number"))) {
    error(`Invalid argument ${idx + 1} of operation ${quoteMessage((operation as LSymbol).name)}`);
  }
  if (target instanceof Cons) target = target.car;
  const alist = findSymbolValue(isFileOp ? Vfile_coding_system_alist
    : operation === Qopen_network_stream ? Vnetwork_coding_system_alist : defsym("process-coding-system-alist"));
  for (let p = alist, n = 0; p instanceof Cons && n < 1_000_000; p = p.cdr, n++) {
    const elt = p.car;
    if (!(elt instanceof Cons)) continue;
    const hit = target instanceof LString ? elt.car instanceof LString && funcall(Qstring_match_p, elt.car, target) !== NIL
      : typeof target === "number" && elt.car === target;
    if (!hit) continue;
    let val = elt.cdr;
    if (val instanceof Cons) return val;
    if (!(val instanceof LSymbol)) return NIL;
    if (isCodingSystem(val)) return new Cons(val, val);
    if (val.f !== NIL) {
      let argl: LispObject = NIL;
      for (let i = args.length - 1; i >= 0; i--) argl = new Cons(args[i], argl);
      val = funcall(val, new Cons(operation, argl));
      if (val instanceof Cons) return val;
      if (isCodingSystem(val)) return new Cons(val, val);
    }
    return NIL;
  }
  return NIL;
});

/** GNU's format-message quoting of a symbol name in an error message (text-quoting-style). */
function quoteMessage(name: string): string {
  const style = findSymbolValue(defsym("text-quoting-style"));
  return style === defsym("grave") ? "`" + name + "'" : style === defsym("straight") ? "'" + name + "'" : "\u2018" + name + "\u2019";
}
