;;; inline.el --- define-inline: functions that can also be open-coded (GNU counterpart: lisp/emacs-lisp/inline.el)  -*- lexical-binding: t -*-

;; Written for tsmacs.  `define-inline' writes one body and gets two things from it: the function
;; (the body with `inline-quote' reduced to plain evaluation) and NAME--inliner, a compiler macro
;; (the body run at expansion time, where `inline-quote' builds code and `inline-const-p' /
;; `inline-const-val' look at the arguments' forms).  Both are made by macroexpanding the body in
;; an environment that gives the inline-* macros one or the other meaning.

;;; Code:

(require 'macroexp)

(defmacro inline-quote (_exp)
  "Like backquote, but quotes code; only `,' may appear inside, not `,@'."
  (declare (debug (backquote-form)))
  (error "inline-quote can only be used within define-inline"))

(defmacro inline-const-p (_exp)
  "Non-nil if the value of EXP is known when the code is expanded."
  (declare (debug t))
  (error "inline-const-p can only be used within define-inline"))

(defmacro inline-const-val (_exp)
  "The value of EXP (known at expansion time)."
  (declare (debug t))
  (error "inline-const-val can only be used within define-inline"))

(defmacro inline-error (_format &rest _args)
  "Signal an error (when inlining, give up inlining instead)."
  (declare (debug t))
  (error "inline-error can only be used within define-inline"))

(defmacro inline--leteval (_var-exp &rest _body)
  (declare (indent 1) (debug (sexp body)))
  (error "inline-letevals can only be used within define-inline"))

(defmacro inline--letlisteval (_list &rest _body)
  (declare (indent 1) (debug (sexp body)))
  (error "inline-letevals can only be used within define-inline"))

(defmacro inline-letevals (vars &rest body)
  "Evaluate each of VARS once, then BODY with the variables bound to the values.
VARS is a list of (VAR EXP) or VAR (short for (VAR VAR)); its tail may be a
symbol VAR holding a list of argument forms, each evaluated once."
  (declare (indent 1) (debug (sexp body)))
  (cond ((consp vars) `(inline--leteval ,(car vars) (inline-letevals ,(cdr vars) ,@body)))
        (vars `(inline--letlisteval ,vars ,@body))
        (t (macroexp-progn body))))

(defmacro define-inline (name args &rest body)
  "Define NAME as a function with arguments ARGS that the compiler can open-code.
BODY describes the code to produce: `inline-quote' for the code (with `,' for
the arguments), `inline-letevals', `inline-const-p', `inline-const-val' and
`inline-error'.

\(fn NAME ARGS [DOCSTRING] [DECLARE] BODY...)"
  (declare (indent defun) (debug defun) (doc-string 3))
  (let ((doc (and (stringp (car-safe body)) (list (pop body))))
        (declares (and (eq (car-safe (car-safe body)) 'declare) (pop body)))
        (cm-name (intern (format "%s--inliner" name)))
        (bodyexp (macroexp-progn body)))
    (function-put name 'compiler-macro nil)
    `(progn
       (defun ,name ,args
         ,@doc
         (declare (compiler-macro ,cm-name) ,@(cdr declares))
         ,(macroexpand-all bodyexp
                           `((inline-quote . inline--dont-quote)
                             (inline--leteval . inline--dont-leteval)
                             (inline--letlisteval . inline--dont-letlisteval)
                             (inline-const-p . inline--alwaysconst-p)
                             (inline-const-val . inline--alwaysconst-val)
                             (inline-error . inline--error)
                             ,@macroexpand-all-environment)))
       :autoload-end
       (eval-and-compile
         (defun ,cm-name ,(cons 'inline--form args)
           (ignore inline--form)
           ;; Anything the inliner cannot handle throws here: the call stays a call.
           (catch 'inline--just-use
             ,(macroexpand-all bodyexp
                               `((inline-quote . inline--do-quote)
                                 (inline--leteval . inline--do-leteval)
                                 (inline--letlisteval . inline--do-letlisteval)
                                 (inline-const-p . inline--testconst-p)
                                 (inline-const-val . inline--getconst-val)
                                 (inline-error . inline--warning)
                                 ,@macroexpand-all-environment))))))))

(defun inline--unquoted (exp)
  "If EXP is `,E' (possibly inside ' or #'), the list (WRAPPER E), WRAPPER being
nil, `quote' or `function'; otherwise nil."
  (pcase exp
    (`(,'\, ,e) (list nil e))
    (`(quote (,'\, ,e)) (list 'quote e))
    (`(function (,'\, ,e)) (list 'function e))))

(defun inline--do-quote (exp)
  "The code that builds the code EXP, an `inline-quote' template (for the inliner)."
  (let ((u (inline--unquoted exp)))
    (cond
     ;; ,E is evaluated now and its value is the code; 'E and #'E quote that value.
     (u (if (car u) `(list ',(car u) ,(cadr u)) (cadr u)))
     ((consp exp)
      (let ((parts nil))
        (while (and (consp exp) (not (eq (car exp) '\,)))
          (push (inline--do-quote (pop exp)) parts))
        (setq parts (nreverse parts))
        ;; A `,E' tail is a dotted list: its last cdr is computed.
        (if exp `(backquote-list* ,@parts ,(inline--do-quote exp)) `(list ,@parts))))
     (t (macroexp-quote exp)))))

(defun inline--dont-quote (exp)
  "The code an `inline-quote' template EXP stands for when run as a function."
  (let ((u (inline--unquoted exp)))
    (cond
     (u (cadr u))
     ((consp exp)
      (let ((parts nil))
        (while (and (consp exp) (not (eq (car exp) '\,)))
          (push (inline--dont-quote (pop exp)) parts))
        (setq parts (nreverse parts))
        (if (null exp)
            parts
          ;; (F A . ,REST) calls F with A and the elements of REST.
          `(apply #',(car parts) ,@(cdr parts) ,(inline--dont-quote exp)))))
     (t exp))))

(defun inline--do-leteval (var-exp &rest body)
  `(macroexp-let2 ,(if (symbolp var-exp) #'macroexp-copyable-p #'ignore)
       ,(or (car-safe var-exp) var-exp)
       ,(or (car (cdr-safe var-exp)) var-exp)
     ,@body))

(defun inline--dont-leteval (var-exp &rest body)
  (if (symbolp var-exp) (macroexp-progn body) `(let (,var-exp) ,@body)))

(defun inline--do-letlisteval (listvar &rest body)
  (let ((bsym (make-symbol "bindings")))
    `(let* ((,bsym ())
            (,listvar (mapcar (lambda (e)
                                (if (macroexp-copyable-p e) e
                                  (let ((v (gensym "v")))
                                    (push (list v e) ,bsym)
                                    v)))
                              ,listvar)))
       (macroexp-let* (nreverse ,bsym) ,(macroexp-progn body)))))

(defun inline--dont-letlisteval (_listvar &rest body)
  (macroexp-progn body))

(defun inline--testconst-p (exp)
  (macroexp-let2 macroexp-copyable-p exp exp
    `(or (macroexp-const-p ,exp) (eq (car-safe ,exp) 'function))))

(defun inline--alwaysconst-p (_exp) t)

(defun inline--getconst-val (exp)
  (macroexp-let2 macroexp-copyable-p exp exp
    `(cond ((not ,(inline--testconst-p exp)) (throw 'inline--just-use inline--form))
           ((consp ,exp) (cadr ,exp))
           (t ,exp))))

(defun inline--alwaysconst-val (exp) exp)

(defun inline--error (&rest args) `(error ,@args))

(defun inline--warning (&rest _args) '(throw 'inline--just-use inline--form))

(provide 'inline)
;;; inline.el ends here
