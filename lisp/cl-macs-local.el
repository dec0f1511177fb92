;;; cl-macs-local.el --- local functions and macros (GNU: the cl-flet/cl-labels/cl-macrolet part of cl-macs.el)  -*- lexical-binding: t -*-
;; Written for tsmacs; part of cl-macs (preloaded right after cl-macs.el).

;;; Local functions and macros
;;
;; The bodies are macroexpanded with an environment in which each local function NAME is a macro
;; turning (NAME ARGS...) into (funcall VAR ARGS...), and `function' is a macro turning #'NAME
;; into VAR; `macroexpand-all-environment' is bound meanwhile so nested local definitions and
;; `cl-block's see the outer ones.

(defconst cl--labels-magic (make-symbol "cl--labels-magic"))
(defvar cl--labels-convert-cache nil)

(defun cl--local-fn-expander (var)
  "The local macro standing for a local function held in variable VAR."
  (lambda (&rest args)
    (if (eq (car args) cl--labels-magic)
        (list cl--labels-magic var)
      `(funcall ,var ,@args))))

(defun cl--labels-convert (f)
  "Expander of `function' inside local function definitions: #'NAME of a local NAME is its variable."
  (let* ((local (and (symbolp f) (assq f macroexpand-all-environment)))
         (var (and local (functionp (cdr local))
                   (let ((r (condition-case nil (funcall (cdr local) cl--labels-magic) (error nil))))
                     (and (eq (car-safe r) cl--labels-magic) (cadr r))))))
    (cond
     (var var)
     ;; Returning the very form we returned last time tells `macroexpand' we are done.
     ((and cl--labels-convert-cache (eq f (cadr cl--labels-convert-cache))) cl--labels-convert-cache)
     (t (setq cl--labels-convert-cache (list 'function f))))))

(defun cl--expand-in-env (body env)
  "Macroexpand the forms BODY fully in ENV; return the expansion as a list of forms."
  (let ((macroexpand-all-environment env))
    (macroexp-unprogn (macroexpand-all (macroexp-progn body) env))))

(defmacro cl-flet (bindings &rest body)
  "Make local function definitions.
Each definition can take the form (FUNC EXP) where FUNC is the function
name, and EXP is an expression that returns the function value to which
it should be bound, or it can take the more common form (FUNC ARGLIST
BODY...) which is a shorthand for (FUNC (lambda ARGLIST BODY)) where
ARGLIST allows CL conventions.
FUNC is defined only within FORM, not BODY, so you can't write recursive
function definitions.  Use `cl-labels' for that.
\n(fn ((FUNC ARGLIST BODY...) ...) FORM...)"
  (declare (indent 1) (debug ((&rest [&or (symbolp form) (&define [&name symbolp "@cl-flet@"] [&name [] gensym] cl-lambda-list cl-declarations-or-string [&optional ("interactive" interactive)] def-body)]) cl-declarations body)))
  (let ((binds nil) (env macroexpand-all-environment))
    (dolist (b bindings)
      (let ((var (make-symbol (format "--cl-%s--" (car b))))
            (args-and-body (cdr b)))
        (if (and (= (length args-and-body) 1) (macroexp-copyable-p (car args-and-body)))
            (setq var (car args-and-body))
          (setq binds (cons (list var (if (= (length args-and-body) 1)
                                          (car args-and-body)
                                        `(cl-function (lambda . ,args-and-body))))
                            binds)))
        (setq env (cons (cons (car b) (cl--local-fn-expander var)) env))))
    (setq env (cons (cons 'function #'cl--labels-convert) env))
    (let ((expanded (cl--expand-in-env body env)))
      (if binds `(let ,(nreverse binds) ,@expanded) (macroexp-progn expanded)))))

(defmacro cl-flet* (bindings &rest body)
  "Make local function definitions.
Like `cl-flet' but the definitions can refer to previous ones.
\n(fn ((FUNC ARGLIST BODY...) ...) FORM...)"
  (declare (indent 1) (debug cl-flet))
  (cond ((null bindings) (macroexp-progn body))
        ((null (cdr bindings)) `(cl-flet ,bindings ,@body))
        (t `(cl-flet (,(car bindings)) (cl-flet* ,(cdr bindings) ,@body)))))

(defun cl--tco-tail-calls-p (var form tail)
  "Non-nil if the expanded FORM calls (funcall VAR ...) in tail position (TAIL says FORM is)."
  (cond
   ((not (consp form)) nil)
   ((memq (car form) '(quote function)) nil)
   ((and (eq (car form) 'funcall) (eq (cadr form) var)) tail)
   ((eq (car form) 'if)
    (or (cl--tco-tail-calls-p var (nth 2 form) tail)
        (cl--tco-tail-calls-p var (car (last (nthcdr 3 form))) tail)))
   ((eq (car form) 'cond)
    (let ((found nil))
      (dolist (c (cdr form))
        (if (and (cdr c) (cl--tco-tail-calls-p var (car (last c)) tail)) (setq found t)))
      found))
   ((memq (car form) '(progn let let* and or))
    (cl--tco-tail-calls-p var (car (last (if (memq (car form) '(let let*)) (cddr form) (cdr form)))) tail))
   ((eq (car form) 'condition-case)
    (let ((found nil))
      (dolist (h (nthcdr 3 form))
        (if (cl--tco-tail-calls-p var (car (last (cdr h))) tail) (setq found t)))
      found))
   (t nil)))

(defun cl--tco-rewrite (var form tail params cells cont)
  "FORM with the tail calls (funcall VAR ARGS...) turned into assignments of CELLS and CONT.
PARAMS is the function's lambda list; CELLS holds a variable per parameter."
  (cond
   ((not (consp form)) form)
   ((memq (car form) '(quote function)) form)
   ((and tail (eq (car form) 'funcall) (eq (cadr form) var))
    (let ((args (cddr form)) (sets nil) (ps params) (cs cells) (rest nil))
      (while ps
        (cond ((eq (car ps) '&optional))
              ((eq (car ps) '&rest) (setq rest t))
              (t (setq sets (cons (if rest (cons 'list args) (car args)) (cons (car cs) sets))
                       args (if rest nil (cdr args)) cs (cdr cs))))
        (setq ps (cdr ps)))
      `(progn (setq ,@(nreverse sets) ,cont t) nil)))
   ((eq (car form) 'if)
    `(if ,(nth 1 form) ,(cl--tco-rewrite var (nth 2 form) tail params cells cont)
       ,@(cl--tco-rewrite-body var (nthcdr 3 form) tail params cells cont)))
   ((eq (car form) 'cond)
    (cons 'cond (mapcar (lambda (c) (if (cdr c) (cons (car c) (cl--tco-rewrite-body var (cdr c) tail params cells cont)) c))
                        (cdr form))))
   ((memq (car form) '(progn and or))
    (cons (car form) (cl--tco-rewrite-body var (cdr form) tail params cells cont)))
   ((memq (car form) '(let let*))
    (cons (car form) (cons (cadr form) (cl--tco-rewrite-body var (cddr form) tail params cells cont))))
   ((eq (car form) 'condition-case)
    (append (list 'condition-case (nth 1 form) (nth 2 form))
            (mapcar (lambda (h) (cons (car h) (cl--tco-rewrite-body var (cdr h) tail params cells cont)))
                    (nthcdr 3 form))))
   (t form)))

(defun cl--tco-rewrite-body (var body tail params cells cont)
  "BODY with its last form rewritten by `cl--tco-rewrite'."
  (append (butlast body) (list (cl--tco-rewrite var (car (last body)) tail params cells cont))))

(defun cl--self-tco (var fun)
  "The expanded function form FUN, bound to VAR, with its self tail calls turned into a loop."
  (let* ((lam (and (eq (car-safe fun) 'function) (cadr fun)))
         (params (and (eq (car-safe lam) 'lambda) (cadr lam))))
    (if (not (and lam (cl--simple-arglist-p params)
                  (cl--tco-tail-calls-p var (macroexp-progn (cddr lam)) t)))
        fun
      (let* ((parsed (macroexp-parse-body (cddr lam)))
             (vars (delq '&optional (delq '&rest (copy-sequence params))))
             (cells (mapcar (lambda (v) (make-symbol (symbol-name v))) vars))
             (cont (make-symbol "continue"))
             (res (make-symbol "result"))
             (body (cl--tco-rewrite var (macroexp-progn (cdr parsed)) t params cells cont)))
        `(function
          (lambda ,params ,@(car parsed)
            (let (,@(cl-mapcar #'list cells vars) (,cont t) (,res nil))
              (while ,cont
                (setq ,cont nil)
                (setq ,res (let ,(cl-mapcar #'list vars cells) ,body)))
              ,res)))))))

(defmacro cl-labels (bindings &rest body)
  "Make local (recursive) function definitions.
BINDINGS is a list of definitions of the form (FUNC ARGLIST BODY...) where
FUNC is the function name, ARGLIST its arguments, and BODY the
forms of the function body.  FUNC is defined in any BODY, as well
as FORM, so you can write recursive and mutually recursive
function definitions.  Self tail calls are turned into loops.
\n(fn ((FUNC ARGLIST BODY...) ...) FORM...)"
  (declare (indent 1) (debug cl-flet))
  (let ((vars nil) (env macroexpand-all-environment))
    (dolist (b bindings)
      (let ((var (make-symbol (format "--cl-%s--" (car b)))))
        (setq vars (cons (cons var (cdr b)) vars)
              env (cons (cons (car b) (cl--local-fn-expander var)) env))))
    (setq env (cons (cons 'function #'cl--labels-convert) env))
    (setq vars (nreverse vars))
    (let* ((funs (mapcar (lambda (v)
                           (list (car v)
                                 (cl--self-tco (car v)
                                               (car (cl--expand-in-env
                                                     (list `(cl-function (lambda . ,(cdr v)))) env)))))
                         vars))
           (expanded (cl--expand-in-env body env))
           (recursive (let ((r nil))
                        (dolist (f funs)
                          (dolist (v vars) (if (cl--tree-mentions-p (car v) (cadr f)) (setq r t))))
                        r)))
      (cond
       ;; A lone non-recursive function returned as a value is just that function.
       ((and (not recursive) (null (cdr funs)) (null (cdr expanded)) (eq (car expanded) (car (car funs))))
        (cadr (car funs)))
       ((not recursive) `(let* ,funs ,@expanded))
       (t `(letrec ,funs ,@expanded))))))

(defmacro cl-macrolet (bindings &rest body)
  "Make temporary macro definitions.
This is like `cl-flet', but for macros instead of functions.
\n(fn ((NAME ARGLIST BODY...) ...) FORM...)"
  (declare (indent 1) (debug (cl-macrolet-expr)))
  (cond
   ((null bindings) (macroexp-progn body))
   ((cdr bindings) `(cl-macrolet (,(car bindings)) (cl-macrolet ,(cdr bindings) ,@body)))
   (t
    (let* ((name (car (car bindings)))
           (res (cl--transform-lambda (cadr (car bindings)) (cddr (car bindings)) name t))
           (env (cons (cons name (eval `(function (lambda . ,res)) t)) macroexpand-all-environment)))
      (macroexp-progn (cl--expand-in-env body env))))))

(defun cl--sm-walk (form env)
  "FORM (fully macroexpanded) with the symbol macros of ENV, a list of (SYMBOL EXPANSION), expanded."
  (cond
   ((and (symbolp form) form)
    (let ((b (assq form env)))
      (if (and b (not (eq (cadr b) form))) (cl--sm-walk (cadr b) env) form)))
   ((not (consp form)) form)
   (t
    (let ((head (car form)))
      (cond
       ((eq head 'quote) form)
       ((eq head 'function)
        (let ((f (cadr form)))
          (if (eq (car-safe f) 'lambda)
              `(function (lambda ,(cadr f)
                           ,@(cl--sm-walk-list (cddr f) (cl--sm-shadow env (cadr f)))))
            form)))
       ((eq head 'setq)
        (let ((args (cdr form)) (out nil))
          (while args
            (let ((b (assq (car args) env)) (val (cl--sm-walk (cadr args) env)))
              (setq out (cons (if b
                                  (if (symbolp (cadr b))
                                      (cl--sm-walk `(setq ,(cadr b) ,val) env)
                                    `(setf ,(cadr b) ,val))
                                `(setq ,(car args) ,val))
                              out)))
            (setq args (cddr args)))
          (macroexp-progn (nreverse out))))
       ((memq head '(let let*))
        (let ((shadowed env) (binds nil))
          (dolist (b (cadr form))
            (let ((var (if (consp b) (car b) b)))
              (setq binds (cons (if (consp b)
                                    (list var (cl--sm-walk (cadr b) (if (eq head 'let*) shadowed env)))
                                  b)
                                binds))
              (setq shadowed (cl--sm-shadow shadowed (list var)))))
          `(,head ,(nreverse binds) ,@(cl--sm-walk-list (cddr form) shadowed))))
       ((eq head 'cond)
        (cons 'cond (mapcar (lambda (c) (cl--sm-walk-list c env)) (cdr form))))
       ((eq head 'condition-case)
        (let ((var (nth 1 form)))
          `(condition-case ,var ,(cl--sm-walk (nth 2 form) env)
             ,@(mapcar (lambda (h) (cons (car h) (cl--sm-walk-list (cdr h) (cl--sm-shadow env (list var)))))
                       (nthcdr 3 form)))))
       ((memq head '(defvar defconst)) `(,head ,(cadr form) ,@(cl--sm-walk-list (cddr form) env)))
       ((eq (car-safe head) 'lambda)
        (cons (cadr (cl--sm-walk (list 'function head) env)) (cl--sm-walk-list (cdr form) env)))
       (t (cons head (cl--sm-walk-list (cdr form) env))))))))

(defun cl--sm-walk-list (forms env)
  "Each of FORMS walked by `cl--sm-walk'."
  (mapcar (lambda (f) (cl--sm-walk f env)) forms))

(defun cl--sm-shadow (env vars)
  "ENV without the symbol macros named in VARS (variables bound there)."
  (let ((res env))
    (dolist (v vars)
      (let ((b (assq v res)))
        (if b (setq res (remq b res)))))
    res))

(defmacro cl-symbol-macrolet (bindings &rest body)
  "Make symbol macro definitions.
Within the body FORMs, references to the variable NAME will be replaced
by EXPANSION, and (setq NAME ...) will act like (setf EXPANSION ...).
\n(fn ((NAME EXPANSION) ...) FORM...)"
  (declare (indent 1) (debug ((&rest (symbolp sexp)) cl-declarations body)))
  (let* ((outer (cdr (assq :cl-symbol-macros macroexpand-all-environment)))
         (env (cons (cons :cl-symbol-macros (append bindings outer)) macroexpand-all-environment)))
    (macroexp-progn (cl--sm-walk-list (cl--expand-in-env body env) bindings))))

(provide 'cl-macs-local)
;;; cl-macs-local.el ends here
