// The Lisp reader proper: text to objects (GNU: lread.c read0/read1/read_list/read_vector/read_escape).
//
// The reader scans a JS string by index (Lisp text in tsmacs's string encoding) and never recurses on
// nesting: open lists, vectors, quote-like prefixes and #N= labels live on an explicit stack, so deeply
// nested input cannot overflow the JS stack. Streams that deliver characters one by one (functions)
// feed the same string through `pull`. Each construct signals exactly GNU 28's error and data.
import { E, findSymbolValue, setInternal } from "../env.js";
import { funcall } from "../eval.js";
import {
  BYTE8_FIRST, ByteCode, BoolVector, charToJs, Cons, defsym, isNumber, jsCharAt, LispObject, LRecord, LString,
  LSymbol, makeSymbol, mkStr, MOST_POSITIVE_FIXNUM, NIL,
} from "../lisp.js";
import { checkList, error, Qend_of_file, Qinvalid_read_syntax, Qwholenump, Qwrong_type_argument, xsignal } from "../signal.js";
import { charTableFromSlots, CharTable, SubCharTable, subCharTableFromSlots } from "../chartab.js";
import { listLength, stringData, unibyteFromBytes } from "../fns/common.js";
import { HashTable } from "../hashtable.js";
import { digitValue, parseNumber, parsedLength } from "./numbers.js";
import { expandShorthand, internCurrent, lreadState, Vobarray, Vread_symbol_shorthands } from "./obarray.js";
import { readEscape } from "./escapes.js";

export const Qquote = defsym("quote");
export const Qfunction = defsym("function");
export const Qbackquote = defsym("`");
export const Qcomma = defsym(",");
export const Qcomma_at = defsym(",@");
const Qhash_table = defsym("hash-table");
const Qread_circle = defsym("read-circle");
/**
 * A copy of PART that does not keep SOURCE alive. V8 makes substrings of 13 or more characters views of
 * their parent, so every string and symbol name read from a file would otherwise hold the whole file's
 * text (in the heap, and so in the start-up snapshot). Concatenating first makes V8 flatten into a new
 * string of PART's own size.
 */
function detach(part: string, source: string): string {
  return part.length >= 13 && source.length > 4096 ? (" " + part).slice(1) : part;
}

const Qload_file_name = defsym("load-file-name");
const Qload_true_file_name = defsym("load-true-file-name");
const Qunescaped_literals = defsym("lread--unescaped-character-literals");
const Qset_text_properties = defsym("set-text-properties");
const Qmake_hash_table = defsym("make-hash-table");
const Qputhash = defsym("puthash");
const HASH_PARAMS: [LSymbol, LSymbol][] = ["size", "test", "weakness", "rehash-size", "rehash-threshold", "purecopy"]
  .map((n) => [defsym(n), defsym(":" + n)]);
const Qdata = defsym("data");

/** Character modifier bits (GNU: CHAR_ALT ... CHAR_META) and their union. */
export const CHAR_META = 0x8000000, CHAR_CTL = 0x4000000, CHAR_SHIFT = 0x2000000;
export const CHAR_MODIFIER_MASK = 0xfc00000;
const NO_BREAK_SPACE = 0xa0;

function table(chars: string, controls: boolean): Uint8Array {
  const t = new Uint8Array(128);
  if (controls) for (let i = 0; i <= 32; i++) t[i] = 1;
  for (const ch of chars) t[ch.charCodeAt(0)] = 1;
  return t;
}
/** ASCII characters that end a symbol. */
const SYMBOL_END = table("\"';()[]#`,", true);
/** ASCII characters after which a lone `.` is the dotted-pair token. */
const DOT_END = table("\"';([#?`,", true);
/** ASCII characters allowed right after a `?X` character literal. */
const CHAR_END = table("\"';()[]#?`,.", true);

/** Stack entry kinds of the iterative reader. */
const enum K { List = 1, Vector = 2, Wrap = 3, Label = 4, BoolVec = 5, StrProps = 6 }
/** Variants of K.List (sub = 0 plain, 1 `#s(`) and K.Vector (0 plain, 1 `#[`, 2 `#^[`, 3 `#^^[`). */
const enum Sub { Plain = 0, SharpS = 1, ByteCode = 1, CharTable = 2, SubCharTable = 3 }
/** K.List states: reading elements, after the dot (expecting the cdr), after the cdr (expecting `)`). */
const enum LState { Elems = 0, AfterDot = 1, AfterCdr = 2 }

export class Reader {
  /** The text; only ever appended to (by `pull`), so indices stay valid. */
  s: string;
  pos: number;
  end: number;
  /** Fetches more text for character streams; returns false at end of input. */
  pull: ((r: Reader) => boolean) | null = null;
  /** Extra data for invalid-read-syntax (GNU adds line and column when reading from a buffer). */
  syntaxExtra: (() => LispObject[]) | null = null;
  /** Width in JS units of the last character returned by nextChar (0 after end of input). */
  private lastW = 0;
  // The explicit stack (parallel arrays).
  private sp = 0;
  private kind: number[] = [];
  private sub: number[] = [];
  private st: number[] = [];
  private a: any[] = [];
  private b: any[] = [];
  // #N= / #N# state for one top-level read.
  private labels: Map<string, LispObject> | null = null;
  private readCircle = true;
  /** Symbol table of the initial obarray when reading may intern straight into it (no shorthands). */
  private fastTable: Map<string, LSymbol> | null = null;

  constructor(s: string, start = 0, end = s.length) {
    this.s = s; this.pos = start; this.end = end;
  }

  // -------------------------------------------------------------------------------------------
  // Character access.
  // -------------------------------------------------------------------------------------------
  /** Makes more text available; false at end of input. */
  more(): boolean {
    return this.pull !== null && this.pull(this);
  }
  /** The JS unit at `pos` without consuming it, or -1 at end of input. */
  peekUnit(): number {
    return this.pos < this.end || this.more() ? this.s.charCodeAt(this.pos) : -1;
  }
  /** Consumes and returns the next character (decoding surrogate pairs), or -1 at end of input. */
  nextChar(): number {
    if (this.pos >= this.end && !this.more()) { this.lastW = 0; return -1; }
    const u = this.s.charCodeAt(this.pos);
    if (u < 0xd800 || u > 0xdfff) { this.pos++; this.lastW = 1; return u; }
    const c = jsCharAt(this.s, this.pos);
    this.lastW = c >= 0x10000 ? 2 : 1;
    this.pos += this.lastW;
    return c;
  }
  /** Pushes back the character nextChar returned last (nothing after end of input, like GNU's UNREAD (-1)). */
  unreadChar(): void { this.pos -= this.lastW; this.lastW = 0; }

  // -------------------------------------------------------------------------------------------
  // Errors.
  // -------------------------------------------------------------------------------------------
  invalid(msg: string): never {
    const extra = this.syntaxExtra ? this.syntaxExtra() : [];
    return xsignal(Qinvalid_read_syntax, mkStr(msg), ...extra);
  }
  /** GNU end_of_file_error: names the file being loaded, if any. */
  eof(): never {
    const f = findSymbolValue(Qload_true_file_name);
    if (f instanceof LString) return xsignal(Qend_of_file, f);
    return xsignal(Qend_of_file);
  }

  // -------------------------------------------------------------------------------------------
  // Top level.
  // -------------------------------------------------------------------------------------------
  /** Prepares for one top-level read (GNU read_internal_start): fresh #N= tables, current settings. */
  private begin(): void {
    this.sp = 0;
    this.labels = null;
    this.readCircle = findSymbolValue(Qread_circle) !== NIL;
    const ob = findSymbolValue(Vobarray);
    this.fastTable = ob === lreadState().initialObarray && findSymbolValue(Vread_symbol_shorthands) === NIL ? E.obarray : null;
  }

  /** Skips whitespace and comments; returns the next JS unit (not consumed) or -1 at end of input. */
  skipSpace(): number {
    let s = this.s, end = this.end, p = this.pos;
    for (;;) {
      if (p >= end) {
        this.pos = p;
        if (!this.more()) return -1;
        s = this.s; end = this.end;
      }
      const u = s.charCodeAt(p);
      if (u <= 32 || u === NO_BREAK_SPACE) { p++; continue; }
      if (u === 59) { // ';' comment to end of line
        for (;;) {
          p++;
          if (p >= end) { this.pos = p; if (!this.more()) return -1; s = this.s; end = this.end; }
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
  skipToForm(): boolean {
    for (;;) {
      const u = this.peekUnit();
      if (u < 0) return false;
      if (u === 32 || u === 9 || u === 10 || u === 12 || u === 13 || u === NO_BREAK_SPACE) { this.pos++; continue; }
      if (u === 59) {
        let c;
        do { this.pos++; c = this.peekUnit(); } while (c >= 0 && c !== 10);
        continue;
      }
      return true;
    }
  }

  /** Reads one object (GNU read0 via read_internal_start). */
  read(): LispObject {
    this.begin();
    const base = this.sp;
    let value: LispObject;
    main: for (;;) {
      const c = this.skipSpace();
      if (c < 0) this.eof();
      this.pos++;
      switch (c) {
        case 40: this.push(K.List, Sub.Plain, NIL, null); continue; // (
        case 91: this.push(K.Vector, Sub.Plain, [], null); continue; // [
        case 41: case 93: value = this.close(c, base); break; // ) ]
        case 39: this.push(K.Wrap, 0, Qquote, null); continue; // '
        case 96: this.push(K.Wrap, 0, Qbackquote, null); continue; // `
        case 44: // , or ,@
          if (this.peekUnit() === 64) { this.pos++; this.push(K.Wrap, 0, Qcomma_at, null); }
          else this.push(K.Wrap, 0, Qcomma, null);
          continue;
        case 34: value = this.readString(); break; // "
        case 63: value = this.readCharLiteral(); break; // ?
        case 35: { // #
          const v = this.readHash();
          if (v === undefined) continue;
          value = v;
          break;
        }
        case 46: { // .
          const n = this.peekUnit();
          if (n <= 32 || (n < 128 && DOT_END[n] === 1)) { this.dot(base); continue; }
          value = this.readSymbol(this.pos - 1, false, false);
          break;
        }
        default:
          value = this.readSymbol(this.pos - 1, false, false);
      }
      // Deliver VALUE to the innermost open construct, closing those it completes.
      for (;;) {
        if (this.sp === base) return value;
        const i = this.sp - 1;
        switch (this.kind[i]) {
          case K.List: {
            const state = this.st[i];
            if (state === LState.Elems) {
              const cell = new Cons(value, NIL);
              const tail = this.b[i] as Cons | null;
              if (tail === null) this.a[i] = cell; else tail.cdr = cell;
              this.b[i] = cell;
            } else if (state === LState.AfterDot) {
              const tail = this.b[i] as Cons | null;
              if (tail === null) this.a[i] = value; else tail.cdr = value;
              this.st[i] = LState.AfterCdr;
            } else this.invalid(". in wrong context");
            continue main;
          }
          case K.Vector: (this.a[i] as LispObject[]).push(value); continue main;
          case K.StrProps: {
            const items = this.a[i] as LispObject[];
            if (items.length === 0 && !(value instanceof LString)) this.invalid("#");
            items.push(value);
            continue main;
          }
          case K.Wrap: this.sp--; value = new Cons(this.a[i], new Cons(value, NIL)); continue;
          case K.Label: this.sp--; value = this.finishLabel(this.b[i], this.a[i], value); continue;
          case K.BoolVec: this.sp--; value = this.finishBoolVector(value); continue;
        }
      }
    }
  }

  private push(kind: K, sub: number, a: any, b: any): void {
    const i = this.sp++;
    this.kind[i] = kind; this.sub[i] = sub; this.st[i] = 0; this.a[i] = a; this.b[i] = b;
  }

  /** A `)` or `]`: closes the innermost construct (returning it) or signals GNU's error. */
  private close(c: number, base: number): LispObject {
    const ch = c === 41 ? ")" : "]";
    if (this.sp === base) this.invalid(ch);
    const i = this.sp - 1;
    switch (this.kind[i]) {
      case K.List: {
        const state = this.st[i];
        if (state === LState.AfterDot) this.invalid(ch);
        if (c === 93) this.invalid(state === LState.Elems ? "] in a list" : ". in wrong context");
        this.sp--;
        const list = this.a[i] as LispObject;
        this.a[i] = this.b[i] = undefined;
        return this.sub[i] === Sub.SharpS ? this.finishSharpS(list) : list;
      }
      case K.Vector: {
        if (c === 41) this.invalid(") or . in a vector");
        this.sp--;
        const items = this.a[i] as LispObject[];
        this.a[i] = undefined;
        switch (this.sub[i]) {
          case Sub.ByteCode: return this.finishByteCode(items);
          case Sub.CharTable: return charTableFromSlots(items);
          case Sub.SubCharTable: return subCharTableFromSlots(items);
          default: return items.length === 0 ? lreadState().emptyVector : items;
        }
      }
      case K.StrProps: {
        const items = this.a[i] as LispObject[];
        if (items.length === 0) this.invalid("#");
        if (c === 93 || (items.length - 1) % 3 !== 0) this.invalid("Invalid string property list");
        this.sp--;
        this.a[i] = undefined;
        return this.finishStringProps(items);
      }
      case K.BoolVec: return this.invalid("#&...");
      default: return this.invalid(ch); // quote-like prefixes and labels read exactly one object
    }
  }

  /** The dotted-pair `.` token. */
  private dot(base: number): void {
    if (this.sp === base) this.invalid(".");
    const i = this.sp - 1;
    switch (this.kind[i]) {
      case K.List:
        if (this.st[i] === LState.Elems) { this.st[i] = LState.AfterDot; return; }
        return this.invalid(this.st[i] === LState.AfterDot ? "." : ". in wrong context");
      case K.Vector: return this.invalid(") or . in a vector");
      case K.StrProps: return this.invalid((this.a[i] as LispObject[]).length === 0 ? "#" : "Invalid string property list");
      case K.BoolVec: return this.invalid("#&...");
      default: return this.invalid(".");
    }
  }

  // -------------------------------------------------------------------------------------------
  // Atoms.
  // -------------------------------------------------------------------------------------------
  /**
   * A symbol or number starting at START (GNU read1's read_symbol). A backslash quotes the next character
   * (and makes the token a symbol). UNINTERNED: `#:` syntax; SKIPSHORTHAND: `#_` syntax.
   */
  readSymbol(start: number, uninterned: boolean, skipShorthand: boolean): LispObject {
    let s = this.s, end = this.end, p = start;
    let quoted = false, chunk = start, name = "";
    for (;;) {
      if (p >= end) {
        this.pos = p;
        if (!this.more()) break;
        s = this.s; end = this.end;
      }
      const u = s.charCodeAt(p);
      if (u < 128 ? SYMBOL_END[u] === 1 : u === NO_BREAK_SPACE) break;
      if (u === 92) {
        name += s.slice(chunk, p);
        p++;
        if (p >= end) {
          this.pos = p;
          if (!this.more()) this.eof();
          s = this.s; end = this.end;
        }
        quoted = true;
        chunk = p;
      }
      p++;
    }
    this.pos = p;
    name = detach(quoted ? name + s.slice(chunk, p) : s.slice(start, p), s);
    if (!quoted && !uninterned && !skipShorthand) {
      const c0 = name.charCodeAt(0);
      if ((c0 >= 48 && c0 <= 57) || c0 === 43 || c0 === 45 || c0 === 46) {
        const v = parseNumber(name, 0, name.length, 10);
        if (v !== undefined && parsedLength === name.length) return v;
      }
    }
    if (uninterned) return makeSymbol(name);
    const fast = this.fastTable;
    if (fast !== null) return fast.get(name) ?? E.intern(name);
    return internCurrent(skipShorthand ? name : expandShorthand(name, true));
  }

  /** A string literal; the opening `"` is consumed. Raw-byte escapes without multibyte text make it unibyte. */
  readString(): LString {
    let s = this.s, end = this.end, p = this.pos, chunk = p, out = "";
    let forceMultibyte = false, forceSinglebyte = false;
    for (;;) {
      if (p >= end) {
        this.pos = p;
        if (!this.more()) this.eof();
        s = this.s; end = this.end;
      }
      const u = s.charCodeAt(p);
      if (u === 34) { out += s.slice(chunk, p); p++; break; }
      if (u === 92) {
        out += s.slice(chunk, p);
        this.pos = p + 1;
        let ch = readEscape(this, true);
        p = chunk = this.pos; s = this.s; end = this.end;
        if (ch === -1) continue; // backslash-newline and backslash-space vanish
        let mods = ch & CHAR_MODIFIER_MASK;
        ch &= ~CHAR_MODIFIER_MASK;
        if (ch > 0x3fff7f) forceSinglebyte = true;
        else if (ch >= 128) forceMultibyte = true;
        else {
          if (mods === CHAR_CTL) {
            if (ch === 32) { ch = 0; mods = 0; } else if (ch === 63) { ch = 127; mods = 0; }
          }
          if (mods & CHAR_SHIFT) {
            if (ch >= 65 && ch <= 90) mods &= ~CHAR_SHIFT;
            else if (ch >= 97 && ch <= 122) { ch -= 32; mods &= ~CHAR_SHIFT; }
          }
          if (mods & CHAR_META) {
            // \M-x in a string sets the high bit of a byte: the string becomes unibyte.
            mods &= ~CHAR_META;
            ch = (ch | 0x80) + 0x3fff00;
            forceSinglebyte = true;
          }
        }
        if (mods !== 0) this.invalid("Invalid modifier in string");
        out += charText(ch);
        continue;
      }
      if (u >= 128) {
        if (u >= 0xd800 && u <= 0xdfff) {
          const c = jsCharAt(s, p);
          if (c >= BYTE8_FIRST) forceSinglebyte = true; else forceMultibyte = true;
          p += c >= 0x10000 ? 2 : 1;
          continue;
        }
        forceMultibyte = true;
      }
      p++;
    }
    this.pos = p;
    if (out.length === 0) return lreadState().emptyString;
    out = detach(out, s);
    if (!forceMultibyte && forceSinglebyte) return unibyteFromRaw(out);
    return new LString(out, forceMultibyte);
  }

  /** A `?X` character literal; the `?` is consumed. */
  readCharLiteral(): number {
    let c = this.nextChar();
    if (c < 0) this.eof();
    if (c === 32 || c === 9) return c;
    if (c === 40 || c === 41 || c === 91 || c === 93 || c === 34 || c === 59) noteUnescapedLiteral(c);
    if (c === 92) c = readEscape(this, false);
    const mods = c & CHAR_MODIFIER_MASK;
    c &= ~CHAR_MODIFIER_MASK;
    if (c > 0x3fff7f) c -= 0x3fff00; // a raw-byte character reads as the byte
    c |= mods;
    const next = this.peekUnit();
    if (next <= 32 || (next < 128 && CHAR_END[next] === 1)) return c;
    return this.invalid("?");
  }

  /** An integer in RADIX after `#x`, `#o`, `#b` or `#NNr` (GNU read_integer). */
  private readRadixInteger(radix: number): LispObject {
    const start = this.pos;
    let c = this.peekUnit();
    if (c === 43 || c === 45) { this.pos++; c = this.peekUnit(); }
    let valid = -1;
    for (;;) {
      const d = c < 0 ? -2 : digitValue(c, radix);
      if (d < -1) break;
      if (d === -1) valid = 0; else if (valid < 0) valid = 1;
      this.pos++;
      c = this.peekUnit();
    }
    if (valid !== 1) this.invalid(`integer, radix ${radix}`);
    return parseNumber(this.s, start, this.pos, radix)!;
  }

  // -------------------------------------------------------------------------------------------
  // `#` syntax.
  // -------------------------------------------------------------------------------------------
  /** Dispatches on the character after `#`. Returns the object read, or undefined when a construct was opened or text skipped. */
  private readHash(): LispObject | undefined {
    const c = this.peekUnit();
    if (c >= 0) this.pos++;
    switch (c) {
      case 115: // #s(
        if (this.peekUnit() === 40) { this.pos++; this.push(K.List, Sub.SharpS, NIL, null); return undefined; }
        return this.invalid("#");
      case 94: // #^[ and #^^[
        if (this.peekUnit() === 91) { this.pos++; this.push(K.Vector, Sub.CharTable, [], null); return undefined; }
        if (this.peekUnit() === 94) {
          this.pos++;
          if (this.peekUnit() === 91) { this.pos++; this.push(K.Vector, Sub.SubCharTable, [], null); return undefined; }
          return this.invalid("#^^");
        }
        return this.invalid("#^");
      case 38: this.push(K.BoolVec, 0, null, null); return undefined; // #&N"..."
      case 91: this.push(K.Vector, Sub.ByteCode, [], null); return undefined; // #[
      case 40: this.push(K.StrProps, 0, [], null); return undefined; // #("..." props)
      case 64: return this.skipDynamic(); // #@NUMBER
      case 33: { // #! to end of line
        let u;
        do u = this.nextChar(); while (u !== 10 && u >= 0);
        return undefined;
      }
      case 36: return findSymbolValue(Qload_file_name); // #$
      case 39: this.push(K.Wrap, 0, Qfunction, null); return undefined; // #'
      case 58: case 95: { // #:sym and #_sym
        const n = this.peekUnit();
        if (!(n > 32 && n !== NO_BREAK_SPACE && (n >= 128 || SYMBOL_END[n] === 0))) return makeSymbol("");
        return this.readSymbol(this.pos, c === 58, c === 95);
      }
      case 35: return this.fastTable ? E.intern("") : internCurrent(""); // ##
      case 120: case 88: return this.readRadixInteger(16);
      case 111: case 79: return this.readRadixInteger(8);
      case 98: case 66: return this.readRadixInteger(2);
      default:
        if (c >= 48 && c <= 57) return this.readHashNumber();
        return this.invalid("#");
    }
  }

  /** `#NNr...`, `#N=` and `#N#`; the first digit C is consumed. */
  private readHashNumber(): LispObject | undefined {
    const start = this.pos - 1;
    let u = this.peekUnit();
    while (u >= 48 && u <= 57) { this.pos++; u = this.peekUnit(); }
    const digits = this.s.slice(start, this.pos);
    const n = BigInt(digits);
    if (n < 2n ** 63n) { // GNU gives up (plain "#" error) when the number overflows its EMACS_INT
      if (u === 114 || u === 82) { // #NNr
        this.pos++;
        if (n < 2n || n > 36n) this.invalid(`integer, radix ${n}`);
        return this.readRadixInteger(Number(n));
      }
      if (this.readCircle && n <= MOST_POSITIVE_FIXNUM) {
        const key = n.toString();
        if (u === 61) { // #N=
          this.pos++;
          const placeholder = new Cons(NIL, NIL);
          (this.labels ??= new Map()).set(key, placeholder);
          this.push(K.Label, 0, placeholder, key);
          return undefined;
        }
        if (u === 35) { // #N#
          const v = this.labels?.get(key);
          if (v !== undefined) { this.pos++; return v; }
        }
      }
    }
    return this.invalid("#");
  }

  /** `#@NUMBER`: skips a dynamic doc string up to its \037 terminator; `#@00` skips to end of input. */
  private skipDynamic(): LispObject | undefined {
    let nskip = 0, digits = 0, c: number;
    while ((c = this.nextChar()) >= 48 && c <= 57) {
      digits++;
      nskip = nskip * 10 + (c - 48);
      if (digits === 2 && nskip === 0) {
        while (this.nextChar() >= 0);
        return NIL;
      }
    }
    if (nskip === 0) this.unreadChar();
    // Not reading a file directly: byte counts are meaningless in our text, but the skipped text always
    // ends with \037 (GNU skip_dyn_bytes does the same for non-file streams).
    do c = this.nextChar(); while (c >= 0 && c !== 31);
    return undefined;
  }

  // -------------------------------------------------------------------------------------------
  // Finishing compound syntax.
  // -------------------------------------------------------------------------------------------
  /** `#N=OBJ`: OBJ replaces the placeholder everywhere (GNU: read1's `#n=` case). */
  private finishLabel(key: string, placeholder: Cons, tem: LispObject): LispObject {
    if (tem instanceof Cons) {
      // The placeholder cons becomes the object itself, so references to it are already right.
      placeholder.car = tem.car; placeholder.cdr = tem.cdr;
      return placeholder;
    }
    if (!(tem instanceof LSymbol) && !isNumber(tem) && !(tem instanceof LString && !tem.intervals)) {
      substituteObject(tem, placeholder);
    }
    this.labels!.set(key, tem);
    return tem;
  }

  /** `#&N"BITS"` once N has been read: the string must follow immediately. */
  private finishBoolVector(length: LispObject): LispObject {
    if (this.peekUnit() !== 34) this.invalid("#&...");
    this.pos++;
    const str = this.readString();
    if (typeof length !== "number" || length < 0) return this.invalid("#&...");
    const nbytes = Math.ceil(length / 8);
    const n = str.s.length;
    // Old Emacsen printed one byte too many when the length was a multiple of 8; accept that too.
    if (str.multibyte || (n !== nbytes && length !== (n - 1) * 8)) this.invalid("#&...");
    const bits = new Uint8Array(length);
    for (let i = 0; i < length; i++) bits[i] = (str.s.charCodeAt(i >> 3) >> (i & 7)) & 1;
    return new BoolVector(bits);
  }

  /** `#[...]`: checks the slots GNU checks and makes a byte-code object. */
  private finishByteCode(slots: LispObject[]): LispObject {
    const args = slots[0], code = slots[1], depth = slots[3];
    if (!(slots.length > 3
      && (typeof args === "number" || args instanceof Cons || args === NIL)
      && ((code instanceof LString && Array.isArray(slots[2])) || code instanceof Cons)
      && typeof depth === "number" && depth >= 0)) this.invalid("Invalid byte-code object");
    if (code instanceof LString && code.multibyte) slots[1] = unibyteFromBytes(stringData(code));
    return new ByteCode(slots);
  }

  /** `#s(...)`: a hash table when the head is `hash-table`, else a record. */
  private finishSharpS(list: LispObject): LispObject {
    const head = list instanceof Cons ? list.car : NIL;
    if (head !== Qhash_table) {
      const size = listLength(list);
      if (size === 0) return xsignal(Qwrong_type_argument, Qwholenump, -1);
      const slots: LispObject[] = [];
      for (let l = list; l instanceof Cons; l = l.cdr) slots.push(l.car);
      return new LRecord(slots);
    }
    const plist = (list as Cons).cdr;
    const params: LispObject[] = [];
    for (const [key, kw] of HASH_PARAMS) {
      const v = plistGet(plist, key);
      if (v !== NIL) params.push(kw, v);
    }
    let data = plistGet(plist, Qdata);
    const ht = funcall(Qmake_hash_table, ...params);
    let last = data;
    const seen = new Set<LispObject>();
    while (data instanceof Cons && !seen.has(data)) {
      seen.add(data);
      const key = data.car;
      data = data.cdr;
      if (!(data instanceof Cons)) break;
      const val = data.car;
      last = data.cdr;
      if (ht instanceof HashTable) ht.put(key, val); else funcall(Qputhash, key, val, ht);
      data = data.cdr;
    }
    if (last !== NIL) error("Hash table data is not a list of even length");
    return ht;
  }

  /** `#("STRING" BEG END PLIST ...)`: applies each property triple with `set-text-properties`. */
  private finishStringProps(items: LispObject[]): LispObject {
    const str = items[0];
    const setter = Qset_text_properties.f;
    if (setter !== NIL) {
      for (let i = 1; i + 2 < items.length; i += 3) funcall(Qset_text_properties, items[i], items[i + 1], items[i + 2], str);
    }
    return str;
  }
}

/** Characters between these cannot be stored in tsmacs strings yet (lisp.ts charToJs's extended range). */
const FIRST_UNREPRESENTABLE = 0x110000 + (1 << 20) - 128;
/** charToJs, signalling a Lisp error instead of throwing for characters tsmacs strings cannot hold. */
export function charText(c: number): string {
  if (c >= FIRST_UNREPRESENTABLE && c < BYTE8_FIRST) error(`Character #x${c.toString(16)} is not supported in strings`);
  return charToJs(c);
}

/** A unibyte string from text holding only ASCII and raw-byte characters. */
function unibyteFromRaw(s: string): LString {
  let out = "";
  for (let i = 0; i < s.length; i++) {
    const u = s.charCodeAt(i);
    if (u >= 0xdc00 && u <= 0xdfff) { out += String.fromCharCode(jsCharAt(s, i) - BYTE8_FIRST + 0x80); i++; }
    else out += s[i];
  }
  return new LString(out, false);
}

/** GNU's safe `plist-get`: stops quietly at a malformed or circular tail. */
function plistGet(plist: LispObject, prop: LispObject): LispObject {
  let n = 0;
  for (let p = plist; p instanceof Cons && p.cdr instanceof Cons && n < 1e6; p = p.cdr.cdr, n++) {
    if (p.car === prop) return p.cdr.car;
  }
  return NIL;
}

/** Records `?(` and friends in `lread--unescaped-character-literals' (load warns about them). */
function noteUnescapedLiteral(c: number): void {
  const v = findSymbolValue(Qunescaped_literals);
  checkList(v);
  for (let l = v; l instanceof Cons; l = l.cdr) if (l.car === c) return;
  setInternal(Qunescaped_literals, new Cons(c, v));
}

/**
 * Replaces PLACEHOLDER by OBJECT everywhere inside OBJECT (GNU lread--substitute-object-in-subtree), with
 * an explicit work list so that long or deep structure cannot overflow the JS stack. Every container is
 * visited once: GNU remembers only the #N= objects, which is enough to stop at cycles, and re-walking
 * a shared part could never find another placeholder anyway.
 */
export function substituteObject(object: LispObject, placeholder: LispObject): void {
  const seen = new Set<LispObject>();
  const work: LispObject[] = [object];
  const fix = (x: LispObject): LispObject => {
    if (x === placeholder) return object;
    if (x instanceof LSymbol || typeof x === "number" || typeof x === "bigint" || (x instanceof LString && !x.intervals)) return x;
    if (!seen.has(x)) { seen.add(x); work.push(x); }
    return x;
  };
  seen.add(object);
  while (work.length > 0) {
    let x = work.pop()!;
    // Walk cdr chains iteratively.
    while (x instanceof Cons) {
      x.car = fix(x.car);
      const d = x.cdr;
      if (d === placeholder) { x.cdr = object; break; }
      if (!(d instanceof Cons) || seen.has(d)) { x.cdr = fix(d); break; }
      seen.add(d);
      x = d;
    }
    if (Array.isArray(x)) { for (let i = 0; i < x.length; i++) x[i] = fix(x[i]); }
    else if (x instanceof LRecord || x instanceof ByteCode) { const sl = x.slots; for (let i = 0; i < sl.length; i++) sl[i] = fix(sl[i]); }
    else if (x instanceof HashTable) {
      for (let i = 0; i < x.top; i++) { x.keys[i] = fix(x.keys[i]); x.vals[i] = fix(x.vals[i]); }
    } else if (x instanceof CharTable) {
      x.defalt = fix(x.defalt); x.parent = fix(x.parent); x.purpose = fix(x.purpose);
      for (let i = 0; i < x.contents.length; i++) x.contents[i] = fix(x.contents[i]);
      for (let i = 0; i < x.extras.length; i++) x.extras[i] = fix(x.extras[i]);
    } else if (x instanceof SubCharTable) {
      for (let i = 0; i < x.contents.length; i++) x.contents[i] = fix(x.contents[i]);
    }
    // Strings, bool-vectors and other pseudovectors hold no Lisp slots the reader could have filled.
  }
}
