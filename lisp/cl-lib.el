;;; cl-lib.el --- Common Lisp extensions, basic part (GNU: lisp/emacs-lisp/cl-lib.el)  -*- lexical-binding: t -*-
;; Written for tsmacs.  The big macros are in cl-macs.el (with cl-macs-local.el, cl-loop.el and
;; cl-struct.el), the sequence functions in cl-seq.el, the rest in cl-extra.el and cl-generic.el; all
;; are preloaded, so `(require 'cl-lib)' just finds the feature (src/emacs.ts, AUTOLOAD_AFTER_PRELOAD,
;; says why they are not autoloads as in GNU).

(defvar cl--optimize-speed 1)
(defvar cl--optimize-safety 1)
(defvar cl-custom-print-functions nil
  "This is a list of functions that format user objects for printing.")

(defmacro cl-incf (place &optional x)
  "Increment PLACE by X (1 by default).
PLACE may be a symbol, or any generalized variable allowed by `setf'.
The return value is the incremented value of PLACE."
  (declare (debug (place &optional form)))
  (if (symbolp place)
      (list 'setq place (if x (list '+ place x) (list '1+ place)))
    (gv-letplace (getter setter) place
      (funcall setter (if x `(+ ,getter ,x) `(1+ ,getter))))))

(defmacro cl-decf (place &optional x)
  "Decrement PLACE by X (1 by default).
PLACE may be a symbol, or any generalized variable allowed by `setf'.
The return value is the decremented value of PLACE."
  (declare (debug cl-incf))
  (if (symbolp place)
      (list 'setq place (if x (list '- place x) (list '1- place)))
    (gv-letplace (getter setter) place
      (funcall setter (if x `(- ,getter ,x) `(1- ,getter))))))

(defmacro cl-pushnew (x place &rest keys)
  "Add X to the list stored in PLACE unless X is already in the list.
PLACE is a generalized variable that stores a list.
Like (push X PLACE), except that the list is unmodified if X is `eql' to
an element already on the list.
\nKeywords supported:  :test :test-not :key
\n(fn X PLACE [KEYWORD VALUE]...)"
  (declare (debug (form place &rest [keywordp form])))
  (macroexp-let2 macroexp-copyable-p v x
    (gv-letplace (getter setter) place
      `(if ,(if keys `(cl-member ,v ,getter ,@keys) `(memql ,v ,getter))
           ,getter
         ,(funcall setter `(cons ,v ,getter))))))

(defun cl--set-buffer-substring (start end val)
  "Delete region from START to END and insert VAL at START; return VAL."
  (save-excursion (delete-region start end) (goto-char start) (insert val) val))

;;; Blocks and exits (the macros are in cl-macs.el).

(defun cl--block-wrapper (body)
  "The code of a `cl-block' is BODY itself when no exit refers to it."
  body)
(defun cl--block-throw (tag value)
  "Exit the `cl-block' whose catch tag is TAG with VALUE."
  (throw tag value))

;;; Multiple values: Emacs Lisp has one value per call; CL's are emulated with lists.

(defalias 'cl-values #'list
  "Return multiple values, Common Lisp style.
The arguments of `cl-values' are the values that the containing function should return.")
(defalias 'cl-values-list #'identity
  "Return multiple values, Common Lisp style, taken from a list.")
(defalias 'cl-multiple-value-list #'identity
  "Return a list of the multiple values produced by EXPRESSION.")
(defalias 'cl-multiple-value-apply #'apply
  "Apply FUNCTION to ARGUMENTS, taking multiple values into account.")
(defalias 'cl-multiple-value-call #'apply
  "Apply FUNCTION to ARGUMENTS, taking multiple values into account.
This implementation only handles the case where there is only one argument.")
(defun cl-nth-value (n expression)
  "Evaluate EXPRESSION to get multiple values and return the Nth one."
  (nth n expression))

;;; Declarations.

(defvar cl--proclaims-deferred nil)
(defun cl-proclaim (spec)
  "Record a global declaration specified by SPEC."
  (if (fboundp 'cl--do-proclaim) (cl--do-proclaim spec t)
    (push spec cl--proclaims-deferred))
  nil)
(defmacro cl-declaim (&rest specs)
  "Like `cl-proclaim', but takes any number of unevaluated, unquoted arguments."
  `(progn ,@(mapcar (lambda (x) `(cl-proclaim ',x)) specs)))

;;; Numbers.

(defun cl-plusp (number)
  "Return t if NUMBER is positive."
  (> number 0))
(defun cl-minusp (number)
  "Return t if NUMBER is negative."
  (< number 0))
(defun cl-oddp (integer)
  "Return t if INTEGER is odd."
  (eq (logand integer 1) 1))
(defun cl-evenp (integer)
  "Return t if INTEGER is even."
  (eq (logand integer 1) 0))
(defalias 'cl-floatp-safe #'floatp)

(defconst cl-digit-char-table
  (let ((table (make-char-table 'cl-digit-char-table)) (i 0))
    (while (< i 10)
      (aset table (+ ?0 i) i)
      (setq i (1+ i)))
    (setq i 0)
    (while (< i 26)
      (aset table (+ ?a i) (+ 10 i))
      (aset table (+ ?A i) (+ 10 i))
      (setq i (1+ i)))
    table)
  "Character table mapping characters to their digit values.")

(defun cl-digit-char-p (char &optional radix)
  "Test if CHAR is a digit in the specified RADIX (default 10).
If true return the decimal value of digit CHAR in RADIX."
  (or (<= 2 (or radix 10) 36)
      (signal 'args-out-of-range (list 'radix radix '(2 36))))
  (let ((n (aref cl-digit-char-table char)))
    (and n (< n (or radix 10)) n)))

(defconst cl-most-positive-float 1.7976931348623157e+308
  "The largest value that a Lisp float can hold.")
(defconst cl-most-negative-float -1.7976931348623157e+308
  "The largest negative value that a Lisp float can hold.")
(defconst cl-least-positive-float 5e-324
  "The smallest value greater than zero that a Lisp float can hold.")
(defconst cl-least-negative-float -5e-324
  "The smallest value less than zero that a Lisp float can hold.")
(defconst cl-least-positive-normalized-float 2.2250738585072014e-308
  "The smallest normalized Lisp float greater than zero.")
(defconst cl-least-negative-normalized-float -2.2250738585072014e-308
  "The smallest normalized Lisp float less than zero.")
(defconst cl-float-epsilon 2.220446049250313e-16
  "The smallest positive float that adds to 1.0 to give a distinct value.")
(defconst cl-float-negative-epsilon 1.1102230246251565e-16
  "The smallest positive float that subtracts from 1.0 to give a distinct value.")

;;; Lists.

(defun cl-mapcar (func x &rest rest)
  "Apply FUNCTION to each element of SEQ, and make a list of the results.
If there are several SEQs, FUNCTION is called with that many arguments,
and mapping stops as soon as the shortest list runs out.
\n(fn FUNCTION SEQ...)"
  (cond
   ((null rest) (mapcar func x))
   ((and (null (cdr rest)) (listp x) (listp (car rest)))
    (let ((res nil) (y (car rest)))
      (while (and x y)
        (setq res (cons (funcall func (car x) (car y)) res) x (cdr x) y (cdr y)))
      (nreverse res)))
   (t (cl--mapcar-many func (cons x rest) 'accumulate))))

(defalias 'cl-copy-seq #'copy-sequence)
(defalias 'cl-svref #'aref)
(defalias 'cl-first #'car "Return the first element of LIST.")
(defalias 'cl-second #'cadr "Return the second element of LIST.")
(defalias 'cl-rest #'cdr "Return the rest of LIST (all but the first element).")
(defun cl-third (x) "Return the third element of the list X." (car (cdr (cdr x))))
(defun cl-fourth (x) "Return the fourth element of the list X." (nth 3 x))
(defun cl-fifth (x) "Return the fifth element of the list X." (nth 4 x))
(defun cl-sixth (x) "Return the sixth element of the list X." (nth 5 x))
(defun cl-seventh (x) "Return the seventh element of the list X." (nth 6 x))
(defun cl-eighth (x) "Return the eighth element of the list X." (nth 7 x))
(defun cl-ninth (x) "Return the ninth element of the list X." (nth 8 x))
(defun cl-tenth (x) "Return the tenth element of the list X." (nth 9 x))
(let ((n 2))
  (dolist (name '(cl-third cl-fourth cl-fifth cl-sixth cl-seventh cl-eighth cl-ninth cl-tenth))
    (let ((i n))
      (put name 'gv-expander (lambda (do x) (gv-get `(nth ,i ,x) do))))
    (setq n (1+ n))))

(defun cl-endp (x)
  "Return true if X is the empty list; false if it is a cons.
Signal an error if X is not a list."
  (cl-check-type x list)
  (null x))

;; The cXXr family: two- and three-level ones are in subr.el; cl-lib names all of them, to four levels.
(let ((build
       (lambda (path base)
         ;; PATH like "add" for cl-caddr: the access applies the letters right to left.
         (let ((form base) (i (1- (length path))))
           (while (>= i 0)
             (setq form (list (if (eq (aref path i) ?a) 'car 'cdr) form) i (1- i)))
           form))))
  (dolist (path '("aaa" "aad" "ada" "add" "daa" "dad" "dda" "ddd"
                  "aaaa" "aaad" "aada" "aadd" "adaa" "adad" "adda" "addd"
                  "daaa" "daad" "dada" "dadd" "ddaa" "ddad" "ddda" "dddd"))
    (let ((name (intern (format "cl-c%sr" path))))
      (defalias name (list 'lambda '(x) (format "Return the `c%sr' of X." path) (funcall build path 'x)))
      (put name 'gv-expander (lambda (do x) (gv-get (funcall build path x) do))))))

(defun cl-list* (arg &rest rest)
  "Return a new list with specified ARGs as elements, consed to last ARG.
Thus, `(cl-list* A B C D)' is equivalent to `(nconc (list A B C) D)', or to
`(cons A (cons B (cons C D)))'.
\n(fn ARG...)"
  (cond ((not rest) arg)
        ((not (cdr rest)) (cons arg (car rest)))
        (t (let* ((n (length rest))
                  (copy (copy-sequence rest))
                  (last (nthcdr (- n 2) copy)))
             (setcdr last (car (cdr last)))
             (cons arg copy)))))

(defun cl-ldiff (list sublist)
  "Return a copy of LIST with the tail SUBLIST removed."
  (let ((res nil))
    (while (and (consp list) (not (eq list sublist)))
      (setq res (cons (car list) res) list (cdr list)))
    (nreverse res)))

(defun cl-copy-list (list)
  "Return a copy of LIST, which may be a dotted list.
The elements of LIST are not copied, just the list structure itself."
  (if (consp list)
      (let ((res nil))
        (while (consp list) (setq res (cons (car list) res) list (cdr list)))
        (let ((head (nreverse res)))
          ;; After `nreverse', RES is the last cons: it takes the dotted tail.
          (setcdr res list)
          head))
    (car list)))

(defun cl-adjoin (item list &rest keys)
  "Return ITEM consed onto the front of LIST only if it's not already there.
Otherwise, return LIST unmodified.
\nKeywords supported:  :test :test-not :key
\n(fn ITEM LIST [KEYWORD VALUE]...)"
  (cond ((or (equal keys '(:test eq)) (and (null keys) (not (numberp item))))
         (if (memq item list) list (cons item list)))
        ((or (equal keys '(:test equal)) (null keys))
         (if (member item list) list (cons item list)))
        (t (apply #'cl--adjoin item list keys))))

(defun cl-subst (new old tree &rest keys)
  "Substitute NEW for OLD everywhere in TREE (non-destructively).
Return a copy of TREE with all elements `eql' to OLD replaced by NEW.
\nKeywords supported:  :test :test-not :key
\n(fn NEW OLD TREE [KEYWORD VALUE]...)"
  (if (or keys (and (numberp old) (not (integerp old))))
      (apply #'cl-sublis (list (cons old new)) tree keys)
    (cl--do-subst new old tree)))

(defun cl--do-subst (new old tree)
  "Replace OLD by NEW (compared with `eq') in TREE, sharing unchanged parts."
  (cond ((eq tree old) new)
        ((consp tree)
         (let ((a (cl--do-subst new old (car tree)))
               (d (cl--do-subst new old (cdr tree))))
           (if (and (eq a (car tree)) (eq d (cdr tree))) tree (cons a d))))
        (t tree)))

(defun cl-acons (key value alist)
  "Add KEY and VALUE to ALIST.
Return a new list with (cons KEY VALUE) as car and ALIST as cdr."
  (cons (cons key value) alist))

(defun cl-pairlis (keys values &optional alist)
  "Make an alist from KEYS and VALUES.
Return a new alist composed by associating KEYS to corresponding VALUES;
the process stops as soon as KEYS or VALUES run out.
If ALIST is non-nil, the new pairs are prepended to it."
  (nconc (cl-mapcar #'cons keys values) alist))

(provide 'cl-lib)
;;; cl-lib.el ends here
