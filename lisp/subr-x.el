;;; subr-x.el --- extra Lisp functions (GNU: lisp/emacs-lisp/subr-x.el)  -*- lexical-binding: t -*-
;; Written for tsmacs: threading macros, if-let and friends, string and hash-table helpers, named-let.

(defmacro internal--thread-argument (first? &rest forms)
  "Thread FORMS: each form gets the previous one as first (FIRST? non-nil) or last argument."
  (let ((acc (car forms)) (rest (cdr forms)))
    (while rest
      (let ((f (car rest)))
        (setq acc (cond ((not (consp f)) (list f acc))
                        (first? (cons (car f) (cons acc (cdr f))))
                        (t (append f (list acc))))
              rest (cdr rest))))
    acc))

(defmacro thread-first (&rest forms)
  "Thread FORMS elements as the first argument of their successor.
    (thread-first 5 (+ 20) (/ 25) - (+ 40))  =  (+ (- (/ (+ 5 20) 25)) 40)"
  (declare (indent 0) (debug (form &rest [&or symbolp (sexp &rest form)])))
  `(internal--thread-argument t ,@forms))

(defmacro thread-last (&rest forms)
  "Thread FORMS elements as the last argument of their successor.
    (thread-last 5 (+ 20) (/ 25) - (+ 40))  =  (+ 40 (- (/ 25 (+ 20 5))))"
  (declare (indent 0) (debug thread-first))
  `(internal--thread-argument nil ,@forms))

(defun internal--build-bindings (bindings)
  "Turn the if-let* VARLIST BINDINGS into `let*' bindings that stop evaluating after a nil value.
Returns the bindings; the variable of the last one holds the overall test result."
  (let ((prev t) (out nil))
    (dolist (b bindings)
      (let ((var nil) (val nil))
        (cond ((symbolp b) (setq var b val b))
              ((null (cdr b)) (setq var (make-symbol "s") val (car b)))
              (t (when (cddr b)
                   (signal 'error (cons "`let' bindings can have only one value-form" b)))
                 (setq var (car b) val (cadr b))))
        (setq out (cons (list var (if (eq prev t) val `(and ,prev ,val))) out)
              prev var)))
    (nreverse out)))

(defmacro if-let* (varlist then &rest else)
  "Bind variables according to VARLIST and evaluate THEN or ELSE.
This is like `if-let' but doesn't handle a VARLIST of the form
\(SYMBOL SOMETHING) specially."
  (declare (indent 2) (debug ((&rest [&or symbolp (symbolp form) (form)]) body)))
  (if varlist
      (let ((bindings (internal--build-bindings varlist)))
        `(let* ,bindings
           (if ,(car (car (last bindings))) ,then ,@else)))
    `(let* () ,then)))

(defmacro when-let* (varlist &rest body)
  "Bind variables according to VARLIST and conditionally evaluate BODY.
This is like `when-let' but doesn't handle a VARLIST of the form
\(SYMBOL SOMETHING) specially."
  (declare (indent 1) (debug if-let*))
  (list 'if-let* varlist (macroexp-progn body)))

(defmacro and-let* (varlist &rest body)
  "Bind variables according to VARLIST and conditionally evaluate BODY.
Like `when-let*', except if BODY is empty and all the bindings
are non-nil, then the result is non-nil."
  (declare (indent 1) (debug if-let*))
  (if varlist
      (let* ((bindings (internal--build-bindings varlist))
             (res (car (car (last bindings)))))
        `(let* ,bindings (when ,res ,@(or body (list res)))))
    `(let* () ,@(or body '(t)))))

(defmacro if-let (spec then &rest else)
  "Bind variables according to SPEC and evaluate THEN or ELSE.
Evaluate each binding in turn, as in `let*', stopping if a
binding value is nil.  If all are non-nil return the value of
THEN, otherwise the last form in ELSE.
A SPEC of the form (SYMBOL SOMETHING) is read as ((SYMBOL SOMETHING))."
  (declare (indent 2) (debug ([&or (symbolp form) (&rest [&or symbolp (symbolp form) (form)])] body)))
  (when (and (<= (length spec) 2) (not (listp (car spec))))
    (setq spec (list spec)))
  (list 'if-let* spec then (macroexp-progn else)))

(defmacro when-let (spec &rest body)
  "Bind variables according to SPEC and conditionally evaluate BODY.
Evaluate each binding in turn, stopping if a binding value is nil.
If all are non-nil, return the value of the last form in BODY."
  (declare (indent 1) (debug if-let))
  (list 'if-let spec (macroexp-progn body)))

(defun hash-table-empty-p (hash-table)
  "Check whether HASH-TABLE is empty (has 0 elements)."
  (zerop (hash-table-count hash-table)))

(defun hash-table-keys (hash-table)
  "Return a list of keys in HASH-TABLE."
  (let ((keys nil))
    (maphash (lambda (k _v) (setq keys (cons k keys))) hash-table)
    (nreverse keys)))

(defun hash-table-values (hash-table)
  "Return a list of values in HASH-TABLE."
  (let ((values nil))
    (maphash (lambda (_k v) (setq values (cons v values))) hash-table)
    (nreverse values)))

(defun string-empty-p (string)
  "Check whether STRING is empty."
  (string= string ""))

(defun string-join (strings &optional separator)
  "Join all STRINGS using SEPARATOR."
  (mapconcat #'identity strings separator))

(define-obsolete-function-alias 'string-reverse 'reverse "25.1")

(defun string-blank-p (string)
  "Check whether STRING is either empty or only whitespace.
The following characters count as whitespace here: space, tab, newline and
carriage return."
  (string-match-p "\\`[ \t\n\r]*\\'" string))

(defun string-remove-prefix (prefix string)
  "Remove PREFIX from STRING if present."
  (if (string-prefix-p prefix string)
      (substring string (length prefix))
    string))

(defun string-remove-suffix (suffix string)
  "Remove SUFFIX from STRING if present."
  (if (string-suffix-p suffix string)
      (substring string 0 (- (length string) (length suffix)))
    string))

;; GNU keeps `string-trim' and friends in subr.el; they are supplied here when subr.el lacks them.
(unless (fboundp 'string-trim-left)
  (defun string-trim-left (string &optional regexp)
    "Trim STRING of leading string matching REGEXP (default \"[ \\t\\n\\r]+\")."
    (if (string-match (if regexp (concat "\\`\\(?:" regexp "\\)") "\\`[ \t\n\r]+") string)
        (substring string (match-end 0))
      string)))
(unless (fboundp 'string-trim-right)
  (defun string-trim-right (string &optional regexp)
    "Trim STRING of trailing string matching REGEXP (default \"[ \\t\\n\\r]+\")."
    (let ((i (string-match-p (if regexp (concat "\\(?:" regexp "\\)\\'") "[ \t\n\r]+\\'") string)))
      (if i (substring string 0 i) string))))
(unless (fboundp 'string-trim)
  (defun string-trim (string &optional trim-left trim-right)
    "Trim STRING of leading and trailing strings matching TRIM-LEFT and TRIM-RIGHT."
    (string-trim-left (string-trim-right string trim-right) trim-left)))

(defun string-clean-whitespace (string)
  "Clean up whitespace in STRING.
All sequences of whitespaces in STRING are collapsed into a
single space character, and leading/trailing whitespace is
removed."
  (let ((blank "[[:blank:]\r\n]+"))
    (string-trim (replace-regexp-in-string blank " " string t t) blank blank)))

(defun string-fill (string length)
  "Try to word-wrap STRING so that no lines are longer than LENGTH.
Wrapping is done where there is whitespace.  Words longer than LENGTH stay whole."
  (mapconcat
   (lambda (para)
     (let ((words (split-string para "[ \t\n]+" t)) (lines nil) (line nil))
       (dolist (w words)
         (if (and line (> (+ (length line) 1 (length w)) length))
             (setq lines (cons line lines) line w)
           (setq line (if line (concat line " " w) w))))
       (if line (setq lines (cons line lines)))
       (mapconcat #'identity (nreverse lines) "\n")))
   (split-string string "\n[ \t\n]*\n")
   "\n\n"))

(defun string-limit (string length &optional end coding-system)
  "Return a substring of STRING that is (up to) LENGTH characters long.
If END is non-nil, return the last LENGTH characters instead.
With CODING-SYSTEM, LENGTH counts bytes of STRING encoded in it, never splitting a character."
  (unless (natnump length)
    (signal 'wrong-type-argument (list 'natnump length)))
  (if coding-system
      (let ((result nil) (used 0) (n (length string))
            (index (if end (1- (length string)) 0)) (go t))
        (while (and go (if end (>= index 0) (< index n)))
          (let ((encoded (encode-coding-string (string (aref string index)) coding-system)))
            (if (> (+ used (length encoded)) length)
                (setq go nil)
              (setq result (cons encoded result)
                    used (+ used (length encoded))
                    index (if end (1- index) (1+ index))))))
        (apply #'concat (if end result (nreverse result))))
    (cond
     ((<= (length string) length) string)
     (end (substring string (- (length string) length)))
     (t (substring string 0 length)))))

(defun string-lines (string &optional omit-nulls)
  "Split STRING into a list of lines.
If OMIT-NULLS, empty lines will be removed from the results."
  (split-string string "\n" omit-nulls))

(defun string-pad (string length &optional padding start)
  "Pad STRING to LENGTH using PADDING (a character, default space).
If STRING is longer than LENGTH, no padding is done.  With START non-nil,
pad at the start of STRING instead of the end."
  (unless (natnump length)
    (signal 'wrong-type-argument (list 'natnump length)))
  (let ((pad-length (- length (length string))))
    (if (< pad-length 0)
        string
      (concat (and start (make-string pad-length (or padding ?\s)))
              string
              (and (not start) (make-string pad-length (or padding ?\s)))))))

(defun string-chop-newline (string)
  "Remove the final newline (if any) from STRING."
  (string-remove-suffix "\n" string))

(defun replace-region-contents (beg end replace-fn &optional max-secs max-costs)
  "Replace the region between BEG and END using REPLACE-FN.
REPLACE-FN runs on the current buffer narrowed to the region and returns a
string or a buffer to replace the region with (see `replace-buffer-contents')."
  (save-excursion
    (save-restriction
      (narrow-to-region beg end)
      (goto-char (point-min))
      (let ((repl (funcall replace-fn)))
        (if (bufferp repl)
            (replace-buffer-contents repl max-secs max-costs)
          (let ((source-buffer (current-buffer)))
            (with-temp-buffer
              (insert repl)
              (let ((tmp-buffer (current-buffer)))
                (set-buffer source-buffer)
                (replace-buffer-contents tmp-buffer max-secs max-costs)))))))))

;;; named-let

(defun subr-x--named-let-tail-only-p (name form tail)
  "Non-nil if every call to NAME in the fully macroexpanded FORM is in tail position.
TAIL says whether FORM itself is in tail position.  Function values (`function'
forms) are opaque: a NAME inside a closure is never a tail call of the loop."
  (cond
   ((not (consp form)) t)
   ((eq (car form) 'quote) t)
   ((eq (car form) 'function)
    (not (subr-x--mentions-p name (cdr form))))
   ((eq (car form) name)
    (and tail (subr-x--all-p name (cdr form) nil)))
   ((eq (car form) 'if)
    (and (subr-x--named-let-tail-only-p name (nth 1 form) nil)
         (subr-x--named-let-tail-only-p name (nth 2 form) tail)
         (subr-x--body-p name (nthcdr 3 form) tail)))
   ((eq (car form) 'cond)
    (let ((ok t))
      (dolist (c (cdr form))
        (unless (if (cdr c)
                    (and (subr-x--named-let-tail-only-p name (car c) nil)
                         (subr-x--body-p name (cdr c) tail))
                  ;; A test whose value is the result is in tail position only as a value, not a call.
                  (subr-x--named-let-tail-only-p name (car c) nil))
          (setq ok nil)))
      ok))
   ((memq (car form) '(progn))
    (subr-x--body-p name (cdr form) tail))
   ((memq (car form) '(and or))
    (and (subr-x--all-p name (butlast (cdr form)) nil)
         (subr-x--named-let-tail-only-p name (car (last (cdr form))) tail)))
   ((memq (car form) '(let let*))
    (and (subr-x--all-p name (mapcar (lambda (b) (if (consp b) (cadr b))) (cadr form)) nil)
         (subr-x--body-p name (cddr form) tail)))
   ((eq (car form) 'prog1)
    (subr-x--all-p name (cdr form) nil))
   ((eq (car form) 'condition-case)
    (and (subr-x--named-let-tail-only-p name (nth 2 form) nil)
         (let ((ok t))
           (dolist (h (nthcdr 3 form))
             (unless (subr-x--body-p name (cdr h) tail) (setq ok nil)))
           ok)))
   (t (subr-x--all-p name (cdr form) nil))))

(defun subr-x--all-p (name forms tail)
  "Every form of FORMS passes `subr-x--named-let-tail-only-p' with TAIL."
  (let ((ok t))
    (while (and ok (consp forms))
      (setq ok (subr-x--named-let-tail-only-p name (car forms) tail) forms (cdr forms)))
    ok))

(defun subr-x--body-p (name body tail)
  "The forms of BODY are fine, the last one in tail position TAIL."
  (and (subr-x--all-p name (butlast body) nil)
       (subr-x--named-let-tail-only-p name (car (last body)) tail)))

(defun subr-x--mentions-p (name tree)
  "Non-nil if symbol NAME occurs anywhere in TREE."
  (cond ((eq tree name) t)
        ((consp tree) (or (subr-x--mentions-p name (car tree)) (subr-x--mentions-p name (cdr tree))))
        (t nil)))

(defun subr-x--named-let-rewrite (name form tail cells cont)
  "Rewrite tail calls to NAME in FORM into assignments of CELLS and setting CONT."
  (cond
   ((not (consp form)) form)
   ((memq (car form) '(quote function)) form)
   ((and tail (eq (car form) name))
    (let ((sets nil) (args (cdr form)))
      (dolist (c cells)
        (setq sets (cons (car args) (cons c sets)) args (cdr args)))
      `(progn (setq ,@(nreverse sets) ,cont t) nil)))
   ((eq (car form) 'if)
    `(if ,(nth 1 form) ,(subr-x--named-let-rewrite name (nth 2 form) tail cells cont)
       ,@(subr-x--named-let-rewrite-body name (nthcdr 3 form) tail cells cont)))
   ((eq (car form) 'cond)
    (cons 'cond (mapcar (lambda (c)
                          (if (cdr c)
                              (cons (car c) (subr-x--named-let-rewrite-body name (cdr c) tail cells cont))
                            c))
                        (cdr form))))
   ((eq (car form) 'progn)
    (cons 'progn (subr-x--named-let-rewrite-body name (cdr form) tail cells cont)))
   ((memq (car form) '(and or))
    (append (butlast form) (list (subr-x--named-let-rewrite name (car (last form)) tail cells cont))))
   ((memq (car form) '(let let*))
    (cons (car form) (cons (cadr form) (subr-x--named-let-rewrite-body name (cddr form) tail cells cont))))
   ((eq (car form) 'condition-case)
    (append (list 'condition-case (nth 1 form) (nth 2 form))
            (mapcar (lambda (h) (cons (car h) (subr-x--named-let-rewrite-body name (cdr h) tail cells cont)))
                    (nthcdr 3 form))))
   (t form)))

(defun subr-x--named-let-rewrite-body (name body tail cells cont)
  "Rewrite the last form of BODY with `subr-x--named-let-rewrite'."
  (append (butlast body) (list (subr-x--named-let-rewrite name (car (last body)) tail cells cont))))

(defun subr-x--zip (a b)
  "The list of (X Y) for the elements X of A and Y of B."
  (let ((out nil))
    (while a (setq out (cons (list (car a) (car b)) out) a (cdr a) b (cdr b)))
    (nreverse out)))

(defmacro named-let (name bindings &rest body)
  "Looping construct taken from Scheme.
Like `let', bind variables in BINDINGS and then evaluate BODY,
but with the twist that BODY can evaluate itself recursively by
calling NAME, where the arguments passed to NAME are used
as the new values of the bound variables in the recursive invocation."
  (declare (indent 2) (debug (symbolp (&rest (symbolp form)) body)))
  (let* ((fargs (mapcar (lambda (b) (if (consp b) (car b) b)) bindings))
         (aargs (mapcar (lambda (b) (if (consp b) (cadr b))) bindings))
         (expanded (macroexpand-all (macroexp-progn body) macroexpand-all-environment)))
    (if (and (subr-x--named-let-tail-only-p name expanded t)
             (not (memq '&optional fargs)) (not (memq '&rest fargs)))
        ;; Only tail calls: a loop, with fresh bindings of the variables for each iteration.
        (let ((cells (mapcar (lambda (v) (make-symbol (symbol-name v))) fargs))
              (cont (make-symbol "continue"))
              (res (make-symbol "result")))
          `(let (,@(subr-x--zip cells aargs) (,cont t) (,res nil))
             (while ,cont
               (setq ,cont nil)
               (setq ,res (let ,(subr-x--zip fargs cells)
                            ,(subr-x--named-let-rewrite name expanded t cells cont))))
             ,res))
      `(funcall (cl-labels ((,name ,fargs . ,body)) #',name) . ,aargs))))

(provide 'subr-x)
;;; subr-x.el ends here
