;;; -*- lexical-binding: t -*-
;;; buf-build.el --- tsmacs benchmark kernel: build a 10 MB buffer by appending lines.
;; bench-requires: insert with-temp-buffer buffer-size
;; bench-checksum: 9888922

(defun bench-main ()
  (with-temp-buffer
    (let ((i 0))
      ;; About 10 MB: 200,000 lines of about 52 characters.
      (while (< i 200000)
        (insert "line " (number-to-string i) " of the ten megabyte buffer, some text\n")
        (setq i (1+ i))))
    (princ (format "%s\n" (+ (buffer-size) (char-after (/ (buffer-size) 2)))))))
