// File names: expansion, splitting, substitution, abbreviation and file name handlers (GNU: fileio.c's name
// functions, and the name functions of files.el written here for speed). File system primitives are in
// fileio/*.ts, directories in dired.ts.
import { homedir } from "node:os";
import { errorFmt } from "./buffer.js";
import { defun, defvar } from "./defun.js";
import { findSymbolValue, setInternal } from "./env.js";
import { Cons, defsym, LispObject, LString, LSymbol, NIL, T } from "./lisp.js";
import { checkString, error, wrongType } from "./signal.js";
import { funcall } from "./eval.js";
import { putProp } from "./compile/runtime.js";
import { stringData } from "./fns/common.js";
import { unibyteToMultibyte } from "./fns/strings.js";
import { egetenv, substituteEnvVars } from "./fileio/env.js";
import { regexMatch, regexSearch, userHome } from "./fileio/util.js";

export const Qdefault_directory = defsym("default-directory");
const Qinvocation_directory = defsym("invocation-directory");
const Qfilenamep = defsym("filenamep");
const Qoperations = defsym("operations");
export const Qexpand_file_name = defsym("expand-file-name");
const Qsubstitute_in_file_name = defsym("substitute-in-file-name");
const Qfile_name_directory = defsym("file-name-directory");
const Qfile_name_nondirectory = defsym("file-name-nondirectory");
const Qfile_name_as_directory = defsym("file-name-as-directory");
const Qdirectory_file_name = defsym("directory-file-name");
const Qunhandled_file_name_directory = defsym("unhandled-file-name-directory");
const Qfile_name_case_insensitive_p = defsym("file-name-case-insensitive-p");
const Qfile_name_sans_versions = defsym("file-name-sans-versions");
const Qabbreviate_file_name = defsym("abbreviate-file-name");

export const Vfile_name_handler_alist = defvar("file-name-handler-alist", NIL,
  `Alist of elements (REGEXP . HANDLER) for file names handled specially.
If a file name matches REGEXP, all I/O on that file is done by calling
HANDLER.  If a file name matches more than one handler, the handler
whose match starts last in the file name gets precedence.`);
const Vinhibit_file_name_handlers = defvar("inhibit-file-name-handlers", NIL,
  "A list of file name handlers that temporarily should not be used.");
const Vinhibit_file_name_operation = defvar("inhibit-file-name-operation", NIL,
  "The operation for which `inhibit-file-name-handlers' is applicable.");
defvar("file-name-coding-system", NIL, "Coding system for encoding file names.");
defvar("default-file-name-coding-system", () => defsym("utf-8-unix"), "Default coding system for encoding file names.");
const Vdirectory_abbrev_alist = defvar("directory-abbrev-alist", NIL,
  "Alist of abbreviations for file directories.");
const Vabbreviated_home_dir = defvar("abbreviated-home-dir", NIL,
  "Regexp matching the user's homedir at the beginning of file name.");
const Vautomount_dir_prefix = defvar("automount-dir-prefix", () => new LString("^/tmp_mnt/", false),
  "Regexp to match the automounter prefix in a directory name.");
const Qhome = defsym("home");

// ---------------------------------------------------------------------------------------------
// File name handlers.
// ---------------------------------------------------------------------------------------------
/** GNU Ffind_file_name_handler: the handler for FILENAME and OPERATION, or nil. */
export function findFileNameHandler(filename: LString, operation: LispObject): LispObject {
  const alist = findSymbolValue(Vfile_name_handler_alist);
  if (alist === NIL) return NIL;
  const inhibited = operation === findSymbolValue(Vinhibit_file_name_operation)
    ? findSymbolValue(Vinhibit_file_name_handlers) : NIL;
  let result: LispObject = NIL;
  let pos = -1;
  for (let p = alist, n = 0; p instanceof Cons && n < 100000; p = p.cdr, n++) {
    const elt = p.car;
    if (!(elt instanceof Cons) || !(elt.car instanceof LString)) continue;
    const handler = elt.cdr;
    const ops = handler instanceof LSymbol ? getProp(handler, Qoperations) : NIL;
    if (ops !== NIL && !memq(operation, ops)) continue;
    const prefix = literalPrefix(elt.car.s);
    const at = prefix !== null ? (filename.s.startsWith(prefix) ? 0 : -1) : regexSearch(elt.car, filename);
    if (at > pos && !memq(handler, inhibited)) { result = handler; pos = at; }
  }
  return result;
}

/** For a regexp "\\`LITERAL" (the usual shape of handler regexps, such as "\\`/:"), the literal; else null. */
function literalPrefix(re: string): string | null {
  if (!re.startsWith("\\`") || re.length === 2) return null;
  const lit = re.slice(2);
  return /[.*+?[\]^$\\]/.test(lit) ? null : lit;
}

function memq(x: LispObject, l: LispObject): boolean {
  for (let p = l, n = 0; p instanceof Cons && n < 1e6; p = p.cdr, n++) if (p.car === x) return true;
  return false;
}
function getProp(sym: LSymbol, prop: LSymbol): LispObject {
  for (let p = sym.plist; p instanceof Cons && p.cdr instanceof Cons; p = p.cdr.cdr) if (p.car === prop) return p.cdr.car;
  return NIL;
}

/** Calls FILENAME's handler for OPERATION with ARGS when it has one; undefined otherwise. */
export function callHandler(filename: LString, operation: LSymbol, ...args: LispObject[]): LispObject | undefined {
  if (findSymbolValue(Vfile_name_handler_alist) === NIL) return undefined;
  const h = findFileNameHandler(filename, operation);
  return h === NIL ? undefined : funcall(h, operation, ...args);
}

defun("find-file-name-handler", "(filename operation)", `Return FILENAME's handler function for OPERATION, if it has one.
Otherwise, return nil.
A file name is handled if one of the regular expressions in
\`file-name-handler-alist' matches it.

If OPERATION equals \`inhibit-file-name-operation', then ignore
any handlers that are members of \`inhibit-file-name-handlers',
but still do run any other handlers.  This lets handlers
use the standard functions without calling themselves recursively.`, (filename, operation) =>
  findFileNameHandler(checkString(filename), operation));

// ---------------------------------------------------------------------------------------------
// expand-file-name.
// ---------------------------------------------------------------------------------------------
const ROOT = new LString("/", false);
const NON_ASCII = /[^\x00-\x7f]/;

/** A Lisp string argument that is a file name (no NUL bytes: GNU CHECK_STRING_NULL_BYTES). */
export function checkFileName(x: LispObject): LString {
  const s = checkString(x);
  if (s.s.includes("\0")) wrongType(Qfilenamep, s);
  return s;
}

/** The home directory as GNU's get_homedir finds it: $HOME (via process-environment), else the passwd entry. */
export function homeDirectory(): string {
  let home = egetenv("HOME");
  if (home === undefined) {
    try { home = homedir(); } catch { return ""; }
  }
  if (home.startsWith("/")) return home;
  // A relative $HOME is relative to the directory Emacs started in.
  return process.cwd().replace(/\/$/, "") + "/" + home;
}

/** Bytes of a multibyte string as a unibyte JS string (GNU make_unibyte_string of SDATA). */
function asBytes(s: LString): string {
  if (!s.multibyte) return s.s;
  return Buffer.from(stringData(s)).toString("latin1");
}

/**
 * GNU Fexpand_file_name. DIR is the DEFAULT-DIRECTORY argument: nil means the buffer's default-directory,
 * anything else that is not a string means "/".
 */
export function expandFileName(name: LString, dir: LispObject = NIL): LString {
  if (name.s.includes("\0")) wrongType(Qfilenamep, name);
  const h0 = callHandler(name, Qexpand_file_name, name, dir);
  if (h0 !== undefined) return handled(h0);
  let dd: LString;
  if (dir === NIL) {
    const bdir = findSymbolValue(Qdefault_directory);
    if (bdir instanceof LString) {
      if (bdir.s.startsWith("/")) dd = bdir;
      else {
        const inv = findSymbolValue(Qinvocation_directory);
        dd = expandFileName(bdir, inv instanceof LString && inv.s.startsWith("/") ? inv : ROOT);
      }
    } else dd = ROOT;
  } else dd = dir instanceof LString ? dir : ROOT;
  const h1 = callHandler(dd, Qexpand_file_name, name, dd);
  if (h1 !== undefined) return handled(h1);
  if (dd !== name && !dd.s.startsWith("/")) {
    dd = expandFileName(dd, NIL);
    const h2 = callHandler(dd, Qexpand_file_name, name, dd);
    if (h2 !== undefined) return handled(h2);
  }
  // Both strings must agree on multibyteness; a non-ASCII unibyte side makes the result unibyte (GNU).
  let multibyte = name.multibyte;
  let nm = name.s;
  let dds = dd.s;
  if (multibyte !== dd.multibyte) {
    if (multibyte) {
      if (!NON_ASCII.test(nm) || NON_ASCII.test(dds)) { nm = asBytes(name); multibyte = false; }
    } else if (!NON_ASCII.test(nm)) multibyte = true;
    else dds = asBytes(dd);
  }
  // An absolute name without "." or ".." components or repeated slashes is returned as it is.
  if (nm.charCodeAt(0) === 47 && !needsCanonicalizing(nm)) {
    return nm === name.s ? name : new LString(nm, multibyte);
  }
  let newdir: string | null = null;
  if (nm.charCodeAt(0) === 126 /* ~ */) {
    if (nm.length === 1 || nm.charCodeAt(1) === 47) {
      newdir = homeDirectory();
      nm = nm.slice(1);
      if (NON_ASCII.test(newdir)) {
        if (!multibyte) newdir = Buffer.from(newdir, "utf8").toString("latin1");
      }
    } else {
      const slash = nm.indexOf("/");
      const user = nm.slice(1, slash < 0 ? nm.length : slash);
      const home = userHome(multibyte ? user : Buffer.from(user, "latin1").toString("utf8"));
      if (home !== undefined) { newdir = home; nm = slash < 0 ? "" : nm.slice(slash); }
    }
  }
  if (newdir === null && nm.charCodeAt(0) !== 47) newdir = dds;
  let target: string;
  if (newdir !== null) {
    let len = newdir.length;
    while (len > 1 && newdir.charCodeAt(len - 1) === 47 && !(len === 2 && newdir.charCodeAt(0) === 47)) len--;
    const nd = newdir.slice(0, len);
    if (nm.length === 0 || nm.charCodeAt(0) === 47) target = nd + nm;
    else target = (nd.length === 0 ? "./" : nd.endsWith("/") ? nd : nd + "/") + nm;
  } else target = nm;
  const result = new LString(canonicalize(target), multibyte || NON_ASCII.test(target) && name.multibyte);
  const h3 = callHandler(result, Qexpand_file_name, result, dd);
  if (h3 !== undefined) return handled(h3);
  return result;
}

function handled(v: LispObject): LString {
  if (v instanceof LString) return v;
  return errorFmt("Invalid handler in `file-name-handler-alist'");
}

/** Whether absolute name NM contains "/." or "/.." components or repeated slashes (other than a leading "//"). */
function needsCanonicalizing(nm: string): boolean {
  for (let p = nm.indexOf("/"); p >= 0; p = nm.indexOf("/", p + 1)) {
    const c1 = nm.charCodeAt(p + 1);
    if (c1 === 46) {
      const c2 = nm.charCodeAt(p + 2);
      if (c2 === 47 || p + 2 === nm.length) return true;
      if (c2 === 46 && (nm.charCodeAt(p + 3) === 47 || p + 3 === nm.length)) return true;
    } else if (c1 === 47 && (p !== 0 || nm.charCodeAt(2) === 47)) return true;
  }
  return false;
}

/** Removes "/." and "/foo/.." components and repeated slashes, keeping a leading "//" (GNU's final pass). */
function canonicalize(t: string): string {
  if (!t.includes("/.") && !t.includes("//")) return t;
  const len = t.length;
  let o = "";
  let p = 0;
  while (p < len) {
    const c = t.charCodeAt(p);
    if (c !== 47) {
      const q = t.indexOf("/", p);
      const e = q < 0 ? len : q;
      o += t.slice(p, e);
      p = e;
      continue;
    }
    const c1 = t.charCodeAt(p + 1), c2 = t.charCodeAt(p + 2);
    if (c1 === 46 && (c2 === 47 || p + 2 === len)) {
      if (o.length === 0 && p + 2 === len) o = "/";
      p += 2;
    } else if (c1 === 46 && c2 === 46 && o.length > 0 && (t.charCodeAt(p + 3) === 47 || p + 3 === len)) {
      let k = o.length;
      while (k > 0) { k--; if (o.charCodeAt(k) === 47) break; }
      o = k === 0 && o.charCodeAt(0) === 47 && p + 3 === len ? "/" : o.slice(0, k);
      p += 3;
    } else if (c1 === 47 && (p !== 0 || c2 === 47)) {
      p++;
    } else {
      o += "/";
      p++;
    }
  }
  return o;
}

/** expand-file-name on JS strings, for JS callers (the loader's path search): DIR null means default-directory. */
export function expandFileNameJs(name: string, dir: string | null = null): string {
  return expandFileName(LString.fromJs(name), dir === null ? NIL : LString.fromJs(dir)).s;
}

/** The buffer's default-directory expanded, as a directory name (GNU: the usual way to find "."). */
export function defaultDirectoryJs(): string {
  const d = expandFileName(new LString(".", false)).s;
  return d.endsWith("/") ? d : d + "/";
}

defun("expand-file-name", "(name &optional default-directory)", `Convert filename NAME to absolute, and canonicalize it.
Second arg DEFAULT-DIRECTORY is directory to start with if NAME is relative
(does not start with slash or tilde); both the directory name and
a directory's file name are accepted.  If DEFAULT-DIRECTORY is nil or
missing, the current buffer's value of \`default-directory' is used.

File name components that are \`.' are removed, and so are file name
components followed by \`..', along with the \`..' itself; note that
these simplifications are done without checking the resulting file
names in the file system.

Multiple consecutive slashes are collapsed into a single slash, except
at the beginning of the file name when they are significant.

An initial "~" in NAME expands to your home directory.

An initial "~USER" in NAME expands to USER's home directory.  If
USER doesn't exist, "~USER" is not expanded.`, (name, dir) => expandFileName(checkFileName(name), dir));

// ---------------------------------------------------------------------------------------------
// Splitting names.
// ---------------------------------------------------------------------------------------------
const sub = (s: LString, from: number, to = s.s.length): LString => new LString(s.s.slice(from, to), s.multibyte);

export function fileNameDirectory(f: LString): LString | null {
  const i = f.s.lastIndexOf("/");
  return i < 0 ? null : sub(f, 0, i + 1);
}
export function fileNameNondirectory(f: LString): LString {
  const i = f.s.lastIndexOf("/");
  return i < 0 ? f : sub(f, i + 1);
}
export function fileNameAsDirectory(f: LString): LString {
  if (f.s.length === 0) return new LString("./", false);
  return f.s.endsWith("/") ? new LString(f.s, f.multibyte) : new LString(f.s + "/", f.multibyte);
}
export function directoryFileName(f: LString): LString {
  const s = f.s;
  let n = s.length;
  if (!(n === 2 && s === "//")) while (n > 1 && s.charCodeAt(n - 1) === 47) n--;
  return new LString(s.slice(0, n), f.multibyte);
}

defun("file-name-directory", "(filename)", `Return the directory component in file name FILENAME.
Return nil if FILENAME does not include a directory.
Otherwise return a directory name.
Given a Unix syntax file name, returns a string ending in slash.`, (filename) => {
  const f = checkString(filename);
  const h = callHandler(f, Qfile_name_directory, f);
  if (h !== undefined) return h;
  return fileNameDirectory(f) ?? NIL;
});

defun("file-name-nondirectory", "(filename)", `Return file name FILENAME sans its directory.
For example, in a Unix-syntax file name,
this is everything after the last slash,
or the entire name if it contains no slash.`, (filename) => {
  const f = checkString(filename);
  const h = callHandler(f, Qfile_name_nondirectory, f);
  if (h !== undefined) return h;
  const i = f.s.lastIndexOf("/");
  return i < 0 ? f : sub(f, i + 1);
});

defun("file-name-as-directory", "(file)", `Return a string representing FILE interpreted as a directory.
This operation exists because a directory is also a file, but its name as
a directory is different from its name as a file.
The result can be used as the value of \`default-directory'
or passed as second argument to \`expand-file-name'.
For a Unix-syntax file name, just appends a slash unless a trailing slash
is already present.`, (file) => {
  const f = checkString(file);
  const h = callHandler(f, Qfile_name_as_directory, f);
  if (h !== undefined) return h;
  return fileNameAsDirectory(f);
});

defun("directory-name-p", "(name)", `Return non-nil if NAME ends with a directory separator character.`, (name) =>
  (checkString(name).s.endsWith("/") ? T : NIL));

defun("directory-file-name", "(directory)", `Returns the file name of the directory named DIRECTORY.
This is the name of the file that holds the data for the directory DIRECTORY.
This operation exists because a directory is also a file, but its name as
a directory is different from its name as a file.
In Unix-syntax, this function just removes the final slash.`, (directory) => {
  const f = checkString(directory);
  const h = callHandler(f, Qdirectory_file_name, f);
  if (h !== undefined) return h;
  return directoryFileName(f);
});

defun("unhandled-file-name-directory", "(filename)", `Return a directly usable directory name somehow associated with FILENAME.
A \`directly usable' directory name is one that may be used without the
intervention of any file name handler.`, (filename) => {
  const f = checkString(filename);
  const h = callHandler(f, Qunhandled_file_name_directory, f);
  if (h !== undefined) return h;
  return fileNameAsDirectory(expandFileName(f));
});

defun("file-name-case-insensitive-p", "(filename)", `Return t if file FILENAME is on a case-insensitive filesystem.`, (filename) => {
  const f = expandFileName(checkFileName(filename));
  const h = callHandler(f, Qfile_name_case_insensitive_p, f);
  return h ?? NIL;
});

defun("file-name-concat", "(directory &rest components)", `Append COMPONENTS to DIRECTORY and return the resulting string.
Elements in COMPONENTS must be a string or nil.
DIRECTORY or the non-final elements in COMPONENTS may or may not end
with a slash -- if they don't end with a slash, a slash will be
inserted before concatenating.`, (...args: LispObject[]) => {
  const parts: LString[] = [];
  for (const a of args) {
    if (a === NIL) continue;
    const s = checkString(a);
    if (s.s.length > 0) parts.push(s);
  }
  // A multibyte result takes the unibyte parts' bytes as raw bytes (GNU concatenates as `concat' does).
  const mb = parts.some((p) => p.multibyte);
  let out = "";
  parts.forEach((p, i) => {
    out += mb && !p.multibyte ? unibyteToMultibyte(p.s) : p.s;
    if (i < parts.length - 1 && !p.s.endsWith("/")) out += "/";
  });
  return new LString(out, mb);
});

/** GNU file_name_absolute_p: "/..." or "~" followed by "/", the end, or an existing user's name. */
export function fileNameAbsoluteP(s: string): boolean {
  if (s.charCodeAt(0) === 47) return true;
  if (s.charCodeAt(0) !== 126) return false;
  if (s.length === 1 || s.charCodeAt(1) === 47) return true;
  const slash = s.indexOf("/");
  return userHome(s.slice(1, slash < 0 ? s.length : slash)) !== undefined;
}

defun("file-name-absolute-p", "(filename)", `Return t if FILENAME is an absolute file name.
On Unix, absolute file names start with \`/'.  In Emacs, an absolute
file name can also start with an initial \`~' or \`~USER' component,
where USER is a valid login name.`, (filename) => (fileNameAbsoluteP(checkString(filename).s) ? T : NIL));

// ---------------------------------------------------------------------------------------------
// substitute-in-file-name.
// ---------------------------------------------------------------------------------------------
/** GNU search_embedded_absfilename: index of an absolute name after a slash ("//", "/~"), or -1. */
function embeddedAbsolute(nm: string): number {
  for (let p = 1; p < nm.length; p++) if (nm.charCodeAt(p - 1) === 47 && fileNameAbsoluteP(nm.slice(p))) return p;
  return -1;
}

export function substituteInFileName(filename: LString): LString {
  const h = callHandler(filename, Qsubstitute_in_file_name, filename);
  if (h !== undefined) return handled(h);
  const p = embeddedAbsolute(filename.s);
  if (p >= 0) return substituteInFileName(sub(filename, p));
  const tmp = substituteEnvVars(filename, T);
  if (tmp === filename) return filename;
  let x = tmp.s;
  for (let q = embeddedAbsolute(x); q >= 0; q = embeddedAbsolute(x)) x = x.slice(q);
  return x === tmp.s ? tmp : new LString(x, tmp.multibyte);
}

defun("substitute-in-file-name", "(filename)", `Substitute environment variables referred to in FILENAME.
\`$FOO' where FOO is an environment variable name means to substitute
the value of that variable.  The variable name should be terminated
with a character not a letter, digit or underscore; otherwise, enclose
the entire variable name in braces.

If FOO is not defined in the environment, \`$FOO' is left unchanged in
the value of this function.

If \`/~' appears, all of FILENAME through that \`/' is discarded.
If \`//' appears, everything up to and including the first of
those \`/' is discarded.`, (filename) => substituteInFileName(checkString(filename)));

// ---------------------------------------------------------------------------------------------
// files.el's name functions.
// ---------------------------------------------------------------------------------------------
/** file-name-version-regexp "\(?:~\|\.~[-[:alnum:]:#@^._]+\(?:~[[:digit:]]+\)?~\)" anchored at the end. */
const VERSION_RE = /(?:~|\.~[-\p{L}\p{M}\p{Nl}\p{Nd}:#@^._]+(?:~[0-9]+)?~)$/u;

export function fileNameSansVersions(name: LString, keepBackupVersion = false): LString {
  if (keepBackupVersion) return name;
  const m = VERSION_RE.exec(name.s);
  return m === null ? name : sub(name, 0, m.index);
}

defun("file-name-sans-versions", "(name &optional keep-backup-version)", `Return file NAME sans backup versions or strings.
This is a separate procedure so your site-init or startup file can
redefine it.
If the optional argument KEEP-BACKUP-VERSION is non-nil,
we do not remove backup version numbers, only true file version numbers.
See also \`file-name-version-regexp'.`, (name, keep) => {
  const n = checkString(name);
  const h = callHandler(n, Qfile_name_sans_versions, n, keep);
  if (h !== undefined) return h;
  return keep !== NIL ? sub(n, 0) : fileNameSansVersions(n);
});

/** Index of the extension's "." in the nondirectory part FILE, or -1 (a leading "." does not count). */
function extensionDot(file: string): number {
  const i = file.lastIndexOf(".");
  return i > 0 ? i : -1;
}

defun("file-name-sans-extension", "(filename)", `Return FILENAME sans final "extension".
The extension, in a file name, is the part that begins with the last \`.',
except that a leading \`.' of the file name, if there is one, doesn't count.`, (filename) => {
  const f = checkString(filename);
  const file = fileNameSansVersions(fileNameNondirectory(f));
  const dot = extensionDot(file.s);
  if (dot < 0) return f;
  const dir = fileNameDirectory(f);
  return new LString((dir ? dir.s : "") + file.s.slice(0, dot), f.multibyte);
});

defun("file-name-extension", "(filename &optional period)", `Return FILENAME's final "extension".
The extension, in a file name, is the part that begins with the last \`.',
excluding version numbers and backup suffixes, except that a leading \`.'
of the file name, if there is one, doesn't count.
Return nil for extensionless file names such as \`foo'.
Return the empty string for file names such as \`foo.'.

By default, the returned value excludes the period that starts the
extension, but if the optional argument PERIOD is non-nil, the period
is included in the value, and in that case, if FILENAME has no
extension, the value is "".`, (filename, period) => {
  const file = fileNameSansVersions(fileNameNondirectory(checkString(filename)));
  const dot = extensionDot(file.s);
  if (dot < 0) return period !== NIL ? new LString("", false) : NIL;
  return sub(file, dot + (period !== NIL ? 0 : 1));
});

defun("file-name-base", "(&optional filename)", `Return the base name of the FILENAME: no directory, no extension.`, (filename) => {
  let f = filename;
  if (f === NIL) f = findSymbolValue(defsym("buffer-file-name"));
  const file = fileNameNondirectory(checkString(f));
  const bare = fileNameSansVersions(file);
  const dot = extensionDot(bare.s);
  return dot < 0 ? file : sub(bare, 0, dot);
});

defun("file-name-with-extension", "(filename extension)", `Return FILENAME modified to have the specified EXTENSION.
The extension (in a file name) is the part that begins with the last ".".
This function removes any existing extension from FILENAME, and then
appends EXTENSION to it.`, (filename, extension) => {
  const f = checkString(filename), e = checkString(extension);
  const extn = e.s.startsWith(".") ? e.s.slice(1) : e.s;
  if (f.s.length === 0) error("Empty filename");
  if (extn.length === 0) error(`Malformed extension: ${e.s}`);
  if (f.s.endsWith("/")) error(`Filename is a directory: ${f.s}`);
  const file = fileNameSansVersions(fileNameNondirectory(f));
  const dot = extensionDot(file.s);
  const dir = fileNameDirectory(f);
  const base = dot < 0 ? f.s : (dir ? dir.s : "") + file.s.slice(0, dot);
  return new LString(base + "." + extn, f.multibyte || e.multibyte);
});

/** GNU file-relative-name (files.el): FILENAME relative to DIRECTORY (default-directory). */
export function fileRelativeName(filename: LString, directory: LispObject): LString {
  let dir = fileNameAsDirectory(expandFileName(directory === NIL ? checkString(findSymbolValue(Qdefault_directory)) : checkString(directory))).s;
  const file = expandFileName(filename);
  const f = file.s;
  const fdir = f.endsWith("/") ? f : f + "/";
  let ancestor = ".";
  while (!(fdir.startsWith(dir) || f.startsWith(dir))) {
    const d = dir.slice(0, -1);
    const i = d.lastIndexOf("/");
    dir = i < 0 ? "" : d.slice(0, i + 1);
    ancestor = ancestor === "." ? ".." : "../" + ancestor;
  }
  let out: string;
  if (f.startsWith(dir)) {
    const rest = f.slice(dir.length);
    out = ancestor === "." && rest !== "" ? rest : (ancestor.endsWith("/") ? ancestor : ancestor + "/") + rest;
  } else out = ancestor;
  return new LString(out, file.multibyte);
}

defun("file-relative-name", "(filename &optional directory)", `Convert FILENAME to be relative to DIRECTORY (default: \`default-directory').
This function returns a relative file name that is equivalent to FILENAME
when used with that default directory as the default.
If FILENAME is a relative file name, it will be interpreted as existing in
\`default-directory'.`, (filename, directory) => fileRelativeName(checkString(filename), directory));

/** GNU abbreviate-file-name (files.el): automounter prefix, directory-abbrev-alist, then the home directory as "~". */
export function abbreviateFileName(filename: LString): LString {
  const h = callHandler(filename, Qabbreviate_file_name, filename);
  if (h !== undefined) return handled(h);
  let f = filename.s;
  const mb = filename.multibyte;
  const auto = findSymbolValue(Vautomount_dir_prefix);
  if (auto instanceof LString) {
    const m = regexMatch(auto, new LString(f, mb));
    if (m !== null) {
      const rest = f.slice(m[1] - 1);
      const dir = rest.slice(0, rest.lastIndexOf("/") + 1);
      if (callFileExists(new LString(dir, mb))) f = rest;
    }
  }
  for (let p = findSymbolValue(Vdirectory_abbrev_alist); p instanceof Cons; p = p.cdr) {
    const e = p.car;
    if (!(e instanceof Cons) || !(e.car instanceof LString) || !(e.cdr instanceof LString)) continue;
    const m = regexMatch(e.car, new LString(f, mb));
    if (m !== null) f = e.cdr.s + f.slice(m[1]);
  }
  // The home directory's regexp is cached in abbreviated-home-dir, with the home directory it was made
  // for on its `home' property: a changed $HOME is not abbreviated (GNU 28).
  let re = findSymbolValue(Vabbreviated_home_dir);
  const home = expandFileName(new LString("~", false));
  if (!(re instanceof LString)) {
    putProp(Vabbreviated_home_dir, Qhome, home);
    setInternal(Vabbreviated_home_dir, new LString("\\`\\'.", false));
    let abbrHome: LString;
    try { abbrHome = abbreviateFileName(home); } finally { setInternal(Vabbreviated_home_dir, NIL); }
    re = new LString("\\`" + regexpQuote(abbrHome.s) + "\\(/\\|\\'\\)", true);
    setInternal(Vabbreviated_home_dir, re);
  }
  const m = regexMatch(re as LString, new LString(f, mb));
  const recorded = getProp(Vabbreviated_home_dir, Qhome);
  if (m !== null && m[2] >= 0 && !(m[1] === 1 && f.charCodeAt(0) === 47)
    && recorded instanceof LString && recorded.s === home.s) {
    f = "~" + f.slice(m[2]);
  }
  return f === filename.s ? filename : new LString(f, mb || NON_ASCII.test(f));
}
function callFileExists(f: LString): boolean {
  const fe = defsym("file-exists-p");
  return fe.f !== NIL && funcall(fe, f) !== NIL;
}

function regexpQuote(s: string): string { return s.replace(/[[*.\\?+^$]/g, "\\$&"); }

defun("abbreviate-file-name", "(filename)", `Return a version of FILENAME shortened using \`directory-abbrev-alist'.
This also substitutes "~" for the user's home directory (unless the
home directory is a root directory).`, (filename) => abbreviateFileName(checkString(filename)));

defun("convert-standard-filename", "(filename)", `Convert a standard file's name to something suitable for the OS.
On GNU and Unix systems the name is returned unchanged.`, (filename) => filename);

