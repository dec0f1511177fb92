// Type predicates, type-of, conses, array access and subr introspection (GNU: data.c first half, aref/aset).
import {
  BoolVector, ByteCode, Cons, Interned, LFloat, LispObject, LRecord, LString, LSymbol, MANY, NIL, Subr, T, UNEVALLED,
  Vectorlike, charToJs, defsym, isFixnumRange, MAX_CHAR,
} from "../lisp.js";
import { defun } from "../defun.js";
import { E } from "../env.js";
import {
  argsOutOfRange, wrongType, Qarrayp, Qcharacterp, Qconsp, Qfixnump, Qlistp,
} from "../signal.js";
import { CharTable, charTableGet, charTableSet } from "../chartab.js";

const Qsubrp = defsym("subrp");
const Qmany = defsym("many");
const Qunevalled = defsym("unevalled");

/** A pseudovector of the given `type-of` name (markers, buffers, threads... defined elsewhere). */
const isPvec = (x: LispObject, type: string): boolean => x instanceof Vectorlike && x.lispType === type;

/** GNU `eq`: identity; fixnums (JS numbers) compare by value. */
export const eq = (a: LispObject, b: LispObject): boolean => a === b;

/** What `type-of` answers for X. */
export function typeOf(x: LispObject): LispObject {
  switch (typeof x) {
    case "number": case "bigint": return E.intern("integer");
  }
  if (x instanceof LSymbol) return E.intern("symbol");
  if (x instanceof Cons) return E.intern("cons");
  if (x instanceof LString) return E.intern("string");
  if (x instanceof LFloat) return E.intern("float");
  if (Array.isArray(x)) return E.intern("vector");
  if (x instanceof LRecord) {
    // A record whose type slot is itself a record (an EIEIO/cl class object) answers the class's name.
    const t = x.slots[0];
    if (t instanceof LRecord && t.slots.length > 1) return t.slots[1];
    return t;
  }
  return E.intern((x as Vectorlike).lispType);
}

defun("eq", "(obj1 obj2)", "Return t if the two args are the same Lisp object.", (a: LispObject, b: LispObject) => (a === b ? T : NIL));
defun("null", "(object)", "Return t if OBJECT is nil, and return nil otherwise.", (o: LispObject) => (o === NIL ? T : NIL));
defun("type-of", "(object)", "Return a symbol representing the type of OBJECT.", typeOf);

defun("consp", "(object)", "Return t if OBJECT is a cons cell.", (o: LispObject) => (o instanceof Cons ? T : NIL));
defun("atom", "(object)", "Return t if OBJECT is not a cons cell.  This includes nil.", (o: LispObject) => (o instanceof Cons ? NIL : T));
defun("listp", "(object)", "Return t if OBJECT is a list, that is, a cons cell or nil.", (o: LispObject) => (o === NIL || o instanceof Cons ? T : NIL));
defun("nlistp", "(object)", "Return t if OBJECT is not a list.  Lists include nil.", (o: LispObject) => (o === NIL || o instanceof Cons ? NIL : T));
defun("symbolp", "(object)", "Return t if OBJECT is a symbol.", (o: LispObject) => (o instanceof LSymbol ? T : NIL));

/** A keyword: a symbol interned in the initial obarray whose name starts with a colon. */
export function isKeyword(o: LispObject): boolean {
  return o instanceof LSymbol && o.name.charCodeAt(0) === 58 && o.interned === Interned.InInitialObarray;
}
defun("keywordp", "(object)", "Return t if OBJECT is a keyword.", (o: LispObject) => (isKeyword(o) ? T : NIL));
defun("vectorp", "(object)", "Return t if OBJECT is a vector.", (o: LispObject) => (Array.isArray(o) ? T : NIL));
defun("recordp", "(object)", "Return t if OBJECT is a record.", (o: LispObject) => (o instanceof LRecord ? T : NIL));
defun("stringp", "(object)", "Return t if OBJECT is a string.", (o: LispObject) => (o instanceof LString ? T : NIL));
defun("multibyte-string-p", "(object)", "Return t if OBJECT is a multibyte string.",
  (o: LispObject) => (o instanceof LString && o.multibyte ? T : NIL));
defun("vector-or-char-table-p", "(object)", "Return t if OBJECT is a char-table or vector.",
  (o: LispObject) => (Array.isArray(o) || o instanceof CharTable ? T : NIL));
defun("bool-vector-p", "(object)", "Return t if OBJECT is a bool-vector.", (o: LispObject) => (o instanceof BoolVector ? T : NIL));

/** GNU ARRAYP: vector, string, char-table or bool-vector. */
export function isArray(o: LispObject): boolean {
  return Array.isArray(o) || o instanceof LString || o instanceof BoolVector || o instanceof CharTable;
}
defun("arrayp", "(object)", "Return t if OBJECT is an array (string or vector).", (o: LispObject) => (isArray(o) ? T : NIL));
defun("sequencep", "(object)", "Return t if OBJECT is a sequence (list or array).",
  (o: LispObject) => (o === NIL || o instanceof Cons || isArray(o) ? T : NIL));
defun("bufferp", "(object)", "Return t if OBJECT is an editor buffer.", (o: LispObject) => (isPvec(o, "buffer") ? T : NIL));
defun("markerp", "(object)", "Return t if OBJECT is a marker (editor pointer).", (o: LispObject) => (isPvec(o, "marker") ? T : NIL));
defun("user-ptrp", "(object)", "Return t if OBJECT is a module user pointer.", (o: LispObject) => (isPvec(o, "user-ptr") ? T : NIL));
defun("subrp", "(object)", "Return t if OBJECT is a built-in function.", (o: LispObject) => (o instanceof Subr ? T : NIL));
defun("byte-code-function-p", "(object)", "Return t if OBJECT is a byte-compiled function object.",
  (o: LispObject) => (o instanceof ByteCode ? T : NIL));
defun("module-function-p", "(object)", "Return t if OBJECT is a function loaded from a dynamic module.",
  (o: LispObject) => (isPvec(o, "module-function") ? T : NIL));
defun("char-or-string-p", "(object)", "Return t if OBJECT is a character or a string.",
  (o: LispObject) => ((typeof o === "number" && o >= 0 && o <= MAX_CHAR) || o instanceof LString ? T : NIL));

const isInteger = (o: LispObject): boolean => typeof o === "number" || typeof o === "bigint";
defun("integerp", "(object)", "Return t if OBJECT is an integer.", (o: LispObject) => (isInteger(o) ? T : NIL));
defun("integer-or-marker-p", "(object)", "Return t if OBJECT is an integer or a marker (editor pointer).",
  (o: LispObject) => (isInteger(o) || isPvec(o, "marker") ? T : NIL));
defun("natnump", "(object)", "Return t if OBJECT is a nonnegative integer.", (o: LispObject) => ((typeof o === "number" || typeof o === "bigint") && o >= 0 ? T : NIL));
defun("numberp", "(object)", "Return t if OBJECT is a number (floating point or integer).",
  (o: LispObject) => (isInteger(o) || o instanceof LFloat ? T : NIL));
defun("number-or-marker-p", "(object)", "Return t if OBJECT is a number or a marker.",
  (o: LispObject) => (isInteger(o) || o instanceof LFloat || isPvec(o, "marker") ? T : NIL));
defun("floatp", "(object)", "Return t if OBJECT is a floating point number.", (o: LispObject) => (o instanceof LFloat ? T : NIL));
// fixnump and bignump are Lisp in GNU 28's subr.el; GNU fixnums are 62-bit, so some bigints here are fixnums.
defun("fixnump", "(object)", "Return t if OBJECT is a fixnum.", (o: LispObject) => (isInteger(o) && isFixnumRange(o) ? T : NIL));
defun("bignump", "(object)", "Return t if OBJECT is a bignum.", (o: LispObject) => (typeof o === "bigint" && !isFixnumRange(o) ? T : NIL));
defun("threadp", "(object)", "Return t if OBJECT is a thread.", (o: LispObject) => (isPvec(o, "thread") ? T : NIL));
defun("mutexp", "(object)", "Return t if OBJECT is a mutex.", (o: LispObject) => (isPvec(o, "mutex") ? T : NIL));
defun("condition-variable-p", "(object)", "Return t if OBJECT is a condition variable.",
  (o: LispObject) => (isPvec(o, "condition-variable") ? T : NIL));

// ---------------------------------------------------------------------------------------------
// Conses.
// ---------------------------------------------------------------------------------------------
export function car(x: LispObject): LispObject {
  if (x instanceof Cons) return x.car;
  if (x === NIL) return NIL;
  return wrongType(Qlistp, x);
}
export function cdr(x: LispObject): LispObject {
  if (x instanceof Cons) return x.cdr;
  if (x === NIL) return NIL;
  return wrongType(Qlistp, x);
}
defun("car", "(list)", "Return the car of LIST.  If LIST is nil, return nil.", car);
defun("cdr", "(list)", "Return the cdr of LIST.  If LIST is nil, return nil.", cdr);
defun("car-safe", "(object)", "Return the car of OBJECT if it is a cons cell, or else nil.", (o: LispObject) => (o instanceof Cons ? o.car : NIL));
defun("cdr-safe", "(object)", "Return the cdr of OBJECT if it is a cons cell, or else nil.", (o: LispObject) => (o instanceof Cons ? o.cdr : NIL));
defun("setcar", "(cell newcar)", "Set the car of CELL to be NEWCAR.  Returns NEWCAR.", (cell: LispObject, v: LispObject) => {
  if (!(cell instanceof Cons)) return wrongType(Qconsp, cell);
  cell.car = v;
  return v;
});
defun("setcdr", "(cell newcdr)", "Set the cdr of CELL to be NEWCDR.  Returns NEWCDR.", (cell: LispObject, v: LispObject) => {
  if (!(cell instanceof Cons)) return wrongType(Qconsp, cell);
  cell.cdr = v;
  return v;
});

// ---------------------------------------------------------------------------------------------
// Subr introspection.
// ---------------------------------------------------------------------------------------------
defun("subr-arity", "(subr)", "Return minimum and maximum number of args allowed for SUBR.", (subr: LispObject) => {
  if (!(subr instanceof Subr)) return wrongType(Qsubrp, subr);
  const max = subr.maxArgs === MANY ? Qmany : subr.maxArgs === UNEVALLED ? Qunevalled : subr.maxArgs;
  return new Cons(subr.minArgs, max);
});
defun("subr-name", "(subr)", "Return name of subroutine SUBR.", (subr: LispObject) => {
  if (!(subr instanceof Subr)) return wrongType(Qsubrp, subr);
  return LString.fromJs(subr.name);
});

// Without native compilation these answer as GNU Emacs built without it does.
defun("subr-native-elisp-p", "(object)", "Return t if the object is native compiled lisp function, nil otherwise.", () => NIL);
defun("subr-native-lambda-list", "(subr)", "Return the lambda list for a native compiled lisp/d function or t otherwise.",
  (subr: LispObject) => (subr instanceof Subr ? T : wrongType(Qsubrp, subr)));
defun("subr-type", "(subr)", "Return the type of SUBR.", (subr: LispObject) => (subr instanceof Subr ? NIL : wrongType(Qsubrp, subr)));

// ---------------------------------------------------------------------------------------------
// aref / aset.
// ---------------------------------------------------------------------------------------------
/** An array index (GNU CHECK_FIXNUM): 62-bit fixnums beyond JS's safe range are simply out of range. */
function checkIndex(idx: LispObject): number {
  if (typeof idx === "number") return idx;
  if (typeof idx === "bigint" && isFixnumRange(idx)) return idx > 0n ? Infinity : -Infinity;
  return wrongType(Qfixnump, idx);
}
function checkCharIdx(idx: number, orig: LispObject): number {
  if (idx >= 0 && idx <= MAX_CHAR) return idx;
  return wrongType(Qcharacterp, orig);
}

export function aref(array: LispObject, idx: LispObject): LispObject {
  const i = checkIndex(idx);
  if (Array.isArray(array)) {
    if (i >= 0 && i < array.length) return array[i];
    return argsOutOfRange(array, idx);
  }
  if (array instanceof LString) {
    if (!(i >= 0 && i < array.length)) return argsOutOfRange(array, idx);
    return array.charAt(i);
  }
  if (array instanceof BoolVector) {
    if (!(i >= 0 && i < array.bits.length)) return argsOutOfRange(array, idx);
    return array.bits[i] ? T : NIL;
  }
  if (array instanceof CharTable) return charTableGet(array, checkCharIdx(i, idx));
  if (array instanceof LRecord || array instanceof ByteCode) {
    if (i >= 0 && i < array.slots.length) return array.slots[i];
    return argsOutOfRange(array, idx);
  }
  return wrongType(Qarrayp, array);
}

/** Stores character C at character index I of string S, as GNU's aset does. */
export function stringSet(s: LString, i: number, c: number): void {
  if (!s.multibyte) {
    if (c < 256) {
      // A unibyte string stores any single-byte value as a raw byte, even 128..255.
      if (s.s.charCodeAt(i) !== c) { s.s = s.s.slice(0, i) + String.fromCharCode(c) + s.s.slice(i + 1); s.changed(); }
      return;
    }
    // Only an all-ASCII unibyte string may become multibyte to hold C.
    for (let k = 0; k < s.s.length; k++) if (s.s.charCodeAt(k) > 0x7f) argsOutOfRange(s, c);
    s.multibyte = true;
  }
  const j = s.jsIndex(i);
  const w = s.s.charCodeAt(j) >= 0xd800 && s.s.charCodeAt(j) <= 0xdfff && j + 1 < s.s.length ? 2 : 1;
  const js = charToJs(c);
  if (w === 1 && js.length === 1 && s.s.charCodeAt(j) === js.charCodeAt(0)) return;
  s.s = s.s.slice(0, j) + js + s.s.slice(j + w);
  s.changed();
}

export function aset(array: LispObject, idx: LispObject, newelt: LispObject): LispObject {
  const i = checkIndex(idx);
  if (Array.isArray(array)) {
    if (!(i >= 0 && i < array.length)) return argsOutOfRange(array, idx);
    array[i] = newelt;
  } else if (array instanceof LRecord) {
    if (!(i >= 0 && i < array.slots.length)) return argsOutOfRange(array, idx);
    array.slots[i] = newelt;
  } else if (array instanceof BoolVector) {
    if (!(i >= 0 && i < array.bits.length)) return argsOutOfRange(array, idx);
    array.bits[i] = newelt === NIL ? 0 : 1;
  } else if (array instanceof CharTable) {
    charTableSet(array, checkCharIdx(i, idx), newelt);
  } else if (array instanceof LString) {
    if (!(i >= 0 && i < array.length)) return argsOutOfRange(array, idx);
    if (!(typeof newelt === "number" && newelt >= 0 && newelt <= MAX_CHAR)) return wrongType(Qcharacterp, newelt);
    stringSet(array, i, newelt);
  } else return wrongType(Qarrayp, array);
  return newelt;
}

defun("aref", "(array idx)", "Return the element of ARRAY at index IDX.", aref);
defun("aset", "(array idx newelt)", "Store into the element of ARRAY at index IDX the value NEWELT.", aset);
