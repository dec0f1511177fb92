// Backtrace frames and locals (GNU: eval.c backtrace-frame, backtrace--locals), call-interactively frame and history (callint.c); GNU 28.2 expectations.
import { test } from "node:test";
import { assertLisp } from "./helpers.js";

// The functions are byte-compiled in GNU when the expectations were made: interpreted GNU code has frames
// for special forms (`let', `progn'), which tsmacs's compiled code has not, as GNU's byte code has not.

test("backtrace--locals lists a frame's dynamic bindings with their current values, and GNU's errors", () => {
  // The setq changes the binding's value after it was made: GNU reports the value it has now.
  // NFRAMES 0 fails on GNU's lookup of frame -1; an unknown BASE finds no frame.
  assertLisp(`(progn (defvar bt7-a 1)
    (defun bt7-in () (list (backtrace--locals 1 'bt7-in)
                           (condition-case e (backtrace--locals 0 'bt7-in) (error e))
                           (condition-case e (backtrace--locals 1 'bt7-none) (error e))
                           (condition-case e (backtrace--locals 400 'bt7-in) (error e))))
    (defun bt7-out (n) (let ((bt7-a 10)) (let ((case-fold-search n)) (setq bt7-a 30) (bt7-in))))
    (defun bt7-top () (let ((debug-on-error t)) (bt7-out 3)))
    (byte-compile 'bt7-in) (byte-compile 'bt7-out) (byte-compile 'bt7-top)
    (bt7-top))`,
  `(((bt7-a . 30) (case-fold-search . 3)) (wrong-type-argument wholenump -1) (error "Activation frame not found!") (error "Activation frame not found!"))`);
});

test("backtrace--locals gives a shadowed binding the value it had before the inner frame rebound it", () => {
  // Frame 1 from backtrace--locals itself is the lambda, frame 2 is bt7-mid (funcall leaves no frame
  // in byte code); bt7-mid's binding of bt7-a is shadowed by the lambda's but still reported as `mid'.
  assertLisp(`(progn (defvar bt7-a 1)
    (defun bt7-mid (f) (let ((bt7-a 'mid)) (funcall f)))
    (defun bt7-top2 () (let ((debug-on-error t))
      (bt7-mid (lambda () (let ((bt7-a 'inner))
                            (list (backtrace--locals 1 'backtrace--locals) (backtrace--locals 2 'backtrace--locals)))))))
    (byte-compile 'bt7-mid) (byte-compile 'bt7-top2)
    (bt7-top2))`,
  `(((bt7-a . inner)) ((bt7-a . mid)))`);
});

test("frames entered before debug-on-error was set show no stale arguments from earlier frames", () => {
  // GNU always records arguments; tsmacs records them only while debug-on-error is set, so a frame
  // entered before must not show what an earlier frame at the same depth left behind.  GNU gives
  // (t bt7-f 2) for the last frame; tsmacs gives it without arguments, never (t bt7-f 1) (GNU: t too).
  assertLisp(`(progn
    (defun bt7-f (x) (bt7-g x))
    (defun bt7-g (_) (let ((debug-on-error t)) (backtrace-frame 1 'bt7-g)))
    (list (let ((debug-on-error t)) (bt7-f 1))
          (let ((debug-on-error nil)) (and (member (bt7-f 2) '((t bt7-f 2) (t bt7-f))) t))))`,
  `((t bt7-f 1) t)`);
});

test("call-interactively and funcall-interactively leave frames outside the command's, as in GNU", () => {
  // GNU's called-interactively-p and nadvice.el (under --gnu-lisp) walk these frames.  Outside any
  // command there is no such frame.
  assertLisp(`(progn
    (defun bt7-cmd () (interactive)
      (mapcar (lambda (n) (let ((f (backtrace-frame n 'bt7-cmd))) (list (car f) (cadr f)))) '(0 1 2)))
    (defun bt7-cmd2 () (interactive) (let ((debug-on-error t)) (backtrace-frame 2 'bt7-cmd2)))
    (byte-compile 'bt7-cmd)
    (list (call-interactively 'bt7-cmd)
          (let ((debug-on-error t)) (backtrace-frame 2 'bt7-cmd))
          (call-interactively 'bt7-cmd2) (call-interactively 'bt7-cmd2 t)))`,
  `(((t bt7-cmd) (t funcall-interactively) (t call-interactively)) nil (t call-interactively bt7-cmd2) (t call-interactively bt7-cmd2 t))`);
});

test("call-interactively records in command-history as GNU's add-to-history does", () => {
  // GNU callint.c calls (add-to-history 'command-history ENTRY nil t): repeats kept unless
  // history-delete-duplicates, cut to the symbol's history-length property or else history-length.
  assertLisp(`(list (let ((history-length 1) (command-history ())) (dotimes (_ 2) (call-interactively #'ignore t)) command-history)
    (let ((history-length 3) (command-history ())) (dotimes (_ 2) (call-interactively #'ignore t)) command-history)
    (let ((history-length 3) (history-delete-duplicates t) (command-history ())) (dotimes (_ 2) (call-interactively #'ignore t)) command-history)
    (let ((history-length 0) (command-history '(a))) (call-interactively #'ignore t) command-history)
    (let ((history-length 5) (command-history '(a b c))) (put 'command-history 'history-length 2)
      (call-interactively #'ignore t) (put 'command-history 'history-length nil) command-history))`,
  `(((ignore)) ((ignore) (ignore)) ((ignore)) nil ((ignore) a))`);
});
