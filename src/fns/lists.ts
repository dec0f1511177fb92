// List primitives: nthcdr, nth, member/assoc families, delq, property lists, get/put, nconc (GNU: fns.c).
//
// Every walk that GNU makes with FOR_EACH_TAIL is made here with the same Brent cycle check (the
// tortoise teleports after 2, 4, 8... steps), so a circular list signals circular-list with the same tail
// as GNU, and a dotted list signals (wrong-type-argument listp LIST) with the same object.
import { defun, defvar } from "../defun.js";
import { findSymbolValue } from "../env.js";
import { funcall } from "../eval.js";
import { Cons, LFloat, LispObject, LSymbol, NIL } from "../lisp.js";
import { checkCons, checkSymbol, Qintegerp, Qlistp, wrongType } from "../signal.js";
import { circularList, Qplistp } from "./common.js";
import { equal, eql } from "./equal.js";

/** `car` of a list, signalling (wrong-type-argument listp X) otherwise. */
export function carOf(x: LispObject): LispObject {
  if (x instanceof Cons) return x.car;
  if (x === NIL) return NIL;
  return wrongType(Qlistp, x);
}

/** Counts up to this are walked without a cycle check (see `nthcdr`). */
const PLAIN_WALK_MAX = 1 << 20;

/** `nthcdr`. N may be a bignum; cycles are cut short by reducing the count modulo the cycle length. */
export function nthcdr(n: LispObject, list: LispObject): LispObject {
  let num: number;
  let big: bigint | null = null;
  if (typeof n === "number") num = n;
  else if (typeof n === "bigint") {
    if (n < 0n) return list;
    big = n; num = Number.MAX_SAFE_INTEGER;
  } else return wrongType(Qintegerp, n);
  let tail = list;
  // Any count this small terminates even on a circular list, so the walk needs no cycle check; GNU's
  // result (the Nth tail) is the same however it is reached.
  if (num <= PLAIN_WALK_MAX) {
    for (; num > 0; num--) {
      if (!(tail instanceof Cons)) {
        if (tail !== NIL) wrongType(Qlistp, list);
        return NIL;
      }
      tail = tail.cdr;
    }
    return tail;
  }
  let tortoise = tail, pw = 2, lam = 0, steps = 0;
  while (tail instanceof Cons) {
    tail = tail.cdr;
    steps++;
    if (--num === 0) return tail;
    if (++lam === pw) { tortoise = tail; pw *= 2; lam = 0; } else if (tail === tortoise) {
      // TAIL is on a cycle: go round it only as often as needed.
      let cycle = 1;
      for (let t = (tail as Cons).cdr; t !== tail; t = (t as Cons).cdr) cycle++;
      let rest = big !== null ? Number((big - BigInt(steps)) % BigInt(cycle)) : num % cycle;
      for (; rest > 0; rest--) tail = (tail as Cons).cdr;
      return tail;
    }
  }
  if (tail !== NIL) wrongType(Qlistp, list);
  return NIL;
}

export const Fnthcdr = defun("nthcdr", "(n list)", `Take cdr N times on LIST, return the result.`, nthcdr);

export const Fnth = defun("nth", "(n list)", `Return the Nth element of LIST.
N counts from zero.  If LIST is not that long, nil is returned.`, (n: LispObject, list: LispObject) => {
  if (typeof n === "number" && n <= PLAIN_WALK_MAX) {
    // The common case, inlined: no allocation, no cycle check.
    let tail = list;
    for (; n > 0; n--) {
      if (!(tail instanceof Cons)) {
        if (tail !== NIL) wrongType(Qlistp, list);
        return NIL;
      }
      tail = tail.cdr;
    }
    return carOf(tail);
  }
  return carOf(nthcdr(n, list));
});

// ---------------------------------------------------------------------------------------------
// Membership and association.
// ---------------------------------------------------------------------------------------------
/**
 * `memq`. The loops are split by the type of ELT so that each `===` only ever sees objects or only
 * numbers: V8 then compiles it to a pointer or integer comparison instead of its generic strict-equality
 * call, which made these hot loops several times slower once they had seen mixed arguments.
 */
export function memq(elt: LispObject, list: LispObject): LispObject {
  let tail = list, tortoise = list, pw = 2, lam = 0;
  if (typeof elt === "object") {
    while (tail instanceof Cons) {
      const c = tail.car;
      if (typeof c === "object" && c === elt) return tail;
      tail = tail.cdr;
      if (++lam === pw) { tortoise = tail; pw *= 2; lam = 0; } else if (tail === tortoise) circularList(tail);
    }
  } else if (typeof elt === "number") {
    while (tail instanceof Cons) {
      const c = tail.car;
      if (typeof c === "number" && c === elt) return tail;
      tail = tail.cdr;
      if (++lam === pw) { tortoise = tail; pw *= 2; lam = 0; } else if (tail === tortoise) circularList(tail);
    }
  } else {
    while (tail instanceof Cons) {
      if (tail.car === elt) return tail;
      tail = tail.cdr;
      if (++lam === pw) { tortoise = tail; pw *= 2; lam = 0; } else if (tail === tortoise) circularList(tail);
    }
  }
  if (tail !== NIL) wrongType(Qlistp, list);
  return NIL;
}

/** `member`. */
export function member(elt: LispObject, list: LispObject): LispObject {
  if (typeof elt === "number" || elt instanceof LSymbol) return memq(elt, list);
  let tail = list, tortoise = list, pw = 2, lam = 0;
  while (tail instanceof Cons) {
    if (equal(elt, tail.car)) return tail;
    tail = tail.cdr;
    if (++lam === pw) { tortoise = tail; pw *= 2; lam = 0; } else if (tail === tortoise) circularList(tail);
  }
  if (tail !== NIL) wrongType(Qlistp, list);
  return NIL;
}

/** `memql`. */
export function memql(elt: LispObject, list: LispObject): LispObject {
  if (!(elt instanceof LFloat)) return memq(elt, list); // bignums compare by value with ===
  let tail = list, tortoise = list, pw = 2, lam = 0;
  while (tail instanceof Cons) {
    if (eql(elt, tail.car)) return tail;
    tail = tail.cdr;
    if (++lam === pw) { tortoise = tail; pw *= 2; lam = 0; } else if (tail === tortoise) circularList(tail);
  }
  if (tail !== NIL) wrongType(Qlistp, list);
  return NIL;
}

/** `assq` (split by key type like `memq`). */
export function assq(key: LispObject, alist: LispObject): LispObject {
  let tail = alist, tortoise = alist, pw = 2, lam = 0;
  if (typeof key === "object") {
    while (tail instanceof Cons) {
      const e = tail.car;
      if (e instanceof Cons) { const k = e.car; if (typeof k === "object" && k === key) return e; }
      tail = tail.cdr;
      if (++lam === pw) { tortoise = tail; pw *= 2; lam = 0; } else if (tail === tortoise) circularList(tail);
    }
  } else if (typeof key === "number") {
    while (tail instanceof Cons) {
      const e = tail.car;
      if (e instanceof Cons) { const k = e.car; if (typeof k === "number" && k === key) return e; }
      tail = tail.cdr;
      if (++lam === pw) { tortoise = tail; pw *= 2; lam = 0; } else if (tail === tortoise) circularList(tail);
    }
  } else {
    while (tail instanceof Cons) {
      const e = tail.car;
      if (e instanceof Cons && e.car === key) return e;
      tail = tail.cdr;
      if (++lam === pw) { tortoise = tail; pw *= 2; lam = 0; } else if (tail === tortoise) circularList(tail);
    }
  }
  if (tail !== NIL) wrongType(Qlistp, alist);
  return NIL;
}

/** `assoc` (TESTFN nil means `equal`). */
export function assoc(key: LispObject, alist: LispObject, testfn: LispObject = NIL): LispObject {
  if (testfn === NIL && (typeof key === "number" || key instanceof LSymbol)) return assq(key, alist);
  let tail = alist, tortoise = alist, pw = 2, lam = 0;
  while (tail instanceof Cons) {
    const e = tail.car;
    if (e instanceof Cons) {
      const k = e.car;
      if (testfn === NIL ? k === key || equal(k, key) : funcall(testfn, k, key) !== NIL) return e;
    }
    tail = tail.cdr;
    if (++lam === pw) { tortoise = tail; pw *= 2; lam = 0; } else if (tail === tortoise) circularList(tail);
  }
  if (tail !== NIL) wrongType(Qlistp, alist);
  return NIL;
}

/** `rassq`. */
export function rassq(key: LispObject, alist: LispObject): LispObject {
  let tail = alist, tortoise = alist, pw = 2, lam = 0;
  while (tail instanceof Cons) {
    const e = tail.car;
    if (e instanceof Cons && e.cdr === key) return e;
    tail = tail.cdr;
    if (++lam === pw) { tortoise = tail; pw *= 2; lam = 0; } else if (tail === tortoise) circularList(tail);
  }
  if (tail !== NIL) wrongType(Qlistp, alist);
  return NIL;
}

/** `rassoc`. */
export function rassoc(key: LispObject, alist: LispObject): LispObject {
  if (typeof key === "number" || key instanceof LSymbol) return rassq(key, alist);
  let tail = alist, tortoise = alist, pw = 2, lam = 0;
  while (tail instanceof Cons) {
    const e = tail.car;
    if (e instanceof Cons && (e.cdr === key || equal(e.cdr, key))) return e;
    tail = tail.cdr;
    if (++lam === pw) { tortoise = tail; pw *= 2; lam = 0; } else if (tail === tortoise) circularList(tail);
  }
  if (tail !== NIL) wrongType(Qlistp, alist);
  return NIL;
}

defun("member", "(elt list)", `Return non-nil if ELT is an element of LIST.  Comparison done with \`equal'.
The value is actually the tail of LIST whose car is ELT.`, member);
defun("memq", "(elt list)", `Return non-nil if ELT is an element of LIST.  Comparison done with \`eq'.
The value is actually the tail of LIST whose car is ELT.`, memq);
defun("memql", "(elt list)", `Return non-nil if ELT is an element of LIST.  Comparison done with \`eql'.
The value is actually the tail of LIST whose car is ELT.`, memql);
defun("assq", "(key alist)", `Return non-nil if KEY is \`eq' to the car of an element of ALIST.
The value is actually the first element of ALIST whose car is KEY.
Elements of ALIST that are not conses are ignored.`, assq);
defun("assoc", "(key alist &optional testfn)", `Return non-nil if KEY is equal to the car of an element of ALIST.
The value is actually the first element of ALIST whose car equals KEY.

Equality is defined by the function TESTFN, defaulting to \`equal'.
TESTFN is called with 2 arguments: a car of an alist element and KEY.`, assoc);
defun("rassq", "(key alist)", `Return non-nil if KEY is \`eq' to the cdr of an element of ALIST.
The value is actually the first element of ALIST whose cdr is KEY.`, rassq);
defun("rassoc", "(key alist)", `Return non-nil if KEY is \`equal' to the cdr of an element of ALIST.
The value is actually the first element of ALIST whose cdr equals KEY.`, rassoc);

/** `delq`. */
export function delq(elt: LispObject, list: LispObject): LispObject {
  let prev: Cons | null = null;
  let tail = list, tortoise = list, pw = 2, lam = 0;
  while (tail instanceof Cons) {
    if (tail.car === elt) {
      if (prev === null) list = tail.cdr;
      else prev.cdr = tail.cdr;
    } else prev = tail;
    tail = tail.cdr;
    if (++lam === pw) { tortoise = tail; pw *= 2; lam = 0; } else if (tail === tortoise) circularList(tail);
  }
  if (tail !== NIL) wrongType(Qlistp, list);
  return list;
}

defun("delq", "(elt list)", `Delete members of LIST which are \`eq' to ELT, and return the result.
More precisely, this function skips any members \`eq' to ELT at the
front of LIST, then removes members \`eq' to ELT from the remaining
sublist by modifying its list structure, then returns the resulting
list.

Write \`(setq foo (delq element foo))' to be sure of correctly changing
the value of a list \`foo'.  See also \`remq', which does not modify the
argument.`, delq);

/** `delete` on a list: like delq with `equal`. */
export function deleteFromList(elt: LispObject, seq: LispObject): LispObject {
  let prev: Cons | null = null;
  let tail = seq, tortoise = seq, pw = 2, lam = 0;
  while (tail instanceof Cons) {
    if (equal(elt, tail.car)) {
      if (prev === null) seq = tail.cdr;
      else prev.cdr = tail.cdr;
    } else prev = tail;
    tail = tail.cdr;
    if (++lam === pw) { tortoise = tail; pw *= 2; lam = 0; } else if (tail === tortoise) circularList(tail);
  }
  if (tail !== NIL) wrongType(Qlistp, seq);
  return seq;
}

// ---------------------------------------------------------------------------------------------
// Property lists. The walks step two conses at a time; the cycle check runs once per pair, as GNU's
// FOR_EACH_TAIL does around a body that itself takes one cdr.
// ---------------------------------------------------------------------------------------------
/** `plist-get`: never signals; stops at a cycle or a malformed tail. Property names are nearly always symbols. */
export function plistGet(plist: LispObject, prop: LispObject): LispObject {
  let tail = plist, tortoise = plist, pw = 2, lam = 0;
  const isObj = typeof prop === "object";
  while (tail instanceof Cons) {
    const rest: LispObject = tail.cdr;
    if (!(rest instanceof Cons)) break;
    const k = tail.car;
    if (isObj ? typeof k === "object" && k === prop : k === prop) return rest.car;
    tail = rest.cdr;
    if (++lam === pw) { tortoise = tail; pw *= 2; lam = 0; } else if (tail === tortoise) return NIL;
  }
  return NIL;
}

/** `plist-put` (PRED nil: eq) and `lax-plist-put` (PRED equal). */
function plistPutWith(plist: LispObject, prop: LispObject, val: LispObject, lax: boolean): LispObject {
  let prev: Cons | null = null;
  let tail = plist, tortoise = plist, pw = 2, lam = 0;
  while (tail instanceof Cons) {
    const rest: LispObject = tail.cdr;
    if (!(rest instanceof Cons)) break;
    if (lax ? equal(prop, tail.car) : tail.car === prop) { rest.car = val; return plist; }
    prev = tail;
    tail = rest.cdr;
    if (++lam === pw) { tortoise = tail; pw *= 2; lam = 0; } else if (tail === tortoise) circularList(tail);
  }
  if (tail !== NIL) wrongType(Qplistp, plist);
  if (prev === null) return new Cons(prop, new Cons(val, lax ? NIL : plist));
  const newcell = new Cons(prop, new Cons(val, lax ? NIL : ((prev.cdr as Cons).cdr)));
  (prev.cdr as Cons).cdr = newcell;
  return plist;
}
export const plistPut = (plist: LispObject, prop: LispObject, val: LispObject): LispObject =>
  plistPutWith(plist, prop, val, false);

/** `lax-plist-get`: `equal` comparison; signals on malformed or circular lists. */
export function laxPlistGet(plist: LispObject, prop: LispObject): LispObject {
  let tail = plist, tortoise = plist, pw = 2, lam = 0;
  while (tail instanceof Cons) {
    const rest: LispObject = tail.cdr;
    if (!(rest instanceof Cons)) break;
    if (equal(prop, tail.car)) return rest.car;
    tail = rest.cdr;
    if (++lam === pw) { tortoise = tail; pw *= 2; lam = 0; } else if (tail === tortoise) circularList(tail);
  }
  if (tail !== NIL) wrongType(Qplistp, plist);
  return NIL;
}

/** `plist-member`. */
export function plistMember(plist: LispObject, prop: LispObject): LispObject {
  let tail = plist, tortoise = plist, pw = 2, lam = 0;
  while (tail instanceof Cons) {
    if (tail.car === prop) return tail;
    tail = tail.cdr;
    if (!(tail instanceof Cons)) break;
    tail = tail.cdr;
    if (++lam === pw) { tortoise = tail; pw *= 2; lam = 0; } else if (tail === tortoise) circularList(tail);
  }
  if (tail !== NIL) wrongType(Qplistp, plist);
  return NIL;
}

defun("plist-get", "(plist prop)", `Extract a value from a property list.
PLIST is a property list, which is a list of the form
(PROP1 VALUE1 PROP2 VALUE2...).

This function returns the value corresponding to the given PROP, or
nil if PROP is not one of the properties on the list.  The comparison
with PROP is done using \`eq'.

This function never signals an error.`, plistGet);

defun("plist-put", "(plist prop val)", `Change value in PLIST of PROP to VAL.
PLIST is a property list, which is a list of the form
(PROP1 VALUE1 PROP2 VALUE2 ...).

The comparison with PROP is done using \`eq'.

If PROP is already a property on the list, its value is set to VAL,
otherwise the new PROP VAL pair is added.  The new plist is returned;
use \`(setq x (plist-put x prop val))' to be sure to use the new value.
The PLIST is modified by side effects.`, plistPut);

defun("lax-plist-get", "(plist prop)", `Extract a value from a property list, comparing with \`equal'.
This function is otherwise like \`plist-get', but may signal an error
if PLIST isn't a valid plist.`, laxPlistGet);

defun("lax-plist-put", "(plist prop val)", `Change value in PLIST of PROP to VAL, comparing with \`equal'.
PLIST is a property list, which is a list of the form
(PROP1 VALUE1 PROP2 VALUE2 ...).  PROP and VAL are any objects.
If PROP is already a property on the list, its value is set to VAL,
otherwise the new PROP VAL pair is added.  The new plist is returned;
use \`(setq x (lax-plist-put x prop val))' to be sure to use the new value.
The PLIST is modified by side effects.`,
(plist: LispObject, prop: LispObject, val: LispObject) => plistPutWith(plist, prop, val, true));

defun("plist-member", "(plist prop)", `Return non-nil if PLIST has the property PROP.
PLIST is a property list, which is a list of the form
(PROP1 VALUE1 PROP2 VALUE2 ...).

The comparison with PROP is done using \`eq'.

Unlike \`plist-get', this allows you to distinguish between a missing
property and a property with the value nil.
The value is actually the tail of PLIST whose car is PROP.`, plistMember);

export const Voverriding_plist_environment = defvar("overriding-plist-environment", NIL,
  `An alist that overrides the plists of the symbols which it lists.
Used by the byte-compiler to apply \`define-symbol-prop' during
compilation.`);

/** `get`. */
export function get(symbol: LispObject, propname: LispObject): LispObject {
  const sym = checkSymbol(symbol);
  const env = findSymbolValue(Voverriding_plist_environment);
  if (env !== NIL) {
    const v = plistGet(cdrOf(assq(sym, env)), propname);
    if (v !== NIL) return v;
  }
  return plistGet(sym.plist, propname);
}
function cdrOf(x: LispObject): LispObject {
  if (x instanceof Cons) return x.cdr;
  if (x === NIL) return NIL;
  return wrongType(Qlistp, x);
}

/** `put`. */
export function put(symbol: LispObject, propname: LispObject, value: LispObject): LispObject {
  const sym = checkSymbol(symbol);
  sym.plist = plistPut(sym.plist, propname, value);
  return value;
}

export const Fget = defun("get", "(symbol propname)", `Return the value of SYMBOL's PROPNAME property.
This is the last value stored with \`(put SYMBOL PROPNAME VALUE)'.`, get);
export const Fput = defun("put", "(symbol propname value)", `Store SYMBOL's PROPNAME property with value VALUE.
It can be retrieved with \`(get SYMBOL PROPNAME)'.`, put);

// ---------------------------------------------------------------------------------------------
// nconc.
// ---------------------------------------------------------------------------------------------
/** `nconc` over a JS array of lists (the array is used as scratch space). */
export function nconc(args: LispObject[]): LispObject {
  let val: LispObject = NIL;
  const n = args.length;
  for (let i = 0; i < n; i++) {
    let tem = args[i];
    if (tem === NIL) continue;
    if (val === NIL) val = tem;
    if (i + 1 === n) break;
    checkCons(tem);
    let last = tem as Cons;
    let tortoise: LispObject = tem, pw = 2, lam = 0;
    while (tem instanceof Cons) {
      last = tem;
      tem = tem.cdr;
      if (++lam === pw) { tortoise = tem; pw *= 2; lam = 0; } else if (tem === tortoise) circularList(tem);
    }
    const next = args[i + 1];
    last.cdr = next;
    // A nil argument leaves LAST as the place where the following list attaches.
    if (next === NIL) args[i + 1] = last;
  }
  return val;
}

defun("nconc", "(&rest lists)", `Concatenate any number of lists by altering them.
Only the last argument is not altered, and need not be a list.`, (...lists: LispObject[]) => nconc(lists));
