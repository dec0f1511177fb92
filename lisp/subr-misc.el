;;; subr-misc.el --- more of GNU's subr.el: buffer helpers, events, load history  -*- lexical-binding: t -*-

;; Written for tsmacs (GNU counterpart: the rest of lisp/subr.el).  Preloaded after subr-edit.el:
;; macros and functions packages use all the time (`with-silent-modifications', `buffer-narrowed-p',
;; `with-case-table', `locate-library'...), the event and position accessors of GNU's input events,
;; and the definition-prefix registry that autoload files call.

;;; Code:

;;;; Buffers and text.

(defun buffer-narrowed-p ()
  "Return non-nil if the current buffer is narrowed."
  (/= (- (point-max) (point-min)) (buffer-size)))

(defmacro with-silent-modifications (&rest body)
  "Execute BODY, pretending it does not modify the buffer.
The modified flag, the undo list, read-only text and change hooks are left alone:
use it only for changes of text properties."
  (declare (debug t) (indent 0))
  (let ((modified (make-symbol "modified")))
    `(let* ((,modified (buffer-modified-p))
            (buffer-undo-list t)
            (inhibit-read-only t)
            (inhibit-modification-hooks t))
       (unwind-protect
           (progn ,@body)
         (unless ,modified
           (restore-buffer-modified-p nil))))))

(defmacro with-case-table (table &rest body)
  "Execute the forms in BODY with TABLE as the current case table.
The value returned is the value of the last form in BODY."
  (declare (indent 1) (debug t))
  (let ((old (make-symbol "table")) (buf (make-symbol "buf")))
    `(let ((,old (current-case-table)) (,buf (current-buffer)))
       (unwind-protect
           (progn (set-case-table ,table) ,@body)
         (with-current-buffer ,buf (set-case-table ,old))))))

(defun insert-buffer-substring-no-properties (buffer &optional start end)
  "Insert before point a substring of BUFFER, without text properties.
START and END, positions in BUFFER, default to its accessible portion."
  (let ((opoint (point)))
    (insert-buffer-substring buffer start end)
    (let ((inhibit-read-only t))
      (set-text-properties opoint (point) nil))))

(defun insert-buffer-substring-as-yank (buffer &optional start end)
  "Insert before point a part of BUFFER, treating it as yanked text (see `insert-for-yank')."
  (insert-for-yank (with-current-buffer buffer
                     (buffer-substring (or start (point-min)) (or end (point-max))))))

(defun field-at-pos (pos)
  "Return the field at position POS, taking stickiness etc into account."
  (let ((field (get-char-property (field-beginning pos) 'field)))
    (if (eq field 'boundary)
        (get-char-property (1- (field-end pos)) 'field)
      field)))

(defun forward-symbol (arg)
  "Move point to the next position that is the end of a symbol (ARG times; back when negative)."
  (interactive "^p")
  (if (natnump arg)
      (re-search-forward "\\(\\sw\\|\\s_\\)+" nil 'move arg)
    (while (< arg 0)
      (when (re-search-backward "\\(\\sw\\|\\s_\\)+" nil 'move)
        (skip-syntax-backward "w_"))
      (setq arg (1+ arg)))))

(defun forward-whitespace (arg)
  "Move point to the end of the next sequence of whitespace chars (ARG times; back when negative).
A newline counts as whitespace on its own."
  (interactive "^p")
  (if (natnump arg)
      (re-search-forward "[ \t]+\\|\n" nil 'move arg)
    (while (< arg 0)
      (when (re-search-backward "[ \t]+\\|\n" nil 'move)
        (or (eq (char-after (match-beginning 0)) ?\n)
            (skip-chars-backward " \t")))
      (setq arg (1+ arg)))))

(defun forward-same-syntax (&optional arg)
  "Move point past all characters with the same syntax class (ARG times; back when negative)."
  (interactive "^p")
  (or arg (setq arg 1))
  (while (< arg 0)
    (skip-syntax-backward (char-to-string (char-syntax (char-before))))
    (setq arg (1+ arg)))
  (while (> arg 0)
    (skip-syntax-forward (char-to-string (char-syntax (char-after))))
    (setq arg (1- arg))))

;;;; Control.

(defmacro with-local-quit (&rest body)
  "Execute BODY, allowing quits to terminate BODY but not escape further.
When a quit terminates BODY, `with-local-quit' returns nil but requests another quit."
  (declare (debug t) (indent 0))
  `(condition-case nil
       (let ((inhibit-quit nil)) ,@body)
     (quit (setq quit-flag t)
           ;; The quit is taken up again as soon as something checks for it.
           (eval '(ignore nil) t))))

(defalias 'condition-case-no-debug 'condition-case-unless-debug)

(defmacro with-temp-message (message &rest body)
  "Display MESSAGE temporarily while BODY is evaluated; then restore the previous message."
  (declare (debug t) (indent 1))
  (let ((current (make-symbol "current")) (temp (make-symbol "with-temp-message")))
    `(let ((,temp ,message) (,current))
       (unwind-protect
           (progn
             (when ,temp
               (setq ,current (current-message))
               (message "%s" ,temp))
             ,@body)
         (and ,temp
              (if ,current (message "%s" ,current) (message nil)))))))

(defmacro with-file-modes (modes &rest body)
  "Execute BODY with default file permissions temporarily set to MODES."
  (declare (indent 1) (debug t))
  (let ((umask (make-symbol "umask")))
    `(let ((,umask (default-file-modes)))
       (unwind-protect
           (progn (set-default-file-modes ,modes) ,@body)
         (set-default-file-modes ,umask)))))

;;;; Tags, modes and keys.

(defalias 'beep #'ding)

(defun undefined ()
  "Beep to tell the user this binding is undefined."
  (interactive)
  (ding)
  (if defining-kbd-macro
      (error "%s is undefined" (key-description (this-single-command-keys)))
    (message "%s is undefined" (key-description (this-single-command-keys)))))

(defvar find-tag-default-function nil
  "A function of no arguments used by \\[find-tag] to pick a default tag.")

(defun find-tag-default-bounds ()
  "Determine the boundaries of the default tag, based on text at point: (BEG . END), or nil."
  (bounds-of-thing-at-point 'symbol))

(defun find-tag-default ()
  "Determine default tag to search for, based on text at point; nil if there is none."
  (let ((bounds (find-tag-default-bounds)))
    (when bounds (buffer-substring-no-properties (car bounds) (cdr bounds)))))

(defun find-tag-default--function ()
  (or find-tag-default-function (get major-mode 'find-tag-default-function) #'find-tag-default))

(defun find-tag-default-as-regexp ()
  "Return regexp that matches the default tag at point."
  (let ((tag (funcall (find-tag-default--function))))
    (and tag (regexp-quote tag))))

(defun find-tag-default-as-symbol-regexp ()
  "Return regexp that matches the default tag at point as a symbol."
  (let ((tag-regexp (find-tag-default-as-regexp)))
    (if (and tag-regexp (eq (find-tag-default--function) #'find-tag-default))
        (format "\\_<%s\\_>" tag-regexp)
      tag-regexp)))

(defvar-local major-mode--suspended nil)
(put 'major-mode--suspended 'permanent-local t)

(defun major-mode-suspend ()
  "Exit current major mode, remembering it (see `major-mode-restore')."
  (setq major-mode--suspended (or major-mode--suspended major-mode)))

(defun major-mode-restore (&optional avoided-modes)
  "Restore major mode earlier suspended with `major-mode-suspend'.
Without one, choose the mode as visiting would (`normal-mode'), avoiding AVOIDED-MODES."
  (if major-mode--suspended
      (funcall (prog1 major-mode--suspended (kill-local-variable 'major-mode--suspended)))
    (let ((auto-mode-alist (let ((alist (copy-sequence auto-mode-alist)))
                             (dolist (mode avoided-modes) (setq alist (rassq-delete-all mode alist)))
                             alist))
          (magic-fallback-mode-alist (let ((alist (copy-sequence magic-fallback-mode-alist)))
                                       (dolist (mode avoided-modes) (setq alist (rassq-delete-all mode alist)))
                                       alist)))
      (normal-mode))))

(defun substitute-key-definition (olddef newdef keymap &optional oldmap)
  "Replace OLDDEF with NEWDEF for any keys in KEYMAP now defined as OLDDEF.
With OLDMAP, the keys bound to OLDDEF in OLDMAP are bound to NEWDEF in KEYMAP."
  (let ((seen nil))
    (cl-labels ((walk (map prefix)
                  (unless (memq map seen)
                    (push map seen)
                    (map-keymap
                     (lambda (key binding)
                       (let ((keys (vconcat prefix (vector key))))
                         (cond ((or (eq binding olddef)
                                    (and (or (stringp olddef) (vectorp olddef)) (equal binding olddef)))
                                (define-key keymap keys newdef))
                               ((keymapp binding)
                                (walk (if (symbolp binding) (symbol-function binding) binding) keys)))))
                     map))))
      (walk (or oldmap keymap) []))))

;;;; Numbers and objects.

(defun log10 (x)
  "Return (log X 10), the log base 10 of X."
  (declare (obsolete log "24.4"))
  (log x 10))

(defalias 'sxhash #'sxhash-equal)
(make-obsolete 'sxhash 'sxhash-equal "26.1")

(defalias 'flatten-list #'flatten-tree)

(defun subr-primitive-p (object)
  "Return t if OBJECT is a built-in primitive function."
  (and (subrp object) (not (subr-native-elisp-p object))))

(defun frame-configuration-p (object)
  "Return non-nil if OBJECT seems to be a frame configuration."
  (and (consp object) (eq (car object) 'frame-configuration)))

;;;; Input events and positions (pure accessors of GNU's event lists).

(defun eventp (object)
  "Return non-nil if OBJECT is an input event or event object."
  (and object
       (or (integerp object)
           (and (symbolp object) (not (keywordp object)))
           (and (consp object) (symbolp (car object))))
       t))

(defun mouse-event-p (object)
  "Return non-nil if OBJECT is a mouse click event."
  (memq (event-basic-type object) '(mouse-1 mouse-2 mouse-3 mouse-movement)))

(defun mouse-movement-p (object)
  "Return non-nil if OBJECT is a mouse movement event."
  (eq (car-safe object) 'mouse-movement))

(defun event-start (event)
  "Return the starting position of EVENT (a position list), or a position at point for a key."
  (or (and (consp event) (nth 1 event))
      (event--posn-at-point)))

(defun event-end (event)
  "Return the ending position of EVENT (a position list), or a position at point for a key."
  (or (and (consp event) (nth (if (consp (nth 2 event)) 2 1) event))
      (event--posn-at-point)))

(defun event--posn-at-point ()
  ;; Where a keyboard event happened: point in the selected window.
  (or (and (fboundp 'posn-at-point) (posn-at-point))
      (list (selected-window) (point) '(0 . 0) 0)))

(defun event-click-count (event)
  "Return the multi-click count of EVENT, a click or drag event (1 for anything else)."
  (if (and (consp event) (integerp (nth 2 event))) (nth 2 event) 1))

(defun posnp (obj)
  "Return non-nil if OBJ appears to be a valid `posn' object specifying a window."
  (and (windowp (car-safe obj))
       (atom (car-safe (setq obj (cdr obj))))              ; AREA-OR-POS
       (integerp (car-safe (car-safe (setq obj (cdr obj))))) ; XOFFSET
       (integerp (car-safe (cdr obj)))))                  ; TIMESTAMP

(defun posn-window (position)
  "Return the window in POSITION."
  (nth 0 position))

(defun posn-area (position)
  "Return the window area recorded in POSITION, or nil for the text area."
  (let ((area (if (consp (nth 1 position)) (car (nth 1 position)) (nth 1 position))))
    (and (symbolp area) area)))

(defun posn-point (position)
  "Return the buffer location in POSITION."
  (or (nth 5 position)
      (let ((pt (nth 1 position)))
        (or (car-safe pt)
            ;; Apart from a marginal area, the area holds the position itself.
            (if (integerp pt) pt)))))

(defun posn-x-y (position)
  "Return the x and y coordinates in POSITION, as (X . Y)."
  (nth 2 position))

(defun posn-timestamp (position)
  "Return the timestamp of POSITION."
  (nth 3 position))

(defun posn-string (position)
  "Return the string object of POSITION: (STRING . STRING-POS), or nil."
  (nth 4 position))

(defun posn-image (position)
  "Return the image object of POSITION, or nil."
  (nth 7 position))

(defun posn-object (position)
  "Return the object (image or string) of POSITION."
  (or (posn-image position) (posn-string position)))

(defun posn-object-x-y (position)
  "Return the x and y coordinates relative to the glyph of object of POSITION."
  (nth 8 position))

(defun posn-object-width-height (position)
  "Return the pixel width and height of the object of POSITION."
  (nth 9 position))

(defun posn-actual-col-row (position)
  "Return the window row number in POSITION and character number in that row, as (COL . ROW)."
  (nth 6 position))

;;;; Loading.

(defun locate-library (library &optional nosuffix path interactive-call)
  "Show the precise file name of Emacs library LIBRARY.
Unless NOSUFFIX, the suffixes of `load' are tried; PATH defaults to `load-path'."
  (interactive (list (read-string "Locate library: ") nil nil t))
  (let ((file (locate-file (substitute-in-file-name library)
                           (or path load-path)
                           (append (unless nosuffix (get-load-suffixes))
                                   load-file-rep-suffixes))))
    (when interactive-call
      (if file
          (message "Library is file %s" (abbreviate-file-name file))
        (message "No library %s in search path" library)))
    file))

(defvar jka-compr-load-suffixes '(".gz")
  "List of compression related suffixes to try when loading files.")

(defun load-history-regexp (file)
  "Form a regexp to find FILE in `load-history'.
FILE, a string, is a file name (absolute, or relative with or without a suffix)."
  (if (file-name-absolute-p file)
      (setq file (file-truename file)))
  (let ((alternatives (lambda (suffixes) (mapconcat #'regexp-quote suffixes "\\|"))))
    (concat (if (file-name-absolute-p file) "\\`" "\\(\\`\\|/\\)")
            (regexp-quote file)
            ;; Without an extension, any of the load suffixes, and then a compression suffix.
            (if (file-name-extension file) "" (concat "\\(" (funcall alternatives load-suffixes) "\\)?"))
            "\\(" (funcall alternatives jka-compr-load-suffixes) "\\)?\\'")))

(defun load-history-filename-element (file-regexp)
  "Get the first elt of `load-history' whose car matches FILE-REGEXP."
  (let ((loads load-history) found)
    (while (and loads (not found))
      (when (and (stringp (caar loads)) (string-match-p file-regexp (caar loads)))
        (setq found (car loads)))
      (setq loads (cdr loads)))
    found))

(defvar definition-prefixes (make-hash-table :test 'equal)
  "Hash table mapping prefixes to the files in which they're used.")

(defun register-definition-prefixes (file prefixes)
  "Register that FILE uses PREFIXES."
  (dolist (prefix prefixes)
    (puthash prefix (cons file (gethash prefix definition-prefixes)) definition-prefixes)))

;;;; Progress reporters.

;; A reporter is (NEXT-VALUE . [NEXT-TIME MIN-VALUE MAX-VALUE TEXT MIN-CHANGE MIN-TIME SUFFIX]):
;; it prints when the value has reached NEXT-VALUE and MIN-TIME seconds have passed since it last did.

(defconst progress-reporter--pulse-characters ["-" "\\" "|" "/"]
  "Characters to use for pulsing progress reporters.")

(defun make-progress-reporter (message &optional min-value max-value current-value min-change min-time)
  "Return a progress reporter object for MESSAGE (shown with \"...\" appended).
MIN-VALUE and MAX-VALUE bound the values it will be given (a pulsing reporter when they are nil); it
prints when the value moved by MIN-CHANGE percent (default 1) and MIN-TIME seconds passed (default 0.2)."
  (when (string-match-p "\\.\\.\\.\\'" message) (setq message (substring message 0 -3)))
  (let ((reporter (cons (or min-value 0)
                        (vector (and (or (null min-time) (> min-time 0)) (float-time))
                                min-value max-value (concat message "...")
                                (if min-change (max (min min-change 50) 1) 1)
                                (or min-time 0.2)
                                nil))))
    (progress-reporter-update reporter (or current-value min-value))
    reporter))

(defun progress-reporter-update (reporter &optional value suffix)
  "Report progress of an operation in the echo area, if VALUE has gone far enough since the last report."
  (when (or (not (numberp value)) (>= value (car reporter)))
    (progress-reporter-do-update reporter value suffix)))

(defun progress-reporter-force-update (reporter &optional value new-message suffix)
  "Report progress of an operation in the echo area unconditionally (NEW-MESSAGE replaces its text)."
  (let ((params (cdr reporter)))
    (when new-message (aset params 3 new-message))
    (when (aref params 0) (aset params 0 (float-time)))
    (progress-reporter-do-update reporter value suffix)))

(defun progress-reporter-do-update (reporter value &optional suffix)
  (let* ((params (cdr reporter))
         (next-time (aref params 0))
         (min-value (aref params 1)) (max-value (aref params 2)) (text (aref params 3))
         ;; Time to print: none set, or it has come (then the next one is MIN-TIME later).
         (due (or (not next-time)
                  (when (time-less-p next-time nil)
                    (aset params 0 (+ next-time (aref params 5)))))))
    (if (and min-value max-value)
        (let* ((one-percent (/ (- max-value min-value) 100.0))
               (percentage (if (= max-value min-value) 0 (truncate (/ (- value min-value) one-percent)))))
          ;; The value of the next report: MIN-CHANGE percent on (one percent when it was not yet time).
          (setcar reporter (min (+ min-value (* (+ percentage (if due (aref params 4) 1)) one-percent))
                                max-value))
          (when (integerp value) (setcar reporter (ceiling (car reporter))))
          (when due
            (if suffix (aset params 6 suffix) (setq suffix (or (aref params 6) "")))
            (if (> percentage 0)
                (message "%s%d%% %s" text percentage suffix)
              (message "%s %s" text suffix))))
      (when due
        (when (and value (not suffix)) (setq suffix value))
        (if suffix (aset params 6 suffix) (setq suffix (or (aref params 6) "")))
        (let ((index (mod (1+ (car reporter)) 4)) (message-log-max nil))
          (setcar reporter index)
          (message "%s %s %s" text (aref progress-reporter--pulse-characters index) suffix))))))

(defun progress-reporter-done (reporter)
  "Print reporter's message followed by word \"done\" in echo area."
  (message "%sdone" (aref (cdr reporter) 3)))

(defmacro dotimes-with-progress-reporter (spec reporter-or-message &rest body)
  "Loop a certain number of times and report progress in the echo area (see `dotimes').
REPORTER-OR-MESSAGE is a progress reporter or the message of a new one going from 0 to COUNT."
  (declare (indent 2) (debug ((symbolp form &optional form) form body)))
  (let ((prep (make-symbol "--dotimes-prep--")) (end (make-symbol "--dotimes-end--")))
    `(let ((,prep ,reporter-or-message) (,end ,(cadr spec)))
       (when (stringp ,prep) (setq ,prep (make-progress-reporter ,prep 0 ,end)))
       (dotimes (,(car spec) ,end)
         ,@body
         (progress-reporter-update ,prep (1+ ,(car spec))))
       (progress-reporter-done ,prep)
       (or ,@(cdr (cdr spec)) nil))))

(defmacro dolist-with-progress-reporter (spec reporter-or-message &rest body)
  "Loop over a list and report progress in the echo area (see `dolist').
REPORTER-OR-MESSAGE is a progress reporter or the message of a new one counting the elements."
  (declare (indent 2) (debug ((symbolp form &optional form) form body)))
  (let ((prep (make-symbol "--dolist-progress-reporter--")) (count (make-symbol "--dolist-count--"))
        (list (make-symbol "--dolist-list--")))
    `(let ((,prep ,reporter-or-message) (,count 0) (,list ,(cadr spec)))
       (when (stringp ,prep) (setq ,prep (make-progress-reporter ,prep 0 (length ,list))))
       (dolist (,(car spec) ,list)
         ,@body
         (progress-reporter-update ,prep (setq ,count (1+ ,count))))
       (progress-reporter-done ,prep)
       (or ,@(cdr (cdr spec)) nil))))

;;;; Warnings.

(defun delay-warning (type message &optional level buffer-name)
  "Display a delayed warning: it is queued in `delayed-warnings-list' and shown later."
  (push (list type message level buffer-name) delayed-warnings-list))

(provide 'subr-misc)

;;; subr-misc.el ends here
