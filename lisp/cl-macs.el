;;; cl-macs.el --- Common Lisp macros (GNU: lisp/emacs-lisp/cl-macs.el)  -*- lexical-binding: t -*-
;; Written for tsmacs: CL lambda lists (cl-defun, cl-defmacro, cl-destructuring-bind), blocks, case
;; and type dispatch, and the place macros.  Local functions and macros (`cl-flet', `cl-labels',
;; `cl-macrolet', `cl-symbol-macrolet') are in cl-macs-local.el, `cl-loop' in cl-loop.el and
;; `cl-defstruct' in cl-struct.el.

(defvar cl--gensym-counter 0)
(defun cl-gensym (&optional prefix)
  "Generate a new uninterned symbol.
The name is made by appending a number to PREFIX, default \"G\"."
  (let ((pfix (if (stringp prefix) prefix "G"))
        (num (if (integerp prefix) prefix
               (prog1 cl--gensym-counter (setq cl--gensym-counter (1+ cl--gensym-counter))))))
    (make-symbol (format "%s%d" pfix num))))

(defvar cl--gentemp-counter 0)
(defun cl-gentemp (&optional prefix)
  "Generate a new interned symbol with a unique name."
  (let ((pfix (if (stringp prefix) prefix "T")) name)
    (while (intern-soft (setq name (format "%s%d" pfix cl--gentemp-counter)))
      (setq cl--gentemp-counter (1+ cl--gentemp-counter)))
    (intern name)))

;;; Lambda lists

(defconst cl--lambda-list-keywords
  '(&optional &rest &key &allow-other-keys &aux &whole &body &environment))

(defun cl--simple-arglist-p (args)
  "Non-nil if ARGS needs no CL processing: symbols, `&optional' and `&rest' (or `&body') only."
  (let ((ok t))
    (while (and ok (consp args))
      (let ((a (car args)))
        (unless (and a (symbolp a) (not (memq a '(&key &aux &whole &environment &allow-other-keys))))
          (setq ok nil)))
      (setq args (cdr args)))
    (and ok (null args))))

(defun cl--usage-args (args)
  "ARGS with its variables upcased, for the (fn ...) line of a docstring."
  (cond
   ((null args) nil)
   ((symbolp args)
    (if (or (memq args cl--lambda-list-keywords) (keywordp args)) args
      (intern (upcase (symbol-name args)))))
   ((not (consp args)) args)
   (t (let ((res nil) (state nil))
        (while (consp args)
          (let ((a (car args)))
            (cond ((memq a cl--lambda-list-keywords) (setq state a) (setq res (cons a res)))
                  ((symbolp a) (setq res (cons (cl--usage-args a) res)))
                  ((and (consp a) (memq state '(&optional &key &aux)))
                   (let ((var (car a)))
                     (setq res (cons (append
                                      (list (if (and (consp var) (eq state '&key))
                                                (list (car var) (cl--usage-args (cadr var)))
                                              (cl--usage-args var)))
                                      (if (cdr a) (list (cadr a)))
                                      (if (cddr a) (list (cl--usage-args (nth 2 a)))))
                                     res))))
                  (t (setq res (cons (cl--usage-args a) res)))))
          (setq args (cdr args)))
        (let ((out (nreverse res)))
          (if args (nconc out (cl--usage-args args)) out))))))

(defun cl--key-symbol (var)
  "The keyword for the &key variable VAR."
  (intern (format ":%s" var)))

(defvar cl--arglist-name nil "The function whose lambda list is being processed.")

(defun cl--arglist-bindings (args val name errname &optional macro-p)
  "The `let*' bindings that destructure the list in variable VAL according to ARGS.
VAL is popped as elements are consumed, so it must be a variable of our own.
NAME (a symbol or lambda list) and ERRNAME build wrong-number-of-arguments data:
ERRNAME is an expression for the number of arguments, evaluated at error time."
  (let ((binds nil) (state 'required) (has-rest nil) (keys nil) (allow nil)
        (rest args) (key-seen nil) (cl--arglist-name (or cl--arglist-name name)))
    (while rest
      (let ((a (if (consp rest) (car rest) rest)))
        (cond
         ((not (consp rest))
          ;; A dotted lambda list (A B . R) is (A B &rest R).
          (setq binds (append (cl--bind-var a val macro-p) binds) has-rest t)
          (setq rest nil a nil))
         ((eq a '&optional) (setq state 'optional))
         ((memq a '(&rest &body))
          (setq rest (cdr rest) has-rest t)
          (setq binds (append (cl--bind-var (car rest) val macro-p) binds)))
         ((eq a '&key) (setq state 'key key-seen t))
         ((eq a '&allow-other-keys) (setq allow t))
         ((eq a '&aux) (setq state 'aux))
         ((eq a '&whole)
          (setq rest (cdr rest))
          (setq binds (append (cl--bind-var (car rest) val macro-p) binds)))
         ((eq a '&environment)
          (setq rest (cdr rest))
          (setq binds (cons (list (car rest) 'macroexpand-all-environment) binds)))
         ((eq state 'required)
          (let ((get `(if ,val (car-safe (prog1 ,val (setq ,val (cdr ,val))))
                        (signal 'wrong-number-of-arguments (list ',name ,errname)))))
            (setq binds (append (cl--bind-var a get macro-p) binds))))
         ((eq state 'optional)
          (let* ((var (if (consp a) (car a) a))
                 (def (if (consp a) (cadr a)))
                 (svar (if (consp a) (nth 2 a)))
                 (get `(car-safe (prog1 ,val (setq ,val (cdr ,val))))))
            (when svar (setq binds (cons (list svar `(and ,val t)) binds)))
            (setq binds (append (cl--bind-var var (if def `(if ,(or svar val) ,get ,def) get) macro-p)
                                binds))))
         ((eq state 'key)
          (let* ((spec (if (consp a) (car a) a))
                 (kw (if (consp spec) (car spec) (cl--key-symbol spec)))
                 (var (if (consp spec) (cadr spec) spec))
                 (def (if (consp a) (cadr a)))
                 (svar (if (consp a) (nth 2 a))))
            (setq keys (cons kw keys))
            (if (or svar def)
                (let ((m (make-symbol "m")))
                  (setq binds (cons (list m `(plist-member ,val ',kw)) binds))
                  (setq binds (append (cl--bind-var var `(if ,m (car (cdr ,m)) ,def) macro-p) binds))
                  (when svar (setq binds (cons (list svar `(and ,m t)) binds))))
              (setq binds (append (cl--bind-var var `(car (cdr (plist-member ,val ',kw))) macro-p)
                                  binds)))))
         ((eq state 'aux)
          (setq binds (cons (if (consp a) (list (car a) (cadr a)) (list a nil)) binds)))))
      (if (consp rest) (setq rest (cdr rest))))
    (when (and key-seen (not allow))
      (let ((k (make-symbol "keys")) (known (reverse keys)))
        (setq binds
              (cons (list '_
                          `(let ((,k ,val))
                             (while ,k
                               (cond ((memq (car ,k) '(,@known :allow-other-keys)) (setq ,k (cdr (cdr ,k))))
                                     ((car (cdr (memq :allow-other-keys ,val))) (setq ,k nil))
                                     (t (error "Keyword argument %s not one of %s" (car ,k) ',known))))))
                    binds))))
    (unless (or has-rest key-seen)
      (setq binds (cons (list '_ `(if ,val (signal 'wrong-number-of-arguments (list ',name ,errname))))
                        binds)))
    (nreverse binds)))

(defun cl--bind-var (var exp macro-p)
  "Bindings (in reverse order) giving VAR, a symbol or a destructuring lambda list, the value of EXP."
  (if (or (symbolp var) (not (consp var)))
      (list (list var exp))
    ;; The list is kept whole in ORIG (for error reports) and consumed from WORK.
    (let ((orig (make-symbol "sub")) (work (make-symbol "sub")))
      (reverse (cons (list orig exp)
                     (cons (list work orig)
                           ;; Within a named function's lambda list, errors name the function.
                           (cl--arglist-bindings var work (if (and cl--arglist-name (symbolp cl--arglist-name))
                                                              cl--arglist-name var)
                                                 `(length ,orig) macro-p)))))))

(defun cl--split-body (body)
  "Split BODY into (HEADER . FORMS): docstring, declarations and interactive spec first."
  (let ((header nil))
    (while (and (cdr body)
                (or (stringp (car body))
                    (memq (car-safe (car body)) '(declare interactive cl-declare :documentation))))
      (setq header (cons (car body) header) body (cdr body)))
    ;; A lone docstring with no body is the body (its value).
    (cons (nreverse header) body)))

(defun cl--transform-lambda (args body name &optional macro-p)
  "Turn a CL lambda list ARGS and BODY into (ARGLIST . BODY) for an Emacs `lambda'.
NAME non-nil wraps the body in (cl-block NAME ...).  With MACRO-P, a leading
`&whole VAR' binds VAR to the macro call form (NAME . ARGS)."
  (let* ((whole (and macro-p (eq (car-safe args) '&whole) (cadr args)))
         (usage-args args)
         (args (if whole (cddr args) args))
         (split (cl--split-body body))
         (header (car split))
         (forms (cdr split))
         (forms (if name `((cl-block ,name ,@forms)) forms))
         (plain (if (memq '&body args) (mapcar (lambda (a) (if (eq a '&body) '&rest a)) args) args))
         (aux (and (listp plain) (memq '&aux plain)))
         (before-aux (if aux (butlast plain (length aux)) plain)))
    (cond
     ((and (not whole) (cl--simple-arglist-p plain))
      (cons plain (append (cl--add-usage header args (not (equal plain args))) forms)))
     ((and (not whole) aux (cl--simple-arglist-p before-aux))
      ;; Only &aux beyond an ordinary lambda list: it becomes a `let*' around the body.
      (cons before-aux
            (append (cl--add-usage header args t)
                    `((let* ,(mapcar (lambda (a) (if (consp a) (list (car a) (cadr a)) (list a nil)))
                                     (cdr aux))
                        ,@forms)))))
     (t
      (let ((kept nil) (rest plain))
        ;; Leading plain required arguments stay real arguments.
        (while (and (not whole) (consp rest) (car rest) (symbolp (car rest))
                    (not (memq (car rest) cl--lambda-list-keywords)))
          (setq kept (cons (car rest) kept) rest (cdr rest)))
        (setq kept (nreverse kept))
        (let* ((restvar (make-symbol "--cl-rest--"))
               (work (make-symbol "--cl-rest--"))
               (errname (if kept `(+ ,(length kept) (length ,restvar)) `(length ,restvar)))
               (binds (cl--arglist-bindings rest work name errname macro-p)))
          (if whole (setq binds (cons (list whole `(cons ',name ,restvar)) binds)))
          (cons (append kept (list '&rest restvar))
                (append (cl--add-usage header usage-args t)
                        `((let* ((,work ,restvar) ,@binds) ,@forms))))))))))

(defun cl--add-usage (header args changed)
  "HEADER with a (fn ARGS) usage line added to its docstring when the arglist CHANGED."
  (if (not changed) header
    (let* ((doc (if (stringp (car header)) (car header)))
           (usage (format "(fn %s)" (mapconcat (lambda (a) (format "%S" a)) (cl--usage-args args) " ")))
           (newdoc (concat (or doc "") "\n\n" usage)))
      (cons newdoc (if doc (cdr header) header)))))

(defmacro cl-defun (name args &rest body)
  "Define NAME as a function.
Like normal `defun', except ARGLIST allows full Common Lisp conventions,
and BODY is implicitly surrounded by (cl-block NAME ...).
\n(fn NAME ARGLIST [DOCSTRING] BODY...)"
  (declare (doc-string 3) (indent 2))
  (let ((res (cl--transform-lambda args body name)))
    `(defun ,name ,@res)))

(defmacro cl-iter-defun (name arglist &rest body)
  "Define NAME as a generator function (not supported: generators need generator.el)."
  (declare (doc-string 3) (indent 2))
  (ignore name arglist body)
  (error "cl-iter-defun is not supported"))

(defmacro cl-defmacro (name args &rest body)
  "Define NAME as a macro.
Like normal `defmacro', except ARGLIST allows full Common Lisp conventions,
and BODY is implicitly surrounded by (cl-block NAME ...).
\n(fn NAME ARGLIST [DOCSTRING] BODY...)"
  (declare (doc-string 3) (indent 2))
  (let ((res (cl--transform-lambda args body name t)))
    `(defmacro ,name ,@res)))

(defmacro cl-function (func)
  "Introduce a function.
Like normal `function', except that if argument is a lambda form,
its argument list allows full Common Lisp conventions."
  (if (eq (car-safe func) 'lambda)
      (let ((res (cl--transform-lambda (cadr func) (cddr func) nil)))
        `(function (lambda ,@res)))
    `(function ,func)))

(defmacro cl-destructuring-bind (args expr &rest body)
  "Bind the variables in ARGS to the result of EXPR and execute BODY."
  (declare (indent 2) (debug (&define cl-macro-list def-form cl-declarations def-body)))
  ;; Errors report the length of the whole list, so it is kept in ORIG; VAL is consumed.
  (let* ((orig (make-symbol "orig"))
         (val (make-symbol "val"))
         (binds (cl--arglist-bindings args val args `(length ,orig))))
    `(let* ((,orig ,expr) (,val ,orig) ,@binds) ,@body)))

;;; Blocks

(defun cl--tree-mentions-p (sym tree)
  "Non-nil if SYM occurs anywhere in TREE."
  (cond ((eq sym tree) t)
        ((consp tree)
         (let ((found nil))
           (while (and (consp tree) (not found))
             (setq found (cl--tree-mentions-p sym (car tree)) tree (cdr tree)))
           (or found (eq sym tree))))
        ((vectorp tree)
         (let ((found nil) (i 0))
           (while (and (not found) (< i (length tree)))
             (setq found (cl--tree-mentions-p sym (aref tree i)) i (1+ i)))
           found))
        (t nil)))

(defmacro cl-block (name &rest body)
  "Define a lexically-scoped block named NAME.
NAME may be any symbol.  Code inside the BODY forms can call `cl-return-from'
to jump prematurely out of the block."
  (declare (indent 1) (debug (symbolp body)))
  (let* ((tag (intern (format "--cl-block-%s--" name)))
         ;; Only blocks that something exits from need a `catch'; the expansion tells.
         (expanded (macroexpand-all (macroexp-progn body) macroexpand-all-environment)))
    (if (cl--tree-mentions-p tag expanded)
        `(catch ',tag ,@(macroexp-unprogn expanded))
      expanded)))

(defmacro cl-return (&optional result)
  "Return from the block named nil.
This is equivalent to `(cl-return-from nil RESULT)'."
  `(cl-return-from nil ,result))

(defmacro cl-return-from (name &optional result)
  "Return from the block named NAME.
This jumps out to the innermost enclosing `(cl-block NAME ...)' form,
returning RESULT from that form (or nil if RESULT is omitted)."
  `(throw ',(intern (format "--cl-block-%s--" name)) ,result))

;;; Case and type dispatch

(defun cl--case-test (temp keys)
  "Code testing TEMP against the `cl-case' KEYS."
  (cond
   ((memq keys '(t otherwise)) t)
   ((listp keys)
    (cond ((null keys) nil)
          ((null (cdr keys)) (cl--case-test temp (car keys)))
          ((let ((ok t)) (dolist (k keys) (unless (or (symbolp k) (fixnump k)) (setq ok nil))) ok)
           `(memq ,temp ',keys))
          (t `(memql ,temp ',keys))))
   ((or (symbolp keys) (fixnump keys)) `(eq ,temp ',keys))
   (t `(eql ,temp ',keys))))

(defmacro cl-case (expr &rest clauses)
  "Eval EXPR and choose among clauses on that value.
Each clause looks like (KEYLIST BODY...).  EXPR is evaluated and
compared against each key in each KEYLIST; the corresponding BODY
is evaluated.  If no clause succeeds, cl-case returns nil.  A
single non-nil atom may be used in place of a KEYLIST of one
atom.  A KEYLIST of t or `otherwise' is allowed only in the final
clause, and matches if no other keys match.  Key values are
compared by `eql'.
\n(fn EXPR (KEYLIST BODY...)...)"
  (declare (indent 1) (debug (form &rest (sexp body))))
  (macroexp-let2 macroexp-copyable-p temp expr
    (let ((tail clauses) (out nil))
      (while tail
        (let ((c (car tail)))
          (when (and (memq (car c) '(t otherwise)) (cdr tail))
            (error "Misplaced t or `otherwise' clause"))
          (when (memq (car c) '(cl--ecase-error-flag))
            (setq c (list t `(error "cl-ecase failed: %s, %s" ,temp ',(cl--case-all-keys clauses)))))
          (when (memq (car c) '(cl--etypecase-error-flag))
            (setq c (list t `(error "cl-etypecase failed: %s, %s" ,temp ',(cl--case-all-types clauses)))))
          (setq out (cons (cons (cl--case-test temp (car c)) (or (cdr c) '(nil))) out)))
        (setq tail (cdr tail)))
      (cons 'cond (nreverse out)))))

(defun cl--case-all-keys (clauses)
  "The keys named by the `cl-ecase' CLAUSES."
  (let ((keys nil))
    (dolist (c clauses)
      (unless (eq (car c) 'cl--ecase-error-flag)
        (if (listp (car c)) (setq keys (append (reverse (car c)) keys)) (setq keys (cons (car c) keys)))))
    (nreverse keys)))

(defun cl--case-all-types (clauses)
  "The types named by the `cl-etypecase' CLAUSES."
  (delq nil (mapcar (lambda (c) (unless (eq (car c) 'cl--etypecase-error-flag) (car c))) clauses)))

(defmacro cl-ecase (expr &rest clauses)
  "Like `cl-case', but error if no case fits.
`otherwise'-clauses are not allowed.
\n(fn EXPR (KEYLIST BODY...)...)"
  (declare (indent 1) (debug cl-case))
  `(cl-case ,expr ,@clauses (cl--ecase-error-flag)))

(defmacro cl-typecase (expr &rest clauses)
  "Eval EXPR and choose among clauses on that value.
Each clause looks like (TYPE BODY...).  EXPR is evaluated and, if it
satisfies TYPE, the corresponding BODY is evaluated.  If no clause succeeds,
cl-typecase returns nil.  A TYPE of t or `otherwise' is allowed only in the
final clause, and matches if no other keys match.
\n(fn EXPR (TYPE BODY...)...)"
  (declare (indent 1) (debug (form &rest ([&or cl-type-spec "otherwise"] body))))
  (macroexp-let2 macroexp-copyable-p temp expr
    (let ((tail clauses) (out nil))
      (while tail
        (let ((c (car tail)))
          (setq out
                (cons (cons (cond ((memq (car c) '(t otherwise))
                                   (if (cdr tail) (error "Misplaced t or `otherwise' clause"))
                                   t)
                                  ((eq (car c) 'cl--etypecase-error-flag)
                                   t)
                                  ((eq (car c) 'cl--ecase-error-flag) t)
                                  (t (cl--make-type-test temp (car c))))
                            (if (eq (car c) 'cl--etypecase-error-flag)
                                (list `(error "cl-etypecase failed: %s, %s" ,temp
                                              ',(cl--case-all-types clauses)))
                              (or (cdr c) '(nil))))
                      out)))
        (setq tail (cdr tail)))
      (cons 'cond (nreverse out)))))

(defmacro cl-etypecase (expr &rest clauses)
  "Like `cl-typecase', but error if no case fits.
`otherwise'-clauses are not allowed.
\n(fn EXPR (TYPE BODY...)...)"
  (declare (indent 1) (debug cl-typecase))
  `(cl-typecase ,expr ,@clauses (cl--etypecase-error-flag)))

;;; Types

(defconst cl--simple-type-predicates
  '((null . null) (atom . atom) (real . numberp) (number . numberp) (float . floatp)
    (fixnum . fixnump) (bignum . bignump) (integer . integerp) (natnum . natnump)
    (character . characterp) (base-char . characterp) (boolean . booleanp) (keyword . keywordp)
    (symbol . symbolp) (list . listp) (cons . consp) (string . stringp) (array . arrayp)
    (vector . vectorp) (sequence . sequencep) (hash-table . hash-table-p) (function . functionp)
    (marker . markerp) (buffer . bufferp) (process . processp) (window . windowp)
    (frame . framep) (overlay . overlayp) (char-table . char-table-p) (bool-vector . bool-vector-p)
    (record . recordp) (subr . subrp) (compiled-function . byte-code-function-p)
    (integer-or-marker . integer-or-marker-p) (number-or-marker . number-or-marker-p)
    (byte-code-function . byte-code-function-p) (cl-structure-object . cl-struct-p))
  "Types whose test is a call of a one-argument predicate.")

(defun cl--make-type-test (val type)
  "Code testing whether the value of the copyable expression VAL is of TYPE."
  (cond
   ((eq type t) t)
   ((null type) nil)
   ((eq type 'real) `(numberp ,val))
   ((eq type 'float) `(floatp ,val))
   ((symbolp type)
    (let ((pred (cdr (assq type cl--simple-type-predicates))))
      (cond
       ((get type 'cl-deftype-handler) (cl--make-type-test val (funcall (get type 'cl-deftype-handler))))
       ((get type 'cl-deftype-satisfies) `(funcall #',(get type 'cl-deftype-satisfies) ,val))
       (pred (list pred val))
       ((and (get type 'cl--class) (fboundp 'cl--struct-type-p))
        `(cl-typep ,val ',type))
       (t
        (let* ((name (symbol-name type))
               (p1 (intern (concat name "p")))
               (p2 (intern (concat name "-p"))))
          (cond ((and (fboundp p1) (not (string-search "-" name))) (list p1 val))
                ((fboundp p2) (list p2 val))
                ((fboundp p1) (list p1 val))
                ;; Unknown now; decide at run time (the type may be defined later).
                (t `(cl-typep ,val ',type))))))))
   ((memq (car type) '(integer float real number))
    (let ((lo (nth 1 type)) (hi (nth 2 type)))
      `(and ,(cl--make-type-test val (car type))
            ,@(cond ((memq lo '(* nil)) nil)
                    ((consp lo) `((> ,val ,(car lo))))
                    (t `((>= ,val ,lo))))
            ,@(cond ((memq hi '(* nil)) nil)
                    ((consp hi) `((< ,val ,(car hi))))
                    (t `((<= ,val ,hi)))))))
   ((eq (car type) 'and) `(and ,@(mapcar (lambda (x) (cl--make-type-test val x)) (cdr type))))
   ((eq (car type) 'or) `(or ,@(mapcar (lambda (x) (cl--make-type-test val x)) (cdr type))))
   ((eq (car type) 'not) `(not ,(cl--make-type-test val (cadr type))))
   ((memq (car type) '(member cl-member)) `(and (memql ,val ',(cdr type)) t))
   ((eq (car type) 'eql) `(eql ,val ',(cadr type)))
   ((eq (car type) 'satisfies) (list (cadr type) val))
   ((and (symbolp (car type)) (get (car type) 'cl-deftype-handler))
    (cl--make-type-test val (apply (get (car type) 'cl-deftype-handler) (cdr type))))
   (t (error "Bad type spec: %s" type))))

(defun cl-typep (object type)
  "Return non-nil if OBJECT is of type TYPE, else nil."
  (cond
   ((eq type t) t)
   ((null type) nil)
   ((symbolp type)
    (let ((pred (cdr (assq type cl--simple-type-predicates))))
      (cond
       ((get type 'cl-deftype-handler) (cl-typep object (funcall (get type 'cl-deftype-handler))))
       ((get type 'cl-deftype-satisfies) (and (funcall (get type 'cl-deftype-satisfies) object) t))
       (pred (and (funcall pred object) t))
       ((get type 'cl--class) (and (fboundp 'cl--struct-type-p) (cl--struct-type-p object type)))
       (t
        (let* ((name (symbol-name type))
               (p1 (intern-soft (concat name "p")))
               (p2 (intern-soft (concat name "-p"))))
          (cond ((and p1 (fboundp p1) (not (string-search "-" name))) (and (funcall p1 object) t))
                ((and p2 (fboundp p2)) (and (funcall p2 object) t))
                ((and p1 (fboundp p1)) (and (funcall p1 object) t))
                (t (error "Unknown type %S" type))))))))
   ((memq (car type) '(integer float real number))
    (let ((lo (nth 1 type)) (hi (nth 2 type)))
      (and (cl-typep object (car type))
           (cond ((memq lo '(* nil)) t) ((consp lo) (> object (car lo))) (t (>= object lo)))
           (cond ((memq hi '(* nil)) t) ((consp hi) (< object (car hi))) (t (<= object hi))))))
   ((eq (car type) 'and)
    (let ((ok t) (ts (cdr type)))
      (while (and ok ts) (setq ok (cl-typep object (car ts)) ts (cdr ts)))
      ok))
   ((eq (car type) 'or)
    (let ((ok nil) (ts (cdr type)))
      (while (and (not ok) ts) (setq ok (cl-typep object (car ts)) ts (cdr ts)))
      ok))
   ((eq (car type) 'not) (not (cl-typep object (cadr type))))
   ((memq (car type) '(member cl-member)) (and (memql object (cdr type)) t))
   ((eq (car type) 'eql) (eql object (cadr type)))
   ((eq (car type) 'satisfies) (and (funcall (cadr type) object) t))
   ((and (symbolp (car type)) (get (car type) 'cl-deftype-handler))
    (cl-typep object (apply (get (car type) 'cl-deftype-handler) (cdr type))))
   (t (error "Bad type spec: %s" type))))

(defmacro cl-deftype (name arglist &rest body)
  "Define NAME as a new data type.
The type name can then be used in `cl-typecase', `cl-check-type', etc."
  (declare (debug cl-defmacro) (doc-string 3) (indent 2))
  `(put ',name 'cl-deftype-handler
        (cl-function (lambda (&optional ,@(cl--deftype-args arglist)) ,@body))))

(defun cl--deftype-args (arglist)
  "ARGLIST with `&optional' removed and unsupplied optionals defaulting to `*'."
  (let ((res nil))
    (dolist (a arglist)
      (cond ((eq a '&optional))
            ((memq a cl--lambda-list-keywords) (setq res (cons a res)))
            ((symbolp a) (setq res (cons (list a ''*) res)))
            (t (setq res (cons a res)))))
    (nreverse res)))

(pcase-defmacro cl-type (type)
  "Pcase patterns that match objects of TYPE.
TYPE is a type descriptor as accepted by `cl-typep', which see."
  (unless (or (symbolp type) (consp type)) (error "Bad type spec: %s" type))
  ;; Unknown type names signal at run time, as `cl-typep' does.
  `(pred (pcase--flip cl-typep ',type)))

(define-error 'cl-assertion-failed "Assertion failed")

(defun cl--assertion-failed (form &optional string sargs args)
  "Signal that the assertion FORM failed."
  (if string
      (apply #'error string (append sargs args))
    (signal 'cl-assertion-failed `(,form ,@sargs))))

(defmacro cl-check-type (form type &optional string)
  "Verify that FORM is of type TYPE; signal a continuable error if not.
STRING is an optional description of the desired type."
  (declare (debug (place cl-type-spec &optional stringp)))
  (macroexp-let2 macroexp-copyable-p temp form
    `(progn (or ,(cl--make-type-test temp type)
                (signal 'wrong-type-argument (list ,(or string `',type) ,temp ',form)))
            nil)))

(defmacro cl-assert (form &optional show-args string &rest args)
  "Verify that FORM returns non-nil, signaling an error if not.
Second arg SHOW-ARGS means to include arguments of FORM in message.
Other args STRING and ARGS... are arguments to be passed to `error'."
  (declare (debug (form &rest form)))
  (let ((sargs (and show-args
                    (delq nil (mapcar (lambda (x) (unless (macroexp-const-p x) x)) (cdr-safe form))))))
    `(progn
       (or ,form
           (cl--assertion-failed ',form ,@(if (or string sargs args) `(,string (list ,@sargs) (list ,@args)))))
       nil)))

;;; Iteration

(defmacro cl-do (steps endtest &rest body)
  "Bind variables and run BODY forms until END-TEST returns non-nil.
STEPS is a list of (VAR [INIT [STEP]]); END-TEST is (TEST [RESULT...]).
\n(fn ((VAR INIT [STEP])...) (END-TEST [RESULT...]) BODY...)"
  (declare (indent 2) (debug ((&rest &or symbolp (symbolp &optional form form)) (form body) cl-declarations body)))
  (cl--expand-do-loop steps endtest body nil))

(defmacro cl-do* (steps endtest &rest body)
  "Like `cl-do', but bind and step the variables sequentially.
\n(fn ((VAR INIT [STEP])...) (END-TEST [RESULT...]) BODY...)"
  (declare (indent 2) (debug cl-do))
  (cl--expand-do-loop steps endtest body t))

(defun cl--expand-do-loop (steps endtest body star)
  "The code of a `cl-do' (STAR nil) or `cl-do*' loop."
  (let ((sets (delq nil (mapcar (lambda (s) (and (consp s) (cddr s) (list (car s) (nth 2 s)))) steps))))
    `(cl-block nil
       (,(if star 'let* 'let)
        ,(mapcar (lambda (s) (if (consp s) (list (car s) (nth 1 s)) s)) steps)
        (while (not ,(car endtest))
          ,@body
          ,@(if sets (list (cons (if star 'setq 'cl-psetq) (apply #'append sets)))))
        ,@(or (cdr endtest) '(nil))))))

(defmacro cl-dolist (spec &rest body)
  "Loop over a list.
Evaluate BODY with VAR bound to each `car' from LIST, in turn.
Then evaluate RESULT to get return value, default nil.
\n(fn (VAR LIST [RESULT]) BODY...)"
  (declare (debug ((symbolp form &optional form) cl-declarations body)) (indent 1))
  `(cl-block nil (dolist ,spec ,@body)))

(defmacro cl-dotimes (spec &rest body)
  "Loop a certain number of times.
Evaluate BODY with VAR bound to successive integers from 0, inclusive,
to COUNT, exclusive.  Then evaluate RESULT to get return value, default
nil.
\n(fn (VAR COUNT [RESULT]) BODY...)"
  (declare (debug cl-dolist) (indent 1))
  `(cl-block nil (dotimes ,spec ,@body)))

(defmacro cl-do-symbols (spec &rest body)
  "Loop over all symbols.
Evaluate BODY with VAR bound to each interned symbol, or to each symbol
from OBARRAY.
\n(fn (VAR [OBARRAY [RESULT]]) BODY...)"
  (declare (indent 1) (debug ((symbolp &optional form form) cl-declarations body)))
  `(cl-block nil
     (mapatoms (lambda (,(car spec)) ,@body) ,@(and (cadr spec) (list (cadr spec))))
     ,(if (cddr spec) `(let ((,(car spec) nil)) ,(nth 2 spec)) nil)))

(defmacro cl-do-all-symbols (spec &rest body)
  "Like `cl-do-symbols', but use the default obarray.
\n(fn (VAR [RESULT]) BODY...)"
  (declare (indent 1) (debug ((symbolp &optional form) cl-declarations body)))
  `(cl-do-symbols (,(car spec) nil ,(cadr spec)) ,@body))

(defmacro cl-tagbody (&rest labels-or-stmts)
  "Execute statements while providing for control transfers to labels.
Each element of LABELS-OR-STMTS can be either a label (integer or symbol)
or a `cons' cell, in which case it's taken to be a statement.
This distinction is made before performing macroexpansion.
Statements are executed in sequence left to right, discarding any return value,
stopping only when reaching the end of LABELS-OR-STMTS.
Any statement can transfer control at any time to the statements that follow
one of the labels with the special form (go LABEL).
Labels have lexical scope and dynamic extent."
  (let ((segments nil) (current nil) (labels nil) (index 0)
        (tag (make-symbol "cl-tagbody")) (pc (make-symbol "pc")))
    (dolist (x labels-or-stmts)
      (if (consp x)
          (setq current (cons x current))
        (setq segments (cons (nreverse current) segments) current nil index (1+ index)
              labels (cons (cons x index) labels))))
    (setq segments (nreverse (cons (nreverse current) segments)))
    (let* ((i -1)
           (code `(progn ,@(mapcar (lambda (seg)
                                     (setq i (1+ i))
                                     `(if (<= ,pc ,i) ,(macroexp-progn (or seg '(nil)))))
                                   segments)
                         nil))
           (env (cons (cons 'go (lambda (label)
                                  (let ((target (assoc label labels)))
                                    (unless target (error "Unknown cl-tagbody go label `%S'" label))
                                    `(throw ',tag ,(cdr target)))))
                      macroexpand-all-environment)))
      (setq code (let ((macroexpand-all-environment env)) (macroexpand-all code env)))
      (if (not (cl--tree-mentions-p tag code))
          `(progn ,(cl--tagbody-straight segments) nil)
        `(let ((,pc 0))
           (while (setq ,pc (catch ',tag ,code)))
           nil)))))

(defun cl--tagbody-straight (segments)
  "The statements of SEGMENTS in order, for a `cl-tagbody' with no `go'."
  (macroexp-progn (or (apply #'append segments) '(nil))))

;;; Assignment

(defmacro cl-psetq (&rest args)
  "Set SYMs to the values VALs in parallel.
This is like `setq', except that all VAL forms are evaluated (in order)
before any SYMs are set.
\n(fn SYM VAL SYM VAL ...)"
  (declare (debug setq))
  (cons 'cl-psetf args))

(defmacro cl-psetf (&rest args)
  "Set PLACEs to the values VALs in parallel.
This is like `setf', except that all VAL forms are evaluated (in order)
before any PLACEs are set.
\n(fn PLACE VAL PLACE VAL ...)"
  (declare (debug setf))
  (let ((pairs nil) (rest args))
    (while rest
      (unless (cdr rest) (signal 'wrong-number-of-arguments (list 'cl-psetf (length args))))
      (setq pairs (cons (cons (car rest) (cadr rest)) pairs) rest (cddr rest)))
    (setq pairs (nreverse pairs))
    (if (null (cdr pairs))
        (if pairs `(progn (setf ,(caar pairs) ,(cdar pairs)) nil) nil)
      ;; Every non-constant value goes to a temporary before the first assignment.
      (let ((binds nil) (sets nil))
        (dolist (p pairs)
          (if (macroexp-const-p (cdr p))
              (setq sets (cons `(setf ,(car p) ,(cdr p)) sets))
            (let ((tmp (make-symbol "v")))
              (setq binds (cons (list tmp (cdr p)) binds)
                    sets (cons `(setf ,(car p) ,tmp) sets)))))
        `(let ,(nreverse binds) ,@(nreverse sets) nil)))))

(defmacro cl-progv (symbols values &rest body)
  "Bind SYMBOLS to VALUES dynamically in BODY.
The forms SYMBOLS and VALUES are evaluated, and must evaluate to lists.
Each symbol in the first list is bound to the corresponding value in the
second list (or to nil if VALUES is shorter than SYMBOLS); then the
BODY forms are executed and their result is returned."
  (declare (indent 2) (debug (form form body)))
  `(cl--progv ,symbols ,values (lambda () ,@body)))

(defun cl--progv (symbols values fn)
  "Call FN with SYMBOLS dynamically bound to VALUES."
  (let ((binds nil))
    (while symbols
      (setq binds (cons (list (car symbols) (list 'quote (car values))) binds)
            symbols (cdr symbols) values (cdr values)))
    (eval (list 'let (nreverse binds) (list 'funcall (list 'quote fn))) nil)))

(defmacro cl-shiftf (place &rest args)
  "Shift left among PLACEs.
Example: (cl-shiftf A B C) sets A to B, B to C, and returns the old A.
Each PLACE may be a symbol, or any generalized variable allowed by `setf'.
\n(fn PLACE... VAL)"
  (declare (debug (&rest place)))
  (cond
   ((null args) place)
   ((symbolp place) `(prog1 ,place (setq ,place (cl-shiftf ,@args))))
   (t (gv-letplace (getter setter) place
        `(prog1 ,getter ,(funcall setter `(cl-shiftf ,@args)))))))

(defmacro cl-rotatef (&rest args)
  "Rotate left among PLACEs.
Example: (cl-rotatef A B C) sets A to B, B to C, and C to A.  It returns nil.
Each PLACE may be a symbol, or any generalized variable allowed by `setf'.
\n(fn PLACE...)"
  (declare (debug (&rest place)))
  (cond
   ((null (cdr args)) nil)
   ((let ((ok t)) (dolist (a args) (unless (symbolp a) (setq ok nil))) ok)
    (let ((sets nil) (first (car args)) (rest args))
      (while (cdr rest)
        (setq sets (cons (cadr rest) (cons (car rest) sets)) rest (cdr rest)))
      `(cl-psetq ,@(nreverse sets) ,(car rest) ,first)))
   (t (gv-letplace (getter setter) (car args)
        `(progn ,(funcall setter `(cl-shiftf ,@(cdr args) ,getter)) nil)))))

(defmacro cl-callf (func place &rest args)
  "Set PLACE to (FUNC PLACE ARGS...).
FUNC should be an unquoted function name or a lambda expression.
PLACE may be a symbol, or any generalized variable allowed by `setf'."
  (declare (indent 2) (debug (cl-function place &rest form)))
  (gv-letplace (getter setter) place
    (funcall setter (if (symbolp func) `(,func ,getter ,@args) `(funcall #',func ,getter ,@args)))))

(defmacro cl-callf2 (func arg1 place &rest args)
  "Set PLACE to (FUNC ARG1 PLACE ARGS...).
Like `cl-callf', but PLACE is the second argument of FUNC, not the first.
\n(fn FUNC ARG1 PLACE ARGS...)"
  (declare (indent 3) (debug (cl-function form place &rest form)))
  (if (and (symbolp place) (macroexp-copyable-p arg1))
      `(setf ,place ,(if (symbolp func) `(,func ,arg1 ,place ,@args) `(funcall #',func ,arg1 ,place ,@args)))
    (macroexp-let2 nil a1 arg1
      (gv-letplace (getter setter) place
        (funcall setter (if (symbolp func) `(,func ,a1 ,getter ,@args)
                          `(funcall #',func ,a1 ,getter ,@args)))))))

(defmacro cl-remf (place tag)
  "Remove TAG from property list PLACE.
PLACE may be a symbol, or any generalized variable allowed by `setf'.
The form returns true if TAG was found and removed, nil otherwise."
  (declare (debug (place form)))
  (gv-letplace (getter setter) place
    (macroexp-let2 macroexp-copyable-p k tag
      `(if (eq ,k (car ,getter))
           (progn ,(funcall setter `(cddr ,getter)) t)
         (cl--do-remf ,getter ,k)))))

(defmacro cl-letf (bindings &rest body)
  "Temporarily bind to PLACEs.
This is the analogue of `let', but with generalized variables (in the
sense of `setf') for the PLACEs.  Each PLACE is set to the corresponding
VALUE, then the BODY forms are executed.  On exit, either normally or
because of a `throw' or error, the PLACEs are set back to their original
values.
\n(fn ((PLACE VALUE) ...) BODY...)"
  (declare (indent 1) (debug ((&rest [&or (symbolp form) (gv-place &optional form)]) body)))
  ;; A symbol that is a symbol macro (of `cl-symbol-macrolet') stands for its expansion's place.
  (let ((sms (cdr (assq :cl-symbol-macros macroexpand-all-environment))))
    (when sms
      (setq bindings
            (mapcar (lambda (b)
                      (let ((place (car b)) (sm nil))
                        (while (and (symbolp place) (setq sm (assq place sms)))
                          (setq place (cadr sm)))
                        (cons place (cdr b))))
                    bindings))))
  (if (and (not (cdr bindings)) (symbolp (car-safe (car bindings))) (cdar bindings))
      `(let ,bindings ,@body)
    (cl--letf bindings nil nil body)))

(defun cl--letf (bindings simplebinds binds body)
  "Build the code of `cl-letf' for BINDINGS, collecting plain SIMPLEBINDS and place BINDS."
  (if (null bindings)
      (if (and (null binds) (null simplebinds)) (macroexp-progn body)
        `(let* (,@(mapcar (lambda (b) (list (car b) (nth 1 b))) binds) ,@simplebinds)
           (unwind-protect
               ,(macroexp-progn (append (delq nil (mapcar (lambda (b) (nth 3 b)) binds)) body))
             ,@(mapcar (lambda (b) (nth 2 b)) binds))))
    (let ((binding (car bindings)))
      (if (symbolp (car binding))
          (cl--letf (cdr bindings) (cons binding simplebinds) binds body)
        (let ((place (car binding)))
          (gv-letplace (getter setter) place
            (let ((old (make-symbol "old")))
              (cl--letf (cdr bindings) simplebinds
                        (cons (list old (if (eq (car-safe place) 'symbol-function)
                                            ;; A function cell may be void: restore it as such.
                                            `(and (fboundp ,(cadr place)) ,getter)
                                          getter)
                                    (funcall setter old)
                                    (if (cdr binding) (funcall setter (cadr binding))))
                              binds)
                        body))))))))

(defmacro cl-letf* (bindings &rest body)
  "Temporarily bind to PLACEs.
Like `cl-letf' but where the bindings are done sequentially.
\n(fn ((PLACE VALUE) ...) BODY...)"
  (declare (indent 1) (debug cl-letf))
  (if (null bindings) (macroexp-progn body)
    `(cl-letf (,(car bindings)) (cl-letf* ,(cdr bindings) ,@body))))

(defmacro cl-multiple-value-bind (vars form &rest body)
  "Collect multiple return values.
FORM must return a list; the BODY is then executed with the first N elements
of this list bound (`let'-style) to each of the symbols SYM in turn."
  (declare (indent 2) (debug ((&rest symbolp) form body)))
  (let ((temp (make-symbol "--cl-var--")) (n -1))
    `(let* ((,temp ,form)
            ,@(mapcar (lambda (v) (list v `(nth ,(setq n (1+ n)) ,temp))) vars))
       ,@body)))

(defmacro cl-multiple-value-setq (vars form)
  "Collect multiple return values.
FORM must return a list; the first N elements of this list are stored in
each of the symbols SYM in turn.  This is analogous to the Common Lisp
`multiple-value-setq' macro, using lists to represent multiple values.
\n(fn (SYM...) FORM)"
  (declare (indent 1) (debug ((&rest symbolp) form)))
  (cond ((null vars) `(progn ,form nil))
        ((null (cdr vars)) `(setq ,(car vars) (car ,form)))
        (t (let ((temp (make-symbol "--cl-var--")) (n 0))
             `(let ((,temp ,form))
                (prog1 (setq ,(car vars) (car ,temp))
                  (setq ,@(apply #'append (mapcar (lambda (v) (list v `(nth ,(setq n (1+ n)) ,temp)))
                                                  (cdr vars))))))))))

(defmacro cl-locally (&rest body)
  "Equivalent to `progn'."
  (declare (debug t))
  (cons 'progn body))
(defmacro cl-the (type form)
  "Return FORM.  If type-checking is enabled, assert that it is of TYPE.
Code is never compiled with reduced safety here, so the type is always checked."
  (declare (indent 1) (debug (cl-type-spec form)))
  (macroexp-let2 macroexp-copyable-p temp form
    `(progn (unless ,(cl--make-type-test temp type)
              (signal 'wrong-type-argument (list ',type ,temp ',form)))
            ,temp)))
(defmacro cl-declare (&rest _specs)
  "Declare SPECS about the current function while compiling; ignored here."
  nil)
(defun cl--do-proclaim (_spec _hist) "Record a global declaration; ignored here." nil)

(defmacro cl-eval-when (when &rest body)
  "Control when BODY is evaluated.
Without a separate compiler, `load' and `eval' situations both run BODY now."
  (declare (indent 1) (debug (sexp body)))
  (if (or (memq 'eval when) (memq :execute when) (memq 'load when) (memq :load-toplevel when))
      (cons 'progn body)
    nil))

(defmacro cl-load-time-value (form &optional _read-only)
  "Like `progn', but evaluates the body at load time.
The result of the body appears to the compiler as a quoted constant."
  (declare (debug (form &optional sexp)))
  (list 'quote (eval form t)))

(defmacro cl-defsubst (name args &rest body)
  "Define NAME as a function.
Like `defun', except the function is automatically declared `inline' and
the arguments are immutable.
ARGLIST allows full Common Lisp conventions, and BODY is implicitly
surrounded by (cl-block NAME ...).
\n(fn NAME ARGLIST [DOCSTRING] BODY...)"
  (declare (debug cl-defun) (indent 2))
  `(cl-defun ,name ,args ,@body))

(defmacro cl-define-compiler-macro (func args &rest body)
  "Define a compiler-only macro.
This is like `defmacro', but macro expansion occurs only if the call to
FUNC is compiled (i.e., not interpreted).  tsmacs records it for
`cl-compiler-macroexpand'."
  (declare (debug cl-defmacro) (indent 2))
  (let ((whole (if (eq (car args) '&whole) (cadr args) (make-symbol "_whole")))
        (args (if (eq (car args) '&whole) (cddr args) args)))
    `(put ',func 'compiler-macro
          (cl-function (lambda (,whole ,@args) ,@body)))))

(defun cl-compiler-macroexpand (form)
  "Like `macroexpand', but for compiler macros.
Expands FORM repeatedly until no further expansion is possible.
Returns FORM unchanged if it has no compiler macro, or if it has a
macro that returns its `&whole' argument."
  (let ((done nil))
    (while (not done)
      (let* ((func (car-safe form))
             (handler (and (symbolp func) (get func 'compiler-macro))))
        (if (null handler) (setq done t)
          (let ((new (apply handler form (cdr form))))
            (if (eq new form) (setq done t) (setq form new)))))))
  form)

(provide 'cl-macs)
;;; cl-macs.el ends here
