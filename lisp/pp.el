;;; pp.el --- pretty printer for Emacs Lisp (GNU counterpart: lisp/emacs-lisp/pp.el)  -*- lexical-binding: t -*-

;; Written for tsmacs from the Emacs manual ("Output Functions") and observed GNU 28.2 output.
;; The layout is GNU's: print the object on one line, break the line before every list that
;; follows whitespace and after every run of closing parens, then indent the result as Lisp
;; code.  Lists therefore run one element per line while atoms stay beside their predecessor.

;;; Code:

(defvar pp-escape-newlines t
  "Value of `print-escape-newlines' used by pp-* functions.")

(defun pp-to-string (object)
  "Return a string containing the pretty-printed representation of OBJECT."
  (with-temp-buffer
    (lisp-mode-variables nil)
    (set-syntax-table emacs-lisp-mode-syntax-table)
    (let ((print-escape-newlines pp-escape-newlines)
          (print-quoted t))
      (prin1 object (current-buffer)))
    (pp-buffer)
    (buffer-string)))

(defun pp-buffer ()
  "Prettify the current buffer with printed representation of a Lisp object."
  (interactive)
  (goto-char (point-min))
  (let ((done nil))
    (while (not (or done (eobp)))
      (cond
       ((condition-case nil (progn (down-list 1) t) (error nil))
        ;; Entered a list: start it on a fresh line unless it follows an open paren or
        ;; begins the buffer (its prefix characters go along with it).
        (save-excursion
          (backward-char 1)
          (skip-chars-backward "'`#^")
          (when (and (not (bobp)) (memq (char-before) '(?\s ?\t ?\n)))
            (delete-region (point) (progn (skip-chars-backward " \t\n") (point)))
            (insert "\n"))))
       ((condition-case nil (progn (up-list 1) t) (error nil))
        ;; Left a list: whatever follows the closing parens goes on the next line.
        (skip-syntax-forward ")")
        (delete-region (point) (progn (skip-chars-forward " \t\n") (point)))
        (insert ?\n))
       (t (setq done t)))))
  (goto-char (point-min))
  (indent-sexp))

(defun pp (object &optional stream)
  "Output the pretty-printed representation of OBJECT, any Lisp object."
  (princ (pp-to-string object) (or stream standard-output)))

(provide 'pp)
;;; pp.el ends here
