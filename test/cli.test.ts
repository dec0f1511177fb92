// End-to-end tests of the real command line (GNU: emacs.c and startup.el's command-line-1 in batch mode).
// Expected texts come from GNU Emacs 28.2 run with the same arguments.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync, chmodSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const dir = mkdtempSync(join(tmpdir(), "tsmacs-cli-"));
const NOBT = ["--eval", "(setq backtrace-on-error-noninteractive nil)"];

function run(args: string[], env: Record<string, string> = {}): { out: string; err: string; code: number | null } {
  const r = spawnSync("./tsmacs", args, { encoding: "utf8", env: { ...process.env, ...env }, timeout: 60000 });
  return { out: r.stdout, err: r.stderr, code: r.status };
}

for (const mode of ["snapshot", "no snapshot"]) {
  const env: Record<string, string> = mode === "snapshot" ? {} : { TSMACS_NO_SNAPSHOT: "1" };
  test(`princ goes to stdout and message to stderr (${mode})`, () => {
    const r = run(["--batch", "--eval", '(progn (princ "out\\n") (message "msg %d" 1) (print (list 1 "a")))'], env);
    assert.equal(r.out, 'out\n\n(1 "a")\n');
    // GNU starts a batch message on a new line after output to stdout (noninteractive_need_newline).
    assert.equal(r.err, "\nmsg 1\n");
    assert.equal(r.code, 0);
  });
  test(`kill-emacs sets the exit status (${mode})`, () => {
    assert.equal(run(["--batch", "--eval", "(kill-emacs 3)"], env).code, 3);
  });
  // The launcher gives node GLIBC_TUNABLES for its own start-up only: neither Lisp nor a child sees it,
  // and a caller's own setting passes through untouched.
  test(`the launcher's GLIBC_TUNABLES stays out of the environment (${mode})`, () => {
    const expr = '(prin1 (list (getenv "GLIBC_TUNABLES") (getenv "TSMACS_GLIBC_TUNABLES_ADDED") (with-temp-buffer (call-process "/usr/bin/env" nil t) (and (string-match-p "TUNABLES" (buffer-string)) t))))';
    const clean = { ...process.env, ...env };
    delete clean.GLIBC_TUNABLES;
    const r = spawnSync("./tsmacs", ["--batch", "--eval", expr], { encoding: "utf8", env: clean, timeout: 60000 });
    assert.equal(r.stdout, "(nil nil nil)");
    assert.equal(run(["--batch", "--eval", '(prin1 (getenv "GLIBC_TUNABLES"))'], { ...env, GLIBC_TUNABLES: "glibc.malloc.check=0" }).out,
      '"glibc.malloc.check=0"');
  });
}

test("an uncaught error prints GNU's message and exits 255", () => {
  const r = run(["--batch", ...NOBT, "--eval", "foo"]);
  assert.equal(r.err, "Symbol’s value as variable is void: foo\n");
  assert.equal(r.code, 255);
  assert.equal(run(["--batch", ...NOBT, "--eval", "(error \"Boom\")"]).err, "Boom\n");
  assert.equal(run(["--batch", ...NOBT, "--eval", "(throw 'x 1)"]).err, "No catch for tag: x, 1\n");
});

test("by default an uncaught error prints the debugger's report, as GNU 28 does in batch", () => {
  const r = run(["--batch", "--eval", "(defun f (x) (car x))", "--eval", "(f 1)"]);
  assert.match(r.err, /^\nDebugger entered--Lisp error: \(wrong-type-argument listp 1\)\n {2}f\(\.\.\.\)\n/);
  assert.equal(r.code, 255);
  // With debug-on-error set, frames record their arguments and the report shows them.
  const r2 = run(["--batch", "--eval", "(setq debug-on-error t)", "--eval", "(defun f (x) (car x))", "--eval", "(f 1)"]);
  assert.match(r2.err, /Debugger entered--Lisp error: \(wrong-type-argument listp 1\)\n {2}f\(1\)\n/);
  assert.equal(r.code, 255);
});

test("a file that fails to read reports the file", () => {
  const bad = join(dir, "bad.el");
  writeFileSync(bad, '(princ "x")\n(car');
  const r = run(["--batch", ...NOBT, "-l", bad]);
  assert.equal(r.out, "x");
  assert.equal(r.err, `End of file during parsing: ${bad}\n`);
  assert.equal(r.code, 255);
});

test("-l, -f, -L and command-line-args-left work in order", () => {
  const lib = join(dir, "mylib.el");
  writeFileSync(lib, "(defun my-main () (princ (format \"left=%S\\n\" command-line-args-left)) (setq command-line-args-left nil))\n(provide 'mylib)\n");
  const r = run(["--batch", "-L", dir, "--eval", "(require 'mylib)", "-f", "my-main", "x", "y"]);
  assert.equal(r.out, 'left=("x" "y")\n');
  assert.equal(r.code, 0);
});

test("--script runs a #! script with its arguments", () => {
  const script = join(dir, "s.el");
  writeFileSync(script, '#!/usr/bin/env tsmacs --script\n(princ (format "args=%S\\n" command-line-args-left))\n');
  chmodSync(script, 0o755);
  const r = run(["--script", script, "a", "b"]);
  assert.equal(r.out, 'args=("a" "b")\n');
  assert.equal(r.code, 0);
});

test("--version, --help, and the missing terminal UI", () => {
  assert.match(run(["--version"]).out, /^tsmacs \d+\.\d+\.\d+ \(GNU Emacs 28\.2 compatible\)\n/);
  assert.match(run(["--help"]).out, /--batch/);
  const r = run([]);
  assert.equal(r.code, 1);
  assert.match(r.err, /terminal UI is not built yet/);
});

test("the snapshot and a fresh start agree on a nontrivial program", () => {
  const prog = "(progn (defvar v 1) (let ((h (make-hash-table :test 'equal))) (dotimes (i 50) (puthash (format \"k%d\" i) (* i i) h)) (princ (format \"%S %s %S\\n\" (gethash \"k7\" h) (hash-table-count h) (mapcar (lambda (x) (expt 2 x)) '(10 62 70))))))";
  const a = run(["--batch", "--eval", prog]);
  const b = run(["--batch", "--eval", prog], { TSMACS_NO_SNAPSHOT: "1" });
  assert.equal(a.out, "49 50 (1024 4611686018427387904 1180591620717411303424)\n");
  assert.equal(a.out, b.out);
});
