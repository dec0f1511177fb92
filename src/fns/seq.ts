// Generic sequence functions: length and friends, elt, append/concat/vconcat, copying, reversing,
// sorting, delete, fillarray and the mapping functions (GNU: fns.c).
import { CharTable, charTableGet, charTableSetAll, copyCharTable } from "../chartab.js";
import { defun } from "../defun.js";
import { callableOf, resolve } from "../eval.js";
import {
  BoolVector, BYTE8_FIRST, ByteCode, charToJs, Cons, LispObject, LRecord, LString, LSymbol, MAX_CHAR, NIL, Subr, T,
} from "../lisp.js";
import {
  argsOutOfRange, checkCharacter, error, Qarrayp, Qfixnump, Qintegerp, Qlistp, Qsequencep, wrongType,
} from "../signal.js";
import { charBytes, circularList, fixnumArg, listLength, Qlist_or_vector_p, stringBytes } from "./common.js";
import { equal } from "./equal.js";
import { carOf, deleteFromList, nconc, nthcdr } from "./lists.js";
import { copyTextProps, unibyteToMultibyte } from "./strings.js";

// ---------------------------------------------------------------------------------------------
// Length.
// ---------------------------------------------------------------------------------------------
/** `length` as a JS number. */
export function length(seq: LispObject): number {
  if (seq instanceof Cons) return listLength(seq);
  if (seq === NIL) return 0;
  if (seq instanceof LString) return seq.length;
  if (Array.isArray(seq)) return seq.length;
  if (seq instanceof BoolVector) return seq.bits.length;
  if (seq instanceof CharTable) return MAX_CHAR;
  if (seq instanceof LRecord || seq instanceof ByteCode) return seq.slots.length;
  return wrongType(Qsequencep, seq);
}

export const Flength = defun("length", "(sequence)", `Return the length of vector, list or string SEQUENCE.
A byte-code function object is also allowed.

If the string contains multibyte characters, this is not necessarily
the number of bytes in the string; it is the number of characters.
To get the number of bytes, use \`string-bytes'.

If the length of a list is being computed to compare to a (small)
number, the \`length<', \`length>' and \`length=' functions may be more
efficient.`, length);

defun("safe-length", "(list)", `Return the length of a list, but avoid error or infinite loop.
This function never gets an error.  If LIST is not really a list,
it returns 0.  If LIST is circular, it returns an integer that is at
least the number of distinct elements.`, (list: LispObject) => {
  let len = 0;
  let tail = list, tortoise = list, pw = 2, lam = 0;
  while (tail instanceof Cons) {
    len++;
    tail = tail.cdr;
    if (++lam === pw) { tortoise = tail; pw *= 2; lam = 0; } else if (tail === tortoise) break;
  }
  return len;
});

defun("proper-list-p", "(object)", `Return OBJECT's length if it is a proper list, nil otherwise.
A proper list is neither circular nor dotted (i.e., its last cdr is nil).`, (object: LispObject) => {
  let len = 0;
  let tail = object, tortoise = object, pw = 2, lam = 0;
  while (tail instanceof Cons) {
    len++;
    tail = tail.cdr;
    if (++lam === pw) { tortoise = tail; pw *= 2; lam = 0; } else if (tail === tortoise) return NIL;
  }
  return tail === NIL ? len : NIL;
});

/** GNU's length_internal: LEN minus the list length, or -1 once that reaches zero. */
function lengthInternal(seq: LispObject, len: number): number {
  if (len < 0xffff) {
    while (seq instanceof Cons) {
      if (--len <= 0) return -1;
      seq = seq.cdr;
    }
    return len;
  }
  let tortoise = seq, pw = 2, lam = 0;
  while (seq instanceof Cons) {
    if (--len <= 0) return -1;
    seq = seq.cdr;
    if (++lam === pw) { tortoise = seq; pw *= 2; lam = 0; } else if (seq === tortoise) circularList(seq);
  }
  return len;
}

defun("length<", "(sequence length)", `Return non-nil if SEQUENCE is shorter than LENGTH.
See \`length' for allowed values of SEQUENCE and how elements are
counted.`, (seq: LispObject, n: LispObject) => {
  const len = fixnumArg(n, Qfixnump);
  if (seq instanceof Cons) return lengthInternal(seq, len) === -1 ? NIL : T;
  return length(seq) < len ? T : NIL;
});

defun("length>", "(sequence length)", `Return non-nil if SEQUENCE is longer than LENGTH.
See \`length' for allowed values of SEQUENCE and how elements are
counted.`, (seq: LispObject, n: LispObject) => {
  const len = fixnumArg(n, Qfixnump);
  if (seq instanceof Cons) return lengthInternal(seq, len + 1) === -1 ? T : NIL;
  return length(seq) > len ? T : NIL;
});

defun("length=", "(sequence length)", `Return non-nil if SEQUENCE has length equal to LENGTH.
See \`length' for allowed values of SEQUENCE and how elements are
counted.`, (seq: LispObject, n: LispObject) => {
  const len = fixnumArg(n, Qfixnump);
  if (len < 0) return NIL;
  if (seq instanceof Cons) return lengthInternal(seq, len + 1) === 1 ? T : NIL;
  return length(seq) === len ? T : NIL;
});

// ---------------------------------------------------------------------------------------------
// elt.
// ---------------------------------------------------------------------------------------------
export const Felt = defun("elt", "(sequence n)", `Return element of SEQUENCE at index N.`, (seq: LispObject, n: LispObject) => {
  if (seq instanceof Cons || seq === NIL) return carOf(nthcdr(n, seq));
  if (seq instanceof CharTable) return charTableGet(seq, checkCharacter(n));
  if (!(Array.isArray(seq) || seq instanceof LString || seq instanceof BoolVector)) return wrongType(Qsequencep, seq);
  // Faref: a fixnum index within bounds.
  const i = fixnumArg(n, Qfixnump);
  const size = seq instanceof BoolVector ? seq.bits.length : seq.length;
  if (i < 0 || i >= size) argsOutOfRange(seq, n);
  if (Array.isArray(seq)) return seq[i];
  if (seq instanceof LString) return seq.charAt(i);
  return seq.bits[i] ? T : NIL;
});

// ---------------------------------------------------------------------------------------------
// append, concat, vconcat.
// ---------------------------------------------------------------------------------------------
function checkSequenceArg(x: LispObject): void {
  if (!(x instanceof Cons || x === NIL || Array.isArray(x) || x instanceof LString || x instanceof ByteCode
    || x instanceof BoolVector)) wrongType(Qsequencep, x);
}

/** Calls FN on each element of sequence SEQ (already type-checked); unibyte strings yield bytes. */
function forEachElement(seq: LispObject, fn: (x: LispObject) => void): void {
  if (seq instanceof Cons) {
    listLength(seq);
    for (let t: LispObject = seq; t instanceof Cons; t = t.cdr) fn(t.car);
  } else if (Array.isArray(seq)) for (let i = 0; i < seq.length; i++) fn(seq[i]);
  else if (seq instanceof LString) {
    const js = seq.s;
    if (seq.simple) for (let i = 0; i < js.length; i++) fn(js.charCodeAt(i));
    else for (const c of seq.chars()) fn(c);
  } else if (seq instanceof ByteCode) for (const x of seq.slots) fn(x);
  else if (seq instanceof BoolVector) for (let i = 0; i < seq.bits.length; i++) fn(seq.bits[i] ? T : NIL);
}

/** `append` over a JS array: the last argument becomes the tail, uncopied. */
export function append(args: LispObject[]): LispObject {
  const n = args.length;
  if (n === 0) return NIL;
  for (let i = 0; i < n - 1; i++) checkSequenceArg(args[i]);
  const head = new Cons(NIL, NIL);
  let last = head;
  for (let i = 0; i < n - 1; i++) {
    const a = args[i];
    if (a instanceof Cons) {
      // Copy while checking like list_length: a dotted or circular argument signals.
      let t: LispObject = a, tortoise: LispObject = a, pw = 2, lam = 0;
      while (t instanceof Cons) {
        last = last.cdr = new Cons(t.car, NIL);
        t = t.cdr;
        if (++lam === pw) { tortoise = t; pw *= 2; lam = 0; } else if (t === tortoise) circularList(t);
      }
      if (t !== NIL) wrongType(Qlistp, t);
    } else forEachElement(a, (x) => { last = last.cdr = new Cons(x, NIL); });
  }
  if (last === head) return args[n - 1];
  last.cdr = args[n - 1];
  return head.cdr;
}

/** `vconcat` over a JS array. */
export function vconcat(args: LispObject[]): LispObject[] {
  for (const a of args) checkSequenceArg(a);
  const out: LispObject[] = [];
  for (const a of args) {
    if (Array.isArray(a)) for (let i = 0; i < a.length; i++) out.push(a[i]);
    else forEachElement(a, (x) => { out.push(x); });
  }
  return out;
}

/** `concat` over a JS array. */
export function concat(args: LispObject[]): LString {
  // Strings only (nearly every call) take a path of small loops, each in its own function: V8 then optimizes
  // them normally. In the one big function, a call with many arguments got the function compiled on stack
  // (OSR) before its later loops had run, and that code kept being re-entered and deoptimized on every call.
  const kind = stringArgsKind(args);
  if (kind >= 0) return concatStrings(args, (kind & 1) !== 0, (kind & 2) !== 0);
  return concatGeneral(args);
}

/** -1 when some argument is not a string; else bit 0 = some string is multibyte, bit 1 = some has properties. */
function stringArgsKind(args: LispObject[]): number {
  let kind = 0;
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (!(a instanceof LString)) return -1;
    if (a.multibyte) kind |= 1;
    if (a.intervals !== null) kind |= 2;
  }
  return kind;
}

function concatStrings(args: LispObject[], mb: boolean, anyProps: boolean): LString {
  let s = "";
  for (let i = 0; i < args.length; i++) {
    const a = args[i] as LString;
    s += mb && !a.multibyte ? unibyteToMultibyte(a.s) : a.s;
  }
  const result = new LString(s, mb);
  if (anyProps) copyArgProps(args, result);
  return result;
}

/** Gives RESULT the text properties of the string arguments, at their offsets. */
function copyArgProps(args: LispObject[], result: LString): void {
  let at = 0;
  for (const a of args) {
    const len = length(a);
    if (a instanceof LString) copyTextProps(a, 0, len, result, at);
    at += len;
  }
}

/** concat with vectors, lists or bool-vectors among the arguments (GNU's counting pass, then the copy). */
function concatGeneral(args: LispObject[]): LString {
  for (const a of args) checkSequenceArg(a);
  // First pass (GNU's counting pass): validate and decide multibyteness.
  let mb = false, allStrings = true, anyProps = false;
  for (const a of args) {
    if (a instanceof LString) { if (a.multibyte) mb = true; if (a.intervals !== null) anyProps = true; continue; }
    allStrings = false;
    if (a instanceof BoolVector) { if (a.bits.length > 0) wrongType(Qintegerp, a.bits[0] ? T : NIL); continue; }
    forEachElement(a, (x) => {
      const c = checkCharacter(x);
      if (c >= 0x80 && c < BYTE8_FIRST) mb = true;
    });
  }
  let s = "";
  if (allStrings) {
    for (const a of args) { const t = (a as LString).s; s += mb && !(a as LString).multibyte ? unibyteToMultibyte(t) : t; }
  } else {
    for (const a of args) {
      if (a instanceof LString) s += mb && !a.multibyte ? unibyteToMultibyte(a.s) : a.s;
      else forEachElement(a, (x) => { const c = x as number; s += mb ? charToJs(c) : String.fromCharCode(c & 0xff); });
    }
  }
  const result = new LString(s, mb);
  if (anyProps) copyArgProps(args, result);
  return result;
}

export const Fappend = defun("append", "(&rest sequences)", `Concatenate all the arguments and make the result a list.
The result is a list whose elements are the elements of all the arguments.
Each argument may be a list, vector or string.
The last argument is not copied, just used as the tail of the new list.`, (...args: LispObject[]) => append(args));

export const Fconcat = defun("concat", "(&rest sequences)", `Concatenate all the arguments and make the result a string.
The result is a string whose elements are the elements of all the arguments.
Each argument may be a string or a list or vector of characters (integers).

Values of the \`composition' property of the result are not guaranteed
to be \`eq'.`, (...args: LispObject[]) => concat(args));

defun("vconcat", "(&rest sequences)", `Concatenate all the arguments and make the result a vector.
The result is a vector whose elements are the elements of all the arguments.
Each argument may be a list, vector or string.`, (...args: LispObject[]) => vconcat(args));

// ---------------------------------------------------------------------------------------------
// Copying.
// ---------------------------------------------------------------------------------------------
/** `copy-sequence`. */
export function copySequence(arg: LispObject): LispObject {
  if (arg === NIL) return NIL;
  if (arg instanceof Cons) return append([arg, NIL]);
  if (Array.isArray(arg)) return arg.slice();
  if (arg instanceof LString) {
    const r = new LString(arg.s, arg.multibyte);
    copyTextProps(arg, 0, arg.length, r, 0);
    return r;
  }
  if (arg instanceof LRecord) return new LRecord(arg.slots.slice());
  if (arg instanceof CharTable) return copyCharTable(arg);
  if (arg instanceof BoolVector) return new BoolVector(arg.bits.slice());
  return wrongType(Qsequencep, arg);
}

export const Fcopy_sequence = defun("copy-sequence", "(arg)", `Return a copy of a list, vector, string, char-table or record.
The elements of a list, vector or record are not copied; they are
shared with the original.
If the original sequence is empty, this function may return
the same empty object instead of its copy.`, copySequence);

defun("copy-alist", "(alist)", `Return a copy of ALIST.
This is an alist which represents the same mapping from objects to objects,
but does not share the alist structure with ALIST.
The objects mapped (cars and cdrs of elements of the alist)
are shared, however.
Elements of ALIST that are not conses are also shared.`, (alist: LispObject) => {
  if (alist === NIL) return NIL;
  const copy = append([alist, NIL]);
  for (let t = copy; t instanceof Cons; t = t.cdr) {
    const e = t.car;
    if (e instanceof Cons) t.car = new Cons(e.car, e.cdr);
  }
  return copy;
});

// ---------------------------------------------------------------------------------------------
// Reversing.
// ---------------------------------------------------------------------------------------------
function reverseString(s: LString): LString {
  if (s.simple) {
    let out = "";
    const js = s.s;
    for (let i = js.length - 1; i >= 0; i--) out += js[i];
    return new LString(out, s.multibyte);
  }
  const cs = s.chars();
  let out = "";
  for (let i = cs.length - 1; i >= 0; i--) out += charToJs(cs[i]);
  return new LString(out, s.multibyte);
}

export function reverse(seq: LispObject): LispObject {
  if (seq === NIL) return NIL;
  if (seq instanceof Cons) {
    let r: LispObject = NIL;
    let t: LispObject = seq, tortoise: LispObject = seq, pw = 2, lam = 0;
    while (t instanceof Cons) {
      r = new Cons(t.car, r);
      t = t.cdr;
      if (++lam === pw) { tortoise = t; pw *= 2; lam = 0; } else if (t === tortoise) circularList(t);
    }
    if (t !== NIL) wrongType(Qlistp, t);
    return r;
  }
  if (Array.isArray(seq)) return seq.slice().reverse();
  if (seq instanceof BoolVector) return new BoolVector(seq.bits.slice().reverse());
  if (seq instanceof LString) return reverseString(seq);
  return wrongType(Qsequencep, seq);
}

export function nreverse(seq: LispObject): LispObject {
  if (seq === NIL) return NIL;
  if (seq instanceof LString) return reverseString(seq);
  if (seq instanceof Cons) {
    let prev: LispObject = NIL, tail: LispObject = seq;
    while (tail instanceof Cons) {
      const next: LispObject = tail.cdr;
      // A cycle would bring the walk back to SEQ itself.
      if (next === seq) circularList(seq);
      tail.cdr = prev;
      prev = tail;
      tail = next;
    }
    if (tail !== NIL) wrongType(Qlistp, seq);
    return prev;
  }
  if (Array.isArray(seq)) return seq.reverse();
  if (seq instanceof BoolVector) { seq.bits.reverse(); return seq; }
  return wrongType(Qarrayp, seq);
}

defun("reverse", "(seq)", `Return the reversed copy of list, vector, or string SEQ.
See also the function \`nreverse', which is used more often.`, reverse);
defun("nreverse", "(seq)", `Reverse order of items in a list, vector or string SEQ.
If SEQ is a list, it should be nil-terminated.
This function may destructively modify SEQ to produce the value.`, nreverse);

// ---------------------------------------------------------------------------------------------
// Sorting: stable merge sorts calling PREDICATE as GNU does (B before A is asked as (PRED B A)), with
// GNU's split points, so a predicate with side effects sees the same calls.
// ---------------------------------------------------------------------------------------------
type Less = (a: LispObject, b: LispObject) => boolean;

/** When PRED is (still) the primitive `<' or `>', which of the two; else 0. */
function numericPredicate(pred: LispObject): number {
  if (!(pred instanceof LSymbol)) return 0;
  const f = pred.f;
  if (!(f instanceof Subr) || f.name !== pred.name) return 0;
  return pred.name === "<" ? 1 : pred.name === ">" ? -1 : 0;
}

/**
 * Stable sort of ITEMS by the fixnum keys KEYS (ascending, or descending when DIR < 0), in place, for a
 * predicate that is the primitive `<' or `>': it has no side effects, so any stable sort gives GNU's result.
 * Each key is packed with its index into one exact double and the doubles are sorted natively. Returns
 * false (leaving ITEMS alone) when some key is not a fixnum or the packed values would not be exact.
 */
function sortByFixnumKeys<X>(items: X[], keys: LispObject[], dir: number): boolean {
  const n = items.length;
  let min = Infinity, max = -Infinity;
  for (let i = 0; i < n; i++) {
    const k = keys[i];
    if (typeof k !== "number") return false;
    if (k < min) min = k;
    if (k > max) max = k;
  }
  if (n >= 256 && max - min < 2 ** 32) { radixByKeys(items, keys, dir, min, max); return true; }
  if ((max - min + 1) * n >= 2 ** 53) return false;
  const packed = new Float64Array(n);
  for (let i = 0; i < n; i++) packed[i] = (dir > 0 ? (keys[i] as number) - min : max - (keys[i] as number)) * n + i;
  packed.sort();
  const copy = items.slice();
  for (let i = 0; i < n; i++) items[i] = copy[packed[i] % n];
  return true;
}

/**
 * The same sort for keys spanning less than 2^32: a least-significant-digit radix sort (11-bit digits) of
 * the keys' offsets from the smallest (or largest) key, moving each offset with its item's index. It is
 * stable, and about twice as fast on large arrays as sorting packed doubles, whose unpacking also costs a
 * floating-point remainder per item.
 */
function radixByKeys<X>(items: X[], keys: LispObject[], dir: number, min: number, max: number): void {
  const n = items.length;
  let ka = new Uint32Array(n), kb = new Uint32Array(n), ia = new Uint32Array(n), ib = new Uint32Array(n);
  for (let i = 0; i < n; i++) { ka[i] = dir > 0 ? (keys[i] as number) - min : max - (keys[i] as number); ia[i] = i; }
  const span = max - min;
  const count = new Uint32Array(2048);
  for (let shift = 0; shift < 32 && span / 2 ** shift >= 1; shift += 11) {
    count.fill(0);
    for (let i = 0; i < n; i++) count[(ka[i] >>> shift) & 2047]++;
    let sum = 0;
    for (let d = 0; d < 2048; d++) { const c = count[d]; count[d] = sum; sum += c; }
    for (let i = 0; i < n; i++) {
      const k = ka[i], at = count[(k >>> shift) & 2047]++;
      kb[at] = k; ib[at] = ia[i];
    }
    let t = ka; ka = kb; kb = t;
    t = ia; ia = ib; ib = t;
  }
  const copy = items.slice();
  for (let i = 0; i < n; i++) items[i] = copy[ia[i]];
}

function predicateOf(pred: LispObject): Less {
  if (pred instanceof LSymbol && pred !== NIL) {
    // `<' and `>' on fixnums compare directly while the symbol still names the primitive (checked at each
    // call: the predicate may redefine it). Anything else goes through the function cell.
    const f = pred.f;
    if (f instanceof Subr && (pred.name === "<" || pred.name === ">") && f.name === pred.name) {
      const lt = pred.name === "<";
      return (a, b) => typeof a === "number" && typeof b === "number" && pred.f === f
        ? (lt ? a < b : a > b) : (pred.jf || resolve(pred))(a, b) !== NIL;
    }
    return (a, b) => (pred.jf || resolve(pred))(a, b) !== NIL;
  }
  let c: ((...a: LispObject[]) => LispObject) | null = null;
  return (a, b) => (c ??= callableOf(pred))(a, b) !== NIL;
}

/**
 * Sorts a list by relinking its conses, as GNU's sort_list does, with GNU's split points and comparison
 * order (front half = the first floor(LEN/2) conses; the back half is sorted first; a merge asks
 * (PRED back-car front-car)). The conses are gathered into an array once, so that the recursion neither
 * re-measures nor re-walks sublists (GNU's list_length and nthcdr at every level); cars are read at
 * comparison time from the same conses, so a predicate sees exactly what it would in GNU.
 */
function sortList(list: LispObject, pred: LispObject): LispObject {
  const len = listLength(list);
  if (len < 2) return list;
  const cells: Cons[] = new Array(len);
  let t = list;
  for (let i = 0; i < len; i++) { cells[i] = t as Cons; t = (t as Cons).cdr; }
  const dir = numericPredicate(pred);
  if (dir === 0 || !sortByFixnumKeys(cells, cells.map((c) => c.car), dir)) sortCells(cells, 0, len, new Array(len >> 1), predicateOf(pred));
  for (let i = 0; i < len - 1; i++) cells[i].cdr = cells[i + 1];
  cells[len - 1].cdr = NIL;
  return cells[0];
}

/** Sorts CELLS[lo..hi) by their cars; TMP (at least half as long) is scratch for the front half. */
function sortCells(cells: Cons[], lo: number, hi: number, tmp: Cons[], less: Less): void {
  const len = hi - lo;
  if (len < 2) return;
  const mid = lo + (len >> 1);
  sortCells(cells, mid, hi, tmp, less);
  sortCells(cells, lo, mid, tmp, less);
  // Merge: the front run moves to TMP; the back run is already where the merged tail belongs.
  const alen = mid - lo;
  for (let i = 0; i < alen; i++) tmp[i] = cells[lo + i];
  let a = 0, b = mid, d = lo;
  while (a < alen) {
    if (b === hi) { while (a < alen) cells[d++] = tmp[a++]; return; }
    if (!less(cells[b].car, tmp[a].car)) cells[d++] = tmp[a++];
    else cells[d++] = cells[b++];
  }
}

/** Merges sorted A[a..a+alen) and B[b..b+blen) into DEST[d..); B may be the tail of DEST. */
function mergeRuns(less: Less, A: LispObject[], a: number, alen: number, B: LispObject[], b: number, blen: number,
  D: LispObject[], d: number): void {
  const alim = a + alen, blim = b + blen;
  for (;;) {
    if (!less(B[b], A[a])) {
      D[d++] = A[a++];
      if (a === alim) {
        if (D !== B || d !== b) while (b < blim) D[d++] = B[b++];
        return;
      }
    } else {
      D[d++] = B[b++];
      if (b === blim) { while (a < alim) D[d++] = A[a++]; return; }
    }
  }
}

/** Sorts V[off..off+len) in place using TMP[toff..) (half the length) as scratch; LEN >= 2. */
function sortInplace(less: Less, V: LispObject[], off: number, len: number, Tmp: LispObject[], toff: number): void {
  const half = len >> 1;
  sortCopy(less, V, off, half, Tmp, toff);
  if (len - half > 1) sortInplace(less, V, off + half, len - half, V, off);
  mergeRuns(less, Tmp, toff, half, V, off + half, len - half, V, off);
}

/** Sorts S[soff..soff+len) into D[doff..); LEN >= 1. */
function sortCopy(less: Less, S: LispObject[], soff: number, len: number, D: LispObject[], doff: number): void {
  const half = len >> 1;
  if (half < 1) { D[doff] = S[soff]; return; }
  if (half > 1) sortInplace(less, S, soff, half, D, doff);
  if (len - half > 1) sortInplace(less, S, soff + half, len - half, D, doff);
  mergeRuns(less, S, soff, half, S, soff + half, len - half, D, doff);
}

export function sort(seq: LispObject, predicate: LispObject): LispObject {
  if (seq instanceof Cons) return sortList(seq, predicate);
  if (Array.isArray(seq)) {
    const dir = numericPredicate(predicate);
    if (seq.length >= 2 && (dir === 0 || !sortByFixnumKeys(seq, seq, dir))) sortInplace(predicateOf(predicate), seq, 0, seq.length, new Array(seq.length >> 1).fill(0), 0);
    return seq;
  }
  if (seq !== NIL) wrongType(Qlist_or_vector_p, seq);
  return seq;
}

defun("sort", "(seq predicate)", `Sort SEQ, stably, comparing elements using PREDICATE.
Returns the sorted sequence.  SEQ should be a list or vector.  SEQ is
modified by side effects.  PREDICATE is called with two elements of
SEQ, and should return non-nil if the first element should sort before
the second.`, sort);

// ---------------------------------------------------------------------------------------------
// delete, fillarray.
// ---------------------------------------------------------------------------------------------
defun("delete", "(elt seq)", `Delete members of SEQ which are \`equal' to ELT, and return the result.
SEQ must be a sequence (i.e. a list, a vector, or a string).
The return value is a sequence of the same type.

If SEQ is a list, this behaves like \`delq', except that it compares
with \`equal' instead of \`eq'.  In particular, it may remove elements
by altering the list structure.

If SEQ is not a list, deletion is never performed destructively;
instead this function creates and returns a new vector or string.

Write \`(setq foo (delete element foo))' to be sure of correctly
changing the value of a sequence \`foo'.  See also \`remove', which
does not modify the argument.`, (elt: LispObject, seq: LispObject) => {
  if (Array.isArray(seq)) {
    const kept = seq.filter((x) => !equal(x, elt));
    return kept.length === seq.length ? seq : kept;
  }
  if (seq instanceof LString) {
    if (typeof elt !== "number" || elt < 0 || elt > MAX_CHAR) return seq;
    const cs = seq.simple ? null : seq.chars();
    let out = "";
    let removed = false;
    const n = seq.length;
    for (let i = 0; i < n; i++) {
      const c = cs ? cs[i] : seq.s.charCodeAt(i);
      if (c === elt) removed = true; else out += cs ? charToJs(c) : seq.s[i];
    }
    return removed ? new LString(out, seq.multibyte) : seq;
  }
  return deleteFromList(elt, seq);
});

export function fillarray(array: LispObject, item: LispObject): LispObject {
  if (Array.isArray(array)) { array.fill(item); return array; }
  if (array instanceof CharTable) { charTableSetAll(array, item); array.defalt = item; return array; }
  if (array instanceof LString) {
    const c = checkCharacter(item);
    const size = array.length;
    if (size !== 0) {
      if (!array.multibyte) {
        array.s = String.fromCharCode(c & 0xff).repeat(size);
      } else {
        // GNU overwrites bytes in place, so the byte length may not change.
        const len = charBytes(c);
        if (size * len !== stringBytes(array)) error("Attempt to change byte length of a string");
        array.s = charToJs(c).repeat(size);
      }
      array.changed();
    }
    return array;
  }
  if (array instanceof BoolVector) { array.bits.fill(item === NIL ? 0 : 1); return array; }
  return wrongType(Qarrayp, array);
}

defun("fillarray", "(array item)", `Store each element of ARRAY with ITEM.
ARRAY is a vector, string, char-table, or bool-vector.`, fillarray);

// ---------------------------------------------------------------------------------------------
// Mapping.
// ---------------------------------------------------------------------------------------------
/**
 * GNU's mapcar1: calls FN on the first LENI elements of SEQ, storing results in VALS when given.
 * Returns how many calls were made (fewer when FN shortens a list being mapped).
 */
function mapcar1(leni: number, vals: LispObject[] | null, fn: LispObject, seq: LispObject): number {
  // The function is looked up at each call for symbols (so redefinitions apply), once otherwise.
  const sym = fn instanceof LSymbol && fn !== NIL ? fn : null;
  let c: ((...a: LispObject[]) => LispObject) | null = null;
  const call = (x: LispObject): LispObject => (sym !== null ? (sym.jf || resolve(sym))(x) : (c ??= callableOf(fn))(x));
  if (Array.isArray(seq) || seq instanceof ByteCode) {
    const v = Array.isArray(seq) ? seq : seq.slots;
    for (let i = 0; i < leni; i++) { const r = call(v[i]); if (vals) vals[i] = r; }
  } else if (seq instanceof BoolVector) {
    for (let i = 0; i < leni; i++) { const r = call(seq.bits[i] ? T : NIL); if (vals) vals[i] = r; }
  } else if (seq instanceof LString) {
    const js = seq.s;
    if (seq.simple) for (let i = 0; i < leni; i++) { const r = call(js.charCodeAt(i)); if (vals) vals[i] = r; }
    else {
      const cs = seq.chars();
      for (let i = 0; i < leni; i++) { const r = call(cs[i]); if (vals) vals[i] = r; }
    }
  } else {
    let tail: LispObject = seq;
    for (let i = 0; i < leni; i++) {
      if (!(tail instanceof Cons)) return i;
      const r = call(tail.car);
      if (vals) vals[i] = r;
      tail = tail.cdr;
    }
  }
  return leni;
}

function mapLength(seq: LispObject): number {
  const n = length(seq);
  if (seq instanceof CharTable) wrongType(Qlistp, seq);
  return n;
}

/** `mapcar` from JS. */
export function mapcar(fn: LispObject, seq: LispObject): LispObject {
  const leni = mapLength(seq);
  const vals = new Array<LispObject>(leni);
  const n = mapcar1(leni, vals, fn, seq);
  let r: LispObject = NIL;
  for (let i = n - 1; i >= 0; i--) r = new Cons(vals[i], r);
  return r;
}

defun("mapcar", "(function sequence)", `Apply FUNCTION to each element of SEQUENCE, and make a list of the results.
The result is a list just as long as SEQUENCE.
SEQUENCE may be a list, a vector, a bool-vector, or a string.`, mapcar);

defun("mapc", "(function sequence)", `Apply FUNCTION to each element of SEQUENCE for side effects only.
Unlike \`mapcar', don't accumulate the results.  Return SEQUENCE.
SEQUENCE may be a list, a vector, a bool-vector, or a string.`, (fn: LispObject, seq: LispObject) => {
  mapcar1(mapLength(seq), null, fn, seq);
  return seq;
});

defun("mapcan", "(function sequence)", `Apply FUNCTION to each element of SEQUENCE, and concatenate
the results by altering them (using \`nconc').
SEQUENCE may be a list, a vector, a bool-vector, or a string.`, (fn: LispObject, seq: LispObject) => {
  const leni = mapLength(seq);
  const vals = new Array<LispObject>(leni);
  const n = mapcar1(leni, vals, fn, seq);
  vals.length = n;
  return nconc(vals);
});

defun("mapconcat", "(function sequence separator)", `Apply FUNCTION to each element of SEQUENCE, and concat the results as strings.
In between each pair of results, stick in SEPARATOR.  Thus, " " as
  SEPARATOR results in spaces between the values returned by FUNCTION.
SEQUENCE may be a list, a vector, a bool-vector, or a string.
SEPARATOR must be a string, a vector, or a list of characters.
FUNCTION must be a function of one argument, and must return a value
  that is a sequence of characters: either a string, or a vector or
  list of numbers that are valid character codepoints.`, (fn: LispObject, seq: LispObject, separator: LispObject) => {
  const leni = mapLength(seq);
  if (leni === 0) return new LString("", false);
  const vals = new Array<LispObject>(leni);
  const n = mapcar1(leni, vals, fn, seq);
  const args: LispObject[] = [];
  for (let i = 0; i < n; i++) { if (i > 0) args.push(separator); args.push(vals[i]); }
  return concat(args);
});
