;;; -*- lexical-binding: t -*-
;;; buf-inserts.el --- tsmacs benchmark kernel: 100,000 localized single-character inserts in a 10 MB buffer.
;; bench-requires: insert with-temp-buffer goto-char
;; bench-checksum: 10100000 10750000

;; Inserts one character at a time near a slowly moving position (typing-like locality: the gap moves a
;; little between inserts), then far apart every 1000 inserts.
(defun bench-main ()
  (with-temp-buffer
    (insert (make-string 10000000 ?a))
    (let ((x 1) (pos 5000000) (sum 0))
      (dotimes (i 100000)
        (when (= (% i 1000) 0)
          (setq x (% (* x 16807) 2147483647))
          (setq pos (1+ (% x (buffer-size)))))
        (goto-char pos)
        (insert (+ ?b (% i 20)))
        (setq pos (+ pos 1 (% i 3))))
      (goto-char (point-min))
      (while (re-search-forward "[b-u]" nil t) (setq sum (+ sum (char-before))))
      (princ (format "%s %s\n" (buffer-size) sum)))))
