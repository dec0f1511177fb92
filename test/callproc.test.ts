// Synchronous subprocesses: call-process, call-process-region, process-lines and friends (GNU: callproc.c tests by hand).
// Expected values were printed by GNU Emacs 28.2 (print-escape-newlines t) running the same forms with
// default-directory bound to a scratch directory; "/tmp/cpt" stands for that directory in both columns.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, mkdirSync, writeFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { printed, setup, evalLisp } from "./helpers.js";
import { LString } from "../src/lisp.js";

const dir = mkdtempSync(join(tmpdir(), "tsmacs-callproc-"));
mkdirSync(join(dir, "bin"));
writeFileSync(join(dir, "in"), "hi-in\n");
process.on("exit", () => rmSync(dir, { recursive: true, force: true }));

/** [form, GNU's printed value] — evaluated in order, with default-directory bound to the scratch directory. */
const CASES: [string, string][] = [
  ["(condition-case e (call-process \"nonexistent-prog-xyz\") (error e))",
   "(file-missing \"Searching for program\" \"No such file or directory\" \"nonexistent-prog-xyz\")"],
  ["(condition-case e (call-process \"true\" \"/nonexist\") (error e))",
   "(file-missing \"Opening process input file\" \"No such file or directory\" \"/nonexist\")"],
  ["(call-process \"sh\" nil nil nil \"-c\" \"kill -9 $$\")",
   "\"Killed\""],
  ["(call-process \"sh\" nil nil nil \"-c\" \"kill -15 $$\")",
   "\"Terminated\""],
  ["(call-process \"sh\" nil nil nil \"-c\" \"exit 7\")",
   "7"],
  ["(call-process \"true\")",
   "0"],
  ["(condition-case e (call-process \"true\" nil '(:file \"/nonexist/x\")) (error e))",
   "(file-missing \"Opening process output file\" \"No such file or directory\" \"/nonexist/x\")"],
  ["(condition-case e (call-process \"true\" nil '(t \"/nonexist/x\")) (error e))",
   "(file-missing \"Cannot redirect stderr\" \"No such file or directory\" \"/nonexist/x\")"],
  ["(condition-case e (let ((default-directory \"/nonexist/\")) (call-process \"true\")) (error e))",
   "(file-missing \"Setting current directory\" \"No such file or directory\" \"/nonexist/\")"],
  ["(condition-case e (call-process 'true) (error e))",
   "(wrong-type-argument stringp true)"],
  ["(condition-case e (call-process \"true\" nil nil nil 1) (error e))",
   "(wrong-type-argument stringp 1)"],
  ["(condition-case e (call-process \"/etc/passwd\") (error e))",
   "(file-error \"Searching for program\" \"Permission denied\" \"/etc/passwd\")"],
  ["(condition-case e (call-process \"/tmp\") (error e))",
   "(file-error \"Searching for program\" \"Is a directory\" \"/tmp\")"],
  ["(with-temp-buffer (list (call-process \"sh\" nil t nil \"-c\" \"echo out; echo err >&2; echo out2\") (buffer-string)))",
   "(0 \"out\\nerr\\nout2\\n\")"],
  ["(with-temp-buffer (list (call-process \"sh\" nil '(t nil) nil \"-c\" \"echo out; echo err >&2; echo out2\") (buffer-string)))",
   "(0 \"out\\nout2\\n\")"],
  ["(with-temp-buffer (list (call-process \"sh\" nil '(t \"/tmp/cpt/err\") nil \"-c\" \"echo out; echo err >&2; echo out2\") (buffer-string) (with-temp-buffer (insert-file-contents \"/tmp/cpt/err\") (buffer-string))))",
   "(0 \"out\\nout2\\n\" \"err\\n\")"],
  ["(with-temp-buffer (list (call-process \"sh\" nil '(:file \"/tmp/cpt/out\") nil \"-c\" \"echo out; echo err >&2; echo out2\") (buffer-string) (with-temp-buffer (insert-file-contents \"/tmp/cpt/out\") (buffer-string))))",
   "(0 \"\" \"out\\nerr\\nout2\\n\")"],
  ["(let ((default-directory \"/tmp/cpt/\")) (with-temp-buffer (list (call-process \"sh\" nil \"cp-buf\" nil \"-c\" \"echo out; pwd\") (buffer-string) (with-current-buffer \"cp-buf\" (buffer-string)))))",
   "(0 \"\" \"out\\n/tmp/cpt\\n\")"],
  ["(with-temp-buffer (let ((default-directory \"/usr/\")) (list (call-process \"sh\" nil t nil \"-c\" \"pwd; echo $PWD\") (buffer-string))))",
   "(0 \"/usr\\n/usr\\n\")"],
  ["(with-temp-buffer (let ((process-environment (cons \"FOO=bar\" (cons \"FOO=baz\" (cons \"HOME\" process-environment))))) (list (call-process \"sh\" nil t nil \"-c\" \"echo $FOO; echo ${HOME-unset}\") (buffer-string))))",
   "(0 \"bar\\nunset\\n\")"],
  ["(with-temp-buffer (insert \"xyz\") (goto-char 2) (list (call-process \"echo\" nil t nil \"a\" \"é\") (buffer-string) (point)))",
   "(0 \"xa é\\nyz\" 6)"],
  ["(with-temp-buffer (list (call-process \"printf\" nil t nil \"a\\\\r\\\\nb\\\\xff\\\\xc3\\\\xa9\") (append (buffer-string) nil) last-coding-system-used))",
   "(0 (97 13 10 98 4194303 233) utf-8-unix)"],
  ["(let ((coding-system-for-read 'undecided)) (with-temp-buffer (list (call-process \"printf\" nil t nil \"a\\\\r\\\\nb\\\\xc3\\\\xa9\") (append (buffer-string) nil) last-coding-system-used)))",
   "(0 (97 10 98 233) utf-8-dos)"],
  ["(with-temp-buffer (set-buffer-multibyte nil) (list (call-process \"printf\" nil t nil \"\\\\xc3\\\\xa9\\\\r\\\\n\") (append (buffer-string) nil) last-coding-system-used (multibyte-string-p (buffer-string))))",
   "(0 (195 169 13 10) raw-text-unix nil)"],
  ["(with-temp-buffer (list (call-process \"true\" nil t) last-coding-system-used))",
   "(0 utf-8-unix)"],
  ["(with-temp-buffer (let ((default-directory \"/tmp/cpt/\")) (list (call-process \"cat\" \"in\" t) (buffer-string))))",
   "(0 \"hi-in\\n\")"],
  ["(with-temp-buffer (insert \"hello\\nworld\\n\") (list (call-process-region (point-min) (point-max) \"tr\" nil t nil \"a-z\" \"A-Z\") (buffer-string)))",
   "(0 \"hello\\nworld\\nHELLO\\nWORLD\\n\")"],
  ["(with-temp-buffer (insert \"hello\\nworld\\n\") (list (call-process-region (point-min) (point-max) \"tr\" t t nil \"a-z\" \"A-Z\") (buffer-string)))",
   "(0 \"HELLO\\nWORLD\\n\")"],
  ["(with-temp-buffer (insert \"hello\\n\") (list (call-process-region \"abc é\" nil \"cat\" nil t) (buffer-string)))",
   "(0 \"hello\\nabc é\")"],
  ["(with-temp-buffer (insert \"hello\\n\") (narrow-to-region 2 3) (list (call-process-region nil nil \"cat\" t t) (progn (widen) (buffer-string))))",
   "(0 \"hello\\n\")"],
  ["(with-temp-buffer (insert \"hello\\n\") (car (condition-case e (call-process-region 1 100 \"cat\" nil t) (error e))))",
   "args-out-of-range"],
  ["(with-temp-buffer (insert \"hello\\n\") (condition-case e (call-process-region \"x\" nil \"cat\" t t) (error e)))",
   "(wrong-type-argument integer-or-marker-p \"x\")"],
  ["(call-process \"sleep\" nil 0 nil \"0\")",
   "nil"],
  ["(process-lines \"sh\" \"-c\" \"echo a; echo; echo b\")",
   "(\"a\" \"\" \"b\")"],
  ["(process-lines \"sh\" \"-c\" \"printf 'a\\\\nb'\")",
   "(\"a\" \"b\")"],
  ["(process-lines \"true\")",
   "nil"],
  ["(condition-case e (process-lines \"false\") (error e))",
   "(error \"false exited with status 1\")"],
  ["(process-lines-ignore-status \"sh\" \"-c\" \"echo a; exit 1\")",
   "(\"a\")"],
  ["(shell-command-to-string \"echo a; echo b >&2; exit 3\")",
   "\"a\\nb\\n\""],
  ["(with-temp-buffer (list (call-process-shell-command \"echo $((1+2))\" nil t) (buffer-string)))",
   "(0 \"3\\n\")"],
  ["(with-temp-buffer (list (process-file \"echo\" nil t nil \"pf\") (buffer-string)))",
   "(0 \"pf\\n\")"],
  ["(with-temp-buffer (list (process-file \"sh\" nil '(t \"/tmp/cpt/err2\") nil \"-c\" \"echo o; echo e >&2\") (buffer-string) (with-temp-buffer (insert-file-contents \"/tmp/cpt/err2\") (buffer-string))))",
   "(0 \"o\\n\" \"e\\n\")"],
  ["(with-temp-buffer (list (process-file-shell-command \"echo x y\" nil t) (buffer-string)))",
   "(0 \"x y\\n\")"],
  ["(let ((exec-path '(\"/tmp/cpt/bin\"))) (condition-case e (call-process \"sh\") (error e)))",
   "(file-missing \"Searching for program\" \"No such file or directory\" \"sh\")"],
  ["(let ((exec-path '(\"/tmp/cpt/bin\"))) (call-process \"/bin/sh\" nil nil nil \"-c\" \"exit 3\"))",
   "3"],
  ["(with-temp-buffer (let ((before nil) (after nil)) (add-hook 'before-change-functions (lambda (b e) (push (list b e) before)) nil t) (add-hook 'after-change-functions (lambda (b e l) (push (list b e l) after)) nil t) (call-process \"echo\" nil t nil \"abc\") (list before after)))",
   "(((1 1)) ((1 5 0)))"],
  ["(with-temp-buffer (let ((after nil)) (add-hook 'after-change-functions (lambda (b e l) (push (list b e l) after)) nil t) (call-process \"true\" nil t) after))",
   "nil"],
  ["(stringp shell-file-name)",
   "t"],
  ["shell-command-switch",
   "\"-c\""],
  ["null-device",
   "\"/dev/null\""],
  ["exec-suffixes",
   "(\"\")"],
  ["(equal (file-name-as-directory (car (last exec-path))) exec-directory)",
   "t"],
  ["(with-temp-buffer (setq buffer-read-only t) (condition-case e (call-process \"echo\" nil t nil \"x\") (error (car e))))",
   "buffer-read-only"],
];

test("call-process and friends answer as GNU Emacs 28.2 does", () => {
  setup();
  const bad: string[] = [];
  for (const [src0, want0] of CASES) {
    const src = src0.replaceAll("/tmp/cpt", dir);
    const want = want0.replaceAll("/tmp/cpt", dir);
    const v = evalLisp(`(let ((default-directory ${JSON.stringify(dir + "/")}) (print-escape-newlines t))
      (prin1-to-string (condition-case e ${src} (error (list 'ERR e)))))`);
    const got = v instanceof LString ? v.s : "not a string";
    if (got !== want) bad.push(`${src}\n    want ${want}\n    got  ${got}`);
  }
  assert.deepEqual(bad, []);
});

test("invocation-directory and invocation-name name the tsmacs launcher", () => {
  assert.equal(printed("(file-executable-p (expand-file-name invocation-name invocation-directory))"), "t");
  assert.equal(printed("(file-exists-p (expand-file-name \"package.json\" invocation-directory))"), "t");
});

/** Runs tsmacs through call-process as GNU's eval-tests do; returns (STATUS OUTPUT) printed. */
function spawnTsmacs(expr: string): string {
  // TSMACS_NO_BUILD: the test runner has just built tsmacs; the child must not rebuild under our feet.
  return printed(`(with-temp-buffer
    (let ((process-environment (cons "TSMACS_NO_BUILD=1" process-environment)))
      (list (call-process (expand-file-name invocation-name invocation-directory) nil t nil
                          "--quick" "--batch" (concat "--eval=" (prin1-to-string '${expr})))
            (string-trim (buffer-string)))))`);
}

test("a tsmacs spawned by call-process reports batch errors as GNU does (eval-tests backtrace-in-batch-mode)", () => {
  const full = spawnTsmacs(`(progn (defun foo () (error "Boo")) (foo))`);
  assert.match(full, /^\(255 "Debugger entered--Lisp error: \(error \\"Boo\\"\)/);
  assert.match(full, /\n  foo\(\)\n/);
  assert.match(full, /\n  normal-top-level\(\)"\)$/);
  assert.equal(spawnTsmacs(`(progn (defun foo () (error "Boo")) (let ((backtrace-on-error-noninteractive nil)) (foo)))`),
    '(255 "Boo")');
  assert.equal(spawnTsmacs(`(with-demoted-errors "Error: %S" (error "Boo"))`), '(0 "Error: (error \\"Boo\\")")');
});

test("the child's environment is process-environment alone, earlier entries winning", () => {
  assert.equal(printed(`(with-temp-buffer (let ((process-environment '("A=1" "B=2" "A=3" "C"))) (call-process "/usr/bin/env" nil t) (buffer-string)))`),
    '"A=1\nB=2\n"');
});
