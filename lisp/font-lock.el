;;; font-lock.el --- font-lock's text-property helpers and face variables  -*- lexical-binding: t -*-

;; tsmacs's own version of the parts of GNU Emacs's font-lock.el that work without a display: the
;; functions that add or remove one face among the several a `face' (or `font-lock-face') property can
;; hold, and the variables naming the standard font-lock faces.  Fontification itself (font-lock-mode,
;; keywords, syntactic highlighting) comes with the display.

(defvar font-lock-comment-face 'font-lock-comment-face "Face name to use for comments.")
(defvar font-lock-comment-delimiter-face 'font-lock-comment-delimiter-face
  "Face name to use for comment delimiters.")
(defvar font-lock-string-face 'font-lock-string-face "Face name to use for strings.")
(defvar font-lock-doc-face 'font-lock-doc-face "Face name to use for documentation.")
(defvar font-lock-doc-markup-face 'font-lock-doc-markup-face
  "Face name to use for documentation mark-up.")
(defvar font-lock-keyword-face 'font-lock-keyword-face "Face name to use for keywords.")
(defvar font-lock-builtin-face 'font-lock-builtin-face "Face name to use for builtins.")
(defvar font-lock-function-name-face 'font-lock-function-name-face
  "Face name to use for function names.")
(defvar font-lock-variable-name-face 'font-lock-variable-name-face
  "Face name to use for variable names.")
(defvar font-lock-type-face 'font-lock-type-face "Face name to use for type and class names.")
(defvar font-lock-constant-face 'font-lock-constant-face "Face name to use for constant and label names.")
(defvar font-lock-warning-face 'font-lock-warning-face
  "Face name to use for things that should stand out.")
(defvar font-lock-negation-char-face 'font-lock-negation-char-face
  "Face name to use for easy to overlook negation.")
(defvar font-lock-preprocessor-face 'font-lock-preprocessor-face
  "Face name to use for preprocessor directives.")

(defun font-lock--face-list (value)
  "VALUE as a list of faces: a face, or an anonymous face (a plist), is one element."
  (if (and (listp value) (not (keywordp (car value)))) value (list value)))

(defun font-lock--existing-faces (prop prev)
  "The faces of PREV, the value PROP has now, as a list.
Old-style anonymous faces such as (foreground-color . \"red\") count as one face."
  (cond ((null prev) nil)
        ((and (memq prop '(face font-lock-face)) (consp prev)
              (or (keywordp (car prev)) (memq (car prev) '(foreground-color background-color))))
         (list prev))
        ((listp prev) prev)
        (t (list prev))))

(defun font-lock--combine-text-property (start end prop value object combine)
  "Give each run of PROP between START and END in OBJECT the value COMBINE makes of VALUE's faces and the old ones."
  (let ((new (font-lock--face-list value)))
    (while (/= start end)
      (let ((next (next-single-property-change start prop object end))
            (old (font-lock--existing-faces prop (get-text-property start prop object))))
        (put-text-property start next prop (funcall combine new old) object)
        (setq start next)))))

(defun font-lock-prepend-text-property (start end prop value &optional object)
  "Prepend to one property of the text from START to END.
Arguments PROP and VALUE specify the property and value to prepend to the value
already in place.  The resulting property values are always lists.
Optional argument OBJECT is the string or buffer containing the text."
  (font-lock--combine-text-property start end prop value object (lambda (new old) (append new old))))

(defun font-lock-append-text-property (start end prop value &optional object)
  "Append to one property of the text from START to END.
Arguments PROP and VALUE specify the property and value to append to the value
already in place.  The resulting property values are always lists.
Optional argument OBJECT is the string or buffer containing the text."
  (font-lock--combine-text-property start end prop value object (lambda (new old) (append old new))))

(defun font-lock-fillin-text-property (start end prop value &optional object)
  "Fill in one property of the text from START to END.
Arguments PROP and VALUE specify the property and value to put where none are
already in place.  Therefore existing property values are not overwritten.
Optional argument OBJECT is the string or buffer containing the text."
  (let ((start (text-property-any start end prop nil object)))
    (while start
      (let ((next (next-single-property-change start prop object end)))
        (put-text-property start next prop value object)
        (setq start (text-property-any next end prop nil object))))))

(defun font-lock--remove-face-from-text-property (start end prop value &optional object)
  "Remove a specific property value from text from START to END.
Arguments PROP and VALUE specify the property and value to remove.  The
resulting property values are not `eq' to VALUE nor lists containing VALUE.
Optional argument OBJECT is the string or buffer containing the text.
Like GNU's, it returns nil."
  (progn
    (while (/= start end)
      (let ((next (next-single-property-change start prop object end))
            (prev (get-text-property start prop object)))
        (cond
         ((eq prev value)
          (remove-list-of-text-properties start next (list prop) object))
         ((and (consp prev) (not (keywordp (car prev))) (memq value prev))
          ;; What is left goes back to a single face when only one remains.
          (let ((rest (remq value prev)))
            (cond ((null rest) (remove-list-of-text-properties start next (list prop) object))
                  ((null (cdr rest)) (put-text-property start next prop (car rest) object))
                  (t (put-text-property start next prop rest object))))))
        (setq start next)))
    nil))

(provide 'font-lock)

;;; font-lock.el ends here
