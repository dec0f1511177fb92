;; Evaluated after loading bytecomp-sample.elc (compiled by tsmacs); GNU Emacs printed bytecomp-sample.expected.
(list bytecomp-sample-compile-time
      (bytecomp-sample-f 3) (bytecomp-sample-g)
      (let ((c (bytecomp-sample-counter))) (funcall c) (funcall c))
      (bytecomp-sample-dyn-let)
      (bytecomp-sample-set (list 1 2))
      (bytecomp-sample-loop)
      (mapcar #'bytecomp-sample-pcase '((a 1) "s" 3))
      (bytecomp-sample-incf (list 1))
      bytecomp-sample-file bytecomp-sample-load-file
      (bytecomp-sample-text)
      (featurep 'bytecomp-sample)
      (special-variable-p 'bytecomp-sample-dyn)
      (file-name-nondirectory (car (car load-history))))
