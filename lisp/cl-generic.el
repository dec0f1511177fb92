;;; cl-generic.el --- generic functions (GNU: lisp/emacs-lisp/cl-generic.el)  -*- lexical-binding: t -*-
;; Written for tsmacs: `cl-defgeneric' and `cl-defmethod' with type, struct, (eql V), (head V) and
;; &context specializers, :around/:before/:after/:extra qualifiers, `cl-call-next-method' and
;; `cl-next-method-p', and :argument-precedence-order.
;;
;; A generic function NAME keeps a `cl--generic' record as NAME's `cl--generic' property; its
;; function cell holds a dispatcher closure.  A call finds the applicable methods, orders them by
;; specificity (argument by argument), and combines them in the standard way.  The combined
;; method is cached per list of argument types when no method specializes on values.

(define-error 'cl-no-method "No method")
(define-error 'cl-no-next-method "No next method" 'cl-no-method)
(define-error 'cl-no-applicable-method "No applicable method" 'cl-no-method)
(define-error 'cl-no-primary-method "No primary method" 'cl-no-method)

(defconst cl--typeof-types
  '((integer number number-or-marker atom)
    (symbol atom) (string array sequence atom)
    (cons list sequence)
    (marker number-or-marker atom)
    (overlay atom) (float number atom) (window-configuration atom)
    (process atom) (window atom) (subr atom) (compiled-function function atom)
    (module-function function atom)
    (buffer atom) (char-table array sequence atom)
    (bool-vector array sequence atom)
    (frame atom) (hash-table atom) (terminal atom)
    (thread atom) (mutex atom) (condvar atom)
    (font-spec atom) (font-entity atom) (font-object atom)
    (vector array sequence atom)
    (user-ptr atom)
    (null symbol list sequence atom))
  "Alist of supertypes: (TYPE . SUPERTYPES), most specific first, for the types `type-of' returns.")

;; Generic record: 1 name, 2 methods, 3 options, 4 argument precedence (list of indices or nil),
;; 5 dispatch cache (hash table or nil when value specializers forbid caching).
;; Method record: 1 specializers, 2 qualifiers, 3 call-con (takes next-method functions),
;; 4 function, 5 context specializers (list of (GETTER . SPECIALIZER)).

(defun cl--generic (name)
  "The generic function record of NAME, or nil."
  (get name 'cl--generic))

(defun cl--generic-resolve (name)
  "NAME, or the generic function it is an alias of."
  (let ((n name))
    (while (and (null (cl--generic n)) (fboundp n) (symbolp (symbol-function n)) (symbol-function n))
      (setq n (symbol-function n)))
    (if (cl--generic n) n name)))

(defun cl--generic-unadvised (name)
  "NAME's function definition under any advice (`advice-add' keeps the generic function)."
  (let ((f (symbol-function name)))
    (if (fboundp 'advice--cd*r) (advice--cd*r f) f)))

(defun cl--generic-ensure (name)
  "The generic record of NAME, created (with its dispatcher) if needed."
  (let* ((name (cl--generic-resolve name))
         (g (cl--generic name)))
    (when (and g (not (eq (cl--generic-unadvised name) (get name 'cl--generic-dispatcher))))
      ;; The function was redefined or `fmakunbound': its methods are gone.
      (setq g nil))
    (unless g
      (when (and (fboundp name) (symbol-function name) (not (autoloadp (symbol-function name))))
        (error "%s is already defined as something else than a generic function" name))
      (setq g (record 'cl--generic name nil nil nil (make-hash-table :test 'equal)))
      (put name 'cl--generic g)
      (let ((dispatcher (lambda (&rest args) (cl--generic-dispatch g args))))
        (put name 'cl--generic-dispatcher dispatcher)
        (defalias name dispatcher)))
    g))

(defun cl--generic-name (name)
  "NAME as a symbol: (setf FOO) names the setter of FOO."
  (if (and (consp name) (eq (car name) 'setf)) (gv-setter (cadr name)) name))

(defun cl-generic-p (f)
  "Return non-nil if F is a generic function."
  (and (symbolp f) (cl--generic f) t))

(defun cl--generic-split-args (args)
  "Split a method lambda list ARGS into (SPECIALIZED-REQUIRED PLAIN-ARGS CONTEXT)."
  (let ((required nil) (plain nil) (context nil) (state 'required))
    (while args
      (let ((a (car args)))
        (cond
         ((eq a '&context)
          (setq args (cdr args))
          (while (and args (consp (car args)))
            (push (car args) context)
            (setq args (cdr args)))
          (setq a nil))
         ((memq a '(&optional &rest &body &key &aux &allow-other-keys))
          (setq state 'other) (push a plain))
         ((eq state 'required)
          (push (if (consp a) a (list a t)) required)
          (push (if (consp a) (car a) a) plain))
         (t (push a plain)))
        (if a (setq args (cdr args)))))
    (list (nreverse required) (nreverse plain) (nreverse context))))

;; Edebug names a method after its generic function, qualifiers and specializers, e.g.
;; "foo :around (number)", as GNU's Edebug specs for cl-defgeneric/cl-defmethod do.
(defvar cl--generic-edebug-name nil)

(defun cl-generic--method-qualifier-p (x)
  "Non-nil if X can be a method qualifier (anything but the argument list)."
  (not (listp x)))

(defun cl--generic-edebug-remember-name (name pf &rest specs)
  "Match SPECS through PF with the generic function's NAME (a list) at hand for its :methods."
  (let ((cl--generic-edebug-name (car name)))
    (funcall pf specs)))

(defun cl--generic-edebug-make-name (in:method _oldname &rest quals-and-args)
  "The Edebug name of a method: generic name, qualifiers, then the specializers' list."
  (let* ((basename (if in:method cl--generic-edebug-name (pop quals-and-args)))
         (args (car (last quals-and-args)))
         (specializers (mapcar (lambda (a) (if (eq (car-safe (car a)) '&context) a (cadr a)))
                               (car (cl--generic-split-args args)))))
    (format "%s %s"
            (mapconcat (lambda (x) (format "%s" x)) (cons basename (butlast quals-and-args)) " ")
            specializers)))

(defmacro cl-defgeneric (name args &rest options-and-methods)
  "Create a generic function NAME.
DOC-STRING is the base documentation for this class.  A generic
function has no body, as its purpose is to decide which method body
is appropriate to use.  Specific methods are defined with `cl-defmethod'.
With this implementation the ARGS are currently ignored.
OPTIONS-AND-METHODS currently understands:
- (:documentation DOCSTRING)
- (declare DECLARATIONS)
- (:argument-precedence-order &rest ARGS)
- (:method [QUALIFIERS...] ARGS &rest BODY)
DEFAULT-BODY, if present, is used as the body of a default method.

\(fn NAME ARGS [DOC-STRING] [OPTIONS-AND-METHODS...] &rest DEFAULT-BODY)"
  (declare (indent 2) (doc-string 3)
           (debug (&define &interpose [&name sexp] cl--generic-edebug-remember-name
                           listp lambda-doc
                           [&rest [&or ("declare" &rest sexp)
                                       (":argument-precedence-order" &rest sexp)
                                       (&define ":method"
                                                [&name [[&rest cl-generic--method-qualifier-p] listp]
                                                       cl--generic-edebug-make-name in:method]
                                                lambda-doc def-body)]]
                           def-body)))
  (let* ((fname (cl--generic-name name))
         (doc (if (stringp (car-safe options-and-methods)) (pop options-and-methods)))
         (options nil) (methods nil))
    (while (and options-and-methods (or (keywordp (car-safe (car options-and-methods)))
                                        (eq (car-safe (car options-and-methods)) 'declare)))
      (let ((o (pop options-and-methods)))
        (cond ((eq (car o) :documentation) (setq doc (cadr o)))
              ((eq (car o) :method) (push `(cl-defmethod ,name ,@(cdr o)) methods))
              ((eq (car o) 'declare)
               (dolist (d (cdr o)) (setq methods (append (cl--generic-declaration fname args d) methods))))
              (t (push o options)))))
    `(progn
       (cl-generic-define ',fname ',args ',(nreverse options))
       ,@(and doc `((put ',fname 'function-documentation ,doc)))
       ,@(nreverse methods)
       ,@(and options-and-methods `((cl-defmethod ,name ,args ,@options-and-methods)))
       ',fname)))

(defun cl--generic-declaration (name args decl)
  "Forms carrying out the `declare' spec DECL of the generic function NAME with lambda list ARGS.
They are returned in reverse order."
  (let ((handler (cadr decl)))
    (pcase (car decl)
      ('gv-expander
       (list (if (eq (car-safe handler) 'lambda)
                 `(function-put ',name 'gv-expander (lambda (,@(cadr handler) ,@args) ,@(cddr handler)))
               `(function-put ',name 'gv-expander #',handler))))
      ('gv-setter
       (list (if (eq (car-safe handler) 'lambda)
                 `(gv-define-setter ,name (,@(cadr handler) ,@args) ,@(cddr handler))
               `(gv-define-simple-setter ,name ,handler))))
      (_ (and (fboundp 'byte-run--declarations)
              (reverse (byte-run--declarations name (list decl))))))))

(defun cl-generic-define (name args options)
  "Define NAME as a generic function with lambda list ARGS and OPTIONS."
  (let* ((fresh (not (fboundp name)))
         (g (cl--generic-ensure name))
         (mandatory (mapcar #'car (car (cl--generic-split-args args))))
         (apo (cdr (assq :argument-precedence-order options))))
    (when fresh (aset g 2 nil) (clrhash (aref g 5)))
    (aset g 3 options)
    (aset g 4 (and apo (mapcar (lambda (a)
                                 (or (cl-position a mandatory) (error "%S is not a mandatory argument" a)))
                               apo)))
    name))

(defmacro cl-defmethod (name args &rest body)
  "Define a new method for generic function NAME.
The arguments of the method are in ARGS: the required ones may be
specialized, as (VAR TYPE), where TYPE is a type name (such as `integer'
or a `cl-defstruct' type), (eql VAL) or (head VAL).  &context (EXPR
SPECIALIZER)... dispatches on values of expressions.
QUALIFIERS (between NAME and ARGS) are :around, :before, :after or
:extra STRING.  In BODY, `cl-call-next-method' calls the next method
and `cl-next-method-p' tells whether there is one.

\(fn NAME [EXTRA] [QUALIFIER] ARGS &rest [DOCSTRING] BODY)"
  (declare (doc-string 3) (indent defun)
           (debug (&define [&name [sexp [&rest cl-generic--method-qualifier-p] listp]
                                  cl--generic-edebug-make-name nil]
                           lambda-doc def-body)))
  (let ((qualifiers nil) (fname (cl--generic-name name)))
    (while (not (listp args))
      (push args qualifiers)
      (setq args (pop body)))
    (setq qualifiers (nreverse qualifiers))
    (let* ((split (cl--generic-split-args args))
           (required (nth 0 split))
           (plain (nth 1 split))
           (context (nth 2 split))
           (uses-cnm (or (cl--tree-mentions-p 'cl-call-next-method body)
                         (cl--tree-mentions-p 'cl-next-method-p body)))
           (fun (if uses-cnm
                    (let ((cnm (make-symbol "cl--cnm")) (nmp (make-symbol "cl--nmp")))
                      `(cl-function
                        (lambda (,cnm ,nmp ,@plain)
                          (cl-flet ((cl-call-next-method ,cnm) (cl-next-method-p ,nmp))
                            ,@body))))
                  `(cl-function (lambda ,plain ,@body)))))
      `(progn
         (cl-generic-define-method
          ',fname ',qualifiers
          (list ,@(mapcar (lambda (r) (cl--generic-specializer-form (cadr r))) required))
          ,(and uses-cnm t) ,fun
          (list ,@(mapcar (lambda (c) `(cons (lambda () ,(car c)) ,(cl--generic-specializer-form (cadr c))))
                          context)))
         ',fname))))

(defun cl--generic-specializer-form (spec)
  "A form computing the specializer SPEC: (eql EXP) evaluates EXP, as GNU 28 does.
A non-constant symbol stays unevaluated, for compatibility with code written for Emacs < 28."
  (cond ((eq (car-safe spec) 'eql)
         (let ((v (cadr spec)))
           `(list 'eql ,(if (and (symbolp v) (not (macroexp-const-p v))) (list 'quote v) v))))
        ((eq (car-safe spec) 'member) `(cons 'member (list ,@(cdr spec))))
        (t `',spec)))

(defun cl-generic-define-method (name qualifiers specializers call-con function &optional context)
  "Add or replace the method of NAME for QUALIFIERS and SPECIALIZERS."
  (let* ((g (cl--generic-ensure name))
         (methods (aref g 2))
         (old (cl-find-if (lambda (m) (and (equal (aref m 1) specializers) (equal (aref m 2) qualifiers)
                                           (equal (mapcar #'cdr (aref m 5)) (mapcar #'cdr context))))
                          methods))
         (m (record 'cl--generic-method specializers qualifiers call-con function context)))
    (aset g 2 (cons m (delq old methods)))
    (let ((cache (aref g 5)))
      (if (and cache (null context)
               (not (cl-some (lambda (s) (memq (car-safe s) '(eql member head))) specializers)))
          (clrhash cache)
        (aset g 5 nil)))
    name))

;;; Dispatch

(defun cl--generic-arg-types (arg)
  "The types ARG belongs to, most specific first."
  (cond
   ((null arg) (assq 'null cl--typeof-types))
   ((and (recordp arg) (cl--struct-class-p (cl--find-class (type-of arg))))
    (let ((res nil) (c (cl--find-class (type-of arg))))
      (while c (push (cl--class-name c) res) (setq c (car (cl--class-parents c))))
      (append (nreverse res) '(cl-structure-object record atom))))
   (t (let ((ty (type-of arg)))
        (cons ty (cdr (assq ty cl--typeof-types)))))))

(defun cl--generic-spec-rank (spec arg types)
  "How specifically SPEC matches ARG (whose types are TYPES): a number, smaller is more specific, or nil."
  (cond
   ((eq spec t) 100000)
   ((eq (car-safe spec) 'eql) (and (eql arg (cadr spec)) 0))
   ((eq (car-safe spec) 'member) (and (memql arg (cdr spec)) 0))
   ((eq (car-safe spec) 'head) (and (eql (car-safe arg) (cadr spec)) 1))
   ((symbolp spec)
    (let ((pos (cl-position spec types)))
      (cond (pos (+ 10 pos))
            ((and (not (cl--find-class spec)) (ignore-errors (cl-typep arg spec))) 50000)
            (t nil))))
   (t nil)))

(defun cl--generic-dispatch (g args)
  "Call the generic function G on ARGS."
  (let* ((cache (aref g 5))
         (key (and cache (mapcar (lambda (a) (if (null a) 'null (type-of a))) args)))
         (effective (and cache (gethash key cache))))
    (unless effective
      (setq effective (cl--generic-compute g args))
      (if cache (puthash key effective cache)))
    (apply effective args)))

(defun cl--generic-compute (g args)
  "The effective method of G for ARGS (a function of the arguments)."
  (let* ((name (aref g 1))
         (types (mapcar #'cl--generic-arg-types args))
         (order (or (aref g 4) nil))
         (ranked nil))
    (dolist (m (aref g 2))
      (let ((ranks nil) (ok t) (specs (aref m 1)) (as args) (ts types))
        (while (and ok specs)
          (if (null as) (setq ok nil)
            (let ((r (cl--generic-spec-rank (car specs) (car as) (car ts))))
              (if r (push r ranks) (setq ok nil))))
          (setq specs (cdr specs) as (cdr as) ts (cdr ts)))
        (dolist (c (aref m 5))
          (when ok
            (let* ((v (funcall (car c)))
                   (r (cl--generic-spec-rank (cdr c) v (cl--generic-arg-types v))))
              (if r (push r ranks) (setq ok nil)))))
        (when ok
          (setq ranks (nreverse ranks))
          (when order
            ;; :argument-precedence-order: the listed arguments first, then the others in order.
            (let ((first (mapcar (lambda (i) (nth i ranks)) order)) (rest nil) (i 0))
              (dolist (r ranks) (unless (memq i order) (push r rest)) (setq i (1+ i)))
              (setq ranks (append first (nreverse rest)))))
          (push (cons ranks m) ranked))))
    (if (null ranked)
        (lambda (&rest args) (signal 'cl-no-applicable-method (cons name args)))
      (setq ranked (sort ranked (lambda (a b) (cl--generic-rank< (car a) (car b)))))
      (let ((arounds nil) (befores nil) (primaries nil) (afters nil))
        (dolist (r ranked)
          (let ((q (cl-remove-if #'stringp (remq :extra (aref (cdr r) 2)))))
            (pcase q
              ('(:around) (push (cdr r) arounds))
              ('(:before) (push (cdr r) befores))
              ('(:after) (push (cdr r) afters))
              ('() (push (cdr r) primaries))
              (_ (error "Unsupported qualifiers in function %S: %S" name q)))))
        (setq arounds (nreverse arounds) befores (nreverse befores) primaries (nreverse primaries))
        ;; AFTERS stays least specific first.
        (let ((inner (if (and (null befores) (null afters))
                         (if primaries (cl--generic-chain name primaries nil)
                           (lambda (&rest args) (signal 'cl-no-primary-method (cons name args))))
                       (let ((main (if primaries (cl--generic-chain name primaries nil)
                                     (lambda (&rest args) (signal 'cl-no-primary-method (cons name args))))))
                         (lambda (&rest args)
                           (dolist (m befores) (apply (aref m 4) args))
                           (prog1 (apply main args)
                             (dolist (m afters) (apply (aref m 4) args))))))))
          (if arounds (cl--generic-chain name arounds inner) inner))))))

(defun cl--generic-rank< (a b)
  "Non-nil if rank list A is more specific than B (lexicographic)."
  ;; A missing rank (a method with fewer specialized arguments) counts as `t'.
  (while (and (or a b) (= (or (car a) 100000) (or (car b) 100000))) (setq a (cdr a) b (cdr b)))
  (and (or a b) (< (or (car a) 100000) (or (car b) 100000))))

(defun cl--generic-chain (name methods last)
  "A function applying the first of METHODS, whose next methods are the rest, then LAST (or none)."
  (if (null methods)
      last
    (let* ((m (car methods))
           (next (cl--generic-chain name (cdr methods) last))
           (fn (aref m 4)))
      (if (not (aref m 3))
          fn
        (lambda (&rest args)
          (apply fn
                 (lambda (&rest cnm-args)
                   (let ((a (or cnm-args args)))
                     (if next (apply next a) (signal 'cl-no-next-method (cons name a)))))
                 (lambda () (and next t))
                 args))))))

(defun cl-no-applicable-method (generic &rest args)
  "Function called when a method call finds no applicable method."
  (signal 'cl-no-applicable-method (cons generic args)))

(defun cl-no-next-method (generic method &rest args)
  "Function called when `cl-call-next-method' finds no next method."
  (signal 'cl-no-next-method `(,generic ,method ,@args)))

(defun cl-no-primary-method (generic &rest args)
  "Function called when a method call finds no primary method."
  (signal 'cl-no-primary-method (cons generic args)))

(defun cl-find-method (generic qualifiers specializers)
  "The method of GENERIC with QUALIFIERS and SPECIALIZERS, or nil."
  (let ((g (cl--generic (cl--generic-resolve generic))))
    (and g (cl-find-if (lambda (m) (and (equal (aref m 2) qualifiers)
                                        (equal (aref m 1) (mapcar (lambda (s) (or s t)) specializers))))
                       (aref g 2)))))

(defun cl--generic-method-files (method)
  "Files defining methods of METHOD (load history is not kept per method here)."
  (ignore method)
  nil)

;; Outside a method body (where `cl-defmethod' binds them locally) these only complain, as in GNU.
(defun cl-call-next-method (&rest _args)
  "Function to call the next applicable method.
Can only be used from within the lexical body of a primary or around method."
  (error "cl-call-next-method only allowed inside primary and around methods"))

(defun cl-next-method-p ()
  "Return non-nil if there is a next method.
Can only be used from within the lexical body of a primary or around method."
  (error "cl-next-method-p only allowed inside primary and around methods"))

(provide 'cl-generic)
;;; cl-generic.el ends here
