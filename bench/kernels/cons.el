;;; -*- lexical-binding: t -*-
;;; cons.el --- tsmacs benchmark kernel: list consing, nreverse, sort, mapcar.
;; bench-checksum: 830269659

;; Builds 200k-element lists of pseudo-random fixnums, copies, sorts, maps
;; and reverses them.  The generator is Park-Miller (16807 * x mod 2^31-1):
;; every intermediate stays below 2^53, so no implementation is pushed onto
;; a bignum path by accident.

(defun bench-cons-make (n seed)
  "Return a list of N pseudo-random fixnums from the generator seeded with SEED."
  (let ((l nil)
        (x seed))
    (dotimes (_ n)
      (setq x (% (* x 16807) 2147483647))
      (push x l))
    l))

(defun bench-cons-weigh (l count)
  "Position-weighted sum of the first COUNT elements of L, modulo 1e9+7.
Depends on the order of the elements, not only on which they are."
  (let ((sum 0)
        (i 1))
    (while (and l (<= i count))
      (setq sum (% (+ sum (* (car l) i)) 1000000007))
      (setq l (cdr l))
      (setq i (1+ i)))
    sum))

(defun bench-cons-round (n seed)
  (let* ((l (bench-cons-make n seed))
         (sorted (sort (copy-sequence l) #'<))
         (down (nreverse (mapcar #'1+ sorted)))
         (evens nil))
    (dolist (x l)
      (when (= (% x 2) 0)
        (push x evens)))
    (+ (bench-cons-weigh sorted 1000)
       (bench-cons-weigh down 1000)
       (bench-cons-weigh (nreverse evens) 1000)
       (length (append evens down))
       (car (last sorted)))))

(defun bench-main ()
  (let ((sum 0))
    (dotimes (r 4)
      (setq sum (% (+ sum (bench-cons-round 200000 (+ 42 r))) 1000000007)))
    (princ (format "%s\n" sum))))
