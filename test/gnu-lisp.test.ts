// `--gnu-lisp`: GNU Emacs's own Lisp loaded from an installed Emacs (GNU: loadup.el's preload sequence,
// startup.el's load-path), and the transparent loading of compressed `.el.gz` sources it relies on
// (GNU: jka-compr with auto-compression-mode, load-file-rep-suffixes).
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, mkdirSync, writeFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { assertLisp } from "./helpers.js";
import { findGnuLispDir, gnuLoadPath, GNU_PRELOAD, GNU_MILESTONE_LIBRARIES } from "../src/gnu-lisp.js";

const dir = mkdtempSync(join(tmpdir(), "tsmacs-gnulisp-"));
const q = (s: string): string => JSON.stringify(s);

test(".el.gz files load transparently, found by load's suffix search", () => {
  writeFileSync(join(dir, "gzlib.el.gz"), gzipSync(Buffer.from(
    ";;; gzlib.el -*- lexical-binding: t -*-\n(defun gzlib-fn (x) (let ((f (lambda () x))) (funcall f)))\n(provide 'gzlib)\n")));
  assertLisp(`(progn (load ${q(join(dir, "gzlib"))} nil t) (list (gzlib-fn 42) (featurep 'gzlib)))`, "(42 t)");
  // load-history and symbol-file name the compressed file, as GNU's do.
  assertLisp(`(and (assoc ${q(join(dir, "gzlib.el.gz"))} load-history) t)`, "t");
  // The cookie on the first line of the decompressed text selects lexical binding: the closure works.
  assertLisp(`(functionp (symbol-function 'gzlib-fn))`, "t");
});

test("require finds an .el.gz library on load-path", () => {
  const sub = join(dir, "lib");
  mkdirSync(sub);
  writeFileSync(join(sub, "gzreq.el.gz"), gzipSync(Buffer.from("(defvar gzreq-value 'from-gz)\n(provide 'gzreq)\n")));
  assertLisp(`(let ((load-path (cons ${q(sub)} load-path))) (require 'gzreq) gzreq-value)`, "from-gz");
});

test("a source is preferred to a byte-compiled file, which tsmacs never loads", () => {
  writeFileSync(join(dir, "both.el.gz"), gzipSync(Buffer.from("(setq both-loaded 'source)\n")));
  writeFileSync(join(dir, "both.elc"), "(setq both-loaded 'compiled)\n");
  assertLisp(`(progn (load ${q(join(dir, "both"))} nil t) both-loaded)`, "source");
});

test("load-file-rep-suffixes holds .gz and get-load-suffixes combines them, as with auto-compression-mode", () => {
  assertLisp(`load-file-rep-suffixes`, `("" ".gz")`);
  assertLisp(`(member ".el.gz" (get-load-suffixes))`, `(".el.gz")`);
});

test("a corrupt .el.gz file is a file error, not a crash (GNU's jka-compr signals file-error too)", () => {
  writeFileSync(join(dir, "bad.el.gz"), "not gzip data");
  assertLisp(`(condition-case e (load ${q(join(dir, "bad.el.gz"))} nil t t) (error (car e)))`, "file-error");
});

test("the GNU load-path is DIR then the subdirectories its subdirs.el lists", () => {
  const root = join(dir, "gnu", "lisp");
  mkdirSync(join(root, "emacs-lisp"), { recursive: true });
  mkdirSync(join(root, "vc"), { recursive: true });
  writeFileSync(join(root, "subr.el.gz"), gzipSync(Buffer.from("")));
  writeFileSync(join(root, "subdirs.el"), `(normal-top-level-add-to-load-path '("vc" "missing" "emacs-lisp"))\n`);
  assert.deepEqual(gnuLoadPath(root), [root, join(root, "vc"), join(root, "emacs-lisp")]);
  assert.equal(findGnuLispDir(root), root);
  assert.equal(findGnuLispDir(join(dir, "gnu")), root);
  assert.equal(findGnuLispDir(join(dir, "nowhere")), null);
});

test("the preload table follows loadup.el's order", () => {
  const files = GNU_PRELOAD.map((e) => e.file);
  for (const [a, b] of [["emacs-lisp/byte-run", "emacs-lisp/backquote"], ["emacs-lisp/backquote", "subr"],
    ["subr", "emacs-lisp/macroexp"], ["emacs-lisp/pcase", "emacs-lisp/nadvice"], ["emacs-lisp/nadvice", "emacs-lisp/cl-generic"]]) {
    assert.ok(files.indexOf(a) >= 0 && files.indexOf(a) < files.indexOf(b), `${a} before ${b}`);
  }
});

// --- End to end, against the installed GNU Emacs Lisp sources -------------------------------------
const GNU = "/usr/share/emacs/28.2/lisp";
const haveGnu = existsSync(join(GNU, "subr.el.gz")) || existsSync(join(GNU, "subr.el"));

function tsmacs(args: string[]): { out: string; err: string; code: number | null } {
  const r = spawnSync("./tsmacs", args, { encoding: "utf8", timeout: 180000 });
  return { out: r.stdout, err: r.stderr, code: r.status };
}

test("--gnu-lisp loads GNU's subr.el and evaluates pcase and cl-loop with GNU's definitions", (t) => {
  if (!haveGnu) { t.skip(`GNU Emacs 28.2's Lisp sources are not installed (${GNU}; Debian package emacs-el)`); return; }
  const r = tsmacs(["--gnu-lisp", "--batch", "--eval", `(progn
    (prin1 (list (symbol-file 'when) (symbol-file 'pcase) (car load-path)
                 (pcase '(1 (2 3)) (\`(,a (,b ,c)) (+ a b c)))
                 (progn (require 'cl-lib) (cl-loop for x in '(1 2 3) collect (* x x)))
                 (featurep 'cl-generic))))`]);
  assert.equal(r.code, 0, r.err);
  assert.equal(r.out, `("${GNU}/subr.el.gz" "${GNU}/emacs-lisp/pcase.el.gz" "${GNU}" 6 (1 4 9) t)`);
});

test("--gnu-lisp: the milestone libraries load from GNU's tree without edits", (t) => {
  if (!haveGnu) { t.skip(`GNU Emacs 28.2's Lisp sources are not installed (${GNU}; Debian package emacs-el)`); return; }
  const libs = GNU_MILESTONE_LIBRARIES.map((l) => `'${l}`).join(" ");
  const r = tsmacs(["--gnu-lisp", "--batch", "--eval",
    `(dolist (f (list ${libs})) (require f) (princ (format "%s %s\\n" f (file-name-nondirectory (symbol-file f 'provide)))))`]);
  assert.equal(r.code, 0, r.err);
  assert.equal(r.out, GNU_MILESTONE_LIBRARIES.map((l) => `${l} ${l}.el.gz\n`).join(""));
});

test("--gnu-lisp=DIR that holds no GNU Lisp is refused", () => {
  const r = tsmacs(["--gnu-lisp=" + join(dir, "nowhere"), "--batch", "--eval", "(kill-emacs 0)"]);
  assert.equal(r.code, 1);
  assert.match(r.err, /no GNU Emacs Lisp sources/);
});
