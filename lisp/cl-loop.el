;;; cl-loop.el --- the `cl-loop' macro (GNU: the cl-loop part of lisp/emacs-lisp/cl-macs.el)  -*- lexical-binding: t -*-
;; Written for tsmacs.
;;
;; A loop expands to
;;
;;     (cl-block NAME
;;       (let* (BINDINGS...)                 ; nested `let's for `and'-joined (parallel) groups
;;         INITIALLY...
;;         (while (and CHAIN...) STEPS...)
;;         (if FINISH-FLAG (progn FINALLY... RESULT) RESULT-VAR)))
;;
;; CHAIN holds, in clause order, the termination tests and per-iteration assignments of iteration
;; clauses and the body clauses; each yields non-nil to go on.  STEPS advance the iteration
;; variables at the end of an iteration (in parallel for `and'-joined clauses, as GNU does).
;; Clauses that end the loop with a value (`return', `always', `never', `thereis') clear
;; FINISH-FLAG and set RESULT-VAR instead of throwing, so loops need no `catch' unless the body
;; itself uses `cl-return'.  Accumulating uses `push' and one final `nreverse', or a tail pointer
;; for `into' variables, so collecting is linear; no closure is created per iteration.

(defvar cl--loop-args nil "The loop clauses still to parse.")
(defvar cl--loop-name nil "The name of the loop's block.")
(defvar cl--loop-bindings nil "Reversed list of binding groups; a group of several is bound in parallel.")
(defvar cl--loop-body nil "Reversed CHAIN forms.")
(defvar cl--loop-conditions nil "Reversed termination tests of the iteration clauses so far.")
(defvar cl--loop-steps nil "Reversed STEP forms.")
(defvar cl--loop-initially nil "Reversed INITIALLY forms.")
(defvar cl--loop-finally nil "Reversed FINALLY forms.")
(defvar cl--loop-result nil "The default result form.")
(defvar cl--loop-result-explicit nil "The `finally return' form, or nil.")
(defvar cl--loop-result-var nil "Variable holding the value of an early exit, or nil.")
(defvar cl--loop-finish-flag nil "Variable cleared by an early exit, or nil.")
(defvar cl--loop-accum-var nil "The variable of the default accumulation, or nil.")
(defvar cl--loop-first-flag nil "Variable that is t during the first iteration, or nil.")
(defvar cl--loop-symbol-macs nil "Symbol macros (VAR EXPANSION) of `in-ref' and `across-ref' clauses.")
(defvar cl--loop-into-tails nil "Alist of `collect into' variables and their tail pointers.")

(defun cl--loop-unused-var-p (sym)
  "Non-nil if SYM is nil or starts with an underscore."
  (or (null sym) (eq ?_ (aref (symbol-name sym) 0))))

(defun cl--loop-spec-pairs (pat exp)
  "Sequential (VAR VALUE) assignments giving the destructuring pattern PAT the value of EXP.
Temporaries they introduce are returned as (VAR VALUE) pairs too, first."
  (cond
   ((not (consp pat)) (list (list (or pat (make-symbol "--cl-var--")) exp)))
   (t
    (let* ((tail (let ((p pat)) (while (consp p) (setq p (cdr p))) p))
           (temp (if (and tail (not (cl--loop-unused-var-p tail))) tail (make-symbol "--cl-var--")))
           (pairs (list (list temp exp)))
           (p pat))
      (while (consp p)
        (let* ((elt (car p))
               (val (if (or (consp (cdr p)) (cdr p)) `(car-safe (prog1 ,temp (setq ,temp (cdr ,temp))))
                      `(car-safe ,temp))))
          (setq pairs (append pairs (cl--loop-spec-pairs elt val))))
        (setq p (cdr p)))
      pairs))))

(defun cl--loop-bind (var init)
  "Add the binding of VAR (a symbol or destructuring pattern) to INIT as a group of its own."
  (if (and (consp var) (null init))
      (dolist (v (cl--loop-pattern-vars var)) (push (list (list v nil)) cl--loop-bindings))
    (dolist (pair (cl--loop-spec-pairs var init)) (push (list pair) cl--loop-bindings))))

(defun cl--loop-pattern-vars (pat)
  "The variables of the destructuring pattern PAT."
  (cond ((null pat) nil)
        ((symbolp pat) (list pat))
        ((consp pat) (append (cl--loop-pattern-vars (car pat)) (cl--loop-pattern-vars (cdr pat))))
        (t nil)))

(defun cl--loop-setq (pairs parallel)
  "A form assigning the (PATTERN VALUE) PAIRS, in parallel when PARALLEL."
  (let ((expanded nil) (primary nil) (post nil))
    (dolist (p pairs)
      (let ((sp (cl--loop-spec-pairs (car p) (cadr p))))
        ;; Temporaries of destructuring patterns must be bound for the whole loop.
        (dolist (x sp)
          (unless (memq (car x) (cl--loop-pattern-vars (car p)))
            (push (list (list (car x) nil)) cl--loop-bindings)))
        (push (car sp) primary)
        (setq post (append post (cdr sp)))
        (setq expanded (append expanded sp))))
    (if (and parallel (cdr pairs))
        `(progn (cl-psetq ,@(apply #'append (nreverse primary)))
                ,@(and post (list `(setq ,@(apply #'append post)))))
      `(setq ,@(apply #'append expanded)))))

(defun cl--loop-temp (name init)
  "A fresh variable bound to INIT for the whole loop."
  (let ((v (make-symbol name)))
    (push (list (list v init)) cl--loop-bindings)
    v))

(defun cl--loop-first ()
  "The first-iteration flag variable, created on demand."
  (or cl--loop-first-flag (setq cl--loop-first-flag (make-symbol "--cl-first--"))))

(defun cl--loop-by (step exp)
  "The form applying the `by' function STEP to EXP."
  (if (and (memq (car-safe step) '(quote function cl-function)) (symbolp (nth 1 step)))
      (list (nth 1 step) exp)
    `(funcall ,step ,exp)))

(defun cl--loop-test (form)
  "Record the termination test FORM of an iteration clause."
  (push form cl--loop-conditions)
  (push form cl--loop-body))

(defun cl--loop-and (forms)
  "The conjunction of the chain FORMS."
  (cond ((null forms) t) ((null (cdr forms)) (car forms)) (t (cons 'and forms))))

;;; Iteration clauses

(defun cl--parse-for-clause (var ands for-bindings)
  "Parse the rest of one `for VAR' clause.
ANDS is non-nil for a clause joined by `and'.  FOR-BINDINGS is a list
cell whose car collects the group's bindings.  Returns (SETS . STEPS)."
  (let ((word (pop cl--loop-args)) (sets nil) (steps nil))
    (if (eq word 'being) (setq word (pop cl--loop-args)))
    (if (memq word '(the each)) (setq word (pop cl--loop-args)))
    (let ((bind (lambda (v init) (setcar for-bindings (cons (list v init) (car for-bindings))))))
      (cond
       ((memq word '(from downfrom upfrom to downto upto above below by))
        (push word cl--loop-args)
        (let ((start nil) (end nil) (step nil) (down nil) (excl nil))
          (while (memq (car cl--loop-args) '(from downfrom upfrom to downto upto above below by))
            (let ((kw (pop cl--loop-args)) (val (pop cl--loop-args)))
              (pcase kw
                ((or 'from 'upfrom) (setq start val))
                ('downfrom (setq start val down t))
                ((or 'to 'upto) (setq end val))
                ('downto (setq end val down t))
                ('below (setq end val excl t))
                ('above (setq end val excl t down t))
                ('by (setq step val)))))
          (and step (numberp step) (<= step 0) (error "Loop `by' value is not positive: %s" step))
          (let ((end-var (and end (not (macroexp-const-p end)) (make-symbol "--cl-var--")))
                (step-var (and step (not (macroexp-const-p step)) (make-symbol "--cl-var--"))))
            (funcall bind var (or start 0))
            (if end-var (funcall bind end-var end))
            (if step-var (funcall bind step-var step))
            (when end
              (cl--loop-test (list (if down (if excl '> '>=) (if excl '< '<=)) var (or end-var end))))
            (push (list var (list (if down '- '+) var (or step-var step 1))) steps))))
       ((memq word '(in in-ref on))
        (let* ((on (eq word 'on))
               (temp (if (and on (symbolp var)) var (make-symbol "--cl-var--"))))
          (funcall bind temp (pop cl--loop-args))
          (cl--loop-test `(consp ,temp))
          (if (eq word 'in-ref)
              (push (list var `(car ,temp)) cl--loop-symbol-macs)
            (unless (eq temp var)
              (funcall bind var nil)
              (push (list var (if on temp `(car ,temp))) sets)))
          (push (list temp (if (eq (car cl--loop-args) 'by)
                               (progn (pop cl--loop-args) (cl--loop-by (pop cl--loop-args) temp))
                             `(cdr ,temp)))
                steps)))
       ((eq word '=)
        (let* ((start (pop cl--loop-args))
               (then (if (eq (car cl--loop-args) 'then) (progn (pop cl--loop-args) (pop cl--loop-args)) start))
               (first (cl--loop-first)))
          (funcall bind var nil)
          (if (or ands (eq (car cl--loop-args) 'and))
              (progn
                (push `(,var (if ,first ,start ,var)) sets)
                ;; Parallel steps only advance while the iteration tests so far hold.
                (push `(,var (if ,(cl--loop-and (reverse cl--loop-conditions)) ,then ,var)) steps))
            (push (if (eq start then) `(,var ,then) `(,var (if ,first ,start ,then))) sets))))
       ((memq word '(across across-ref))
        (let ((vec (make-symbol "--cl-vec--")) (idx (make-symbol "--cl-idx--")))
          (funcall bind vec (pop cl--loop-args))
          (funcall bind idx -1)
          (push `(setq ,idx (1+ ,idx)) cl--loop-body)
          (cl--loop-test `(< ,idx (length ,vec)))
          (if (eq word 'across-ref)
              (push (list var `(aref ,vec ,idx)) cl--loop-symbol-macs)
            (funcall bind var nil)
            (push (list var `(aref ,vec ,idx)) sets))))
       ((memq word '(element elements))
        (let* ((ref (or (memq (car cl--loop-args) '(in-ref of-ref))
                        (and (not (memq (car cl--loop-args) '(in of))) (error "Expected `of'"))))
               (seq (progn (pop cl--loop-args) (pop cl--loop-args)))
               (tseq (make-symbol "--cl-seq--"))
               (idx (if (eq (car cl--loop-args) 'using)
                        (let ((u (progn (pop cl--loop-args) (pop cl--loop-args))))
                          (if (and (= (length u) 2) (eq (car u) 'index)) (cadr u) (error "Bad `using' clause")))
                      (make-symbol "--cl-idx--"))))
          (funcall bind tseq seq)
          (funcall bind idx 0)
          (if ref
              (let ((len (make-symbol "--cl-len--")))
                (funcall bind len `(length ,tseq))
                (push (list var `(elt ,tseq ,idx)) cl--loop-symbol-macs)
                (cl--loop-test `(< ,idx ,len)))
            (funcall bind var nil)
            (cl--loop-test `(and ,tseq (or (consp ,tseq) (< ,idx (length ,tseq)))))
            (push (list var `(if (consp ,tseq) (car-safe (prog1 ,tseq (setq ,tseq (cdr ,tseq))))
                               (aref ,tseq ,idx)))
                  sets))
          (push (list idx `(1+ ,idx)) steps)))
       ((memq word '(hash-key hash-keys hash-value hash-values key-code key-codes key-binding
                              key-bindings key-seq key-seqs))
        (unless (memq (car cl--loop-args) '(of in)) (error "Expected `of'"))
        (pop cl--loop-args)
        (let* ((obj (pop cl--loop-args))
               (using (and (eq (car cl--loop-args) 'using)
                           (progn (pop cl--loop-args) (pop cl--loop-args))))
               (other (cadr using))
               (hash (memq word '(hash-key hash-keys hash-value hash-values)))
               (firstp (memq word '(hash-key hash-keys key-code key-codes key-seq key-seqs)))
               ;; Key sequences (rather than codes) when either side asks for them.
               (seqs (or (memq word '(key-seq key-seqs)) (memq (car-safe using) '(key-seq key-seqs))))
               (tail (make-symbol "--cl-var--"))
               (key (if seqs `(cl--loop-key-seq (car (car ,tail))) `(car (car ,tail)))))
          (funcall bind tail
                   (if seqs
                       ;; GNU's mapper reuses one key vector per prefix level and runs the loop body
                       ;; inside its callback; each entry keeps that vector and a snapshot of its
                       ;; contents, put back when the entry's turn comes (`cl--loop-key-seq').
                       `(let ((acc nil))
                          (cl--map-keymap-recursively
                           (lambda (k v) (push (cons (cons (copy-sequence k) k) v) acc)) ,obj)
                          (nreverse acc))
                     `(let ((acc nil))
                        (,(if hash 'maphash 'map-keymap) (lambda (k v) (push (cons k v) acc)) ,obj)
                        (nreverse acc))))
          (cl--loop-test `(consp ,tail))
          (funcall bind var nil)
          (push (list var (if firstp key `(cdr (car ,tail)))) sets)
          (when other
            (funcall bind other nil)
            (push (list other (if firstp `(cdr (car ,tail)) key)) sets))
          (push (list tail `(cdr ,tail)) steps)))
       ((memq word '(overlay overlays extent extents))
        ;; being the overlays [of BUFFER] [from POS] [to POS]: those `cl--map-overlays' visits.
        (let ((buf nil) (from nil) (to nil) (tail (make-symbol "--cl-var--")))
          (while (memq (car cl--loop-args) '(in of from to))
            (pcase (pop cl--loop-args)
              ('from (setq from (pop cl--loop-args)))
              ('to (setq to (pop cl--loop-args)))
              (_ (setq buf (pop cl--loop-args)))))
          (funcall bind tail `(let ((acc nil))
                                (cl--map-overlays (lambda (o _) (push o acc) nil) ,buf ,from ,to)
                                (nreverse acc)))
          (cl--loop-test `(consp ,tail))
          (funcall bind var nil)
          (push (list var `(car ,tail)) sets)
          (push (list tail `(cdr ,tail)) steps)))
       ((memq word '(symbol present-symbol external-symbol symbols present-symbols external-symbols
                            buffer buffers frame frames window windows screen screens))
        (let ((list-form
               (pcase word
                 ((or 'buffer 'buffers) '(buffer-list))
                 ((or 'frame 'frames 'screen 'screens) '(frame-list))
                 ((or 'window 'windows)
                  (let ((frame (and (memq (car cl--loop-args) '(of in))
                                    (progn (pop cl--loop-args) (pop cl--loop-args)))))
                    `(window-list ,frame)))
                 (_ (let ((ob (and (memq (car cl--loop-args) '(of in))
                                   (progn (pop cl--loop-args) (pop cl--loop-args)))))
                      `(let ((acc nil)) (mapatoms (lambda (s) (push s acc)) ,@(and ob (list ob)))
                            (nreverse acc)))))))
          (push list-form cl--loop-args)
          (push 'in cl--loop-args)
          (let ((r (cl--parse-for-clause var ands for-bindings)))
            (setq sets (car r) steps (cdr r)))))
       (t (let ((handler (and (symbolp word) (get word 'cl-loop-for-handler))))
            (if handler (funcall handler var)
              (error "Expected a `for' preposition, found %s" word))))))
    (cons sets steps)))

(defun cl--parse-for-group ()
  "Parse `for' clauses joined by `and' (the first `for' is consumed)."
  (let ((for-bindings (list nil)) (sets nil) (steps nil) (ands nil) (go t))
    (while go
      (let* ((var (or (pop cl--loop-args) (make-symbol "--cl-var--")))
             (r (cl--parse-for-clause var ands for-bindings)))
        (setq sets (append (car r) sets) steps (append (cdr r) steps)))
      (if (eq (car cl--loop-args) 'and)
          (progn (pop cl--loop-args) (setq ands t)
                 (if (memq (car cl--loop-args) '(for as)) (pop cl--loop-args)))
        (setq go nil)))
    (let ((binds (nreverse (car for-bindings))))
      (if (and ands binds)
          (push (apply #'append (mapcar (lambda (b) (if (consp (car b))
                                                         (mapcar #'list (cl--loop-pattern-vars (car b)))
                                                       (list b)))
                                        binds))
                cl--loop-bindings)
        (dolist (b binds) (cl--loop-bind (car b) (cadr b)))))
    (when sets
      (push `(progn ,(cl--loop-setq (nreverse sets) ands) t) cl--loop-body))
    (when steps
      (push (cons (if ands 'cl-psetq 'setq) (apply #'append (nreverse steps))) cl--loop-steps))))

;;; Accumulation

(defun cl--loop-accum-var (into init)
  "The variable to accumulate in: INTO if given, else the loop's default accumulator."
  (cond
   (into
    (unless (let ((found nil))
              (dolist (g cl--loop-bindings) (if (assq into g) (setq found t)))
              found)
      (push (list (list into init)) cl--loop-bindings))
    into)
   (cl--loop-accum-var cl--loop-accum-var)
   (t (setq cl--loop-accum-var (make-symbol "--cl-var--"))
      (push (list (list cl--loop-accum-var init)) cl--loop-bindings)
      cl--loop-accum-var)))

(defun cl--loop-accumulate (word)
  "Parse the accumulation clause WORD (already consumed) and push its chain form."
  (let* ((x (pop cl--loop-args))
         (into (and (eq (car cl--loop-args) 'into) (progn (pop cl--loop-args) (pop cl--loop-args))))
         (kind (pcase word
                 ((or 'collect 'collecting) 'collect) ((or 'append 'appending) 'append)
                 ((or 'nconc 'nconcing) 'nconc) ((or 'concat 'concating) 'concat)
                 ((or 'vconcat 'vconcating) 'vconcat)
                 ((or 'count 'counting) 'count) ((or 'sum 'summing) 'sum)
                 ((or 'maximize 'maximizing) 'max) ((or 'minimize 'minimizing) 'min)))
         (init (pcase kind ('concat "") ('vconcat []) ((or 'count 'sum) 0) (_ nil)))
         (default (and (null into) (null cl--loop-accum-var)))
         (var (cl--loop-accum-var into init))
         (reversed (and (null into) (memq kind '(collect append nconc)))))
    (when default
      (setq cl--loop-result (if reversed `(nreverse ,var) var)))
    (push
     (pcase kind
       ('collect
        (if reversed `(progn (push ,x ,var) t)
          ;; An `into' variable holds the list in order at all times; a tail pointer keeps it linear.
          (let ((tail (or (cdr (assq var cl--loop-into-tails))
                          (let ((tl (cl--loop-temp "--cl-tail--" nil)))
                            (push (cons var tl) cl--loop-into-tails)
                            tl))))
            `(progn (if (and ,tail (eq (cdr ,tail) nil)) (setq ,tail (setcdr ,tail (list ,x)))
                      (setq ,tail (last (setq ,var (nconc ,var (list ,x))))))
                    t))))
       ('append (if reversed `(progn (setq ,var (nconc (reverse ,x) ,var)) t)
                  `(progn (setq ,var (append ,var ,x)) t)))
       ('nconc (if reversed `(progn (setq ,var (nconc (nreverse ,x) ,var)) t)
                 `(progn (setq ,var (nconc ,var ,x)) t)))
       ('concat `(progn (setq ,var (concat ,var ,x)) t))
       ('vconcat `(progn (setq ,var (vconcat ,var ,x)) t))
       ('count `(progn (if ,x (setq ,var (1+ ,var))) t))
       ('sum `(progn (setq ,var (+ ,var ,x)) t))
       ((or 'max 'min)
        (let ((tmp (make-symbol "--cl-var--")))
          `(progn (let ((,tmp ,x)) (setq ,var (if ,var (,kind ,var ,tmp) ,tmp))) t))))
     cl--loop-body)))

;;; Clauses

(defun cl--loop-finish ()
  "The finish flag, created on demand."
  (or cl--loop-finish-flag (setq cl--loop-finish-flag (make-symbol "--cl-flag--"))))

(defun cl--loop-result-var ()
  "The early-exit result variable, created on demand."
  (or cl--loop-result-var (setq cl--loop-result-var (make-symbol "--cl-var--"))))

(defun cl--parse-loop-clause ()
  "Parse one loop clause (and those joined to it by `and') from `cl--loop-args'."
  (let ((word (pop cl--loop-args)))
    (cond
     ((eq word 'cl-end-loop) (error "Malformed `cl-loop' macro"))
     ((eq word 'named) (setq cl--loop-name (pop cl--loop-args)))
     ((eq word 'initially)
      (if (memq (car cl--loop-args) '(do doing)) (pop cl--loop-args))
      (or (consp (car cl--loop-args)) (error "Syntax error on `initially' clause"))
      (while (consp (car cl--loop-args)) (push (pop cl--loop-args) cl--loop-initially)))
     ((eq word 'finally)
      (cond ((eq (car cl--loop-args) 'return)
             (pop cl--loop-args)
             (setq cl--loop-result-explicit (or (pop cl--loop-args) '(quote nil))))
            (t (if (memq (car cl--loop-args) '(do doing)) (pop cl--loop-args))
               (or (consp (car cl--loop-args)) (error "Syntax error on `finally' clause"))
               (while (consp (car cl--loop-args)) (push (pop cl--loop-args) cl--loop-finally)))))
     ((memq word '(for as)) (cl--parse-for-group))
     ((eq word 'repeat)
      (let ((counter (cl--loop-temp "--cl-var--" (pop cl--loop-args))))
        (push `(>= (setq ,counter (1- ,counter)) 0) cl--loop-body)))
     ((eq word 'with)
      (let ((group nil) (go t))
        (while go
          (let ((var (pop cl--loop-args)))
            (push (list var (and (eq (car cl--loop-args) '=) (progn (pop cl--loop-args) (pop cl--loop-args))))
                  group))
          (if (eq (car cl--loop-args) 'and) (pop cl--loop-args) (setq go nil)))
        (setq group (nreverse group))
        (if (and (cdr group) (let ((simple t)) (dolist (b group) (if (consp (car b)) (setq simple nil))) simple))
            (push group cl--loop-bindings)
          (dolist (b group) (cl--loop-bind (car b) (cadr b))))))
     ((eq word 'while) (push (pop cl--loop-args) cl--loop-body))
     ((eq word 'until) (push `(not ,(pop cl--loop-args)) cl--loop-body))
     ((eq word 'always)
      (push `(setq ,(cl--loop-finish) ,(pop cl--loop-args)) cl--loop-body)
      (setq cl--loop-result t))
     ((eq word 'never)
      (push `(setq ,(cl--loop-finish) (not ,(pop cl--loop-args))) cl--loop-body)
      (setq cl--loop-result t))
     ((eq word 'thereis)
      (push `(setq ,(cl--loop-finish) (not (setq ,(cl--loop-result-var) ,(pop cl--loop-args))))
            cl--loop-body))
     ((memq word '(collect collecting append appending nconc nconcing concat concating vconcat
                           vconcating count counting sum summing maximize maximizing minimize minimizing))
      (cl--loop-accumulate word))
     ((memq word '(if when unless))
      (let* ((cond (pop cl--loop-args))
             (then (let ((cl--loop-body nil)) (cl--parse-loop-clause) (nreverse cl--loop-body)))
             (else (let ((cl--loop-body nil))
                     (when (eq (car cl--loop-args) 'else)
                       (pop cl--loop-args)
                       (cl--parse-loop-clause))
                     (nreverse cl--loop-body))))
        (if (eq (car cl--loop-args) 'end) (pop cl--loop-args))
        (if (eq word 'unless) (setq then (prog1 else (setq else then))))
        (let* ((it-used (cl--tree-mentions-p 'it (cons then else)))
               (tmp (and it-used (cl--loop-temp "--cl-var--" nil)))
               (then (if it-used (cl--subst-it tmp then) then))
               (else (if it-used (cl--subst-it tmp else) else))
               (test (if it-used `(setq ,tmp ,cond) cond)))
          (push `(if ,test ,(cl--loop-and then) ,(cl--loop-and else)) cl--loop-body))))
     ((memq word '(do doing))
      (let ((forms nil))
        (while (consp (car cl--loop-args)) (push (pop cl--loop-args) forms))
        (unless forms (error "Syntax error on `do' clause"))
        (push `(progn ,@(nreverse forms) t) cl--loop-body)))
     ((eq word 'return)
      (push `(setq ,(cl--loop-result-var) ,(pop cl--loop-args) ,(cl--loop-finish) nil) cl--loop-body))
     (t (let ((handler (and (symbolp word) (get word 'cl-loop-handler))))
          (if handler (funcall handler)
            (error "Expected a cl-loop clause, found %s" word)))))
    (when (eq (car cl--loop-args) 'and)
      (pop cl--loop-args)
      (cl--parse-loop-clause))))

(defun cl--subst-it (var forms)
  "FORMS with the symbol `it' replaced by VAR (outside quoted data)."
  (cond ((eq forms 'it) var)
        ((and (consp forms) (eq (car forms) 'quote)) forms)
        ((consp forms) (cons (cl--subst-it var (car forms)) (cl--subst-it var (cdr forms))))
        (t forms)))

(defun cl--loop-wrap-bindings (groups body)
  "BODY (a list of forms) inside the binding GROUPS (innermost first)."
  (while groups
    (if (cdr (car groups))
        (setq body (list `(let ,(car groups) ,@body)) groups (cdr groups))
      (let ((seq nil))
        (while (and groups (null (cdr (car groups))))
          (push (car (car groups)) seq)
          (setq groups (cdr groups)))
        (setq body (list `(let* ,seq ,@body))))))
  body)

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
      the elements of/of-ref SEQUENCE [using (index VAR2)]
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
  (if (not (memq t (mapcar #'symbolp (delq nil (delq t (copy-sequence loop-args))))))
      ;; No keywords: an endless loop of the forms, left with `cl-return'.
      `(cl-block nil (while t ,@loop-args))
    (let ((cl--loop-args (append loop-args '(cl-end-loop)))
          (cl--loop-name nil) (cl--loop-bindings nil) (cl--loop-body nil) (cl--loop-conditions nil)
          (cl--loop-steps nil) (cl--loop-initially nil) (cl--loop-finally nil) (cl--loop-result nil)
          (cl--loop-result-explicit nil) (cl--loop-result-var nil) (cl--loop-finish-flag nil)
          (cl--loop-accum-var nil) (cl--loop-first-flag nil) (cl--loop-symbol-macs nil)
          (cl--loop-into-tails nil))
      (while (not (eq (car cl--loop-args) 'cl-end-loop))
        (cl--parse-loop-clause))
      (when cl--loop-finish-flag (push (list (list cl--loop-finish-flag t)) cl--loop-bindings))
      (when cl--loop-first-flag
        (push (list (list cl--loop-first-flag t)) cl--loop-bindings)
        (push `(setq ,cl--loop-first-flag nil) cl--loop-steps))
      (when cl--loop-result-var (push (list (list cl--loop-result-var nil)) cl--loop-bindings))
      (let* ((epilogue (append (nreverse cl--loop-finally)
                               (list (or cl--loop-result-explicit cl--loop-result))))
             (loop `(while ,(cl--loop-and (nreverse cl--loop-body)) ,@(nreverse cl--loop-steps)))
             (body (append (nreverse cl--loop-initially)
                           (list loop)
                           (if cl--loop-finish-flag
                               (if (equal epilogue '(nil)) (list cl--loop-result-var)
                                 `((if ,cl--loop-finish-flag (progn ,@epilogue) ,cl--loop-result-var)))
                             epilogue)))
             (body (cl--loop-wrap-bindings cl--loop-bindings body)))
        (if cl--loop-symbol-macs
            (setq body (list `(cl-symbol-macrolet ,cl--loop-symbol-macs ,@body))))
        `(cl-block ,cl--loop-name ,@body)))))

(provide 'cl-loop)
;;; cl-loop.el ends here
