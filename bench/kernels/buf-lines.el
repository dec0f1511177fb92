;;; -*- lexical-binding: t -*-
;;; buf-lines.el --- tsmacs benchmark kernel: forward-line over every line of a 10 MB buffer.
;; bench-requires: insert with-temp-buffer forward-line line-end-position
;; bench-checksum: 1000000 5025049755

(defun bench-main ()
  (with-temp-buffer
    (let ((line (concat (make-string 49 ?x) "\n")))
      (dotimes (_ 200000) (insert line)))
    (let ((sum 0) (n 0))
      (dotimes (_ 5)
        (goto-char (point-min))
        (while (= (forward-line 1) 0)
          (setq n (1+ n))
          (when (= (% n 1000) 0) (setq sum (+ sum (line-end-position))))))
      (princ (format "%s %s\n" n sum)))))
