// Inlined fast paths of compiled calls (arithmetic, comparisons, car/cdr, aref/aset, gethash/puthash) and the
// list/vector `sort` paths: results, errors and bignum boundaries as GNU Emacs 28.2 gives them (GNU: data.c, fns.c).
import { test } from "node:test";
import { assertLisp } from "./helpers.js";

/** Wraps FORM so that an error prints as (ERROR data), as the expected values were generated. */
const guarded = (form: string) => `(condition-case e ${form} (error (list 'ERROR e)))`;

test("inlined primitives: fixnum, float and bignum results, -0 and NaN signs, errors from the slow paths", () => {
  assertLisp(guarded(`(progn (defun tsmacs--inl-arith (a b) (list (+ a b) (- a b) (* a b) (< a b) (> a b) (<= a b) (>= a b) (= a b) (1+ a) (1- b))) (defun tsmacs--inl-rem (a b) (% a b)) (list (tsmacs--inl-arith 7 -3) (tsmacs--inl-arith -6 3) (tsmacs--inl-arith 0 -5) (tsmacs--inl-arith 1.5 2) (tsmacs--inl-arith 2 2.0) (tsmacs--inl-rem 7 -3) (tsmacs--inl-rem -7 3)))`),
    `((4 10 -21 nil t nil t nil 8 -4) (-3 -9 -18 t nil t nil nil -5 2) (-5 5 0 nil t nil t nil 1 -6) (3.5 -0.5 3.0 t nil t nil nil 2.5 1) (4.0 0.0 4.0 nil nil t t t 3 1.0) 1 -1)`);
  assertLisp(guarded(`(progn (defun tsmacs--inl-big (a b) (list (+ a b) (- a b) (* a b) (1+ a) (1- b))) (tsmacs--inl-big most-positive-fixnum most-negative-fixnum))`),
    `(-1 4611686018427387903 -5316911983139663489309385231907684352 2305843009213693952 -2305843009213693953)`);
  assertLisp(guarded(`(progn (defun tsmacs--inl-big2 (a b) (list (+ a b) (- a b) (* a b) (% a b) (< a b) (= a b))) (tsmacs--inl-big2 9007199254740991 9007199254740991))`),
    `(18014398509481982 0 81129638414606663681390495662081 0 nil t)`);
  assertLisp(guarded(`(progn (defun tsmacs--inl-zero (a b) (list (* a b) (% a 2) (eql (* a b) 0) (eql (% a 2) 0) (eql (% a -4) 0))) (list (tsmacs--inl-zero -4 0) (tsmacs--inl-zero 0 -4) (tsmacs--inl-zero -4 -4)))`),
    `((0 0 t t t) (0 0 t t t) (16 0 nil t t))`);
  assertLisp(guarded(`(progn (defun tsmacs--inl-err (op a b) (condition-case e (funcall op a b) (error e))) (list (tsmacs--inl-err (lambda (a b) (% a b)) 5 0) (tsmacs--inl-err (lambda (a b) (+ a b)) 5 'x) (tsmacs--inl-err (lambda (a b) (< a b)) "a" 1) (tsmacs--inl-err (lambda (a b) (aref a b)) [1 2] 2) (tsmacs--inl-err (lambda (a b) (aref a b)) [1 2] -1) (tsmacs--inl-err (lambda (a b) (aref a b)) "abc" 1) (tsmacs--inl-err (lambda (a b) (car a)) 'x nil) (tsmacs--inl-err (lambda (a b) (cdr a)) nil nil) (tsmacs--inl-err (lambda (a b) (gethash a b)) 1 2)))`),
    `((arith-error) (wrong-type-argument number-or-marker-p x) (wrong-type-argument number-or-marker-p "a") (args-out-of-range [1 2] 2) (args-out-of-range [1 2] -1) 98 (wrong-type-argument listp x) nil (wrong-type-argument hash-table-p 2))`);
  assertLisp(guarded(`(progn (defun tsmacs--inl-vec (v i x) (list (aset v i x) (aref v i) v)) (list (tsmacs--inl-vec (vector 1 2 3) 1 'z) (tsmacs--inl-vec (make-string 3 ?a) 2 ?b) (tsmacs--inl-vec (make-bool-vector 3 nil) 0 t)))`),
    `((z z [1 z 3]) (98 98 "aab") (t t #&3""))`);
  assertLisp(guarded(`(progn (defun tsmacs--inl-lit () (list (car '(1 2)) (cdr '(1 2)) (aref [4 5] 1) (+ 1 2) (% -7 2) (* -3 0) (1+ 41) (< 1 2.5))) (tsmacs--inl-lit))`),
    `(1 (2) 5 3 -1 0 42 t)`);
  assertLisp(guarded(`(progn (defun tsmacs--inl-redef (a) (+ a 1)) (let ((before (tsmacs--inl-redef 1))) (cl-letf (((symbol-function '+) (lambda (&rest xs) (cons 'plus xs)))) (list before (tsmacs--inl-redef 1)))))`),
    `(2 (plus 1 1))`);
  assertLisp(guarded(`(progn (defun tsmacs--inl-hash () (let ((h (make-hash-table :test 'equal))) (puthash "k" 1 h) (puthash (list 1 2) 2 h) (list (gethash "k" h) (gethash (list 1 2) h) (gethash "z" h) (gethash "z" h 'd) (puthash "k" 3 h) (gethash "k" h)))) (tsmacs--inl-hash))`),
    `(1 2 nil d 3 3)`);
  assertLisp(guarded(`(progn (defun tsmacs--inl-stmt (x) (list (+ (if (> x 0) (progn (setq x (* 2 x)) x) 0) x) (% (let ((y x)) (setq x 1) y) 7) (< (catch 'c (throw 'c x)) (catch 'c (throw 'c 5))))) (list (tsmacs--inl-stmt 3) (tsmacs--inl-stmt -3)))`),
    `((12 6 t) (-3 -3 t))`);
  assertLisp(guarded(`(progn (defun tsmacs--inl-stmt-redef (x) (+ (progn (fset 'tsmacs--inl-f (lambda (a b) (list a b))) x) (let ((z 1)) z))) (list (tsmacs--inl-stmt-redef 2)))`),
    `(3)`);
  assertLisp(guarded(`(progn (defun tsmacs--inl-fl (a b) (list (+ a b) (- a b) (* a b) (/ a b) (< a b) (= a b))) (list (tsmacs--inl-fl 1.5 0.25) (tsmacs--inl-fl 0.0 0.0) (tsmacs--inl-fl -0.0 0.0) (tsmacs--inl-fl 1.0 0.0) (tsmacs--inl-fl -1.0 0.0) (tsmacs--inl-fl 1.0e+INF 1.0e+INF) (tsmacs--inl-fl 0.0e+NaN 1.0) (tsmacs--inl-fl -0.0e+NaN 1.0) (tsmacs--inl-fl 3 2.0) (tsmacs--inl-fl 7 2)))`),
    `((1.75 1.25 0.375 6.0 nil nil) (0.0 0.0 0.0 -0.0e+NaN nil t) (0.0 -0.0 -0.0 -0.0e+NaN nil t) (1.0 1.0 0.0 1.0e+INF nil nil) (-1.0 -1.0 -0.0 -1.0e+INF t nil) (1.0e+INF -0.0e+NaN 1.0e+INF -0.0e+NaN nil t) (0.0e+NaN 0.0e+NaN 0.0e+NaN 0.0e+NaN nil nil) (-0.0e+NaN -0.0e+NaN -0.0e+NaN -0.0e+NaN nil nil) (5.0 1.0 6.0 1.5 nil nil) (9 5 14 3 nil nil))`);
  assertLisp(guarded(`(progn (defun tsmacs--inl-div (a b) (condition-case e (/ a b) (error e))) (list (tsmacs--inl-div 7 -2) (tsmacs--inl-div -7 2) (tsmacs--inl-div 7 0) (tsmacs--inl-div 7.0 0) (tsmacs--inl-div 0.0 0.0) (tsmacs--inl-div 'a 1) (tsmacs--inl-div 1e300 1e-300)))`),
    `(-3 -3 (arith-error) 1.0e+INF -0.0e+NaN (wrong-type-argument number-or-marker-p a) 1.0e+INF)`);
  assertLisp(guarded(`(progn (defun tsmacs--inl-idiv (a b) (condition-case e (/ a b) (error e))) (list (tsmacs--inl-idiv 7 2) (tsmacs--inl-idiv -7 2) (tsmacs--inl-idiv 7 -2) (tsmacs--inl-idiv -7 -2) (tsmacs--inl-idiv 0 -5) (eql (tsmacs--inl-idiv 0 -5) 0) (tsmacs--inl-idiv 6 3) (tsmacs--inl-idiv 9007199254740991 7) (tsmacs--inl-idiv -9007199254740991 -1) (tsmacs--inl-idiv most-positive-fixnum 3) (tsmacs--inl-idiv 5 0) (tsmacs--inl-idiv 5 0.0) (tsmacs--inl-idiv 5 2.0)))`),
    `(3 -3 -3 3 0 t 2 1286742750677284 9007199254740991 768614336404564650 (arith-error) 1.0e+INF 2.5)`);
  assertLisp(guarded(`(progn (defun tsmacs--inl-nary (a b c) (list (+ a b c) (- a b c) (* a b c) (+ a b c 1) (* a b c -1))) (list (tsmacs--inl-nary 1 2 3) (tsmacs--inl-nary 1 2.0 3) (tsmacs--inl-nary most-positive-fixnum 2 -1) (tsmacs--inl-nary 9007199254740991 1 -1) (tsmacs--inl-nary -4 0 5) (condition-case e (tsmacs--inl-nary 1 'x 2) (error e))))`),
    `((6 -4 6 7 -6) (6.0 -4.0 6.0 7.0 -6.0) (2305843009213693952 2305843009213693950 -4611686018427387902 2305843009213693953 4611686018427387902) (9007199254740991 9007199254740991 -9007199254740991 9007199254740992 9007199254740991) (1 -9 0 2 0) (wrong-type-argument number-or-marker-p x))`);
  assertLisp(guarded(`(progn (defun tsmacs--inl-bigops (a b) (condition-case e (list (+ a b) (- a b) (* a b) (/ a b) (% a b) (< a b) (= a b)) (error e))) (let ((big (expt 7 40)) (neg (- (expt 3 50)))) (list (tsmacs--inl-bigops big 10) (tsmacs--inl-bigops big neg) (tsmacs--inl-bigops neg 7) (tsmacs--inl-bigops -7 big) (tsmacs--inl-bigops big big) (tsmacs--inl-bigops (1+ most-positive-fixnum) -1) (tsmacs--inl-bigops big 0) (tsmacs--inl-bigops big 2.5))))`),
    `((6366805760909027985741435139224011 6366805760909027985741435139223991 63668057609090279857414351392240010 636680576090902798574143513922400 1 nil nil) (6366805760191129998049582550453752 6366805761626925973433287727994250 -4570717043781485528972687003974031956881607078116735546249 -8868677542 19302515340166435176043 nil nil) (-717897987691852588770242 -717897987691852588770256 -5025285913842968121391743 -102556855384550369824321 -2 t nil) (6366805760909027985741435139223994 -6366805760909027985741435139224008 -44567640326363195900190045974568007 0 -7 t nil) (12733611521818055971482870278448002 0 40536215597144386832065866109016673800875222251012083746192454448001 1 0 nil t) (2305843009213693951 2305843009213693953 -2305843009213693952 -2305843009213693952 0 nil nil) (arith-error) (wrong-type-argument integer-or-marker-p 2.5))`);
  assertLisp(guarded(`(progn (defun tsmacs--inl-ovf (a b) (condition-case e (logcount (* a b)) (error e))) (list (tsmacs--inl-ovf (expt 2 40000) (expt 2 30000)) (tsmacs--inl-ovf (expt 2 40000) 3)))`),
    `((overflow-error) 2)`);
  assertLisp(guarded(`(progn (defun tsmacs--inl-lits (x) (list (condition-case e (% x 0) (error e)) (condition-case e (/ x 0) (error e)) (condition-case e (/ 7 0) (error e)) (% 7 -2) (/ -7 2) (/ x 2) (condition-case e (% x -3) (error e)) (* 3 x 2) (+ 1 2 x) (- 10 x 1) (< 1 x) (= x 4) (/ 2.0 x) (/ x 4.0))) (list (tsmacs--inl-lits 4) (tsmacs--inl-lits -9) (tsmacs--inl-lits 2.5)))`),
    `(((arith-error) (arith-error) (arith-error) 1 -3 2 1 24 7 5 t t 0.5 1.0) ((arith-error) (arith-error) (arith-error) 1 -3 -4 0 -54 -6 18 nil nil -0.2222222222222222 -2.25) ((wrong-type-argument integer-or-marker-p 2.5) 1.0e+INF (arith-error) 1 -3 1.25 (wrong-type-argument integer-or-marker-p 2.5) 15.0 5.5 6.5 t nil 0.8 0.625))`);
});

test("sort: stable, GNU's result for < and > fast paths and for general predicates, conses relinked", () => {
  assertLisp(guarded(`(let ((l (list 5 3 9 1 3 7 2 8 2 6 4 0 11))) (list (sort (copy-sequence l) #'<) (sort (copy-sequence l) #'>) (sort (vconcat l) #'<) (sort (vconcat l) #'>)))`),
    `((0 1 2 2 3 3 4 5 6 7 8 9 11) (11 9 8 7 6 5 4 3 3 2 2 1 0) [0 1 2 2 3 3 4 5 6 7 8 9 11] [11 9 8 7 6 5 4 3 3 2 2 1 0])`);
  assertLisp(guarded(`(let* ((l (list 1 1)) (c (cdr l)) (s (sort l #'<))) (list (eq (car s) (car l)) (eq (cdr s) c) (eq s l)))`),
    `(t t t)`);
  assertLisp(guarded(`(let* ((a (cons 2 'a)) (b (cons 1 'b)) (c (cons 2 'c)) (l (list a b c)) (s (sort l (lambda (x y) (< (car x) (car y)))))) (list s (eq (nth 1 s) a) (eq (nth 2 s) c) l))`),
    `(((1 . b) (2 . a) (2 . c)) t t ((2 . a) (2 . c)))`);
  assertLisp(guarded(`(let ((calls 0)) (list (sort (list 3 1 2 5 4) (lambda (a b) (setq calls (1+ calls)) (< a b))) calls))`),
    `((1 2 3 4 5) 6)`);
  assertLisp(guarded(`(list (sort (list 1 most-positive-fixnum (1+ most-positive-fixnum) -5) #'<) (sort (list 2.5 1 -3 0.5) #'>) (condition-case e (sort (list 1 nil 2) #'<) (error e)))`),
    `((-5 1 2305843009213693951 2305843009213693952) (2.5 1 0.5 -3) (wrong-type-argument number-or-marker-p nil))`);
  assertLisp(guarded(`(let ((l (list 3 1 2))) (cl-letf (((symbol-function '<) (lambda (a b) (> a b)))) (sort l '<)))`),
    `(3 2 1)`);
});
