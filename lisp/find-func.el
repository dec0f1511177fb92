;;; find-func.el --- find the Lisp source of functions, variables and features  -*- lexical-binding: t -*-

;; tsmacs's own implementation of the non-interactive core of GNU Emacs's find-func.el: the definition
;; regexps (format strings taking the quoted symbol name), `find-function-regexp-alist' which ERT and test
;; files extend, and the functions that locate a definition in a library's source, returning
;; (BUFFER . POSITION).  The interactive commands that display the result need windows and come later.

(defgroup find-function nil
  "Finds the definition of the Emacs Lisp symbol near point."
  :group 'lisp)

(defcustom find-function-regexp
  (concat "^\\s-*(\\(?:def\\(?:un\\|macro\\|subst\\|advice\\|alias\\|ine-skeleton\\|ine-generic-mode"
          "\\|ine-derived-mode\\|ine-minor-mode\\|ine-globalized-minor-mode\\|ine-compilation-mode"
          "\\|ine-obsolete-function-alias\\|ine-inline\\|ine-advice\\|generic\\|method\\|struct\\)"
          "\\|cl-def\\(?:un\\|macro\\|subst\\|generic\\|method\\|struct\\)"
          "\\|easy-mmode-define-[a-z-]+\\|easy-menu-define\\|menu-bar-make-toggle"
          "\\|define-\\(?:[a-z-]+-\\)?\\(?:function\\|command\\|key\\)\\)"
          "\\s-+\\(?:'\\|(quote \\)?%s\\(?:\\s-\\|$\\|[()]\\)")
  "The regexp used by `find-function' to search for a function definition.
It is a format string with `%s' where the regexp-quoted function name goes."
  :type 'regexp)

(defcustom find-variable-regexp
  (concat "^\\s-*(\\(?:def[^fumag]\\(?:\\w\\|\\s_\\)*\\|cl-defvar\\|define-\\(?:[a-z-]+-\\)?variable\\)"
          "\\s-+%s\\(?:\\s-\\|$\\)")
  "The regexp used by `find-variable' to search for a variable definition.
It is a format string with `%s' where the regexp-quoted variable name goes."
  :type 'regexp)

(defcustom find-face-regexp "^\\s-*(defface\\s-+%s\\(?:\\s-\\|$\\)"
  "The regexp used by `find-face' to search for a face definition.
It is a format string with `%s' where the regexp-quoted face name goes."
  :type 'regexp)

(defcustom find-feature-regexp ";\\{2,\\} .*%s\\.el\\|(provide '%s)"
  "The regexp used to find where a feature is provided.
It is a format string with `%s' where the regexp-quoted feature name goes."
  :type 'regexp)

(defcustom find-alias-regexp
  "^\\s-*(\\(?:define-obsolete-function-alias\\|defalias\\)\\s-+'%s\\(?:\\s-\\|$\\)"
  "The regexp used to find where an alias is defined.
It is a format string with `%s' where the regexp-quoted alias name goes."
  :type 'regexp)

(defun find-function--defface (symbol)
  "Move point to the defface of SYMBOL, found with `find-face-regexp'."
  (re-search-forward (format find-face-regexp (regexp-quote (symbol-name symbol))) nil t))

(defvar find-function-regexp-alist
  '((nil . find-function-regexp)
    (defvar . find-variable-regexp)
    (defface . find-function--defface)
    (feature . find-feature-regexp)
    (defalias . find-alias-regexp))
  "Alist mapping definition types to the way their definitions are found.
Each element is (TYPE . HOW): HOW is a variable whose value is a format
string for a regexp matching the definition (with `%s' for the name), or a
function called with the symbol, point at the start of the buffer, that moves
point to the definition and returns non-nil when it finds it.")
(put 'find-function-regexp-alist 'risky-local-variable t)

(defcustom find-function-source-path nil
  "The default list of directories where `find-function' searches.
If this variable is nil then `find-function' searches `load-path' by default."
  :type '(repeat directory))

(defun find-library-suffixes ()
  "The file-name suffixes of Lisp source files, compressed ones included."
  (let (suffixes)
    (dolist (suffix (get-load-suffixes) (nreverse suffixes))
      (unless (string-match "elc" suffix) (push suffix suffixes)))))

(defun find-library--load-name (library)
  "The name under which LIBRARY, an absolute file name, would be loaded, or nil."
  (let ((name library))
    (dolist (dir load-path)
      (let ((rel (file-relative-name library (file-name-as-directory (expand-file-name (or dir "."))))))
        (when (and (not (string-prefix-p ".." rel)) (< (length rel) (length name)))
          (setq name rel))))
    (unless (equal name library) name)))

(defun find-library-name (library)
  "Return the absolute file name of the Emacs Lisp source of LIBRARY.
LIBRARY should be a string (the name of the library).  A compiled
file name is replaced by the name of its source."
  (when (string-match "\\.el\\(c\\(\\..*\\)?\\)\\'" library)
    (setq library (replace-match "" t t library)))
  (or (locate-file library (or find-function-source-path load-path) (find-library-suffixes))
      (locate-file library (or find-function-source-path load-path) load-file-rep-suffixes)
      (when (file-name-absolute-p library)
        (let ((rel (find-library--load-name library)))
          (when rel
            (locate-file rel (or find-function-source-path load-path) (find-library-suffixes)))))
      (error "Can't find library %s" library)))

(defun find-function--search-in-buffer (symbol type)
  "Move point in the current buffer to the definition of SYMBOL of TYPE; non-nil when found."
  (let* ((how (cdr (assq type find-function-regexp-alist)))
         (name (symbol-name symbol))
         (case-fold-search nil))
    (goto-char (point-min))
    ;; Searched with Lisp syntax, where a newline ends a comment rather than being whitespace, so that
    ;; "^\\s-*(" cannot start on an earlier blank line.
    (with-syntax-table (if (boundp 'emacs-lisp-mode-syntax-table) emacs-lisp-mode-syntax-table
                         (let ((table (make-syntax-table)))
                           (modify-syntax-entry ?\n ">" table)
                           (modify-syntax-entry ?\; "<" table)
                           table))
    (cond
     ((functionp how) (funcall how symbol))
     ((and how (boundp how))
      (let ((regexp (format (symbol-value how)
                            (concat "\\\\?" (regexp-quote name)))))
        (when (re-search-forward regexp nil t)
          (goto-char (match-beginning 0))
          (beginning-of-line)
          t)))))))

(defun find-function-search-for-symbol (symbol type library)
  "Search for SYMBOL's definition of type TYPE in LIBRARY.
Visit the library in a buffer, and return a cons cell (BUFFER . POSITION),
or just (BUFFER . nil) if the definition can't be found in the file.

If TYPE is nil, look for a function definition.
Otherwise, TYPE specifies the kind of definition,
and it is interpreted via `find-function-regexp-alist'.
The search is done in the source for library LIBRARY."
  (unless library
    (error "Don't know where `%s' is defined" symbol))
  (when (string-match "\\.el\\(c\\)\\'" library)
    (setq library (substring library 0 (match-beginning 1))))
  (let* ((filename (find-library-name library))
         (buffer (find-file-noselect filename)))
    (with-current-buffer buffer
      (save-restriction
        (widen)
        (if (find-function--search-in-buffer symbol type)
            (cons buffer (point))
          (cons buffer nil))))))

(defun find-function-library (function &optional lisp-only verbose)
  "Return the pair (ORIG-FUNCTION . LIBRARY) for FUNCTION.
ORIG-FUNCTION is FUNCTION with aliases resolved; LIBRARY is the file that
defines it (from `symbol-file'), or the symbol `C-source' for a primitive,
which is an error when LISP-ONLY is non-nil."
  (let ((def (and (fboundp function) (symbol-function function)))
        (aliases nil))
    (unless def (error "Symbol's function definition is void: %s" function))
    (while (and (symbolp def) def (fboundp def))
      (push def aliases)
      (setq function def def (symbol-function def)))
    (when (and verbose aliases)
      (message "%s is an alias for %s" (car (last aliases)) function))
    (let ((library (cond ((autoloadp def) (nth 1 def))
                         ((subrp def)
                          (if lisp-only (error "%s is a built-in function" function) 'C-source))
                         (t (symbol-file function 'defun)))))
      (cons function library))))

(defun find-function-noselect (function &optional lisp-only)
  "Return a pair (BUFFER . POINT) pointing to the definition of FUNCTION.
If the definition can't be found in the buffer, return (BUFFER).
If FUNCTION is a built-in function, signal an error, as its C source
is not available to tsmacs."
  (unless function (error "You didn't specify a function"))
  (let* ((found (find-function-library function lisp-only t))
         (library (cdr found)))
    (when (eq library 'C-source)
      (error "%s is a primitive, defined in the TypeScript sources of tsmacs" (car found)))
    (find-function-search-for-symbol (car found) nil library)))

(defun find-variable-noselect (variable &optional file)
  "Return a pair `(BUFFER . POINT)' pointing to the definition of VARIABLE.
If FILE is non-nil, it is the library to search; otherwise `symbol-file' says."
  (unless variable (error "You didn't specify a variable"))
  (let ((library (or file (symbol-file variable 'defvar))))
    (find-function-search-for-symbol variable 'defvar library)))

(defun find-definition-noselect (symbol type &optional file)
  "Return a pair `(BUFFER . POINT)' pointing to a definition of SYMBOL.
TYPE says what kind of definition: nil for a function, `defvar' for a
variable, `defface' for a face; FILE is the library, else `symbol-file' says."
  (cond ((null type) (find-function-noselect symbol))
        ((eq type 'defvar) (find-variable-noselect symbol file))
        (t (find-function-search-for-symbol symbol type (or file (symbol-file symbol type))))))

(provide 'find-func)

;;; find-func.el ends here
