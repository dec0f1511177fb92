;;; facemenu.el --- adding faces to the `face' property of text (GNU: lisp/facemenu.el)  -*- lexical-binding: t -*-

;; Written for tsmacs.  Only the text-property side of GNU's facemenu: there are no menus, frames
;; or realized faces here.  As in GNU Emacs run in batch, a named face has no attributes of
;; its own in the global (frameless) face table, beyond "being a face"; on a frame -- which
;; `facemenu-add-face' uses -- the standard faces have their usual attributes (bold a
;; weight, italic a slant ...).

;;; Code:

(defvar facemenu-add-face-function nil
  "Function called at beginning of text to change or nil.")

(defvar facemenu-end-add-face nil
  "String to insert after text that was given a face with no region.")

(defvar facemenu-remove-face-function nil
  "When non-nil, this is a function called to remove faces.")

(defvar facemenu-self-insert-data nil
  "The face (and command) to apply to the next self-inserted text.")

(defconst facemenu--standard-faces
  '((default) (bold :weight bold) (italic :slant italic) (bold-italic :weight bold :slant italic)
    (underline :underline t) (fixed-pitch :family "Monospace") (variable-pitch :family "Sans Serif")
    (shadow) (link :underline t) (link-visited :underline t) (highlight) (region) (secondary-selection)
    (mode-line) (mode-line-inactive) (header-line) (fringe) (cursor) (error :weight bold)
    (warning :weight bold) (success :weight bold) (escape-glyph) (minibuffer-prompt)
    (font-lock-comment-face) (font-lock-string-face) (font-lock-keyword-face)
    (font-lock-function-name-face) (font-lock-variable-name-face) (font-lock-type-face)
    (font-lock-constant-face) (font-lock-builtin-face) (font-lock-warning-face :weight bold))
  "The faces known without a face system, with the attributes they give inside a face list.")

(defun facemenu--face-p (face)
  "Non-nil if the symbol FACE names a face."
  (or (assq face facemenu--standard-faces)
      (get face 'face-defface-spec)
      (get face 'face-alias)))

(defun facemenu--check-face (face)
  "Signal GNU's error unless FACE names a face."
  (unless (and (symbolp face) (facemenu--face-p face))
    (error "Not a face: %s" face)))

(defun facemenu--face-spec-attributes (face)
  "The attribute keywords the standard face FACE has on a frame."
  (let ((plist (cdr (assq face facemenu--standard-faces))) (atts nil))
    (while plist
      (push (car plist) atts)
      (setq plist (cddr plist)))
    atts))

(defun facemenu--attributes (face &optional on-frame)
  "The attributes FACE specifies, as a list of attribute keywords.
A named face specifies `face' itself, and its usual attributes when
ON-FRAME (see the Commentary)."
  (cond ((and face (symbolp face))
         (facemenu--check-face face)
         (cons 'face (and on-frame (facemenu--face-spec-attributes face))))
        ((and (consp face) (memq (car face) '(foreground-color background-color)))
         (list (if (eq (car face) 'foreground-color) :foreground :background)))
        ((and (consp face) (keywordp (car face)))
         (let ((atts nil) (plist face))
           (while (consp plist)
             (unless (eq (cadr plist) 'unspecified) (push (car plist) atts))
             (setq plist (cddr plist)))
           atts))
        ((consp face)
         ;; A list of faces merges what its members' specs give.
         (let ((atts nil))
           (dolist (f face atts)
             (if (symbolp f)
                 (progn (facemenu--check-face f)
                        (setq atts (append (facemenu--face-spec-attributes f) atts)))
               (setq atts (append (facemenu--attributes f) atts))))))))

(defun facemenu-active-faces (face-list &optional frame)
  "Return from FACE-LIST those faces that would be used for displaying.
A face is dropped when every attribute it specifies is already given by
an earlier face of the list.  Named faces have their attributes only
when FRAME is non-nil."
  (when face-list
    (let ((mask (facemenu--attributes (car face-list) frame))
          (active (list (car face-list))))
      (dolist (face (cdr face-list))
        (let ((useful nil))
          (dolist (att (facemenu--attributes face frame))
            (unless (memq att mask)
              (push att mask)
              (setq useful t)))
          (when useful (push face active))))
      (nreverse active))))

(defun facemenu-add-face (face &optional start end)
  "Add FACE to text between START and END.
FACE goes in front of the faces already in the `face' property of each
stretch of text, and faces it makes useless are dropped.  The face
`default' removes the `face' property instead.  Without START and END,
FACE is remembered for the next self-inserted text."
  (interactive (list (progn (barf-if-buffer-read-only)
                            (read-face-name "Use face" (face-at-point t)))
                     (if (and mark-active (not current-prefix-arg)) (region-beginning))
                     (if (and mark-active (not current-prefix-arg)) (region-end))))
  (if (and (eq face 'default) (not (eq facemenu-remove-face-function t)))
      (if facemenu-remove-face-function
          (funcall facemenu-remove-face-function start end)
        (if (and start (< start end))
            (remove-list-of-text-properties start end '(face))
          (setq facemenu-self-insert-data (cons 'default this-command))))
    (if facemenu-add-face-function
        (save-excursion
          (if end (goto-char end))
          (save-excursion
            (if start (goto-char start))
            (insert-before-markers (funcall facemenu-add-face-function face end)))
          (if facemenu-end-add-face
              (insert (if (stringp facemenu-end-add-face)
                          facemenu-end-add-face
                        (funcall facemenu-end-add-face face)))))
      (if (and start (< start end))
          (let ((part-start start) part-end)
            (while (not (= part-start end))
              (setq part-end (next-single-property-change part-start 'face nil end))
              (let ((prev (get-text-property part-start 'face)))
                (put-text-property part-start part-end 'face
                                   (if (null prev)
                                       face
                                     (facemenu-active-faces
                                      (cons face (if (listp prev) prev (list prev)))
                                      ;; As on GNU's selected frame.
                                      t))))
              (setq part-start part-end)))
        (setq facemenu-self-insert-data (cons face this-command)))))
  nil)

(defun facemenu-set-face (face &optional start end)
  "Apply FACE to the text between START and END (see `facemenu-add-face')."
  (interactive (list (progn (barf-if-buffer-read-only)
                            (read-face-name "Use face" (face-at-point t)))
                     (if (and mark-active (not current-prefix-arg)) (region-beginning))
                     (if (and mark-active (not current-prefix-arg)) (region-end))))
  (barf-if-buffer-read-only)
  (facemenu-add-face face start end))

(provide 'facemenu)

;;; facemenu.el ends here
