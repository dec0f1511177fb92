;;; gv.el --- generalized variables: setf and places (GNU: lisp/emacs-lisp/gv.el)  -*- lexical-binding: t -*-
;; Written for tsmacs.  A place expander is a function (DO . PLACE-ARGS) -> code, where DO is called
;; with a copyable GETTER expression and a SETTER function (VALUE-EXPRESSION -> code); this is the
;; same protocol as GNU's, so code written against GNU's gv API works unchanged.

(define-error 'gv-invalid-place "%S is not a valid place expression")

(defun gv--function-arglist (name)
  "The argument list of NAME's definition (a lambda, closure or macro), or signal an error."
  (let ((def (indirect-function name)))
    (if (eq (car-safe def) 'macro) (setq def (cdr def)))
    (cond ((eq (car-safe def) 'lambda) (nth 1 def))
          ((eq (car-safe def) 'closure) (nth 2 def))
          (t (error "Cannot find the argument list of %S" name)))))

(defun gv--declared-expander (name)
  "The expander that NAME's `(declare (gv-setter ...))' or `(declare (gv-expander ...))' asks for.
byte-run.el records those declarations as the `gv-setter-spec' and `gv-expander-spec' properties;
they are turned into an expander here, once, and cached as the `gv-expander' property."
  (let ((exp-spec (function-get name 'gv-expander-spec))
        (set-spec (function-get name 'gv-setter-spec))
        (expander nil))
    (cond
     ((and exp-spec (symbolp exp-spec)) (setq expander exp-spec))
     ((eq (car-safe exp-spec) 'lambda)
      (setq expander
            (eval `(lambda (,(car (nth 1 exp-spec)) ,@(gv--function-arglist name))
                     ,@(nthcdr 2 exp-spec))
                  t)))
     ((and set-spec (symbolp set-spec))
      (setq expander
            (lambda (do &rest args)
              (gv--defsetter name (lambda (val &rest args) `(,set-spec ,@args ,val)) do args))))
     ((eq (car-safe set-spec) 'lambda)
      (let ((setter (eval `(lambda (,(car (nth 1 set-spec)) ,@(gv--function-arglist name))
                             ,@(nthcdr 2 set-spec))
                          t)))
        (setq expander (lambda (do &rest args) (gv--defsetter name setter do args))))))
    (when expander (put name 'gv-expander expander))
    expander))

(defun gv-get (place do)
  "Build the code that applies DO to PLACE.
PLACE must be a valid generalized variable.
DO must be a function; it will be called with 2 arguments: GETTER and SETTER,
where GETTER is a (copyable) Elisp expression that returns the value of PLACE,
and SETTER is a function which returns the code to set PLACE when called
with a (not necessarily copyable) Elisp expression that returns the value to
set it to.
DO must return an Elisp expression."
  (cond
   ((symbolp place) (funcall do place (lambda (v) `(setq ,place ,v))))
   ((not (consp place)) (signal 'gv-invalid-place (list place)))
   (t
    (let* ((head (car place))
           (gf (and (symbolp head)
                    (or (function-get head 'gv-expander 'autoload)
                        (gv--declared-expander head)))))
      (if gf
          (apply gf do (cdr place))
        (let ((me (macroexpand-1 place macroexpand-all-environment)))
          (when (and (eq me place) (symbolp head) (get head 'compiler-macro))
            ;; Accessors defined through compiler macros (cl-defsubst) expand to their body.
            (setq me (apply (get head 'compiler-macro) place (cdr place))))
          (when (and (eq me place) (symbolp head) (fboundp head)
                     (symbolp (symbol-function head)))
            ;; An alias is the place of its target.
            (setq me (cons (symbol-function head) (cdr place))))
          (if (not (eq me place))
              (gv-get me do)
            ;; Any other call is a place whose setter is the function named (setf HEAD).
            (let ((setter (gv-setter head)))
              (gv--defsetter head (lambda (val &rest args) `(,setter ,val ,@args))
                             do (cdr place))))))))))

(defun gv-setter (name)
  "Return the symbol where the (setf NAME) function should be placed."
  (if (get name 'gv-expander)
      (error "gv-expander conflicts with (setf %S)" name))
  (intern (format "(setf %s)" name)))

(defmacro gv-letplace (vars place &rest body)
  "Build the code manipulating the generalized variable PLACE.
GETTER will be bound to a copyable expression that returns the value
of PLACE.
SETTER will be bound to a function that takes an expression V and returns
a new expression that sets PLACE to V.
BODY should return some Elisp expression E manipulating PLACE via GETTER
and SETTER.

\(fn (GETTER SETTER) PLACE &rest BODY)"
  (declare (indent 2) (debug (sexp form def-body)))
  `(gv-get ,place (lambda ,vars ,@body)))

(defmacro gv-define-expander (name handler)
  "Use HANDLER to handle NAME as a generalized var.
NAME is a symbol: the name of a function, macro, or special form.
HANDLER is a function which takes an argument DO followed by the same
arguments as NAME.  DO is a function as defined in `gv-get'."
  (declare (indent 1) (debug (sexp form)))
  `(function-put ',name 'gv-expander ,handler))

(defun gv--defsetter (name setter do args &optional vars)
  "Apply DO to the place (NAME . ARGS) whose assignment code SETTER builds.
SETTER takes the new value expression followed by ARGS.  Each argument is
bound to a temporary first unless it is constant, so it is evaluated once."
  (if (null args)
      (let ((vars (nreverse vars)))
        (funcall do `(,name ,@vars) (lambda (v) (apply setter v vars))))
    (macroexp-let2 nil v (car args)
      (gv--defsetter name setter do (cdr args) (cons v vars)))))

(defmacro gv-define-setter (name arglist &rest body)
  "Define a setter method for generalized variable NAME.
Assignments of VAL to (NAME ARGS...) are expanded by binding the argument
forms (VAL ARGS...) according to ARGLIST, then executing BODY, which must
return a Lisp form that does the assignment.
The first arg in ARGLIST (the one that receives VAL) receives an expression
which can do arbitrary things, whereas the other arguments are all guaranteed
to be pure and copyable.  Example use:
  (gv-define-setter aref (v a i) \\=`(aset ,a ,i ,v))"
  (declare (indent 2) (debug (&define [&name symbolp "@gv-setter"] sexp def-body)))
  `(gv-define-expander ,name
     (lambda (do &rest args)
       (gv--defsetter ',name (lambda ,arglist ,@body) do args))))

(defun gv--install-simple-setter (name setter &optional fix-return)
  "Make (NAME ARGS...) a place assigned by (SETTER ARGS... VAL); see `gv-define-simple-setter'."
  (function-put name 'gv-expander
                (lambda (do &rest args)
                  (gv--defsetter name
                                 (if fix-return
                                     (lambda (val &rest args)
                                       (macroexp-let2 nil v val `(progn (,setter ,@args ,v) ,v)))
                                   (lambda (val &rest args) `(,setter ,@args ,val)))
                                 do args))))

(defmacro gv-define-simple-setter (name setter &optional fix-return)
  "Define a simple setter method for generalized variable NAME.
Assignments of VAL to (NAME ARGS...) are turned into calls of the form
\(SETTER ARGS... VAL).  If FIX-RETURN is non-nil, SETTER is not assumed to
return VAL and the assignment returns VAL itself."
  (declare (debug (sexp (&or symbolp lambda-expr) &optional sexp)))
  `(gv--install-simple-setter ',name ',setter ,(and fix-return t)))

(defmacro setf (&rest args)
  "Set each PLACE to the value of its VAL.
This is a generalized version of `setq'; the PLACEs may be symbolic
references such as (car x) or (aref x i), as well as plain symbols.
For example, (setf (cadr x) y) is equivalent to (setcar (cdr x) y).
The return value is the last VAL in the list.

\(fn PLACE VAL PLACE VAL ...)"
  (declare (debug (&rest [gv-place form])))
  (if (/= (logand (length args) 1) 0)
      (signal 'wrong-number-of-arguments (list 'setf (length args))))
  (cond
   ((null args) nil)
   ((null (cddr args))
    (let ((place (car args)) (val (cadr args)))
      (if (symbolp place)
          `(setq ,place ,val)
        (gv-letplace (_getter setter) place (funcall setter val)))))
   (t
    (let ((sets nil) (rest args))
      (while rest
        (setq sets (cons `(setf ,(car rest) ,(cadr rest)) sets)
              rest (cddr rest)))
      (cons 'progn (nreverse sets))))))

;; subr.el's `push' and `pop' only handle symbols well; places go through their gv versions, which
;; evaluate the place's subforms once (GNU's subr.el definitions do the same).
(defmacro push (newelt place)
  "Add NEWELT to the list stored in the generalized variable PLACE.
This is morally equivalent to (setf PLACE (cons NEWELT PLACE)),
except that PLACE is evaluated only once (after NEWELT)."
  (declare (debug (form gv-place)))
  (if (symbolp place)
      (list 'setq place (list 'cons newelt place))
    (macroexp-let2 macroexp-copyable-p x newelt
      (gv-letplace (getter setter) place
        (funcall setter `(cons ,x ,getter))))))

(defmacro pop (place)
  "Return the first element of PLACE's value, and remove it from the list.
PLACE must be a generalized variable whose value is a list.
If the value is nil, `pop' returns nil but does not actually
change the list."
  (declare (debug (gv-place)))
  (list 'car-safe
        (if (symbolp place)
            (list 'prog1 place (list 'setq place (list 'cdr place)))
          (gv-letplace (getter setter) place
            (macroexp-let2 macroexp-copyable-p x getter
              `(prog1 ,x ,(funcall setter `(cdr ,x))))))))

;;; The standard places.

;; The simple places: (GETTER SETTER [FIX-RETURN]), installed in one loop (cheaper to preload than
;; one macro call each).
(dolist (x '((aref aset)
            (char-table-range set-char-table-range)
            (car setcar)
            (cdr setcdr)
            (get put)
            (symbol-function fset)
            (symbol-plist setplist)
            (symbol-value set)
            (default-value set-default)
            (documentation-property put)
            (frame-parameter set-frame-parameter t)
            (terminal-parameter set-terminal-parameter)
            (keymap-parent set-keymap-parent)
            (match-data set-match-data t)
            (overlay-get overlay-put)
            (process-buffer set-process-buffer)
            (process-filter set-process-filter)
            (process-sentinel set-process-sentinel)
            (process-get process-put)
            (window-parameter set-window-parameter)
            (buffer-file-name set-visited-file-name t)
            (buffer-name rename-buffer t)
            (current-buffer set-buffer)
            (current-column move-to-column t)
            (current-global-map use-global-map t)
            (current-local-map use-local-map t)
            (current-window-configuration set-window-configuration t)
            (default-file-modes set-default-file-modes t)
            (file-modes set-file-modes t)
            (getenv setenv t)
            (get-register set-register)
            (mark set-mark t)
            (mark-marker set-mark t)
            (marker-position set-marker t)
            (point goto-char)
            (point-marker goto-char t)
            (selected-window select-window)
            (selected-frame select-frame)
            (standard-case-table set-standard-case-table)
            (syntax-table set-syntax-table)))
  (apply #'gv--install-simple-setter x))

;; cXXr: each reduces to a car or cdr place of a shorter access path.
(let ((names '((caar car car) (cadr car cdr) (cdar cdr car) (cddr cdr cdr)
               (caaar car caar) (caadr car cadr) (cadar car cdar) (caddr car cddr)
               (cdaar cdr caar) (cdadr cdr cadr) (cddar cdr cdar) (cdddr cdr cddr))))
  (dolist (n names)
    (let ((outer (nth 1 n)) (inner (nth 2 n)))
      (put (car n) 'gv-expander
           (lambda (do x) (gv-get (list outer (list inner x)) do))))))

(gv-define-setter elt (store seq n)
  `(if (listp ,seq) (setcar (nthcdr ,n ,seq) ,store)
     (aset ,seq ,n ,store)))
(gv-define-setter gethash (val k h &optional _d) `(puthash ,k ,val ,h))

(put 'nth 'gv-expander
     (lambda (do idx list)
       (macroexp-let2 nil c `(nthcdr ,idx ,list)
         (funcall do `(car ,c) (lambda (v) `(setcar ,c ,v))))))

(put 'nthcdr 'gv-expander
     (lambda (do n place)
       (macroexp-let2 nil idx n
         (gv-letplace (getter setter) place
           (funcall do `(nthcdr ,idx ,getter)
                    (lambda (v) `(if (<= ,idx 0) ,(funcall setter v)
                                   (setcdr (nthcdr (1- ,idx) ,getter) ,v))))))))


;; Editor places: the setters name functions that arrive with buffers, windows and processes.
(gv-define-setter overlay-start (store ov)
  `(progn (move-overlay ,ov ,store (overlay-end ,ov)) ,store))
(gv-define-setter overlay-end (store ov)
  `(progn (move-overlay ,ov (overlay-start ,ov) ,store) ,store))
(gv-define-setter window-buffer (v &optional w)
  (macroexp-let2 nil v v `(progn (set-window-buffer ,w ,v) ,v)))
(gv-define-setter window-display-table (v &optional w)
  (macroexp-let2 nil v v `(progn (set-window-display-table ,w ,v) ,v)))
(gv-define-setter window-dedicated-p (v &optional w) `(set-window-dedicated-p ,w ,v))
(gv-define-setter window-hscroll (v &optional w) `(set-window-hscroll ,w ,v))
(gv-define-setter window-point (v &optional w) `(set-window-point ,w ,v))
(gv-define-setter window-start (v &optional w) `(set-window-start ,w ,v))
(gv-define-setter buffer-local-value (val var buf)
  (macroexp-let2 nil v val
    `(with-current-buffer ,buf (set (make-local-variable ,var) ,v))))
(gv-define-setter buffer-modified-p (flag &optional buf)
  (macroexp-let2 nil buffer `(or ,buf (current-buffer))
    `(with-current-buffer ,buffer (set-buffer-modified-p ,flag))))
(gv-define-setter buffer-string (store) `(insert (prog1 ,store (erase-buffer))))
(gv-define-setter point-max (store)
  `(progn (narrow-to-region (point-min) ,store) ,store))
(gv-define-setter point-min (store)
  `(progn (narrow-to-region ,store (point-max)) ,store))

(gv-define-expander alist-get
  (lambda (do key alist &optional default remove testfn)
    (macroexp-let2 macroexp-copyable-p k key
      (gv-letplace (getter setter) alist
        (macroexp-let2 nil p (if (member testfn '(nil 'eq #'eq))
                                 `(assq ,k ,getter)
                               `(if (and ,testfn (not (eq ,testfn 'eq)))
                                    (assoc ,k ,getter ,testfn)
                                  (assq ,k ,getter)))
          (funcall do (if (null default) `(cdr ,p) `(if ,p (cdr ,p) ,default))
                   (lambda (v)
                     (macroexp-let2 nil v v
                       (let ((set-exp
                              `(if ,p (setcdr ,p ,v)
                                 ,(funcall setter `(cons (setq ,p (cons ,k ,v)) ,getter)))))
                         `(progn
                            ,(cond
                              ((null remove) set-exp)
                              ;; Storing the default itself removes the entry.
                              ((or (eql v default)
                                   (and (eq (car-safe v) 'quote)
                                        (eq (car-safe default) 'quote)
                                        (eql (cadr v) (cadr default))))
                               `(if ,p ,(funcall setter `(delq ,p ,getter))))
                              (t
                               `(cond
                                 ((not (eql ,default ,v)) ,set-exp)
                                 (,p ,(funcall setter `(delq ,p ,getter))))))
                            ,v))))))))))

(gv-define-expander plist-get
  (lambda (do plist prop &optional predicate)
    (macroexp-let2 macroexp-copyable-p key prop
      (gv-letplace (getter setter) plist
        (macroexp-let2 nil p `(cdr (plist-member ,getter ,key ,@(and predicate (list predicate))))
          (funcall do `(car ,p)
                   (lambda (val)
                     `(if ,p
                          (setcar ,p ,val)
                        ,(funcall setter `(cons ,key (cons ,val ,getter)))))))))))

;;; Control-structure places: the place is the value of the last form.

(put 'progn 'gv-expander
     (lambda (do &rest exps)
       (let ((start (butlast exps)) (end (car (last exps))))
         (if start `(progn ,@start ,(gv-get end do)) (gv-get end do)))))

(put 'let 'gv-expander
     (lambda (do bindings &rest body)
       `(let ,bindings ,@(macroexp-unprogn (gv-get (macroexp-progn body) do)))))
(put 'let* 'gv-expander
     (lambda (do bindings &rest body)
       `(let* ,bindings ,@(macroexp-unprogn (gv-get (macroexp-progn body) do)))))

;; `if' and `cond' places duplicate DO's code in each branch: it keeps the code free of closures,
;; which also makes it correct under dynamic binding.
(put 'if 'gv-expander
     (lambda (do test then &rest else)
       `(if ,test ,(gv-get then do)
          ,@(macroexp-unprogn (gv-get (macroexp-progn else) do)))))

(put 'cond 'gv-expander
     (lambda (do &rest branches)
       `(cond
         ,@(mapcar (lambda (branch)
                     (if (cdr branch)
                         (cons (car branch)
                               (macroexp-unprogn (gv-get (macroexp-progn (cdr branch)) do)))
                       (gv-get (car branch) do)))
                   branches))))

(put 'error 'gv-expander
     (lambda (do &rest args)
       (funcall do `(error . ,args)
                (lambda (v) `(progn ,v (error . ,args))))))

(defmacro gv-synthetic-place (getter setter)
  "Special place described by its setter and getter.
GETTER and SETTER (typically obtained via `gv-letplace') get and
set that place.  This macro only makes sense when used in a place."
  (ignore setter)
  getter)
(put 'gv-synthetic-place 'gv-expander #'funcall)

(defmacro gv-delay-error (place)
  "Special place which delays the `gv-invalid-place' error to run-time.
It behaves just like PLACE except that in case PLACE is not a valid place,
the `gv-invalid-place' error will only be signaled at run-time when (and if)
we try to use the setter."
  place)
(put 'gv-delay-error 'gv-expander
     (lambda (do place)
       (condition-case err
           (gv-get place do)
         (gv-invalid-place
          (funcall do place (lambda (_) `(signal ',(car err) ',(cdr err))))))))

(put 'cons 'gv-expander
     (lambda (do a d)
       (gv-letplace (agetter asetter) a
         (gv-letplace (dgetter dsetter) d
           (funcall do `(cons ,agetter ,dgetter)
                    (lambda (v)
                      (macroexp-let2 nil v v
                        `(progn ,(funcall asetter `(car ,v))
                                ,(funcall dsetter `(cdr ,v))
                                ,v))))))))

(put 'logand 'gv-expander
     (lambda (do place &rest masks)
       (gv-letplace (getter setter) place
         (macroexp-let2 macroexp-copyable-p mask (if (cdr masks) `(logand ,@masks) (car masks))
           (funcall do `(logand ,getter ,mask)
                    (lambda (v)
                      (macroexp-let2 nil v v
                        `(progn
                           ,(funcall setter `(logior (logand ,v ,mask)
                                                     (logand ,getter (lognot ,mask))))
                           ,v))))))))

(gv-define-expander eq
  (lambda (do place val)
    (gv-letplace (getter setter) place
      (macroexp-let2 nil val val
        (funcall do `(eq ,getter ,val)
                 (lambda (v)
                   `(cond (,v ,(funcall setter val))
                          ((eq ,getter ,val) ,(funcall setter `(not ,val))))))))))

(defun cl--set-substring (str start end val)
  "Return STR with the part from START to END replaced by VAL."
  (if end (if (< end 0) (setq end (+ end (length str))))
    (setq end (length str)))
  (if (< start 0) (setq start (+ start (length str))))
  (concat (and (> start 0) (substring str 0 start))
          val
          (and (< end (length str)) (substring str end))))

(gv-define-expander substring
  (lambda (do place from &optional to)
    (gv-letplace (getter setter) place
      (macroexp-let2* nil ((start from) (end to))
        (funcall do `(substring ,getter ,start ,end)
                 (lambda (v)
                   (macroexp-let2 nil v v
                     `(progn ,(funcall setter `(cl--set-substring ,getter ,start ,end ,v))
                             ,v))))))))

;;; References

(defmacro gv-ref (place)
  "Return a reference to PLACE.
This is like the `&' operator of the C language."
  (gv-letplace (getter setter) place
    `(cons (lambda () ,getter)
           (lambda (gv--val) ,(funcall setter 'gv--val)))))

(defun gv-deref (ref)
  "Dereference REF, returning the referenced value.
This is like the `*' operator of the C language.
REF must have been previously obtained with `gv-ref'."
  (funcall (car ref)))
(gv-define-setter gv-deref (v ref) `(funcall (cdr ,ref) ,v))

(provide 'gv)
;;; gv.el ends here
