;;; button.el --- clickable text: buttons as overlays or text properties (GNU: lisp/button.el)  -*- lexical-binding: t -*-

;;; Commentary:

;; tsmacs's own implementation of the button API the Emacs Lisp manual documents (node "Buttons"):
;; button types with inherited default properties, overlay buttons (the button is the overlay) and
;; text-property buttons (the button is a position, `button-at' gives a marker), moving between
;; buttons, and pushing them.  A type's defaults live on its category symbol, which buttons name in
;; their `category' property, so changing a type later changes its buttons.

;;; Code:

(defface button '((t :inherit link))
  "Default face used for buttons."
  :group 'basic-faces)

(defvar button-map
  (let ((map (make-sparse-keymap)))
    (define-key map "\r" #'push-button)
    (define-key map [mouse-2] #'push-button)
    (define-key map [follow-link] 'mouse-face)
    ;; In the mode line and header line a click is the only way to push.
    (define-key map [mode-line mouse-2] #'push-button)
    (define-key map [header-line mouse-2] #'push-button)
    map)
  "Keymap used by buttons.")

(defvar button-buffer-map
  (let ((map (make-sparse-keymap)))
    (define-key map [?\t] #'forward-button)
    (define-key map "\e\t" #'backward-button)
    (define-key map [backtab] #'backward-button)
    map)
  "Keymap useful for buffers containing buttons.
Mode-specific keymaps may want to use this as their parent keymap.")

(define-minor-mode button-mode
  "A minor mode for navigating to buttons with the TAB key."
  :keymap button-buffer-map)

;; The root type: its category symbol holds the defaults every button starts from.
(let ((defaults (list 'face 'button 'mouse-face 'highlight 'keymap button-map 'type 'button
                      'action #'ignore 'help-echo (purecopy "mouse-2, RET: Push this button")
                      ;; An overlay button vanishes with its text; a text button's properties
                      ;; are not inherited by text typed after it.
                      'evaporate t 'rear-nonsticky t)))
  (while defaults
    (put 'default-button (pop defaults) (pop defaults))))
(put 'button 'button-category-symbol 'default-button)

(defsubst button-category-symbol (type)
  "Return the symbol used by button-type TYPE to store properties.
Buttons inherit them by setting their `category' property to that symbol."
  (or (get type 'button-category-symbol)
      (error "Unknown button type `%s'" type)))

(defun define-button-type (name &rest properties)
  "Define a `button type' called NAME (a symbol).
The remaining PROPERTIES arguments form a plist of PROPERTY VALUE
pairs, specifying properties to use as defaults for buttons with
this type.  The keyword argument :supertype names a type whose
defaults NAME starts from (copied now: later changes to the
supertype do not reach NAME)."
  (let* ((super (or (plist-get properties 'supertype) (plist-get properties :supertype) 'button))
         (category (make-symbol (concat (symbol-name name) "-button")))
         (inherited (symbol-plist (button-category-symbol super))))
    (put name 'button-category-symbol category)
    (while inherited
      (put category (pop inherited) (pop inherited)))
    (put category 'type name)
    (while properties
      (let ((prop (pop properties)))
        (put category (if (eq prop :supertype) 'supertype prop) (pop properties))))
    (unless (get category 'supertype)
      (put category 'supertype 'button))
    name))

(defun button-type-put (type prop val)
  "Set the button-type TYPE's PROP property to VAL."
  (put (button-category-symbol type) prop val))

(defun button-type-get (type prop)
  "Get the property of button-type TYPE named PROP."
  (get (button-category-symbol type) prop))

(defun button-type-subtype-p (type supertype)
  "Return non-nil if button-type TYPE is a subtype of SUPERTYPE."
  (let ((found nil))
    (while (and type (not found))
      (if (eq type supertype)
          (setq found t)
        (setq type (button-type-get type 'supertype))))
    (or found (eq type supertype))))

;;; Where a button is, and its properties.

(defun button--area-button-p (b)
  "Whether B is a button in the mode line or header line: (STRING . POS)."
  (stringp (car-safe b)))

(defun button-start (button)
  "Return the position at which BUTTON starts.
This function only works when BUTTON is in the current buffer."
  (if (overlayp button)
      (overlay-start button)
    ;; A text button runs as far as its `button' property does.
    (or (previous-single-property-change (1+ button) 'button) (point-min))))

(defun button-end (button)
  "Return the position at which BUTTON ends.
This function only works when BUTTON is in the current buffer."
  (if (overlayp button)
      (overlay-end button)
    (or (next-single-property-change button 'button) (point-max))))

(defun button-get (button prop)
  "Get the property of button BUTTON named PROP.
This function only works when BUTTON is in the current buffer."
  (cond ((overlayp button) (overlay-get button prop))
        ((button--area-button-p button) (get-text-property (cdr button) prop (car button)))
        ((markerp button) (get-text-property button prop (marker-buffer button)))
        (t (get-text-property button prop))))

(defun button-put (button prop val)
  "Set BUTTON's PROP property to VAL.
Setting the type (`type' or `:type') sets the category to the type's
category symbol; the category itself may not be set directly.
This function only works when BUTTON is in the current buffer."
  (cond ((memq prop '(type :type))
         (setq prop 'category val (button-category-symbol val)))
        ((eq prop 'category)
         (error "Button `category' property may not be set directly")))
  (cond ((overlayp button) (overlay-put button prop val))
        ((button--area-button-p button)
         (put-text-property 0 (length (car button)) prop val (car button)))
        (t (put-text-property (button-start button) (button-end button) prop val))))

(defun button-label (button)
  "Return BUTTON's text label."
  (if (button--area-button-p button)
      (substring-no-properties (car button))
    (buffer-substring-no-properties (button-start button) (button-end button))))

(defsubst button-type (button)
  "Return BUTTON's button-type."
  (button-get button 'type))

(defun button-has-type-p (button type)
  "Return non-nil if BUTTON has button-type TYPE, or one of its subtypes."
  (button-type-subtype-p (button-get button 'type) type))

(defun button-activate (button &optional use-mouse-action)
  "Call BUTTON's `action' property.
If USE-MOUSE-ACTION is non-nil, invoke the button's `mouse-action'
property instead of `action'; if the button has no `mouse-action',
the value of `action' is used instead.  A marker action is visited;
a function is called with the button's `button-data', or with BUTTON."
  (let ((action (or (and use-mouse-action (button-get button 'mouse-action))
                    (button-get button 'action)))
        (data (button-get button 'button-data)))
    (if (markerp action)
        (save-selected-window
          (select-window (display-buffer (marker-buffer action)))
          (goto-char action)
          (recenter 0))
      (funcall action (or data button)))))

;;; Making buttons.

(defun button--category-plist (properties)
  "PROPERTIES with any `type' or `:type' turned into the type's `category'."
  (let ((type (or (plist-get properties 'type) (plist-get properties :type) 'button))
        (rest nil))
    (while properties
      (let ((prop (pop properties)) (val (pop properties)))
        (unless (memq prop '(type :type))
          (setq rest (append rest (list prop val))))))
    (cons (button-category-symbol type) rest)))

(defun make-button (beg end &rest properties)
  "Make a button from BEG to END in the current buffer.
The remaining PROPERTIES arguments form a plist of PROPERTY VALUE
pairs, specifying properties to add to the button; the keyword
argument :type names a `button-type' whose properties it inherits.
The button is an overlay, which is returned."
  (let ((overlay (make-overlay beg end nil t nil)))
    (while properties
      (button-put overlay (pop properties) (pop properties)))
    ;; The overlay names itself, for `button-at'; without a type it is a plain `button'.
    (overlay-put overlay 'button overlay)
    (unless (overlay-get overlay 'category)
      (overlay-put overlay 'category 'default-button))
    overlay))

(defun insert-button (label &rest properties)
  "Insert a button with the label LABEL, as `make-button' makes it.
Returns the button (an overlay)."
  (apply #'make-button (prog1 (point) (insert label)) (point) properties))

(defun make-text-button (beg end &rest properties)
  "Make a button from BEG to END in the current buffer, in its text properties.
The remaining PROPERTIES arguments form a plist of PROPERTY VALUE
pairs, specifying properties to add to the button; the keyword
argument :type names a `button-type' whose properties it inherits.
BEG may also be a string, which is then made a button and returned;
otherwise the value is BEG, the button's position."
  (let* ((object (and (stringp beg) beg))
         (from (if object 0 beg))
         (to (if object (length object) end))
         (spec (button--category-plist properties)))
    ;; `button' marks every character of the button (text buttons have no object of their own).
    (add-text-properties from to (append (list 'button (list t) 'category (car spec)) (cdr spec))
                         object)
    (or object beg)))

(defun insert-text-button (label &rest properties)
  "Insert a button with the label LABEL, as `make-text-button' makes it.
Returns the button's position."
  (apply #'make-text-button (prog1 (point) (insert label)) (point) properties))

(defun button-buttonize (string callback &optional data)
  "Make STRING into a button and return it.
When clicked, CALLBACK will be called with the DATA as the
function argument.  If DATA isn't present (or is nil), the button
itself will be used instead as the function argument."
  (propertize string 'face 'button 'button t 'follow-link t 'category t
              'button-data data 'keymap button-map 'action callback))

;;; Finding buttons.

(defun button-at (pos)
  "Return the button at position POS in the current buffer, or nil.
An overlay button is returned as its overlay, a text button as a
marker at POS."
  (let ((b (get-char-property pos 'button)))
    ;; Other clickable text (widgets) has a `button' property too, but no category.
    (cond ((not (and b (get-char-property pos 'category))) nil)
          ((overlayp b) b)
          (t (copy-marker pos t)))))

(defun next-button (pos &optional count-current)
  "Return the next button after position POS in the current buffer.
If COUNT-CURRENT is non-nil, count any button at POS in the search,
instead of starting at the next button."
  (let ((found nil) (done nil))
    (while (not done)
      (unless count-current
        (setq pos (next-single-char-property-change pos 'button)))
      (setq count-current nil)
      (if (>= pos (point-max))
          (setq done t)
        ;; At a boundary: either a button starts here, or one ended (keep looking).
        (setq found (button-at pos) done (and found t))))
    found))

(defun previous-button (pos &optional count-current)
  "Return the previous button before position POS in the current buffer.
If COUNT-CURRENT is non-nil, count any button at POS in the search,
instead of starting at the next button."
  (let ((here (button-at pos)))
    (cond
     ((and here count-current) here)
     (here
      ;; Leave the button POS is in, from its start.
      (let* ((start (button-start here))
             (before (previous-single-char-property-change start 'button))
             (adjacent (button-at before)))
        (cond ((null adjacent) (previous-button before))
              ;; Still the same button: nothing before it.
              ((= before start) nil)
              (t adjacent))))
     (t
      (let ((before (previous-single-char-property-change pos 'button)))
        (or (button-at before)
            (and (> before (point-min)) (button-at (1- before)))))))))

(defun push-button (&optional pos use-mouse-action)
  "Perform the action specified by a button at location POS.
POS may be either a buffer position or a mouse-event.  If
USE-MOUSE-ACTION is non-nil, invoke the button's `mouse-action'
property instead of its `action' property; if the button has no
`mouse-action', the value of `action' is used instead.
Return t if a button was found, nil otherwise."
  (interactive (list (if (integerp last-command-event) (point) last-command-event)))
  (if (and (not (integerp pos)) (eventp pos))
      (let ((posn (event-start pos)))
        (with-current-buffer (window-buffer (posn-window posn))
          (push-button (posn-point posn) t)))
    (let ((button (button-at (or pos (point)))))
      (when button
        (button-activate button use-mouse-action)
        t))))

(defun button--help-echo (button)
  "Evaluate BUTTON's `help-echo' property and return its value.
A function is called with the window, the overlay or buffer, and
the button's position; a form is evaluated; a string is used as it
is.  The result goes through `substitute-command-keys'."
  (let* ((help (button-get button 'help-echo))
         (obj (if (overlayp button) button (current-buffer)))
         (text (cond ((functionp help)
                      (funcall help (selected-window) obj (button-start button)))
                     ((consp help) (eval help lexical-binding))
                     (t help))))
    (and text (substitute-command-keys text))))

(defun forward-button (n &optional wrap display-message no-error)
  "Move to the Nth next button, or Nth previous button if N is negative.
If N is 0, move to the start of any button at point.
If WRAP is non-nil, moving past either end of the buffer continues from the
other end.  If DISPLAY-MESSAGE is non-nil, the button's help-echo string is
displayed.  Any button with a non-nil `skip' property is skipped over.
If NO-ERROR, return nil if no further buttons could be found instead of
erroring out.  Returns the button found."
  (interactive (list (prefix-numeric-value current-prefix-arg) t t))
  (let (button)
    (if (zerop n)
        ;; Move to the start of the button at point.
        (when (setq button (button-at (point)))
          (goto-char (button-start button)))
      (let ((step (if (> n 0) 1 -1))
            (count (abs n)))
        (while (> count 0)
          (let ((found (if (> step 0)
                           (next-button (point))
                         (previous-button (point)))))
            (when (and (null found) wrap)
              (setq found (if (> step 0)
                              (next-button (point-min) t)
                            (previous-button (point-max) t))))
            (if (null found)
                (setq count 0 button nil)
              (goto-char (button-start found))
              (setq button found)
              ;; A button marked `skip' does not count.
              (unless (button-get found 'skip) (setq count (1- count))))))))
    (cond (button
           (when display-message
             (let ((msg (button--help-echo button)))
               (when msg (message "%s" msg))))
           button)
          ((or no-error (zerop n)) nil)
          (t (user-error (if wrap "No buttons!" "No more buttons"))))))

(defun backward-button (n &optional wrap display-message no-error)
  "Move to the Nth previous button, or Nth next button if N is negative.
See `forward-button' for WRAP, DISPLAY-MESSAGE and NO-ERROR."
  (interactive (list (prefix-numeric-value current-prefix-arg) t t))
  (forward-button (- n) wrap display-message no-error))

(provide 'button)

;;; button.el ends here
