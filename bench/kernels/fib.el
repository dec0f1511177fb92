;;; -*- lexical-binding: t -*-
;;; fib.el --- tsmacs benchmark kernel: recursive calls and fixnum arithmetic.
;; bench-checksum: 2178309

;; Doubly recursive Fibonacci: almost nothing but function-call overhead,
;; argument binding and small-integer `<', `+', `-'.

(defun bench-fib (n)
  (if (< n 2)
      n
    (+ (bench-fib (- n 1)) (bench-fib (- n 2)))))

(defun bench-main ()
  (princ (format "%s\n" (bench-fib 32))))
