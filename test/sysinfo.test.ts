// User and system facts (editfns.c), the batch view of the command loop (keyboard.c) and zlib
// decompression (decompress.c), against GNU Emacs 28.2's answers on this machine's kind of system.
import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { assertLisp, checkCaseFile } from "./helpers.js";

// The expectations name uid 0 as "root", true on the Linux machines this project builds on.
const hasRoot = existsSync("/etc/passwd") && /^root:[^:]*:0:0:root:/m.test(readFileSync("/etc/passwd", "utf8"))
  && existsSync("/etc/group") && /^root:[^:]*:0:/m.test(readFileSync("/etc/group", "utf8"));

test("user, group and system functions, keyboard state and zlib-decompress-region as GNU answers them", { skip: !hasRoot }, () => {
  assert.deepEqual(checkCaseFile("sysinfo"), []);
});

test("user-login-name follows LOGNAME at start, emacs-pid is this process", () => {
  assertLisp("(= (emacs-pid) " + process.pid + ")", "t");
  assertLisp("(equal (user-login-name) user-login-name)", "t");
});
