// Shared helpers of the file primitives: file-error signalling, file-name encoding for the OS, user and group
// databases, and regexp matching of file names (GNU: fileio.c report_file_errno, ENCODE_FILE/DECODE_FILE,
// and the fast_string_match calls of fileio.c and dired.c).
import { Buffer as NodeBuffer } from "node:buffer";
import { readFileSync } from "node:fs";
import { BYTE8_FIRST, charToJs, Cons, defsym, LispObject, list, LString, mkStr } from "../lisp.js";
import { xsignalData, xsignal, LispSignal } from "../signal.js";
import { E } from "../env.js";
import { compileRegex, searchRegex, standardContext, RegexError, Program } from "../regex/index.js";
import { onStart } from "../defun.js";

export const Qfile_error = defsym("file-error");
export const Qfile_missing = defsym("file-missing");
export const Qfile_already_exists = defsym("file-already-exists");
const Qinvalid_regexp = defsym("invalid-regexp");

/** glibc's strerror texts for the errno codes node reports (GNU shows these in file-error data). */
const ERRNO_TEXT: Record<string, string> = {
  EPERM: "Operation not permitted", ENOENT: "No such file or directory", EIO: "Input/output error",
  EBADF: "Bad file descriptor", EACCES: "Permission denied", EBUSY: "Device or resource busy",
  EEXIST: "File exists", EXDEV: "Invalid cross-device link", ENODEV: "No such device",
  ENOTDIR: "Not a directory", EISDIR: "Is a directory", EINVAL: "Invalid argument", EMFILE: "Too many open files",
  ENFILE: "Too many open files in system", ETXTBSY: "Text file busy", EFBIG: "File too large",
  ENOSPC: "No space left on device", EROFS: "Read-only file system", EMLINK: "Too many links",
  ENAMETOOLONG: "File name too long", ENOTEMPTY: "Directory not empty", ELOOP: "Too many levels of symbolic links",
  ENXIO: "No such device or address", EAGAIN: "Resource temporarily unavailable", ENOMEM: "Cannot allocate memory",
  ENOTSUP: "Operation not supported", EOPNOTSUPP: "Operation not supported", EDQUOT: "Disk quota exceeded",
  ESPIPE: "Illegal seek", ENOSYS: "Function not implemented", ESRCH: "No such process",
};

/** The errno code of a thrown node error ("EIO" when it has none). */
export function errCode(e: unknown): string {
  if (e instanceof LispSignal) throw e;
  return (e as NodeJS.ErrnoException)?.code ?? "EIO";
}
export function errnoText(code: string): string { return ERRNO_TEXT[code] ?? code; }

/**
 * GNU report_file_errno: `(file-missing STRING ERRMSG . NAMES)` for ENOENT, `(file-already-exists ERRMSG
 * . NAMES)` for EEXIST, `(file-error STRING ERRMSG . NAMES)` otherwise (GNU 28 has no permission-denied).
 */
export function reportFileErrno(what: string, code: string, ...names: LispObject[]): never {
  const data = list(...names);
  const msg = mkStr(errnoText(code));
  if (code === "EEXIST") return xsignalData(Qfile_already_exists, new Cons(msg, data));
  return xsignalData(code === "ENOENT" ? Qfile_missing : Qfile_error, new Cons(mkStr(what), new Cons(msg, data)));
}
/** report_file_errno for a caught node error. */
export function reportFileError(what: string, e: unknown, ...names: LispObject[]): never {
  return reportFileErrno(what, errCode(e), ...names);
}
/** `(file-error MSG . NAMES)` without an errno. */
export function fileError(msg: string, ...names: LispObject[]): never {
  return xsignal(Qfile_error, mkStr(msg), ...names);
}

// ---------------------------------------------------------------------------------------------
// File names and the OS. Names are UTF-8 on disk (file-name-coding-system utf-8): a multibyte Lisp name is
// encoded to UTF-8 with raw-byte characters written as their byte; a unibyte name is its bytes.
// ---------------------------------------------------------------------------------------------
const NON_ASCII = /[^\x00-\x7f]/;
const SURROGATE = /[\ud800-\udfff]/;

/** The argument node's fs functions take for Lisp file name NAME. */
export function osPath(name: LString): string | NodeBuffer {
  const s = name.s;
  if (name.multibyte) return SURROGATE.test(s) ? encodeName(name) : s;
  return NON_ASCII.test(s) ? NodeBuffer.from(s, "latin1") : s;
}
/** osPath for a JS string in the tsmacs encoding (multibyte). */
export function osPathJs(s: string): string | NodeBuffer {
  return SURROGATE.test(s) ? encodeName(new LString(s, true)) : s;
}

function encodeName(name: LString): NodeBuffer {
  const out: number[] = [];
  for (const c of name.chars()) {
    if (c >= BYTE8_FIRST) out.push(c - BYTE8_FIRST + 0x80);
    else if (c < 0x80) out.push(c);
    else if (c <= 0x10ffff) for (const b of NodeBuffer.from(String.fromCodePoint(c), "utf8")) out.push(b);
  }
  return NodeBuffer.from(out);
}

/** A file name the OS gave as a JS string (node decodes UTF-8); ASCII names are unibyte, as in GNU. */
export function nameFromOs(s: string): LString {
  return new LString(s, NON_ASCII.test(s));
}

/** Decodes bytes of a file name: valid UTF-8 becomes characters, other bytes raw-byte characters. */
export function nameFromBytes(b: Uint8Array): LString {
  let s = "";
  let mb = false;
  for (let i = 0; i < b.length;) {
    const x = b[i];
    if (x < 0x80) { s += String.fromCharCode(x); i++; continue; }
    mb = true;
    const need = x >= 0xf0 && x < 0xf8 ? 3 : x >= 0xe0 ? 2 : x >= 0xc2 && x < 0xe0 ? 1 : 0;
    let c = need === 3 ? x & 7 : need === 2 ? x & 15 : x & 31;
    let ok = need > 0 && i + need < b.length + 0 && i + need <= b.length - 1 + 1;
    for (let k = 1; ok && k <= need; k++) {
      const y = b[i + k];
      if (y === undefined || (y & 0xc0) !== 0x80) ok = false; else c = (c << 6) | (y & 63);
    }
    const min = need === 3 ? 0x10000 : need === 2 ? 0x800 : 0x80;
    if (ok && c >= min && c <= 0x10ffff && !(c >= 0xd800 && c < 0xe000)) { s += charToJs(c); i += need + 1; }
    else { s += charToJs(BYTE8_FIRST + x - 0x80); i++; }
  }
  return new LString(s, mb);
}

/** True when node's string decoding lost bytes (U+FFFD), so the name must be read as bytes. */
export const lossy = (s: string): boolean => s.includes("\ufffd");

// ---------------------------------------------------------------------------------------------
// Users and groups (getpwnam/getpwuid/getgrgid via the databases in /etc; cached per process start).
// ---------------------------------------------------------------------------------------------
interface Passwd { name: string; uid: number; gid: number; gecos: string; dir: string }
interface Db { passwd: Passwd[] | null; groups: { name: string; gid: number }[] | null }

function db(): Db {
  return (E.ext.fileioDb ??= { passwd: null, groups: null }) as Db;
}
onStart((env: { ext: Record<string, unknown> }) => { delete env.ext.fileioDb; });

export function passwdEntries(): Passwd[] {
  const d = db();
  if (d.passwd === null) {
    d.passwd = [];
    try {
      for (const line of readFileSync("/etc/passwd", "utf8").split("\n")) {
        const f = line.split(":");
        if (f.length >= 7) d.passwd.push({ name: f[0], uid: +f[2], gid: +f[3], gecos: f[4], dir: f[5] });
      }
    } catch { /* no passwd database: names stay numeric */ }
  }
  return d.passwd;
}
export function groupEntries(): { name: string; gid: number }[] {
  const d = db();
  if (d.groups === null) {
    d.groups = [];
    try {
      for (const line of readFileSync("/etc/group", "utf8").split("\n")) {
        const f = line.split(":");
        if (f.length >= 3) d.groups.push({ name: f[0], gid: +f[2] });
      }
    } catch { /* none */ }
  }
  return d.groups;
}
export function userName(uid: number): string | undefined { return passwdEntries().find((p) => p.uid === uid)?.name; }
export function groupName(gid: number): string | undefined { return groupEntries().find((g) => g.gid === gid)?.name; }
export function userHome(name: string): string | undefined { return passwdEntries().find((p) => p.name === name)?.dir; }

// ---------------------------------------------------------------------------------------------
// Regexp matching of file names (no case folding, match data untouched: GNU fast_string_match).
// ---------------------------------------------------------------------------------------------
function compiled(pattern: LString): Program {
  const cache = (E.ext.fileioRegex ??= new Map<string, Program>()) as Map<string, Program>;
  let p = cache.get(pattern.s);
  if (p === undefined) {
    try {
      p = compileRegex(pattern.chars(), { multibyte: pattern.multibyte }, standardContext(), pattern.s);
    } catch (e) {
      if (e instanceof RegexError) xsignal(Qinvalid_regexp, mkStr(e.message));
      throw e;
    }
    if (cache.size > 64) cache.clear();
    cache.set(pattern.s, p);
  }
  return p;
}

/** Registers (start, end pairs; -1 for unmatched groups) of the first match of PATTERN in S, or null. */
export function regexMatch(pattern: LString, s: LString): Int32Array | null {
  const prog = compiled(pattern);
  const chars = s.simple ? null : Int32Array.from(s.chars());
  const str = s.s;
  const text = chars === null
    ? { length: str.length, charAt: (i: number) => str.charCodeAt(i), str, unibyte: !s.multibyte }
    : { length: chars.length, charAt: (i: number) => chars[i] };
  const regs = new Int32Array(2 * (prog.nsub + 1));
  const at = searchRegex(prog, text, 0, text.length, text.length, standardContext(), regs);
  return at < 0 ? null : regs;
}

/** Position of the first match of PATTERN in S, or -1. */
export function regexSearch(pattern: LString, s: LString): number {
  const r = regexMatch(pattern, s);
  return r === null ? -1 : r[0];
}

