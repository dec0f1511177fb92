// Calling functions as commands: call-interactively and its interactive codes, funcall-interactively,
// prefix-numeric-value and called-interactively-p (GNU: callint.c, and subr.el's called-interactively-p).
import { Cons, LispObject, LSymbol, LString, NIL, T, Subr, UNBOUND, defsym, list, listToArray, arrayToList } from "./lisp.js";
import { E, findSymbolValue } from "./env.js";
import { defun, defvar } from "./defun.js";
import { xsignal, Qwrong_type_argument } from "./signal.js";
import { callableOf, evalForm, funcall, pushPrimitiveFrame } from "./eval.js";
import { interactiveForm } from "./eval-subrs.js";

const Qcommandp = defsym("commandp");
const Qminus = defsym("-");
const Qinteractive = defsym("interactive");
const Qclosure = defsym("closure");
const Qerror = defsym("error");
const Vcurrent_prefix_arg = defvar("current-prefix-arg", NIL, "The value of the prefix argument for this editing command.");
const Vcommand_history = defvar("command-history", NIL, "List of recent commands that read arguments from terminal.");
// mark-even-if-inactive is declared in editfns/buffer.ts.
defvar("called-interactively-p-functions", NIL, "Special hook called to skip special frames in `called-interactively-p'.");

/**
 * The depths of `funcall-interactively''s own frames, innermost last.  A Lisp function called by it runs
 * at the recorded depth + 1; `called-interactively-p' compares against that.
 */
function interactiveDepths(): number[] { return (E.ext.callintDepths ??= []) as number[]; }

function funcallInteractively(fn: LispObject, args: LispObject[]): LispObject {
  const depths = interactiveDepths();
  // Its own backtrace frame, which GNU's called-interactively-p (subr.el, under --gnu-lisp) looks for.
  const d = pushPrimitiveFrame(Qfuncall_interactively, [fn, ...args]);
  depths.push(d);
  try { return callableOf(fn).apply(undefined, args); }
  finally { depths.pop(); E.depth = d - 1; }
}
const Qfuncall_interactively = defsym("funcall-interactively");

defun("funcall-interactively", "(function &rest arguments)", "Call first argument as a function, passing the remaining arguments to it.",
  (fn: LispObject, ...args: LispObject[]) => funcallInteractively(fn, args));

export function prefixNumericValue(raw: LispObject): LispObject {
  if (raw === NIL) return 1;
  if (raw === Qminus) return -1;
  if (raw instanceof Cons) return raw.car === NIL ? 1 : raw.car;
  if (typeof raw === "number" || typeof raw === "bigint") return raw;
  return 1;
}
defun("prefix-numeric-value", "(raw)", "Return numeric meaning of raw prefix argument RAW.", (raw) => prefixNumericValue(raw));

const call = (name: string, ...args: LispObject[]): LispObject => funcall(E.intern(name), ...args);

/** The mark's position, or GNU's error when there is none (callint.c: check_mark). */
function markPosition(): LispObject {
  const pos = call("marker-position", call("mark-marker"));
  if (pos === NIL) xsignal(Qerror, LString.fromJs("The mark is not set now, so there is no region"));
  return pos;
}

/** The arguments an interactive string SPEC asks for, reading input through the same Lisp functions GNU calls. */
function argsFromString(spec: string, fnName: LispObject): LispObject[] {
  let i = 0;
  // Leading flags: * (buffer must be writable), @ (select the event's window: no events here), ^ (shift selection).
  for (; i < spec.length; i++) {
    const c = spec[i];
    if (c === "*") call("barf-if-buffer-read-only");
    else if (c === "^") { if (E.intern("handle-shift-selection").f !== NIL) call("handle-shift-selection"); }
    else if (c !== "@") break;
  }
  const args: LispObject[] = [];
  const prefix = findSymbolValue(Vcurrent_prefix_arg);
  for (const line of spec.slice(i).split("\n")) {
    if (line === "" && args.length === 0 && i >= spec.length) break;
    const code = line[0];
    if (code === undefined) break;
    // The prompt is a format string over the arguments read so far (GNU: Fformat_message).
    const prompt = (): LispObject => funcall(E.intern("format-message"), LString.fromJs(line.slice(1)), ...args);
    switch (code) {
      case "a": args.push(call("intern", call("completing-read", prompt(), findSymbolValue(E.intern("obarray")), E.intern("fboundp"), T))); break;
      case "b": args.push(call("read-buffer", prompt(), call("current-buffer"), T)); break;
      case "B": args.push(call("read-buffer", prompt(), call("other-buffer", call("current-buffer")), NIL)); break;
      case "c": args.push(call("read-char", prompt())); break;
      case "C": args.push(call("read-command", prompt())); break;
      case "d": args.push(call("point")); break;
      case "D": args.push(call("read-directory-name", prompt(), NIL, findSymbolValue(E.intern("default-directory")), E.intern("lambda"))); break;
      case "e": xsignal(Qerror, LString.fromJs(`${fnName instanceof LSymbol ? fnName.name : "command"} must be bound to an event with parameters`)); break;
      case "f": args.push(call("read-file-name", prompt(), NIL, NIL, E.intern("lambda"))); break;
      case "F": args.push(call("read-file-name", prompt())); break;
      case "G": args.push(call("read-file-name", prompt(), NIL, NIL, NIL, LString.fromJs(""))); break;
      case "i": args.push(NIL); break;
      case "k": case "K": args.push(call("read-key-sequence", prompt())); break;
      case "m": args.push(markPosition()); break;
      case "M": args.push(call("read-string", prompt(), NIL, T)); break;
      case "n": args.push(call("read-number", prompt())); break;
      case "N": args.push(prefix !== NIL ? prefixNumericValue(prefix) : call("read-number", prompt())); break;
      case "p": args.push(prefixNumericValue(prefix)); break;
      case "P": args.push(prefix); break;
      case "r": {
        const m = markPosition() as number, pt = call("point") as number;
        args.push(Math.min(m, pt), Math.max(m, pt));
        break;
      }
      case "s": args.push(call("read-string", prompt())); break;
      case "S": args.push(call("intern", call("read-no-blanks-input", prompt()))); break;
      case "U": args.push(NIL); break; // the up-event of a down-event key: no events in batch
      case "v": args.push(call("read-variable", prompt())); break;
      case "x": args.push(call("read-minibuffer", prompt())); break;
      case "X": args.push(call("eval-minibuffer", prompt())); break;
      case "z": args.push(call("read-coding-system", prompt())); break;
      case "Z": args.push(prefix !== NIL ? call("read-non-nil-coding-system", prompt()) : NIL); break;
      default: {
        const n = line.codePointAt(0)!;
        xsignal(Qerror, LString.fromJs(`Invalid control letter \u2018${String.fromCodePoint(n)}\u2019 (#o${n.toString(8)}, #x${n.toString(16).padStart(4, "0")}) in interactive calling string`));
      }
    }
  }
  return args;
}

/**
 * Records ENTRY in command-history as GNU does, through `(add-to-history 'command-history ENTRY nil t)'
 * when that function exists (GNU's subr.el); otherwise the same thing here: a repeated entry is kept unless
 * history-delete-duplicates is set, and the list is cut to the `history-length' property of command-history or else the variable `history-length'.
 */
function addCommandHistory(entry: LispObject): void {
  const add = E.intern("add-to-history");
  if (add.f !== NIL && add.f !== UNBOUND) { funcall(add, Vcommand_history, entry, NIL, T); return; }
  const hist = findSymbolValue(Vcommand_history);
  if (!(hist === NIL || hist instanceof Cons)) return;
  let max = call("get", Vcommand_history, E.intern("history-length"));
  if (max === NIL) { const v = findSymbolValue(E.intern("history-length")); max = v === UNBOUND ? NIL : v; }
  const dedup = findSymbolValue(E.intern("history-delete-duplicates"));
  let list: LispObject = new Cons(entry, dedup !== NIL && dedup !== UNBOUND ? call("delete", entry, hist) : hist);
  if (typeof max === "number") {
    if (max <= 0) list = NIL;
    else {
      let tail: LispObject = list;
      for (let i = 1; i < max && tail instanceof Cons; i++) tail = tail.cdr;
      if (tail instanceof Cons) tail.cdr = NIL;
    }
  }
  call("set", Vcommand_history, list);
}

defun("call-interactively", "(function &optional record-flag keys)", "Call FUNCTION, providing args according to its interactive calling specs.",
  (fn, recordFlag, keys) => {
    // Its own backtrace frame, as in GNU (shown by `backtrace'; the arguments as passed, less trailing nils).
    const passed = keys !== NIL ? [fn, recordFlag, keys] : recordFlag !== NIL ? [fn, recordFlag] : [fn];
    const d = pushPrimitiveFrame(Qcall_interactively, passed, true);
    try { return callInteractively(fn, recordFlag); } finally { E.depth = d - 1; }
  });
const Qcall_interactively = defsym("call-interactively");

function callInteractively(fn: LispObject, recordFlag: LispObject): LispObject {
  const form = interactiveForm(fn);
  if (form === undefined) return xsignal(Qwrong_type_argument, Qcommandp, fn);
  let f = fn;
  for (let i = 0; f instanceof LSymbol && f !== NIL && i < 100; i++) f = f.f;
  // A keyboard macro (a string or vector) is executed as one.
  if (f instanceof LString || Array.isArray(f)) return call("execute-kbd-macro", f);
  const spec = form instanceof Cons && form.cdr instanceof Cons ? form.cdr.car : NIL;
  let args: LispObject[];
  if (spec instanceof LString) args = argsFromString(spec.toString(), fn);
  else if (spec === NIL) args = [];
  else {
    // A Lisp form, evaluated in the closure's lexical environment (GNU: Feval with the closure's env).
    const lexenv = f instanceof Cons && f.car === Qclosure && f.cdr instanceof Cons ? f.cdr.car : NIL;
    const value = evalForm(spec, lexenv === NIL ? (f instanceof Subr ? NIL : T) : lexenv);
    args = listToArray(value);
  }
  if (recordFlag !== NIL) {
    const entry = new Cons(fn, arrayToList(args.map((a) => (a instanceof Cons || a instanceof LSymbol ? list(E.intern("quote"), a) : a))));
    addCommandHistory(entry);
  }
  return funcallInteractively(fn, args);
}

// --- called-interactively-p --------------------------------------------------------------------

const Qadvice_p = defsym("advice--p");
const Qadvice_how = defsym("advice--how");
const Qadvice_cdr = defsym("advice--cdr");
const Qfilter_args = defsym(":filter-args");
const Qfilter_return = defsym(":filter-return");
const isAdvice = (f: LispObject | undefined): boolean => f !== undefined && Qadvice_p.f !== NIL && funcall(Qadvice_p, f) !== NIL;

/**
 * Whether the Lisp function that called `called-interactively-p' (the frame at E.depth) was called by
 * `funcall-interactively'.  Pieces of advice are looked through, as GNU's
 * advice--called-interactively-skip does: a function called by an advice wrapper counts as called the way
 * the advised function was, and an inner wrapper called from the body of an outer piece of advice is
 * followed out to that outer wrapper.  Like GNU's, this does not see through :filter-args and
 * :filter-return advice (GNU's own tests record that as a known failure).
 */
function calledInteractively(): boolean {
  const depths = interactiveDepths();
  if (depths.length === 0) return false;
  const top = depths[depths.length - 1];
  const transparent = (f: LispObject | undefined): boolean => {
    if (!isAdvice(f)) return false;
    const how = funcall(Qadvice_how, f!);
    return how !== Qfilter_args && how !== Qfilter_return;
  };
  // `apply' leaves a frame of its own (GNU's nadvice looks for it); this walk steps over those.
  const prev = (d: number): number => { let p = d - 1; while (p >= 1 && E.btFun[p] === Qapply) p--; return p; };
  let cur = E.depth;
  if (prev(cur) === top) return true;
  if (prev(cur) < 1 || !transparent(E.btFun[prev(cur)])) return false;
  cur = prev(cur); // now at the frame of the wrapper that called our caller
  for (;;) {
    if (prev(cur) === top) return true;
    const w = E.btFun[cur];
    // Called directly by an outer wrapper (before/after-style advice calls the next function itself).
    if (prev(cur) >= 1 && transparent(E.btFun[prev(cur)])) { cur = prev(cur); continue; }
    // Called from the body of an outer around advice: skip that body's frames to the outer wrapper.
    let k = cur - 1;
    for (; k >= 1; k--) if (isAdvice(E.btFun[k]) && funcall(Qadvice_cdr, E.btFun[k]!) === w) break;
    if (k < 1) return false;
    cur = k;
  }
}
const Qapply = defsym("apply");

defun("called-interactively-p", "(&optional kind)", "Return t if the containing function was called by `call-interactively'.",
  (kind) => {
    // With KIND `interactive', calls from keyboard macros and batch runs do not count (GNU's subr.el).
    const set = (name: string): boolean => { const v = findSymbolValue(E.intern(name)); return v !== UNBOUND && v !== NIL; };
    if (kind === Qinteractive && (set("noninteractive") || set("executing-kbd-macro"))) return NIL;
    return calledInteractively() ? T : NIL;
  });
