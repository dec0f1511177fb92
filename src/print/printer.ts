// The printer proper: the printed representation of every Lisp object (GNU: print.c print_object,
// print_vectorlike, print_string, strout/printchar).
//
// A Printer accumulates text (a JS string while short, then a growable UTF-16 buffer, so that printing a
// huge list creates no garbage per token) and hands it to its sink at the end; for a function sink
// (PRINTCHARFUN a function) every character is passed on at once, as GNU does. `pc` stands for GNU's
// printchar and `so` for strout: the distinction matters only for `terpri`'s ENSURE in batch mode, which
// looks at the last character that went through printchar.
import {
  BoolVector, ByteCode, charToJs, Cons, defsym, Interned, jsCharAt, LFloat, LispObject, LRecord, LString,
  LSymbol, NIL, Subr, T, UNBOUND, Vectorlike,
} from "../lisp.js";
import { findSymbolValue } from "../env.js";
import { error } from "../signal.js";
import { funcall } from "../eval.js";
import { CharTable, charTableSlots, SubCharTable } from "../chartab.js";
import { HashTable } from "../hashtable.js";
import { textPropHooks } from "../fns/common.js";
import { floatToString } from "./float.js";
import * as V from "./vars.js";

const Qquote = defsym("quote");
const Qfunction = defsym("function");
const Qbackquote = defsym("`");
const Qcomma = defsym(",");
const Qcomma_at = defsym(",@");

/** Nesting depth at which printing without print-circle gives up (GNU: PRINT_CIRCLE). */
const PRINT_CIRCLE = 200;

/** Where the printed text goes. */
export const enum Sink {
  /** A string (GNU prints into a multibyte buffer: prin1-to-string, error-message-string, format). */
  Buffer = 0,
  /** Standard output in batch mode (GNU: printcharfun t when noninteractive). */
  Stdout = 1,
  /** A Lisp function called with each character. */
  Function = 2,
}

/** Prints objects of a Vectorlike class that the printer does not know itself (buffers, markers...). */
export type CustomPrinter = (obj: any, p: Printer, escape: boolean) => void;
const customPrinters = new Map<Function, CustomPrinter>();
/** Lets the module that defines a pseudovector type say how it prints (GNU: a case of print_vectorlike). */
export function registerPrinter(cls: Function, fn: CustomPrinter): void { customPrinters.set(cls, fn); }

/**
 * Text properties of a string as [start, end, plist] runs, or null when it has none. They come from
 * fns/common.ts's textPropHooks.intervals (`object-intervals'), which the text-property module provides.
 */
export function stringIntervals(s: LString): [number, number, LispObject][] | null {
  if (s.intervals === null || !textPropHooks.intervals) return null;
  return runsOf(textPropHooks.intervals(s));
}

/** The runs prin1 shows for S: GNU prints a copy of the string, so run plists come out as the copy has them. */
export function printedIntervals(s: LString): [number, number, LispObject][] | null {
  if (s.intervals === null) return null;
  return textPropHooks.print ? runsOf(textPropHooks.print(s)) : stringIntervals(s);
}

function runsOf(intervals: LispObject): [number, number, LispObject][] | null {
  const runs: [number, number, LispObject][] = [];
  for (let l = intervals; l instanceof Cons; l = l.cdr) {
    const item = l.car;
    if (!(item instanceof Cons) || !(item.cdr instanceof Cons) || !(item.cdr.cdr instanceof Cons)) continue;
    if (item.cdr.cdr.car !== NIL) runs.push([item.car as number, item.cdr.car as number, item.cdr.cdr.car]);
  }
  return runs.length ? runs : null;
}

/** Characters that must be escaped anywhere in a symbol name (GNU: print_object, Lisp_Symbol case). */
const SYMBOL_SPECIAL = /[\x00-\x20"\\';#(),.`[\]?\u00a0]/;
/**
 * Characters that send prin1 of a string down the slow path, per combination of settings: quotes and
 * backslashes, anything encoded with surrogates (raw bytes among them), unibyte bytes >= 0x80, and what
 * the escape options select.
 */
const slowRegexes: RegExp[] = [];
function slowStringRegex(multibyte: boolean, escMb: boolean, escNl: boolean, escCtl: boolean): RegExp {
  const key = (multibyte ? 1 : 0) | (escMb ? 2 : 0) | (escNl ? 4 : 0) | (escCtl ? 8 : 0);
  let re = slowRegexes[key];
  if (!re) {
    let cls = "\"\\\\\\ud800-\\udfff";
    if (!multibyte) cls += "\\x80-\\xff";
    else if (escMb) cls += "\\x80-\\uffff";
    if (escNl) cls += "\\n\\f";
    if (escCtl) cls += "\\x00-\\x1f\\x7f";
    re = slowRegexes[key] = new RegExp("[" + cls + "]");
  }
  return re;
}

/** Output beyond this many UTF-16 units moves from string concatenation to a typed buffer. */
const SPILL = 4096;

export class Printer {
  /** Text so far while it is short (ropes are cheapest for small output). */
  private small = "";
  /** Long output: finished pieces, then the latest small appends as UTF-16 units (`used` of them). */
  private parts: string[] = [];
  private big: Uint16Array | null = null;
  private used = 0;
  /** Last character code sent through `pc` (GNU: printchar_stdout_last), -1 if none. */
  lastPc = -1;
  readonly fn: LispObject;
  /** The buffer or marker being printed into, for Sink.Buffer output that is not a string. */
  target: { bolp?(): boolean } | null = null;
  // Settings, read once per top-level print (GNU reads the C variables directly).
  readonly escapeNonascii: boolean;
  readonly escapeNewlines: boolean;
  readonly escapeControl: boolean;
  readonly escapeMultibyte: boolean;
  readonly quoted: boolean;
  readonly gensym: boolean;
  readonly circle: boolean;
  readonly continuous: boolean;
  readonly asChars: boolean;
  readonly length: number;
  readonly level: number;
  readonly floatFormat: LispObject;
  depth = 0;
  /** Containers being printed, by depth (GNU: being_printed). */
  private readonly being: LispObject[] = [];
  /** print-circle: object → label (negative: not yet printed). */
  numbers: Map<unknown, LispObject> | null = null;
  private backquote = 0;

  constructor(readonly sink: Sink, fn: LispObject = NIL) {
    this.fn = fn;
    // Printing into a multibyte buffer forces print-escape-nonascii (GNU: PRINTPREPARE).
    this.escapeNonascii = sink === Sink.Buffer || findSymbolValue(V.Vprint_escape_nonascii) !== NIL;
    this.escapeNewlines = findSymbolValue(V.Vprint_escape_newlines) !== NIL;
    this.escapeControl = findSymbolValue(V.Vprint_escape_control_characters) !== NIL;
    this.escapeMultibyte = findSymbolValue(V.Vprint_escape_multibyte) !== NIL;
    this.quoted = findSymbolValue(V.Vprint_quoted) !== NIL;
    this.gensym = findSymbolValue(V.Vprint_gensym) !== NIL;
    this.circle = findSymbolValue(V.Vprint_circle) !== NIL;
    this.continuous = findSymbolValue(V.Vprint_continuous_numbering) !== NIL;
    this.asChars = findSymbolValue(V.Vprint_integers_as_characters) !== NIL;
    const len = findSymbolValue(V.Vprint_length);
    // Negative or non-fixnum limits count as no limit (GNU: FIXNATP checks).
    this.length = typeof len === "number" && len >= 0 ? len : Infinity;
    const lvl = findSymbolValue(V.Vprint_level);
    this.level = typeof lvl === "number" ? lvl : Infinity;
    this.floatFormat = findSymbolValue(V.Vfloat_output_format);
  }

  /** Output S as GNU's printchar does (one call per character). */
  pc(s: string): void {
    if (this.sink === Sink.Function) { this.call(s); return; }
    this.append(s);
    this.lastPc = s.length === 1 ? s.charCodeAt(0) : jsCharAt(s, s.length - 2);
  }
  /** Output S as GNU's strout does (a block that does not update printchar's memory). */
  so(s: string): void {
    if (this.sink === Sink.Function) { this.call(s); return; }
    this.append(s);
  }
  private append(s: string): void {
    this.wrote = true;
    if (this.big === null) {
      this.small += s;
      if (this.small.length > SPILL) { const t = this.small; this.small = ""; this.big = new Uint16Array(SPILL * 4); this.parts = [t]; }
      return;
    }
    if (s.length >= 256) {
      // Long pieces (big strings) are kept as they are rather than copied unit by unit.
      this.flushBig();
      this.parts.push(s);
      return;
    }
    const n = s.length;
    let k = this.used;
    let b = this.big;
    if (k + n > b.length) { this.flushBig(); k = 0; }
    for (let j = 0; j < n; j++) b[k++] = s.charCodeAt(j);
    this.used = k;
  }
  /** Moves the typed buffer's contents to `parts'. */
  private flushBig(): void {
    const b = this.big!;
    // fromCharCode keeps lone surrogates (tsmacs's raw-byte encoding), unlike TextDecoder.
    for (let i = 0; i < this.used; i += 8192) {
      this.parts.push(String.fromCharCode.apply(null, b.subarray(i, Math.min(this.used, i + 8192)) as unknown as number[]));
    }
    this.used = 0;
  }
  /** Everything printed so far. */
  text(): string {
    if (this.big === null) return this.small;
    this.flushBig();
    const t = this.parts.join("");
    this.parts = [t];
    return t;
  }
  /** Whether nothing has been printed. */
  get empty(): boolean { return this.big === null && this.small.length === 0; }
  /** Whether any output call happened, even of empty text (GNU then still notes pending stdout output). */
  wrote = false;
  /** Passes character code C to the function sink (GNU: printchar with a function). */
  callChar(c: number): void { funcall(this.fn, c); }
  private call(s: string): void {
    for (let i = 0; i < s.length;) {
      const c = jsCharAt(s, i);
      i += c >= 0x10000 ? 2 : 1;
      funcall(this.fn, c);
    }
  }

  /** GNU: print_string — a string's characters without quoting (princ). */
  printString(str: LString): void {
    let s = str.s;
    if (this.sink === Sink.Function) {
      // Unibyte strings pass their bytes as character codes 0..255.
      this.call(s);
      return;
    }
    if (this.escapeNonascii) s = escapeByte8(str);
    else if (!str.multibyte) s = unibyteToMultibyte(s);
    this.so(s);
  }

  private isCircleCandidate(obj: LispObject): boolean {
    return circleCandidate(obj, this.depth, this.continuous, this.gensym);
  }

  /** GNU: print_object. */
  obj(obj: LispObject, escape: boolean): void {
    if (typeof obj === "number" && !this.asChars) {
      // Fast path for fixnums: no depth bookkeeping is observable for them.
      if (this.depth >= PRINT_CIRCLE && !this.circle) error("Apparently circular structure being printed");
      this.so(String(obj));
      return;
    }
    if (!this.circle) {
      // GNU remembers every object being printed and prints an ancestor met again as #DEPTH. Only
      // objects with components can be ancestors, so atoms are neither recorded nor looked up.
      const depth = this.depth;
      if (depth >= PRINT_CIRCLE) error("Apparently circular structure being printed");
      if (typeof obj === "object" && !(obj instanceof LSymbol) && !(obj instanceof LFloat)
        && !(obj instanceof LString && obj.intervals === null)) {
        const being = this.being;
        for (let i = 0; i < depth; i++) if (being[i] === obj) { this.so("#" + i); return; }
        being[depth] = obj;
      }
    } else if (this.isCircleCandidate(obj)) {
      const num = this.numbers!.get(obj);
      if (typeof num === "number") {
        if (num < 0) { this.so("#" + -num + "="); this.numbers!.set(obj, -num); }
        else { this.so("#" + num + "#"); return; }
      }
    }
    this.depth++;
    if (typeof obj === "number") this.integer(obj, escape);
    else if (obj instanceof Cons) this.cons(obj, escape);
    else if (obj instanceof LSymbol) this.symbol(obj, escape);
    else if (obj instanceof LString) {
      if (escape) this.quotedString(obj); else this.printString(obj);
    } else if (obj instanceof LFloat) this.so(floatToString(obj.n, this.floatFormat));
    else if (typeof obj === "bigint") this.so(obj.toString());
    else if (Array.isArray(obj)) this.vector(obj, 0, escape);
    else this.vectorlike(obj, escape);
    this.depth--;
  }

  private integer(i: number, escape: boolean): void {
    if (this.asChars && i >= 0 && i <= 0x10ffff) {
      const named = namedEscape(i);
      if (named || graphicBase(i)) {
        this.pc("?");
        if (named) { this.pc("\\"); this.pc(named); return; }
        if (escape && CHAR_ESCAPED.has(i)) this.pc("\\");
        this.pc(charToJs(i));
        return;
      }
    }
    this.so(String(i));
  }

  private symbol(sym: LSymbol, escape: boolean): void {
    const name = sym.name;
    if (this.gensym && sym.interned !== Interned.InInitialObarray) this.so("#:");
    else if (name.length === 0) { this.so("##"); return; }
    if (name.length === 0) return;
    if (!escape) { this.pcs(name); return; }
    const confusing = looksLikeNumber(name);
    if (!confusing && !SYMBOL_SPECIAL.test(name)) { this.pcs(name); return; }
    let out = "";
    let first = confusing;
    for (let i = 0; i < name.length;) {
      const c = jsCharAt(name, i);
      const w = c >= 0x10000 ? 2 : 1;
      if (c <= 32 || c === 0xa0 || first || (c < 128 && SYMBOL_SPECIAL.test(name[i]))) { out += "\\"; first = false; }
      out += name.slice(i, i + w);
      i += w;
    }
    this.pcs(out);
  }
  /** A run of printchar calls: output S and remember its last character. */
  private pcs(s: string): void {
    if (this.sink === Sink.Function) { this.call(s); return; }
    this.append(s);
    const u = s.charCodeAt(s.length - 1);
    this.lastPc = u >= 0xd800 && u <= 0xdfff ? jsCharAt(s, s.length - 2) : u;
  }

  /** prin1 of a string (GNU: print_object, Lisp_String case). */
  private quotedString(str: LString): void {
    const props = str.intervals ? printedIntervals(str) : null;
    if (props) this.so("#(");
    const s = str.s;
    if (!slowStringRegex(str.multibyte, this.escapeMultibyte, this.escapeNewlines, this.escapeControl).test(s)) {
      // Fast path: no character needs an escape or a conversion.
      this.pc("\"");
      this.so(s);
      this.pc("\"");
      this.intervals(props);
      return;
    }
    // Unchanged stretches are copied as slices; only escaped characters are built up one by one.
    let out = "\"";
    let run = 0;
    const multibyte = str.multibyte;
    let needNonhex = false;
    for (let i = 0; i < s.length;) {
      const at = i;
      let c = jsCharAt(s, i);
      i += c >= 0x10000 ? 2 : 1;
      let rep: string | null = null;
      if (multibyte ? c >= 0x3fff80 : c >= 0x80 && this.escapeNonascii) {
        // Raw bytes of multibyte strings always, other unibyte bytes on request: octal escapes.
        if (c >= 0x3fff80) c -= 0x3fff00;
        rep = octal(c, i < s.length ? s.charCodeAt(i) : -1);
        needNonhex = false;
      } else if (multibyte && c >= 0x80 && this.escapeMultibyte) {
        const hex = c.toString(16);
        rep = "\\x" + (hex.length < 4 ? "0000".slice(hex.length) + hex : hex);
        needNonhex = true;
      } else {
        // After a hex escape, a hex digit must not be read as part of it.
        if (isXdigit(c)) { if (needNonhex) rep = "\\ " + String.fromCharCode(c); }
        else if (c === 10 && this.escapeNewlines) rep = "\\n";
        else if (c === 12 && this.escapeNewlines) rep = "\\f";
        else if (c === 34 || c === 92) rep = "\\" + String.fromCharCode(c);
        else if (this.escapeControl && (c < 32 || c === 127)) rep = octal(c, i < s.length ? s.charCodeAt(i) : -1);
        else if (!multibyte && c >= 0x80) rep = charToJs(c + 0x3fff00);
        needNonhex = false;
      }
      if (rep !== null) { out += s.slice(run, at) + rep; run = i; }
    }
    out += s.slice(run);
    this.so(out);
    this.pc("\"");
    this.intervals(props);
  }

  private intervals(props: [number, number, LispObject][] | null): void {
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

  private cons(obj: Cons, escape: boolean): void {
    if (this.depth > this.level) { this.so("..."); return; }
    const cdr = obj.cdr;
    if (this.quoted && cdr instanceof Cons && cdr.cdr === NIL) {
      const head = obj.car;
      if (head === Qquote) { this.pc("'"); this.obj(cdr.car, escape); return; }
      if (head === Qfunction) { this.so("#'"); this.obj(cdr.car, escape); return; }
      if (head === Qbackquote) {
        this.pc("`");
        this.backquote++;
        this.obj(cdr.car, escape);
        this.backquote--;
        return;
      }
      if (this.backquote && (head === Qcomma || head === Qcomma_at)) {
        this.obj(head, false);
        this.backquote--;
        this.obj(cdr.car, escape);
        this.backquote++;
        return;
      }
    }
    this.pc("(");
    const max = this.length;
    let tail: LispObject = obj;
    let objtail: LispObject = NIL;
    let i = 0;
    // Brent's cycle detection, step for step as GNU's FOR_EACH_TAIL_SAFE (the #N it prints depends on it).
    let tortoise: LispObject = obj, bmax = 2, n = 0, q = 2;
    while (tail instanceof Cons) {
      if (i !== 0) {
        this.pc(" ");
        if (this.circle && typeof this.numbers!.get(tail) === "number") {
          this.so(". ");
          this.obj(tail, escape);
          this.pc(")");
          return;
        }
      }
      if (max <= i) { this.so("..."); this.pc(")"); return; }
      i++;
      this.obj(tail.car, escape);
      objtail = tail.cdr;
      tail = objtail;
      q = (q - 1) & 0xffff;
      let check: boolean;
      if (q !== 0) check = true;
      else if (0 < --n) check = true;
      else { bmax *= 2; q = bmax & 0xffff; n = Math.floor(bmax / 65536); tortoise = tail; check = false; }
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
  private vector(v: LispObject[], start: number, escape: boolean, header?: string): void {
    this.pc("[");
    if (header !== undefined) this.so(header);
    const real = v.length + start;
    const size = this.length < real ? this.length : real;
    for (let i = start; i < size; i++) {
      if (i) this.pc(" ");
      this.obj(v[i - start], escape);
    }
    if (size < real) this.so(" ...");
    this.pc("]");
  }

  private vectorlike(obj: LispObject, escape: boolean): void {
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
      this.so("#<subr "); this.so(obj.name); this.pc(">");
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
      // Each deepest sub-char-table starts a new line, as in GNU (keeps lines short for redisplay).
      if (obj.depth === 3) this.pc("\n");
      this.so("#^");
      this.pc("^");
      // The two header words count towards print-length, as GNU's slot indices do.
      this.vector(obj.contents, 2, escape, obj.depth + " " + obj.minChar);
    } else if (obj instanceof Vectorlike) {
      const custom = customPrinters.get(obj.constructor);
      if (custom) custom(obj, this, escape);
      else this.so("#<" + obj.lispType + ">");
    } else {
      // Not a Lisp object at all: a bug elsewhere, shown rather than crashing the printer (GNU: EMACS BUG).
      this.so("#<EMACS BUG: INVALID DATATYPE " + String(obj) + ">");
    }
  }

  /** Readable syntax: #s(hash-table size 2 test equal ... data (k1 v1 k2 v2)) (GNU: PVEC_HASH_TABLE case). */
  private hashTable(h: HashTable, escape: boolean): void {
    this.so("#s(hash-table size " + h.size);
    this.so(" test ");
    this.obj(h.test.name, escape);
    if (h.weak !== NIL) { this.so(" weakness "); this.obj(h.weak, escape); }
    this.so(" rehash-size ");
    this.obj(h.rehashSizeValue, escape);
    this.so(" rehash-threshold ");
    this.obj(h.rehashThresholdValue, escape);
    if (h.purecopy) { this.so(" purecopy "); this.obj(T, escape); }
    this.so(" data ");
    // Like GNU, a print-length of 0 does not stop the loop (it only tests for equality after an entry).
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

  private boolVector(bv: BoolVector): void {
    const size = bv.size;
    const nbytes = (size + 7) >> 3;
    const bytes = new Uint8Array(nbytes);
    for (let i = 0; i < size; i++) if (bv.bits[i]) bytes[i >> 3] |= 1 << (i & 7);
    this.so("#&" + size + "\"");
    const n = this.length < nbytes ? this.length : nbytes;
    let out = "";
    for (let i = 0; i < n; i++) {
      const c = bytes[i];
      if (c === 10 && this.escapeNewlines) out += "\\n";
      else if (c === 12 && this.escapeNewlines) out += "\\f";
      else if (c > 127 || (this.escapeControl && (c < 32 || c === 127))) out += octal(c, i + 1 < n ? bytes[i + 1] : -1);
      else {
        if (c === 34 || c === 92) out += "\\";
        out += String.fromCharCode(c);
      }
    }
    this.so(out);
    if (n < nbytes) this.so(" ...");
    this.pc("\"");
  }
}

/** GNU: PRINT_CIRCLE_CANDIDATE_P — objects that print-circle labels when shared. */
export function circleCandidate(obj: LispObject, depth: number, continuous: boolean, gensym: boolean): boolean {
  if (obj instanceof Cons || Array.isArray(obj)) return true;
  if (obj instanceof LString) return obj.intervals !== null || depth > 1 || continuous;
  if (obj instanceof LSymbol) return gensym && obj.interned === Interned.Uninterned;
  return obj instanceof LRecord || obj instanceof ByteCode || obj instanceof CharTable || obj instanceof SubCharTable
    || obj instanceof HashTable;
}

/** Elements of a container for print-circle's walk (GNU: print_preprocess's vectorlike case). */
function slotsOf(obj: LispObject): LispObject[] | null {
  if (Array.isArray(obj)) return obj;
  if (obj instanceof LRecord || obj instanceof ByteCode) return obj.slots;
  if (obj instanceof CharTable) return charTableSlots(obj);
  if (obj instanceof SubCharTable) return obj.contents;
  if (obj instanceof HashTable) return obj.entries();
  return null;
}

/**
 * Records in TABLE every candidate reachable from OBJ: true when seen once, then a negative label
 * number once seen again (GNU: print_preprocess).
 */
export function preprocess(p: { depth: number; continuous: boolean; gensym: boolean }, obj: LispObject,
  table: Map<unknown, LispObject>, counter: { index: number }): void {
  p.depth++;
  for (;;) {
    if (!circleCandidate(obj, p.depth, p.continuous, p.gensym)) break;
    const num = table.get(obj);
    if (num !== undefined || (p.continuous && obj instanceof LSymbol && obj.interned === Interned.Uninterned)) {
      if (typeof num !== "number") table.set(obj, -++counter.index);
      break;
    }
    table.set(obj, true as unknown as LispObject);
    if (obj instanceof Cons) {
      preprocess(p, obj.car, table, counter);
      obj = obj.cdr;
      continue;
    }
    if (obj instanceof LString) {
      const props = printedIntervals(obj);
      if (props) for (const [, , plist] of props) preprocess(p, plist, table, counter);
      break;
    }
    const slots = slotsOf(obj);
    if (slots) for (const x of slots) preprocess(p, x, table, counter);
    break;
  }
  p.depth--;
}

// ---------------------------------------------------------------------------------------------
// Character-level helpers.
// ---------------------------------------------------------------------------------------------

/** GNU: octalout — 1 to 3 digits, 3 when the next character is an octal digit or C > 077. */
export function octal(c: number, next: number): string {
  const digits = c > 0o77 || (next >= 48 && next <= 55) ? 3 : c > 7 ? 2 : 1;
  const s = c.toString(8);
  return "\\" + (s.length < digits ? "00".slice(0, digits - s.length) + s : s);
}

function isXdigit(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102);
}

/** GNU: string_escape_byte8 — raw bytes (multibyte) or bytes >= 0x80 (unibyte) as \NNN. */
export function escapeByte8(str: LString): string {
  const s = str.s;
  if (str.multibyte) {
    if (str.simple) return s;
    let out = "";
    for (let i = 0; i < s.length;) {
      const c = jsCharAt(s, i);
      const w = c >= 0x10000 ? 2 : 1;
      out += c >= 0x3fff80 ? "\\" + (c - 0x3fff00).toString(8) : s.slice(i, i + w);
      i += w;
    }
    return out;
  }
  if (!/[\x80-\xff]/.test(s)) return s;
  return s.replace(/[\x80-\xff]/g, (ch) => "\\" + ch.charCodeAt(0).toString(8));
}

/** Bytes 0x80..0xFF of a unibyte string as raw-byte characters (GNU: str_to_multibyte). */
export function unibyteToMultibyte(s: string): string {
  if (!/[\x80-\xff]/.test(s)) return s;
  return s.replace(/[\x80-\xff]/g, (ch) => charToJs(ch.charCodeAt(0) + 0x3fff00));
}

/** GNU: named_escape — characters print-integers-as-characters writes as ?\X. */
function namedEscape(i: number): string | undefined {
  switch (i) {
    case 8: return "b";
    case 9: return "t";
    case 10: return "n";
    case 12: return "f";
    case 13: return "r";
    case 32: return "s";
  }
  return undefined;
}
const CHAR_ESCAPED = new Set([59, 34, 39, 92, 40, 41, 123, 125, 91, 93]); // ; " ' \ ( ) { } [ ]
const NON_GRAPHIC = /^[\p{Mn}\p{Mc}\p{Me}\p{Zs}\p{Zl}\p{Zp}\p{Cc}\p{Cs}\p{Cf}\p{Cn}]$/u;
/** GNU: graphic_base_p — a character that displays on its own. */
function graphicBase(c: number): boolean {
  if (c >= 0xd800 && c <= 0xdfff) return false;
  return !NON_GRAPHIC.test(String.fromCodePoint(c));
}

/** True when symbol NAME would read as a number, so prin1 must escape its first character (GNU: string_to_number). */
export function looksLikeNumber(name: string): boolean {
  let i = 0;
  const n = name.length;
  const ch = (k: number): number => (k < n ? name.charCodeAt(k) : 0);
  if (ch(0) === 45 || ch(0) === 43) i++;
  const first = ch(i);
  if (!((first >= 48 && first <= 57) || first === 46)) return false;
  const isDigit = (c: number): boolean => c >= 48 && c <= 57;
  let leadInt = false, trailInt = false, eExp = false;
  if (isDigit(ch(i))) { leadInt = true; while (isDigit(ch(i))) i++; }
  if (ch(i) === 46) i++;
  if (isDigit(ch(i))) { trailInt = true; while (isDigit(ch(i))) i++; }
  if (ch(i) === 101 || ch(i) === 69) {
    const ecp = i;
    i++;
    if (ch(i) === 43 || ch(i) === 45) i++;
    if (isDigit(ch(i))) { eExp = true; while (isDigit(ch(i))) i++; }
    else if (ch(i - 1) === 43 && name.startsWith("INF", i)) { eExp = true; i += 3; }
    else if (ch(i - 1) === 43 && name.startsWith("NaN", i)) { eExp = true; i += 3; }
    else i = ecp;
  }
  const isFloat = trailInt || (leadInt && eExp);
  if (!isFloat && !leadInt) return false;
  return i === n;
}
