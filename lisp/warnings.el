;;; warnings.el --- logging and showing warnings (GNU: lisp/emacs-lisp/warnings.el)  -*- lexical-binding: t -*-

;;; Commentary:

;; tsmacs's own version of the warning facility the Emacs Lisp manual documents (node "Warnings"):
;; `display-warning', `lwarn' and `warn' log a warning in the *Warnings* buffer, under levels
;; (:emergency, :error, :warning, :debug) and types (a symbol, or a list whose head names the
;; package) that users can filter; in batch mode the warning also goes to standard error.

;;; Code:

(defvar warning-levels
  '((:emergency "Emergency%s: " ding)
    (:error "Error%s: ")
    (:warning "Warning%s: ")
    (:debug "Debug%s: "))
  "List of severity level definitions for `display-warning'.
Each element looks like (LEVEL STRING FUNCTION): STRING is a format string
for the beginning of the message (its %s gets the type), and FUNCTION, if
non-nil, is called with no arguments when the warning is shown.")

(defvar warning-level-aliases
  '((emergency . :emergency) (error . :error) (warning . :warning) (notice . :warning)
    (info . :warning) (critical . :emergency) (alarm . :emergency))
  "Alist of aliases for severity levels for `display-warning'.")

(defvar warning-minimum-level :warning
  "Minimum severity level for displaying the warning buffer.")
(defvar warning-minimum-log-level :warning
  "Minimum severity level for logging a warning.")
(defvar warning-suppress-log-types nil
  "List of warning types that should not be logged.")
(defvar warning-suppress-types nil
  "List of warning types not to display immediately.")
(defvar warning-prefix-function nil
  "Function to generate warning prefixes: called with LEVEL and the level's entry.")
(defvar warning-series nil
  "Non-nil means treat multiple `display-warning' calls as a series.")
(defvar warning-fill-prefix nil
  "Non-nil means fill each warning text using this string as `fill-prefix'.")
(defvar warning-fill-column 78
  "Value to use for `fill-column' when filling warnings.")
(defvar warning-type-format (purecopy " (%s)")
  "Format for displaying the warning type in the warning message.")

(defun warning-numeric-level (level)
  "Return a numeric measure of the warning severity level LEVEL.
The more severe, the larger: the number of levels from LEVEL to the end
of `warning-levels' (0 for an unknown level)."
  (length (memq (assq level warning-levels) warning-levels)))

(defun warning-suppress-p (type suppress-list)
  "Non-nil if a warning with type TYPE should be suppressed.
SUPPRESS-LIST is the list of kinds of warnings to suppress.  A symbol
TYPE is suppressed by an element (TYPE); a list TYPE by any element that
is an initial segment of it."
  (let ((found nil))
    (dolist (elt suppress-list)
      (if (symbolp type)
          (when (and (consp elt) (eq (car elt) type) (null (cdr elt))) (setq found t))
        ;; Every element of ELT must match the element of TYPE at the same place.
        (let ((rest type) (ok t))
          (while elt
            (unless (equal (car rest) (car elt)) (setq ok nil))
            (setq rest (cdr rest) elt (cdr elt)))
          (when ok (setq found t)))))
    found))

(defun display-warning (type message &optional level buffer-name)
  "Display a warning message, MESSAGE.
TYPE is the warning type: either a custom group name (a symbol),
or a list of symbols whose first element is a custom group name.
LEVEL should be either :debug, :warning, :error, or :emergency
\(but see `warning-minimum-level' and `warning-minimum-log-level').
BUFFER-NAME, if specified, is the name of the buffer for logging
the warning.  By default, it is `*Warnings*'.  In batch mode every
warning that is logged is also printed (with `message')."
  (setq level (or level :warning))
  (setq level (or (cdr (assq level warning-level-aliases)) level))
  (if (or (< (warning-numeric-level level) (warning-numeric-level warning-minimum-log-level))
          (warning-suppress-p type warning-suppress-log-types))
      t
    (let* ((entry (assq level warning-levels))
           (type-name (if (consp type) (car type) type))
           (buffer (get-buffer-create (or buffer-name "*Warnings*")))
           text)
      (with-current-buffer buffer
        (let ((inhibit-read-only t))
          (goto-char (point-max))
          (let ((start (point)))
            (when warning-prefix-function
              (setq entry (funcall warning-prefix-function level entry)))
            (insert (format (nth 1 entry) (format warning-type-format type-name)) message "\n")
            (when warning-fill-prefix
              (let ((fill-prefix warning-fill-prefix) (fill-column warning-fill-column))
                (fill-region start (point))))
            (setq text (buffer-substring start (1- (point)))))))
      (when (nth 2 entry) (funcall (nth 2 entry)))
      (cond (noninteractive (message "%s" text))
            ((and (>= (warning-numeric-level level) (warning-numeric-level warning-minimum-level))
                  (not (warning-suppress-p type warning-suppress-types)))
             (display-buffer buffer))))))

(defun lwarn (type level message &rest args)
  "Display a warning message made from (format-message MESSAGE ARGS...).
TYPE and LEVEL are as for `display-warning'."
  (display-warning type (apply #'format-message message args) level))

(defun warn (message &rest args)
  "Display a warning message made from (format-message MESSAGE ARGS...).
The warning type is `emacs' and the level `:warning'."
  (display-warning 'emacs (apply #'format-message message args)))

(provide 'warnings)

;;; warnings.el ends here
