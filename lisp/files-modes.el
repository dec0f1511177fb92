;;; files-modes.el --- choosing a visited file's major mode and its local variables  -*- lexical-binding: t -*-

;; Written for tsmacs (GNU counterpart: the mode and file-local-variable half of lisp/files.el).
;; Preloaded, because packages add to `auto-mode-alist' when they load.  `normal-mode' (called by
;; `after-find-file') picks the major mode -- a `-*- mode: -*-' cookie, a `mode:' in the Local
;; Variables list, the #! interpreter, `magic-mode-alist', the file name in `auto-mode-alist' --
;; and then applies the file's local variables, the safe ones only: in batch mode nobody can be
;; asked about the others, so, as GNU does there, a list with an unsafe variable is not applied.

;;; Code:

;;;; Options.

(defvar auto-mode-alist
  (mapcar (lambda (e) (cons (purecopy (car e)) (cdr e)))
          '(("\\.te?xt\\'" . text-mode)
            ("\\.dir-locals\\(?:-2\\)?\\.el\\'" . lisp-data-mode)
            ("/archive-contents\\'" . lisp-data-mode)
            ("\\.el\\'" . emacs-lisp-mode)
            ("Project\\.ede\\'" . emacs-lisp-mode)
            ("\\.l\\'" . lisp-mode)
            ("\\.li?sp\\'" . lisp-mode)
            ("\\.article\\'" . text-mode)
            ("\\.letter\\'" . text-mode)
            ("/Message[0-9]*\\'" . text-mode)
            ("[:/\\]\\..*\\(emacs\\|gnus\\|viper\\)\\'" . emacs-lisp-mode)
            ("\\`\\..*emacs\\'" . emacs-lisp-mode)
            ("[:/]_emacs\\'" . emacs-lisp-mode)
            ("\\.ml\\'" . lisp-mode)
            ("\\.asd\\'" . lisp-mode)
            ("\\.g?z\\'" nil jka-compr)
            ("\\.~?[0-9]+\\.[0-9][-.0-9]*~?\\'" nil t)
            ("\\.\\(?:orig\\|in\\|[bB][aA][kK]\\)\\'" nil t)))
  "Alist of file name patterns vs corresponding major mode functions.
Each element is (REGEXP . FUNCTION) or (REGEXP FUNCTION NON-NIL); with NON-NIL, the part of the
name REGEXP matched is removed after FUNCTION (when non-nil) is called, and the list is searched
again for the rest of the name.")

(defvar interpreter-mode-alist
  '(("clisp" . lisp-mode) ("emacs" . emacs-lisp-mode)
    ("tail" . text-mode) ("more" . text-mode) ("less" . text-mode) ("pg" . text-mode))
  "Alist mapping interpreter names (regexps matching all of the name) to major modes.")

(defvar magic-mode-alist nil
  "Alist of buffer beginnings vs. corresponding major mode functions, tried before `auto-mode-alist'.")
(defvar magic-fallback-mode-alist nil
  "Like `magic-mode-alist', but tried after `auto-mode-alist'.")
(defvar magic-mode-regexp-match-limit 4000
  "Upper limit on `magic-mode-alist' regexp matches.")
(defvar auto-mode-case-fold t
  "Non-nil means to try a case-insensitive match of the file name when a case-sensitive one fails.")
(defvar auto-mode-interpreter-regexp
  (purecopy "#![ \t]?\\([^ \t\n]*/bin/env[ \t]\\)?\\([^ \t\n]+\\)")
  "Regexp matching interpreters, for file mode determination.")

(defvar enable-local-variables t
  "Control use of local variables in files you visit.
t: apply the safe ones and ask about the others (in batch mode: apply none when some are unsafe);
:safe: apply only the safe ones; :all: apply all; nil: ignore them.")
(defvar enable-local-eval 'maybe
  "Control processing of the \"variable\" `eval' in a file's local variables.")
(defvar safe-local-variable-values nil
  "List of variable-value pairs that are considered safe.")
(defvar safe-local-eval-forms
  '((add-hook 'write-file-hooks 'time-stamp)
    (add-hook 'write-file-functions 'time-stamp)
    (add-hook 'before-save-hook 'time-stamp nil t)
    (add-hook 'before-save-hook 'delete-trailing-whitespace nil t))
  "Expressions that are considered safe in an `eval:' local variable.")
(defvar ignored-local-variables '(ignored-local-variables safe-local-variable-values file-local-variables-alist dir-local-variables-alist)
  "Variables to be ignored in a file's local variable spec.")
(defvar-local file-local-variables-alist nil
  "Alist of file-local variable settings in the current buffer, applied by `hack-local-variables'.")
(put 'file-local-variables-alist 'permanent-local t)
(defvar hack-local-variables-hook nil
  "Normal hook run after processing a file's local variables specs.")

(dolist (e '((fill-column . integerp) (tab-width . integerp) (left-margin . integerp)
             (comment-column . integerp) (kept-new-versions . integerp)
             (indent-tabs-mode . booleanp) (truncate-lines . booleanp) (word-wrap . booleanp)
             (buffer-read-only . booleanp) (lexical-binding . booleanp)
             (sentence-end-double-space . booleanp) (show-trailing-whitespace . booleanp)
             (fill-prefix . string-or-null-p) (outline-regexp . stringp)
             (require-final-newline . symbolp)))
  (put (car e) 'safe-local-variable (cdr e)))
(dolist (v '(eval enable-local-variables enable-local-eval major-mode default-directory
             buffer-file-name buffer-file-truename buffer-undo-list file-name-handler-alist
             load-path exec-path process-environment))
  (put v 'risky-local-variable t))

;;;; Safety.

(defun safe-local-variable-p (sym val)
  "Non-nil if SYM is safe as a file-local variable with value VAL."
  (let ((safep (get sym 'safe-local-variable)))
    (or (member (cons sym val) safe-local-variable-values)
        (and (functionp safep) (funcall safep val)))))

(defun risky-local-variable-p (sym &optional _ignored)
  "Non-nil if SYM could be dangerous as a file-local variable."
  (setq sym (condition-case nil (indirect-variable sym) (error sym)))
  (or (get sym 'risky-local-variable)
      (and (not (get sym 'safe-local-variable))
           ;; Names of hooks, keymaps and commands: a file must not set those.
           (string-match "-\\(?:command\\|frame-alist\\|function\\|functions\\|hook\\|hooks\\|map\\|map-alist\\|mode-alist\\|program\\|predicate\\)\\'"
                         (symbol-name sym)))))

(defun files-modes--safe-eval-p (form)
  (or (member form safe-local-eval-forms)
      (and (consp form) (symbolp (car form)) (get (car form) 'safe-local-eval-function)
           (let ((f (get (car form) 'safe-local-eval-function)))
             (if (functionp f) (funcall f form) t)))))

;;;; Finding the specs.

(defun files-modes--prop-line-bounds ()
  ;; The -*- ... -*- part of the first line (the second after a #! line): (START . END) or nil.
  (save-excursion
    (goto-char (point-min))
    (skip-chars-forward " \t\n")
    (when (looking-at "#!") (forward-line 1))
    (let ((eol (line-end-position)))
      (when (re-search-forward "-\\*-[ \t]*" eol t)
        (let ((start (point)))
          (when (re-search-forward "[ \t]*-\\*-" eol t)
            (cons start (match-beginning 0))))))))

(defun files-modes--prop-line ()
  "The settings of the -*- line as an alist of (VAR . VALUE); a lone mode name is (mode . NAME)."
  (let ((bounds (files-modes--prop-line-bounds)) (result nil))
    (when bounds
      (save-excursion
        (goto-char (car bounds))
        (if (not (save-excursion (re-search-forward ":" (cdr bounds) t)))
            ;; -*- MODENAME -*-
            (push (cons 'mode (intern (buffer-substring-no-properties (car bounds) (cdr bounds)))) result)
          (while (re-search-forward "[ \t]*\\([^ \t\n:;]+\\)[ \t]*:[ \t]*" (cdr bounds) t)
            (let* ((var (intern (match-string-no-properties 1)))
                   (val (save-restriction
                          (narrow-to-region (point) (cdr bounds))
                          (read (current-buffer)))))
              (push (cons (if (eq var 'Mode) 'mode var) val) result)
              (skip-chars-forward " \t;" (cdr bounds)))))))
    (nreverse result)))

(defun files-modes--local-variables-list ()
  "The settings of the Local Variables list at the end of the buffer, as an alist."
  (save-excursion
    (save-restriction
      (widen)
      (goto-char (point-max))
      (search-backward "\n\^L" (max (- (point-max) 3000) (point-min)) 'move)
      (let ((case-fold-search t) (result nil))
        (when (re-search-forward "^\\(.*\\)Local Variables:\\(.*\\)$" nil t)
          (let* ((prefix (match-string-no-properties 1))
                 (suffix (match-string-no-properties 2))
                 (line-re (concat "^" (regexp-quote prefix) "[ \t]*\\([^ \t\n:]+\\)[ \t]*:[ \t]*"))
                 (done nil))
            (forward-line 1)
            (while (and (not done) (not (eobp)))
              (cond
               ((looking-at (concat "^" (regexp-quote prefix) "[ \t]*End:")) (setq done t))
               ((looking-at line-re)
                (let ((var (intern (match-string-no-properties 1)))
                      (eol (line-end-position)))
                  (goto-char (match-end 0))
                  ;; The value ends before the suffix, if the line has one.
                  (let ((end (if (and (> (length suffix) 0)
                                      (save-excursion (search-forward suffix eol t)))
                                 (save-excursion (search-forward suffix eol t) (match-beginning 0))
                               eol)))
                    (push (cons var (save-restriction (narrow-to-region (point) end)
                                                      (read (current-buffer))))
                          result))))
               (t (error "Local variables entry is missing the prefix")))
              (forward-line 1))))
        (nreverse result)))))

(defun files-modes--mode-function (name)
  ;; `mode: text' names text-mode.
  (let ((s (downcase (symbol-name name))))
    (intern (if (string-suffix-p "-mode" s) s (concat s "-mode")))))

;;;; Applying them.

(defun hack-local-variables (&optional handle-mode inhibit-locals)
  "Parse and put into effect this buffer's local variables spec.
HANDLE-MODE nil applies all of them, `mode' included; t only returns the mode named (if any);
`no-mode' ignores `mode'.  With INHIBIT-LOCALS, only the -*- line is looked at."
  (let* ((specs (append (files-modes--prop-line)
                        (unless inhibit-locals (files-modes--local-variables-list))))
         (mode (cdr (assq 'mode specs))))
    (if (eq handle-mode t)
        (and mode (files-modes--mode-function mode))
      (let ((vars nil) (unsafe nil))
        (dolist (spec specs)
          (let ((var (car spec)) (val (cdr spec)))
            (cond ((memq var '(mode coding unibyte)))
                  ((memq var ignored-local-variables))
                  ((eq var 'eval)
                   (push spec vars)
                   (unless (or (eq enable-local-eval t) (files-modes--safe-eval-p val)) (push spec unsafe)))
                  (t
                   (push spec vars)
                   (when (or (risky-local-variable-p var) (not (safe-local-variable-p var val)))
                     (push spec unsafe))))))
        (setq vars (nreverse vars))
        ;; Which are applied (GNU's hack-local-variables-filter, with nobody to ask in batch).
        (setq vars (cond ((null enable-local-variables) nil)
                         ((eq enable-local-variables :all) vars)
                         ((eq enable-local-variables :safe) (cl-remove-if (lambda (v) (memq v unsafe)) vars))
                         (unsafe nil)
                         (t vars)))
        ;; The mode first: it kills the buffer's local variables (all but permanent ones).
        (when (and mode (null handle-mode))
          (let ((f (files-modes--mode-function mode)))
            (when (fboundp f) (funcall f)))
          (setq file-local-variables-alist
                (cons (cons 'mode mode) (assq-delete-all 'mode file-local-variables-alist))))
        (dolist (spec vars)
          (if (eq (car spec) 'eval)
              (save-excursion (eval (cdr spec) t))
            (set (make-local-variable (car spec)) (cdr spec))
            (setq file-local-variables-alist
                  (cons spec (assq-delete-all (car spec) file-local-variables-alist)))))
        (setq file-local-variables-alist (nreverse file-local-variables-alist))
        (run-hooks 'hack-local-variables-hook)
        nil))))

(defun files-modes--interpreter-mode ()
  ;; The mode of the #! line's interpreter, its version suffix aside.
  (save-excursion
    (goto-char (point-min))
    (when (looking-at auto-mode-interpreter-regexp)
      (let ((interp (file-name-nondirectory (match-string-no-properties 2))))
        (cl-some (lambda (e)
                   (and (string-match-p (concat "\\`" (car e) "\\'") interp) (cdr e)))
                 interpreter-mode-alist)))))

(defun files-modes--magic-mode (alist)
  (save-excursion
    (save-restriction
      (widen)
      (goto-char (point-min))
      (narrow-to-region (point-min) (min (point-max) (+ (point-min) magic-mode-regexp-match-limit)))
      (cl-some (lambda (e)
                 (and (if (functionp (car e)) (funcall (car e))
                        (let ((case-fold-search nil)) (looking-at (car e))))
                      (cdr e)))
               alist))))

(defun files-modes--file-name-mode (name)
  ;; The mode `auto-mode-alist' gives NAME (without backup versions); entries (RE FN t) strip what
  ;; RE matched and search again.
  (let ((name (file-name-sans-versions name)) (mode nil) (done nil))
    (while (and name (not done))
      (let ((entry (or (let ((case-fold-search nil)) (assoc-default name auto-mode-alist #'string-match))
                       (and auto-mode-case-fold
                            (let ((case-fold-search t)) (assoc-default name auto-mode-alist #'string-match))))))
        (cond ((and (consp entry) (nth 1 entry))
               ;; (FUNCTION NON-NIL): note FUNCTION's mode if it is one, then try the rest of the name.
               (when (and (car entry) (fboundp (car entry)) (string-suffix-p "-mode" (symbol-name (car entry))))
                 (setq mode (car entry)))
               (setq name (substring name 0 (match-beginning 0))))
              ((consp entry) (setq name (substring name 0 (match-beginning 0))))
              (t (setq mode (or entry mode) done t)))))
    mode))

(defun set-auto-mode (&optional keep-mode-if-same)
  "Select a major mode for the current buffer, from its contents and file name.
With KEEP-MODE-IF-SAME, a buffer already in the chosen mode is left alone."
  (let* ((candidates
          (list (lambda () (let ((m (cdr (assq 'mode (files-modes--prop-line)))))
                             (and m (files-modes--mode-function m))))
                (lambda () (ignore-errors (hack-local-variables t)))
                #'files-modes--interpreter-mode
                (lambda () (files-modes--magic-mode magic-mode-alist))
                (lambda () (and buffer-file-name (files-modes--file-name-mode buffer-file-name)))
                (lambda () (files-modes--magic-mode magic-fallback-mode-alist))))
         (mode nil))
    (while (and candidates (not mode))
      (let ((m (funcall (car candidates))))
        (when (and m (fboundp m)) (setq mode m)))
      (setq candidates (cdr candidates)))
    (when (and mode (not (and keep-mode-if-same (eq major-mode mode))))
      (funcall mode))
    nil))

(defun normal-mode (&optional find-file)
  "Choose the major mode for this buffer automatically, then apply its file-local variables.
FIND-FILE non-nil means this is called for visiting a file."
  (interactive)
  (unless find-file
    (funcall (or (default-value 'major-mode) #'fundamental-mode)))
  (let ((enable-local-variables (or (not find-file) enable-local-variables)))
    (condition-case err (set-auto-mode)
      (error (message "File mode specification error: %s" (error-message-string err))))
    (condition-case err (hack-local-variables 'no-mode)
      (error (message "File local-variables error: %s" (error-message-string err))))))

(provide 'files-modes)

;;; files-modes.el ends here
