;;; seq.el --- sequence manipulation functions (GNU: lisp/emacs-lisp/seq.el)  -*- lexical-binding: t -*-
;; Written for tsmacs.  Every public function that GNU 28 makes generic is a `cl-defgeneric' here
;; too, so packages can add methods for their own sequence types.  The default methods test for
;; lists and arrays first and walk them directly (`dolist', `aref' loops, `mapcar'), so the common
;; case never goes through another generic call; only unknown types fall back on the generic
;; protocol (`seq-do', `seq-elt', `seq-length'...), as GNU's defaults do.

(require 'cl-generic)

(defmacro seq-doseq (spec &rest body)
  "Loop over a sequence.
Evaluate BODY with VAR bound to each element of SEQUENCE, in turn.

\(fn (VAR SEQUENCE) BODY...)"
  (declare (indent 1) (debug ((symbolp form &optional form) body)))
  `(seq-do (lambda (,(car spec)) ,@body) ,(cadr spec)))

(defun seq--elt-safe (sequence n)
  "Return element N of SEQUENCE, or nil when there is none."
  (ignore-errors (seq-elt sequence n)))

(defun seq--make-pcase-bindings (args)
  "The `app' sub-patterns of a `seq' pattern for the element patterns ARGS."
  (let ((bindings nil) (index 0) (rest nil))
    (seq-doseq (name args)
      (unless rest
        (if (eq name '&rest)
            (progn
              (push `(app (pcase--flip seq-drop ,index) ,(seq--elt-safe args (1+ index)))
                    bindings)
              (setq rest t))
          (push `(app (pcase--flip seq--elt-safe ,index) ,name) bindings)))
      (setq index (1+ index)))
    bindings))

(defun seq--make-pcase-patterns (args)
  "Turn the nested variable sequence ARGS into a `seq' pcase pattern."
  (cons 'seq (seq-map (lambda (elt) (if (seqp elt) (seq--make-pcase-patterns elt) elt))
                      args)))

(pcase-defmacro seq (&rest patterns)
  "Build a `pcase' pattern that matches elements of SEQUENCE.

The `pcase' pattern will match each element of PATTERNS against the
corresponding element of SEQUENCE.

Extra elements of the sequence are ignored if fewer PATTERNS are
given, and the match does not fail."
  `(and (pred seqp) ,@(seq--make-pcase-bindings patterns)))

(defmacro seq-let (args sequence &rest body)
  "Bind the variables in ARGS to the elements of SEQUENCE, then evaluate BODY.

ARGS can also include the `&rest' marker followed by a variable
name to be bound to the rest of SEQUENCE."
  (declare (indent 2) (debug (sexp form body)))
  `(pcase-let ((,(seq--make-pcase-patterns args) ,sequence)) ,@body))

(defmacro seq-setq (args sequence)
  "Assign to the variables in ARGS the elements of SEQUENCE.

ARGS can also include the `&rest' marker followed by a variable
name to be bound to the rest of SEQUENCE."
  (declare (debug (sexp form)))
  `(pcase-setq ,(seq--make-pcase-patterns args) ,sequence))

;;; Basic protocol

(cl-defgeneric seq-elt (sequence n)
  "Return the Nth element of SEQUENCE."
  (elt sequence n))

(cl-defmethod (setf seq-elt) (store (sequence array) n)
  (aset sequence n store))

(cl-defmethod (setf seq-elt) (store (sequence cons) n)
  (setcar (nthcdr n sequence) store))

(cl-defgeneric seq-length (sequence)
  "Return the number of elements of SEQUENCE."
  (length sequence))

(defun seq-first (sequence)
  "Return the first element of SEQUENCE."
  (seq-elt sequence 0))

(defun seq-rest (sequence)
  "Return a sequence of the elements of SEQUENCE except the first one."
  (seq-drop sequence 1))

(cl-defgeneric seq-do (function sequence)
  "Apply FUNCTION to each element of SEQUENCE.
Return SEQUENCE."
  (mapc function sequence))

(defalias 'seq-each #'seq-do)

(defun seq-do-indexed (function sequence)
  "Apply FUNCTION to each element of SEQUENCE and return nil.
Unlike `seq-map', FUNCTION takes two arguments: the element of
the sequence, and its index within the sequence."
  (let ((i 0))
    (if (listp sequence)
        (dolist (e sequence) (funcall function e i) (setq i (1+ i)))
      (seq-do (lambda (e) (funcall function e i) (setq i (1+ i))) sequence)))
  nil)

(cl-defgeneric seqp (object)
  "Return non-nil if OBJECT is a sequence, nil otherwise."
  (sequencep object))

(cl-defgeneric seq-copy (sequence)
  "Return a shallow copy of SEQUENCE."
  (copy-sequence sequence))

(defun seq--bad-bounds (start end)
  (error "Bad bounding indices: %s, %s" start end))

(cl-defgeneric seq-subseq (sequence start &optional end)
  "Return the sequence of elements of SEQUENCE from START to END.
END is exclusive.

If END is omitted, it defaults to the length of the sequence.  If
START or END is negative, it counts from the end.  Signal an
error if START or END are outside of the sequence (i.e too large
if positive or too small if negative)."
  (cond
   ((or (stringp sequence) (vectorp sequence)) (substring sequence start end))
   ((listp sequence)
    ;; Negative indices need the length; positive ones are checked while walking, so a long
    ;; list is traversed only as far as END.
    (let ((s start) (e end) len)
      (when (and e (< e 0)) (setq len (length sequence) e (+ e len)))
      (when (< s 0) (setq s (+ s (or len (setq len (length sequence))))))
      (when (< s 0) (seq--bad-bounds start end))
      (when (> s 0)
        (let ((tail (nthcdr (1- s) sequence)))
          (unless tail (seq--bad-bounds start end))
          (setq sequence (cdr tail))))
      (if (null e)
          (copy-sequence sequence)
        (let ((n (- e s)) (acc nil))
          (while (and (> n 0) sequence)
            (push (car sequence) acc)
            (setq sequence (cdr sequence) n (1- n)))
          (unless (= n 0) (seq--bad-bounds start end))
          (nreverse acc)))))
   (t (error "Unsupported sequence: %s" sequence))))

;;; Mapping

(cl-defgeneric seq-map (function sequence)
  "Return the result of applying FUNCTION to each element of SEQUENCE."
  (if (sequencep sequence)
      (mapcar function sequence)
    (let (acc)
      (seq-do (lambda (e) (push (funcall function e) acc)) sequence)
      (nreverse acc))))

(defun seq-map-indexed (function sequence)
  "Return the result of applying FUNCTION to each element of SEQUENCE.
Unlike `seq-map', FUNCTION takes two arguments: the element of
the sequence, and its index within the sequence."
  (let ((i -1))
    (seq-map (lambda (e) (funcall function e (setq i (1+ i)))) sequence)))

(cl-defgeneric seq-mapn (function sequence &rest sequences)
  "Like `seq-map' but FUNCTION is mapped over all SEQUENCES.
The arity of FUNCTION must match the number of SEQUENCES, and the
mapping stops on the shortest sequence.
Return a list of the results.

\(fn FUNCTION SEQUENCES...)"
  (if (null sequences)
      (seq-map function sequence)
    (let ((lists (mapcar (lambda (s) (seq-into s 'list)) (cons sequence sequences)))
          (acc nil))
      (while (not (memq nil lists))
        (push (apply function (mapcar #'car lists)) acc)
        (setq lists (mapcar #'cdr lists)))
      (nreverse acc))))

;;; Sub-sequences

(cl-defgeneric seq-drop (sequence n)
  "Remove the first N elements of SEQUENCE and return the result.
The result is a sequence of the same type as SEQUENCE.

If N is a negative integer or zero, SEQUENCE is returned."
  (cond ((<= n 0) sequence)
        ((listp sequence) (nthcdr n sequence))
        (t (let ((len (seq-length sequence)))
             (seq-subseq sequence (min n len) len)))))

(cl-defgeneric seq-take (sequence n)
  "Take the first N elements of SEQUENCE and return the result.
The result is a sequence of the same type as SEQUENCE.

If N is a negative integer or zero, an empty sequence is
returned."
  (if (listp sequence)
      (let ((acc nil))
        (while (and sequence (> n 0))
          (push (car sequence) acc)
          (setq sequence (cdr sequence) n (1- n)))
        (nreverse acc))
    (seq-subseq sequence 0 (min (max n 0) (seq-length sequence)))))

(defun seq--count-successive (pred sequence)
  "Count the leading elements of SEQUENCE for which PRED is non-nil."
  (let ((n 0))
    (if (listp sequence)
        (while (and sequence (funcall pred (car sequence)))
          (setq sequence (cdr sequence) n (1+ n)))
      (let ((len (seq-length sequence)))
        (if (arrayp sequence)
            (while (and (< n len) (funcall pred (aref sequence n))) (setq n (1+ n)))
          (while (and (< n len) (funcall pred (seq-elt sequence n))) (setq n (1+ n))))))
    n))

(cl-defgeneric seq-drop-while (pred sequence)
  "Remove the successive elements of SEQUENCE for which PRED returns non-nil.
PRED is a function of one argument.  The result is a sequence of
the same type as SEQUENCE."
  (if (listp sequence)
      (progn (while (and sequence (funcall pred (car sequence)))
               (setq sequence (cdr sequence)))
             sequence)
    (seq-drop sequence (seq--count-successive pred sequence))))

(cl-defgeneric seq-take-while (pred sequence)
  "Take the successive elements of SEQUENCE for which PRED returns non-nil.
PRED is a function of one argument.  The result is a sequence of
the same type as SEQUENCE."
  (seq-take sequence (seq--count-successive pred sequence)))

(cl-defgeneric seq-empty-p (sequence)
  "Return non-nil if the SEQUENCE is empty, nil otherwise."
  (if (listp sequence) (null sequence) (= 0 (seq-length sequence))))

;;; Ordering and conversion

(cl-defgeneric seq-sort (pred sequence)
  "Sort SEQUENCE using PRED as the comparison function.
The result is a sequence of the same type as SEQUENCE."
  (if (listp sequence)
      (sort (copy-sequence sequence) pred)
    (seq-into (sort (append sequence nil) pred) (type-of sequence))))

(defun seq-sort-by (function pred sequence)
  "Sort SEQUENCE using PRED as a comparison function.
Elements of SEQUENCE are transformed by FUNCTION before being
sorted.  FUNCTION must be a function of one argument."
  (seq-sort (lambda (a b) (funcall pred (funcall function a) (funcall function b)))
            sequence))

(cl-defgeneric seq-reverse (sequence)
  "Return a sequence with elements of SEQUENCE in reverse order."
  (if (sequencep sequence)
      (reverse sequence)
    (let (acc)
      (seq-map (lambda (e) (push e acc)) sequence)
      (seq-into acc (type-of sequence)))))

(cl-defgeneric seq-concatenate (type &rest sequences)
  "Concatenate SEQUENCES into a single sequence of type TYPE.
TYPE must be one of following symbols: vector, string or list.

\n(fn TYPE SEQUENCE...)"
  (cond ((eq type 'vector) (apply #'vconcat sequences))
        ((eq type 'string) (apply #'concat sequences))
        ((eq type 'list) (apply #'append (append sequences '(nil))))
        (t (error "Not a sequence type name: %S" type))))

(cl-defgeneric seq-into-sequence (sequence)
  "Convert SEQUENCE into a sequence.

The default implementation is to signal an error if SEQUENCE is not a
sequence, specific functions should be implemented for new types
of sequence."
  (unless (sequencep sequence)
    (error "Cannot convert %S into a sequence" sequence))
  sequence)

(cl-defgeneric seq-into (sequence type)
  "Concatenate the elements of SEQUENCE into a sequence of type TYPE.
TYPE can be one of the following symbols: vector, string or
list."
  (cond ((eq type 'vector) (if (vectorp sequence) sequence (vconcat sequence)))
        ((eq type 'string) (if (stringp sequence) sequence (concat sequence)))
        ((eq type 'list) (if (listp sequence) sequence (append sequence nil)))
        (t (error "Not a sequence type name: %S" type))))

;;; Filtering and folding

(cl-defgeneric seq-filter (pred sequence)
  "Return a list of all the elements for which (PRED element) is non-nil in SEQUENCE."
  (let ((acc nil))
    (if (listp sequence)
        (dolist (e sequence) (when (funcall pred e) (push e acc)))
      (seq-do (lambda (e) (when (funcall pred e) (push e acc))) sequence))
    (nreverse acc)))

(cl-defgeneric seq-remove (pred sequence)
  "Return a list of all the elements for which (PRED element) is nil in SEQUENCE."
  (seq-filter (lambda (e) (not (funcall pred e))) sequence))

(cl-defgeneric seq-reduce (function sequence initial-value)
  "Reduce the function FUNCTION across SEQUENCE, starting with INITIAL-VALUE.

Return the result of calling FUNCTION with INITIAL-VALUE and the
first element of SEQUENCE, then calling FUNCTION with that result
and the second element of SEQUENCE, then with that result and the
third element of SEQUENCE, etc.  FUNCTION will be called with
INITIAL-VALUE (and then the accumulated value) as the first
argument, and the elements from SEQUENCE as the second argument.

If SEQUENCE is empty, return INITIAL-VALUE and FUNCTION is not called."
  (let ((acc initial-value))
    (if (listp sequence)
        (dolist (e sequence) (setq acc (funcall function acc e)))
      (seq-do (lambda (e) (setq acc (funcall function acc e))) sequence))
    acc))

(defmacro seq--scan (var sequence &rest body)
  "Evaluate BODY with VAR bound to each element of SEQUENCE; lists are walked inline."
  (declare (indent 2))
  (let ((s (make-symbol "s")))
    `(let ((,s ,sequence))
       (if (listp ,s)
           (dolist (,var ,s) ,@body)
         (seq-do (lambda (,var) ,@body) ,s)))))

(cl-defgeneric seq-every-p (pred sequence)
  "Return non-nil if (PRED element) is non-nil for all elements of SEQUENCE."
  (catch 'seq--break
    (seq--scan e sequence (unless (funcall pred e) (throw 'seq--break nil)))
    t))

(cl-defgeneric seq-some (pred sequence)
  "Return non-nil if PRED is satisfied for at least one element of SEQUENCE.
If so, return the first non-nil value returned by PRED."
  (catch 'seq--break
    (seq--scan e sequence
      (let ((r (funcall pred e))) (when r (throw 'seq--break r))))
    nil))

(cl-defgeneric seq-find (pred sequence &optional default)
  "Return the first element for which (PRED element) is non-nil in SEQUENCE.
If no element is found, return DEFAULT.

Note that `seq-find' has an ambiguity if the found element is
identical to DEFAULT, as it cannot be known if an element was
found or not."
  (catch 'seq--break
    (seq--scan e sequence (when (funcall pred e) (throw 'seq--break e)))
    default))

(cl-defgeneric seq-count (pred sequence)
  "Return the number of elements for which (PRED element) is non-nil in SEQUENCE."
  (let ((n 0))
    (seq--scan e sequence (when (funcall pred e) (setq n (1+ n))))
    n))

(cl-defgeneric seq-contains (sequence elt &optional testfn)
  "Return the first element in SEQUENCE that is equal to ELT.
Equality is defined by TESTFN if non-nil or by `equal' if nil."
  (declare (obsolete seq-contains-p "27.1"))
  (seq-some (lambda (e) (when (funcall (or testfn #'equal) elt e) e)) sequence))

(cl-defgeneric seq-contains-p (sequence elt &optional testfn)
  "Return non-nil if SEQUENCE contains an element equal to ELT.
Equality is defined by TESTFN if non-nil or by `equal' if nil."
  (let ((test (or testfn #'equal)))
    (catch 'seq--break
      (seq--scan e sequence (when (funcall test e elt) (throw 'seq--break t)))
      nil)))

(cl-defgeneric seq-set-equal-p (sequence1 sequence2 &optional testfn)
  "Return non-nil if SEQUENCE1 and SEQUENCE2 have the same elements.
This does not depend on the order of the elements.
Equality is defined by TESTFN if non-nil or by `equal' if nil."
  (and (seq-every-p (lambda (e) (seq-contains-p sequence2 e testfn)) sequence1)
       (seq-every-p (lambda (e) (seq-contains-p sequence1 e testfn)) sequence2)))

(cl-defgeneric seq-position (sequence elt &optional testfn)
  "Return the index of the first element in SEQUENCE that is equal to ELT.
Equality is defined by TESTFN if non-nil or by `equal' if nil."
  (let ((test (or testfn #'equal)) (i 0))
    (catch 'seq--break
      (seq--scan e sequence
        (when (funcall test e elt) (throw 'seq--break i))
        (setq i (1+ i)))
      nil)))

(cl-defgeneric seq-uniq (sequence &optional testfn)
  "Return a list of the elements of SEQUENCE with duplicates removed.
TESTFN is used to compare elements, or `equal' if TESTFN is nil."
  (let ((acc nil))
    (seq--scan e sequence
      (unless (seq-contains-p acc e testfn) (push e acc)))
    (nreverse acc)))

(cl-defgeneric seq-mapcat (function sequence &optional type)
  "Concatenate the result of applying FUNCTION to each element of SEQUENCE.
The result is a sequence of type TYPE, or a list if TYPE is nil."
  (apply #'seq-concatenate (or type 'list) (seq-map function sequence)))

(cl-defgeneric seq-partition (sequence n)
  "Return a list of the elements of SEQUENCE grouped into sub-sequences of length N.
The last sequence may contain less than N elements.  If N is a
negative integer or 0, nil is returned."
  (unless (< n 1)
    (let ((acc nil))
      (while (not (seq-empty-p sequence))
        (push (seq-take sequence n) acc)
        (setq sequence (seq-drop sequence n)))
      (nreverse acc))))

(cl-defgeneric seq-union (sequence1 sequence2 &optional testfn)
  "Return a list of all elements that appear in either SEQUENCE1 or SEQUENCE2.
Equality is defined by TESTFN if non-nil or by `equal' if nil."
  (let ((acc nil))
    (seq--scan e sequence1 (unless (seq-contains-p acc e testfn) (push e acc)))
    (seq--scan e sequence2 (unless (seq-contains-p acc e testfn) (push e acc)))
    (nreverse acc)))

(cl-defgeneric seq-intersection (sequence1 sequence2 &optional testfn)
  "Return a list of the elements that appear in both SEQUENCE1 and SEQUENCE2.
Equality is defined by TESTFN if non-nil or by `equal' if nil."
  (let ((acc nil))
    (seq--scan e sequence1 (when (seq-contains-p sequence2 e testfn) (push e acc)))
    (nreverse acc)))

(cl-defgeneric seq-difference (sequence1 sequence2 &optional testfn)
  "Return a list of the elements that appear in SEQUENCE1 but not in SEQUENCE2.
Equality is defined by TESTFN if non-nil or by `equal' if nil."
  (let ((acc nil))
    (seq--scan e sequence1 (unless (seq-contains-p sequence2 e testfn) (push e acc)))
    (nreverse acc)))

(cl-defgeneric seq-group-by (function sequence)
  "Apply FUNCTION to each element of SEQUENCE.
Separate the elements of SEQUENCE into an alist using the results as
keys.  Keys are compared using `equal'."
  ;; Walking the elements last to first and consuing onto the front keeps each group's elements
  ;; in order and orders the groups as GNU does (by the position of their last element).
  (let ((groups nil))
    (dolist (e (reverse (seq-into sequence 'list)))
      (let* ((key (funcall function e)) (cell (assoc key groups)))
        (if cell (setcdr cell (cons e (cdr cell))) (push (list key e) groups))))
    groups))

(cl-defgeneric seq-min (sequence)
  "Return the smallest element of SEQUENCE.
SEQUENCE must be a sequence of numbers or markers."
  (apply #'min (seq-into sequence 'list)))

(cl-defgeneric seq-max (sequence)
  "Return the largest element of SEQUENCE.
SEQUENCE must be a sequence of numbers or markers."
  (apply #'max (seq-into sequence 'list)))

(cl-defgeneric seq-random-elt (sequence)
  "Return a random element from SEQUENCE.
Signal an error if SEQUENCE is empty."
  (if (seq-empty-p sequence)
      (error "Sequence cannot be empty")
    (seq-elt sequence (random (seq-length sequence)))))

(defun seq--into-list (sequence) (if (listp sequence) sequence (append sequence nil)))
(defun seq--into-vector (sequence) (if (vectorp sequence) sequence (vconcat sequence)))
(defun seq--into-string (sequence) (if (stringp sequence) sequence (concat sequence)))

(provide 'seq)
;;; seq.el ends here
