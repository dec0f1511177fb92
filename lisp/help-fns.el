;;; help-fns.el --- describing functions and variables  -*- lexical-binding: t -*-

;; tsmacs's own help-fns.el (GNU counterpart: lisp/help-fns.el).  `describe-function' and
;; `describe-variable' write the *Help* text GNU Emacs writes: a header saying what kind of object it is
;; and where it is defined, the key bindings, the signature, the documentation with
;; `substitute-command-keys' applied, then notes (obsolescence, buffer-locality, customization).
;; Functions are described by their object, as GNU's code does: tsmacs's preloaded Lisp functions are
;; closures (compiled to JavaScript), not byte-code objects.

;;; Code:

(require 'help)

(defvar help-fns-describe-function-functions nil
  "List of functions to run in help buffer in `describe-function'.")
(defvar help-fns-describe-variable-functions nil
  "List of functions to run in help buffer in `describe-variable'.")
(defvar describe-function-orig-buffer nil "Buffer that was current when `describe-function' was invoked.")
(defvar help-enable-symbol-autoload nil "Non-nil means `describe-function' should load autoloaded functions.")

;;; Where things are defined.

(defun help-fns-short-filename (filename)
  "FILENAME relative to the `load-path' directory that gives the shortest name."
  (let ((short filename))
    (dolist (dir load-path)
      (when (stringp dir)
        (let ((rel (file-relative-name filename dir)))
          (when (and (not (string-prefix-p ".." rel)) (< (length rel) (length short)))
            (setq short rel)))))
    short))

(defun find-lisp-object-file-name (object type)
  "Guess the file that defined the Lisp object OBJECT, of type TYPE.
TYPE is `defvar', `defface' or a function definition; the value is a file
name, `C-source' for a built-in, or nil."
  (let* ((autoloaded (autoloadp type))
         (file-name (or (and autoloaded (nth 1 type))
                        (symbol-file object (if (memq type '(defvar defface)) type 'defun)))))
    (cond
     ;; An autoload names a library: where it would be loaded from, if anywhere.
     (autoloaded (locate-file file-name load-path '(".el" ".elc") 'readable))
     ((and (not file-name) (subrp type)) 'C-source)
     ((and (not file-name) (symbolp object) (eq type 'defvar) (help-fns--builtin-variable-p object))
      'C-source)
     ((not (stringp file-name)) nil)
     ((string-match "\\.elc\\'" file-name) (concat (substring file-name 0 -1)))
     (t file-name))))

(defun help-fns--autoloaded-p (function file)
  "Whether FUNCTION was defined by loading FILE for its autoload."
  (let ((entry (assoc file load-history)))
    (and entry (member (cons t function) (cdr entry)) t)))

(defun help-fns--analyze-function (function)
  "Return (REAL-FUNCTION DEF ALIASED REAL-DEF) for FUNCTION."
  (let* ((advised (and (symbolp function) (advice--p (symbol-function function))))
         (real-function (or (and advised (advice--cd*r (symbol-function function))) function))
         (def (if (symbolp real-function)
                  (cond ((symbol-function real-function))
                        ((get real-function 'function-documentation) nil)
                        (t (signal 'void-function (list real-function))))
                real-function))
         ;; A primitive under another name (defalias to its subr object) is an alias too.
         (aliased (and def (or (symbolp def)
                               (and (subrp def) (symbolp function)
                                    (not (string= (subr-name def) (symbol-name function)))))))
         (real-def (cond
                    ((and aliased (subrp def)) (intern (subr-name def)))
                    (aliased
                     (let ((f real-function))
                       (while (and (fboundp f) (symbolp (symbol-function f)))
                         (setq f (symbol-function f)))
                       f))
                    ((subrp def) (intern (subr-name def)))
                    (t def))))
    (list real-function def aliased real-def)))

;;; describe-function.

(defun help-fns--ensure-empty-line ()
  ;; An empty line before what comes next, unless at the start.
  (unless (bolp) (insert "\n"))
  (unless (or (bobp) (save-excursion (forward-line -1) (looking-at-p "[ \t]*$")))
    (insert "\n")))

(defun help-fns--fill-line (beg)
  "Fill the text from BEG to point as one paragraph at `fill-column'."
  (save-excursion
    (let ((end (point-marker)))
      (goto-char beg)
      (while (> (- end (line-beginning-position)) fill-column)
        (let ((limit (+ (line-beginning-position) fill-column)))
          (goto-char limit)
          (if (re-search-backward " " (line-beginning-position) t)
              (progn (delete-char 1) (insert "\n"))
            (goto-char end))))
      (set-marker end nil))))

(defun help-fns-function-description-header (function)
  "Print a line describing FUNCTION to `standard-output'."
  (pcase-let* ((`(,_real-function ,def ,aliased ,real-def) (help-fns--analyze-function function))
               (file-name (find-lisp-object-file-name function (if aliased 'defun def)))
               (beg (if (and (or (keymapp def) (memq (car-safe def) '(macro lambda closure)))
                             (stringp file-name)
                             (help-fns--autoloaded-p function file-name))
                        (concat "an autoloaded " (if (commandp def) "interactive " ""))
                      (if (commandp def) "an interactive " "a "))))
    (princ (cond
            ((or (stringp def) (vectorp def)) "a keyboard macro")
            ((and (symbolp function) (get function 'reader-construct)) "a reader construct")
            (aliased (format-message "an alias for `%s'" real-def))
            ((subrp def)
             (concat beg (if (eq 'unevalled (cdr (subr-arity def))) "special form" "built-in function")))
            ((autoloadp def)
             (format "an autoloaded %s"
                     (cond ((commandp def) "interactive Lisp function")
                           ((eq (nth 4 def) 'keymap) "keymap")
                           ((nth 4 def) "Lisp macro")
                           (t "Lisp function"))))
            ((or (eq (car-safe def) 'macro) (macrop function)) (concat beg "Lisp macro"))
            ((byte-code-function-p def) (concat beg "byte-compiled Lisp function"))
            ((eq (car-safe def) 'lambda) (concat beg "Lisp function"))
            ((eq (car-safe def) 'closure) (concat beg "Lisp closure"))
            ((keymapp def)
             (let ((is-full nil) (elts (cdr-safe def)))
               (while elts
                 (if (char-table-p (car-safe elts)) (setq is-full t elts nil))
                 (setq elts (cdr-safe elts)))
               (concat beg (if is-full "keymap" "sparse keymap"))))
            ((functionp def) (concat beg "Lisp function"))
            (t "")))
    (if (and aliased (not (fboundp real-def)))
        ;; A dangling alias: no file, and no full stop (the fill joins the two lines).
        (princ ",\nwhich is not defined.")
      (when file-name
        (princ (format-message " in `%s'"
                               (if (eq file-name 'C-source) "C source code" (help-fns-short-filename file-name)))))
      (princ "."))))

(defun help--make-usage (function arglist)
  ;; The usage form: argument names in upper case, &-keywords as they are.
  (cons (if (symbolp function) function 'anonymous)
        (mapcar (lambda (arg)
                  (cond ((not (symbolp arg)) arg)
                        (t (let ((name (symbol-name arg)))
                             (cond ((string-match "\\`&" name) arg)
                                   ((string-match "\\`_." name) (intern (upcase (substring name 1))))
                                   (t (intern (upcase name))))))))
                arglist)))

(defun help--make-usage-docstring (fn arglist)
  "The usage line of FN with ARGLIST, quoted for `substitute-command-keys'."
  (let ((print-escape-newlines t))
    (help--docstring-quote (format "%S" (help--make-usage fn arglist)))))

(defun help-fns--signature (function doc real-def real-function)
  "Insert usage of FUNCTION at point and return its documentation without the usage."
  (if (keymapp function)
      doc
    (let* ((advertised (if (boundp 'advertised-signature-table)
                           (gethash real-def advertised-signature-table t)
                         t))
           (arglist (if (listp advertised) advertised (help-function-arglist real-def)))
           (usage (help-split-fundoc doc function)))
      (when usage (setq doc (cdr usage)))
      (let ((use (cond
                  ((and usage (not (listp advertised))) (car usage))
                  ((listp arglist) (help--make-usage-docstring function arglist))
                  ((stringp arglist) arglist)
                  ((let ((fun real-function))
                     (while (and (symbolp fun) (setq fun (symbol-function fun))
                                 (not (setq usage (help-split-fundoc (documentation fun) function)))))
                     usage)
                   (car usage))
                  ((or (stringp real-def) (vectorp real-def))
                   (format "\nMacro: %s" (help--docstring-quote (key-description real-def))))
                  (t "[Missing arglist.  Please make a bug report.]"))))
        (insert (substitute-command-keys use) "\n")
        (and doc (substitute-command-keys doc))))))

(defun help-fns--key-bindings (function)
  "Insert the keys FUNCTION is bound to, if any."
  (when (commandp function)
    (let* ((keys (where-is-internal function overriding-local-map nil nil))
           (non-menu (seq-remove (lambda (k) (and (> (length k) 0) (eq (aref k 0) 'menu-bar))) keys)))
      (when keys
        (help-fns--ensure-empty-line)
        (insert (if non-menu "It is bound to " "It can be invoked via the menu-bar.")
                (mapconcat #'key-description keys ", ")
                ".\n")))))

(defun help-fns--obsolete (function)
  "Insert a note when FUNCTION is obsolete."
  (let* ((obsolete (and (symbolp function) (get function 'byte-obsolete-info)))
         (use (car obsolete)))
    (when obsolete
      (insert "  This " (if (eq (car-safe (symbol-function function)) 'macro) "macro" "function")
              " is obsolete")
      (when (nth 2 obsolete) (insert (format " since %s" (nth 2 obsolete))))
      (insert (cond ((stringp use) (concat ";\n  " use))
                    (use (format-message ";\n  use `%s' instead." use))
                    (t "."))
              "\n"))))

(defun describe-function-1 (function)
  "Insert the description of FUNCTION into `standard-output'."
  (let ((pt1 (with-current-buffer (if (bufferp standard-output) standard-output (current-buffer)) (point))))
    (help-fns-function-description-header function)
    (when (bufferp standard-output)
      (with-current-buffer standard-output
        (fill-region-as-paragraph (save-excursion (goto-char pt1) (line-beginning-position)) (point)))))
  (pcase-let* ((`(,real-function ,def ,_aliased ,real-def) (help-fns--analyze-function function))
               (doc-raw (condition-case nil
                            (documentation function t)
                          ;; An alias for a function not (yet) defined has none.
                          ((invalid-function void-function) nil))))
    (with-current-buffer (if (bufferp standard-output) standard-output (current-buffer))
      (help-fns--key-bindings function)
      (help-fns--ensure-empty-line)
      (let ((doc (condition-case nil
                     (help-fns--signature function doc-raw
                                          (if (subrp def) (indirect-function real-def) real-def)
                                          real-function)
                   ;; A dangling alias has no signature to show.
                   ((invalid-function void-function) doc-raw))))
        (help-fns--ensure-empty-line)
        (insert (or doc "Not documented."))
        ;; The notes come after an empty line, and leave one (GNU: help-fns--run-describe-functions).
        (unless (bolp) (insert "\n"))
        (help-fns--ensure-empty-line)
        (help-fns--obsolete function)
        (run-hook-with-args 'help-fns-describe-function-functions function)
        (help-fns--ensure-empty-line)))))

(defun describe-function (function)
  "Display the full documentation of FUNCTION (a symbol).
When called from Lisp, FUNCTION may also be a function object."
  (interactive (list (intern (completing-read "Describe function: " obarray #'fboundp t))))
  (let ((describe-function-orig-buffer (or describe-function-orig-buffer (current-buffer))))
    (help-setup-xref (list #'describe-function--helper function describe-function-orig-buffer)
                     (called-interactively-p 'interactive))
    (save-excursion
      (with-help-window (help-buffer)
        ;; (`get' also rejects function objects, as GNU's describe-function does.)
        (if (get function 'reader-construct) (princ function) (prin1 function))
        (princ " is ")
        (describe-function-1 function)
        (with-current-buffer standard-output (buffer-string))))))

(defun describe-function--helper (function buffer)
  (let ((describe-function-orig-buffer (if (buffer-live-p buffer) buffer)))
    (describe-function function)))

;;; describe-variable.

(defun help-fns--var-value-rep (val)
  ;; How a value is shown: non-boolean symbols in quotes.
  (let ((rep (let ((print-quoted t)) (prin1-to-string val))))
    (if (and (symbolp val) (not (booleanp val))) (format-message "`%s'" rep) rep)))

(defun help-fns--insert-value (val)
  ;; After "... value is": on the same line when short, else on lines of its own.
  (let ((rep (help-fns--var-value-rep val)))
    (if (< (+ (length rep) (- (point) (line-beginning-position))) 68)
        (insert " " rep)
      (insert "\n" rep))
    (insert "\n")))

(defun describe-variable (variable &optional buffer frame)
  "Display the full documentation of VARIABLE (a symbol).
Its value as seen in BUFFER (the current buffer by default) is shown too."
  (interactive (list (intern (completing-read "Describe variable: " obarray #'boundp t))))
  (ignore frame)
  (unless (buffer-live-p buffer) (setq buffer (current-buffer)))
  (if (not (symbolp variable))
      (user-error "You didn't specify a variable")
    (let ((file-name (find-lisp-object-file-name variable 'defvar))
          (valvoid (not (with-current-buffer buffer (boundp variable)))))
      (help-setup-xref (list #'describe-variable variable buffer) (called-interactively-p 'interactive))
      (with-help-window (help-buffer)
        (with-current-buffer standard-output
          (prin1 variable)
          (if file-name
              (progn
                (princ (format-message " is a variable defined in `%s'.\n\n"
                                       (if (eq file-name 'C-source) "C source code"
                                         (help-fns-short-filename file-name))))
                (if valvoid (princ "It is void as a variable.") (princ "Its value is")))
            (if valvoid (princ " is void as a variable.") (princ (format-message "'s value is"))))
          (if valvoid
              (insert "\n")
            (let ((val (help-fns--value-in-buffer variable buffer)))
              (help-fns--insert-value val)
              (when (and (local-variable-p variable buffer)
                         (default-boundp variable)
                         (not (equal val (default-value variable))))
                (insert (format "Local in buffer %s; global value is" (buffer-name buffer)))
                (help-fns--insert-value (default-value variable)))))
          (help-fns--ensure-empty-line)
          (let ((doc (documentation-property variable 'variable-documentation t)))
            (insert (if (stringp doc) (substitute-command-keys doc) "Not documented as a variable.")))
          (unless (bolp) (insert "\n"))
          (help-fns--ensure-empty-line)
          (let ((notes (help-fns--variable-notes variable buffer)))
            (when notes
              (insert (mapconcat (lambda (s) (concat "  " s)) notes "\n") "\n")))
          (run-hook-with-args 'help-fns-describe-variable-functions variable)
          (help-fns--ensure-empty-line)
          (buffer-string))))))

(defun help-fns--value-in-buffer (variable buffer)
  "VARIABLE's value as seen in BUFFER."
  (with-current-buffer buffer (symbol-value variable)))

(defun help-fns--variable-notes (variable buffer)
  "The indented notes `describe-variable' adds for VARIABLE."
  (let (notes)
    (let ((obsolete (get variable 'byte-obsolete-variable)))
      (when obsolete
        (push (concat "This variable is obsolete"
                      (if (nth 2 obsolete) (format " since %s" (nth 2 obsolete)) "")
                      (cond ((stringp (car obsolete)) (concat ";\n  " (car obsolete)))
                            ((car obsolete) (format-message ";\n  use `%s' instead." (car obsolete)))
                            (t ".")))
              notes)))
    (when (and (local-variable-if-set-p variable)
               (or (not (local-variable-p variable buffer))
                   (with-temp-buffer (local-variable-if-set-p variable))))
      (push "Automatically becomes buffer-local when set." notes))
    (when (get variable 'permanent-local)
      (push (format-message "This variable's value is permanent if it is given a local binding.") notes))
    (let ((safe (get variable 'safe-local-variable)))
      (when safe
        (push (if (symbolp safe)
                  (format-message "This variable is safe as a file local variable if its value\n  satisfies the predicate `%s'." safe)
                "This variable is safe as a file local variable if its value\n  satisfies the predicate which is a byte-compiled expression.")
              notes)))
    (when (get variable 'risky-local-variable)
      (push "This variable may be risky if used as a file-local variable." notes))
    (when (get variable 'custom-type)
      (push "You can customize this variable." notes))
    (nreverse notes)))

;;; describe-symbol and describe-keymap.

(defvar describe-symbol-backends
  `((nil ,#'fboundp ,(lambda (s _b _f) (describe-function s)))
    ;; Faces are described only where faces.el's describe-face exists.
    ("face" ,(lambda (s) (and (fboundp 'describe-face) (facep s))) ,(lambda (s _b _f) (describe-face s)))
    (nil ,(lambda (symbol)
            (or (and (boundp symbol) (not (keywordp symbol)))
                (get symbol 'variable-documentation)))
         ,#'describe-variable))
  "List of providers of information about symbols: (NAME TESTFUN DESCFUN).")

(defun describe-symbol (symbol &optional buffer frame)
  "Display the full documentation of SYMBOL as a function, variable and/or face."
  (interactive (list (intern (completing-read "Describe symbol: " obarray nil t))))
  (unless (symbolp symbol) (user-error "You didn't specify a function or variable"))
  (unless (buffer-live-p buffer) (setq buffer (current-buffer)))
  (with-current-buffer (help-buffer)
    ;; The previous item goes on the stack before the text is replaced.
    (help-setup-xref nil nil)
    (let* ((docs (nreverse
                  (delq nil
                        (mapcar (lambda (backend)
                                  (when (funcall (nth 1 backend) symbol)
                                    (setq help-xref-stack-item nil)
                                    (cons (nth 0 backend) (funcall (nth 2 backend) symbol buffer frame))))
                                describe-symbol-backends))))
           (single (null (cdr docs))))
      ;; Each earlier description goes on top of the later one, below a separator line.
      (while (cdr docs)
        (goto-char (point-min))
        (let ((inhibit-read-only t) (name (caar docs)) (doc (cdr (cadr docs))))
          (when doc
            (insert doc)
            (delete-region (point) (progn (skip-chars-backward " \t\n") (point)))
            (insert "\n\n" (make-string (1- (window-width)) ?-) "\n\n")
            (when name (insert (symbol-name symbol) " is also a " name "." "\n\n"))))
        (setq docs (cdr docs)))
      (unless single
        (setq help-xref-stack-item nil)
        (help-setup-xref (list #'describe-symbol symbol) nil))
      (goto-char (point-min)))))

(defun help-fns-find-keymap-name (keymap)
  "The name of a variable whose value is KEYMAP, or nil."
  (when (keymapp keymap)
    (let ((name (catch 'found-keymap
                  (mapatoms (lambda (symb)
                              (when (and (boundp symb) (eq (symbol-value symb) keymap)
                                         (not (eq symb 'keymap)))
                                (throw 'found-keymap symb))))
                  nil)))
      (or (ignore-errors (indirect-variable name)) name))))

(defun describe-keymap (keymap)
  "Describe key bindings in KEYMAP (a keymap variable or a keymap)."
  (interactive (list (intern (completing-read "Keymap: " obarray
                                              (lambda (m) (and (boundp m) (keymapp (symbol-value m))))
                                              t))))
  (let (used-gentemp)
    (unless (and (symbolp keymap) (boundp keymap) (keymapp (symbol-value keymap)))
      (unless (keymapp keymap)
        (if (symbolp keymap) (error "Not a keymap variable: %S" keymap) (error "Not a keymap")))
      ;; GNU 28.2 never looks for the variable holding a keymap value: it is always shown as a map object.
      (let ((sym nil))
        (unless sym
          (setq sym (make-symbol "KEYMAP OBJECT (no variable)") used-gentemp t)
          (set sym keymap))
        (setq keymap sym)))
    (setq keymap (or (ignore-errors (indirect-variable keymap)) keymap))
    (help-setup-xref (list #'describe-keymap keymap) (called-interactively-p 'interactive))
    (let ((doc (documentation-property keymap 'variable-documentation))
          (file-name (find-lisp-object-file-name keymap 'defvar))
          (map (symbol-value keymap)))
      (with-help-window (help-buffer)
        (with-current-buffer standard-output
          (unless used-gentemp
            (princ (format-message "%S is a keymap variable" keymap))
            (if (not file-name)
                (princ ".\n\n")
              (princ (format-message " defined in `%s'.\n\n"
                                     (if (eq file-name 'C-source) "C source code"
                                       (help-fns-short-filename file-name))))))
          (when (and doc (not (equal doc "")))
            (insert "Documentation:\n" doc "\n\n"))
          ;; What \\{MAP} in a docstring expands to.
          (describe-map-tree map t nil nil nil t nil nil t))))))

(provide 'help-fns)

;;; help-fns.el ends here
