;; frame.c / xfaces.c / xdisp.c / profiler.c cases (test/frame-faces.test.ts): batch mode's initial frame F1 and Lisp faces.
;; Expected values: scripts/gen-cases.sh frame-faces (GNU Emacs 28.2).
(list (framep (selected-frame)) (frame-live-p (selected-frame)) (window-system) (frame-parameter nil 'name) (length (frame-list)) (eq (car (frame-list)) (selected-frame)) (framep 'x) (frame-live-p nil))
(progn (internal-make-lisp-face 'tsm-ff) (internal-set-lisp-face-attribute 'tsm-ff :weight 'bold t) (list (internal-get-lisp-face-attribute 'tsm-ff :weight t) (internal-get-lisp-face-attribute 'tsm-ff :slant t) (length (internal-lisp-face-p 'tsm-ff)) (aref (internal-lisp-face-p 'tsm-ff) 0)))
(progn (internal-make-lisp-face 'tsm-ff2) (list (internal-lisp-face-empty-p 'tsm-ff2 t) (internal-lisp-face-equal-p 'tsm-ff2 'tsm-ff t)))
(progn (internal-make-lisp-face 'tsm-ff3) (internal-copy-lisp-face 'tsm-ff 'tsm-ff3 t nil) (internal-get-lisp-face-attribute 'tsm-ff3 :weight t))
(list (face-attribute-relative-p :height 1.5) (face-attribute-relative-p :height 120) (face-attribute-relative-p :weight 'unspecified) (face-attribute-relative-p :weight 'bold) (merge-face-attribute :height 1.5 100) (merge-face-attribute :weight 'unspecified 'bold) (merge-face-attribute :weight 'light 'bold))
(display-supports-face-attributes-p '(:weight bold))
(condition-case e (internal-set-font-selection-order '(:width :height)) (error e))
(internal-set-font-selection-order '(:width :height :weight :slant))
(condition-case e (internal-get-lisp-face-attribute 'tsm-no-such-face :weight t) (error e))
(condition-case e (internal-get-lisp-face-attribute 'tsm-ff :no-such-attr t) (error e))
(list (set-buffer-redisplay 'line-spacing 1 'set nil) (function-equal 'car 'car) (function-equal (lambda () 1) (lambda () 1)))
(list (minibufferp) (minibufferp "nonexistent") (condition-case e (minibufferp 3) (error e)))
