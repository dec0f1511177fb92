;;; prog-mode.el --- the parent of programming language modes (GNU counterpart: lisp/progmodes/prog-mode.el)  -*- lexical-binding: t -*-

;; Written for tsmacs.  The mode itself; GNU's prog-mode commands (prog-indent-sexp, the context
;; menu, prettify-symbols-mode) are not here yet, so its keymap starts empty.

;;; Code:

(defvar prog-mode-hook nil
  "Normal hook run when entering programming modes.")

(define-derived-mode prog-mode fundamental-mode "Prog"
  "Major mode for editing programming language source code."
  (setq-local require-final-newline mode-require-final-newline)
  (setq-local parse-sexp-ignore-comments t)
  ;; Any programming language is always written left to right.
  (setq bidi-paragraph-direction 'left-to-right))

(provide 'prog-mode)
;;; prog-mode.el ends here
