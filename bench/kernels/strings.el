;;; -*- lexical-binding: t -*-
;;; strings.el --- tsmacs benchmark kernel: building, formatting, splitting and parsing strings.
;; bench-checksum: 13936454 rec-9990:999

;; concat, format (%d %x %s %S %.3f %-8s), number-to-string, string-to-number
;; (decimal, hex and float), split-string with a regexp separator,
;; substring, upcase, mapconcat, string=, string<, sort of strings.

(defun bench-str-record (i)
  "Return a record string for I, e.g. \"rec-17:11,0x11,51;2.429 [a b]\"."
  (concat "rec-" (number-to-string i) ":"
          (format "%d,%x,%s" i i (* 3 i)) ";"
          (format "%.3f" (/ i 7.0))
          " " (format "%S" (list 'a (% i 10)))
          "|" (format "%-8s|" (substring "abcdefghijklmnop" (% i 9) (+ 4 (% i 9))))))

(defun bench-str-parse (s)
  "Sum the numeric fields of the record S."
  (let ((fields (split-string s "[-:,;| ()]+" t))
        (sum 0))
    (dolist (f fields)
      (cond ((string-match-p "\\`[0-9]+\\'" f)
             (setq sum (+ sum (string-to-number f))))
            ((string-match-p "\\`[0-9]+\\.[0-9]+\\'" f)
             (setq sum (+ sum (truncate (* 1000 (string-to-number f))))))
            ((string= f (upcase f)))
            (t (setq sum (+ sum (length f))))))
    ;; The hex field, parsed in base 16.
    (+ sum (string-to-number (nth 3 fields) 16))))

(defun bench-main ()
  (let ((sum 0)
        (records nil))
    (dotimes (i 30000)
      (let ((s (bench-str-record i)))
        (setq sum (% (+ sum (bench-str-parse s) (length s)) 1000000007))
        (when (= (% i 10) 0)
          (push s records))))
    (let* ((sorted (sort records #'string<))
           (joined (mapconcat #'identity sorted "\n")))
      (setq sum (% (+ sum (length joined) (string-to-char (car sorted))
                      (length (split-string joined "\n")))
                   1000000007))
      (princ (format "%s %s\n" sum (substring (car (last sorted)) 0 12))))))
