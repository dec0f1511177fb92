;;; edebug-run.el --- Edebug's runtime, stopping, functions by name and the specs of the basic forms (GNU: emacs-lisp/edebug.el)  -*- lexical-binding: t -*-

;; The second half of tsmacs's Edebug (see edebug.el, which loads this file): reading and instrumenting top-level forms, what
;; instrumented code calls when it runs, the batch-mode command reader for the stopping modes, instrumenting functions by
;; name, breakpoints, and the Edebug specifications of the special forms and basic macros.

;;; Code:

;;;; Reading and instrumenting top-level forms

(defvar edebug-active nil "Non-nil while Edebug itself is running.")

(defun edebug--peek-definition ()
  "Without moving point: (HEAD SPEC DEFINING NAME) of the list form after point."
  (save-excursion
    (edebug--skip-whitespace)
    (when (eq (following-char) ?\()
      (forward-char 1)
      (edebug--skip-whitespace)
      (when (not (memq (following-char) '(?\( ?\) ?\[ ?\" ?\' ?` ?, ?# ?? 0)))
        (let* ((head (read (current-buffer)))
               (spec (and (symbolp head) (edebug-get-spec head)))
               (defining (and (consp spec) (eq (car spec) '&define)))
               (name (and defining (eq (cadr spec) 'name)
                          (progn (edebug--skip-whitespace)
                                 (not (memq (following-char)
                                            '(?\( ?\) ?\[ ?\" ?\' ?` ?, ?# ?? 0))))
                          (read (current-buffer)))))
          (list head spec defining name))))))

(defun edebug-read-and-maybe-wrap-form ()
  "Read a form from the current buffer at point and instrument it if Edebug should."
  (let ((hook edebug-setup-hook))
    (setq edebug-setup-hook nil)
    (if (functionp hook) (funcall hook) (mapc #'funcall hook)))
  (let ((edebug-top-window-data nil)
        (edebug-def-name nil)
        (edebug-gate nil)
        (edebug-best-error nil)
        (edebug-error-point nil)
        (max-lisp-eval-depth (+ 800 max-lisp-eval-depth))
        (result nil))
    (let ((failure (catch 'no-match
                     (setq result (edebug--read-and-maybe-wrap-1))
                     nil)))
      (when failure (apply #'edebug-syntax-error failure)))
    result))

(defun edebug--read-and-maybe-wrap-1 ()
  (pcase-let* ((`(,head ,spec ,defining ,name) (edebug--peek-definition))
               (result
                (cond
                 ((and defining (or edebug-all-defs edebug-all-forms))
                  ;; A list spec ("HEAD" SPEC...) matched against the whole form.
                  (let* ((r (edebug--read-with-offsets))
                         (cursor (edebug-new-cursor (list (car r)) (list (cdr r)))))
                    (car (edebug-make-form-wrapper
                          cursor (edebug-before-offset cursor) (1- (edebug-after-offset cursor))
                          (list (cons (symbol-name head) (cdr spec)))))))
                 (defining
                   ;; Not instrumenting: remember where the definition is, keeping any live
                   ;; instrumentation data as its ghost.
                   (when (and name (symbolp name))
                     (let ((ghost (get name 'edebug)))
                       (when (consp ghost) (put name 'ghost-edebug ghost)))
                     (put name 'edebug (point-marker)))
                   (edebug-read-sexp))
                 (edebug-all-forms
                  (let* ((r (edebug--read-with-offsets))
                         (cursor (edebug-new-cursor (list (car r)) (list (cdr r)))))
                    (edebug-make-form-wrapper cursor (edebug-before-offset cursor)
                                              (edebug-after-offset cursor) nil)))
                 (t (edebug-read-sexp)))))
    (funcall edebug-after-instrumentation-function result)))

(defun edebug--read (orig &optional stream)
  "Read one Lisp expression from STREAM, instrumenting it for Edebug when appropriate.
Only a STREAM that is the current buffer is instrumented, according to
`edebug-all-defs' and `edebug-all-forms'; other streams are read by ORIG
\(or `read')."
  (or stream (setq stream standard-input))
  (if (eq stream (current-buffer))
      (edebug-read-and-maybe-wrap-form)
    (funcall (or orig #'read) stream)))

(defun edebug-read-top-level-form ()
  "Read and instrument the top-level form around point."
  (let ((start (point)) (edebug-active t))
    (edebug--goto-top-level-form)
    (prog1 (edebug-read-and-maybe-wrap-form)
      (goto-char start))))

(defun edebug--goto-top-level-form ()
  "Move to the start of the top-level form point is in or before."
  (let ((ppss (syntax-ppss)))
    (if (nth 9 ppss)
        (goto-char (car (nth 9 ppss)))
      (edebug--skip-whitespace))))

;;;###autoload
(defalias 'edebug-defun 'edebug-eval-top-level-form)

;;;###autoload
(defun edebug-eval-top-level-form ()
  "Evaluate the top level form point is in, stepping through with Edebug.
A definition is instrumented, so that calling it later steps through it."
  (interactive)
  (let ((form (let ((edebug-all-forms t) (edebug-all-defs t))
                (edebug-read-top-level-form))))
    (if (fboundp 'eval-expression)
        (eval-expression form)
      (eval form lexical-binding))))

(defun edebug--eval-defun (orig-fun edebug-it)
  "Around advice for `eval-defun': instrument when EDEBUG-IT differs from `edebug-all-defs'."
  (add-function :around load-read-function #'edebug--read)
  (let* ((edebug-all-forms (not (eq (not edebug-it) (not edebug-all-defs))))
         (edebug-all-defs edebug-all-forms))
    (funcall orig-fun nil)))

(defun edebug-eval-defun (edebug-it)
  "Evaluate the top-level form around point, instrumenting it when EDEBUG-IT is non-nil.
The sense of EDEBUG-IT is reversed when `edebug-all-defs' is non-nil."
  (declare (obsolete "use `eval-defun' or `edebug--eval-defun' instead" "28.1"))
  (interactive "P")
  (if (fboundp 'eval-defun)
      (if (advice-member-p #'edebug--eval-defun 'eval-defun)
          (eval-defun edebug-it)
        (edebug--eval-defun #'eval-defun edebug-it))
    (let* ((instrument (not (eq (not edebug-it) (not edebug-all-defs))))
           (form (let ((edebug-all-forms instrument) (edebug-all-defs instrument))
                   (edebug-read-top-level-form)))
           (value (eval form lexical-binding)))
      (prin1 value t)
      value)))

;;;###autoload
(defun edebug-all-defs ()
  "Toggle edebugging of all definitions."
  (interactive)
  (setq edebug-all-defs (not edebug-all-defs))
  (message "Edebugging all definitions is %s." (if edebug-all-defs "on" "off")))

;;;###autoload
(defun edebug-all-forms ()
  "Toggle edebugging of all forms."
  (interactive)
  (setq edebug-all-forms (not edebug-all-forms))
  (message "Edebugging all forms is %s." (if edebug-all-forms "on" "off")))

(define-obsolete-function-alias 'edebug-all-defuns #'edebug-all-defs "28.1")

(defun edebug-install-read-eval-functions ()
  "Make `eval-buffer', `eval-region' (and `eval-defun') instrument as Edebug's options say."
  (interactive)
  (add-function :around load-read-function #'edebug--read)
  (when (fboundp 'eval-defun) (advice-add 'eval-defun :around #'edebug--eval-defun)))

(defun edebug-uninstall-read-eval-functions ()
  "Undo `edebug-install-read-eval-functions'."
  (interactive)
  (remove-function load-read-function #'edebug--read)
  (when (fboundp 'eval-defun) (advice-remove 'eval-defun #'edebug--eval-defun)))

;;;; Unwrapping instrumented code

(defun edebug-unwrap (sexp)
  "Return SEXP without its outermost Edebug wrapper, or SEXP itself if it has none."
  (pcase sexp
    (`(edebug-after ,_before ,_after ,form) form)
    (`(lambda ,args (edebug-enter ',_sym ,_arglist (function (lambda nil . ,body))))
     `(lambda ,args ,@body))
    (`(closure ,env ,args (edebug-enter ',_sym ,_arglist (function (lambda nil . ,body))))
     `(closure ,env ,args ,@body))
    (`(edebug-enter ',_sym ,_args (function (lambda nil . ,body)))
     (macroexp-progn body))
    (_ sexp)))

(defun edebug-unwrap* (sexp)
  "Return SEXP with all Edebug wrappers removed (shared and circular structure kept)."
  (edebug--unwrap1 sexp (make-hash-table :test 'eq)))

(defun edebug--unwrap1 (sexp done)
  (let ((new (edebug-unwrap sexp)))
    (while (not (eq new sexp)) (setq sexp new new (edebug-unwrap sexp)))
    (if (not (consp sexp))
        sexp
      (or (gethash sexp done)
          (let* ((head (cons nil nil)) (cell head) (rest sexp) (more t))
            (while more
              (puthash rest cell done)
              (setcar cell (edebug--unwrap1 (car rest) done))
              (setq rest (cdr rest))
              (cond ((atom rest) (setcdr cell (edebug--unwrap1 rest done)) (setq more nil))
                    ((gethash rest done) (setcdr cell (gethash rest done)) (setq more nil))
                    (t (setq cell (setcdr cell (cons nil nil))))))
            head)))))

;;;; Runtime

(defvar edebug-stack nil "Names of the instrumented functions being executed, innermost first.")
(defvar edebug-stack-depth -1 "Depth of nested traced calls.")
(defvar edebug-offset-indices nil "The current stop point index of each function of `edebug-stack'.")
(defvar edebug-entered nil "Non-nil if Edebug has been entered at least once.")
(defconst edebug-debugger 'edebug "The `debugger' while Edebug is active.")
(defvar edebug-function nil "The function being executed.")
(defvar edebug-data nil "The Edebug data of `edebug-function'.")
(defvar edebug-def-mark nil "Start of `edebug-function''s definition.")
(defvar edebug-freq-count nil "Visit counts of `edebug-function''s stop points.")
(defvar edebug-coverage nil "Coverage results of `edebug-function''s stop points.")
(defvar edebug-buffer nil "The buffer `edebug-function' was read from.")
(defvar edebug-execution-mode 'step "The current Edebug execution mode.")
(defvar edebug-next-execution-mode nil "Mode to use once instead of `edebug-initial-mode'.")
(defvar edebug-outside-debug-on-error nil)
(defvar edebug-outside-debug-on-quit nil)
(defvar edebug-previous-result nil "The last result Edebug displayed.")
(defvar edebug-breakpoints nil)
(defvar edebug-break-data nil)
(defvar edebug-break nil)
(defvar edebug-global-break nil)
(defvar edebug-break-condition nil)
(defvar edebug-break-result nil)
(defvar edebug-global-break-result nil)
(defvar edebug-result nil "The value of the function call being traced.")
(defconst edebug-trace-buffer "*edebug-trace*" "Name of the buffer for trace output.")

(defalias 'edebug-before nil
  "Function called by Edebug before a form is evaluated.
See `edebug-behavior-alist' for implementations.")
(defalias 'edebug-after nil
  "Function called by Edebug after a form is evaluated.
See `edebug-behavior-alist' for implementations.")

(defun edebug-enter (func args body)
  "Run BODY, the body of the instrumented FUNC called with ARGS, under Edebug.
The implementations of entering, `edebug-before' and `edebug-after' come
from FUNC's `edebug-behavior' entry in `edebug-behavior-alist'."
  (let* ((functions (cdr (assq (get func 'edebug-behavior) edebug-behavior-alist)))
         (old-before (symbol-function 'edebug-before))
         (old-after (symbol-function 'edebug-after)))
    (unless functions
      (error "Function %s is not instrumented for Edebug (no `edebug-behavior')" func))
    (unwind-protect
        (progn
          (fset 'edebug-before (nth 1 functions))
          (fset 'edebug-after (nth 2 functions))
          (funcall (nth 0 functions) func args body))
      (fset 'edebug-before old-before)
      (fset 'edebug-after old-after))))

(defun edebug-signal (signal-name signal-data)
  "Edebug's `signal-hook-function': offer errors in `debug-on-error' to Edebug, then signal."
  (when (and (listp debug-on-error) (memq signal-name debug-on-error))
    (edebug 'error (cons signal-name signal-data)))
  (let ((signal-hook-function nil))
    (signal signal-name signal-data)))

(defun edebug-default-enter (function args body)
  "Enter FUNCTION (called with ARGS) and run BODY, setting up Edebug's state."
  (let ((edebug-function function))
    (if (not edebug-entered)
        ;; Entering Edebug from outside: establish its global state first.
        (let ((edebug-entered t)
              (max-lisp-eval-depth (+ 100 max-lisp-eval-depth))
              (debugger edebug-debugger)
              (edebug-outside-debug-on-error debug-on-error)
              (edebug-outside-debug-on-quit debug-on-quit)
              (debug-on-error (or debug-on-error edebug-on-error))
              (debug-on-quit edebug-on-quit))
          (setq edebug-execution-mode (or edebug-next-execution-mode edebug-initial-mode
                                          edebug-execution-mode)
                edebug-next-execution-mode nil)
          (edebug-default-enter function args body))
      (let* ((edebug-data (get function 'edebug))
             (edebug-def-mark (car edebug-data))
             (edebug-freq-count (get function 'edebug-freq-count))
             (edebug-coverage (get function 'edebug-coverage))
             (edebug-buffer (and (markerp edebug-def-mark) (marker-buffer edebug-def-mark)))
             (edebug-stack (cons function edebug-stack))
             (edebug-offset-indices (cons 0 edebug-offset-indices)))
        (when (get function 'edebug-on-entry)
          (setq edebug-execution-mode 'step)
          (when (eq (get function 'edebug-on-entry) 'temp)
            (put function 'edebug-on-entry nil)))
        (if edebug-trace
            (edebug--enter-trace function args body)
          (funcall body))))))

(defun edebug--enter-trace (function args body)
  (let ((edebug-stack-depth (1+ edebug-stack-depth)) (edebug-result nil))
    (edebug-print-trace-before (format "%s args: %s" function args))
    (prog1 (setq edebug-result (funcall body))
      (edebug-print-trace-after (format "%s result: %s" function edebug-result)))))

(defmacro edebug-tracing (msg &rest body)
  "Print MSG in *edebug-trace* before and after evaluating BODY; also print its result."
  (declare (debug (form body)))
  `(let ((edebug-stack-depth (1+ edebug-stack-depth)) (edebug-result nil))
     (edebug-print-trace-before ,msg)
     (prog1 (setq edebug-result (progn ,@body))
       (edebug-print-trace-after (format "%s result: %s" ,msg edebug-result)))))

(defun edebug-print-trace-before (msg)
  "Print MSG after `::::{ ' in the trace buffer."
  (edebug-trace-display edebug-trace-buffer "%s{ %s" (make-string (max 0 edebug-stack-depth) ?:) msg))

(defun edebug-print-trace-after (msg)
  "Print MSG after `::::} ' in the trace buffer."
  (edebug-trace-display edebug-trace-buffer "%s} %s" (make-string (max 0 edebug-stack-depth) ?:) msg))

(defun edebug-trace-display (buf-name fmt &rest args)
  "Append (format FMT ARGS...) and a newline to the buffer BUF-NAME; return the buffer."
  (let ((buf (get-buffer-create buf-name)))
    (with-current-buffer buf
      (save-excursion
        (goto-char (point-max))
        (insert (apply #'format-message fmt args) "\n")))
    buf))

(defun edebug-trace (fmt &rest args)
  "Convenience call to `edebug-trace-display' using `edebug-trace-buffer'."
  (apply #'edebug-trace-display edebug-trace-buffer fmt args))

(defun edebug-slow-before (before-index)
  "Reach the stop point BEFORE-INDEX: count it, and stop if the mode says so."
  (unless edebug-active
    (setcar edebug-offset-indices before-index)
    (aset edebug-freq-count before-index (1+ (aref edebug-freq-count before-index)))
    (when (not (memq edebug-execution-mode '(Go-nonstop next)))
      (edebug-debugger before-index 'before nil)))
  before-index)

(defun edebug-fast-before (_before-index) nil)

(defun edebug-slow-after (_before-index after-index value)
  "Reach the stop point AFTER-INDEX with VALUE: count it, record coverage, maybe stop."
  (if edebug-active
      value
    (setcar edebug-offset-indices after-index)
    (aset edebug-freq-count after-index (1+ (aref edebug-freq-count after-index)))
    (when edebug-test-coverage (edebug--update-coverage after-index value))
    (if (eq edebug-execution-mode 'Go-nonstop)
        value
      (edebug-debugger after-index 'after value))))

(defun edebug-fast-after (_before-index _after-index value) value)

(defun edebug-run-slow ()
  "Set up Edebug's normal behavior."
  (setcdr (assq 'edebug edebug-behavior-alist)
          '(edebug-default-enter edebug-slow-before edebug-slow-after)))

(defun edebug-run-fast ()
  "Disable Edebug without de-instrumenting code."
  (setcdr (assq 'edebug edebug-behavior-alist)
          '(edebug-default-enter edebug-fast-before edebug-fast-after)))

(defun edebug--update-coverage (after-index value)
  (let ((old (aref edebug-coverage after-index)))
    (cond ((eq old 'edebug-ok-coverage))
          ((eq old 'edebug-unknown) (aset edebug-coverage after-index value))
          ((not (eq value old)) (aset edebug-coverage after-index 'edebug-ok-coverage)))))

(defun edebug-eval (expr)
  "Evaluate EXPR (a breakpoint condition or user expression)."
  (eval expr t))

(defun edebug-debugger (offset-index arg-mode value)
  "Check breakpoints at OFFSET-INDEX and stop there if the mode or a break says so."
  (let* ((edebug-breakpoints (cadr edebug-data))
         (edebug-break-data (assq offset-index edebug-breakpoints))
         (edebug-break-condition (cadr edebug-break-data))
         (disabled (nth 4 edebug-break-data))
         (edebug-global-break
          (and edebug-global-break-condition
               (condition-case nil
                   (setq edebug-global-break-result (edebug-eval edebug-global-break-condition))
                 (error nil))))
         (edebug-break
          (or edebug-global-break
              (and edebug-break-data (not disabled)
                   (or (not edebug-break-condition)
                       (setq edebug-break-result (edebug-eval edebug-break-condition)))))))
    (when (and edebug-break (nth 2 edebug-break-data)) ; a temporary breakpoint goes away
      (setcar (cdr edebug-data) (delq edebug-break-data edebug-breakpoints)))
    (when (or (not (memq edebug-execution-mode '(go continue Continue-fast))) edebug-break)
      (edebug--display value offset-index arg-mode))
    value))

;;;; Stopping: batch mode's command reader

(defun edebug--stop-point-description (offset-index)
  "Where stop point OFFSET-INDEX of the current function is, as text."
  (let* ((offsets (nth 2 edebug-data))
         (pos (and (markerp edebug-def-mark) (marker-position edebug-def-mark)
                   (< offset-index (length offsets))
                   (+ edebug-def-mark (aref offsets offset-index)))))
    (if (and pos (buffer-live-p edebug-buffer))
        (with-current-buffer edebug-buffer
          (save-excursion
            (goto-char pos)
            (format "%s:%d:%d" (buffer-name) (line-number-at-pos) (current-column))))
      (format "%s" edebug-function))))

(defun edebug--display (value offset-index arg-mode)
  "Stop at OFFSET-INDEX (ARG-MODE is `before', `after' or `error'): show where, read commands."
  (let ((edebug-active t))
    (if (memq edebug-execution-mode '(trace Trace-fast continue Continue-fast))
        ;; Non-stopping modes only show where execution is.
        (message "Edebug: %s %s%s" edebug-function (edebug--stop-point-description offset-index)
                 (if (eq arg-mode 'after) (format " => %s" (edebug-safe-prin1-to-string value)) ""))
      (edebug--batch-command-loop value offset-index arg-mode))))

(defun edebug-safe-prin1-to-string (value)
  "Print VALUE as Edebug displays results."
  (let ((print-length edebug-print-length) (print-level edebug-print-level)
        (print-circle edebug-print-circle))
    (prin1-to-string (if edebug-unwrap-results (edebug-unwrap* value) value))))

(defconst edebug--batch-commands
  '(("" . step) ("SPC" . step) (" " . step) ("n" . next) ("g" . go) ("G" . Go-nonstop)
    ("t" . trace) ("T" . Trace-fast) ("c" . continue) ("C" . Continue-fast))
  "Edebug's mode keys, as typed on a line of their own in batch mode.")

(defun edebug--batch-command-loop (value offset-index arg-mode)
  "Batch mode's stand-in for Edebug's recursive edit: read command lines until one resumes.
Mode keys (SPC n g G t T c C) resume in that mode, `e EXPR' evaluates, `q' quits to top level
and `Q' quits to top level without Edebug (`edebug-top-level-nonstop')."
  (when (eq arg-mode 'after) (setq edebug-previous-result value))
  (let ((done nil))
    (while (not done)
      (let* ((line (read-from-minibuffer
                    (format "Edebug: %s %s%s> " edebug-function
                            (edebug--stop-point-description offset-index)
                            (if (eq arg-mode 'after)
                                (format " => %s" (edebug-safe-prin1-to-string value))
                              ""))))
             (cmd (string-trim line))
             (mode (cdr (assoc cmd edebug--batch-commands))))
        (cond
         (mode (setq edebug-execution-mode mode done t))
         ((equal cmd "q") (top-level))
         ((equal cmd "Q") (edebug-top-level-nonstop))
         ((string-prefix-p "e " cmd)
          (message "%s" (condition-case err
                            (edebug-safe-prin1-to-string (edebug-eval (read (substring cmd 2))))
                          (error (error-message-string err)))))
         (t (message "Edebug: unknown command %S" cmd)))))))

(defun edebug-top-level-nonstop ()
  "Set mode to Go-nonstop, and exit to top-level."
  (interactive)
  (setq edebug-execution-mode 'Go-nonstop)
  (top-level))

(defun edebug-set-initial-mode ()
  "Set the initial execution mode of Edebug, read with completion."
  (interactive)
  (let* ((modes '("step" "next" "go" "Go-nonstop" "trace" "Trace-fast" "continue" "Continue-fast"))
         (mode (completing-read "Edebug initial mode: " modes nil t nil nil
                                (symbol-name edebug-initial-mode))))
    (setq edebug-initial-mode (intern mode))
    (message "Edebug's initial mode is now: %s" mode)))

(defun edebug (&optional arg-mode &rest args)
  "Replacement for `debug' while Edebug is active: stop at the current stop point.
ARG-MODE and ARGS are as for `debug'."
  (if (null edebug-entered)
      (apply #'debug arg-mode args)
    (let ((edebug-execution-mode 'step))
      (edebug--display (car args) (or (car edebug-offset-indices) 0)
                       (if (eq arg-mode 'error) 'error 'after))))
  nil)

;;;; Instrumenting functions by name

(defun edebug--edebug-on-entry-functions ()
  (let ((fns nil))
    (mapatoms (lambda (s) (when (get s 'edebug-on-entry) (push s fns))))
    fns))

(defun edebug-on-entry (function &optional flag)
  "Cause Edebug to stop at the next call of FUNCTION, an instrumented function.
With FLAG `temp', stop only at the next call."
  (interactive (list (intern (completing-read "Edebug on entry to: " obarray
                                              (lambda (s) (get s 'edebug))))
                     'temp))
  (put function 'edebug-on-entry (or flag t)))

(define-obsolete-function-alias 'edebug-cancel-edebug-on-entry #'edebug-cancel-on-entry "28.1")
(define-obsolete-function-alias 'cancel-edebug-on-entry #'edebug-cancel-on-entry "28.1")

(defun edebug-cancel-on-entry (function)
  "Cause Edebug to not stop when FUNCTION is called (nil or \"\" means all functions)."
  (interactive (list (completing-read "Cancel edebug on entry to (default all functions): "
                                      (mapcar #'symbol-name (edebug--edebug-on-entry-functions))
                                      nil t)))
  (when (and (stringp function) (not (equal function "")))
    (setq function (intern function)))
  (let ((fns (if (or (null function) (equal function ""))
                 (edebug--edebug-on-entry-functions)
               (list function))))
    (dolist (f fns) (put f 'edebug-on-entry nil))
    (message "Removed edebug-on-entry from %s"
             (if (or (null function) (equal function "")) "all functions" function))))

(defun edebug--unwrap*-symbol-function (symbol)
  "Remove the Edebug instrumentation from SYMBOL's function definition."
  (let ((def (symbol-function symbol)))
    (if (eq (car-safe def) 'macro)
        (fset symbol (cons 'macro (edebug-unwrap* (cdr def))))
      (fset symbol (edebug-unwrap* def)))))

(defun edebug-remove-instrumentation (functions)
  "Remove Edebug instrumentation from FUNCTIONS.
Interactively, the user is prompted for the function to remove
instrumentation for, defaulting to all functions."
  (interactive
   (list
    (let ((functions nil))
      (mapatoms (lambda (symbol)
                  (when (and (get symbol 'edebug) (fboundp symbol))
                    (push symbol functions))))
      (unless functions (error "Found no functions to remove instrumentation from"))
      (let ((name (completing-read "Remove instrumentation from (default all functions): "
                                   functions)))
        (if (and name (not (equal name "")))
            (list (intern name))
          functions)))))
  (dolist (symbol functions)
    (when (get symbol 'edebug)
      ;; The function is restored; its `edebug' property (the definition's position and offsets) stays, as
      ;; in GNU.
      (edebug--unwrap*-symbol-function symbol)))
  (message "Removed edebug instrumentation from %s"
           (mapconcat #'symbol-name functions ", ")))

;;;; Breakpoints (data structures; moving among them needs the command loop)

(defun edebug-modify-breakpoint (index flag &optional condition temporary)
  "Set (FLAG non-nil) or clear the breakpoint at stop point INDEX of `edebug-function'.
CONDITION and TEMPORARY are as for `edebug-set-breakpoint'."
  (let* ((breakpoints (cadr edebug-data))
         (old (assq index breakpoints)))
    (setq breakpoints (delq old breakpoints))
    (when flag
      (let ((pos (+ edebug-def-mark (aref (nth 2 edebug-data) index))))
        (push (list index condition temporary
                    (and (buffer-live-p edebug-buffer)
                         (with-current-buffer edebug-buffer (copy-marker pos)))
                    nil)
              breakpoints)))
    (setcar (cdr edebug-data) (sort breakpoints (lambda (a b) (< (car a) (car b)))))))

;;;; Specs of the special forms and basic macros

(pcase-dolist (`(,name ,spec)
               '((quote (sexp))
                 (defvar (symbolp &optional form stringp))
                 (defconst defvar)
                 (defun (&define name lambda-list lambda-doc
                                 [&optional ("declare" def-declarations)]
                                 [&optional ("interactive" &optional [&or stringp def-form]
                                             &rest symbolp)]
                                 def-body))
                 (defmacro (&define name lambda-list lambda-doc
                                    [&optional ("declare" def-declarations)]
                                    def-body))
                 (function (&or symbolp lambda-expr))
                 (let ((&rest &or (symbolp &optional form) symbolp) body))
                 (let* let)
                 (setq (&rest symbolp form))
                 (cond (&rest (&rest form)))
                 (condition-case (symbolp form &rest ([&or symbolp (&rest symbolp)] body)))
                 (\` (backquote-form))
                 (\, (&or ("quote" edebug-\`) def-form))
                 (\,@ (&define &or ("quote" edebug-\`) def-form))))
  (put name 'edebug-form-spec spec))

(defun edebug--match-declare-arg (head pf)
  (funcall pf (get (car head) 'edebug-declaration-spec)))

(def-edebug-elem-spec 'name '(&name symbolp))

(def-edebug-elem-spec 'def-declarations
  '(&rest &or (&interpose symbolp edebug--match-declare-arg) sexp))

(def-edebug-elem-spec 'lambda-list
  '(([&rest arg] [&optional ["&optional" arg &rest arg]] &optional ["&rest" arg])))

(def-edebug-elem-spec 'lambda-expr
  '(("lambda" &define lambda-list lambda-doc [&optional ("interactive" interactive)] def-body)))

(def-edebug-elem-spec 'arglist '(lambda-list))

(def-edebug-elem-spec 'lambda-doc
  '(&optional [&or stringp (&define ":documentation" def-form)]))

(def-edebug-elem-spec 'interactive '(&optional [&or stringp def-form] &rest symbolp))

(def-edebug-elem-spec 'function-form
  '(&or ([&or "quote" "function"] &or symbolp lambda-expr) form))

;; Unquoted forms inside a backquote are instrumented, except inside a nested backquote, where
;; they belong to the code a macro generates.
(def-edebug-elem-spec 'backquote-form
  '(&or ("`" nested-backquote-form)
        ([&or "," ",@"] &or ("quote" backquote-form) form)
        (backquote-form [&rest [&not ","] backquote-form] . [&or nil backquote-form])
        (vector &rest backquote-form)
        sexp))

(def-edebug-elem-spec 'nested-backquote-form
  '(&or ("`" &error "Triply nested backquotes (without commas \"between\" them) \
are too difficult to instrument")
        ([&or "," ",@"] backquote-form)
        (nested-backquote-form [&rest [&not "," ",@"] nested-backquote-form]
                               . [&or nil nested-backquote-form])
        (vector &rest nested-backquote-form)
        sexp))

(defmacro edebug-\` (exp)
  "Backquote EXP, instrumenting its unquoted parts as definition forms."
  (declare (debug (def-form)))
  (list '\` exp))

;; Declarations whose argument is code.
(put 'compiler-macro 'edebug-declaration-spec '(&or symbolp ([&or "lambda" "closure"] &rest sexp)))
(put 'gv-expander 'edebug-declaration-spec '(&or symbolp ([&or "lambda" "closure"] &rest sexp)))
(put 'gv-setter 'edebug-declaration-spec '(&or symbolp ([&or "lambda" "closure"] &rest sexp)))

;; Element specs of the rest of the library, for the macros whose specs use them.
(dolist (pair
         '((gv-place form)
           (pcase-PAT (&or (&interpose symbolp pcase--edebug-match-pat-args) sexp))
           (pcase-FUN (&or lambda-expr (functionp &rest form) sexp))
           (pcase-QPAT (&or ("," pcase-PAT) (pcase-QPAT [&rest [&not ","] pcase-QPAT]
                                                        . [&or nil pcase-QPAT])
                            (vector &rest pcase-QPAT) sexp))
           (cl-type-spec (sexp))
           (cl-declarations (&rest ("cl-declare" &rest sexp)))
           (cl-declarations-or-string (lambda-doc &or ("declare" def-declarations) cl-declarations))
           (cl-lambda-list (([&rest cl-lambda-arg]
                             [&optional ["&optional" cl-&optional-arg &rest cl-&optional-arg]]
                             [&optional ["&rest" arg]]
                             [&optional ["&key" [cl-&key-arg &rest cl-&key-arg]
                                         &optional "&allow-other-keys"]]
                             [&optional ["&aux" &rest &or (symbolp &optional def-form) symbolp]]
                             . [&or arg nil])))
           (cl-&optional-arg (&or (cl-lambda-arg &optional def-form arg) arg))
           (cl-&key-arg (&or ([&or (symbolp cl-lambda-arg) arg] &optional def-form arg) arg))
           (cl-lambda-arg (&or arg cl-lambda-list1))
           (cl-lambda-list1 (([&rest cl-lambda-arg]
                              [&optional ["&optional" cl-&optional-arg &rest cl-&optional-arg]]
                              [&optional ["&rest" cl-lambda-arg]]
                              [&optional ["&key" cl-&key-arg &rest cl-&key-arg
                                          &optional "&allow-other-keys"]]
                              [&optional ["&aux" &rest &or (symbolp &optional def-form) symbolp]]
                              . [&or arg nil])))
           (cl-macro-list (([&optional "&environment" arg]
                            [&rest cl-macro-arg]
                            [&optional ["&optional" &rest &or (cl-macro-arg &optional def-form arg)
                                        arg]]
                            [&optional [[&or "&rest" "&body"] cl-macro-arg]]
                            [&optional ["&key" [&rest [&or ([&or (symbolp cl-macro-arg) arg]
                                                            &optional def-form cl-macro-arg)
                                                           arg]]
                                        &optional "&allow-other-keys"]]
                            [&optional ["&aux" &rest &or (symbolp &optional def-form) symbolp]]
                            [&optional "&environment" arg]
                            . [&or arg nil])))
           (cl-macro-arg (&or arg cl-macro-list1))
           (cl-macro-list1 (([&optional "&whole" arg]
                             [&rest cl-macro-arg]
                             [&optional ["&optional" &rest &or (cl-macro-arg &optional def-form arg)
                                         arg]]
                             [&optional [[&or "&rest" "&body"] cl-macro-arg]]
                             [&optional ["&key" [&rest [&or ([&or (symbolp cl-macro-arg) arg]
                                                             &optional def-form cl-macro-arg)
                                                            arg]]
                                         &optional "&allow-other-keys"]]
                             [&optional ["&aux" &rest &or (symbolp &optional def-form) symbolp]]
                             . [&or arg nil])))
           (cl-lambda-expr (&define ("lambda" cl-lambda-list cl-declarations-or-string
                                     [&optional ("interactive" interactive)]
                                     def-body)))))
  ;; Keep a library's own definition when it has one.
  (unless (get (car pair) 'edebug-elem-spec)
    (put (car pair) 'edebug-elem-spec (cadr pair))))

;; Specs of the library's macros that do not declare one themselves (GNU declares them in the
;; macros' own files).  A macro that has a spec keeps it.
(pcase-dolist (`(,name ,spec)
               '((lambda (&define lambda-list lambda-doc [&optional ("interactive" interactive)]
                                  def-body))
                 (defsubst defun)
                 (eval-and-compile (&rest def-form))
                 (eval-when-compile (&rest def-form))
                 (dont-compile t)
                 (setq-local setq)
                 (setq-default setq)
                 (with-suppressed-warnings (sexp &optional body))
                 (add-function (form [&or symbolp ("local" form) ("var" sexp) gv-place]
                                     form &optional form))
                 (remove-function ([&or symbolp ("local" form) ("var" sexp) gv-place] form))
                 (define-advice (sexp sexp def-body))
                 (cl-function (&or symbolp cl-lambda-expr))
                 (cl-defun (&define [&name sexp] cl-lambda-list cl-declarations-or-string
                                    [&optional ("interactive" interactive)] def-body))
                 (cl-iter-defun cl-defun)
                 (cl-defmacro (&define name cl-macro-list cl-declarations-or-string def-body))
                 (cl-return (&optional form))
                 (cl-return-from (symbolp &optional form))
                 (cl-defstruct (&define [&or symbolp (gate symbolp &rest sexp)]
                                        [&optional stringp]
                                        &rest &or symbolp (symbolp &optional def-form &rest sexp)))
                 (iter-defun (&define name lambda-list lambda-doc &rest sexp))
                 (iter-lambda (&define lambda-list lambda-doc &rest sexp))
                 (iter-make (&rest sexp))
                 (iter-do ((symbolp form) &rest sexp))))
  (unless (get name 'edebug-form-spec)
    (put name 'edebug-form-spec spec)))

;; `cl-macrolet': the macros it binds are known while instrumenting its body, with their own specs.
(defun cl--edebug-macrolet-interposer (bindings pf &rest specs)
  "Match SPECS through PF with the macros of BINDINGS (a one-element list) known to Edebug."
  (let ((edebug-lexical-macro-ctx
         (append (mapcar (lambda (b)
                           (let ((decl (nth 2 b)))
                             (cons (car b) (and (eq (car-safe decl) 'declare)
                                                (cadr (assq 'debug (cdr decl)))))))
                         (car bindings))
                 edebug-lexical-macro-ctx)))
    (funcall pf specs)))

(unless (and (get 'cl-macrolet 'edebug-form-spec)
             (not (equal (get 'cl-macrolet 'edebug-form-spec) '(cl-macrolet-expr))))
  (put 'cl-macrolet 'edebug-form-spec
       '(&interpose (&rest (&define [&name symbolp "@cl-macrolet@"] [&name [] gensym]
                                    cl-macro-list cl-declarations-or-string def-body))
                    cl--edebug-macrolet-interposer
                    cl-declarations body)))

;; The backquote pcase pattern's spec (GNU's `pcase-defmacro' declares it).
(let ((expander (get '\` 'pcase-macroexpander)))
  (when (and expander (symbolp expander) (not (get expander 'edebug-form-spec)))
    (put expander 'edebug-form-spec '(pcase-QPAT))))

(defun pcase--edebug-match-pat-args (head pf)
  "Match the arguments of the pcase pattern whose head is (car HEAD), through PF.
The built-in patterns have fixed specs; a `pcase-defmacro' pattern has its expander's."
  (let* ((name (car head))
         (spec (or (alist-get name '((quote sexp) (or &rest pcase-PAT) (and &rest pcase-PAT)
                                     (guard form) (pred &or ("not" pcase-FUN) pcase-FUN)
                                     (app pcase-FUN pcase-PAT)))
                   (let ((expander (and (fboundp 'pcase--get-macroexpander)
                                        (pcase--get-macroexpander name))))
                     (and expander (symbolp expander) (edebug-get-spec expander))))))
    (funcall pf spec)))

(edebug-install-read-eval-functions)

(provide 'edebug-run)

;;; edebug-run.el ends here
