;;; cl-loop.el --- the `cl-loop' macro (GNU: the cl-loop part of lisp/emacs-lisp/cl-macs.el)  -*- lexical-binding: t -*-
;; Written for tsmacs.
;;
;; A loop expands to
;;
;;     (cl-block NAME
;;       (let* (BINDINGS...)
;;         INITIALLY...
;;         (while (and CHAIN...) STEPS...)
;;         FINALLY...
;;         RESULT))
;;
;; CHAIN holds, in clause order, the termination tests and per-iteration assignments of the
;; iteration clauses and the body clauses (each must yield non-nil to go on); STEPS advance the
;; iteration variables at the end of an iteration.  Accumulations use `push' plus a final
;; `nreverse', or a tail pointer for `into' variables, so collecting is linear; no closure is
;; created per iteration.  Clauses that exit early (`return', `always', `thereis'...) leave the
;; block directly, skipping FINALLY as in GNU.

(defvar cl--loop-args nil "The loop clauses still to parse.")
(defvar cl--loop-name nil "The name of the loop's block.")
(defvar cl--loop-bindings nil "Reversed list of (VAR INIT) bindings of the loop.")
(defvar cl--loop-body nil "Reversed CHAIN forms.")
(defvar cl--loop-steps nil "Reversed STEP forms.")
(defvar cl--loop-initially nil "Reversed INITIALLY forms.")
(defvar cl--loop-finally nil "Reversed FINALLY forms.")
(defvar cl--loop-result nil "The `finally return' form, as (FORM), or nil.")
(defvar cl--loop-default-result nil "The default result form, as (FORM), or nil.")
(defvar cl--loop-accum nil "The variable of the default accumulation, or nil.")
(defvar cl--loop-accum-kind nil "The kind of the default accumulation.")
(defvar cl--loop-first-flag nil "Variable that is t during the first iteration, or nil if not needed.")
(defvar cl--loop-symbol-macs nil "Symbol macros (VAR EXPANSION) of `in-ref' and `across-ref' clauses.")
(defvar cl--loop-into-tails nil "Alist of `collect into' variables and their tail pointers.")

(defconst cl--loop-keywords
  '(named with for as repeat while until always never thereis collect collecting append appending
    nconc nconcing concat vconcat count counting sum summing maximize maximizing minimize minimizing
    if when unless else end and do doing return initially finally))

(defun cl--loop-temp (name &optional init)
  "A fresh variable bound to INIT for the whole loop."
  (let ((v (make-symbol name)))
    (push (list v init) cl--loop-bindings)
    v))

(defun cl--loop-bind (var init)
  "Bind VAR (a symbol or a destructuring pattern) for the loop, to INIT (patterns to nil)."
  (cond ((null var))
        ((symbolp var) (push (list var init) cl--loop-bindings))
        (t (dolist (v (cl--loop-pattern-vars var)) (push (list v nil) cl--loop-bindings)))))

(defun cl--loop-pattern-vars (pat)
  "The variables of the destructuring pattern PAT."
  (cond ((null pat) nil)
        ((symbolp pat) (list pat))
        ((consp pat) (append (cl--loop-pattern-vars (car pat)) (cl--loop-pattern-vars (cdr pat))))
        ((vectorp pat) (apply #'append (mapcar #'cl--loop-pattern-vars pat)))
        (t nil)))

(defun cl--loop-sets (pat exp)
  "A list (VAR VAL ...) of `setq' arguments assigning the pattern PAT from the copyable EXP."
  (cond ((null pat) nil)
        ((symbolp pat) (list pat exp))
        ((consp pat) (append (cl--loop-sets (car pat) `(car-safe ,exp))
                             (cl--loop-sets (cdr pat) `(cdr-safe ,exp))))
        (t (error "Bad cl-loop destructuring pattern: %S" pat))))

(defun cl--loop-set-form (pat exp)
  "A form assigning the pattern PAT from EXP and returning t."
  (if (symbolp pat)
      (if pat `(progn (setq ,pat ,exp) t) t)
    (let ((tmp (cl--loop-temp "x")))
      `(progn (setq ,tmp ,exp ,@(cl--loop-sets pat tmp)) t))))

(defun cl--loop-first ()
  "The first-iteration flag variable, created on demand."
  (or cl--loop-first-flag
      (setq cl--loop-first-flag (make-symbol "--cl-first--"))))

(defun cl--loop-step-fn (fn exp)
  "The form applying the `by' function FN to EXP."
  (if (memq (car-safe fn) '(quote function))
      (list (cadr fn) exp)
    `(funcall ,fn ,exp)))

(defun cl--loop-const-or-temp (exp name)
  "EXP itself if constant, else a loop variable bound to it."
  (if (macroexp-const-p exp) exp (cl--loop-temp name exp)))

;;; Iteration clauses

(defun cl--parse-for-clause (parallel)
  "Parse one `for VAR ...' clause (the `for' is consumed).  Return its step forms, as (VAR EXP) pairs
when PARALLEL steps are needed, else as a list of forms."
  (let* ((var (pop cl--loop-args))
         (word (pop cl--loop-args))
         (steps nil))
    (if (eq word 'being) (setq word (pop cl--loop-args)))
    (if (memq word '(the each)) (setq word (pop cl--loop-args)))
    (cond
     ((memq word '(from downfrom upfrom to downto upto above below by))
      (push word cl--loop-args)
      (let ((start nil) (end nil) (step nil) (down nil) (incl t))
        (while (memq (car cl--loop-args) '(from downfrom upfrom to downto upto above below by))
          (let ((kw (pop cl--loop-args)) (val (pop cl--loop-args)))
            (pcase kw
              ('from (setq start val))
              ('upfrom (setq start val))
              ('downfrom (setq start val down t))
              ('to (setq end val))
              ('upto (setq end val))
              ('downto (setq end val down t))
              ('below (setq end val incl nil))
              ('above (setq end val incl nil down t))
              ('by (setq step val)))))
        (cl--loop-bind var (or start 0))
        (let ((endv (and end (cl--loop-const-or-temp end "end")))
              (stepv (if step (cl--loop-const-or-temp step "step") 1)))
          (when end
            (push (list (if down (if incl '>= '>) (if incl '<= '<)) var endv) cl--loop-body))
          (push (list var (list (if down '- '+) var stepv)) steps))))
     ((memq word '(in in-ref))
      (let* ((listv (pop cl--loop-args))
             (by (if (eq (car cl--loop-args) 'by) (progn (pop cl--loop-args) (pop cl--loop-args))))
             (tail (cl--loop-temp "tail" listv)))
        (cl--loop-bind var nil)
        (push `(consp ,tail) cl--loop-body)
        (if (eq word 'in-ref)
            (push (list var `(car ,tail)) cl--loop-symbol-macs)
          (push (cl--loop-set-form var `(car ,tail)) cl--loop-body))
        (push (list tail (if by (cl--loop-step-fn by tail) `(cdr ,tail))) steps)))
     ((eq word 'on)
      (let* ((listv (pop cl--loop-args))
             (by (if (eq (car cl--loop-args) 'by) (progn (pop cl--loop-args) (pop cl--loop-args)))))
        (if (and var (symbolp var))
            (progn
              (cl--loop-bind var listv)
              (push `(consp ,var) cl--loop-body)
              (push (list var (if by (cl--loop-step-fn by var) `(cdr ,var))) steps))
          (let ((tail (cl--loop-temp "tail" listv)))
            (cl--loop-bind var nil)
            (push `(consp ,tail) cl--loop-body)
            (push (cl--loop-set-form var tail) cl--loop-body)
            (push (list tail (if by (cl--loop-step-fn by tail) `(cdr ,tail))) steps)))))
     ((memq word '(across across-ref))
      (let* ((arr (cl--loop-temp "array" (pop cl--loop-args)))
             (idx (cl--loop-temp "i" -1)))
        (cl--loop-bind var nil)
        (push `(< (setq ,idx (1+ ,idx)) (length ,arr)) cl--loop-body)
        (if (eq word 'across-ref)
            (push (list var `(aref ,arr ,idx)) cl--loop-symbol-macs)
          (push (cl--loop-set-form var `(aref ,arr ,idx)) cl--loop-body))))
     ((eq word '=)
      (let* ((start (pop cl--loop-args))
             (then (if (eq (car cl--loop-args) 'then) (progn (pop cl--loop-args) (pop cl--loop-args)) start)))
        (cl--loop-bind var nil)
        (cond
         ((eq start then) (push (cl--loop-set-form var start) cl--loop-body))
         ((or parallel (eq (car cl--loop-args) 'and))
          ;; Stepped at the end of the iteration, in parallel with the other `and' clauses.
          (push (cl--loop-set-form var `(if ,(cl--loop-first) ,start ,(if (symbolp var) var start)))
                cl--loop-body)
          (if (symbolp var)
              (push (list var then) steps)
            (push (list (make-symbol "ignored") `(progn (setq ,@(cl--loop-sets var then)) nil)) steps)))
         (t (push (cl--loop-set-form var `(if ,(cl--loop-first) ,start ,then)) cl--loop-body)))))
     ((memq word '(element elements))
      (let ((ref (and (eq (car cl--loop-args) 'of-ref) (pop cl--loop-args))))
        (unless ref (if (memq (car cl--loop-args) '(of in)) (pop cl--loop-args)))
        (let ((seq (pop cl--loop-args)))
          (if ref
              ;; VAR stands for the place (elt SEQ I).
              (let ((seqv (cl--loop-temp "seq" seq)) (idx (cl--loop-temp "i" -1)))
                (push `(< (setq ,idx (1+ ,idx)) (length ,seqv)) cl--loop-body)
                (push (list var `(elt ,seqv ,idx)) cl--loop-symbol-macs))
            (setq cl--loop-args (cons var (cons 'in (cons `(let ((s ,seq)) (if (listp s) s (append s nil)))
                                                           cl--loop-args))))
            (setq steps (cl--parse-for-clause parallel))))))
     ((memq word '(hash-key hash-keys hash-value hash-values))
      (unless (memq (car cl--loop-args) '(of in)) (error "Expected `of'"))
      (pop cl--loop-args)
      (let* ((table (pop cl--loop-args))
             (other (and (eq (car cl--loop-args) 'using)
                         (progn (pop cl--loop-args) (cadr (pop cl--loop-args)))))
             (keys-p (memq word '(hash-key hash-keys)))
             (pairs `(let ((acc nil)) (maphash (lambda (k v) (push (cons k v) acc)) ,table) (nreverse acc)))
             (tail (cl--loop-temp "tail" pairs)))
        (cl--loop-bind var nil)
        (if other (cl--loop-bind other nil))
        (push `(consp ,tail) cl--loop-body)
        (push (cl--loop-set-form var (if keys-p `(car (car ,tail)) `(cdr (car ,tail)))) cl--loop-body)
        (if other (push (cl--loop-set-form other (if keys-p `(cdr (car ,tail)) `(car (car ,tail))))
                        cl--loop-body))
        (push (list tail `(cdr ,tail)) steps)))
     ((memq word '(symbol present-symbol external-symbol symbols present-symbols external-symbols))
      (let ((ob (and (memq (car cl--loop-args) '(of in)) (progn (pop cl--loop-args) (pop cl--loop-args)))))
        (setq cl--loop-args
              (cons var (cons 'in (cons `(let ((acc nil)) (mapatoms (lambda (s) (push s acc)) ,@(and ob (list ob)))
                                           (nreverse acc))
                                        cl--loop-args))))
        (setq steps (cl--parse-for-clause parallel))))
     ((memq word '(buffer buffers))
      (setq cl--loop-args (cons var (cons 'in (cons '(buffer-list) cl--loop-args))))
      (setq steps (cl--parse-for-clause parallel)))
     ((memq word '(window windows frame frames))
      (let ((of (and (memq (car cl--loop-args) '(of in)) (progn (pop cl--loop-args) (pop cl--loop-args)))))
        (setq cl--loop-args (cons var (cons 'in (cons (if (memq word '(frame frames)) '(frame-list)
                                                          `(window-list ,of))
                                                      cl--loop-args))))
        (setq steps (cl--parse-for-clause parallel))))
     ((memq word '(key-code key-codes key-binding key-bindings key-seq key-seqs))
      (unless (memq (car cl--loop-args) '(of in)) (error "Expected `of'"))
      (pop cl--loop-args)
      (let* ((map (pop cl--loop-args))
             (other (and (eq (car cl--loop-args) 'using)
                         (progn (pop cl--loop-args) (cadr (pop cl--loop-args)))))
             (codes-p (memq word '(key-code key-codes key-seq key-seqs)))
             (pairs `(let ((acc nil)) (map-keymap (lambda (k v) (push (cons k v) acc)) ,map) (nreverse acc)))
             (tail (cl--loop-temp "tail" pairs)))
        (cl--loop-bind var nil)
        (if other (cl--loop-bind other nil))
        (push `(consp ,tail) cl--loop-body)
        (push (cl--loop-set-form var (if codes-p `(car (car ,tail)) `(cdr (car ,tail)))) cl--loop-body)
        (if other (push (cl--loop-set-form other (if codes-p `(cdr (car ,tail)) `(car (car ,tail))))
                        cl--loop-body))
        (push (list tail `(cdr ,tail)) steps)))
     (t (error "Expected a `for' preposition, found %s" word)))
    steps))

;;; Accumulation

(defun cl--loop-accum-var (into kind init)
  "The variable accumulating for KIND: INTO if given, else the loop's default accumulator."
  (cond
   (into
    (unless (assq into cl--loop-bindings)
      (push (list into init) cl--loop-bindings))
    into)
   (cl--loop-accum cl--loop-accum)
   (t (setq cl--loop-accum (cl--loop-temp "accum" init)
            cl--loop-accum-kind kind)
      (setq cl--loop-default-result
            (list (if (memq kind '(collect append nconc)) `(nreverse ,cl--loop-accum) cl--loop-accum)))
      cl--loop-accum)))

(defun cl--loop-accumulate (word)
  "Parse the accumulation clause WORD (already consumed) and push its chain form."
  (let* ((x (pop cl--loop-args))
         (into (and (eq (car cl--loop-args) 'into) (progn (pop cl--loop-args) (pop cl--loop-args))))
         (kind (pcase word
                 ((or 'collect 'collecting) 'collect) ((or 'append 'appending) 'append)
                 ((or 'nconc 'nconcing) 'nconc) ('concat 'concat) ('vconcat 'vconcat)
                 ((or 'count 'counting) 'count) ((or 'sum 'summing) 'sum)
                 ((or 'maximize 'maximizing) 'max) ((or 'minimize 'minimizing) 'min)))
         (init (pcase kind ('concat "") ('vconcat []) ((or 'count 'sum) 0) (_ nil)))
         (var (cl--loop-accum-var into kind init))
         (default (and (null into) (eq var cl--loop-accum))))
    (push
     (pcase kind
       ('collect
        (if default `(progn (push ,x ,var) t)
          ;; An `into' variable holds the list in order at all times; a tail pointer keeps it linear.
          (let ((tail (or (cdr (assq var cl--loop-into-tails))
                          (let ((tl (cl--loop-temp "tail")))
                            (push (cons var tl) cl--loop-into-tails)
                            tl))))
            `(progn (if ,tail (setq ,tail (setcdr ,tail (list ,x)))
                      (setq ,tail (last (setq ,var (nconc ,var (list ,x))))))
                    t))))
       ('append (if default `(progn (setq ,var (nconc (reverse ,x) ,var)) t)
                  `(progn (setq ,var (append ,var ,x)) t)))
       ('nconc (if default `(progn (setq ,var (nconc (nreverse ,x) ,var)) t)
                 `(progn (setq ,var (nconc ,var ,x)) t)))
       ('concat `(progn (setq ,var (concat ,var ,x)) t))
       ('vconcat `(progn (setq ,var (vconcat ,var ,x)) t))
       ('count `(progn (if ,x (setq ,var (1+ ,var))) t))
       ('sum `(progn (setq ,var (+ ,var ,x)) t))
       ((or 'max 'min)
        (let ((tmp (make-symbol "x")))
          `(progn (let ((,tmp ,x)) (setq ,var (if ,var (,kind ,var ,tmp) ,tmp))) t))))
     cl--loop-body)))

;;; Clauses

(defun cl--loop-subclauses ()
  "Parse a clause and any `and'-joined clauses after it; return their chain forms in order."
  (let ((cl--loop-body nil))
    (cl--parse-loop-clause)
    (while (eq (car cl--loop-args) 'and)
      (pop cl--loop-args)
      (cl--parse-loop-clause))
    (nreverse cl--loop-body)))

(defun cl--loop-and (forms)
  "The conjunction of the chain FORMS."
  (cond ((null forms) t) ((null (cdr forms)) (car forms)) (t (cons 'and forms))))

(defun cl--parse-loop-clause ()
  "Parse one loop clause from `cl--loop-args'."
  (let ((word (pop cl--loop-args)))
    (cond
     ((eq word 'cl-end-loop) (error "Malformed `cl-loop' macro"))
     ((eq word 'named) (setq cl--loop-name (pop cl--loop-args)))
     ((eq word 'initially)
      (if (memq (car cl--loop-args) '(do doing)) (pop cl--loop-args))
      (while (consp (car cl--loop-args)) (push (pop cl--loop-args) cl--loop-initially)))
     ((eq word 'finally)
      (cond ((eq (car cl--loop-args) 'return)
             (pop cl--loop-args)
             (setq cl--loop-result (list (pop cl--loop-args))))
            (t (if (memq (car cl--loop-args) '(do doing)) (pop cl--loop-args))
               (while (consp (car cl--loop-args)) (push (pop cl--loop-args) cl--loop-finally)))))
     ((memq word '(for as))
      (let ((groups nil) (parallel nil))
        (setq groups (list (cl--parse-for-clause nil)))
        (while (eq (car cl--loop-args) 'and)
          (pop cl--loop-args)
          (setq parallel t)
          (if (memq (car cl--loop-args) '(for as)) (pop cl--loop-args))
          (push (cl--parse-for-clause t) groups))
        (let ((pairs (apply #'append (nreverse groups))))
          (when pairs
            (push (if (or (not parallel) (null (cdr pairs)))
                      `(setq ,@(apply #'append pairs))
                    `(cl-psetq ,@(apply #'append pairs)))
                  cl--loop-steps)))))
     ((eq word 'repeat)
      (let ((counter (cl--loop-temp "count" (pop cl--loop-args))))
        (push `(>= (setq ,counter (1- ,counter)) 0) cl--loop-body)))
     ((eq word 'with)
      (let ((go t))
        (while go
          (let ((var (pop cl--loop-args)))
            (if (eq (car cl--loop-args) '=)
                (progn (pop cl--loop-args)
                       (let ((init (pop cl--loop-args)))
                         (if (symbolp var) (cl--loop-bind var init)
                           (let ((tmp (cl--loop-temp "with" init)))
                             (dolist (pair (let ((s (cl--loop-sets var tmp)) (r nil))
                                             (while s (push (list (car s) (cadr s)) r) (setq s (cddr s)))
                                             (nreverse r)))
                               (push pair cl--loop-bindings))))))
              (cl--loop-bind var nil)))
          (if (eq (car cl--loop-args) 'and) (pop cl--loop-args) (setq go nil)))))
     ((eq word 'while) (push (pop cl--loop-args) cl--loop-body))
     ((eq word 'until) (push `(not ,(pop cl--loop-args)) cl--loop-body))
     ((eq word 'always)
      (unless cl--loop-default-result (setq cl--loop-default-result '(t)))
      (push `(or ,(pop cl--loop-args) (cl-return-from ,cl--loop-name nil)) cl--loop-body))
     ((eq word 'never)
      (unless cl--loop-default-result (setq cl--loop-default-result '(t)))
      (push `(or (not ,(pop cl--loop-args)) (cl-return-from ,cl--loop-name nil)) cl--loop-body))
     ((eq word 'thereis)
      (let ((tmp (make-symbol "it")))
        (push `(let ((,tmp ,(pop cl--loop-args))) (if ,tmp (cl-return-from ,cl--loop-name ,tmp) t))
              cl--loop-body)))
     ((memq word '(collect collecting append appending nconc nconcing concat vconcat count counting
                           sum summing maximize maximizing minimize minimizing))
      (cl--loop-accumulate word))
     ((memq word '(if when unless))
      (let* ((cond (pop cl--loop-args))
             (then (cl--loop-subclauses))
             (else (when (eq (car cl--loop-args) 'else)
                     (pop cl--loop-args)
                     (cl--loop-subclauses))))
        (if (eq (car cl--loop-args) 'end) (pop cl--loop-args))
        (let* ((it-used (cl--tree-mentions-p 'it (cons then else)))
               (tmp (and it-used (cl--loop-temp "it")))
               (then (if it-used (cl--subst-it tmp then) then))
               (else (if it-used (cl--subst-it tmp else) else))
               (test (if it-used `(setq ,tmp ,cond) cond)))
          (push (if (eq word 'unless)
                    `(if ,test ,(cl--loop-and else) ,(cl--loop-and then))
                  `(if ,test ,(cl--loop-and then) ,(cl--loop-and else)))
                cl--loop-body))))
     ((memq word '(do doing))
      (let ((forms nil))
        (while (consp (car cl--loop-args)) (push (pop cl--loop-args) forms))
        (unless forms (error "Syntax error on `do' clause"))
        (push `(progn ,@(nreverse forms) t) cl--loop-body)))
     ((eq word 'return)
      (push `(cl-return-from ,cl--loop-name ,(pop cl--loop-args)) cl--loop-body))
     (t (error "Expected a cl-loop clause, found %s" word)))))

(defun cl--subst-it (var forms)
  "FORMS with the symbol `it' replaced by VAR (outside quoted data)."
  (cond ((eq forms 'it) var)
        ((and (consp forms) (eq (car forms) 'quote)) forms)
        ((consp forms) (cons (cl--subst-it var (car forms)) (cl--subst-it var (cdr forms))))
        (t forms)))

(defmacro cl-loop (&rest loop-args)
  "The Common Lisp `loop' macro.
Valid clauses include:
  For clauses:
    for VAR from/upfrom/downfrom EXPR1 to/upto/downto/above/below EXPR2
        [by EXPR3]
    for VAR = EXPR1 then EXPR2
    for VAR in/on/in-ref LIST [by FUNC]
    for VAR across/across-ref ARRAY
    for VAR being:
      the elements of/of-ref SEQUENCE
      the symbols [of OBARRAY]
      the hash-keys/hash-values of HASH-TABLE [using (hash-values/hash-keys V2)]
      the key-codes/key-bindings/key-seqs of KEYMAP [using (key-bindings VAR)]
      the buffers/windows/frames
  Iteration clauses:
    repeat INTEGER
    while/until/always/never/thereis CONDITION
  Accumulation clauses:
    collect/append/nconc/concat/vconcat/count/sum/maximize/minimize FORM
      [into VAR]
  Miscellaneous clauses:
    with VAR = INIT
    if/when/unless COND CLAUSE [and CLAUSE]... else CLAUSE [and CLAUSE...]
    named NAME
    initially/finally [do] EXPRS...
    do EXPRS...
    [finally] return EXPR

\(fn CLAUSE...)"
  (declare (debug (&rest &or symbolp form)))
  (if (let ((simple t)) (dolist (a loop-args) (if (symbolp a) (setq simple nil))) simple)
      ;; No keywords: an endless loop of the forms, left with `cl-return'.
      `(cl-block nil (while t ,@loop-args))
    (let ((cl--loop-args (append loop-args '(cl-end-loop)))
          (cl--loop-name nil) (cl--loop-bindings nil) (cl--loop-body nil) (cl--loop-steps nil)
          (cl--loop-initially nil) (cl--loop-finally nil) (cl--loop-result nil)
          (cl--loop-default-result nil) (cl--loop-accum nil) (cl--loop-accum-kind nil)
          (cl--loop-first-flag nil) (cl--loop-symbol-macs nil) (cl--loop-into-tails nil))
      (while (not (eq (car cl--loop-args) 'cl-end-loop))
        (cl--parse-loop-clause))
      (let* ((steps (append (nreverse cl--loop-steps)
                            (and cl--loop-first-flag `((setq ,cl--loop-first-flag nil)))))
             (bindings (append (nreverse cl--loop-bindings)
                               (and cl--loop-first-flag `((,cl--loop-first-flag t)))))
             (loop `(while ,(cl--loop-and (nreverse cl--loop-body)) ,@steps))
             (loop (if cl--loop-symbol-macs `(cl-symbol-macrolet ,cl--loop-symbol-macs ,loop) loop))
             (result (car (or cl--loop-result cl--loop-default-result))))
        `(cl-block ,cl--loop-name
           (let* ,bindings
             ,@(nreverse cl--loop-initially)
             ,loop
             ,@(nreverse cl--loop-finally)
             ,result))))))

(provide 'cl-loop)
;;; cl-loop.el ends here
