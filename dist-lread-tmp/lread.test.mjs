// test/lread.test.ts
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { existsSync as existsSync2, mkdtempSync, readFileSync as readFileSync4, writeFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join as join2 } from "node:path";
import { gzipSync } from "node:zlib";
import fc from "fast-check";

// src/lisp.ts
var Vectorlike = class {
};
var LFloat = class {
  constructor(n) {
    this.n = n;
  }
  n;
};
var LSymbol = class {
  constructor(name) {
    this.name = name;
    this.v = unboundRef;
    this.f = nilRef;
    this.plist = nilRef;
  }
  name;
  /** Value cell when redirect is Plain; UNBOUND when void. */
  v;
  /** Function cell; NIL when fboundp is false. */
  f;
  plist;
  r = 0 /* Plain */;
  /** Alias target (Alias), buffer-local-value record (Localized) or Forward (Forwarded). */
  x = void 0;
  /** Declared special by defvar (dynamically bound even under lexical-binding). */
  special = false;
  trapped = 0 /* Untrapped */;
  interned = 0 /* Uninterned */;
  /** Evaluator's cached JS callable for the function cell; cleared whenever `f` changes (use setFunction). */
  jf = void 0;
  /** Cached Lisp string for `symbol-name` (GNU returns the same object each time). */
  nameObj;
  /** Sets the function cell and drops the evaluator's call cache. */
  setFunction(def2) {
    this.f = def2;
    this.jf = void 0;
  }
  get nameString() {
    return this.nameObj ??= LString.fromJs(this.name, true);
  }
};
var nilRef = void 0;
var unboundRef = void 0;
var NIL = new LSymbol("nil");
var T = new LSymbol("t");
var UNBOUND = new LSymbol("unbound");
for (const s of [NIL, T, UNBOUND]) {
  s.f = NIL;
  s.plist = NIL;
}
NIL.v = NIL;
T.v = T;
UNBOUND.v = UNBOUND;
nilRef = NIL;
unboundRef = UNBOUND;
NIL.trapped = 1 /* NoWrite */;
T.trapped = 1 /* NoWrite */;
NIL.special = true;
T.special = true;
function makeSymbol(name) {
  return new LSymbol(name);
}
var wellKnown = /* @__PURE__ */ new Map([["nil", NIL], ["t", T]]);
var internHook = null;
function setInternHook(h) {
  internHook = h;
}
function defsym(name) {
  let s = wellKnown.get(name);
  if (!s && internHook !== null) return internHook(name);
  if (!s) {
    s = makeSymbol(name);
    if (name.startsWith(":")) {
      s.v = s;
      s.trapped = 1 /* NoWrite */;
      s.special = true;
    }
    wellKnown.set(name, s);
  }
  return s;
}
function wellKnownSymbols() {
  return wellKnown.values();
}
var Cons = class {
  constructor(car4, cdr3) {
    this.car = car4;
    this.cdr = cdr3;
  }
  car;
  cdr;
  /** Compiled-code cache when this cons is an interpreted function `(closure ...)`/`(lambda ...)`. */
  fn = void 0;
};
var MAX_CHAR = 4194303;
var BYTE8_FIRST = 4194176;
function charToJs(c) {
  if (c < 65536) return String.fromCharCode(c);
  if (c <= 1114111) return String.fromCodePoint(c);
  const idx = c >= BYTE8_FIRST ? c - BYTE8_FIRST : 128 + (c - 1114112);
  if (idx >= 1 << 20) throw new RangeError("character beyond the supported extended range");
  return String.fromCharCode(56320 | idx & 1023, 55296 | idx >> 10);
}
function jsCharAt(s, i) {
  const u = s.charCodeAt(i);
  if (u < 55296 || u > 57343) return u;
  const u2 = s.charCodeAt(i + 1);
  if (u < 56320) {
    if (u2 >= 56320 && u2 <= 57343) return (u - 55296 << 10) + (u2 - 56320) + 65536;
    return u;
  }
  if (u2 >= 55296 && u2 <= 56319) {
    const idx = u2 - 55296 << 10 | u - 56320;
    return idx < 128 ? BYTE8_FIRST + idx : 1114112 + idx - 128;
  }
  return u;
}
function hasSurrogates(s) {
  for (let i = 0; i < s.length; i++) {
    const u = s.charCodeAt(i);
    if (u >= 55296 && u <= 57343) return true;
  }
  return false;
}
var LString = class _LString {
  constructor(s, multibyte) {
    this.s = s;
    this.multibyte = multibyte;
  }
  s;
  multibyte;
  /** Text properties (an interval structure owned by textprop.ts), or null. */
  intervals = null;
  /** -1 when unknown; otherwise the length in characters. */
  len = -1;
  static fromJs(s, multibyte) {
    return new _LString(s, multibyte ?? /[^\x00-\x7f]/.test(s));
  }
  /** Call after mutating `s` in place. */
  changed() {
    this.len = -1;
  }
  get length() {
    if (this.len < 0) this.len = hasSurrogates(this.s) ? countChars(this.s) : this.s.length;
    return this.len;
  }
  /** True when JS indices equal character indices (no surrogates). */
  get simple() {
    return this.length === this.s.length;
  }
  charAt(i) {
    if (this.simple) return this.s.charCodeAt(i);
    return jsCharAt(this.s, jsIndex(this.s, i));
  }
  /** The characters as code points (Emacs characters). */
  chars() {
    const out = [];
    const s = this.s;
    for (let i = 0; i < s.length; ) {
      const c = jsCharAt(s, i);
      out.push(c);
      i += c >= 65536 ? 2 : 1;
    }
    return out;
  }
  /** JS index of character index i. */
  jsIndex(i) {
    return this.simple ? i : jsIndex(this.s, i);
  }
  toString() {
    return this.s;
  }
};
function countChars(s) {
  let n = 0;
  for (let i = 0; i < s.length; n++) {
    const c = jsCharAt(s, i);
    i += c >= 65536 ? 2 : 1;
  }
  return n;
}
function jsIndex(s, ci) {
  let i = 0;
  for (let n = 0; n < ci && i < s.length; n++) {
    const c = jsCharAt(s, i);
    i += c >= 65536 ? 2 : 1;
  }
  return i;
}
function stringFromChars(chars, multibyte) {
  let s = "";
  let mb = false;
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i];
    if (c > 127) mb = true;
    s += charToJs(c);
  }
  return new LString(s, multibyte ?? mb);
}
var LRecord = class extends Vectorlike {
  constructor(slots) {
    super();
    this.slots = slots;
  }
  slots;
  lispType = "record";
};
var BoolVector = class extends Vectorlike {
  constructor(bits) {
    super();
    this.bits = bits;
  }
  bits;
  lispType = "bool-vector";
  get size() {
    return this.bits.length;
  }
};
var ByteCode = class extends Vectorlike {
  constructor(slots) {
    super();
    this.slots = slots;
  }
  slots;
  lispType = "compiled-function";
  /** Compiled-code cache, like Cons.fn. */
  fn = void 0;
};
var MANY = -1;
var UNEVALLED = -2;
var Subr = class extends Vectorlike {
  constructor(name, minArgs, maxArgs, fn, doc, arglist, intspec, impl = fn) {
    super();
    this.name = name;
    this.minArgs = minArgs;
    this.maxArgs = maxArgs;
    this.fn = fn;
    this.doc = doc;
    this.arglist = arglist;
    this.intspec = intspec;
    this.impl = impl;
  }
  name;
  minArgs;
  maxArgs;
  fn;
  doc;
  arglist;
  intspec;
  impl;
  lispType = "subr";
};
var MOST_POSITIVE_FIXNUM = 2n ** 61n - 1n;
var MOST_NEGATIVE_FIXNUM = -(2n ** 61n);
function normInt(b) {
  return b >= -9007199254740991n && b <= 9007199254740991n ? Number(b) : b;
}
function intFromNumber(n) {
  return Number.isSafeInteger(n) ? n : BigInt(n);
}
var bool = (b) => b ? T : NIL;
var mkStr = (s) => LString.fromJs(s);
var mkFloat = (n) => new LFloat(n);
function list(...xs) {
  let r = NIL;
  for (let i = xs.length - 1; i >= 0; i--) r = new Cons(xs[i], r);
  return r;
}
function arrayToList(xs, tail = NIL) {
  let r = tail;
  for (let i = xs.length - 1; i >= 0; i--) r = new Cons(xs[i], r);
  return r;
}
function listToArray(l) {
  const out = [];
  while (l instanceof Cons) {
    out.push(l.car);
    l = l.cdr;
  }
  return out;
}
var isInt = (x) => typeof x === "number" || typeof x === "bigint";
var isFixnumRange = (x) => typeof x === "number" || typeof x === "bigint" && x >= MOST_NEGATIVE_FIXNUM && x <= MOST_POSITIVE_FIXNUM;
var isNumber = (x) => typeof x === "number" || typeof x === "bigint" || x instanceof LFloat;

// src/signal.ts
var LispSignal = class {
  constructor(sym2, data) {
    this.sym = sym2;
    this.data = data;
  }
  sym;
  data;
  /** For JS callers and debugging only. */
  toString() {
    return `LispSignal(${this.sym.name})`;
  }
};
var LispThrow = class {
  constructor(tag, value) {
    this.tag = tag;
    this.value = value;
  }
  tag;
  value;
};
var KillEmacs = class {
  constructor(code) {
    this.code = code;
  }
  code;
};
var Qerror = defsym("error");
var Qquit = defsym("quit");
var Qwrong_type_argument = defsym("wrong-type-argument");
var Qargs_out_of_range = defsym("args-out-of-range");
var Qvoid_variable = defsym("void-variable");
var Qvoid_function = defsym("void-function");
var Qinvalid_function = defsym("invalid-function");
var Qwrong_number_of_arguments = defsym("wrong-number-of-arguments");
var Qsetting_constant = defsym("setting-constant");
var Qno_catch = defsym("no-catch");
var Qarith_error = defsym("arith-error");
var Qoverflow_error = defsym("overflow-error");
var Qcircular_list = defsym("circular-list");
var Qinvalid_read_syntax = defsym("invalid-read-syntax");
var Qend_of_file = defsym("end-of-file");
var Qcyclic_function_indirection = defsym("cyclic-function-indirection");
var Qcyclic_variable_indirection = defsym("cyclic-variable-indirection");
var Qerror_conditions = defsym("error-conditions");
var Qerror_message = defsym("error-message");
var signalHook = null;
function setSignalHook(h) {
  signalHook = h;
}
function raise(sym2, data) {
  if (signalHook !== null) signalHook(sym2, data);
  throw new LispSignal(sym2, data);
}
function xsignal(sym2, ...data) {
  return raise(sym2, list(...data));
}
function xsignalData(sym2, data) {
  return raise(sym2, data);
}
function error(msg) {
  return raise(Qerror, list(mkStr(msg)));
}
function wrongType(pred, x) {
  return raise(Qwrong_type_argument, list(pred, x));
}
function argsOutOfRange(...xs) {
  return raise(Qargs_out_of_range, list(...xs));
}
var Qconsp = defsym("consp");
var Qlistp = defsym("listp");
var Qsymbolp = defsym("symbolp");
var Qstringp = defsym("stringp");
var Qintegerp = defsym("integerp");
var Qfixnump = defsym("fixnump");
var Qnatnump = defsym("natnump");
var Qwholenump = defsym("wholenump");
var Qnumberp = defsym("numberp");
var Qnumber_or_marker_p = defsym("number-or-marker-p");
var Qinteger_or_marker_p = defsym("integer-or-marker-p");
var Qfloatp = defsym("floatp");
var Qvectorp = defsym("vectorp");
var Qarrayp = defsym("arrayp");
var Qsequencep = defsym("sequencep");
var Qcharacterp = defsym("characterp");
var Qfunctionp = defsym("functionp");
var Qhash_table_p = defsym("hash-table-p");
var Qbool_vector_p = defsym("bool-vector-p");
var Qchar_table_p = defsym("char-table-p");
var Qrecordp = defsym("recordp");
var Qkeywordp = defsym("keywordp");
function checkCons(x) {
  if (x instanceof Cons) return x;
  return wrongType(Qconsp, x);
}
function checkList(x) {
  if (x !== NIL && !(x instanceof Cons)) wrongType(Qlistp, x);
}
function checkSymbol(x) {
  if (x instanceof LSymbol) return x;
  return wrongType(Qsymbolp, x);
}
function checkString(x) {
  if (x instanceof LString) return x;
  return wrongType(Qstringp, x);
}
function checkFixnum(x) {
  if (typeof x === "number") return x;
  return wrongType(Qfixnump, x);
}
function checkNatnum(x) {
  if (typeof x === "number" && x >= 0) return x;
  return wrongType(Qwholenump, x);
}
function checkCharacter(x) {
  if (typeof x === "number" && x >= 0 && x <= 4194303) return x;
  return wrongType(Qcharacterp, x);
}
function checkBoolVector(x) {
  if (x instanceof BoolVector) return x;
  return wrongType(Qbool_vector_p, x);
}
function checkClass(x, cls, pred) {
  if (x instanceof cls) return x;
  return wrongType(pred, x);
}
var STANDARD_ERRORS = [
  ["error", "error"],
  ["quit", "Quit"],
  ["minibuffer-quit", "Quit", "quit"],
  ["user-error", "", "error"],
  ["args-out-of-range", "Args out of range", "error"],
  ["arith-error", "Arithmetic error", "error"],
  ["overflow-error", "Arithmetic overflow error", "range-error", "arith-error", "error"],
  ["range-error", "Arithmetic range error", "arith-error", "error"],
  ["domain-error", "Arithmetic domain error", "arith-error", "error"],
  ["singularity-error", "Arithmetic singularity error", "domain-error", "arith-error", "error"],
  ["underflow-error", "Arithmetic underflow error", "range-error", "arith-error", "error"],
  ["beginning-of-buffer", "Beginning of buffer", "error"],
  ["end-of-buffer", "End of buffer", "error"],
  ["buffer-read-only", "Buffer is read-only", "error"],
  ["text-read-only", "Text is read-only", "buffer-read-only", "error"],
  ["circular-list", "List contains a loop", "error"],
  ["coding-system-error", "Invalid coding system", "error"],
  ["cyclic-function-indirection", "Symbol's chain of function indirections contains a loop", "error"],
  ["cyclic-variable-indirection", "Symbol's chain of variable indirections contains a loop", "error"],
  ["end-of-file", "End of file during parsing", "error"],
  ["file-error", "File error", "error"],
  ["file-already-exists", "File already exists", "file-error", "error"],
  ["file-date-error", "Cannot set file date", "file-error", "error"],
  ["file-missing", "File is missing", "file-error", "error"],
  ["file-notify-error", "File notification error", "file-error", "error"],
  ["remote-file-error", "Remote file error", "file-error", "error"],
  ["inhibited-interaction", "User interaction while inhibited", "error"],
  ["invalid-arity", "Invalid function arity", "error"],
  ["invalid-function", "Invalid function", "error"],
  ["invalid-read-syntax", "Invalid read syntax", "error"],
  ["invalid-regexp", "Invalid regexp", "error"],
  ["mark-inactive", "The mark is not active now", "error"],
  ["no-catch", "No catch for tag", "error"],
  ["protected-field", "Attempt to modify a protected field", "error"],
  ["scan-error", "Scan error", "error"],
  ["search-failed", "Search failed", "error"],
  ["user-search-failed", "Search failed", "user-error", "search-failed", "error"],
  ["setting-constant", "Attempt to set a constant symbol", "error"],
  ["trapping-constant", "Attempt to trap writes to a constant symbol", "error"],
  ["void-function", "Symbol's function definition is void", "error"],
  ["void-variable", "Symbol's value as variable is void", "error"],
  ["wrong-length-argument", "Wrong length argument", "error"],
  ["wrong-number-of-arguments", "Wrong number of arguments", "error"],
  ["wrong-type-argument", "Wrong type argument", "error"],
  ["json-error", "generic JSON error", "error"],
  ["module-load-failed", "Module load failed", "error"]
];

// src/env.ts
var Env = class {
  /** The initial obarray. Other obarrays (vectors) map to their own tables in lread.ts. */
  obarray = /* @__PURE__ */ new Map();
  // --- specpdl: parallel arrays, top at `sp` --------------------------------------------------
  spSym = [];
  spOld = [];
  spKind = [];
  spWhere = [];
  sp = 0;
  // --- evaluation depth and backtrace ------------------------------------------------------
  depth = 0;
  maxDepth = 1600;
  maxSpecpdl = 2500;
  /** Function (symbol or function object) of each active frame, indexed by depth. */
  btFun = [];
  /** Arguments of each active frame as a JS array, or undefined when not recorded. */
  btArgs = [];
  // --- handler stack (catch tags and condition-case clauses), top at `hn` ----------------------
  /** HandlerKind per entry. */
  hType = [];
  /** Catch: the tag. Condition-case: a JS array of the clauses' condition specs. */
  hTag = [];
  hn = 0;
  /** Record argument lists in backtrace frames (set while debugging facilities need them). */
  traceArgs = false;
  /** The current buffer; a real Buffer once buffer.ts exists. */
  currentBuffer = { locals: /* @__PURE__ */ new Map() };
  /** Standard output / error sinks used in batch mode. */
  stdout = { write: (s) => process.stdout.write(s) };
  stderr = { write: (s) => process.stderr.write(s) };
  /** Per-module extra state, keyed by module name (e.g. "print", "lread"); keeps module state off globals. */
  ext = /* @__PURE__ */ Object.create(null);
  gensymCounter = 0;
  constructor() {
    for (const s of wellKnownSymbols()) {
      this.obarray.set(s.name, s);
      s.interned = 2 /* InInitialObarray */;
    }
  }
  intern(name) {
    let s = this.obarray.get(name);
    if (!s) {
      s = makeSymbol(name);
      s.interned = 2 /* InInitialObarray */;
      if (name.charCodeAt(0) === 58) {
        s.v = s;
        s.trapped = 1 /* NoWrite */;
        s.special = true;
      }
      this.obarray.set(name, s);
    }
    return s;
  }
  internSoft(name) {
    return this.obarray.get(name);
  }
};
var E = void 0;
function enterEnv(env) {
  const prev = E;
  E = env;
  setInternHook(env ? (name) => env.intern(name) : null);
  return prev;
}
function indirectVariable(sym2) {
  let s = sym2;
  let n = 0;
  while (s.r === 1 /* Alias */) {
    s = s.x;
    if (++n > 100) xsignal(Qcyclic_variable_indirection, sym2);
  }
  return s;
}
function findSymbolValue(sym2) {
  switch (sym2.r) {
    case 0 /* Plain */:
      return sym2.v;
    case 1 /* Alias */:
      return findSymbolValue(indirectVariable(sym2));
    case 2 /* Localized */: {
      const v = E.currentBuffer.locals.get(sym2);
      return v !== void 0 ? v : sym2.x.defaultValue;
    }
    case 3 /* Forwarded */:
      return sym2.x.get();
  }
}
function symbolValue(sym2) {
  const v = sym2.r === 0 /* Plain */ ? sym2.v : findSymbolValue(sym2);
  if (v === UNBOUND) xsignal(Qvoid_variable, sym2);
  return v;
}
var watchHook;
function setWatchHook(h) {
  watchHook = h;
}
function checkWritable(sym2, val, op, where) {
  if (sym2.trapped === 1 /* NoWrite */) {
    if (sym2.name.charCodeAt(0) === 58 && val === sym2 && sym2.interned === 2 /* InInitialObarray */) return;
    xsignal(Qsetting_constant, sym2);
  }
  if (sym2.trapped === 2 /* Watched */ && watchHook && op !== "unlet") watchHook(sym2, val, op, where);
}
function setInternal(sym2, val) {
  if (sym2.trapped !== 0 /* Untrapped */) checkWritable(sym2, val, "set", NIL);
  switch (sym2.r) {
    case 0 /* Plain */:
      sym2.v = val;
      return;
    case 1 /* Alias */:
      setInternal(indirectVariable(sym2), val);
      return;
    case 2 /* Localized */: {
      const locals = E.currentBuffer.locals;
      const blv = sym2.x;
      if (locals.has(sym2) || blv.localIfSet && !isLetBoundDefault(sym2)) locals.set(sym2, val);
      else blv.defaultValue = val;
      return;
    }
    case 3 /* Forwarded */:
      sym2.x.set(val);
      return;
  }
}
function isLetBoundDefault(sym2) {
  for (let i = E.sp - 1; i >= 0; i--) if (E.spSym[i] === sym2 && E.spKind[i] === 2 /* LetDefault */) return true;
  return false;
}
function defaultValue(sym2) {
  sym2 = indirectVariable(sym2);
  if (sym2.r === 2 /* Localized */) return sym2.x.defaultValue;
  return findSymbolValue(sym2);
}
function setDefault(sym2, val) {
  if (sym2.trapped !== 0 /* Untrapped */) checkWritable(sym2, val, "set", NIL);
  sym2 = indirectVariable(sym2);
  if (sym2.r === 2 /* Localized */) sym2.x.defaultValue = val;
  else if (sym2.r === 3 /* Forwarded */) sym2.x.set(val);
  else sym2.v = val;
}
function localize(sym2, localIfSet) {
  sym2 = indirectVariable(sym2);
  if (sym2.r === 2 /* Localized */) {
    const blv2 = sym2.x;
    if (localIfSet) blv2.localIfSet = true;
    return blv2;
  }
  if (sym2.r === 3 /* Forwarded */) error(`Symbol ${sym2.name} may not be buffer-local`);
  const blv = { defaultValue: sym2.v, localIfSet };
  sym2.r = 2 /* Localized */;
  sym2.x = blv;
  return blv;
}
var QspecpdlMsg = "Variable binding depth exceeds max-specpdl-size";
function specbind(sym2, val) {
  const env = E;
  let sp = env.sp;
  if (sp + env.depth >= env.maxSpecpdl) specpdlOverflow();
  if (sym2.r === 1 /* Alias */) sym2 = indirectVariable(sym2);
  if (sym2.trapped !== 0 /* Untrapped */) checkWritable(sym2, val, "let", NIL);
  switch (sym2.r) {
    case 0 /* Plain */:
      env.spSym[sp] = sym2;
      env.spOld[sp] = sym2.v;
      env.spKind[sp] = 0 /* Let */;
      env.spWhere[sp] = null;
      env.sp = sp + 1;
      sym2.v = val;
      return;
    case 2 /* Localized */: {
      const buf = env.currentBuffer;
      const local = buf.locals.get(sym2);
      env.spSym[sp] = sym2;
      env.spWhere[sp] = buf;
      if (local !== void 0) {
        env.spOld[sp] = local;
        env.spKind[sp] = 1 /* LetLocal */;
        env.sp = sp + 1;
        buf.locals.set(sym2, val);
      } else {
        const blv = sym2.x;
        env.spOld[sp] = blv.defaultValue;
        env.spKind[sp] = 2 /* LetDefault */;
        env.sp = sp + 1;
        blv.defaultValue = val;
      }
      return;
    }
    case 3 /* Forwarded */: {
      const fwd = sym2.x;
      env.spSym[sp] = sym2;
      env.spOld[sp] = fwd.get();
      env.spKind[sp] = 0 /* Let */;
      env.spWhere[sp] = fwd.perBuffer ? env.currentBuffer : null;
      env.sp = sp + 1;
      fwd.set(val);
      return;
    }
  }
}
function specpdlOverflow() {
  E.maxSpecpdl += 40;
  return raise(defsym("error"), list(LString.fromJs(QspecpdlMsg)));
}
function unbindTo(count) {
  const env = E;
  while (env.sp > count) {
    const i = --env.sp;
    const sym2 = env.spSym[i];
    const old = env.spOld[i];
    env.spSym[i] = void 0;
    env.spOld[i] = void 0;
    switch (env.spKind[i]) {
      case 0 /* Let */:
        if (sym2.r === 0 /* Plain */) sym2.v = old;
        else if (sym2.r === 3 /* Forwarded */) {
          const where = env.spWhere[i];
          if (where && where !== env.currentBuffer) {
            const prev = env.currentBuffer;
            env.currentBuffer = where;
            try {
              sym2.x.set(old);
            } finally {
              env.currentBuffer = prev;
            }
          } else sym2.x.set(old);
        } else if (sym2.r === 2 /* Localized */) sym2.x.defaultValue = old;
        break;
      case 1 /* LetLocal */: {
        const where = env.spWhere[i];
        if (where.locals.has(sym2)) where.locals.set(sym2, old);
        break;
      }
      case 2 /* LetDefault */:
        sym2.x.defaultValue = old;
        break;
    }
    env.spWhere[i] = null;
  }
}

// src/defun.ts
var subrRegistry = [];
var varRegistry = [];
function arityOf(arglist) {
  const words = arglist.replace(/[()]/g, " ").split(/\s+/).filter(Boolean);
  let min = 0, max = 0, optional = false;
  for (const w of words) {
    if (w === "&optional") {
      optional = true;
      continue;
    }
    if (w === "&rest") return [min, MANY];
    max++;
    if (!optional) min++;
  }
  return [min, max];
}
function wrongArgs(subr, n) {
  return raise(Qwrong_number_of_arguments, list(subr, n));
}
function wrap(impl, min, max, self) {
  if (max === MANY) {
    if (min === 0) return impl;
    return function() {
      if (arguments.length < min) wrongArgs(self(), arguments.length);
      return impl.apply(void 0, arguments);
    };
  }
  switch (max) {
    case 0:
      return function() {
        if (arguments.length !== 0) wrongArgs(self(), arguments.length);
        return impl();
      };
    case 1:
      if (min === 1) return function(a) {
        if (arguments.length !== 1) wrongArgs(self(), arguments.length);
        return impl(a);
      };
      return function(a) {
        const n = arguments.length;
        if (n > 1) wrongArgs(self(), n);
        return impl(n < 1 ? NIL : a);
      };
    case 2:
      if (min === 2) return function(a, b) {
        if (arguments.length !== 2) wrongArgs(self(), arguments.length);
        return impl(a, b);
      };
      return function(a, b) {
        const n = arguments.length;
        if (n < min || n > 2) wrongArgs(self(), n);
        return impl(n < 1 ? NIL : a, n < 2 ? NIL : b);
      };
    case 3:
      if (min === 3) return function(a, b, c) {
        if (arguments.length !== 3) wrongArgs(self(), arguments.length);
        return impl(a, b, c);
      };
      return function(a, b, c) {
        const n = arguments.length;
        if (n < min || n > 3) wrongArgs(self(), n);
        return impl(n < 1 ? NIL : a, n < 2 ? NIL : b, n < 3 ? NIL : c);
      };
    default:
      return function() {
        const n = arguments.length;
        if (n < min || n > max) wrongArgs(self(), n);
        const args = new Array(max);
        for (let i = 0; i < max; i++) args[i] = i < n ? arguments[i] : NIL;
        return impl.apply(void 0, args);
      };
  }
}
function defun(name, arglist, doc, fn, opts = {}) {
  let min, max;
  if (opts.special) {
    [min] = arityOf(arglist);
    max = UNEVALLED;
  } else [min, max] = arityOf(arglist);
  let subr;
  const wrapped = opts.special ? fn : wrap(fn, min, max, () => subr);
  const intspec = typeof opts.interactive === "string" ? void 0 : opts.interactive;
  subr = new Subr(name, min, max, wrapped, doc, arglist, intspec, fn);
  if (typeof opts.interactive === "string") subr.intspecString = opts.interactive;
  subrRegistry.push(subr);
  return subr;
}
function defvar(name, init, doc = "", opts = {}) {
  const sym2 = defsym(name);
  varRegistry.push({ sym: sym2, init, doc, ...opts });
  return sym2;
}

// src/compile/scope.ts
var Q = {
  lambda: defsym("lambda"),
  closure: defsym("closure"),
  function: defsym("function"),
  quote: defsym("quote"),
  macro: defsym("macro"),
  autoload: defsym("autoload"),
  optional: defsym("&optional"),
  rest: defsym("&rest"),
  interactive: defsym("interactive"),
  declare: defsym("declare"),
  lexical_binding: defsym("lexical-binding"),
  signal_wrong_type_listp: defsym("internal--signal-dotted-args"),
  debug: defsym("debug"),
  error: defsym("error"),
  success: defsym(":success")
};
var Scope = class _Scope {
  constructor(lexical, parent) {
    this.lexical = lexical;
    this.parent = parent;
    this.macroEnv = parent ? parent.macroEnv : null;
  }
  lexical;
  parent;
  vars = [];
  specials = [];
  Q = Q;
  /** Local macro definitions (macroexpand-all-environment style alist entries). */
  macroEnv;
  child() {
    return new _Scope(this.lexical, this);
  }
  bind(sym2, js, cell = false) {
    const r = { sym: sym2, js, cell };
    this.vars.push(r);
    return r;
  }
  declareSpecial(sym2) {
    this.specials.push(sym2);
  }
  /** True when a `let` of SYM here must bind dynamically. */
  isSpecial(sym2) {
    if (sym2.special || !this.lexical) return true;
    for (let s = this; s; s = s.parent) if (s.specials.includes(sym2)) return true;
    return false;
  }
  /** The lexical binding SYM refers to, or undefined for a dynamic (symbol-value) reference. */
  lookup(sym2) {
    if (sym2.special) return void 0;
    for (let s = this; s; s = s.parent) {
      for (let i = s.vars.length - 1; i >= 0; i--) if (s.vars[i].sym === sym2) return s.vars[i];
      if (s.specials.includes(sym2)) return void 0;
    }
    return void 0;
  }
  /** Every lexical binding visible here, innermost first (the order of GNU's closure environments). */
  visible() {
    const out = [];
    for (let s = this; s; s = s.parent) for (let i = s.vars.length - 1; i >= 0; i--) out.push(s.vars[i]);
    return out;
  }
};

// src/compile/lambda.ts
function parseArglist(args) {
  const p = { required: [], optional: [], rest: null };
  let mode = 0;
  while (args instanceof Cons) {
    const a = args.car;
    args = args.cdr;
    if (!(a instanceof LSymbol)) return void 0;
    if (a === Q.optional) {
      if (mode >= 1) {
        if (mode !== 1) return void 0;
      }
      mode = 1;
      continue;
    }
    if (a === Q.rest) {
      if (mode >= 2) return void 0;
      mode = 2;
      continue;
    }
    if (mode === 0) p.required.push(a);
    else if (mode === 1) p.optional.push(a);
    else if (mode === 2) {
      p.rest = a;
      mode = 3;
    } else return void 0;
  }
  if (args !== NIL || mode === 2) return mode === 2 && args === NIL ? p : void 0;
  return p;
}
function lambdaSource(args, body, outer, lexical) {
  const unit = outer.unit;
  const fn = new JsFn(unit);
  const scope = lexical ? outer.scope.child() : new Scope(false, null);
  const cx = new Cx(fn, scope);
  const self = unit.fresh("f");
  const parsed = parseArglist(args);
  if (parsed === void 0) {
    return `function ${self}() { return invalidFunction(${self}.L); }`;
  }
  const params = [];
  const dyn = [];
  const all = [...parsed.required, ...parsed.optional];
  for (const sym2 of all) {
    const p = unit.fresh("l");
    params.push(p);
    if (scope.isSpecial(sym2)) dyn.push([sym2, p]);
    else scope.bind(sym2, p);
  }
  let restParam = "";
  let restVar = "";
  if (parsed.rest) {
    restParam = unit.fresh("r");
    restVar = unit.fresh("l");
    if (scope.isSpecial(parsed.rest)) dyn.push([parsed.rest, restVar]);
    else scope.bind(parsed.rest, restVar);
  }
  const min = parsed.required.length;
  const max = parsed.rest ? -1 : all.length;
  const head = [];
  head.push(`const n = arguments.length;`);
  if (max < 0) {
    if (min > 0) head.push(`if (n < ${min}) return wna(${self}.L, n);`);
  } else if (min === max) head.push(`if (n !== ${min}) return wna(${self}.L, n);`);
  else head.push(`if (n < ${min} || n > ${max}) return wna(${self}.L, n);`);
  for (let i = min; i < all.length; i++) head.push(`if (n < ${i + 1}) ${params[i]} = NIL;`);
  if (parsed.rest) head.push(`const ${restVar} = arrayToList(${restParam});`);
  head.push(`const d = ++E.depth; if (d > E.maxDepth || ${lexical ? "d + d" : "d"} + E.sp >= E.maxSpecpdl) depthErr(); E.btFun[d] = ${self}.L;`);
  head.push(`if (E.traceArgs) E.btArgs[d] = [${[...params, ...parsed.rest ? ["..." + restParam] : []].join(", ")}];`);
  if (dyn.length) {
    head.push(`const sp = E.sp;`);
    for (const [sym2, p] of dyn) head.push(`specbind(${unit.constant(sym2)}, ${p});`);
  }
  const result = compileBody(body, cx);
  const tail = `const res = ${result};${dyn.length ? " unbindTo(sp);" : ""} E.depth = d - 1; return res;`;
  const allParams = [...params, ...parsed.rest ? ["..." + restParam] : []].join(", ");
  const temps = fn.temps.length ? `let ${fn.temps.join(", ")};` : "";
  return `function ${self}(${allParams}) {
${head.join("\n")}
${temps}
${fn.lines.join("\n")}
${tail}
}`;
}
function closureCreation(lambdaForm, cx) {
  const argsBody = lambdaForm.cdr;
  const args = argsBody instanceof Cons ? argsBody.car : NIL;
  const body = argsBody instanceof Cons ? argsBody.cdr : NIL;
  const src = lambdaSource(args, body, cx, true);
  let env = cx.k(ENV_TAIL);
  const vis = cx.scope.visible();
  for (let i = vis.length - 1; i >= 0; i--) {
    const v = vis[i];
    env = v.cell ? `new Cons(${v.js}, ${env})` : `new Cons(new Cons(${cx.k(v.sym)}, ${v.js}), ${env})`;
  }
  return `mkClosure(${env}, ${cx.k(argsBody)}, ${src})`;
}
var ENV_TAIL = new Cons(T, NIL);
function instantiate(unit, expr, runtime2) {
  const names = Object.keys(runtime2);
  const consts = unit.consts.map((_, i) => `k${i} = K[${i}]`).join(", ");
  const src = `"use strict";
const {${names.join(", ")}} = R;
${consts ? "const " + consts + ";" : ""}
return ${expr};`;
  if (process.env.TSMACS_DUMP_JS) process.stderr.write(src + "\n----\n");
  return new Function("R", "K", src)(runtime2, unit.consts);
}
function compileFunctionList(obj, runtime2) {
  const unit = new Unit();
  const lexical = obj.car === Q.closure;
  let rest = obj.cdr;
  const scope = new Scope(lexical, null);
  if (lexical && rest instanceof Cons) {
    const cells = [];
    for (let e = rest.car; e instanceof Cons; e = e.cdr) {
      if (e.car instanceof Cons && e.car.car instanceof LSymbol) cells.push(e.car);
      else if (e.car instanceof LSymbol && e.car !== T) scope.declareSpecial(e.car);
    }
    for (let i = cells.length - 1; i >= 0; i--) scope.bind(cells[i].car, unit.constant(cells[i]), true);
    rest = rest.cdr;
  }
  const args = rest instanceof Cons ? rest.car : NIL;
  const body = rest instanceof Cons ? rest.cdr : NIL;
  const cx = new Cx(new JsFn(unit), scope);
  const src = lambdaSource(args, body, cx, lexical);
  const f = instantiate(unit, src, runtime2);
  f.L = obj;
  return f;
}

// src/compile/special-forms.ts
var specialForms = /* @__PURE__ */ new Map();
function def(name, c) {
  specialForms.set(defsym(name), c);
}
function argsOf(form) {
  const out = [];
  for (let a = form.cdr; a instanceof Cons; a = a.cdr) out.push(a.car);
  return out;
}
function signalAtRuntime(cx, sym2, ...data) {
  return `sig(${cx.k(sym2)}, ${cx.k(list(...data))})`;
}
function wrongArgs2(form, n, cx) {
  return signalAtRuntime(cx, Qwrong_number_of_arguments, form.car, n);
}
def("quote", (form, cx) => {
  const a = argsOf(form);
  if (a.length !== 1 || form.cdr instanceof Cons && form.cdr.cdr !== NIL) return wrongArgs2(form, a.length, cx);
  return constExpr(a[0], cx);
});
def("function", (form, cx) => {
  const a = argsOf(form);
  if (a.length !== 1) return wrongArgs2(form, a.length, cx);
  const f = a[0];
  if (f instanceof Cons && f.car === Q.lambda && cx.scope.lexical) return closureCreation(f, cx);
  return constExpr(f, cx);
});
def("progn", (form, cx) => compileBody(form.cdr, cx));
def("inline", (form, cx) => compileBody(form.cdr, cx));
def("interactive", () => "NIL");
def("prog1", (form, cx) => {
  if (!(form.cdr instanceof Cons)) return wrongArgs2(form, 0, cx);
  const t = cx.tmp();
  compileInto(form.cdr.car, t, cx);
  for (let b = form.cdr.cdr; b instanceof Cons; b = b.cdr) compileEffect(b.car, cx);
  return t;
});
function conditional(testExpr, thenF, elseF, cx) {
  const [s1, e1] = cx.capture(thenF);
  const [s2, e2] = cx.capture(elseF);
  if (s1.length === 0 && s2.length === 0) return `(${testExpr} !== NIL ? ${e1} : ${e2})`;
  const t = cx.tmp();
  cx.emit(`if (${testExpr} !== NIL) {`);
  s1.forEach((s) => cx.emit(s));
  cx.emit(`${t} = ${e1};`);
  cx.emit(`} else {`);
  s2.forEach((s) => cx.emit(s));
  cx.emit(`${t} = ${e2};`);
  cx.emit(`}`);
  return t;
}
def("if", (form, cx) => {
  const a = form.cdr;
  if (!(a instanceof Cons) || !(a.cdr instanceof Cons)) return wrongArgs2(form, argsOf(form).length, cx);
  const test2 = compileExpr(a.car, cx);
  const then = a.cdr.car;
  const rest = a.cdr.cdr;
  return conditional(test2, () => compileExpr(then, cx), () => compileBody(rest, cx), cx);
});
def("cond", (form, cx) => compileCond(form.cdr, cx));
function compileCond(clauses, cx) {
  if (!(clauses instanceof Cons)) return "NIL";
  const clause = clauses.car;
  if (clause === NIL) return compileCond(clauses.cdr, cx);
  if (!(clause instanceof Cons)) return `sig(${cx.k(defsym("wrong-type-argument"))}, ${cx.k(list(defsym("listp"), clause))})`;
  if (clause.cdr === NIL) {
    const t = cx.tmp();
    compileInto(clause.car, t, cx);
    return conditional(t, () => t, () => compileCond(clauses.cdr, cx), cx);
  }
  const test2 = compileExpr(clause.car, cx);
  return conditional(test2, () => compileBody(clause.cdr, cx), () => compileCond(clauses.cdr, cx), cx);
}
def("and", (form, cx) => compileAndOr(form.cdr, cx, true));
def("or", (form, cx) => compileAndOr(form.cdr, cx, false));
function compileAndOr(args, cx, isAnd) {
  if (!(args instanceof Cons)) return isAnd ? "T" : "NIL";
  if (!(args.cdr instanceof Cons)) return compileExpr(args.car, cx);
  const t = cx.tmp();
  compileInto(args.car, t, cx);
  const rest = args.cdr;
  return isAnd ? conditional(t, () => compileAndOr(rest, cx, true), () => "NIL", cx) : conditional(t, () => t, () => compileAndOr(rest, cx, false), cx);
}
def("setq", (form, cx) => {
  const a = argsOf(form);
  if (a.length % 2 !== 0) return wrongArgs2(form, a.length, cx);
  let last = "NIL";
  for (let i = 0; i < a.length; i += 2) {
    const sym2 = a[i];
    if (!(sym2 instanceof LSymbol)) return `sig(${cx.k(defsym("wrong-type-argument"))}, ${cx.k(list(defsym("symbolp"), sym2))})`;
    const v = compileExpr(a[i + 1], cx);
    last = compileSet(sym2, v, cx);
    if (i + 2 < a.length) {
      cx.emit(`${last};`);
    }
  }
  if (a.length > 2) {
    const t = cx.tmp();
    cx.emit(`${t} = ${last};`);
    return t;
  }
  return last;
});
def("while", (form, cx) => {
  if (!(form.cdr instanceof Cons)) return wrongArgs2(form, 0, cx);
  const [ts, te] = cx.capture(() => compileExpr(form.cdr.car, cx));
  if (ts.length === 0) {
    cx.emit(`while (${te} !== NIL) {`);
  } else {
    cx.emit(`while (true) {`);
    ts.forEach((s) => cx.emit(s));
    cx.emit(`if (${te} === NIL) break;`);
  }
  for (let b = form.cdr.cdr; b instanceof Cons; b = b.cdr) compileEffect(b.car, cx);
  cx.emit(`}`);
  return "NIL";
});
function compileLet(form, cx, sequential) {
  if (!(form.cdr instanceof Cons)) return wrongArgs2(form, 0, cx);
  const bindings = [];
  const varlist = form.cdr.car;
  if (varlist !== NIL && !(varlist instanceof Cons)) return `sig(${cx.k(defsym("wrong-type-argument"))}, ${cx.k(list(defsym("listp"), varlist))})`;
  for (let b = varlist; b instanceof Cons; b = b.cdr) {
    const x = b.car;
    if (x instanceof LSymbol) bindings.push([x, NIL]);
    else if (x instanceof Cons) {
      if (!(x.car instanceof LSymbol)) return `sig(${cx.k(defsym("wrong-type-argument"))}, ${cx.k(list(defsym("symbolp"), x.car))})`;
      if (x.cdr instanceof Cons && x.cdr.cdr !== NIL) {
        return `sig(${cx.k(defsym("error"))}, ${cx.k(new Cons(mkLString("`let' bindings can have only one value-form"), x))})`;
      }
      bindings.push([x.car, x.cdr instanceof Cons ? x.cdr.car : NIL]);
    } else return `sig(${cx.k(defsym("wrong-type-argument"))}, ${cx.k(list(defsym("symbolp"), x))})`;
  }
  const body = form.cdr.cdr;
  const result = cx.tmp();
  const scope = cx.scope.child();
  let anyDynamic = false;
  const sp = cx.unit.fresh("sp");
  cx.emit(`{`);
  const needSp = bindings.some(([s]) => scope.isSpecial(s));
  if (needSp) cx.emit(`const ${sp} = E.sp;`);
  if (sequential) {
    for (const [sym2, init] of bindings) {
      const v = cx.withScope(scope, () => compileExpr(init, cx));
      if (scope.isSpecial(sym2)) {
        anyDynamic = true;
        cx.emit(`specbind(${cx.k(sym2)}, ${v});`);
      } else {
        const js = cx.unit.fresh("l");
        cx.emit(`let ${js} = ${v};`);
        scope.bind(sym2, js);
      }
    }
  } else {
    const vals = [];
    for (const [, init] of bindings) {
      const t = cx.unit.fresh("v");
      const v = compileExpr(init, cx);
      cx.emit(`const ${t} = ${v};`);
      vals.push(t);
    }
    bindings.forEach(([sym2], i) => {
      if (scope.isSpecial(sym2)) {
        anyDynamic = true;
        cx.emit(`specbind(${cx.k(sym2)}, ${vals[i]});`);
      } else {
        const js = cx.unit.fresh("l");
        cx.emit(`let ${js} = ${vals[i]};`);
        scope.bind(sym2, js);
      }
    });
  }
  const e = cx.withScope(scope, () => compileBody(body, cx));
  cx.emit(`${result} = ${e};`);
  if (anyDynamic) cx.emit(`unbindTo(${sp});`);
  cx.emit(`}`);
  return result;
}
var mkLString = (s) => LString.fromJs(s);
def("let", (form, cx) => compileLet(form, cx, false));
def("let*", (form, cx) => compileLet(form, cx, true));
function saveState(cx) {
  const sp = cx.unit.fresh("sp"), d = cx.unit.fresh("d"), hn = cx.unit.fresh("hn");
  cx.emit(`const ${sp} = E.sp, ${d} = E.depth, ${hn} = E.hn;`);
  return { sp, d, hn };
}
def("unwind-protect", (form, cx) => {
  if (!(form.cdr instanceof Cons)) return wrongArgs2(form, 0, cx);
  const t = cx.tmp();
  cx.emit(`{`);
  const st = saveState(cx);
  cx.emit(`try {`);
  compileInto(form.cdr.car, t, cx);
  cx.emit(`} finally {`);
  cx.emit(`if (E.sp > ${st.sp}) unbindTo(${st.sp}); E.depth = ${st.d}; E.hn = ${st.hn};`);
  for (let b = form.cdr.cdr; b instanceof Cons; b = b.cdr) compileEffect(b.car, cx);
  cx.emit(`}}`);
  return t;
});
def("catch", (form, cx) => {
  if (!(form.cdr instanceof Cons)) return wrongArgs2(form, 0, cx);
  const t = cx.tmp();
  const tag = cx.unit.fresh("tag");
  const tagE = compileExpr(form.cdr.car, cx);
  cx.emit(`{ const ${tag} = ${tagE};`);
  const st = saveState(cx);
  cx.emit(`E.hType[${st.hn}] = 0; E.hTag[${st.hn}] = ${tag}; E.hn = ${st.hn} + 1;`);
  cx.emit(`try {`);
  const e = compileBody(form.cdr.cdr, cx);
  cx.emit(`${t} = ${e}; E.hn = ${st.hn};`);
  cx.emit(`} catch (ex) { E.hn = ${st.hn};`);
  cx.emit(`if (ex instanceof LispThrow && ex.tag === ${tag}) { if (E.sp > ${st.sp}) unbindTo(${st.sp}); E.depth = ${st.d}; ${t} = ex.value; } else throw ex; }`);
  cx.emit(`}`);
  return t;
});
def("condition-case", (form, cx) => {
  const a = argsOf(form);
  if (a.length < 2) return wrongArgs2(form, a.length, cx);
  const v = a[0];
  if (!(v instanceof LSymbol)) return `sig(${cx.k(defsym("wrong-type-argument"))}, ${cx.k(list(defsym("symbolp"), v))})`;
  const clauses = [];
  let success = null;
  for (const h of a.slice(2)) {
    if (h === NIL) continue;
    if (!(h instanceof Cons)) return `sig(${cx.k(defsym("error"))}, ${cx.k(list(mkLString("Invalid condition handler: %s"), h))})`;
    if (h.car === Q.success) success = h;
    else clauses.push(h);
  }
  const t = cx.tmp();
  const ok = cx.unit.fresh("ok");
  cx.emit(`{ let ${ok} = false;`);
  const st = saveState(cx);
  const specs = clauses.map((c) => c.car);
  cx.emit(`E.hType[${st.hn}] = 1; E.hTag[${st.hn}] = ${cx.k(specs)}; E.hn = ${st.hn} + 1;`);
  cx.emit(`try {`);
  compileInto(a[1], t, cx);
  cx.emit(`${ok} = true; E.hn = ${st.hn};`);
  cx.emit(`} catch (ex0) { E.hn = ${st.hn};`);
  cx.emit(`const ex = toSignal(ex0); if (!(ex instanceof LispSignal)) throw ex0;`);
  cx.emit(`if (E.sp > ${st.sp}) unbindTo(${st.sp}); E.depth = ${st.d};`);
  cx.emit(`const cs = conditionsOf(ex.sym);`);
  clauses.forEach((c, i) => {
    cx.emit(`${i ? "else " : ""}if (handlerMatches(cs, ${cx.k(c.car)})) {`);
    bindHandlerVar(v, `new Cons(ex.sym, ex.data)`, c.cdr, t, cx);
    cx.emit(`}`);
  });
  cx.emit(`${clauses.length ? "else " : ""}throw ex; }`);
  if (success) {
    cx.emit(`if (${ok}) {`);
    bindHandlerVar(v, t, success.cdr, t, cx);
    cx.emit(`}`);
  }
  cx.emit(`}`);
  return t;
});
function bindHandlerVar(v, valueExpr, body, target, cx) {
  if (v === NIL) {
    compileInto(new Cons(defsym("progn"), body), target, cx);
    return;
  }
  const scope = cx.scope.child();
  if (scope.isSpecial(v)) {
    const sp = cx.unit.fresh("sp");
    cx.emit(`const ${sp} = E.sp; specbind(${cx.k(v)}, ${valueExpr});`);
    const e = cx.withScope(scope, () => compileBody(body, cx));
    cx.emit(`${target} = ${e}; unbindTo(${sp});`);
  } else {
    const js = cx.unit.fresh("l");
    cx.emit(`let ${js} = ${valueExpr};`);
    scope.bind(v, js);
    const e = cx.withScope(scope, () => compileBody(body, cx));
    cx.emit(`${target} = ${e};`);
  }
}
def("defvar", (form, cx) => {
  const a = argsOf(form);
  if (a.length === 0 || a.length > 3) return wrongArgs2(form, a.length, cx);
  const sym2 = a[0];
  if (!(sym2 instanceof LSymbol)) return `sig(${cx.k(defsym("wrong-type-argument"))}, ${cx.k(list(defsym("symbolp"), sym2))})`;
  if (a.length === 1) {
    cx.scope.declareSpecial(sym2);
    return cx.k(sym2);
  }
  cx.scope.declareSpecial(sym2);
  const k = cx.k(sym2);
  const doc = a.length > 2 ? constExpr(a[2], cx) : "NIL";
  const t = cx.tmp();
  cx.emit(`${t} = defvarBegin(${k}, ${doc});`);
  cx.emit(`if (${t} === NIL) {`);
  const v = compileExpr(a[1], cx);
  cx.emit(`setDefault(${k}, ${v});`);
  cx.emit(`}`);
  return k;
});
def("defconst", (form, cx) => {
  const a = argsOf(form);
  if (a.length < 2 || a.length > 3) return wrongArgs2(form, a.length, cx);
  const sym2 = a[0];
  if (!(sym2 instanceof LSymbol)) return `sig(${cx.k(defsym("wrong-type-argument"))}, ${cx.k(list(defsym("symbolp"), sym2))})`;
  cx.scope.declareSpecial(sym2);
  const v = compileExpr(a[1], cx);
  const doc = a.length > 2 ? constExpr(a[2], cx) : "NIL";
  return `defconstSet(${cx.k(sym2)}, ${v}, ${doc})`;
});
function saving(kind) {
  return (form, cx) => {
    const t = cx.tmp();
    const s = cx.unit.fresh("saved");
    cx.emit(`{ const ${s} = saveBegin(${JSON.stringify(kind)}); try {`);
    compileInto(new Cons(defsym("progn"), form.cdr), t, cx);
    cx.emit(`} finally { saveEnd(${JSON.stringify(kind)}, ${s}); } }`);
    return t;
  };
}
def("save-current-buffer", saving("buffer"));
def("save-excursion", saving("excursion"));
def("save-restriction", saving("restriction"));

// src/compile/macros.ts
var macroHooks = {
  funcall: (_f, _args) => NIL,
  autoloadDoLoad: (_fundef, _sym, macroOnly) => macroOnly ? NIL : NIL
};
function macroFunction(sym2, env) {
  if (env !== null && env.has(sym2)) {
    const local = env.get(sym2);
    return local === NIL ? void 0 : local;
  }
  let def2 = sym2.f;
  for (let i = 0; def2 instanceof LSymbol && def2 !== NIL && i < 100; i++) def2 = def2.f;
  if (!(def2 instanceof Cons)) return void 0;
  if (def2.car === Q.macro) return def2.cdr;
  if (def2.car === Q.autoload) {
    const type = nth(def2, 4);
    if (type === NIL || type === void 0) return void 0;
    const loaded = macroHooks.autoloadDoLoad(def2, sym2, true);
    if (loaded instanceof Cons && loaded.car === Q.macro) return loaded.cdr;
  }
  return void 0;
}
function nth(l, n) {
  for (let i = 0; i < n && l instanceof Cons; i++) l = l.cdr;
  return l instanceof Cons ? l.car : void 0;
}
function expandMacroCall(head, form, cx) {
  const fn = macroFunction(head, cx ? cx.scope.macroEnv : null);
  if (fn === void 0) return void 0;
  const args = [];
  for (let a = form.cdr; a instanceof Cons; a = a.cdr) args.push(a.car);
  return macroHooks.funcall(fn, args);
}

// src/compile/codegen.ts
var JsFn = class {
  constructor(unit) {
    this.unit = unit;
  }
  unit;
  lines = [];
  temps = [];
  emit(s) {
    this.lines.push(s);
  }
  tmp() {
    const t = "t" + this.unit.counter++;
    this.temps.push(t);
    return t;
  }
};
var Unit = class {
  consts = [];
  constIndex = /* @__PURE__ */ new Map();
  counter = 0;
  /** Name of a JS variable holding the constant OBJ. */
  constant(obj) {
    let name = this.constIndex.get(obj);
    if (name === void 0) {
      name = "k" + this.consts.length;
      this.consts.push(obj);
      this.constIndex.set(obj, name);
    }
    return name;
  }
  fresh(prefix) {
    return prefix + this.counter++;
  }
};
var Cx = class {
  constructor(fn, scope) {
    this.fn = fn;
    this.scope = scope;
  }
  fn;
  scope;
  get unit() {
    return this.fn.unit;
  }
  emit(s) {
    this.fn.emit(s);
  }
  tmp() {
    return this.fn.tmp();
  }
  k(obj) {
    return this.fn.unit.constant(obj);
  }
  /** Runs F with statements redirected into a fresh buffer; returns [statements, F's result]. */
  capture(f) {
    const saved = this.fn.lines;
    this.fn.lines = [];
    try {
      const r = f();
      return [this.fn.lines, r];
    } finally {
      this.fn.lines = saved;
    }
  }
  withScope(scope, f) {
    const saved = this.scope;
    this.scope = scope;
    try {
      return f();
    } finally {
      this.scope = saved;
    }
  }
};
function constExpr(obj, cx) {
  if (obj === NIL) return "NIL";
  if (obj === T) return "T";
  if (typeof obj === "number") return obj < 0 || Object.is(obj, -0) ? `(${obj})` : String(obj);
  return cx.k(obj);
}
function compileExpr(form, cx) {
  if (form instanceof LSymbol) return compileVarRef(form, cx);
  if (!(form instanceof Cons)) return constExpr(form, cx);
  const head = form.car;
  if (head instanceof LSymbol) {
    const special = specialForms.get(head);
    if (special !== void 0 && head.f instanceof Subr && head.f.maxArgs === UNEVALLED) return special(form, cx);
    const expansion = expandMacroCall(head, form, cx);
    if (expansion !== void 0) return compileExpr(expansion, cx);
    return compileCall(head, form.cdr, cx);
  }
  if (head instanceof Cons && head.car === cx.scope.Q.lambda) {
    const fnExpr = compileExpr(new Cons(cx.scope.Q.function, new Cons(head, NIL)), cx);
    const args = compileArgs(listArgs(form.cdr, cx), cx);
    return `callableOf(${fnExpr})(${args.join(", ")})`;
  }
  return `invalidFunction(${cx.k(head)})`;
}
function listArgs(args, cx) {
  const out = [];
  while (args instanceof Cons) {
    out.push(args.car);
    args = args.cdr;
  }
  if (args !== NIL) out.push(new Cons(cx.scope.Q.signal_wrong_type_listp, new Cons(args, NIL)));
  return out;
}
function compileArgs(forms, cx) {
  const exprs = [];
  for (const f of forms) {
    const [stmts, e] = cx.capture(() => compileExpr(f, cx));
    if (stmts.length > 0) {
      for (let i = 0; i < exprs.length; i++) {
        if (!isTrivial(exprs[i])) {
          const t = cx.tmp();
          cx.emit(`${t} = ${exprs[i]};`);
          exprs[i] = t;
        }
      }
      for (const s of stmts) cx.emit(s);
    }
    exprs.push(e);
  }
  return exprs;
}
function isTrivial(e) {
  return /^(NIL|T|k\d+|\(?-?\d+(\.\d+)?\)?)$/.test(e);
}
function compileInto(form, target, cx) {
  const e = compileExpr(form, cx);
  cx.emit(`${target} = ${e};`);
}
function compileEffect(form, cx) {
  const e = compileExpr(form, cx);
  if (!isTrivial(e) && !/^[lt]\d+$/.test(e)) cx.emit(`${e};`);
}
function compileBody(body, cx) {
  if (body === NIL) return "NIL";
  while (body instanceof Cons && body.cdr instanceof Cons) {
    compileEffect(body.car, cx);
    body = body.cdr;
  }
  return body instanceof Cons ? compileExpr(body.car, cx) : "NIL";
}
function compileVarRef(sym2, cx) {
  if (sym2 === NIL) return "NIL";
  if (sym2 === T) return "T";
  if (sym2.name.charCodeAt(0) === 58 && sym2.v === sym2) return cx.k(sym2);
  const ref = cx.scope.lookup(sym2);
  if (ref !== void 0) return readRef(ref);
  const k = cx.k(sym2);
  return `(${k}.r === 0 && ${k}.v !== UNBOUND ? ${k}.v : sv(${k}))`;
}
function readRef(ref) {
  return ref.cell ? `${ref.js}.cdr` : ref.js;
}
function compileSet(sym2, valueExpr, cx) {
  const ref = cx.scope.lookup(sym2);
  if (ref !== void 0) return ref.cell ? `(${ref.js}.cdr = ${valueExpr})` : `(${ref.js} = ${valueExpr})`;
  return `setq(${cx.k(sym2)}, ${valueExpr})`;
}
var INLINE = {
  car: (a) => a.length === 1 ? `car(${a[0]})` : void 0,
  cdr: (a) => a.length === 1 ? `cdr(${a[0]})` : void 0,
  eq: (a) => a.length === 2 ? `(${a[0]} === ${a[1]} ? T : NIL)` : void 0,
  null: (a) => a.length === 1 ? `(${a[0]} === NIL ? T : NIL)` : void 0,
  not: (a) => a.length === 1 ? `(${a[0]} === NIL ? T : NIL)` : void 0,
  consp: (a) => a.length === 1 ? `(${a[0]} instanceof Cons ? T : NIL)` : void 0,
  "+": (a) => a.length === 2 ? `add2(${a[0]}, ${a[1]})` : void 0,
  "-": (a) => a.length === 2 ? `sub2(${a[0]}, ${a[1]})` : void 0,
  "1+": (a) => a.length === 1 ? `add2(${a[0]}, 1)` : void 0,
  "1-": (a) => a.length === 1 ? `sub2(${a[0]}, 1)` : void 0,
  "<": (a) => a.length === 2 ? `lt2(${a[0]}, ${a[1]})` : void 0,
  ">": (a) => a.length === 2 ? `lt2(${a[1]}, ${a[0]})` : void 0,
  "<=": (a) => a.length === 2 ? `le2(${a[0]}, ${a[1]})` : void 0,
  ">=": (a) => a.length === 2 ? `le2(${a[1]}, ${a[0]})` : void 0,
  "=": (a) => a.length === 2 ? `numeq2(${a[0]}, ${a[1]})` : void 0
};
function compileCall(fnSym, argList, cx) {
  const args = compileArgs(listArgs(argList, cx), cx);
  const k = cx.k(fnSym);
  const inline = INLINE[fnSym.name];
  const f = fnSym.f;
  if (inline !== void 0 && f instanceof Subr && f.name === fnSym.name) {
    const fast = inline(args);
    if (fast !== void 0) {
      const saved = args.map((a) => a);
      if (saved.every(isSimpleOperand)) return `(${k}.f === ${cx.k(f)} ? ${fast} : (${k}.jf || resolve(${k}))(${args.join(", ")}))`;
      const ts = saved.map((a) => {
        if (isSimpleOperand(a)) return a;
        const t = cx.tmp();
        cx.emit(`${t} = ${a};`);
        return t;
      });
      const fast2 = inline(ts);
      return `(${k}.f === ${cx.k(f)} ? ${fast2} : (${k}.jf || resolve(${k}))(${ts.join(", ")}))`;
    }
  }
  return `(${k}.jf || resolve(${k}))(${args.join(", ")})`;
}
function isSimpleOperand(e) {
  return /^(NIL|T|[ltk]\d+|\(?-?\d+(\.\d+)?\)?)$/.test(e);
}

// src/compile/runtime.ts
function sv(sym2) {
  return symbolValue(sym2);
}
function setq(sym2, val) {
  if (sym2.r === 0 /* Plain */ && sym2.trapped === 0 /* Untrapped */) sym2.v = val;
  else setInternal(sym2, val);
  return val;
}
function car(x) {
  if (x instanceof Cons) return x.car;
  if (x === NIL) return NIL;
  return wrongType(Qlistp, x);
}
function cdr(x) {
  if (x instanceof Cons) return x.cdr;
  if (x === NIL) return NIL;
  return wrongType(Qlistp, x);
}
var originals = /* @__PURE__ */ new Map();
function original(name) {
  let s = originals.get(name);
  if (!s) {
    s = subrRegistry.find((x) => x.name === name);
    if (!s) throw new LispSignal(defsym("void-function"), list(defsym(name)));
    originals.set(name, s);
  }
  return s;
}
var MAXS = 9007199254740991;
function add2(a, b) {
  if (typeof a === "number" && typeof b === "number") {
    const r = a + b;
    if (r <= MAXS && r >= -MAXS) return r;
  } else if (a instanceof LFloat) {
    if (b instanceof LFloat) return new LFloat(a.n + b.n);
    if (typeof b === "number") return new LFloat(a.n + b);
  } else if (b instanceof LFloat && typeof a === "number") return new LFloat(a + b.n);
  return original("+").fn(a, b);
}
function sub2(a, b) {
  if (typeof a === "number" && typeof b === "number") {
    const r = a - b;
    if (r <= MAXS && r >= -MAXS) return r;
  } else if (a instanceof LFloat) {
    if (b instanceof LFloat) return new LFloat(a.n - b.n);
    if (typeof b === "number") return new LFloat(a.n - b);
  } else if (b instanceof LFloat && typeof a === "number") return new LFloat(a - b.n);
  return original("-").fn(a, b);
}
function lt2(a, b) {
  if (typeof a === "number" && typeof b === "number") return a < b ? T : NIL;
  if (a instanceof LFloat && b instanceof LFloat) return a.n < b.n ? T : NIL;
  return original("<").fn(a, b);
}
function le2(a, b) {
  if (typeof a === "number" && typeof b === "number") return a <= b ? T : NIL;
  if (a instanceof LFloat && b instanceof LFloat) return a.n <= b.n ? T : NIL;
  return original("<=").fn(a, b);
}
function numeq2(a, b) {
  if (typeof a === "number" && typeof b === "number") return a === b ? T : NIL;
  return original("=").fn(a, b);
}
function mkClosure(env, argsBody, fn) {
  const c = new Cons(Q.closure, new Cons(env, argsBody));
  c.fn = fn;
  fn.L = c;
  return c;
}
function wna(self, n) {
  const data = self instanceof Cons && self.car === Q.closure ? self.cdr : self;
  return raise(Qwrong_number_of_arguments, list(data, n));
}
function invalidFunction(f) {
  return raise(Qinvalid_function, list(f));
}
function depthErr() {
  const d = E.depth--;
  if (d > E.maxDepth) return raise(Qerror, list(LString.fromJs("Lisp nesting exceeds \u2018max-lisp-eval-depth\u2019")));
  return raise(Qerror, list(LString.fromJs("Variable binding depth exceeds max-specpdl-size")));
}
function sig(sym2, data) {
  return raise(sym2, data);
}
function toSignal(e) {
  if (e instanceof LispSignal || e instanceof LispThrow || e instanceof KillEmacs) return e;
  if (e instanceof RangeError && /call stack/i.test(e.message)) {
    return new LispSignal(Qerror, list(LString.fromJs("Lisp nesting exceeds \u2018max-lisp-eval-depth\u2019")));
  }
  const msg = e instanceof Error ? e.message : String(e);
  return new LispSignal(defsym("js-error"), list(LString.fromJs(msg)));
}
function conditionsOf(sym2) {
  for (let p = sym2.plist; p instanceof Cons && p.cdr instanceof Cons; p = p.cdr.cdr) {
    if (p.car === Qerror_conditions) return p.cdr.car;
  }
  return NIL;
}
function handlerMatches(conditions, spec) {
  if (spec === T) return true;
  if (spec instanceof LSymbol) {
    for (let c = conditions; c instanceof Cons; c = c.cdr) if (c.car === spec) return true;
    return false;
  }
  for (let s = spec; s instanceof Cons; s = s.cdr) {
    if (s.car === T) return true;
    for (let c = conditions; c instanceof Cons; c = c.cdr) if (c.car === s.car) return true;
  }
  return false;
}
function defvarBegin(sym2, doc) {
  defineVariable(sym2, doc);
  return defaultValue(sym2) === UNBOUND ? NIL : T;
}
function defineVariable(sym2, doc) {
  sym2.special = true;
  if (doc !== NIL) putProp(sym2, defsym("variable-documentation"), doc);
  loadHistoryHook(sym2);
}
var loadHistoryHook = () => void 0;
function defconstSet(sym2, val, doc) {
  defineVariable(sym2, doc);
  setDefault(sym2, val);
  putProp(sym2, defsym("risky-local-variable"), T);
  return sym2;
}
function putProp(sym2, prop, val) {
  for (let p = sym2.plist; p instanceof Cons && p.cdr instanceof Cons; p = p.cdr.cdr) {
    if (p.car === prop) {
      p.cdr.car = val;
      return;
    }
  }
  sym2.plist = new Cons(prop, new Cons(val, sym2.plist));
}
var saveHooks = {
  begin: (kind) => kind === "buffer" ? E.currentBuffer : void 0,
  end: (kind, saved) => {
    if (kind === "buffer") E.currentBuffer = saved;
  }
};
function saveBegin(kind) {
  return saveHooks.begin(kind);
}
function saveEnd(kind, saved) {
  saveHooks.end(kind, saved);
}
var sharedRuntime = {
  NIL,
  T,
  UNBOUND,
  Cons,
  LFloat,
  LispThrow,
  LispSignal,
  sv,
  setq,
  specbind,
  unbindTo,
  setDefault,
  car,
  cdr,
  add2,
  sub2,
  lt2,
  le2,
  numeq2,
  mkClosure,
  wna,
  invalidFunction,
  depthErr,
  sig,
  toSignal,
  conditionsOf,
  handlerMatches,
  defvarBegin,
  defconstSet,
  saveBegin,
  saveEnd,
  arrayToList
};

// src/eval.ts
function runtime() {
  let r = E.ext.runtime;
  if (!r) r = E.ext.runtime = { ...sharedRuntime, E, resolve, callableOf };
  return r;
}
function resolve(sym2) {
  const f = sym2.f;
  if (f === NIL) return raise(Qvoid_function, list(sym2));
  if (f instanceof LSymbol) {
    let target = f;
    for (let i = 0; target instanceof LSymbol && target !== NIL; i++) {
      if (i > 100) xsignal(Qcyclic_function_indirection, sym2);
      if (!(target.f instanceof LSymbol) || target.f === NIL) break;
      target = target.f;
    }
    const t = target;
    if (t.f === NIL) return raise(Qvoid_function, list(sym2));
    return sym2.jf = (...args) => (t.jf || resolve(t))(...args);
  }
  if (f instanceof Cons && f.car === Q.autoload) {
    return (...args) => {
      autoloadDoLoad(f, sym2, false);
      return funcall(sym2, ...args);
    };
  }
  if (f instanceof Cons && f.car === Q.macro) return raise(Qinvalid_function, list(sym2));
  if (f instanceof Subr && f.maxArgs !== UNEVALLED) {
    return sym2.jf = f.maxArgs === MANY && f.minArgs === 0 ? f.fn : wrap(f.impl, f.minArgs, f.maxArgs, () => sym2);
  }
  const c = callableOf(f, sym2);
  if (!(f instanceof Cons) || f.fn !== void 0) sym2.jf = c;
  return c;
}
function callableOf(f, name) {
  if (f instanceof Cons) {
    if (f.fn !== void 0) return f.fn;
    if (f.car === Q.closure || f.car === Q.lambda) {
      const fn = compileFunctionList(f, runtime());
      f.fn = fn;
      return fn;
    }
    if (f.car === Q.autoload && name) return (...a) => {
      autoloadDoLoad(f, name, false);
      return funcall(name, ...a);
    };
    return raise(Qinvalid_function, list(f));
  }
  if (f instanceof Subr) {
    if (f.maxArgs === UNEVALLED) return raise(Qinvalid_function, list(f));
    return f.fn;
  }
  if (f instanceof LSymbol) {
    if (f === NIL) return raise(Qvoid_function, list(f));
    const d = f.f;
    if (d instanceof Subr && d.maxArgs !== UNEVALLED) return d.fn;
    return f.jf || resolve(f);
  }
  if (f instanceof ByteCode) {
    if (f.fn) return f.fn;
    return error("Byte-code functions are not supported yet");
  }
  if (typeof f === "function") return f;
  return raise(Qinvalid_function, list(f));
}
function funcall(fn, ...args) {
  return callableOf(fn).apply(void 0, args);
}
function apply(fn, args) {
  return callableOf(fn).apply(void 0, args);
}
function evalForm(form, lexical = T) {
  const env = E;
  const d = env.depth, sp = env.sp, hn = env.hn;
  try {
    return evalFormInner(form, lexical);
  } catch (e) {
    if (env.sp > sp) unbindTo(sp);
    env.depth = d;
    env.hn = hn;
    throw toSignal(e);
  }
}
function evalFormInner(form, lexical) {
  if (form instanceof LSymbol) {
    if (lexical instanceof Cons) {
      for (let e = lexical; e instanceof Cons; e = e.cdr) {
        const b = e.car;
        if (b instanceof Cons && b.car === form && !form.special) return b.cdr;
        if (b === form) break;
      }
    }
    return form === NIL || form === T ? form : symbolValue(form);
  }
  if (!(form instanceof Cons)) return form;
  const simple = lexical === T || lexical === NIL;
  const head = form.car;
  if (head instanceof LSymbol && simple) {
    if (head === Q.quote && form.cdr instanceof Cons && form.cdr.cdr === NIL && isSpecialForm(head)) return form.cdr.car;
    if (head === Q.function && form.cdr instanceof Cons && form.cdr.cdr === NIL && isSpecialForm(head)) {
      const f = form.cdr.car;
      if (lexical === T && f instanceof Cons && f.car === Q.lambda) return new Cons(Q.closure, new Cons(TOP_ENV, f.cdr));
      return f;
    }
    if (head === Qprogn && isSpecialForm(head) && !declaresSpecial(form.cdr)) {
      let v = NIL;
      for (let b = form.cdr; b instanceof Cons; b = b.cdr) v = evalForm(b.car, lexical);
      return v;
    }
    if ((head === Qdefvar || head === Qdefconst) && isSpecialForm(head)) {
      const a = listToArray(form.cdr);
      if (a.length >= 2 && a.length <= 3 && a[0] instanceof LSymbol) {
        const doc = a.length > 2 ? a[2] : NIL;
        if (head === Qdefconst) return defconstSet(a[0], evalFormInner(a[1], lexical), doc);
        if (defvarBegin(a[0], doc) === NIL) setDefault(a[0], evalFormInner(a[1], lexical));
        return a[0];
      }
    }
    const expansion = head.f instanceof Subr ? void 0 : expandMacroCall(head, form, null);
    if (expansion !== void 0) return evalFormInner(expansion, lexical);
    if (!specialForms.has(head) || !isSpecialForm(head)) {
      const argForms = listToArray(form.cdr);
      if (argForms.every(isSimpleArg)) {
        const args = argForms.map((a) => evalFormInner(a, lexical));
        return (head.jf || resolve(head)).apply(void 0, args);
      }
    }
  }
  return compileToplevel(form, lexical)();
}
var Qprogn = defsym("progn");
var Qdefvar = defsym("defvar");
var Qdefconst = defsym("defconst");
var TOP_ENV = new Cons(T, NIL);
function declaresSpecial(body) {
  for (let b = body; b instanceof Cons; b = b.cdr) {
    const f = b.car;
    if (f instanceof Cons && f.car === Qdefvar && f.cdr instanceof Cons && f.cdr.cdr === NIL) return true;
  }
  return false;
}
function isSpecialForm(sym2) {
  return sym2.f instanceof Subr && sym2.f.maxArgs === UNEVALLED;
}
function isSimpleArg(a) {
  if (!(a instanceof Cons)) return true;
  return (a.car === Q.quote || a.car === Q.function) && a.cdr instanceof Cons && a.cdr.cdr === NIL;
}
function compileToplevel(form, lexical) {
  const unit = new Unit();
  const scope = new Scope(lexical !== NIL, null);
  if (lexical instanceof Cons) {
    const cells = [];
    for (let e2 = lexical; e2 instanceof Cons; e2 = e2.cdr) {
      if (e2.car instanceof Cons && e2.car.car instanceof LSymbol) cells.push(e2.car);
      else if (e2.car instanceof LSymbol && e2.car !== T) scope.declareSpecial(e2.car);
    }
    for (let i = cells.length - 1; i >= 0; i--) scope.bind(cells[i].car, unit.constant(cells[i]), true);
  }
  const fn = new JsFn(unit);
  const cx = new Cx(fn, scope);
  const e = compileBody(new Cons(form, NIL), cx);
  const temps = fn.temps.length ? `let ${fn.temps.join(", ")};` : "";
  return instantiate(unit, `function () {
${temps}
${fn.lines.join("\n")}
return ${e};
}`, runtime());
}
function autoloadDoLoad(fundef, funname, macroOnly) {
  const file = listToArray(fundef)[1];
  if (macroOnly) {
    const kind = listToArray(fundef)[4];
    if (kind === NIL || kind === void 0) return fundef;
  }
  funcall(E.intern("load"), file, NIL, T);
  const def2 = funname.f;
  if (def2 === fundef || def2 instanceof Cons && def2.car === Q.autoload) {
    error(`Autoloading file ${file instanceof LString ? file.s : "?"} failed to define function ${funname.name}`);
  }
  return def2;
}
macroHooks.funcall = (f, args) => apply(f, args);
macroHooks.autoloadDoLoad = autoloadDoLoad;
var Vdebug_on_error = defvar("debug-on-error", NIL, "Non-nil means enter debugger if an error is signaled.");
var Vdebug_on_signal = defvar("debug-on-signal", NIL, "Non-nil means call the debugger regardless of condition handlers.");
var Vdebug_ignored_errors = defvar("debug-ignored-errors", NIL, "List of errors for which the debugger should not be called.");
var Vdebugger = defvar("debugger", NIL, "Function to call to invoke debugger.");
var Vbacktrace_on_error_noninteractive = defvar(
  "backtrace-on-error-noninteractive",
  T,
  "Non-nil means print backtrace on error in batch mode."
);
function signalWillBeHandled(conditions) {
  for (let i = E.hn - 1; i >= 0; i--) {
    if (E.hType[i] !== 1) continue;
    for (const spec of E.hTag[i]) if (handlerMatches(conditions, spec)) return true;
  }
  return false;
}
var inDebugger = false;
setSignalHook((sym2, data) => {
  if (inDebugger) return;
  const conditions = conditionsOf(sym2);
  const handled = signalWillBeHandled(conditions);
  if (!handled) E.ext.lastSignalFrames = backtraceFrames();
  const doe = Vdebug_on_error.v;
  if (Vdebug_on_signal.v === NIL && (doe === NIL || handled)) return;
  if (doe instanceof Cons && !listToArray(doe).some((c) => handlerMatches(conditions, c))) return;
  const dbg = Vdebugger.v;
  if (dbg === NIL || dbg === UNBOUND) return;
  inDebugger = true;
  try {
    funcall(dbg, Qerror_sym, new Cons(sym2, data));
  } finally {
    inDebugger = false;
  }
});
var Qerror_sym = defsym("error");
function backtraceFrames() {
  const out = [];
  for (let d = E.depth; d >= 1; d--) {
    const f = E.btFun[d];
    if (f !== void 0) out.push([nameOfFunction(f), E.btArgs[d]]);
  }
  return out;
}
function nameOfFunction(f) {
  if (!(f instanceof Cons)) return f;
  const cache = E.ext.fnNames ??= /* @__PURE__ */ new Map();
  const hit = cache.get(f);
  if (hit && hit.f === f) return hit;
  for (const s of E.obarray.values()) if (s.f === f) {
    cache.set(f, s);
    return s;
  }
  return f;
}

// src/eval-subrs.ts
var SPECIAL_ARGLISTS = {
  quote: "(arg)",
  function: "(arg)",
  progn: "(&rest body)",
  inline: "(&rest body)",
  interactive: "(&rest args)",
  prog1: "(first &rest body)",
  if: "(cond then &rest else)",
  cond: "(&rest clauses)",
  and: "(&rest conditions)",
  or: "(&rest conditions)",
  setq: "(&rest args)",
  while: "(test &rest body)",
  let: "(varlist &rest body)",
  "let*": "(varlist &rest body)",
  "unwind-protect": "(bodyform &rest unwindforms)",
  catch: "(tag &rest body)",
  "condition-case": "(var bodyform &rest handlers)",
  defvar: "(symbol &optional initvalue docstring)",
  defconst: "(symbol initvalue &optional docstring)",
  "save-current-buffer": "(&rest body)",
  "save-excursion": "(&rest body)",
  "save-restriction": "(&rest body)"
};
for (const sym2 of specialForms.keys()) {
  const name = sym2.name;
  defun(
    name,
    SPECIAL_ARGLISTS[name] ?? "(&rest args)",
    `Special form \`${name}'.`,
    (args) => evalForm(new Cons(sym2, args), T),
    { special: true }
  );
}
var Vlexical_binding = defvar("lexical-binding", NIL, "Whether to use lexical binding when evaluating code.");
defvar("max-lisp-eval-depth", 0, "Limit on depth in `eval', `apply' and `funcall' before error.", {
  forward: (env) => ({ get: () => env.maxDepth, set: (v) => {
    if (typeof v === "number") env.maxDepth = v;
    else wrongType(defsym("integerp"), v);
  } })
});
defvar("max-specpdl-size", 0, "Limit on number of Lisp variable bindings and `unwind-protect's.", {
  forward: (env) => ({ get: () => env.maxSpecpdl, set: (v) => {
    if (typeof v === "number") env.maxSpecpdl = v;
    else wrongType(defsym("integerp"), v);
  } })
});
defvar("inhibit-quit", NIL, "Non-nil inhibits C-g quitting from happening immediately.");
defvar("quit-flag", NIL, "Non-nil causes `eval' to abort, unless `inhibit-quit' is non-nil.");
defvar("macroexp--dynvars", NIL, "List of variables declared dynamic in the current scope.");
defvar("internal-make-interpreted-closure-function", NIL, "Function to filter the env when constructing a closure.");
defun("eval", "(form &optional lexical)", "Evaluate FORM and return its value.", (form, lexical) => evalForm(form, lexical));
defun(
  "funcall",
  "(function &rest arguments)",
  "Call first argument as a function, passing remaining arguments to it.",
  (fn, ...args) => callableOf(fn).apply(void 0, args)
);
defun(
  "funcall-interactively",
  "(function &rest arguments)",
  "Call first argument as a function, passing the remaining arguments to it.",
  (fn, ...args) => callableOf(fn).apply(void 0, args)
);
defun(
  "apply",
  "(function &rest arguments)",
  "Call FUNCTION with our remaining args, using our last arg as list of args.",
  (fn, ...args) => {
    if (args.length === 0) {
      if (fn === NIL) return funcall(NIL);
      if (!(fn instanceof Cons)) return wrongType(Qlistp, fn);
      args.push(fn.cdr);
      fn = fn.car;
    }
    const last = args.pop();
    let l = last;
    for (; l instanceof Cons; l = l.cdr) args.push(l.car);
    if (l !== NIL) wrongType(Qlistp, l);
    return apply(fn, args);
  }
);
defun("signal", "(error-symbol data)", "Signal an error.  Args are ERROR-SYMBOL and associated DATA.", (sym2, data) => {
  if (sym2 === NIL && data instanceof Cons && data.car instanceof LSymbol) return raise(data.car, data.cdr);
  return raise(sym2 instanceof LSymbol ? sym2 : wrongType(Qsymbolp, sym2), data);
});
defun("throw", "(tag value)", "Throw to the catch for TAG and return VALUE from it.", (tag, value) => {
  for (let i = E.hn - 1; i >= 0; i--) {
    if (E.hType[i] === 0 && E.hTag[i] === tag) throw new LispThrow(tag, value);
  }
  return raise(Qno_catch, list(tag, value));
});
function macroexpandOnce(form, env) {
  if (!(form instanceof Cons) || !(form.car instanceof LSymbol)) return void 0;
  const head = form.car;
  let expander;
  let local;
  for (let e = env; e instanceof Cons; e = e.cdr) if (e.car instanceof Cons && e.car.car === head) {
    local = e.car;
    break;
  }
  if (local) {
    if (local.cdr === NIL) return void 0;
    expander = local.cdr;
  } else expander = macroFunction(head, null);
  if (expander === void 0) return void 0;
  return apply(expander, listToArray(form.cdr));
}
defun("macroexpand", "(form &optional environment)", "Return result of expanding macros at top level of FORM.", (form, env) => {
  for (let i = 0; i < 1e4; i++) {
    const next = macroexpandOnce(form, env);
    if (next === void 0 || next === form) return form;
    form = next;
  }
  return form;
});
defun("macroexpand-1", "(form &optional environment)", "Perform (at most) one step of macroexpansion.", (form, env) => {
  const next = macroexpandOnce(form, env);
  return next === void 0 ? form : next;
});
function expandAll(form, env) {
  for (let i = 0; i < 1e4; i++) {
    const next = macroexpandOnce(form, env);
    if (next === void 0 || next === form) break;
    form = next;
  }
  if (!(form instanceof Cons)) return form;
  const head = form.car;
  const mapAll = (l) => arrayToList(listToArray(l).map((x) => expandAll(x, env)), tailOf(l));
  if (head === Q.quote) return form;
  if (head === Q.function) {
    const f = form.cdr instanceof Cons ? form.cdr.car : NIL;
    if (f instanceof Cons && f.car === Q.lambda && f.cdr instanceof Cons) {
      return list(Q.function, new Cons(Q.lambda, new Cons(f.cdr.car, mapAll(f.cdr.cdr))));
    }
    return form;
  }
  if (head instanceof Cons && head.car === Q.lambda) {
    return new Cons(expandAll(list(Q.function, head), env) instanceof Cons ? expandLambda(head, env) : head, mapAll(form.cdr));
  }
  const name = head instanceof LSymbol ? head.name : "";
  if ((name === "let" || name === "let*") && form.cdr instanceof Cons) {
    const bindings = arrayToList(listToArray(form.cdr.car).map((b) => b instanceof Cons ? new Cons(b.car, mapAll(b.cdr)) : b));
    return new Cons(head, new Cons(bindings, mapAll(form.cdr.cdr)));
  }
  if (name === "cond") return new Cons(head, arrayToList(listToArray(form.cdr).map((c) => c instanceof Cons ? mapAll(c) : c)));
  if (name === "condition-case" && form.cdr instanceof Cons && form.cdr.cdr instanceof Cons) {
    const handlers = arrayToList(listToArray(form.cdr.cdr.cdr).map((h) => h instanceof Cons ? new Cons(h.car, mapAll(h.cdr)) : h));
    return new Cons(head, new Cons(form.cdr.car, new Cons(expandAll(form.cdr.cdr.car, env), handlers)));
  }
  if ((name === "defvar" || name === "defconst") && form.cdr instanceof Cons) return new Cons(head, new Cons(form.cdr.car, mapAll(form.cdr.cdr)));
  return new Cons(head, mapAll(form.cdr));
}
function expandLambda(l, env) {
  if (!(l.cdr instanceof Cons)) return l;
  return new Cons(Q.lambda, new Cons(l.cdr.car, arrayToList(listToArray(l.cdr.cdr).map((x) => expandAll(x, env)))));
}
function tailOf(l) {
  while (l instanceof Cons) l = l.cdr;
  return l;
}
defun(
  "macroexpand-all",
  "(form &optional environment)",
  "Return result of expanding macros at all levels in FORM.",
  (form, env) => expandAll(form, env)
);
function functionp(f) {
  if (f instanceof LSymbol && f !== NIL) {
    let d = f;
    for (let i = 0; d instanceof LSymbol && d !== NIL && i < 100; i++) d = d.f;
    if (d instanceof Cons && d.car === Q.autoload) {
      const a = listToArray(d);
      return a[4] === void 0 || a[4] === NIL;
    }
    f = d;
  }
  if (f instanceof Subr) return f.maxArgs !== UNEVALLED;
  if (f instanceof ByteCode) return true;
  if (f instanceof Cons) return f.car === Q.lambda || f.car === Q.closure;
  return false;
}
defun("functionp", "(object)", "Return t if OBJECT is a function.", (o) => functionp(o) ? T : NIL);
defun("func-arity", "(function)", "Return minimum and maximum number of args allowed for FUNCTION.", (fn) => {
  let f = fn;
  for (let i = 0; f instanceof LSymbol && f !== NIL && i < 100; i++) f = f.f;
  if (f === NIL) return raise(defsym("void-function"), list(fn));
  if (f instanceof Subr) return new Cons(f.minArgs, f.maxArgs === MANY ? defsym("many") : f.maxArgs === UNEVALLED ? defsym("unevalled") : f.maxArgs);
  if (f instanceof Cons && f.car === Q.macro) f = f.cdr;
  if (f instanceof Cons && (f.car === Q.lambda || f.car === Q.closure)) {
    const args = f.car === Q.closure ? listToArray(f)[2] : listToArray(f)[1];
    const p = parseArglist(args ?? NIL);
    if (!p) return raise(defsym("invalid-function"), list(fn));
    return new Cons(p.required.length, p.rest ? defsym("many") : p.required.length + p.optional.length);
  }
  if (f instanceof Cons && f.car === Q.autoload) {
    autoloadDoLoad(f, fn, false);
    return funcall(defsym("func-arity"), fn);
  }
  return raise(defsym("invalid-function"), list(fn));
});
defun(
  "special-variable-p",
  "(symbol)",
  "Return non-nil if SYMBOL's global binding has been declared special.",
  (s) => checkSymbol(s).special ? T : NIL
);
defun(
  "internal--define-uninitialized-variable",
  "(symbol &optional doc)",
  "Define SYMBOL as a variable, with DOC as its docstring.",
  (s, doc) => {
    defineVariable(checkSymbol(s), doc);
    return NIL;
  }
);
defun("internal-make-var-non-special", "(symbol)", "Internal function.", (s) => {
  checkSymbol(s).special = false;
  return NIL;
});
defun("default-toplevel-value", "(symbol)", "Return SYMBOL's toplevel default value.", (s) => {
  const sym2 = checkSymbol(s);
  for (let i = 0; i < E.sp; i++) if (E.spSym[i] === sym2 && (E.spKind[i] === 0 || E.spKind[i] === 2)) {
    const v2 = E.spOld[i];
    if (v2 === UNBOUND) return raise(defsym("void-variable"), list(sym2));
    return v2;
  }
  const v = defaultValue(sym2);
  if (v === UNBOUND) return raise(defsym("void-variable"), list(sym2));
  return v;
});
defun("set-default-toplevel-value", "(symbol value)", "Set SYMBOL's toplevel default value to VALUE.", (s, v) => {
  const sym2 = checkSymbol(s);
  for (let i = 0; i < E.sp; i++) if (E.spSym[i] === sym2 && (E.spKind[i] === 0 || E.spKind[i] === 2)) {
    E.spOld[i] = v;
    return NIL;
  }
  setDefault(sym2, v);
  return NIL;
});
defun(
  "autoload",
  "(function file &optional docstring interactive type)",
  "Define FUNCTION to autoload from FILE.",
  (fn, file, doc, interactive, type) => {
    const sym2 = checkSymbol(fn);
    if (!(file instanceof LString)) wrongType(defsym("stringp"), file);
    if (sym2.f !== NIL && !(sym2.f instanceof Cons && sym2.f.car === Q.autoload)) return NIL;
    sym2.setFunction(list(Q.autoload, file, doc, interactive, type));
    return sym2.f;
  }
);
defun(
  "autoload-do-load",
  "(fundef &optional funname macro-only)",
  "Load FUNDEF which should be an autoload.",
  (fundef, funname, macroOnly) => {
    if (!(fundef instanceof Cons && fundef.car === Q.autoload)) return fundef;
    return autoloadDoLoad(fundef, checkSymbol(funname), macroOnly !== NIL);
  }
);
function interactiveForm(f) {
  for (let i = 0; f instanceof LSymbol && f !== NIL && i < 100; i++) {
    const spec = getProp(f, defsym("interactive-form"));
    if (spec !== NIL) return spec;
    f = f.f;
  }
  if (f instanceof Subr) {
    const s = f.intspecString;
    if (s !== void 0) return list(Q.interactive, LString.fromJs(s));
    return f.intspec !== void 0 ? list(Q.interactive, f.intspec) : void 0;
  }
  if (f instanceof Cons && (f.car === Q.lambda || f.car === Q.closure)) {
    let body = f.car === Q.closure ? f.cdr instanceof Cons && f.cdr.cdr instanceof Cons ? f.cdr.cdr.cdr : NIL : f.cdr instanceof Cons ? f.cdr.cdr : NIL;
    if (body instanceof Cons && body.car instanceof LString && body.cdr instanceof Cons) body = body.cdr;
    while (body instanceof Cons && body.car instanceof Cons && body.car.car === Q.declare) body = body.cdr;
    if (body instanceof Cons && body.car instanceof Cons && body.car.car === Q.interactive) return body.car;
    return void 0;
  }
  if (f instanceof Cons && f.car === Q.autoload) {
    const a = listToArray(f);
    return a[3] !== void 0 && a[3] !== NIL ? list(Q.interactive, NIL) : void 0;
  }
  return void 0;
}
function getProp(s, prop) {
  for (let p = s.plist; p instanceof Cons && p.cdr instanceof Cons; p = p.cdr.cdr) if (p.car === prop) return p.cdr.car;
  return NIL;
}
defun("interactive-form", "(cmd)", "Return the interactive form of CMD or nil if none.", (cmd) => interactiveForm(cmd) ?? NIL);
defun(
  "commandp",
  "(function &optional for-call-interactively)",
  "Non-nil if FUNCTION makes provisions for interactive calling.",
  (fn) => {
    if (fn instanceof LString || Array.isArray(fn)) return T;
    return interactiveForm(fn) !== void 0 ? T : NIL;
  }
);
function runHook(hook, args, stop, wrap2) {
  const sym2 = checkSymbol(hook);
  const value = findSymbolValue(sym2);
  if (value === UNBOUND || value === NIL) return NIL;
  const call = (f) => wrap2 ? funcall(wrap2, f, ...args) : apply(f, args);
  if (!(value instanceof Cons) || value.car === Q.lambda || value.car === Q.closure) {
    const v = call(value);
    return v;
  }
  let last = NIL;
  for (let l = value; l instanceof Cons; l = l.cdr) {
    if (l.car === T) {
      const global = defaultValue(sym2);
      const gl = global instanceof Cons && global.car !== Q.lambda && global.car !== Q.closure ? listToArray(global) : global === NIL || global === UNBOUND ? [] : [global];
      for (const g of gl) {
        if (g === T) continue;
        last = call(g);
        if (stop(last)) return last;
      }
      continue;
    }
    last = call(l.car);
    if (stop(last)) return last;
  }
  return last;
}
defun("run-hooks", "(&rest hooks)", "Run each hook in HOOKS.", (...hooks) => {
  for (const h of hooks) runHook(h, [], () => false);
  return NIL;
});
defun("run-hook-with-args", "(hook &rest args)", "Run HOOK with the specified arguments ARGS.", (hook, ...args) => {
  runHook(hook, args, () => false);
  return NIL;
});
defun(
  "run-hook-with-args-until-success",
  "(hook &rest args)",
  "Run HOOK with the specified arguments ARGS.",
  (hook, ...args) => {
    const v = runHook(hook, args, (x) => x !== NIL);
    return v;
  }
);
defun(
  "run-hook-with-args-until-failure",
  "(hook &rest args)",
  "Run HOOK with the specified arguments ARGS.",
  (hook, ...args) => {
    let failed = false;
    runHook(hook, args, (x) => {
      if (x === NIL) {
        failed = true;
        return true;
      }
      return false;
    });
    return failed ? NIL : T;
  }
);
defun(
  "run-hook-wrapped",
  "(hook wrap-function &rest args)",
  "Run HOOK, passing each function through WRAP-FUNCTION.",
  (hook, wrap2, ...args) => runHook(hook, args, (x) => x !== NIL, wrap2)
);
defun("mapbacktrace", "(function &optional base)", "Call FUNCTION for each frame in backtrace.", (fn) => {
  for (const [f, args] of backtraceFrames()) funcall(fn, T, f, args ? arrayToList(args) : NIL, NIL);
  return NIL;
});
defun(
  "backtrace-frame--internal",
  "(function nframes base)",
  "Call FUNCTION on stack frame NFRAMES away from BASE.",
  (fn, nframes) => {
    const frames = backtraceFrames();
    const n = typeof nframes === "number" ? nframes : 0;
    if (n < 0 || n >= frames.length) return NIL;
    const [f, args] = frames[n];
    return funcall(fn, T, f, args ? arrayToList(args) : NIL, NIL);
  }
);
defun(
  "backtrace-debug",
  "(level flag &optional base)",
  "Set the debug-on-exit flag of eval frame LEVEL levels down to FLAG.",
  (_l, flag) => flag
);
defun(
  "internal--signal-dotted-args",
  "(tail)",
  "Internal: signal for a dotted argument list.",
  (tail) => xsignal(Qwrong_type_argument, Qlistp, tail)
);

// src/backquote.ts
var Qbackquote = defsym("`");
var Qcomma = defsym(",");
var Qcomma_at = defsym(",@");
var Qquote = defsym("quote");
var Qlist = defsym("list");
var Qcons = defsym("cons");
var Qappend = defsym("append");
var Qvconcat = defsym("vconcat");
var Qfunction = defsym("function");
function isForm(x, head) {
  return x instanceof Cons && x.car === head && x.cdr instanceof Cons && x.cdr.cdr === NIL;
}
function selfEvaluating(x) {
  return typeof x === "number" || typeof x === "bigint" || x instanceof LFloat || x instanceof LString || x === NIL || x === T || x instanceof LSymbol && x.name.startsWith(":");
}
var K = (value) => ({ constant: true, value });
var F = (form) => ({ constant: false, form });
function toForm(e) {
  if (!e.constant) return e.form;
  return selfEvaluating(e.value) ? e.value : list(Qquote, e.value);
}
function expand(x, level) {
  if (Array.isArray(x)) {
    const inner = expandList(arrayToLispList(x), level);
    if (inner.constant) return K(x);
    return F(list(Qvconcat, toForm(inner)));
  }
  if (!(x instanceof Cons)) return K(x);
  if (isForm(x, Qcomma)) {
    if (level === 0) return F(x.cdr.car);
    const e = expand(x.cdr.car, level - 1);
    return e.constant ? K(x) : F(list(Qlist, list(Qquote, Qcomma), toForm(e)));
  }
  if (isForm(x, Qcomma_at) && level > 0) {
    const e = expand(x.cdr.car, level - 1);
    return e.constant ? K(x) : F(list(Qlist, list(Qquote, Qcomma_at), toForm(e)));
  }
  if (isForm(x, Qbackquote)) {
    const e = expand(x.cdr.car, level + 1);
    return e.constant ? K(x) : F(list(Qlist, list(Qquote, Qbackquote), toForm(e)));
  }
  return expandList(x, level);
}
function arrayToLispList(xs) {
  let r = NIL;
  for (let i = xs.length - 1; i >= 0; i--) r = new Cons(xs[i], r);
  return r;
}
function expandList(x, level) {
  const segments = [];
  let run = [];
  const flush = () => {
    if (run.length === 0) return;
    if (run.every((e) => e.constant)) segments.push(K(arrayToLispList(run.map((e) => e.value))));
    else segments.push(F(new Cons(Qlist, arrayToLispList(run.map(toForm)))));
    run = [];
  };
  let tail = K(NIL);
  let l = x;
  while (l instanceof Cons) {
    if (l.car === Qcomma && isForm(l, Qcomma)) {
      tail = expand(l, level);
      break;
    }
    if (l.car === Qcomma_at && isForm(l, Qcomma_at) && level === 0) error(",@ after .");
    if (l.car === Qbackquote && isForm(l, Qbackquote)) {
      tail = expand(l, level);
      break;
    }
    const item = l.car;
    if (isForm(item, Qcomma_at) && level === 0 && item instanceof Cons) {
      flush();
      segments.push(F(item.cdr.car));
    } else run.push(expand(item, level));
    l = l.cdr;
  }
  if (!(l instanceof Cons) && l !== NIL) tail = expand(l, level);
  flush();
  if (segments.every((s) => s.constant) && tail.constant) {
    return K(x);
  }
  const parts = segments.map(toForm);
  const tailForm = toForm(tail);
  if (parts.length === 1 && segments[0].constant === false && segments[0].form.car === Qlist && tail.constant && tail.value === NIL) {
    return segments[0];
  }
  if (parts.length === 1 && tail.constant && tail.value === NIL) {
    return F(parts[0]);
  }
  if (parts.length === 1 && segments[0].form instanceof Cons && segments[0].form.car === Qlist) {
    let acc = tailForm;
    const elems = [];
    for (let e = segments[0].form.cdr; e instanceof Cons; e = e.cdr) elems.push(e.car);
    for (let i = elems.length - 1; i >= 0; i--) acc = list(Qcons, elems[i], acc);
    return F(acc);
  }
  const args = tail.constant && tail.value === NIL ? parts : [...parts, tailForm];
  return F(new Cons(Qappend, arrayToLispList(args)));
}
defun(
  "backquote--expand",
  "(structure)",
  "Expand the backquote STRUCTURE into a form that builds it.",
  (structure) => toForm(expand(structure, 0))
);

// src/editfns/quoting.ts
var Qgrave = defsym("grave");
var Qstraight = defsym("straight");
var Qcurve = defsym("curve");
var Vtext_quoting_style = defvar("text-quoting-style", NIL, `Style to use for single quotes in help and messages.

The value of this variable determines substitution of grave accents
and apostrophes in help output (but not for display of Info
manuals) and in functions like \`message' and \`format-message', but not
in \`format'.

The value should be one of these symbols:
  \`curve':    quote with curved single quotes \u2018like this\u2019.
  \`straight': quote with straight apostrophes \\='like this\\='.
  \`grave':    quote with grave accent and apostrophe \\=\`like this\\=';
	      i.e., do not alter the original quote marks.
  nil:        like \`curve' if curved single quotes are displayable,
	      and like \`grave' otherwise.  This is the default.`);
var Vinternal_text_quoting_flag = defvar("internal--text-quoting-flag", () => {
  const env = process.env;
  const locale = env.LC_ALL || env.LC_CTYPE || env.LANG || "C";
  return /utf-?8/i.test(locale) ? T : NIL;
}, "If nil, a nil `text-quoting-style' is treated as `grave'.");
function textQuotingStyle() {
  const v = findSymbolValue(Vtext_quoting_style);
  if (v === NIL ? findSymbolValue(Vinternal_text_quoting_flag) === NIL : v === Qgrave) return Qgrave;
  if (v === Qstraight) return Qstraight;
  return Qcurve;
}
defun("text-quoting-style", "()", `Return the current effective text quoting style.
See variable \`text-quoting-style'.`, () => textQuotingStyle());
function applyQuotingStyle(str, doc) {
  const s = str.s;
  if (!/[`'\\]/.test(s)) return str;
  const style = textQuotingStyle();
  if (style === Qgrave && !(doc && s.includes("\\="))) return str;
  let out = "";
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (doc && c === "\\" && s[i + 1] === "=") {
      i += 2;
      if (i < s.length) out += s[i];
      continue;
    }
    if (c === "`") out += style === Qcurve ? "\u2018" : style === Qstraight ? "'" : "`";
    else if (c === "'") out += style === Qcurve ? "\u2019" : "'";
    else out += c;
  }
  return new LString(out, str.multibyte || style === Qcurve && /[‘’]/.test(out));
}

// src/doc.ts
var Qfunction_documentation = defsym("function-documentation");
function quoteChars() {
  const style = textQuotingStyle();
  if (style instanceof LSymbol && style.name === "grave") return ["`", "'"];
  if (style instanceof LSymbol && style.name === "straight") return ["'", "'"];
  return ["\u2018", "\u2019"];
}
function substituteCommandKeys(s) {
  const [open, close] = quoteChars();
  let out = "";
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === "\\" && s[i + 1] === "=") {
      out += s[i + 2] ?? "";
      i += 2;
      continue;
    }
    if (c === "\\" && s[i + 1] === "[") {
      const end = s.indexOf("]", i);
      if (end > 0) {
        out += `M-x ${s.slice(i + 2, end)}`;
        i = end;
        continue;
      }
    }
    if (c === "\\" && (s[i + 1] === "<" || s[i + 1] === "{")) {
      const close2 = s[i + 1] === "<" ? ">" : "}";
      const end = s.indexOf(close2, i);
      if (end > 0) {
        i = end;
        continue;
      }
    }
    if (c === "`") {
      out += open;
      continue;
    }
    if (c === "'") {
      out += close;
      continue;
    }
    out += c;
  }
  return out;
}
defun(
  "substitute-command-keys",
  "(string &optional no-face include-menus)",
  "Substitute key descriptions for command names in STRING.",
  (s) => {
    if (s === NIL) return NIL;
    if (!(s instanceof LString)) return xsignal(defsym("wrong-type-argument"), defsym("stringp"), s);
    return LString.fromJs(substituteCommandKeys(s.s), s.multibyte);
  }
);
function getProp2(s, prop) {
  for (let p = s.plist; p instanceof Cons && p.cdr instanceof Cons; p = p.cdr.cdr) if (p.car === prop) return p.cdr.car;
  return NIL;
}
function rawDoc(fn, name) {
  if (fn instanceof Subr) {
    const args = fn.arglist.replace(/^\(|\)$/g, "").split(/\s+/).filter(Boolean).map((a) => a.startsWith("&") ? a : a.toUpperCase()).join(" ");
    return mkStr(`${fn.doc}

(fn${args ? " " + args : ""})`);
  }
  if (fn instanceof ByteCode) {
    const d = fn.slots[4];
    return d instanceof LString ? d : NIL;
  }
  if (fn instanceof Cons) {
    if (fn.car === Q.macro) return rawDoc(fn.cdr, name);
    let body;
    if (fn.car === Q.lambda) body = fn.cdr instanceof Cons ? fn.cdr.cdr : NIL;
    else if (fn.car === Q.closure) body = fn.cdr instanceof Cons && fn.cdr.cdr instanceof Cons ? fn.cdr.cdr.cdr : NIL;
    else if (fn.car === Q.autoload) {
      const d = listToArray(fn)[2];
      return d instanceof LString ? d : NIL;
    } else return xsignal(Qinvalid_function, name);
    if (body instanceof Cons && body.car instanceof LString) return body.car;
    if (body instanceof Cons && body.car instanceof Cons && body.car.car === defsym(":documentation")) {
      const f = body.car.cdr instanceof Cons ? body.car.cdr.car : NIL;
      return evalForm(f, T);
    }
    return NIL;
  }
  return xsignal(Qinvalid_function, name);
}
defun("documentation", "(function &optional raw)", "Return the documentation string of FUNCTION.", (fn, raw) => {
  let def2 = fn;
  if (fn instanceof LSymbol) {
    const prop = getProp2(fn, Qfunction_documentation);
    if (prop !== NIL) {
      const d = prop instanceof LString ? prop : evalForm(prop, T);
      return raw === NIL && d instanceof LString ? LString.fromJs(substituteCommandKeys(d.s), d.multibyte) : d;
    }
    def2 = fn.f;
    for (let i = 0; def2 instanceof LSymbol && def2 !== NIL && i < 100; i++) {
      const p = getProp2(def2, Qfunction_documentation);
      if (p !== NIL) return p;
      def2 = def2.f;
    }
    if (def2 === NIL) return xsignal(Qvoid_function, fn);
  }
  const doc = rawDoc(def2, fn);
  if (raw !== NIL || !(doc instanceof LString)) return doc;
  return LString.fromJs(substituteCommandKeys(doc.s), doc.multibyte);
});
defun(
  "documentation-property",
  "(symbol prop &optional raw)",
  "Return the documentation string that is SYMBOL's PROP property.",
  (sym2, prop, raw) => {
    let d = getProp2(checkSymbol(sym2), prop);
    if (d !== NIL && !(d instanceof LString)) d = evalForm(d, T);
    if (raw === NIL && d instanceof LString) return LString.fromJs(substituteCommandKeys(d.s), d.multibyte);
    return d;
  }
);

// src/chartab.ts
var SIZE = [64, 16, 32, 128];
var CHARS = [65536, 4096, 128, 1];
var BITS = [16, 12, 7, 0];
var CHAR_TABLE_STANDARD_SLOTS = 68;
var Qchar_table_extra_slots = defsym("char-table-extra-slots");
var Qequal = defsym("equal");
var Qeq = defsym("eq");
var SubCharTable = class extends Vectorlike {
  constructor(depth, minChar, contents) {
    super();
    this.depth = depth;
    this.minChar = minChar;
    this.contents = contents;
  }
  depth;
  minChar;
  contents;
  lispType = "sub-char-table";
};
var CharTable = class extends Vectorlike {
  lispType = "char-table";
  /** Value for characters whose slot is nil (GNU: defalt). */
  defalt;
  /** NIL or a CharTable consulted when both the slot and `defalt` are nil. */
  parent = NIL;
  purpose;
  /** Cache: the depth-3 table for 0..127, or the value covering them (GNU: ascii). */
  ascii;
  contents;
  extras;
  constructor(purpose, init, nExtras) {
    super();
    this.defalt = init;
    this.purpose = purpose;
    this.ascii = init;
    this.contents = new Array(64).fill(init);
    this.extras = new Array(nExtras).fill(init);
  }
};
function checkCharTable(x) {
  if (x instanceof CharTable) return x;
  return wrongType(Qchar_table_p, x);
}
function checkChar(x) {
  if (typeof x === "number" && x >= 0 && x <= MAX_CHAR) return x;
  return wrongType(Qcharacterp, x);
}
function symbolGet(sym2, prop) {
  for (let p = sym2.plist; p instanceof Cons && p.cdr instanceof Cons; p = p.cdr.cdr) if (p.car === prop) return p.cdr.car;
  return NIL;
}
function putPropOnce(sym2, prop, val) {
  for (let p = sym2.plist; p instanceof Cons && p.cdr instanceof Cons; p = p.cdr.cdr) if (p.car === prop) {
    p.cdr.car = val;
    return;
  }
  sym2.plist = new Cons(prop, new Cons(val, sym2.plist));
}
function makeCharTable(purpose, init = NIL) {
  const sym2 = checkSymbol(purpose);
  const n = symbolGet(sym2, Qchar_table_extra_slots);
  let extras = 0;
  if (n !== NIL) {
    if (typeof n !== "number" || n < 0) wrongType(Qwholenump, n);
    if (n > 10) argsOutOfRange(n, NIL);
    extras = n;
  }
  return new CharTable(sym2, init, extras);
}
function makeSub(depth, minChar, init) {
  return new SubCharTable(depth, minChar, new Array(SIZE[depth]).fill(init));
}
function subAt(contents, i, depth, minChar) {
  const v = contents[i];
  if (v instanceof SubCharTable) return v;
  const sub = makeSub(depth, minChar, v);
  contents[i] = sub;
  return sub;
}
function asciiOf(ct) {
  let sub = ct.contents[0];
  if (!(sub instanceof SubCharTable)) return sub;
  sub = sub.contents[0];
  if (!(sub instanceof SubCharTable)) return sub;
  return sub.contents[0];
}
function charTableGet(ct, c) {
  let val;
  if (c < 128) {
    val = ct.ascii;
    if (val instanceof SubCharTable) val = val.contents[c];
  } else {
    val = ct.contents[c >>> 16];
    while (val instanceof SubCharTable) val = val.contents[c - val.minChar >>> BITS[val.depth]];
  }
  if (val === NIL) {
    val = ct.defalt;
    if (val === NIL && ct.parent instanceof CharTable) return charTableGet(ct.parent, c);
  }
  return val;
}
function charTableSet(ct, c, v) {
  if (c < 128 && ct.ascii instanceof SubCharTable) {
    ct.ascii.contents[c] = v;
    return;
  }
  const i = c >>> 16;
  let sub = subAt(ct.contents, i, 1, i * CHARS[0]);
  for (; ; ) {
    const j = c - sub.minChar >>> BITS[sub.depth];
    if (sub.depth === 3) {
      sub.contents[j] = v;
      break;
    }
    sub = subAt(sub.contents, j, sub.depth + 1, sub.minChar + j * CHARS[sub.depth]);
  }
  if (c < 128) ct.ascii = asciiOf(ct);
}
function subSetRange(sub, from, to, v) {
  const depth = sub.depth, block = CHARS[depth];
  if (from < sub.minChar) from = sub.minChar;
  let i = from - sub.minChar >>> BITS[depth];
  for (let c = sub.minChar + block * i; i < SIZE[depth] && c <= to; i++, c += block) {
    if (from <= c && c + block - 1 <= to) {
      sub.contents[i] = v;
      continue;
    }
    subSetRange(subAt(sub.contents, i, depth + 1, c), from, to, v);
  }
}
function charTableSetRange(ct, from, to, v) {
  if (from === to) {
    charTableSet(ct, from, v);
    return;
  }
  const lim = to >>> 16;
  for (let i = from >>> 16, c = i * CHARS[0]; i <= lim && c <= to; i++, c += CHARS[0]) {
    if (from <= c && c + CHARS[0] - 1 <= to) {
      ct.contents[i] = v;
      continue;
    }
    subSetRange(subAt(ct.contents, i, 1, c), from, to, v);
  }
  if (from < 128) ct.ascii = asciiOf(ct);
}
function charTableSetAll(ct, v) {
  ct.ascii = v;
  ct.contents.fill(v);
}
function slotValue(contents, idx, c, r, defalt) {
  const val = contents[idx];
  if (val instanceof SubCharTable) return subRefAndRange(val, c, r, defalt);
  return val === NIL ? defalt : val;
}
function subRefAndRange(sub, c, r, defalt) {
  const depth = sub.depth, min = sub.minChar, block = CHARS[depth];
  const home = c - min >>> BITS[depth];
  const val = slotValue(sub.contents, home, c, r, defalt);
  for (let idx = home; idx > 0 && r.from < min + idx * block; ) {
    const cc = min + idx * block - 1;
    idx--;
    if (slotValue(sub.contents, idx, cc, r, defalt) !== val) {
      r.from = cc + 1;
      break;
    }
  }
  for (let idx = home; ; ) {
    let cc = (idx + 1) * block;
    if (cc >= CHARS[depth - 1] || (cc += min) > r.to) break;
    idx++;
    if (slotValue(sub.contents, idx, cc, r, defalt) !== val) {
      r.to = cc - 1;
      break;
    }
  }
  return val;
}
function charTableRefAndRange(ct, c, r) {
  if (r.from < 0) r.from = 0;
  if (r.to < 0) r.to = MAX_CHAR;
  const home = c >>> 16;
  const val = slotValue(ct.contents, home, c, r, ct.defalt);
  for (let idx = home; r.from < idx * CHARS[0]; ) {
    const cc = idx * CHARS[0] - 1;
    idx--;
    if (slotValue(ct.contents, idx, cc, r, ct.defalt) !== val) {
      r.from = cc + 1;
      break;
    }
  }
  for (let idx = home; r.to >= (idx + 1) * CHARS[0]; ) {
    idx++;
    const cc = idx * CHARS[0];
    if (slotValue(ct.contents, idx, cc, r, ct.defalt) !== val) {
      r.to = cc - 1;
      break;
    }
  }
  return val;
}
function refNoParent(table2, c) {
  const p = table2.parent;
  table2.parent = NIL;
  try {
    return charTableGet(table2, c);
  } finally {
    table2.parent = p;
  }
}
function emit(fn, range, val) {
  if (range.car === range.cdr) fn(range.car, val);
  else fn(range, val);
}
function mapSub(fn, table2, val, range, top) {
  let from = range.car;
  const to = range.cdr;
  let depth, min, max;
  if (table2 instanceof SubCharTable) {
    depth = table2.depth;
    min = table2.minChar;
    max = min + CHARS[depth - 1] - 1;
  } else {
    depth = 0;
    min = 0;
    max = MAX_CHAR;
  }
  const block = CHARS[depth];
  if (to < max) max = to;
  let i = from <= min ? 0 : Math.floor((from - min) / block);
  for (let c = min + block * i; c <= max; i++, c += block) {
    let cur = table2.contents[i];
    const next = c + block;
    if (cur instanceof SubCharTable) {
      if (to >= next) range.cdr = next - 1;
      val = mapSub(fn, cur, val, range, top);
    } else {
      if (cur === NIL) cur = top.defalt;
      if (val !== cur) {
        let different = true;
        if (val === NIL && top.parent instanceof CharTable) {
          const parent = top.parent;
          val = refNoParent(parent, from);
          range.cdr = c - 1;
          val = mapSub(fn, parent, val, range, parent);
          if (val === cur) different = false;
        }
        if (val !== NIL && different) {
          range.cdr = c - 1;
          emit(fn, range, val);
        }
        val = cur;
        from = c;
        range.car = c;
      }
    }
    range.cdr = to;
  }
  return val;
}
function mapCharTable(fn, table2) {
  const range = new Cons(0, MAX_CHAR);
  let val = table2.ascii;
  if (val instanceof SubCharTable) val = val.contents[0];
  val = mapSub(fn, table2, val, range, table2);
  while (val === NIL && table2.parent instanceof CharTable) {
    const parent = table2.parent;
    val = refNoParent(parent, range.car);
    val = mapSub(fn, parent, val, range, parent);
    table2 = parent;
  }
  if (val !== NIL) emit(fn, range, val);
}
function copySub(sub) {
  return new SubCharTable(sub.depth, sub.minChar, sub.contents.map((v) => v instanceof SubCharTable ? copySub(v) : v));
}
function copyCharTable(ct) {
  const copy = new CharTable(ct.purpose, NIL, ct.extras.length);
  copy.defalt = ct.defalt;
  copy.parent = ct.parent;
  for (let i = 0; i < 64; i++) {
    const v = ct.contents[i];
    copy.contents[i] = v instanceof SubCharTable ? copySub(v) : v;
  }
  copy.ascii = asciiOf(copy);
  for (let i = 0; i < ct.extras.length; i++) copy.extras[i] = ct.extras[i];
  return copy;
}
function optimizeSub(sub, same) {
  const cs = sub.contents;
  let elt = cs[0];
  if (elt instanceof SubCharTable) cs[0] = elt = optimizeSub(elt, same);
  let optimizable = !(elt instanceof SubCharTable);
  for (let i = 1; i < cs.length; i++) {
    let v = cs[i];
    if (v instanceof SubCharTable) cs[i] = v = optimizeSub(v, same);
    if (optimizable && !same(v, elt)) optimizable = false;
  }
  return optimizable ? elt : sub;
}
function optimizeCharTable(ct, test2 = NIL) {
  const same = test2 === NIL ? (a, b) => a === b || funcall(Qequal, a, b) !== NIL : test2 === Qeq ? (a, b) => a === b : (a, b) => funcall(test2, a, b) !== NIL;
  for (let i = 0; i < 64; i++) {
    const v = ct.contents[i];
    if (v instanceof SubCharTable) ct.contents[i] = optimizeSub(v, same);
  }
  ct.ascii = asciiOf(ct);
}
function charTableSlots(ct) {
  return [ct.defalt, ct.parent, ct.purpose, ct.ascii, ...ct.contents, ...ct.extras];
}
function subCharTableSlots(sub) {
  return [sub.depth, sub.minChar, ...sub.contents];
}
function charTableFromSlots(slots) {
  if (slots.length < CHAR_TABLE_STANDARD_SLOTS) error("Invalid size char-table");
  const ct = new CharTable(slots[2], NIL, slots.length - CHAR_TABLE_STANDARD_SLOTS);
  ct.defalt = slots[0];
  ct.parent = slots[1];
  ct.ascii = slots[3];
  for (let i = 0; i < 64; i++) ct.contents[i] = slots[4 + i];
  for (let i = 0; i < ct.extras.length; i++) ct.extras[i] = slots[CHAR_TABLE_STANDARD_SLOTS + i];
  return ct;
}
function subCharTableFromSlots(slots) {
  if (slots.length === 0) error("Zero-sized sub char-table");
  const depth = slots[0];
  if (typeof depth !== "number" || depth < 1 || depth > 3) error("Invalid depth in sub char-table");
  if (SIZE[depth] !== slots.length - 2) error("Invalid size in sub char-table");
  const min = slots[1];
  if (typeof min !== "number" || min < 0 || min > MAX_CHAR) error("Invalid minimum character in sub-char-table");
  return new SubCharTable(depth, min, slots.slice(2));
}
defun("make-char-table", "(purpose &optional init)", `Return a newly created char-table, with purpose PURPOSE.
Each element is initialized to INIT, which defaults to nil.

PURPOSE should be a symbol.  If it has a \`char-table-extra-slots'
property, the property's value should be an integer between 0 and 10
that specifies how many extra slots the char-table has.  Otherwise,
the char-table has no extra slot.`, (purpose, init) => makeCharTable(purpose, init));
defun("char-table-p", "(object)", "Return t if OBJECT is a char-table.", (object) => bool(object instanceof CharTable));
defun(
  "char-table-subtype",
  "(char-table)",
  "Return the subtype of char-table CHAR-TABLE.  The value is a symbol.",
  (ct) => checkCharTable(ct).purpose
);
defun("char-table-parent", "(char-table)", `Return the parent char-table of CHAR-TABLE.
The value is either nil or another char-table.
If CHAR-TABLE holds nil for a given character,
then the actual applicable value is inherited from the parent char-table
(or from its parents, if necessary).`, (ct) => checkCharTable(ct).parent);
defun("set-char-table-parent", "(char-table parent)", `Set the parent char-table of CHAR-TABLE to PARENT.
Return PARENT.  PARENT must be either nil or another char-table.`, (ct, parent) => {
  const table2 = checkCharTable(ct);
  if (parent !== NIL) {
    checkCharTable(parent);
    for (let p = parent; p instanceof CharTable; p = p.parent) {
      if (p === table2) error("Attempt to make a chartable be its own parent");
    }
  }
  table2.parent = parent;
  return parent;
});
function extraIndex(table2, n) {
  if (typeof n !== "number") wrongType(Qfixnump, n);
  if (n < 0 || n >= table2.extras.length) argsOutOfRange(table2, n);
  return n;
}
defun("char-table-extra-slot", "(char-table n)", "Return the value of CHAR-TABLE's extra-slot number N.", (ct, n) => {
  const table2 = checkCharTable(ct);
  return table2.extras[extraIndex(table2, n)];
});
defun("set-char-table-extra-slot", "(char-table n value)", "Set CHAR-TABLE's extra-slot number N to VALUE.", (ct, n, value) => {
  const table2 = checkCharTable(ct);
  table2.extras[extraIndex(table2, n)] = value;
  return value;
});
defun("char-table-range", "(char-table range)", `Return the value in CHAR-TABLE for a range of characters RANGE.
RANGE should be nil (for the default value),
a cons of character codes (for characters in the range), or a character code.`, (ct, range) => {
  const table2 = checkCharTable(ct);
  if (range === NIL) return table2.defalt;
  if (typeof range === "number" && range >= 0 && range <= MAX_CHAR) return charTableGet(table2, range);
  if (range instanceof Cons) {
    const from = checkChar(range.car), to = checkChar(range.cdr);
    return charTableRefAndRange(table2, from, { from, to });
  }
  return error("Invalid RANGE argument to \u2018char-table-range\u2019");
});
defun("set-char-table-range", "(char-table range value)", `Set the value in CHAR-TABLE for a range of characters RANGE to VALUE.
RANGE should be t (for all characters), nil (for the default value),
a cons of character codes (for characters in the range),
or a character code.  Return VALUE.`, (ct, range, value) => {
  const table2 = checkCharTable(ct);
  if (range === T) charTableSetAll(table2, value);
  else if (range === NIL) table2.defalt = value;
  else if (typeof range === "number" && range >= 0 && range <= MAX_CHAR) charTableSet(table2, range, value);
  else if (range instanceof Cons) charTableSetRange(table2, checkChar(range.car), checkChar(range.cdr), value);
  else error("Invalid RANGE argument to \u2018set-char-table-range\u2019");
  return value;
});
defun("optimize-char-table", "(char-table &optional test)", `Optimize CHAR-TABLE.
TEST is the comparison function used to decide whether two entries are
equivalent and can be merged.  It defaults to \`equal'.`, (ct, test2) => {
  optimizeCharTable(checkCharTable(ct), test2);
  return NIL;
});
defun("map-char-table", "(function char-table)", `Call FUNCTION for each character in CHAR-TABLE that has non-nil value.
FUNCTION is called with two arguments, KEY and VALUE.
KEY is a character code or a cons of character codes specifying a
range of characters that have the same value.
VALUE is what (char-table-range CHAR-TABLE KEY) returns.`, (fn, ct) => {
  mapCharTable((k, v) => {
    funcall(fn, k, v);
  }, checkCharTable(ct));
  return NIL;
});

// src/data/types.ts
var Qsubrp = defsym("subrp");
var Qmany = defsym("many");
var Qunevalled = defsym("unevalled");
var isPvec = (x, type) => x instanceof Vectorlike && x.lispType === type;
function typeOf(x) {
  switch (typeof x) {
    case "number":
    case "bigint":
      return E.intern("integer");
  }
  if (x instanceof LSymbol) return E.intern("symbol");
  if (x instanceof Cons) return E.intern("cons");
  if (x instanceof LString) return E.intern("string");
  if (x instanceof LFloat) return E.intern("float");
  if (Array.isArray(x)) return E.intern("vector");
  if (x instanceof LRecord) {
    const t = x.slots[0];
    if (t instanceof LRecord && t.slots.length > 1) return t.slots[1];
    return t;
  }
  return E.intern(x.lispType);
}
defun("eq", "(obj1 obj2)", "Return t if the two args are the same Lisp object.", (a, b) => a === b ? T : NIL);
defun("null", "(object)", "Return t if OBJECT is nil, and return nil otherwise.", (o) => o === NIL ? T : NIL);
defun("type-of", "(object)", "Return a symbol representing the type of OBJECT.", typeOf);
defun("consp", "(object)", "Return t if OBJECT is a cons cell.", (o) => o instanceof Cons ? T : NIL);
defun("atom", "(object)", "Return t if OBJECT is not a cons cell.  This includes nil.", (o) => o instanceof Cons ? NIL : T);
defun("listp", "(object)", "Return t if OBJECT is a list, that is, a cons cell or nil.", (o) => o === NIL || o instanceof Cons ? T : NIL);
defun("nlistp", "(object)", "Return t if OBJECT is not a list.  Lists include nil.", (o) => o === NIL || o instanceof Cons ? NIL : T);
defun("symbolp", "(object)", "Return t if OBJECT is a symbol.", (o) => o instanceof LSymbol ? T : NIL);
function isKeyword(o) {
  return o instanceof LSymbol && o.name.charCodeAt(0) === 58 && o.interned === 2 /* InInitialObarray */;
}
defun("keywordp", "(object)", "Return t if OBJECT is a keyword.", (o) => isKeyword(o) ? T : NIL);
defun("vectorp", "(object)", "Return t if OBJECT is a vector.", (o) => Array.isArray(o) ? T : NIL);
defun("recordp", "(object)", "Return t if OBJECT is a record.", (o) => o instanceof LRecord ? T : NIL);
defun("stringp", "(object)", "Return t if OBJECT is a string.", (o) => o instanceof LString ? T : NIL);
defun(
  "multibyte-string-p",
  "(object)",
  "Return t if OBJECT is a multibyte string.",
  (o) => o instanceof LString && o.multibyte ? T : NIL
);
defun(
  "vector-or-char-table-p",
  "(object)",
  "Return t if OBJECT is a char-table or vector.",
  (o) => Array.isArray(o) || o instanceof CharTable ? T : NIL
);
defun("bool-vector-p", "(object)", "Return t if OBJECT is a bool-vector.", (o) => o instanceof BoolVector ? T : NIL);
function isArray(o) {
  return Array.isArray(o) || o instanceof LString || o instanceof BoolVector || o instanceof CharTable;
}
defun("arrayp", "(object)", "Return t if OBJECT is an array (string or vector).", (o) => isArray(o) ? T : NIL);
defun(
  "sequencep",
  "(object)",
  "Return t if OBJECT is a sequence (list or array).",
  (o) => o === NIL || o instanceof Cons || isArray(o) ? T : NIL
);
defun("bufferp", "(object)", "Return t if OBJECT is an editor buffer.", (o) => isPvec(o, "buffer") ? T : NIL);
defun("markerp", "(object)", "Return t if OBJECT is a marker (editor pointer).", (o) => isPvec(o, "marker") ? T : NIL);
defun("user-ptrp", "(object)", "Return t if OBJECT is a module user pointer.", (o) => isPvec(o, "user-ptr") ? T : NIL);
defun("subrp", "(object)", "Return t if OBJECT is a built-in function.", (o) => o instanceof Subr ? T : NIL);
defun(
  "byte-code-function-p",
  "(object)",
  "Return t if OBJECT is a byte-compiled function object.",
  (o) => o instanceof ByteCode ? T : NIL
);
defun(
  "module-function-p",
  "(object)",
  "Return t if OBJECT is a function loaded from a dynamic module.",
  (o) => isPvec(o, "module-function") ? T : NIL
);
defun(
  "char-or-string-p",
  "(object)",
  "Return t if OBJECT is a character or a string.",
  (o) => typeof o === "number" && o >= 0 && o <= MAX_CHAR || o instanceof LString ? T : NIL
);
var isInteger = (o) => typeof o === "number" || typeof o === "bigint";
defun("integerp", "(object)", "Return t if OBJECT is an integer.", (o) => isInteger(o) ? T : NIL);
defun(
  "integer-or-marker-p",
  "(object)",
  "Return t if OBJECT is an integer or a marker (editor pointer).",
  (o) => isInteger(o) || isPvec(o, "marker") ? T : NIL
);
defun("natnump", "(object)", "Return t if OBJECT is a nonnegative integer.", (o) => (typeof o === "number" || typeof o === "bigint") && o >= 0 ? T : NIL);
defun(
  "numberp",
  "(object)",
  "Return t if OBJECT is a number (floating point or integer).",
  (o) => isInteger(o) || o instanceof LFloat ? T : NIL
);
defun(
  "number-or-marker-p",
  "(object)",
  "Return t if OBJECT is a number or a marker.",
  (o) => isInteger(o) || o instanceof LFloat || isPvec(o, "marker") ? T : NIL
);
defun("floatp", "(object)", "Return t if OBJECT is a floating point number.", (o) => o instanceof LFloat ? T : NIL);
defun("fixnump", "(object)", "Return t if OBJECT is a fixnum.", (o) => isInteger(o) && isFixnumRange(o) ? T : NIL);
defun("bignump", "(object)", "Return t if OBJECT is a bignum.", (o) => typeof o === "bigint" && !isFixnumRange(o) ? T : NIL);
defun("threadp", "(object)", "Return t if OBJECT is a thread.", (o) => isPvec(o, "thread") ? T : NIL);
defun("mutexp", "(object)", "Return t if OBJECT is a mutex.", (o) => isPvec(o, "mutex") ? T : NIL);
defun(
  "condition-variable-p",
  "(object)",
  "Return t if OBJECT is a condition variable.",
  (o) => isPvec(o, "condition-variable") ? T : NIL
);
function car2(x) {
  if (x instanceof Cons) return x.car;
  if (x === NIL) return NIL;
  return wrongType(Qlistp, x);
}
function cdr2(x) {
  if (x instanceof Cons) return x.cdr;
  if (x === NIL) return NIL;
  return wrongType(Qlistp, x);
}
defun("car", "(list)", "Return the car of LIST.  If LIST is nil, return nil.", car2);
defun("cdr", "(list)", "Return the cdr of LIST.  If LIST is nil, return nil.", cdr2);
defun("car-safe", "(object)", "Return the car of OBJECT if it is a cons cell, or else nil.", (o) => o instanceof Cons ? o.car : NIL);
defun("cdr-safe", "(object)", "Return the cdr of OBJECT if it is a cons cell, or else nil.", (o) => o instanceof Cons ? o.cdr : NIL);
defun("setcar", "(cell newcar)", "Set the car of CELL to be NEWCAR.  Returns NEWCAR.", (cell, v) => {
  if (!(cell instanceof Cons)) return wrongType(Qconsp, cell);
  cell.car = v;
  return v;
});
defun("setcdr", "(cell newcdr)", "Set the cdr of CELL to be NEWCDR.  Returns NEWCDR.", (cell, v) => {
  if (!(cell instanceof Cons)) return wrongType(Qconsp, cell);
  cell.cdr = v;
  return v;
});
defun("subr-arity", "(subr)", "Return minimum and maximum number of args allowed for SUBR.", (subr) => {
  if (!(subr instanceof Subr)) return wrongType(Qsubrp, subr);
  const max = subr.maxArgs === MANY ? Qmany : subr.maxArgs === UNEVALLED ? Qunevalled : subr.maxArgs;
  return new Cons(subr.minArgs, max);
});
defun("subr-name", "(subr)", "Return name of subroutine SUBR.", (subr) => {
  if (!(subr instanceof Subr)) return wrongType(Qsubrp, subr);
  return LString.fromJs(subr.name);
});
function checkIndex(idx) {
  if (typeof idx === "number") return idx;
  if (typeof idx === "bigint" && isFixnumRange(idx)) return idx > 0n ? Infinity : -Infinity;
  return wrongType(Qfixnump, idx);
}
function checkCharIdx(idx, orig) {
  if (idx >= 0 && idx <= MAX_CHAR) return idx;
  return wrongType(Qcharacterp, orig);
}
function aref(array, idx) {
  const i = checkIndex(idx);
  if (Array.isArray(array)) {
    if (i >= 0 && i < array.length) return array[i];
    return argsOutOfRange(array, idx);
  }
  if (array instanceof LString) {
    if (!(i >= 0 && i < array.length)) return argsOutOfRange(array, idx);
    return array.charAt(i);
  }
  if (array instanceof BoolVector) {
    if (!(i >= 0 && i < array.bits.length)) return argsOutOfRange(array, idx);
    return array.bits[i] ? T : NIL;
  }
  if (array instanceof CharTable) return charTableGet(array, checkCharIdx(i, idx));
  if (array instanceof LRecord || array instanceof ByteCode) {
    if (i >= 0 && i < array.slots.length) return array.slots[i];
    return argsOutOfRange(array, idx);
  }
  return wrongType(Qarrayp, array);
}
function stringSet(s, i, c) {
  if (!s.multibyte) {
    if (c < 256) {
      if (s.s.charCodeAt(i) !== c) {
        s.s = s.s.slice(0, i) + String.fromCharCode(c) + s.s.slice(i + 1);
        s.changed();
      }
      return;
    }
    for (let k = 0; k < s.s.length; k++) if (s.s.charCodeAt(k) > 127) argsOutOfRange(s, c);
    s.multibyte = true;
  }
  const j = s.jsIndex(i);
  const w = s.s.charCodeAt(j) >= 55296 && s.s.charCodeAt(j) <= 57343 && j + 1 < s.s.length ? 2 : 1;
  const js = charToJs(c);
  if (w === 1 && js.length === 1 && s.s.charCodeAt(j) === js.charCodeAt(0)) return;
  s.s = s.s.slice(0, j) + js + s.s.slice(j + w);
  s.changed();
}
function aset(array, idx, newelt) {
  const i = checkIndex(idx);
  if (Array.isArray(array)) {
    if (!(i >= 0 && i < array.length)) return argsOutOfRange(array, idx);
    array[i] = newelt;
  } else if (array instanceof LRecord) {
    if (!(i >= 0 && i < array.slots.length)) return argsOutOfRange(array, idx);
    array.slots[i] = newelt;
  } else if (array instanceof BoolVector) {
    if (!(i >= 0 && i < array.bits.length)) return argsOutOfRange(array, idx);
    array.bits[i] = newelt === NIL ? 0 : 1;
  } else if (array instanceof CharTable) {
    charTableSet(array, checkCharIdx(i, idx), newelt);
  } else if (array instanceof LString) {
    if (!(i >= 0 && i < array.length)) return argsOutOfRange(array, idx);
    if (!(typeof newelt === "number" && newelt >= 0 && newelt <= MAX_CHAR)) return wrongType(Qcharacterp, newelt);
    stringSet(array, i, newelt);
  } else return wrongType(Qarrayp, array);
  return newelt;
}
defun("aref", "(array idx)", "Return the element of ARRAY at index IDX.", aref);
defun("aset", "(array idx newelt)", "Store into the element of ARRAY at index IDX the value NEWELT.", aset);

// src/print/float.ts
var f64 = new Float64Array(1);
var u32 = new Uint32Array(f64.buffer);
var HI = (() => {
  f64[0] = 1;
  return u32[1] === 1072693248 ? 1 : 0;
})();
var LO = 1 - HI;
function signBit(x) {
  f64[0] = x;
  return u32[HI] >>> 31 === 1;
}
function ctz32(v) {
  return 31 - Math.clz32(v & -v);
}
var splitM = 0;
var splitE = 0;
function split(x) {
  f64[0] = x;
  const hi = u32[HI], lo = u32[LO];
  const be = hi >>> 20 & 2047;
  let mhi = hi & 1048575;
  let e;
  if (be === 0) e = -1074;
  else {
    mhi += 1048576;
    e = be - 1075;
  }
  let tz;
  if (lo !== 0) tz = ctz32(lo);
  else tz = 32 + ctz32(mhi);
  splitM = (mhi * 4294967296 + lo) / Math.pow(2, tz);
  splitE = e + tz;
}
function exactDec(x) {
  x = Math.abs(x);
  if (x === 0) return { d: "0", e: 0 };
  if (Number.isSafeInteger(x)) return decOfDigits(String(x));
  split(x);
  if (splitE >= 0) return decOfDigits((BigInt(splitM) << BigInt(splitE)).toString());
  const k = -splitE;
  const s = (BigInt(splitM) * 5n ** BigInt(k)).toString();
  return { d: s, e: s.length - 1 - k };
}
function decOfDigits(s) {
  let end = s.length;
  while (end > 1 && s.charCodeAt(end - 1) === 48) end--;
  return { d: s.slice(0, end), e: s.length - 1 };
}
function exactDecBig(n) {
  return decOfDigits((n < 0n ? -n : n).toString());
}
function increment(s) {
  let i = s.length - 1;
  while (i >= 0 && s.charCodeAt(i) === 57) i--;
  if (i < 0) return "1" + "0".repeat(s.length);
  return s.slice(0, i) + String.fromCharCode(s.charCodeAt(i) + 1) + "0".repeat(s.length - 1 - i);
}
function roundAt(d, keep) {
  if (keep >= d.length) return d + "0".repeat(keep - d.length);
  if (keep < 0) return "";
  const next = d.charCodeAt(keep);
  let up;
  if (next !== 53) up = next > 53;
  else if (d.length > keep + 1) up = true;
  else up = keep > 0 && (d.charCodeAt(keep - 1) & 1) === 1;
  const s = d.slice(0, keep);
  return up ? increment(s) : s;
}
function sigDigits(dec, n) {
  if (dec.d === "0") return ["0".repeat(n), 0];
  const s = roundAt(dec.d, n);
  return s.length > n ? [s.slice(0, n), dec.e + 1] : [s, dec.e];
}
function fixedDigits(dec, f) {
  if (dec.d === "0") return "0";
  const s = roundAt(dec.d, dec.e + 1 + f);
  return s === "" ? "0" : s;
}
function fracDigits(x) {
  split(x);
  return splitE < 0 ? -splitE : 0;
}
function maybeExpTie(x, p) {
  const ax = Math.abs(x);
  if (ax >= 9007199254740992) return true;
  split(ax);
  let s;
  if (splitE >= 0) {
    const str = String(ax);
    let end = str.length;
    while (end > 1 && str.charCodeAt(end - 1) === 48) end--;
    s = end;
  } else {
    const l = Math.log10(splitM) + -splitE * 0.6989700043360189;
    const frac = l - Math.floor(l);
    if (frac < 1e-9 || frac > 1 - 1e-9) return true;
    s = Math.floor(l) + 1;
  }
  return s === p + 2;
}
function sigOf(x, n) {
  const ax = Math.abs(x);
  if (ax === 0) return ["0".repeat(n), 0];
  if (n <= 101 && !maybeExpTie(ax, n - 1)) {
    const t = ax.toExponential(n - 1);
    const ePos = t.indexOf("e");
    const digits = n === 1 ? t.slice(0, 1) : t.slice(0, 1) + t.slice(2, ePos);
    return [digits, +t.slice(ePos + 1)];
  }
  return sigDigits(exactDec(ax), n);
}
function fixedOf(x, f) {
  const ax = Math.abs(x);
  if (ax === 0) return "0";
  if (f <= 100 && ax < 1e21 && fracDigits(ax) !== f + 1) {
    const t = ax.toFixed(f);
    return f === 0 ? t : t.slice(0, t.length - f - 1) + t.slice(t.length - f);
  }
  return fixedDigits(exactDec(ax), f);
}
function expSuffix(x) {
  const a = Math.abs(x);
  return (x < 0 ? "e-" : "e+") + (a < 10 ? "0" + a : String(a));
}
function eDigits(v, n) {
  if (typeof v === "number") return sigOf(v, n);
  if (v === 0n) return ["0".repeat(n), 0];
  return sigDigits(exactDecBig(v), n);
}
function fDigits(v, f) {
  if (typeof v === "number") return fixedOf(v, f);
  const s = (v < 0n ? -v : v).toString();
  return f > 0 ? s + "0".repeat(f) : s;
}
function placePoint(n, f, sharp) {
  if (f === 0) return sharp ? n + "." : n;
  if (n.length <= f) n = "0".repeat(f - n.length + 1) + n;
  return n.slice(0, n.length - f) + "." + n.slice(n.length - f);
}
function cFormatFloat(v, conv, prec, flags = {}) {
  const neg = typeof v === "number" ? signBit(v) : v < 0n;
  const sign = neg ? "-" : flags.plus ? "+" : flags.space ? " " : "";
  if (typeof v === "number" && !Number.isFinite(v)) return sign + (v !== v ? "nan" : "inf");
  const sharp = !!flags.sharp;
  if (prec < 0) prec = 6;
  if (conv === "f") return sign + placePoint(fDigits(v, prec), prec, sharp);
  if (conv === "e") {
    const [d2, x2] = eDigits(v, prec + 1);
    return sign + d2[0] + (prec > 0 || sharp ? "." : "") + d2.slice(1) + expSuffix(x2);
  }
  const p = prec === 0 ? 1 : prec;
  const [d, x] = eDigits(v, p);
  let body;
  if (x < -4 || x >= p) {
    let frac = d.slice(1);
    if (!sharp) frac = stripZeros(frac);
    body = d[0] + (frac || sharp ? "." : "") + frac + expSuffix(x);
  } else {
    const f = p - 1 - x;
    body = placePoint(d, f, sharp);
    if (!sharp && f > 0) body = stripFraction(body);
  }
  return sign + body;
}
function stripZeros(s) {
  let end = s.length;
  while (end > 0 && s.charCodeAt(end - 1) === 48) end--;
  return s.slice(0, end);
}
function stripFraction(s) {
  let end = s.length;
  while (s.charCodeAt(end - 1) === 48) end--;
  if (s.charCodeAt(end - 1) === 46) end--;
  return s.slice(0, end);
}
var DBL_MIN = 22250738585072014e-324;
function shortest(ax) {
  const t = ax.toExponential();
  const ePos = t.indexOf("e");
  const digits = ePos === 1 ? t[0] : t[0] + t.slice(2, ePos);
  return [digits, +t.slice(ePos + 1)];
}
function shortestFloatString(x) {
  const ax = Math.abs(x);
  const sign = signBit(x) ? "-" : "";
  if (ax >= 1e-4 && ax < 1e15) return sign + String(ax);
  if (ax === 0) return sign + "0";
  let [d, e] = shortest(ax);
  if (d.length === 16 && isPowerOfTwo(ax)) {
    const [d16, e16] = sigOf(ax, 16);
    if (Number(d16[0] + "." + d16.slice(1) + "e" + e16) !== ax) [d, e] = sigOf(ax, 17);
  }
  const p = ax < DBL_MIN ? d.length : Math.max(15, d.length);
  if (e < -4 || e >= p) return sign + d[0] + (d.length > 1 ? "." + d.slice(1) : "") + expSuffix(e);
  const f = d.length - 1 - e;
  return sign + (f <= 0 ? d + "0".repeat(-f) : placePoint(d, f, false));
}
function isPowerOfTwo(x) {
  f64[0] = x;
  return (u32[HI] & 1048575) === 0 && u32[LO] === 0 && (u32[HI] & 2146435072) !== 0;
}
function nanString(x) {
  f64[0] = x;
  const hi = u32[HI], lo = u32[LO];
  const payload = (hi & 524287) * 4294967296 + lo;
  return (hi >>> 31 ? "-" : "") + payload + ".0e+NaN";
}
function parseFloatFormat(fmt) {
  if (!(fmt instanceof LString)) return null;
  const s = fmt.s;
  if (s.charCodeAt(0) !== 37 || s.charCodeAt(1) !== 46) return null;
  let i = 2, width = -1;
  if (i < s.length && s.charCodeAt(i) >= 48 && s.charCodeAt(i) <= 57) {
    width = 0;
    do {
      width = width * 10 + s.charCodeAt(i++) - 48;
      if (width > 15) return null;
    } while (i < s.length && s.charCodeAt(i) >= 48 && s.charCodeAt(i) <= 57);
    if (width === 0 && s[i] !== "f") return null;
  }
  const c = s[i];
  if (c !== "e" && c !== "f" && c !== "g") return null;
  if (i + 1 !== s.length) return null;
  return [c, width];
}
function floatToString(x, fmt) {
  if (x !== x) return nanString(x);
  if (x === Infinity) return "1.0e+INF";
  if (x === -Infinity) return "-1.0e+INF";
  let s;
  let width = 1;
  const spec = parseFloatFormat(fmt);
  if (spec === null) s = shortestFloatString(x);
  else {
    width = spec[1];
    s = cFormatFloat(x, spec[0], width < 0 ? 0 : width);
  }
  if (width !== 0) {
    let i = 0;
    while (i < s.length) {
      const c = s.charCodeAt(i);
      if ((c < 48 || c > 57) && c !== 45) break;
      i++;
    }
    if (i === s.length) s += ".0";
    else if (s.charCodeAt(i) === 46 && i === s.length - 1) s += "0";
  }
  return s;
}

// src/floatfns/libm.ts
var R = new Float64Array(4);
var SPLITTER = 134217729;
function twoProd(a, b) {
  const p = a * b;
  let t = SPLITTER * a;
  const ah = t - (t - a), al = a - ah;
  t = SPLITTER * b;
  const bh = t - (t - b), bl = b - bh;
  R[0] = p;
  R[1] = ah * bh - p + ah * bl + al * bh + al * bl;
}
function twoSum(a, b) {
  const s = a + b, bb = s - a;
  R[0] = s;
  R[1] = a - (s - bb) + (b - bb);
}
function ddAdd(ah, al, bh, bl) {
  twoSum(ah, bh);
  const s1 = R[0], s2 = R[1];
  twoSum(al, bl);
  const t1 = R[0], t2 = R[1];
  let hi = s1, lo = s2 + t1;
  let s = hi + lo;
  lo = lo - (s - hi);
  hi = s;
  lo += t2;
  s = hi + lo;
  R[0] = s;
  R[1] = lo - (s - hi);
}
function ddMul(ah, al, bh, bl) {
  twoProd(ah, bh);
  const p = R[0];
  const e = R[1] + (ah * bl + al * bh);
  const s = p + e;
  R[0] = s;
  R[1] = e - (s - p);
}
function ddMulD(ah, al, b) {
  twoProd(ah, b);
  const p = R[0];
  const e = R[1] + al * b;
  const s = p + e;
  R[0] = s;
  R[1] = e - (s - p);
}
function ddDiv(ah, al, bh, bl) {
  const q1 = ah / bh;
  ddMulD(bh, bl, q1);
  ddAdd(ah, al, -R[0], -R[1]);
  const rh = R[0], rl = R[1];
  const q2 = rh / bh;
  ddMulD(bh, bl, q2);
  ddAdd(rh, rl, -R[0], -R[1]);
  const q3 = R[0] / bh;
  twoSum(q1, q2);
  ddAdd(R[0], R[1], q3, 0);
}
function ddSqrt(ah, al) {
  const s = Math.sqrt(ah);
  twoProd(s, s);
  ddAdd(ah, al, -R[0], -R[1]);
  const c = R[0] / (2 * s);
  twoSum(s, c);
}
var FB = 400n;
function atanInv(n) {
  const n2 = n * n;
  let term = (1n << FB) / n, sum = term;
  for (let k = 1n; term !== 0n; k++) {
    term /= n2;
    sum += (k & 1n ? -term : term) / (2n * k + 1n);
  }
  return sum;
}
var PI_FIX = 4n * (4n * atanInv(5n) - atanInv(239n));
var LN2_FIX = (() => {
  let term = (1n << FB) / 3n, sum = term;
  for (let k = 1n; term !== 0n; k++) {
    term /= 9n;
    sum += term / (2n * k + 1n);
  }
  return 2n * sum;
})();
var LN10_FIX = (() => {
  let term = (1n << FB) / 9n, sum = term;
  for (let k = 1n; term !== 0n; k++) {
    term /= 81n;
    sum += term / (2n * k + 1n);
  }
  return 3n * LN2_FIX + 2n * sum;
})();
function splitFix(v, parts, bits) {
  const out = [];
  let rest = v;
  for (let i = 0; i < parts; i++) {
    const len = rest.toString(2).length;
    const shift = BigInt(Math.max(0, len - bits));
    const top = rest >> shift << shift;
    out.push(Number(top) * 2 ** -Number(FB));
    rest -= top;
  }
  return out;
}
function ddFix(v) {
  const [h, l] = splitFix(v, 2, 53);
  return [h, l];
}
var [LN2_H, LN2_L] = ddFix(LN2_FIX);
var LN2_PARTS = splitFix(LN2_FIX, 5, 40);
var [LN10_H, LN10_L] = ddFix(LN10_FIX);
var [PI_H, PI_L] = ddFix(PI_FIX);
var [PIO2_H, PIO2_L] = ddFix(PI_FIX / 2n);
var PIO2_PARTS = splitFix(PI_FIX / 2n, 8, 30);
var INV_FACT_H = [];
var INV_FACT_L = [];
{
  let f = 1n;
  for (let n = 0; n <= 30; n++) {
    if (n > 0) f *= BigInt(n);
    const [h, l] = ddFix((1n << FB) / f);
    INV_FACT_H.push(h);
    INV_FACT_L.push(l);
  }
}
var INV_ODD_H = [];
var INV_ODD_L = [];
for (let k = 0; k <= 40; k++) {
  const [h, l] = ddFix((1n << FB) / BigInt(2 * k + 1));
  INV_ODD_H.push(h);
  INV_ODD_L.push(l);
}
function scaleRound(h, l, k) {
  if (k >= -1021) {
    if (k > 1023) return h * 2 ** (k - 1023) * 2 ** 1023;
    return h * 2 ** k;
  }
  if (k < -1080) return h < 0 ? -0 : 0;
  const sh = h * 2 ** (k + 1074), sl = l * 2 ** (k + 1074);
  const f = Math.floor(sh);
  const frac = sh - f + sl;
  let n = f;
  if (frac > 0.5 || frac === 0.5 && f % 2 !== 0) n = f + 1;
  else if (frac < 0) n = f - (frac < -0.5 || frac === -0.5 && f % 2 !== 0 ? 1 : 0);
  return n * 2 ** -1074;
}
var K2 = 0;
function expCore(xh, xl) {
  const k = Math.round(xh / LN2_H);
  let rh = xh, rl = xl;
  for (const p of LN2_PARTS) {
    ddAdd(rh, rl, -k * p, 0);
    rh = R[0];
    rl = R[1];
  }
  rh *= 1 / 256;
  rl *= 1 / 256;
  let sh = INV_FACT_H[10], sl = INV_FACT_L[10];
  for (let n = 9; n >= 0; n--) {
    ddMul(sh, sl, rh, rl);
    ddAdd(R[0], R[1], INV_FACT_H[n], INV_FACT_L[n]);
    sh = R[0];
    sl = R[1];
  }
  for (let i = 0; i < 8; i++) {
    ddMul(sh, sl, sh, sl);
    sh = R[0];
    sl = R[1];
  }
  R[0] = sh;
  R[1] = sl;
  K2 = k;
}
function exp(x) {
  if (!(x > -746)) return x !== x ? x : 0;
  if (x > 710) return Infinity;
  if (x === 0) return 1;
  expCore(x, 0);
  return scaleRound(R[0], R[1], K2);
}
function logCore(x) {
  let e = 0;
  if (x < 22250738585072014e-324) {
    x *= 2 ** 64;
    e = -64;
  }
  const ex = Math.floor(Math.log2(x));
  let m = x * 2 ** -ex;
  e += ex;
  if (m >= 2) {
    m /= 2;
    e++;
  } else if (m < 1) {
    m *= 2;
    e--;
  }
  if (m > Math.SQRT2) {
    m /= 2;
    e++;
  }
  twoSum(m, 1);
  ddDiv(m - 1, 0, R[0], R[1]);
  const sh = R[0], sl = R[1];
  ddMul(sh, sl, sh, sl);
  const s2h = R[0], s2l = R[1];
  let th = INV_ODD_H[30], tl = INV_ODD_L[30];
  for (let k = 29; k >= 0; k--) {
    ddMul(th, tl, s2h, s2l);
    ddAdd(R[0], R[1], INV_ODD_H[k], INV_ODD_L[k]);
    th = R[0];
    tl = R[1];
  }
  ddMul(th, tl, sh, sl);
  let yh = 2 * R[0], yl = 2 * R[1];
  if (e !== 0) {
    for (const p of LN2_PARTS) {
      ddAdd(yh, yl, e * p, 0);
      yh = R[0];
      yl = R[1];
    }
  }
  R[0] = yh;
  R[1] = yl;
}
function log(x) {
  if (!(x > 0) || x === Infinity) return x === 0 ? -Infinity : x === Infinity ? x : NaN;
  if (x === 1) return 0;
  logCore(x);
  return R[0] + R[1];
}
function fromBits(hi, lo) {
  const dv = new DataView(new ArrayBuffer(8));
  dv.setUint32(0, hi);
  dv.setUint32(4, lo);
  return dv.getFloat64(0);
}
var IVLN10 = fromBits(1071369083, 354870542);
var LOG10_2HI = fromBits(1070810131, 1352622080);
var LOG10_2LO = fromBits(1029308147, 301017910);
function log10(x) {
  if (!(x > 0) || x === Infinity) return x === 0 ? -Infinity : x === Infinity ? x : NaN;
  let k = 0;
  if (x < 22250738585072014e-324) {
    x *= 2 ** 54;
    k = -54;
  }
  const [, e] = frexpExp(x);
  k += e - 1;
  const i = k < 0 ? 1 : 0;
  const m = x * 2 ** -(k + i);
  const y = k + i;
  const z = y * LOG10_2LO + IVLN10 * log(m);
  return z + y * LOG10_2HI;
}
function frexpExp(x) {
  let e = Math.floor(Math.log2(x)) + 1;
  let f = x * 2 ** -e;
  if (f >= 1) {
    f /= 2;
    e++;
  } else if (f < 0.5) {
    f *= 2;
    e--;
  }
  return [f, e];
}
function log2(x) {
  if (!(x > 0) || x === Infinity) return x === 0 ? -Infinity : x === Infinity ? x : NaN;
  if (x === 1) return 0;
  logCore(x);
  ddDiv(R[0], R[1], LN2_H, LN2_L);
  return R[0] + R[1];
}
function toScaled(x) {
  let e = 0;
  x = Math.abs(x);
  while (!Number.isInteger(x)) {
    x *= 2 ** 32;
    e -= 32;
  }
  let m = BigInt(x);
  while ((m & 1n) === 0n) {
    m >>= 1n;
    e++;
  }
  return [m, e];
}
function roundRatio(num, den, e2) {
  const nb = num.toString(2).length, db = den.toString(2).length;
  const shift = db - nb + 65;
  let q, r;
  if (shift >= 0) {
    q = (num << BigInt(shift)) / den;
    r = (num << BigInt(shift)) % den;
  } else {
    q = num / (den << BigInt(-shift));
    r = num % (den << BigInt(-shift));
  }
  let e = e2 - shift;
  const qb = q.toString(2).length;
  let drop = qb - 53;
  const top = qb - 1 + e;
  if (top > 1023) return Infinity;
  if (top < -1022) drop += -1022 - top;
  if (drop <= 0) return Number(q) * 2 ** e;
  if (drop > qb) return 0;
  const D = BigInt(drop);
  let m = q >> D;
  const rest = q - (m << D), half = 1n << D - 1n;
  if (rest > half || rest === half && (r !== 0n || (m & 1n) === 1n)) m += 1n;
  e += drop;
  return Number(m) * 2 ** e;
}
function powInt(x, n) {
  const [m, e] = toScaled(x);
  const mb = m.toString(2).length;
  if (mb * Math.abs(n) > 4e4) return void 0;
  const p = m ** BigInt(Math.abs(n));
  const neg = x < 0 && n % 2 !== 0;
  const r = n > 0 ? roundRatio(p, 1n, e * n) : roundRatio(1n, p, e * n);
  return neg ? -r : r;
}
function powFinite(x, y) {
  if (Number.isInteger(y)) {
    const r2 = powInt(x, y);
    if (r2 !== void 0) return r2;
  }
  const neg = x < 0 && Number.isInteger(y) && y % 2 !== 0;
  logCore(Math.abs(x));
  ddMulD(R[0], R[1], y);
  if (R[0] > 710) return neg ? -Infinity : Infinity;
  if (R[0] < -746) return neg ? -0 : 0;
  expCore(R[0], R[1]);
  const r = scaleRound(R[0], R[1], K2);
  return neg ? -r : r;
}
var Q2 = 0;
function reduce(x) {
  const k = Math.round(x / PIO2_H);
  if (Math.abs(k) < 2 ** 22) {
    let rh = x, rl = 0;
    for (const p of PIO2_PARTS) {
      ddAdd(rh, rl, -k * p, 0);
      rh = R[0];
      rl = R[1];
    }
    R[0] = rh;
    R[1] = rl;
    Q2 = k % 4;
    if (Q2 < 0) Q2 += 4;
    return;
  }
  const S = 2400;
  const [m, e] = toScaled(x);
  const X = m << BigInt(e + S);
  const P = bigPiOver2() >> BigInt(3400 - S);
  let q = X / P, r = X - q * P;
  if (r > P / 2n) {
    r -= P;
    q += 1n;
  }
  let qm = Number(q % 4n);
  if (x < 0) {
    r = -r;
    qm = (4 - qm) % 4;
  }
  fixToDD(r, S);
  Q2 = qm;
}
function fixToDD(v, S) {
  const neg = v < 0n;
  const a = neg ? -v : v;
  const sh = Math.max(0, a.toString(2).length - 106);
  const t = a >> BigInt(sh);
  const hi = t >> 53n, lo = t & (1n << 53n) - 1n;
  twoSum(Number(hi) * 2 ** (sh + 53 - S), Number(lo) * 2 ** (sh - S));
  if (neg) {
    R[0] = -R[0];
    R[1] = -R[1];
  }
}
var bigPio2;
function bigPiOver2() {
  if (bigPio2 === void 0) {
    const P = 3400n;
    const at = (n) => {
      const n2 = n * n;
      let term = (1n << P) / n, sum = term;
      for (let k = 1n; term !== 0n; k++) {
        term /= n2;
        sum += (k & 1n ? -term : term) / (2n * k + 1n);
      }
      return sum;
    };
    bigPio2 = 2n * (4n * at(5n) - at(239n));
  }
  return bigPio2;
}
function sinCosCore(rh, rl) {
  ddMul(rh, rl, rh, rl);
  const r2h = R[0], r2l = R[1];
  let sh = INV_FACT_H[29], sl = INV_FACT_L[29];
  for (let n = 27; n >= 1; n -= 2) {
    ddMul(sh, sl, -r2h, -r2l);
    ddAdd(R[0], R[1], INV_FACT_H[n], INV_FACT_L[n]);
    sh = R[0];
    sl = R[1];
  }
  ddMul(sh, sl, rh, rl);
  const sinH = R[0], sinL = R[1];
  let ch = INV_FACT_H[30], cl = INV_FACT_L[30];
  for (let n = 28; n >= 0; n -= 2) {
    ddMul(ch, cl, -r2h, -r2l);
    ddAdd(R[0], R[1], INV_FACT_H[n], INV_FACT_L[n]);
    ch = R[0];
    cl = R[1];
  }
  R[2] = ch;
  R[3] = cl;
  R[0] = sinH;
  R[1] = sinL;
}
function sin(x) {
  if (!Number.isFinite(x)) return NaN;
  if (Math.abs(x) < 2 ** -27) return x;
  reduce(x);
  sinCosCore(R[0], R[1]);
  switch (Q2) {
    case 0:
      return R[0] + R[1];
    case 1:
      return R[2] + R[3];
    case 2:
      return -(R[0] + R[1]);
    default:
      return -(R[2] + R[3]);
  }
}
function cos(x) {
  if (!Number.isFinite(x)) return NaN;
  if (Math.abs(x) < 2 ** -27) return 1;
  reduce(x);
  sinCosCore(R[0], R[1]);
  switch (Q2) {
    case 0:
      return R[2] + R[3];
    case 1:
      return -(R[0] + R[1]);
    case 2:
      return -(R[2] + R[3]);
    default:
      return R[0] + R[1];
  }
}
function tan(x) {
  if (!Number.isFinite(x)) return NaN;
  if (Math.abs(x) < 2 ** -27) return x;
  reduce(x);
  sinCosCore(R[0], R[1]);
  const sh = R[0], sl = R[1];
  if (Q2 % 2 === 0) ddDiv(sh, sl, R[2], R[3]);
  else {
    ddDiv(R[2], R[3], sh, sl);
    R[0] = -R[0];
    R[1] = -R[1];
  }
  return R[0] + R[1];
}
function atanCore(ah, al) {
  let th = ah, tl = al;
  for (let i = 0; i < 2; i++) {
    ddMul(th, tl, th, tl);
    ddAdd(R[0], R[1], 1, 0);
    ddSqrt(R[0], R[1]);
    ddAdd(R[0], R[1], 1, 0);
    ddDiv(th, tl, R[0], R[1]);
    th = R[0];
    tl = R[1];
  }
  ddMul(th, tl, th, tl);
  const t2h = R[0], t2l = R[1];
  let sh = INV_ODD_H[25], sl = INV_ODD_L[25];
  for (let k = 24; k >= 0; k--) {
    ddMul(sh, sl, -t2h, -t2l);
    ddAdd(R[0], R[1], INV_ODD_H[k], INV_ODD_L[k]);
    sh = R[0];
    sl = R[1];
  }
  ddMul(sh, sl, th, tl);
  R[0] *= 4;
  R[1] *= 4;
}
function atan2Core(yh, yl, xh, xl) {
  if (Math.abs(yh) <= Math.abs(xh)) {
    ddDiv(yh, yl, xh, xl);
    atanCore(R[0], R[1]);
    if (xh < 0) {
      if (yh > 0 || yh === 0 && !Object.is(yh, -0)) ddAdd(R[0], R[1], PI_H, PI_L);
      else ddAdd(R[0], R[1], -PI_H, -PI_L);
    }
  } else {
    ddDiv(xh, xl, yh, yl);
    atanCore(R[0], R[1]);
    if (yh > 0) ddAdd(PIO2_H, PIO2_L, -R[0], -R[1]);
    else ddAdd(-PIO2_H, -PIO2_L, -R[0], -R[1]);
  }
}
function atan(x) {
  if (x !== x) return x;
  if (Math.abs(x) < 2 ** -27) return x;
  if (!Number.isFinite(x)) return x > 0 ? PIO2_H : -PIO2_H;
  atan2Core(x, 0, 1, 0);
  return R[0] + R[1];
}
function atan2(y, x) {
  if (y !== y || x !== x) return NaN;
  if (y === 0 || !Number.isFinite(x) || !Number.isFinite(y)) return Math.atan2(y, x);
  atan2Core(y, 0, x, 0);
  const r = R[0] + R[1];
  return Math.abs(r) < 22250738585072014e-324 ? Math.atan2(y, x) : r;
}
function cosFromSin(x) {
  twoSum(1, -x);
  const ah = R[0], al = R[1];
  twoSum(1, x);
  ddMul(ah, al, R[0], R[1]);
  if (R[0] === 0) {
    R[1] = 0;
    return;
  }
  ddSqrt(R[0], R[1]);
}
function asin(x) {
  if (!(Math.abs(x) <= 1)) return NaN;
  if (Math.abs(x) < 2 ** -27) return x;
  if (Math.abs(x) === 1) return x > 0 ? PIO2_H : -PIO2_H;
  cosFromSin(x);
  atan2Core(x, 0, R[0], R[1]);
  return R[0] + R[1];
}
function acos(x) {
  if (!(Math.abs(x) <= 1)) return NaN;
  if (x === 1) return 0;
  if (x === -1) return PI_H;
  cosFromSin(x);
  atan2Core(R[0], R[1], x, 0);
  return R[0] + R[1];
}

// src/floatfns.ts
var bitsView = new DataView(new ArrayBuffer(8));
function makeNaN(negative, payload = 0) {
  const p = BigInt.asUintN(51, BigInt(payload));
  bitsView.setUint32(0, (negative ? 2147483648 : 0) | 2146959360 | Number(p >> 32n));
  bitsView.setUint32(4, Number(p & 0xffffffffn));
  return bitsView.getFloat64(0);
}
var DEFAULT_NAN = makeNaN(true);
var POSITIVE_NAN = makeNaN(false);
function signBit2(x) {
  if (x < 0) return true;
  if (x > 0) return false;
  if (x === 0) return Object.is(x, -0);
  bitsView.setFloat64(0, x);
  return (bitsView.getUint32(0) & 2147483648) !== 0;
}
function negateFloat(x) {
  if (x === x) return -x;
  bitsView.setFloat64(0, x);
  bitsView.setUint32(0, bitsView.getUint32(0) ^ 2147483648);
  return bitsView.getFloat64(0);
}
function nanOf2(a, b, firstWins) {
  if (firstWins) {
    if (a !== a) return a;
    if (b !== b) return b;
  } else {
    if (b !== b) return b;
    if (a !== a) return a;
  }
  return DEFAULT_NAN;
}
function extractFloat(x) {
  if (x instanceof LFloat) return x.n;
  if (typeof x === "number") return x;
  if (typeof x === "bigint") return Number(x);
  return wrongType(Qnumberp, x);
}
function checkFloat(x) {
  if (x instanceof LFloat) return x.n;
  return wrongType(Qfloatp, x);
}
function mathFn(name, doc, f, domainNaN = DEFAULT_NAN) {
  defun(name, "(arg)", doc, (arg) => {
    const d = extractFloat(arg);
    if (d !== d) return mkFloat(d);
    const r = f(d);
    return mkFloat(r === r ? r : domainNaN);
  });
}
mathFn("acos", "Return the inverse cosine of ARG.", acos, POSITIVE_NAN);
mathFn("asin", "Return the inverse sine of ARG.", asin, POSITIVE_NAN);
mathFn("cos", "Return the cosine of ARG.", cos);
mathFn("sin", "Return the sine of ARG.", sin);
mathFn("tan", "Return the tangent of ARG.", tan);
mathFn("exp", "Return the exponential base e of ARG.", exp);
mathFn("sqrt", "Return the square root of ARG.", Math.sqrt);
defun("atan", "(y &optional x)", "Return the inverse tangent of the arguments.", (y, x) => {
  const d = extractFloat(y);
  if (x === NIL) return mkFloat(d !== d ? d : atan(d));
  const d2 = extractFloat(x);
  if (d !== d || d2 !== d2) return mkFloat(nanOf2(d, d2, true));
  return mkFloat(atan2(d, d2));
});
defun("isnan", "(x)", "Return non-nil if argument X is a NaN.", (x) => {
  const d = checkFloat(x);
  return d !== d ? T : NIL;
});
defun("copysign", "(x1 x2)", "Copy sign of X2 to value of X1, and return the result.", (x1, x2) => {
  const f1 = checkFloat(x1), f2 = checkFloat(x2);
  return signBit2(f1) !== signBit2(f2) ? mkFloat(negateFloat(f1)) : x1;
});
var DBL_MIN2 = 22250738585072014e-324;
function frexp(d) {
  if (d === 0 || !Number.isFinite(d)) return [d, 0];
  let scale = 0;
  if (Math.abs(d) < DBL_MIN2) {
    d *= 2 ** 64;
    scale = -64;
  }
  bitsView.setFloat64(0, d);
  const hi = bitsView.getUint32(0);
  const e = (hi >>> 20 & 2047) - 1022;
  bitsView.setUint32(0, hi & 2148532223 | 1022 << 20);
  return [bitsView.getFloat64(0), e + scale];
}
function ldexp(x, e) {
  if (x === 0 || !Number.isFinite(x) || e === 0) return x;
  const [m, k] = frexp(x);
  const total = k + Math.max(-5e3, Math.min(5e3, e));
  if (total > 1024) return m < 0 ? -Infinity : Infinity;
  if (total > 1023) return m * 2 * 2 ** (total - 1);
  if (total >= -1021) return m * 2 ** total;
  if (total < -1075) return m < 0 ? -0 : 0;
  return m * 2 ** (total + 100) * 2 ** -100;
}
defun("frexp", "(x)", "Get significand and exponent of a floating point number.", (x) => {
  const [s, e] = frexp(extractFloat(x));
  return new Cons(mkFloat(s), e);
});
defun("ldexp", "(sgnfcand exponent)", "Return SGNFCAND * 2**EXPONENT, as a floating point number.", (sgnfcand, exponent) => {
  let e;
  if (typeof exponent === "number") e = exponent;
  else if (typeof exponent === "bigint" && isFixnumRange(exponent)) e = exponent > 0n ? 1e9 : -1e9;
  else return wrongType(Qfixnump, exponent);
  return mkFloat(ldexp(extractFloat(sgnfcand), e));
});
function cPow(x, y) {
  if (x === 1) return 1;
  if (x === -1 && (y === Infinity || y === -Infinity)) return 1;
  if (x !== x || y !== y) return y === 0 ? 1 : nanOf2(x, y, true);
  if (x !== 0 && Number.isFinite(x) && Number.isFinite(y) && y !== 0) {
    if (x < 0 && !Number.isInteger(y)) return DEFAULT_NAN;
    return powFinite(x, y);
  }
  const r = Math.pow(x, y);
  return r === r ? r : DEFAULT_NAN;
}
defun("expt", "(arg1 arg2)", "Return the exponential ARG1 ** ARG2.", (arg1, arg2) => {
  const x = extractFloat(arg1);
  const y = extractFloat(arg2);
  if ((typeof arg1 === "number" || typeof arg1 === "bigint") && (typeof arg2 === "number" || typeof arg2 === "bigint") && arg2 >= 0) {
    return expInteger(arg1, arg2);
  }
  return mkFloat(cPow(x, y));
});
defun("log", "(arg &optional base)", "Return the natural logarithm of ARG.", (arg, base) => {
  const d = extractFloat(arg);
  const ln = (v) => v !== v ? v : v < 0 ? DEFAULT_NAN : log(v);
  if (base === NIL) return mkFloat(ln(d));
  const b = extractFloat(base);
  if (b === 10) return mkFloat(d !== d ? d : d < 0 ? DEFAULT_NAN : log10(d));
  if (b === 2) return mkFloat(d !== d ? d : d < 0 ? DEFAULT_NAN : log2(d));
  const n = ln(d), m = ln(b);
  const r = n / m;
  return mkFloat(r === r ? r : nanOf2(n, m, true));
});
defun("abs", "(arg)", "Return the absolute value of ARG.", (arg) => {
  if (typeof arg === "number") return arg < 0 ? -arg : arg;
  if (arg instanceof LFloat) return signBit2(arg.n) ? mkFloat(negateFloat(arg.n)) : arg;
  if (typeof arg === "bigint") return arg < 0n ? makeInteger(-arg) : arg;
  return wrongType(Qnumberp, arg);
});
defun("float", "(arg)", "Return the floating point number equal to ARG.", (arg) => {
  if (arg instanceof LFloat) return arg;
  return mkFloat(extractFloat(arg));
});
defun("logb", "(arg)", "Returns largest integer <= the base 2 log of the magnitude of ARG.", (arg) => {
  if (arg instanceof LFloat) {
    const f = arg.n;
    if (f === 0) return mkFloat(-Infinity);
    if (!Number.isFinite(f)) return f < 0 ? mkFloat(-f) : arg;
    return frexp(f)[1] - 1;
  }
  if (typeof arg === "number") return arg === 0 ? mkFloat(-Infinity) : bitLength(arg) - 1;
  if (typeof arg === "bigint") return bitLength(arg) - 1;
  return wrongType(Qnumberp, arg);
});
var tdivBig = (n, d) => n / d;
var fdivBig = (n, d) => {
  const q = n / d;
  return n % d !== 0n && n < 0n !== d < 0n ? q - 1n : q;
};
var cdivBig = (n, d) => {
  const q = n / d;
  return n % d !== 0n && n < 0n === d < 0n ? q + 1n : q;
};
var rdivBig = (n, d) => {
  let q = n / d;
  const r = n % d;
  const absR = r < 0n ? -r : r;
  const absR1 = (d < 0n ? -d : d) - absR;
  if (absR1 < absR + (q & 1n)) q += d < 0n === r < 0n ? 1n : -1n;
  return q;
};
var tdivNum = (n, d) => (n - n % d) / d + 0;
var fdivNum = (n, d) => {
  const r = n % d;
  const q = (n - r) / d + 0;
  return r !== 0 && n < 0 !== d < 0 ? q - 1 : q;
};
var cdivNum = (n, d) => {
  const r = n % d;
  const q = (n - r) / d + 0;
  return r !== 0 && n < 0 === d < 0 ? q + 1 : q;
};
var rdivNum = (n, d) => {
  const r = n % d;
  let q = (n - r) / d + 0;
  const absR = Math.abs(r), absR1 = Math.abs(d) - absR;
  if (absR1 < absR + (q & 1 ? 1 : 0)) q += d < 0 === r < 0 ? 1 : -1;
  return q;
};
function rint(x) {
  const r = Math.round(x);
  return r - x === 0.5 && r % 2 !== 0 ? r - 1 : r;
}
function floatToScaled(x) {
  const [m, e] = frexp(x);
  return [BigInt(m * 2 ** 53), e - 53];
}
function doubleToInteger(d) {
  if (!Number.isFinite(d)) return overflowError();
  if (Number.isSafeInteger(d)) return d + 0;
  return makeInteger(BigInt(d));
}
function roundingDriver(n, d, dround, idiv, ndiv) {
  if (!(typeof n === "number" || typeof n === "bigint" || n instanceof LFloat)) return wrongType(Qnumberp, n);
  if (d === NIL) return n instanceof LFloat ? doubleToInteger(dround(n.n)) : n;
  if (typeof d === "number") {
    if (d === 0) return xsignal(Qarith_error);
    if (typeof n === "number") return intFromNumber(ndiv(n, d));
  } else if (typeof d === "bigint") {
  } else if (d instanceof LFloat) {
    if (d.n === 0) return xsignal(Qarith_error);
  } else return wrongType(Qnumberp, d);
  if (typeof n !== "object" && typeof d !== "object") return makeInteger(idiv(BigInt(n), BigInt(d)));
  const nf = n instanceof LFloat ? n.n : void 0;
  const df = d instanceof LFloat ? d.n : void 0;
  if (nf !== void 0 && !Number.isFinite(nf)) return overflowError();
  if (df !== void 0 && df !== df) return overflowError();
  if (df !== void 0 && !Number.isFinite(df)) return 0;
  let nm, nk = 0, dm, dk = 0;
  if (nf !== void 0) [nm, nk] = floatToScaled(nf);
  else nm = BigInt(n);
  if (df !== void 0) [dm, dk] = floatToScaled(df);
  else dm = BigInt(d);
  const k = Math.min(nk, dk);
  return makeInteger(idiv(nm << BigInt(nk - k), dm << BigInt(dk - k)));
}
defun(
  "ceiling",
  "(arg &optional divisor)",
  "Return the smallest integer no less than ARG.",
  (arg, divisor) => roundingDriver(arg, divisor, Math.ceil, cdivBig, cdivNum)
);
defun(
  "floor",
  "(arg &optional divisor)",
  "Return the largest integer no greater than ARG.",
  (arg, divisor) => roundingDriver(arg, divisor, Math.floor, fdivBig, fdivNum)
);
defun(
  "round",
  "(arg &optional divisor)",
  "Return the nearest integer to ARG.",
  (arg, divisor) => roundingDriver(arg, divisor, rint, rdivBig, rdivNum)
);
defun(
  "truncate",
  "(arg &optional divisor)",
  "Truncate a floating point number to an int.",
  (arg, divisor) => roundingDriver(arg, divisor, Math.trunc, tdivBig, tdivNum)
);
function fmodFloat(f1, f2) {
  let r = f1 % f2;
  if (r !== r) return nanOf2(f1, f2, true);
  if (f2 < 0 ? r > 0 : r < 0) r += f2;
  return r;
}
function froundFn(name, f, doc) {
  defun(name, "(arg)", doc, (arg) => {
    const d = checkFloat(arg);
    return mkFloat(d !== d ? d : f(d));
  });
}
froundFn("fceiling", Math.ceil, "Return the smallest integer no less than ARG, as a float.");
froundFn("ffloor", Math.floor, "Return the largest integer no greater than ARG, as a float.");
froundFn("fround", rint, "Return the nearest integer to ARG, as a float.");
froundFn("ftruncate", Math.trunc, "Truncate a floating point number to an integral float value.");

// src/print/vars.ts
var Vstandard_output = defvar("standard-output", T, `Output stream \`print' uses by default for outputting a character.
This may be any function of one argument.
It may also be a buffer (output is inserted before point)
or a marker (output is inserted and the marker is advanced)
or the symbol t (output appears in the echo area).`);
var Vfloat_output_format = defvar("float-output-format", NIL, `The format descriptor string used to print floats.
This is a %-spec like those accepted by \`printf' in C,
but with some restrictions.  It must start with the two characters \`%.'.
After that comes an integer precision specification,
and then a letter which controls the format.
The letters allowed are \`e', \`f' and \`g'.
Use \`e' for exponential notation "DIG.DIGITSeEXPT"
Use \`f' for decimal point notation "DIGITS.DIGITS".
Use \`g' to choose the shorter of those two formats for the number at hand.
The precision in any of these cases is the number of digits following
the decimal point.  With \`f', a precision of 0 means to omit the
decimal point.  0 is not allowed with \`e' or \`g'.

A value of nil means to use the shortest notation
that represents the number without losing information.`);
var Vprint_integers_as_characters = defvar("print-integers-as-characters", NIL, `Non-nil means integers are printed using characters syntax.
Only independent graphic characters, and control characters with named
escape sequences such as newline, are printed this way.  Other
integers, including those corresponding to raw bytes, are printed
as numbers the usual way.`);
var Vprint_length = defvar("print-length", NIL, `Maximum length of list to print before abbreviating.
A value of nil means no limit.  See also \`eval-expression-print-length'.`);
var Vprint_level = defvar("print-level", NIL, `Maximum depth of list nesting to print before abbreviating.
A value of nil means no limit.  See also \`eval-expression-print-level'.`);
var Vprint_escape_newlines = defvar("print-escape-newlines", NIL, `Non-nil means print newlines in strings as \`\\n'.
Also print formfeeds as \`\\f'.`);
var Vprint_escape_control_characters = defvar("print-escape-control-characters", NIL, `Non-nil means print control characters in strings as \`\\OOO'.
(OOO is the octal representation of the character code.)`);
var Vprint_escape_nonascii = defvar("print-escape-nonascii", NIL, `Non-nil means print unibyte non-ASCII chars in strings as \\OOO.
(OOO is the octal representation of the character code.)
Only single-byte characters are affected, and only in \`prin1'.
When the output goes in a multibyte buffer, this feature is
enabled regardless of the value of the variable.`);
var Vprint_escape_multibyte = defvar("print-escape-multibyte", NIL, `Non-nil means print multibyte characters in strings as \\xXXXX.
(XXXX is the hex representation of the character code.)
This affects only \`prin1'.`);
var Vprint_quoted = defvar("print-quoted", T, `Non-nil means print quoted forms with reader syntax.
I.e., (quote foo) prints as \\='foo, (function foo) as #\\='foo.`);
var Vprint_gensym = defvar("print-gensym", NIL, `Non-nil means print uninterned symbols so they will read as uninterned.
I.e., the value of (make-symbol "foobar") prints as #:foobar.
When the uninterned symbol appears multiple times within the printed
expression, and \`print-circle' is non-nil, in addition use the #N#
and #N= constructs as needed, so that multiple references to the same
symbol are shared once again when the text is read back.`);
var Vprint_circle = defvar("print-circle", NIL, `Non-nil means print recursive structures using #N= and #N# syntax.
If nil, printing proceeds recursively and may lead to
\`max-lisp-eval-depth' being exceeded or an error may occur:
"Apparently circular structure being printed."  Also see
\`print-length' and \`print-level'.
If non-nil, shared substructures anywhere in the structure are printed
with \`#N=' before the first occurrence (in the order of the print
representation) and \`#N#' in place of each subsequent occurrence,
where N is a positive decimal integer.`);
var Vprint_continuous_numbering = defvar("print-continuous-numbering", NIL, `Non-nil means number continuously across print calls.
This affects the numbers printed for #N= labels and #M# references.
See also \`print-circle', \`print-gensym', and \`print-number-table'.
This variable should not be set with \`setq'; bind it with a \`let' instead.`);
var Vprint_number_table = defvar("print-number-table", NIL, `A vector used internally to produce \`#N=' labels and \`#N#' references.
The Lisp printer uses this vector to detect Lisp objects referenced more
than once.

When you bind \`print-continuous-numbering' to t, you should probably
also bind \`print-number-table' to nil.  This ensures that the value of
\`print-number-table' can be garbage-collected once the printing is
done.  If all elements of \`print-number-table' are nil, it means that
the printing done so far has not found any shared structure or objects
that need to be recorded in the table.`);
var Vprint_charset_text_property = defvar("print-charset-text-property", defsym("default"), `A flag to control printing of \`charset' text property on printing a string.
The value should be nil, t, or \`default'.

If the value is nil, don't print the text property \`charset'.

If the value is t, always print the text property \`charset'.

If the value is \`default', print the text property \`charset' only when
the value is different from what is guessed in the current charset
priorities.  Values other than nil or t are also treated as
\`default'.`);

// src/lread/numbers.ts
function digitValue(c, base) {
  let d;
  if (c >= 48 && c <= 57) d = c - 48;
  else if (c >= 97 && c <= 122) d = c - 87;
  else if (c >= 65 && c <= 90) d = c - 55;
  else return -2;
  return d < base ? d : -1;
}
var parsedLength = 0;
var LEAD_INT = 2;
var TRAIL_INT = 4;
var E_EXP = 16;
function makeNaN2(negative, payload) {
  const dv = new DataView(new ArrayBuffer(8));
  const p = payload & (1n << 51n) - 1n;
  dv.setUint32(0, (negative ? 2147483648 : 0) | 2146959360 | Number(p >> 32n));
  dv.setUint32(4, Number(p & 0xffffffffn));
  return new LFloat(dv.getFloat64(0));
}
function digitsToInt(s, from, to, base, negative) {
  if (to - from <= (base <= 10 ? 15 : base <= 16 ? 13 : 10)) {
    let n = 0;
    for (let i = from; i < to; i++) n = n * base + digitValue(s.charCodeAt(i), base);
    if (Number.isSafeInteger(n)) return negative ? n === 0 ? 0 : -n : n;
  }
  let b;
  if (base === 10) b = BigInt(s.slice(from, to));
  else if (base === 16 || base === 8 || base === 2) b = BigInt((base === 16 ? "0x" : base === 8 ? "0o" : "0b") + s.slice(from, to));
  else {
    b = 0n;
    const B = BigInt(base);
    for (let i = from; i < to; i++) b = b * B + BigInt(digitValue(s.charCodeAt(i), base));
  }
  return normInt(negative ? -b : b);
}
function parseNumber(s, start, end, base) {
  let cp = start;
  const c0 = cp < end ? s.charCodeAt(cp) : 0;
  const negative = c0 === 45;
  if (negative || c0 === 43) cp++;
  const digitsStart = cp;
  let state5 = 0;
  while (cp < end && digitValue(s.charCodeAt(cp), base) >= 0) cp++;
  if (cp > digitsStart) state5 |= LEAD_INT;
  const afterDigits = cp;
  if (cp < end && s.charCodeAt(cp) === 46) cp++;
  let special = 0;
  if (base === 10) {
    const fracStart = cp;
    while (cp < end && isDigit(s.charCodeAt(cp))) cp++;
    if (cp > fracStart) state5 |= TRAIL_INT;
    const ch = cp < end ? s.charCodeAt(cp) : 0;
    if (ch === 101 || ch === 69) {
      const ecp = cp;
      cp++;
      const sign = cp < end ? s.charCodeAt(cp) : 0;
      if (sign === 43 || sign === 45) cp++;
      if (cp < end && isDigit(s.charCodeAt(cp))) {
        state5 |= E_EXP;
        while (cp < end && isDigit(s.charCodeAt(cp))) cp++;
      } else if (sign === 43 && cp + 3 <= end && s.startsWith("INF", cp)) {
        state5 |= E_EXP;
        cp += 3;
        special = 1;
      } else if (sign === 43 && cp + 3 <= end && s.startsWith("NaN", cp)) {
        state5 |= E_EXP;
        cp += 3;
        special = 2;
      } else cp = ecp;
    }
    if ((state5 & TRAIL_INT) !== 0 || (state5 & LEAD_INT) !== 0 && (state5 & E_EXP) !== 0) {
      parsedLength = cp - start;
      if (special === 1) return new LFloat(negative ? -Infinity : Infinity);
      if (special === 2) {
        const n = afterDigits > digitsStart ? BigInt.asUintN(64, BigInt(s.slice(digitsStart, afterDigits))) : 0n;
        return makeNaN2(negative, n);
      }
      const v = Number(s.slice(digitsStart, cp));
      return new LFloat(negative ? -v : v);
    }
  }
  parsedLength = cp - start;
  if ((state5 & LEAD_INT) === 0) return void 0;
  return digitsToInt(s, digitsStart, afterDigits, base, negative);
}
function isDigit(c) {
  return c >= 48 && c <= 57;
}
function stringToNumber(s, base = 10) {
  const value = parseNumber(s, 0, s.length, base);
  return { value, length: value === void 0 ? 0 : parsedLength };
}

// src/data/arith.ts
var MAXS2 = Number.MAX_SAFE_INTEGER;
var MAXS_N = BigInt(MAXS2);
function setWidth(st, w) {
  st.integerWidth = w;
  st.limitBits = Math.max(w, 128);
  st.limit = st.limitBits <= 1 << 24 ? 1n << BigInt(st.limitBits) : 0n;
}
function state() {
  let st = E.ext.arith;
  if (st === void 0) {
    st = E.ext.arith = { integerWidth: 0, limit: 0n, limitBits: 0 };
    setWidth(st, 65536);
  }
  return st;
}
function overflowError() {
  return xsignal(Qoverflow_error);
}
function makeInteger(b) {
  if (b >= -MAXS_N && b <= MAXS_N) return Number(b);
  const lim = state().limit;
  if (lim !== 0n && (b >= lim || b <= -lim)) overflowError();
  return b;
}
function bitLength(x) {
  if (typeof x === "number") {
    const a2 = Math.abs(x);
    if (a2 < 2147483648) return 32 - Math.clz32(a2);
    return 32 + bitLength(Math.floor(a2 / 4294967296));
  }
  const a = x < 0n ? -x : x;
  const hex = a.toString(16);
  return (hex.length - 1) * 4 + bitLength(parseInt(hex[0], 16));
}
function bigOp(f) {
  let r;
  try {
    r = f();
  } catch (e) {
    if (e instanceof RangeError) return overflowError();
    throw e;
  }
  return makeInteger(r);
}
var markerPosition = null;
function isMarker(x) {
  return x instanceof Vectorlike && x.lispType === "marker" && markerPosition !== null;
}
function checkNumberCoerceMarker(x) {
  if (typeof x === "number" || x instanceof LFloat || typeof x === "bigint") return x;
  if (isMarker(x)) return markerPosition(x);
  return wrongType(Qnumber_or_marker_p, x);
}
function checkIntegerCoerceMarker(x) {
  if (typeof x === "number" || typeof x === "bigint") return x;
  if (isMarker(x)) return markerPosition(x);
  return wrongType(Qinteger_or_marker_p, x);
}
function toDouble(x) {
  return typeof x === "number" ? x : typeof x === "bigint" ? Number(x) : x.n;
}
function intOp(op, a, b) {
  if (typeof a === "number" && typeof b === "number") {
    switch (op) {
      case 0 /* Add */: {
        const r = a + b;
        if (r <= MAXS2 && r >= -MAXS2) return r;
        break;
      }
      case 1 /* Sub */: {
        const r = a - b;
        if (r <= MAXS2 && r >= -MAXS2) return r;
        break;
      }
      case 2 /* Mul */: {
        const r = a * b;
        if (r <= MAXS2 && r >= -MAXS2) return r + 0;
        break;
      }
      case 3 /* Div */:
        if (b === 0) return xsignal(Qarith_error);
        return (a - a % b) / b + 0;
      case 4 /* And */:
        if ((a | 0) === a && (b | 0) === b) return a & b;
        break;
      case 5 /* Ior */:
        if ((a | 0) === a && (b | 0) === b) return a | b;
        break;
      case 6 /* Xor */:
        if ((a | 0) === a && (b | 0) === b) return a ^ b;
        break;
    }
  }
  const x = BigInt(a), y = BigInt(b);
  switch (op) {
    case 0 /* Add */:
      return makeInteger(x + y);
    case 1 /* Sub */:
      return makeInteger(x - y);
    case 2 /* Mul */:
      return bigOp(() => x * y);
    case 3 /* Div */:
      if (y === 0n) return xsignal(Qarith_error);
      return makeInteger(x / y);
    case 4 /* And */:
      return makeInteger(x & y);
    case 5 /* Ior */:
      return makeInteger(x | y);
    case 6 /* Xor */:
      return makeInteger(x ^ y);
  }
}
function floatOp(op, a, b) {
  let r;
  switch (op) {
    case 0 /* Add */:
      r = a + b;
      break;
    case 1 /* Sub */:
      r = a - b;
      break;
    case 2 /* Mul */:
      r = a * b;
      break;
    default:
      r = a / b;
      break;
  }
  return r === r ? r : nanOf2(a, b, op === 1 /* Sub */ || op === 3 /* Div */);
}
function arithAdd2(a, b) {
  if (typeof a === "number" && typeof b === "number") {
    const r = a + b;
    if (r <= MAXS2 && r >= -MAXS2) return r;
  }
  return arith2(0 /* Add */, a, b);
}
function arithSub2(a, b) {
  if (typeof a === "number" && typeof b === "number") {
    const r = a - b;
    if (r <= MAXS2 && r >= -MAXS2) return r;
  }
  return arith2(1 /* Sub */, a, b);
}
function arithMul2(a, b) {
  if (typeof a === "number" && typeof b === "number") {
    const r = a * b;
    if (r <= MAXS2 && r >= -MAXS2) return r + 0;
  }
  return arith2(2 /* Mul */, a, b);
}
function arith2(op, a0, b0) {
  const a = checkNumberCoerceMarker(a0);
  const b = checkNumberCoerceMarker(b0);
  if (a instanceof LFloat || b instanceof LFloat) return mkFloat(floatOp(op, toDouble(a), toDouble(b)));
  return intOp(op, a, b);
}
function arithAdd1(n) {
  if (typeof n === "number" && n < MAXS2) return n + 1;
  const x = checkNumberCoerceMarker(n);
  if (x instanceof LFloat) return mkFloat(x.n !== x.n ? x.n : 1 + x.n);
  return intOp(0 /* Add */, x, 1);
}
function arithSub1(n) {
  if (typeof n === "number" && n > -MAXS2) return n - 1;
  const x = checkNumberCoerceMarker(n);
  if (x instanceof LFloat) return mkFloat(x.n !== x.n ? x.n : x.n - 1);
  return intOp(1 /* Sub */, x, 1);
}
function arithCompare(a0, b0, cmp) {
  const a = checkNumberCoerceMarker(a0), b = checkNumberCoerceMarker(b0);
  const x = a instanceof LFloat ? a.n : a, y = b instanceof LFloat ? b.n : b;
  switch (cmp) {
    // eslint-disable-next-line eqeqeq
    case 0 /* Eq */:
      return x == y;
    // eslint-disable-next-line eqeqeq
    case 1 /* Ne */:
      return !(x == y);
    case 2 /* Lt */:
      return x < y;
    case 3 /* Le */:
      return x <= y;
    case 4 /* Gt */:
      return x > y;
    case 5 /* Ge */:
      return x >= y;
  }
}
function numLt(a, b) {
  if (typeof a === "number" && typeof b === "number") return a < b;
  return arithCompare(a, b, 2 /* Lt */);
}
function numLe(a, b) {
  if (typeof a === "number" && typeof b === "number") return a <= b;
  return arithCompare(a, b, 3 /* Le */);
}
function numGt(a, b) {
  if (typeof a === "number" && typeof b === "number") return a > b;
  return arithCompare(a, b, 4 /* Gt */);
}
function numGe(a, b) {
  if (typeof a === "number" && typeof b === "number") return a >= b;
  return arithCompare(a, b, 5 /* Ge */);
}
function numEq(a, b) {
  if (typeof a === "number" && typeof b === "number") return a === b;
  return arithCompare(a, b, 0 /* Eq */);
}
function compareDriver(args, cmp) {
  for (let i = 1; i < args.length; i++) if (!arithCompare(args[i - 1], args[i], cmp)) return NIL;
  return T;
}
defun(
  "=",
  "(number-or-marker &rest numbers-or-markers)",
  "Return t if args, all numbers or markers, are equal.",
  function(...args) {
    if (args.length === 2) return numEq(args[0], args[1]) ? T : NIL;
    return compareDriver(args, 0 /* Eq */);
  }
);
defun(
  "<",
  "(number-or-marker &rest numbers-or-markers)",
  "Return t if each arg (a number or marker), is less than the next arg.",
  function(...args) {
    if (args.length === 2) return numLt(args[0], args[1]) ? T : NIL;
    return compareDriver(args, 2 /* Lt */);
  }
);
defun(
  ">",
  "(number-or-marker &rest numbers-or-markers)",
  "Return t if each arg (a number or marker) is greater than the next arg.",
  function(...args) {
    if (args.length === 2) return numGt(args[0], args[1]) ? T : NIL;
    return compareDriver(args, 4 /* Gt */);
  }
);
defun(
  "<=",
  "(number-or-marker &rest numbers-or-markers)",
  "Return t if each arg (a number or marker) is less than or equal to the next.",
  function(...args) {
    if (args.length === 2) return numLe(args[0], args[1]) ? T : NIL;
    return compareDriver(args, 3 /* Le */);
  }
);
defun(
  ">=",
  "(number-or-marker &rest numbers-or-markers)",
  "Return t if each arg (a number or marker) is greater than or equal to the next.",
  function(...args) {
    if (args.length === 2) return numGe(args[0], args[1]) ? T : NIL;
    return compareDriver(args, 5 /* Ge */);
  }
);
defun(
  "/=",
  "(num1 num2)",
  "Return t if first arg is not equal to second arg.  Both must be numbers or markers.",
  (a, b) => arithCompare(a, b, 1 /* Ne */) ? T : NIL
);
function floatDriver(op, args, argnum, accum, next) {
  if (argnum === 0) accum = next;
  else accum = floatOp(op, accum, next);
  for (let i = argnum + 1; i < args.length; i++) accum = floatOp(op, accum, toDouble(checkNumberCoerceMarker(args[i])));
  return mkFloat(accum);
}
function arithDriver(op, args, first) {
  if (first instanceof LFloat) {
    if (op >= 4 /* And */) return wrongType(Qinteger_or_marker_p, first);
    return floatDriver(op, args, 0, 0, first.n);
  }
  let acc = first;
  for (let i = 1; i < args.length; i++) {
    const v = checkNumberCoerceMarker(args[i]);
    if (v instanceof LFloat) {
      if (op >= 4 /* And */) return wrongType(Qinteger_or_marker_p, v);
      return floatDriver(op, args, i, toDouble(acc), v.n);
    }
    acc = intOp(op, acc, v);
  }
  return acc;
}
defun(
  "+",
  "(&rest numbers-or-markers)",
  "Return sum of any number of arguments, which are numbers or markers.",
  function(...args) {
    if (args.length === 2) return arithAdd2(args[0], args[1]);
    if (args.length === 0) return 0;
    const a = checkNumberCoerceMarker(args[0]);
    return args.length === 1 ? a : arithDriver(0 /* Add */, args, a);
  }
);
defun(
  "-",
  "(&optional number-or-marker &rest more-numbers-or-markers)",
  "Negate number or subtract numbers or markers and return the result.",
  function(...args) {
    if (args.length === 2) return arithSub2(args[0], args[1]);
    if (args.length === 0) return 0;
    const a = checkNumberCoerceMarker(args[0]);
    if (args.length === 1) {
      if (typeof a === "number") return a === 0 ? 0 : -a;
      if (a instanceof LFloat) return mkFloat(negateFloat(a.n));
      return makeInteger(-a);
    }
    return arithDriver(1 /* Sub */, args, a);
  }
);
defun(
  "*",
  "(&rest numbers-or-markers)",
  "Return product of any number of arguments, which are numbers or markers.",
  function(...args) {
    if (args.length === 2) return arithMul2(args[0], args[1]);
    if (args.length === 0) return 1;
    const a = checkNumberCoerceMarker(args[0]);
    return args.length === 1 ? a : arithDriver(2 /* Mul */, args, a);
  }
);
defun(
  "/",
  "(number &rest divisors)",
  "Divide number by divisors and return the result.",
  function(...args) {
    const a = checkNumberCoerceMarker(args[0]);
    if (args.length === 1) {
      if (typeof a === "number") {
        if (a === 0) return xsignal(Qarith_error);
        return (1 - 1 % a) / a + 0;
      }
      if (a instanceof LFloat) return mkFloat(floatOp(3 /* Div */, 1, a.n));
      return 0;
    }
    for (let i = 2; i < args.length; i++) {
      if (args[i] instanceof LFloat) return floatDriver(3 /* Div */, args, 0, 0, toDouble(a));
    }
    return arithDriver(3 /* Div */, args, a);
  }
);
function integerRemainder(a, b, modulo) {
  if (typeof a === "number" && typeof b === "number") {
    if (b === 0) return xsignal(Qarith_error);
    let r2 = a % b + 0;
    if (modulo && (b < 0 ? r2 > 0 : r2 < 0)) r2 += b;
    return r2;
  }
  const x = BigInt(a), y = BigInt(b);
  if (y === 0n) return xsignal(Qarith_error);
  let r = x % y;
  if (modulo && (y < 0n ? r > 0n : r < 0n)) r += y;
  return makeInteger(r);
}
defun("%", "(x y)", "Return remainder of X divided by Y.", (x, y) => integerRemainder(checkIntegerCoerceMarker(x), checkIntegerCoerceMarker(y), false));
defun("mod", "(x y)", "Return X modulo Y.", (x0, y0) => {
  const x = checkNumberCoerceMarker(x0), y = checkNumberCoerceMarker(y0);
  if (x instanceof LFloat || y instanceof LFloat) return mkFloat(fmodFloat(toDouble(x), toDouble(y)));
  return integerRemainder(x, y, true);
});
function minmax(args, cmp) {
  let accum = checkNumberCoerceMarker(args[0]);
  for (let i = 1; i < args.length; i++) {
    const val = checkNumberCoerceMarker(args[i]);
    if (arithCompare(val, accum, cmp)) accum = val;
    else if (val instanceof LFloat && val.n !== val.n) return val;
  }
  return accum;
}
defun(
  "max",
  "(number-or-marker &rest numbers-or-markers)",
  "Return largest of all the arguments (which must be numbers or markers).",
  (...args) => minmax(args, 4 /* Gt */)
);
defun(
  "min",
  "(number-or-marker &rest numbers-or-markers)",
  "Return smallest of all the arguments (which must be numbers or markers).",
  (...args) => minmax(args, 2 /* Lt */)
);
function logDriver(op, identity2, args) {
  if (args.length === 0) return identity2;
  const a = checkIntegerCoerceMarker(args[0]);
  return args.length === 1 ? a : arithDriver(op, args, a);
}
defun("logand", "(&rest ints-or-markers)", "Return bitwise-and of all the arguments.", (...args) => logDriver(4 /* And */, -1, args));
defun("logior", "(&rest ints-or-markers)", "Return bitwise-or of all the arguments.", (...args) => logDriver(5 /* Ior */, 0, args));
defun("logxor", "(&rest ints-or-markers)", "Return bitwise-exclusive-or of all the arguments.", (...args) => logDriver(6 /* Xor */, 0, args));
function checkInteger(x) {
  if (typeof x === "number" || typeof x === "bigint") return x;
  return wrongType(Qintegerp, x);
}
function popcount32(v) {
  v = v - (v >>> 1 & 1431655765);
  v = (v & 858993459) + (v >>> 2 & 858993459);
  return (v + (v >>> 4) & 252645135) * 16843009 >>> 24;
}
defun("logcount", "(value)", "Return population count of VALUE.", (value) => {
  const v = checkInteger(value);
  if (typeof v === "number") {
    const n2 = v < 0 ? -1 - v : v;
    return popcount32(n2 % 4294967296) + popcount32(Math.floor(n2 / 4294967296));
  }
  const n = v < 0n ? ~v : v;
  let count = 0;
  for (const c of n.toString(16)) count += popcount32(parseInt(c, 16));
  return count;
});
function ash(value, count) {
  if (!isFixnumRange(count)) {
    if (value === 0) return 0;
    if (count < 0) return value < 0 ? -1 : 0;
    return overflowError();
  }
  if (count === 0 || count === 0n) return value;
  if (count < 0) {
    const shift = -Number(count);
    if (typeof value === "number") {
      if (shift >= 64) return value < 0 ? -1 : 0;
      return Math.floor(value / 2 ** shift) + 0;
    }
    if (shift > bitLength(value)) return value < 0n ? -1 : 0;
    return makeInteger(value >> BigInt(shift));
  }
  const c = Number(count);
  if (value === 0) {
    return c / 64 > 2147483646 ? overflowError() : 0;
  }
  if (typeof value === "number" && c < 53) {
    const r = value * 2 ** c;
    if (r <= MAXS2 && r >= -MAXS2) return r;
  }
  if (bitLength(value) + c > state().limitBits) return overflowError();
  return bigOp(() => BigInt(value) << BigInt(c));
}
defun("ash", "(value count)", "Return VALUE with its bits shifted left by COUNT.", (value, count) => ash(checkInteger(value), checkInteger(count)));
defun("lsh", "(value count)", "Return VALUE with its bits shifted left by COUNT.", (value, count) => {
  let v = checkInteger(value), c = checkInteger(count);
  if (v < 0 && c < 0) {
    if (v < MOST_NEGATIVE_FIXNUM) return argsOutOfRange(value, count);
    v = intOp(4 /* And */, ash(v, -1), MOST_POSITIVE_FIXNUM);
    c = typeof c === "number" ? c + 1 : makeInteger(c + 1n);
  }
  return ash(v, c);
});
defun("1+", "(number)", "Return NUMBER plus one.  NUMBER may be a number or a marker.", arithAdd1);
defun("1-", "(number)", "Return NUMBER minus one.  NUMBER may be a number or a marker.", arithSub1);
defun("lognot", "(number)", "Return the bitwise complement of NUMBER.  NUMBER must be an integer.", (number) => {
  const v = checkInteger(number);
  if (typeof v === "number") return intFromNumber(-v - 1);
  return makeInteger(~v);
});
defun("byteorder", "()", "Return the byteorder for the machine.", () => {
  const probe = new Uint8Array(new Uint32Array([67305985]).buffer);
  return probe[0] === 1 ? 108 : 66;
});
function expInteger(x, y) {
  if (x === 1) return x;
  if (x === 0) return y === 0 ? 1 : 0;
  if (x === -1) return (typeof y === "number" ? y % 2 !== 0 : (y & 1n) !== 0n) ? -1 : 1;
  if (typeof y === "bigint") return overflowError();
  if (typeof x === "number") {
    let result = 1, base = x, e = y;
    for (; ; ) {
      if (e & 1) {
        result *= base;
        if (Math.abs(result) > MAXS2) break;
      }
      e = Math.floor(e / 2);
      if (e === 0) return result;
      base *= base;
      if (Math.abs(base) > MAXS2) break;
    }
  }
  const lowBits = (bitLength(x) - 1) * y + 1;
  if (lowBits > state().limitBits) return overflowError();
  return bigOp(() => BigInt(x) ** BigInt(y));
}
function numberToJs(n) {
  if (n instanceof LFloat) return floatToString(n.n, findSymbolValue(Vfloat_output_format));
  return String(n);
}
defun("number-to-string", "(number)", "Return the decimal representation of NUMBER as a string.", (number) => {
  if (typeof number === "number" || typeof number === "bigint" || number instanceof LFloat) {
    return new LString(numberToJs(number), false);
  }
  return wrongType(Qnumberp, number);
});
defun(
  "string-to-number",
  "(string &optional base)",
  "Parse STRING as a decimal number and return the number.",
  (string, base) => {
    if (!(string instanceof LString)) return wrongType(Qstringp, string);
    let b = 10;
    if (base !== NIL) {
      if (typeof base !== "number") return wrongType(Qfixnump, base);
      if (!(base >= 2 && base <= 16)) return xsignal(Qargs_out_of_range, base);
      b = base;
    }
    const s = string.s;
    let i = 0;
    while (i < s.length && (s.charCodeAt(i) === 32 || s.charCodeAt(i) === 9)) i++;
    const v = stringToNumber(i === 0 ? s : s.slice(i), b).value;
    return v === void 0 ? 0 : v;
  }
);
defvar("most-positive-fixnum", MOST_POSITIVE_FIXNUM, "The largest value that is representable in a Lisp fixnum.", { constant: true });
defvar("most-negative-fixnum", MOST_NEGATIVE_FIXNUM, "The smallest value that is representable in a Lisp fixnum.", { constant: true });
defvar("integer-width", 65536, "Maximum number N of bits in safely-calculated integers.\nIntegers with absolute values less than 2**N do not signal a range error.\nN should be nonnegative.", {
  forward: () => ({
    get: () => state().integerWidth,
    set: (v) => {
      if (typeof v === "bigint") {
        if (v > 0x7fffffffffffffffn || v < -0x8000000000000000n) return overflowError();
        setWidth(state(), Number(v));
      } else if (typeof v === "number") setWidth(state(), v);
      else wrongType(Qintegerp, v);
    }
  })
});

// src/fns/common.ts
var Qplistp = defsym("plistp");
var Qlist_or_vector_p = defsym("list-or-vector-p");
var Qbuffer_or_string_p = defsym("buffer-or-string-p");
var textPropHooks = {};
function circularList(x) {
  return xsignal(Qcircular_list, x);
}
function signalError(msg, arg) {
  return xsignalData(Qerror, new Cons(LString.fromJs(msg), isProperList(arg) ? arg : list(arg)));
}
function isProperList(x) {
  let tail = x, tortoise = x, n = 2, lam = 0;
  while (tail instanceof Cons) {
    tail = tail.cdr;
    if (++lam === n) {
      tortoise = tail;
      n *= 2;
      lam = 0;
    } else if (tail === tortoise) return false;
  }
  return tail === NIL;
}
function listLength(l) {
  let tail = l, tortoise = l, n = 2, lam = 0, len = 0;
  while (tail instanceof Cons) {
    len++;
    tail = tail.cdr;
    if (++lam === n) {
      tortoise = tail;
      n *= 2;
      lam = 0;
    } else if (tail === tortoise) circularList(tail);
  }
  if (tail !== NIL) wrongType(Qlistp, tail);
  return len;
}
function charBytes(c) {
  if (c < 128) return 1;
  if (c < 2048) return 2;
  if (c < 65536) return 3;
  if (c < 2097152) return 4;
  if (c >= BYTE8_FIRST) return 2;
  return 5;
}
var NON_ASCII = /[^\x00-\x7f]/;
function isAscii(s) {
  return !NON_ASCII.test(s);
}
function stringBytes(s) {
  const js = s.s;
  if (!s.multibyte) return js.length;
  let n = 0;
  for (let i = 0; i < js.length; i++) {
    const u = js.charCodeAt(i);
    if (u < 128) n++;
    else if (u < 2048) n += 2;
    else if (u < 55296 || u > 57343) n += 3;
    else {
      const c = jsCharAt(js, i);
      n += charBytes(c);
      i++;
    }
  }
  return n;
}
function pushCharBytes(out, c) {
  if (c < 128) out.push(c);
  else if (c < 2048) out.push(192 | c >> 6, 128 | c & 63);
  else if (c < 65536) out.push(224 | c >> 12, 128 | c >> 6 & 63, 128 | c & 63);
  else if (c < 2097152) out.push(240 | c >> 18, 128 | c >> 12 & 63, 128 | c >> 6 & 63, 128 | c & 63);
  else if (c >= BYTE8_FIRST) {
    const b = c - 4194048;
    out.push(192 | b >> 6 & 1, 128 | b & 63);
  } else out.push(248, 128 | c >> 18 & 63, 128 | c >> 12 & 63, 128 | c >> 6 & 63, 128 | c & 63);
}
function stringData(s) {
  const js = s.s;
  if (!s.multibyte) {
    const out2 = new Uint8Array(js.length);
    for (let i = 0; i < js.length; i++) out2[i] = js.charCodeAt(i);
    return out2;
  }
  const out = [];
  for (let i = 0; i < js.length; i++) {
    const c = jsCharAt(js, i);
    if (c >= 65536) i++;
    pushCharBytes(out, c);
  }
  return Uint8Array.from(out);
}
function unibyteFromBytes(bytes, from = 0, to = bytes.length) {
  let s = "";
  const CHUNK = 8192;
  for (let i = from; i < to; i += CHUNK) {
    s += String.fromCharCode.apply(null, Array.prototype.slice.call(bytes, i, Math.min(to, i + CHUNK)));
  }
  return new LString(s, false);
}
function multibyteFromBytes(b) {
  let s = "";
  const n = b.length;
  for (let i = 0; i < n; ) {
    const c0 = b[i];
    let c = -1, len = 1;
    if (c0 < 128) {
      c = c0;
    } else if (c0 >= 194 && c0 < 224 && i + 1 < n && (b[i + 1] & 192) === 128) {
      len = 2;
      c = (c0 & 31) << 6 | b[i + 1] & 63;
    } else if (c0 >= 224 && c0 < 240 && i + 2 < n && (b[i + 1] & 192) === 128 && (b[i + 2] & 192) === 128) {
      const v = (c0 & 15) << 12 | (b[i + 1] & 63) << 6 | b[i + 2] & 63;
      if (v >= 2048) {
        c = v;
        len = 3;
      }
    } else if (c0 >= 240 && c0 < 248 && i + 3 < n && (b[i + 1] & 192) === 128 && (b[i + 2] & 192) === 128 && (b[i + 3] & 192) === 128) {
      const v = (c0 & 7) << 18 | (b[i + 1] & 63) << 12 | (b[i + 2] & 63) << 6 | b[i + 3] & 63;
      if (v >= 65536) {
        c = v;
        len = 4;
      }
    } else if (c0 === 248 && i + 4 < n && (b[i + 1] & 192) === 128 && (b[i + 2] & 192) === 128 && (b[i + 3] & 192) === 128 && (b[i + 4] & 192) === 128) {
      const v = (b[i + 1] & 63) * 262144 + ((b[i + 2] & 63) << 12 | (b[i + 3] & 63) << 6 | b[i + 4] & 63);
      if (v >= 2097152 && v < BYTE8_FIRST) {
        c = v;
        len = 5;
      }
    }
    if (c < 0) {
      c = 4194048 + c0;
      len = 1;
    }
    s += charToJs(c);
    i += len;
  }
  return new LString(s, true);
}
function validateSubarray(array, from, to, size) {
  let f, t;
  if (typeof from === "number") {
    f = from;
    if (f < 0) f += size;
  } else if (from === NIL) f = 0;
  else if (isFixnumBig(from)) f = Number(from) < 0 ? -1 : size + 1;
  else return wrongType(Qintegerp, from);
  if (typeof to === "number") {
    t = to;
    if (t < 0) t += size;
  } else if (to === NIL) t = size;
  else if (isFixnumBig(to)) t = Number(to) < 0 ? -1 : size + 1;
  else return wrongType(Qintegerp, to);
  if (!(0 <= f && f <= t && t <= size)) argsOutOfRange(array, from, to);
  return [f, t];
}
function isFixnumBig(x) {
  return typeof x === "bigint" && x >= MOST_NEGATIVE_FIXNUM && x <= MOST_POSITIVE_FIXNUM;
}
function fixnumArg(x, pred) {
  if (typeof x === "number") return x;
  if (isFixnumBig(x)) return Number(x);
  return wrongType(pred, x);
}

// src/fns/equal.ts
var f642 = new Float64Array(1);
var u322 = new Uint32Array(f642.buffer);
function sameFloat(x, y) {
  if (x === y) return x !== 0 || Object.is(x, y);
  if (x === x || y === y) return false;
  f642[0] = x;
  const lo = u322[0], hi = u322[1];
  f642[0] = y;
  return lo === u322[0] && hi === u322[1];
}
function floatKey(x) {
  if (x !== 0 && x === x) return x;
  f642[0] = x;
  return `${u322[1]}:${u322[0]}`;
}
function eql(a, b) {
  if (a === b) return true;
  if (a instanceof LFloat) return b instanceof LFloat && sameFloat(a.n, b.n);
  return false;
}
var equalHooks = /* @__PURE__ */ new Map();
function isStructural(obj) {
  return obj instanceof Cons || Array.isArray(obj) || obj instanceof LRecord || obj instanceof ByteCode || obj instanceof BoolVector || obj instanceof CharTable || obj instanceof SubCharTable || obj instanceof Vectorlike && equalHooks.has(obj.constructor);
}
function stringsEqual(a, b, props) {
  if (a.s !== b.s) return false;
  if (a.multibyte !== b.multibyte && !isAscii(a.s)) return false;
  if (!props) return true;
  if (a.intervals === null && b.intervals === null) return true;
  const f = textPropHooks.equal;
  return f ? f(a, b) : false;
}
function equal(a, b) {
  if (a === b) return true;
  if (typeof a !== "object" || a instanceof LSymbol) return false;
  if (a instanceof LString) return b instanceof LString && stringsEqual(a, b, false);
  return internalEqual(a, b, false, 0, null);
}
function equalIncludingProperties(a, b) {
  if (a === b) return true;
  return internalEqual(a, b, true, 0, null);
}
function internalEqual(o1, o2, props, depth, seen) {
  for (; ; ) {
    if (depth > 10) {
      if (depth > 200) error("Stack overflow in equal");
      if (o1 instanceof Cons || typeof o1 === "object" && (Array.isArray(o1) || o1 instanceof Vectorlike)) {
        seen ??= /* @__PURE__ */ new Map();
        const prev = seen.get(o1);
        if (prev !== void 0) {
          if (prev.includes(o2)) return true;
          prev.push(o2);
        } else seen.set(o1, [o2]);
      }
    }
    if (o1 === o2) return true;
    if (o1 instanceof Cons) {
      if (!(o2 instanceof Cons)) return false;
      let t1 = o1, t2 = o2;
      let tortoise = o1, n = 2, lam = 0;
      while (t1 instanceof Cons) {
        if (!(t2 instanceof Cons)) return false;
        if (depth >= 200) error("Stack overflow in equal");
        const a = t1.car, b = t2.car;
        if (a !== b) {
          if (typeof a === "number" || a instanceof LSymbol) return false;
          if (!internalEqual(a, b, props, depth + 1, seen)) return false;
        }
        t2 = t2.cdr;
        if (t1.cdr === t2) return true;
        t1 = t1.cdr;
        if (++lam === n) {
          tortoise = t1;
          n *= 2;
          lam = 0;
        } else if (t1 === tortoise) circularList(t1);
      }
      o1 = t1;
      o2 = t2;
      depth++;
      continue;
    }
    if (o1 instanceof LString) return o2 instanceof LString && stringsEqual(o1, o2, props);
    if (o1 instanceof LFloat) return o2 instanceof LFloat && sameFloat(o1.n, o2.n);
    if (Array.isArray(o1)) return Array.isArray(o2) && slotsEqual(o1, o2, props, depth, seen);
    if (o1 instanceof Vectorlike) {
      if (!(o2 instanceof Vectorlike) || o1.constructor !== o2.constructor) return false;
      if (o1 instanceof LRecord) return slotsEqual(o1.slots, o2.slots, props, depth, seen);
      if (o1 instanceof ByteCode) return slotsEqual(o1.slots, o2.slots, props, depth, seen);
      if (o1 instanceof BoolVector) return boolVectorsEqual(o1, o2);
      if (o1 instanceof CharTable) return slotsEqual(charTableSlots(o1), charTableSlots(o2), props, depth, seen);
      if (o1 instanceof SubCharTable) {
        return slotsEqual(subCharTableSlots(o1), subCharTableSlots(o2), props, depth, seen);
      }
      const hook = equalHooks.get(o1.constructor);
      if (hook) return hook.equal(o1, o2, (x, y) => x === y || internalEqual(x, y, props, depth + 1, seen));
      return false;
    }
    return false;
  }
}
function slotsEqual(a, b, props, depth, seen) {
  const n = a.length;
  if (b.length !== n) return false;
  if (n > 0 && depth >= 200) error("Stack overflow in equal");
  for (let i = 0; i < n; i++) {
    const x = a[i], y = b[i];
    if (x !== y && !internalEqual(x, y, props, depth + 1, seen)) return false;
  }
  return true;
}
function boolVectorsEqual(a, b) {
  const x = a.bits, y = b.bits;
  if (x.length !== y.length) return false;
  for (let i = 0; i < x.length; i++) if (x[i] !== 0 !== (y[i] !== 0)) return false;
  return true;
}
var SXHASH_MAX_DEPTH = 3;
var SXHASH_MAX_LEN = 7;
var combine = (x, y) => (x << 4) + (x >>> 28) + y | 0;
var reduce2 = (x) => (x ^ x >>> 30) & 1073741823;
function hashString(s) {
  const n = s.length;
  let h = n;
  if (n <= 64) {
    for (let i = 0; i < n; i++) h = combine(h, s.charCodeAt(i));
  } else {
    const step = 1 + (n >> 6);
    for (let i = 0; i < n; i += step) h = combine(h, s.charCodeAt(i));
    h = combine(h, s.charCodeAt(n - 1));
  }
  return h;
}
function hashNumber(n) {
  if ((n | 0) === n) return n;
  return combine(Math.floor(n / 4294967296) | 0, n >>> 0);
}
function hashBigint(b) {
  let h = b < 0n ? 1 : 0;
  let v = b < 0n ? -b : b;
  while (v > 0n) {
    h = combine(h, Number(v & 0xffffffffn));
    v >>= 32n;
  }
  return h;
}
function hashFloat(x) {
  f642[0] = x;
  return combine(u322[1], u322[0]);
}
var identity = /* @__PURE__ */ new WeakMap();
var nextIdentity = 625341585;
function identityHash(o) {
  let h = identity.get(o);
  if (h === void 0) {
    nextIdentity = Math.imul(nextIdentity, 2654435761) + 2135587861 | 0;
    h = nextIdentity & 1073741823;
    identity.set(o, h);
  }
  return h;
}
function sxhashObj(obj, depth) {
  if (depth > SXHASH_MAX_DEPTH) return 0;
  if (typeof obj === "number") return reduce2(hashNumber(obj));
  if (obj instanceof LSymbol) return reduce2(hashString(obj.name));
  if (obj instanceof LString) return reduce2(hashString(obj.s));
  if (obj instanceof Cons) return sxhashList(obj, depth);
  if (obj instanceof LFloat) return reduce2(hashFloat(obj.n));
  if (typeof obj === "bigint") return reduce2(hashBigint(obj));
  if (Array.isArray(obj)) return sxhashSlots(obj, depth);
  if (obj instanceof LRecord || obj instanceof ByteCode) return sxhashSlots(obj.slots, depth);
  if (obj instanceof BoolVector) {
    let h = obj.bits.length;
    for (let i = 0; i < obj.bits.length && i < 64 * SXHASH_MAX_LEN; i++) h = combine(h, obj.bits[i] ? 1 : 0);
    return reduce2(h);
  }
  if (obj instanceof CharTable) return sxhashSlots(charTableSlots(obj), depth);
  if (obj instanceof SubCharTable) return 42;
  const hook = equalHooks.get(obj.constructor);
  if (hook) return reduce2(hook.hash(obj, (x) => sxhashObj(x, depth + 1)));
  return identityHash(obj);
}
function sxhashList(list2, depth) {
  let h = 0;
  if (depth < SXHASH_MAX_DEPTH) {
    for (let i = 0; list2 instanceof Cons && i < SXHASH_MAX_LEN; list2 = list2.cdr, i++) {
      h = combine(h, sxhashObj(list2.car, depth + 1));
    }
  }
  if (list2 !== NIL) h = combine(h, sxhashObj(list2, depth + 1));
  return reduce2(h);
}
function sxhashSlots(v, depth) {
  let h = v.length;
  const n = Math.min(SXHASH_MAX_LEN, v.length);
  for (let i = 0; i < n; i++) h = combine(h, sxhashObj(v[i], depth + 1));
  return reduce2(h);
}
function sxhashEqual(obj) {
  return sxhashObj(obj, 0);
}
function sxhashEq(obj) {
  if (typeof obj === "number") return reduce2(hashNumber(obj));
  if (typeof obj === "bigint") return reduce2(hashBigint(obj));
  return identityHash(obj);
}
function sxhashEql(obj) {
  return obj instanceof LFloat ? reduce2(hashFloat(obj.n)) : sxhashEq(obj);
}
var Feql = defun(
  "eql",
  "(obj1 obj2)",
  `Return t if the two args are \`eq' or are indistinguishable numbers.
Integers with the same value are \`eql'.
Floating-point values with the same sign, exponent and fraction are \`eql'.
This differs from numeric comparison: (eql 0.0 -0.0) returns nil and
(eql 0.0e+NaN 0.0e+NaN) returns t, whereas \`=' does the opposite.`,
  (a, b) => eql(a, b) ? T : NIL
);
var Fequal = defun(
  "equal",
  "(o1 o2)",
  `Return t if two Lisp objects have similar structure and contents.
They must have the same data type.
Conses are compared by comparing the cars and the cdrs.
Vectors and strings are compared element by element.
Numbers are compared via \`eql', so integers do not equal floats.
(Use \`=' if you want integers and floats to be able to be equal.)
Symbols must match exactly.`,
  (a, b) => equal(a, b) ? T : NIL
);
defun(
  "equal-including-properties",
  "(o1 o2)",
  `Return t if two Lisp objects have similar structure and contents.
This is like \`equal' except that it compares the text properties
of strings.  (\`equal' ignores text properties.)`,
  (a, b) => equalIncludingProperties(a, b) ? T : NIL
);
defun("sxhash-eq", "(obj)", `Return an integer hash code for OBJ suitable for \`eq'.
If (eq A B), then (= (sxhash-eq A) (sxhash-eq B)).

Hash codes are not guaranteed to be preserved across Emacs sessions.`, (o) => sxhashEq(o));
defun("sxhash-eql", "(obj)", `Return an integer hash code for OBJ suitable for \`eql'.
If (eql A B), then (= (sxhash-eql A) (sxhash-eql B)).

Hash codes are not guaranteed to be preserved across Emacs sessions.`, (o) => sxhashEql(o));
defun("sxhash-equal", "(obj)", `Return an integer hash code for OBJ suitable for \`equal'.
If (equal A B), then (= (sxhash-equal A) (sxhash-equal B)).

Hash codes are not guaranteed to be preserved across Emacs sessions.`, (o) => sxhashEqual(o));
defun("sxhash-equal-including-properties", "(obj)", `Return an integer hash code for OBJ suitable for
\`equal-including-properties'.
If (sxhash-equal-including-properties A B), then
(= (sxhash-equal-including-properties A) (sxhash-equal-including-properties B)).

Hash codes are not guaranteed to be preserved across Emacs sessions.`, (o) => {
  const f = textPropHooks.intervals;
  if (o instanceof LString && o.intervals !== null && f) return reduce2(combine(sxhashEqual(o), sxhashEqual(f(o))));
  return sxhashEqual(o);
});

// src/data/symbols.ts
var Qautoload = defsym("autoload");
var Qdefun = defsym("defun");
var Qdefalias_fset_function = defsym("defalias-fset-function");
var Qfunction_documentation2 = defsym("function-documentation");
var Qvariable_documentation = defsym("variable-documentation");
var Qwatchers = defsym("watchers");
var Qtrapping_constant = defsym("trapping-constant");
var Qbufferp = defsym("bufferp");
var Qdefvaralias = defsym("defvaralias");
var Qlosing_value = defsym("losing-value");
function checkSymbol2(x) {
  if (x instanceof LSymbol) return x;
  return wrongType(Qsymbolp, x);
}
function symbolGet2(sym2, prop) {
  for (let p = sym2.plist; p instanceof Cons && p.cdr instanceof Cons; p = p.cdr.cdr) if (p.car === prop) return p.cdr.car;
  return NIL;
}
function symbolPut(sym2, prop, val) {
  let last;
  for (let p = sym2.plist; p instanceof Cons && p.cdr instanceof Cons; p = p.cdr.cdr) {
    if (p.car === prop) {
      p.cdr.car = val;
      return;
    }
    last = p.cdr;
  }
  const cell = new Cons(prop, new Cons(val, NIL));
  if (last) last.cdr = cell;
  else sym2.plist = cell;
}
function loadhistAttach(x) {
  const sym2 = E.internSoft("current-load-list");
  if (sym2 === void 0) return;
  const cur = findSymbolValue(sym2);
  if (cur === UNBOUND) return;
  setInternal(sym2, new Cons(x, cur));
}
defun(
  "symbol-function",
  "(symbol)",
  "Return SYMBOL's function definition, or nil if that is void.",
  (symbol) => checkSymbol2(symbol).f
);
defun("symbol-plist", "(symbol)", "Return SYMBOL's property list.", (symbol) => checkSymbol2(symbol).plist);
defun("symbol-name", "(symbol)", "Return SYMBOL's name, a string.", (symbol) => checkSymbol2(symbol).nameString);
defun(
  "fboundp",
  "(symbol)",
  "Return t if SYMBOL's function definition is not void.",
  (symbol) => checkSymbol2(symbol).f === NIL ? NIL : T
);
defun(
  "setplist",
  "(symbol newplist)",
  "Set SYMBOL's property list to NEWPLIST, and return NEWPLIST.",
  (symbol, newplist) => {
    checkSymbol2(symbol).plist = newplist;
    return newplist;
  }
);
function fset(symbol, definition) {
  const sym2 = checkSymbol2(symbol);
  if (sym2 === NIL && definition !== NIL) xsignal(Qsetting_constant, sym2);
  const old = sym2.f;
  const queue = E.ext.autoloadQueue;
  if (queue !== void 0 && queue !== NIL && old !== NIL) E.ext.autoloadQueue = new Cons(new Cons(sym2, old), queue);
  if (old instanceof Cons && old.car === Qautoload) symbolPut(sym2, Qautoload, old.cdr);
  sym2.setFunction(definition);
  return definition;
}
defun("fset", "(symbol definition)", "Set SYMBOL's function definition to DEFINITION, and return DEFINITION.", fset);
defun("fmakunbound", "(symbol)", "Make SYMBOL's function definition be void.", (symbol) => {
  const sym2 = checkSymbol2(symbol);
  if (sym2 === NIL || sym2 === T) xsignal(Qsetting_constant, sym2);
  sym2.setFunction(NIL);
  return sym2;
});
defun(
  "defalias",
  "(symbol definition &optional docstring)",
  "Set SYMBOL's function definition to DEFINITION.",
  (symbol, definition, docstring) => {
    const sym2 = checkSymbol2(symbol);
    const autoload = definition instanceof Cons && definition.car === Qautoload;
    if (sym2.f instanceof Cons && sym2.f.car === Qautoload) loadhistAttach(new Cons(T, sym2));
    loadhistAttach(new Cons(autoload ? Qautoload : Qdefun, sym2));
    const hook = symbolGet2(sym2, Qdefalias_fset_function);
    if (hook !== NIL) funcall(hook, sym2, definition);
    else fset(sym2, definition);
    if (docstring !== NIL) symbolPut(sym2, Qfunction_documentation2, docstring);
    return sym2;
  }
);
function indirectFunction(object) {
  let hare = object, tortoise = object;
  for (; ; ) {
    if (!(hare instanceof LSymbol) || hare === NIL) break;
    hare = hare.f;
    if (!(hare instanceof LSymbol) || hare === NIL) break;
    hare = hare.f;
    tortoise = tortoise.f;
    if (hare === tortoise) xsignal(defsym("cyclic-function-indirection"), object);
  }
  return hare;
}
defun(
  "indirect-function",
  "(object &optional noerror)",
  "Return the function at the end of OBJECT's function chain.",
  (object) => {
    if (!(object instanceof LSymbol) || object === NIL) return object;
    const f = object.f;
    return f instanceof LSymbol ? indirectFunction(f) : f;
  }
);
function boundp(sym2) {
  const s = indirectVariable(sym2);
  if (s.r === 3 /* Forwarded */) return true;
  return findSymbolValue(s) !== UNBOUND;
}
defun("boundp", "(symbol)", "Return t if SYMBOL's value is not void.", (symbol) => boundp(checkSymbol2(symbol)) ? T : NIL);
defun("makunbound", "(symbol)", "Empty out the value cell of SYMBOL, making it void as a variable.", (symbol) => {
  const sym2 = checkSymbol2(symbol);
  if (sym2.trapped === 1 /* NoWrite */) xsignal(Qsetting_constant, sym2);
  setInternal(sym2, UNBOUND);
  return sym2;
});
defun("symbol-value", "(symbol)", "Return SYMBOL's value.  Error if that is void.", (symbol) => symbolValue(checkSymbol2(symbol)));
defun("set", "(symbol newval)", "Set SYMBOL's value to NEWVAL, and return NEWVAL.", (symbol, newval) => {
  setInternal(checkSymbol2(symbol), newval);
  return newval;
});
defun(
  "default-boundp",
  "(symbol)",
  "Return t if SYMBOL has a non-void default value.",
  (symbol) => defaultValue(checkSymbol2(symbol)) === UNBOUND ? NIL : T
);
defun("default-value", "(symbol)", "Return SYMBOL's default value.", (symbol) => {
  const sym2 = checkSymbol2(symbol);
  const v = defaultValue(sym2);
  if (v === UNBOUND) xsignal(Qvoid_variable, sym2);
  return v;
});
function setDefaultValue(sym2, value) {
  if (sym2.trapped === 1 /* NoWrite */) {
    if (isKeyword(sym2) && value === symbolValue(sym2)) return value;
    xsignal(Qsetting_constant, sym2);
  }
  setDefault(indirectVariable(sym2), value);
  return value;
}
defun("set-default", "(symbol value)", "Set SYMBOL's default value to VALUE.", (symbol, value) => setDefaultValue(checkSymbol2(symbol), value));
function currentBufferObject() {
  const b = E.currentBuffer;
  return b instanceof Vectorlike ? b : NIL;
}
function decodeBuffer(buffer) {
  if (buffer === NIL) return E.currentBuffer;
  if (buffer instanceof Vectorlike && buffer.lispType === "buffer") return buffer;
  return wrongType(Qbufferp, buffer);
}
function forwardLocalIn(fwd, buf) {
  const f = fwd.localIn;
  return f !== void 0 ? f(buf) : false;
}
defun("make-variable-buffer-local", "(variable)", "Make VARIABLE become buffer-local whenever it is set.", (variable) => {
  const sym2 = indirectVariable(checkSymbol2(variable));
  if (sym2.r === 3 /* Forwarded */) {
    if (sym2.x.perBuffer) return variable;
    error(`Symbol ${sym2.name} may not be buffer-local`);
  }
  if (sym2.trapped === 1 /* NoWrite */) xsignal(Qsetting_constant, variable);
  if (sym2.r === 0 /* Plain */ && sym2.v === UNBOUND) sym2.v = NIL;
  localize(sym2, true);
  return variable;
}, { interactive: "vMake Variable Buffer Local: " });
defun("make-local-variable", "(variable)", "Make VARIABLE have a separate value in the current buffer.", (variable) => {
  const sym2 = indirectVariable(checkSymbol2(variable));
  if (sym2.trapped === 1 /* NoWrite */) xsignal(Qsetting_constant, variable);
  const forwardedLocal = sym2.r === 3 /* Forwarded */ && sym2.x.perBuffer === true;
  if (forwardedLocal || sym2.r === 2 /* Localized */ && sym2.x.localIfSet) {
    setInternal(variable, boundp(sym2) ? symbolValue(sym2) : UNBOUND);
    return variable;
  }
  if (sym2.r === 3 /* Forwarded */) error(`Symbol ${sym2.name} may not be buffer-local`);
  const blv = localize(sym2, false);
  const locals = E.currentBuffer.locals;
  if (!locals.has(sym2)) locals.set(sym2, blv.defaultValue);
  return variable;
}, { interactive: "vMake Local Variable: " });
defun("kill-local-variable", "(variable)", "Make VARIABLE no longer have a separate value in the current buffer.", (variable) => {
  const sym2 = indirectVariable(checkSymbol2(variable));
  if (sym2.r !== 2 /* Localized */) return variable;
  if (sym2.trapped === 2 /* Watched */) notifyVariableWatchers(sym2, NIL, "makunbound", currentBufferObject());
  E.currentBuffer.locals.delete(sym2);
  return variable;
}, { interactive: "vKill Local Variable: " });
function localVariableP(variable, buf) {
  const sym2 = indirectVariable(variable);
  if (sym2.r === 2 /* Localized */) return buf.locals.has(sym2);
  if (sym2.r === 3 /* Forwarded */ && sym2.x.perBuffer) return forwardLocalIn(sym2.x, buf);
  return false;
}
defun(
  "local-variable-p",
  "(variable &optional buffer)",
  "Non-nil if VARIABLE has a local binding in buffer BUFFER.",
  (variable, buffer) => {
    const buf = decodeBuffer(buffer);
    return localVariableP(checkSymbol2(variable), buf) ? T : NIL;
  }
);
function localVariableIfSetP(variable, buf) {
  const sym2 = indirectVariable(variable);
  if (sym2.r === 2 /* Localized */) return sym2.x.localIfSet || buf.locals.has(sym2);
  if (sym2.r === 3 /* Forwarded */) return sym2.x.perBuffer === true;
  return false;
}
defun(
  "local-variable-if-set-p",
  "(variable &optional buffer)",
  "Non-nil if VARIABLE is local in buffer BUFFER when set there.",
  (variable, buffer) => {
    const sym2 = checkSymbol2(variable);
    return localVariableIfSetP(sym2, decodeBuffer(buffer)) ? T : NIL;
  }
);
defun(
  "variable-binding-locus",
  "(variable)",
  "Return a value indicating where VARIABLE's current binding comes from.",
  (variable) => localVariableP(checkSymbol2(variable), E.currentBuffer) ? currentBufferObject() : NIL
);
function bufferLocalValue(variable, buffer) {
  const sym2 = indirectVariable(checkSymbol2(variable));
  if (!(buffer instanceof Vectorlike && buffer.lispType === "buffer")) return wrongType(Qbufferp, buffer);
  const buf = buffer;
  switch (sym2.r) {
    case 2 /* Localized */: {
      const v = buf.locals.get(sym2);
      return v !== void 0 ? v : sym2.x.defaultValue;
    }
    case 3 /* Forwarded */: {
      const prev = E.currentBuffer;
      E.currentBuffer = buf;
      try {
        return sym2.x.get();
      } finally {
        E.currentBuffer = prev;
      }
    }
    default:
      return sym2.v;
  }
}
defun("buffer-local-value", "(variable buffer)", "Return the value of VARIABLE in BUFFER.", (variable, buffer) => {
  const v = bufferLocalValue(variable, buffer);
  if (v === UNBOUND) xsignal(Qvoid_variable, variable);
  return v;
});
defun(
  "indirect-variable",
  "(object)",
  "Return the variable at the end of OBJECT's variable chain.",
  (object) => object instanceof LSymbol ? indirectVariable(object) : object
);
defun(
  "defvaralias",
  "(new-alias base-variable &optional docstring)",
  "Make NEW-ALIAS a variable alias for symbol BASE-VARIABLE.",
  (newAlias, baseVariable, docstring) => {
    const sym2 = checkSymbol2(newAlias);
    const base = checkSymbol2(baseVariable);
    if (sym2.trapped === 1 /* NoWrite */) error("Cannot make a constant an alias");
    if (sym2.r === 3 /* Forwarded */) error("Cannot make an internal variable an alias");
    if (sym2.r === 2 /* Localized */) error("Don't know how to make a localized variable an alias");
    if (!boundp(base)) {
      const v = findSymbolValue(sym2);
      const target = indirectVariable(base);
      if (target.r === 0 /* Plain */) target.v = v;
      else setInternal(target, v);
    } else if (boundp(sym2) && findSymbolValue(sym2) !== findSymbolValue(base)) {
      const dw = E.internSoft("display-warning");
      if (dw !== void 0 && dw.f !== NIL) {
        const msg = `Overwriting value of \u2018${sym2.name}\u2019 by aliasing to \u2018${base.name}\u2019`;
        funcall(dw, new Cons(Qdefvaralias, new Cons(Qlosing_value, new Cons(sym2, NIL))), LString.fromJs(msg));
      }
    }
    for (let i = 0; i < E.sp; i++) {
      if (E.spSym[i] === sym2) error("Don't know how to make a let-bound variable an alias");
    }
    if (sym2.trapped === 2 /* Watched */) notifyVariableWatchers(sym2, base, "defvaralias", NIL);
    sym2.special = true;
    base.special = true;
    sym2.r = 1 /* Alias */;
    sym2.x = base;
    sym2.trapped = base.trapped;
    loadhistAttach(sym2);
    symbolPut(sym2, Qvariable_documentation, docstring);
    return base;
  }
);
function setTrappedWrite(sym2, trap) {
  if (sym2.trapped === 1 /* NoWrite */) xsignal(Qtrapping_constant, sym2);
  sym2.trapped = trap;
}
function harmonizeAliases(base) {
  for (const s of E.obarray.values()) {
    if (s !== base && s.r === 1 /* Alias */ && indirectVariable(s) === base) setTrappedWrite(s, base.trapped);
  }
}
function notifyVariableWatchers(symbol, newval, operation, where) {
  const sym2 = indirectVariable(symbol);
  sym2.trapped = 0 /* Untrapped */;
  try {
    if (where === NIL && operation !== "set-default" && operation !== "makunbound" && localVariableIfSetP(sym2, E.currentBuffer)) {
      where = currentBufferObject();
    }
    const op = E.intern(operation === "set-default" ? "set" : operation);
    for (let w = symbolGet2(sym2, Qwatchers); w instanceof Cons; w = w.cdr) funcall(w.car, sym2, newval, op, where);
  } finally {
    sym2.trapped = 2 /* Watched */;
  }
}
setWatchHook((sym2, newval, op, where) => {
  if (sym2.r === 1 /* Alias */) return;
  if (newval === UNBOUND) notifyVariableWatchers(sym2, NIL, "makunbound", where);
  else notifyVariableWatchers(sym2, newval, op, where);
});
defun(
  "add-variable-watcher",
  "(symbol watch-function)",
  "Cause WATCH-FUNCTION to be called when SYMBOL is about to be set.",
  (symbol, watchFunction) => {
    const sym2 = checkSymbol2(symbol instanceof LSymbol ? indirectVariable(symbol) : symbol);
    setTrappedWrite(sym2, 2 /* Watched */);
    harmonizeAliases(sym2);
    const watchers = symbolGet2(sym2, Qwatchers);
    for (let w = watchers; w instanceof Cons; w = w.cdr) if (equal(w.car, watchFunction)) return NIL;
    symbolPut(sym2, Qwatchers, new Cons(watchFunction, watchers));
    return NIL;
  }
);
defun(
  "remove-variable-watcher",
  "(symbol watch-function)",
  "Undo the effect of `add-variable-watcher'.",
  (symbol, watchFunction) => {
    const sym2 = checkSymbol2(symbol instanceof LSymbol ? indirectVariable(symbol) : symbol);
    let watchers = symbolGet2(sym2, Qwatchers);
    let prev;
    for (let w = watchers; w instanceof Cons; w = w.cdr) {
      if (!equal(w.car, watchFunction)) {
        prev = w;
        continue;
      }
      if (prev) prev.cdr = w.cdr;
      else watchers = w.cdr;
    }
    if (watchers === NIL) {
      setTrappedWrite(sym2, 0 /* Untrapped */);
      harmonizeAliases(sym2);
    }
    symbolPut(sym2, Qwatchers, watchers);
    return NIL;
  }
);
defun("get-variable-watchers", "(symbol)", "Return a list of SYMBOL's active watchers.", (symbol) => {
  const sym2 = checkSymbol2(symbol);
  return sym2.trapped === 2 /* Watched */ ? symbolGet2(indirectVariable(sym2), Qwatchers) : NIL;
});

// src/data/boolvec.ts
var Qwrong_length_argument = defsym("wrong-length-argument");
function checkFixnat(x) {
  if (typeof x === "number" && x >= 0) return x;
  return wrongType(Qwholenump, x);
}
function wrongLength(a, b, c) {
  const data = c instanceof BoolVector ? list(a.size, b.size, c.size) : list(a.size, b.size);
  return xsignalData(Qwrong_length_argument, data);
}
function makeBoolVector(length2, init) {
  const bits = new Uint8Array(length2);
  if (init) bits.fill(1);
  return new BoolVector(bits);
}
defun(
  "make-bool-vector",
  "(length init)",
  "Return a new bool-vector of length LENGTH, using INIT for each element.",
  (length2, init) => makeBoolVector(checkFixnat(length2), init !== NIL)
);
defun(
  "bool-vector",
  "(&rest objects)",
  "Return a new bool-vector with length equal to the number of arguments.",
  (...objects) => {
    const bits = new Uint8Array(objects.length);
    for (let i = 0; i < objects.length; i++) bits[i] = objects[i] === NIL ? 0 : 1;
    return new BoolVector(bits);
  }
);
function binop(a0, b0, dest, op) {
  const a = checkBoolVector(a0), b = checkBoolVector(b0);
  const n = a.size;
  if (b.size !== n) wrongLength(a, b, dest);
  const x = a.bits, y = b.bits;
  if (op === 4 /* Subsetp */) {
    for (let i = 0; i < n; i++) if (x[i] && !y[i]) return NIL;
    return T;
  }
  let out;
  let fresh = false;
  let result;
  if (dest === NIL) {
    result = new BoolVector(new Uint8Array(n));
    fresh = true;
  } else {
    result = checkBoolVector(dest);
    if (result.size !== n) wrongLength(a, b, dest);
  }
  out = result.bits;
  let changed = fresh;
  for (let i = 0; i < n; i++) {
    const p = x[i] ? 1 : 0, q = y[i] ? 1 : 0;
    const v = op === 0 /* Xor */ ? p ^ q : op === 1 /* Union */ ? p | q : op === 2 /* Intersection */ ? p & q : p & (q ^ 1);
    if ((out[i] ? 1 : 0) !== v) {
      out[i] = v;
      changed = true;
    }
  }
  return changed ? result : NIL;
}
defun(
  "bool-vector-exclusive-or",
  "(a b &optional c)",
  "Return A ^ B, bitwise exclusive or.",
  (a, b, c) => binop(a, b, c, 0 /* Xor */)
);
defun(
  "bool-vector-union",
  "(a b &optional c)",
  "Return A | B, bitwise or.",
  (a, b, c) => binop(a, b, c, 1 /* Union */)
);
defun(
  "bool-vector-intersection",
  "(a b &optional c)",
  "Return A & B, bitwise and.",
  (a, b, c) => binop(a, b, c, 2 /* Intersection */)
);
defun(
  "bool-vector-set-difference",
  "(a b &optional c)",
  "Return A &~ B, set difference.",
  (a, b, c) => binop(a, b, c, 3 /* Difference */)
);
defun(
  "bool-vector-subsetp",
  "(a b)",
  "Return t if every t value in A is also t in B, nil otherwise.",
  // GNU passes B as the destination too, so a length mismatch reports three sizes.
  (a, b) => binop(a, b, b, 4 /* Subsetp */)
);
defun("bool-vector-not", "(a &optional b)", "Compute ~A, set complement.", (a0, b0) => {
  const a = checkBoolVector(a0);
  let b;
  if (b0 === NIL) b = new BoolVector(new Uint8Array(a.size));
  else {
    b = checkBoolVector(b0);
    if (b.size !== a.size) wrongLength(a, b, NIL);
  }
  for (let i = 0; i < a.size; i++) b.bits[i] = a.bits[i] ? 0 : 1;
  return b;
});
defun("bool-vector-count-population", "(a)", "Count how many elements in A are t.", (a0) => {
  const a = checkBoolVector(a0);
  let count = 0;
  for (let i = 0; i < a.bits.length; i++) if (a.bits[i]) count++;
  return count;
});
defun(
  "bool-vector-count-consecutive",
  "(a b i)",
  "Count how many consecutive elements in A equal B starting at I.",
  (a0, b, i0) => {
    const a = checkBoolVector(a0);
    const i = checkFixnat(i0);
    if (i > a.size) return argsOutOfRange(a, i0);
    const want = b !== NIL;
    let k = i;
    while (k < a.size && a.bits[k] !== 0 === want) k++;
    return k - i;
  }
);

// src/alloc.ts
import { getHeapStatistics } from "node:v8";
function counters() {
  return E.ext.alloc ??= { conses: 0, floats: 0, vectorCells: 0, symbols: 0, stringChars: 0, intervals: 0, strings: 0, gcsDone: 0, gcElapsed: 0 };
}
defun("cons", "(car cdr)", "Create a new cons, give it CAR and CDR as components, and return it.", (a, b) => {
  counters().conses++;
  return new Cons(a, b);
});
defun("list", "(&rest objects)", "Return a newly created list with specified arguments as elements.", (...xs) => {
  counters().conses += xs.length;
  let r = NIL;
  for (let i = xs.length - 1; i >= 0; i--) r = new Cons(xs[i], r);
  return r;
});
defun("make-list", "(length init)", "Return a newly created list of length LENGTH, with each element being INIT.", (len, init) => {
  const n = checkNatnum(len);
  counters().conses += n;
  let r = NIL;
  for (let i = 0; i < n; i++) r = new Cons(init, r);
  return r;
});
defun("vector", "(&rest objects)", "Return a newly created vector with specified arguments as elements.", (...xs) => {
  counters().vectorCells += xs.length;
  return xs;
});
defun("make-vector", "(length init)", "Return a newly created vector of length LENGTH, with each element being INIT.", (len, init) => {
  if (typeof len !== "number" || len < 0) return wrongType(Qwholenump, len);
  counters().vectorCells += len;
  return new Array(len).fill(init);
});
defun(
  "make-string",
  "(length init &optional multibyte)",
  "Return a newly created string of length LENGTH, with INIT in each element.",
  (len, init, multibyte) => {
    const n = checkNatnum(len);
    const c = checkCharacter(init);
    const chars = new Array(n).fill(c);
    counters().strings++;
    counters().stringChars += n;
    return stringFromChars(chars, c > 127 || multibyte !== NIL);
  }
);
defun("make-symbol", "(name)", "Return a newly allocated uninterned symbol whose name is NAME.", (name) => {
  counters().symbols++;
  return makeSymbol(checkString(name).s);
});
defun("make-record", "(type slots init)", "Create a new record.", (type, slots, init) => {
  const n = checkNatnum(slots);
  counters().vectorCells += n + 1;
  return new LRecord([type, ...new Array(n).fill(init)]);
});
defun("record", "(type &rest slots)", "Create a new record.", (type, ...slots) => {
  counters().vectorCells += slots.length + 1;
  return new LRecord([type, ...slots]);
});
defun(
  "make-byte-code",
  "(arglist byte-code constants depth &optional docstring interactive-spec &rest elements)",
  "Create a byte-code object with specified arguments as elements.",
  (...xs) => new ByteCode(xs)
);
defun(
  "make-closure",
  "(prototype &rest closure-vars)",
  "Create a byte-code closure from PROTOTYPE and CLOSURE-VARS.",
  (proto, ...vars) => {
    if (!(proto instanceof ByteCode)) return wrongType(defsym("byte-code-function-p"), proto);
    const slots = proto.slots.slice();
    const consts = Array.isArray(slots[2]) ? slots[2].slice() : [];
    vars.forEach((v, i) => {
      consts[i] = v;
    });
    slots[2] = consts;
    return new ByteCode(slots);
  }
);
defun("purecopy", "(obj)", "Make a copy of object OBJ in pure storage (a no-op: tsmacs has no pure space).", (o) => o);
var counterVar = (name, key, doc) => defvar(name, 0, doc, { forward: () => ({ get: () => counters()[key], set: () => error(`Variable ${name} is read-only`) }) });
counterVar("cons-cells-consed", "conses", "Number of cons cells that have been consed so far.");
counterVar("floats-consed", "floats", "Number of floats that have been consed so far.");
counterVar("vector-cells-consed", "vectorCells", "Number of vector cells that have been consed so far.");
counterVar("symbols-consed", "symbols", "Number of symbols that have been consed so far.");
counterVar("string-chars-consed", "stringChars", "Number of string characters that have been consed so far.");
counterVar("intervals-consed", "intervals", "Number of intervals that have been consed so far.");
counterVar("strings-consed", "strings", "Number of strings that have been consed so far.");
defvar("gcs-done", 0, "Accumulated number of garbage collections done.", {
  forward: () => ({ get: () => counters().gcsDone, set: (v) => {
    if (typeof v === "number") counters().gcsDone = v;
  } })
});
defvar("gc-elapsed", 0, "Accumulated time elapsed in garbage collections.", {
  forward: () => ({ get: () => new LFloat(counters().gcElapsed), set: () => void 0 })
});
defvar("gc-cons-threshold", 8e5, "Number of bytes of consing between garbage collections.");
defvar("gc-cons-percentage", () => new LFloat(0.1), "Portion of the heap used for allocation.");
defvar("garbage-collection-messages", NIL, "Non-nil means display messages at start and end of garbage collection.");
defvar("post-gc-hook", NIL, "Hook run after garbage collection has finished.");
defvar("memory-full", NIL, "Non-nil means Emacs cannot get much more Lisp memory.");
defun("memory-use-counts", "()", "Return a list of counters that measure how much consing there has been.", () => {
  const c = counters();
  return list(c.conses, c.floats, c.vectorCells, c.symbols, c.stringChars, c.intervals, c.strings);
});
defun("garbage-collect", "()", "Reclaim storage for Lisp objects no longer needed.", () => {
  const c = counters();
  const start = performance.now();
  const gc = globalThis.gc;
  if (gc) gc();
  c.gcElapsed += (performance.now() - start) / 1e3;
  c.gcsDone++;
  const heap = getHeapStatistics();
  const used = heap.used_heap_size;
  const free = Math.max(0, heap.total_heap_size - used);
  const syms = E.obarray.size;
  return list(
    list(defsym("conses"), 16, c.conses, 0),
    list(defsym("symbols"), 48, syms, 0),
    list(defsym("strings"), 32, c.strings, 0),
    list(defsym("string-bytes"), 1, c.stringChars),
    list(defsym("vectors"), 16, c.vectorCells),
    list(defsym("vector-slots"), 8, c.vectorCells, 0),
    list(defsym("floats"), 8, c.floats, 0),
    list(defsym("intervals"), 56, c.intervals, 0),
    list(defsym("buffers"), 992, 1),
    list(defsym("heap"), 1024, Math.floor(used / 1024), Math.floor(free / 1024))
  );
});
defun("memory-info", "()", "Return a list of (TOTAL-RAM FREE-RAM TOTAL-SWAP FREE-SWAP) in KiB.", () => {
  const os = process.memoryUsage();
  return list(Math.floor(os.rss / 1024), 0, 0, 0);
});

// src/fns/lists.ts
function carOf(x) {
  if (x instanceof Cons) return x.car;
  if (x === NIL) return NIL;
  return wrongType(Qlistp, x);
}
var PLAIN_WALK_MAX = 1 << 20;
function nthcdr(n, list2) {
  let num;
  let big2 = null;
  if (typeof n === "number") num = n;
  else if (typeof n === "bigint") {
    if (n < 0n) return list2;
    big2 = n;
    num = Number.MAX_SAFE_INTEGER;
  } else return wrongType(Qintegerp, n);
  let tail = list2;
  if (num <= PLAIN_WALK_MAX) {
    for (; num > 0; num--) {
      if (!(tail instanceof Cons)) {
        if (tail !== NIL) wrongType(Qlistp, list2);
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
    if (++lam === pw) {
      tortoise = tail;
      pw *= 2;
      lam = 0;
    } else if (tail === tortoise) {
      let cycle = 1;
      for (let t = tail.cdr; t !== tail; t = t.cdr) cycle++;
      let rest = big2 !== null ? Number((big2 - BigInt(steps)) % BigInt(cycle)) : num % cycle;
      for (; rest > 0; rest--) tail = tail.cdr;
      return tail;
    }
  }
  if (tail !== NIL) wrongType(Qlistp, list2);
  return NIL;
}
var Fnthcdr = defun("nthcdr", "(n list)", `Take cdr N times on LIST, return the result.`, nthcdr);
var Fnth = defun("nth", "(n list)", `Return the Nth element of LIST.
N counts from zero.  If LIST is not that long, nil is returned.`, (n, list2) => {
  if (typeof n === "number" && n <= PLAIN_WALK_MAX) {
    let tail = list2;
    for (; n > 0; n--) {
      if (!(tail instanceof Cons)) {
        if (tail !== NIL) wrongType(Qlistp, list2);
        return NIL;
      }
      tail = tail.cdr;
    }
    return carOf(tail);
  }
  return carOf(nthcdr(n, list2));
});
function memq(elt, list2) {
  let tail = list2, tortoise = list2, pw = 2, lam = 0;
  if (typeof elt === "object") {
    while (tail instanceof Cons) {
      const c = tail.car;
      if (typeof c === "object" && c === elt) return tail;
      tail = tail.cdr;
      if (++lam === pw) {
        tortoise = tail;
        pw *= 2;
        lam = 0;
      } else if (tail === tortoise) circularList(tail);
    }
  } else if (typeof elt === "number") {
    while (tail instanceof Cons) {
      const c = tail.car;
      if (typeof c === "number" && c === elt) return tail;
      tail = tail.cdr;
      if (++lam === pw) {
        tortoise = tail;
        pw *= 2;
        lam = 0;
      } else if (tail === tortoise) circularList(tail);
    }
  } else {
    while (tail instanceof Cons) {
      if (tail.car === elt) return tail;
      tail = tail.cdr;
      if (++lam === pw) {
        tortoise = tail;
        pw *= 2;
        lam = 0;
      } else if (tail === tortoise) circularList(tail);
    }
  }
  if (tail !== NIL) wrongType(Qlistp, list2);
  return NIL;
}
function member(elt, list2) {
  if (typeof elt === "number" || elt instanceof LSymbol) return memq(elt, list2);
  let tail = list2, tortoise = list2, pw = 2, lam = 0;
  while (tail instanceof Cons) {
    if (equal(elt, tail.car)) return tail;
    tail = tail.cdr;
    if (++lam === pw) {
      tortoise = tail;
      pw *= 2;
      lam = 0;
    } else if (tail === tortoise) circularList(tail);
  }
  if (tail !== NIL) wrongType(Qlistp, list2);
  return NIL;
}
function memql(elt, list2) {
  if (!(elt instanceof LFloat)) return memq(elt, list2);
  let tail = list2, tortoise = list2, pw = 2, lam = 0;
  while (tail instanceof Cons) {
    if (eql(elt, tail.car)) return tail;
    tail = tail.cdr;
    if (++lam === pw) {
      tortoise = tail;
      pw *= 2;
      lam = 0;
    } else if (tail === tortoise) circularList(tail);
  }
  if (tail !== NIL) wrongType(Qlistp, list2);
  return NIL;
}
function assq(key, alist) {
  let tail = alist, tortoise = alist, pw = 2, lam = 0;
  if (typeof key === "object") {
    while (tail instanceof Cons) {
      const e = tail.car;
      if (e instanceof Cons) {
        const k = e.car;
        if (typeof k === "object" && k === key) return e;
      }
      tail = tail.cdr;
      if (++lam === pw) {
        tortoise = tail;
        pw *= 2;
        lam = 0;
      } else if (tail === tortoise) circularList(tail);
    }
  } else if (typeof key === "number") {
    while (tail instanceof Cons) {
      const e = tail.car;
      if (e instanceof Cons) {
        const k = e.car;
        if (typeof k === "number" && k === key) return e;
      }
      tail = tail.cdr;
      if (++lam === pw) {
        tortoise = tail;
        pw *= 2;
        lam = 0;
      } else if (tail === tortoise) circularList(tail);
    }
  } else {
    while (tail instanceof Cons) {
      const e = tail.car;
      if (e instanceof Cons && e.car === key) return e;
      tail = tail.cdr;
      if (++lam === pw) {
        tortoise = tail;
        pw *= 2;
        lam = 0;
      } else if (tail === tortoise) circularList(tail);
    }
  }
  if (tail !== NIL) wrongType(Qlistp, alist);
  return NIL;
}
function assoc(key, alist, testfn = NIL) {
  if (testfn === NIL && (typeof key === "number" || key instanceof LSymbol)) return assq(key, alist);
  let tail = alist, tortoise = alist, pw = 2, lam = 0;
  while (tail instanceof Cons) {
    const e = tail.car;
    if (e instanceof Cons) {
      const k = e.car;
      if (testfn === NIL ? k === key || equal(k, key) : funcall(testfn, k, key) !== NIL) return e;
    }
    tail = tail.cdr;
    if (++lam === pw) {
      tortoise = tail;
      pw *= 2;
      lam = 0;
    } else if (tail === tortoise) circularList(tail);
  }
  if (tail !== NIL) wrongType(Qlistp, alist);
  return NIL;
}
function rassq(key, alist) {
  let tail = alist, tortoise = alist, pw = 2, lam = 0;
  while (tail instanceof Cons) {
    const e = tail.car;
    if (e instanceof Cons && e.cdr === key) return e;
    tail = tail.cdr;
    if (++lam === pw) {
      tortoise = tail;
      pw *= 2;
      lam = 0;
    } else if (tail === tortoise) circularList(tail);
  }
  if (tail !== NIL) wrongType(Qlistp, alist);
  return NIL;
}
function rassoc(key, alist) {
  if (typeof key === "number" || key instanceof LSymbol) return rassq(key, alist);
  let tail = alist, tortoise = alist, pw = 2, lam = 0;
  while (tail instanceof Cons) {
    const e = tail.car;
    if (e instanceof Cons && (e.cdr === key || equal(e.cdr, key))) return e;
    tail = tail.cdr;
    if (++lam === pw) {
      tortoise = tail;
      pw *= 2;
      lam = 0;
    } else if (tail === tortoise) circularList(tail);
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
function delq(elt, list2) {
  let prev = null;
  let tail = list2, tortoise = list2, pw = 2, lam = 0;
  while (tail instanceof Cons) {
    if (tail.car === elt) {
      if (prev === null) list2 = tail.cdr;
      else prev.cdr = tail.cdr;
    } else prev = tail;
    tail = tail.cdr;
    if (++lam === pw) {
      tortoise = tail;
      pw *= 2;
      lam = 0;
    } else if (tail === tortoise) circularList(tail);
  }
  if (tail !== NIL) wrongType(Qlistp, list2);
  return list2;
}
defun("delq", "(elt list)", `Delete members of LIST which are \`eq' to ELT, and return the result.
More precisely, this function skips any members \`eq' to ELT at the
front of LIST, then removes members \`eq' to ELT from the remaining
sublist by modifying its list structure, then returns the resulting
list.

Write \`(setq foo (delq element foo))' to be sure of correctly changing
the value of a list \`foo'.  See also \`remq', which does not modify the
argument.`, delq);
function deleteFromList(elt, seq) {
  let prev = null;
  let tail = seq, tortoise = seq, pw = 2, lam = 0;
  while (tail instanceof Cons) {
    if (equal(elt, tail.car)) {
      if (prev === null) seq = tail.cdr;
      else prev.cdr = tail.cdr;
    } else prev = tail;
    tail = tail.cdr;
    if (++lam === pw) {
      tortoise = tail;
      pw *= 2;
      lam = 0;
    } else if (tail === tortoise) circularList(tail);
  }
  if (tail !== NIL) wrongType(Qlistp, seq);
  return seq;
}
function plistGet(plist, prop) {
  let tail = plist, tortoise = plist, pw = 2, lam = 0;
  const isObj = typeof prop === "object";
  while (tail instanceof Cons) {
    const rest = tail.cdr;
    if (!(rest instanceof Cons)) break;
    const k = tail.car;
    if (isObj ? typeof k === "object" && k === prop : k === prop) return rest.car;
    tail = rest.cdr;
    if (++lam === pw) {
      tortoise = tail;
      pw *= 2;
      lam = 0;
    } else if (tail === tortoise) return NIL;
  }
  return NIL;
}
function plistPutWith(plist, prop, val, lax) {
  let prev = null;
  let tail = plist, tortoise = plist, pw = 2, lam = 0;
  while (tail instanceof Cons) {
    const rest = tail.cdr;
    if (!(rest instanceof Cons)) break;
    if (lax ? equal(prop, tail.car) : tail.car === prop) {
      rest.car = val;
      return plist;
    }
    prev = tail;
    tail = rest.cdr;
    if (++lam === pw) {
      tortoise = tail;
      pw *= 2;
      lam = 0;
    } else if (tail === tortoise) circularList(tail);
  }
  if (tail !== NIL) wrongType(Qplistp, plist);
  if (prev === null) return new Cons(prop, new Cons(val, lax ? NIL : plist));
  const newcell = new Cons(prop, new Cons(val, lax ? NIL : prev.cdr.cdr));
  prev.cdr.cdr = newcell;
  return plist;
}
var plistPut = (plist, prop, val) => plistPutWith(plist, prop, val, false);
function laxPlistGet(plist, prop) {
  let tail = plist, tortoise = plist, pw = 2, lam = 0;
  while (tail instanceof Cons) {
    const rest = tail.cdr;
    if (!(rest instanceof Cons)) break;
    if (equal(prop, tail.car)) return rest.car;
    tail = rest.cdr;
    if (++lam === pw) {
      tortoise = tail;
      pw *= 2;
      lam = 0;
    } else if (tail === tortoise) circularList(tail);
  }
  if (tail !== NIL) wrongType(Qplistp, plist);
  return NIL;
}
function plistMember(plist, prop) {
  let tail = plist, tortoise = plist, pw = 2, lam = 0;
  while (tail instanceof Cons) {
    if (tail.car === prop) return tail;
    tail = tail.cdr;
    if (!(tail instanceof Cons)) break;
    tail = tail.cdr;
    if (++lam === pw) {
      tortoise = tail;
      pw *= 2;
      lam = 0;
    } else if (tail === tortoise) circularList(tail);
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
defun(
  "lax-plist-put",
  "(plist prop val)",
  `Change value in PLIST of PROP to VAL, comparing with \`equal'.
PLIST is a property list, which is a list of the form
(PROP1 VALUE1 PROP2 VALUE2 ...).  PROP and VAL are any objects.
If PROP is already a property on the list, its value is set to VAL,
otherwise the new PROP VAL pair is added.  The new plist is returned;
use \`(setq x (lax-plist-put x prop val))' to be sure to use the new value.
The PLIST is modified by side effects.`,
  (plist, prop, val) => plistPutWith(plist, prop, val, true)
);
defun("plist-member", "(plist prop)", `Return non-nil if PLIST has the property PROP.
PLIST is a property list, which is a list of the form
(PROP1 VALUE1 PROP2 VALUE2 ...).

The comparison with PROP is done using \`eq'.

Unlike \`plist-get', this allows you to distinguish between a missing
property and a property with the value nil.
The value is actually the tail of PLIST whose car is PROP.`, plistMember);
var Voverriding_plist_environment = defvar(
  "overriding-plist-environment",
  NIL,
  `An alist that overrides the plists of the symbols which it lists.
Used by the byte-compiler to apply \`define-symbol-prop' during
compilation.`
);
function get(symbol, propname) {
  const sym2 = checkSymbol(symbol);
  const env = findSymbolValue(Voverriding_plist_environment);
  if (env !== NIL) {
    const v = plistGet(cdrOf(assq(sym2, env)), propname);
    if (v !== NIL) return v;
  }
  return plistGet(sym2.plist, propname);
}
function cdrOf(x) {
  if (x instanceof Cons) return x.cdr;
  if (x === NIL) return NIL;
  return wrongType(Qlistp, x);
}
function put(symbol, propname, value) {
  const sym2 = checkSymbol(symbol);
  sym2.plist = plistPut(sym2.plist, propname, value);
  return value;
}
var Fget = defun("get", "(symbol propname)", `Return the value of SYMBOL's PROPNAME property.
This is the last value stored with \`(put SYMBOL PROPNAME VALUE)'.`, get);
var Fput = defun("put", "(symbol propname value)", `Store SYMBOL's PROPNAME property with value VALUE.
It can be retrieved with \`(get SYMBOL PROPNAME)'.`, put);
function nconc(args) {
  let val = NIL;
  const n = args.length;
  for (let i = 0; i < n; i++) {
    let tem = args[i];
    if (tem === NIL) continue;
    if (val === NIL) val = tem;
    if (i + 1 === n) break;
    checkCons(tem);
    let last = tem;
    let tortoise = tem, pw = 2, lam = 0;
    while (tem instanceof Cons) {
      last = tem;
      tem = tem.cdr;
      if (++lam === pw) {
        tortoise = tem;
        pw *= 2;
        lam = 0;
      } else if (tem === tortoise) circularList(tem);
    }
    const next = args[i + 1];
    last.cdr = next;
    if (next === NIL) args[i + 1] = last;
  }
  return val;
}
defun("nconc", "(&rest lists)", `Concatenate any number of lists by altering them.
Only the last argument is not altered, and need not be a list.`, (...lists) => nconc(lists));

// src/fns/strings.ts
function copyTextProps(src, from, to, dst, at) {
  if (src.intervals !== null && textPropHooks.copy) textPropHooks.copy(src, from, to, dst, at);
}
function stringOrSymbol(x) {
  if (x instanceof LSymbol) return x.nameString;
  return checkString(x);
}
function charsOf(s) {
  if (s.simple) {
    const js = s.s;
    const out = new Uint32Array(js.length);
    for (let i = 0; i < js.length; i++) out[i] = js.charCodeAt(i);
    return out;
  }
  return s.chars();
}
function charsAsMultibyte(s) {
  const cs = charsOf(s);
  if (s.multibyte) return cs;
  const out = new Uint32Array(cs.length);
  for (let i = 0; i < cs.length; i++) out[i] = cs[i] < 128 ? cs[i] : cs[i] + 4194048;
  return out;
}
function stringEqual(a, b) {
  return a.s === b.s && (a.multibyte === b.multibyte || isAscii(a.s));
}
defun("string-bytes", "(string)", `Return the number of bytes in STRING.
If STRING is multibyte, this may be greater than the length of STRING.`, (s) => stringBytes(checkString(s)));
defun(
  "string-distance",
  "(string1 string2 &optional bytecompare)",
  `Return Levenshtein distance between STRING1 and STRING2.
The distance is the number of deletions, insertions, and substitutions
required to transform STRING1 into STRING2.
If BYTECOMPARE is nil or omitted, compute distance in terms of characters.
If BYTECOMPARE is non-nil, compute distance in terms of bytes.
Letter-case is significant, but text properties are ignored.`,
  (s1, s2, bytecompare) => {
    const a = checkString(s1), b = checkString(s2);
    const bytes = bytecompare !== NIL || !a.multibyte && !b.multibyte;
    const x = bytes ? stringData(a) : charsOf(a);
    const y = bytes ? stringData(b) : charsOf(b);
    return levenshtein(x, y);
  }
);
function levenshtein(s1, s2) {
  const len1 = s1.length;
  const column = new Uint32Array(len1 + 1);
  for (let i = 0; i <= len1; i++) column[i] = i;
  for (let x = 1; x <= s2.length; x++) {
    column[0] = x;
    const c2 = s2[x - 1];
    let lastdiag = x - 1;
    for (let y = 1; y <= len1; y++) {
      const olddiag = column[y];
      column[y] = Math.min(column[y] + 1, column[y - 1] + 1, lastdiag + (s1[y - 1] === c2 ? 0 : 1));
      lastdiag = olddiag;
    }
  }
  return column[len1];
}
var Fstring_equal = defun(
  "string-equal",
  "(s1 s2)",
  `Return t if two strings have identical contents.
Case is significant, but text properties are ignored.
Symbols are also allowed; their print names are used instead.`,
  (s1, s2) => {
    const a = stringOrSymbol(s1), b = stringOrSymbol(s2);
    return stringEqual(a, b) ? T : NIL;
  }
);
var Qupcase = defsym("upcase");
function upcaseChar(c) {
  if (Qupcase.f !== NIL) {
    const r = funcall(Qupcase, c);
    if (typeof r === "number") return r;
  }
  if (c > 1114111) return c;
  const u = String.fromCodePoint(c).toUpperCase();
  const cp = u.codePointAt(0);
  return u.length === (cp >= 65536 ? 2 : 1) ? cp : c;
}
defun(
  "compare-strings",
  "(str1 start1 end1 str2 start2 end2 &optional ignore-case)",
  `Compare the contents of two strings, converting to multibyte if needed.
The arguments START1, END1, START2, and END2, if non-nil, are
positions specifying which parts of STR1 or STR2 to compare.  In
string STR1, compare the part between START1 (inclusive) and END1
(exclusive).  If START1 is nil, it defaults to 0, the beginning of
the string; if END1 is nil, it defaults to the length of the string.
Likewise, in string STR2, compare the part between START2 and END2.
Like in \`substring', negative values are counted from the end.

The strings are compared by the numeric values of their characters.
For instance, STR1 is "less than" STR2 if its first differing
character has a smaller numeric value.  If IGNORE-CASE is non-nil,
characters are converted to upper-case before comparing them.  Unibyte
strings are converted to multibyte for comparison.

The value is t if the strings (or specified portions) match.
If string STR1 is less, the value is a negative number N;
  - 1 - N is the number of characters that match at the beginning.
If string STR1 is greater, the value is a positive number N;
  N - 1 is the number of characters that match at the beginning.`,
  (str1, start1, end1, str2, start2, end2, ignoreCase) => {
    const a = checkString(str1), b = checkString(str2);
    if (typeof end1 === "number" && a.length < end1) end1 = a.length;
    if (typeof end2 === "number" && b.length < end2) end2 = b.length;
    const [from1, to1] = validateSubarray(a, start1, end1, a.length);
    const [from2, to2] = validateSubarray(b, start2, end2, b.length);
    const c1s = charsAsMultibyte(a), c2s = charsAsMultibyte(b);
    let i1 = from1, i2 = from2;
    while (i1 < to1 && i2 < to2) {
      let c1 = c1s[i1++], c2 = c2s[i2++];
      if (c1 === c2) continue;
      if (ignoreCase !== NIL) {
        c1 = upcaseChar(c1);
        c2 = upcaseChar(c2);
      }
      if (c1 === c2) continue;
      return c1 < c2 ? -(i1 - from1) : i1 - from1;
    }
    if (i1 < to1) return i1 - from1 + 1;
    if (i2 < to2) return -(i1 - from1) - 1;
    return T;
  }
);
function stringLessp(a, b) {
  if (a.simple && b.simple) {
    return a.s < b.s;
  }
  const x = charsOf(a), y = charsOf(b);
  const end = Math.min(x.length, y.length);
  for (let i = 0; i < end; i++) if (x[i] !== y[i]) return x[i] < y[i];
  return end < y.length;
}
var Fstring_lessp = defun(
  "string-lessp",
  "(string1 string2)",
  `Return non-nil if STRING1 is less than STRING2 in lexicographic order.
Case is significant.
Symbols are also allowed; their print names are used instead.`,
  (s1, s2) => stringLessp(stringOrSymbol(s1), stringOrSymbol(s2)) ? T : NIL
);
defun(
  "string-version-lessp",
  "(string1 string2)",
  `Return non-nil if S1 is less than S2, as version strings.

This function compares version strings S1 and S2:
   1) By prefix lexicographically.
   2) Then by version (similarly to version comparison of Debian's dpkg).
      Leading zeros in version numbers are ignored.
   3) If both prefix and version are equal, compare as ordinary strings.

For example, "foo2.png" compares less than "foo12.png".
Case is significant.
Symbols are also allowed; their print names are used instead.`,
  (s1, s2) => stringVersionCmp(stringOrSymbol(s1), stringOrSymbol(s2)) < 0 ? T : NIL
);
function stringVersionCmp(a, b) {
  const p1 = stringData(a), p2 = stringData(b);
  let o1 = 0, o2 = 0;
  for (; ; ) {
    const e1 = nulFrom(p1, o1), e2 = nulFrom(p2, o2);
    const cmp = filevercmp(p1.subarray(o1, e1), p2.subarray(o2, e2));
    if (cmp !== 0) return cmp;
    o1 = e1 + 1;
    o2 = e2 + 1;
    const more1 = o1 <= p1.length, more2 = o2 <= p2.length;
    if (!more1) return more2 ? 1 : 0;
    if (!more2) return -1;
  }
}
function nulFrom(p, from) {
  const i = p.indexOf(0, from);
  return i < 0 ? p.length : i;
}
var isDigit2 = (c) => c >= 48 && c <= 57;
var isAlpha = (c) => c >= 65 && c <= 90 || c >= 97 && c <= 122;
var isAlnum = (c) => isDigit2(c) || isAlpha(c);
function filevercmp(s1, s2) {
  const simple = bytesCmp(s1, s2);
  if (simple === 0) return 0;
  if (s1.length === 0) return -1;
  if (s2.length === 0) return 1;
  const isDot = (s) => s.length === 1 && s[0] === 46;
  const isDotDot = (s) => s.length === 2 && s[0] === 46 && s[1] === 46;
  if (isDot(s1)) return -1;
  if (isDot(s2)) return 1;
  if (isDotDot(s1)) return -1;
  if (isDotDot(s2)) return 1;
  if (s1[0] === 46 && s2[0] !== 46) return -1;
  if (s1[0] !== 46 && s2[0] === 46) return 1;
  if (s1[0] === 46 && s2[0] === 46) {
    s1 = s1.subarray(1);
    s2 = s2.subarray(1);
  }
  const suf1 = matchSuffix(s1), suf2 = matchSuffix(s2);
  let len1 = suf1 >= 0 ? suf1 : s1.length;
  let len2 = suf2 >= 0 ? suf2 : s2.length;
  if ((suf1 >= 0 || suf2 >= 0) && len1 === len2 && bytesCmp(s1.subarray(0, len1), s2.subarray(0, len2)) === 0) {
    len1 = s1.length;
    len2 = s2.length;
  }
  const r = verrevcmp(s1, len1, s2, len2);
  return r === 0 ? simple : r;
}
function bytesCmp(a, b) {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return a[i] - b[i];
  return a.length - b.length;
}
function matchSuffix(s) {
  let match = -1;
  let readAlpha = false;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (readAlpha) {
      readAlpha = false;
      if (!isAlpha(c) && c !== 126) match = -1;
    } else if (c === 46) {
      readAlpha = true;
      if (match < 0) match = i;
    } else if (!isAlnum(c) && c !== 126) match = -1;
  }
  return match;
}
function order(c) {
  if (isDigit2(c)) return 0;
  if (isAlpha(c)) return c;
  if (c === 126) return -1;
  return c + 256;
}
function verrevcmp(s1, len1, s2, len2) {
  const at = (s, i) => i < s.length ? s[i] : 0;
  let p1 = 0, p2 = 0;
  while (p1 < len1 || p2 < len2) {
    let firstDiff = 0;
    while (p1 < len1 && !isDigit2(at(s1, p1)) || p2 < len2 && !isDigit2(at(s2, p2))) {
      const c1 = p1 === len1 ? 0 : order(at(s1, p1));
      const c2 = p2 === len2 ? 0 : order(at(s2, p2));
      if (c1 !== c2) return c1 - c2;
      p1++;
      p2++;
    }
    while (at(s1, p1) === 48) p1++;
    while (at(s2, p2) === 48) p2++;
    while (isDigit2(at(s1, p1)) && isDigit2(at(s2, p2))) {
      if (!firstDiff) firstDiff = at(s1, p1) - at(s2, p2);
      p1++;
      p2++;
    }
    if (isDigit2(at(s1, p1))) return 1;
    if (isDigit2(at(s2, p2))) return -1;
    if (firstDiff) return firstDiff;
  }
  return 0;
}
function collate(s1, s2, locale, ignoreCase) {
  const a = stringOrSymbol(s1), b = stringOrSymbol(s2);
  if (locale !== NIL) checkString(locale);
  let x = charsOf(a), y = charsOf(b);
  if (ignoreCase !== NIL) {
    x = Array.from(x, lowerChar);
    y = Array.from(y, lowerChar);
  }
  const n = Math.min(x.length, y.length);
  for (let i = 0; i < n; i++) if (x[i] !== y[i]) return x[i] - y[i];
  return x.length - y.length;
}
function lowerChar(c) {
  if (c > 1114111) return c;
  const l = String.fromCodePoint(c).toLowerCase();
  const cp = l.codePointAt(0);
  return l.length === (cp >= 65536 ? 2 : 1) ? cp : c;
}
defun(
  "string-collate-lessp",
  "(s1 s2 &optional locale ignore-case)",
  `Return t if first arg string is less than second in collation order.
Symbols are also allowed; their print names are used instead.

This function obeys the conventions for collation order in your
locale settings.  For example, punctuation and whitespace characters
might be considered less significant for sorting:

(sort \\='("11" "12" "1 1" "1 2" "1.1" "1.2") \\='string-collate-lessp)
  => ("11" "1 1" "1.1" "12" "1 2" "1.2")

The optional argument LOCALE, a string, overrides the setting of your
current locale identifier for collation.  The value is system
dependent; a LOCALE "en_US.UTF-8" is applicable on POSIX systems,
while it would be, e.g., "enu_USA.1252" on MS-Windows systems.

If IGNORE-CASE is non-nil, characters are converted to lower-case
before comparing them.

If your system does not support a locale environment, this function
behaves like \`string-lessp'.`,
  (s1, s2, locale, ic) => collate(s1, s2, locale, ic) < 0 ? T : NIL
);
defun(
  "string-collate-equalp",
  "(s1 s2 &optional locale ignore-case)",
  `Return t if two strings have identical contents.
Symbols are also allowed; their print names are used instead.

This function obeys the conventions for collation order in your locale
settings.  For example, characters with different coding points but
the same meaning might be considered as equal, like different grave
accent Unicode characters:

(string-collate-equalp (string ?\\uFF40) (string ?\\u1FEF))
  => t

The optional argument LOCALE, a string, overrides the setting of your
current locale identifier for collation.  The value is system
dependent; a LOCALE "en_US.UTF-8" is applicable on POSIX systems,
while it would be "enu_USA.1252" on MS Windows systems.

If IGNORE-CASE is non-nil, characters are converted to lower-case
before comparing them.

If your system does not support a locale environment, this function
behaves like \`string-equal'.

Do NOT use this function to compare file names for equality.`,
  (s1, s2, locale, ic) => collate(s1, s2, locale, ic) === 0 ? T : NIL
);
function unibyteToMultibyte(s) {
  if (isAscii(s)) return s;
  let out = "";
  for (let i = 0; i < s.length; i++) {
    const b = s.charCodeAt(i);
    out += b < 128 ? s[i] : charToJs(b + 4194048);
  }
  return out;
}
function stringToMultibyte(string) {
  if (string.multibyte) return string;
  return new LString(unibyteToMultibyte(string.s), true);
}
function stringMakeUnibyte(string) {
  if (!string.multibyte) return string;
  const cs = charsOf(string);
  let out = "";
  for (let i = 0; i < cs.length; i++) out += String.fromCharCode(cs[i] & 255);
  return new LString(out, false);
}
defun(
  "string-make-multibyte",
  "(string)",
  `Return the multibyte equivalent of STRING.
If STRING is unibyte and contains non-ASCII characters, the function
\`unibyte-char-to-multibyte' is used to convert each unibyte character
to a multibyte character.  In this case, the returned string is a
newly created string with no text properties.  If STRING is multibyte
or entirely ASCII, it is returned unchanged.  In particular, when
STRING is unibyte and entirely ASCII, the returned string is unibyte.
(When the characters are all ASCII, Emacs primitives will treat the
string the same way whether it is unibyte or multibyte.)`,
  (string) => {
    const s = checkString(string);
    if (s.multibyte || isAscii(s.s)) return s;
    return new LString(unibyteToMultibyte(s.s), true);
  }
);
defun("string-make-unibyte", "(string)", `Return the unibyte equivalent of STRING.
Multibyte character codes above 255 are converted to unibyte
by taking just the low 8 bits of each character's code.`, (string) => stringMakeUnibyte(checkString(string)));
defun(
  "string-as-unibyte",
  "(string)",
  `Return a unibyte string with the same individual bytes as STRING.
If STRING is unibyte, the result is STRING itself.
Otherwise it is a newly created string, with no text properties.
If STRING is multibyte and contains a character of charset
\`eight-bit', it is converted to the corresponding single byte.`,
  (string) => {
    const s = checkString(string);
    if (!s.multibyte) return s;
    const out = [];
    const cs = charsOf(s);
    for (let i = 0; i < cs.length; i++) {
      const c = cs[i];
      if (c >= BYTE8_FIRST) out.push(c - 4194048);
      else pushCharBytes(out, c);
    }
    return unibyteFromBytes(out);
  }
);
defun(
  "string-as-multibyte",
  "(string)",
  `Return a multibyte string with the same individual bytes as STRING.
If STRING is multibyte, the result is STRING itself.
Otherwise it is a newly created string, with no text properties.

If STRING is unibyte and contains an individual 8-bit byte (i.e. not
part of a correct utf-8 sequence), it is converted to the corresponding
multibyte character of charset \`eight-bit'.
See also \`string-to-multibyte'.

Beware, this often doesn't really do what you think it does.
It is similar to (decode-coding-string STRING \\='utf-8-emacs).
If you're not sure, whether to use \`string-as-multibyte' or
\`string-to-multibyte', use \`string-to-multibyte'.`,
  (string) => {
    const s = checkString(string);
    if (s.multibyte) return s;
    if (isAscii(s.s)) return new LString(s.s, true);
    return multibyteFromBytes(stringData(s));
  }
);
defun("string-to-multibyte", "(string)", `Return a multibyte string with the same individual chars as STRING.
If STRING is multibyte, the result is STRING itself.
Otherwise it is a newly created string, with no text properties.

If STRING is unibyte and contains an 8-bit byte, it is converted to
the corresponding multibyte character of charset \`eight-bit'.

This differs from \`string-as-multibyte' by converting each byte of a correct
utf-8 sequence to an eight-bit character, not just bytes that don't form a
correct sequence.`, (string) => stringToMultibyte(checkString(string)));
function stringToUnibyte(s) {
  if (!s.multibyte) return s;
  const cs = charsOf(s);
  let out = "";
  for (let i = 0; i < cs.length; i++) {
    const c = cs[i];
    if (c < 128) out += String.fromCharCode(c);
    else if (c >= BYTE8_FIRST) out += String.fromCharCode(c - 4194048);
    else error(`Can\u2019t convert the ${i}th character to unibyte`);
  }
  return new LString(out, false);
}
defun("string-to-unibyte", "(string)", `Return a unibyte string with the same individual chars as STRING.
If STRING is unibyte, the result is STRING itself.
Otherwise it is a newly created string, with no text properties,
where each \`eight-bit' character is converted to the corresponding byte.
If STRING contains a non-ASCII, non-\`eight-bit' character,
an error is signaled.`, (string) => stringToUnibyte(checkString(string)));
function substringRaw(s, from, to) {
  if (s.simple) return new LString(s.s.substring(from, to), s.multibyte);
  return new LString(s.s.substring(s.jsIndex(from), s.jsIndex(to)), s.multibyte);
}
defun(
  "substring",
  "(string &optional from to)",
  `Return a new string whose contents are a substring of STRING.
The returned string consists of the characters between index FROM
(inclusive) and index TO (exclusive) of STRING.  FROM and TO are
zero-indexed: 0 means the first character of STRING.  Negative values
are counted from the end of STRING.  If TO is nil, the substring runs
to the end of STRING.

The STRING argument may also be a vector.  In that case, the return
value is a new vector that contains the elements between index FROM
(inclusive) and index TO (exclusive) of that vector argument.

With one argument, just copy STRING (with properties, if any).`,
  (string, from, to) => {
    if (Array.isArray(string)) {
      const [f2, t2] = validateSubarray(string, from, to, string.length);
      return string.slice(f2, t2);
    }
    if (!(string instanceof LString)) return wrongType(defsym("arrayp"), string);
    const [f, t] = validateSubarray(string, from, to, string.length);
    const res = substringRaw(string, f, t);
    copyTextProps(string, f, t, res, 0);
    return res;
  }
);
defun(
  "substring-no-properties",
  "(string &optional from to)",
  `Return a substring of STRING, without text properties.
It starts at index FROM and ends before TO.
TO may be nil or omitted; then the substring runs to the end of STRING.
If FROM is nil or omitted, the substring starts at the beginning of STRING.
If FROM or TO is negative, it counts from the end.

With one argument, just copy STRING without its properties.`,
  (string, from, to) => {
    const s = checkString(string);
    const [f, t] = validateSubarray(s, from, to, s.length);
    return substringRaw(s, f, t);
  }
);
function charIndexAt(s, j) {
  let ci = 0, i = 0;
  while (i < j) {
    const c = jsCharAt(s, i);
    i += c >= 65536 ? 2 : 1;
    ci++;
  }
  return i === j ? ci : -1;
}
defun(
  "string-search",
  "(needle haystack &optional start-pos)",
  `Search for the string NEEDLE in the string HAYSTACK.
The return value is the position of the first occurrence of NEEDLE in
HAYSTACK, or nil if no match was found.

The optional START-POS argument says where to start searching in
HAYSTACK and defaults to zero (start at the beginning).
It must be between zero and the length of HAYSTACK, inclusive.

Case is always significant and text properties are ignored.`,
  (needle, haystack, startPos) => {
    const n = checkString(needle), h = checkString(haystack);
    let start = 0;
    if (startPos !== NIL) {
      start = fixnumArg(startPos, Qfixnump);
      if (start < 0 || start > h.length) argsOutOfRange(startPos);
    }
    if (n.length > h.length - start) return NIL;
    let ns = n.s;
    if (h.multibyte && !n.multibyte) ns = unibyteToMultibyte(ns);
    else if (!h.multibyte && n.multibyte && !isAscii(ns)) {
      let out = "";
      const cs = charsOf(n);
      for (let i = 0; i < cs.length; i++) {
        const c = cs[i];
        if (c < 128) out += String.fromCharCode(c);
        else if (c >= BYTE8_FIRST) out += String.fromCharCode(c - 4194048);
        else return NIL;
      }
      ns = out;
    }
    const hs = h.s;
    if (h.simple) {
      const r = hs.indexOf(ns, start);
      return r < 0 ? NIL : r;
    }
    for (let from = h.jsIndex(start); ; ) {
      const j = hs.indexOf(ns, from);
      if (j < 0) return NIL;
      const ci = charIndexAt(hs, j);
      if (ci >= 0) return ci;
      from = j + 1;
    }
  }
);
defun("clear-string", "(string)", `Clear the contents of STRING.
This makes STRING unibyte and may change its length.`, (string) => {
  const s = checkString(string);
  const len = stringBytes(s);
  if (len !== 0 || s.multibyte) {
    s.s = "\0".repeat(len);
    s.multibyte = false;
    s.changed();
  }
  return NIL;
});

// src/fns/seq.ts
function length(seq) {
  if (seq instanceof Cons) return listLength(seq);
  if (seq === NIL) return 0;
  if (seq instanceof LString) return seq.length;
  if (Array.isArray(seq)) return seq.length;
  if (seq instanceof BoolVector) return seq.bits.length;
  if (seq instanceof CharTable) return MAX_CHAR;
  if (seq instanceof LRecord || seq instanceof ByteCode) return seq.slots.length;
  return wrongType(Qsequencep, seq);
}
var Flength = defun("length", "(sequence)", `Return the length of vector, list or string SEQUENCE.
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
least the number of distinct elements.`, (list2) => {
  let len = 0;
  let tail = list2, tortoise = list2, pw = 2, lam = 0;
  while (tail instanceof Cons) {
    len++;
    tail = tail.cdr;
    if (++lam === pw) {
      tortoise = tail;
      pw *= 2;
      lam = 0;
    } else if (tail === tortoise) break;
  }
  return len;
});
defun("proper-list-p", "(object)", `Return OBJECT's length if it is a proper list, nil otherwise.
A proper list is neither circular nor dotted (i.e., its last cdr is nil).`, (object) => {
  let len = 0;
  let tail = object, tortoise = object, pw = 2, lam = 0;
  while (tail instanceof Cons) {
    len++;
    tail = tail.cdr;
    if (++lam === pw) {
      tortoise = tail;
      pw *= 2;
      lam = 0;
    } else if (tail === tortoise) return NIL;
  }
  return tail === NIL ? len : NIL;
});
function lengthInternal(seq, len) {
  if (len < 65535) {
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
    if (++lam === pw) {
      tortoise = seq;
      pw *= 2;
      lam = 0;
    } else if (seq === tortoise) circularList(seq);
  }
  return len;
}
defun("length<", "(sequence length)", `Return non-nil if SEQUENCE is shorter than LENGTH.
See \`length' for allowed values of SEQUENCE and how elements are
counted.`, (seq, n) => {
  const len = fixnumArg(n, Qfixnump);
  if (seq instanceof Cons) return lengthInternal(seq, len) === -1 ? NIL : T;
  return length(seq) < len ? T : NIL;
});
defun("length>", "(sequence length)", `Return non-nil if SEQUENCE is longer than LENGTH.
See \`length' for allowed values of SEQUENCE and how elements are
counted.`, (seq, n) => {
  const len = fixnumArg(n, Qfixnump);
  if (seq instanceof Cons) return lengthInternal(seq, len + 1) === -1 ? T : NIL;
  return length(seq) > len ? T : NIL;
});
defun("length=", "(sequence length)", `Return non-nil if SEQUENCE has length equal to LENGTH.
See \`length' for allowed values of SEQUENCE and how elements are
counted.`, (seq, n) => {
  const len = fixnumArg(n, Qfixnump);
  if (len < 0) return NIL;
  if (seq instanceof Cons) return lengthInternal(seq, len + 1) === 1 ? T : NIL;
  return length(seq) === len ? T : NIL;
});
var Felt = defun("elt", "(sequence n)", `Return element of SEQUENCE at index N.`, (seq, n) => {
  if (seq instanceof Cons || seq === NIL) return carOf(nthcdr(n, seq));
  if (seq instanceof CharTable) return charTableGet(seq, checkCharacter(n));
  if (!(Array.isArray(seq) || seq instanceof LString || seq instanceof BoolVector)) return wrongType(Qsequencep, seq);
  const i = fixnumArg(n, Qfixnump);
  const size = seq instanceof BoolVector ? seq.bits.length : seq.length;
  if (i < 0 || i >= size) argsOutOfRange(seq, n);
  if (Array.isArray(seq)) return seq[i];
  if (seq instanceof LString) return seq.charAt(i);
  return seq.bits[i] ? T : NIL;
});
function checkSequenceArg(x) {
  if (!(x instanceof Cons || x === NIL || Array.isArray(x) || x instanceof LString || x instanceof ByteCode || x instanceof BoolVector)) wrongType(Qsequencep, x);
}
function forEachElement(seq, fn) {
  if (seq instanceof Cons) {
    listLength(seq);
    for (let t = seq; t instanceof Cons; t = t.cdr) fn(t.car);
  } else if (Array.isArray(seq)) for (let i = 0; i < seq.length; i++) fn(seq[i]);
  else if (seq instanceof LString) {
    const js = seq.s;
    if (seq.simple) for (let i = 0; i < js.length; i++) fn(js.charCodeAt(i));
    else for (const c of seq.chars()) fn(c);
  } else if (seq instanceof ByteCode) for (const x of seq.slots) fn(x);
  else if (seq instanceof BoolVector) for (let i = 0; i < seq.bits.length; i++) fn(seq.bits[i] ? T : NIL);
}
function append(args) {
  const n = args.length;
  if (n === 0) return NIL;
  for (let i = 0; i < n - 1; i++) checkSequenceArg(args[i]);
  const head = new Cons(NIL, NIL);
  let last = head;
  for (let i = 0; i < n - 1; i++) {
    const a = args[i];
    if (a instanceof Cons) {
      let t = a, tortoise = a, pw = 2, lam = 0;
      while (t instanceof Cons) {
        last = last.cdr = new Cons(t.car, NIL);
        t = t.cdr;
        if (++lam === pw) {
          tortoise = t;
          pw *= 2;
          lam = 0;
        } else if (t === tortoise) circularList(t);
      }
      if (t !== NIL) wrongType(Qlistp, t);
    } else forEachElement(a, (x) => {
      last = last.cdr = new Cons(x, NIL);
    });
  }
  if (last === head) return args[n - 1];
  last.cdr = args[n - 1];
  return head.cdr;
}
function vconcat(args) {
  for (const a of args) checkSequenceArg(a);
  const out = [];
  for (const a of args) {
    if (Array.isArray(a)) for (let i = 0; i < a.length; i++) out.push(a[i]);
    else forEachElement(a, (x) => {
      out.push(x);
    });
  }
  return out;
}
function concat(args) {
  for (const a of args) checkSequenceArg(a);
  let mb = false, allStrings = true, anyProps = false;
  for (const a of args) {
    if (a instanceof LString) {
      if (a.multibyte) mb = true;
      if (a.intervals !== null) anyProps = true;
      continue;
    }
    allStrings = false;
    if (a instanceof BoolVector) {
      if (a.bits.length > 0) wrongType(Qintegerp, a.bits[0] ? T : NIL);
      continue;
    }
    forEachElement(a, (x) => {
      const c = checkCharacter(x);
      if (c >= 128 && c < BYTE8_FIRST) mb = true;
    });
  }
  let s = "";
  if (allStrings) {
    for (const a of args) {
      const t = a.s;
      s += mb && !a.multibyte ? unibyteToMultibyte(t) : t;
    }
  } else {
    for (const a of args) {
      if (a instanceof LString) s += mb && !a.multibyte ? unibyteToMultibyte(a.s) : a.s;
      else forEachElement(a, (x) => {
        const c = x;
        s += mb ? charToJs(c) : String.fromCharCode(c & 255);
      });
    }
  }
  const result = new LString(s, mb);
  if (anyProps) {
    let at = 0;
    for (const a of args) {
      const len = length(a);
      if (a instanceof LString) copyTextProps(a, 0, len, result, at);
      at += len;
    }
  }
  return result;
}
var Fappend = defun("append", "(&rest sequences)", `Concatenate all the arguments and make the result a list.
The result is a list whose elements are the elements of all the arguments.
Each argument may be a list, vector or string.
The last argument is not copied, just used as the tail of the new list.`, (...args) => append(args));
var Fconcat = defun("concat", "(&rest sequences)", `Concatenate all the arguments and make the result a string.
The result is a string whose elements are the elements of all the arguments.
Each argument may be a string or a list or vector of characters (integers).

Values of the \`composition' property of the result are not guaranteed
to be \`eq'.`, (...args) => concat(args));
defun("vconcat", "(&rest sequences)", `Concatenate all the arguments and make the result a vector.
The result is a vector whose elements are the elements of all the arguments.
Each argument may be a list, vector or string.`, (...args) => vconcat(args));
function copySequence(arg) {
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
var Fcopy_sequence = defun("copy-sequence", "(arg)", `Return a copy of a list, vector, string, char-table or record.
The elements of a list, vector or record are not copied; they are
shared with the original.
If the original sequence is empty, this function may return
the same empty object instead of its copy.`, copySequence);
defun("copy-alist", "(alist)", `Return a copy of ALIST.
This is an alist which represents the same mapping from objects to objects,
but does not share the alist structure with ALIST.
The objects mapped (cars and cdrs of elements of the alist)
are shared, however.
Elements of ALIST that are not conses are also shared.`, (alist) => {
  if (alist === NIL) return NIL;
  const copy = append([alist, NIL]);
  for (let t = copy; t instanceof Cons; t = t.cdr) {
    const e = t.car;
    if (e instanceof Cons) t.car = new Cons(e.car, e.cdr);
  }
  return copy;
});
function reverseString(s) {
  if (s.simple) {
    let out2 = "";
    const js = s.s;
    for (let i = js.length - 1; i >= 0; i--) out2 += js[i];
    return new LString(out2, s.multibyte);
  }
  const cs = s.chars();
  let out = "";
  for (let i = cs.length - 1; i >= 0; i--) out += charToJs(cs[i]);
  return new LString(out, s.multibyte);
}
function reverse(seq) {
  if (seq === NIL) return NIL;
  if (seq instanceof Cons) {
    let r = NIL;
    let t = seq, tortoise = seq, pw = 2, lam = 0;
    while (t instanceof Cons) {
      r = new Cons(t.car, r);
      t = t.cdr;
      if (++lam === pw) {
        tortoise = t;
        pw *= 2;
        lam = 0;
      } else if (t === tortoise) circularList(t);
    }
    if (t !== NIL) wrongType(Qlistp, t);
    return r;
  }
  if (Array.isArray(seq)) return seq.slice().reverse();
  if (seq instanceof BoolVector) return new BoolVector(seq.bits.slice().reverse());
  if (seq instanceof LString) return reverseString(seq);
  return wrongType(Qsequencep, seq);
}
function nreverse(seq) {
  if (seq === NIL) return NIL;
  if (seq instanceof LString) return reverseString(seq);
  if (seq instanceof Cons) {
    let prev = NIL, tail = seq;
    while (tail instanceof Cons) {
      const next = tail.cdr;
      if (next === seq) circularList(seq);
      tail.cdr = prev;
      prev = tail;
      tail = next;
    }
    if (tail !== NIL) wrongType(Qlistp, seq);
    return prev;
  }
  if (Array.isArray(seq)) return seq.reverse();
  if (seq instanceof BoolVector) {
    seq.bits.reverse();
    return seq;
  }
  return wrongType(Qarrayp, seq);
}
defun("reverse", "(seq)", `Return the reversed copy of list, vector, or string SEQ.
See also the function \`nreverse', which is used more often.`, reverse);
defun("nreverse", "(seq)", `Reverse order of items in a list, vector or string SEQ.
If SEQ is a list, it should be nil-terminated.
This function may destructively modify SEQ to produce the value.`, nreverse);
function predicateOf(pred) {
  if (pred instanceof LSymbol && pred !== NIL) return (a, b) => (pred.jf || resolve(pred))(a, b) !== NIL;
  let c = null;
  return (a, b) => (c ??= callableOf(pred))(a, b) !== NIL;
}
function sortList(list2, less) {
  const len = listLength(list2);
  if (len < 2) return list2;
  const tem = nthcdr(Math.floor(len / 2) - 1, list2);
  const back = tem.cdr;
  tem.cdr = NIL;
  const sortedBack = sortList(back, less);
  return mergeLists(sortList(list2, less), sortedBack, less);
}
function mergeLists(l1, l2, less) {
  let value = NIL;
  let tail = null;
  for (; ; ) {
    if (l1 === NIL) {
      if (tail === null) return l2;
      tail.cdr = l2;
      return value;
    }
    if (l2 === NIL) {
      if (tail === null) return l1;
      tail.cdr = l1;
      return value;
    }
    let tem;
    if (!less(l2.car, l1.car)) {
      tem = l1;
      l1 = tem.cdr;
    } else {
      tem = l2;
      l2 = tem.cdr;
    }
    if (tail === null) value = tem;
    else tail.cdr = tem;
    tail = tem;
  }
}
function mergeRuns(less, A, a, alen, B, b, blen, D, d) {
  const alim = a + alen, blim = b + blen;
  for (; ; ) {
    if (!less(B[b], A[a])) {
      D[d++] = A[a++];
      if (a === alim) {
        if (D !== B || d !== b) while (b < blim) D[d++] = B[b++];
        return;
      }
    } else {
      D[d++] = B[b++];
      if (b === blim) {
        while (a < alim) D[d++] = A[a++];
        return;
      }
    }
  }
}
function sortInplace(less, V, off, len, Tmp, toff) {
  const half = len >> 1;
  sortCopy(less, V, off, half, Tmp, toff);
  if (len - half > 1) sortInplace(less, V, off + half, len - half, V, off);
  mergeRuns(less, Tmp, toff, half, V, off + half, len - half, V, off);
}
function sortCopy(less, S, soff, len, D, doff) {
  const half = len >> 1;
  if (half < 1) {
    D[doff] = S[soff];
    return;
  }
  if (half > 1) sortInplace(less, S, soff, half, D, doff);
  if (len - half > 1) sortInplace(less, S, soff + half, len - half, D, doff);
  mergeRuns(less, S, soff, half, S, soff + half, len - half, D, doff);
}
function sort(seq, predicate) {
  if (seq instanceof Cons) return sortList(seq, predicateOf(predicate));
  if (Array.isArray(seq)) {
    if (seq.length >= 2) sortInplace(predicateOf(predicate), seq, 0, seq.length, new Array(seq.length >> 1).fill(0), 0);
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
does not modify the argument.`, (elt, seq) => {
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
      if (c === elt) removed = true;
      else out += cs ? charToJs(c) : seq.s[i];
    }
    return removed ? new LString(out, seq.multibyte) : seq;
  }
  return deleteFromList(elt, seq);
});
function fillarray(array, item) {
  if (Array.isArray(array)) {
    array.fill(item);
    return array;
  }
  if (array instanceof CharTable) {
    charTableSetAll(array, item);
    array.defalt = item;
    return array;
  }
  if (array instanceof LString) {
    const c = checkCharacter(item);
    const size = array.length;
    if (size !== 0) {
      if (!array.multibyte) {
        array.s = String.fromCharCode(c & 255).repeat(size);
      } else {
        const len = charBytes(c);
        if (size * len !== stringBytes(array)) error("Attempt to change byte length of a string");
        array.s = charToJs(c).repeat(size);
      }
      array.changed();
    }
    return array;
  }
  if (array instanceof BoolVector) {
    array.bits.fill(item === NIL ? 0 : 1);
    return array;
  }
  return wrongType(Qarrayp, array);
}
defun("fillarray", "(array item)", `Store each element of ARRAY with ITEM.
ARRAY is a vector, string, char-table, or bool-vector.`, fillarray);
function mapcar1(leni, vals, fn, seq) {
  const sym2 = fn instanceof LSymbol && fn !== NIL ? fn : null;
  let c = null;
  const call = (x) => sym2 !== null ? (sym2.jf || resolve(sym2))(x) : (c ??= callableOf(fn))(x);
  if (Array.isArray(seq) || seq instanceof ByteCode) {
    const v = Array.isArray(seq) ? seq : seq.slots;
    for (let i = 0; i < leni; i++) {
      const r = call(v[i]);
      if (vals) vals[i] = r;
    }
  } else if (seq instanceof BoolVector) {
    for (let i = 0; i < leni; i++) {
      const r = call(seq.bits[i] ? T : NIL);
      if (vals) vals[i] = r;
    }
  } else if (seq instanceof LString) {
    const js = seq.s;
    if (seq.simple) for (let i = 0; i < leni; i++) {
      const r = call(js.charCodeAt(i));
      if (vals) vals[i] = r;
    }
    else {
      const cs = seq.chars();
      for (let i = 0; i < leni; i++) {
        const r = call(cs[i]);
        if (vals) vals[i] = r;
      }
    }
  } else {
    let tail = seq;
    for (let i = 0; i < leni; i++) {
      if (!(tail instanceof Cons)) return i;
      const r = call(tail.car);
      if (vals) vals[i] = r;
      tail = tail.cdr;
    }
  }
  return leni;
}
function mapLength(seq) {
  const n = length(seq);
  if (seq instanceof CharTable) wrongType(Qlistp, seq);
  return n;
}
function mapcar(fn, seq) {
  const leni = mapLength(seq);
  const vals = new Array(leni);
  const n = mapcar1(leni, vals, fn, seq);
  let r = NIL;
  for (let i = n - 1; i >= 0; i--) r = new Cons(vals[i], r);
  return r;
}
defun("mapcar", "(function sequence)", `Apply FUNCTION to each element of SEQUENCE, and make a list of the results.
The result is a list just as long as SEQUENCE.
SEQUENCE may be a list, a vector, a bool-vector, or a string.`, mapcar);
defun("mapc", "(function sequence)", `Apply FUNCTION to each element of SEQUENCE for side effects only.
Unlike \`mapcar', don't accumulate the results.  Return SEQUENCE.
SEQUENCE may be a list, a vector, a bool-vector, or a string.`, (fn, seq) => {
  mapcar1(mapLength(seq), null, fn, seq);
  return seq;
});
defun("mapcan", "(function sequence)", `Apply FUNCTION to each element of SEQUENCE, and concatenate
the results by altering them (using \`nconc').
SEQUENCE may be a list, a vector, a bool-vector, or a string.`, (fn, seq) => {
  const leni = mapLength(seq);
  const vals = new Array(leni);
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
  list of numbers that are valid character codepoints.`, (fn, seq, separator) => {
  const leni = mapLength(seq);
  if (leni === 0) return new LString("", false);
  const vals = new Array(leni);
  const n = mapcar1(leni, vals, fn, seq);
  const args = [];
  for (let i = 0; i < n; i++) {
    if (i > 0) args.push(separator);
    args.push(vals[i]);
  }
  return concat(args);
});

// src/hashtable.ts
var Qeq2 = defsym("eq");
var Qeql = defsym("eql");
var Qequal2 = defsym("equal");
var HashTest = class {
  constructor(name, kind, cmp = NIL, hash = NIL) {
    this.name = name;
    this.kind = kind;
    this.cmp = cmp;
    this.hash = hash;
  }
  name;
  kind;
  cmp;
  hash;
};
var hashTestEq = new HashTest(Qeq2, 0 /* Eq */);
var hashTestEql = new HashTest(Qeql, 1 /* Eql */);
var hashTestEqual = new HashTest(Qequal2, 2 /* Equal */);
var DEFAULT_HASH_SIZE = 65;
var DEFAULT_REHASH_SIZE = 0.5;
var DEFAULT_REHASH_THRESHOLD = 0.8125;
var HashTable = class _HashTable extends Vectorlike {
  constructor(test2, size = DEFAULT_HASH_SIZE, rehashSize = DEFAULT_REHASH_SIZE, rehashThreshold = DEFAULT_REHASH_THRESHOLD, weak = NIL, purecopy = false) {
    super();
    this.test = test2;
    this.rehashSize = rehashSize;
    this.rehashThreshold = rehashThreshold;
    this.weak = weak;
    this.purecopy = purecopy;
    this.size = size === 0 ? 1 : size;
  }
  test;
  rehashSize;
  rehashThreshold;
  weak;
  purecopy;
  lispType = "hash-table";
  /** Number of entries. */
  count = 0;
  /** GNU's HASH_TABLE_SIZE: the number of slots, what `hash-table-size` answers. */
  size;
  /** False while a user-defined test or hash function runs (GNU: h->mutable). */
  mutable = true;
  /** Key of each slot below `top`; UNBOUND when free. */
  keys = [];
  vals = [];
  /** Slots at and above `top` have never been used since creation or the last clrhash. */
  top = 0;
  /** Freed slots, the most recently freed last: GNU's free list puts them before the unused slots. */
  holes = [];
  /** Identity-compared keys → slot. */
  ids = /* @__PURE__ */ new Map();
  /** eql/equal: floats by bits → slot. */
  floats = null;
  /** equal: unibyte or all-ASCII strings by text → slot. */
  strs = null;
  /** equal: multibyte strings with non-ASCII characters by text → slot (never equal to unibyte ones). */
  mbstrs = null;
  /** Structured keys and user-defined tests: hash code → first slot of its collision chain. */
  buckets = null;
  /** Next slot in the collision chain, per slot (-1 ends it). */
  chain = [];
  /** Hash code per slot, for structured keys. */
  codes = [];
  /** Hash code computed by the last `lookup` (saves recomputing it in `put`). */
  lastCode = 0;
  /** `hash-table-rehash-size` as Lisp sees it. */
  get rehashSizeValue() {
    return this.rehashSize < 0 ? -this.rehashSize : new LFloat(this.rehashSize + 1);
  }
  /** `hash-table-rehash-threshold` as Lisp sees it. */
  get rehashThresholdValue() {
    return new LFloat(this.rehashThreshold);
  }
  // -------------------------------------------------------------------------------------------
  // Lookup.
  // -------------------------------------------------------------------------------------------
  /** The slot holding KEY, or -1. */
  lookup(key) {
    switch (this.test.kind) {
      case 0 /* Eq */:
        return this.ids.get(key) ?? -1;
      case 1 /* Eql */:
        if (key instanceof LFloat) return this.floats?.get(floatKey(key.n)) ?? -1;
        return this.ids.get(key) ?? -1;
      case 2 /* Equal */:
        if (key instanceof LString) {
          const m = key.multibyte && !isAscii(key.s) ? this.mbstrs : this.strs;
          return m?.get(key.s) ?? -1;
        }
        if (key instanceof LFloat) return this.floats?.get(floatKey(key.n)) ?? -1;
        if (!isStructural(key)) return this.ids.get(key) ?? -1;
        return this.chainLookup(key, this.lastCode = sxhashEqual(key));
      default:
        return this.chainLookup(key, this.lastCode = this.userHash(key));
    }
  }
  chainLookup(key, code) {
    if (this.buckets === null) return -1;
    let i = this.buckets.get(code);
    if (i === void 0) return -1;
    const user = this.test.kind === 3 /* User */;
    for (; i >= 0; i = this.chain[i]) {
      const k = this.keys[i];
      if (k === key) return i;
      if (this.codes[i] === code && (user ? this.userCmp(key, k) : equal(key, k))) return i;
    }
    this.lastCode = code;
    return -1;
  }
  userHash(key) {
    const h = this.callUser(this.test.hash, key);
    if (typeof h === "number") return h;
    if (typeof h === "bigint" && h >= -(2n ** 61n) && h < 2n ** 61n) return Number(h);
    return sxhashEqual(h);
  }
  userCmp(a, b) {
    return this.callUser(this.test.cmp, a, b) !== NIL;
  }
  /** Calls a user test function with the table frozen, as GNU's hash_table_user_defined_call. */
  callUser(fn, ...args) {
    if (!this.mutable) return funcall(fn, ...args);
    this.mutable = false;
    try {
      return funcall(fn, ...args);
    } finally {
      this.mutable = true;
    }
  }
  /** `gethash`. */
  get(key, dflt = NIL) {
    const i = this.lookup(key);
    return i >= 0 ? this.vals[i] : dflt;
  }
  /** True when KEY has an entry. */
  has(key) {
    return this.lookup(key) >= 0;
  }
  // -------------------------------------------------------------------------------------------
  // Modification.
  // -------------------------------------------------------------------------------------------
  checkMutable() {
    if (!this.mutable) signalError("hash table test modifies table", this);
  }
  /** `puthash`. */
  put(key, val) {
    this.checkMutable();
    const i = this.lookup(key);
    if (i >= 0) {
      this.vals[i] = val;
      return;
    }
    const slot = this.allocSlot();
    this.keys[slot] = key;
    this.vals[slot] = val;
    this.count++;
    this.index(key, slot);
  }
  index(key, slot) {
    switch (this.test.kind) {
      case 0 /* Eq */:
        this.ids.set(key, slot);
        return;
      case 1 /* Eql */:
        if (key instanceof LFloat) (this.floats ??= /* @__PURE__ */ new Map()).set(floatKey(key.n), slot);
        else this.ids.set(key, slot);
        return;
      case 2 /* Equal */:
        if (key instanceof LString) {
          if (key.multibyte && !isAscii(key.s)) (this.mbstrs ??= /* @__PURE__ */ new Map()).set(key.s, slot);
          else (this.strs ??= /* @__PURE__ */ new Map()).set(key.s, slot);
          return;
        }
        if (key instanceof LFloat) {
          (this.floats ??= /* @__PURE__ */ new Map()).set(floatKey(key.n), slot);
          return;
        }
        if (!isStructural(key)) {
          this.ids.set(key, slot);
          return;
        }
        break;
    }
    const code = this.lastCode;
    const b = this.buckets ??= /* @__PURE__ */ new Map();
    this.chain[slot] = b.get(code) ?? -1;
    this.codes[slot] = code;
    b.set(code, slot);
  }
  /** The slot for a new entry: GNU's next_free, growing the table when none is left. */
  allocSlot() {
    if (this.holes.length > 0) return this.holes.pop();
    if (this.top === this.size) this.grow();
    return this.top++;
  }
  /** GNU's maybe_resize_hash_table: the new size is old+increment or old*factor, at least old+1. */
  grow() {
    const old = this.size;
    let n = this.rehashSize < 0 ? old - this.rehashSize : Math.trunc(old * (this.rehashSize + 1));
    if (!(n > old)) n = old + 1;
    this.size = n;
  }
  /** `remhash`. */
  remove(key) {
    this.checkMutable();
    let slot;
    switch (this.test.kind) {
      case 0 /* Eq */:
        slot = this.ids.get(key) ?? -1;
        if (slot >= 0) this.ids.delete(key);
        break;
      case 1 /* Eql */:
      case 2 /* Equal */:
        if (key instanceof LFloat) {
          const fk = floatKey(key.n);
          slot = this.floats?.get(fk) ?? -1;
          if (slot >= 0) this.floats.delete(fk);
        } else if (key instanceof LString && this.test.kind === 2 /* Equal */) {
          const m = key.multibyte && !isAscii(key.s) ? this.mbstrs : this.strs;
          slot = m?.get(key.s) ?? -1;
          if (slot >= 0) m.delete(key.s);
        } else if (this.test.kind === 1 /* Eql */ || !isStructural(key)) {
          slot = this.ids.get(key) ?? -1;
          if (slot >= 0) this.ids.delete(key);
        } else slot = this.unchain(key, sxhashEqual(key));
        break;
      default:
        slot = this.unchain(key, this.userHash(key));
    }
    if (slot < 0) return;
    this.keys[slot] = UNBOUND;
    this.vals[slot] = NIL;
    this.holes.push(slot);
    this.count--;
  }
  /** Finds KEY in the collision chain of CODE and takes it out; returns its slot or -1. */
  unchain(key, code) {
    const b = this.buckets;
    if (b === null) return -1;
    const head = b.get(code);
    if (head === void 0) return -1;
    const user = this.test.kind === 3 /* User */;
    let prev = -1;
    for (let i = head; i >= 0; prev = i, i = this.chain[i]) {
      const k = this.keys[i];
      if (k === key || this.codes[i] === code && (user ? this.userCmp(key, k) : equal(key, k))) {
        const next = this.chain[i];
        if (prev < 0) {
          if (next < 0) b.delete(code);
          else b.set(code, next);
        } else this.chain[prev] = next;
        return i;
      }
    }
    return -1;
  }
  /**
   * Rebuilds the lookup index from the slots, for code that replaced keys in place (the reader's
   * `#N=` fix-ups). Entries keep their slots; of several keys that became equal, the first slot wins.
   */
  rehash() {
    this.ids.clear();
    this.floats = this.strs = this.mbstrs = this.buckets = null;
    for (let i = 0; i < this.top; i++) {
      const k = this.keys[i];
      if (k === UNBOUND) continue;
      if (this.test.kind === 3 /* User */) this.lastCode = this.userHash(k);
      else if (this.test.kind === 2 /* Equal */ && isStructural(k)) this.lastCode = sxhashEqual(k);
      this.index(k, i);
    }
  }
  /** `clrhash`. Like GNU, a table with no entries is left alone (its free-slot order included). */
  clear() {
    this.checkMutable();
    if (this.count === 0) return;
    this.keys.length = 0;
    this.vals.length = 0;
    this.chain.length = 0;
    this.codes.length = 0;
    this.holes.length = 0;
    this.top = 0;
    this.count = 0;
    this.ids.clear();
    this.floats = this.strs = this.mbstrs = this.buckets = null;
  }
  /** Calls FN on each entry in slot order (GNU's maphash order); entries added meanwhile may be visited. */
  forEach(fn) {
    for (let i = 0; i < this.top; i++) {
      const k = this.keys[i];
      if (k !== UNBOUND) fn(k, this.vals[i]);
    }
  }
  /** The entries in slot order, as a flat [k1, v1, k2, v2, ...] array (for the printer). */
  entries() {
    const out = [];
    this.forEach((k, v) => {
      out.push(k, v);
    });
    return out;
  }
  /** `copy-hash-table`: same test and parameters, same slots; keys and values shared. */
  copy() {
    const h = new _HashTable(this.test, this.size, this.rehashSize, this.rehashThreshold, this.weak, this.purecopy);
    h.size = this.size;
    h.count = this.count;
    h.keys = this.keys.slice();
    h.vals = this.vals.slice();
    h.top = this.top;
    h.holes = this.holes.slice();
    h.ids = new Map(this.ids);
    h.floats = this.floats && new Map(this.floats);
    h.strs = this.strs && new Map(this.strs);
    h.mbstrs = this.mbstrs && new Map(this.mbstrs);
    h.buckets = this.buckets && new Map(this.buckets);
    h.chain = this.chain.slice();
    h.codes = this.codes.slice();
    return h;
  }
};

// src/fns/hash.ts
var QCtest = defsym(":test");
var QCsize = defsym(":size");
var QCpurecopy = defsym(":purecopy");
var QCrehash_size = defsym(":rehash-size");
var QCrehash_threshold = defsym(":rehash-threshold");
var QCweakness = defsym(":weakness");
var Qkey = defsym("key");
var Qvalue = defsym("value");
var Qkey_or_value = defsym("key-or-value");
var Qkey_and_value = defsym("key-and-value");
var Qhash_table_test = defsym("hash-table-test");
function checkHashTable(x) {
  return checkClass(x, HashTable, Qhash_table_p);
}
function keyArg(key, args, used) {
  for (let i = 1; i < args.length; i++) {
    if (!used[i - 1] && args[i - 1] === key) {
      used[i - 1] = used[i] = true;
      return i;
    }
  }
  return 0;
}
function makeHashTable(args) {
  const used = new Array(args.length).fill(false);
  let i = keyArg(QCtest, args, used);
  const testName = i ? args[i] : Qeql;
  let test2;
  if (testName === Qeq2) test2 = hashTestEq;
  else if (testName === Qeql) test2 = hashTestEql;
  else if (testName === Qequal2) test2 = hashTestEqual;
  else {
    const prop = get(testName, Qhash_table_test);
    if (!(prop instanceof Cons) || !(prop.cdr instanceof Cons)) return signalError("Invalid hash table test", testName);
    test2 = new HashTest(testName, 3 /* User */, prop.car, prop.cdr.car);
  }
  i = keyArg(QCpurecopy, args, used);
  const purecopy = i > 0 && args[i] !== NIL;
  i = keyArg(QCsize, args, used);
  const sizeArg = i ? args[i] : NIL;
  let size;
  if (sizeArg === NIL) size = DEFAULT_HASH_SIZE;
  else if (typeof sizeArg === "number" && sizeArg >= 0) size = sizeArg;
  else return signalError("Invalid hash table size", sizeArg);
  i = keyArg(QCrehash_size, args, used);
  let rehashSize;
  if (!i) rehashSize = DEFAULT_REHASH_SIZE;
  else {
    const v = args[i];
    if (typeof v === "number" && v > 0) rehashSize = Math.fround(-v);
    else if (v instanceof LFloat && Math.fround(v.n - 1) > 0) rehashSize = Math.fround(v.n - 1);
    else return signalError("Invalid hash table rehash size", v);
  }
  i = keyArg(QCrehash_threshold, args, used);
  const thr = !i ? DEFAULT_REHASH_THRESHOLD : args[i] instanceof LFloat ? Math.fround(args[i].n) : 0;
  if (!(thr > 0 && thr <= 1)) signalError("Invalid hash table rehash threshold", args[i]);
  i = keyArg(QCweakness, args, used);
  let weak = i ? args[i] : NIL;
  if (weak === T) weak = Qkey_and_value;
  if (weak !== NIL && weak !== Qkey && weak !== Qvalue && weak !== Qkey_or_value && weak !== Qkey_and_value) {
    signalError("Invalid hash table weakness", weak);
  }
  for (let j = 0; j < args.length; j++) if (!used[j]) signalError("Invalid argument list", args[j]);
  return new HashTable(test2, size, rehashSize, thr, weak, purecopy);
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
in an error.`, (...args) => makeHashTable(args));
defun("copy-hash-table", "(table)", `Return a copy of hash table TABLE.`, (table2) => checkHashTable(table2).copy());
defun("hash-table-count", "(table)", `Return the number of elements in TABLE.`, (table2) => checkHashTable(table2).count);
defun(
  "hash-table-rehash-size",
  "(table)",
  `Return the current rehash size of TABLE.`,
  (table2) => checkHashTable(table2).rehashSizeValue
);
defun(
  "hash-table-rehash-threshold",
  "(table)",
  `Return the current rehash threshold of TABLE.`,
  (table2) => checkHashTable(table2).rehashThresholdValue
);
defun("hash-table-size", "(table)", `Return the size of TABLE.
The size can be used as an argument to \`make-hash-table' to create
a hash table than can hold as many elements as TABLE holds
without need for resizing.`, (table2) => checkHashTable(table2).size);
defun("hash-table-test", "(table)", `Return the test TABLE uses.`, (table2) => checkHashTable(table2).test.name);
defun("hash-table-weakness", "(table)", `Return the weakness of TABLE.`, (table2) => checkHashTable(table2).weak);
defun("hash-table-p", "(obj)", `Return t if OBJ is a Lisp hash table object.`, (obj) => obj instanceof HashTable ? T : NIL);
defun("clrhash", "(table)", `Clear hash table TABLE and return it.`, (table2) => {
  checkHashTable(table2).clear();
  return table2;
});
var Fgethash = defun(
  "gethash",
  "(key table &optional dflt)",
  `Look up KEY in TABLE and return its associated value.
If KEY is not found, return DFLT which defaults to nil.`,
  (key, table2, dflt) => checkHashTable(table2).get(key, dflt)
);
var Fputhash = defun("puthash", "(key value table)", `Associate KEY with VALUE in hash table TABLE.
If KEY is already present in table, replace its current value with
VALUE.  In any case, return VALUE.`, (key, value, table2) => {
  checkHashTable(table2).put(key, value);
  return value;
});
defun("remhash", "(key table)", `Remove KEY from TABLE.`, (key, table2) => {
  checkHashTable(table2).remove(key);
  return NIL;
});
defun("maphash", "(function table)", `Call FUNCTION for all entries in hash table TABLE.
FUNCTION is called with two arguments, KEY and VALUE.
\`maphash' always returns nil.`, (fn, table2) => {
  const h = checkHashTable(table2);
  const sym2 = fn instanceof LSymbol && fn !== NIL ? fn : null;
  let c = null;
  h.forEach((k, v) => {
    if (sym2 !== null) (sym2.jf || resolve(sym2))(k, v);
    else (c ??= callableOf(fn))(k, v);
  });
  return NIL;
});
defun(
  "define-hash-table-test",
  "(name test hash)",
  `Define a new hash table test with name NAME, a symbol.

In hash tables created with NAME specified as test, use TEST to
compare keys, and HASH for computing hash codes of keys.

TEST must be a function taking two arguments and returning non-nil if
both arguments are the same.  HASH must be a function taking one
argument and returning an object that is the hash code of the argument.
It should be the case that if (eq (funcall HASH x1) (funcall HASH x2))
returns nil, then (funcall TEST x1 x2) also returns nil.`,
  (name, test2, hash) => put(name, Qhash_table_test, list(test2, hash))
);

// src/fns/misc.ts
import { createHash, randomBytes } from "node:crypto";
import { loadavg } from "node:os";
defun("identity", "(argument)", `Return the ARGUMENT unchanged.`, (x) => x);
var Random = class {
  state = new Int32Array(31);
  f = 3;
  r = 0;
  seed(seed) {
    const st = this.state;
    let word = seed >>> 0 === 0 ? 1 : seed | 0;
    st[0] = word;
    for (let i = 1; i < 31; i++) {
      const hi = Math.trunc(word / 127773);
      const lo = word % 127773;
      word = 16807 * lo - 2836 * hi;
      if (word < 0) word += 2147483647;
      st[i] = word;
    }
    this.f = 3;
    this.r = 0;
    for (let i = 0; i < 310; i++) this.next31();
  }
  /** One random(3) value: 31 random bits. */
  next31() {
    const st = this.state;
    const val = st[this.f] + st[this.r] | 0;
    st[this.f] = val;
    if (++this.f >= 31) {
      this.f = 0;
      this.r++;
    } else if (++this.r >= 31) this.r = 0;
    return val >>> 1;
  }
  /** GNU's get_random: a uniformly distributed 62-bit value (as an unsigned bigint). */
  next62() {
    const r1 = this.next31(), r2 = this.next31();
    let v = BigInt(r1) << 31n ^ BigInt(r2);
    v ^= v >> 2n;
    return v & INTMASK;
  }
};
var INTMASK = (1n << 62n) - 1n;
function state2() {
  return E.ext.fns ??= { requireNesting: [] };
}
function rng() {
  const st = state2();
  if (!st.random) {
    st.random = new Random();
    st.random.seed(randomBytes(4).readUInt32LE(0));
  }
  return st.random;
}
function randomBignum(limit) {
  const g = rng();
  for (; ; ) {
    let val = 0n, lim = limit, bits = 0n;
    do {
      val = val << 61n | g.next62() >> 1n;
      bits += 61n;
      lim >>= 61n;
    } while (lim !== 0n);
    const rem = val % limit;
    if (val - rem <= (1n << bits) - limit) return rem;
  }
}
defun("random", "(&optional limit)", `Return a pseudo-random integer.
By default, return a fixnum; all fixnums are equally likely.
With positive integer LIMIT, return random integer in interval [0,LIMIT).
With argument t, set the random number seed from the system's entropy
pool if available, otherwise from less-random volatile data such as the time.
With a string argument, set the seed based on the string's contents.

See Info node \`(elisp)Random Numbers' for more details.`, (limit) => {
  const g = rng();
  if (limit === T) g.seed(randomBytes(4).readUInt32LE(0));
  else if (limit instanceof LString) {
    const bytes = stringData(limit);
    const arg = [0, 0, 0, 0];
    for (let i = 0; i < bytes.length; i++) arg[i % 4] ^= bytes[i];
    g.seed((arg[0] | arg[1] << 8 | arg[2] << 16 | arg[3] << 24) >>> 0);
  }
  if (typeof limit === "bigint" && (limit > MOST_POSITIVE_FIXNUM || limit < MOST_NEGATIVE_FIXNUM)) {
    if (limit < 0n) wrongType(defsym("natnump"), limit);
    return normInt(randomBignum(limit));
  }
  let val = g.next62();
  const n = typeof limit === "number" ? BigInt(limit) : typeof limit === "bigint" ? limit : 0n;
  if (n > 0n) {
    for (; ; ) {
      const rem = val % n;
      if (val - rem <= INTMASK - n + 1n) return normInt(rem);
      val = g.next62();
    }
  }
  return normInt(val >= 1n << 61n ? val - (1n << 62n) : val);
});
var Qemacs = defsym("emacs");
var Vfeatures = defvar("features", () => list(Qemacs), `A list of symbols which are the features of the executing Emacs.
Used by \`featurep' and \`require', and altered by \`provide'.`, { notSpecial: true });
var Qsubfeatures = defsym("subfeatures");
var Qprovide = defsym("provide");
var Qrequire = defsym("require");
var Qload = defsym("load");
var Qcurrent_load_list = defsym("current-load-list");
var Qload_in_progress = defsym("load-in-progress");
var Qafter_load_alist = defsym("after-load-alist");
var Qload_history = defsym("load-history");
function valueOrNil(sym2) {
  const v = findSymbolValue(sym2);
  return v === UNBOUND ? NIL : v;
}
function loadhistAttach2(x) {
  if (findSymbolValue(Qcurrent_load_list) === UNBOUND) return;
  setInternal(Qcurrent_load_list, new Cons(x, valueOrNil(Qcurrent_load_list)));
}
defun("featurep", "(feature &optional subfeature)", `Return t if FEATURE is present in this Emacs.

Use this to conditionalize execution of lisp code based on the
presence or absence of Emacs or environment extensions.
Use \`provide' to declare that a feature is available.  This function
looks at the value of the variable \`features'.  The optional argument
SUBFEATURE can be used to check a specific subfeature of FEATURE.`, (feature, subfeature) => {
  checkSymbol(feature);
  let tem = memq(feature, findSymbolValue(Vfeatures));
  if (tem !== NIL && subfeature !== NIL) tem = member(subfeature, get(feature, Qsubfeatures));
  return tem === NIL ? NIL : T;
});
var Fprovide = defun("provide", "(feature &optional subfeatures)", `Announce that FEATURE is a feature of the current Emacs.
The optional argument SUBFEATURES should be a list of symbols listing
particular subfeatures supported in this version of FEATURE.`, (feature, subfeatures) => {
  checkSymbol(feature);
  checkList(subfeatures);
  const features = findSymbolValue(Vfeatures);
  const queue = E.ext.autoloadQueue;
  if (queue !== void 0 && queue !== NIL) E.ext.autoloadQueue = new Cons(new Cons(0, features), queue);
  if (memq(feature, features) === NIL) setInternal(Vfeatures, new Cons(feature, features));
  if (subfeatures !== NIL) put(feature, Qsubfeatures, subfeatures);
  loadhistAttach2(new Cons(Qprovide, feature));
  const hooks = assq(feature, valueOrNil(Qafter_load_alist));
  if (hooks instanceof Cons) for (let t = hooks.cdr; t instanceof Cons; t = t.cdr) funcall(t.car);
  return feature;
});
var Frequire = defun("require", "(feature &optional filename noerror)", `If FEATURE is not already loaded, load it from FILENAME.
If FEATURE is not a member of the list \`features', then the feature was
not yet loaded; so load it from file FILENAME.

If FILENAME is omitted, the printname of FEATURE is used as the file
name, and \`load' is called to try to load the file by that name, after
appending the suffix \`.elc', \`.el', or the system-dependent suffix for
dynamic module files, in that order; but the function will not try to
load the file without any suffix.  See \`get-load-suffixes' for the
complete list of suffixes.

To find the file, this function searches the directories in \`load-path'.

If the optional third argument NOERROR is non-nil, then, if
the file is not found, the function returns nil instead of signaling
an error.  Normally the return value is FEATURE.

The normal messages issued by \`load' at start and end of loading
FILENAME are suppressed.`, (feature, filename, noerror) => {
  const sym2 = checkSymbol(feature);
  let fromFile = valueOrNil(Qload_in_progress) !== NIL;
  if (!fromFile) {
    for (let t = valueOrNil(Qcurrent_load_list); t instanceof Cons; t = t.cdr) {
      if (t.cdr === NIL && t.car instanceof LString) fromFile = true;
    }
  }
  if (fromFile) {
    const tem = new Cons(Qrequire, sym2);
    if (member(tem, valueOrNil(Qcurrent_load_list)) === NIL) loadhistAttach2(tem);
  }
  if (memq(sym2, findSymbolValue(Vfeatures)) !== NIL) return sym2;
  const st = state2();
  let nesting = 0;
  for (const f of st.requireNesting) if (equal(sym2, f)) nesting++;
  if (nesting > 3) error(`Recursive \u2018require\u2019 for feature \u2018${sym2.name}\u2019`);
  st.requireNesting.push(sym2);
  const oldQueue = E.ext.autoloadQueue ?? NIL;
  E.ext.autoloadQueue = T;
  try {
    const file = filename === NIL ? sym2.nameString : filename;
    const loaded = funcall(Qload, file, noerror, T, NIL, filename === NIL ? T : NIL);
    if (loaded === NIL) return NIL;
    if (memq(sym2, findSymbolValue(Vfeatures)) === NIL) {
      const last = carOf(carOf(valueOrNil(Qload_history)));
      if (last === NIL) error(`Required feature \u2018${sym2.name}\u2019 was not provided`);
      error(`Loading file ${last instanceof LString ? last.s : String(last)} failed to provide feature \u2018${sym2.name}\u2019`);
    }
    E.ext.autoloadQueue = T;
    return sym2;
  } finally {
    st.requireNesting.pop();
    unAutoload(oldQueue);
  }
});
function unAutoload(oldQueue) {
  let queue = E.ext.autoloadQueue ?? NIL;
  E.ext.autoloadQueue = oldQueue;
  for (; queue instanceof Cons; queue = queue.cdr) {
    const entry = queue.car;
    if (!(entry instanceof Cons)) continue;
    if (entry.car === 0) setInternal(Vfeatures, entry.cdr);
    else if (entry.car instanceof LSymbol) entry.car.setFunction(entry.cdr);
  }
}
var Qwidget_type = defsym("widget-type");
function widgetGet(widget, property) {
  for (; ; ) {
    if (widget === NIL) return NIL;
    const w = checkCons(widget);
    const tmp = plistMember(w.cdr, property);
    if (tmp instanceof Cons) return carOf(tmp.cdr);
    if (w.car === NIL) return NIL;
    widget = get(w.car, Qwidget_type);
  }
}
defun("widget-put", "(widget property value)", `In WIDGET, set PROPERTY to VALUE.
The value can later be retrieved with \`widget-get'.`, (widget, property, value) => {
  const w = checkCons(widget);
  w.cdr = plistPut(w.cdr, property, value);
  return value;
});
defun("widget-get", "(widget property)", `In WIDGET, get the value of PROPERTY.
The value could either be specified when the widget was created, or
later with \`widget-put'.`, widgetGet);
defun("widget-apply", "(widget property &rest args)", `Apply the value of WIDGET's PROPERTY to the widget itself.
Return the result of applying the value of PROPERTY to WIDGET.
ARGS are passed as extra arguments to the function.`, (widget, property, ...args) => funcall(widgetGet(widget, property), widget, ...args));
var B64 = [
  "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/",
  "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
];
var B64_VALUE = B64.map((alphabet) => {
  const t = new Int8Array(256);
  for (const c of "	\n\f\r ") t[c.charCodeAt(0)] = -1;
  for (let i = 0; i < 64; i++) t[alphabet.charCodeAt(i)] = i + 1;
  return t;
});
var MIME_LINE_LENGTH = 76;
function base64Input(s) {
  const js = s.s;
  const out = [];
  if (!s.multibyte) {
    for (let i = 0; i < js.length; i++) out.push(js.charCodeAt(i));
    return out;
  }
  for (let i = 0; i < js.length; ) {
    let c = jsCharAt(js, i);
    i += c >= 65536 ? 2 : 1;
    if (c >= 4194176) c -= 4194048;
    else if (c >= 256) error("Multibyte character in data for base64 encoding");
    out.push(c);
  }
  return out;
}
function base64Encode(s, lineBreak, pad, url) {
  const bytes = base64Input(s);
  const alphabet = B64[url ? 1 : 0];
  let out = "";
  let counter = 0;
  const n = bytes.length;
  for (let i = 0; i < n; ) {
    if (lineBreak) {
      if (counter < MIME_LINE_LENGTH / 4) counter++;
      else {
        out += "\n";
        counter = 1;
      }
    }
    const c1 = bytes[i++];
    out += alphabet[c1 >> 2];
    if (i === n) {
      out += alphabet[(c1 & 3) << 4];
      if (pad) out += "==";
      break;
    }
    const c2 = bytes[i++];
    out += alphabet[(c1 & 3) << 4 | c2 >> 4];
    if (i === n) {
      out += alphabet[(c2 & 15) << 2];
      if (pad) out += "=";
      break;
    }
    const c3 = bytes[i++];
    out += alphabet[(c2 & 15) << 2 | c3 >> 6];
    out += alphabet[c3 & 63];
  }
  return new LString(out, false);
}
function base64Decode(f, url) {
  const val = B64_VALUE[url ? 1 : 0];
  const out = [];
  const n = f.length;
  let i = 0;
  let c = 0, v = 0;
  const next = () => {
    do {
      if (i === n) return false;
      c = f[i++];
      v = val[c];
    } while (v < 0);
    return true;
  };
  for (; ; ) {
    if (!next()) return out;
    if (v === 0) return null;
    let value = v - 1 << 18;
    if (!next() || v === 0) return null;
    value += v - 1 << 12;
    out.push(value >> 16 & 255);
    if (!next()) return url ? out : null;
    if (c === 61) {
      do {
        if (i === n) return null;
        c = f[i++];
      } while (val[c] < 0);
      if (c !== 61) return null;
      continue;
    }
    if (v === 0) return null;
    value += v - 1 << 6;
    out.push(value >> 8 & 255);
    if (!next()) return url ? out : null;
    if (c === 61) continue;
    if (v === 0) return null;
    value += v - 1;
    out.push(value & 255);
  }
}
defun("base64-encode-string", "(string &optional no-line-break)", `Base64-encode STRING and return the result.
Optional second argument NO-LINE-BREAK means do not break long lines
into shorter lines.`, (string, noLineBreak) => base64Encode(checkString(string), noLineBreak === NIL, true, false));
defun("base64url-encode-string", "(string &optional no-pad)", `Base64url-encode STRING and return the result.
Optional second argument NO-PAD means do not add padding char =.

This produces the URL variant of base 64 encoding defined in RFC 4648.`, (string, noPad) => base64Encode(checkString(string), false, noPad === NIL, true));
defun("base64-decode-string", "(string &optional base64url)", `Base64-decode STRING and return the result as a string.
Optional argument BASE64URL determines whether to use the URL variant of
the base 64 encoding, as defined in RFC 4648.`, (string, url) => {
  const decoded = base64Decode(stringData(checkString(string)), url !== NIL);
  if (decoded === null) error("Invalid base64 data");
  return unibyteFromBytes(decoded);
});
var Qmd5 = defsym("md5");
var Qsha1 = defsym("sha1");
var Qsha224 = defsym("sha224");
var Qsha256 = defsym("sha256");
var Qsha384 = defsym("sha384");
var Qsha512 = defsym("sha512");
var Qiv_auto = defsym("iv-auto");
var Qcoding_system_error = defsym("coding-system-error");
var Qraw_text = defsym("raw-text");
var Qutf_8 = defsym("utf-8");
var KNOWN_CODINGS = {
  "utf-8": "utf-8",
  "prefer-utf-8": "utf-8",
  "undecided": "utf-8",
  "utf-8-auto": "utf-8",
  "mule-utf-8": "utf-8",
  "utf-8-with-signature": "utf-8",
  "raw-text": "raw",
  "binary": "raw",
  "no-conversion": "raw",
  "utf-8-emacs": "emacs",
  "emacs-internal": "emacs",
  "iso-latin-1": "latin-1",
  "iso-8859-1": "latin-1",
  "latin-1": "latin-1",
  "us-ascii": "latin-1"
};
function codingKind(cs) {
  if (!(cs instanceof LSymbol)) return null;
  const base = cs.name.replace(/-(unix|dos|mac)$/, "");
  if (Qcoding_system_p.f !== NIL) {
    if (funcall(Qcoding_system_p, cs) === NIL) return null;
    return KNOWN_CODINGS[base] ?? "utf-8";
  }
  return KNOWN_CODINGS[base] ?? null;
}
var Qcoding_system_p = defsym("coding-system-p");
function encodeForHash(s, kind) {
  const out = [];
  const js = s.s;
  for (let i = 0; i < js.length; ) {
    const c = jsCharAt(js, i);
    i += c >= 65536 ? 2 : 1;
    if (c >= 4194176 && kind !== "emacs") out.push(c - 4194048);
    else if (kind === "latin-1") out.push(c < 256 ? c : 63);
    else pushCharBytes(out, c);
  }
  return unibyteFromBytes(out);
}
function extractData(object, start, end, coding, noerror) {
  if (object instanceof LString) {
    if (coding === NIL) coding = object.multibyte ? Qutf_8 : Qraw_text;
    let kind = codingKind(coding);
    if (kind === null) {
      if (noerror !== NIL) kind = "raw";
      else xsignal(Qcoding_system_error, coding);
    }
    const s = object.multibyte ? encodeForHash(object, kind) : object;
    const [from, to] = validateSubarray(s, start, end, s.length);
    return stringData(s).subarray(from, to);
  }
  if (object === Qiv_auto) {
    if (!(typeof start === "number" && start >= 0)) error("Without a length, `iv-auto' can't be used; see ELisp manual");
    return new Uint8Array(randomBytes(start));
  }
  if (object instanceof Vectorlike && object.lispType === "buffer") error("secure-hash of buffers is not supported yet");
  return signalError("Invalid object argument", object === NIL ? new LString("nil", false) : object);
}
function secureHash(algorithm, object, start, end, coding, noerror, binary) {
  const alg = checkSymbol(algorithm);
  const data = extractData(object, start, end, coding, noerror);
  const names = /* @__PURE__ */ new Map([
    [Qmd5, "md5"],
    [Qsha1, "sha1"],
    [Qsha224, "sha224"],
    [Qsha256, "sha256"],
    [Qsha384, "sha384"],
    [Qsha512, "sha512"]
  ]);
  const name = names.get(alg);
  if (!name) error(`Invalid algorithm arg: ${alg.name}`);
  const digest = createHash(name).update(data).digest();
  if (binary === NIL) return new LString(digest.toString("hex"), false);
  return unibyteFromBytes(digest);
}
defun(
  "secure-hash-algorithms",
  "()",
  `Return a list of all the supported \`secure-hash' algorithms.`,
  () => list(Qmd5, Qsha1, Qsha224, Qsha256, Qsha384, Qsha512)
);
defun(
  "md5",
  "(object &optional start end coding-system noerror)",
  `Return MD5 message digest of OBJECT, a buffer or string.

A message digest is a cryptographic checksum of a document, and the
algorithm to calculate it is defined in RFC 1321.

The two optional arguments START and END are character positions
specifying for which part of OBJECT the message digest should be
computed.  If nil or omitted, the digest is computed for the whole
OBJECT.

The MD5 message digest is computed from the result of encoding the
text in a coding system, not directly from the internal Emacs form of
the text.  The optional fourth argument CODING-SYSTEM specifies which
coding system to encode the text with.  It should be the same coding
system that you used or will use when actually writing the text into a
file.

If CODING-SYSTEM is nil or omitted, the default depends on OBJECT.  If
OBJECT is a buffer, the default for CODING-SYSTEM is whatever coding
system would be chosen by default for writing this text into a file.

If OBJECT is a string, the most preferred coding system (see the
command \`prefer-coding-system') is used.

If NOERROR is non-nil, silently assume the \`raw-text' coding if the
guesswork fails.  Normally, an error is signaled in such case.

Note that MD5 is not collision resistant and should not be used for
anything security-related.  See \`secure-hash' for alternatives.`,
  (object, start, end, coding, noerror) => secureHash(Qmd5, object, start, end, coding, noerror, NIL)
);
defun(
  "secure-hash",
  "(algorithm object &optional start end binary)",
  `Return the secure hash of OBJECT, a buffer or string.
ALGORITHM is a symbol specifying the hash to use:
- md5    corresponds to MD5
- sha1   corresponds to SHA-1
- sha224 corresponds to SHA-2 (SHA-224)
- sha256 corresponds to SHA-2 (SHA-256)
- sha384 corresponds to SHA-2 (SHA-384)
- sha512 corresponds to SHA-2 (SHA-512)

The two optional arguments START and END are positions specifying for
which part of OBJECT to compute the hash.  If nil or omitted, uses the
whole OBJECT.

The full list of algorithms can be obtained with \`secure-hash-algorithms'.

If BINARY is non-nil, returns a string in binary form.

Note that MD5 and SHA-1 are not collision resistant and should not be
used for anything security-related.  For these applications, use one
of the other hash types instead, e.g. sha256 or sha512.`,
  (algorithm, object, start, end, binary) => secureHash(algorithm, object, start, end, NIL, NIL, binary)
);
defun("load-average", "(&optional use-floats)", `Return list of 1 minute, 5 minute and 15 minute load averages.

Each of the three load averages is multiplied by 100, then converted
to integer.

When USE-FLOATS is non-nil, floats will be used instead of integers.
These floats are not multiplied by 100.

If the 5-minute or 15-minute load averages are not available, return a
shortened list, containing only those averages which are available.

An error is thrown if the load average can't be obtained.  In some
cases making it work would require Emacs being installed setuid or
setgid so that it can read kernel information, and that usually isn't
advisable.`, (useFloats) => list(...loadavg().map((x) => useFloats === NIL ? Math.trunc(100 * x) : new LFloat(x))));
var Qcodeset = defsym("codeset");
var Qdays = defsym("days");
var Qmonths = defsym("months");
var Qpaper = defsym("paper");
var DAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
var MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December"
];
defun("locale-info", "(item)", `Access locale data ITEM for the current C locale, if available.
ITEM should be one of the following:

\`codeset', returning the character set as a string (locale item CODESET);

\`days', returning a 7-element vector of day names (locale items DAY_n);

\`months', returning a 12-element vector of month names (locale items MON_n);

\`paper', returning a list of 2 integers (WIDTH HEIGHT) for the default
  paper size, both measured in millimeters (locale items _NL_PAPER_WIDTH,
  _NL_PAPER_HEIGHT).

If the system can't provide such information through a call to
\`nl_langinfo', or if ITEM isn't from the list above, return nil.

See also Info node \`(libc)Locales'.

The data read from the system are decoded using \`locale-coding-system'.`, (item) => {
  if (item === Qcodeset) return new LString("UTF-8", false);
  if (item === Qdays) return DAYS.map((d) => LString.fromJs(d));
  if (item === Qmonths) return MONTHS.map((m) => LString.fromJs(m));
  if (item === Qpaper) return list(210, 297);
  return NIL;
});
defun("object-intervals", "(object)", `Return a copy of the text properties of OBJECT.
OBJECT must be a buffer or a string.

Altering this copy does not change the layout of the text properties
in OBJECT.`, (object) => {
  const isBuffer = object instanceof Vectorlike && object.lispType === "buffer";
  if (!(object instanceof LString) && !isBuffer) return wrongType(Qbuffer_or_string_p, object);
  const f = textPropHooks.intervals;
  return f ? f(object) : NIL;
});

// src/lread.ts
import { readSync } from "node:fs";

// src/lread/obarray.ts
var OBARRAY_SIZE = 15121;
function lreadState() {
  let st = E.ext.lread;
  if (!st) {
    st = {
      initialObarray: new Array(OBARRAY_SIZE).fill(0),
      tables: /* @__PURE__ */ new WeakMap(),
      loadsInProgress: [],
      emptyString: new LString("", false)
    };
    E.ext.lread = st;
  }
  return st;
}
var Vobarray = defvar("obarray", () => lreadState().initialObarray, `Symbol table for use by \`intern' and \`read'.
It is a vector whose length ought to be prime for best results.
The vector's contents don't make sense if examined from Lisp programs;
to find all the symbols in an obarray, use \`mapatoms'.`);
var Vread_symbol_shorthands = defvar("read-symbol-shorthands", NIL, `Alist of known symbol-name shorthands.
This variable's value can only be set via file-local variables.
See Info node \`(elisp)Shorthands' for more details.`);
function checkObarray(ob) {
  if (Array.isArray(ob) && ob.length > 0) return ob;
  if (findSymbolValue(Vobarray) === ob) setInternal(Vobarray, lreadState().initialObarray);
  return wrongType(Qvectorp, ob);
}
function obarrayTable(ob) {
  const st = lreadState();
  if (ob === st.initialObarray) return E.obarray;
  let m = st.tables.get(ob);
  if (!m) {
    m = /* @__PURE__ */ new Map();
    st.tables.set(ob, m);
  }
  return m;
}
function internIn(ob, name) {
  const st = lreadState();
  if (ob === st.initialObarray) return E.intern(name);
  const table2 = obarrayTable(ob);
  let s = table2.get(name);
  if (!s) {
    s = makeSymbol(name);
    s.interned = 1 /* Interned */;
    table2.set(name, s);
  }
  return s;
}
function internCurrent(name) {
  const ob = findSymbolValue(Vobarray);
  if (ob === lreadState().initialObarray) return E.intern(name);
  return internIn(checkObarray(ob), name);
}
function shorthandExempt(name) {
  for (let i = 0; i < name.length; i++) if ("^*+-/<=>_|".indexOf(name[i]) < 0) return false;
  return true;
}
function expandShorthand(name, reading) {
  let tail = findSymbolValue(Vread_symbol_shorthands);
  if (tail === NIL || !(tail instanceof Cons)) return name;
  if (reading && shorthandExempt(name)) return name;
  let n = 0;
  for (; tail instanceof Cons && n < 1e5; tail = tail.cdr, n++) {
    const pair = tail.car;
    if (!(pair instanceof Cons) || !(pair.car instanceof LString) || !(pair.cdr instanceof LString)) continue;
    const sh = pair.car.s;
    if (name.startsWith(sh)) return pair.cdr.s + name.slice(sh.length);
  }
  return name;
}
defun("intern", "(string &optional obarray)", `Return the canonical symbol whose name is STRING.
If there is none, one is created by this function and returned.
A second optional argument specifies the obarray to use;
it defaults to the value of \`obarray'.`, (string, obarray) => {
  const ob = checkObarray(obarray === NIL ? findSymbolValue(Vobarray) : obarray);
  const name = checkString(string).s;
  return internIn(ob, expandShorthand(name, false));
});
defun("intern-soft", "(name &optional obarray)", `Return the canonical symbol named NAME, or nil if none exists.
NAME may be a string or a symbol.  If it is a symbol, that exact
symbol is searched for.
A second optional argument specifies the obarray to use;
it defaults to the value of \`obarray'.`, (name, obarray) => {
  const ob = checkObarray(obarray === NIL ? findSymbolValue(Vobarray) : obarray);
  const table2 = obarrayTable(ob);
  if (name instanceof LSymbol) return table2.get(name.name) === name ? name : NIL;
  const s = table2.get(expandShorthand(checkString(name).s, false));
  return s ?? NIL;
});
defun("unintern", "(name obarray)", `Delete the symbol named NAME, if any, from OBARRAY.
The value is t if a symbol was found and deleted, nil otherwise.
NAME may be a string or a symbol.  If it is a symbol, that symbol
is deleted, if it belongs to OBARRAY--no other symbol is deleted.
OBARRAY, if nil, defaults to the value of the variable \`obarray'.
usage: (unintern NAME OBARRAY)`, (name, obarray) => {
  const ob = checkObarray(obarray === NIL ? findSymbolValue(Vobarray) : obarray);
  const str = name instanceof LSymbol ? name.name : checkString(name).s;
  const table2 = obarrayTable(ob);
  const key = expandShorthand(str, false);
  const s = table2.get(key);
  if (!s) return NIL;
  if (name instanceof LSymbol && name !== s) return NIL;
  s.interned = 0 /* Uninterned */;
  table2.delete(key);
  return T;
});
defun("mapatoms", "(function &optional obarray)", `Call FUNCTION on every symbol in OBARRAY.
OBARRAY defaults to the value of \`obarray'.`, (fn, obarray) => {
  const ob = checkObarray(obarray === NIL ? findSymbolValue(Vobarray) : obarray);
  const syms = Array.from(obarrayTable(ob).values());
  for (const s of syms) funcall(fn, s);
  return NIL;
});
defun("obarray-make", "(&optional size)", `Return a new obarray of size SIZE or \`obarray-default-size'.`, (size) => {
  const n = size === NIL ? 59 : size;
  if (!isNumber(n)) return wrongType(Qnumber_or_marker_p, n);
  if (!(Number(n instanceof LFloat ? n.n : n) > 0)) return xsignal(Qwrong_type_argument, defsym("size"), 0);
  if (typeof n !== "number") return wrongType(Qwholenump, n);
  return new Array(n).fill(0);
});

// src/lread/escapes.ts
var CHAR_ALT = 4194304;
var CHAR_SUPER = 8388608;
var CHAR_HYPER = 16777216;
var CHAR_SHIFT = 33554432;
var CHAR_CTL = 67108864;
var CHAR_META = 134217728;
var CHAR_MODIFIER_MASK = 264241152;
var byte8ToChar = (b) => b + 4194048;
var Qchar_from_name = defsym("char-from-name");
function hexDigit(c) {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 97 && c <= 102) return c - 87;
  if (c >= 65 && c <= 70) return c - 55;
  return -1;
}
function readEscape(r, stringp) {
  let c = r.nextChar();
  switch (c) {
    case -1:
      return r.eof();
    case 97:
      return 7;
    // a
    case 98:
      return 8;
    // b
    case 100:
      return 127;
    // d
    case 101:
      return 27;
    // e
    case 102:
      return 12;
    // f
    case 110:
      return 10;
    // n
    case 114:
      return 13;
    // r
    case 116:
      return 9;
    // t
    case 118:
      return 11;
    // v
    case 10:
      return -1;
    case 32:
      return stringp ? -1 : 32;
    case 77:
      return modifierPrefix(r, CHAR_META);
    // M-
    case 83:
      return modifierPrefix(r, CHAR_SHIFT);
    // S-
    case 72:
      return modifierPrefix(r, CHAR_HYPER);
    // H-
    case 65:
      return modifierPrefix(r, CHAR_ALT);
    // A-
    case 115:
      c = r.nextChar();
      if (stringp || c !== 45) {
        r.unreadChar();
        return 32;
      }
      c = r.nextChar();
      if (c === 92) c = readEscape(r, false);
      return c | CHAR_SUPER;
    case 67:
      if (r.nextChar() !== 45) error("Invalid escape character syntax");
      return controlEscape(r);
    case 94:
      return controlEscape(r);
    // ^
    case 48:
    case 49:
    case 50:
    case 51:
    case 52:
    case 53:
    case 54:
    case 55: {
      let i = c - 48;
      for (let count = 1; count < 3; count++) {
        c = r.nextChar();
        if (c >= 48 && c <= 55) i = i * 8 + (c - 48);
        else {
          r.unreadChar();
          break;
        }
      }
      return i >= 128 && i < 256 ? byte8ToChar(i) : i;
    }
    case 120: {
      let i = 0, count = 0;
      for (; ; ) {
        c = r.nextChar();
        const d = hexDigit(c);
        if (d < 0) {
          r.unreadChar();
          break;
        }
        i = i * 16 + d;
        if (i > 268435455) error(`Hex character out of range: \\x${i.toString(16)}...`);
        if (count < 3) count++;
      }
      return count < 3 && i >= 128 ? byte8ToChar(i) : i;
    }
    case 85:
      return unicodeEscape(r, 8);
    // U: exactly 8 hex digits
    case 117:
      return unicodeEscape(r, 4);
    // u: exactly 4 hex digits
    case 78:
      return readNamedChar(r);
    // N{NAME} or N{U+XXXX}
    default:
      return c;
  }
}
function modifierPrefix(r, bit) {
  let c = r.nextChar();
  if (c !== 45) error("Invalid escape character syntax");
  c = r.nextChar();
  if (c === 92) c = readEscape(r, false);
  return c | bit;
}
function unicodeEscape(r, hexCount) {
  let i = 0;
  for (let count = 1; count <= hexCount; count++) {
    const c = r.nextChar();
    if (c < 0) error(`Malformed Unicode escape: \\${hexCount > 4 ? "U" : "u"}${i.toString(16)}`);
    const d = hexDigit(c);
    if (d < 0) error(`Non-hex character used for Unicode escape: ${charToJs(c)} (${c})`);
    i = i * 16 + d;
  }
  if (i > 1114111) error(`Non-Unicode character: 0x${i.toString(16)}`);
  return i;
}
function controlEscape(r) {
  let c = r.nextChar();
  if (c === 92) c = readEscape(r, false);
  return controlify(c);
}
function controlify(c) {
  const base = c & ~CHAR_MODIFIER_MASK;
  if (base === 63) return 127 | c & CHAR_MODIFIER_MASK;
  if (!(base < 256)) return c | CHAR_CTL;
  if ((c & 95) >= 65 && (c & 95) <= 90) return c & (31 | ~127);
  if ((c & 127) >= 64 && (c & 127) <= 95) return c & (31 | ~127);
  return c | CHAR_CTL;
}
var isCSpace = (c) => c === 32 || c >= 9 && c <= 13;
function readNamedChar(r) {
  let c = r.nextChar();
  if (c !== 123) r.invalid("Expected opening brace after \\N");
  let name = "";
  let whitespace = false;
  for (; ; ) {
    c = r.nextChar();
    if (c < 0) r.eof();
    if (c === 125) break;
    if (!(c > 0 && c < 128)) r.invalid(`Invalid character U+${c.toString(16).toUpperCase().padStart(4, "0")} in character name`);
    if (isCSpace(c)) {
      if (whitespace) continue;
      c = 32;
      whitespace = true;
    } else whitespace = false;
    name += String.fromCharCode(c);
    if (name.length >= 201) r.invalid("Character name too long");
  }
  if (name.length === 0) r.invalid("Empty character name");
  let code;
  if (name.charCodeAt(0) === 85 && name.charCodeAt(1) === 43) {
    code = parseNumber(name, 1, name.length, 16);
    if (parsedLength !== name.length - 1) code = void 0;
  } else if (Qchar_from_name.f !== NIL) {
    code = funcall(Qchar_from_name, new LString(name, false), T);
  }
  if (typeof code !== "number" || code < 0 || code > 1114111 || code >= 55296 && code <= 57343) {
    return r.invalid(`\\N{${name}}`);
  }
  return code;
}

// src/lread/reader.ts
var Qquote2 = defsym("quote");
var Qfunction2 = defsym("function");
var Qbackquote2 = defsym("`");
var Qcomma2 = defsym(",");
var Qcomma_at2 = defsym(",@");
var Qhash_table = defsym("hash-table");
var Qread_circle = defsym("read-circle");
var Qload_file_name = defsym("load-file-name");
var Qload_true_file_name = defsym("load-true-file-name");
var Qunescaped_literals = defsym("lread--unescaped-character-literals");
var Qset_text_properties = defsym("set-text-properties");
var Qmake_hash_table = defsym("make-hash-table");
var Qputhash = defsym("puthash");
var HASH_PARAMS = ["size", "test", "weakness", "rehash-size", "rehash-threshold", "purecopy"].map((n) => [defsym(n), defsym(":" + n)]);
var Qdata = defsym("data");
var CHAR_META2 = 134217728;
var CHAR_CTL2 = 67108864;
var CHAR_SHIFT2 = 33554432;
var CHAR_MODIFIER_MASK2 = 264241152;
var NO_BREAK_SPACE = 160;
function table(chars, controls) {
  const t = new Uint8Array(128);
  if (controls) for (let i = 0; i <= 32; i++) t[i] = 1;
  for (const ch of chars) t[ch.charCodeAt(0)] = 1;
  return t;
}
var SYMBOL_END = table("\"';()[]#`,", true);
var DOT_END = table("\"';([#?`,", true);
var CHAR_END = table("\"';()[]#?`,.", true);
var Reader = class {
  /** The text; only ever appended to (by `pull`), so indices stay valid. */
  s;
  pos;
  end;
  /** Fetches more text for character streams; returns false at end of input. */
  pull = null;
  /** Extra data for invalid-read-syntax (GNU adds line and column when reading from a buffer). */
  syntaxExtra = null;
  /** Width in JS units of the last character returned by nextChar (0 after end of input). */
  lastW = 0;
  // The explicit stack (parallel arrays).
  sp = 0;
  kind = [];
  sub = [];
  st = [];
  a = [];
  b = [];
  // #N= / #N# state for one top-level read.
  labels = null;
  readCircle = true;
  /** Symbol table of the initial obarray when reading may intern straight into it (no shorthands). */
  fastTable = null;
  constructor(s, start = 0, end = s.length) {
    this.s = s;
    this.pos = start;
    this.end = end;
  }
  // -------------------------------------------------------------------------------------------
  // Character access.
  // -------------------------------------------------------------------------------------------
  /** Makes more text available; false at end of input. */
  more() {
    return this.pull !== null && this.pull(this);
  }
  /** The JS unit at `pos` without consuming it, or -1 at end of input. */
  peekUnit() {
    return this.pos < this.end || this.more() ? this.s.charCodeAt(this.pos) : -1;
  }
  /** Consumes and returns the next character (decoding surrogate pairs), or -1 at end of input. */
  nextChar() {
    if (this.pos >= this.end && !this.more()) {
      this.lastW = 0;
      return -1;
    }
    const u = this.s.charCodeAt(this.pos);
    if (u < 55296 || u > 57343) {
      this.pos++;
      this.lastW = 1;
      return u;
    }
    const c = jsCharAt(this.s, this.pos);
    this.lastW = c >= 65536 ? 2 : 1;
    this.pos += this.lastW;
    return c;
  }
  /** Pushes back the character nextChar returned last (nothing after end of input, like GNU's UNREAD (-1)). */
  unreadChar() {
    this.pos -= this.lastW;
    this.lastW = 0;
  }
  // -------------------------------------------------------------------------------------------
  // Errors.
  // -------------------------------------------------------------------------------------------
  invalid(msg) {
    const extra = this.syntaxExtra ? this.syntaxExtra() : [];
    return xsignal(Qinvalid_read_syntax, mkStr(msg), ...extra);
  }
  /** GNU end_of_file_error: names the file being loaded, if any. */
  eof() {
    const f = findSymbolValue(Qload_true_file_name);
    if (f instanceof LString) return xsignal(Qend_of_file, f);
    return xsignal(Qend_of_file);
  }
  // -------------------------------------------------------------------------------------------
  // Top level.
  // -------------------------------------------------------------------------------------------
  /** Prepares for one top-level read (GNU read_internal_start): fresh #N= tables, current settings. */
  begin() {
    this.sp = 0;
    this.labels = null;
    this.readCircle = findSymbolValue(Qread_circle) !== NIL;
    const ob = findSymbolValue(Vobarray);
    this.fastTable = ob === lreadState().initialObarray && findSymbolValue(Vread_symbol_shorthands) === NIL ? E.obarray : null;
  }
  /** Skips whitespace and comments; returns the next JS unit (not consumed) or -1 at end of input. */
  skipSpace() {
    let s = this.s, end = this.end, p = this.pos;
    for (; ; ) {
      if (p >= end) {
        this.pos = p;
        if (!this.more()) return -1;
        s = this.s;
        end = this.end;
      }
      const u = s.charCodeAt(p);
      if (u <= 32 || u === NO_BREAK_SPACE) {
        p++;
        continue;
      }
      if (u === 59) {
        for (; ; ) {
          p++;
          if (p >= end) {
            this.pos = p;
            if (!this.more()) return -1;
            s = this.s;
            end = this.end;
          }
          if (s.charCodeAt(p) === 10) break;
        }
        p++;
        continue;
      }
      this.pos = p;
      return u;
    }
  }
  /**
   * Like GNU's readevalloop between forms: skips the whitespace it knows and comments. Returns false at
   * end of input. Other control characters are left for `read`, which skips them too.
   */
  skipToForm() {
    for (; ; ) {
      const u = this.peekUnit();
      if (u < 0) return false;
      if (u === 32 || u === 9 || u === 10 || u === 12 || u === 13 || u === NO_BREAK_SPACE) {
        this.pos++;
        continue;
      }
      if (u === 59) {
        let c;
        do {
          this.pos++;
          c = this.peekUnit();
        } while (c >= 0 && c !== 10);
        continue;
      }
      return true;
    }
  }
  /** Reads one object (GNU read0 via read_internal_start). */
  read() {
    this.begin();
    const base = this.sp;
    let value;
    main: for (; ; ) {
      const c = this.skipSpace();
      if (c < 0) this.eof();
      this.pos++;
      switch (c) {
        case 40:
          this.push(1 /* List */, 0 /* Plain */, NIL, null);
          continue;
        // (
        case 91:
          this.push(2 /* Vector */, 0 /* Plain */, [], null);
          continue;
        // [
        case 41:
        case 93:
          value = this.close(c, base);
          break;
        // ) ]
        case 39:
          this.push(3 /* Wrap */, 0, Qquote2, null);
          continue;
        // '
        case 96:
          this.push(3 /* Wrap */, 0, Qbackquote2, null);
          continue;
        // `
        case 44:
          if (this.peekUnit() === 64) {
            this.pos++;
            this.push(3 /* Wrap */, 0, Qcomma_at2, null);
          } else this.push(3 /* Wrap */, 0, Qcomma2, null);
          continue;
        case 34:
          value = this.readString();
          break;
        // "
        case 63:
          value = this.readCharLiteral();
          break;
        // ?
        case 35: {
          const v = this.readHash();
          if (v === void 0) continue;
          value = v;
          break;
        }
        case 46: {
          const n = this.peekUnit();
          if (n <= 32 || n < 128 && DOT_END[n] === 1) {
            this.dot(base);
            continue;
          }
          value = this.readSymbol(this.pos - 1, false, false);
          break;
        }
        default:
          value = this.readSymbol(this.pos - 1, false, false);
      }
      for (; ; ) {
        if (this.sp === base) return value;
        const i = this.sp - 1;
        switch (this.kind[i]) {
          case 1 /* List */: {
            const state5 = this.st[i];
            if (state5 === 0 /* Elems */) {
              const cell = new Cons(value, NIL);
              const tail = this.b[i];
              if (tail === null) this.a[i] = cell;
              else tail.cdr = cell;
              this.b[i] = cell;
            } else if (state5 === 1 /* AfterDot */) {
              const tail = this.b[i];
              if (tail === null) this.a[i] = value;
              else tail.cdr = value;
              this.st[i] = 2 /* AfterCdr */;
            } else this.invalid(". in wrong context");
            continue main;
          }
          case 2 /* Vector */:
            this.a[i].push(value);
            continue main;
          case 6 /* StrProps */: {
            const items = this.a[i];
            if (items.length === 0 && !(value instanceof LString)) this.invalid("#");
            items.push(value);
            continue main;
          }
          case 3 /* Wrap */:
            this.sp--;
            value = new Cons(this.a[i], new Cons(value, NIL));
            continue;
          case 4 /* Label */:
            this.sp--;
            value = this.finishLabel(this.b[i], this.a[i], value);
            continue;
          case 5 /* BoolVec */:
            this.sp--;
            value = this.finishBoolVector(value);
            continue;
        }
      }
    }
  }
  push(kind, sub, a, b) {
    const i = this.sp++;
    this.kind[i] = kind;
    this.sub[i] = sub;
    this.st[i] = 0;
    this.a[i] = a;
    this.b[i] = b;
  }
  /** A `)` or `]`: closes the innermost construct (returning it) or signals GNU's error. */
  close(c, base) {
    const ch = c === 41 ? ")" : "]";
    if (this.sp === base) this.invalid(ch);
    const i = this.sp - 1;
    switch (this.kind[i]) {
      case 1 /* List */: {
        const state5 = this.st[i];
        if (state5 === 1 /* AfterDot */) this.invalid(ch);
        if (c === 93) this.invalid(state5 === 0 /* Elems */ ? "] in a list" : ". in wrong context");
        this.sp--;
        const list2 = this.a[i];
        this.a[i] = this.b[i] = void 0;
        return this.sub[i] === 1 /* SharpS */ ? this.finishSharpS(list2) : list2;
      }
      case 2 /* Vector */: {
        if (c === 41) this.invalid(") or . in a vector");
        this.sp--;
        const items = this.a[i];
        this.a[i] = void 0;
        switch (this.sub[i]) {
          case 1 /* ByteCode */:
            return this.finishByteCode(items);
          case 2 /* CharTable */:
            return charTableFromSlots(items);
          case 3 /* SubCharTable */:
            return subCharTableFromSlots(items);
          default:
            return items;
        }
      }
      case 6 /* StrProps */: {
        const items = this.a[i];
        if (items.length === 0) this.invalid("#");
        if (c === 93 || (items.length - 1) % 3 !== 0) this.invalid("Invalid string property list");
        this.sp--;
        this.a[i] = void 0;
        return this.finishStringProps(items);
      }
      case 5 /* BoolVec */:
        return this.invalid("#&...");
      default:
        return this.invalid(ch);
    }
  }
  /** The dotted-pair `.` token. */
  dot(base) {
    if (this.sp === base) this.invalid(".");
    const i = this.sp - 1;
    switch (this.kind[i]) {
      case 1 /* List */:
        if (this.st[i] === 0 /* Elems */) {
          this.st[i] = 1 /* AfterDot */;
          return;
        }
        return this.invalid(this.st[i] === 1 /* AfterDot */ ? "." : ". in wrong context");
      case 2 /* Vector */:
        return this.invalid(") or . in a vector");
      case 6 /* StrProps */:
        return this.invalid(this.a[i].length === 0 ? "#" : "Invalid string property list");
      case 5 /* BoolVec */:
        return this.invalid("#&...");
      default:
        return this.invalid(".");
    }
  }
  // -------------------------------------------------------------------------------------------
  // Atoms.
  // -------------------------------------------------------------------------------------------
  /**
   * A symbol or number starting at START (GNU read1's read_symbol). A backslash quotes the next character
   * (and makes the token a symbol). UNINTERNED: `#:` syntax; SKIPSHORTHAND: `#_` syntax.
   */
  readSymbol(start, uninterned, skipShorthand) {
    let s = this.s, end = this.end, p = start;
    let quoted = false, chunk = start, name = "";
    for (; ; ) {
      if (p >= end) {
        this.pos = p;
        if (!this.more()) break;
        s = this.s;
        end = this.end;
      }
      const u = s.charCodeAt(p);
      if (u < 128 ? SYMBOL_END[u] === 1 : u === NO_BREAK_SPACE) break;
      if (u === 92) {
        name += s.slice(chunk, p);
        p++;
        if (p >= end) {
          this.pos = p;
          if (!this.more()) this.eof();
          s = this.s;
          end = this.end;
        }
        quoted = true;
        chunk = p;
      }
      p++;
    }
    this.pos = p;
    name = quoted ? name + s.slice(chunk, p) : s.slice(start, p);
    if (!quoted && !uninterned && !skipShorthand) {
      const c0 = name.charCodeAt(0);
      if (c0 >= 48 && c0 <= 57 || c0 === 43 || c0 === 45 || c0 === 46) {
        const v = parseNumber(name, 0, name.length, 10);
        if (v !== void 0 && parsedLength === name.length) return v;
      }
    }
    if (uninterned) return makeSymbol(name);
    const fast = this.fastTable;
    if (fast !== null) return fast.get(name) ?? E.intern(name);
    return internCurrent(skipShorthand ? name : expandShorthand(name, true));
  }
  /** A string literal; the opening `"` is consumed. Raw-byte escapes without multibyte text make it unibyte. */
  readString() {
    let s = this.s, end = this.end, p = this.pos, chunk = p, out = "";
    let forceMultibyte = false, forceSinglebyte = false;
    for (; ; ) {
      if (p >= end) {
        this.pos = p;
        if (!this.more()) this.eof();
        s = this.s;
        end = this.end;
      }
      const u = s.charCodeAt(p);
      if (u === 34) {
        out += s.slice(chunk, p);
        p++;
        break;
      }
      if (u === 92) {
        out += s.slice(chunk, p);
        this.pos = p + 1;
        let ch = readEscape(this, true);
        p = chunk = this.pos;
        s = this.s;
        end = this.end;
        if (ch === -1) continue;
        let mods = ch & CHAR_MODIFIER_MASK2;
        ch &= ~CHAR_MODIFIER_MASK2;
        if (ch > 4194175) forceSinglebyte = true;
        else if (ch >= 128) forceMultibyte = true;
        else {
          if (mods === CHAR_CTL2) {
            if (ch === 32) {
              ch = 0;
              mods = 0;
            } else if (ch === 63) {
              ch = 127;
              mods = 0;
            }
          }
          if (mods & CHAR_SHIFT2) {
            if (ch >= 65 && ch <= 90) mods &= ~CHAR_SHIFT2;
            else if (ch >= 97 && ch <= 122) {
              ch -= 32;
              mods &= ~CHAR_SHIFT2;
            }
          }
          if (mods & CHAR_META2) {
            mods &= ~CHAR_META2;
            ch = (ch | 128) + 4194048;
            forceSinglebyte = true;
          }
        }
        if (mods !== 0) this.invalid("Invalid modifier in string");
        out += charText(ch);
        continue;
      }
      if (u >= 128) {
        if (u >= 55296 && u <= 57343) {
          const c = jsCharAt(s, p);
          if (c >= BYTE8_FIRST) forceSinglebyte = true;
          else forceMultibyte = true;
          p += c >= 65536 ? 2 : 1;
          continue;
        }
        forceMultibyte = true;
      }
      p++;
    }
    this.pos = p;
    if (out.length === 0) return lreadState().emptyString;
    if (!forceMultibyte && forceSinglebyte) return unibyteFromRaw(out);
    return new LString(out, forceMultibyte);
  }
  /** A `?X` character literal; the `?` is consumed. */
  readCharLiteral() {
    let c = this.nextChar();
    if (c < 0) this.eof();
    if (c === 32 || c === 9) return c;
    if (c === 40 || c === 41 || c === 91 || c === 93 || c === 34 || c === 59) noteUnescapedLiteral(c);
    if (c === 92) c = readEscape(this, false);
    const mods = c & CHAR_MODIFIER_MASK2;
    c &= ~CHAR_MODIFIER_MASK2;
    if (c > 4194175) c -= 4194048;
    c |= mods;
    const next = this.peekUnit();
    if (next <= 32 || next < 128 && CHAR_END[next] === 1) return c;
    return this.invalid("?");
  }
  /** An integer in RADIX after `#x`, `#o`, `#b` or `#NNr` (GNU read_integer). */
  readRadixInteger(radix) {
    const start = this.pos;
    let c = this.peekUnit();
    if (c === 43 || c === 45) {
      this.pos++;
      c = this.peekUnit();
    }
    let valid = -1;
    for (; ; ) {
      const d = c < 0 ? -2 : digitValue(c, radix);
      if (d < -1) break;
      if (d === -1) valid = 0;
      else if (valid < 0) valid = 1;
      this.pos++;
      c = this.peekUnit();
    }
    if (valid !== 1) this.invalid(`integer, radix ${radix}`);
    return parseNumber(this.s, start, this.pos, radix);
  }
  // -------------------------------------------------------------------------------------------
  // `#` syntax.
  // -------------------------------------------------------------------------------------------
  /** Dispatches on the character after `#`. Returns the object read, or undefined when a construct was opened or text skipped. */
  readHash() {
    const c = this.peekUnit();
    if (c >= 0) this.pos++;
    switch (c) {
      case 115:
        if (this.peekUnit() === 40) {
          this.pos++;
          this.push(1 /* List */, 1 /* SharpS */, NIL, null);
          return void 0;
        }
        return this.invalid("#");
      case 94:
        if (this.peekUnit() === 91) {
          this.pos++;
          this.push(2 /* Vector */, 2 /* CharTable */, [], null);
          return void 0;
        }
        if (this.peekUnit() === 94) {
          this.pos++;
          if (this.peekUnit() === 91) {
            this.pos++;
            this.push(2 /* Vector */, 3 /* SubCharTable */, [], null);
            return void 0;
          }
          return this.invalid("#^^");
        }
        return this.invalid("#^");
      case 38:
        this.push(5 /* BoolVec */, 0, null, null);
        return void 0;
      // #&N"..."
      case 91:
        this.push(2 /* Vector */, 1 /* ByteCode */, [], null);
        return void 0;
      // #[
      case 40:
        this.push(6 /* StrProps */, 0, [], null);
        return void 0;
      // #("..." props)
      case 64:
        return this.skipDynamic();
      // #@NUMBER
      case 33: {
        let u;
        do
          u = this.nextChar();
        while (u !== 10 && u >= 0);
        return void 0;
      }
      case 36:
        return findSymbolValue(Qload_file_name);
      // #$
      case 39:
        this.push(3 /* Wrap */, 0, Qfunction2, null);
        return void 0;
      // #'
      case 58:
      case 95: {
        const n = this.peekUnit();
        if (!(n > 32 && n !== NO_BREAK_SPACE && (n >= 128 || SYMBOL_END[n] === 0))) return makeSymbol("");
        return this.readSymbol(this.pos, c === 58, c === 95);
      }
      case 35:
        return this.fastTable ? E.intern("") : internCurrent("");
      // ##
      case 120:
      case 88:
        return this.readRadixInteger(16);
      case 111:
      case 79:
        return this.readRadixInteger(8);
      case 98:
      case 66:
        return this.readRadixInteger(2);
      default:
        if (c >= 48 && c <= 57) return this.readHashNumber();
        return this.invalid("#");
    }
  }
  /** `#NNr...`, `#N=` and `#N#`; the first digit C is consumed. */
  readHashNumber() {
    const start = this.pos - 1;
    let u = this.peekUnit();
    while (u >= 48 && u <= 57) {
      this.pos++;
      u = this.peekUnit();
    }
    const digits = this.s.slice(start, this.pos);
    const n = BigInt(digits);
    if (n < 2n ** 63n) {
      if (u === 114 || u === 82) {
        this.pos++;
        if (n < 2n || n > 36n) this.invalid(`integer, radix ${n}`);
        return this.readRadixInteger(Number(n));
      }
      if (this.readCircle && n <= MOST_POSITIVE_FIXNUM) {
        const key = n.toString();
        if (u === 61) {
          this.pos++;
          const placeholder = new Cons(NIL, NIL);
          (this.labels ??= /* @__PURE__ */ new Map()).set(key, placeholder);
          this.push(4 /* Label */, 0, placeholder, key);
          return void 0;
        }
        if (u === 35) {
          const v = this.labels?.get(key);
          if (v !== void 0) {
            this.pos++;
            return v;
          }
        }
      }
    }
    return this.invalid("#");
  }
  /** `#@NUMBER`: skips a dynamic doc string up to its \037 terminator; `#@00` skips to end of input. */
  skipDynamic() {
    let nskip = 0, digits = 0, c;
    while ((c = this.nextChar()) >= 48 && c <= 57) {
      digits++;
      nskip = nskip * 10 + (c - 48);
      if (digits === 2 && nskip === 0) {
        while (this.nextChar() >= 0) ;
        return NIL;
      }
    }
    if (nskip === 0) this.unreadChar();
    do
      c = this.nextChar();
    while (c >= 0 && c !== 31);
    return void 0;
  }
  // -------------------------------------------------------------------------------------------
  // Finishing compound syntax.
  // -------------------------------------------------------------------------------------------
  /** `#N=OBJ`: OBJ replaces the placeholder everywhere (GNU: read1's `#n=` case). */
  finishLabel(key, placeholder, tem) {
    if (tem instanceof Cons) {
      placeholder.car = tem.car;
      placeholder.cdr = tem.cdr;
      return placeholder;
    }
    if (!(tem instanceof LSymbol) && !isNumber(tem) && !(tem instanceof LString && !tem.intervals)) {
      substituteObject(tem, placeholder);
    }
    this.labels.set(key, tem);
    return tem;
  }
  /** `#&N"BITS"` once N has been read: the string must follow immediately. */
  finishBoolVector(length2) {
    if (this.peekUnit() !== 34) this.invalid("#&...");
    this.pos++;
    const str = this.readString();
    if (typeof length2 !== "number" || length2 < 0) return this.invalid("#&...");
    const nbytes = Math.ceil(length2 / 8);
    const n = str.s.length;
    if (str.multibyte || n !== nbytes && length2 !== (n - 1) * 8) this.invalid("#&...");
    const bits = new Uint8Array(length2);
    for (let i = 0; i < length2; i++) bits[i] = str.s.charCodeAt(i >> 3) >> (i & 7) & 1;
    return new BoolVector(bits);
  }
  /** `#[...]`: checks the slots GNU checks and makes a byte-code object. */
  finishByteCode(slots) {
    const args = slots[0], code = slots[1], depth = slots[3];
    if (!(slots.length > 3 && (typeof args === "number" || args instanceof Cons || args === NIL) && (code instanceof LString && Array.isArray(slots[2]) || code instanceof Cons) && typeof depth === "number" && depth >= 0)) this.invalid("Invalid byte-code object");
    if (code instanceof LString && code.multibyte) slots[1] = unibyteFromBytes(stringData(code));
    return new ByteCode(slots);
  }
  /** `#s(...)`: a hash table when the head is `hash-table`, else a record. */
  finishSharpS(list2) {
    const head = list2 instanceof Cons ? list2.car : NIL;
    if (head !== Qhash_table) {
      const size = listLength(list2);
      if (size === 0) return xsignal(Qwrong_type_argument, Qwholenump, -1);
      const slots = [];
      for (let l = list2; l instanceof Cons; l = l.cdr) slots.push(l.car);
      return new LRecord(slots);
    }
    const plist = list2.cdr;
    const params = [];
    for (const [key, kw] of HASH_PARAMS) {
      const v = plistGet2(plist, key);
      if (v !== NIL) params.push(kw, v);
    }
    let data = plistGet2(plist, Qdata);
    const ht = funcall(Qmake_hash_table, ...params);
    let last = data;
    const seen = /* @__PURE__ */ new Set();
    while (data instanceof Cons && !seen.has(data)) {
      seen.add(data);
      const key = data.car;
      data = data.cdr;
      if (!(data instanceof Cons)) break;
      const val = data.car;
      last = data.cdr;
      if (ht instanceof HashTable) ht.put(key, val);
      else funcall(Qputhash, key, val, ht);
      data = data.cdr;
    }
    if (last !== NIL) error("Hash table data is not a list of even length");
    return ht;
  }
  /** `#("STRING" BEG END PLIST ...)`: applies each property triple with `set-text-properties`. */
  finishStringProps(items) {
    const str = items[0];
    const setter = Qset_text_properties.f;
    if (setter !== NIL) {
      for (let i = 1; i + 2 < items.length; i += 3) funcall(Qset_text_properties, items[i], items[i + 1], items[i + 2], str);
    }
    return str;
  }
};
var FIRST_UNREPRESENTABLE = 1114112 + (1 << 20) - 128;
function charText(c) {
  if (c >= FIRST_UNREPRESENTABLE && c < BYTE8_FIRST) error(`Character #x${c.toString(16)} is not supported in strings`);
  return charToJs(c);
}
function unibyteFromRaw(s) {
  let out = "";
  for (let i = 0; i < s.length; i++) {
    const u = s.charCodeAt(i);
    if (u >= 56320 && u <= 57343) {
      out += String.fromCharCode(jsCharAt(s, i) - BYTE8_FIRST + 128);
      i++;
    } else out += s[i];
  }
  return new LString(out, false);
}
function plistGet2(plist, prop) {
  let n = 0;
  for (let p = plist; p instanceof Cons && p.cdr instanceof Cons && n < 1e6; p = p.cdr.cdr, n++) {
    if (p.car === prop) return p.cdr.car;
  }
  return NIL;
}
function noteUnescapedLiteral(c) {
  const v = findSymbolValue(Qunescaped_literals);
  checkList(v);
  for (let l = v; l instanceof Cons; l = l.cdr) if (l.car === c) return;
  setInternal(Qunescaped_literals, new Cons(c, v));
}
function substituteObject(object, placeholder) {
  const seen = /* @__PURE__ */ new Set();
  const work = [object];
  const fix = (x) => {
    if (x === placeholder) return object;
    if (x instanceof LSymbol || typeof x === "number" || typeof x === "bigint" || x instanceof LString && !x.intervals) return x;
    if (!seen.has(x)) {
      seen.add(x);
      work.push(x);
    }
    return x;
  };
  seen.add(object);
  while (work.length > 0) {
    let x = work.pop();
    while (x instanceof Cons) {
      x.car = fix(x.car);
      const d = x.cdr;
      if (d === placeholder) {
        x.cdr = object;
        break;
      }
      if (!(d instanceof Cons) || seen.has(d)) {
        x.cdr = fix(d);
        break;
      }
      seen.add(d);
      x = d;
    }
    if (Array.isArray(x)) {
      for (let i = 0; i < x.length; i++) x[i] = fix(x[i]);
    } else if (x instanceof LRecord || x instanceof ByteCode) {
      const sl = x.slots;
      for (let i = 0; i < sl.length; i++) sl[i] = fix(sl[i]);
    } else if (x instanceof HashTable) {
      for (let i = 0; i < x.top; i++) {
        x.keys[i] = fix(x.keys[i]);
        x.vals[i] = fix(x.vals[i]);
      }
    } else if (x instanceof CharTable) {
      x.defalt = fix(x.defalt);
      x.parent = fix(x.parent);
      x.purpose = fix(x.purpose);
      for (let i = 0; i < x.contents.length; i++) x.contents[i] = fix(x.contents[i]);
      for (let i = 0; i < x.extras.length; i++) x.extras[i] = fix(x.extras[i]);
    } else if (x instanceof SubCharTable) {
      for (let i = 0; i < x.contents.length; i++) x.contents[i] = fix(x.contents[i]);
    } else if (x instanceof Vectorlike || x instanceof LString) {
    }
  }
}

// src/lread/load.ts
import { accessSync, constants as fsConstants, readFileSync, statSync } from "node:fs";
import { homedir } from "node:os";
import { gunzipSync } from "node:zlib";
var Qlexical_binding = defsym("lexical-binding");
var Qmessage = defsym("message");
var Qsubstitute_in_file_name = defsym("substitute-in-file-name");
var Qdo_after_load_evaluation = defsym("do-after-load-evaluation");
var Qinternal_macroexpand_for_load = defsym("internal-macroexpand-for-load");
var Qprogn2 = defsym("progn");
var Qdir_ok = defsym("dir-ok");
var Qdefault_directory = defsym("default-directory");
var Qinhibit_file_name_operation = defsym("inhibit-file-name-operation");
var Qfile_missing = defsym("file-missing");
var Qfile_error = defsym("file-error");
var Qunescaped_literals2 = defsym("lread--unescaped-character-literals");
var Qunescaped_warning = defsym("byte-run--unescaped-character-literals-warning");
var Vload_path = defvar("load-path", () => loadPathFromEnvironment(), `List of directories to search for files to load.
Each element is a string (directory file name) or nil (meaning
\`default-directory').
This list is consulted by the \`require' function.`);
var Vload_suffixes = defvar(
  "load-suffixes",
  () => list(mkStr(".elc"), mkStr(".el")),
  `List of suffixes for Emacs Lisp files and dynamic modules.
This list includes suffixes for both compiled and source Emacs Lisp files.
This list should not include the empty string.`
);
defvar("module-file-suffix", NIL, "Suffix of loadable module file, or nil if modules are not supported.");
var Vload_file_rep_suffixes = defvar(
  "load-file-rep-suffixes",
  () => list(mkStr(""), mkStr(".gz")),
  "List of suffixes that indicate representations of the same file."
);
var Vload_in_progress = defvar("load-in-progress", NIL, "Non-nil if inside of `load'.");
defvar("after-load-alist", NIL, "An alist of functions to be evalled when particular files are loaded.");
var Vload_history = defvar("load-history", NIL, "Alist mapping loaded file names to symbols and features.");
var Vload_file_name = defvar("load-file-name", NIL, "Full name of file being loaded by `load'.");
var Vload_true_file_name = defvar("load-true-file-name", NIL, "Full name of file being loaded by `load'.");
var Vuser_init_file = defvar("user-init-file", NIL, "File name, including directory, of user's initialization file.");
var Vcurrent_load_list = defvar("current-load-list", NIL, "Used for internal purposes by `load'.");
defvar("load-read-function", defsym("read"), "Function used by `load' and `eval-region' for reading expressions.");
var Vload_source_file_function = defvar(
  "load-source-file-function",
  NIL,
  "Function called in `load' to load an Emacs Lisp source file."
);
defvar("load-force-doc-strings", NIL, "Non-nil means `load' should force-load all dynamic doc strings.");
defvar("load-convert-to-unibyte", NIL, "Non-nil means `read' converts strings to unibyte whenever possible.");
defvar("source-directory", () => mkStr("/usr/share/emacs/28.2/"), "Directory in which Emacs sources were found when Emacs was built.");
defvar("preloaded-file-list", NIL, "List of files that were preloaded (when dumping Emacs).");
defvar("byte-boolean-vars", NIL, "List of all DEFVAR_BOOL variables, used by the byte code optimizer.");
defvar("load-dangerous-libraries", NIL, "Non-nil means load dangerous compiled Lisp files.");
var Vforce_load_messages = defvar("force-load-messages", NIL, "Non-nil means force printing messages when loading Lisp files.");
defvar(
  "bytecomp-version-regexp",
  () => mkStr("^;;;.\\(in Emacs version\\|bytecomp version FSF\\)"),
  "Regular expression matching safe to load compiled Lisp files."
);
defvar("eval-buffer-list", NIL, "List of buffers being read from by calls to `eval-buffer' and `eval-region'.");
defvar("load-prefer-newer", NIL, "Non-nil means `load' prefers the newest version of a file.");
defvar("load-no-native", NIL, "Non-nil means not to load a .eln file when a .elc was requested.");
function loadPathFromEnvironment() {
  const env = process.env.EMACSLOADPATH;
  if (!env) return NIL;
  return list(...env.split(":").filter((d) => d !== "").map((d) => mkStr(d)));
}
function loadhistAttach3(x) {
  setInternal(Vcurrent_load_list, new Cons(x, findSymbolValue(Vcurrent_load_list)));
}
function defaultDirectory() {
  const d = findSymbolValue(Qdefault_directory);
  return d instanceof LString ? d.s : process.cwd() + "/";
}
var isAbsolute = (f) => f.startsWith("/") || f.startsWith("~");
function expandFileName(name, dir) {
  if (name.startsWith("~") && (name.length === 1 || name[1] === "/")) name = homedir() + name.slice(1);
  if (!name.startsWith("/")) {
    let base = dir ?? defaultDirectory();
    if (base.startsWith("~")) base = expandFileName(base, "/");
    if (!base.startsWith("/")) base = expandFileName(base, null);
    name = (base.endsWith("/") ? base : base + "/") + name;
  }
  const trailing = name.endsWith("/") && name.length > 1;
  const out = [];
  for (const part of name.split("/")) {
    if (part === "" || part === ".") continue;
    if (part === "..") out.pop();
    else out.push(part);
  }
  return "/" + out.join("/") + (trailing && out.length > 0 ? "/" : "");
}
var ERRNO_TEXT = {
  ENOENT: "No such file or directory",
  EISDIR: "Is a directory",
  EACCES: "Permission denied",
  ENOTDIR: "Not a directory",
  ELOOP: "Too many levels of symbolic links",
  ENAMETOOLONG: "File name too long"
};
function reportFileError(what, code, data) {
  const sym2 = code === "ENOENT" ? Qfile_missing : Qfile_error;
  return xsignalData(sym2, new Cons(mkStr(what), new Cons(mkStr(ERRNO_TEXT[code] ?? code), data)));
}
function openp(path, file, suffixes, predicate, skip) {
  let errno = "ENOENT";
  const absolute = isAbsolute(file);
  const dirs = [];
  if (path === NIL) dirs.push(void 0);
  else for (let p = path, n = 0; p instanceof Cons && n < 1e5; p = p.cdr, n++) dirs.push(p.car);
  const sufs = suffixes.length === 0 ? [""] : suffixes;
  for (const dir of dirs) {
    let filename;
    if (dir === void 0) filename = absolute ? expandFileName(file, "/") : expandFileName(file, null);
    else filename = expandFileName(file, dir instanceof LString ? dir.s : null);
    for (const suffix of sufs) {
      const name = filename + suffix;
      if (skip?.(name)) continue;
      if (predicate !== NIL && predicate !== T && typeof predicate !== "number") {
        const v = funcall(predicate, mkStr(name));
        if (v === NIL) continue;
        if (v === Qdir_ok || !isDirectory(name)) return { name, errno: "" };
        errno = "EISDIR";
        continue;
      }
      try {
        const st = statSync(name);
        if (st.isDirectory()) {
          errno = "EISDIR";
          continue;
        }
        accessSync(name, typeof predicate === "number" ? predicate : fsConstants.R_OK);
        return { name, errno: "" };
      } catch (e) {
        const code = e.code ?? "ENOENT";
        if (code !== "ENOENT" && code !== "ENOTDIR") errno = code;
      }
    }
    if (absolute) break;
  }
  return { name: "", errno };
}
function isDirectory(name) {
  try {
    return statSync(name).isDirectory();
  } catch {
    return false;
  }
}
function stringList(l) {
  const out = [];
  for (let p = l, n = 0; p instanceof Cons && n < 1e5; p = p.cdr, n++) out.push(checkString(p.car).s);
  return out;
}
function getLoadSuffixes() {
  const out = [];
  const exts = stringList(findSymbolValue(Vload_file_rep_suffixes));
  for (const suffix of stringList(findSymbolValue(Vload_suffixes))) for (const ext of exts) out.push(suffix + ext);
  return out;
}
defun("get-load-suffixes", "()", `Return the suffixes that \`load' should try if a suffix is required.
This uses the variables \`load-suffixes' and \`load-file-rep-suffixes'.`, () => list(...getLoadSuffixes().map((s) => mkStr(s))));
defun("locate-file-internal", "(filename path &optional suffixes predicate)", `Search for FILENAME through PATH.
Returns the file's name in absolute form, or nil if not found.
If SUFFIXES is non-nil, it should be a list of suffixes to append to
file name when searching.
If non-nil, PREDICATE is used instead of \`file-readable-p'.`, (filename, path, suffixes, predicate) => {
  const found = openp(path, checkString(filename).s, stringList(suffixes), predicate);
  return found.name === "" ? NIL : mkStr(found.name);
});
var utf8 = new TextDecoder("utf-8", { fatal: true });
function readSourceFile(name) {
  let bytes = readFileSync(name);
  if (name.endsWith(".gz")) bytes = gunzipSync(bytes);
  let text;
  try {
    text = utf8.decode(bytes);
  } catch {
    text = decodeUtf8Lenient(bytes);
  }
  const nl = text.indexOf("\n");
  if (nl > 0 && text.charCodeAt(nl - 1) === 13) text = text.replace(/\r\n/g, "\n");
  return text;
}
function decodeUtf8Lenient(b) {
  const parts = [];
  let out = [];
  const raw = (x) => {
    const idx = x - 128;
    out.push(56320 | idx, 55296);
  };
  for (let i = 0; i < b.length; ) {
    const c0 = b[i];
    let c = -1, len = 1;
    if (c0 < 128) c = c0;
    else if (c0 >= 194 && c0 <= 223 && (b[i + 1] & 192) === 128) {
      c = (c0 & 31) << 6 | b[i + 1] & 63;
      len = 2;
    } else if (c0 >= 224 && c0 <= 239 && (b[i + 1] & 192) === 128 && (b[i + 2] & 192) === 128) {
      c = (c0 & 15) << 12 | (b[i + 1] & 63) << 6 | b[i + 2] & 63;
      len = 3;
      if (c < 2048 || c >= 55296 && c <= 57343) c = -1;
    } else if (c0 >= 240 && c0 <= 244 && (b[i + 1] & 192) === 128 && (b[i + 2] & 192) === 128 && (b[i + 3] & 192) === 128) {
      c = (c0 & 7) << 18 | (b[i + 1] & 63) << 12 | (b[i + 2] & 63) << 6 | b[i + 3] & 63;
      len = 4;
      if (c < 65536 || c > 1114111) c = -1;
    }
    if (c < 0) {
      raw(c0);
      i++;
    } else {
      if (c >= 65536) {
        c -= 65536;
        out.push(55296 | c >> 10, 56320 | c & 1023);
      } else out.push(c);
      i += len;
    }
    if (out.length >= 8192) {
      parts.push(String.fromCharCode.apply(null, out));
      out = [];
    }
  }
  parts.push(String.fromCharCode.apply(null, out));
  return parts.join("");
}
function lexicallyBoundP(text) {
  let i = 0;
  if (text.startsWith("#!")) {
    i = text.indexOf("\n");
    if (i < 0) return false;
    i++;
  }
  if (text[i] !== ";") return false;
  let eol = text.indexOf("\n", i);
  if (eol < 0) eol = text.length;
  const line = text.slice(i + 1, eol);
  const start = line.indexOf("-*-");
  if (start < 0) return false;
  const stop = line.indexOf("-*-", start + 3);
  const vars = line.slice(start + 3, stop < 0 ? line.length : stop);
  for (const entry of vars.split(";")) {
    const colon = entry.indexOf(":");
    if (colon < 0) continue;
    if (entry.slice(0, colon).trim() === "lexical-binding") return entry.slice(colon + 1).trim() !== "nil";
  }
  return false;
}
var loadHooks = {
  /** GNU reports the current buffer's point: line 1, column 0 in a fresh batch session. */
  pointLineColumn: () => [1, 0]
};
function eagerExpandEval(form, lexical) {
  let val = funcall(Qinternal_macroexpand_for_load, form, NIL);
  if (val instanceof Cons && val.car === Qprogn2) {
    let result = NIL;
    for (let sub = val.cdr; sub instanceof Cons; sub = sub.cdr) result = eagerExpandEval(sub.car, lexical);
    return result;
  }
  val = funcall(Qinternal_macroexpand_for_load, val, T);
  return evalForm(val, lexical);
}
function readEvalLoop(text, sourcename, lexical) {
  const count = E.sp;
  try {
    specbind(Vcurrent_load_list, NIL);
    loadhistAttach3(sourcename);
    const reader = new Reader(text);
    reader.syntaxExtra = loadHooks.pointLineColumn;
    const lex = lexical ? T : NIL;
    while (reader.skipToForm()) {
      const form = reader.read();
      if (Qinternal_macroexpand_for_load.f !== NIL) eagerExpandEval(form, lex);
      else evalForm(form, lex);
    }
    buildLoadHistory(sourcename, true);
  } finally {
    unbindTo(count);
  }
}
function buildLoadHistory(filename, entire) {
  const current = findSymbolValue(Vcurrent_load_list);
  let hist = findSymbolValue(Vload_history);
  let prev = null, found = false;
  for (let tail = hist; tail instanceof Cons; tail = tail.cdr) {
    const entry = tail.car;
    if (entry instanceof Cons && sameFileName(entry.car, filename)) {
      found = true;
      if (entire) {
        if (prev === null) hist = tail.cdr;
        else prev.cdr = tail.cdr;
        continue;
      }
    }
    prev = tail;
  }
  if (entire || !found) {
    const items = [];
    for (let l = current; l instanceof Cons; l = l.cdr) items.push(l.car);
    let entry = NIL;
    for (const x of items) entry = new Cons(x, entry);
    hist = new Cons(entry, hist);
  }
  setInternal(Vload_history, hist);
}
function sameFileName(a, b) {
  if (a === b) return true;
  return a instanceof LString && b instanceof LString && a.s === b.s;
}
function message(fmt, arg) {
  if (Qmessage.f !== NIL) funcall(Qmessage, mkStr(fmt), mkStr(arg));
  else E.stderr.write(fmt.replace("%s", arg) + "\n");
}
defun("load", "(file &optional noerror nomessage nosuffix must-suffix)", `Execute a file of Lisp code named FILE.
First try FILE with \`.elc' appended, then try with \`.el', then try
FILE unmodified (the exact suffixes in the exact order are determined by
\`load-suffixes').  This function searches the directories in \`load-path'.

If optional second arg NOERROR is non-nil, report no error if FILE
doesn't exist.  Print messages at start and end of loading unless
optional third arg NOMESSAGE is non-nil (but \`force-load-messages'
overrides that).  If optional fourth arg NOSUFFIX is non-nil, don't try
adding suffixes to the specified name FILE.  If optional fifth arg
MUST-SUFFIX is non-nil, insist on the suffix \`.elc' or \`.el'.

tsmacs cannot run byte-compiled files yet: \`.elc' files are passed over,
and \`.el.gz' files are decompressed transparently.

Return t if the file exists and loads successfully.`, (file, noerror, nomessage, nosuffix, mustSuffix) => {
  checkString(file);
  if (Qsubstitute_in_file_name.f !== NIL) {
    if (noerror !== NIL) {
      try {
        file = funcall(Qsubstitute_in_file_name, file);
      } catch (e) {
        if (e instanceof LispSignal) return NIL;
        throw e;
      }
    } else file = funcall(Qsubstitute_in_file_name, file);
  }
  const fname = checkString(file).s;
  let found = { name: "", errno: "ENOENT" };
  if (fname.length > 0) {
    let must = mustSuffix !== NIL;
    if (must && (fname.endsWith(".el") || fname.endsWith(".elc") || fname.includes("/"))) must = false;
    let suffixes = [];
    if (nosuffix === NIL) {
      suffixes = getLoadSuffixes();
      if (!must) suffixes = suffixes.concat(stringList(findSymbolValue(Vload_file_rep_suffixes)));
    }
    found = openp(findSymbolValue(Vload_path), fname, suffixes, NIL, (n) => n.endsWith(".elc") || n.endsWith(".elc.gz"));
  }
  if (found.name === "") {
    if (noerror === NIL) reportFileError("Cannot open load file", found.errno, list(file));
    return NIL;
  }
  if (findSymbolValue(Vuser_init_file) === T) setInternal(Vuser_init_file, mkStr(found.name));
  return loadFound(found.name, file, noerror, nomessage);
});
function loadFound(foundName, file, noerror, nomessage) {
  const found = mkStr(foundName);
  const st = lreadState();
  let n = 0;
  for (const f of st.loadsInProgress) if (f instanceof LString && f.s === foundName && ++n > 3) {
    signalError("Recursive load", list(found, ...st.loadsInProgress));
  }
  const count = E.sp;
  st.loadsInProgress.unshift(found);
  try {
    specbind(Qlexical_binding, NIL);
    const loader = findSymbolValue(Vload_source_file_function);
    if (loader !== NIL) {
      const quiet = nomessage === NIL || findSymbolValue(Vforce_load_messages) !== NIL ? NIL : T;
      return funcall(loader, found, found, noerror === NIL ? NIL : T, quiet);
    }
    specbind(Qunescaped_literals2, NIL);
    if (nomessage === NIL || findSymbolValue(Vforce_load_messages) !== NIL) {
      message(foundName.endsWith(".el") ? "Loading %s (source)..." : "Loading %s...", foundName);
    }
    let text;
    try {
      text = readSourceFile(foundName);
    } catch (e) {
      const code = e.code;
      if (code) reportFileError("Opening input file", code, list(found));
      return error(`Error reading ${foundName}: ${e.message}`);
    }
    specbind(Vload_file_name, found);
    specbind(Vload_true_file_name, found);
    specbind(Qinhibit_file_name_operation, NIL);
    specbind(Vload_in_progress, T);
    if (lexicallyBoundP(text)) setInternal(Qlexical_binding, T);
    readEvalLoop(text, found, findSymbolValue(Qlexical_binding) !== NIL);
    warnUnescapedLiterals(file);
  } finally {
    unbindTo(count);
    st.loadsInProgress.shift();
  }
  if (Qdo_after_load_evaluation.f !== NIL) funcall(Qdo_after_load_evaluation, found);
  return T;
}
function warnUnescapedLiterals(file) {
  if (Qunescaped_warning.f === NIL) return;
  const warning = funcall(Qunescaped_warning);
  if (warning !== NIL && Qmessage.f !== NIL) funcall(Qmessage, mkStr("Loading `%s': %s"), file, warning);
}

// src/lread.ts
var Vstandard_input = defvar("standard-input", T, `Stream for read to get input from.
See documentation of \`read' for possible values.`);
defvar("values", NIL, `List of values of all expressions which were read, evaluated and printed.
Order is reverse chronological.
This variable is obsolete as of Emacs 28.1 and should not be used.`);
defvar("read-with-symbol-positions", NIL, "If non-nil, add position of read symbols to `read-symbol-positions-list'.");
defvar("read-symbol-positions-list", NIL, "A list mapping read symbols to their positions.");
defvar("read-circle", T, "Non-nil means read recursive structures using #N= and #N# syntax.");
defvar("lread--unescaped-character-literals", NIL, `List of deprecated unescaped character literals encountered by \`read'.
For internal use only.`);
var Qread_char = defsym("read-char");
var Qread_minibuffer = defsym("read-minibuffer");
function readFromString(s) {
  return new Reader(s).read();
}
function readAll(s) {
  const r = new Reader(s);
  const out = [];
  while (r.skipToForm()) out.push(r.read());
  return out;
}
function readFromLString(str, start = 0, end = str.length) {
  const simple = str.simple;
  const jsStart = simple ? start : str.jsIndex(start);
  const jsEnd = simple ? end : str.jsIndex(end);
  const r = new Reader(str.s, jsStart, jsEnd);
  const obj = r.read();
  return { obj, end: simple ? r.pos : start + countChars2(str.s, jsStart, r.pos) };
}
function countChars2(s, from, to) {
  let n = 0;
  for (let i = from; i < to; n++) i += jsCharAt(s, i) >= 65536 ? 2 : 1;
  return n;
}
var readStreamHandlers = [];
function readFromFunction(fn) {
  const r = new Reader("", 0, 0);
  r.pull = (rd) => {
    const v = funcall(fn);
    if (v === NIL) return false;
    if (typeof v !== "number" || v < 0 || v > 4194303) return wrongType(Qcharacterp, v);
    rd.s += charText(v);
    rd.end = rd.s.length;
    return true;
  };
  const obj = r.read();
  for (let i = r.end; i > r.pos; ) {
    const lo = r.s.charCodeAt(i - 1);
    const w = lo >= 55296 && lo <= 57343 && i - 2 >= r.pos ? 2 : 1;
    i -= w;
    funcall(fn, jsCharAt(r.s, i));
  }
  return obj;
}
function readFromStdin() {
  E.stdout.write("Lisp expression: ");
  const bytes = [];
  const buf = Buffer.alloc(1);
  for (; ; ) {
    let n = 0;
    try {
      n = readSync(0, buf, 0, 1, null);
    } catch {
      n = 0;
    }
    if (n === 0) {
      if (bytes.length === 0) error("Error reading from stdin");
      break;
    }
    if (buf[0] === 10) break;
    bytes.push(buf[0]);
  }
  return readFromString(Buffer.from(bytes).toString("utf8"));
}
defun("read", "(&optional stream)", `Read one Lisp expression as text from STREAM, return as Lisp object.
If STREAM is nil, use the value of \`standard-input' (which see).
STREAM or the value of \`standard-input' may be:
 a buffer (read from point and advance it)
 a marker (read from where it points and advance it)
 a function (call it with no arguments for each character,
     call it with a char as argument to push a char back)
 a string (takes text from string, starting at the beginning)
 t (read text line using minibuffer and use it, or read from
    standard input in batch mode).`, (stream) => {
  if (stream === NIL) stream = findSymbolValue(Vstandard_input);
  if (stream === T) stream = Qread_char;
  if (stream === Qread_char) {
    if (Qread_minibuffer.f !== NIL) return funcall(Qread_minibuffer, mkStr("Lisp expression: "));
    return readFromStdin();
  }
  if (stream instanceof LString) return readFromLString(stream).obj;
  if (stream instanceof Cons && stream.car instanceof LString) return readFromLString(stream.car).obj;
  if (stream instanceof Vectorlike) {
    for (const h of readStreamHandlers) {
      const v = h(stream);
      if (v !== void 0) return v;
    }
  }
  return readFromFunction(stream);
});
defun("read-from-string", "(string &optional start end)", `Read one Lisp expression which is represented as text by STRING.
Returns a cons: (OBJECT-READ . FINAL-STRING-INDEX).
FINAL-STRING-INDEX is an integer giving the position of the next
remaining character in STRING.  START and END optionally delimit
a substring of STRING from which to read;  they default to 0 and
\\(length STRING) respectively.  Negative values are counted from
the end of STRING.`, (string, start, end) => {
  const str = checkString(string);
  const [from, to] = validateSubarray(str, start, end, str.length);
  const { obj, end: after } = readFromLString(str, from, to);
  return new Cons(obj, after);
});
defun("lread--substitute-object-in-subtree", "(object placeholder completed)", `In OBJECT, replace every occurrence of PLACEHOLDER with OBJECT.
COMPLETED is a hash table of objects that might be circular, or is t
if any object might be circular.`, (object, placeholder) => {
  substituteObject(object, placeholder);
  return NIL;
});

// src/print.ts
import { closeSync, openSync, writeSync } from "node:fs";
import { resolve as resolve2 } from "node:path";

// src/print/printer.ts
var Qquote3 = defsym("quote");
var Qfunction3 = defsym("function");
var Qbackquote3 = defsym("`");
var Qcomma3 = defsym(",");
var Qcomma_at3 = defsym(",@");
var PRINT_CIRCLE = 200;
var customPrinters = /* @__PURE__ */ new Map();
var intervalLister = () => null;
var SYMBOL_SPECIAL = /[\x00-\x20"\\';#(),.`[\]?\u00a0]/;
var slowRegexes = [];
function slowStringRegex(multibyte, escMb, escNl, escCtl) {
  const key = (multibyte ? 1 : 0) | (escMb ? 2 : 0) | (escNl ? 4 : 0) | (escCtl ? 8 : 0);
  let re = slowRegexes[key];
  if (!re) {
    let cls = '"\\\\\\ud800-\\udfff';
    if (!multibyte) cls += "\\x80-\\xff";
    else if (escMb) cls += "\\x80-\\uffff";
    if (escNl) cls += "\\n\\f";
    if (escCtl) cls += "\\x00-\\x1f\\x7f";
    re = slowRegexes[key] = new RegExp("[" + cls + "]");
  }
  return re;
}
var SPILL = 4096;
var Printer = class {
  constructor(sink, fn = NIL) {
    this.sink = sink;
    this.fn = fn;
    this.escapeNonascii = sink === 0 /* Buffer */ || findSymbolValue(Vprint_escape_nonascii) !== NIL;
    this.escapeNewlines = findSymbolValue(Vprint_escape_newlines) !== NIL;
    this.escapeControl = findSymbolValue(Vprint_escape_control_characters) !== NIL;
    this.escapeMultibyte = findSymbolValue(Vprint_escape_multibyte) !== NIL;
    this.quoted = findSymbolValue(Vprint_quoted) !== NIL;
    this.gensym = findSymbolValue(Vprint_gensym) !== NIL;
    this.circle = findSymbolValue(Vprint_circle) !== NIL;
    this.continuous = findSymbolValue(Vprint_continuous_numbering) !== NIL;
    this.asChars = findSymbolValue(Vprint_integers_as_characters) !== NIL;
    const len = findSymbolValue(Vprint_length);
    this.length = typeof len === "number" && len >= 0 ? len : Infinity;
    const lvl = findSymbolValue(Vprint_level);
    this.level = typeof lvl === "number" ? lvl : Infinity;
    this.floatFormat = findSymbolValue(Vfloat_output_format);
  }
  sink;
  /** Text so far while it is short (ropes are cheapest for small output). */
  small = "";
  /** Long output: UTF-16 units in a growable buffer (no per-append garbage), `used` of them valid. */
  big = null;
  used = 0;
  /** Last character code sent through `pc` (GNU: printchar_stdout_last), -1 if none. */
  lastPc = -1;
  fn;
  // Settings, read once per top-level print (GNU reads the C variables directly).
  escapeNonascii;
  escapeNewlines;
  escapeControl;
  escapeMultibyte;
  quoted;
  gensym;
  circle;
  continuous;
  asChars;
  length;
  level;
  floatFormat;
  depth = 0;
  /** Containers being printed, by depth (GNU: being_printed). */
  being = [];
  /** print-circle: object → label (negative: not yet printed). */
  numbers = null;
  backquote = 0;
  /** Output S as GNU's printchar does (one call per character). */
  pc(s) {
    if (this.sink === 2 /* Function */) {
      this.call(s);
      return;
    }
    this.append(s);
    this.lastPc = s.length === 1 ? s.charCodeAt(0) : jsCharAt(s, s.length - 2);
  }
  /** Output S as GNU's strout does (a block that does not update printchar's memory). */
  so(s) {
    if (this.sink === 2 /* Function */) {
      this.call(s);
      return;
    }
    this.append(s);
  }
  append(s) {
    if (this.big === null) {
      this.small += s;
      if (this.small.length > SPILL) {
        const t = this.small;
        this.small = "";
        this.big = new Uint16Array(SPILL * 4);
        this.copyIn(t);
      }
      return;
    }
    this.copyIn(s);
  }
  copyIn(s) {
    const n = s.length;
    let k = this.used;
    let b = this.big;
    if (k + n > b.length) {
      const nb = new Uint16Array(Math.max(b.length * 2, k + n));
      nb.set(b.subarray(0, k));
      this.big = b = nb;
    }
    for (let j = 0; j < n; j++) b[k++] = s.charCodeAt(j);
    this.used = k;
  }
  /** Everything printed so far. */
  text() {
    const b = this.big;
    if (b === null) return this.small;
    const parts = [];
    for (let i = 0; i < this.used; i += 8192) {
      parts.push(String.fromCharCode.apply(null, b.subarray(i, Math.min(this.used, i + 8192))));
    }
    return parts.join("");
  }
  /** Whether nothing has been printed. */
  get empty() {
    return this.big === null && this.small.length === 0;
  }
  /** Passes character code C to the function sink (GNU: printchar with a function). */
  callChar(c) {
    funcall(this.fn, c);
  }
  call(s) {
    for (let i = 0; i < s.length; ) {
      const c = jsCharAt(s, i);
      i += c >= 65536 ? 2 : 1;
      funcall(this.fn, c);
    }
  }
  /** GNU: print_string — a string's characters without quoting (princ). */
  printString(str) {
    let s = str.s;
    if (this.sink === 2 /* Function */) {
      this.call(s);
      return;
    }
    if (this.escapeNonascii) s = escapeByte8(str);
    else if (!str.multibyte) s = unibyteToMultibyte2(s);
    this.so(s);
  }
  isCircleCandidate(obj) {
    return circleCandidate(obj, this.depth, this.continuous, this.gensym);
  }
  /** GNU: print_object. */
  obj(obj, escape) {
    if (typeof obj === "number" && !this.asChars) {
      if (this.depth >= PRINT_CIRCLE && !this.circle) error("Apparently circular structure being printed");
      this.so(String(obj));
      return;
    }
    if (!this.circle) {
      const depth = this.depth;
      if (depth >= PRINT_CIRCLE) error("Apparently circular structure being printed");
      if (typeof obj === "object" && !(obj instanceof LSymbol) && !(obj instanceof LFloat) && !(obj instanceof LString && obj.intervals === null)) {
        const being = this.being;
        for (let i = 0; i < depth; i++) if (being[i] === obj) {
          this.so("#" + i);
          return;
        }
        being[depth] = obj;
      }
    } else if (this.isCircleCandidate(obj)) {
      const num = this.numbers.get(obj);
      if (typeof num === "number") {
        if (num < 0) {
          this.so("#" + -num + "=");
          this.numbers.set(obj, -num);
        } else {
          this.so("#" + num + "#");
          return;
        }
      }
    }
    this.depth++;
    if (typeof obj === "number") this.integer(obj, escape);
    else if (obj instanceof Cons) this.cons(obj, escape);
    else if (obj instanceof LSymbol) this.symbol(obj, escape);
    else if (obj instanceof LString) {
      if (escape) this.quotedString(obj);
      else this.printString(obj);
    } else if (obj instanceof LFloat) this.so(floatToString(obj.n, this.floatFormat));
    else if (typeof obj === "bigint") this.so(obj.toString());
    else if (Array.isArray(obj)) this.vector(obj, 0, escape);
    else this.vectorlike(obj, escape);
    this.depth--;
  }
  integer(i, escape) {
    if (this.asChars && i >= 0 && i <= 1114111) {
      const named = namedEscape(i);
      if (named || graphicBase(i)) {
        this.pc("?");
        if (named) {
          this.pc("\\");
          this.pc(named);
          return;
        }
        if (escape && CHAR_ESCAPED.has(i)) this.pc("\\");
        this.pc(charToJs(i));
        return;
      }
    }
    this.so(String(i));
  }
  symbol(sym2, escape) {
    const name = sym2.name;
    if (this.gensym && sym2.interned !== 2 /* InInitialObarray */) this.so("#:");
    else if (name.length === 0) {
      this.so("##");
      return;
    }
    if (name.length === 0) return;
    if (!escape) {
      this.pcs(name);
      return;
    }
    const confusing = looksLikeNumber(name);
    if (!confusing && !SYMBOL_SPECIAL.test(name)) {
      this.pcs(name);
      return;
    }
    let out = "";
    let first = confusing;
    for (let i = 0; i < name.length; ) {
      const c = jsCharAt(name, i);
      const w = c >= 65536 ? 2 : 1;
      if (c <= 32 || c === 160 || first || c < 128 && SYMBOL_SPECIAL.test(name[i])) {
        out += "\\";
        first = false;
      }
      out += name.slice(i, i + w);
      i += w;
    }
    this.pcs(out);
  }
  /** A run of printchar calls: output S and remember its last character. */
  pcs(s) {
    if (this.sink === 2 /* Function */) {
      this.call(s);
      return;
    }
    this.append(s);
    const u = s.charCodeAt(s.length - 1);
    this.lastPc = u >= 55296 && u <= 57343 ? jsCharAt(s, s.length - 2) : u;
  }
  /** prin1 of a string (GNU: print_object, Lisp_String case). */
  quotedString(str) {
    const props = str.intervals ? intervalLister(str) : null;
    if (props) this.so("#(");
    const s = str.s;
    if (!slowStringRegex(str.multibyte, this.escapeMultibyte, this.escapeNewlines, this.escapeControl).test(s)) {
      this.pc('"');
      this.so(s);
      this.pc('"');
      this.intervals(props);
      return;
    }
    let out = '"';
    const multibyte = str.multibyte;
    let needNonhex = false;
    for (let i = 0; i < s.length; ) {
      let c = jsCharAt(s, i);
      i += c >= 65536 ? 2 : 1;
      if (multibyte ? c >= 4194176 : c >= 128 && this.escapeNonascii) {
        if (c >= 4194176) c -= 4194048;
        out += octal(c, i < s.length ? s.charCodeAt(i) : -1);
        needNonhex = false;
      } else if (multibyte && c >= 128 && this.escapeMultibyte) {
        const hex = c.toString(16);
        out += "\\x" + (hex.length < 4 ? "0000".slice(hex.length) + hex : hex);
        needNonhex = true;
      } else {
        if (isXdigit(c)) {
          if (needNonhex) out += "\\ ";
          out += String.fromCharCode(c);
        } else if (c === 10 && this.escapeNewlines) out += "\\n";
        else if (c === 12 && this.escapeNewlines) out += "\\f";
        else if (c === 34 || c === 92) out += "\\" + String.fromCharCode(c);
        else if (this.escapeControl && (c < 32 || c === 127)) out += octal(c, i < s.length ? s.charCodeAt(i) : -1);
        else if (!multibyte && c >= 128) out += charToJs(c + 4194048);
        else out += charToJs(c);
        needNonhex = false;
      }
    }
    this.so(out);
    this.pc('"');
    this.intervals(props);
  }
  intervals(props) {
    if (!props) return;
    for (const [start, end, plist] of props) {
      if (plist === NIL) continue;
      this.pc(" ");
      this.obj(start, true);
      this.pc(" ");
      this.obj(end, true);
      this.pc(" ");
      this.obj(plist, true);
    }
    this.pc(")");
  }
  cons(obj, escape) {
    if (this.depth > this.level) {
      this.so("...");
      return;
    }
    const cdr3 = obj.cdr;
    if (this.quoted && cdr3 instanceof Cons && cdr3.cdr === NIL) {
      const head = obj.car;
      if (head === Qquote3) {
        this.pc("'");
        this.obj(cdr3.car, escape);
        return;
      }
      if (head === Qfunction3) {
        this.so("#'");
        this.obj(cdr3.car, escape);
        return;
      }
      if (head === Qbackquote3) {
        this.pc("`");
        this.backquote++;
        this.obj(cdr3.car, escape);
        this.backquote--;
        return;
      }
      if (this.backquote && (head === Qcomma3 || head === Qcomma_at3)) {
        this.obj(head, false);
        this.backquote--;
        this.obj(cdr3.car, escape);
        this.backquote++;
        return;
      }
    }
    this.pc("(");
    const max = this.length;
    let tail = obj;
    let objtail = NIL;
    let i = 0;
    let tortoise = obj, bmax = 2, n = 0, q = 2;
    while (tail instanceof Cons) {
      if (i !== 0) {
        this.pc(" ");
        if (this.circle && typeof this.numbers.get(tail) === "number") {
          this.so(". ");
          this.obj(tail, escape);
          this.pc(")");
          return;
        }
      }
      if (max <= i) {
        this.so("...");
        this.pc(")");
        return;
      }
      i++;
      this.obj(tail.car, escape);
      objtail = tail.cdr;
      tail = objtail;
      q = q - 1 & 65535;
      let check;
      if (q !== 0) check = true;
      else if (0 < --n) check = true;
      else {
        bmax *= 2;
        q = bmax & 65535;
        n = Math.floor(bmax / 65536);
        tortoise = tail;
        check = false;
      }
      if (check && tail === tortoise) tail = NIL;
    }
    if (objtail !== NIL) {
      this.so(" . ");
      if (objtail instanceof Cons && !this.circle) this.so("#" + (i >> 1));
      else this.obj(objtail, escape);
    }
    this.pc(")");
  }
  /** "[", the elements (numbered from START), then "]" (GNU: the PVEC_NORMAL_VECTOR case). */
  vector(v, start, escape, header) {
    this.pc("[");
    if (header !== void 0) this.so(header);
    const real = v.length + start;
    const size = this.length < real ? this.length : real;
    for (let i = start; i < size; i++) {
      if (i) this.pc(" ");
      this.obj(v[i - start], escape);
    }
    if (size < real) this.so(" ...");
    this.pc("]");
  }
  vectorlike(obj, escape) {
    if (obj instanceof LRecord) {
      const size = obj.slots.length;
      const n = this.length < size ? this.length : size;
      this.so("#s(");
      for (let i = 0; i < n; i++) {
        if (i) this.pc(" ");
        this.obj(obj.slots[i], escape);
      }
      if (n < size) this.so(" ...");
      this.pc(")");
    } else if (obj instanceof Subr) {
      this.so("#<subr ");
      this.so(obj.name);
      this.pc(">");
    } else if (obj instanceof ByteCode) {
      this.pc("#");
      this.vector(obj.slots, 0, escape);
    } else if (obj instanceof BoolVector) {
      this.boolVector(obj);
    } else if (obj instanceof HashTable) {
      this.hashTable(obj, escape);
    } else if (obj instanceof CharTable) {
      this.so("#^");
      this.vector(charTableSlots(obj), 0, escape);
    } else if (obj instanceof SubCharTable) {
      if (obj.depth === 3) this.pc("\n");
      this.so("#^");
      this.pc("^");
      this.vector(obj.contents, 2, escape, obj.depth + " " + obj.minChar);
    } else {
      const custom = customPrinters.get(obj.constructor);
      if (custom) custom(obj, this, escape);
      else this.so("#<" + obj.lispType + ">");
    }
  }
  /** Readable syntax: #s(hash-table size 2 test equal ... data (k1 v1 k2 v2)) (GNU: PVEC_HASH_TABLE case). */
  hashTable(h, escape) {
    this.so("#s(hash-table size " + h.size);
    this.so(" test ");
    this.obj(h.test.name, escape);
    if (h.weak !== NIL) {
      this.so(" weakness ");
      this.obj(h.weak, escape);
    }
    this.so(" rehash-size ");
    this.obj(h.rehashSizeValue, escape);
    this.so(" rehash-threshold ");
    this.obj(h.rehashThresholdValue, escape);
    if (h.purecopy) {
      this.so(" purecopy ");
      this.obj(T, escape);
    }
    this.so(" data ");
    const max = this.length < h.count && this.length > 0 ? this.length : h.count;
    this.pc("(");
    let j = 0;
    const keys = h.keys, vals = h.vals;
    for (let i = 0; i < h.top && j < max; i++) {
      const k = keys[i];
      if (k === UNBOUND) continue;
      if (j++) this.pc(" ");
      this.obj(k, escape);
      this.pc(" ");
      this.obj(vals[i], escape);
    }
    if (j < h.count) {
      if (j) this.pc(" ");
      this.so("...");
    }
    this.so("))");
  }
  boolVector(bv) {
    const size = bv.size;
    const nbytes = size + 7 >> 3;
    const bytes = new Uint8Array(nbytes);
    for (let i = 0; i < size; i++) if (bv.bits[i]) bytes[i >> 3] |= 1 << (i & 7);
    this.so("#&" + size + '"');
    const n = this.length < nbytes ? this.length : nbytes;
    let out = "";
    for (let i = 0; i < n; i++) {
      const c = bytes[i];
      if (c === 10 && this.escapeNewlines) out += "\\n";
      else if (c === 12 && this.escapeNewlines) out += "\\f";
      else if (c > 127 || this.escapeControl && (c < 32 || c === 127)) out += octal(c, i + 1 < n ? bytes[i + 1] : -1);
      else {
        if (c === 34 || c === 92) out += "\\";
        out += String.fromCharCode(c);
      }
    }
    this.so(out);
    if (n < nbytes) this.so(" ...");
    this.pc('"');
  }
};
function circleCandidate(obj, depth, continuous, gensym) {
  if (obj instanceof Cons || Array.isArray(obj)) return true;
  if (obj instanceof LString) return obj.intervals !== null || depth > 1 || continuous;
  if (obj instanceof LSymbol) return gensym && obj.interned === 0 /* Uninterned */;
  return obj instanceof LRecord || obj instanceof ByteCode || obj instanceof CharTable || obj instanceof SubCharTable || obj instanceof HashTable;
}
function slotsOf(obj) {
  if (Array.isArray(obj)) return obj;
  if (obj instanceof LRecord || obj instanceof ByteCode) return obj.slots;
  if (obj instanceof CharTable) return charTableSlots(obj);
  if (obj instanceof SubCharTable) return obj.contents;
  if (obj instanceof HashTable) return obj.entries();
  return null;
}
function preprocess(p, obj, table2, counter) {
  p.depth++;
  for (; ; ) {
    if (!circleCandidate(obj, p.depth, p.continuous, p.gensym)) break;
    const num = table2.get(obj);
    if (num !== void 0 || p.continuous && obj instanceof LSymbol && obj.interned === 0 /* Uninterned */) {
      if (typeof num !== "number") table2.set(obj, -++counter.index);
      break;
    }
    table2.set(obj, true);
    if (obj instanceof Cons) {
      preprocess(p, obj.car, table2, counter);
      obj = obj.cdr;
      continue;
    }
    if (obj instanceof LString) {
      const props = intervalLister(obj);
      if (props) for (const [, , plist] of props) preprocess(p, plist, table2, counter);
      break;
    }
    const slots = slotsOf(obj);
    if (slots) for (const x of slots) preprocess(p, x, table2, counter);
    break;
  }
  p.depth--;
}
function octal(c, next) {
  const digits = c > 63 || next >= 48 && next <= 55 ? 3 : c > 7 ? 2 : 1;
  const s = c.toString(8);
  return "\\" + (s.length < digits ? "00".slice(0, digits - s.length) + s : s);
}
function isXdigit(c) {
  return c >= 48 && c <= 57 || c >= 65 && c <= 70 || c >= 97 && c <= 102;
}
function escapeByte8(str) {
  const s = str.s;
  if (str.multibyte) {
    if (str.simple) return s;
    let out = "";
    for (let i = 0; i < s.length; ) {
      const c = jsCharAt(s, i);
      const w = c >= 65536 ? 2 : 1;
      out += c >= 4194176 ? "\\" + (c - 4194048).toString(8) : s.slice(i, i + w);
      i += w;
    }
    return out;
  }
  if (!/[\x80-\xff]/.test(s)) return s;
  return s.replace(/[\x80-\xff]/g, (ch) => "\\" + ch.charCodeAt(0).toString(8));
}
function unibyteToMultibyte2(s) {
  if (!/[\x80-\xff]/.test(s)) return s;
  return s.replace(/[\x80-\xff]/g, (ch) => charToJs(ch.charCodeAt(0) + 4194048));
}
function namedEscape(i) {
  switch (i) {
    case 8:
      return "b";
    case 9:
      return "t";
    case 10:
      return "n";
    case 12:
      return "f";
    case 13:
      return "r";
    case 32:
      return "s";
  }
  return void 0;
}
var CHAR_ESCAPED = /* @__PURE__ */ new Set([59, 34, 39, 92, 40, 41, 123, 125, 91, 93]);
var NON_GRAPHIC = /^[\p{Mn}\p{Mc}\p{Me}\p{Zs}\p{Zl}\p{Zp}\p{Cc}\p{Cs}\p{Cf}\p{Cn}]$/u;
function graphicBase(c) {
  if (c >= 55296 && c <= 57343) return false;
  return !NON_GRAPHIC.test(String.fromCodePoint(c));
}
function looksLikeNumber(name) {
  let i = 0;
  const n = name.length;
  const ch = (k) => k < n ? name.charCodeAt(k) : 0;
  if (ch(0) === 45 || ch(0) === 43) i++;
  const first = ch(i);
  if (!(first >= 48 && first <= 57 || first === 46)) return false;
  const isDigit4 = (c) => c >= 48 && c <= 57;
  let leadInt = false, trailInt = false, eExp = false;
  if (isDigit4(ch(i))) {
    leadInt = true;
    while (isDigit4(ch(i))) i++;
  }
  if (ch(i) === 46) i++;
  if (isDigit4(ch(i))) {
    trailInt = true;
    while (isDigit4(ch(i))) i++;
  }
  if (ch(i) === 101 || ch(i) === 69) {
    const ecp = i;
    i++;
    if (ch(i) === 43 || ch(i) === 45) i++;
    if (isDigit4(ch(i))) {
      eExp = true;
      while (isDigit4(ch(i))) i++;
    } else if (ch(i - 1) === 43 && name.startsWith("INF", i)) {
      eExp = true;
      i += 3;
    } else if (ch(i - 1) === 43 && name.startsWith("NaN", i)) {
      eExp = true;
      i += 3;
    } else i = ecp;
  }
  const isFloat = trailInt || leadInt && eExp;
  if (!isFloat && !leadInt) return false;
  return i === n;
}

// src/print/top.ts
function printState() {
  return E.ext.print ??= { needNewline: false, stdoutLast: 0, counter: { index: 0 } };
}
function loadTable(h) {
  const m = /* @__PURE__ */ new Map();
  h.forEach((k, v) => {
    m.set(k, v === T ? true : v);
  });
  return m;
}
function storeTable(map) {
  let h = findSymbolValue(Vprint_number_table);
  if (!(h instanceof HashTable)) {
    h = new HashTable(hashTestEq);
    setInternal(Vprint_number_table, h);
  } else h.clear();
  for (const [k, v] of map) h.put(k, v === true ? T : v);
}
function printTop(p, obj, escape) {
  const st = printState();
  const tableVar = findSymbolValue(Vprint_number_table);
  const keep = p.continuous && tableVar !== NIL;
  if (!keep) st.counter = { index: 0 };
  if (p.circle) {
    const table2 = keep && tableVar instanceof HashTable ? loadTable(tableVar) : /* @__PURE__ */ new Map();
    p.depth = 0;
    preprocess(p, obj, table2, st.counter);
    for (const [k, v] of table2) if (v === true) table2.delete(k);
    p.numbers = table2;
    p.depth = 0;
    try {
      p.obj(obj, escape);
    } finally {
      if (p.continuous) storeTable(table2);
    }
    return;
  }
  p.depth = 0;
  p.obj(obj, escape);
}
function printPreprocess(p, obj) {
  const st = printState();
  st.counter = { index: 0 };
  const tableVar = findSymbolValue(Vprint_number_table);
  const table2 = tableVar instanceof HashTable ? loadTable(tableVar) : /* @__PURE__ */ new Map();
  p.depth = 0;
  preprocess(p, obj, table2, st.counter);
  storeTable(table2);
}

// src/print/error.ts
var Qerror2 = defsym("error");
var Qfile_error2 = defsym("file-error");
var Qend_of_file2 = defsym("end-of-file");
var Quser_error = defsym("user-error");
function get2(sym2, prop) {
  for (let p = sym2.plist; p instanceof Cons && p.cdr instanceof Cons; p = p.cdr.cdr) if (p.car === prop) return p.cdr.car;
  return NIL;
}
function car3(x) {
  if (x instanceof Cons) return x.car;
  if (x !== NIL) wrongType(Qlistp, x);
  return NIL;
}
function substituteKeys(msg) {
  const fn = E.internSoft("substitute-command-keys");
  if (fn && fn.f !== NIL) {
    try {
      const subs = funcall(fn, msg);
      return subs === NIL ? msg : subs;
    } catch (e) {
      if (e instanceof LispSignal) return msg;
      throw e;
    }
  }
  if (!(msg instanceof LString)) return msg;
  return applyQuotingStyle(msg, true);
}
function printErrorMessageTo(p, data) {
  const errname = car3(data);
  let errmsg;
  let fileError = false;
  if (errname === Qerror2) {
    data = data instanceof Cons ? data.cdr : NIL;
    if (!(data instanceof Cons)) data = NIL;
    errmsg = car3(data);
  } else {
    if (!(errname instanceof LSymbol)) wrongType(Qsymbolp, errname);
    const conditions = get2(errname, Qerror_conditions);
    errmsg = substituteKeys(get2(errname, Qerror_message));
    for (let c = conditions; c instanceof Cons; c = c.cdr) if (c.car === Qfile_error2) {
      fileError = true;
      break;
    }
  }
  let tail = data instanceof Cons ? data.cdr : NIL;
  if (fileError && tail instanceof Cons) {
    errmsg = tail.car;
    tail = tail.cdr;
  }
  let sep = ": ";
  if (!(errmsg instanceof LString)) p.so("peculiar error");
  else if (errmsg.s.length > 0) printTop(p, errmsg, false);
  else sep = null;
  const plain = fileError || errname === Qend_of_file2 || errname === Quser_error;
  for (; tail instanceof Cons; tail = tail.cdr) {
    if (sep) p.so(sep);
    sep = ", ";
    printTop(p, tail.car, !plain);
  }
}
function errorMessageString(data) {
  const p = new Printer(0 /* Buffer */);
  printErrorMessageTo(p, data);
  return p.text();
}

// src/print.ts
var targetResolver = () => null;
function withOutput(printcharfun, f) {
  if (printcharfun === NIL) printcharfun = findSymbolValue(Vstandard_output);
  if (printcharfun === NIL) printcharfun = T;
  if (printcharfun === T) {
    const p = new Printer(1 /* Stdout */);
    try {
      f(p);
    } finally {
      flushStdout(p);
    }
    return;
  }
  const target = targetResolver(printcharfun);
  if (target) {
    const p = new Printer(0 /* Buffer */);
    try {
      f(p);
    } finally {
      if (!p.empty) target.insert(p.text());
    }
    return;
  }
  f(new Printer(2 /* Function */, printcharfun));
}
function flushStdout(p) {
  if (p.empty) return;
  const st = printState();
  E.stdout.write(p.text());
  st.needNewline = true;
  if (p.lastPc >= 0) st.stdoutLast = p.lastPc;
}
function prin1ToString(o, noescape = false) {
  const p = new Printer(0 /* Buffer */);
  printTop(p, o, !noescape);
  return p.text();
}
function prin1ToLString(o, noescape = false) {
  const s = prin1ToString(o, noescape);
  return new LString(s, /[^\x00-\x7f]/.test(s));
}
function takeNeedNewline() {
  const st = printState();
  const v = st.needNewline;
  st.needNewline = false;
  return v;
}
var STREAM_DOC = `
Optional argument PRINTCHARFUN is the output stream, which can be one
of these:

   - a buffer, in which case output is inserted into that buffer at point;
   - a marker, in which case output is inserted at marker's position;
   - a function, in which case that function is called once for each
     character of OBJECT's printed representation;
   - a symbol, in which case that symbol's function definition is called; or
   - t, in which case the output is displayed in the echo area.

If PRINTCHARFUN is omitted, the value of \`standard-output' (which see)
is used instead.`;
defun("prin1", "(object &optional printcharfun)", `Output the printed representation of OBJECT, any Lisp object.
Quoting characters are printed when needed to make output that \`read'
can handle, whenever this is possible.  For complex objects, the behavior
is controlled by \`print-level' and \`print-length', which see.

OBJECT is any of the Lisp data types: a number, a string, a symbol,
a list, a buffer, a window, a frame, etc.

A printed representation of an object is text which describes that object.
${STREAM_DOC}`, (object, printcharfun) => {
  withOutput(printcharfun, (p) => printTop(p, object, true));
  return object;
});
defun("princ", "(object &optional printcharfun)", `Output the printed representation of OBJECT, any Lisp object.
No quoting characters are used; no delimiters are printed around
the contents of strings.

OBJECT is any of the Lisp data types: a number, a string, a symbol,
a list, a buffer, a window, a frame, etc.

A printed representation of an object is text which describes that object.
${STREAM_DOC}`, (object, printcharfun) => {
  withOutput(printcharfun, (p) => printTop(p, object, false));
  return object;
});
defun("print", "(object &optional printcharfun)", `Output the printed representation of OBJECT, with newlines around it.
Quoting characters are printed when needed to make output that \`read'
can handle, whenever this is possible.  For complex objects, the behavior
is controlled by \`print-level' and \`print-length', which see.

OBJECT is any of the Lisp data types: a number, a string, a symbol,
a list, a buffer, a window, a frame, etc.

A printed representation of an object is text which describes that object.
${STREAM_DOC}`, (object, printcharfun) => {
  withOutput(printcharfun, (p) => {
    p.pc("\n");
    printTop(p, object, true);
    p.pc("\n");
  });
  return object;
});
defun(
  "prin1-to-string",
  "(object &optional noescape)",
  `Return a string containing the printed representation of OBJECT.
OBJECT can be any Lisp object.  This function outputs quoting characters
when necessary to make output that \`read' can handle, whenever possible,
unless the optional second argument NOESCAPE is non-nil.  For complex objects,
the behavior is controlled by \`print-level' and \`print-length', which see.

OBJECT is any of the Lisp data types: a number, a string, a symbol,
a list, a buffer, a window, a frame, etc.

A printed representation of an object is text which describes that object.`,
  (object, noescape) => prin1ToLString(object, noescape !== NIL)
);
defun("terpri", "(&optional printcharfun ensure)", `Output a newline to stream PRINTCHARFUN.
If ENSURE is non-nil only output a newline if not already at the
beginning of a line.  Value is non-nil if a newline is printed.
If PRINTCHARFUN is omitted or nil, the value of \`standard-output' is used.`, (printcharfun, ensure) => {
  let val = T;
  withOutput(printcharfun, (p) => {
    if (ensure !== NIL) {
      if (p.sink === 2 /* Function */) signalError2("Unsupported function argument", p.fn);
      if (p.sink === 1 /* Stdout */) val = printState().stdoutLast === 10 ? NIL : T;
    }
    if (val !== NIL) p.pc("\n");
  });
  return val;
});
function signalError2(msg, arg) {
  let n = 0;
  let tail = arg;
  for (let slow = arg; tail instanceof Cons; n++) {
    tail = tail.cdr;
    if (n & 1 && slow instanceof Cons) {
      slow = slow.cdr;
      if (slow === tail) break;
    }
  }
  const data = tail === NIL ? arg : new Cons(arg, NIL);
  return xsignalData(Qerror, new Cons(LString.fromJs(msg), data));
}
function checkFixnumChar(x) {
  if (typeof x !== "number") return wrongType(Qfixnump, x);
  return x;
}
function charText2(c) {
  return c >= 0 && c <= MAX_CHAR ? charToJs(c) : "\uFFFD";
}
defun("write-char", "(character &optional printcharfun)", `Output character CHARACTER to stream PRINTCHARFUN.
PRINTCHARFUN defaults to the value of \`standard-output' (which see).`, (character, printcharfun) => {
  const c = checkFixnumChar(character);
  withOutput(printcharfun, (p) => {
    if (p.sink === 2 /* Function */) p.callChar(c);
    else p.pc(charText2(c));
  });
  return character;
});
defun("external-debugging-output", "(character)", `Write CHARACTER to stderr.
You can call \`print' while debugging emacs, and pass it this function
to make it write to the debugging output.`, (character) => {
  const c = checkFixnumChar(character);
  E.stderr.write(charText2(c));
  return character;
});
defun("redirect-debugging-output", "(file &optional append)", `Redirect debugging output (stderr stream) to file FILE.
If FILE is nil, reset target to the initial stderr stream.
Optional arg APPEND non-nil (interactively, with prefix arg) means
append to existing target file.`, (file, append2) => {
  const st = printState();
  if (st.debugFd !== void 0) {
    closeSync(st.debugFd);
    st.debugFd = void 0;
  }
  if (st.savedStderr) {
    E.stderr = st.savedStderr;
    st.savedStderr = void 0;
  }
  if (file === NIL) return NIL;
  const name = checkString(file).s;
  const dir = findSymbolValue(defsym("default-directory"));
  const path = resolve2(dir instanceof LString ? dir.s : process.cwd(), name);
  let fd;
  try {
    fd = openSync(path, append2 !== NIL ? "a" : "w", 438);
  } catch (e) {
    const code = e.code;
    const msg = code === "ENOENT" ? "No such file or directory" : code === "EACCES" ? "Permission denied" : String(e.message);
    return xsignal(
      defsym(code === "ENOENT" ? "file-missing" : "file-error"),
      LString.fromJs("Cannot open debugging output stream"),
      LString.fromJs(msg),
      LString.fromJs(path)
    );
  }
  st.savedStderr = E.stderr;
  st.debugFd = fd;
  E.stderr = { write: (s) => {
    writeSync(fd, s);
  } };
  return NIL;
}, { interactive: "FDebug output file: \nP" });
defun("error-message-string", "(obj)", `Convert an error value (ERROR-SYMBOL . DATA) to an error message.
See Info anchor \`(elisp)Definition of signal' for some details on how this
error message is constructed.`, (obj) => {
  if (obj instanceof Cons && obj.car === defsym("error") && obj.cdr instanceof Cons && obj.cdr.car instanceof LString && obj.cdr.cdr === NIL) return obj.cdr.car;
  return new LString(errorMessageString(obj), true);
});
defun("print--preprocess", "(object)", `Extract sharing info from OBJECT needed to print it.
Fills \`print-number-table' if \`print-circle' is non-nil.  Does nothing
if \`print-circle' is nil.`, (object) => {
  if (findSymbolValue(Vprint_circle) !== NIL) printPreprocess(new Printer(0 /* Buffer */), object);
  return NIL;
});

// src/unicode/width.ts
var WIDTH_RUNS = [
  128,
  4,
  160,
  1,
  768,
  0,
  880,
  1,
  1155,
  0,
  1162,
  1,
  1425,
  0,
  1470,
  1,
  1471,
  0,
  1472,
  1,
  1473,
  0,
  1475,
  1,
  1476,
  0,
  1478,
  1,
  1479,
  0,
  1480,
  1,
  1536,
  0,
  1542,
  1,
  1552,
  0,
  1565,
  1,
  1611,
  0,
  1632,
  1,
  1648,
  0,
  1649,
  1,
  1750,
  0,
  1765,
  1,
  1767,
  0,
  1769,
  1,
  1770,
  0,
  1774,
  1,
  1807,
  0,
  1808,
  1,
  1809,
  0,
  1810,
  1,
  1840,
  0,
  1867,
  1,
  1958,
  0,
  1969,
  1,
  2027,
  0,
  2036,
  1,
  2070,
  0,
  2084,
  1,
  2085,
  0,
  2094,
  1,
  2137,
  0,
  2140,
  1,
  2260,
  0,
  2307,
  1,
  2362,
  0,
  2363,
  1,
  2364,
  0,
  2365,
  1,
  2369,
  0,
  2377,
  1,
  2381,
  0,
  2382,
  1,
  2385,
  0,
  2392,
  1,
  2402,
  0,
  2404,
  1,
  2433,
  0,
  2434,
  1,
  2492,
  0,
  2493,
  1,
  2497,
  0,
  2501,
  1,
  2509,
  0,
  2510,
  1,
  2530,
  0,
  2532,
  1,
  2561,
  0,
  2563,
  1,
  2620,
  0,
  2621,
  1,
  2625,
  0,
  2638,
  1,
  2641,
  0,
  2642,
  1,
  2672,
  0,
  2674,
  1,
  2677,
  0,
  2678,
  1,
  2689,
  0,
  2691,
  1,
  2748,
  0,
  2749,
  1,
  2753,
  0,
  2761,
  1,
  2765,
  0,
  2766,
  1,
  2786,
  0,
  2788,
  1,
  2817,
  0,
  2818,
  1,
  2876,
  0,
  2877,
  1,
  2879,
  0,
  2880,
  1,
  2881,
  0,
  2885,
  1,
  2893,
  0,
  2903,
  1,
  2914,
  0,
  2916,
  1,
  2946,
  0,
  2947,
  1,
  3008,
  0,
  3009,
  1,
  3021,
  0,
  3022,
  1,
  3072,
  0,
  3073,
  1,
  3134,
  0,
  3137,
  1,
  3142,
  0,
  3159,
  1,
  3170,
  0,
  3172,
  1,
  3201,
  0,
  3202,
  1,
  3260,
  0,
  3261,
  1,
  3276,
  0,
  3278,
  1,
  3298,
  0,
  3300,
  1,
  3329,
  0,
  3330,
  1,
  3393,
  0,
  3397,
  1,
  3405,
  0,
  3406,
  1,
  3426,
  0,
  3428,
  1,
  3457,
  0,
  3458,
  1,
  3530,
  0,
  3531,
  1,
  3538,
  0,
  3543,
  1,
  3633,
  0,
  3634,
  1,
  3636,
  0,
  3643,
  1,
  3655,
  0,
  3663,
  1,
  3761,
  0,
  3762,
  1,
  3764,
  0,
  3773,
  1,
  3784,
  0,
  3790,
  1,
  3864,
  0,
  3866,
  1,
  3893,
  0,
  3894,
  1,
  3895,
  0,
  3896,
  1,
  3897,
  0,
  3898,
  1,
  3953,
  0,
  3967,
  1,
  3968,
  0,
  3973,
  1,
  3974,
  0,
  3976,
  1,
  3981,
  0,
  4029,
  1,
  4038,
  0,
  4039,
  1,
  4141,
  0,
  4145,
  1,
  4146,
  0,
  4152,
  1,
  4153,
  0,
  4155,
  1,
  4157,
  0,
  4159,
  1,
  4184,
  0,
  4186,
  1,
  4190,
  0,
  4193,
  1,
  4209,
  0,
  4213,
  1,
  4226,
  0,
  4227,
  1,
  4229,
  0,
  4231,
  1,
  4237,
  0,
  4238,
  1,
  4253,
  0,
  4254,
  1,
  4352,
  2,
  4448,
  0,
  4608,
  1,
  4957,
  0,
  4960,
  1,
  5906,
  0,
  5909,
  1,
  5938,
  0,
  5941,
  1,
  5970,
  0,
  5972,
  1,
  6002,
  0,
  6004,
  1,
  6068,
  0,
  6070,
  1,
  6071,
  0,
  6078,
  1,
  6086,
  0,
  6087,
  1,
  6089,
  0,
  6100,
  1,
  6109,
  0,
  6110,
  1,
  6155,
  0,
  6159,
  1,
  6277,
  0,
  6279,
  1,
  6313,
  0,
  6314,
  1,
  6432,
  0,
  6435,
  1,
  6439,
  0,
  6441,
  1,
  6450,
  0,
  6451,
  1,
  6457,
  0,
  6460,
  1,
  6679,
  0,
  6681,
  1,
  6683,
  0,
  6684,
  1,
  6742,
  0,
  6743,
  1,
  6744,
  0,
  6751,
  1,
  6752,
  0,
  6753,
  1,
  6754,
  0,
  6755,
  1,
  6757,
  0,
  6765,
  1,
  6771,
  0,
  6781,
  1,
  6783,
  0,
  6784,
  1,
  6832,
  0,
  6849,
  1,
  6912,
  0,
  6916,
  1,
  6964,
  0,
  6965,
  1,
  6966,
  0,
  6971,
  1,
  6972,
  0,
  6973,
  1,
  6978,
  0,
  6979,
  1,
  7019,
  0,
  7028,
  1,
  7040,
  0,
  7042,
  1,
  7074,
  0,
  7078,
  1,
  7080,
  0,
  7082,
  1,
  7083,
  0,
  7086,
  1,
  7142,
  0,
  7143,
  1,
  7144,
  0,
  7146,
  1,
  7149,
  0,
  7150,
  1,
  7151,
  0,
  7154,
  1,
  7212,
  0,
  7220,
  1,
  7222,
  0,
  7224,
  1,
  7376,
  0,
  7379,
  1,
  7380,
  0,
  7393,
  1,
  7394,
  0,
  7401,
  1,
  7405,
  0,
  7406,
  1,
  7412,
  0,
  7413,
  1,
  7416,
  0,
  7418,
  1,
  7616,
  0,
  7680,
  1,
  8203,
  0,
  8208,
  1,
  8234,
  0,
  8239,
  1,
  8288,
  0,
  8304,
  1,
  8400,
  0,
  8433,
  1,
  8986,
  2,
  8988,
  1,
  9001,
  2,
  9003,
  1,
  9193,
  2,
  9197,
  1,
  9200,
  2,
  9201,
  1,
  9203,
  2,
  9204,
  1,
  9725,
  2,
  9727,
  1,
  9748,
  2,
  9750,
  1,
  9800,
  2,
  9812,
  1,
  9855,
  2,
  9856,
  1,
  9875,
  2,
  9876,
  1,
  9889,
  2,
  9890,
  1,
  9898,
  2,
  9900,
  1,
  9917,
  2,
  9919,
  1,
  9924,
  2,
  9926,
  1,
  9934,
  2,
  9935,
  1,
  9940,
  2,
  9941,
  1,
  9962,
  2,
  9963,
  1,
  9970,
  2,
  9972,
  1,
  9973,
  2,
  9974,
  1,
  9978,
  2,
  9979,
  1,
  9981,
  2,
  9982,
  1,
  9989,
  2,
  9990,
  1,
  9994,
  2,
  9996,
  1,
  10024,
  2,
  10025,
  1,
  10060,
  2,
  10061,
  1,
  10062,
  2,
  10063,
  1,
  10067,
  2,
  10070,
  1,
  10071,
  2,
  10072,
  1,
  10133,
  2,
  10136,
  1,
  10160,
  2,
  10161,
  1,
  10175,
  2,
  10176,
  1,
  11035,
  2,
  11037,
  1,
  11088,
  2,
  11089,
  1,
  11093,
  2,
  11094,
  1,
  11503,
  0,
  11506,
  1,
  11647,
  0,
  11648,
  1,
  11744,
  0,
  11776,
  1,
  11904,
  2,
  12351,
  1,
  12352,
  2,
  12872,
  1,
  12880,
  2,
  19904,
  1,
  19968,
  2,
  40960,
  1,
  42128,
  2,
  42183,
  1,
  42607,
  0,
  42611,
  1,
  42612,
  0,
  42656,
  1,
  42736,
  0,
  42738,
  1,
  43010,
  0,
  43011,
  1,
  43014,
  0,
  43015,
  1,
  43019,
  0,
  43020,
  1,
  43045,
  0,
  43047,
  1,
  43052,
  0,
  43053,
  1,
  43204,
  0,
  43206,
  1,
  43232,
  0,
  43250,
  1,
  43302,
  0,
  43310,
  1,
  43335,
  0,
  43346,
  1,
  43360,
  2,
  43392,
  0,
  43444,
  1,
  43446,
  0,
  43450,
  1,
  43452,
  0,
  43453,
  1,
  43493,
  0,
  43494,
  1,
  43561,
  0,
  43567,
  1,
  43569,
  0,
  43571,
  1,
  43573,
  0,
  43575,
  1,
  43587,
  0,
  43588,
  1,
  43596,
  0,
  43597,
  1,
  43644,
  0,
  43645,
  1,
  43696,
  0,
  43697,
  1,
  43698,
  0,
  43701,
  1,
  43703,
  0,
  43705,
  1,
  43710,
  0,
  43712,
  1,
  43713,
  0,
  43714,
  1,
  43756,
  0,
  43758,
  1,
  43766,
  0,
  43767,
  1,
  44005,
  0,
  44006,
  1,
  44008,
  0,
  44009,
  1,
  44013,
  0,
  44014,
  1,
  44032,
  2,
  55204,
  1,
  55216,
  0,
  55292,
  1,
  63744,
  2,
  64256,
  1,
  64286,
  0,
  64287,
  1,
  65024,
  0,
  65040,
  2,
  65050,
  1,
  65056,
  0,
  65072,
  2,
  65136,
  1,
  65279,
  0,
  65280,
  1,
  65281,
  2,
  65377,
  1,
  65504,
  2,
  65511,
  1,
  65529,
  0,
  65532,
  1,
  66045,
  0,
  66046,
  1,
  66272,
  0,
  66273,
  1,
  66422,
  0,
  66427,
  1,
  68097,
  0,
  68112,
  1,
  68152,
  0,
  68160,
  1,
  68325,
  0,
  68327,
  1,
  69291,
  0,
  69293,
  1,
  69633,
  0,
  69634,
  1,
  69688,
  0,
  69703,
  1,
  69759,
  0,
  69762,
  1,
  69811,
  0,
  69815,
  1,
  69817,
  0,
  69819,
  1,
  69821,
  0,
  69822,
  1,
  69888,
  0,
  69891,
  1,
  69927,
  0,
  69932,
  1,
  69933,
  0,
  69941,
  1,
  70003,
  0,
  70004,
  1,
  70016,
  0,
  70018,
  1,
  70070,
  0,
  70079,
  1,
  70090,
  0,
  70093,
  1,
  70095,
  0,
  70096,
  1,
  70191,
  0,
  70194,
  1,
  70196,
  0,
  70197,
  1,
  70198,
  0,
  70200,
  1,
  70206,
  0,
  70207,
  1,
  70367,
  0,
  70368,
  1,
  70371,
  0,
  70379,
  1,
  70400,
  0,
  70402,
  1,
  70460,
  0,
  70461,
  1,
  70464,
  0,
  70465,
  1,
  70502,
  0,
  70509,
  1,
  70512,
  0,
  70517,
  1,
  70712,
  0,
  70720,
  1,
  70722,
  0,
  70725,
  1,
  70726,
  0,
  70727,
  1,
  70835,
  0,
  70841,
  1,
  70842,
  0,
  70849,
  1,
  70850,
  0,
  70852,
  1,
  71090,
  0,
  71094,
  1,
  71100,
  0,
  71102,
  1,
  71103,
  0,
  71105,
  1,
  71132,
  0,
  71134,
  1,
  71219,
  0,
  71227,
  1,
  71229,
  0,
  71230,
  1,
  71231,
  0,
  71233,
  1,
  71339,
  0,
  71340,
  1,
  71341,
  0,
  71342,
  1,
  71344,
  0,
  71350,
  1,
  71351,
  0,
  71352,
  1,
  71453,
  0,
  71456,
  1,
  71458,
  0,
  71462,
  1,
  71463,
  0,
  71468,
  1,
  71995,
  0,
  71997,
  1,
  71998,
  0,
  71999,
  1,
  72003,
  0,
  72004,
  1,
  72752,
  0,
  72759,
  1,
  72760,
  0,
  72766,
  1,
  72850,
  0,
  72872,
  1,
  72874,
  0,
  72881,
  1,
  72882,
  0,
  72884,
  1,
  72885,
  0,
  72887,
  1,
  92912,
  0,
  92917,
  1,
  92976,
  0,
  92983,
  1,
  94095,
  0,
  94099,
  1,
  94176,
  2,
  94181,
  1,
  94192,
  2,
  94194,
  1,
  94208,
  2,
  100344,
  1,
  100352,
  2,
  101590,
  1,
  110576,
  2,
  110931,
  1,
  110948,
  2,
  110952,
  1,
  110960,
  2,
  111356,
  1,
  113821,
  0,
  113823,
  1,
  113824,
  0,
  113828,
  1,
  119143,
  0,
  119146,
  1,
  119155,
  0,
  119171,
  1,
  119173,
  0,
  119180,
  1,
  119210,
  0,
  119214,
  1,
  119362,
  0,
  119365,
  1,
  121344,
  0,
  121399,
  1,
  121403,
  0,
  121453,
  1,
  121461,
  0,
  121462,
  1,
  121476,
  0,
  121477,
  1,
  121499,
  0,
  121504,
  1,
  121505,
  0,
  121520,
  1,
  122880,
  0,
  122887,
  1,
  122888,
  0,
  122905,
  1,
  122907,
  0,
  122914,
  1,
  122915,
  0,
  122917,
  1,
  122918,
  0,
  122923,
  1,
  125136,
  0,
  125143,
  1,
  125252,
  0,
  125259,
  1,
  126980,
  2,
  126981,
  1,
  127183,
  2,
  127184,
  1,
  127374,
  2,
  127375,
  1,
  127377,
  2,
  127387,
  1,
  127405,
  2,
  127406,
  1,
  127488,
  2,
  127777,
  1,
  127789,
  2,
  127798,
  1,
  127799,
  2,
  127869,
  1,
  127870,
  2,
  127892,
  1,
  127904,
  2,
  127947,
  1,
  127951,
  2,
  127956,
  1,
  127968,
  2,
  127985,
  1,
  127988,
  2,
  127989,
  1,
  127992,
  2,
  128063,
  1,
  128064,
  2,
  128065,
  1,
  128066,
  2,
  128253,
  1,
  128255,
  2,
  128318,
  1,
  128331,
  2,
  128335,
  1,
  128336,
  2,
  128360,
  1,
  128378,
  2,
  128379,
  1,
  128405,
  2,
  128407,
  1,
  128420,
  2,
  128421,
  1,
  128507,
  2,
  128592,
  1,
  128640,
  2,
  128710,
  1,
  128716,
  2,
  128717,
  1,
  128720,
  2,
  128723,
  1,
  128725,
  2,
  128728,
  1,
  128733,
  2,
  128736,
  1,
  128747,
  2,
  128749,
  1,
  128756,
  2,
  128765,
  1,
  128992,
  2,
  129009,
  1,
  129292,
  2,
  129339,
  1,
  129340,
  2,
  129350,
  1,
  129351,
  2,
  129620,
  1,
  129632,
  2,
  129646,
  1,
  129648,
  2,
  129653,
  1,
  129656,
  2,
  129661,
  1,
  129664,
  2,
  129671,
  1,
  129680,
  2,
  129709,
  1,
  129712,
  2,
  129723,
  1,
  129728,
  2,
  129734,
  1,
  129744,
  2,
  129754,
  1,
  129760,
  2,
  129768,
  1,
  129776,
  2,
  129783,
  1,
  129792,
  2,
  129939,
  1,
  131072,
  2,
  262144,
  1,
  917505,
  0,
  918e3,
  1,
  1589248,
  2,
  1598084,
  1,
  2097536,
  2,
  2097630,
  1,
  4194176,
  4
];

// src/editfns/width.ts
function tableWidth(c) {
  const runs = WIDTH_RUNS;
  let lo = 0, hi = (runs.length >> 1) - 1;
  if (c < runs[0]) return 1;
  while (lo < hi) {
    const mid = lo + hi + 1 >> 1;
    if (runs[mid * 2] <= c) lo = mid;
    else hi = mid - 1;
  }
  return runs[lo * 2 + 1];
}
function tabWidth() {
  const sym2 = E.internSoft("tab-width");
  const v = sym2 ? findSymbolValue(sym2) : 8;
  return typeof v === "number" && v > 0 && v <= 1e3 ? v : 8;
}
function ctlArrow() {
  const sym2 = E.internSoft("ctl-arrow");
  return sym2 ? findSymbolValue(sym2) !== NIL : true;
}
function charWidth(c) {
  if (c >= 32 && c < 127) return 1;
  if (c > 127) {
    const w = tableWidth(c);
    return w >= 0 && w <= 1e3 ? w : 1e3;
  }
  if (c === 9) return tabWidth();
  if (c === 10) return 0;
  return ctlArrow() ? 2 : 4;
}
function stringWidth(str, precision) {
  const s = str.s;
  if (!/[^\x20-\x7e]/.test(s)) {
    if (precision > 0 && precision < s.length) return [precision, precision];
    return [s.length, s.length];
  }
  let width = 0;
  let i = 0;
  while (i < s.length) {
    const c = jsCharAt(s, i);
    const w = charWidth(c);
    if (precision > 0 && precision - width < w) return [width, i];
    width += w;
    i += c >= 65536 ? 2 : 1;
  }
  return [width, i];
}

// src/editfns/format.ts
var Vinhibit_message = defvar("inhibit-message", NIL, `Non-nil means calls to \`message' are not displayed.
They are still logged to the *Messages* buffer.

Do NOT set this globally to a non-nil value, as doing that will
disable messages everywhere, including in I-search and other
places where they are necessary.  This variable is intended to
be let-bound around code that needs to disable messages temporarily. `);
var Vbinary_as_unsigned = defvar("binary-as-unsigned", NIL, `Non-nil means \`format' %x and %o treat integers as unsigned.
This has machine-dependent results.  Nil means to treat integers as
signed, which is portable and is the default; for example, if N is a
negative integer, (read (format "#x%x" N)) returns N only when this
variable is nil.

This variable is experimental; email 32252@debbugs.gnu.org if you need
it to be non-nil.`);
var USEFUL_PRECISION_MAX = 16382;
var MAX_WIDTH = 1 << 28;
function formatError(msg) {
  throw new LispSignal(Qerror, list(applyQuotingStyle(LString.fromJs(msg), false)));
}
function stringOverflow() {
  return error("Maximum string size exceeded");
}
function str2num(s, i) {
  let n = 0;
  while (i < s.length) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) break;
    n = Math.min(n * 10 + (c - 48), Number.MAX_SAFE_INTEGER);
    i++;
  }
  return [n, i];
}
function styledFormat(args, message2) {
  const fmtObj = args[0];
  if (!(fmtObj instanceof LString)) return wrongType(Qstringp, fmtObj);
  const fmt = fmtObj.s;
  const multibyteFormat = fmtObj.multibyte;
  let multibyte = multibyteFormat;
  for (let i = 1; !multibyte && i < args.length; i++) {
    const a = args[i];
    if (a instanceof LString && a.multibyte) multibyte = true;
  }
  const quoting = message2 ? textQuotingStyle() : NIL;
  const specs = [];
  retry: for (; ; ) {
    let out = "";
    let n = 0;
    let ispec = 0;
    let newResult = false;
    let i = 0;
    while (i < fmt.length) {
      const c0 = fmt.charCodeAt(i);
      if (c0 === 37) {
        const specStart = i;
        i++;
        if (i < fmt.length && isDigit3(fmt.charCodeAt(i))) {
          const [num, end2] = str2num(fmt, i);
          if (fmt.charCodeAt(end2) === 36) {
            n = num - 1;
            i = end2 + 1;
          }
        }
        let minus = false, plus = false, space = false, sharp = false, zero = false;
        for (; i < fmt.length; i++) {
          const f = fmt.charCodeAt(i);
          if (f === 45) minus = true;
          else if (f === 43) plus = true;
          else if (f === 32) space = true;
          else if (f === 35) sharp = true;
          else if (f === 48) zero = true;
          else break;
        }
        space &&= !plus;
        zero &&= !minus;
        let [fieldWidth, j] = str2num(fmt, i);
        if (fieldWidth >= MAX_WIDTH) stringOverflow();
        const precisionGiven = fmt.charCodeAt(j) === 46;
        let precision = Infinity;
        if (precisionGiven) [precision, j] = str2num(fmt, j + 1);
        i = j;
        if (i >= fmt.length) formatError("Format string ends in middle of format specifier");
        const conversion = jsCharAt(fmt, i);
        i += conversion >= 65536 ? 2 : 1;
        if (conversion === 37) {
          out += "%";
          newResult = true;
          continue;
        }
        ++n;
        if (!(n < args.length)) formatError("Not enough arguments for format string");
        let spec = specs[ispec];
        if (!spec) spec = specs[ispec] = { argument: args[n] };
        ispec++;
        let arg = spec.argument;
        let conv = conversion;
        if (conv === 83 || conv === 115 && !(arg instanceof LString) && !(arg instanceof LSymbol)) {
          if (arg === args[n]) {
            spec.argument = arg = prin1ToLString(arg, conv !== 83);
            if (arg.multibyte && !multibyte) {
              multibyte = true;
              continue retry;
            }
          }
          conv = 115;
        } else if (conv === 99) {
          if (isFixnum(arg) && !(typeof arg === "number" && arg >= 0 && arg <= 127)) {
            if (!multibyte) {
              multibyte = true;
              continue retry;
            }
            if (typeof arg !== "number" || arg < 0 || arg > MAX_CHAR) wrongType(Qcharacterp, arg);
            spec.argument = arg = new LString(charToJs(arg), true);
          }
          if (arg !== args[n]) conv = 115;
          zero = false;
        }
        if (arg instanceof LSymbol) {
          spec.argument = arg = arg.nameString;
          if (arg.multibyte && !multibyte && /[^\x00-\x7f]/.test(arg.s)) {
            multibyte = true;
            continue retry;
          }
        }
        if (conv === 115) {
          const str = arg;
          if (i === fmt.length && specStart === 0 && i === 2 && !fmtObj.intervals) return str;
          out += padString(str, multibyte, fieldWidth, minus, precisionGiven ? precision : -1);
          newResult = true;
          continue;
        }
        if (!isNumericConversion(conv)) formatError("Invalid format operation %" + String.fromCodePoint(conversionChar(conv)));
        if (!(isFixnum(arg) || (typeof arg === "bigint" || arg instanceof LFloat) && conv !== 99)) {
          formatError("Format specifier doesn't match argument type");
        }
        out += formatNumber(arg, String.fromCharCode(conv), {
          minus,
          plus,
          space,
          sharp,
          zero,
          fieldWidth,
          precisionGiven,
          precision
        });
        newResult = true;
        continue;
      }
      let end = fmt.indexOf("%", i);
      if (end < 0) end = fmt.length;
      if (quoting === Qcurve || quoting === Qstraight) {
        const q1 = fmt.indexOf("`", i), q2 = quoting === Qcurve ? fmt.indexOf("'", i) : -1;
        if (q1 >= 0 && q1 < end) end = q1;
        if (q2 >= 0 && q2 < end) end = q2;
      }
      if (end > i) {
        let run = fmt.slice(i, end);
        if (!multibyteFormat && multibyte) {
          const conv = unibyteToMultibyte2(run);
          if (conv !== run) {
            run = conv;
            newResult = true;
          }
        }
        out += run;
        i = end;
        continue;
      }
      const c = jsCharAt(fmt, i);
      const w = c >= 65536 ? 2 : 1;
      i += w;
      if ((c === 96 || c === 39) && quoting === Qcurve) {
        if (!multibyte) {
          multibyte = true;
          continue retry;
        }
        out += c === 96 ? "\u2018" : "\u2019";
        newResult = true;
      } else if (c === 96 && quoting === Qstraight) {
        out += "'";
        newResult = true;
      } else out += w === 1 ? fmt[i - 1] : fmt.slice(i - 2, i);
    }
    if (!newResult) return fmtObj;
    if (out.length >= MAX_WIDTH * 2) stringOverflow();
    return new LString(out, multibyte);
  }
}
function isDigit3(c) {
  return c >= 48 && c <= 57;
}
function isFixnum(x) {
  return typeof x === "number" || typeof x === "bigint" && x >= MOST_NEGATIVE_FIXNUM && x <= MOST_POSITIVE_FIXNUM;
}
function isNumericConversion(c) {
  return c === 99 || c === 100 || c === 101 || c === 102 || c === 103 || c === 105 || c === 111 || c === 120 || c === 88;
}
function conversionChar(c) {
  return c > 1114111 ? 65533 : c;
}
function padString(str, multibyte, width, minus, precision) {
  let text;
  let cols;
  if (precision === 0) {
    text = "";
    cols = 0;
  } else {
    const [w, jsEnd] = stringWidth(str, precision);
    cols = w;
    text = jsEnd === str.s.length ? str.s : str.s.slice(0, jsEnd);
  }
  if (multibyte && !str.multibyte) text = unibyteToMultibyte2(text);
  const padding = cols < width ? width - cols : 0;
  if (padding === 0) return text;
  const pad = " ".repeat(padding);
  return minus ? text + pad : pad + text;
}
var TWO62 = 1n << 62n;
var TWO63 = 1n << 63n;
var TWO64 = 1n << 64n;
function formatNumber(arg, conv, fl) {
  let { plus, space, sharp, zero } = fl;
  const { minus, fieldWidth, precisionGiven, precision } = fl;
  if (conv === "d" || conv === "i") sharp = false;
  const floatConv = conv === "e" || conv === "f" || conv === "g";
  if (!(floatConv || conv === "c")) zero &&= !precisionGiven;
  let prec = precisionGiven ? Math.min(precision, USEFUL_PRECISION_MAX) : -1;
  let prefix = "";
  let p;
  if (floatConv) {
    let v;
    if (arg instanceof LFloat) v = arg.n;
    else if (typeof arg === "number") v = arg;
    else v = arg >= -TWO63 && arg < TWO64 ? arg : Number(arg);
    p = cFormatFloat(v, conv, prec, { plus, space, sharp });
  } else if (conv === "c") {
    p = prec !== 0 ? String.fromCharCode(arg) : "";
  } else {
    let big2 = typeof arg === "bigint" && !isFixnum(arg) ? arg : null;
    if (arg instanceof LFloat && conv !== "d" && conv !== "i") {
      const d = arg.n;
      if (!(Math.abs(d) < 18446744073709552e3)) {
        if (!Number.isFinite(d)) xsignal(Qoverflow_error);
        big2 = BigInt(Math.trunc(d));
      }
    }
    if (big2 !== null) {
      const base = conv === "d" || conv === "i" ? 10 : conv === "o" ? 8 : 16;
      p = big2.toString(base);
      if (conv === "X") p = p.toUpperCase();
      const negative = p.charCodeAt(0) === 45;
      prec = Math.min(precision, p.length);
      if ((plus || space) && !negative) prefix = plus ? "+" : " ";
      if (sharp && base === 16) prefix += "0" + conv;
    } else if (conv === "d" || conv === "i") {
      if (!(arg instanceof LFloat)) p = cInteger(arg, prec, plus, space);
      else {
        let x = Math.trunc(arg.n);
        if (x === 0) x = 0;
        p = cFormatFloat(x, "f", 0, { plus, space });
        const signedp2 = !isDigit3(p.charCodeAt(0)) ? 1 : 0;
        prec = Math.min(precision, p.length - signedp2);
      }
    } else {
      let x;
      let negative;
      if (!(arg instanceof LFloat)) {
        if (findSymbolValue(Vbinary_as_unsigned) !== NIL) {
          x = arg < 0 ? BigInt(arg) + TWO62 : arg;
          negative = false;
        } else {
          negative = arg < 0;
          x = arg < 0 ? -arg : arg;
        }
      } else {
        const d = arg.n;
        negative = d <= -1;
        const t = Math.trunc(Math.abs(d));
        x = Number.isSafeInteger(t) ? t : BigInt(t);
      }
      const sign = negative ? "-" : plus ? "+" : space ? " " : "";
      p = sign + cUnsigned(x, conv, prec, sharp);
    }
  }
  let excess = precisionGiven ? precision - prec : 0;
  let trailingZeros = 0;
  if (excess !== 0 && floatConv) {
    if (!isDigit3(p.charCodeAt(p.length - 1)) || conv === "g" && !(sharp && p.includes("."))) excess = 0;
    trailingZeros = excess;
  }
  let leadingZeros = excess - trailingZeros;
  const numwidth = prefix.length + p.length + excess;
  if (numwidth >= MAX_WIDTH) stringOverflow();
  let padding = numwidth < fieldWidth ? fieldWidth - numwidth : 0;
  const c0 = p.charCodeAt(0);
  const signedp = c0 === 45 || c0 === 43 || c0 === 32 ? 1 : 0;
  const beglen = signedp + (p.charCodeAt(signedp) === 48 && (p[signedp + 1] === "x" || p[signedp + 1] === "X") ? 2 : 0);
  if (zero && isHexDigit(p.charCodeAt(beglen))) {
    leadingZeros += padding;
    padding = 0;
  }
  if (leadingZeros === 0 && sharp && conv === "o" && p.charCodeAt(beglen) !== 48) {
    leadingZeros++;
    if (padding !== 0) padding--;
  }
  let endlen = 0;
  if (trailingZeros && (conv === "e" || conv === "g")) {
    const e = p.indexOf("e");
    if (e >= 0) endlen = p.length - e;
  }
  if (padding === 0 && leadingZeros === 0 && trailingZeros === 0 && prefix === "") return p;
  const lead = minus ? 0 : padding;
  return " ".repeat(lead) + p.slice(0, beglen) + prefix + "0".repeat(leadingZeros) + p.slice(beglen, p.length - endlen) + "0".repeat(trailingZeros) + p.slice(p.length - endlen) + " ".repeat(padding - lead);
}
function isHexDigit(c) {
  return c >= 48 && c <= 57 || c >= 65 && c <= 70 || c >= 97 && c <= 102;
}
function cInteger(x, prec, plus, space) {
  const sign = x < 0 ? "-" : plus ? "+" : space ? " " : "";
  let digits = x === 0 && prec === 0 ? "" : String(x < 0 ? -x : x);
  if (prec > digits.length) digits = "0".repeat(prec - digits.length) + digits;
  return sign + digits;
}
function cUnsigned(x, conv, prec, sharp) {
  const base = conv === "o" ? 8 : 16;
  let digits = (x === 0 || x === 0n) && prec === 0 ? "" : x.toString(base);
  if (conv === "X") digits = digits.toUpperCase();
  if (prec > digits.length) digits = "0".repeat(prec - digits.length) + digits;
  if (sharp) {
    if (conv === "o") {
      if (digits.charCodeAt(0) !== 48) digits = "0" + digits;
    } else if (x !== 0 && x !== 0n) digits = "0" + conv + digits;
  }
  return digits;
}
defun("format", "(string &rest objects)", `Format a string out of a format-string and arguments.
The first argument is a format control string.
The other arguments are substituted into it to make the result, a string.

The format control string may contain %-sequences meaning to substitute
the next available argument, or the argument explicitly specified:

%s means print a string argument.  Actually, prints any object, with \`princ'.
%d means print as signed number in decimal.
%o means print a number in octal.
%x means print a number in hex.
%X is like %x, but uses upper case.
%e means print a number in exponential notation.
%f means print a number in decimal-point notation.
%g means print a number in exponential notation if the exponent would be
   less than -4 or greater than or equal to the precision (default: 6);
   otherwise it prints in decimal-point notation.
%c means print a number as a single character.
%S means print any object as an s-expression (using \`prin1').

The argument used for %d, %o, %x, %e, %f, %g or %c must be a number.
%o, %x, and %X treat arguments as unsigned if \`binary-as-unsigned' is t
  (this is experimental; email 32252@debbugs.gnu.org if you need it).
Use %% to put a single % into the output.

A %-sequence other than %% may contain optional field number, flag,
width, and precision specifiers, as follows:

  %<field><flags><width><precision>character

where field is [0-9]+ followed by a literal dollar "$", flags is
[+ #0-]+, width is [0-9]+, and precision is a literal period "."
followed by [0-9]+.

If a %-sequence is numbered with a field with positive value N, the
Nth argument is substituted instead of the next one.  A format can
contain either numbered or unnumbered %-sequences but not both, except
that %% can be mixed with numbered %-sequences.

The + flag character inserts a + before any nonnegative number, while a
space inserts a space before any nonnegative number; these flags
affect only numeric %-sequences, and the + flag takes precedence.
The - and 0 flags affect the width specifier, as described below.

The # flag means to use an alternate display form for %o, %x, %X, %e,
%f, and %g sequences: for %o, it ensures that the result begins with
"0"; for %x and %X, it prefixes nonzero results with "0x" or "0X";
for %e and %f, it causes a decimal point to be included even if the
precision is zero; for %g, it causes a decimal point to be
included even if the precision is zero, and also forces trailing
zeros after the decimal point to be left in place.

The width specifier supplies a lower limit for the length of the
printed representation.  The padding, if any, normally goes on the
left, but it goes on the right if the - flag is present.  The padding
character is normally a space, but it is 0 if the 0 flag is present.
The 0 flag is ignored if the - flag is present, or the format sequence
is something other than %d, %o, %x, %e, %f, and %g.

For %e and %f sequences, the number after the "." in the precision
specifier says how many decimal places to show; if zero, the decimal
point itself is omitted.  For %g, the precision specifies how many
significant digits to print; zero or omitted are treated as 1.
For %s and %S, the precision specifier truncates the string to the
given width.

Text properties, if any, are copied from the format-string to the
produced text.`, (...args) => styledFormat(args, false));
defun("format-message", "(string &rest objects)", `Format a string out of a format-string and arguments.
The first argument is a format control string.
The other arguments are substituted into it to make the result, a string.

This acts like \`format', except it also replaces each grave accent (\\=\`)
by a left quote, and each apostrophe (\\=') by a right quote.  The left
and right quote replacement characters are specified by
\`text-quoting-style'.`, (...args) => styledFormat(args, true));
function showMessage(m) {
  if (findSymbolValue(Vinhibit_message) !== NIL) return;
  let text = takeNeedNewline() ? "\n" : "";
  if (m instanceof LString) text += m.s;
  E.stderr.write(text + "\n");
}
defun("message", "(format-string &rest args)", `Display a message at the bottom of the screen.
The message also goes into the \`*Messages*' buffer, if \`message-log-max'
is non-nil.  (In keyboard macros, that's all it does.)
Return the message.

In batch mode, the message is printed to the standard error stream,
followed by a newline.

The first argument is a format control string, and the rest are data
to be formatted under control of the string.  Percent sign (%), grave
accent (\\=\`) and apostrophe (\\=') are special in the format; see
\`format-message' for details.  To display STRING without special
treatment, use (message "%s" STRING).

If the first argument is nil or the empty string, the function clears
any existing message; this lets the minibuffer contents show.  See
also \`current-message'.`, (...args) => {
  const f = args[0];
  if (f === NIL || f instanceof LString && f.s.length === 0) {
    showMessage(NIL);
    return f;
  }
  const val = styledFormat(args, true);
  showMessage(val);
  return val;
});
defun("message-box", "(format-string &rest args)", `Display a message, in a dialog box if possible.
If a dialog box is not available, use the echo area.
The first argument is a format control string, and the rest are data
to be formatted under control of the string.  See \`format-message' for
details.

If the first argument is nil or the empty string, clear any existing
message; let the minibuffer contents show.`, (...args) => args[0] === NIL ? NIL : styledFormat(args, true));
defun("message-or-box", "(format-string &rest args)", `Display a message in a dialog box or in the echo area.
If this command was invoked with the mouse, use a dialog box if
\`use-dialog-box' is non-nil.
Otherwise, use the echo area.
The first argument is a format control string, and the rest are data
to be formatted under control of the string.  See \`format-message' for
details.

If the first argument is nil or the empty string, clear any existing
message; let the minibuffer contents show.`, (...args) => args[0] === NIL ? NIL : styledFormat(args, true));
defun("current-message", "()", "Return the string currently displayed in the echo area, or nil if none.", () => NIL);

// src/unicode/case.ts
var DOWNCASE_RUNS = [
  0,
  65,
  1,
  0,
  65,
  26,
  1,
  32,
  91,
  37,
  1,
  0,
  160,
  2,
  1,
  0,
  166,
  2,
  1,
  0,
  169,
  3,
  2,
  0,
  172,
  3,
  2,
  0,
  177,
  1,
  1,
  0,
  181,
  2,
  2,
  0,
  187,
  5,
  1,
  0,
  192,
  23,
  1,
  32,
  215,
  1,
  1,
  0,
  216,
  7,
  1,
  32,
  223,
  41,
  2,
  0,
  224,
  16,
  2,
  0,
  256,
  24,
  2,
  1,
  306,
  3,
  2,
  1,
  307,
  3,
  2,
  0,
  313,
  8,
  2,
  1,
  314,
  8,
  2,
  0,
  330,
  23,
  2,
  1,
  331,
  23,
  2,
  0,
  376,
  1,
  1,
  -121,
  377,
  3,
  2,
  1,
  378,
  4,
  2,
  0,
  385,
  1,
  1,
  210,
  386,
  2,
  2,
  1,
  387,
  2,
  2,
  0,
  390,
  1,
  1,
  206,
  391,
  1,
  1,
  1,
  392,
  1,
  1,
  0,
  393,
  2,
  1,
  205,
  395,
  1,
  1,
  1,
  396,
  1,
  1,
  0,
  398,
  1,
  1,
  79,
  399,
  1,
  1,
  202,
  400,
  1,
  1,
  203,
  401,
  1,
  1,
  1,
  402,
  1,
  1,
  0,
  403,
  1,
  1,
  205,
  404,
  1,
  1,
  207,
  405,
  1,
  1,
  0,
  406,
  1,
  1,
  211,
  407,
  1,
  1,
  209,
  408,
  1,
  1,
  1,
  409,
  2,
  1,
  0,
  412,
  1,
  1,
  211,
  413,
  1,
  1,
  213,
  414,
  1,
  1,
  0,
  415,
  1,
  1,
  214,
  416,
  3,
  2,
  1,
  417,
  3,
  2,
  0,
  422,
  1,
  1,
  218,
  423,
  1,
  1,
  1,
  424,
  1,
  1,
  0,
  425,
  1,
  1,
  218,
  428,
  1,
  1,
  1,
  429,
  1,
  1,
  0,
  430,
  1,
  1,
  218,
  431,
  1,
  1,
  1,
  432,
  1,
  1,
  0,
  433,
  2,
  1,
  217,
  435,
  2,
  2,
  1,
  436,
  2,
  2,
  0,
  439,
  1,
  1,
  219,
  440,
  1,
  1,
  1,
  441,
  1,
  1,
  0,
  444,
  1,
  1,
  1,
  445,
  2,
  2,
  0,
  452,
  1,
  1,
  2,
  453,
  1,
  1,
  1,
  454,
  1,
  1,
  0,
  455,
  1,
  1,
  2,
  456,
  1,
  1,
  1,
  457,
  1,
  1,
  0,
  458,
  1,
  1,
  2,
  459,
  9,
  2,
  1,
  460,
  9,
  2,
  0,
  477,
  10,
  2,
  0,
  478,
  9,
  2,
  1,
  497,
  1,
  1,
  2,
  498,
  2,
  2,
  1,
  499,
  2,
  2,
  0,
  502,
  1,
  1,
  -97,
  503,
  1,
  1,
  -56,
  504,
  20,
  2,
  1,
  505,
  20,
  2,
  0,
  544,
  1,
  1,
  -130,
  546,
  9,
  2,
  1,
  547,
  9,
  2,
  0,
  570,
  1,
  1,
  10795,
  571,
  1,
  1,
  1,
  572,
  1,
  1,
  0,
  573,
  1,
  1,
  -163,
  574,
  1,
  1,
  10792,
  575,
  2,
  1,
  0,
  577,
  1,
  1,
  1,
  578,
  1,
  1,
  0,
  579,
  1,
  1,
  -195,
  580,
  1,
  1,
  69,
  581,
  1,
  1,
  71,
  582,
  5,
  2,
  1,
  583,
  7,
  2,
  0,
  592,
  4,
  2,
  0,
  599,
  3,
  2,
  0,
  604,
  1,
  1,
  0,
  608,
  2,
  1,
  0,
  611,
  2,
  2,
  0,
  614,
  4,
  2,
  0,
  617,
  2,
  2,
  0,
  623,
  2,
  2,
  0,
  626,
  1,
  1,
  0,
  629,
  1,
  1,
  0,
  637,
  1,
  1,
  0,
  640,
  2,
  2,
  0,
  643,
  1,
  1,
  0,
  647,
  6,
  1,
  0,
  658,
  1,
  1,
  0,
  669,
  2,
  1,
  0,
  837,
  1,
  1,
  0,
  880,
  2,
  2,
  1,
  881,
  2,
  2,
  0,
  886,
  1,
  1,
  1,
  887,
  1,
  1,
  0,
  891,
  3,
  1,
  0,
  895,
  1,
  1,
  116,
  902,
  1,
  1,
  38,
  904,
  3,
  1,
  37,
  908,
  1,
  1,
  64,
  910,
  2,
  1,
  63,
  913,
  17,
  1,
  32,
  931,
  9,
  1,
  32,
  940,
  4,
  1,
  0,
  945,
  30,
  1,
  0,
  975,
  1,
  1,
  8,
  976,
  2,
  1,
  0,
  981,
  17,
  2,
  0,
  982,
  1,
  1,
  0,
  984,
  12,
  2,
  1,
  1008,
  2,
  2,
  0,
  1012,
  1,
  1,
  -60,
  1015,
  1,
  1,
  1,
  1016,
  1,
  1,
  0,
  1017,
  1,
  1,
  -7,
  1018,
  1,
  1,
  1,
  1019,
  1,
  1,
  0,
  1021,
  3,
  1,
  -130,
  1024,
  16,
  1,
  80,
  1040,
  32,
  1,
  32,
  1072,
  48,
  1,
  0,
  1120,
  17,
  2,
  1,
  1121,
  17,
  2,
  0,
  1162,
  27,
  2,
  1,
  1163,
  27,
  2,
  0,
  1216,
  1,
  1,
  15,
  1217,
  7,
  2,
  1,
  1218,
  7,
  2,
  0,
  1231,
  49,
  2,
  0,
  1232,
  48,
  2,
  1,
  1329,
  38,
  1,
  48,
  1377,
  38,
  1,
  0,
  4256,
  38,
  1,
  7264,
  4295,
  1,
  1,
  7264,
  4301,
  1,
  1,
  7264,
  4304,
  43,
  1,
  0,
  4349,
  3,
  1,
  0,
  5024,
  80,
  1,
  38864,
  5104,
  6,
  1,
  8,
  5112,
  6,
  1,
  0,
  7296,
  9,
  1,
  0,
  7312,
  43,
  1,
  -3008,
  7357,
  3,
  1,
  -3008,
  7545,
  1,
  1,
  0,
  7549,
  1,
  1,
  0,
  7566,
  1,
  1,
  0,
  7680,
  75,
  2,
  1,
  7681,
  75,
  2,
  0,
  7835,
  1,
  1,
  0,
  7838,
  1,
  1,
  -7615,
  7840,
  48,
  2,
  1,
  7841,
  52,
  2,
  0,
  7936,
  4,
  2,
  0,
  7944,
  8,
  1,
  -8,
  7952,
  6,
  1,
  0,
  7960,
  6,
  1,
  -8,
  7968,
  8,
  1,
  0,
  7976,
  8,
  1,
  -8,
  7984,
  8,
  1,
  0,
  7992,
  8,
  1,
  -8,
  8e3,
  6,
  1,
  0,
  8008,
  6,
  1,
  -8,
  8017,
  4,
  2,
  0,
  8025,
  4,
  2,
  -8,
  8032,
  8,
  1,
  0,
  8040,
  8,
  1,
  -8,
  8048,
  14,
  1,
  0,
  8064,
  8,
  1,
  0,
  8072,
  8,
  1,
  -8,
  8080,
  8,
  1,
  0,
  8088,
  8,
  1,
  -8,
  8096,
  8,
  1,
  0,
  8104,
  8,
  1,
  -8,
  8112,
  2,
  1,
  0,
  8115,
  1,
  1,
  0,
  8120,
  2,
  1,
  -8,
  8122,
  2,
  1,
  -74,
  8124,
  1,
  1,
  -9,
  8126,
  1,
  1,
  0,
  8131,
  1,
  1,
  0,
  8136,
  4,
  1,
  -86,
  8140,
  1,
  1,
  -9,
  8144,
  2,
  1,
  0,
  8152,
  2,
  1,
  -8,
  8154,
  2,
  1,
  -100,
  8160,
  2,
  1,
  0,
  8165,
  1,
  1,
  0,
  8168,
  2,
  1,
  -8,
  8170,
  2,
  1,
  -112,
  8172,
  1,
  1,
  -7,
  8179,
  1,
  1,
  0,
  8184,
  2,
  1,
  -128,
  8186,
  2,
  1,
  -126,
  8188,
  1,
  1,
  -9,
  8192,
  40,
  1,
  0,
  8239,
  49,
  1,
  0,
  8486,
  1,
  1,
  -7517,
  8491,
  1,
  1,
  -8262,
  8498,
  1,
  1,
  28,
  8526,
  1,
  1,
  0,
  8544,
  16,
  1,
  16,
  8560,
  16,
  1,
  0,
  8579,
  1,
  1,
  1,
  8580,
  1,
  1,
  0,
  8592,
  704,
  1,
  0,
  9398,
  26,
  1,
  26,
  9424,
  26,
  1,
  0,
  10752,
  512,
  1,
  0,
  11264,
  48,
  1,
  48,
  11312,
  48,
  1,
  0,
  11360,
  1,
  1,
  1,
  11361,
  1,
  1,
  0,
  11362,
  1,
  1,
  -10743,
  11363,
  1,
  1,
  -3814,
  11364,
  1,
  1,
  -10727,
  11365,
  2,
  1,
  0,
  11367,
  3,
  2,
  1,
  11368,
  3,
  2,
  0,
  11373,
  1,
  1,
  -10780,
  11374,
  1,
  1,
  -10749,
  11375,
  1,
  1,
  -10783,
  11376,
  1,
  1,
  -10782,
  11378,
  1,
  1,
  1,
  11379,
  1,
  1,
  0,
  11381,
  1,
  1,
  1,
  11382,
  1,
  1,
  0,
  11390,
  2,
  1,
  -10815,
  11392,
  50,
  2,
  1,
  11393,
  50,
  2,
  0,
  11499,
  2,
  2,
  1,
  11500,
  2,
  2,
  0,
  11506,
  1,
  1,
  1,
  11507,
  1,
  1,
  0,
  11520,
  38,
  1,
  0,
  11559,
  1,
  1,
  0,
  11565,
  1,
  1,
  0,
  11776,
  128,
  1,
  0,
  12288,
  4,
  1,
  0,
  12539,
  1,
  1,
  0,
  42560,
  23,
  2,
  1,
  42561,
  23,
  2,
  0,
  42624,
  14,
  2,
  1,
  42625,
  14,
  2,
  0,
  42786,
  7,
  2,
  1,
  42787,
  7,
  2,
  0,
  42802,
  31,
  2,
  1,
  42803,
  31,
  2,
  0,
  42873,
  2,
  2,
  1,
  42874,
  2,
  2,
  0,
  42877,
  1,
  1,
  -35332,
  42878,
  5,
  2,
  1,
  42879,
  5,
  2,
  0,
  42891,
  1,
  1,
  1,
  42892,
  1,
  1,
  0,
  42893,
  1,
  1,
  -42280,
  42896,
  2,
  2,
  1,
  42897,
  2,
  2,
  0,
  42900,
  1,
  1,
  0,
  42902,
  10,
  2,
  1,
  42903,
  10,
  2,
  0,
  42922,
  1,
  1,
  -42308,
  42923,
  1,
  1,
  -42319,
  42924,
  1,
  1,
  -42315,
  42925,
  1,
  1,
  -42305,
  42926,
  1,
  1,
  -42308,
  42928,
  1,
  1,
  -42258,
  42929,
  1,
  1,
  -42282,
  42930,
  1,
  1,
  -42261,
  42931,
  1,
  1,
  928,
  42932,
  8,
  2,
  1,
  42933,
  8,
  2,
  0,
  42948,
  1,
  1,
  -48,
  42949,
  1,
  1,
  -42307,
  42950,
  1,
  1,
  -35384,
  42951,
  2,
  2,
  1,
  42952,
  2,
  2,
  0,
  42960,
  1,
  1,
  1,
  42961,
  1,
  1,
  0,
  42966,
  2,
  2,
  1,
  42967,
  2,
  2,
  0,
  42997,
  1,
  1,
  1,
  42998,
  1,
  1,
  0,
  43859,
  1,
  1,
  0,
  43888,
  80,
  1,
  0,
  65281,
  15,
  1,
  0,
  65306,
  2,
  1,
  0,
  65311,
  2,
  1,
  0,
  65313,
  26,
  1,
  32,
  65345,
  26,
  1,
  0,
  65377,
  1,
  1,
  0,
  65380,
  2,
  1,
  0,
  66560,
  40,
  1,
  40,
  66600,
  40,
  1,
  0,
  66736,
  36,
  1,
  40,
  66776,
  36,
  1,
  0,
  66928,
  19,
  2,
  39,
  66929,
  5,
  2,
  39,
  66941,
  7,
  2,
  39,
  66957,
  3,
  2,
  39,
  66965,
  1,
  1,
  39,
  66967,
  19,
  2,
  0,
  66968,
  5,
  2,
  0,
  66980,
  7,
  2,
  0,
  66996,
  3,
  2,
  0,
  67004,
  1,
  1,
  0,
  68736,
  51,
  1,
  64,
  68800,
  51,
  1,
  0,
  71840,
  32,
  1,
  32,
  71872,
  32,
  1,
  0,
  93760,
  32,
  1,
  32,
  93792,
  32,
  1,
  0,
  125184,
  34,
  1,
  34,
  125218,
  34,
  1,
  0,
  129792,
  256,
  1,
  0,
  2097664,
  1,
  1,
  0,
  2097683,
  2,
  1,
  0,
  2097689,
  4,
  1,
  0,
  2097695,
  7,
  1,
  0,
  2097704,
  7,
  1,
  0,
  2097712,
  3,
  2,
  0,
  2097715,
  1,
  1,
  0,
  2097721,
  2,
  1,
  0,
  2097725,
  1,
  1,
  0,
  2097759,
  1,
  1,
  0,
  2097792,
  1,
  1,
  -128,
  2097811,
  2,
  1,
  -128,
  2097817,
  4,
  1,
  -128,
  2097823,
  7,
  1,
  -128,
  2097832,
  7,
  1,
  -128,
  2097840,
  3,
  2,
  -128,
  2097843,
  1,
  1,
  -128,
  2097849,
  2,
  1,
  -128,
  2097853,
  1,
  1,
  -128,
  2097887,
  1,
  1,
  -128
];
var UPCASE_RUNS = [
  0,
  97,
  1,
  0,
  97,
  26,
  1,
  -32,
  123,
  5,
  1,
  0,
  160,
  2,
  1,
  0,
  166,
  2,
  1,
  0,
  169,
  3,
  2,
  0,
  172,
  3,
  2,
  0,
  177,
  1,
  1,
  0,
  181,
  1,
  1,
  743,
  183,
  1,
  1,
  0,
  187,
  36,
  1,
  0,
  223,
  1,
  1,
  7615,
  224,
  23,
  1,
  -32,
  247,
  1,
  1,
  0,
  248,
  7,
  1,
  -32,
  255,
  1,
  1,
  121,
  256,
  24,
  2,
  0,
  257,
  24,
  2,
  -1,
  306,
  3,
  2,
  0,
  307,
  3,
  2,
  -1,
  313,
  8,
  2,
  0,
  314,
  8,
  2,
  -1,
  330,
  24,
  2,
  0,
  331,
  23,
  2,
  -1,
  377,
  3,
  2,
  0,
  378,
  3,
  2,
  -1,
  384,
  1,
  1,
  195,
  385,
  2,
  1,
  0,
  387,
  2,
  2,
  -1,
  388,
  2,
  2,
  0,
  391,
  3,
  2,
  0,
  392,
  1,
  1,
  -1,
  394,
  1,
  1,
  0,
  396,
  1,
  1,
  -1,
  398,
  4,
  1,
  0,
  402,
  1,
  1,
  -1,
  403,
  2,
  1,
  0,
  405,
  1,
  1,
  97,
  406,
  3,
  1,
  0,
  409,
  1,
  1,
  -1,
  410,
  1,
  1,
  163,
  412,
  2,
  1,
  0,
  414,
  1,
  1,
  130,
  415,
  2,
  1,
  0,
  417,
  3,
  2,
  -1,
  418,
  3,
  2,
  0,
  423,
  2,
  2,
  0,
  424,
  1,
  1,
  -1,
  428,
  2,
  2,
  0,
  429,
  1,
  1,
  -1,
  431,
  5,
  2,
  0,
  432,
  1,
  1,
  -1,
  434,
  1,
  1,
  0,
  436,
  2,
  2,
  -1,
  440,
  1,
  1,
  0,
  441,
  1,
  1,
  -1,
  444,
  1,
  1,
  0,
  445,
  1,
  1,
  -1,
  447,
  1,
  1,
  56,
  452,
  1,
  1,
  0,
  453,
  1,
  1,
  -1,
  454,
  1,
  1,
  -2,
  455,
  1,
  1,
  0,
  456,
  1,
  1,
  -1,
  457,
  1,
  1,
  -2,
  458,
  1,
  1,
  0,
  459,
  1,
  1,
  -1,
  460,
  1,
  1,
  -2,
  461,
  8,
  2,
  0,
  462,
  8,
  2,
  -1,
  477,
  1,
  1,
  -79,
  478,
  9,
  2,
  0,
  479,
  9,
  2,
  -1,
  497,
  1,
  1,
  0,
  498,
  1,
  1,
  -1,
  499,
  1,
  1,
  -2,
  500,
  32,
  2,
  0,
  501,
  1,
  1,
  -1,
  503,
  1,
  1,
  0,
  505,
  20,
  2,
  -1,
  547,
  9,
  2,
  -1,
  570,
  2,
  1,
  0,
  572,
  1,
  1,
  -1,
  573,
  2,
  1,
  0,
  575,
  2,
  1,
  10815,
  577,
  3,
  2,
  0,
  578,
  1,
  1,
  -1,
  580,
  6,
  2,
  0,
  583,
  5,
  2,
  -1,
  592,
  1,
  1,
  10783,
  593,
  1,
  1,
  10780,
  594,
  1,
  1,
  10782,
  595,
  1,
  1,
  -210,
  596,
  1,
  1,
  -206,
  598,
  2,
  1,
  -205,
  601,
  1,
  1,
  -202,
  603,
  1,
  1,
  -203,
  604,
  1,
  1,
  42319,
  608,
  1,
  1,
  -205,
  609,
  1,
  1,
  42315,
  611,
  1,
  1,
  -207,
  613,
  1,
  1,
  42280,
  614,
  1,
  1,
  42308,
  616,
  1,
  1,
  -209,
  617,
  1,
  1,
  -211,
  618,
  1,
  1,
  42308,
  619,
  1,
  1,
  10743,
  620,
  1,
  1,
  42305,
  623,
  1,
  1,
  -211,
  625,
  1,
  1,
  10749,
  626,
  1,
  1,
  -213,
  629,
  1,
  1,
  -214,
  637,
  1,
  1,
  10727,
  640,
  1,
  1,
  -218,
  642,
  1,
  1,
  42307,
  643,
  1,
  1,
  -218,
  647,
  1,
  1,
  42282,
  648,
  1,
  1,
  -218,
  649,
  1,
  1,
  -69,
  650,
  2,
  1,
  -217,
  652,
  1,
  1,
  -71,
  658,
  1,
  1,
  -219,
  669,
  1,
  1,
  42261,
  670,
  1,
  1,
  42258,
  837,
  1,
  1,
  84,
  880,
  2,
  2,
  0,
  881,
  2,
  2,
  -1,
  886,
  1,
  1,
  0,
  887,
  1,
  1,
  -1,
  891,
  3,
  1,
  130,
  895,
  1,
  1,
  0,
  902,
  5,
  2,
  0,
  905,
  1,
  1,
  0,
  911,
  15,
  2,
  0,
  914,
  8,
  2,
  0,
  932,
  4,
  2,
  0,
  940,
  1,
  1,
  -38,
  941,
  3,
  1,
  -37,
  945,
  17,
  1,
  -32,
  962,
  1,
  1,
  -31,
  963,
  9,
  1,
  -32,
  972,
  1,
  1,
  -64,
  973,
  2,
  1,
  -63,
  975,
  1,
  1,
  0,
  976,
  1,
  1,
  -62,
  977,
  1,
  1,
  -57,
  981,
  1,
  1,
  -47,
  982,
  1,
  1,
  -54,
  983,
  1,
  1,
  -8,
  984,
  12,
  2,
  0,
  985,
  12,
  2,
  -1,
  1008,
  1,
  1,
  -86,
  1009,
  1,
  1,
  -80,
  1010,
  1,
  1,
  7,
  1011,
  1,
  1,
  -116,
  1012,
  1,
  1,
  0,
  1013,
  1,
  1,
  -96,
  1015,
  2,
  2,
  0,
  1016,
  1,
  1,
  -1,
  1018,
  1,
  1,
  0,
  1019,
  1,
  1,
  -1,
  1021,
  51,
  1,
  0,
  1072,
  32,
  1,
  -32,
  1104,
  16,
  1,
  -80,
  1120,
  17,
  2,
  0,
  1121,
  17,
  2,
  -1,
  1162,
  28,
  2,
  0,
  1163,
  27,
  2,
  -1,
  1217,
  7,
  2,
  0,
  1218,
  7,
  2,
  -1,
  1231,
  1,
  1,
  -15,
  1232,
  48,
  2,
  0,
  1233,
  48,
  2,
  -1,
  1329,
  38,
  1,
  0,
  1377,
  38,
  1,
  -48,
  4256,
  38,
  1,
  0,
  4295,
  1,
  1,
  0,
  4301,
  1,
  1,
  0,
  4304,
  43,
  1,
  3008,
  4349,
  3,
  1,
  3008,
  5024,
  86,
  1,
  0,
  5112,
  6,
  1,
  -8,
  7296,
  1,
  1,
  -6254,
  7297,
  1,
  1,
  -6253,
  7298,
  1,
  1,
  -6244,
  7299,
  2,
  1,
  -6242,
  7301,
  1,
  1,
  -6243,
  7302,
  1,
  1,
  -6236,
  7303,
  1,
  1,
  -6181,
  7304,
  1,
  1,
  35266,
  7312,
  43,
  1,
  0,
  7357,
  3,
  1,
  0,
  7545,
  1,
  1,
  35332,
  7549,
  1,
  1,
  3814,
  7566,
  1,
  1,
  35384,
  7680,
  75,
  2,
  0,
  7681,
  75,
  2,
  -1,
  7835,
  1,
  1,
  -59,
  7838,
  49,
  2,
  0,
  7841,
  48,
  2,
  -1,
  7936,
  8,
  1,
  8,
  7944,
  8,
  1,
  0,
  7952,
  6,
  1,
  8,
  7960,
  6,
  1,
  0,
  7968,
  8,
  1,
  8,
  7976,
  8,
  1,
  0,
  7984,
  8,
  1,
  8,
  7992,
  8,
  1,
  0,
  8e3,
  6,
  1,
  8,
  8008,
  6,
  1,
  0,
  8017,
  4,
  2,
  8,
  8025,
  4,
  2,
  0,
  8032,
  8,
  1,
  8,
  8040,
  8,
  1,
  0,
  8048,
  2,
  1,
  74,
  8050,
  4,
  1,
  86,
  8054,
  2,
  1,
  100,
  8056,
  2,
  1,
  128,
  8058,
  2,
  1,
  112,
  8060,
  2,
  1,
  126,
  8064,
  8,
  1,
  8,
  8072,
  8,
  1,
  0,
  8080,
  8,
  1,
  8,
  8088,
  8,
  1,
  0,
  8096,
  8,
  1,
  8,
  8104,
  8,
  1,
  0,
  8112,
  2,
  1,
  8,
  8115,
  1,
  1,
  9,
  8120,
  5,
  1,
  0,
  8126,
  1,
  1,
  -7205,
  8131,
  1,
  1,
  9,
  8136,
  5,
  1,
  0,
  8144,
  2,
  1,
  8,
  8152,
  4,
  1,
  0,
  8160,
  2,
  1,
  8,
  8165,
  1,
  1,
  7,
  8168,
  5,
  1,
  0,
  8179,
  1,
  1,
  9,
  8184,
  5,
  1,
  0,
  8192,
  40,
  1,
  0,
  8239,
  49,
  1,
  0,
  8486,
  1,
  1,
  0,
  8491,
  1,
  1,
  0,
  8498,
  1,
  1,
  0,
  8526,
  1,
  1,
  -28,
  8544,
  16,
  1,
  0,
  8560,
  16,
  1,
  -16,
  8579,
  1,
  1,
  0,
  8580,
  1,
  1,
  -1,
  8592,
  704,
  1,
  0,
  9398,
  26,
  1,
  0,
  9424,
  26,
  1,
  -26,
  10752,
  560,
  1,
  0,
  11312,
  48,
  1,
  -48,
  11360,
  3,
  2,
  0,
  11361,
  1,
  1,
  -1,
  11363,
  1,
  1,
  0,
  11365,
  1,
  1,
  -10795,
  11366,
  1,
  1,
  -10792,
  11367,
  5,
  2,
  0,
  11368,
  3,
  2,
  -1,
  11374,
  3,
  2,
  0,
  11379,
  1,
  1,
  -1,
  11381,
  1,
  1,
  0,
  11382,
  1,
  1,
  -1,
  11390,
  51,
  2,
  0,
  11391,
  1,
  1,
  0,
  11393,
  50,
  2,
  -1,
  11499,
  2,
  2,
  0,
  11500,
  2,
  2,
  -1,
  11506,
  1,
  1,
  0,
  11507,
  1,
  1,
  -1,
  11520,
  38,
  1,
  -7264,
  11559,
  1,
  1,
  -7264,
  11565,
  1,
  1,
  -7264,
  11776,
  128,
  1,
  0,
  12288,
  4,
  1,
  0,
  12539,
  1,
  1,
  0,
  42560,
  23,
  2,
  0,
  42561,
  23,
  2,
  -1,
  42624,
  14,
  2,
  0,
  42625,
  14,
  2,
  -1,
  42786,
  7,
  2,
  0,
  42787,
  7,
  2,
  -1,
  42802,
  31,
  2,
  0,
  42803,
  31,
  2,
  -1,
  42873,
  3,
  2,
  0,
  42874,
  2,
  2,
  -1,
  42878,
  5,
  2,
  0,
  42879,
  5,
  2,
  -1,
  42891,
  2,
  2,
  0,
  42892,
  1,
  1,
  -1,
  42896,
  2,
  2,
  0,
  42897,
  2,
  2,
  -1,
  42900,
  1,
  1,
  48,
  42902,
  25,
  2,
  0,
  42903,
  10,
  2,
  -1,
  42923,
  2,
  2,
  0,
  42929,
  2,
  2,
  0,
  42933,
  8,
  2,
  -1,
  42949,
  3,
  2,
  0,
  42952,
  2,
  2,
  -1,
  42960,
  1,
  1,
  0,
  42961,
  1,
  1,
  -1,
  42966,
  2,
  2,
  0,
  42967,
  2,
  2,
  -1,
  42997,
  1,
  1,
  0,
  42998,
  1,
  1,
  -1,
  43859,
  1,
  1,
  -928,
  43888,
  80,
  1,
  -38864,
  65281,
  15,
  1,
  0,
  65306,
  2,
  1,
  0,
  65311,
  28,
  1,
  0,
  65345,
  26,
  1,
  -32,
  65377,
  1,
  1,
  0,
  65380,
  2,
  1,
  0,
  66560,
  40,
  1,
  0,
  66600,
  40,
  1,
  -40,
  66736,
  36,
  1,
  0,
  66776,
  36,
  1,
  -40,
  66928,
  19,
  2,
  0,
  66929,
  5,
  2,
  0,
  66941,
  7,
  2,
  0,
  66957,
  3,
  2,
  0,
  66965,
  1,
  1,
  0,
  66967,
  19,
  2,
  -39,
  66968,
  5,
  2,
  -39,
  66980,
  7,
  2,
  -39,
  66996,
  3,
  2,
  -39,
  67004,
  1,
  1,
  -39,
  68736,
  51,
  1,
  0,
  68800,
  51,
  1,
  -64,
  71840,
  32,
  1,
  0,
  71872,
  32,
  1,
  -32,
  93760,
  32,
  1,
  0,
  93792,
  32,
  1,
  -32,
  125184,
  34,
  1,
  0,
  125218,
  34,
  1,
  -34,
  129792,
  256,
  1,
  0,
  2097664,
  1,
  1,
  128,
  2097683,
  2,
  1,
  128,
  2097689,
  4,
  1,
  128,
  2097695,
  7,
  1,
  128,
  2097704,
  7,
  1,
  128,
  2097712,
  3,
  2,
  128,
  2097715,
  1,
  1,
  128,
  2097721,
  2,
  1,
  128,
  2097725,
  1,
  1,
  128,
  2097759,
  1,
  1,
  128,
  2097792,
  1,
  1,
  0,
  2097811,
  2,
  1,
  0,
  2097817,
  4,
  1,
  0,
  2097823,
  7,
  1,
  0,
  2097832,
  7,
  1,
  0,
  2097840,
  3,
  2,
  0,
  2097843,
  1,
  1,
  0,
  2097849,
  2,
  1,
  0,
  2097853,
  1,
  1,
  0,
  2097887,
  1,
  1,
  0
];
var TITLECASE_RUNS = [
  97,
  26,
  1,
  -32,
  181,
  1,
  1,
  743,
  224,
  23,
  1,
  -32,
  248,
  7,
  1,
  -32,
  255,
  1,
  1,
  121,
  257,
  24,
  2,
  -1,
  305,
  1,
  1,
  -232,
  307,
  3,
  2,
  -1,
  314,
  8,
  2,
  -1,
  331,
  23,
  2,
  -1,
  378,
  3,
  2,
  -1,
  383,
  1,
  1,
  -300,
  384,
  1,
  1,
  195,
  387,
  2,
  2,
  -1,
  392,
  1,
  1,
  -1,
  396,
  1,
  1,
  -1,
  402,
  1,
  1,
  -1,
  405,
  1,
  1,
  97,
  409,
  1,
  1,
  -1,
  410,
  1,
  1,
  163,
  414,
  1,
  1,
  130,
  417,
  3,
  2,
  -1,
  424,
  1,
  1,
  -1,
  429,
  1,
  1,
  -1,
  432,
  1,
  1,
  -1,
  436,
  2,
  2,
  -1,
  441,
  1,
  1,
  -1,
  445,
  1,
  1,
  -1,
  447,
  1,
  1,
  56,
  452,
  1,
  1,
  1,
  453,
  1,
  1,
  0,
  454,
  1,
  1,
  -1,
  455,
  1,
  1,
  1,
  456,
  1,
  1,
  0,
  457,
  1,
  1,
  -1,
  458,
  1,
  1,
  1,
  459,
  1,
  1,
  0,
  460,
  9,
  2,
  -1,
  477,
  1,
  1,
  -79,
  479,
  9,
  2,
  -1,
  497,
  1,
  1,
  1,
  498,
  1,
  1,
  0,
  499,
  2,
  2,
  -1,
  505,
  20,
  2,
  -1,
  547,
  9,
  2,
  -1,
  572,
  1,
  1,
  -1,
  575,
  2,
  1,
  10815,
  578,
  1,
  1,
  -1,
  583,
  5,
  2,
  -1,
  592,
  1,
  1,
  10783,
  593,
  1,
  1,
  10780,
  594,
  1,
  1,
  10782,
  595,
  1,
  1,
  -210,
  596,
  1,
  1,
  -206,
  598,
  2,
  1,
  -205,
  601,
  1,
  1,
  -202,
  603,
  1,
  1,
  -203,
  604,
  1,
  1,
  42319,
  608,
  1,
  1,
  -205,
  609,
  1,
  1,
  42315,
  611,
  1,
  1,
  -207,
  613,
  1,
  1,
  42280,
  614,
  1,
  1,
  42308,
  616,
  1,
  1,
  -209,
  617,
  1,
  1,
  -211,
  618,
  1,
  1,
  42308,
  619,
  1,
  1,
  10743,
  620,
  1,
  1,
  42305,
  623,
  1,
  1,
  -211,
  625,
  1,
  1,
  10749,
  626,
  1,
  1,
  -213,
  629,
  1,
  1,
  -214,
  637,
  1,
  1,
  10727,
  640,
  1,
  1,
  -218,
  642,
  1,
  1,
  42307,
  643,
  1,
  1,
  -218,
  647,
  1,
  1,
  42282,
  648,
  1,
  1,
  -218,
  649,
  1,
  1,
  -69,
  650,
  2,
  1,
  -217,
  652,
  1,
  1,
  -71,
  658,
  1,
  1,
  -219,
  669,
  1,
  1,
  42261,
  670,
  1,
  1,
  42258,
  837,
  1,
  1,
  84,
  881,
  2,
  2,
  -1,
  887,
  1,
  1,
  -1,
  891,
  3,
  1,
  130,
  940,
  1,
  1,
  -38,
  941,
  3,
  1,
  -37,
  945,
  17,
  1,
  -32,
  962,
  1,
  1,
  -31,
  963,
  9,
  1,
  -32,
  972,
  1,
  1,
  -64,
  973,
  2,
  1,
  -63,
  976,
  1,
  1,
  -62,
  977,
  1,
  1,
  -57,
  981,
  1,
  1,
  -47,
  982,
  1,
  1,
  -54,
  983,
  1,
  1,
  -8,
  985,
  12,
  2,
  -1,
  1008,
  1,
  1,
  -86,
  1009,
  1,
  1,
  -80,
  1010,
  1,
  1,
  7,
  1011,
  1,
  1,
  -116,
  1013,
  1,
  1,
  -96,
  1016,
  1,
  1,
  -1,
  1019,
  1,
  1,
  -1,
  1072,
  32,
  1,
  -32,
  1104,
  16,
  1,
  -80,
  1121,
  17,
  2,
  -1,
  1163,
  27,
  2,
  -1,
  1218,
  7,
  2,
  -1,
  1231,
  1,
  1,
  -15,
  1233,
  48,
  2,
  -1,
  1377,
  38,
  1,
  -48,
  4304,
  43,
  1,
  0,
  4349,
  3,
  1,
  0,
  5112,
  6,
  1,
  -8,
  7296,
  1,
  1,
  -6254,
  7297,
  1,
  1,
  -6253,
  7298,
  1,
  1,
  -6244,
  7299,
  2,
  1,
  -6242,
  7301,
  1,
  1,
  -6243,
  7302,
  1,
  1,
  -6236,
  7303,
  1,
  1,
  -6181,
  7304,
  1,
  1,
  35266,
  7545,
  1,
  1,
  35332,
  7549,
  1,
  1,
  3814,
  7566,
  1,
  1,
  35384,
  7681,
  75,
  2,
  -1,
  7835,
  1,
  1,
  -59,
  7841,
  48,
  2,
  -1,
  7936,
  8,
  1,
  8,
  7952,
  6,
  1,
  8,
  7968,
  8,
  1,
  8,
  7984,
  8,
  1,
  8,
  8e3,
  6,
  1,
  8,
  8017,
  4,
  2,
  8,
  8032,
  8,
  1,
  8,
  8048,
  2,
  1,
  74,
  8050,
  4,
  1,
  86,
  8054,
  2,
  1,
  100,
  8056,
  2,
  1,
  128,
  8058,
  2,
  1,
  112,
  8060,
  2,
  1,
  126,
  8064,
  8,
  1,
  8,
  8080,
  8,
  1,
  8,
  8096,
  8,
  1,
  8,
  8112,
  2,
  1,
  8,
  8115,
  1,
  1,
  9,
  8126,
  1,
  1,
  -7205,
  8131,
  1,
  1,
  9,
  8144,
  2,
  1,
  8,
  8160,
  2,
  1,
  8,
  8165,
  1,
  1,
  7,
  8179,
  1,
  1,
  9,
  8526,
  1,
  1,
  -28,
  8560,
  16,
  1,
  -16,
  8580,
  1,
  1,
  -1,
  9424,
  26,
  1,
  -26,
  11312,
  48,
  1,
  -48,
  11361,
  1,
  1,
  -1,
  11365,
  1,
  1,
  -10795,
  11366,
  1,
  1,
  -10792,
  11368,
  3,
  2,
  -1,
  11379,
  1,
  1,
  -1,
  11382,
  1,
  1,
  -1,
  11393,
  50,
  2,
  -1,
  11500,
  2,
  2,
  -1,
  11507,
  1,
  1,
  -1,
  11520,
  38,
  1,
  -7264,
  11559,
  1,
  1,
  -7264,
  11565,
  1,
  1,
  -7264,
  42561,
  23,
  2,
  -1,
  42625,
  14,
  2,
  -1,
  42787,
  7,
  2,
  -1,
  42803,
  31,
  2,
  -1,
  42874,
  2,
  2,
  -1,
  42879,
  5,
  2,
  -1,
  42892,
  1,
  1,
  -1,
  42897,
  2,
  2,
  -1,
  42900,
  1,
  1,
  48,
  42903,
  10,
  2,
  -1,
  42933,
  8,
  2,
  -1,
  42952,
  2,
  2,
  -1,
  42961,
  1,
  1,
  -1,
  42967,
  2,
  2,
  -1,
  42998,
  1,
  1,
  -1,
  43859,
  1,
  1,
  -928,
  43888,
  80,
  1,
  -38864,
  65345,
  26,
  1,
  -32,
  66600,
  40,
  1,
  -40,
  66776,
  36,
  1,
  -40,
  66967,
  19,
  2,
  -39,
  66968,
  5,
  2,
  -39,
  66980,
  7,
  2,
  -39,
  66996,
  3,
  2,
  -39,
  67004,
  1,
  1,
  -39,
  68800,
  51,
  1,
  -64,
  71872,
  32,
  1,
  -32,
  93792,
  32,
  1,
  -32,
  125218,
  34,
  1,
  -34
];
var SPECIAL_UPPERCASE = [
  223,
  2,
  83,
  83,
  329,
  2,
  700,
  78,
  496,
  2,
  74,
  780,
  912,
  3,
  921,
  776,
  769,
  944,
  3,
  933,
  776,
  769,
  1415,
  2,
  1333,
  1362,
  7830,
  2,
  72,
  817,
  7831,
  2,
  84,
  776,
  7832,
  2,
  87,
  778,
  7833,
  2,
  89,
  778,
  7834,
  2,
  65,
  702,
  8016,
  2,
  933,
  787,
  8018,
  3,
  933,
  787,
  768,
  8020,
  3,
  933,
  787,
  769,
  8022,
  3,
  933,
  787,
  834,
  8064,
  2,
  7944,
  921,
  8065,
  2,
  7945,
  921,
  8066,
  2,
  7946,
  921,
  8067,
  2,
  7947,
  921,
  8068,
  2,
  7948,
  921,
  8069,
  2,
  7949,
  921,
  8070,
  2,
  7950,
  921,
  8071,
  2,
  7951,
  921,
  8072,
  2,
  7944,
  921,
  8073,
  2,
  7945,
  921,
  8074,
  2,
  7946,
  921,
  8075,
  2,
  7947,
  921,
  8076,
  2,
  7948,
  921,
  8077,
  2,
  7949,
  921,
  8078,
  2,
  7950,
  921,
  8079,
  2,
  7951,
  921,
  8080,
  2,
  7976,
  921,
  8081,
  2,
  7977,
  921,
  8082,
  2,
  7978,
  921,
  8083,
  2,
  7979,
  921,
  8084,
  2,
  7980,
  921,
  8085,
  2,
  7981,
  921,
  8086,
  2,
  7982,
  921,
  8087,
  2,
  7983,
  921,
  8088,
  2,
  7976,
  921,
  8089,
  2,
  7977,
  921,
  8090,
  2,
  7978,
  921,
  8091,
  2,
  7979,
  921,
  8092,
  2,
  7980,
  921,
  8093,
  2,
  7981,
  921,
  8094,
  2,
  7982,
  921,
  8095,
  2,
  7983,
  921,
  8096,
  2,
  8040,
  921,
  8097,
  2,
  8041,
  921,
  8098,
  2,
  8042,
  921,
  8099,
  2,
  8043,
  921,
  8100,
  2,
  8044,
  921,
  8101,
  2,
  8045,
  921,
  8102,
  2,
  8046,
  921,
  8103,
  2,
  8047,
  921,
  8104,
  2,
  8040,
  921,
  8105,
  2,
  8041,
  921,
  8106,
  2,
  8042,
  921,
  8107,
  2,
  8043,
  921,
  8108,
  2,
  8044,
  921,
  8109,
  2,
  8045,
  921,
  8110,
  2,
  8046,
  921,
  8111,
  2,
  8047,
  921,
  8114,
  2,
  8122,
  921,
  8115,
  2,
  913,
  921,
  8116,
  2,
  902,
  921,
  8118,
  2,
  913,
  834,
  8119,
  3,
  913,
  834,
  921,
  8124,
  2,
  913,
  921,
  8130,
  2,
  8138,
  921,
  8131,
  2,
  919,
  921,
  8132,
  2,
  905,
  921,
  8134,
  2,
  919,
  834,
  8135,
  3,
  919,
  834,
  921,
  8140,
  2,
  919,
  921,
  8146,
  3,
  921,
  776,
  768,
  8147,
  3,
  921,
  776,
  769,
  8150,
  2,
  921,
  834,
  8151,
  3,
  921,
  776,
  834,
  8162,
  3,
  933,
  776,
  768,
  8163,
  3,
  933,
  776,
  769,
  8164,
  2,
  929,
  787,
  8166,
  2,
  933,
  834,
  8167,
  3,
  933,
  776,
  834,
  8178,
  2,
  8186,
  921,
  8179,
  2,
  937,
  921,
  8180,
  2,
  911,
  921,
  8182,
  2,
  937,
  834,
  8183,
  3,
  937,
  834,
  921,
  8188,
  2,
  937,
  921,
  64256,
  2,
  70,
  70,
  64257,
  2,
  70,
  73,
  64258,
  2,
  70,
  76,
  64259,
  3,
  70,
  70,
  73,
  64260,
  3,
  70,
  70,
  76,
  64261,
  2,
  83,
  84,
  64262,
  2,
  83,
  84,
  64275,
  2,
  1348,
  1350,
  64276,
  2,
  1348,
  1333,
  64277,
  2,
  1348,
  1339,
  64278,
  2,
  1358,
  1350,
  64279,
  2,
  1348,
  1341
];
var SPECIAL_LOWERCASE = [
  304,
  2,
  105,
  775
];
var SPECIAL_TITLECASE = [
  223,
  2,
  83,
  115,
  329,
  2,
  700,
  78,
  496,
  2,
  74,
  780,
  912,
  3,
  921,
  776,
  769,
  944,
  3,
  933,
  776,
  769,
  1415,
  2,
  1333,
  1410,
  7830,
  2,
  72,
  817,
  7831,
  2,
  84,
  776,
  7832,
  2,
  87,
  778,
  7833,
  2,
  89,
  778,
  7834,
  2,
  65,
  702,
  8016,
  2,
  933,
  787,
  8018,
  3,
  933,
  787,
  768,
  8020,
  3,
  933,
  787,
  769,
  8022,
  3,
  933,
  787,
  834,
  8114,
  2,
  8122,
  837,
  8116,
  2,
  902,
  837,
  8118,
  2,
  913,
  834,
  8119,
  3,
  913,
  834,
  837,
  8130,
  2,
  8138,
  837,
  8132,
  2,
  905,
  837,
  8134,
  2,
  919,
  834,
  8135,
  3,
  919,
  834,
  837,
  8146,
  3,
  921,
  776,
  768,
  8147,
  3,
  921,
  776,
  769,
  8150,
  2,
  921,
  834,
  8151,
  3,
  921,
  776,
  834,
  8162,
  3,
  933,
  776,
  768,
  8163,
  3,
  933,
  776,
  769,
  8164,
  2,
  929,
  787,
  8166,
  2,
  933,
  834,
  8167,
  3,
  933,
  776,
  834,
  8178,
  2,
  8186,
  837,
  8180,
  2,
  911,
  837,
  8182,
  2,
  937,
  834,
  8183,
  3,
  937,
  834,
  837,
  64256,
  2,
  70,
  102,
  64257,
  2,
  70,
  105,
  64258,
  2,
  70,
  108,
  64259,
  3,
  70,
  102,
  105,
  64260,
  3,
  70,
  102,
  108,
  64261,
  2,
  83,
  116,
  64262,
  2,
  83,
  116,
  64275,
  2,
  1348,
  1398,
  64276,
  2,
  1348,
  1381,
  64277,
  2,
  1348,
  1387,
  64278,
  2,
  1358,
  1398,
  64279,
  2,
  1348,
  1389
];

// src/unicode/syntax.ts
var WORD_RUNS = [
  0,
  0,
  36,
  1,
  38,
  0,
  48,
  1,
  58,
  0,
  65,
  1,
  91,
  0,
  97,
  1,
  123,
  0,
  128,
  1,
  160,
  0,
  165,
  1,
  166,
  0,
  178,
  1,
  180,
  0,
  181,
  1,
  182,
  0,
  185,
  1,
  186,
  0,
  192,
  1,
  215,
  0,
  216,
  1,
  247,
  0,
  248,
  1,
  711,
  0,
  712,
  1,
  713,
  0,
  714,
  1,
  720,
  0,
  721,
  1,
  728,
  0,
  732,
  1,
  733,
  0,
  734,
  1,
  900,
  0,
  902,
  1,
  1470,
  0,
  1471,
  1,
  1472,
  0,
  1473,
  1,
  1475,
  0,
  1476,
  1,
  1478,
  0,
  1479,
  1,
  1523,
  0,
  1525,
  1,
  3631,
  0,
  3632,
  1,
  3647,
  0,
  3648,
  1,
  3654,
  0,
  3655,
  1,
  3663,
  0,
  3664,
  1,
  3674,
  0,
  3676,
  1,
  3759,
  0,
  3760,
  1,
  3782,
  0,
  3783,
  1,
  3840,
  0,
  3852,
  1,
  3853,
  0,
  3865,
  1,
  3866,
  0,
  3872,
  1,
  3892,
  0,
  3893,
  1,
  3894,
  0,
  3895,
  1,
  3896,
  0,
  3904,
  1,
  3967,
  0,
  3968,
  1,
  3973,
  0,
  3974,
  1,
  4030,
  0,
  4048,
  1,
  4961,
  0,
  4969,
  1,
  8192,
  0,
  8232,
  1,
  8239,
  0,
  8288,
  1,
  8317,
  0,
  8319,
  1,
  8333,
  0,
  8335,
  1,
  8364,
  0,
  8365,
  1,
  8451,
  0,
  8452,
  1,
  8457,
  0,
  8458,
  1,
  8470,
  0,
  8471,
  1,
  8481,
  0,
  8483,
  1,
  8531,
  0,
  8533,
  1,
  8539,
  0,
  8543,
  1,
  8592,
  0,
  9296,
  1,
  9312,
  0,
  9327,
  1,
  9332,
  0,
  9398,
  1,
  9472,
  0,
  9548,
  1,
  9618,
  0,
  9619,
  1,
  9632,
  0,
  9634,
  1,
  9635,
  0,
  9642,
  1,
  9650,
  0,
  9652,
  1,
  9654,
  0,
  9656,
  1,
  9660,
  0,
  9662,
  1,
  9664,
  0,
  9666,
  1,
  9670,
  0,
  9673,
  1,
  9675,
  0,
  9676,
  1,
  9678,
  0,
  9682,
  1,
  9711,
  0,
  9712,
  1,
  9733,
  0,
  9735,
  1,
  9742,
  0,
  9744,
  1,
  9756,
  0,
  9757,
  1,
  9758,
  0,
  9759,
  1,
  9792,
  0,
  9793,
  1,
  9794,
  0,
  9795,
  1,
  9824,
  0,
  9826,
  1,
  9827,
  0,
  9830,
  1,
  9831,
  0,
  9835,
  1,
  9836,
  0,
  9838,
  1,
  9839,
  0,
  9840,
  1,
  10088,
  0,
  10094,
  1,
  10096,
  0,
  10102,
  1,
  10214,
  0,
  10220,
  1,
  10627,
  0,
  10649,
  1,
  10748,
  0,
  10750,
  1,
  10752,
  0,
  11264,
  1,
  11776,
  0,
  11904,
  1,
  12288,
  0,
  12292,
  1,
  12296,
  0,
  12317,
  1,
  12539,
  0,
  12540,
  1,
  12800,
  0,
  12829,
  1,
  12832,
  0,
  12842,
  1,
  12896,
  0,
  12924,
  1,
  12926,
  0,
  12928,
  1,
  13184,
  0,
  13189,
  1,
  13192,
  0,
  13259,
  1,
  13263,
  0,
  13265,
  1,
  13267,
  0,
  13268,
  1,
  13270,
  0,
  13271,
  1,
  13272,
  0,
  13273,
  1,
  13275,
  0,
  13278,
  1,
  43739,
  0,
  43744,
  1,
  64830,
  0,
  64832,
  1,
  65077,
  0,
  65093,
  1,
  65113,
  0,
  65119,
  1,
  65281,
  0,
  65296,
  1,
  65306,
  0,
  65313,
  1,
  65339,
  0,
  65345,
  1,
  65371,
  0,
  65382,
  1,
  65504,
  0,
  65508,
  1,
  65509,
  0,
  65510,
  1,
  129792,
  0,
  130048,
  1,
  1114112,
  0,
  1114300,
  1,
  1114864,
  0,
  1114958,
  1,
  1310720,
  0,
  1310908,
  1,
  1311378,
  0,
  1311472,
  1,
  1343488,
  0,
  1343770,
  1,
  2596756,
  0,
  2596944,
  1,
  2597226,
  0,
  2597414,
  1,
  2597429,
  0,
  2597508,
  1,
  2597523,
  0,
  2597593,
  1
];

// src/casefiddle.ts
var Qcase_table = defsym("case-table");
var Qcase_table_p = defsym("case-table-p");
var Qchar_or_string_p = defsym("char-or-string-p");
var Qenable_multibyte_characters = defsym("enable-multibyte-characters");
putPropOnce(Qcase_table, Qchar_table_extra_slots, 3);
function state3() {
  return E.ext.casefiddle ??= { standard: void 0, byBuffer: /* @__PURE__ */ new WeakMap() };
}
function applyRuns(table2, runs) {
  for (let i = 0; i < runs.length; i += 4) {
    const start = runs[i], n = runs[i + 1], stride = runs[i + 2], delta = runs[i + 3];
    for (let k = 0, c = start; k < n; k++, c += stride) charTableSet(table2, c, c + delta);
  }
}
function standardCaseTables() {
  const st = state3();
  if (!st.standard) {
    const down = makeCharTable(Qcase_table, NIL);
    const up = makeCharTable(Qcase_table, NIL);
    applyRuns(down, DOWNCASE_RUNS);
    applyRuns(up, UPCASE_RUNS);
    down.extras[0] = up;
    st.standard = setCaseTable(down, true);
  }
  return st.standard;
}
function currentCaseTables() {
  const st = state3();
  let tables = st.byBuffer.get(E.currentBuffer);
  if (!tables) st.byBuffer.set(E.currentBuffer, tables = standardCaseTables());
  if (tables.down.extras[1] === NIL) return setCaseTable(tables.down, false);
  return tables;
}
function caseTableP(x) {
  if (!(x instanceof CharTable) || x.purpose !== Qcase_table) return false;
  const [up, canon, eqv] = x.extras;
  return (up === NIL || up instanceof CharTable) && (canon === NIL && eqv === NIL || canon instanceof CharTable && (eqv === NIL || eqv instanceof CharTable));
}
function charArg(x) {
  return checkCharacter(x);
}
function keyRange(key) {
  if (key instanceof Cons) return [key.car, key.cdr];
  return [key, key];
}
function setIdentity(table2, key, elt) {
  if (typeof elt !== "number" || elt < 0) return;
  const [from, to] = keyRange(key);
  for (let c = from; c <= to; c++) charTableSet(table2, c, c);
}
function shuffle(table2, key, elt) {
  if (typeof elt !== "number" || elt < 0) return;
  const e = charArg(elt);
  const [from, to] = keyRange(key);
  for (let c = from; c <= to; c++) {
    const tem = charTableGet(table2, e);
    charTableSet(table2, e, c);
    charTableSet(table2, c, tem);
  }
}
function setCaseTable(table2, standard) {
  if (!caseTableP(table2)) wrongType(Qcase_table_p, table2);
  const down = table2;
  let up = down.extras[0], canon = down.extras[1], eqv = down.extras[2];
  if (up === NIL) {
    const u = makeCharTable(Qcase_table, NIL);
    mapCharTable((k, v) => setIdentity(u, k, v), down);
    mapCharTable((k, v) => shuffle(u, k, v), down);
    down.extras[0] = up = u;
  }
  if (canon === NIL) {
    const c = makeCharTable(Qcase_table, NIL);
    down.extras[1] = canon = c;
    const u = up;
    mapCharTable((k, v) => {
      if (typeof v !== "number" || v < 0) return;
      const val = charTableGet(down, charArg(charTableGet(u, charArg(v))));
      const [from, to] = keyRange(k);
      charTableSetRange(c, from, to, val);
    }, down);
  }
  if (eqv === NIL) {
    const q = makeCharTable(Qcase_table, NIL);
    const c = canon;
    mapCharTable((k, v) => setIdentity(q, k, v), c);
    mapCharTable((k, v) => shuffle(q, k, v), c);
    down.extras[2] = eqv = q;
  }
  canon.extras[2] = eqv;
  const tables = { down, up, canon, eqv };
  const st = state3();
  if (standard) st.standard = tables;
  else st.byBuffer.set(E.currentBuffer, tables);
  return tables;
}
function downcaseChar(c) {
  const v = charTableGet(currentCaseTables().down, c);
  return typeof v === "number" && v >= 0 ? v : c;
}
var asciiWord = new Uint8Array(128);
for (let i = 0; i < WORD_RUNS.length && WORD_RUNS[i] < 128; i += 2) {
  const end = i + 2 < WORD_RUNS.length ? Math.min(WORD_RUNS[i + 2], 128) : 128;
  asciiWord.fill(WORD_RUNS[i + 1], WORD_RUNS[i], end);
}
function standardWordP(c) {
  if (c < 128) return asciiWord[c] === 1;
  let lo = 0, hi = WORD_RUNS.length / 2 - 1;
  while (lo < hi) {
    const mid = lo + hi + 1 >> 1;
    if (WORD_RUNS[mid * 2] <= c) lo = mid;
    else hi = mid - 1;
  }
  return WORD_RUNS[lo * 2 + 1] === 1;
}
var wordP = standardWordP;
function isWordChar(c) {
  return wordP(c);
}
function charBytes2(c) {
  return c < 128 ? 1 : c < 2048 ? 2 : c < 65536 ? 3 : c < 2097152 ? 4 : c < 4194176 ? 5 : 2;
}
function decodeSpecial(flat) {
  const m = /* @__PURE__ */ new Map();
  for (let i = 0; i < flat.length; ) {
    const c = flat[i], n = flat[i + 1];
    const chars = flat.slice(i + 2, i + 2 + n);
    if (chars.reduce((a, x) => a + charBytes2(x), 0) <= 6) m.set(c, chars);
    i += 2 + n;
  }
  return m;
}
var specialTables;
var titlecaseMap;
function specials() {
  return specialTables ??= [decodeSpecial(SPECIAL_UPPERCASE), decodeSpecial(SPECIAL_LOWERCASE), decodeSpecial(SPECIAL_TITLECASE)];
}
function titlecase() {
  if (!titlecaseMap) {
    titlecaseMap = /* @__PURE__ */ new Map();
    for (let i = 0; i < TITLECASE_RUNS.length; i += 4) {
      const start = TITLECASE_RUNS[i], n = TITLECASE_RUNS[i + 1], stride = TITLECASE_RUNS[i + 2], delta = TITLECASE_RUNS[i + 3];
      for (let k = 0, c = start; k < n; k++, c += stride) titlecaseMap.set(c, c + delta);
    }
  }
  return titlecaseMap;
}
var SIGMA = 931;
var FINAL_SIGMA = 962;
var CasingContext = class {
  constructor(flag) {
    this.flag = flag;
    const t = currentCaseTables();
    this.down = t.down;
    this.up = t.up;
    this.title = flag >= 2 /* Capitalize */ ? titlecase() : void 0;
  }
  flag;
  inword = false;
  down;
  up;
  special = specials();
  title;
  /** The action for CH given the word state before it, or -1 to leave CH alone; updates the word state. */
  action(ch) {
    const was = this.inword;
    this.inword = isWordChar(ch);
    switch (this.flag) {
      case 2 /* Capitalize */:
        return was ? 1 /* Down */ : 2 /* Capitalize */;
      case 3 /* CapitalizeUp */:
        return was ? -1 : 2 /* Capitalize */;
      default:
        return this.flag;
    }
  }
  simple(flag, ch) {
    if (flag === 1 /* Down */) {
      const v2 = charTableGet(this.down, ch);
      return typeof v2 === "number" && v2 >= 0 ? v2 : ch;
    }
    if (this.title) {
      const t = this.title.get(ch);
      if (t !== void 0) return t;
    }
    const v = charTableGet(this.up, ch);
    return typeof v === "number" && v >= 0 ? v : ch;
  }
  /** Cases one character with one-to-one mappings only (characters and unibyte strings). */
  single(ch) {
    const flag = this.action(ch);
    return flag < 0 ? ch : this.simple(flag, ch);
  }
  /** Cases CH into OUT, with special casing and the final-sigma rule; NEXT is the following char or -1. */
  into(out, ch, next) {
    const was = this.inword;
    const flag = this.action(ch);
    if (flag < 0) {
      out.push(ch);
      return;
    }
    const sp = this.special[flag].get(ch);
    if (sp) {
      for (const c of sp) out.push(c);
      return;
    }
    let cased = this.simple(flag, ch);
    if (was && ch === SIGMA && cased !== ch && (next < 0 || !isWordChar(next))) cased = FINAL_SIGMA;
    out.push(cased);
  }
};
var FLAG_BITS = 264241152;
function casifyChar(ctx, obj) {
  if (obj > FLAG_BITS) return obj;
  const flags = obj & FLAG_BITS;
  let ch = obj & ~FLAG_BITS;
  const multibyte = ch >= 256 || findSymbolValue(Qenable_multibyte_characters) !== NIL;
  if (!multibyte && ch >= 128) ch += 4194048;
  let cased = ctx.single(ch);
  if (cased === ch) return obj;
  if (!multibyte && cased >= 128) cased = cased >= 4194176 ? cased - 4194048 : cased & 255;
  return cased | flags;
}
function casifyString(flag, s) {
  const ctx = new CasingContext(flag);
  const js = s.s;
  if (js.length === 0) return s;
  if (!s.multibyte) {
    let out2 = "";
    for (let i = 0; i < js.length; i++) {
      const b = js.charCodeAt(i);
      const ch = b < 128 ? b : b + 4194048;
      let cased = ctx.single(ch);
      if (cased !== ch) cased = cased < 128 ? cased : cased >= 4194176 ? cased - 4194048 : cased & 255;
      else cased = b;
      out2 += String.fromCharCode(cased);
    }
    return new LString(out2, false);
  }
  const out = [];
  for (let i = 0; i < js.length; ) {
    const ch = jsCharAt(js, i);
    i += ch >= 65536 ? 2 : 1;
    ctx.into(out, ch, i < js.length ? jsCharAt(js, i) : -1);
  }
  return stringFromChars(out, true);
}
function casifyObject(flag, obj) {
  if (typeof obj === "number" && obj >= 0) return casifyChar(new CasingContext(flag), obj);
  if (typeof obj === "bigint" && obj >= 0n && obj <= MOST_POSITIVE_FIXNUM) return obj;
  if (!(obj instanceof LString)) return wrongType(Qchar_or_string_p, obj);
  return casifyString(flag, obj);
}
defun("upcase", "(obj)", `Convert argument to upper case and return that.
The argument may be a character or string.  The result has the same type.
The argument object is not altered--the value is a copy.  If argument
is a character, characters which map to multiple code points when
cased, e.g. \uFB01, are returned unchanged.
See also \`capitalize', \`downcase' and \`upcase-initials'.`, (obj) => casifyObject(0 /* Up */, obj));
defun("downcase", "(obj)", `Convert argument to lower case and return that.
The argument may be a character or string.  The result has the same type.
The argument object is not altered--the value is a copy.`, (obj) => casifyObject(1 /* Down */, obj));
defun("capitalize", "(obj)", `Convert argument to capitalized form and return that.
This means that each word's first character is converted to either
title case or upper case, and the rest to lower case.
The argument may be a character or string.  The result has the same type.
The argument object is not altered--the value is a copy.  If argument
is a character, characters which map to multiple code points when
cased, e.g. \uFB01, are returned unchanged.`, (obj) => casifyObject(2 /* Capitalize */, obj));
defun("upcase-initials", "(obj)", `Convert the initial of each word in the argument to upper case.
This means that each word's first character is converted to either
title case or upper case, and the rest are left unchanged.
The argument may be a character or string.  The result has the same type.
The argument object is not altered--the value is a copy.  If argument
is a character, characters which map to multiple code points when
cased, e.g. \uFB01, are returned unchanged.`, (obj) => casifyObject(3 /* CapitalizeUp */, obj));
defun("case-table-p", "(object)", `Return t if OBJECT is a case table.
See \`set-case-table' for more information on these data structures.`, (object) => caseTableP(object) ? T : NIL);
defun("current-case-table", "()", "Return the case table of the current buffer.", () => {
  const st = state3();
  let tables = st.byBuffer.get(E.currentBuffer);
  if (!tables) st.byBuffer.set(E.currentBuffer, tables = standardCaseTables());
  return tables.down;
});
defun("standard-case-table", "()", `Return the standard case table.
This is the one used for new buffers.`, () => standardCaseTables().down);
defun("set-case-table", "(table)", `Select a new case table for the current buffer.
A case table is a char-table which maps characters
to their lower-case equivalents.  It also has three "extra" slots
which may be additional char-tables or nil.
These slots are called UPCASE, CANONICALIZE and EQUIVALENCES.`, (table2) => setCaseTable(table2, false).down);
defun("set-standard-case-table", "(table)", `Select a new standard case table for new buffers.
See \`set-case-table' for more info on case tables.`, (table2) => setCaseTable(table2, true).down);

// src/character.ts
var CHAR_ALT2 = 4194304;
var CHAR_SUPER2 = 8388608;
var CHAR_HYPER2 = 16777216;
var CHAR_SHIFT3 = 33554432;
var CHAR_CTL3 = 67108864;
var CHAR_META3 = 134217728;
var CHAR_MODIFIER_MASK3 = CHAR_ALT2 | CHAR_SUPER2 | CHAR_HYPER2 | CHAR_SHIFT3 | CHAR_CTL3 | CHAR_META3;
var unibyteToChar = (b) => b < 128 ? b : b + 4194048;
var charToByteSafe = (c) => c < 128 ? c : c >= BYTE8_FIRST ? c - 4194048 : -1;
var isByte8Char = (c) => c >= BYTE8_FIRST && c <= MAX_CHAR;
var Qtab_width = defsym("tab-width");
var Qctl_arrow = defsym("ctl-arrow");
var Qcase_fold_search = defsym("case-fold-search");
var Qenable_multibyte_characters2 = defsym("enable-multibyte-characters");
function bufferVar(sym2, dflt) {
  const v = findSymbolValue(sym2);
  return v === UNBOUND ? dflt : v;
}
function multibyteBufferP() {
  return bufferVar(Qenable_multibyte_characters2, T) !== NIL;
}
function makeCharWidthTable() {
  const ct = makeCharTable(NIL, 1);
  for (let i = 0; i < WIDTH_RUNS.length; i += 2) {
    const w = WIDTH_RUNS[i + 1];
    if (w === 1) continue;
    const to = i + 2 < WIDTH_RUNS.length ? WIDTH_RUNS[i + 2] - 1 : MAX_CHAR;
    charTableSetRange(ct, WIDTH_RUNS[i], to, w);
  }
  return ct;
}
var Vchar_width_table = defvar("char-width-table", makeCharWidthTable, "A char-table for width (columns) of each character.");
function charWidth2(c) {
  if (c >= 32 && c < 127) return 1;
  if (c > 127) {
    const tbl = findSymbolValue(Vchar_width_table);
    const w = tbl instanceof CharTable ? charTableGet(tbl, c) : 1;
    return typeof w === "number" ? w >= 0 && w <= 1e3 ? w : 1e3 : 1;
  }
  if (c === 9) {
    const tw = bufferVar(Qtab_width, 8);
    return typeof tw === "number" && tw > 0 && tw <= 1e3 ? tw : 8;
  }
  if (c === 10) return 0;
  return bufferVar(Qctl_arrow, T) !== NIL ? 2 : 4;
}
function stringWidth2(s, from = 0, to = s.length) {
  const js = s.s;
  let width = 0;
  if (s.simple) {
    for (let i = from; i < to; i++) {
      const u = js.charCodeAt(i);
      width += u >= 32 && u < 127 ? 1 : charWidth2(u);
    }
    return width;
  }
  for (let i = from, j = s.jsIndex(from); i < to; i++) {
    const c = jsCharAt(js, j);
    width += charWidth2(c);
    j += c >= 65536 ? 2 : 1;
  }
  return width;
}
function validateSubarray2(array, from, to, size) {
  let f, t;
  if (typeof from === "number") f = from < 0 ? from + size : from;
  else if (from === NIL) f = 0;
  else if (typeof from === "bigint") f = from < 0n ? -Infinity : Infinity;
  else return wrongType(Qintegerp, from);
  if (typeof to === "number") t = to < 0 ? to + size : to;
  else if (to === NIL) t = size;
  else if (typeof to === "bigint") t = to < 0n ? -Infinity : Infinity;
  else return wrongType(Qintegerp, to);
  if (!(0 <= f && f <= t && t <= size)) argsOutOfRange(array, from, to);
  return [f, t];
}
function charResolveModifierMask(c) {
  if ((c & ~CHAR_MODIFIER_MASK3) >= 128) return c;
  if (c & CHAR_SHIFT3) {
    const b = c & 255;
    if (b >= 65 && b <= 90) c &= ~CHAR_SHIFT3;
    else if (b >= 97 && b <= 122) c = (c & ~CHAR_SHIFT3) - 32;
    else if ((c & ~CHAR_MODIFIER_MASK3) <= 32) c &= ~CHAR_SHIFT3;
  }
  if (c & CHAR_CTL3) {
    const b = c & 255;
    if (b === 32) c &= ~127 & ~CHAR_CTL3;
    else if (b === 63) c = 127 | c & ~127 & ~CHAR_CTL3;
    else if ((c & 95) >= 65 && (c & 95) <= 90 || (c & 127) >= 64 && (c & 127) <= 95) {
      c &= 31 | ~127 & ~CHAR_CTL3;
    }
  }
  return c;
}
defun("characterp", "(object &optional ignore)", `Return non-nil if OBJECT is a character.
In Emacs Lisp, characters are represented by character codes, which
are non-negative integers.  The function \`max-char' returns the
maximum character code.`, (object) => bool(typeof object === "number" && object >= 0 && object <= MAX_CHAR));
defun("max-char", "()", "Return the character of the maximum code.", () => MAX_CHAR);
defun("unibyte-char-to-multibyte", "(ch)", "Convert the byte CH to multibyte character.", (ch) => {
  const c = checkCharacter(ch);
  if (c >= 256) error(`Not a unibyte character: ${c}`);
  return unibyteToChar(c);
});
defun("multibyte-char-to-unibyte", "(ch)", `Convert the multibyte character CH to a byte.
If the multibyte character does not represent a byte, return -1.`, (ch) => {
  const c = checkCharacter(ch);
  return c < 256 ? c : charToByteSafe(c);
});
defun("char-width", "(char)", `Return width of CHAR when displayed in the current buffer.
The width is measured by how many columns it occupies on the screen.
Tab is taken to occupy \`tab-width' columns.`, (ch) => charWidth2(checkCharacter(ch)));
defun("string-width", "(string &optional from to)", `Return width of STRING when displayed in the current buffer.
Width is measured by how many columns it occupies on the screen.
Optional arguments FROM and TO specify the substring of STRING to
consider, and are interpreted as in \`substring'.`, (str, from, to) => {
  const s = checkString(str);
  const [f, t] = validateSubarray2(s, from, to, s.length);
  return stringWidth2(s, f, t);
});
defun(
  "string",
  "(&rest characters)",
  "Concatenate all the argument characters and make the result a string.",
  (...chars) => {
    let js = "", ascii = true;
    for (const ch of chars) {
      const c = checkCharacter(ch);
      if (c > 127) {
        ascii = false;
        break;
      }
      js += String.fromCharCode(c);
    }
    if (ascii) return new LString(js, false);
    return stringFromChars(chars, true);
  }
);
defun(
  "unibyte-string",
  "(&rest bytes)",
  "Concatenate all the argument bytes and make the result a unibyte string.",
  (...bytes) => {
    let js = "";
    for (const b of bytes) {
      if (!isInt(b)) wrongType(Qintegerp, b);
      if (typeof b !== "number" || b < 0 || b > 255) argsOutOfRange(b, 0, 255);
      js += String.fromCharCode(b);
    }
    return new LString(js, false);
  }
);
defun("char-resolve-modifiers", "(char)", `Resolve modifiers in the character CHAR.
The value is a character with modifiers resolved into the character
code.  Unresolved modifiers are kept in the value.`, (ch) => {
  const c = checkFixnum(ch);
  return c < 0 || c > 268435455 ? c : charResolveModifierMask(c);
});
var getByteBufferHook = {};
defun("get-byte", "(&optional position string)", `Return a byte value of a character at point.
Optional 1st arg POSITION, if non-nil, is a position of a character to get
a byte value.
Optional 2nd arg STRING, if non-nil, is a string of which first
character is a target to get a byte value.  In this case, POSITION, if
non-nil, is an index of a target character in the string.

If the current buffer (or STRING) is multibyte, and the target
character is not ASCII nor 8-bit character, an error is signaled.`, (position, string) => {
  let c;
  if (string === NIL) {
    if (!getByteBufferHook.fn) return error("get-byte on buffers is not available yet");
    const r = getByteBufferHook.fn(position);
    if (r.unibyte) return r.c;
    c = r.c;
  } else {
    const s = checkString(string);
    let i = 0;
    if (position !== NIL) {
      if (typeof position !== "number" || position < 0) wrongType(defsym("wholenump"), position);
      if (position >= s.length) argsOutOfRange(s, position);
      i = position;
    }
    c = s.charAt(i);
    if (!s.multibyte) return c;
  }
  if (isByte8Char(c)) return c - 4194048;
  if (c >= 128) error(`Not an ASCII nor an 8-bit character: ${c}`);
  return c;
});
defun("char-to-string", "(char)", "Convert arg CHAR to a string containing that character.", (ch) => {
  const c = checkCharacter(ch);
  return c < 128 ? new LString(String.fromCharCode(c), false) : stringFromChars([c], true);
});
defun("byte-to-string", "(byte)", "Convert arg BYTE to a unibyte string containing that byte.", (b) => {
  const n = checkFixnum(b);
  if (n < 0 || n > 255) error("Invalid byte");
  return new LString(String.fromCharCode(n), false);
});
defun("string-to-char", "(string)", "Return the first character in STRING.", (str) => {
  const s = checkString(str);
  return s.s.length === 0 ? 0 : s.charAt(0);
});
defun("char-equal", "(c1 c2)", `Return t if two characters match, optionally ignoring case.
Both arguments must be characters (i.e. integers).
Case is ignored if \`case-fold-search' is non-nil in the current buffer.`, (c1, c2) => {
  let i1 = checkCharacter(c1), i2 = checkCharacter(c2);
  if (i1 === i2) return T;
  if (bufferVar(Qcase_fold_search, T) === NIL) return NIL;
  if (!multibyteBufferP()) {
    if (i1 < 256) i1 = unibyteToChar(i1);
    if (i2 < 256) i2 = unibyteToChar(i2);
  }
  return bool(downcaseChar(i1) === downcaseChar(i2));
});
defvar("translation-table-vector", () => new Array(16).fill(NIL), `Vector recording all translation tables ever defined.
Each element is a pair (SYMBOL . TABLE) relating the table to the
symbol naming it.  The ID of a translation table is an index into this vector.`);
defvar("auto-fill-chars", () => {
  const ct = makeCharTable(defsym("auto-fill-chars"), NIL);
  charTableSet(ct, 32, T);
  charTableSet(ct, 10, T);
  return ct;
}, `A char-table for characters which invoke auto-filling.
Such characters have value t in this table.`);
defvar("printable-chars", () => {
  const ct = makeCharTable(NIL, NIL);
  charTableSetRange(ct, 32, 126, T);
  charTableSetRange(ct, 160, 4194175, T);
  return ct;
}, "A char-table for each printable character.");
var Qchar_script_table = defsym("char-script-table");
putPropOnce(Qchar_script_table, Qchar_table_extra_slots, 1);
defvar("char-script-table", () => makeCharTable(Qchar_script_table, NIL), `Char table of script symbols.
It has one extra slot whose value is a list of script symbols.`);
defvar("script-representative-chars", NIL, `Alist of scripts vs the representative characters.
Each element is a cons (SCRIPT . CHARS).`);
defvar("unicode-category-table", NIL, `Char table of Unicode's "General Category".`);

// src/timefns/lisptime.ts
var TRILLION = 1000000000000n;
var NS_HZ = 1000000000n;
var LO_TIME_BITS = 16n;
var timeOverflow = () => error("Specified time is not representable");
var invalidTime = () => error("Invalid time specification");
var invalidHz = (hz) => xsignal(Qerror, LString.fromJs("Invalid time frequency"), hz);
var big = (x) => typeof x === "bigint" ? x : BigInt(x);
var lispInt = (b) => normInt(b);
var isLispInt = (x) => typeof x === "number" || typeof x === "bigint";
function floorDiv(a, b) {
  const q = a / b;
  return a % b !== 0n && a < 0n !== b < 0n ? q - 1n : q;
}
function floorMod(a, b) {
  return a - floorDiv(a, b) * b;
}
function gcd(a, b) {
  if (a < 0n) a = -a;
  if (b < 0n) b = -b;
  while (b) [a, b] = [b, a % b];
  return a;
}
function nowNs() {
  const ms = performance.timeOrigin + performance.now();
  const wall = Date.now();
  const base = Math.abs(ms - wall) < 20 ? ms : wall;
  const whole = Math.floor(base);
  return BigInt(whole) * 1000000n + BigInt(Math.floor((base - whole) * 1e6));
}
var f643 = new Float64Array(1);
var u323 = new Uint32Array(f643.buffer);
function decomposeDouble(d) {
  f643[0] = d;
  const hi = u323[1], lo = u323[0];
  const bexp = hi >>> 20 & 2047;
  let mant = BigInt(hi & 1048575) << 32n | BigInt(lo);
  if (bexp) mant |= 1n << 52n;
  const e = (bexp ? bexp : 1) - 1075;
  return [d < 0 ? -mant : mant, e];
}
function decodeFloatTime(d) {
  if (d === 0) return { ticks: 0n, hz: 1n };
  if (Number.isNaN(d)) invalidTime();
  if (!Number.isFinite(d)) timeOverflow();
  const [m, e] = decomposeDouble(d);
  let scale = 53 - bitLength2(m < 0n ? -m : m) - e;
  if (scale > 1074) scale = 1074;
  if (scale < 0) scale = 0;
  const shift = e + scale;
  const ticks = shift >= 0 ? m << BigInt(shift) : m >> BigInt(-shift);
  return { ticks, hz: 1n << BigInt(scale) };
}
var bitLength2 = (x) => x === 0n ? 0 : x.toString(2).length;
function divScaled(a, d, k) {
  if (k >= 0) {
    const num = a << BigInt(k);
    const q2 = num / d;
    return [q2, num - q2 * d, d];
  }
  const den = d << BigInt(-k);
  const q = a / den;
  return [q, a - q * den, den];
}
function fracToDouble(n, d) {
  if (n % d === 0n) return Number(n / d);
  const neg = n < 0n;
  const a = neg ? -n : n;
  let k = 53 - (bitLength2(a) - bitLength2(d));
  let [q, r, den] = divScaled(a, d, k);
  if (bitLength2(q) > 53) [q, r, den] = divScaled(a, d, --k);
  if (k > 1074) [q, r, den] = divScaled(a, d, k = 1074);
  const twice = r * 2n;
  if (twice > den || twice === den && (q & 1n) === 1n) q += 1n;
  let v = Number(q);
  let kk = k;
  while (kk > 1e3) {
    v *= 2 ** -1e3;
    kk -= 1e3;
  }
  while (kk < -1e3) {
    v *= 2 ** 1e3;
    kk += 1e3;
  }
  v *= 2 ** -kk;
  return neg ? -v : v;
}
var Qmessage2 = defsym("message");
function warnObsolete(low) {
  const msg = `obsolete timestamp with cdr ${low}`;
  const f = Qmessage2.f;
  if (f !== NIL) funcall(Qmessage2, LString.fromJs("%s"), LString.fromJs(msg));
  else E.stderr.write(msg + "\n");
}
function decodeLispTime(spec, flags = {}) {
  if (spec === NIL) return { t: { ticks: nowNs(), hz: NS_HZ }, form: 3 /* Nil */ };
  if (spec instanceof LFloat) return { t: decodeFloatTime(spec.n), form: 5 /* Float */ };
  if (isLispInt(spec)) return { t: { ticks: big(spec), hz: 1n }, form: 1 /* HiLo */ };
  if (!(spec instanceof Cons)) return invalidTime();
  const high = spec.car;
  let low = spec.cdr;
  let usec = 0, psec = 0;
  let form = 1 /* HiLo */;
  if (low instanceof Cons) {
    let tail = low.cdr;
    low = low.car;
    if (!flags.secsOnly) {
      if (tail instanceof Cons) {
        usec = tail.car;
        tail = tail.cdr;
        if (tail instanceof Cons) {
          psec = tail.car;
          form = 4 /* HiLoUsPs */;
        } else form = 2 /* HiLoUs */;
      } else if (tail !== NIL) {
        usec = tail;
        form = 2 /* HiLoUs */;
      }
    }
  } else {
    if (flags.warn && typeof low === "number" && low >= 0 && low < 65536) warnObsolete(low);
    form = 6 /* TicksHz */;
  }
  if (!isLispInt(low)) return invalidTime();
  if (form === 6 /* TicksHz */) {
    if (isLispInt(high) && big(low) > 0n) return { t: { ticks: big(high), hz: big(low) }, form };
    return invalidTime();
  }
  if (!isLispInt(high) || typeof usec !== "number" || typeof psec !== "number") return invalidTime();
  let us = BigInt(usec), ps = BigInt(psec);
  us += floorDiv(ps, 1000000n);
  const s = floorDiv(us, 1000000n) + big(low) + (big(high) << LO_TIME_BITS);
  ps = floorMod(ps, 1000000n);
  us = floorMod(us, 1000000n);
  switch (form) {
    case 1 /* HiLo */:
      return { t: { ticks: s, hz: 1n }, form };
    case 2 /* HiLoUs */:
      return { t: { ticks: s * 1000000n + us, hz: 1000000n }, form };
    default:
      return { t: { ticks: s * TRILLION + us * 1000000n + ps, hz: TRILLION }, form };
  }
}
function lispTimeToDouble(spec) {
  if (spec instanceof LFloat) return spec.n;
  const { t } = decodeLispTime(spec);
  return fracToDouble(t.ticks, t.hz);
}
function ticksHzList4(ticks, hz) {
  const tp = floorDiv(ticks * TRILLION, hz);
  const secs = floorDiv(tp, TRILLION);
  const fullps = tp - secs * TRILLION;
  const lo = secs & 0xffffn;
  return list(lispInt(secs >> LO_TIME_BITS), Number(lo), Number(fullps / 1000000n), Number(fullps % 1000000n));
}
function hzTicks(t, hz) {
  if (typeof hz === "number" && BigInt(hz) === t.hz) return t.ticks;
  if (!isLispInt(hz) || big(hz) <= 0n) return invalidHz(hz);
  const h = big(hz);
  if (h === t.hz) return t.ticks;
  return floorDiv(t.ticks * h, t.hz);
}
function toTimespec(t) {
  const total = t.hz === NS_HZ ? t.ticks : floorDiv(t.ticks * NS_HZ, t.hz);
  const sec = floorDiv(total, NS_HZ);
  if (sec < -(2n ** 63n) || sec >= 2n ** 63n) return null;
  return { sec, ns: Number(total - sec * NS_HZ) };
}
function timeArgument(spec) {
  const { t } = decodeLispTime(spec, { warn: true });
  const ts = toTimespec(t);
  if (!ts) return timeOverflow();
  return { ...ts, t };
}
function secondsArgument(spec) {
  const { t } = decodeLispTime(spec, { warn: true, secsOnly: true });
  const ts = toTimespec(t);
  if (!ts) return timeOverflow();
  return ts.sec;
}
function trillionFactor(hz) {
  return hz <= 2305843009213693951n && TRILLION % hz === 0n;
}
function timeArith(a, b, subtract) {
  if (a instanceof LFloat && !Number.isFinite(a.n)) {
    const db = lispTimeToDouble(b);
    return mkFloat(subtract ? a.n - db : a.n + db);
  }
  const A = decodeLispTime(a, { warn: true });
  if (b instanceof LFloat && !Number.isFinite(b.n)) return subtract ? mkFloat(-b.n) : b;
  const B = a === b ? A : decodeLispTime(b, { warn: true });
  const ta = A.t, tb = B.t;
  let ticks, hz;
  if (ta.hz === tb.hz) {
    hz = ta.hz;
    ticks = subtract ? ta.ticks - tb.ticks : ta.ticks + tb.ticks;
  } else {
    const daLtDb = ta.hz < tb.hz;
    let hzmin = daLtDb ? ta.hz : tb.hz;
    const g = gcd(ta.hz, tb.hz);
    const fa = ta.hz / g, fb = tb.hz / g;
    let ihz = fa * tb.hz;
    if ((daLtDb ? A.form : B.form) === 5 /* Float */ && (daLtDb ? B.form : A.form) !== 6 /* TicksHz */ && hzmin > 1n && hzmin < 65536n) hzmin = 65536n;
    let iticks = fb * ta.ticks + (subtract ? -1n : 1n) * fa * tb.ticks;
    const ig = gcd(iticks, ihz);
    if (ig > 1n) {
      iticks /= ig;
      ihz /= ig;
      if (ihz < hzmin) {
        const rescale = (hzmin + ihz - 1n) / ihz;
        iticks *= rescale;
        ihz *= rescale;
      }
    }
    ticks = iticks;
    hz = ihz;
  }
  if (hz === 1n) return lispInt(ticks);
  if (A.form === 6 /* TicksHz */ || B.form === 6 /* TicksHz */ || !trillionFactor(hz)) return new Cons(lispInt(ticks), lispInt(hz));
  return ticksHzList4(ticks, hz);
}
function timeCmp(a, b) {
  if (a instanceof LFloat && !Number.isFinite(a.n) || b instanceof LFloat && !Number.isFinite(b.n)) {
    const da = a instanceof LFloat ? a.n : 0, db = b instanceof LFloat ? b.n : 0;
    return da < db ? -1 : da !== db ? 1 : 0;
  }
  const ta = decodeLispTime(a, { warn: true }).t;
  if (a === b) return 0;
  const tb = decodeLispTime(b, { warn: true }).t;
  const x = ta.hz === tb.hz ? ta.ticks : ta.ticks * tb.hz;
  const y = ta.hz === tb.hz ? tb.ticks : tb.ticks * ta.hz;
  return x < y ? -1 : x > y ? 1 : 0;
}
function convertTime(time, form, Qlist3, Qinteger2, Qt) {
  const { t, form: inputForm } = decodeLispTime(time);
  if (form === NIL) form = Qlist3;
  if (form === Qlist3) return ticksHzList4(t.ticks, t.hz);
  if (form === Qinteger2) return isLispInt(time) ? time : lispInt(floorDiv(t.ticks, t.hz));
  if (form === Qt) form = lispInt(t.hz);
  if (inputForm === 6 /* TicksHz */ && time instanceof Cons && sameInt(form, time.cdr)) return time;
  return new Cons(lispInt(hzTicks(t, form)), form);
}
function sameInt(a, b) {
  return a === b || typeof a === "bigint" && typeof b === "bigint" && a === b;
}

// src/timefns/tz.ts
import { readFileSync as readFileSync2 } from "node:fs";
var UTC_ZONE = { utc: true, info: () => ({ off: 0, isdst: 0, abbr: "GMT" }) };
var MON_YDAY = [
  [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334, 365],
  [0, 31, 60, 91, 121, 152, 182, 213, 244, 274, 305, 335, 366]
];
var isLeap = (y) => y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
var floorDiv2 = (a, b) => Math.floor(a / b);
function daysFromCivil(y, m, d) {
  y -= m <= 2 ? 1 : 0;
  const era = floorDiv2(y, 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}
var MAX_SAFE = 9007199254740991;
function breakdown(local) {
  let days, secs;
  if (typeof local === "number" && Math.abs(local) <= MAX_SAFE) {
    days = Math.floor(local / 86400);
    secs = local - days * 86400;
  } else {
    const b = BigInt(local);
    let q = b / 86400n, r = b % 86400n;
    if (r < 0n) {
      q -= 1n;
      r += 86400n;
    }
    days = Math.abs(Number(q)) <= MAX_SAFE / 4 ? Number(q) : q;
    secs = Number(r);
  }
  let y, m, d, wday, yday;
  if (typeof days === "number") {
    const z = days + 719468;
    const era = floorDiv2(z, 146097);
    const doe = z - era * 146097;
    const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
    const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
    const mp = Math.floor((5 * doy + 2) / 153);
    d = doy - Math.floor((153 * mp + 2) / 5) + 1;
    m = mp < 10 ? mp + 3 : mp - 9;
    y = yoe + era * 400 + (m <= 2 ? 1 : 0);
    wday = ((days + 4) % 7 + 7) % 7;
    yday = m <= 2 ? doy - 306 : doy + 59 + (isLeap(y) ? 1 : 0);
  } else {
    const z = days + 719468n;
    let era = z / 146097n;
    if (z % 146097n < 0n) era -= 1n;
    const doe = Number(z - era * 146097n);
    const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
    const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
    const mp = Math.floor((5 * doy + 2) / 153);
    d = doy - Math.floor((153 * mp + 2) / 5) + 1;
    m = mp < 10 ? mp + 3 : mp - 9;
    y = BigInt(yoe) + era * 400n + (m <= 2 ? 1n : 0n);
    wday = Number(((days + 4n) % 7n + 7n) % 7n);
    const leap = isLeap(Number((y % 400n + 400n) % 400n));
    yday = m <= 2 ? doy - 306 : doy + 59 + (leap ? 1 : 0);
  }
  const tmYear = typeof y === "bigint" ? y - 1900n : y - 1900;
  if (tmYear < -2147483648 || tmYear > 2147483647) return null;
  return {
    sec: secs % 60,
    min: Math.floor(secs / 60) % 60,
    hour: Math.floor(secs / 3600),
    mday: d,
    mon: m - 1,
    year: Number(tmYear),
    wday,
    yday
  };
}
function localtime(zone, t) {
  const tn = typeof t === "number" ? t : Number(t);
  const z = zone.info(tn);
  const local = typeof t === "number" && Math.abs(t) < MAX_SAFE - 1e6 ? t + z.off : BigInt(t) + BigInt(z.off);
  const b = breakdown(local);
  if (!b) return null;
  return { ...b, isdst: z.isdst, gmtoff: z.off, zone: z.abbr };
}
var newRule = () => ({ name: "", offset: 0, type: 0 /* J0 */, m: 0, n: 0, d: 0, secs: 0 });
function scanUShort(s, i) {
  const m = /^\s*[+-]?\d+/.exec(s.slice(i));
  if (!m) return null;
  return [(Number(m[0].trim()) % 65536 + 65536) % 65536, i + m[0].length];
}
function scanHms(s, i) {
  const a = scanUShort(s, i);
  if (!a) return null;
  const r = { hh: a[0], mm: 0, ss: 0, end: a[1] };
  if (s[r.end] === ":") {
    const b = scanUShort(s, r.end + 1);
    if (b) {
      r.mm = b[0];
      r.end = b[1];
      if (s[r.end] === ":") {
        const c = scanUShort(s, r.end + 1);
        if (c) {
          r.ss = c[0];
          r.end = c[1];
        }
      }
    }
  }
  return r;
}
var PosixParser = class {
  constructor(s) {
    this.s = s;
  }
  s;
  rules = [newRule(), newRule()];
  i = 0;
  tzname(which) {
    const s = this.s;
    let p = this.i;
    while (p < s.length && /[A-Za-z]/.test(s[p])) p++;
    let name = s.slice(this.i, p);
    if (name.length < 3) {
      p = this.i;
      if (s[p++] !== "<") return false;
      const start = p;
      while (p < s.length && /[A-Za-z0-9+-]/.test(s[p])) p++;
      name = s.slice(start, p);
      if (s[p++] !== ">" || name.length < 3) return false;
    }
    this.rules[which].name = name;
    this.i = p;
    return true;
  }
  offset(which) {
    const s = this.s;
    let p = this.i;
    const c = s[p];
    if (which === 0 && (p >= s.length || c !== "+" && c !== "-" && !/\d/.test(c))) return false;
    let sign = -1;
    if (c === "+" || c === "-") {
      sign = c === "-" ? 1 : -1;
      p++;
    }
    this.i = p;
    const h = scanHms(s, p);
    if (h) {
      this.rules[which].offset = sign * (Math.min(h.ss, 59) + Math.min(h.mm, 59) * 60 + Math.min(h.hh, 24) * 3600);
      this.i = h.end;
    } else if (which === 0) {
      this.rules[0].offset = 0;
      return false;
    } else this.rules[1].offset = this.rules[0].offset + 3600;
    return true;
  }
  rule(which) {
    const s = this.s, r = this.rules[which];
    let p = this.i + (s[this.i] === "," ? 1 : 0);
    const c = s[p];
    if (c === "J" || /\d/.test(c ?? "")) {
      r.type = c === "J" ? 1 /* J1 */ : 0 /* J0 */;
      if (r.type === 1 /* J1 */ && !/\d/.test(s[++p] ?? "")) return false;
      const m = /^\d+/.exec(s.slice(p));
      const d = Number(m[0]);
      if (d > 365 || r.type === 1 /* J1 */ && d === 0) return false;
      r.d = d;
      p += m[0].length;
    } else if (c === "M") {
      const m = /^M(\d+)\.(\d+)\.(\d+)/.exec(s.slice(p));
      if (!m) return false;
      r.type = 2 /* M */;
      r.m = Number(m[1]);
      r.n = Number(m[2]);
      r.d = Number(m[3]);
      if (r.m < 1 || r.m > 12 || r.n < 1 || r.n > 5 || r.d > 6) return false;
      p += m[0].length;
    } else if (p >= s.length) {
      r.type = 2 /* M */;
      r.m = which === 0 ? 3 : 11;
      r.n = which === 0 ? 2 : 1;
      r.d = 0;
    } else return false;
    if (p < s.length && s[p] !== "/" && s[p] !== ",") return false;
    if (s[p] === "/") {
      p++;
      if (p >= s.length) return false;
      const neg = s[p] === "-";
      if (neg) p++;
      let hh = 2, mm = 0, ss = 0;
      const h = scanHms(s, p);
      if (h) {
        hh = h.hh;
        mm = h.mm;
        ss = h.ss;
        p = h.end;
      }
      r.secs = (neg ? -1 : 1) * (hh * 3600 + mm * 60 + ss);
    } else r.secs = 7200;
    this.i = p;
    return true;
  }
};
function ruleChange(rule, year) {
  let t = 0;
  if (year > 1970) {
    const y1 = year - 1;
    t = ((year - 1970) * 365 + (Math.trunc(y1 / 4) - 492) - (Math.trunc(y1 / 100) - 19) + (Math.trunc(y1 / 400) - 4)) * 86400;
  }
  const leap = isLeap(year) ? 1 : 0;
  switch (rule.type) {
    case 1 /* J1 */:
      t += (rule.d - 1) * 86400;
      if (rule.d >= 60 && leap) t += 86400;
      break;
    case 0 /* J0 */:
      t += rule.d * 86400;
      break;
    case 2 /* M */: {
      const myday = MON_YDAY[leap];
      t += myday[rule.m - 1] * 86400;
      const m1 = (rule.m + 9) % 12 + 1;
      const yy0 = rule.m <= 2 ? year - 1 : year;
      const yy1 = Math.trunc(yy0 / 100), yy2 = yy0 % 100;
      let dow = (Math.trunc((26 * m1 - 2) / 10) + 1 + yy2 + Math.trunc(yy2 / 4) + Math.trunc(yy1 / 4) - 2 * yy1) % 7;
      if (dow < 0) dow += 7;
      let d = rule.d - dow;
      if (d < 0) d += 7;
      for (let i = 1; i < rule.n; i++) {
        if (d + 7 >= myday[rule.m] - myday[rule.m - 1]) break;
        d += 7;
      }
      t += d * 86400;
      break;
    }
  }
  return t - rule.offset + rule.secs;
}
var PosixZone = class {
  constructor(rules) {
    this.rules = rules;
  }
  rules;
  info(t) {
    const b = breakdown(t);
    const year = b ? b.year + 1900 : 1970;
    const [std, dst] = this.rules;
    const c0 = ruleChange(std, year), c1 = ruleChange(dst, year);
    const isdst = c0 > c1 ? t < c1 || t >= c0 : t >= c0 && t < c1;
    const r = this.rules[isdst ? 1 : 0];
    return { off: r.offset, isdst: isdst ? 1 : 0, abbr: r.name };
  }
};
var TzifZone = class {
  constructor(trans, idx, types, footer) {
    this.trans = trans;
    this.idx = idx;
    this.types = types;
    this.footer = footer;
  }
  trans;
  idx;
  types;
  footer;
  /** The rule of the footer TZ string, for instants at or after the last transition. */
  footerZone = void 0;
  info(t) {
    const n = this.trans.length;
    let ti;
    if (n === 0 || t < this.trans[0]) {
      ti = this.types.findIndex((x) => !x.isdst);
      if (ti < 0) ti = 0;
    } else if (t >= this.trans[n - 1]) {
      if (this.footerZone === void 0) this.footerZone = this.footer ? parsePosix(this.footer) : null;
      if (this.footerZone) return this.footerZone.info(t);
      ti = this.idx[n - 1];
    } else {
      let lo = 0, hi = n - 1;
      while (hi - lo > 1) {
        const mid = lo + hi >> 1;
        if (this.trans[mid] <= t) lo = mid;
        else hi = mid;
      }
      ti = this.idx[lo];
    }
    const ty = this.types[ti];
    return { off: ty.off, isdst: ty.isdst, abbr: ty.abbr };
  }
};
function parseTzif(buf) {
  if (buf.length < 44 || buf.toString("latin1", 0, 4) !== "TZif") return null;
  const version = buf[4];
  const counts = (at) => [0, 1, 2, 3, 4, 5].map((k) => buf.readUInt32BE(at + 20 + 4 * k));
  let [isutcnt, isstdcnt, leapcnt, timecnt, typecnt, charcnt] = counts(0);
  let p = 44, timeSize = 4;
  if (version >= 50) {
    p += timecnt * 4 + timecnt + typecnt * 6 + charcnt + leapcnt * 8 + isstdcnt + isutcnt;
    [isutcnt, isstdcnt, leapcnt, timecnt, typecnt, charcnt] = counts(p);
    p += 44;
    timeSize = 8;
  }
  const trans = [];
  for (let i = 0; i < timecnt; i++, p += timeSize) trans.push(timeSize === 8 ? Number(buf.readBigInt64BE(p)) : buf.readInt32BE(p));
  const idx = [];
  for (let i = 0; i < timecnt; i++) idx.push(buf[p++]);
  const raw = [];
  for (let i = 0; i < typecnt; i++, p += 6) raw.push({ off: buf.readInt32BE(p), isdst: buf[p + 4] ? 1 : 0, ai: buf[p + 5] });
  const chars = buf.toString("latin1", p, p + charcnt);
  p += charcnt + leapcnt * (timeSize + 4);
  const isstd = [...buf.subarray(p, p + isstdcnt)];
  p += isstdcnt;
  const isut = [...buf.subarray(p, p + isutcnt)];
  p += isutcnt;
  const types = raw.map((r, i) => ({
    off: r.off,
    isdst: r.isdst,
    abbr: chars.slice(r.ai, chars.indexOf("\0", r.ai) < 0 ? void 0 : chars.indexOf("\0", r.ai)),
    isstd: !!isstd[i],
    isut: !!isut[i]
  }));
  let footer = null;
  if (timeSize === 8 && buf[p] === 10) {
    const end = buf.indexOf(10, p + 1);
    if (end > p + 1) footer = buf.toString("latin1", p + 1, end);
  }
  if (types.length === 0) return null;
  return new TzifZone(trans, idx, types, footer);
}
function zoneinfoDir() {
  return process.env.TZDIR || "/usr/share/zoneinfo";
}
var tzifCache = /* @__PURE__ */ new Map();
function readTzif(name) {
  const file = name.startsWith("/") ? name : `${zoneinfoDir()}/${name}`;
  let z = tzifCache.get(file);
  if (z === void 0) {
    try {
      z = parseTzif(readFileSync2(file));
    } catch {
      z = null;
    }
    tzifCache.set(file, z);
  }
  return z;
}
function tzfileDefault(std, dst) {
  const base = readTzif("posixrules");
  if (!base || base.types.length < 2) return null;
  let ruleStd, ruleDst;
  for (let i = base.trans.length - 1; i >= 0 && (ruleStd === void 0 || ruleDst === void 0); i--) {
    const ty = base.types[base.idx[i]];
    if (!ty.isdst) ruleStd ??= ty.off;
    else ruleDst ??= ty.off;
  }
  if (base.trans.length === 0) ruleStd = ruleDst = base.types[0].off;
  ruleStd ??= 0;
  ruleDst ??= ruleStd;
  const trans = base.trans.slice(), idx = [];
  let isdst = 0;
  for (let i = 0; i < trans.length; i++) {
    const ty = base.types[base.idx[i]];
    idx.push(ty.isdst);
    if (!ty.isut) trans[i] += isdst && !ty.isstd ? dst.offset - ruleDst : std.offset - ruleStd;
    isdst = ty.isdst;
  }
  const types = [
    { off: std.offset, isdst: 0, abbr: std.name, isstd: false, isut: false },
    { off: dst.offset, isdst: 1, abbr: dst.name, isstd: false, isut: false }
  ];
  return new TzifZone(trans, idx, types, base.footer);
}
function parsePosix(s) {
  const p = new PosixParser(s);
  if (p.tzname(0) && p.offset(0)) {
    if (p.i < s.length) {
      if (p.tzname(1)) {
        p.offset(1);
        if (p.i >= s.length || s[p.i] === "," && p.i + 1 === s.length) {
          const z = tzfileDefault(p.rules[0], p.rules[1]);
          if (z) return z;
        }
      }
      if (p.rule(0)) p.rule(1);
    } else {
      p.rules[1].name = p.rules[0].name;
      p.rules[1].offset = p.rules[0].offset;
    }
  }
  return new PosixZone(p.rules);
}
function intlZone(name) {
  let fmt;
  try {
    fmt = new Intl.DateTimeFormat("en-US", {
      timeZone: name,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
      timeZoneName: "short"
    });
  } catch {
    return null;
  }
  const offsetAt = (t) => {
    const ms = Math.max(-864e13, Math.min(864e13, t * 1e3));
    const parts = {};
    for (const x of fmt.formatToParts(new Date(ms))) parts[x.type] = x.value;
    const local = Date.UTC(
      Number(parts.year) * (parts.era === "BC" ? -1 : 1),
      Number(parts.month) - 1,
      Number(parts.day),
      Number(parts.hour),
      Number(parts.minute),
      Number(parts.second)
    );
    return [Math.round((local - Math.floor(ms / 1e3) * 1e3) / 1e3), parts.timeZoneName ?? ""];
  };
  return {
    info(t) {
      const [off, name2] = offsetAt(t);
      const year = breakdown(t)?.year ?? 70;
      const jan = daysFromCivil(year + 1900, 1, 1) * 86400, jul = daysFromCivil(year + 1900, 7, 1) * 86400;
      const std = Math.min(offsetAt(jan)[0], offsetAt(jul)[0]);
      const m = /^(?:GMT|UTC)([+-])(\d+)(?::(\d+))?$/.exec(name2);
      const abbr = m ? `${m[1]}${m[2].padStart(2, "0")}${m[3] ?? ""}` : name2 === "GMT" && off !== 0 ? "" : name2;
      return { off, isdst: off > std ? 1 : 0, abbr };
    }
  };
}
var zoneCache = /* @__PURE__ */ new Map();
function zoneFromTz(s) {
  const key = s ?? "\0wall";
  let z = zoneCache.get(key);
  if (z) return z;
  if (s === null) {
    z = readTzif("/etc/localtime") ?? systemIntlZone() ?? new PosixZone([{ ...newRule(), name: "UTC" }, { ...newRule(), name: "UTC" }]);
  } else {
    let name = s === "" ? "Universal" : s;
    if (name.startsWith(":")) name = name.slice(1);
    z = readTzif(name === "" ? "Universal" : name) ?? (/^[A-Za-z]+\/[A-Za-z_\/+-]+$/.test(name) ? intlZone(name) : null) ?? parsePosix(name);
  }
  zoneCache.set(key, z);
  return z;
}
function systemIntlZone() {
  const name = Intl.DateTimeFormat().resolvedOptions().timeZone;
  return name ? intlZone(name) : null;
}
var shr2 = (a) => a >= 0n ? a >> 2n : -(-a + 3n >> 2n);
function ydhmsDiff(y1, yd1, h1, m1, s1, y0, yd0, h0, m0, s0) {
  const a4 = shr2(y1) + 475n - ((y1 & 3n) === 0n ? 1n : 0n);
  const b4 = shr2(y0) + 475n - ((y0 & 3n) === 0n ? 1n : 0n);
  const div25 = (x) => x >= 0n ? x / 25n : (x + 1n) / 25n - 1n;
  const a100 = div25(a4), b100 = div25(b4);
  const leaps = a4 - b4 - (a100 - b100) + (shr2(a100) - shr2(b100));
  const days = 365n * (y1 - y0) + yd1 - yd0 + leaps;
  return ((days * 24n + BigInt(h1 - h0)) * 60n + BigInt(m1 - m0)) * 60n + BigInt(s1 - s0);
}
var tmDiff = (y, yd, h, mi, s, tm) => ydhmsDiff(y, yd, h, mi, s, BigInt(tm.year), BigInt(tm.yday), tm.hour, tm.min, tm.sec);
var isdstDiffer = (a, b) => !a !== !b && a >= 0 && b >= 0;
var TIME_MIN = -(2n ** 63n);
var TIME_MAX = 2n ** 63n - 1n;
function mktime(zone, tin, state5) {
  const isdst = zone.utc ? 0 : tin.isdst;
  const convert = (t3) => localtime(zone, t3);
  let sec = tin.sec;
  const secRequested = sec;
  const monRem = tin.mon % 12, negRem = monRem < 0 ? 1 : 0;
  const year = BigInt(tin.year) + BigInt(Math.trunc(tin.mon / 12) - negRem);
  const leap = isLeap(Number(((year + 1900n) % 400n + 400n) % 400n)) ? 1 : 0;
  const yday = BigInt(MON_YDAY[leap][monRem + 12 * negRem] - 1) + BigInt(tin.mday);
  if (sec < 0) sec = 0;
  if (sec > 59) sec = 59;
  const t0 = ydhmsDiff(year, yday, tin.hour, tin.min, sec, 70n, 0n, 0, 0, 0) + state5.offset;
  let t = t0, t1 = t0, t2 = t0, dst2 = 0;
  let remaining = 6;
  let tm;
  const clamp = (x) => x < TIME_MIN ? TIME_MIN : x > TIME_MAX ? TIME_MAX : x;
  let found = false;
  for (; ; ) {
    t = clamp(t);
    tm = convert(t);
    if (!tm) return null;
    const dt = tmDiff(year, yday, tin.hour, tin.min, sec, tm);
    if (dt === 0n) break;
    if (t === t1 && t !== t2 && (isdst < 0 ? dst2 <= (tm.isdst !== 0 ? 1 : 0) : isdst !== 0 !== (tm.isdst !== 0))) {
      found = true;
      break;
    }
    if (--remaining === 0) return null;
    t1 = t2;
    t2 = t;
    t += dt;
    dst2 = tm.isdst !== 0 ? 1 : 0;
  }
  if (!found && isdstDiffer(isdst, tm.isdst)) {
    const dstDifference = (isdst === 0 ? 1 : 0) - (tm.isdst === 0 ? 1 : 0);
    const stride = 601200, bound = 536454e3 / 2 + stride;
    let ok = false;
    outer: for (let delta = stride; delta < bound; delta += stride) {
      for (const dir of [-1, 1]) {
        const ot = t + BigInt(delta * dir);
        const otm = convert(ot);
        if (!otm) return null;
        if (!isdstDiffer(isdst, otm.isdst)) {
          const gt = ot + tmDiff(year, yday, tin.hour, tin.min, sec, otm);
          const gtm = gt >= TIME_MIN && gt <= TIME_MAX ? convert(gt) : null;
          if (gtm) {
            t = gt;
            tm = gtm;
            ok = true;
            break outer;
          }
        }
      }
    }
    if (!ok) {
      t += BigInt(3600 * dstDifference);
      tm = t >= TIME_MIN && t <= TIME_MAX ? convert(t) : null;
      if (!tm) return null;
    }
  }
  state5.offset = t - t0 + state5.offset;
  if (secRequested !== tm.sec) {
    const adj = BigInt((sec === 0 && tm.sec === 60 ? 1 : 0) - sec + secRequested);
    t += adj;
    if (t < TIME_MIN || t > TIME_MAX) return null;
    tm = convert(t);
    if (!tm) return null;
  }
  return { t, tm };
}

// src/timefns/strftime.ts
var WDAY = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
var MON = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
var isLeapC = (y) => y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
function isoWeekDays(yday, wday) {
  return yday - (yday - wday + 4 + 378) % 7 + 3;
}
function byteLength(s) {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    n += c < 128 ? 1 : c < 2048 ? 2 : c >= 55296 && c <= 56319 ? (i++, 4) : 3;
  }
  return n;
}
var lower = (s) => s.replace(/[A-Z]/g, (c) => c.toLowerCase());
var upper = (s) => s.replace(/[a-z]/g, (c) => c.toUpperCase());
function strftime(fmt, inp, upcase = false, yrSpec = "", width0 = -1) {
  const tm = inp.tm;
  const zone = tm.zone;
  const hour12 = tm.hour > 12 ? tm.hour - 12 : tm.hour === 0 ? 12 : tm.hour;
  let out = "";
  let width = width0;
  for (let i = 0; i < fmt.length; width = -1, i++) {
    let pad = "";
    let toLower = false, toUpper = upcase, changeCase = false;
    const addW = (s, w) => {
      const n = byteLength(s);
      const fw = pad === "-" || w < 0 ? 0 : w;
      if (n < fw) out += (pad === "0" || pad === "+" ? "0" : " ").repeat(fw - n);
      out += s;
    };
    const cpy = (s) => addW(toLower ? lower(s) : toUpper ? upper(s) : s, width);
    const c0 = fmt[i];
    if (c0 !== "%") {
      addW(c0, width);
      continue;
    }
    const start = i;
    for (; ; ) {
      const f = fmt[++i];
      if (f === "_" || f === "-" || f === "+" || f === "0") pad = f;
      else if (f === "^") toUpper = true;
      else if (f === "#") changeCase = true;
      else break;
    }
    if (fmt[i] >= "0" && fmt[i] <= "9") {
      width = 0;
      while (fmt[i] >= "0" && fmt[i] <= "9") {
        width = Math.min(width * 10 + (fmt.charCodeAt(i) - 48), 2147483647);
        i++;
      }
    }
    let modifier = "";
    if (fmt[i] === "E" || fmt[i] === "O") modifier = fmt[i++];
    const fc2 = fmt[i];
    const badFormat = () => {
      cpy(fmt.slice(start, i + 1));
    };
    const sub = (subfmt, subwidth = -1) => {
      cpy(strftime(subfmt, inp, toUpper, pad, subwidth));
    };
    const underlying = (c) => {
      let s;
      switch (c) {
        case "a":
          s = WDAY[tm.wday]?.slice(0, 3) ?? "?";
          break;
        case "A":
          s = WDAY[tm.wday] ?? "?";
          break;
        case "b":
        case "h":
          s = MON[tm.mon]?.slice(0, 3) ?? "?";
          break;
        case "B":
          s = MON[tm.mon] ?? "?";
          break;
        case "c":
          s = strftime("%a %b %e %H:%M:%S %Y", inp);
          break;
        case "x":
          s = strftime("%m/%d/%y", inp);
          break;
        case "X":
          s = strftime("%H:%M:%S", inp);
          break;
        case "r":
          s = strftime("%I:%M:%S %p", inp);
          break;
        case "p":
          s = tm.hour > 11 ? "PM" : "AM";
          break;
        case "q":
        case ":":
          s = `%${modifier}${c}`;
          break;
        // not glibc directives: glibc echoes them
        default:
          s = strftime("%" + c, inp);
      }
      cpy(s);
    };
    let digits = 0, negative = false, uval = 0, alwaysSign = false, colonMask = 0;
    const numberBody = () => {
      if (modifier === "O" && !negative) {
        underlying(fc2);
        return;
      }
      let buf = "";
      let v = uval, mask = colonMask;
      do {
        if (mask & 1) buf = ":" + buf;
        mask >>= 1;
        buf = String(v % 10) + buf;
        v = Math.floor(v / 10);
      } while (v !== 0 || mask !== 0);
      signAndPadding(buf);
    };
    const signAndPadding = (buf) => {
      if (pad === "") pad = "0";
      if (width < 0) width = digits;
      const sign = negative ? "-" : alwaysSign ? "+" : "";
      const shortage = width - (sign ? 1 : 0) - buf.length;
      const padding = pad === "-" || shortage <= 0 ? 0 : shortage;
      if (sign) {
        if (pad === "_") {
          out += " ".repeat(padding);
          width -= padding;
        }
        out += sign;
        width--;
      }
      cpy(buf);
    };
    const doNumber = (d, v) => {
      digits = d;
      negative = v < 0;
      uval = Math.abs(v);
      alwaysSign = false;
      colonMask = 0;
      numberBody();
    };
    const doSigned = (d, neg, v) => {
      digits = d;
      negative = neg;
      uval = Math.abs(v);
      alwaysSign = false;
      colonMask = 0;
      numberBody();
    };
    const doYearish = (d, neg, v) => {
      digits = d;
      negative = neg;
      uval = Math.abs(v);
      if (pad === "") pad = yrSpec;
      alwaysSign = pad === "+" && ((d === 2 ? 99 : 9999) < uval || d < width);
      colonMask = 0;
      numberBody();
    };
    const doSpacepad = (d, v) => {
      if (pad === "") pad = "_";
      doNumber(d, v);
    };
    const doTzOffset = (d, mask, v) => {
      digits = d;
      colonMask = mask;
      uval = Math.abs(v);
      alwaysSign = true;
      numberBody();
    };
    switch (fc2) {
      case "%":
        if (modifier) {
          badFormat();
          break;
        }
        addW("%", width);
        break;
      case "a":
      case "A":
        if (modifier) {
          badFormat();
          break;
        }
        if (changeCase) {
          toUpper = true;
          toLower = false;
        }
        underlying(fc2);
        break;
      case "b":
      case "h":
      case "B":
        if (changeCase) {
          toUpper = true;
          toLower = false;
        }
        if (modifier === "E") {
          badFormat();
          break;
        }
        underlying(fc2);
        break;
      case "c":
      case "x":
      case "X":
        if (modifier === "O") {
          badFormat();
          break;
        }
        underlying(fc2);
        break;
      case "C": {
        if (modifier === "E") {
          underlying(fc2);
          break;
        }
        const negYear = tm.year < -1900;
        const zeroThru1899 = !negYear && tm.year < 0;
        doYearish(2, negYear, Math.trunc((tm.year - 99 * (zeroThru1899 ? 1 : 0)) / 100) + 19);
        break;
      }
      case "D":
        if (modifier) {
          badFormat();
          break;
        }
        sub("%m/%d/%y");
        break;
      case "d":
        if (modifier === "E") {
          badFormat();
          break;
        }
        doNumber(2, tm.mday);
        break;
      case "e":
        if (modifier === "E") {
          badFormat();
          break;
        }
        doSpacepad(2, tm.mday);
        break;
      case "F": {
        if (modifier) {
          badFormat();
          break;
        }
        let subwidth;
        if (pad === "" && width < 0) {
          pad = "+";
          subwidth = 4;
        } else subwidth = Math.max(width - 6, 0);
        sub("%Y-%m-%d", subwidth);
        break;
      }
      case "H":
        if (modifier === "E") {
          badFormat();
          break;
        }
        doNumber(2, tm.hour);
        break;
      case "I":
        if (modifier === "E") {
          badFormat();
          break;
        }
        doNumber(2, hour12);
        break;
      case "k":
        if (modifier === "E") {
          badFormat();
          break;
        }
        doSpacepad(2, tm.hour);
        break;
      case "l":
        if (modifier === "E") {
          badFormat();
          break;
        }
        doSpacepad(2, hour12);
        break;
      case "j":
        if (modifier === "E") {
          badFormat();
          break;
        }
        doSigned(3, tm.yday < -1, tm.yday + 1);
        break;
      case "M":
        if (modifier === "E") {
          badFormat();
          break;
        }
        doNumber(2, tm.min);
        break;
      case "m":
        if (modifier === "E") {
          badFormat();
          break;
        }
        doSigned(2, tm.mon < -1, tm.mon + 1);
        break;
      case "N": {
        if (modifier === "E") {
          badFormat();
          break;
        }
        let n = inp.ns, nd = 9;
        if (width <= 0) width = 9;
        while (width < nd || nd > 1 && n % 10 === 0) {
          nd--;
          n = Math.floor(n / 10);
        }
        if (!pad) pad = "0";
        const s = String(n).padStart(nd, "0");
        addW(toLower ? lower(s) : toUpper ? upper(s) : s, 0);
        addW("", width - nd);
        break;
      }
      case "n":
        addW("\n", width);
        break;
      case "P":
      case "p":
        if (fc2 === "P") toLower = true;
        if (changeCase) {
          toUpper = false;
          toLower = true;
        }
        underlying("p");
        break;
      case "q":
        doSigned(1, false, (tm.mon * 11 >> 5) + 1);
        break;
      case "R":
        sub("%H:%M");
        break;
      case "r":
        underlying("r");
        break;
      case "S":
        if (modifier === "E") {
          badFormat();
          break;
        }
        doNumber(2, tm.sec);
        break;
      case "s": {
        const t = inp.t;
        negative = t < 0n;
        digits = 1;
        alwaysSign = false;
        signAndPadding((negative ? -t : t).toString());
        break;
      }
      case "T":
        sub("%H:%M:%S");
        break;
      case "t":
        addW("	", width);
        break;
      case "u":
        doNumber(1, (tm.wday - 1 + 7) % 7 + 1);
        break;
      case "U":
        if (modifier === "E") {
          badFormat();
          break;
        }
        doNumber(2, Math.trunc((tm.yday - tm.wday + 7) / 7));
        break;
      case "V":
      case "g":
      case "G": {
        if (modifier === "E") {
          badFormat();
          break;
        }
        const year = tm.year + (tm.year < 0 ? 300 : -100);
        let adj = 0;
        let days = isoWeekDays(tm.yday, tm.wday);
        if (days < 0) {
          adj = -1;
          days = isoWeekDays(tm.yday + (365 + (isLeapC(year - 1) ? 1 : 0)), tm.wday);
        } else {
          const d = isoWeekDays(tm.yday - (365 + (isLeapC(year) ? 1 : 0)), tm.wday);
          if (d >= 0) {
            adj = 1;
            days = d;
          }
        }
        if (fc2 === "g") {
          const yy = (tm.year % 100 + adj) % 100;
          doYearish(2, false, yy >= 0 ? yy : tm.year < -1900 - adj ? -yy : yy + 100);
        } else if (fc2 === "G") doYearish(4, tm.year < -1900 - adj, tm.year + 1900 + adj);
        else doNumber(2, Math.trunc(days / 7) + 1);
        break;
      }
      case "W":
        if (modifier === "E") {
          badFormat();
          break;
        }
        doNumber(2, Math.trunc((tm.yday - (tm.wday - 1 + 7) % 7 + 7) / 7));
        break;
      case "w":
        if (modifier === "E") {
          badFormat();
          break;
        }
        doNumber(1, tm.wday);
        break;
      case "Y":
        if (modifier === "E") {
          underlying(fc2);
          break;
        }
        if (modifier === "O") {
          badFormat();
          break;
        }
        doYearish(4, tm.year < -1900, tm.year + 1900);
        break;
      case "y": {
        if (modifier === "E") {
          underlying(fc2);
          break;
        }
        let yy = tm.year % 100;
        if (yy < 0) yy = tm.year < -1900 ? -yy : yy + 100;
        doYearish(2, false, yy);
        break;
      }
      case "Z":
        if (changeCase) {
          toUpper = false;
          toLower = true;
        }
        cpy(zone);
        break;
      case ":":
      case "z": {
        let colons = 0;
        if (fc2 === ":") {
          colons = 1;
          while (fmt[i + colons] === ":") colons++;
          if (fmt[i + colons] !== "z") {
            badFormat();
            break;
          }
          i += colons;
        }
        if (tm.isdst < 0) break;
        const diff = tm.gmtoff;
        negative = diff < 0 || diff === 0 && zone[0] === "-";
        const hd = Math.trunc(diff / 3600), md = Math.trunc(diff / 60) % 60, sd = diff % 60;
        if (colons === 0) doTzOffset(5, 0, hd * 100 + md);
        else if (colons === 1 || colons === 3 && sd === 0 && md !== 0) doTzOffset(6, 4, hd * 100 + md);
        else if (colons === 2 || colons === 3 && sd !== 0) doTzOffset(9, 20, hd * 1e4 + md * 100 + sd);
        else if (colons === 3) doTzOffset(3, 0, hd);
        else badFormat();
        break;
      }
      case void 0:
      // "%" (with flags) at the end of the format, or of a NUL-terminated piece of it
      case "\0":
        i--;
        badFormat();
        break;
      default:
        badFormat();
    }
  }
  return out;
}

// src/timefns.ts
var Qwall = defsym("wall");
var Qlist2 = defsym("list");
var Qinteger = defsym("integer");
var Qencode_time = defsym("encode-time");
function state4() {
  return E.ext.timefns ??= {
    local: zoneFromTz(process.env.TZ === void 0 ? null : process.env.TZ),
    mktime: { offset: 0n }
  };
}
var invalidZone = (zone) => xsignal(Qerror, LString.fromJs("Invalid time zone specification"), zone);
var pad2 = (n) => String(n).padStart(2, "0");
function tzlookup(zone) {
  if (zone === NIL) return state4().local;
  if (zone === T || zone === 0) return UTC_ZONE;
  if (zone === Qwall) return zoneFromTz(null);
  if (zone instanceof LString) return zoneFromTz(zone.s);
  const plain = typeof zone === "number";
  if (plain || zone instanceof Cons && typeof zone.car === "number" && zone.cdr instanceof Cons) {
    let abbr = NIL;
    let z;
    if (plain) z = zone;
    else {
      const c = zone;
      z = c.car;
      abbr = c.cdr.car;
    }
    const abs = Math.abs(z), hour = Math.floor(abs / 3600), rem = abs % 3600, min = Math.floor(rem / 60), sec = rem % 60;
    const tail = `${z < 0 ? "" : "-"}${hour}:${pad2(min)}:${pad2(sec)}`;
    let s;
    if (plain) {
      let prec = 2, num = hour;
      if (rem !== 0) {
        prec += 2;
        num = num * 100 + min;
        if (sec !== 0) {
          prec += 2;
          num = num * 100 + sec;
        }
      }
      s = `<${z < 0 ? "-" : "+"}${String(num).padStart(prec, "0")}>${tail}`;
    } else {
      if (!(abbr instanceof LString)) return wrongType(Qstringp, abbr);
      s = `<${abbr.s}>${tail}`;
    }
    return zoneFromTz(s);
  }
  return invalidZone(zone);
}
function localtimeOrError(zone, sec) {
  return localtime(zone, Math.abs(Number(sec)) <= Number.MAX_SAFE_INTEGER ? Number(sec) : sec) ?? timeOverflow();
}
defun("current-time", "()", `Return the current time, as the number of seconds since 1970-01-01 00:00:00.
The time is returned as a list of integers (HIGH LOW USEC PSEC).
HIGH has the most significant bits of the seconds, while LOW has the
least significant 16 bits.  USEC and PSEC are the microsecond and
picosecond counts.`, () => {
  const ns = nowNs();
  const s = ns / 1000000000n, rem = Number(ns % 1000000000n);
  return list(lispInt(s >> 16n), Number(s & 0xffffn), Math.floor(rem / 1e3), rem % 1e3 * 1e3);
});
defun("float-time", "(&optional specified-time)", `Return the current time, as a float number of seconds since the epoch.
If SPECIFIED-TIME is given, it is a time value to convert to float
instead of the current time.  See \`format-time-string' for the various
forms of a time value.`, (spec) => {
  if (spec === NIL) return mkFloat((performance.timeOrigin + performance.now()) / 1e3);
  return mkFloat(lispTimeToDouble(spec));
});
defun("time-add", "(a b)", `Return the sum of two time values A and B, as a time value.
See \`format-time-string' for the various forms of a time value.
For example, nil stands for the current time.`, (a, b) => timeArith(a, b, false));
defun("time-subtract", "(a b)", `Return the difference between two time values A and B, as a time value.
You can use \`float-time' to convert the difference into elapsed seconds.
See \`format-time-string' for the various forms of a time value.
For example, nil stands for the current time.`, (a, b) => timeArith(a, b, true));
defun("time-less-p", "(a b)", `Return non-nil if time value A is less than time value B.
See \`format-time-string' for the various forms of a time value.
For example, nil stands for the current time.`, (a, b) => bool(timeCmp(a, b) < 0));
defun("time-equal-p", "(a b)", `Return non-nil if A and B are equal time values.
See \`format-time-string' for the various forms of a time value.`, (a, b) => bool(timeCmp(a, b) === 0));
defun("time-convert", "(time &optional form)", `Convert TIME value to a Lisp timestamp.
With optional FORM, convert to that timestamp form.
Truncate the returned value toward minus infinity.

If FORM is nil (the default), return the same form as \`current-time'.
If FORM is a positive integer, return a pair of integers (TICKS . FORM),
where TICKS is the number of clock ticks and FORM is the clock frequency
in ticks per second.  If FORM is t, return (TICKS . PHZ), where
PHZ is a suitable clock frequency in ticks per second.  If FORM is
\`integer', return an integer count of seconds.  If FORM is \`list',
return an integer list (HIGH LOW USEC PSEC).`, (time, form) => convertTime(time, form, Qlist2, Qinteger, T));
function formatTime(format, sec, ns, zone) {
  const z = tzlookup(zone);
  const tm = localtimeOrError(z, sec);
  return { text: strftime(format, { tm, ns, t: sec }), tm };
}
defun("format-time-string", "(format-string &optional time zone)", `Use FORMAT-STRING to format the time value TIME.
A time value that is omitted or nil stands for the current time,
a number stands for that many seconds, an integer pair (TICKS . HZ)
stands for TICKS/HZ seconds, and an integer list (HI LO US PS) stands
for HI*2**16 + LO + US/10**6 + PS/10**12 seconds.

The optional ZONE is omitted or nil for Emacs local time, t for
Universal Time, \`wall' for system wall clock time, or a string as in
the TZ environment variable.  It can also be a list (as from
\`current-time-zone') or an integer (as from \`decode-time') applied
without consideration for daylight saving time.

%Y %y %C %G %g %m %b %h %B %d %e %u %w %a %A %U %W %V %j %H %I %k %l %p %q
%M %S %s %N %Z %z %c %x %D %F %R %T %r %X %n %t %% are supported, with the
flags - _ 0 + ^ #, a field width, and the modifiers E and O.`, (fmt, time, zone) => {
  const ts = timeArgument(time);
  const f = checkString(fmt);
  return new LString(formatTime(f.s, ts.sec, ts.ns, zone).text, true);
});
defun("decode-time", "(&optional time zone form)", `Decode a time value as (SEC MINUTE HOUR DAY MONTH YEAR DOW DST UTCOFF).
The optional TIME is the time value to convert.  See
\`format-time-string' for the various forms of a time value.

The optional ZONE is omitted or nil for Emacs local time, t for
Universal Time, \`wall' for system wall clock time, or a string as in
the TZ environment variable.  It can also be a list (as from
\`current-time-zone') or an integer (the UTC offset in seconds) applied
without consideration for daylight saving time.

The optional FORM specifies the form of the SEC member.  If \`integer',
SEC is an integer; if t, SEC is an integer or (TICKS . HZ) timestamp
with the same precision as TIME.`, (time, zone, form) => {
  const { t: lt } = decodeLispTime(time, { warn: true });
  const ts = toTimespec(lt) ?? timeOverflow();
  const z = tzlookup(zone);
  const tm = localtimeOrError(z, ts.sec);
  let sec = tm.sec;
  if (lt.hz !== 1n && form === T) sec = new Cons(lispInt(lt.hz * BigInt(tm.sec) + floorMod(lt.ticks, lt.hz)), lispInt(lt.hz));
  return list(
    sec,
    tm.min,
    tm.hour,
    tm.mday,
    tm.mon + 1,
    tm.year + 1900,
    tm.wday,
    tm.isdst < 0 ? -1 : tm.isdst === 0 ? NIL : T,
    tm.gmtoff
  );
});
function checkTmMember(obj, offset) {
  if (typeof obj !== "number") {
    if (typeof obj === "bigint" && obj >= -(2n ** 61n) && obj < 2n ** 61n) return timeOverflow();
    return wrongType(defsym("fixnump"), obj);
  }
  const n = obj - offset;
  if (n < -2147483648 || n > 2147483647) timeOverflow();
  return n;
}
defun("encode-time", "(time &rest obsolescent-arguments)", `Convert TIME to a timestamp.

TIME is a list (SECOND MINUTE HOUR DAY MONTH YEAR IGNORED DST ZONE).
in the style of \`decode-time', so that (encode-time (decode-time ...)) works.
In this list, ZONE can be nil for Emacs local time, t for Universal
Time, \`wall' for system wall clock time, or a string as in the TZ
environment variable.  It can also be a list (as from
\`current-time-zone') or an integer (as from \`decode-time') applied
without consideration for daylight saving time.  If ZONE specifies a
time zone with daylight-saving transitions, DST is t for daylight
saving time, nil for standard time, and -1 to cause the daylight
saving flag to be guessed.

As an obsolescent calling convention, if this function is called with
6 or more arguments, the first 6 arguments are SECOND, MINUTE, HOUR,
DAY, MONTH, and YEAR, and specify the components of a decoded time.
If there are more than 6 arguments the *last* argument is used as ZONE.`, (...args) => {
  let zone = NIL;
  let isdst = -1;
  let secarg, minarg, hourarg, mdayarg, monarg, yeararg;
  if (args.length === 1) {
    let tail = args[0];
    const items = [];
    for (let i = 0; i < 9; i++) {
      if (!(tail instanceof Cons)) return wrongType(defsym("consp"), tail);
      items.push(tail.car);
      tail = tail.cdr;
    }
    [secarg, minarg, hourarg, mdayarg, monarg, yeararg] = items;
    const dstflag = items[7];
    zone = items[8];
    if (dstflag instanceof LSymbol && typeof zone !== "number" && !(zone instanceof Cons)) isdst = dstflag !== NIL ? 1 : 0;
  } else if (args.length < 6) {
    return xsignal(Qwrong_number_of_arguments, Qencode_time, args.length);
  } else {
    if (args.length > 6) zone = args[args.length - 1];
    [secarg, minarg, hourarg, mdayarg, monarg, yeararg] = args;
  }
  const { t: lt } = decodeLispTime(secarg);
  const hz = lt.hz;
  const secq = hz === 1n ? lt.ticks : floorDiv(lt.ticks, hz);
  const subsec = hz === 1n ? 0n : floorMod(lt.ticks, hz);
  const tin = {
    sec: checkTmMember(lispInt(secq), 0),
    min: checkTmMember(minarg, 0),
    hour: checkTmMember(hourarg, 0),
    mday: checkTmMember(mdayarg, 0),
    mon: checkTmMember(monarg, 1),
    year: checkTmMember(yeararg, 1900),
    isdst
  };
  const z = tzlookup(zone);
  const r = mktime(z, tin, state4().mktime) ?? timeOverflow();
  if (hz === 1n) return list(lispInt(r.t >> 16n), Number(r.t & 0xffffn));
  return new Cons(lispInt(hzTicks({ ticks: r.t, hz: 1n }, lispInt(hz)) + subsec), lispInt(hz));
});
var WDAY2 = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
var MON2 = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
defun("current-time-string", "(&optional specified-time zone)", `Return the current local time, as a human-readable string.
Programs can use this function to decode a time,
since the number of columns in each field is fixed
if the year is in the range 1000-9999.
The format is \`Sun Sep 16 01:03:52 1973'.
However, see also the functions \`decode-time' and \`format-time-string'
which provide a much more powerful and general facility.`, (spec, zone) => {
  const sec = secondsArgument(spec);
  const tm = localtimeOrError(tzlookup(zone), sec);
  const s = `${WDAY2[tm.wday]} ${MON2[tm.mon]}${String(tm.mday).padStart(3)} ${pad2(tm.hour)}:${pad2(tm.min)}:${pad2(tm.sec)} ${tm.year + 1900}`;
  return new LString(s, false);
});
defun("current-time-zone", "(&optional specified-time zone)", `Return the offset and name for the local time zone.
This returns a list of the form (OFFSET NAME).
OFFSET is an integer number of seconds ahead of UTC (east of Greenwich).
    A negative value means west of Greenwich.
NAME is a string giving the name of the time zone.`, (spec, zone) => {
  const sec = secondsArgument(spec);
  const { text, tm } = formatTime("%Z", sec, 0, zone);
  const offset = tm.gmtoff;
  let name = new LString(text, true);
  if (text.length === 0) {
    const hour = Math.trunc(offset / 3600), minSec = offset % 3600, amin = Math.abs(minSec);
    const min = Math.floor(amin / 60), s = amin % 60;
    const h = (hour < 0 ? "-" : "") + String(Math.abs(hour)).padStart(2, "0");
    name = new LString((offset < 0 ? "-" : "+") + h + (minSec ? pad2(min) : "") + (s ? pad2(s) : ""), false);
  }
  return list(offset, name);
});
defun("set-time-zone-rule", "(tz)", `Set the Emacs local time zone using TZ, a string specifying a time zone rule.
If TZ is nil or \`wall', use system wall clock time; this differs from
the usual Emacs convention where nil means current local time.  If TZ
is t, use Universal Time.  If TZ is a list (as from
\`current-time-zone') or an integer (as from \`decode-time'), use the
specified time zone without consideration for daylight saving time.`, (tz) => {
  state4().local = tzlookup(tz === NIL ? Qwall : tz);
  return NIL;
});

// src/emacs.ts
import { readFileSync as readFileSync3, existsSync } from "node:fs";
import { dirname, join, resolve as resolvePath } from "node:path";
import { fileURLToPath } from "node:url";
var TSMACS_VERSION = "0.1.0";
var Vnoninteractive = defvar("noninteractive", NIL, "Non-nil means Emacs is running without interactive terminal.");
var Vcommand_line_args = defvar("command-line-args", NIL, "Args passed by shell to Emacs, as a list of strings.");
var Vcommand_line_args_left = defvar("command-line-args-left", NIL, "List of command-line args not yet processed.");
defvar("emacs-version", () => mkStr("28.2"), "Version numbers of this version of Emacs (the GNU release tsmacs follows).");
defvar("emacs-major-version", 28, "Major version number of this version of Emacs.");
defvar("emacs-minor-version", 2, "Minor version number of this version of Emacs.");
defvar("emacs-build-number", 1, "The build number of this version of Emacs.");
defvar("tsmacs-version", () => mkStr(TSMACS_VERSION), "Version of tsmacs itself.");
defvar("system-type", defsym("gnu/linux"), "The value is a symbol indicating the type of operating system you are using.");
defvar("system-configuration", () => mkStr(`${process.arch}-pc-linux-gnu`), "Value is string indicating configuration Emacs was built for.");
defvar("invocation-name", () => mkStr("tsmacs"), "The program name that was used to run Emacs.");
defvar("invocation-directory", () => mkStr(dirname(process.argv[1] ?? ".") + "/"), "The directory in which the Emacs executable was found.", { perStart: true });
defvar("window-system", NIL, "Name of window system through which the selected frame is displayed.");
defvar("initial-window-system", NIL, "Name of the window system that Emacs uses for the first frame.");
var Vkill_emacs_hook = defvar("kill-emacs-hook", NIL, "Hook run when `kill-emacs' is called.");
defvar("command-line-processed", NIL, "Non-nil once command line has been processed.");
var Vfiles_to_visit = defvar("tsmacs--files-to-visit", NIL, "File arguments of the command line, visited once buffers exist.");
defun("kill-emacs", "(&optional arg restart)", "Exit the Emacs job and kill it.", (arg) => {
  try {
    funcall(defsym("run-hooks"), Vkill_emacs_hook);
  } catch {
  }
  throw new KillEmacs(typeof arg === "number" ? arg & 255 : arg instanceof LString ? arg.s : 0);
});
function lispDir() {
  const here = typeof __filename === "string" ? dirname(__filename) : dirname(fileURLToPath(import.meta.url));
  for (const c of [join(here, "..", "lisp"), join(here, "..", "..", "lisp")]) if (existsSync(c)) return resolvePath(c);
  return resolvePath("lisp");
}
var PRELOAD = ["byte-run.el", "subr.el"];
function createEnv(opts = {}) {
  const env = new Env();
  enterEnv(env);
  for (const subr of subrRegistry) env.intern(subr.name).setFunction(subr);
  for (const v of varRegistry) {
    const sym2 = v.sym;
    sym2.special = v.notSpecial !== true;
    if (v.forward) {
      sym2.r = 3 /* Forwarded */;
      sym2.x = v.forward(env);
    } else sym2.v = typeof v.init === "function" ? v.init() : v.init;
    if (v.constant) sym2.trapped = 1 /* NoWrite */;
    if (v.doc) putProp(sym2, env.intern("variable-documentation"), mkStr(v.doc));
  }
  for (const [name, msg, ...parents] of STANDARD_ERRORS) {
    const sym2 = env.intern(name);
    putProp(sym2, Qerror_conditions, arrayToList([sym2, ...parents.map((p) => env.intern(p))]));
    putProp(sym2, Qerror_message, mkStr(msg));
  }
  const jsErr = env.intern("js-error");
  putProp(jsErr, Qerror_conditions, list(jsErr, env.intern("error")));
  putProp(jsErr, Qerror_message, mkStr("JavaScript error"));
  if (opts.preload !== false) {
    const dir = lispDir();
    for (const f of PRELOAD) loadLispSource(readFileSync3(join(dir, f), "utf8"));
  }
  return env;
}
function loadLispSource(src) {
  for (const form of readAll(src)) evalForm(form, T);
}

// test/lread.test.ts
createEnv();
var READER_CASES = [
  // Integers and floats.
  "0",
  "1",
  "-1",
  "+1",
  "1.",
  "-1.",
  "+0",
  "-0",
  "00012",
  "123456789012345678901234567890",
  "-9007199254740993",
  "9007199254740991",
  "9007199254740992",
  "2305843009213693951",
  "2305843009213693952",
  "-2305843009213693953",
  "18446744073709551616",
  "1.5",
  "-.5",
  "+.5",
  "1.5e3",
  "1e3",
  "1E3",
  "1.e3",
  "1e-3",
  "123.456e-7",
  "6.02e23",
  "0.1",
  "1e400",
  "-1e400",
  "1e-400",
  "-0.0",
  "0.0",
  "1.0e+INF",
  "-1.0e+INF",
  "1e+INF",
  "0.0e+NaN",
  "-0.0e+NaN",
  "5.0e+NaN",
  "1.0e+NaNx",
  "1.0e+INFy",
  "1.0e-INF",
  ".e3",
  "1.5e",
  "1.5e+",
  "1.5.3",
  "1_000",
  "1+",
  "+",
  "-",
  "1-",
  "+-1",
  "1/2",
  "0x10",
  "1a",
  "+1a",
  ".5e1",
  "-1.5E-2",
  "#x10",
  "#X10",
  "#xff",
  "#xFF",
  "#x-ff",
  "#x+1a",
  "#o17",
  "#O17",
  "#b101",
  "#B-101",
  "#24r1k",
  "#36rZZ",
  "#2r1010",
  "#3r12",
  "#x1g",
  "#x",
  "#b2",
  "#1r0",
  "#37r1",
  "#0r1",
  "#xFFFFFFFFFFFFFFFFFFFF",
  "#10r99",
  "#x1.5",
  "#x-",
  "#o8",
  "#x 1",
  "#99999999999999999999r1",
  "#9223372036854775808r1",
  "#10R5",
  "#o-0",
  // Symbols.
  "foo",
  "FOO",
  "foo-bar",
  "\\123",
  "a\\ b",
  "\\(",
  "a\\",
  "\\",
  "nil",
  "t",
  ":key",
  "##",
  "#:foo",
  "#:",
  "#:1",
  "#:\\(",
  "#_foo",
  "#_",
  "#_1",
  "a#b",
  "a?b",
  "a'b",
  "a;b",
  'a"b',
  "a,b",
  "a`b",
  "a(b",
  "a[b",
  "\xE9",
  "\u03BBx",
  "\u{1F600}",
  "a\xA0b",
  "\\.",
  "\\-1",
  "-\\1",
  "1\\.5",
  "\\\u{1F600}x",
  "foobar",
  "\\nil",
  "a.b",
  ".a",
  "..",
  "...",
  ".",
  "a\\\nb",
  "\\\\",
  "\\#a",
  "a\\#",
  "x?",
  "-a",
  "+a",
  "1+a",
  // Character literals.
  "?a",
  "?A",
  "? ",
  "?	",
  "?\\t",
  "?\\n",
  "?\\s",
  "?\\s-a",
  "?\\d",
  "?\\e",
  "?\\a",
  "?\\b",
  "?\\f",
  "?\\r",
  "?\\v",
  "?\\C-a",
  "?\\C-A",
  "?\\C-%",
  "?\\^a",
  "?\\^?",
  "?\\C-?",
  "?\\^@",
  "?\\^[",
  "?\\C-[",
  "?\\^_",
  "?\\M-a",
  "?\\M-\\C-a",
  "?\\C-\\M-a",
  "?\\S-a",
  "?\\H-a",
  "?\\A-a",
  "?\\s-\\M-x",
  "?\\C-\\M-\\S-\\H-\\s-\\A-a",
  "?\\0",
  "?\\7",
  "?\\177",
  "?\\200",
  "?\\377",
  "?\\400",
  "?\\777",
  "?\\1234",
  "?\\x41",
  "?\\x80",
  "?\\xff",
  "?\\x100",
  "?\\x0ff",
  "?\\x3fff80",
  "?\\xfffffff",
  "?\\x10000000",
  "?\\x",
  "?\\xg",
  "?\\u00e9",
  "?\\U0001F600",
  "?\\U00110000",
  "?\\u12",
  "?\\uzzzz",
  "?\\u00E9",
  "?\\N{U+1F600}",
  "?\\N{U+D800}",
  "?\\N{U+110000}",
  "?\\N{U+}",
  "?\\N{}",
  "?\\N{U+41.}",
  "?\\N{U+-41}",
  "?\\N",
  "?\\Nx",
  "?\\N{U+41",
  "?\\N{\xE9}",
  "?\xE9",
  "?\u{1F600}",
  "?ab",
  "?a(",
  "?a)",
  "?(",
  "?)",
  "?[",
  "?]",
  '?"',
  "?;",
  "?",
  "?\\",
  "?\\M",
  "?\\M-",
  "?\\C-",
  "?\\Mx",
  "?\\^",
  "?\\C-\\0",
  "?\\C-\xE9",
  "?\\M-\xE9",
  "?\\C-\u{1F600}",
  "?a.",
  "?a?",
  "?a#",
  "?a'",
  "?a,",
  "?a`",
  '?a"',
  "?a;",
  "?\\(",
  "?\\\n",
  "?\\ ",
  "(?a?b)",
  "?\xA0",
  "?a\xA0",
  "?\\^\\M-a",
  "?\\C-\\s-a",
  "?\\s",
  "?\\S",
  "?\\S-",
  "?\\H",
  "?\\A",
  "?\\C",
  "?\\C-\\C-a",
  "?\\^\\^a",
  "?\\d-",
  // Strings.
  '"abc"',
  '""',
  '"a\\nb"',
  '"a\\\nb"',
  '"a\\ b"',
  '"\\s"',
  '"\\s-a"',
  '"\\d\\e"',
  '"\\C-a"',
  '"\\^@"',
  '"\\C- "',
  '"\\C-?"',
  '"\\^?"',
  '"\\C-%"',
  '"\\M-a"',
  '"\\M-\\C-b"',
  '"\\S-a"',
  '"\\S-A"',
  '"\\S-1"',
  '"\\H-a"',
  '"\\A-a"',
  '"\\s-a\\s"',
  '"\\200"',
  '"\\377abc"',
  '"\\x80"',
  '"\\x080"',
  '"\\xe9"',
  '"\\xe9\xE9"',
  '"\xE9\\xe9"',
  '"\\u00e9"',
  '"\\U0001F600"',
  '"\\x"',
  '"\\x41"',
  '"\\x4142"',
  '"\\N{U+41}"',
  '"\xE9"',
  '"\\""',
  '"\\\\"',
  '"a',
  '"\\',
  '"\\u12"',
  '"\\400"',
  '"\\M-\\200"',
  '"\\C-\\M-a"',
  '"\\M-\xE9"',
  '"\\q"',
  '"\\("',
  '"x\\ "',
  '"\\\n"',
  '"\u{1F600}"',
  '"a\nb"',
  '"\\t\\v\\f\\r\\a\\b"',
  '"\\0\\00\\000\\0000"',
  '"\\8"',
  '"\\M-"',
  '"\\C-\\u00e9"',
  '"\\x100"',
  '"\\xfffffff"',
  '"\\x3fff80"',
  '"\\u00e9\\200"',
  '"\\N{U+E9}x"',
  '"\\S-\\M-a"',
  '"\\^\\M-a"',
  '"\\M-\\^?"',
  '"\\ \\ x"',
  '"\\\n\\ "',
  '"a\\"b"c',
  '"x"y',
  // Lists, vectors and dots.
  "()",
  "(a)",
  "(a b c)",
  "(a . b)",
  "(a b . c)",
  "(. a)",
  "(a .b)",
  "(a . b c)",
  "(a . )",
  "(a .)",
  "(a . b . c)",
  "(a ]",
  "(a . b ]",
  "[a . b]",
  "[a b]",
  "[]",
  "[a (b) [c]]",
  "[a",
  "(a",
  "((a)",
  ")",
  "]",
  "(a))",
  "(a . b",
  "(1 . 2 )",
  "( . 2)",
  "(.)",
  "(. )",
  "[.]",
  "[. ]",
  "(a .;c\nb)",
  '(a ."s")',
  "(a .'b)",
  "(a .[b])",
  "(a . ,b)",
  "(a . (b c))",
  "(a .(b))",
  "(a . [b])",
  "(a .?b)",
  "(a .#xa)",
  "(a . .)",
  "(a . . b)",
  "(a\0b)",
  "(ab)",
  "\xA0a",
  "a",
  "[a . ]",
  "(. . a)",
  "(a . b) c",
  // Quote-like prefixes and comments.
  "'a",
  "'(a b)",
  "`(a ,b ,@c)",
  ",a",
  ",@a",
  ", a",
  "' a",
  "'",
  "'.",
  "')",
  "'  ;c\n a",
  "#'car",
  "#'",
  "#')",
  "`",
  ",",
  ",@",
  ",@)",
  "'']",
  "''a",
  "`,@a",
  "(a;comment\nb)",
  ";only comment",
  "",
  "   ",
  "; c\n a",
  "#!/bin/sh\nfoo",
  "(a #!x\nb)",
  "#!",
  "#@5 abc foo",
  "#@00 rest",
  "#@ x foo",
  "#@3abc",
  "#@",
  "#$",
  "(#$ . 1)",
  "a b",
  "(a b) c",
  "(a)(b)",
  "?a b",
  // # syntax.
  "#",
  "#<foo>",
  "#z",
  "#s",
  "#s[",
  "#s(foo)",
  "#s(foo a b)",
  "#s()",
  "#s(foo . bar)",
  "#s(1 2)",
  "#s(foo",
  "#s (foo)",
  "#^[1 2]",
  "#^^[1 2]",
  "#^x",
  "#^^x",
  "#^^[3 0 1]",
  '#&3"\\5"',
  '#&0""',
  '#&8"a"',
  '#&8"ab"',
  '#&9"ab"',
  '#&9"a"',
  '#&3 "a"',
  "#&3",
  '#&x"a"',
  '#&3"\xE9"',
  '#&16"\\377\\1"',
  '#&10"\\377\\377"',
  '#&"a"',
  '#[(x) "\\300" [] 1]',
  "#[(x) (a) nil 1]",
  "#[1 2 3]",
  '#[x "" [] 1]',
  '#[nil "" [] -1]',
  '#[257 "\\300\\207" [] 2 "doc"]',
  '#[(x) "\xE9" [] 1]',
  '#[(x) "" nil 1]',
  '#[(x) "" [] 1.0]',
  '#[(x) "" [] 1 "doc" (interactive) 7]',
  "#[]",
  "#[(x",
  "#1=(a . #1#)",
  "#1=(a #1#)",
  "#1=[a #1#]",
  "(#1=a #1#)",
  "(#1=(b) #1#)",
  "#1=#1#",
  "#2#",
  "(#1=a #2#)",
  "#1=#s(foo #1#)",
  '(#1="x" #1#)',
  "#99999999999999999999=a",
  "#2305843009213693952=a",
  "(#2305843009213693951=a #2305843009213693951#)",
  "#1=(a . #2=(b . #1#))",
  "(#1=(a . #1#) #1#)",
  "#1=#:foo",
  "(#1=#:foo #1#)",
  "(#1=1.5 #1#)",
  "#1=",
  "#1=)",
  "(#1=a . #1#)",
  "#1=(#1# . #1#)",
  "[#1=[#1#] #1#]",
  "(#01=a #1#)",
  "#1=#2=(a #1# #2#)",
  "(#1=a #1=b #1#)",
  "#1=#1=a",
  "#1#",
  "#1=`(,#1#)",
  '#1=#&3"\\5"',
  '#1=#[(x) "" [#1#] 1]',
  '#("a" 0 1 nil)',
  "#(1 2)",
  '#("a" 0)',
  '#("a" 0 1)',
  '#("a" 0 1 nil 2)',
  '#("a"]',
  '#("a" . 1)',
  "#)",
  "#()",
  '#("a"',
  "#( . 1)",
  "#s(hash-table)",
  "#s(hash-table test equal data (a 1 b 2))",
  "#s(hash-table data (a))",
  "#s(hash-table size 3 test eq data (a 1 a 2))",
  '#s(hash-table data ("a" 1 "a" 2))',
  "#s(hash-table test eql data (1.0 x 1.0 y))",
  "#s(hash-table data (a 1 . b))",
  "#s(hash-table data x)",
  "#s(hash-table weakness key data (a 1))",
  '#s(hash-table test equal data ("a" 1 "a" 2))',
  // From GNU's test/src/lread-tests.el.
  "?\\N{U+A817}",
  '"a\\N{U+A817}b"',
  "?\\N{0.5}",
  "?\\N{U+-0}",
  "?\\N{LATIN CAPITAL LETTER \xD8}",
  "?\\N{U+D801}",
  "?\\N{U+Dffe}",
  "?\\N{U+DFFF}",
  "?\\N{DOES NOT EXIST}",
  "#24r",
  "#b",
  "#o",
  "(#1=#s(foo) #1#)",
  "#s(hash-table data #0=(#0# . #0#))",
  "#xffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff",
  "0e5",
  "-0e5",
  "-.0e-5",
  "-0.e-5",
  "+0.",
  "-0.",
  "13e+4",
  "+4.e+3",
  "625e-4",
  "-5.e-1",
  "+.25"
];
var codes = (s) => new LString(s, true).chars();
function floatText(x) {
  if (Number.isNaN(x)) {
    const dv = new DataView(new ArrayBuffer(8));
    dv.setFloat64(0, x);
    return dv.getUint32(0) >>> 31 ? "-nan" : "nan";
  }
  if (x === Infinity) return "inf";
  if (x === -Infinity) return "-inf";
  return Object.is(x, -0) ? "-0" : String(x);
}
function describe(obj) {
  const ids = /* @__PURE__ */ new Map();
  let count = 0;
  const d = (o) => {
    if (typeof o === "number" || typeof o === "bigint") return { i: String(o) };
    if (o instanceof LFloat) return { f: floatText(o.n) };
    if (o instanceof LSymbol) return { s: codes(o.name), in: E.obarray.get(o.name) === o };
    const id = ids.get(o);
    if (id !== void 0) return { ref: id };
    ids.set(o, ++count);
    if (o instanceof LString) return { str: o.chars(), mb: o.multibyte };
    if (o instanceof Cons) return { c: [d(o.car), d(o.cdr)] };
    if (Array.isArray(o)) return { v: o.map(d) };
    if (o instanceof LRecord) return { r: o.slots.map(d) };
    if (o instanceof ByteCode) return { bc: o.slots.map(d) };
    if (o instanceof BoolVector) return { bv: Array.from(o.bits).join("") };
    if (o instanceof HashTable) {
      const data = [];
      o.forEach((k, v) => {
        data.push(d(k), d(v));
      });
      return { h: d(o.test.name), data };
    }
    if (o instanceof CharTable) return { ct: d(o.purpose), a: d(charTableGet(o, 97)) };
    return { other: o.lispType };
  };
  return d(obj);
}
function outcome(input) {
  try {
    const { obj, end } = readFromLString(new LString(input, true));
    return { ok: describe(obj), end };
  } catch (e) {
    if (e instanceof LispSignal) return { err: describe(new Cons(e.sym, e.data)) };
    throw e;
  }
}
function normalise(x) {
  if (Array.isArray(x)) return x.map(normalise);
  if (x && typeof x === "object") {
    const out = {};
    for (const [k, v] of Object.entries(x)) {
      out[k] = k === "f" && typeof v === "string" && !/^-?(nan|inf)$/.test(v) ? floatText(Number(v)) : normalise(v);
    }
    return out;
  }
  return x;
}
var CORPUS = join2(process.cwd(), "test/corpus/lread-reader.json");
function lispString(s) {
  let out = '"';
  for (const ch of s) {
    const c = ch.codePointAt(0);
    if (ch === '"' || ch === "\\") out += "\\" + ch;
    else if (c < 32 && c !== 10 && c !== 9) out += "\\" + c.toString(8).padStart(3, "0");
    else out += ch;
  }
  return out + '"';
}
var GENERATOR = `
(defun lread-t--codes (s) (concat "[" (mapconcat #'number-to-string (string-to-list s) ",") "]"))
(defvar lread-t--ids nil)
(defvar lread-t--n 0)
(defun lread-t--f (x)
  (cond ((isnan x) (if (< (copysign 1.0 x) 0) "-nan" "nan"))
        ((= x 1.0e+INF) "inf") ((= x -1.0e+INF) "-inf")
        (t (format "%.17g" x))))
(defun lread-t--seq (o n) (let (r) (dotimes (i n) (push (lread-t--d (aref o i)) r)) (mapconcat #'identity (nreverse r) ",")))
(defun lread-t--d (o)
  (cond
   ((integerp o) (format "{\\"i\\":\\"%d\\"}" o))
   ((floatp o) (format "{\\"f\\":\\"%s\\"}" (lread-t--f o)))
   ((symbolp o) (format "{\\"s\\":%s,\\"in\\":%s}" (lread-t--codes (symbol-name o))
                        (if (eq (intern-soft (symbol-name o)) o) "true" "false")))
   ((gethash o lread-t--ids) (format "{\\"ref\\":%d}" (gethash o lread-t--ids)))
   (t (puthash o (setq lread-t--n (1+ lread-t--n)) lread-t--ids)
      (cond
       ((stringp o) (format "{\\"str\\":%s,\\"mb\\":%s}" (lread-t--codes o) (if (multibyte-string-p o) "true" "false")))
       ((consp o) (let* ((a (lread-t--d (car o))) (b (lread-t--d (cdr o)))) (format "{\\"c\\":[%s,%s]}" a b)))
       ((vectorp o) (format "{\\"v\\":[%s]}" (lread-t--seq o (length o))))
       ((recordp o) (format "{\\"r\\":[%s]}" (lread-t--seq o (length o))))
       ((byte-code-function-p o) (format "{\\"bc\\":[%s]}" (lread-t--seq o (length o))))
       ((bool-vector-p o) (format "{\\"bv\\":\\"%s\\"}" (mapconcat (lambda (b) (if b "1" "0")) o "")))
       ((hash-table-p o) (let (data) (maphash (lambda (k v) (push (lread-t--d k) data) (push (lread-t--d v) data)) o)
                           (format "{\\"h\\":%s,\\"data\\":[%s]}" (lread-t--d (hash-table-test o))
                                   (mapconcat #'identity (nreverse data) ","))))
       ((char-table-p o) (format "{\\"ct\\":%s,\\"a\\":%s}" (lread-t--d (char-table-subtype o)) (lread-t--d (aref o 97))))
       (t (format "{\\"other\\":\\"%s\\"}" (type-of o)))))))
(defun lread-t--run () (dolist (in lread-t--inputs)
  (setq lread-t--ids (make-hash-table :test 'eq) lread-t--n 0)
  (princ (condition-case err
             (let ((r (read-from-string in)))
               (format "{\\"ok\\":%s,\\"end\\":%d}" (lread-t--d (car r)) (cdr r)))
           (error (setq lread-t--ids (make-hash-table :test 'eq) lread-t--n 0)
                  (format "{\\"err\\":%s}" (lread-t--d err)))))
  (terpri)))
`;
function gnuAnswers(inputs, dir) {
  const file = join2(dir, "gen.el");
  writeFileSync(file, `;; -*- lexical-binding: t; coding: utf-8 -*-
(defvar lread-t--inputs (list
${inputs.map(lispString).join("\n")}))
${GENERATOR}`);
  try {
    const out = execFileSync("emacs", ["-Q", "--batch", "-l", file, "--eval", "(lread-t--run)"], { encoding: "utf8", maxBuffer: 1 << 26, stdio: ["ignore", "pipe", "ignore"] });
    const lines = out.trim().split("\n");
    assert.equal(lines.length, inputs.length, "one answer per input");
    return lines.map((l) => JSON.parse(l));
  } catch (e) {
    if (inputs.length === 1) return [null];
    return inputs.flatMap((input) => gnuAnswers([input], dir));
  }
}
function regenerate() {
  const dir = mkdtempSync(join2(tmpdir(), "lread-gen-"));
  const answers = [];
  for (let i = 0; i < READER_CASES.length; i += 40) answers.push(...gnuAnswers(READER_CASES.slice(i, i + 40), dir));
  const corpus = READER_CASES.map((input, i) => ({ input, expected: answers[i] })).filter((c) => c.expected !== null);
  writeFileSync(CORPUS, JSON.stringify(corpus, null, 0).replace(/\},\{"input"/g, '},\n{"input"') + "\n");
}
if (process.env.LREAD_REGEN) regenerate();
test("read-from-string agrees with GNU Emacs 28.2 on the reader corpus", () => {
  const corpus = JSON.parse(readFileSync4(CORPUS, "utf8"));
  assert.ok(corpus.length >= 300, "corpus present");
  const hashTables = defsym("make-hash-table").f !== NIL;
  const failures = [];
  for (const { input, expected } of corpus) {
    if (!hashTables && input.includes("#s(hash-table")) continue;
    const got = outcome(input);
    try {
      assert.deepStrictEqual(normalise(got), normalise(expected));
    } catch {
      failures.push(`${JSON.stringify(input)}
   got ${JSON.stringify(got)}
  want ${JSON.stringify(expected)}`);
    }
  }
  assert.equal(failures.length, 0, failures.join("\n"));
});
var sym = (name) => E.intern(name);
function signalOf(f) {
  try {
    f();
  } catch (e) {
    if (e instanceof LispSignal) return [e.sym.name, describe(e.data)];
    throw e;
  }
  return ["none", null];
}
test("readAll reads every form and skips comments between them", () => {
  const forms = readAll(';; header\n(a) b ; trailing\n"c"\n;; end');
  assert.equal(forms.length, 3);
  assert.equal(forms[0].car, sym("a"));
  assert.equal(forms[1], sym("b"));
  assert.equal(forms[2].s, "c");
  assert.deepEqual(readAll("  \n; nothing\n"), []);
});
test("backquote forms read as (\\` x), (\\, x) and (\\,@ x)", () => {
  const f = readFromString("`(a ,b ,@c)");
  assert.equal(f.car, sym("`"));
  const inner = f.cdr.car;
  const b = inner.cdr.car, c = inner.cdr.cdr.car;
  assert.equal(b.car, sym(","));
  assert.equal(c.car, sym(",@"));
});
test("NaN payload and sign survive reading", () => {
  const dv = new DataView(new ArrayBuffer(8));
  dv.setFloat64(0, readFromString("-5.0e+NaN").n);
  assert.equal(dv.getUint32(0).toString(16), "fff80000");
  assert.equal(dv.getUint32(4), 5);
});
test("circular structure: #1=(a . #1#) is a one-cell cycle", () => {
  const c = readFromString("#1=(a . #1#)");
  assert.equal(c.cdr, c);
  const v = readFromString("#1=[x #1#]");
  assert.equal(v[1], v);
});
test("read-circle nil makes #N= invalid syntax", () => {
  const rc = sym("read-circle");
  const old = rc.v;
  rc.v = NIL;
  try {
    assert.deepEqual(signalOf(() => readFromString("#1=a")), ["invalid-read-syntax", describe(new Cons(mkStr("#"), NIL))]);
  } finally {
    rc.v = old;
  }
});
test("string-to-number's helper parses numeric prefixes", () => {
  assert.deepEqual(stringToNumber("12abc"), { value: 12, length: 2 });
  assert.equal(stringToNumber("ff", 16).value, 255);
  assert.equal(stringToNumber("abc").value, void 0);
});
test("#$ reads load-file-name and reading past the end names the file being loaded", () => {
  const lf = sym("load-file-name"), ltf = sym("load-true-file-name");
  lf.v = mkStr("/x/y.el");
  ltf.v = mkStr("/x/y.el");
  try {
    assert.equal(readFromString("#$").s, "/x/y.el");
    const [name, data] = signalOf(() => readFromString("(a"));
    assert.equal(name, "end-of-file");
    assert.deepEqual(data, describe(new Cons(mkStr("/x/y.el"), NIL)));
  } finally {
    lf.v = NIL;
    ltf.v = NIL;
  }
});
test("deeply nested input reads without exhausting the JS stack", () => {
  const n = 2e5;
  let v = readFromString("(".repeat(n) + ")".repeat(n));
  let depth = 0;
  while (v instanceof Cons) {
    v = v.car;
    depth++;
  }
  assert.equal(depth, n - 1);
  assert.equal(signalOf(() => readFromString("'".repeat(n)))[0], "end-of-file");
});
test("obarrays: intern, intern-soft, unintern and mapatoms on a fresh vector", () => {
  const ob = funcall(sym("obarray-make"), 7);
  const a = funcall(sym("intern"), mkStr("alpha"), ob);
  assert.equal(funcall(sym("intern"), mkStr("alpha"), ob), a);
  assert.notEqual(a, sym("alpha"));
  assert.equal(funcall(sym("intern-soft"), mkStr("alpha"), ob), a);
  assert.equal(funcall(sym("intern-soft"), sym("alpha"), ob), NIL);
  const seen = [];
  const collector = { fn: (s) => {
    seen.push(s);
    return NIL;
  } };
  const subr = new (E.intern("car")).f.constructor(
    "collect",
    1,
    1,
    collector.fn,
    "",
    "(s)",
    void 0
  );
  funcall(sym("mapatoms"), subr, ob);
  assert.deepEqual(seen, [a]);
  assert.equal(funcall(sym("unintern"), mkStr("alpha"), ob), T);
  assert.equal(funcall(sym("intern-soft"), mkStr("alpha"), ob), NIL);
  assert.deepEqual(signalOf(() => funcall(sym("intern"), mkStr("x"), [])), [
    "wrong-type-argument",
    describe(new Cons(sym("vectorp"), new Cons([], NIL)))
  ]);
  const initial = findSymbolValue(sym("obarray"));
  assert.equal(initial.length, 15121);
  assert.equal(funcall(sym("intern"), mkStr("lread-test-sym"), initial), readFromString("lread-test-sym"));
  assert.equal(funcall(sym("intern-soft"), mkStr("lread-test-never-seen")), NIL);
});
test("keywords interned in the initial obarray are constants evaluating to themselves", () => {
  const k = readFromString(":lread-kw");
  assert.equal(k.v, k);
});
test("read-symbol-shorthands renames symbols on read, except #_ and punctuation-only names", () => {
  const v = sym("read-symbol-shorthands");
  v.v = new Cons(new Cons(mkStr("s-"), mkStr("my-string-")), NIL);
  try {
    assert.equal(readFromString("s-trim").name, "my-string-trim");
    assert.equal(readFromString("#_s-trim").name, "s-trim");
    assert.equal(readFromString("s-").name, "my-string-");
    assert.equal(readFromString("-").name, "-");
  } finally {
    v.v = NIL;
  }
});
test("read from a function stream unreads the character after the token", () => {
  const text = "foo bar";
  let i = 0;
  const pushed = [];
  const Subr3 = E.intern("car").f.constructor;
  const stream = new Subr3("stream", 0, 1, (c) => {
    if (c !== void 0 && c !== NIL) {
      pushed.push(c);
      i--;
      return NIL;
    }
    return i < text.length ? text.charCodeAt(i++) : NIL;
  }, "", "(&optional c)", void 0);
  assert.equal(funcall(sym("read"), stream), sym("foo"));
  assert.deepEqual(pushed, [32]);
  assert.equal(funcall(sym("read"), stream), sym("bar"));
});
function lisp(src) {
  try {
    let v = NIL;
    for (const f of readAll(src)) v = evalForm(f, T);
    return prin1ToString(v);
  } catch (e) {
    if (e instanceof LispSignal) return "ERR " + prin1ToString(new Cons(e.sym, e.data));
    throw e;
  }
}
var LISP_CASES = [
  ['(read-from-string "abc def" 3)', "(def . 7)"],
  ['(read-from-string "abc def" -3)', "(def . 7)"],
  ['(read-from-string "abc def" 1 2)', "(b . 2)"],
  ['(read-from-string "abc" 5)', 'ERR (args-out-of-range "abc" 5 nil)'],
  ['(read-from-string "abc" 2 1)', 'ERR (args-out-of-range "abc" 2 1)'],
  [`(read-from-string "abc" 'x)`, "ERR (wrong-type-argument integerp x)"],
  ["(read-from-string 'abc)", "ERR (wrong-type-argument stringp abc)"],
  ['(read-from-string "\xE9 b")', "(\xE9 . 1)"],
  ['(read-from-string "\\U0001F600 b")', "(\u{1F600} . 1)"],
  ['(read-from-string "\\"\\U0001F600\\" b")', '("\u{1F600}" . 3)'],
  ['(read-from-string "")', "ERR (end-of-file)"],
  ['(read "(a b)")', "(a b)"],
  ['(intern "foo" (make-vector 0 0))', "ERR (wrong-type-argument vectorp [])"],
  ["(intern 'foo)", "ERR (wrong-type-argument stringp foo)"],
  ['(intern-soft "car")', "car"],
  ["(intern-soft 'car)", "car"],
  ['(intern-soft "lread-never-x")', "nil"],
  ['(let ((ob (obarray-make 3))) (intern "a" ob) (intern "b" ob) (let (r) (mapatoms (lambda (s) (push (symbol-name s) r)) ob) (length r)))', "2"],
  ['(let ((ob (obarray-make 3))) (list (unintern "a" ob) (progn (intern "a" ob) (unintern "a" ob)) (intern-soft "a" ob)))', "(nil t nil)"],
  [`(let ((ob (make-vector 3 0))) (eq (intern "x" ob) 'x))`, "nil"],
  ['(let ((ob (make-vector 3 0))) (symbol-value (intern ":kw" ob)))', "ERR (void-variable :kw)"],
  ["(obarray-make 0)", "ERR (wrong-type-argument size 0)"],
  ["(obarray-make -1)", "ERR (wrong-type-argument size 0)"],
  ["(obarray-make 'a)", "ERR (wrong-type-argument number-or-marker-p a)"],
  ["(obarray-make 1.5)", "ERR (wrong-type-argument wholenump 1.5)"],
  ["(length obarray)", "15121"],
  ['(let ((obarray (make-vector 3 0))) (read "foo"))', "foo"],
  [`(let ((obarray (make-vector 3 0))) (eq (read "foo") 'foo))`, "nil"],
  ['(let ((obarray 5)) (read "foo"))', "ERR (wrong-type-argument vectorp 5)"],
  [
    `(let ((read-symbol-shorthands '(("x-" . "xyz-")))) (list (read "x-a") (intern "x-b") (intern-soft "x-b") (read "#_x-a")))`,
    "(xyz-a xyz-b xyz-b x-a)"
  ],
  [
    `(let ((s "foo bar") (i 0) (out nil)) (push (read (lambda (&optional ch) (if ch (progn (setq i (1- i)) (push (list 'unread ch) out) nil) (if (< i (length s)) (prog1 (aref s i) (setq i (1+ i))) nil)))) out) (list i out))`,
    "(3 (foo (unread 32)))"
  ],
  [
    `(let ((s "?a b") (i 0) (out nil)) (push (read (lambda (&optional ch) (if ch (progn (setq i (1- i)) (push (list 'unread ch) out) nil) (if (< i (length s)) (prog1 (aref s i) (setq i (1+ i))) nil)))) out) (list i out))`,
    "(2 (97 (unread 32)))"
  ],
  ['(let ((s "(a")) (read (lambda (&optional ch) (if ch nil (if (> (length s) 0) (prog1 (aref s 0) (setq s (substring s 1))) nil)))))', "ERR (end-of-file)"],
  [`(locate-file-internal "lread-nonexistent-file-x" load-path '(".el"))`, "nil"],
  ['(locate-file-internal "/etc" nil nil)', "nil"],
  [`(locate-file-internal "/etc" nil nil (lambda (_f) 'dir-ok))`, '"/etc"'],
  ['(locate-file-internal "/etc/passwd" nil)', '"/etc/passwd"'],
  [`(locate-file-internal "passwd" '("/tmp" "/etc"))`, '"/etc/passwd"'],
  [`(locate-file-internal "passwd" '("/etc") nil 4)`, '"/etc/passwd"'],
  ["(lread--substitute-object-in-subtree (list 1 'p) 'p t)", "nil"],
  ["(let ((x (list 1 'p))) (lread--substitute-object-in-subtree x 'p t) (eq (cadr x) x))", "t"],
  ['(eq (read "\\"\\"") (read "\\"\\""))', "t"],
  ['(load "lread-nonexistent" t)', "nil"],
  ["(load 'x)", "ERR (wrong-type-argument stringp x)"],
  ['(read "?\\\\N{NOSUCHNAME}")', 'ERR (invalid-read-syntax "\\\\N{NOSUCHNAME}")'],
  [
    `(progn (fset 'char-from-name (lambda (name &optional _ignore-case) (and (equal name "LATIN SMALL LETTER E WITH ACUTE") 233))) (prog1 (read "?\\\\N{LATIN  SMALL\\n LETTER E WITH ACUTE}") (fmakunbound 'char-from-name)))`,
    "233"
  ]
];
test("reader, obarray and load primitives agree with GNU Emacs 28.2", () => {
  const failures = LISP_CASES.map(([src, want]) => [src, want, lisp(src)]).filter(([, want, got]) => want !== got);
  assert.deepEqual(failures, []);
});
test("load searches load-path with suffixes, gunzips .el.gz, binds load-file-name and records load-history", () => {
  const dir = mkdtempSync(join2(tmpdir(), "lread-load-"));
  mkdirSync(join2(dir, "sub"));
  writeFileSync(join2(dir, "lt-plain.el"), "(setq lt-seen load-file-name)\n(setq lt-lex lexical-binding)\n");
  writeFileSync(join2(dir, "lt-lex.el"), ";;; lt-lex.el --- x  -*- lexical-binding: t -*-\n(setq lt-lex lexical-binding)\n");
  writeFileSync(join2(dir, "sub", "lt-gz.el.gz"), gzipSync(Buffer.from("(setq lt-gz (list load-in-progress load-true-file-name))\n")));
  writeFileSync(join2(dir, "lt-bad.el"), "(setq lt-ok 1)\n(foo\n");
  writeFileSync(join2(dir, "lt-elc.elc"), "garbage that must not be read");
  writeFileSync(join2(dir, "lt-elc.el"), "(setq lt-elc 'source)\n");
  const setq2 = (name, v) => {
    sym(name).v = v;
  };
  setq2("load-path", new Cons(mkStr(join2(dir, "sub")), new Cons(mkStr(dir), NIL)));
  const load = (...args) => funcall(sym("load"), ...args);
  if (sym("setq").f === NIL) return;
  const errors = [];
  const old = E.stderr;
  E.stderr = { write: (s) => {
    errors.push(s);
  } };
  try {
    assert.equal(load(mkStr("lt-plain")), T);
    assert.equal(sym("lt-seen").v.s, join2(dir, "lt-plain.el"));
    assert.equal(sym("lt-lex").v, NIL);
    assert.equal(sym("load-file-name").v, NIL);
    assert.ok(errors.join("").includes(`Loading ${join2(dir, "lt-plain.el")} (source)...`));
    const hist = sym("load-history").v;
    assert.equal(hist.car.car.s, join2(dir, "lt-plain.el"));
    assert.equal(load(mkStr("lt-lex"), NIL, T), T);
    assert.equal(sym("lt-lex").v, T);
    assert.equal(load(mkStr("lt-gz"), NIL, T), T);
    const gz = sym("lt-gz").v;
    assert.equal(gz.car, T);
    assert.equal(gz.cdr.car.s, join2(dir, "sub", "lt-gz.el.gz"));
    assert.equal(load(mkStr("lt-elc"), NIL, T), T);
    assert.equal(sym("lt-elc").v, sym("source"));
    assert.deepEqual(
      signalOf(() => load(mkStr("lt-bad"), NIL, T)),
      ["end-of-file", describe(new Cons(mkStr(join2(dir, "lt-bad.el")), NIL))]
    );
    assert.deepEqual(signalOf(() => load(mkStr("lt-missing"))), [
      "file-missing",
      describe(new Cons(mkStr("Cannot open load file"), new Cons(mkStr("No such file or directory"), new Cons(mkStr("lt-missing"), NIL))))
    ]);
    assert.equal(load(mkStr("lt-missing"), T), NIL);
    assert.equal(load(mkStr("lt-plain"), NIL, NIL, NIL, T), T);
    assert.equal(signalOf(() => load(mkStr("lt-plain.el"), NIL, T, T))[0], "none");
    assert.equal(signalOf(() => load(mkStr("lt-plain"), NIL, T, T))[0], "file-missing");
    assert.deepEqual(signalOf(() => load(mkStr(dir))), [
      "file-error",
      describe(new Cons(mkStr("Cannot open load file"), new Cons(mkStr("Is a directory"), new Cons(mkStr(dir), NIL))))
    ]);
  } finally {
    E.stderr = old;
  }
  assert.ok(existsSync2(dir));
});
test("get-load-suffixes combines load-suffixes with load-file-rep-suffixes", () => {
  const l = funcall(sym("get-load-suffixes"));
  const out = [];
  for (let p = l; p instanceof Cons; p = p.cdr) out.push(p.car.s);
  assert.deepEqual(out, [".elc", ".elc.gz", ".el", ".el.gz"]);
});
function readsCleanly(s) {
  try {
    readFromLString(new LString(s, true));
    readAll(s);
  } catch (e) {
    if (e instanceof LispSignal) return true;
    throw e;
  }
  return true;
}
var ALPHABET = "()[]#'`,@?\\\".;:&^_$!sSxXoObBrR0123456789eE+-=NaINFuUCM {}\n	\xE9\u{1F600}\xA0abc";
test("fuzz: random reader-ish text never escapes as a JS exception", () => {
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...Array.from(ALPHABET)), { maxLength: 40 }).map((a) => a.join("")), readsCleanly),
    { numRuns: 5e3 }
  );
  fc.assert(fc.property(fc.string({ unit: "binary", maxLength: 60 }), readsCleanly), { numRuns: 3e3 });
});
test("fuzz: mutations of valid Lisp text never escape as a JS exception", () => {
  const valid = READER_CASES.filter((s) => s.length > 2);
  fc.assert(fc.property(
    fc.constantFrom(...valid),
    fc.nat(),
    fc.nat(),
    fc.constantFrom(...Array.from(ALPHABET)),
    (s, i, j, ch) => {
      const a = i % (s.length + 1), b = Math.min(s.length, a + j % 4);
      return readsCleanly(s.slice(0, a) + ch + s.slice(b)) && readsCleanly(s.slice(0, a)) && readsCleanly(s + s.slice(a));
    }
  ), { numRuns: 5e3 });
});
