;;; ert-sample.el --- ERT tests that exercise ERT itself  -*- lexical-binding: t -*-
;; Run by test/ert.test.ts under tsmacs, and by GNU Emacs 28.2 to make the expected output
;; (test/data/ert-sample-*.expected; the commands are in test/ert.test.ts).  Tests tagged `pass' all
;; pass; the others show each kind of result and failure report.

(require 'ert)
(require 'ert-x)

;;; Tests that pass.

(ert-deftest sample-pass-arithmetic ()
  "Plain `should' forms."
  :tags '(pass)
  (should (= (+ 1 2) 3))
  (should-not (eq 'a 'b))
  (should (equal (list 1 "two" [3]) '(1 "two" [3]))))

(ert-deftest sample-pass-should-error ()
  "`should-error' returns the error and checks its type."
  :tags '(pass)
  (should (equal (should-error (car 1)) '(wrong-type-argument listp 1)))
  (should (equal (should-error (/ 1 0) :type 'arith-error) '(arith-error)))
  (should-error (signal 'overflow-error nil) :type 'arith-error)
  (should-error (signal 'arith-error nil) :type '(overflow-error arith-error) :exclude-subtypes t))

(ert-deftest sample-pass-handled-errors ()
  "Errors the test handles itself do not fail it."
  :tags '(pass)
  (should (eq (condition-case nil (car 1) (wrong-type-argument 'caught)) 'caught))
  (should (null (ignore-errors (error "Quietly"))))
  (should (eq (catch 'done (throw 'done 'thrown)) 'thrown)))

(ert-deftest sample-pass-early ()
  "`ert-pass' ends a test as passed."
  :tags '(pass)
  (ert-pass)
  (should nil))

(ert-deftest sample-pass-expected-failure ()
  "A test expected to fail, which fails."
  :tags '(pass)
  :expected-result :failed
  (should (= 1 2)))

(ert-deftest sample-pass-skipped ()
  "Skipped tests are not unexpected."
  :tags '(pass)
  (skip-unless (eq 'tsmacs 'unicorn))
  (should nil))

(ert-deftest sample-pass-macro-in-body ()
  "Macros in the body are expanded; `should' reports the value."
  :tags '(pass)
  (let ((x 0))
    (dotimes (i 4) (setq x (+ x i)))
    (should (= (let ((y x)) (* y 2)) 12))))

;; ert-x.el: test buffers and message capture.
(ert-deftest sample-pass-test-buffer ()
  "`ert-with-test-buffer' runs the body in a fresh buffer."
  :tags '(pass)
  (ert-with-test-buffer (:name "scratch")
    (insert "hello")
    (should (equal (buffer-string) "hello")))
  (ert-with-message-capture messages
    (message "one %d" 1)
    (message "two")
    (should (equal messages "one 1\ntwo\n"))))

;;; Tests that fail, each in its own way.

(ert-deftest sample-fail-equal ()
  (should (equal (list 1 2 3) '(1 2 4))))

(ert-deftest sample-fail-should-not ()
  (should-not (memq 'b '(a b c))))

(ert-deftest sample-fail-no-error ()
  (should-error (+ 1 2)))

(ert-deftest sample-fail-wrong-error ()
  (should-error (car 1) :type 'arith-error))

(ert-deftest sample-fail-subtype ()
  (should-error (signal 'overflow-error nil) :type 'arith-error :exclude-subtypes t))

(ert-deftest sample-fail-error-in-body ()
  (let ((v [1 2 3]))
    (aref v 7)))

(ert-deftest sample-fail-ert-fail ()
  (ert-fail "Explicit failure"))

(ert-deftest sample-fail-ert-fail-data ()
  (ert-fail '(custom data "here" 42)))

(ert-deftest sample-fail-info ()
  (ert-info ("Outer info")
    (ert-info ((format "inner %d" 2) :prefix "Context: ")
      (should (eq (car '(x)) 'y)))))

(ert-deftest sample-fail-no-catch ()
  (throw 'sample-tag 7))

(ert-deftest sample-fail-unexpected-pass ()
  :expected-result :failed
  (should t))

(ert-deftest sample-fail-skip ()
  (ert-skip "not today"))

(ert-deftest sample-fail-layout ()
  "A failure whose condition shows `pp''s layout: nested lists, keywords, a `let'."
  (should (equal '(let ((a 1) (b (list 2 3))) (when a (message "%s" b)) :key [v (w)])
                 '(let ((a 1)) a))))

(ert-deftest sample-fail-long-list ()
  (should (equal (number-sequence 1 15) '(1 2 3))))

(ert-deftest sample-fail-deep ()
  (should (equal '(1 (2 (3 (4 (5 (6 (7))))))) '(1 (2)))))

(ert-deftest sample-fail-strings ()
  (should (equal "multi\nline\ttext" "multi line")))

(ert-deftest sample-fail-in-test-buffer ()
  (ert-with-test-buffer (:name "kept")
    (insert "abc")
    (should (equal (buffer-string) "abd"))))

;;; ert-sample.el ends here
