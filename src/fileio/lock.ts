// File locks: the ".#FILE" symbolic links that tell other Emacsen a buffer visiting FILE is being edited
// (GNU: filelock.c; make-lock-file-name from files.el).
import { readlinkSync, symlinkSync, unlinkSync } from "node:fs";
import { hostname, userInfo } from "node:os";
import { defun, defvar, onStart } from "../defun.js";
import { E, findSymbolValue } from "../env.js";
import { Cons, defsym, LispObject, LString, LSymbol, NIL, Subr, T } from "../lisp.js";
import { checkString, error, LispSignal } from "../signal.js";
import { funcall } from "../eval.js";
import { Buffer, bufferState, curBuf, bufferValue } from "../buffer.js";
import { callHandler, expandFileName, fileNameDirectory, fileNameNondirectory } from "../fileio.js";
import { errCode, osPath, reportFileErrno } from "./util.js";

const Vcreate_lockfiles = defvar("create-lockfiles", T, `Non-nil means use lockfiles to avoid editing collisions.
The name of the (per-buffer) lockfile is constructed by prepending
".#" to the name of the file being locked.`);
const Vlock_file_name_transforms = defvar("lock-file-name-transforms", NIL,
  "Transforms to apply to buffer file name before making a lock file name.");
const Qlock_file = defsym("lock-file");
const Qunlock_file = defsym("unlock-file");
const Qfile_locked_p = defsym("file-locked-p");
const Qmake_lock_file_name = defsym("make-lock-file-name");
const Qask_user_about_lock = defsym("ask-user-about-lock");
const Qsupersession = defsym("userlock--ask-user-about-supersession-threat");
const Qbuffer_file_truename = defsym("buffer-file-truename");
const Quser_login_name = defsym("user-login-name");
const Qsystem_name = defsym("system-name");

/** GNU make-lock-file-name: ".#" before the nondirectory part. */
export function makeLockFileName(filename: LString): LispObject {
  const h = callHandler(filename, Qmake_lock_file_name, filename);
  if (h !== undefined) return h;
  const transforms = findSymbolValue(Vlock_file_name_transforms);
  const fn = defsym("files--transform-file-name");
  if (transforms !== NIL && fn.f !== NIL) return funcall(fn, filename, transforms, LString.fromJs(".#"), LString.fromJs(""));
  const dir = fileNameDirectory(filename);
  const base = fileNameNondirectory(filename);
  return new LString((dir ? dir.s : "") + ".#" + base.s, filename.multibyte);
}

defun("make-lock-file-name", "(filename)", `Make a lock file name for FILENAME.
By default, this just prepends ".#" to the non-directory part
of FILENAME, but the transforms in \`lock-file-name-transforms'
are done first.`, (filename) => makeLockFileName(checkString(filename)));

/** The lock name of FN, or null when none (make-lock-file-name may return nil). */
function lockName(fn: LString): LString | null {
  const abs = expandFileName(fn);
  const f = Qmake_lock_file_name.f;
  const v = f instanceof Subr && f.name === "make-lock-file-name" ? makeLockFileName(abs) : funcall(Qmake_lock_file_name, abs);
  return v instanceof LString ? v : null;
}

/** The value of Lisp function SYM when it exists and returns a string, else FALLBACK. */
function stringOf(sym: LSymbol, fallback: string): string {
  if (sym.f !== NIL) { const v = funcall(sym); if (v instanceof LString) return v.s; }
  return fallback;
}
function loginName(): string {
  return stringOf(Quser_login_name, process.env.LOGNAME || process.env.USER || safeUser());
}
function safeUser(): string { try { return userInfo().username; } catch { return ""; } }
function systemName(): string { return stringOf(Qsystem_name, hostname()); }

/** "USER@HOST.PID", the contents of our lock links (GNU adds ":BOOT" only when the boot time is known). */
function lockInfo(): string { return `${loginName()}@${systemName()}.${process.pid}`; }

interface Owner { user: string; pid: number; host: string }

/**
 * GNU current_lock_owner: 0 when LFNAME is not a lock (or a stale one was removed), -2 when we own it, -1
 * when another live process does (OWNER filled in), or an errno code.
 */
function currentLockOwner(lfname: LString, owner?: Owner): number | string {
  let info: string;
  try { info = readlinkSync(osPath(lfname), "utf8"); } catch (e) {
    const code = errCode(e);
    if (code === "ENOENT" || code === "ENOTDIR") return 0;
    if (code !== "EINVAL") return code;
    return "EINVAL";
  }
  const at = info.lastIndexOf("@");
  if (at < 0) return "EINVAL";
  const dot = info.lastIndexOf(".");
  if (dot < at) return "EINVAL";
  const m = /^(\d+)(?::(\d+))?$/.exec(info.slice(dot + 1));
  if (m === null) return "EINVAL";
  const pid = Number(m[1]);
  const host = info.slice(at + 1, dot);
  if (owner) { owner.user = info.slice(0, at); owner.pid = pid; owner.host = host; }
  if (host !== systemName()) return -1;
  if (pid === process.pid) return -2;
  if (pid > 0 && processAlive(pid)) return -1;
  // The owner is gone: remove the stale lock.
  try { unlinkSync(osPath(lfname)); return 0; } catch (e) { return errCode(e); }
}

function processAlive(pid: number): boolean {
  try { process.kill(pid, 0); return true; } catch (e) { return errCode(e) === "EPERM"; }
}

/** The buffer whose truename is FN (GNU get_truename_buffer). */
function truenameBuffer(fn: LString): Buffer | null {
  for (const b of bufferState().all) {
    const t = bufferValue(b, Qbuffer_file_truename);
    if (t instanceof LString && t.s === fn.s) return b;
  }
  return null;
}

/** Hook to fileio/io.ts's verify-visited-file-modtime (set there to avoid an import cycle). */
export const lockHooks: { verify: ((b: Buffer) => boolean) | null } = { verify: null };

/** GNU lock_file. */
export function lockFile(fn: LString): void {
  const lfname = findSymbolValue(Vcreate_lockfiles) !== NIL ? lockName(fn) : null;
  if (findSymbolValue(Vcreate_lockfiles) !== NIL && lfname === null) return;
  const subject = truenameBuffer(fn);
  if (subject !== null && lockHooks.verify !== null && !lockHooks.verify(subject)
    && existsFile(fn) && !(lfname !== null && currentLockOwner(lfname) === -2) && Qsupersession.f !== NIL) {
    funcall(Qsupersession, fn);
  }
  if (lfname === null) return;
  const info = lockInfo();
  for (let tries = 0; tries < 10; tries++) {
    try { symlinkSync(info, osPath(lfname)); unlockAtExit(); return; } catch (e) {
      if (errCode(e) !== "EEXIST") return; // GNU ignores other failures to lock
    }
    const owner: Owner = { user: "", pid: 0, host: "" };
    const r = currentLockOwner(lfname, owner);
    if (r === 0) continue;
    if (r === -2 || typeof r === "string") return;
    const opponent = LString.fromJs(`${owner.user}@${owner.host} (pid ${owner.pid})`);
    const attack = Qask_user_about_lock.f !== NIL ? funcall(Qask_user_about_lock, fn, opponent)
      : error("Cannot resolve lock conflict in batch mode");
    if (attack !== NIL) {
      try { unlinkSync(osPath(lfname)); symlinkSync(info, osPath(lfname)); } catch { /* as GNU: best effort */ }
    }
    return;
  }
}

function existsFile(fn: LString): boolean {
  try { readlinkSync(osPath(fn)); return true; } catch (e) { return errCode(e) !== "ENOENT"; }
}

/** GNU unlock_file: remove FN's lock if it is ours. */
export function unlockFile(fn: LString): void {
  const lfname = lockName(fn);
  if (lfname === null) return;
  let err = currentLockOwner(lfname);
  if (err === -2) {
    try { unlinkSync(osPath(lfname)); } catch (e) { const c = errCode(e); err = c === "ENOENT" ? 0 : c; }
  }
  if (typeof err === "string") {
    const handler = defsym("userlock--handle-unlock-error");
    try { reportFileErrno("Unlocking file", err, fn); } catch (e) {
      if (handler.f !== NIL && e instanceof LispSignal) funcall(handler, new Cons(e.sym, e.data)); else throw e;
    }
  }
}

defun("lock-file", "(file)", `Lock FILE.
If the option \`create-lockfiles' is nil, this does nothing.`, (file) => {
  const f = checkString(file);
  const h = callHandler(f, Qlock_file, f);
  if (h !== undefined) return h;
  lockFile(f);
  return NIL;
});

defun("unlock-file", "(file)", `Unlock FILE.`, (file) => {
  const f = checkString(file);
  const h = callHandler(f, Qunlock_file, f);
  if (h !== undefined) return NIL;
  unlockFile(f);
  return NIL;
});

const modified = (b: Buffer): boolean => b.text.saveModiff < b.text.modiff;

defun("lock-buffer", "(&optional file)", `Lock FILE, if current buffer is modified.
FILE defaults to current buffer's visited file,
or else nothing is done if current buffer isn't visiting a file.
If the option \`create-lockfiles' is nil, this does nothing.`, (file) => {
  const b = curBuf();
  const f = file === NIL ? bufferValue(b, Qbuffer_file_truename) : checkString(file);
  if (modified(b) && f instanceof LString) funcall(Qlock_file, f);
  return NIL;
});

defun("unlock-buffer", "()", `Unlock the file visited in the current buffer.
If the buffer is not modified, this does nothing because the file
should not be locked in that case.  It also does nothing if the
current buffer is not visiting a file, or is not locked.`, () => {
  const b = curBuf();
  const t = bufferValue(b, Qbuffer_file_truename);
  if (modified(b) && t instanceof LString) funcall(Qunlock_file, t);
  return NIL;
});

/** Unlocks the file of buffer B if B holds its lock (GNU unlock_buffer, for kill-buffer). */
export function unlockBuffer(b: Buffer): void {
  const t = bufferValue(b, Qbuffer_file_truename);
  if (modified(b) && t instanceof LString) funcall(Qunlock_file, t);
}

/** Locks the current buffer's file before its first modification (GNU: prepare_to_modify_buffer_1). */
export function lockBeforeFirstChange(b: Buffer): void {
  const base = b.base ?? b;
  const t = bufferValue(base, Qbuffer_file_truename);
  if (t instanceof LString && bufferValue(base, defsym("buffer-file-name")) !== NIL && !modified(b)) funcall(Qlock_file, t);
}

defun("file-locked-p", "(filename)", `Return a value indicating whether FILENAME is locked.
The value is nil if the FILENAME is not locked,
t if it is locked by you, else a string saying which user has locked it.`, (filename) => {
  const f = checkString(filename);
  const h = callHandler(f, Qfile_locked_p, f);
  if (h !== undefined) return h;
  const lfname = lockName(f);
  if (lfname === null) return NIL;
  const owner: Owner = { user: "", pid: 0, host: "" };
  const r = currentLockOwner(lfname, owner);
  if (r === -2) return T;
  if (r === -1) return LString.fromJs(owner.user);
  if (typeof r === "string") reportFileErrno("Testing file lock", r, f);
  return NIL;
});

// Locks of modified buffers go away when the process exits (GNU: unlock_all_files in shut_down_emacs). The
// listener is added when a lock is first made, and forgotten in a world restored from the snapshot.
function unlockAtExit(): void {
  const env = E;
  if (env.ext.fileioExitHook) return;
  env.ext.fileioExitHook = true;
  process.on("exit", () => {
    const st = env.ext.buffer as { all: Buffer[] } | undefined;
    if (!st) return;
    for (const b of st.all) {
      const t = bufferValue(b, Qbuffer_file_truename);
      if (!modified(b) || !(t instanceof LString)) continue;
      try { const l = lockName(t); if (l !== null && currentLockOwner(l) === -2) unlinkSync(osPath(l)); } catch { /* exiting */ }
    }
  });
}
onStart((env: { ext: Record<string, unknown> }) => { delete env.ext.fileioExitHook; });
