;;; bytecomp-sample.el --- compiled by test/bytecomp.test.ts  -*- lexical-binding: t -*-

;; Compile-time evaluation, macros of the file, closures, dynamic variables, gv setters and cl-lib
;; macros: the compiled file must behave as the source does, in tsmacs and in GNU Emacs.

;;; Code:

(eval-when-compile (require 'cl-lib))

(defvar bytecomp-sample-compile-time (eval-when-compile (list 'compiled (+ 1 2))))

(eval-and-compile
  (defun bytecomp-sample--helper (x) (list 'helped x)))

(defmacro bytecomp-sample-twice (form) `(list ,form ,form))
(defmacro bytecomp-sample-helped (x) `(quote ,(bytecomp-sample--helper x)))

(defun bytecomp-sample-f (n) (bytecomp-sample-twice (* n 2)))
(defun bytecomp-sample-g () (bytecomp-sample-helped 7))

(defun bytecomp-sample-counter ()
  "A closure over a lexical variable."
  (let ((n 0)) (lambda () (setq n (1+ n)))))

(defvar bytecomp-sample-dyn 10)
(defun bytecomp-sample-dyn-get () bytecomp-sample-dyn)
(defun bytecomp-sample-dyn-let () (let ((bytecomp-sample-dyn 20)) (bytecomp-sample-dyn-get)))

(gv-define-setter bytecomp-sample-car (val cell) `(setcar ,cell ,val))
(defun bytecomp-sample-set (cell) (setf (bytecomp-sample-car cell) 'set) cell)

(defun bytecomp-sample-loop () (cl-loop for i from 1 to 4 collect (* i i)))
(defun bytecomp-sample-pcase (x)
  (pcase x
    (`(a ,y) (list 'a y))
    ((pred stringp) 'string)
    (_ 'other)))
(defun bytecomp-sample-incf (l) (cl-incf (car l) 5) l)

(defconst bytecomp-sample-file (eval-when-compile (file-name-nondirectory (macroexp-file-name))))
(defconst bytecomp-sample-load-file (file-name-nondirectory load-file-name))

(defun bytecomp-sample-text () "a\nb\t\"q\" é ∀")

(provide 'bytecomp-sample)
;;; bytecomp-sample.el ends here
