// shell-quote-argument (GNU: subr.el, POSIX shells), expectations from GNU Emacs 28.2.
import { test } from "node:test";
import { assertLisp, assertLispError } from "./helpers.js";

test("shell-quote-argument backslashes all but POSIX file-name characters", () => {
  assertLisp(`(list (shell-quote-argument "") (shell-quote-argument "abc") (shell-quote-argument "a b") (shell-quote-argument "x$y*z") (shell-quote-argument "é") (shell-quote-argument "a-b_c./d"))`,
    `("''" "abc" "a\\\\ b" "x\\\\$y\\\\*z" "\\\\é" "a-b_c./d")`);
  assertLisp(`(shell-quote-argument "a\\nb")`, `"a'\n'b"`);
  assertLispError(`(shell-quote-argument 5)`, "(wrong-type-argument sequencep 5)");
  assertLisp(`(with-temp-buffer (call-process "sh" nil t nil "-c" (concat "printf %s " (shell-quote-argument "a b$c"))) (buffer-string))`, `"a b$c"`);
});
