// Minibuffer input in batch mode through the real CLI: the prompt on stdout, a line from stdin (GNU:
// minibuf.c read_minibuf_noninteractive); expected texts from GNU Emacs 28.2 given the same input.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";

function run(expr: string, input: string): { out: string; err: string; code: number | null } {
  const r = spawnSync("./tsmacs", ["--batch", "--eval", expr], { encoding: "utf8", input, timeout: 60000,
    env: { ...process.env, TSMACS_DIST: process.env.TSMACS_DIST ?? "dist" } });
  return { out: r.stdout, err: r.stderr, code: r.status };
}

test("read-from-minibuffer and read-string read lines; end of input is GNU's end-of-file error", () => {
  assert.equal(run(`(prin1 (list (read-from-minibuffer "P1: ") (read-string "P2: ")))`, "hello\nworld\n").out,
    `P1: P2: ("hello" "world")`);
  assert.equal(run(`(prin1 (condition-case e (read-string "P: ") (error e)))`, "").out, `P: (end-of-file "Error reading from stdin")`);
  assert.equal(run(`(prin1 (read-string "P: "))`, "abc").out, `P: "abc"`);
  assert.equal(run(`(prin1 (read-string "P: "))`, "héllo\n").out, `P: "héllo"`);
  assert.equal(run(`(prin1 (list (read-string "P: " nil nil "dflt") (completing-read "C: " '("a") nil nil nil nil "dd")))`, "\n\n").out,
    `P: C: ("dflt" "dd")`);
});

test("yes-or-no-p, y-or-n-p and read-number ask again until answered", () => {
  const yn = run(`(prin1 (yes-or-no-p "Sure? "))`, "maybe\nno\n");
  assert.equal(yn.out, "Sure? (yes or no) Sure? (yes or no) nil");
  assert.equal(yn.err, "Please answer yes or no.\n");
  assert.equal(run(`(prin1 (y-or-n-p "Sure? "))`, "x\nn\n").out, "Sure? (y or n) Please answer y or n.  Sure? (y or n) nil");
  const n = run(`(prin1 (read-number "N: " 5))`, "abc\n\n");
  assert.equal(n.out, "N (default 5): N (default 5): 5");
  assert.equal(n.err, "Please enter a number.\n");
});

test("reading Lisp from the minibuffer; inhibit-interaction forbids asking", () => {
  assert.equal(run(`(prin1 (list (eval-minibuffer "E: ")))`, "(+ 1 2)\n").out, "E: (3)");
  assert.equal(run(`(prin1 (condition-case e (read-from-minibuffer "P: " nil nil t) (error e)))`, "a b\n").out,
    `P: (invalid-read-syntax "Trailing garbage following expression")`);
  assert.equal(run(`(prin1 (let ((inhibit-interaction t)) (condition-case e (read-string "P: ") (error e))))`, "x\n").out,
    "(inhibited-interaction)");
});
