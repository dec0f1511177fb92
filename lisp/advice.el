;;; advice.el --- old-style `defadvice', built on nadvice (GNU counterpart: lisp/emacs-lisp/advice.el)  -*- lexical-binding: t -*-

;; Written for tsmacs.  As in GNU Emacs 28, old-style advice is a layer over nadvice: the enabled
;; pieces of advice of FUNCTION are assembled into one function, `ad-Advice-FUNCTION', which is
;; added to FUNCTION as a single :around advice named by that symbol.  That assembled function
;; takes the next function and FUNCTION's own arguments (so advice bodies can refer to them by
;; name), runs the before advice, nests the around advice (each `ad-do-it' standing for the next
;; level, the innermost one calling the next function), then the after advice, and returns
;; `ad-return-value'.  Like GNU's, it is a plain `(lambda ...)' list, so advice bodies see
;; dynamic bindings.
;;
;; Advice information lives on FUNCTION's `ad-advice-info' property:
;;   ((active . BOOL) (advicefunname . SYMBOL) (before ADVICE...) (around ...) (after ...) ...)
;; where each ADVICE is (NAME PROTECTED ENABLED (advice lambda ARGLIST . BODY)).
;; Redefining an advised function goes through `ad--defalias-fset' (installed on the symbol's
;; `defalias-fset-function'), which re-activates the advice for the new definition.
;;
;; Not provided: preactivation caches, `ad-get-arg'/`ad-set-arg', documentation of advised
;; functions, the interactive advice commands.

;;; Code:

(require 'nadvice)

(defvar ad-redefinition-action 'warn
  "What to do when an advised function gets redefined: `accept', `discard' or `warn'.
`warn' accepts the new definition and says so with a message.")

(defvar ad-default-compilation-action 'maybe
  "Whether advised definitions get compiled (tsmacs compiles every function on first call).")

(defvar ad-advised-functions nil
  "List of the names (strings) of the functions that have advice information.")

(defconst ad-advice-classes '(before around after activation deactivation)
  "The classes of advice `defadvice' accepts.")

(defconst ad-defadvice-flags
  '("protect" "disable" "activate" "compile" "preactivate")
  "The flags `defadvice' accepts (any unambiguous prefix works).")

;;;; Advice information

(defun ad-get-advice-info (function)
  "FUNCTION's advice information, or nil if it has none."
  (get function 'ad-advice-info))

(defalias 'ad-is-advised #'ad-get-advice-info
  "Return non-nil if FUNCTION has advice information (active or not).")

(defun ad-set-advice-info (function info)
  "Set FUNCTION's advice information to INFO.
While there is some, FUNCTION's redefinitions go through `ad--defalias-fset'."
  (if info
      (add-function :around (get function 'defalias-fset-function) #'ad--defalias-fset)
    (when (get function 'defalias-fset-function)
      (remove-function (get function 'defalias-fset-function) #'ad--defalias-fset)))
  (put function 'ad-advice-info info))

(defun ad-get-advice-info-field (function field)
  (cdr (assq field (ad-get-advice-info function))))

(defun ad-set-advice-info-field (function field value)
  (let* ((info (ad-get-advice-info function))
         (cell (assq field info)))
    (if cell
        (setcdr cell value)
      (when info (nconc info (list (cons field value)))))))

(defun ad-is-active (function)
  "Non-nil if FUNCTION's advice is active."
  (ad-get-advice-info-field function 'active))

(defun ad-make-advicefunname (function)
  "The name of the function that runs FUNCTION's assembled advice."
  (intern (format "ad-Advice-%s" function)))

(defun ad-get-orig-definition (function)
  "The definition under all advice of FUNCTION (a symbol or a definition), or nil."
  (when (symbolp function)
    (setq function (and (fboundp function) (advice--strip-macro (symbol-function function)))))
  (while (advice--p function) (setq function (advice--cdr function)))
  function)

(defun ad-make-advice (name protect enable definition)
  "A piece of advice: (NAME PROTECT ENABLE DEFINITION)."
  (list name protect enable definition))

(defun ad-find-advice (function class name)
  (assq name (ad-get-advice-info-field function class)))

(defun ad-has-any-advice (function)
  "Non-nil if FUNCTION has a piece of before, around or after advice (enabled or not)."
  (and (ad-is-advised function)
       (or (ad-get-advice-info-field function 'before)
           (ad-get-advice-info-field function 'around)
           (ad-get-advice-info-field function 'after))))

(defun ad-has-enabled-advice (function class)
  (let ((found nil))
    (dolist (advice (ad-get-advice-info-field function class))
      (when (nth 2 advice) (setq found t)))
    found))

(defun ad-has-redefining-advice (function)
  (and (ad-is-advised function)
       (or (ad-has-enabled-advice function 'before)
           (ad-has-enabled-advice function 'around)
           (ad-has-enabled-advice function 'after))))

;;;; Adding, removing, enabling

(defun ad-add-advice (function advice class position)
  "Add ADVICE (NAME PROTECTED ENABLED DEFINITION) to FUNCTION's CLASS advice.
A piece with the same name is replaced in place; otherwise POSITION says where
the new one goes: `first' (the default), `last' or an index."
  (unless (ad-is-advised function)
    (push (symbol-name function) ad-advised-functions)
    (ad-set-advice-info function (list (cons 'active nil)))
    (ad-set-advice-info-field function 'advicefunname (ad-make-advicefunname function)))
  (let* ((advices (ad-get-advice-info-field function class))
         (old (assq (car advice) advices)))
    (if old
        (setcar (memq old advices) advice)
      (let ((index (cond ((eq position 'last) (length advices))
                         ((numberp position) (max 0 (min position (length advices))))
                         (t 0))))
        (ad-set-advice-info-field function class
                                  (append (seq-take advices index) (list advice)
                                          (nthcdr index advices)))))))

(defun ad-remove-advice (function class name)
  "Remove FUNCTION's CLASS advice named NAME (the change takes effect on activation)."
  (unless (ad-is-advised function)
    (error "ad-remove-advice: `%s' is not advised" function))
  (let ((advice (ad-find-advice function class name)))
    (unless advice
      (error "ad-remove-advice: `%s' has no %s advice `%s'" function class name))
    (ad-set-advice-info-field function class
                              (delq advice (ad-get-advice-info-field function class)))))

(defun ad--set-enabled (function class name flag)
  (unless (ad-is-advised function)
    (error "ad-%s-advice: `%s' is not advised" (if flag "enable" "disable") function))
  (let ((advice (ad-find-advice function class name)))
    (unless advice
      (error "ad-%s-advice: `%s' has no %s advice matching `%s'"
             (if flag "enable" "disable") function class name))
    (setcar (nthcdr 2 advice) flag)))

(defun ad-enable-advice (function class name)
  "Enable FUNCTION's CLASS advice NAME (the change takes effect on activation)."
  (ad--set-enabled function class name t))

(defun ad-disable-advice (function class name)
  "Disable FUNCTION's CLASS advice NAME (the change takes effect on activation)."
  (ad--set-enabled function class name nil))

;;;; Assembling the advised definition

(defun ad--arglist (definition)
  "DEFINITION's argument list, or nil when it cannot be known without loading it."
  (pcase definition
    (`(lambda ,args . ,_) (list args))
    (`(closure ,_ ,args . ,_) (list args))))

(defun ad--call-next-form (arglist)
  "The form that calls the next function with the arguments named in ARGLIST."
  (let ((vars nil) (rest nil))
    (while arglist
      (let ((a (pop arglist)))
        (cond ((eq a '&optional))
              ((eq a '&rest) (setq rest (pop arglist)))
              (t (push a vars)))))
    (if rest
        `(apply ad--addoit-function ,@(nreverse vars) ,rest)
      `(funcall ad--addoit-function ,@(nreverse vars)))))

(defun ad--advice-body (advice)
  "The body forms of ADVICE's definition, without its docstring and interactive form."
  (let ((body (nthcdr 3 (nth 3 advice))))   ; (advice lambda ARGLIST . BODY)
    (when (and (stringp (car body)) (cdr body)) (setq body (cdr body)))
    (when (eq (car-safe (car body)) 'interactive) (setq body (cdr body)))
    body))

(defun ad--advice-interactive (advice)
  (let ((body (nthcdr 3 (nth 3 advice))))
    (when (and (stringp (car body)) (cdr body)) (setq body (cdr body)))
    (and (eq (car-safe (car body)) 'interactive) (car body))))

(defun ad--substitute-do-it (replacement tree)
  "TREE with every `ad-do-it' replaced by REPLACEMENT."
  (cond ((eq tree 'ad-do-it) replacement)
        ((consp tree) (cons (ad--substitute-do-it replacement (car tree))
                            (ad--substitute-do-it replacement (cdr tree))))
        (t tree)))

(defun ad-make-advised-definition (function)
  "The assembled advice of FUNCTION, as a `(lambda (NEXT . ARGLIST) ...)' list."
  (let* ((enabled (lambda (class) (seq-filter (lambda (a) (nth 2 a))
                                              (ad-get-advice-info-field function class))))
         (befores (funcall enabled 'before))
         (arounds (funcall enabled 'around))
         (afters (funcall enabled 'after))
         (all (append befores arounds afters))
         ;; An advice's own argument list, if one has one, names the arguments.
         (arglist (or (seq-some (lambda (a) (nth 2 (nth 3 a))) all)
                      (car (ad--arglist (ad-get-orig-definition function)))
                      '(&rest ad-subr-args)))
         (interactive (seq-some #'ad--advice-interactive all))
         (core `(setq ad-return-value ,(ad--call-next-form arglist))))
    (dolist (a (reverse arounds))
      (setq core (macroexp-progn (ad--substitute-do-it core (ad--advice-body a)))))
    (dolist (a afters)
      (setq core (if (nth 1 a)
                     `(unwind-protect ,core ,@(ad--advice-body a))
                   `(progn ,core ,@(ad--advice-body a)))))
    `(lambda (ad--addoit-function ,@arglist)
       ,@(and interactive (list interactive))
       (let (ad-return-value)
         ,@(apply #'append (mapcar #'ad--advice-body befores))
         ,core
         ad-return-value))))

;;;; Activation

(defun ad--run-hook-advice (function class)
  "Run FUNCTION's enabled activation or deactivation advice (CLASS)."
  (dolist (a (ad-get-advice-info-field function class))
    (when (nth 2 a) (eval (macroexp-progn (ad--advice-body a))))))

(defun ad-activate (function &optional _compile)
  "Activate FUNCTION's advice: install its assembled advice around its definition.
A FUNCTION not defined yet is activated when it gets defined.  With no pieces of
advice left, FUNCTION is unadvised; with none enabled, deactivated."
  (cond
   ((not (ad-is-advised function)) (error "ad-activate: `%s' is not advised" function))
   ((not (ad-get-orig-definition function)) nil)
   ((not (ad-has-any-advice function)) (ad-unadvise function))
   ((ad-has-redefining-advice function)
    (let* ((name (ad-get-advice-info-field function 'advicefunname))
           (old-ispec (and (fboundp name) (interactive-form name))))
      (fset name (ad-make-advised-definition function))
      ;; nadvice copies the interactive spec when the advice is added: refresh it.
      (unless (equal (interactive-form name) old-ispec) (advice-remove function name))
      (advice-add function :around name))
    (ad-set-advice-info-field function 'active t)
    (ad--run-hook-advice function 'activation)
    function)
   (t (ad-deactivate function))))

(defalias 'ad-activate-on #'ad-activate)
(defalias 'ad-activate-internal #'ad-activate)

(defun ad-clear-advicefunname-definition (function)
  (let ((name (ad-get-advice-info-field function 'advicefunname)))
    (advice-remove function name)
    (fmakunbound name)))

(defun ad-deactivate (function)
  "Deactivate FUNCTION's advice, keeping it for a later `ad-activate'."
  (unless (ad-is-advised function) (error "ad-deactivate: `%s' is not advised" function))
  (when (ad-is-active function)
    (unless (ad-get-orig-definition function)
      (error "ad-deactivate: `%s' has no original definition" function))
    (ad-clear-advicefunname-definition function)
    (ad-set-advice-info-field function 'active nil)
    (ad--run-hook-advice function 'deactivation)
    function))

(defun ad-update (function &optional compile)
  "Rebuild FUNCTION's advised definition if its advice is active."
  (when (ad-is-active function) (ad-activate function compile)))

(defun ad-unadvise (function)
  "Deactivate FUNCTION's advice and forget it."
  (when (ad-is-advised function)
    (when (ad-is-active function) (ad-deactivate function))
    (ad-clear-advicefunname-definition function)
    (ad-set-advice-info function nil)
    (setq ad-advised-functions (delete (symbol-name function) ad-advised-functions))))

(defun ad--defalias-fset (fsetfun function newdef)
  "Install NEWDEF as FUNCTION's definition with FSETFUN, then re-activate its advice.
What happens to a redefinition follows `ad-redefinition-action'."
  (let ((old (ad-get-orig-definition function))
        (new (ad-get-orig-definition newdef)))
    (cond
     ((and old new (not (eq old new)))
      (unless (memq ad-redefinition-action '(accept discard warn))
        (error "ad-redefinition-action: `%s' %s" function "invalidly redefined"))
      (unless (eq ad-redefinition-action 'discard)
        (funcall (or fsetfun #'fset) function newdef)
        (ad-activate function)
        (when (eq ad-redefinition-action 'warn)
          (message "ad-handle-definition: `%s' got redefined" function))))
     ((and old new) nil)                ; the advised definition or the original is in place
     (t (funcall (or fsetfun #'fset) function newdef)
        (when (and new (not old)) (ad-activate function))))))

;;;; defadvice

(defun ad--complete-flag (flag)
  (let ((completion (try-completion (symbol-name flag) ad-defadvice-flags)))
    (cond ((eq completion t) flag)
          ((member completion ad-defadvice-flags) (intern completion))
          (t (error "defadvice: Invalid or ambiguous flag: %s" flag)))))

(defmacro defadvice (function args &rest body)
  "Define a piece of advice for FUNCTION (a symbol).
ARGS is (CLASS NAME [POSITION] [ARGLIST] FLAG...): CLASS is `before', `around',
`after', `activation' or `deactivation'; POSITION `first', `last' or an index;
FLAGs are `protect', `disable', `activate', `compile', `preactivate' (or
unambiguous prefixes).  BODY may start with a docstring and an `interactive'
form; in around advice `ad-do-it' runs the advised function and sets
`ad-return-value'.  Returns FUNCTION.

\(fn FUNCTION (CLASS NAME [POSITION] [ARGLIST] FLAG...) [DOCSTRING] [INTERACTIVE-FORM] BODY...)"
  (declare (doc-string 3) (indent 2))
  (unless (and function (symbolp function))
    (error "defadvice: Invalid function name: %s" function))
  (let* ((class (car args))
         (name (if (memq class ad-advice-classes) (nth 1 args)
                 (error "defadvice: Invalid advice class: %s" class)))
         (rest (if (and name (symbolp name)) (nthcdr 2 args)
                 (error "defadvice: Invalid advice name: %s" name)))
         (position (when (or (memq (car rest) '(first last)) (numberp (car rest)))
                     (pop rest)))
         (arglist (when (listp (car rest)) (pop rest)))
         (flags (mapcar #'ad--complete-flag rest))
         (advice (ad-make-advice name (and (memq 'protect flags) t)
                                 (not (memq 'disable flags))
                                 `(advice lambda ,arglist ,@body))))
    `(progn
       (ad-add-advice ',function ',advice ',class ',position)
       ,@(and (memq 'activate flags)
              `((ad-activate ',function ,(and (memq 'compile flags) t))))
       ',function)))

(provide 'advice)
;;; advice.el ends here
