// Character code properties: get-char-code-property and friends (GNU: mule-cmds.el's get/put-char-code-property,
// char-code-property-description, define-char-code-property; chartab.c's unicode-property-table-internal and
// get/put-unicode-property-internal), plus char-script-table and unicode-category-table (GNU: characters.el).
// The Unicode facts come from etc/unicode-data.txt.gz (see ucd.ts), read on first use, never at start-up.
import {
  Cons, LFloat, LispObject, LString, LSymbol, NIL, Subr, defsym, list, mkStr, stringFromChars, MAX_CHAR,
} from "../lisp.js";
import { defun, defvar } from "../defun.js";
import { E, findSymbolValue, setInternal } from "../env.js";
import { PROPERTY_FILES } from "./files.js";
import { checkCharacter, error, wrongType, xsignal, Qintegerp, Qfixnump, Qwrong_type_argument } from "../signal.js";
import {
  CharTable, charTableGet, charTableSet, charTableSetRange, checkCharTable, defCharTablePurpose, makeCharTable,
} from "../chartab.js";
import { assq, plistGet, plistPut } from "../fns/lists.js";
import { funcall } from "../eval.js";
import { functionp } from "../eval-subrs.js";
import { F, charName, defaultBidiClass, inRange, rowOf, ucd } from "./ucd.js";
import { SCRIPT_NAMES, SCRIPT_RUNS } from "../regex/unidata.js";
import { SCRIPT_LIST } from "../unicode/script-list.js";

/** Per-world state: the lazily built variable values and a cache of `char-code-property-alist' lookups. */
interface UnidataState {
  scriptTable?: LispObject; categoryTable?: LispObject;
  alistHead?: LispObject; entries?: Map<LispObject, LispObject>; pristine?: Map<LispObject, Pristine | null>;
  describers?: Map<string, LispObject>;
}
const state = (env: { ext: Record<string, any> }): UnidataState => (env.ext.unidata ??= {});

const Qchar_code_property_table = defsym("char-code-property-table");
defCharTablePurpose(Qchar_code_property_table, 5);
const Qchar_script_table = defsym("char-script-table");
defCharTablePurpose(Qchar_script_table, 1);
const Qstring = defsym("string");
const Qchar_code_property_documentation = defsym("char-code-property-documentation");

const Vchar_code_property_alist = defsym("char-code-property-alist");
const Vchar_code_property_table = defvar("char-code-property-table",
  () => makeCharTable(Qchar_code_property_table, NIL), `Char-table containing a property list of each character code.
This table is used for properties not listed in \`char-code-property-alist'.
See also the documentation of \`get-char-code-property' and
\`put-char-code-property'.`);

// ---------------------------------------------------------------------------------------------
// Property values straight from the database (the fast path: no char-table is built).
// ---------------------------------------------------------------------------------------------
const sym = (s: string) => defsym(s);
const optInt = (s: string | undefined): LispObject => (s ? Number(s) : NIL);
const optStr = (s: string | undefined): LispObject => (s ? mkStr(s) : NIL);
/** A simple case mapping, stored as the distance from the character. */
const caseMapping = (c: number, delta: string | undefined): LispObject => (delta ? c + Number(delta) : NIL);

function decomposition(c: number, row: string[] | undefined): LispObject {
  const d = row?.[F.Decomposition];
  if (!d) return list(c);
  return list(...d.split(" ").map((t): LispObject => (t.charCodeAt(0) === 60 ? sym(t.slice(1, -1)) : parseInt(t, 16))));
}
function numericValue(s: string | undefined): LispObject {
  if (!s) return NIL;
  const slash = s.indexOf("/");
  return slash < 0 ? Number(s) : new LFloat(Number(s.slice(0, slash)) / Number(s.slice(slash + 1)));
}
function specialCasing(c: number, which: 0 | 1 | 2): LispObject {
  const m = ucd().specialCasing.get(c)?.[which];
  // A one-character mapping repeats the simple case property, so GNU does not record it.
  return m && m.length !== 1 ? stringFromChars(m) : NIL;
}

type Compute = (c: number, row: string[] | undefined) => LispObject;
/** How each built-in property's value is computed. */
const PROPS: Record<string, Compute> = {
  "name": (c) => optStr(charName(c)),
  "general-category": (_c, r) => sym(r ? r[F.Category] : "Cn"),
  "canonical-combining-class": (_c, r) => (r ? Number(r[F.Combining]) : 0),
  "bidi-class": (c, r) => sym(r ? r[F.Bidi] : defaultBidiClass(c)),
  "decomposition": decomposition,
  "decimal-digit-value": (_c, r) => optInt(r?.[F.Decimal]),
  "digit-value": (_c, r) => optInt(r?.[F.Digit]),
  "numeric-value": (_c, r) => numericValue(r?.[F.Numeric]),
  "mirrored": (_c, r) => sym(r ? r[F.Mirrored] : "N"),
  "old-name": (_c, r) => optStr(r?.[F.OldName]),
  "iso-10646-comment": (_c, r) => optStr(r?.[F.Comment]),
  "uppercase": (c, r) => caseMapping(c, r?.[F.Upper]),
  "lowercase": (c, r) => caseMapping(c, r?.[F.Lower]),
  "titlecase": (c, r) => caseMapping(c, r?.[F.Title]),
  "special-uppercase": (c) => specialCasing(c, 2),
  "special-lowercase": (c) => specialCasing(c, 0),
  "special-titlecase": (c) => specialCasing(c, 1),
  "mirroring": (c) => ucd().mirroring.get(c) ?? NIL,
  "paired-bracket": (c) => ucd().brackets.get(c)?.[0] ?? NIL,
  "bracket-type": (c) => sym(ucd().brackets.get(c)?.[1] ?? "n"),
};

/** GNU's answer recorded as text (see scripts/gen-unicode-data.mjs): nil, a number or a bare string. */
function gnuValue(prop: string, text: string): LispObject {
  if (text === "nil") return NIL;
  if (prop !== "numeric-value") return mkStr(text);
  return /[.e]/.test(text) ? new LFloat(Number(text)) : Number(text);
}

/** The value of built-in property PROP for character C, computed from the database. */
export function unicodeProperty(prop: string, c: number): LispObject {
  const compute = PROPS[prop];
  if (!compute) return NIL;
  const gnu = ucd().gnu.get(prop)?.get(c);
  return gnu !== undefined ? gnuValue(prop, gnu) : compute(c, c <= 0x10ffff ? rowOf(c) : undefined);
}
const FILES = new Map(PROPERTY_FILES);

// ---------------------------------------------------------------------------------------------
// The property char-tables, built when Lisp asks for one (GNU: the uni-*.el files, loaded on demand).
// Layout as GNU's: extra slots PROP, decoder (0: values are indices into slot 5) or getter function,
// encoder (0 character, 1 listed value, 2 number) or setter function, describer, data.
// ---------------------------------------------------------------------------------------------
function describer(alist: [string | number, string][]): Subr {
  const m = new Map<LispObject, string>(alist.map(([k, v]) => [typeof k === "string" ? (k === "nil" ? NIL : defsym(k)) : k, v]));
  return new Subr("unidata-describe", 1, 1, (v: LispObject) => { const s = m.get(v); return s === undefined ? NIL : mkStr(s); },
    "", "(val)", undefined);
}
const GC_NAMES: [string, string][] = [["Lu", "Letter, Uppercase"], ["Ll", "Letter, Lowercase"], ["Lt", "Letter, Titlecase"],
  ["Lm", "Letter, Modifier"], ["Lo", "Letter, Other"], ["Mn", "Mark, Nonspacing"], ["Mc", "Mark, Spacing Combining"],
  ["Me", "Mark, Enclosing"], ["Nd", "Number, Decimal Digit"], ["Nl", "Number, Letter"], ["No", "Number, Other"],
  ["Pc", "Punctuation, Connector"], ["Pd", "Punctuation, Dash"], ["Ps", "Punctuation, Open"], ["Pe", "Punctuation, Close"],
  ["Pi", "Punctuation, Initial quote"], ["Pf", "Punctuation, Final quote"], ["Po", "Punctuation, Other"],
  ["Sm", "Symbol, Math"], ["Sc", "Symbol, Currency"], ["Sk", "Symbol, Modifier"], ["So", "Symbol, Other"],
  ["Zs", "Separator, Space"], ["Zl", "Separator, Line"], ["Zp", "Separator, Paragraph"], ["Cc", "Other, Control"],
  ["Cf", "Other, Format"], ["Cs", "Other, Surrogate"], ["Co", "Other, Private Use"], ["Cn", "Other, Not Assigned"]];
const CCC_NAMES: [number, string][] = [[0, "Spacing, split, enclosing, reordrant, and Tibetan subjoined"],
  [1, "Overlays and interior"], [7, "Nuktas"], [8, "Hiragana/Katakana voicing marks"], [9, "Viramas"],
  [10, "Start of fixed position classes"], [199, "End of fixed position classes"], [200, "Below left attached"],
  [202, "Below attached"], [204, "Below right attached"], [208, "Left attached (reordrant around single base character)"],
  [210, "Right attached"], [212, "Above left attached"], [214, "Above attached"], [216, "Above right attached"],
  [218, "Below left"], [220, "Below"], [222, "Below right"], [224, "Left (reordrant around single base character)"],
  [226, "Right"], [228, "Above left"], [230, "Above"], [232, "Above right"], [233, "Double below"], [234, "Double above"],
  [240, "Below (iota subscript)"]];
const BIDI_NAMES: [string, string][] = [["L", "Left-to-Right"], ["LRE", "Left-to-Right Embedding"],
  ["LRO", "Left-to-Right Override"], ["R", "Right-to-Left"], ["AL", "Right-to-Left Arabic"],
  ["RLE", "Right-to-Left Embedding"], ["RLO", "Right-to-Left Override"], ["PDF", "Pop Directional Format"],
  ["LRI", "Left-to-Right Isolate"], ["RLI", "Right-to-Left Isolate"], ["FSI", "First Strong Isolate"],
  ["PDI", "Pop Directional Isolate"], ["EN", "European Number"], ["ES", "European Number Separator"],
  ["ET", "European Number Terminator"], ["AN", "Arabic Number"], ["CS", "Common Number Separator"],
  ["NSM", "Non-Spacing Mark"], ["BN", "Boundary Neutral"], ["B", "Paragraph Separator"], ["S", "Segment Separator"],
  ["WS", "Whitespace"], ["ON", "Other Neutrals"]];
const BRACKET_NAMES: [string, string][] = [["n", "Not a paired bracket character."],
  ["o", "Opening paired bracket character."], ["c", "Closing paired bracket character."]];

/** Describes a decomposition: tags by name, characters quoted and composed with tabs around them. */
const describeDecomposition = new Subr("unidata-describe-decomposition", 1, 1, (val: LispObject) => {
  const parts: LString[] = [];
  for (let l = val; l !== NIL; l = (l as Cons).cdr) {
    if (!(l instanceof Cons)) wrongType(defsym("sequencep"), val);
    const x = l.car;
    if (x instanceof LSymbol) { parts.push(mkStr(x.name)); continue; }
    const c = checkCharacter(x);
    const s = stringFromChars([39, c, 39]);
    funcall(defsym("put-text-property"), 1, 2, defsym("composition"), list(new Cons(1, stringFromChars([9, c, 9]))), s);
    parts.push(s);
  }
  return funcall(defsym("mapconcat"), defsym("identity"), list(...parts), mkStr(" "));
}, "", "(val)", undefined);

/** Getter of the name tables: a string as stored; a 1 marks the ranges whose names are computed. */
const getName = new Subr("unidata-get-name", 3, 3, (ch: LispObject, val: LispObject) => {
  if (val instanceof LString) return val;
  return val === 1 ? optStr(charName(checkCharacter(ch))) : NIL;
}, "", "(char val table)", undefined);
const getDecomposition = new Subr("unidata-get-decomposition", 3, 3, (ch: LispObject, val: LispObject) =>
  (val === NIL ? list(ch) : val), "", "(char val table)", undefined);
const putPlain = new Subr("unidata-put", 3, 3, (ch: LispObject, val: LispObject, table: LispObject) => {
  charTableSet(checkCharTable(table), arefIndex(ch), val);
  return val;
}, "", "(char val table)", undefined);

const DESCRIBERS: Record<string, () => LispObject> = {
  "general-category": () => describer([...GC_NAMES, ["nil", "Unknown"]]), "canonical-combining-class": () => describer(CCC_NAMES),
  "bidi-class": () => describer(BIDI_NAMES), "bracket-type": () => describer(BRACKET_NAMES),
  "decomposition": () => describeDecomposition,
  "uppercase": () => Qstring, "lowercase": () => Qstring, "titlecase": () => Qstring, "paired-bracket": () => Qstring,
};
/** PROP's describer in this world (made once: its value keys are this world's symbols). */
function describerOf(prop: string): LispObject {
  const cache = state(E).describers ??= new Map();
  let d = cache.get(prop);
  if (d === undefined) cache.set(prop, d = DESCRIBERS[prop]?.() ?? NIL);
  return d;
}

/** Value vectors of the index-coded tables in GNU's order; other index-coded tables list values as they appear. */
const VALUE_ORDER: Record<string, string[]> = {
  "general-category": GC_NAMES.map(([k]) => k),
  "bidi-class": ["L", "R", "EN", "AN", "BN", "B", "AL", "LRE", "LRO", "RLE", "RLO", "PDF", "LRI", "RLI", "FSI", "PDI",
    "ES", "ET", "CS", "NSM", "S", "WS", "ON"],
  "mirrored": ["N", "Y"], "bracket-type": ["n", "o", "c"],
};
const INDEXED = new Set(["general-category", "canonical-combining-class", "bidi-class", "decimal-digit-value", "digit-value",
  "numeric-value", "mirrored", "bracket-type"]);
const CHARACTER_VALUED = new Set(["uppercase", "lowercase", "titlecase", "mirroring", "paired-bracket"]);

/** Builds the char-table of built-in property PROP holding what `unicodeProperty' computes. */
function buildTable(prop: string): CharTable {
  const { codes, row: rowAt, ranges, mirroring, brackets, specialCasing: special } = ucd();
  const compute = PROPS[prop];
  const extras: LispObject[] = [defsym(prop), NIL, NIL, describerOf(prop), NIL];
  const eachListed = (fn: (c: number, row: string[]) => void) => {
    for (let i = 0; i < codes.length; i++) fn(codes[i], rowAt(i));
  };
  let ct: CharTable;
  const values: LispObject[] = [NIL];
  const find = (v: LispObject) => values.findIndex((x) => x === v || (x instanceof LFloat && v instanceof LFloat && x.n === v.n));
  const index = (v: LispObject) => { let i = find(v); if (i < 0) { i = values.length; values.push(v); } return i; };
  if (INDEXED.has(prop)) {
    const fixed = VALUE_ORDER[prop]?.map(sym) ?? (prop.endsWith("digit-value") ? [0, 1, 2, 3, 4, 5, 6, 7, 8, 9] : []);
    for (const v of fixed) index(v);
    ct = makeCharTable(Qchar_code_property_table, index(compute(MAX_CHAR, undefined)));
    if (prop === "bidi-class") {
      // Unlisted characters of right-to-left blocks default to R or AL (see defaultBidiClass).
      for (const [from, to] of [[0x590, 0x5ff], [0x7c0, 0x8ff], [0xfb1d, 0xfb4f], [0x10800, 0x10fff], [0x1e800, 0x1efff]]) {
        charTableSetRange(ct, from, to, index(sym("R")));
      }
      for (const [from, to] of [[0x600, 0x6ff], [0xfb50, 0xfdff], [0xfe70, 0xfeff]]) charTableSetRange(ct, from, to, index(sym("AL")));
    }
    if (prop === "bracket-type") for (const [c, [, t]] of brackets) charTableSet(ct, c, index(sym(t)));
    else {
      eachListed((c, row) => charTableSet(ct, c, index(compute(c, row))));
      for (const [first, last, row] of ranges) charTableSetRange(ct, first, last, index(compute(first, rowAt(row))));
    }
    extras[1] = 0; extras[2] = prop === "numeric-value" ? 2 : 1; extras[4] = values;
  } else {
    ct = makeCharTable(Qchar_code_property_table, NIL);
    if (CHARACTER_VALUED.has(prop)) {
      extras[2] = 0;
      if (prop === "mirroring") for (const [c, m] of mirroring) charTableSet(ct, c, m);
      else if (prop === "paired-bracket") for (const [c, [p]] of brackets) charTableSet(ct, c, p);
      else eachListed((c, row) => { const v = compute(c, row); if (v !== NIL) charTableSet(ct, c, v); });
    } else if (prop.startsWith("special-")) {
      for (const c of special.keys()) { const v = compute(c, undefined); if (v !== NIL) charTableSet(ct, c, v); }
    } else {
      // name, old-name, iso-10646-comment, decomposition: values kept as computed; a getter supplies the rest.
      eachListed((c, row) => {
        if (prop === "decomposition" ? row[F.Decomposition] : prop === "name" ? !inRange(c) : true) {
          const v = compute(c, row); if (v !== NIL) charTableSet(ct, c, v);
        }
      });
      if (prop === "name") for (const [first, last] of ranges) charTableSetRange(ct, first, last, 1);
      extras[1] = prop === "decomposition" ? getDecomposition : getName;
      extras[2] = putPlain;
    }
  }
  // GNU's own deviations from Unicode's data.
  for (const [c, text] of ucd().gnu.get(prop) ?? []) {
    const v = gnuValue(prop, text);
    charTableSet(ct, c, Array.isArray(extras[4]) ? index(v) : v);
  }
  for (let i = 0; i < 5; i++) ct.extras[i] = extras[i];
  return ct;
}

/** True when TABLE is a property table as GNU's chartab.c accepts one (UNIPROP_TABLE_P). */
const isUnipropTable = (t: CharTable) => t.purpose === Qchar_code_property_table && t.extras.length === 5;

/**
 * The `char-code-property-alist' entry for PROP, or NIL. Remembered per world while the alist keeps its head
 * (entries are replaced in place with setcdr, new ones pushed in front), so lookups do not walk the list.
 */
function alistEntry(prop: LispObject): LispObject {
  const alist = findSymbolValue(Vchar_code_property_alist);
  const st = state(E);
  if (st.alistHead !== alist) { st.alistHead = alist; st.entries = new Map(); st.pristine = new Map(); }
  let entry = st.entries!.get(prop);
  if (entry === undefined) st.entries!.set(prop, entry = assq(prop, alist));
  return entry;
}

/** True when ENTRY still names the file of a built-in property, i.e. its table was never asked for. */
function pristine(entry: LispObject): entry is Cons {
  if (!(entry instanceof Cons) || !(entry.cdr instanceof LString) || !(entry.car instanceof LSymbol)) return false;
  return FILES.get(entry.car.name) === entry.cdr.s;
}

/** `unicode-property-table-internal': builds the table of a built-in property the first time. */
function propertyTable(prop: LispObject): LispObject {
  const entry = alistEntry(prop);
  if (pristine(entry)) entry.cdr = buildTable((entry.car as LSymbol).name);
  return entry instanceof Cons ? entry.cdr : NIL;
}

function getUnicodeProperty(table: CharTable, c: number): LispObject {
  const val = charTableGet(table, c);
  const values = table.extras[4];
  if (table.extras[1] === 0 && Array.isArray(values) && typeof val === "number" && val >= 0 && val < values.length) return values[val];
  return val;
}

defun("unicode-property-table-internal", "(prop)", `Return a char-table for Unicode character property PROP.
Use \`get-unicode-property-internal' and
\`put-unicode-property-internal' instead of \`aref' and \`aset' to get
and put an element value.`, (prop) => propertyTable(prop));

defun("get-unicode-property-internal", "(char-table ch)", `Return an element of CHAR-TABLE for character CH.
CHAR-TABLE must be what returned by \`unicode-property-table-internal'.`, (table, ch) => {
  const t = checkCharTable(table);
  const c = checkCharacter(ch);
  if (!isUnipropTable(t)) error("Invalid Unicode property table");
  return getUnicodeProperty(t, c);
});

defun("put-unicode-property-internal", "(char-table ch value)", `Set an element of CHAR-TABLE for character CH to VALUE.
CHAR-TABLE must be what returned by \`unicode-property-table-internal'.`, (table, ch, value) => {
  const t = checkCharTable(table);
  const c = checkCharacter(ch);
  if (!isUnipropTable(t)) error("Invalid Unicode property table");
  const values = t.extras[4];
  switch (t.extras[2]) {
    case 0: // values are characters
      if (value !== NIL && !(typeof value === "number" && value >= 0 && value <= MAX_CHAR)) wrongType(Qintegerp, value);
      break;
    case 1: { // values are indices into a fixed value vector
      const i = Array.isArray(values) ? values.indexOf(value) : -1;
      if (i < 0) xsignal(Qwrong_type_argument, mkStr("Unicode property value"), value);
      value = i;
      break;
    }
    case 2: { // numbers, added to the value vector as needed
      if (typeof value !== "number") wrongType(Qfixnump, value);
      const vec = Array.isArray(values) ? values : [];
      let i = vec.indexOf(value);
      if (i < 0) { i = vec.length; t.extras[4] = [...vec, i]; }
      value = i;
      break;
    }
  }
  charTableSet(t, c, value);
  return NIL;
});

/** A character index as `aref' checks it: a fixnum first, then a character. */
function arefIndex(x: LispObject): number {
  if (typeof x !== "number") wrongType(Qfixnump, x);
  return checkCharacter(x);
}
/** Properties whose GNU tables have a getter function, reached through `aref' (which checks fixnump first). */
const WITH_GETTER = new Set(["name", "decomposition", "old-name", "iso-10646-comment"]);

/** A built-in property whose table was never asked for, resolved once per world (the common case). */
interface Pristine {
  entry: Cons; file: LispObject; name: string; compute: Compute;
  /** GNU's deviations for this property; whether CHAR is checked as `aref' checks it. */
  gnu: Map<number, string> | undefined; aref: boolean;
}

/** PROP's fast-path record while its alist entry still names GNU's file, else undefined. */
function pristineProperty(prop: LispObject): Pristine | undefined {
  const st = state(E);
  const alist = findSymbolValue(Vchar_code_property_alist);
  if (st.alistHead !== alist) { st.alistHead = alist; st.entries = new Map(); st.pristine = new Map(); }
  let p = st.pristine!.get(prop);
  if (p === undefined) {
    const entry = alistEntry(prop);
    if (pristine(entry)) {
      const name = (entry.car as LSymbol).name;
      p = { entry, file: entry.cdr, compute: PROPS[name], gnu: ucd().gnu.get(name), aref: WITH_GETTER.has(name), name };
    } else p = null;
    st.pristine!.set(prop, p);
  }
  return p !== null && p.entry.cdr === p.file ? p : undefined;
}

defun("get-char-code-property", "(char propname)", "Return the value of CHAR's PROPNAME property.", (ch, prop) => {
  const p = pristineProperty(prop);
  if (p !== undefined) {
    const c = p.aref ? arefIndex(ch) : checkCharacter(ch);
    const gnu = p.gnu?.get(c);
    return gnu !== undefined ? gnuValue(p.name, gnu) : p.compute(c, c <= 0x10ffff ? rowOf(c) : undefined);
  }
  const entry = alistEntry(prop);
  const table = propertyTable(prop);
  if (table === NIL) {
    const ct = checkCharTable(findSymbolValue(Vchar_code_property_table));
    return plistGet(charTableGet(ct, arefIndex(ch)), prop);
  }
  const t = checkCharTable(table);
  const fn = t.extras[1] ?? NIL;
  if (functionp(fn)) return funcall(fn, ch, charTableGet(t, arefIndex(ch)), t);
  return funcall(defsym("get-unicode-property-internal"), t, ch);
});

defun("put-char-code-property", "(char propname value)", `Store CHAR's PROPNAME property with VALUE.
It can be retrieved with \`(get-char-code-property CHAR PROPNAME)'.`, (ch, prop, value) => {
  const table = propertyTable(prop);
  if (table !== NIL) {
    const t = checkCharTable(table);
    const fn = t.extras[2] ?? NIL;
    if (functionp(fn)) funcall(fn, ch, value, t);
    else funcall(defsym("put-unicode-property-internal"), t, ch, value);
  } else {
    const ct = checkCharTable(findSymbolValue(Vchar_code_property_table));
    const c = arefIndex(ch);
    const plist = charTableGet(ct, c);
    const x = plistPut(plist, prop, value);
    if (x !== plist) charTableSet(ct, c, x);
  }
  return value;
});

defun("char-code-property-description", "(prop value)", `Return a description string of character property PROP's value VALUE.
If there's no description string for VALUE, return nil.`, (prop, value) => {
  const entry = alistEntry(prop);
  // A built-in property is described without building its table.
  const fn = pristine(entry) ? describerOf((entry.car as LSymbol).name) : (() => {
    const table = propertyTable(prop);
    return table === NIL ? NIL : checkCharTable(table).extras[3] ?? NIL;
  })();
  return functionp(fn) ? funcall(fn, value) : NIL;
});

defun("define-char-code-property", "(name table &optional docstring)", `Define NAME as a character code property given by TABLE.
TABLE is a char-table of purpose \`char-code-property-table', or the name of a file to load to build one.`,
(name, table, doc) => {
  const fmt = (f: string, x: LispObject) => (funcall(defsym("format"), mkStr(f), x) as LString).s;
  if (!(name instanceof LSymbol)) error(fmt("Not a symbol: %s", name));
  if (table instanceof CharTable) {
    if (!(table.purpose === Qchar_code_property_table && table.extras[0] === name)) error(fmt("Invalid char-table: %s", table));
  } else if (!(table instanceof LString)) error(fmt("Not a char-table nor a file name: %s", table));
  const entry = alistEntry(name);
  // Re-defining a loaded table by its file name again is skipped (GNU: bug#52945).
  if (table instanceof LString && entry instanceof Cons && entry.cdr instanceof CharTable) return NIL;
  if (entry instanceof Cons) entry.cdr = table;
  else setInternal(Vchar_code_property_alist, new Cons(new Cons(name, table), findSymbolValue(Vchar_code_property_alist)));
  funcall(defsym("put"), name, Qchar_code_property_documentation, doc);
  return doc;
});

// ---------------------------------------------------------------------------------------------
// char-script-table and unicode-category-table: built when first read.
// ---------------------------------------------------------------------------------------------

/** char-script-table as GNU's characters.el leaves it (Unicode blocks, emoji, the tibetan charset). */
function buildScriptTable(): CharTable {
  const ct = makeCharTable(Qchar_script_table, NIL);
  for (let i = 0; i < SCRIPT_RUNS.length; i += 2) {
    const name = SCRIPT_NAMES[SCRIPT_RUNS[i + 1]];
    if (name === "nil") continue;
    const to = i + 2 < SCRIPT_RUNS.length ? SCRIPT_RUNS[i + 2] - 1 : MAX_CHAR;
    charTableSetRange(ct, SCRIPT_RUNS[i], to, defsym(name));
  }
  ct.extras[0] = list(...SCRIPT_LIST.split(" ").map((s) => defsym(s)));
  return ct;
}

defvar("char-script-table", NIL, `Char table of script symbols.
It has one extra slot whose value is a list of script symbols.`, {
  forward: (env) => ({
    get: () => (state(env).scriptTable ??= buildScriptTable()),
    set: (v: LispObject) => { state(env).scriptTable = v; },
  }),
});

defvar("unicode-category-table", NIL, `Char table of Unicode's "General Category".
All Unicode characters have one of the following values (symbol):
  Cc, Cf, Cs, Co, Cn, Lu, Ll, Lt, Lm, Lo, Mc, Me, Mn, Nd, Nl, No,
  Pc, Pd, Pe, Pf, Pi, Po, Ps, Sc, Sk, Sm, So, Zl, Zp, Zs`, {
  forward: (env) => ({
    get: () => (state(env).categoryTable ??= propertyTable(defsym("general-category"))),
    set: (v: LispObject) => { state(env).categoryTable = v; },
  }),
});
