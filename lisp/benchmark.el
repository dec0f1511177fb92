;;; benchmark.el --- timing Lisp forms (GNU: lisp/emacs-lisp/benchmark.el)  -*- lexical-binding: t -*-

;;; Commentary:

;; tsmacs's own version of the benchmarking helpers the Emacs Lisp manual documents (node
;; "Profiling"): `benchmark-run' and friends time forms and report the garbage collections that
;; happened meanwhile (`gcs-done', `gc-elapsed': V8's collections here).  The loop's own overhead
;; is measured with an empty function and subtracted.

;;; Code:

(defmacro benchmark-elapse (&rest forms)
  "Return the time in seconds elapsed for execution of FORMS."
  (declare (indent 0) (debug t))
  (let ((start (make-symbol "start")))
    `(let ((,start (current-time)))
       ,@forms
       (float-time (time-subtract nil ,start)))))

(defun benchmark-call (func &optional repetitions)
  "Measure the run time of calling FUNC a number REPETITIONS of times.
The result is a list (TIME GC GCTIME)
where TIME is the total time it took, in seconds.
GCTIME is the amount of time that was spent in the GC
and GC is the number of times the GC was called.

REPETITIONS can also be a floating point number, in which case it
specifies a minimum number of seconds that the benchmark execution
should take.  In that case the return value is prepended with the
number of repetitions actually used."
  (if (floatp repetitions)
      (benchmark--adaptive func repetitions)
    (unless repetitions (setq repetitions 1))
    (let* ((gc gc-elapsed)
           (gcs gcs-done)
           (empty (lambda () 'empty))
           (elapsed (if (> repetitions 1)
                        ;; The cost of looping and calling is the empty function's.
                        (- (benchmark-elapse (dotimes (_ repetitions) (funcall func)))
                           (benchmark-elapse (dotimes (_ repetitions) (funcall empty))))
                      (- (benchmark-elapse (funcall func))
                         (benchmark-elapse (funcall empty))))))
      (list elapsed (- gcs-done gcs) (- gc-elapsed gc)))))

(defun benchmark--adaptive (func time)
  "Measure the run time of FUNC, calling it enough times to last TIME seconds.
Result is (REPETITIONS . DATA) where DATA is as returned by `benchmark-call'."
  (let ((repetitions 1) (result nil))
    (while (not result)
      (let ((data (benchmark-call func repetitions)))
        (if (>= (car data) time)
            (setq result (cons repetitions data))
          ;; Aim for the time from what this run took, growing at most tenfold at a time.
          (setq repetitions (max (1+ repetitions)
                                 (min (* 10 repetitions)
                                      (ceiling (* repetitions (/ time (max (car data) 1e-9))))))))))
    result))

(defmacro benchmark-run (&optional repetitions &rest forms)
  "Time execution of FORMS.
If REPETITIONS is supplied as a number, run FORMS that many times,
accounting for the overhead of the resulting loop.  Otherwise run
FORMS once.
Return a list of the total elapsed time for execution, the number of
garbage collections that ran, and the time taken by garbage collection.
See also `benchmark-run-compiled'."
  (declare (indent 1) (debug t))
  (unless (or (natnump repetitions) (and repetitions (symbolp repetitions)))
    (setq forms (cons repetitions forms) repetitions 1))
  `(benchmark-call (lambda () ,@forms) ,repetitions))

(defmacro benchmark-run-compiled (&optional repetitions &rest forms)
  "Time execution of compiled version of FORMS.
This is like `benchmark-run', but what is timed is a funcall of the
compiled function obtained by wrapping FORMS in a `lambda'.  The
overhead of the `lambda's is accounted for."
  (declare (indent 1) (debug t))
  (unless (or (natnump repetitions) (and repetitions (symbolp repetitions)))
    (setq forms (cons repetitions forms) repetitions 1))
  `(benchmark-call (byte-compile '(lambda () ,@forms)) ,repetitions))

(defun benchmark (repetitions form)
  "Print the time taken for REPETITIONS executions of FORM.
Interactively, REPETITIONS is taken from the prefix arg, and
the command prompts for the form to benchmark.
For non-interactive use see also `benchmark-run' and
`benchmark-run-compiled'.
FORM can also be a function in which case we measure the time it takes
to call it without any argument."
  (interactive "p\nxForm: ")
  (let ((result (benchmark-call (if (functionp form) form (eval `(lambda () ,form) t))
                                repetitions)))
    (if (zerop (nth 1 result))
        (message "Elapsed time: %fs" (car result))
      (message "Elapsed time: %fs (%fs in %d GCs)" (car result) (nth 2 result) (nth 1 result)))))

(defmacro benchmark-progn (&rest body)
  "Evaluate BODY and message the time taken.
The return value is the value of the final form in BODY."
  (declare (debug t) (indent 0))
  (let ((value (make-symbol "value")) (start (make-symbol "start"))
        (gcs (make-symbol "gcs")) (gc (make-symbol "gc")))
    `(let ((,gc gc-elapsed) (,gcs gcs-done) (,start (current-time))
           (,value (progn ,@body)))
       (message "Elapsed time: %fs%s"
                (float-time (time-subtract nil ,start))
                (if (> (- gcs-done ,gcs) 0)
                    (format " (%fs in %d GCs)" (- gc-elapsed ,gc) (- gcs-done ,gcs))
                  ""))
       ,value)))

(provide 'benchmark)

;;; benchmark.el ends here
