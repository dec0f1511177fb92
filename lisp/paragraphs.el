;;; paragraphs.el --- paragraph and sentence motion  -*- lexical-binding: t -*-

;; tsmacs's own version of the core of GNU Emacs's paragraphs.el: paragraphs are runs of lines between
;; separator lines (`paragraph-separate') or starting at a `paragraph-start' line, sentences end where
;; `sentence-end' matches.  Fill-prefix handling and hard newlines are not done yet.

(defvar paragraph-start "\f\\|[ \t]*$"
  "Regexp for beginning of a line that starts OR separates paragraphs.")
(make-variable-buffer-local 'paragraph-start)
(defvar paragraph-separate "[ \t\f]*$"
  "Regexp for beginning of a line that separates paragraphs.")
(make-variable-buffer-local 'paragraph-separate)
(defvar sentence-end-double-space t
  "Non-nil means a single space does not end a sentence.")
(defvar sentence-end-without-period nil
  "Non-nil means a sentence will end without a period.")
(defvar sentence-end-without-space "。．？！"
  "String of characters that end sentence without following spaces.")
(defvar sentence-end nil
  "Regexp describing the end of a sentence.
The value includes the whitespace following the sentence.
All paragraph boundaries also end sentences, regardless.
The value nil means to use the default value defined by the
function `sentence-end'.")
(make-variable-buffer-local 'sentence-end)
(defvar sentence-end-base "[.?!…‽][]\"'”’)}»›]*"
  "Regexp matching the basic end of a sentence, not including following space.")
(make-variable-buffer-local 'sentence-end-base)
(defvar page-delimiter "^\014"
  "Regexp describing line-beginnings that separate pages.")
(defvar paragraph-ignore-fill-prefix nil
  "Non-nil means the paragraph commands are not affected by `fill-prefix'.")

(defun sentence-end ()
  "Return the regexp describing the end of a sentence.
This function returns either the value of the variable `sentence-end'
if it is non-nil, or the default value constructed from the
variables `sentence-end-base', `sentence-end-double-space',
`sentence-end-without-period' and `sentence-end-without-space'."
  (or sentence-end
      (concat (if sentence-end-without-period "\\w[ \u00a0][ \u00a0]\\|")
              "\\("
              sentence-end-base
              (if sentence-end-double-space
                  "\\($\\|[ \u00a0]$\\|\t\\|[ \u00a0][ \u00a0]\\)" "\\($\\|[\t \u00a0]\\)")
              "\\|[" sentence-end-without-space "]+"
              "\\)"
              "[ \u00a0\t\n]*")))

(defun paragraphs--separator-p ()
  "Non-nil when the line at point separates paragraphs."
  (save-excursion (beginning-of-line) (looking-at paragraph-separate)))

(defun paragraphs--start-p ()
  "Non-nil when the line at point starts (or separates) paragraphs."
  (save-excursion (beginning-of-line) (looking-at paragraph-start)))

(defun paragraphs--forward-one ()
  "Move to the end of the paragraph at or after point: the start of the line that ends it."
  (beginning-of-line)
  (while (and (not (eobp)) (paragraphs--separator-p)) (forward-line 1))
  (unless (eobp)
    (forward-line 1)
    (while (and (not (eobp)) (not (paragraphs--start-p))) (forward-line 1))))

(defun paragraphs--backward-one ()
  "Move to the start of the paragraph before point: the separator line before it, or its first line."
  (let ((start (point)))
    (beginning-of-line)
    (when (= (point) start) (forward-line -1))
    ;; Back over separator lines, then over the paragraph's lines.
    (while (and (not (bobp)) (paragraphs--separator-p)) (forward-line -1))
    (while (and (not (bobp))
                (not (paragraphs--start-p))
                (progn (forward-line -1) (not (paragraphs--separator-p)))))
    ;; Stopped on a separator line: the paragraph begins below it, and the motion ends on it.
    (when (and (bobp) (not (paragraphs--separator-p)) (not (paragraphs--start-p)))
      (goto-char (point-min)))))

(defun forward-paragraph (&optional arg)
  "Move forward to end of paragraph.
With argument ARG, do it ARG times;
a negative argument ARG = -N means move backward N paragraphs."
  (interactive "^p")
  (or arg (setq arg 1))
  (while (> arg 0) (paragraphs--forward-one) (setq arg (1- arg)))
  (while (< arg 0) (paragraphs--backward-one) (setq arg (1+ arg)))
  0)

(defun backward-paragraph (&optional arg)
  "Move backward to start of paragraph.
With argument ARG, do it ARG times;
a negative argument ARG = -N means move forward N paragraphs."
  (interactive "^p")
  (or arg (setq arg 1))
  (forward-paragraph (- arg)))

(defun mark-paragraph (&optional arg allow-extend)
  "Put point at beginning of this paragraph, mark at end.
The paragraph marked is the one that contains point or follows point."
  (interactive "p\np")
  (ignore allow-extend)
  (unless arg (setq arg 1))
  (when (zerop arg) (error "Cannot mark zero paragraphs"))
  (forward-paragraph arg)
  (push-mark nil t t)
  (backward-paragraph arg))

(defun kill-paragraph (arg)
  "Kill forward to end of paragraph.
With arg N, kill forward to Nth end of paragraph;
negative arg -N means kill backward to Nth start of paragraph."
  (interactive "p")
  (kill-region (point) (progn (forward-paragraph arg) (point))))

(defun backward-kill-paragraph (arg)
  "Kill back to start of paragraph.
With arg N, kill back to Nth start of paragraph;
negative arg -N means kill forward to Nth end of paragraph."
  (interactive "p")
  (kill-region (point) (progn (backward-paragraph arg) (point))))

(defun transpose-paragraphs (arg)
  "Interchange the current paragraph with the next one.
With prefix argument ARG a non-zero integer, moves the current
paragraph past ARG paragraphs, leaving point after the current paragraph."
  (interactive "*p")
  (transpose-subr 'forward-paragraph arg))

(defun start-of-paragraph-text ()
  "Move to the start of the current paragraph's text, after any blank lines."
  (let ((opoint (point)) npoint)
    (forward-paragraph -1)
    (setq npoint (point))
    (skip-chars-forward " \t\n")
    ;; When the text starts at or after where we were, the paragraph before is the one meant.
    (when (>= (point) opoint)
      (goto-char npoint)
      (when (> npoint (point-min)) (start-of-paragraph-text)))))

(defun end-of-paragraph-text ()
  "Move to the end of the current paragraph's text, before its final newline."
  (let ((opoint (point)))
    (forward-paragraph 1)
    (when (eq (preceding-char) ?\n) (forward-char -1))
    (when (<= (point) opoint)
      (forward-char 1)
      (when (< (point) (point-max)) (end-of-paragraph-text)))))

(defun forward-sentence (&optional arg)
  "Move forward to next end of sentence.  With argument ARG, repeat.
With negative argument, move backward repeatedly to start of sentence.

The variable `sentence-end' is a regular expression that matches ends of
sentences.  Also, every paragraph boundary terminates sentences as well."
  (interactive "^p")
  (or arg (setq arg 1))
  (let ((opoint (point))
        (sentence-end (sentence-end)))
    (while (< arg 0)
      (let ((pos (point))
            (par-beg (save-excursion (start-of-paragraph-text) (point))))
        (if (and (re-search-backward sentence-end par-beg t)
                 (or (< (match-end 0) pos)
                     (re-search-backward sentence-end par-beg t)))
            (goto-char (match-end 0))
          (goto-char par-beg)))
      (setq arg (1+ arg)))
    (while (> arg 0)
      (let ((par-end (save-excursion (end-of-paragraph-text) (point))))
        (if (re-search-forward sentence-end par-end t)
            (skip-chars-backward " \t\n")
          (goto-char par-end)))
      (setq arg (1- arg)))
    (let ((npoint (constrain-to-field nil opoint t)))
      (unless (= npoint opoint) (goto-char npoint))))
  (point))

(defun backward-sentence (&optional arg)
  "Move backward to start of sentence.
With ARG, do it ARG times.  See `forward-sentence' for more
information."
  (interactive "^p")
  (or arg (setq arg 1))
  (forward-sentence (- arg)))

(defun kill-sentence (&optional arg)
  "Kill from point to end of sentence.
With arg, repeat; negative arg -N means kill back to Nth start of sentence."
  (interactive "p")
  (kill-region (point) (progn (forward-sentence arg) (point))))

(defun backward-kill-sentence (&optional arg)
  "Kill back from point to start of sentence.
With arg, repeat, or kill forward to Nth end of sentence if negative arg."
  (interactive "p")
  (kill-region (point) (progn (backward-sentence arg) (point))))

(defun mark-end-of-sentence (arg)
  "Put mark at end of sentence.  Arg works as in `forward-sentence'.
If this command is repeated, it marks the next ARG sentences after the
ones already marked."
  (interactive "p")
  (push-mark
   (save-excursion
     (if (and (eq last-command this-command) (mark t))
         (goto-char (mark)))
     (forward-sentence arg)
     (point))
   nil t))

(defun transpose-sentences (arg)
  "Interchange the current sentence with the next one.
With prefix argument ARG a non-zero integer, moves the current
sentence past ARG sentences, leaving point after the current sentence."
  (interactive "*p")
  (transpose-subr 'forward-sentence arg))

(defun repunctuate-sentences (&optional no-query start end)
  "Put two spaces at the end of sentences from point to the end of buffer.
It works using `query-replace-regexp'.  In Transient Mark mode, if the
mark is active, operate on the contents of the region.  Second and third
arg START and END specify the region to operate on.
If optional argument NO-QUERY is non-nil, make changes without asking
for confirmation."
  (interactive)
  ;; A sentence end (with closing quotes or parentheses on either side of the punctuation) followed by
  ;; spaces gets exactly two.
  (let ((regexp "\\([]\"')]?\\)\\([.?!]\\)\\([]\"')]?\\) +")
        (to-string "\\1\\2\\3  "))
    (if no-query
        (perform-replace regexp to-string nil t nil nil nil start end)
      (query-replace-regexp regexp to-string nil start end))))

(provide 'paragraphs)

;;; paragraphs.el ends here
