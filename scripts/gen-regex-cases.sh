#!/bin/sh
# Regenerates test/data/regex-cases.json: what GNU Emacs 28.2 answers for every regexp case. The cases are the
# hand-written ones in test/data/regex-cases.txt (one JSON array per line: [REGEXP, STRING, OPTIONS?] with
# OPTIONS {"start": N, "fold": true, "posix": true}) plus random ones from scripts/gen-regex-fuzz.mjs.
# Each result is the match data of (string-match ...) as a list (null when no match), or ["error", SYMBOL, DATA...].
# Matching runs in a fundamental-mode buffer, i.e. with the standard syntax, category and case tables.
# Usage: sh scripts/gen-regex-cases.sh   (needs `emacs` and `node` on PATH)
set -e
cd "$(dirname "$0")/.."
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
grep -v '^ *\(#\|$\)' test/data/regex-cases.txt > "$tmp/cases.jsonl"
node scripts/gen-regex-fuzz.mjs 1500 20221 >> "$tmp/cases.jsonl"
cat > "$tmp/run.el" <<'EOF'
(defun regex-case-result (re s o)
  (let ((start (plist-get o :start)) (fold (plist-get o :fold)) (posix (plist-get o :posix)))
    (condition-case e
        (let* ((case-fold-search fold)
               (pos (if posix (posix-string-match re s start) (string-match re s start))))
          (if pos (vconcat (mapcar (lambda (x) (or x :null)) (match-data))) :null))
      (error (vconcat (list "error" (symbol-name (car e)))
                      (mapcar (lambda (x) (if (stringp x) x (format "%S" x))) (cdr e)))))))
(with-temp-buffer
  (insert-file-contents (car command-line-args-left))
  (let ((lines (split-string (buffer-string) "\n" t)) (out nil))
    (erase-buffer)
    (dolist (line lines)
      (let* ((c (json-parse-string line :array-type 'list :object-type 'plist
                                   :null-object nil :false-object nil))
             (o (nth 2 c)))
        (push (json-serialize (list :re (nth 0 c) :s (nth 1 c) :o (or o (list :start :null))
                                    :r (regex-case-result (nth 0 c) (nth 1 c) o)))
              out)))
    (princ (concat "[\n" (mapconcat #'identity (nreverse out) ",\n") "\n]\n"))))
EOF
emacs -Q --batch -l "$tmp/run.el" "$tmp/cases.jsonl" > test/data/regex-cases.json
echo "$(grep -c '"re"' test/data/regex-cases.json) cases written to test/data/regex-cases.json"
