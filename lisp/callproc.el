;;; callproc.el --- Lisp side of synchronous subprocesses  -*- lexical-binding: t -*-

;; GNU counterparts: subr.el (process-lines, call-process-shell-command),
;; simple.el (process-file, shell-command-to-string).  The primitives
;; `call-process' and `call-process-region' are in src/callproc.ts.

;;; Code:

(defun process-lines-handling-status (program status-handler &rest args)
  "Execute PROGRAM with ARGS, returning its output as a list of lines.
If STATUS-HANDLER is non-nil, it must be a function with one
argument, which will be called with the exit status of the
program before the output is collected.  If STATUS-HANDLER is
nil, an error is signaled if the program returns with a non-zero
exit status."
  (with-temp-buffer
    (let ((status (apply #'call-process program nil (current-buffer) nil args)))
      (if status-handler
          (funcall status-handler status)
        (unless (eq status 0)
          (error "%s exited with status %s" program status)))
      (goto-char (point-min))
      (let ((lines nil))
        (while (not (eobp))
          (push (buffer-substring-no-properties (point) (line-end-position)) lines)
          (forward-line 1))
        (nreverse lines)))))

(defun process-lines (program &rest args)
  "Execute PROGRAM with ARGS, returning its output as a list of lines.
Signal an error if the program returns with a non-zero exit status.
Also see `process-lines-ignore-status'."
  (apply #'process-lines-handling-status program nil args))

(defun process-lines-ignore-status (program &rest args)
  "Execute PROGRAM with ARGS, returning its output as a list of lines.
The exit status of the program is ignored.
Also see `process-lines'."
  (apply #'process-lines-handling-status program #'ignore args))

(defun call-process-shell-command (command &optional infile buffer display
                                           &rest args)
  "Execute the shell command COMMAND synchronously in separate process.
The remaining arguments are optional.
The program's input comes from file INFILE (nil means `/dev/null').
Insert output in BUFFER before point; t means current buffer;
 nil for BUFFER means discard it; 0 means discard and don't wait.
BUFFER can also have the form (REAL-BUFFER STDERR-FILE); in that case,
REAL-BUFFER says what to do with standard output, as above,
while STDERR-FILE says what to do with standard error in the child.
STDERR-FILE may be nil (discard standard error output),
t (mix it with ordinary output), or a file name string.

Fourth arg DISPLAY non-nil means redisplay buffer as output is inserted.
Wildcards and redirection are handled as usual in the shell.

If BUFFER is 0, `call-process-shell-command' returns immediately with value nil.
Otherwise it waits for COMMAND to terminate and returns a numeric exit
status or a signal description string."
  (declare (advertised-calling-convention
            (command &optional infile buffer display) "24.5"))
  (call-process shell-file-name infile buffer display shell-command-switch
                (mapconcat #'identity (cons command args) " ")))

(defun process-file (program &optional infile buffer display &rest args)
  "Process files synchronously in a separate process that runs PROGRAM.
Similar to `call-process', but may invoke a file name handler based on
`default-directory'.  The current working directory of the
subprocess is `default-directory'.

Handle file names in INFILE and BUFFER normally; this differs
from `call-process', which does not support file name handlers
for INFILE and BUFFER.  However, pass ARGS to the process
verbatim without file name handling, as `call-process' does."
  (let ((fh (find-file-name-handler default-directory 'process-file))
        lc stderr-file)
    (unwind-protect
        (if fh (apply fh 'process-file program infile buffer display args)
          (when infile (setq lc (file-local-copy infile)))
          ;; A handler may stand behind the STDERR file name too: the child writes a local
          ;; temporary file, which is then copied there.
          (setq stderr-file (when (and (consp buffer) (stringp (cadr buffer)))
                              (make-temp-file "emacs")))
          (prog1
              (apply #'call-process program
                     (or lc infile)
                     (if stderr-file (list (car buffer) stderr-file) buffer)
                     display args)
            (when stderr-file (copy-file stderr-file (cadr buffer) t))))
      (when stderr-file (delete-file stderr-file))
      (when lc (delete-file lc)))))

(defun process-file-shell-command (command &optional infile buffer display
                                           &rest args)
  "Process files synchronously in a separate process.
Similar to `call-process-shell-command', but calls `process-file'."
  (declare (advertised-calling-convention
            (command &optional infile buffer display) "24.5"))
  (process-file shell-file-name infile buffer display shell-command-switch
                (mapconcat #'identity (cons command args) " ")))

(defun shell-command-to-string (command)
  "Execute shell command COMMAND and return its output as a string."
  ;; GNU goes through `shell-command', whose synchronous path runs the shell
  ;; with standard error mixed into the output buffer, as here.
  (with-output-to-string
    (with-current-buffer standard-output
      (process-file shell-file-name nil t nil shell-command-switch command))))

;;; callproc.el ends here
