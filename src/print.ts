// The Lisp printer (GNU: print.c). OWNER: printer helper — stub until then.
import { LispObject } from "./lisp.js";
/** prin1 (escape) or princ (noescape) representation of O. */
export function prin1ToString(o: LispObject, noescape = false): string { return String(o) + (noescape ? "" : ""); }
