;;; faces.el --- defining faces and reading their attributes  -*- lexical-binding: t -*-

;; tsmacs's own version of the batch-mode core of GNU Emacs's faces.el and cus-face.el: `defface',
;; face specs chosen for the frame (in batch, GNU's initial frame is a monochrome terminal with a dark
;; background), and the attribute accessors, over the Lisp-face primitives of src/xfaces.ts.

(defun facep (face)
  "Return non-nil if FACE is a face name; nil otherwise.
A face name can be a string or a symbol."
  (internal-lisp-face-p (if (stringp face) (intern face) face)))

(defun make-empty-face (face)
  "Define a new, empty face with name FACE.
Do nothing if such a face is already defined."
  (unless (facep face)
    (internal-make-lisp-face face))
  face)

(defun make-face (face)
  "Define a new face with name FACE, a symbol.
Do nothing if such a face is already defined."
  (make-empty-face face))

(defun face-documentation (face)
  "Get the documentation string for FACE.
If FACE is a face-alias, get the documentation for the target face."
  (let ((alias (get face 'face-alias)))
    (if alias
        (let ((doc (get alias 'face-documentation)))
          (format "%s is an alias for the face `%s'.%s" face alias
                  (if doc (format "\n%s" doc) "")))
      (get face 'face-documentation))))

(defun set-face-documentation (face string)
  "Set the documentation string for FACE to STRING."
  (put face 'face-documentation (purecopy string)))

(defun face-attribute (face attribute &optional frame _inherit)
  "Return the value of FACE's ATTRIBUTE on FRAME.
If the optional argument FRAME is given, report on face FACE in that frame.
If FRAME is t, report on the defaults for face FACE (for new frames).
If FRAME is omitted or nil, use the selected frame."
  (internal-get-lisp-face-attribute face attribute frame))

(defun set-face-attribute (face frame &rest args)
  "Set attributes of FACE on FRAME from ARGS.
If FRAME is nil, set the attributes for all existing frames, as well as
the default for new frames.  If FRAME is t, change the default for new
frames only.  ARGS must come in pairs ATTRIBUTE VALUE."
  (unless (facep face) (make-empty-face face))
  (while args
    (internal-set-lisp-face-attribute face (car args) (cadr args) (if frame frame 0))
    (setq args (cddr args))))

(defun face-spec-set-match-display (display frame)
  "Non-nil if DISPLAY matches FRAME.
DISPLAY is part of a spec such as can be used in `defface'."
  (ignore frame)
  (if (or (eq display t) (null display))
      t
    ;; Every requirement must hold; the value is the last one's match.  The frame is what GNU's batch
    ;; mode has: a monochrome terminal with a dark background, which supports no colors or attributes.
    (let ((result t))
      (dolist (req display result)
        (when result
          (let ((values (cdr req)))
            (setq result (pcase (car req)
                           ('class (memq 'mono values))
                           ('background (memq 'dark values))
                           ('type (memq 'tty values))
                           (_ nil)))))))))

(defun face-spec-choose (spec &optional frame no-match-retval)
  "Return the proper attributes for FRAME, out of SPEC.
Value is a plist of face attributes in the form of attribute-value pairs.
If no match is found or SPEC is nil, return nil, unless NO-MATCH-RETVAL
is given, in which case return its value instead."
  (let ((defaults nil) (match nil) (found nil))
    (dolist (entry spec)
      (let* ((display (car entry))
             (attrs (cdr entry))
             ;; Old-style entries hold the plist as their single element.
             (attrs (if (and attrs (consp (car attrs)) (null (cdr attrs))) (car attrs) attrs)))
        (cond ((eq display 'default) (setq defaults attrs))
              ((and (not found) (face-spec-set-match-display display frame))
               (setq found t match attrs)))))
    (if (or found defaults)
        (let ((result (copy-sequence defaults)))
          (while match
            (setq result (plist-put result (car match) (cadr match)))
            (setq match (cddr match)))
          result)
      no-match-retval)))

(defun face-spec-set (face spec &optional spec-type)
  "Set the FACE's spec SPEC, define FACE, and recalculate its attributes.
SPEC-TYPE says which spec property holds SPEC: nil or `face-override-spec'
for a customization made in Lisp, `face-defface-spec' for the default."
  (when (and spec-type (not (eq spec-type 'reset)))
    (put face spec-type spec))
  (unless (facep face) (make-empty-face face))
  (let ((attrs (face-spec-choose (or (get face 'face-override-spec) (get face 'face-defface-spec) spec))))
    ;; The attributes go on the frame (batch mode's only one); new frames would recompute from the spec,
    ;; so the global definition stays unspecified, as in GNU.
    (internal-make-lisp-face face (selected-frame))
    (while attrs
      (internal-set-lisp-face-attribute face (car attrs) (cadr attrs) (selected-frame))
      (setq attrs (cddr attrs))))
  nil)

(defun custom-declare-face (face spec doc &rest args)
  "Like `defface', but with FACE evaluated as a normal argument."
  (unless (get face 'face-defface-spec)
    (put face 'face-defface-spec (purecopy spec))
    (setq current-load-list (cons (cons 'defface face) current-load-list))
    (when doc (set-face-documentation face doc))
    (when (fboundp 'custom-handle-all-keywords)
      (custom-handle-all-keywords face args 'custom-face))
    (face-spec-set face spec))
  face)

(defmacro defface (face spec doc &rest args)
  "Declare FACE as a customizable face that defaults to SPEC.
FACE does not need to be quoted.

SPEC should be a \"face spec\", i.e., an alist of the form
   ((DISPLAY . ATTS)...)
where the first DISPLAY that matches the frame is used.

DOC is the face documentation.  The remaining arguments are keywords as
for `defcustom' (:group, :version...)."
  (declare (doc-string 3) (indent defun))
  `(custom-declare-face ',face ,spec ,doc ,@args))

;;; Basic faces whose GNU definitions come down, on the batch frame, to these attributes.

(defface bold '((t :weight bold)) "Basic bold face." :group 'basic-faces)
(defface italic '((t :slant italic)) "Basic italic face." :group 'basic-faces)
(defface bold-italic '((t :weight bold :slant italic)) "Basic bold-italic face." :group 'basic-faces)
(defface underline '((t :underline t)) "Basic underlined face." :group 'basic-faces)
(defface fixed-pitch '((t :family "Monospace")) "The basic fixed-pitch face." :group 'basic-faces)
(defface fixed-pitch-serif '((t :family "Monospace Serif"))
  "The basic fixed-pitch face with serifs." :group 'basic-faces)
(defface variable-pitch '((t :family "Sans Serif")) "The basic variable-pitch face." :group 'basic-faces)

(provide 'faces)

;;; faces.el ends here
