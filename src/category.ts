// Character categories: category sets, category tables, the standard table and word boundaries between
// scripts (GNU: category.c; the standard table's contents are those characters.el gives it).
import { defun, defvar } from "./defun.js";
import { E, findSymbolValue } from "./env.js";
import { bool, BoolVector, Cons, defsym, LispObject, LString, NIL } from "./lisp.js";
import { checkCharacter, checkString, error, wrongType } from "./signal.js";
import {
  CharTable, charTableGet, charTableRefAndRange, charTableSet, charTableSetRange, copyCharTable, defCharTablePurpose,
  makeCharTable, mapCharTable,
} from "./chartab.js";
import { Buffer, cloneBufferHooks, curBuf, errorFmt, resetLocalsHooks } from "./buffer.js";
import { CATEGORY_RUNS_PACKED, CATEGORY_SETS } from "./regex/unidata.js";
import { scriptOf, standardHasCategory } from "./regex/unitables.js";
import { CATEGORY_DOCSTRINGS } from "./syntax/data.js";

export const Qcategory_table = defsym("category-table");
const Qcategoryp = defsym("categoryp");
const Qcategorysetp = defsym("categorysetp");
const Qcategory_table_p = defsym("category-table-p");
const Qconsp = defsym("consp");
const Qcharacterp = defsym("characterp");
defCharTablePurpose(Qcategory_table, 2);

export const Vword_combining_categories = defvar("word-combining-categories",
  () => new Cons(new Cons(NIL, 94), new Cons(new Cons(94, NIL), new Cons(new Cons(67, 72), new Cons(new Cons(67, 75), NIL)))),
  `List of pair (cons) of categories to determine word boundary.

Emacs treats a sequence of word constituent characters as a single
word (i.e. finds no word boundary between them) only if they belong to
the same script.  But, exceptions are allowed in the following cases.

(1) The case that characters are in different scripts is controlled
by the variable \`word-combining-categories'.

Emacs finds no word boundary between characters of different scripts
if they have categories matching some element of this list.

More precisely, if an element of this list is a cons of category CAT1
and CAT2, and a multibyte character C1 which has CAT1 is followed by
C2 which has CAT2, there's no word boundary between C1 and C2.

For instance, to tell that Han characters followed by Hiragana
characters can form a single word, the element \`(?C . ?H)' should be
in this list.

(2) The case that character are in the same script is controlled by
the variable \`word-separating-categories'.

Emacs finds a word boundary between characters of the same script
if they have categories matching some element of this list.

More precisely, if an element of this list is a cons of category CAT1
and CAT2, and a multibyte character C1 which has CAT1 but not CAT2 is
followed by C2 which has CAT2 but not CAT1, there's a word boundary
between C1 and C2.

For instance, to tell that there's a word boundary between Hiragana
and Katakana (both are in the same script \`kana'),
the element \`(?H . ?K)' should be in this list.`);
export const Vword_separating_categories = defvar("word-separating-categories",
  () => new Cons(new Cons(72, 75), NIL), `List of pair (cons) of categories to determine word boundary.
See the documentation of the variable \`word-combining-categories'.`);

// ---------------------------------------------------------------------------------------------
// Category sets: bool-vectors of 128 bits, bit N set when the category with mnemonic N is in the set.
// ---------------------------------------------------------------------------------------------
export const makeCategorySet = (): BoolVector => new BoolVector(new Uint8Array(128));
const isCategory = (x: LispObject): x is number => typeof x === "number" && x >= 0x20 && x <= 0x7e;
function checkCategory(x: LispObject): number {
  if (isCategory(x)) return x;
  return wrongType(Qcategoryp, x);
}
const isCategorySet = (x: LispObject): x is BoolVector => x instanceof BoolVector && x.bits.length === 128;
const member = (cat: number, set: LispObject): boolean => set instanceof BoolVector && set.bits[cat] === 1;

// ---------------------------------------------------------------------------------------------
// Tables.
// ---------------------------------------------------------------------------------------------
interface CategoryState {
  standard: CharTable | null;
  /** Bumped by modify-category-entry (invalidates the word-boundary memo). */
  epoch: number;
  /** wordBoundaryP over pairs of ASCII characters (index c1 * 128 + c2; -1 unknown), and what it depends on. */
  memo: { table: CharTable | null; epoch: number; sep: LispObject; comb: LispObject; bits: Int8Array } | null;
  /** Per table, its distinct category sets by content, so that equal sets are shared (GNU: extras[1] hash). */
  sets: WeakMap<CharTable, Map<string, BoolVector>>;
}
function state(): CategoryState {
  return (E.ext.category ??= { standard: null, epoch: 0, memo: null, sets: new WeakMap() }) as CategoryState;
}

/** The standard category table after startup, built on first use from the generated data. */
export function standardCategoryTable(): CharTable {
  const st = state();
  if (st.standard === null) {
    const table = makeCharTable(Qcategory_table, NIL);
    table.defalt = makeCategorySet();
    const sets = CATEGORY_SETS.map((mn) => {
      const set = makeCategorySet();
      for (let i = 0; i < mn.length; i++) set.bits[mn.charCodeAt(i)] = 1;
      return set;
    });
    // Runs [delta-start, set-index] packed as base-32 varints (see regex/unitables.ts).
    const s = CATEGORY_RUNS_PACKED;
    const nums: number[] = [];
    for (let i = 0; i < s.length;) {
      let n = 0, d: number;
      do { d = s.charCodeAt(i++) - 48; n = n * 32 + (d & 31); } while (d & 32);
      nums.push(n);
    }
    for (let i = 0, start = 0; i < nums.length; i += 2) {
      start += nums[i];
      const end = i + 2 < nums.length ? start + nums[i + 2] - 1 : 0x3fffff;
      charTableSetRange(table, start, end, sets[nums[i + 1]]);
    }
    const docs: LispObject[] = new Array(95).fill(NIL);
    for (const [c, d] of CATEGORY_DOCSTRINGS) docs[c - 32] = LString.fromJs(d);
    table.extras[0] = docs;
    st.standard = table;
  }
  return st.standard;
}

export function bufferCategoryTable(b: Buffer): CharTable {
  return (b.ext.categoryTable as CharTable | undefined) ?? standardCategoryTable();
}
export function currentCategoryTable(): CharTable { return bufferCategoryTable(curBuf()); }
resetLocalsHooks.push((b) => { delete b.ext.categoryTable; });
cloneBufferHooks.push((from, to) => { if (from.ext.categoryTable !== undefined) to.ext.categoryTable = from.ext.categoryTable; });

const isCategoryTable = (x: LispObject): x is CharTable => x instanceof CharTable && x.purpose === Qcategory_table;
function checkCategoryTable(table: LispObject): CharTable {
  if (table === NIL) return currentCategoryTable();
  if (isCategoryTable(table)) return table;
  return wrongType(Qcategory_table_p, table);
}
function docstringOf(table: CharTable, cat: number): LispObject {
  const v = table.extras[0];
  return Array.isArray(v) ? v[cat - 32] ?? NIL : NIL;
}

/**
 * The current buffer's category table, or null while it is the standard table and that has not been built:
 * until Lisp asks for the table itself, the generated data answers category questions without building it
 * (building takes tens of milliseconds).
 */
function lookupTable(): CharTable | null {
  const own = curBuf().ext.categoryTable as CharTable | undefined;
  return own ?? state().standard;
}
/** Membership of CAT in the category set of C in TABLE, or in the standard data when TABLE is null. */
function tableHas(table: CharTable | null, c: number, cat: number): boolean {
  return table === null ? standardHasCategory(c, cat) : member(cat, charTableGet(table, c));
}

/** The category set of C in the current buffer's table (GNU: CATEGORY_SET / char_category_set). */
export function categorySetOf(c: number): LispObject { return charTableGet(currentCategoryTable(), c); }
/** Whether C has category CAT in the current buffer's table (GNU: CHAR_HAS_CATEGORY), for `\cC`. */
export function hasCategory(c: number, cat: number): boolean { return tableHas(lookupTable(), c, cat); }
/** A category predicate over the current buffer's table, for the regexp engine's MatchContext. */
export function regexCategoryFunction(): (c: number, cat: number) => boolean {
  const table = lookupTable();
  if (table === null) return standardHasCategory;
  return (c, cat) => member(cat, charTableGet(table, c));
}

/**
 * Whether there is a word boundary between word constituents C1 and C2 (GNU: word_boundary_p): across
 * scripts unless `word-combining-categories` joins them, within a script if `word-separating-categories`
 * separates them.
 */
export function wordBoundaryP(c1: number, c2: number): boolean { return wordBoundaryFunction()(c1, c2); }

/**
 * wordBoundaryP for the current buffer's category table and the current values of the two variables, resolved
 * once (word motion asks it for every pair of letters). Answers for ASCII pairs are remembered across calls.
 */
export function wordBoundaryFunction(): (c1: number, c2: number) => boolean {
  const table = lookupTable();
  const sep = findSymbolValue(Vword_separating_categories), comb = findSymbolValue(Vword_combining_categories);
  const st = state();
  let m = st.memo;
  if (m === null || m.table !== table || m.epoch !== st.epoch || m.sep !== sep || m.comb !== comb) {
    m = st.memo = { table, epoch: st.epoch, sep, comb, bits: new Int8Array(128 * 128).fill(-1) };
  }
  const bits = m.bits;
  return (c1, c2) => {
    if ((c1 | c2) >= 128) return computeWordBoundary(table, sep, comb, c1, c2);
    const i = c1 * 128 + c2;
    let v = bits[i];
    if (v < 0) v = bits[i] = computeWordBoundary(table, sep, comb, c1, c2) ? 1 : 0;
    return v === 1;
  };
}

function computeWordBoundary(table: CharTable | null, sep: LispObject, comb: LispObject, c1: number, c2: number): boolean {
  const sameScript = scriptOf(c1) === scriptOf(c2);
  let tail = sameScript ? sep : comb;
  const dflt = !sameScript;
  if (table !== null && (charTableGet(table, c1) === NIL || charTableGet(table, c2) === NIL)) return dflt;
  for (; tail instanceof Cons; tail = tail.cdr) {
    const elt = tail.car;
    if (!(elt instanceof Cons)) continue;
    const a = elt.car, b = elt.cdr;
    if ((a === NIL || (isCategory(a) && tableHas(table, c1, a) && !tableHas(table, c2, a)))
      && (b === NIL || (isCategory(b) && !tableHas(table, c1, b) && tableHas(table, c2, b)))) return !dflt;
  }
  return dflt;
}

// ---------------------------------------------------------------------------------------------
// Primitives.
// ---------------------------------------------------------------------------------------------
defun("make-category-set", "(categories)", `Return a newly created category-set which contains CATEGORIES.
CATEGORIES is a string of category mnemonics.
The value is a bool-vector which has t at the indices corresponding to
those categories.`, (categories) => {
  const s = checkString(categories);
  const set = makeCategorySet();
  if (s.multibyte) errorFmt("Multibyte string in `make-category-set'");
  for (let i = s.length - 1; i >= 0; i--) set.bits[checkCategory(s.charAt(i))] = 1;
  return set;
});

defun("define-category", "(category docstring &optional table)", `Define CATEGORY as a category which is described by DOCSTRING.
CATEGORY should be an ASCII printing character in the range \` ' to \`~'.
DOCSTRING is the documentation string of the category.  The first line
should be a terse text (preferably less than 16 characters),
and the rest lines should be the full description.
The category is defined only in category table TABLE, which defaults to
the current buffer's category table.`, (category, docstring, table) => {
  const cat = checkCategory(category);
  checkString(docstring);
  const t = checkCategoryTable(table);
  if (docstringOf(t, cat) !== NIL) errorFmt("Category `%s' is already defined", String.fromCharCode(cat));
  if (!Array.isArray(t.extras[0])) t.extras[0] = new Array(95).fill(NIL);
  (t.extras[0] as LispObject[])[cat - 32] = docstring;
  return NIL;
});

defun("category-docstring", "(category &optional table)", `Return the documentation string of CATEGORY, as defined in TABLE.
TABLE should be a category table and defaults to the current buffer's
category table.`, (category, table) => docstringOf(checkCategoryTable(table), checkCategory(category)));

defun("get-unused-category", "(&optional table)", `Return a category which is not yet defined in TABLE.
If no category remains available, return nil.
The optional argument TABLE specifies which category table to modify;
it defaults to the current buffer's category table.`, (table) => {
  const t = checkCategoryTable(table);
  for (let i = 0x20; i <= 0x7e; i++) if (docstringOf(t, i) === NIL) return i;
  return NIL;
});

defun("category-table-p", "(arg)", "Return t if ARG is a category table.", (arg) => bool(isCategoryTable(arg)));

defun("category-table", "()", `Return the current category table.
This is the one specified by the current buffer.`, () => currentCategoryTable());

defun("standard-category-table", "()", `Return the standard category table.
This is the one used for new buffers.`, () => standardCategoryTable());

const copySet = (v: LispObject): LispObject => (v instanceof BoolVector ? new BoolVector(v.bits.slice()) : v);

defun("copy-category-table", "(&optional table)", `Construct a new category table and return it.
It is a copy of the TABLE, which defaults to the standard category table.`, (table) => {
  const src = table === NIL ? standardCategoryTable() : checkCategoryTable(table);
  // No contents may be shared between the original and the copy: every range gets its own set.
  const copy = copyCharTable(src);
  if (copy.defalt !== NIL) copy.defalt = copySet(copy.defalt);
  const docs = copy.extras[0];
  copy.extras[0] = Array.isArray(docs) ? docs.slice() : docs;
  mapCharTable((k, v) => {
    if (k instanceof Cons) charTableSetRange(copy, k.car as number, k.cdr as number, copySet(v));
    else charTableSet(copy, k as number, copySet(v));
  }, copy);
  return copy;
});

defun("make-category-table", "()", "Construct a new and empty category table and return it.", () => {
  const t = makeCharTable(Qcategory_table, NIL);
  t.defalt = makeCategorySet();
  for (let i = 0; i < 64; i++) t.contents[i] = makeCategorySet();
  t.ascii = t.contents[0];
  t.extras[0] = new Array(95).fill(NIL);
  return t;
});

defun("set-category-table", "(table)", `Specify TABLE as the category table for the current buffer.
Return TABLE.`, (table) => {
  const t = checkCategoryTable(table);
  curBuf().ext.categoryTable = t;
  return t;
});

defun("char-category-set", "(char)", `Return the category set of CHAR.
usage: (char-category-set CHAR)`, (ch) => categorySetOf(checkCharacter(ch)));

defun("category-set-mnemonics", "(category-set)", `Return a string containing mnemonics of the categories in CATEGORY-SET.
CATEGORY-SET is a bool-vector, and the categories "in" it are those
that are indexes where t occurs in the bool-vector.
The return value is a string containing those same categories.`, (categorySet) => {
  if (!isCategorySet(categorySet)) return wrongType(Qcategorysetp, categorySet);
  let s = "";
  for (let i = 32; i < 127; i++) if (categorySet.bits[i] === 1) s += String.fromCharCode(i);
  return LString.fromJs(s, false);
});

/** The set of TABLE equal to SET, registering SET when it is new (GNU: hash_get_category_set). */
function internSet(table: CharTable, set: BoolVector): BoolVector {
  const st = state();
  let m = st.sets.get(table);
  if (m === undefined) st.sets.set(table, m = new Map());
  const key = set.bits.join("");
  const old = m.get(key);
  if (old !== undefined) return old;
  m.set(key, set);
  return set;
}

defun("modify-category-entry", "(character category &optional table reset)", `Modify the category set of CHARACTER by adding CATEGORY to it.
The category is changed only for table TABLE, which defaults to
the current buffer's category table.
CHARACTER can be either a single character or a cons representing the
lower and upper ends of an inclusive character range to modify.
CATEGORY must be a category name (a character between \` ' and \`~').
Use \`describe-categories' to see existing category names.
If optional fourth argument RESET is non-nil,
then delete CATEGORY from the category set instead of adding it.`, (character, category, table, reset) => {
  let start: number, end: number;
  if (typeof character === "number") start = end = checkCharacter(character);
  else {
    if (!(character instanceof Cons)) return wrongType(Qconsp, character);
    const a = character.car, b = character.cdr;
    if (!(typeof a === "number" && a >= 0 && a <= 0x3fffff)) wrongType(Qcharacterp, a);
    if (!(typeof b === "number" && b >= 0 && b <= 0x3fffff)) wrongType(Qcharacterp, b);
    start = a as number; end = b as number;
  }
  const cat = checkCategory(category);
  const t = checkCategoryTable(table);
  if (docstringOf(t, cat) === NIL) error(`Undefined category: ${String.fromCharCode(cat)}`);
  const setValue = reset === NIL;
  while (start <= end) {
    const r = { from: start, to: end };
    let set = charTableRefAndRange(t, start, r);
    if (member(cat, set) !== (reset === NIL)) {
      const copy = set instanceof BoolVector ? new BoolVector(set.bits.slice()) : makeCategorySet();
      copy.bits[cat] = setValue ? 1 : 0;
      set = internSet(t, copy);
      charTableSetRange(t, start, r.to, set);
    }
    start = r.to + 1;
  }
  state().epoch++;
  return NIL;
});
