;;; simple.el --- basic editing commands: mark and region, running commands, kill ring, yanking (GNU: lisp/simple.el)  -*- lexical-binding: t -*-

;; Written for tsmacs from GNU Emacs's manuals and observed behaviour (GNU Emacs 28.2 is the oracle).
;; Preloaded after files.el; the undo commands follow in simple-undo.el and the line and
;; whitespace commands in simple-edit.el.  Batch-oriented: there is no window system, so the
;; interprogram (clipboard) functions are nil and messages go to stderr.

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

;;;; Running commands

(defun command-execute (cmd &optional record-flag keys special)
  "Execute CMD as an editor command.
CMD must be a symbol that satisfies `commandp' (or a keyboard macro,
when `execute-kbd-macro' exists).  The prefix argument comes from
`prefix-arg' unless SPECIAL is non-nil; RECORD-FLAG and KEYS are passed
to `call-interactively'."
  (let ((prefixarg (unless special
                     (prog1 prefix-arg
                       (setq current-prefix-arg prefix-arg)
                       (setq prefix-arg nil)))))
    (let ((final cmd))
      ;; Resolve aliases and autoloads to see whether CMD is a keyboard macro.
      (while (progn
               (setq final (indirect-function final))
               (when (autoloadp final)
                 (setq final (autoload-do-load final cmd)))))
      (if (or (stringp final) (vectorp final))
          (progn
            (when record-flag
              (add-to-history 'command-history
                              (list 'execute-kbd-macro final prefixarg) nil t))
            (execute-kbd-macro final prefixarg))
        (call-interactively cmd record-flag keys)))))

(defun push-mark-command (arg &optional nomsg)
  "Set mark at where point is, and activate it.
If the mark is already there (and ARG is nil), just activate it."
  (interactive "P")
  (let ((mark (mark t)))
    (if (or arg (null mark) (/= mark (point)))
        (push-mark nil nomsg t)
      (activate-mark 'no-tmm)
      (unless nomsg (message "Mark activated")))))

(defun set-mark-command (arg)
  "Set the mark where point is and activate it; with ARG, jump to the mark.
A plain ARG pops the mark ring (`pop-to-mark-command')."
  (interactive "P")
  (if arg
      (pop-to-mark-command)
    (push-mark-command nil)))

(defun pop-to-mark-command ()
  "Jump to the mark, and pop a new position for mark off the ring."
  (interactive)
  (if (null (mark t))
      (user-error "No mark set in this buffer")
    (if (= (point) (mark t))
        (message "Mark popped"))
    (goto-char (mark t))
    (pop-mark)))

(defun move-beginning-of-line (arg)
  "Move point to the beginning of the current line; with ARG, ARG-1 lines down first.
Without a display, the line is the logical line, as `beginning-of-line'."
  (interactive "^p")
  (beginning-of-line (or arg 1)))

(defun move-end-of-line (arg)
  "Move point to the end of the current line; with ARG, ARG-1 lines down first.
Without a display, the line is the logical line, as `end-of-line'."
  (interactive "^p")
  (end-of-line (or arg 1)))

;;;; Evaluating expressions

(defvar eval-expression-print-level 4
  "Value for `print-level' while printing value in `eval-expression'.")
(defvar eval-expression-print-length 12
  "Value for `print-length' while printing value in `eval-expression'.")
(defvar eval-expression-debug-on-error t
  "If non-nil set `debug-on-error' to t in `eval-expression'.")
(defvar eval-expression-print-maximum-character 127
  "The largest integer that will be displayed as a character.")

(defun read--expression (prompt &optional initial-contents)
  "Read an Emacs Lisp expression from the minibuffer with PROMPT."
  (read-from-minibuffer prompt initial-contents nil t 'read-expression-history))

(defun eval-expression-print-format (value)
  "The text shown after an integer VALUE, such as \" (#o101, #x41, ?A)\", or nil.
The character syntax appears only up to `eval-expression-print-maximum-character'."
  (when (integerp value)
    (let ((char (and (characterp value)
                     eval-expression-print-maximum-character
                     (<= value eval-expression-print-maximum-character)
                     (prin1-char value))))
      (if char
          (format " (#o%o, #x%x, %s)" value value char)
        (format " (#o%o, #x%x)" value value)))))

(defun eval-expression-get-print-arguments (prefix-argument)
  "The INSERT-VALUE, NO-TRUNCATE and CHAR-PRINT-LIMIT that PREFIX-ARGUMENT asks for.
Any argument but nil and `-' inserts the value; zero does not truncate
it; nil and zero describe characters up to
`eval-expression-print-maximum-character', -1 and `-' all of them."
  (let ((num (prefix-numeric-value prefix-argument)))
    (list (not (memq prefix-argument '(nil -)))
          (= num 0)
          (cond ((not (memq prefix-argument '(nil 0 -1 -))) nil)
                ((= num -1) most-positive-fixnum)
                (t eval-expression-print-maximum-character)))))

(defun eval-expression (exp &optional insert-value no-truncate char-print-limit)
  "Evaluate EXP and print its value: in the echo area, or into the buffer
when INSERT-VALUE is non-nil.  NO-TRUNCATE lifts `print-length' and
`print-level'; CHAR-PRINT-LIMIT describes integers up to it as characters."
  (interactive (cons (read--expression "Eval: ")
                     (eval-expression-get-print-arguments current-prefix-arg)))
  (let ((value (let ((debug-on-error eval-expression-debug-on-error))
                 (eval (let ((lexical-binding t)) (macroexpand-all exp)) t))))
    (push value values)
    (let ((print-length (unless no-truncate eval-expression-print-length))
          (print-level (unless no-truncate eval-expression-print-level))
          (eval-expression-print-maximum-character char-print-limit)
          (deactivate-mark nil))
      (let ((out (if insert-value (current-buffer) t)))
        (prog1 (prin1 value out)
          (let ((str (and char-print-limit (eval-expression-print-format value))))
            (when str (princ str out))))))))

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
              (or (null cur) (string= cur "")
                  (null (get-text-property 0 'yank-handler cur)))))
  nil)

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
    ;; What is typed after the yanked text must not inherit its properties.
    (if (and (> end opoint) (text-properties-at (1- end)))
        (put-text-property (1- end) end 'rear-nonsticky t))
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
      ;; Not after a yank: choose the text to yank in the minibuffer instead.
      (yank-from-kill-ring (read-from-kill-ring "Yank from kill-ring: ") current-prefix-arg)
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

(defvar yank-from-kill-ring-rotate t
  "Whether `yank-from-kill-ring' moves the yank pointer to the text it yanks.")

(defvar read-from-kill-ring-history nil
  "History of strings read by `read-from-kill-ring'.")

(defun read-from-kill-ring (prompt)
  "Read a string with PROMPT, to yank; the kill ring is its natural source."
  (read-from-minibuffer prompt nil nil nil 'read-from-kill-ring-history))

(defun yank-from-kill-ring (string &optional arg)
  "Insert STRING as `yank' would, leaving the mark at its start.
A STRING not in the kill ring is added to it; with
`yank-from-kill-ring-rotate', the yank pointer moves to it.  With a
plain prefix ARG, put point at the start and the mark at the end."
  (interactive (list (read-from-kill-ring "Yank from kill-ring: ") current-prefix-arg))
  (push-mark)
  (insert-for-yank string)
  (when yank-from-kill-ring-rotate
    (let ((tail (member string kill-ring)))
      (if tail
          (setq kill-ring-yank-pointer tail)
        (kill-new string))))
  (if (consp arg)
      (goto-char (prog1 (mark t)
                   (set-marker (mark-marker) (point) (current-buffer))))))

(defun rotate-yank-pointer (arg)
  "Rotate the yanking point in the kill ring by ARG places."
  (interactive "p")
  (current-kill arg))

(provide 'simple)

;;; simple.el ends here
