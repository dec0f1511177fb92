// Start-up: building a Lisp world, the preloaded library, and the command line (GNU: emacs.c, and the batch
// parts of startup.el's command-line / command-line-1).
import "./all.js";
import { readFileSync, statSync } from "node:fs";
import { dirname, join, resolve as resolvePath } from "node:path";
import { fileURLToPath } from "node:url";
import { Env, enterEnv, E, setInternal, unbindTo, localize } from "./env.js";
import { subrRegistry, varRegistry, defun, defvar, startHooks } from "./defun.js";
import {
  arrayToList, Cons, LispObject, LSymbol, LString, mkStr, NIL, T, list, Redirect, Trapped, defsym, UNBOUND, Subr, ByteCode,
} from "./lisp.js";
import { STANDARD_ERRORS, Qerror_conditions, Qerror_message, KillEmacs, LispSignal, LispThrow } from "./signal.js";
import { putProp, toSignal } from "./compile/runtime.js";
import { evalForm, funcall, backtraceFrames, Vbacktrace_on_error_noninteractive } from "./eval.js";
import { lispDir } from "./paths.js";
import { readAll } from "./lread.js";
import { readEvalLoop } from "./lread/load.js";
import { searchLispDefinitions } from "./search.js";
import { prin1ToString } from "./print.js";
import { createGnuLispEnv, findGnuLispDir, isGnuWorldFor, startGnuLispWorld } from "./gnu-lisp.js";
import { invocationDirectory } from "./callproc.js";

export const TSMACS_VERSION = "0.1.0";

export interface CreateEnvOptions {
  /** Load the project's preloaded Lisp library (lisp/*.el). Default true. */
  preload?: boolean;
}

const Vnoninteractive = defvar("noninteractive", NIL, "Non-nil means Emacs is running without interactive terminal.");
const Vcommand_line_args = defvar("command-line-args", NIL, "Args passed by shell to Emacs, as a list of strings.");
const Vcommand_line_args_left = defvar("command-line-args-left", NIL, "List of command-line args not yet processed.");
defvar("emacs-version", () => mkStr("28.2"), "Version numbers of this version of Emacs (the GNU release tsmacs follows).");
defvar("emacs-major-version", 28, "Major version number of this version of Emacs.");
defvar("emacs-minor-version", 2, "Minor version number of this version of Emacs.");
defvar("emacs-build-number", 1, "The build number of this version of Emacs.");
defvar("tsmacs-version", () => mkStr(TSMACS_VERSION), "Version of tsmacs itself.");
defvar("system-type", defsym("gnu/linux"), "The value is a symbol indicating the type of operating system you are using.");
defvar("system-configuration", () => mkStr(`${process.arch}-pc-linux-gnu`), "Value is string indicating configuration Emacs was built for.");
defvar("invocation-name", () => mkStr("tsmacs"), "The program name that was used to run Emacs.");
defvar("invocation-directory", () => mkStr(invocationDirectory()), "The directory in which the Emacs executable was found.", { perStart: true });
defvar("window-system", NIL, "Name of window system through which the selected frame is displayed.");
defvar("initial-window-system", NIL, "Name of the window system that Emacs uses for the first frame.");
const Vkill_emacs_hook = defvar("kill-emacs-hook", NIL, "Hook run when `kill-emacs' is called.");
defvar("command-line-processed", NIL, "Non-nil once command line has been processed.");
const Vfiles_to_visit = defvar("tsmacs--files-to-visit", NIL, "File arguments of the command line, visited once buffers exist.");

defun("kill-emacs", "(&optional arg restart)", "Exit the Emacs job and kill it.", (arg) => {
  // kill-emacs-hook runs first; an error in it does not stop the exit in batch mode.
  try { funcall(defsym("run-hooks"), Vkill_emacs_hook); } catch { /* GNU ignores errors here too */ }
  throw new KillEmacs(typeof arg === "number" ? arg & 0xff : arg instanceof LString ? arg.s : 0);
});

export { lispDir } from "./paths.js";

/** Files of the preloaded library, in load order (GNU: the part of loadup.el we implement ourselves). */
export const PRELOAD = ["byte-run.el", "subr.el", "loaddefs.el", "mule-util.el", "float-sup.el", "macroexp.el", "gv.el", "pcase.el", "subr-x.el", "subr-edit.el", "subr-misc.el", "cl-lib.el", "cl-macs.el", "cl-macs-local.el", "cl-loop.el", "cl-seq.el", "cl-extra.el", "cl-struct.el", "cl-generic.el", "seq.el", "window.el", "files.el", "files-modes.el", "files-cmds.el", "simple.el", "simple-undo.el", "simple-edit.el", "replace.el", "paragraphs.el", "callproc.el", "case-table.el", "nadvice.el", "ring.el", "custom.el", "faces.el", "font-lock.el", "button.el", "derived.el", "abbrev.el", "simple-more.el", "electric.el", "syntax.el", "prog-mode.el", "indent.el", "lisp-mode.el", "elisp-mode.el", "text-mode.el"];

/** Builds a fresh Lisp world and makes it current. */
export function createEnv(opts: CreateEnvOptions = {}): Env {
  const env = new Env();
  enterEnv(env);
  for (const subr of subrRegistry) env.intern(subr.name).setFunction(subr);
  for (const v of varRegistry) {
    const sym = v.sym;
    sym.special = v.notSpecial !== true;
    if (v.forward) { sym.r = Redirect.Forwarded; sym.x = v.forward(env); }
    else sym.v = typeof v.init === "function" ? v.init() : v.init;
    if (v.constant) sym.trapped = Trapped.NoWrite;
    // DEFVAR_PER_BUFFER-like variables declared with `local': automatically buffer-local when set.
    if (v.local && !v.forward) localize(sym, true);
    if (v.doc) putProp(sym, env.intern("variable-documentation"), mkStr(v.doc));
  }
  for (const [name, msg, ...parents] of STANDARD_ERRORS) {
    const sym = env.intern(name);
    putProp(sym, Qerror_conditions, arrayToList([sym, ...parents.map((p) => env.intern(p))]));
    putProp(sym, Qerror_message, mkStr(msg));
  }
  const jsErr = env.intern("js-error");
  putProp(jsErr, Qerror_conditions, list(jsErr, env.intern("error")));
  putProp(jsErr, Qerror_message, mkStr("JavaScript error"));
  if (opts.preload !== false) {
    const dir = lispDir();
    for (const f of PRELOAD) {
      // As `load' reads files (GNU loadup): recorded in load-history, so symbol-file and find-function work.
      readEvalLoop(readFileSync(join(dir, f), "utf8"), mkStr(join(dir, f)), true);
      // search.ts keeps its Lisp-level definitions (save-match-data) beside its primitives.
      if (f === "byte-run.el") loadLispSource(searchLispDefinitions());
    }
    initialMajorMode();
    // Off by default: functions of these files are used at run time by the preloaded library (set-auto-mode
    // calls cl-some, say), and loading a file from source then costs 50-250 ms at its first use, far more
    // than the 10 ms the smaller snapshot saves at start. Measured 2026-11-22; worth it once loading is fast.
    if (process.env.TSMACS_AUTOLOAD_AFTER_PRELOAD) autoloadInsteadOfPreloaded(dir);
  }
  return env;
}

/**
 * Preloaded files that GNU does not preload (it autoloads them, or leaves them to `require'): loaded only
 * because later preloaded files use them while loading. Once the library is loaded, every function they
 * define becomes an autoload of its file again and their features are dropped (`featurep' is nil, as in
 * GNU), so that their definitions are not in the start-up snapshot (a smaller heap to deserialise at every
 * start). Their variables and properties stay; calling any of their functions, or `require', loads the file.
 */
export const AUTOLOAD_AFTER_PRELOAD = ["cl-lib.el", "cl-macs.el", "cl-macs-local.el", "cl-loop.el", "cl-seq.el", "cl-extra.el", "cl-struct.el", "seq.el", "ring.el", "pcase.el", "gv.el", "derived.el", "easy-mmode.el", "mule-util.el"];

function autoloadInsteadOfPreloaded(dir: string): void {
  const Vload_history = defsym("load-history"), Vfeatures = defsym("features");
  const Qdefun = defsym("defun"), Qprovide = defsym("provide"), Qmacro = defsym("macro"), Qautoload = defsym("autoload");
  const files = new Map(AUTOLOAD_AFTER_PRELOAD.map((f) => [join(dir, f), f.replace(/\.el$/, "")]));
  const dropped: LispObject[] = [];
  // A function also defined by a file that stays preloaded (gv.el's `push' and `pop' replace subr.el's)
  // keeps its definition: it is needed anyway, and loading the file again for it would cost a start.
  const alsoKept = new Set<LSymbol>();
  for (let h = Vload_history.v; h instanceof Cons; h = h.cdr) {
    const entry = h.car;
    if (!(entry instanceof Cons) || (entry.car instanceof LString && files.has(entry.car.s))) continue;
    for (let p = entry.cdr; p instanceof Cons; p = p.cdr)
      if (p.car instanceof Cons && p.car.car === Qdefun && p.car.cdr instanceof LSymbol) alsoKept.add(p.car.cdr);
  }
  let kept: LispObject = NIL, last: Cons | null = null;
  for (let h = Vload_history.v; h instanceof Cons; h = h.cdr) {
    const entry = h.car;
    const name = entry instanceof Cons && entry.car instanceof LString ? files.get(entry.car.s) : undefined;
    if (name === undefined) {
      const c = new Cons(entry, NIL);
      if (last === null) kept = c; else last.cdr = c;
      last = c;
      continue;
    }
    for (let p = (entry as Cons).cdr; p instanceof Cons; p = p.cdr) {
      const item = p.car;
      if (!(item instanceof Cons)) continue;
      if (item.car === Qprovide) dropped.push(item.cdr);
      if (item.car !== Qdefun || !(item.cdr instanceof LSymbol)) continue;
      const sym = item.cdr, def = sym.f;
      if (alsoKept.has(sym)) continue;
      // Aliases and autoloads stay as they are (cheap, and an alias may point into another file).
      if (!(def instanceof Cons) || def.car === Qautoload) continue;
      const macro = def.car === Qmacro;
      let doc: LispObject = NIL;
      try { doc = funcall(defsym("documentation"), sym, T); } catch { doc = NIL; }
      const interactive = !macro && funcall(defsym("commandp"), def) !== NIL ? T : NIL;
      sym.setFunction(list(Qautoload, mkStr(name), doc, interactive, macro ? Qmacro : NIL));
    }
  }
  Vload_history.v = kept;
  let feats: LispObject = NIL, flast: Cons | null = null;
  for (let f = Vfeatures.v; f instanceof Cons; f = f.cdr) {
    if (dropped.includes(f.car)) continue;
    const c = new Cons(f.car, NIL);
    if (flast === null) feats = c; else flast.cdr = c;
    flast = c;
  }
  Vfeatures.v = feats;
}

/** GNU's command-line puts *scratch* in `initial-major-mode' (so, among others, `lexical-binding' is t there
 * and in --eval). Done once when the library is loaded, so the start-up snapshot already holds it. */
function initialMajorMode(): void {
  const mode = defsym("initial-major-mode").v;
  const scratch = funcall(defsym("get-buffer"), mkStr("*scratch*"));
  if (!(mode instanceof LSymbol) || mode.f === NIL || scratch === NIL) return;
  const prev = funcall(defsym("current-buffer"));
  funcall(defsym("set-buffer"), scratch);
  try {
    funcall(mode);
  } finally { funcall(defsym("set-buffer"), prev); }
}

/**
 * Makes a world restored from the start-up snapshot fit this process: recomputes per-start variables and
 * runs the start hooks (GNU: the init_* calls that run after loading a dump).
 */
export function reinitForStart(env: Env): void {
  enterEnv(env);
  for (const v of varRegistry) {
    if (v.perStart && typeof v.init === "function") setInternal(v.sym, v.init());
  }
  for (const h of startHooks) h(env);
}

/** Evaluates every form of a lexical-binding source text (used for the preloaded library). */
export function loadLispSource(src: string): void {
  for (const form of readAll(src)) evalForm(form, T);
}

// ---------------------------------------------------------------------------------------------
// The command line
// ---------------------------------------------------------------------------------------------
const HELP = `Usage: tsmacs [OPTION-OR-FILENAME]...

Run tsmacs, an Emacs written in TypeScript (GNU Emacs 28.2 Lisp semantics).

--batch, -batch             do not do interactive display; implies -q
--script FILE, -script FILE run FILE as an Emacs Lisp script
-Q, --quick                 do not load init files
-q, --no-init-file          do not load ~/.emacs
--no-site-file              do not load site-start.el (accepted, no effect)
-L DIR, --directory DIR     prepend DIR to load-path (with :DIR, append DIR)
-l FILE, --load FILE        load Emacs Lisp FILE using the load function
--eval EXPR, -eval EXPR     evaluate Emacs Lisp expression EXPR
-f FUNC, --funcall FUNC     call Emacs Lisp function FUNC with no arguments
--gnu-lisp[=DIR]            load GNU Emacs's own Lisp sources from DIR (default: the
                              installed /usr/share/emacs/VERSION/lisp) instead of
                              tsmacs's preloaded library
--version                   display version information and exit
--help                      display this help and exit
`;

export interface RunResult { code: number }

/** Runs tsmacs with ARGV (without node and script); returns the exit code. */
export function main(argv: string[]): number {
  if (argv.includes("--version") || argv.includes("-version")) {
    process.stdout.write(`tsmacs ${TSMACS_VERSION} (GNU Emacs 28.2 compatible)\n`);
    return 0;
  }
  if (argv.includes("--help") || argv.includes("-help")) { process.stdout.write(HELP); return 0; }
  let env: Env;
  try {
    env = gnuLispArg(argv) !== undefined ? createEnv({ preload: false }) : createEnv();
  } catch (e) {
    process.stderr.write(`tsmacs: failed to start: ${describeThrown(e)}\n`);
    return 255;
  }
  return mainWithEnv(argv, env);
}

/** Runs the command line in an already created world (fresh, or restored from the start-up snapshot). */
export function mainWithEnv(argv: string[], env: Env): number {
  if (argv.includes("--version") || argv.includes("-version")) {
    process.stdout.write(`tsmacs ${TSMACS_VERSION} (GNU Emacs 28.2 compatible)\n`);
    return 0;
  }
  if (argv.includes("--help") || argv.includes("-help")) { process.stdout.write(HELP); return 0; }
  const batch = argv.some((a) => a === "--batch" || a === "-batch" || a === "--script" || a === "-script" || a.startsWith("--script="));
  if (!batch) {
    process.stderr.write("tsmacs: the terminal UI is not built yet; run with --batch (see --help)\n");
    return 1;
  }
  const gnuDir = gnuLispArg(argv);
  if (gnuDir !== undefined) {
    // --gnu-lisp: a bare world with GNU's own preload sequence instead of the preloaded one (from the
    // snapshot or not), made before anything else on the command line runs.
    const dir = findGnuLispDir(gnuDir);
    if (dir === null) {
      process.stderr.write(`tsmacs: --gnu-lisp: no GNU Emacs Lisp sources (subr.el or subr.el.gz) in ${gnuDir || "/usr/share/emacs/*/lisp"}\n`);
      return 1;
    }
    try {
      // A world restored from the --gnu-lisp start-up snapshot (tsmacs's dump of GNU's preload) is used
      // when it was built from this tree; otherwise the preload runs now.
      if (isGnuWorldFor(env, dir)) { enterEnv(env); startGnuLispWorld(dir); } else env = createGnuLispEnv(dir);
    } catch (e) {
      return handleTopLevelExit(e); // reported from the new world, where the failing load ran
    }
  }
  enterEnv(env);
  Vnoninteractive.v = T;
  Vcommand_line_args.v = arrayToList(["tsmacs", ...argv].map((a) => mkStr(a)));
  try {
    commandLine(argv);
    runKillHook();
    return 0;
  } catch (e) {
    return handleTopLevelExit(e);
  } finally {
    flushOutput();
  }
}

function runKillHook(): void {
  try { funcall(defsym("run-hooks"), Vkill_emacs_hook); } catch { /* ignored, as in GNU */ }
}

function handleTopLevelExit(e: unknown): number {
  // GNU decides while the error is being signalled, inside the failed form's dynamic bindings (the signal
  // hook in eval.ts records that decision).
  const withBacktrace = (E.ext.lastSignalBacktrace as boolean | undefined) ?? Vbacktrace_on_error_noninteractive.v !== NIL;
  // Unwind everything first: GNU reports a top-level error after leaving the failed form's extent.
  unbindTo(0); E.depth = 0; E.hn = 0;
  if (e instanceof KillEmacs) return typeof e.code === "number" ? e.code : 0;
  const s = toSignal(e);
  if (s instanceof LispSignal) {
    reportBatchError(s, withBacktrace);
    return 255;
  }
  if (s instanceof LispThrow) {
    E.stderr.write(`No catch for tag: ${prin1ToString(s.tag)}, ${prin1ToString(s.value)}\n`);
    return 255;
  }
  E.stderr.write(`tsmacs: internal error: ${describeThrown(e)}\n`);
  return 255;
}

/** GNU 28 batch mode prints a backtrace for uncaught errors unless backtrace-on-error-noninteractive is nil. */
function reportBatchError(s: LispSignal, withBacktrace: boolean): void {
  const err = new Cons(s.sym, s.data);
  if (withBacktrace) {
    let out = `\nDebugger entered--Lisp error: ${prin1ToString(err)}\n`;
    const frames = (E.ext.lastSignalFrames ?? []) as [LispObject, LispObject[] | undefined][];
    for (const [f, args] of frames) {
      // Unrecorded arguments are known when the function takes none.
      const known = args ?? (takesNoArguments(f) ? [] : undefined);
      out += known ? `  ${prin1ToString(f)}(${known.map((a) => prin1ToString(a)).join(" ")})\n` : `  ${prin1ToString(f)}(...)\n`;
    }
    // The frames of startup.el that run the command line in GNU.
    const left = (E.ext.commandLine1Args ?? []) as string[];
    out += `  command-line-1(${prin1ToString(arrayToList(left.map((a) => mkStr(a))))})\n  command-line()\n  normal-top-level()\n`;
    E.stderr.write(out + "\n");
    return;
  }
  E.stderr.write(errorMessageString(err) + "\n");
}

/**
 * Whether function F (a symbol or function object) accepts no arguments at all. Worked out from the
 * definition itself, without calling Lisp: an error report must not load autoloads or signal.
 */
function takesNoArguments(f: LispObject): boolean {
  for (let i = 0; f instanceof LSymbol && f !== NIL && i < 100; i++) f = f.f;
  if (f instanceof Subr) return f.maxArgs === 0;
  if (f instanceof ByteCode) return f.slots[0] === NIL || f.slots[0] === 0;
  if (f instanceof Cons) {
    // (lambda ARGS . BODY) or (closure ENV ARGS . BODY)
    const rest = f.car === defsym("closure") && f.cdr instanceof Cons ? f.cdr.cdr : f.car === defsym("lambda") ? f.cdr : undefined;
    return rest instanceof Cons && rest.car === NIL;
  }
  return false;
}

export function errorMessageString(err: LispObject): string {
  try {
    const s = funcall(defsym("error-message-string"), err);
    return s instanceof LString ? s.s : prin1ToString(err);
  } catch {
    return prin1ToString(err);
  }
}

function describeThrown(e: unknown): string {
  if (e instanceof LispSignal) return prin1ToString(new Cons(e.sym, e.data));
  return e instanceof Error ? (e.stack ?? e.message) : String(e);
}

function flushOutput(): void { /* stdout/stderr writes are synchronous for files and pipes in Node */ }

function popArg(): string | undefined {
  const left = Vcommand_line_args_left.v;
  if (!(left instanceof Cons)) return undefined;
  Vcommand_line_args_left.v = left.cdr;
  return left.car instanceof LString ? left.car.s : undefined;
}

/** Processes the arguments in order, as startup.el's command-line-1 does in batch mode. */
function commandLine(argv: string[]): void {
  Vcommand_line_args_left.v = arrayToList(argv.map((a) => mkStr(a)));
  // What GNU's command-line passes on to command-line-1: the arguments without the start-up switches.
  E.ext.commandLine1Args = argv.filter((a) => !/^(--?batch|-Q|--quick|-q|--no-init-file|--?no-site-file|--no-splash|-nw|--no-window-system)$/.test(a));
  const loadPath = E.intern("load-path");
  for (;;) {
    const arg = popArg();
    if (arg === undefined) return;
    let [flag, inline] = arg.startsWith("--") && arg.includes("=") ? [arg.slice(0, arg.indexOf("=")), arg.slice(arg.indexOf("=") + 1)] : [arg, undefined];
    const value = (): string => {
      if (inline !== undefined) return inline;
      const v = popArg();
      if (v === undefined) throw new LispSignal(defsym("error"), list(mkStr(`Option \`${flag}' requires an argument`)));
      return v;
    };
    switch (flag) {
      case "--batch": case "-batch": case "-Q": case "--quick": case "-q": case "--no-init-file":
      case "--no-site-file": case "--no-splash": case "-nw": case "--no-window-system": case "-no-site-file":
      case "--gnu-lisp": // handled before the command line runs (mainWithEnv)
        break;
      case "-L": case "--directory": {
        const dir = value();
        const cur = loadPath.v === UNBOUND ? NIL : loadPath.v;
        if (dir.startsWith(":")) setInternal(loadPath, appendList(cur, list(mkStr(resolvePath(dir.slice(1))))));
        else setInternal(loadPath, new Cons(mkStr(resolvePath(dir)), cur));
        break;
      }
      case "-l": case "--load": case "-load": {
        const file = value();
        // GNU's command-line-1 prefers FILE relative to the current directory only if it is a regular
        // file; otherwise `load' searches load-path.
        const abs = isRegularFile(file) ? resolvePath(file) : file;
        withBacktraceCapture(() => funcall(defsym("load"), mkStr(abs), NIL, T));
        break;
      }
      case "--eval": case "-eval": case "--execute": case "-execute": {
        const src = value();
        withBacktraceCapture(() => {
          const forms = readAll(src);
          if (forms.length === 0) throw new LispSignal(defsym("end-of-file"), NIL);
          if (forms.length > 1) throw new LispSignal(defsym("error"), list(mkStr(`Trailing garbage following expression: ${src}`)));
          evalForm(forms[0], T);
        });
        break;
      }
      case "-f": case "--funcall": case "-funcall": {
        const name = value();
        withBacktraceCapture(() => funcall(E.intern(name)));
        break;
      }
      case "--script": case "-script": {
        const file = value();
        withBacktraceCapture(() => funcall(defsym("load"), mkStr(resolvePath(file)), NIL, T, T));
        break;
      }
      default:
        if (arg.startsWith("-")) throw new LispSignal(defsym("error"), list(mkStr(`Unknown option \`${arg}'`)));
        // A file argument. GNU visits it in a buffer, which has no visible effect in batch mode unless
        // Lisp looks; visiting arrives with buffers, until then the names are kept in `tsmacs--files-to-visit'.
        setInternal(Vfiles_to_visit, appendList(Vfiles_to_visit.v, list(mkStr(resolvePath(arg)))));
    }
  }
}

/** The DIR of `--gnu-lisp[=DIR]` ("" without one), or undefined when the flag is absent. */
function gnuLispArg(argv: string[]): string | undefined {
  let dir: string | undefined;
  for (const a of argv) {
    if (a === "--gnu-lisp") dir = "";
    else if (a.startsWith("--gnu-lisp=")) dir = a.slice("--gnu-lisp=".length);
  }
  return dir;
}

function isRegularFile(file: string): boolean {
  try { return statSync(file).isFile(); } catch { return false; }
}

function appendList(a: LispObject, b: LispObject): LispObject {
  const items: LispObject[] = [];
  for (let l = a; l instanceof Cons; l = l.cdr) items.push(l.car);
  return arrayToList(items, b);
}

/**
 * Runs F. Frames record their arguments only while `debug-on-error' is set (recording costs an array per
 * call), so a batch error report shows arguments then, and `...' otherwise.
 */
function withBacktraceCapture(f: () => unknown): void {
  f();
}
void LSymbol; void Qerror_message;
