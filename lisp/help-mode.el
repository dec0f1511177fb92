;;; help-mode.el --- Help mode's cross-reference buttons  -*- lexical-binding: t -*-

;; tsmacs's own version of the cross-reference half of GNU's help-mode.el: the button types that
;; link help text to other help (functions, variables, faces, Info nodes, URLs, definitions), and
;; `help-make-xrefs', which finds the `quoted' names in a help buffer and makes them buttons.  Help
;; mode itself, its keymap and the [back]/[forward] stacks are in help.el.

;;; Code:

(require 'help)

;;; Button types.

(define-button-type 'help-xref
  'follow-link t
  'action #'help-button-action)

(defun help-button-action (button)
  "Call BUTTON's help function."
  (help-do-xref nil (button-get button 'help-function) (button-get button 'help-args)))

(defmacro help-mode--define-xref-types (&rest specs)
  ;; Each spec is (TYPE FUNCTION ECHO): a `help-xref' subtype calling FUNCTION.
  `(progn
     ,@(mapcar (lambda (spec)
                 `(define-button-type ',(nth 0 spec) :supertype 'help-xref
                    'help-function ,(nth 1 spec)
                    'help-echo (purecopy ,(concat "mouse-2, RET: " (nth 2 spec)))))
               specs)))

(help-mode--define-xref-types
 (help-function #'describe-function "describe this function")
 (help-variable #'describe-variable "describe this variable")
 (help-face #'describe-face "describe this face")
 (help-coding-system #'describe-coding-system "describe this coding system")
 (help-input-method #'describe-input-method "describe this input method")
 (help-character-set #'describe-character-set "describe this character set")
 (help-symbol #'describe-symbol "describe this symbol")
 (help-info-variable (lambda (a v) (if (boundp v) (describe-variable v) (info a)))
                     "read this Info node")
 (help-info #'info "read this Info node")
 (help-url #'browse-url "view this web page")
 (help-man #'man "read this man page")
 (help-customization-group #'customize-group "display this customization group")
 (help-customize-variable (lambda (v) (customize-variable v)) "customize variable")
 (help-customize-face (lambda (v) (customize-face v)) "customize face")
 (help-package #'describe-package "describe this package")
 (help-package-def (lambda (file) (require 'finder) (finder-commentary file))
                   "visit the package's source"))


(define-button-type 'help-back :supertype 'help-xref
  'help-function #'help-xref-go-back
  'help-echo (purecopy "mouse-2, RET: go back to previous help buffer"))

(define-button-type 'help-forward :supertype 'help-xref
  'help-function #'help-xref-go-forward
  'help-echo (purecopy "mouse-2, RET: move forward to next help buffer"))

(defun help-function-def--button-function (fun &optional file type)
  "Visit the definition of FUN in FILE (of kind TYPE), as a help cross-reference does."
  (let ((location (find-function-search-for-symbol fun type file)))
    (pop-to-buffer (car location))
    (if (cdr location) (goto-char (cdr location)) (message "Unable to find location in file"))))

(define-button-type 'help-function-def :supertype 'help-xref
  'help-function #'help-function-def--button-function
  'help-echo (purecopy "mouse-2, RET: find function's definition"))

(define-button-type 'help-function-cmacro :supertype 'help-xref
  'help-function (lambda (fun file)
                   (setq file (locate-library file t))
                   (if (and file (file-readable-p file))
                       (progn (pop-to-buffer (find-file-noselect file))
                              (goto-char (point-min))
                              (if (re-search-forward (format "^[ \t]*(\\(cl-\\)?define-compiler-macro[ \t]+%s" (regexp-quote (symbol-name fun))) nil t)
                                  (forward-line 0)
                                (message "Unable to find location in file")))
                     (message "Unable to find file")))
  'help-echo (purecopy "mouse-2, RET: find function's compiler macro"))

(define-button-type 'help-variable-def :supertype 'help-xref
  'help-function (lambda (var &optional file)
                   (help-function-def--button-function var file 'defvar))
  'help-echo (purecopy "mouse-2, RET: find variable's definition"))

(define-button-type 'help-face-def :supertype 'help-xref
  'help-function (lambda (fun file)
                   (help-function-def--button-function fun file 'defface))
  'help-echo (purecopy "mouse-2, RET: find face's definition"))

;;; Making cross-references.

(defun help-xref-button (match-number type &rest args)
  "Make a hyperlink for cross-reference text previously matched.
MATCH-NUMBER is the subexpression of interest in the last matched
regexp.  TYPE is the type of button to use.  Any remaining arguments are
passed to the button's help-function when it is invoked."
  ;; Text already a button (made by an earlier pass) keeps its link.
  (unless (button-at (match-beginning match-number))
    (make-text-button (match-beginning match-number) (match-end match-number)
                      'type type 'help-args args)))

(defun help-insert-xref-button (string type &rest args)
  "Insert STRING and make a hyperlink from cross-reference text on it.
TYPE is the type of button to use.  Any remaining arguments are passed
to the button's help-function when it is invoked."
  (unless (button-at (point))
    (insert-text-button string 'type type 'help-args args)))

(defconst help-xref-symbol-regexp
  (purecopy (concat "\\(\\<\\(\\(variable\\|option\\)\\|"  ; Link to var
                    "\\(function\\|command\\|call\\)\\|"   ; Link to function
                    "\\(face\\)\\|"                        ; Link to face
                    "\\(symbol\\|program\\|property\\)\\|" ; Don't link
                    "\\(source \\(?:code \\)?\\(?:of\\|for\\)\\)\\)"
                    "[ \t\n]+\\)?"
                    "['`‘]\\(\\(?:\\sw\\|\\s_\\)+\\|`\\)['’]"))
  "Regexp matching doc string references to symbols.
The words preceding the quoted symbol can be used in doc strings to
distinguish references to variables, functions and symbols.")

(defconst help-xref-info-regexp
  (purecopy "\\<[Ii]nfo[ \t\n]+\\(node\\|anchor\\)[ \t\n]+['`‘]\\([^'’]+\\)['’]")
  "Regexp matching doc string references to an Info node.")

(defconst help-xref-url-regexp
  (purecopy "\\<[Uu][Rr][Ll][ \t\n]+['`‘]\\([^'’]+\\)['’]")
  "Regexp matching doc string references to a URL.")

(defconst help-xref-man-regexp
  (purecopy "\\<[Mm]an[ \t\n]+page[ \t\n]+\\(?:for[ \t\n]+\\)?['`‘\"]\\([^'’\"]+\\)['’\"]")
  "Regexp matching doc string references to a man page.")

(defconst help-xref-customization-group-regexp
  (purecopy "\\<[Cc]ustomization[ \t\n]+[Gg]roup[ \t\n]+['`‘]\\([^'’]+\\)['’]")
  "Regexp matching doc string references to a customization group.")

(defvar help-xref-mule-regexp nil
  "Regexp matching doc string references to MULE-related keywords.")

(defun help-xref--symbol-button (sym)
  "Make the last `help-xref-symbol-regexp' match a button for SYM, by the word before it."
  (cond
   ((match-string 3)                    ; `variable' or `option'
    (and (or (boundp sym) (get sym 'variable-documentation))
         (help-xref-button 8 'help-variable sym)))
   ((match-string 4)                    ; `function', `command' or `call'
    (and (fboundp sym) (help-xref-button 8 'help-function sym)))
   ((match-string 5)                    ; `face'
    (and (facep sym) (help-xref-button 8 'help-face sym)))
   ((match-string 6))                   ; `symbol', `program', `property': no link
   ((match-string 7)                    ; `source code of/for': the definition
    (help-xref-button 8 'help-function-def sym))
   ;; Without a word before it, a name any describer knows links to `describe-symbol'.
   ((cl-some (lambda (x) (funcall (nth 1 x) sym)) describe-symbol-backends)
    (help-xref-button 8 'help-symbol sym))))

(defun help-make-xrefs (&optional buffer)
  "Parse and hyperlink documentation cross-references in the given BUFFER.
Find cross-reference information in a buffer and activate such cross
references for selection with `help-follow'.  Cross-references have
the canonical form `...'  and the type of reference may be
disambiguated by the preceding word(s) used in
`help-xref-symbol-regexp'.  Info node references are of the form
Info node `(emacs)Node', man pages Man page `ls', customization groups
Customization group `editing', and URLs URL `https://...'.  The first
paragraph (the description's header, already linked) is left alone.
A newline ends the text, followed by [back]/[forward] buttons when the
history has somewhere to go."
  (interactive "b")
  (with-current-buffer (or buffer (current-buffer))
    (save-excursion
      (goto-char (point-min))
      (forward-paragraph)
      (let ((modified (buffer-modified-p))
            (inhibit-read-only t)
            (case-fold-search t)
            (start (point)))
        (with-syntax-table (let ((st (copy-syntax-table emacs-lisp-mode-syntax-table)))
                             ;; Quotes delimit names; they are not part of them.
                             (dolist (c '(?' ?` ?‘ ?’)) (modify-syntax-entry c "." st))
                             st)
          ;; Info nodes, man pages, groups and URLs first: their quoted text is not a symbol.
          (goto-char start)
          (while (re-search-forward help-xref-info-regexp nil t)
            (let ((node (match-string 2)))
              (save-match-data
                (unless (string-match "^([^)]+)" node) (setq node (concat "(emacs)" node)))
                (setq node (replace-regexp-in-string "[ \t\n]+" " " node t t)))
              (help-xref-button 2 'help-info node)))
          (goto-char start)
          (while (re-search-forward help-xref-man-regexp nil t)
            (help-xref-button 1 'help-man (match-string 1)))
          (goto-char start)
          (while (re-search-forward help-xref-customization-group-regexp nil t)
            (help-xref-button 1 'help-customization-group (intern (match-string 1))))
          (goto-char start)
          (while (re-search-forward help-xref-url-regexp nil t)
            (help-xref-button 1 'help-url (match-string 1)))
          (goto-char start)
          (while (re-search-forward help-xref-symbol-regexp nil t)
            (let ((sym (intern-soft (match-string 8))))
              (when sym (save-excursion (help-xref--symbol-button sym))))))
        ;; One newline ends the text; then the history buttons.
        (goto-char (point-max))
        (while (and (not (bobp)) (bolp)) (delete-char -1))
        (insert "\n")
        (when (or help-xref-stack help-xref-forward-stack) (insert "\n"))
        (when help-xref-stack
          (help-insert-xref-button help-back-label 'help-back (current-buffer)))
        (when help-xref-forward-stack
          (when help-xref-stack (insert "\t"))
          (help-insert-xref-button help-forward-label 'help-forward (current-buffer)))
        (when (or help-xref-stack help-xref-forward-stack) (insert "\n"))
        (set-buffer-modified-p modified)))))

(defun help-xref-on-pp (from to)
  "Add xrefs for symbols in `pp's output between FROM and TO."
  (if (> (- to from) 5000) nil
    (with-syntax-table emacs-lisp-mode-syntax-table
      (save-excursion
        (save-restriction
          (narrow-to-region from to)
          (goto-char (point-min))
          (ignore-errors
            (while (not (eobp))
              (cond
               ((looking-at-p "\"") (forward-sexp 1))
               ((looking-at-p "#<") (search-forward ">" nil 'move))
               ((looking-at "\\(\\(\\sw\\|\\s_\\)+\\)")
                (let* ((sym (intern-soft (match-string 1)))
                       (type (cond ((fboundp sym) 'help-function)
                                   ((or (memq sym '(t nil)) (keywordp sym)) nil)
                                   ((and sym (or (boundp sym) (get sym 'variable-documentation)))
                                    'help-variable))))
                  (when type (help-xref-button 1 type sym)))
                (goto-char (match-end 1)))
               (t (forward-char 1))))))))))

(provide 'help-mode)

;;; help-mode.el ends here
