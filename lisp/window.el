;;; window.el --- window commands on the primitives of window.ts  -*- lexical-binding: t -*-

;; tsmacs's own window.el (GNU counterpart: lisp/window.el).  It covers what batch code uses: selecting
;; windows temporarily, walking them, splitting and deleting, the buffer history of a window, and
;; `display-buffer' with its usual action functions.  Window sizes are in lines and columns.

;;; Code:

;;; Selecting windows temporarily.

(defmacro save-window-excursion (&rest body)
  "Execute BODY, then restore previous window configuration."
  (declare (indent 0) (debug t))
  (let ((c (make-symbol "wconfig")))
    `(let ((,c (current-window-configuration)))
       (unwind-protect (progn ,@body)
         (set-window-configuration ,c)))))

(defun internal--before-save-selected-window ()
  ;; The selected window and, for `with-selected-window', that of each frame.
  (cons (selected-window)
        (mapcar (lambda (f) (cons f (frame-selected-window f))) (frame-list))))

(defun internal--after-save-selected-window (state)
  (dolist (elt (cdr state))
    (and (frame-live-p (car elt)) (window-live-p (cdr elt))
         (set-frame-selected-window (car elt) (cdr elt) 'norecord)))
  (when (window-live-p (car state))
    (select-window (car state) 'norecord)))

(defmacro save-selected-window (&rest body)
  "Execute BODY, then select the previously selected window.
The current buffer is restored too."
  (declare (indent 0) (debug t))
  `(let ((save-selected-window--state (internal--before-save-selected-window)))
     (save-current-buffer
       (unwind-protect (progn ,@body)
         (internal--after-save-selected-window save-selected-window--state)))))

(defmacro with-selected-window (window &rest body)
  "Execute the forms in BODY with WINDOW as the selected window.
Neither the buffer list nor the windows' use times change."
  (declare (indent 1) (debug t))
  ;; WINDOW is evaluated before the selection to restore is noted, as in GNU.
  `(let ((save-selected-window--state
          (cons ,window (internal--before-save-selected-window))))
     (save-current-buffer
       (unwind-protect
           (progn (select-window (car save-selected-window--state) 'norecord) ,@body)
         (internal--after-save-selected-window (cdr save-selected-window--state))))))

;;; Normalizing arguments.

(defun window-normalize-buffer (buffer-or-name)
  "Return buffer specified by BUFFER-OR-NAME (nil: the current buffer)."
  (cond
   ((not buffer-or-name) (current-buffer))
   ((bufferp buffer-or-name)
    (if (buffer-live-p buffer-or-name) buffer-or-name
      (error "Buffer %s is not a live buffer" buffer-or-name)))
   ((get-buffer buffer-or-name))
   (t (error "No such buffer %s" buffer-or-name))))

(defun window-normalize-frame (frame)
  "Return frame specified by FRAME (nil: the selected frame)."
  (cond
   ((null frame) (selected-frame))
   ((frame-live-p frame) frame)
   (t (error "%s is not a live frame" frame))))

(defun window-normalize-window (window &optional live-only)
  "Return window specified by WINDOW (nil: the selected window).
With LIVE-ONLY, WINDOW must be live."
  (cond
   ((null window) (selected-window))
   (live-only (if (window-live-p window) window (error "%s is not a live window" window)))
   ((window-valid-p window) window)
   (t (error "%s is not a valid window" window))))

(defun window-normalize-buffer-to-switch-to (buffer-or-name)
  "The buffer to switch to for BUFFER-OR-NAME, created if need be."
  (let ((buffer (if buffer-or-name (get-buffer buffer-or-name) (other-buffer))))
    (or buffer
        (let ((new (get-buffer-create buffer-or-name)))
          (set-buffer-major-mode new)
          new))))

;;; Sizes and structure.

(defvar window-min-height 4 "The minimum total height, in lines, of any window.")
(defvar window-min-width 10 "The minimum total width, in columns, of any window.")
(defvar window-safe-min-height 1 "The absolute minimum number of lines of any window.")
(defvar window-safe-min-width 2 "The absolute minimum number of columns of a window.")
(defvar window-point-insertion-type nil "Insertion type of marker to use for `window-point'.")
(defvar split-height-threshold 80 "Minimum height for splitting windows sensibly.")
(defvar split-width-threshold 160 "Minimum width for splitting windows sensibly.")
(defvar split-window-preferred-function 'split-window-sensibly
  "Function called by `display-buffer' routines to split a window.")
(defvar pop-up-windows t "Non-nil means `display-buffer' should make a new window.")
(defvar pop-up-frames nil "Whether `display-buffer' should make a separate frame.")
(defvar display-buffer-function nil "If non-nil, function to call to handle `display-buffer'.")
(defvar display-buffer-alist nil "Alist of user-defined conditional actions for `display-buffer'.")
(defvar display-buffer-overriding-action '(nil . nil) "Overriding action for buffer display.")
(defvar display-buffer-base-action '(nil . nil) "User-specified default action for `display-buffer'.")
(defvar display-buffer-fallback-action
  '((display-buffer--maybe-same-window display-buffer-reuse-window
     display-buffer--maybe-pop-up-frame-or-window display-buffer-in-previous-window
     display-buffer-use-some-window display-buffer-pop-up-frame))
  "Default fallback action for `display-buffer'.")
(defvar same-window-buffer-names nil "List of names of buffers that should appear in the \"same\" window.")
(defvar same-window-regexps nil "List of regexps saying which buffers should appear in the \"same\" window.")
(defvar switch-to-buffer-preserve-window-point t "If non-nil, `switch-to-buffer' tries to preserve `window-point'.")
(defvar switch-to-buffer-obey-display-actions nil "If non-nil, `switch-to-buffer' runs `pop-to-buffer-same-window' instead.")
(defvar switch-to-visible-buffer t "If non-nil, allow switching to an already visible buffer.")
(defvar delete-window-choose-selected 'mru "How to choose a frame's selected window after window deletion.")

(defun one-window-p (&optional nomini all-frames)
  "Return non-nil if the selected window is the only window."
  (let ((base-window (selected-window)))
    (if (and nomini (eq base-window (minibuffer-window)))
        (setq base-window (next-window base-window)))
    (eq base-window (next-window base-window (if nomini 'arg) all-frames))))

(defun window-size (&optional window horizontal pixelwise round)
  "Return the total height (or with HORIZONTAL, width) of WINDOW."
  (if horizontal (window-total-width window round) (window-total-height window round)))
(defun window-total-size (&optional window horizontal round)
  "Return the total height or width of WINDOW."
  (if horizontal (window-total-width window round) (window-total-height window round)))
(defun window-body-size (&optional window horizontal pixelwise)
  "Return the height or width of WINDOW's text area."
  (if horizontal (window-body-width window pixelwise) (window-body-height window pixelwise)))
(defun window-height (&optional window round) "Return the total height of WINDOW." (window-total-height window round))
(defun window-width (&optional window pixelwise) "Return the width of WINDOW's text area." (window-body-width window pixelwise))
(defun window-min-size (&optional window horizontal _ignore _pixelwise)
  "Return the minimum size of WINDOW.
For an internal window, that of its children together (or the largest of
them, across the combination)."
  (let ((window (window-normalize-window window)))
    (cond ((window-minibuffer-p window) (if horizontal 2 1))
          ((window-child window)
           (let ((sub (window-child window)) (sum 0) (max 0)
                 (along (if horizontal (window-left-child window) (window-top-child window))))
             (while sub
               (let ((m (window-min-size sub horizontal)))
                 (setq sum (+ sum m) max (max max m)))
               (setq sub (window-next-sibling sub)))
             (if along sum max)))
          (horizontal window-min-width)
          (t window-min-height))))
(defun window-safe-min-size (&optional window horizontal _pixelwise)
  "Return safe minimum size of WINDOW."
  (setq window (window-normalize-window window))
  (if horizontal (if (window-live-p window) window-safe-min-width 2) window-safe-min-height))
(defun window-max-chars-per-line (&optional window _face)
  "Return the number of characters that can be displayed on one line in WINDOW."
  (1- (window-body-width window)))
(defun frame-root-window-p (window)
  "Return non-nil if WINDOW is the root window of its frame."
  (eq window (frame-root-window window)))
(defun window-full-height-p (&optional window)
  "Return t if WINDOW is as high as its containing frame."
  (setq window (window-normalize-window window))
  (= (window-total-height window) (window-total-height (frame-root-window window))))
(defun window-full-width-p (&optional window)
  "Return t if WINDOW is as wide as its containing frame."
  (setq window (window-normalize-window window))
  (= (window-total-width window) (window-total-width (frame-root-window window))))
(defun window-child (window) "Return WINDOW's first child window." (or (window-top-child window) (window-left-child window)))
(defun window-left (window) "Return WINDOW's left sibling." (window-prev-sibling window))
(defun window-right (window) "Return WINDOW's right sibling." (window-next-sibling window))
(defun window-combined-p (&optional window horizontal)
  "Return non-nil if WINDOW has siblings in a given direction."
  (setq window (window-normalize-window window))
  (let ((parent (window-parent window)))
    (and parent (if horizontal (window-left-child parent) (window-top-child parent)))))
(defun window-size-fixed-p (&optional _window _horizontal _ignore) "Return non-nil if WINDOW's size is fixed." nil)

(defun window-edges (&optional window body _absolute pixelwise)
  "Return a list of the edge distances of WINDOW: (LEFT TOP RIGHT BOTTOM)."
  (let* ((window (window-normalize-window window body))
         (left (window-left-column window))
         (top (window-top-line window)))
    ;; GNU measures body and pixel edges from the frame's text area, which starts below the menu bar
    ;; line the window layout counts in.
    (when (or body pixelwise) (setq top (max 0 (1- top))))
    (if body
        (list left top (+ left (window-body-width window)) (+ top (window-body-height window)))
      (list left top (+ left (window-total-width window)) (+ top (window-total-height window))))))
(defun window-pixel-edges (&optional window) "Return the pixel edges of WINDOW." (window-edges window nil nil t))
(defun window-body-edges (&optional window) "Return the body edges of WINDOW." (window-edges window t))
(defun window-inside-edges (&optional window) "Return the body edges of WINDOW." (window-edges window t))

(defun window-tree-1 (window &optional next)
  (let (list)
    (while window
      (setq list
            (cons (cond
                   ((window-top-child window)
                    (cons t (cons (window-edges window) (window-tree-1 (window-top-child window) t))))
                   ((window-left-child window)
                    (cons nil (cons (window-edges window) (window-tree-1 (window-left-child window) t))))
                   (t window))
                  list))
      (setq window (when next (window-next-sibling window))))
    (nreverse list)))

(defun window-tree (&optional frame)
  "Return the window tree of frame FRAME: (ROOT MINI)."
  (setq frame (window-normalize-frame frame))
  (window-tree-1 (frame-root-window frame) t))

(defun walk-windows (fun &optional minibuf all-frames)
  "Cycle through all live windows, calling FUN for each one."
  (save-selected-window
    (dolist (walk-windows-window (window-list-1 nil minibuf all-frames))
      (funcall fun walk-windows-window))))

;; The tree walkers of GNU's window.el: FUN sees each window of the subtree, parents before their
;; children; internal windows only when ANY is non-nil.
(defun walk-window-subtree (fun &optional window any)
  "Run FUN on WINDOW (the selected frame's root by default) and the windows below it."
  (let ((window (or window (frame-root-window))))
    (let ((child (window-child window)))
      (when (or any (not child)) (funcall fun window))
      (while child
        (walk-window-subtree fun child any)
        (setq child (window-right child))))))

(defun minibuffer-window-active-p (window)
  "Return t if WINDOW is the currently active minibuffer window."
  (and (window-live-p window) (eq window (active-minibuffer-window))))

(defun walk-window-tree (fun &optional frame any minibuf)
  "Run FUN on each live window of FRAME (and each internal window too when ANY is non-nil).
MINIBUF t includes the minibuffer window, nil includes it when active, anything else excludes it."
  (let ((root (frame-root-window (window-normalize-frame frame))))
    (walk-window-subtree fun root any)
    (let ((mini (minibuffer-window frame)))
      (when (and mini (not (eq mini root)) (window-live-p mini)
                 (or (eq minibuf t) (and (null minibuf) (minibuffer-window-active-p mini))))
        (funcall fun mini)))))

(defun get-buffer-window-list (&optional buffer-or-name minibuf all-frames)
  "Return list of all windows displaying BUFFER-OR-NAME, or nil if none."
  (let ((buffer (window-normalize-buffer buffer-or-name))
        windows)
    (dolist (window (window-list-1 (selected-window) minibuf all-frames))
      (when (eq (window-buffer window) buffer) (push window windows)))
    (nreverse windows)))

(defun get-lru-window (&optional all-frames dedicated not-selected no-other)
  "Return the least recently used window on frames specified by ALL-FRAMES."
  (let (best best-time second second-time)
    (dolist (window (window-list-1 nil 'nomini all-frames))
      (when (and (or dedicated (not (window-dedicated-p window)))
                 (or (not not-selected) (not (eq window (selected-window))))
                 (or (not no-other) (not (window-parameter window 'no-other-window))))
        (let ((time (window-use-time window)))
          (if (or (eq window (selected-window)) (not (window-full-width-p window)))
              (when (or (not second-time) (< time second-time)) (setq second-time time second window))
            (when (or (not best-time) (< time best-time)) (setq best-time time best window))))))
    (or best second)))

(defun get-mru-window (&optional all-frames dedicated not-selected no-other)
  "Return the most recently used window on frames specified by ALL-FRAMES."
  (let (best best-time)
    (dolist (window (window-list-1 nil 'nomini all-frames))
      (let ((time (window-use-time window)))
        (when (and (or dedicated (not (window-dedicated-p window)))
                   (or (not not-selected) (not (eq window (selected-window))))
                   (or (not no-other) (not (window-parameter window 'no-other-window)))
                   (or (not best-time) (> time best-time)))
          (setq best-time time best window))))
    best))

(defun get-largest-window (&optional all-frames dedicated not-selected no-other)
  "Return the largest window on frames specified by ALL-FRAMES."
  (let ((best-size 0) best)
    (dolist (window (window-list-1 nil 'nomini all-frames))
      (when (and (or dedicated (not (window-dedicated-p window)))
                 (or (not not-selected) (not (eq window (selected-window))))
                 (or (not no-other) (not (window-parameter window 'no-other-window))))
        (let ((size (* (window-total-height window) (window-total-width window))))
          (when (> size best-size) (setq best-size size best window)))))
    best))

;;; A window's buffer history.

(defun record-window-buffer (&optional window)
  "Record WINDOW's buffer in WINDOW's list of previous buffers."
  (let* ((window (window-normalize-window window t))
         (buffer (window-buffer window))
         (entry (assq buffer (window-prev-buffers window))))
    (set-window-next-buffers window nil)
    (when entry
      (set-window-prev-buffers window (assq-delete-all buffer (window-prev-buffers window))))
    ;; Buffers whose names start with a space are not recorded, minibuffers aside.
    (when (or (not (eq (aref (buffer-name buffer) 0) ?\s)) (minibufferp buffer))
      (let ((start (window-start window))
            (point (window-point window)))
        (setq entry (cons buffer
                          (if entry
                              (list (set-marker (nth 1 entry) start buffer)
                                    (set-marker (nth 2 entry) point buffer))
                            (with-current-buffer buffer
                              (list (copy-marker start)
                                    (copy-marker point window-point-insertion-type))))))
        (set-window-prev-buffers window (cons entry (window-prev-buffers window)))))
    (run-hooks 'buffer-list-update-hook)))

(defun unrecord-window-buffer (&optional window buffer)
  "Unrecord BUFFER in WINDOW."
  (let ((window (window-normalize-window window t))
        (buffer (or buffer (window-buffer window))))
    (set-window-prev-buffers window (assq-delete-all buffer (window-prev-buffers window)))
    (set-window-next-buffers window (delq buffer (window-next-buffers window)))))

(defun set-window-buffer-start-and-point (window buffer &optional start point)
  "Set WINDOW's buffer to BUFFER, and its start and point to START and POINT."
  (setq window (window-normalize-window window t))
  (let ((selected (eq window (selected-window)))
        (current (eq (window-buffer window) (current-buffer))))
    (set-window-buffer window buffer)
    (when (and selected current) (set-buffer buffer))
    (when start (set-window-start window start t))
    (when point (set-window-point window point))))

(defun switch-to-prev-buffer (&optional window bury-or-kill)
  "In WINDOW switch to previous buffer; return it, or nil if there is none.
BURY-OR-KILL non-nil means OLD-BUFFER leaves WINDOW's history."
  (let* ((window (window-normalize-window window t))
         (frame (window-frame window))
         (old-buffer (window-buffer window))
         (next-buffers (window-next-buffers window))
         new-buffer visible)
    (unless (catch 'found
              ;; First the buffers this window showed before.
              (dolist (entry (window-prev-buffers window))
                (setq new-buffer (car entry))
                (when (and (buffer-live-p new-buffer)
                           (not (eq new-buffer old-buffer))
                           (or bury-or-kill (not (memq new-buffer next-buffers))))
                  (if (and (not switch-to-visible-buffer) (get-buffer-window new-buffer frame))
                      (setq visible new-buffer)
                    (set-window-buffer-start-and-point window new-buffer (nth 1 entry) (nth 2 entry))
                    (throw 'found t))))
              ;; Then the buffer list, avoiding buffers shown elsewhere.
              (dolist (buffer (buffer-list frame))
                (when (and (buffer-live-p buffer)
                           (not (eq buffer old-buffer))
                           (not (eq (aref (buffer-name buffer) 0) ?\s))
                           (or bury-or-kill (not (memq buffer next-buffers))))
                  (if (get-buffer-window buffer frame)
                      (unless visible (setq visible buffer))
                    (setq new-buffer buffer)
                    (set-window-buffer-start-and-point window new-buffer)
                    (throw 'found t))))
              nil)
      (when visible
        (setq new-buffer visible)
        (set-window-buffer-start-and-point window new-buffer)))
    (if bury-or-kill
        (progn
          (set-window-prev-buffers window (assq-delete-all old-buffer (window-prev-buffers window)))
          (set-window-next-buffers window (delq old-buffer next-buffers)))
      (set-window-next-buffers window (cons old-buffer (delq old-buffer next-buffers))))
    (and (not (eq new-buffer old-buffer)) new-buffer)))

(defun replace-buffer-in-windows (&optional buffer-or-name)
  "Replace BUFFER-OR-NAME with some other buffer in all windows showing it."
  (interactive "bBuffer to replace: ")
  (let ((buffer (window-normalize-buffer buffer-or-name)))
    (dolist (window (window-list-1 nil nil t))
      (if (eq (window-buffer window) buffer)
          (unless (and (window-dedicated-p window) (not (window-minibuffer-p window))
                       (cdr (window-list-1 nil 'nomini))
                       (progn (delete-window window) t))
            (switch-to-prev-buffer window 'kill))
        (unrecord-window-buffer window buffer)))))

;;; Splitting and deleting.

(defun split-window (&optional window size side _pixelwise)
  "Make a new window adjacent to WINDOW and return it.
SIZE nil gives both windows half of WINDOW's size; a non-negative SIZE
is WINDOW's new size, a negative one the new window's.  SIDE is below
\(the default), above, right (or t) or left."
  (setq window (window-normalize-window window))
  (let* ((side (cond ((not side) 'below) ((memq side '(below above right left)) side) (t 'right)))
         (horizontal (memq side '(right left)))
         (old-size (window-total-size window horizontal))
         (new-size (cond ((null size) (/ old-size 2))
                         ((>= size 0) (- old-size size))
                         (t (- size)))))
    (when (window-minibuffer-p window) (error "Attempt to split minibuffer window"))
    (cond
     ((null size)
      (when (> (+ new-size (window-min-size window horizontal)) old-size)
        (error "Window %s too small for splitting" window)))
     ((and (>= size 0) (or (>= size old-size) (< new-size (window-safe-min-size window horizontal))))
      (error "Window %s too small for splitting" window))
     ((or (< new-size (window-safe-min-size window horizontal))
          (< (- old-size new-size) (window-safe-min-size window horizontal)))
      (error "Window %s too small for splitting" window)))
    (let* ((new-parent (or (eq window-combination-limit t) (not (window-combined-p window horizontal))))
           (normal (cond (size (/ (float new-size) (if new-parent old-size
                                                     (window-total-size (window-parent window) horizontal))))
                         (new-parent 0.5)
                         (t (/ (window-normal-size window horizontal) 2.0)))))
      ;; WINDOW's new size first, as split-window-internal expects.
      (set-window-new-pixel window (- old-size new-size))
      (set-window-new-total window (- old-size new-size))
      (split-window-internal window new-size side normal))))

(defun split-window-below (&optional size)
  "Split the selected window into two windows, one above the other."
  (interactive "P")
  (split-window nil (and size (prefix-numeric-value size)) 'below))
(defun split-window-right (&optional size)
  "Split the selected window into two side-by-side windows."
  (interactive "P")
  (split-window nil (and size (prefix-numeric-value size)) 'right))
(defalias 'split-window-vertically 'split-window-below)
(defalias 'split-window-horizontally 'split-window-right)

(defun window-splittable-p (window &optional horizontal)
  "Return non-nil if `split-window-sensibly' may split WINDOW."
  (when (and (window-live-p window) (not (window-parameter window 'window-side)))
    (with-current-buffer (window-buffer window)
      (if horizontal
          (and (numberp split-width-threshold)
               (>= (window-width window) (max split-width-threshold (* 2 (max window-min-width 2)))))
        (and (numberp split-height-threshold)
             (>= (window-height window)
                 (max split-height-threshold (* 2 (max window-min-height (if mode-line-format 2 1))))))))))

(defun split-window-sensibly (&optional window)
  "Split WINDOW in a way suitable for `display-buffer'."
  (let ((window (or window (selected-window))))
    (or (and (window-splittable-p window) (with-selected-window window (split-window-below)))
        (and (window-splittable-p window t) (with-selected-window window (split-window-right)))
        ;; The frame's only window may be split whatever the thresholds say.
        (and (eq window (frame-first-window (window-frame window)))
             (null (cdr (window-list (window-frame window) 'nomini)))
             (not (window-minibuffer-p window))
             (let ((split-height-threshold 0))
               (when (window-splittable-p window)
                 (with-selected-window window (split-window-below))))))))

(defun delete-window (&optional window)
  "Delete WINDOW, giving its space to a neighbour."
  (interactive)
  (setq window (window-normalize-window window))
  (when (or (window-minibuffer-p window) (frame-root-window-p window))
    (error "Attempt to delete minibuffer or sole ordinary window"))
  (let ((frame (window-frame window))
        (was-selected (eq window (selected-window))))
    (when (window-live-p window) (unrecord-window-buffer window))
    (delete-window-internal window)
    (when was-selected
      (let ((mru (get-mru-window frame nil nil t)))
        (when (window-live-p mru) (select-window mru))))
    nil))

(defun delete-other-windows (&optional window _interactive)
  "Make WINDOW fill its frame."
  (interactive)
  (setq window (window-normalize-window window))
  (delete-other-windows-internal window)
  (when (window-live-p window) (select-window window 'norecord))
  nil)

(defun other-window (count &optional all-frames _interactive)
  "Select another window in cyclic ordering of windows, COUNT times."
  (interactive "p")
  (let ((window (selected-window)))
    (while (> count 0)
      (setq window (next-window window nil all-frames)
            count (1- count)))
    (while (< count 0)
      (setq window (previous-window window nil all-frames)
            count (1+ count)))
    (select-window window)
    nil))

;;; Displaying buffers.

(defun display-buffer-record-window (type window buffer)
  "Record information for window used by `display-buffer'."
  (cond
   ((eq type 'reuse)
    (if (eq (window-buffer window) buffer)
        ;; Shown there already: the quit-restore parameter now says so.
        (let ((quit-restore (window-parameter window 'quit-restore)))
          (when (consp quit-restore)
            (setcar quit-restore 'same)
            (unless (or (eq window (selected-window)) (eq window (nth 2 quit-restore)))
              (setcar (cddr quit-restore) (selected-window)))))
      (with-current-buffer (window-buffer window)
        (set-window-parameter
         window 'quit-restore
         (list 'other
               (list (current-buffer) (window-start window)
                     (copy-marker (window-point window) window-point-insertion-type)
                     (if (window-combined-p window) (window-total-height window) (window-total-width window)))
               (selected-window) buffer)))))
   ((eq type 'window)
    (set-window-parameter window 'quit-restore (list 'window 'window (selected-window) buffer)))))

(defun window--display-buffer (buffer window type &optional alist)
  "Display BUFFER in WINDOW; TYPE is reuse or window."
  (when (and (buffer-live-p buffer) (window-live-p window))
    (display-buffer-record-window type window buffer)
    (unless (eq buffer (window-buffer window))
      (set-window-dedicated-p window nil)
      (set-window-buffer window buffer))
    (let ((alist-dedicated (assq 'dedicated alist)))
      ;; A reused window is dedicated only when asked for a side window.
      (cond ((or (window-dedicated-p window)
                 (and (eq type 'reuse) (not (eq (cdr alist-dedicated) 'side)))))
            (alist-dedicated (set-window-dedicated-p window (cdr alist-dedicated)))))
    ;; A new window has no history.
    (when (eq type 'window) (set-window-prev-buffers window nil))
    (let ((body (cdr (assq 'body-function alist))))
      (when (functionp body)
        (let ((inhibit-read-only t) (inhibit-modification-hooks t))
          (funcall body window))))
    window))

(defun display-buffer-same-window (buffer alist)
  "Display BUFFER in the selected window."
  (unless (or (cdr (assq 'inhibit-same-window alist))
              (window-minibuffer-p)
              (window-dedicated-p))
    (window--display-buffer buffer (selected-window) 'reuse alist)))

(defun display-buffer--maybe-same-window (buffer alist)
  (and (let ((name (buffer-name buffer)))
         (or (member name same-window-buffer-names)
             (assoc name same-window-buffer-names)
             (catch 'found
               (dolist (re same-window-regexps)
                 (when (string-match-p (if (consp re) (car re) re) name) (throw 'found t)))
               nil)))
       (display-buffer-same-window buffer alist)))

(defun display-buffer-reuse-window (buffer alist)
  "Return a window that is already displaying BUFFER."
  (let ((window (if (and (eq buffer (window-buffer)) (not (cdr (assq 'inhibit-same-window alist))))
                    (selected-window)
                  (catch 'found
                    (dolist (w (window-list-1 (next-window nil 'nomini) 'nomini))
                      (when (and (eq (window-buffer w) buffer)
                                 (not (and (cdr (assq 'inhibit-same-window alist)) (eq w (selected-window)))))
                        (throw 'found w)))
                    nil))))
    (when (window-live-p window)
      (window--display-buffer buffer window 'reuse alist))))

(defun display-buffer-pop-up-window (buffer alist)
  "Display BUFFER by splitting a window."
  (let ((frame (selected-frame)) window)
    (when (and (not (frame-parameter frame 'unsplittable))
               (setq window (or (funcall split-window-preferred-function (get-largest-window frame t))
                                (funcall split-window-preferred-function (get-lru-window frame t)))))
      (window--display-buffer buffer window 'window alist))))

(defun display-buffer--maybe-pop-up-frame-or-window (buffer alist)
  (and pop-up-windows (display-buffer-pop-up-window buffer alist)))

(defun display-buffer-in-previous-window (buffer alist)
  "Display BUFFER in a window previously showing it."
  (let ((inhibit-same (cdr (assq 'inhibit-same-window alist)))
        (prev (cdr (assq 'previous-window alist)))
        best)
    (if (and (window-live-p prev) (not (and inhibit-same (eq prev (selected-window)))))
        (setq best prev)
      (dolist (w (window-list-1 nil 'nomini))
        (when (and (not best) (assq buffer (window-prev-buffers w))
                   (not (and inhibit-same (eq w (selected-window))))
                   (not (window-dedicated-p w)))
          (setq best w))))
    (when best (window--display-buffer buffer best 'reuse alist))))

(defun display-buffer-use-some-window (buffer alist)
  "Display BUFFER in an existing window."
  (let* ((not-this-window (cdr (assq 'inhibit-same-window alist)))
         (window (or (get-lru-window nil nil not-this-window)
                     (let ((w (get-buffer-window buffer)))
                       (unless (and not-this-window (eq w (selected-window))) w))
                     (get-largest-window nil nil not-this-window))))
    (when (window-live-p window)
      (window--display-buffer buffer window 'reuse alist))))

(defun display-buffer-no-window (_buffer alist)
  "Display BUFFER in no window."
  (when (cdr (assq 'allow-no-window alist)) 'fail))

(defun display-buffer-pop-up-frame (_buffer _alist)
  "Display BUFFER in a new frame (there is one frame only here)."
  nil)

(defun display-buffer-assq-regexp (buffer-name alist action)
  "Return the cdr of the first entry of ALIST whose condition matches BUFFER-NAME."
  (catch 'match
    (dolist (entry alist)
      (let ((key (car entry)))
        (when (if (stringp key)
                  (string-match-p key buffer-name)
                (and (functionp key) (funcall key buffer-name action)))
          (throw 'match (cdr entry)))))))

(defun display-buffer (buffer-or-name &optional action frame)
  "Display BUFFER-OR-NAME in some window, without selecting it.
Return the window chosen, or nil."
  (interactive (list (read-buffer "Display buffer: " (other-buffer)) (if current-prefix-arg t)))
  (ignore frame)
  (let ((buffer (if (bufferp buffer-or-name) buffer-or-name (get-buffer buffer-or-name)))
        (inhibit-same-window (and action (not (listp action)))))
    (unless (listp action) (setq action nil))
    (if display-buffer-function
        (funcall display-buffer-function buffer inhibit-same-window)
      (let* ((user-action (display-buffer-assq-regexp (and (buffer-live-p buffer) (buffer-name buffer))
                                                      display-buffer-alist action))
             (actions (list display-buffer-overriding-action user-action action
                            (if inhibit-same-window '(nil (inhibit-same-window . t)) '(nil))
                            display-buffer-base-action display-buffer-fallback-action))
             (functions (apply #'append (mapcar (lambda (x) (setq x (car x)) (if (functionp x) (list x) x)) actions)))
             (alist (apply #'append (mapcar #'cdr actions)))
             window)
        (unless (buffer-live-p buffer) (error "Invalid buffer"))
        (while (and functions (not window))
          (setq window (funcall (car functions) buffer alist)
                functions (cdr functions)))
        (and (windowp window) window)))))

(defun pop-to-buffer (buffer-or-name &optional action norecord)
  "Display buffer specified by BUFFER-OR-NAME and select its window."
  (interactive (list (read-buffer "Pop to buffer: " (other-buffer)) (if current-prefix-arg t)))
  (let* ((buffer (window-normalize-buffer-to-switch-to buffer-or-name))
         (window (display-buffer buffer action)))
    ;; Selecting the window makes BUFFER current; without a window it is just made current.
    (if window (select-window window norecord) (set-buffer buffer))
    buffer))

(defun pop-to-buffer-same-window (buffer &optional norecord)
  "Select buffer BUFFER in some window, preferably the same one."
  (pop-to-buffer buffer display-buffer--same-window-action norecord))

(defconst display-buffer--same-window-action
  '(display-buffer-same-window (inhibit-same-window . nil))
  "A `display-buffer' action for displaying in the same window.")
(defconst display-buffer--other-frame-action
  '((display-buffer-reuse-window display-buffer-pop-up-frame) (reusable-frames . 0) (inhibit-same-window . t))
  "A `display-buffer' action for displaying in another frame.")

(defun switch-to-buffer (buffer-or-name &optional norecord force-same-window)
  "Display buffer BUFFER-OR-NAME in the selected window and make it current."
  (interactive (list (read-buffer "Switch to buffer: " (other-buffer))))
  (let ((buffer (window-normalize-buffer-to-switch-to buffer-or-name)))
    (cond
     ((eq buffer (window-buffer)) nil)
     ((window-minibuffer-p)
      (if force-same-window (user-error "Cannot switch buffers in minibuffer window")
        (pop-to-buffer buffer nil norecord)))
     ((eq (window-dedicated-p) t)
      (if force-same-window (user-error "Cannot switch buffers in a dedicated window")
        (pop-to-buffer buffer nil norecord)))
     (t
      (let ((entry (assq buffer (window-prev-buffers))))
        (set-window-buffer nil buffer)
        (when (and entry (eq switch-to-buffer-preserve-window-point t))
          (set-window-start (selected-window) (nth 1 entry) t)
          (set-window-point nil (nth 2 entry))))))
    (unless norecord (select-window (selected-window)))
    (set-buffer buffer)))

(defun switch-to-buffer-other-window (buffer-or-name &optional norecord)
  "Select the buffer specified by BUFFER-OR-NAME in another window."
  (interactive (list (read-buffer "Switch to buffer in other window: " (other-buffer))))
  (pop-to-buffer buffer-or-name t norecord))

(defun quit-restore-window (&optional window bury-or-kill)
  "Quit WINDOW and deal with its buffer (BURY-OR-KILL: nil, append, bury or kill)."
  (setq window (window-normalize-window window t))
  (let* ((buffer (window-buffer window))
         (quit-restore (window-parameter window 'quit-restore))
         (was-selected (eq window (selected-window)))
         (prev (nth 2 quit-restore))
         quad)
    (cond
     ((and (eq (nth 1 quit-restore) 'window) (eq (nth 3 quit-restore) buffer)
           (not (frame-root-window-p window)))
      (delete-window window)
      (when (and was-selected (window-live-p prev)) (select-window prev)))
     ((and (consp (setq quad (nth 1 quit-restore))) (buffer-live-p (car quad))
           (eq (nth 3 quit-restore) buffer))
      (set-window-buffer window (car quad))
      (set-window-start window (nth 1 quad) t)
      (set-window-point window (nth 2 quad))
      (set-window-parameter window 'quit-restore nil)
      (when (and was-selected (window-live-p prev)) (select-window prev)))
     (t
      (set-window-parameter window 'quit-restore nil)
      (switch-to-prev-buffer window bury-or-kill)))
    (cond ((eq bury-or-kill 'kill) (kill-buffer buffer))
          ((memq bury-or-kill '(bury append)) (bury-buffer-internal buffer)))
    nil))

(defun quit-window (&optional kill window)
  "Quit WINDOW and bury its buffer (KILL non-nil: kill it)."
  (interactive "P")
  (quit-restore-window window (if kill 'kill 'bury)))

;;; Temporary buffers shown in windows.

(defvar temp-buffer-window-setup-hook nil "Normal hook run by `with-temp-buffer-window' before BODY.")
(defvar temp-buffer-window-show-hook nil "Normal hook run by `with-temp-buffer-window' after displaying the buffer.")

(defun temp-buffer-window-setup (buffer-or-name)
  "Set up temporary buffer specified by BUFFER-OR-NAME."
  (let ((old-dir default-directory)
        (buffer (get-buffer-create buffer-or-name)))
    (with-current-buffer buffer
      (kill-all-local-variables)
      (setq default-directory old-dir)
      (setq buffer-read-only nil)
      (setq buffer-file-name nil)
      (setq buffer-undo-list t)
      (let ((inhibit-read-only t) (inhibit-modification-hooks t))
        (erase-buffer)
        (run-hooks 'temp-buffer-window-setup-hook))
      (current-buffer))))

(defun temp-buffer-window-show (buffer &optional action)
  "Show temporary buffer BUFFER in a window; return the window."
  (let (window)
    (with-current-buffer buffer
      (set-buffer-modified-p nil)
      (setq buffer-read-only t)
      (goto-char (point-min))
      (when (setq window (display-buffer buffer action))
        (with-selected-window window
          (run-hooks 'temp-buffer-window-show-hook))))
    window))

(defmacro with-temp-buffer-window (buffer-or-name action quit-function &rest body)
  "Bind `standard-output' to BUFFER-OR-NAME, eval BODY, show the buffer."
  (declare (debug t) (indent 3))
  (let ((buffer (make-symbol "buffer")) (window (make-symbol "window")) (value (make-symbol "value")))
    (macroexp-let2* nil ((vbuffer-or-name buffer-or-name) (vaction action) (vquit-function quit-function))
      `(let* ((,buffer (temp-buffer-window-setup ,vbuffer-or-name))
              (standard-output ,buffer)
              ,window ,value)
         (setq ,value (progn ,@body))
         (with-current-buffer ,buffer
           (setq ,window (temp-buffer-window-show ,buffer ,vaction)))
         (if (functionp ,vquit-function) (funcall ,vquit-function ,window ,value) ,value)))))

;;; with-output-to-temp-buffer (GNU: subr.el's macro and window.c's temp_output_buffer_show).

;; As GNU's help.el sets them up: temporary output buffers are help buffers.
(defvar temp-buffer-setup-hook '(help-mode-setup) "Normal hook run by `with-output-to-temp-buffer' at the start.")
(defvar temp-buffer-show-hook '(help-mode-finish) "Normal hook run by `with-output-to-temp-buffer' after displaying the buffer.")

(defun internal-temp-output-buffer-show (buf)
  "Internal function for `with-output-to-temp-buffer': show BUF from its start."
  (setq buf (get-buffer buf))
  (with-current-buffer buf
    (set-buffer-modified-p nil)
    (widen)
    (goto-char (point-min)))
  (if temp-buffer-show-function
      (funcall temp-buffer-show-function buf)
    (let ((window (display-buffer buf)))
      (when (window-live-p window)
        (setq minibuffer-scroll-window window)
        (set-window-hscroll window 0)
        (set-window-start window (with-current-buffer buf (point-min)))
        (set-window-point window (with-current-buffer buf (point-min)))
        (save-current-buffer
          (with-selected-window window
            (set-buffer buf)
            (run-hooks 'temp-buffer-show-hook))))))
  nil)

(defmacro with-output-to-temp-buffer (bufname &rest body)
  "Bind `standard-output' to buffer BUFNAME, eval BODY, then show that buffer.
The value of the last form in BODY is returned."
  (declare (debug t))
  (let ((old-dir (make-symbol "old-dir")) (buf (make-symbol "buf")))
    `(let* ((,old-dir default-directory)
            (,buf (with-current-buffer (get-buffer-create ,bufname)
                    (prog1 (current-buffer)
                      (kill-all-local-variables)
                      (setq default-directory ,old-dir)
                      (setq buffer-read-only nil)
                      (setq buffer-file-name nil)
                      (setq buffer-undo-list t)
                      (let ((inhibit-read-only t) (inhibit-modification-hooks t))
                        (erase-buffer)
                        (run-hooks 'temp-buffer-setup-hook)))))
            (standard-output ,buf))
       (prog1 (progn ,@body)
         (internal-temp-output-buffer-show ,buf)))))

;;; Moving through a window's buffer history.

(defun switch-to-next-buffer (&optional window)
  "In WINDOW switch to next buffer; return it, or nil if there is none."
  (let* ((window (window-normalize-window window t))
         (frame (window-frame window))
         (old-buffer (window-buffer window))
         (next-buffers (window-next-buffers window))
         new-buffer entry)
    (catch 'found
      ;; The next buffers first, then the buffer list, then the previous buffers.
      (dolist (buffer next-buffers)
        (when (and (buffer-live-p buffer) (not (eq buffer old-buffer)))
          (setq entry (assq buffer (window-prev-buffers window)))
          (setq new-buffer buffer)
          (set-window-buffer-start-and-point window new-buffer (nth 1 entry) (nth 2 entry))
          (throw 'found t)))
      (dolist (buffer (buffer-list frame))
        (when (and (buffer-live-p buffer) (not (eq buffer old-buffer))
                   (not (eq (aref (buffer-name buffer) 0) ?\s))
                   (not (assq buffer (window-prev-buffers window)))
                   (not (get-buffer-window buffer frame)))
          (setq new-buffer buffer)
          (set-window-buffer-start-and-point window new-buffer)
          (throw 'found t)))
      (dolist (entry (reverse (window-prev-buffers window)))
        (when (and (buffer-live-p (car entry)) (not (eq (car entry) old-buffer)))
          (setq new-buffer (car entry))
          (set-window-buffer-start-and-point window new-buffer (nth 1 entry) (nth 2 entry))
          (throw 'found t))))
    (set-window-next-buffers window (delq new-buffer next-buffers))
    new-buffer))

(defun next-buffer (&optional arg)
  "In selected window switch to ARGth next buffer."
  (interactive "p")
  (when (window-minibuffer-p) (user-error "Cannot switch buffers in minibuffer window"))
  (when (eq (window-dedicated-p) t) (user-error "Window is strongly dedicated to its buffer"))
  (dotimes (_ (or arg 1))
    (unless (switch-to-next-buffer) (user-error "No next buffer"))))

(defun previous-buffer (&optional arg)
  "In selected window switch to ARGth previous buffer."
  (interactive "p")
  (when (window-minibuffer-p) (user-error "Cannot switch buffers in minibuffer window"))
  (when (eq (window-dedicated-p) t) (user-error "Window is strongly dedicated to its buffer"))
  (dotimes (_ (or arg 1))
    (unless (switch-to-prev-buffer) (user-error "No previous buffer"))))

(defun unbury-buffer ()
  "Switch to the last buffer in the buffer list."
  (interactive)
  (switch-to-buffer (last-buffer)))

(defun last-buffer (&optional buffer visible-ok frame)
  "Return the last buffer in FRAME's buffer list, other than BUFFER and hidden ones."
  (ignore frame)
  (let (found)
    (dolist (b (reverse (buffer-list)))
      (when (and (not found) (not (eq b buffer)) (not (eq (aref (buffer-name b) 0) ?\s))
                 (or visible-ok (null (get-buffer-window b))))
        (setq found b)))
    (or found (get-buffer-create "*scratch*"))))

(defun kill-buffer-and-window ()
  "Kill the current buffer and delete the selected window."
  (interactive)
  (let* ((window-to-delete (selected-window))
         (buffer-to-kill (current-buffer))
         (delete-window-hook (lambda () (ignore-errors (delete-window window-to-delete)))))
    (unwind-protect
        (progn
          ;; The window goes while the buffer is being killed, before another buffer replaces it.
          (add-hook 'kill-buffer-hook delete-window-hook t t)
          (when (kill-buffer (current-buffer))
            ;; If that failed, this says why.
            (when (eq (selected-window) window-to-delete) (delete-window))))
      (ignore-errors
        (with-current-buffer buffer-to-kill (remove-hook 'kill-buffer-hook delete-window-hook t))))))

(provide 'window)

;;; window.el ends here
