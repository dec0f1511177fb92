;;; elisp-mode.el --- Emacs Lisp mode and Lisp Interaction mode (GNU counterpart: lisp/progmodes/elisp-mode.el)  -*- lexical-binding: t -*-

;; Written for tsmacs from the Emacs manual ("Lisp Eval", "Program Modes") and observed GNU 28.2
;; behaviour.  The modes themselves and their syntax table; completion, eldoc, xref and flymake
;; integration are not here.

;;; Code:

(defvar emacs-lisp-mode-hook nil "Hook run when entering Emacs Lisp mode.")
(defvar lisp-interaction-mode-hook nil "Hook run when entering Lisp Interaction mode.")

(defvar emacs-lisp-mode-syntax-table
  ;; Emacs Lisp reads [ ] as vector brackets, so the Lisp data table fits unchanged.
  (make-syntax-table lisp-data-mode-syntax-table)
  "Syntax table used in `emacs-lisp-mode'.")

(define-derived-mode emacs-lisp-mode lisp-data-mode
  `("ELisp"
    (lexical-binding (:propertize "/l" help-echo "Using lexical-binding mode")
                     (:propertize "/d" help-echo "Using old dynamic scoping mode\nmouse-1: Enable lexical-binding mode"
                                  face warning mouse-face mode-line-highlight
                                  local-map ,(let ((map (make-sparse-keymap)))
                                               (define-key map [mode-line mouse-1]
                                                 #'elisp-enable-lexical-binding)
                                               map))))
  "Major mode for editing Lisp code to run in Emacs."
  :group 'lisp
  (lisp-mode-variables nil nil 'elisp)
  (setq-local electric-quote-string t)
  (setq imenu-case-fold-search nil))

(define-derived-mode lisp-interaction-mode emacs-lisp-mode "Lisp Interaction"
  "Major mode for typing and evaluating Lisp forms."
  :abbrev-table nil
  (setq-local lexical-binding t))

(provide 'elisp-mode)
;;; elisp-mode.el ends here
