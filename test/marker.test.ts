// Tests of markers (GNU: marker.c): Lisp-in/Lisp-out cases whose expected results come from GNU Emacs 28.2,
// and a randomized check that markers follow insertions and deletions as a naive model says they must.
import { test } from "node:test";
import assert from "node:assert/strict";
import fc from "fast-check";
import { evalLisp, printed, setup } from "./helpers.js";
import { NIL } from "../src/lisp.js";
import { curBuf } from "../src/buffer.js";
import { Marker, markerAt, setMarker } from "../src/marker.js";
import { deleteRange, insertJs, replaceRange } from "../src/insdel.js";
import { LString } from "../src/lisp.js";

process.chdir("/tmp");
setup();

/** [form, GNU's prin1 of its value or "ERROR: " + prin1 of the error]. */
const CASES: [string, string][] = [
  ["(marker-position (make-marker))", "nil"],
  ["(list (make-marker) (marker-buffer (make-marker)) (marker-insertion-type (make-marker)))", "(#<marker in no buffer> nil nil)"],
  ["(+ (make-marker) 1)", "ERROR: (error \"Marker does not point anywhere\")"],
  ["(set-marker (make-marker) 1.0)", "ERROR: (wrong-type-argument integer-or-marker-p 1.0)"],
  ["(set-marker 1 1)", "ERROR: (wrong-type-argument markerp 1)"],
  ["(marker-position 1)", "ERROR: (wrong-type-argument markerp 1)"],
  ["(marker-buffer \"x\")", "ERROR: (wrong-type-argument markerp \"x\")"],
  ["(with-temp-buffer (insert \"abc\") (list (set-marker (make-marker) 100) (set-marker (make-marker) -5) (set-marker (make-marker) 2)))", "(#<marker in no buffer> #<marker in no buffer> #<marker in no buffer>)"],
  ["(with-temp-buffer (insert \"abcdef\") (narrow-to-region 2 3) (marker-position (set-marker (make-marker) 6)))", "6"],
  ["(copy-marker 1.5)", "ERROR: (wrong-type-argument integer-or-marker-p 1.5)"],
  ["(copy-marker \"x\")", "ERROR: (wrong-type-argument integer-or-marker-p \"x\")"],
  ["(list (copy-marker) (copy-marker nil t))", "(#<marker in no buffer> #<marker (moves after insertion) in no buffer>)"],
  ["(with-temp-buffer (list (copy-marker (point-marker) t) (copy-marker 1) (copy-marker 100)))", "(#<marker (moves after insertion) in no buffer> #<marker in no buffer> #<marker in no buffer>)"],
  ["(set-marker (make-marker) 3 \"nope\")", "ERROR: (wrong-type-argument bufferp \"nope\")"],
  ["(let ((b (generate-new-buffer \"x\"))) (kill-buffer b) (set-marker (make-marker) 3 b))", "#<marker in no buffer>"],
  ["(with-temp-buffer (list (= (point-marker) 1) (< (point-marker) 2) (equal (point-marker) (point-marker)) (eq (point-marker) (point-marker)) (equal (make-marker) (make-marker))))", "(t t t nil t)"],
  ["(with-temp-buffer (insert \"abc\") (let ((m (copy-marker 2)) (n (copy-marker 2 t))) (goto-char 2) (insert \"XY\") (list (marker-position m) (marker-position n) (point))))", "(2 4 4)"],
  ["(with-temp-buffer (insert \"abc\") (let ((m (copy-marker 2)) (n (copy-marker 2 t))) (goto-char 2) (insert-before-markers \"XY\") (list (marker-position m) (marker-position n) (point))))", "(4 4 4)"],
  ["(with-temp-buffer (insert \"abcdef\") (let ((m (copy-marker 3)) (n (copy-marker 5 t)) (o (copy-marker 6)) (p (copy-marker 2))) (delete-region 2 5) (list (marker-position m) (marker-position n) (marker-position o) (marker-position p) (point))))", "(2 2 3 2 4)"],
  ["(with-temp-buffer (insert \"abc\") (let ((m (copy-marker 4))) (insert \"d\") (list (marker-position m) (progn (set-marker-insertion-type m t) (insert \"e\") (marker-position m)))))", "(4 4)"],
  ["(set-marker-insertion-type (make-marker) 5)", "5"],
  ["(marker-insertion-type 1)", "ERROR: (wrong-type-argument markerp 1)"],
  ["(with-temp-buffer (list (buffer-has-markers-at 1) (let ((m (point-marker))) (buffer-has-markers-at 1))))", "(nil t)"],
  ["(with-temp-buffer (insert \"abc\") (list (point-min-marker) (point-max-marker) (point-marker) (progn (narrow-to-region 2 3) (list (point-min-marker) (point-max-marker)))))", "(#<marker in no buffer> #<marker in no buffer> #<marker in no buffer> (#<marker in no buffer> #<marker in no buffer>))"],
  ["(with-temp-buffer (let ((m (point-marker))) (list (format \"%s\" m) (prin1-to-string m) (progn (set-marker-insertion-type m t) (prin1-to-string m)))))", "(\"#<marker at 1 in  *temp*>\" \"#<marker at 1 in  *temp*>\" \"#<marker (moves after insertion) at 1 in  *temp*>\")"],
  ["(let ((m (with-temp-buffer (point-marker)))) (list m (marker-position m) (marker-buffer m)))", "(#<marker in no buffer> nil nil)"],
  ["(with-temp-buffer (insert \"12345\") (let ((m (copy-marker 3))) (list (+ m 1) (* m 2) (max m 1) (1+ m) (- m) (= m 3) (logand m 1) (< 1 m 4) (/= m 3) (% m 2) (mod m 2))))", "(4 6 3 4 -3 t 1 t nil 1 1)"],
  ["(with-temp-buffer (insert \"hello\") (let ((m (copy-marker 3))) (list (goto-char m) (point) (char-after m) (buffer-substring m 6))))", "(#<marker in no buffer> 3 108 \"llo\")"],
  ["(let ((a (get-buffer-create \"ma\")) (b (get-buffer-create \"mb\"))) (with-current-buffer a (insert \"aaaa\")) (with-current-buffer b (insert \"bb\")) (let ((m (with-current-buffer a (copy-marker 4)))) (prog1 (list (marker-buffer m) (set-marker m m b) (set-marker m 1 b) (move-marker m 3 a)) (kill-buffer a) (kill-buffer b))))", "(#<killed buffer> #<marker in no buffer> #<marker in no buffer> #<marker in no buffer>)"],
  ["(with-temp-buffer (insert \"abc\") (let ((m (copy-marker 2))) (set-marker m nil) (list m (marker-position m))))", "(#<marker in no buffer> nil)"],
  ["(with-temp-buffer (insert \"abcdef\") (let ((m (copy-marker 4))) (prin1 'xy m) (list (buffer-string) (marker-position m) (point))))", "(\"abcxydef\" 6 9)"],
  ["(with-temp-buffer (insert \"abcdef\") (goto-char 5) (let ((m (copy-marker 3))) (princ \"XYZ\" m) (list (buffer-string) (marker-position m) (point))))", "(\"abXYZcdef\" 6 8)"],
  ["(with-temp-buffer (let ((m (mark-marker))) (list m (eq m (mark-marker)) (condition-case e (region-beginning) (error e)))))", "(#<marker in no buffer> t (error \"The mark is not set now, so there is no region\"))"],
  ["(with-temp-buffer (insert \"abcdef\") (set-marker (mark-marker) 2) (goto-char 5) (list (region-beginning) (region-end) (progn (narrow-to-region 3 4) (list (region-beginning) (region-end)))))", "(2 5 (3 4))"],
  ["(with-temp-buffer (insert \"abcdef\") (set-marker (mark-marker) 2) (let ((transient-mark-mode t) (mark-even-if-inactive nil)) (condition-case e (region-beginning) (error e))))", "(mark-inactive)"],
  ["(with-temp-buffer (insert \"abc\") (let ((m (copy-marker 2))) (subst-char-in-region 1 4 ?b ?x) (list (buffer-string) (marker-position m))))", "(\"axc\" 2)"],
  ["(let ((b (get-buffer-create \"base\"))) (with-current-buffer b (insert \"hello\")) (let* ((i (make-indirect-buffer b \"ind\")) (m (with-current-buffer i (copy-marker 3)))) (prog1 (list m (with-current-buffer b (goto-char 1) (insert \"XX\") (marker-position m)) (progn (kill-buffer i) m)) (kill-buffer b))))", "(#<marker in no buffer> 5 #<marker in no buffer>)"],
  ["(with-temp-buffer (buffer-enable-undo) (insert \"abcdef\") (let ((m (copy-marker 3)) (n (copy-marker 4 t))) (delete-region 2 5) (mapcar (lambda (e) (if (markerp (car-safe e)) (cons 'marker (cdr e)) e)) buffer-undo-list)))", "((\"bcd\" . 2) (marker . -1) (marker . 1) (1 . 7) (t . 0))"],
  ["(with-temp-buffer (buffer-enable-undo) (insert \"abcdef\") (undo-boundary) (let ((m (copy-marker 3)) (n (copy-marker 4 t))) (delete-region 2 5) (primitive-undo 1 buffer-undo-list) (list (buffer-string) (marker-position m) (marker-position n))))", "(\"abcdef\" 3 4)"],
];

test("marker primitives answer as GNU Emacs 28 does", () => {
  for (const [src, expected] of CASES) assert.equal(printed(src), expected, src);
});

type Edit = { ins: boolean; at: number; len: number; before: boolean };
const editArb: fc.Arbitrary<Edit> = fc.record({ ins: fc.boolean(), at: fc.nat(), len: fc.integer({ min: 0, max: 5 }), before: fc.boolean() });

test("markers move with random insertions and deletions as the model says", () => {
  evalLisp("(set-buffer (get-buffer-create \" marker-model\"))");
  try {
    fc.assert(fc.property(fc.array(fc.tuple(fc.nat(), fc.boolean()), { minLength: 1, maxLength: 8 }), fc.array(editArb, { maxLength: 25 }),
      (specs, edits) => {
        evalLisp("(erase-buffer)");
        insertJs("0123456789");
        const b = curBuf();
        const markers = specs.map(([p, t]) => markerAt(b, 1 + (p % 11), t));
        const model = markers.map((m) => m.position);
        for (const e of edits) {
          const z = b.z;
          if (e.ins) {
            const at = 1 + (e.at % z);
            b.pt = at;
            insertJs("x".repeat(e.len), e.before);
            for (let i = 0; i < model.length; i++) {
              if (model[i] > at || (model[i] === at && (e.before || markers[i].c.itype))) model[i] += e.len;
            }
          } else {
            const from = 1 + (e.at % z), to = Math.min(z, from + e.len);
            deleteRange(from, to);
            for (let i = 0; i < model.length; i++) {
              if (model[i] > to) model[i] -= to - from; else if (model[i] > from) model[i] = from;
            }
          }
        }
        assert.deepEqual(markers.map((m) => m.position), model);
        // Detach them, so that the next run starts with a clean text.
        for (const m of markers) setMarker(m, NIL, NIL);
        assert.equal(b.text.cells.length, 0);
      }), { numRuns: 200 });
  } finally {
    evalLisp("(kill-buffer \" marker-model\")");
  }
});

test("replacing text moves markers as GNU's replace_range does", () => {
  evalLisp("(set-buffer (get-buffer-create \" replace\"))");
  try {
    insertJs("abcdef");
    const b = curBuf();
    const at2 = markerAt(b, 2), at3 = markerAt(b, 3), at5 = markerAt(b, 5), at6 = markerAt(b, 6, true);
    b.pt = 4;
    replaceRange(2, 5, LString.fromJs("XY"));
    assert.equal((evalLisp("(buffer-string)") as LString).s, "aXYef");
    // Inside the replaced text: to its start; at or after its end: shifted; point inside: to the end.
    assert.deepEqual([at2.position, at3.position, at5.position, at6.position, b.pt], [2, 2, 4, 5, 4]);
  } finally {
    evalLisp("(kill-buffer \" replace\")");
  }
});

test("killing a buffer leaves its markers pointing nowhere", () => {
  const m = evalLisp("(with-current-buffer (get-buffer-create \" dying\") (insert \"abc\") (copy-marker 2))") as Marker;
  assert.equal(m.position, 2);
  evalLisp("(kill-buffer \" dying\")");
  assert.equal(m.buffer, null);
});
