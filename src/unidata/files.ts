// The built-in character code properties and the files GNU Emacs 28.2 defines their tables in, as its initial
// `char-code-property-alist' lists them (GNU: lisp/international/charprop.el). A leaf module, so that
// chartab.ts can give the variable its value without depending on the property code.
import { Cons, LispObject, defsym, list, mkStr } from "../lisp.js";

/** [property, file], in the order GNU defines them (the alist holds them in reverse). */
export const PROPERTY_FILES: readonly (readonly [string, string])[] = [
  ["name", "uni-name.el"], ["general-category", "uni-category.el"], ["canonical-combining-class", "uni-combining.el"],
  ["bidi-class", "uni-bidi.el"], ["decomposition", "uni-decomposition.el"], ["decimal-digit-value", "uni-decimal.el"],
  ["digit-value", "uni-digit.el"], ["numeric-value", "uni-numeric.el"], ["mirrored", "uni-mirrored.el"],
  ["mirroring", "uni-mirrored.el"], ["old-name", "uni-old-name.el"], ["iso-10646-comment", "uni-comment.el"],
  ["uppercase", "uni-uppercase.el"], ["lowercase", "uni-lowercase.el"], ["titlecase", "uni-titlecase.el"],
  ["special-uppercase", "uni-special-uppercase.el"], ["special-lowercase", "uni-special-lowercase.el"],
  ["special-titlecase", "uni-special-titlecase.el"], ["paired-bracket", "uni-brackets.el"],
  ["bracket-type", "uni-brackets.el"],
];

/** A fresh copy of GNU's initial `char-code-property-alist'. */
export function initialCharCodePropertyAlist(): LispObject {
  return list(...[...PROPERTY_FILES].reverse().map(([p, f]) => new Cons(defsym(p), mkStr(f))));
}
