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

(defvar emacs-lisp-mode-map
  ;; GNU's own bindings of the map (its menu left out); define-derived-mode gives it its parent.
  (let ((map (make-sparse-keymap)))
    (define-key map "\e\t" 'completion-at-point)
    (define-key map "\e\C-x" 'eval-defun)
    (define-key map "\e\C-q" 'indent-pp-sexp)
    ;; GNU's Emacs-Lisp menu (made with easy-menu there), its entries for the commands we have.
    (let ((menu (make-sparse-keymap "Emacs-Lisp")))
      (define-key map [menu-bar emacs-lisp] (list 'menu-item "Emacs-Lisp" menu))
      (dolist (item (reverse
                     '((Indent\ Line "Indent Line" lisp-indent-line)
                       (Indent\ Region "Indent Region" indent-region :enable mark-active
                        :help "Indent each nonblank line in the region")
                       (Evaluate\ Last\ S-expression "Evaluate Last S-expression" eval-last-sexp
                        :help "Evaluate sexp before point; print value in echo area")
                       (Evaluate\ Region "Evaluate Region" eval-region :enable mark-active
                        :help "Execute the region as Lisp code")
                       (Evaluate\ Buffer "Evaluate Buffer" eval-buffer
                        :help "Execute the current buffer as Lisp code")
                       (Byte-compile\ File "Byte-compile File..." byte-compile-file
                        :help "Byte compile a file of Lisp code"))))
        (define-key menu (vector (car item)) (cons 'menu-item (cdr item)))))
    map)
  "Keymap for Emacs Lisp mode.
All commands in `lisp-mode-shared-map' are inherited by this map.")

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

(defvar lisp-interaction-mode-map
  (let ((map (make-sparse-keymap)))
    (define-key map "\e\C-x" 'eval-defun)
    (define-key map "\e\C-q" 'indent-pp-sexp)
    (define-key map "\e\t" 'completion-at-point)
    (define-key map "\n" 'eval-print-last-sexp)
    map)
  "Keymap for Lisp Interaction mode.
All commands in `lisp-mode-shared-map' are inherited by this map.")

(define-derived-mode lisp-interaction-mode emacs-lisp-mode "Lisp Interaction"
  "Major mode for typing and evaluating Lisp forms."
  :abbrev-table nil
  (setq-local lexical-binding t))

;;; Evaluating the defun at point (GNU: elisp-mode.el's eval-defun family).

(defun elisp--eval-defun-1 (form)
  "Treat some expressions specially.
Reset the `defvar' and `defcustom' variables to the initial value.
\(For `defcustom', use the :set function if there is one.)"
  (cond ((not (consp form)) form)
        ;; A defvar with a value re-sets the variable, unlike a plain evaluation.
        ((and (eq (car form) 'defvar) (cdr-safe (cdr-safe form)) (boundp (cadr form)))
         `(progn (defvar ,(nth 1 form) nil ,@(nthcdr 3 form))
                 (setq-default ,(nth 1 form) ,(nth 2 form))))
        ;; defcustom macroexpands to custom-declare-variable with the value expression quoted.
        ((and (eq (car form) 'custom-declare-variable)
              (default-boundp (eval (nth 1 form) lexical-binding)))
         (let ((setter (car-safe (cdr-safe (memq :set form)))))
           (funcall (if (functionp setter) setter #'set-default)
                    (eval (nth 1 form) lexical-binding)
                    (eval (eval (nth 2 form) lexical-binding))))
         form)
        ((eq (car form) 'progn) (cons 'progn (mapcar #'elisp--eval-defun-1 (cdr form))))
        (t form)))

(defun eval-sexp-add-defvars (exp &optional pos)
  "Prepend EXP with all the `defvar's that precede it in the buffer.
POS specifies the starting position where EXP was found and defaults to point."
  (if (not lexical-binding)
      exp
    (save-excursion
      (let ((limit (or pos (point)))
            (vars nil))
        (goto-char (point-min))
        ;; Top-level declarations before EXP of variables not yet special in this Emacs.
        (while (re-search-forward "(def\\(?:var\\|const\\|custom\\)[ \t\n]+\\([^; '()\n\t]+\\)" limit t)
          (let ((var (intern (match-string 1))))
            (unless (or (special-variable-p var)
                        (nth 1 (save-excursion (syntax-ppss (match-beginning 0)))))
              (push var vars))))
        `(progn ,@(mapcar (lambda (v) (list 'defvar v)) vars) ,exp)))))

(defun elisp--defun-bounds ()
  "Start and end of the top-level form containing point, or else the next one."
  (save-excursion
    (let ((ppss (syntax-ppss)))
      (cond ((nth 9 ppss) (goto-char (car (nth 9 ppss))))
            ((nth 8 ppss) (goto-char (nth 8 ppss))))
      (forward-comment (buffer-size))
      ;; After the last form, GNU's end-of-defun/beginning-of-defun pair lands on that form.
      (when (eobp) (backward-sexp))
      (let ((beg (point)))
        (forward-sexp)
        (cons beg (point))))))

(defun elisp--eval-defun ()
  "Evaluate the defun that point is in or before, display and return its value."
  (defvar elisp--eval-defun-result)
  (let ((print-length (bound-and-true-p eval-expression-print-length))
        (print-level (bound-and-true-p eval-expression-print-level))
        (elisp--eval-defun-result nil))
    (save-excursion
      (let* ((bounds (elisp--defun-bounds))
             (beg (car bounds))
             (end (cdr bounds))
             (form (save-excursion (goto-char beg) (funcall load-read-function (current-buffer))))
             (form (eval-sexp-add-defvars (elisp--eval-defun-1 (macroexpand form)) beg)))
        ;; eval-region records the buffer's file as the source (macroexp-file-name, load-history).
        (eval-region beg end standard-output
                     (lambda (_ignore)
                       (goto-char end)
                       `(setq elisp--eval-defun-result ,form)))))
    (let ((str (eval-expression-print-format elisp--eval-defun-result)))
      (if str (princ str)))
    elisp--eval-defun-result))

(defun eval-defun (edebug-it)
  "Evaluate the top-level form containing point, or after point.
If the form is a `defvar' or `defcustom', reset the variable to its initial value
\(which `defvar' alone does not do).  With a prefix argument EDEBUG-IT, instrument
the code for Edebug instead (when Edebug is loaded, its advice does that).
Return the value of the form, after displaying it."
  (interactive "P")
  (if (and edebug-it (not (featurep 'edebug)))
      (progn (require 'edebug) (eval-defun edebug-it))
    (elisp--eval-defun)))

(provide 'elisp-mode)
;;; elisp-mode.el ends here
