;;; custom.el --- user options and groups: defcustom, defgroup (GNU counterpart: lisp/custom.el)  -*- lexical-binding: t -*-

;; Written for tsmacs.  The declaration half of GNU's custom.el: options and groups are symbols
;; with the same properties GNU gives them (standard-value, custom-type, custom-group,
;; custom-set, group-documentation ...), initialized by the same :initialize functions, so code
;; that reads or sets options the usual way behaves as in GNU.  Not here yet: faces (`defface'
;; needs the face machinery), themes, and the Customize user interface
;; (`customize-set-variable' records theme settings, so it waits for themes too).

;;; Code:

(defvar custom-dont-initialize nil
  "Non-nil means `defcustom' should not initialize the variable.")

(defvar custom-current-group-alist nil
  "Alist of (FILE . GROUP): the last group defined in each file.")

(defvar custom-define-hook nil
  "Hook called after defining each customize option.")

(defvar custom-local-buffer nil
  "Non-nil means `custom-set-default' sets the local binding in that buffer.")
(put 'custom-local-buffer 'permanent-local t)

(defvar custom-delayed-init-variables nil
  "Options whose initialization `custom-initialize-delay' postponed.
t once Emacs has started: then there is no later to postpone to.")

;;;; Initializers

(defun custom--initial-value (symbol exp)
  "The value to initialize SYMBOL with: its saved value if any, otherwise EXP's."
  (eval (let ((saved (get symbol 'saved-value))) (if saved (car saved) exp))))

(defun custom-initialize-default (symbol exp)
  "Initialize SYMBOL with EXP's value unless it already has a default value.
Does not use the :set function."
  (condition-case nil
      (default-toplevel-value symbol)
    (void-variable (set-default-toplevel-value symbol (custom--initial-value symbol exp)))))

(defun custom-initialize-set (symbol exp)
  "Initialize SYMBOL with EXP's value, through its :set function, unless it has a value."
  (condition-case nil
      (default-toplevel-value symbol)
    (error (funcall (or (get symbol 'custom-set) #'set-default-toplevel-value)
                    symbol (custom--initial-value symbol exp)))))

(defun custom-initialize-reset (symbol exp)
  "Initialize SYMBOL through its :set function: with its current value if it has one
\(read with its :get function if any), otherwise with EXP's value."
  (funcall (or (get symbol 'custom-set) #'set-default-toplevel-value)
           symbol
           (condition-case nil
               (let ((def (default-toplevel-value symbol))
                     (getter (get symbol 'custom-get)))
                 (if getter (funcall getter symbol) def))
             (error (custom--initial-value symbol exp)))))

(defun custom-initialize-changed (symbol exp)
  "Initialize SYMBOL with EXP's value, using its :set function only if it has a value
\(or a saved value) already."
  (condition-case nil
      (let ((def (default-toplevel-value symbol)))
        (funcall (or (get symbol 'custom-set) #'set-default-toplevel-value)
                 symbol
                 (let ((getter (get symbol 'custom-get)))
                   (if getter (funcall getter symbol) def))))
    (error
     (if (get symbol 'saved-value)
         (funcall (or (get symbol 'custom-set) #'set-default-toplevel-value)
                  symbol (eval (car (get symbol 'saved-value))))
       (set-default-toplevel-value symbol (eval exp))))))

(defun custom-initialize-delay (symbol value)
  "Postpone SYMBOL's initialization until Emacs starts (or initialize it now, after start-up)."
  (internal--define-uninitialized-variable symbol)
  (if (listp custom-delayed-init-variables)
      (push symbol custom-delayed-init-variables)
    (custom-initialize-reset symbol value)))

;;;; Declaring options and groups

(defun custom-current-group ()
  "The group most recently defined in the file being loaded."
  (cdr (assoc load-file-name custom-current-group-alist)))

(defun custom-add-to-group (group option widget)
  "Make OPTION (of kind WIDGET, such as `custom-variable') a member of GROUP."
  (let* ((members (get group 'custom-group))
         (old (assq option members)))
    (if old
        (setcar (cdr old) widget)
      (put group 'custom-group (nconc members (list (list option widget)))))))

(defun custom-add-dependencies (symbol value)
  "Record that option SYMBOL is to be set after each of the options in the list VALUE."
  (unless (listp value) (error "Invalid custom dependency `%s'" value))
  (let* ((deps (get symbol 'custom-dependencies))
         (new deps))
    (dolist (dep value)
      (unless (symbolp dep) (error "Invalid custom dependency `%s'" dep))
      (unless (memq dep new) (push dep new)))
    (unless (eq deps new) (put symbol 'custom-dependencies new))))

(defun custom-add-option (symbol option)
  "Add OPTION to the suggested values (hook functions, alist keys...) of option SYMBOL."
  (let ((options (get symbol 'custom-options)))
    (unless (member option options)
      (put symbol 'custom-options (cons option options)))))
(defalias 'custom-add-frequent-value #'custom-add-option)

(defun custom-add-link (symbol widget)
  "Add the link WIDGET to option SYMBOL."
  (let ((links (get symbol 'custom-links)))
    (unless (member widget links) (put symbol 'custom-links (cons widget links)))))

(defun custom-add-version (symbol version)
  "Record that option SYMBOL was introduced or changed in Emacs VERSION."
  (put symbol 'custom-version version))

(defun custom-add-package-version (symbol version)
  "Record that option SYMBOL was introduced or changed in package VERSION."
  (put symbol 'custom-package-version version))

(defun custom-add-load (symbol load)
  "Record that customizing SYMBOL needs the library or feature LOAD."
  (let ((loads (get symbol 'custom-loads)))
    (unless (member load loads) (put symbol 'custom-loads (cons load loads)))))

(defun custom-autoload (symbol load &optional noset)
  "Mark SYMBOL as an option autoloaded from LOAD (NOSET: setting it need not load it)."
  (put symbol 'custom-autoload (if noset 'noset t))
  (custom-add-load symbol load))

(defun custom-handle-keyword (symbol keyword value type)
  "Apply the declaration KEYWORD VALUE to SYMBOL, an option, face or group of kind TYPE."
  (cond ((eq keyword :group) (custom-add-to-group value symbol type))
        ((eq keyword :version) (custom-add-version symbol value))
        ((eq keyword :package-version) (custom-add-package-version symbol value))
        ((eq keyword :link) (custom-add-link symbol value))
        ((eq keyword :load) (custom-add-load symbol value))
        ((eq keyword :tag) (put symbol 'custom-tag value))
        ((eq keyword :set-after) (custom-add-dependencies symbol value))
        (t (error "Unknown keyword %s" keyword))))

(defun custom-handle-all-keywords (symbol args type)
  "Apply the keyword arguments ARGS to SYMBOL of kind TYPE (adding it to the current group
unless ARGS name one)."
  (unless (memq :group args)
    (let ((group (custom-current-group)))
      (when group (custom-add-to-group group symbol type))))
  (while args
    (let ((keyword (pop args)))
      (unless (symbolp keyword) (error "Junk in args %S" args))
      (unless args (error "Keyword %s is missing an argument" keyword))
      (custom-handle-keyword symbol keyword (pop args) type))))

(defun custom-declare-variable (symbol default doc &rest args)
  "Declare SYMBOL as a customizable variable whose standard value DEFAULT evaluates to.
This is what `defcustom' expands into; ARGS are its keyword arguments."
  (put symbol 'standard-value (list default))
  (when (get symbol 'force-value) (put symbol 'force-value nil))
  (when (keywordp doc) (error "Doc string is missing"))
  (let ((initialize #'custom-initialize-reset)
        (requests nil)
        (local nil))
    (unless (memq :group args)
      (custom-add-to-group (custom-current-group) symbol 'custom-variable))
    (while args
      (let ((keyword (pop args)))
        (unless (symbolp keyword) (error "Junk in args %S" (cons keyword args)))
        (unless args (error "Keyword %s is missing an argument" keyword))
        (let ((value (pop args)))
          (cond ((eq keyword :initialize) (setq initialize value))
                ((eq keyword :set) (put symbol 'custom-set value))
                ((eq keyword :get) (put symbol 'custom-get value))
                ((eq keyword :require) (push value requests))
                ((eq keyword :risky) (put symbol 'risky-local-variable value))
                ((eq keyword :safe) (put symbol 'safe-local-variable value))
                ((eq keyword :local)
                 (when (memq value '(t permanent)) (setq local t))
                 (when (eq value 'permanent) (put symbol 'permanent-local t)))
                ((eq keyword :type) (put symbol 'custom-type value))
                ((eq keyword :options)
                 (if (get symbol 'custom-options)
                     (mapc (lambda (option) (custom-add-option symbol option)) value)
                   (put symbol 'custom-options (copy-sequence value))))
                (t (custom-handle-keyword symbol keyword value 'custom-variable))))))
    ;; The docstring, load-history and `special-variable-p', as `defvar' does them.
    (internal--define-uninitialized-variable symbol doc)
    (put symbol 'custom-requests requests)
    (unless custom-dont-initialize
      (funcall initialize symbol default)
      ;; A theme's value stashed under saved-value for a then-unbound option is not the user's.
      (let ((theme (caar (get symbol 'theme-value))))
        (when (and theme (not (eq theme 'user)) (get symbol 'saved-value))
          (put symbol 'saved-value nil))))
    (when local (make-variable-buffer-local symbol)))
  (run-hooks 'custom-define-hook)
  symbol)

(defmacro defcustom (symbol standard doc &rest args)
  "Declare SYMBOL as a customizable variable with standard value STANDARD (an expression).
DOC is its documentation; ARGS are keyword arguments: :type, :group, :options,
:initialize, :set, :get, :require, :version, :package-version, :link, :load,
:tag, :set-after, :local, :risky, :safe."
  (declare (doc-string 3) (debug (name body [&rest keywordp sexp])) (indent defun))
  `(custom-declare-variable
    ',symbol
    ;; Under lexical binding the expression is wrapped in a closure, so that it sees the
    ;; lexical environment wherever it is evaluated (as GNU does).
    ,(if lexical-binding
         ``(funcall #',(lambda () "" ,standard))
       `',standard)
    ,doc
    ,@args))

(defun custom-declare-group (symbol members doc &rest args)
  "Declare SYMBOL as a customization group with MEMBERS (a list of (NAME WIDGET)).
This is what `defgroup' expands into; ARGS are its keyword arguments."
  (dolist (member members) (apply #'custom-add-to-group symbol member))
  (when doc (put symbol 'group-documentation doc))
  (while args
    (let ((keyword (pop args)))
      (unless (symbolp keyword) (error "Junk in args %S" args))
      (unless args (error "Keyword %s is missing an argument" keyword))
      (let ((value (pop args)))
        (if (eq keyword :prefix)
            (put symbol 'custom-prefix value)
          (custom-handle-keyword symbol keyword value 'custom-group)))))
  ;; This file's later options go in this group by default.
  (let ((elt (assoc load-file-name custom-current-group-alist)))
    (if elt (setcdr elt symbol)
      (push (cons load-file-name symbol) custom-current-group-alist)))
  (run-hooks 'custom-define-hook)
  symbol)

(defmacro defgroup (symbol members doc &rest args)
  "Declare SYMBOL as a customization group containing MEMBERS.
DOC is its documentation; ARGS are keyword arguments: :group, :prefix, :version,
:package-version, :link, :load, :tag."
  (declare (doc-string 3) (indent defun))
  `(custom-declare-group ',symbol ,members ,doc ,@args))

;;;; Using options

(defun custom-variable-p (variable)
  "Non-nil if VARIABLE (or the variable it is an alias of) is a customizable option."
  (when (symbolp variable)
    (setq variable (indirect-variable variable))
    (or (get variable 'standard-value)
        (get variable 'custom-autoload))))

(defun custom--standard-value (variable)
  "The standard value of option VARIABLE."
  (eval (car (get variable 'standard-value)) t))

(defun custom-set-default (variable value)
  "The default :set function: set VARIABLE's default value (or, with
`custom-local-buffer', its value in that buffer) to VALUE."
  (if custom-local-buffer
      (with-current-buffer custom-local-buffer (set variable value))
    (set-default variable value)))

(defun custom-set-minor-mode (variable value)
  "The :set function of minor mode options: turn the mode VARIABLE on or off."
  (if custom-local-buffer
      (with-current-buffer custom-local-buffer (funcall variable (if value 1 0)))
    (funcall variable (if value 1 0))))

(defun custom-quote (sexp)
  "SEXP, quoted unless it evaluates to itself."
  (if (and (not (consp sexp))
           (or (keywordp sexp) (not (symbolp sexp)) (booleanp sexp)))
      sexp
    (list 'quote sexp)))

(provide 'custom)
;;; custom.el ends here
