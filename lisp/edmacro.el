;;; edmacro.el --- reading key descriptions such as "C-x <f1> M-RET" (GNU counterpart: lisp/edmacro.el)  -*- lexical-binding: t -*-

;; Written for tsmacs.  This has the parsing half of GNU's edmacro.el, which `kbd' and
;; `read-kbd-macro' rely on; the keyboard-macro editing commands (`edit-kbd-macro' and friends)
;; are not provided.

;;; Code:

(defconst edmacro--named-keys
  '(("NUL" . "\0") ("RET" . "\r") ("LFD" . "\n") ("TAB" . "\t")
    ("ESC" . "\e") ("SPC" . " ") ("DEL" . "\177"))
  "Key words standing for one ASCII character.")

(defconst edmacro--modifier-bits
  '((?A . ?\A-\0) (?C . ?\C-\0) (?H . ?\H-\0) (?M . ?\M-\0) (?s . ?\s-\0) (?S . ?\S-\0))
  "The event bit of each modifier prefix letter (as in \"C-\" or \"s-\").")

(defun edmacro--word-events (word)
  "The events (a vector, string or list) of one WORD of a key description."
  (let ((orig word) (bits 0) (prefix-len 0))
    ;; Modifier prefixes such as C-M-.
    (while (string-match "\\`[ACHMsS]-." word)
      (setq bits (+ bits (cdr (assq (aref word 0) edmacro--modifier-bits)))
            prefix-len (+ prefix-len 2)
            word (substring word 2)))
    ;; ^X is another way to write C-X.
    (when (string-match "\\`\\^.\\'" word)
      (setq bits (+ bits ?\C-\0)
            prefix-len (1+ prefix-len)
            word (substring word 1)))
    (let ((named (assoc word edmacro--named-keys)))
      (when named (setq word (cdr named))))
    ;; \NNN is the character with that octal code.
    (when (string-match "\\`\\\\[0-7]+\\'" word)
      (let ((n 0))
        (dolist (c (string-to-list (substring word 1))) (setq n (+ (* n 8) (- c ?0))))
        (setq word (vector n))))
    (cond ((= bits 0) word)
          ;; M-123 is a meta'd digit sequence (a numeric prefix argument).
          ((and (= bits ?\M-\0) (stringp word) (string-match "\\`-?[0-9]+\\'" word))
           (mapcar (lambda (c) (+ c bits)) word))
          ((/= (length word) 1)
           (error "%s must prefix a single character, not %s" (substring orig 0 prefix-len) word))
          ;; C- on a letter or @[\]^_ makes an ASCII control character; otherwise it stays a bit.
          ((and (/= (logand bits ?\C-\0) 0) (stringp word) (string-match "[@-_a-z]" word))
           (list (+ (- bits ?\C-\0) (logand (aref word 0) 31))))
          (t (list (+ bits (aref word 0)))))))

(defun edmacro-parse-keys (string &optional need-vector)
  "The key sequence STRING describes, in the syntax of `kbd'.
The value is a string when every event is an ASCII character (meta characters
become 128 + the character) unless NEED-VECTOR; otherwise a vector."
  (let ((case-fold-search nil)
        (len (length string))
        (pos 0)
        (events nil))
    (while (and (< pos len) (string-match "[^ \t\n\f]+" string pos))
      (let* ((beg (match-beginning 0))
             (end (match-end 0))
             (word nil) (times 1) (key nil))
        ;; A function key in angle brackets may contain spaces: "<as df>".
        (if (string-match "\\`<[^ <>\t\n\f][^>\t\n\f]*>" (substring string beg))
            (setq word (match-string 0 (substring string beg))
                  pos (+ beg (match-end 0)))
          (setq word (substring string beg end) pos end))
        ;; N*WORD repeats WORD N times.
        (when (string-match "\\([0-9]+\\)\\*." word)
          (setq times (string-to-number (substring word 0 (match-end 1)))
                word (substring word (1+ (match-end 1)))))
        (cond
         ;; <<command>> runs COMMAND through M-x.
         ((string-match "\\`<<.+>>\\'" word)
          (setq key (vconcat [?\M-x] (substring word 2 -2) "\r")))
         ;; A function key, its modifiers inside or outside the brackets: <C-f1>, C-<f1>.
         ((and (string-match "\\`\\(\\([ACHMsS]-\\)*\\)<\\(.+\\)>\\'" word)
               (progn (setq word (concat (match-string 1 word) (match-string 3 word)))
                      (not (string-match "\\<\\(NUL\\|RET\\|LFD\\|ESC\\|SPC\\|DEL\\)\\'" word))))
          (setq key (list (intern word))))
         ;; Comments: REM or ;; up to the end of the line.
         ((or (equal word "REM") (string-match "\\`;;" word))
          (setq pos (string-match "$" string pos)))
         (t (setq key (edmacro--word-events word))))
        (when key
          (dotimes (_ times) (setq events (append events (append key nil)))))))
    (let ((res (vconcat events)))
      ;; A whole keyboard macro written as C-x ( ... C-x ) loses its brackets.
      (when (and (>= (length res) 4)
                 (eq (aref res 0) ?\C-x) (eq (aref res 1) ?\()
                 (eq (aref res (- (length res) 2)) ?\C-x) (eq (aref res (1- (length res))) ?\)))
        (setq res (substring res 2 -2)))
      (if (and (not need-vector)
               (seq-every-p (lambda (ev)
                              (and (characterp ev)
                                   (<= 0 (logand ev (lognot ?\M-\0)) 127)))
                            res))
          (concat (mapcar (lambda (ev) (if (= (logand ev ?\M-\0) 0) ev (+ ev 128))) res))
        res))))

(defun read-kbd-macro (start &optional end)
  "The key sequence described by the string START, in the syntax of `kbd'.
Called with two arguments, START and END delimit the description in the current
buffer, and the sequence is also made the last keyboard macro."
  (if (stringp start)
      (edmacro-parse-keys start end)
    (setq last-kbd-macro (edmacro-parse-keys (buffer-substring start end)))))

(provide 'edmacro)
;;; edmacro.el ends here
