;;; cl-extra.el --- Common Lisp features, part 3 (GNU: lisp/emacs-lisp/cl-extra.el)  -*- lexical-binding: t -*-
;; Written for tsmacs: type coercion, equalp, the mapping functions, CL number functions,
;; subsequences, property lists.

(defun cl-coerce (x type)
  "Coerce OBJECT to type TYPE.
TYPE is a Common Lisp type specifier.
\n(fn OBJECT TYPE)"
  (cond ((eq type 'list) (if (listp x) x (append x nil)))
        ((eq type 'vector) (if (vectorp x) x (vconcat x)))
        ((eq type 'bool-vector) (if (bool-vector-p x) x (apply #'bool-vector (cl-coerce x 'list))))
        ((eq type 'string) (if (stringp x) x (concat x)))
        ((eq type 'array) (if (arrayp x) x (vconcat x)))
        ((and (eq type 'character) (stringp x) (= (length x) 1)) (aref x 0))
        ((and (eq type 'character) (symbolp x)) (cl-coerce (symbol-name x) type))
        ((eq type 'float) (float x))
        ((cl-typep x type) x)
        (t (error "Can't coerce %s to type %s" x type))))

(defun cl-equalp (x y)
  "Return t if two Lisp objects have similar structures and contents.
This is like `equal', except that it accepts numerically equal
numbers of different types (float vs. integer), and also compares
strings case-insensitively."
  (cond ((eq x y) t)
        ((stringp x)
         (and (stringp y) (= (length x) (length y))
              (or (string-equal x y) (string-equal (downcase x) (downcase y)))))
        ((numberp x) (and (numberp y) (= x y)))
        ((consp x)
         (while (and (consp x) (consp y) (cl-equalp (car x) (car y)))
           (setq x (cdr x) y (cdr y)))
         (and (not (consp x)) (cl-equalp x y)))
        ((vectorp x)
         (and (vectorp y) (= (length x) (length y))
              (let ((i (length x)))
                (while (and (>= (setq i (1- i)) 0) (cl-equalp (aref x i) (aref y i))))
                (< i 0))))
        (t (equal x y))))

;;; Mapping

(defun cl--mapcar-many (func seqs &optional acc)
  "Call FUNC on the parallel elements of SEQS until the shortest ends; collect the values when ACC."
  (let* ((n (apply #'min (mapcar #'length seqs)))
         (cursors (mapcar (lambda (s) (if (listp s) s nil)) seqs))
         (res nil) (i 0))
    (while (< i n)
      (let ((args nil) (c cursors) (s seqs))
        (while s
          (setq args (cons (if (listp (car s)) (car (car c)) (aref (car s) i)) args))
          (if (listp (car s)) (setcar c (cdr (car c))))
          (setq s (cdr s) c (cdr c)))
        (let ((v (apply func (nreverse args))))
          (if acc (setq res (cons v res)))))
      (setq i (1+ i)))
    (and acc (nreverse res))))

(defun cl-map (type func seq &rest rest)
  "Map a FUNCTION across one or more SEQUENCEs.
TYPE is the sequence type to return.
\n(fn TYPE FUNCTION SEQUENCE...)"
  (let ((res (apply #'cl-mapcar func seq rest)))
    (and type (cl-coerce res type))))

(defun cl-maplist (func list &rest rest)
  "Map FUNCTION to each sublist of LIST or LISTs.
Like `cl-mapcar', except applies to lists and their cdr's rather than to
the elements themselves.
\n(fn FUNCTION LIST...)"
  (if rest
      (let ((res nil) (args (cons list (copy-sequence rest))))
        (while (not (memq nil args))
          (setq res (cons (apply func args) res))
          (let ((p args)) (while p (setcar p (cdr (car p))) (setq p (cdr p)))))
        (nreverse res))
    (let ((res nil))
      (while list
        (setq res (cons (funcall func list) res) list (cdr list)))
      (nreverse res))))

(defun cl-mapc (func seq &rest rest)
  "Like `cl-mapcar', but does not accumulate values returned by the function.
\n(fn FUNCTION SEQUENCE...)"
  (if rest
      (if (or (cdr rest) (nlistp seq) (nlistp (car rest)))
          (progn (cl--mapcar-many func (cons seq rest)) seq)
        (let ((x seq) (y (car rest)))
          (while (and x y) (funcall func (car x) (car y)) (setq x (cdr x) y (cdr y)))
          seq))
    (mapc func seq)))

(defun cl-mapl (func list &rest rest)
  "Like `cl-maplist', but does not accumulate values returned by the function.
\n(fn FUNCTION LIST...)"
  (if rest
      (apply #'cl-maplist func list rest)
    (let ((p list))
      (while p (funcall func p) (setq p (cdr p)))))
  list)

(defun cl-mapcan (func seq &rest rest)
  "Like `cl-mapcar', but nconc's together the values returned by the function.
\n(fn FUNCTION SEQUENCE...)"
  (if rest
      (apply #'nconc (apply #'cl-mapcar func seq rest))
    (mapcan func seq)))

(defun cl-mapcon (func list &rest rest)
  "Like `cl-maplist', but nconc's together the values returned by the function.
\n(fn FUNCTION LIST...)"
  (apply #'nconc (apply #'cl-maplist func list rest)))

(defun cl-some (pred seq &rest rest)
  "Say whether PREDICATE is true for any element in the SEQ sequences.
More specifically, the return value of this function will be the
same as the first return value of PREDICATE where PREDICATE has a
non-nil value.
\n(fn PREDICATE SEQ...)"
  (if (or rest (nlistp seq))
      (catch 'cl--some
        (apply #'cl-map nil (lambda (&rest x) (let ((res (apply pred x))) (if res (throw 'cl--some res))))
               seq rest)
        nil)
    (let ((x nil))
      (while (and seq (not (setq x (funcall pred (car seq))))) (setq seq (cdr seq)))
      x)))

(defun cl-every (pred seq &rest rest)
  "Return true if PREDICATE is true of every element of SEQ or SEQs.
\n(fn PREDICATE SEQ...)"
  (if (or rest (nlistp seq))
      (catch 'cl--every
        (apply #'cl-map nil (lambda (&rest x) (or (apply pred x) (throw 'cl--every nil))) seq rest)
        t)
    (while (and seq (funcall pred (car seq))) (setq seq (cdr seq)))
    (null seq)))

(defun cl-notany (pred seq &rest rest)
  "Return true if PREDICATE is false of every element of SEQ or SEQs.
\n(fn PREDICATE SEQ...)"
  (not (apply #'cl-some pred seq rest)))

(defun cl-notevery (pred seq &rest rest)
  "Return true if PREDICATE is false of some element of SEQ or SEQs.
\n(fn PREDICATE SEQ...)"
  (not (apply #'cl-every pred seq rest)))

;;; Numbers

(defun cl-gcd (&rest args)
  "Return the greatest common divisor of the arguments."
  (let ((a (abs (or (car args) 0))) (rest (cdr args)))
    (while rest
      (let ((b (abs (car rest))))
        (while (> b 0) (setq b (% a (setq a b))))
        (setq rest (cdr rest))))
    a))

(defun cl-lcm (&rest args)
  "Return the least common multiple of the arguments."
  (if (memq 0 args) 0
    (let ((a (abs (or (car args) 1))) (rest (cdr args)))
      (while rest
        (let ((b (abs (car rest))))
          (setq a (* (/ a (cl-gcd a b)) b) rest (cdr rest))))
      a)))

(defun cl-isqrt (x)
  "Return the integer square root of the (integer) argument X."
  (if (and (integerp x) (> x 0))
      (let ((g (cond ((<= x 100) 10) ((<= x 10000) 100) ((<= x 1000000) 1000) (t x)))
            g2)
        (while (< (setq g2 (/ (+ g (/ x g)) 2)) g) (setq g g2))
        g)
    (if (eq x 0) 0 (signal 'arith-error nil))))

(defun cl-floor (x &optional y)
  "Return a list of the floor of X and the fractional part of X.
With two arguments, return floor and remainder of their quotient."
  (let ((q (floor x y)))
    (list q (- x (if y (* y q) q)))))

(defun cl-ceiling (x &optional y)
  "Return a list of the ceiling of X and the fractional part of X.
With two arguments, return ceiling and remainder of their quotient."
  (let ((res (cl-floor x y)))
    (if (= (cadr res) 0) res
      (list (1+ (car res)) (- (cadr res) (or y 1))))))

(defun cl-truncate (x &optional y)
  "Return a list of the integer part of X and the fractional part of X.
With two arguments, return truncation and remainder of their quotient."
  (if (eq (>= x 0) (or (null y) (>= y 0)))
      (cl-floor x y) (cl-ceiling x y)))

(defun cl-round (x &optional y)
  "Return a list of X rounded to the nearest integer and the remainder.
With two arguments, return rounding and remainder of their quotient."
  (if y
      (if (and (integerp x) (integerp y))
          (let* ((hy (/ y 2))
                 (res (cl-floor (+ x hy) y)))
            ;; Halfway cases round to even.
            (if (and (= (cadr res) 0) (= (+ hy hy) y) (/= (% (car res) 2) 0))
                (list (1- (car res)) hy)
              (list (car res) (- (cadr res) hy))))
        (let ((q (round (/ x y))))
          (list q (- x (* q y)))))
    (if (integerp x) (list x 0)
      (let ((q (round x)))
        (list q (- x q))))))

(defun cl-mod (x y)
  "The remainder of floor division of X by Y."
  (nth 1 (cl-floor x y)))

(defun cl-rem (x y)
  "The remainder of truncating division of X by Y."
  (nth 1 (cl-truncate x y)))

(defun cl-signum (x)
  "Return 1 if X is positive, -1 if negative, 0 if zero."
  (cond ((> x 0) 1) ((< x 0) -1) (t 0)))

(defun cl-parse-integer (string &rest keys)
  "Parse integer from the substring of STRING from START to END.
STRING may be surrounded by whitespace chars (chars with syntax ` ').
Other non-digit chars are considered junk.
RADIX is an integer between 2 and 36, the default is 10.  Signal
an error if the substring between START and END cannot be parsed
as an integer unless JUNK-ALLOWED is non-nil.
\n(fn STRING &key START END RADIX JUNK-ALLOWED)"
  (cl--with-keys keys ((start :start 0) (end :end) (radix :radix 10) (junk-allowed :junk-allowed))
    (cl-check-type string string)
    (let* ((end (or end (length string)))
           (i start)
           (space-p (lambda (c) (memq c '(?\s ?\t ?\n ?\r ?\f))))
           (sign 1) (sum nil))
      (while (and (< i end) (funcall space-p (aref string i))) (setq i (1+ i)))
      (cond ((and (< i end) (eq (aref string i) ?+)) (setq i (1+ i)))
            ((and (< i end) (eq (aref string i) ?-)) (setq sign -1 i (1+ i))))
      (let (digit)
        (while (and (< i end) (setq digit (cl-digit-char-p (aref string i) radix)))
          (setq sum (+ (* (or sum 0) radix) digit) i (1+ i))))
      (while (and (< i end) (funcall space-p (aref string i))) (setq i (1+ i)))
      (cond ((and junk-allowed (null sum)) sum)
            (junk-allowed (* sign sum))
            ((or (/= i end) (null sum))
             (error "Not an integer string: `%s'" string))
            (t (* sign sum))))))

;;; Random numbers: a lagged additive generator over a 55-element state, as in GNU.

(defun cl--random-state-vec (seed)
  "A fresh generator state vector seeded with the integer SEED."
  (let ((vec (make-vector 55 nil)) (i 0) (j (logand (abs seed) #xffffff)) (k 1))
    (aset vec 0 j)
    (setq i 1)
    (while (< i 55)
      (let ((idx (% (* 21 i) 55)))
        (aset vec idx k)
        (setq k (logand (- j k) #xffffff) j (aref vec idx)))
      (setq i (1+ i)))
    (record 'cl--random-state -1 30 vec)))

(defvar cl--random-state (cl--random-state-vec (logand (floor (float-time)) #xffffff)))

(defun cl-random-state-p (object)
  "Return non-nil if OBJECT is a random-state object."
  (and (recordp object) (eq (aref object 0) 'cl--random-state)))

(defun cl-make-random-state (&optional state)
  "Return a copy of random-state STATE, or of the internal state if omitted.
If STATE is t, return a new state object seeded from the time of day."
  (cond ((null state) (cl-make-random-state cl--random-state))
        ((cl-random-state-p state)
         (let ((copy (copy-sequence state))) (aset copy 3 (copy-sequence (aref state 3))) copy))
        ((integerp state) (cl--random-state-vec state))
        (t (cl--random-state-vec (logand (floor (* 1000 (float-time))) #xffffff)))))

(defun cl-random (lim &optional state)
  "Return a pseudo-random nonnegative number less than LIM, an integer or float.
Optional second arg STATE is a random-state object."
  (or state (setq state cl--random-state))
  (let* ((vec (aref state 3))
         (i (aset state 1 (% (1+ (aref state 1)) 55)))
         (j (aset state 2 (% (1+ (aref state 2)) 55)))
         (n (aset vec i (logand #x7fffff (- (aref vec i) (aref vec j))))))
    (if (integerp lim)
        (if (<= lim 512) (% n lim)
          (if (> lim 8388607) (setq n (+ (ash n 9) (cl-random 512 state))))
          (let ((mask 1023))
            (while (< mask (1- lim)) (setq mask (1+ (+ mask mask))))
            (if (< (setq n (logand n mask)) lim) n (cl-random lim state))))
      (* (/ n '8388608e0) lim))))

(defun cl-float-limits ()
  "Initialize the Common Lisp floating-point parameters (they are constants here)."
  nil)

;;; Sequences

(defun cl-subseq (seq start &optional end)
  "Return the subsequence of SEQ from START to END.
If END is omitted, it defaults to the length of the sequence.
If START or END is negative, it counts from the end.
Signal an error if START or END are outside of the sequence (i.e
too large if positive or too small if negative)."
  (cond
   ((or (stringp seq) (vectorp seq)) (substring seq start end))
   ((listp seq)
    (let ((len nil) (errtext (format "Bad bounding indices: %s, %s" start end)))
      (when (and end (< end 0)) (setq end (+ end (setq len (length seq)))))
      (when (< start 0) (setq start (+ start (or len (setq len (length seq))))))
      (unless (>= start 0) (error "%s" errtext))
      (when (> start 0)
        (setq seq (nthcdr (1- start) seq))
        (or seq (error "%s" errtext))
        (setq seq (cdr seq)))
      (if end
          (let ((res nil) (n (- end start)))
            (while (and (> n 0) seq)
              (setq res (cons (car seq) res) seq (cdr seq) n (1- n)))
            (unless (= n 0) (error "%s" errtext))
            (nreverse res))
        (copy-sequence seq))))
   (t (error "Unsupported sequence: %s" seq))))

(gv-define-setter cl-subseq (new seq start &optional end)
  (macroexp-let2 nil new new
    `(progn (cl-replace ,seq ,new :start1 ,start :end1 ,end) ,new)))

(defun cl-concatenate (type &rest sequences)
  "Concatenate, into a sequence of type TYPE, the argument SEQUENCEs.
\n(fn TYPE SEQUENCE...)"
  (pcase type
    ('vector (apply #'vconcat sequences))
    ('string (apply #'concat sequences))
    ('list (apply #'append (append sequences '(nil))))
    (_ (error "Not a sequence type name: %S" type))))

(defun cl-revappend (x y)
  "Equivalent to (append (reverse X) Y)."
  (nconc (reverse x) y))

(defun cl-nreconc (x y)
  "Equivalent to (nconc (nreverse X) Y)."
  (nconc (nreverse x) y))

(defun cl-list-length (x)
  "Return the length of list X.  Return nil if list is circular."
  (cl-check-type x list)
  (condition-case nil (length x) (circular-list nil)))

(defun cl-tailp (sublist list)
  "Return true if SUBLIST is a tail of LIST."
  (while (and (consp list) (not (eq sublist list)))
    (setq list (cdr list)))
  (if (numberp sublist) (equal sublist list) (eq sublist list)))

;;; Property lists

(defun cl-get (sym tag &optional def)
  "Return the value of SYMBOL's PROPNAME property, or DEFAULT if none.
\n(fn SYMBOL PROPNAME &optional DEFAULT)"
  (or (get sym tag)
      (and def
           (let ((plist (symbol-plist sym)))
             (while (and plist (not (eq (car plist) tag))) (setq plist (cdr (cdr plist))))
             (if plist (car (cdr plist)) def)))))
(gv-define-setter cl-get (store sym tag &optional def)
  (ignore def)
  `(put ,sym ,tag ,store))

(defun cl-getf (plist tag &optional def)
  "Search PROPLIST for property PROPNAME; return its value or DEFAULT.
PROPLIST is a list of the sort returned by `symbol-plist'.
\n(fn PROPLIST PROPNAME &optional DEFAULT)"
  (let ((val-tail (cdr (plist-member plist tag))))
    (if val-tail (car val-tail) def)))

(gv-define-expander cl-getf
  (lambda (do plist tag &optional def)
    (gv-letplace (getter setter) plist
      (macroexp-let2* nil ((k tag) (d def))
        (funcall do `(cl-getf ,getter ,k ,d)
                 (lambda (v)
                   (macroexp-let2 nil val v
                     `(progn ,(funcall setter `(cl--set-getf ,getter ,k ,val)) ,val))))))))

(defun cl--set-getf (plist tag val)
  "PLIST with TAG's value set to VAL (destructively if TAG is present)."
  (let ((val-tail (cdr (plist-member plist tag))))
    (if val-tail (progn (setcar val-tail val) plist)
      (cl-list* tag val plist))))

(defun cl--do-remf (plist tag)
  "Remove TAG (not at the head) from PLIST; non-nil if it was there."
  (let ((p (cdr plist)))
    (while (and (cdr p) (not (eq (car (cdr p)) tag))) (setq p (cdr (cdr p))))
    (and (cdr p) (progn (setcdr p (cdr (cdr (cdr p)))) t))))

(defun cl-remprop (sym tag)
  "Remove from SYMBOL's plist the property PROPNAME and its value.
\n(fn SYMBOL PROPNAME)"
  (let ((plist (symbol-plist sym)))
    (if (and plist (eq tag (car plist)))
        (progn (setplist sym (cdr (cdr plist))) t)
      (cl--do-remf plist tag))))

;;; Printing

(defun cl-fresh-line ()
  "Output a newline unless already at the beginning of a line."
  (terpri nil t))

(defun cl-prettyexpand (form &optional _full)
  "Expand macros in FORM and insert the pretty-printed result."
  (macroexpand-all form))

;;; Mapping over keymaps and overlays (used by `cl-loop')

(defun cl--map-keymap-recursively (func map &optional base)
  "Call FUNC with the key sequence and binding of every non-prefix key of MAP.
Prefix keys are descended into.  As in GNU, the key sequence vector is reused
from call to call, so FUNC must copy it to keep it.  BASE is the prefix so far."
  (unless base (setq base (vector 0)))
  (map-keymap
   (lambda (key binding)
     (aset base (1- (length base)) key)
     (if (keymapp binding)
         (cl--map-keymap-recursively func binding (vconcat base [0]))
       (funcall func base binding)))
   map))

(defun cl--loop-key-seq (entry)
  "ENTRY's key vector with the contents it had when `cl--map-keymap-recursively' passed it.
ENTRY is (SNAPSHOT . VECTOR), as `cl-loop''s key-seqs clause collects them."
  (let ((snapshot (car entry)) (vec (cdr entry)))
    (dotimes (i (length snapshot)) (aset vec i (aref snapshot i)))
    vec))

(defun cl--map-overlays (func &optional buffer start end arg)
  "Call FUNC with each overlay of BUFFER (default current) and ARG, until it returns non-nil.
With START and END, only overlays that overlap that region count."
  (unless buffer (setq buffer (current-buffer)))
  (let (overlays)
    (with-current-buffer buffer
      (setq overlays (overlay-lists))
      ;; Markers, so that FUNC may edit the buffer.
      (when start (setq start (copy-marker start)))
      (when end (setq end (copy-marker end))))
    (setq overlays (nconc (car overlays) (cdr overlays)))
    (while (and overlays
                (or (not (overlay-start (car overlays)))
                    (and end (>= (overlay-start (car overlays)) end))
                    (and start (<= (overlay-end (car overlays)) start))
                    (not (funcall func (car overlays) arg))))
      (setq overlays (cdr overlays)))
    (when start (set-marker start nil))
    (when end (set-marker end nil))))

(provide 'cl-extra)
;;; cl-extra.el ends here
