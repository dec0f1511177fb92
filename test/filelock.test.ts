// File locking on first change (GNU: filelock.c, and its calls from insdel.c prepare_to_modify_buffer,
// buffer.c Fkill_buffer and Frestore_buffer_modified_p): the ".#FILE" symlink appears when an unmodified
// file-visiting buffer is first changed and goes away on save, kill-buffer and set-buffer-modified-p nil.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync, readlinkSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { printed } from "./helpers.js";

const dir = mkdtempSync(join(tmpdir(), "tsmacs-filelock-"));
process.on("exit", () => rmSync(dir, { recursive: true, force: true }));

// One scenario, step by step; each step records whether the lock link exists (and the locked state).
const SCENARIO = "(let* ((dir DIR) (f (expand-file-name \"a.txt\" dir)) (lock (expand-file-name \".#a.txt\" dir)) (log nil))\n  (with-temp-file f (insert \"hello\\n\"))\n  (let ((b (find-file-noselect f)))\n    (with-current-buffer b\n      (push (list 'visit (file-symlink-p lock) (file-locked-p f)) log)\n      (goto-char (point-max)) (insert \"x\")\n      (push (list 'insert (and (file-symlink-p lock) t) (file-locked-p f) (buffer-modified-p)) log)\n      (insert \"y\")\n      (push (list 'insert2 (and (file-symlink-p lock) t)) log)\n      (save-buffer)\n      (push (list 'saved (file-symlink-p lock) (file-locked-p f)) log)\n      (delete-char -1)\n      (push (list 'delete (and (file-symlink-p lock) t)) log)\n      (set-buffer-modified-p nil)\n      (push (list 'unmodified (file-symlink-p lock)) log)\n      (set-buffer-modified-p t)\n      (push (list 'set-modified (and (file-symlink-p lock) t)) log)\n      (set-buffer-modified-p nil)\n      (let ((inhibit-modification-hooks t)) (insert \"z\"))\n      (push (list 'inhibited (file-symlink-p lock) (buffer-modified-p)) log)\n      (set-buffer-modified-p nil)\n      (let ((create-lockfiles nil)) (insert \"w\"))\n      (push (list 'no-lockfiles (file-symlink-p lock)) log)\n      (set-buffer-modified-p nil)\n      (let ((buffer-file-name nil)) (insert \"v\"))\n      (push (list 'no-file-name (file-symlink-p lock)) log)\n      (set-buffer-modified-p nil)\n      (put-text-property 1 2 'face 'bold)\n      (push (list 'textprop (and (file-symlink-p lock) t)) log)\n      (set-buffer-modified-p nil)\n      (insert \"q\")\n      (push (list 'before-kill (and (file-symlink-p lock) t)) log))\n    (kill-buffer b)\n    (push (list 'killed (file-symlink-p lock)) log))\n  (let ((b (find-file-noselect f)))\n    (with-current-buffer b (insert \"1\") (push (list 'lock-unlock (and (file-symlink-p lock) t)) log) (unlock-buffer) (push (list 'unlock-buffer (file-symlink-p lock)) log) (lock-buffer) (push (list 'lock-buffer (and (file-symlink-p lock) t)) log)\n      (let ((lb (make-indirect-buffer b \"ind\"))) (set-buffer-modified-p nil) (with-current-buffer lb (insert \"2\")) (push (list 'indirect (and (file-symlink-p lock) t)) log) (kill-buffer lb) (push (list 'kill-indirect (and (file-symlink-p lock) t)) log))\n      (set-buffer-modified-p nil) (kill-buffer b)))\n  (nreverse log))\n";

test("the lock link follows the buffer's modified state as in GNU Emacs 28.2", () => {
  // GNU Emacs 28.2 printed this for the same forms.
  assert.equal(printed(SCENARIO.replace("DIR", JSON.stringify(dir + "/"))),
    "((visit nil nil) (insert t t t) (insert2 t) (saved nil nil) (delete t) (unmodified nil) (set-modified t) (inhibited nil t) (no-lockfiles nil) (no-file-name nil) (textprop t) (before-kill t) (killed nil) (lock-unlock t) (unlock-buffer nil) (lock-buffer t) (indirect t) (kill-indirect t))");
  assert.equal(existsSync(join(dir, ".#a.txt")), false);
});

test("the lock link names this process and the first change through Lisp locks too", () => {
  const f = join(dir, "b.txt");
  const out = printed(`(let ((f ${JSON.stringify(f)}))
    (with-temp-file f (insert "b"))
    (with-current-buffer (find-file-noselect f)
      (prog1 (progn (insert "c") (list (file-locked-p f) (buffer-modified-p)))
        (set-buffer-modified-p nil)
        (kill-buffer))))`);
  assert.equal(out, "(t t)");
  assert.equal(existsSync(join(dir, ".#b.txt")), false);
  printed(`(with-current-buffer (find-file-noselect ${JSON.stringify(f)}) (insert "d"))`);
  assert.match(readlinkSync(join(dir, ".#b.txt"), "utf8"), new RegExp(`@.*\\.${process.pid}$`));
  printed(`(kill-buffer (get-file-buffer ${JSON.stringify(f)}))`);
  assert.equal(existsSync(join(dir, ".#b.txt")), false);
});
