;;; edebug.el --- Edebug: instrumenting Lisp definitions from their source (GNU: emacs-lisp/edebug.el)  -*- lexical-binding: t -*-

;; Written for tsmacs from GNU Emacs's Edebug documentation (Elisp manual, "Edebug").  Edebug reads a
;; definition from a buffer remembering where each subform starts and ends, matches it against the
;; Edebug specification of its head (`def-edebug-spec', `(declare (debug SPEC))'), and wraps every
;; evaluated subform in calls that report to the debugger before and after it runs:
;;   (edebug-enter 'NAME (list ARGS...) (function (lambda () BODY...)))
;;   (edebug-after (edebug-before BEFORE-INDEX) AFTER-INDEX FORM)
;; Those wrappers, the `edebug' symbol property (MARKER BREAKPOINTS OFFSETS WINDOW-DATA), the
;; `edebug-behavior' indirection and the hook variables are GNU's documented interface, kept so that
;; code written against GNU's Edebug works unchanged.
;;
;; Batch mode has no command loop: stopping modes (step, next, go to a breakpoint) read Edebug's
;; command keys one line at a time from the minibuffer (stdin in batch), and the non-stopping modes
;; (Go-nonstop, trace, continue) run without asking.

;;; Code:

(require 'cl-lib)

;;;; Options

(defgroup edebug nil
  "A source-level debugger for Emacs Lisp."
  :group 'lisp)

(defcustom edebug-setup-hook nil
  "Functions to call before Edebug is used; the hook is cleared once run."
  :type 'hook)

(defcustom edebug-all-defs nil
  "If non-nil, evaluating defining forms instruments them for Edebug."
  :type 'boolean)

(defcustom edebug-all-forms nil
  "Non-nil means evaluation of all forms will instrument for Edebug."
  :type 'boolean)

(defcustom edebug-eval-macro-args nil
  "Non-nil means all macro call arguments may be evaluated.
When nil, the arguments of a macro without an Edebug spec are not instrumented."
  :type 'boolean)

(defcustom edebug-max-depth 150
  "Maximum recursion depth when parsing Edebug specs."
  :type 'integer)

(defcustom edebug-save-windows t
  "If non-nil, Edebug saves and restores the window configuration."
  :type 'boolean)

(defcustom edebug-save-displayed-buffer-points nil
  "If non-nil, save and restore point in all displayed buffers."
  :type 'boolean)

(defcustom edebug-initial-mode 'step
  "Initial execution mode for Edebug, if non-nil.
One of `step', `next', `go', `Go-nonstop', `trace', `Trace-fast', `continue'
or `Continue-fast'."
  :type '(choice (const step) (const next) (const go) (const Go-nonstop) (const trace)
                 (const Trace-fast) (const continue) (const Continue-fast)))

(defcustom edebug-trace nil
  "Non-nil means display a trace of function entry and exit in `*edebug-trace*'."
  :type 'boolean)

(defcustom edebug-test-coverage nil
  "If non-nil, Edebug tests coverage of all expressions debugged."
  :type 'boolean)

(defcustom edebug-continue-kbd-macro nil
  "If non-nil, continue defining or executing any keyboard macro."
  :type 'boolean)

(defcustom edebug-print-length 50
  "If non-nil, default value of `print-length' for printing results in Edebug."
  :type '(choice integer (const nil)))

(defcustom edebug-print-level 50
  "If non-nil, default value of `print-level' for printing results in Edebug."
  :type '(choice integer (const nil)))

(defcustom edebug-print-circle t
  "If non-nil, default value of `print-circle' for printing results in Edebug."
  :type 'boolean)

(defcustom edebug-unwrap-results nil
  "Non-nil if Edebug should unwrap results of expressions."
  :type 'boolean)

(defcustom edebug-on-error t
  "Value bound to `debug-on-error' while Edebug is active."
  :type '(choice (const :tag "off" nil) (const :tag "always" t) (repeat symbol)))

(defcustom edebug-on-quit t
  "Value bound to `debug-on-quit' while Edebug is active."
  :type 'boolean)

(defcustom edebug-global-break-condition nil
  "If non-nil, an expression to test for at every stop point."
  :type 'sexp)

(defcustom edebug-sit-for-seconds 1
  "Number of seconds to pause when execution mode is `trace' or `continue'."
  :type 'number)

(defcustom edebug-sit-on-break t
  "Whether or not to pause for `edebug-sit-for-seconds' on reaching a break."
  :type 'boolean)

;;;; Specifications

(defun edebug-get-spec (symbol)
  "Return the Edebug spec of a given Lisp expression's head SYMBOL.
A spec that is itself a symbol with a spec is followed to the end."
  (let ((spec nil) (next symbol))
    (while (and (symbolp next) (setq next (function-get next 'edebug-form-spec 'macro)))
      (setq spec next))
    spec))

(define-obsolete-function-alias 'get-edebug-spec #'edebug-get-spec "28.1")

(defun edebug--get-elem-spec (elem)
  "Return the specs of the Edebug element ELEM, if any.
A form's name may stand for its spec, as Edebug always allowed."
  (or (get elem 'edebug-elem-spec) (edebug-get-spec elem)))

(defun edebug-basic-spec (spec)
  "Return t if SPEC uses only extant spec symbols.
An extant spec symbol is a symbol that is not a function and has a
`edebug-form-spec' property."
  (cond ((listp spec) (cl-every #'edebug-basic-spec spec))
        ((symbolp spec)
         (and (not (functionp spec)) (function-get spec 'edebug-form-spec) t))))

(defun edebug-lambda-list-keywordp (object)
  "Return t if OBJECT is a lambda list keyword (a symbol starting with `&')."
  (and (symbolp object) (string-prefix-p "&" (symbol-name object))))

(defun edebug-syntax-error (&rest args)
  "Signal `invalid-read-syntax' with ARGS."
  (signal 'invalid-read-syntax args))

;;;; Reading with positions

;; Each sexp read is paired with its offsets, a parallel tree of buffer positions: (BEG . END) for
;; an atom, (BEG OFFSETS-OF-ELEMENTS... . END) for a list or vector (a dotted list's tail counts as
;; one more element).  This is GNU's layout, which spec functions may rely on.

(defvar edebug--read-labels nil
  "Alist (N . OBJECT) of the #N= labels of the form being read.")

(defun edebug--skip-whitespace ()
  "Move over whitespace and comments."
  (skip-chars-forward " \t\r\n\f")
  (while (eq (following-char) ?\;)
    (skip-chars-forward "^\n")
    (skip-chars-forward " \t\r\n\f")))

(defun edebug--dot-p ()
  "Non-nil if the `.' at point is a dotted-pair dot rather than part of a symbol."
  (memq (char-after (1+ (point))) '(nil ?\s ?\t ?\n ?\r ?\f ?\( ?\) ?\[ ?\] ?\" ?\' ?\; ?`)))

(defun edebug--read-node ()
  "Read the sexp after point; return (OBJECT . NODE)."
  (edebug--skip-whitespace)
  (let ((beg (point)) (c (following-char)))
    (cond
     ((eobp) (signal 'end-of-file nil))
     ((eq c ?\() (forward-char 1) (edebug--read-sequence ?\) beg nil))
     ((eq c ?\[) (forward-char 1) (edebug--read-sequence ?\] beg t))
     ((eq c ?\') (forward-char 1) (edebug--read-prefixed 'quote beg))
     ((eq c ?`) (forward-char 1) (edebug--read-prefixed '\` beg))
     ((eq c ?,)
      (forward-char 1)
      (if (not (eq (following-char) ?@))
          (edebug--read-prefixed '\, beg)
        (forward-char 1)
        (edebug--read-prefixed '\,@ beg)))
     ((and (eq c ?#) (eq (char-after (1+ beg)) ?\'))
      (forward-char 2)
      (edebug--read-prefixed 'function beg))
     ((and (eq c ?#) (looking-at "#\\([0-9]+\\)\\([=#]\\)"))
      (let ((n (string-to-number (match-string 1))) (def (equal (match-string 2) "=")))
        (goto-char (match-end 0))
        (if (not def)
            (let ((cell (assq n edebug--read-labels)))
              (unless cell (edebug-syntax-error (format "#%d#" n)))
              (cons (cdr cell) (cons beg (point))))
          (let* ((placeholder (list nil))
                 (cell (cons n placeholder)))
            (push cell edebug--read-labels)
            (let* ((r (edebug--read-node)) (obj (car r)))
              (setcdr cell obj)
              (when (or (consp obj) (vectorp obj))
                (edebug--substitute placeholder obj obj (make-hash-table :test 'eq)))
              (cons obj (cons beg (cdr (cdr r)))))))))
     (t
      (let ((obj (read (current-buffer))))
        (cons obj (cons beg (point))))))))

(defun edebug--substitute (placeholder object tree seen)
  "Replace PLACEHOLDER by OBJECT inside TREE (for circular #N= syntax)."
  (unless (gethash tree seen)
    (puthash tree t seen)
    (cond
     ((consp tree)
      (if (eq (car tree) placeholder) (setcar tree object)
        (edebug--substitute placeholder object (car tree) seen))
      (if (eq (cdr tree) placeholder) (setcdr tree object)
        (edebug--substitute placeholder object (cdr tree) seen)))
     ((vectorp tree)
      (dotimes (i (length tree))
        (if (eq (aref tree i) placeholder) (aset tree i object)
          (edebug--substitute placeholder object (aref tree i) seen)))))))

(defun edebug--read-prefixed (symbol beg)
  "Read the sexp after a reader prefix at BEG, returning (SYMBOL SEXP) and its node."
  (let* ((prefix-end (point))
         (r (edebug--read-node)))
    (cons (list symbol (car r))
          (cons beg (cons (cons beg prefix-end) (cons (cdr r) (edebug--offset-end (cdr r))))))))

(defun edebug--offset-end (offset)
  "The end position recorded in OFFSET."
  (while (consp offset) (setq offset (cdr offset)))
  offset)

(defun edebug--read-sequence (close beg vectorp)
  "Read the elements of a list or vector up to the character CLOSE; BEG is its start."
  (let ((forms nil) (offsets nil) (tail nil))
    (while (progn (edebug--skip-whitespace) (not (eq (following-char) close)))
      (when (eobp) (signal 'end-of-file nil))
      (if (and (not vectorp) forms (eq (following-char) ?.) (edebug--dot-p))
          (progn
            (forward-char 1)
            (let ((after-dot (point)))
              (setq tail (edebug--read-node))
              ;; The tail's offsets start just after the dot, as GNU's do.
              (setcar (cdr tail) after-dot))
            (edebug--skip-whitespace)
            (unless (eq (following-char) close)
              (edebug-syntax-error "Expected `)'")))
        (let ((r (edebug--read-node)))
          (push (car r) forms)
          (push (cdr r) offsets))))
    (forward-char 1)
    (setq forms (nreverse forms))
    (when tail
      (setcdr (last forms) (car tail))
      (push (cdr tail) offsets))
    (cons (if vectorp (vconcat forms) forms)
          (cons beg (nconc (nreverse offsets) (point))))))

(defvar edebug-offsets nil "The offsets of the sexp `edebug-read-storing-offsets' read last.")

(defun edebug--read-with-offsets ()
  "Read a sexp from the current buffer at point; return (OBJECT . OFFSETS)."
  (let* ((edebug--read-labels nil)
         (start (point))
         (r (edebug--read-node)))
    ;; As GNU's, the top-level form's offsets start where reading started, before any whitespace.
    (if (consp (cdr r)) (setcar (cdr r) start))
    r))

(defun edebug-read-storing-offsets (stream)
  "Read a sexp from STREAM, the current buffer, setting `edebug-offsets' to its offsets."
  (unless (eq stream (current-buffer)) (error "Edebug reads only from the current buffer"))
  (let ((r (edebug--read-with-offsets)))
    (setq edebug-offsets (cdr r))
    (car r)))

(defun edebug-read-sexp ()
  "Read one sexp from the current buffer at point, leaving point after it."
  (car (edebug--read-with-offsets)))

;;;; Cursors

;; A cursor walks the elements of a list being matched: (EXPRESSIONS . OFFSETS), where OFFSETS
;; are the elements' offsets, ending in the position after the list.

(defvar edebug-dotted-spec nil
  "Set to t when matching after the dot in a dotted spec list.")

(defun edebug-new-cursor (expressions offsets)
  "A cursor over EXPRESSIONS (a list or vector) with OFFSETS."
  (cons (if (vectorp expressions) (append expressions nil) expressions) offsets))

(defsubst edebug-cursor-expressions (cursor) (car cursor))
(defsubst edebug-cursor-offsets (cursor) (cdr cursor))

(defun edebug-set-cursor (cursor expressions offsets)
  "Point CURSOR at EXPRESSIONS with OFFSETS; return CURSOR."
  (setcar cursor expressions)
  (setcdr cursor offsets)
  cursor)

(defun edebug-copy-cursor (cursor) (cons (car cursor) (cdr cursor)))

(defsubst edebug-empty-cursor (cursor)
  (null (car cursor)))

(defsubst edebug-top-element (cursor)
  (car (car cursor)))

(defun edebug-top-element-required (cursor &rest error)
  "The element at CURSOR; when there is none, fail with ERROR."
  ;; After a spec's dot, only a dotted form's tail can match.
  (when edebug-dotted-spec (edebug-no-match cursor "Dot expected."))
  (when (edebug-empty-cursor cursor) (apply #'edebug-no-match cursor error))
  (edebug-top-element cursor))

(defsubst edebug-top-offset (cursor)
  (car (cdr cursor)))

(defun edebug-move-cursor (cursor)
  "Advance CURSOR past its current element; return CURSOR."
  (when (edebug-empty-cursor cursor) (edebug-no-match cursor "Not enough arguments."))
  (setcar cursor (cdr (car cursor)))
  (setcdr cursor (cdr (cdr cursor)))
  cursor)

(defun edebug-before-offset (cursor)
  "Where CURSOR's element starts; past the last element, the list's closing paren."
  (let ((offsets (cdr cursor)))
    (if (consp offsets) (car (car offsets)) (1- offsets))))

(defun edebug-after-offset (cursor)
  "The position just after CURSOR's element."
  (edebug--offset-end (edebug-top-offset cursor)))

;;;; The matcher's state

(defvar edebug-gate nil "Non-nil when a failure to match is an error rather than a backtrack.")
(defvar edebug-def-name nil "The name of the definition being instrumented.")
(defvar edebug-old-def-name nil "The name the definition had when last instrumented.")
(defvar edebug-error-point nil)
(defvar edebug-best-error nil)
(defvar edebug-def-args nil "Arguments of the definition being instrumented.")
(defvar edebug-inside-func nil "Whether the code being wrapped runs inside the definition.")
(defvar edebug-matching-depth 0)
(defvar edebug-lexical-macro-ctx nil
  "Alist mapping lexically scoped macro names to their debug spec.")
(defvar edebug-top-window-data nil)
(defvar edebug-form-begin-marker nil "Start of the definition being instrumented.")
(defvar edebug-offset-index 0 "The next free stop point index.")
(defvar edebug-offset-list nil "Stop point offsets of the definition being instrumented, newest first.")

(defvar edebug-after-instrumentation-function #'identity
  "Function to run on code after instrumentation for debugging.
It receives the instrumented form and returns the form to evaluate.")

(defvar edebug-new-definition-function #'edebug-new-definition
  "Function to call after Edebug wraps a new definition.
It is called with the definition's name.")

(defvar edebug-behavior-alist
  '((edebug edebug-default-enter edebug-slow-before edebug-slow-after))
  "Alist describing the runtime behavior of Edebug's instrumented code.
Each definition instrumented by Edebug has an `edebug-behavior' property
which is a key to this alist; its value lists the implementations of
`edebug-enter', `edebug-before' and `edebug-after'.")

;;;; Form data: which definitions this buffer's text holds

(defvar-local edebug-form-data nil
  "A list of (NAME BEGIN-MARKER END-MARKER) for the definitions instrumented in this buffer.")

(defun edebug-get-form-data-entry (pnt &optional end-point)
  "The form data entry of the innermost definition around PNT (exactly from PNT to END-POINT)."
  (let ((best nil))
    (dolist (e edebug-form-data)
      (let ((b (marker-position (nth 1 e))) (end (marker-position (nth 2 e))))
        (when (and b end
                   (if end-point (and (= b pnt) (= end end-point)) (and (<= b pnt) (<= pnt end)))
                   (or (null best) (> b (marker-position (nth 1 best)))))
          (setq best e))))
    best))

(defun edebug-form-data-symbol ()
  "Return the Edebug name of the definition around point."
  (or (car (edebug-get-form-data-entry (point)))
      (error "Not inside instrumented form")))

;;;; Instrumentation

(defun edebug-inc-offset (offset)
  "Record a stop point at buffer position OFFSET; return its index."
  (prog1 edebug-offset-index
    (push (- offset edebug-form-begin-marker) edebug-offset-list)
    (setq edebug-offset-index (1+ edebug-offset-index))))

(defun edebug-make-before-and-after-form (before-index form after-index)
  `(edebug-after (edebug-before ,before-index) ,after-index ,form))

(defun edebug-make-after-form (form after-index)
  `(edebug-after 0 ,after-index ,form))

(defun edebug-make-enter-wrapper (forms)
  "Wrap FORMS, part of the definition being instrumented, in a call to `edebug-enter'."
  ;; A definition abandoned by backtracking left its anonymous name behind; start afresh so that a
  ;; retried branch does not define the same name twice (GNU's Bug#42701 workaround).
  (when (and edebug-old-def-name
             (string-match-p "\\`edebug-anon[0-9]+\\'" (symbol-name edebug-old-def-name)))
    (setq edebug-old-def-name nil))
  (setq edebug-def-name (or edebug-def-name edebug-old-def-name (gensym "edebug-anon")))
  `(edebug-enter (quote ,edebug-def-name)
                 ,(if edebug-inside-func `(list ,@(nreverse edebug-def-args)) 'nil)
                 (function (lambda () ,@forms))))

(defun edebug-make-form-wrapper (cursor form-begin form-end &optional speclist)
  "Instrument the definition at CURSOR spanning FORM-BEGIN..FORM-END.
With SPECLIST match it (a defining form); otherwise wrap one form in `edebug-enter'."
  (let* ((entry (edebug-get-form-data-entry form-begin form-end))
         (edebug-form-begin-marker (if entry (nth 1 entry) (copy-marker form-begin)))
         (edebug-offset-list nil)
         (edebug-offset-index 0)
         (edebug-old-def-name (car entry))
         (edebug-def-name nil)
         (edebug-def-args nil)
         (edebug-inside-func nil)
         (result (if speclist (edebug-match cursor speclist)
                   (edebug-make-enter-wrapper (list (edebug-form cursor))))))
    (setq edebug-def-name (or edebug-def-name edebug-old-def-name (gensym "edebug-anon")))
    (if entry
        (progn (setcar entry edebug-def-name)
               (set-marker (nth 1 entry) form-begin)
               (set-marker (nth 2 entry) form-end))
      (setq entry (list edebug-def-name edebug-form-begin-marker (copy-marker form-end))))
    (setq edebug-form-data (cons entry (delq entry edebug-form-data)))
    (setq edebug-offset-list (vconcat (nreverse edebug-offset-list)))
    (put edebug-def-name 'edebug-freq-count (make-vector (length edebug-offset-list) 0))
    (put edebug-def-name 'edebug-coverage
         (make-vector (length edebug-offset-list) 'edebug-unknown))
    (unless edebug-top-window-data
      (let ((window (or (get-buffer-window (current-buffer)) (selected-window))))
        (setq edebug-top-window-data (cons window (and window (window-start window))))))
    (put edebug-def-name 'ghost-edebug nil)
    (put edebug-def-name 'edebug
         (list edebug-form-begin-marker
               (edebug--restore-breakpoints edebug-old-def-name)
               edebug-offset-list
               edebug-top-window-data))
    (funcall edebug-new-definition-function edebug-def-name)
    result))

(defun edebug-get-edebug-or-ghost (name)
  "The `edebug' property of NAME, or the one it had before it was re-read uninstrumented."
  (let ((data (get name 'edebug)))
    (if (markerp data) (get name 'ghost-edebug) data)))

(defun edebug--restore-breakpoints (name)
  "Breakpoints of NAME's previous instrumentation that fall on stop points of the new one."
  (let ((data (and name (edebug-get-edebug-or-ghost name))))
    (when (consp data)
      (let ((start (nth 0 data)) (offsets (nth 2 data)) (out nil))
        (dolist (bp (nth 1 data))
          (let* ((m (nth 3 bp))
                 (idx (and (markerp m) (marker-position m)
                           (cl-position (- m start) offsets))))
            (when idx (push (cons idx (cdr bp)) out))))
        (nreverse out)))))

(defun edebug-new-definition (def-name)
  "Set up DEF-NAME to use Edebug's instrumentation functions."
  (put def-name 'edebug-behavior 'edebug)
  (message "Edebug: %s" def-name))

(defun edebug-form (cursor)
  "Instrument the form at CURSOR, moving past it."
  (let* ((form (edebug-top-element-required cursor "Expected form"))
         (offset (edebug-top-offset cursor)))
    (prog1
        (cond
         ((consp form)
          (if (eq (car form) 'quote)
              form                      ; a constant: nothing to step through
            (let* ((head (car form))
                   (spec (and (symbolp head) (edebug-get-spec head)))
                   (sub (edebug-new-cursor form (cdr offset))))
              (if (and (consp spec) (eq (car spec) '&define))
                  ;; The spec's first element, the head's name as a string, matches the head.
                  (edebug-make-form-wrapper sub (car offset) (1- (edebug-after-offset cursor))
                                            (cons (symbol-name head) (cdr spec)))
                (let* ((before (edebug-inc-offset (car offset)))
                       (new (edebug-list-form sub)))
                  ;; The list form consumed the elements: the list's end is left.
                  (edebug-make-before-and-after-form
                   before new (edebug-inc-offset (edebug-cursor-offsets sub))))))))
         ((symbolp form)
          (if (or (memq form '(t nil)) (keywordp form))
              form
            (edebug-make-after-form form (edebug-inc-offset (cdr offset)))))
         (t form))
      (edebug-move-cursor cursor))))

(defun edebug-forms (cursor) (edebug-match cursor '(&rest form)))
(defun edebug-sexps (cursor) (edebug-match cursor '(&rest sexp)))

(defun edebug-list-form-args (head cursor)
  "Instrument the arguments at CURSOR of a call whose head is the symbol HEAD."
  (let* ((lex (assq head edebug-lexical-macro-ctx))
         (spec (if lex (cdr lex) (edebug-get-spec head))))
    (cond
     ((consp spec)
      (let ((edebug-best-error nil) (edebug-error-point nil))
        (edebug-match-sublist cursor spec)))
     ((eq spec t) (edebug-forms cursor))
     ((eq spec 0) (edebug-sexps cursor))
     ((and spec (symbolp spec)) (funcall spec cursor))
     ((or lex (macrop head))
      (if edebug-eval-macro-args (edebug-forms cursor) (edebug-sexps cursor)))
     (t (edebug-forms cursor)))))

(defun edebug-list-form (cursor)
  "Instrument the list form whose elements CURSOR walks."
  (let ((head (edebug-top-element-required cursor "Expected elements"))
        (edebug-gate t))                ; no backtracking while instrumenting
    (cond
     ((null head) nil)                  ; () is valid
     ((symbolp head)
      (cons head (edebug-list-form-args head (edebug-move-cursor cursor))))
     ((consp head)
      (if (eq (car head) '\,)
          (edebug-match cursor '(("," def-form) body))
        (edebug-match-specs cursor '(lambda-expr body) #'edebug-match-specs)))
     (t (edebug-syntax-error "Head of list form must be a symbol or lambda expression")))))

;;;; Matching

(defun edebug-no-match (cursor &rest args)
  "Fail to match at CURSOR with error ARGS: an error under a gate, else a backtrack."
  (setq edebug-error-point (or edebug-error-point (edebug-before-offset cursor))
        edebug-best-error (or edebug-best-error args))
  (if (not edebug-gate)
      (throw 'no-match args)
    (when edebug-error-point (goto-char edebug-error-point))
    (apply #'edebug-syntax-error args)))

(defun edebug-match (cursor specs)
  "Match SPECS at CURSOR, with its own error state; return the instrumented list."
  (let ((edebug-best-error nil) (edebug-error-point nil) (edebug-gate edebug-gate))
    (edebug-match-specs cursor specs #'edebug-match-specs)))

(defun edebug-match-one-spec (cursor spec)
  "Match one spec SPEC, not an &-keyword."
  (cond ((symbolp spec) (edebug-match-symbol cursor spec))
        ((vectorp spec) (edebug-match cursor (append spec nil)))
        ((stringp spec) (edebug-match-string cursor spec))
        ((listp spec) (edebug-match-list cursor spec))))

(defun edebug-match-specs (cursor specs remainder-handler)
  "Match the first of SPECS, then let REMAINDER-HANDLER match the rest; append the results."
  (let ((edebug-matching-depth
         (if (> edebug-matching-depth edebug-max-depth)
             (error "Too deep - perhaps infinite loop in spec?")
           (1+ edebug-matching-depth))))
    (cond
     ((null specs) nil)
     ((atom specs)                      ; the tail of a dotted spec
      (let ((edebug-dotted-spec t))
        (edebug-match-specs cursor (list specs) remainder-handler)))
     ((or (listp (edebug-cursor-expressions cursor))
          (vectorp (car specs))
          (memq (car specs) '(&optional &rest)))
      (let* ((spec (car specs))
             (rest nil)
             (c (and (symbolp spec) spec (aref (symbol-name spec) 0)))
             (match (cond
                     ((eq c ?&) (edebug--match-&-spec-op spec cursor (cdr specs)))
                     ((eq c ?:)
                      (setq rest (cddr specs))
                      (edebug--handle-:-spec-op spec cursor (cadr specs)))
                     (t (setq rest (cdr specs))
                        (edebug-match-one-spec cursor spec)))))
        ;; Matching a dotted form's tail can return a non-list: then nothing is left.
        (if (listp match)
            (nconc match (funcall remainder-handler cursor rest remainder-handler))
          match)))
     (t
      ;; The form is dotted here: only a dotted spec can match its tail.
      (unless edebug-dotted-spec (edebug-no-match cursor "Dotted spec required."))
      (let ((edebug-dotted-spec nil)
            (tail (edebug-cursor-expressions cursor)))
        ;; The tail's offsets already follow the dot's position: only the form needs wrapping.
        (edebug-set-cursor cursor (list tail) (edebug-cursor-offsets cursor))
        (car (edebug-match-specs cursor specs remainder-handler)))))))

(dolist (pair '((form . edebug-match-form) (sexp . edebug-match-sexp) (body . edebug-match-body)
                (arg . edebug-match-arg) (def-body . edebug-match-def-body)
                (def-form . edebug-match-def-form) (place . edebug-match-place)
                (gate . edebug-match-gate)))
  (put (car pair) 'edebug-elem-spec (cdr pair)))

(defun edebug-match-symbol (cursor symbol)
  "Match the spec SYMBOL: an element spec, a matching function or a predicate."
  (let ((spec (edebug--get-elem-spec symbol)))
    (cond
     (spec (if (consp spec) (edebug-match cursor spec) (funcall spec cursor)))
     ((null symbol) (edebug-match-nil cursor))
     ((fboundp symbol)
      (let ((sexp (edebug-top-element-required cursor "Expected" symbol)))
        (if (eq (car-safe sexp) '\,)    ; an unquote stands for whatever it computes
            (edebug-match cursor '(("," def-form)))
          (unless (funcall symbol sexp) (edebug-no-match cursor symbol "failed"))
          (edebug-move-cursor cursor)
          (list sexp))))
     (t (error "%s is not a form-spec or function" symbol)))))

(defun edebug-match-sexp (cursor)
  (list (prog1 (edebug-top-element-required cursor "Expected sexp")
          (edebug-move-cursor cursor))))

(defun edebug-match-form (cursor)
  (list (edebug-form cursor)))

(defalias 'edebug-match-place #'edebug-match-form)

(defun edebug-match-body (cursor) (edebug-forms cursor))

(defun edebug-match-gate (_cursor)
  "The `gate' spec: no backtracking past here."
  (setq edebug-gate t)
  nil)

(defun edebug--try (cursor thunk)
  "Call THUNK with backtracking allowed; when it fails, put CURSOR back and return nil."
  (let ((exps (car cursor)) (nodes (cdr cursor)) (result nil))
    (if (eq (catch 'no-match
              (setq result (let ((edebug-gate nil)) (funcall thunk)))
              'edebug--matched)
            'edebug--matched)
        result
      (edebug-set-cursor cursor exps nodes)
      nil)))

(defun edebug-&optional-wrapper (cursor specs remainder-handler)
  "Match SPECS if possible, each following spec again optional."
  (edebug--try cursor (lambda () (edebug-match-specs cursor specs remainder-handler))))

(defun edebug--match-&-spec-op (op cursor specs)
  "Handle the spec keyword OP, which applies to all the following SPECS."
  (pcase op
    ('&optional (edebug-&optional-wrapper cursor specs #'edebug-&optional-wrapper))
    ('&rest
     (let ((edebug-best-error nil) (edebug-error-point nil))
       ;; Each repetition may stop early: after the last spec, start again from the first.
       (edebug-&optional-wrapper
        cursor specs
        (lambda (c s rh) (edebug-&optional-wrapper c (or s specs) rh)))))
    ('&or
     (let ((exps (car cursor)) (nodes (cdr cursor)) (alts specs) (done nil) (result nil))
       (while (and alts (not done))
         (when (eq (catch 'no-match
                     (setq result (let ((edebug-gate nil) (edebug-best-error nil)
                                        (edebug-error-point nil))
                                    (edebug-match-one-spec cursor (car alts))))
                     'edebug--matched)
                   'edebug--matched)
           (setq done t))
         (unless done
           (setq alts (cdr alts))
           (edebug-set-cursor cursor exps nodes)))
       (if done result
         (apply #'edebug-no-match cursor "Expected one of" specs))))
    ('&not
     (when (eq (catch 'no-match
                 (let ((edebug-gate nil))
                   (save-excursion (edebug--match-&-spec-op '&or cursor specs)))
                 'edebug--matched)
               'edebug--matched)
       (edebug-no-match cursor "Unexpected"))
     nil)
    ('&key
     (edebug--match-&-spec-op
      '&rest cursor
      (cons '&or (mapcar (lambda (pair) (vector (format ":%s" (car pair)) (cadr pair))) specs))))
    ('&error
     (let ((edebug-error-point (edebug-before-offset cursor)))
       (goto-char edebug-error-point)
       (error "%s" (if (stringp (car specs)) (car specs)
                     "String expected after &error in edebug-spec"))))
    ('&define
     (prog1 (edebug-make-form-wrapper
             cursor (edebug-before-offset cursor) (edebug--offset-end (cdr cursor)) specs)
       (setq edebug-gate t)))            ; no backtracking out of a definition
    ('&name (edebug--match-&name cursor specs))
    ('&interpose
     (pcase-let* ((`(,spec ,fun . ,args) specs)
                  (exps (car cursor))
                  (instrumented (edebug-match-one-spec cursor spec))
                  (head (edebug--consumed exps cursor)))
       (apply fun head
              (lambda (newspecs) (append instrumented (edebug-match cursor newspecs)))
              args)))
    (_ (signal 'cl-no-applicable-method (list 'edebug--match-&-spec-op op cursor specs)))))

(defun edebug--consumed (exps cursor)
  "The elements of EXPS that CURSOR has moved past."
  (let ((n (- (length exps) (length (car cursor)))))
    (seq-subseq exps 0 n)))

(defun edebug--match-&name (cursor specs)
  "`&name [PRESTRING] SPEC [POSTSTRING] FUN ARGS...': match SPEC and name the definition."
  (let* ((spec (pop specs))
         (pre (when (stringp spec) (prog1 (list spec) (setq spec (pop specs)))))
         (fun (pop specs))
         (post (when (stringp fun) (prog1 (list fun) (setq fun (pop specs)))))
         (exps (car cursor))
         (instrumented (edebug-match-one-spec cursor spec))
         (newname (apply (or fun #'edebug--concat-name)
                         (append specs (list edebug-def-name) pre
                                 (edebug--consumed exps cursor) post))))
    (setq edebug-def-name (if (stringp newname) (intern newname) newname))
    instrumented))

(defun edebug--concat-name (oldname &rest newnames)
  "Name a definition from NEWNAMES (joined by spaces, strings glued on), under OLDNAME."
  (let ((newname
         (if (null (cdr newnames))
             (car newnames)
           (let ((beg nil) (mid nil) (end nil))
             (dolist (name newnames)
               (if (stringp name)
                   (if mid (push name end) (push name beg))
                 (when end (setq mid (nconc end mid) end nil))
                 (push name mid)))
             (apply #'concat (append (nreverse beg)
                                     (list (mapconcat (lambda (x) (format "%s" x))
                                                      (nreverse mid) " "))
                                     (nreverse end)))))))
    (if (null oldname)
        (if (or (stringp newname) (symbolp newname)) newname (format "%s" newname))
      (format "%s@%s" edebug-def-name newname))))

(defun edebug--handle-:-spec-op (op _cursor spec)
  "Handle the spec keyword OP, which applies to the one following SPEC."
  (pcase op
    (:name
     (setq edebug-def-name
           (if edebug-def-name (intern (format "%s@%s" edebug-def-name spec)) spec))
     nil)
    (:unique
     (let ((suffix (gensym spec)))
       (setq edebug-def-name
             (if edebug-def-name (intern (format "%s@%s" edebug-def-name suffix)) suffix)))
     nil)
    (_ (signal 'cl-no-applicable-method (list 'edebug--handle-:-spec-op op _cursor spec)))))

(defun edebug-match-list (cursor specs)
  "Match the list spec SPECS against the element at CURSOR."
  (if edebug-dotted-spec
      ;; After a spec's dot, when the form had no dot: the list spec's elements splice in.
      (prog1 (let ((edebug-dotted-spec nil))
               (edebug-match-specs cursor specs #'edebug-match-specs))
        (setq edebug-dotted-spec nil))
    (let ((head (car specs))
          (form (edebug-top-element-required cursor "Expected" specs)))
      (cond
       ((eq head 'quote)
        (let ((sym (cadr specs)))
          (unless (symbolp sym) (error "Bad spec: %s" specs))
          (unless (eq sym form) (edebug-no-match cursor "Expected" sym))
          (edebug-move-cursor cursor)
          (setq edebug-gate t)
          (list form)))
       ((eq head 'vector)
        (if (not (vectorp form))
            (edebug-no-match cursor "Expected" specs)
          (let ((result (edebug-match-sublist
                         (edebug-new-cursor form (cdr (edebug-top-offset cursor)))
                         (cdr specs))))
            (edebug-move-cursor cursor)
            (list (apply #'vector result)))))
       ((listp form)
        (prog1 (list (edebug-match-sublist (edebug-new-cursor form (cdr (edebug-top-offset cursor)))
                                           specs))
          (edebug-move-cursor cursor)))
       (t (edebug-no-match cursor "Expected" specs))))))

(defun edebug-match-sublist (cursor specs)
  "Match SPECS against all of CURSOR's elements."
  (prog1 (edebug-match-specs cursor specs #'edebug-match-specs)
    (unless (edebug-empty-cursor cursor)
      (if edebug-best-error
          (apply #'edebug-no-match cursor edebug-best-error)
        (edebug-no-match cursor "Failed matching" specs)))))

(defun edebug-match-string (cursor spec)
  (let ((sexp (edebug-top-element-required cursor "Expected" spec)))
    (if (not (eq (intern spec) sexp))
        (edebug-no-match cursor "Expected" spec)
      (setq edebug-gate t)              ; the keyword matched: this branch is the one
      (edebug-move-cursor cursor)
      (list sexp))))

(defun edebug-match-nil (cursor)
  (unless (edebug-empty-cursor cursor) (edebug-no-match cursor "Unmatched argument(s)"))
  nil)

(defun edebug-match-function (_cursor)
  (error "Use function-form instead of function in edebug spec"))

(defun edebug-match-arg (cursor)
  "Match an argument name and record it for `edebug-enter'."
  (let ((arg (edebug-top-element-required cursor "Expected arg")))
    (when (or (not (symbolp arg)) (edebug-lambda-list-keywordp arg))
      (edebug-no-match cursor "Bad argument:" arg))
    (edebug-move-cursor cursor)
    (push arg edebug-def-args)
    (list arg)))

(defun edebug-match-def-form (cursor)
  "A form run outside the definition's body, wrapped in its own `edebug-enter'."
  (let ((edebug-inside-func nil))
    (list (edebug-make-enter-wrapper (list (edebug-form cursor))))))

(defun edebug-match-def-body (cursor)
  "The body of a definition, wrapped in `edebug-enter'."
  (let* ((edebug-inside-func t)
         (forms (edebug-forms cursor)))
    (when forms (list (edebug-make-enter-wrapper forms)))))

;; Top-level reading, the runtime and the basic forms' specs are in edebug-run.el.
(provide 'edebug)
(require 'edebug-run)

;;; edebug.el ends here
