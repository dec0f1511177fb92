#!/usr/bin/env bash
# Regenerates etc/unicode-names.txt.gz: "NAME<TAB>HEX" lines for every name GNU Emacs 28.2's `ucs-names'
# knows (Unicode names and aliases), used by char-from-name and the reader's \N{NAME}. Facts, not code.
set -euo pipefail
cd "$(dirname "$0")/.."
LC_ALL=C.UTF-8 emacs -Q --batch --eval '(let (lines) (maphash (lambda (k v) (push (format "%s\t%X" k v) lines)) (ucs-names)) (setq lines (sort lines (quote string<))) (dolist (l lines) (princ l) (terpri)))' | gzip -9 > etc/unicode-names.txt.gz
zcat etc/unicode-names.txt.gz | wc -l
