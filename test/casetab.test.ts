// Case tables edited from Lisp: copy-case-table, case-table-get-table and the set-case-syntax family
// (GNU: lisp/case-table.el over casetab.c). Expected values were printed by GNU Emacs 28.2; the forms run
// in order in one world (some change the standard syntax table for the ones after them).
import { test } from "node:test";
import { checkGroup } from "./helpers.js";

const CASES: [string, string][] = [
  ["(let ((tbl (copy-case-table (standard-case-table)))) (list (case-table-p tbl) (eq tbl (standard-case-table)) (char-table-extra-slot tbl 1) (char-table-extra-slot tbl 2) (eq (char-table-extra-slot tbl 0) (char-table-extra-slot (standard-case-table) 0)) (aref (char-table-extra-slot tbl 0) ?a)))",
   "(t nil nil nil nil 65)"],
  ["(let ((tbl (copy-case-table (standard-case-table)))) (set-case-syntax-pair ?X ?y tbl) (list (aref tbl ?X) (aref tbl ?y) (aref (case-table-get-table tbl 'up) ?y) (aref (case-table-get-table tbl 'up) ?X) (aref (standard-case-table) ?X) (aref (case-table-get-table (standard-case-table) 'up) ?y)))",
   "(121 121 88 88 120 89)"],
  ["(with-temp-buffer (let ((tbl (copy-case-table (standard-case-table)))) (set-case-syntax-pair ?X ?y tbl) (set-case-table tbl) (list (upcase \"y\") (downcase \"X\") (upcase \"x\") (downcase \"Y\") (capitalize \"yes\") (char-table-p (char-table-extra-slot tbl 1)))))",
   "(\"X\" \"y\" \"X\" \"y\" \"Yes\" t)"],
  ["(with-temp-buffer (let ((tbl (copy-case-table (standard-case-table)))) (set-case-table tbl) (set-case-syntax-pair ?Q ?z tbl) (list (upcase \"z\") (downcase \"Q\") (let ((case-fold-search t)) (string-match \"Q\" \"z\")) (let ((case-fold-search t)) (string-match \"q\" \"Q\")))))",
   "(\"Q\" \"z\" 0 0)"],
  ["(with-temp-buffer (let ((tbl (copy-case-table (standard-case-table)))) (set-case-syntax ?a \".\" tbl) (set-case-table tbl) (list (upcase \"abc\") (downcase \"ABC\") (string (char-syntax ?a)) (aref (standard-syntax-table) ?a))))",
   "(\"aBC\" \"abc\" \".\" (1))"],
  ["(with-temp-buffer (let ((tbl (copy-case-table (standard-case-table)))) (set-case-syntax-delims ?« ?» tbl) (list (aref tbl ?«) (aref (case-table-get-table tbl 'up) ?») (string (char-syntax ?«)) (matching-paren ?«) (matching-paren ?»))))",
   "(171 187 \"(\" 187 171)"],
  ["(with-temp-buffer (let ((tbl (copy-case-table (standard-case-table)))) (set-upcase-syntax ?Z ?q tbl) (set-case-table tbl) (list (upcase \"q\") (downcase \"Z\") (upcase \"z\") (aref tbl ?Z))))",
   "(\"Z\" \"z\" \"Z\" 122)"],
  ["(with-temp-buffer (let ((tbl (copy-case-table (standard-case-table)))) (set-downcase-syntax ?Q ?z tbl) (set-case-table tbl) (list (downcase \"Q\") (upcase \"z\") (upcase \"q\") (aref tbl ?z))))",
   "(\"z\" \"Z\" \"Q\" 122)"],
  ["(let ((tbl (copy-case-table (standard-case-table)))) (list (char-table-p (case-table-get-table tbl 'canon)) (char-table-p (case-table-get-table tbl 'eqv)) (aref (case-table-get-table tbl 'canon) ?A) (aref (case-table-get-table tbl 'eqv) ?A) (eq (case-table-get-table tbl 'down) tbl)))",
   "(t t 97 97 t)"],
  ["(let ((tbl (copy-case-table (standard-case-table)))) (aset tbl ?A ?b) (list (aref (standard-case-table) ?A) (aref tbl ?A)))",
   "(97 98)"],
  ["(let ((tbl (make-char-table 'case-table))) (list (case-table-p tbl) (char-table-p (case-table-get-table tbl 'up)) (aref (case-table-get-table tbl 'up) ?a) (case-table-p (copy-case-table tbl))))",
   "(t t nil t)"],
  ["(condition-case e (copy-case-table 1) (error e))",
   "(wrong-type-argument sequencep 1)"],
  ["(condition-case e (set-case-syntax-pair ?A ?a 1) (error e))",
   "(wrong-type-argument arrayp 1)"],
  ["(let ((a (generate-new-buffer \"a\")) (b (generate-new-buffer \"b\")) (tbl (copy-case-table (standard-case-table)))) (with-current-buffer a (set-case-table tbl)) (with-current-buffer b (set-case-table tbl)) (with-current-buffer a (upcase \"x\")) (set-case-syntax-pair ?X ?y tbl) (prog1 (list (with-current-buffer a (upcase \"y\")) (with-current-buffer b (upcase \"y\")) (with-current-buffer b (downcase \"X\")) (with-current-buffer a (downcase \"X\"))) (kill-buffer a) (kill-buffer b)))",
   "(\"X\" \"X\" \"y\" \"y\")"],
  ["(with-temp-buffer (let ((tbl (copy-case-table (standard-case-table)))) (set-case-syntax-pair ?Ж ?q tbl) (set-case-table tbl) (list (upcase \"q\") (downcase \"Ж\") (downcase \"ж\"))))",
   "(\"\u0016\" \"q\" \"ж\")"],
  ["(with-temp-buffer (toggle-enable-multibyte-characters) (prog1 enable-multibyte-characters (toggle-enable-multibyte-characters 1)))",
   "nil"],
  ["(with-temp-buffer (toggle-enable-multibyte-characters 1) enable-multibyte-characters)",
   "t"],
  ["(with-temp-buffer (toggle-enable-multibyte-characters -1) enable-multibyte-characters)",
   "nil"],
  ["(featurep 'case-table)",
   "t"],
];

test("case-table.el functions and the tables they edit behave as in GNU Emacs 28.2", () => {
  // Errors are caught in Lisp, as GNU's run printed them: (ERR DATA) or the condition-case value.
  checkGroup(CASES.map(([src, want]) => [`(condition-case e ${src} (error (list 'ERR e)))`, want]));
});
