;;; subr.el --- basic Lisp subroutines of tsmacs's preloaded library  -*- lexical-binding: t -*-
;; The most-used part of GNU's lisp/subr.el surface, written for tsmacs.  The Lisp-library issue grows it.

(defalias 'not #'null)

(defmacro when (cond &rest body)
  "If COND yields non-nil, do BODY, else return nil."
  (declare (indent 1) (debug t))
  (list 'if cond (cons 'progn body)))

(defmacro unless (cond &rest body)
  "If COND yields nil, do BODY, else return nil."
  (declare (indent 1) (debug t))
  (cons 'if (cons cond (cons nil body))))

(defun ignore (&rest _arguments)
  "Ignore ARGUMENTS, do nothing, and return nil."
  (interactive)
  nil)

(defun always (&rest _arguments)
  "Ignore ARGUMENTS, do nothing, and return t."
  t)

(defmacro prog2 (form1 form2 &rest body)
  "Eval FORM1, FORM2 and BODY sequentially; return value from FORM2."
  (declare (indent 2) (debug t))
  `(progn ,form1 (prog1 ,form2 ,@body)))

(defmacro push (newelt place)
  "Add NEWELT to the list stored in the generalized variable PLACE."
  (declare (debug (form gv-place)))
  (if (symbolp place)
      (list 'setq place (list 'cons newelt place))
    ;; Generalized places go through `setf' (gv.el, part of the Lisp-library work).
    (list 'setf place (list 'cons newelt place))))

(defmacro pop (place)
  "Return the first element of PLACE's value, and remove it from the list."
  (declare (debug (gv-place)))
  (list 'car-safe
        (if (symbolp place)
            (list 'prog1 place (list 'setq place (list 'cdr place)))
          (list 'prog1 place (list 'setf place (list 'cdr place))))))

(defmacro setq-default (&rest args)
  "Set the default value of variable VAR to VALUE."
  (let ((exps nil))
    (while args
      (push `(set-default ',(pop args) ,(pop args)) exps))
    `(progn . ,(nreverse exps))))

(defmacro dolist (spec &rest body)
  "Loop over a list.
\(dolist (VAR LIST [RESULT]) BODY...)"
  (declare (indent 1) (debug ((symbolp form &optional form) body)))
  ;; GNU checks the spec's shape at expansion time (bug#25477).
  (unless (consp spec) (signal 'wrong-type-argument (list 'consp spec)))
  (unless (<= 2 (length spec) 3)
    (signal 'wrong-number-of-arguments (list '(2 . 3) (length spec))))
  (let ((tail (make-symbol "tail")))
    `(let ((,tail ,(nth 1 spec)))
       (while ,tail
         (let ((,(car spec) (car ,tail)))
           ,@body
           (setq ,tail (cdr ,tail))))
       ,@(cdr (cdr spec)))))

(defmacro dotimes (spec &rest body)
  "Loop a certain number of times.
\(dotimes (VAR COUNT [RESULT]) BODY...)"
  (declare (indent 1) (debug dolist))
  (let ((counter (make-symbol "counter"))
        (upper (make-symbol "upper")))
    `(let ((,upper ,(nth 1 spec))
           (,counter 0))
       (while (< ,counter ,upper)
         (let ((,(car spec) ,counter))
           ,@body)
         (setq ,counter (1+ ,counter)))
       ,@(if (cddr spec)
             `((let ((,(car spec) ,counter)) ,@(cddr spec)))))))

(defun caar (x) "Return the car of the car of X." (car (car x)))
(defun cadr (x) "Return the car of the cdr of X." (car (cdr x)))
(defun cdar (x) "Return the cdr of the car of X." (cdr (car x)))
(defun cddr (x) "Return the cdr of the cdr of X." (cdr (cdr x)))
(defun caddr (x) "Return the `car' of the `cdr' of the `cdr' of X." (car (cdr (cdr x))))
(defun cdddr (x) "Return the `cdr' of the `cdr' of the `cdr' of X." (cdr (cdr (cdr x))))
(defun cadar (x) "Return the `car' of the `cdr' of the `car' of X." (car (cdr (car x))))
(defun cddar (x) "Return the `cdr' of the `cdr' of the `car' of X." (cdr (cdr (car x))))
(defun caadr (x) "Return the `car' of the `car' of the `cdr' of X." (car (car (cdr x))))
(defun cdadr (x) "Return the `cdr' of the `car' of the `cdr' of X." (cdr (car (cdr x))))

(defun zerop (number)
  "Return t if NUMBER is zero."
  (= 0 number))

(defun last (list &optional n)
  "Return the last link of LIST.  With N, return the last N links."
  (if n
      (and (>= n 0)
           (let ((m (safe-length list)))
             (if (< n m) (nthcdr (- m n) list) list)))
    (and list (nthcdr (1- (safe-length list)) list))))

(defun butlast (list &optional n)
  "Return a copy of LIST with the last N elements removed."
  (if (and n (<= n 0)) list
    (let ((m (length list)))
      (and (< (or n 1) m)
           (let ((res nil) (k (- m (or n 1))))
             (while (> k 0) (push (car list) res) (setq list (cdr list) k (1- k)))
             (nreverse res))))))

(defun nbutlast (list &optional n)
  "Modify LIST to remove the last N elements."
  (let ((m (length list)))
    (or n (setq n 1))
    (and (< n m)
         (progn
           (if (> n 0) (setcdr (nthcdr (- (1- m) n) list) nil))
           list))))

(defun error (&rest args)
  "Signal an error, making a message by passing ARGS to `format-message'."
  (declare (advertised-calling-convention (string &rest args) "23.1"))
  (signal 'error (list (apply #'format-message args))))

(defun user-error (format &rest args)
  "Signal a user error, making a message by passing ARGS to `format-message'."
  (signal 'user-error (list (apply #'format-message format args))))

(defun define-error (name message &optional parent)
  "Define NAME as a new error signal with MESSAGE and PARENT conditions."
  (unless parent (setq parent 'error))
  (let ((conditions
         (if (consp parent)
             (apply #'append
                    (mapcar (lambda (parent)
                              (cons parent
                                    (or (get parent 'error-conditions)
                                        (error "Unknown signal `%s'" parent))))
                            parent))
           (cons parent (get parent 'error-conditions)))))
    (put name 'error-conditions (delete-dups (copy-sequence (cons name conditions))))
    (when message (put name 'error-message message))))

(defmacro ignore-errors (&rest body)
  "Execute BODY; if an error occurs, return nil."
  (declare (debug t) (indent 0))
  `(condition-case nil (progn ,@body) (error nil)))

(defmacro ignore-error (condition &rest body)
  "Execute BODY; if the error CONDITION occurs, return nil."
  (declare (debug t) (indent 1))
  `(condition-case nil (progn ,@body) (,condition nil)))

(defmacro condition-case-unless-debug (var bodyform &rest handlers)
  "Like `condition-case' except that it does not prevent debugging."
  (declare (debug condition-case) (indent 2))
  `(condition-case ,var
       ,bodyform
     ,@(mapcar (lambda (handler)
                 `((debug ,@(if (listp (car handler)) (car handler)
                              (list (car handler))))
                   ,@(cdr handler)))
               handlers)))

(defmacro with-demoted-errors (format &rest body)
  "Run BODY and demote any errors to simple messages."
  (declare (debug t) (indent 1))
  (let ((err (make-symbol "err")))
    (if (stringp format) nil (setq body (cons format body) format "Error: %S"))
    `(condition-case-unless-debug ,err
         ,(if (cdr body) `(progn ,@body) (car body))
       (error (message ,format ,err) nil))))

(defun delete-dups (list)
  "Destructively remove `equal' duplicates from LIST."
  (let ((l list))
    (while l
      (let ((elt (car l)))
        (while (member elt (cdr l))
          (setcdr l (delete elt (cdr l)))))
      (setq l (cdr l)))
    list))

(defun number-sequence (from &optional to inc)
  "Return a sequence of numbers from FROM to TO with increment INC."
  (if (or (not to) (= from to))
      (list from)
    (or inc (setq inc 1))
    (when (zerop inc) (error "The increment can not be zero"))
    (let (seq (n 0) (next from))
      (if (> inc 0)
          (while (<= next to)
            (setq seq (cons next seq) n (1+ n) next (+ from (* n inc))))
        (while (>= next to)
          (setq seq (cons next seq) n (1+ n) next (+ from (* n inc)))))
      (nreverse seq))))

(defun add-to-list (list-var element &optional append compare-fn)
  "Add ELEMENT to the value of LIST-VAR if it isn't there yet."
  (if (cond
       ((null compare-fn) (member element (symbol-value list-var)))
       ((eq compare-fn #'eq) (memq element (symbol-value list-var)))
       ((eq compare-fn #'eql) (memql element (symbol-value list-var)))
       (t (let ((lst (symbol-value list-var)))
            (while (and lst (not (funcall compare-fn element (car lst))))
              (setq lst (cdr lst)))
            lst)))
      (symbol-value list-var)
    (set list-var
         (if append
             (append (symbol-value list-var) (list element))
           (cons element (symbol-value list-var))))))

(defun add-hook (hook function &optional depth local)
  "Add to the value of HOOK the function FUNCTION."
  (or (boundp hook) (set hook nil))
  (or (default-boundp hook) (set-default hook nil))
  (unless (numberp depth) (setq depth (if depth 90 0)))
  (if local (unless (local-variable-if-set-p hook)
              (set (make-local-variable hook) (list t)))
    (and (local-variable-if-set-p hook) (not (memq t (symbol-value hook)))
         (setq local t)))
  (let ((hook-value (if local (symbol-value hook) (default-value hook))))
    (if (or (not (listp hook-value)) (functionp hook-value))
        (setq hook-value (list hook-value)))
    (unless (member function hook-value)
      (when (/= depth 0)
        (put hook 'hook--depth-alist (cons (cons function depth) (get hook 'hook--depth-alist))))
      (setq hook-value (if (> depth 0) (append hook-value (list function)) (cons function hook-value)))
      (let ((depths (get hook 'hook--depth-alist)))
        (when depths
          (setq hook-value
                (sort (if (< 0 depth) hook-value (copy-sequence hook-value))
                      (lambda (f1 f2)
                        (< (alist-get f1 depths 0 nil #'eq)
                           (alist-get f2 depths 0 nil #'eq))))))))
    (if local
        (progn
          (if (memq t hook-value) nil (setq hook-value (append hook-value (list t))))
          (set hook hook-value))
      (set-default hook hook-value))))

(defun remove-hook (hook function &optional local)
  "Remove from the value of HOOK the function FUNCTION."
  (or (boundp hook) (set hook nil))
  (or (default-boundp hook) (set-default hook nil))
  (if (and local (not (local-variable-p hook))) nil
    (let ((hook-value (if local (symbol-value hook) (default-value hook))))
      (if (or (not (listp hook-value)) (eq (car hook-value) 'lambda))
          (when (equal hook-value function) (setq hook-value nil))
        (setq hook-value (delete function (copy-sequence hook-value))))
      (if (equal hook-value '(t)) (setq hook-value nil))
      (if local (set hook hook-value) (set-default hook hook-value)))))

(defun alist-get (key alist &optional default remove testfn)
  "Find the first element of ALIST whose `car' equals KEY and return its `cdr'."
  (ignore remove)
  (let ((x (if (not testfn) (assq key alist) (assoc key alist testfn))))
    (if x (cdr x) default)))

(defun assoc-default (key alist &optional test default)
  "Find object KEY in a pseudo-alist ALIST."
  (let (found (tail alist) value)
    (while (and tail (not found))
      (let ((elt (car tail)))
        (when (funcall (or test #'equal) (if (consp elt) (car elt) elt) key)
          (setq found t value (if (consp elt) (cdr elt) default))))
      (setq tail (cdr tail)))
    value))

(defun string-prefix-p (prefix string &optional ignore-case)
  "Return non-nil if PREFIX is a prefix of STRING."
  (let ((prefix-length (length prefix)))
    (if (> prefix-length (length string)) nil
      (eq t (compare-strings prefix 0 prefix-length string 0 prefix-length ignore-case)))))

(defun string-suffix-p (suffix string &optional ignore-case)
  "Return non-nil if SUFFIX is a suffix of STRING."
  (let ((start-pos (- (length string) (length suffix))))
    (and (>= start-pos 0)
         (eq t (compare-strings suffix nil nil string start-pos nil ignore-case)))))

(defun copy-tree (tree &optional vecp)
  "Make a copy of TREE, recursively copying conses (and vectors when VECP)."
  (if (consp tree)
      (let (result)
        (while (consp tree)
          (let ((newcar (car tree)))
            (if (or (consp (car tree)) (and vecp (vectorp (car tree))))
                (setq newcar (copy-tree (car tree) vecp)))
            (push newcar result))
          (setq tree (cdr tree)))
        (nconc (nreverse result)
               (if (and vecp (vectorp tree)) (copy-tree tree vecp) tree)))
    (if (and vecp (vectorp tree))
        (let ((i (length (setq tree (copy-sequence tree)))))
          (while (>= (setq i (1- i)) 0)
            (aset tree i (copy-tree (aref tree i) vecp)))
          tree)
      tree)))

(defvar gensym-counter 0 "Number used to construct the name of the next symbol created by `gensym'.")
(defun gensym (&optional prefix)
  "Return a new uninterned symbol."
  (let ((num (prog1 gensym-counter (setq gensym-counter (1+ gensym-counter)))))
    (make-symbol (format "%s%d" (or prefix "g") num))))

(defun remq (elt list)
  "Return LIST with all occurrences of ELT removed (compared with `eq')."
  (while (and (eq elt (car list)) (setq list (cdr list))))
  (if (memq elt list) (delq elt (copy-sequence list)) list))

(defun xor (cond1 cond2)
  "Return the boolean exclusive-or of COND1 and COND2."
  (cond ((not cond1) cond2) ((not cond2) cond1)))

(defun flatten-tree (tree)
  "Return a \"flattened\" copy of TREE."
  (let (elems)
    (while (consp tree)
      (let ((elem (pop tree)))
        (while (consp elem)
          (push (cdr elem) tree)
          (setq elem (car elem)))
        (if elem (push elem elems))))
    (if tree (push tree elems))
    (nreverse elems)))

(defun ensure-list (object)
  "Return OBJECT as a list."
  (if (listp object) object (list object)))

(defun apply-partially (fun &rest args)
  "Return a function that is a partial application of FUN to ARGS."
  (lambda (&rest args2) (apply fun (append args args2))))

(defmacro with-eval-after-load (file &rest body)
  "Execute BODY after FILE is loaded."
  (declare (indent 1) (debug (form def-body)))
  `(eval-after-load ,file (lambda () ,@body)))

(defun eval-after-load (file form)
  "Arrange that if FILE is loaded, FORM will be run immediately afterwards."
  (let ((fn (if (functionp form) form (lambda () (eval form t)))))
    (if (and (symbolp file) (featurep file))
        (funcall fn)
      (push (cons file fn) after-load-alist)))
  nil)
(defvar after-load-alist nil "An alist of functions to be evalled when particular files are loaded.")

(defmacro defvar-local (var val &optional docstring)
  "Define VAR as a buffer-local variable with default value VAL."
  (declare (debug defvar) (doc-string 3))
  (list 'progn (list 'defvar var val docstring)
        (list 'make-variable-buffer-local (list 'quote var))))

(defmacro setq-local (&rest pairs)
  "Make each VARIABLE buffer-local and assign VALUE."
  (let ((expr nil))
    (while pairs
      (setq expr (cons (list 'set (list 'make-local-variable (list 'quote (car pairs))) (car (cdr pairs))) expr))
      (setq pairs (cdr (cdr pairs))))
    (cons 'progn (nreverse expr))))


(defun special-form-p (object)
  "Non-nil if and only if OBJECT is a special form."
  (if (and (symbolp object) (fboundp object))
      (setq object (indirect-function object)))
  (and (subrp object) (eq (cdr (subr-arity object)) 'unevalled)))

(defun macrop (object)
  "Non-nil if and only if OBJECT is a macro."
  (let ((def (indirect-function object)))
    (when (consp def)
      (or (eq 'macro (car def))
          (and (autoloadp def) (memq (nth 4 def) '(macro t)))))))

(defun autoloadp (object)
  "Non-nil if OBJECT is an autoload."
  (eq 'autoload (car-safe object)))

(defmacro dlet (binders &rest body)
  "Like `let' but using dynamic scoping."
  (declare (indent 1) (debug let))
  `(progn
     ,@(mapcar (lambda (binder) `(defvar ,(if (consp binder) (car binder) binder))) binders)
     (let ,binders ,@body)))

(defalias 'string= #'string-equal)
(defalias 'string< #'string-lessp)
(defalias 'string> #'string-greaterp)
;; More of GNU's old names (subr.el keeps them beside string=).
(defalias 'rplaca #'setcar)
(defalias 'rplacd #'setcdr)
(defalias 'indent-to-column #'indent-to)
(defalias 'backward-delete-char #'delete-backward-char)
(defalias 'search-forward-regexp (symbol-function 're-search-forward))
(defalias 'search-backward-regexp (symbol-function 're-search-backward))
(defalias 'store-match-data #'set-match-data)
(defalias 'chmod #'set-file-modes)
(defalias 'point-at-eol #'line-end-position)
(defalias 'point-at-bol #'line-beginning-position)

(defun string-greaterp (string1 string2)
  "Return non-nil if STRING1 is greater than STRING2 in lexicographic order."
  (string-lessp string2 string1))

(defmacro with-current-buffer (buffer-or-name &rest body)
  "Execute the forms in BODY with BUFFER-OR-NAME temporarily current."
  (declare (indent 1) (debug t))
  `(save-current-buffer
     (set-buffer ,buffer-or-name)
     ,@body))

(defmacro with-temp-buffer (&rest body)
  "Create a temporary buffer, and evaluate BODY there like `progn'."
  (declare (indent 0) (debug t))
  (let ((temp-buffer (make-symbol "temp-buffer")))
    `(let ((,temp-buffer (generate-new-buffer " *temp*" t)))
       (with-current-buffer ,temp-buffer
         (unwind-protect
             (progn ,@body)
           (and (buffer-name ,temp-buffer)
                (kill-buffer ,temp-buffer)))))))

(defmacro with-output-to-string (&rest body)
  "Execute BODY, return the text it sent to `standard-output', as a string."
  (declare (indent 0) (debug t))
  `(let ((standard-output (generate-new-buffer " *string-output*" t)))
     (unwind-protect
         (progn
           (let ((standard-output standard-output))
             ,@body)
           (with-current-buffer standard-output
             (buffer-string)))
       (kill-buffer standard-output))))

(defalias 'wholenump #'natnump)

(defun booleanp (object)
  "Return t if OBJECT is one of the two canonical boolean values: t or nil."
  (and (memq object '(nil t)) t))

(defun string-or-null-p (object)
  "Return t if OBJECT is a string or nil."
  (or (stringp object) (null object)))

(defmacro bound-and-true-p (var)
  "Return the value of symbol VAR if it is bound, else nil."
  `(and (boundp (quote ,var)) ,var))

(defun remove (elt seq)
  "Return a copy of SEQ with all occurrences of ELT removed (compared with `equal')."
  (delete elt (copy-sequence seq)))

(defun assq-delete-all (key alist)
  "Delete from ALIST all elements whose car is `eq' to KEY."
  (assoc-delete-all key alist #'eq))

(defun assoc-delete-all (key alist &optional test)
  "Delete from ALIST all elements whose car is KEY (compared with TEST, default `equal')."
  (unless test (setq test #'equal))
  (while (and (consp (car alist)) (funcall test (caar alist) key))
    (setq alist (cdr alist)))
  (let ((tail alist) tail-cdr)
    (while (setq tail-cdr (cdr tail))
      (if (and (consp (car tail-cdr)) (funcall test (caar tail-cdr) key))
          (setcdr tail (cdr tail-cdr))
        (setq tail tail-cdr))))
  alist)

(defun rassq-delete-all (value alist)
  "Delete from ALIST all elements whose cdr is `eq' to VALUE."
  (while (and (consp (car alist)) (eq (cdr (car alist)) value))
    (setq alist (cdr alist)))
  (let ((tail alist) tail-cdr)
    (while (setq tail-cdr (cdr tail))
      (if (and (consp (car tail-cdr)) (eq (cdr (car tail-cdr)) value))
          (setcdr tail (cdr tail-cdr))
        (setq tail tail-cdr))))
  alist)

(defun member-ignore-case (elt list)
  "Like `member', but ignore differences in case and text representation."
  (while (and list
              (not (and (stringp (car list))
                        (eq t (compare-strings elt 0 nil (car list) 0 nil t)))))
    (setq list (cdr list)))
  list)

;; assoc-string is a primitive (src/minibuf.ts), as in GNU.

(defalias 'mkdir #'make-directory)

(defun sha1 (object &optional start end binary)
  "Return the SHA-1 (Secure Hash Algorithm) of an OBJECT.
OBJECT is either a string or a buffer.  Optional arguments START and
END are character positions specifying which portion of OBJECT for
computing the hash.  If BINARY is non-nil, return a string in binary
form."
  (secure-hash 'sha1 object start end binary))

(defmacro with-syntax-table (table &rest body)
  "Evaluate BODY with syntax table of current buffer set to TABLE.
The syntax table of the current buffer is saved, BODY is evaluated, and the
saved table is restored, even in case of an abnormal exit.
Value is what BODY returns."
  (declare (debug t) (indent 1))
  (let ((saved (make-symbol "table"))
        (buffer (make-symbol "buffer")))
    `(let ((,saved (syntax-table))
           (,buffer (current-buffer)))
       (unwind-protect
           (progn
             (set-syntax-table ,table)
             ,@body)
         (save-current-buffer
           (set-buffer ,buffer)
           (set-syntax-table ,saved))))))

(defun symbol-file (symbol &optional type _native-p)
  "Return the name of the file that defined SYMBOL.
The value is normally an absolute file name.  It can also be nil,
if the definition is not associated with any file.  If SYMBOL
specifies an autoloaded function, the value can be a relative
file name without extension.

If TYPE is nil, then any kind of definition is acceptable.  If
TYPE is `defun', `defvar', or `defface', that specifies function
definition, variable definition, or face definition only.
Otherwise TYPE is assumed to be a symbol property."
  (if (and (memq type '(nil defun)) (symbolp symbol) (fboundp symbol)
           (autoloadp (symbol-function symbol)))
      (nth 1 (symbol-function symbol))
    ;; load-history: (FILE ITEM...) where a variable is the bare symbol and other
    ;; definitions are (KIND . SYMBOL).
    (catch 'found
      (dolist (entry load-history)
        (when (consp entry)
          (dolist (item (cdr entry))
            (when (cond ((null type)
                         (or (eq item symbol) (and (consp item) (eq (cdr item) symbol))))
                        ((eq type 'defvar) (eq item symbol))
                        (t (and (consp item) (eq (car item) type) (eq (cdr item) symbol))))
              (throw 'found (car entry))))))
      nil)))

(defun delete-consecutive-dups (list &optional circular)
  "Destructively remove `equal' consecutive duplicates from LIST."
  (let ((tail list) last)
    (while (cdr tail)
      (if (equal (car tail) (cadr tail))
          (setcdr tail (cddr tail))
        (setq last tail
              tail (cdr tail))))
    (if (and circular last (equal (car tail) (car list)))
        (setcdr last nil)))
  list)

(defun string-to-list (string)
  "Return a list of characters in STRING."
  (append string nil))

(defun string-to-vector (string)
  "Return a vector of characters in STRING."
  (vconcat string))

(defun subst-char-in-string (fromchar tochar string &optional inplace)
  "Replace FROMCHAR with TOCHAR in STRING each time it occurs."
  (let ((i (length string))
        (newstr (if inplace string (copy-sequence string))))
    (while (> i 0)
      (setq i (1- i))
      (if (eq (aref newstr i) fromchar)
          (aset newstr i tochar)))
    newstr))

(defun string-replace (from-string to-string in-string)
  "Replace FROM-STRING with TO-STRING in IN-STRING each time it occurs."
  (when (equal from-string "")
    (signal 'wrong-length-argument '(0)))
  (let ((start 0) (result nil) pos)
    (while (setq pos (string-search from-string in-string start))
      (unless (= start pos)
        (push (substring in-string start pos) result))
      (push to-string result)
      (setq start (+ pos (length from-string))))
    (if (null result)
        (copy-sequence in-string)
      (unless (= start (length in-string))
        (push (substring in-string start) result))
      (apply #'concat (nreverse result)))))

(defmacro letrec (binders &rest body)
  "Bind variables according to BINDERS then eval BODY, allowing recursive references."
  (declare (debug let) (indent 1))
  ;; Like GNU, the leading bindings whose values mention none of the remaining variables become a
  ;; plain `let*'; only the rest need the bind-then-`setq' treatment.
  (let ((seqbinds nil))
    (while (and binders (not (internal--letrec-mentions (mapcar #'car binders) (nth 1 (car binders)))))
      (push (pop binders) seqbinds))
    (let ((nbody (if (null binders)
                     (if (cdr body) (cons 'progn body) (car body))
                   `(let ,(mapcar #'car binders)
                      ,@(mapcar (lambda (binder) `(setq ,@binder)) binders)
                      ,@body))))
      (cond ((null seqbinds) nbody)
            ((and (symbolp nbody) (null (cdr seqbinds)) (eq nbody (caar seqbinds)))
             (nth 1 (car seqbinds)))
            (t `(let* ,(nreverse seqbinds) ,nbody))))))

(defun internal--letrec-mentions (vars exp)
  "Non-nil if one of the symbols VARS occurs anywhere in EXP (a conservative test)."
  (cond ((symbolp exp) (memq exp vars))
        ((consp exp)
         (let ((found nil))
           (while (and (consp exp) (not found))
             (setq found (internal--letrec-mentions vars (car exp)))
             (setq exp (cdr exp)))
           (or found (and exp (internal--letrec-mentions vars exp)))))
        ((vectorp exp)
         (let ((found nil) (i 0))
           (while (and (not found) (< i (length exp)))
             (setq found (internal--letrec-mentions vars (aref exp i)) i (1+ i)))
           found))))

(defun event-modifiers (event)
  "Return a list of symbols representing the modifier keys in event EVENT."
  (let ((type event))
    (if (listp type) (setq type (car type)))
    (if (symbolp type)
        (if (string-match "\\`down-mouse" (symbol-name type))
            '(down)
          (cdr (internal-event-symbol-parse-modifiers type)))
      (let ((list nil)
            (char (logand type (lognot (logior ?\M-\0 ?\C-\0 ?\S-\0 ?\H-\0 ?\s-\0 ?\A-\0)))))
        (if (not (zerop (logand type ?\M-\0))) (push 'meta list))
        (if (or (not (zerop (logand type ?\C-\0))) (< char 32)) (push 'control list))
        (if (or (not (zerop (logand type ?\S-\0))) (/= char (downcase char))) (push 'shift list))
        (or (zerop (logand type ?\H-\0)) (push 'hyper list))
        (or (zerop (logand type ?\s-\0)) (push 'super list))
        (or (zerop (logand type ?\A-\0)) (push 'alt list))
        list))))

(defun listify-key-sequence (key)
  "Convert a key sequence to a list of events."
  (if (vectorp key)
      (append key nil)
    (mapcar (lambda (c) (if (> c 127) (logxor c (logior 128 ?\M-\0)) c)) key)))

(defun string-truncate-left (string length)
  "Truncate STRING to LENGTH, replacing initial surplus with \"...\"."
  (let ((strlen (length string)))
    (if (<= strlen length)
        string
      (setq length (max 0 (- length 3)))
      (concat "..." (substring string (max 0 (- strlen 1 length)))))))

(defalias 'time-to-seconds #'float-time)

(defun backtrace-frames (&optional base)
  "Collect all frames of current backtrace into a list.
Each frame is (EVALD FUNC ARGS FLAGS).  With BASE (a function), start from its
innermost active frame; by default, from this function's own frame."
  (let ((frames nil))
    (mapbacktrace (lambda (evald fun args flags)
                    (push (list evald fun args flags) frames))
                  (or base #'backtrace-frames))
    (nreverse frames)))

(defun backtrace-frame (nframes &optional base)
  "Return the function and arguments NFRAMES up from current execution point.
With BASE (a function), count from its innermost active frame (by default,
this function's own frame).  The value is (EVALD FUNC ARGS...), or nil."
  (backtrace-frame--internal (lambda (evald fun args _flags) (cons evald (cons fun args)))
                             nframes (or base #'backtrace-frame)))

(defun backtrace ()
  "Print a trace of Lisp function calls currently active."
  (mapbacktrace (lambda (evald fun args _flags)
                  (if (and evald (not (eq fun t)))
                      (progn (princ "  ")
                             (prin1 fun)
                             (princ (if args (format "%S" args) "()"))
                             (terpri))
                    (princ (format "  %S\n" (cons fun args)))))
                #'backtrace)
  nil)

(defun prin1-char (char)
  "Return a string representing CHAR as a character rather than as an integer.
If CHAR is not a character, return nil."
  (and (integerp char) (>= char 0)
       (let* ((modbits (logior ?\A-\0 ?\s-\0 ?\H-\0 ?\S-\0 ?\C-\0 ?\M-\0))
              (c (logand char (lognot modbits)))
              (mods (logand char modbits))
              (control (or (/= 0 (logand mods ?\C-\0)) (< c 32) (= c 127))))
         (when (and (<= c (max-char)) (< c #x3fff80))
           ;; A control character is written as C- plus its base: ?\C-j for newline, ?\C-? for DEL.
           (cond ((= c 127) (setq c ??))
                 ((< c 32) (setq c (downcase (logior c 64)))))
           (concat "?"
                   (if (/= 0 (logand mods ?\A-\0)) "\\A-" "")
                   (if (/= 0 (logand mods ?\s-\0)) "\\s-" "")
                   (if (/= 0 (logand mods ?\H-\0)) "\\H-" "")
                   (if (/= 0 (logand mods ?\S-\0)) "\\S-" "")
                   (if control "\\C-" "")
                   (if (/= 0 (logand mods ?\M-\0)) "\\M-" "")
                   (if (memq c '(?\; ?\( ?\) ?\{ ?\} ?\[ ?\] ?\" ?\' ?\\))
                       (string ?\\ c)
                     (string c)))))))

(defvar package--builtin-versions (list (list 'emacs emacs-major-version emacs-minor-version))
  "Alist giving the version of each versioned builtin package.")

(defun caaar (x) "Return the `car' of the `car' of the `car' of X." (car (car (car x))))
(defun cdaar (x) "Return the `cdr' of the `car' of the `car' of X." (cdr (car (car x))))
(defun caaaar (x) "Return the `car' of the `car' of the `car' of the `car' of X." (car (car (car (car x)))))
(defun caaadr (x) "Return the `car' of the `car' of the `car' of the `cdr' of X." (car (car (car (cdr x)))))
(defun caadar (x) "Return the `car' of the `car' of the `cdr' of the `car' of X." (car (car (cdr (car x)))))
(defun caaddr (x) "Return the `car' of the `car' of the `cdr' of the `cdr' of X." (car (car (cdr (cdr x)))))
(defun cadaar (x) "Return the `car' of the `cdr' of the `car' of the `car' of X." (car (cdr (car (car x)))))
(defun cadadr (x) "Return the `car' of the `cdr' of the `car' of the `cdr' of X." (car (cdr (car (cdr x)))))
(defun caddar (x) "Return the `car' of the `cdr' of the `cdr' of the `car' of X." (car (cdr (cdr (car x)))))
(defun cadddr (x) "Return the `car' of the `cdr' of the `cdr' of the `cdr' of X." (car (cdr (cdr (cdr x)))))
(defun cdaaar (x) "Return the `cdr' of the `car' of the `car' of the `car' of X." (cdr (car (car (car x)))))
(defun cdaadr (x) "Return the `cdr' of the `car' of the `car' of the `cdr' of X." (cdr (car (car (cdr x)))))
(defun cdadar (x) "Return the `cdr' of the `car' of the `cdr' of the `car' of X." (cdr (car (cdr (car x)))))
(defun cdaddr (x) "Return the `cdr' of the `car' of the `cdr' of the `cdr' of X." (cdr (car (cdr (cdr x)))))
(defun cddaar (x) "Return the `cdr' of the `cdr' of the `car' of the `car' of X." (cdr (cdr (car (car x)))))
(defun cddadr (x) "Return the `cdr' of the `cdr' of the `car' of the `cdr' of X." (cdr (cdr (car (cdr x)))))
(defun cdddar (x) "Return the `cdr' of the `cdr' of the `cdr' of the `car' of X." (cdr (cdr (cdr (car x)))))
(defun cddddr (x) "Return the `cdr' of the `cdr' of the `cdr' of the `cdr' of X." (cdr (cdr (cdr (cdr x)))))

(define-obsolete-function-alias 'int-to-string #'number-to-string "22.1")

(defun define-symbol-prop (symbol prop val)
  "Define the property PROP of SYMBOL to be VAL.
This is to `put' what `defalias' is to `fset': the definition is recorded in `current-load-list'."
  (let ((sps (assq 'define-symbol-props current-load-list)))
    (unless sps
      (setq sps (list 'define-symbol-props))
      (setq current-load-list (cons sps current-load-list)))
    (let ((ps (assq prop sps)))
      (unless ps
        (setq ps (list prop))
        (setcdr sps (cons ps (cdr sps))))
      (unless (member symbol (cdr ps))
        (setcdr ps (cons symbol (cdr ps))))))
  (put symbol prop val))

;;; Versions (GNU: subr.el's version-to-list family).

(defvar version-separator "."
  "Specify the string used to separate the version elements.")

(defvar version-regexp-alist
  '(("^[-._+ ]?snapshot$" . -4) ("^[-._+]$" . -4)
    ("^[-._+ ]?\\(cvs\\|git\\|bzr\\|svn\\|hg\\|darcs\\)$" . -4)
    ("^[-._+ ]?unknown$" . -4) ("^[-._+ ]?alpha$" . -3) ("^[-._+ ]?beta$" . -2)
    ("^[-._+ ]?\\(pre\\|rc\\)$" . -1))
  "Specify association between non-numeric version and its priority.")

(defun version--word-priority (word ver at-end)
  "The number standing for the non-numeric version WORD (part of VER)."
  (let ((case-fold-search t) (entry nil) (alist version-regexp-alist))
    (while (and alist (not entry))
      (when (string-match (caar alist) word) (setq entry (car alist)))
      (setq alist (cdr alist)))
    (cond (entry (cdr entry))
          ;; A lone letter counts only at the very end (22.3a is 22.3.1; 22.8X3 is invalid).
          ((and at-end (string-match "^[-._+ ]?\\([a-zA-Z]\\)$" word))
           (1+ (- (downcase (aref word (match-beginning 1))) ?a)))
          (t (error "Invalid version syntax: `%s'" ver)))))

(defun version-to-list (ver)
  "Convert version string VER into a list of integers."
  (unless (stringp ver) (error "Version must be a string"))
  (when (string-prefix-p version-separator ver) (setq ver (concat "0" ver)))
  (let ((pos 0) (len (length ver)) (parts nil))
    (save-match-data
      (while (< pos len)
        (cond
         ((eq (string-match "[0-9]+" ver pos) pos)
          (push (string-to-number (match-string 0 ver)) parts)
          (setq pos (match-end 0)))
         ((and parts (eq (string-match "[^0-9]+" ver pos) pos))
          (let ((word (match-string 0 ver)))
            (setq pos (match-end 0))
            (unless (string= word version-separator)
              (push (version--word-priority word ver (= pos len)) parts))))
         (t (error "Invalid version syntax: `%s' (must start with a number)" ver)))))
    (unless parts (error "Invalid version syntax: `%s' (must start with a number)" ver))
    (nreverse parts)))

(defun version-list-not-zero (lst)
  "Return the first non-zero element of LST, or 0."
  (while (and lst (zerop (car lst))) (setq lst (cdr lst)))
  (if lst (car lst) 0))

(defun version-list-< (l1 l2)
  "Return t if L1, a list specification of a version, is lower than L2."
  (while (and l1 l2 (= (car l1) (car l2)))
    (setq l1 (cdr l1) l2 (cdr l2)))
  (cond ((and l1 l2) (< (car l1) (car l2)))
        (l1 (< (version-list-not-zero l1) 0))
        (l2 (< 0 (version-list-not-zero l2)))))

(defun version-list-= (l1 l2)
  "Return t if L1, a list specification of a version, is equal to L2."
  (not (or (version-list-< l1 l2) (version-list-< l2 l1))))

(defun version-list-<= (l1 l2)
  "Return t if L1, a list specification of a version, is lower or equal to L2."
  (not (version-list-< l2 l1)))

(defun version< (v1 v2) "Return t if version V1 is lower (older) than V2."
  (version-list-< (version-to-list v1) (version-to-list v2)))
(defun version<= (v1 v2) "Return t if version V1 is lower (older) than or equal to V2."
  (version-list-<= (version-to-list v1) (version-to-list v2)))
(defun version= (v1 v2) "Return t if version V1 is equal to V2."
  (version-list-= (version-to-list v1) (version-to-list v2)))

;;; Quoted argument strings.

(defun combine-and-quote-strings (strings &optional separator)
  "Concatenate the STRINGS, adding the SEPARATOR (default \" \"), quoting strings that need it."
  (let* ((sep (or separator " "))
         (needs-quote (concat "[\\\"]\\|" (regexp-quote sep))))
    (mapconcat (lambda (str)
                 (if (string-match needs-quote str)
                     (concat "\"" (replace-regexp-in-string "[\\\"]" "\\\\\\&" str) "\"")
                   str))
               strings sep)))

(defun split-string-and-unquote (string &optional separators)
  "Split the STRING into a list of strings, reading double-quoted parts as Lisp strings."
  (let ((sep (or separators "\\s-+"))
        (quote-pos (string-match "\"" string)))
    (if (null quote-pos)
        (split-string string sep t)
      (append (unless (eq quote-pos 0) (split-string (substring string 0 quote-pos) sep t))
              (let ((read (read-from-string string quote-pos)))
                (cons (car read) (split-string-and-unquote (substring string (cdr read)) sep)))))))

(defun looking-at-p (regexp)
  "Same as `looking-at' except this function does not change the match data."
  (looking-at regexp t))

(defun looking-back (regexp &optional limit greedy)
  "Return non-nil if text before point matches regular expression REGEXP.
LIMIT bounds the backward search; GREEDY extends the match backwards as far as possible."
  (let* ((start (point))
         (anchored (concat "\\(?:" regexp "\\)\\="))
         (pos (save-excursion (and (re-search-backward anchored limit t) (point)))))
    (when (and greedy pos)
      (let ((to-end (concat "\\(?:" regexp "\\)\\'")))
        (save-restriction
          (narrow-to-region (point-min) start)
          (while (and (> pos (point-min))
                      (save-excursion (goto-char (1- pos)) (looking-at to-end)))
            (setq pos (1- pos)))
          (save-excursion (goto-char pos) (looking-at to-end)))))
    (not (null pos))))
