// Regexp-based string utilities that GNU writes in Lisp (GNU: subr.el split-string, replace-regexp-in-string,
// string-trim-left/-right, string-trim), implemented on search.ts with the same observable behaviour: the same
// calls of string-match (so the same match data afterwards) and the same argument errors.
import { defun, defvar } from "../defun.js";
import { findSymbolValue } from "../env.js";
import { defsym, LispObject, LString, mkStr, NIL, arrayToList } from "../lisp.js";
import { funcall } from "../eval.js";
import { concat, length } from "../fns/seq.js";
import { arithLess2 } from "../data/arith.js";
import { matchLimit, replaceMatch, setMatchData, stringMatch, Vinhibit_changing_match_data } from "../search.js";

// Interned once: replace-regexp-in-string calls these for every match.
const Qmatch_data__translate = defsym("match-data--translate"), Qmatch_string = defsym("match-string");

const Qsubstring = defsym("substring");
const Qmatch_data = defsym("match-data");
const Qevaporate = defsym("evaporate");

export const Vsplit_string_default_separators = defvar("split-string-default-separators", () => mkStr("[ \f\t\n\r\v]+"),
  `The default value of separators for \`split-string'.

A regexp matching strings of whitespace.  May be locale-dependent
(as yet unimplemented).  Should not match non-breaking spaces.

Warning: binding this to a different value and using it as default is
likely to have undesired semantics.`);

const substring = (s: LispObject, from: LispObject, to: LispObject = NIL): LispObject => funcall(Qsubstring, s, from, to);
/** (string-match RE S START) as a Lisp value, setting the match data unless inhibited. */
function stringMatchL(re: LispObject, s: LispObject, start: LispObject): LispObject {
  const v = stringMatch(re, s, start, false, findSymbolValue(Vinhibit_changing_match_data) === NIL);
  return v < 0 ? NIL : v;
}

defun("split-string", "(string &optional separators omit-nulls trim)", `Split STRING into substrings bounded by matches for SEPARATORS.

The beginning and end of STRING, and each match for SEPARATORS, are
splitting points.  The substrings matching SEPARATORS are removed, and
the substrings between the splitting points are collected as a list,
which is returned.

If SEPARATORS is non-nil, it should be a regular expression matching text
that separates, but is not part of, the substrings.  If nil it defaults to
\`split-string-default-separators', normally "[ \\f\\t\\n\\r\\v]+", and
OMIT-NULLS is forced to t.

If OMIT-NULLS is t, zero-length substrings are omitted from the list (so
that for the default value of SEPARATORS leading and trailing whitespace
are effectively trimmed).  If nil, all zero-length substrings are retained,
which correctly parses CSV format, for example.

If TRIM is non-nil, it should be a regular expression to match
text to trim from the beginning and end of each substring.  If trimming
makes the substring empty, it is treated as null.

Modifies the match data; use \`save-match-data' if necessary.`, (string, separators, omitNulls, trim) => {
  const keepNulls = !(separators !== NIL ? omitNulls !== NIL : true);
  const rexp = separators !== NIL ? separators : findSymbolValue(Vsplit_string_default_separators);
  const out: LispObject[] = [];
  const len = (): number => length(string);
  const pushOne = (thisStart: number, thisEnd: number): void => {
    if (trim !== NIL) {
      const tem = stringMatchL(trim, string, thisStart);
      if (tem === thisStart) thisStart = matchLimit(0, false) as number;
    }
    if (keepNulls || thisStart < thisEnd) {
      let piece = substring(string, thisStart, thisEnd);
      if (trim !== NIL) {
        const tem = stringMatchL(concat([trim, mkStr("\\'")]), piece, 0);
        if (typeof tem === "number" && tem < length(piece)) piece = substring(piece, 0, tem);
      }
      if (keepNulls || length(piece) > 0) out.push(piece);
    }
  };
  let start = 0, notfirst = false;
  for (;;) {
    const from = notfirst && start === matchLimit(0, true) && start < len() ? start + 1 : start;
    if (stringMatchL(rexp, string, from) === NIL || !(start < len())) break;
    notfirst = true;
    const thisStart = start, thisEnd = matchLimit(0, true) as number;
    start = matchLimit(0, false) as number;
    pushOne(thisStart, thisEnd);
  }
  pushOne(start, len());
  return arrayToList(out);
});

/** save-match-data around F (GNU: the macro's let + unwind-protect + set-match-data 'evaporate). */
function saveMatchData<R>(f: () => R): R {
  const saved = funcall(Qmatch_data);
  try { return f(); } finally { setMatchData(saved, Qevaporate); }
}

defun("replace-regexp-in-string", "(regexp rep string &optional fixedcase literal subexp start)", `Replace all matches for REGEXP with REP in STRING.

Return a new string containing the replacements.

Optional arguments FIXEDCASE, LITERAL and SUBEXP are like the
arguments with the same names of function \`replace-match'.  If START
is non-nil, start replacements at that index in STRING, and omit
the first START characters of STRING from the return value.

REP is either a string used as the NEWTEXT arg of \`replace-match' or a
function.  If it is a function, it is called with the actual text of each
match, and its value is used as the replacement text.  When REP is called,
the match data are the result of matching REGEXP against a substring
of STRING, the same substring that is the actual text of the match which
is passed to REP as its argument.

To replace only the first match (if any), make REGEXP match up to \\\\='
and replace a sub-expression, e.g.
  (replace-regexp-in-string "\\\\(foo\\\\).*\\\\\\='" "bar" " foo foo" nil nil 1)
    => " bar foo"`, (regexp, rep, string, fixedcase, literal, subexp, start0) => {
  const l = length(string);
  let start: LispObject = start0 !== NIL ? start0 : 0;
  // The pieces as JS strings while they can be joined as they are: STRING without text properties or
  // characters beyond the BMP, replacements of its kind and without properties. A long string with many
  // matches then keeps one JS string per piece alive rather than a Lisp string each (GNU's list of pieces
  // costs a third of ours). The first piece that needs `concat' turns what was joined into one Lisp string.
  const plain = string instanceof LString && string.intervals === null && string.simple;
  let js: string[] | null = plain ? [] : null;
  const matches: LispObject[] = [];
  return saveMatchData(() => {
    while (arithLess2(start, l) !== NIL) {
      const m = stringMatchL(regexp, string, start);
      if (m === NIL) break;
      const mb = matchLimit(0, true) as number;
      let me = matchLimit(0, false) as number;
      if (me === mb) me = Math.min(l, mb + 1);
      funcall(Qmatch_data__translate, -mb);
      const str = substring(string, mb, me);
      const newtext = rep instanceof LString ? rep : funcall(rep, funcall(Qmatch_string, 0, str));
      const replaced = replaceMatch(newtext, fixedcase, literal, str, subexp);
      if (js !== null && replaced instanceof LString && replaced.intervals === null
          && replaced.multibyte === (string as LString).multibyte) {
        js.push((string as LString).s.slice(start as number, mb), replaced.s);
      } else {
        if (js !== null) { matches.push(new LString(js.join(""), (string as LString).multibyte)); js = null; }
        matches.push(substring(string, start, mb), replaced);
      }
      start = me;
    }
    if (js !== null) {
      js.push((string as LString).s.slice(start as number, l));
      return new LString(js.join(""), (string as LString).multibyte);
    }
    matches.push(substring(string, start, l));
    return concat(matches);
  });
});

defun("string-trim-left", "(string &optional regexp)", `Trim STRING of leading string matching REGEXP.

REGEXP defaults to "[ \\t\\n\\r]+".`, (string, regexp) => {
  const re = concat([mkStr("\\`\\(?:"), regexp !== NIL ? regexp : mkStr("[ \t\n\r]+"), mkStr("\\)")]);
  if (stringMatchL(re, string, NIL) !== NIL) return substring(string, matchLimit(0, false));
  return string;
});

function trimRight(string: LispObject, regexp: LispObject): LispObject {
  const re = concat([mkStr("\\(?:"), regexp !== NIL ? regexp : mkStr("[ \t\n\r]+"), mkStr("\\)\\'")]);
  const i = stringMatch(re, string, NIL, false, false);
  return i >= 0 ? substring(string, 0, i) : string;
}

defun("string-trim-right", "(string &optional regexp)", `Trim STRING of trailing string matching REGEXP.

REGEXP defaults to  "[ \\t\\n\\r]+".`, trimRight);

defun("string-trim", "(string &optional trim-left trim-right)", `Trim STRING of leading and trailing strings matching TRIM-LEFT and TRIM-RIGHT.

TRIM-LEFT and TRIM-RIGHT default to "[ \\t\\n\\r]+".`, (string, trimLeft, trimRight0) =>
  funcall(defsym("string-trim-left"), trimRight(string, trimRight0), trimLeft));
