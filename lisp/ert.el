;;; ert.el --- tsmacs's Emacs Lisp Regression Testing library  -*- lexical-binding: t -*-
;; The surface of GNU's lisp/emacs-lisp/ert.el (ert-deftest, should*, selectors, batch runner), written
;; for tsmacs from ERT's documented behaviour and GNU Emacs 28.2's observed batch output.

;;; Commentary:

;; Tests, results and run statistics are records (as GNU's cl-defstructs are), so `type-of' and the
;; `ert-test-...-p' predicates answer as in GNU.  A condition-case around each test body turns an
;; unhandled error into a failed (or skipped) result, and a `debugger' that sees every signal notes
;; the `ert-info' stack and the backtrace while the failing frames are still live (see
;; `ert--run-test-internal').  The batch runner is in ert-batch.el.
;;
;; A few functions ERT needs may not exist yet while tsmacs grows; each is reached through an
;; `ert--' helper that falls back to a simple version when the real one is missing.

;;; Code:

;; GNU's ert.el loads cl-lib, and GNU's test files rely on that (cl-loop, cl-letf...) without
;; requiring it themselves; do the same as soon as tsmacs has a cl-lib.
(require 'cl-lib nil t)
(require 'gv nil t)
(require 'find-func)

(defvar ert--find-test-regexp "^\\s-*(ert-deftest\\s-+%s\\(?:\\s-\\|$\\)"
  "The regexp finding an `ert-deftest' of a test, as a `find-function-regexp-alist' entry.")
(add-to-list 'find-function-regexp-alist '(ert--test . ert--find-test-regexp))

;;;; Small helpers (fallbacks for functions tsmacs may not have yet).

(defun ert--string< (a b)
  "Non-nil if string A sorts before string B (by character codes)."
  (if (fboundp 'string<)
      (string< a b)
    (let ((i 0) (la (length a)) (lb (length b)) (res 'undecided))
      (while (eq res 'undecided)
        (cond ((>= i la) (setq res (< i lb)))
              ((>= i lb) (setq res nil))
              ((< (aref a i) (aref b i)) (setq res t))
              ((> (aref a i) (aref b i)) (setq res nil))
              (t (setq i (1+ i)))))
      res)))

(defun ert--string-search (needle haystack)
  "Index of the first occurrence of NEEDLE in HAYSTACK, or nil (literal match)."
  (let ((ln (length needle)) (lh (length haystack)) (i 0) (found nil))
    (while (and (not found) (<= (+ i ln) lh))
      (if (equal (substring haystack i (+ i ln)) needle) (setq found i) (setq i (1+ i))))
    found))

(defun ert--regexp-match-p (regexp string)
  "Non-nil if REGEXP matches STRING; a literal search when regexps are unavailable."
  (if (fboundp 'string-match)
      (string-match regexp string)
    (ert--string-search regexp string)))

(defun ert--now ()
  "The current time, or nil when tsmacs has no clock yet."
  (and (fboundp 'current-time) (current-time)))

(defun ert--elapsed (start end)
  "Seconds from START to END (times from `ert--now'), as a float."
  (cond ((not (and start end (fboundp 'float-time))) 0.0)
        ((fboundp 'time-subtract) (float-time (time-subtract end start)))
        (t (- (float-time end) (float-time start)))))

(defun ert--format-time-iso8601 (time)
  "Format TIME as ERT's timestamps are: \"2021-01-01 12:00:00+0000\"."
  (if (and time (fboundp 'format-time-string))
      (format-time-string "%Y-%m-%d %T%z" time)
    "1970-01-01 00:00:00+0000"))

(defun ert--plist-value (plist key default)
  "The value of KEY in keyword PLIST, or DEFAULT when KEY is absent."
  (let ((tail plist) (found nil))
    (while (and tail (not found))
      (if (eq (car tail) key) (setq found tail) (setq tail (cddr tail))))
    (if found (cadr found) default)))

(defun ert--file-directory (file)
  "The directory part of FILE, ending in a slash."
  (if (fboundp 'file-name-directory)
      (file-name-directory file)
    (let ((i (1- (length file))))
      (while (and (>= i 0) (/= (aref file i) ?/)) (setq i (1- i)))
      (and (>= i 0) (substring file 0 (1+ i))))))

;;;; Records: tests, results and statistics.

;; Each record type knows its ancestors, so predicates of a parent type (like
;; `ert-test-result-with-condition-p') also accept its children, as with GNU's :include.
(defmacro ert--defrecord (name parent slots)
  "Define record type NAME (a child of PARENT) with SLOTS: each SLOT or (SLOT DEFAULT-FORM).
Defines `make-NAME' (keyword arguments), `NAME-p' and an accessor `NAME-SLOT' per slot of NAME
and its ancestors; `ert--set-NAME-SLOT' sets one."
  (let* ((all (append (and parent (get parent 'ert--record-slots)) slots))
         (sname (symbol-name name))
         (forms nil)
         (i 1))
    (put name 'ert--record-slots all)
    (put name 'ert--record-ancestry (cons name (and parent (get parent 'ert--record-ancestry))))
    (push `(put ',name 'ert--record-slots ',all) forms)
    (push `(put ',name 'ert--record-ancestry ',(get name 'ert--record-ancestry)) forms)
    (push `(defun ,(intern (concat "make-" sname)) (&rest args)
             ,(concat "Make a `" sname "' record; ARGS are :SLOT VALUE pairs.")
             (record ',name
                     ,@(mapcar (lambda (s)
                                 (let ((slot (if (consp s) (car s) s)))
                                   `(ert--plist-value args ,(intern (concat ":" (symbol-name slot)))
                                                      ,(and (consp s) (cadr s)))))
                               all)))
          forms)
    (push `(defun ,(intern (concat sname "-p")) (x)
             ,(concat "Non-nil if X is a `" sname "' record.")
             (and (recordp x) (symbolp (aref x 0))
                  (memq ',name (get (aref x 0) 'ert--record-ancestry))
                  t))
          forms)
    (dolist (s all)
      (let ((slot (symbol-name (if (consp s) (car s) s))))
        (push `(defun ,(intern (concat sname "-" slot)) (x)
                 ,(concat "Slot `" slot "' of the `" sname "' record X.")
                 (aref x ,i))
              forms)
        (push `(defun ,(intern (concat "ert--set-" sname "-" slot)) (x value)
                 ,(concat "Set slot `" slot "' of the `" sname "' record X to VALUE.")
                 (aset x ,i value))
              forms)
        ;; Make `setf' of the accessor work, as it does on GNU's cl-defstruct slots.
        (push `(when (fboundp 'gv-define-simple-setter)
                 (eval '(gv-define-simple-setter ,(intern (concat sname "-" slot))
                                                 ,(intern (concat "ert--set-" sname "-" slot)))
                       t))
              forms))
      (setq i (1+ i)))
    `(progn ,@(nreverse forms) ',name)))

;; Slot order follows GNU 28's cl-defstructs, so printed records look alike.
(ert--defrecord ert-test nil
  (name documentation body most-recent-result (expected-result-type :passed) tags))
(ert--defrecord ert-test-result nil (messages should-forms (duration 0)))
(ert--defrecord ert-test-passed ert-test-result ())
(ert--defrecord ert-test-result-with-condition ert-test-result (condition backtrace infos))
(ert--defrecord ert-test-quit ert-test-result-with-condition ())
(ert--defrecord ert-test-failed ert-test-result-with-condition ())
(ert--defrecord ert-test-skipped ert-test-result-with-condition ())
(ert--defrecord ert-test-aborted-with-non-local-exit ert-test-result ())
(ert--defrecord ert--stats nil
  (selector tests test-map test-results test-start-times test-end-times
            (passed-expected 0) (passed-unexpected 0) (failed-expected 0) (failed-unexpected 0)
            (skipped 0) start-time end-time aborted-p current-test (next-redisplay 0.0)))

;;;; Defining and finding tests.

(define-error 'ert-test-failed "Test failed")
(define-error 'ert-test-skipped "Test skipped")

(defun ert-test-boundp (symbol)
  "Return non-nil if SYMBOL names a test."
  (and (get symbol 'ert--test) t))

(defun ert-get-test (symbol)
  "If SYMBOL names a test, return that.  Signal an error otherwise."
  (unless (ert-test-boundp symbol) (error "No test named `%S'" symbol))
  (get symbol 'ert--test))

(defun ert-set-test (symbol definition)
  "Make SYMBOL name the test DEFINITION, and return DEFINITION."
  (when (eq symbol nil) (error "Attempt to define a test named nil"))
  (put symbol 'ert--test definition)
  ;; Remember the defining file for `ert-resource-directory' (tsmacs expands macros lazily).
  (when load-file-name (put symbol 'ert--test-file load-file-name))
  definition)

(defun ert-make-test-unbound (symbol)
  "Make SYMBOL name no test.  Return SYMBOL."
  (put symbol 'ert--test nil)
  symbol)

(defun ert-delete-test (test-name)
  "Make the test TEST-NAME unbound."
  (ert-make-test-unbound test-name))

(defun ert--all-test-names ()
  "Names of all defined tests, sorted like GNU's `apropos-internal' sorts them."
  (let ((names nil))
    (mapatoms (lambda (s) (when (get s 'ert--test) (push s names))))
    (sort names (lambda (a b) (ert--string< (symbol-name a) (symbol-name b))))))

(defun ert-delete-all-tests ()
  "Make all symbols in `obarray' name no test."
  (dolist (name (ert--all-test-names)) (ert-make-test-unbound name))
  t)

(defun ert--parse-keys-and-body (keys-and-body)
  "Split KEYS-AND-BODY into a keyword plist and the body: return (PLIST BODY)."
  (let ((plist nil) (rest keys-and-body))
    (while (keywordp (car-safe rest))
      (let ((key (pop rest)))
        (unless (consp rest) (error "Value expected after keyword %S in %S" key keys-and-body))
        (setq plist (cons (pop rest) (cons key plist)))))
    (list (nreverse plist) rest)))

(defmacro ert-deftest (name arglist &rest docstring-keys-and-body)
  "Define NAME (a symbol) as a test.
BODY is evaluated as a `progn' when the test is run.  It should signal a condition on failure or
just return if the test passes.  `should', `should-not', `should-error' and `skip-unless' are
useful for assertions in BODY.

\(fn NAME () [DOCSTRING] [:expected-result RESULT-TYPE] [:tags \\='(TAG...)] BODY...)"
  (declare (doc-string 3) (indent 2))
  (when arglist (error "Test %S: the argument list must be empty" name))
  (let* ((rest docstring-keys-and-body)
         (doc (and (stringp (car rest)) (pop rest)))
         (parsed (ert--parse-keys-and-body rest))
         (keys (car parsed))
         (body (cadr parsed)))
    (let ((tail keys))
      (while tail
        (unless (memq (car tail) '(:expected-result :tags))
          (error "Keyword argument %S not one of (:expected-result :tags)" (car tail)))
        (setq tail (cddr tail))))
    `(progn
       (ert-set-test ',name
                     (make-ert-test
                      :name ',name
                      ,@(and doc `(:documentation ,doc))
                      ,@(let ((x (ert--plist-value keys :expected-result 'ert--absent)))
                          (and (not (eq x 'ert--absent)) `(:expected-result-type ,x)))
                      ,@(let ((x (ert--plist-value keys :tags 'ert--absent)))
                          (and (not (eq x 'ert--absent)) `(:tags ,x)))
                      ;; The body sees the `lexical-binding' of the file that defined it.
                      :body (lambda () (let ((lexical-binding ,lexical-binding)) ,@body))))
       ',name)))

;;;; Signalling results from inside a test.

(defun ert-pass ()
  "Terminate the current test and mark it passed.  Does not return."
  (throw 'ert--pass nil))

(defun ert-fail (data)
  "Terminate the current test and mark it failed.  Does not return.
DATA is displayed to the user and should state the reason of the failure."
  (signal 'ert-test-failed (list data)))

(defun ert-skip (data)
  "Terminate the current test and mark it skipped.  Does not return.
DATA is displayed to the user and should state the reason for skipping."
  (signal 'ert-test-skipped (list data)))

;;;; The `should' family.

(defvar ert--should-execution-observer nil
  "When non-nil, a function called with the description of each `should' form run.")

(defun ert--special-operator-p (thing)
  "Return non-nil if THING is a symbol naming a special operator."
  (and (symbolp thing) (fboundp thing) (special-form-p (indirect-function thing))))

(defun ert--describe-should (whole fn args value aborted fn-name)
  "The description GNU's `should' forms report: (WHOLE :form (FN . ARGS) :value V ...).
ABORTED is the marker VALUE holds when the form did not return; FN-NAME is the operator as
written, whose `ert-explainer' property explains a failure."
  (let ((done (not (eq value aborted))))
    (nconc (list whole :form (cons fn args))
           (and done (list :value value))
           (and done
                (let ((explainer (and (symbolp fn-name) (get fn-name 'ert-explainer))))
                  (and explainer (list :explanation (apply explainer args))))))))

(defun ert--expand-should (whole form check)
  "Expand a `should'-like form WHOLE that checks FORM.
CHECK is called with VALUE-FORM, DESC and VALUE, and returns the code that tests the value.
VALUE-FORM evaluates FORM, stores its value in the variable VALUE and, however it exits, the
description of the evaluation in the variable DESC (also reported to
`ert--should-execution-observer', which records every `should' a test runs).  The expansion
returns the final value of VALUE."
  (let* ((env (and (boundp 'macroexpand-all-environment) (symbol-value 'macroexpand-all-environment)))
         (form (condition-case err (macroexpand-all form env)
                 (error `(signal ',(car err) ',(cdr err)))))
         (value (make-symbol "value"))
         (desc (make-symbol "form-description"))
         (aborted (make-symbol "ert-form-evaluation-aborted"))
         (record (lambda (inner description)
                   `(unwind-protect (setq ,value ,inner)
                      (setq ,desc (ert--note-should ,description))))))
    (if (or (atom form) (ert--special-operator-p (car form)))
        `(let ((,value ',aborted) (,desc nil))
           ,(funcall check (funcall record form `(list ',whole :form ',form :value ,value)) desc value)
           ,value)
      (let ((fn (make-symbol "fn"))
            (args (make-symbol "args")))
        ;; Arguments are evaluated first; an error there is replayed through `signal', so the
        ;; description shows (signal ERROR DATA) as GNU's does.
        `(let* ((,fn #',(car form))
                (,args (condition-case err
                           (list ,@(cdr form))
                         (error (setq ,fn #'signal) (list (car err) (cdr err)))))
                (,value ',aborted)
                (,desc nil))
           ,(funcall check
                     (funcall record `(apply ,fn ,args)
                              `(ert--describe-should ',whole ,fn ,args ,value ',aborted ',(car form)))
                     desc value)
           ,value)))))

(defun ert--note-should (description)
  "Report DESCRIPTION to `ert--should-execution-observer', and return it."
  (when ert--should-execution-observer (funcall ert--should-execution-observer description))
  description)

(defmacro should (form)
  "Evaluate FORM.  If it returns nil, abort the current test as failed.
Returns the value of FORM."
  (declare (debug t))
  (ert--expand-should `(should ,form) form
                      (lambda (value-form desc _value)
                        `(unless ,value-form (ert-fail ,desc)))))

(defmacro should-not (form)
  "Evaluate FORM.  If it returns non-nil, abort the current test as failed.
Returns nil."
  (declare (debug t))
  (ert--expand-should `(should-not ,form) form
                      (lambda (value-form desc _value)
                        `(when ,value-form (ert-fail ,desc)))))

(defun ert--should-error-check (description condition type exclude-subtypes)
  "Fail unless CONDITION matches TYPE (and EXCLUDE-SUBTYPES); DESCRIPTION describes the form."
  (let ((signaled (get (car condition) 'error-conditions))
        (wanted (if (listp type) type (list type))))
    (unless (let ((hit nil)) (dolist (c signaled) (when (memq c wanted) (setq hit t))) hit)
      (ert-fail (append description
                        (list :condition condition
                              :fail-reason "the error signaled did not have the expected type"))))
    (when (and exclude-subtypes (not (memq (car condition) wanted)))
      (ert-fail (append description
                        (list :condition condition
                              :fail-reason "the error signaled was a subtype of the expected type"))))))

(defmacro should-error (form &rest keys)
  "Evaluate FORM and check that it signals an error.
The error signaled needs to match TYPE (keyword :type), a condition name or a list of them; by
default any error.  With :exclude-subtypes non-nil the error symbol itself must be in TYPE.
If the error matches, returns (ERROR-SYMBOL . DATA); otherwise the test fails.

\(fn FORM &key TYPE EXCLUDE-SUBTYPES)"
  (declare (debug t))
  (let ((type (ert--plist-value keys :type ''error))
        (exclude (ert--plist-value keys :exclude-subtypes nil))
        (errorp (make-symbol "errorp")))
    (ert--expand-should
     `(should-error ,form ,@keys) form
     (lambda (value-form desc value)
       `(let ((,errorp nil))
          (condition-case condition
              ,value-form
            (error
             (setq ,errorp t)
             (ert--should-error-check ,desc condition ,type ,exclude)
             (setq ,value condition)))
          (unless ,errorp
            (ert-fail (append ,desc (list :fail-reason "did not signal an error")))))))))

(defmacro ert--skip-unless (form)
  "Evaluate FORM.  If it returns nil (or signals an error), skip the current test."
  (declare (debug t))
  (ert--expand-should `(skip-unless ,form) form
                      (lambda (value-form desc _value)
                        `(unless (condition-case nil ,value-form (error nil))
                           (ert-skip ,desc)))))

;; GNU binds this only inside `ert-deftest' bodies (with cl-macrolet); a global macro is simpler.
(defmacro skip-unless (form)
  "Evaluate FORM.  If it returns nil, skip the current test."
  (declare (debug t))
  `(ert--skip-unless ,form))

(defvar ert--infos nil
  "The stack of `ert-info' infos that currently apply: a list of (PREFIX . MESSAGE).")

(defmacro ert-info (spec &rest body)
  "Evaluate MESSAGE-FORM and BODY, and report the message if BODY fails.
SPEC is (MESSAGE-FORM [:prefix PREFIX-FORM]); the prefix defaults to \"Info: \".

\(fn (MESSAGE-FORM &key PREFIX) &body BODY)"
  (declare (debug ((form &rest [sexp form]) body)) (indent 1))
  (let ((message-form (car spec))
        (prefix-form (ert--plist-value (cdr spec) :prefix "Info: ")))
    `(let ((ert--infos (cons (cons ,prefix-form ,message-form) ert--infos)))
       ,@body)))

;;;; Explaining `should' failures.

(defun ert--abbreviate-string (s len suffixp)
  "Shorten string S to at most LEN chars: its suffix if SUFFIXP, else its prefix."
  (let ((n (length s)))
    (cond ((< n len) s)
          (suffixp (substring s (- n len)))
          (t (substring s 0 len)))))

(defun ert--explain-format-atom (x)
  "Format atom X for an explanation: characters and integers also in hex."
  (cond ((and (integerp x) (>= x 0) (<= x #x3fffff)) (list x (format "#x%x" x) (format "?%c" x)))
        ((integerp x) (list x (format "#x%x" x)))
        (t x)))

(defun ert--first-mismatch (a b)
  "Index of the first position where sequences A and B differ (by `equal'), or nil."
  (let ((la (length a)) (lb (length b)) (i 0) (res nil))
    (while (and (not res) (< i la) (< i lb))
      (unless (equal (elt a i) (elt b i)) (setq res i))
      (setq i (1+ i)))
    (or res (and (/= la lb) (min la lb)))))

(defun ert--explain-equal-rec (a b)
  "Return a programmer-readable explanation of why A and B are not `equal', or nil."
  (cond
   ((not (eq (type-of a) (type-of b))) (list 'different-types a b))
   ((consp a)
    (let ((la (proper-list-p a)) (lb (proper-list-p b)))
      (cond
       ((not (eq (not la) (not lb))) (list 'one-list-proper-one-improper a b))
       ((and la (/= la lb))
        (list 'proper-lists-of-different-length la lb a b
              'first-mismatch-at (ert--first-mismatch a b)))
       (la (let ((i 0) (res nil))
             (while (and a (not res))
               (let ((x (ert--explain-equal-rec (car a) (car b))))
                 (when x (setq res (list 'list-elt i x))))
               (setq a (cdr a) b (cdr b) i (1+ i)))
             res))
       (t (let ((x (ert--explain-equal-rec (car a) (car b))))
            (if x (list 'car x)
              (let ((y (ert--explain-equal-rec (cdr a) (cdr b))))
                (and y (list 'cdr y)))))))))
   ((or (arrayp a) (recordp a))
    (when (and (stringp a) (not (eq (multibyte-string-p a) (multibyte-string-p b))))
      (setq a (string-to-multibyte a) b (string-to-multibyte b)))
    (if (/= (length a) (length b))
        (append (list 'arrays-of-different-length (length a) (length b) a b)
                (unless (char-table-p a) (list 'first-mismatch-at (ert--first-mismatch a b))))
      (let ((i 0) (n (length a)) (res nil))
        (while (and (not res) (< i n))
          (let ((x (ert--explain-equal-rec (aref a i) (aref b i))))
            (when x (setq res (list 'array-elt i x))))
          (setq i (1+ i)))
        res)))
   ((equal a b) nil)
   ((and (symbolp a) (symbolp b) (equal (symbol-name a) (symbol-name b)))
    (list 'different-symbols-with-the-same-name a b))
   (t (list 'different-atoms (ert--explain-format-atom a) (ert--explain-format-atom b)))))

(defun ert--explain-equal (a b)
  "Explainer function for `equal'."
  (and (not (equal a b)) (ert--explain-equal-rec a b)))
(put 'equal 'ert-explainer 'ert--explain-equal)

(defun ert--explain-string-equal (a b)
  "Explainer function for `string-equal'."
  (let ((as (if (symbolp a) (symbol-name a) a))
        (bs (if (symbolp b) (symbol-name b) b)))
    (and (not (equal as bs)) (ert--explain-equal-rec as bs))))
(put 'string-equal 'ert-explainer 'ert--explain-string-equal)

(defun ert-equal-including-properties (a b)
  "Return t if A and B have similar structure and contents, including text properties.
Unlike `equal-including-properties', property values are compared with `equal'."
  (not (ert--explain-equal-including-properties a b)))

(defun ert--explain-equal-including-properties (a b)
  "Explainer function for `ert-equal-including-properties'.
For equal strings, names the first character whose properties differ:
\(char I CHAR (different-properties-for-key KEY EXPLANATION) context-before S context-after S)."
  (cond
   ((not (equal a b)) (ert--explain-equal a b))
   ((not (and (stringp a) (fboundp 'text-properties-at))) nil)
   (t (let ((i 0) (n (length a)) (res nil))
        (while (and (not res) (<= i n))
          (let ((diff (ert--plist-difference-explanation (text-properties-at i a)
                                                         (text-properties-at i b))))
            (when diff
              (setq res (list 'char i (substring-no-properties a i (1+ i)) diff
                              'context-before (ert--abbreviate-string (substring-no-properties a 0 i) 10 t)
                              'context-after (ert--abbreviate-string (substring-no-properties a (1+ i)) 10 nil)))))
          (setq i (1+ i)))
        res))))
(put 'ert-equal-including-properties 'ert-explainer 'ert--explain-equal-including-properties)

(defun ert--significant-plist-keys (plist)
  "The keys of PLIST that have non-nil values, in order, each once."
  (let ((keys nil))
    (while plist
      (when (and (cadr plist) (not (memq (car plist) keys))) (push (car plist) keys))
      (setq plist (cddr plist)))
    (nreverse keys)))

(defun ert--plist-difference-explanation (a b)
  "Why plists A and B differ (absent keys counting as nil), or nil if they do not.
The answer is (different-properties-for-key KEY EXPLANATION) for the first key that is set in
only one of them, else for the first key whose values are not `equal'."
  (let* ((keys-a (ert--significant-plist-keys a))
         (keys-b (ert--significant-plist-keys b))
         (key (or (let ((k nil)) (dolist (x keys-a) (unless (or k (memq x keys-b)) (setq k x))) k)
                  (let ((k nil)) (dolist (x keys-b) (unless (or k (memq x keys-a)) (setq k x))) k)
                  (let ((k nil))
                    (dolist (x keys-a) (unless (or k (equal (plist-get a x) (plist-get b x))) (setq k x)))
                    k))))
    (and key
         (list 'different-properties-for-key key
               (ert--explain-equal-including-properties (plist-get a key) (plist-get b key))))))

(defun ert--string-first-line (s)
  "The first line of S, without its newline."
  (let ((i 0) (n (length s)))
    (while (and (< i n) (/= (aref s i) ?\n)) (setq i (1+ i)))
    (substring s 0 i)))

;;;; Running a test.

(defvar ert-debug-on-error nil
  "Non-nil means enter debugger when a test fails or terminates with an error.")

(defvar ert--running-tests nil
  "Tests currently executing, innermost first.")

(defvar ert--backtrace-frame-limit 16
  "How many frames of a failing test's backtrace ERT keeps (the innermost ones).")

(defun ert--capture-backtrace ()
  "Frames active at a failure, innermost first, as `backtrace-frame' records.
The records have the layout of GNU's backtrace.el structure (evald fun args flags locals
buffer pos), so its `backtrace-frame-fun' and friends read them.
Frames of ERT's own failure handling are dropped.  The debugger sees every signal in a test,
so this stops after `ert--backtrace-frame-limit' frames to stay cheap."
  (let ((frames nil) (n 0) (seen nil))
    (when (fboundp 'mapbacktrace)
      (catch 'ert--enough-frames
        (mapbacktrace
         (lambda (evald fun args flags)
           (cond
            (seen (push (record 'backtrace-frame evald fun args flags nil nil nil) frames)
                  (when (>= (setq n (1+ n)) ert--backtrace-frame-limit)
                    (throw 'ert--enough-frames nil)))
            ;; Everything up to our debugger entry point (and the lambda that forwarded to it)
            ;; is ERT's own failure handling.
            ((eq fun 'ert--run-test-debugger) (setq seen 'debugger))
            (t nil))))))
    (setq frames (nreverse frames))
    (when (and frames (not (symbolp (aref (car frames) 2)))) (setq frames (cdr frames)))
    frames))

;; GNU's backtrace.el accessors, for code that reads the frames of a result.
(let ((i 1))
  (dolist (slot '(evald fun args flags locals buffer pos))
    (let ((name (intern (concat "backtrace-frame-" (symbol-name slot)))))
      (unless (fboundp name)
        (defalias name (let ((k i)) (lambda (frame) (aref frame k)))
          (format "The `%s' slot of backtrace frame FRAME." slot))))
    (setq i (1+ i))))

;; How failures are recorded.  GNU binds `debugger' around the test and lets every unhandled
;; error end the test from inside the debugger.  tsmacs raises some errors without consulting the
;; debugger (void-function from compiled code, errors of the JS host), so here the debugger only
;; observes: with `debug-on-signal' it is told of every signal and notes the condition, the
;; `ert-info' stack and the backtrace while the signalling frames are still live; the
;; condition-case around the body then ends the test, using the notes when they are about the
;; same signal.
(defvar ert--last-signal nil
  "(CONDITION INFOS BACKTRACE) of the latest signal inside the running test.")

(defun ert--result-for-condition (condition infos backtrace)
  "A result record for a test that ended with CONDITION."
  (cond ((eq (car condition) 'quit)
         (make-ert-test-quit :condition condition :backtrace backtrace :infos infos))
        ((eq (car condition) 'ert-test-skipped)
         (make-ert-test-skipped :condition condition :backtrace backtrace :infos infos))
        (t (make-ert-test-failed :condition condition :backtrace backtrace :infos infos))))

(defun ert--run-test-debugger (args)
  "The `debugger' during a test: note the signal described by ARGS and return."
  (when (eq (car args) 'error)
    (setq ert--last-signal (list (cadr args) (reverse ert--infos) (ert--capture-backtrace))))
  nil)

(defun ert--run-test-internal (test)
  "Run TEST's body and return its result record."
  (let ((body (ert-test-body test))
        (ert--last-signal nil)
        ;; As in GNU, these are read as the test starts: the body cannot change them.
        (next-debugger debugger)
        (debug-after ert-debug-on-error))
    ;; The value is nil when the body returns or calls `ert-pass', else the failure's result.
    (or (catch 'ert--pass
          (condition-case condition
              (let ((debugger (lambda (&rest args) (ert--run-test-debugger args)))
                    (debug-on-signal t)
                    (debug-on-error t)
                    (debug-on-quit t)
                    (debug-ignored-errors nil)
                    (backtrace-on-error-noninteractive nil)
                    (ert--infos nil))
                (funcall body)
                nil)
            ((debug t)
             (let* ((noted ert--last-signal)
                    (same (and noted (eq (car (car noted)) (car condition))
                               (eq (cdr (car noted)) (cdr condition)))))
               ;; With `ert-debug-on-error' the failure goes on to the debugger outside the test
               ;; (after the test's frames have unwound, unlike GNU) and then propagates, so that
               ;; a condition-case around `ert-run-test' sees it as it does in GNU.
               (when debug-after
                 (when (functionp next-debugger) (funcall next-debugger 'error condition))
                 (signal (car condition) (cdr condition)))
               (ert--result-for-condition condition (and same (nth 1 noted)) (and same (nth 2 noted)))))))
        (make-ert-test-passed))))

(defun ert--messages-buffer ()
  "The *Messages* buffer when tsmacs has buffers, else nil."
  (and (fboundp 'get-buffer-create) (fboundp 'buffer-substring-no-properties)
       (if (fboundp 'messages-buffer) (messages-buffer) (get-buffer-create "*Messages*"))))

(defun ert--force-message-log-buffer-truncation ()
  "Truncate *Messages* now to its last `message-log-max' lines, as logging a message would."
  (let ((messages (ert--messages-buffer)))
    (when (and messages (natnump (bound-and-true-p message-log-max)))
      (save-current-buffer
        (set-buffer messages)
        (let ((inhibit-read-only t)
              (end (save-excursion (goto-char (point-max)) (forward-line (- message-log-max)) (point))))
          (delete-region (point-min) end))))))

(defun ert-run-test (ert-test)
  "Run ERT-TEST.
Returns the result and stores it in ERT-TEST's `most-recent-result' slot."
  (ert--set-ert-test-most-recent-result ert-test nil)
  (let* ((should-forms nil)
         (result (make-ert-test-aborted-with-non-local-exit))
         (messages (ert--messages-buffer))
         (begin (and messages (save-current-buffer (set-buffer messages) (point-max)))))
    (unwind-protect
        (let ((ert--should-execution-observer (lambda (d) (push d should-forms)))
              (message-log-max t)
              (ert--running-tests (cons ert-test ert--running-tests)))
          (setq result (ert--run-test-internal ert-test)))
      ;; What the test logged to *Messages* (GNU keeps it in the result too).
      (when (and messages (buffer-live-p messages))
        (ert--set-ert-test-result-messages
         result (save-current-buffer
                  (set-buffer messages)
                  (buffer-substring-no-properties (min begin (point-max)) (point-max)))))
      (ert--set-ert-test-result-should-forms result (nreverse should-forms))
      (ert--set-ert-test-most-recent-result ert-test result))
    result))

(defun ert-running-test ()
  "Return the top-level test currently executing."
  (car (last ert--running-tests)))

;;;; Results and selectors.

(defun ert-test-result-type-p (result result-type)
  "Return non-nil if RESULT matches type RESULT-TYPE.
Valid result types: nil, t, :failed, :passed, :skipped, (and TYPES...), (or TYPES...),
\(not TYPE) and (satisfies PREDICATE)."
  (cond
   ((eq result-type nil) nil)
   ((eq result-type t) t)
   ((eq result-type :failed) (ert-test-failed-p result))
   ((eq result-type :passed) (ert-test-passed-p result))
   ((eq result-type :skipped) (ert-test-skipped-p result))
   ((and (consp result-type) (eq (car result-type) 'and))
    (let ((ok t)) (dolist (ty (cdr result-type)) (unless (ert-test-result-type-p result ty) (setq ok nil))) ok))
   ((and (consp result-type) (eq (car result-type) 'or))
    (let ((ok nil)) (dolist (ty (cdr result-type)) (when (ert-test-result-type-p result ty) (setq ok t))) ok))
   ((and (consp result-type) (eq (car result-type) 'not))
    (not (ert-test-result-type-p result (cadr result-type))))
   ((and (consp result-type) (eq (car result-type) 'satisfies))
    (funcall (cadr result-type) result))
   (t (error "Invalid result type: %S" result-type))))

(defun ert-test-result-expected-p (test result)
  "Return non-nil if TEST's expected result type matches RESULT."
  (or (ert-test-result-type-p result :skipped)
      (ert-test-result-type-p result (ert-test-expected-result-type test))))

(defun ert--selector-test (x)
  "X as a test: X itself, or the test a symbol X names."
  (cond ((ert-test-p x) x)
        ((and (symbolp x) (ert-test-boundp x)) (ert-get-test x))
        (t (error "Not a test or test name: %S" x))))

(defun ert-select-tests (selector universe)
  "Return a list of tests that match SELECTOR, chosen from UNIVERSE (a list of tests, or t).
SELECTOR is nil (none), t (UNIVERSE), :new, :failed, :passed, :expected, :unexpected, a regexp
string matching test names, a test, a test name, (member TESTS...), (eql TEST),
\(and SELECTORS...), (or SELECTORS...), (not SELECTOR), (tag TAG) or (satisfies PREDICATE)."
  (let ((all (lambda () (if (listp universe) universe (mapcar #'ert-get-test (ert--all-test-names)))))
        (keep (lambda (pred tests) (let ((out nil)) (dolist (x tests) (when (funcall pred x) (push x out))) (nreverse out)))))
    (cond
     ((eq selector nil) nil)
     ((eq selector t) (funcall all))
     ((eq selector :new)
      (funcall keep (lambda (x) (null (ert-test-most-recent-result x))) (funcall all)))
     ((memq selector '(:failed :passed))
      (funcall keep (lambda (x) (ert-test-result-type-p (ert-test-most-recent-result x) selector))
               (funcall all)))
     ((eq selector :expected)
      (funcall keep (lambda (x) (ert-test-result-expected-p x (ert-test-most-recent-result x)))
               (funcall all)))
     ((eq selector :unexpected) (ert-select-tests '(not :expected) universe))
     ((stringp selector)
      (funcall keep (lambda (x) (and (ert-test-name x)
                                     (ert--regexp-match-p selector (symbol-name (ert-test-name x)))))
               (funcall all)))
     ((ert-test-p selector) (list selector))
     ((symbolp selector)
      (unless (ert-test-boundp selector) (error "No test named `%S'" selector))
      (list (ert-get-test selector)))
     ((consp selector)
      (let ((op (car selector)) (operands (cdr selector)))
        (cond
         ((eq op 'member) (mapcar #'ert--selector-test operands))
         ((eq op 'eql) (list (ert--selector-test (car operands))))
         ((eq op 'and)
          (let ((tests (funcall all)))
            (dolist (s operands) (setq tests (ert-select-tests s tests)))
            tests))
         ((eq op 'or)
          (if (null operands) nil
            (ert--union (ert-select-tests (car operands) universe)
                        (ert-select-tests (cons 'or (cdr operands)) universe))))
         ((eq op 'not)
          (let* ((tests (funcall all)) (drop (ert-select-tests (car operands) tests)))
            (funcall keep (lambda (x) (not (memq x drop))) tests)))
         ((eq op 'tag)
          (funcall keep (lambda (x) (member (car operands) (ert-test-tags x))) (funcall all)))
         ((eq op 'satisfies) (funcall keep (car operands) (funcall all)))
         (t (error "Invalid selector: %S" selector)))))
     (t (error "Invalid selector: %S" selector)))))

(defun ert--union (a b)
  "The union of test lists A and B, ordered as GNU's `cl-union' orders it.
The members of the shorter list missing from the longer come first, then the longer list."
  (cond ((null a) b)
        ((null b) a)
        ((equal a b) a)
        (t (when (< (length a) (length b)) (setq a (prog1 b (setq b a))))
           (let ((extra nil))
             (dolist (x b) (unless (memq x a) (push x extra)))
             (append (nreverse extra) a)))))

;;;; Statistics of a run.

(defun ert-stats-completed-expected (stats)
  "Return the number of tests in STATS that had expected results."
  (+ (ert--stats-passed-expected stats) (ert--stats-failed-expected stats)))

(defun ert-stats-completed-unexpected (stats)
  "Return the number of tests in STATS that had unexpected results."
  (+ (ert--stats-passed-unexpected stats) (ert--stats-failed-unexpected stats)))

(defun ert-stats-skipped (stats)
  "Number of tests in STATS that have skipped."
  (ert--stats-skipped stats))

(defun ert-stats-completed (stats)
  "Number of tests in STATS that have run so far."
  (+ (ert-stats-completed-expected stats) (ert-stats-completed-unexpected stats)
     (ert-stats-skipped stats)))

(defun ert-stats-total (stats)
  "Number of tests in STATS, regardless of whether they have run yet."
  (length (ert--stats-tests stats)))

(defun ert--stats-test-key (test)
  "The key of TEST in the test map of a statistics record: its name, or itself if unnamed."
  (or (ert-test-name test) test))

(defun ert--stats-test-pos (stats test)
  "The position of TEST in the run STATS describes."
  (gethash (ert--stats-test-key test) (ert--stats-test-map stats)))

(defun ert--stats-count (stats test result delta)
  "Add DELTA to the counter of STATS that RESULT of TEST belongs to."
  (let ((slot (cond ((null result) nil)
                    ((ert-test-skipped-p result) #'ert--stats-skipped)
                    ((ert-test-result-expected-p test result)
                     (cond ((ert-test-passed-p result) #'ert--stats-passed-expected)
                           ((ert-test-failed-p result) #'ert--stats-failed-expected)))
                    ((ert-test-passed-p result) #'ert--stats-passed-unexpected)
                    ((ert-test-failed-p result) #'ert--stats-failed-unexpected))))
    (when slot
      (let ((setter (intern (concat "ert--set-" (symbol-name slot)))))
        (funcall setter stats (+ (funcall slot stats) delta))))))

(defun ert--stats-set-test-and-result (stats pos test result)
  "Change STATS by replacing the test at position POS with TEST and RESULT.
Also changes the counters in STATS to match."
  (let ((tests (ert--stats-tests stats))
        (results (ert--stats-test-results stats))
        (map (ert--stats-test-map stats)))
    (ert--stats-count stats (aref tests pos) (aref results pos) -1)
    (remhash (ert--stats-test-key (aref tests pos)) map)
    (aset tests pos test)
    (aset results pos result)
    (puthash (ert--stats-test-key test) pos map)
    (ert--stats-count stats test result 1)
    nil))

(defun ert--make-stats (tests selector)
  "A new statistics record for running TESTS, chosen by SELECTOR."
  (let* ((tests (vconcat tests))
         (n (length tests))
         (map (make-hash-table :test 'equal :size (max n 1)))
         (i 0))
    (while (< i n)
      (puthash (ert--stats-test-key (aref tests i)) i map)
      (setq i (1+ i)))
    (make-ert--stats :selector selector :tests tests
                     :test-map map
                     :test-results (make-vector n nil)
                     :test-start-times (make-vector n nil)
                     :test-end-times (make-vector n nil))))

(defun ert-run-or-rerun-test (stats test listener)
  "Run the single test TEST and record the result using STATS and LISTENER."
  (let ((pos (ert--stats-test-pos stats test)))
    (ert--stats-set-test-and-result stats pos test nil)
    (ert--set-ert--stats-current-test stats test)
    (funcall listener 'test-started stats test)
    (aset (ert--stats-test-start-times stats) pos (ert--now))
    (let ((result (ert-run-test test)))
      (aset (ert--stats-test-end-times stats) pos (ert--now))
      (ert--set-ert-test-result-duration
       result (ert--elapsed (aref (ert--stats-test-start-times stats) pos)
                            (aref (ert--stats-test-end-times stats) pos)))
      (ert--stats-set-test-and-result stats pos test result)
      (funcall listener 'test-ended stats test result)
      (ert--set-ert--stats-current-test stats nil))))

(defun ert-run-tests (selector listener &optional _interactively)
  "Run the tests specified by SELECTOR, sending progress updates to LISTENER.
Returns the statistics record."
  (let* ((tests (ert-select-tests selector t))
         (stats (ert--make-stats tests selector)))
    (ert--set-ert--stats-start-time stats (ert--now))
    (funcall listener 'run-started stats)
    (let ((abortedp t))
      (unwind-protect
          (progn (dolist (test tests) (ert-run-or-rerun-test stats test listener))
                 (setq abortedp nil))
        (ert--set-ert--stats-aborted-p stats abortedp)
        (ert--set-ert--stats-end-time stats (ert--now))
        (unless abortedp (funcall listener 'run-ended stats abortedp))))
    stats))

(defun ert-string-for-test-result (result expectedp)
  "A string for RESULT: lower case when EXPECTEDP, upper case otherwise."
  (let ((s (cond ((ert-test-passed-p result) "passed")
                 ((ert-test-failed-p result) "failed")
                 ((ert-test-skipped-p result) "skipped")
                 ((null result) "unknown")
                 ((ert-test-aborted-with-non-local-exit-p result) "aborted")
                 ((ert-test-quit-p result) "quit")
                 (t "unknown"))))
    (if expectedp s (upcase s))))

(defun ert-reason-for-test-result (result)
  "The reason given for RESULT (the argument of `ert-fail' or `ert-skip'), as a string."
  (let ((reason (and (ert-test-result-with-condition-p result)
                     (cadr (ert-test-result-with-condition-condition result))))
        (print-escape-newlines t) (print-level 6) (print-length 10))
    (if reason (format "  %S" reason) "")))

;; The batch runner lives beside this file (ert-batch.el); load it from there so that `-l FILE'
;; of this file works without lisp/ on `load-path'.
(provide 'ert)
(if load-file-name
    (load (concat (ert--file-directory load-file-name) "ert-batch") nil t)
  (require 'ert-batch))

;;; ert.el ends here
