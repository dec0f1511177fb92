;;; ert-batch.el --- ERT's batch runner and GNU-style condition printing  -*- lexical-binding: t -*-
;; Part of tsmacs's ERT (lisp/ert.el loads it): the `ert-run-tests-batch' family (GNU: the batch
;; section of lisp/emacs-lisp/ert.el) and the `pp'-compatible layout of failure conditions.

;;; Code:

;;;; Pretty-printing conditions as GNU's batch runner does.

;; GNU prints a failed test's condition with `pp' (prin1, then a newline before each nested list
;; and after each closing parenthesis run, then `indent-sexp') at column 4.  The functions below
;; reproduce that layout from the printed text: it is parsed back into a tree of atoms and lists,
;; laid out by the same rules, and indented by the rules of `calculate-lisp-indent' and
;; `lisp-indent-function' that such layouts reach.

(defconst ert--pp-prefix-chars '(?' ?` ?, ?# ?@ ?^)
  "Characters that may precede a sexp as read-syntax prefixes.")

(defconst ert--pp-special-indent
  '((progn . 0) (prog1 . 1) (save-excursion . 0) (save-restriction . 0) (save-current-buffer . 0)
    (let . 1) (let* . 1) (while . 1) (if . 2) (catch . 1) (condition-case . 2) (unwind-protect . 1)
    (with-output-to-temp-buffer . 1) (autoload . defun) (lambda . defun) (when . 1) (unless . 1)
    (dolist . 1) (dotimes . 1) (prog2 . 2) (closure . 2) (defun . defun) (defmacro . defun))
  "Indentation methods GNU's lisp-mode.el and preloaded macros give to common operators.")

(defun ert--pp-parse-seq (s i end nested)
  "Parse nodes of printed text S from I to END; stop after a closing bracket when NESTED.
Returns (NODES CLOSE-CHAR . NEXT-INDEX); each node is (WHITESPACE-BEFORE . NODE)."
  (let ((nodes nil) (ws nil) (close nil) (done nil))
    (while (not done)
      (if (>= i end)
          (setq done t)
        (let ((c (aref s i)))
          (cond ((memq c '(?\s ?\t ?\n ?\f ?\r)) (setq ws t i (1+ i)))
                ((and nested (memq c '(?\) ?\]))) (setq close c i (1+ i) done t))
                (t (let ((r (ert--pp-parse-node s i end)))
                     (push (cons ws (car r)) nodes)
                     (setq ws nil i (cdr r))))))))
    (cons (nreverse nodes) (cons close i))))

(defun ert--pp-parse-node (s i end)
  "Parse the sexp of S at I: return (NODE . NEXT-INDEX).
NODE is (atom TEXT) or (list PREFIX OPEN CLOSE CHILDREN)."
  (let ((start i))
    (while (and (< i end) (memq (aref s i) ert--pp-prefix-chars)) (setq i (1+ i)))
    (let ((c (and (< i end) (aref s i))))
      (cond
       ((memq c '(?\( ?\[))
        (let ((r (ert--pp-parse-seq s (1+ i) end t)))
          (cons (list 'list (substring s start i) c (or (cadr r) (if (eq c ?\() ?\) ?\])) (car r))
                (cddr r))))
       ((eq c ?\")
        (setq i (1+ i))
        (while (and (< i end) (/= (aref s i) ?\"))
          (setq i (+ i (if (eq (aref s i) ?\\) 2 1))))
        (setq i (min end (1+ i)))
        (cons (list 'atom (substring s start i)) i))
       (t
        ;; A symbol or number; a lone closing bracket at top level also lands here.
        (when (and c (memq c '(?\) ?\]))) (setq i (1+ i)))
        (while (and (< i end) (not (memq (aref s i) '(?\s ?\t ?\n ?\f ?\r ?\( ?\) ?\[ ?\] ?\" ?\;))))
          (setq i (+ i (if (eq (aref s i) ?\\) 2 1))))
        (setq i (min i end))
        (cons (list 'atom (substring s start i)) i))))))

(defvar ert--pp-out nil "Pieces of the pretty-printed text, in reverse order.")
(defvar ert--pp-col 0 "The current column of the pretty-printed text.")
(defvar ert--pp-line 0 "The current line number of the pretty-printed text.")

(defun ert--pp-put (text)
  "Append TEXT (which contains no newline) to the pretty-printed text."
  (push text ert--pp-out)
  (setq ert--pp-col (+ ert--pp-col (length text))))

(defun ert--pp-symbol-node-p (node)
  "Non-nil if NODE starts with a symbol or word character, as `lisp-indent-function' tests."
  (and (eq (car node) 'atom)
       (> (length (cadr node)) 0)
       (not (memq (aref (cadr node) 0) '(?' ?` ?, ?# ?\" ?\\ ?\( ?\[)))))

(defun ert--pp-indent-method (name)
  "The `lisp-indent-function' method of the operator printed as NAME."
  (let ((sym (intern-soft name)))
    (and sym
         (or (function-get sym 'lisp-indent-function)
             (cdr (assq sym ert--pp-special-indent))))))

(defun ert--pp-indent (open-col infos k e0)
  "Column for child K of a list whose paren is at OPEN-COL and whose first child is E0.
INFOS holds (COLUMN . LINE) of the children before K, in order."
  (let* ((line0 (cdr (car infos)))
         (prev (nth (1- k) infos))
         (first-line (= (cdr prev) line0))
         (line-first-col (let ((l infos))
                           (while (/= (cdr (car l)) (cdr prev)) (setq l (cdr l)))
                           (car (car l)))))
    (if (not (ert--pp-symbol-node-p e0))
        (if first-line (car (car infos)) line-first-col)
      (let* ((normal (cond ((not first-line) line-first-col)
                           ((= k 1) (car (car infos)))
                           (t (car (nth 1 infos)))))
             (name (cadr e0))
             (method (ert--pp-indent-method name)))
        (or (cond
             ((or (eq method 'defun)
                  (and (null method) (> (length name) 3) (equal (substring name 0 3) "def")))
              (and first-line (+ open-col 2)))
             ((integerp method)
              ;; `lisp-indent-specform': the first METHOD arguments are distinguished.
              (let ((count (- method (1- k))))
                (cond ((> count 0) (if (<= (1- k) 1) (+ open-col 4) normal))
                      ((and (= count 0) (or (= method 0) (<= (+ open-col 2) normal))) (+ open-col 2))
                      (t normal)))))
            normal)))))

(defun ert--pp-emit (node)
  "Lay out NODE at the current position of the pretty-printed text."
  (if (eq (car node) 'atom)
      (ert--pp-put (cadr node))
    (let* ((prefix (nth 1 node))
           (open-col (+ ert--pp-col (length prefix)))
           (children (nth 4 node))
           (e0 (cdr (car children)))
           (infos nil)
           (k 0)
           (prev nil))
      (ert--pp-put (concat prefix (string (nth 2 node))))
      (dolist (child children)
        (let ((ws (car child)) (sub (cdr child)))
          (cond
           ((= k 0))
           ((or (eq (car prev) 'list)
                (and ws (eq (car sub) 'list)
                     (let ((ok t))
                       (dolist (c (append (nth 1 sub) nil))
                         (unless (memq c '(?' ?` ?# ?^)) (setq ok nil)))
                       ok)))
            (let ((col (ert--pp-indent open-col (reverse infos) k e0)))
              (push "\n" ert--pp-out)
              (setq ert--pp-line (1+ ert--pp-line) ert--pp-col 0)
              ;; `indent-sexp' indents with tabs (`indent-tabs-mode' is t in GNU's buffers).
              (push (concat (make-string (/ col 8) ?\t) (make-string (% col 8) ?\s)) ert--pp-out)
              (setq ert--pp-col col)))
           (ws (ert--pp-put " ")))
          (push (cons ert--pp-col ert--pp-line) infos)
          (ert--pp-emit sub)
          (setq prev sub k (1+ k))))
      (ert--pp-put (string (nth 3 node))))))

(defun ert--pp-at-column (object column)
  "OBJECT pretty-printed like GNU's `pp' followed by `indent-sexp', starting at COLUMN."
  (let* ((text (let ((print-quoted t)) (prin1-to-string object)))
         (nodes (car (ert--pp-parse-seq text 0 (length text) nil)))
         (ert--pp-out nil) (ert--pp-col column) (ert--pp-line 0)
         (first t))
    (dolist (n nodes)
      (unless first (push "\n" ert--pp-out) (setq ert--pp-col column))
      (setq first nil)
      (ert--pp-emit (cdr n)))
    (apply #'concat (nreverse ert--pp-out))))

;;;; The batch runner.

(defvar ert-quiet nil
  "Non-nil makes ERT only print important information in batch mode.")

(defvar ert-batch-backtrace-right-margin 70
  "Maximum length of lines in ERT backtraces in batch mode; nil means no limit.")

(defun ert--backtrace-lines (frames)
  "Lines describing backtrace FRAMES as GNU's backtraces do."
  (let ((print-level 4) (print-length 8) (print-escape-newlines t) (lines nil))
    (dolist (f frames)
      (let ((line (if (nth 0 f)
                      (concat "  " (prin1-to-string (nth 1 f)) "("
                              (mapconcat #'prin1-to-string (nth 2 f) " ") ")")
                    (concat "  (" (mapconcat #'prin1-to-string (cons (nth 1 f) (nth 2 f)) " ") ")"))))
        (push (if (and ert-batch-backtrace-right-margin (> (length line) ert-batch-backtrace-right-margin))
                  (substring line 0 ert-batch-backtrace-right-margin)
                line)
              lines)))
    (nreverse lines)))

(defun ert--condition-block (result)
  "The text GNU prints under \"Test NAME condition:\" for RESULT."
  (let ((parts nil))
    (dolist (info (ert-test-result-with-condition-infos result))
      (let* ((prefix (car info))
             (lines (ert--split-lines (cdr info)))
             (indent (make-string (+ (length prefix) 4) ?\s)))
        (push (concat "    " prefix (car lines)) parts)
        (dolist (l (cdr lines)) (push (concat indent l) parts))))
    (push (concat "    "
                  (let ((print-escape-newlines t) (print-level 5) (print-length 10)
                        (print-escape-control-characters t))
                    (ert--pp-at-column (ert-test-result-with-condition-condition result) 4)))
          parts)
    (mapconcat #'identity (nreverse parts) "\n")))

(defun ert--split-lines (s)
  "S split at newlines (private stand-in until `split-string' exists)."
  (if (fboundp 'split-string)
      (split-string s "\n")
    (let ((out nil) (start 0) (i 0) (n (length s)))
      (while (< i n)
        (when (eq (aref s i) ?\n) (push (substring s start i) out) (setq start (1+ i)))
        (setq i (1+ i)))
      (push (substring s start) out)
      (nreverse out))))

(defun ert--batch-report-unexpected (test result)
  "Print the details GNU's batch runner prints for TEST's unexpected RESULT."
  (let ((name (ert-test-name test)))
    (cond
     ((ert-test-passed-p result) (message "Test %S passed unexpectedly" name))
     ((ert-test-result-with-condition-p result)
      (message "Test %S backtrace:" name)
      (dolist (line (ert--backtrace-lines (ert-test-result-with-condition-backtrace result)))
        (message "%s" line))
      (message "Test %S condition:" name)
      (message "%s" (ert--condition-block result)))
     ((ert-test-aborted-with-non-local-exit-p result)
      (message "Test %S aborted with non-local exit" name))
     ((ert-test-quit-p result) (message "Quit during %S" name)))))

(defun ert--batch-list-results (stats heading pred)
  "Print HEADING and the tests of STATS whose result satisfies PRED (test result)."
  (message "%s" heading)
  (let ((tests (ert--stats-tests stats)) (results (ert--stats-test-results stats)) (i 0))
    (while (< i (length tests))
      (let ((test (aref tests i)) (result (aref results i)))
        (when (funcall pred test result)
          (message "%9s  %S%s"
                   (ert-string-for-test-result result nil) (ert-test-name test)
                   (if (and (fboundp 'getenv) (getenv "EMACS_TEST_VERBOSE"))
                       (ert-reason-for-test-result result)
                     ""))))
      (setq i (1+ i))))
  (message "%s" ""))

(defun ert--batch-listener (selector)
  "The listener `ert-run-tests-batch' runs SELECTOR with."
  (lambda (event-type &rest args)
    (cond
     ((eq event-type 'run-started)
      (unless ert-quiet
        (let ((stats (car args)))
          (message "Running %s tests (%s, selector `%S')"
                   (length (ert--stats-tests stats))
                   (ert--format-time-iso8601 (ert--stats-start-time stats))
                   selector))))
     ((eq event-type 'run-ended)
      (let* ((stats (car args)) (abortedp (cadr args))
             (unexpected (ert-stats-completed-unexpected stats))
             (skipped (ert-stats-skipped stats))
             (expected-failures (ert--stats-failed-expected stats)))
        (message "\n%sRan %s tests, %s results as expected, %s unexpected%s (%s, %f sec)%s\n"
                 (if abortedp "Aborted: " "")
                 (ert-stats-total stats) (ert-stats-completed-expected stats) unexpected
                 (if (= skipped 0) "" (format ", %s skipped" skipped))
                 (ert--format-time-iso8601 (ert--stats-end-time stats))
                 (ert--elapsed (ert--stats-start-time stats) (ert--stats-end-time stats))
                 (if (= expected-failures 0) "" (format "\n%s expected failures" expected-failures)))
        (unless (= unexpected 0)
          (ert--batch-list-results stats (format "%s unexpected results:" unexpected)
                                   (lambda (test result) (not (ert-test-result-expected-p test result)))))
        (unless (= skipped 0)
          (ert--batch-list-results stats (format "%s skipped results:" skipped)
                                   (lambda (_test result) (ert-test-skipped-p result))))))
     ((eq event-type 'test-ended)
      (let* ((stats (nth 0 args)) (test (nth 1 args)) (result (nth 2 args))
             (expectedp (ert-test-result-expected-p test result)))
        (unless expectedp (ert--batch-report-unexpected test result))
        (unless ert-quiet
          (let ((max (prin1-to-string (length (ert--stats-tests stats)))))
            (message (concat "%9s  %" (prin1-to-string (length max)) "s/" max "  %S (%f sec)")
                     (ert-string-for-test-result result expectedp)
                     (1+ (ert--stats-test-pos stats test))
                     (ert-test-name test)
                     (ert-test-result-duration result)))))))))

(defun ert-run-tests-batch (&optional selector)
  "Run the tests specified by SELECTOR, printing results to the terminal.
SELECTOR works as described in `ert-select-tests', except that nil selects all tests.
Returns the stats object."
  (unless selector (setq selector t))
  (ert-run-tests selector (ert--batch-listener selector)))

(defun ert-run-tests-batch-and-exit (&optional selector)
  "Like `ert-run-tests-batch', but exits Emacs when done.
The exit status is 0 if all test results were as expected, 1 on unexpected results, and 2 if
running the tests failed outside of the tests (e.g. an invalid SELECTOR)."
  (or noninteractive (user-error "This function is only for use in batch mode"))
  ;; `kill-emacs' unwinds in tsmacs, so no unwind-protect may call it a second time.
  (let ((stats (condition-case err
                   (ert-run-tests-batch selector)
                 (error (message "Error running tests: %S" err)
                        (kill-emacs 2)))))
    (kill-emacs (if (= (ert-stats-completed-unexpected stats) 0) 0 1))))

(provide 'ert-batch)

;;; ert-batch.el ends here
