// End-to-end tests of tsmacs's ERT (lisp/ert.el, lisp/ert-batch.el) through the real command line
// (GNU: lisp/emacs-lisp/ert.el's batch runner). The expected outputs were produced by GNU Emacs 28.2:
//
//   cd test/data && emacs -Q --batch -l ert -l ert-sample.el -f ert-run-tests-batch-and-exit
//   cd test/data && emacs -Q --batch -l ert -l ert-sample.el --eval "(ert-run-tests-batch-and-exit '(tag pass))"
//
// normalised by `normalise` below (timings, dates and backtrace bodies, which differ run to run and
// between implementations). TSMACS_ERT_REGEN=1 rewrites test/data/ert-sample-*.expected that way.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

// This file runs from dist-test/ (bundled by scripts/test.mjs) or test/; both sit in the repository root.
const ROOT = [resolve(dirname(fileURLToPath(import.meta.url)), ".."), process.cwd()]
  .find((d) => existsSync(join(d, "lisp", "ert.el"))) ?? process.cwd();
const DATA = join(ROOT, "test", "data");
const SAMPLE = join(DATA, "ert-sample.el");
const TSMACS = join(ROOT, process.env.TSMACS_DIST || "dist", "tsmacs.js");

interface Run { out: string; err: string; code: number | null }

function tsmacs(args: string[], cwd = ROOT): Run {
  const r = spawnSync(process.execPath, ["--stack-size=8000", TSMACS, "--batch", "-L", join(ROOT, "lisp"), ...args],
    { cwd, encoding: "utf8", timeout: 120000 });
  return { out: r.stdout, err: r.stderr, code: r.status };
}

/** Removes what legitimately differs between runs: timings, dates and the lines of backtraces. */
export function normalise(text: string): string {
  const out: string[] = [];
  let inBacktrace = false;
  for (let line of text.split("\n")) {
    if (/^Test \S+ backtrace:$/.test(line)) { out.push(line); inBacktrace = true; continue; }
    if (/^Test \S+ condition:$/.test(line)) inBacktrace = false;
    if (inBacktrace) continue;
    line = line.replace(/\d{4}-\d\d-\d\d \d\d:\d\d:\d\d[+-]\d{4}/g, "DATE")
      .replace(/\(\d+\.\d+ sec\)/g, "(T sec)")
      .replace(/DATE, \d+\.\d+ sec/g, "DATE, T sec");
    out.push(line);
  }
  return out.join("\n");
}

const SUITES = [
  { name: "all", args: ["-f", "ert-run-tests-batch-and-exit"], code: 1 },
  { name: "pass", args: ["--eval", "(ert-run-tests-batch-and-exit '(tag pass))"], code: 0 },
];

if (process.env.TSMACS_ERT_REGEN) {
  for (const s of SUITES) {
    const r = spawnSync("emacs", ["-Q", "--batch", "-l", "ert", "-l", "ert-sample.el", ...s.args], { cwd: DATA, encoding: "utf8" });
    writeFileSync(join(DATA, `ert-sample-${s.name}.expected`), normalise(r.stdout + r.stderr));
  }
}

for (const s of SUITES) {
  test(`the ${s.name === "all" ? "full sample suite" : "passing sample suite"} prints what GNU Emacs 28.2 prints and exits ${s.code}`, () => {
    const r = tsmacs(["-l", "ert", "-l", SAMPLE, ...s.args]);
    // ERT reports through `message', i.e. on stderr; nothing goes to stdout.
    assert.equal(r.out, "");
    assert.equal(normalise(r.err), readFileSync(join(DATA, `ert-sample-${s.name}.expected`), "utf8"));
    assert.equal(r.code, s.code);
  });
}

test("the per-test and summary lines have GNU's format", () => {
  const r = tsmacs(["-l", "ert", "-l", SAMPLE, "--eval", "(ert-run-tests-batch-and-exit '(tag pass))"]);
  const lines = r.err.split("\n");
  assert.match(lines[0], /^Running 8 tests \(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d[+-]\d{4}, selector ‘\(tag pass\)’\)$/);
  assert.match(lines[1], /^ {3}passed {2}1\/8 {2}sample-pass-arithmetic \(\d+\.\d{6} sec\)$/);
  assert.ok(lines.some((l) => /^ {2}skipped {2}7\/8 {2}sample-pass-skipped \(\d+\.\d{6} sec\)$/.test(l)), r.err);
  assert.ok(lines.some((l) => /^Ran 8 tests, 7 results as expected, 0 unexpected, 1 skipped \(\d{4}-\d\d-\d\d [\d:]+[+-]\d{4}, \d+\.\d{6} sec\)$/.test(l)), r.err);
  assert.ok(lines.includes("1 expected failures"), r.err);
});

test("a failure's backtrace names the frames that led to it", () => {
  const r = tsmacs(["-l", "ert", "-l", SAMPLE, "--eval", "(ert-run-tests-batch-and-exit 'sample-fail-ert-fail)"]);
  const lines = r.err.split("\n");
  const start = lines.indexOf("Test sample-fail-ert-fail backtrace:");
  const end = lines.indexOf("Test sample-fail-ert-fail condition:");
  assert.ok(start >= 0 && end > start + 1, r.err);
  const frames = lines.slice(start + 1, end);
  assert.ok(frames[0].startsWith('  ert-fail("Explicit failure")'), frames.join("\n"));
  assert.ok(frames.every((f) => f.startsWith("  ") && f.length <= 70), frames.join("\n"));
  assert.equal(r.code, 1);
});

test("selectors: names, tags, strings, and, or, not", () => {
  const count = (sel: string): string => {
    const r = tsmacs(["-l", "ert", "-l", SAMPLE, "--eval",
      `(princ (mapconcat (lambda (x) (symbol-name (ert-test-name x))) (ert-select-tests '${sel} t) " "))`]);
    assert.equal(r.code, 0, r.err);
    return r.out;
  };
  assert.equal(count("sample-fail-skip"), "sample-fail-skip");
  assert.equal(count("(tag pass)").split(" ").length, 8);
  assert.equal(count("(and (tag pass) (not \"skip\"))").split(" ").length, 7);
  assert.equal(count("(or sample-fail-deep (member sample-fail-skip))"), "sample-fail-skip sample-fail-deep");
  assert.equal(count("\"strings\""), "sample-fail-strings");
  assert.equal(count("nil"), "");
  assert.equal(count("(satisfies (lambda (x) (ert-test-documentation x)))").split(" ").length, 9);
});

test("results are records that answer GNU's predicates and accessors", () => {
  const r = tsmacs(["-l", "ert", "-l", SAMPLE, "--eval", `(progn
    (let ((res (ert-run-test (ert-get-test 'sample-fail-equal))))
      (princ (list (type-of res) (ert-test-failed-p res) (ert-test-result-with-condition-p res)
                   (ert-test-passed-p res) (car (ert-test-result-with-condition-condition res))
                   (ert-test-result-expected-p (ert-get-test 'sample-fail-equal) res)))
      (princ (list (type-of (ert-run-test (ert-get-test 'sample-pass-early)))
                   (ert-test-boundp 'sample-pass-early) (ert-test-boundp 'car)
                   (ert-test-expected-result-type (ert-get-test 'sample-pass-expected-failure))
                   (ert-test-tags (ert-get-test 'sample-pass-skipped))))))`]);
  assert.equal(r.out, "(ert-test-failed t t nil ert-test-failed nil)(ert-test-passed t nil :failed (pass))");
  assert.equal(r.code, 0, r.err);
});

test("should forms record their description when a test fails", () => {
  const r = tsmacs(["-l", "ert", "--eval", `(progn
    (ert-deftest x1 () (should (equal (+ 1 1) 3)))
    (ert-deftest x2 () (should-error (list (car 1)) :type 'arith-error))
    (prin1 (ert-test-result-with-condition-condition (ert-run-test (ert-get-test 'x1))))
    (terpri)
    (prin1 (ert-test-result-with-condition-condition (ert-run-test (ert-get-test 'x2)))))`]);
  assert.equal(r.out, "(ert-test-failed ((should (equal (+ 1 1) 3)) :form (equal 2 3) :value nil :explanation (different-atoms (2 \"#x2\" \"?\u0002\") (3 \"#x3\" \"?\u0003\"))))\n"
    + "(ert-test-failed ((should-error (list (car 1)) :type 'arith-error) :form (signal wrong-type-argument (listp 1)) :condition (wrong-type-argument listp 1) :fail-reason \"the error signaled did not have the expected type\"))");
  assert.equal(r.code, 0, r.err);
});

test("ert-delete-all-tests forgets every test", () => {
  const r = tsmacs(["-l", "ert", "-l", SAMPLE, "--eval",
    "(progn (ert-delete-all-tests) (princ (length (ert-select-tests t t))) (princ (ert-test-boundp 'sample-fail-deep)))"]);
  assert.equal(r.out, "0nil");
});

test("an invalid selector exits with status 2", () => {
  const r = tsmacs(["-l", "ert", "-l", SAMPLE, "--eval", "(ert-run-tests-batch-and-exit 'no-such-test)"]);
  assert.equal(r.code, 2);
  assert.match(r.err, /Error running tests/);
});

test("ert-resource-directory names NAME-resources/ beside the test file", () => {
  const dir = mkdtempSync(join(tmpdir(), "tsmacs-ert-"));
  const file = join(dir, "widget-tests.el");
  writeFileSync(file, `;;; -*- lexical-binding: t -*-
(require 'ert-x)
(defvar widget-dir (ert-resource-directory))
(ert-deftest widget-res () (should (equal (ert-resource-file "a.txt") (concat widget-dir "a.txt"))))
`);
  const r = tsmacs(["-l", "ert", "-l", file, "--eval", "(progn (princ widget-dir) (ert-run-tests-batch-and-exit))"]);
  assert.equal(r.out, join(dir, "widget-resources") + "/");
  assert.equal(r.code, 0, r.err);
});
