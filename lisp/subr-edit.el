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

;;;; Passwords

(defmacro minibuffer-with-setup-hook (fun &rest body)
  "Run BODY with FUN added to `minibuffer-setup-hook' for its first minibuffer only.
FUN may be (:append FUN) to add it at the end of the hook.  (GNU: files.el.)"
  (declare (indent 1) (debug ([&or (":append" form) [&or symbolp form]] body)))
  (let ((hook (make-symbol "setup-hook"))
        (funsym (make-symbol "fun"))
        (append nil))
    (when (eq (car-safe fun) :append)
      (setq append '(t) fun (cadr fun)))
    `(let ((,funsym ,fun)
           ;; An uninterned symbol names the one-shot function, so that it can remove itself
           ;; (and so that recursive minibuffers do not run FUN again).
           (,hook (make-symbol "minibuffer-setup")))
       (fset ,hook (lambda ()
                     (remove-hook 'minibuffer-setup-hook ,hook)
                     (funcall ,funsym)))
       (unwind-protect
           (progn
             (add-hook 'minibuffer-setup-hook ,hook ,@append)
             ,@body)
         (remove-hook 'minibuffer-setup-hook ,hook)))))

(defvar read-passwd-map
  (let ((map (make-sparse-keymap)))
    (set-keymap-parent map minibuffer-local-map)
    (define-key map "\C-u" #'delete-minibuffer-contents) ; bug#12570
    map)
  "Keymap used while reading passwords.")

(defun read-password--hide-password ()
  "Show each character of the minibuffer's input as `read-hide-char' (or *)."
  (let ((beg (minibuffer-prompt-end)))
    (dotimes (i (1+ (- (buffer-size) beg)))
      (put-text-property (+ i beg) (+ 1 i beg) 'display (string (or read-hide-char ?*))))))

(defun read-passwd (prompt &optional confirm default)
  "Read a password with PROMPT, showing `read-hide-char' (or *) for each character.
With CONFIRM, read it twice until both agree.  DEFAULT is returned for empty
input.  Erase the password with `clear-string' once used."
  (if confirm
      (let ((success nil))
        (while (not success)
          (let ((first (read-passwd prompt nil default))
                (second (read-passwd "Confirm password: " nil default)))
            (if (equal first second)
                (progn
                  (and (arrayp second) (not (eq first second)) (clear-string second))
                  (setq success first))
              (and (arrayp first) (clear-string first))
              (and (arrayp second) (clear-string second))
              (message "Password not repeated accurately; please start over")
              (sit-for 1))))
        success)
    (let ((minibuf nil))
      (minibuffer-with-setup-hook
          (lambda ()
            (setq minibuf (current-buffer))
            ;; No electric behaviour, no undo, no highlighting: the input is secret.
            (setq-local post-self-insert-hook nil)
            (setq-local buffer-undo-list t)
            (setq-local select-active-regions nil)
            (use-local-map read-passwd-map)
            (setq-local inhibit-modification-hooks nil) ; bug#15501
            (setq-local show-paren-mode nil)            ; bug#16091
            (add-hook 'post-command-hook #'read-password--hide-password nil t))
        (unwind-protect
            (let ((enable-recursive-minibuffers t)
                  (read-hide-char (or read-hide-char ?*)))
              (read-string prompt nil t default)) ; t: no history
          (when (buffer-live-p minibuf)
            (with-current-buffer minibuf
              (remove-hook 'after-change-functions #'read-password--hide-password 'local)
              (kill-local-variable 'post-self-insert-hook)
              ;; Leave no copy of the password behind.
              (erase-buffer))))))))

;;;; Argument lists (GNU: help.el)

(defun help--docstring-quote (string)
  "STRING with its quote characters escaped for `substitute-command-keys' (\\=)."
  (replace-regexp-in-string "['\\`‘’]" "\\\\=\\&" string))

(defun help-split-fundoc (docstring def &optional section)
  "Split function DOCSTRING into its usage line (\"(fn ARGS)\" at its end) and the rest.
Returns (USAGE . DOC), USAGE naming DEF (or `anonymous') instead of fn; nil
without a usage line unless SECTION is t.  SECTION `usage' or `doc' returns
just that part."
  (let* ((found (and docstring (string-match "\n\n(fn\\(\\( .*\\)?)\\)\\'" docstring)))
         (doc (if found
                  (and (memq section '(t nil doc))
                       (not (zerop (match-beginning 0)))
                       (substring docstring 0 (match-beginning 0)))
                docstring))
         (usage (and found
                     (memq section '(t nil usage))
                     (format "(%s%s"
                             (if (and (symbolp def) def)
                                 (help--docstring-quote (format "%S" def))
                               'anonymous)
                             (match-string 1 docstring)))))
    (pcase section
      ('nil (and usage (cons usage doc)))
      ('t (cons usage doc))
      ('usage usage)
      ('doc doc))))

(defun help-function-arglist (def &optional preserve-names)
  "The argument list of the function DEF (a symbol or a function).
For a primitive it is made up (arg1 arg2 &optional ... &rest rest) from its
arity, unless PRESERVE-NAMES and its documentation give the real names.  An
autoloaded function gives a string saying so; anything else t."
  (when (and (symbolp def) (fboundp def)) (setq def (indirect-function def)))
  ;; Advice wrappers take any arguments: look at the advised function.
  (while (advice--p def) (setq def (advice--cdr def)))
  (when (eq (car-safe def) 'macro) (setq def (cdr def)))
  (cond
   ((eq (car-safe def) 'lambda) (nth 1 def))
   ((eq (car-safe def) 'closure) (nth 2 def))
   ((subrp def)
    (or (when preserve-names
          (let* ((doc (condition-case nil (documentation def) (error nil)))
                 (docargs (and doc (car (help-split-fundoc doc nil))))
                 (arglist (and docargs (cdar (read-from-string (downcase docargs))))))
            ;; Only plain names and &optional/&rest make a usable list.
            (and (seq-every-p (lambda (arg)
                                (and (symbolp arg)
                                     (let ((name (symbol-name arg)))
                                       (if (eq (aref name 0) ?&)
                                           (memq arg '(&rest &optional))
                                         (not (string-search "." name))))))
                              arglist)
                 arglist)))
        (let* ((arity (func-arity def))
               (min (car arity))
               (max (cdr arity))
               (arglist nil))
          (dotimes (i min)
            (push (intern (format "arg%d" (1+ i))) arglist))
          (when (and (integerp max) (> max min))
            (push '&optional arglist)
            (dotimes (i (- max min))
              (push (intern (format "arg%d" (+ 1 i min))) arglist)))
          (unless (integerp max) (push '&rest arglist) (push 'rest arglist))
          (nreverse arglist))))
   ((and (autoloadp def) (not (eq (nth 4 def) 'keymap)))
    "[Arg list not available until function definition is loaded.]")
   (t t)))

;;;; Wrapper hooks

(defmacro subr--with-wrapper-hook-no-warnings (hook args &rest body)
  "Run BODY (a function of ARGS) wrapped by the functions of HOOK.
Each function of HOOK is called with a function to call for the rest (the next
wrapper, and finally BODY) followed by ARGS; t in a local value stands for the
global value (the obsolete `with-wrapper-hook' protocol)."
  (declare (debug (form sexp def-body)) (indent 2))
  `(subr--run-wrapper-hook ,hook
                           ,(when (symbolp hook)
                              `(if (local-variable-p ',hook) (default-value ',hook)))
                           (list ,@args)
                           (lambda ,args ,@body)))

(defun subr--run-wrapper-hook (funs global args body)
  "Call the wrapper functions FUNS (with GLOBAL for a t element) around BODY on ARGS."
  (cond ((not (consp funs)) (apply body args))
        ((eq (car funs) t) (subr--run-wrapper-hook (append global (cdr funs)) nil args body))
        (t (apply (car funs)
                  (lambda (&rest args) (subr--run-wrapper-hook (cdr funs) global args body))
                  args))))

;;;; Compile-time constants

(defmacro backquote-list*-macro (first &rest list)
  "Like `list', but the last argument is the tail of the new list.
\(GNU: backquote.el, where backquote's expansions use it.)"
  (let ((all (reverse (cons first list))))
    (if (null (cdr all))
        (car all)
      (let ((result (car all)))
        (dolist (x (cdr all)) (setq result (list 'cons x result)))
        result))))
(defalias 'backquote-list* (symbol-function 'backquote-list*-macro))

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

(defun global-key-binding (keys &optional accept-default)
  "The binding of KEYS in the current global keymap only (as `lookup-key' returns it)."
  (lookup-key (current-global-map) keys accept-default))

(defun local-key-binding (keys &optional accept-default)
  "The binding of KEYS in the current buffer's local keymap only, or nil without one."
  (let ((map (current-local-map)))
    (when map (lookup-key map keys accept-default))))

(defun global-set-key (key command)
  "Bind KEY (a string or vector) to COMMAND in the current global keymap."
  (interactive
   (let* ((menu-prompting nil)
          (key (read-key-sequence "Set key globally: " nil t)))
     (list key (read-command (format "Set key %s to command: " (key-description key))))))
  (unless (or (vectorp key) (stringp key)) (signal 'wrong-type-argument (list 'arrayp key)))
  (define-key (current-global-map) key command))

(defun local-set-key (key command)
  "Bind KEY (a string or vector) to COMMAND in the current buffer's local keymap.
Without a local keymap, the buffer gets a new sparse one first."
  (interactive "KSet key locally: \nCSet key %s locally to command: ")
  (let ((map (current-local-map)))
    (unless map (use-local-map (setq map (make-sparse-keymap))))
    (unless (or (vectorp key) (stringp key)) (signal 'wrong-type-argument (list 'arrayp key)))
    (define-key map key command)))

(defun global-unset-key (key)
  "Remove the global binding of KEY."
  (interactive "kUnset key globally: ")
  (global-set-key key nil))

(defun local-unset-key (key)
  "Remove the local binding of KEY (if the buffer has a local keymap)."
  (interactive "kUnset key locally: ")
  (when (current-local-map) (local-set-key key nil))
  nil)

(defun suppress-keymap (map &optional nodigits)
  "Make MAP leave typing to other maps undone: self-inserting keys become `undefined',
and (unless NODIGITS) - and the digits become prefix-argument keys."
  (define-key map [remap self-insert-command] #'undefined)
  (unless nodigits
    (define-key map "-" #'negative-argument)
    (dotimes (i 10)
      (define-key map (char-to-string (+ ?0 i)) #'digit-argument))))

(defun define-key-after (keymap key definition &optional after)
  "Bind KEY to DEFINITION in KEYMAP, placing the binding right after AFTER's.
AFTER is an event; when it is t or omitted (or not bound there), the binding
goes last.  A KEY of several events adds to the prefix map of all but the last."
  (unless after (setq after t))
  (unless (keymapp keymap) (signal 'wrong-type-argument (list 'keymapp keymap)))
  (when (> (length key) 1)
    (setq keymap (lookup-key keymap (vconcat (butlast (append key nil))))))
  (setq key (aref key (1- (length key))))
  ;; Only KEYMAP's own bindings count: a parent keymap starts at the `keymap' symbol.
  (let ((tail keymap))
    ;; Drop an existing binding of KEY.
    (while (and (cdr tail) (not (eq (cadr tail) 'keymap)))
      (if (eq (car-safe (cadr tail)) key)
          (setcdr tail (cddr tail))
        (setq tail (cdr tail))))
    ;; TAIL is now the last own cell; look for AFTER's binding before it.
    (let ((at keymap))
      (while (and (not (eq at tail))
                  (not (and (not (eq after t)) (eq (car-safe (car at)) after))))
        (setq at (cdr at)))
      (setcdr at (cons (cons key definition) (cdr at))))))

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
(dolist (f '(sort-subr sort-lines sort-paragraphs sort-pages sort-fields sort-numeric-fields
             sort-regexp-fields reverse-region delete-duplicate-lines))
  (autoload f "sort" nil (not (eq f 'sort-subr))))
(autoload 'define-inline "inline" "Define an inline function NAME with arguments ARGS." nil 'macro)
(autoload 'define-minor-mode "easy-mmode" "Define a new minor mode MODE." nil 'macro)
(autoload 'easy-mmode-define-minor-mode "easy-mmode" "Define a new minor mode MODE." nil 'macro)
(autoload 'define-globalized-minor-mode "easy-mmode" "Make a global mode GLOBAL-MODE corresponding to buffer-local minor MODE." nil 'macro)
(autoload 'define-global-minor-mode "easy-mmode" nil nil 'macro)
(autoload 'easy-mmode-define-global-mode "easy-mmode" nil nil 'macro)
(autoload 'easy-mmode-define-keymap "easy-mmode" "Return a keymap built from bindings BS.")

(autoload 'defadvice "advice" "Define a piece of advice for FUNCTION (a symbol)." nil 'macro)
(autoload 'ad-activate "advice" "Activate all the advice information of an advised FUNCTION." t)
(autoload 'ad-add-advice "advice" "Add a piece of ADVICE to FUNCTION's list of advices in CLASS.")
(autoload 'ad-enable-advice "advice" "Enables the advice of FUNCTION with CLASS and NAME." t)
(autoload 'ad-disable-advice "advice" "Disable the advice of FUNCTION with CLASS and NAME." t)

;;; Case conversion of buffer text (GNU: casefiddle.c's region and word commands).

(defun internal--casify-region (fn beg end)
  "Replace the text from BEG to END with FN applied to it, keeping point, markers and properties."
  (when (> beg end) (setq beg (prog1 end (setq end beg))))
  (let* ((old (buffer-substring beg end))
         (new (funcall fn old)))
    (unless (equal-including-properties old new)
      (save-excursion
        ;; Insert the new text before the old, then delete the old: point and markers after the region
        ;; keep their place relative to the end, as GNU's in-place replacement does.
        (goto-char beg)
        (insert new)
        (delete-region (point) (+ (point) (- end beg)))))
    nil))

(defun upcase-region (beg end &optional _region-noncontiguous-p)
  "Convert the region to upper case."
  (interactive "r")
  (internal--casify-region #'upcase beg end))

(defun downcase-region (beg end &optional _region-noncontiguous-p)
  "Convert the region to lower case."
  (interactive "r")
  (internal--casify-region #'downcase beg end))

(defun capitalize-region (beg end &optional _region-noncontiguous-p)
  "Convert the region to capitalized form."
  (interactive "r")
  (internal--casify-region #'capitalize beg end))

(defun upcase-initials-region (beg end &optional _region-noncontiguous-p)
  "Upcase the initial of each word in the region."
  (interactive "r")
  (internal--casify-region #'upcase-initials beg end))

(defun internal--casify-word (fn arg)
  "Apply FN to ARG words from point; move past them when ARG is positive."
  (let* ((beg (point))
         (end (save-excursion (forward-word arg) (point))))
    (internal--casify-region fn (min beg end) (max beg end))
    (when (> end beg) (goto-char end))
    nil))

(defun upcase-word (arg)
  "Convert to upper case from point to end of word, moving over."
  (interactive "p")
  (internal--casify-word #'upcase arg))

(defun downcase-word (arg)
  "Convert to lower case from point to end of word, moving over."
  (interactive "p")
  (internal--casify-word #'downcase arg))

(defun capitalize-word (arg)
  "Capitalize from point to the end of word, moving over."
  (interactive "p")
  (internal--casify-word #'capitalize arg))

(defun shell-quote-argument (argument)
  "Quote ARGUMENT for passing as argument to an inferior shell.
This function is designed to work with the syntax of the POSIX shell:
every character but letters, digits and \"-_./\" gets a backslash, and a
newline becomes one quoted between single quotes."
  (if (equal argument "")
      "''"
    (string-replace "\n" "'\n'"
                    (replace-regexp-in-string "[^-0-9a-zA-Z_./\n]" "\\\\\\&" argument))))

(defconst internal--funcall-interactively (symbol-function 'funcall-interactively)
  "The primitive `funcall-interactively' (GNU's `called-interactively-p' compares frames with it).")

;;; History lists (GNU: subr.el's add-to-history, used by the minibuffer and `call-interactively').

(defun add-to-history (history-var newelt &optional maxelt keep-all)
  "Add NEWELT to the history list stored in the variable HISTORY-VAR.
Return the new history list.
If MAXELT is non-nil, it specifies the maximum length of the history.
Otherwise, the maximum history length is the value of the `history-length'
property on symbol HISTORY-VAR, if set, or the value of the `history-length'
variable.  The possible values of maximum length have the same meaning as
the values of `history-length'.
Remove duplicates of NEWELT if `history-delete-duplicates' is non-nil.
If optional fourth arg KEEP-ALL is non-nil, add NEWELT to history even
if it is empty or duplicates the most recent entry in the history."
  (let ((limit (or maxelt (get history-var 'history-length) history-length))
        (old (symbol-value history-var)))
    ;; An empty string, or a repeat of the newest entry, is not recorded unless KEEP-ALL.
    (when (and (listp old)
               (or keep-all
                   (and (not (equal newelt ""))
                        (not (equal newelt (car old))))))
      (let ((new (cons newelt (if history-delete-duplicates (delete newelt old) old))))
        (when (integerp limit)
          (if (<= limit 0)
              (setq new nil)
            (let ((last (nthcdr (1- limit) new)))
              (when (consp last) (setcdr last nil)))))
        (set history-var new)))))

(provide 'subr-edit)
;;; subr-edit.el ends here
