;;; -*- lexical-binding: t -*-
;;; dynbind.el --- tsmacs benchmark kernel: dynamic binding of special variables.
;; bench-checksum: 6728114

;; `defvar'ed specials bound with `let' around calls to functions that read
;; them; nested rebinding; `setq' of a let-bound special; the global value
;; must be intact afterwards.

(defvar bench-dyn-depth 0)
(defvar bench-dyn-scale 1)

(defun bench-dyn-read ()
  (+ bench-dyn-depth bench-dyn-scale))

(defun bench-dyn-nested (n)
  (if (= n 0)
      (bench-dyn-read)
    (let ((bench-dyn-depth (1+ bench-dyn-depth)))
      (bench-dyn-nested (1- n)))))

(defun bench-dyn-bump ()
  (setq bench-dyn-scale (* 2 bench-dyn-scale)))

(defun bench-main ()
  (let ((sum 0))
    (dotimes (i 2500000)
      (let ((bench-dyn-depth i))
        (setq sum (+ sum (bench-dyn-read)))))
    (dotimes (i 500000)
      (let ((bench-dyn-scale (% i 7)))
        (bench-dyn-bump)
        (setq sum (+ sum (bench-dyn-nested 5)))))
    (setq sum (% (+ sum bench-dyn-depth bench-dyn-scale) 1000000007))
    (princ (format "%s\n" sum))))
