// Tests of the editing primitives on buffers (GNU: editfns.c's buffer half, cmds.c, insdel.c, undo.c):
// Lisp-in/Lisp-out cases whose expected results come from GNU Emacs 28.2 (emacs -Q --batch, each form
// evaluated alone with lexical-binding t), plus checks that large edits and scans stay fast.
import { test } from "node:test";
import assert from "node:assert/strict";
import { evalLisp, printed, setup } from "./helpers.js";
import { LispObject, LString } from "../src/lisp.js";
import { prin1ToString } from "../src/print.js";

const printedValue = (x: LispObject): string => prin1ToString(x);

process.chdir("/tmp");
setup();

/** [form, GNU's prin1 of its value or "ERROR: " + prin1 of the error]. */
const CASES: [string, string][] = [
  ["(buffer-substring 0 5)", "ERROR: (args-out-of-range #<buffer *scratch*> 0 5)"],
  ["(buffer-substring 1 1.0)", "ERROR: (wrong-type-argument integer-or-marker-p 1.0)"],
  ["(with-temp-buffer (insert \"abc\") (list (buffer-substring 3 1) (buffer-substring-no-properties 1 3) (buffer-string)))", "(\"ab\" \"ab\" \"abc\")"],
  ["(with-temp-buffer (insert \"abc\") (buffer-substring 5 1))", "ERROR: (args-out-of-range #<killed buffer> 5 1)"],
  ["(with-temp-buffer (insert \"abc\") (buffer-substring (copy-marker 2) 10))", "ERROR: (args-out-of-range #<killed buffer> #<marker in no buffer> 10)"],
  ["(with-temp-buffer (delete-region 1 10))", "ERROR: (args-out-of-range #<killed buffer> 1 10)"],
  ["(with-temp-buffer (narrow-to-region 1 10))", "ERROR: (args-out-of-range 1 10)"],
  ["(with-temp-buffer (narrow-to-region 1 1.5))", "ERROR: (wrong-type-argument integer-or-marker-p 1.5)"],
  ["(goto-char 1.5)", "ERROR: (wrong-type-argument integer-or-marker-p 1.5)"],
  ["(goto-char \"x\")", "ERROR: (wrong-type-argument integer-or-marker-p \"x\")"],
  ["(char-after 1.5)", "ERROR: (wrong-type-argument integer-or-marker-p 1.5)"],
  ["(list (char-after 100) (char-after (expt 2 70)) (char-after -3) (char-before 0))", "(nil nil nil nil)"],
  ["(with-temp-buffer (insert 1.5))", "ERROR: (wrong-type-argument char-or-string-p 1.5)"],
  ["(with-temp-buffer (insert -1))", "ERROR: (wrong-type-argument char-or-string-p -1)"],
  ["(with-temp-buffer (insert-char ?a -1))", "nil"],
  ["(insert-char 4194304)", "ERROR: (wrong-type-argument characterp 4194304)"],
  ["(with-temp-buffer (insert-char ?a 1.5))", "ERROR: (wrong-type-argument fixnump 1.5)"],
  ["(with-temp-buffer (forward-char 1.5))", "ERROR: (wrong-type-argument fixnump 1.5)"],
  ["(with-temp-buffer (forward-char 100))", "ERROR: (end-of-buffer)"],
  ["(with-temp-buffer (insert \"abc\") (list (condition-case e (backward-char 100) (error e)) (point)))", "((beginning-of-buffer) 1)"],
  ["(with-temp-buffer (insert \"abc\") (goto-char 2) (list (condition-case e (forward-char 100) (error e)) (point)))", "((end-of-buffer) 4)"],
  ["(with-temp-buffer (forward-line 1.5))", "ERROR: (wrong-type-argument integerp 1.5)"],
  ["(with-temp-buffer (insert \"a\\nb\\nc\") (goto-char 1) (list (forward-line 5) (point) (forward-line -10) (point) (forward-line 0) (progn (goto-char 2) (forward-line 0)) (point) (progn (goto-char (point-max)) (forward-line 1)) (forward-line (expt 2 70)) (forward-line (- (expt 2 70)))))", "(2 6 -8 1 0 0 1 1 1180591620717411303424 -1180591620717411303422)"],
  ["(with-temp-buffer (insert \"a\\nb\\n\") (goto-char 1) (list (forward-line 5) (point) (forward-line -1) (point) (forward-line) (point)))", "(3 5 0 3 0 5)"],
  ["(with-temp-buffer (list (forward-line 1) (forward-line -1) (forward-line 0)))", "(1 -1 0)"],
  ["(with-temp-buffer (insert \"abc\\ndef\\nghi\") (goto-char 6) (list (line-beginning-position) (line-beginning-position 0) (line-beginning-position 2) (line-beginning-position 5) (line-beginning-position -3) (line-end-position) (line-end-position 0) (line-end-position 2) (line-end-position 7) (line-end-position -5)))", "(5 1 9 12 1 8 4 12 12 1)"],
  ["(with-temp-buffer (insert \"abc\\ndef\\nghi\\n\") (narrow-to-region 6 10) (goto-char 7) (list (line-beginning-position) (line-end-position) (line-beginning-position 2) (line-end-position 2) (line-beginning-position 0) (forward-line 3) (point)))", "(6 8 9 10 6 1 10)"],
  ["(line-beginning-position 1.0)", "ERROR: (wrong-type-argument integerp 1.0)"],
  ["(with-temp-buffer (delete-char 1))", "ERROR: (end-of-buffer)"],
  ["(with-temp-buffer (delete-char -1))", "ERROR: (beginning-of-buffer)"],
  ["(with-temp-buffer (insert \"abcdef\") (goto-char 3) (list (delete-char 2) (buffer-string) (delete-char -2) (buffer-string) (point)))", "(nil \"abef\" nil \"ef\" 1)"],
  ["(with-temp-buffer (insert \"abc\\ndef\") (goto-char 2) (end-of-line) (list (point) (progn (beginning-of-line 2) (point)) (progn (end-of-line 0) (point)) (progn (beginning-of-line 0) (point)) (progn (end-of-line 5) (point))))", "(4 5 4 1 8)"],
  ["(compare-buffer-substrings nil 1 2 nil 1 2)", "ERROR: (args-out-of-range 1 2)"],
  ["(with-temp-buffer (insert \"abcd\") (list (compare-buffer-substrings nil 1 3 nil 2 4) (compare-buffer-substrings nil 2 4 nil 1 3) (compare-buffer-substrings nil 1 3 nil 1 4) (let ((case-fold-search t)) (insert \"ABCD\") (compare-buffer-substrings nil 1 5 nil 5 9)) (let ((case-fold-search nil)) (compare-buffer-substrings nil 1 5 nil 5 9)) (compare-buffer-substrings nil nil nil nil nil nil)))", "(-1 1 -3 0 1 0)"],
  ["(with-temp-buffer (compare-buffer-substrings nil 1 20 nil 1 2))", "ERROR: (args-out-of-range 1 20)"],
  ["(with-temp-buffer (compare-buffer-substrings \"no such buffer\" 1 20 nil 1 2))", "ERROR: (error \"No buffer named no such buffer\")"],
  ["(with-temp-buffer (insert \"x\") (subst-char-in-region 1 2 ?a ?é))", "ERROR: (error \"Characters in ‘subst-char-in-region’ have different byte-lengths\")"],
  ["(with-temp-buffer (buffer-enable-undo) (insert \"banana\") (subst-char-in-region 1 7 ?a ?o) (list (buffer-string) buffer-undo-list))", "(\"bonono\" ((6 . 7) (\"a\" . -6) (4 . 5) (\"a\" . 4) (2 . 3) (\"a\" . 2) (1 . 7) (t . 0)))"],
  ["(with-temp-buffer (buffer-enable-undo) (insert \"banana\") (set-buffer-modified-p nil) (subst-char-in-region 1 7 ?a ?o t) (list (buffer-string) buffer-undo-list (buffer-modified-p)))", "(\"bonono\" ((1 . 7) (t . 0)) nil)"],
  ["(with-temp-buffer (insert \"banana\") (list (subst-char-in-region 3 3 ?a ?o) (subst-char-in-region 1 7 ?z ?o) (buffer-string)))", "(nil nil \"banana\")"],
  ["(with-temp-buffer (buffer-enable-undo) (insert \"a\") (insert \"bc\") (goto-char 2) (insert \"X\") (delete-region 1 3) (undo-boundary) (insert \"z\") buffer-undo-list)", "((1 . 2) nil (\"aX\" . -1) (2 . 3) (1 . 4) (t . 0))"],
  ["(with-temp-buffer (buffer-enable-undo) (insert \"hello\") (set-buffer-modified-p nil) (goto-char 3) (delete-char 1) (delete-char -1) buffer-undo-list)", "((\"e\" . -2) (\"l\" . 3) (t . 0) (1 . 6) (t . 0))"],
  ["(with-temp-buffer (buffer-enable-undo) (insert \"hello\") (undo-boundary) (goto-char 3) (undo-boundary) (insert \"X\") buffer-undo-list)", "((3 . 4) nil (1 . 6) (t . 0))"],
  ["(with-temp-buffer (buffer-enable-undo) (list (undo-boundary) buffer-undo-list (progn (insert \"a\") (undo-boundary) (undo-boundary) buffer-undo-list)))", "(nil nil (nil (1 . 2) (t . 0)))"],
  ["(with-temp-buffer (list (undo-boundary) buffer-undo-list))", "(nil t)"],
  ["(with-temp-buffer (insert \"abc\") (buffer-enable-undo) (insert \"def\") (primitive-undo 1 buffer-undo-list) (buffer-string))", "\"abc\""],
  ["(with-temp-buffer (buffer-enable-undo) (insert \"abc\") (undo-boundary) (delete-region 1 3) (undo-boundary) (let ((l buffer-undo-list)) (setq l (primitive-undo 1 l)) (list (buffer-string) (point) l)))", "(\"c\" 2 ((\"ab\" . 1) 4 nil (1 . 4) (t . 0)))"],
  ["(with-temp-buffer (buffer-enable-undo) (insert \"abc\") (undo-boundary) (goto-char 2) (delete-char 1) (primitive-undo 1 buffer-undo-list) (list (buffer-string) (point) (buffer-modified-p)))", "(\"abc\" 4 t)"],
  ["(with-temp-buffer (buffer-enable-undo) (insert \"abc\") (primitive-undo 1 buffer-undo-list) (list (buffer-string) (buffer-modified-p)))", "(\"\" nil)"],
  ["(with-temp-buffer (primitive-undo 1 '((5 . 1))))", "ERROR: (args-out-of-range #<killed buffer> 5 1)"],
  ["(with-temp-buffer (primitive-undo 1 '(foo)))", "ERROR: (error \"Unrecognized entry in undo list foo\")"],
  ["(with-temp-buffer (insert \"abc\") (list (multibyte-string-p (buffer-string)) (multibyte-string-p (buffer-substring 1 2)) (delete-and-extract-region 1 1) (multibyte-string-p (delete-and-extract-region 1 1)) (delete-and-extract-region 3 1) (buffer-string)))", "(t t \"\" nil \"ab\" \"c\")"],
  ["(with-temp-buffer (insert \"x\") (let ((inhibit-modification-hooks nil) (before-change-functions (list (lambda (b e) (error \"boom\"))))) (condition-case e (insert \"y\") (error (list e before-change-functions (buffer-string))))))", "((error \"boom\") nil \"x\")"],
  ["(with-temp-buffer (insert \"x\") (let ((after-change-functions (list (lambda (b e l) (error \"boom\"))))) (condition-case e (insert \"y\") (error (list e after-change-functions (buffer-string))))))", "((error \"boom\") nil \"xy\")"],
  ["(with-temp-buffer (insert \"x\") (let* ((log nil) (after-change-functions (list (lambda (b e l) (push (list b e l) log))))) (insert \"abc\") (delete-region 1 3) (goto-char 1) (insert ?Q) (insert \"\") (subst-char-in-region 1 4 ?b ?B) log))", "((2 3 1) (1 2 0) (1 1 2) (2 5 0))"],
  ["(with-temp-buffer (insert \"x\") (let* ((log nil) (before-change-functions (list (lambda (b e) (push (list b e) log))))) (insert \"abc\") (delete-region 1 3) (erase-buffer) log))", "((1 3) (1 3) (2 2))"],
  ["(with-temp-buffer (let* ((log nil) (first-change-hook (list (lambda () (push (buffer-modified-p) log))))) (insert \"abc\") (insert \"d\") (set-buffer-modified-p nil) (insert \"e\") log))", "(nil nil)"],
  ["(with-temp-buffer (let* ((log nil) (after-change-functions (list (lambda (b e l) (push inhibit-modification-hooks log))))) (insert \"a\") (let ((inhibit-modification-hooks t)) (insert \"b\")) log))", "(t)"],
  ["(with-temp-buffer (let* ((log nil) (after-change-functions (list (lambda (b e l) (push (list b e l) log) (goto-char 1) (insert \"!\"))))) (insert \"abc\") (list log (buffer-string))))", "(((1 4 0)) \"!abc\")"],
  ["(with-temp-buffer (insert \"abc\") (setq buffer-read-only t) (list (condition-case e (delete-region 1 2) (error (car e))) (let ((inhibit-read-only t)) (delete-region 1 2) (buffer-string)) (barf-if-buffer-read-only 1) (condition-case e (barf-if-buffer-read-only) (error (car e))) (condition-case e (barf-if-buffer-read-only 1.5) (error e))))", "ERROR: (buffer-read-only #<killed buffer>)"],
  ["(with-temp-buffer (insert \"abcdef\") (narrow-to-region 3 5) (list (point) (bobp) (eobp) (buffer-string) (buffer-size) (char-after 2) (char-after 3) (progn (goto-char 1) (point)) (progn (goto-char 100) (point)) (progn (widen) (list (point-min) (point-max)))))", "(5 nil t \"cd\" 6 nil 99 3 5 (1 7))"],
  ["(with-temp-buffer (insert \"abcdef\") (goto-char 2) (narrow-to-region 5 3) (list (point) (point-min) (point-max) (condition-case e (narrow-to-region 0 3) (error e))))", "(3 3 5 (args-out-of-range 0 3))"],
  ["(with-temp-buffer (insert \"abc\") (goto-char 2) (list (bolp) (eolp) (bobp) (eobp) (following-char) (preceding-char) (char-after) (char-before) (progn (goto-char 1) (list (bolp) (bobp) (preceding-char) (char-before))) (progn (goto-char (point-max)) (list (eolp) (eobp) (following-char) (char-after)))))", "(nil nil nil nil 98 97 98 97 (t t 0 nil) (t t 0 nil))"],
  ["(with-temp-buffer (insert \"a\\nb\") (goto-char 2) (list (eolp) (progn (forward-char) (bolp))))", "(t t)"],
  ["(with-temp-buffer (insert-char ?é 3) (insert-char ?x) (insert-char ?y 2 t) (list (buffer-string) (point)))", "(\"éééxyy\" 7)"],
  ["(with-temp-buffer (insert ?a \"bc\" ?d) (insert-and-inherit \"e\" ?f) (insert-before-markers-and-inherit \"g\") (buffer-string))", "\"abcdefg\""],
  ["(with-temp-buffer (insert-byte 200 2) (insert-byte 65 1) (list (buffer-string) (append (buffer-string) nil) (condition-case e (insert-byte 300 1) (error e))))", "(\"\\310\\310A\" (4194248 4194248 65) (args-out-of-range 300 0 255))"],
  ["(with-temp-buffer (insert \"abc\") (let ((b (current-buffer))) (with-temp-buffer (insert-buffer-substring b 2) (insert-buffer-substring b) (insert-buffer-substring b 3 2) (list (buffer-string) (condition-case e (insert-buffer-substring b 0 2) (error e)) (condition-case e (insert-buffer-substring \"no such buffer\") (error e))))))", "(\"bcabcb\" (args-out-of-range 0 2) (error \"No buffer named no such buffer\"))"],
  ["(with-temp-buffer (insert \"hello\\nworld\\n\") (list (count-lines 1 (point-max)) (count-lines 1 3) (count-lines 3 1) (count-lines 1 1) (count-lines 1 7) (count-lines 1 8) (line-number-at-pos) (line-number-at-pos 1) (line-number-at-pos 8) (progn (narrow-to-region 7 12) (list (line-number-at-pos 8) (line-number-at-pos 8 t))) (condition-case e (line-number-at-pos 2) (error e))))", "(2 1 1 0 1 2 3 1 2 (1 2) (args-out-of-range 2 7 12))"],
  ["(with-temp-buffer (insert \"a\\nb\") (count-lines 1 100))", "ERROR: (args-out-of-range 1 100)"],
  ["(with-temp-buffer (insert \"ab\\ncd\") (list (position-bytes 3) (byte-to-position 2) (progn (insert \"é€\") (list (position-bytes 7) (position-bytes 8) (byte-to-position 8) (byte-to-position 9) (byte-to-position 11) (byte-to-position 12) (position-bytes 0)))))", "(3 2 (8 11 7 7 8 nil nil))"],
  ["(with-temp-buffer (list (point) (point-min) (point-max) (buffer-size) (bobp) (eobp) (bolp) (eolp) (char-after) (char-before) (following-char) (preceding-char)))", "(1 1 1 0 t t t t nil nil 0 0)"],
  ["(with-temp-buffer (insert \"x\") (list (goto-char 0) (point) (goto-char (expt 2 70)) (point) (goto-char (- (expt 2 70))) (point)))", "ERROR: (wrong-type-argument integer-or-marker-p 1180591620717411303424)"],
  ["(with-temp-buffer (insert \"x\") (list (goto-char 0) (point) (goto-char (expt 2 60)) (point) (goto-char (- (expt 2 60))) (point)))", "(0 1 1152921504606846976 2 -1152921504606846976 1)"],
  ["(with-temp-buffer (insert \"abcdefghij\") (let ((m (copy-marker 2)) (n (copy-marker 8))) (goto-char 3) (transpose-regions 1 4 6 9) (list (buffer-string) (point) (marker-position m) (marker-position n))))", "(\"fghdeabcij\" 8 7 3)"],
  ["(with-temp-buffer (insert \"abcdefghij\") (let ((m (copy-marker 2))) (goto-char 3) (transpose-regions 1 4 6 9 t) (list (buffer-string) (point) (marker-position m))))", "(\"fghdeabcij\" 3 2)"],
  ["(with-temp-buffer (insert \"abcdefghij\") (transpose-regions 1 3 3 6) (transpose-regions 7 8 9 11) (buffer-string))", "\"cdeabfijhg\""],
  ["(with-temp-buffer (insert \"abcdefghij\") (transpose-regions 1 5 3 8))", "ERROR: (error \"Transposed regions overlap\")"],
  ["(with-temp-buffer (insert \"abcdefghij\") (list (transpose-regions 1 1 1 5) (buffer-string)))", "(nil \"abcdefghij\")"],
  ["(with-temp-buffer (insert \"abcdefghij\") (buffer-enable-undo) (transpose-regions 1 3 6 8) (undo-boundary) (transpose-regions 1 2 4 7) (undo-boundary) (transpose-regions 1 4 5 6) buffer-undo-list)", "((1 . 6) (\"deagc\" . 1) 11 nil (1 . 7) (\"fgcdea\" . 1) 11 nil (6 . 8) (\"fg\" . 6) (1 . 3) (\"ab\" . 1))"],
  ["(with-temp-buffer (insert \"hello\") (list (translate-region-internal 1 6 \"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ\") (buffer-string)))", "(5 \"aXeeh\")"],
  ["(with-temp-buffer (insert \"hello\") (let ((tbl (make-char-table 'translation-table))) (aset tbl ?l ?L) (aset tbl ?o ?ö) (list (translate-region-internal 1 6 tbl) (buffer-string))))", "(3 \"heLLö\")"],
  ["(with-temp-buffer (insert \"hello\") (translate-region-internal 1 6 [1 2 3]))", "ERROR: (error \"Not a translation table\")"],
  ["(with-temp-buffer (insert \"hello world\") (let ((src (current-buffer)) (m nil)) (with-temp-buffer (insert \"hallo wereld\") (setq m (copy-marker 7)) (goto-char 3) (list (replace-buffer-contents src) (buffer-string) (point) (marker-position m)))))", "(t \"hello world\" 2 7)"],
  ["(with-temp-buffer (insert \"abc\") (replace-buffer-contents (current-buffer)))", "ERROR: (error \"Cannot replace a buffer with itself\")"],
  ["(with-temp-buffer (insert \"abc\") (let ((src (current-buffer))) (with-temp-buffer (list (replace-buffer-contents src) (buffer-string)))))", "(t \"abc\")"],
  ["(with-temp-buffer (let ((src (current-buffer))) (with-temp-buffer (insert \"xyz\") (list (replace-buffer-contents src) (buffer-string)))))", "(t \"\")"],
  ["(with-temp-buffer (insert \"line 1\\nline 2\\nline 3\\n\") (let ((src (current-buffer))) (with-temp-buffer (insert \"line 1\\nline two\\nline 3\\nline 4\\n\") (let ((m (copy-marker 16))) (list (replace-buffer-contents src) (buffer-string) (marker-position m))))))", "(t \"line 1\nline 2\nline 3\n\" 13)"],
  ["(with-temp-buffer (insert \"Prompt: \") (put-text-property 1 9 'field 'prompt) (insert \"input text\") (list (field-beginning 12) (field-end 12) (field-string 12) (field-string-no-properties 3) (field-beginning 9) (field-end 9) (field-beginning 9 t) (progn (goto-char 15) (beginning-of-line) (point)) (line-beginning-position) (progn (goto-char 3) (end-of-line) (point)) (constrain-to-field 2 12) (constrain-to-field 15 3) (let ((inhibit-field-text-motion t)) (constrain-to-field 2 12))))", "(9 19 \"input text\" \"Prompt: \" 1 9 1 9 1 9 9 9 2)"],
  ["(with-temp-buffer (insert \"abc def\") (list (field-beginning 3) (field-end 3) (field-string 3) (constrain-to-field 1 5) (progn (delete-field 3) (buffer-string))))", "(1 8 \"abc def\" 1 \"\")"],
  ["(with-temp-buffer (insert \"aaa\") (insert (propertize \"bbb\" 'field 'x)) (insert \"ccc\") (list (field-beginning 5) (field-end 5) (field-beginning 4) (field-end 4) (field-end 7) (field-beginning 7) (field-string 5) (progn (delete-field 5) (buffer-string))))", "(4 7 1 4 7 4 #(\"bbb\" 0 3 (field x)) \"aaaccc\")"],
  ["(with-temp-buffer (insert \"one\\n\") (insert (propertize \"> \" 'field 'output 'rear-nonsticky t)) (insert \"cmd\\ntwo\") (goto-char 9) (list (line-beginning-position) (progn (beginning-of-line) (point)) (line-end-position) (progn (goto-char 7) (line-end-position))))", "(7 7 10 10)"],
  ["(with-temp-buffer (insert \"xyz\") (let ((o (make-overlay 2 3))) (overlay-put o 'field 'f) (list (field-beginning 2) (field-end 2) (field-string 2) (field-beginning 3) (field-end 3))))", "(2 3 \"y\" 3 4)"],
];

test("editing primitives answer as GNU Emacs 28 does", () => {
  for (const [src, expected] of CASES) assert.equal(printed(src), expected, src);
});

test("building a 10 MB buffer by repeated insertion is fast", () => {
  const t0 = performance.now();
  const size = evalLisp(`(with-temp-buffer
    (dotimes (_ 200000) (insert "0123456789abcdefghijklmnopqrstuvwxyz0123456789abcd\\n"))
    (goto-char (point-min))
    (let ((n 0)) (while (= (forward-line 1) 0) (setq n (1+ n)))
      (list (buffer-size) n (line-number-at-pos) (count-lines (point-min) (point-max)))))`);
  const ms = performance.now() - t0;
  assert.equal(printed(`'${printedValue(size)}`), "(10200000 200000 200001 200000)");
  assert.ok(ms < 5000, `took ${ms} ms`);
  assert.equal(printed(`(with-temp-buffer (insert (make-string 1000 ?a)) (let ((r 1)) (dotimes (_ 20000) (setq r (% (+ (* r 75) 74) 65537)) (goto-char (1+ (% r (point-max)))) (insert ?x))) (buffer-size))`), "21000");
});

test("buffer text round-trips every kind of character", () => {
  const s = evalLisp(`(with-temp-buffer (insert "a" "é" "€" "😀" (string 4194303) (string #x110000)) (buffer-string))`) as LString;
  assert.deepEqual(s.chars(), [0x61, 0xe9, 0x20ac, 0x1f600, 0x3fffff, 0x110000]);
  assert.equal(printed(`(with-temp-buffer (insert "a€😀") (list (point) (buffer-size) (char-before) (char-after 2) (progn (goto-char 2) (delete-char 1) (buffer-string))))`),
    `(4 3 128512 8364 "a😀")`);
});
