;;; let-alist.el --- easy access to alist values for tsmacs (GNU counterpart: lisp/emacs-lisp/let-alist.el)  -*- lexical-binding: t -*-

;; Written for tsmacs.  `let-alist' scans its body for symbols that start with a dot and binds each
;; to the matching value of the alist: `.a' is (cdr (assq 'a ALIST)) and `.a.b' goes one level
;; deeper.  Inside a nested `let-alist' only its alist form is scanned, since the inner body's dotted
;; symbols belong to the inner alist; `..a' there names the outer `.a'.

;;; Code:

;; The helpers keep GNU's names and results, which its tests and some packages use.

(defun let-alist--remove-dot (symbol)
  "SYMBOL without its first leading dot (SYMBOL itself if it has none)."
  (let ((name (symbol-name symbol)))
    (if (and (> (length name) 0) (eq (aref name 0) ?.))
        (intern (substring name 1))
      symbol)))

(defun let-alist--deep-dot-search (data)
  "Return an alist of (DOTTED-SYMBOL . SYMBOL-WITHOUT-DOT) for each dotted symbol in DATA."
  (cond
   ((symbolp data)
    (let ((clean (let-alist--remove-dot data)))
      (and (not (eq clean data)) (list (cons data clean)))))
   ((vectorp data) (apply #'append (mapcar #'let-alist--deep-dot-search data)))
   ((not (consp data)) nil)
   ((eq (car data) 'let-alist) (let-alist--deep-dot-search (car-safe (cdr data))))
   (t (append (let-alist--deep-dot-search (car data))
              (let-alist--deep-dot-search (cdr data))))))

(defun let-alist--list-to-sexp (list var)
  "The form reading the path LIST (innermost key first) out of the alist VAR."
  (let ((form var))
    (dolist (key (reverse list))
      (setq form `(cdr (assq ',key ,form))))
    form))

(defun let-alist--split-on-dots (name)
  "NAME cut at each dot (private, so as not to depend on `split-string')."
  (let ((parts nil) (start 0) i)
    (while (setq i (string-search "." name start))
      (push (substring name start i) parts)
      (setq start (1+ i)))
    (nreverse (cons (substring name start) parts))))

(defun let-alist--access-sexp (symbol variable)
  "The form that fetches dotted SYMBOL's value out of the alist in VARIABLE."
  (let* ((clean (let-alist--remove-dot symbol))
         (name (symbol-name clean)))
    (if (and (> (length name) 0) (eq (aref name 0) ?.))
        clean                           ; `..x': the enclosing let-alist's `.x'
      (let-alist--list-to-sexp (nreverse (mapcar #'intern (let-alist--split-on-dots name)))
                               variable))))

(defmacro let-alist (alist &rest body)
  "Let-bind dotted symbols to their cdrs in ALIST and execute BODY.
A symbol `.foo' in BODY stands for (cdr (assq 'foo ALIST)); `.foo.bar' for
the `bar' entry of the alist that is the value of `foo'."
  (declare (indent 1) (debug t))
  (let ((var (make-symbol "alist")))
    `(let ((,var ,alist))
       (let ,(mapcar (lambda (x) (list (car x) (let-alist--access-sexp (car x) var)))
                     (delete-dups (let-alist--deep-dot-search body)))
         ,@body))))

(provide 'let-alist)
;;; let-alist.el ends here
