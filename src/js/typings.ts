// Generates tsmacs.d.ts: every Lisp function on the `lisp` object with its argument names, optional and rest
// parameters and docstring, from the primitive registry and the functions of the current world's obarray
// (GNU: no counterpart; the registry plays the role of the DEFUNs that make-docfile reads).
import { Cons, LispObject, LString, LSymbol, NIL, Subr, UNEVALLED } from "../lisp.js";
import { E } from "../env.js";
import { subrRegistry } from "../defun.js";
import { Q } from "../compile/scope.js";

/** Members of the `lisp` object that are not Lisp functions (they win over Lisp functions of the same name). */
const BUILTIN_MEMBERS = new Set([
  "fn", "symbols", "keywords", "make", "LispError", "isProxy", "typeOf", "toArray", "toObject", "toMap", "eval",
  "evalString", "read", "intern", "setq", "symbolValue", "defun", "defvar", "let", "with_current_buffer",
  "with_temp_buffer", "save_current_buffer", "save_excursion", "save_restriction", "catch", "unwind_protect", "env",
  "then",
]);

const RESERVED = new Set(("break case catch class const continue debugger default delete do else enum export extends false " +
  "finally for function if import in instanceof new null return super switch this throw true try typeof var void while " +
  "with yield let static implements interface package private protected public await arguments eval").split(" "));

interface Signature { name: string; args: string[]; doc: string }

/** `buffer-or-name` -> `bufferOrName`; anything that cannot be a JS identifier becomes one. */
function paramName(word: string, used: Set<string>): string {
  let n = word.toLowerCase().replace(/[-_]+([a-z0-9])/g, (_m, c: string) => c.toUpperCase()).replace(/[^\w$]/g, "_");
  if (!/^[A-Za-z_$]/.test(n)) n = "_" + n;
  if (RESERVED.has(n)) n += "_";
  let u = n;
  for (let i = 2; used.has(u); i++) u = n + i;
  used.add(u);
  return u;
}

/** TS parameters for a Lisp argument list given as words ("a", "&optional", "b", "&rest", "c"). */
function tsParams(words: string[]): string[] {
  const out: string[] = [];
  const used = new Set<string>();
  let optional = false;
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (w === "&optional") { optional = true; continue; }
    if (w === "&rest" || w === "&body") {
      const r = words[i + 1];
      out.push(`...${paramName(r ?? "args", used)}: any[]`);
      break;
    }
    if (w.startsWith("&")) continue;
    out.push(`${paramName(w, used)}${optional ? "?" : ""}: any`);
  }
  return out;
}

function words(arglist: string): string[] {
  return arglist.replace(/[()]/g, " ").split(/\s+/).filter(Boolean);
}

/** A docstring's own signature line, "(fn ARGS)" at its end, as GNU's help-split-fundoc reads it. */
function fnSignature(doc: string): { doc: string; args?: string[] } {
  const m = /\n\n\(fn(?: ([^)]*))?\)\s*$/.exec(doc);
  if (!m) return { doc };
  return { doc: doc.slice(0, m.index), args: words(m[1] ?? "") };
}

function lispArgWords(args: LispObject): string[] | undefined {
  const out: string[] = [];
  for (let l = args; l !== NIL; l = (l as Cons).cdr) {
    if (!(l instanceof Cons) || !(l.car instanceof LSymbol)) return undefined;
    out.push(l.car.name);
  }
  return out;
}

/** Signature of a Lisp-defined function (closure or lambda), or undefined when it is not one. */
function lispSignature(name: string, def: LispObject): Signature | undefined {
  if (!(def instanceof Cons) || (def.car !== Q.closure && def.car !== Q.lambda)) return undefined;
  let rest = def.cdr;
  if (def.car === Q.closure) rest = rest instanceof Cons ? rest.cdr : NIL;
  if (!(rest instanceof Cons)) return undefined;
  const args = lispArgWords(rest.car);
  if (args === undefined) return undefined;
  const body = rest.cdr;
  const raw = body instanceof Cons && body.car instanceof LString && body.cdr !== NIL ? body.car.s : "";
  const sig = fnSignature(raw);
  return { name, args: sig.args ?? args, doc: sig.doc };
}

/** The property under which NAME is reached on the `lisp` object, or undefined when it cannot be. */
function propertyName(name: string): string | undefined {
  if (name.includes("_") && !name.includes("-")) return undefined; // lisp.foo_bar means foo-bar
  if (name.includes("_")) return JSON.stringify(name);
  const u = name.replace(/-/g, "_");
  if (BUILTIN_MEMBERS.has(u)) return undefined;
  return /^[A-Za-z_$][\w$]*$/.test(u) ? u : JSON.stringify(name);
}

function docComment(doc: string, lispCall: string, indent: string): string {
  const text = (doc.trim() ? doc.trim() + "\n\n" : "") + "Lisp: `" + lispCall + "`";
  const lines = text.replace(/\*\//g, "*\\/").split("\n");
  return `${indent}/**\n${lines.map((l) => `${indent} *${l ? " " + l : ""}`).join("\n")}\n${indent} */\n`;
}

/** Every function the `lisp` object can call: the primitives, then Lisp functions of the current world. */
export function collectSignatures(): Signature[] {
  const seen = new Map<string, Signature>();
  for (const s of subrRegistry) {
    if (s.maxArgs === UNEVALLED || s.name.startsWith("js--")) continue;
    seen.set(s.name, { name: s.name, args: words(s.arglist), doc: s.doc });
  }
  if (E !== undefined) {
    for (const sym of E.obarray.values()) {
      if (seen.has(sym.name)) continue;
      let def = sym.f;
      for (let i = 0; def instanceof LSymbol && def !== NIL && i < 20; i++) def = def.f;
      if (def instanceof Subr && def.maxArgs !== UNEVALLED) {
        seen.set(sym.name, { name: sym.name, args: words(def.arglist), doc: def.doc });
        continue;
      }
      const sig = lispSignature(sym.name, def);
      if (sig) seen.set(sym.name, sig);
    }
  }
  return [...seen.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

const HEADER = `// tsmacs.d.ts: types for tsmacs's JavaScript API. Generated by scripts/gen-typings.mjs from the primitive
// registry and the preloaded Lisp library; do not edit. Functions defined later can be added by declaration
// merging: declare module "tsmacs" { interface LispFunctions { my_command(arg: string): any } }

/** A Lisp object seen from JavaScript (symbols, conses, vectors, buffers...): one proxy per object. */
export interface LispProxy {
  /** \`type-of' as a string. */
  readonly type: string;
  /** The text of a string proxy; the printed representation of anything else. */
  toString(): string;
  toArray(): any[];
  toObject(): Record<string, any>;
  toMap(): Map<any, any>;
  [Symbol.iterator](): Iterator<any>;
}

/** A Lisp error thrown into JavaScript. */
export declare class LispError extends Error {
  /** The error symbol, e.g. "wrong-type-argument". */
  readonly symbol: string;
  /** The error data, converted (an array for a list). */
  readonly data: any;
  /** The error's conditions (its \`error-conditions'). */
  readonly conditions: string[];
  /** Whether a condition-case clause for CONDITION would catch it. */
  is(condition: string): boolean;
}

export interface LispDefunOptions {
  name: string;
  func: (...args: any[]) => any;
  docString?: string;
  doc?: string;
  /** true, or an interactive spec such as "sName: ", makes the function a command. */
  interactive?: boolean | string;
  /** emacs-ng's place for the interactive spec. */
  args?: string;
  /** The Lisp argument list, e.g. "(a &optional b)"; the default is (&rest args). */
  arglist?: string | string[];
}

export interface LispMake {
  list(items: ArrayLike<any>): any;
  vector(items: ArrayLike<any>): any;
  array(items: ArrayLike<any>): any;
  cons(car: any, cdr: any): any;
  alist(entries: Record<string, any> | Map<any, any>): any;
  plist(entries: Record<string, any> | Map<any, any>): any;
  hashtable(entries: Record<string, any> | Map<any, any>, opts?: { test?: "eq" | "eql" | "equal" }): any;
  string(s: string): any;
  float(n: number): any;
  symbol(name: string): LispProxy;
  keyword(name: string): LispProxy;
}

/** The parts of the \`lisp' object that are not Lisp functions. */
export interface LispBuiltins {
  /** The Lisp function NAME (exact name), as a JS function. */
  fn(name: string): (...args: any[]) => any;
  /** \`lisp.symbols.foo_bar' is the symbol foo-bar. */
  readonly symbols: Record<string, LispProxy>;
  /** \`lisp.keywords.foo' is :foo. */
  readonly keywords: Record<string, LispProxy>;
  readonly make: LispMake;
  readonly LispError: typeof LispError;
  isProxy(x: unknown): boolean;
  typeOf(x: unknown): string;
  toArray(x: any): any[];
  toObject(x: any): Record<string, any>;
  toMap(x: any): Map<any, any>;
  /** Evaluates a form with lexical binding. */
  eval(form: any): any;
  /** Reads and evaluates every form of SRC; returns the last value. */
  evalString(src: string): any;
  read(src: string): any;
  intern(name: string): LispProxy;
  setq(symbol: LispProxy | string, value: any): any;
  setq(bindings: Record<string, any>): any;
  symbolValue(symbol: LispProxy | string): any;
  defun(opts: LispDefunOptions): LispProxy;
  defvar(opts: { name: string; value?: any; docString?: string; doc?: string }): LispProxy;
  defvar(name: string, value?: any, doc?: string): LispProxy;
  /** Binds variables dynamically (keys use the underscore convention) around BODY. */
  let<R>(bindings: Record<string, any>, body: () => R): R;
  with_current_buffer<R>(buffer: any, body: () => R): R;
  with_temp_buffer<R>(body: () => R): R;
  save_current_buffer<R>(body: () => R): R;
  save_excursion<R>(body: () => R): R;
  save_restriction<R>(body: () => R): R;
  catch(tag: any, body: () => any): any;
  unwind_protect<R>(body: () => R, cleanup: () => void): R;
  readonly env: unknown;
}

export type Lisp = LispBuiltins & LispFunctions;

export interface Emacs {
  readonly lisp: Lisp;
  readonly env: unknown;
  evalJs(code: string, opts?: { typescript?: boolean; filename?: string }): any;
  evalJsFile(file: string, opts?: { typescript?: boolean }): any;
  loadInitFile(): string | undefined;
  readonly jsGlobal: any;
}

/** A fresh, isolated Lisp world with the preloaded library. */
export declare function createEmacs(opts?: { preload?: boolean }): Emacs;
export declare function isProxy(x: unknown): boolean;

/** Every Lisp function, by its name on the \`lisp' object (dashes become underscores). */
export interface LispFunctions {
`;

/** The text of tsmacs.d.ts for the current world's functions. */
export function generateTypings(): string {
  let out = HEADER;
  for (const sig of collectSignatures()) {
    const prop = propertyName(sig.name);
    if (prop === undefined) continue;
    const lispArgs = sig.args.map((w) => (w.startsWith("&") ? w : w.toUpperCase())).join(" ");
    out += docComment(sig.doc, `(${sig.name}${lispArgs ? " " + lispArgs : ""})`, "  ");
    out += `  ${prop}(${tsParams(sig.args).join(", ")}): any;\n`;
  }
  return out + "}\n";
}

/** tsmacs-init.d.ts: the global \`lisp' that init files and eval-js code see. */
export const GLOBAL_TYPINGS = `// Types for code run inside tsmacs (init.ts, eval-js): the global \`lisp' object. Generated; do not edit.
declare const lisp: import("./tsmacs").Lisp;
`;
