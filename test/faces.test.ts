// defface and face attributes in batch mode (GNU: faces.el, cus-face.el), against GNU Emacs 28.2's answers.
import { test } from "node:test";
import assert from "node:assert/strict";
import { checkCaseFile } from "./helpers.js";

test("defface chooses the spec GNU's batch frame matches; face attributes and documentation", () => {
  assert.deepEqual(checkCaseFile("faces"), []);
});
