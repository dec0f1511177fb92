;;; simple-shell.el --- shell-command and shell-command-on-region, synchronously (GNU: simple.el)  -*- lexical-binding: t -*-

;;; Commentary:

;; The shell commands of GNU's simple.el over `call-process': `shell-command',
;; `shell-command-on-region', `call-shell-region', and `display-message-or-buffer', which shows
;; their output in the echo area when it is short.  A command ending in "&" is asynchronous and
;; goes to `async-shell-command', which needs subprocesses (not here yet: it is undefined).

;;; Code:

;; The variables are preloaded (simple-more.el), as GNU preloads simple.el: code that binds them
;; with `let' must see them special before this file is loaded.

(defun read-shell-command (prompt &optional initial-contents hist &rest args)
  "Read a shell command from the minibuffer, prompting with PROMPT.
INITIAL-CONTENTS, HIST and ARGS are as for `read-from-minibuffer';
HIST defaults to `shell-command-history'."
  (apply #'read-from-minibuffer prompt initial-contents nil nil
         (or hist 'shell-command-history) args))

(defun call-shell-region (start end command &optional delete buffer)
  "Send text from START to END as input to an inferior shell running COMMAND.
DELETE non-nil deletes the text; BUFFER says where output goes, as for
`call-process-region'.  Returns the exit status or a signal description."
  (call-process-region start end shell-file-name delete buffer nil
                       shell-command-switch command))

(defun shell-command-save-pos-or-erase (&optional output-to-current-buffer)
  "Record where point goes after the command in the current (output) buffer, or erase it.
OUTPUT-TO-CURRENT-BUFFER non-nil means the output goes to the caller's buffer.
See `shell-command-dont-erase-buffer'."
  (setq buffer-read-only nil)
  (let* ((how shell-command-dont-erase-buffer)
         (pos (pcase how
                ('save-point (unless output-to-current-buffer (point)))
                ('beg-last-out (unless output-to-current-buffer (point-max)))
                (_ (when (or (eq how 'erase) (and (null how) (not output-to-current-buffer)))
                     (let ((inhibit-read-only t)) (erase-buffer))
                     nil)))))
    (when pos
      (goto-char (point-max))
      (push (cons (current-buffer) pos) shell-command-saved-pos))))

(defun shell-command-set-point-after-cmd (&optional buffer)
  "Set point in BUFFER (default the current one) once its command is done.
The position is the one `shell-command-save-pos-or-erase' recorded."
  (when shell-command-dont-erase-buffer
    (let* ((buf (or buffer (current-buffer)))
           (pos (alist-get buf shell-command-saved-pos)))
      (setq shell-command-saved-pos (assq-delete-all buf shell-command-saved-pos))
      (when (buffer-live-p buf)
        (unless (and pos (memq shell-command-dont-erase-buffer '(save-point beg-last-out end-last-out)))
          (setq pos (with-current-buffer buf (point-max))))
        (let ((win (car (get-buffer-window-list buf))))
          (if win
              (set-window-point win pos)
            (with-current-buffer buf (goto-char pos))
            (save-window-excursion
              (set-window-point (display-buffer buf '(nil (inhibit-switch-frame . t))) pos))))))))

(defun shell-command--echo-area-lines ()
  "How many lines of output the echo area may show."
  (if resize-mini-windows
      (let ((h max-mini-window-height))
        (if (floatp h) (max 1 (floor (* h (frame-height)))) (max 1 h)))
    1))

(defun display-message-or-buffer (message &optional buffer-name action frame)
  "Display MESSAGE in the echo area if possible, otherwise in a pop-up buffer.
MESSAGE may be a string or a buffer.  A one-line string (a trailing newline
aside) goes to the echo area; otherwise the text is put in the buffer
BUFFER-NAME (default \"*Message*\") and shown there when it is too tall for
the echo area.  ACTION and FRAME are passed to `display-buffer'.
Returns either the string shown in the echo area, or the window used."
  (cond
   ((and (stringp message) (not (string-search "\n" message)))
    (message "%s" message))
   ((and (stringp message) (= (string-search "\n" message) (1- (length message))))
    (message "%s" (substring message 0 -1)))
   (t
    (with-current-buffer (if (bufferp message) message
                           (get-buffer-create (or buffer-name "*Message*")))
      (unless (bufferp message)
        (erase-buffer)
        (insert message))
      (let ((lines (if (= (buffer-size) 0) 0
                     (count-lines (point-min) (point-max)))))
        (cond ((= lines 0) nil)
              ((and (<= lines (shell-command--echo-area-lines))
                    (not (get-buffer-window (current-buffer))))
               (goto-char (point-max))
               (when (bolp) (backward-char 1))
               (message "%s" (buffer-substring (point-min) (point))))
              (t
               (goto-char (point-min))
               (display-buffer (current-buffer) action frame))))))))

(defun shell-command--error-file (error-buffer)
  "A temporary file for the error output of a command, when ERROR-BUFFER wants it."
  (and error-buffer
       (make-temp-file (expand-file-name "scor" (or small-temporary-file-directory
                                                     temporary-file-directory)))))

(defun shell-command--collect-errors (error-file error-buffer &optional at-point)
  "Add ERROR-FILE's text to ERROR-BUFFER after a page break, show it, and delete the file.
The text goes at the buffer's end, point staying before it; with AT-POINT
\(`shell-command' into the current buffer) it goes at point, and point keeps
its distance from the end."
  (when (and error-file (file-exists-p error-file))
    (when (< 0 (file-attribute-size (file-attributes error-file)))
      (with-current-buffer (get-buffer-create error-buffer)
        (if at-point
            (let ((from-end (- (point-max) (point))))
              (unless (bobp) (insert "\f\n"))
              (insert-file-contents error-file)
              (goto-char (- (point-max) from-end)))
          (goto-char (point-max))
          (unless (bobp) (insert "\f\n"))
          (insert-file-contents error-file))
        (display-buffer (current-buffer))))
    (delete-file error-file)))

(defun shell-command (command &optional output-buffer error-buffer)
  "Execute string COMMAND in inferior shell; display output, if any.
With a prefix argument (OUTPUT-BUFFER non-nil and not a buffer or buffer
name), insert the output in the current buffer after point, leaving mark
after it.  A buffer or buffer name OUTPUT-BUFFER receives the output.
ERROR-BUFFER, a buffer name, receives the standard error output.
Short output is shown in the echo area, longer output in
`shell-command-buffer-name'.  A COMMAND ending in \"&\" runs
asynchronously (`async-shell-command').  Returns the exit status."
  (interactive
   (list (read-shell-command (if shell-command-prompt-show-cwd
                                 (format-message "Shell command in `%s': "
                                                 (abbreviate-file-name default-directory))
                               "Shell command: ")
                             nil nil
                             (and buffer-file-name (file-relative-name buffer-file-name)))
         current-prefix-arg
         shell-command-default-error-buffer))
  (let ((handler (find-file-name-handler (directory-file-name default-directory) 'shell-command))
        (async (string-match-p "[ \t]*&[ \t]*\\'" command)))
    (cond
     (handler (funcall handler 'shell-command command output-buffer error-buffer))
     (async
      (async-shell-command (substring command 0 (string-match "[ \t]*&[ \t]*\\'" command))
                           output-buffer error-buffer))
     ((and output-buffer
           (or (eq output-buffer (current-buffer))
               (and (stringp output-buffer) (eq (get-buffer output-buffer) (current-buffer)))
               (not (or (bufferp output-buffer) (stringp output-buffer)))))
      ;; Output into the current buffer, at point; mark is left after it.
      (let ((error-file (shell-command--error-file error-buffer))
            status)
        (barf-if-buffer-read-only)
        (push-mark nil t)
        (shell-command-save-pos-or-erase 'output-to-current-buffer)
        (setq status (call-process-shell-command command nil (if error-file (list t error-file) t)))
        (shell-command--collect-errors error-file error-buffer t)
        (ignore status)
        ;; Point before the output and mark after it, without activating the mark (the value
        ;; is that position, as GNU's).
        (goto-char (prog1 (mark t) (set-marker (mark-marker) (point) (current-buffer))))))
     (t
      (save-match-data
        (shell-command-on-region (point) (point) command output-buffer nil error-buffer))))))

(defun shell-command--report (status error-file)
  "The echo-area message for a command that printed nothing, by its exit STATUS."
  (let ((output (if (and error-file (file-exists-p error-file)
                         (< 0 (file-attribute-size (file-attributes error-file))))
                    (format "some error output%s"
                            (if shell-command-default-error-buffer
                                (format " to the \"%s\" buffer" shell-command-default-error-buffer)
                              ""))
                  "no output")))
    (cond ((null status) (message "(Shell command failed with error)"))
          ((equal 0 status) (message "(Shell command succeeded with %s)" output))
          ((stringp status) (message "(Shell command killed by signal %s)" status))
          (t (message "(Shell command failed with code %d and %s)" status output)))))

(defun shell-command-on-region (start end command &optional output-buffer replace
                                      error-buffer display-error-buffer region-noncontiguous-p)
  "Execute string COMMAND in inferior shell with region as input.
Normally display output (if any) in temp buffer `shell-command-buffer-name';
prefix arg means replace the region with it.  Return the exit code of COMMAND.

OUTPUT-BUFFER, a buffer or buffer name, receives the output instead; any
other non-nil value means insert it in the current buffer after START.
REPLACE non-nil deletes the region and puts the output in its place (with
mark at its other end, unless REPLACE is `no-mark').  ERROR-BUFFER, a
buffer name, receives the standard error output.  REGION-NONCONTIGUOUS-P
non-nil runs COMMAND on the text of each of the region's pieces."
  (interactive (progn
                 (unless (mark) (user-error "The mark is not set now, so there is no region"))
                 (let ((string (read-shell-command "Shell command on region: ")))
                   (list (region-beginning) (region-end) string current-prefix-arg
                         current-prefix-arg shell-command-default-error-buffer t
                         (region-noncontiguous-p)))))
  (ignore display-error-buffer)
  (let ((error-file (shell-command--error-file error-buffer))
        status)
    (cond
     (region-noncontiguous-p
      (let* ((input (concat (funcall region-extract-function (when replace 'delete)) "\n"))
             (output (with-temp-buffer
                       (insert input)
                       (call-process-region (point-min) (point-max) shell-file-name t t nil
                                            shell-command-switch command)
                       (split-string (buffer-substring (point-min)
                                                       (if (eq (char-before (point-max)) ?\n)
                                                           (1- (point-max))
                                                         (point-max)))
                                     "\n"))))
        (if replace
            (progn (goto-char start) (funcall region-insert-function output))
          (let ((buffer (get-buffer-create (or output-buffer shell-command-buffer-name))))
            (with-current-buffer buffer
              (erase-buffer)
              (funcall region-insert-function output))
            (display-message-or-buffer buffer)))))
     ((or replace (and output-buffer (not (or (bufferp output-buffer) (stringp output-buffer)))))
      ;; The output goes into the current buffer, at START (replacing the region when asked).
      (let ((swap (and replace (< start end))))
        (goto-char start)
        (when (and replace (not (eq replace 'no-mark))) (push-mark (point) 'nomsg))
        (setq status (call-shell-region start end command replace
                                        (if error-file (list t error-file) t)))
        (when (and swap (not (eq replace 'no-mark))) (exchange-point-and-mark))))
     (t
      (let ((buffer (get-buffer-create (or output-buffer shell-command-buffer-name))))
        (set-buffer-major-mode buffer)
        (unwind-protect
            (if (and (eq buffer (current-buffer))
                     (or (memq shell-command-dont-erase-buffer '(nil erase))
                         (and (not (eq buffer (get-buffer shell-command-buffer-name)))
                              (not (region-active-p)))))
                ;; The region is the output buffer's only input and becomes its contents.
                (progn
                  (setq buffer-read-only nil)
                  (delete-region (max start end) (point-max))
                  (delete-region (point-min) (min start end))
                  (setq status (call-process-region (point-min) (point-max) shell-file-name t
                                                    (if error-file (list t error-file) t)
                                                    nil shell-command-switch command)))
              (let ((directory default-directory))
                (with-current-buffer buffer
                  (unless output-buffer (setq default-directory directory))
                  (shell-command-save-pos-or-erase)))
              (setq status (call-shell-region start end command nil
                                              (if error-file (list buffer error-file) buffer))))
          (with-current-buffer buffer
            (setq-local revert-buffer-function (lambda (&rest _) (shell-command command)))
            (setq mode-line-process
                  (cond ((null status) " - Error")
                        ((stringp status) (format " - Signal [%s]" status))
                        ((not (equal 0 status)) (format " - Exit [%d]" status)))))
          (if (with-current-buffer buffer (> (point-max) (point-min)))
              (progn (display-message-or-buffer buffer)
                     (shell-command-set-point-after-cmd buffer))
            (shell-command--report status error-file))))))
    (shell-command--collect-errors error-file error-buffer)
    status))

(provide 'simple-shell)

;;; simple-shell.el ends here
