;;; format-spec.el --- format with user-defined %-specs for tsmacs (GNU counterpart: lisp/format-spec.el)  -*- lexical-binding: t -*-

;; Written for tsmacs.  `format-spec' works in a temporary buffer so that the text properties of
;; FORMAT carry over to the result (a spec's own properties to its substitution), as in GNU 28.  The
;; %-specs are scanned by hand: %[FLAGS][WIDTH][.PRECISION]LETTER.

;;; Code:

(defun format-spec--letter-p (c)
  "Non-nil if C is a letter (the final character of a %-spec)."
  (and c (or (<= ?a c ?z) (<= ?A c ?Z)
             (and (> c 127) (let ((cat (get-char-code-property c 'general-category)))
                              (memq cat '(Lu Ll Lt Lm Lo)))))))

(defun format-spec--skip (pred)
  "Move over the characters after point satisfying PRED; return them as a string or nil."
  (let ((start (point)))
    (while (and (not (eobp)) (funcall pred (char-after))) (forward-char 1))
    (and (> (point) start) (buffer-substring-no-properties start (point)))))

(defun format-spec--next-percent ()
  "Move just past the next % after point and return t, or to the end and return nil."
  (while (and (not (eobp)) (not (eq (char-after) ?%))) (forward-char 1))
  (and (not (eobp)) (progn (forward-char 1) t)))

(defun format-spec--chop-left (str columns)
  "STR without leading characters taking at least COLUMNS columns."
  (let ((i 0) (n (length str)) (w 0))
    (while (and (< i n) (< w columns))
      (setq w (+ w (char-width (aref str i))) i (1+ i)))
    (substring str i)))

(defun format-spec--do-flags (str flags width trunc)
  "STR padded or truncated to WIDTH and TRUNC (precision) as FLAGS say."
  (let ((str-width nil))
    (when trunc
      (setq str-width (string-width str))
      (when (> str-width trunc)
        (setq str (if (memq :chop-left flags)
                      (format-spec--chop-left str (- str-width trunc))
                    (format (format "%%.%ds" trunc) str))
              str-width trunc)))
    (when width
      (let ((diff (- width (or str-width (string-width str)))))
        (cond ((> diff 0)
               (let ((pad (make-string diff (if (memq :pad-zero flags) ?0 ?\s))))
                 (setq str (if (memq :pad-right flags) (concat str pad) (concat pad str)))))
              ((= diff 0))
              ((memq :chop-left flags)
               (setq str (format-spec--chop-left str (- diff))))
              ((memq :chop-right flags)
               (setq str (format (format "%%.%ds" width) str)))))))
  (cond ((memq :upcase flags) (upcase str))
        ((memq :downcase flags) (downcase str))
        (t str)))

(defun format-spec--parse-flags (flags)
  "The keywords for the flag characters of FLAGS."
  (let ((out nil))
    (mapc (lambda (c)
            (let ((k (cdr (assq c '((?0 . :pad-zero) (?- . :pad-right) (?< . :chop-left)
                                    (?> . :chop-right) (?^ . :upcase) (?_ . :downcase))))))
              (when k (push k out))))
          flags)
    (nreverse out)))

(defun format-spec (format specification &optional ignore-missing split)
  "Return a string based on FORMAT and SPECIFICATION.
FORMAT contains %-specs such as \"%u\"; SPECIFICATION maps characters to their
substitutions.  A spec may have flags (0 - < > ^ _), a width and a precision.
IGNORE-MISSING: nil signals an error for unknown specs, `ignore' leaves them,
`delete' removes them, anything else also leaves \"%%\" alone.  With SPLIT, return
a list of strings where each spec's substitution is its own element."
  (with-temp-buffer
    (let ((split-start (point-min))
          (split-result nil))
      (insert format)
      (goto-char (point-min))
      (while (format-spec--next-percent)
        (let ((beg (point)))
          (cond
           ((eq (char-after) ?%)
            (if (memq ignore-missing '(nil ignore delete))
                (delete-char 1)
              (forward-char 1)))
           ((let* ((flags (format-spec--skip (lambda (c) (memq c '(?\s ?0 ?< ?> ?^ ?_ ?-)))))
                   (width (format-spec--skip (lambda (c) (<= ?0 c ?9))))
                   (trunc (and (eq (char-after) ?.)
                               (memq (char-after (1+ (point))) '(?0 ?1 ?2 ?3 ?4 ?5 ?6 ?7 ?8 ?9))
                               (progn (forward-char 1)
                                      (format-spec--skip (lambda (c) (<= ?0 c ?9))))))
                   (char (char-after)))
              (if (not (format-spec--letter-p char))
                  (progn (goto-char beg) nil)
                (forward-char 1)
                (let ((end (point))
                      (text (assq char specification)))
                  (when (and split (/= (1- beg) split-start))
                    (push (buffer-substring split-start (1- beg)) split-result))
                  (cond (text
                         (setq text (format-spec--do-flags
                                     (format "%s" (cdr text))
                                     (format-spec--parse-flags flags)
                                     (and width (string-to-number width))
                                     (and trunc (string-to-number trunc))))
                         ;; Insert after the spec first so it inherits the spec's properties.
                         (goto-char beg)
                         (insert-and-inherit text)
                         (delete-region (point) (+ end (length text)))
                         (delete-region (1- beg) beg))
                        ((eq ignore-missing 'delete)
                         (delete-region (1- beg) end))
                        ((not ignore-missing)
                         (error "Invalid format character: `%%%c'" char)))
                  (when split
                    (push (buffer-substring (1- beg) (point)) split-result)
                    (setq split-start (point)))
                  t))))
           ((not ignore-missing)
            (error "Invalid format string")))))
      (if (not split)
          (buffer-string)
        (unless (= split-start (point-max))
          (push (buffer-substring split-start (point-max)) split-result))
        (nreverse split-result)))))

(defun format-spec-make (&rest pairs)
  "Return an alist for `format-spec' from PAIRS, a plist with characters as keys."
  (let ((alist nil))
    (while pairs
      (unless (cdr pairs) (error "Invalid list of pairs"))
      (push (cons (car pairs) (cadr pairs)) alist)
      (setq pairs (cddr pairs)))
    (nreverse alist)))

(provide 'format-spec)
;;; format-spec.el ends here
