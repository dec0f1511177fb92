;;; ert-x.el --- ERT extras: test buffers and message capture  -*- lexical-binding: t -*-
;; The part of GNU's lisp/emacs-lisp/ert-x.el that GNU's own test files use, written for tsmacs.
;; `ert-resource-directory' and `ert-resource-file' are in ert.el.

;;; Code:

(require 'ert)

(defvar ert--test-buffers nil
  "Test buffers created by `ert-with-test-buffer' that may still be live.")

(defun ert--format-test-buffer-name (base-name)
  "The name of a test buffer for the running test and BASE-NAME."
  (let ((test (ert-running-test)))
    (format "*Test buffer (%s)%s*"
            (or (and test (ert-test-name test)) "<anonymous test>")
            (if base-name (format ": %s" base-name) ""))))

(defun ert--call-with-test-buffer (base-name thunk)
  "Run THUNK in a new test buffer named after BASE-NAME; kill it if THUNK returns normally.
Skips the test when tsmacs has no buffers yet."
  (unless (fboundp 'generate-new-buffer) (ert-skip "buffers are not available"))
  (let ((buffer (generate-new-buffer (ert--format-test-buffer-name base-name))))
    (push buffer ert--test-buffers)
    ;; No unwind-protect: a failing test keeps its buffer for inspection, as in GNU.
    (prog1 (save-current-buffer
             (set-buffer buffer)
             (let ((ert--infos (cons (cons "Buffer: " (buffer-name buffer)) ert--infos)))
               (funcall thunk)))
      (kill-buffer buffer)
      (setq ert--test-buffers (delq buffer ert--test-buffers)))))

(defmacro ert-with-test-buffer (spec &rest body)
  "Create a test buffer and run BODY in that buffer.
SPEC is (&key :name NAME-FORM).  If BODY finishes successfully the buffer is killed; after an
error it is kept.

\(fn (&key ((:name NAME-FORM))) &body BODY)"
  (declare (indent 1))
  `(ert--call-with-test-buffer ,(ert--plist-value spec :name nil) (lambda () ,@body)))

(defun ert-kill-all-test-buffers ()
  "Kill all test buffers that are still live."
  (interactive)
  (let ((count 0) (total (length ert--test-buffers)))
    (dolist (b ert--test-buffers)
      (when (or (not (buffer-live-p b)) (kill-buffer b)) (setq count (1+ count))))
    (message "%s out of %s test buffers killed" count total))
  (setq ert--test-buffers nil)
  nil)

(defmacro ert-with-message-capture (var &rest body)
  "Execute BODY while collecting the messages of `message' in VAR, separated by newlines.
\(tsmacs captures `message' only; GNU also captures printing to the echo area.)"
  (declare (debug (symbolp body)) (indent 1))
  (let ((orig (make-symbol "orig")))
    `(let ((,var "")
           (,orig (symbol-function 'message)))
       (unwind-protect
           (progn
             (fset 'message
                   (lambda (&rest args)
                     (if (or (null args) (member (car args) '("" nil)))
                         (apply ,orig args)
                       (let ((msg (apply #'format-message args)))
                         (setq ,var (concat ,var msg "\n"))
                         (funcall ,orig "%s" msg)))))
             ,@body)
         (fset 'message ,orig)))))

(provide 'ert-x)

;;; ert-x.el ends here
