// Charsets, the minimum tsmacs needs: Unicode, ASCII and raw bytes (GNU: charset.c); character names. Legacy charsets such as
// chinese-gb2312 (which GNU maps onto #x110000..) are not supported; naming one signals charsetp.
import { LispObject, LSymbol, NIL, T, defsym, BYTE8_FIRST, list } from "./lisp.js";
import { defun, defvar } from "./defun.js";
import { wrongType, checkCharacter, checkNatnum, checkString, error } from "./signal.js";
import { readFileSync, existsSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import { join } from "node:path";
import { repoDir } from "./paths.js";
import { E } from "./env.js";

const Qcharsetp = defsym("charsetp");
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

/** Name → character, read from etc/unicode-names.txt.gz on first use (never at start-up). */
function nameTable(): Map<string, number> {
  if (E.ext.unicodeNames) return E.ext.unicodeNames as Map<string, number>;
  const table = new Map<string, number>();
  const file = join(repoDir("etc"), "unicode-names.txt.gz");
  if (existsSync(file)) {
    for (const line of gunzipSync(readFileSync(file)).toString("utf8").split("\n")) {
      const tab = line.indexOf("\t");
      if (tab > 0) table.set(line.slice(0, tab), parseInt(line.slice(tab + 1), 16));
    }
  }
  E.ext.unicodeNames = table;
  return table;
}

/** The character named NAME (a Unicode name or alias), or undefined. */
export function charFromName(name: string, ignoreCase: boolean): number | undefined {
  const key = ignoreCase ? name.toUpperCase() : name;
  const found = nameTable().get(key);
  if (found !== undefined) return found;
  // Names Unicode derives from the code point rather than listing (GNU computes these too).
  const m = /^CJK COMPATIBILITY IDEOGRAPH-([0-9A-F]{4,5})$/.exec(key);
  if (m) {
    const c = parseInt(m[1], 16);
    const inRange = (c >= 0xf900 && c <= 0xfaff) || (c >= 0x2f800 && c <= 0x2fa1f);
    if (inRange && /^\p{Ideographic}$/u.test(String.fromCodePoint(c))) return c;
  }
  return undefined;
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
