// Describing keys and events as text: single-key-description, key-description, text-char-description
// (GNU: keymap.c push_key_description and friends).
import { defun } from "../defun.js";
import { findSymbolValue } from "../env.js";
import { Cons, LispObject, LSymbol, LString, NIL, defsym, mkStr, stringFromChars } from "../lisp.js";
import { error, wrongType, checkCharacter, Qlistp } from "../signal.js";
import { ALT, CTRL, HYPER, META, SHIFT, SUPER, maskEvent, Vmeta_prefix_char, eventConvertList, lucidEventTypeList } from "../keymap.js";

const Qarrayp = defsym("arrayp");

/** The description of character event CH, like "C-x" or "M-<SPC>" (GNU push_key_description). */
function charDescription(ch: number): string {
  let c = maskEvent(ch);
  const c2 = c & ~(ALT | CTRL | HYPER | META | SHIFT | SUPER);
  if (c2 > 0x3fffff || c2 < 0) return `[${c}]`;
  const tabAsCi = c2 === 9 && (c & META) !== 0;
  let p = "";
  if (c & ALT) { p += "A-"; c -= ALT; }
  if ((c & CTRL) !== 0 || (c2 < 32 && c2 !== 27 && c2 !== 9 && c2 !== 13) || tabAsCi) { p += "C-"; c &= ~CTRL; }
  if (c & HYPER) { p += "H-"; c -= HYPER; }
  if (c & META) { p += "M-"; c -= META; }
  if (c & SHIFT) { p += "S-"; c -= SHIFT; }
  if (c & SUPER) { p += "s-"; c -= SUPER; }
  if (c < 32) {
    if (c === 27) p += "ESC";
    else if (tabAsCi) p += "i";
    else if (c === 9) p += "TAB";
    else if (c === 13) p += "RET";
    else p += String.fromCharCode(c > 0 && c <= 26 ? c + 0o140 : c + 0o100);
  } else if (c === 127) p += "DEL";
  else if (c === 32) p += "SPC";
  else return p + stringFromChars([c]).s;
  return p;
}

function singleKeyDescription(key: LispObject, noAngles: LispObject): LString {
  if (key instanceof Cons && lucidEventTypeList(key)) key = eventConvertList(key);
  if (key instanceof Cons && typeof key.car === "number" && typeof key.cdr === "number") {
    return mkStr(singleKeyDescription(key.car, noAngles).s + ".." + singleKeyDescription(key.cdr, noAngles).s);
  }
  if (key instanceof Cons) key = key.car; // a mouse event: its head
  if (typeof key === "number") {
    const chars = [...charDescriptionChars(key)];
    return stringFromChars(chars, true);
  }
  if (key instanceof LSymbol) {
    if (noAngles !== NIL) return mkStr(key.name);
    let i = 0;
    const name = key.name;
    while (i < name.length - 3 && name[i + 1] === "-" && "CMSsHA".includes(name[i])) i += 2;
    return mkStr(name.slice(0, i) + "<" + name.slice(i) + ">");
  }
  if (key instanceof LString) return stringFromChars(key.chars(), key.multibyte);
  return error("KEY must be an integer, cons, symbol, or string");
}

/** The characters of charDescription (which may hold characters beyond the BMP or Unicode). */
function charDescriptionChars(key: number): number[] {
  const c2 = maskEvent(key) & ~(ALT | CTRL | HYPER | META | SHIFT | SUPER);
  const d = charDescription(key);
  if (c2 >= 128 && c2 <= 0x3fffff && !d.startsWith("[")) {
    // The last character is C2 itself; keep it as a character code rather than re-reading JS text.
    const prefix = d.slice(0, d.length - stringFromChars([c2]).s.length);
    return [...[...prefix].map((ch) => ch.charCodeAt(0)), c2];
  }
  return [...d].map((ch) => ch.codePointAt(0)!);
}

defun("single-key-description", "(key &optional no-angles)", `Return a pretty description of a character event KEY.
Control characters turn into C-whatever, etc.
Optional argument NO-ANGLES non-nil means don't put angle brackets
around function keys and event symbols.

See \`text-char-description' for describing character codes.`, singleKeyDescription);

defun("key-description", "(keys &optional prefix)", `Return a pretty description of key-sequence KEYS.
Optional arg PREFIX is the sequence of keys leading up to KEYS.
For example, [?\\C-x ?l] is converted into the string "C-x l".

For an approximate inverse of this, see \`kbd'.`, (keys, prefix) => {
  const parts: LString[] = [];
  let addMeta = false;
  const esc = metaPrefixObject();
  for (const seq of [prefix, keys]) {
    if (!(seq === NIL || seq instanceof LString || Array.isArray(seq) || seq instanceof Cons)) wrongType(Qarrayp, seq);
    let items: LispObject[];
    if (seq instanceof LString) {
      // Characters 128..255 stand for meta characters (GNU: SINGLE_BYTE_CHAR_P and the 0200 bit).
      items = seq.chars().map((c) => (c < 256 && c & 0x80 ? c ^ (0x80 | META) : c));
    } else if (Array.isArray(seq)) items = seq;
    else {
      items = [];
      for (let l: LispObject = seq; l instanceof Cons; l = l.cdr) items.push(l.car);
      if (seq !== NIL && !(seq instanceof Cons)) wrongType(Qlistp, seq);
    }
    for (let key of items) {
      if (addMeta) {
        if (typeof key !== "number" || key === esc || (key & META)) {
          parts.push(singleKeyDescription(esc, NIL));
          if (key === esc) continue;
        } else key = key | META;
        addMeta = false;
      } else if (key === esc) { addMeta = true; continue; }
      parts.push(singleKeyDescription(key, NIL));
    }
  }
  if (addMeta) parts.push(singleKeyDescription(esc, NIL));
  if (parts.length === 0) return LString.fromJs("");
  const chars: number[] = [];
  let multibyte = false;
  parts.forEach((p, i) => { if (i) chars.push(32); chars.push(...p.chars()); multibyte ||= p.multibyte; });
  return stringFromChars(chars, multibyte);
});

function metaPrefixObject(): LispObject { return findSymbolValue(Vmeta_prefix_char); }

defun("text-char-description", "(character)", `Return the description of CHARACTER in standard Emacs notation.
CHARACTER must be a valid character code that passes the \`characterp' test.
Control characters turn into "^char", and characters with Meta and other
modifiers signal an error, as they are not valid character codes.
This differs from \`single-key-description' which accepts character events,
and thus doesn't enforce the \`characterp' condition, turns control
characters into "C-char", and uses the 2**27 bit for Meta.
See Info node \`(elisp)Describing Characters' for examples.`, (character) => {
  const c = checkCharacter(character);
  if (c >= 128) return stringFromChars([c], true);
  if (c < 32) return stringFromChars([94, c + 64], false);
  if (c === 127) return stringFromChars([94, 63], false);
  return stringFromChars([c], false);
});

