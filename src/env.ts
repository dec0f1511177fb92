// All Lisp state in one object (GNU: the globals of eval.c/data.c/lread.c gathered up), plus the symbol
// value-cell machinery: aliases, buffer-local and forwarded variables, constants, and shallow dynamic binding
// with a specpdl (GNU: data.c find_symbol_value/set_internal, eval.c specbind/unbind_to).
import {
  Cons, Forward, Interned, LispObject, list, LSymbol, makeSymbol, NIL, T, Redirect, Trapped, UNBOUND, wellKnownSymbols,
  defsym, LString, setInternHook, hasSurrogates, jsCharAt, BYTE8_FIRST,
} from "./lisp.js";
import { error, raise, Qcyclic_variable_indirection, Qsetting_constant, Qvoid_variable, xsignal } from "./signal.js";

/** What a buffer offers the variable machinery; buffer.ts's Buffer implements it. */
export interface LocalsHolder {
  /** Buffer-local bindings of Localized variables. */
  locals: Map<LSymbol, LispObject>;
}

/** Buffer-local-value record of a Localized symbol (GNU: struct Lisp_Buffer_Local_Value). */
export interface Blv {
  defaultValue: LispObject;
  /** make-variable-buffer-local: setting makes it local. */
  localIfSet: boolean;
}

/** Kinds of specpdl binding entries (GNU: SPECPDL_LET, SPECPDL_LET_LOCAL, SPECPDL_LET_DEFAULT). */
const enum SpecKind { Let = 0, LetLocal = 1, LetDefault = 2 }

export interface OutputSink { write(s: string): void }

export class Env {
  /** The initial obarray. Other obarrays (vectors) map to their own tables in lread.ts. */
  readonly obarray = new Map<string, LSymbol>();
  // --- specpdl: parallel arrays, top at `sp` --------------------------------------------------
  spSym: LSymbol[] = [];
  spOld: LispObject[] = [];
  spKind: number[] = [];
  spWhere: (LocalsHolder | null)[] = [];
  sp = 0;
  // --- evaluation depth and backtrace ------------------------------------------------------
  depth = 0;
  maxDepth = 1600;
  maxSpecpdl = 2500;
  /** Function (symbol or function object) of each active frame, indexed by depth. */
  btFun: LispObject[] = [];
  /** Arguments of each active frame as a JS array, or undefined when not recorded. */
  btArgs: (LispObject[] | undefined)[] = [];
  /** specpdl top at each frame's entry (E.sp), or -1 when unknown: Lisp frames record it only while traceArgs. */
  btSp: number[] = [];
  // --- handler stack (catch tags and condition-case clauses), top at `hn` ----------------------
  /** HandlerKind per entry. */
  hType: number[] = [];
  /** Catch: the tag. Condition-case: a JS array of the clauses' condition specs. */
  hTag: any[] = [];
  hn = 0;
  /** Record argument lists in backtrace frames (set while debugging facilities need them). */
  traceArgs = false;
  /** The current buffer; a real Buffer once buffer.ts exists. */
  currentBuffer: LocalsHolder = { locals: new Map() };
  /** Standard output / error sinks used in batch mode. */
  stdout: OutputSink = { write: (s) => writeText(process.stdout, s) };
  stderr: OutputSink = { write: (s) => writeText(process.stderr, s) };
  /**
   * Per-module extra state, keyed by module name (e.g. "print", "lread"); keeps module state off globals.
   * No prototype (no inherited names), but made as `{}` first: V8 keeps such an object in fast mode, while
   * `Object.create(null)` is a hash table from the start, and hot paths (the consing counters, bignum
   * arithmetic's integer-width) read their entry on every call.
   */
  readonly ext: Record<string, any> = Object.setPrototypeOf({}, null);
  gensymCounter = 0;
  /** Compiled code of function lists ((lambda ...), (closure ...)) not made by the compiler itself. */
  readonly compiledLists = new WeakMap<Cons, any>();

  constructor() {
    for (const s of wellKnownSymbols()) {
      this.obarray.set(s.name, s);
      s.interned = Interned.InInitialObarray;
    }
  }

  intern(name: string): LSymbol {
    let s = this.obarray.get(name);
    if (!s) {
      s = makeSymbol(name);
      s.interned = Interned.InInitialObarray;
      if (name.charCodeAt(0) === 58 /* ':' */) { s.v = s; s.trapped = Trapped.NoWrite; s.special = true; }
      this.obarray.set(name, s);
    }
    return s;
  }
  internSoft(name: string): LSymbol | undefined { return this.obarray.get(name); }
}

/**
 * Writes Lisp text to a byte stream as GNU does in batch mode: characters in UTF-8, and raw-byte characters
 * (#x3FFF80..#x3FFFFF, stored as reversed surrogate pairs) in Emacs's internal two-byte form, C0/C1 plus
 * the low six bits — which is what GNU's printchar_to_stream writes.
 */
export function writeText(stream: { write(b: string | Uint8Array): unknown }, s: string): void {
  if (!hasSurrogates(s)) { stream.write(s); return; }
  const out: number[] = [];
  for (let i = 0; i < s.length;) {
    const c = jsCharAt(s, i);
    i += c >= 0x10000 ? 2 : 1;
    if (c >= BYTE8_FIRST) { const b = c - BYTE8_FIRST + 0x80; out.push(0xc0 | ((b >> 6) & 1), 0x80 | (b & 0x3f)); }
    else if (c < 0x80) out.push(c);
    else for (const b of Buffer.from(String.fromCodePoint(Math.min(c, 0x10ffff)), "utf8")) out.push(b);
  }
  stream.write(Uint8Array.from(out));
}

/** The current Lisp world. Switched only by `enterEnv`, at JS entry points (embedding). */
export let E: Env = undefined as unknown as Env;

/** The cells of a well-known symbol, as one world sees them. */
type Cells = [LispObject, LispObject, LispObject, Redirect, any, boolean, Trapped, any];
const cellStore = new WeakMap<Env, Map<LSymbol, Cells>>();

/**
 * Makes ENV the current world. Well-known symbols are JS objects shared by every world, so when the world
 * changes their cells (value, function, plist, redirection, flags, call cache) are saved into the world being
 * left and restored from the one being entered: two worlds in one process never see each other's state.
 */
export function enterEnv(env: Env): Env {
  const prev = E;
  if (prev === env) return prev;
  if (prev !== undefined && env !== undefined) {
    const saved = new Map<LSymbol, Cells>();
    const incoming = cellStore.get(env);
    for (const s of wellKnownSymbols()) {
      if (s === NIL || s === T || s === UNBOUND) continue;
      saved.set(s, [s.v, s.f, s.plist, s.r, s.x, s.special, s.trapped, s.jf]);
      const c = incoming?.get(s);
      if (c) [s.v, s.f, s.plist, s.r, s.x, s.special, s.trapped, s.jf] = c;
      else resetCells(s);
    }
    cellStore.set(prev, saved);
    cellStore.delete(env);
  }
  E = env;
  setInternHook(env ? (name) => env.intern(name) : null);
  return prev;
}

/** A well-known symbol as a world that has never touched it sees it. */
function resetCells(s: LSymbol): void {
  const keyword = s.name.charCodeAt(0) === 58;
  s.v = keyword ? s : UNBOUND; s.f = NIL; s.plist = NIL; s.r = Redirect.Plain; s.x = undefined;
  s.special = keyword; s.trapped = keyword ? Trapped.NoWrite : Trapped.Untrapped; s.jf = undefined;
}

// ---------------------------------------------------------------------------------------------
// Reading and writing value cells.
// ---------------------------------------------------------------------------------------------
export function indirectVariable(sym: LSymbol): LSymbol {
  let s = sym;
  let n = 0;
  while (s.r === Redirect.Alias) {
    s = s.x as LSymbol;
    if (++n > 100) xsignal(Qcyclic_variable_indirection, sym);
  }
  return s;
}

/** The value of SYM in the current buffer, or UNBOUND (GNU: find_symbol_value). */
export function findSymbolValue(sym: LSymbol): LispObject {
  switch (sym.r) {
    case Redirect.Plain: return sym.v;
    case Redirect.Alias: return findSymbolValue(indirectVariable(sym));
    case Redirect.Localized: {
      const v = E.currentBuffer.locals.get(sym);
      return v !== undefined ? v : (sym.x as Blv).defaultValue;
    }
    case Redirect.Forwarded: return (sym.x as Forward).get();
  }
}

/** `symbol-value`: signals void-variable. */
export function symbolValue(sym: LSymbol): LispObject {
  const v = sym.r === Redirect.Plain ? sym.v : findSymbolValue(sym);
  if (v === UNBOUND) xsignal(Qvoid_variable, sym);
  return v;
}

/** Called when a write hits a constant or watched symbol. Returns false when the write must not happen. */
export type WatchHook = (sym: LSymbol, newval: LispObject, op: "set" | "let" | "unlet" | "makunbound" | "defvaralias", where: LispObject) => void;
let watchHook: WatchHook | undefined;
export function setWatchHook(h: WatchHook): void { watchHook = h; }

function checkWritable(sym: LSymbol, val: LispObject, op: "set" | "let" | "unlet" | "makunbound", where: LispObject): void {
  if (sym.trapped === Trapped.NoWrite) {
    // Keywords may be set to themselves (GNU: set_internal).
    if (sym.name.charCodeAt(0) === 58 && val === sym && sym.interned === Interned.InInitialObarray) return;
    xsignal(Qsetting_constant, sym);
  }
  if (sym.trapped === Trapped.Watched && watchHook && op !== "unlet") watchHook(sym, val, op, where);
}

/** Sets SYM's value as `set` does (GNU: set_internal with SET_INTERNAL_SET). */
export function setInternal(sym: LSymbol, val: LispObject): void {
  if (sym.trapped !== Trapped.Untrapped) checkWritable(sym, val, "set", NIL);
  switch (sym.r) {
    case Redirect.Plain: sym.v = val; return;
    case Redirect.Alias: setInternal(indirectVariable(sym), val); return;
    case Redirect.Localized: {
      const locals = E.currentBuffer.locals;
      const blv = sym.x as Blv;
      if (locals.has(sym) || blv.localIfSet && !isLetBoundDefault(sym)) locals.set(sym, val);
      else blv.defaultValue = val;
      return;
    }
    case Redirect.Forwarded: (sym.x as Forward).set(val); return;
  }
}

/** True when SYM's default value is let-bound (then setting it does not make it local, as in GNU). */
function isLetBoundDefault(sym: LSymbol): boolean {
  for (let i = E.sp - 1; i >= 0; i--) if (E.spSym[i] === sym && E.spKind[i] === SpecKind.LetDefault) return true;
  return false;
}

export function defaultValue(sym: LSymbol): LispObject {
  sym = indirectVariable(sym);
  if (sym.r === Redirect.Localized) return (sym.x as Blv).defaultValue;
  return findSymbolValue(sym);
}

export function setDefault(sym: LSymbol, val: LispObject): void {
  if (sym.trapped !== Trapped.Untrapped) checkWritable(sym, val, "set", NIL);
  sym = indirectVariable(sym);
  if (sym.r === Redirect.Localized) (sym.x as Blv).defaultValue = val;
  else if (sym.r === Redirect.Forwarded) (sym.x as Forward).set(val);
  else sym.v = val;
}

export function makunbound(sym: LSymbol): void {
  if (sym.trapped !== Trapped.Untrapped) checkWritable(sym, UNBOUND, "makunbound", NIL);
  setInternal(sym, UNBOUND);
}

/** Turns SYM into a Localized variable (make-variable-buffer-local / make-local-variable). */
export function localize(sym: LSymbol, localIfSet: boolean): Blv {
  sym = indirectVariable(sym);
  if (sym.r === Redirect.Localized) {
    const blv = sym.x as Blv;
    if (localIfSet) blv.localIfSet = true;
    return blv;
  }
  if (sym.r === Redirect.Forwarded) error(`Symbol ${sym.name} may not be buffer-local`);
  const blv: Blv = { defaultValue: sym.v, localIfSet };
  sym.r = Redirect.Localized;
  sym.x = blv;
  return blv;
}

// ---------------------------------------------------------------------------------------------
// Dynamic binding.
// ---------------------------------------------------------------------------------------------
const QspecpdlMsg = "Variable binding depth exceeds max-specpdl-size";

/** Binds SYM dynamically to VAL (GNU: specbind). Undo with `unbindTo(count)`. Small, so V8 inlines it. */
export function specbind(sym: LSymbol, val: LispObject): void {
  const env = E;
  const sp = env.sp;
  if (sym.r === Redirect.Plain && sym.trapped === Trapped.Untrapped && sp + env.depth < env.maxSpecpdl) {
    env.spSym[sp] = sym; env.spOld[sp] = sym.v; env.spKind[sp] = SpecKind.Let; env.sp = sp + 1;
    sym.v = val;
    return;
  }
  specbindSlow(sym, val);
}

function specbindSlow(sym: LSymbol, val: LispObject): void {
  const env = E;
  const sp = env.sp;
  if (sp + env.depth >= env.maxSpecpdl) specpdlOverflow();
  if (sym.r === Redirect.Alias) sym = indirectVariable(sym);
  if (sym.trapped !== Trapped.Untrapped) checkWritable(sym, val, "let", NIL);
  switch (sym.r) {
    case Redirect.Plain:
      env.spSym[sp] = sym; env.spOld[sp] = sym.v; env.spKind[sp] = SpecKind.Let; env.spWhere[sp] = null;
      env.sp = sp + 1;
      sym.v = val;
      return;
    case Redirect.Localized: {
      const buf = env.currentBuffer;
      const local = buf.locals.get(sym);
      env.spSym[sp] = sym; env.spWhere[sp] = buf;
      if (local !== undefined) {
        env.spOld[sp] = local; env.spKind[sp] = SpecKind.LetLocal; env.sp = sp + 1;
        buf.locals.set(sym, val);
      } else {
        const blv = sym.x as Blv;
        env.spOld[sp] = blv.defaultValue; env.spKind[sp] = SpecKind.LetDefault; env.sp = sp + 1;
        blv.defaultValue = val;
      }
      return;
    }
    case Redirect.Forwarded: {
      const fwd = sym.x as Forward;
      env.spSym[sp] = sym; env.spOld[sp] = fwd.get(); env.spKind[sp] = SpecKind.Let;
      env.spWhere[sp] = fwd.perBuffer ? env.currentBuffer : null;
      env.sp = sp + 1;
      fwd.set(val);
      return;
    }
  }
}

function specpdlOverflow(): never {
  // GNU raises the limit a little so that handlers can run, then signals.
  E.maxSpecpdl += 40;
  return raise(defsym("error"), list(LString.fromJs(QspecpdlMsg)));
}

/** Undoes dynamic bindings down to COUNT (GNU: unbind_to). */
export function unbindTo(count: number): void {
  const env = E;
  while (env.sp > count) {
    const i = --env.sp;
    const sym = env.spSym[i];
    if (env.spKind[i] === SpecKind.Let && sym.r === Redirect.Plain && sym.trapped === Trapped.Untrapped) {
      sym.v = env.spOld[i];
      continue;
    }
    unbindOne(env, i, sym);
  }
}

function unbindOne(env: Env, i: number, sym: LSymbol): void {
  const old = env.spOld[i];
  if (sym.trapped === Trapped.Watched && watchHook) watchHook(sym, old, "unlet", NIL);
  switch (env.spKind[i]) {
    case SpecKind.Let:
      if (sym.r === Redirect.Plain) sym.v = old;
      else if (sym.r === Redirect.Forwarded) {
        const where = env.spWhere[i];
        if (where && where !== env.currentBuffer) {
          const prev = env.currentBuffer; env.currentBuffer = where;
          try { (sym.x as Forward).set(old); } finally { env.currentBuffer = prev; }
        } else (sym.x as Forward).set(old);
      } else if (sym.r === Redirect.Localized) (sym.x as Blv).defaultValue = old; // localized while bound
      break;
    case SpecKind.LetLocal: {
      const where = env.spWhere[i]!;
      // If the buffer has since lost its local binding (kill-local-variable), GNU drops the restore.
      if (where.locals.has(sym)) where.locals.set(sym, old);
      break;
    }
    case SpecKind.LetDefault:
      (sym.x as Blv).defaultValue = old;
      break;
  }
  env.spWhere[i] = null;
}

/** Innermost dynamic binding of SYM, if any (for `local-variable-p`-style queries and backtraces). */
export function specpdlBindingCount(): number { return E.sp; }

export function symbolForwardTo(sym: LSymbol, fwd: Forward): void {
  sym.r = Redirect.Forwarded;
  sym.x = fwd;
  sym.special = true;
}
