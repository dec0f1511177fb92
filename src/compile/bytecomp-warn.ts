// The file compiler's diagnostics (GNU: bytecomp.el's free-variable and unresolved-function warnings, and
// its log in *Compile-Log* and on stderr in batch mode). Works on fully macroexpanded top-level forms; a
// position is the first occurrence of the symbol concerned within the top-level form's text (GNU reads
// symbols with positions).
import { E, findSymbolValue } from "../env.js";
import { funcall } from "../eval.js";
import { Cons, LispObject, LString, LSymbol, NIL, Subr, T, UNEVALLED, defsym, listToArray, mkStr } from "../lisp.js";
import { defun } from "../defun.js";

const sym = (name: string): LSymbol => defsym(name);
const call = (name: string, ...args: LispObject[]): LispObject => funcall(sym(name), ...args);

const Qquote = sym("quote"), Qfunction = sym("function"), Qlambda = sym("lambda");
const Qlet = sym("let"), Qlet_star = sym("let*"), Qsetq = sym("setq"), Qcond = sym("cond");
const Qcondition_case = sym("condition-case"), Qdefvar = sym("defvar"), Qdefconst = sym("defconst");
const Qinteractive = sym("interactive"), Qif = sym("if"), Qand = sym("and");
const Qdefalias = sym("defalias"), Qwith_no_warnings = sym("with-no-warnings");
const Qboundp = sym("boundp"), Qdefault_boundp = sym("default-boundp"), Qfboundp = sym("fboundp");
const Qbyte_compile_warnings = sym("byte-compile-warnings");
const Qlog_buffer = sym("byte-compile-log-buffer");
const Qdefault_directory = sym("default-directory");
const Qroot_dir = sym("byte-compile-root-dir");
/** Calls whose quoted first argument declares a variable for the rest of the file (GNU's handlers). */
const DECLARING = new Set(["custom-declare-variable", "defvaralias", "make-variable-buffer-local",
  "make-local-variable", "define-abbrev-table"].map(sym));

/** The first element of the progn that with-no-warnings expands to while compiling. */
export const NO_WARNINGS = sym(":byte-compile--no-warnings");
const Qprogn = sym("progn");
/** Calls whose quoted first argument is a function the file defines (tsmacs's cl-defgeneric and
 * cl-defmethod expand to the first two). */
const DEFINING = new Set(["cl-generic-define", "cl-generic-define-method", "defalias", "fset"].map(sym));
/** Characters that end a symbol in Lisp source. */
const DELIM = /[\s()[\]";'`,#]/;

function isSpecialForm(s: LSymbol): boolean {
  const f = s.f;
  return f instanceof Subr && f.maxArgs === UNEVALLED;
}

/** Guards of a condition: `(boundp 'x)` and `(fboundp 'f)` make x and f known where the condition holds. */
function guards(cond: LispObject, vars: LSymbol[], fns: LSymbol[]): void {
  if (!(cond instanceof Cons)) return;
  const a = listToArray(cond);
  const quoted = a[1] instanceof Cons && a[1].car === Qquote && a[1].cdr instanceof Cons && a[1].cdr.car instanceof LSymbol
    ? a[1].cdr.car : null;
  if ((cond.car === Qboundp || cond.car === Qdefault_boundp) && quoted) vars.push(quoted);
  else if (cond.car === Qfboundp && quoted) fns.push(quoted);
  else if (cond.car === Qand) for (const c of a.slice(1)) guards(c, vars, fns);
}

interface Scope { bound: Set<LSymbol>; fns: Set<LSymbol>; quiet: boolean }

export class Warner {
  /** Text offsets of the top-level form being processed. */
  formStart = 0;
  formEnd = 0;
  /** Variables declared special by the file (defvar, defcustom ...). */
  readonly specials = new Set<LSymbol>();
  /** Functions the file defines, declares or autoloads. */
  readonly defined = new Set<LSymbol>();
  /** Functions called but not known yet, with the position of the first call (GNU's unresolved list). */
  private readonly calls = new Map<LSymbol, number>();
  /** Free variables already reported in the current function (or at top level). */
  private reported = new Set<string>();
  private readonly toplevelReported = new Set<string>();
  private context = "toplevel form";
  private lastContext: string | null = null;

  constructor(readonly file: LString, readonly text: string) {}

  private enabled(category: string): boolean {
    const w = findSymbolValue(Qbyte_compile_warnings);
    if (w === T) return true;
    if (!(w instanceof Cons)) return false;
    const items = listToArray(w).map((x) => (x instanceof LSymbol ? x.name : ""));
    return items[0] === "not" ? !items.includes(category) : items.includes(category);
  }

  /** Where SYM first occurs in the current top-level form's text (1-based line and column). */
  private position(s: LSymbol | null): number {
    if (s === null) return this.formStart;
    const name = s.name;
    for (let i = this.text.indexOf(name, this.formStart); i >= 0 && i < this.formEnd; i = this.text.indexOf(name, i + 1)) {
      const before = i === 0 ? " " : this.text[i - 1], after = this.text[i + name.length] ?? " ";
      if (DELIM.test(before) && DELIM.test(after)) return i;
    }
    return this.formStart;
  }

  /** Logs a diagnostic as GNU does: a "In CONTEXT:" line when the context changes, lines filled to 78. */
  log(kind: "Warning" | "Error", msg: string, pos: number, context = this.context): void {
    const where = abbreviate(this.file);
    let line = 1;
    for (let i = this.text.indexOf("\n"); i >= 0 && i < pos; i = this.text.indexOf("\n", i + 1)) line++;
    const col = pos - (this.text.lastIndexOf("\n", pos - 1) + 1) + 1;
    const entry = fill(`${where}:${line}:${col}: ${kind}: ${msg}`);
    const head = context !== this.lastContext ? `\nIn ${context}:\n` : "";
    // On stderr the first report of a compilation starts right away, later groups after a blank line (GNU).
    const first = this.lastContext === null;
    this.lastContext = context;
    const log = call("get-buffer-create", findSymbolValue(Qlog_buffer));
    const old = call("current-buffer");
    call("set-buffer", log);
    try {
      call("goto-char", call("point-max"));
      call("insert", mkStr(head + entry + "\n"));
    } finally {
      if (call("buffer-live-p", old) !== NIL) call("set-buffer", old);
    }
    call("message", mkStr("%s"), mkStr((first ? head.replace(/^\n/, "") : head) + entry));
  }

  warn(msg: string, s: LSymbol | null): void { this.log("Warning", msg, this.position(s)); }

  // -------------------------------------------------------------------------------------------
  // The walk over expanded code.
  // -------------------------------------------------------------------------------------------
  /** Checks one expanded top-level form. */
  toplevel(form: LispObject, quiet = false): void {
    if (form instanceof Cons && form.car === Qprogn) {
      const body = listToArray(form.cdr);
      const q = quiet || body[0] === NO_WARNINGS;
      for (const f of body) this.toplevel(f, q);
      return;
    }
    const a = form instanceof Cons ? listToArray(form) : [];
    if (form instanceof Cons && (form.car === Qdefvar || form.car === Qdefconst) && a[1] instanceof LSymbol) {
      this.specials.add(a[1]);
    }
    const name = form instanceof Cons && form.car === Qdefalias && a[1] instanceof Cons && a[1].car === Qquote
      && a[1].cdr instanceof Cons && a[1].cdr.car instanceof LSymbol ? a[1].cdr.car : null;
    if (name !== null) {
      this.defined.add(name);
      this.context = name.name;
      this.reported = new Set();
    } else {
      this.context = "toplevel form";
      this.reported = this.toplevelReported;
    }
    try {
      this.walk(form, { bound: new Set(), fns: new Set(), quiet });
    } finally {
      this.context = "toplevel form";
    }
  }

  private freeVar(v: LSymbol, scope: Scope, assign: boolean): void {
    if (scope.quiet || v === NIL || v === T || v.name.startsWith(":") || scope.bound.has(v) || this.specials.has(v)) return;
    if (call("special-variable-p", v) !== NIL || !this.enabled("free-vars")) return;
    const key = (assign ? "=" : "") + v.name;
    if (this.reported.has(key)) return;
    this.reported.add(key);
    const msg = call("format-message", mkStr(`${assign ? "assignment to" : "reference to"} free variable \`%s'`), v);
    this.warn((msg as LString).s, v);
  }

  private useFunction(f: LispObject, scope: Scope): void {
    if (!(f instanceof LSymbol) || f === NIL || scope.quiet || scope.fns.has(f) || this.calls.has(f)) return;
    this.calls.set(f, this.position(f));
  }

  private body(forms: LispObject[], scope: Scope): void {
    for (const f of forms) {
      // A bare (defvar X) in a body makes X dynamic for the rest of that body.
      if (f instanceof Cons && f.car === Qdefvar && f.cdr instanceof Cons && f.cdr.cdr === NIL && f.cdr.car instanceof LSymbol) {
        scope = { ...scope, bound: new Set(scope.bound).add(f.cdr.car) };
      } else this.walk(f, scope);
    }
  }

  private lambda(l: LispObject, scope: Scope): void {
    if (!(l instanceof Cons) || !(l.cdr instanceof Cons)) return;
    const bound = new Set(scope.bound);
    for (const p of listToArray(l.cdr.car)) if (p instanceof LSymbol && !p.name.startsWith("&")) bound.add(p);
    this.body(listToArray(l.cdr.cdr).filter((f) => !(f instanceof Cons && f.car === Qinteractive)), { ...scope, bound });
  }

  private guarded(cond: LispObject, scope: Scope): Scope {
    const vars: LSymbol[] = [], fns: LSymbol[] = [];
    guards(cond, vars, fns);
    if (vars.length === 0 && fns.length === 0) return scope;
    return { ...scope, bound: new Set([...scope.bound, ...vars]), fns: new Set([...scope.fns, ...fns]) };
  }

  private walk(form: LispObject, scope: Scope): void {
    if (form instanceof LSymbol) { this.freeVar(form, scope, false); return; }
    if (!(form instanceof Cons)) return;
    const head = form.car;
    const a = listToArray(form);
    if (head instanceof Cons) {
      if (head.car === Qlambda) this.lambda(head, scope);
      this.body(a.slice(1), scope);
      return;
    }
    if (!(head instanceof LSymbol)) return;
    if (head === Qquote || head === Qinteractive) return;
    if (head === Qfunction) {
      if (a[1] instanceof Cons && a[1].car === Qlambda) this.lambda(a[1], scope);
      else this.useFunction(a[1], scope);
      return;
    }
    if (head === Qlet || head === Qlet_star) {
      const bound = new Set(scope.bound);
      for (const b of listToArray(a[1])) {
        const v = b instanceof Cons ? b.car : b;
        if (b instanceof Cons) this.body(listToArray(b.cdr), head === Qlet_star ? { ...scope, bound } : scope);
        if (v instanceof LSymbol) bound.add(v);
      }
      this.body(a.slice(2), { ...scope, bound });
      return;
    }
    if (head === Qsetq) {
      for (let i = 1; i < a.length; i += 2) {
        if (a[i] instanceof LSymbol) this.freeVar(a[i] as LSymbol, scope, true);
        if (i + 1 < a.length) this.walk(a[i + 1], scope);
      }
      return;
    }
    if (head === Qcond) {
      for (const c of a.slice(1)) {
        if (!(c instanceof Cons)) continue;
        this.walk(c.car, scope);
        this.body(listToArray(c.cdr), this.guarded(c.car, scope));
      }
      return;
    }
    if (head === Qif) {
      this.walk(a[1], scope);
      this.walk(a[2], this.guarded(a[1], scope));
      this.body(a.slice(3), scope);
      return;
    }
    if (head === Qand) {
      let s = scope;
      for (const f of a.slice(1)) { this.walk(f, s); s = this.guarded(f, s); }
      return;
    }
    if (head === Qcondition_case) {
      this.walk(a[2], scope);
      const v = a[1];
      const inner = v instanceof LSymbol && v !== NIL ? { ...scope, bound: new Set(scope.bound).add(v) } : scope;
      for (const h of a.slice(3)) if (h instanceof Cons) this.body(listToArray(h.cdr), inner);
      return;
    }
    if (head === Qdefvar || head === Qdefconst) {
      if (a[1] instanceof LSymbol && a.length > 2) this.specials.add(a[1]);
      if (a.length > 2) this.walk(a[2], scope);
      return;
    }
    if (head === Qprogn && a[1] === NO_WARNINGS) { this.body(a.slice(2), { ...scope, quiet: true }); return; }
    if (isSpecialForm(head)) { this.body(a.slice(1), scope); return; }
    if (head === Qwith_no_warnings) { this.body(a.slice(1), { ...scope, quiet: true }); return; }
    if (DEFINING.has(head) && a[1] instanceof Cons && a[1].car === Qquote && a[1].cdr instanceof Cons
      && a[1].cdr.car instanceof LSymbol) this.defined.add(a[1].cdr.car);
    if (DECLARING.has(head) && a[1] instanceof Cons && a[1].car === Qquote && a[1].cdr instanceof Cons
      && a[1].cdr.car instanceof LSymbol) this.specials.add(a[1].cdr.car);
    this.useFunction(head, scope);
    this.body(a.slice(1), scope);
  }

  /** GNU's end-of-data report: functions called but still not defined, most recent first. */
  endOfData(macros: LispObject): void {
    if (!this.enabled("unresolved")) return;
    const inEnv = (f: LSymbol): boolean => {
      for (let e = macros; e instanceof Cons; e = e.cdr) if (e.car instanceof Cons && e.car.car === f) return true;
      return false;
    };
    const missing = [...this.calls].filter(([f]) => !this.defined.has(f) && f.f === NIL && !inEnv(f));
    for (const [f, pos] of missing.reverse()) {
      const msg = call("format-message", mkStr("the function `%s' is not known to be defined."), f) as LString;
      this.log("Warning", msg.s, pos, "end of data");
    }
  }
}

/** A file name as GNU's messages show it: relative to byte-compile-root-dir when that is shorter. */
export function abbreviate(file: LString): string {
  const dir = findSymbolValue(Qroot_dir);
  const f1 = call("abbreviate-file-name", file);
  const f2 = call("file-relative-name", file, dir === NIL ? findSymbolValue(Qdefault_directory) : dir);
  const best = f2 instanceof LString && f1 instanceof LString && f2.length < f1.length ? f2 : f1;
  return best instanceof LString ? best.s : file.s;
}

/** Fills a log line to 78 columns with a 4-space continuation indent (GNU: warning-fill-column). */
function fill(line: string): string {
  const out: string[] = [];
  let rest = line;
  while (rest.length > 78) {
    const cut = rest.lastIndexOf(" ", 78);
    if (cut <= 4) break;
    out.push(rest.slice(0, cut));
    rest = "    " + rest.slice(cut + 1);
  }
  out.push(rest);
  return out.join("\n");
}

/** The Warner of the innermost file compilation, if any (set by bytecomp-file.ts). */
export function currentWarner(): Warner | undefined {
  const st = E.ext.bytecompFile?.states as { warn: Warner }[] | undefined;
  return st && st.length > 0 ? st[st.length - 1].warn : undefined;
}

defun("byte-compile-warn", "(format &rest args)", `Issue a byte compiler warning; use (format-message FORMAT ARGS...) for message.`,
  (format, ...args) => {
    const msg = call("format-message", format, ...args) as LString;
    const w = currentWarner();
    if (w !== undefined) w.log("Warning", msg.s, w.formStart);
    else call("message", mkStr("Warning: %s"), msg);
    return NIL;
  });
