// Obarrays and interning: intern, intern-soft, unintern, mapatoms, shorthands (GNU: lread.c oblookup & co).
//
// In GNU 28 an obarray is a vector of hash buckets. Here the initial obarray is a Lisp vector whose symbol
// table is the Env's `E.obarray` Map; any other vector used as an obarray (make-vector N 0, obarray-make)
// gets its own Map, kept in a WeakMap keyed by the vector so it is collected with it.
import { defun, defvar } from "../defun.js";
import { E, findSymbolValue, setInternal } from "../env.js";
import { funcall } from "../eval.js";
import { Cons, defsym, Interned, isNumber, LFloat, LispObject, LString, LSymbol, makeSymbol, NIL, T } from "../lisp.js";
import {
  checkString, Qnumber_or_marker_p, Qvectorp, Qwholenump, Qwrong_type_argument, wrongType, xsignal,
} from "../signal.js";

/** GNU's OBARRAY_SIZE: the length of the initial obarray vector. */
const OBARRAY_SIZE = 15121;

/** Per-Env state of the lread modules (E.ext.lread). */
export interface LreadState {
  initialObarray: LispObject[];
  tables: WeakMap<LispObject[], Map<string, LSymbol>>;
  /** Files being loaded, innermost first (GNU: Vloads_in_progress). */
  loadsInProgress: LispObject[];
  /** The empty string every `""` reads as: GNU shares one empty unibyte string (so (eq "" "") is t). */
  emptyString: LString;
  /** Likewise the empty vector: GNU's `[]` is always its one zero-length vector. */
  emptyVector: LispObject[];
}

export function lreadState(): LreadState {
  let st = E.ext.lread as LreadState | undefined;
  if (!st) {
    st = {
      initialObarray: new Array(OBARRAY_SIZE).fill(0), tables: new WeakMap(), loadsInProgress: [],
      emptyString: new LString("", false), emptyVector: [],
    };
    E.ext.lread = st;
  }
  return st;
}

export const Vobarray = defvar("obarray", () => lreadState().initialObarray, `Symbol table for use by \`intern' and \`read'.
It is a vector whose length ought to be prime for best results.
The vector's contents don't make sense if examined from Lisp programs;
to find all the symbols in an obarray, use \`mapatoms'.`);
export const Vread_symbol_shorthands = defvar("read-symbol-shorthands", NIL, `Alist of known symbol-name shorthands.
This variable's value can only be set via file-local variables.
See Info node \`(elisp)Shorthands' for more details.`);

/** Signals unless OB is a non-empty vector; resets `obarray' first if it is the culprit (GNU: check_obarray). */
export function checkObarray(ob: LispObject): LispObject[] {
  if (Array.isArray(ob) && ob.length > 0) return ob;
  if (findSymbolValue(Vobarray) === ob) setInternal(Vobarray, lreadState().initialObarray);
  return wrongType(Qvectorp, ob);
}

/** The symbol table of obarray vector OB (created on first use). */
export function obarrayTable(ob: LispObject[]): Map<string, LSymbol> {
  const st = lreadState();
  if (ob === st.initialObarray) return E.obarray;
  let m = st.tables.get(ob);
  if (!m) { m = new Map(); st.tables.set(ob, m); }
  return m;
}

/** The current value of `obarray', checked. */
export function currentObarray(): LispObject[] {
  return checkObarray(findSymbolValue(Vobarray));
}

/** Interns NAME in obarray OB (no shorthand expansion). Keywords are constants only in the initial obarray. */
export function internIn(ob: LispObject[], name: string): LSymbol {
  const st = lreadState();
  if (ob === st.initialObarray) return E.intern(name);
  const table = obarrayTable(ob);
  let s = table.get(name);
  if (!s) {
    s = makeSymbol(name);
    s.interned = Interned.Interned;
    table.set(name, s);
  }
  return s;
}

/** Interns NAME in the current obarray, as the reader does (fast path for the initial obarray). */
export function internCurrent(name: string): LSymbol {
  const ob = findSymbolValue(Vobarray);
  if (ob === lreadState().initialObarray) return E.intern(name);
  return internIn(checkObarray(ob), name);
}

/** Characters of the only core symbols made entirely of symbol-constituent punctuation; exempt from shorthands. */
function shorthandExempt(name: string): boolean {
  for (let i = 0; i < name.length; i++) if ("^*+-/<=>_|".indexOf(name[i]) < 0) return false;
  return true;
}

/**
 * NAME after `read-symbol-shorthands' expansion: the first (SHORTHAND . LONGHAND) pair whose SHORTHAND
 * prefixes NAME replaces that prefix (GNU: oblookup_considering_shorthand). Non-string entries are skipped.
 */
export function expandShorthand(name: string, reading: boolean): string {
  let tail = findSymbolValue(Vread_symbol_shorthands);
  if (tail === NIL || !(tail instanceof Cons)) return name;
  if (reading && shorthandExempt(name)) return name;
  let n = 0;
  for (; tail instanceof Cons && n < 100000; tail = tail.cdr, n++) {
    const pair = tail.car;
    if (!(pair instanceof Cons) || !(pair.car instanceof LString) || !(pair.cdr instanceof LString)) continue;
    const sh = pair.car.s;
    if (name.startsWith(sh)) return pair.cdr.s + name.slice(sh.length);
  }
  return name;
}

defun("intern", "(string &optional obarray)", `Return the canonical symbol whose name is STRING.
If there is none, one is created by this function and returned.
A second optional argument specifies the obarray to use;
it defaults to the value of \`obarray'.`, (string, obarray) => {
  const ob = checkObarray(obarray === NIL ? findSymbolValue(Vobarray) : obarray);
  const name = checkString(string).s;
  return internIn(ob, expandShorthand(name, false));
});

defun("intern-soft", "(name &optional obarray)", `Return the canonical symbol named NAME, or nil if none exists.
NAME may be a string or a symbol.  If it is a symbol, that exact
symbol is searched for.
A second optional argument specifies the obarray to use;
it defaults to the value of \`obarray'.`, (name, obarray) => {
  const ob = checkObarray(obarray === NIL ? findSymbolValue(Vobarray) : obarray);
  const table = obarrayTable(ob);
  if (name instanceof LSymbol) return table.get(name.name) === name ? name : NIL;
  const s = table.get(expandShorthand(checkString(name).s, false));
  return s ?? NIL;
});

defun("unintern", "(name obarray)", `Delete the symbol named NAME, if any, from OBARRAY.
The value is t if a symbol was found and deleted, nil otherwise.
NAME may be a string or a symbol.  If it is a symbol, that symbol
is deleted, if it belongs to OBARRAY--no other symbol is deleted.
OBARRAY, if nil, defaults to the value of the variable \`obarray'.
usage: (unintern NAME OBARRAY)`, (name, obarray) => {
  const ob = checkObarray(obarray === NIL ? findSymbolValue(Vobarray) : obarray);
  const str = name instanceof LSymbol ? name.name : checkString(name).s;
  const table = obarrayTable(ob);
  const key = expandShorthand(str, false);
  const s = table.get(key);
  if (!s) return NIL;
  if (name instanceof LSymbol && name !== s) return NIL;
  s.interned = Interned.Uninterned;
  table.delete(key);
  return T;
});

defun("mapatoms", "(function &optional obarray)", `Call FUNCTION on every symbol in OBARRAY.
OBARRAY defaults to the value of \`obarray'.`, (fn, obarray) => {
  const ob = checkObarray(obarray === NIL ? findSymbolValue(Vobarray) : obarray);
  // A snapshot: symbols interned by FUNCTION itself are not visited (GNU's buckets behave similarly).
  const syms = Array.from(obarrayTable(ob).values());
  for (const s of syms) funcall(fn, s);
  return NIL;
});

defun("obarray-make", "(&optional size)", `Return a new obarray of size SIZE or \`obarray-default-size'.`, (size) => {
  // GNU 28 defines this in obarray.el: (make-vector SIZE 0), SIZE defaulting to 59, and a
  // (wrong-type-argument size 0) signal for a non-positive size.
  const n = size === NIL ? 59 : size;
  if (!isNumber(n)) return wrongType(Qnumber_or_marker_p, n);
  if (!(Number(n instanceof LFloat ? n.n : n) > 0)) return xsignal(Qwrong_type_argument, defsym("size"), 0);
  if (typeof n !== "number") return wrongType(Qwholenump, n);
  return new Array(n).fill(0);
});
