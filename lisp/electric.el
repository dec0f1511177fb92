;;; electric.el --- electric indentation after a typed newline  -*- lexical-binding: t -*-

;; Written for tsmacs (GNU counterpart: the `electric-indent-mode' part of lisp/electric.el).
;; Preloaded, and on by default as in GNU Emacs 28: typing a character of `electric-indent-chars'
;; (a newline) reindents the line it ended, drops that line's trailing whitespace, and indents the
;; new line, through `post-self-insert-hook'.  `newline' called from Lisp (not interactively) is
;; not electric.

;;; Code:

(defvar electric-indent-chars '(?\n)
  "Characters that should cause automatic reindentation.")

(defvar electric-indent-functions nil
  "Special hook run to decide whether to auto-indent.
Each function is called with one argument (the inserted char), with point right after that char,
and should return t to indent, `no-indent' to prevent it, or nil to let other functions decide.")

(defvar electric-indent-functions-without-reindent
  '(indent-relative indent-to-left-margin indent-relative-maybe indent-relative-first-indent-point
    py-indent-line coffee-indent-line org-indent-line yaml-indent-line haskell-indentation-indent-line
    haskell-indent-cycle haskell-simple-indent yaml-indent-line)
  "List of indent functions that can't reindent: with them, only the new line is indented.")

(defvar-local electric-indent-inhibit nil
  "If non-nil, reindentation is not appropriate for this buffer.")

(defun electric-indent--wanted-p (pos)
  ;; Whether the character before POS asks for indentation (not in a string or comment, unless a
  ;; function of `electric-indent-functions' says `do-indent').
  (save-excursion
    (goto-char pos)
    (let ((act (or (run-hook-with-args-until-success 'electric-indent-functions last-command-event)
                   (memq last-command-event electric-indent-chars))))
      (not (or (memq act '(nil no-indent))
               (and (not (eq act 'do-indent)) (nth 8 (syntax-ppss))))))))

(defun electric-indent-post-self-insert-function ()
  "Function that `electric-indent-mode' adds to `post-self-insert-hook'."
  (when (and electric-indent-mode
             ;; Spaces typed at the start of a line are the user's own indentation.
             (or (not (memq last-command-event '(?\s ?\t)))
                 (save-excursion (skip-syntax-backward " ") (not (bolp))))
             (eq (char-before) last-command-event)
             (electric-indent--wanted-p (point)))
    (let ((pos (point)))
      ;; Indentation that fails is given up silently: nobody asked for it explicitly.
      (catch 'electric-indent--failed
        (let ((at-newline (<= pos (line-beginning-position))))
          (when at-newline
            (let ((eol (copy-marker (1- pos) t)))
              (save-excursion
                (unless (or electric-indent-inhibit
                            (memq indent-line-function electric-indent-functions-without-reindent))
                  (goto-char eol)
                  (condition-case nil (indent-according-to-mode)
                    (error (throw 'electric-indent--failed nil))))
                (unless (eq electric-indent-inhibit 'electric-layout-mode)
                  ;; The line just ended keeps no trailing whitespace.
                  (goto-char eol)
                  (skip-chars-backward " \t")
                  (delete-region (point) eol)))
              (set-marker eol nil)))
          (unless (and electric-indent-inhibit (not at-newline))
            (condition-case nil (indent-according-to-mode)
              (error (throw 'electric-indent--failed nil)))))))))

(define-minor-mode electric-indent-mode
  "Toggle on-the-fly reindentation of text lines (Electric Indent mode).
When enabled, typing a character of `electric-indent-chars' reindents the current line."
  :global t :init-value t
  (if (not electric-indent-mode)
      (unless (catch 'found
                (dolist (buf (buffer-list))
                  (with-current-buffer buf
                    (if electric-indent-mode (throw 'found t)))))
        (remove-hook 'post-self-insert-hook #'electric-indent-post-self-insert-function))
    (add-hook 'post-self-insert-hook #'electric-indent-post-self-insert-function 60)))

(defvar electric-indent-local-mode-hook nil "Hook run after `electric-indent-local-mode' changes.")

(defun electric-indent-local-mode (&optional arg)
  "Toggle `electric-indent-mode' only in this buffer (on when ARG is positive or nil from Lisp)."
  (interactive (list (or current-prefix-arg 'toggle)))
  (let ((on (cond ((eq arg 'toggle) (not electric-indent-mode))
                  ((null arg) t)
                  (t (> (prefix-numeric-value arg) 0)))))
    (setq-local electric-indent-mode on)
    (if (eq on (default-value 'electric-indent-mode))
        (kill-local-variable 'electric-indent-mode)
      ;; Globally off, locally on: the hook must still run.
      (when on (add-hook 'post-self-insert-hook #'electric-indent-post-self-insert-function 60)))
    (run-hooks 'electric-indent-local-mode-hook)
    on))

;; On by default, as in GNU Emacs.
(add-hook 'post-self-insert-hook #'electric-indent-post-self-insert-function 60)

(provide 'electric)

;;; electric.el ends here
