// The visited file's modification time and its primitives (GNU: fileio.c's verify-visited-file-modtime,
// visited-file-modtime, clear-visited-file-modtime, set-visited-file-modtime; struct buffer's modtime).
import { BigIntStats, statSync } from "node:fs";
import { defun } from "../defun.js";
import { defsym, LString, NIL, T } from "../lisp.js";
import { wrongType } from "../signal.js";
import { funcall } from "../eval.js";
import { Buffer as EmacsBuffer, bufferValue, curBuf } from "../buffer.js";
import { expandFileName, findFileNameHandler } from "../fileio.js";
import { lispTimeNs, statOrNull } from "./attrs.js";
import { errCode, osPath } from "./util.js";
import { lockHooks } from "./lock.js";
import { timeArgument } from "../timefns/lisptime.js";

const Qverify_visited_file_modtime = defsym("verify-visited-file-modtime");
const Qset_visited_file_modtime = defsym("set-visited-file-modtime");
const Qbuffer_file_name = defsym("buffer-file-name");

// ---------------------------------------------------------------------------------------------
// The visited file's modification time (GNU: struct buffer's modtime and modtime_size).
// ---------------------------------------------------------------------------------------------
const enum Mod { Unknown = 0, Known = 1, Nonexistent = 2 }
interface ModState { kind: Mod; ns: bigint; size: number }

export function modState(b: EmacsBuffer): ModState {
  return (b.ext.fileio ??= { kind: Mod.Unknown, ns: 0n, size: -1 }) as ModState;
}
export function setMod(b: EmacsBuffer, st: BigIntStats | null, missing: boolean): void {
  const m = modState(b);
  if (st !== null) { m.kind = Mod.Known; m.ns = st.mtimeNs; m.size = Number(st.size); }
  else { m.kind = missing ? Mod.Nonexistent : Mod.Unknown; m.ns = 0n; m.size = -1; }
}

/** GNU Fverify_visited_file_modtime for buffer B. */
export function verifyModtime(b: EmacsBuffer): boolean {
  const fn = bufferValue(b, Qbuffer_file_name);
  if (!(fn instanceof LString)) return true;
  const m = modState(b);
  if (m.kind === Mod.Unknown) return true;
  let st: BigIntStats | undefined;
  let missing = false;
  try { st = statSync(osPath(fn), { bigint: true, throwIfNoEntry: false }); if (st === undefined) missing = true; }
  catch (e) { const c = errCode(e); missing = c === "ENOENT" || c === "ENOTDIR"; if (!missing) return false; }
  if (st === undefined) return m.kind === Mod.Nonexistent;
  return m.kind === Mod.Known && st.mtimeNs === m.ns && (m.size < 0 || Number(st.size) === m.size);
}
lockHooks.verify = verifyModtime;

defun("verify-visited-file-modtime", "(&optional buf)", `Return t if last mod time of BUF's visited file matches what BUF records.
If BUF is omitted or nil, it defaults to the current buffer.
See Info node \`(elisp)Modification Time' for more details.`, (buf) => {
  const b = buf === NIL ? curBuf() : buf;
  if (!(b instanceof EmacsBuffer)) return wrongType(defsym("bufferp"), b);
  const fn = bufferValue(b, Qbuffer_file_name);
  if (fn instanceof LString && modState(b).kind !== Mod.Unknown) {
    const h = findFileNameHandler(fn, Qverify_visited_file_modtime);
    if (h !== NIL) return funcall(h, Qverify_visited_file_modtime, buf);
  }
  return verifyModtime(b) ? T : NIL;
});

defun("visited-file-modtime", "()", `Return the current buffer's recorded visited file modification time.
Return 0 if the buffer does not visit a file, or if the visited file's
modification time is not known; return -1 if the visited file did not
exist when last read or written.  Otherwise return a Lisp timestamp in
the style of \`current-time'.`, () => {
  const m = modState(curBuf());
  return m.kind === Mod.Known ? lispTimeNs(m.ns) : m.kind === Mod.Nonexistent ? -1 : 0;
});

defun("clear-visited-file-modtime", "()", `Clear out records of last mod time of visited file.
Next attempt to save will not complain of a discrepancy.`, () => {
  const m = modState(curBuf());
  m.kind = Mod.Unknown; m.ns = 0n; m.size = -1;
  return NIL;
});

defun("set-visited-file-modtime", "(&optional time-flag)", `Update buffer's recorded modification time from the visited file's time.
Useful if the buffer was not read from the file normally
or if the file itself has been changed for some known benign reason.
An argument specifies the modification time value to use
(instead of that of the visited file), in the form of a time value as
in \`current-time' or an integer flag as returned by \`visited-file-modtime'.`, (timeFlag) => {
  const b = curBuf();
  const m = modState(b);
  if (timeFlag !== NIL) {
    if (typeof timeFlag === "number" && timeFlag <= 0) {
      m.kind = timeFlag === -1 ? Mod.Nonexistent : Mod.Unknown; m.ns = 0n;
    } else {
      const t = timeArgument(timeFlag);
      m.kind = Mod.Known; m.ns = BigInt(t.sec) * 1000000000n + BigInt(t.ns);
    }
    m.size = -1;
    return NIL;
  }
  const fn = bufferValue(b, Qbuffer_file_name);
  if (!(fn instanceof LString)) return NIL;
  const abs = expandFileName(fn);
  const h = findFileNameHandler(abs, Qset_visited_file_modtime);
  if (h !== NIL) return funcall(h, Qset_visited_file_modtime, NIL);
  const st = statOrNull(osPath(abs));
  setMod(b, st, st === null);
  return NIL;
});
