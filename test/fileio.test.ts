// Tests of file names, file primitives, reading and writing files (GNU: test/src/fileio-tests.el and the
// GNU-generated cases in test/data/fileio-cases.el), plus the large-file and atomic-write paths.
import { test } from "node:test";
import assert from "node:assert/strict";
import { linkSync, lstatSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { checkCaseFile, assertLisp, assertLispError, evalLisp, setup } from "./helpers.js";
import { LString } from "../src/lisp.js";
import { expandFileNameJs, fileNameSansVersions } from "../src/fileio.js";

/**
 * Cases that differ from GNU only because another module does not do its part yet: insdel.ts does not
 * lock a visited file on the first change of an unmodified buffer (GNU prepare_to_modify_buffer_1).
 */
const KNOWN = [/file-locked-p \(concat fc-dir "s\.txt"\)\)/];

// tsmacs runs in batch mode, where write-region and save-buffer do not announce what they wrote.
evalLisp("(setq noninteractive t)");

test("fileio cases agree with GNU Emacs 28.2", () => {
  const failures = checkCaseFile("fileio").filter((f) => !KNOWN.some((re) => re.test(f)));
  assert.deepEqual(failures, []);
});

const dir = mkdtempSync(join(tmpdir(), "tsmacs-fileio-test-"));
process.on("exit", () => rmSync(dir, { recursive: true, force: true }));
const lisp = (s: string): string => JSON.stringify(s);
/** How prin1 prints string S (newlines stay literal). */
const printedString = (s: string): string => '"' + s.replace(/\\/g, "\\\\").replace(/"/g, '\\"') + '"';

test("expandFileNameJs is the loader's expand-file-name", () => {
  setup();
  assert.equal(expandFileNameJs("a/../b", "/x/"), "/x/b");
  assert.equal(expandFileNameJs("/a//b/./c"), "/a/b/c");
  assert.equal(fileNameSansVersions(LString.fromJs("x.el.~3~")).s, "x.el");
});

test("a large file is decoded correctly across chunk boundaries", () => {
  const CHUNK = 1 << 22;
  // ASCII up to just before the chunk boundary, then a CRLF and a 3-byte character straddling it.
  const head = "a".repeat(CHUNK - 2);
  const text = head + "\r\n\u20ac" + "b\r\n".repeat(1000) + "\u00e9nd";
  const f = join(dir, "big-dos.txt");
  writeFileSync(f, text, "utf8");
  const expected = text.replace(/\r\n/g, "\n");
  evalLisp(`(setq fio-big (with-temp-buffer (insert-file-contents ${lisp(f)}) (list (buffer-size) last-coding-system-used
    (buffer-substring (- ${CHUNK} 3) (+ ${CHUNK} 2)) (char-after (point-max)) (buffer-substring (- (point-max) 3) (point-max)))))`);
  assertLisp("(car fio-big)", String(expected.length));
  assertLisp("(nth 1 fio-big)", "utf-8-dos");
  assertLisp("(nth 2 fio-big)", printedString(expected.slice(CHUNK - 4, CHUNK + 1)));
  assertLisp("(nth 4 fio-big)", '"énd"');
});

test("a large file with an invalid byte late in it is decided as a whole (latin-1)", () => {
  const CHUNK = 1 << 22;
  const f = join(dir, "big-latin.txt");
  const bytes = Buffer.concat([Buffer.from("x".repeat(CHUNK + 10) + "\n"), Buffer.from([0x63, 0xe9, 0x0a])]);
  writeFileSync(f, bytes);
  assertLisp(`(with-temp-buffer (insert-file-contents ${lisp(f)}) (list (buffer-size) last-coding-system-used (buffer-substring (- (point-max) 3) (point-max))))`,
    `(${CHUNK + 14} iso-latin-1-unix #("cé\\n" 0 3 (charset iso-8859-1)))`.replace("\\n", "\n"));
});

test("a large buffer is written and read back unchanged", () => {
  const f = join(dir, "big-out.txt");
  evalLisp(`(with-temp-buffer (dotimes (i 200000) (insert "line " (number-to-string i) " \u00e9\u20ac\\n")) (write-region nil nil ${lisp(f)}))`);
  const back = readFileSync(f, "utf8");
  assert.equal(back.split("\n").length, 200001);
  assert.ok(back.startsWith("line 0 \u00e9\u20ac\nline 1 "));
  assertLisp(`(with-temp-buffer (insert-file-contents ${lisp(f)}) (list (count-lines (point-min) (point-max)) last-coding-system-used))`, "(200000 utf-8-unix)");
});

test("write-region replaces a file atomically: new inode, same mode, no temporary left behind", () => {
  const f = join(dir, "atomic.txt");
  writeFileSync(f, "old contents\n", { mode: 0o640 });
  const before = statSync(f);
  evalLisp(`(write-region "new contents\\n" nil ${lisp(f)})`);
  const after = statSync(f);
  assert.equal(readFileSync(f, "utf8"), "new contents\n");
  assert.notEqual(after.ino, before.ino);
  assert.equal(after.mode & 0o7777, 0o640);
  assert.deepEqual(readdirSync(dir).filter((n) => n.includes("tsmacs-")), []);
});

test("write-region writes in place through hard links and keeps symbolic links", () => {
  const f = join(dir, "linked.txt"), g = join(dir, "linked2.txt"), l = join(dir, "sym.txt");
  writeFileSync(f, "one\n");
  linkSync(f, g);
  symlinkSync("linked.txt", l);
  evalLisp(`(write-region "two\\n" nil ${lisp(l)})`);
  assert.ok(lstatSync(l).isSymbolicLink());
  assert.equal(readFileSync(g, "utf8"), "two\n");
  assert.equal(statSync(f).ino, statSync(g).ino);
});

test("a failed write leaves the old file intact", () => {
  const f = join(dir, "keep.txt");
  writeFileSync(f, "precious\n");
  assertLispError(`(let ((coding-system-for-write 'no-such-coding)) (write-region "x" nil ${lisp(f)}))`, "(coding-system-error no-such-coding)");
  assert.equal(readFileSync(f, "utf8"), "precious\n");
});

test("REPLACE keeps markers in the unchanged head and tail", () => {
  const f = join(dir, "replace.txt");
  writeFileSync(f, "head MIDDLE tail\n");
  assertLisp(`(with-temp-buffer (insert "head middle tail\\n") (let ((m1 (copy-marker 3)) (m2 (copy-marker 15)))
    (list (insert-file-contents ${lisp(f)} nil nil nil t) (buffer-string) (marker-position m1) (marker-position m2))))`,
  `((${lisp(f)} 6) "head MIDDLE tail\n" 3 15)`);
});

test("getenv and setenv work on process-environment", () => {
  assertLisp(`(let ((process-environment (copy-sequence process-environment))) (setenv "TSMACS_FC" "1") (list (getenv "TSMACS_FC") (progn (setenv "TSMACS_FC") (getenv "TSMACS_FC"))))`, '("1" nil)');
  assertLisp("(stringp (getenv \"PATH\"))", "t");
});

test("default-directory and user-emacs-directory", () => {
  assertLisp("(file-name-absolute-p default-directory)", "t");
  assertLisp("(directory-name-p default-directory)", "t");
  assertLisp("(directory-name-p user-emacs-directory)", "t");
});
