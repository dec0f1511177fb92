;;; -*- lexical-binding: t -*-
;;; floats.el --- tsmacs benchmark kernel: n-body simulation (float arithmetic, vectors).
;; bench-checksum: -0.169075164 -0.169020695

;; The Computer Language Benchmarks Game n-body: the Sun and four planets,
;; each body a vector [x y z vx vy vz mass], advanced with a fixed time step.
;; Float boxing dominates in both implementations.  The checksum is the
;; system energy before and after, printed with a fixed number of decimals
;; so that it does not depend on shortest-float printing.

(defconst bench-nbody-pi 3.141592653589793)
(defconst bench-nbody-solar-mass (* 4 bench-nbody-pi bench-nbody-pi))
(defconst bench-nbody-days-per-year 365.24)

(defun bench-nbody-body (x y z vx vy vz mass)
  (let ((d bench-nbody-days-per-year))
    (vector x y z (* vx d) (* vy d) (* vz d) (* mass bench-nbody-solar-mass))))

(defun bench-nbody-system ()
  (vector
   ;; Sun
   (bench-nbody-body 0.0 0.0 0.0 0.0 0.0 0.0 1.0)
   ;; Jupiter
   (bench-nbody-body 4.84143144246472090e+00 -1.16032004402742839e+00
                     -1.03622044471123109e-01 1.66007664274403694e-03
                     7.69901118419740425e-03 -6.90460016972063023e-05
                     9.54791938424326609e-04)
   ;; Saturn
   (bench-nbody-body 8.34336671824457987e+00 4.12479856412430479e+00
                     -4.03523417114321381e-01 -2.76742510726862411e-03
                     4.99852801234917238e-03 2.30417297573763929e-05
                     2.85885980666130812e-04)
   ;; Uranus
   (bench-nbody-body 1.28943695621391310e+01 -1.51111514016986312e+01
                     -2.23307578892655734e-01 2.96460137564761618e-03
                     2.37847173959480950e-03 -2.96589568540237556e-05
                     4.36624404335156298e-05)
   ;; Neptune
   (bench-nbody-body 1.53796971148509165e+01 -2.59193146099879641e+01
                     1.79258772950371181e-01 2.68067772490389322e-03
                     1.62824170038242295e-03 -9.51592254519715870e-05
                     5.15138902046611451e-05)))

(defun bench-nbody-offset-momentum (bodies)
  (let ((px 0.0) (py 0.0) (pz 0.0)
        (sun (aref bodies 0)))
    (dotimes (i (length bodies))
      (let* ((b (aref bodies i))
             (m (aref b 6)))
        (setq px (+ px (* (aref b 3) m))
              py (+ py (* (aref b 4) m))
              pz (+ pz (* (aref b 5) m)))))
    (aset sun 3 (- (/ px bench-nbody-solar-mass)))
    (aset sun 4 (- (/ py bench-nbody-solar-mass)))
    (aset sun 5 (- (/ pz bench-nbody-solar-mass)))))

(defun bench-nbody-energy (bodies)
  (let ((e 0.0)
        (n (length bodies)))
    (dotimes (i n)
      (let* ((b (aref bodies i))
             (vx (aref b 3)) (vy (aref b 4)) (vz (aref b 5)))
        (setq e (+ e (* 0.5 (aref b 6) (+ (* vx vx) (* vy vy) (* vz vz)))))
        (let ((j (1+ i)))
          (while (< j n)
            (let* ((b2 (aref bodies j))
                   (dx (- (aref b 0) (aref b2 0)))
                   (dy (- (aref b 1) (aref b2 1)))
                   (dz (- (aref b 2) (aref b2 2))))
              (setq e (- e (/ (* (aref b 6) (aref b2 6))
                              (sqrt (+ (* dx dx) (* dy dy) (* dz dz)))))))
            (setq j (1+ j))))))
    e))

(defun bench-nbody-advance (bodies dt)
  (let ((n (length bodies)))
    (dotimes (i n)
      (let ((b (aref bodies i))
            (j (1+ i)))
        (while (< j n)
          (let* ((b2 (aref bodies j))
                 (dx (- (aref b 0) (aref b2 0)))
                 (dy (- (aref b 1) (aref b2 1)))
                 (dz (- (aref b 2) (aref b2 2)))
                 (d2 (+ (* dx dx) (* dy dy) (* dz dz)))
                 (mag (/ dt (* d2 (sqrt d2))))
                 (m1 (* (aref b 6) mag))
                 (m2 (* (aref b2 6) mag)))
            (aset b 3 (- (aref b 3) (* dx m2)))
            (aset b 4 (- (aref b 4) (* dy m2)))
            (aset b 5 (- (aref b 5) (* dz m2)))
            (aset b2 3 (+ (aref b2 3) (* dx m1)))
            (aset b2 4 (+ (aref b2 4) (* dy m1)))
            (aset b2 5 (+ (aref b2 5) (* dz m1))))
          (setq j (1+ j)))))
    (dotimes (i n)
      (let ((b (aref bodies i)))
        (aset b 0 (+ (aref b 0) (* dt (aref b 3))))
        (aset b 1 (+ (aref b 1) (* dt (aref b 4))))
        (aset b 2 (+ (aref b 2) (* dt (aref b 5))))))))

(defun bench-main ()
  (let ((bodies (bench-nbody-system)))
    (bench-nbody-offset-momentum bodies)
    (let ((e0 (bench-nbody-energy bodies)))
      (dotimes (_ 30000)
        (bench-nbody-advance bodies 0.01))
      (princ (format "%s\n" (format "%.9f %.9f" e0 (bench-nbody-energy bodies)))))))
