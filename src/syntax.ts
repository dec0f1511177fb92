// Syntax tables: descriptors, the standard and per-buffer tables, and the table primitives (GNU: the table half
// of syntax.c, syntax.h, and subr.el's make-syntax-table/syntax-after/syntax-class). Motion over text is in
// syntax/*.ts.
//
// A syntax table is a char-table of purpose `syntax-table` holding GNU's raw descriptors: (CODE . MATCH), where
// CODE carries the class in its low byte and the flags in bits 16..23, and MATCH is the matching character or
// nil. A nil entry inherits from the parent table (the standard table has the default (0)).
import { defun, defvar } from "./defun.js";
import { E, findSymbolValue, localize } from "./env.js";
import { bool, Cons, defsym, LFloat, LispObject, LSymbol, NIL, T } from "./lisp.js";
import { argsOutOfRange, checkCharacter, checkFixnum, checkString, error, wrongType } from "./signal.js";
import {
  CharTable, charTableGet, charTableSet, charTableSetRange, copyCharTable, defCharTablePurpose, makeCharTable,
} from "./chartab.js";
import { Buffer, cloneBufferHooks, curBuf, resetLocalsHooks } from "./buffer.js";
import { setWordSyntaxFunction } from "./casefiddle.js";
import { STANDARD_SYNTAX_RUNS } from "./syntax/data.js";
import { Marker, markerPosition } from "./marker.js";
import { getCharPropertyAndOverlay } from "./textprop.js";

/** Syntax classes (GNU: enum syntaxcode); `Max` stands for "no syntax" in parse states. */
export const enum S {
  Whitespace = 0, Punct = 1, Word = 2, Symbol = 3, Open = 4, Close = 5, Quote = 6, String = 7, Math = 8,
  Escape = 9, Charquote = 10, Comment = 11, Endcomment = 12, Inherit = 13, CommentFence = 14, StringFence = 15,
  Max = 16,
}
/** Comment style and string terminator of comments/strings opened by a fence character. */
export const ST_COMMENT_STYLE = 257;
export const ST_STRING_STYLE = 258;

// Flag bits of a descriptor's CODE (see modify-syntax-entry's docstring for their meaning).
export const comstartFirst = (f: number): boolean => ((f >> 16) & 1) !== 0;
export const comstartSecond = (f: number): boolean => ((f >> 17) & 1) !== 0;
export const comendFirst = (f: number): boolean => ((f >> 18) & 1) !== 0;
export const comendSecond = (f: number): boolean => ((f >> 19) & 1) !== 0;
/** First char of a two-char comment start or end. */
export const comstartendFirst = (f: number): boolean => (f & 0x50000) !== 0;
export const prefixFlag = (f: number): boolean => ((f >> 20) & 1) !== 0;
export const nestedFlag = (f: number): boolean => ((f >> 22) & 1) !== 0;
/**
 * Comment style of a delimiter: b (1) from the main character's flags, c (2) from either character. FLAGS is
 * the main character (the second of a comment start, the first of a comment end).
 */
export const commentStyle = (flags: number, other: number): number =>
  ((flags >> 21) & 1) | ((flags >> 22) & 2) | ((other >> 22) & 2);

/** The letter of each class (GNU: syntax_code_spec). */
export const SYNTAX_CODE_SPEC = " .w_()'\"$\\/<>@!|";
/** The class named by descriptor letter C, or 255 (GNU: syntax_spec_code). */
export function syntaxSpecCode(c: number): number {
  if (c === 0x2d) return S.Whitespace; // '-'
  if (c === 0x57 || c === 0x77) return S.Word; // 'W', 'w'
  if (c >= 0x80) return S.Whitespace; // GNU's table has zeros past ASCII
  const i = SYNTAX_CODE_SPEC.indexOf(String.fromCharCode(c));
  return i < 0 ? 255 : i;
}

export const Qsyntax_table = defsym("syntax-table");
export const Qsyntax_table_p = defsym("syntax-table-p");
export const Qscan_error = defsym("scan-error");
defCharTablePurpose(Qsyntax_table, 0);

export const Vparse_sexp_ignore_comments = defvar("parse-sexp-ignore-comments", NIL,
  "Non-nil means `forward-sexp', etc., should treat comments as whitespace.");
export const Vparse_sexp_lookup_properties = defvar("parse-sexp-lookup-properties", NIL,
  `Non-nil means \`forward-sexp', etc., obey \`syntax-table' property.
Otherwise, that text property is simply ignored.
See the info node \`(elisp)Syntax Properties' for a description of the
\`syntax-table' property.`);
export const Vwords_include_escapes = defvar("words-include-escapes", NIL,
  "Non-nil means `forward-word', etc., should treat escape chars part of words.");
export const Vmultibyte_syntax_as_symbol = defvar("multibyte-syntax-as-symbol", NIL,
  "Non-nil means `scan-sexps' treats all multibyte characters as symbol.");
export const Vopen_paren_in_column_0_is_defun_start = defvar("open-paren-in-column-0-is-defun-start", T,
  "Non-nil means an open paren in column 0 denotes the start of a defun.");
/**
 * Initial value of an automatically buffer-local variable (GNU: Fmake_variable_buffer_local in syms_of_syntax).
 * createEnv does not act on VarDef.local, so the initializer localizes the symbol itself.
 */
function bufferLocalInit(name: string, value: LispObject): () => LispObject {
  return () => {
    const sym = defsym(name);
    sym.v = value;
    localize(sym, true);
    return value;
  };
}
export const Vcomment_end_can_be_escaped = defvar("comment-end-can-be-escaped",
  bufferLocalInit("comment-end-can-be-escaped", NIL),
  "Non-nil means an escaped ender inside a comment doesn't end the comment.");
export const Vcomment_use_syntax_ppss = defvar("comment-use-syntax-ppss", T,
  "Non-nil means `forward-comment' can use `syntax-ppss' internally.");
defvar("syntax-propertize--done", bufferLocalInit("syntax-propertize--done", -1),
  "Position up to which syntax-table properties have been set.");
export const Vfind_word_boundary_function_table = defvar("find-word-boundary-function-table",
  () => makeCharTable(NIL, NIL), `Char table of functions to search for the word boundary.
Each function is called with two arguments; POS and LIMIT.
POS and LIMIT are character positions in the current buffer.

If POS is less than LIMIT, POS is at the first character of a word,
and the return value of a function should be a position after the
last character of that word.

If POS is not less than LIMIT, POS is at the last character of a word,
and the return value of a function should be a position at the first
character of that word.

In both cases, LIMIT bounds the search.`);

// ---------------------------------------------------------------------------------------------
// World state: the shared descriptor objects and the standard table.
// ---------------------------------------------------------------------------------------------
interface SyntaxState {
  /** (CODE) for each class without flags or match, shared by every table (GNU: Vsyntax_code_object). */
  codes: Cons[];
  standard: CharTable | null;
  /** Bumped whenever modify-syntax-entry changes a table (GNU: clear_regexp_cache). */
  epoch: number;
}
function state(): SyntaxState {
  let st = E.ext.syntax as SyntaxState | undefined;
  if (st === undefined) {
    const codes: Cons[] = [];
    for (let i = 0; i < S.Max; i++) codes.push(new Cons(i, NIL));
    st = E.ext.syntax = { codes, standard: null, epoch: 0 };
  }
  return st;
}

/** GNU's standard syntax table after startup (syntax.c's init_syntax_once and characters.el), built on first use. */
export function standardSyntaxTable(): CharTable {
  const st = state();
  if (st.standard === null) {
    const codes = st.codes;
    const table = makeCharTable(Qsyntax_table, codes[S.Whitespace]);
    const runs = STANDARD_SYNTAX_RUNS;
    for (let i = 0; i < runs.length; i += 4) {
      const code = runs[i + 2], match = runs[i + 3];
      const v = match < 0 && code < S.Max ? codes[code] : new Cons(code, match < 0 ? NIL : match);
      charTableSetRange(table, runs[i], runs[i + 1], v);
    }
    st.standard = table;
  }
  return st.standard;
}

/** The syntax table of buffer B (GNU: BVAR (b, syntax_table)). */
export function bufferSyntaxTable(b: Buffer): CharTable {
  return (b.ext.syntaxTable as CharTable | undefined) ?? standardSyntaxTable();
}
/** The current buffer's syntax table. */
export function currentSyntaxTable(): CharTable { return bufferSyntaxTable(curBuf()); }

// kill-all-local-variables and new buffers: back to the standard table (GNU: reset_buffer_local_variables);
// a cloned indirect buffer keeps its base's table (GNU: clone_per_buffer_values).
resetLocalsHooks.push((b) => { delete b.ext.syntaxTable; });
cloneBufferHooks.push((from, to) => { if (from.ext.syntaxTable !== undefined) to.ext.syntaxTable = from.ext.syntaxTable; });

/** Changes seen by compiled-regexp caches: a number that changes whenever a syntax table is modified. */
export function syntaxEpoch(): number { return state().epoch; }

export function isSyntaxTable(x: LispObject): x is CharTable {
  return x instanceof CharTable && x.purpose === Qsyntax_table;
}
export function checkSyntaxTable(x: LispObject): CharTable {
  if (isSyntaxTable(x)) return x;
  return wrongType(Qsyntax_table_p, x);
}

// ---------------------------------------------------------------------------------------------
// Lookup.
// ---------------------------------------------------------------------------------------------
/** CODE-with-flags of a raw descriptor: non-conses count as whitespace (GNU: syntax_property_with_flags). */
export function descriptorFlags(ent: LispObject): number {
  if (ent instanceof Cons) { const c = ent.car; return typeof c === "number" ? c & 0xffffff : 0; }
  return 0;
}
/** Class and flags of C in TABLE. */
export function syntaxFlagsIn(table: CharTable, c: number): number {
  return descriptorFlags(charTableGet(table, c));
}
/** Class of C in TABLE (GNU: SYNTAX). */
export function syntaxClassIn(table: CharTable, c: number): number {
  return descriptorFlags(charTableGet(table, c)) & 0xff;
}
/** Class of C in the current buffer's table, ignoring text properties (for casing and the regexp engine). */
export function syntaxClassOf(c: number): number { return syntaxClassIn(currentSyntaxTable(), c); }

/**
 * A class-of-character function for the regexp engine over the current buffer (GNU: the regexp matcher's
 * SYNTAX with gl_state set up by SETUP_SYNTAX_TABLE_FOR_OBJECT). When matching buffer text with
 * `parse-sexp-lookup-properties` set, BUFFER_START is the buffer position of text index 0 and `syntax-table`
 * properties apply; otherwise the position argument is ignored.
 */
export function regexSyntaxFunction(bufferStart = -1): (c: number, i: number) => number {
  const table = currentSyntaxTable();
  const b = curBuf();
  if (bufferStart < 0 || findSymbolValue(Vparse_sexp_lookup_properties) === NIL || b.text.intervals === null) {
    return (c) => syntaxClassIn(table, c);
  }
  return (c, i) => {
    const prop = syntaxPropertyAt(b, bufferStart + i);
    if (prop !== NIL) {
      if (isSyntaxTable(prop)) return syntaxClassIn(prop, c);
      if (prop instanceof Cons) return descriptorFlags(prop) & 0xff;
    }
    return syntaxClassIn(table, c);
  };
}

/** The `syntax-table` text property of the character at POS in B (GNU: update_syntax_table's textget). */
export function syntaxPropertyAt(b: Buffer, pos: number): LispObject {
  const t = b.text.intervals;
  if (t === null || pos < 1 || pos >= b.z) return NIL;
  return plistGet(t.plist(t.find(pos - 1)), Qsyntax_table);
}
const Qcategory = defsym("category");
/** GNU textget: PROP from PLIST, else from the plist of its `category` symbol. */
function plistGet(plist: LispObject, prop: LispObject): LispObject {
  let fallback: LispObject = NIL;
  for (let p = plist; p instanceof Cons && p.cdr instanceof Cons; p = p.cdr.cdr) {
    if (p.car === prop) return p.cdr.car;
    if (p.car === Qcategory && fallback === NIL) fallback = p.cdr.car;
  }
  if (fallback instanceof LSymbol) {
    for (let p = fallback.plist; p instanceof Cons && p.cdr instanceof Cons; p = p.cdr.cdr) if (p.car === prop) return p.cdr.car;
  }
  return NIL;
}

// Casing asks about word syntax through casefiddle's hook (GNU: casify_region's SYNTAX (c) == Sword).
setWordSyntaxFunction((c) => syntaxClassOf(c) === S.Word);

// ---------------------------------------------------------------------------------------------
// Table primitives.
// ---------------------------------------------------------------------------------------------
defun("syntax-table-p", "(object)", `Return t if OBJECT is a syntax table.
Currently, any char-table counts as a syntax table.`, (object) => bool(isSyntaxTable(object)));

defun("syntax-table", "()", `Return the current syntax table.
This is the one specified by the current buffer.`, () => currentSyntaxTable());

defun("standard-syntax-table", "()", `Return the standard syntax table.
This is the one used for new buffers.`, () => standardSyntaxTable());

/** `copy-syntax-table`: a copy without a default, inheriting from the standard table when TABLE had no parent. */
export function copySyntaxTable(table: LispObject): CharTable {
  const src = table === NIL ? standardSyntaxTable() : checkSyntaxTable(table);
  const copy = copyCharTable(src);
  copy.defalt = NIL;
  if (copy.parent === NIL) copy.parent = standardSyntaxTable();
  return copy;
}
defun("copy-syntax-table", "(&optional table)", `Construct a new syntax table and return it.
It is a copy of the TABLE, which defaults to the standard syntax table.`, copySyntaxTable);

defun("make-syntax-table", "(&optional oldtable)", `Return a new syntax table.
Create a syntax table that inherits from OLDTABLE (if non-nil) or
from \`standard-syntax-table' otherwise.`, (oldtable) => {
  const table = makeCharTable(Qsyntax_table, NIL);
  const parent = oldtable === NIL ? standardSyntaxTable() : oldtable;
  if (!(parent instanceof CharTable)) wrongType(defsym("char-table-p"), parent);
  table.parent = parent;
  return table;
});

defun("set-syntax-table", "(table)", `Select a new syntax table for the current buffer.
One argument, a syntax table.`, (table) => {
  curBuf().ext.syntaxTable = checkSyntaxTable(table);
  return table;
});

defun("char-syntax", "(character)", `Return the syntax code of CHARACTER, described by a character.
For example, if CHARACTER is a word constituent, the
character \`w' (119) is returned.
The characters that correspond to various syntax codes
are listed in the documentation of \`modify-syntax-entry'.

If you're trying to determine the syntax of characters in the buffer,
this is probably the wrong function to use, because it can't take
\`syntax-table' text properties into account.  Consider using
\`syntax-after' instead.`, (character) => {
  const c = checkCharacter(character);
  return SYNTAX_CODE_SPEC.charCodeAt(syntaxClassOf(c) & 15);
});

defun("syntax-class-to-char", "(syntax)", `Return the syntax char of CLASS, described by an integer.
For example, if SYNTAX is word constituent (the integer 2), the
character \`w' (119) is returned.`, (syntax) => {
  const n = checkFixnum(syntax);
  if (n < 0 || n >= S.Max) argsOutOfRange(S.Max - 1, syntax);
  return SYNTAX_CODE_SPEC.charCodeAt(n);
});

defun("matching-paren", "(character)", "Return the matching parenthesis of CHARACTER, or nil if none.", (character) => {
  const c = checkCharacter(character);
  const ent = charTableGet(currentSyntaxTable(), c);
  const code = descriptorFlags(ent) & 0xff;
  return (code === S.Open || code === S.Close) && ent instanceof Cons ? ent.cdr : NIL;
});

/** `string-to-syntax`: a descriptor string as a raw descriptor (shared objects for plain classes). */
export function stringToSyntax(string: LispObject): LispObject {
  const s = checkString(string);
  // GNU reads the first byte (a NUL for the empty string); a non-ASCII lead byte reads as whitespace.
  const first = s.length > 0 ? s.charAt(0) : 0;
  let val = syntaxSpecCode(first);
  if (val === 255) error(`Invalid syntax description letter: ${String.fromCharCode(first)}`);
  if (val === S.Inherit) return NIL;
  let match: LispObject = NIL;
  let i = 1;
  if (s.length > 1) {
    // The matching character is a whole character, whatever its encoding.
    const m = s.charAt(1);
    if (m !== 0x20) match = m;
    i = 2;
  }
  for (const c of s.chars().slice(i)) {
    switch (c) {
      case 0x31: val |= 1 << 16; break; // 1
      case 0x32: val |= 1 << 17; break; // 2
      case 0x33: val |= 1 << 18; break; // 3
      case 0x34: val |= 1 << 19; break; // 4
      case 0x70: val |= 1 << 20; break; // p
      case 0x62: val |= 1 << 21; break; // b
      case 0x6e: val |= 1 << 22; break; // n
      case 0x63: val |= 1 << 23; break; // c
    }
  }
  if (val < S.Max && match === NIL) return state().codes[val];
  return new Cons(val, match);
}
defun("string-to-syntax", "(string)", `Convert a syntax descriptor STRING into a raw syntax descriptor.
STRING should be a string of the form allowed as argument of
\`modify-syntax-entry'.  The return value is a raw syntax descriptor: a
cons cell (CODE . MATCHING-CHAR) which can be used, for example, as
the value of a \`syntax-table' text property.`, stringToSyntax);

const Qcharacterp = defsym("characterp");
defun("modify-syntax-entry", "(char newentry &optional syntax-table)", `Set syntax for character CHAR according to string NEWENTRY.
The syntax is changed only for table SYNTAX-TABLE, which defaults to
 the current buffer's syntax table.
CHAR may be a cons (MIN . MAX), in which case, syntaxes of all characters
in the range MIN to MAX are changed.
The first character of NEWENTRY should be one of the following:
  Space or -  whitespace syntax.    w   word constituent.
  _           symbol constituent.   .   punctuation.
  (           open-parenthesis.     )   close-parenthesis.
  "           string quote.         \\   escape.
  $           paired delimiter.     '   expression quote or prefix operator.
  <           comment starter.      >   comment ender.
  /           character-quote.      @   inherit from parent table.
  |           generic string fence. !   generic comment fence.

Only single-character comment start and end sequences are represented thus.
Two-character sequences are represented as described below.
The second character of NEWENTRY is the matching parenthesis,
 used only if the first character is \`(' or \`)'.
Any additional characters are flags.
Defined flags are the characters 1, 2, 3, 4, b, p, and n.
 1 means CHAR is the start of a two-char comment start sequence.
 2 means CHAR is the second character of such a sequence.
 3 means CHAR is the start of a two-char comment end sequence.
 4 means CHAR is the second character of such a sequence.

There can be several orthogonal comment sequences.  This is to support
language modes such as C++.  By default, all comment sequences are of style
a, but you can set the comment sequence style to b (on the second character
of a comment-start, and the first character of a comment-end sequence) and/or
c (on any of its chars) using this flag:
 b means CHAR is part of comment sequence b.
 c means CHAR is part of comment sequence c.
 n means CHAR is part of a nestable comment sequence.

 p means CHAR is a prefix character for \`backward-prefix-chars';
   such characters are treated as whitespace when they occur
   between expressions.`, (c, newentry, syntaxTable) => {
  if (c instanceof Cons) {
    if (!isChar(c.car)) wrongType(Qcharacterp, c.car);
    if (!isChar(c.cdr)) wrongType(Qcharacterp, c.cdr);
  } else checkCharacter(c);
  const table = syntaxTable === NIL ? currentSyntaxTable() : checkSyntaxTable(syntaxTable);
  const ent = stringToSyntax(newentry);
  if (c instanceof Cons) charTableSetRange(table, c.car as number, c.cdr as number, ent);
  else charTableSet(table, c as number, ent);
  state().epoch++;
  return NIL;
}, { interactive: "cSet syntax for character: \nsSet syntax for %s to: " });
const isChar = (x: LispObject): boolean => typeof x === "number" && x >= 0 && x <= 0x3fffff;

// ---------------------------------------------------------------------------------------------
// subr.el's syntax-after and syntax-class.
// ---------------------------------------------------------------------------------------------
const Qnumber_or_marker_p = defsym("number-or-marker-p");
const Qinteger_or_marker_p = defsym("integer-or-marker-p");
defun("syntax-after", "(pos)", `Return the raw syntax descriptor for the char after POS.
If POS is outside the buffer's accessible portion, return nil.`, (pos) => {
  const b = curBuf();
  let p: number;
  if (typeof pos === "number") p = pos;
  else if (pos instanceof Marker) p = markerPosition(pos);
  else if (pos instanceof LFloat) p = pos.n;
  else if (typeof pos === "bigint") p = Number(pos);
  else return wrongType(Qnumber_or_marker_p, pos);
  if (p < b.begv || p >= b.zv) return NIL;
  if (typeof pos !== "number" && !(pos instanceof Marker)) wrongType(Qinteger_or_marker_p, pos);
  let st: LispObject = NIL;
  if (findSymbolValue(Vparse_sexp_lookup_properties) !== NIL) st = getCharPropertyAndOverlay(p, Qsyntax_table, NIL)[0];
  if (st instanceof Cons) return st;
  const table = st === NIL ? currentSyntaxTable() : st;
  if (!(table instanceof CharTable)) return wrongType(defsym("arrayp"), table);
  return charTableGet(table, b.charAt(p));
});

defun("syntax-class", "(syntax)", "Return the code for the syntax class described by SYNTAX.", (syntax) => {
  if (syntax === NIL) return NIL;
  if (!(syntax instanceof Cons)) return wrongType(defsym("listp"), syntax);
  const c = syntax.car;
  if (typeof c !== "number") return wrongType(Qinteger_or_marker_p, c);
  return c & 65535;
});
