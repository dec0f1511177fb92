;; Text properties (GNU: textprop.c, intervals.c).  One form per case; expectations in
;; textprop-cases.expected come from GNU Emacs 28.2 (scripts/gen-cases.sh textprop).
;; Results avoid printing strings whose runs hold several properties: GNU prints those through a copy
;; (see textprop-print-cases.el), so structure is shown with object-intervals and text-properties-at.

;;; propertize and text-properties-at
(propertize "abc" 'face 'bold)
(text-properties-at 0 (propertize "abc" 'a 1 'b 2 'c 3))
(object-intervals (propertize "abc" 'a 1 'b 2))
(propertize "" 'a 1)
(propertize "abc")
(condition-case e (propertize "abc" 'a) (error e))
(condition-case e (propertize 'abc 'a 1) (error e))
(let ((s (propertize "abc" 'a 1))) (list (text-properties-at 2 s) (text-properties-at 3 s)))
(condition-case e (text-properties-at 4 (propertize "abc" 'a 1)) (error e))
(condition-case e (text-properties-at -1 "abc") (error e))
(condition-case e (text-properties-at 0 1) (error e))
(condition-case e (text-properties-at 'x "abc") (error e))
(text-properties-at 0 "")
(let ((s "abc")) (eq s (propertize s)))

;;; get-text-property: categories, aliases, defaults
(get-text-property 1 'a (propertize "abc" 'a 1))
(get-text-property 3 'a (propertize "abc" 'a 1))
(progn (put 'tp-cat 'face 'italic) (get-text-property 0 'face (propertize "x" 'category 'tp-cat)))
(get-text-property 0 'face (propertize "x" 'category 'tp-cat 'face 'bold))
(let ((char-property-alias-alist '((face font-lock-face other)))) (get-text-property 0 'face (propertize "x" 'other 1 'font-lock-face 2)))
(let ((default-text-properties '(foo 7))) (list (get-text-property 0 'foo "abc") (get-text-property 3 'foo "abc") (text-properties-at 0 "abc")))
(get-char-property 1 'a (propertize "abc" 'a 1))
(get-char-property-and-overlay 1 'a (propertize "abc" 'a 1))
(get-pos-property 1 'a (propertize "abc" 'a 1))

;;; put-text-property, add-text-properties: return values and structure
(let ((s (copy-sequence "abcdef"))) (list (put-text-property 1 3 'a 1 s) (add-text-properties 1 3 '(a 1) s) (add-text-properties 0 3 '(a 1) s) (add-text-properties 2 5 '(b 2) s) (object-intervals s)))
(let ((s (copy-sequence "abcdef"))) (put-text-property 0 3 'f 1 s) (put-text-property 3 6 'f 1 s) (put-text-property 1 4 'g 2 s) (object-intervals s))
(let ((s (copy-sequence "abc"))) (list (add-text-properties 3 0 '(a 1) s) (object-intervals s)))
(let ((s (copy-sequence "abc"))) (list (add-text-properties 0 2 'foo s) (object-intervals s)))
(let ((s (copy-sequence "abc"))) (list (add-text-properties 0 2 nil s) s))
(condition-case e (add-text-properties 0 2 '(a 1 b) (copy-sequence "abc")) (error e))
(condition-case e (add-text-properties 0 2 '(a 1 b) 5) (error e))
(condition-case e (put-text-property 0 4 'a 1 (copy-sequence "abc")) (error e))
(condition-case e (put-text-property 4 2 'a 1 (copy-sequence "abc")) (error e))
(put-text-property 5 5 'a 1 "abc")
(add-text-properties 7 7 '(a 1) "abc")
(condition-case e (put-text-property 0 1 'a 1 'sym) (error e))
(condition-case e (put-text-property 'x 1 'a 1 "abc") (error e))
(let ((s (propertize "ab" 'a 1))) (add-text-properties 0 2 '(b 2 a 3) s) (text-properties-at 0 s))
(let* ((s (propertize "ab" 'a 1)) (p (text-properties-at 0 s))) (put-text-property 0 2 'a 2 s) (list p (eq p (text-properties-at 0 s))))
(let ((s (propertize "ab" 'a (list 1)))) (list (add-text-properties 0 2 (list 'a (list 1)) s) (text-properties-at 0 s)))

;;; add-face-text-property
(let ((s (propertize "abcdef" 'face 'bold))) (add-face-text-property 2 4 'italic nil s) (add-face-text-property 3 5 'under t s) (object-intervals s))
(let ((s (copy-sequence "abc"))) (list (add-face-text-property 0 2 'bold nil s) (add-face-text-property 1 3 'bold nil s) (object-intervals s)))
(let ((s (propertize "abc" 'face '(:foreground "red")))) (add-face-text-property 0 3 'bold nil s) (add-face-text-property 0 1 'x t s) (object-intervals s))
(let ((s (propertize "abc" 'face '(a b)))) (add-face-text-property 0 3 'c t s) (add-face-text-property 0 3 'z nil s) (object-intervals s))

;;; set-text-properties
(let ((s (copy-sequence "abc"))) (list (set-text-properties 0 3 nil s) (put-text-property 0 1 'a 1 s) (set-text-properties 0 3 nil s) (object-intervals s)))
(let ((s (copy-sequence "abcdef"))) (put-text-property 0 3 'f 1 s) (put-text-property 3 6 'f 1 s) (list (set-text-properties 2 4 '(f 1) s) (object-intervals s)))
(let ((s (propertize "abcdef" 'a 1))) (list (set-text-properties 1 5 '(b 2 c 3) s) (object-intervals s)))
(let ((s (propertize "abcdef" 'a 1))) (put-text-property 2 3 'b 1 s) (put-text-property 4 5 'c 1 s) (set-text-properties 1 6 '(z 1) s) (object-intervals s))
(let ((s (copy-sequence "abc"))) (list (set-text-properties 0 2 nil s) (object-intervals s)))
(let ((s (propertize "abc" 'a 1))) (list (set-text-properties 1 2 nil s) (object-intervals s)))
(let ((s (copy-sequence "abc"))) (list (set-text-properties 1 2 'q s) (object-intervals s)))
(condition-case e (set-text-properties 0 1 '(a) (copy-sequence "abc")) (error e))

;;; remove-text-properties, remove-list-of-text-properties
(let ((s (propertize "abcdef" 'a 1 'b 2))) (list (remove-text-properties 1 3 '(a nil) s) (remove-text-properties 1 3 '(a nil) s) (remove-text-properties 0 6 '(zz nil) s) (object-intervals s)))
(let ((s (propertize "abcdef" 'a 1 'b 2))) (list (remove-list-of-text-properties 2 4 '(b a) s) (remove-list-of-text-properties 2 4 '(b) s) (object-intervals s)))
(let ((s (propertize "abc" 'a 1))) (remove-text-properties 0 3 '(a nil) s) (list s (object-intervals s) (equal-including-properties s "abc")))
(let ((s (propertize "abc" 'a 1))) (remove-text-properties 0 2 '(a nil) s) (list s (object-intervals s) (copy-sequence s) (substring s 0 2)))
(remove-text-properties 0 2 '(a nil) "abc")
(remove-list-of-text-properties 0 2 '(a) "abc")
(let ((s (concat (propertize "ab" 'a 1) "cd" (propertize "ef" 'a 2)))) (list (remove-list-of-text-properties 1 5 '(a) s) (object-intervals s)))
(let ((s (propertize "abc" 'a 1 'b 2 'a 3))) (list (text-properties-at 0 s) (remove-text-properties 0 3 '(a t) s) (text-properties-at 0 s)))

;;; next/previous property changes
(let ((s (concat "ab" (propertize "cd" 'a 1) "ef"))) (list (next-single-property-change 0 'a s) (next-single-property-change 2 'a s) (next-single-property-change 4 'a s) (next-single-property-change 0 'a s 1) (next-single-property-change 0 'a s 9) (next-single-property-change 6 'a s)))
(let ((s (concat "ab" (propertize "cd" 'a 1) "ef"))) (list (previous-single-property-change 6 'a s) (previous-single-property-change 4 'a s) (previous-single-property-change 2 'a s) (previous-single-property-change 6 'a s 5) (previous-single-property-change 0 'a s) (previous-single-property-change 3 'a s 0)))
(let ((s (concat "ab" (propertize "cd" 'a 1) (propertize "ef" 'b 1)))) (list (next-property-change 0 s) (next-property-change 2 s) (next-property-change 4 s) (next-property-change 0 s t) (next-property-change 4 s t) (next-property-change 0 s 1) (previous-property-change 6 s) (previous-property-change 4 s) (previous-property-change 2 s) (previous-property-change 6 s 5)))
(let ((s (copy-sequence "abcdef"))) (put-text-property 0 3 'f 1 s) (put-text-property 3 6 'f 1 s) (list (next-property-change 0 s) (next-property-change 0 s t) (previous-property-change 6 s) (next-single-property-change 0 'f s)))
(list (next-property-change 0 "abc") (next-property-change 0 "abc" 2) (next-property-change 1 "abc" t) (previous-property-change 3 "abc" 1))
(condition-case e (next-property-change 4 "abc") (error e))
(condition-case e (next-property-change 0 "abc" 'x) (error e))
(let ((s (concat "ab" (propertize "cd" 'a 1)))) (list (next-single-char-property-change 0 'a s) (next-single-char-property-change 2 'a s) (next-single-char-property-change 2 'a s 3) (previous-single-char-property-change 4 'a s) (previous-single-char-property-change 2 'a s) (previous-single-char-property-change 2 'a s 1)))
(condition-case e (next-single-char-property-change 0 'a "abc" 'x) (error e))
(progn (put 'tp-cat2 'q 1) (let ((s (concat "a" (propertize "b" 'category 'tp-cat2) (propertize "c" 'q 1) "d"))) (list (next-single-property-change 0 'q s) (next-single-property-change 1 'q s) (next-property-change 1 s))))

;;; text-property-any, text-property-not-all
(let ((s (concat "ab" (propertize "cd" 'a 1) "ef"))) (list (text-property-any 0 6 'a 1 s) (text-property-any 3 6 'a 1 s) (text-property-any 4 6 'a 1 s) (text-property-any 6 0 'a nil s) (text-property-not-all 0 6 'a nil s) (text-property-not-all 2 4 'a 1 s) (text-property-not-all 3 6 'a 1 s)))
(list (text-property-any 0 3 'a nil "abc") (text-property-any 2 1 'a nil "abc") (text-property-any 1 1 'a nil "abc") (text-property-any 0 3 'a 1 "abc") (text-property-not-all 0 3 'a nil "abc") (text-property-not-all 2 1 'a 1 "abc"))
(condition-case e (text-property-any 0 9 'a nil "abc") (error e))

;;; strings with properties through concat, substring, copy-sequence, format
(let ((s (propertize "abc" 'a 1 'b 2))) (list (text-properties-at 0 s) (text-properties-at 0 (substring s 0 2)) (text-properties-at 0 (copy-sequence s)) (text-properties-at 0 (concat s)) (text-properties-at 0 (format "%s" s)) (text-properties-at 0 (format "%s." s))))
(let ((s (propertize "abc" 'a 1 'b 2))) (object-intervals (concat s "x" s)))
(concat (propertize "a" 'f 1) (propertize "b" 'f 1))
(let ((s (copy-sequence "abcdef"))) (put-text-property 0 2 'f 1 s) (put-text-property 2 4 'f 1 s) (list (object-intervals (substring s 1 5)) (object-intervals (copy-sequence s)) (object-intervals (substring s 2 4)) (substring s 4)))
(substring-no-properties (propertize "abc" 'a 1) 1)
(concat "x" (propertize "abc" 'a 1) [?y] '(?z))
(format "%s-x" (propertize "abc" 'a 1))
(format (propertize "<%s>" 'q 1) "abc")
(object-intervals (format (propertize "%d|%s" 'q 1) 42 (propertize "xy" 'a 1)))
(format "%5s|%-4s|" (propertize "ab" 'a 1) (propertize "c" 'b 2))
(format "%.2s" (propertize "abcd" 'a 1))
(let ((s (propertize "abc" 'a 1))) (eq s (format "%s" s)))
(apply #'string (append "abc" nil))
(mapconcat #'identity (list (propertize "a" 'x 1) "b" (propertize "c" 'y 2)) "-")

;;; equal-including-properties and sxhash
(equal-including-properties (propertize "a" 'f 1 'g 2) (propertize "a" 'g 2 'f 1))
(equal-including-properties (propertize "a" 'f (list 1)) (propertize "a" 'f (list 1)))
(equal-including-properties (propertize "ab" 'f 1) (concat (propertize "a" 'f 1) (propertize "b" 'f 1)))
(equal-including-properties (propertize "ab" 'f 1) "ab")
(equal (propertize "ab" 'f 1) "ab")
(equal-including-properties (list (propertize "ab" 'f 1)) (list (propertize "ab" 'f 2)))
(= (sxhash-equal-including-properties (propertize "ab" 'f 1)) (sxhash-equal-including-properties (propertize "ab" 'f 1)))

;;; variables
text-property-default-nonsticky
(list char-property-alias-alist default-text-properties inhibit-point-motion-hooks)

;;; buffers: insertion and stickiness
(with-temp-buffer (insert "hello") (put-text-property 2 4 'face 'bold) (insert (propertize "X" 'q 1)) (goto-char 3) (insert "Z") (list (buffer-string) (object-intervals (current-buffer)) (get-text-property 2 'face) (next-single-char-property-change 1 'face)))
(with-temp-buffer (insert (propertize "abc" 'face 'bold)) (insert "x") (goto-char 1) (insert "y") (object-intervals (current-buffer)))
(with-temp-buffer (insert (propertize "abc" 'face 'bold)) (insert-and-inherit "x") (goto-char 1) (insert-and-inherit "y") (goto-char 3) (insert-and-inherit "z") (object-intervals (current-buffer)))
(with-temp-buffer (insert (propertize "abc" 'face 'bold 'rear-nonsticky t)) (insert-and-inherit "x") (goto-char 3) (insert-and-inherit "m") (object-intervals (current-buffer)))
(with-temp-buffer (insert (propertize "abc" 'face 'bold 'rear-nonsticky '(face) 'q 1)) (insert-and-inherit "x") (object-intervals (current-buffer)))
(with-temp-buffer (insert "--" (propertize "abc" 'face 'bold 'front-sticky t)) (goto-char 3) (insert-and-inherit "x") (goto-char 3) (insert "y") (object-intervals (current-buffer)))
(with-temp-buffer (insert (propertize "ab" 'a 1) (propertize "cd" 'b 2 'front-sticky '(b))) (goto-char 3) (insert-and-inherit "x") (object-intervals (current-buffer)))
(with-temp-buffer (insert (propertize "ab" 'display 1 'syntax-table 2 'q 3)) (insert-and-inherit "x") (goto-char 2) (insert-and-inherit "y") (object-intervals (current-buffer)))
(with-temp-buffer (insert "abc" (propertize "def" 'a 1) "ghi") (delete-region 3 8) (list (buffer-string) (object-intervals (current-buffer))))
(with-temp-buffer (insert "abc" (propertize "def" 'a 1) "ghi") (delete-region 1 10) (insert "x") (object-intervals (current-buffer)))
(with-temp-buffer (insert (propertize "abc" 'a 1) "def") (let ((s (buffer-substring 2 5))) (list (object-intervals s) (buffer-substring-no-properties 2 5) (object-intervals (buffer-substring 5 6)))))
(with-temp-buffer (insert (propertize "abcdefgh" 'a 1)) (object-intervals (buffer-substring 3 5)))
(with-temp-buffer (insert "abcdefgh") (put-text-property 7 8 'a 1) (list (object-intervals (buffer-substring 2 4)) (object-intervals (buffer-substring 1 3))))

;;; buffers: grafting inserted strings
(with-temp-buffer (insert (propertize "abcdef" 'a 1)) (goto-char 3) (insert (concat "x" (propertize "yz" 'b 2) "w")) (object-intervals (current-buffer)))
(with-temp-buffer (insert (propertize "abcdef" 'a 1)) (goto-char 3) (insert-and-inherit (concat "x" (propertize "yz" 'b 2 'a 5) "w")) (object-intervals (current-buffer)))
(with-temp-buffer (insert "abc") (goto-char 2) (insert (propertize "XY" 'q 1)) (goto-char 1) (insert (propertize "Z" 'r 1)) (goto-char (point-max)) (insert (propertize "W" 'r 1)) (object-intervals (current-buffer)))
(let ((src (generate-new-buffer "src"))) (with-current-buffer src (insert "ab" (propertize "cd" 'a 1) "ef")) (prog1 (with-temp-buffer (insert "12345") (goto-char 3) (insert-buffer-substring src 2 5) (object-intervals (current-buffer))) (kill-buffer src)))
(with-temp-buffer (insert (propertize "ab" 'face 'bold)) (insert (propertize "cd" 'face 'bold)) (object-intervals (current-buffer)))
(with-temp-buffer (insert (propertize "ab" 'face 'bold)) (erase-buffer) (insert (propertize "cd" 'x 1)) (insert "e") (object-intervals (current-buffer)))
(with-temp-buffer (insert "ab") (let ((m (copy-marker 2))) (goto-char 2) (insert-before-markers-and-inherit (propertize "Q" 'z 1)) (insert-and-inherit "R") (list (marker-position m) (object-intervals (current-buffer)))))
(with-temp-buffer (insert (propertize "abc" 'face 'bold) "def") (let ((s (buffer-string))) (list (object-intervals s) (text-properties-at 0 s))))
(with-temp-buffer (insert "a" (propertize "bcd" 'face 'bold) "e") (goto-char 3) (insert "X") (delete-region 2 6) (object-intervals (current-buffer)))

;;; buffers: primitives with positions and markers
(with-temp-buffer (insert "abcdef") (list (put-text-property 2 4 'a 1) (add-text-properties 2 4 '(a 1)) (text-properties-at 2) (text-properties-at 4) (get-text-property (point-min-marker) 'a) (next-single-property-change 1 'a) (previous-single-property-change 7 'a) (text-property-any 1 7 'a 1) (text-property-not-all 2 7 'a 1)))
(with-temp-buffer (insert "abcdef") (list (condition-case e (put-text-property 0 3 'a 1) (error e)) (condition-case e (text-properties-at 8) (error e)) (condition-case e (get-char-property 9 'a) (error e)) (text-properties-at 7)))
(with-temp-buffer (insert "abcdef") (put-text-property 2 4 'a 1) (narrow-to-region 3 5) (list (condition-case e (text-properties-at 2) (error e)) (next-single-property-change 3 'a) (next-single-char-property-change 3 'a) (previous-single-char-property-change 5 'a) (next-char-property-change 3) (previous-char-property-change 5) (next-property-change 3)))
(with-temp-buffer (insert "abcdef") (put-text-property 2 4 'a 1) (list (next-char-property-change 1) (next-char-property-change 2) (next-char-property-change 4) (next-char-property-change 4 5) (next-char-property-change 7) (next-char-property-change 1 100) (previous-char-property-change 7) (previous-char-property-change 4) (previous-char-property-change 2 1) (previous-char-property-change 1 -5) (next-single-char-property-change 4 'a nil 100) (next-single-char-property-change 7 'a nil 100) (next-single-char-property-change 1 'a nil 0)))
(with-temp-buffer (insert "abcdef") (put-text-property 2 4 'a 1) (list (previous-single-char-property-change 7 'a) (previous-single-char-property-change 3 'a) (previous-single-char-property-change 7 'a nil 5) (condition-case e (previous-single-char-property-change 4 'a nil -5) (error e)) (condition-case e (next-char-property-change 9) (error e))))
(with-temp-buffer (insert "abcdef") (put-text-property 3 5 'face 'bold) (let ((m (copy-marker 3))) (list (get-text-property m 'face) (next-single-property-change m 'face) (set-text-properties 1 m nil) (object-intervals (current-buffer)))))
(let ((b (generate-new-buffer "tp"))) (with-current-buffer b (insert "abcdef")) (list (put-text-property 2 4 'a 1 b) (get-text-property 2 'a b) (text-properties-at 1 b) (next-single-char-property-change 1 'a b) (previous-single-char-property-change 7 'a b) (prog1 (object-intervals b) (kill-buffer b))))
(with-temp-buffer (insert "abcdef") (put-text-property 2 4 'face 'bold) (list (get-pos-property 2 'face) (get-pos-property 3 'face) (get-pos-property 4 'face) (get-pos-property 5 'face)))
(with-temp-buffer (insert "abcdef") (put-text-property 2 4 'face 'bold) (put-text-property 2 4 'front-sticky t) (put-text-property 3 4 'rear-nonsticky '(face)) (list (get-pos-property 2 'face) (get-pos-property 3 'face) (get-pos-property 4 'face)))
(with-temp-buffer (insert "abcdef") (put-text-property 2 4 'display 'x) (list (get-pos-property 3 'display) (get-pos-property 4 'display)))

;;; buffers: modification state and undo
(with-temp-buffer (insert "abcdef") (set-buffer-modified-p nil) (list (buffer-modified-p) (put-text-property 2 4 'a 1) (buffer-modified-p) (progn (set-buffer-modified-p nil) (add-text-properties 2 4 '(a 1))) (buffer-modified-p)))
(with-temp-buffer (buffer-enable-undo) (insert "abcdef") (setq buffer-undo-list nil) (put-text-property 2 4 'a 1) (put-text-property 3 6 'a 2) (add-text-properties 1 3 '(b 3)) buffer-undo-list)
(with-temp-buffer (buffer-enable-undo) (insert "abcdef") (put-text-property 1 7 'a 1) (setq buffer-undo-list nil) (set-text-properties 3 5 '(c 1)) (remove-text-properties 1 3 '(a nil)) (remove-list-of-text-properties 5 7 '(a)) buffer-undo-list)
(with-temp-buffer (buffer-enable-undo) (insert (propertize "abc" 'face 'bold)) (setq buffer-undo-list nil) (insert "x") (goto-char 2) (insert "y") buffer-undo-list)
(with-temp-buffer (buffer-enable-undo) (insert "abcdef") (put-text-property 2 5 'a 1) (undo-boundary) (setq buffer-undo-list nil) (put-text-property 3 4 'a 9) (primitive-undo 1 buffer-undo-list) (object-intervals (current-buffer)))

;;; buffers: read-only text and hooks
(with-temp-buffer (insert "abcdef") (put-text-property 2 4 'read-only t) (list (condition-case e (progn (goto-char 3) (insert "x")) (error e)) (condition-case e (delete-region 1 3) (error e)) (condition-case e (put-text-property 2 3 'face 'bold) (error e)) (progn (goto-char 2) (insert "y") (buffer-substring-no-properties 1 (point-max))) (condition-case e (progn (goto-char 5) (insert "z")) (error e)) (progn (goto-char 6) (insert "w") (buffer-substring-no-properties 1 (point-max)))))
(with-temp-buffer (insert "abcdef") (put-text-property 2 4 'read-only 'ro) (list (condition-case e (delete-region 2 3) (error e)) (let ((inhibit-read-only '(ro))) (delete-region 2 3) (buffer-substring-no-properties 1 (point-max))) (let ((inhibit-read-only '(x))) (condition-case e (delete-region 1 3) (error e))) (let ((inhibit-read-only t)) (delete-region 1 3) (buffer-substring-no-properties 1 (point-max)))))
(with-temp-buffer (insert "abcdef") (put-text-property 2 4 'read-only "msg") (list (condition-case e (delete-region 2 3) (error e)) (condition-case e (progn (goto-char 3) (insert "q")) (error e)) (let ((inhibit-read-only t)) (put-text-property 2 4 'face 'bold) (object-intervals (current-buffer)))))
(with-temp-buffer (insert "abcdef") (let ((inhibit-read-only t)) (put-text-property 2 4 'read-only t) (put-text-property 2 4 'front-sticky '(read-only)) (put-text-property 2 4 'rear-nonsticky '(read-only))) (list (condition-case e (progn (goto-char 2) (insert "x")) (error e)) (progn (goto-char 4) (insert "y") (buffer-substring-no-properties 1 (point-max))) (condition-case e (progn (goto-char 1) (insert "z")) (error e))))
(with-temp-buffer (insert "abcdef") (put-text-property 2 4 'inhibit-read-only t) (put-text-property 2 4 'read-only t) (delete-region 2 3) (buffer-substring-no-properties 1 (point-max)))
(with-temp-buffer (insert "abcdef") (put-text-property 2 4 'read-only t) (setq buffer-read-only t) (list (condition-case e (barf-if-buffer-read-only 2) (error e)) (let ((inhibit-read-only t)) (barf-if-buffer-read-only 2))))
(progn (put 'tp-ro-cat 'read-only t) (with-temp-buffer (insert "abcdef") (put-text-property 2 4 'category 'tp-ro-cat) (list (condition-case e (delete-region 2 3) (error e)) (condition-case e (progn (goto-char 4) (insert "x")) (error e)) (progn (goto-char 2) (insert "y") (point)))))
(let ((log nil)) (with-temp-buffer (insert "abcdef") (put-text-property 2 4 'modification-hooks (list (lambda (b e) (push (list 'mod b e) log)))) (put-text-property 2 4 'insert-in-front-hooks (list (lambda (b e) (push (list 'front b e) log)))) (put-text-property 2 4 'insert-behind-hooks (list (lambda (b e) (push (list 'behind b e) log)))) (delete-region 3 5) (goto-char 2) (insert "XY") (goto-char 5) (insert "Z") (list (nreverse log) (buffer-substring-no-properties 1 (point-max)))))
(let ((log nil)) (with-temp-buffer (insert "abcdef") (add-hook 'after-change-functions (lambda (b e l) (push (list 'after b e l) log)) nil t) (add-hook 'before-change-functions (lambda (b e) (push (list 'before b e) log)) nil t) (put-text-property 2 4 'a 1) (put-text-property 2 4 'a 1) (add-text-properties 1 3 '(a 1)) (remove-text-properties 1 7 '(zz nil)) (remove-text-properties 1 7 '(a nil)) (set-text-properties 2 3 '(q 1)) (nreverse log)))
(with-temp-buffer (insert "abc") (put-text-property 1 3 'modification-hooks 'ignore) (condition-case e (delete-region 1 2) (error e)))
(let ((log nil)) (with-temp-buffer (insert "abcdef") (put-text-property 1 3 'modification-hooks (list (lambda (b e) (push (list 'one b e) log)))) (put-text-property 3 5 'modification-hooks (list (lambda (b e) (push (list 'two b e) log)))) (let ((inhibit-modification-hooks t)) (delete-region 2 3)) (delete-region 1 5) (nreverse log)))
