;;; cl-print.el --- CL-style generic printing (GNU: lisp/emacs-lisp/cl-print.el)  -*- lexical-binding: t -*-
;; Written for tsmacs.
;;
;; `cl-prin1' prints through the generic function `cl-print-object', so packages can add methods
;; for their own types.  Unlike `prin1', structures print with their slot names
;; (#s(TYPE :SLOT VALUE ...)), strings honour `print-length', and every elided part is an
;; ellipsis "..." that remembers what it stands for: printed into a buffer, the ellipsis carries a
;; `cl-print-ellipsis' text property from which `cl-print-expand-ellipsis' prints the rest.
;;
;; Depth (for `print-level'), sharing (for `print-circle') and cycles are handled once, by the
;; :around method, for every object.  Conses, vectors, structures and strings have methods of their
;; own; everything else goes to `prin1', which is safe only for objects that have no parts.

(require 'cl-generic)

(defvar cl-print-readably nil
  "If non-nil, try and make sure the result can be `read'.")

(defvar cl-print-compiled nil
  "Control how to print byte-compiled functions.
Acceptable values include:
- `static' to print the vector of constants.
- `disassemble' to print the disassembly of the code.
- nil to skip printing any details about the code.")

(defvar cl-print-compiled-button t
  "Control how to print byte-compiled functions into buffers.
When the stream is a buffer, make the bytecode part of the output
into a button whose action shows the function's disassembly.")

(defvar cl-print--number-table nil
  "With `print-circle': the table of shared objects made by `cl-print--preprocess'.
An object seen more than once maps to -N before its first printing and to N after.")

(defvar cl-print--currently-printing nil
  "The objects being printed, innermost first (without `print-circle', to cut cycles).")

(defvar cl-print--depth nil
  "Depth of recursion within cl-print functions.
Compared to `print-level' to determine when to stop recursing.")

(defsubst cl-print--too-deep-p ()
  "Non-nil when the object about to be printed lies deeper than `print-level' allows."
  (and cl-print--depth (natnump print-level) (> cl-print--depth print-level)))

(defsubst cl-print--limit (start len)
  "Index after the last item to print of LEN items when printing starts at START."
  (if (natnump print-length) (min (+ start print-length) len) len))

;;; The generic functions and their methods.

(cl-defgeneric cl-print-object (object stream)
  "Dispatcher to print OBJECT on STREAM according to its type.
You can add methods to it to customize the output.
But if you just want to print something, don't call this directly:
call other entry points instead, such as `cl-prin1'."
  ;; The C printer does not call back into cl-print: fine for objects without parts.
  (prin1 object stream))

(cl-defgeneric cl-print-object-contents (_object _start _stream)
  "Dispatcher to print the contents of OBJECT on STREAM.
Print the contents starting with the item at START, without
delimiters."
  ;; Every method that can print an ellipsis has a matching method here to expand it.
  (error "Missing cl-print-object-contents method"))

(defun cl-print--tail-taken-p (tail)
  "Non-nil if list TAIL must not be printed as the continuation of a list.
That is when it is shared (it gets its own #N= label) or already being printed (a cycle).
Otherwise TAIL is recorded as being printed."
  (cond (cl-print--number-table (numberp (gethash tail cl-print--number-table)))
        ((memq tail cl-print--currently-printing) t)
        (t (push tail cl-print--currently-printing) nil)))

(defun cl-print--list-tail (tail count stream space)
  "Print the elements of list TAIL, COUNT elements having been printed before them.
SPACE non-nil means put a space before the first one too.  Stops with an ellipsis at
`print-length', and prints a shared or dotted tail after \" . \"."
  (while (and (consp tail) (not (cl-print--tail-taken-p tail)))
    (if space (princ " " stream) (setq space t))
    (if (and (natnump print-length) (<= print-length count))
        (progn (cl-print-insert-ellipsis tail print-length stream)
               (setq tail nil))
      (cl-print-object (pop tail) stream))
    (setq count (1+ count)))
  (when tail
    (princ " . " stream)
    (cl-print-object tail stream)))

(defconst cl-print--quote-prefixes
  '((quote . "'") (function . "#'") (\` . "`") (\, . ",") (\,@ . ",@") (\,. . ",."))
  "Read-syntax prefixes printed for (SYMBOL X) when `print-quoted' is non-nil.")

(cl-defmethod cl-print-object ((object cons) stream)
  (if (cl-print--too-deep-p)
      (cl-print-insert-ellipsis object 0 stream)
    (let ((prefix (and print-quoted (consp (cdr object)) (null (cddr object))
                       (cdr (assq (car object) cl-print--quote-prefixes)))))
      (if prefix
          (progn (princ prefix stream)
                 (cl-print-object (cadr object) stream))
        (princ "(" stream)
        (cl-print-object (car object) stream)
        (cl-print--list-tail (cdr object) 1 stream t)
        (princ ")" stream)))))

(cl-defmethod cl-print-object-contents ((object cons) _start stream)
  (cl-print--list-tail object 0 stream nil))

(defun cl-print--vector-items (object start stream)
  "Print the elements of vector OBJECT from START, separated by spaces, up to `print-length'."
  (let* ((len (length object))
         (limit (cl-print--limit start len)))
    (let ((i start))
      (while (< i limit)
        (unless (= i start) (princ " " stream))
        (cl-print-object (aref object i) stream)
        (setq i (1+ i))))
    (when (< limit len)
      (princ " " stream)
      (cl-print-insert-ellipsis object limit stream))))

(cl-defmethod cl-print-object ((object vector) stream)
  (if (cl-print--too-deep-p)
      (cl-print-insert-ellipsis object 0 stream)
    (princ "[" stream)
    (cl-print--vector-items object 0 stream)
    (princ "]" stream)))

(cl-defmethod cl-print-object-contents ((object vector) start stream)
  (cl-print--vector-items object start stream))

(cl-defmethod cl-print-object ((object hash-table) stream)
  (princ (format "#<hash-table %s %d/%d %#x>" (hash-table-test object) (hash-table-count object)
                 (hash-table-size object) (sxhash-eq object))
         stream))

(defun cl-print--arglist (function)
  "The argument list of compiled FUNCTION, with names made up when it has none (GNU:
`help-function-arglist')."
  (let ((args (aref function 0)))
    (if (listp args)
        args
      ;; An integer: the minimum in bits 0-6, the maximum in bits 8-14, &rest in bit 7.
      (let* ((min (logand args 127))
             (max (logand (ash args -8) 127))
             (result nil))
        (dotimes (i max)
          (when (= i min) (push '&optional result))
          (push (intern (format "arg%d" (1+ i))) result))
        (when (/= 0 (logand args 128))
          (push '&rest result)
          (push 'rest result))
        (nreverse result)))))

(cl-defmethod cl-print-object ((object compiled-function) stream)
  (unless stream (setq stream standard-output))
  ;; "#f(...)" rather than "#<...>", which pp.el lays out better.
  (princ "#f(compiled-function " stream)
  (let ((args (cl-print--arglist object)))
    (if args (prin1 args stream) (princ "()" stream)))
  (let ((doc (documentation object 'raw)))
    (when (stringp doc)
      ;; The "(fn ARGS)" usage line is left out: the arguments are already shown.
      (let ((doc (if (string-match "\n\n(fn[ )].*\\'" doc) (substring doc 0 (match-beginning 0)) doc)))
        (unless (string= doc "")
          (princ " " stream)
          (prin1 doc stream)))))
  (let ((inter (interactive-form object)))
    (when inter
      (princ " " stream)
      (cl-print-object inter stream)))
  (princ " " stream)
  (princ (format "#<bytecode %#x>" (sxhash-eq object)) stream)
  (when (eq cl-print-compiled 'static)
    (princ " " stream)
    (cl-print-object (aref object 2) stream))
  (princ ")" stream))

(cl-defmethod cl-print-object :extra "nadvice" ((object compiled-function) stream)
  (if (not (and (fboundp 'advice--p) (advice--p object)))
      (cl-call-next-method)
    (princ "#f(advice-wrapper " stream)
    (when (fboundp 'advice--where)
      (princ (advice--where object) stream)
      (princ " " stream))
    (cl-print-object (advice--cdr object) stream)
    (princ " " stream)
    (cl-print-object (advice--car object) stream)
    (let ((props (advice--props object)))
      (when props
        (princ " " stream)
        (cl-print-object props stream)))
    (princ ")" stream)))

(defun cl-print--struct-slots (object start stream space)
  "Print \":SLOT VALUE\" pairs of structure OBJECT from slot START, up to `print-length'.
SPACE non-nil means put a space before the first pair too."
  (let* ((slots (cl--struct-class-slots (cl--find-class (type-of object))))
         (len (length slots))
         (limit (cl-print--limit start len))
         (i start))
    (while (< i limit)
      (if space (princ " " stream) (setq space t))
      (princ ":" stream)
      (princ (aref (aref slots i) 1) stream)
      (princ " " stream)
      (cl-print-object (aref object (1+ i)) stream)
      (setq i (1+ i)))
    (when (< limit len)
      (princ " " stream)
      (cl-print-insert-ellipsis object limit stream))))

(cl-defmethod cl-print-object ((object cl-structure-object) stream)
  (if (cl-print--too-deep-p)
      (cl-print-insert-ellipsis object 0 stream)
    (princ "#s(" stream)
    (princ (type-of object) stream)
    (cl-print--struct-slots object 0 stream t)
    (princ ")" stream)))

(cl-defmethod cl-print-object-contents ((object cl-structure-object) start stream)
  (cl-print--struct-slots object start stream nil))

(defun cl-print--string-intervals (object pos stream first)
  "Print the text property intervals of string OBJECT from POS as \"FROM TO PROPS\".
At most a third of `print-length' intervals are printed, the rest becomes an ellipsis.
FIRST non-nil means no space before the first interval."
  (let* ((len (length object))
         (max-intervals (and (natnump print-length) (max 1 (/ print-length 3))))
         (printed 0))
    (while (and (< pos len) (or (null max-intervals) (< printed max-intervals)))
      (let ((end (next-property-change pos object len))
            (props (text-properties-at pos object)))
        (when props
          (if first (setq first nil) (princ " " stream))
          (princ (format "%d %d " pos end) stream)
          (cl-print-object props stream)
          (setq printed (1+ printed)))
        (setq pos end)))
    (when (< pos len)
      (princ " " stream)
      (cl-print-insert-ellipsis object (list pos) stream))))

(cl-defmethod cl-print-object ((object string) stream)
  (unless stream (setq stream standard-output))
  (let* ((propertized (or (text-properties-at 0 object) (next-property-change 0 object)))
         (len (length object))
         (limit (cl-print--limit 0 len)))
    (if (and propertized (cl-print--too-deep-p))
        (cl-print-insert-ellipsis object 0 stream)
      (when propertized (princ "#(" stream))
      (if (= limit len)
          (prin1 (if propertized (substring-no-properties object) object) stream)
        ;; The ellipsis is inside the quotes; in a buffer it is the 3 characters before the closing one.
        (prin1 (concat (substring-no-properties object 0 limit) "...") stream)
        (when (bufferp stream)
          (with-current-buffer stream
            (cl-print-propertize-ellipsis object limit (- (point) 4) (- (point) 1) stream))))
      (when propertized
        (cl-print--string-intervals
         object (if (text-properties-at 0 object) 0 (next-property-change 0 object)) stream nil)
        (princ ")" stream)))))

(cl-defmethod cl-print-object-contents ((object string) start stream)
  ;; START is an index into the text for an ellipsis in the text, or (INDEX) for one in the
  ;; property list.
  (if (consp start)
      (cl-print--string-intervals object (car start) stream t)
    (let* ((len (length object))
           (limit (cl-print--limit start len))
           (quoted (prin1-to-string (substring-no-properties object start limit))))
      (princ (substring quoted 1 -1) stream)
      (when (< limit len)
        (cl-print-insert-ellipsis object limit stream)))))

;;; Depth, sharing and cycles.

;; `print-continuous-numbering' is not supported: an object that appears once in each of
;; several calls cannot show its sharing anyway.

(cl-defmethod cl-print-object :around (object stream)
  (let ((cl-print--depth (if cl-print--depth (1+ cl-print--depth) 1)))
    (if print-circle
        (let ((n (gethash object cl-print--number-table)))
          (cond ((not (numberp n)) (cl-call-next-method))
                ((> n 0) (princ (format "#%d#" n) stream))
                (t (puthash object (- n) cl-print--number-table)
                   (princ (format "#%d=" (- n)) stream)
                   (cl-call-next-method))))
      (let ((cycle (memq object cl-print--currently-printing)))
        (if cycle
            ;; A reference to the enclosing object, counted from the outermost one.
            (princ (format "#%d" (length (cdr cycle))) stream)
          (let ((cl-print--currently-printing (cons object cl-print--currently-printing)))
            (cl-call-next-method)))))))

(defvar cl-print--number-index nil
  "The last label number given by `cl-print--find-sharing'.")

(defun cl-print--find-sharing (object table)
  "Record in TABLE the objects reachable from OBJECT, labelling those seen twice.
An object seen once maps to t, one seen more often to -N for its label N."
  ;; An explicit stack rather than recursion: deep structures must not exhaust the Lisp stack.
  (let ((stack (list object)))
    (while stack
      (let ((x (pop stack)))
        ;; Numbers, nil and interned symbols have no identity worth a label.
        (unless (or (numberp x) (null x) (and (symbolp x) (intern-soft x)))
          (let ((seen (gethash x table)))
            (cond
             ((numberp seen))
             (seen (puthash x (- (setq cl-print--number-index (1+ cl-print--number-index))) table))
             (t
              (puthash x t table)
              (cond
               ((consp x) (push (cdr x) stack) (push (car x) stack))
               ((stringp x)
                (let ((len (length x))
                      (pos 0))
                  (while (< pos len)
                    (let ((props (text-properties-at pos x)))
                      (when props (push props stack)))
                    (setq pos (next-property-change pos x len)))))
               ((or (arrayp x) (byte-code-function-p x))
                (dotimes (i (length x)) (push (aref x i) stack))))))))))))

(defun cl-print--preprocess (object)
  "The sharing table of OBJECT for printing with `print-circle'."
  (let ((print-number-table (make-hash-table :test 'eq :rehash-size 2.0)))
    (if (fboundp 'print--preprocess)
        (print--preprocess object)      ; the printer's own pass fills `print-number-table'
      (let ((cl-print--number-index 0))
        (cl-print--find-sharing object print-number-table)))
    print-number-table))

;;; Ellipses.

(defun cl-print-insert-ellipsis (object start stream)
  "Print \"...\" to STREAM with the `cl-print-ellipsis' text property.
Save state in the text property in order to print the elided part
of OBJECT later.  START should be 0 if the whole OBJECT is being
elided, otherwise it should be an index or other pointer into the
internals of OBJECT which can be passed to
`cl-print-object-contents' at a future time."
  (unless stream (setq stream standard-output))
  (if (not (bufferp stream))
      (princ "..." stream)
    (let ((beg (with-current-buffer stream (point))))
      (princ "..." stream)
      (cl-print-propertize-ellipsis object start beg (with-current-buffer stream (point)) stream))))

(defun cl-print-propertize-ellipsis (object start beg end stream)
  "Add the `cl-print-ellipsis' property between BEG and END.
STREAM should be a buffer.  OBJECT and START are as described in
`cl-print-insert-ellipsis'."
  (with-current-buffer stream
    (put-text-property beg end 'cl-print-ellipsis
                       (list object start cl-print--number-table cl-print--currently-printing)
                       stream)))

(defun cl-print-expand-ellipsis (value stream)
  "Print the expansion of an ellipsis to STREAM.
VALUE should be the value of the `cl-print-ellipsis' text property
which was attached to the ellipsis by `cl-prin1'."
  (let* ((object (nth 0 value))
         (start (nth 1 value))
         (cl-print--depth 1)
         (cl-print--number-table (nth 2 value))
         (print-number-table (nth 2 value))
         (cl-print--currently-printing (nth 3 value)))
    ;; The object itself was recorded as in progress when it was elided whole; it is not now.
    (when (eq object (car cl-print--currently-printing))
      (setq cl-print--currently-printing (cdr cl-print--currently-printing)))
    (if (equal start 0)
        (cl-print-object object stream)
      (cl-print-object-contents object start stream))))

;;; Entry points.

(defun cl-prin1 (object &optional stream)
  "Print OBJECT on STREAM according to its type.
Output is further controlled by the variables
`cl-print-readably', `cl-print-compiled', along with output
variables for the standard printing functions.  See Info
node `(elisp)Output Variables'."
  (if cl-print-readably
      (prin1 object stream)
    (with-demoted-errors "cl-prin1: %S"
      (let ((cl-print--number-table (and print-circle (cl-print--preprocess object))))
        (cl-print-object object stream)))))

(defun cl-prin1-to-string (object)
  "Return a string containing the `cl-prin1'-printed representation of OBJECT."
  ;; Printed into a buffer, so the ellipses carry their `cl-print-ellipsis' property.
  (with-temp-buffer
    (cl-prin1 object (current-buffer))
    (buffer-string)))

(defun cl-print-to-string-with-limit (print-function value limit)
  "Return a string containing a printed representation of VALUE.
Attempt to get the length of the returned string under LIMIT
characters with appropriate settings of `print-level' and
`print-length.'  Use PRINT-FUNCTION to print, which should take
the arguments VALUE and STREAM and which should respect
`print-length' and `print-level'.  LIMIT may be nil or zero in
which case PRINT-FUNCTION will be called with `print-level' and
`print-length' bound to nil."
  (let ((limit (and (natnump limit) (> limit 0) limit)))
    (if (not limit)
        (let ((print-length nil) (print-level nil))
          (with-temp-buffer
            (funcall print-function value (current-buffer))
            (buffer-string)))
      ;; Start generous, then lower both limits in proportion to how much too long the text is,
      ;; never below a print-level of 2.
      (let* ((print-length (min limit 50))
             (print-level (min 8 (truncate (log limit))))
             (length-step (max 1 (truncate (/ print-length print-level))))
             (result nil))
        (with-temp-buffer
          (while (not result)
            (erase-buffer)
            (funcall print-function value (current-buffer))
            (let ((size (buffer-size)))
              (if (or (< size limit) (<= print-level 2))
                  (setq result (buffer-string))
                (let ((level-step (max 1 (min (- print-level 2) (/ size limit)))))
                  (setq print-level (- print-level level-step))
                  (setq print-length (- print-length (* length-step level-step)))))))
          result)))))

(provide 'cl-print)

;;; cl-print.el ends here
