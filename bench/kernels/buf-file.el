;;; -*- lexical-binding: t -*-
;;; buf-file.el --- tsmacs benchmark kernel: insert-file-contents of a 100 MB file (peak memory matters).
;; bench-requires: insert-file-contents write-region with-temp-buffer
;; bench-checksum: 104857600 10

;; The file is made once (by whichever variant runs first) and then only read; its name is fixed so that
;; every run and every implementation reads the same bytes.
(defconst bench-file-name (expand-file-name "tsmacs-bench-100mb.txt" temporary-file-directory))

(defun bench-make-file ()
  (unless (and (file-exists-p bench-file-name)
               (= (file-attribute-size (file-attributes bench-file-name)) 104857600))
    (with-temp-buffer
      (let ((line (concat (make-string 99 ?x) "\n")))
        (dotimes (_ 1048576) (insert line)))
      (let ((coding-system-for-write 'no-conversion))
        (write-region (point-min) (point-max) bench-file-name nil 'silent)))))

(defun bench-main ()
  (bench-make-file)
  (with-temp-buffer
    (insert-file-contents bench-file-name)
    (princ (format "%s %s\n" (buffer-size) (char-after 52428800)))))
