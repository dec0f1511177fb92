;;; -*- lexical-binding: t -*-
;;; buffer.el --- tsmacs benchmark kernel: buffer insertion, motion, search and replace.
;; bench-requires: insert with-temp-buffer search-forward re-search-forward replace-match forward-line count-lines
;; bench-checksum: 6479051

;; The `bench-requires:' line above is read by bench/run.mjs: the kernel is
;; skipped for tsmacs while any of those functions is not `fboundp' there.
;; `bench-checksum:' (in every kernel) is GNU Emacs 28.2's output, used when
;; GNU Emacs is not installed to check tsmacs's.
;;
;; Fills a temporary buffer line by line, scans it with regexp and literal
;; searches, replaces matches, moves by lines and characters, and inserts
;; and deletes at scattered positions (gap motion).

(defun bench-buf-fill (n)
  (dotimes (i n)
    (insert "line " (number-to-string i) ": the quick brown fox "
            (number-to-string (% (* i i) 100003)) "\n")))

(defun bench-main ()
  (let ((sum 0))
    (with-temp-buffer
      (bench-buf-fill 40000)
      (goto-char (point-min))
      (while (re-search-forward "fox \\([0-9]+\\)$" nil t)
        (setq sum (% (+ sum (string-to-number (match-string 1))) 1000000007)))
      (goto-char (point-min))
      (while (search-forward "quick" nil t)
        (replace-match "slow" t t))
      (goto-char (point-min))
      (let ((x 1))
        (dotimes (_ 20000)
          (setq x (% (* x 16807) 2147483647))
          (goto-char (1+ (% x (1- (point-max)))))
          (insert "xyz")
          (delete-char -2)
          (setq sum (+ sum (char-after (point-min)) (following-char)))))
      (goto-char (point-min))
      (forward-line 12345)
      (setq sum (+ sum (point) (line-end-position)
                   (count-lines (point-min) (point-max))
                   (buffer-size)))
      (setq sum (% (+ sum (length (buffer-substring (point) (+ (point) 500))))
                   1000000007))
      (goto-char (point-max))
      (setq sum (+ sum (if (re-search-backward "^line 3999[0-9]" nil t) (point) 0))))
    (princ (format "%s\n" sum))))
