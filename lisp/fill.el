;;; fill.el --- filling text: paragraphs, regions and auto-fill  -*- lexical-binding: t -*-

;; Written for tsmacs (GNU counterpart: lisp/textmodes/fill.el, with `auto-fill-mode' from simple.el).
;; Autoloaded.  Filling joins a paragraph's lines, squeezes runs of spaces to one (two after a sentence
;; end, with `sentence-end-double-space'; a line ending a sentence counts as two), and breaks it again
;; greedily so that no line passes `fill-column' unless one word alone does.  Lines after the first
;; get the fill prefix: `fill-prefix', or with `adaptive-fill-mode' the one the paragraph's lines share
;; (indentation, comment starters, `>' quoting...).  Justification other than `left' is not done yet.

;;; Code:

(defvar adaptive-fill-mode t
  "Non-nil means determine a paragraph's fill prefix from its text.")
(defvar adaptive-fill-regexp (purecopy "[-–!|#%;>*·•‣⁃◦ \t]*")
  "Regexp to match text at start of line that constitutes indentation.")
(defvar adaptive-fill-first-line-regexp (purecopy "\\`[ \t]*\\'")
  "Regexp specifying whether to set fill prefix from a one-line paragraph.")
(defvar adaptive-fill-function nil
  "Function to call to choose a fill prefix for a paragraph, or nil.")
(defvar fill-paragraph-function nil
  "Mode-specific function to fill a paragraph, or nil if there is none.")
(defvar fill-paragraph-handle-comment t
  "Non-nil means paragraph filling will try to pay attention to comments.")
(defvar fill-individual-varying-indent nil
  "Controls criterion for a new paragraph in `fill-individual-paragraphs'.")
(defvar colon-double-space nil
  "Non-nil means put two spaces after a colon when filling.")
(defvar comment-auto-fill-only-comments nil
  "Non-nil means to only auto-fill inside comments.")

(defun current-fill-column ()
  "Return the fill-column to use for this line."
  fill-column)

;;;; The prefix.

(defun fill--line-prefix ()
  ;; The adaptive prefix at the start of the current line: `adaptive-fill-function's, or the text
  ;; `adaptive-fill-regexp' matches there.
  (save-excursion
    (beginning-of-line)
    (or (and adaptive-fill-function (funcall adaptive-fill-function))
        (and adaptive-fill-regexp (looking-at adaptive-fill-regexp)
             (match-string-no-properties 0)))))

(defun fill-context-prefix (from &optional to _first-line-regexp)
  "Compute a fill prefix from the text between FROM and TO.
Of a paragraph of one line, only its indentation counts (`adaptive-fill-first-line-regexp');
otherwise the second line's prefix, when the first line's prefix has its visible characters too."
  (save-excursion
    (goto-char from)
    (if (eolp) (forward-line 1))
    (let* ((first (fill--line-prefix))
           (two-lines (save-excursion (and (zerop (forward-line 1)) (< (point) (or to (point-max))))))
           (second (and two-lines (save-excursion (forward-line 1) (fill--line-prefix)))))
      (cond
       ((not two-lines)
        (and first (string-match-p adaptive-fill-first-line-regexp first) first))
       ((null second) nil)
       ;; The second line's prefix serves when its visible characters are on the first line's too, in
       ;; order (`/*' then ` *', `- ' then `  '); else what both prefixes start with.
       ((fill--chars-in-order-p second (or first "")) second)
       (t (let ((a (or first "")) (n 0))
            (while (and (< n (length a)) (< n (length second)) (eq (aref a n) (aref second n)))
              (setq n (1+ n)))
            (substring second 0 n)))))))

(defun fill--chars-in-order-p (prefix line-prefix)
  ;; Whether the non-blank runs of PREFIX appear in LINE-PREFIX in the same order.
  (let ((re "\\`") (rest prefix))
    (while (string-match "\\`[ \t]*\\([^ \t]+\\)" rest)
      (setq re (concat re ".*" (regexp-quote (match-string 1 rest)))
            rest (substring rest (match-end 0))))
    (string-match-p re line-prefix)))

;;;; Filling.

(defun fill--sentence-end-p (word)
  ;; Whether WORD ends a sentence: a period, question or exclamation mark, maybe inside closing quotes
  ;; or parentheses.
  (string-match-p "[.?!][]\"'”’)}]*\\'" word))

(defun fill--words (text nosqueeze &optional keep-before)
  ;; TEXT (its lines joined by newlines, prefixes removed) as a list of (WORD . GAP): GAP is the
  ;; whitespace to put before the next word when it stays on the same line.  Gaps starting before
  ;; offset KEEP-BEFORE keep their spacing (fill-region-as-paragraph's SQUEEZE-AFTER).
  (let ((pos 0) (len (length text)) (words nil))
    (while (< pos len)
      (if (not (string-match "[^ \t\n]+" text pos))
          (setq pos len)
        (let* ((word (match-string 0 text)) (wend (match-end 0))
               (gap-end (if (string-match "[ \t\n]*" text wend) (match-end 0) wend))
               (gap (substring text wend gap-end)))
          (push (cons word
                      (cond ((or nosqueeze (and keep-before (< wend keep-before)))
                             (replace-regexp-in-string "\n" " " gap))
                            ((and sentence-end-double-space (fill--sentence-end-p word)
                                  (or (string-match-p "\n" gap) (>= (length gap) 2)))
                             "  ")
                            ((and colon-double-space (string-suffix-p ":" word)) "  ")
                            (t " ")))
                words)
          (setq pos gap-end))))
    (nreverse words)))

(defun fill-region-as-paragraph (from to &optional _justify nosqueeze squeeze-after)
  "Fill the region as if it were a single paragraph.
The first line keeps its start; the others start with the fill prefix.  With NOSQUEEZE, spacing
between words is kept; with SQUEEZE-AFTER (a position on the first line), only before it."
  (interactive "r")
  (let* ((from (min from to)) (to (max from to))
         (end (copy-marker to))
         (end-of-text nil)
         (prefix (or (and fill-prefix (not (equal fill-prefix "")) fill-prefix)
                     (and adaptive-fill-mode (fill-context-prefix from to))
                     "")))
    (save-excursion
      (goto-char from)
      (skip-chars-forward " \t\n" end)
      (beginning-of-line)
      (let* ((start (point))
             ;; The text up to the paragraph's final newline, which stays.
             (stop (save-excursion (goto-char end) (skip-chars-backward " \t\n" start) (point)))
             (first-lead (save-excursion
                           (goto-char start)
                           (cond ((and (> (length prefix) 0) (looking-at (regexp-quote prefix))) prefix)
                                 (t (buffer-substring-no-properties
                                     start (progn (skip-chars-forward " \t" stop) (point)))))))
             (lines (split-string (buffer-substring-no-properties start stop) "\n"))
             (body (mapconcat (lambda (line)
                                (cond ((and (> (length prefix) 0) (string-prefix-p prefix line))
                                       (substring line (length prefix)))
                                      ((string-match "\\`[ \t]+" line) (substring line (match-end 0)))
                                      (t line)))
                              lines "\n"))
             ;; SQUEEZE-AFTER as an offset in BODY, whose first line lost FIRST-LEAD.
             (keep-before (and squeeze-after (> squeeze-after start)
                               (<= squeeze-after (save-excursion (goto-char start) (line-end-position)))
                               (- squeeze-after start (length first-lead))))
             (words (fill--words body nosqueeze keep-before))
             (out (list first-lead)) (column (string-width first-lead)) (fc (current-fill-column)))
        (while words
          (let* ((w (car words)) (width (string-width (car w))))
            (push (car w) out)
            (setq column (+ column width))
            (let ((next (cadr words)))
              (when next
                (if (<= (+ column (length (cdr w)) (string-width (car next))) fc)
                    (progn (push (cdr w) out) (setq column (+ column (length (cdr w)))))
                  (push (concat "\n" prefix) out)
                  (setq column (string-width prefix)))))
            (setq words (cdr words))))
        (let ((new (apply #'concat (nreverse out))))
          (if (string= new (buffer-substring-no-properties start stop))
              (setq end-of-text stop)
            (goto-char start)
            (delete-region start stop)
            (insert new)
            (setq end-of-text (point))))))
    (set-marker end nil)
    ;; Point ends after the paragraph's final newline, as GNU leaves it.
    (when end-of-text
      (goto-char end-of-text)
      (unless (eobp) (forward-char 1)))
    nil))

(defun fill-paragraph (&optional justify region)
  "Fill paragraph at or after point (the active region when REGION, as a command)."
  (interactive (list nil t))
  (cond
   ((and region transient-mark-mode mark-active (not (eq (region-beginning) (region-end))))
    (fill-region (region-beginning) (region-end) justify))
   ((and fill-paragraph-function (fboundp fill-paragraph-function)
         (let ((function fill-paragraph-function) (fill-paragraph-function nil))
           (funcall function justify))))
   (t
    (save-excursion
      (let ((end (progn (forward-paragraph) (point)))
            (beg (progn (backward-paragraph) (point))))
        (fill-region-as-paragraph beg end justify))))))

(defun fill-region (from to &optional justify nosqueeze _to-eop)
  "Fill each of the paragraphs in the region."
  (interactive "r")
  (let ((end (copy-marker (max from to))))
    (save-excursion
      (goto-char (min from to))
      (while (< (point) end)
        (skip-chars-forward " \t\n" end)
        (if (>= (point) end)
            (goto-char end)
          (let ((beg (point))
                (pend (copy-marker (save-excursion (forward-paragraph) (min (point) end)))))
            (fill-region-as-paragraph beg pend justify nosqueeze)
            (goto-char pend)
            (set-marker pend nil)
            (when (= (point) beg) (forward-line 1))))))
    (set-marker end nil)
    nil))

;;;; Auto fill.

(defun do-auto-fill ()
  "Break the current line at spaces while it is longer than `fill-column'.
Return t if filling was needed (the line was too long), as GNU's does, even when
no place to break it was found."
  (let ((fc (current-fill-column)) (needed nil) (give-up nil)
        (prefix (or fill-prefix (and adaptive-fill-mode (fill-context-prefix (line-beginning-position) (point))) "")))
    (when fc
      (setq needed (> (current-column) fc))
      (while (and (not give-up) (> (current-column) fc))
        (let ((break
               (save-excursion
                 (move-to-column (1+ fc))
                 ;; The last space at or before the fill column, after the prefix and the first word.
                 (let ((lim (save-excursion (beginning-of-line) (skip-chars-forward " \t") (point))))
                   ;; Never earlier than the fill prefix is wide: the new line would be no shorter.
                   (when fill-prefix
                     (setq lim (max lim (save-excursion (beginning-of-line)
                                                        (move-to-column (string-width fill-prefix))
                                                        (point)))))
                   (skip-chars-backward "^ \t\n" lim)
                   (if (> (point) lim)
                       (progn (skip-chars-backward " \t" lim) (and (> (point) lim) (point)))
                     ;; One word longer than the column: break after it.
                     (skip-chars-forward "^ \t\n")
                     (and (< (point) (line-end-position))
                          (save-excursion (skip-chars-forward " \t") (not (eolp)))
                          (point)))))))
          (if (not break)
              (setq give-up t)
            (save-excursion
              (goto-char break)
              (delete-horizontal-space)
              (insert "\n" prefix))))))
    needed))

(defun internal-auto-fill ()
  "The function called by `self-insert-command' to perform auto-filling."
  (when (or (not comment-auto-fill-only-comments) (nth 4 (syntax-ppss)))
    (funcall auto-fill-function)))

(defvar normal-auto-fill-function 'do-auto-fill
  "The function to use for `auto-fill-function' if Auto Fill mode is turned on.")

(defvar auto-fill-mode-hook nil "Hook run after Auto Fill mode is toggled.")

(defun auto-fill-mode (&optional arg)
  "Toggle automatic line breaking (Auto Fill mode): on when ARG is positive, or nil from Lisp.
When on, typing a space or newline past `fill-column' breaks the line."
  (interactive (list (or current-prefix-arg 'toggle)))
  (let ((on (cond ((eq arg 'toggle) (not auto-fill-function))
                  ((null arg) t)
                  (t (> (prefix-numeric-value arg) 0)))))
    (setq auto-fill-function (and on normal-auto-fill-function))
    (run-hooks 'auto-fill-mode-hook)
    nil))

(defun turn-on-auto-fill ()
  "Unconditionally turn on Auto Fill mode."
  (auto-fill-mode 1))

(defun turn-off-auto-fill ()
  "Unconditionally turn off Auto Fill mode."
  (auto-fill-mode -1))

(provide 'fill)

;;; fill.el ends here
