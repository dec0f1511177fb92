// Tests of buffer objects, the buffer list and overlays (GNU: buffer.c): Lisp-in/Lisp-out cases whose expected
// results come from GNU Emacs 28.2 (emacs -Q --batch, each form evaluated alone with lexical-binding t),
// plus JS-level checks of the Buffer object, the initial buffers and per-buffer variables.
import { test } from "node:test";
import assert from "node:assert/strict";
import { evalLisp, printed, setup } from "./helpers.js";
import { E } from "../src/env.js";
import { LString, NIL, T } from "../src/lisp.js";
import { Buffer, bufferCharView, curBuf, initBuffers } from "../src/buffer.js";
import { insertJs } from "../src/insdel.js";

// default-directory of new buffers comes from the directory Emacs starts in; the expectations used /tmp.
process.chdir("/tmp");
setup();

/** [form, GNU's prin1 of its value or "ERROR: " + prin1 of the error]. */
const CASES: [string, string][] = [
  ["(buffer-name)", "\"*scratch*\""],
  ["(mapcar #'buffer-name (buffer-list))", "(\"*scratch*\" \" *Minibuf-0*\" \"*Messages*\")"],
  ["(bufferp (current-buffer))", "t"],
  ["(set-buffer 1)", "ERROR: (wrong-type-argument stringp 1)"],
  ["(set-buffer \"no such buffer\")", "ERROR: (error \"No buffer named no such buffer\")"],
  ["(let ((b (generate-new-buffer \"x\"))) (kill-buffer b) (set-buffer b))", "ERROR: (error \"Selecting deleted buffer\")"],
  ["(get-buffer-create \"\")", "ERROR: (error \"Empty string for buffer name is not allowed\")"],
  ["(kill-buffer \"no such buffer\")", "ERROR: (error \"No buffer named no such buffer\")"],
  ["(kill-buffer 3)", "ERROR: (wrong-type-argument stringp 3)"],
  ["(buffer-name 3)", "ERROR: (wrong-type-argument bufferp 3)"],
  ["(let ((b (generate-new-buffer \"x\"))) (kill-buffer b) (list (buffer-name b) (buffer-live-p b) b))", "(nil nil #<killed buffer>)"],
  ["(with-temp-buffer (rename-buffer \"\"))", "ERROR: (error \"Empty string is invalid as a buffer name\")"],
  ["(let ((z (get-buffer-create \"zz\"))) (unwind-protect (with-temp-buffer (rename-buffer \"zz\")) (kill-buffer z)))", "ERROR: (error \"Buffer name ‘zz’ is in use\")"],
  ["(make-indirect-buffer \"no such buffer\" \"y\")", "ERROR: (error \"No such buffer: ‘no such buffer’\")"],
  ["(generate-new-buffer-name \"*scratch*\")", "\"*scratch*<2>\""],
  ["(generate-new-buffer-name \"*scratch*\" \"*scratch*<2>\")", "\"*scratch*<2>\""],
  ["(generate-new-buffer-name \"fresh-name\")", "\"fresh-name\""],
  ["(generate-new-buffer-name 5)", "ERROR: (wrong-type-argument stringp 5)"],
  ["(let ((bs (list (generate-new-buffer \"a\") (generate-new-buffer \"a\") (generate-new-buffer \"a\" t)))) (prog1 (mapcar #'buffer-name bs) (mapc #'kill-buffer bs)))", "(\"a\" \"a<2>\" \"a<3>\")"],
  ["(let ((b (generate-new-buffer \"b\"))) (bury-buffer \"b\") (prog1 (mapcar #'buffer-name (buffer-list)) (kill-buffer b)))", "(\"*scratch*\" \" *Minibuf-0*\" \"*Messages*\" \"b\")"],
  ["(buffer-name (other-buffer))", "\"*Messages*\""],
  ["(with-temp-buffer (buffer-name (other-buffer)))", "\"*Messages*\""],
  ["(buffer-name (other-buffer (get-buffer \"*Messages*\")))", "\"*scratch*\""],
  ["(buffer-size 3)", "ERROR: (wrong-type-argument bufferp 3)"],
  ["(buffer-modified-p \"x\")", "ERROR: (wrong-type-argument bufferp \"x\")"],
  ["(get-buffer 3)", "ERROR: (wrong-type-argument stringp 3)"],
  ["(list (buffer-live-p 3) (buffer-live-p nil) (buffer-live-p (current-buffer)))", "(nil nil t)"],
  ["(progn (get-buffer-create \"q\") (kill-buffer \"q\"))", "t"],
  ["(buffer-file-name 2)", "ERROR: (wrong-type-argument bufferp 2)"],
  ["(with-temp-buffer (set-buffer-modified-p t))", "nil"],
  ["(with-temp-buffer (kill-buffer \" *Minibuf-0*\"))", "nil"],
  ["(with-temp-buffer (let ((b (current-buffer))) (list (kill-buffer) (buffer-live-p b) (buffer-name (current-buffer)))))", "(t nil \"*Messages*\")"],
  ["(with-temp-buffer (buffer-local-variables))", "((buffer-undo-list . t) (buffer-display-time) (buffer-display-count . 0) (buffer-invisibility-spec . t) (buffer-file-truename) (point-before-scroll) (buffer-auto-save-file-format . t) (buffer-file-format) (enable-multibyte-characters . t) (mark-active) (mode-name . \"Fundamental\") (local-minor-modes) (major-mode . fundamental-mode) (buffer-read-only) (buffer-auto-save-file-name) (buffer-saved-size . 0) (buffer-backed-up) (default-directory . \"/tmp/\") (buffer-file-name))"],
  ["(with-temp-buffer (setq fill-column 3 tab-width 4 case-fold-search nil truncate-lines t cursor-type nil left-margin 2 abbrev-mode t) (set (make-local-variable 'foo) 1) (set (make-local-variable 'bar) 2) (buffer-local-variables))", "((buffer-undo-list . t) (cursor-type) (buffer-display-time) (buffer-display-count . 0) (buffer-invisibility-spec . t) (buffer-file-truename) (point-before-scroll) (buffer-auto-save-file-format . t) (buffer-file-format) (enable-multibyte-characters . t) (mark-active) (abbrev-mode . t) (truncate-lines . t) (left-margin . 2) (fill-column . 3) (tab-width . 4) (case-fold-search) (mode-name . \"Fundamental\") (local-minor-modes) (major-mode . fundamental-mode) (buffer-read-only) (buffer-auto-save-file-name) (buffer-saved-size . 0) (buffer-backed-up) (default-directory . \"/tmp/\") (buffer-file-name) (foo . 1) (bar . 2))"],
  ["(with-temp-buffer (setq local-minor-modes '(x)) (setq mark-active t buffer-read-only t) (setq fill-column 3 truncate-lines t) (kill-all-local-variables) (list local-minor-modes mark-active buffer-read-only fill-column truncate-lines (local-variable-p 'truncate-lines)))", "((x) t t 70 t t)"],
  ["(with-temp-buffer (set (make-local-variable 'foo) 1) (set (make-local-variable 'bar) 2) (put 'bar 'permanent-local t) (kill-all-local-variables) (prog1 (list (local-variable-p 'foo) (local-variable-p 'bar) major-mode mode-name) (put 'bar 'permanent-local nil)))", "(nil t fundamental-mode \"Fundamental\")"],
  ["(with-temp-buffer (set (make-local-variable 'my-hook) (list 'f1 'g1 t)) (put 'my-hook 'permanent-local 'permanent-local-hook) (put 'g1 'permanent-local-hook t) (kill-all-local-variables) my-hook)", "(g1 t)"],
  ["(with-temp-buffer (let* ((log nil) (change-major-mode-hook (list (lambda () (setq log (cons major-mode log)))))) (setq major-mode 'foo-mode) (kill-all-local-variables) (list log major-mode)))", "((foo-mode) fundamental-mode)"],
  ["(setq enable-multibyte-characters nil)", "ERROR: (setting-constant enable-multibyte-characters)"],
  ["(let ((enable-multibyte-characters nil)) 1)", "ERROR: (setting-constant enable-multibyte-characters)"],
  ["(set-default 'enable-multibyte-characters nil)", "ERROR: (setting-constant enable-multibyte-characters)"],
  ["(with-temp-buffer (list (local-variable-p 'buffer-file-name) (setq buffer-file-name \"x\") (kill-local-variable 'buffer-file-name) buffer-file-name))", "(t \"x\" buffer-file-name \"x\")"],
  ["(with-temp-buffer (setq fill-column 3) (list (kill-local-variable 'fill-column) fill-column (local-variable-p 'fill-column)))", "(fill-column 70 nil)"],
  ["(with-temp-buffer (setq buffer-read-only t) (condition-case e (insert \"x\") (buffer-read-only (list (car e) (eq (cadr e) (current-buffer))))))", "(buffer-read-only t)"],
  ["(with-temp-buffer (let ((fill-column 10)) (list fill-column (local-variable-p 'fill-column) (default-value 'fill-column))))", "(10 nil 10)"],
  ["(with-temp-buffer (let ((fill-column 10)) (setq fill-column 20) (list fill-column (local-variable-p 'fill-column) (default-value 'fill-column))))", "(20 nil 20)"],
  ["(with-temp-buffer (setq fill-column 5) (let ((fill-column 10)) (list fill-column (local-variable-p 'fill-column) (default-value 'fill-column))))", "(10 t 70)"],
  ["(with-temp-buffer (list major-mode mode-name buffer-undo-list (local-variable-p 'fill-column) (local-variable-p 'buffer-undo-list) (local-variable-p 'major-mode) (local-variable-p 'case-fold-search) (local-variable-if-set-p 'fill-column)))", "(fundamental-mode \"Fundamental\" t nil t t nil t)"],
  ["(with-temp-buffer (list (buffer-modified-tick) (buffer-chars-modified-tick) (progn (insert \"abc\") (buffer-modified-tick)) (buffer-chars-modified-tick) (progn (set-buffer-modified-p nil) (buffer-modified-tick)) (buffer-modified-p) (progn (set-buffer-modified-p t) (buffer-modified-tick)) (buffer-modified-p) (restore-buffer-modified-p nil) (buffer-modified-p) (progn (delete-region 1 2) (buffer-modified-tick)) (buffer-chars-modified-tick)))", "(1 1 2 2 2 nil 3 t nil nil 4 4)"],
  ["(with-temp-buffer (list (buffer-name) (progn (rename-buffer \"foo\" t) (buffer-name)) (rename-buffer \"*scratch*\" t)))", "(\" *temp*\" \"foo\" \"*scratch*<2>\")"],
  ["(with-temp-buffer (let ((n (buffer-name))) (equal (rename-buffer n) n)))", "t"],
  ["(with-temp-buffer (setq default-directory \"/tmp/\") (let ((b (generate-new-buffer \"x\"))) (prog1 (buffer-local-value 'default-directory b) (kill-buffer b))))", "\"/tmp/\""],
  ["(with-temp-buffer (list (local-variable-p 'major-mode) (local-variable-p 'fill-column) (local-variable-if-set-p 'foo) (buffer-local-value 'fill-column (current-buffer))))", "(t nil nil 70)"],
  ["(let* ((log nil) (kill-buffer-hook (list (lambda () (push (buffer-name) log))))) (kill-buffer (generate-new-buffer \"kk\")) (kill-buffer (generate-new-buffer \"kk2\" t)) log)", "(\"kk\")"],
  ["(let ((kill-buffer-query-functions (list (lambda () nil)))) (list (kill-buffer (get-buffer-create \"kq\")) (buffer-live-p (get-buffer \"kq\")) (let ((kill-buffer-query-functions nil)) (kill-buffer \"kq\"))))", "(nil t t)"],
  ["(let* ((log nil) (buffer-list-update-hook (list (lambda () (push 'u log))))) (generate-new-buffer \"x1\") (generate-new-buffer \"x2\" t) (kill-buffer \"x1\") (kill-buffer \"x2\") log)", "(u u)"],
  ["(with-temp-buffer (insert \"abc\") (let ((s (buffer-string))) (list s (multibyte-string-p s))))", "(\"abc\" t)"],
  ["(with-temp-buffer (set-buffer-multibyte nil) (insert \"abc\") (let ((s (buffer-string))) (list s (multibyte-string-p s) enable-multibyte-characters)))", "(\"abc\" nil nil)"],
  ["(with-temp-buffer (set-buffer-multibyte nil) (insert 233 4194303 \"é\") (list (buffer-string) (append (buffer-string) nil)))", "(\"\\351\\377\\351\" (233 255 233))"],
  ["(with-temp-buffer (insert \"a€b\") (set-buffer-multibyte nil) (list (append (buffer-string) nil) (buffer-size) (point)))", "((97 226 130 172 98) 5 6)"],
  ["(with-temp-buffer (insert \"a€b\") (set-buffer-multibyte nil) (set-buffer-multibyte t) (list (buffer-string) (buffer-size) (point)))", "(\"a€b\" 3 4)"],
  ["(with-temp-buffer (insert \"abc\") (insert \"\\xff\") (list (char-before) (buffer-size)))", "(4194303 4)"],
  ["(with-temp-buffer (buffer-enable-undo) (insert \"é\") (set-buffer-multibyte nil) buffer-undo-list)", "((apply set-buffer-multibyte t) (1 . 2) (t . 0))"],
  ["(with-temp-buffer (list (buffer-disable-undo) buffer-undo-list (buffer-enable-undo) buffer-undo-list))", "(t t nil nil)"],
  ["(with-temp-buffer (insert \"abc\") (erase-buffer) (list (buffer-string) (point) (buffer-size)))", "(\"\" 1 0)"],
  ["(with-temp-buffer (insert \"abcdef\") (narrow-to-region 2 3) (erase-buffer) (list (buffer-string) (point-min) (point-max)))", "(\"\" 1 1)"],
  ["(with-temp-buffer (insert \"abc\") (save-excursion (goto-char 1) (insert \"XX\")) (point))", "6"],
  ["(with-temp-buffer (insert \"abc\") (goto-char 2) (save-excursion (goto-char 1) (delete-region 1 3)) (point))", "1"],
  ["(with-temp-buffer (let ((b (current-buffer))) (with-temp-buffer (save-excursion (set-buffer b) (insert \"x\"))) (list (buffer-string) (point))))", "(\"x\" 2)"],
  ["(with-temp-buffer (insert \"abcdef\") (save-restriction (narrow-to-region 2 4) (list (point-min) (point-max) (buffer-string) (progn (insert \"Z\") (point-max)))))", "(2 4 \"bc\" 5)"],
  ["(with-temp-buffer (insert \"abcdef\") (save-restriction (narrow-to-region 2 4) (goto-char 3) (insert \"Q\")) (list (point-min) (point-max) (buffer-string) (point)))", "(1 8 \"abQcdef\" 4)"],
  ["(with-temp-buffer (insert \"abcdef\") (narrow-to-region 2 4) (save-restriction (widen) (goto-char 1) (insert \"Q\")) (list (point-min) (point-max) (buffer-string)))", "(3 5 \"bc\")"],
  ["(with-temp-buffer (insert \"abcdef\") (narrow-to-region 2 4) (save-restriction (widen) (delete-region 1 6)) (list (point-min) (point-max) (buffer-string)))", "(1 1 \"\")"],
  ["(with-temp-buffer (let ((b (current-buffer))) (list (eq (save-current-buffer (set-buffer (get-buffer-create \"*Messages*\")) (current-buffer)) b) (eq (current-buffer) b))))", "(nil t)"],
  ["(with-temp-buffer (let ((b (current-buffer))) (with-temp-buffer (let ((c (current-buffer))) (save-current-buffer (set-buffer b) (kill-buffer c)) (buffer-live-p c)))))", "nil"],
  ["(let ((b (get-buffer-create \"base\"))) (with-current-buffer b (insert \"hello world\")) (let ((i (make-indirect-buffer b \"ind\"))) (prog1 (with-current-buffer i (goto-char 3) (insert \"XX\") (list (buffer-string) (point) (with-current-buffer b (list (point) (buffer-string))) (buffer-name (buffer-base-buffer i)) (progn (kill-buffer b) (buffer-live-p i)))) (kill-buffer b))))", "(\"heXXllo world\" 5 (14 \"heXXllo world\") \"base\" nil)"],
  ["(let ((b (get-buffer-create \"base\"))) (with-current-buffer b (insert \"hello world\") (narrow-to-region 3 6)) (let ((i (make-indirect-buffer b \"ind\" t))) (prog1 (with-current-buffer i (list (point-min) (point-max) (point) (buffer-string))) (kill-buffer b))))", "(3 6 6 \"llo\")"],
  ["(let ((b (get-buffer-create \"base\"))) (with-current-buffer b (insert \"hello world\") (narrow-to-region 3 6) (goto-char 4)) (let ((i (make-indirect-buffer b \"ind\"))) (prog1 (with-current-buffer i (list (point-min) (point-max) (point) (buffer-string) (progn (goto-char 1) (insert \"ABC\") (point)) (with-current-buffer b (list (point-min) (point-max) (point) (buffer-string))))) (kill-buffer b))))", "(3 6 4 \"llo\" 6 (3 9 7 \"ABCllo\"))"],
  ["(let ((b (get-buffer-create \"base\"))) (let ((i (make-indirect-buffer b \"ind\"))) (prog1 (list (buffer-base-buffer b) (buffer-name (buffer-base-buffer i)) (buffer-name (buffer-base-buffer (make-indirect-buffer i \"ind2\"))) (condition-case e (make-indirect-buffer b \"ind\") (error e))) (kill-buffer b) (list (buffer-live-p i)))))", "(nil \"base\" \"base\" (error \"Buffer name ‘ind’ is in use\"))"],
  ["(with-temp-buffer (prin1 'foo (current-buffer)) (print \"x\" (current-buffer)) (princ 12 (current-buffer)) (buffer-string))", "\"foo\n\\\"x\\\"\n12\""],
  ["(with-output-to-string (princ \"hi\") (prin1 '(1 2)))", "\"hi(1 2)\""],
  ["(with-temp-buffer (list (prin1-to-string (current-buffer)) (format \"%s\" (current-buffer)) (let ((b (current-buffer))) (with-temp-buffer (kill-buffer b) (prin1-to-string b)))))", "(\"#<buffer  *temp*>\" \" *temp*\" \"#<killed buffer>\")"],
  ["(with-temp-buffer (setq buffer-file-name \"/tmp/x.txt\") (prog1 (buffer-name (get-file-buffer \"/tmp/x.txt\")) (setq buffer-file-name nil)))", "\" *temp*\""],
  ["(get-file-buffer \"/nonexistent/file\")", "nil"],
  ["(with-temp-buffer (buffer-enable-undo \"no such buffer\"))", "ERROR: (error \"No buffer named no such buffer\")"],
  ["(with-temp-buffer (insert (make-string 20 ?x)) (let ((a (make-overlay 1 5)) (b (make-overlay 2 8)) (c (make-overlay 3 4)) (d (make-overlay 3 10)) (e (make-overlay 12 12))) (overlay-put a 'n \"a\") (overlay-put b 'n \"b\") (overlay-put c 'n \"c\") (overlay-put d 'n \"d\") (overlay-put e 'n \"e\") (let ((f (lambda (l) (mapcar (lambda (o) (overlay-get o 'n)) l)))) (list (funcall f (overlays-at 3)) (funcall f (overlays-at 3 t)) (funcall f (overlays-in 1 20)) (funcall f (overlays-in 3 4)) (funcall f (car (overlay-lists))) (funcall f (cdr (overlay-lists))) (progn (overlay-recenter 6) (list (funcall f (car (overlay-lists))) (funcall f (cdr (overlay-lists))) (funcall f (overlays-in 1 20)) (funcall f (overlays-at 3)))) (next-overlay-change 1) (next-overlay-change 10) (next-overlay-change 12) (previous-overlay-change 12) (previous-overlay-change 1) (prin1-to-string a) (prin1-to-string e) (progn (delete-overlay a) (prin1-to-string a))))))", "((\"d\" \"b\" \"a\" \"c\") (\"c\" \"d\" \"b\" \"a\") (\"e\" \"d\" \"b\" \"a\" \"c\") (\"d\" \"b\" \"a\" \"c\") (\"e\" \"d\" \"b\" \"a\" \"c\") nil ((\"a\" \"c\") (\"b\" \"d\" \"e\") (\"a\" \"c\" \"b\" \"d\" \"e\") (\"a\" \"c\" \"b\" \"d\")) 2 12 21 10 1 \"#<overlay from 1 to 5 in  *temp*>\" \"#<overlay from 12 to 12 in  *temp*>\" \"#<overlay in no buffer>\")"],
  ["(with-temp-buffer (insert \"abcdef\") (let* ((log nil) (o (make-overlay 2 4))) (overlay-put o 'modification-hooks (list (lambda (&rest args) (push args log)))) (overlay-put o 'insert-in-front-hooks (list (lambda (&rest args) (push (cons 'front args) log)))) (overlay-put o 'insert-behind-hooks (list (lambda (&rest args) (push (cons 'behind args) log)))) (goto-char 3) (insert \"X\") (goto-char 2) (insert \"Y\") (goto-char 6) (insert \"Z\") (delete-region 3 5) (mapcar (lambda (e) (mapcar (lambda (x) (if (overlayp x) 'ov x)) e)) (nreverse log))))", "((ov nil 3 3) (ov t 3 4 0) (front ov nil 2 2) (front ov t 2 3 0) (behind ov nil 6 6) (behind ov t 6 7 0) (ov nil 3 5) (ov t 3 3 2))"],
  ["(with-temp-buffer (insert \"abcdef\") (let ((o (make-overlay 2 4))) (overlay-put o 'evaporate t) (delete-region 2 4) (list (overlay-buffer o) (overlay-start o))))", "(nil nil)"],
  ["(with-temp-buffer (insert \"abcdef\") (let ((o (make-overlay 2 2))) (list (overlay-put o 'evaporate t) (overlay-buffer o))))", "(t nil)"],
  ["(with-temp-buffer (insert \"abcdef\") (let ((o (make-overlay 2 4 nil t nil)) (p (make-overlay 2 4 nil nil t))) (goto-char 2) (insert \"X\") (goto-char 5) (insert \"Y\") (list o p)))", "(#<overlay in no buffer> #<overlay in no buffer>)"],
  ["(with-temp-buffer (insert \"abcdef\") (let ((o (make-overlay 3 3 nil t nil))) (goto-char 3) (insert \"XX\") o))", "#<overlay in no buffer>"],
  ["(with-temp-buffer (insert \"abcdef\") (let ((o (make-overlay 2 4))) (overlay-put o 'face 'bold) (overlay-put o 'priority 5) (list (overlay-properties o) (get-char-property 2 'face) (get-char-property 4 'face) (get-pos-property 2 'face) (get-pos-property 4 'face) (get-pos-property 3 'face) (copy-overlay o) (overlay-properties (copy-overlay o)))))", "((priority 5 face bold) bold nil bold nil bold #<overlay in no buffer> (face bold priority 5))"],
  ["(with-temp-buffer (insert \"abcdefghij\") (let ((o (make-overlay 2 9))) (overlay-put o 'k 1) (remove-overlays 4 6 'k 1) (mapcar (lambda (o) (list (overlay-start o) (overlay-end o))) (overlays-in 1 11))))", "((2 4) (6 9))"],
  ["(with-temp-buffer (insert \"abcdef\") (let ((o (make-overlay 2 4))) (list (equal o (copy-overlay o)) (eq o (copy-overlay o)) (overlay-put o 'x 1) (equal o (copy-overlay o)))))", "(t nil 1 t)"],
  ["(make-overlay 1 2 nil nil nil 1)", "ERROR: (wrong-number-of-arguments make-overlay 6)"],
  ["(make-overlay \"1\" 2)", "ERROR: (wrong-type-argument integer-or-marker-p \"1\")"],
  ["(make-overlay 1 2 (with-temp-buffer (current-buffer)))", "ERROR: (error \"Marker does not point anywhere\")"],
  ["(with-temp-buffer (insert \"abc\") (let ((m (with-temp-buffer (insert \"zz\") (point-marker)))) (make-overlay m 2)))", "ERROR: (error \"Marker points into wrong buffer\" #<marker in no buffer>)"],
  ["(with-temp-buffer (insert \"abcdef\") (let ((o (make-overlay 5 2))) (list (overlay-start o) (overlay-end o) (move-overlay o 10 0) (move-overlay o 3 3) (overlays-in 3 3) (overlays-in 1 3) (overlays-in 7 7) (progn (move-overlay o 7 7) (overlays-in 7 7)))))", "(2 5 #<overlay in no buffer> #<overlay in no buffer> (#<overlay in no buffer>) nil nil (#<overlay in no buffer>))"],
  ["(with-temp-buffer (insert \"abcdef\") (make-overlay 2 4) (make-overlay 1 1) (buffer-enable-undo) (delete-region 1 5) (mapcar (lambda (e) (if (markerp (car-safe e)) (cons 'marker (cdr e)) e)) buffer-undo-list))", "((\"abcd\" . 1) (marker . -1) (marker . -3))"],
  ["(with-temp-buffer (insert \"abc\") (let ((o (make-overlay 1 3))) (list (overlayp o) (overlayp 1) (type-of o) (progn (kill-buffer) (list o (overlay-buffer o) (overlay-start o))))))", "(t nil overlay (#<overlay in no buffer> nil nil))"],
  ["(with-temp-buffer (insert \"abcdef\") (let* ((o1 (make-overlay 1 5)) (o2 (make-overlay 2 4)) (o3 (make-overlay 2 4))) (overlay-put o1 'priority 10) (overlay-put o3 'priority '(nil . 3)) (overlay-put o1 'n 1) (overlay-put o2 'n 2) (overlay-put o3 'n 3) (mapcar (lambda (o) (overlay-get o 'n)) (overlays-at 3 t))))", "(1 3 2)"],
  ["(with-temp-buffer (insert \"abcdef\") (let ((o (make-overlay 2 4))) (put 'my-cat 'face 'italic) (overlay-put o 'category 'my-cat) (list (overlay-get o 'face) (get-char-property 3 'face))))", "(italic italic)"],
  ["(with-temp-buffer (insert \"abcdef\") (let ((o (make-overlay 2 4)) (b (current-buffer))) (with-temp-buffer (insert \"0123456789\") (move-overlay o 5 7 (current-buffer)) (list (overlay-buffer o) (overlays-in 1 11) (with-current-buffer b (overlays-in 1 7))))))", "(#<killed buffer> (#<overlay in no buffer>) nil)"],
  ["(with-temp-buffer (insert \"abc\") (make-overlay 1 2) (make-overlay 2 3) (let ((i (make-indirect-buffer (current-buffer) \"ovi\" t))) (prog1 (with-current-buffer i (length (overlays-in 1 4))) (kill-buffer i))))", "2"],
  ["(let ((a (generate-new-buffer \"sa\")) (b (generate-new-buffer \"sb\"))) (with-current-buffer a (insert \"aaa\") (overlay-put (make-overlay 1 2) 'n 'a)) (with-current-buffer b (insert \"bbbbb\") (goto-char 2)) (prog1 (with-current-buffer a (buffer-swap-text b) (list (buffer-string) (point) (mapcar (lambda (o) (overlay-get o 'n)) (overlays-in 1 10)) (with-current-buffer b (list (buffer-string) (point) (mapcar (lambda (o) (overlay-get o 'n)) (overlays-in 1 10)))))) (kill-buffer a) (kill-buffer b)))", "(\"bbbbb\" 2 nil (\"aaa\" 4 (a)))"],
];

test("buffer primitives answer as GNU Emacs 28 does", () => {
  for (const [src, expected] of CASES) assert.equal(printed(src), expected, src);
});

test("a world starts with GNU's batch-mode buffers, *scratch* current", () => {
  const b = curBuf();
  assert.ok(b instanceof Buffer);
  assert.equal((b.name as LString).s, "*scratch*");
  assert.equal(printed("major-mode"), "lisp-interaction-mode");
  // Calling initBuffers again is harmless.
  initBuffers(E);
  assert.equal(printed("(length (buffer-list))"), "3");
});

test("the current buffer is E.currentBuffer and set-buffer switches it", () => {
  const prev = E.currentBuffer;
  const b = evalLisp("(set-buffer (get-buffer-create \" js-test\"))");
  assert.equal(E.currentBuffer, b);
  evalLisp("(set-buffer \"*scratch*\")");
  assert.equal(E.currentBuffer, prev);
  evalLisp("(kill-buffer \" js-test\")");
});

test("buffer-local values live in the buffer's locals map", () => {
  evalLisp("(defvar tsmacs-test-var 1)");
  const b = evalLisp("(with-current-buffer (get-buffer-create \" locals\") (set (make-local-variable 'tsmacs-test-var) 2) (current-buffer))") as Buffer;
  assert.equal(b.locals.get(E.intern("tsmacs-test-var")), 2);
  assert.equal(printed("tsmacs-test-var"), "1");
  assert.equal(printed("(buffer-local-value 'tsmacs-test-var (get-buffer \" locals\"))"), "2");
  evalLisp("(kill-buffer \" locals\")");
  assert.equal(b.locals.has(E.intern("tsmacs-test-var")), false, "a killed buffer drops its Lisp local variables");
});

test("a character view of the accessible portion honours narrowing", () => {
  evalLisp("(set-buffer (get-buffer-create \" view\"))");
  try {
    insertJs("hello, world");
    evalLisp("(narrow-to-region 8 13)");
    const v = bufferCharView(curBuf());
    assert.equal(v.length, 5);
    assert.equal(v.start, 8);
    assert.equal(String.fromCharCode(...Array.from({ length: v.length }, (_, i) => v.charAt(i))), "world");
  } finally {
    evalLisp("(kill-buffer \" view\")");
  }
});

test("per-buffer variables: defaults, local flags and let-binding", () => {
  assert.equal(printed("(with-temp-buffer (list (default-value 'tab-width) (local-variable-if-set-p 'tab-width) (local-variable-p 'tab-width)))"), "(8 t nil)");
  assert.equal(printed("(with-temp-buffer (setq tab-width 3) (list tab-width (default-value 'tab-width) (with-temp-buffer tab-width)))"), "(3 8 8)");
  assert.equal(printed("(let ((tab-width 4)) (with-temp-buffer tab-width))"), "4");
  assert.equal(printed("(with-temp-buffer (kill-local-variable 'buffer-read-only) (local-variable-p 'buffer-read-only))"), "t");
  assert.equal(T, evalLisp("(eq (default-value 'case-fold-search) t)"));
  assert.equal(NIL, evalLisp("(default-value 'buffer-file-name)"));
});
