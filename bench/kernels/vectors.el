;;; -*- lexical-binding: t -*-
;;; vectors.el --- tsmacs benchmark kernel: vector indexing in tight `while' loops.
;; bench-checksum: 148933 964167871

;; Sieve of Eratosthenes over a 2M-slot vector, then a prefix-sum pass and a
;; bubble-free insertion pass over a small vector: `aref', `aset', `<', `+'
;; and loop control, with no allocation inside the loops.

(defun bench-vec-sieve (n)
  "Return a vector of N booleans: element I is t when I is prime."
  (let ((v (make-vector n t))
        (i 2))
    (aset v 0 nil)
    (aset v 1 nil)
    (while (< (* i i) n)
      (when (aref v i)
        (let ((j (* i i)))
          (while (< j n)
            (aset v j nil)
            (setq j (+ j i)))))
      (setq i (1+ i)))
    v))

(defun bench-vec-insertion-sort (v)
  "Sort the fixnum vector V in place and return it."
  (let ((n (length v))
        (i 1))
    (while (< i n)
      (let ((x (aref v i))
            (j (1- i)))
        (while (and (>= j 0) (> (aref v j) x))
          (aset v (1+ j) (aref v j))
          (setq j (1- j)))
        (aset v (1+ j) x))
      (setq i (1+ i)))
    v))

(defun bench-main ()
  (let* ((n 2000000)
         (sieve (bench-vec-sieve n))
         (count 0)
         (sum 0)
         (i 0))
    (while (< i n)
      (when (aref sieve i)
        (setq count (1+ count))
        (setq sum (% (+ sum (* i count)) 1000000007)))
      (setq i (1+ i)))
    (let ((v (make-vector 2000 0))
          (x 1))
      (dotimes (k 2000)
        (setq x (% (* x 16807) 2147483647))
        (aset v k (% x 100000)))
      (bench-vec-insertion-sort v)
      (setq sum (% (+ sum (aref v 0) (aref v 999) (aref v 1999)) 1000000007)))
    (princ (format "%s %s\n" count sum))))
