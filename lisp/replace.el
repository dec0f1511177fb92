;;; replace.el --- replacing and counting matches: flush-lines, keep-lines, how-many, replace-string (GNU: lisp/replace.el)  -*- lexical-binding: t -*-

;; Written for tsmacs from GNU Emacs's manuals and observed behaviour (GNU 28.2 is the oracle).
;; Preloaded after simple-edit.el.  `perform-replace' reads its query answers with `read-event'.
;; `replace-string-in-region' and `replace-regexp-in-region' (GNU: subr.el) live in subr-edit.el.

;;; Code:

(defvar case-replace t
  "Non-nil means `query-replace' should preserve case in replacements.")

(defvar search-upper-case 'not-yanks
  "If non-nil, upper case chars disable case fold searching.")

(defvar replace-lax-whitespace nil
  "Non-nil means `query-replace' matches a sequence of whitespace chars.")

(defvar replace-regexp-lax-whitespace nil
  "Non-nil means `query-replace-regexp' matches a sequence of whitespace chars.")

(defvar query-replace-skip-read-only nil
  "Non-nil means `query-replace' and friends ignore read-only matches.")

(defun isearch-no-upper-case-p (string regexp-flag)
  "Return t if there are no upper case chars in STRING.
If REGEXP-FLAG is non-nil, disregard letters preceded by `\\' (but not
`\\\\') since they have special meaning in a regexp; there the class
[:upper:] counts as an upper case char."
  ;; (GNU keeps this in isearch.el, which tsmacs does not have.)
  (let ((i 0) (len (length string)) (quote-flag nil) (found nil))
    ;; The class [:upper:] asks for capitals as surely as a capital does.
    (when (and regexp-flag (string-match-p "\\[:upper:]" string))
      (setq found t))
    (while (and (not found) (< i len))
      (let ((char (aref string i)))
        (if (and regexp-flag (eq char ?\\))
            (setq quote-flag (not quote-flag))
          (if (and (not quote-flag) (not (eq char (downcase char))))
              (setq found t))
          (setq quote-flag nil)))
      (setq i (1+ i)))
    (not found)))

(defun replace--case-fold (regexp regexp-flag)
  "The `case-fold-search' to search for REGEXP with: off when it has capitals."
  (if (and case-fold-search search-upper-case)
      (isearch-no-upper-case-p regexp regexp-flag)
    case-fold-search))

(defun replace--region-start-end (rstart rend)
  "Go to the start of RSTART..REND (point..end of buffer when nil) and return its end marker."
  (if rstart
      (progn (goto-char (min rstart rend))
             (copy-marker (max rstart rend)))
    (point-max-marker)))

(defun flush-lines (regexp &optional rstart rend interactive)
  "Delete lines containing matches for REGEXP.
Only lines starting after point (or inside RSTART..REND) are affected;
a line partly before that keeps its text before the region.  Return the
number of deleted matching lines."
  (interactive (list (read-regexp "Flush lines containing match for regexp")
                     nil nil t))
  (let ((count 0)
        (end (replace--region-start-end rstart rend))
        (case-fold-search (replace--case-fold regexp t)))
    (save-excursion
      (while (and (< (point) end) (re-search-forward regexp end t))
        (delete-region (save-excursion (goto-char (match-beginning 0)) (forward-line 0) (point))
                       (progn (forward-line 1) (point)))
        (setq count (1+ count))))
    (set-marker end nil)
    (when interactive
      (message (if (= count 1) "Deleted %d matching line" "Deleted %d matching lines") count))
    count))

(defalias 'delete-matching-lines #'flush-lines)

(defun keep-lines (regexp &optional rstart rend interactive)
  "Delete all lines except those containing matches for REGEXP.
Only whole lines after point (or inside RSTART..REND) are affected: a
line the region ends in the middle of is left alone."
  (interactive (list (read-regexp "Keep lines containing match for regexp")
                     nil nil t))
  (ignore interactive)
  (let ((end (if rstart
                 (progn
                   (goto-char (min rstart rend))
                   (save-excursion
                     (goto-char (max rstart rend))
                     (unless (or (bolp) (eobp)) (forward-line 0))
                     (point-marker)))
               (point-max-marker))))
    (save-excursion
      (or (bolp) (forward-line 1))
      (let ((start (point))
            (case-fold-search (replace--case-fold regexp t)))
        (while (< (point) end)
          ;; START is the first character no match so far keeps.
          (if (not (re-search-forward regexp end 'move))
              (delete-region start end)
            (let ((keep (save-excursion (goto-char (match-beginning 0)) (forward-line 0) (point))))
              (if (< start keep) (delete-region start keep))))
          (setq start (save-excursion (forward-line 1) (point)))
          ;; An empty match must not be found again at the same place.
          (and (< (point) end)
               (= (match-beginning 0) (match-end 0))
               (forward-char 1)))))
    (set-marker end nil)
    nil))

(defalias 'delete-non-matching-lines #'keep-lines)

(defun how-many (regexp &optional rstart rend interactive)
  "Return the number of matches for REGEXP after point (or in RSTART..REND).
When called interactively, also report it."
  (interactive (list (read-regexp "How many matches for regexp") nil nil t))
  (save-excursion
    (if rstart
        (if rend
            (progn (goto-char (min rstart rend))
                   (setq rend (max rstart rend)))
          (goto-char rstart)
          (setq rend (point-max)))
      (setq rend (point-max)))
    (let ((count 0)
          (case-fold-search (replace--case-fold regexp t)))
      (while (and (< (point) rend) (re-search-forward regexp rend t))
        ;; Empty matches such as "^" must still make progress.
        (when (and (= (match-beginning 0) (match-end 0)) (< (point) rend))
          (forward-char 1))
        (setq count (1+ count)))
      (when interactive
        (message (if (= count 1) "%d occurrence" "%d occurrences") count))
      count)))

(defalias 'count-matches #'how-many)

(defun replace--next-replacement (replacements count)
  "The replacement text for match number COUNT (from 0) given REPLACEMENTS."
  (cond ((stringp replacements) replacements)
        ((and (consp replacements) (functionp (car replacements)))
         (funcall (car replacements) (cdr replacements) count))
        ((consp replacements)
         (nth (mod count (length replacements)) replacements))
        (t (signal 'wrong-type-argument (list 'stringp replacements)))))

(defvar replace-count 0
  "Number of replacements done so far, for replacement expressions.")

(defun replace-quote (replacement)
  "Quote REPLACEMENT (a string, or an object to print) for `replace-match'."
  (replace-regexp-in-string "\\\\" "\\\\"
                            (if (stringp replacement) replacement
                              (prin1-to-string replacement t))
                            t t))

(defun replace-eval-replacement (expression count)
  "Evaluate EXPRESSION with `replace-count' bound to COUNT; return a string."
  (let* ((replace-count count)
         (replacement (eval expression t)))
    (if (stringp replacement) replacement (prin1-to-string replacement t))))

(defun query-replace--split-string (string)
  "Split STRING at a NUL that carries the `separator' property: (FROM . TO).
Without one, return STRING (without properties)."
  (let ((split-pos nil) (i 0) (len (length string)))
    (while (and (not split-pos) (< i len))
      (when (and (eq (aref string i) 0) (get-text-property i 'separator string))
        (setq split-pos i))
      (setq i (1+ i)))
    (if (not split-pos)
        (substring-no-properties string)
      (cons (substring-no-properties string 0 split-pos)
            (substring-no-properties string (1+ split-pos) len)))))

(defconst replace--query-keys
  '((?\s . act) (?y . act) (?\d . skip) (?n . skip) (?, . act-and-show)
    (?q . exit) (?\r . exit) (?\e . exit) (?. . act-and-exit) (?! . automatic)
    (?u . undo) (?U . undo-all) (?e . edit-replacement) (?E . edit-replacement))
  "The answers to a replacement query, as in GNU's `query-replace-map'.")

(defun perform-replace (from-string replacements query-flag regexp-flag delimited-flag
                                    &optional repeat-count map start end backward
                                    region-noncontiguous-p)
  "Replace matches of FROM-STRING with REPLACEMENTS.
REGEXP-FLAG non-nil means FROM-STRING is a regexp (and REPLACEMENTS may
use \\& and \\N); DELIMITED-FLAG means only matches surrounded by word
boundaries count.  REPLACEMENTS is a string, a list of strings used in
turn (each REPEAT-COUNT times), or (FUNCTION . DATA).  START and END
limit the replacement; BACKWARD replaces from the end.  Case is
preserved as `case-replace' says.

With QUERY-FLAG, each match is confirmed with a key read by `read-event':
SPC or y replaces, DEL or n skips, `,' replaces and stays, `.' replaces
and exits, `!' replaces the rest without asking, q or RET exits, u undoes
the last replacement, U undoes them all, and e or E reads a replacement
with `read-string'."
  (ignore map region-noncontiguous-p)
  (let* ((case-fold-search (replace--case-fold from-string regexp-flag))
         (nocasify (not (and case-replace case-fold-search)))
         (literal (or (not regexp-flag) (eq regexp-flag 'literal)))
         (regexp (if regexp-flag from-string (regexp-quote from-string)))
         (repeat (if (and repeat-count (> repeat-count 0)) repeat-count 1))
         (query query-flag)
         (count 0)
         (last-end nil)
         (limit nil)
         ;; The replacements made so far, newest first, for u and U:
         ;; (START-MARKER END-MARKER ORIGINAL-TEXT).
         (stack nil)
         (match-again t)
         (done nil))
    (when delimited-flag
      (setq regexp (if (eq delimited-flag 'symbol)
                       (concat "\\_<" regexp "\\_>")
                     (concat "\\b" regexp "\\b"))))
    (when (and start end)
      (setq limit (copy-marker (if backward (min start end) (max start end))))
      (goto-char (if backward (max start end) (min start end))))
    (push-mark)
    (cl-flet ((replace-this (md &optional text)
                ;; Replace the match MD (with TEXT, literally, if given).
                (set-match-data md)
                ;; (A replacement pushes markers and match data at an empty match
                ;; past the new text, so its start is kept as a number.)
                (let ((original (buffer-substring (match-beginning 0) (match-end 0)))
                      (beg (match-beginning 0)))
                  (if text
                      (replace-match text t t)
                    (replace-match (replace--next-replacement replacements (/ count repeat))
                                   nocasify literal))
                  (push (list (copy-marker beg) (copy-marker (point)) original) stack)
                  (setq count (1+ count))
                  (if backward
                      (goto-char beg))
                  (setq last-end (point))))
              (undo-one ()
                ;; Put back the text of the newest replacement; return its start.
                (let* ((entry (pop stack)) (beg (nth 0 entry)) (end (nth 1 entry)))
                  (goto-char beg)
                  (delete-region beg end)
                  (insert (nth 2 entry))
                  (setq count (1- count))
                  (prog1 (marker-position beg)
                    (set-marker beg nil)
                    (set-marker end nil)))))
      ;; MATCH-AGAIN is t when a match may start right at point, nil when point
      ;; must first move a character (after an empty match, so as not to match
      ;; there twice), or the match data of a regexp match that follows the last
      ;; one directly -- found, as GNU does, without regard to the limit.
      (while (and (not done)
                  (not (if backward
                           (or (bobp) (and limit (<= (point) limit)))
                         (or (eobp) (and limit (>= (point) limit)))))
                  (cond ((consp match-again)
                         (set-match-data match-again)
                         (goto-char (if backward (match-beginning 0) (match-end 0))))
                        ((and (not match-again)
                              (progn (forward-char (if backward -1 1))
                                     (if backward
                                         (or (bobp) (and limit (<= (point) limit)))
                                       (or (eobp) (and limit (>= (point) limit))))))
                         nil)
                        (backward (re-search-backward regexp limit t))
                        (t (re-search-forward regexp limit t))))
        (progn
          (let ((md (match-data t))
                (nonempty (/= (match-beginning 0) (match-end 0))))
            (if (not query)
                (replace-this md)
              (let ((answered nil) (replaced nil))
                (while (not answered)
                  (let* ((key (read-event (format "Query replacing %s with %s: "
                                                  from-string
                                                  (if (stringp replacements) replacements "..."))))
                         (action (cdr (assq key replace--query-keys))))
                    (pcase action
                      ('act (unless replaced (replace-this md)) (setq answered t))
                      ('skip (setq answered t))
                      ('act-and-show (unless replaced (replace-this md) (setq replaced t)))
                      ('act-and-exit (unless replaced (replace-this md)) (setq answered t done t))
                      ('automatic (unless replaced (replace-this md)) (setq answered t query nil))
                      ('edit-replacement
                       (unless replaced
                         (set-match-data md)
                         (replace-this md (read-string "Edit replacement string: "
                                                       (if (stringp replacements) replacements ""))))
                       (setq answered t))
                      ((or 'undo 'undo-all)
                       (if (null stack)
                           (message "Nothing to undo")
                         (let ((pos (undo-one)))
                           (when (eq action 'undo-all)
                             (while stack (setq pos (undo-one))))
                           ;; Query again from the restored match.
                           (goto-char pos)
                           (setq match-again 'undone answered t))))
                      ('exit (setq answered t done t))
                      (_
                       ;; Any other key ends the replacement and is kept for the next command.
                       (push key unread-command-events)
                       (setq answered t done t)))))))
            ;; Where this match left point is where the replacement ends if no
            ;; other match follows.
            (setq last-end (point))
            (if (eq match-again 'undone)
                (setq match-again t)
              (setq match-again
                    (and nonempty
                         (or (not regexp-flag)
                             (and (if backward (looking-back regexp nil) (looking-at regexp))
                                  (let ((m (match-data t)))
                                    (and (/= (nth 0 m) (nth 1 m)) m)))))))))))
    (dolist (entry stack)
      (set-marker (nth 0 entry) nil)
      (set-marker (nth 1 entry) nil))
    ;; Point is left after the last match dealt with, not where the search gave up.
    (when last-end (goto-char last-end))
    (when limit (set-marker limit nil))
    (message "Replaced %d occurrence%s" count (if (= count 1) "" "s"))
    nil))

(defun replace-string (from-string to-string &optional delimited start end backward
                                   region-noncontiguous-p)
  "Replace occurrences of FROM-STRING with TO-STRING.
From point to the end of the buffer, or in START..END; with BACKWARD,
from the end.  DELIMITED non-nil means only whole words."
  (interactive (list (read-string "Replace string: ") (read-string "Replace with: ")
                     current-prefix-arg))
  (perform-replace from-string to-string nil nil delimited nil nil start end backward
                   region-noncontiguous-p))

(defun replace-regexp (regexp to-string &optional delimited start end backward
                              region-noncontiguous-p)
  "Replace things after point matching REGEXP with TO-STRING.
TO-STRING may use \\& for the whole match and \\N for group N.  START,
END, BACKWARD and DELIMITED are as for `replace-string'."
  (interactive (list (read-regexp "Replace regexp") (read-string "Replace with: ")
                     current-prefix-arg))
  (perform-replace regexp to-string nil t delimited nil nil start end backward
                   region-noncontiguous-p))

(provide 'replace)

;;; replace.el ends here
