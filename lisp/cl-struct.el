;;; cl-struct.el --- cl-defstruct and its run-time support (GNU: cl-defstruct in cl-macs.el, cl-preloaded.el)  -*- lexical-binding: t -*-
;; Written for tsmacs.
;;
;; A structure type NAME is described by a `cl-structure-class' record kept as NAME's `cl--class'
;; property.  Instances are records whose tag is NAME (or, with :type, lists or vectors, tagged
;; with NAME when :named).  The variable `cl-struct-NAME-tags' lists the tags of NAME and of all
;; the types that :include it, which is what the predicate tests.  Accessors check the type and
;; are `setf'-able places through a `gv-expander'.

(defvar cl-old-struct-compat-mode nil
  "Non-nil if old-style (vector-based) structure objects are recognized (not supported).")
(defun cl-old-struct-compat-mode (&optional arg)
  "Toggle recognition of old-style structure objects; tsmacs only records the setting."
  (setq cl-old-struct-compat-mode (if (numberp arg) (> arg 0) (not (eq arg 'toggle)))))

(defun cl--struct-class-p (x)
  "Non-nil if X is a structure class record."
  (and (recordp x) (eq (aref x 0) 'cl-structure-class)))

;; Class record layout (GNU's slot order): 1 name, 2 docstring, 3 parents, 4 slots (a vector of
;; slot descriptors), 5 index-table, 6 tag, 7 type, 8 named, 9 print, 10 children-sym.
(defsubst cl--class-name (c) (aref c 1))
(defsubst cl--class-parents (c) (aref c 3))
(defsubst cl--struct-class-slots (c) (aref c 4))
(defsubst cl--struct-class-type (c) (aref c 7))
(defsubst cl--struct-class-named (c) (aref c 8))
(defsubst cl--struct-class-children-sym (c) (aref c 10))

(defun cl--find-class (name)
  "The class of type NAME, or nil."
  (get name 'cl--class))

(defun cl--struct-get-class (name)
  "The structure class of NAME (an error if NAME is not a structure type)."
  (or (if (not (symbolp name)) name)
      (let ((c (cl--find-class name)))
        (and (cl--struct-class-p c) c))
      (error "%S is not a struct name" name)))

(defun cl-struct-define (name docstring parent type named slots children-sym tag print)
  "Register the structure type NAME (called by the expansion of `cl-defstruct')."
  (unless (boundp children-sym) (set children-sym nil))
  (let* ((parent-class (and parent (not (eq parent 'cl-structure-object)) (cl--struct-get-class parent)))
         (descs (vconcat (mapcar (lambda (s) (record 'cl-slot-descriptor (car s) (cadr s)
                                                     (plist-get (cddr s) :type) (cddr s)))
                                 slots)))
         (index (make-hash-table :test 'eq))
         (i 0))
    (mapc (lambda (s) (puthash (car s) i index) (setq i (1+ i))) slots)
    (let ((class (record 'cl-structure-class name docstring
                         (if parent-class (list parent-class) nil)
                         descs index tag type named print children-sym)))
      (put name 'cl--class class)
      (when (and (null type) (not (eq tag name)))
        ;; An old-style struct (tagged `cl-struct-NAME'), as made by code compiled long ago.
        (put tag 'cl--class class)
        (unless cl-old-struct-compat-mode (cl-old-struct-compat-mode 1)))
      ;; The tag of NAME counts as an instance tag of NAME and of every ancestor.
      (add-to-list children-sym tag)
      (let ((p parent-class))
        (while p
          (add-to-list (cl--struct-class-children-sym p) tag)
          (setq p (car (cl--class-parents p)))))
      class)))

(defun cl--struct-all-parents (class)
  "CLASS and its ancestors, nearest first."
  (let ((res nil))
    (while class (setq res (cons class res) class (car (cl--class-parents class))))
    (nreverse res)))

(defun cl--struct-type-p (object name)
  "Non-nil if OBJECT is an instance of the structure type NAME."
  (let ((class (cl--struct-get-class name)))
    (and (memq (cond ((null (cl--struct-class-type class)) (and (recordp object) (type-of object)))
                     ((not (cl--struct-class-named class)) nil)
                     ((eq (cl--struct-class-type class) 'list) (and (consp object) (car object)))
                     (t (and (vectorp object) (> (length object) 0) (aref object 0))))
               (symbol-value (cl--struct-class-children-sym class)))
         t)))

(defun cl-struct-p (object)
  "Non-nil if OBJECT is a (record-based) structure instance."
  (and (recordp object) (cl--struct-class-p (cl--find-class (type-of object))) t))

(defun cl-struct-sequence-type (struct-type)
  "Return the sequence used to build STRUCT-TYPE.
STRUCT-TYPE is a symbol naming a struct type.  Return `record',
`vector', or `list' if STRUCT-TYPE is a struct type, nil otherwise."
  (cl--struct-class-type (cl--struct-get-class struct-type)))

(defun cl-struct-slot-info (struct-type)
  "Return a list of slot names of struct STRUCT-TYPE.
Each entry is a list (SLOT-NAME . OPTS), where SLOT-NAME is a
slot name symbol and OPTS is a list of slot options given to
`cl-defstruct'.  Dummy slots that represent the struct name and
slots skipped by :initial-offset may appear in the list."
  (let* ((class (cl--struct-get-class struct-type))
         (descs (append (cl--struct-class-slots class) nil))
         (type (cl--struct-class-type class))
         (offset (if type (or (get struct-type 'cl-struct-initial-offset) 0) 0))
         (res nil))
    (dotimes (_ offset) (push '(cl-skip-slot) res))
    (if (or (null type) (cl--struct-class-named class)) (push '(cl-tag-slot) res))
    (dolist (d descs)
      (push (cons (aref d 1) (cons (aref d 2) (aref d 4))) res))
    (nreverse res)))

(define-error 'cl-struct-unknown-slot "struct has no slot")

(defun cl-struct-slot-offset (struct-type slot-name)
  "Return the offset of slot SLOT-NAME in STRUCT-TYPE.
The returned zero-based slot index is relative to the start of
the structure data type and is adjusted for any structure name
and :initial-offset slots.  Signal error if struct STRUCT-TYPE
does not contain SLOT-NAME."
  (let ((pos (cl-position slot-name (cl-struct-slot-info struct-type) :key #'car :test #'eq)))
    (or pos (signal 'cl-struct-unknown-slot (list struct-type slot-name)))))

(defun cl-struct-slot-value (struct-type slot-name inst)
  "Return the value of slot SLOT-NAME in INST of STRUCT-TYPE.
STRUCT and SLOT-NAME are symbols.  INST is a structure instance."
  (unless (cl-typep inst struct-type) (signal 'wrong-type-argument (list struct-type inst)))
  (if (eq (cl-struct-sequence-type struct-type) 'list)
      (nth (cl-struct-slot-offset struct-type slot-name) inst)
    (aref inst (cl-struct-slot-offset struct-type slot-name))))
(gv-define-setter cl-struct-slot-value (val struct-type slot-name inst)
  `(if (eq (cl-struct-sequence-type ,struct-type) 'list)
       (setcar (nthcdr (cl-struct-slot-offset ,struct-type ,slot-name) ,inst) ,val)
     (aset ,inst (cl-struct-slot-offset ,struct-type ,slot-name) ,val)))

(defun cl--struct-accessor-expander (name pred type-name index list-p read-only)
  "The `gv-expander' of the structure accessor NAME."
  (lambda (do x)
    (if read-only (error "%s is a read-only slot" name))
    (macroexp-let2 macroexp-copyable-p x x
      (funcall do `(,name ,x)
               (lambda (v)
                 `(progn ,@(and pred `((or (,pred ,x) (signal 'wrong-type-argument (list ',type-name ,x)))))
                         ,(if list-p `(setcar (nthcdr ,index ,x) ,v) `(aset ,x ,index ,v))))))))

;;; The macro

(defun cl--struct-parse-options (name-and-opts)
  "Parse the name and options of a `cl-defstruct' into a plist."
  (let* ((name (if (consp name-and-opts) (car name-and-opts) name-and-opts))
         (opts (if (consp name-and-opts) (cdr name-and-opts)))
         (res (list :name name :conc-name (concat (symbol-name name) "-")
                    :predicate (intern (format "%s-p" name))
                    :copier (intern (format "copy-%s" name))
                    :constructors nil :default-constructor t :include nil :include-overrides nil
                    :type nil :named nil :initial-offset 0 :print nil)))
    (dolist (opt opts)
      (let ((key (if (consp opt) (car opt) opt)) (args (if (consp opt) (cdr opt))))
        (pcase key
          (:conc-name (setq res (plist-put res :conc-name
                                           (if (car args) (if (symbolp (car args)) (symbol-name (car args)) (car args)) ""))))
          (:constructor
           (cond ((null args))
                 ((null (car args)) (setq res (plist-put res :default-constructor nil)))
                 ((null (cdr args)) (setq res (plist-put res :default-constructor (car args))))
                 (t (setq res (plist-put res :constructors (append (plist-get res :constructors) (list args)))))))
          (:copier (setq res (plist-put res :copier (car args))))
          (:predicate (setq res (plist-put res :predicate (car args))))
          (:include (setq res (plist-put (plist-put res :include (car args)) :include-overrides (cdr args))))
          (:type (setq res (plist-put res :type (car args))))
          (:named (setq res (plist-put res :named t)))
          (:initial-offset (setq res (plist-put res :initial-offset (car args))))
          ((or :print-function :noinline :documentation) nil)
          (_ (error "Structure option %s unrecognized" key)))))
    res))

(defun cl--struct-normalize-slot (s)
  "The slot spec S as a list (NAME DEFAULT . OPTIONS)."
  (if (consp s) (if (cdr s) s (list (car s) nil)) (list s nil)))

(defmacro cl-defstruct (struct &rest descs)
  "Define a struct type.
This macro defines a new data type called NAME that stores data
in named slots.  It defines a `make-NAME' constructor, a `copy-NAME'
copier, a `NAME-p' predicate, and slot accessors named `NAME-SLOT'.
You can use the accessors to set the corresponding slots, via `setf'.

NAME may instead take the form (NAME OPTIONS...), where each
OPTION is either a single keyword or (KEYWORD VALUE) where
KEYWORD can be one of `:conc-name', `:constructor', `:copier',
`:predicate', `:type', `:named', `:initial-offset',
`:print-function', `:noinline', or `:include'.

Each SLOT may instead take the form (SNAME SDEFAULT SOPTIONS...), where
SDEFAULT is the default value of that slot and SOPTIONS are keyword-value
pairs for that slot.  Supported keywords for slots are:
- `:read-only':  If this has a non-nil value, that slot cannot be set via `setf'.
- `:documentation': this is a docstring describing the slot.
- `:type': the type of the field; currently only used for documentation.

\(fn NAME &optional DOCSTRING &rest SLOTS)"
  (declare (doc-string 2) (indent 1))
  (let* ((o (cl--struct-parse-options struct))
         (name (plist-get o :name))
         (doc (if (stringp (car descs)) (car descs)))
         (descs (if (stringp (car descs)) (cdr descs) descs))
         (type (plist-get o :type))
         (named (or (null type) (plist-get o :named)))
         (offset (if type (plist-get o :initial-offset) 0))
         (include (plist-get o :include))
         (parent (and include (cl--struct-get-class include)))
         (tag name)
         (tags-var (intern (format "cl-struct-%s-tags" name)))
         (pred (and named (plist-get o :predicate)))
         (conc (plist-get o :conc-name))
         (own (mapcar #'cl--struct-normalize-slot (cl-remove-if #'stringp descs)))
         (inherited
          (and parent
               (mapcar (lambda (d)
                         (let ((ov (cl-find (aref d 1) (plist-get o :include-overrides)
                                            :key (lambda (x) (if (consp x) (car x) x)))))
                           (if ov (cl--struct-normalize-slot ov)
                             (cons (aref d 1) (cons (aref d 2) (aref d 4))))))
                       (cl--struct-class-slots parent))))
         (slots (append inherited own))
         (first-index (+ offset (if named 1 0)))
         (list-p (eq type 'list))
         (forms nil))
    (when (and (cl--find-class name) (not (cl--struct-class-p (cl--find-class name))))
      (signal 'wrong-type-argument (list 'cl-struct-name-p name 'name)))
    (when (assq name cl--simple-type-predicates)
      (signal 'wrong-type-argument (list 'cl-struct-name-p name 'name)))
    (when (and parent (not (eq (cl--struct-class-type parent) type)))
      (error ":type disagrees with :include for %s" name))
    (push `(defvar ,tags-var) forms)
    (push `(cl-struct-define ',name ,doc ',(or include 'cl-structure-object) ',type ,(and named t)
                             ',slots ',tags-var ',tag nil)
          forms)
    (when type (push `(put ',name 'cl-struct-initial-offset ,offset) forms))
    (when pred
      (push `(defun ,pred (cl-x)
               ,(format "Return non-nil if CL-X is a `%s'." name)
               ,(cond ((null type) `(and (memq (type-of cl-x) ,tags-var) t))
                      (list-p `(and (consp cl-x) (memq (nth ,offset cl-x) ,tags-var) t))
                      (t `(and (vectorp cl-x) (> (length cl-x) ,offset)
                               (memq (aref cl-x ,offset) ,tags-var) t))))
            forms)
      (push `(put ',name 'cl-deftype-satisfies ',pred) forms))
    ;; Accessors.
    (let ((i first-index))
      (dolist (s slots)
        (let ((acc (intern (concat conc (symbol-name (car s)))))
              (check (and pred `((or (,pred cl-x) (signal 'wrong-type-argument (list ',name cl-x)))))))
          (push `(defun ,acc (cl-x)
                   ,(format "Access slot \"%s\" of `%s' struct CL-X." (car s) name)
                   ,@check
                   ,(if list-p `(nth ,i cl-x) `(aref cl-x ,i)))
                forms)
          (push `(put ',acc 'gv-expander
                      (cl--struct-accessor-expander ',acc ',pred ',name ,i ,list-p
                                                    ,(and (plist-get (cddr s) :read-only) t)))
                forms)
          (push `(put ',acc 'side-effect-free t) forms))
        (setq i (1+ i))))
    ;; Constructors.
    (let ((make (lambda (cname arglist cdoc)
                  (let* ((argvars (cl--struct-arglist-vars arglist))
                         (values (mapcar (lambda (s) (if (memq (car s) argvars) (car s) (cadr s))) slots))
                         (fill (append (make-list offset nil) (if (and named type) (list `',tag)))))
                    `(cl-defun ,cname ,(cl--struct-boa-arglist arglist slots)
                       ,@(and cdoc (list cdoc))
                       ,(cond ((null type) `(record ',tag ,@values))
                              (list-p `(list ,@fill ,@values))
                              (t `(vector ,@fill ,@values))))))))
      (let ((dc (plist-get o :default-constructor)))
        ;; A BOA constructor named like the default one replaces it.
        (when (assq (if (eq dc t) (intern (format "make-%s" name)) dc) (plist-get o :constructors))
          (setq dc nil))
        (when dc
          (push (funcall make (if (eq dc t) (intern (format "make-%s" name)) dc)
                         (cons '&key (mapcar (lambda (s) (list (car s) (cadr s))) slots))
                         (format "Constructor for objects of type `%s'." name))
                forms)))
      (dolist (c (plist-get o :constructors))
        (push (funcall make (car c) (cadr c) (nth 2 c)) forms)))
    (let ((copier (plist-get o :copier)))
      (when copier (push `(defalias ',copier #'copy-sequence) forms)))
    `(progn ,@(nreverse forms) ',name)))

(defun cl--struct-arglist-vars (arglist)
  "The variables a BOA constructor ARGLIST binds."
  (let ((res nil))
    (dolist (a arglist)
      (cond ((memq a cl--lambda-list-keywords))
            ((symbolp a) (push a res))
            ((consp a) (let ((v (car a))) (push (if (consp v) (cadr v) v) res)))))
    res))

(defun cl--struct-boa-arglist (arglist slots)
  "ARGLIST with the slot defaults of SLOTS given to &optional and &key arguments lacking one."
  (let ((state nil) (res nil))
    (dolist (a arglist)
      (cond ((memq a cl--lambda-list-keywords) (setq state a) (push a res))
            ((and (memq state '(&optional &key)) (symbolp a) (assq a slots) (cadr (assq a slots)))
             (push (list a (cadr (assq a slots))) res))
            ((and (memq state '(&optional &key)) (consp a) (null (cdr a))
                  (assq (car a) slots) (cadr (assq (car a) slots)))
             (push (list (car a) (cadr (assq (car a) slots))) res))
            (t (push a res))))
    (nreverse res)))

(pcase-defmacro cl-struct (type &rest fields)
  "Pcase patterns that match cl-struct EXPVAL of type TYPE.
Elements of FIELDS can be of the form (NAME PAT) in which case the
contents of field NAME is matched against PAT, or they can be of
the form NAME which is a shorthand for (NAME NAME)."
  `(and (pred (pcase--flip cl-typep ',type))
        ,@(mapcar (lambda (field)
                    (let* ((name (if (consp field) (car field) field))
                           (pat (if (consp field) (cadr field) field)))
                      (if (eq (cl-struct-sequence-type type) 'list)
                          `(app (nth ,(cl-struct-slot-offset type name)) ,pat)
                        `(app (pcase--flip aref ,(cl-struct-slot-offset type name)) ,pat))))
                  fields)))

(provide 'cl-struct)
;;; cl-struct.el ends here
