// Charsets, the minimum tsmacs needs: Unicode, ASCII and raw bytes (GNU: charset.c); character names. Legacy charsets such as
// chinese-gb2312 (which GNU maps onto #x110000..) are not supported; naming one signals charsetp.
import { LispObject, LSymbol, LString, NIL, T, defsym, BYTE8_FIRST, MAX_CHAR, list } from "./lisp.js";
import { defun, defvar } from "./defun.js";
import { wrongType, checkCharacter, checkNatnum, checkString, error } from "./signal.js";
import { E, findSymbolValue } from "./env.js";
import { unicodeProperty } from "./unidata/props.js";
import { F, charName, rowOf, ucd } from "./unidata/ucd.js";

const Qcharsetp = defsym("charsetp");
const Qcase_fold_search = defsym("case-fold-search");
/** Supported charsets: [name, aliases, code → char, char → code]. */
const CHARSETS: [string, string[], (code: number) => number | null, (c: number) => number | null][] = [
  ["unicode", ["ucs", "unicode-bmp"], (n) => (n <= 0x10ffff ? n : null), (c) => (c <= 0x10ffff ? c : null)],
  ["ascii", ["us-ascii"], (n) => (n < 128 ? n : null), (c) => (c < 128 ? c : null)],
  ["iso-8859-1", ["latin-iso8859-1"], (n) => (n < 256 ? n : null), (c) => (c < 256 ? c : null)],
  ["eight-bit", [], (n) => (n >= 128 && n < 256 ? BYTE8_FIRST + n - 128 : null), (c) => (c >= BYTE8_FIRST ? c - BYTE8_FIRST + 128 : null)],
  ["emacs", [], (n) => (n <= 0x3fffff ? n : null), (c) => c],
];
function charsetOf(x: LispObject) {
  if (x instanceof LSymbol) for (const cs of CHARSETS) if (cs[0] === x.name || cs[1].includes(x.name)) return cs;
  return wrongType(Qcharsetp, x);
}
defvar("charset-list", () => list(...CHARSETS.map((cs) => defsym(cs[0]))), "List of all charsets ever defined.");

defun("charsetp", "(object)", "Return non-nil if and only if OBJECT is a charset.", (o) =>
  (o instanceof LSymbol && CHARSETS.some((cs) => cs[0] === o.name || cs[1].includes(o.name)) ? T : NIL));
defun("decode-char", "(charset code-point)", "Decode the pair of CHARSET and CODE-POINT into a character.", (cs, code) => {
  const c = charsetOf(cs)[2](checkNatnum(code));
  return c === null ? NIL : c;
});
defun("encode-char", "(ch charset)", "Encode the character CH into a code-point of CHARSET.", (ch, cs) => {
  const code = charsetOf(cs)[3](checkCharacter(ch));
  return code === null ? NIL : code;
});
defun("char-charset", "(ch &optional restriction)", "Return the charset of highest priority that contains CH.", (ch) => {
  const c = checkCharacter(ch);
  if (c < 128) return defsym("ascii");
  if (c <= 0x10ffff) return defsym("unicode");
  if (c >= BYTE8_FIRST) return defsym("eight-bit");
  return defsym("emacs");
});

// --- character names (GNU: char-from-name in mule-cmds.el over `ucs-names') ----------------------

/** Code point ranges `ucs-names' covers: GNU leaves out the ideograph, surrogate and private-use blocks. */
const UCS_NAME_RANGES: [number, number][] = [[0x0000, 0x33ff], [0x4dc0, 0x4dff], [0xa000, 0xd7ff], [0xfb00, 0x134ff],
  [0x14400, 0x14646], [0x16800, 0x16f9f], [0x16fe0, 0x16fe3], [0x1aff0, 0x1b12f], [0x1b150, 0x1b16f], [0x1b170, 0x1b2ff],
  [0x1bc00, 0x1bcaf], [0x1cf00, 0x1ffff], [0xe0000, 0xe01ff]];

/** Name → character, GNU's `ucs-names' table: names, Unicode 1.0 names, "LAMBDA" spellings; built on first use. */
function nameTable(): Map<string, number> {
  if (E.ext.unicodeNames) return E.ext.unicodeNames as Map<string, number>;
  const table = new Map<string, number>();
  const covered = (c: number) => UCS_NAME_RANGES.some(([from, to]) => c >= from && c <= to);
  const add = (c: number, name: string | undefined, old: string | undefined) => {
    if (name) table.set(name, c);
    if (old) table.set(old, c);
    // Unicode spells the Greek letter "LAMDA"; GNU adds the usual spelling where no old name has it.
    if (!old && name && /\bLAMDA\b/.test(name)) table.set(name.replace(/\bLAMDA\b/, "LAMBDA"), c);
  };
  // Walks UnicodeData's rows rather than every code point; a range's names are computed (Hangul syllables).
  const { codes, row, firstOfRange, gnu } = ucd();
  const gnuNames = gnu.get("name");
  for (let i = 0; i < codes.length; i++) {
    const c = codes[i];
    if (firstOfRange[i]) {
      for (let r = c; r <= codes[i + 1]; r++) if (covered(r)) add(r, charName(r), undefined);
      i++; // the range's Last line
    } else if (covered(c) && !gnuNames?.has(c)) add(c, charName(c), row(i)[F.OldName]);
  }
  for (const [c, name] of gnuNames ?? []) if (covered(c)) add(c, name === "nil" ? undefined : name, rowOf(c)?.[F.OldName]);
  // U+0007's old name BELL is taken by U+1F514, so GNU adds this one by hand.
  table.set("BELL (BEL)", 7);
  E.ext.unicodeNames = table;
  return table;
}

/** The character named NAME (a Unicode name or alias), or undefined (GNU: char-from-name). */
export function charFromName(name: string, ignoreCase: boolean): number | undefined {
  const found = nameTable().get(ignoreCase ? name.toUpperCase() : name);
  if (found !== undefined) return found;
  // Names with a code point suffix ("CJK COMPATIBILITY IDEOGRAPH-F900", "VARIATION SELECTOR-17") are not in the
  // table: the suffix gives the character, whose name must then match. The hex match follows case-fold-search.
  const fold = findSymbolValue(Qcase_fold_search) !== NIL;
  const minus = name.search(fold ? /-[0-9A-F]+$/i : /-[0-9A-F]+$/);
  if (minus < 0) return undefined;
  const vs = (ignoreCase ? /^VARIATION SELECTOR-/i : /^VARIATION SELECTOR-/).test(name);
  const n = parseInt(name.slice(minus), vs ? 10 : 16) || 0; // string-to-number reads the leading "-" too
  const code = (vs ? (n < -16 ? 0xe00ef : 0xfdff) : 0) - n;
  if (!Number.isSafeInteger(code) || code < 0 || code > MAX_CHAR) return undefined;
  const cname = unicodeProperty("name", code);
  if (!(cname instanceof LString)) return undefined;
  return (ignoreCase ? cname.s.toUpperCase() === name.toUpperCase() : cname.s === name) ? code : undefined;
}

defun("char-from-name", "(string &optional ignore-case)", "Return a character as a number from its Unicode name STRING.",
  (s, ignoreCase) => charFromName(checkString(s).s, ignoreCase !== NIL) ?? NIL);

defun("split-char", "(ch)", "Return list of charset and one to four position-codes of CH.", (ch) => {
  const c = checkCharacter(ch);
  if (c < 128) return list(defsym("ascii"), c);
  if (c <= 0x10ffff) return list(defsym("unicode"), c >> 16, (c >> 8) & 0xff, c & 0xff);
  if (c >= BYTE8_FIRST) return list(defsym("eight-bit"), c - BYTE8_FIRST + 128);
  return list(defsym("emacs"), c >> 16, (c >> 8) & 0xff, c & 0xff);
});
