;;; macroexp.el --- helpers for writing macros (GNU: lisp/emacs-lisp/macroexp.el)  -*- lexical-binding: t -*-
;; Written for tsmacs.  `macroexpand', `macroexpand-1' and `macroexpand-all' themselves are primitives
;; (src/eval-subrs.ts); this file holds the Lisp-level helpers macro writers use.

(defvar macroexpand-all-environment nil
  "The macro environment of the `macroexpand-all' call in progress.
Macros that expand their body with `macroexpand-all' themselves (`cl-macrolet', `cl-flet'...) pass
this on so that nested local macros still see the outer ones.")

(defun macroexp-progn (exps)
  "Return EXPS (a list of expressions) with `progn' prepended.
If EXPS is a list with a single expression, `progn' is not
prepended, but that expression is returned instead."
  (if (cdr exps) (cons 'progn exps) (car exps)))

(defun macroexp-unprogn (exp)
  "Turn EXP into a list of expressions to execute in sequence.
Never returns an empty list."
  (if (eq (car-safe exp) 'progn) (or (cdr exp) '(nil)) (list exp)))

(defun macroexp-let* (bindings exp)
  "Return an expression equivalent to \\=`(let* ,BINDINGS ,EXP)."
  (cond
   ((null bindings) exp)
   ;; Merging into an inner let* keeps the expansion flat.
   ((eq (car-safe exp) 'let*)
    (cons 'let* (cons (append bindings (car (cdr exp))) (cdr (cdr exp)))))
   (t (list 'let* bindings exp))))

(defun macroexp-if (test then else)
  "Return an expression equivalent to \\=`(if ,TEST ,THEN ,ELSE)."
  (cond
   ;; An `if' whose else branch is another conditional flattens into one `cond'.
   ((eq (car-safe else) 'if)
    (let ((else-test (nth 1 else)) (else-then (nth 2 else)) (else-else (nthcdr 3 else)))
      (if (equal then else-then)
          (cons 'if (cons (list 'or test else-test) (cons then else-else)))
        (cons 'cond
              (cons (cons test (macroexp-unprogn then))
                    (cons (cons else-test (macroexp-unprogn else-then))
                          (and else-else (list (cons t else-else)))))))))
   ((eq (car-safe else) 'cond)
    (cons 'cond (cons (cons test (macroexp-unprogn then)) (cdr else))))
   (t (cons 'if (cons test (cons then (and else (macroexp-unprogn else))))))))

(defun macroexp--const-symbol-p (symbol &optional any-value)
  "Non-nil if SYMBOL is constant.
If ANY-VALUE is nil, only return non-nil if the value of the symbol is the symbol itself."
  (or (memq symbol '(nil t))
      (keywordp symbol)
      (if any-value
          (or (memq symbol '(most-positive-fixnum most-negative-fixnum float-pi float-e)) nil))))

(defun macroexp-const-p (exp)
  "Return non-nil if EXP will always evaluate to the same value."
  (cond ((consp exp) (or (eq (car exp) 'quote)
                         (and (eq (car exp) 'function) (symbolp (car-safe (cdr exp))))))
        ((symbolp exp) (macroexp--const-symbol-p exp))
        (t t)))

(defun macroexp-copyable-p (exp)
  "Return non-nil if EXP can be copied without extra cost."
  (or (symbolp exp) (macroexp-const-p exp)))

(defun macroexp--maxsize (exp size)
  "Return SIZE minus the number of conses and atoms in EXP, stopping once below zero."
  (cond ((< size 0) size)
        ((consp exp)
         (while (and (consp exp) (>= size 0))
           (setq size (macroexp--maxsize (car exp) (1- size)))
           (setq exp (cdr exp)))
         (if exp (1- size) size))
        ((vectorp exp)
         (let ((i 0) (n (length exp)))
           (while (and (< i n) (>= size 0))
             (setq size (macroexp--maxsize (aref exp i) size) i (1+ i))))
         size)
        (t (1- size))))

(defun macroexp-small-p (exp)
  "Return non-nil if EXP can be considered small."
  (> (macroexp--maxsize exp 10) 0))

(defun macroexp-quote (v)
  "Return an expression E such that `(eval E)' is V.
E is either V or (quote V) depending on whether V evaluates to itself or not."
  (if (and (not (consp v))
           (or (keywordp v) (not (symbolp v)) (memq v '(nil t))))
      v
    (list 'quote v)))

(defmacro macroexp-let2 (test sym exp &rest body)
  "Evaluate BODY with SYM bound to an expression for EXP's value.
BODY builds code that may refer to EXP's value many times while EXP is evaluated only once: if
EXP satisfies TEST (default `macroexp-const-p') SYM is EXP itself, otherwise SYM is a fresh
symbol and the code BODY returns is wrapped in a `let*' binding it to EXP."
  (declare (indent 3) (debug (sexp sexp form body)))
  (let ((bodysym (make-symbol "body"))
        (expsym (make-symbol "exp")))
    `(let* ((,expsym ,exp)
            (,sym (if (funcall #',(or test #'macroexp-const-p) ,expsym)
                      ,expsym
                    (make-symbol ,(symbol-name sym))))
            (,bodysym ,(macroexp-progn body)))
       (if (eq ,sym ,expsym)
           ,bodysym
         (macroexp-let* (list (list ,sym ,expsym)) ,bodysym)))))

(defmacro macroexp-let2* (test bindings &rest body)
  "Multiple binding version of `macroexp-let2'.
BINDINGS is a list of elements of the form (SYM EXP).  Each EXP
can refer to symbols specified earlier in the binding list."
  (declare (indent 2) (debug (sexp (&rest (sexp form)) body)))
  (if (null bindings)
      (macroexp-progn body)
    (let ((b (car bindings)))
      (unless (and (consp b) (symbolp (car b)) (consp (cdr b)) (null (cddr b)))
        (error "No clause matching `%S'" bindings))
      `(macroexp-let2 ,test ,(car b) ,(cadr b)
         (macroexp-let2* ,test ,(cdr bindings) ,@body)))))

(defun macroexp-parse-body (body)
  "Parse a function BODY into (DECLARATIONS . EXPS)."
  (let ((decls nil))
    (while (and (cdr body)
                (let ((e (car body)))
                  (or (stringp e)
                      (memq (car-safe e) '(:documentation declare interactive cl-declare)))))
      (setq decls (cons (car body) decls) body (cdr body)))
    (cons (nreverse decls) body)))

(defun macroexp-compiling-p ()
  "Return non-nil if we're macroexpanding for the byte compiler.
tsmacs compiles every function lazily and has no separate byte compiler, so this is always nil."
  nil)

(defun macroexp-file-name ()
  "Return the name of the file from which the code comes.
Returns nil when we do not know.
A non-nil result is expected to be reliable when called from a macro in order
to find the file in which the macro's call was found, and it should be
reliable as well when used at the top-level of a file.
Other uses risk returning non-nil value that point to the wrong file."
  ;; `load' and `eval-buffer' put the file being read at the start of `current-load-list', which is
  ;; kept newest first, so it is the last element.
  (let ((file (car (last current-load-list))))
    (or (and (stringp file) file)
        (and (boundp 'byte-compile-current-file) byte-compile-current-file))))

(defun macroexp--funcall-if-compiled (_form)
  "Pseudo function used internally by macroexp to delay warnings."
  nil)

(defun macroexp-warn-and-return (msg form &optional _category compile-only)
  "Return code equivalent to FORM labeled with warning MSG.
Without a byte compiler, the warning is emitted at expansion time unless COMPILE-ONLY."
  (when (and msg (not compile-only))
    (message "%sWarning: %s"
             (if (stringp load-file-name) (concat (file-name-nondirectory load-file-name) ": ") "")
             msg))
  form)

(defun macroexp-macroexpand (form env)
  "Like `macroexpand' but checking obsolescence."
  (macroexpand form env))

(defun macroexp--fgrep (bindings sexp)
  "Return those of the BINDINGS which might be used in SEXP.
A conservative test: any occurrence of a binding's symbol anywhere in SEXP
counts.  SEXP may contain cycles."
  (let ((res nil) (todo (list sexp)) (seen (make-hash-table :test 'eq)))
    (while (and todo bindings)
      (let ((x (car todo)))
        (setq todo (cdr todo))
        (cond
         ((consp x)
          ;; Walk the spine; cars are queued, every cons is visited once.
          (while (and (consp x) (not (gethash x seen)))
            (puthash x t seen)
            (setq todo (cons (car x) todo) x (cdr x)))
          (unless (consp x) (setq todo (cons x todo))))
         ((vectorp x)
          (unless (gethash x seen)
            (puthash x t seen)
            (setq todo (append x todo))))
         ((symbolp x)
          (let ((b (assq x bindings)))
            (when b
              (setq res (cons b res) bindings (remq b bindings))))))))
    res))

(unless (fboundp 'file-name-nondirectory)
  ;; A private fallback until fileio provides it.
  (defun file-name-nondirectory (filename)
    "Return the last component of FILENAME."
    (let ((i (length filename)))
      (while (and (> i 0) (/= (aref filename (1- i)) ?/)) (setq i (1- i)))
      (substring filename i))))

(provide 'macroexp)
;;; macroexp.el ends here
