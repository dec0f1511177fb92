;;; indent.el --- indentation commands (GNU counterpart: lisp/indent.el)  -*- lexical-binding: t -*-

;; Written for tsmacs from the Emacs manual ("Indentation") and observed GNU 28.2 behaviour.
;; The line-oriented indentation commands dispatch through `indent-line-function' and
;; `indent-region-function', which major modes set buffer-locally.  The comment variables
;; that GNU defines in newcomment.el live here too, because the Lisp modes set them and
;; newcomment.el is not part of tsmacs yet.

;;; Code:

(defvar standard-indent 4
  "Default number of columns for margin-changing functions to indent.")

(defvar indent-line-function 'indent-relative
  "Function to indent the current line.")

(defvar indent-region-function #'indent-region-line-by-line
  "Short cut function to indent region using `indent-according-to-mode'.")

(defvar tab-always-indent t
  "Controls the operation of the TAB key.")

(defvar tab-stop-list nil
  "List of tab stop positions used by `tab-to-tab-stop'.")

(defvar indent-line-ignored-functions '(indent-relative indent-relative-maybe
                                        indent-relative-first-indent-point)
  "Values that are ignored by `indent-according-to-mode'.")

;; newcomment.el's variables (see the commentary above).
(defvar comment-start nil "String to insert to start a new comment, or nil if no comment syntax.")
(defvar comment-start-skip nil "Regexp to match the start of a comment plus everything up to its body.")
(defvar comment-end-skip nil "Regexp to match the end of a comment plus everything back to its body.")
(defvar comment-end (purecopy "") "String to insert to end a new comment.")
(defvar comment-column 32 "Column to indent right-margin comments to.")
(make-variable-buffer-local 'comment-column)
(defvar comment-add 0 "How many more comment chars should be inserted by `comment-region'.")
(defvar comment-use-syntax 'undecided "Non-nil if syntax-tables can be used instead of regexps.")
(defvar comment-multi-line nil "Non-nil means `comment-indent-new-line' continues comments.")
(defvar comment-indent-function 'comment-indent-default
  "Function to compute desired indentation for a comment.")

(defun indent-according-to-mode (&optional inhibit-widen)
  "Indent line in proper way for current major mode."
  (interactive)
  (save-restriction
    (unless inhibit-widen (widen))
    (if (memq indent-line-function indent-line-ignored-functions)
        ;; These functions only copy the previous line's indentation, which is not a
        ;; mode's opinion: reproduce it without calling them.
        (let ((column (save-excursion
                        (beginning-of-line)
                        (if (bobp) 0
                          (beginning-of-line 0)
                          (if (looking-at "[ \t]*$") 0 (current-indentation))))))
          (if (<= (current-column) (current-indentation))
              (indent-line-to column)
            (save-excursion (indent-line-to column))))
      (funcall indent-line-function))))

(defun indent-line-to (column)
  "Indent current line to COLUMN, keeping point relative to the text."
  (back-to-indentation)
  (let ((cur (current-column)))
    (cond ((< cur column)
           (if (>= (- column (* (/ cur tab-width) tab-width)) tab-width)
               (delete-region (point) (progn (skip-chars-backward " ") (point))))
           (indent-to column))
          ((> cur column)
           ;; Remove whitespace back to COLUMN, splitting a tab if it straddles it.
           ;; `move-to-column' may have split a tab, so find the text start afresh; only
           ;; blanks are removed (a form feed at the line start stays).
           (delete-region (progn (move-to-column column t) (point))
                          (progn (beginning-of-line) (skip-chars-forward " \t") (point)))))))

(defun beginning-of-line-text (&optional n)
  "Move to the beginning of the text on this line, skipping a fill prefix."
  (interactive "^p")
  (beginning-of-line n)
  (skip-chars-forward " \t")
  (when (and (bound-and-true-p fill-prefix) (not (equal fill-prefix "")))
    (when (equal fill-prefix (buffer-substring (point) (min (point-max) (+ (length fill-prefix) (point)))))
      (forward-char (length fill-prefix))))
  (when (and (bound-and-true-p adaptive-fill-mode) (boundp 'adaptive-fill-regexp)
             adaptive-fill-regexp (looking-at adaptive-fill-regexp))
    (goto-char (match-end 0)))
  (skip-chars-forward " \t"))

(defun indent-region-line-by-line (start end)
  "Indent each nonblank line from START to END with `indent-according-to-mode'."
  (save-excursion
    (setq end (copy-marker end))
    (goto-char start)
    (while (< (point) end)
      (unless (and (bolp) (eolp))
        (indent-according-to-mode t))
      (forward-line 1))
    (move-marker end nil)))

(defun indent-region (start end &optional column)
  "Indent each nonblank line in the region (to COLUMN if given)."
  (interactive "r\nP")
  (cond
   (column
    (setq column (prefix-numeric-value column))
    (save-excursion
      (goto-char end)
      (setq end (point-marker))
      (goto-char start)
      (or (bolp) (forward-line 1))
      (while (< (point) end)
        (delete-region (point) (progn (skip-chars-forward " \t") (point)))
        (or (eolp) (indent-to column 0))
        (forward-line 1))
      (move-marker end nil)))
   (indent-region-function (funcall indent-region-function start end))
   (t (indent-region-line-by-line start end)))
  (deactivate-mark))

(defun indent-relative (&optional first-only unindented-ok)
  "Space out to under the next indent point of the previous nonblank line."
  (interactive "P")
  (let ((start-column (current-column))
        indent)
    (save-excursion
      (beginning-of-line)
      (when (re-search-backward "^[^\n]" nil t)
        (let ((eol (line-end-position)))
          (move-to-column start-column)
          ;; Inside a tab: that tab's end is the next indent point.
          (when (> (current-column) start-column) (backward-char 1))
          (or (looking-at "[ \t]") first-only (skip-chars-forward "^ \t" eol))
          (skip-chars-forward " \t" eol)
          (or (= (point) eol) (setq indent (current-column))))))
    (cond (indent
           (let ((opoint (point-marker)))
             (indent-to indent 0)
             (if (> opoint (point)) (goto-char opoint))
             (move-marker opoint nil)))
          (unindented-ok nil)
          (t (tab-to-tab-stop)))))

(defun indent-relative-first-indent-point ()
  "Indent under the first indent point of the previous nonblank line."
  (interactive)
  (indent-relative t))

(defun indent-next-tab-stop (column &optional prev)
  "Return the next tab stop after COLUMN (before it, if PREV)."
  (let ((tabs tab-stop-list))
    (while (and tabs (>= column (car tabs))) (setq tabs (cdr tabs)))
    (if (and tabs (not prev))
        (car tabs)
      ;; Past the explicit stops (or going backwards): stops repeat with the list's last
      ;; interval, or every `tab-width' columns when the list is empty.
      (let* ((last (or (car (last tab-stop-list)) 0))
             (step (cond ((cdr tab-stop-list)
                          (let ((l2 (last tab-stop-list 2))) (- (cadr l2) (car l2))))
                         (tab-stop-list (car tab-stop-list))
                         (t tab-width))))
        (when (<= step 0) (setq step tab-width))
        (if prev
            (let ((stops (reverse tab-stop-list)) found)
              (if (or (null tab-stop-list) (> column last))
                  (+ last (* step (floor (- column 1 last) step)))
                (while (and stops (not found))
                  (if (< (car stops) column) (setq found (car stops)))
                  (setq stops (cdr stops)))
                (or found 0)))
          (+ last (* step (1+ (/ (- column last) step)))))))))

(defun tab-to-tab-stop ()
  "Insert spaces or tabs to the next defined tab-stop column."
  (interactive)
  (and abbrev-mode (= (char-syntax (preceding-char)) ?w) (expand-abbrev))
  (let ((nexttab (indent-next-tab-stop (current-column))))
    (delete-horizontal-space t)
    (indent-to nexttab)))

;;; The left margin (text property `left-margin' on top of the variable), as fill and newline use it.

(defun current-left-margin ()
  "Return the left margin to use for this line.
This is the value of the buffer-local variable `left-margin' plus the value
of the `left-margin' text-property at the start of the line."
  (save-excursion
    (back-to-indentation)
    (let ((pos (if (and (eobp) (not (bobp))) (1- (point)) (point))))
      (max 0 (+ left-margin (or (get-text-property pos 'left-margin) 0))))))

(defun move-to-left-margin (&optional n force)
  "Move to the left margin of the current line.
With optional argument, move forward N-1 lines first.
The column moved to is the one given by the `current-left-margin' function.
If the line's indentation appears to be wrong, and this command is called
interactively or with optional argument FORCE, it will be fixed."
  (interactive (list (prefix-numeric-value current-prefix-arg) t))
  (beginning-of-line n)
  (skip-chars-forward " \t")
  (if (minibufferp (current-buffer))
      (if (save-excursion (beginning-of-line) (bobp))
          (goto-char (minibuffer-prompt-end))
        (beginning-of-line))
    (let ((margin (current-left-margin))
          (col (current-column)))
      (cond ((> col margin)
             ;; Landing inside a tab (without FORCE to split it) means stopping before it.
             (when (> (move-to-column margin force) margin) (backward-char 1)))
            ((and force (< col margin))
             (indent-to-left-margin))))))

(defun indent-to-left-margin ()
  "Indent current line to the column given by `current-left-margin'."
  (save-excursion (indent-line-to (current-left-margin)))
  ;; Within the indentation, move past it.
  (when (save-excursion (skip-chars-backward " \t") (bolp))
    (skip-chars-forward " \t")))

(defun indent-for-tab-command (&optional arg)
  "Indent the current line or region, or insert a tab, as appropriate."
  (interactive "P")
  (cond
   ((and (use-region-p) (not (eq tab-always-indent 'complete)))
    (indent-region (region-beginning) (region-end)))
   ((or (eq indent-line-function 'indent-to-left-margin)
        (and (not tab-always-indent)
             (or (> (current-column) (current-indentation))
                 (eq this-command last-command))))
    (insert-tab arg))
   (t
    (let ((old-tick (buffer-chars-modified-tick))
          (old-point (point))
          (old-indent (current-indentation)))
      (funcall indent-line-function)
      (when (and (eq tab-always-indent 'complete)
                 (eq old-point (point)) (eq old-tick (buffer-chars-modified-tick))
                 (fboundp 'completion-at-point))
        (completion-at-point))
      ;; With a prefix argument, shift the rest of the expression rigidly too.
      (when (and arg (not (eq old-indent (current-indentation))))
        (let ((delta (- (current-indentation) old-indent)))
          (save-excursion
            (let ((end (progn (beginning-of-line) (forward-sexp 1) (point))))
              (forward-line 1)
              (when (> end (point)) (indent-rigidly (point) end delta))))))))))

(defun insert-tab (&optional arg)
  "Insert ARG tabs (or the equivalent spaces when `indent-tabs-mode' is nil)."
  (let ((count (prefix-numeric-value arg)))
    (if (and abbrev-mode (eq (char-syntax (preceding-char)) ?w)) (expand-abbrev))
    (if indent-tabs-mode
        (insert-char ?\t count)
      (indent-to (* tab-width (+ count (/ (current-column) tab-width)))))))

(unless (fboundp 'newline-and-indent)
  (defun newline-and-indent (&optional arg)
    "Insert a newline, then indent according to major mode."
    (interactive "*p")
    (delete-horizontal-space t)
    (unless arg (setq arg 1))
    (dotimes (_ arg)
      (newline nil t)
      (indent-according-to-mode))))

(unless (fboundp 'reindent-then-newline-and-indent)
  (defun reindent-then-newline-and-indent ()
    "Reindent current line, insert newline, then indent the new line."
    (interactive "*")
    (let ((pos (point)))
      (newline)
      (save-excursion
        (goto-char pos)
        (indent-according-to-mode)
        (delete-horizontal-space t))
      (indent-according-to-mode))))

(provide 'indent)
;;; indent.el ends here
