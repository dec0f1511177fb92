;;; float-sup.el --- floating-point constants and angle conversions  -*- lexical-binding: t -*-

;; tsmacs's own version of GNU Emacs's preloaded float-sup.el.

(defconst float-pi (* 4 (atan 1)) "The value of Pi (3.1415926...).")
(defconst pi float-pi "Obsolete since Emacs-23.3.  Use `float-pi' instead.")
(make-obsolete-variable 'pi 'float-pi "23.3")

(defconst float-e (exp 1) "The value of e (2.7182818...).")

(defconst degrees-to-radians (/ float-pi 180.0)
  "Radian to degree conversion constant.")
(defconst radians-to-degrees (/ 180.0 float-pi)
  "Degree to radian conversion constant.")

(defmacro degrees-to-radians (x)
  "Convert X from degrees to radians."
  (list '* degrees-to-radians x))
(defmacro radians-to-degrees (x)
  "Convert X from radians to degrees."
  (list '* radians-to-degrees x))

(provide 'lisp-float-type)

;;; float-sup.el ends here
