;;; easy-mmode.el --- define-minor-mode (GNU counterpart: lisp/emacs-lisp/easy-mmode.el)  -*- lexical-binding: t -*-

;; Written for tsmacs.  A minor mode MODE is a variable (buffer-local, or with :global a
;; customizable option), a toggle command of the same name taking GNU's ARG convention, the
;; hooks MODE-hook, MODE-on-hook and MODE-off-hook, an optional keymap MODE-map, and entries in
;; `minor-mode-alist' and `minor-mode-map-alist' (through `add-minor-mode').
;; `define-globalized-minor-mode' makes a global mode that turns a buffer-local one on in every
;; buffer, including buffers whose major mode changes later.

;;; Code:

(defvar global-minor-modes nil
  "A list of the currently enabled global minor modes (GNU: simple.el).")

(defun easy-mmode-pretty-mode-name (mode &optional lighter)
  "MODE's name for people: foo-bar-minor-mode becomes \"Foo-Bar minor mode\".
With a string LIGHTER, its capitalization wins where it matches the name."
  (let* ((case-fold-search t)
         (name (concat (replace-regexp-in-string
                        "-Minor" " minor"
                        (capitalize (replace-regexp-in-string
                                     "toggle-\\|-mode\\'" "" (symbol-name mode))))
                       " mode")))
    (setq name (replace-regexp-in-string "\\`Global-" "Global " name))
    (if (not (stringp lighter))
        name
      (setq lighter (replace-regexp-in-string "\\`\\s-+\\|\\s-+\\'" "" lighter))
      (replace-regexp-in-string (regexp-quote lighter) lighter name t t))))

(defconst easy-mmode--arg-docstring
  "

This is a minor mode.  If called interactively, toggle the `%s'
mode.  If the prefix argument is positive, enable the mode, and
if it is zero or negative, disable the mode.

If called from Lisp, toggle the mode if ARG is `toggle'.
Enable the mode if ARG is nil, omitted, or is a positive number.
Disable the mode if ARG is a negative number.

To check whether the minor mode is enabled in the current buffer,
evaluate `%s'.

The mode's hook is called both when the mode is enabled and when
it is disabled."
  "What a minor mode's docstring says about ARG (unless it mentions ARG itself).")

(defun easy-mmode--mode-docstring (doc pretty-name keymap-sym getter)
  "The mode command's docstring: DOC (or a generated one) with the ARG paragraph.
The paragraph goes before DOC's second paragraph.  As in GNU, it is filled with
`fill-region' when that is available."
  (let ((doc (or doc (format "Toggle %s on or off.\n\n\\{%s}" pretty-name keymap-sym))))
    (if (string-match-p "\\bARG\\b" doc)
        doc
      (let* ((fill-prefix nil)
             (docs-fc (bound-and-true-p emacs-lisp-docstring-fill-column))
             (fill-column (if (integerp docs-fc) docs-fc 65))
             (argdoc (format easy-mmode--arg-docstring pretty-name
                             ;; Keep quotes from turning into curved ones.
                             (string-replace "'" "\\\\='" (format "%S" getter))))
             (filled (if (fboundp 'fill-region)
                         (with-temp-buffer
                           (insert argdoc)
                           (fill-region (point-min) (point-max) 'left t)
                           (buffer-string))
                       argdoc)))
        (replace-regexp-in-string "\\(\n\n\\|\\'\\)\\(.\\|\n\\)*\\'"
                                  (concat filled "\\1") doc nil nil 1)))))

(defmacro define-minor-mode (mode doc &rest body)
  "Define the minor mode MODE: a variable, a toggle command and hooks.
DOC documents the command.  BODY starts with keyword arguments: :init-value,
:lighter, :global, :keymap, :variable, :after-hook, :interactive, :extra-args,
:set, :initialize, :type, :group and other `defcustom' keywords; the rest runs
each time the mode is turned on or off.  The command toggles with ARG `toggle',
turns the mode off with a number below 1, and on otherwise (nil included);
interactively a prefix argument gives the number, none toggles.

\(fn MODE DOC [KEYWORD VAL ...] &rest BODY)"
  (declare (doc-string 2) (indent defun))
  (let* ((last-message (make-symbol "last-message"))
         (mode-name (symbol-name mode))
         (init-value nil) (keymap nil) (lighter nil) (globalp nil)
         (set nil) (initialize nil) (type nil)
         (extra-args nil) (extra-keywords nil)
         (variable nil)                 ; where the state lives, with :variable
         (setter `(setq ,mode))         ; the start of the form that sets it
         (getter mode)                  ; the form that reads it
         (modefun mode)
         (after-hook nil)
         (hook (intern (concat mode-name "-hook")))
         (hook-on (intern (concat mode-name "-on-hook")))
         (hook-off (intern (concat mode-name "-off-hook")))
         (interactive t)
         pretty-name keymap-sym)
    ;; The old positional arguments: INIT-VALUE LIGHTER KEYMAP.
    (unless (keywordp (car body))
      (setq init-value (pop body))
      (unless (keywordp (car body))
        (setq lighter (pop body))
        (unless (keywordp (car body))
          (setq keymap (pop body)))))
    (while (keywordp (car body))
      (let ((keyword (pop body)))
        (pcase keyword
          (:init-value (setq init-value (pop body)))
          (:lighter (setq lighter (pop body)))
          (:global (setq globalp (pop body))
                   (when (and globalp (symbolp mode))
                     (setq setter `(setq-default ,mode)
                           getter `(default-value ',mode))))
          (:extra-args (setq extra-args (pop body)))
          (:set (setq set (list :set (pop body))))
          (:initialize (setq initialize (list :initialize (pop body))))
          (:type (setq type (list :type (pop body))))
          (:keymap (setq keymap (pop body)))
          (:interactive (setq interactive (pop body)))
          (:variable
           (setq variable (pop body))
           (let ((tail (cdr-safe variable)))
             (if (and tail (or (symbolp tail) (functionp tail)))
                 ;; (GET . SET): a getter form and a setter function.
                 (setq getter (car variable)
                       setter `(funcall #',(cdr variable)))
               ;; A place.
               (setq setter `(setf ,variable)
                     getter variable))))
          (:after-hook (setq after-hook (pop body)))
          (_ (push keyword extra-keywords) (push (pop body) extra-keywords)))))
    (setq pretty-name (easy-mmode-pretty-mode-name mode lighter))
    (setq keymap-sym (if (and keymap (symbolp keymap)) keymap (intern (concat mode-name "-map"))))
    (unless set (setq set '(:set #'custom-set-minor-mode)))
    (unless initialize (setq initialize '(:initialize #'custom-initialize-default)))
    (unless type (setq type '(:type 'boolean)))
    `(progn
       ,(cond
         (variable nil)
         ((not globalp)
          `(progn
             :autoload-end
             (defvar-local ,mode ,init-value
               ,(concat (format "Non-nil if %s is enabled.\n" pretty-name)
                        (internal--format-docstring-line
                         "Use the command `%s' to change this variable." mode)))))
         (t
          `(defcustom ,mode ,init-value
             ,(format (concat "Non-nil if %s is enabled.
See the `%s' command
for a description of this minor mode."
                              (if body "
Setting this variable directly does not take effect;
either customize it (see the info node `Easy Customization')
or call the function `%s'."))
                      pretty-name mode mode)
             ,@set ,@initialize ,@type
             ,@(nreverse extra-keywords))))
       (defun ,modefun (&optional arg ,@extra-args)
         ,(easy-mmode--mode-docstring doc pretty-name keymap-sym getter)
         ,(when interactive
            (if (consp interactive)
                `(interactive
                  (list (if current-prefix-arg (prefix-numeric-value current-prefix-arg) 'toggle))
                  ,@interactive)
              '(interactive
                (list (if current-prefix-arg (prefix-numeric-value current-prefix-arg) 'toggle)))))
         (let ((,last-message (current-message)))
           (,@setter
            (cond ((eq arg 'toggle) (not ,getter))
                  ((and (numberp arg) (< arg 1)) nil)
                  (t t)))
           ;; Keep the list of enabled modes up to date.
           ,@(if globalp
                 `((when (boundp 'global-minor-modes)
                     (setq global-minor-modes (delq ',modefun global-minor-modes))
                     (when ,getter (push ',modefun global-minor-modes))))
               `((when (boundp 'local-minor-modes)
                   (setq local-minor-modes (delq ',modefun local-minor-modes))
                   (when ,getter (push ',modefun local-minor-modes)))))
           ,@body
           (run-hooks ',hook (if ,getter ',hook-on ',hook-off))
           (if (called-interactively-p 'any)
               (progn
                 ,(if (and globalp (not variable)) `(customize-mark-as-set ',mode))
                 ;; Say so, unless the body already said something.
                 (unless (and (current-message) (not (equal ,last-message (current-message))))
                   (let ((local ,(if globalp "" " in current buffer")))
                     (message ,(format "%s %%sabled%%s" pretty-name)
                              (if ,getter "en" "dis") local)))))
           ,@(when after-hook `(,after-hook)))
         (force-mode-line-update)
         ,getter)
       :autoload-end
       (defvar ,hook nil)
       (unless (get ',hook 'variable-documentation)
         (put ',hook 'variable-documentation
              ,(format "Hook run after entering or leaving `%s'.
No problems result if this variable is not bound.
`add-hook' automatically binds it.  (This is true for all hook variables.)" modefun)))
       (put ',hook 'custom-type 'hook)
       (put ',hook 'standard-value (list nil))
       ,(unless (symbolp keymap)
          `(defvar ,keymap-sym
             (let ((m ,keymap))
               (cond ((keymapp m) m)
                     ((listp m) (easy-mmode-define-keymap m))
                     (t (error "Invalid keymap %S" m))))
             ,(format "Keymap for `%s'." mode-name)))
       ,(let ((modevar (pcase getter (`(default-value ',v) v) (_ getter))))
          (if (not (symbolp modevar))
              (if (or lighter keymap)
                  (error ":lighter and :keymap unsupported with mode expression %S" getter))
            `(with-no-warnings
               (add-minor-mode ',modevar ',lighter
                               ,(if keymap keymap-sym `(if (boundp ',keymap-sym) ,keymap-sym))
                               nil
                               ,(unless (eq mode modefun) `',modefun))))))))

(defalias 'easy-mmode-define-minor-mode #'define-minor-mode)

(defun easy-mmode--globalized-predicate-p (predicate)
  "Whether a globalized mode with :predicate PREDICATE applies to this buffer's major mode.
PREDICATE is t, nil, or a list of modes, (not MODES...), t and nil elements,
the first that matches deciding; the old form (not MODES...) means all but MODES."
  (cond
   ((memq predicate '(t nil)) predicate)
   ((listp predicate)
    (when (eq (car predicate) 'not)
      (setq predicate (nconc (mapcar (lambda (m) (list 'not m)) (cdr predicate)) (list t))))
    (catch 'found
      (dolist (elem predicate)
        (cond ((memq elem '(t nil)) (throw 'found elem))
              ((eq (car-safe elem) 'not)
               (when (apply #'derived-mode-p (cdr elem)) (throw 'found nil)))
              ((symbolp elem)
               (when (derived-mode-p elem) (throw 'found t)))))))))

(defmacro define-globalized-minor-mode (global-mode mode turn-on &rest body)
  "Define GLOBAL-MODE, a global mode that turns on the buffer-local minor MODE everywhere.
TURN-ON is a function called with no arguments in each buffer (also after a
change of major mode) to turn MODE on where it applies.  Keywords: :group,
:predicate (the major modes it applies to, see `easy-mmode--globalized-predicate-p';
it becomes the option GLOBAL-modes), :variable, and `define-minor-mode'
keywords.  BODY runs when GLOBAL-MODE is turned on or off.  A buffer where MODE
was turned on or off by hand is left alone.

\(fn GLOBAL-MODE MODE TURN-ON [KEY VALUE]... BODY...)"
  (declare (doc-string 2) (indent defun))
  (let* ((global-mode-name (symbol-name global-mode))
         (mode-name (symbol-name mode))
         (pretty-name (easy-mmode-pretty-mode-name mode))
         (pretty-global-name (easy-mmode-pretty-mode-name global-mode))
         (name-for (lambda (suffix) (intern (concat global-mode-name suffix))))
         (group nil) (extra-keywords nil)
         (mode-variable mode)
         (buffers-var (funcall name-for "-buffers"))
         (enable-fn (funcall name-for "-enable-in-buffers"))
         (check-fn (funcall name-for "-check-buffers"))
         (cmhh-fn (funcall name-for "-cmhh"))
         (minor-hook (intern (concat mode-name "-hook")))
         (explicit (intern (concat mode-name "-set-explicitly")))
         (major-var (intern (concat mode-name "-major-mode")))
         (predicate-var (intern (concat (replace-regexp-in-string "-mode\\'" "" global-mode-name)
                                        "-modes")))
         (turn-on-function `#',turn-on)
         (predicate nil))
    (while (keywordp (car body))
      (let ((keyword (pop body)))
        (pcase keyword
          (:group (setq group (nconc group (list :group (pop body)))))
          (:global (pop body))
          (:variable (setq mode-variable (pop body)))
          (:predicate
           (setq predicate (list (pop body)))
           (setq turn-on-function
                 `(lambda ()
                    (require 'easy-mmode)
                    (when (easy-mmode--globalized-predicate-p ,(car predicate))
                      (funcall ,turn-on-function)))))
          (_ (push keyword extra-keywords) (push (pop body) extra-keywords)))))
    `(progn
       (progn
         (put ',global-mode 'globalized-minor-mode t)
         :autoload-end
         (defvar-local ,major-var nil))
       (define-minor-mode ,global-mode
         ,(concat (format "Toggle %s in all buffers.\n" pretty-name)
                  (internal--format-docstring-line
                   "With prefix ARG, enable %s if ARG is positive; otherwise, disable it."
                   pretty-global-name)
                  "\n\n"
                  "If called from Lisp, toggle the mode if ARG is `toggle'.
Enable the mode if ARG is nil, omitted, or is a positive number.
Disable the mode if ARG is a negative number.\n\n"
                  (internal--format-docstring-line
                   "%s is enabled in all buffers where `%s' would do it." pretty-name turn-on)
                  "\n\n"
                  (internal--format-docstring-line "See `%s' for more information on %s."
                                                   mode pretty-name)
                  (if predicate
                      (concat "\n\n"
                              (internal--format-docstring-line
                               "`%s' is used to control which modes this minor mode is used in."
                               predicate-var))
                    ""))
         :global t ,@group ,@(nreverse extra-keywords)
         ;; Follow major mode changes while on.
         (if ,global-mode
             (progn
               (add-hook 'after-change-major-mode-hook #',enable-fn)
               (add-hook 'find-file-hook #',check-fn)
               (add-hook 'change-major-mode-hook #',cmhh-fn))
           (remove-hook 'after-change-major-mode-hook #',enable-fn)
           (remove-hook 'find-file-hook #',check-fn)
           (remove-hook 'change-major-mode-hook #',cmhh-fn))
         ;; And set every existing buffer right now.
         (dolist (buf (buffer-list))
           (with-current-buffer buf
             (if ,global-mode (funcall ,turn-on-function)
               (when ,mode (,mode -1)))))
         ,@body)
       ,(when predicate
          `(defcustom ,predicate-var ,(car predicate)
             ,(format "Which major modes `%s' is switched on in.
This variable can be either t (all major modes), nil (no major modes),
or a list of modes and (not modes) to switch use this minor mode or
not.  For instance

  (c-mode (not message-mode mail-mode) text-mode)

means \"use this mode in all modes derived from `c-mode', don't use in
modes derived from `message-mode' or `mail-mode', but do use in other
modes derived from `text-mode'\".  An element with value t means \"use\"
and nil means \"don't use\".  There's an implicit nil at the end of the
list."
                      mode)
             :type '(repeat sexp)
             ,@group))
       :autoload-end
       ;; A buffer where MODE's hook ran by hand is not touched by the global mode.
       (defvar-local ,explicit nil)
       (defun ,explicit () (setq ,explicit t))
       (put ',explicit 'definition-name ',global-mode)
       (add-hook ',minor-hook #',explicit)
       ;; Buffers whose major mode is changing, to revisit once the change is complete.
       (defvar ,buffers-var nil)
       (defun ,enable-fn ()
         (let ((buffers ,buffers-var))
           (setq ,buffers-var nil)
           (dolist (buf buffers)
             (when (buffer-live-p buf)
               (with-current-buffer buf
                 (unless ,explicit
                   (unless (eq ,major-var major-mode)
                     (if ,mode-variable
                         (progn (,mode -1) (funcall ,turn-on-function))
                       (funcall ,turn-on-function))))
                 (setq ,major-var major-mode))))))
       (put ',enable-fn 'definition-name ',global-mode)
       (defun ,check-fn ()
         (,enable-fn)
         (remove-hook 'post-command-hook #',check-fn))
       (put ',check-fn 'definition-name ',global-mode)
       (defun ,cmhh-fn ()
         (add-to-list ',buffers-var (current-buffer))
         (add-hook 'post-command-hook #',check-fn))
       (put ',cmhh-fn 'definition-name ',global-mode))))

(defalias 'easy-mmode-define-global-mode #'define-globalized-minor-mode)
(defalias 'define-global-minor-mode #'define-globalized-minor-mode)

(defun easy-mmode-define-keymap (bs &optional name m args)
  "A keymap with the bindings BS, a list of (KEY . BINDING) (KEY may be a list of keys).
NAME is the keymap's prompt; M an existing keymap to add to.  ARGS are keywords:
:name, :dense (a full keymap), :inherit (a parent), :suppress, :group (ignored)."
  (let (inherit dense suppress)
    (while args
      (let ((key (pop args)) (val (pop args)))
        (pcase key
          (:name (setq name val))
          (:dense (setq dense val))
          (:inherit (setq inherit val))
          (:suppress (setq suppress val))
          (:group)
          (_ (message "Unknown argument %s in defmap" key)))))
    (unless (keymapp m)
      (setq bs (append m bs))
      (setq m (if dense (make-keymap name) (make-sparse-keymap name))))
    (when suppress (suppress-keymap m (eq suppress 'nodigits)))
    (dolist (b bs)
      (let ((keys (car b)) (binding (cdr b)))
        (dolist (key (if (consp keys) keys (list keys)))
          (cond
           ((symbolp key) (substitute-key-definition key binding m global-map))
           ;; A nil binding must not override an existing prefix.
           ((null binding) (unless (keymapp (lookup-key m key)) (define-key m key binding)))
           ((let ((o (lookup-key m key)))
              (or (null o) (numberp o) (eq o 'undefined)))
            (define-key m key binding))))))
    (cond ((keymapp inherit) (set-keymap-parent m inherit))
          ((consp inherit) (easy-mmode-set-keymap-parents m inherit)))
    m))

(defun easy-mmode-set-keymap-parents (m parents)
  "Make the keymaps PARENTS (composed, if several) the parent of keymap M."
  (set-keymap-parent m (if (cdr parents) (make-composed-keymap parents) (car parents))))

(provide 'easy-mmode)
;;; easy-mmode.el ends here
