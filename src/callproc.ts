// Synchronous subprocesses: call-process, call-process-region and the variables that steer them (GNU:
// callproc.c, with exec-path and friends from init_callproc). Asynchronous processes are process.c's job.
//
// Node's spawnSync is the blocking call. Standard output (and standard error when it is mixed in) goes to
// an unlinked temporary file rather than a pipe: one descriptor shared by both streams keeps their
// interleaving exactly as a pipe would, and there is no buffer-size limit to hit.
import type * as ChildProcess from "node:child_process";
import { Buffer as NodeBuffer, isUtf8 } from "node:buffer";
import { closeSync, existsSync, fstatSync, openSync, readSync, statSync, unlinkSync, constants as fsConstants, accessSync } from "node:fs";
import { tmpdir } from "node:os";
import { delimiter, dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { defun, defvar } from "./defun.js";
import { findSymbolValue, setInternal } from "./env.js";
import { Cons, defsym, LispObject, LString, LSymbol, mkStr, NIL, T, list, isString } from "./lisp.js";
import { checkString, Qstringp, wrongType } from "./signal.js";
import { funcall } from "./eval.js";
import { Buffer as EmacsBuffer, curBuf } from "./buffer.js";
import { insertLString, insertJs } from "./insdel.js";
import { expandFileName } from "./fileio.js";
import { osPath, reportFileErrno, errCode } from "./fileio/util.js";
import { egetenv, Vprocess_environment } from "./fileio/env.js";
import { openp } from "./lread/load.js";
import { validateRegion } from "./editfns/buffer.js";
import { Vlast_coding_system_used } from "./coding.js";
import { utf8WithRawBytes } from "./fileio/codec.js";

// Fetched on first use: the start-up snapshot runs every module's top level, and Node does not vouch for
// node:child_process state made then.
function childProcess(): typeof ChildProcess {
  return process.getBuiltinModule("node:child_process") as typeof ChildProcess;
}

const Qcall_process = defsym("call-process");
const QCfile = defsym(":file");
const Qraw_text = defsym("raw-text");
const Qutf_8_unix = defsym("utf-8-unix");
const Qundecided = defsym("undecided");
const Qget_buffer_create = defsym("get-buffer-create");
const Qset_buffer = defsym("set-buffer");
const Qunhandled_file_name_directory = defsym("unhandled-file-name-directory");
const Qdirectory_file_name = defsym("directory-file-name");
const Qcheck_coding_system = defsym("check-coding-system");
const Qcoding_system_p = defsym("coding-system-p");
const Qdecode_coding_string = defsym("decode-coding-string");
const Qencode_coding_string = defsym("encode-coding-string");
const Qcoding_system_change_eol_conversion = defsym("coding-system-change-eol-conversion");
const Qcoding_system_eol_type = defsym("coding-system-eol-type");
const Qstring_match_p = defsym("string-match-p");
const Qdelete_region = defsym("delete-region");
const Qbuffer_substring_no_properties = defsym("buffer-substring-no-properties");
const Qwiden = defsym("widen");
const Qdefault_directory = defsym("default-directory");
const Qcoding_system_for_read = defsym("coding-system-for-read");
const Qcoding_system_for_write = defsym("coding-system-for-write");
const Qdefault_process_coding_system = defsym("default-process-coding-system");

// ---------------------------------------------------------------------------------------------
// Where tsmacs is, and the search path for programs.
// ---------------------------------------------------------------------------------------------
/** The directory of the running bundle (a dist folder, or a test bundle folder). */
function hereDir(): string {
  return typeof __filename === "string" ? dirname(__filename) : dirname(fileURLToPath(import.meta.url));
}

/**
 * The directory holding the `tsmacs` launcher, so that `(expand-file-name invocation-name
 * invocation-directory)` names a program that runs tsmacs again (GNU's test suite spawns Emacs that way).
 * The bundle lives one or two levels below the repository root; without a launcher there, the bundle's own
 * directory is used.
 */
export function invocationDirectory(): string {
  const here = hereDir();
  for (const c of [join(here, ".."), join(here, "..", "..")]) {
    const launcher = join(c, "tsmacs");
    try {
      if (statSync(launcher).isFile() && existsSync(join(c, "package.json"))) return resolve(c) + "/";
    } catch { /* not there */ }
  }
  return resolve(dirname(process.argv[1] ?? here)) + "/";
}

/** PATH's directories, an empty element meaning "." (GNU decode_env_path with EMPTY false). */
function pathDirs(): LispObject[] {
  const path = process.env.PATH ?? "";
  if (path === "") return [];
  return path.split(delimiter).map((d) => mkStr(d === "" ? "." : d));
}

export const Vexec_directory = defvar("exec-directory", () => mkStr(invocationDirectory()),
  `Directory for executables for Emacs to invoke.
More generally, this includes any architecture-dependent files
that are built and installed from the Emacs distribution.
In tsmacs this is the directory of the \`tsmacs' launcher.`, { perStart: true });
export const Vexec_path = defvar("exec-path", () => {
  const dir = invocationDirectory();
  return list(...pathDirs(), mkStr(dir.length > 1 ? dir.slice(0, -1) : dir));
}, `List of directories to search programs to run in subprocesses.
Each element is a string (directory name) or nil (try default directory).

By default the last element of this list is \`exec-directory'. The
last element is not always used, for example in shell completion
\(\`shell-dynamic-complete-command').`, { perStart: true });
// GNU's value on GNU/Linux: the program name as given is the only candidate.
export const Vexec_suffixes = defvar("exec-suffixes", () => list(mkStr("")),
  `List of suffixes to try to find executable file names.
Each element is a string.`);
export const Vshell_file_name = defvar("shell-file-name", () => mkStr(process.env.SHELL || "/bin/sh"),
  `File name for explicit shell to run.
Initialized from the SHELL environment variable, or to a system-dependent
default if SHELL is unset.`, { perStart: true });
// simple.el's defcustom in GNU; the shell functions below need it from the start.
defvar("shell-command-switch", () => mkStr("-c"), "Switch used to have the shell execute its command line argument.");
// files.el's defvar in GNU.
defvar("null-device", () => mkStr("/dev/null"), "The system null device.");
const Vprocess_coding_system_alist = defvar("process-coding-system-alist", NIL,
  `Alist to decide a coding system to use for a process I/O operation.
The format is ((PATTERN . VAL) ...),
where PATTERN is a regular expression matching a program name,
VAL is a coding system, a cons of coding systems, or a function symbol.`);
defvar("temp-file-name-pattern", () => mkStr("emacsXXXXXX"), "Pattern for making names for temporary files.");

// ---------------------------------------------------------------------------------------------
// Helpers.
// ---------------------------------------------------------------------------------------------
/** GNU remove_slash_colon: "/:" quotes a file name against file name handlers. */
function removeSlashColon(name: LString): LString {
  return name.s.startsWith("/:") ? new LString(name.s.slice(2), name.multibyte) : name;
}

/** A JS string for an argv or environment element: C strings stop at the first NUL. */
function cString(s: LString): string {
  let js = s.s;
  const nul = js.indexOf("\0");
  if (nul >= 0) js = js.slice(0, nul);
  // A unibyte string holds bytes: pass them on as the UTF-8 text they most likely are.
  if (!s.multibyte && /[\x80-\xff]/.test(js)) js = NodeBuffer.from(js, "latin1").toString("utf8");
  return js;
}

/**
 * The working directory of the child: default-directory, or "~" when a file name handler says it is
 * remote (GNU get_current_directory). Signals when it is not an accessible directory.
 */
function currentDirectory(): string {
  const curdir = findSymbolValue(Qdefault_directory);
  let dir = funcall(Qunhandled_file_name_directory, curdir);
  if (dir === NIL) dir = mkStr("~");
  const expanded = funcall(Qdirectory_file_name, expandFileName(checkString(dir), NIL)) as LString;
  const name = removeSlashColon(expanded);
  try {
    // GNU file_accessible_directory_p: "DIR/." must be reachable, which needs search permission.
    const p = osPath(name);
    accessSync(typeof p === "string" ? p + "/." : NodeBuffer.concat([p, NodeBuffer.from("/.")]), fsConstants.F_OK);
  } catch (e) {
    reportFileErrno("Setting current directory", errCode(e), curdir);
  }
  return cString(name);
}

/** The environment block of the child (GNU make_environment_block): earlier entries win, "VAR" alone unsets. */
function environmentBlock(cwd: string): Record<string, string> {
  const env: Record<string, string> = Object.create(null);
  const seen = new Set<string>();
  if (egetenv("PWD") !== undefined) {
    // PWD with trailing slashes removed, but "/" and "//" left alone.
    let pwd = cwd;
    while (pwd.length > 2 && pwd.endsWith("/")) pwd = pwd.slice(0, -1);
    env.PWD = pwd;
    seen.add("PWD");
  }
  for (let p = findSymbolValue(Vprocess_environment), n = 0; p instanceof Cons && p.car instanceof LString && n < 1e6; p = p.cdr, n++) {
    const entry = cString(p.car);
    const eq = entry.indexOf("=");
    const name = eq < 0 ? entry : entry.slice(0, eq);
    if (seen.has(name)) continue;
    seen.add(name);
    if (eq > 0) env[name] = entry.slice(eq + 1);
  }
  return env;
}

/** glibc's strsignal texts, which GNU returns for a child killed by a signal. */
const SIGNAL_TEXT: Record<string, string> = {
  SIGHUP: "Hangup", SIGINT: "Interrupt", SIGQUIT: "Quit", SIGILL: "Illegal instruction",
  SIGTRAP: "Trace/breakpoint trap", SIGABRT: "Aborted", SIGBUS: "Bus error", SIGFPE: "Floating point exception",
  SIGKILL: "Killed", SIGUSR1: "User defined signal 1", SIGSEGV: "Segmentation fault", SIGUSR2: "User defined signal 2",
  SIGPIPE: "Broken pipe", SIGALRM: "Alarm clock", SIGTERM: "Terminated", SIGSTKFLT: "Stack fault",
  SIGCHLD: "Child exited", SIGCONT: "Continued", SIGSTOP: "Stopped (signal)", SIGTSTP: "Stopped",
  SIGTTIN: "Stopped (tty input)", SIGTTOU: "Stopped (tty output)", SIGURG: "Urgent I/O condition",
  SIGXCPU: "CPU time limit exceeded", SIGXFSZ: "File size limit exceeded", SIGVTALRM: "Virtual timer expired",
  SIGPROF: "Profiling timer expired", SIGWINCH: "Window changed", SIGIO: "I/O possible", SIGPOLL: "I/O possible",
  SIGPWR: "Power failure", SIGSYS: "Bad system call",
};

/** An unlinked temporary file open for reading and writing: the child's output goes there. */
function openCapture(): number {
  for (let i = 0; ; i++) {
    const name = join(tmpdir(), `tsmacs-callproc-${process.pid}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`);
    try {
      const fd = openSync(name, fsConstants.O_RDWR | fsConstants.O_CREAT | fsConstants.O_EXCL, 0o600);
      try { unlinkSync(name); } catch { /* it goes when closed anyway on most systems; harmless */ }
      return fd;
    } catch (e) {
      if (i > 20) reportFileErrno("Creating process pipe", errCode(e));
    }
  }
}

function readCapture(fd: number): NodeBuffer {
  const size = fstatSync(fd).size;
  const buf = NodeBuffer.allocUnsafe(size);
  let got = 0;
  while (got < size) {
    const n = readSync(fd, buf, got, size - got, got);
    if (n <= 0) break;
    got += n;
  }
  return got === size ? buf : buf.subarray(0, got);
}

/** Opens a Lisp file name for writing output (O_WRONLY|O_CREAT|O_TRUNC, mode 0666 less the umask). */
function openOutput(name: LString, what: string): number {
  try { return openSync(osPath(name), fsConstants.O_WRONLY | fsConstants.O_CREAT | fsConstants.O_TRUNC, 0o666); }
  catch (e) { return reportFileErrno(what, errCode(e), name); }
}

/**
 * The coding system for decoding the output of PROGRAM (GNU: coding-system-for-read, then
 * process-coding-system-alist, then default-process-coding-system).
 */
function readCoding(program: LString, args: LispObject[]): LispObject {
  const forRead = findSymbolValue(Qcoding_system_for_read);
  if (forRead !== NIL) return forRead;
  const fromAlist = alistCoding(program, args);
  if (fromAlist !== null) return fromAlist[0];
  const dflt = findSymbolValue(Qdefault_process_coding_system);
  return dflt instanceof Cons ? dflt.car : NIL;
}

/** The encoding half of the same choice, for arguments and region input. */
function writeCoding(program: LispObject, args: LispObject[]): LispObject {
  const forWrite = findSymbolValue(Qcoding_system_for_write);
  if (forWrite !== NIL) return forWrite;
  const fromAlist = program instanceof LString ? alistCoding(program, args) : null;
  let val: LispObject = fromAlist !== null ? fromAlist[1] : NIL;
  // GNU complement_process_encoding_system: an undecided or missing encoder takes the default's.
  if (val === NIL || val === Qundecided) {
    const dflt = findSymbolValue(Qdefault_process_coding_system);
    val = dflt instanceof Cons && dflt.cdr !== NIL ? dflt.cdr : Qundecided;
  }
  return val;
}

/** process-coding-system-alist's (DECODING . ENCODING) for PROGRAM, or null (GNU find-operation-coding-system). */
function alistCoding(program: LString, args: LispObject[]): [LispObject, LispObject] | null {
  for (let p = findSymbolValue(Vprocess_coding_system_alist), n = 0; p instanceof Cons && n < 100000; p = p.cdr, n++) {
    const elt = p.car;
    if (!(elt instanceof Cons) || !(elt.car instanceof LString)) continue;
    if (funcall(Qstring_match_p, elt.car, program) === NIL) continue;
    let val = elt.cdr;
    if (val instanceof LSymbol && val !== NIL && funcall(Qcoding_system_p, val) === NIL && val.f !== NIL) {
      val = funcall(val, Qcall_process, program, ...args);
    }
    if (val instanceof Cons) return [val.car, val.cdr];
    if (val !== NIL) return [val, val];
    return null;
  }
  return null;
}

/** GNU raw_text_coding_system: raw-text with VAL's end-of-line type. */
function rawTextOf(val: LispObject): LispObject {
  if (val instanceof LSymbol && val.name === "no-conversion" || val === defsym("binary")) return val;
  const eol = funcall(Qcoding_system_eol_type, val);
  return typeof eol === "number" ? funcall(Qcoding_system_change_eol_conversion, Qraw_text, eol) : Qraw_text;
}

/** Inserts the child's output BYTES at point in the current buffer, decoded with coding system VAL. */
function insertOutput(bytes: NodeBuffer, val: LispObject): void {
  const b = curBuf();
  const multibyte = b.multibyte;
  if (!multibyte && val !== NIL) val = rawTextOf(val);
  if (val === NIL) val = Qundecided;
  if (bytes.length === 0) { setInternal(Vlast_coding_system_used, val); return; }
  if (val === Qutf_8_unix && multibyte) {
    // The default coding system: decode directly (raw bytes survive as raw-byte characters).
    insertJs(isUtf8(bytes) ? bytes.toString("utf8") : utf8WithRawBytes(bytes));
    setInternal(Vlast_coding_system_used, val);
    return;
  }
  const decoded = funcall(Qdecode_coding_string, new LString(bytes.toString("latin1"), false), val);
  const used = findSymbolValue(Vlast_coding_system_used);
  insertLString(checkString(decoded));
  setInternal(Vlast_coding_system_used, used);
}

// ---------------------------------------------------------------------------------------------
// call-process.
// ---------------------------------------------------------------------------------------------
/** Where the child's input comes from: a file descriptor, or bytes written to a pipe. */
type Input = { fd: number } | { bytes: NodeBuffer };

/**
 * GNU call_process: runs PROGRAM with INPUT, sending output where DESTINATION says; waits unless the
 * destination is a fixnum. Returns the exit status, a signal description, or nil.
 */
function callProcess(program: LispObject, input: Input, destination: LispObject, args: LispObject[]): LispObject {
  const prog = checkString(program);
  for (const a of args) if (!(a instanceof LString)) wrongType(Qstringp, a);
  let errorFile: LispObject = T;
  let outputFile: LString | null = null;
  let buffer = destination;
  if (buffer instanceof Cons && buffer.car !== QCfile) {
    if (buffer.cdr instanceof Cons) {
      const stderrFile = buffer.cdr.car;
      errorFile = stderrFile === NIL || stderrFile === T ? stderrFile : expandFileName(checkString(stderrFile), NIL);
    }
    buffer = buffer.car;
  }
  if (buffer instanceof Cons && buffer.car === QCfile) {
    let ofile = buffer.cdr;
    if (ofile instanceof Cons) ofile = ofile.car;
    outputFile = expandFileName(checkString(ofile), findSymbolValue(Qdefault_directory));
    buffer = NIL;
  }
  let target: EmacsBuffer | null = null;
  if (!(buffer === NIL || buffer === T || typeof buffer === "number")) {
    target = funcall(Qget_buffer_create, buffer) as EmacsBuffer;
  }
  const cwd = currentDirectory();
  const found = openp(findSymbolValue(Vexec_path), cString(prog), stringList(findSymbolValue(Vexec_suffixes)), 1);
  if (found.name === "") reportFileErrno("Searching for program", found.errno, prog);
  const path = found.name.startsWith("/:") ? found.name.slice(2) : found.name;
  const argv = args.map((a) => cString(a as LString));
  const noWait = typeof buffer === "number";
  const discard = noWait || (buffer === NIL && outputFile === null);
  const fds: number[] = [];
  try {
    let out: number | "ignore";
    if (discard) out = "ignore";
    else if (outputFile !== null) { out = openOutput(removeSlashColon(outputFile), "Opening process output file"); fds.push(out); }
    else { out = openCapture(); fds.push(out); }
    let err: number | "ignore" = out;
    if (errorFile instanceof LString) {
      err = openOutput(removeSlashColon(errorFile), "Cannot redirect stderr");
      fds.push(err);
    } else if (errorFile === NIL) err = "ignore";
    const env = environmentBlock(cwd);
    const stdin = "fd" in input ? input.fd : "pipe";
    if (noWait) {
      // Discard and don't wait: the child runs on its own (GNU records it as a deleted process).
      try {
        const child = childProcess().spawn(path, argv, { cwd, env, stdio: [stdin, out, err], detached: true, argv0: path });
        child.on("error", () => { /* reported through the exit status nobody waits for */ });
        if ("bytes" in input && child.stdin) child.stdin.end(input.bytes);
        child.unref();
      } catch (e) {
        reportFileErrno("Doing vfork", errCode(e));
      }
      return NIL;
    }
    const r = childProcess().spawnSync(path, argv, {
      cwd, env, stdio: [stdin, out, err], argv0: path, input: "bytes" in input ? input.bytes : undefined,
      maxBuffer: Infinity, windowsHide: true,
    });
    if (r.error && r.status === null && r.signal === null) reportFileErrno("Doing vfork", errCode(r.error));
    if (!discard && outputFile === null) {
      const bytes = readCapture(out as number);
      const val = readCoding(prog, args);
      funcall(Qcheck_coding_system, val);
      const prev = curBuf();
      try {
        if (target !== null) funcall(Qset_buffer, target);
        insertOutput(bytes, val);
      } finally {
        if (curBuf() !== prev && prev.live) funcall(Qset_buffer, prev);
      }
    }
    if (r.signal) return mkStr(SIGNAL_TEXT[r.signal] ?? "unknown");
    return r.status ?? mkStr("internal error");
  } finally {
    for (const fd of fds) try { closeSync(fd); } catch { /* already closed */ }
  }
}

function stringList(l: LispObject): string[] {
  const out: string[] = [];
  for (let p = l, n = 0; p instanceof Cons && n < 100000; p = p.cdr, n++) out.push(checkString(p.car).s);
  return out;
}

defun("call-process", "(program &optional infile destination display &rest args)", `Call PROGRAM synchronously in separate process.
The remaining arguments are optional.

The program's input comes from file INFILE (nil means \`null-device').
If INFILE is a relative path, it will be looked for relative to the
directory where the process is run (see below).  If you want to make the
input come from an Emacs buffer, use \`call-process-region' instead.

Third argument DESTINATION specifies how to handle program's output.
If DESTINATION is a buffer, or t that stands for the current buffer,
 it means insert output in that buffer before point.
If DESTINATION is nil, it means discard output; 0 means discard
 and don't wait for the program to terminate.
If DESTINATION is \`(:file FILE)', where FILE is a file name string,
 it means that output should be written to that file (if the file
 already exists it is overwritten).
DESTINATION can also have the form (REAL-BUFFER STDERR-FILE); in that case,
 REAL-BUFFER says what to do with standard output, as above,
 while STDERR-FILE says what to do with standard error in the child.
 STDERR-FILE may be nil (discard standard error output),
 t (mix it with ordinary output), or a file name string.

Fourth arg DISPLAY non-nil means redisplay buffer as output is inserted.
Remaining arguments ARGS are strings passed as command arguments to PROGRAM.

If DESTINATION is 0, \`call-process' returns immediately with value nil.
Otherwise it waits for PROGRAM to terminate
and returns a numeric exit status or a signal description string.`, (program, infile = NIL, destination = NIL, _display, ...args) => {
  // A &rest primitive receives missing optional arguments as undefined.
  let name: LString;
  if (infile !== NIL) {
    const dir = mkStr(currentDirectoryForInfile());
    name = checkString(expandFileName(checkString(infile), dir));
  } else name = mkStr("/dev/null");
  name = removeSlashColon(name);
  let fd: number;
  try { fd = openSync(osPath(name), "r"); }
  catch (e) { return reportFileErrno("Opening process input file", errCode(e), name); }
  try {
    return callProcess(program, { fd }, destination, args);
  } finally {
    try { closeSync(fd); } catch { /* closed */ }
  }
});

/** get_current_directory (false): the directory relative INFILE names are expanded in. */
function currentDirectoryForInfile(): string {
  const curdir = findSymbolValue(Qdefault_directory);
  let dir = funcall(Qunhandled_file_name_directory, curdir);
  if (dir === NIL) dir = mkStr("~");
  const expanded = funcall(Qdirectory_file_name, expandFileName(checkString(dir), NIL)) as LString;
  currentDirectory();
  return expanded.s;
}

defun("call-process-region", "(start end program &optional delete buffer display &rest args)", `Send text from START to END to a synchronous process running PROGRAM.

START and END are normally buffer positions specifying the part of the
buffer to send to the process.
If START is nil, that means to use the entire buffer contents; END is
ignored.
If START is a string, then send that string to the process
instead of any buffer contents; END is ignored.
The remaining arguments are optional.
Delete the text if fourth arg DELETE is non-nil.

Insert output in BUFFER before point; t means current buffer; nil for
 BUFFER means discard it; 0 means discard and don't wait; and \`(:file
 FILE)', where FILE is a file name string, means that it should be
 written to that file (if the file already exists it is overwritten).
BUFFER can also have the form (REAL-BUFFER STDERR-FILE); in that case,
REAL-BUFFER says what to do with standard output, as above,
while STDERR-FILE says what to do with standard error in the child.
STDERR-FILE may be nil (discard standard error output),
t (mix it with ordinary output), or a file name string.

Sixth arg DISPLAY non-nil means redisplay buffer as output is inserted.
Remaining arguments ARGS are passed to PROGRAM at startup as command-line
arguments.

If BUFFER is 0, \`call-process-region' returns immediately with value nil.
Otherwise it waits for PROGRAM to terminate
and returns a numeric exit status or a signal description string.`, (start, end, program, del = NIL, buffer = NIL, _display, ...args) => {
  const b = curBuf();
  let text: LString;
  if (isString(start)) text = start;
  else if (start === NIL) text = wholeBuffer(b);
  else {
    const [s, e] = validateRegion(start, end);
    start = s; end = e;
    text = funcall(Qbuffer_substring_no_properties, s, e) as LString;
  }
  let bytes: NodeBuffer = NodeBuffer.alloc(0);
  if (text.length > 0) {
    // GNU writes the text to a temporary file with coding-system-for-write, or raw-text in a unibyte buffer.
    const forWrite = findSymbolValue(Qcoding_system_for_write);
    const val = forWrite !== NIL ? forWrite : !b.multibyte ? Qraw_text : writeCoding(program, args);
    const enc = funcall(Qencode_coding_string, text, val) as LString;
    bytes = NodeBuffer.from(enc.s, "latin1");
  }
  if (del !== NIL) {
    if (start === NIL) { funcall(Qwiden); funcall(Qdelete_region, 1, curBuf().z); }
    else funcall(Qdelete_region, start, end);
  }
  return callProcess(program, { bytes }, buffer, args);
});

/** The whole text of B, ignoring narrowing (write-region with START nil). */
function wholeBuffer(b: EmacsBuffer): LString {
  return new LString(b.slice(1, b.z), b.multibyte);
}
