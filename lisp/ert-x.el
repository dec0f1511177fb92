;;; ert-x.el --- ERT extras: test buffers and message capture  -*- lexical-binding: t -*-
;; The part of GNU's lisp/emacs-lisp/ert-x.el that GNU's own test files use, written for tsmacs:
;; test buffers, message capture, resource directories and string helpers.

;;; Code:

(require 'ert)

(defvar ert--test-buffers (make-hash-table :weakness t)
  "Test buffers created by `ert-with-test-buffer' that may still be live (keys; values are t).")

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
    (puthash buffer t ert--test-buffers)
    ;; No unwind-protect: a failing test keeps its buffer for inspection, as in GNU.
    (prog1 (save-current-buffer
             (set-buffer buffer)
             (let ((ert--infos (cons (cons "Buffer: " (buffer-name buffer)) ert--infos)))
               (funcall thunk)))
      (kill-buffer buffer)
      (remhash buffer ert--test-buffers))))

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
  (let ((count 0))
    (maphash (lambda (b _)
               (when (or (not (buffer-live-p b)) (kill-buffer b)) (setq count (1+ count))))
             ert--test-buffers)
    (message "%s out of %s test buffers killed" count (hash-table-count ert--test-buffers)))
  (clrhash ert--test-buffers)
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

;;; Test resources.

(defvar ert-resource-directory-format "%s-resources/"
  "Format for `ert-resource-directory'.")

(defun ert--resource-directory (file)
  "The resource directory of the test file FILE (see `ert-resource-directory')."
  (let* ((file (or file
                   (let ((test (ert-running-test)))
                     (and test (ert-test-name test) (get (ert-test-name test) 'ert--test-file)))
                   (error "ert-resource-directory: cannot tell which file is being loaded")))
         (dir (ert--file-directory file))
         (base (substring file (length dir))))
    (if (and (fboundp 'file-accessible-directory-p) (file-accessible-directory-p (concat dir "resources/")))
        (concat dir "resources/")
      (dolist (suffix '("-tests.el" "-test.el" ".el"))
        (let ((n (- (length base) (length suffix))))
          (when (and (> n 0) (equal (substring base n) suffix))
            (setq base (substring base 0 n) suffix nil))))
      (concat dir (format ert-resource-directory-format base)))))

(defmacro ert-resource-directory ()
  "Return absolute file name of the resource (test data) directory.
That is \"resources/\" beside the test file when it exists, else \"NAME-resources/\" for a test
file named \"NAME-tests.el\"."
  `(ert--resource-directory ,(or (and (boundp 'byte-compile-current-file)
                                      (symbol-value 'byte-compile-current-file))
                                 load-file-name)))

(defmacro ert-resource-file (file)
  "Return absolute file name of resource (test data) file named FILE."
  `(concat (ert-resource-directory) ,file))

;;; Strings and buffers.

(defun ert-filter-string (s &rest regexps)
  "Return a copy of S with all matches of REGEXPS removed.
An element of REGEXPS may also be (REGEXP SUBEXP): then only that subexpression of each match
is removed."
  (with-temp-buffer
    (insert s)
    (dolist (x regexps)
      (let ((regexp (if (consp x) (car x) x))
            (subexp (and (consp x) (cadr x))))
        (goto-char (point-min))
        (while (re-search-forward regexp nil t)
          (replace-match "" t t nil subexp))))
    (buffer-string)))

(defun ert-propertized-string (&rest args)
  "Return a string with properties as specified by ARGS.
ARGS are strings and plists: the strings are concatenated, each with the properties of the
latest plist before it (none before the first plist, and nil clears them)."
  (let ((plist nil) (parts nil))
    (dolist (x args)
      (cond ((stringp x)
             (let ((copy (copy-sequence x)))
               (set-text-properties 0 (length copy) plist copy)
               (push copy parts)))
            ((listp x)
             (unless (= (% (length x) 2) 0) (error "Odd number of args in plist: %S" x))
             (setq plist x))
            (t (error "Neither a string nor a plist: %S" x))))
    (apply #'concat (nreverse parts))))

(defun ert-call-with-buffer-renamed (buffer-name thunk)
  "Run THUNK with the buffer named BUFFER-NAME moved out of the way.
The buffer is renamed, a fresh buffer of that name is made for THUNK, and afterwards that one
is killed and the original gets its name back."
  (let ((saved-name (generate-new-buffer-name (format "%s orig buffer" buffer-name))))
    (save-current-buffer
      (set-buffer (get-buffer-create buffer-name))
      (rename-buffer saved-name))
    (unwind-protect
        (progn (get-buffer-create buffer-name)
               (funcall thunk))
      (when (get-buffer buffer-name) (kill-buffer buffer-name))
      (save-current-buffer
        (set-buffer saved-name)
        (rename-buffer buffer-name)))))

(defmacro ert-with-buffer-renamed (spec &rest body)
  "Run BODY with the buffer named by (car SPEC) protected; see `ert-call-with-buffer-renamed'.

\(fn (BUFFER-NAME-FORM) &body BODY)"
  (declare (indent 1))
  `(ert-call-with-buffer-renamed ,(car spec) (lambda () ,@body)))

(defun ert-buffer-string-reindented (&optional buffer)
  "The text of BUFFER (default the current buffer) as `indent-region' would leave it.
BUFFER itself is not modified."
  (let ((text (save-current-buffer (when buffer (set-buffer buffer)) (buffer-string)))
        (mode (save-current-buffer (when buffer (set-buffer buffer)) major-mode)))
    (with-temp-buffer
      (insert text)
      (funcall mode)
      (let ((inhibit-read-only t)) (indent-region (point-min) (point-max)))
      (buffer-string))))

(provide 'ert-x)

;;; ert-x.el ends here
