// Hash-table primitives: make-hash-table and its keyword arguments, gethash, puthash, remhash, maphash,
// the accessors, and define-hash-table-test (GNU: fns.c "Lisp Interface" of hash tables).
import { defun } from "../defun.js";
import { callableOf, resolve } from "../eval.js";
import { Cons, defsym, LFloat, LispObject, list, LSymbol, NIL, T } from "../lisp.js";
import { Qhash_table_p, wrongType } from "../signal.js";
import {
  DEFAULT_HASH_SIZE, DEFAULT_REHASH_SIZE, DEFAULT_REHASH_THRESHOLD, HashTable, HashTest, hashTestEq, hashTestEql,
  hashTestEqual, Qeq, Qeql, Qequal, TestKind,
} from "../hashtable.js";
import { signalError } from "./common.js";
import { get, put } from "./lists.js";

export const QCtest = defsym(":test");
export const QCsize = defsym(":size");
export const QCpurecopy = defsym(":purecopy");
export const QCrehash_size = defsym(":rehash-size");
export const QCrehash_threshold = defsym(":rehash-threshold");
export const QCweakness = defsym(":weakness");
export const Qkey = defsym("key");
export const Qvalue = defsym("value");
export const Qkey_or_value = defsym("key-or-value");
export const Qkey_and_value = defsym("key-and-value");
export const Qhash_table_test = defsym("hash-table-test");

/** CHECK_HASH_TABLE. A direct `instanceof` (not checkClass) keeps the check monomorphic on the gethash path. */
export function checkHashTable(x: LispObject): HashTable {
  return x instanceof HashTable ? x : wrongType(Qhash_table_p, x);
}

/** Index of the value following KEY among ARGS not yet USED (GNU: get_key_arg), or 0. */
function keyArg(key: LSymbol, args: LispObject[], used: boolean[]): number {
  for (let i = 1; i < args.length; i++) {
    if (!used[i - 1] && args[i - 1] === key) { used[i - 1] = used[i] = true; return i; }
  }
  return 0;
}

/**
 * `make-hash-table` over a JS array of keyword arguments, with GNU's validation and error data. The
 * reader uses this for `#s(hash-table ...)`.
 */
export function makeHashTable(args: LispObject[]): HashTable {
  const used = new Array<boolean>(args.length).fill(false);
  let i = keyArg(QCtest, args, used);
  const testName = i ? args[i] : Qeql;
  let test: HashTest;
  if (testName === Qeq) test = hashTestEq;
  else if (testName === Qeql) test = hashTestEql;
  else if (testName === Qequal) test = hashTestEqual;
  else {
    // A user-defined test: (get NAME 'hash-table-test) must be (CMP HASH ...).
    const prop = get(testName, Qhash_table_test);
    if (!(prop instanceof Cons) || !(prop.cdr instanceof Cons)) return signalError("Invalid hash table test", testName);
    test = new HashTest(testName as LSymbol, TestKind.User, prop.car, prop.cdr.car);
  }

  i = keyArg(QCpurecopy, args, used);
  const purecopy = i > 0 && args[i] !== NIL;

  i = keyArg(QCsize, args, used);
  const sizeArg = i ? args[i] : NIL;
  let size: number;
  if (sizeArg === NIL) size = DEFAULT_HASH_SIZE;
  else if (typeof sizeArg === "number" && sizeArg >= 0) size = sizeArg;
  else return signalError("Invalid hash table size", sizeArg);

  // GNU keeps both parameters as C floats.
  i = keyArg(QCrehash_size, args, used);
  let rehashSize: number;
  if (!i) rehashSize = DEFAULT_REHASH_SIZE;
  else {
    const v = args[i];
    if (typeof v === "number" && v > 0) rehashSize = Math.fround(-v);
    else if (v instanceof LFloat && Math.fround(v.n - 1) > 0) rehashSize = Math.fround(v.n - 1);
    else return signalError("Invalid hash table rehash size", v);
  }

  i = keyArg(QCrehash_threshold, args, used);
  const thr = !i ? DEFAULT_REHASH_THRESHOLD : args[i] instanceof LFloat ? Math.fround((args[i] as LFloat).n) : 0;
  if (!(thr > 0 && thr <= 1)) signalError("Invalid hash table rehash threshold", args[i]);

  i = keyArg(QCweakness, args, used);
  let weak = i ? args[i] : NIL;
  if (weak === T) weak = Qkey_and_value;
  if (weak !== NIL && weak !== Qkey && weak !== Qvalue && weak !== Qkey_or_value && weak !== Qkey_and_value) {
    signalError("Invalid hash table weakness", weak);
  }

  for (let j = 0; j < args.length; j++) if (!used[j]) signalError("Invalid argument list", args[j]);
  return new HashTable(test, size, rehashSize, thr, weak, purecopy);
}

defun("make-hash-table", "(&rest keyword-args)", `Create and return a new hash table.

Arguments are specified as keyword/argument pairs.  The following
arguments are defined:

:test TEST -- TEST must be a symbol that specifies how to compare
keys.  Default is \`eql'.  Predefined are the tests \`eq', \`eql', and
\`equal'.  User-supplied test and hash functions can be specified via
\`define-hash-table-test'.

:size SIZE -- A hint as to how many elements will be put in the table.
Default is 65.

:rehash-size REHASH-SIZE - Indicates how to expand the table when it
fills up.  If REHASH-SIZE is an integer, increase the size by that
amount.  If it is a float, it must be > 1.0, and the new size is the
old size multiplied by that factor.  Default is 1.5.

:rehash-threshold THRESHOLD -- THRESHOLD must a float > 0, and <= 1.0.
Resize the hash table when the ratio (table entries / table size)
exceeds an approximation to THRESHOLD.  Default is 0.8125.

:weakness WEAK -- WEAK must be one of nil, t, \`key', \`value',
\`key-or-value', or \`key-and-value'.  If WEAK is not nil, the table
returned is a weak table.  Key/value pairs are removed from a weak
hash table when there are no non-weak references pointing to their
key, value, one of key or value, or both key and value, depending on
WEAK.  WEAK t is equivalent to \`key-and-value'.  Default value of WEAK
is nil.

:purecopy PURECOPY -- If PURECOPY is non-nil, the table can be copied
to pure storage when Emacs is being dumped, making the contents of the
table read only. Any further changes to purified tables will result
in an error.`, (...args: LispObject[]) => makeHashTable(args));

defun("copy-hash-table", "(table)", `Return a copy of hash table TABLE.`, (table: LispObject) => checkHashTable(table).copy());

defun("hash-table-count", "(table)", `Return the number of elements in TABLE.`, (table: LispObject) => checkHashTable(table).count);

defun("hash-table-rehash-size", "(table)", `Return the current rehash size of TABLE.`,
  (table: LispObject) => checkHashTable(table).rehashSizeValue);

defun("hash-table-rehash-threshold", "(table)", `Return the current rehash threshold of TABLE.`,
  (table: LispObject) => checkHashTable(table).rehashThresholdValue);

defun("hash-table-size", "(table)", `Return the size of TABLE.
The size can be used as an argument to \`make-hash-table' to create
a hash table than can hold as many elements as TABLE holds
without need for resizing.`, (table: LispObject) => checkHashTable(table).size);

defun("hash-table-test", "(table)", `Return the test TABLE uses.`, (table: LispObject) => checkHashTable(table).test.name);

defun("hash-table-weakness", "(table)", `Return the weakness of TABLE.`, (table: LispObject) => checkHashTable(table).weak);

defun("hash-table-p", "(obj)", `Return t if OBJ is a Lisp hash table object.`, (obj: LispObject) => (obj instanceof HashTable ? T : NIL));

defun("clrhash", "(table)", `Clear hash table TABLE and return it.`, (table: LispObject) => {
  checkHashTable(table).clear();
  return table;
});

export const Fgethash = defun("gethash", "(key table &optional dflt)", `Look up KEY in TABLE and return its associated value.
If KEY is not found, return DFLT which defaults to nil.`,
(key: LispObject, table: LispObject, dflt: LispObject) => checkHashTable(table).get(key, dflt));

export const Fputhash = defun("puthash", "(key value table)", `Associate KEY with VALUE in hash table TABLE.
If KEY is already present in table, replace its current value with
VALUE.  In any case, return VALUE.`, (key: LispObject, value: LispObject, table: LispObject) => {
  checkHashTable(table).put(key, value);
  return value;
});

defun("remhash", "(key table)", `Remove KEY from TABLE.`, (key: LispObject, table: LispObject) => {
  checkHashTable(table).remove(key);
  return NIL;
});

defun("maphash", "(function table)", `Call FUNCTION for all entries in hash table TABLE.
FUNCTION is called with two arguments, KEY and VALUE.
\`maphash' always returns nil.`, (fn: LispObject, table: LispObject) => {
  const h = checkHashTable(table);
  const sym = fn instanceof LSymbol && fn !== NIL ? fn : null;
  let c: ((...a: LispObject[]) => LispObject) | null = null;
  h.forEach((k, v) => { if (sym !== null) (sym.jf || resolve(sym))(k, v); else (c ??= callableOf(fn))(k, v); });
  return NIL;
});

defun("define-hash-table-test", "(name test hash)", `Define a new hash table test with name NAME, a symbol.

In hash tables created with NAME specified as test, use TEST to
compare keys, and HASH for computing hash codes of keys.

TEST must be a function taking two arguments and returning non-nil if
both arguments are the same.  HASH must be a function taking one
argument and returning an object that is the hash code of the argument.
It should be the case that if (eq (funcall HASH x1) (funcall HASH x2))
returns nil, then (funcall TEST x1 x2) also returns nil.`,
(name: LispObject, test: LispObject, hash: LispObject) => put(name, Qhash_table_test, list(test, hash)));
