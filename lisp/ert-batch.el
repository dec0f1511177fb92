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
    (dolist . 1) (dotimes . 1) (prog2 . 2) (defun . defun) (defmacro . defun))
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

;; The final `indent-sexp' runs in ERT's fundamental-mode buffer, so it parses with the standard
;; syntax table: there ' # , : . ? @ ` are punctuation, and an atom such as ":key" or "1.5" holds
;; the sexps "key", or "1" and "5".  The layout above uses Lisp syntax (`pp' runs in a Lisp buffer).
(defun ert--pp-std-sexps (text)
  "The sexps the standard syntax table finds in atom TEXT: a list of (OFFSET NAME KIND).
KIND is `sym' for a word or symbol run (NAME is its text) and `other' for a string or a run
starting with an escape."
  (let ((i 0) (n (length text)) (out nil))
    (while (< i n)
      (let ((c (aref text i)))
        (cond
         ((eq c ?\")
          (push (list i nil 'other) out)
          (setq i (1+ i))
          (while (and (< i n) (/= (aref text i) ?\")) (setq i (+ i (if (eq (aref text i) ?\\) 2 1))))
          (setq i (1+ i)))
         ((or (eq c ?\\) (ert--pp-std-constituent-p c))
          (let ((start i))
            (while (and (< i n) (or (eq (aref text i) ?\\) (ert--pp-std-constituent-p (aref text i))))
              (setq i (+ i (if (eq (aref text i) ?\\) 2 1))))
            (push (list start (substring text start (min i n)) (if (eq c ?\\) 'other 'sym)) out)))
         (t (setq i (1+ i))))))
    (nreverse out)))

(defun ert--pp-std-constituent-p (c)
  "Non-nil if C is a word or symbol constituent in the standard syntax table."
  (or (and (>= c ?a) (<= c ?z)) (and (>= c ?A) (<= c ?Z)) (and (>= c ?0) (<= c ?9))
      (memq c '(?$ ?% ?& ?* ?+ ?- ?/ ?< ?= ?> ?_ ?|))
      (>= c 128)))

(defun ert--pp-indent-method (name)
  "The `lisp-indent-function' method of the operator named NAME."
  (let ((sym (intern-soft name)))
    (and sym
         (or (function-get sym 'lisp-indent-function)
             (cdr (assq sym ert--pp-special-indent))))))

(defun ert--pp-first-on-line (sexps line)
  "Column of the first of SEXPS (in order) that starts on LINE."
  (while (/= (car (car sexps)) line) (setq sexps (cdr sexps)))
  (nth 1 (car sexps)))

(defun ert--pp-calc-indent (open-line open-col sexps)
  "Indentation of a line in a list opened at OPEN-LINE, OPEN-COL (`calculate-lisp-indent').
SEXPS are the list's sexps before that line, in order, as (LINE COL NAME KIND).
Returns (COLUMN . CACHEABLE); `indent-sexp' reuses a cacheable column for the list's later lines."
  (if (null sexps)
      (cons (1+ open-col) t)
    (let* ((e0 (car sexps))
           (last (car (last sexps)))
           (first-line (= (car last) (car e0)))
           (normal (cond ((eq (nth 3 e0) 'open) (nth 1 e0))
                         (first-line (nth 1 (if (eq last e0) e0 (nth 1 sexps))))
                         (t (ert--pp-first-on-line sexps (car last))))))
      (if (not (eq (nth 3 e0) 'sym))
          (cons (if first-line (nth 1 e0) (ert--pp-first-on-line sexps (car last))) t)
        (let* ((name (nth 2 e0))
               (method (ert--pp-indent-method name)))
          (cond
           ((or (eq method 'defun)
                (and (null method) (> (length name) 3) (equal (substring name 0 3) "def")))
            (cons (if (= (car last) open-line) (+ open-col 2) normal) t))
           ((integerp method)
            ;; `lisp-indent-specform': the first METHOD arguments are distinguished.
            (let* ((before (1- (length sexps)))
                   (count (- method before)))
              (cond ((> count 0) (cons (if (<= before 1) (+ open-col 4) normal) nil))
                    ((and (= count 0) (or (= method 0) (<= (+ open-col 2) normal)))
                     (cons (+ open-col 2) t))
                    (t (cons normal t)))))
           (t (cons normal t))))))))

(defun ert--pp-emit (node)
  "Lay out NODE at the current position of the pretty-printed text.
Returns NODE's sexps for the standard syntax table, as (LINE COL NAME KIND) lists."
  (if (eq (car node) 'atom)
      (let ((line ert--pp-line) (col ert--pp-col))
        (ert--pp-put (cadr node))
        (mapcar (lambda (s) (list line (+ col (car s)) (nth 1 s) (nth 2 s)))
                (ert--pp-std-sexps (cadr node))))
    (let* ((prefix (nth 1 node))
           (open-col (+ ert--pp-col (length prefix)))
           (open-line ert--pp-line)
           (sexps nil)                  ; this list's sexps so far, in reverse order
           (cached nil)
           (k 0)
           (prev nil))
      (ert--pp-put (concat prefix (string (nth 2 node))))
      (dolist (child (nth 4 node))
        (let ((ws (car child)) (sub (cdr child)))
          (cond
           ((= k 0))
           ;; `pp-buffer' breaks the line after each closing paren, and before each nested
           ;; list preceded by whitespace (looking through the prefixes ' ` # ^).
           ((or (eq (car prev) 'list)
                (and ws (eq (car sub) 'list)
                     (let ((ok t))
                       (dolist (c (append (nth 1 sub) nil))
                         (unless (memq c '(?' ?` ?# ?^)) (setq ok nil)))
                       ok)))
            (let ((col (or cached
                           (let ((r (ert--pp-calc-indent open-line open-col (reverse sexps))))
                             (when (cdr r) (setq cached (car r)))
                             (car r)))))
              (push "\n" ert--pp-out)
              (setq ert--pp-line (1+ ert--pp-line))
              ;; `indent-sexp' indents with tabs (`indent-tabs-mode' is t in GNU's buffers).
              (push (concat (make-string (/ col 8) ?\t) (make-string (% col 8) ?\s)) ert--pp-out)
              (setq ert--pp-col col)))
           (ws (ert--pp-put " ")))
          (let ((sub-sexps (ert--pp-emit sub)))
            (dolist (s sub-sexps) (push s sexps)))
          (setq prev sub k (1+ k))))
      (ert--pp-put (string (nth 3 node)))
      (list (list open-line open-col nil 'open)))))

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
      ;; F is a `backtrace-frame' record: [backtrace-frame EVALD FUN ARGS ...].
      (let ((line (if (aref f 1)
                      (concat "  " (prin1-to-string (aref f 2)) "("
                              (mapconcat #'prin1-to-string (aref f 3) " ") ")")
                    (concat "  (" (mapconcat #'prin1-to-string (cons (aref f 2) (aref f 3)) " ") ")"))))
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

(defvar ert--batch-trace nil
  "Non-nil (or the environment variable TSMACS_ERT_TRACE) makes the batch runner name each test
as it starts, so that a harness can tell which test was running when a run died (not in GNU).")

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
     ((eq event-type 'test-started)
      ;; Not in GNU: lets a harness tell which test was running when a run died.
      (when (or ert--batch-trace (and (fboundp 'getenv) (getenv "TSMACS_ERT_TRACE")))
        (message "  started  %S" (ert-test-name (nth 1 args)))))
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
