;;; simple.el --- basic editing commands: mark and region, kill ring, undo, line and whitespace editing (GNU: lisp/simple.el)  -*- lexical-binding: t -*-

;; Written for tsmacs from GNU Emacs's manuals and observed behaviour (GNU Emacs 28.2 is the oracle).
;; Preloaded after files.el.  Batch-oriented: there is no window system, so the interprogram
;; (clipboard) functions are nil and messages go to stderr.

;;; Code:

;;;; Variables shared by several commands

(defvar delete-active-region t
  "Whether single-char deletion commands delete an active region.
If the value is the symbol `kill', the active region is killed instead.")

(defvar use-empty-active-region nil
  "Whether \"region-aware\" commands should act on empty regions.")

(defvar fill-prefix nil
  "String for filling to insert at front of new line, or nil for none.")
(make-variable-buffer-local 'fill-prefix)

(defvar activate-mark-hook nil "Hook run when the mark becomes active.")
(defvar deactivate-mark-hook nil "Hook run when the mark becomes inactive.")
(defvar transient-mark-mode-hook nil "Hook run after `transient-mark-mode' changes.")

(defvar mark-ring nil
  "The list of former marks of the current buffer, most recent first.")
(make-variable-buffer-local 'mark-ring)
(put 'mark-ring 'permanent-local t)

(defvar mark-ring-max 16
  "Maximum size of mark ring.  Start discarding off end if gets this big.")

(defvar global-mark-ring nil
  "The list of saved global marks, most recent first.")

(defvar global-mark-ring-max 16
  "Maximum size of global mark ring.  Start discarding off end if gets this big.")

;;;; The mark and the region

(defun mark (&optional force)
  "Return this buffer's mark value as integer, or nil if never set.
When Transient Mark mode is on and the mark is inactive, signal
`mark-inactive' unless FORCE or `mark-even-if-inactive' is non-nil."
  (if (or force (not transient-mark-mode) mark-active mark-even-if-inactive)
      (marker-position (mark-marker))
    (signal 'mark-inactive nil)))

(defun region-active-p ()
  "Return t if Transient Mark mode is enabled and the mark is active."
  (and transient-mark-mode mark-active
       ;; A buffer can claim an active mark while having none.
       (mark)
       t))

(defun use-region-p ()
  "Return t if the region is active and it is appropriate to act on it.
An empty region counts only when `use-empty-active-region' is non-nil."
  (and (region-active-p)
       (or use-empty-active-region (> (region-end) (region-beginning)))
       t))

(defun region-noncontiguous-p ()
  "Return non-nil if the region contains several pieces.  Never, here."
  nil)

(defun activate-mark (&optional no-tmm)
  "Activate the mark.
Unless NO-TMM, a temporary Transient Mark mode is turned on when the
mode is off."
  (when (mark t)
    (unless (region-active-p)
      (setq mark-active t)
      (unless (or transient-mark-mode no-tmm)
        (setq-local transient-mark-mode 'lambda))
      (run-hooks 'activate-mark-hook))))

(defun deactivate-mark (&optional force)
  "Deactivate the mark.
Does nothing unless the region is active or FORCE is non-nil.  Ends a
temporary Transient Mark mode."
  (when (or (region-active-p) force)
    (cond ((eq (car-safe transient-mark-mode) 'only)
           (setq transient-mark-mode (cdr transient-mark-mode))
           (unless (or transient-mark-mode (local-variable-p 'transient-mark-mode))
             (kill-local-variable 'transient-mark-mode)))
          ((eq transient-mark-mode 'lambda)
           (kill-local-variable 'transient-mark-mode)))
    (setq mark-active nil)
    (run-hooks 'deactivate-mark-hook)))

(defun set-mark (pos)
  "Set this buffer's mark to POS and activate it; nil deactivates and unsets it."
  (if pos
      (progn
        (set-marker (mark-marker) pos (current-buffer))
        (activate-mark 'no-tmm))
    (deactivate-mark t)
    (set-marker (mark-marker) nil)))

(defun simple--trim-ring (ring-sym max)
  "Cut the list in RING-SYM to MAX markers, detaching the ones dropped."
  (let ((ring (symbol-value ring-sym)))
    (when (> (length ring) max)
      (let ((cut (nthcdr (1- max) ring)))
        (dolist (m (cdr cut)) (set-marker m nil))
        (setcdr cut nil)))))

(defun push-mark (&optional location nomsg activate)
  "Set mark at LOCATION (point, by default) and push the old mark on the mark ring.
Also records the mark in `global-mark-ring' when the last global mark is
in another buffer.  Displays \"Mark set\" unless NOMSG.  Activates the
mark when ACTIVATE is non-nil or Transient Mark mode is off."
  (when (mark t)
    (push (copy-marker (mark-marker)) mark-ring)
    (simple--trim-ring 'mark-ring mark-ring-max))
  (set-marker (mark-marker) (or location (point)) (current-buffer))
  (unless (and global-mark-ring
               (eq (marker-buffer (car global-mark-ring)) (current-buffer)))
    (push (copy-marker (mark-marker)) global-mark-ring)
    (simple--trim-ring 'global-mark-ring global-mark-ring-max))
  (or nomsg executing-kbd-macro (message "Mark set"))
  (when (or activate (not transient-mark-mode))
    (set-mark (mark t)))
  nil)

(defun pop-mark ()
  "Pop off mark ring into the buffer's actual mark, and deactivate the mark.
The old mark goes to the end of the ring, so repeated calls cycle."
  (when mark-ring
    (setq mark-ring (nconc mark-ring (list (copy-marker (mark-marker)))))
    (let ((top (pop mark-ring)))
      (set-marker (mark-marker) top)
      (set-marker top nil)))
  (deactivate-mark))

(defun exchange-point-and-mark (&optional arg)
  "Put the mark where point is now, and point where the mark is now.
With ARG in Transient Mark mode, do not activate the mark."
  (interactive "P")
  (let ((omark (mark t)))
    (unless omark (user-error "No mark set in this buffer"))
    (set-mark (point))
    (goto-char omark)
    (when (and arg transient-mark-mode) (deactivate-mark))
    nil))

(defun region-bounds ()
  "Return the boundaries of the region as a list of (START . END) pairs."
  (funcall region-extract-function 'bounds))

(defun transient-mark-mode (&optional arg)
  "Toggle Transient Mark mode (a global minor mode).
From Lisp, ARG nil or positive enables it, zero or negative disables it,
and `toggle' toggles.  Returns the new state."
  (interactive (list (or current-prefix-arg 'toggle)))
  (let ((on (cond ((eq arg 'toggle) (not (default-value 'transient-mark-mode)))
                  ((null arg) t)
                  (t (> (prefix-numeric-value arg) 0)))))
    (setq-default transient-mark-mode on)
    (run-hooks 'transient-mark-mode-hook
               (if on 'transient-mark-mode-on-hook 'transient-mark-mode-off-hook))
    on))

;;;; Extracting text

(defvar filter-buffer-substring-functions nil
  "Obsolete wrappers around `filter-buffer-substring' (each gets FUN BEG END DELETE).")

(defvar filter-buffer-substring-function #'buffer-substring--filter
  "Function to perform the filtering in `filter-buffer-substring'.")

(defun buffer-substring--filter (beg end &optional delete)
  "Default `filter-buffer-substring-function': the text, deleted when DELETE."
  (let ((extract (lambda (beg end delete)
                   (if delete
                       (delete-and-extract-region beg end)
                     (buffer-substring beg end)))))
    ;; Apply the obsolete wrappers outermost-first, as `run-hook-wrapped' would.
    (dolist (wrapper (reverse filter-buffer-substring-functions))
      (let ((inner extract))
        (setq extract (lambda (beg end delete) (funcall wrapper inner beg end delete)))))
    (funcall extract beg end delete)))

(defun filter-buffer-substring (beg end &optional delete)
  "Return the buffer substring between BEG and END, after filtering.
If DELETE is non-nil, delete the text from the buffer too."
  (funcall filter-buffer-substring-function beg end delete))

;; Declared (as nil) in casefiddle.ts, which only calls it; this is its standard value.
(setq-default region-extract-function
  (lambda (method)
    (when (region-beginning)
      (cond ((eq method 'bounds) (list (cons (region-beginning) (region-end))))
            ((eq method 'delete-only) (delete-region (region-beginning) (region-end)))
            (t (filter-buffer-substring (region-beginning) (region-end) method))))))

;;;; The kill ring

(defvar kill-ring nil "List of killed text sequences, most recent first.")
(defvar kill-ring-max 60 "Maximum length of kill ring before oldest elements are thrown away.")
(defvar kill-ring-yank-pointer nil "The tail of the kill ring whose car is the last thing yanked.")
(defvar kill-do-not-save-duplicates nil
  "If non-nil, don't add a string to `kill-ring' if it duplicates the last one.")
(defvar kill-transform-function nil
  "Function to call to transform a string before it's put on the kill ring.")
(defvar kill-append-merge-undo nil
  "Amalgamate appending kills with the last kill for undo.")
(defvar kill-read-only-ok nil "Non-nil means don't signal an error for killing read-only text.")
(defvar kill-whole-line nil
  "If non-nil, `kill-line' with no arg at start of line kills the whole line.")
(defvar interprogram-cut-function nil
  "Function to call to make a killed region available to other programs (none in batch).")
(defvar interprogram-paste-function nil
  "Function to call to get text cut from other programs (none in batch).")
(defvar save-interprogram-paste-before-kill nil
  "Whether to save existing clipboard text into the kill ring before killing.")
(defvar yank-excluded-properties
  '(category field follow-link fontified font-lock-face help-echo intangible invisible
             keymap local-map mouse-face read-only yank-handler)
  "Text properties to discard when yanking (a list, or t for all).")
(defvar yank-handled-properties
  '((font-lock-face . yank-handle-font-lock-face-property)
    (category . yank-handle-category-property))
  "List of (PROP . FUN) special text property handlers for yanking.")
(defvar yank-undo-function nil
  "If non-nil, function used by `yank-pop' to delete the last stretch of yanked text.")
(defvar yank-transform-functions nil
  "Hook run on strings to be yanked.")

(defun kill-new (string &optional replace)
  "Make STRING the latest kill in the kill ring.
Set `kill-ring-yank-pointer' to point to it.  If REPLACE is non-nil,
replace the front of the kill ring instead of pushing onto it."
  (when kill-transform-function
    (setq string (funcall kill-transform-function string)))
  (when string
    (unless (and kill-do-not-save-duplicates
                 (equal-including-properties string (car kill-ring)))
      (if (and replace kill-ring)
          (setcar kill-ring string)
        (push string kill-ring)
        (when (> (length kill-ring) kill-ring-max)
          (setcdr (nthcdr (1- kill-ring-max) kill-ring) nil))))
    (setq kill-ring-yank-pointer kill-ring)
    (when interprogram-cut-function
      (funcall interprogram-cut-function string)))
  string)

(defun kill-append (string before-p)
  "Append STRING to the end of the latest kill in the kill ring.
If BEFORE-P is non-nil, prepend STRING to the kill instead."
  (let ((cur (car kill-ring)))
    (kill-new (if before-p (concat string cur) (concat cur string))
              (or (string= cur "")
                  (null (get-text-property 0 'yank-handler cur))))))

(defun current-kill (n &optional do-not-move)
  "Rotate the yanking point by N places, and then return that kill.
If DO-NOT-MOVE is non-nil, only return the kill, leaving the pointer."
  (let ((paste (and interprogram-paste-function (funcall interprogram-paste-function))))
    (if (stringp paste)
        (progn (kill-new paste) paste)
      (or kill-ring (error "Kill ring is empty"))
      (let ((elt (nthcdr (mod (- n (length kill-ring-yank-pointer)) (length kill-ring))
                         kill-ring)))
        (unless do-not-move (setq kill-ring-yank-pointer elt))
        (car elt)))))

(defun kill-region (beg end &optional region)
  "Kill (\"cut\") text between BEG and END, saving it in the kill ring.
If REGION is non-nil, kill the region instead (through
`region-extract-function').  Consecutive kills append."
  (interactive (list (mark) (point) 'region))
  (unless (and beg end)
    (user-error "The mark is not set now, so there is no region"))
  (condition-case nil
      (let ((string (if region
                        (funcall region-extract-function 'delete)
                      (filter-buffer-substring beg end 'delete))))
        (when string
          (if (eq last-command 'kill-region)
              (kill-append string (< end beg))
            (kill-new string)))
        (when (or string (eq last-command 'kill-region))
          (setq this-command 'kill-region))
        (setq deactivate-mark t)
        nil)
    ((buffer-read-only text-read-only)
     ;; The text cannot be deleted: copy it, and complain unless allowed.
     (copy-region-as-kill beg end region)
     (setq this-command 'kill-region)
     (if kill-read-only-ok
         (progn (message "Read only text copied to kill ring") nil)
       (barf-if-buffer-read-only)
       (signal 'text-read-only (list (current-buffer)))))))

(defun copy-region-as-kill (beg end &optional region)
  "Save the region between BEG and END as if killed, but don't kill it.
With REGION non-nil, use the region."
  (interactive (list (mark) (point) 'region))
  (let ((str (if region
                 (funcall region-extract-function nil)
               (filter-buffer-substring beg end))))
    (if (eq last-command 'kill-region)
        (kill-append str (< end beg))
      (kill-new str)))
  (setq deactivate-mark t)
  nil)

(defun kill-ring-save (beg end &optional region)
  "Save the region as if killed, but don't kill it."
  (interactive (list (mark) (point) 'region))
  (copy-region-as-kill beg end region)
  nil)

(defun kill-forward-chars (arg)
  "Kill ARG characters after point (`delete-char' with KILLFLAG)."
  (if (listp arg) (setq arg (car arg)))
  (if (eq arg '-) (setq arg -1))
  (kill-region (point) (+ (point) arg)))

(defun kill-backward-chars (arg)
  "Kill ARG characters before point."
  (if (listp arg) (setq arg (car arg)))
  (if (eq arg '-) (setq arg -1))
  (kill-region (point) (- (point) arg)))

(defun kill-line (&optional arg)
  "Kill the rest of the current line; if no nonblanks there, kill thru newline.
With ARG, kill that many lines from point (backward if negative)."
  (interactive "P")
  (kill-region
   (point)
   (progn
     (if arg
         (forward-line (prefix-numeric-value arg))
       (if (eobp) (signal 'end-of-buffer nil))
       (let ((end (line-end-position)))
         (if (or (save-excursion (skip-chars-forward " \t" end) (= (point) end))
                 (and kill-whole-line (bolp)))
             (forward-line 1)
           (goto-char end))))
     (point))))

(defun kill-whole-line (&optional arg)
  "Kill current line, including its newline.
With ARG, kill that many lines (backward if negative); with zero, kill
the line's text but not its newline."
  (interactive "p")
  (or arg (setq arg 1))
  (if (and (> arg 0) (eobp) (save-excursion (forward-line 0) (eobp)))
      (signal 'end-of-buffer nil))
  (if (and (< arg 0) (bobp) (save-excursion (end-of-line) (bobp)))
      (signal 'beginning-of-buffer nil))
  ;; Both halves of the line must land in one kill-ring entry.
  (unless (eq last-command 'kill-region)
    (kill-new "")
    (setq last-command 'kill-region))
  (cond ((zerop arg)
         (save-excursion (kill-region (point) (progn (forward-line 0) (point))))
         (kill-region (point) (progn (end-of-line) (point))))
        ((< arg 0)
         (save-excursion (kill-region (point) (progn (end-of-line) (point))))
         (kill-region (point)
                      (progn (forward-line (1+ arg))
                             (unless (bobp) (backward-char))
                             (point))))
        (t
         (save-excursion (kill-region (point) (progn (forward-line 0) (point))))
         (kill-region (point) (progn (forward-line arg) (point))))))

(defun kill-word (arg)
  "Kill characters forward until encountering the end of a word.
With ARG, do this that many times."
  (interactive "p")
  (kill-region (point) (progn (forward-word arg) (point))))

(defun backward-kill-word (arg)
  "Kill characters backward until encountering the beginning of a word."
  (interactive "p")
  (kill-word (- arg)))

(defun zap-to-char (arg char)
  "Kill up to and including ARGth occurrence of CHAR."
  (interactive "p\ncZap to char: ")
  (kill-region (point) (progn (search-forward (char-to-string char) nil nil arg) (point))))

;;;; Yanking

(defun yank-handle-font-lock-face-property (face start end)
  "Turn the `font-lock-face' property FACE into a `face' property on START..END."
  (when face (put-text-property start end 'face face)))

(defun yank-handle-category-property (category start end)
  "Copy the properties of CATEGORY's symbol onto START..END."
  (when category
    (let ((start2 start))
      (while (< start2 end)
        (let ((end2 (next-property-change start2 nil end))
              (original (text-properties-at start2)))
          (set-text-properties start2 end2 (symbol-plist category))
          (add-text-properties start2 end2 original)
          (setq start2 end2))))))

(defun remove-yank-excluded-properties (start end)
  "Process text properties between START and END for yanking.
Run `yank-handled-properties', then remove `yank-excluded-properties'."
  (let ((inhibit-read-only t))
    (dolist (handler yank-handled-properties)
      (let ((prop (car handler)) (fun (cdr handler)) (run-start start))
        (while (< run-start end)
          (let ((value (get-text-property run-start prop))
                (run-end (next-single-property-change run-start prop nil end)))
            (funcall fun value run-start run-end)
            (setq run-start run-end)))))
    (if (eq yank-excluded-properties t)
        (set-text-properties start end nil)
      (remove-list-of-text-properties start end yank-excluded-properties))))

(defun insert-for-yank (string)
  "Insert STRING at point for the `yank' command, honouring `yank-handler' segments."
  (run-hook-wrapped 'yank-transform-functions
                    (lambda (f) (setq string (funcall f string)) nil))
  (let (to)
    (while (setq to (next-single-property-change 0 'yank-handler string))
      (simple--insert-for-yank-1 (substring string 0 to))
      (setq string (substring string to))))
  (simple--insert-for-yank-1 string))

(defun simple--insert-for-yank-1 (string)
  "Insert one STRING segment whose `yank-handler' property is uniform."
  (let* ((handler (and (stringp string) (get-text-property 0 'yank-handler string)))
         (param (or (nth 1 handler) string))
         (opoint (point))
         (inhibit-read-only inhibit-read-only)
         end)
    (setq yank-undo-function t)
    (if (nth 0 handler)
        (funcall (car handler) param)
      (insert param))
    (setq end (point))
    (unless (nth 2 handler)
      (remove-yank-excluded-properties opoint (point)))
    ;; Text yanked as read-only must still be deletable by `yank-pop'.
    (if (and (> end opoint) (text-property-any opoint end 'read-only t))
        (setq inhibit-read-only t))
    (setq yank-undo-function (nth 3 handler))
    (if (nth 4 handler)
        (funcall (nth 4 handler) end))))

(defun yank (&optional arg)
  "Reinsert (\"paste\") the last stretch of killed text.
Put point at the end and the mark at the beginning; with a plain
prefix (a list) do the opposite.  With a number N, insert the Nth most
recent kill."
  (interactive "*P")
  (setq this-command t)
  (push-mark)
  (insert-for-yank (current-kill (cond ((listp arg) 0)
                                       ((eq arg '-) -2)
                                       (t (1- arg)))))
  (if (consp arg)
      (goto-char (prog1 (mark t)
                   (set-marker (mark-marker) (point) (current-buffer)))))
  (if (eq this-command t)
      (setq this-command 'yank))
  nil)

(defun yank-pop (&optional arg)
  "Replace just-yanked stretch of killed text with a different stretch.
Only right after a `yank' or `yank-pop'."
  (interactive "p")
  (if (not (eq last-command 'yank))
      (user-error "Previous command was not a yank")
    (setq this-command 'yank)
    (unless arg (setq arg 1))
    (let ((inhibit-read-only t)
          (before (< (point) (mark t))))
      (if before
          (funcall (or yank-undo-function 'delete-region) (point) (mark t))
        (funcall (or yank-undo-function 'delete-region) (mark t) (point)))
      (setq yank-undo-function nil)
      (set-marker (mark-marker) (point) (current-buffer))
      (insert-for-yank (current-kill arg))
      (if before
          (goto-char (prog1 (mark t)
                       (set-marker (mark-marker) (point) (current-buffer))))))
    nil))

(defun rotate-yank-pointer (arg)
  "Rotate the yanking point in the kill ring by ARG places."
  (interactive "p")
  (current-kill arg))

;;;; Undo

;; `pending-undo-list', `undo-in-region', `undo-in-progress' and `undo-more' live in
;; subr-edit.el, beside the change groups that use them.

(defvar undo-no-redo nil
  "If t, `undo' doesn't go through redo entries.")

(defvar undo-equiv-table (make-hash-table :test 'eq :weakness t)
  "Table mapping redo records to the corresponding undo one.
A redo record for an undo in region maps to `undo-in-region'; one for an
ordinary undo maps to the following (earlier) undo; one that undoes to
the beginning of the undo list maps to t.")

(defun undo--last-change-was-undo-p (undo-list)
  "The `undo-equiv-table' entry for UNDO-LIST past its leading boundaries."
  (while (and (consp undo-list) (eq (car undo-list) nil))
    (setq undo-list (cdr undo-list)))
  (gethash undo-list undo-equiv-table))

(defun undo-start (&optional beg end)
  "Set `pending-undo-list' to the front of the undo list.
If BEG and END are a non-empty span, undo only within it: see
`undo-make-selective-list'."
  (if (eq buffer-undo-list t)
      (user-error "No undo information in this buffer"))
  (setq pending-undo-list
        (if (and beg end (not (= beg end)))
            (undo-make-selective-list (min beg end) (max beg end))
          buffer-undo-list)))

(defun undo (&optional arg)
  "Undo some previous changes.
Repeat this command to undo more changes; a command other than `undo'
in between makes the undo itself undoable (redo).  A numeric ARG undoes
that many change groups.  In Transient Mark mode with an active region,
or with a non-numeric ARG, undo only changes within the region."
  (interactive "*P")
  (let ((msg nil))
    ;; Until the undo is under way, this is not a consecutive undo.
    (setq this-command 'undo-start)
    (unless (and (eq last-command 'undo)
                 (or (eq pending-undo-list t)
                     (undo--last-change-was-undo-p buffer-undo-list)))
      (setq undo-in-region
            (and (or (region-active-p) (and arg (not (numberp arg)))) t))
      (if undo-in-region
          (undo-start (region-beginning) (region-end))
        (undo-start))
      ;; The first group is normally the boundary the command loop just made.
      (undo-more 1))
    (setq this-command 'undo)
    (let ((equiv (gethash pending-undo-list undo-equiv-table)))
      (setq msg (concat (if (or undo-no-redo (not equiv)) "Undo" "Redo")
                        (if undo-in-region " in region" "")))
      (when (and (consp equiv) undo-no-redo)
        ;; Skip whole undo/redo chains: follow the table to the oldest equivalent.
        (let (next)
          (while (setq next (gethash equiv undo-equiv-table))
            (setq equiv next)))
        (setq pending-undo-list (if (consp equiv) equiv t))))
    (undo-more (if (numberp arg) (prefix-numeric-value arg) 1))
    ;; Point records in the redo group would send a later undo to where point
    ;; happened to be; undoing the undo should go to the change itself.
    (let ((tail buffer-undo-list) (prev nil))
      (while (car tail)
        (if (integerp (car tail))
            (if prev (setcdr prev (cdr tail)) (setq buffer-undo-list (cdr tail)))
          (setq prev tail))
        (setq tail (cdr tail))))
    (let ((list buffer-undo-list))
      (while (and (consp list) (eq (car list) nil)) (setq list (cdr list)))
      (puthash list
               (cond (undo-in-region 'undo-in-region)
                     ((eq pending-undo-list t) t)
                     (t pending-undo-list))
               undo-equiv-table))
    (message "%s" msg)
    nil))

(defun undo-only (&optional arg)
  "Undo some previous changes, without redoing undone ones."
  (interactive "*p")
  (let ((undo-no-redo t)) (undo arg)))

(defun undo-redo (&optional arg)
  "Undo the last ARG undos."
  (interactive "*p")
  (cond
   ((not (undo--last-change-was-undo-p buffer-undo-list))
    (user-error "No undo to undo"))
   (t
    (let* ((ul buffer-undo-list)
           (new-ul (let ((undo-in-progress t))
                     (while (and (consp ul) (eq (car ul) nil)) (setq ul (cdr ul)))
                     (primitive-undo arg ul)))
           (new-pul (undo--last-change-was-undo-p new-ul)))
      (message "Redo%s" (if undo-in-region " in region" ""))
      (setq this-command 'undo)
      (setq pending-undo-list new-pul)
      (setq buffer-undo-list new-ul)))))

;;;;; Undo in region
;;
;; The changes in `buffer-undo-list' are each expressed in the coordinates of the
;; buffer as it was just before that change was undone, assuming every newer
;; change had been undone first.  Undoing in a region undoes only some of them, so
;; the others ("skipped") stay in the buffer, and older positions must be
;; translated.  We keep the differences between the two buffers -- S, the one the
;; full undo history would produce, and R, the real one -- as a sorted list of
;; disjoint spans [START SLEN RLEN]: SLEN characters of S at START stand where R has
;; RLEN characters.  A change is kept when it maps cleanly into R (it touches no
;; span) and lies inside the region (tracked in R as kept changes resize it).

(defun simple--undo-span-shift (spans pos test)
  "Sum of RLEN-SLEN over SPANS satisfying TEST (called with START END and POS)."
  (let ((delta 0))
    (dolist (s spans delta)
      (let ((start (aref s 0)) (end (+ (aref s 0) (aref s 1))))
        (when (funcall test start end pos)
          (setq delta (+ delta (- (aref s 2) (aref s 1)))))))))

(defun simple--undo-map-range (spans beg end)
  "Map the S range BEG..END into R as (RBEG . REND), or nil when a span meets it."
  (if (let ((hit nil))
        (dolist (s spans hit)
          (let ((s0 (aref s 0)) (s1 (+ (aref s 0) (aref s 1))))
            (when (if (= beg end)
                      ;; A point: blocked inside a span, or at a span whose R
                      ;; text it could stand before or after.
                      (or (and (< s0 beg) (< beg s1)) (and (= s0 s1) (= s0 beg)))
                    (and (< s0 end) (> s1 beg)))
              (setq hit t)))))
      nil
    (cons (+ beg (simple--undo-span-shift spans beg (lambda (_s e p) (<= e p))))
          (+ end (simple--undo-span-shift spans end (lambda (s e p) (and (<= e p) (< s p))))))))

(defun simple--undo-shift-spans (spans from delta)
  "SPANS with those starting at or after FROM moved by DELTA."
  (mapcar (lambda (s) (if (>= (aref s 0) from)
                          (vector (+ (aref s 0) delta) (aref s 1) (aref s 2))
                        s))
          spans))

(defun simple--undo-add-span (spans beg end len)
  "Record a skipped change of S: BEG..END replaced by LEN characters."
  (let ((ubeg beg) (uend end) (extra 0) (rest nil) (after nil))
    (dolist (s spans)
      (let ((s0 (aref s 0)) (s1 (+ (aref s 0) (aref s 1))))
        (cond ((< s1 beg) (push s rest))
              ((> s0 end) (push (vector (+ s0 (- len (- end beg))) (aref s 1) (aref s 2)) after))
              (t (setq ubeg (min ubeg s0) uend (max uend s1)
                       extra (+ extra (- (aref s 2) (aref s 1))))))))
    (let ((ulen (- uend ubeg)))
      (nconc (nreverse rest)
             (list (vector ubeg (+ (- ulen (- end beg)) len) (+ ulen extra)))
             (nreverse after)))))

(defun undo-make-selective-list (start end)
  "Return the undo elements of `buffer-undo-list' that lie within START..END.
Positions are translated past the changes that stay undone-not, so that
the list can be applied to the current buffer."
  ;; OUT is built in reverse; a boundary is kept only between kept elements.  The
  ;; list always starts with one: `undo' skips it as the command's own boundary.
  (let ((spans nil) (out (list nil)) (keep-markers nil)
        (rstart start) (rend end)
        (ulist buffer-undo-list))
    (while (consp ulist)
      (let ((elt (car ulist)))
        (setq ulist (cdr ulist))
        (pcase elt
          ('nil
           (when (car out) (push nil out))
           (setq keep-markers nil))
          ((pred integerp)
           (let ((r (simple--undo-map-range spans elt elt)))
             (when (and r (<= rstart (car r) rend)) (push (car r) out)))
           (setq keep-markers nil))
          (`(,(and (pred integerp) b) . ,(and (pred integerp) e))
           ;; An insertion: undoing it deletes B..E.
           (let ((r (simple--undo-map-range spans b e)))
             (if (and r (<= rstart (car r)) (<= (cdr r) rend))
                 (progn
                   (push (cons (car r) (cdr r)) out)
                   (setq rend (- rend (- e b))
                         spans (simple--undo-shift-spans spans e (- b e))))
               (setq spans (simple--undo-add-span spans b e 0))))
           (setq keep-markers nil))
          (`(,(and (pred stringp) text) . ,(and (pred integerp) pos))
           ;; A deletion: undoing it inserts TEXT at |POS|.
           (let* ((p (abs pos)) (len (length text))
                  (r (simple--undo-map-range spans p p)))
             (if (and r (<= rstart (car r) rend))
                 (progn
                   (push (cons text (if (< pos 0) (- (car r)) (car r))) out)
                   (setq rend (+ rend len)
                         spans (simple--undo-shift-spans spans p len)
                         keep-markers t))
               (setq spans (simple--undo-add-span spans p p len)
                     keep-markers nil))))
          (`(,(pred markerp) . ,(pred integerp))
           ;; Marker adjustments belong to the deletion just before them.
           (when keep-markers (push elt out)))
          (`(nil ,prop ,val ,(and (pred integerp) b) . ,(and (pred integerp) e))
           (let ((r (simple--undo-map-range spans b e)))
             (when (and r (<= rstart (car r)) (<= (cdr r) rend))
               (push (cons nil (cons prop (cons val (cons (car r) (cdr r))))) out)))
           (setq keep-markers nil))
          ;; (t . TIME) would mark the buffer unmodified although changes outside
          ;; the region remain; (apply ...) entries cannot be placed.  Drop them.
          (_ (setq keep-markers nil)))))
    (nreverse out)))

;;;; Simple editing commands

(defun newline (&optional arg interactive)
  "Insert a newline; with ARG, insert that many."
  (interactive "*P\np")
  (barf-if-buffer-read-only)
  (let ((n (prefix-numeric-value arg)))
    (when (< n 0) (error "Repetition argument has to be non-negative"))
    (ignore interactive)
    (dotimes (_ n) (insert-and-inherit "\n")))
  nil)

(defun open-line (n)
  "Insert a newline and leave point before it; with N, insert N newlines."
  (interactive "*p")
  (let ((do-fill-prefix (and fill-prefix (bolp)))
        (loc (point-marker)))
    (newline n)
    (goto-char loc)
    (when do-fill-prefix
      (save-excursion
        (dotimes (_ n)
          (forward-line 1)
          (when (bolp) (insert-and-inherit fill-prefix)))))
    (goto-char loc)
    (set-marker loc nil)))

(defun delete-forward-char (n &optional killflag)
  "Delete the following N characters (previous if N is negative).
An active region is deleted (or killed) instead when N is 1."
  (interactive "p\nP")
  (unless (integerp n) (signal 'wrong-type-argument (list 'integerp n)))
  (cond ((and (use-region-p) delete-active-region (= n 1))
         (if (eq delete-active-region 'kill)
             (kill-region (region-beginning) (region-end) 'region)
           (funcall region-extract-function 'delete-only)))
        (t (delete-char n killflag))))

(defun delete-backward-char (n &optional killflag)
  "Delete the previous N characters (following if N is negative).
An active region is deleted (or killed) instead when N is 1."
  (interactive "p\nP")
  (unless (integerp n) (signal 'wrong-type-argument (list 'integerp n)))
  (cond ((and (use-region-p) delete-active-region (= n 1))
         (if (eq delete-active-region 'kill)
             (kill-region (region-beginning) (region-end) 'region)
           (funcall region-extract-function 'delete-only)))
        (t (delete-char (- n) killflag))))

(defun delete-horizontal-space (&optional backward-only)
  "Delete all spaces and tabs around point; before point only if BACKWARD-ONLY."
  (interactive "*P")
  (let ((orig-pos (point)))
    (delete-region
     (if backward-only
         orig-pos
       (progn (skip-chars-forward " \t") (constrain-to-field nil orig-pos t)))
     (progn (skip-chars-backward " \t") (constrain-to-field nil orig-pos)))))

(defun just-one-space (&optional n)
  "Delete all spaces and tabs around point, leaving one space (or N spaces).
A negative N deletes newlines as well, leaving -N spaces."
  (interactive "*p")
  (let* ((orig-pos (point))
         (skip (if (and n (< n 0)) " \t\n\r" " \t"))
         (num (abs (or n 1))))
    (skip-chars-backward skip)
    (constrain-to-field nil orig-pos)
    ;; Reuse the spaces already there, then replace the rest.
    (let* ((left (- num (skip-chars-forward " " (+ num (point)))))
           (mid (point))
           (end (progn (skip-chars-forward skip) (constrain-to-field nil orig-pos t))))
      (delete-region mid end)
      (insert (make-string left ?\s)))
    nil))

(defun fixup-whitespace ()
  "Fixup white space between objects around point.
Leave one space or none, according to the context."
  (interactive "*")
  (save-excursion
    (delete-horizontal-space)
    (if (or (looking-at "^\\|$\\|\\s)")
            (save-excursion (forward-char -1) (looking-at "$\\|\\s(\\|\\s'")))
        nil
      (insert ?\s))))

(defun delete-blank-lines ()
  "On blank line, delete all surrounding blank lines, leaving just one.
On isolated blank line, delete that one.  On nonblank line, delete any
immediately following blank lines."
  (interactive "*")
  (let (this-blank lone-blank)
    (save-excursion
      (beginning-of-line)
      (setq this-blank (looking-at "[ \t]*$"))
      (setq lone-blank
            (and this-blank
                 (not (looking-at "[ \t]*\n[ \t]*$"))
                 (or (bobp)
                     (progn (forward-line -1) (not (looking-at "[ \t]*$")))))))
    (when this-blank
      ;; Delete the blank lines before this one (and this one too when alone).
      (beginning-of-line)
      (if lone-blank (forward-line 1))
      (delete-region (point)
                     (if (re-search-backward "[^ \t\n]" nil t)
                         (progn (forward-line 1) (point))
                       (point-min))))
    (unless (and this-blank lone-blank)
      ;; Delete the blank lines after this one.
      (save-excursion
        (end-of-line)
        (forward-line 1)
        (delete-region (point)
                       (if (re-search-forward "[^ \t\n]" nil t)
                           (progn (beginning-of-line) (point))
                         (point-max)))))
    ;; A last blank line at the end of the buffer goes too.
    (if (looking-at "^[ \t]*\n\\'")
        (delete-region (point) (point-max)))))

(defun delete-indentation (&optional arg beg end)
  "Join this line to previous and fix up whitespace at join.
With ARG, join this line to the following one.  With BEG and END (and
no ARG), join all the lines of that region."
  (interactive "*P")
  (let ((stop (if (and beg end (not arg))
                  (progn
                    (when (> end (save-excursion (goto-char beg) (line-end-position)))
                      (goto-char end))
                    (save-excursion (goto-char beg) (line-beginning-position)))
                ;; One join: stop once the previous line start is reached.
                (prog1 (1- (line-beginning-position (and arg 2)))
                  (when arg (forward-line 1)))))
        (prefix (and (> (length fill-prefix) 0) (regexp-quote fill-prefix))))
    (while (and (> (line-beginning-position) stop)
                (progn (forward-line 0) (= (preceding-char) ?\n)))
      (delete-char -1)
      (if (and prefix (looking-at prefix))
          (replace-match "" t t))
      (fixup-whitespace))))

(defalias 'join-line #'delete-indentation)

(defun back-to-indentation ()
  "Move point to the first non-whitespace character on this line."
  (interactive "^")
  (beginning-of-line 1)
  (skip-syntax-forward " " (line-end-position))
  (backward-prefix-chars))

(defvar delete-trailing-lines t
  "If non-nil, `delete-trailing-whitespace' deletes trailing lines.")

(defun delete-trailing-whitespace (&optional start end)
  "Delete trailing whitespace between START and END (the whole buffer by default).
Also deletes blank lines at the end of the buffer when called on the
whole buffer and `delete-trailing-lines' is non-nil."
  (interactive)
  (save-match-data
    (save-excursion
      (let ((end-marker (and end (copy-marker end)))
            (table (make-syntax-table (syntax-table)))
            (old-table (syntax-table)))
        (goto-char (or start (point-min)))
        ;; A form feed ends a page, it is not trailing whitespace.
        (modify-syntax-entry ?\f "_" table)
        (unwind-protect
            (progn
              (set-syntax-table table)
              (while (re-search-forward "\\s-$" end-marker t)
                (skip-syntax-backward "-" (line-beginning-position))
                (let ((b (point)) (e (match-end 0)))
                  (if (text-property-not-all b e 'read-only nil)
                      (goto-char e)
                    (delete-region b e)))))
          (set-syntax-table old-table))
        (if end
            (set-marker end-marker nil)
          (when (and delete-trailing-lines
                     (= (goto-char (point-max)) (1+ (buffer-size)))
                     (<= (skip-chars-backward "\n") -2))
            (delete-region (1+ (point)) (point-max)))))))
  nil)

;;;;; Transposition

(defun transpose-subr (mover arg &optional special)
  "Subroutine to do the work of transposing objects.
MOVER moves over one object (given 1 or -1); ARG is as for the
transpose commands.  With SPECIAL, MOVER itself returns (START . END)."
  (let ((aux (if special mover
               (lambda (x)
                 (cons (progn (funcall mover x) (point))
                       (progn (funcall mover (- x)) (point))))))
        pos1 pos2)
    (cond
     ((= arg 0)
      (save-excursion
        (setq pos1 (funcall aux 1))
        (goto-char (or (mark) (error "No mark set in this buffer")))
        (setq pos2 (funcall aux 1))
        (transpose-subr-1 pos1 pos2))
      (exchange-point-and-mark))
     ((> arg 0)
      (setq pos1 (funcall aux -1))
      (setq pos2 (funcall aux arg))
      (transpose-subr-1 pos1 pos2)
      (goto-char (+ (car pos2) (- (cdr pos1) (car pos1)))))
     (t
      (setq pos1 (funcall aux -1))
      (goto-char (car pos1))
      (setq pos2 (funcall aux arg))
      (transpose-subr-1 pos1 pos2)
      (goto-char (+ (car pos2) (- (cdr pos1) (car pos1))))))))

(defun transpose-subr-1 (pos1 pos2)
  "Swap the text of the spans POS1 and POS2, (START . END) pairs in either order."
  (when (> (car pos1) (cdr pos1)) (setq pos1 (cons (cdr pos1) (car pos1))))
  (when (> (car pos2) (cdr pos2)) (setq pos2 (cons (cdr pos2) (car pos2))))
  (when (> (car pos1) (car pos2))
    (let ((swap pos1)) (setq pos1 pos2 pos2 swap)))
  (if (> (cdr pos1) (car pos2)) (error "Don't have two things to transpose"))
  (atomic-change-group
    ;; Replace the later span first so the earlier positions stay valid.
    (let ((word1 (buffer-substring (car pos1) (cdr pos1)))
          (word2 (buffer-substring (car pos2) (cdr pos2))))
      (goto-char (car pos2))
      (delete-region (car pos2) (cdr pos2))
      (insert word1)
      (goto-char (car pos1))
      (delete-region (car pos1) (cdr pos1))
      (insert word2))))

(defun transpose-chars (arg)
  "Interchange characters around point, moving forward one character.
At the end of a line (with no ARG), swap the two characters before point."
  (interactive "*P")
  (when (and (null arg) (eolp) (not (bobp)))
    (forward-char -1))
  (transpose-subr 'forward-char (prefix-numeric-value arg)))

(defun transpose-words (arg)
  "Interchange words around point, leaving point at end of them."
  (interactive "*p")
  (transpose-subr 'forward-word arg))

(defun transpose-lines (arg)
  "Exchange current line and previous line, leaving point after both."
  (interactive "*p")
  (transpose-subr (lambda (arg)
                    (if (> arg 0)
                        (progn
                          ;; Create the newlines a line move would run out of.
                          (setq arg (forward-line arg))
                          (if (/= (preceding-char) ?\n)
                              (setq arg (1+ arg)))
                          (if (> arg 0)
                              (newline arg)))
                      (forward-line arg)))
                  arg))

;;;;; Indentation and motion

(defun indent-rigidly (start end arg &optional interactive)
  "Indent all lines starting in the region by ARG columns (negative: dedent)."
  (interactive "r\nP\np")
  (ignore interactive)
  (save-excursion
    (goto-char end)
    (setq end (point-marker))
    (goto-char start)
    (or (bolp) (forward-line 1))
    (while (< (point) end)
      (let ((indent (current-indentation))
            eol-flag)
        (save-excursion
          (skip-chars-forward " \t")
          (setq eol-flag (eolp)))
        (or eol-flag
            (indent-to (max 0 (+ indent (prefix-numeric-value arg))) 0))
        (delete-region (point) (progn (skip-chars-forward " \t") (point))))
      (forward-line 1))
    (set-marker end nil)
    (setq deactivate-mark t)))

(defun goto-line (line &optional buffer relative)
  "Go to LINE, counting from line 1 at beginning of buffer.
With RELATIVE, count from the start of the accessible portion."
  (interactive "nGoto line: ")
  (when buffer (set-buffer buffer))
  (unless relative (widen))
  (goto-char (point-min))
  (forward-line (1- line)))

(defun beginning-of-buffer (&optional arg)
  "Move point to the beginning of the buffer, leaving mark at previous position.
With numeric ARG N, put point N/10 of the way from the beginning."
  (interactive "^P")
  (or (consp arg) (region-active-p) (push-mark))
  (let ((size (- (point-max) (point-min))))
    (goto-char (if (and arg (not (consp arg)))
                   (+ (point-min) 1 (/ (* size (prefix-numeric-value arg)) 10))
                 (point-min))))
  (if (and arg (not (consp arg))) (forward-line 1)))

(defun end-of-buffer (&optional arg)
  "Move point to the end of the buffer, leaving mark at previous position.
With numeric ARG N, put point N/10 of the way from the end."
  (interactive "^P")
  (or (consp arg) (region-active-p) (push-mark))
  (let ((size (- (point-max) (point-min))))
    (goto-char (if (and arg (not (consp arg)))
                   (- (point-max) (/ (* size (prefix-numeric-value arg)) 10))
                 (point-max))))
  (if (and arg (not (consp arg))) (forward-line 1)))

;;;;; Counting

(defun count-words (start end &optional totals)
  "Count the number of words between START and END.
From Lisp, return the number of words; TOTALS is for the interactive report."
  (interactive (list nil nil current-prefix-arg))
  (ignore totals)
  (let ((words 0))
    (save-excursion
      (save-restriction
        (narrow-to-region start end)
        (goto-char (point-min))
        (while (forward-word-strictly 1)
          (setq words (1+ words)))))
    words))

(defun count-words--format (str start end)
  "The \"STR has N lines, M words, and K characters\" text for START..END."
  (let ((lines (count-lines start end))
        (words (count-words start end))
        (chars (- end start)))
    (format "%s has %d line%s, %d word%s, and %d character%s"
            str lines (if (= lines 1) "" "s") words (if (= words 1) "" "s")
            chars (if (= chars 1) "" "s"))))

(defun count-words-region (start end &optional arg)
  "Count the number of words in the region; with ARG, in the buffer.
Report it with a message and return the word count."
  (interactive (if current-prefix-arg
                   (list nil nil current-prefix-arg)
                 (list (region-beginning) (region-end) nil)))
  (if arg
      (setq start (point-min) end (point-max))
    (setq start (min start end) end (max start end)))
  (message "%s" (count-words--format (if arg "Buffer" "Region") start end))
  (count-words start end))

(provide 'simple)

;;; simple.el ends here
