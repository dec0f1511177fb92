;;; pcase.el --- ML-style pattern matching (GNU: lisp/emacs-lisp/pcase.el)  -*- lexical-binding: t -*-
;; Written for tsmacs.
;;
;; How patterns compile.  Each clause's pattern becomes one boolean expression built from "steps":
;; tests (`consp', `eq', predicates...) and assignments of sub-values to temporaries.  Every variable
;; the pattern binds gets a temporary of its own (shared by the branches of an `or'), so an
;; `or'-pattern costs the sum of its branches, never a product, and nothing is evaluated twice.  A
;; `pcase' is then
;;
;;     (let* ((VAL EXP) TEMP...)
;;       (cond (MATCH-1 (let ((VAR TEMP)...) BODY-1...))
;;             (MATCH-2 ...)))
;;
;; with no closures; bodies get fresh `let' bindings of their variables (so closures in a body capture
;; per-match bindings), and guards, `pred' and `app' functions see the variables bound so far in the
;; pattern the same way.  Destructuring forms (`pcase-let', `pcase-setq'...) compile the pattern in
;; "don't care" mode, where tests whose failure would leave no other clause are dropped, as in GNU.

(defvar pcase--temps nil "Temporaries needed by the clauses being compiled.")
(defvar pcase--vars nil "Alist (VAR . TEMP) of the clause being compiled.")
(defvar pcase--dontcare nil "Non-nil while compiling a pattern that is assumed to match.")
(defvar pcase--counter 0 "Counter making temporary names readable and distinct.")

(defun pcase--temp (&optional name)
  "A fresh temporary (an uninterned symbol), recorded in `pcase--temps'."
  (let ((s (make-symbol (format "%s%d" (or name "x") (setq pcase--counter (1+ pcase--counter))))))
    (setq pcase--temps (cons s pcase--temps))
    s))

(defun pcase--var-temp (var)
  "The temporary holding pattern variable VAR in the current clause."
  (let ((cell (assq var pcase--vars)))
    (if cell (cdr cell)
      (let ((tmp (pcase--temp (symbol-name var))))
        (setq pcase--vars (cons (cons var tmp) pcase--vars))
        tmp))))

(defun pcase--self-quoting-p (pat)
  "Non-nil if PAT is a pattern that stands for itself quoted."
  (or (keywordp pat) (integerp pat) (stringp pat)))

(defun pcase--get-macroexpander (s)
  "Return the pcase macroexpander of pattern head S, or nil."
  (and (symbolp s) (get s 'pcase-macroexpander)))

(defun pcase--macroexpand (pat)
  "Expand all macro-patterns at the top of PAT and inside `and', `or' and `app'."
  (let ((head (car-safe pat)))
    (cond
     ((null head) (if (pcase--self-quoting-p pat) (list 'quote pat) pat))
     ;; Backquote and `let' patterns are compiled directly (see `pcase--c').
     ((memq head '(pred guard quote \` let)) pat)
     ((memq head '(or and)) (cons head (mapcar #'pcase--macroexpand (cdr pat))))
     ((eq head 'app) (list 'app (nth 1 pat) (pcase--macroexpand (nth 2 pat))))
     (t
      (let* ((expander (pcase--get-macroexpander head))
             (npat (if expander (apply expander (cdr pat)))))
        (if (null npat)
            (error (if expander "Unexpandable %s pattern: %S" "Unknown %s pattern: %S") head pat)
          (pcase--macroexpand npat)))))))

;;; Pattern compilation: PAT against the copyable expression VAL, with BOUND the variables bound so
;;; far on this path.  Returns (STEPS . BOUND) where STEPS is a list of (test . EXP) and
;;; (set TEMP . EXP), in order.

(defun pcase--env-for (bound exp)
  "The (VAR TEMP) bindings of the variables in BOUND that EXP might refer to."
  (let ((res nil))
    (dolist (v bound)
      (if (pcase--mentions-p v exp)
          (setq res (cons (list v (cdr (assq v pcase--vars))) res))))
    res))

(defun pcase--mentions-p (sym tree)
  "Non-nil if SYM occurs in TREE."
  (cond ((eq sym tree) t)
        ((consp tree)
         (let ((found nil))
           (while (and (consp tree) (not found))
             (setq found (pcase--mentions-p sym (car tree)) tree (cdr tree)))
           (or found (eq tree sym))))
        ((vectorp tree)
         (let ((found nil) (i 0) (n (length tree)))
           (while (and (< i n) (not found))
             (setq found (pcase--mentions-p sym (aref tree i)) i (1+ i)))
           found))
        (t nil)))

(defun pcase--in-env (bound exp)
  "EXP wrapped so that the pattern variables in BOUND are visible to it."
  (let ((env (pcase--env-for bound exp)))
    (if env `(let ,env ,exp) exp)))

(defun pcase--call (fun val)
  "The plain call of the `pred'/`app' function FUN on VAL."
  (cond
   ((symbolp fun) (list fun val))
   ;; (pcase--flip F ARG) calls (F VAL ARG).
   ((eq (car fun) 'pcase--flip) (list (nth 1 fun) val (nth 2 fun)))
   ((memq (car fun) '(lambda closure))
    `(funcall #',fun ,val))
   ((eq (car fun) 'function) `(funcall ,fun ,val))
   (t (append fun (list val)))))

(defun pcase--funcall (fun val bound)
  "Code calling the `pred'/`app' function FUN on VAL, seeing the pattern variables in BOUND."
  (cond
   ((symbolp fun) (list fun val))
   ((eq (car-safe fun) 'not) (list 'not (pcase--funcall (cadr fun) val bound)))
   (t
    (let ((env (pcase--env-for bound fun)))
      (cond
       ((null env) (pcase--call fun val))
       ;; VAL must not be captured by the bindings that make the variables visible to FUN.
       ((let ((clash nil)) (dolist (b env) (if (pcase--mentions-p (car b) val) (setq clash t))) clash)
        (let ((g (make-symbol "x")))
          `(let ((,g ,val)) (let ,env ,(pcase--call fun g)))))
       (t `(let ,env ,(pcase--call fun val))))))))

(defun pcase--const-test (v val)
  "Code testing that VAL is the constant V."
  (cond ((null v) (list 'null val))
        ((symbolp v) `(eq ,val ',v))
        ((integerp v) (if (fixnump v) `(eq ,val ,v) `(eql ,val ,v)))
        ((floatp v) `(eql ,val ,v))
        (t `(equal ,val ',v))))

(defun pcase--const-pattern-p (pat)
  "Non-nil if PAT (expanded) is a quoted constant."
  (eq (car-safe pat) 'quote))

(defun pcase--sub (pat exp bound)
  "Compile PAT against the value of the expression EXP (not copyable).
Like `pcase--c', but stores EXP in a temporary first unless PAT uses its value once at most."
  (cond
   ((memq pat '(_ t)) (cons nil bound))
   ((and (symbolp pat) pat (not (keywordp pat)) (not (memq pat bound)))
    (cons (list (cons 'set (cons (pcase--var-temp pat) exp))) (cons pat bound)))
   ((or (pcase--self-quoting-p pat) (eq (car-safe pat) 'quote) (eq (car-safe pat) 'pred))
    (pcase--c pat exp bound))
   (t
    (let* ((tmp (pcase--temp))
           (r (pcase--c pat tmp bound)))
      (cons (cons (cons 'set (cons tmp exp)) (car r)) (cdr r))))))

(defun pcase--test (exp)
  "A list of one test step for EXP, or nil in don't-care mode."
  (if pcase--dontcare nil (list (cons 'test exp))))

(defun pcase--c (pat val bound)
  "Compile pattern PAT against the copyable expression VAL; see the section comment."
  (cond
   ((memq pat '(_ t)) (cons nil bound))
   ((pcase--self-quoting-p pat) (cons (pcase--test (pcase--const-test pat val)) bound))
   ((and (symbolp pat) pat)
    (if (memq pat bound)
        ;; A variable seen before on this path: the second occurrence tests for equality.
        (cons (pcase--test `(eql ,(cdr (assq pat pcase--vars)) ,val)) bound)
      (cons (list (cons 'set (cons (pcase--var-temp pat) val))) (cons pat bound))))
   ((not (consp pat)) (error "Unknown pattern `%S'" pat))
   (t
    (let ((head (car pat)))
      (cond
       ((eq head 'quote) (cons (pcase--test (pcase--const-test (cadr pat) val)) bound))
       ((eq head 'pred) (cons (pcase--test (pcase--funcall (cadr pat) val bound)) bound))
       ((eq head 'guard) (cons (pcase--test (pcase--in-env bound (cadr pat))) bound))
       ((eq head 'app)
        (let ((fun (nth 1 pat)) (sub (nth 2 pat)))
          (if (memq sub '(_ t))
              (cons nil bound)
            (pcase--sub sub (pcase--funcall fun val bound) bound))))
       ((eq head 'and)
        (let ((steps nil) (pats (cdr pat)))
          (while pats
            (let ((r (pcase--c (car pats) val bound)))
              (setq steps (append steps (car r)) bound (cdr r) pats (cdr pats))))
          (cons steps bound)))
       ((eq head 'or) (pcase--or (cdr pat) val bound))
       ((eq head '\`) (pcase--qpat (cadr pat) val bound))
       ((eq head 'let) (pcase--sub (nth 1 pat) (pcase--in-env bound (nth 2 pat)) bound))
       (t
        (let ((expander (pcase--get-macroexpander head)))
          (unless expander (error "Unknown %s pattern: %S" head pat))
          (let ((npat (apply expander (cdr pat))))
            (unless npat (error "Unexpandable %s pattern: %S" head pat))
            (pcase--c npat val bound)))))))))

(defun pcase--or (pats val bound)
  "Compile the `or' of patterns PATS against VAL."
  (let ((expanded (mapcar #'pcase--macroexpand pats)))
    (if (and expanded (not pcase--dontcare)
             (let ((all t)) (dolist (p expanded) (unless (pcase--const-pattern-p p) (setq all nil))) all))
        ;; Alternatives that are all constants test membership in one go.
        (let* ((vals (mapcar #'cadr expanded))
               (fn (cond ((let ((ok t)) (dolist (v vals) (unless (symbolp v) (setq ok nil))) ok) 'memq)
                         ((let ((ok t)) (dolist (v vals) (unless (or (symbolp v) (numberp v)) (setq ok nil))) ok)
                          'memql)
                         (t 'member))))
          (cons (list (cons 'test (if (cdr vals) `(,fn ,val ',vals) (pcase--const-test (car vals) val))))
                bound))
      (let ((results nil) (all-new nil) (n (length expanded)) (i 0))
        (dolist (p expanded)
          (setq i (1+ i))
          ;; In don't-care mode only the last alternative may skip its tests.
          (let* ((pcase--dontcare (and pcase--dontcare (= i n)))
                 (r (pcase--c p val bound)))
            (setq results (cons r results))
            (dolist (v (cdr r))
              (unless (or (memq v bound) (memq v all-new)) (setq all-new (cons v all-new))))))
        (setq results (nreverse results) all-new (nreverse all-new))
        (let ((alts nil))
          (dolist (r results)
            ;; Variables bound only by other alternatives are nil when this one matches.
            (let ((missing nil))
              (dolist (v all-new)
                (unless (memq v (cdr r)) (setq missing (cons v missing))))
              (setq alts (cons (pcase--assemble
                                (append (car r)
                                        (mapcar (lambda (v) (cons 'set (cons (cdr (assq v pcase--vars)) nil)))
                                                missing)))
                               alts))))
          ;; Alternatives after one that always matches are never tried.
          (setq alts (nreverse alts))
          (let ((tail (memq t alts))) (if tail (setcdr tail nil)))
          (cons (cond ((eq (car alts) t) nil)
                      ((null (cdr alts)) (list (cons 'test (car alts))))
                      (t (list (cons 'test (cons 'or alts)))))
                (append (reverse all-new) bound)))))))

(defun pcase--qpat (qpat val bound)
  "Compile the backquote pattern QPAT against VAL."
  (cond
   ((eq (car-safe qpat) '\,) (pcase--c (cadr qpat) val bound))
   ((consp qpat)
    (let* ((r1 (pcase--qsub (car qpat) (list (if pcase--dontcare 'car-safe 'car) val) bound))
           (r2 (pcase--qsub (cdr qpat) (list (if pcase--dontcare 'cdr-safe 'cdr) val) (cdr r1))))
      (cons (append (pcase--test `(consp ,val)) (car r1) (car r2)) (cdr r2))))
   ((vectorp qpat)
    (let ((n (length qpat)) (i 0) (steps (pcase--test `(and (vectorp ,val) (= (length ,val) ,(length qpat))))))
      (while (< i n)
        (let ((r (pcase--qsub (aref qpat i) `(aref ,val ,i) bound)))
          (setq steps (append steps (car r)) bound (cdr r) i (1+ i))))
      (cons steps bound)))
   ((null qpat) (cons (pcase--test `(null ,val)) bound))
   ((or (stringp qpat) (numberp qpat) (symbolp qpat))
    (cons (pcase--test (pcase--const-test qpat val)) bound))
   (t (error "Unknown QPAT: %S" qpat))))

(defun pcase--qsub (qpat exp bound)
  "Compile backquote pattern QPAT against the value of EXP (not copyable)."
  (cond
   ((eq (car-safe qpat) '\,) (pcase--sub (cadr qpat) exp bound))
   ((or (consp qpat) (vectorp qpat))
    (let* ((tmp (pcase--temp))
           (r (pcase--qpat qpat tmp bound)))
      (cons (cons (cons 'set (cons tmp exp)) (car r)) (cdr r))))
   (t (pcase--qpat qpat exp bound))))

(defun pcase--assemble (steps)
  "Turn STEPS into one boolean expression."
  (cond
   ((null steps) t)
   ((eq (car (car steps)) 'test)
    (let ((test (cdr (car steps)))
          (rest (pcase--assemble (cdr steps))))
      (cond ((eq rest t) test)
            ((eq (car-safe rest) 'and) (cons 'and (cons test (cdr rest))))
            (t (list 'and test rest)))))
   (t
    (let ((sets nil))
      (while (and steps (eq (car (car steps)) 'set))
        (setq sets (cons (cdr (cdr (car steps))) (cons (car (cdr (car steps))) sets))
              steps (cdr steps)))
      (list 'progn (cons 'setq (nreverse sets)) (pcase--assemble steps))))))

(defun pcase--compile-clause (pat val)
  "Compile clause pattern PAT against VAL: (TEST . BINDINGS) with BINDINGS a list of (VAR TEMP)."
  (let* ((pcase--vars nil)
         (r (pcase--c pat val nil))
         (bindings (mapcar (lambda (v) (list v (cdr (assq v pcase--vars)))) (reverse (cdr r)))))
    (cons (pcase--assemble (car r)) bindings)))

(defun pcase--body (bindings body)
  "BODY (a list of forms) with BINDINGS in effect."
  (if bindings `(let ,bindings ,@body) (macroexp-progn body)))

(defun pcase--expand (exp cases)
  "The code of (pcase EXP . CASES)."
  (let* ((pcase--temps nil)
         (val (if (macroexp-copyable-p exp) exp (pcase--temp "val")))
         (clauses nil)
         (seen-consts nil))
    (dolist (case cases)
      (let ((pat (car case)))
        (when (eq pat 'pcase--dontcare) (setq pat '_))
        ;; Constants that an earlier unconditional constant clause already caught are dropped from
        ;; `or' patterns, so the membership test stays minimal.
        (let ((xpat (pcase--macroexpand pat)))
          (when (and seen-consts (eq (car-safe xpat) 'or))
            (let ((alts (delq nil (mapcar (lambda (p) (unless (and (pcase--const-pattern-p p)
                                                                  (member (cadr p) seen-consts))
                                                        p))
                                          (cdr xpat)))))
              (setq xpat (if (cdr alts) (cons 'or alts) (car alts)))))
          (when (pcase--const-pattern-p xpat) (setq seen-consts (cons (cadr xpat) seen-consts)))
          (let ((c (pcase--compile-clause xpat val)))
            (setq clauses (cons (cons (car c) (pcase--body (cdr c) (or (cdr case) '(nil)))) clauses))))))
    (setq clauses (nreverse clauses))
    ;; Drop clauses after an unconditional one.
    (let ((tail clauses))
      (while tail
        (if (eq (car (car tail)) t) (setcdr tail nil))
        (setq tail (cdr tail))))
    (let* ((code (cond ((null clauses) nil)
                       ((and (null (cdr clauses)) (eq (car (car clauses)) t)) (cdr (car clauses)))
                       ((null (cdr clauses)) `(if ,(car (car clauses)) ,(cdr (car clauses))))
                       (t (cons 'cond (mapcar (lambda (c) (cons (car c) (macroexp-unprogn (cdr c))))
                                              clauses)))))
           (temps (delq val (nreverse pcase--temps))))
      (cond ((eq val exp) (if temps `(let ,temps ,code) code))
            (t `(let* ((,val ,exp) ,@temps) ,code))))))

(defmacro pcase (exp &rest cases)
  "Evaluate EXP to get EXPVAL; try passing control to one of CASES.
CASES is a list of elements of the form (PATTERN CODE...).
For the first CASE whose PATTERN \"matches\" EXPVAL,
evaluate its CODE..., and return the value of the last form.
If no CASE has a PATTERN that matches, return nil.

PATTERN can take one of the forms:

  _                matches anything.
  \\='VAL             matches if EXPVAL is `equal' to VAL.
  KEYWORD          shorthand for \\='KEYWORD
  INTEGER          shorthand for \\='INTEGER
  STRING           shorthand for \\='STRING
  SYMBOL           matches anything and binds it to SYMBOL.
                   If a SYMBOL is used twice in the same pattern
                   the second occurrence becomes an `eq'uality test.
  (pred FUN)       matches if FUN called on EXPVAL returns non-nil.
  (pred (not FUN)) matches if FUN called on EXPVAL returns nil.
  (app FUN PAT)    matches if FUN called on EXPVAL matches PAT.
  (guard BOOLEXP)  matches if BOOLEXP evaluates to non-nil.
  (and PAT...)     matches if all the patterns match.
  (or PAT...)      matches if any of the patterns matches.
  \\=`QPAT            matches the backquote-style template QPAT.
  (let PAT EXPR)   matches if EXPR matches PAT.

FUN in `pred' and `app' can take one of the forms:
  SYMBOL  or  (lambda ARGS BODY)
     call it with one argument
  (F ARG1 .. ARGn)
     call F with ARG1..ARGn and EXPVAL as n+1'th argument

FUN, BOOLEXP, and subsequent PAT can refer to variables
bound earlier in the pattern by a SYMBOL pattern.

Additional patterns can be defined using `pcase-defmacro'."
  (declare (indent 1) (debug (form &rest (pcase-PAT body))))
  (pcase--expand exp cases))

(defmacro pcase-exhaustive (exp &rest cases)
  "The exhaustive version of `pcase' (which see).
If EXP fails to match any of the patterns in CASES, an error is signaled."
  (declare (indent 1) (debug pcase))
  (let ((x (gensym "x")))
    (pcase--expand exp (append cases `((,x (error "No clause matching `%S'" ,x)))))))

(defun pcase--trivial-upat-p (upat)
  "Non-nil if UPAT is a plain variable."
  (and (symbolp upat) upat (not (memq upat '(t _ pcase--dontcare))) (not (keywordp upat))))

(defun pcase--destructure (pat val)
  "Compile PAT (assumed to match) against copyable VAL: (STEPS-CODE . BINDINGS).
When no test survives, STEPS-CODE is nil and BINDINGS bind the variables directly in order
\(`let*' style, temporaries included); otherwise STEPS-CODE must run first and BINDINGS are (VAR TEMP)."
  (let* ((pcase--dontcare t)
         (pcase--vars nil)
         (r (pcase--c pat val nil))
         (steps (car r)))
    (if (let ((ok t)) (dolist (s steps) (unless (eq (car s) 'set) (setq ok nil))) ok)
        ;; Only assignments: they become `let*' bindings, with variables bound directly.
        (let ((temp-var (mapcar (lambda (c) (cons (cdr c) (car c))) pcase--vars)))
          (setq pcase--temps (delq nil (mapcar (lambda (tmp) (unless (assq tmp temp-var) tmp)) pcase--temps)))
          (cons nil (mapcar (lambda (s)
                              (let ((user (assq (cadr s) temp-var)))
                                (list (if user (cdr user) (cadr s))
                                      (pcase--rename-temps (cddr s) temp-var))))
                            steps)))
      (cons (pcase--assemble steps)
            (mapcar (lambda (v) (list v (cdr (assq v pcase--vars)))) (reverse (cdr r)))))))

(defun pcase--rename-temps (exp temp-var)
  "EXP with variable temporaries replaced by their variables (per the alist TEMP-VAR)."
  (cond ((symbolp exp) (let ((c (assq exp temp-var))) (if c (cdr c) exp)))
        ((and (consp exp) (not (eq (car exp) 'quote)))
         (cons (pcase--rename-temps (car exp) temp-var) (pcase--rename-temps (cdr exp) temp-var)))
        (t exp)))

(defun pcase--let* (bindings body)
  "The code of (pcase-let* BINDINGS . BODY)."
  (cond
   ((null bindings) (macroexp-progn body))
   ((pcase--trivial-upat-p (car (car bindings)))
    (macroexp-let* (list (car bindings)) (pcase--let* (cdr bindings) body)))
   (t
    (let* ((binding (car bindings))
           (pat (car binding))
           (exp (cadr binding))
           (pcase--temps nil)
           (val (if (macroexp-copyable-p exp) exp (pcase--temp "x")))
           (d (pcase--destructure pat val))
           (rest (pcase--let* (cdr bindings) body))
           (pre (if (eq val exp) nil (list (list val exp)))))
      (if (null (car d))
          ;; Every temporary is bound by its own step here.
          (macroexp-let* (append pre (cdr d)) rest)
        `(let* (,@pre ,@(delq val (nreverse pcase--temps)))
           ,(car d)
           ,(pcase--body (cdr d) (list rest))))))))

(defmacro pcase-let* (bindings &rest body)
  "Like `let*', but supports destructuring BINDINGS using `pcase' patterns.
As with `pcase-let', BINDINGS are of the form (PATTERN EXP), but the
EXP in each binding in BINDINGS can use the results of the destructuring
bindings that precede it in BINDINGS' order.

Each EXP should match (i.e. be of compatible structure) to its
respective PATTERN; a mismatch may signal an error or may go
undetected, binding variables to arbitrary values, such as nil."
  (declare (indent 1) (debug ((&rest (pcase-PAT &optional form)) body)))
  (pcase--let* bindings body))

(defmacro pcase-let (bindings &rest body)
  "Like `let', but supports destructuring BINDINGS using `pcase' patterns.
BODY should be a list of expressions, and BINDINGS should be a list of
bindings of the form (PATTERN EXP).
All EXPs are evaluated first, and then used to perform destructuring
bindings by matching each EXP against its respective PATTERN.  Then
BODY is evaluated with those bindings in effect.

Each EXP should match (i.e. be of compatible structure) to its
respective PATTERN; a mismatch may signal an error or may go
undetected, binding variables to arbitrary values, such as nil."
  (declare (indent 1) (debug pcase-let*))
  (if (null (cdr bindings))
      `(pcase-let* ,bindings ,@body)
    (let ((simple nil) (matches nil) (i 0))
      (dolist (binding bindings)
        (cond
         ((memq (car binding) '(t _ pcase--dontcare))
          (setq simple (cons (cons (make-symbol "_") (cdr binding)) simple)))
         ((pcase--trivial-upat-p (car binding)) (setq simple (cons binding simple)))
         (t
          (let ((tmp (make-symbol (format "x%d" i))))
            (setq simple (cons (cons tmp (cdr binding)) simple)
                  matches (cons (list (car binding) tmp) matches)))))
        (setq i (1+ i)))
      `(let ,(nreverse simple) (pcase-let* ,(nreverse matches) ,@body)))))

(defmacro pcase-dolist (spec &rest body)
  "Eval BODY once for each set of bindings defined by PATTERN and LIST elements.
PATTERN should be a `pcase' pattern describing the structure of
LIST elements; the variables of PATTERN are bound as by `pcase-let'.
\n(fn (PATTERN LIST) BODY...)"
  (declare (indent 1) (debug ((pcase-PAT form) body)))
  (if (pcase--trivial-upat-p (car spec))
      `(dolist ,spec ,@body)
    (let ((tmpvar (gensym "x")))
      `(dolist (,tmpvar ,@(cdr spec))
         (pcase-let* ((,(car spec) ,tmpvar))
           ,@body)))))

(defmacro pcase-lambda (lambda-list &rest body)
  "Like `lambda' but allow each argument to be a pattern.
I.e. accepts the usual &optional and &rest keywords, but every
formal argument can be any pattern accepted by `pcase' (a mere
variable name being but a special case of it)."
  (declare (doc-string 2) (indent defun) (debug (&define (&rest pcase-PAT) lambda-doc def-body)))
  (let* ((bindings nil)
         (n 0)
         (parsed (macroexp-parse-body body))
         (args (mapcar (lambda (pat)
                         (if (symbolp pat)
                             pat
                           (let ((arg (make-symbol (format "arg%s" n))))
                             (setq n (1+ n) bindings (cons (list pat arg) bindings))
                             arg)))
                       lambda-list)))
    `(lambda ,args ,@(car parsed)
       (pcase-let* ,(nreverse bindings) ,@(cdr parsed)))))

(defmacro pcase-setq (pat val &rest args)
  "Assign values to variables by destructuring with `pcase'.
PATTERNS are normal `pcase' patterns, and VALUES are expression.
Evaluation happens sequentially as in `setq' (not in parallel).
VAL is presumed to match PAT.  Failure to match may signal an error or go
undetected, binding variables to arbitrary values, such as nil.

\(fn PATTERNS VALUE PATTERN VALUES ...)"
  (declare (debug (&rest [pcase-PAT form])))
  (cond
   (args
    (unless (= 0 (% (length args) 2))
      (signal 'wrong-number-of-arguments (list 'pcase-setq (+ 2 (length args)))))
    (let ((result nil) (rest args))
      (while rest
        (setq result (cons `(pcase-setq ,(car rest) ,(cadr rest)) result) rest (cddr rest)))
      `(progn (pcase-setq ,pat ,val) ,@(nreverse result))))
   ((pcase--trivial-upat-p pat) `(setq ,pat ,val))
   (t
    (let* ((pcase--temps nil)
           (valsym (if (macroexp-copyable-p val) val (pcase--temp "x")))
           (pcase--dontcare t)
           (pcase--vars nil)
           (r (pcase--c pat valsym nil))
           (code (pcase--assemble (car r)))
           (sets (apply #'append (mapcar (lambda (v) (list v (cdr (assq v pcase--vars))))
                                         (reverse (cdr r))))))
      `(let* (,@(if (eq valsym val) nil (list (list valsym val)))
              ,@(delq valsym (nreverse pcase--temps)))
         ,@(if (eq code t) nil (list code))
         ,(if sets `(setq ,@sets) nil))))))

(defun pcase-compile-patterns (exp cases)
  "Compile the set of patterns in CASES.
EXP is the expression that will be matched against the patterns.
CASES is a list of elements (PAT . CODEGEN) where CODEGEN is a function
that returns the code to use when PAT matches.  That code should
be called with VARS as its first argument: a list of (VAR VAL) pairs."
  (let* ((pcase--temps nil)
         (val (if (macroexp-copyable-p exp) exp (pcase--temp "val")))
         (clauses
          (mapcar (lambda (case)
                    (let* ((pcase--dontcare (eq (car case) 'pcase--dontcare))
                           (c (pcase--compile-clause (if pcase--dontcare '_ (car case)) val)))
                      (list (car c) (funcall (cdr case) (cdr c)))))
                  cases))
         (temps (delq val (nreverse pcase--temps))))
    `(let* (,@(if (eq val exp) nil (list (list val exp))) ,@temps)
       (cond ,@clauses))))

(defmacro pcase-defmacro (name args &rest body)
  "Define a new kind of pcase PATTERN, by macro expansion.
Patterns of the form (NAME ...) will be expanded according
to this macro.
\n(fn NAME ARGS [DOC] &rest BODY...)"
  (declare (indent 2) (debug defun) (doc-string 3))
  (let ((fsym (intern (format "%s--pcase-macroexpander" name)))
        (decl (assq 'declare body)))
    (when decl (setq body (remove decl body)))
    `(progn
       (defun ,fsym ,args ,@body)
       ;; The pattern's Edebug spec, which `pcase-PAT' looks up on the expander.
       ,@(when (assq 'debug (cdr decl))
           `((put ',fsym 'edebug-form-spec ',(cadr (assq 'debug (cdr decl))))))
       (put ',name 'pcase-macroexpander #',fsym))))

(defmacro pcase--flip (fun arg1 arg2)
  "Helper function, used internally to avoid (funcall (lambda ...) ...)."
  `(,fun ,arg2 ,arg1))

(pcase-defmacro \` (qpat)
  "Backquote-style pcase patterns: \\=`QPAT
QPAT can take the following forms:
  (QPAT1 . QPAT2)       matches if QPAT1 matches the car and QPAT2 the cdr.
  [QPAT1 QPAT2..QPATn]  matches a vector of length n and QPAT1..QPATn match
                           its 0..(n-1)th elements, respectively.
  ,PAT                  matches if the `pcase' pattern PAT matches.
  SYMBOL                matches if EXPVAL is `equal' to SYMBOL.
  KEYWORD               likewise for KEYWORD.
  NUMBER                likewise for NUMBER.
  STRING                likewise for STRING."
  ;; `pcase--c' compiles backquote patterns directly; this expander serves code that
  ;; calls `pcase--macroexpand' itself.
  (cond
   ((eq (car-safe qpat) '\,) (cadr qpat))
   ((vectorp qpat)
    `(and (pred vectorp)
          (app length ,(length qpat))
          ,@(let ((upats nil) (i 0))
              (while (< i (length qpat))
                (setq upats (cons `(app (pcase--flip aref ,i) ,(list '\` (aref qpat i))) upats)
                      i (1+ i)))
              (nreverse upats))))
   ((consp qpat)
    `(and (pred consp)
          (app car-safe ,(list '\` (car qpat)))
          (app cdr-safe ,(list '\` (cdr qpat)))))
   ((or (stringp qpat) (numberp qpat) (symbolp qpat)) (list 'quote qpat))
   (t (error "Unknown QPAT: %S" qpat))))

(pcase-defmacro let (pat expr)
  "Matches if EXPR matches PAT."
  `(app (lambda (_) ,expr) ,pat))

(provide 'pcase)
;;; pcase.el ends here
