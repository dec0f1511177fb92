#!/usr/bin/env bash
# Regenerates test/data/library-cases.expected from GNU Emacs 28.2: one line per form of library-cases.el,
# the prin1 of its value (or (ERR ERROR-DATA)) with newlines escaped, evaluated in order with lexical-binding t.
set -euo pipefail
cd "$(dirname "$0")/.."
emacs -Q --batch --eval '(with-temp-buffer (insert-file-contents "test/data/library-cases.el") (goto-char (point-min)) (let ((print-escape-newlines t) f) (while (setq f (condition-case nil (read (current-buffer)) (end-of-file nil))) (princ (prin1-to-string (condition-case e (eval f t) (error (list (quote ERR) e))))) (terpri))))' > test/data/library-cases.expected
