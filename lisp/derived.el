;;; derived.el --- define-derived-mode (GNU counterpart: lisp/emacs-lisp/derived.el)  -*- lexical-binding: t -*-

;; Written for tsmacs.  A derived major mode CHILD of PARENT gets its own hook CHILD-hook, keymap
;; CHILD-map, syntax table CHILD-syntax-table and abbrev table CHILD-abbrev-table, each inheriting
;; from the parent's (set up the first time the mode runs, as in GNU), and the property
;; `derived-mode-parent' that `derived-mode-p' follows.  The mode function runs the parent's body
;; first, with the parent's mode hooks delayed until CHILD's own `run-mode-hooks'.

;;; Code:

(defun derived-mode-hook-name (mode)
  "The name of MODE's hook variable."
  (intern (concat (symbol-name mode) "-hook")))

(defun derived-mode-map-name (mode)
  "The name of MODE's keymap variable."
  (intern (concat (symbol-name mode) "-map")))

(defun derived-mode-syntax-table-name (mode)
  "The name of MODE's syntax table variable."
  (intern (concat (symbol-name mode) "-syntax-table")))

(defun derived-mode-abbrev-table-name (mode)
  "The name of MODE's abbrev table variable."
  (intern (concat (symbol-name mode) "-abbrev-table")))

(defun derived-mode-make-docstring (parent child &optional docstring syntax abbrev)
  "CHILD's documentation: DOCSTRING, or a generated one, plus its hook and keymap.
PARENT is nil for a mode derived from `fundamental-mode'; SYNTAX and ABBREV name
the mode's own tables (nil when it has none)."
  (let ((map (derived-mode-map-name child))
        (hook (derived-mode-hook-name child))
        (tables (cond ((and abbrev syntax) (format ", `%s' and `%s'" abbrev syntax))
                      ((or abbrev syntax) (format " and `%s'" (or abbrev syntax)))
                      (t ""))))
    (unless (stringp docstring)
      (setq docstring
            (if parent
                (format "Major mode derived from `%s' by `define-derived-mode'.
It inherits all of the parent's attributes, but has its own keymap%s:

%s

which more-or-less shadow%s %s's corresponding table%s."
                        parent
                        (cond ((and abbrev syntax) ",\nabbrev table and syntax table")
                              (abbrev "\nand abbrev table")
                              (syntax "\nand syntax table")
                              (t ""))
                        (internal--format-docstring-line "  `%s'%s" map tables)
                        (if (or abbrev syntax) "" "s")
                        parent
                        (if (or abbrev syntax) "s" ""))
              (concat "Major-mode.\n"
                      (internal--format-docstring-line
                       "Uses keymap `%s'%s%s." map
                       (if abbrev (format "%s abbrev table `%s'" (if syntax "," " and") abbrev) "")
                       (if syntax (format " and syntax-table `%s'" syntax) ""))))))
    ;; Mention the hook, unless the docstring already does.
    (unless (string-match (regexp-quote (symbol-name hook)) docstring)
      (setq docstring
            (concat docstring "\n\n"
                    (internal--format-docstring-line
                     "%s%s%s"
                     (if parent
                         (concat "In addition to any hooks its parent mode "
                                 (unless (string-match (format "[`‘]%s['’]" (regexp-quote (symbol-name parent)))
                                                       docstring)
                                   (format "`%s' " parent))
                                 "might have run, this mode ")
                       "This mode ")
                     (format "runs the hook `%s'" hook)
                     ", as the final or penultimate step during initialization."))))
    ;; And the keymap, unless there is a \\{...} or \\[...] already.
    (unless (string-match "\\\\[{[]" docstring)
      (setq docstring (concat docstring "\n\n\\{" (symbol-name map) "}")))
    docstring))

(defmacro define-derived-mode (child parent name &rest body)
  "Define CHILD as a major mode that inherits from PARENT.
NAME is the mode's `mode-name'.  BODY may start with a docstring and keyword
arguments: :group, :syntax-table (a table, or nil for none of its own),
:abbrev-table (likewise), :after-hook (a form run after the mode hooks) and
:interactive (nil makes the mode function no command).  The rest of BODY runs
after the parent's set-up and before the mode hooks.

\(fn CHILD PARENT NAME [DOCSTRING] [KEYWORD-ARGS...] &rest BODY)"
  (declare (indent defun) (doc-string 4))
  (let ((docstring (and (stringp (car body)) (pop body)))
        (map (derived-mode-map-name child))
        (syntax (derived-mode-syntax-table-name child))
        (abbrev (derived-mode-abbrev-table-name child))
        (own-syntax t) (own-abbrev t)
        (hook (derived-mode-hook-name child))
        (group nil) (interactive t) (after-hook nil))
    (when (eq parent 'fundamental-mode) (setq parent nil))
    (while (keywordp (car body))
      (pcase (pop body)
        (:group (setq group (pop body)))
        (:abbrev-table (setq abbrev (pop body) own-abbrev nil))
        (:syntax-table (setq syntax (pop body) own-syntax nil))
        (:after-hook (setq after-hook (pop body)))
        (:interactive (setq interactive (pop body)))
        (_ (pop body))))
    `(progn
       (defvar ,hook nil)
       (unless (get ',hook 'variable-documentation)
         (put ',hook 'variable-documentation
              ,(format "Hook run after entering %s mode.
No problems result if this variable is not bound.
`add-hook' automatically binds it.  (This is true for all hook variables.)" name)))
       (unless (boundp ',map) (put ',map 'definition-name ',child))
       (with-no-warnings (defvar ,map (make-sparse-keymap)))
       (unless (get ',map 'variable-documentation)
         (put ',map 'variable-documentation (purecopy ,(format "Keymap for `%s'." child))))
       ,(and own-syntax
             `(progn
                (defvar ,syntax)
                (unless (boundp ',syntax)
                  (put ',syntax 'definition-name ',child)
                  (defvar ,syntax (make-syntax-table)))
                (unless (get ',syntax 'variable-documentation)
                  (put ',syntax 'variable-documentation
                       (purecopy ,(format "Syntax table for `%s'." child))))))
       ,(and own-abbrev
             `(progn
                (defvar ,abbrev)
                (unless (boundp ',abbrev)
                  (put ',abbrev 'definition-name ',child)
                  (defvar ,abbrev (progn (define-abbrev-table ',abbrev nil) ,abbrev)))
                (unless (get ',abbrev 'variable-documentation)
                  (put ',abbrev 'variable-documentation
                       (purecopy ,(format "Abbrev table for `%s'." child))))))
       (put ',child 'derived-mode-parent ',parent)
       ,(and group `(put ',child 'custom-mode-group ,group))
       (defun ,child ()
         ,(derived-mode-make-docstring parent child docstring syntax abbrev)
         ,(and interactive '(interactive))
         (delay-mode-hooks
           (,(or parent 'kill-all-local-variables))
           (setq major-mode ',child)
           (setq mode-name ,name)
           ,(and parent
                  `(progn
                    (if (get ',parent 'mode-class)
                        (put ',child 'mode-class (get ',parent 'mode-class)))
                    ;; The tables inherit from the parent's the first time the mode runs.
                    (unless (keymap-parent ,map)
                      (set-keymap-parent ,map (current-local-map)))
                    ,(and own-syntax
                          `(let ((parent (char-table-parent ,syntax)))
                             (unless (and parent (not (eq parent (standard-syntax-table))))
                               (set-char-table-parent ,syntax (syntax-table)))))
                    ,(and own-abbrev
                          `(unless (or (abbrev-table-get ,abbrev :parents)
                                       (eq ,abbrev local-abbrev-table))
                             (abbrev-table-put ,abbrev :parents (list local-abbrev-table))))))
           (use-local-map ,map)
           ,(and syntax `(set-syntax-table ,syntax))
           ,(and abbrev `(setq local-abbrev-table ,abbrev))
           ,@body)
         ;; `run-mode-hooks' runs the :after-hook form after all the mode hooks.
         ,@(and after-hook
                `((push (lambda () ,after-hook) delayed-after-hook-functions)))
         (run-mode-hooks ',hook)))))

(provide 'derived)
;;; derived.el ends here
