;;; text-property-search.el --- search for text property regions for tsmacs (GNU counterpart: lisp/emacs-lisp/text-property-search.el)  -*- lexical-binding: t -*-

;; Written for tsmacs.  The searches walk the buffer run by run with
;; `next-single-property-change' / `previous-single-property-change'.  Where GNU 28's results depend
;; on where point sits when a region's far end is looked for (the backward search starts that scan
;; from different places in its two branches), the same positions are used here so that results,
;; including at buffer edges, agree with GNU.

;;; Code:

(require 'cl-lib)

(cl-defstruct (prop-match)
  beginning end value)

(defun text-property--match-p (value prop-value predicate)
  "Whether PROP-VALUE matches VALUE under PREDICATE (t: `equal', nil: not `equal')."
  (cond ((eq predicate t) (equal value prop-value))
        ((null predicate) (not (equal value prop-value)))
        (t (funcall predicate value prop-value))))

(defun text-property--find-end-forward (start property value predicate)
  "Move to the end of the matching region that begins at START; return its `prop-match'.
With VALUE and no PREDICATE, consecutive runs are merged while they match."
  (let ((end nil))
    (if (and value (null predicate))
        (let ((pos (point)))
          (while (not end)
            (setq pos (next-single-property-change pos property))
            (cond ((null pos) (setq end (point-max)))
                  ((not (text-property--match-p value (get-text-property pos property) predicate))
                   (setq end pos)))))
      (setq end (next-single-property-change (point) property nil (point-max))))
    (goto-char end)
    (make-prop-match :beginning start :end end
                     :value (get-text-property start property))))

(defun text-property--find-end-backward (start property value predicate)
  "Move to the beginning of the matching region that ends with the character at START.
The scan starts from point.  Return the region's `prop-match'."
  (let ((beg nil))
    (if (and value (null predicate))
        (let ((pos (point)))
          (while (not beg)
            (let ((change (previous-single-property-change pos property)))
              (cond ((null change) (setq beg (point-min)))
                    ((not (text-property--match-p
                           value (get-text-property (1- change) property) predicate))
                     (setq beg change))
                    (t (setq pos (1- change)))))))
      (setq beg (previous-single-property-change (point) property nil (point-min))))
    (goto-char beg)
    (make-prop-match :beginning beg :end (1+ start)
                     :value (get-text-property beg property))))

(defun text-property-search-forward (property &optional value predicate not-current)
  "Search forward for the next region whose PROPERTY matches VALUE.
PREDICATE decides what matches: t means `equal' to VALUE, nil (the default)
means not `equal' to VALUE (and a region ends where the value changes), and a
function is called with VALUE and the property's value.  With NOT-CURRENT, the
region around point is skipped.  On success, move point to the end of the
region and return a `prop-match'; otherwise return nil without moving."
  (cond
   ((eobp) nil)
   ((and (not not-current)
         (text-property--match-p value (get-text-property (point) property) predicate))
    (text-property--find-end-forward (point) property value predicate))
   (t
    (let ((pos (point)) (found nil))
      (while (and (not found)
                  (setq pos (next-single-property-change pos property)))
        (when (text-property--match-p value (get-text-property pos property) predicate)
          (goto-char pos)
          (setq found (text-property--find-end-forward pos property value predicate))))
      found))))

(defun text-property-search-backward (property &optional value predicate not-current)
  "Search backward for the previous region whose PROPERTY matches VALUE.
Like `text-property-search-forward', but on success point moves to the
beginning of the region."
  (cond
   ((bobp) nil)
   ((text-property--match-p value (get-text-property (1- (point)) property) predicate)
    (let* ((origin (point))
           (match (text-property--find-end-backward (1- origin) property value predicate)))
      (if (and not-current
               (equal (get-text-property (point) property)
                      (get-text-property origin property)))
          ;; Point was inside that region: look for the one before it.
          (text-property-search-backward property value predicate)
        match)))
   (t
    (let ((origin (point)) (pos (1- (point))) (found nil) (change nil))
      (while (and (not found)
                  (setq change (previous-single-property-change pos property)))
        (setq pos (1- change))
        (when (text-property--match-p value (get-text-property pos property) predicate)
          (goto-char pos)
          (setq found (text-property--find-end-backward pos property value predicate))))
      (unless found (goto-char origin))
      found))))

(provide 'text-property-search)
;;; text-property-search.el ends here
