#!/bin/sh
# Regenerates the expectations of a Lisp case file for the unit tests: test/data/NAME.el → NAME.json.
#
#   scripts/gen-case-expectations.sh test/data/print-cases.el test/data/format-cases.el
#
# Each top-level form of the case file is evaluated in order, in one `emacs -Q --batch` (lexical binding),
# and its result printed with prin1-to-string; a signal gives "ERROR: " and the prin1 of (SYMBOL . DATA).
# The JSON file is an array of [source text, expected] pairs, read by test/print.test.ts and
# test/editfns.test.ts. Needs GNU Emacs 28.2 (EMACS=/path/to/emacs to choose the binary).
set -eu
EMACS=${EMACS:-emacs}
LC_ALL=C.UTF-8
export LC_ALL
version=$("$EMACS" -Q --batch --eval '(princ emacs-version)')
if [ "$version" != "28.2" ]; then echo "need GNU Emacs 28.2, $EMACS is $version" >&2; exit 1; fi
for in in "$@"; do
  out="${in%.el}.json"
  "$EMACS" -Q --batch --eval '
(progn
  (require (quote json))
  (with-temp-buffer
    (insert-file-contents (car command-line-args-left))
    (goto-char (point-min))
    (let (form (first t))
      (princ "[\n")
      (while (setq form (condition-case nil
                            (let ((start (progn (forward-comment (buffer-size)) (point))))
                              (cons (read (current-buffer)) (buffer-substring start (point))))
                          (end-of-file nil)))
        (let ((res (condition-case e (prin1-to-string (eval (car form) t))
                     (error (concat "ERROR: " (prin1-to-string e))))))
          (princ (format "%s  [%s, %s]" (if first "" ",\n") (json-encode-string (cdr form)) (json-encode-string res)))
          (setq first nil)))
      (princ "\n]\n"))))' "$in" >"$out" 2>/dev/null
  echo "wrote $out"
done
