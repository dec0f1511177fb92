;;; rx.el --- regexps written as s-expressions (GNU: lisp/emacs-lisp/rx.el)  -*- lexical-binding: t -*-
;; Written for tsmacs from the Elisp manual's "Rx Notation"
;; chapter and GNU Emacs 28.2's observed output: the strings produced must equal GNU's exactly, since
;; programs and tests compare them.
;;
;; Every rx item translates to a pair (PIECES . PREC).  PIECES is a list whose concatenation is the
;; regexp; it holds strings and, inside the `rx' macro only, Lisp forms for `literal' and `regexp'
;; arguments computed at run time.  PREC says how the piece binds when combined:
;;   t     one unit that a postfix operator applies to as a whole ("a", "[ab]", "\\(...\\)");
;;   seq   a sequence, safe to concatenate ("ab", "a*");
;;   lseq  a sequence that starts with `^' (which is only special at the start of a regexp or group);
;;   rseq  a sequence that ends with `$' (likewise at the end);
;;   nil   an alternation ("a\\|b"), which needs a group before anything is put next to it.

;;; Code:

(require 'regexp-opt)

(defconst rx--class-names
  '((digit . digit) (numeric . digit) (num . digit)
    (control . cntrl) (cntrl . cntrl)
    (hex-digit . xdigit) (hex . xdigit) (xdigit . xdigit)
    (blank . blank)
    (graphic . graph) (graph . graph)
    (printing . print) (print . print)
    (alphanumeric . alnum) (alnum . alnum)
    (letter . alpha) (alphabetic . alpha) (alpha . alpha)
    (ascii . ascii) (nonascii . nonascii)
    (lower . lower) (lower-case . lower)
    (punctuation . punct) (punct . punct)
    (space . space) (whitespace . space) (white . space)
    (upper . upper) (upper-case . upper)
    (word . word) (wordchar . word)
    (unibyte . unibyte) (multibyte . multibyte))
  "The rx names of the named character classes, each with its [:CLASS:] name.")

(defconst rx--syntax-names
  '((whitespace . ?-) (punctuation . ?.) (word . ?w) (symbol . ?_)
    (open-parenthesis . ?\() (close-parenthesis . ?\)) (expression-prefix . ?\')
    (string-quote . ?\") (paired-delimiter . ?$) (escape . ?\\) (character-quote . ?/)
    (comment-start . ?<) (comment-end . ?>) (string-delimiter . ?|) (comment-delimiter . ?!))
  "The rx names of the syntax classes, each with its syntax code character.")

(defconst rx--category-names
  '((space-for-indent . ?\s) (base . ?.) (consonant . ?0) (base-vowel . ?1)
    (upper-diacritical-mark . ?2) (lower-diacritical-mark . ?3) (tone-mark . ?4) (symbol . ?5)
    (digit . ?6) (vowel-modifying-diacritical-mark . ?7) (vowel-sign . ?8) (semivowel-lower . ?9)
    (not-at-end-of-line . ?<) (not-at-beginning-of-line . ?>)
    (alpha-numeric-two-byte . ?A) (chinese-two-byte . ?C)
    (chinse-two-byte . ?C)              ; the misspelling older Emacsen accepted
    (greek-two-byte . ?G) (japanese-hiragana-two-byte . ?H) (indian-two-byte . ?I)
    (japanese-katakana-two-byte . ?K) (strong-left-to-right . ?L) (korean-hangul-two-byte . ?N)
    (strong-right-to-left . ?R) (cyrillic-two-byte . ?Y) (combining-diacritic . ?^)
    (ascii . ?a) (arabic . ?b) (chinese . ?c) (ethiopic . ?e) (greek . ?g) (korean . ?h)
    (indian . ?i) (japanese . ?j) (japanese-katakana . ?k) (latin . ?l) (lao . ?o) (tibetan . ?q)
    (japanese-roman . ?r) (thai . ?t) (vietnamese . ?v) (hebrew . ?w) (cyrillic . ?y)
    (can-break . ?|))
  "The rx names of the standard character categories, each with its category character.")

(defconst rx--simple-symbols
  '((nonl "." . t) (not-newline "." . t) (any "." . t)
    (anychar "[^z-a]" . t) (anything "[^z-a]" . t)
    (unmatchable "\\`a\\`" . seq)
    (bol "^" . lseq) (line-start "^" . lseq)
    (eol "$" . rseq) (line-end "$" . rseq)
    (bos "\\`" . t) (string-start "\\`" . t) (bot "\\`" . t) (buffer-start "\\`" . t)
    (eos "\\'" . t) (string-end "\\'" . t) (eot "\\'" . t) (buffer-end "\\'" . t)
    (point "\\=" . t)
    (bow "\\<" . t) (word-start "\\<" . t) (eow "\\>" . t) (word-end "\\>" . t)
    (word-boundary "\\b" . t) (not-word-boundary "\\B" . t)
    (symbol-start "\\_<" . t) (symbol-end "\\_>" . t)
    (not-wordchar "\\W" . t))
  "Built-in rx symbols other than character classes: (NAME REGEXP . PREC).")

(defconst rx--builtin-form-names
  '(seq sequence : and or | any in char not-char not intersection
    repeat = >= ** zero-or-more 0+ * one-or-more 1+ + zero-or-one opt optional \? *? +? \??
    minimal-match maximal-match group submatch group-n submatch-n backref
    syntax not-syntax category literal eval regexp regex)
  "The heads of the built-in rx forms.")

(defconst rx--builtin-names
  (append rx--builtin-form-names (mapcar #'car rx--simple-symbols) (mapcar #'car rx--class-names))
  "Names that `rx-define' and `rx-let' may not redefine.")

(defvar rx-constituents nil
  "Alist of old-style rx extensions (SYMBOL . DEF), kept for compatibility.
DEF is another SYMBOL (an alias), a regexp string (for a plain symbol), or
\(FUNCTION MIN-ARGS MAX-ARGS PREDICATE) for a form (SYMBOL ARGS...) that
FUNCTION translates to a regexp string.  New code should use `rx-define',
`rx-let' or `rx-let-eval'.")

(defvar rx--local-definitions nil
  "The local rx definitions in effect: an alist of (NAME DEF) or (NAME ARGS DEF).")

(defvar rx--greedy t
  "Whether `zero-or-more', `one-or-more', `zero-or-one' and their aliases are greedy.")

(defvar rx--delayed-evaluation nil
  "Non-nil while translating for the `rx' macro: `literal' and `regexp' may then take
expressions evaluated at run time.")

(defvar rx--pcase-vars nil
  "The variables bound by (let VAR ...) in the `rx' pcase pattern being expanded, in order.")

;;;; Building blocks

(defun rx--paren (pieces)
  "PIECES inside a shy group."
  (append (list "\\(?:") pieces (list "\\)")))

(defun rx--unit (item)
  "The pieces of ITEM made into one unit that a postfix operator may follow."
  (if (eq (cdr item) t) (car item) (rx--paren (car item))))

(defun rx--concat2 (a b)
  "The sequence of the translated items A and B."
  (cond
   ((null (car a)) b)
   ((null (car b)) a)
   (t
    ;; An alternation, or a trailing `$', cannot be followed by more without a group; an alternation
    ;; or a leading `^' cannot be preceded by something.
    (let* ((ap (cdr a)) (bp (cdr b))
           (apieces (if (memq ap '(nil rseq)) (progn (setq ap t) (rx--paren (car a))) (car a)))
           (bpieces (if (memq bp '(nil lseq)) (progn (setq bp t) (rx--paren (car b))) (car b))))
      (cons (append apieces bpieces)
            (cond ((and (eq ap 'lseq) (eq bp 'rseq)) nil)
                  ((eq ap 'lseq) 'lseq)
                  ((eq bp 'rseq) 'rseq)
                  (t 'seq)))))))

(defun rx--seq (body)
  "Translate the items of BODY in sequence."
  (let ((acc (cons nil 'seq)))
    (dolist (item body) (setq acc (rx--concat2 acc (rx--xlate item))))
    acc))

(defun rx--one-arg (name body)
  "Signal unless BODY, the arguments of the rx form NAME, is exactly one argument."
  (unless (and (consp body) (null (cdr body)))
    (error "rx `%s' form takes exactly one argument" name)))

;;;; Definitions

(defun rx--definition (name)
  "NAME's rx definition in effect, (DEF) or (ARGS DEF), or nil."
  (or (cdr (assq name rx--local-definitions))
      (get name 'rx-definition)))

(defun rx--splice (bindings form)
  "The list of values FORM becomes when the parameters in BINDINGS are replaced.
BINDINGS maps each parameter to the list of values it stands for (a
`&rest' parameter may stand for several, spliced into the enclosing list)."
  (cond
   ((symbolp form)
    (let ((b (assq form bindings))) (if b (cdr b) (list form))))
   ((and (consp form) (listp (cdr form)))
    (let ((out nil))
      (dolist (x form) (setq out (append (reverse (rx--splice bindings x)) out)))
      (list (nreverse out))))
   ((consp form)
    (let ((head (rx--splice bindings (car form)))
          (tail (rx--splice bindings (cdr form))))
      (unless (and head (null (cdr head)) tail (null (cdr tail)))
        (error "Cannot substitute a &rest parameter into a dotted pair"))
      (list (cons (car head) (car tail)))))
   (t (list form))))

(defun rx--instantiate (name args params template)
  "TEMPLATE of the rx definition NAME with its PARAMS replaced by the actual ARGS."
  (let ((bindings nil) (rest args) (ps params))
    (while ps
      (if (eq (car ps) '&rest)
          (progn
            (unless (cdr ps)
              (error "Expanding rx def `%s': missing &rest parameter name" name))
            (push (cons (cadr ps) rest) bindings)
            (setq rest nil ps nil))
        (unless rest
          (error "Expanding rx def `%s': too few arguments (got %d, need %s%d)"
                 name (length args) (if (memq '&rest params) "at least " "")
                 (- (length params) (length (memq '&rest params)))))
        (push (list (car ps) (car rest)) bindings)
        (setq rest (cdr rest) ps (cdr ps))))
    (when rest
      (error "Expanding rx def `%s': too many arguments (got %d, need %d)"
             name (length args) (length params)))
    (let ((result (rx--splice bindings template)))
      (unless (and result (null (cdr result)))
        (error "Expanding rx def `%s': must result in a single value" name))
      (car result))))

(defun rx--expand-user (form)
  "FORM expanded once if it is a user-defined rx symbol or form, else nil."
  (cond
   ((symbolp form)
    (let ((def (rx--definition form)))
      (when def
        (when (cdr def) (error "Not an `rx' symbol definition: %s" form))
        (car def))))
   ((and (consp form) (symbolp (car form)))
    (let ((def (rx--definition (car form))))
      (when def
        (unless (cdr def) (error "Not an `rx' form definition: %s" (car form)))
        (rx--instantiate (car form) (cdr form) (car def) (cadr def)))))))

(defun rx--constituent (name want-form)
  "The `rx-constituents' entry for NAME of the right kind, following aliases, or nil.
WANT-FORM non-nil asks for a form definition (a list), otherwise a string."
  (let ((entry (assq name rx-constituents)))
    (while (and entry (not (if want-form (consp (cdr entry)) (stringp (cdr entry)))))
      (setq entry (if (symbolp (cdr entry))
                      (assq (cdr entry) rx-constituents)
                    ;; Of the wrong kind: a later entry for the same name may do.
                    (assq (car entry) (cdr (memq entry rx-constituents))))))
    entry))

(defun rx--xlate-constituent-form (def form)
  "Translate FORM with the old-style `rx-constituents' form definition DEF."
  (let ((fn (nth 0 def)) (min (nth 1 def)) (max (nth 2 def)) (pred (nth 3 def))
        (n (length (cdr form))))
    (when (< n min)
      (error "The `%s' form takes at least %d argument(s)" (car form) min))
    (when (and max (> n max))
      (error "The `%s' form takes at most %d argument(s)" (car form) max))
    (when (and pred (not (let ((ok t)) (dolist (a (cdr form)) (unless (funcall pred a) (setq ok nil))) ok)))
      (error "The `%s' form requires arguments satisfying `%s'" (car form) pred))
    (let ((re (funcall fn form)))
      (unless (stringp re) (error "The `%s' form did not expand to a string" (car form)))
      (cons (list re) nil))))

;;;; Symbols and strings

(defun rx--xlate-symbol (sym)
  "Translate the rx symbol SYM."
  (let ((simple (assq sym rx--simple-symbols))
        (class (cdr (assq sym rx--class-names))))
    (cond
     (simple (cons (list (cadr simple)) (cddr simple)))
     (class (cons (list (format "[[:%s:]]" class)) t))
     ((let ((exp (rx--expand-user sym))) (and exp (rx--xlate exp))))
     ((let ((entry (rx--constituent sym nil))) (and entry (cons (list (cdr entry)) nil))))
     (t (error "Unknown rx symbol `%s'" sym)))))

(defun rx--xlate-string (s)
  "Translate the literal string S."
  (if (= (length s) 0)
      (cons nil 'seq)
    (cons (list (regexp-quote s)) (if (= (length s) 1) t 'seq))))

;;;; Character sets
;; A set of characters is a sorted list of disjoint, non-adjacent intervals (FROM . TO).

(defun rx--merge-intervals (ivs)
  "Sort the intervals IVS and merge those that overlap or touch."
  (let ((sorted (sort ivs #'car-less-than-car)) (out nil))
    (dolist (iv sorted)
      (if (and out (<= (car iv) (1+ (cdar out))))
          (setcdr (car out) (max (cdar out) (cdr iv)))
        (push (cons (car iv) (cdr iv)) out)))
    (nreverse out)))

(defun rx--string-intervals (s)
  "The intervals named by the `any' string S: single characters and ranges A-B."
  (let ((i 0) (n (length s)) (out nil)
        (char (if (multibyte-string-p s) #'identity #'unibyte-char-to-multibyte)))
    (while (< i n)
      (if (and (< i (- n 2)) (eq (aref s (1+ i)) ?-))
          (let ((from (funcall char (aref s i))) (to (funcall char (aref s (+ i 2)))))
            (cond
             ;; A range from ASCII to raw bytes would swallow all of Unicode in between.
             ((and (<= from #x7f) (>= to #x3fff80))
              (push (cons from #x7f) out)
              (push (cons #x3fff80 to) out))
             ((<= from to) (push (cons from to) out))
             (t (error "Invalid rx `any' range: %s" (substring s i (+ i 3)))))
            (setq i (+ i 3)))
        (let ((c (funcall char (aref s i)))) (push (cons c c) out))
        (setq i (1+ i))))
    out))

(defun rx--parse-set (args)
  "The (INTERVALS . CLASSES) that the arguments ARGS of an `any' form denote."
  (let ((ivs nil) (classes nil))
    (dolist (a args)
      (cond
       ((stringp a) (setq ivs (append (rx--string-intervals a) ivs)))
       ((and (consp a) (characterp (car a)) (characterp (cdr a)) (<= (car a) (cdr a)))
        (push (cons (car a) (cdr a)) ivs))
       ((characterp a) (push (cons a a) ivs))
       ((and (symbolp a) (assq a rx--class-names))
        (let ((class (cdr (assq a rx--class-names))))
          (unless (memq class classes) (push class classes))))
       (t (error "Invalid rx `any' argument: %s" a))))
    (cons (rx--merge-intervals ivs) (nreverse classes))))

(defun rx--bracket-items (intervals classes)
  "The items of a bracket expression for INTERVALS and CLASSES, arranged so that
`]', `-' and `^' are literal where they end up."
  (let ((items (append (mapcar (lambda (iv) (cons (car iv) (cdr iv))) intervals) classes)))
    ;; `]' is literal only first: move an interval starting with it to the front, or cut it off the end
    ;; of a range that ends with it.
    (let ((starts (assq ?\] items)))
      (if starts
          (setq items (cons starts (delq starts items)))
        (let ((ends (rassq ?\] items)))
          (when ends
            (setcdr ends ?\\)
            (push (cons ?\] ?\]) items)))))
    ;; `,--' would print as the range ",-" followed by a stray `-'.
    (let ((comma (rassq ?- items)))
      (when (eq (car comma) ?,)
        (setcdr comma ?,)
        (setq items (append items (list (cons ?- ?-))))))
    ;; `-' is literal last: drop a lone one, or start its range one later, and add it at the end.
    (let ((dash (assq ?- items)))
      (when dash
        (if (eq (cdr dash) ?-)
            (setq items (delq dash items))
          (setcar dash ?.))
        (setq items (append items (list (cons ?- ?-))))))
    ;; `^' first would negate: swap it with the next item.
    (when (and (consp (car items)) (eq (caar items) ?^) (cdr items))
      (setq items (cons (cadr items) (cons (car items) (cddr items)))))
    items))

(defun rx--char-alt (negated intervals classes)
  "The bracket expression (or simpler regexp) for INTERVALS and CLASSES, NEGATED if non-nil."
  (let ((items (rx--bracket-items intervals classes)))
    (cond
     ((null items) (if negated (cons (list "[^z-a]") t) (cons (list "\\`a\\`") 'seq)))
     ((and (null (cdr items)) (consp (car items)) (eq (caar items) (cdar items)) (not negated))
      (cons (list (regexp-quote (string (caar items)))) t))
     ((and negated (equal items '((?\n . ?\n)))) (cons (list ".") t))
     (t
      (cons (list (concat "[" (if negated "^")
                          (mapconcat
                           (lambda (it)
                             (cond ((symbolp it) (format "[:%s:]" it))
                                   ((eq (car it) (cdr it)) (string (car it)))
                                   ((eq (1+ (car it)) (cdr it)) (string (car it) (cdr it)))
                                   (t (string (car it) ?- (cdr it)))))
                           items "")
                          "]"))
            t)))))

(defun rx--complement (ivs)
  "The intervals of all characters not in IVS."
  (let ((out nil) (next 0))
    (dolist (iv ivs)
      (when (< next (car iv)) (push (cons next (1- (car iv))) out))
      (setq next (1+ (cdr iv))))
    (when (< next (max-char)) (push (cons next (max-char)) out))
    (nreverse out)))

(defun rx--intersect (a b)
  "The intervals of the characters in both A and B."
  (let ((out nil))
    (while (and a b)
      (let ((lo (max (caar a) (caar b))) (hi (min (cdar a) (cdar b))))
        (when (<= lo hi) (push (cons lo hi) out))
        (if (< (cdar a) (cdar b)) (setq a (cdr a)) (setq b (cdr b)))))
    (nreverse out)))

(defun rx--union (a b)
  "The intervals of the characters in A or B."
  (rx--complement (rx--intersect (rx--complement a) (rx--complement b))))

(defun rx--set-form-p (form)
  "Non-nil if FORM is a character set usable in `or', `not' and `intersection' set operations."
  (cond
   ((characterp form) t)
   ((stringp form) (= (length form) 1))
   ((and (consp form) (memq (car form) '(any in char)))
    (let ((ok t)) (dolist (a (cdr form)) (when (symbolp a) (setq ok nil))) ok))
   ((and (consp form) (memq (car form) '(not or | intersection)))
    (let ((ok t)) (dolist (a (cdr form)) (unless (rx--set-form-p a) (setq ok nil))) ok))
   ((or (symbolp form) (consp form))
    (let ((exp (rx--expand-user form))) (and exp (rx--set-form-p exp))))))

(defun rx--set-intervals (form)
  "The intervals of the character set FORM (see `rx--set-form-p')."
  (cond
   ((and (consp form) (memq (car form) '(any in char)))
    (let ((parsed (rx--parse-set (cdr form))))
      (when (cdr parsed)
        (error "Character class not permitted in set operations: %S" (cadr parsed)))
      (car parsed)))
   ((and (eq (car-safe form) 'not) (consp (cdr form)) (null (cddr form)))
    (rx--complement (rx--set-intervals (cadr form))))
   ((memq (car-safe form) '(or |)) (rx--set-union (cdr form)))
   ((eq (car-safe form) 'intersection) (rx--set-intersection (cdr form)))
   ((characterp form) (list (cons form form)))
   ((and (stringp form) (= (length form) 1))
    (let ((c (aref form 0))) (list (cons c c))))
   (t (let ((exp (rx--expand-user form)))
        (if exp (rx--set-intervals exp) (error "Bad character set: %S" form))))))

(defun rx--set-union (forms)
  (let ((acc nil))
    (dolist (f (mapcar #'rx--set-intervals forms)) (setq acc (rx--union acc f)))
    acc))

(defun rx--set-intersection (forms)
  (let ((acc (list (cons 0 (max-char)))))
    (dolist (f (mapcar #'rx--set-intervals forms)) (setq acc (rx--intersect acc f)))
    acc))

(defun rx--intervals-alt (negated ivs)
  "The regexp for the interval set IVS (NEGATED if non-nil).
A set reaching from ASCII into the raw bytes is written as the negation of
its complement: the regexp engine would read such a range as excluding all
non-ASCII Unicode."
  (let ((wide nil))
    (dolist (iv ivs) (when (<= (car iv) #x3ffeff (cdr iv)) (setq wide t)))
    (if wide
        (rx--char-alt (not negated) (rx--complement ivs) nil)
      (rx--char-alt negated ivs nil))))

(defun rx--xlate-not (negated body)
  "Translate (not ARG); NEGATED non-nil flips the sense again."
  (unless (and (consp body) (null (cdr body)))
    (error "rx `not' form takes exactly one argument"))
  (let* ((arg (car body))
         (head (car-safe arg))
         (class (and (symbolp arg) (cdr (assq arg rx--class-names)))))
    (cond
     ((memq head '(any in char)) (rx--char-alt-from-args (not negated) (cdr arg)))
     ((eq head 'syntax) (rx--xlate-syntax (not negated) (cdr arg)))
     ((eq head 'category) (rx--xlate-category (not negated) (cdr arg)))
     ((eq head 'not) (rx--xlate-not (not negated) (cdr arg)))
     ((memq head '(or |)) (rx--intervals-alt (not negated) (rx--set-union (cdr arg))))
     ((eq head 'intersection) (rx--intervals-alt (not negated) (rx--set-intersection (cdr arg))))
     (class (rx--char-alt (not negated) nil (list class)))
     ((eq arg 'word-boundary) (cons (list (if negated "\\b" "\\B")) t))
     ((characterp arg) (rx--char-alt (not negated) (list (cons arg arg)) nil))
     ((and (stringp arg) (= (length arg) 1))
      (let ((c (aref arg 0))) (rx--char-alt (not negated) (list (cons c c)) nil)))
     ((let ((exp (rx--expand-user arg))) (and exp (rx--xlate-not negated (list exp)))))
     (t (error "Illegal argument to rx `not': %S" arg)))))

(defun rx--char-alt-from-args (negated args)
  "Translate (any ARGS...), NEGATED if non-nil."
  (let ((parsed (rx--parse-set args)))
    (rx--char-alt negated (car parsed) (cdr parsed))))

;;;; Alternation

(defun rx--or-normal-form (form)
  "FORM for the purposes of `or': characters as strings, definitions and `eval' expanded."
  (cond
   ((characterp form) (string form))
   ((memq (car-safe form) '(or |)) (cons (car form) (mapcar #'rx--or-normal-form (cdr form))))
   ((eq (car-safe form) 'eval) (rx--or-normal-form (rx--eval-arg (cdr form))))
   (t (let ((exp (rx--expand-user form))) (if exp (rx--or-normal-form exp) form)))))

(defun rx--or-strings (forms)
  "All strings of FORMS (strings and `or' forms of them), or `:no' if something else occurs."
  (catch 'rx--no
    (let ((out nil))
      (dolist (f forms)
        (cond ((stringp f) (push f out))
              ((memq (car-safe f) '(or |))
               (let ((inner (rx--or-strings (cdr f))))
                 (when (eq inner :no) (throw 'rx--no :no))
                 (setq out (append (reverse inner) out))))
              (t (throw 'rx--no :no))))
      (nreverse out))))

(defun rx--xlate-or (body)
  "Translate (or BODY...)."
  (cond
   ((null body) (cons (list "\\`a\\`") 'seq))
   ((null (cdr body)) (rx--xlate (car body)))
   (t
    (let* ((args (mapcar #'rx--or-normal-form body))
           (strings (rx--or-strings args)))
      (cond
       ;; Only strings: `regexp-opt' makes the longest one match.
       ((and (not (eq strings :no)) strings) (cons (list (regexp-opt strings nil)) t))
       ((let ((all t)) (dolist (a args) (unless (rx--set-form-p a) (setq all nil))) all)
        (rx--intervals-alt nil (rx--set-union args)))
       (t
        (let ((pieces (car (rx--xlate (car args)))))
          (dolist (a (cdr args))
            (setq pieces (append pieces (list "\\|") (car (rx--xlate a)))))
          (cons pieces nil))))))))

;;;; Repetition

(defun rx--postfix (op greedy body)
  "BODY in sequence, followed by the postfix operator OP (made lazy unless GREEDY)."
  (let ((item (rx--seq body)))
    (if (null (car item))
        item
      ;; `seq', not t: (? (* "a")) must not become "a*?".
      (cons (append (rx--unit item) (list (if greedy op (concat op "?")))) 'seq))))

(defun rx--counted (min max body)
  "BODY in sequence, repeated MIN to MAX times (MAX nil: no upper bound)."
  (let ((item (rx--seq body)))
    (if (null (car item))
        item
      (cons (append (rx--unit item)
                    (list (concat "\\{" (number-to-string min)
                                  (cond ((null max) ",")
                                        ((< min max) (concat "," (number-to-string max)))
                                        (t ""))
                                  "\\}")))
            t))))

(defun rx--repeat-check (name min-args body)
  (unless (>= (length body) min-args)
    (error "rx `%s' requires at least %d argument%s" name min-args (if (= min-args 1) "" "s")))
  (unless (natnump (car body))
    (error "rx `%s' first argument must be nonnegative" name)))

(defun rx--bounded (name body)
  "Translate (NAME MIN MAX RX...)."
  (let ((min (car body)) (max (cadr body)))
    (unless (and (natnump min) (natnump max) (<= min max))
      (error "rx `%s' range error" name))
    (rx--counted min max (cddr body))))

;;;; Other forms

(defun rx--xlate-syntax (negated body)
  "Translate (syntax NAME), NEGATED for `not-syntax' and (not (syntax ...))."
  (rx--one-arg 'syntax body)
  (let* ((name (car body))
         (code (or (cdr (assq name rx--syntax-names))
                   (and (characterp name) (rassq name rx--syntax-names) name)
                   (and (symbolp name) (= (length (symbol-name name)) 1)
                        (let ((c (aref (symbol-name name) 0)))
                          (and (rassq c rx--syntax-names) c))))))
    (unless code (error "Unknown rx syntax name `%s'" name))
    (cons (list (string ?\\ (if negated ?S ?s) code)) t)))

(defun rx--xlate-category (negated body)
  "Translate (category NAME), NEGATED for (not (category ...))."
  (rx--one-arg 'category body)
  (let* ((name (car body))
         (code (cond ((symbolp name)
                      (or (cdr (assq name rx--category-names))
                          (error "Unknown rx category `%s'" name)))
                     ((characterp name) name)
                     (t (error "Invalid rx `category' argument `%s'" name)))))
    (cons (list (string ?\\ (if negated ?C ?c) code)) t)))

(defun rx--eval-arg (body)
  "The rx form computed by (eval EXPR)."
  (rx--one-arg 'eval body)
  (eval (car body)))

(defconst rx--atomic-regexp
  (concat "\\`\\(?:"
          ;; a bracket expression
          "\\[\\^?]?\\(?:\\[:[a-z]+:]\\|[^]]\\)*]"
          ;; one ordinary character
          "\\|[^$*+?[\\^]"
          ;; a backslash construct: escaped character, \sC \SC \cC \CC \_C, or a group
          "\\|\\\\\\(?:[^z-a]\\|[CS_cs][^z-a]\\|(\\(?:[^\\]\\|\\\\[^)]\\)*\\\\)\\)"
          "\\)\\'")
  "Matches regexps that are certainly one unit (it may miss some; it never errs the other way).")

(defun rx--xlate-regexp (body)
  "Translate (regexp STRING)."
  (rx--one-arg 'regexp body)
  (let ((re (car body)))
    (cond ((stringp re) (cons (list re) (if (string-match-p rx--atomic-regexp re) t nil)))
          (rx--delayed-evaluation (cons (list re) nil))
          (t (error "rx `regexp' form with non-string argument")))))

(defun rx--xlate-literal (body)
  "Translate (literal STRING)."
  (rx--one-arg 'literal body)
  (let ((s (car body)))
    (cond ((stringp s) (cons (list (regexp-quote s)) (if (= (length s) 1) t 'seq)))
          (rx--delayed-evaluation (cons (list (list 'regexp-quote s)) 'seq))
          (t (error "rx `literal' form with non-string argument")))))

(defun rx--xlate-form (form)
  "Translate the rx form FORM, a list."
  (let ((head (car form)) (body (cdr form)))
    (pcase head
      ((or 'seq : 'and 'sequence) (rx--seq body))
      ((or 'or '|) (rx--xlate-or body))
      ((or 'any 'in 'char) (rx--char-alt-from-args nil body))
      ('not-char (rx--char-alt-from-args t body))
      ('not (rx--xlate-not nil body))
      ('intersection (rx--intervals-alt nil (rx--set-intersection body)))
      ('repeat (rx--repeat-check 'repeat 2 body)
               (if (= (length body) 2)
                   (rx--counted (car body) (car body) (cdr body))
                 (rx--bounded 'repeat body)))
      ('= (rx--repeat-check '= 1 body) (rx--counted (car body) (car body) (cdr body)))
      ('>= (rx--repeat-check '>= 1 body) (rx--counted (car body) nil (cdr body)))
      ('** (rx--repeat-check '** 2 body) (rx--bounded '** body))
      ((or 'zero-or-more '0+) (rx--postfix "*" rx--greedy body))
      ((or 'one-or-more '1+) (rx--postfix "+" rx--greedy body))
      ((or 'zero-or-one 'opt 'optional) (rx--postfix "?" rx--greedy body))
      ('* (rx--postfix "*" t body))
      ('+ (rx--postfix "+" t body))
      ((or '\? ?\s) (rx--postfix "?" t body))
      ('*? (rx--postfix "*" nil body))
      ('+? (rx--postfix "+" nil body))
      ((or '\?? ??) (rx--postfix "?" nil body))
      ('minimal-match (let ((rx--greedy nil)) (rx--seq body)))
      ('maximal-match (let ((rx--greedy t)) (rx--seq body)))
      ((or 'group 'submatch) (cons (append (list "\\(") (car (rx--seq body)) (list "\\)")) t))
      ((or 'group-n 'submatch-n)
       (unless (and (integerp (car body)) (> (car body) 0))
         (error "rx `group-n' requires a positive number as first argument"))
       (cons (append (list (format "\\(?%d:" (car body))) (car (rx--seq (cdr body))) (list "\\)"))
             t))
      ('backref
       (unless (and (consp body) (null (cdr body)) (integerp (car body)) (<= 1 (car body) 9))
         (error "rx `backref' requires an argument in the range 1..9"))
       (cons (list "\\" (number-to-string (car body))) t))
      ('syntax (rx--xlate-syntax nil body))
      ('not-syntax (rx--xlate-syntax t body))
      ('category (rx--xlate-category nil body))
      ('literal (rx--xlate-literal body))
      ('eval (rx--xlate (rx--eval-arg body)))
      ((or 'regexp 'regex) (rx--xlate-regexp body))
      (_
       (cond
        ((not (symbolp head)) (error "Bad rx operator `%S'" head))
        ((let ((exp (rx--expand-user form))) (and exp (rx--xlate exp))))
        ((let ((entry (rx--constituent head t)))
           (and entry (rx--xlate-constituent-form (cdr entry) form))))
        (t (error "Unknown rx form `%s'" head)))))))

(defun rx--xlate (item)
  "Translate the rx item ITEM to (PIECES . PREC)."
  (cond
   ((stringp item) (rx--xlate-string item))
   ((characterp item) (cons (list (regexp-quote (string item))) t))
   ((symbolp item) (rx--xlate-symbol item))
   ((consp item) (rx--xlate-form item))
   (t (error "Bad rx expression: %S" item))))

;;;; Entry points

(defun rx-to-string (form &optional no-group)
  "Translate FORM from `rx' notation into a regexp string.
Unless NO-GROUP is non-nil, the result is put in a shy group when needed so
that a postfix operator applies to all of it.  `literal' and `regexp'
arguments must be strings here.  Definitions made with `rx-define' and
`rx-let-eval' are used."
  (let ((item (rx--xlate form)))
    (apply #'concat (if no-group (car item) (rx--unit item)))))

(defun rx--to-expr (form)
  "A Lisp expression that computes the regexp for the rx item FORM.
The result is a string unless `literal' or `regexp' forms take run-time values."
  (let ((rx--delayed-evaluation t)
        (parts nil) (strings nil))
    (dolist (p (car (rx--xlate form)))
      (if (stringp p)
          (push p strings)
        (when strings
          (let ((s (apply #'concat (nreverse strings))))
            (unless (equal s "") (push s parts)))
          (setq strings nil))
        (push p parts)))
    (when strings
      (let ((s (apply #'concat (nreverse strings))))
        (unless (equal s "") (push s parts))))
    (cond ((null parts) "")
          ((null (cdr parts)) (car parts))
          (t (cons 'concat (nreverse parts))))))

(defmacro rx (&rest regexps)
  "Translate REGEXPS, regexps in s-expression notation, to a regexp string.
The REGEXPS are matched in sequence.  Strings and characters match
themselves; (seq ...), (or ...), (any SET...), (not CHARSPEC),
\(intersection ...), repetition (* + ? *? +? ?? = >= ** repeat and their
long names), (group ...), (group-n N ...), (backref N), (syntax ...),
\(category ...), (literal EXPR), (regexp EXPR), (eval EXPR), the anchors
\(bol eol bos eos point word-start word-end symbol-start symbol-end
word-boundary ...), nonl, anychar, unmatchable and the character class
names are understood.  See Info node `(elisp) Rx Notation'.
`literal' and `regexp' may take expressions evaluated at run time.
\n(fn REGEXPS...)"
  (let ((rx--local-definitions (cdr (assq :rx-locals macroexpand-all-environment))))
    (rx--to-expr (cons 'seq regexps))))

(defun rx--binding (name tail)
  "The definition entry, (DEF) or (ARGS DEF), for NAME defined by TAIL, ([ARGS] DEF)."
  (unless (symbolp name) (error "Bad `rx' definition name: %S" name))
  (when (memq name rx--builtin-names) (error "Cannot redefine built-in rx name `%s'" name))
  (cond
   ((and (consp tail) (null (cdr tail))) (list (car tail)))
   ((and (consp tail) (consp (cdr tail)) (null (cddr tail)))
    (let ((args (car tail)))
      (unless (and (listp args) (let ((ok t)) (dolist (a args) (unless (symbolp a) (setq ok nil))) ok))
        (error "Bad argument list for `rx' definition %s: %S" name args))
      (list args (cadr tail))))
   (t (error "Bad `rx' definition of %s: %S" name tail))))

(defun rx--named-bindings (specs)
  "The definition alist for the `rx-let' binding SPECS, each (NAME [ARGS] RX)."
  (mapcar (lambda (spec)
            (unless (consp spec) (error "Bad `rx-let' binding: %S" spec))
            (cons (car spec) (rx--binding (car spec) (cdr spec))))
          specs))

(defmacro rx-let-eval (bindings &rest body)
  "Evaluate BODY with the rx definitions BINDINGS in effect for `rx-to-string'.
BINDINGS is evaluated; its value is a list of (NAME [ARGS] RX)."
  (declare (indent 1) (debug (form body)))
  `(let ((rx--local-definitions (append (rx--named-bindings ,bindings) rx--local-definitions)))
     ,@body))

(defmacro rx-let (bindings &rest body)
  "Evaluate BODY with the rx definitions BINDINGS, each (NAME [ARGS] RX), in effect
for the `rx' forms inside BODY (at macro-expansion time)."
  (declare (indent 1) (debug (sexp body)))
  (let* ((outer (cdr (assq :rx-locals macroexpand-all-environment)))
         (env (cons (cons :rx-locals (append (rx--named-bindings bindings) outer))
                    macroexpand-all-environment)))
    ;; Bound explicitly: nested `rx' calls read the environment from this variable.
    (let ((macroexpand-all-environment env))
      (macroexpand-all (cons 'progn body) env))))

(defmacro rx-define (name &rest definition)
  "Define NAME globally as an rx item: (rx-define NAME RX), or as an rx form
with parameters: (rx-define NAME (ARGS...) RX).  `&rest' parameters are
spliced in.
\n(fn NAME [(ARGS...)] RX)"
  (declare (indent defun))
  (let ((binding (rx--binding name definition)))
    ;; Defined already while the code around is macroexpanded, as GNU's `eval-and-compile' does: `rx'
    ;; forms after this one in the same function body are expanded before it runs.
    (put name 'rx-definition binding)
    `(progn (put ',name 'rx-definition ',binding) ',name)))

;;;; The `rx' pcase pattern

(defun rx--index (elt list)
  "The position of ELT in LIST (compared with `eq'), or nil."
  (let ((i 0) (found nil))
    (while (and list (not found))
      (if (eq (car list) elt) (setq found i) (setq i (1+ i) list (cdr list))))
    found))

(defun rx--pcase-rewrite (form)
  "FORM with (let VAR RX...) made into numbered groups and (backref VAR) into numbers.
The variables go into `rx--pcase-vars' in order of their first `let'."
  (cond
   ((and (eq (car-safe form) 'let) (consp (cdr form)))
    (let* ((name (cadr form))
           (pos (rx--index name rx--pcase-vars)))
      (unless pos
        (setq rx--pcase-vars (append rx--pcase-vars (list name)))
        (setq pos (1- (length rx--pcase-vars))))
      (list 'group-n (1+ pos) (rx--pcase-rewrite (cons 'seq (cddr form))))))
   ((and (eq (car-safe form) 'backref) (consp (cdr form)) (null (cddr form)) (symbolp (cadr form)))
    (let ((pos (rx--index (cadr form) rx--pcase-vars)))
      (unless pos
        (error "rx `backref' variable must be one of: %s"
               (mapconcat #'symbol-name (reverse rx--pcase-vars) " ")))
      (list 'backref (1+ pos))))
   ((and (consp form)
         (or (symbolp (car form)) (memq (car form) '(?\s ??)))
         (not (memq (car form) '(literal regexp regex eval))))
    (cons (car form) (mapcar #'rx--pcase-rewrite (cdr form))))
   (t form)))

(defun rx--pcase-macroexpander (&rest regexps)
  "The `rx' pcase pattern: (rx RX...) matches a string that `string-match'es the rx
REGEXPS.  Inside, (let VAR RX...) binds VAR to the text RX matched (or nil),
and (backref VAR) matches that same text again."
  (let* ((rx--pcase-vars nil)
         (re (rx--to-expr (rx--pcase-rewrite (cons 'seq regexps))))
         (vars rx--pcase-vars)
         (s (make-symbol "s")))
    (if (null vars)
        `(and (pred stringp) (pred (string-match ,re)))
      (let ((i 0) (subpats nil))
        (dolist (v vars)
          (push `(app (nth ,i) ,v) subpats)
          (setq i (1+ i)))
        `(and (pred stringp)
              (app (lambda (,s)
                     (and (string-match ,re ,s)
                          (list ,@(let ((n 0)) (mapcar (lambda (_) (setq n (1+ n)) `(match-string ,n ,s))
                                                       vars)))))
                   (and (pred consp) ,@(nreverse subpats))))))))

(put 'rx 'pcase-macroexpander #'rx--pcase-macroexpander)

(define-obsolete-function-alias 'rx-submatch-n 'rx-to-string "27.1")

(provide 'rx)

;;; rx.el ends here
