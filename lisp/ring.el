;;; ring.el --- fixed-size rings for tsmacs (GNU counterpart: lisp/emacs-lisp/ring.el)  -*- lexical-binding: t -*-

;; Written for tsmacs.  A ring is (HEAD LENGTH . VECTOR), GNU's layout, because callers (comint,
;; kill rings of packages) and tests look at it directly: HEAD indexes the oldest item in VECTOR and
;; the LENGTH items run, wrapping round, from there to the newest.  Public indices count from the
;; newest item (0) towards older ones, modulo LENGTH.

;;; Code:

(defun ring-p (x)
  "Return t if X is a ring; nil otherwise."
  (and (consp x) (integerp (car x))
       (consp (cdr x)) (integerp (car (cdr x)))
       (vectorp (cdr (cdr x)))))

(defun make-ring (size)
  "Make a ring that can contain SIZE elements."
  (cons 0 (cons 0 (make-vector size nil))))

(defun ring-plus1 (index veclen)
  "INDEX+1, with wraparound at VECLEN."
  (if (= (1+ index) veclen) 0 (1+ index)))

(defun ring-minus1 (index veclen)
  "INDEX-1, with wraparound at VECLEN."
  (1- (if (= index 0) veclen index)))

(defun ring-length (ring)
  "Return the number of elements in the RING."
  (car (cdr ring)))

(defun ring-size (ring)
  "Return the size (capacity) of RING."
  (length (cdr (cdr ring))))

(defun ring-empty-p (ring)
  "Return t if RING is empty; nil otherwise."
  (= 0 (car (cdr ring))))

(defun ring-index (index head ringlen veclen)
  "Convert public INDEX (0 = newest) into a position of the ring's vector.
HEAD is the position of the oldest element, RINGLEN the number of elements and
VECLEN the vector's size."
  (let ((from-oldest (- ringlen 1 (mod index ringlen))))
    (mod (+ head from-oldest) veclen)))

(defun ring-copy (ring)
  "Return a copy of RING."
  (cons (car ring) (cons (car (cdr ring)) (copy-sequence (cdr (cdr ring))))))

(defun ring-insert-at-beginning (ring item)
  "Add ITEM to RING as its oldest element; return the new length."
  (let* ((vec (cdr (cdr ring)))
         (size (length vec))
         (head (ring-minus1 (car ring) size))
         (len (min size (1+ (car (cdr ring))))))
    (aset vec head item)
    (setcar ring head)
    (setcar (cdr ring) len)))

(defun ring-insert (ring item)
  "Insert ITEM onto RING as its newest element and return ITEM.
When RING is full, the oldest element is dropped."
  (let* ((vec (cdr (cdr ring)))
         (size (length vec))
         (head (car ring))
         (len (car (cdr ring))))
    (aset vec (mod (+ head len) size) item)
    (if (< len size)
        (setcar (cdr ring) (1+ len))
      (setcar ring (ring-plus1 head size)))
    item))

(defun ring-remove (ring &optional index)
  "Remove an item from RING and return it: the oldest, or the one at INDEX."
  (when (ring-empty-p ring) (error "Ring empty"))
  (let* ((head (car ring))
         (len (car (cdr ring)))
         (vec (cdr (cdr ring)))
         (size (length vec))
         (last (mod (+ head len -1) size))
         (pos (ring-index (or index (1- len)) head len size))
         (item (aref vec pos)))
    ;; Close the gap by sliding the newer items down one place.
    (while (/= pos last)
      (let ((next (ring-plus1 pos size)))
        (aset vec pos (aref vec next))
        (setq pos next)))
    (aset vec last nil)
    (setcar (cdr ring) (1- len))
    item))

(defun ring-ref (ring index)
  "Return RING's element at INDEX: 0 is the newest, higher numbers are older.
INDEX is taken modulo the number of elements."
  (if (ring-empty-p ring)
      (error "Accessing an empty ring")
    (let ((vec (cdr (cdr ring))))
      (aref vec (ring-index index (car ring) (car (cdr ring)) (length vec))))))

(defun ring-elements (ring)
  "Return a list of the elements of RING, newest first."
  (let* ((vec (cdr (cdr ring)))
         (size (length vec))
         (pos (car ring))
         (acc nil))
    (dotimes (_ (car (cdr ring)))
      (setq acc (cons (aref vec pos) acc)
            pos (ring-plus1 pos size)))
    acc))

(defun ring-member (ring item)
  "Return the index of the newest element of RING `equal' to ITEM, or nil."
  (let ((i 0) (n (ring-length ring)) (found nil))
    (while (and (not found) (< i n))
      (if (equal item (ring-ref ring i)) (setq found i) (setq i (1+ i))))
    found))

(defun ring-next (ring item)
  "Return the element of RING after ITEM (the next older one, wrapping round)."
  (let ((i (ring-member ring item)))
    (unless i (error "Item is not in the ring: `%s'" item))
    (ring-ref ring (ring-plus1 i (ring-length ring)))))

(defun ring-previous (ring item)
  "Return the element of RING before ITEM (the next newer one, wrapping round)."
  (let ((i (ring-member ring item)))
    (unless i (error "Item is not in the ring: `%s'" item))
    (ring-ref ring (ring-minus1 i (ring-length ring)))))

(defun ring-resize (ring size)
  "Give RING room for SIZE elements; a smaller SIZE drops the oldest ones."
  (when (integerp size)
    (let ((len (ring-length ring))
          (new (make-vector size nil)))
      (if (= len 0)
          (setcdr ring (cons 0 new))
        (let* ((old (cdr (cdr ring)))
               (old-size (length old))
               (keep (min size len))
               ;; GNU 28 computes the first kept item's offset modulo the length (not the
               ;; vector size); doing the same keeps the results identical.
               (start (mod (+ (car ring) (- len keep)) len)))
          (dotimes (j keep)
            (aset new j (aref old (mod (+ start j) old-size))))
          (setcdr ring (cons keep new))
          (setcar ring 0))))))

(defun ring-extend (ring x)
  "Increase the size of RING by X when X is a positive integer."
  (when (and (integerp x) (> x 0))
    (ring-resize ring (+ (ring-size ring) x))))

(defun ring-insert+extend (ring item &optional grow-p)
  "Insert ITEM as RING's newest element, growing a full RING when GROW-P."
  (when (and grow-p (= (ring-length ring) (ring-size ring)))
    (ring-extend ring 1))
  (ring-insert ring item))

(defun ring-remove+insert+extend (ring item &optional grow-p)
  "Remove every ITEM from RING, then insert it as the newest element.
A full RING grows when GROW-P, otherwise its oldest element is dropped."
  (let (i)
    (while (setq i (ring-member ring item))
      (ring-remove ring i)))
  (ring-insert+extend ring item grow-p))

(defun ring-convert-sequence-to-ring (seq)
  "Return a ring holding SEQ's elements (first = newest), or SEQ if a ring.
Consecutive duplicates are collapsed."
  (if (ring-p seq)
      seq
    (let ((ring (make-ring (length seq))))
      (mapc (lambda (elt)
              (when (or (ring-empty-p ring) (not (equal (ring-ref ring 0) elt)))
                (ring-insert-at-beginning ring elt)))
            seq)
      ring)))

(provide 'ring)
;;; ring.el ends here
