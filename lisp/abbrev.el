;;; abbrev.el --- abbrev tables as data (GNU counterpart: lisp/abbrev.el)  -*- lexical-binding: t -*-

;; Written for tsmacs.  The table half of GNU's abbrev.el: an abbrev table is an obarray whose
;; symbol named "" carries the table's properties, and each abbrev is a symbol of the table whose
;; value is its expansion, whose function is its hook and whose plist holds its properties
;; (:count, :system ...); lookups through the active tables and their parents.  Not here yet:
;; expansion (`expand-abbrev', `abbrev-mode'), abbrev files and the abbrev editing buffers.

;;; Code:

(defvar abbrev-table-name-list '(fundamental-mode-abbrev-table global-abbrev-table)
  "List of symbols whose values are abbrev tables.")

(defvar abbrevs-changed nil
  "Non-nil if any word abbrevs were defined or altered since they were last saved.")

(defun obarrayp (object)
  "Return t if OBJECT is an obarray (GNU: obarray.el)."
  (and (vectorp object) (< 0 (length object))))

(defun obarray-get (ob name)
  "The symbol named NAME in obarray OB, or nil (GNU: obarray.el)."
  (intern-soft name ob))

(defun obarray-put (ob name)
  "The symbol named NAME in obarray OB, made if need be (GNU: obarray.el)."
  (intern name ob))

(defun obarray-remove (ob name)
  "Remove the symbol named NAME from obarray OB; t if there was one (GNU: obarray.el)."
  (unintern name ob))

(defun obarray-map (fn ob)
  "Call FN on every symbol of obarray OB; return nil (GNU: obarray.el)."
  (mapatoms fn ob))

(defun abbrev-table-get (table prop)
  "The property PROP of abbrev TABLE."
  (let ((sym (obarray-get table "")))
    (and sym (get sym prop))))

(defun abbrev-table-put (table prop val)
  "Set the property PROP of abbrev TABLE to VAL; return VAL."
  (let ((sym (obarray-put table "")))
    (set sym nil)            ; the table's own symbol is never an abbrev
    (put sym prop val)))

(defun make-abbrev-table (&optional props)
  "A new, empty abbrev table with the properties PROPS (a plist)."
  (let ((table (obarray-make)))
    (while (consp props)
      (abbrev-table-put table (pop props) (pop props)))
    (unless (abbrev-table-get table :abbrev-table-modiff)
      (abbrev-table-put table :abbrev-table-modiff 0))
    table))

(defun abbrev-table-p (object)
  "Non-nil if OBJECT is an abbrev table."
  (and (obarrayp object)
       (numberp (ignore-errors (abbrev-table-get object :abbrev-table-modiff)))))

(defun define-abbrev (table abbrev expansion &optional hook &rest props)
  "Define ABBREV in TABLE to expand into EXPANSION, running HOOK after expanding.
PROPS is a plist of abbrev properties (:count, :system, :case-fixed...); the
old calling convention (COUNT SYSTEM-FLAG) is accepted too.  Returns ABBREV."
  (when (and (consp props) (or (null (car props)) (numberp (car props))))
    ;; Old style: (define-abbrev TABLE NAME EXPANSION HOOK COUNT SYSTEM-FLAG).
    (setq props `(:count ,(car props) ,@(and (cadr props) (list :system (cadr props))))))
  (unless (plist-get props :count) (setq props (plist-put props :count 0)))
  (setq props (plist-put props :abbrev-table-modiff (abbrev-table-get table :abbrev-table-modiff)))
  (let ((system (plist-get props :system))
        (sym (obarray-put table abbrev)))
    ;; A system abbrev does not override one the user defined.
    (unless (and (not (memq system '(nil force)))
                 (boundp sym) (symbol-value sym)
                 (not (abbrev-get sym :system)))
      (unless (or system
                  (and (boundp sym) (fboundp sym)
                       (equal (symbol-value sym) expansion)
                       (equal (symbol-function sym) hook)))
        (setq abbrevs-changed t))
      (set sym expansion)
      (fset sym hook)
      (setplist sym (if (eq system 'force) (plist-put props :system t) props))
      (abbrev-table-put table :abbrev-table-modiff
                        (1+ (abbrev-table-get table :abbrev-table-modiff))))
    abbrev))

(defun abbrev-get (sym prop)
  "The property PROP of abbrev SYM."
  (get sym prop))

(defun abbrev-put (sym prop val)
  "Set the property PROP of abbrev SYM to VAL."
  (put sym prop val))

(defun define-abbrev-table (tablename definitions &optional docstring &rest props)
  "Define TABLENAME (a symbol) as an abbrev table holding DEFINITIONS.
Each definition is a list of arguments for `define-abbrev' after the table.
PROPS are table properties.  An existing table is added to, not replaced."
  (when (and docstring props (symbolp docstring))
    ;; There is really no docstring: it is the first property.
    (push docstring props)
    (setq docstring nil))
  (eval `(defvar ,tablename nil ,@(and docstring (list docstring))))
  (let ((table (and (boundp tablename) (symbol-value tablename))))
    (unless table
      (setq table (make-abbrev-table))
      (set tablename table)
      (unless (memq tablename abbrev-table-name-list)
        (push tablename abbrev-table-name-list)))
    (while (consp props)
      (unless (cdr props) (error "Missing value for property %S" (car props)))
      (abbrev-table-put table (pop props) (pop props)))
    (dolist (elt definitions)
      (apply #'define-abbrev table elt))))

(defconst obarray-default-size 59
  "The value 1 less than a power of 2 that `obarray-make' uses by default (GNU: obarray.el).")

(defvar abbrev-minor-mode-table-alist nil
  "Alist of (VARIABLE . ABBREV-TABLE): tables active while VARIABLE is non-nil.
ABBREV-TABLE may also be a list of tables.")

(defun abbrev--table-symbols (name &optional system)
  "The abbrev symbols of the table whose name (a variable) is NAME.
System abbrevs are left out unless SYSTEM."
  (let ((symbols nil))
    (mapatoms (lambda (sym)
                (when (and (symbol-value sym) (or system (not (abbrev-get sym :system))))
                  (push sym symbols)))
              (symbol-value name))
    symbols))

(defun abbrev-table-empty-p (object &optional ignore-system)
  "Non-nil if the abbrev table OBJECT has no abbrevs (system ones not counting
with IGNORE-SYSTEM).  Signals an error if OBJECT is no abbrev table."
  (unless (abbrev-table-p object) (error "Non abbrev table object"))
  (not (catch 'some
         (obarray-map (lambda (abbrev)
                        ;; The symbol named "" holds the table's properties.
                        (unless (or (zerop (length (symbol-name abbrev)))
                                    (and ignore-system (abbrev-get abbrev :system)))
                          (throw 'some t)))
                      object))))

(defun abbrev-table-name (table)
  "The variable in `abbrev-table-name-list' whose value is TABLE, or nil."
  (seq-find (lambda (name) (eq (symbol-value name) table)) abbrev-table-name-list))

(defun copy-abbrev-table (table)
  "A new abbrev table with the abbrevs (not their properties) of TABLE."
  (let ((new (make-abbrev-table)))
    (obarray-map (lambda (sym)
                   (define-abbrev new (symbol-name sym) (symbol-value sym) (symbol-function sym)))
                 table)
    new))

(defun clear-abbrev-table (table)
  "Remove every abbrev from TABLE, keeping its properties."
  (setq abbrevs-changed t)
  (let ((props (symbol-plist (obarray-get table "")))
        (syms nil))
    ;; GNU empties the obarray vector; unintering every symbol does the same here (where a
    ;; vector's symbol table is not kept in its slots).
    (mapatoms (lambda (sym) (push sym syms)) table)
    (dolist (sym syms) (unintern sym table))
    (let ((sym (obarray-put table "")))
      (set sym nil)
      (setplist sym props)))
  (abbrev-table-put table :abbrev-table-modiff (1+ (abbrev-table-get table :abbrev-table-modiff)))
  nil)

(defun kill-all-abbrevs ()
  "Remove every abbrev from every table in `abbrev-table-name-list'."
  (interactive)
  (dolist (name abbrev-table-name-list)
    (clear-abbrev-table (symbol-value name))))

(defun abbrev--active-tables (&optional tables)
  "The abbrev tables in effect: TABLES (one or a list) if given, otherwise the
buffer's `local-abbrev-table' (one or a list), the tables of active minor modes
\(`abbrev-minor-mode-table-alist') and `global-abbrev-table'."
  (cond
   ((consp tables) tables)
   ((vectorp tables) (list tables))
   (t
    (let ((tables (if (listp local-abbrev-table)
                      (append local-abbrev-table (list global-abbrev-table))
                    (list local-abbrev-table global-abbrev-table))))
      (dolist (x abbrev-minor-mode-table-alist)
        (when (and (symbolp (car x)) (boundp (car x)) (symbol-value (car x)))
          (setq tables (if (listp (cdr x)) (append (cdr x) tables) (cons (cdr x) tables)))))
      tables))))

(defun abbrev--symbol (abbrev table)
  "The symbol of the abbrev named ABBREV in TABLE, or nil if it is not defined.
Unless TABLE is :case-fixed, a lower-case abbrev that is not :case-fixed matches
any capitalization."
  (let* ((case-fold (not (abbrev-table-get table :case-fixed)))
         (sym (or (obarray-get table abbrev)
                  (when case-fold
                    (let ((sym (obarray-get table (downcase abbrev))))
                      (and sym (not (abbrev-get sym :case-fixed)) sym))))))
    (if (symbol-value sym) sym)))

(defun abbrev-symbol (abbrev &optional table)
  "The symbol of the abbrev named ABBREV in TABLE or, by default, in the active
tables (and their :parents), or nil."
  (let ((tables (abbrev--active-tables table))
        (sym nil))
    (while (and tables (not sym))
      (let ((table (pop tables)))
        (setq tables (append (abbrev-table-get table :parents) tables))
        (setq sym (abbrev--symbol abbrev table))))
    sym))

(defun abbrev-expansion (abbrev &optional table)
  "The expansion of the abbrev named ABBREV in TABLE or the active tables, or nil."
  (symbol-value (abbrev-symbol abbrev table)))

(defvar global-abbrev-table (make-abbrev-table)
  "The abbrev table whose abbrevs affect all buffers.")

(defvar fundamental-mode-abbrev-table
  (let ((table (make-abbrev-table)))
    (setq-default local-abbrev-table table)
    table)
  "The abbrev table of mode-specific abbrevs for Fundamental Mode.")

(provide 'abbrev)
;;; abbrev.el ends here
