;;; cl-print.el --- extensible printing, the generic-function surface of GNU's cl-print  -*- lexical-binding: t -*-
;; Written for tsmacs. `cl-prin1' dispatches on the object through `cl-print-object', whose default method
;; prints as `prin1' does; packages add methods for their own types.

(require 'cl-generic)

(defvar cl-print-readably nil "If non-nil, try and make sure the result can be `read'.")
(defvar cl-print-compiled nil "Behavior of `cl-print-object' when printing compiled code.")
(defvar cl-print-string-length nil "Maximum length of string to print before abbreviating.")

(cl-defgeneric cl-print-object (object stream)
  "Dispatcher to print OBJECT on STREAM according to its type."
  (prin1 object stream))

(defun cl-prin1 (object &optional stream)
  "Print OBJECT on STREAM according to its type."
  (cl-print-object object (or stream standard-output))
  object)

(defun cl-prin1-to-string (object)
  "Return a string containing the `cl-prin1'-printed representation of OBJECT."
  (with-output-to-string (cl-prin1 object)))

(provide 'cl-print)
