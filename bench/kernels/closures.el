;;; -*- lexical-binding: t -*-
;;; closures.el --- tsmacs benchmark kernel: closures, mapcar, funcall, apply.
;; bench-checksum: 960402800

;; Creates closures over fresh and mutated lexical variables and calls them
;; through `funcall', `apply', `mapcar' and `mapc'.

(defun bench-make-adder (n)
  (lambda (x) (+ x n)))

(defun bench-make-counter ()
  (let ((count 0))
    (lambda (&optional step)
      (setq count (+ count (or step 1))))))

(defun bench-compose (f g)
  (lambda (x) (funcall f (funcall g x))))

(defun bench-main ()
  (let ((sum 0)
        (xs (number-sequence 0 999)))
    (dotimes (i 400)
      (let* ((add (bench-make-adder i))
             (scale (1+ (% i 5)))
             (f (bench-compose add (lambda (x) (* scale x))))
             (counter (bench-make-counter)))
        (mapc (lambda (y)
                (funcall counter)
                (setq sum (+ sum y)))
              (mapcar f xs))
        (setq sum (+ sum (funcall counter 10)))
        (setq sum (+ sum (apply #'+ (mapcar (lambda (x) (funcall add x)) xs))))
        (setq sum (+ sum (apply #'max (mapcar (apply-partially #'* 3) xs))))
        (setq sum (% sum 1000000007))))
    (princ (format "%s\n" sum))))
