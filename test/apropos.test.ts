// apropos-internal (GNU: keymap.c), against GNU Emacs 28.2's answers for symbols both worlds share.
import { test } from "node:test";
import { assertLisp, assertLispError } from "./helpers.js";

test("apropos-internal lists matching symbols sorted by name, filtered by PREDICATE", () => {
  assertLisp(`(apropos-internal "^car-less")`, "(car-less-than-car)");
  assertLisp(`(apropos-internal "^string-to-" 'fboundp)`,
    "(string-to-char string-to-list string-to-multibyte string-to-number string-to-syntax string-to-unibyte string-to-vector)");
  assertLisp(`(progn (intern "tsmacs-apropos-zz") (intern "tsmacs-apropos-aa") (apropos-internal "^tsmacs-apropos-"))`,
    "(tsmacs-apropos-aa tsmacs-apropos-zz)");
  assertLisp(`(apropos-internal "^tsmacs-no-such-symbol-at-all$")`, "nil");
  assertLispError(`(apropos-internal 5)`, "(wrong-type-argument stringp 5)");
});
