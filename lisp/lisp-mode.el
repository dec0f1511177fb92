;;; lisp-mode.el --- Lisp data and Common Lisp modes, Lisp indentation (GNU counterpart: lisp/emacs-lisp/lisp-mode.el)  -*- lexical-binding: t -*-

;; Written for tsmacs from the Emacs manual ("Lisp Indent", "Program Modes") and observed
;; GNU 28.2 behaviour.  The indentation engine works from a `parse-partial-sexp' state of the
;; line start: the innermost open list, the last complete sexp inside it, and whether the line
;; starts inside a string.  A line inside a list lines up under the first argument when the
;; function's first argument shares the function's line, under the function otherwise, and under
;; the first sexp of the previous sibling's line once the list spans several lines; the
;; `lisp-indent-function' property of the function symbol (`defun', an integer N, or a function)
;; then overrides this for body forms.

;;; Code:

(defvar lisp-mode-hook nil "Hook run when entering Lisp mode.")
(defvar lisp-data-mode-hook nil "Hook run when entering Lisp-Data mode.")

(defvar lisp-body-indent 2
  "Number of columns to indent the second line of a `(def...)' form.")
(put 'lisp-body-indent 'safe-local-variable 'integerp)

(defvar lisp-indent-offset nil
  "If non-nil, indent second line of expressions that many more columns.")
(put 'lisp-indent-offset 'safe-local-variable (lambda (x) (or (null x) (integerp x))))

(defvar lisp-indent-function 'lisp-indent-function
  "A function to be called by `calculate-lisp-indent'.")

(defvar calculate-lisp-indent-last-sexp nil
  "Start of the last complete sexp before the line being indented (dynamically bound).")

;;;; Syntax tables

(defvar lisp-data-mode-syntax-table
  (let ((table (make-syntax-table)))
    ;; Control characters are symbol constituents, except the whitespace ones.
    (dotimes (c 32) (modify-syntax-entry c "_   " table))
    (modify-syntax-entry ?\t "    " table)
    (modify-syntax-entry ?\f "    " table)
    (modify-syntax-entry ?\n ">   " table)
    (modify-syntax-entry 127 "_   " table)
    (dolist (c '(?! ?$ ?% ?. ?: ?? ?^ ?~ ?{ ?}))
      (modify-syntax-entry c "_   " table))
    ;; Reader macros are expression prefixes.
    (dolist (c '(?# ?' ?, ?`)) (modify-syntax-entry c "'   " table))
    (modify-syntax-entry ?@ "_ p" table)
    (modify-syntax-entry ?\; "<   " table)
    table)
  "Parent syntax table used in Lisp modes.")

(defvar lisp-mode-syntax-table
  (let ((table (make-syntax-table lisp-data-mode-syntax-table)))
    ;; Common Lisp: brackets are symbol constituents, #| ... |# is a nested block comment.
    (modify-syntax-entry ?\[ "_   " table)
    (modify-syntax-entry ?\] "_   " table)
    (modify-syntax-entry ?# "' 14" table)
    (modify-syntax-entry ?| "\" 23bn" table)
    table)
  "Syntax table used in `lisp-mode'.")

;;;; Mode set-up

(defun lisp-mode-variables (&optional _lisp-syntax _keywords-case-insensitive elisp)
  "Set up the buffer-local variables shared by the Lisp modes."
  (setq-local paragraph-ignore-fill-prefix t)
  (setq-local fill-paragraph-function 'lisp-fill-paragraph)
  (setq-local adaptive-fill-function #'lisp-adaptive-fill)
  (setq-local indent-line-function 'lisp-indent-line)
  (setq-local indent-region-function 'lisp-indent-region)
  (setq-local comment-indent-function #'lisp-comment-indent)
  (setq-local outline-regexp ";;;\\(;* [^ \t\n]\\|###autoload\\)\\|(")
  (setq-local outline-level 'lisp-outline-level)
  (setq-local add-log-current-defun-function #'lisp-current-defun-name)
  (setq-local comment-start ";")
  (setq-local comment-start-skip ";+ *")
  (setq-local comment-add 1)
  (setq-local comment-column 40)
  (setq-local comment-use-syntax t)
  (setq-local imenu-generic-expression nil)
  (setq-local multibyte-syntax-as-symbol t)
  (ignore elisp))

(defun lisp-outline-level ()
  "Lisp mode `outline-level' function."
  (let ((len (- (match-end 0) (match-beginning 0))))
    (if (looking-at "(\\|;;;###autoload") 1000 len)))

(defun lisp-current-defun-name ()
  "Return the name of the defun at point, or nil."
  (save-excursion
    (let ((location (point)))
      (goto-char (point-min))
      (let (name)
        (condition-case nil
            (while (and (not name) (< (point) location))
              (let ((start (point)))
                (forward-sexp 1)
                (when (and (>= (point) location) (eq (char-after start) ?\())
                  (goto-char (1+ start))
                  (forward-sexp 1)
                  (skip-chars-forward " \t\n'")
                  (let ((b (point)))
                    (forward-sexp 1)
                    (setq name (buffer-substring-no-properties b (point)))))))
          (error nil))
        name))))

(defun lisp-adaptive-fill ()
  "Return fill prefix found at point, for `adaptive-fill-function'."
  (if (looking-at "\\s-+\"[^\n\"]+\"\\s-*$") ""))

(defun lisp-comment-indent ()
  "Like `comment-indent-default', but don't put space after open paren."
  (cond ((looking-at "\\s<\\s<\\s<") (current-column))
        ((looking-at "\\s<\\s<")
         (let ((col (or (calculate-lisp-indent) (current-column))))
           (if (consp col) (car col) col)))
        (t (skip-chars-backward " \t")
           (max (if (bolp) 0 (1+ (current-column))) comment-column))))

(define-derived-mode lisp-data-mode prog-mode "Lisp-Data"
  "Major mode for buffers holding data written in Lisp syntax."
  :group 'lisp
  (lisp-mode-variables nil t nil)
  (setq-local electric-quote-string t)
  (setq imenu-case-fold-search nil))

(define-derived-mode lisp-mode lisp-data-mode "Lisp"
  "Major mode for editing Lisp code for Lisps other than GNU Emacs Lisp."
  (setq-local lisp-indent-function 'common-lisp-indent-function)
  (setq-local comment-start-skip "\\(\\(^\\|[^\\\n]\\)\\(\\\\\\\\\\)*\\)\\(;+\\|#|\\) *")
  (setq imenu-case-fold-search t))

;;;; Indentation

(defun lisp--line-start-sexp (pos)
  "Move to the first sexp start on the line of POS, before POS."
  (goto-char pos)
  (beginning-of-line)
  (parse-partial-sexp (point) pos 0 t)
  (backward-prefix-chars))

(defun calculate-lisp-indent (&optional parse-start)
  "Return appropriate indentation for current line as Lisp code.
The value is a column, nil when the line starts inside a string, or
\(COLUMN CONTAINING-SEXP-START) when following lines at the same depth
need not be indented like this one."
  (save-excursion
    (beginning-of-line)
    (let ((indent-point (point))
          (state nil) (desired nil) (unresolved t) (open-then-space nil)
          (calculate-lisp-indent-last-sexp nil) (containing nil))
      (cond ((or (markerp parse-start) (integerp parse-start)) (goto-char parse-start))
            ((null parse-start) (goto-char (point-min)))
            (t (setq state parse-start)))
      (unless state
        (while (< (point) indent-point)
          (setq state (parse-partial-sexp (point) indent-point 0))))
      ;; Find the innermost list really containing the line.  When the last complete sexp
      ;; opens a list still open at the line start, that list is the container.
      (while (and unresolved state (> (car state) 0))
        (setq unresolved nil
              calculate-lisp-indent-last-sexp (nth 2 state)
              containing (nth 1 state))
        (goto-char (1+ containing))
        (when (and calculate-lisp-indent-last-sexp (> calculate-lisp-indent-last-sexp (point)))
          (let ((peek (parse-partial-sexp calculate-lisp-indent-last-sexp indent-point 0)))
            (when (nth 1 peek) (setq unresolved t state peek)))))
      (unless unresolved
        (goto-char (1+ containing))
        (setq open-then-space (looking-at "[ \t\n\r\f]"))
        (if (null calculate-lisp-indent-last-sexp)
            ;; The line is the first thing in its list.
            (setq desired (current-column))
          (parse-partial-sexp (point) calculate-lisp-indent-last-sexp 0 t)
          (cond ((looking-at "\\s("))  ; head is a list: align under it
                ((> (line-beginning-position 2) calculate-lisp-indent-last-sexp)
                 ;; All earlier elements share the head's line: align under the first
                 ;; argument, or under the head when it stands alone.
                 (unless (or (= (point) calculate-lisp-indent-last-sexp) open-then-space)
                   (forward-sexp 1)
                   (parse-partial-sexp (point) calculate-lisp-indent-last-sexp 0 t))
                 (backward-prefix-chars))
                (t (lisp--line-start-sexp calculate-lisp-indent-last-sexp)))))
      (let ((normal-indent (current-column)))
        (cond ((nth 3 state) nil)
              ((and (integerp lisp-indent-offset) containing)
               (goto-char containing)
               (+ (current-column) lisp-indent-offset))
              (calculate-lisp-indent-last-sexp
               (or (and lisp-indent-function (not unresolved)
                        (funcall lisp-indent-function indent-point state))
                   (lisp--keyword-column indent-point containing)
                   normal-indent))
              (desired)
              (t normal-indent))))))

(defun lisp--keyword-column (indent-point containing)
  "Column of the keyword to line up a line starting with \":\" under, or nil."
  (and (save-excursion (goto-char indent-point) (skip-chars-forward " \t") (looking-at ":"))
       (save-excursion
         ;; Back to the first sexp of the last sexp's line (or of the list).
         (goto-char calculate-lisp-indent-last-sexp)
         (backward-prefix-chars)
         (while (not (save-excursion
                       (skip-chars-backward " \t")
                       (or (= (point) (line-beginning-position))
                           (and containing (= (point) (1+ containing))))))
           (forward-sexp -1)
           (backward-prefix-chars))
         (setq calculate-lisp-indent-last-sexp (point)))
       (> calculate-lisp-indent-last-sexp
          (save-excursion
            (goto-char (1+ containing))
            (parse-partial-sexp (point) calculate-lisp-indent-last-sexp 0 t)
            (point)))
       (let ((parse-sexp-ignore-comments t) col)
         (goto-char calculate-lisp-indent-last-sexp)
         (or (and (looking-at ":") (setq col (current-column)))
             (and (< (line-beginning-position) (progn (backward-sexp) (point)))
                  (looking-at ":")
                  (setq col (current-column))))
         col)))

(defun lisp-indent-function (indent-point state)
  "Compute the indentation of a line in a Lisp function call, or nil.
Uses the `lisp-indent-function' property of the function symbol:
`defun', an integer N (N distinguished arguments, then a body), or a
function called with INDENT-POINT and STATE."
  (let ((normal-indent (current-column)))
    (goto-char (1+ (nth 1 state)))
    (parse-partial-sexp (point) calculate-lisp-indent-last-sexp 0 t)
    (if (and (nth 2 state) (not (looking-at "\\sw\\|\\s_")))
        ;; The head is not a symbol: this is data.
        (progn
          (unless (> (line-beginning-position 2) calculate-lisp-indent-last-sexp)
            (goto-char calculate-lisp-indent-last-sexp)
            (beginning-of-line)
            (parse-partial-sexp (point) calculate-lisp-indent-last-sexp 0 t))
          (backward-prefix-chars)
          (current-column))
      (let* ((name (buffer-substring (point) (progn (forward-sexp 1) (point))))
             (sym (intern-soft name))
             (method (or (function-get sym 'lisp-indent-function)
                         (get sym 'lisp-indent-hook))))
        (cond ((or (eq method 'defun)
                   (and (null method) (> (length name) 3) (string-prefix-p "def" name)))
               (lisp-indent-defform state indent-point))
              ((integerp method)
               (lisp-indent-specform method state indent-point normal-indent))
              (method (funcall method indent-point state)))))))

(defun lisp-indent-specform (count state indent-point normal-indent)
  "Indentation for a form whose first COUNT arguments are special."
  (let* ((start (nth 1 state))
         (start-col (progn (goto-char start) (current-column)))
         (body-indent (+ lisp-body-indent start-col))
         (left count))
    ;; Count the arguments that precede the line.
    (forward-char 1)
    (forward-sexp 1)
    (parse-partial-sexp (point) indent-point 1 t)
    (while (and (< (point) indent-point)
                (condition-case nil
                    (progn (setq left (1- left))
                           (forward-sexp 1)
                           (parse-partial-sexp (point) indent-point 1 t))
                  (error nil))))
    (if (> left 0)
        ;; A distinguished argument: doubly indented when it is the first, else aligned.
        (if (<= (- count left) 1)
            (list (+ start-col (* 2 lisp-body-indent)) start)
          (list normal-indent start))
      (if (or (and (= count 0) (= left 0))
              (and (= left 0) (<= body-indent normal-indent)))
          body-indent
        normal-indent))))

(defun lisp-indent-defform (state _indent-point)
  "Body indentation for a definition form, when its name shares the open paren's line."
  (goto-char (nth 1 state))
  (forward-line 1)
  (when (> (point) (nth 2 state))
    (goto-char (nth 1 state))
    (+ lisp-body-indent (current-column))))

(defun lisp-ppss (&optional pos)
  "Return the `parse-partial-sexp' state at POS, with a correct element 2."
  (unless pos (setq pos (point)))
  (let ((pss (syntax-ppss pos)))
    (if (nth 9 pss)
        (let ((start (car (last (nth 9 pss)))))
          (parse-partial-sexp start pos nil nil (syntax-ppss start)))
      pss)))

;; The incremental state of a region indentation: a list (STACK PPSS POINT) where STACK
;; caches, per depth, the column the previous line at that depth got.
(defun lisp-indent--initial-state ()
  (let ((ppss (lisp-ppss)))
    (list (make-list (1+ (car ppss)) nil) ppss (point))))

(defun lisp-indent--next (state)
  "Move to the next line and return its indentation; update STATE."
  (let* ((stack (nth 0 state)) (ppss (nth 1 state)) (from (nth 2 state))
         (stack-depth (car ppss)) (depth stack-depth))
    (while (let ((last-sexp (nth 2 ppss)))
             (setq ppss (parse-partial-sexp from (progn (end-of-line) (point)) nil nil ppss))
             ;; Keep the last complete sexp known at this depth when the line adds none.
             (if (and (not (nth 2 ppss)) (= depth (car ppss)))
                 (setf (nth 2 ppss) last-sexp))
             (setq depth (car ppss))
             (and (not (eobp)) (nth 3 ppss)))
      ;; A string continues on the next lines: skip to its end.
      (let ((string-start (nth 8 ppss)))
        (setq ppss (parse-partial-sexp (point) (point-max) nil nil ppss 'syntax-table))
        (setf (nth 2 ppss) string-start)
        (setq depth (car ppss)))
      (setq from (point)))
    (setq from (point))
    (let ((delta (- depth stack-depth)))
      (cond ((< delta 0) (setq stack (nthcdr (- delta) stack)))
            ((> delta 0) (setq stack (nconc (make-list delta nil) stack)))))
    (prog1
        (let (indent)
          (cond ((= (forward-line 1) 1) nil)
                ((null stack) (setq ppss (parse-partial-sexp (point) (point))) nil)
                ((car stack))
                ((integerp (setq indent (calculate-lisp-indent ppss)))
                 (setcar stack indent))
                ((consp indent) (car indent))
                (t nil)))
      (setcar state stack)
      (setcar (cdr state) ppss)
      (setcar (cddr state) from))))

(defun lisp-indent-region (start end)
  "Indent region as Lisp code, efficiently."
  (save-excursion
    (setq end (copy-marker end))
    (goto-char start)
    (beginning-of-line)
    (let ((state (lisp-indent--initial-state)))
      (let ((ppss (nth 1 state)))
        (unless (or (and (bolp) (eolp)) (nth 3 ppss))
          (lisp-indent-line (calculate-lisp-indent ppss))))
      (let (indent)
        (while (progn (setq indent (lisp-indent--next state))
                      (< (point) end))
          (unless (or (and (bolp) (eolp)) (not indent))
            (lisp-indent-line indent)))))
    (move-marker end nil)))

(defun lisp-indent-line (&optional indent)
  "Indent current line as Lisp code."
  (interactive)
  (let ((from-end (- (point-max) (point))))
    (beginning-of-line)
    (let ((indent (or indent (calculate-lisp-indent (lisp-ppss)))))
      (skip-chars-forward " \t")
      (cond ((or (null indent) (looking-at "\\s<\\s<\\s<"))
             ;; Inside a string, or a ;;; heading: leave the line alone.
             (goto-char (- (point-max) from-end)))
            (t
             (if (and (looking-at "\\s<") (not (looking-at "\\s<\\s<")))
                 ;; A lone `;' comment is indented as a comment, not as code; point ends
                 ;; just before the comment's text, as after `indent-for-comment'.
                 (progn (lisp--indent-comment)
                        (when (looking-at comment-start-skip) (goto-char (match-end 0)))
                        (forward-char -1))
               (indent-line-to (if (consp indent) (car indent) indent)))
             (when (> (- (point-max) from-end) (point))
               (goto-char (- (point-max) from-end))))))))

(defun lisp--indent-comment ()
  "Indent the comment starting at point to the column `comment-indent-function' picks."
  (let ((col (save-excursion (funcall comment-indent-function))))
    (when (consp col) (setq col (car col)))
    (unless (or (null col) (= col (current-column)))
      (delete-region (point) (progn (skip-chars-backward " \t") (point)))
      (indent-to col))))

(defun indent-sexp (&optional endpos)
  "Indent each line of the list starting just after point (up to ENDPOS)."
  (interactive)
  (let ((state (lisp-indent--initial-state)))
    (setq endpos (copy-marker
                  (or endpos
                      (save-excursion
                        (forward-sexp 1)
                        (let ((eol (line-end-position)))
                          ;; A list that continues after the sexp's last line counts too.
                          (when (and (< (point) eol)
                                     (> (car (save-excursion (parse-partial-sexp (point) eol))) 0))
                            (condition-case nil
                                (while (< (point) eol) (forward-sexp 1))
                              (scan-error nil))))
                        (point)))))
    (save-excursion
      (while (let ((indent (lisp-indent--next state))
                   (ppss (nth 1 state)))
               ;; The line just parsed ends in a comment: indent that comment (a `;;' line
               ;; gets the code column, a trailing `;' the comment column).
               (when (and (nth 4 ppss) (<= (nth 8 ppss) endpos))
                 (save-excursion
                   (goto-char (nth 8 ppss))
                   (lisp--indent-comment)
                   (setcar (cddr state) (line-end-position))))
               (when (< (point) endpos)
                 (skip-chars-forward " \t")
                 (unless (or (eolp) (not indent) (eq (char-syntax (char-after)) ?<))
                   (indent-line-to indent))
                 t))))
    (move-marker endpos nil)))

(defun indent-pp-sexp (&optional arg)
  "Indent each line of the list starting just after point, or prettyprint it (ARG)."
  (interactive "P")
  (if (or arg (and (eq last-command this-command) (not (equal arg '(4)))))
      (save-excursion
        (save-restriction
          (narrow-to-region (point) (progn (forward-sexp 1) (point)))
          (pp-buffer)
          (goto-char (point-max))
          (when (eq (char-before) ?\n) (delete-char -1)))))
  (indent-sexp))

(defun indent-code-rigidly (start end arg &optional nochange-regexp)
  "Indent all lines of code, starting in the region, sideways by ARG columns.
Lines starting inside strings or comments are left alone."
  (interactive "r\np")
  (save-excursion
    (goto-char end)
    (setq end (point-marker))
    (goto-char start)
    (let ((state nil))
      (or (bolp)
          (setq state (parse-partial-sexp (point) (progn (forward-line 1) (point)) nil nil state)))
      (while (< (point) end)
        (or (car (nthcdr 3 state))
            (and nochange-regexp (looking-at nochange-regexp))
            (let ((indent (current-indentation)))
              (delete-region (point) (progn (skip-chars-forward " \t") (point)))
              (or (eolp) (indent-to (max 0 (+ indent arg)) 0))))
        (setq state (parse-partial-sexp (point) (progn (forward-line 1) (point)) nil nil state))))
    (move-marker end nil)))

;;;; Indentation rules of the special forms and common macros

(dolist (rule '((autoload . defun) (progn . 0) (prog1 . 1) (save-excursion . 0)
                (save-restriction . 0) (save-current-buffer . 0) (let . 1) (let* . 1)
                (while . 1) (if . 2) (catch . 1) (condition-case . 2) (handler-case . 1)
                (handler-bind . 1) (unwind-protect . 1) (with-output-to-temp-buffer . 1)))
  (put (car rule) 'lisp-indent-function (cdr rule)))

;; Forms whose tsmacs definitions (in files loaded before this one, or primitives here) carry no
;; `(declare (indent ...))' while GNU's do; a rule set by a definition is never overridden.
(dolist (rule '((eval-when-compile . 0) (eval-and-compile . 0) (with-no-warnings . 0)
                (defmacro . 2) (save-window-excursion . 0) (combine-after-change-calls . 0)
                (with-silent-modifications . 0) (let-alist . 1) (define-inline . defun)))
  (unless (function-get (car rule) 'lisp-indent-function)
    (put (car rule) 'lisp-indent-function (cdr rule))))

(provide 'lisp-mode)
;;; lisp-mode.el ends here
