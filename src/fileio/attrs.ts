// File predicates and attributes: file-exists-p & co., file-attributes, file modes and times (GNU: fileio.c
// check_file_access, file-modes, set-file-times, file-newer-than-file-p, file-system-info; dired.c
// file-attributes and filemodestring).
import {
  accessSync, chmodSync, constants as C, lstatSync, readlinkSync, statfsSync, statSync, utimesSync,
  lutimesSync, BigIntStats,
} from "node:fs";
import { errorFmt } from "../buffer.js";
import { defun } from "../defun.js";
import { Cons, defsym, LispObject, list, LString, LSymbol, NIL, T, normInt } from "../lisp.js";
import { checkFixnum, checkString, error } from "../signal.js";
import { ticksHzList4, timeArgument } from "../timefns/lisptime.js";
import { callHandler, checkFileName, directoryFileName, expandFileName, findFileNameHandler } from "../fileio.js";
import { errCode, groupName, lossy, nameFromBytes, nameFromOs, osPath, reportFileErrno, reportFileError, userName } from "./util.js";
import { funcall } from "../eval.js";

const Qfile_exists_p = defsym("file-exists-p");
const Qfile_readable_p = defsym("file-readable-p");
const Qfile_executable_p = defsym("file-executable-p");
const Qfile_writable_p = defsym("file-writable-p");
const Qfile_symlink_p = defsym("file-symlink-p");
const Qfile_directory_p = defsym("file-directory-p");
const Qfile_regular_p = defsym("file-regular-p");
const Qfile_accessible_directory_p = defsym("file-accessible-directory-p");
const Qaccess_file = defsym("access-file");
const Qfile_attributes = defsym("file-attributes");
const Qfile_modes = defsym("file-modes");
const Qset_file_modes = defsym("set-file-modes");
const Qset_file_times = defsym("set-file-times");
const Qfile_newer_than_file_p = defsym("file-newer-than-file-p");
const Qfile_system_info = defsym("file-system-info");
const Qnofollow = defsym("nofollow");
const Qstring = defsym("string");
const NS = 1000000000n;

/** (expand-file-name F) with the trailing slash removed (GNU expand_and_dir_to_file). */
export function expandAndDirToFile(f: LString): LString {
  const abs = expandFileName(f);
  return abs.s.length > 1 && abs.s.endsWith("/") ? directoryFileName(abs) : abs;
}

/** stat (following links) or null when the file cannot be reached. */
export function statOrNull(p: string | Buffer): BigIntStats | null {
  try { return statSync(p, { bigint: true, throwIfNoEntry: false }) ?? null; } catch { return null; }
}
export function lstatOrNull(p: string | Buffer): BigIntStats | null {
  try { return lstatSync(p, { bigint: true, throwIfNoEntry: false }) ?? null; } catch { return null; }
}

function accessOk(p: string | Buffer, mode: number): boolean {
  try { accessSync(p, mode); return true; } catch { return false; }
}

/** GNU check_file_access: handler, then faccessat. */
function checkAccess(filename: LispObject, op: LSymbol, mode: number): LispObject {
  const abs = expandFileName(checkFileName(filename));
  const h = callHandler(abs, op, abs);
  if (h !== undefined) return h;
  return accessOk(osPath(abs), mode) ? T : NIL;
}

defun("file-exists-p", "(filename)", `Return t if file FILENAME exists (whether or not you can read it).
Return nil if FILENAME does not exist, or if there was trouble
determining whether the file exists.
See also \`file-readable-p' and \`file-attributes'.
This returns nil for a symlink to a nonexistent file.
Use \`file-symlink-p' to test for such links.`, (filename) => checkAccess(filename, Qfile_exists_p, C.F_OK));

defun("file-executable-p", "(filename)", `Return t if FILENAME can be executed by you.
For a directory, this means you can access files in that directory.`, (filename) => checkAccess(filename, Qfile_executable_p, C.X_OK));

defun("file-readable-p", "(filename)", `Return t if file FILENAME exists and you can read it.
See also \`file-exists-p' and \`file-attributes'.`, (filename) => checkAccess(filename, Qfile_readable_p, C.R_OK));

/** GNU file-writable-p: writable, or nonexistent in an existing directory. */
export function fileWritableP(abs: LString): boolean {
  const p = osPath(abs);
  try { accessSync(p, C.W_OK); return true; } catch (e) { if (errCode(e) !== "ENOENT") return false; }
  const i = abs.s.lastIndexOf("/");
  const dir = directoryFileName(new LString(abs.s.slice(0, i + 1), abs.multibyte));
  return statOrNull(osPath(dir))?.isDirectory() ?? false;
}

defun("file-writable-p", "(filename)", `Return t if file FILENAME can be written or created by you.`, (filename) => {
  const abs = expandFileName(checkFileName(filename));
  const h = callHandler(abs, Qfile_writable_p, abs);
  if (h !== undefined) return h;
  return fileWritableP(abs) ? T : NIL;
});

defun("access-file", "(filename string)", `Access file FILENAME, and get an error if that does not work.
The second argument STRING is prepended to the error message.
If there is no error, returns nil.`, (filename, string) => {
  const f = checkString(filename);
  const abs = expandFileName(f);
  const what = checkString(string);
  const h = callHandler(abs, Qaccess_file, abs, what);
  if (h !== undefined) return h;
  try { accessSync(osPath(abs), C.R_OK); } catch (e) { reportFileError(what.s, e, f); }
  return NIL;
});

/** The target of symbolic link P, or null when P is not one. */
export function readLink(p: string | Buffer): LString | null {
  try {
    const s = readlinkSync(p, "utf8");
    return lossy(s) ? nameFromBytes(readlinkSync(p, "buffer")) : nameFromOs(s);
  } catch { return null; }
}

defun("file-symlink-p", "(filename)", `Return non-nil if file FILENAME is the name of a symbolic link.
The value is the link target, as a string.
Return nil if FILENAME does not exist or is not a symbolic link,
of there was trouble determining whether the file is a symbolic link.

This function does not check whether the link target exists.`, (filename) => {
  const abs = expandFileName(checkFileName(filename));
  const h = callHandler(abs, Qfile_symlink_p, abs);
  if (h !== undefined) return h;
  return readLink(osPath(abs)) ?? NIL;
});

defun("file-directory-p", "(filename)", `Return t if FILENAME names an existing directory.
Return nil if FILENAME does not name a directory, or if there
was trouble determining whether FILENAME is a directory.

As a special case, this function will also return t if FILENAME is the
empty string ("").  This quirk is due to Emacs interpreting the
empty string (in some cases) as the current directory.

Symbolic links to directories count as directories.
See \`file-symlink-p' to distinguish symlinks.`, (filename) => {
  const abs = expandAndDirToFile(checkFileName(filename));
  const h = callHandler(abs, Qfile_directory_p, abs);
  if (h !== undefined) return h;
  return statOrNull(osPath(abs))?.isDirectory() ? T : NIL;
});

defun("file-accessible-directory-p", "(filename)", `Return t if FILENAME names a directory you can open.
This means that FILENAME must specify the name of a directory, and the
directory must allow you to open files in it.  If this isn't the case,
return nil.`, (filename) => {
  const abs = expandFileName(checkFileName(filename));
  const h = callHandler(abs, Qfile_accessible_directory_p, abs);
  if (h !== undefined) return h === T ? T : NIL;
  const p = osPath(abs);
  return statOrNull(p)?.isDirectory() && accessOk(p, C.X_OK) ? T : NIL;
});

defun("file-regular-p", "(filename)", `Return t if FILENAME names a regular file.
This is the sort of file that holds an ordinary stream of data bytes.
Return nil if FILENAME does not exist or is not a regular file,
or there was trouble determining whether FILENAME is a regular file.
Symbolic links to regular files count as regular files.
See \`file-symlink-p' to distinguish symlinks.`, (filename) => {
  const abs = expandAndDirToFile(checkFileName(filename));
  const h = callHandler(abs, Qfile_regular_p, abs);
  if (h !== undefined) return h;
  return statOrNull(osPath(abs))?.isFile() ? T : NIL;
});

// ---------------------------------------------------------------------------------------------
// file-attributes.
// ---------------------------------------------------------------------------------------------
/** A stat time in nanoseconds as a Lisp timestamp (HIGH LOW USEC PSEC), as GNU 28 returns them. */
export function lispTimeNs(ns: bigint): LispObject { return ticksHzList4(ns, NS); }

/** GNU filemodestring: "drwxr-xr-x" and friends. */
export function modeString(mode: number): string {
  const t = mode & 0o170000;
  const type = t === 0o040000 ? "d" : t === 0o120000 ? "l" : t === 0o010000 ? "p" : t === 0o140000 ? "s"
    : t === 0o020000 ? "c" : t === 0o060000 ? "b" : "-";
  const rwx = (r: number, w: number, x: number, special: number, ch: string): string =>
    ((mode & r) ? "r" : "-") + ((mode & w) ? "w" : "-")
    + ((mode & special) ? ((mode & x) ? ch : ch.toUpperCase()) : ((mode & x) ? "x" : "-"));
  return type + rwx(0o400, 0o200, 0o100, 0o4000, "s") + rwx(0o040, 0o020, 0o010, 0o2000, "s")
    + rwx(0o004, 0o002, 0o001, 0o1000, "t");
}

const num = (b: bigint): number | bigint => normInt(b);

/** The attribute list of an lstat result (GNU file_attributes); LINK is the target for symbolic links. */
export function attributeList(st: BigIntStats, link: LispObject, idFormat: LispObject): LispObject {
  const mode = Number(st.mode);
  const type = (mode & 0o170000) === 0o040000 ? T : (mode & 0o170000) === 0o120000 ? link : NIL;
  const uid = Number(st.uid), gid = Number(st.gid);
  let u: LispObject = uid, g: LispObject = gid;
  if (idFormat === Qstring) {
    const un = userName(uid), gn = groupName(gid);
    if (un !== undefined) u = LString.fromJs(un);
    if (gn !== undefined) g = LString.fromJs(gn);
  }
  return list(type, num(st.nlink), u, g, lispTimeNs(st.atimeNs), lispTimeNs(st.mtimeNs), lispTimeNs(st.ctimeNs),
    num(st.size), new LString(modeString(mode), false), T, num(st.ino), num(st.dev));
}

/** Attributes of the file at OS path P (not following a final link), or nil; signals for odd errors. */
export function fileAttributesOf(p: string | Buffer, filename: LString, idFormat: LispObject): LispObject {
  let st: BigIntStats | undefined;
  try { st = lstatSync(p, { bigint: true, throwIfNoEntry: false }); } catch (e) { return fileAttributeErrno(filename, e); }
  if (st === undefined) return NIL;
  const link = st.isSymbolicLink() ? readLink(p) ?? NIL : NIL;
  return attributeList(st, link, idFormat);
}

/** GNU file_attribute_errno: nil for a missing file, a file-error otherwise. */
export function fileAttributeErrno(filename: LString, e: unknown): LispObject {
  const code = errCode(e);
  if (code === "ENOENT" || code === "ENOTDIR") return NIL;
  return reportFileErrno("Getting attributes", code, filename);
}

defun("file-attributes", "(filename &optional id-format)", `Return a list of attributes of file FILENAME.
Value is nil if specified file does not exist.
ID-FORMAT specifies the preferred format of attributes uid and gid (see
below) - valid values are \`string' and \`integer'.  The latter is the
default, but we plan to change that, so you should specify a non-nil value
for ID-FORMAT if you use the returned uid or gid.

Elements of the attribute list are:
 0. t for directory, string (name linked to) for symbolic link, or nil.
 1. Number of links to file.
 2. File uid as a string or (if ID-FORMAT is \`integer' or a string value
  cannot be looked up) as an integer.
 3. File gid, likewise.
 4. Last access time, in the style of \`current-time'.
 5. Last modification time, likewise.
 6. Last status change time, likewise.
 7. Size in bytes, as an integer.
 8. File modes, as a string of ten letters or dashes as in ls -l.
 9. An unspecified value, present only for backward compatibility.
10. inode number, as a nonnegative integer.
11. Filesystem device number, as an integer.`, (filename, idFormat) => {
  if (!(filename instanceof LString)) checkString(filename);
  let abs: LString;
  try { abs = expandFileName(filename as LString); } catch { return NIL; }
  if (findFileNameHandler(abs, Qfile_attributes) !== NIL) {
    const h = findFileNameHandler(abs, Qfile_attributes);
    return idFormat === NIL ? funcall(h, Qfile_attributes, abs) : funcall(h, Qfile_attributes, abs, idFormat);
  }
  return fileAttributesOf(osPath(abs), abs, idFormat);
});

// ---------------------------------------------------------------------------------------------
// Modes and times.
// ---------------------------------------------------------------------------------------------
/** GNU symlink_nofollow_flag: FLAG must be nil or `nofollow'. */
function nofollow(flag: LispObject): boolean {
  if (flag === Qnofollow) return true;
  if (flag !== NIL) error(`Invalid argument`);
  return false;
}

defun("file-modes", "(filename &optional flag)", `Return mode bits of file named FILENAME, as an integer.
Return nil if FILENAME does not exist.  If optional FLAG is \`nofollow',
do not follow FILENAME if it is a symbolic link.`, (filename, flag) => {
  const abs = expandFileName(checkFileName(filename));
  const nf = flag === Qnofollow;
  const h = callHandler(abs, Qfile_modes, abs, flag);
  if (h !== undefined) return h;
  let st: BigIntStats | undefined;
  const p = osPath(abs);
  try { st = nf ? lstatSync(p, { bigint: true, throwIfNoEntry: false }) : statSync(p, { bigint: true, throwIfNoEntry: false }); }
  catch (e) { return fileAttributeErrno(abs, e); }
  return st === undefined ? NIL : Number(st.mode) & 0o7777;
});

defun("set-file-modes", "(filename mode &optional flag)", `Set mode bits of file named FILENAME to MODE (an integer).
Only the 12 low bits of MODE are used.
If optional FLAG is \`nofollow', do not follow FILENAME if it is a
symbolic link.`, (filename, mode, flag) => {
  const abs = expandFileName(checkFileName(filename));
  const m = checkFixnum(mode);
  const nf = nofollow(flag);
  const h = callHandler(abs, Qset_file_modes, abs, mode, flag);
  if (h !== undefined) return h;
  const p = osPath(abs);
  try {
    // Linux cannot change a symbolic link's own mode (GNU's lchmod fails the same way).
    if (nf && lstatOrNull(p)?.isSymbolicLink()) reportFileErrno("Doing chmod", "EOPNOTSUPP", abs);
    chmodSync(p, m & 0o7777);
  } catch (e) { reportFileError("Doing chmod", e, abs); }
  return NIL;
}, { interactive: "(let ((file (read-file-name \"File: \"))) (list file (read-file-modes nil file)))" });

defun("set-default-file-modes", "(mode)", `Set the file permission bits for newly created files.
The argument MODE should be an integer; only the low 9 bits are used.
On Posix hosts, this setting is inherited by subprocesses.`, (mode) => {
  process.umask(~checkFixnum(mode) & 0o777);
  return NIL;
});

defun("default-file-modes", "()", `Return the default file protection for created files.
The value is an integer.`, () => {
  const old = process.umask(0o022);
  process.umask(old);
  return ~old & 0o777;
});

defun("set-file-times", "(filename &optional timestamp flag)", `Set times of file FILENAME to TIMESTAMP.
If optional FLAG is \`nofollow', do not follow FILENAME if it is a
symbolic link.  Set both access and modification times.  Return t on
success, else nil.  Use the current time if TIMESTAMP is nil.
TIMESTAMP is in the format of \`current-time'.`, (filename, timestamp, flag) => {
  const nf = nofollow(flag);
  let when: number;
  if (timestamp !== NIL) {
    const t = timeArgument(timestamp);
    when = Number(t.sec) + t.ns / 1e9;
  } else when = Date.now() / 1000;
  const abs = expandFileName(checkFileName(filename));
  const h = callHandler(abs, Qset_file_times, abs, timestamp, flag);
  if (h !== undefined) return h;
  try {
    if (nf) lutimesSync(osPath(abs), when, when); else utimesSync(osPath(abs), when, when);
  } catch (e) { reportFileError("Setting file times", e, abs); }
  return T;
});

defun("file-newer-than-file-p", "(file1 file2)", `Return t if file FILE1 is newer than file FILE2.
If FILE1 does not exist, the answer is nil;
otherwise, if FILE2 does not exist, the answer is t.`, (file1, file2) => {
  checkString(file1); checkString(file2);
  const a1 = expandAndDirToFile(file1 as LString), a2 = expandAndDirToFile(file2 as LString);
  let h = findFileNameHandler(a1, Qfile_newer_than_file_p);
  if (h === NIL) h = findFileNameHandler(a2, Qfile_newer_than_file_p);
  if (h !== NIL) return funcall(h, Qfile_newer_than_file_p, a1, a2);
  let st1: BigIntStats | undefined, st2: BigIntStats | undefined;
  try { st1 = statSync(osPath(a1), { bigint: true, throwIfNoEntry: false }); } catch (e) { return fileAttributeErrno(a1, e); }
  if (st1 === undefined) return NIL;
  try { st2 = statSync(osPath(a2), { bigint: true, throwIfNoEntry: false }); } catch (e) { fileAttributeErrno(a2, e); return T; }
  if (st2 === undefined) return T;
  return st2.mtimeNs < st1.mtimeNs ? T : NIL;
});

defun("file-system-info", "(filename)", `Return storage information about the file system FILENAME is on.
Value is a list of numbers (TOTAL FREE AVAIL), where TOTAL is the total
storage of the file system, FREE is the free storage, and AVAIL is the
storage available to a non-superuser.  All 3 numbers are in bytes.
If the underlying system call fails, value is nil.`, (filename) => {
  const abs = expandFileName(checkFileName(filename));
  const h = callHandler(abs, Qfile_system_info, abs);
  if (h !== undefined) {
    if (h === NIL || h instanceof Cons) return h;
    return errorFmt("Invalid handler in `file-name-handler-alist'");
  }
  try {
    const s = statfsSync(osPath(abs), { bigint: true });
    return list(num(s.bsize * s.blocks), num(s.bsize * s.bfree), num(s.bsize * s.bavail));
  } catch (e) { return fileAttributeErrno(abs, e); }
});


defun("file-modes-number-to-symbolic", "(mode &optional filetype)", `Return a string describing a file's MODE.
For instance, if MODE is #o700, then it produces \`-rwx------'.
FILETYPE if provided should be a character denoting the type of file,
such as \`?d' for a directory, or \`?l' for a symbolic link and will override
the leading \`-' char.`, (mode, filetype) => {
  const m = checkFixnum(mode);
  const s = modeString(m);
  return LString.fromJs(filetype === NIL ? s : String.fromCodePoint(checkFixnum(filetype)) + s.slice(1));
});
