;;; simple-more.el --- more of GNU's simple.el: line motion, words, special buffers  -*- lexical-binding: t -*-

;; Written for tsmacs (GNU counterpart: parts of lisp/simple.el).  Preloaded after simple-edit.el:
;; `next-line'/`previous-line' with a goal column, `current-word', `save-mark-and-excursion',
;; `special-mode' and `read-only-mode', the decoded-time accessors, and the small commands that copy
;; text between buffers.

;;; Code:

;;;; Line motion.

(defvar-local goal-column nil
  "Semipermanent goal column for vertical motion, as set by \\[set-goal-column], or nil.")
(put 'goal-column 'safe-local-variable (lambda (x) (or (null x) (integerp x))))

(defvar temporary-goal-column 0
  "Current goal column for vertical motion.
It is the column where point was at the start of the current run of vertical motion commands.")

(defcustom next-line-add-newlines nil
  "If non-nil, `next-line' inserts newline to avoid `end of buffer' error."
  :type 'boolean :group 'editing-basics)

(defcustom track-eol nil
  "Non-nil means vertical motion starting at end of line keeps to ends of lines."
  :type 'boolean :group 'editing-basics)

(defun line-move (arg &optional noerror _to-end _try-vscroll)
  "Move forward ARG lines, keeping to the goal column.
At the end (or beginning) of the buffer, signal `end-of-buffer' (`beginning-of-buffer') unless
NOERROR, after moving as far as possible."
  (unless (memq last-command '(next-line previous-line line-move))
    (setq temporary-goal-column
          (if (and track-eol (eolp) (not (bolp))) most-positive-fixnum (current-column))))
  (let ((shortage (forward-line arg)))
    ;; forward-line leaves point at the end of a last line without newline: that counts as a line too.
    (when (and (> arg 0) (= shortage 1) (not (bolp))) (setq shortage 0))
    (move-to-column (or goal-column
                        (if (consp temporary-goal-column) (truncate (car temporary-goal-column))
                          temporary-goal-column)))
    (cond ((zerop shortage) nil)
          (noerror nil)
          ((> arg 0) (signal 'end-of-buffer nil))
          (t (signal 'beginning-of-buffer nil)))))

(defun next-line (&optional arg try-vscroll)
  "Move cursor vertically down ARG lines, to the goal column."
  (declare (interactive-only forward-line))
  (interactive "^p\np")
  (or arg (setq arg 1))
  (if (and next-line-add-newlines (= arg 1)
           (save-excursion (end-of-line) (eobp)))
      (progn (end-of-line) (insert "\n"))
    (line-move arg nil nil try-vscroll))
  nil)

(defun previous-line (&optional arg try-vscroll)
  "Move cursor vertically up ARG lines, to the goal column."
  (declare (interactive-only forward-line))
  (interactive "^p\np")
  (or arg (setq arg 1))
  (line-move (- arg) nil nil try-vscroll)
  nil)

(defun set-goal-column (arg)
  "Set the current horizontal position as a goal column; with ARG, clear it."
  (interactive "P")
  (if arg
      (progn (setq goal-column nil) (message "No goal column"))
    (setq goal-column (current-column))
    (message "Goal column %d (use %s with a prefix arg to unset it)" goal-column
             (substitute-command-keys "\\[set-goal-column]")))
  nil)

(defun forward-to-indentation (&optional arg)
  "Move forward ARG lines and position at first nonblank character."
  (interactive "^p")
  (forward-line (or arg 1))
  (skip-chars-forward " \t"))

(defun backward-to-indentation (&optional arg)
  "Move backward ARG lines and position at first nonblank character."
  (interactive "^p")
  (forward-line (- (or arg 1)))
  (skip-chars-forward " \t"))

(defun what-line ()
  "Print the current buffer line number and narrowed line number of point."
  (interactive)
  (let ((start (point-min)) (n (line-number-at-pos)))
    (if (= start 1)
        (message "Line %d" n)
      (save-excursion
        (save-restriction
          (widen)
          (message "line %d (narrowed line %d)" (+ n (line-number-at-pos start) -1) n))))))

;;;; Words and the mark.

(defun current-word (&optional strict really-word)
  "Return the symbol or word that point is on (or a nearby one) as a string, without properties.
With STRICT, return nil unless point is within or adjacent to a symbol or word.  With REALLY-WORD,
consider words only, not symbols.  The value is nil when the line has no word nor symbol."
  (save-excursion
    (let* ((syntaxes (if really-word "w" "w_"))
           (not-syntaxes (concat "^" syntaxes))
           (oldpoint (point)) (start (point)) (end (point)))
      (skip-syntax-backward syntaxes) (setq start (point))
      (goto-char oldpoint)
      (skip-syntax-forward syntaxes) (setq end (point))
      (when (and (eq start oldpoint) (eq end oldpoint) (not strict))
        ;; Not on a word: the nearest one on this line, before point if there is one.
        (skip-syntax-backward not-syntaxes (line-beginning-position))
        (if (bolp)
            (progn
              (skip-syntax-forward not-syntaxes (line-end-position))
              (setq start (point))
              (skip-syntax-forward syntaxes)
              (setq end (point)))
          (setq end (point))
          (skip-syntax-backward syntaxes)
          (setq start (point))))
      (unless (= start end)
        (buffer-substring-no-properties start end)))))

(defmacro save-mark-and-excursion (&rest body)
  "Like `save-excursion', but also save and restore the mark state."
  (declare (indent 0) (debug t))
  (let ((saved (make-symbol "saved-mark")))
    `(let ((,saved (cons (copy-marker (mark-marker)) mark-active)))
       (unwind-protect
           (save-excursion ,@body)
         (set-marker (mark-marker) (car ,saved))
         (set-marker (car ,saved) nil)
         (setq mark-active (cdr ,saved))))))

(defun mark-word (&optional arg allow-extend)
  "Set mark ARG words away from point (extending an active region in the same direction)."
  (interactive "P\np")
  (cond ((and allow-extend (or (and (eq last-command this-command) (mark t)) (region-active-p)))
         (setq arg (if arg (prefix-numeric-value arg) (if (< (mark) (point)) -1 1)))
         (set-mark (save-excursion (goto-char (mark)) (forward-word arg) (point))))
        (t (push-mark (save-excursion (forward-word (prefix-numeric-value arg)) (point)) nil t))))

(defun zap-up-to-char (arg char &optional interactive)
  "Kill up to, but not including ARGth occurrence of CHAR (backward when ARG is negative).
Interactively, an upper-case CHAR makes the search case-sensitive."
  (interactive (list (prefix-numeric-value current-prefix-arg)
                     (read-char "Zap up to char: " t) t))
  (let ((direction (if (>= arg 0) 1 -1))
        (case-fold-search (if (and interactive (/= char (downcase char))) nil case-fold-search)))
    (kill-region (point)
                 (progn
                   (forward-char direction)
                   (unwind-protect
                       (search-forward (char-to-string char) nil nil arg)
                     (backward-char direction))
                   (point)))))

(defun mark-whole-buffer ()
  "Put point at beginning and mark at end of buffer."
  (declare (interactive-only t))
  (interactive)
  (push-mark)
  (push-mark (point-max) nil t)
  (goto-char (point-min)))

(defun upcase-dwim (arg)
  "Upcase words in the region, if active; if not, upcase word at point (ARG words)."
  (interactive "*p")
  (if (use-region-p) (upcase-region (region-beginning) (region-end)) (upcase-word arg)))

(defun downcase-dwim (arg)
  "Downcase words in the region, if active; if not, downcase word at point (ARG words)."
  (interactive "*p")
  (if (use-region-p) (downcase-region (region-beginning) (region-end)) (downcase-word arg)))

(defun capitalize-dwim (arg)
  "Capitalize words in the region, if active; if not, capitalize word at point (ARG words)."
  (interactive "*p")
  (if (use-region-p) (capitalize-region (region-beginning) (region-end)) (capitalize-word arg)))

(defun set-fill-column (arg)
  "Set `fill-column' to specified argument (the current column with none)."
  (interactive "P")
  (when (consp arg) (setq arg (current-column)))
  (if (not (integerp arg))
      (error "set-fill-column requires an explicit argument")
    (message "Fill column set to %d (was %d)" arg fill-column)
    (setq fill-column arg)))

;;;; Transposing sexps.

(defun transpose-sexps--mover (arg)
  ;; The span (FAR . NEAR) of the sexp ARG away from point, for `transpose-subr' in its SPECIAL form:
  ;; inside or next to a symbol the whole symbol counts; between sexps the punctuation and comments on
  ;; this side are stepped over first, so that both directions find the same boundaries.
  (let ((forward (> arg 0)))
    (if (if forward
            (looking-at "\\sw\\|\\s_")
          (and (not (bobp)) (save-excursion (forward-char -1) (looking-at "\\sw\\|\\s_"))))
        (progn
          (if forward (skip-syntax-backward "w_") (skip-syntax-forward "w_"))
          (cons (save-excursion (forward-sexp arg) (point)) (point)))
      (if forward (skip-syntax-backward " .") (skip-syntax-forward " ."))
      (cons (save-excursion (forward-sexp arg) (point))
            (progn
              (while (or (forward-comment (if forward 1 -1))
                         (not (zerop (if forward (skip-syntax-forward ".") (skip-syntax-backward "."))))))
              (point))))))

(defun transpose-sexps (arg &optional interactive)
  "Like \[transpose-chars] (`transpose-chars'), but applies to sexps.
With ARG, drag the sexp before point past ARG sexps (backwards when negative); with 0, swap the
sexps ending at point and at mark.  INTERACTIVE turns a scan error into a user error."
  (interactive "*p\nd")
  (if interactive
      (condition-case nil
          (transpose-sexps arg nil)
        (scan-error (user-error "Not between two complete sexps")))
    (transpose-subr #'transpose-sexps--mover arg 'special)))

;;;; Between buffers.

(defun append-to-buffer (buffer start end)
  "Append to specified BUFFER the text of the region (START to END), at its point."
  (interactive (list (read-buffer "Append to buffer: " (other-buffer (current-buffer) t))
                     (region-beginning) (region-end)))
  (let ((oldbuf (current-buffer)))
    (with-current-buffer (get-buffer-create buffer)
      (barf-if-buffer-read-only)
      (save-excursion (insert-buffer-substring oldbuf start end))
      ;; Point ends after the appended text, as GNU leaves it.
      (goto-char (+ (point) (- end start))))))

(defun prepend-to-buffer (buffer start end)
  "Prepend to specified BUFFER the text of the region (START to END); point stays before it."
  (interactive "BPrepend to buffer: \nr")
  (let ((oldbuf (current-buffer)))
    (with-current-buffer (get-buffer-create buffer)
      (barf-if-buffer-read-only)
      (save-excursion (insert-buffer-substring oldbuf start end)))))

(defun copy-to-buffer (buffer start end)
  "Copy to specified BUFFER the text of the region (START to END), replacing its contents."
  (interactive "BCopy to buffer: \nr")
  (let ((oldbuf (current-buffer)))
    (with-current-buffer (get-buffer-create buffer)
      (barf-if-buffer-read-only)
      (erase-buffer)
      (save-excursion (insert-buffer-substring oldbuf start end)))))

(defun insert-buffer (buffer)
  "Insert after point the contents of BUFFER, leaving mark after it."
  (declare (interactive-only insert-buffer-substring))
  (interactive (list (progn (barf-if-buffer-read-only)
                            (read-buffer "Insert buffer: " (other-buffer (current-buffer) t) t))))
  (push-mark (save-excursion (insert-buffer-substring (get-buffer buffer)) (point)))
  nil)

(defun kill-current-buffer ()
  "Kill the current buffer."
  (interactive)
  (kill-buffer (current-buffer)))

(defun messages-buffer ()
  "Return the \"*Messages*\" buffer, creating it if needed."
  (get-buffer-create "*Messages*"))

(defun toggle-truncate-lines (&optional arg)
  "Toggle truncating of long lines for the current buffer (on when ARG is positive)."
  (interactive "P")
  (setq truncate-lines (if (null arg) (not truncate-lines) (> (prefix-numeric-value arg) 0)))
  (message "Truncate long lines %s" (if truncate-lines "enabled" "disabled")))

;;;; Special and read-only buffers.

(defvar special-mode-map
  (let ((map (make-sparse-keymap)))
    (suppress-keymap map)
    (define-key map "q" 'quit-window)
    (define-key map " " 'scroll-up-command)
    (define-key map [?\S-\ ] 'scroll-down-command)
    (define-key map "\C-?" 'scroll-down-command)
    (define-key map "?" 'describe-mode)
    (define-key map "h" 'describe-mode)
    (define-key map ">" 'end-of-buffer)
    (define-key map "<" 'beginning-of-buffer)
    (define-key map "g" 'revert-buffer)
    map)
  "Keymap of `special-mode'.")

(put 'special-mode 'mode-class 'special)
(define-derived-mode special-mode nil "Special"
  "Parent major mode from which special major modes should inherit.
A special major mode is intended to view specially formatted data rather than files."
  (setq buffer-read-only t))

(define-minor-mode read-only-mode
  "Change whether the current buffer is read-only.
When the buffer is read-only, attempts to change its text signal `buffer-read-only'."
  :variable buffer-read-only)

;;;; Decoded times.

(cl-defstruct (decoded-time (:constructor nil) (:copier nil) (:type list))
  (second nil :documentation "Integer between 0 and 60, or a Lisp timestamp of the seconds.")
  (minute nil :documentation "Integer between 0 and 59.")
  (hour nil :documentation "Integer between 0 and 23.")
  (day nil :documentation "Integer between 1 and 31.")
  (month nil :documentation "Integer between 1 and 12.")
  (year nil :documentation "The year, an integer.")
  (weekday nil :documentation "Number between 0 and 6, 0 being Sunday.")
  (dst -1 :documentation "t when daylight saving time is in effect, nil if not, -1 if unknown.")
  (zone nil :documentation "Integer, the offset from UTC in seconds."))


;;; The character after point described (GNU: simple.el's what-cursor-position, mule-cmds.el's helpers).

(defcustom what-cursor-show-names nil
  "Whether to show character names in `what-cursor-position'."
  :type 'boolean)

(defun encode-coding-char (char coding-system &optional _charset)
  "Encode CHAR by CODING-SYSTEM and return the resulting string of bytes.
If CODING-SYSTEM can't safely encode CHAR, return nil."
  (let ((s1 (string char)))
    (unless (unencodable-char-position 0 1 coding-system nil s1)
      (let* ((e1 (encode-coding-string s1 coding-system))
             (e2 (encode-coding-string (string char char) coding-system))
             (n1 (length e1)) (n2 (length e2))
             (len (- n2 n1))
             (common 0))
        ;; A signature before the character, or escape sequences after it, appear once in both
        ;; encodings: the character's own bytes are what the second copy added.  The common tail of
        ;; the two encodings holds one copy of the character followed by the trailer.
        (while (and (< common n1) (= (aref e1 (- n1 common 1)) (aref e2 (- n2 common 1))))
          (setq common (1+ common)))
        (let ((tail (max 0 (- common len))))
          (if (and (> len 0) (<= (+ len tail) n1))
              (substring e1 (- n1 tail len) (- n1 tail))
            e1))))))

(defun encoded-string-description (str _coding-system)
  "Return a pretty description of STR that is encoded by CODING-SYSTEM."
  (mapconcat (lambda (x) (format "#x%02X" x)) str " "))

(defun what-cursor-position (&optional detail)
  "Print info on cursor position (on screen and within buffer).
Also describe the character after point, and give its character code in octal,
decimal and hex.  For a non-ASCII character, also give its encoding in the
buffer's coding system when that encodes it safely: the byte in hex when it is
one byte, \"...\" otherwise.  With prefix argument DETAIL, also describe the
character in the *Help* buffer (`describe-char')."
  (interactive "P")
  (let* ((char (following-char))
         (name (and what-cursor-show-names
                    (or (get-char-code-property char 'name)
                        (get-char-code-property char 'old-name))))
         (name-fmt (if name (format ", %s" name) ""))
         ;; Directional controls and right-to-left characters would reorder the message's
         ;; numbers; an invisible terminator keeps them in place, as GNU's message does.
         (bidi-fixer
          (cond ((memq char '(#x202a #x202d)) (propertize (string #x202c) 'invisible t))
                ((memq char '(#x202b #x202e)) (propertize (string #x202c #x200e) 'invisible t))
                ((memq char '(#x2066 #x2067 #x2068)) (propertize (string #x2069) 'invisible t))
                ((memq (get-char-code-property char 'bidi-class) '(R AL))
                 (propertize (string #x200e) 'invisible t))
                (t "")))
         (beg (point-min)) (end (point-max)) (pos (point))
         (total (buffer-size))
         (percent (round (* 100.0 (1- pos)) (max 1 total)))
         (hscroll (if (= (window-hscroll) 0) "" (format " Hscroll=%d" (window-hscroll))))
         (col (current-column))
         (narrowed (or (/= beg 1) (/= end (1+ total)))))
    (if (= pos end)
        (if narrowed
            (message "point=%d of %d (%d%%) <%d-%d> column=%d%s" pos total percent beg end col hscroll)
          (message "point=%d of %d (EOB) column=%d%s" pos total col hscroll))
      (let* ((coding (or buffer-file-coding-system
                         (default-value 'buffer-file-coding-system) 'binary))
             (display (get-char-property pos 'display))
             (encoding-msg
              (cond
               ((eq (char-charset char) 'eight-bit)
                (format "(%d, #o%o, #x%x%s, raw-byte)" char char char name-fmt))
               (display
                (let* ((to (or (next-single-char-property-change pos 'display) (point-max)))
                       (under (if (< to (+ pos 4))
                                  (buffer-substring-no-properties pos to)
                                (concat (buffer-substring-no-properties pos (+ pos 4)) "..."))))
                  (if (stringp display)
                      (format "(%d, #o%o, #x%x%s, part of display \"%s\"->\"%s\")"
                              char char char name-fmt under display)
                    (format "(%d, #o%o, #x%x%s, part of display \"%s\")" char char char name-fmt under))))
               (t
                (let ((encoded (and (>= char 128) (encode-coding-char char coding))))
                  (if encoded
                      (format "(%d, #o%o, #x%x%s, file %s)" char char char name-fmt
                              (if (> (length encoded) 1) "..."
                                (encoded-string-description encoded coding)))
                    (format "(%d, #o%o, #x%x%s)" char char char name-fmt)))))))
        (when detail (describe-char (point)))
        (if narrowed
            (message "Char: %s%s %s point=%d of %d (%d%%) <%d-%d> column=%d%s"
                     (if (< char 256) (single-key-description char)
                       (buffer-substring-no-properties (point) (1+ (point))))
                     bidi-fixer encoding-msg pos total percent beg end col hscroll)
          (message "Char: %s%s %s point=%d of %d (%d%%) column=%d%s"
                   (if (and enable-multibyte-characters (>= char 128))
                       (buffer-substring-no-properties (point) (1+ (point)))
                     (single-key-description char))
                   bidi-fixer encoding-msg pos total percent col hscroll))))))

;;; Variables of the shell commands (their functions are autoloaded from simple-shell.el).

(defvar shell-command-history nil
  "History list for some commands that read shell commands.")

(defvar shell-command-default-error-buffer nil
  "Buffer name for `shell-command' and `shell-command-on-region' error output.")

(defvar shell-command-prompt-show-cwd nil
  "If non-nil, show current directory when prompting for a shell command.")

(defvar shell-command-buffer-name "*Shell Command Output*"
  "Name of the output buffer for shell commands.")

(defvar shell-command-buffer-name-async "*Async Shell Command*"
  "Name of the output buffer for asynchronous shell commands.")

(defvar shell-command-dont-erase-buffer nil
  "Whether to erase the output buffer before executing shell command.
nil erases it unless it is the current buffer; `erase' always erases it;
`beg-last-out', `end-last-out' and `save-point' keep it and then put point
at the beginning or end of the last output, or where it was.")

(defvar shell-command-saved-pos nil
  "Alist of (BUFFER . POS): where point goes in BUFFER once its command is done.")

(defvar mode-line-process nil
  "Mode line construct for displaying info on process status.")
(make-variable-buffer-local 'mode-line-process)

(defvar region-insert-function
  (lambda (lines)
    (let ((first t))
      (dolist (line lines)
        (unless first (insert ?\n))
        (insert-for-yank line)
        (setq first nil))))
  "Function to insert the region's content: called with the list of lines `region-extract-function' gave.")

(defvar small-temporary-file-directory nil
  "The directory for writing small temporary files, or nil for `temporary-file-directory'.")

(provide 'simple-more)

;;; simple-more.el ends here
