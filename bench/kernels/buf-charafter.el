;;; -*- lexical-binding: t -*-
;;; buf-charafter.el --- tsmacs benchmark kernel: char-after at 200,000 pseudo-random positions of a 10 MB buffer.
;; bench-requires: insert with-temp-buffer char-after
;; bench-checksum: 5688890 19867703

(defun bench-main ()
  (with-temp-buffer
    (dotimes (i 100000)
      (insert "line " (number-to-string i) " héllo wörld ünïcode text to make it multibyte\n"))
    (let ((x 1) (sum 0) (size (buffer-size)))
      (dotimes (_ 200000)
        (setq x (% (* x 16807) 2147483647))
        (setq sum (+ sum (char-after (1+ (% x size))))))
      (princ (format "%s %s\n" size sum)))))
