// Quote translation for messages: `text-quoting-style' and the curved quotes of format-message and of
// error messages (GNU: doc.c Ftext_quoting_style, and the quoting half of help.el's substitute-command-keys).
// Defined here, not in doc.ts, because format-message needs it first; doc.ts may take it over.
import { defun, defvar } from "../defun.js";
import { findSymbolValue } from "../env.js";
import { defsym, LispObject, LString, NIL, T } from "../lisp.js";

export const Qgrave = defsym("grave");
export const Qstraight = defsym("straight");
export const Qcurve = defsym("curve");

export const Vtext_quoting_style = defvar("text-quoting-style", NIL, `Style to use for single quotes in help and messages.

The value of this variable determines substitution of grave accents
and apostrophes in help output (but not for display of Info
manuals) and in functions like \`message' and \`format-message', but not
in \`format'.

The value should be one of these symbols:
  \`curve':    quote with curved single quotes ‘like this’.
  \`straight': quote with straight apostrophes \\='like this\\='.
  \`grave':    quote with grave accent and apostrophe \\=\`like this\\=';
	      i.e., do not alter the original quote marks.
  nil:        like \`curve' if curved single quotes are displayable,
	      and like \`grave' otherwise.  This is the default.`);

/** GNU's main sets this from the locale: curved quotes only when the locale's charset is UTF-8. */
export const Vinternal_text_quoting_flag = defvar("internal--text-quoting-flag", () => {
  const env = process.env;
  const locale = env.LC_ALL || env.LC_CTYPE || env.LANG || "C";
  return /utf-?8/i.test(locale) ? T : NIL;
}, "If nil, a nil `text-quoting-style' is treated as `grave'.", { perStart: true });

/** The effective style: Qgrave, Qstraight or Qcurve (GNU: Ftext_quoting_style). */
export function textQuotingStyle(): LispObject {
  const v = findSymbolValue(Vtext_quoting_style);
  // GNU also answers grave when standard-display-table shows ‘ as `; display tables do not exist yet.
  if (v === NIL ? findSymbolValue(Vinternal_text_quoting_flag) === NIL : v === Qgrave) return Qgrave;
  if (v === Qstraight) return Qstraight;
  return Qcurve;
}

defun("text-quoting-style", "()", `Return the current effective text quoting style.
See variable \`text-quoting-style'.`, () => textQuotingStyle());

/**
 * STR with ` and ' translated per the current style; with DOC also honouring \\= (the next character
 * is literal), as substitute-command-keys does. Returns STR itself when nothing changes.
 */
export function applyQuotingStyle(str: LString, doc: boolean): LString {
  const s = str.s;
  if (!/[`'\\]/.test(s)) return str;
  const style = textQuotingStyle();
  if (style === Qgrave && !(doc && s.includes("\\="))) return str;
  let out = "";
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (doc && c === "\\" && s[i + 1] === "=") {
      i += 2;
      if (i < s.length) out += s[i];
      continue;
    }
    if (c === "`") out += style === Qcurve ? "‘" : style === Qstraight ? "'" : "`";
    else if (c === "'") out += style === Qcurve ? "’" : "'";
    else out += c;
  }
  return new LString(out, str.multibyte || style === Qcurve && /[‘’]/.test(out));
}
