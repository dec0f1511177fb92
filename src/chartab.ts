// Char-tables: sparse four-level tables indexed by character (GNU: chartab.c).
//
// The layout is GNU's own, so that `#^[...]` prints, reads and compares exactly as in GNU Emacs, and
// map-char-table groups ranges the same way: a top table of 64 slots (65536 characters each), then
// sub-char-tables of depth 1 (16 slots of 4096), depth 2 (32 slots of 128) and depth 3 (128 single
// characters). A slot holds either a value for its whole block or a deeper SubCharTable.
import { defun, defvar } from "./defun.js";
import { funcall } from "./eval.js";
import { bool, Cons, defsym, LispObject, LSymbol, MAX_CHAR, NIL, T, Vectorlike } from "./lisp.js";
import { initialCharCodePropertyAlist } from "./unidata/files.js";
import {
  argsOutOfRange, checkCharacter, checkSymbol, error, Qchar_table_p, Qfixnump, Qwholenump, wrongType,
} from "./signal.js";

/** Slots per level, and characters covered by one slot of each level. */
const SIZE = [64, 16, 32, 128] as const;
const CHARS = [65536, 4096, 128, 1] as const;
const BITS = [16, 12, 7, 0] as const;
/** defalt, parent, purpose, ascii + 64 contents (GNU: CHAR_TABLE_STANDARD_SLOTS). */
export const CHAR_TABLE_STANDARD_SLOTS = 68;

export const Qchar_table_extra_slots = defsym("char-table-extra-slots");
const Qequal = defsym("equal");
const Qeq = defsym("eq");

export class SubCharTable extends Vectorlike {
  readonly lispType = "sub-char-table";
  constructor(readonly depth: number, readonly minChar: number, readonly contents: LispObject[]) { super(); }
}

export class CharTable extends Vectorlike {
  readonly lispType = "char-table";
  /** Value for characters whose slot is nil (GNU: defalt). */
  defalt: LispObject;
  /** NIL or a CharTable consulted when both the slot and `defalt` are nil. */
  parent: LispObject = NIL;
  purpose: LispObject;
  /** Cache: the depth-3 table for 0..127, or the value covering them (GNU: ascii). */
  ascii: LispObject;
  readonly contents: LispObject[];
  readonly extras: LispObject[];
  constructor(purpose: LispObject, init: LispObject, nExtras: number) {
    super();
    // GNU fills every slot of the new vector with INIT, the default and extra slots included.
    this.defalt = init; this.purpose = purpose; this.ascii = init;
    this.contents = new Array(64).fill(init);
    this.extras = new Array(nExtras).fill(init);
  }
}

export const isCharTable = (x: LispObject): x is CharTable => x instanceof CharTable;
export function checkCharTable(x: LispObject): CharTable {
  if (x instanceof CharTable) return x;
  return wrongType(Qchar_table_p, x);
}

/** `(get SYM PROP)` without depending on fns.ts. */
function symbolGet(sym: LSymbol, prop: LispObject): LispObject {
  for (let p = sym.plist; p instanceof Cons && p.cdr instanceof Cons; p = p.cdr.cdr) if (p.car === prop) return p.cdr.car;
  return NIL;
}

/** `(put SYM PROP VAL)` for module set-up, without depending on fns.ts (well-known symbols are shared by all Envs). */
export function putPropOnce(sym: LSymbol, prop: LispObject, val: LispObject): void {
  for (let p = sym.plist; p instanceof Cons && p.cdr instanceof Cons; p = p.cdr.cdr) if (p.car === prop) { p.cdr.car = val; return; }
  sym.plist = new Cons(prop, new Cons(val, sym.plist));
}

/** Purposes with built-in extra slots, re-declared in every new world (GNU: the Fput calls of syms_of_*). */
const builtinPurposes: [LSymbol, number][] = [];

/** Gives PURPOSE a `char-table-extra-slots' property of N in this and every later world. */
export function defCharTablePurpose(purpose: LSymbol, n: number): void {
  builtinPurposes.push([purpose, n]);
  putPropOnce(purpose, Qchar_table_extra_slots, n);
}

/** A new char-table, as `make-char-table`: extra slots come from PURPOSE's `char-table-extra-slots'. */
export function makeCharTable(purpose: LispObject, init: LispObject = NIL): CharTable {
  const sym = checkSymbol(purpose);
  const n = symbolGet(sym, Qchar_table_extra_slots);
  let extras = 0;
  if (n !== NIL) {
    if (typeof n !== "number" || n < 0) wrongType(Qwholenump, n);
    if (n > 10) argsOutOfRange(n, NIL);
    extras = n;
  }
  return new CharTable(sym, init, extras);
}

function makeSub(depth: number, minChar: number, init: LispObject): SubCharTable {
  return new SubCharTable(depth, minChar, new Array(SIZE[depth]).fill(init));
}

/** The sub-table in CONTENTS[I], splitting a plain value into a new sub-table of DEPTH first. */
function subAt(contents: LispObject[], i: number, depth: number, minChar: number): SubCharTable {
  const v = contents[i];
  if (v instanceof SubCharTable) return v;
  const sub = makeSub(depth, minChar, v);
  contents[i] = sub;
  return sub;
}

/** Recomputes the `ascii` cache (GNU: char_table_ascii). */
function asciiOf(ct: CharTable): LispObject {
  let sub = ct.contents[0];
  if (!(sub instanceof SubCharTable)) return sub;
  sub = sub.contents[0];
  if (!(sub instanceof SubCharTable)) return sub;
  return sub.contents[0];
}

/** The value for C in CT, with the default and parent inheritance (GNU: CHAR_TABLE_REF). For `aref`. */
export function charTableGet(ct: CharTable, c: number): LispObject {
  let val: LispObject;
  if (c < 128) {
    val = ct.ascii;
    if (val instanceof SubCharTable) val = val.contents[c];
  } else {
    val = ct.contents[c >>> 16];
    while (val instanceof SubCharTable) val = val.contents[(c - val.minChar) >>> BITS[val.depth]];
  }
  if (val === NIL) {
    val = ct.defalt;
    if (val === NIL && ct.parent instanceof CharTable) return charTableGet(ct.parent, c);
  }
  return val;
}

/** Stores V for C in CT (GNU: CHAR_TABLE_SET). For `aset`. */
export function charTableSet(ct: CharTable, c: number, v: LispObject): void {
  if (c < 128 && ct.ascii instanceof SubCharTable) { ct.ascii.contents[c] = v; return; }
  const i = c >>> 16;
  let sub = subAt(ct.contents, i, 1, i * CHARS[0]);
  for (;;) {
    const j = (c - sub.minChar) >>> BITS[sub.depth];
    if (sub.depth === 3) { sub.contents[j] = v; break; }
    sub = subAt(sub.contents, j, sub.depth + 1, sub.minChar + j * CHARS[sub.depth]);
  }
  if (c < 128) ct.ascii = asciiOf(ct);
}

/**
 * The 128-slot leaf array holding C's value, created (by splitting) if needed: for bulk loading, where the
 * caller writes `leaf[c & 127]` directly. The structure is the one per-character `aset` would build.
 */
export function charTableLeaf(ct: CharTable, c: number): LispObject[] {
  let sub = subAt(ct.contents, c >>> 16, 1, (c >>> 16) * CHARS[0]);
  while (sub.depth < 3) {
    const j = (c - sub.minChar) >>> BITS[sub.depth];
    sub = subAt(sub.contents, j, sub.depth + 1, sub.minChar + j * CHARS[sub.depth]);
  }
  if (c < 128) ct.ascii = sub;
  return sub.contents;
}

function subSetRange(sub: SubCharTable, from: number, to: number, v: LispObject): void {
  const depth = sub.depth, block = CHARS[depth];
  if (from < sub.minChar) from = sub.minChar;
  let i = (from - sub.minChar) >>> BITS[depth];
  for (let c = sub.minChar + block * i; i < SIZE[depth] && c <= to; i++, c += block) {
    if (from <= c && c + block - 1 <= to) { sub.contents[i] = v; continue; }
    subSetRange(subAt(sub.contents, i, depth + 1, c), from, to, v);
  }
}

/** Stores V for every character FROM..TO (GNU: char_table_set_range). */
export function charTableSetRange(ct: CharTable, from: number, to: number, v: LispObject): void {
  if (from === to) { charTableSet(ct, from, v); return; }
  const lim = to >>> 16;
  for (let i = from >>> 16, c = i * CHARS[0]; i <= lim && c <= to; i++, c += CHARS[0]) {
    if (from <= c && c + CHARS[0] - 1 <= to) { ct.contents[i] = v; continue; }
    subSetRange(subAt(ct.contents, i, 1, c), from, to, v);
  }
  if (from < 128) ct.ascii = asciiOf(ct);
}

/** `(set-char-table-range CT t V)`: every character, default untouched. */
export function charTableSetAll(ct: CharTable, v: LispObject): void {
  ct.ascii = v;
  ct.contents.fill(v);
}

// ---------------------------------------------------------------------------------------------
// Value and range lookup (GNU: char_table_ref_and_range): the value for C, and a sub-range of
// [from, to] around C over which the value is the same. Used by `char-table-range' with a cons.
// ---------------------------------------------------------------------------------------------
interface Range { from: number; to: number }

function slotValue(contents: LispObject[], idx: number, c: number, r: Range, defalt: LispObject): LispObject {
  const val = contents[idx];
  if (val instanceof SubCharTable) return subRefAndRange(val, c, r, defalt);
  return val === NIL ? defalt : val;
}

function subRefAndRange(sub: SubCharTable, c: number, r: Range, defalt: LispObject): LispObject {
  const depth = sub.depth, min = sub.minChar, block = CHARS[depth];
  const home = (c - min) >>> BITS[depth];
  const val = slotValue(sub.contents, home, c, r, defalt);
  for (let idx = home; idx > 0 && r.from < min + idx * block;) {
    const cc = min + idx * block - 1;
    idx--;
    if (slotValue(sub.contents, idx, cc, r, defalt) !== val) { r.from = cc + 1; break; }
  }
  for (let idx = home; ;) {
    let cc = (idx + 1) * block;
    if (cc >= CHARS[depth - 1] || (cc += min) > r.to) break;
    idx++;
    if (slotValue(sub.contents, idx, cc, r, defalt) !== val) { r.to = cc - 1; break; }
  }
  return val;
}

/** The value of C (default applied, parent not consulted), narrowing R to a run of that value. */
export function charTableRefAndRange(ct: CharTable, c: number, r: Range): LispObject {
  if (r.from < 0) r.from = 0;
  if (r.to < 0) r.to = MAX_CHAR;
  const home = c >>> 16;
  const val = slotValue(ct.contents, home, c, r, ct.defalt);
  for (let idx = home; r.from < idx * CHARS[0];) {
    const cc = idx * CHARS[0] - 1;
    idx--;
    if (slotValue(ct.contents, idx, cc, r, ct.defalt) !== val) { r.from = cc + 1; break; }
  }
  for (let idx = home; r.to >= (idx + 1) * CHARS[0];) {
    idx++;
    const cc = idx * CHARS[0];
    if (slotValue(ct.contents, idx, cc, r, ct.defalt) !== val) { r.to = cc - 1; break; }
  }
  return val;
}

// ---------------------------------------------------------------------------------------------
// map-char-table (GNU: map_char_table / map_sub_char_table). The grouping of ranges, the handling of
// parents and even the reuse of one range cons for every call follow GNU, because Lisp code can see all
// three. FN receives a character or the shared (FROM . TO) cons, and the value.
// ---------------------------------------------------------------------------------------------
export type CharTableMapFn = (key: LispObject, val: LispObject) => void;

/** The value of C in TABLE without consulting TABLE's parent. */
function refNoParent(table: CharTable, c: number): LispObject {
  const p = table.parent;
  table.parent = NIL;
  try { return charTableGet(table, c); } finally { table.parent = p; }
}

function emit(fn: CharTableMapFn, range: Cons, val: LispObject): void {
  if (range.car === range.cdr) fn(range.car, val);
  else fn(range, val);
}

function mapSub(fn: CharTableMapFn, table: CharTable | SubCharTable, val: LispObject, range: Cons, top: CharTable): LispObject {
  let from = range.car as number;
  const to = range.cdr as number;
  let depth: number, min: number, max: number;
  if (table instanceof SubCharTable) { depth = table.depth; min = table.minChar; max = min + CHARS[depth - 1] - 1; }
  else { depth = 0; min = 0; max = MAX_CHAR; }
  const block = CHARS[depth];
  if (to < max) max = to;
  let i = from <= min ? 0 : Math.floor((from - min) / block);
  for (let c = min + block * i; c <= max; i++, c += block) {
    let cur = table.contents[i];
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

/** Calls FN for each run of characters with the same non-nil value, as `map-char-table` does. */
export function mapCharTable(fn: CharTableMapFn, table: CharTable): void {
  const range = new Cons(0, MAX_CHAR);
  let val = table.ascii;
  if (val instanceof SubCharTable) val = val.contents[0];
  val = mapSub(fn, table, val, range, table);
  while (val === NIL && table.parent instanceof CharTable) {
    const parent: CharTable = table.parent;
    val = refNoParent(parent, range.car as number);
    val = mapSub(fn, parent, val, range, parent);
    table = parent;
  }
  if (val !== NIL) emit(fn, range, val);
}

// ---------------------------------------------------------------------------------------------
// Copying, optimizing, and raw slot access for the printer, the reader and `equal`.
// ---------------------------------------------------------------------------------------------
function copySub(sub: SubCharTable): SubCharTable {
  return new SubCharTable(sub.depth, sub.minChar, sub.contents.map((v) => (v instanceof SubCharTable ? copySub(v) : v)));
}

/** A deep copy of the table structure (values shared), as `copy-sequence` (GNU: copy_char_table). */
export function copyCharTable(ct: CharTable): CharTable {
  const copy = new CharTable(ct.purpose, NIL, ct.extras.length);
  copy.defalt = ct.defalt;
  copy.parent = ct.parent;
  for (let i = 0; i < 64; i++) { const v = ct.contents[i]; copy.contents[i] = v instanceof SubCharTable ? copySub(v) : v; }
  copy.ascii = asciiOf(copy);
  for (let i = 0; i < ct.extras.length; i++) copy.extras[i] = ct.extras[i];
  return copy;
}

function optimizeSub(sub: SubCharTable, same: (a: LispObject, b: LispObject) => boolean): LispObject {
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

/** `optimize-char-table`: collapses sub-tables whose slots are all equivalent under TEST. */
export function optimizeCharTable(ct: CharTable, test: LispObject = NIL): void {
  const same = test === NIL ? (a: LispObject, b: LispObject) => a === b || funcall(Qequal, a, b) !== NIL
    : test === Qeq ? (a: LispObject, b: LispObject) => a === b
      : (a: LispObject, b: LispObject) => funcall(test, a, b) !== NIL;
  for (let i = 0; i < 64; i++) {
    const v = ct.contents[i];
    if (v instanceof SubCharTable) ct.contents[i] = optimizeSub(v, same);
  }
  ct.ascii = asciiOf(ct);
}

/** GNU's vector view of a char-table: defalt, parent, purpose, ascii, 64 contents, extras (for #^[...] and `equal`). */
export function charTableSlots(ct: CharTable): LispObject[] {
  return [ct.defalt, ct.parent, ct.purpose, ct.ascii, ...ct.contents, ...ct.extras];
}
/** GNU's vector view of a sub-char-table: depth, min-char, contents (for #^^[...] and `equal`). */
export function subCharTableSlots(sub: SubCharTable): LispObject[] {
  return [sub.depth, sub.minChar, ...sub.contents];
}

/** Builds a char-table from the slots of `#^[...]`, as the reader does; signals GNU's error on a bad size. */
export function charTableFromSlots(slots: LispObject[]): CharTable {
  if (slots.length < CHAR_TABLE_STANDARD_SLOTS) error("Invalid size char-table");
  const ct = new CharTable(slots[2], NIL, slots.length - CHAR_TABLE_STANDARD_SLOTS);
  ct.defalt = slots[0]; ct.parent = slots[1]; ct.ascii = slots[3];
  for (let i = 0; i < 64; i++) ct.contents[i] = slots[4 + i];
  for (let i = 0; i < ct.extras.length; i++) ct.extras[i] = slots[CHAR_TABLE_STANDARD_SLOTS + i];
  return ct;
}

/** Builds a sub-char-table from the elements of `#^^[DEPTH MIN-CHAR ...]`, with the reader's checks. */
export function subCharTableFromSlots(slots: LispObject[]): SubCharTable {
  if (slots.length === 0) error("Zero-sized sub char-table");
  const depth = slots[0];
  if (typeof depth !== "number" || depth < 1 || depth > 3) error("Invalid depth in sub char-table");
  if (SIZE[depth] !== slots.length - 2) error("Invalid size in sub char-table");
  const min = slots[1];
  if (typeof min !== "number" || min < 0 || min > MAX_CHAR) error("Invalid minimum character in sub-char-table");
  return new SubCharTable(depth, min, slots.slice(2));
}

// ---------------------------------------------------------------------------------------------
// Primitives.
// ---------------------------------------------------------------------------------------------
// Its initializer runs once per new world, first among the char-table variables: it is where the
// built-in purposes get their properties (symbol plists are per world).
defvar("char-code-property-alist", () => {
  for (const [sym, n] of builtinPurposes) putPropOnce(sym, Qchar_table_extra_slots, n);
  return initialCharCodePropertyAlist();
}, `Alist of character property name vs char-table containing property values.
Internal use only.`);

defun("make-char-table", "(purpose &optional init)", `Return a newly created char-table, with purpose PURPOSE.
Each element is initialized to INIT, which defaults to nil.

PURPOSE should be a symbol.  If it has a \`char-table-extra-slots'
property, the property's value should be an integer between 0 and 10
that specifies how many extra slots the char-table has.  Otherwise,
the char-table has no extra slot.`, (purpose, init) => makeCharTable(purpose, init));

defun("char-table-p", "(object)", "Return t if OBJECT is a char-table.", (object) => bool(object instanceof CharTable));

defun("char-table-subtype", "(char-table)", "Return the subtype of char-table CHAR-TABLE.  The value is a symbol.",
  (ct) => checkCharTable(ct).purpose);

defun("char-table-parent", "(char-table)", `Return the parent char-table of CHAR-TABLE.
The value is either nil or another char-table.
If CHAR-TABLE holds nil for a given character,
then the actual applicable value is inherited from the parent char-table
(or from its parents, if necessary).`, (ct) => checkCharTable(ct).parent);

defun("set-char-table-parent", "(char-table parent)", `Set the parent char-table of CHAR-TABLE to PARENT.
Return PARENT.  PARENT must be either nil or another char-table.`, (ct, parent) => {
  const table = checkCharTable(ct);
  if (parent !== NIL) {
    checkCharTable(parent);
    for (let p: LispObject = parent; p instanceof CharTable; p = p.parent) {
      if (p === table) error("Attempt to make a chartable be its own parent");
    }
  }
  table.parent = parent;
  return parent;
});

function extraIndex(table: CharTable, n: LispObject): number {
  if (typeof n !== "number") wrongType(Qfixnump, n);
  if (n < 0 || n >= table.extras.length) argsOutOfRange(table, n);
  return n;
}

defun("char-table-extra-slot", "(char-table n)", "Return the value of CHAR-TABLE's extra-slot number N.", (ct, n) => {
  const table = checkCharTable(ct);
  return table.extras[extraIndex(table, n)];
});

defun("set-char-table-extra-slot", "(char-table n value)", "Set CHAR-TABLE's extra-slot number N to VALUE.", (ct, n, value) => {
  const table = checkCharTable(ct);
  table.extras[extraIndex(table, n)] = value;
  return value;
});

defun("char-table-range", "(char-table range)", `Return the value in CHAR-TABLE for a range of characters RANGE.
RANGE should be nil (for the default value),
a cons of character codes (for characters in the range), or a character code.`, (ct, range) => {
  const table = checkCharTable(ct);
  if (range === NIL) return table.defalt;
  if (typeof range === "number" && range >= 0 && range <= MAX_CHAR) return charTableGet(table, range);
  if (range instanceof Cons) {
    const from = checkCharacter(range.car), to = checkCharacter(range.cdr);
    // Like GNU, answers the value of FROM (the range narrowing is computed but not otherwise used).
    return charTableRefAndRange(table, from, { from, to });
  }
  return error("Invalid RANGE argument to ‘char-table-range’");
});

defun("set-char-table-range", "(char-table range value)", `Set the value in CHAR-TABLE for a range of characters RANGE to VALUE.
RANGE should be t (for all characters), nil (for the default value),
a cons of character codes (for characters in the range),
or a character code.  Return VALUE.`, (ct, range, value) => {
  const table = checkCharTable(ct);
  if (range === T) charTableSetAll(table, value);
  else if (range === NIL) table.defalt = value;
  else if (typeof range === "number" && range >= 0 && range <= MAX_CHAR) charTableSet(table, range, value);
  else if (range instanceof Cons) charTableSetRange(table, checkCharacter(range.car), checkCharacter(range.cdr), value);
  else error("Invalid RANGE argument to ‘set-char-table-range’");
  return value;
});

defun("optimize-char-table", "(char-table &optional test)", `Optimize CHAR-TABLE.
TEST is the comparison function used to decide whether two entries are
equivalent and can be merged.  It defaults to \`equal'.`, (ct, test) => {
  optimizeCharTable(checkCharTable(ct), test);
  return NIL;
});

defun("map-char-table", "(function char-table)", `Call FUNCTION for each character in CHAR-TABLE that has non-nil value.
FUNCTION is called with two arguments, KEY and VALUE.
KEY is a character code or a cons of character codes specifying a
range of characters that have the same value.
VALUE is what (char-table-range CHAR-TABLE KEY) returns.`, (fn, ct) => {
  mapCharTable((k, v) => { funcall(fn, k, v); }, checkCharTable(ct));
  return NIL;
});
