// Tests for the Unicode character code properties and char-script-table (GNU: mule-cmds.el's
// get-char-code-property over the uni-*.el tables, chartab.c's uniprop functions, characters.el's script table).
import { test } from "node:test";
import assert from "node:assert/strict";
import { checkCaseFile, printed, setup } from "./helpers.js";
import { unicodeProperty } from "../src/unidata/props.js";
import { charName, rowOf, ucd } from "../src/unidata/ucd.js";
import { prin1ToString } from "../src/print.js";

setup();

test("every property of ~550 characters, descriptions, tables, put and define agree with GNU Emacs 28.2 (test/data/unidata-cases.el)", () => {
  assert.deepEqual(checkCaseFile("unidata"), []);
});

test("names are computed for ideographs, Hangul syllables and surrogates, and absent for private use", () => {
  assert.equal(charName(0x4e00), "CJK IDEOGRAPH-4E00");
  assert.equal(charName(0x20000), "CJK IDEOGRAPH-20000");
  assert.equal(charName(0x17000), "TANGUT IDEOGRAPH-17000");
  // Hangul: L + V + T jamo short names; U+110B (IEUNG) has an empty short name.
  assert.equal(charName(0xac00), "HANGUL SYLLABLE GA");
  assert.equal(charName(0xc548), "HANGUL SYLLABLE AN");
  assert.equal(charName(0xd7a3), "HANGUL SYLLABLE HIH");
  assert.equal(charName(0xdb80), "HIGH SURROGATE-DB80", "private-use high surrogates are still high surrogates");
  assert.equal(charName(0xdfff), "LOW SURROGATE-DFFF");
  assert.equal(charName(0xe000), undefined);
  assert.equal(charName(0x10fffd), undefined);
  assert.equal(charName(0x0), undefined, "<control> is not a name");
  assert.equal(charName(0x378), undefined, "unassigned");
});

test("range rows describe every character between their First and Last lines", () => {
  assert.equal(rowOf(0x9fff)?.[2], "Lo");
  assert.equal(rowOf(0x4e01), rowOf(0x4e00));
  assert.equal(rowOf(0xa000)?.[1], "YI SYLLABLE IT", "the first character after a range has its own row");
  assert.equal(rowOf(0x110000), undefined);
  assert.equal(ucd().ranges.length, 17, "Unicode 14.0.0's UnicodeData.txt has 17 ranges");
});

test("characters beyond Unicode get the defaults, as in GNU", () => {
  for (const c of [0x110000, 0x3fff80, 0x3fffff]) {
    assert.equal(prin1ToString(unicodeProperty("general-category", c)), "Cn");
    assert.equal(prin1ToString(unicodeProperty("bidi-class", c)), "L");
    assert.equal(prin1ToString(unicodeProperty("decomposition", c)), `(${c})`);
    assert.equal(prin1ToString(unicodeProperty("name", c)), "nil");
  }
});

test("GNU's deviations from Unicode's data are reproduced (numeric-value fractions, two unassigned ideograph names)", () => {
  // UnicodeData gives 109F9 (MEROITIC CURSIVE FRACTION FOUR TWELFTHS) 4/12; GNU 28.2's table answers 0.5.
  assert.equal(printed("(get-char-code-property #x109F9 'numeric-value)"), "0.5");
  assert.equal(printed("(get-char-code-property #x109FD 'numeric-value)"), "nil");
  assert.equal(printed("(get-char-code-property #xFA6E 'name)"), "\"CJK COMPATIBILITY IDEOGRAPH-FA6E\"");
  assert.equal(printed("(get-char-code-property #xFA6E 'general-category)"), "Cn");
});

test("the fast path and a built property table give the same answers", () => {
  const props = ["name", "general-category", "canonical-combining-class", "bidi-class", "decomposition", "numeric-value",
    "old-name", "uppercase", "titlecase", "special-lowercase", "mirroring", "bracket-type"];
  const chars = [0, 0x41, 0xbd, 0x130, 0x5ff, 0x109f9, 0xac01, 0x4e00, 0xfa6e, 0xe000, 0x10ffff, 0x3fff80];
  const before = chars.map((c) => props.map((p) => printed(`(get-char-code-property ${c} '${p})`)).join(" "));
  for (const p of props) printed(`(unicode-property-table-internal '${p})`);
  assert.equal(printed("(stringp (cdr (assq 'name char-code-property-alist)))"), "nil", "the table replaced the file name");
  const after = chars.map((c) => props.map((p) => printed(`(get-char-code-property ${c} '${p})`)).join(" "));
  assert.deepEqual(after, before);
});

test("char-script-table and unicode-category-table are variables that can be rebound and set", () => {
  assert.equal(printed("(let ((char-script-table (make-char-table 'char-script-table))) (aref char-script-table ?a))"), "nil");
  assert.equal(printed("(aref char-script-table ?a)"), "latin");
  assert.equal(printed("(char-table-p unicode-category-table)"), "t");
  assert.equal(printed("(get-unicode-property-internal unicode-category-table ?a)"), "Ll");
});
