;;; replace.el --- replacing and counting matches: flush-lines, keep-lines, how-many, replace-string (GNU: lisp/replace.el)  -*- lexical-binding: t -*-

;; Written for tsmacs from GNU Emacs's manuals and observed behaviour (GNU 28.2 is the oracle).
;; Preloaded after simple.el.  Batch-oriented: `perform-replace' does the non-querying
;; replacement that Lisp code asks for; query replacement needs a terminal and is absent.
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
`\\\\') since they have special meaning in a regexp, and character class
names such as [:upper:]."
  ;; (GNU keeps this in isearch.el, which tsmacs does not have.)
  (let ((i 0) (len (length string)) (quote-flag nil) (found nil))
    (when regexp-flag
      (setq string (replace-regexp-in-string "\\[:[a-z]+:]" "" string t t)
            len (length string)))
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
        ((functionp (car-safe replacements))
         (funcall (car replacements) (cdr replacements) count))
        ((consp replacements)
         (nth (mod count (length replacements)) replacements))
        (t (signal 'wrong-type-argument (list 'stringp replacements)))))

(defun perform-replace (from-string replacements query-flag regexp-flag delimited-flag
                                    &optional repeat-count map start end backward
                                    region-noncontiguous-p)
  "Replace matches of FROM-STRING with REPLACEMENTS (the non-querying case).
REGEXP-FLAG non-nil means FROM-STRING is a regexp (and REPLACEMENTS may
use \\& and \\N); DELIMITED-FLAG means only matches surrounded by word
boundaries count.  REPLACEMENTS is a string, a list of strings used in
turn (each REPEAT-COUNT times), or (FUNCTION . DATA).  START and END
limit the replacement; BACKWARD replaces from the end.  Case is
preserved as `case-replace' says.  Querying (QUERY-FLAG) needs a
terminal, which tsmacs does not have yet."
  (ignore map region-noncontiguous-p)
  (when query-flag
    (error "Query replacement needs a terminal; call with QUERY-FLAG nil"))
  (let* ((case-fold-search (replace--case-fold from-string regexp-flag))
         (nocasify (not (and case-replace case-fold-search)))
         (literal (or (not regexp-flag) (eq regexp-flag 'literal)))
         (regexp (if regexp-flag from-string (regexp-quote from-string)))
         (repeat (if (and repeat-count (> repeat-count 0)) repeat-count 1))
         (count 0)
         (last-end nil)
         (limit nil))
    (when delimited-flag
      (setq regexp (if (eq delimited-flag 'symbol)
                       (concat "\\_<" regexp "\\_>")
                     (concat "\\b" regexp "\\b"))))
    (when (and start end)
      (setq limit (copy-marker (if backward (min start end) (max start end))))
      (goto-char (if backward (max start end) (min start end))))
    (push-mark)
    (let ((done nil))
      (while (and (not done)
                  (not (if backward
                           (or (bobp) (and limit (<= (point) limit)))
                         (or (eobp) (and limit (>= (point) limit)))))
                  (if backward
                      (re-search-backward regexp limit t)
                    (re-search-forward regexp limit t)))
        (if (and (= (match-beginning 0) (match-end 0))
                 (eql (match-beginning 0) last-end))
            ;; An empty match right where the last replacement ended: step over a
            ;; character rather than replace twice at one place.
            (if (if backward (bobp) (eobp))
                (setq done t)
              (forward-char (if backward -1 1)))
          (replace-match (replace--next-replacement replacements (/ count repeat))
                         nocasify literal)
          (setq count (1+ count))
          (if backward
              (progn (goto-char (match-beginning 0))
                     (setq last-end (point)))
            (setq last-end (point))))))
    ;; Point is left at the last replacement, not where the search gave up.
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
