;;; regexp-opt.el --- optimised regexps from lists of strings (GNU: lisp/emacs-lisp/regexp-opt.el)  -*- lexical-binding: t -*-
;; Written for tsmacs from GNU Emacs 28.2's manual and
;; observed behaviour.  The shape of the regexps is deliberately the one GNU produces (callers and tests
;; compare strings): strings are sorted, common prefixes and suffixes are factored out, single characters
;; become a bracket expression, and alternatives are ordered so the longest string always matches.

;;; Code:

;; GNU keeps this in subr.el; tsmacs's subr.el does not define it yet, so define it here when missing.
(unless (boundp 'regexp-unmatchable)
  (defconst regexp-unmatchable "\\`a\\`"
    "Standard regexp guaranteed not to match any string at all."))

(defun regexp-opt (strings &optional paren)
  "Return a regexp to match a string in the list STRINGS.
Each member of STRINGS is matched literally.  PAREN says how the result is
grouped: a string (the opening of the group, closed by \\\\)), `words'
\(\\\\=\\<\\\\( ... \\\\)\\\\>), `symbols' (\\\\_<\\\\( ... \\\\)\\\\_>), another non-nil value
\(\\\\( ... \\\\)), or nil (a shy group only where a postfix operator would
otherwise not apply to the whole).  The regexp prefers the longest match.
An empty STRINGS gives a regexp that matches nothing."
  (save-match-data
    (let* ((open (cond ((stringp paren) paren) (paren "\\(")))
           (re (if (null strings)
                   (concat (or open "\\(?:") regexp-unmatchable "\\)")
                 (regexp-opt--group
                  (delete-dups (sort (copy-sequence strings) #'string-lessp))
                  (or open t) (null open)))))
      (cond ((eq paren 'words) (concat "\\<" re "\\>"))
            ((eq paren 'symbols) (concat "\\_<" re "\\_>"))
            (t re)))))

(defun regexp-opt--common-prefix (strings)
  "The longest string that begins every member of STRINGS (case-sensitive)."
  (let* ((first (car strings))
         (n (length first)))
    (dolist (s (cdr strings))
      (let ((i 0) (m (min n (length s))))
        (while (and (< i m) (eq (aref s i) (aref first i))) (setq i (1+ i)))
        (setq n i)))
    (substring first 0 n)))

(defun regexp-opt--common-suffix-length (strings)
  "The length of the longest string that ends every member of STRINGS."
  (let* ((first (car strings))
         (fl (length first))
         (n fl))
    (dolist (s (cdr strings))
      (let ((i 0) (sl (length s)) (m (min n (length s))))
        (while (and (< i m) (eq (aref s (- sl i 1)) (aref first (- fl i 1))))
          (setq i (1+ i)))
        (setq n i)))
    n))

(defun regexp-opt--group (strings &optional paren lax)
  "A regexp for the sorted, duplicate-free list STRINGS.
PAREN non-nil: wrap in a group (PAREN itself when a string, else shy).
LAX non-nil: leave out the group where the result is already one unit
\(a single character or a bracket expression, possibly with `?')."
  (let* ((open (cond ((stringp paren) paren) (paren "\\(?:") (t "")))
         (close (if paren "\\)" ""))
         (unit-open (if lax "" open))
         (unit-close (if lax "" close))
         (first (car strings)))
    (cond
     ((null strings) "")
     ((null (cdr strings))
      (concat (if (= (length first) 1) unit-open open)
              (regexp-quote first)
              (if (= (length first) 1) unit-close close)))
     ;; "" sorts first: the rest becomes optional.
     ((equal first "")
      (concat unit-open (regexp-opt--group (cdr strings) t t) "?" unit-close))
     ;; At least two one-character strings: they become a bracket expression, tried after the longer
     ;; strings so that those win.
     ((and (= (length first) 1)
           (let ((more nil))
             (dolist (s (cdr strings)) (when (= (length s) 1) (setq more t)))
             more))
      (let ((chars nil) (longer nil))
        (dolist (s strings)
          (if (= (length s) 1) (push (aref s 0) chars) (push s longer)))
        (if longer
            (concat open (regexp-opt--group (nreverse longer))
                    "\\|" (regexp-opt-charset chars) close)
          (concat unit-open (regexp-opt-charset chars) unit-close))))
     (t
      (let ((prefix (regexp-opt--common-prefix strings)))
        (if (> (length prefix) 0)
            (let ((n (length prefix)))
              (concat open (regexp-quote prefix)
                      (regexp-opt--group (mapcar (lambda (s) (substring s n)) strings) t t)
                      close))
          (let ((n (regexp-opt--common-suffix-length strings)))
            (if (> n 0)
                (concat open
                        (regexp-opt--group
                         (sort (mapcar (lambda (s) (substring s 0 (- (length s) n))) strings)
                               #'string-lessp)
                         t t)
                        (regexp-quote (substring first (- (length first) n)))
                        close)
              ;; Split off the strings that start with the first string's first character.
              (let* ((c (aref first 0))
                     (tail strings))
                (while (and tail (> (length (car tail)) 0) (eq (aref (car tail) 0) c))
                  (setq tail (cdr tail)))
                (let ((head (butlast strings (length tail))))
                  (concat open (regexp-opt--group head) "\\|" (regexp-opt--group tail)
                          close)))))))))))

(defun regexp-opt-charset (chars)
  "Return a regexp that matches any one character of the list CHARS.
An empty CHARS gives a regexp that matches nothing."
  (let ((sorted (sort (delete-dups (copy-sequence chars)) #'<))
        (body nil) (bracket "") (caret "") (dash ""))
    ;; `]', `^' and `-' are special in brackets: they are placed where they are literal.
    (let ((runs nil))
      (dolist (c sorted)
        (cond ((eq c ?\]) (setq bracket "]"))
              ((eq c ?^) (setq caret "^"))
              ((eq c ?-) (setq dash "-"))
              ((and runs (= c (1+ (cdar runs)))) (setcdr (car runs) c))
              (t (push (cons c c) runs))))
      ;; Runs of four or more characters become ranges.
      (dolist (r (nreverse runs))
        (if (> (cdr r) (+ (car r) 2))
            (push (string (car r) ?- (cdr r)) body)
          (let ((c (car r)))
            (while (<= c (cdr r)) (push (string c) body) (setq c (1+ c)))))))
    (let ((all (apply #'concat bracket (nconc (nreverse body) (list caret dash)))))
      (cond ((= (length all) 0) regexp-unmatchable)
            ((= (length all) 1) (regexp-quote all))
            ((equal all "^-") "[-^]")
            (t (concat "[" all "]"))))))

(defun regexp-opt--skip-brackets (re i)
  "The index after the bracket expression of RE that opens at index I."
  (let ((n (length re)))
    (setq i (1+ i))
    (when (and (< i n) (eq (aref re i) ?^)) (setq i (1+ i)))
    (when (and (< i n) (eq (aref re i) ?\])) (setq i (1+ i)))
    (while (and (< i n) (not (eq (aref re i) ?\])))
      (if (and (eq (aref re i) ?\[) (< (1+ i) n) (eq (aref re (1+ i)) ?:)
               (string-match ":]" re (+ i 2)))
          (setq i (match-end 0))
        (setq i (1+ i))))
    (1+ i)))

(defun regexp-opt-depth (regexp)
  "Return the number of non-shy groups \\\\( ... \\\\) in REGEXP.
Brackets and backslash-quoted characters are skipped; REGEXP must be valid."
  (save-match-data
    (string-match regexp "")            ; signals `invalid-regexp' for a bad REGEXP
    (let ((i 0) (n (length regexp)) (count 0))
      (while (< i n)
        (let ((c (aref regexp i)))
          (cond
           ((eq c ?\\)
            (when (and (< (1+ i) n) (eq (aref regexp (1+ i)) ?\()
                       (not (and (< (+ i 2) n) (eq (aref regexp (+ i 2)) ??))))
              (setq count (1+ count)))
            (setq i (+ i 2)))
           ((eq c ?\[) (setq i (regexp-opt--skip-brackets regexp i)))
           (t (setq i (1+ i))))))
      count)))

(provide 'regexp-opt)

;;; regexp-opt.el ends here
