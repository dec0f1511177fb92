;;; case-table.el --- editing case tables (GNU: lisp/case-table.el)  -*- lexical-binding: t -*-
;; Written for tsmacs; preloaded, as in GNU (loadup.el loads it).
;;
;; A case table is a char-table of purpose `case-table' mapping characters to their lower-case
;; forms (the DOWN table), with three extra slots: UP, CANON and EQV.  CANON and EQV are derived
;; from DOWN and UP by `set-case-table', so every function here that edits DOWN or UP empties
;; them, and they are recomputed when the table is next selected or used.  The `set-case-syntax'
;; family also gives the characters they touch a syntax in the standard syntax table.

;;; Code:

(defconst case-table--slots '((up . 0) (canon . 1) (eqv . 2))
  "Extra-slot numbers of the tables a case table carries besides its own DOWN mapping.")

(defun case-table-get-table (case-table table)
  "Return the TABLE of CASE-TABLE.
TABLE can be `down', `up', `eqv' or `canon'."
  (if (eq table 'down)
      case-table
    (let ((slot (cdr (assq table case-table--slots))))
      (or (char-table-extra-slot case-table slot)
          ;; Selecting CASE-TABLE as the standard table fills in its missing slots; the old
          ;; standard table is put back afterwards.
          (let ((standard (standard-case-table)))
            (unwind-protect
                (progn (set-standard-case-table case-table)
                       (char-table-extra-slot case-table slot))
              (unless (eq case-table standard)
                (set-standard-case-table standard))))))))

(defun get-upcase-table (case-table)
  "Return the upcase table of CASE-TABLE."
  (case-table-get-table case-table 'up))
(make-obsolete 'get-upcase-table 'case-table-get-table "24.4")

(defun copy-case-table (case-table)
  "Return a copy of CASE-TABLE whose CANON and EQV tables will be recomputed.
The UP table is copied too, so editing the copy leaves CASE-TABLE alone."
  (let ((copy (copy-sequence case-table))
        (up (char-table-extra-slot case-table 0)))
    (when up
      (set-char-table-extra-slot copy 0 (copy-sequence up)))
    (case-table--invalidate copy)
    copy))

(defun case-table--invalidate (table)
  "Empty the CANON and EQV slots of case table TABLE, to be derived again from DOWN and UP."
  (set-char-table-extra-slot table 1 nil)
  (set-char-table-extra-slot table 2 nil))

(defun case-table--set (table down-pairs up-pairs)
  "Store DOWN-PAIRS, a list of (CHAR . LOWER), in case table TABLE and UP-PAIRS, a list of
\(CHAR . UPPER), in its UP table; then invalidate the derived tables."
  (dolist (p down-pairs) (aset table (car p) (cdr p)))
  (when up-pairs
    (let ((up (case-table-get-table table 'up)))
      (dolist (p up-pairs) (aset up (car p) (cdr p)))))
  (case-table--invalidate table))

(defun case-table--word-syntax (&rest chars)
  "Give CHARS word syntax in the standard syntax table."
  (dolist (c chars) (modify-syntax-entry c "w   " (standard-syntax-table))))

(defun set-case-syntax-delims (l r table)
  "Make characters L and R a matching pair of non-case-converting delimiters.
This sets the entries for L and R in TABLE, which is a string
that will be used as the downcase part of a case table.
It also modifies `standard-syntax-table' to
indicate left and right delimiters."
  (case-table--set table (list (cons l l) (cons r r)) (list (cons l l) (cons r r)))
  (modify-syntax-entry l (concat "(" (char-to-string r) "  ") (standard-syntax-table))
  (modify-syntax-entry r (concat ")" (char-to-string l) "  ") (standard-syntax-table)))

(defun set-case-syntax-pair (uc lc table)
  "Make characters UC and LC a pair of inter-case-converting letters.
This sets the entries for characters UC and LC in TABLE, which is a string
that will be used as the downcase part of a case table.
It also modifies `standard-syntax-table' to give them the syntax of
word constituents."
  (case-table--set table (list (cons uc lc) (cons lc lc)) (list (cons uc uc) (cons lc uc)))
  (case-table--word-syntax lc uc))

(defun set-upcase-syntax (uc lc table)
  "Make character UC an upcase of character LC.
It also modifies `standard-syntax-table' to give them the syntax of
word constituents."
  (case-table--set table (list (cons lc lc)) (list (cons uc uc) (cons lc uc)))
  (case-table--word-syntax lc uc))

(defun set-downcase-syntax (uc lc table)
  "Make character LC a downcase of character UC.
It also modifies `standard-syntax-table' to give them the syntax of
word constituents."
  (case-table--set table (list (cons uc lc) (cons lc lc)) (list (cons uc uc)))
  (case-table--word-syntax lc uc))

(defun set-case-syntax (c syntax table)
  "Make character C case-invariant with syntax SYNTAX.
This sets the entry for character C in TABLE, which is a string
that will be used as the downcase part of a case table.
It also modifies `standard-syntax-table'.
SYNTAX should be \" \", \"w\", \".\" or \"_\"."
  (case-table--set table (list (cons c c)) (list (cons c c)))
  (modify-syntax-entry c syntax (standard-syntax-table)))

;;; From GNU's international/mule-cmds.el, which tsmacs does not have yet (GNU's
;;; casefiddle tests toggle unibyte buffers with it); move it there when that file exists.

(defun toggle-enable-multibyte-characters (&optional arg)
  "Change whether this buffer uses multibyte characters.
With ARG, use multibyte characters if the ARG is positive.

Note that this command does not convert the byte contents of
the buffer; it only changes the way those bytes are interpreted.
In general, therefore, this command *changes* the sequence of
characters that the current buffer contains."
  (interactive "P")
  (set-buffer-multibyte (if arg
                            (> (prefix-numeric-value arg) 0)
                          (not enable-multibyte-characters)))
  (force-mode-line-update))

(provide 'case-table)

;;; case-table.el ends here
