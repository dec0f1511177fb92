;;; loaddefs.el --- autoload declarations of the libraries in lisp/ that are not preloaded  -*- lexical-binding: t -*-

;; GNU Emacs collects the `;;;###autoload' cookies of its libraries into loaddefs.el, loaded at dump
;; time; these are tsmacs's, written by hand, for the same functions GNU autoloads.

;; find-func.el (autoloaded, as in GNU).
(dolist (f '(find-function-noselect find-variable-noselect find-definition-noselect
             find-function-search-for-symbol))
  (autoload f "find-func"))
;; thingatpt.el (autoloaded, as in GNU).
(dolist (f '(thing-at-point bounds-of-thing-at-point forward-thing symbol-at-point
             number-at-point sexp-at-point list-at-point))
  (autoload f "thingatpt"))
;; pp.el (autoloaded, as in GNU).
(autoload 'pp-to-string "pp")
(autoload 'pp-buffer "pp" nil t)
(autoload 'pp "pp")

;;; Autoloads for libraries that are not preloaded.
(autoload 'cl-prin1 "cl-print")
(autoload 'cl-prin1-to-string "cl-print")
(autoload 'cl-print-object "cl-print")

;;; Autoloads for rx.el, regexp-opt.el and generator.el (lisp/, not preloaded).  GNU autoloads rx and
;;; regexp-opt from loaddefs.el; its loaddefs also registers the `rx' pcase pattern, whose expander
;;; here loads rx.el on first use.  Owned by the rx/regexp-opt/generator files' author.
(autoload 'rx "rx" "Translate regular expressions in sexp form to a regexp string." nil t)
(autoload 'rx-to-string "rx" "Translate FORM from `rx' sexp syntax into a string regexp.")
(autoload 'rx-define "rx" "Define NAME as a global `rx' definition." nil t)
(autoload 'rx-let "rx" "Evaluate BODY with local rx BINDINGS for `rx'." nil t)
(autoload 'rx-let-eval "rx" "Evaluate BODY with local rx BINDINGS for `rx-to-string'." nil t)
(autoload 'rx--pcase-macroexpander "rx" "Expander of the `rx' pcase pattern.")
(put 'rx 'pcase-macroexpander #'rx--pcase-macroexpander)
(autoload 'regexp-opt "regexp-opt" "Return a regexp to match a string in the list STRINGS.")
(autoload 'regexp-opt-depth "regexp-opt" "Return the depth of REGEXP.")
(autoload 'regexp-opt-charset "regexp-opt" "Return a regexp to match a character in CHARS.")
(autoload 'iter-defun "generator" "Create a generator NAME." nil t)
(autoload 'iter-lambda "generator" "Return a lambda generator." nil t)
(autoload 'iter-make "generator" "Return a new iterator." nil t)
(autoload 'iter-next "generator" "Extract a value from an iterator.")
(autoload 'iter-close "generator" "Terminate an iterator early.")
(autoload 'iter-do "generator" "Loop over values from an iterator." nil t)
;; `cl-loop's `for VAR iter-by ITERATOR' clause (built into GNU's cl-macs) is defined in generator.el.
(autoload 'generator--cl-loop-iter-by "generator" "The `iter-by' clause of `cl-loop'.")
(put 'iter-by 'cl-loop-for-handler #'generator--cl-loop-iter-by)


;; let-alist.el and format-spec.el (autoloaded in GNU 28).
(autoload 'let-alist "let-alist" "Let-bind dotted symbols to their cdrs in ALIST and execute BODY." nil 'macro)
(autoload 'format-spec "format-spec" "Return a string based on FORMAT and SPECIFICATION.")

;; edebug.el (autoloaded, as in GNU).
(autoload 'edebug-basic-spec "edebug")
(autoload 'edebug-eval-top-level-form "edebug" nil t)
(defalias 'edebug-defun 'edebug-eval-top-level-form)
(autoload 'edebug-all-defs "edebug" nil t)
(autoload 'edebug-all-forms "edebug" nil t)

;; window-resize.el (part of window.el in GNU, which preloads it).
(dolist (f '(window-resize window-max-delta window-min-delta))
  (autoload f "window-resize"))
(dolist (f '(enlarge-window shrink-window balance-windows fit-window-to-buffer
             shrink-window-if-larger-than-buffer))
  (autoload f "window-resize" nil t))

;; help.el and help-fns.el (GNU preloads help.el and autoloads help-fns.el; both are autoloaded here).
(dolist (f '(help-buffer help-setup-xref help-mode-setup help-mode-finish help-make-xrefs
             help-window-setup help-print-return-message help-key-description help-xref-go-back
             help-xref-go-forward help-go-back help-go-forward help-do-xref help-follow-symbol))
  (autoload f "help"))
(autoload 'help-mode "help" nil t)
(autoload 'where-is "help" nil t)
(autoload 'describe-key-briefly "help" nil t)
(autoload 'describe-bindings "help" nil t)
(dolist (f '(describe-map-tree describe-map help--describe-vector help--describe-command
             describe-buffer-bindings accessible-keymaps keymap-canonicalize command-remapping))
  (autoload f "help"))
(autoload 'with-help-window "help" nil nil 'macro)
(dolist (f '(describe-function-1 help-fns-function-description-header find-lisp-object-file-name
             help-fns-short-filename))
  (autoload f "help-fns"))
(autoload 'describe-function "help-fns" nil t)
(autoload 'describe-variable "help-fns" nil t)
(autoload 'describe-symbol "help-fns" nil t)
(autoload 'describe-keymap "help-fns" nil t)
(autoload 'help-fns-find-keymap-name "help-fns")

;; occur.el (part of replace.el in GNU, which preloads it).
(dolist (f '(occur list-matching-lines)) (autoload f "occur" nil t))
(dolist (f '(occur-1 occur-mode)) (autoload f "occur"))

;; fill.el (textmodes/fill.el in GNU, preloaded there; auto-fill-mode is simple.el's).
(dolist (f '(fill-paragraph fill-region fill-region-as-paragraph auto-fill-mode turn-on-auto-fill turn-off-auto-fill))
  (autoload f "fill" nil t))
(dolist (f '(do-auto-fill internal-auto-fill fill-context-prefix current-fill-column))
  (autoload f "fill"))

;; rect.el (with tabify.el's commands).
(dolist (f '(delete-rectangle kill-rectangle copy-rectangle-as-kill yank-rectangle string-rectangle
             open-rectangle tabify untabify))
  (autoload f "rect" nil t))
(dolist (f '(extract-rectangle delete-extract-rectangle insert-rectangle apply-on-rectangle))
  (autoload f "rect"))
;; simple-shell.el (shell commands of GNU's simple.el, synchronous ones).
(dolist (f '(shell-command shell-command-on-region)) (autoload f "simple-shell" nil t))
(dolist (f '(call-shell-region display-message-or-buffer read-shell-command
             shell-command-save-pos-or-erase shell-command-set-point-after-cmd))
  (autoload f "simple-shell"))
;; time-date.el (the parts without date parsing).
(dolist (f '(days-to-time time-since date-leap-year-p time-to-day-in-year time-to-days format-seconds
             seconds-to-string decoded-time-add decoded-time-period make-decoded-time))
  (autoload f "time-date"))
;; benchmark.el.
(dolist (f '(benchmark-call benchmark)) (autoload f "benchmark"))
(dolist (f '(benchmark-elapse benchmark-run benchmark-run-compiled benchmark-progn))
  (autoload f "benchmark" nil nil 'macro))
;; warnings.el (GNU autoloads its entry points too).
(dolist (f '(display-warning lwarn warn)) (autoload f "warnings"))
;; url-parse.el and url-util.el (GNU's url/ package, the parsing and encoding half).
(dolist (f '(url-generic-parse-url url-recreate-url)) (autoload f "url-parse"))
(dolist (f '(url-parse-query-string url-build-query-string url-unhex-string url-hexify-string
             url-encode-url url-file-extension url-file-directory url-file-nondirectory
             url-truncate-url-for-viewing url-normalize-url url-get-normalized-date
             url-eat-trailing-space url-strip-leading-spaces url-percentage url-insert-entities-in-string))
  (autoload f "url-util"))

;;; loaddefs.el ends here
