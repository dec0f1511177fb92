;;; rect.el --- rectangles of text, and tabify  -*- lexical-binding: t -*-

;; Written for tsmacs (GNU counterparts: lisp/rect.el and lisp/tabify.el).  Autoloaded.  A rectangle is
;; the columns between those of START and END (END's column excluded) on every line from START's to
;; END's.  Extracting pads short lines with spaces; a tab only partly inside the rectangle is taken as
;; the spaces it stands for.

;;; Code:

(defvar killed-rectangle nil
  "Rectangle for `yank-rectangle' to insert.")

(defun apply-on-rectangle (function start end &rest args)
  "Call FUNCTION for each line of rectangle with corners at START, END.
FUNCTION is called with two arguments, the start and end columns of the rectangle, plus ARGS;
point is at the beginning of the line.  The value is nil."
  (let ((startcol (save-excursion (goto-char start) (current-column)))
        (endcol (save-excursion (goto-char end) (current-column)))
        (last (save-excursion (goto-char (max start end)) (line-beginning-position))))
    (when (> startcol endcol) (setq startcol (prog1 endcol (setq endcol startcol))))
    (save-excursion
      (goto-char (min start end))
      (beginning-of-line)
      (let ((final (copy-marker last)))
        (while (progn
                 (apply function startcol endcol args)
                 (and (< (point) final) (zerop (forward-line 1)) (<= (point) final))))
        (set-marker final nil)))
    nil))

(defun rect--line-text (startcol endcol)
  ;; The rectangle's part of the current line: padded with spaces, partial tabs as spaces.
  (let* ((p1 (progn (move-to-column startcol) (point))) (c1 (current-column))
         (p2 (progn (move-to-column endcol) (point))) (c2 (current-column))
         (width (- endcol startcol)))
    (if (< c1 startcol)
        (make-string width ?\s)
      (let ((text (buffer-substring p1 p2)))
        (when (or (> c1 startcol) (> c2 endcol))
          ;; A tab straddles an edge: every tab of the piece becomes its spaces.
          (let ((col c1) (out nil))
            (dolist (ch (string-to-list text))
              (if (eq ch ?\t)
                  (let ((next (* tab-width (1+ (/ col tab-width)))))
                    (push (make-string (- next col) ?\s) out) (setq col next))
                (push (char-to-string ch) out) (setq col (+ col (char-width ch)))))
            ;; (GNU keeps the whole of a tab that passes the end column.)
            (setq text (concat (make-string (max 0 (- c1 startcol)) ?\s) (apply #'concat (nreverse out))))))
        (if (< (string-width text) width)
            (concat text (make-string (- width (string-width text)) ?\s))
          text)))))

(defun extract-rectangle (start end)
  "Return the contents of the rectangle with corners at START and END, a list of strings."
  (let ((lines nil))
    (apply-on-rectangle (lambda (startcol endcol) (push (rect--line-text startcol endcol) lines)) start end)
    (nreverse lines)))

(defun rect--delete-line (startcol endcol fill)
  (when (= (move-to-column startcol (if fill t 'coerce)) startcol)
    (delete-region (point) (progn (move-to-column endcol 'coerce) (point)))))

(defun delete-rectangle (start end &optional fill)
  "Delete (don't save) text in the region-rectangle (START to END).
With FILL, short lines are padded so that the rectangle's columns exist."
  (interactive "*r\nP")
  (apply-on-rectangle #'rect--delete-line start end fill))

(defun delete-extract-rectangle (start end &optional fill)
  "Delete the contents of the rectangle with corners at START and END, and return them."
  (let ((lines nil))
    (apply-on-rectangle (lambda (startcol endcol)
                          (push (rect--line-text startcol endcol) lines)
                          (beginning-of-line)
                          (rect--delete-line startcol endcol fill))
                        start end)
    (nreverse lines)))

(defun kill-rectangle (start end &optional fill)
  "Delete the region-rectangle and save it as the last killed one (`killed-rectangle')."
  (interactive "r\nP")
  (if buffer-read-only
      (progn (setq killed-rectangle (extract-rectangle start end))
             (barf-if-buffer-read-only))
    (setq deactivate-mark t)
    (setq killed-rectangle (delete-extract-rectangle start end fill))))

(defun copy-rectangle-as-kill (start end)
  "Copy the region-rectangle and save it as the last killed one."
  (interactive "r")
  (setq killed-rectangle (extract-rectangle start end))
  (setq deactivate-mark t))

(defun insert-rectangle (rectangle)
  "Insert text of RECTANGLE with upper left corner at point.
Each line goes in the same column on successive lines, new lines being made at the end of the
buffer; point ends after the last line's text, and the mark at the first's start."
  (let ((lines rectangle) (column (current-column)) (first t))
    (push-mark)
    (while lines
      (unless first
        (forward-line 1)
        (or (bolp) (insert ?\n))
        (move-to-column column t))
      (setq first nil)
      (insert-for-yank (car lines))
      (setq lines (cdr lines)))))

(defun yank-rectangle ()
  "Yank the last killed rectangle with upper left corner at point."
  (interactive "*")
  (insert-rectangle killed-rectangle))

(defun string-rectangle (start end string)
  "Replace rectangle contents with STRING on each line (each line's part between the columns)."
  (interactive "*r\nsString rectangle: ")
  (apply-on-rectangle (lambda (startcol endcol)
                        (move-to-column startcol t)
                        (delete-region (point) (progn (move-to-column endcol 'coerce) (point)))
                        (insert string))
                      start end))

(defun open-rectangle (start end &optional fill)
  "Blank out the region-rectangle, shifting text right."
  (interactive "*r\nP")
  (apply-on-rectangle (lambda (startcol endcol)
                        (when (= (move-to-column startcol (if fill t 'coerce)) startcol)
                          (unless (and (not fill) (eolp))
                            (indent-to endcol))))
                      start end)
  (goto-char start))

;;;; Tabify (GNU: tabify.el).

(defvar tabify-regexp " [ \t]+"
  "Regexp matching whitespace that tabify should consider.")

(defun untabify (start end &optional _arg)
  "Convert all tabs in region to multiple spaces, preserving columns."
  (interactive "r\nP")
  (save-excursion
    (save-restriction
      (narrow-to-region (point-min) end)
      (goto-char start)
      (while (search-forward "\t" nil t)
        (forward-char -1)
        (let ((tab-beg (point)) (indent-tabs-mode nil) column)
          (skip-chars-forward "\t")
          (setq column (current-column))
          (delete-region tab-beg (point))
          (indent-to column))))))

(defun tabify (start end &optional _arg)
  "Convert multiple spaces in region to tabs when possible, preserving columns."
  (interactive "r\nP")
  (save-excursion
    (save-restriction
      (narrow-to-region (point-min) end)
      (goto-char start)
      (let ((indent-tabs-mode t))
        (while (re-search-forward tabify-regexp nil t)
          ;; The whitespace is replaced only where a tab stop falls inside it.
          (let ((end-col (current-column))
                (beg-col (save-excursion (goto-char (match-beginning 0)) (skip-chars-forward "\t") (current-column))))
            (when (> (/ end-col tab-width) (/ beg-col tab-width))
              (delete-region (match-beginning 0) (point))
              (indent-to end-col))))))))

(provide 'rect)

;;; rect.el ends here
