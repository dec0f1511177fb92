// Bool-vectors: construction and set operations (GNU: data.c bool-vector-*, alloc.c make-bool-vector/bool-vector).
//
// A BoolVector holds one byte per element (0 or 1), so the word-at-a-time tricks of GNU become plain loops;
// results are the same, including "return nil when the destination did not change".
import { BoolVector, LispObject, NIL, T, defsym, list } from "../lisp.js";
import { defun } from "../defun.js";
import { argsOutOfRange, checkBoolVector, wrongType, xsignalData, Qwholenump } from "../signal.js";


const Qwrong_length_argument = defsym("wrong-length-argument");

function checkFixnat(x: LispObject): number {
  if (typeof x === "number" && x >= 0) return x;
  return wrongType(Qwholenump, x);
}

/** GNU wrong_length_argument: the sizes of the two (or three) bool-vectors. */
function wrongLength(a: BoolVector, b: BoolVector, c: LispObject): never {
  const data = c instanceof BoolVector ? list(a.size, b.size, c.size) : list(a.size, b.size);
  return xsignalData(Qwrong_length_argument, data);
}

export function makeBoolVector(length: number, init: boolean): BoolVector {
  const bits = new Uint8Array(length);
  if (init) bits.fill(1);
  return new BoolVector(bits);
}

defun("make-bool-vector", "(length init)", "Return a new bool-vector of length LENGTH, using INIT for each element.",
  (length: LispObject, init: LispObject) => makeBoolVector(checkFixnat(length), init !== NIL));

defun("bool-vector", "(&rest objects)", "Return a new bool-vector with length equal to the number of arguments.",
  (...objects: LispObject[]) => {
    const bits = new Uint8Array(objects.length);
    for (let i = 0; i < objects.length; i++) bits[i] = objects[i] === NIL ? 0 : 1;
    return new BoolVector(bits);
  });

const enum BinOp { Xor, Union, Intersection, Difference, Subsetp }

function binop(a0: LispObject, b0: LispObject, dest: LispObject, op: BinOp): LispObject {
  const a = checkBoolVector(a0), b = checkBoolVector(b0);
  const n = a.size;
  if (b.size !== n) wrongLength(a, b, dest);
  const x = a.bits, y = b.bits;
  if (op === BinOp.Subsetp) {
    for (let i = 0; i < n; i++) if (x[i] && !y[i]) return NIL;
    return T;
  }
  let out: Uint8Array;
  let fresh = false;
  let result: BoolVector;
  if (dest === NIL) { result = new BoolVector(new Uint8Array(n)); fresh = true; }
  else {
    result = checkBoolVector(dest);
    if (result.size !== n) wrongLength(a, b, dest);
  }
  out = result.bits;
  let changed = fresh;
  for (let i = 0; i < n; i++) {
    const p = x[i] ? 1 : 0, q = y[i] ? 1 : 0;
    const v = op === BinOp.Xor ? p ^ q : op === BinOp.Union ? p | q : op === BinOp.Intersection ? p & q : p & (q ^ 1);
    if ((out[i] ? 1 : 0) !== v) { out[i] = v; changed = true; }
  }
  return changed ? result : NIL;
}

defun("bool-vector-exclusive-or", "(a b &optional c)", "Return A ^ B, bitwise exclusive or.",
  (a: LispObject, b: LispObject, c: LispObject) => binop(a, b, c, BinOp.Xor));
defun("bool-vector-union", "(a b &optional c)", "Return A | B, bitwise or.",
  (a: LispObject, b: LispObject, c: LispObject) => binop(a, b, c, BinOp.Union));
defun("bool-vector-intersection", "(a b &optional c)", "Return A & B, bitwise and.",
  (a: LispObject, b: LispObject, c: LispObject) => binop(a, b, c, BinOp.Intersection));
defun("bool-vector-set-difference", "(a b &optional c)", "Return A &~ B, set difference.",
  (a: LispObject, b: LispObject, c: LispObject) => binop(a, b, c, BinOp.Difference));
defun("bool-vector-subsetp", "(a b)", "Return t if every t value in A is also t in B, nil otherwise.",
  // GNU passes B as the destination too, so a length mismatch reports three sizes.
  (a: LispObject, b: LispObject) => binop(a, b, b, BinOp.Subsetp));

defun("bool-vector-not", "(a &optional b)", "Compute ~A, set complement.", (a0: LispObject, b0: LispObject) => {
  const a = checkBoolVector(a0);
  let b: BoolVector;
  if (b0 === NIL) b = new BoolVector(new Uint8Array(a.size));
  else {
    b = checkBoolVector(b0);
    if (b.size !== a.size) wrongLength(a, b, NIL);
  }
  for (let i = 0; i < a.size; i++) b.bits[i] = a.bits[i] ? 0 : 1;
  return b;
});

defun("bool-vector-count-population", "(a)", "Count how many elements in A are t.", (a0: LispObject) => {
  const a = checkBoolVector(a0);
  let count = 0;
  for (let i = 0; i < a.bits.length; i++) if (a.bits[i]) count++;
  return count;
});

defun("bool-vector-count-consecutive", "(a b i)", "Count how many consecutive elements in A equal B starting at I.",
  (a0: LispObject, b: LispObject, i0: LispObject) => {
    const a = checkBoolVector(a0);
    const i = checkFixnat(i0);
    if (i > a.size) return argsOutOfRange(a, i0);
    const want = b !== NIL;
    let k = i;
    while (k < a.size && (a.bits[k] !== 0) === want) k++;
    return k - i;
  });
