;;; -*- lexical-binding: t -*-
;;; buf-replace.el --- tsmacs benchmark kernel: re-search-forward + replace-match over a 10 MB buffer.
;; bench-requires: insert with-temp-buffer re-search-forward replace-match match-string
;; bench-checksum: 200000 5949537 0a0072b66e76670fbc12a69fdb0bbfd8f4476eaf

(defun bench-main ()
  (with-temp-buffer
    (dotimes (i 200000)
      (insert "id=" (number-to-string (* i 7)) " name=item" (number-to-string i) " value=" (number-to-string (% i 97)) ";\n"))
    (let ((count 0))
      (goto-char (point-min))
      (while (re-search-forward "value=\\([0-9]+\\);" nil t)
        (replace-match (concat "v:" (match-string 1)) t t)
        (setq count (1+ count)))
      (goto-char (point-min))
      (while (re-search-forward "name=item\\([0-9]*7\\) " nil t)
        (replace-match "N\\1 " t))
      (princ (format "%s %s %s\n" count (buffer-size) (buffer-hash))))))
