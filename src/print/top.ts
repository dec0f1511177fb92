// Top-level printing: per-world printer state, and print-circle's label table across calls
// (GNU: print.c print, print--preprocess, print-continuous-numbering, noninteractive_need_newline).
import { E, findSymbolValue, OutputSink, setInternal } from "../env.js";
import { onStart } from "../defun.js";
import { LispObject, NIL, T } from "../lisp.js";
import { HashTable, hashTestEq } from "../hashtable.js";
import { preprocess, Printer } from "./printer.js";
import * as V from "./vars.js";

/** Per-world printer state (GNU: statics of print.c and xdisp.c's noninteractive_need_newline). */
export interface PrintState {
  /** Something was written to stdout since the last message: `message` starts with a newline. */
  needNewline: boolean;
  /** Last character written to stdout through printchar (GNU: printchar_stdout_last). */
  stdoutLast: number;
  /** print-circle's label counter (GNU: print_number_index). */
  counter: { index: number };
  /** redirect-debugging-output: the original stderr sink and the open file descriptor. */
  savedStderr?: OutputSink;
  debugFd?: number;
}
// A world restored from the start-up snapshot starts with fresh streams: nothing pending on stdout.
onStart((env: { ext: Record<string, unknown> }) => { delete env.ext.print; });

export function printState(): PrintState {
  return (E.ext.print ??= { needNewline: false, stdoutLast: 0, counter: { index: 0 } } as PrintState);
}

/** The labels in a Lisp hash table (print-number-table) as a JS map. */
function loadTable(h: HashTable): Map<unknown, LispObject> {
  const m = new Map<unknown, LispObject>();
  h.forEach((k, v) => { m.set(k, v === T ? true as unknown as LispObject : v); });
  return m;
}
/** Writes MAP back into print-number-table (a fresh eq table unless it already holds one). */
function storeTable(map: Map<unknown, LispObject>): void {
  let h = findSymbolValue(V.Vprint_number_table);
  if (!(h instanceof HashTable)) {
    h = new HashTable(hashTestEq);
    setInternal(V.Vprint_number_table, h);
  } else h.clear();
  for (const [k, v] of map) (h as HashTable).put(k as LispObject, v === true as unknown ? T : v);
}

/**
 * Prints OBJ with P at top level (GNU: print): with print-circle, first finds the shared objects; with
 * print-continuous-numbering, labels continue from the previous call through print-number-table.
 */
export function printTop(p: Printer, obj: LispObject, escape: boolean): void {
  const st = printState();
  const tableVar = findSymbolValue(V.Vprint_number_table);
  const keep = p.continuous && tableVar !== NIL;
  if (!keep) st.counter = { index: 0 };
  if (p.circle) {
    const table = keep && tableVar instanceof HashTable ? loadTable(tableVar) : new Map<unknown, LispObject>();
    p.depth = 0;
    preprocess(p, obj, table, st.counter);
    for (const [k, v] of table) if (v === true as unknown) table.delete(k);
    p.numbers = table;
    p.depth = 0;
    try {
      p.obj(obj, escape);
    } finally {
      if (p.continuous) storeTable(table);
    }
    return;
  }
  p.depth = 0;
  p.obj(obj, escape);
}

/** `print--preprocess': fills print-number-table with what print-circle would label in OBJECT. */
export function printPreprocess(p: Printer, obj: LispObject): void {
  const st = printState();
  st.counter = { index: 0 };
  const tableVar = findSymbolValue(V.Vprint_number_table);
  const table = tableVar instanceof HashTable ? loadTable(tableVar) : new Map<unknown, LispObject>();
  p.depth = 0;
  preprocess(p, obj, table, st.counter);
  storeTable(table);
}
