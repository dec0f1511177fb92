;;; sort.el --- sorting text in buffers: lines, paragraphs, pages, fields (GNU counterpart: lisp/sort.el)  -*- lexical-binding: t -*-

;; Written for tsmacs.  `sort-subr' divides the accessible region into records, finds each
;; record's key, sorts the records stably by key and rewrites the region with the records in
;; their new order (the text between records stays in place).  The commands below are
;; `sort-subr' with record and key movers, and `delete-duplicate-lines'.  Not here: `sort-columns'.  `sort-paragraphs' and `sort-pages' need `forward-paragraph' and
;; `forward-page' (paragraphs.el), which tsmacs does not have yet.

;;; Code:

(defgroup sort nil
  "Commands to sort text in an Emacs buffer."
  :group 'data)

(defcustom sort-fold-case nil
  "Non-nil if the buffer sort functions should ignore case."
  :type 'boolean)

(defcustom sort-numeric-base 10
  "The default base used by `sort-numeric-fields'."
  :type 'integer)

(defun sort-build-lists (nextrecfun endrecfun startkeyfun endkeyfun)
  "The records from point to the end, last first, as (KEY START . END).
See `sort-subr' for the four functions.  A key function may `throw' to `key'
with nil to leave a record out."
  (let ((records nil))
    (while (not (eobp))
      (let* ((rec-start (point))
             (rec-ended nil)            ; the key ran to the end of the record
             (key (catch 'key
                    (or (and startkeyfun (funcall startkeyfun))
                        (let ((key-start (point)))
                          (if endkeyfun
                              (funcall endkeyfun)
                            (funcall endrecfun)
                            (setq rec-ended t))
                          (cons key-start (point))))))
             (at-next nil))
        (cond (rec-ended)
              (endrecfun (funcall endrecfun))
              (nextrecfun (funcall nextrecfun) (setq at-next t)))
        (when key
          (push (cons key (if (and (consp key) (equal (car key) rec-start) (equal (cdr key) (point)))
                              key
                            (cons rec-start (point))))
                records))
        (when (and (not at-next) nextrecfun) (funcall nextrecfun))))
    records))

(defun sort-reorder-buffer (sorted old)
  "Rewrite the accessible region with the records SORTED in place of the records OLD.
Both are lists of (KEY START . END); OLD is in buffer order."
  (let ((min (point-min)) (max (point-max))
        (from (point-min))
        (source (current-buffer))
        (multibyte enable-multibyte-characters))
    (with-temp-buffer
      (set-buffer-multibyte multibyte)
      (let ((result (current-buffer)))
        ;; The text before each old record, then the record that goes in its place.
        (while sorted
          (insert-buffer-substring source from (cadr (car old)))
          (insert-buffer-substring source (cadr (car sorted)) (cddr (car sorted)))
          (setq from (cddr (car old))
                sorted (cdr sorted)
                old (cdr old)))
        (insert-buffer-substring source from max)
        (set-buffer source)
        (let ((inhibit-quit t))
          ;; Keep the last character while replacing, so markers at the end stay there.
          (delete-region min (1- max))
          (goto-char (point-min))
          (insert-buffer-substring result)
          (delete-region max (1+ max)))))))

(defun sort-subr (reverse nextrecfun endrecfun &optional startkeyfun endkeyfun predicate)
  "Sort the records of the accessible region by their keys; with REVERSE, descending.
The first record starts at point.  NEXTRECFUN moves from the end of a record to
the start of the next (or to the end of the buffer); ENDRECFUN moves from
within a record to its end.  STARTKEYFUN moves from the start of a record to
the start of its key and may return the key itself; otherwise the key is the
text up to where ENDKEYFUN (or, if nil, ENDRECFUN) moves.  PREDICATE compares
two keys; by default numbers compare with `<', text with `string<' (or, for a
key that is a range of buffer text, `compare-buffer-substrings', ignoring case
when `sort-fold-case').  The sort is stable."
  (let ((messages (> (- (point-max) (point-min)) 50000)))
    (save-excursion
      (when messages (message "Finding sort keys..."))
      (let* ((records (sort-build-lists nextrecfun endrecfun startkeyfun endkeyfun))
             (old (reverse records))
             (case-fold-search sort-fold-case))
        (when records
          ;; RECORDS is last-first.  In buffer order for an ascending sort; kept reversed for a
          ;; descending one, which is sorted ascending and reversed, so that equal keys stay
          ;; in buffer order both ways.
          (unless reverse (setq records (nreverse records)))
          (when messages (message "Sorting records..."))
          (setq records
                (sort records
                      (cond (predicate (lambda (a b) (funcall predicate (car a) (car b))))
                            ((numberp (caar records)) #'car-less-than-car)
                            ((consp (caar records))
                             (lambda (a b)
                               (> 0 (compare-buffer-substrings nil (caar a) (cdar a)
                                                               nil (caar b) (cdar b)))))
                            (t (lambda (a b) (string< (car a) (car b)))))))
          (when reverse (setq records (nreverse records)))
          (when messages (message "Reordering buffer..."))
          (sort-reorder-buffer records old)))
      (when messages (message "Reordering buffer... Done"))))
  nil)

(defun sort-lines (reverse beg end)
  "Sort the lines between BEG and END alphabetically (descending with REVERSE).
`sort-fold-case' says whether case matters."
  (interactive "P\nr")
  (save-excursion
    (save-restriction
      (narrow-to-region beg end)
      (goto-char (point-min))
      (let ((inhibit-field-text-motion t))
        (sort-subr reverse #'forward-line #'end-of-line)))))

(defun sort-paragraphs (reverse beg end)
  "Sort the paragraphs between BEG and END alphabetically (descending with REVERSE)."
  (interactive "P\nr")
  (save-excursion
    (save-restriction
      (narrow-to-region beg end)
      (goto-char (point-min))
      (sort-subr reverse
                 (lambda ()
                   (while (and (not (eobp)) (looking-at paragraph-separate))
                     (forward-line 1)))
                 (lambda ()
                   (forward-paragraph)
                   ;; The last paragraph needs a line end like the others.
                   (when (and (eobp) (not (bolp))) (insert "\n")))))))

(defun sort-pages (reverse beg end)
  "Sort the pages between BEG and END alphabetically (descending with REVERSE)."
  (interactive "P\nr")
  (save-excursion
    (save-restriction
      (narrow-to-region beg end)
      (goto-char (point-min))
      (sort-subr reverse (lambda () (skip-chars-forward "\n")) #'forward-page))))

(defvar sort-fields-syntax-table
  (let ((table (make-syntax-table)))
    (dotimes (i 256) (modify-syntax-entry i "w" table))
    (dolist (c '(?\s ?\t ?\n)) (modify-syntax-entry c " " table))
    (modify-syntax-entry ?. "_" table)  ; so that a float is one sexp
    table)
  "The syntax table `sort-fields' and `sort-numeric-fields' use.")

(defun sort-skip-fields (n)
  "Move to the start of the Nth whitespace-separated field of this line.
A negative N counts from the end of the line.  Signals an error when the line
has fewer fields."
  (let ((too-few (lambda ()
                   (error "Line has too few fields: %s"
                          (buffer-substring (line-beginning-position) (line-end-position))))))
    (if (> n 0)
        (progn
          (dotimes (_ (1- n))
            (skip-chars-forward " \t")
            (skip-chars-forward "^ \t\n"))
          (skip-chars-forward " \t")
          (when (eolp) (funcall too-few)))
      (end-of-line)
      (dotimes (_ (1- (- n)))
        (skip-chars-backward " \t")
        (skip-chars-backward "^ \t\n"))
      (skip-chars-backward " \t")
      (when (bolp) (funcall too-few))
      (skip-chars-backward "^ \t\n"))))

(defun sort-fields-1 (field beg end startkeyfun endkeyfun)
  "Sort the lines between BEG and END by keys found with STARTKEYFUN and ENDKEYFUN,
with `sort-fields-syntax-table' in effect.  FIELD 0 means 1."
  (let ((table (syntax-table)))
    (when (zerop field) (setq field 1))
    (unwind-protect
        (save-excursion
          (save-restriction
            (narrow-to-region beg end)
            (goto-char (point-min))
            (set-syntax-table sort-fields-syntax-table)
            (sort-subr nil #'forward-line #'end-of-line startkeyfun endkeyfun)))
      (set-syntax-table table))))

(defun sort-fields (field beg end)
  "Sort the lines between BEG and END alphabetically by their FIELDth field.
Fields are separated by whitespace and counted from 1; a negative FIELD counts
from the end of the line."
  (interactive "p\nr")
  (let ((inhibit-field-text-motion t))
    (sort-fields-1 field beg end
                   (lambda () (sort-skip-fields field) nil)
                   (lambda () (skip-chars-forward "^ \t\n")))))

(defun sort-numeric-fields (field beg end)
  "Sort the lines between BEG and END numerically by their FIELDth field.
A field starting with 0x is hexadecimal, one starting with 0 octal; others are
read in base `sort-numeric-base'.  A negative FIELD counts from the end."
  (interactive "p\nr")
  (let ((inhibit-field-text-motion t))
    (sort-fields-1 field beg end
                   (lambda ()
                     (sort-skip-fields field)
                     (let* ((case-fold-search t)
                            (base (when (looking-at "\\(0x\\)[0-9a-f]\\|\\(0\\)[0-7]")
                                    (goto-char (match-end 0))
                                    (backward-char 1)
                                    (if (match-beginning 1) 16 8))))
                       (string-to-number
                        (buffer-substring (point) (save-excursion (forward-sexp 1) (point)))
                        (or base sort-numeric-base))))
                   nil)))

(defvar sort-regexp-fields-regexp)
(defvar sort-regexp-record-end)

(defun sort-regexp-fields-next-record ()
  "Move to the start of the next match of `sort-regexp-fields-regexp' (an empty match
where the previous one ended does not count); record where it ends."
  (let ((oldpos (point)))
    (and (re-search-forward sort-regexp-fields-regexp nil 'move)
         (setq sort-regexp-record-end (match-end 0))
         (if (= sort-regexp-record-end oldpos)
             (progn
               (forward-char 1)
               (re-search-forward sort-regexp-fields-regexp nil 'move)
               (setq sort-regexp-record-end (match-end 0)))
           t)
         (goto-char (match-beginning 0)))))

(defun sort-regexp-fields (reverse record-regexp key-regexp beg end)
  "Sort the matches of RECORD-REGEXP between BEG and END by a key within each.
KEY-REGEXP \"\\\\N\" means the Nth group of RECORD-REGEXP, \"\\\\&\" or \"\" the
whole record; otherwise the key is the first match of KEY-REGEXP inside the
record, and records without one are left out of the sort."
  (interactive "P\nsRegexp specifying records to sort: \nsRegexp specifying key within record: \nr")
  (cond ((or (equal key-regexp "") (equal key-regexp "\\&")) (setq key-regexp 0))
        ((string-match "\\`\\\\[1-9]\\'" key-regexp) (setq key-regexp (- (aref key-regexp 1) ?0))))
  (save-excursion
    (save-restriction
      (narrow-to-region beg end)
      (goto-char (point-min))
      (let ((sort-regexp-record-end nil)
            (sort-regexp-fields-regexp record-regexp))
        (re-search-forward sort-regexp-fields-regexp nil t)
        (setq sort-regexp-record-end (point))
        (goto-char (match-beginning 0))
        (sort-subr reverse
                   #'sort-regexp-fields-next-record
                   (lambda () (goto-char sort-regexp-record-end))
                   (lambda ()
                     (let ((n (cond ((numberp key-regexp) key-regexp)
                                    ((re-search-forward key-regexp sort-regexp-record-end t) 0)
                                    (t (throw 'key nil)))))
                       (condition-case ()
                           (cons (match-beginning n) (match-end n))
                         (error (throw 'key nil))))))))))

(defun reverse-region (beg end)
  "Reverse the order of the whole lines between BEG and END.
A partial first line is left out, and so is a partial last line."
  (interactive "r")
  (when (> beg end) (setq beg (prog1 end (setq end beg))))
  (save-excursion
    (goto-char beg)
    (unless (bolp) (forward-line 1))
    (setq beg (point))
    (goto-char end)
    (unless (and (eolp) (not (bolp)))
      (forward-line -1)
      (end-of-line))
    (setq end (point-marker))
    (when (<= end beg) (user-error "There are no full lines in the region"))
    (let ((lines nil) (more t))
      ;; Take the lines out one by one (the last without its newline)...
      (while more
        (goto-char beg)
        (push (buffer-substring (point) (progn (end-of-line) (point))) lines)
        (setq more (/= (point) end))
        (delete-region beg (if more (1+ (point)) (point))))
      ;; ...and put them back, last first.
      (while (cdr lines)
        (insert (pop lines) "\n"))
      (insert (car lines)))))

(defun delete-duplicate-lines (beg end &optional reverse adjacent keep-blanks interactive)
  "Delete all but one copy of any identical lines in the region (BEG to END).
With REVERSE, the last copy is kept rather than the first; with ADJACENT, only copies next to each
other count; with KEEP-BLANKS, blank lines stay.  Return the number of lines deleted."
  (interactive (list (region-beginning) (region-end)
                     (equal current-prefix-arg '(4)) (equal current-prefix-arg '(16))
                     (equal current-prefix-arg '(64)) t))
  (let ((lines (unless adjacent (make-hash-table :test 'equal)))
        (previous nil) (count 0) (more t)
        (beg (copy-marker beg)) (end (copy-marker end)))
    (save-excursion
      (goto-char (if reverse end beg))
      (when (and reverse (bolp) (> (point) beg)) (forward-line -1))
      (setq more (if reverse (>= (point) beg) (and (< (point) end) (not (eobp)))))
      (while more
        (let ((line (buffer-substring-no-properties (line-beginning-position) (line-end-position)))
              (first (<= (line-beginning-position) beg)))
          (cond
           ((and keep-blanks (string= "" line)))
           ((if adjacent (equal line previous) (gethash line lines))
            ;; A copy: the line goes, with its newline (point is then at the next line's start).
            (delete-region (line-beginning-position) (progn (forward-line 1) (point)))
            (setq count (1+ count)))
           (t (if adjacent (setq previous line) (puthash line t lines))
              (unless reverse (forward-line 1))))
          (when (and keep-blanks (string= "" line) (not reverse)) (forward-line 1))
          (setq more (if reverse
                         (and (not first) (zerop (forward-line -1)))
                       (and (< (point) end) (not (eobp))))))))
    (set-marker beg nil) (set-marker end nil)
    (when interactive
      (message "Deleted %d %sduplicate line%s%s" count (if adjacent "adjacent " "")
               (if (= count 1) "" "s") (if reverse " backward" "")))
    count))

(provide 'sort)
;;; sort.el ends here
