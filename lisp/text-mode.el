;;; text-mode.el --- mode for editing human-language text (GNU counterpart: lisp/textmodes/text-mode.el)  -*- lexical-binding: t -*-

;; Written for tsmacs from the Emacs manual ("Text Mode") and observed GNU 28.2 behaviour.

;;; Code:

(defvar text-mode-hook nil "Normal hook run when entering Text mode and many related modes.")
(put 'text-mode-hook 'variable-documentation "Normal hook run when entering Text mode and many related modes.")

(defvar text-mode-variant nil "Non-nil if this buffer's major mode is a variant of Text mode.")

(defvar text-mode-syntax-table
  (let ((st (make-syntax-table)))
    ;; In prose, quotes and backslashes are punctuation, and an apostrophe belongs to the
    ;; word it is in (don't) but may also prefix one ('quoted').
    (modify-syntax-entry ?\" ".   " st)
    (modify-syntax-entry ?\\ ".   " st)
    (modify-syntax-entry ?' "w p" st)
    ;; The middle dot joins words in Catalan (l·l).
    (modify-syntax-entry ?· "w" st)
    st)
  "Syntax table used while in `text-mode'.")

(define-derived-mode text-mode nil "Text"
  "Major mode for editing text written for humans to read."
  (setq-local text-mode-variant t)
  (setq-local require-final-newline mode-require-final-newline))

(provide 'text-mode)
;;; text-mode.el ends here
