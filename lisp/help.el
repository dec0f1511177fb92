;;; help.el --- the *Help* buffer and its window  -*- lexical-binding: t -*-

;; tsmacs's own help.el (GNU counterpart: lisp/help.el and the parts of help-mode.el that every help
;; command uses).  `with-help-window' fills a help buffer and shows it with `display-buffer', then says
;; how to get rid of the window, as GNU Emacs does; `help-setup-xref' keeps the [back] history.
;; `help-split-fundoc' and `help-function-arglist' live in subr-edit.el.

;;; Code:

(defvar help-window-select nil "Non-nil means select help window for viewing.")
(defvar help-window-point-marker (make-marker) "Marker to override default `window-point' in help windows.")
(defvar help-window-old-frame nil "Frame selected at the time `with-help-window' is invoked.")
(defvar help-window-keep-selected nil "If non-nil, navigation commands in the *Help* buffer will reuse the window.")
(defvar help-xref-following nil "Non-nil when following a help cross-reference.")
(defvar help-back-label "[back]" "Label to use by `help-make-xrefs' for the go-back reference.")
(defvar help-forward-label "[forward]" "Label to use by `help-make-xrefs' for the go-forward reference.")
(defvar-local help-xref-stack nil "A stack of ways by which to return to help buffers after following xrefs.")
(put 'help-xref-stack 'permanent-local t)
(defvar-local help-xref-forward-stack nil "A stack used to navigate help forwards after using the back button.")
(put 'help-xref-forward-stack 'permanent-local t)
(defvar-local help-xref-stack-item nil "An item for `help-follow' in this buffer to push onto `help-xref-stack'.")
(put 'help-xref-stack-item 'permanent-local t)
(defvar help-mode-hook nil "Hook run after entering Help mode.")

(defvar help-mode-map
  (let ((map (make-sparse-keymap)))
    (define-key map "l" 'help-go-back)
    (define-key map "r" 'help-go-forward)
    (define-key map "\C-c\C-b" 'help-go-back)
    (define-key map "\C-c\C-f" 'help-go-forward)
    (define-key map [XF86Back] 'help-go-back)
    (define-key map [XF86Forward] 'help-go-forward)
    (define-key map "s" 'help-view-source)
    (define-key map "i" 'help-goto-info)
    (define-key map "c" 'help-customize)
    map)
  "Keymap for Help mode.")

(define-derived-mode help-mode special-mode "Help"
  "Major mode for viewing help text and navigating references in it."
  (setq-local revert-buffer-function #'help-mode-revert-buffer))

(defun help-mode-revert-buffer (_ignore-auto noconfirm)
  "Redo the help command that made this buffer."
  (when (or noconfirm (yes-or-no-p "Revert help buffer? "))
    (let ((item help-xref-stack-item))
      (when item (apply (car item) (cdr item))))))

(defun help-mode-setup ()
  "Enter Help mode in the current buffer."
  (help-mode)
  (setq buffer-read-only nil))

(defun help-mode-finish ()
  "Finalize Help mode setup in the current buffer."
  (when (derived-mode-p 'help-mode)
    (setq buffer-read-only t)
    (help-make-xrefs (current-buffer))))

(defun help-make-xrefs (&optional buffer)
  "Finish the help text of BUFFER: one final newline, and the [back] link."
  (with-current-buffer (or buffer (current-buffer))
    (save-excursion
      (let ((inhibit-read-only t))
        (goto-char (point-max))
        (while (and (not (bobp)) (bolp)) (delete-char -1))
        (insert "\n")
        (when (or help-xref-stack help-xref-forward-stack) (insert "\n"))
        (when help-xref-stack
          (insert (propertize help-back-label 'button '(t) 'category 'help-back-button
                              'help-args (list (current-buffer)))))
        (when help-xref-forward-stack
          (when help-xref-stack (insert "\t"))
          (insert (propertize help-forward-label 'button '(t) 'category 'help-forward-button
                              'help-args (list (current-buffer)))))
        (when (or help-xref-stack help-xref-forward-stack) (insert "\n"))
        (set-buffer-modified-p nil)))))

(defun help--xref-move (buffer from-stack to-stack)
  "In BUFFER, leave the current help text on TO-STACK and show the one on top of FROM-STACK.
FROM-STACK and TO-STACK are the symbols `help-xref-stack' and `help-xref-forward-stack'."
  (let (item position method args)
    (with-current-buffer buffer
      (set to-stack (cons (cons (point) help-xref-stack-item) (symbol-value to-stack)))
      (when (symbol-value from-stack)
        ;; The current item is not pushed again by the function called below.
        (setq item (car (symbol-value from-stack))
              help-xref-stack-item nil
              position (car item) method (cadr item) args (cddr item))
        (set from-stack (cdr (symbol-value from-stack)))))
    (apply method args)
    (with-current-buffer buffer
      (if (get-buffer-window buffer)
          (set-window-point (get-buffer-window buffer) position)
        (goto-char position)))))

(defun help-xref-go-back (buffer)
  "From BUFFER, go back to the previous help text using `help-xref-stack'."
  (help--xref-move buffer 'help-xref-stack 'help-xref-forward-stack))

(defun help-xref-go-forward (buffer)
  "From BUFFER, go forward to the next help text using `help-xref-forward-stack'."
  (help--xref-move buffer 'help-xref-forward-stack 'help-xref-stack))

(defun help-go-back ()
  "Go back to the previous help text."
  (interactive)
  (if help-xref-stack
      (help-xref-go-back (current-buffer))
    (user-error "No previous help buffer")))

(defun help-go-forward ()
  "Go forward to the next help text."
  (interactive)
  (if help-xref-forward-stack
      (help-xref-go-forward (current-buffer))
    (user-error "No next help buffer")))

(defun help-do-xref (_pos function args)
  "Call the help cross-reference function FUNCTION with ARGS, in this help buffer."
  (let ((help-xref-following t))
    (apply function (if (eq function 'info)
                        (append args (list (generate-new-buffer-name "*info*")))
                      args))))

(defun help-follow-symbol (&optional pos)
  "Describe the function, variable or face whose name is at POS."
  (interactive "d")
  (unless pos (setq pos (point)))
  (let ((sym (intern (save-excursion
                       (goto-char pos)
                       (skip-syntax-backward "w_")
                       (buffer-substring (point) (progn (skip-syntax-forward "w_") (point)))))))
    (if (or (boundp sym) (get sym 'variable-documentation) (fboundp sym) (facep sym))
        (help-do-xref pos #'describe-symbol (list sym))
      (user-error "No symbol here"))))

(defun help-buffer ()
  "Return the name of a buffer for inserting help.
If `help-xref-following' is non-nil, this is the current buffer (which must be
in Help mode); otherwise *Help*, created if need be."
  (buffer-name
   (if help-xref-following
       (progn
         (unless (derived-mode-p 'help-mode) (error "Current buffer is not in Help mode"))
         (current-buffer))
     (get-buffer-create "*Help*"))))

(defun help-setup-xref (item interactive-p)
  "Invoked from commands using the \"*Help*\" buffer to install some xref info.
ITEM is (FUNCTION . ARGS) redoing the help; INTERACTIVE-P limits the stack."
  (with-current-buffer (help-buffer)
    (when help-xref-stack-item
      (push (cons (point) help-xref-stack-item) help-xref-stack)
      (setq help-xref-forward-stack nil))
    (when interactive-p
      (let ((tail (nthcdr 10 help-xref-stack)))
        (when tail (setcdr tail nil))))
    (setq help-xref-stack-item item)))

(defun help-window-display-message (quit-part window &optional scroll)
  "Display a message telling the user how to quit the help window WINDOW."
  (let ((scroll-part (cond ((eq scroll 'other) ", \\[scroll-other-window] to scroll help.")
                           (scroll ", \\[scroll-up-command] to scroll help.")
                           (t "."))))
    (ignore window)
    (message "%s" (substitute-command-keys (concat quit-part scroll-part)))))

(defun help-window-setup (window &optional value)
  "Set up help window WINDOW for `with-help-window'; return VALUE."
  (let* ((help-buffer (when (window-live-p window) (window-buffer window)))
         (help-setup (when (window-live-p window) (car (window-parameter window 'quit-restore))))
         (frame (window-frame window)))
    (when help-buffer
      (when (and (marker-buffer help-window-point-marker)
                 (eq (marker-buffer help-window-point-marker) help-buffer))
        (set-window-point window help-window-point-marker)
        (set-marker help-window-point-marker nil))
      (cond
       ((or (eq window (selected-window))
            (and (or (eq help-window-select t)
                     (and (eq help-window-select 'other) (eq frame help-window-old-frame)
                          (not (one-window-p t))))
                 (select-window window)))
        ;; The help window is or gets selected.
        (help-window-display-message
         (cond ((eq help-setup 'window) "Type \"q\" to delete help window")
               (t "Type \"q\" to restore previous buffer"))
         window t))
       ((and (eq (window-frame window) help-window-old-frame)
             (= (length (window-list nil 'no-mini)) 2))
        ;; There are two windows on the help window's frame and the other one is selected.
        (help-window-display-message
         (cond ((eq help-setup 'window)
                "Type \\[delete-other-windows] to delete the help window")
               (t "Type \"q\" in help window to restore its previous buffer"))
         window 'other))
       (t
        (help-window-display-message
         (cond ((eq help-setup 'window) "Type \"q\" in help window to delete it")
               (t "Type \"q\" in help window to restore previous buffer"))
         window 'other))))
    value))

(defmacro with-help-window (buffer-or-name &rest body)
  "Evaluate BODY, send output to BUFFER-OR-NAME and show in a help window.
The buffer is in Help mode and read-only afterwards; a message says how to
quit the window."
  (declare (indent 1) (debug t))
  `(let ((temp-buffer-window-setup-hook (cons 'help-mode-setup temp-buffer-window-setup-hook))
         (temp-buffer-window-show-hook (cons 'help-mode-finish temp-buffer-window-show-hook)))
     (setq help-window-old-frame (selected-frame))
     (with-temp-buffer-window ,buffer-or-name nil 'help-window-setup (progn ,@body))))

(defun help-print-return-message (&optional function)
  "Display or return message saying how to restore windows after help command."
  (ignore function))

(defun help-key-description (key untranslated)
  "Describe KEY (and UNTRANSLATED when it differs)."
  (let ((string (key-description key)))
    (if (or (not untranslated) (and (eq (aref untranslated 0) ?\e) (not (eq (aref key 0) ?\e))))
        (format "%s" string)
      (let ((otherstring (key-description untranslated)))
        (if (equal string otherstring) string (format "%s (translated from %s)" string otherstring))))))

(defun where-is (definition &optional insert)
  "Print message listing key sequences that invoke the command DEFINITION.
With INSERT, insert the listing at point instead.  Aliases of DEFINITION
that are on keys are mentioned too."
  (interactive (list (intern (completing-read "Where is command: " obarray #'commandp t)) current-prefix-arg))
  (unless definition (error "No command"))
  (let ((func (indirect-function definition))
        (defs nil)
        (standard-output (if insert (current-buffer) standard-output)))
    (mapatoms (lambda (symbol)
                (and (fboundp symbol) (not (eq symbol definition))
                     (eq func (condition-case () (indirect-function symbol) (error symbol)))
                     (push symbol defs))))
    (dolist (symbol (cons definition defs))
      (let* ((remapped (command-remapping symbol))
             (keys (mapconcat #'help--key-description-fontified
                              (where-is-internal symbol overriding-local-map nil nil remapped)
                              ", "))
             (string
              (if insert
                  (if (> (length keys) 0)
                      (if remapped (format "%s, remapped to %s (%s)" keys remapped symbol)
                        (format "%s (%s)" keys symbol))
                    (format "M-x %s RET" symbol))
                (if (> (length keys) 0)
                    (if remapped
                        (if (eq symbol (symbol-function definition))
                            (format "%s, which is remapped to %s, which is on %s" symbol remapped keys)
                          (format "%s is remapped to %s, which is on %s" symbol remapped keys))
                      (if (eq symbol (symbol-function definition))
                          (format "%s, which is on %s" symbol keys)
                        (format "%s is on %s" symbol keys)))
                  ;; Aliases that are on no key go unmentioned.
                  (when (eq symbol definition) (format "%s is not on any key" symbol))))))
        (when string
          (unless (eq symbol definition)
            (princ (if (eq definition (symbol-function symbol)) ";\n its alias " ";\n it's an alias for ")))
          (princ string)))))
  nil)

(defun describe-key-briefly (&optional key-list insert untranslated)
  "Print the name of the function KEY-LIST invokes; with INSERT, insert it.
The text is returned in both cases."
  (interactive (list (read-key-sequence "Describe key (or click or menu item): ") current-prefix-arg))
  (let* ((key (if (and (consp key-list) (consp (car key-list))) (car (car key-list)) key-list))
         ;; Keys are looked up as typed in the selected window (GNU: help--analyze-key).
         (defn (with-current-buffer (window-buffer (selected-window)) (key-binding key t)))
         (desc (help--key-description-fontified key))
         (msg (if (or (null defn) (integerp defn) (equal defn 'undefined))
                  (format-message "%s is undefined" desc)
                (format "%s runs the command %S" desc defn))))
    (ignore untranslated)
    (if insert (insert msg) (message "%s" msg))
    msg))

;;; Describing keymaps (GNU: help.el's describe-map-tree and describe-map, keymap.c's describe_vector
;;; and describe-buffer-bindings).

(defun help--defined-p (f)
  ;; Defined other than by an autoload (which may be this file's own).
  (and (fboundp f) (not (autoloadp (symbol-function f)))))

(unless (help--defined-p 'keymap--merge-bindings)
  (defun keymap--merge-bindings (val1 val2)
    "Merge bindings VAL1 and VAL2."
    (let ((map1 (keymap--menu-item-binding val1))
          (map2 (keymap--menu-item-binding val2)))
      (if (not (and (keymapp map1) (keymapp map2)))
          ;; There's nothing to merge: val1 takes precedence.
          val1
        (let ((map (list 'keymap map1 map2))
              (item (if (keymapp val1) (if (keymapp val2) nil val2) val1)))
          (keymap--menu-item-with-binding item map))))))

(unless (help--defined-p 'keymap--menu-item-binding)
  (defun keymap--menu-item-binding (val)
    "Return the binding part of a menu-item."
    (cond
     ((not (consp val)) val)
     ((stringp (car val))
      (setq val (cdr val))
      (if (stringp (car val)) (cdr val) val))
     ((eq (car val) 'menu-item)
      (let ((binding (nth 2 val)) (plist (nthcdr 3 val)) (filter nil))
        (while plist
          (when (eq (car plist) :filter) (setq filter (cadr plist)))
          (setq plist (cddr plist)))
        (if filter (funcall filter binding) binding)))
     (t val))))

(unless (help--defined-p 'keymap--menu-item-with-binding)
  (defun keymap--menu-item-with-binding (item binding)
    "Build a menu-item like ITEM but with its binding changed to BINDING."
    (cond
     ((not (consp item)) binding)
     ((eq (car item) 'menu-item) (setq item (copy-sequence item)) (setcar (nthcdr 2 item) binding) item)
     (t binding))))

(unless (help--defined-p 'keymap-canonicalize)
  (defun keymap-canonicalize (map)
    "Return a simpler equivalent keymap: parents merged in, shadowed bindings dropped."
    (let ((bindings ()) (ranges ()) (prompt (keymap-prompt map)))
      (while (keymapp map)
        (setq map (map-keymap
                   (lambda (key item)
                     (if (consp key) (push (cons key item) ranges) (push (cons key item) bindings)))
                   map)))
      (setq map (funcall (if ranges #'make-keymap #'make-sparse-keymap) prompt))
      (dolist (binding ranges)
        (define-key map (vector (car binding)) (cdr binding)))
      (dolist (binding (prog1 bindings (setq bindings ())))
        (let* ((key (car binding)) (oldbind (assq key bindings)))
          (push (if (not oldbind) binding
                  (setq bindings (delq oldbind bindings))
                  (cons key (keymap--merge-bindings (cdr binding) (cdr oldbind))))
                bindings)))
      (nconc map bindings))))

;; accessible-keymaps and command-remapping are primitives (src/keymap.ts), as in GNU.

(defvar help--keymaps-seen nil)
(defvar help--previous-description-column 0)

(defun help--key-description-fontified (keys &optional prefix)
  "Like `key-description' but add face for \"*Help*\" buffers."
  (let ((s (key-description keys prefix)))
    (propertize s 'font-lock-face 'help-key-binding 'face 'help-key-binding)))

(defun help--shadow-lookup (keymap key accept-default remap)
  "Like `lookup-key', but with command remapping; nil if KEY is too long."
  (let ((value (lookup-key keymap key accept-default)))
    (cond ((and (fixnump value) (<= 0 value)) nil)
          ((and value remap (symbolp value))
           (or (command-remapping value nil keymap) value))
          (t value))))

(defun help--describe-command (definition)
  "Insert the description of key binding DEFINITION, aligned at column 16 or 32."
  (let* ((column (current-column))
         (description-column (cond ((> column 30) (insert "\n") 32)
                                   ((or (> column 14)
                                        (and (> column 10) (= help--previous-description-column 32)))
                                    32)
                                   (t 16))))
    ;; The whitespace would inherit the key's face: it gets none (GNU marks it so).
    (let ((op (point)))
      (indent-to description-column 1)
      (set-text-properties op (point) '(face nil font-lock-face nil)))
    (setq help--previous-description-column description-column)
    (cond ((symbolp definition) (insert (symbol-name definition) "\n"))
          ((or (stringp definition) (vectorp definition)) (insert "Keyboard Macro\n"))
          ((keymapp definition) (insert "Prefix Command\n"))
          (t (insert "??\n")))))

(defun help--describe-translation (definition)
  "Insert the description of key translation DEFINITION at column 16."
  (indent-to 16 1)
  (cond ((symbolp definition) (insert (symbol-name definition) "\n"))
        ((or (stringp definition) (vectorp definition)) (insert (key-description definition nil) "\n"))
        ((keymapp definition) (insert "Prefix Command\n"))
        (t (insert "??\n"))))

(defun help--describe-map-compare (a b)
  (let ((a (car a)) (b (car b)))
    (cond ((and (fixnump a) (fixnump b)) (< a b))
          ((and (fixnump a) (not (fixnump b))) t)
          ((and (symbolp a) (symbolp b)) (string-version-lessp (symbol-name a) (symbol-name b)))
          (t nil))))

(defun help--describe-vector (vector prefix describer partial shadow entire-map mention-shadow)
  "Insert in the current buffer a description of the contents of VECTOR.
VECTOR is a vector or char-table of a keymap; consecutive keys bound to
the same command are shown as a range.  DESCRIBER inserts one binding."
  (unless (or (vectorp vector) (char-table-p vector))
    (signal 'wrong-type-argument (list 'vector-or-char-table-p vector)))
  (let ((standard-output (current-buffer))
        (entries nil) (first t))
    ;; The bound elements in order, as (FIRST-CHAR LAST-CHAR . DEFINITION): a char-table's ranges stay
    ;; whole (the global map binds millions of characters to self-insert-command).
    (if (vectorp vector)
        (dotimes (i (length vector))
          (let ((def (keymap--get-keyelt (aref vector i) nil)))
            (when def (push (cons i (cons i def)) entries))))
      (map-char-table (lambda (k v)
                        (let ((def (keymap--get-keyelt v nil)))
                          (when def
                            (if (consp k)
                                (if (and describe-bindings-check-shadowing-in-ranges
                                         (not (and (eq describe-bindings-check-shadowing-in-ranges
                                                       'ignore-self-insert)
                                                   (eq def 'self-insert-command))))
                                    ;; Shadowing is checked key by key: one entry per character.
                                    (let ((c (car k)))
                                      (while (<= c (cdr k)) (push (cons c (cons c def)) entries) (setq c (1+ c))))
                                  (push (cons (car k) (cons (cdr k) def)) entries))
                              (push (cons k (cons k def)) entries)))))
                      vector))
    (setq entries (sort entries (lambda (a b) (< (car a) (car b)))))
    (while entries
      (let* ((start (car (car entries))) (definition (cddr (car entries)))
             (end (cadr (car entries))) (shadowed-by nil) (this-shadowed nil) (skip nil))
        (when (and partial (symbolp definition) (get definition 'suppress-keymap)) (setq skip t))
        (when (and (not skip) shadow)
          (setq shadowed-by (help--shadow-lookup shadow (vector start) t nil))
          (when (and shadowed-by (not (eq shadowed-by definition)))
            (if mention-shadow (setq this-shadowed t) (setq skip t))))
        (when (and (not skip) entire-map
                   (not (eq (lookup-key entire-map (vector start) t) definition)))
          (setq skip t))
        ;; The range: following keys with an equal definition.
        (while (and (cdr entries) (eq (car (cadr entries)) (1+ end))
                    (equal (cddr (cadr entries)) definition)
                    (or (not describe-bindings-check-shadowing-in-ranges)
                        (not (char-table-p vector))
                        (and (eq describe-bindings-check-shadowing-in-ranges 'ignore-self-insert)
                             (eq definition 'self-insert-command))
                        (equal (help--shadow-lookup shadow (vector (1+ end)) t nil) shadowed-by)))
          (setq entries (cdr entries) end (cadr (car entries))))
        (unless skip
          (when first (insert "\n") (setq first nil))
          (insert (help--key-description-fontified (vector start) prefix))
          (unless (eq start end)
            (insert " .. " (help--key-description-fontified (vector end) prefix)))
          (funcall describer definition)
          (when this-shadowed
            (goto-char (1- (point)))
            (insert (format "  (currently shadowed by `%s')" shadowed-by))
            (goto-char (1+ (point))))))
      (setq entries (cdr entries)))
    (when (and (char-table-p vector) (char-table-range vector nil))
      (insert "default")
      (funcall describer (char-table-range vector nil)))
    nil))

(defun describe-map (map prefix transl partial shadow nomenu mention-shadow)
  "Describe the contents of keymap MAP, reached by the prefix keys PREFIX."
  (let* ((suppress (and partial 'suppress-keymap))
         (map (keymap-canonicalize map))
         (tail map) (first t)
         (describer (if transl #'help--describe-translation #'help--describe-command))
         done vect)
    (while (and (consp tail) (not done))
      (cond ((or (vectorp (car tail)) (char-table-p (car tail)))
             (help--describe-vector (car tail) prefix describer partial shadow map mention-shadow))
            ((consp (car tail))
             (let ((event (caar tail)) definition this-shadowed)
               (and (or (symbolp event) (fixnump event))
                    (not (and nomenu (eq event 'menu-bar)))
                    (setq definition (keymap--get-keyelt (cdr (car tail)) nil))
                    (or (not (symbolp definition)) (null (get definition suppress)))
                    (or (not shadow)
                        (let ((tem (help--shadow-lookup shadow (vector event) t nil)))
                          (cond ((null tem) t)
                                ((and (keymapp definition) (keymapp tem)) t)
                                ((and mention-shadow (not (eq tem definition))) (setq this-shadowed t))
                                (t nil))))
                    (eq definition (lookup-key tail (vector event) t))
                    (push (list event definition this-shadowed) vect))))
            ((eq (car tail) 'keymap)
             (let ((tem (assq tail help--keymaps-seen)))
               (if (and (consp tem) (equal (cdr tem) prefix))
                   (setq done t)
                 (push (cons tail prefix) help--keymaps-seen)))))
      (setq tail (cdr tail)))
    (setq vect (sort vect #'help--describe-map-compare))
    (while vect
      (let* ((elem (car vect)) (start (car elem)) (definition (cadr elem))
             (shadowed (caddr elem)) (end start))
        (when first
          (setq help--previous-description-column 0)
          (insert "\n")
          (setq first nil))
        (when (fixnump start)
          (while (and (cdr vect)
                      (let ((this (car vect)) (next (cadr vect)))
                        (and (eq (car next) (1+ (car this)))
                             (equal (cadr next) (cadr this))
                             (eq (caddr this) (caddr next)))))
            (setq vect (cdr vect) end (caar vect))))
        (insert (help--key-description-fontified (vector start) prefix))
        (unless (eq start end)
          (insert " .. " (help--key-description-fontified (vector end) prefix)))
        (if transl (help--describe-translation definition) (help--describe-command definition))
        (when shadowed
          (goto-char (max (1- (point)) (point-min)))
          (insert "\n  (this binding is currently shadowed)")
          (goto-char (min (1+ (point)) (point-max)))))
      (setq vect (cdr vect)))))

(defun describe-map-tree (startmap partial shadow prefix title no-menu transl always-title mention-shadow)
  "Insert a description of the key bindings in STARTMAP and the maps reachable from it.
PARTIAL omits uninteresting commands; SHADOW is a list of maps whose keys
shadow these; PREFIX limits the keys; TITLE heads the listing; NO-MENU omits
menu-bar bindings; TRANSL describes key translations; ALWAYS-TITLE prints
the title even without maps; MENTION-SHADOW mentions shadowed keys."
  (let* ((amaps (accessible-keymaps startmap prefix))
         (orig-maps (if no-menu
                        (seq-remove (lambda (elem) (and (>= (length (car elem)) 1)
                                                        (eq (elt (car elem) 0) 'menu-bar)))
                                    amaps)
                      amaps))
         (maps orig-maps)
         (print-title (or maps always-title)))
    (when print-title
      (insert (concat (if title
                          (concat title
                                  (if prefix (concat " Starting With " (help--key-description-fontified prefix)))
                                  ":\n"))
                      "key             binding\n"
                      "---             -------\n")))
    (setq help--keymaps-seen nil)
    (while (consp maps)
      (let* ((elt (car maps)) (elt-prefix (car elt))
             (sub-shadows (lookup-key shadow elt-prefix t)))
        (when (if (natnump sub-shadows)
                  (prog1 t (setq sub-shadows nil))
                (or (keymapp sub-shadows) (null sub-shadows)
                    (and (consp sub-shadows) (keymapp (car sub-shadows)))))
          (let ((tail orig-maps))
            (while (not (equal tail maps))
              (when (equal (car (car tail)) elt-prefix)
                (setq sub-shadows (cons (cdr (car tail)) sub-shadows)))
              (setq tail (cdr tail))))
          (describe-map (cdr elt) elt-prefix transl partial sub-shadows no-menu mention-shadow)))
      (setq maps (cdr maps)))
    (when print-title (insert "\n"))))

(defun describe-buffer-bindings (buffer &optional prefix menus)
  "Insert the list of all defined keys and their definitions.
The list is inserted in the current buffer, while the bindings are
looked up in BUFFER.  PREFIX limits the keys; MENUS non-nil includes
menu-bar bindings."
  (unless (bufferp buffer) (signal 'wrong-type-argument (list 'bufferp buffer)))
  (let ((nomenu (not menus)) (shadow nil) (outbuf (current-buffer)))
    (when (and (boundp 'key-translation-map) (keymapp key-translation-map))
      (describe-map-tree key-translation-map nil nil prefix "Key translations" nomenu t nil nil))
    (cond
     ((and (boundp 'overriding-local-map) overriding-local-map)
      (describe-map-tree overriding-local-map t shadow prefix "\f\nOverriding Bindings" nomenu nil nil nil)
      (push overriding-local-map shadow))
     (t
      (let (minor local)
        (with-current-buffer buffer
          (dolist (alist (list minor-mode-overriding-map-alist minor-mode-map-alist))
            (dolist (elt alist)
              (when (and (boundp (car elt)) (symbol-value (car elt)) (keymapp (cdr elt))
                         (not (assq (car elt) minor)))
                (push (cons (car elt) (cdr elt)) minor))))
          (setq local (current-local-map)))
        (dolist (m (nreverse minor))
          (describe-map-tree (cdr m) t shadow prefix
                             (format-message "\f\n`%s' Minor Mode Bindings" (car m)) nomenu nil nil nil)
          (push (cdr m) shadow))
        (when local
          (describe-map-tree local t shadow prefix "\f\nMajor Mode Bindings" nomenu nil nil nil)
          (push local shadow)))))
    (set-buffer outbuf)
    (describe-map-tree (current-global-map) t shadow prefix "\f\nGlobal Bindings" nomenu nil t nil)
    (when (and (boundp 'function-key-map) (keymapp function-key-map))
      (describe-map-tree function-key-map nil nil prefix "\f\nFunction key map translations" nomenu t nil nil))
    (when (and (boundp 'input-decode-map) (keymapp input-decode-map))
      (describe-map-tree input-decode-map nil nil prefix "\f\nInput decoding map translations" nomenu t nil nil))
    nil))

(defun describe-bindings (&optional prefix buffer)
  "Display a buffer showing a list of all defined keys, and their definitions."
  (interactive)
  (unless buffer (setq buffer (current-buffer)))
  (help-setup-xref (list #'describe-bindings prefix buffer) (called-interactively-p 'interactive))
  (with-help-window (help-buffer)
    (with-current-buffer (help-buffer)
      (describe-buffer-bindings buffer prefix))))

(defun help--substitute-command-keys (string &optional no-face)
  "The work of `substitute-command-keys' (which see) for STRING, done in a buffer.
Working on a copy in a buffer keeps STRING's text properties on the
parts that are not replaced, as GNU's help.el does."
  (let ((keymap overriding-local-map)
        (inhibit-modification-hooks t)
        (orig-buf (current-buffer))
        (style (text-quoting-style)))
    (with-temp-buffer
      (insert string)
      (goto-char (point-min))
      (while (re-search-forward "[\\`']" nil 'move)
        (let ((start (match-beginning 0)) (c (char-before)))
          (cond
           ((/= c ?\\)
            ;; A quote: curved or straight as `text-quoting-style' says.
            (cond ((eq style 'curve)
                   (delete-region start (point))
                   (insert (if (= c ?`) "‘" "’")))
                  ((and (eq style 'straight) (= c ?`))
                   (delete-region start (point))
                   (insert "'"))))
           ((eobp))
           ;; A \= that ends the string stays as it is.
           ((and (= (following-char) ?=) (= (1+ (point)) (point-max)))
            (forward-char 1))
           ((= (following-char) ?=)
            ;; \= quotes the character after it (and vanishes at the very end).
            (delete-region start (1+ (point)))
            (unless (eobp) (forward-char 1)))
           ((and (= (following-char) ?\[)
                 (save-excursion (search-forward "]" nil t)))
            (let* ((close (save-excursion (search-forward "]")))
                   (fun (intern (buffer-substring (1+ (point)) (1- close))))
                   (key (with-current-buffer orig-buf (where-is-internal fun keymap t))))
              ;; A key that is a command remapping stands for the keys of the command it names.
              (when (and (vectorp key) (> (length key) 1) (eq (aref key 0) 'remap) (symbolp (aref key 1)))
                (setq fun (aref key 1))
                (setq key (with-current-buffer orig-buf (where-is-internal fun keymap t))))
              (delete-region start close)
              (if key
                  (insert (if no-face (key-description key) (help--key-description-fontified key)))
                (let ((p (point)))
                  (insert "M-x " (symbol-name fun))
                  (unless no-face
                    (add-text-properties p (point) '(face help-key-binding font-lock-face help-key-binding)))))))
           ((and (memq (following-char) '(?{ ?<))
                 (save-excursion (search-forward (if (= (following-char) ?{) "}" ">") nil t)))
            (let* ((summary (= (following-char) ?{))
                   (close (save-excursion (search-forward (if summary "}" ">"))))
                   (name (intern (buffer-substring (1+ (point)) (1- close))))
                   active-maps this-keymap)
              (delete-region start close)
              ;; The map's value (and the active maps, for shadowing) in the caller's buffer:
              ;; the variable may be buffer-local there.
              (with-current-buffer orig-buf
                (setq active-maps (current-active-maps))
                (when (boundp name)
                  (setq this-keymap (and (keymapp (symbol-value name)) (symbol-value name)))))
              (cond
               ((null this-keymap)
                (insert "\nUses keymap "
                        (help--substitute-command-keys "`") (symbol-name name)
                        (help--substitute-command-keys "'")
                        ", which is not currently defined.\n")
                (unless summary (setq keymap nil)))
               ((not summary) (setq keymap this-keymap))
               (t
                (let ((earlier-maps (cdr (memq this-keymap (reverse active-maps)))))
                  (describe-map-tree this-keymap t (nreverse earlier-maps) nil nil t nil nil t))))))
           (t (goto-char (1+ start))))))
      (buffer-string))))

(provide 'help)

;;; help.el ends here
