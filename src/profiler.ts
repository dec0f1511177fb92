// The Lisp-visible part of GNU's profiler.c that code outside the profiler uses: `function-equal`
// (cl-generic compares next-method closures with it). The sampling profiler itself is not implemented.
import { defun } from "./defun.js";
import { ByteCode, ClosureCons, Cons, LispObject, NIL, T } from "./lisp.js";

defun("function-equal", "(f1 f2)", `Return non-nil if F1 and F2 come from the same source.
Used to determine if different closures are just different instances of
the same lambda expression, or are really unrelated function.`, (f1: LispObject, f2: LispObject) => {
  if (f1 === f2) return T;
  // GNU compares the byte-code strings of two compiled closures. tsmacs's compiled closures made by one
  // `(function (lambda ...))` site share that site's ARGS-and-BODY list, its equivalent of the code.
  if (f1 instanceof ByteCode && f2 instanceof ByteCode) return f1.slots[1] === f2.slots[1] ? T : NIL;
  if (f1 instanceof ClosureCons && f2 instanceof ClosureCons && f1.cdr instanceof Cons && f2.cdr instanceof Cons) {
    return f1.cdr.cdr === f2.cdr.cdr ? T : NIL;
  }
  return NIL;
});
