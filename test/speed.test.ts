// Paths made faster for the benchmarks keep GNU's semantics: replace-match, buffer searches, bignums, GC counters (GNU: search.c, alloc.c).
import { test } from "node:test";
import assert from "node:assert/strict";
import { checkCaseFile, printed } from "./helpers.js";

test("replace-match, buffer and string searches and bignum arithmetic give GNU's results (speed-cases.el)", () => {
  assert.deepEqual(checkCaseFile("speed"), []);
});

test("gc-elapsed and gcs-done report V8's collections", () => {
  // A collection forced from Lisp must be counted, and its time too (V8 reports it to the GC profiler).
  assert.equal(printed("(let ((n gcs-done) (e gc-elapsed)) (garbage-collect) (list (> gcs-done n) (> gc-elapsed e)))"), "(t t)");
  // Allocation alone triggers V8's scavenges, which GNU's counters would also count as collections.
  assert.equal(printed("(let ((n gcs-done)) (dotimes (_ 200000) (make-list 50 nil)) (> gcs-done n))"), "t");
  // gc-elapsed is recomputed from the collector's total, as GNU's is after each collection.
  assert.equal(printed("(progn (setq gc-elapsed 1e9) (< gc-elapsed 1e6))"), "t");
});
