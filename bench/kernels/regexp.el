;;; -*- lexical-binding: t -*-
;;; regexp.el --- tsmacs benchmark kernel: the regexp engine on a long string.
;; bench-requires: string-match match-beginning match-end replace-regexp-in-string split-string
;; bench-checksum: 599343110

;; string-match loops over a ~0.5 MB string with literal, bracket, syntax, word-boundary, back-reference and
;; alternation patterns (case-fold-search on and off), replace-regexp-in-string and split-string.

(defun bench-re-text ()
  "A ~0.5 MB string of words, numbers, punctuation and newlines."
  (let ((words ["alpha" "Beta" "gamma" "DELTA" "foo-bar" "x1" "42" "hello_world" "(paren)" "aa"])
        (parts nil) (i 0))
    (while (< i 60000)
      (push (aref words (% (* i 7) 10)) parts)
      (push (if (= (% i 11) 0) "\n" " ") parts)
      (setq i (1+ i)))
    (apply #'concat (nreverse parts))))

(defun bench-re-count (re s)
  "Number of matches of RE in S and the sum of their ends (mod a prime)."
  (let ((n 0) (sum 0) (pos 0) (len (length s)))
    (while (and (<= pos len) (string-match re s pos))
      (setq n (1+ n)
            sum (% (+ sum (match-end 0) (if (match-beginning 1) (match-beginning 1) 0)) 1000000007)
            pos (if (> (match-end 0) (match-beginning 0)) (match-end 0) (1+ (match-beginning 0)))))
    (+ (* n 1000) (% sum 1000))))

(defun bench-main ()
  (let ((s (bench-re-text))
        (sum 0))
    (dolist (re '("needle" "[0-9]+" "\\(foo\\|bar\\)" "\\<[a-z]+\\>" "^gamma" "\\([a-z]\\)\\1"
                  "[a-z]+-[a-z]+" "\\w+" "\\s_" " +" "(\\([^)]*\\))" "\\_<x[0-9]\\_>"))
      (setq sum (% (+ (* sum 31) (bench-re-count re s)) 1000000007))
      (let ((case-fold-search nil))
        (setq sum (% (+ (* sum 31) (bench-re-count re s)) 1000000007))))
    (setq sum (% (+ (* sum 31) (length (replace-regexp-in-string "[aeiou]+" "<\\&>" s))) 1000000007))
    (setq sum (% (+ (* sum 31) (length (split-string s "[ \n]+" t))) 1000000007))
    (princ (format "%d\n" sum))))
