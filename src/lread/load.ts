// `load`, the load path search and load-history (GNU: lread.c Fload, openp, readevalloop, build_load_history).
import { lispDir } from "../paths.js";
import { accessSync, closeSync, constants as fsConstants, openSync, readFileSync, readSync, statSync } from "node:fs";
import { homedir } from "node:os";
import { gunzipSync } from "node:zlib";
import { defun, defvar } from "../defun.js";
import { E, findSymbolValue, setInternal, specbind, unbindTo } from "../env.js";
import { evalForm, funcall } from "../eval.js";
import { BYTE8_FIRST, Cons, defsym, LispObject, list, LString, LSymbol, mkStr, NIL, T } from "../lisp.js";
import { checkString, error, LispSignal, xsignalData } from "../signal.js";
import { signalError } from "../fns/common.js";
import { lreadState } from "./obarray.js";
import { curBuf } from "../buffer.js";
import { Reader } from "./reader.js";
import { TSMACS_ELC_MARK } from "../compile/bytecomp-file.js";

const Qlexical_binding = defsym("lexical-binding");
const Qmessage = defsym("message");
const Qsubstitute_in_file_name = defsym("substitute-in-file-name");
const Qdo_after_load_evaluation = defsym("do-after-load-evaluation");
const Qinternal_macroexpand_for_load = defsym("internal-macroexpand-for-load");
const Qprogn = defsym("progn");
const Qdefvar = defsym("defvar");
const Qdir_ok = defsym("dir-ok");
const Qdefault_directory = defsym("default-directory");
const Qinhibit_file_name_operation = defsym("inhibit-file-name-operation");
const Qfile_missing = defsym("file-missing");
const Qfile_error = defsym("file-error");
const Qunescaped_literals = defsym("lread--unescaped-character-literals");
const Qunescaped_warning = defsym("byte-run--unescaped-character-literals-warning");
const Qtab_width = defsym("tab-width");

export const Vload_path = defvar("load-path", () => loadPathFromEnvironment(), `List of directories to search for files to load.
Each element is a string (directory file name) or nil (meaning
\`default-directory').
This list is consulted by the \`require' function.`, { perStart: true });
export const Vload_suffixes = defvar("load-suffixes", () => list(mkStr(".elc"), mkStr(".el")),
  `List of suffixes for Emacs Lisp files and dynamic modules.
This list includes suffixes for both compiled and source Emacs Lisp files.
This list should not include the empty string.`);
defvar("module-file-suffix", NIL, "Suffix of loadable module file, or nil if modules are not supported.");
// tsmacs decompresses .gz itself, so the compressed representation is always on (GNU: with auto-compression).
export const Vload_file_rep_suffixes = defvar("load-file-rep-suffixes", () => list(mkStr(""), mkStr(".gz")),
  "List of suffixes that indicate representations of the same file.");
export const Vload_in_progress = defvar("load-in-progress", NIL, "Non-nil if inside of `load'.");
defvar("after-load-alist", NIL, "An alist of functions to be evalled when particular files are loaded.");
export const Vload_history = defvar("load-history", NIL, "Alist mapping loaded file names to symbols and features.");
export const Vload_file_name = defvar("load-file-name", NIL, "Full name of file being loaded by `load'.");
export const Vload_true_file_name = defvar("load-true-file-name", NIL, "Full name of file being loaded by `load'.");
const Vuser_init_file = defvar("user-init-file", NIL, "File name, including directory, of user's initialization file.");
export const Vcurrent_load_list = defvar("current-load-list", NIL, "Used for internal purposes by `load'.");
defvar("load-read-function", defsym("read"), "Function used by `load' and `eval-region' for reading expressions.");
export const Vload_source_file_function = defvar("load-source-file-function", NIL,
  "Function called in `load' to load an Emacs Lisp source file.");
defvar("load-force-doc-strings", NIL, "Non-nil means `load' should force-load all dynamic doc strings.");
defvar("load-convert-to-unibyte", NIL, "Non-nil means `read' converts strings to unibyte whenever possible.");
defvar("source-directory", () => mkStr("/usr/share/emacs/28.2/"), "Directory in which Emacs sources were found when Emacs was built.");
defvar("preloaded-file-list", NIL, "List of files that were preloaded (when dumping Emacs).");
defvar("byte-boolean-vars", NIL, "List of all DEFVAR_BOOL variables, used by the byte code optimizer.");
defvar("load-dangerous-libraries", NIL, "Non-nil means load dangerous compiled Lisp files.");
const Vforce_load_messages = defvar("force-load-messages", NIL, "Non-nil means force printing messages when loading Lisp files.");
defvar("bytecomp-version-regexp", () => mkStr("^;;;.\\(in Emacs version\\|bytecomp version FSF\\)"),
  "Regular expression matching safe to load compiled Lisp files.");
defvar("eval-buffer-list", NIL, "List of buffers being read from by calls to `eval-buffer' and `eval-region'.");
const Vload_prefer_newer = defvar("load-prefer-newer", NIL, "Non-nil means `load' prefers the newest version of a file.");
defvar("load-no-native", NIL, "Non-nil means not to load a .eln file when a .elc was requested.");

/** EMACSLOADPATH as a list (empty elements mean nil, i.e. `default-directory'); nil when unset. */
/**
 * The initial load-path (GNU: init_lread): the project's own lisp/ directory, or EMACSLOADPATH, where an
 * empty element stands for that default. Recomputed at every start, since worlds are snapshotted.
 */
function loadPathFromEnvironment(): LispObject {
  const defaults = [lispDir()];
  const env = process.env.EMACSLOADPATH;
  const dirs = env ? env.split(":").flatMap((d) => (d === "" ? defaults : [d])) : defaults;
  return list(...dirs.map((d) => mkStr(d)));
}

/** Adds X to `current-load-list' (GNU: LOADHIST_ATTACH). defvar, defalias, provide and require call this. */
export function loadhistAttach(x: LispObject): void {
  setInternal(Vcurrent_load_list, new Cons(x, findSymbolValue(Vcurrent_load_list)));
}

// ---------------------------------------------------------------------------------------------
// File names (a private minimum until fileio.ts exists: expand-file-name against default-directory).
// ---------------------------------------------------------------------------------------------
function defaultDirectory(): string {
  const d = findSymbolValue(Qdefault_directory);
  return d instanceof LString ? d.s : process.cwd() + "/";
}
const isAbsolute = (f: string): boolean => f.startsWith("/") || f.startsWith("~");

/** Normalises `.`, `..` and repeated slashes, keeping a trailing slash (like GNU's expand-file-name). */
export function expandFileName(name: string, dir: string | null): string {
  if (name.startsWith("~") && (name.length === 1 || name[1] === "/")) name = homedir() + name.slice(1);
  if (!name.startsWith("/")) {
    let base = dir ?? defaultDirectory();
    if (base.startsWith("~")) base = expandFileName(base, "/");
    if (!base.startsWith("/")) base = expandFileName(base, null);
    name = (base.endsWith("/") ? base : base + "/") + name;
  }
  const trailing = name.endsWith("/") && name.length > 1;
  const out: string[] = [];
  for (const part of name.split("/")) {
    if (part === "" || part === ".") continue;
    if (part === "..") out.pop(); else out.push(part);
  }
  return "/" + out.join("/") + (trailing && out.length > 0 ? "/" : "");
}

const ERRNO_TEXT: Record<string, string> = {
  ENOENT: "No such file or directory", EISDIR: "Is a directory", EACCES: "Permission denied",
  ENOTDIR: "Not a directory", ELOOP: "Too many levels of symbolic links", ENAMETOOLONG: "File name too long",
};

/** GNU report_file_errno: (file-missing|file-error STRING ERRMSG . DATA). */
export function reportFileError(what: string, code: string, data: LispObject): never {
  const sym = code === "ENOENT" ? Qfile_missing : Qfile_error;
  return xsignalData(sym, new Cons(mkStr(what), new Cons(mkStr(ERRNO_TEXT[code] ?? code), data)));
}

interface Found { name: string; errno: string }

/**
 * Searches PATH (a Lisp list of directories; nil means "FILE as is") for FILE with each of SUFFIXES
 * (GNU openp). PREDICATE is nil (readable, not a directory), a natnum access mode, or a function.
 * SKIP rejects candidate names (load uses it to pass over byte-compiled files).
 */
export function openp(path: LispObject, file: string, suffixes: string[], predicate: LispObject,
  skip?: (name: string) => boolean): Found {
  let errno = "ENOENT";
  const absolute = isAbsolute(file);
  const dirs: (LispObject | undefined)[] = [];
  if (path === NIL) dirs.push(undefined);
  else for (let p = path, n = 0; p instanceof Cons && n < 100000; p = p.cdr, n++) dirs.push(p.car);
  const sufs = suffixes.length === 0 ? [""] : suffixes;
  for (const dir of dirs) {
    let filename: string;
    if (dir === undefined) filename = absolute ? expandFileName(file, "/") : expandFileName(file, null);
    else filename = expandFileName(file, dir instanceof LString ? dir.s : null);
    for (const suffix of sufs) {
      const name = filename + suffix;
      if (skip?.(name)) continue;
      if (predicate !== NIL && predicate !== T && typeof predicate !== "number") {
        const v = funcall(predicate, mkStr(name));
        if (v === NIL) continue;
        if (v === Qdir_ok || !isDirectory(name)) return { name, errno: "" };
        errno = "EISDIR";
        continue;
      }
      try {
        const st = statSync(name);
        if (st.isDirectory()) { errno = "EISDIR"; continue; }
        accessSync(name, typeof predicate === "number" ? predicate : fsConstants.R_OK);
        return { name, errno: "" };
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code ?? "ENOENT";
        if (code !== "ENOENT" && code !== "ENOTDIR") errno = code;
      }
    }
    if (absolute) break;
  }
  return { name: "", errno };
}

function isDirectory(name: string): boolean {
  try { return statSync(name).isDirectory(); } catch { return false; }
}

/** Strings of a Lisp list of strings (signals like GNU's CHECK_STRING_CAR). */
function stringList(l: LispObject): string[] {
  const out: string[] = [];
  for (let p = l, n = 0; p instanceof Cons && n < 100000; p = p.cdr, n++) out.push(checkString(p.car).s);
  return out;
}

function getLoadSuffixes(): string[] {
  const out: string[] = [];
  const exts = stringList(findSymbolValue(Vload_file_rep_suffixes));
  for (const suffix of stringList(findSymbolValue(Vload_suffixes))) for (const ext of exts) out.push(suffix + ext);
  return out;
}

defun("get-load-suffixes", "()", `Return the suffixes that \`load' should try if a suffix is required.
This uses the variables \`load-suffixes' and \`load-file-rep-suffixes'.`, () => list(...getLoadSuffixes().map((s) => mkStr(s))));

defun("locate-file-internal", "(filename path &optional suffixes predicate)", `Search for FILENAME through PATH.
Returns the file's name in absolute form, or nil if not found.
If SUFFIXES is non-nil, it should be a list of suffixes to append to
file name when searching.
If non-nil, PREDICATE is used instead of \`file-readable-p'.`, (filename, path, suffixes, predicate) => {
  const found = openp(path, checkString(filename).s, stringList(suffixes), predicate);
  return found.name === "" ? NIL : mkStr(found.name);
});

// ---------------------------------------------------------------------------------------------
// Reading a source file.
// ---------------------------------------------------------------------------------------------
const utf8 = new TextDecoder("utf-8", { fatal: true });

/**
 * The text of a Lisp source file: gunzipped if needed, then decoded as UTF-8, or as utf-8-emacs (which
 * also has forms for characters beyond Unicode and raw bytes) for .elc files and files whose first line
 * says `coding: utf-8-emacs`. Invalid bytes become raw-byte characters, as GNU's decoders do.
 */
export function readSourceFile(name: string): string {
  let bytes: Uint8Array = readFileSync(name);
  if (name.endsWith(".gz")) bytes = gunzipSync(bytes);
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    text = decodeUtf8(bytes, /\.elc(\.gz)?$/.test(name) || emacsCodingCookie(bytes));
  }
  // GNU detects the end-of-line convention from the first line end: CRLF files read as LF.
  const nl = text.indexOf("\n");
  if (nl > 0 && text.charCodeAt(nl - 1) === 13) text = text.replace(/\r\n/g, "\n");
  return text;
}

/** Whether the first line's `-*- ... -*-` cookie asks for Emacs's internal coding (utf-8-emacs). */
function emacsCodingCookie(bytes: Uint8Array): boolean {
  let eol = bytes.indexOf(10);
  if (eol < 0) eol = Math.min(bytes.length, 1000);
  const line = Buffer.from(bytes.subarray(0, eol)).toString("latin1");
  const m = /-\*-.*\bcoding:\s*([\w-]+)/.exec(line);
  return m !== null && /^(utf-8-emacs|emacs-internal)/.test(m[1]);
}

/** Characters from here up to the raw bytes cannot be stored in tsmacs strings yet (see lisp.ts charToJs). */
const FIRST_UNREPRESENTABLE = 0x110000 + (1 << 20) - 128;

/**
 * Decodes UTF-8 keeping each byte of an invalid sequence as a raw-byte character. With EMACS, also the
 * utf-8-emacs forms: 4-byte sequences up to #x1FFFFF, 5-byte ones up to #x3FFF7F, and C0/C1 pairs for
 * raw bytes.
 */
export function decodeUtf8(b: Uint8Array, emacs = false): string {
  const parts: string[] = [];
  let out: number[] = [];
  const cont = (i: number): boolean => i < b.length && (b[i] & 0xc0) === 0x80;
  for (let i = 0; i < b.length;) {
    const c0 = b[i];
    let c = -1, len = 1;
    if (c0 < 0x80) c = c0;
    else if (c0 >= 0xc2 && c0 <= 0xdf && cont(i + 1)) { c = ((c0 & 0x1f) << 6) | (b[i + 1] & 0x3f); len = 2; }
    else if (c0 >= 0xe0 && c0 <= 0xef && cont(i + 1) && cont(i + 2)) {
      c = ((c0 & 0x0f) << 12) | ((b[i + 1] & 0x3f) << 6) | (b[i + 2] & 0x3f); len = 3;
      if (c < 0x800 || (c >= 0xd800 && c <= 0xdfff)) c = -1;
    } else if (c0 >= 0xf0 && c0 <= (emacs ? 0xf7 : 0xf4) && cont(i + 1) && cont(i + 2) && cont(i + 3)) {
      c = ((c0 & 0x07) << 18) | ((b[i + 1] & 0x3f) << 12) | ((b[i + 2] & 0x3f) << 6) | (b[i + 3] & 0x3f); len = 4;
      if (c < 0x10000 || (!emacs && c > 0x10ffff)) c = -1;
    } else if (emacs && c0 === 0xf8 && cont(i + 1) && cont(i + 2) && cont(i + 3) && cont(i + 4)) {
      c = ((b[i + 1] & 0x3f) << 18) | ((b[i + 2] & 0x3f) << 12) | ((b[i + 3] & 0x3f) << 6) | (b[i + 4] & 0x3f); len = 5;
      if (c < 0x200000 || c > 0x3fff7f) c = -1;
    } else if (emacs && (c0 === 0xc0 || c0 === 0xc1) && cont(i + 1)) {
      c = BYTE8_FIRST + (((c0 & 1) << 6) | (b[i + 1] & 0x3f)); len = 2;
    }
    if (c >= FIRST_UNREPRESENTABLE && c < BYTE8_FIRST) c = -1;
    if (c < 0) { c = BYTE8_FIRST + (c0 - 0x80); len = 1; }
    if (c < 0x10000) out.push(c);
    else if (c <= 0x10ffff) { c -= 0x10000; out.push(0xd800 | (c >> 10), 0xdc00 | (c & 0x3ff)); }
    else {
      // tsmacs's reversed surrogate pair for characters beyond Unicode (lisp.ts charToJs).
      const idx = c >= BYTE8_FIRST ? c - BYTE8_FIRST : 128 + (c - 0x110000);
      out.push(0xdc00 | (idx & 0x3ff), 0xd800 | (idx >> 10));
    }
    i += len;
    if (out.length >= 8192) { parts.push(String.fromCharCode.apply(null, out)); out = []; }
  }
  parts.push(String.fromCharCode.apply(null, out));
  return parts.join("");
}

/**
 * Whether the first line (or the line after a `#!` line) sets `lexical-binding' to non-nil in a
 * `-*- ... -*-` cookie (GNU lisp_file_lexically_bound_p).
 */
export function lexicallyBoundP(text: string): boolean {
  let i = 0;
  if (text.startsWith("#!")) {
    i = text.indexOf("\n");
    if (i < 0) return false;
    i++;
  }
  if (text[i] !== ";") return false;
  let eol = text.indexOf("\n", i);
  if (eol < 0) eol = text.length;
  const line = text.slice(i + 1, eol);
  const start = line.indexOf("-*-");
  if (start < 0) return false;
  const stop = line.indexOf("-*-", start + 3);
  const vars = line.slice(start + 3, stop < 0 ? line.length : stop);
  for (const entry of vars.split(";")) {
    const colon = entry.indexOf(":");
    if (colon < 0) continue;
    if (entry.slice(0, colon).trim() === "lexical-binding") return entry.slice(colon + 1).trim() !== "nil";
  }
  return false;
}

/**
 * Line (counted from the accessible start) and column of point in the current buffer: the data GNU adds
 * to invalid-read-syntax when reading from a buffer, loads included (GNU: count_lines + 1, current_column;
 * the column here counts tabs to `tab-width' stops and every other character as one column).
 */
export function pointLineColumn(): LispObject[] {
  const b = curBuf();
  const text = b.slice(b.begv, b.pt);
  let line = 1;
  for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) line++;
  const tw = findSymbolValue(Qtab_width);
  const tab = typeof tw === "number" && tw > 0 && tw <= 1000 ? tw : 8;
  let col = 0;
  for (let i = text.lastIndexOf("\n") + 1; i < text.length; i++) {
    const u = text.charCodeAt(i);
    if (u === 9) col += tab - (col % tab);
    else if (u < 0xdc00 || u > 0xdfff) col++; // a surrogate pair is one character
  }
  return [line, col];
}

/** The lexical environment of a load: t, or t extended by the file's top-level `(defvar X)` declarations. */
interface LoadEnv { lex: LispObject }

/**
 * Evaluates a top-level form of a load. A bare `(defvar X)' makes X dynamically bound for the rest of the
 * file, closures included (GNU: Fdefvar pushes X onto Vinternal_interpreter_environment, which readevalloop
 * binds for the whole file).
 */
function evalTopLevel(form: LispObject, env: LoadEnv): LispObject {
  if (env.lex !== NIL && form instanceof Cons && form.car === Qdefvar && form.cdr instanceof Cons
    && form.cdr.cdr === NIL && form.cdr.car instanceof LSymbol) {
    env.lex = new Cons(form.cdr.car, env.lex === T ? list(T) : env.lex);
  }
  return evalForm(form, env.lex);
}

/** GNU readevalloop_eager_expand_eval: macroexpands top-level forms one `progn' level at a time. */
function eagerExpandEval(form: LispObject, env: LoadEnv): LispObject {
  let val = funcall(Qinternal_macroexpand_for_load, form, NIL);
  if (val instanceof Cons && val.car === Qprogn) {
    let result: LispObject = NIL;
    for (let sub = val.cdr; sub instanceof Cons; sub = sub.cdr) result = eagerExpandEval(sub.car, env);
    return result;
  }
  val = funcall(Qinternal_macroexpand_for_load, val, T);
  return evalTopLevel(val, env);
}

/**
 * Reads and evaluates every form of TEXT as `load' does (GNU readevalloop): binds current-load-list,
 * uses eager macroexpansion once `internal-macroexpand-for-load' exists, and records SOURCENAME in
 * load-history. LEXICAL selects lexical binding for the whole text.
 */
export function readEvalLoop(text: string, sourcename: LispObject, lexical: boolean,
  onError?: (form: LispObject, err: LispSignal) => void): void {
  const count = E.sp;
  try {
    specbind(Vcurrent_load_list, NIL);
    loadhistAttach(sourcename);
    const reader = new Reader(text);
    reader.syntaxExtra = pointLineColumn;
    const env: LoadEnv = { lex: lexical ? T : NIL };
    const depth = E.depth, hn = E.hn;
    while (reader.skipToForm()) {
      const form = reader.read();
      try {
        if (Qinternal_macroexpand_for_load.f !== NIL) eagerExpandEval(form, env);
        else evalTopLevel(form, env);
      } catch (e) {
        // ONERROR (used for GNU's loaddefs.el under --gnu-lisp) reports the form and goes on.
        if (onError === undefined || !(e instanceof LispSignal)) throw e;
        unbindTo(count + 1);
        E.depth = depth; E.hn = hn;
        onError(form, e);
      }
    }
    buildLoadHistory(sourcename, true);
  } finally {
    unbindTo(count);
  }
}

/**
 * Runs BODY with a reader-eval context like GNU's readevalloop for eval-buffer and eval-region: a fresh
 * `current-load-list' holding SOURCENAME (when non-nil; `macroexp-file-name' reads it), eager macro
 * expansion once macroexp is loaded, and the file-local effect of top-level `(defvar X)'.
 */
export function withReadEvalContext(sourcename: LispObject, lexical: boolean,
  body: (evalOne: (form: LispObject) => LispObject) => void): void {
  const count = E.sp;
  try {
    specbind(Vcurrent_load_list, NIL);
    if (sourcename !== NIL) loadhistAttach(sourcename);
    const env: LoadEnv = { lex: lexical ? T : NIL };
    body((form) => (Qinternal_macroexpand_for_load.f !== NIL ? eagerExpandEval(form, env) : evalTopLevel(form, env)));
  } finally {
    unbindTo(count);
  }
}

/** Merges `current-load-list' into `load-history' under FILENAME (GNU build_load_history). */
function buildLoadHistory(filename: LispObject, entire: boolean): void {
  const current = findSymbolValue(Vcurrent_load_list);
  let hist = findSymbolValue(Vload_history);
  let prev: Cons | null = null, found = false;
  for (let tail = hist; tail instanceof Cons; tail = tail.cdr) {
    const entry = tail.car;
    if (entry instanceof Cons && sameFileName(entry.car, filename)) {
      found = true;
      if (entire) {
        if (prev === null) hist = tail.cdr; else prev.cdr = tail.cdr;
        continue;
      }
    }
    prev = tail;
  }
  if (entire || !found) {
    const items: LispObject[] = [];
    for (let l = current; l instanceof Cons; l = l.cdr) items.push(l.car);
    let entry: LispObject = NIL;
    for (const x of items) entry = new Cons(x, entry); // nreverse
    hist = new Cons(entry, hist);
  }
  setInternal(Vload_history, hist);
}

function sameFileName(a: LispObject, b: LispObject): boolean {
  if (a === b) return true;
  return a instanceof LString && b instanceof LString && a.s === b.s;
}

function message(fmt: string, arg: string): void {
  if (Qmessage.f !== NIL) funcall(Qmessage, mkStr(fmt), mkStr(arg));
  else E.stderr.write(fmt.replace("%s", arg) + "\n");
}

defun("load", "(file &optional noerror nomessage nosuffix must-suffix)", `Execute a file of Lisp code named FILE.
First try FILE with \`.elc' appended, then try with \`.el', then try
FILE unmodified (the exact suffixes in the exact order are determined by
\`load-suffixes').  This function searches the directories in \`load-path'.

If optional second arg NOERROR is non-nil, report no error if FILE
doesn't exist.  Print messages at start and end of loading unless
optional third arg NOMESSAGE is non-nil (but \`force-load-messages'
overrides that).  If optional fourth arg NOSUFFIX is non-nil, don't try
adding suffixes to the specified name FILE.  If optional fifth arg
MUST-SUFFIX is non-nil, insist on the suffix \`.elc' or \`.el'.

tsmacs has no byte-code interpreter for files: only the \`.elc' files that
its own \`byte-compile-file' writes (macroexpanded source) are loaded, other
\`.elc' files are passed over; \`.el.gz' files are decompressed transparently.

Return t if the file exists and loads successfully.`, (file, noerror, nomessage, nosuffix, mustSuffix) => {
  checkString(file);
  if (Qsubstitute_in_file_name.f !== NIL) {
    if (noerror !== NIL) {
      try { file = funcall(Qsubstitute_in_file_name, file); } catch (e) { if (e instanceof LispSignal) return NIL; throw e; }
    } else file = funcall(Qsubstitute_in_file_name, file);
  }
  const fname = checkString(file).s;
  let found: Found = { name: "", errno: "ENOENT" };
  if (fname.length > 0) {
    let must = mustSuffix !== NIL;
    if (must && (fname.endsWith(".el") || fname.endsWith(".elc") || fname.includes("/"))) must = false;
    let suffixes: string[] = [];
    if (nosuffix === NIL) {
      suffixes = getLoadSuffixes();
      if (!must) suffixes = suffixes.concat(stringList(findSymbolValue(Vload_file_rep_suffixes)));
    }
    found = openp(findSymbolValue(Vload_path), fname, suffixes, NIL, skipCompiled);
    // GNU's openp with load-prefer-newer takes the newest of the file's versions (here: its source).
    if (found.name.endsWith(".elc") && findSymbolValue(Vload_prefer_newer) !== NIL) {
      const src = newerSource(found.name);
      if (src !== null) found = { name: src, errno: "" };
    }
  }
  if (found.name === "") {
    if (noerror === NIL) reportFileError("Cannot open load file", found.errno, list(file));
    return NIL;
  }
  // Tells startup whether the user's init file was found.
  if (findSymbolValue(Vuser_init_file) === T) setInternal(Vuser_init_file, mkStr(found.name));
  return loadFound(found.name, file as LString, noerror, nomessage);
});

/** Byte-compiled files are passed over unless tsmacs's file compiler wrote them (macroexpanded source with
 * GNU's .elc header, see compile/bytecomp-file.ts): there is no VM for GNU's byte-compiled files. */
function skipCompiled(name: string): boolean {
  if (name.endsWith(".elc.gz")) return true;
  if (!name.endsWith(".elc")) return false;
  let fd = -1;
  try {
    fd = openSync(name, "r");
    const head = Buffer.alloc(512);
    const n = readSync(fd, head, 0, 512, 0);
    return !head.subarray(0, n).toString("latin1").includes("\n" + TSMACS_ELC_MARK + "\n");
  } catch {
    return true;
  } finally {
    if (fd >= 0) closeSync(fd);
  }
}

/** The source next to compiled file ELC (FILE.el or FILE.el.gz) when it is newer, else null. */
function newerSource(elc: string): string | null {
  try {
    const t = statSync(elc).mtimeMs;
    for (const src of [elc.slice(0, -1), elc.slice(0, -1) + ".gz"]) {
      try { if (statSync(src).mtimeMs > t) return src; } catch { /* no such version */ }
    }
  } catch { /* gone */ }
  return null;
}

/** Loads the located file FOUND (the second half of GNU Fload). */
function loadFound(foundName: string, file: LString, noerror: LispObject, nomessage: LispObject): LispObject {
  const found = mkStr(foundName);
  const st = lreadState();
  // Loading the same file recursively more than three times is an error (GNU: Vloads_in_progress).
  let n = 0;
  for (const f of st.loadsInProgress) if (f instanceof LString && f.s === foundName && ++n > 3) {
    signalError("Recursive load", list(found, ...st.loadsInProgress));
  }
  const count = E.sp;
  st.loadsInProgress.unshift(found);
  try {
    specbind(Qlexical_binding, NIL);
    const compiled = foundName.endsWith(".elc");
    const loader = compiled ? NIL : findSymbolValue(Vload_source_file_function);
    if (loader !== NIL) {
      const quiet = nomessage === NIL || findSymbolValue(Vforce_load_messages) !== NIL ? NIL : T;
      return funcall(loader, found, found, noerror === NIL ? NIL : T, quiet);
    }
    specbind(Qunescaped_literals, NIL);
    const loud = nomessage === NIL || findSymbolValue(Vforce_load_messages) !== NIL;
    // GNU: a compiled file older than its source is loaded all the same, with a note.
    const newer = compiled && findSymbolValue(Vload_prefer_newer) === NIL && newerSource(foundName) !== null;
    if (newer && !loud && Qmessage.f !== NIL) {
      funcall(Qmessage, mkStr("Source file %s newer than byte-compiled file; using older file"),
        funcall(defsym("format-message"), mkStr("`%s'"), mkStr(foundName.slice(0, -1))));
    }
    if (compiled && loud) message(newer ? "Loading %s (compiled; note, source file is newer)..." : "Loading %s...", file.s);
    else if (loud) message(/\.el(\.gz)?$/.test(foundName) ? "Loading %s (source)..." : "Loading %s...", foundName);
    let text: string;
    try {
      text = readSourceFile(foundName);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code) reportFileError("Opening input file", code, list(found));
      return error(`Error reading ${foundName}: ${(e as Error).message}`);
    }
    specbind(Vload_file_name, found);
    specbind(Vload_true_file_name, found);
    specbind(Qinhibit_file_name_operation, NIL);
    specbind(Vload_in_progress, T);
    if (lexicallyBoundP(text)) setInternal(Qlexical_binding, T);
    readEvalLoop(text, found, findSymbolValue(Qlexical_binding) !== NIL);
    warnUnescapedLiterals(file);
  } finally {
    unbindTo(count);
    st.loadsInProgress.shift();
  }
  if (Qdo_after_load_evaluation.f !== NIL) funcall(Qdo_after_load_evaluation, found);
  return T;
}

/** After a load: GNU's byte-run warning about `?(`-style literals, when byte-run.el is loaded. */
function warnUnescapedLiterals(file: LString): void {
  if (Qunescaped_warning.f === NIL) return;
  const warning = funcall(Qunescaped_warning);
  if (warning !== NIL && Qmessage.f !== NIL) funcall(Qmessage, mkStr("Loading `%s': %s"), file, warning);
}
