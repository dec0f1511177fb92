#!/bin/sh
# Regenerates test/data/search-cases.json from test/data/search-cases.el: GNU Emacs 28.2's result of every
# top-level form (evaluated in order, in one world, with (eval FORM t) inside condition-case, in a
# fundamental-mode buffer), as {"src": FORM-TEXT, "out": "=> PRIN1" or "!! PRIN1-OF-ERROR"}.
# Usage: sh scripts/gen-search-cases.sh   (needs `emacs` on PATH)
set -e
cd "$(dirname "$0")/.."
driver=$(mktemp /tmp/search-driver.XXXXXX.el)
trap 'rm -f "$driver"' EXIT
cat > "$driver" <<'EOF'
(let ((src (find-file-noselect (car command-line-args-left))) (out nil))
  (with-current-buffer src (set-syntax-table emacs-lisp-mode-syntax-table) (goto-char (point-min)))
  (with-temp-buffer
    (while (with-current-buffer src (forward-comment (buffer-size)) (not (eobp)))
      (let* ((start (with-current-buffer src (point)))
             (form (read src))
             (text (with-current-buffer src (buffer-substring-no-properties start (point))))
             (result (condition-case err (concat "=> " (prin1-to-string (eval form t)))
                       (t (concat "!! " (prin1-to-string err))))))
        (push (json-serialize (list :src text :out result)) out))))
  (princ (concat "[\n" (mapconcat #'identity (nreverse out) ",\n") "\n]\n")))
EOF
LC_ALL=C.UTF-8 emacs -Q --batch -l "$driver" test/data/search-cases.el > test/data/search-cases.json
echo "$(grep -c '"src"' test/data/search-cases.json) forms written to test/data/search-cases.json"
