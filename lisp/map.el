;;; map.el --- map manipulation functions (GNU: lisp/emacs-lisp/map.el)  -*- lexical-binding: t -*-
;; Written for tsmacs.  A map is an alist, a plist (a list whose car is an atom), a hash table or an
;; array (indices as keys).  As in GNU 28 the functions are generic, so packages can add map
;; types; the built-in types get methods (or `map--dispatch' branches) that walk them directly.

(require 'seq)

(define-error 'map-not-inplace "Cannot modify map in-place")

(defmacro map--dispatch (map-var &rest cases)
  "Evaluate the form of CASES (:list, :hash-table, :array) that fits the type of MAP-VAR."
  (declare (debug t) (indent 1))
  `(cond ((listp ,map-var) ,(plist-get cases :list))
         ((hash-table-p ,map-var) ,(plist-get cases :hash-table))
         ((arrayp ,map-var) ,(plist-get cases :array))
         (t (error "Unsupported map type `%S': %S" (type-of ,map-var) ,map-var))))

(defsubst map--plist-p (list)
  "Non-nil if LIST is to be treated as a plist: a non-empty list whose car is an atom."
  (and (consp list) (atom (car list))))

(defun map--make-pcase-bindings (args)
  "The `app' sub-patterns of a `map' pattern for the element specs ARGS."
  (mapcar (lambda (elt)
            (cond ((consp elt) `(app (pcase--flip map-elt ,(car elt)) ,(cadr elt)))
                  ((keywordp elt)
                   `(app (pcase--flip map-elt ,elt) ,(intern (substring (symbol-name elt) 1))))
                  (t `(app (pcase--flip map-elt ',elt) ,elt))))
          args))

(defun map--make-pcase-patterns (args)
  "The `(map ...)' pcase pattern for the (possibly nested) key specs ARGS."
  (cons 'map (mapcar (lambda (elt)
                       (if (eq (car-safe elt) 'map) (map--make-pcase-patterns elt) elt))
                     args)))

(pcase-defmacro map (&rest args)
  "Build a `pcase' pattern matching map elements.

ARGS is a list of elements to be matched in the map.

Each element of ARGS can be of the form (KEY PAT), in which case KEY is
evaluated and searched for in the map.  The match fails if for any KEY
found in the map, the corresponding PAT doesn't match the value
associated with the KEY.

Each element can also be a SYMBOL, which is an abbreviation of
a (KEY PAT) tuple of the form (\\='SYMBOL SYMBOL).  When SYMBOL
is a keyword, it is an abbreviation of the form (:SYMBOL SYMBOL),
useful for binding plist values.

Keys in ARGS not found in the map are ignored, and the match doesn't
fail."
  `(and (pred mapp) ,@(map--make-pcase-bindings args)))

(defmacro map-let (keys map &rest body)
  "Bind the variables in KEYS to the elements of MAP then evaluate BODY.

KEYS can be a list of symbols, in which case each element will be
bound to the looked up value in MAP.

KEYS can also be a list of (KEY VARNAME) pairs, in which case
KEY is an unquoted form.

MAP can be an alist, plist, hash-table, or array."
  (declare (indent 2) (debug ((&rest &or symbolp ([form symbolp])) form body)))
  `(pcase-let ((,(map--make-pcase-patterns keys) ,map)) ,@body))

;;; Lookup and update

(cl-defgeneric map-elt (map key &optional default testfn)
  "Look up KEY in MAP and return its associated value.
If KEY is not found, return DEFAULT which defaults to nil.

TESTFN is the function to use for comparing keys.  It is
deprecated because its default and valid values depend on the MAP
argument.  Generally, alist keys are compared with `equal', plist
keys with `eq', and hash-table keys with the hash-table's test
function.

In the base definition, MAP can be an alist, plist, hash-table,
or array."
  (map--dispatch map
    :list (if (map--plist-p map)
              (let ((cell (plist-member map key))) (if cell (cadr cell) default))
            ;; Without TESTFN, `assoc' compares with `equal' natively instead of calling a function.
            (let ((cell (if testfn (assoc key map testfn) (assoc key map))))
              (if cell (cdr cell) default)))
    :hash-table (gethash key map default)
    :array (if (and (natnump key) (< key (length map))) (aref map key) default)))

;; (setf (map-elt M K) V) first tries to modify M in place; maps that cannot be (an alist lacking
;; K, an empty list) are replaced by (map-insert M K V) through M's own place.
(gv-define-expander map-elt
  (lambda (do map key &optional default testfn)
    (gv-letplace (getter setter) `(gv-delay-error ,map)
      (macroexp-let2* nil ((key key) (default default) (testfn testfn))
        (funcall do `(map-elt ,getter ,key ,default)
                 (lambda (v)
                   (macroexp-let2 nil v v
                     `(condition-case nil
                          (map-put! ,getter ,key ,v ,testfn)
                        (map-not-inplace
                         ,(funcall setter `(map-insert ,getter ,key ,v))
                         ,v)))))))))

(set-advertised-calling-convention 'map-elt '(map key &optional default) "27.1")

(defmacro map-put (map key value &optional testfn)
  "Associate KEY with VALUE in MAP and return VALUE.
If KEY is already present in MAP, replace the associated value
with VALUE.
When MAP is an alist, test equality with TESTFN if non-nil,
otherwise use `equal'.

MAP can be an alist, plist, hash-table, or array."
  (declare (obsolete "use map-put! or (setf (map-elt ...) ...) instead" "27.1"))
  `(setf (map-elt ,map ,key nil ,testfn) ,value))

(cl-defgeneric map-put! (map key value &optional testfn)
  "Associate KEY with VALUE in MAP.
If KEY is already present in MAP, replace the associated value
with VALUE.
This operates by modifying MAP in place.
If it cannot do that, it signals a `map-not-inplace' error.
To insert an element without modifying MAP, use `map-insert'."
  (map--dispatch map
    :list (progn
            (if (map--plist-p map)
                (plist-put map key value)
              (let ((cell (assoc key map (or testfn #'equal))))
                (if cell (setcdr cell value) (signal 'map-not-inplace (list map)))))
            value)
    :hash-table (puthash key value map)
    :array (aset map key value)))

(define-obsolete-function-alias 'map--put #'map-put! "27.1")

(cl-defgeneric map-insert (map key value)
  "Return a new map like MAP except that it associates KEY with VALUE.
This does not modify MAP.
If you want to insert an element in place, use `map-put!'.
The default implementation defaults to `map-copy' and `map-put!'."
  (if (listp map)
      (if (map--plist-p map) (cons key (cons value map)) (cons (cons key value) map))
    (let ((copy (map-copy map)))
      (map-put! copy key value)
      copy)))

(defun map--plist-delete (plist key)
  "Remove every KEY entry of PLIST destructively and return the result."
  (while (and (consp plist) (eq (car plist) key)) (setq plist (cddr plist)))
  (let ((prev plist))
    (while (consp (cddr prev))
      (if (eq (car (cddr prev)) key)
          (setcdr (cdr prev) (cddr (cddr prev)))
        (setq prev (cddr prev)))))
  plist)

(cl-defgeneric map-delete (map key)
  "Delete KEY in-place from MAP and return MAP.
Keys not present in MAP are ignored.")

;; As in GNU, only lists, hash tables and arrays have methods: other types signal
;; `cl-no-applicable-method'.
(cl-defmethod map-delete ((map list) key)
  (if (map--plist-p map)
      (map--plist-delete map key)
    ;; Only the first matching pair goes, as with GNU's (setf (alist-get ... t)).
    (let ((cell (assoc key map)))
      (if cell (delq cell map) map))))

(cl-defmethod map-delete ((map hash-table) key)
  (remhash key map)
  map)

(cl-defmethod map-delete ((map array) key)
  "Store nil at index KEY."
  (when (and (natnump key) (< key (length map))) (aset map key nil))
  map)

(defun map-nested-elt (map keys &optional default)
  "Traverse MAP using KEYS and return the looked up value or DEFAULT if nil.

MAP can be a nested map composed of alists, plists, hash-tables,
and arrays."
  (let ((m map))
    (seq-doseq (k keys) (setq m (and (mapp m) (map-elt m k))))
    (or m default)))

;;; Iteration

(cl-defgeneric map-do (function map)
  "Apply FUNCTION to each element of MAP and return nil.
FUNCTION is called with two arguments, the key and the value.")

(cl-defmethod map-do (function (map list))
  (if (map--plist-p map)
      (while map (funcall function (car map) (cadr map)) (setq map (cddr map)))
    (dolist (pair map) (funcall function (car pair) (cdr pair))))
  nil)

(cl-defmethod map-do (function (map hash-table))
  (maphash function map))

(cl-defmethod map-do (function (map array))
  (let ((i 0) (n (length map)))
    (while (< i n) (funcall function i (aref map i)) (setq i (1+ i))))
  nil)

(cl-defgeneric map-apply (function map)
  "Apply FUNCTION to each element of MAP and return the result as a list.
FUNCTION is called with two arguments, the key and the value.
The default implementation delegates to `map-do'."
  (if (and (consp map) (not (map--plist-p map)))
      (mapcar (lambda (pair) (funcall function (car pair) (cdr pair))) map)
    (let ((acc nil))
      (map-do (lambda (k v) (push (funcall function k v) acc)) map)
      (nreverse acc))))

(cl-defgeneric map-keys (map)
  "Return the list of keys in MAP.
The default implementation delegates to `map-apply'."
  (map-apply (lambda (k _) k) map))

(cl-defgeneric map-values (map)
  "Return the list of values in MAP.
The default implementation delegates to `map-apply'."
  (if (arrayp map) (append map nil) (map-apply (lambda (_ v) v) map)))

(cl-defgeneric map-pairs (map)
  "Return the key/value pairs in MAP as an alist.
The default implementation delegates to `map-apply'."
  (map-apply #'cons map))

(cl-defgeneric map-length (map)
  "Return the number of key/value pairs in MAP.
Note that this does not always reflect the number of unique keys.
The default implementation delegates to `map-do'."
  (cond ((hash-table-p map) (hash-table-count map))
        ((listp map) (if (map--plist-p map) (/ (length map) 2) (length map)))
        ((arrayp map) (length map))
        (t (let ((n 0)) (map-do (lambda (_k _v) (setq n (1+ n))) map) n))))

(cl-defgeneric map-copy (map)
  "Return a copy of MAP.")

(cl-defmethod map-copy ((map list))
  "Use `copy-alist' on alists and `copy-sequence' on plists."
  (if (map--plist-p map) (copy-sequence map) (copy-alist map)))

(cl-defmethod map-copy ((map hash-table))
  (copy-hash-table map))

(cl-defmethod map-copy ((map array))
  (copy-sequence map))

(cl-defgeneric map-keys-apply (function map)
  "Return the result of applying FUNCTION to each key in MAP.
The default implementation delegates to `map-apply'."
  (map-apply (lambda (k _) (funcall function k)) map))

(cl-defgeneric map-values-apply (function map)
  "Return the result of applying FUNCTION to each value in MAP.
The default implementation delegates to `map-apply'."
  (if (arrayp map) (mapcar function map) (map-apply (lambda (_ v) (funcall function v)) map)))

(cl-defgeneric map-filter (pred map)
  "Return an alist of key/val pairs for which (PRED key val) is non-nil in MAP.
The default implementation delegates to `map-apply'."
  (let ((acc nil))
    (map-do (lambda (k v) (when (funcall pred k v) (push (cons k v) acc))) map)
    (nreverse acc)))

(cl-defgeneric map-remove (pred map)
  "Return an alist of the key/val pairs for which (PRED key val) is nil in MAP.
The default implementation delegates to `map-filter'."
  (map-filter (lambda (k v) (not (funcall pred k v))) map))

(cl-defgeneric mapp (map)
  "Return non-nil if MAP is a map (alist/plist, hash-table, array, ...)."
  (or (listp map) (hash-table-p map) (arrayp map)))

(cl-defgeneric map-empty-p (map)
  "Return non-nil if MAP is empty.
The default implementation delegates to `map-length'."
  (if (listp map) (null map) (zerop (map-length map))))

(cl-defgeneric map-contains-key (map key &optional testfn)
  "Return non-nil if and only if MAP contains KEY.
TESTFN is deprecated.  Its default depends on MAP.
The default implementation delegates to `map-some'."
  (cond ((listp map)
         (if (map--plist-p map)
             (plist-member map key)
           (and (if testfn (assoc key map testfn) (assoc key map)) t)))
        ((hash-table-p map) (let ((none '(nil))) (not (eq none (gethash key map none)))))
        ((arrayp map) (and (natnump key) (< key (length map))))
        (t (let ((test (or testfn #'equal)))
             (map-some (lambda (k _v) (funcall test key k)) map)))))

(cl-defgeneric map-some (pred map)
  "Return the first non-nil (PRED key val) in MAP.
Return nil if no such element is found.
The default implementation delegates to `map-do'."
  (catch 'map--break
    (map-do (lambda (k v) (let ((r (funcall pred k v))) (when r (throw 'map--break r)))) map)
    nil))

(cl-defgeneric map-every-p (pred map)
  "Return non-nil if (PRED key val) is non-nil for all elements of MAP.
The default implementation delegates to `map-do'."
  (catch 'map--break
    (map-do (lambda (k v) (unless (funcall pred k v) (throw 'map--break nil))) map)
    t))

;;; Conversion and merging

(defun map--into-hash (map keyword-args)
  "A new hash table made by `make-hash-table' with KEYWORD-ARGS holding MAP's pairs."
  (let ((table (apply #'make-hash-table keyword-args)))
    (map-do (lambda (k v) (puthash k v table)) map)
    table))

(cl-defgeneric map-into (map type)
  "Convert MAP into a map of TYPE.")

(cl-defmethod map-into (map (_type (eql list)))
  "Convert MAP into an alist."
  (map-pairs map))

(cl-defmethod map-into (map (_type (eql alist)))
  "Convert MAP into an alist."
  (map-pairs map))

(cl-defmethod map-into (map (_type (eql plist)))
  "Convert MAP into a plist."
  (let ((acc nil))
    (map-do (lambda (k v) (setq acc (cons v (cons k acc)))) map)
    (nreverse acc)))

(cl-defmethod map-into (map (_type (eql hash-table)))
  "Convert MAP into a hash-table with keys compared with `equal'."
  (map--into-hash map (list :size (map-length map) :test #'equal)))

(cl-defmethod map-into (map (type (head hash-table)))
  "Convert MAP into a hash-table.
TYPE is a list whose car is `hash-table' and cdr a list of
keyword-args forwarded to `make-hash-table'.

Example:
    (map-into \\='((1 . 3)) \\='(hash-table :test eql))"
  (map--into-hash map (cdr type)))

(defun map--merge (merge type &rest maps)
  "Merge MAPS into a map of TYPE, folding each pair in with (MERGE RESULT KEY VALUE)."
  ;; List results are built in a hash table (eq for plists, equal otherwise, as GNU does) and
  ;; converted at the end, so merging many maps stays linear.
  (let* ((to-list (memq type '(list alist plist)))
         (result (map-into (pop maps)
                           (cond ((eq type 'plist) '(hash-table :test eq))
                                 (to-list '(hash-table :test equal))
                                 (t type)))))
    (dolist (m maps)
      (map-do (lambda (k v) (setq result (funcall merge result k v))) m))
    (if to-list (map-into result type) result)))

(defun map-merge (type &rest maps)
  "Merge into a map of TYPE all the key/value pairs in MAPS.
See `map-into' for all supported values of TYPE."
  (apply #'map--merge
         (lambda (result k v) (setf (map-elt result k) v) result)
         type maps))

(defun map-merge-with (type function &rest maps)
  "Merge into a map of TYPE all the key/value pairs in MAPS.
When two maps contain the same key, call FUNCTION on the two
values and use the value returned by it.
Each of MAPS can be an alist, plist, hash-table, or array.
See `map-into' for all supported values of TYPE."
  (let ((none (list nil)))
    (apply #'map--merge
           (lambda (result k v)
             (let ((old (map-elt result k none)))
               (setf (map-elt result k) (if (eq old none) v (funcall function old v))))
             result)
           type maps)))

(provide 'map)
;;; map.el ends here
