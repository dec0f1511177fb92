;;; syntax.el --- syntax-table text properties set on demand (GNU: lisp/emacs-lisp/syntax.el)  -*- lexical-binding: t -*-

;;; Commentary:

;; tsmacs's own version of the `syntax-propertize' machinery the Emacs Lisp manual documents (node
;; "Syntax Properties"): a major mode's `syntax-propertize-function' gives text `syntax-table'
;; properties, region by region, just before the syntax functions (`syntax-ppss', and so
;; `forward-comment' and friends) look at it; `syntax-propertize-rules' writes such a function from
;; regexps.  `syntax-ppss' itself is a primitive (src/syntax/parse.ts), which calls
;; `syntax-propertize' first.

;;; Code:

(defvar-local syntax-propertize-function nil
  "Mode-specific function to apply `syntax-table' text properties.
It is called with two arguments, START and END, and may move point;
it must not change the buffer's text.")

(defvar syntax-propertize-chunk-size 500
  "How many characters `syntax-propertize' handles at least in one go.")

(defvar-local syntax-propertize-extend-region-functions '(syntax-propertize-wholelines)
  "Special hook run just before proceeding to propertize a region.
Each function is called with (START END) and returns nil, or (START . END)
for a region to use instead.  They are called until none changes it.")

(defun syntax-propertize-wholelines (start end)
  "Extend the region delimited by START and END to whole lines.
Return the region as (NEW-START . NEW-END)."
  (goto-char start)
  (let ((new-start (line-beginning-position)))
    (goto-char end)
    (cons new-start (if (bolp) (point) (line-beginning-position 2)))))

(defun syntax-propertize-multiline (beg end)
  "Let `syntax-propertize' pay attention to the `syntax-multiline' property:
the region grows to cover any text carrying it at BEG or END."
  (let ((new-beg (if (and (> beg (point-min)) (get-text-property (1- beg) 'syntax-multiline))
                     (or (previous-single-property-change beg 'syntax-multiline) (point-min))
                   beg))
        (new-end (if (and (< end (point-max)) (get-text-property end 'syntax-multiline))
                     (or (text-property-any end (point-max) 'syntax-multiline nil) (point-max))
                   end)))
    (cons new-beg new-end)))

(defun syntax-propertize--flush (beg &rest _)
  "A change at BEG undoes the properties set from there on."
  (setq syntax-propertize--done (min beg syntax-propertize--done)))

(defun syntax-propertize (pos)
  "Ensure that syntax-table properties are set until POS (a buffer point)."
  (when (< syntax-propertize--done pos)
    (if (null syntax-propertize-function)
        (setq syntax-propertize--done (max (point-max) pos))
      (with-silent-modifications
        (save-match-data
          (save-excursion
            ;; The first time here: changes must undo what is set (and the syntax functions
            ;; must look at the properties).
            (add-hook 'before-change-functions #'syntax-propertize--flush t t)
            (setq-local parse-sexp-lookup-properties t)
            (let* ((start (max (min syntax-propertize--done (point-max)) (point-min)))
                   (end (max pos (min (point-max) (+ start syntax-propertize-chunk-size))))
                   (changed t))
              ;; Let every extend function grow the region until none changes it.
              (while changed
                (setq changed nil)
                (dolist (fn syntax-propertize-extend-region-functions)
                  (let ((new (funcall fn start end)))
                    (when (and new (or (< (car new) start) (> (cdr new) end)))
                      (setq start (min start (car new)) end (max end (cdr new)) changed t)))))
              (setq syntax-propertize--done end)
              (remove-text-properties start end '(syntax-table nil syntax-multiline nil))
              ;; The function may look at syntax itself: the region is already counted as done,
              ;; so that does not come back here.
              (let ((parse-sexp-lookup-properties t))
                (funcall syntax-propertize-function start end)))))))))

;;; Writing a syntax-propertize-function from rules.

(defun syntax-propertize--shift-groups-and-backrefs (re n)
  "Shift the explicitly numbered groups and the back-references of RE by N.
Back-references beyond 9 cannot be written, so shifting one there signals
an error.  Character classes and repetition counts are left alone."
  (let ((out nil) (i 0) (len (length re)))
    (while (< i len)
      (cond
       ;; A bracket expression: copied as it is (a `]' first in it is literal).
       ((eq (aref re i) ?\[)
        (let ((j (1+ i)))
          (when (and (< j len) (eq (aref re j) ?^)) (setq j (1+ j)))
          (when (and (< j len) (eq (aref re j) ?\])) (setq j (1+ j)))
          (while (and (< j len) (not (eq (aref re j) ?\])))
            (setq j (if (and (eq (aref re j) ?\[) (< (1+ j) len) (eq (aref re (1+ j)) ?:))
                        (1+ (or (string-search ":]" re (+ j 2)) (- len 1)))
                      (1+ j))))
          (push (substring re i (min len (1+ j))) out)
          (setq i (min len (1+ j)))))
       ((and (eq (aref re i) ?\\) (< (1+ i) len))
        (let ((c (aref re (1+ i))))
          (cond
           ;; \{...\}: counts, not back-references.
           ((eq c ?{)
            (let ((close (or (string-search "\\}" re (+ i 2)) (- len 2))))
              (push (substring re i (+ close 2)) out)
              (setq i (+ close 2))))
           ;; \(?N: an explicitly numbered group.
           ((and (eq c ?\() (string-match "\\`\\\\(\\?\\([0-9]+\\):" (substring re i)))
            (push (format "\\(?%d:" (+ n (string-to-number (match-string 1 (substring re i))))) out)
            (setq i (+ i (match-end 0))))
           ;; \N: a back-reference.
           ((and (>= c ?1) (<= c ?9))
            (let ((k (+ n (- c ?0))))
              (when (> k 9) (error "There may be at most nine back-references"))
              (push (format "\\%d" k) out)
              (setq i (+ i 2))))
           (t (push (substring re i (+ i 2)) out)
              (setq i (+ i 2))))))
       (t (push (substring re i (1+ i)) out)
          (setq i (1+ i)))))
    (apply #'concat (nreverse out))))

(defun syntax-propertize--rule-groups (re)
  "How many groups RE has: its unnumbered ones, or its largest explicit number if larger."
  (let ((depth (regexp-opt-depth re)) (start 0))
    (while (string-match "\\\\(\\?\\([0-9]+\\):" re start)
      (setq depth (max depth (string-to-number (match-string 1 re))) start (match-end 0)))
    depth))

(defmacro syntax-propertize-rules (&rest rules)
  "Make a function that applies RULES for use in `syntax-propertize-function'.
The function will scan the buffer, applying the rules where they match.
The buffer is scanned a single time, like \"lex\" would, rather than once
per rule.

Each RULE can be a symbol, in which case that symbol's value should be,
at macro-expansion time, a precompiled set of rules, as returned
by `syntax-propertize-precompile-rules'.

Otherwise, RULE should have the form (REGEXP HIGHLIGHT1 ... HIGHLIGHTn), where
REGEXP is an expression (evaluated at time of macro-expansion) that returns
a regexp, and where HIGHLIGHTs have the form (NUMBER SYNTAX) which means to
apply the property SYNTAX to the chars matched by the subgroup NUMBER
of the regular expression, if NUMBER did match.
SYNTAX is an expression that returns a value to apply as `syntax-table'
property (put as it is: a string it returns is not converted).  Some expressions are handled specially:
- if SYNTAX is a string, then it is converted with `string-to-syntax';
- if SYNTAX has the form (prog1 EXP . EXPS) then the value returned by EXP
  will be applied to the buffer before running EXPS and if EXP is a string it
  is also converted with `string-to-syntax'.
The SYNTAX expression is responsible to save the `match-data' if needed
for subsequent HIGHLIGHTs.
Also SYNTAX is free to move point, in which case RULES may not be applied to
some parts of the text or may be applied several times to other parts.

Note: There may be at most nine back-references in the REGEXPs of
all RULES in total."
  (declare (debug (&rest &or symbolp (form &rest (numberp [&or stringp def-form])))))
  (let ((flat nil))
    (dolist (rule rules)
      (if (symbolp rule)
          (setq flat (append flat (symbol-value rule)))
        (setq flat (append flat (list rule)))))
    (let ((offset 0) (branches nil) (clauses nil))
      (dolist (rule flat)
        (let* ((re (eval (car rule) t))
               (group (1+ offset))
               (shifted (syntax-propertize--shift-groups-and-backrefs re group)))
          (push (concat "\\(" shifted "\\)") branches)
          (push `((match-beginning ,group)
                  ;; The rule's actions see its own group numbers: the match data loses the
                  ;; groups of the rules before it, and the group wrapping this one.
                  (set-match-data (append (list (match-beginning 0) (match-end 0))
                                          (nthcdr ,(* 2 (1+ group)) (match-data))))
                  ,@(mapcar (lambda (hl) (syntax-propertize--highlight (car hl) (cadr hl)))
                            (cdr rule)))
                clauses)
          (setq offset (+ group (syntax-propertize--rule-groups re)))))
      (let ((regexp (mapconcat #'identity (nreverse branches) "\\|")))
        `(lambda (start end)
           (goto-char start)
           (while (and (< (point) end) (re-search-forward ,regexp end t))
             (let ((match-start (match-beginning 0)))
               (cond ,@(nreverse clauses))
               ;; An empty match must not stop the scan.
               (when (<= (point) match-start) (forward-char 1)))))))))

(defun syntax-propertize--highlight (group syntax)
  "The code putting SYNTAX (an expression, see `syntax-propertize-rules') on GROUP."
  (let* ((prog1-p (eq (car-safe syntax) 'prog1))
         (exp (if prog1-p (cadr syntax) syntax))
         (after (and prog1-p (cddr syntax))))
    `(let ((mb (match-beginning ,group))
           (me (match-end ,group))
           (syntax ,(if (stringp exp) `',(string-to-syntax exp) exp)))
       (when (and mb syntax)
         (put-text-property mb me 'syntax-table syntax))
       ,@after)))

(defun syntax-propertize-precompile-rules (&rest rules)
  "Return a precompiled form of RULES to pass to `syntax-propertize-rules'.
The arg RULES can be of the same form as in `syntax-propertize-rules'."
  (let ((out nil))
    (dolist (rule rules)
      (if (symbolp rule)
          (setq out (append out (symbol-value rule)))
        (push `(,(eval (car rule) t) ,@(cdr rule)) out)
        (setq out (append (cdr out) (list (car out))))))
    out))

(defun syntax-ppss-context (ppss)
  "Say whether PPSS is a string, a comment, or something else.
If PPSS is a string, the symbol `string' is returned.  If it's a
comment, the symbol `comment' is returned.  If it's something
else, nil is returned."
  (cond ((nth 3 ppss) 'string)
        ((nth 4 ppss) 'comment)))

(provide 'syntax)

;;; syntax.el ends here
