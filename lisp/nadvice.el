;;; nadvice.el --- function advice for tsmacs (GNU counterpart: lisp/emacs-lisp/nadvice.el)  -*- lexical-binding: t -*-

;; Written for tsmacs.  GNU builds advice objects as byte-code functions; tsmacs has no byte-code, so an
;; advised function is an ordinary lexical closure (the "wrapper").  Each wrapper is registered in a
;; weak `eq' hash table that maps it to its record [HOW FUNCTION MAIN PROPS], which is how
;; `advice--p', `advice--car' and `advice--cdr' recognise and take apart a chain of advice without
;; needing to look inside closures.

;;; Code:

(defvar advice--table (make-hash-table :test 'eq :weakness 'key)
  "Maps each advice wrapper closure to its record [HOW FUNCTION MAIN PROPS].")

(defconst advice--how-list
  '(:around :before :after :override :after-until :after-while
    :before-until :before-while :filter-args :filter-return)
  "The combinators `add-function' understands.")

(defvar advice--buffer-local-function-sample nil
  "The forwarding function most recently made by `advice--buffer-local'.")

(defun advice--p (object)
  "Non-nil if OBJECT is a piece of advice made by `add-function'."
  (and object (gethash object advice--table) t))

(defun advice--record (f) (gethash f advice--table))
(defun advice--how (f) (aref (gethash f advice--table) 0))
(defun advice--car (f) (aref (gethash f advice--table) 1))
(defun advice--cdr (f) (aref (gethash f advice--table) 2))
(defun advice--props (f) (aref (gethash f advice--table) 3))

(defun advice--cd*r (f)
  "The innermost function of F once every piece of advice is stripped."
  (while (advice--p f) (setq f (advice--cdr f)))
  f)

(defun advice--depth (f)
  (or (cdr (assq 'depth (advice--props f))) 0))

(defun advice--wrapper (how function main)
  ;; One closure per combinator so that a call does no dispatch on HOW.
  (pcase how
    (:around (lambda (&rest args) (apply function main args)))
    (:before (lambda (&rest args) (apply function args) (apply main args)))
    (:after (lambda (&rest args) (prog1 (apply main args) (apply function args))))
    (:override (lambda (&rest args) (apply function args)))
    (:after-until (lambda (&rest args) (or (apply main args) (apply function args))))
    (:after-while (lambda (&rest args) (and (apply main args) (apply function args))))
    (:before-until (lambda (&rest args) (or (apply function args) (apply main args))))
    (:before-while (lambda (&rest args) (and (apply function args) (apply main args))))
    (:filter-args (lambda (&rest args) (apply main (funcall function args))))
    (:filter-return (lambda (&rest args) (funcall function (apply main args))))
    (_ (error "Unknown add-function location `%S'" how))))

(defun advice--interactive-form (function main)
  "The `interactive' form for FUNCTION advising MAIN, or nil if neither is a command.
FUNCTION's own spec wins; a spec that is itself a function is called with MAIN's."
  (let* ((fform (ignore-errors (interactive-form function)))
         (fspec (cadr fform)))
    (when (eq 'function (car-safe fspec)) (setq fspec (nth 1 fspec)))
    (if (and fform (functionp fspec))
        `(interactive (funcall ',fspec ',(cadr (ignore-errors (interactive-form main)))))
      (or fform (and main (ignore-errors (interactive-form main)))))))

(defconst advice--wrapper-bodies
  '((:around . (apply function main args))
    (:before . (progn (apply function args) (apply main args)))
    (:after . (prog1 (apply main args) (apply function args)))
    (:override . (apply function args))
    (:after-until . (or (apply main args) (apply function args)))
    (:after-while . (and (apply main args) (apply function args)))
    (:before-until . (or (apply function args) (apply main args)))
    (:before-while . (and (apply function args) (apply main args)))
    (:filter-args . (apply main (funcall function args)))
    (:filter-return . (funcall function (apply main args))))
  "The body of each combinator's wrapper, for wrappers that must carry an `interactive' spec.")

(defun advice--make-1 (how function main props)
  (let* ((iform (advice--interactive-form function main))
         (w (if iform
                ;; Commands stay commands: this wrapper carries the spec itself, so that a call
                ;; goes through one frame only (which `called-interactively-p' relies on).
                (eval `(lambda (&rest args) ,iform ,(cdr (assq how advice--wrapper-bodies)))
                      (list (cons 'function function) (cons 'main main)))
              (advice--wrapper how function main))))
    (puthash w (vector how function main props) advice--table)
    w))

(defun advice--make (how function main props)
  "Build a function value that adds FUNCTION to MAIN at HOW."
  (let ((fd (or (cdr (assq 'depth props)) 0))
        (md (and (advice--p main) (advice--depth main))))
    (if (and md (> fd md))
        ;; FUNCTION belongs deeper in the chain than MAIN's outermost advice.
        (advice--make-1 (advice--how main) (advice--car main)
                        (advice--make how function (advice--cdr main) props)
                        (advice--props main))
      (unless (memq how advice--how-list)
        (error "Unknown add-function location `%S'" how))
      (advice--make-1 how function main props))))

(defun advice--member-p (function use-name definition)
  (let ((found nil))
    (while (and (not found) (advice--p definition))
      (if (cond ((eq use-name :use-both)
                 (or (equal function (cdr (assq 'name (advice--props definition))))
                     (equal function (advice--car definition))))
                (use-name (equal function (cdr (assq 'name (advice--props definition)))))
                (t (equal function (advice--car definition))))
          (setq found definition)
        (setq definition (advice--cdr definition))))
    found))

(defun advice--tweak (flist tweaker)
  "Rebuild FLIST, letting TWEAKER replace a suffix of the chain.
TWEAKER gets FIRST REST PROPS (FIRST nil for the innermost function) and returns
either nil (keep going) or a list whose car is the replacement."
  (if (not (advice--p flist))
      (funcall tweaker nil flist nil)
    (let* ((first (advice--car flist))
           (rest (advice--cdr flist))
           (props (advice--props flist))
           (val (funcall tweaker first rest props)))
      (if val (car val)
        (let ((nrest (advice--tweak rest tweaker)))
          (if (eq rest nrest) flist
            (advice--make-1 (advice--how flist) first nrest props)))))))

(defun advice--remove-function (flist function)
  (advice--tweak flist
                 (lambda (first rest props)
                   (cond ((not first) rest)
                         ((or (equal function first)
                              (equal function (cdr (assq 'name props))))
                          (list (advice--remove-function rest function)))))))

(defun advice--subst-main (old new)
  (advice--tweak old (lambda (first _rest _props) (if (not first) new))))

(defun advice--buffer-local (var)
  "Buffer-local value of VAR, presumed to contain a function."
  (if (local-variable-p var) (symbol-value var)
    (setq advice--buffer-local-function-sample
          ;; Forwards to the global value, like t in a buffer-local hook.
          (lambda (&rest args) (apply (default-value var) args)))))

(defun advice--set-buffer-local (var val)
  (if (eq val advice--buffer-local-function-sample)
      (kill-local-variable var)
    (set (make-local-variable var) val)))

(gv-define-simple-setter advice--buffer-local advice--set-buffer-local)

(defun advice--normalize-place (place)
  (cond ((eq 'local (car-safe place)) `(advice--buffer-local ,@(cdr place)))
        ((eq 'var (car-safe place)) (nth 1 place))
        ((symbolp place) `(default-value ',place))
        (t place)))

(defmacro add-function (how place function &optional props)
  "Add FUNCTION to the function stored at PLACE, combined as HOW says.
HOW is one of :around :before :after :override :after-until :after-while
:before-until :before-while :filter-args :filter-return.  PLACE is a generalized
variable, (local VAR) for VAR's buffer-local value, (var VAR) for a variable, or
a symbol (its default value).  PROPS is an alist (`name', `depth')."
  (declare (indent 2))
  (gv-letplace (getter setter) (advice--normalize-place place)
    (macroexp-let2 nil new `(advice--add-function-value ,how ,getter ,function ,props)
      (funcall setter new))))

(defun advice--add-function-value (how old function props)
  "The value `add-function' stores: OLD with FUNCTION added (once) at HOW."
  (let* ((name (cdr (assq 'name props)))
         (a (advice--member-p (or name function) (if name t) old)))
    (when a
      (setq old (advice--remove-function old (or name (advice--car a)))))
    (advice--make how function old props)))

(defmacro remove-function (place function)
  "Remove FUNCTION (or the advice named FUNCTION) from the function at PLACE."
  (gv-letplace (getter setter) (advice--normalize-place place)
    (macroexp-let2 nil new `(advice--remove-function ,getter ,function)
      `(unless (eq ,new ,getter) ,(funcall setter new)))))

(defun advice-function-mapc (f function-def)
  "Call F with each piece of advice of FUNCTION-DEF and its properties."
  (while (advice--p function-def)
    (funcall f (advice--car function-def) (advice--props function-def))
    (setq function-def (advice--cdr function-def))))

(defun advice-function-member-p (advice function-def)
  "Non-nil if ADVICE (a function or a name) is already in FUNCTION-DEF."
  (advice--member-p advice :use-both function-def))

;;;; Named functions

(defun advice--normalize (symbol def)
  (cond
   ((special-form-p def)
    (error "Advice impossible: %S is a special form" symbol))
   ((and (symbolp def) def (macrop def))
    ;; An alias to a macro: advise a macro that expands through the alias.
    (let ((newval (cons 'macro (lambda (&rest r) (macroexpand (cons def r))))))
      (put symbol 'advice--saved-rewrite (cons def (cdr newval)))
      newval))
   (t def)))

(defun advice--strip-macro (x)
  (if (eq 'macro (car-safe x)) (cdr x) x))

(defun advice--symbol-function (symbol)
  (or (get symbol 'advice--pending)
      (advice--strip-macro (symbol-function symbol))))

(defun advice--defalias-fset (fsetfun symbol newdef)
  ;; Installed on `defalias-fset-function': a redefinition keeps the advice.
  (unless fsetfun (setq fsetfun #'fset))
  (cond
   ((advice--p newdef) (setq newdef (advice--cd*r newdef)))
   ((and (eq 'macro (car-safe newdef)) (advice--p (cdr newdef)))
    (setq newdef (cons 'macro (advice--cd*r (cdr newdef))))))
  (when (get symbol 'advice--saved-rewrite)
    (put symbol 'advice--saved-rewrite nil))
  (setq newdef (advice--normalize symbol newdef))
  (let ((oldadv (advice--symbol-function symbol)))
    (if (and newdef (not (autoloadp newdef)))
        (let* ((snewdef (advice--strip-macro newdef))
               (snewadv (advice--subst-main oldadv snewdef)))
          (put symbol 'advice--pending nil)
          (funcall fsetfun symbol
                   (if (eq snewdef newdef) snewadv (cons 'macro snewadv))))
      (unless (eq oldadv (get symbol 'advice--pending))
        (put symbol 'advice--pending (advice--subst-main oldadv nil)))
      (funcall fsetfun symbol newdef))))

;;;; Documentation of advised functions

(defun advice--usage (def)
  "The \"(fn ARGS)\" usage line for DEF, or nil when its arglist is unknown."
  (let ((args (cond ((eq (car-safe def) 'lambda) (list (nth 1 def)))
                    ((eq (car-safe def) 'closure) (list (nth 2 def))))))
    (when args
      (format "(fn%s)"
              (mapconcat (lambda (a)
                           (let ((n (symbol-name a)))
                             (concat " " (if (string-prefix-p "&" n) n (upcase n)))))
                         (car args) "")))))

(defun advice--single-doc (flist macrop)
  "The line(s) describing the outermost advice of FLIST."
  (let ((fun (advice--car flist)))
    (concat
     (format "This %s has %s advice: " (if macrop "macro" "function") (advice--how flist))
     (if (symbolp fun)
         (format-message "`%S'." fun)
       (let ((name (cdr (assq 'name (advice--props flist))))
             (doc (ignore-errors (documentation fun t))))
         (when (and doc (string-match-p "\n\n(fn" doc))
           (setq doc (substring doc 0 (string-match-p "\n\n(fn" doc))))
         (cond ((and name doc) (format "%s\n%s" name doc))
               (name (format "%s" name))
               (t (or doc "No documentation")))))
     "\n")))

(defun advice--make-docstring (symbol)
  "The documentation of SYMBOL, an advised function: its own, then its advice."
  (let* ((macrop (eq 'macro (car-safe (symbol-function symbol))))
         (flist (advice--symbol-function symbol))
         (adv ""))
    (while (advice--p flist)
      (setq adv (concat adv (advice--single-doc flist macrop))
            flist (advice--cdr flist)))
    (let* ((orig (or (and (not (eq flist symbol)) (ignore-errors (documentation flist t))) ""))
           (cut (string-match-p "\n\n(fn" orig))
           (usage (if cut (substring orig (+ cut 2)) (advice--usage flist)))
           (doc (concat (if cut (substring orig 0 cut) orig)
                        (if (string-suffix-p "\n" orig) "\n" "\n\n")
                        adv)))
      (if usage
          (concat doc (cond ((string-suffix-p "\n\n" doc) "")
                            ((string-suffix-p "\n" doc) "\n")
                            (t "\n\n"))
                  usage)
        doc))))

(defun advice-add (symbol how function &optional props)
  "Like `add-function' but for the function named SYMBOL.
Handles macros, aliases and not-yet-defined functions."
  (let* ((f (symbol-function symbol))
         (nf (advice--normalize symbol f)))
    (unless (eq f nf) (fset symbol nf))
    (cond
     ((eq (car-safe nf) 'macro)
      (setcdr nf (advice--add-function-value how (cdr nf) function props)))
     ((or (not nf) (autoloadp nf))
      ;; Not defined yet: keep the advice pending until `defalias' installs it.
      (put symbol 'advice--pending
           (advice--add-function-value how (get symbol 'advice--pending) function props)))
     (t (fset symbol (advice--add-function-value how nf function props))))
    (put symbol 'function-documentation `(advice--make-docstring ',symbol))
    (let ((hook (get symbol 'defalias-fset-function)))
      (unless (advice--member-p #'advice--defalias-fset nil hook)
        (put symbol 'defalias-fset-function
             (advice--add-function-value :around hook #'advice--defalias-fset nil)))))
  nil)

(defun advice-remove (symbol function)
  "Like `remove-function' but for the function named SYMBOL.
FUNCTION can also be the `name' of the piece of advice."
  (let ((f (symbol-function symbol)))
    (cond
     ((get symbol 'advice--pending)
      (put symbol 'advice--pending
           (advice--remove-function (get symbol 'advice--pending) function)))
     ((eq (car-safe f) 'macro)
      (let ((new (advice--remove-function (cdr f) function)))
        (unless (eq new (cdr f)) (setcdr f new))))
     (t (let ((new (advice--remove-function f function)))
          (unless (eq new f) (fset symbol new)))))
    (unless (advice--p (advice--symbol-function symbol))
      (let* ((hook (get symbol 'defalias-fset-function))
             (new (advice--remove-function hook #'advice--defalias-fset)))
        (unless (eq new hook) (put symbol 'defalias-fset-function new)))
      (let ((asr (get symbol 'advice--saved-rewrite)))
        (and asr (eq (cdr-safe (symbol-function symbol)) (cdr asr))
             (fset symbol (car asr))))))
  nil)

(defun advice-member-p (advice symbol)
  "Non-nil if ADVICE (a function or a name) advises SYMBOL."
  (advice--member-p advice :use-both (advice--symbol-function symbol)))

(defun advice-mapc (f symbol)
  "Call F with each piece of advice of SYMBOL and its properties."
  (advice-function-mapc f (advice--symbol-function symbol)))

(defmacro define-advice (symbol args &rest body)
  "Define advice and add it to the function named SYMBOL.
ARGS is (HOW LAMBDA-LIST &optional NAME DEPTH); with NAME the advice is defined
as the function SYMBOL@NAME."
  (declare (indent 2) (doc-string 3))
  (or (listp args) (signal 'wrong-type-argument (list 'listp args)))
  (or (<= 2 (length args) 4) (signal 'wrong-number-of-arguments (list 2 4 (length args))))
  (let* ((how (nth 0 args))
         (lambda-list (nth 1 args))
         (name (nth 2 args))
         (depth (nth 3 args))
         (props (and depth `((depth . ,depth))))
         (advice (cond ((null name) `(lambda ,lambda-list ,@body))
                       ((or (stringp name) (symbolp name))
                        (intern (format "%s@%s" symbol name)))
                       (t (error "Unrecognized name spec `%S'" name)))))
    `(prog1 ,@(and (symbolp advice) `((defun ,advice ,lambda-list ,@body)))
       (advice-add ',symbol ,how #',advice ,@(and props `(',props))))))

(provide 'nadvice)
;;; nadvice.el ends here
