// Case conversion of characters and strings, and case tables (GNU: casefiddle.c for strings and characters,
// casetab.c for case tables). Region and word commands arrive with buffers and reuse CasingContext.
import { defun, defvar } from "./defun.js";
import { E, findSymbolValue, LocalsHolder } from "./env.js";
import { Cons, defsym, jsCharAt, LispObject, LString, MOST_POSITIVE_FIXNUM, NIL, stringFromChars, T } from "./lisp.js";
import { checkCharacter, wrongType } from "./signal.js";
import {
  CharTable, charTableGet, charTableLeaf, charTableSet, charTableSetRange, mapCharTable, makeCharTable, defCharTablePurpose,
} from "./chartab.js";
import {
  CANON_RUNS, DOWNCASE_RUNS, EQV_RUNS, SPECIAL_LOWERCASE, SPECIAL_TITLECASE, SPECIAL_UPPERCASE, TITLECASE_RUNS, UPCASE_RUNS,
} from "./unicode/case.js";
import { WORD_RUNS } from "./unicode/syntax.js";
import { copyTextProps } from "./fns/strings.js";

export const Qcase_table = defsym("case-table");
const Qcase_table_p = defsym("case-table-p");
const Qchar_or_string_p = defsym("char-or-string-p");
const Qenable_multibyte_characters = defsym("enable-multibyte-characters");
defCharTablePurpose(Qcase_table, 3);

// GNU's casefiddle.c declares it (nil); simple.el gives it its usual value.
defvar("region-extract-function", NIL, `Function to get the region's content.
Called with one argument METHOD which can be:
- nil: return the content as a string (list of strings for
  non-contiguous regions).
- \`delete-only': delete the region; the return value is undefined.
- \`bounds': return the boundaries of the region as a list of one
  or more cons cells of the form (START . END).
- anything else: delete the region and return its content
  as a string (or list of strings for non-contiguous regions),
  after filtering it with \`filter-buffer-substring', which
  is called, for the first N-1 strings, with METHOD as its 3rd argument.`);

// ---------------------------------------------------------------------------------------------
// Case tables. A case table is the DOWNCASE char-table; its extra slots hold UP, CANON and EQV.
// Each buffer remembers the four tables selected by set-case-table (GNU: the buffer's downcase_table,
// upcase_table, case_canon_table and case_eqv_table fields).
// ---------------------------------------------------------------------------------------------
export interface CaseTables { down: CharTable; up: CharTable; canon: CharTable; eqv: CharTable }

interface CaseState {
  standard: CaseTables | undefined;
  /** Tables selected in particular buffers; buffers without an entry use the standard ones. */
  byBuffer: WeakMap<LocalsHolder, CaseTables>;
  /** The last buffer looked up and its entry: searches ask for the current tables at every call. */
  lastHolder: LocalsHolder | null;
  lastTables: CaseTables | undefined;
}
/** The world `state` answered for last, and its state (searches ask for the case tables at every call). */
let stateEnv: object | null = null;
let stateOf: CaseState | null = null;
function state(): CaseState {
  const env = E;
  if (env === stateEnv) return stateOf!;
  const st = (env.ext.casefiddle ??= { standard: undefined, byBuffer: new WeakMap(), lastHolder: null, lastTables: undefined }) as CaseState;
  stateEnv = env; stateOf = st;
  return st;
}
/** Records BUF's tables (keeping the one-entry lookup cache in step). */
function setBufferTables(st: CaseState, buf: LocalsHolder, tables: CaseTables): void {
  st.byBuffer.set(buf, tables);
  if (st.lastHolder === buf) st.lastTables = tables;
}

/** A case-table char-table filled from generated delta runs [start, count, stride, delta, ...]. */
function tableFromRuns(runs: readonly number[]): CharTable {
  const table = makeCharTable(Qcase_table, NIL);
  let leaf: LispObject[] = [], block = -1;
  for (let i = 0; i < runs.length; i += 4) {
    const start = runs[i], n = runs[i + 1], stride = runs[i + 2], delta = runs[i + 3];
    for (let k = 0, c = start; k < n; k++, c += stride) {
      if (c >>> 7 !== block) { block = c >>> 7; leaf = charTableLeaf(table, c); }
      leaf[c & 127] = c + delta;
    }
  }
  return table;
}

/**
 * The standard case tables, built on first use from GNU's startup contents. CANON and EQV are loaded too
 * rather than derived: they are exactly what set-case-table computes (the tests check this), only faster.
 */
export function standardCaseTables(): CaseTables {
  const st = state();
  if (!st.standard) {
    const down = tableFromRuns(DOWNCASE_RUNS), up = tableFromRuns(UPCASE_RUNS);
    const canon = tableFromRuns(CANON_RUNS), eqv = tableFromRuns(EQV_RUNS);
    down.extras[0] = up; down.extras[1] = canon; down.extras[2] = eqv;
    canon.extras[2] = eqv;
    st.standard = { down, up, canon, eqv };
  } else if (!inSync(st.standard)) {
    const down = st.standard.down;
    st.standard = down.extras.slice(0, 3).every((x) => x instanceof CharTable) ? recordOf(down) : setCaseTable(down, true);
  }
  return st.standard;
}

/** The tables of the current buffer, refreshed when the case table was edited (extras[1] cleared). */
export function currentCaseTables(): CaseTables {
  const st = state();
  const cb = E.currentBuffer;
  let tables: CaseTables | undefined;
  if (st.lastHolder === cb) tables = st.lastTables;
  else { tables = st.byBuffer.get(cb); st.lastHolder = cb; st.lastTables = tables; }
  // A buffer seen for the first time gets the standard tables of that moment (GNU: reset_buffer).
  if (!tables) setBufferTables(st, cb, tables = standardCaseTables());
  const x = tables.down.extras;
  // (In sync implies all three slots are tables: the common case costs three comparisons.)
  if (x[0] === tables.up && x[1] === tables.canon && x[2] === tables.eqv) return tables;
  if (x[1] === NIL || x[2] === NIL || x[0] === NIL) return setCaseTable(tables.down, false);
  // The DOWN table may have been completed again through another buffer (or as the standard table):
  // its slots are the truth, the record only caches them.
  setBufferTables(st, cb, tables = recordOf(tables.down));
  return tables;
}

function inSync(t: CaseTables): boolean {
  const x = t.down.extras;
  return x[0] === t.up && x[1] === t.canon && x[2] === t.eqv;
}
function recordOf(down: CharTable): CaseTables {
  const [up, canon, eqv] = down.extras as CharTable[];
  return { down, up, canon, eqv };
}

/** Gives buffer BUF the current standard tables (for buffer.ts when it creates a buffer, as GNU's reset_buffer). */
export function initBufferCaseTables(buf: LocalsHolder): void {
  const st = state();
  setBufferTables(st, buf, standardCaseTables());
}

export function caseTableP(x: LispObject): boolean {
  if (!(x instanceof CharTable) || x.purpose !== Qcase_table) return false;
  const [up, canon, eqv] = x.extras;
  return (up === NIL || up instanceof CharTable)
    && ((canon === NIL && eqv === NIL) || (canon instanceof CharTable && (eqv === NIL || eqv instanceof CharTable)));
}

function charArg(x: LispObject): number { return checkCharacter(x); }

/** The characters of a map-char-table KEY: a character or a (FROM . TO) cons. */
function keyRange(key: LispObject): [number, number] {
  if (key instanceof Cons) return [key.car as number, key.cdr as number];
  return [key as number, key as number];
}

/** Sets TABLE[c] = c for every character of KEY where ELT is a natural number (GNU: set_identity). */
function setIdentity(table: CharTable, key: LispObject, elt: LispObject): void {
  if (typeof elt !== "number" || elt < 0) return;
  const [from, to] = keyRange(key);
  for (let c = from; c <= to; c++) charTableSet(table, c, c);
}

/** Permutes the identity TABLE into one cycle per equivalence class (GNU: shuffle). */
function shuffle(table: CharTable, key: LispObject, elt: LispObject): void {
  if (typeof elt !== "number" || elt < 0) return;
  const e = charArg(elt);
  const [from, to] = keyRange(key);
  for (let c = from; c <= to; c++) {
    const tem = charTableGet(table, e);
    charTableSet(table, e, c);
    charTableSet(table, c, tem);
  }
}

/** Completes TABLE's missing UP/CANON/EQV slots and selects it (GNU: set_case_table). */
export function setCaseTable(table: LispObject, standard: boolean): CaseTables {
  if (!caseTableP(table)) wrongType(Qcase_table_p, table);
  const down = table as CharTable;
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
    const u = up as CharTable;
    mapCharTable((k, v) => {
      if (typeof v !== "number" || v < 0) return;
      const val = charTableGet(down, charArg(charTableGet(u, charArg(v))));
      const [from, to] = keyRange(k);
      charTableSetRange(c, from, to, val);
    }, down);
  }
  if (eqv === NIL) {
    const q = makeCharTable(Qcase_table, NIL);
    const c = canon as CharTable;
    mapCharTable((k, v) => setIdentity(q, k, v), c);
    mapCharTable((k, v) => shuffle(q, k, v), c);
    down.extras[2] = eqv = q;
  }
  // So that regex translation can find EQV from CANON (GNU does the same).
  (canon as CharTable).extras[2] = eqv;
  const tables: CaseTables = { down, up: up as CharTable, canon: canon as CharTable, eqv: eqv as CharTable };
  const st = state();
  if (standard) st.standard = tables;
  else setBufferTables(st, E.currentBuffer, tables);
  return tables;
}

/** Lower-case form of C by the current buffer's case table (GNU: downcase). */
export function downcaseChar(c: number): number {
  const v = charTableGet(currentCaseTables().down, c);
  return typeof v === "number" && v >= 0 ? v : c;
}
/** Upper-case form of C by the current buffer's case table (GNU: upcase). */
export function upcaseChar(c: number): number {
  const v = charTableGet(currentCaseTables().up, c);
  return typeof v === "number" && v >= 0 ? v : c;
}
export const uppercaseP = (c: number): boolean => downcaseChar(c) !== c;
export const lowercaseP = (c: number): boolean => !uppercaseP(c) && upcaseChar(c) !== c;

// ---------------------------------------------------------------------------------------------
// Word syntax. Until syntax.ts exists, a character is a word constituent when the standard syntax table
// of GNU Emacs says so (generated data). syntax.ts replaces this with `setWordSyntaxFunction`.
// ---------------------------------------------------------------------------------------------
const asciiWord = new Uint8Array(128);
for (let i = 0; i < WORD_RUNS.length && WORD_RUNS[i] < 128; i += 2) {
  const end = i + 2 < WORD_RUNS.length ? Math.min(WORD_RUNS[i + 2], 128) : 128;
  asciiWord.fill(WORD_RUNS[i + 1], WORD_RUNS[i], end);
}
function standardWordP(c: number): boolean {
  if (c < 128) return asciiWord[c] === 1;
  let lo = 0, hi = WORD_RUNS.length / 2 - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (WORD_RUNS[mid * 2] <= c) lo = mid; else hi = mid - 1;
  }
  return WORD_RUNS[lo * 2 + 1] === 1;
}
let wordP: (c: number) => boolean = standardWordP;
/** Installs the word-syntax test of the current buffer's syntax table (for syntax.ts). */
export function setWordSyntaxFunction(fn: (c: number) => boolean): void { wordP = fn; }
/** True when C has word syntax: the one place casing asks about syntax (GNU: SYNTAX (c) == Sword). */
export function isWordChar(c: number): boolean { return wordP(c); }

// ---------------------------------------------------------------------------------------------
// Special casing and titlecase (GNU: the special-uppercase/-lowercase/-titlecase and titlecase
// character properties), decoded once per process: stateless Unicode data.
// ---------------------------------------------------------------------------------------------
/** Bytes of C in Emacs's internal encoding; GNU ignores special casings longer than 6 bytes. */
function charBytes(c: number): number {
  return c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : c < 0x200000 ? 4 : c < 0x3fff80 ? 5 : 2;
}
function decodeSpecial(flat: readonly number[]): Map<number, number[]> {
  const m = new Map<number, number[]>();
  for (let i = 0; i < flat.length;) {
    const c = flat[i], n = flat[i + 1];
    const chars = flat.slice(i + 2, i + 2 + n) as number[];
    if (chars.reduce((a, x) => a + charBytes(x), 0) <= 6) m.set(c, chars);
    i += 2 + n;
  }
  return m;
}
let specialTables: [Map<number, number[]>, Map<number, number[]>, Map<number, number[]>] | undefined;
let titlecaseMap: Map<number, number> | undefined;
function specials(): [Map<number, number[]>, Map<number, number[]>, Map<number, number[]>] {
  return (specialTables ??= [decodeSpecial(SPECIAL_UPPERCASE), decodeSpecial(SPECIAL_LOWERCASE), decodeSpecial(SPECIAL_TITLECASE)]);
}
function titlecase(): Map<number, number> {
  if (!titlecaseMap) {
    titlecaseMap = new Map();
    for (let i = 0; i < TITLECASE_RUNS.length; i += 4) {
      const start = TITLECASE_RUNS[i], n = TITLECASE_RUNS[i + 1], stride = TITLECASE_RUNS[i + 2], delta = TITLECASE_RUNS[i + 3];
      for (let k = 0, c = start; k < n; k++, c += stride) titlecaseMap.set(c, c + delta);
    }
  }
  return titlecaseMap;
}

// ---------------------------------------------------------------------------------------------
// The casing engine (GNU: struct casing_context and case_character).
// ---------------------------------------------------------------------------------------------
export const enum CaseAction { Up = 0, Down = 1, Capitalize = 2, CapitalizeUp = 3 }
const SIGMA = 0x3a3, FINAL_SIGMA = 0x3c2;

export class CasingContext {
  inword = false;
  private readonly down: CharTable;
  private readonly up: CharTable;
  private readonly special = specials();
  private readonly title: Map<number, number> | undefined;
  constructor(readonly flag: CaseAction) {
    const t = currentCaseTables();
    this.down = t.down; this.up = t.up;
    this.title = flag >= CaseAction.Capitalize ? titlecase() : undefined;
  }
  /** The action for CH given the word state before it, or -1 to leave CH alone; updates the word state. */
  private action(ch: number): number {
    const was = this.inword;
    this.inword = isWordChar(ch);
    switch (this.flag) {
      case CaseAction.Capitalize: return was ? CaseAction.Down : CaseAction.Capitalize;
      case CaseAction.CapitalizeUp: return was ? -1 : CaseAction.Capitalize;
      default: return this.flag;
    }
  }
  private simple(flag: number, ch: number): number {
    if (flag === CaseAction.Down) {
      const v = charTableGet(this.down, ch);
      return typeof v === "number" && v >= 0 ? v : ch;
    }
    if (this.title) { const t = this.title.get(ch); if (t !== undefined) return t; }
    const v = charTableGet(this.up, ch);
    return typeof v === "number" && v >= 0 ? v : ch;
  }
  /** Cases one character with one-to-one mappings only (characters and unibyte strings). */
  single(ch: number): number {
    const flag = this.action(ch);
    return flag < 0 ? ch : this.simple(flag, ch);
  }
  /** Cases CH into OUT, with special casing and the final-sigma rule; NEXT is the following char or -1. */
  into(out: number[], ch: number, next: number): void {
    const was = this.inword;
    const flag = this.action(ch);
    if (flag < 0) { out.push(ch); return; }
    const sp = this.special[flag].get(ch);
    if (sp) { for (const c of sp) out.push(c); return; }
    let cased = this.simple(flag, ch);
    // A capital sigma downcased at the end of a word becomes final sigma.
    if (was && ch === SIGMA && cased !== ch && (next < 0 || !isWordChar(next))) cased = FINAL_SIGMA;
    out.push(cased);
  }
}

const FLAG_BITS = 0xfc00000; // alt|super|hyper|shift|ctl|meta

function casifyChar(ctx: CasingContext, obj: number): number {
  if (obj > FLAG_BITS) return obj; // bits above the modifiers: not a character
  const flags = obj & FLAG_BITS;
  let ch = obj & ~FLAG_BITS;
  // 128..255 count as raw bytes only in a unibyte buffer (GNU's FIXME about Latin-1 applies here too).
  const multibyte = ch >= 256 || findSymbolValue(Qenable_multibyte_characters) !== NIL;
  if (!multibyte && ch >= 0x80) ch += 0x3fff00;
  let cased = ctx.single(ch);
  if (cased === ch) return obj;
  if (!multibyte && cased >= 0x80) cased = cased >= 0x3fff80 ? cased - 0x3fff00 : cased & 0xff;
  return cased | flags;
}

/** Cases a string as upcase/downcase/capitalize/upcase-initials do (a new string, or S itself when empty). */
export function casifyString(flag: CaseAction, s: LString): LString {
  const ctx = new CasingContext(flag);
  const js = s.s;
  if (js.length === 0) return s;
  if (!s.multibyte) {
    let out = "";
    for (let i = 0; i < js.length; i++) {
      const b = js.charCodeAt(i);
      const ch = b < 0x80 ? b : b + 0x3fff00;
      let cased = ctx.single(ch);
      if (cased !== ch) cased = cased < 0x80 ? cased : cased >= 0x3fff80 ? cased - 0x3fff00 : cased & 0xff;
      else cased = b;
      out += String.fromCharCode(cased);
    }
    // GNU cases a copy-sequence of the string, so text properties survive (unlike the multibyte case).
    const r = new LString(out, false);
    if (s.intervals !== null) copyTextProps(s, 0, s.length, r, 0);
    return r;
  }
  const out: number[] = [];
  for (let i = 0; i < js.length;) {
    const ch = jsCharAt(js, i);
    i += ch >= 0x10000 ? 2 : 1;
    ctx.into(out, ch, i < js.length ? jsCharAt(js, i) : -1);
  }
  return stringFromChars(out, true);
}

function casifyObject(flag: CaseAction, obj: LispObject): LispObject {
  if (typeof obj === "number" && obj >= 0) return casifyChar(new CasingContext(flag), obj);
  if (typeof obj === "bigint" && obj >= 0n && obj <= MOST_POSITIVE_FIXNUM) return obj;
  if (!(obj instanceof LString)) return wrongType(Qchar_or_string_p, obj);
  return casifyString(flag, obj);
}

defun("upcase", "(obj)", `Convert argument to upper case and return that.
The argument may be a character or string.  The result has the same type.
The argument object is not altered--the value is a copy.  If argument
is a character, characters which map to multiple code points when
cased, e.g. ﬁ, are returned unchanged.
See also \`capitalize', \`downcase' and \`upcase-initials'.`, (obj) => casifyObject(CaseAction.Up, obj));

defun("downcase", "(obj)", `Convert argument to lower case and return that.
The argument may be a character or string.  The result has the same type.
The argument object is not altered--the value is a copy.`, (obj) => casifyObject(CaseAction.Down, obj));

defun("capitalize", "(obj)", `Convert argument to capitalized form and return that.
This means that each word's first character is converted to either
title case or upper case, and the rest to lower case.
The argument may be a character or string.  The result has the same type.
The argument object is not altered--the value is a copy.  If argument
is a character, characters which map to multiple code points when
cased, e.g. ﬁ, are returned unchanged.`, (obj) => casifyObject(CaseAction.Capitalize, obj));

defun("upcase-initials", "(obj)", `Convert the initial of each word in the argument to upper case.
This means that each word's first character is converted to either
title case or upper case, and the rest are left unchanged.
The argument may be a character or string.  The result has the same type.
The argument object is not altered--the value is a copy.  If argument
is a character, characters which map to multiple code points when
cased, e.g. ﬁ, are returned unchanged.`, (obj) => casifyObject(CaseAction.CapitalizeUp, obj));

// ---------------------------------------------------------------------------------------------
// Case-table primitives (GNU: casetab.c).
// ---------------------------------------------------------------------------------------------
defun("case-table-p", "(object)", `Return t if OBJECT is a case table.
See \`set-case-table' for more information on these data structures.`, (object) => (caseTableP(object) ? T : NIL));

defun("current-case-table", "()", "Return the case table of the current buffer.", () => {
  const st = state();
  let tables = st.byBuffer.get(E.currentBuffer);
  if (!tables) setBufferTables(st, E.currentBuffer, tables = standardCaseTables());
  return tables.down;
});

defun("standard-case-table", "()", `Return the standard case table.
This is the one used for new buffers.`, () => standardCaseTables().down);

defun("set-case-table", "(table)", `Select a new case table for the current buffer.
A case table is a char-table which maps characters
to their lower-case equivalents.  It also has three "extra" slots
which may be additional char-tables or nil.
These slots are called UPCASE, CANONICALIZE and EQUIVALENCES.`, (table) => setCaseTable(table, false).down);

defun("set-standard-case-table", "(table)", `Select a new standard case table for new buffers.
See \`set-case-table' for more info on case tables.`, (table) => {
  currentCaseTables(); // the current buffer keeps the tables it had
  return setCaseTable(table, true).down;
});
