;;; generator.el --- generators: iter-defun, iter-lambda, iter-yield (GNU: lisp/emacs-lisp/generator.el)  -*- lexical-binding: t -*-
;; Written for tsmacs from the Elisp manual's
;; "Generators" node and GNU Emacs 28.2's observed behaviour.
;;
;; How it works.  A generator body is macroexpanded and turned into a state machine: each state is a
;; closure of no arguments that does one step of the work and returns the next state, or nil to stop
;; (after a yield).  `iter-next' runs states in a loop until one stops, so loops in the body do not grow
;; the stack.  All states share three registers: the current value, the state to resume at, and the list
;; of pending `unwind-protect' cleanups.  Subforms without a yield in them run unchanged inside one
;; state ("atomic" forms).  Variables that `let' binds around a yield are hoisted to fresh variables
;; shared by the states (and renamed in the atomic forms that refer to them).
;;
;; Constructs that span a yield are re-established around each state of their body ("wrappers"): a
;; dynamic `let' rebinds the variable from its hoisted storage and saves it back; `condition-case'
;; catches the errors of each state and continues at the handler's state; `catch' catches throws;
;; `unwind-protect' runs its cleanup when a state of its body exits non-locally, and `iter-close' runs
;; the cleanups of the constructs the generator is suspended in.

;;; Code:

;; Not an `error': `condition-case' handlers for `error' let the end of an iteration through.
(put 'iter-end-of-sequence 'error-conditions '(iter-end-of-sequence))
(put 'iter-end-of-sequence 'error-message "Iteration terminated")

(defvar cps-inhibit-atomic-optimization nil
  "When non-nil, transform every subform of a generator, even those without a yield.
Only useful for testing the transformation.")

(defun iter-yield (_value)
  "When used inside a generator, yield VALUE to the caller of `iter-next'.
The value of the `iter-yield' form is the value passed to the next `iter-next'."
  (error "`iter-yield' used outside a generator"))

(defun cps-internal-yield (_value)
  "What `iter-yield' becomes inside a generator's code; an error anywhere else
\(in a closure nested inside a generator, say)."
  (error "`iter-yield' used outside a generator"))

(defmacro iter-yield-from (value)
  "Yield, inside a generator, every value that the iterator VALUE produces.
The value of the form is the iterator's final value.  Values passed to
`iter-next' are passed on to the inner iterator; closing the generator closes it."
  (let ((it (make-symbol "it")) (v (make-symbol "v")) (done (make-symbol "done"))
        (e (make-symbol "e")))
    `(let ((,it ,value) (,v nil) (,done nil))
       (unwind-protect
           (progn
             (while (not ,done)
               (condition-case ,e
                   (setq ,v (iter-next ,it ,v))
                 (iter-end-of-sequence (setq ,done t ,v (cdr ,e))))
               (unless ,done (setq ,v (iter-yield ,v))))
             ,v)
         (iter-close ,it)))))

;;;; The transformation

(defvar cps--states nil "The states made so far: a list of (SYMBOL LAMBDA-FORM).")
(defvar cps--vars nil "The variables the generator's code binds (registers, hoisted variables, states).")
(defvar cps--inits nil "Forms run when an iterator is made, before its first state (in reverse).")
(defvar cps--wrappers nil "The wrappers in effect, innermost first: (KIND . FUNCTION) where FUNCTION wraps a state body.")
(defvar cps--renames nil "Alist of let-bound lexical variables and their hoisted replacements.")
(defvar cps--val nil "The value register's symbol.")
(defvar cps--next nil "The resume-state register's symbol.")
(defvar cps--cleanups nil "The pending cleanups register's symbol.")

(defun cps--fresh (name)
  "A fresh variable of the generator's code, named after NAME."
  (let ((s (make-symbol (format "cps-%s" name))))
    (push s cps--vars)
    s))

(defun cps--wrap (body &optional kinds)
  "BODY inside the wrappers in effect (only those of KINDS when given)."
  (dolist (w cps--wrappers)
    (when (or (null kinds) (memq (car w) kinds))
      (setq body (funcall (cdr w) body))))
  body)

(defun cps--define (sym forms)
  "Make SYM the state that runs FORMS, whose last form returns the next state."
  (push (list sym `(lambda () ,(cps--wrap (macroexp-progn forms)))) cps--states)
  sym)

(defun cps--state (&rest forms)
  "A new state that runs FORMS (the last returns the next state)."
  (cps--define (cps--fresh "state") forms))

(defun cps--contains-yield (form)
  "Non-nil if the expanded FORM yields from this generator (not from a nested closure)."
  (and (consp form)
       (let ((head (car form)))
         (cond ((eq head 'cps-internal-yield) t)
               ((memq head '(quote function)) nil)
               (t (let ((found nil))
                    (while (and (consp form) (not found))
                      (setq found (cps--contains-yield (car form)) form (cdr form)))
                    found))))))

(defun cps--atomic-p (form)
  (or (not (consp form))
      (memq (car form) '(quote function))
      (and (not cps-inhibit-atomic-optimization) (not (cps--contains-yield form)))))

(defun cps--rename (form map)
  "FORM, expanded code, with the variables of the alist MAP replaced (respecting shadowing)."
  (cond
   ((null map) form)
   ((symbolp form) (let ((r (assq form map))) (if r (cdr r) form)))
   ((not (consp form)) form)
   (t
    (let ((head (car form)))
      (cond
       ((eq head 'quote) form)
       ((eq head 'function)
        (let ((f (cadr form)))
          (if (eq (car-safe f) 'lambda)
              (let ((inner map))
                (dolist (a (cadr f)) (setq inner (cons (cons a a) inner)))
                `(function (lambda ,(cadr f) ,@(mapcar (lambda (x) (cps--rename x inner)) (cddr f)))))
            form)))
       ((memq head '(let let*))
        (let ((inner map) (bindings nil))
          (dolist (b (cadr form))
            (let ((var (if (consp b) (car b) b)))
              (push (if (consp b) (list var (cps--rename (cadr b) (if (eq head 'let*) inner map))) var)
                    bindings)
              (setq inner (cons (cons var var) inner))))
          `(,head ,(nreverse bindings) ,@(mapcar (lambda (x) (cps--rename x inner)) (cddr form)))))
       ((eq head 'condition-case)
        (let* ((var (cadr form))
               (inner (if var (cons (cons var var) map) map)))
          `(condition-case ,var ,(cps--rename (nth 2 form) map)
             ,@(mapcar (lambda (h) (cons (car h) (mapcar (lambda (x) (cps--rename x inner)) (cdr h))))
                       (nthcdr 3 form)))))
       ((eq head 'cond)
        (cons 'cond (mapcar (lambda (c) (mapcar (lambda (x) (cps--rename x map)) c)) (cdr form))))
       ((memq head '(defvar defconst))
        `(,head ,(cadr form) ,@(mapcar (lambda (x) (cps--rename x map)) (cddr form))))
       ((eq head 'interactive) form)
       (t (cons (if (consp head) (cps--rename head map) head)
                (mapcar (lambda (x) (cps--rename x map)) (cdr form)))))))))

(defun cps--x (form next)
  "The entry state of code that evaluates FORM into the value register, then goes to NEXT."
  (if (cps--atomic-p form)
      (cps--state `(setq ,cps--val ,(cps--rename form cps--renames)) next)
    (let ((head (car form)) (args (cdr form)))
      (pcase head
        ((or 'progn 'inline) (cps--x-body args next))
        ('if (let ((then (cps--x (car (cdr args)) next))
                   (else (cps--x-body (cddr args) next)))
               (cps--x (car args) (cps--state `(if ,cps--val ,then ,else)))))
        ('and (cond ((null args) (cps--x t next))
                    ((null (cdr args)) (cps--x (car args) next))
                    (t (cps--x (car args)
                               (cps--state `(if ,cps--val ,(cps--x (cons 'and (cdr args)) next) ,next))))))
        ('or (cond ((null args) (cps--x nil next))
                   ((null (cdr args)) (cps--x (car args) next))
                   (t (cps--x (car args)
                              (cps--state `(if ,cps--val ,next ,(cps--x (cons 'or (cdr args)) next)))))))
        ('cond (cps--x (cps--cond-to-if args) next))
        ('while (cps--x-while (car args) (cdr args) next))
        ('setq (cps--x-setq args next))
        ('prog1 (let ((tmp (cps--fresh "prog1")))
                  (cps--x (car args)
                          (cps--state `(setq ,tmp ,cps--val)
                                      (cps--x-body (cdr args) (cps--state `(setq ,cps--val ,tmp) next))))))
        ((or 'let 'let*) (cps--x-let (eq head 'let*) (car args) (cdr args) next))
        ('condition-case (cps--x-condition-case (car args) (cadr args) (cddr args) next))
        ('unwind-protect (cps--x-unwind-protect (car args) (cdr args) next))
        ('catch (cps--x-catch (car args) (cdr args) next))
        ('cps-internal-yield
         (cps--x (car args) (cps--state `(setq ,cps--next ,next) nil)))
        (_
         (when (and (symbolp head) (special-form-p head))
           (error "Special form %S incorrect or not supported" form))
         (cps--x-call head args next))))))

(defun cps--x-body (forms next)
  "The entry state of code that evaluates FORMS in sequence."
  (if (null forms)
      (cps--x nil next)
    (let ((rev (reverse forms)))
      (setq next (cps--x (car rev) next))
      (dolist (f (cdr rev)) (setq next (cps--x f next)))
      next)))

(defun cps--cond-to-if (clauses)
  (cond ((null clauses) nil)
        ((null (cdar clauses)) `(or ,(caar clauses) ,(cps--cond-to-if (cdr clauses))))
        (t `(if ,(caar clauses) (progn ,@(cdar clauses)) ,(cps--cond-to-if (cdr clauses))))))

(defun cps--x-while (test body next)
  (let* ((loop (cps--fresh "loop"))
         (body-entry (cps--x-body body loop))
         (test-entry (cps--x test (cps--state `(if ,cps--val ,body-entry (setq ,cps--val nil) ,next)))))
    (cps--define loop (list test-entry))))

(defun cps--x-setq (pairs next)
  (if (null pairs)
      (cps--x nil next)
    (let ((var (car pairs)))
      (cps--x (cadr pairs)
              (cps--state `(setq ,(cps--rename var cps--renames) ,cps--val)
                          (if (cddr pairs) (cps--x-setq (cddr pairs) next) next))))))

(defun cps--x-call (fn args next)
  "Evaluate ARGS one by one into temporaries, then call FN on them."
  (let* ((temps (mapcar (lambda (_) (cps--fresh "arg")) args))
         (call (if (consp fn) `(funcall (function ,fn) ,@temps) `(,fn ,@temps)))
         (entry (cps--state `(setq ,cps--val ,call) next)))
    (let ((ra (reverse args)) (rt (reverse temps)))
      (while ra
        (setq entry (cps--x (car ra) (cps--state `(setq ,(car rt) ,cps--val) entry)))
        (setq ra (cdr ra) rt (cdr rt))))
    entry))

(defun cps--x-let (sequential bindings body next)
  "A `let' (`let*' if SEQUENTIAL) around yields: its variables are hoisted."
  (let ((cps--renames cps--renames) (cps--wrappers cps--wrappers)
        (steps nil) (temps nil))
    ;; Each step is (VAR INIT); bound in order, with the renames of earlier ones for `let*'.
    (dolist (b bindings)
      (push (if (consp b) (list (car b) (cadr b)) (list b nil)) steps))
    (setq steps (nreverse steps))
    (if sequential
        (cps--x-let*-steps steps body next)
      ;; Parallel: every init is evaluated before any variable is bound.
      (let ((ts (mapcar (lambda (_) (cps--fresh "init")) steps)))
        (setq temps ts)
        (let ((bind-entry (cps--x-let*-steps (let ((tt temps))
                                               (mapcar (lambda (s) (list (car s) (pop tt))) steps))
                                             body next))
              (rs (reverse steps)) (rt (reverse temps)))
          (while rs
            (setq bind-entry (cps--x (cadr (car rs)) (cps--state `(setq ,(car rt) ,cps--val) bind-entry)))
            (setq rs (cdr rs) rt (cdr rt)))
          bind-entry)))))

(defun cps--x-let*-steps (steps body next)
  "Bind each (VAR INIT) of STEPS in turn, then run BODY (in the extended scope)."
  (if (null steps)
      (cps--x-body body next)
    (let* ((var (car (car steps)))
           (store (cps--fresh (symbol-name var)))
           (bind (cps--fresh "bind"))
           ;; The init is evaluated outside VAR's scope, the rest inside it.
           (entry (cps--x (cadr (car steps)) bind))
           (rest (let ((cps--renames cps--renames) (cps--wrappers cps--wrappers))
                   (if (special-variable-p var)
                       (progn
                         (push (cons var var) cps--renames)
                         (push (cons 'dynamic (lambda (b) `(let ((,var ,store))
                                                             (prog1 ,b (setq ,store ,var)))))
                               cps--wrappers))
                     (push (cons var store) cps--renames))
                   (cps--x-let*-steps (cdr steps) body next))))
      (cps--define bind (list `(setq ,store ,cps--val) rest))
      entry)))

(defun cps--x-condition-case (var body handlers next)
  (let* ((store (and var (cps--fresh (symbol-name var))))
         (err (make-symbol "err"))
         (handler-entry
          (lambda (h)
            (let ((cps--renames (if var (cons (cons var store) cps--renames) cps--renames)))
              (if var
                  (cps--state `(setq ,store ,cps--val) (cps--x-body (cdr h) next))
                (cps--x-body (cdr h) next)))))
         (success (assq :success handlers))
         (body-next (if success (funcall handler-entry success) next))
         (clauses (mapcar (lambda (h) `(,(car h) (setq ,cps--val ,err) ,(funcall handler-entry h)))
                          (remq success handlers)))
         (cps--wrappers (cons (cons 'condition-case
                                    (lambda (b) `(condition-case ,err ,b ,@clauses)))
                              cps--wrappers)))
    (cps--x body body-next)))

(defun cps--x-unwind-protect (body cleanup next)
  ;; A yield in CLEANUP is not supported: it stays a call that signals an error when it runs.
  (let* ((fn (cps--fresh "cleanup"))
         (cleanups cps--cleanups)
         (ok (make-symbol "ok"))
         (v (make-symbol "v"))
         (exit (cps--state `(setq ,cleanups (delq ,fn ,cleanups))
                           `(let ((,v ,cps--val)) (funcall ,fn) (setq ,cps--val ,v))
                           next)))
    ;; Run by `iter-close' too, outside the states: then, as in GNU, without the generator's dynamic
    ;; bindings.
    (push `(setq ,fn (lambda () ,@(mapcar (lambda (f) (cps--rename f cps--renames)) cleanup)))
          cps--inits)
    (let ((entry
           (let ((cps--wrappers
                  (cons (cons 'unwind-protect
                              (lambda (b)
                                `(let ((,ok nil))
                                   (unwind-protect (prog1 ,b (setq ,ok t))
                                     (when (and (not ,ok) (memq ,fn ,cleanups))
                                       (setq ,cleanups (delq ,fn ,cleanups))
                                       (funcall ,fn))))))
                        cps--wrappers)))
             (cps--x body exit))))
      (cps--state `(push ,fn ,cleanups) entry))))

(defun cps--x-catch (tag body next)
  (let* ((tagv (cps--fresh "tag"))
         (done (make-symbol "done")) (r (make-symbol "r"))
         (body-entry
          (let ((cps--wrappers
                 (cons (cons 'catch
                             (lambda (b)
                               `(let ((,done nil) (,r nil))
                                  (setq ,r (catch ,tagv (prog1 ,b (setq ,done t))))
                                  (if ,done ,r (setq ,cps--val ,r) ,next))))
                       cps--wrappers)))
            (cps--x-body body next))))
    (cps--x tag (cps--state `(setq ,tagv ,cps--val) body-entry))))

(defun cps--generate (body)
  "The code that makes an iterator running BODY, a list of forms."
  (let* ((cps--states nil) (cps--vars nil) (cps--inits nil) (cps--wrappers nil) (cps--renames nil)
         (cps--val (make-symbol "cps-value"))
         (cps--next (make-symbol "cps-state"))
         (cps--cleanups (make-symbol "cps-cleanups"))
         (terminal (make-symbol "cps-terminal"))
         (expanded (let* ((env (cons (cons 'iter-yield (lambda (v) (list 'cps-internal-yield v)))
                                     macroexpand-all-environment))
                          (macroexpand-all-environment env))
                     (macroexpand-all (macroexp-progn body) env)))
         (entry (cps--x expanded terminal))
         (s (make-symbol "s")) (cs (make-symbol "cs")))
    `(let (,cps--val ,cps--next ,cps--cleanups ,terminal ,@cps--vars)
       (setq ,terminal (lambda () (signal 'iter-end-of-sequence ,cps--val)))
       ,@(reverse cps--inits)
       ,@(mapcar (lambda (st) `(setq ,(car st) ,(cadr st))) (reverse cps--states))
       (setq ,cps--next ,entry)
       (lambda (op value)
         (cond
          ((eq op :next)
           (setq ,cps--val value)
           (let ((,s ,cps--next))
             ;; Until a yield says where to resume, the iterator is finished (after an error, too).
             (setq ,cps--next ,terminal)
             (while (setq ,s (funcall ,s))))
           ,cps--val)
          ((eq op :close)
           ;; As GNU does, the outermost cleanup runs first; the value is the innermost one's.
           (let ((,cs (reverse ,cps--cleanups)) (,s nil))
             (setq ,cps--cleanups nil ,cps--next ,terminal ,cps--val nil)
             (dolist (f ,cs) (setq ,s (funcall f)))
             ,s))
          (t (error "Unknown iterator operation %S" op)))))))

;;;; The user interface

(defmacro iter-lambda (arglist &rest body)
  "Return a function that takes ARGLIST and returns a new iterator running BODY.
BODY may use `iter-yield' and `iter-yield-from'."
  (declare (indent defun) (doc-string 2))
  (let ((parsed (macroexp-parse-body body)))
    `(lambda ,arglist ,@(car parsed) ,(cps--generate (cdr parsed)))))

(defmacro iter-defun (name arglist &rest body)
  "Define NAME as a generator function: calling it with ARGLIST returns a new iterator
running BODY, which may use `iter-yield' and `iter-yield-from'."
  (declare (indent defun) (doc-string 3))
  (let ((parsed (macroexp-parse-body body)))
    `(defun ,name ,arglist ,@(car parsed) ,(cps--generate (cdr parsed)))))

(defmacro iter-make (&rest body)
  "Return a new iterator running BODY."
  (cps--generate body))

(defun iter-next (iterator &optional yield-result)
  "Resume ITERATOR and return the next value it yields.
YIELD-RESULT becomes the value of the `iter-yield' form the iterator was
suspended at.  When the iterator finishes, signal `iter-end-of-sequence'
with its final value as data."
  (funcall iterator :next yield-result))

(defun iter-close (iterator)
  "Terminate ITERATOR, running the cleanups of the `unwind-protect' forms it is in."
  (funcall iterator :close nil))

(defmacro iter-do (binding &rest body)
  "Run BODY with VAR bound to each value ITERATOR yields; BINDING is (VAR ITERATOR).
Return the iterator's final value."
  (declare (indent 1))
  (let ((it (make-symbol "it")) (v (make-symbol "v")) (e (make-symbol "e"))
        (result (make-symbol "result")))
    `(let ((,it ,(cadr binding)) (,v nil) (,result nil))
       (while (condition-case ,e
                  (progn (setq ,v (iter-next ,it)) t)
                (iter-end-of-sequence (setq ,result (cdr ,e)) nil))
         (let ((,(car binding) ,v)) ,@body))
       ,result)))

(defvar cl--loop-args)
(defvar cl--loop-bindings)
(defvar cl--loop-body)

(defun generator--cl-loop-iter-by (var)
  "The `cl-loop' clause `for VAR iter-by ITERATOR': VAR takes each value ITERATOR yields.
Run by `cl-loop' through the `cl-loop-for-handler' property of `iter-by'."
  (let ((it (make-symbol "--cl-iter--")))
    (push (list (list it (pop cl--loop-args))) cl--loop-bindings)
    (push (list (list var nil)) cl--loop-bindings)
    ;; Each iteration fetches the next value first; the end of the iteration ends the loop.  Only a
    ;; body test, not a loop condition: those are evaluated again to guard parallel (`and') steps,
    ;; and this one has a side effect.
    (push `(condition-case nil (progn (setq ,var (iter-next ,it)) t)
             (iter-end-of-sequence nil))
          cl--loop-body)))

(put 'iter-by 'cl-loop-for-handler #'generator--cl-loop-iter-by)

(provide 'generator)

;;; generator.el ends here
