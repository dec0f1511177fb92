#!/usr/bin/env bash
# Regenerates test/data/NAME-cases.expected from GNU Emacs 28.2 for each NAME given: one line per form of
# test/data/NAME-cases.el — the prin1 of its value, or (ERR ERROR-DATA) — evaluated in order with
# lexical-binding t. Used by test/helpers.ts's checkCaseFile.
set -euo pipefail
cd "$(dirname "$0")/.."
for name in "$@"; do
  LC_ALL=C.UTF-8 TZ=UTC0 emacs -Q --batch --eval "(with-temp-buffer (insert-file-contents \"test/data/$name-cases.el\") (goto-char (point-min)) (let (f) (while (setq f (condition-case nil (read (current-buffer)) (end-of-file nil))) (princ (let ((print-escape-newlines t)) (prin1-to-string (condition-case e (eval f t) (error (list 'ERR e)))))) (terpri))))" > "test/data/$name-cases.expected"
done
