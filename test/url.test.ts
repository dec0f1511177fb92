// url-parse.el and url-util.el (GNU: lisp/url/url-parse.el, url-util.el): URL parsing and recreation,
// percent-encoding and query strings, as GNU Emacs 28.2 answers.
import { test } from "node:test";
import assert from "node:assert/strict";
import { checkCaseFile } from "./helpers.js";

test("URLs parse, recreate and percent-encode as in GNU Emacs 28.2", () => {
  assert.deepEqual(checkCaseFile("url"), []);
});
