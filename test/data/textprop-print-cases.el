;; How prin1 shows strings with text properties (GNU: print.c's print_prune_string_charset prints a
;; copy-sequence of the string, whose runs list their properties in reverse order).  Expectations from
;; GNU Emacs 28.2 (scripts/gen-cases.sh textprop-print).
(propertize "abc" 'a 1 'b 2)
(let ((s (propertize "abc" 'a 1 'b 2))) (list s (substring s 1) (copy-sequence s) (concat s s) (format "%s" s)))
(format (propertize "%d|%s" 'q 1) 42 (propertize "xy" 'a 1))
(car (read-from-string "#(\"abc\" 0 3 (a 1 b 2) 1 2 (c 3))"))
(let ((s (propertize "abc" 'charset 'latin 'a 1))) (list s (text-properties-at 0 s)))
(propertize "abc" 'charset 'latin)
(let ((print-charset-text-property t)) (prin1-to-string (propertize "abc" 'charset 'latin 'a 1)))
(let ((s (propertize "abc" 'a 1))) (remove-text-properties 0 3 '(a nil) s) s)
(with-temp-buffer (insert (propertize "abc" 'face 'bold 'q 1) "d") (buffer-string))
(list (propertize "é" 'charset 'unicode 'a 1) (propertize "é" 'charset 'iso-8859-1 'a 1 'b 2) (propertize "e" 'charset 'iso-8859-1 'a 1 'b 2))
(let ((print-charset-text-property nil)) (prin1-to-string (propertize "é" 'charset 'iso-8859-1 'a 1 'b 2)))
