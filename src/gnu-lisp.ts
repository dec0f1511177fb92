// `--gnu-lisp`: a world that loads GNU Emacs's own, unmodified Lisp sources from an installed Emacs instead
// of tsmacs's preloaded library (GNU: loadup.el's load sequence and startup.el's load-path set-up).
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, resolve as resolvePath } from "node:path";
import { createEnv } from "./emacs.js";
import { Env, setInternal, E, specbind, unbindTo, findSymbolValue } from "./env.js";
import { funcall } from "./eval.js";
import { Cons, defsym, list, LispObject, LString, mkStr, NIL, T, UNBOUND } from "./lisp.js";
import { readFromString } from "./lread.js";
import { defvar } from "./defun.js";
import { LispSignal } from "./signal.js";
import {
  lexicallyBoundP, readEvalLoop, readSourceFile, Vload_file_name, Vload_in_progress, Vload_path, Vload_true_file_name,
} from "./lread/load.js";

/**
 * GNU's preload sequence (loadup.el), as far as tsmacs can run it. One table, in loadup's order, so that
 * growing towards the whole of loadup.el (and a dump of it) is a matter of adding rows. `bind` gives
 * dynamic bindings loadup.el makes around a load; `twice` marks macroexp, which loadup loads again once
 * pcase exists (its first load is only there to make macroexpansion during bootstrapping available).
 */
export interface PreloadEntry {
  file: string;
  bind?: [string, string][];
  /**
   * Evaluate the file's forms one by one and skip those that fail (recorded in
   * `tsmacs-gnu-lisp-skipped-forms'). Only for loaddefs.el: its autoload table also holds forms for
   * libraries loadup.el preloads and tsmacs cannot yet (simple.el's define-mail-user-agent, say).
   */
  forgiving?: boolean;
}
export const GNU_PRELOAD: PreloadEntry[] = [
  { file: "emacs-lisp/byte-run" },
  { file: "emacs-lisp/backquote" },
  { file: "subr" },
  { file: "version" },
  { file: "widget" },
  { file: "custom" },
  // loadup.el: map-ynp international/mule international/mule-conf env format — not yet.
  { file: "bindings" },
  // loadup.el: window — not yet (windows are a later issue).
  { file: "files" },
  { file: "emacs-lisp/macroexp" },
  // loadup.el: pcase is loaded with eager macroexpansion of its own code turned off, then macroexp again.
  { file: "emacs-lisp/pcase", bind: [["macroexp--pending-eager-loads", "(skip)"]] },
  { file: "emacs-lisp/macroexp" },
  { file: "cus-face" },
  { file: "faces" },
  { file: "loaddefs", forgiving: true },
  { file: "button" },
  { file: "emacs-lisp/nadvice" },
  { file: "emacs-lisp/cl-preloaded" },
  { file: "obarray" },
  { file: "abbrev" },
  { file: "simple" },
  { file: "help" },
  // loadup.el: jka-cmpr-hook epa-hook mule-cmds case-table characters composite language/* — not yet.
  { file: "indent" },
  { file: "emacs-lisp/cl-generic" },
  { file: "minibuffer" },
  { file: "frame" },
  { file: "startup" },
  // loadup.el: term/tty-colors — not yet.
  { file: "font-core" },
  { file: "emacs-lisp/syntax" },
  { file: "font-lock" },
  // loadup.el: jit-lock mouse select — not yet.
  { file: "emacs-lisp/timer" },
  { file: "emacs-lisp/easymenu" },
  { file: "isearch" },
  // loadup.el: rfn-eshadow menu-bar tab-bar — not yet.
  { file: "emacs-lisp/lisp" },
  { file: "textmodes/page" },
  { file: "register" },
  { file: "textmodes/paragraphs" },
  { file: "progmodes/prog-mode" },
  { file: "emacs-lisp/lisp-mode" },
  { file: "textmodes/text-mode" },
  // loadup.el: textmodes/fill — not yet (filling needs charset-after; define-minor-mode fills its
  // docstrings whenever fill-region exists).
  { file: "newcomment" },
  { file: "replace" },
  // loadup.el: emacs-lisp/tabulated-list buff-menu, the window-system files — not yet.
  { file: "progmodes/elisp-mode" },
  // loadup.el: emacs-lisp/float-sup vc/vc-hooks vc/ediff-hook uniquify electric paren emacs-lisp/shorthands
  // emacs-lisp/eldoc emacs-lisp/cconv tooltip — not yet.
];

/**
 * GNU libraries that are not preloaded but that `--gnu-lisp` is expected to `require` unmodified (the
 * milestone of issue #4); test/gnu-lisp.test.ts loads each of them.
 */
export const GNU_MILESTONE_LIBRARIES = [
  "subr-x", "cconv", "gv", "cl-lib", "cl-macs", "cl-seq", "cl-extra", "seq", "map", "rx", "ring",
];

/**
 * The installed GNU Lisp tree to use: DIR when given, else /usr/share/emacs/VERSION/lisp for the version
 * tsmacs follows (28.2) or, failing that, the newest installed version that has subr.el sources.
 */
export function findGnuLispDir(dir?: string): string | null {
  const hasSources = (d: string): boolean => existsSync(join(d, "subr.el")) || existsSync(join(d, "subr.el.gz"));
  if (dir !== undefined && dir !== "") {
    const d = resolvePath(dir);
    if (hasSources(d)) return d;
    if (hasSources(join(d, "lisp"))) return join(d, "lisp");
    return null;
  }
  const base = "/usr/share/emacs";
  const preferred = join(base, "28.2", "lisp");
  if (hasSources(preferred)) return preferred;
  let versions: string[] = [];
  try { versions = readdirSync(base).filter((v) => /^\d+(\.\d+)*$/.test(v)); } catch { return null; }
  versions.sort((a, b) => compareVersions(b, a));
  for (const v of versions) if (hasSources(join(base, v, "lisp"))) return join(base, v, "lisp");
  return null;
}

function compareVersions(a: string, b: string): number {
  const x = a.split(".").map(Number), y = b.split(".").map(Number);
  for (let i = 0; i < Math.max(x.length, y.length); i++) if ((x[i] ?? 0) !== (y[i] ?? 0)) return (x[i] ?? 0) - (y[i] ?? 0);
  return 0;
}

/**
 * GNU's load-path for an installed tree: DIR, then the subdirectories its subdirs.el names (recursively,
 * as normal-top-level-add-subdirs-to-load-path does), in that order.
 */
export function gnuLoadPath(dir: string): string[] {
  const out: string[] = [];
  const add = (d: string, depth: number): void => {
    out.push(d);
    if (depth > 4) return;
    for (const sub of subdirsOf(d)) {
      const full = join(d, sub);
      try { if (statSync(full).isDirectory()) add(full, depth + 1); } catch { /* listed but absent */ }
    }
  };
  add(dir, 0);
  return out;
}

/** The directory names listed in D/subdirs.el's normal-top-level-add-to-load-path call. */
function subdirsOf(d: string): string[] {
  let text: string;
  try { text = readFileSync(join(d, "subdirs.el"), "utf8"); } catch { return []; }
  const m = /\(normal-top-level-add-to-load-path\s+'\(([^)]*)\)/.exec(text);
  if (!m) return [];
  return [...m[1].matchAll(/"([^"]+)"/g)].map((x) => x[1]);
}

/**
 * What GNU's startup.el `command-line' does at every start before the command line is processed, as far as
 * the preloaded files need it: options declared with `custom-initialize-delay' get their values now.
 */
function startupInit(): void {
  const delayed = defsym("custom-delayed-init-variables");
  const vars = findSymbolValue(delayed);
  if (vars === UNBOUND || !(vars instanceof Cons || vars === NIL)) return;
  const items: LispObject[] = [];
  for (let l: LispObject = vars; l instanceof Cons; l = l.cdr) items.push(l.car);
  // In the order they were loaded, in case they depend on each other. Some need what tsmacs lacks yet
  // (blink-cursor-mode wants a window to show the cursor in): those keep their load-time values.
  for (const v of items.reverse()) {
    const count = E.sp, depth = E.depth, hn = E.hn;
    try { funcall(defsym("custom-reevaluate-setting"), v); } catch (e) {
      if (!(e instanceof LispSignal)) throw e;
      unbindTo(count); E.depth = depth; E.hn = hn;
    }
  }
  setInternal(delayed, T);
}

/** Loads one row of GNU_PRELOAD as loadup.el does. */
function loadPreloadEntry(entry: PreloadEntry, verbose: boolean): void {
  const count = E.sp;
  try {
    for (const [v, val] of entry.bind ?? []) specbind(defsym(v), readFromString(val));
    if (!entry.forgiving) {
      funcall(defsym("load"), mkStr(entry.file), NIL, verbose ? NIL : T);
      return;
    }
    const found = funcall(defsym("locate-file-internal"), mkStr(entry.file), findSymbolValue(Vload_path),
      funcall(defsym("get-load-suffixes")));
    if (!(found instanceof LString)) throw new LispSignal(defsym("file-missing"), list(mkStr("Cannot open load file"), mkStr(entry.file)));
    const text = readSourceFile(found.s);
    specbind(Vload_file_name, found);
    specbind(Vload_true_file_name, found);
    specbind(Vload_in_progress, T);
    let skipped = findSymbolValue(Vskipped);
    readEvalLoop(text, found, lexicallyBoundP(text), (form) => {
      skipped = new Cons(form, skipped === UNBOUND ? NIL : skipped);
    });
    unbindTo(count);
    setInternal(Vskipped, skipped);
  } finally {
    unbindTo(count);
  }
}

const Vskipped = defvar("tsmacs-gnu-lisp-skipped-forms", NIL,
  "Forms of GNU's loaddefs.el that `--gnu-lisp' could not evaluate (they need libraries not preloaded yet).");

/** tsmacs primitives that GNU defines in Lisp in a preloaded file, and whose early presence changes loading. */
const GNU_LISP_DEFINED = ["internal-macroexpand-for-load", "macroexpand-all", "macroexpand-1"];

export interface GnuLispOptions {
  /** Stop after the preload sequence's first N entries (debugging). */
  limit?: number;
  /** Building the start-up snapshot: leave the per-start initialisation to `startGnuLispWorld'. */
  forSnapshot?: boolean;
}

/**
 * Builds a bare world (primitives only) and loads GNU's preload sequence from DIR into it. load-path is
 * set as GNU's startup sets it; `.elc` files are never loaded (there is no byte-code interpreter yet),
 * `.el.gz` files are decompressed by `load` itself.
 */
export function createGnuLispEnv(dir: string, opts: GnuLispOptions = {}): Env {
  const env = createEnv({ preload: false });
  E.ext.gnuLisp = { dir, stamp: gnuTreeStamp(dir), complete: false };
  // tsmacs implements macroexp.el's expanders natively; GNU has none of them until macroexp.el is loaded,
  // and `load' must not expand eagerly before then (backquote.el's functions use `unless', which subr.el
  // defines later).
  for (const name of GNU_LISP_DEFINED) E.intern(name).setFunction(NIL);
  // GNU's loadup runs in batch mode (temacs -batch), and some files look.
  setInternal(defsym("noninteractive"), defsym("t"));
  setInternal(defsym("load-path"), list(...gnuLoadPath(dir).map((d) => mkStr(d))));
  setInternal(defsym("source-directory"), mkStr(dir.replace(/lisp\/?$/, "")));
  // TSMACS_GNU_LISP_LIMIT=N stops after the first N files (for finding what breaks a later one).
  const limit = opts.limit ?? (process.env.TSMACS_GNU_LISP_LIMIT ? Number(process.env.TSMACS_GNU_LISP_LIMIT) : undefined);
  const entries = limit === undefined ? GNU_PRELOAD : GNU_PRELOAD.slice(0, limit);
  const verbose = process.env.TSMACS_GNU_LISP_VERBOSE !== undefined && process.env.TSMACS_GNU_LISP_VERBOSE !== "";
  const count = E.sp;
  try {
    // Bootstrapping from sources (no .elc) makes GNU's macroexp report "Eager macro-expansion failure"
    // for the forms loaded before pcase exists; GNU's own dump never shows them, so neither do we.
    if (!verbose) specbind(defsym("inhibit-message"), T);
    for (const entry of entries) loadPreloadEntry(entry, verbose);
    if (limit === undefined && !opts.forSnapshot) startupInit();
    E.ext.gnuLisp.complete = limit === undefined;
  } finally {
    unbindTo(count);
  }
  return env;
}

/**
 * What identifies the GNU tree a world was built from: the directory and the size and time of the files
 * that change with every GNU release or package update.
 */
export function gnuTreeStamp(dir: string): string {
  const parts = [dir];
  for (const f of ["subr.el.gz", "subr.el", "loaddefs.el"]) {
    try { const st = statSync(join(dir, f)); parts.push(`${f}:${st.size}:${Math.floor(st.mtimeMs)}`); } catch { /* absent */ }
  }
  return parts.join("|");
}

/** Whether ENV (restored from the --gnu-lisp start-up snapshot) was built from DIR as it is now. */
export function isGnuWorldFor(env: Env, dir: string): boolean {
  const st = env.ext.gnuLisp as { dir: string; stamp: string; complete: boolean } | undefined;
  // A world cut short by TSMACS_GNU_LISP_LIMIT is never reused.
  return st !== undefined && st.complete && st.dir === dir && st.stamp === gnuTreeStamp(dir);
}

/**
 * Makes a --gnu-lisp world restored from the start-up snapshot fit this process (after reinitForStart):
 * GNU's load-path again, and startup.el's per-start initialisation.
 */
export function startGnuLispWorld(dir: string): void {
  setInternal(defsym("noninteractive"), T);
  setInternal(defsym("load-path"), list(...gnuLoadPath(dir).map((d) => mkStr(d))));
  const count = E.sp;
  try {
    specbind(defsym("inhibit-message"), T);
    startupInit();
  } finally {
    unbindTo(count);
  }
}
