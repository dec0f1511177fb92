;;; thunk.el --- lazy evaluation for tsmacs (GNU counterpart: lisp/emacs-lisp/thunk.el)  -*- lexical-binding: t -*-

;; Written for tsmacs.  A thunk is a closure over two cells: whether it has run, and either the
;; suspended computation or, once forced, its value.  Called with a non-nil argument it only
;; reports whether it has been forced.

;;; Code:

(require 'cl-lib)

(defmacro thunk-delay (&rest body)
  "Delay the evaluation of BODY; return a thunk for `thunk-force'."
  (declare (debug (def-body)))
  (let ((done (make-symbol "forced")) (cell (make-symbol "val")))
    `(let ((,done nil)
           (,cell (lambda () ,@body)))
       (lambda (&optional check)
         (cond (check ,done)
               (,done ,cell)
               (t (setq ,cell (funcall ,cell)
                        ,done t)
                  ,cell))))))

(defun thunk-force (delayed)
  "Force the evaluation of DELAYED (made by `thunk-delay') and return its value.
The body runs only once; later calls return the cached value."
  (funcall delayed))

(defun thunk-evaluated-p (delayed)
  "Return non-nil if DELAYED has already been forced."
  (funcall delayed t))

(defmacro thunk-let (bindings &rest body)
  "Like `let', but each binding's value is computed when first used.
Each element of BINDINGS is (SYMBOL VALUE-FORM)."
  (declare (indent 1) (debug let))
  (dolist (b bindings)
    (unless (and (consp b) (symbolp (car b)) (consp (cdr b)) (null (cddr b)))
      (signal 'error (list "Bad binding in thunk-let" b))))
  (let ((thunks (mapcar (lambda (b) (make-symbol (concat (symbol-name (car b)) "-thunk")))
                        bindings)))
    `(let ,(cl-mapcar (lambda (tv b) `(,tv (thunk-delay ,(cadr b)))) thunks bindings)
       (cl-symbol-macrolet
           ,(cl-mapcar (lambda (tv b) `(,(car b) (thunk-force ,tv))) thunks bindings)
         ,@body))))

(defmacro thunk-let* (bindings &rest body)
  "Like `let*', but each binding's value is computed when first used."
  (declare (indent 1) (debug let))
  (let ((form (macroexp-progn body)))
    (dolist (b (reverse bindings))
      (setq form `(thunk-let (,b) ,form)))
    form))

(provide 'thunk)
;;; thunk.el ends here
