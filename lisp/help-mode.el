;;; help-mode.el --- Help mode  -*- lexical-binding: t -*-

;; GNU Emacs keeps Help mode, its keymap and the cross-reference stack in help-mode.el; tsmacs keeps them
;; in help.el (see there), and this file lets `(require 'help-mode)' find them.

;;; Code:

(require 'help)

(provide 'help-mode)

;;; help-mode.el ends here
