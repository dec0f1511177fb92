;;; window-resize.el --- resizing and balancing windows  -*- lexical-binding: t -*-

;; Part of tsmacs's own window.el (GNU counterpart: the resizing half of lisp/window.el), autoloaded:
;; window sizes change only when asked.  A window grows at the expense of its siblings (the following
;; ones first) and never below `window-min-size'; the new sizes go to the tree through
;; `window-resize-apply', as GNU's window.el hands them over.

;;; Code:

(defun window--room (window horizontal)
  ;; How many lines (columns) WINDOW can give up: a live window down to its minimum, a combination in
  ;; the same direction what its children can give together, one across it what all of them can give.
  ;; A window already below its minimum (a split can make one) gives nothing.
  (let ((child (window-child window)))
    (if (not child)
        (max 0 (- (window-total-size window horizontal) (window-min-size window horizontal)))
      (let ((along (if horizontal (window-left-child window) (window-top-child window)))
            (room nil))
        (while child
          (let ((r (window--room child horizontal)))
            (setq room (cond ((null room) r) (along (+ room r)) (t (min room r)))))
          (setq child (window-next-sibling child)))
        room))))

(defun window--resize-room (window delta horizontal)
  ;; How much of DELTA the siblings of WINDOW can give (DELTA > 0) or WINDOW itself can give (DELTA < 0).
  (if (< delta 0)
      (window--room window horizontal)
    (let ((room 0) (sib (window-child (window-parent window))))
      (while sib
        (unless (eq sib window)
          (setq room (+ room (window--room sib horizontal))))
        (setq sib (window-next-sibling sib)))
      room)))

(defun window--set-size (window size _horizontal)
  (set-window-new-total window size)
  (set-window-new-pixel window size))

(defun window--apply-sizes (frame horizontal)
  ;; Every window's new size is its current one unless set, then the tree takes the new sizes.
  (let ((root (frame-root-window frame)))
    (window--resize-reset-1 root horizontal)
    root))

(defun window--resize-reset-1 (window horizontal)
  (while window
    (set-window-new-pixel window (window-total-size window horizontal))
    (set-window-new-total window (window-total-size window horizontal))
    (set-window-new-normal window (window-normal-size window horizontal))
    (when (window-child window) (window--resize-reset-1 (window-child window) horizontal))
    (setq window (window-next-sibling window))))

(defun window--share-normals (parent horizontal)
  ;; The children's normal sizes follow their new sizes.
  (let ((total (window-total-size parent horizontal)) (sib (window-child parent)))
    (while sib
      (set-window-new-normal sib (/ (float (window-new-pixel sib)) total))
      (setq sib (window-next-sibling sib)))))

(defun window-resize (window delta &optional horizontal _ignore _pixelwise)
  "Resize WINDOW vertically (or, with HORIZONTAL, horizontally) by DELTA lines.
Its siblings give (or take) the space: the following ones first."
  (setq window (window-normalize-window window))
  (cond
   ((frame-root-window-p window) (error "Cannot resize the root window of a frame"))
   ((window-minibuffer-p window) (error "Cannot resize the minibuffer window this way"))
   ((zerop delta))
   ((or (not (window-combined-p window horizontal))
        (> (abs delta) (window--resize-room window delta horizontal))
        (and (> delta 0) (> delta (window--resize-room window delta horizontal))))
    (error "Cannot resize window %s" window))
   (t
    (let* ((frame (window-frame window)) (parent (window-parent window))
           (siblings (append (let (l (s (window-next-sibling window))) (while s (push s l) (setq s (window-next-sibling s))) (nreverse l))
                             (let (l (s (window-prev-sibling window))) (while s (push s l) (setq s (window-prev-sibling s))) (nreverse l))))
           (rest (abs delta)))
      (window--apply-sizes frame horizontal)
      (window--set-size window (+ (window-total-size window horizontal) delta) horizontal)
      (if (< delta 0)
          (let ((sib (car siblings)))
            (window--set-size sib (+ (window-total-size sib horizontal) rest) horizontal))
        (dolist (sib siblings)
          (when (> rest 0)
            (let ((give (min rest (window--room sib horizontal))))
              (window--set-size sib (- (window-total-size sib horizontal) give) horizontal)
              (setq rest (- rest give))))))
      (window--share-normals parent horizontal)
      (window--resize-children-apply parent horizontal)
      (window-resize-apply frame horizontal)))))

(defun window--resize-children-apply (parent horizontal)
  ;; Children of the resized windows in the other direction follow their parent's new size.  Those in
  ;; the same direction: the last one takes what the parent gains; what it loses comes from the last
  ;; ones first, each down to what it can give (`window--room').
  (let ((sib (window-child parent)))
    (while sib
      (let ((child (window-child sib)) (size (window-new-pixel sib)))
        (when child
          (if (if horizontal (window-left-child sib) (window-top-child sib))
              (let ((children nil) (sum 0))
                (while child
                  (push child children)
                  (setq sum (+ sum (window-total-size child horizontal)) child (window-next-sibling child)))
                ;; CHILDREN is last first.
                (let ((rest (- size sum)))
                  (if (>= rest 0)
                      (window--set-size (car children) (+ (window-total-size (car children) horizontal) rest) horizontal)
                    (setq rest (- rest))
                    (dolist (c children)
                      (let ((give (min rest (window--room c horizontal))))
                        (window--set-size c (- (window-total-size c horizontal) give) horizontal)
                        (setq rest (- rest give))))))
                (window--share-normals sib horizontal))
            (while child (window--set-size child size horizontal) (setq child (window-next-sibling child))))
          (window--resize-children-apply sib horizontal)))
      (setq sib (window-next-sibling sib)))))

(defun window-max-delta (&optional window horizontal _ignore _trail _noup _nodown _pixelwise)
  "Return the maximum number of lines WINDOW can be enlarged by."
  (setq window (window-normalize-window window))
  (if (or (frame-root-window-p window) (not (window-combined-p window horizontal))) 0
    (window--resize-room window 1 horizontal)))

(defun window-min-delta (&optional window horizontal _ignore _trail _noup _nodown _pixelwise)
  "Return the number of lines by which WINDOW can be shrunk."
  (setq window (window-normalize-window window))
  (if (or (frame-root-window-p window) (not (window-combined-p window horizontal))) 0
    (window--resize-room window -1 horizontal)))

(defun enlarge-window (delta &optional horizontal)
  "Make the selected window DELTA lines taller (or, with HORIZONTAL, columns wider).
As much as its siblings allow."
  (interactive "p")
  (cond
   ((zerop delta))
   ((window-minibuffer-p) (error "Cannot resize the minibuffer window this way"))
   ((frame-root-window-p (selected-window)) (error "Cannot resize the root window of a frame"))
   (t (window-resize nil (if (> delta 0) (min delta (window-max-delta nil horizontal))
                           (- (min (- delta) (window-min-delta nil horizontal))))
                     horizontal))))

(defun shrink-window (delta &optional horizontal)
  "Make the selected window DELTA lines smaller (or, with HORIZONTAL, columns narrower)."
  (interactive "p")
  (enlarge-window (- delta) horizontal))

(defun balance-windows (&optional window-or-frame)
  "Make the windows of each combination the same size."
  (interactive)
  (let* ((frame (cond ((framep window-or-frame) window-or-frame)
                      ((window-valid-p window-or-frame) (window-frame window-or-frame))
                      (t (selected-frame))))
         (root (if (window-valid-p window-or-frame) window-or-frame (frame-root-window frame))))
    (dolist (horizontal '(nil t))
      (window--apply-sizes frame horizontal)
      (window--balance-1 root horizontal)
      (window-resize-apply frame horizontal))))

(defun window--balance-1 (window horizontal)
  (let ((child (window-child window)))
    (when child
      (if (if horizontal (window-left-child window) (window-top-child window))
          (let* ((n 0) (total (window-new-pixel window)) (sib child))
            (while sib (setq n (1+ n) sib (window-next-sibling sib)))
            (let ((i 0) (sib child))
              (while sib
                ;; Equal shares; the first windows take what does not divide evenly.
                (window--set-size sib (+ (/ total n) (if (< i (% total n)) 1 0)) horizontal)
                (set-window-new-normal sib (/ 1.0 n))
                (setq i (1+ i) sib (window-next-sibling sib)))))
        (let ((sib child))
          (while sib (window--set-size sib (window-new-pixel window) horizontal) (setq sib (window-next-sibling sib)))))
      (let ((sib child))
        (while sib (window--balance-1 sib horizontal) (setq sib (window-next-sibling sib)))))))

(defun fit-window-to-buffer (&optional window max-height min-height _max-width _min-width _preserve-size)
  "Adjust the height of WINDOW to display its buffer's contents exactly."
  (interactive)
  (setq window (window-normalize-window window t))
  (when (and (window-combined-p window) (not (frame-root-window-p window)))
    (let* ((lines (with-current-buffer (window-buffer window)
                    (+ (count-lines (point-min) (point-max))
                       (if (and (> (point-max) (point-min))
                                (eq (char-before (point-max)) ?\n))
                           1 0))))
           (want (+ lines (if (window-minibuffer-p window) 0 1)))
           (low (max (or min-height 0) window-min-height))
           (high (+ (window-total-height window) (window-max-delta window)))
           (height (max low (min want (or max-height high) high)))
           (delta (- height (window-total-height window))))
      (unless (zerop delta) (window-resize window delta))
      nil)))

(defun shrink-window-if-larger-than-buffer (&optional window)
  "Shrink height of WINDOW if its buffer doesn't need so many lines."
  (interactive)
  (setq window (window-normalize-window window t))
  (when (> (window-total-height window)
           (with-current-buffer (window-buffer window) (1+ (count-lines (point-min) (point-max)))))
    (fit-window-to-buffer window (window-total-height window))))

(provide 'window-resize)

;;; window-resize.el ends here
