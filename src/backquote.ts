// The backquote macro's expander, in TypeScript for start-up speed (GNU: lisp/emacs-lisp/backquote.el).
// Nested backquotes keep inner levels quoted; `,@` splices at level 0; vectors expand through `vconcat`.
import { Cons, LispObject, LSymbol, NIL, T, defsym, list } from "./lisp.js";
import { defun } from "./defun.js";

const Qbackquote = defsym("`");
const Qcomma = defsym(",");
const Qcomma_at = defsym(",@");
const Qquote = defsym("quote");
const Qlist = defsym("list");
const Qcons = defsym("cons");
const Qappend = defsym("append");
const Qvconcat = defsym("vconcat");
const Qfunction = defsym("function");
const Qvector = defsym("vector");
const Qapply = defsym("apply");

function isForm(x: LispObject, head: LSymbol): boolean {
  return x instanceof Cons && x.car === head && x.cdr instanceof Cons && x.cdr.cdr === NIL;
}
/** Constants that stand for themselves in the expansion: GNU quotes only symbols (but nil and t) and conses. */
function needsQuote(x: LispObject): boolean {
  return x instanceof Cons || (x instanceof LSymbol && x !== NIL && x !== T);
}

/** An expansion: either a constant (to be quoted) or a form computing the value. */
type Exp = { constant: true; value: LispObject } | { constant: false; form: LispObject };
const K = (value: LispObject): Exp => ({ constant: true, value });
const F = (form: LispObject): Exp => ({ constant: false, form });
function toForm(e: Exp): LispObject {
  if (!e.constant) return e.form;
  return needsQuote(e.value) ? list(Qquote, e.value) : e.value;
}
/** Whether E is a form calling HEAD, e.g. (list ...). */
function isCall(e: Exp, head: LSymbol): e is { constant: false; form: Cons } {
  return !e.constant && e.form instanceof Cons && e.form.car === head;
}

function expand(x: LispObject, level: number): Exp {
  if (Array.isArray(x)) {
    const inner = expandList(arrayToLispList(x), level);
    if (inner.constant) return K(x);
    // The shapes GNU's backquote.el produces for each kind of list expansion.
    if (isCall(inner, Qlist)) return F(new Cons(Qvector, inner.form.cdr));
    if (isCall(inner, Qappend)) return F(new Cons(Qvconcat, inner.form.cdr));
    if (isCall(inner, Qcons)) return F(list(Qapply, list(Qfunction, Qvector), inner.form));
    return F(list(Qvconcat, inner.form));
  }
  if (!(x instanceof Cons)) return K(x);
  if (isForm(x, Qcomma) && level === 0) return F((x.cdr as Cons).car);
  // Inner levels rebuild (\, ...), (\,@ ...) and (\` ...) around their processed arguments.
  const head = x.car;
  if ((head === Qcomma || head === Qcomma_at) && level > 0 || head === Qbackquote) {
    const rest = expandList(x.cdr, head === Qbackquote ? level + 1 : level - 1);
    return rest.constant ? K(x) : F(list(Qcons, list(Qquote, head), toForm(rest)));
  }
  return expandList(x, level);
}

function arrayToLispList(xs: LispObject[]): LispObject {
  let r: LispObject = NIL;
  for (let i = xs.length - 1; i >= 0; i--) r = new Cons(xs[i], r);
  return r;
}

/** ELEMENT before the list ACC: constants fold, a `list' call grows, anything else is a `cons'. */
function consOnto(e: Exp, acc: Exp): Exp {
  if (e.constant && acc.constant) return K(new Cons(e.value, acc.value));
  const form = toForm(e);
  if (acc.constant && acc.value === NIL) return F(list(Qlist, form));
  if (isCall(acc, Qlist)) return F(new Cons(Qlist, new Cons(form, acc.form.cdr)));
  return F(list(Qcons, form, toForm(acc)));
}

/** A spliced list X before ACC: an `append', merged with one already there. */
function spliceOnto(x: LispObject, acc: Exp): Exp {
  if (acc.constant && acc.value === NIL) return F(x);
  if (isCall(acc, Qappend)) return F(new Cons(Qappend, new Cons(x, acc.form.cdr)));
  return F(list(Qappend, x, toForm(acc)));
}

/** Expands a list from its end, as GNU's backquote-process does, so that constant tails stay quoted. */
function expandList(x: LispObject, level: number): Exp {
  const items: LispObject[] = [];
  let tail: Exp = K(NIL);
  let l: LispObject = x;
  while (l instanceof Cons) {
    // A dotted unquote `(a . ,b)` reads as (a \, b): the rest of the list is the unquote form.
    if ((l.car === Qcomma && isForm(l, Qcomma)) || (l.car === Qbackquote && isForm(l, Qbackquote))) {
      tail = expand(l, level);
      l = NIL;
      break;
    }
    items.push(l.car);
    l = l.cdr;
  }
  // A dotted tail may be a vector with unquotes of its own.
  if (l !== NIL) tail = expand(l, level);
  let acc = tail;
  for (let i = items.length - 1; i >= 0; i--) {
    const item = items[i];
    if (level === 0 && isForm(item, Qcomma_at)) acc = spliceOnto(((item as Cons).cdr as Cons).car, acc);
    else acc = consOnto(expand(item, level), acc);
  }
  // Entirely constant: the original structure is used as it is.
  return acc.constant ? K(x) : acc;
}

defun("backquote--expand", "(structure)", "Expand the backquote STRUCTURE into a form that builds it.",
  (structure) => toForm(expand(structure, 0)));
