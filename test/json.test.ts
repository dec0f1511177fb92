// JSON serialisation and parsing (GNU: json.c with jansson), against GNU Emacs 28.2's answers, errors included.
import { test } from "node:test";
import assert from "node:assert/strict";
import fc from "fast-check";
import { assertLisp, checkCaseFile } from "./helpers.js";
import { formatJsonReal } from "../src/json/text.js";

test("json-serialize, json-insert, json-parse-string and json-parse-buffer as GNU answers them", () => {
  assert.deepEqual(checkCaseFile("json"), []);
});

test("reals print in jansson's %.17g form and read back to the same double", () => {
  fc.assert(fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (d) => {
    const s = formatJsonReal(d);
    assert.ok(/[.e]/.test(s), s);
    assert.ok(Object.is(Number(s), d), `${d} -> ${s}`);
  }), { numRuns: 2000 });
});

test("serialising and parsing back gives equal structures", () => {
  assertLisp(`(let ((v [1 -2.5 "é\\n\\"x" t :null :false [] ((a . [1 2]) (b . "c"))]))
    (equal (json-parse-string (json-serialize v) :object-type 'alist) v))`, "t");
  assertLisp(`(length (json-serialize (make-vector 100000 1)))`, "200001");
});

test("nesting deeper than max-lisp-eval-depth signals json-object-too-deep, not a JS stack overflow", () => {
  assertLisp(`(condition-case e (let ((x nil)) (dotimes (_ 5000) (setq x (vector x))) (json-serialize x)) (error (car e)))`, "json-object-too-deep");
  assertLisp(`(length (json-parse-string (concat (make-string 2048 ?\\[) (make-string 2048 ?\\]))))`, "1");
});
