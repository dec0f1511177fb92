// Compiling files: byte-compile-file, byte-recompile-file/-directory, batch-byte-compile (GNU: bytecomp.el's
// file compiler). tsmacs has no byte code: a compiled file (.elc) holds GNU's .elc header and the file's
// forms processed as GNU's compiler processes top-level forms, fully macroexpanded and printed readably,
// so that tsmacs and GNU Emacs can both load it. These are primitives, as `byte-compile' is, so that GNU's
// own Lisp (--gnu-lisp) uses them rather than autoloading GNU's bytecomp.el, whose byte code tsmacs's VM
// does not fully run.
import { existsSync, renameSync, statSync, unlinkSync, writeFileSync } from "node:fs";
import { defun, defvar } from "../defun.js";
import { E, findSymbolValue, setInternal, specbind, unbindTo } from "../env.js";
import { evalForm, funcall } from "../eval.js";
import { Cons, LispObject, LString, LSymbol, NIL, T, defsym, list, listToArray, arrayToList, mkStr } from "../lisp.js";
import { LispSignal, checkString, xsignal } from "../signal.js";
import { prin1ToString } from "../print.js";
import { errorMessageString } from "../print/error.js";
import { Reader } from "../lread/reader.js";
import { encodeText, codingOf } from "../fileio/codec.js";
import { conditionsOf, handlerMatches, toSignal } from "./runtime.js";
import { Q } from "./scope.js";
import { NO_WARNINGS, Warner, abbreviate } from "./bytecomp-warn.js";

const sym = (name: string): LSymbol => defsym(name);
const call = (name: string, ...args: LispObject[]): LispObject => funcall(sym(name), ...args);

const Qlexical_binding = sym("lexical-binding");
const Qcurrent_load_list = sym("current-load-list");
const Qoverriding_plist_environment = sym("overriding-plist-environment");
const Qdefault_directory = sym("default-directory");
const Qprogn = sym("progn");
const Qprog1 = sym("prog1");
const Qdefalias = sym("defalias");
const Qcons = sym("cons");
const Qmacro = sym("macro");
const Qrequire = sym("require");
const Qfunction_put = sym("function-put");
const Qdefine_symbol_prop = sym("define-symbol-prop");
const Qput = sym("put");
/** Properties that macroexpansion consults (gv's setf, compiler macros, cl-typep). */
const COMPILE_TIME_PROPS = new Set(["gv-expander", "compiler-macro", "cl-deftype-satisfies"]);
const Qautoload = sym("autoload");
const Qmake_obsolete = sym("make-obsolete");
const Qwith_no_warnings = sym("with-no-warnings");
const Qerror = sym("error");
const Qfile_error = sym("file-error");
const Qfile_missing = sym("file-missing");
const Qeval_when_compile = sym("eval-when-compile");
const Qeval_and_compile = sym("eval-and-compile");
const Qno_byte_compile = sym("no-byte-compile");

const Vcurrent_file = defvar("byte-compile-current-file", NIL,
  "The file name currently being compiled, or nil when not compiling a file.");
const Vdest_file = defvar("byte-compile-dest-file", NIL,
  "While compiling a file, the name of the file the compiled code goes to.");
const Vdest_file_function = defvar("byte-compile-dest-file-function", NIL,
  `Function for the function \`byte-compile-dest-file' to call.
It should take one argument, the name of an Emacs Lisp source
file name, and return the name of the compiled file.`);
const Vmacro_environment = defvar("byte-compile-macro-environment", NIL,
  `Alist of macros defined in the file being compiled.
Each element looks like (MACRONAME . DEFINITION).  It is
\(MACRONAME . nil) when a macro is redefined as a function.`);
const Vinitial_macro_environment = defvar("byte-compile-initial-macro-environment", () => list(
  new Cons(sym("declare-function"), sym("byte-compile--declare-function")),
  new Cons(Qeval_when_compile, sym("byte-compile--eval-when-compile")),
  new Cons(Qeval_and_compile, sym("byte-compile--eval-and-compile")),
  new Cons(sym("with-suppressed-warnings"), sym("byte-compile--with-suppressed-warnings")),
  new Cons(Qwith_no_warnings, sym("byte-compile--with-no-warnings"))),
`The default macro-environment passed to macroexpand by the compiler.
Placing a macro here will cause a macro to have different semantics when
expanded by the compiler as when expanded by the interpreter.`);
const Vfunction_environment = defvar("byte-compile-function-environment", NIL,
  `Alist of functions defined in the file being compiled.
Each element looks like (FUNCTIONNAME . DEFINITION).`);
const Vverbose = defvar("byte-compile-verbose", NIL,
  "Non-nil means print messages describing progress of byte-compiler.");
defvar("byte-compile-warnings", T, `List of warnings that the byte-compiler should issue (t for all).
tsmacs's file compiler knows two kinds: \`free-vars' (references and assignments to variables that are
neither bound nor declared) and \`unresolved' (calls of functions not known to be defined).
A list (not KINDS...) enables all kinds but KINDS.`);
const Vlog_buffer = defvar("byte-compile-log-buffer", () => mkStr("*Compile-Log*"),
  "Name of the byte-compiler's log buffer.");
const Vlevel = defvar("byte-compile-level", 0, "Depth of a recursive byte compilation.");
const Vroot_dir = defvar("byte-compile-root-dir", NIL,
  "Directory relative to which file names in error messages are written.");
const Vfile_regexp = defvar("emacs-lisp-file-regexp", () => mkStr("\\.el\\'"),
  "Regexp which matches Emacs Lisp source files.");
defvar("no-byte-compile", NIL, `Non-nil to prevent byte-compiling of Emacs Lisp code.
This is normally set in local file variables at the end of the elisp file:

\\;; Local Variables:\\n;; no-byte-compile: t\\n;; End:`);
const Vdebug = defvar("byte-compile-debug", NIL,
  "If non-nil, byte compile errors will be raised as signals instead of logged.");
const Vdebug_on_error = sym("debug-on-error");
const Vnoninteractive = sym("noninteractive");
const Vcommand_line_args_left = sym("command-line-args-left");

/** The header of a compiled file. GNU's ";ELC" magic, version byte (28) and comment lines; the first line
 * carries the source's lexical-binding cookie (GNU's `load' honours it in .elc files too, and the forms here
 * are source, not closures); the last comment line tells tsmacs's `load' that the file is one of its own. */
export const TSMACS_ELC_MARK = ";;; tsmacs: macro-expanded source, no byte code.";
function header(lexical: boolean): string {
  return ";ELC\x1c\0\0\0" + (lexical ? " -*- lexical-binding: t -*-" : "") + "\n;;; Compiled\n"
    + ";;; in Emacs version 28.2\n;;; with all optimizations.\n" + TSMACS_ELC_MARK + "\n\n";
}

// ---------------------------------------------------------------------------------------------
// Catching errors as GNU's `condition-case' on `error' does (registered as a handler, so that the
// debugger and batch mode's backtrace treat the error as handled).
// ---------------------------------------------------------------------------------------------
function catchErrors<T>(body: () => T, handler: (sig: LispSignal) => T): T {
  const sp = E.sp, depth = E.depth, hn = E.hn;
  E.hType[hn] = 1; E.hTag[hn] = [Qerror]; E.hn = hn + 1;
  try {
    const v = body();
    E.hn = hn;
    return v;
  } catch (ex0) {
    E.hn = hn;
    const ex = toSignal(ex0);
    if (!(ex instanceof LispSignal) || !handlerMatches(conditionsOf(ex.sym), Qerror)) throw ex0;
    if (E.sp > sp) unbindTo(sp);
    E.depth = depth;
    return handler(ex);
  }
}

// ---------------------------------------------------------------------------------------------
// File-local variables (the few the compiler looks at: lexical-binding, no-byte-compile).
// ---------------------------------------------------------------------------------------------
function readValue(text: string): LispObject {
  try { return new Reader(text).read(); } catch (e) { if (e instanceof LispSignal) return NIL; throw e; }
}

/** The `-*- ... -*-` line's and the trailing `Local Variables:` block's settings (GNU: hack-local-variables,
 * which byte-compile-file runs with enable-local-variables :safe). */
export function fileLocalVariables(text: string): Map<string, LispObject> {
  const vars = new Map<string, LispObject>();
  let start = 0;
  if (text.startsWith("#!")) start = text.indexOf("\n") + 1 || text.length;
  let eol = text.indexOf("\n", start);
  if (eol < 0) eol = text.length;
  const first = text.slice(start, eol);
  const a = first.indexOf("-*-");
  const b = a < 0 ? -1 : first.indexOf("-*-", a + 3);
  if (b > a) {
    for (const entry of first.slice(a + 3, b).split(";")) {
      const colon = entry.indexOf(":");
      if (colon < 0) continue;
      vars.set(entry.slice(0, colon).trim(), readValue(entry.slice(colon + 1).trim()));
    }
  }
  // The block must be within the last 3000 characters, after the last page break (GNU).
  let tailStart = Math.max(0, text.length - 3000);
  const ff = text.lastIndexOf("\f");
  if (ff >= tailStart) tailStart = ff;
  const tail = text.slice(tailStart);
  const m = /^(.*)Local Variables:(.*)$/im.exec(tail);
  if (m !== null) {
    const prefix = m[1], suffix = m[2].trimEnd();
    const lines = tail.slice(m.index + m[0].length + 1).split("\n");
    for (let line of lines) {
      if (prefix && line.startsWith(prefix)) line = line.slice(prefix.length);
      if (suffix && line.trimEnd().endsWith(suffix)) line = line.trimEnd().slice(0, -suffix.length);
      line = line.trim();
      if (/^End:/i.test(line)) break;
      const colon = line.indexOf(":");
      if (colon <= 0) continue;
      vars.set(line.slice(0, colon).trim(), readValue(line.slice(colon + 1).trim()));
    }
  }
  return vars;
}

// ---------------------------------------------------------------------------------------------
// Top-level forms, as GNU's byte-compile-recurse-toplevel / byte-compile-file-form process them.
// ---------------------------------------------------------------------------------------------
function macroEnv(): LispObject { return findSymbolValue(Vmacro_environment); }
/** A file compilation in progress: its lexical-binding and its diagnostics. */
interface CompileState { lexical: boolean; warn: Warner }
/** Per-world stack of the files being compiled, innermost last. */
function states(): CompileState[] { return (E.ext.bytecompFile ??= { states: [] as CompileState[] }).states; }
function lexicalFlag(): LispObject {
  const st = states();
  if (st.length > 0) return st[st.length - 1].lexical ? T : NIL;
  return findSymbolValue(Qlexical_binding) === NIL ? NIL : T;
}
function macroexpandAll(form: LispObject): LispObject { return call("macroexpand-all", form, macroEnv()); }

/** Macroexpands FORM's top level; a resulting `progn' is a sequence of top-level forms, each handled alike
 * (CLHS 3.2.3.1, as GNU does); other forms go to ONE. Returns the processed form. */
function recurseToplevel(form: LispObject, one: (form: LispObject) => LispObject): LispObject {
  form = call("macroexpand", form, macroEnv());
  if (form instanceof Cons && form.car === Qprogn) {
    return new Cons(Qprogn, arrayToList(listToArray(form.cdr).map((f) => recurseToplevel(f, one))));
  }
  return one(form);
}

defun("byte-compile--eval-when-compile", "(&rest body)", `The compiler's \`eval-when-compile': evaluate BODY now.
The value is the quoted result, which is what the compiled file contains.`, (...body: LispObject[]) => {
  let result: LispObject = NIL;
  recurseToplevel(new Cons(Qprogn, arrayToList(body)), (form) => {
    result = evalForm(macroexpandAll(form), lexicalFlag());
    return form;
  });
  return list(Q.quote, result);
});

defun("byte-compile--eval-and-compile", "(&rest body)", `The compiler's \`eval-and-compile': evaluate BODY now.
The value is BODY macroexpanded, which the compiled file contains too.`, (...body: LispObject[]) =>
  recurseToplevel(new Cons(Qprogn, arrayToList(body)), (form) => {
    const expanded = macroexpandAll(form);
    evalForm(expanded, lexicalFlag());
    return expanded;
  }));

defun("byte-compile--declare-function", "(fn file &rest args)", `The compiler's \`declare-function': FN will be defined.
The value is nil, as \`declare-function' expands to.`, (fn) => {
  states().at(-1)?.warn.defined.add(fn as LSymbol);
  return NIL;
});

// with-no-warnings and with-suppressed-warnings expand to a progn marked by a leading keyword, which the
// warnings pass honours and the output loses (unmark).
defun("byte-compile--with-no-warnings", "(&rest body)", `The compiler's \`with-no-warnings'.`,
  (...body: LispObject[]) => new Cons(Qprogn, new Cons(NO_WARNINGS, arrayToList(body))));
defun("byte-compile--with-suppressed-warnings", "(warnings &rest body)", `The compiler's \`with-suppressed-warnings'.
BODY is compiled as with \`with-no-warnings' (tsmacs does not tell the kinds of warnings apart).`,
(_warnings, ...body: LispObject[]) => new Cons(Qprogn, new Cons(NO_WARNINGS, arrayToList(body))));

/** Removes the with-no-warnings markers from the compiled form FORM (conses made by the expansion). */
function unmark(form: LispObject, seen = new Set<Cons>()): void {
  for (let p = form; p instanceof Cons && !seen.has(p); p = p.cdr) {
    seen.add(p);
    const x = p.car;
    if (!(x instanceof Cons) || x.car === Q.quote) continue;
    if (x.car === Qprogn && x.cdr instanceof Cons && x.cdr.car === NO_WARNINGS) x.cdr = x.cdr.cdr;
    unmark(x, seen);
  }
}

/** Whether FORM is a constant in the sense of macroexp-const-p (for the handlers' argument checks). */
function constP(form: LispObject): boolean {
  if (form instanceof Cons) return form.car === Q.quote || (form.car === Q.function && form.cdr instanceof Cons && form.cdr.car instanceof LSymbol);
  if (form instanceof LSymbol) return form === NIL || form === T || form.name.startsWith(":");
  return true;
}
function lambdaFormP(form: LispObject): boolean {
  return form instanceof Cons && form.car === Q.function && form.cdr instanceof Cons
    && form.cdr.car instanceof Cons && form.cdr.car.car === Q.lambda;
}

/** The compile-time effects of an expanded top-level form (GNU's byte-hunk-handlers). */
function fileForm(form: LispObject): void {
  if (!(form instanceof Cons)) return;
  const head = form.car;
  const args = listToArray(form.cdr);
  if (head === Qprogn || head === Qprog1 || head === Qwith_no_warnings) {
    for (const f of args) fileForm(f);
  } else if (head === Qdefalias && args[0] instanceof Cons && args[0].car === Q.quote && args[0].cdr instanceof Cons) {
    const name = args[0].cdr.car;
    const def = args[1];
    let fun: LispObject | undefined;
    if (def instanceof Cons && def.car === Qcons && def.cdr instanceof Cons && def.cdr.car instanceof Cons
      && def.cdr.car.car === Q.quote && def.cdr.car.cdr instanceof Cons && def.cdr.car.cdr.car === Qmacro
      && def.cdr.cdr instanceof Cons) fun = def.cdr.cdr.car;
    else if (def instanceof Cons && def.car === Q.quote && def.cdr instanceof Cons && def.cdr.car instanceof Cons
      && def.cdr.car.car === Qmacro) fun = list(Q.quote, def.cdr.car.cdr);
    if (fun !== undefined) {
      // A macro of the file: known to the rest of the compilation, not defined in this Emacs.
      setInternal(Vmacro_environment, new Cons(new Cons(name, evalForm(fun, lexicalFlag())), macroEnv()));
    } else {
      // A function of the file shadows a macro of the same name defined earlier in it.
      const env = macroEnv();
      for (let e = env; e instanceof Cons; e = e.cdr) {
        if (e.car instanceof Cons && e.car.car === name) {
          setInternal(Vmacro_environment, new Cons(new Cons(name, NIL), env));
          break;
        }
      }
      setInternal(Vfunction_environment, new Cons(new Cons(name, T), findSymbolValue(Vfunction_environment)));
      if (name instanceof LSymbol) states().at(-1)?.warn.defined.add(name);
    }
  } else if (head === Qrequire) {
    funcall(Qrequire, ...args.map((a) => evalForm(a, lexicalFlag())));
  } else if ((head === Qfunction_put || head === Qdefine_symbol_prop || head === Qput) && args.length === 3
    && constP(args[0]) && constP(args[1])) {
    // Properties such as gv-expander or compiler-macro apply to the rest of the file (GNU: through
    // overriding-plist-environment, which `get' consults), without changing this Emacs's symbols. GNU
    // does this for function-put and define-symbol-prop with a constant or lambda value; tsmacs's own
    // cl-defstruct puts computed gv-expanders, so for `put' of those properties the value is computed now.
    const lex = lexicalFlag();
    const prop = evalForm(args[1], lex);
    const simple = constP(args[2]) || lambdaFormP(args[2]);
    if (head === Qput ? !(prop instanceof LSymbol && COMPILE_TIME_PROPS.has(prop.name)) : !simple) return;
    const val = simple ? evalForm(args[2], lex) : catchErrors(() => evalForm(args[2], lex), () => undefined);
    if (val === undefined) return;
    const s = evalForm(args[0], lex);
    const ope = findSymbolValue(Qoverriding_plist_environment);
    let old: LispObject = NIL;
    for (let e = ope; e instanceof Cons; e = e.cdr) if (e.car instanceof Cons && e.car.car === s) { old = e.car.cdr; break; }
    setInternal(Qoverriding_plist_environment, new Cons(new Cons(s, new Cons(prop, new Cons(val, old))), ope));
  } else if (head === Qautoload && args.every(constP) && args.length >= 5) {
    const type = evalForm(args[4], NIL);
    if (type === T || type === Qmacro) evalForm(form, NIL);
    const name = evalForm(args[0], NIL);
    if (name instanceof LSymbol) states().at(-1)?.warn.defined.add(name);
  } else if (head === Qmake_obsolete) {
    funcall(Qmake_obsolete, ...args.map((a) => evalForm(a, lexicalFlag())));
  }
}

/** Processes one top-level form read from the file; returns what the compiled file holds for it. */
function toplevelForm(form: LispObject): LispObject {
  return recurseToplevel(form, (f) => {
    const expanded = macroexpandAll(f);
    fileForm(expanded);
    return expanded;
  });
}

/** Top-level forms without effect (constants) are left out, as GNU's compiler drops them. */
function pruned(form: LispObject): LispObject | null {
  if (form instanceof Cons && form.car === Qprogn) {
    const kept = listToArray(form.cdr).map(pruned).filter((f): f is LispObject => f !== null);
    if (kept.length === 0) return null;
    return kept.length === 1 ? kept[0] : new Cons(Qprogn, arrayToList(kept));
  }
  if (form instanceof Cons) return form.car === Q.quote ? null : form;
  if (form instanceof LSymbol) return form === NIL || form === T || form.name.startsWith(":") ? null : form;
  return null;
}

/** Kills the compiler's own input buffer without running the user's kill-buffer hooks and queries. */
function killInternalBuffer(buffer: LispObject): void {
  const count = E.sp;
  try {
    specbind(sym("kill-buffer-query-functions"), NIL);
    specbind(sym("kill-buffer-hook"), NIL);
    call("kill-buffer", buffer);
  } finally {
    unbindTo(count);
  }
}

// ---------------------------------------------------------------------------------------------
// The file compiler.
// ---------------------------------------------------------------------------------------------
const Qprint_vars: [string, LispObject][] = [
  ["print-escape-newlines", T], ["print-length", NIL], ["print-level", NIL], ["print-quoted", T],
  ["print-gensym", T], ["print-circle", T], ["print-escape-nonascii", NIL], ["print-escape-multibyte", NIL],
  ["print-escape-control-characters", NIL], ["print-continuous-numbering", NIL], ["float-output-format", NIL],
  ["print-integers-as-characters", NIL], ["print-charset-text-property", NIL]];

/** Prints the compiled forms readably (GNU: byte-compile-output-file-form's print settings). */
function printForms(forms: LispObject[]): string {
  const count = E.sp;
  try {
    for (const [name, v] of Qprint_vars) specbind(sym(name), v);
    return forms.map((f) => prin1ToString(f) + "\n").join("");
  } finally {
    unbindTo(count);
  }
}

/** Compiles the file text (read from the file of WARN) into the forms of its .elc, or null after an error. */
function compileText(warn: Warner): LispObject[] | null {
  const out: LispObject[] = [];
  const reader = new Reader(warn.text);
  const guard = findSymbolValue(Vdebug) === NIL ? catchErrors
    : <R>(body: () => R, _h: (sig: LispSignal) => R): R => body();
  return guard(() => {
    for (;;) {
      if (!reader.skipToForm()) break;
      warn.formStart = reader.pos;
      const form = reader.read();
      warn.formEnd = reader.pos;
      const expanded = toplevelForm(form);
      warn.toplevel(expanded);
      const compiled = pruned(expanded);
      if (compiled !== null) { unmark(list(compiled)); out.push(compiled); }
    }
    warn.formStart = warn.formEnd = warn.text.length;
    warn.endOfData(macroEnv());
    return out;
  }, (sig) => {
    warn.log("Error", errorMessageString(new Cons(sig.sym, sig.data)), warn.formStart, "toplevel form");
    return null;
  });
}

/** The file name FILENAME stands for, as its file name handler says (GNU: for compressed files). */
function baseFileName(filename: LispObject): LispObject {
  const handler = call("find-file-name-handler", filename, sym("byte-compiler-base-file-name"));
  return handler === NIL ? filename : funcall(handler, sym("byte-compiler-base-file-name"), filename);
}

defun("byte-compiler-base-file-name", "(filename)", `Return FILENAME, or the name its file name handler maps it to.`,
  (filename) => baseFileName(filename));

function destFile(filename: LispObject): LispObject {
  const fn = findSymbolValue(Vdest_file_function);
  if (fn !== NIL) return funcall(fn, filename);
  const base = baseFileName(filename);
  let name = checkString(base).s;
  const sans = call("file-name-sans-versions", base);
  if (sans instanceof LString) name = sans.s;
  return mkStr(name.endsWith(".el") ? name + "c" : name + ".elc");
}

defun("byte-compile-dest-file", "(filename)", `Convert an Emacs Lisp source file name to a compiled file name.
If \`byte-compile-dest-file-function' is non-nil, uses that
function to do the work.  Otherwise, if FILENAME matches
\`emacs-lisp-file-regexp' (by default, files with the extension \`.el'),
replaces the matching part (and anything after it) with \`.elc';
otherwise adds \`.elc'.`, (filename) => destFile(filename));

function writeElc(target: LString, contents: string): void {
  const buf = encodeText(contents, codingOf("utf-8-emacs", 0), true, true);
  const name = target.s;
  const dir = name.slice(0, name.lastIndexOf("/") + 1) || "./";
  const tmp = `${dir}.${name.slice(dir.length)}.${process.pid}.tmp`;
  try {
    writeFileSync(tmp, buf);
    renameSync(tmp, name);
  } catch (e) {
    try { unlinkSync(tmp); } catch { /* not written */ }
    const exists = existsSync(name);
    xsignal(exists ? Qfile_error : Qfile_missing, mkStr("Opening output file"),
      mkStr(exists ? "Cannot overwrite file" : "Directory not writable or nonexistent"), target);
    void e;
  }
}

function byteCompileFile(filenameArg: LispObject, load: LispObject): LispObject {
  const filename = checkString(call("expand-file-name", checkString(filenameArg))) as LString;
  const count = E.sp;
  const oldBuffer = call("current-buffer");
  let input: LispObject = NIL;
  try {
    specbind(Vcurrent_file, filename);
    const target = destFile(filename);
    specbind(Vdest_file, target);
    // The input buffer: current while compiling, with the file's directory and lexical-binding.
    input = call("generate-new-buffer", mkStr(" *Compiler Input*"));
    call("set-buffer", input);
    call("insert-file-contents", filename);
    const text = (call("buffer-string") as LString).s;
    const locals = fileLocalVariables(text);
    const lexical = (locals.get("lexical-binding") ?? NIL) !== NIL;
    call("set", call("make-local-variable", Qlexical_binding), lexical ? T : NIL);
    call("set", call("make-local-variable", Qdefault_directory), call("file-name-directory", filename));
    const nbc = locals.get("no-byte-compile") ?? NIL;
    if (nbc !== NIL) {
      if (target instanceof LString && existsSync(target.s)) {
        call("message", mkStr("%s deleted because of `no-byte-compile: %s'"), mkStr(abbreviate(target)), nbc);
        try { unlinkSync(target.s); } catch { /* ignored, as GNU's condition-case does */ }
      }
      return Qno_byte_compile;
    }
    if (findSymbolValue(Vverbose) !== NIL) call("message", mkStr("Compiling %s..."), filename);
    // GNU's byte-compile-close-variables: a fresh compilation state, and current-load-list holding no
    // file so that macroexp-file-name names the compiled file, not a file being loaded.
    specbind(Vmacro_environment, call("copy-alist", findSymbolValue(Vinitial_macro_environment)));
    specbind(Vfunction_environment, NIL);
    specbind(Qoverriding_plist_environment, NIL);
    specbind(Qcurrent_load_list, list(NIL));
    specbind(Vlevel, (findSymbolValue(Vlevel) as number) + 1);
    const st = states();
    st.push({ lexical, warn: new Warner(filename, text) });
    let forms: LispObject[] | null;
    try { forms = compileText(st[st.length - 1].warn); } finally { st.pop(); }
    if (forms === null) return NIL;
    if (findSymbolValue(Vverbose) !== NIL) call("message", mkStr("Compiling %s...done"), filename);
    if (target instanceof LString) {
      writeElc(target, header(lexical) + printForms(forms) + "\n");
      if (findSymbolValue(Vnoninteractive) === NIL) call("message", mkStr("Wrote %s"), target);
    }
  } finally {
    unbindTo(count);
    if (call("buffer-live-p", input) !== NIL) killInternalBuffer(input);
    if (call("buffer-live-p", oldBuffer) !== NIL) call("set-buffer", oldBuffer);
  }
  if (load !== NIL) call("load", destFile(filename));
  return T;
}

defun("byte-compile-file", "(filename &optional load)", `Compile a file of Lisp code named FILENAME into a file of byte code.
The output file's name is generated by passing FILENAME to the
function \`byte-compile-dest-file' (which see).
The value is non-nil if there were no errors, nil if errors.
If the file sets the file variable \`no-byte-compile', it is not
compiled, any existing output file is removed, and the return value is
\`no-byte-compile'.

tsmacs has no byte code: the output holds the file's forms fully macroexpanded, after the
compile-time evaluation GNU's compiler does (\`eval-when-compile', \`eval-and-compile', \`require',
macro definitions), readable by tsmacs and GNU Emacs alike.`, (filename, load) => byteCompileFile(filename, load),
{ interactive: "fByte compile file: \nP" });

function newerThan(a: string, b: string): boolean {
  try {
    const sa = statSync(a);
    try { return sa.mtimeMs > statSync(b).mtimeMs; } catch { return true; }
  } catch { return false; }
}

function recompileFile(filename: LispObject, force: LispObject, arg: LispObject, load: LispObject): LispObject {
  const dest = destFile(filename);
  const file = checkString(call("expand-file-name", filename)) as LString;
  let result: LispObject;
  const hasDest = dest instanceof LString && existsSync(dest.s);
  const compile = hasDest ? force !== NIL || newerThan(file.s, (dest as LString).s)
    : arg !== NIL && (arg === 0 || call("y-or-n-p", mkStr(`Compile ${file.s}? `)) !== NIL);
  if (compile) {
    if (findSymbolValue(Vnoninteractive) !== NIL && findSymbolValue(Vverbose) === NIL) {
      call("message", mkStr("Compiling %s..."), file);
    }
    result = byteCompileFile(file, NIL);
  } else result = Qno_byte_compile;
  if (load !== NIL) call("load", dest instanceof LString && existsSync(dest.s) ? dest : file);
  return result;
}

defun("byte-recompile-file", "(filename &optional force arg load)", `Recompile FILENAME file if it needs recompilation.
This happens when its \`.elc' file is older than itself.

If the \`.elc' file exists and is up-to-date, normally this function
*does not* compile FILENAME.  If the prefix argument FORCE is non-nil,
however, it compiles FILENAME even if the destination already
exists and is up-to-date.

If the \`.elc' file does not exist, normally this function *does not*
compile FILENAME.  If optional argument ARG is 0, it compiles
the input file even if the \`.elc' file does not exist.
Any other non-nil value of ARG means to ask the user.

If compilation is needed, this functions returns the result of
\`byte-compile-file'; otherwise it returns \`no-byte-compile'.`, recompileFile,
{ interactive: "fByte recompile file: \nP" });

defun("byte-recompile-directory", "(directory &optional arg force follow-symlinks)", `Recompile every \`.el' file in DIRECTORY that needs recompilation.
This happens when a \`.elc' file exists but is older than the \`.el' file.
Files in subdirectories of DIRECTORY are processed also.

If the \`.elc' file does not exist, normally this function *does not*
compile the corresponding \`.el' file.  However, if the prefix argument
ARG is 0, that means do compile all those files.  A nonzero
ARG means ask the user, for each such \`.el' file, whether to
compile it.  A nonzero ARG also means ask about each subdirectory
before scanning it.

If the third argument FORCE is non-nil, recompile every \`.el' file
that already has a \`.elc' file.

This command will normally not follow symlinks when compiling
files.  If FOLLOW-SYMLINKS is non-nil, symlinked \`.el' files will
also be compiled.`, (directory, arg, force, followSymlinks) => {
  if (arg !== NIL) arg = call("prefix-numeric-value", arg);
  const dirs: LispObject[] = [call("expand-file-name", checkString(directory))];
  let skip = 0, fail = 0, files = 0, dirCount = 0;
  let lastDir: LispObject = NIL;
  const regexp = findSymbolValue(Vfile_regexp);
  while (dirs.length > 0) {
    const dir = dirs.shift() as LispObject;
    call("message", mkStr("Checking %s..."), dir);
    for (const source of listToArray(call("directory-files", dir, T)) as LString[]) {
      const file = (call("file-name-nondirectory", source) as LString).s;
      if (call("file-directory-p", source) !== NIL) {
        if (file === "RCS" || file === "CVS" || file.startsWith(".")) continue;
        if (followSymlinks === NIL && call("file-symlink-p", source) !== NIL) continue;
        if (arg === NIL || arg === 0 || call("y-or-n-p", mkStr(`Check ${source.s}? `)) !== NIL) dirs.push(source);
      } else if (call("string-match", regexp, source) !== NIL && call("file-readable-p", source) !== NIL
        && !file.startsWith(".#") && !/^#.*#$/.test(file)) {
        const r = recompileFile(source, force, arg, NIL);
        if (r === Qno_byte_compile) skip++; else if (r === T) files++; else fail++;
        if (lastDir !== dir) { lastDir = dir; dirCount++; }
      }
    }
  }
  return call("message", mkStr("Done (Total of %d file%s compiled%s%s%s)"), files, mkStr(files === 1 ? "" : "s"),
    mkStr(fail > 0 ? `, ${fail} failed` : ""), mkStr(skip > 0 ? `, ${skip} skipped` : ""),
    mkStr(dirCount > 1 ? ` in ${dirCount} directories` : ""));
}, { interactive: "DByte recompile directory: \nP" });

/** Compiles FILE for batch-byte-compile: an error is reported and makes the result nil (GNU). */
function batchCompileFile(file: LispObject): LispObject {
  const count = E.sp;
  try {
    if (findSymbolValue(Vroot_dir) === NIL) specbind(Vroot_dir, findSymbolValue(Qdefault_directory));
    if (findSymbolValue(Vdebug_on_error) !== NIL) return byteCompileFile(file, NIL);
    return catchErrors(() => byteCompileFile(file, NIL), (sig) => {
      const msg = call("get", sig.sym, sym("error-message"));
      call("message", mkStr(sig.data !== NIL ? ">>Error occurred processing %s: %s (%s)" : ">>Error occurred processing %s: %s"),
        file, msg, call("prin1-to-string", sig.data));
      if (handlerMatches(conditionsOf(sig.sym), Qfile_error)) {
        const dest = destFile(file);
        if (dest instanceof LString && existsSync(dest.s)) unlinkSync(dest.s);
      }
      return NIL;
    });
  } finally {
    unbindTo(count);
  }
}

defun("batch-byte-compile", "(&optional noforce)", `Run \`byte-compile-file' on the files remaining on the command line.
Use this from the command line, with \`-batch';
it won't work in an interactive Emacs.
Each file is processed even if an error occurred previously.
If a file name denotes a directory, all Emacs Lisp source files in
that directory (that have previously been compiled) will be recompiled
if newer than the compiled files.
For example, invoke \"emacs -batch -f batch-byte-compile $emacs/ ~/*.el\".
If NOFORCE is non-nil, don't recompile a file that seems to be
already up-to-date.`, (noforce) => {
  if (findSymbolValue(Vnoninteractive) === NIL) call("error", mkStr("`batch-byte-compile' is to be used only with -batch"));
  let failed = false;
  const regexp = findSymbolValue(Vfile_regexp);
  for (;;) {
    const left = findSymbolValue(Vcommand_line_args_left);
    if (!(left instanceof Cons)) break;
    const arg = left.car;
    if (call("file-directory-p", call("expand-file-name", arg)) !== NIL) {
      for (const file of listToArray(call("directory-files", arg))) {
        if (call("string-match", regexp, file) === NIL) continue;
        const source = call("expand-file-name", file, arg) as LString;
        const dest = destFile(source);
        if (dest instanceof LString && existsSync(dest.s) && newerThan(source.s, dest.s)) {
          if (batchCompileFile(source) === NIL) failed = true;
        }
      }
    } else {
      const dest = destFile(arg);
      const source = checkString(arg).s;
      if (noforce === NIL || !(dest instanceof LString) || !existsSync(dest.s) || newerThan(source, dest.s)) {
        if (batchCompileFile(arg) === NIL) failed = true;
      }
    }
    const now = findSymbolValue(Vcommand_line_args_left);
    setInternal(Vcommand_line_args_left, now instanceof Cons ? now.cdr : NIL);
  }
  return call("kill-emacs", failed ? 1 : 0);
});
