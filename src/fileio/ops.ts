// Creating, deleting, renaming, copying and linking files; temporary files; true names (GNU: fileio.c
// copy-file, rename-file, delete-file, add-name-to-file, make-symbolic-link, make-directory-internal,
// make-temp-file-internal, and files.el's make-directory, delete-directory, make-temp-file, file-truename,
// file-chase-links written here).
import {
  chmodSync, chownSync, closeSync, copyFileSync, constants as C, fstatSync, linkSync, lstatSync, mkdirSync, openSync, readdirSync, renameSync, rmdirSync, symlinkSync, unlinkSync, utimesSync, writeSync,
} from "node:fs";
import { randomBytes } from "node:crypto";
import { defun, defvar } from "../defun.js";
import { findSymbolValue } from "../env.js";
import { defsym, LispObject, LString, NIL, T } from "../lisp.js";
import { checkString, error, xsignal } from "../signal.js";
import { funcall } from "../eval.js";
import {
  callHandler, checkFileName, directoryFileName, expandFileName, fileNameAsDirectory, fileNameDirectory,
  fileNameNondirectory, findFileNameHandler,
} from "../fileio.js";
import { errCode, fileError, osPath, Qfile_already_exists, Qfile_missing, reportFileErrno, reportFileError } from "./util.js";
import { lstatOrNull, readLink, statOrNull } from "./attrs.js";
import { LispSignal } from "../signal.js";

const Qcopy_file = defsym("copy-file");
const Qrename_file = defsym("rename-file");
const Qdelete_file = defsym("delete-file");
const Qadd_name_to_file = defsym("add-name-to-file");
const Qmake_symbolic_link = defsym("make-symbolic-link");
const Qmake_directory_internal = defsym("make-directory-internal");
const Qmake_directory = defsym("make-directory");
const Qdelete_directory_internal = defsym("delete-directory-internal");
const Qdelete_directory = defsym("delete-directory");
const Qfile_truename = defsym("file-truename");
const Qwrite_region = defsym("write-region");
const Qmove_file_to_trash = defsym("move-file-to-trash");
const Qcopy_directory = defsym("copy-directory");
const Qy_or_n_p = defsym("y-or-n-p");
const Qfile_equal_p = defsym("file-equal-p");
const Qfile_in_directory_p = defsym("file-in-directory-p");
const Qyes_or_no_p = defsym("yes-or-no-p");

export const Vtemporary_file_directory = defvar("temporary-file-directory", () => {
  let d = process.env.TMPDIR || "/tmp";
  if (!d.endsWith("/")) d += "/";
  return LString.fromJs(d);
}, "The directory for writing temporary files.", { perStart: true });
const Vdelete_by_moving_to_trash = defvar("delete-by-moving-to-trash", NIL,
  "Specifies whether to use the system's trash can.");

/** GNU expand_cp_target: a directory-name NEWNAME receives FILE's nondirectory part. */
function expandCpTarget(file: LString, newname: LString): LString {
  return newname.s.endsWith("/") ? expandFileName(fileNameNondirectory(file), newname) : expandFileName(newname);
}

/**
 * GNU barf_or_query_if_file_exists: signal file-already-exists (or "File is a directory") when ABSNAME
 * exists, unless an INTERACTIVE question says to go ahead.
 */
export function barfOrQuery(absname: LString, knownToExist: boolean, query: string, interactive: boolean, quick: boolean): void {
  if (!knownToExist) {
    const st = lstatOrNull(osPath(absname));
    if (st !== null) {
      if (st.isDirectory()) fileError("File is a directory", absname);
      knownToExist = true;
    }
  }
  if (!knownToExist) return;
  if (interactive) {
    const ask = quick ? Qy_or_n_p : Qyes_or_no_p;
    if (ask.f !== NIL && funcall(ask, LString.fromJs(`File ${absname.s} already exists; ${query} anyway? `)) !== NIL) return;
  }
  xsignal(Qfile_already_exists, LString.fromJs("File already exists"), absname);
}

const isFixnum = (x: LispObject): boolean => typeof x === "number";

// ---------------------------------------------------------------------------------------------
// copy-file.
// ---------------------------------------------------------------------------------------------
function umask(): number { const m = process.umask(0o022); process.umask(m); return m; }

/** Copies FILE to NEWNAME (both absolute) as GNU's copy-file does after handlers. */
export function copyFileInternal(file: LString, newname: LString, ok: LispObject, keepTime: boolean, preserveIds: boolean,
  preservePerms: boolean): void {
  const src = osPath(file), dst = osPath(newname);
  let ifd: number;
  try { ifd = openSync(src, "r"); } catch (e) { return reportFileError("Opening input file", e, file); }
  try {
    const st = fstatSync(ifd, { bigint: true });
    if (!st.isFile()) reportFileErrno("Non-regular file", st.isDirectory() ? "EISDIR" : "EINVAL", file);
    const mode = Number(st.mode);
    let ofd = -1;
    try { ofd = openSync(dst, C.O_WRONLY | C.O_CREAT | C.O_EXCL, mode & (preserveIds ? 0o700 : 0o777)); } catch (e) {
      if (errCode(e) !== "EEXIST") reportFileError("Opening output file", e, newname);
      if (ok === NIL || isFixnum(ok)) barfOrQuery(newname, true, "copy to it", isFixnum(ok), false);
      try { ofd = openSync(dst, C.O_WRONLY); } catch (e2) { reportFileError("Opening output file", e2, newname); }
    }
    try {
      const out = fstatSync(ofd, { bigint: true });
      if (out.ino === st.ino && out.dev === st.dev) {
        xsignal(defsym("file-error"), LString.fromJs("Input and output files are the same"), LString.fromJs("Success"), file, newname);
      }
    } finally { closeSync(ofd); }
    // The kernel copies the data (copy_file_range where it can).
    try { copyFileSync(src, dst); } catch (e) { reportFileError("Write error", e, newname); }
    try { chmodSync(dst, preservePerms ? mode & 0o7777 : mode & 0o777 & ~umask()); }
    catch (e) { reportFileError("Copying permissions to", e, newname); }
    if (preserveIds) { try { chownSync(dst, Number(st.uid), Number(st.gid)); } catch { /* as GNU: best effort */ } }
    if (keepTime) {
      try { utimesSync(dst, Number(st.atimeNs) / 1e9, Number(st.mtimeNs) / 1e9); }
      catch { xsignal(defsym("file-date-error"), LString.fromJs("Cannot set file date"), newname); }
    }
  } finally { closeSync(ifd); }
}

defun("copy-file", "(file newname &optional ok-if-already-exists keep-time preserve-uid-gid preserve-permissions)",
  `Copy FILE to NEWNAME.  Both args must be strings.
If NEWNAME is a directory name, copy FILE to a like-named file under
NEWNAME.  For NEWNAME to be recognized as a directory name, it should
end in a slash.

This function always sets the file modes of the output file to match
the input file.

The optional third argument OK-IF-ALREADY-EXISTS specifies what to do
if file NEWNAME already exists.  If OK-IF-ALREADY-EXISTS is nil,
signal a \`file-already-exists' error without overwriting.  If
OK-IF-ALREADY-EXISTS is an integer, request confirmation from the user
about overwriting; this is what happens in interactive use with M-x.
Any other value for OK-IF-ALREADY-EXISTS means to overwrite the
existing file.

Fourth arg KEEP-TIME non-nil means give the output file the same
last-modified time as the old one.

If PRESERVE-UID-GID is non-nil, try to transfer the uid and gid of
FILE to NEWNAME.

If PRESERVE-PERMISSIONS is non-nil, copy permissions of FILE to NEWNAME.`,
  (file, newname, ok, keepTime, preserveIds, preservePerms) => {
    checkString(file); checkString(newname);
    const f = expandFileName(file as LString);
    const n = expandCpTarget(f, newname as LString);
    let h = findFileNameHandler(f, Qcopy_file);
    if (h === NIL) h = findFileNameHandler(n, Qcopy_file);
    if (h !== NIL) return funcall(h, Qcopy_file, f, n, ok, keepTime, preserveIds, preservePerms);
    copyFileInternal(f, n, ok, keepTime !== NIL, preserveIds !== NIL, preservePerms !== NIL);
    return NIL;
  }, { interactive: "fCopy file: \nGCopy %s to file: \np\nP" });

// ---------------------------------------------------------------------------------------------
// Directories.
// ---------------------------------------------------------------------------------------------
defun("make-directory-internal", "(directory)", `Create a new directory named DIRECTORY.`, (directory) => {
  const d = expandFileName(checkFileName(directory));
  const h = callHandler(d, Qmake_directory_internal, d);
  if (h !== undefined) return h;
  try { mkdirSync(osPath(directoryFileName(d)), 0o777); } catch (e) { reportFileError("Creating directory", e, d); }
  return NIL;
});

/** make-directory-internal unless DIR already is a directory (GNU files--ensure-directory). */
function ensureDirectory(dir: LString): void {
  try { mkdirSync(osPath(dir), 0o777); } catch (e) {
    if (statOrNull(osPath(dir))?.isDirectory()) return;
    reportFileError("Creating directory", e, dir);
  }
}

defun("make-directory", "(dir &optional parents)", `Create the directory DIR and optionally any nonexistent parent dirs.
If DIR already exists as a directory, signal an error, unless
PARENTS is non-nil.`, (dir, parents) => {
  const d = expandFileName(checkFileName(dir));
  const h = findFileNameHandler(d, Qmake_directory);
  if (h !== NIL) return funcall(h, Qmake_directory, d, parents);
  if (parents === NIL) {
    const hi = callHandler(d, Qmake_directory_internal, d);
    if (hi !== undefined) return hi;
    try { mkdirSync(osPath(directoryFileName(d)), 0o777); } catch (e) { reportFileError("Creating directory", e, d); }
    return NIL;
  }
  // Climb until a directory can be made (or exists), then make the rest downwards.
  let cur = directoryFileName(d);
  const toMake: LString[] = [];
  for (;;) {
    const parent = directoryFileName(fileNameDirectory(cur) ?? new LString("/", false));
    try { ensureDirectory(cur); break; } catch (e) {
      if (!(e instanceof LispSignal) || e.sym !== Qfile_missing || parent.s === cur.s) throw e;
    }
    toMake.unshift(cur);
    cur = parent;
  }
  for (const m of toMake) ensureDirectory(m);
  return NIL;
}, { interactive: "GMake directory: \np" });

defun("delete-directory-internal", "(directory)", `Delete the directory named DIRECTORY.  Does not follow symlinks.`, (directory) => {
  const d = directoryFileName(expandFileName(checkFileName(directory)));
  const h = callHandler(d, Qdelete_directory_internal, d);
  if (h !== undefined) return h;
  try { rmdirSync(osPath(d)); } catch (e) { reportFileError("Removing directory", e, d); }
  return NIL;
});

/** Deletes directory D (absolute, no trailing slash), its contents too when RECURSIVE. */
function deleteDirectory(d: LString, recursive: boolean): void {
  const p = osPath(d);
  if (recursive && !lstatOrNull(p)?.isSymbolicLink()) {
    let names: string[] | null = null;
    try { names = readdirSync(p); } catch (e) { if (errCode(e) !== "ENOENT") reportFileError("Opening directory", e, d); }
    if (names === null) return;
    for (const name of names) {
      const child = new LString(d.s + "/" + name, d.multibyte || /[^\x00-\x7f]/.test(name));
      const st = lstatOrNull(osPath(child));
      if (st === null) continue;
      if (st.isDirectory()) deleteDirectory(child, true);
      else {
        try { unlinkSync(osPath(child)); } catch (e) { if (errCode(e) !== "ENOENT") reportFileError("Removing old name", e, child); }
      }
    }
    try { rmdirSync(p); } catch (e) { if (errCode(e) !== "ENOENT") reportFileError("Removing directory", e, d); }
    return;
  }
  try { rmdirSync(p); } catch (e) { reportFileError("Removing directory", e, d); }
}

defun("delete-directory", "(directory &optional recursive trash)", `Delete the directory named DIRECTORY.  Does not follow symlinks.
If RECURSIVE is non-nil, delete files in DIRECTORY as well, with
no error if something else is simultaneously deleting them.
TRASH non-nil means to trash the directory instead, provided
\`delete-by-moving-to-trash' is non-nil.`, (directory, recursive, trash) => {
  const d = directoryFileName(expandFileName(checkFileName(directory)));
  const h = findFileNameHandler(d, Qdelete_directory);
  if (h !== NIL) return funcall(h, Qdelete_directory, d, recursive, trash);
  if (trash !== NIL && findSymbolValue(Vdelete_by_moving_to_trash) !== NIL && Qmove_file_to_trash.f !== NIL) {
    return funcall(Qmove_file_to_trash, d);
  }
  deleteDirectory(d, recursive !== NIL);
  return NIL;
});

// ---------------------------------------------------------------------------------------------
// Deleting, renaming and linking files.
// ---------------------------------------------------------------------------------------------
defun("delete-file", "(filename &optional trash)", `Delete file named FILENAME.  If it is a symlink, remove the symlink.
If file has multiple names, it continues to exist with the other names.
TRASH non-nil means to trash the file instead of deleting, provided
\`delete-by-moving-to-trash' is non-nil.`, (filename, trash) => {
  const f = checkFileName(filename);
  const abs0 = expandFileName(f);
  const st = lstatOrNull(osPath(abs0));
  if (st !== null && !st.isSymbolicLink() && (st.isDirectory() || statOrNull(osPath(directoryFileName(abs0)))?.isDirectory())) {
    xsignal(defsym("file-error"), LString.fromJs("Removing old name: is a directory"), f);
  }
  const abs = abs0;
  const h = callHandler(abs, Qdelete_file, abs, trash);
  if (h !== undefined) return h;
  if (trash !== NIL && findSymbolValue(Vdelete_by_moving_to_trash) !== NIL && Qmove_file_to_trash.f !== NIL) {
    return funcall(Qmove_file_to_trash, abs);
  }
  try { unlinkSync(osPath(abs)); } catch (e) { if (errCode(e) !== "ENOENT") reportFileError("Removing old name", e, abs); }
  return NIL;
}, { interactive: "fDelete file: " });

defun("rename-file", "(file newname &optional ok-if-already-exists)", `Rename FILE as NEWNAME.  Both args must be strings.
If file has names other than FILE, it continues to have those names.
If NEWNAME is a directory name, rename FILE to a like-named file under
NEWNAME.  For NEWNAME to be recognized as a directory name, it should
end in a slash.

Signal a \`file-already-exists' error if a file NEWNAME already exists
unless optional third argument OK-IF-ALREADY-EXISTS is non-nil.
An integer third arg means request confirmation if NEWNAME already exists.`, (file, newname, ok) => {
  checkString(file); checkString(newname);
  const f = expandFileName(file as LString);
  const n = expandCpTarget(directoryFileName(f), newname as LString);
  let h = findFileNameHandler(f, Qrename_file);
  if (h === NIL) h = findFileNameHandler(n, Qrename_file);
  if (h !== NIL) return funcall(h, Qrename_file, f, n, ok);
  const src = osPath(f), dst = osPath(n);
  const srcSt = lstatOrNull(src);
  if (srcSt === null) {
    try { lstatSync(src); } catch (e) { reportFileError("Renaming", e, f, n); }
  }
  const plain = ok !== NIL && !isFixnum(ok);
  if (!plain && lstatOrNull(dst) !== null && !(srcSt !== null && lstatOrNull(dst)!.ino === srcSt.ino)) {
    barfOrQuery(n, true, "rename to it", isFixnum(ok), false);
  }
  try { renameSync(src, dst); return NIL; } catch (e) {
    const code = errCode(e);
    if (code !== "EXDEV") reportFileErrno("Renaming", code, f, n);
  }
  // Across file systems: copy, then delete the original.
  const st = lstatOrNull(src)!;
  if (st.isDirectory()) funcall(Qcopy_directory, f, n, T, NIL);
  else if (st.isSymbolicLink()) {
    const target = readLink(src);
    if (target !== null) makeSymbolicLink(target, n, ok === NIL ? NIL : T);
  } else copyFileInternal(f, n, ok === NIL ? NIL : T, true, true, true);
  if (st.isDirectory()) deleteDirectory(f, true);
  else try { unlinkSync(src); } catch (e) { reportFileError("Removing old name", e, f); }
  return NIL;
}, { interactive: "fRename file: \nGRename %s to file: \np" });

defun("add-name-to-file", "(file newname &optional ok-if-already-exists)", `Give FILE additional name NEWNAME.  Both args must be strings.
If NEWNAME is a directory name, give FILE a like-named new name under
NEWNAME.

Signal a \`file-already-exists' error if a file NEWNAME already exists
unless optional third argument OK-IF-ALREADY-EXISTS is non-nil.
An integer third arg means request confirmation if NEWNAME already exists.`, (file, newname, ok) => {
  checkString(file); checkString(newname);
  const f = expandFileName(file as LString);
  const n = expandCpTarget(f, newname as LString);
  let h = findFileNameHandler(f, Qadd_name_to_file);
  if (h === NIL) h = findFileNameHandler(n, Qadd_name_to_file);
  if (h !== NIL) return funcall(h, Qadd_name_to_file, f, n, ok);
  try { linkSync(osPath(f), osPath(n)); return NIL; } catch (e) {
    const code = errCode(e);
    if (code !== "EEXIST") reportFileErrno("Adding new name", code, f, n);
  }
  if (ok === NIL || isFixnum(ok)) barfOrQuery(n, true, "make it a new name", isFixnum(ok), false);
  try { unlinkSync(osPath(n)); linkSync(osPath(f), osPath(n)); } catch (e) { reportFileError("Adding new name", e, f, n); }
  return NIL;
}, { interactive: "fAdd name to file: \nGName to add to %s: \np" });

function makeSymbolicLink(target: LString, linkname: LString, ok: LispObject): void {
  const tgt = osPath(target), lnk = osPath(linkname);
  try { symlinkSync(tgt, lnk); return; } catch (e) {
    const code = errCode(e);
    if (code !== "EEXIST") reportFileErrno("Making symbolic link", code, target, linkname);
  }
  if (ok === NIL || isFixnum(ok)) barfOrQuery(linkname, true, "make it a link", isFixnum(ok), false);
  try { unlinkSync(lnk); symlinkSync(tgt, lnk); } catch (e) { reportFileError("Making symbolic link", e, target, linkname); }
}

defun("make-symbolic-link", "(target linkname &optional ok-if-already-exists)", `Make a symbolic link to TARGET, named LINKNAME.
If LINKNAME is a directory name, make a like-named symbolic link under
LINKNAME.

Signal a \`file-already-exists' error if a file LINKNAME already exists
unless optional third argument OK-IF-ALREADY-EXISTS is non-nil.
An integer third arg means request confirmation if LINKNAME already
exists, and expand leading "~" or strip leading "/:" in TARGET.`, (target, linkname, ok) => {
  let t = checkString(target);
  checkString(linkname);
  if (isFixnum(ok)) {
    if (t.s.startsWith("~")) t = expandFileName(t);
    else if (t.s.startsWith("/:")) t = new LString(t.s.slice(2), t.multibyte);
  }
  const l = expandCpTarget(t, linkname as LString);
  const h = callHandler(l, Qmake_symbolic_link, t, l, ok);
  if (h !== undefined) return h;
  makeSymbolicLink(t, l, ok);
  return NIL;
}, { interactive: "FMake symbolic link to file: \nGMake symbolic link to file %s: \np" });

// ---------------------------------------------------------------------------------------------
// Temporary files.
// ---------------------------------------------------------------------------------------------
const TEMP_CHARS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
function randomChars(n: number): string {
  const b = randomBytes(n);
  let s = "";
  for (let i = 0; i < n; i++) s += TEMP_CHARS[b[i] % 62];
  return s;
}

/** Writes TEXT to a new file when given; set by fileio/io.ts so that text is encoded as write-region does. */
export const tempFileHooks: { writeText: ((file: LString, text: LString) => void) | null } = { writeText: null };

/** GNU make-temp-file-internal: PREFIX + 6 random characters + SUFFIX, created as a file or directory. */
export function makeTempFileInternal(prefix: LString, dirFlag: LispObject, suffix: LString, text: LispObject): LString {
  const kind = dirFlag === NIL ? "file" : dirFlag === 0 ? "name" : "dir";
  for (let attempt = 0; attempt < 1000; attempt++) {
    const name = new LString(prefix.s + randomChars(6) + suffix.s, prefix.multibyte || suffix.multibyte);
    const p = osPath(name);
    try {
      if (kind === "name") { if (lstatOrNull(p) !== null) continue; return name; }
      if (kind === "dir") mkdirSync(p, 0o700);
      else closeSync(openSync(p, C.O_WRONLY | C.O_CREAT | C.O_EXCL, 0o600));
    } catch (e) {
      if (errCode(e) === "EEXIST") continue;
      reportFileError(kind === "file" ? "Creating file with prefix" : kind === "dir" ? "Creating directory with prefix"
        : "Creating file name with prefix", e, prefix);
    }
    if (text instanceof LString && text.s.length > 0) {
      if (tempFileHooks.writeText) tempFileHooks.writeText(name, text);
      else { const fd = openSync(p, "w"); try { writeSync(fd, text.s); } finally { closeSync(fd); } }
    }
    return name;
  }
  return reportFileErrno("Creating file with prefix", "EEXIST", prefix);
}

defun("make-temp-file-internal", "(prefix dir-flag suffix text)", `Generate a new file whose name starts with PREFIX, a string.
Return the name of the generated file.  If DIR-FLAG is zero, do not
create the file, just its name.  Otherwise, if DIR-FLAG is non-nil,
create an empty directory.  The file name should end in SUFFIX.
Do not expand PREFIX; a non-absolute PREFIX is relative to the Emacs
working directory.  If TEXT is a string, insert it into the newly
created file.`, (prefix, dirFlag, suffix, text) =>
  makeTempFileInternal(checkString(prefix), dirFlag, checkString(suffix), text));

defun("make-temp-name", "(prefix)", `Generate temporary file name (string) starting with PREFIX (a string).

This function tries to choose a name that has no existing file.
For this to work, PREFIX should be an absolute file name, and PREFIX
and the returned string should both be non-magic.`, (prefix) =>
  makeTempFileInternal(checkString(prefix), 0, new LString("", false), NIL));

/** GNU make-temp-file's absolute prefix: PREFIX in temporary-file-directory. */
function tempPrefix(prefix: LString, dir: LispObject): LString {
  const tmp = dir instanceof LString ? dir : new LString("/tmp/", false);
  if (prefix.s.length === 0 || prefix.s === "." || prefix.s === "..") {
    const d = fileNameAsDirectory(tmp);
    return new LString(d.s + prefix.s, d.multibyte || prefix.multibyte);
  }
  return expandFileName(prefix, tmp);
}

defun("make-temp-file", "(prefix &optional dir-flag suffix text)", `Create a temporary file.
The returned file name (created by appending some random characters at the end
of PREFIX, and expanding against \`temporary-file-directory' if necessary),
is guaranteed to point to a newly created file.
You can then use \`write-region' to write new data into the file.

If DIR-FLAG is non-nil, create a new empty directory instead of a file.

If SUFFIX is non-nil, add that at the end of the file name.

If TEXT is a string, insert it into the new file; DIR-FLAG should be nil.
Otherwise the file will be empty.`, (prefix, dirFlag, suffix, text) => {
  const abs = tempPrefix(checkString(prefix), findSymbolValue(Vtemporary_file_directory));
  const suf = suffix === NIL ? new LString("", false) : checkString(suffix);
  if (findFileNameHandler(abs, Qwrite_region) !== NIL) {
    // A magic directory: make the name, then create the file through the handlers.
    for (;;) {
      const name = new LString(abs.s + randomChars(6) + suf.s, abs.multibyte);
      if (dirFlag !== NIL) { funcall(Qmake_directory, name); return name; }
      try {
        funcall(Qwrite_region, text instanceof LString ? text : new LString("", false), NIL, name, NIL, defsym("silently"), NIL, defsym("excl"));
        return name;
      } catch (e) { if (!(e instanceof LispSignal) || e.sym !== Qfile_already_exists) throw e; }
    }
  }
  return makeTempFileInternal(abs, dirFlag === NIL ? NIL : T, suf, text);
});

defun("make-nearby-temp-file", "(prefix &optional dir-flag suffix)", `Create a temporary file as close as possible to \`default-directory'.
If PREFIX is a relative file name, and \`default-directory' is a
remote file name or located on a mounted file systems, the
temporary file is created in the directory returned by the
function \`temporary-file-directory'.  Otherwise, the function
\`make-temp-file' is used.`, (prefix, dirFlag, suffix) => {
  const p = checkString(prefix);
  const ddir = findSymbolValue(defsym("default-directory"));
  if (p.s.startsWith("/") || !(ddir instanceof LString) || findFileNameHandler(ddir, defsym("make-nearby-temp-file")) === NIL) {
    return funcall(defsym("make-temp-file"), p, dirFlag, suffix);
  }
  const h = findFileNameHandler(ddir, defsym("make-nearby-temp-file"));
  return funcall(h, defsym("make-nearby-temp-file"), p, dirFlag, suffix);
});

defun("temporary-file-directory", "()", `The directory for writing temporary files.
In case of a remote \`default-directory', this is a directory for
temporary files on that remote host.  If such a directory does
not exist, or \`default-directory' ought to be located on a
mounted file system (see \`mounted-file-systems'), the function
returns \`default-directory'.
For a non-remote and non-mounted \`default-directory', the value of
the variable \`temporary-file-directory' is returned.`, () => {
  const ddir = findSymbolValue(defsym("default-directory"));
  const op = defsym("temporary-file-directory");
  if (ddir instanceof LString) {
    const h = findFileNameHandler(ddir, op);
    if (h !== NIL) return funcall(h, op);
  }
  return findSymbolValue(Vtemporary_file_directory);
});

// ---------------------------------------------------------------------------------------------
// True names.
// ---------------------------------------------------------------------------------------------
/** The name of absolute, expanded NAME with every symbolic link resolved (files.el file-truename). */
export function fileTruename(name: LString): LString {
  const counter = { n: 0 };
  const cache = new Map<string, string>();
  const s = truename(name.s, counter, cache, name);
  return s === name.s ? name : new LString(s, name.multibyte || /[^\x00-\x7f]/.test(s));
}

function truename(name: string, counter: { n: number }, cache: Map<string, string>, orig: LString): string {
  if (name === "/" || name === "//" || name === "") return name;
  if (name.endsWith("/")) return truename(name.slice(0, -1), counter, cache, orig) + "/";
  const known = cache.get(name);
  if (known !== undefined) return known;
  const slash = name.lastIndexOf("/");
  const dir = name.slice(0, slash + 1);
  const base = name.slice(slash + 1);
  const dirTrue = dir === "/" || dir === "//" || dir === "" ? dir : truename(dir.slice(0, -1), counter, cache, orig) + "/";
  let full = dirTrue + base;
  const target = readLink(osPathString(full));
  if (target !== null) {
    if (++counter.n > 100) error(`Apparent cycle of symbolic links for ${orig.s}`);
    full = truename(expandFileName(target, new LString(dirTrue, true)).s, counter, cache, orig);
  }
  cache.set(name, full);
  return full;
}
function osPathString(s: string): string | Buffer { return osPath(new LString(s, true)); }

defun("file-truename", "(filename &optional counter prev-dirs)", `Return the truename of FILENAME.
If FILENAME is not absolute, first expands it against \`default-directory'.
The truename of a file name is found by chasing symbolic links
both at the level of the file and at the level of the directories
containing it, until no links are left at any level.`, (filename) => {
  const f = checkString(filename);
  const abs = expandFileName(f);
  const h = findFileNameHandler(abs, Qfile_truename);
  if (h !== NIL) return funcall(h, Qfile_truename, abs);
  return fileTruename(abs);
});

defun("file-chase-links", "(filename &optional limit)", `Chase links in FILENAME until a name that is not a link.
Unlike \`file-truename', this does not check whether a parent
directory name is a symbolic link.
If the optional argument LIMIT is a number,
it means chase no more than that many links and then stop.`, (filename, limit) => {
  let newname: LString = checkString(filename);
  let count = 0;
  for (;;) {
    if (limit !== NIL && typeof limit === "number" && count >= limit) break;
    const abs = expandFileName(newname);
    const target = readLink(osPath(abs));
    if (target === null) break;
    if (limit === NIL && count === 100) error(`Apparent cycle of symbolic links for ${(filename as LString).s}`);
    let tem = target.s.replace(/\/\/+/g, "/");
    while (tem.startsWith("../")) {
      tem = tem.slice(3);
      const e = expandFileName(newname);
      const chased = funcall(defsym("file-chase-links"), directoryFileName(fileNameDirectory(e) ?? e)) as LString;
      newname = fileNameDirectory(chased) ?? chased;
    }
    const dir = fileNameDirectory(newname);
    newname = expandFileName(new LString(tem, target.multibyte), dir ?? NIL);
    count++;
  }
  return newname;
});

defun("file-equal-p", "(file1 file2)", `Return non-nil if files FILE1 and FILE2 name the same file.
If FILE1 or FILE2 does not exist, the return value is unspecified.`, (file1, file2) => {
  let h = findFileNameHandler(checkString(file1), Qfile_equal_p);
  if (h === NIL) h = findFileNameHandler(checkString(file2), Qfile_equal_p);
  if (h !== NIL) return funcall(h, Qfile_equal_p, file1, file2);
  const a = lstatOrNull(osPath(fileTruename(expandFileName(checkString(file1)))));
  const b = lstatOrNull(osPath(fileTruename(expandFileName(checkString(file2)))));
  return a !== null && b !== null && a.ino === b.ino && a.dev === b.dev ? T : NIL;
});

defun("file-in-directory-p", "(file dir)", `Return non-nil if DIR is a parent directory of FILE.
Value is non-nil if FILE is inside DIR or inside a subdirectory of DIR.
A directory is considered to be a \`parent' of itself.
DIR must be an existing directory, otherwise the function returns nil.`, (file, dir) => {
  let h = findFileNameHandler(checkString(file), Qfile_in_directory_p);
  if (h === NIL) h = findFileNameHandler(checkString(dir), Qfile_in_directory_p);
  if (h !== NIL) return funcall(h, Qfile_in_directory_p, file, dir);
  const d = expandFileName(checkString(dir));
  if (!statOrNull(osPath(d))?.isDirectory()) return NIL;
  const dt = fileTruename(directoryFileName(d)).s;
  const dStat = statOrNull(osPath(new LString(dt, true)));
  let f = fileTruename(directoryFileName(expandFileName(checkString(file)))).s;
  for (;;) {
    if (f === dt) return T;
    const st = statOrNull(osPath(new LString(f, true)));
    if (st !== null && dStat !== null && st.ino === dStat.ino && st.dev === dStat.dev) return T;
    const i = f.lastIndexOf("/");
    if (i <= 0) { if (f === "/" || dt === "/") return dt === "/" ? T : NIL; f = "/"; continue; }
    f = f.slice(0, i);
  }
});

