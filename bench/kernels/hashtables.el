;;; -*- lexical-binding: t -*-
;;; hashtables.el --- tsmacs benchmark kernel: puthash/gethash/remhash/maphash.
;; bench-checksum: 363363904 83333 100000 50000 1000

;; `equal' tables keyed by strings and by short lists, `eq' tables keyed by
;; fixnums and by symbols; growth from the default size, hits and misses,
;; removal, maphash.  Keys are built before the timed loops dominate, so the
;; kernel measures hashing and probing rather than `format'.

(defun bench-hash-keys (n)
  (let ((v (make-vector n nil)))
    (dotimes (i n)
      (aset v i (format "key-%d" i)))
    v))

(defun bench-main ()
  (let* ((n 100000)
         (skeys (bench-hash-keys n))
         (hs (make-hash-table :test 'equal))
         (hl (make-hash-table :test 'equal))
         (hi (make-hash-table :test 'eq))
         (hy (make-hash-table :test 'eq))
         (syms (make-vector 1000 nil))
         (sum 0))
    (dotimes (i 1000)
      (aset syms i (intern (format "bench-hash-sym-%d" i))))
    (dotimes (i n)
      (puthash (aref skeys i) i hs)
      (puthash (list (% i 1000) (/ i 1000)) i hl)
      (puthash i (* 2 i) hi))
    (dotimes (r 4)
      (dotimes (i n)
        (let ((j (% (+ (* i 7) r) (+ n 100))))
          (setq sum (+ sum
                       (if (< j n) (gethash (aref skeys j) hs 0) 1)
                       (gethash (list (% j 1000) (/ j 1000)) hl 0)
                       (gethash j hi 0))))
        (let ((s (aref syms (% i 1000))))
          (puthash s (1+ (gethash s hy 0)) hy))))
    (dotimes (i (/ n 2))
      (remhash (* 2 i) hi)
      (remhash (aref skeys (* 3 (/ i 3))) hs))
    (maphash (lambda (k v) (setq sum (+ sum k (% v 7)))) hi)
    (maphash (lambda (_k v) (setq sum (+ sum v))) hy)
    (princ (format "%s %s %s %s %s\n" (% sum 1000000007)
                   (hash-table-count hs) (hash-table-count hl)
                   (hash-table-count hi) (hash-table-count hy)))))
