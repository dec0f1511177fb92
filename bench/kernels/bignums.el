;;; -*- lexical-binding: t -*-
;;; bignums.el --- tsmacs benchmark kernel: bignum multiply, divide, mod, print.
;; bench-checksum: 482987616 1666396 t

;; Factorials of 1000..1499, each computed from scratch by repeated
;; multiplication, then reduced with `%', divided by a smaller factorial,
;; shifted and masked, and printed in decimal.  Exercises the
;; fixnum-to-bignum transition in both directions as well.

(defun bench-big-fact (n)
  (let ((f 1)
        (i 2))
    (while (<= i n)
      (setq f (* f i))
      (setq i (1+ i)))
    f))

(defun bench-main ()
  (let ((sum 0)
        (digits 0)
        (f500 (bench-big-fact 500)))
    (dotimes (k 500)
      (let* ((n (+ 1000 k))
             (f (bench-big-fact n))
             (q (/ f f500)))
        (setq sum (% (+ sum
                        (% f 1000000007)
                        (% q 998244353)
                        (logand (ash f -1000) #xffffff)
                        (logcount (logand q (1- (ash 1 4096)))))
                     1000000007))
        (setq digits (+ digits (length (number-to-string f))))))
    (setq sum (+ sum (% (expt 3 5000) 1000003)
                 (- (expt 2 80) (expt 2 80))))
    (princ (format "%s %s %s\n" sum digits (bignump (expt 2 61))))))
