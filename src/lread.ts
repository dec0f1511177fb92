// The Lisp reader, obarrays and `load` (GNU: lread.c). OWNER: reader helper — stub until then.
import { LispObject } from "./lisp.js";
/** Reads the first form of S. */
export function readFromString(s: string): LispObject { throw new Error("reader not written yet: " + s); }
/** Reads every form of S. */
export function readAll(s: string): LispObject[] { throw new Error("reader not written yet: " + s); }
