;;; abbrev.el --- abbrev tables as data (GNU counterpart: lisp/abbrev.el)  -*- lexical-binding: t -*-

;; Written for tsmacs.  The table half of GNU's abbrev.el: an abbrev table is an obarray whose
;; symbol named "" carries the table's properties, and each abbrev is a symbol of the table whose
;; value is its expansion, whose function is its hook and whose plist holds its properties
;; (:count, :system ...); lookups through the active tables and their parents; abbrev files and
;; the abbrev list buffer; expansion (`expand-abbrev') and the commands that define abbrevs from
;; the buffer; `abbrev-mode', whose expansion as you type is done by `self-insert-command'.  Not
;; here yet: `expand-region-abbrevs' and abbrev suggestions (`abbrev-suggest').

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

;;;; Expanding abbrevs

(defcustom only-global-abbrevs nil
  "Non-nil means user plans to use only global abbrevs.
This makes the commands that normally define mode-specific abbrevs
define global abbrevs instead."
  :type 'boolean
  :group 'abbrev-mode
  :group 'convenience)

(defcustom abbrev-all-caps nil
  "Non-nil means expand multi-word abbrevs in all caps if the abbrev was so."
  :type 'boolean
  :group 'abbrev-mode)

(defvar abbrev-start-location nil
  "Buffer position for `expand-abbrev' to use as the start of the abbrev.
When nil, use the word before point as the abbrev.
Calling `expand-abbrev' sets this to nil.")

(defvar abbrev-start-location-buffer nil
  "Buffer that `abbrev-start-location' has been set for.")

(defvar last-abbrev nil
  "The abbrev-symbol of the last abbrev expanded.  See `abbrev-symbol'.")

(defvar last-abbrev-text nil
  "The exact text of the last abbrev that was expanded (nil once unexpanded).")

(defvar last-abbrev-location 0
  "The location of the start of the last abbrev that was expanded.")

(defvar abbrev-expand-functions nil
  "Wrapper hook around `abbrev--default-expand' (obsolete).")

(defvar abbrev-expand-function #'abbrev--default-expand
  "Function that `expand-abbrev' uses to perform abbrev expansion.
It takes no arguments and returns the abbrev symbol if expansion took place.")

(defun abbrev--before-point ()
  "The abbrev before point, as (SYMBOL NAME START END), or nil.
The abbrev starts at `abbrev-start-location' when that was set in this buffer
\(a hyphen there is removed); otherwise it is the word before point (or the
match of a table's :regexp), looked up in the active tables and their parents."
  (unless (eq abbrev-start-location-buffer (current-buffer))
    (setq abbrev-start-location nil))
  (let ((tables (abbrev--active-tables))
        (pos (point))
        start end name res)
    (if abbrev-start-location
        (progn
          (setq start abbrev-start-location
                abbrev-start-location nil)
          (when (and (< start (point-max)) (eq (char-after start) ?-))
            (delete-region start (1+ start))
            (setq pos (1- pos)))
          (skip-syntax-backward " ")
          (setq end (point))
          (when (> end start)
            (setq name (buffer-substring start end))
            (goto-char pos)
            (list (abbrev-symbol name tables) name start end)))
      (while (and tables (not (car res)))
        (let* ((table (pop tables))
               (enable-fun (abbrev-table-get table :enable-function)))
          (setq tables (append (abbrev-table-get table :parents) tables))
          (setq res
                (and (or (not enable-fun) (funcall enable-fun))
                     (let ((re (abbrev-table-get table :regexp)))
                       (if re
                           (when (looking-back re (line-beginning-position))
                             (setq start (match-beginning 1)
                                   end (match-end 1)))
                         (let ((lim (point)))
                           (backward-word 1)
                           (setq start (point))
                           (forward-word 1)
                           (setq end (min (point) lim)))))
                     (setq name (buffer-substring start end))
                     (let ((abbrev (abbrev--symbol name table)))
                       (when abbrev
                         (let ((abbrev-enable (abbrev-get abbrev :enable-function)))
                           (and (or (not abbrev-enable) (funcall abbrev-enable))
                                (list abbrev name start end)))))))
          (goto-char pos)))
      res)))

(defun abbrev-insert (abbrev &optional name wordstart wordend)
  "Insert the expansion of ABBREV (found as NAME) at WORDSTART, replacing the text up
to WORDEND, and run its hook.  The case of NAME carries over: all capitals make
the expansion capitalized (or all capitals, for a one-word expansion or with
`abbrev-all-caps'), an initial capital capitalizes its first word.  Returns
ABBREV, or nil when a hook with a `no-self-insert' property returned nil."
  (unless name (setq name (symbol-name abbrev)))
  (unless wordstart (setq wordstart (point)))
  (unless wordend (setq wordend wordstart))
  (abbrev-put abbrev :count (1+ (abbrev-get abbrev :count)))
  (let ((value abbrev))
    (when (stringp (symbol-value abbrev))
      (goto-char wordstart)
      ;; Insert first, then delete, so that markers at WORDSTART stay before the expansion.
      (insert (symbol-value abbrev))
      (delete-char (- wordend wordstart))
      (let ((case-fold-search nil))
        (when (and (not (equal name (symbol-name abbrev)))
                   (string-match "[[:upper:]]" name))
          (if (string-match "[[:lower:]]" name)
              ;; Initial capital: capitalize the first word of the expansion.
              (let ((end (point)))
                (goto-char wordstart)
                (skip-syntax-forward "^w" (1- end))
                (upcase-initials-region (point) (1+ (point)))
                (goto-char end))
            ;; All capitals: a multi-word expansion gets initials only, unless `abbrev-all-caps'.
            (if (and (not abbrev-all-caps)
                     (save-excursion
                       (> (progn (backward-word 1) (point))
                          (progn (goto-char wordstart) (forward-word 1) (point)))))
                (upcase-initials-region wordstart (point))
              (upcase-region wordstart (point)))))))
    (when (symbol-function abbrev)
      (let* ((hook (symbol-function abbrev))
             (expanded (funcall hook)))
        (when (and (symbolp hook) (null expanded) (get hook 'no-self-insert))
          (setq value nil))))
    value))

(defun abbrev--default-expand ()
  "Expand the abbrev before point (the default `abbrev-expand-function').
Returns what `abbrev-insert' returns; honors the obsolete wrapper hook
`abbrev-expand-functions'."
  (subr--with-wrapper-hook-no-warnings abbrev-expand-functions ()
    (pcase-let ((`(,sym ,name ,wordstart ,wordend) (abbrev--before-point)))
      (when sym
        (let ((startpos (copy-marker (point) t))
              (endmark (copy-marker wordend t)))
          (unless (or noninteractive (window-minibuffer-p))
            (undo-boundary))
          (setq last-abbrev-text name
                last-abbrev sym
                last-abbrev-location wordstart)
          (prog1 (abbrev-insert sym name wordstart wordend)
            ;; A hook that moved point elsewhere (a skeleton, say) keeps it there.
            (when (and (> startpos endmark) (= (point) endmark))
              (goto-char startpos))))))))

(defun expand-abbrev ()
  "Expand the abbrev before point, if there is one (even outside `abbrev-mode').
Returns the abbrev symbol if it expanded, else nil."
  (interactive)
  (or (funcall abbrev-expand-function)
      (and (bound-and-true-p abbrev-suggest)
           (abbrev--suggest-maybe-suggest))))

(defun abbrev-prefix-mark (&optional arg)
  "Mark point as the start of the next abbrev, inserting a hyphen that expansion removes.
The abbrev before point is expanded first, unless ARG."
  (interactive "P")
  (unless arg (expand-abbrev))
  (setq abbrev-start-location (point-marker)
        abbrev-start-location-buffer (current-buffer))
  (insert "-"))

(defun unexpand-abbrev ()
  "Undo the expansion of the last abbrev that expanded (other editing stays)."
  (interactive)
  (save-excursion
    (unless (or (< last-abbrev-location (point-min))
                (> last-abbrev-location (point-max)))
      (goto-char last-abbrev-location)
      (when (stringp last-abbrev-text)
        (let ((val (symbol-value last-abbrev)))
          (unless (stringp val) (error "Value of abbrev-symbol must be a string"))
          ;; Insert before deleting, so that markers at the start stay before the text.
          (insert last-abbrev-text)
          (delete-region (point) (+ (point) (length val)))
          (setq last-abbrev-text nil))))))

(defun add-abbrev (table type arg)
  "Define an abbrev in TABLE (of kind TYPE, for the prompt) for the ARG words before
point (the region if ARG is 0), reading its name; a negative ARG undefines one."
  (let ((exp (and (>= arg 0)
                  (buffer-substring-no-properties
                   (point)
                   (if (= arg 0) (mark) (save-excursion (forward-word (- arg)) (point))))))
        name)
    (setq name (read-string (format (if exp "%s abbrev that expands into \"%s\": "
                                      "Undefine %s abbrev: ")
                                    type exp)))
    (set-text-properties 0 (length name) nil name)
    (when (or (null exp)
              (not (abbrev-expansion name table))
              (y-or-n-p (format "%s expands into \"%s\"; redefine? "
                                name (abbrev-expansion name table))))
      (define-abbrev table (downcase name) exp))))

(defun add-mode-abbrev (arg)
  "Define a mode-specific abbrev for the ARG words before point (see `add-abbrev')."
  (interactive "p")
  (add-abbrev (if only-global-abbrevs global-abbrev-table
                (or local-abbrev-table (error "No per-mode abbrev table")))
              "Mode" arg))

(defun add-global-abbrev (arg)
  "Define a global abbrev for the ARG words before point (see `add-abbrev')."
  (interactive "p")
  (add-abbrev global-abbrev-table "Global" arg))

(defun inverse-add-abbrev (table type arg)
  "Define the ARGth word before point (after, if ARG is negative) as an abbrev in
TABLE, reading its expansion, and expand it there."
  (let (name exp start end)
    (save-excursion
      (forward-word (1+ (- arg)))
      (skip-syntax-backward "^w")
      (setq end (point))
      (backward-word 1)
      (setq start (point)
            name (buffer-substring-no-properties start end)))
    (setq exp (read-string (format "Expansion for %s abbrev \"%s\": " type name) nil nil nil t))
    (when (or (not (abbrev-expansion name table))
              (y-or-n-p (format "%s expands into \"%s\"; redefine? "
                                name (abbrev-expansion name table))))
      (define-abbrev table (downcase name) exp)
      (save-excursion
        (goto-char end)
        (expand-abbrev)))))

(defun inverse-add-mode-abbrev (n)
  "Define the Nth word before point as a mode-specific abbrev (see `inverse-add-abbrev')."
  (interactive "p")
  (inverse-add-abbrev (if only-global-abbrevs global-abbrev-table
                        (or local-abbrev-table (error "No per-mode abbrev table")))
                      "Mode" n))

(defun inverse-add-global-abbrev (n)
  "Define the Nth word before point as a global abbrev (see `inverse-add-abbrev')."
  (interactive "p")
  (inverse-add-abbrev global-abbrev-table "Global" n))

;;;; Describing, listing, editing and saving abbrevs

(defgroup abbrev-mode nil
  "Word abbreviations mode."
  :link '(custom-manual "(emacs)Abbrevs")
  :group 'abbrev)

(defcustom abbrev-file-name
  (locate-user-emacs-file "abbrev_defs" ".abbrev_defs")
  "Default name of file from which to read and where to save abbrevs."
  :initialize 'custom-initialize-delay
  :type 'file)

(defun abbrev--write (sym)
  "Insert the abbrev SYM as an element of a `define-abbrev-table' call."
  (insert "    (")
  (prin1 (symbol-name sym))
  (insert " ")
  (prin1 (symbol-value sym))
  (insert " ")
  (prin1 (symbol-function sym))
  (insert " :count ")
  (prin1 (abbrev-get sym :count))
  (dolist (prop '(:case-fixed :enable-function))
    (when (abbrev-get sym prop)
      (insert " " (symbol-name prop) " ")
      (prin1 (abbrev-get sym prop))))
  (insert ")\n"))

(defun abbrev--describe (sym)
  "Insert a line describing the abbrev SYM: name, (sys), count, expansion, hook."
  (when (symbol-value sym)
    (prin1 (symbol-name sym))
    (if (abbrev-get sym :system)
        (progn (insert " (sys)") (indent-to 20 1))
      (indent-to 15 1))
    (prin1 (abbrev-get sym :count))
    (indent-to 20 1)
    (prin1 (symbol-value sym))
    (when (symbol-function sym)
      (indent-to 45 1)
      (prin1 (symbol-function sym)))
    (terpri)))

(defun insert-abbrev-table-description (name &optional readable)
  "Insert a description of the abbrev table whose name is NAME before point.
With READABLE, a listing for people (system abbrevs included); otherwise a
`define-abbrev-table' call that redefines the table's user abbrevs."
  (let ((symbols (sort (abbrev--table-symbols name readable) #'string-lessp))
        (standard-output (current-buffer)))
    (if readable
        (progn
          (insert "(")
          (prin1 name)
          (insert ")\n\n")
          (mapc #'abbrev--describe symbols)
          (insert "\n\n"))
      (insert "(define-abbrev-table '")
      (prin1 name)
      (if (null symbols)
          (insert " '())\n\n")
        (insert "\n  '(\n")
        (mapc #'abbrev--write symbols)
        (insert "   ))\n\n")))
    nil))

(defun insert-abbrevs ()
  "Insert descriptions of all abbrev tables after point; set the mark after them."
  (interactive)
  (push-mark
   (save-excursion
     (dolist (name abbrev-table-name-list)
       (insert-abbrev-table-description name t))
     (point))))

(defun define-abbrevs (&optional arg)
  "Define abbrevs from the listing in the accessible part of the buffer.
The listing is what `insert-abbrevs' writes: a line (TABLE-NAME), then lines
\"NAME\" [(sys)] COUNT \"EXPANSION\" [HOOK].  With ARG, first remove all abbrevs."
  (interactive "P")
  (when arg (kill-all-abbrevs))
  (save-excursion
    (goto-char (point-min))
    (while (and (not (eobp)) (re-search-forward "^(" nil t))
      (let ((buf (current-buffer))
            (table (read (current-buffer)))
            (abbrevs nil))
        (forward-line 1)
        (while (and (not (eobp)) (looking-at "[ \t\n]\\|\\(\"\\)"))
          (when (match-string 1)
            (let* ((name (read buf))
                   (count (read buf))
                   (sys (when (equal count '(sys)) (setq count (read buf)) t))
                   (exp (read buf))
                   (hook (progn (skip-chars-backward " \t\n\f")
                                (unless (eolp) (read buf)))))
              (skip-chars-backward " \t\n\f")
              (push (list name exp hook count sys) abbrevs)))
          (forward-line 1))
        (define-abbrev-table table abbrevs)))))

(defun write-abbrev-file (&optional file verbose)
  "Write the user abbrevs of all tables in `abbrev-table-name-list' to FILE as Lisp.
FILE defaults to `abbrev-file-name'; VERBOSE says where they went."
  (interactive
   (list (read-file-name "Write abbrev file: "
                         (file-name-directory (expand-file-name abbrev-file-name))
                         abbrev-file-name)))
  (unless (and file (> (length file) 0)) (setq file abbrev-file-name))
  (let ((coding-system-for-write 'utf-8))
    (with-temp-buffer
      (dolist (name (sort (copy-sequence abbrev-table-name-list)
                          (lambda (a b) (string< (symbol-name a) (symbol-name b)))))
        (when (abbrev--table-symbols name)
          (insert-abbrev-table-description name nil)))
      (when (unencodable-char-position (point-min) (point-max) 'utf-8)
        (setq coding-system-for-write 'utf-8-emacs))
      (goto-char (point-min))
      (insert (format ";;-*-coding: %s;-*-\n" coding-system-for-write))
      (write-region nil nil file nil (and (not verbose) 0)))))

(defun read-abbrev-file (&optional file quietly)
  "Load the abbrev definitions of FILE (default `abbrev-file-name'), written by
`write-abbrev-file'; QUIETLY says nothing about it."
  (interactive
   (list (read-file-name (format-prompt "Read abbrev file" abbrev-file-name)
                         nil abbrev-file-name t)))
  (load (or file abbrev-file-name) nil quietly)
  (setq abbrevs-changed nil))

(defun quietly-read-abbrev-file (&optional file)
  "Load the abbrev definitions of FILE (default `abbrev-file-name') without messages."
  (read-abbrev-file file t))

(defvar edit-abbrevs-mode-map
  (let ((map (make-sparse-keymap)))
    (define-key map "\C-x\C-s" 'abbrev-edit-save-buffer)
    (define-key map "\C-x\C-w" 'abbrev-edit-save-to-file)
    (define-key map "\C-c\C-c" 'edit-abbrevs-redefine)
    map)
  "Keymap used in `edit-abbrevs'.")

(define-derived-mode edit-abbrevs-mode fundamental-mode "Edit-Abbrevs"
  "Major mode for editing the list of abbrev definitions.
This mode is for editing abbrevs in a buffer prepared by `edit-abbrevs',
which see.")

(defun prepare-abbrev-list-buffer (&optional local)
  "The buffer *Abbrevs*, listing all abbrev tables (with LOCAL, just the current
buffer's local table), empty tables last."
  (let ((local-table local-abbrev-table))
    (with-current-buffer (get-buffer-create "*Abbrevs*")
      (erase-buffer)
      (if local
          (insert-abbrev-table-description (abbrev-table-name local-table) t)
        (let ((empty nil))
          (dolist (name abbrev-table-name-list)
            (if (abbrev-table-empty-p (symbol-value name))
                (push name empty)
              (insert-abbrev-table-description name t)))
          (dolist (name (nreverse empty))
            (insert-abbrev-table-description name t)))
        ;; Only the full listing can be edited and saved back.
        (edit-abbrevs-mode))
      (goto-char (point-min))
      (set-buffer-modified-p nil)
      (current-buffer))))

(defun edit-abbrevs-redefine ()
  "Redefine all abbrevs from the listing in the current buffer."
  (interactive)
  (save-restriction
    (widen)
    (define-abbrevs t)
    (set-buffer-modified-p nil)))

(defun abbrev-edit-save-to-file (file)
  "Redefine the abbrevs from the listing in this buffer and save them to FILE."
  (interactive
   (list (read-file-name "Save abbrevs to file: "
                         (file-name-directory (expand-file-name abbrev-file-name))
                         abbrev-file-name)))
  (edit-abbrevs-redefine)
  (write-abbrev-file file t))

(defun abbrev-edit-save-buffer ()
  "Redefine the abbrevs from the listing in this buffer and save them to `abbrev-file-name'."
  (interactive)
  (abbrev-edit-save-to-file abbrev-file-name))

(defvar global-abbrev-table (make-abbrev-table)
  "The abbrev table whose abbrevs affect all buffers.")

(defvar fundamental-mode-abbrev-table
  (let ((table (make-abbrev-table)))
    (setq-default local-abbrev-table table)
    table)
  "The abbrev table of mode-specific abbrevs for Fundamental Mode.")

(define-minor-mode abbrev-mode
  "Toggle Abbrev mode in the current buffer.
In Abbrev mode, inserting an abbreviation causes it to expand and
be replaced by its expansion."
  ;; The variable is a per-buffer one of the C core; the macro must not define it again.
  :variable abbrev-mode)

(provide 'abbrev)
;;; abbrev.el ends here
