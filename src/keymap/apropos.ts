// apropos-internal: the symbols whose names match a regexp (GNU: keymap.c Fapropos_internal).
import { defun } from "../defun.js";
import { E } from "../env.js";
import { defsym, LSymbol, NIL, list } from "../lisp.js";
import { checkString } from "../signal.js";
import { funcall } from "../eval.js";

const Qstring_match = defsym("string-match");

defun("apropos-internal", "(regexp &optional predicate)", `Show all symbols whose names contain match for REGEXP.
If optional 2nd arg PREDICATE is non-nil, (funcall PREDICATE SYMBOL) is done
for each symbol and a symbol is mentioned only if that returns non-nil.
Return list of symbols found.`,
(regexp, predicate) => {
  const re = checkString(regexp);
  const found: LSymbol[] = [];
  // A snapshot of the obarray: the predicate may intern symbols.
  for (const sym of [...E.obarray.values()]) {
    if (funcall(Qstring_match, re, sym.nameString) === NIL) continue;
    if (predicate !== NIL && funcall(predicate, sym) === NIL) continue;
    found.push(sym);
  }
  // Sorted by name, as GNU sorts with string-lessp.
  found.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return list(...found);
});
