;;; mule-util.el --- utilities for multilingual text  -*- lexical-binding: t -*-

;; tsmacs's own versions of functions of GNU Emacs's international/mule-util.el (preloaded here).

(defvar truncate-string-ellipsis nil
  "String to use to indicate truncation; nil means the function `truncate-string-ellipsis' decides.")

(defun truncate-string-ellipsis ()
  "Return the string used to indicate truncation."
  (or truncate-string-ellipsis "…"))

(defun truncate-string-to-width (str end-column &optional start-column padding ellipsis
                                     _ellipsis-text-property)
  "Truncate string STR to end at column END-COLUMN, optionally starting at START-COLUMN."
  (or start-column (setq start-column 0))
  (when (and ellipsis (not (stringp ellipsis)))
    (setq ellipsis (truncate-string-ellipsis)))
  (let ((str-len (length str))
        (str-width (string-width str))
        (ellipsis-width (if ellipsis (string-width ellipsis) 0))
        (idx 0) (column 0) (head-padding "") (tail-padding "")
        ch last-column last-idx from-idx)
    (while (and (< column start-column) (< idx str-len))
      (setq ch (aref str idx) column (+ column (char-width ch)) idx (1+ idx)))
    (if (< column start-column)
        (if padding (make-string end-column padding) "")
      (when (and padding (> column start-column))
        (setq head-padding (make-string (- column start-column) padding)))
      (setq from-idx idx)
      (when (>= end-column column)
        (if (and (< end-column str-width) (> str-width ellipsis-width))
            (setq end-column (- end-column ellipsis-width))
          (setq ellipsis ""))
        (while (and (< column end-column) (< idx str-len))
          (setq last-column column last-idx idx
                ch (aref str idx) column (+ column (char-width ch)) idx (1+ idx)))
        (when (> column end-column) (setq column last-column idx last-idx))
        (when (and padding (< column end-column))
          (setq tail-padding (make-string (- end-column column) padding))))
      (concat head-padding (substring str from-idx idx) tail-padding ellipsis))))

(defun event-basic-type (event)
  "Return the basic type of the given event (all modifiers removed)."
  (if (consp event) (setq event (car event)))
  (if (symbolp event)
      (or (car (get event 'event-symbol-elements))
          ;; Parse the name as keyboard.c does: strip the modifier prefixes.
          (let ((name (symbol-name event)) (done nil))
            (while (not done)
              (setq done t)
              (dolist (prefix '("C-" "M-" "S-" "s-" "H-" "A-" "down-" "double-" "triple-" "drag-"))
                (when (and done (string-prefix-p prefix name) (> (length name) (length prefix)))
                  (setq name (substring name (length prefix)) done nil))))
            (intern name)))
    (let* ((base (logand event (1- ?\A-\0)))
           (plain (if (< base 32) (logior base 64) base)))
      (condition-case nil (downcase plain) (error plain)))))

(defmacro with-coding-priority (coding-systems &rest body)
  "Execute BODY like `progn' with CODING-SYSTEMS at the front of priority list.
CODING-SYSTEMS is a list of coding systems.  See `set-coding-system-priority'.
This affects the implicit sorting of lists of coding systems returned by
operations such as `find-coding-systems-region'."
  (declare (indent 1) (debug t))
  (let ((saved (make-symbol "saved")))
    `(let ((,saved (coding-system-priority-list)))
       (apply #'set-coding-system-priority ,coding-systems)
       (unwind-protect
           (progn ,@body)
         (apply #'set-coding-system-priority ,saved)))))

(provide 'mule-util)

;;; mule-util.el ends here
