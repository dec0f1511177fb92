;;; cl-seq.el --- Common Lisp sequence functions (GNU: lisp/emacs-lisp/cl-seq.el)  -*- lexical-binding: t -*-
;; Written for tsmacs.  Each function parses its keyword arguments once, turns :test/:test-not/:key
;; (or :if/:if-not) into one matching closure, and hands it to a small engine per operation
;; (position, removal, substitution...).  Results follow GNU 28, including its choices such as
;; honouring :from-end with :count only when COUNT is below half the length.

(defun cl--check-keys (keys allowed)
  "Signal an error if KEYS has a keyword outside ALLOWED, unless :allow-other-keys is set."
  (let ((k keys))
    (while k
      (unless (or (memq (car k) allowed) (eq (car k) :allow-other-keys)
                  (car (cdr (memq :allow-other-keys keys))))
        (error "Bad keyword argument %s" (car k)))
      (setq k (cdr (cdr k))))))

(defmacro cl--with-keys (keys specs &rest body)
  "Bind the variables of SPECS, each (VAR KEYWORD [DEFAULT]), from the keyword list KEYS.
Unknown keywords in KEYS signal an error."
  (declare (indent 2))
  `(let* ,(mapcar (lambda (s)
                    (list (car s) (if (nth 2 s)
                                      `(or (plist-get ,keys ,(nth 1 s)) ,(nth 2 s))
                                    `(plist-get ,keys ,(nth 1 s)))))
                  specs)
     (if ,keys (cl--check-keys ,keys ',(mapcar #'cadr specs)))
     ,@body))

(defun cl--matcher (item test test-not key if if-not)
  "A function of one sequence element, non-nil when it matches.
ITEM is compared with TEST (or TEST-NOT, default `eql') to the element's KEY;
IF and IF-NOT are predicates on the element's KEY instead."
  (cond
   (test (if key (lambda (x) (funcall test item (funcall key x))) (lambda (x) (funcall test item x))))
   (test-not (lambda (x) (not (funcall test-not item (if key (funcall key x) x)))))
   (if (if key (lambda (x) (funcall if (funcall key x))) if))
   (if-not (lambda (x) (not (funcall if-not (if key (funcall key x) x)))))
   (key (lambda (x) (eql item (funcall key x))))
   ((or (symbolp item) (fixnump item)) (lambda (x) (eq item x)))
   (t (lambda (x) (eql item x)))))

(defmacro cl--with-matcher (item keys extra &rest body)
  "Bind `match' to the matcher of ITEM under the keyword list KEYS, plus EXTRA key specs."
  (declare (indent 3))
  `(cl--with-keys ,keys ((test :test) (test-not :test-not) (key :key) (if :if) (if-not :if-not) ,@extra)
     (let ((match (cl--matcher ,item test test-not key if if-not)))
       ,@body)))

;;; Engines

(defun cl--position-m (match seq start end from-end)
  "Index of the first (last, if FROM-END) element of SEQ in [START, END) satisfying MATCH."
  (if (listp seq)
      (let ((p (nthcdr start seq)) (i start) (res nil))
        (while (and p (or (null end) (< i end)) (or from-end (null res)))
          (if (funcall match (car p)) (setq res i))
          (setq p (cdr p) i (1+ i)))
        res)
    (let ((end (or end (length seq))) (res nil))
      (if from-end
          (while (and (null res) (> end start))
            (setq end (1- end))
            (if (funcall match (aref seq end)) (setq res end)))
        (while (and (null res) (< start end))
          (if (funcall match (aref seq start)) (setq res start))
          (setq start (1+ start))))
      res)))

(defun cl--remove-indices (match seq start end count from-end)
  "Ascending indices of the elements of SEQ that a removal with these parameters deletes."
  (let ((res nil) (len (length seq)))
    (setq end (min (or end len) len))
    (if from-end
        (let ((i (1- end)))
          (while (and (>= i start) (> count 0))
            (when (funcall match (elt seq i)) (setq res (cons i res) count (1- count)))
            (setq i (1- i)))
          res)
      (if (listp seq)
          (let ((p (nthcdr start seq)) (i start))
            (while (and p (< i end) (> count 0))
              (when (funcall match (car p)) (setq res (cons i res) count (1- count)))
              (setq p (cdr p) i (1+ i))))
        (let ((i start))
          (while (and (< i end) (> count 0))
            (when (funcall match (aref seq i)) (setq res (cons i res) count (1- count)))
            (setq i (1+ i)))))
      (nreverse res))))

(defun cl--remove-m (match seq start end count from-end destructive)
  "Remove the elements of SEQ satisfying MATCH, per START END COUNT FROM-END.
With DESTRUCTIVE, lists are modified in place."
  (let ((len (length seq)))
    (setq count (or count len))
    (cond
     ((<= count 0) seq)
     ;; The common case: remove every match of a whole list.
     ((and (listp seq) (= start 0) (null end) (>= count len))
      (if destructive
          (progn
            (while (and seq (funcall match (car seq))) (setq seq (cdr seq)))
            (let ((p seq))
              (while (cdr p)
                (if (funcall match (cadr p)) (setcdr p (cddr p)) (setq p (cdr p)))))
            seq)
        (let ((res nil) (found nil) (p seq))
          (while p
            (if (funcall match (car p)) (setq found t) (setq res (cons (car p) res)))
            (setq p (cdr p)))
          (if found (nreverse res) seq))))
     (t
      (let ((idx (cl--remove-indices match seq start end count (and from-end (< count (/ len 2))))))
        (cond
         ((null idx) seq)
         ((listp seq)
          (if destructive
              (let ((i 0) (p seq) (prev nil) (head seq))
                (while idx
                  (if (= i (car idx))
                      (progn (if prev (setcdr prev (cdr p)) (setq head (cdr p)))
                             (setq idx (cdr idx)))
                    (setq prev p))
                  (setq p (cdr p) i (1+ i)))
                head)
            (let ((i 0) (p seq) (res nil))
              (while idx
                (if (= i (car idx)) (setq idx (cdr idx)) (setq res (cons (car p) res)))
                (setq p (cdr p) i (1+ i)))
              ;; The tail after the last removed element is shared.
              (nconc (nreverse res) p))))
         (t
          (let ((i 0) (res nil))
            (while (< i len)
              (if (and idx (= i (car idx))) (setq idx (cdr idx)) (setq res (cons (aref seq i) res)))
              (setq i (1+ i)))
            (if (stringp seq) (concat (nreverse res)) (vconcat (nreverse res)))))))))))

(defun cl--nsubstitute-m (new match seq start end count from-end)
  "Replace by NEW, in place, the elements of SEQ satisfying MATCH."
  (let ((len (length seq)))
    (if (null count) (setq count len from-end nil))
    (when (> count 0)
      (if (and (listp seq) (or (not from-end) (> count (/ len 2))))
          (let ((p (nthcdr start seq)) (n (- (or end len) start)))
            (while (and p (> n 0) (> count 0))
              (when (funcall match (car p)) (setcar p new) (setq count (1- count)))
              (setq p (cdr p) n (1- n))))
        (setq end (or end len))
        (if from-end
            (while (and (< start end) (> count 0))
              (setq end (1- end))
              (when (funcall match (elt seq end)) (setf (elt seq end) new) (setq count (1- count))))
          (while (and (< start end) (> count 0))
            (when (funcall match (aref seq start)) (aset seq start new) (setq count (1- count)))
            (setq start (1+ start))))))
    seq))

(defun cl--substitute-m (new match seq start end count from-end)
  "Like `cl--nsubstitute-m' on a copy of SEQ, made only if something matches."
  (if (and count (<= count 0)) seq
    (if (cl--position-m match seq start end nil)
        (cl--nsubstitute-m new match (copy-sequence seq) start end count from-end)
      seq)))

(defun cl--count-m (match seq start end)
  "Number of elements of SEQ in [START, END) satisfying MATCH."
  (let ((n 0))
    (if (listp seq)
        (let ((p (nthcdr start seq)) (i start))
          (while (and p (or (null end) (< i end)))
            (if (funcall match (car p)) (setq n (1+ n)))
            (setq p (cdr p) i (1+ i))))
      (let ((end (or end (length seq))))
        (while (< start end)
          (if (funcall match (aref seq start)) (setq n (1+ n)))
          (setq start (1+ start)))))
    n))

;;; Removal

(defconst cl--remove-keys '((count :count) (from-end :from-end) (start :start 0) (end :end)))

(defun cl-remove (item seq &rest keys)
  "Remove all occurrences of ITEM in SEQ.
This is a non-destructive function; it makes a copy of SEQ if necessary
to avoid corrupting the original SEQ.
\nKeywords supported:  :test :test-not :key :count :start :end :from-end
\n(fn ITEM SEQ [KEYWORD VALUE]...)"
  (cl--with-matcher item keys ((count :count) (from-end :from-end) (start :start 0) (end :end))
    (cl--remove-m match seq start end count from-end nil)))

(defun cl-remove-if (pred seq &rest keys)
  "Remove all items satisfying PREDICATE in SEQ.
This is a non-destructive function; it makes a copy of SEQ if necessary
to avoid corrupting the original SEQ.
\nKeywords supported:  :key :count :start :end :from-end
\n(fn PREDICATE SEQ [KEYWORD VALUE]...)"
  (if (null keys) (cl--remove-m pred seq 0 nil nil nil nil)
    (apply #'cl-remove nil seq :if pred keys)))

(defun cl-remove-if-not (pred seq &rest keys)
  "Remove all items not satisfying PREDICATE in SEQ.
This is a non-destructive function; it makes a copy of SEQ if necessary
to avoid corrupting the original SEQ.
\nKeywords supported:  :key :count :start :end :from-end
\n(fn PREDICATE SEQ [KEYWORD VALUE]...)"
  (if (null keys) (cl--remove-m (lambda (x) (not (funcall pred x))) seq 0 nil nil nil nil)
    (apply #'cl-remove nil seq :if-not pred keys)))

(defun cl-delete (item seq &rest keys)
  "Remove all occurrences of ITEM in SEQ.
This is a destructive function; it reuses the storage of SEQ whenever possible.
\nKeywords supported:  :test :test-not :key :count :start :end :from-end
\n(fn ITEM SEQ [KEYWORD VALUE]...)"
  (cl--with-matcher item keys ((count :count) (from-end :from-end) (start :start 0) (end :end))
    (cl--remove-m match seq start end count from-end t)))

(defun cl-delete-if (pred seq &rest keys)
  "Remove all items satisfying PREDICATE in SEQ.
This is a destructive function; it reuses the storage of SEQ whenever possible.
\nKeywords supported:  :key :count :start :end :from-end
\n(fn PREDICATE SEQ [KEYWORD VALUE]...)"
  (apply #'cl-delete nil seq :if pred keys))

(defun cl-delete-if-not (pred seq &rest keys)
  "Remove all items not satisfying PREDICATE in SEQ.
This is a destructive function; it reuses the storage of SEQ whenever possible.
\nKeywords supported:  :key :count :start :end :from-end
\n(fn PREDICATE SEQ [KEYWORD VALUE]...)"
  (apply #'cl-delete nil seq :if-not pred keys))

(defun cl--delete-duplicates (seq keys copy)
  "Remove duplicate elements of SEQ (a copy first if COPY), per the keyword list KEYS."
  (cl--with-keys keys ((test :test) (test-not :test-not) (key :key) (start :start 0) (end :end)
                       (from-end :from-end) (_if :if))
    (if (not (listp seq))
        (let ((res (cl--delete-duplicates (append seq nil) keys nil)))
          (if (stringp seq) (concat res) (vconcat res)))
      (let* ((len (length seq))
             (end (min (or end len) len))
             (same (lambda (a b)
                     (let ((ka (if key (funcall key a) a)) (kb (if key (funcall key b) b)))
                       (cond (test (funcall test ka kb))
                             (test-not (not (funcall test-not ka kb)))
                             (t (eql ka kb))))))
             (elts (nthcdr start seq))
             (n (- end start))
             (range nil)
             (i 0))
        (while (and elts (< i n)) (setq range (cons (car elts) range) elts (cdr elts) i (1+ i)))
        (setq range (nreverse range))
        ;; Decide which positions of the range survive.
        (let ((kept nil) (dropped nil) (r range))
          (if from-end
              (while r
                (let ((x (car r)))
                  (if (let ((found nil) (k kept)) (while (and k (not found)) (setq found (funcall same (car k) x) k (cdr k))) found)
                      (setq dropped t)
                    (setq kept (cons x kept))))
                (setq r (cdr r)))
            (while r
              (let ((x (car r)))
                (if (let ((found nil) (k (cdr r))) (while (and k (not found)) (setq found (funcall same x (car k)) k (cdr k))) found)
                    (setq dropped t)
                  (setq kept (cons x kept))))
              (setq r (cdr r))))
          (if (not dropped) seq
            (let ((prefix (cl-subseq seq 0 start)))
              (if copy
                  (append prefix (nreverse kept) (copy-sequence (nthcdr end seq)))
                (nconc prefix (nreverse kept) (nthcdr end seq))))))))))

(defun cl-remove-duplicates (seq &rest keys)
  "Return a copy of SEQ with all duplicate elements removed.
\nKeywords supported:  :test :test-not :key :start :end :from-end
\n(fn SEQ [KEYWORD VALUE]...)"
  (cl--delete-duplicates seq keys t))

(defun cl-delete-duplicates (seq &rest keys)
  "Remove all duplicate elements from SEQ (destructively).
\nKeywords supported:  :test :test-not :key :start :end :from-end
\n(fn SEQ [KEYWORD VALUE]...)"
  (cl--delete-duplicates seq keys nil))

;;; Substitution

(defun cl-substitute (new old seq &rest keys)
  "Substitute NEW for OLD in SEQ.
This is a non-destructive function; it makes a copy of SEQ if necessary
to avoid corrupting the original SEQ.
\nKeywords supported:  :test :test-not :key :count :start :end :from-end
\n(fn NEW OLD SEQ [KEYWORD VALUE]...)"
  (cl--with-matcher old keys ((count :count) (from-end :from-end) (start :start 0) (end :end))
    (if (eq old new) seq (cl--substitute-m new match seq start end count from-end))))

(defun cl-substitute-if (new pred seq &rest keys)
  "Substitute NEW for all items satisfying PREDICATE in SEQ.
This is a non-destructive function; it makes a copy of SEQ if necessary
to avoid corrupting the original SEQ.
\nKeywords supported:  :key :count :start :end :from-end
\n(fn NEW PREDICATE SEQ [KEYWORD VALUE]...)"
  (apply #'cl-substitute new nil seq :if pred keys))

(defun cl-substitute-if-not (new pred seq &rest keys)
  "Substitute NEW for all items not satisfying PREDICATE in SEQ.
This is a non-destructive function; it makes a copy of SEQ if necessary
to avoid corrupting the original SEQ.
\nKeywords supported:  :key :count :start :end :from-end
\n(fn NEW PREDICATE SEQ [KEYWORD VALUE]...)"
  (apply #'cl-substitute new nil seq :if-not pred keys))

(defun cl-nsubstitute (new old seq &rest keys)
  "Substitute NEW for OLD in SEQ.
This is a destructive function; it reuses the storage of SEQ whenever possible.
\nKeywords supported:  :test :test-not :key :count :start :end :from-end
\n(fn NEW OLD SEQ [KEYWORD VALUE]...)"
  (cl--with-matcher old keys ((count :count) (from-end :from-end) (start :start 0) (end :end))
    (if (eq old new) seq (cl--nsubstitute-m new match seq start end count from-end))))

(defun cl-nsubstitute-if (new pred seq &rest keys)
  "Substitute NEW for all items satisfying PREDICATE in SEQ.
This is a destructive function; it reuses the storage of SEQ whenever possible.
\nKeywords supported:  :key :count :start :end :from-end
\n(fn NEW PREDICATE SEQ [KEYWORD VALUE]...)"
  (apply #'cl-nsubstitute new nil seq :if pred keys))

(defun cl-nsubstitute-if-not (new pred seq &rest keys)
  "Substitute NEW for all items not satisfying PREDICATE in SEQ.
This is a destructive function; it reuses the storage of SEQ whenever possible.
\nKeywords supported:  :key :count :start :end :from-end
\n(fn NEW PREDICATE SEQ [KEYWORD VALUE]...)"
  (apply #'cl-nsubstitute new nil seq :if-not pred keys))

;;; Searching

(defun cl-find (item seq &rest keys)
  "Find the first occurrence of ITEM in SEQ.
Return the matching ITEM, or nil if not found.
\nKeywords supported:  :test :test-not :key :start :end :from-end
\n(fn ITEM SEQ [KEYWORD VALUE]...)"
  (let ((pos (apply #'cl-position item seq keys)))
    (and pos (elt seq pos))))

(defun cl-find-if (pred seq &rest keys)
  "Find the first item satisfying PREDICATE in SEQ.
Return the matching item, or nil if not found.
\nKeywords supported:  :key :start :end :from-end
\n(fn PREDICATE SEQ [KEYWORD VALUE]...)"
  (apply #'cl-find nil seq :if pred keys))

(defun cl-find-if-not (pred seq &rest keys)
  "Find the first item not satisfying PREDICATE in SEQ.
Return the matching item, or nil if not found.
\nKeywords supported:  :key :start :end :from-end
\n(fn PREDICATE SEQ [KEYWORD VALUE]...)"
  (apply #'cl-find nil seq :if-not pred keys))

(defun cl-position (item seq &rest keys)
  "Find the first occurrence of ITEM in SEQ.
Return the index of the matching item, or nil if not found.
\nKeywords supported:  :test :test-not :key :start :end :from-end
\n(fn ITEM SEQ [KEYWORD VALUE]...)"
  (cl--with-matcher item keys ((start :start 0) (end :end) (from-end :from-end))
    (cl--position-m match seq start end from-end)))

(defun cl--position (item seq start &optional end from-end)
  "Index of ITEM (compared with `eql') in SEQ between START and END."
  (cl--position-m (cl--matcher item nil nil nil nil nil) seq start end from-end))

(defun cl-position-if (pred seq &rest keys)
  "Find the first item satisfying PREDICATE in SEQ.
Return the index of the matching item, or nil if not found.
\nKeywords supported:  :key :start :end :from-end
\n(fn PREDICATE SEQ [KEYWORD VALUE]...)"
  (apply #'cl-position nil seq :if pred keys))

(defun cl-position-if-not (pred seq &rest keys)
  "Find the first item not satisfying PREDICATE in SEQ.
Return the index of the matching item, or nil if not found.
\nKeywords supported:  :key :start :end :from-end
\n(fn PREDICATE SEQ [KEYWORD VALUE]...)"
  (apply #'cl-position nil seq :if-not pred keys))

(defun cl-count (item seq &rest keys)
  "Count the number of occurrences of ITEM in SEQ.
\nKeywords supported:  :test :test-not :key :start :end
\n(fn ITEM SEQ [KEYWORD VALUE]...)"
  (cl--with-matcher item keys ((start :start 0) (end :end))
    (cl--count-m match seq start end)))

(defun cl-count-if (pred seq &rest keys)
  "Count the number of items satisfying PREDICATE in SEQ.
\nKeywords supported:  :key :start :end
\n(fn PREDICATE SEQ [KEYWORD VALUE]...)"
  (apply #'cl-count nil seq :if pred keys))

(defun cl-count-if-not (pred seq &rest keys)
  "Count the number of items not satisfying PREDICATE in SEQ.
\nKeywords supported:  :key :start :end
\n(fn PREDICATE SEQ [KEYWORD VALUE]...)"
  (apply #'cl-count nil seq :if-not pred keys))

(defun cl--pair-matcher (test test-not key)
  "A function of two elements, non-nil when they match under TEST/TEST-NOT and KEY."
  (lambda (a b)
    (let ((ka (if key (funcall key a) a)) (kb (if key (funcall key b) b)))
      (cond (test (funcall test ka kb))
            (test-not (not (funcall test-not ka kb)))
            (t (eql ka kb))))))

(defun cl-mismatch (seq1 seq2 &rest keys)
  "Compare SEQ1 with SEQ2, return index of first mismatching element.
Return nil if the sequences match.  If one sequence is a prefix of the
other, the return value indicates the end of the shorter sequence.
\nKeywords supported:  :test :test-not :key :start1 :end1 :start2 :end2 :from-end
\n(fn SEQ1 SEQ2 [KEYWORD VALUE]...)"
  (cl--with-keys keys ((test :test) (test-not :test-not) (key :key) (from-end :from-end)
                       (start1 :start1 0) (end1 :end1) (start2 :start2 0) (end2 :end2))
    (let ((same (cl--pair-matcher test test-not key))
          (end1 (or end1 (length seq1)))
          (end2 (or end2 (length seq2))))
      (if from-end
          (progn
            (while (and (< start1 end1) (< start2 end2)
                        (funcall same (elt seq1 (1- end1)) (elt seq2 (1- end2))))
              (setq end1 (1- end1) end2 (1- end2)))
            (and (or (< start1 end1) (< start2 end2)) (1- end1)))
        (while (and (< start1 end1) (< start2 end2)
                    (funcall same (elt seq1 start1) (elt seq2 start2)))
          (setq start1 (1+ start1) start2 (1+ start2)))
        (and (or (< start1 end1) (< start2 end2)) start1)))))

(defun cl-search (seq1 seq2 &rest keys)
  "Search for SEQ1 as a subsequence of SEQ2.
Return the index of the leftmost element of the first match found;
return nil if there are no matches.
\nKeywords supported:  :test :test-not :key :start1 :end1 :start2 :end2 :from-end
\n(fn SEQ1 SEQ2 [KEYWORD VALUE]...)"
  (cl--with-keys keys ((test :test) (test-not :test-not) (key :key) (from-end :from-end)
                       (start1 :start1 0) (end1 :end1) (start2 :start2 0) (end2 :end2))
    (let* ((same (cl--pair-matcher test test-not key))
           (end1 (or end1 (length seq1)))
           (end2 (or end2 (length seq2)))
           (len (- end1 start1))
           (last (- end2 len))
           (found nil))
      (if (<= len 0)
          (if from-end end2 start2)
        (let ((i (if from-end last start2)))
          (while (and (not found) (if from-end (>= i start2) (<= i last)))
            (let ((j 0))
              (while (and (< j len) (funcall same (elt seq1 (+ start1 j)) (elt seq2 (+ i j))))
                (setq j (1+ j)))
              (if (= j len) (setq found i)))
            (setq i (if from-end (1- i) (1+ i))))
          found)))))

;;; Sorting

(defun cl-sort (seq pred &rest keys)
  "Sort the argument SEQ according to PREDICATE.
This is a destructive function; it reuses the storage of SEQ if possible.
\nKeywords supported:  :key
\n(fn SEQ PREDICATE [KEYWORD VALUE]...)"
  (cl--with-keys keys ((key :key))
    (if (nlistp seq)
        (if (stringp seq)
            (concat (apply #'cl-sort (vconcat seq) pred keys))
          (sort seq (if key (lambda (a b) (funcall pred (funcall key a) (funcall key b))) pred)))
      (if (null (cdr seq)) seq
        (sort seq (if (and key (not (eq key #'identity)))
                      (lambda (a b) (funcall pred (funcall key a) (funcall key b)))
                    pred))))))

(defun cl-stable-sort (seq pred &rest keys)
  "Sort the argument SEQ stably according to PREDICATE.
This is a destructive function; it reuses the storage of SEQ if possible.
\nKeywords supported:  :key
\n(fn SEQ PREDICATE [KEYWORD VALUE]...)"
  (apply #'cl-sort seq pred keys))

(defun cl-merge (type seq1 seq2 pred &rest keys)
  "Destructively merge the two sequences to produce a new sequence.
TYPE is the sequence type to return, SEQ1 and SEQ2 are the two argument
sequences, and PREDICATE is a `less-than' predicate on the elements.
\nKeywords supported:  :key
\n(fn TYPE SEQ1 SEQ2 PREDICATE [KEYWORD VALUE]...)"
  (or (listp seq1) (setq seq1 (append seq1 nil)))
  (or (listp seq2) (setq seq2 (append seq2 nil)))
  (cl--with-keys keys ((key :key))
    (let ((res nil))
      (while (and seq1 seq2)
        (if (funcall pred (if key (funcall key (car seq2)) (car seq2))
                     (if key (funcall key (car seq1)) (car seq1)))
            (setq res (cons (car seq2) res) seq2 (cdr seq2))
          (setq res (cons (car seq1) res) seq1 (cdr seq1))))
      (cl-coerce (nconc (nreverse res) seq1 seq2) type))))

;;; Lists as sets and alists

(defun cl-member (item list &rest keys)
  "Find the first occurrence of ITEM in LIST.
Return the sublist of LIST whose car is ITEM.
\nKeywords supported:  :test :test-not :key
\n(fn ITEM LIST [KEYWORD VALUE]...)"
  (if (null keys)
      (if (and (numberp item) (not (fixnump item))) (member item list) (memq item list))
    (cl--with-matcher item keys ()
      (while (and list (not (funcall match (car list)))) (setq list (cdr list)))
      list)))

(defun cl-member-if (pred list &rest keys)
  "Find the first item satisfying PREDICATE in LIST.
Return the sublist of LIST whose car matches.
\nKeywords supported:  :key
\n(fn PREDICATE LIST [KEYWORD VALUE]...)"
  (apply #'cl-member nil list :if pred keys))

(defun cl-member-if-not (pred list &rest keys)
  "Find the first item not satisfying PREDICATE in LIST.
Return the sublist of LIST whose car matches.
\nKeywords supported:  :key
\n(fn PREDICATE LIST [KEYWORD VALUE]...)"
  (apply #'cl-member nil list :if-not pred keys))

(defun cl--adjoin (item list &rest keys)
  "`cl-adjoin' with keyword arguments KEYS."
  (cl--with-keys keys ((key :key) (_test :test) (_test-not :test-not))
    (if (apply #'cl-member (if key (funcall key item) item) list keys) list (cons item list))))

(defun cl-assoc (item alist &rest keys)
  "Find the first item whose car matches ITEM in ALIST.
\nKeywords supported:  :test :test-not :key
\n(fn ITEM LIST [KEYWORD VALUE]...)"
  (if (null keys)
      (if (and (numberp item) (not (fixnump item))) (assoc item alist) (assq item alist))
    (cl--with-matcher item keys ()
      (while (and alist (or (not (consp (car alist))) (not (funcall match (car (car alist))))))
        (setq alist (cdr alist)))
      (car alist))))

(defun cl-assoc-if (pred list &rest keys)
  "Find the first item whose car satisfies PREDICATE in LIST.
\nKeywords supported:  :key
\n(fn PREDICATE LIST [KEYWORD VALUE]...)"
  (apply #'cl-assoc nil list :if pred keys))

(defun cl-assoc-if-not (pred list &rest keys)
  "Find the first item whose car does not satisfy PREDICATE in LIST.
\nKeywords supported:  :key
\n(fn PREDICATE LIST [KEYWORD VALUE]...)"
  (apply #'cl-assoc nil list :if-not pred keys))

(defun cl-rassoc (item alist &rest keys)
  "Find the first item whose cdr matches ITEM in ALIST.
\nKeywords supported:  :test :test-not :key
\n(fn ITEM LIST [KEYWORD VALUE]...)"
  (if (and (null keys) (or (symbolp item) (fixnump item)))
      (rassq item alist)
    (cl--with-matcher item keys ()
      (while (and alist (or (not (consp (car alist))) (not (funcall match (cdr (car alist))))))
        (setq alist (cdr alist)))
      (car alist))))

(defun cl-rassoc-if (pred list &rest keys)
  "Find the first item whose cdr satisfies PREDICATE in LIST.
\nKeywords supported:  :key
\n(fn PREDICATE LIST [KEYWORD VALUE]...)"
  (apply #'cl-rassoc nil list :if pred keys))

(defun cl-rassoc-if-not (pred list &rest keys)
  "Find the first item whose cdr does not satisfy PREDICATE in LIST.
\nKeywords supported:  :key
\n(fn PREDICATE LIST [KEYWORD VALUE]...)"
  (apply #'cl-rassoc nil list :if-not pred keys))

(defun cl--set-member-p (elt list keys)
  "Non-nil if ELT (its :key taken) is a member of LIST under KEYS."
  (if (or keys (numberp elt))
      (apply #'cl-member (let ((key (plist-get keys :key))) (if key (funcall key elt) elt)) list keys)
    (memq elt list)))

(defun cl-union (list1 list2 &rest keys)
  "Combine LIST1 and LIST2 using a set-union operation.
The resulting list contains all items that appear in either LIST1 or LIST2.
This is a non-destructive function; it makes a copy of the data if necessary
to avoid corrupting the original LIST1 and LIST2.
\nKeywords supported:  :test :test-not :key
\n(fn LIST1 LIST2 [KEYWORD VALUE]...)"
  (cond ((null list1) list2) ((null list2) list1)
        ((and (not keys) (equal list1 list2)) list1)
        (t
         ;; The elements of the shorter list are added in front of the longer one.
         (if (< (length list1) (length list2)) (let ((tmp list1)) (setq list1 list2 list2 tmp)))
         (while list2
           (if (or keys (numberp (car list2)))
               (setq list1 (apply #'cl-adjoin (car list2) list1 keys))
             (or (memq (car list2) list1) (setq list1 (cons (car list2) list1))))
           (setq list2 (cdr list2)))
         list1)))

(defun cl-nunion (list1 list2 &rest keys)
  "Combine LIST1 and LIST2 using a set-union operation.
This is a destructive function; it reuses the storage of LIST1 and LIST2
whenever possible.
\nKeywords supported:  :test :test-not :key
\n(fn LIST1 LIST2 [KEYWORD VALUE]...)"
  (cond ((null list1) list2) ((null list2) list1)
        (t (apply #'cl-union list1 list2 keys))))

(defun cl-intersection (list1 list2 &rest keys)
  "Combine LIST1 and LIST2 using a set-intersection operation.
The resulting list contains all items that appear in both LIST1 and LIST2.
This is a non-destructive function; it makes a copy of the data if necessary
to avoid corrupting the original LIST1 and LIST2.
\nKeywords supported:  :test :test-not :key
\n(fn LIST1 LIST2 [KEYWORD VALUE]...)"
  (and list1 list2
       (if (equal list1 list2) list1
         (cl--with-keys keys ((_key :key) (_test :test) (_test-not :test-not))
           (let ((res nil))
             (if (< (length list1) (length list2)) (let ((tmp list1)) (setq list1 list2 list2 tmp)))
             (while list2
               (if (cl--set-member-p (car list2) list1 keys) (setq res (cons (car list2) res)))
               (setq list2 (cdr list2)))
             res)))))

(defun cl-nintersection (list1 list2 &rest keys)
  "Combine LIST1 and LIST2 using a set-intersection operation.
This is a destructive function; it reuses the storage of LIST1 and LIST2
whenever possible.
\nKeywords supported:  :test :test-not :key
\n(fn LIST1 LIST2 [KEYWORD VALUE]...)"
  (and list1 list2 (apply #'cl-intersection list1 list2 keys)))

(defun cl-set-difference (list1 list2 &rest keys)
  "Combine LIST1 and LIST2 using a set-difference operation.
The resulting list contains all items that appear in LIST1 but not LIST2.
This is a non-destructive function; it makes a copy of the data if necessary
to avoid corrupting the original LIST1 and LIST2.
\nKeywords supported:  :test :test-not :key
\n(fn LIST1 LIST2 [KEYWORD VALUE]...)"
  (if (or (null list1) (null list2)) list1
    (cl--with-keys keys ((_key :key) (_test :test) (_test-not :test-not))
      (let ((res nil))
        (while list1
          (unless (cl--set-member-p (car list1) list2 keys) (setq res (cons (car list1) res)))
          (setq list1 (cdr list1)))
        (nreverse res)))))

(defun cl-nset-difference (list1 list2 &rest keys)
  "Combine LIST1 and LIST2 using a set-difference operation.
This is a destructive function; it reuses the storage of LIST1 and LIST2
whenever possible.
\nKeywords supported:  :test :test-not :key
\n(fn LIST1 LIST2 [KEYWORD VALUE]...)"
  (if (or (null list1) (null list2)) list1
    (apply #'cl-set-difference list1 list2 keys)))

(defun cl-set-exclusive-or (list1 list2 &rest keys)
  "Combine LIST1 and LIST2 using a set-exclusive-or operation.
The resulting list contains all items appearing in exactly one of LIST1, LIST2.
This is a non-destructive function; it makes a copy of the data if necessary
to avoid corrupting the original LIST1 and LIST2.
\nKeywords supported:  :test :test-not :key
\n(fn LIST1 LIST2 [KEYWORD VALUE]...)"
  (cond ((null list1) list2) ((null list2) list1)
        ((equal list1 list2) nil)
        (t (append (apply #'cl-set-difference list1 list2 keys)
                   (apply #'cl-set-difference list2 list1 keys)))))

(defun cl-nset-exclusive-or (list1 list2 &rest keys)
  "Combine LIST1 and LIST2 using a set-exclusive-or operation.
This is a destructive function; it reuses the storage of LIST1 and LIST2
whenever possible.
\nKeywords supported:  :test :test-not :key
\n(fn LIST1 LIST2 [KEYWORD VALUE]...)"
  (cond ((null list1) list2) ((null list2) list1)
        ((equal list1 list2) nil)
        (t (nconc (apply #'cl-nset-difference list1 list2 keys)
                  (apply #'cl-nset-difference list2 list1 keys)))))

(defun cl-subsetp (list1 list2 &rest keys)
  "Return true if LIST1 is a subset of LIST2.
I.e., if every element of LIST1 also appears in LIST2.
\nKeywords supported:  :test :test-not :key
\n(fn LIST1 LIST2 [KEYWORD VALUE]...)"
  (cond ((null list1) t) ((null list2) nil)
        ((equal list1 list2) t)
        (t (cl--with-keys keys ((key :key) (_test :test) (_test-not :test-not))
             (while (and list1 (apply #'cl-member (if key (funcall key (car list1)) (car list1)) list2 keys))
               (setq list1 (cdr list1)))
             (null list1)))))

;;; Reduction and filling

(defun cl-reduce (func seq &rest keys)
  "Reduce two-argument FUNCTION across SEQ.
\nKeywords supported:  :start :end :from-end :initial-value :key

Return the result of calling FUNCTION with the first and the
second element of SEQ, then calling FUNCTION with that result and
the third element of SEQ, etc.  With :INITIAL-VALUE, it is logically
added to the front of SEQ (or the back if :FROM-END is non-nil).
An empty SEQ gives :INITIAL-VALUE, or FUNCTION called with no arguments.
\n(fn FUNCTION SEQ [KEYWORD VALUE]...)"
  (cl--with-keys keys ((from-end :from-end) (start :start 0) (end :end) (initial-value :initial-value)
                       (key :key))
    (let* ((l (if (and (listp seq) (= start 0) (null end)) seq (cl-subseq (append seq nil) start end)))
           (l (if from-end (reverse l) l))
           (acc (cond ((plist-member keys :initial-value) initial-value)
                      (l (prog1 (if key (funcall key (car l)) (car l)) (setq l (cdr l))))
                      (t (funcall func)))))
      (if from-end
          (while l
            (setq acc (funcall func (if key (funcall key (car l)) (car l)) acc) l (cdr l)))
        (while l
          (setq acc (funcall func acc (if key (funcall key (car l)) (car l))) l (cdr l))))
      acc)))

(defun cl-fill (seq item &rest keys)
  "Fill the elements of SEQ with ITEM.
\nKeywords supported:  :start :end
\n(fn SEQ ITEM [KEYWORD VALUE]...)"
  (cl--with-keys keys ((start :start 0) (end :end))
    (if (listp seq)
        (let ((p (nthcdr start seq)) (n (and end (- end start))))
          (while (and p (or (null n) (>= (setq n (1- n)) 0)))
            (setcar p item)
            (setq p (cdr p))))
      (let ((end (or end (length seq))))
        (if (and (= start 0) (= end (length seq)))
            (fillarray seq item)
          (while (< start end)
            (aset seq start item)
            (setq start (1+ start))))))
    seq))

(defun cl-replace (seq1 seq2 &rest keys)
  "Replace the elements of SEQ1 with the elements of SEQ2.
SEQ1 is destructively modified, then returned.
\nKeywords supported:  :start1 :end1 :start2 :end2
\n(fn SEQ1 SEQ2 [KEYWORD VALUE]...)"
  (cl--with-keys keys ((start1 :start1 0) (end1 :end1) (start2 :start2 0) (end2 :end2))
    (let* ((len1 (length seq1)) (len2 (length seq2))
           (n (min (- (or end1 len1) start1) (- (or end2 len2) start2))))
      ;; Copy first so that overlapping ranges of one sequence work.
      (let ((src (if (eq seq1 seq2) (copy-sequence seq2) seq2)) (i 0))
        (if (and (listp seq1) (listp src))
            (let ((p1 (nthcdr start1 seq1)) (p2 (nthcdr start2 src)))
              (while (and p1 p2 (< i n))
                (setcar p1 (car p2))
                (setq p1 (cdr p1) p2 (cdr p2) i (1+ i))))
          (while (< i n)
            (setf (elt seq1 (+ start1 i)) (elt src (+ start2 i)))
            (setq i (1+ i))))))
    seq1))

;;; Trees

(defun cl--tree-matcher (keys)
  "A function (ITEM ELT) for tree functions: does the tree node ELT match ITEM under KEYS?"
  (cl--with-keys keys ((test :test) (test-not :test-not) (key :key) (if :if) (if-not :if-not))
    (lambda (item x)
      (let ((kx (if key (funcall key x) x)))
        (cond (test (funcall test item kx))
              (test-not (not (funcall test-not item kx)))
              (if (funcall if kx))
              (if-not (not (funcall if-not kx)))
              (t (eql item kx)))))))

(defun cl-sublis (alist tree &rest keys)
  "Perform substitutions indicated by ALIST in TREE (non-destructively).
Return a copy of TREE with all matching elements replaced.
\nKeywords supported:  :test :test-not :key
\n(fn ALIST TREE [KEYWORD VALUE]...)"
  (cl--sublis-rec alist tree (cl--tree-matcher keys)))

(defun cl--sublis-rec (alist tree match)
  "The substitution of ALIST in TREE, nodes compared with MATCH; unchanged parts are shared."
  (let ((p alist))
    (while (and p (not (funcall match (car (car p)) tree))) (setq p (cdr p)))
    (cond (p (cdr (car p)))
          ((consp tree)
           (let ((a (cl--sublis-rec alist (car tree) match))
                 (d (cl--sublis-rec alist (cdr tree) match)))
             (if (and (eq a (car tree)) (eq d (cdr tree))) tree (cons a d))))
          (t tree))))

(defun cl-nsublis (alist tree &rest keys)
  "Perform substitutions indicated by ALIST in TREE (destructively).
Any matching element of TREE is changed via a call to `setcar'.
\nKeywords supported:  :test :test-not :key
\n(fn ALIST TREE [KEYWORD VALUE]...)"
  (let ((match (cl--tree-matcher keys)) (hold (list tree)))
    (cl--nsublis-rec alist hold match)
    (car hold)))

(defun cl--nsublis-rec (alist tree match)
  "Substitute ALIST in the cars and cdrs of the conses of TREE in place."
  (while (consp tree)
    (let ((p alist))
      (while (and p (not (funcall match (car (car p)) (car tree)))) (setq p (cdr p)))
      (if p (setcar tree (cdr (car p)))
        (if (consp (car tree)) (cl--nsublis-rec alist (car tree) match))))
    (let ((p alist))
      (while (and p (not (funcall match (car (car p)) (cdr tree)))) (setq p (cdr p)))
      (if p (progn (setcdr tree (cdr (car p))) (setq tree nil))
        (setq tree (cdr tree))))))

(defun cl-subst-if (new pred tree &rest keys)
  "Substitute NEW for elements matching PREDICATE in TREE (non-destructively).
Return a copy of TREE with all matching elements replaced by NEW.
\nKeywords supported:  :key
\n(fn NEW PREDICATE TREE [KEYWORD VALUE]...)"
  (apply #'cl-sublis (list (cons nil new)) tree :if pred keys))

(defun cl-subst-if-not (new pred tree &rest keys)
  "Substitute NEW for elements not matching PREDICATE in TREE (non-destructively).
Return a copy of TREE with all non-matching elements replaced by NEW.
\nKeywords supported:  :key
\n(fn NEW PREDICATE TREE [KEYWORD VALUE]...)"
  (apply #'cl-sublis (list (cons nil new)) tree :if-not pred keys))

(defun cl-nsubst (new old tree &rest keys)
  "Substitute NEW for OLD everywhere in TREE (destructively).
Any element of TREE which is `eql' to OLD is changed to NEW (via a call
to `setcar').
\nKeywords supported:  :test :test-not :key
\n(fn NEW OLD TREE [KEYWORD VALUE]...)"
  (apply #'cl-nsublis (list (cons old new)) tree keys))

(defun cl-nsubst-if (new pred tree &rest keys)
  "Substitute NEW for elements matching PREDICATE in TREE (destructively).
Any element of TREE which matches is changed to NEW (via a call to `setcar').
\nKeywords supported:  :key
\n(fn NEW PREDICATE TREE [KEYWORD VALUE]...)"
  (apply #'cl-nsublis (list (cons nil new)) tree :if pred keys))

(defun cl-nsubst-if-not (new pred tree &rest keys)
  "Substitute NEW for elements not matching PREDICATE in TREE (destructively).
Any element of TREE which matches is changed to NEW (via a call to `setcar').
\nKeywords supported:  :key
\n(fn NEW PREDICATE TREE [KEYWORD VALUE]...)"
  (apply #'cl-nsublis (list (cons nil new)) tree :if-not pred keys))

(defun cl-tree-equal (x y &rest keys)
  "Return t if trees TREE1 and TREE2 have `eql' leaves.
Atoms are compared by `eql'; cons cells are compared recursively.
\nKeywords supported:  :test :test-not :key
\n(fn TREE1 TREE2 [KEYWORD VALUE]...)"
  (cl--with-keys keys ((test :test) (test-not :test-not) (key :key))
    (cl--tree-equal-rec x y (cl--pair-matcher test test-not key))))

(defun cl--tree-equal-rec (x y same)
  "Non-nil if trees X and Y have the same shape and leaves matching under SAME."
  (while (and (consp x) (consp y) (cl--tree-equal-rec (car x) (car y) same))
    (setq x (cdr x) y (cdr y)))
  (and (not (consp x)) (not (consp y)) (funcall same x y)))

(provide 'cl-seq)
;;; cl-seq.el ends here
