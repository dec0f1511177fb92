// The backquote macro's expander, in TypeScript for start-up speed (GNU: lisp/emacs-lisp/backquote.el).
// Nested backquotes keep inner levels quoted; `,@` splices at level 0; vectors expand through `vconcat`.
import { Cons, LispObject, LSymbol, NIL, T, defsym, list, LString, LFloat } from "./lisp.js";
import { defun } from "./defun.js";
import { error } from "./signal.js";

const Qbackquote = defsym("`");
const Qcomma = defsym(",");
const Qcomma_at = defsym(",@");
const Qquote = defsym("quote");
const Qlist = defsym("list");
const Qcons = defsym("cons");
const Qappend = defsym("append");
const Qvconcat = defsym("vconcat");
const Qfunction = defsym("function");

function isForm(x: LispObject, head: LSymbol): boolean {
  return x instanceof Cons && x.car === head && x.cdr instanceof Cons && x.cdr.cdr === NIL;
}
function selfEvaluating(x: LispObject): boolean {
  return typeof x === "number" || typeof x === "bigint" || x instanceof LFloat || x instanceof LString
    || x === NIL || x === T || (x instanceof LSymbol && x.name.startsWith(":"));
}

/** An expansion: either a constant (to be quoted) or a form computing the value. */
type Exp = { constant: true; value: LispObject } | { constant: false; form: LispObject };
const K = (value: LispObject): Exp => ({ constant: true, value });
const F = (form: LispObject): Exp => ({ constant: false, form });
function toForm(e: Exp): LispObject {
  if (!e.constant) return e.form;
  return selfEvaluating(e.value) ? e.value : list(Qquote, e.value);
}

function expand(x: LispObject, level: number): Exp {
  if (Array.isArray(x)) {
    const inner = expandList(arrayToLispList(x), level);
    if (inner.constant) return K(x);
    return F(list(Qvconcat, toForm(inner)));
  }
  if (!(x instanceof Cons)) return K(x);
  if (isForm(x, Qcomma)) {
    if (level === 0) return F((x.cdr as Cons).car);
    const e = expand((x.cdr as Cons).car, level - 1);
    return e.constant ? K(x) : F(list(Qlist, list(Qquote, Qcomma), toForm(e)));
  }
  if (isForm(x, Qcomma_at) && level > 0) {
    const e = expand((x.cdr as Cons).car, level - 1);
    return e.constant ? K(x) : F(list(Qlist, list(Qquote, Qcomma_at), toForm(e)));
  }
  if (isForm(x, Qbackquote)) {
    const e = expand((x.cdr as Cons).car, level + 1);
    return e.constant ? K(x) : F(list(Qlist, list(Qquote, Qbackquote), toForm(e)));
  }
  return expandList(x, level);
}

function arrayToLispList(xs: LispObject[]): LispObject {
  let r: LispObject = NIL;
  for (let i = xs.length - 1; i >= 0; i--) r = new Cons(xs[i], r);
  return r;
}

/** Expands a list, collecting runs of single elements into `list` and splices into `append`. */
function expandList(x: LispObject, level: number): Exp {
  const segments: Exp[] = []; // each evaluates to a list, to be appended
  let run: Exp[] = [];
  const flush = () => {
    if (run.length === 0) return;
    if (run.every((e) => e.constant)) segments.push(K(arrayToLispList(run.map((e) => (e as { value: LispObject }).value))));
    else segments.push(F(new Cons(Qlist, arrayToLispList(run.map(toForm)))));
    run = [];
  };
  let tail: Exp = K(NIL);
  let l: LispObject = x;
  while (l instanceof Cons) {
    // A dotted unquote `(a . ,b)` reads as (a \, b): the rest of the list is the unquote form.
    if (l.car === Qcomma && isForm(l, Qcomma)) { tail = expand(l, level); break; }
    if (l.car === Qcomma_at && isForm(l, Qcomma_at) && level === 0) error(",@ after .");
    if (l.car === Qbackquote && isForm(l, Qbackquote)) { tail = expand(l, level); break; }
    const item = l.car;
    if (isForm(item, Qcomma_at) && level === 0 && item instanceof Cons) {
      flush();
      segments.push(F((item.cdr as Cons).car));
    } else run.push(expand(item, level));
    l = l.cdr;
  }
  if (!(l instanceof Cons) && l !== NIL) tail = expand(l, level);
  flush();
  if (segments.every((s) => s.constant) && tail.constant) {
    // Entirely constant: the original structure can be used as is.
    return K(x);
  }
  // Build (append seg1 seg2 ... tail), simplifying the common shapes.
  const parts = segments.map(toForm);
  const tailForm = toForm(tail);
  if (parts.length === 1 && segments[0].constant === false && (segments[0].form as Cons).car === Qlist && tail.constant && tail.value === NIL) {
    return segments[0];
  }
  if (parts.length === 1 && tail.constant && tail.value === NIL) {
    // A single splice must still be copied? GNU's backquote returns the spliced list itself when it is last.
    return F(parts[0]);
  }
  if (parts.length === 1 && (segments[0] as { form?: LispObject }).form instanceof Cons
      && ((segments[0] as { form: Cons }).form.car === Qlist)) {
    // (list a b) followed by a tail: use cons chains.
    let acc: LispObject = tailForm;
    const elems: LispObject[] = [];
    for (let e = ((segments[0] as { form: Cons }).form.cdr); e instanceof Cons; e = e.cdr) elems.push(e.car);
    for (let i = elems.length - 1; i >= 0; i--) acc = list(Qcons, elems[i], acc);
    return F(acc);
  }
  const args = tail.constant && tail.value === NIL ? parts : [...parts, tailForm];
  return F(new Cons(Qappend, arrayToLispList(args)));
}

defun("backquote--expand", "(structure)", "Expand the backquote STRUCTURE into a form that builds it.",
  (structure) => toForm(expand(structure, 0)));
void Qfunction;
