;;; simple-edit.el --- editing commands: newlines, whitespace, joining, transposing, indenting, counting (GNU: lisp/simple.el)  -*- lexical-binding: t -*-

;; Written for tsmacs from GNU Emacs's manuals and observed behaviour (GNU Emacs 28.2 is the
;; oracle); the line and whitespace editing part of GNU's simple.el.  Preloaded right after
;; simple-undo.el.

;;; Code:

;;;; Simple editing commands

(defvar use-hard-newlines nil
  "Non-nil means to distinguish hard and soft newlines (`use-hard-newlines' mode).")
(make-variable-buffer-local 'use-hard-newlines)

(defun set-hard-newline-properties (from to)
  "Give the newlines between FROM and TO the `hard' property, not inherited by what follows."
  (let ((sticky (get-text-property from 'rear-nonsticky)))
    (put-text-property from to 'hard 't)
    (when (and (listp sticky) (not (memq 'hard sticky)))
      (put-text-property from (point) 'rear-nonsticky (cons 'hard sticky)))))

(defun newline (&optional arg interactive)
  "Insert a newline; with ARG, insert that many.
Inserted as typed text is (`self-insert-command': abbrevs expand, auto-fill runs without ARG), but only
when INTERACTIVE (a command call) does `post-self-insert-hook' run, and with it `electric-indent-mode'.
With a left margin, the line after the newline is indented to it, and a line the newline leaves
blank loses its margin whitespace."
  (interactive "*P\np")
  (barf-if-buffer-read-only)
  (let ((n (prefix-numeric-value arg)))
    (when (< n 0) (error "Repetition argument has to be non-negative"))
    (let* ((page-start (and (bolp) (looking-at page-delimiter)))
           (before (point))
           (last-command-event ?\n)
           (auto-fill-function (if arg nil auto-fill-function))
           (hook-name (make-symbol "newline-postproc"))
           (postproc
            ;; Runs first in `post-self-insert-hook', before electric indentation and the like.
            (lambda ()
              (remove-hook 'post-self-insert-hook hook-name t)
              (when use-hard-newlines (set-hard-newline-properties (- (point) n) (point)))
              (save-excursion
                (goto-char before)
                (beginning-of-line)
                (when (and (looking-at "[ \t]+$") (> (current-left-margin) 0))
                  (delete-region (point) (line-end-position))))
              (unless page-start (move-to-left-margin nil t)))))
      (fset hook-name postproc)
      (if interactive
          (unwind-protect
              (progn (add-hook 'post-self-insert-hook hook-name nil t)
                     (self-insert-command n))
            (remove-hook 'post-self-insert-hook hook-name t))
        (let ((post-self-insert-hook (list postproc)))
          (self-insert-command n)))))
  nil)

(defun open-line (n)
  "Insert a newline and leave point before it.
If there is a fill prefix and/or a `left-margin', insert them on the new line
if the line would have been blank.  With arg N, insert N newlines."
  (interactive "*p")
  (let* ((do-fill-prefix (and fill-prefix (bolp)))
         (do-left-margin (and (bolp) (> (current-left-margin) 0)))
         (loc (point-marker))
         (abbrev-mode nil))
    (newline n)
    (goto-char loc)
    ;; The original line and the new ones, each still empty at its start, get margin and prefix.
    (dotimes (_ n)
      (when (bolp)
        (when do-left-margin (indent-to (current-left-margin)))
        (when do-fill-prefix (insert-and-inherit fill-prefix)))
      (forward-line 1))
    (goto-char loc)
    (set-marker loc nil)
    (end-of-line)))

(defun simple-edit--delete (n killflag forward)
  "Delete N characters FORWARD or back, or the active region when N is 1."
  (unless (integerp n) (signal 'wrong-type-argument (list 'integerp n)))
  (cond ((and (use-region-p) delete-active-region (= n 1))
         (if (eq delete-active-region 'kill)
             (kill-region (region-beginning) (region-end) 'region)
           (funcall region-extract-function 'delete-only)))
        (t (delete-char (if forward n (- n)) killflag))))

(defun delete-forward-char (n &optional killflag)
  "Delete the following N characters (previous if N is negative).
An active region is deleted (or killed) instead when N is 1."
  (interactive "p\nP")
  (simple-edit--delete n killflag t))

(defun delete-backward-char (n &optional killflag)
  "Delete the previous N characters (following if N is negative).
An active region is deleted (or killed) instead when N is 1."
  (interactive "p\nP")
  (simple-edit--delete n killflag nil))

(defun delete-horizontal-space (&optional backward-only)
  "Delete all spaces and tabs around point; before point only if BACKWARD-ONLY."
  (interactive "*P")
  (let ((orig-pos (point)))
    (delete-region
     (if backward-only
         orig-pos
       (progn (skip-chars-forward " \t") (constrain-to-field nil orig-pos t)))
     (progn (skip-chars-backward " \t") (constrain-to-field nil orig-pos)))))

(defun just-one-space (&optional n)
  "Delete all spaces and tabs around point, leaving one space (or N spaces).
A negative N deletes newlines as well, leaving -N spaces."
  (interactive "*p")
  (let* ((orig-pos (point))
         (skip (if (and n (< n 0)) " \t\n\r" " \t"))
         (num (abs (or n 1))))
    (skip-chars-backward skip)
    (constrain-to-field nil orig-pos)
    ;; Reuse the spaces already there, then replace the rest.
    (let* ((left (- num (skip-chars-forward " " (+ num (point)))))
           (mid (point))
           (end (progn (skip-chars-forward skip) (constrain-to-field nil orig-pos t))))
      (delete-region mid end)
      (insert (make-string left ?\s)))
    nil))

(defun fixup-whitespace ()
  "Fixup white space between objects around point.
Leave one space or none, according to the context."
  (interactive "*")
  (save-excursion
    (delete-horizontal-space)
    (if (or (looking-at "^\\|$\\|\\s)")
            (save-excursion (forward-char -1) (looking-at "$\\|\\s(\\|\\s'")))
        nil
      (insert ?\s))))

(defun delete-blank-lines ()
  "On blank line, delete all surrounding blank lines, leaving just one.
On isolated blank line, delete that one.  On nonblank line, delete any
immediately following blank lines."
  (interactive "*")
  (let (this-blank lone-blank)
    (save-excursion
      (beginning-of-line)
      (setq this-blank (looking-at "[ \t]*$"))
      (setq lone-blank
            (and this-blank
                 (not (looking-at "[ \t]*\n[ \t]*$"))
                 (or (bobp)
                     (progn (forward-line -1) (not (looking-at "[ \t]*$")))))))
    (when this-blank
      ;; Delete the blank lines before this one (and this one too when alone).
      (beginning-of-line)
      (if lone-blank (forward-line 1))
      (delete-region (point)
                     (if (re-search-backward "[^ \t\n]" nil t)
                         (progn (forward-line 1) (point))
                       (point-min))))
    (unless (and this-blank lone-blank)
      ;; Delete the blank lines after this one.
      (save-excursion
        (end-of-line)
        (forward-line 1)
        (delete-region (point)
                       (if (re-search-forward "[^ \t\n]" nil t)
                           (progn (beginning-of-line) (point))
                         (point-max)))))
    ;; A last blank line at the end of the buffer goes too.
    (if (looking-at "^[ \t]*\n\\'")
        (delete-region (point) (point-max)))))

(defun delete-indentation (&optional arg beg end)
  "Join this line to previous and fix up whitespace at join.
With ARG, join this line to the following one.  With BEG and END (and
no ARG), join all the lines of that region."
  (interactive "*P")
  (let ((stop (if (and beg end (not arg))
                  ;; Work up from the region's last line; a one-line region
                  ;; only moves point to its start.
                  (progn
                    (goto-char (if (> end (save-excursion (goto-char beg) (line-end-position)))
                                   end
                                 beg))
                    beg)
                ;; One join: stop once the previous line start is reached.
                (prog1 (1- (line-beginning-position (and arg 2)))
                  (when arg (forward-line 1)))))
        (prefix (and (> (length fill-prefix) 0) (regexp-quote fill-prefix))))
    (while (and (> (line-beginning-position) stop)
                (progn (forward-line 0) (= (preceding-char) ?\n)))
      (delete-char -1)
      (if (and prefix (looking-at prefix))
          (replace-match "" t t))
      (fixup-whitespace))))

(defalias 'join-line #'delete-indentation)

(defun back-to-indentation ()
  "Move point to the first non-whitespace character on this line."
  (interactive "^")
  (beginning-of-line 1)
  (skip-syntax-forward " " (line-end-position))
  (backward-prefix-chars))

(defvar delete-trailing-lines t
  "If non-nil, `delete-trailing-whitespace' deletes trailing lines.")

(defun delete-trailing-whitespace (&optional start end)
  "Delete trailing whitespace between START and END (the whole buffer by default).
Also deletes blank lines at the end of the buffer when called on the
whole buffer and `delete-trailing-lines' is non-nil."
  (interactive)
  (save-match-data
    (save-excursion
      (let ((end-marker (and end (copy-marker end)))
            (table (make-syntax-table (syntax-table)))
            (old-table (syntax-table)))
        (goto-char (or start (point-min)))
        ;; A form feed ends a page, it is not trailing whitespace.
        (modify-syntax-entry ?\f "_" table)
        (unwind-protect
            (progn
              (set-syntax-table table)
              (while (re-search-forward "\\s-$" end-marker t)
                (skip-syntax-backward "-" (line-beginning-position))
                (let ((b (point)) (e (match-end 0)))
                  (if (text-property-not-all b e 'read-only nil)
                      (goto-char e)
                    (delete-region b e)))))
          (set-syntax-table old-table))
        (if end
            (set-marker end-marker nil)
          (when (and delete-trailing-lines
                     (= (goto-char (point-max)) (1+ (buffer-size)))
                     (<= (skip-chars-backward "\n") -2))
            (delete-region (1+ (point)) (point-max)))))))
  nil)

;;;;; Transposition

(defun transpose-subr (mover arg &optional special)
  "Subroutine to do the work of transposing objects.
MOVER moves over one object (given 1 or -1); ARG is as for the
transpose commands.  With SPECIAL, MOVER itself returns (START . END)."
  (let ((aux (if special mover
               (lambda (x)
                 (cons (progn (funcall mover x) (point))
                       (progn (funcall mover (- x)) (point))))))
        pos1 pos2)
    (cond
     ((= arg 0)
      ;; The objects at point and at mark: afterwards point ends the later
      ;; one and mark starts the earlier one.
      (setq pos1 (funcall aux 1))
      (goto-char (or (mark) (error "No mark set in this buffer")))
      (setq pos2 (funcall aux 1))
      (transpose-subr-1 pos1 pos2)
      (set-marker (mark-marker) (min (car pos1) (cdr pos1) (car pos2) (cdr pos2)))
      (goto-char (max (car pos1) (cdr pos1) (car pos2) (cdr pos2)))
      nil)
     ((> arg 0)
      (setq pos1 (funcall aux -1))
      (setq pos2 (funcall aux arg))
      (transpose-subr-1 pos1 pos2)
      ;; The dragged object now ends where the objects it passed ended.
      (goto-char (car pos2)))
     (t
      (setq pos1 (funcall aux -1))
      (goto-char (car pos1))
      (setq pos2 (funcall aux arg))
      (transpose-subr-1 pos1 pos2)
      (goto-char (+ (car pos2) (- (cdr pos1) (car pos1))))))))

(defun transpose-subr-1 (pos1 pos2)
  "Swap the text of the spans POS1 and POS2, (START . END) pairs in either order."
  (when (> (car pos1) (cdr pos1)) (setq pos1 (cons (cdr pos1) (car pos1))))
  (when (> (car pos2) (cdr pos2)) (setq pos2 (cons (cdr pos2) (car pos2))))
  (when (> (car pos1) (car pos2))
    (let ((swap pos1)) (setq pos1 pos2 pos2 swap)))
  (if (> (cdr pos1) (car pos2)) (error "Don't have two things to transpose"))
  (atomic-change-group
    ;; Replace the later span first so the earlier positions stay valid.
    (let ((word1 (buffer-substring (car pos1) (cdr pos1)))
          (word2 (buffer-substring (car pos2) (cdr pos2))))
      (goto-char (car pos2))
      (delete-region (car pos2) (cdr pos2))
      (insert word1)
      (goto-char (car pos1))
      (delete-region (car pos1) (cdr pos1))
      (insert word2))))

(defun transpose-chars (arg)
  "Interchange characters around point, moving forward one character.
At the end of a line (with no ARG), swap the two characters before point."
  (interactive "*P")
  (when (and (null arg) (eolp) (not (bobp)))
    (forward-char -1))
  (transpose-subr 'forward-char (prefix-numeric-value arg)))

(defun transpose-words (arg)
  "Interchange words around point, leaving point at end of them."
  (interactive "*p")
  (transpose-subr 'forward-word arg))

(defun transpose-lines (arg)
  "Exchange current line and previous line, leaving point after both."
  (interactive "*p")
  (transpose-subr (lambda (arg)
                    (if (> arg 0)
                        (progn
                          ;; Create the newlines a line move would run out of.
                          (setq arg (forward-line arg))
                          (if (/= (preceding-char) ?\n)
                              (setq arg (1+ arg)))
                          (if (> arg 0)
                              (newline arg)))
                      (forward-line arg)))
                  arg))

;;;;; Indentation and motion

(defun indent-rigidly (start end arg &optional interactive)
  "Indent all lines starting in the region by ARG columns (negative: dedent)."
  (interactive "r\nP\np")
  (ignore interactive)
  (save-excursion
    (goto-char end)
    (setq end (point-marker))
    (goto-char start)
    (or (bolp) (forward-line 1))
    (while (< (point) end)
      (let ((indent (current-indentation))
            eol-flag)
        (save-excursion
          (skip-chars-forward " \t")
          (setq eol-flag (eolp)))
        (or eol-flag
            (indent-to (max 0 (+ indent (prefix-numeric-value arg))) 0))
        (delete-region (point) (progn (skip-chars-forward " \t") (point))))
      (forward-line 1))
    (set-marker end nil)
    (setq deactivate-mark t)
    nil))

(defvar widen-automatically t
  "Non-nil means commands may widen the buffer to reach a position outside it.")

(defun goto-line (line &optional buffer relative)
  "Go to LINE, counting from line 1 at beginning of buffer.
With RELATIVE, count from the start of the accessible portion.  Leaves
the mark at the previous position; widens only when the line is outside
the accessible portion.  Returns the new position."
  (interactive "nGoto line: ")
  (when buffer (set-buffer buffer))
  (or (region-active-p) (push-mark))
  (let ((pos (save-restriction
               (unless relative (widen))
               (goto-char (point-min))
               (forward-line (1- line))
               (point))))
    (when (and (not relative) widen-automatically
               (or (> (point-min) pos) (> pos (point-max))))
      (widen))
    (goto-char pos)))

(defun beginning-of-buffer (&optional arg)
  "Move point to the beginning of the buffer, leaving mark at previous position.
With numeric ARG N, put point N/10 of the way from the beginning."
  (interactive "^P")
  (or (consp arg) (region-active-p) (push-mark))
  (let ((size (- (point-max) (point-min))))
    (goto-char (if (and arg (not (consp arg)))
                   (+ (point-min) 1 (/ (* size (prefix-numeric-value arg)) 10))
                 (point-min))))
  (if (and arg (not (consp arg))) (forward-line 1)))

(defun end-of-buffer (&optional arg)
  "Move point to the end of the buffer, leaving mark at previous position.
With numeric ARG N, put point N/10 of the way from the end."
  (interactive "^P")
  (or (consp arg) (region-active-p) (push-mark))
  (let ((size (- (point-max) (point-min))))
    (goto-char (if (and arg (not (consp arg)))
                   (- (point-max) (/ (* size (prefix-numeric-value arg)) 10))
                 (point-max))))
  (if (and arg (not (consp arg))) (forward-line 1)))

;;;;; Counting

(defun count-words (start end &optional totals)
  "Count the number of words between START and END.
From Lisp, return the number of words; TOTALS is for the interactive report."
  (interactive (list nil nil current-prefix-arg))
  (ignore totals)
  (let ((words 0)
        ;; Fields (say, one per propertized word) must not stop word motion.
        (inhibit-field-text-motion t))
    (save-excursion
      (save-restriction
        (narrow-to-region start end)
        (goto-char (point-min))
        (while (forward-word-strictly 1)
          (setq words (1+ words)))))
    words))

(defun count-words--format (str start end)
  "The \"STR has N lines, M words, and K characters\" text for START..END."
  (let ((lines (count-lines start end))
        (words (count-words start end))
        (chars (- end start)))
    (format "%s has %d line%s, %d word%s, and %d character%s"
            str lines (if (= lines 1) "" "s") words (if (= words 1) "" "s")
            chars (if (= chars 1) "" "s"))))

(defun count-words-region (start end &optional arg)
  "Count the number of words in the region; with ARG, in the buffer.
Report it with a message and return the word count."
  (interactive (if current-prefix-arg
                   (list nil nil current-prefix-arg)
                 (list (region-beginning) (region-end) nil)))
  (if arg
      (setq start (point-min) end (point-max))
    (setq start (min start end) end (max start end)))
  (message "%s" (count-words--format (if arg "Buffer" "Region") start end))
  (count-words start end))

(provide 'simple-edit)

;;; simple-edit.el ends here
