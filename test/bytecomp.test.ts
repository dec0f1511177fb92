// Compiling files and loading the result: byte-compile-file, .elc loading (GNU: bytecomp.el, lread.c Fload).
// Expected values come from GNU Emacs 28.2. test/data/bytecomp-sample.expected is what GNU printed for
// test/data/bytecomp-sample-probes.el after loading the .elc that tsmacs compiled from bytecomp-sample.el:
//   ./tsmacs --batch --eval '(byte-compile-file "/tmp/x/bytecomp-sample.el")'
//   emacs -Q --batch -l /tmp/x/bytecomp-sample.elc --eval '(let ((print-escape-newlines t))
//     (prin1 (eval (car (read-from-string (with-temp-buffer (insert-file-contents
//     "test/data/bytecomp-sample-probes.el") (buffer-string)))) t)))'
// so the test checks that tsmacs runs its compiled file as GNU Emacs runs it.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { evalLisp, printed } from "./helpers.js";
import { LString } from "../src/lisp.js";

const dir = mkdtempSync(join(tmpdir(), "tsmacs-bytecomp-"));
const q = (s: string): string => JSON.stringify(s);
const file = (name: string, text: string): string => { const p = join(dir, name); writeFileSync(p, text); return p; };
/** Sets a file's modification time SECONDS from now. */
const age = (p: string, seconds: number): void => { const t = Date.now() / 1000 + seconds; utimesSync(p, t, t); };

test("a compiled file behaves in tsmacs as GNU Emacs runs it", () => {
  const src = join(dir, "bytecomp-sample.el");
  copyFileSync("test/data/bytecomp-sample.el", src);
  // Macros of the file are not defined in the compiling Emacs; eval-and-compile's definitions are.
  assert.equal(printed(`(list (byte-compile-file ${q(src)}) (fboundp 'bytecomp-sample-twice)
    (fboundp 'bytecomp-sample--helper) (fboundp 'bytecomp-sample-f) (featurep 'bytecomp-sample)
    (get 'bytecomp-sample-car 'gv-expander))`), "(t nil t nil nil nil)");
  const elc = readFileSync(join(dir, "bytecomp-sample.elc"), "latin1");
  assert.ok(elc.startsWith(";ELC\x1c\0\0\0 -*- lexical-binding: t -*-\n;;; Compiled\n;;; in Emacs version 28.2\n"), elc.slice(0, 80));
  const probes = readFileSync("test/data/bytecomp-sample-probes.el", "utf8");
  const want = readFileSync("test/data/bytecomp-sample.expected", "utf8").trim();
  const got = evalLisp(`(progn (load ${q(join(dir, "bytecomp-sample"))} nil t)
    (let ((print-escape-newlines t)) (prin1-to-string (eval (car (read-from-string ${q(probes)})) t))))`);
  assert.equal((got as LString).s, want);
});

test("compile-time evaluation sees the file being compiled, not the one being loaded", () => {
  const src = file("ctime.el", `;;; -*- lexical-binding: t -*-
(eval-when-compile (setq bytecomp-test-ctime (list (file-name-nondirectory (macroexp-file-name))
                                                  (file-name-nondirectory byte-compile-current-file)
                                                  lexical-binding)))
(eval-and-compile (setq bytecomp-test-both (1+ (or (bound-and-true-p bytecomp-test-both) 0))))
(defvar bytecomp-test-ctime-dir (eval-when-compile (file-name-nondirectory (directory-file-name default-directory))))
`);
  assert.equal(printed(`(progn (defvar bytecomp-test-ctime nil) (byte-compile-file ${q(src)})
    (list bytecomp-test-ctime bytecomp-test-both byte-compile-current-file))`), `(("ctime.el" "ctime.el" t) 1 nil)`);
  // Loading the result evaluates eval-and-compile's forms again, not eval-when-compile's.
  assert.equal(printed(`(progn (setq bytecomp-test-ctime nil) (load ${q(join(dir, "ctime.elc"))} nil t)
    (list bytecomp-test-ctime bytecomp-test-both (equal bytecomp-test-ctime-dir (file-name-nondirectory (directory-file-name ${q(dir)})))))`),
  "(nil 2 t)");
});

test("a file without lexical-binding compiles to dynamically bound code", () => {
  const src = file("dyn.el", `(defvar dyn-file-var 1)
(defun dyn-file-f () (let ((dyn-file-var 2)) (dyn-file-g)))
(defun dyn-file-g () dyn-file-var)
(defun dyn-file-h (x) (lambda () x))
`);
  assert.equal(printed(`(progn (byte-compile-file ${q(src)}) (load ${q(join(dir, "dyn"))} nil t)
    (list (dyn-file-f) (functionp (dyn-file-h 1)) (car (car load-history))))`),
  `(2 t ${q(join(dir, "dyn.elc"))})`);
  assert.ok(readFileSync(join(dir, "dyn.elc"), "latin1").startsWith(";ELC\x1c\0\0\0\n;;; Compiled\n"));
});

test("read errors and errors during compilation are reported, and the value is nil (GNU)", () => {
  const bad = file("bad.el", ";; -*- lexical-binding: t -*-\n(defun f (x) (+ x 1))\n(defun g (\n");
  const bad2 = file("bad2.el", ";; -*- lexical-binding: t -*-\n(defun f (x) (+ x 1))\n(defmacro mm () (car 1))\n(defun g () (mm))\n");
  assert.equal(printed(`(progn (when (get-buffer "*Compile-Log*") (kill-buffer "*Compile-Log*"))
    (list (byte-compile-file ${q(bad)}) (file-exists-p ${q(bad + "c")}) (byte-compile-file ${q(bad2)})
          (let ((default-directory ${q(dir + "/")})) (with-current-buffer "*Compile-Log*" (buffer-string)))))`),
  '(nil nil nil "\nIn toplevel form:\nbad.el:3:1: Error: End of file during parsing\n'
  + '\nIn toplevel form:\nbad2.el:4:1: Error: Wrong type argument: listp, 1\n")');
});

test("no-byte-compile removes an old compiled file and returns no-byte-compile", () => {
  const src = file("nbc.el", ";;; nbc.el  -*- lexical-binding: t -*-\n(defvar nbc-x 1)\n;; Local Variables:\n;; no-byte-compile: t\n;; End:\n");
  file("nbc.elc", "(defvar zz-old 1)\n");
  assert.equal(printed(`(list (byte-compile-file ${q(src)}) (file-exists-p ${q(src + "c")}))`), "(no-byte-compile nil)");
});

test("byte-compile-dest-file and byte-recompile-file", () => {
  assert.equal(printed(`(list (byte-compile-dest-file "/a/b.el") (byte-compile-dest-file "/a/b")
    (byte-compile-dest-file "/a/b.el~") (byte-compile-dest-file "/a/b.el.~3~")
    (let ((byte-compile-dest-file-function (lambda (f) (concat f "-x")))) (byte-compile-dest-file "/a/b.el")))`),
  '("/a/b.elc" "/a/b.elc" "/a/b.elc" "/a/b.elc" "/a/b.el-x")');
  const src = file("rec.el", ";; -*- lexical-binding: t -*-\n(defun rec-f () 'rec)\n");
  assert.equal(printed(`(list (byte-recompile-file ${q(src)}) (file-exists-p ${q(src + "c")})
    (byte-recompile-file ${q(src)} nil 0) (byte-recompile-file ${q(src)}) (byte-recompile-file ${q(src)} t))`),
  "(no-byte-compile nil t no-byte-compile t)");
});

test("load prefers the compiled file, warns when the source is newer, and obeys load-prefer-newer", () => {
  const src = file("pref.el", ";; -*- lexical-binding: t -*-\n(defvar pref-which 'compiled)\n");
  assert.equal(printed(`(byte-compile-file ${q(src)})`), "t");
  writeFileSync(src, ";; -*- lexical-binding: t -*-\n(defvar pref-which 'source)\n");
  age(src + "c", -100); age(src, -200);
  const base = q(join(dir, "pref"));
  assert.equal(printed(`(progn (makunbound 'pref-which) (list (load ${base} nil t) pref-which (car (car load-history))))`),
    `(t compiled ${q(src + "c")})`);
  age(src, 0);
  assert.equal(printed(`(progn (makunbound 'pref-which) (load ${base} nil t) pref-which)`), "compiled");
  assert.equal(printed(`(progn (makunbound 'pref-which) (let ((load-prefer-newer t)) (load ${base} nil t)) pref-which)`), "source");
  // A byte-compiled file that tsmacs did not write (GNU's byte code) is passed over for the source.
  file("pref.elc", ";ELC\x1c\0\0\0\n;;; Compiled\n;;; in Emacs version 28.2\n\n(defvar pref-which 'gnu)\n");
  age(src, -200);
  assert.equal(printed(`(progn (makunbound 'pref-which) (load ${base} nil t) pref-which)`), "source");
});

test("the newer-source warning and batch-byte-compile's exit status, as in GNU", () => {
  const run = (args: string[]) => spawnSync("./tsmacs", args, { encoding: "utf8", timeout: 60000 });
  const src = file("cli.el", ";; -*- lexical-binding: t -*-\n(defun cli-f () 'ok)\n");
  const bad = file("clibad.el", "(defun g (\n");
  let r = run(["--batch", "-f", "batch-byte-compile", src]);
  assert.equal(r.status, 0);
  assert.ok(existsSync(src + "c"));
  r = run(["--batch", "-f", "batch-byte-compile", src, bad]);
  assert.equal(r.status, 1);
  // GNU names the file relative to the working directory when that is shorter (byte-compile-root-dir).
  const rel = relative(process.cwd(), bad);
  const shown = rel.length < bad.length ? rel : bad;
  assert.ok(r.stderr.includes(`In toplevel form:\n${shown}:1:1: Error: End of file during parsing\n`), r.stderr);
  age(src + "c", -100);
  r = run(["--batch", "--eval", `(progn (load ${q(join(dir, "cli"))} nil t) (princ (cli-f)))`]);
  assert.equal(r.stdout, "ok");
  assert.equal(r.stderr, `Source file ‘${src}’ newer than byte-compiled file; using older file\n`);
  r = run(["--batch", "--eval", `(load ${q(join(dir, "cli"))})`]);
  assert.equal(r.stderr, `Loading ${join(dir, "cli")} (compiled; note, source file is newer)...\n`);
});

test("free-variable and unresolved-function warnings, logged as GNU logs them", () => {
  const src = file("warn.el", `;; -*- lexical-binding: t -*-
(declare-function decl-f "x")
(defun f (x)
  (unknown-fn x)
  (decl-f 1)
  (later-f 2) (funcall #'unknown2 1) (other-unknown))
(defun later-f (y) (setq freev 2) (+ y undefv))
(defun g () (unknown-fn 3))
(defun guarded () (when (boundp 'guard-maybev) guard-maybev) (and (fboundp 'maybef) (maybef)))
(with-no-warnings (defun quiet () unknown-quiet))
`);
  const log = `(let ((default-directory ${q(dir + "/")})) (with-current-buffer "*Compile-Log*" (buffer-string)))`;
  // GNU Emacs 28.2's *Compile-Log* for this file.
  assert.equal((evalLisp(`(progn (when (get-buffer "*Compile-Log*") (kill-buffer "*Compile-Log*"))
    (byte-compile-file ${q(src)}) ${log})`) as LString).s, `
In later-f:
warn.el:7:26: Warning: assignment to free variable ‘freev’
warn.el:7:40: Warning: reference to free variable ‘undefv’

In end of data:
warn.el:6:39: Warning: the function ‘other-unknown’ is not known to be
    defined.
warn.el:6:26: Warning: the function ‘unknown2’ is not known to be defined.
warn.el:4:4: Warning: the function ‘unknown-fn’ is not known to be defined.
`);
  assert.equal(printed(`(progn (kill-buffer "*Compile-Log*") (let ((byte-compile-warnings '(not unresolved)))
    (byte-compile-file ${q(src)})) (length (split-string ${log} "Warning")))`), "3");
});

test("byte-recompile-directory recompiles stale files, and with ARG 0 uncompiled ones too (GNU)", () => {
  const root = mkdtempSync(join(dir, "rd-"));
  mkdirSync(join(root, "sub"));
  for (const f of ["a", "b", "sub/c"]) writeFileSync(join(root, `${f}.el`), `;; -*- lexical-binding: t -*-\n(defvar rd-${f.slice(-1)} 1)\n`);
  for (const f of ["a", "sub/c"]) { writeFileSync(join(root, `${f}.elc`), "old"); age(join(root, `${f}.elc`), -1000); }
  assert.equal(printed(`(list (byte-recompile-directory ${q(root)}) (byte-recompile-directory ${q(root)} 0))`),
    '("Done (Total of 2 files compiled, 1 skipped in 2 directories)" "Done (Total of 1 file compiled, 2 skipped in 2 directories)")');
  assert.ok(readFileSync(join(root, "sub/c.elc"), "utf8").includes("(defvar rd-c 1)"));
  assert.ok(existsSync(join(root, "b.elc")));
});

const GNU = "/usr/share/emacs/28.2/lisp";
test("--gnu-lisp: GNU's own Lisp compiles with tsmacs's file compiler, and the result runs as GNU runs it", (t) => {
  if (!existsSync(join(GNU, "subr.el.gz")) && !existsSync(join(GNU, "subr.el"))) {
    t.skip(`GNU Emacs 28.2's Lisp sources are not installed (${GNU}; Debian package emacs-el)`);
    return;
  }
  const sub = mkdtempSync(join(dir, "gnu-"));
  const src = join(sub, "bytecomp-sample.el");
  copyFileSync("test/data/bytecomp-sample.el", src);
  const probes = readFileSync("test/data/bytecomp-sample-probes.el", "utf8");
  // The compiler is tsmacs's primitive, not GNU's bytecomp.el (whose byte code tsmacs does not run), and
  // the feature bytecomp is provided so that (require 'bytecomp) keeps it so.
  const r = spawnSync("./tsmacs", ["--gnu-lisp", "--batch", "--eval", `(progn
    (princ (list (byte-compile-file ${q(src)}) (subrp (symbol-function 'byte-compile-file)) (featurep 'bytecomp)))
    (load ${q(join(sub, "bytecomp-sample"))} nil t)
    (let ((print-escape-newlines t)) (prin1 (eval (car (read-from-string ${q(probes)})) t))))`],
  { encoding: "utf8", timeout: 180000 });
  assert.equal(r.status, 0, r.stderr);
  assert.equal(r.stdout, "(t t t)" + readFileSync("test/data/bytecomp-sample.expected", "utf8").trim());
});
