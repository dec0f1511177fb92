;;; byte-run.el --- defining macros of tsmacs's preloaded library  -*- lexical-binding: t -*-
;; The same surface as GNU's lisp/emacs-lisp/byte-run.el (defmacro, defun, declare, defsubst,
;; obsolescence); written for tsmacs.

(defalias '\` (cons 'macro #'backquote--expand))

(defalias 'function-put
  #'(lambda (func prop value)
      "Set FUNCTION's property PROP to VALUE."
      (put func prop value)))

(defalias 'byte-run--split-body
  #'(lambda (body allow-doc)
      "Split BODY into (DOC DECLARES INTERACTIVE . REST)."
      (let ((doc nil) (decls nil) (int nil) (done nil))
        (while (and body (null done))
          (let ((f (car body)))
            (cond
             ((and allow-doc (stringp f) (cdr body) (null doc) (null decls) (null int))
              (setq doc f body (cdr body)))
             ((and (consp f) (eq (car f) 'declare))
              (setq decls (append decls (cdr f)) body (cdr body)))
             ((and (consp f) (eq (car f) 'interactive) (null int))
              (setq int f body (cdr body)))
             (t (setq done t)))))
        (cons doc (cons decls (cons int body))))))

(defalias 'byte-run--declarations
  #'(lambda (name decls &optional macrop)
      "Forms that carry out the `declare' specs DECLS for function NAME (a macro if MACROP)."
      (let ((out nil))
        (while decls
          (let ((d (car decls)))
            (cond
             ((eq (car-safe d) 'indent)
              (setq out (cons (list 'function-put (list 'quote name) ''lisp-indent-function (list 'quote (car (cdr d)))) out)))
             ((eq (car-safe d) 'doc-string)
              (setq out (cons (list 'function-put (list 'quote name) ''doc-string-elt (list 'quote (car (cdr d)))) out)))
             ((eq (car-safe d) 'obsolete)
              (setq out (cons (list 'make-obsolete (list 'quote name) (list 'quote (car (cdr d))) (car (cdr (cdr d)))) out)))
             ((memq (car-safe d) '(pure side-effect-free))
              (setq out (cons (list 'function-put (list 'quote name) (list 'quote (car d)) (list 'quote (car (cdr d)))) out)))
             ((eq (car-safe d) 'compiler-macro)
              (setq out (cons (list 'function-put (list 'quote name) ''compiler-macro (list 'function (car (cdr d)))) out)))
             ((eq (car-safe d) 'gv-setter)
              (setq out (cons (list 'function-put (list 'quote name) ''gv-setter-spec (list 'quote (car (cdr d)))) out)))
             ((eq (car-safe d) 'gv-expander)
              (setq out (cons (list 'function-put (list 'quote name) ''gv-expander-spec (list 'quote (car (cdr d)))) out)))
             ;; Macro-only declarations (GNU's macro-declarations-alist): the Edebug spec, kept on
             ;; the symbol's `edebug-form-spec' property, and font-lock's opt-out.
             ((and macrop (eq (car-safe d) 'debug))
              (setq out (cons (list 'progn :autoload-end
                                    (list 'put (list 'quote name) ''edebug-form-spec (list 'quote (car (cdr d)))))
                              out)))
             ((and macrop (eq (car-safe d) 'no-font-lock-keyword))
              (setq out (cons (list 'function-put (list 'quote name) ''no-font-lock-keyword
                                    (list 'quote (car (cdr d))))
                              out)))
             ((eq (car-safe d) 'advertised-calling-convention)
              (setq out (cons (list 'function-put (list 'quote name) ''advertised-calling-convention (list 'quote (car (cdr d)))) out)))))
          (setq decls (cdr decls)))
        (nreverse out))))

(defalias 'defmacro
  (cons 'macro
        #'(lambda (name arglist &rest body)
            "Define NAME as a macro."
            (let* ((parts (byte-run--split-body body t))
                   (doc (car parts))
                   (decls (car (cdr parts)))
                   (rest (cdr (cdr (cdr parts))))
                   (fn (cons 'lambda (cons arglist (if doc (cons doc rest) rest))))
                   (def (list 'defalias (list 'quote name) (list 'cons ''macro (list 'function fn))))
                   (extra (byte-run--declarations name decls t)))
              (if extra (cons 'prog1 (cons def extra)) def)))))

(defmacro defun (name arglist &rest body)
  "Define NAME as a function."
  (declare (doc-string 3) (indent 2))
  (let* ((parts (byte-run--split-body body t))
         (doc (car parts))
         (decls (car (cdr parts)))
         (int (car (cdr (cdr parts))))
         (rest (cdr (cdr (cdr parts))))
         (rest (if int (cons int rest) rest))
         (fn (cons 'lambda (cons arglist (if doc (cons doc rest) rest))))
         (def (list 'defalias (list 'quote name) (list 'function fn)))
         (extra (byte-run--declarations name decls)))
    (if extra (cons 'prog1 (cons def extra)) def)))

(defmacro lambda (&rest cdr)
  "Return an anonymous function."
  (declare (doc-string 2) (indent defun))
  (list 'function (cons 'lambda cdr)))

(defmacro def-edebug-spec (symbol spec)
  "Set the Edebug SPEC to use for sexps which have SYMBOL as head (both unevaluated).
The spec is kept on SYMBOL's `edebug-form-spec' property, where Edebug looks."
  (declare (indent 1))
  (list 'put (list 'quote symbol) ''edebug-form-spec (list 'quote spec)))

(defun def-edebug-elem-spec (name spec)
  "Define the Edebug spec element NAME as shorthand for SPEC (a list)."
  (declare (indent 1))
  ;; & and : begin the names of Edebug's own spec keywords.
  (when (string-match "\\`[&:]" (symbol-name name))
    (error "Edebug spec name cannot start with '&' or ':'"))
  (unless (consp spec) (error "Edebug spec has to be a list: %S" spec))
  (put name 'edebug-elem-spec spec))

(defmacro 1value (form)
  "Evaluate FORM, expecting a constant return value (Testcover checks that)."
  (declare (debug t))
  form)

(defmacro declare (&rest _specs)
  "Do not evaluate any arguments, and return nil."
  nil)

(defun function-get (f prop &optional _autoload)
  "Return the value of property PROP of function F, following aliases."
  (let ((val nil))
    (while (and (symbolp f) (null (setq val (get f prop))) (fboundp f)
                (let ((fundef (symbol-function f))) (and (symbolp fundef) fundef (setq f fundef)))))
    val))

(defmacro defsubst (name arglist &rest body)
  "Define an inline function.  The syntax is just like that of `defun'."
  (declare (doc-string 3) (indent 2))
  (list 'prog1 (cons 'defun (cons name (cons arglist body)))
        (list 'put (list 'quote name) ''byte-optimizer ''byte-compile-inline-expand)))

(defun make-obsolete (obsolete-name current-name when)
  "Make the byte-compiler warn that function OBSOLETE-NAME is obsolete."
  (put obsolete-name 'byte-obsolete-info (list current-name nil when))
  obsolete-name)

(defmacro define-obsolete-function-alias (obsolete-name current-name when &optional docstring)
  "Set OBSOLETE-NAME's function definition to CURRENT-NAME and mark it obsolete."
  (list 'progn (list 'defalias obsolete-name current-name docstring)
        (list 'make-obsolete obsolete-name current-name when)))

(defun make-obsolete-variable (obsolete-name current-name when &optional access-type)
  "Make the byte-compiler warn that OBSOLETE-NAME is obsolete."
  (put obsolete-name 'byte-obsolete-variable (list current-name access-type when))
  obsolete-name)

(defmacro define-obsolete-variable-alias (obsolete-name current-name when &optional docstring)
  "Make OBSOLETE-NAME a variable alias for CURRENT-NAME and mark it obsolete."
  (list 'progn (list 'defvaralias obsolete-name current-name docstring)
        (list 'make-obsolete-variable obsolete-name current-name when)))

(defmacro dont-compile (&rest body)
  "Like `progn', but the body always runs interpreted (not compiled)."
  (list 'eval (list 'quote (if (cdr body) (cons 'progn body) (car body)))))

(defmacro eval-when-compile (&rest body)
  "Like `progn', but evaluates the body at compile time if compiling.
As in GNU Emacs, uncompiled code evaluates BODY when the form is macroexpanded
and uses the value as a constant."
  (list 'quote (eval (cons 'progn body) lexical-binding)))

(defmacro eval-and-compile (&rest body)
  "Like `progn', but makes the body available at compile time too.
As in GNU Emacs, uncompiled code evaluates BODY when the form is
macroexpanded (eagerly, when a file is loaded) and uses its value."
  (list 'quote (eval (cons 'progn body) lexical-binding)))

(defmacro with-no-warnings (&rest body)
  "Like `progn', but prevents compiler warnings in the body."
  (cons 'progn body))

(defmacro with-suppressed-warnings (_warnings &rest body)
  "Like `progn', but prevents compiler WARNINGS in BODY."
  (cons 'progn body))

(defmacro declare-function (_fn _file &rest _args)
  "Tell the byte-compiler that function FN is defined, in FILE.  Expands to nil."
  nil)

(defvar advertised-signature-table (make-hash-table :test 'eq :weakness 'key)
  "Table of functions' advertised calling conventions.")

(defun set-advertised-calling-convention (function signature _when)
  "Set the advertised SIGNATURE of FUNCTION."
  (puthash (indirect-function function) signature advertised-signature-table))

(defun byte-compile-check-lambda-list (list)
  "Check lambda-list LIST for errors."
  (unless (internal--valid-lambda-list-p list)
    (error "Invalid lambda list: %S" list)))

(defun byte-compile (form)
  "If FORM is a symbol, compile its function definition; if a lambda or closure, compile and return it.
tsmacs compiles Lisp to JavaScript (not byte code): the result is the function object, compiled now."
  (cond
   ((and (symbolp form) (fboundp form))
    (let ((def (symbol-function form)))
      (if (eq (car-safe def) 'macro)
          (internal--compile-function (cdr def))
        (when (consp def) (internal--compile-function def)))
      def))
   ((eq (car-safe form) 'lambda)
    (let ((args (car-safe (cdr form))))
      (byte-compile-check-lambda-list args))
    (internal--compile-function (eval (list 'function form) lexical-binding)))
   ((eq (car-safe form) 'closure)
    (byte-compile-check-lambda-list (car-safe (cdr-safe (cdr-safe form))))
    (internal--compile-function form))
   (t (eval form lexical-binding))))
