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
        (setq out (cons (list var `(and ,prev ,val)) out)
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

(defmacro named-let (name bindings &rest body)
  "Looping construct taken from Scheme.
Like `let', bind variables in BINDINGS and then evaluate BODY,
but with the twist that BODY can evaluate itself recursively by
calling NAME, where the arguments passed to NAME are used
as the new values of the bound variables in the recursive invocation."
  (declare (indent 2) (debug (symbolp (&rest (symbolp form)) body)))
  (let ((fargs (mapcar (lambda (b) (if (consp b) (car b) b)) bindings))
        (aargs (mapcar (lambda (b) (if (consp b) (cadr b))) bindings)))
    ;; NAME is not in scope in BINDINGS, so the first call is outside the `cl-labels'.  When every
    ;; recursive call is a tail call, `cl-labels' turns the function into a `while' loop.
    `(funcall (cl-labels ((,name ,fargs . ,body)) #',name) . ,aargs)))

(provide 'subr-x)
;;; subr-x.el ends here
