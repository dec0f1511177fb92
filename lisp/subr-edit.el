;;; subr-edit.el --- more of subr.el: ordered lists, in-region replacement, change groups, docstring filling (GNU: lisp/subr.el)  -*- lexical-binding: t -*-

;; Written for tsmacs.  These are functions GNU keeps in subr.el; they live here so that subr.el stays
;; a readable size.  Preloaded right after subr-x.el.

;;; Code:

;;;; Lists

(defun add-to-ordered-list (list-var element &optional order)
  "Add ELEMENT to the value of LIST-VAR if it isn't there yet, keeping it sorted.
The test for presence is `eq'.  A numeric ORDER sets ELEMENT's position key; nil
keeps the key it had; any other value removes it.  Elements without a key sort
after those with one.  The keys live in LIST-VAR's `list-order' property (a weak
`eq' hash table).  Returns the new value of LIST-VAR."
  (let ((keys (get list-var 'list-order)))
    (unless keys
      (setq keys (make-hash-table :test 'eq :weakness 'key))
      (put list-var 'list-order keys))
    (when order
      (puthash element (if (numberp order) order nil) keys))
    (let ((value (symbol-value list-var)))
      (unless (memq element value)
        (setq value (cons element value)))
      ;; `sort' is stable, so unkeyed elements keep their relative order.
      (set list-var
           (sort value (lambda (a b)
                         (let ((ka (gethash a keys)) (kb (gethash b keys)))
                           (if (and ka kb) (< ka kb) ka))))))))

;;;; Variables

(defun buffer-local-boundp (symbol buffer)
  "Return non-nil if SYMBOL is bound in BUFFER (locally or globally)."
  (condition-case nil
      (progn (buffer-local-value symbol buffer) t)
    (void-variable nil)))

;;;; Directories

(defmacro with-existing-directory (&rest body)
  "Run BODY with `default-directory' bound to a directory that exists.
The current `default-directory' is kept when it exists; otherwise the first
existing one of the home directory, `temporary-file-directory', $TMPDIR and
\"/tmp/\", falling back to \"/\"."
  (declare (indent 0) (debug t))
  `(let ((default-directory
          (or (seq-find (lambda (dir) (and dir (file-exists-p dir)))
                        (list default-directory (expand-file-name "~/")
                              temporary-file-directory (getenv "TMPDIR") "/tmp/"))
              "/")))
     ,@body))

;;;; Replacement

(defun subr-edit--region-bounds (start end)
  "START and END for the *-in-region replacers, checked against the accessible region."
  (if start
      (when (< start (point-min)) (error "Start before start of buffer"))
    (setq start (point)))
  (if end
      (when (> end (point-max)) (error "End after end of buffer"))
    (setq end (point-max)))
  (cons start end))

(defun replace-string-in-region (string replacement &optional start end)
  "Replace each STRING with REPLACEMENT between START and END, case-sensitively.
START defaults to point, END to `point-max'.  Returns the number of
replacements, or nil when there were none.  As in GNU Emacs 28, END is a fixed
position: it does not move when replacements change the text's length."
  (let* ((bounds (subr-edit--region-bounds start end))
         (limit (cdr bounds))
         (count 0))
    (save-excursion
      (goto-char (car bounds))
      (let ((case-fold-search nil))
        (while (search-forward string limit t)
          (delete-region (match-beginning 0) (match-end 0))
          (insert replacement)
          (setq count (1+ count)))))
    (and (> count 0) count)))

(defun replace-regexp-in-region (regexp replacement &optional start end)
  "Replace each match of REGEXP with REPLACEMENT between START and END.
REPLACEMENT is used as by `replace-match' with fixed case (\\& and \\N refer to
the match).  START defaults to point, END to `point-max' (a fixed position, as in
GNU Emacs 28).  Returns the number of replacements, or nil when there were none."
  (let* ((bounds (subr-edit--region-bounds start end))
         (limit (cdr bounds))
         (count 0))
    (save-excursion
      (goto-char (car bounds))
      (let ((case-fold-search nil))
        (while (re-search-forward regexp limit t)
          (replace-match replacement t)
          (setq count (1+ count)))))
    (and (> count 0) count)))

(defun match-substitute-replacement (replacement &optional fixedcase literal string subexp)
  "Return REPLACEMENT as `replace-match' would insert it for the last match.
\\& and \\N are replaced by what the last search matched; FIXEDCASE, LITERAL,
STRING and SUBEXP mean what they mean for `replace-match'."
  (let ((matched (match-string 0 string)))
    (save-match-data
      ;; Re-express the match data relative to MATCHED, then let `replace-match' do the work on it.
      (match-data--translate (- (match-beginning 0)))
      (replace-match replacement fixedcase literal matched subexp))))

;;;; Change groups

(defvar pending-undo-list nil
  "Within a run of consecutive undo commands, the undo entries still to undo.
t when there are none left.  (GNU: simple.el.)")
(defvar undo-in-region nil
  "Non-nil if `pending-undo-list' is not just a tail of `buffer-undo-list'.")
(defvar undo-in-progress nil
  "Non-nil while performing an undo.")

(defun undo-more (n)
  "Undo back N undo-boundaries beyond what was already undone (from `pending-undo-list').
\(GNU: simple.el.)"
  (unless (listp pending-undo-list)
    (user-error (concat "No further undo information" (and undo-in-region " for region"))))
  (let ((undo-in-progress t))
    ;; Undoing records new entries on `buffer-undo-list' as it goes.
    (setq pending-undo-list (primitive-undo n pending-undo-list))
    (unless pending-undo-list (setq pending-undo-list t))))

(defun prepare-change-group (&optional buffer)
  "A handle for BUFFER's (default: the current buffer's) state, for a change group.
Activate it with `activate-change-group', then finish it with exactly one of
`accept-change-group' or `cancel-change-group'.  Handles of several buffers can
be combined with `nconc'."
  (if buffer
      (list (cons buffer (with-current-buffer buffer buffer-undo-list)))
    (list (cons (current-buffer) buffer-undo-list))))

(defun activate-change-group (handle)
  "Start recording the changes of the change group HANDLE."
  (dolist (elt handle)
    (with-current-buffer (car elt)
      (if (eq buffer-undo-list t)
          (setq buffer-undo-list nil)
        ;; Keep the group's first insertion from being merged with an earlier one (bug#33341),
        ;; without a visible boundary: an empty insertion at the last insertion's position.
        (when (numberp (car-safe (car buffer-undo-list)))
          (push (cons (caar buffer-undo-list) (caar buffer-undo-list)) buffer-undo-list))))))

(defun accept-change-group (handle)
  "Finish the change group HANDLE, keeping its changes."
  (dolist (elt handle)
    (with-current-buffer (car elt)
      (when (eq (cdr elt) t)
        (setq buffer-undo-list t)))))

(defun cancel-change-group (handle)
  "Finish the change group HANDLE, undoing all of its changes."
  (dolist (elt handle)
    (with-current-buffer (car elt)
      (let ((state (cdr elt)))
        (save-restriction
          ;; Changes made while narrowed are undone too.
          (widen)
          (let ((old-car (car-safe state))
                (old-cdr (cdr-safe state))
                ;; Borrow `pending-undo-list' for `undo-more', leaving any undo sequence alone.
                (pending-undo-list buffer-undo-list))
            (unwind-protect
                (progn
                  ;; Cut the undo list off at STATE for the duration.
                  (when (consp state)
                    (setcar state nil)
                    (setcdr state nil))
                  (when (and (consp state) (not (eq state (last pending-undo-list))))
                    (error "Undoing to some unrelated state"))
                  (save-excursion
                    (while (listp pending-undo-list) (undo-more 1)))
                  (setq buffer-undo-list state))
              (when (consp state)
                (setcar state old-car)
                (setcdr state old-cdr)))))))))

(defmacro atomic-change-group (&rest body)
  "Like `progn', but if BODY exits abnormally, undo all its changes to the current buffer.
This works whether or not undo is enabled in the buffer, and a successful BODY
can be undone normally."
  (declare (indent 0) (debug t))
  (let ((handle (make-symbol "--change-group-handle--"))
        (success (make-symbol "--change-group-success--")))
    `(let ((,handle (prepare-change-group))
           ;; Nothing of the group may be dropped from the undo list while it runs.
           (undo-outer-limit nil)
           (undo-limit most-positive-fixnum)
           (undo-strong-limit most-positive-fixnum)
           (,success nil))
       (unwind-protect
           (progn
             (activate-change-group ,handle)
             (prog1 ,(macroexp-progn body)
               (setq ,success t)))
         (if ,success
             (accept-change-group ,handle)
           (cancel-change-group ,handle))))))

;;;; Docstrings

(defun internal--fill-string-single-line (str)
  "Break STR into lines no longer than `fill-column', at spaces.
A deliberately simple filler (GNU uses it while bootstrapping, before fill.el)."
  (if (< (length str) fill-column)
      str
    (let* ((cut (min fill-column (length str)))
           (head (substring str 0 cut))
           (tail (substring str cut)))
      ;; GNU's regexps use `$' and `^', so a STR that already has line breaks is cut as GNU cuts it.
      (cond
       ;; A space just before a line end in HEAD becomes the line break.
       ((string-match "\\( \\)$" head)
        (setq head (replace-match "\n" nil nil head 1)))
       ;; TAIL starts a line with a space: break before it and drop the space.
       ((string-match "^ \\(.*\\)" tail)
        (setq head (concat head "\n")
              tail (match-string 1 tail)))
       ;; Otherwise move the partial last word of HEAD to the next line.
       ((string-match ".*\\( \\(.+\\)\\)$" head)
        (setq tail (concat (match-string 2 head) tail)
              head (replace-match "\n" nil nil head 1))))
      (concat head (internal--fill-string-single-line tail)))))

(defun internal--format-docstring-line (string &rest objects)
  "Format STRING with OBJECTS as by `format', then fill it to `fill-column'."
  (internal--fill-string-single-line (apply #'format string objects)))

;;;; Modes

(defvar delay-mode-hooks nil
  "If non-nil, `run-mode-hooks' should delay running the hooks.")
(defvar-local delayed-mode-hooks nil
  "List of delayed mode hooks waiting to be run.")
(put 'delay-mode-hooks 'permanent-local t)
(defvar-local delayed-after-hook-functions nil
  "List of delayed :after-hook forms waiting to be run (as functions).")
(defvar change-major-mode-after-body-hook nil
  "Normal hook run in major mode functions, before the mode hooks.")
(defvar after-change-major-mode-hook nil
  "Normal hook run at the very end of major mode functions.")

(defun run-mode-hooks (&rest hooks)
  "Run the delayed mode hooks and HOOKS, or, inside `delay-mode-hooks', delay HOOKS.
The order is `change-major-mode-after-body-hook', the delayed hooks (oldest
first), HOOKS; then file-local variables are applied when the buffer visits a
file, `after-change-major-mode-hook' runs, and the delayed :after-hook forms."
  (if delay-mode-hooks
      (dolist (hook hooks) (push hook delayed-mode-hooks))
    (setq hooks (nconc (nreverse delayed-mode-hooks) hooks))
    (and (bound-and-true-p syntax-propertize-function)
         (not (local-variable-p 'parse-sexp-lookup-properties))
         (setq-local parse-sexp-lookup-properties t))
    (setq delayed-mode-hooks nil)
    (apply #'run-hooks 'change-major-mode-after-body-hook hooks)
    (when (buffer-file-name)
      (with-demoted-errors "File local-variables error: %s"
        (hack-local-variables 'no-mode)))
    (run-hooks 'after-change-major-mode-hook)
    (let ((funs (nreverse delayed-after-hook-functions)))
      (setq delayed-after-hook-functions nil)
      (dolist (fun funs) (funcall fun)))))

(defmacro delay-mode-hooks (&rest body)
  "Run BODY with `run-mode-hooks' only recording the hooks it is asked to run.
The next `run-mode-hooks' outside such a form runs them (in this buffer)."
  (declare (debug t) (indent 0))
  `(progn
     (make-local-variable 'delay-mode-hooks)
     (let ((delay-mode-hooks t))
       ,@body)))

(defun fundamental-mode ()
  "Major mode not specialized for anything in particular."
  (interactive)
  (kill-all-local-variables)
  (run-mode-hooks))

(defun provided-mode-derived-p (mode &rest modes)
  "Non-nil if MODE is one of MODES or derives from one of them.
Follows the `derived-mode-parent' properties, looking through function aliases.
The value is the member of MODES that was reached."
  (let ((alias (symbol-function mode)))
    (when (and alias (symbolp alias)) (setq mode alias)))
  (while (and mode (not (memq mode modes)))
    (let* ((parent (get mode 'derived-mode-parent))
           (parentfn (and parent (symbol-function parent))))
      (setq mode (if (and parentfn (symbolp parentfn)) parentfn parent))))
  mode)

(defun derived-mode-p (&rest modes)
  "Non-nil if the current `major-mode' is one of MODES or derives from one of them."
  (apply #'provided-mode-derived-p major-mode modes))

;;;; Compile-time constants

(defmacro let-when-compile (bindings &rest body)
  "Like `let*', but the BINDINGS are made while BODY is macroexpanded.
So inside BODY, `(eval-when-compile EXP)' can use the bound variables and becomes
a constant; the bindings themselves do not exist at run time.  (In GNU Emacs
this is in lisp-mode.el.)"
  (declare (indent 1) (debug let))
  (if (null bindings)
      (macroexpand-all (macroexp-progn body) macroexpand-all-environment)
    (let ((binding (car bindings)))
      ;; Dynamic bindings, so that the `eval' inside `eval-when-compile' sees them.
      (cl-progv (list (car binding)) (list (eval (nth 1 binding) t))
        (macroexpand `(let-when-compile ,(cdr bindings) ,@body)
                     macroexpand-all-environment)))))

;;;; Keys

(defun kbd (keys)
  "The key sequence KEYS describes, as `describe-key' writes it (\"C-x <f1> RET\").
A string when every key is an ASCII character (meta ones as 128 + the
character), otherwise a vector."
  (declare (pure t) (side-effect-free t))
  (save-match-data (read-kbd-macro keys)))

(defun define-prefix-command (command &optional mapvar name)
  "Make COMMAND (a symbol) a prefix command: its function and value become a new sparse keymap.
With MAPVAR, the keymap goes in MAPVAR's value instead of COMMAND's.  NAME is the
keymap's menu prompt.  Returns COMMAND."
  (let ((map (make-sparse-keymap name)))
    (fset command map)
    (set (or mapvar command) map)
    command))

(defun make-composed-keymap (maps &optional parent)
  "A keymap made of the keymaps MAPS (one or a list), in order, with PARENT as parent.
Changes to MAPS and PARENT show through."
  `(keymap ,@(if (keymapp maps) (list maps) maps) ,@parent))

;;;; Minor modes

(defvar minor-mode-list nil
  "List of all minor mode functions (GNU's starts with its built-in modes).")
(defvar minor-mode-alist nil
  "Alist of (VARIABLE STRING): the mode-line indicator of each minor mode.")

(defun add-minor-mode (toggle name &optional keymap after toggle-fun)
  "Register the minor mode whose state is the variable TOGGLE.
NAME is its mode-line indicator (a string with a leading space, or a variable
holding one), KEYMAP its keymap (for `minor-mode-map-alist'), AFTER the mode after
which to list it, TOGGLE-FUN its command if not TOGGLE.  `define-minor-mode' calls
this."
  (unless (memq toggle minor-mode-list) (push toggle minor-mode-list))
  (unless toggle-fun (setq toggle-fun toggle))
  (unless (eq toggle-fun toggle) (put toggle :minor-mode-function toggle-fun))
  (when name
    (subr-edit--register toggle (list name) 'minor-mode-alist after))
  (when (get toggle :included)
    (define-key mode-line-mode-menu (vector toggle)
      (list 'menu-item
            (concat (or (get toggle :menu-tag) (if (stringp name) name (symbol-name toggle)))
                    (let ((mode-name (if (symbolp name) (symbol-value name))))
                      (if (and (stringp mode-name) (string-match "[^ ]+" mode-name))
                          (concat " (" (match-string 0 mode-name) ")"))))
            toggle-fun
            :button (cons :toggle toggle))))
  (when keymap
    (subr-edit--register toggle keymap 'minor-mode-map-alist after)))

(defun subr-edit--register (key value alist-var after)
  "Set KEY's entry of the alist in ALIST-VAR to (KEY . VALUE).
A new entry goes after AFTER's entry if there is one, else first."
  (let* ((alist (symbol-value alist-var))
         (existing (assq key alist)))
    (if existing
        (setcdr existing value)
      (let ((tail alist))
        (while (and tail (not (eq after (caar tail)))) (setq tail (cdr tail)))
        (if tail
            (setcdr tail (cons (cons key value) (cdr tail)))
          (set alist-var (cons (cons key value) alist)))))))

;;;; Autoloads (GNU's loaddefs.el has these for advice.el and edmacro.el)

(autoload 'read-kbd-macro "edmacro" "Read the region as a keyboard macro definition." t)
(autoload 'edmacro-parse-keys "edmacro")
(autoload 'define-minor-mode "easy-mmode" "Define a new minor mode MODE." nil 'macro)
(autoload 'easy-mmode-define-minor-mode "easy-mmode" "Define a new minor mode MODE." nil 'macro)
(autoload 'easy-mmode-define-keymap "easy-mmode" "Return a keymap built from bindings BS.")

(autoload 'defadvice "advice" "Define a piece of advice for FUNCTION (a symbol)." nil 'macro)
(autoload 'ad-activate "advice" "Activate all the advice information of an advised FUNCTION." t)
(autoload 'ad-add-advice "advice" "Add a piece of ADVICE to FUNCTION's list of advices in CLASS.")
(autoload 'ad-enable-advice "advice" "Enables the advice of FUNCTION with CLASS and NAME." t)
(autoload 'ad-disable-advice "advice" "Disable the advice of FUNCTION with CLASS and NAME." t)

(provide 'subr-edit)
;;; subr-edit.el ends here
