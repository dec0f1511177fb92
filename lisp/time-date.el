;;; time-date.el --- time and date arithmetic, and formatting durations (GNU: lisp/calendar/time-date.el)  -*- lexical-binding: t -*-

;;; Commentary:

;; tsmacs's own version of the parts of GNU's time-date.el that need no date parsing:
;; `format-seconds' and `seconds-to-string' for durations, day counts, leap years and month
;; lengths, and conversions between seconds, days and Lisp timestamps.  (`date-to-time' and the
;; other functions that parse date strings need parse-time.el, not here yet.)

;;; Code:

(require (quote cl-lib))

(defun seconds-to-time (seconds)
  "Convert SECONDS to a proper time, like `current-time' would."
  (time-convert seconds 'list))

(defun days-to-time (days)
  "Convert DAYS into a time value."
  (let ((time (time-convert (* 86400 days) 'list)))
    ;; Traditionally a whole number of days gives the old two-integer form (1 20864).
    (when (integerp days) (setcdr (cdr time) nil))
    time))

(defun time-since (time)
  "Return the time elapsed since TIME."
  (time-subtract nil time))

(defun date-leap-year-p (year)
  "Return t if YEAR is a leap year."
  (or (and (zerop (% year 4)) (not (zerop (% year 100))))
      (zerop (% year 400))))

(defun date-days-in-month (year month)
  "The number of days in MONTH in YEAR."
  (unless (and (numberp month) (<= 1 month 12))
    (error "Month %s is invalid" month))
  (if (= month 2)
      (if (date-leap-year-p year) 29 28)
    (if (memq month '(1 3 5 7 8 10 12)) 31 30)))

(defun time-date--day-in-year (tim)
  "Return the day number within the year corresponding to the decoded time TIM."
  (let* ((month (decoded-time-month tim))
         (day (decoded-time-day tim))
         (year (decoded-time-year tim))
         (n day))
    (dotimes (m (1- month))
      (setq n (+ n (date-days-in-month year (1+ m)))))
    n))

(defun time-to-day-in-year (time)
  "Return the day number within the year corresponding to TIME."
  (time-date--day-in-year (decode-time time)))

(defun time-to-days (time)
  "The absolute date corresponding to TIME, a time value.
The absolute date is the number of days elapsed since the imaginary
Gregorian date Sunday, December 31, 1 BC."
  (let* ((tim (decode-time time))
         (year (decoded-time-year tim))
         (prior (1- year)))
    (+ (time-date--day-in-year tim)
       (* 365 prior)
       (/ prior 4)
       (- (/ prior 100))
       (/ prior 400))))

(defun time-to-number-of-days (time)
  "Return the number of days represented by TIME.
Returns a floating point number."
  (/ (float-time time) (* 60 60 24)))

(defun date-ordinal-to-time (year ordinal)
  "Convert a YEAR/ORDINAL to the equivalent `decoded-time' structure.
ORDINAL is the number of days since the start of the year, with
January 1st being 1."
  (let ((month 1))
    (while (> ordinal (date-days-in-month year month))
      (setq ordinal (- ordinal (date-days-in-month year month))
            month (1+ month)))
    (list nil nil nil ordinal month year nil nil nil)))

;;; Decoded times.

(cl-defun make-decoded-time (&key second minute hour day month year dst zone)
  "Return a `decoded-time' structure with only the keywords given filled out."
  (list second minute hour day month year nil dst zone))

(defun time-date--days-from-civil (year month day)
  "The absolute day number of YEAR-MONTH-DAY (day 1 is January 1st of year 1)."
  (let ((prior (1- year)) (n day))
    (dotimes (m (1- month)) (setq n (+ n (date-days-in-month year (1+ m)))))
    (+ n (* 365 prior) (floor prior 4) (- (floor prior 100)) (floor prior 400))))

(defun time-date--civil-from-days (days)
  "The (YEAR MONTH DAY) of absolute day number DAYS."
  (let ((year (1+ (floor days 365.2425))))
    ;; The estimate is off by at most one year either way.
    (while (> (time-date--days-from-civil year 1 1) days) (setq year (1- year)))
    (while (<= (time-date--days-from-civil (1+ year) 1 1) days) (setq year (1+ year)))
    (let ((month 1) (left (- days (time-date--days-from-civil year 1 1) -1)))
      (while (> left (date-days-in-month year month))
        (setq left (- left (date-days-in-month year month)) month (1+ month)))
      (list year month left))))

(defun decoded-time-add (time delta)
  "Add DELTA to TIME, both of which are `decoded-time' structures.
TIME should represent a time, while DELTA should have non-nil
entries only for the values that should be altered.  Years and
months are added first (a day that no longer exists in the new
month becomes that month's last day), then days, then hours,
minutes, seconds and the zone offset, carrying into the date.
The week day and DST flag are left as they are."
  (let ((new (copy-sequence time)))
    (when (decoded-time-year delta)
      (setf (decoded-time-year new) (+ (decoded-time-year new) (decoded-time-year delta))))
    (when (decoded-time-month delta)
      ;; The years carried are the month count divided with truncation, as GNU's does:
      ;; January minus 13 months is December of the year before, not two years before.
      (let ((months (+ (1- (decoded-time-month new)) (decoded-time-month delta))))
        (setf (decoded-time-month new) (1+ (mod months 12))
              (decoded-time-year new) (+ (decoded-time-year new) (truncate months 12)))))
    (when (or (decoded-time-year delta) (decoded-time-month delta))
      (setf (decoded-time-day new)
            (min (decoded-time-day new)
                 (date-days-in-month (decoded-time-year new) (decoded-time-month new)))))
    (let ((days (or (decoded-time-day delta) 0))
          (secs (+ (or (decoded-time-minute delta) 0) 0)))
      (setq secs (+ (* 60 secs) (* 3600 (or (decoded-time-hour delta) 0))
                    (or (decoded-time-zone delta) 0)))
      ;; Seconds may be (TICKS . HZ): they are added as such, and whole minutes carried.
      (let* ((dsec (or (decoded-time-second delta) 0))
             (osec (or (decoded-time-second new) 0))
             (hz (cond ((consp osec) (cdr osec)) ((consp dsec) (cdr dsec)) (t 1)))
             (ticks (+ (if (consp osec) (car osec) (* osec hz))
                       (if (consp dsec) (* (car dsec) (/ hz (cdr dsec))) (* dsec hz))
                       (* secs hz)
                       (* hz (+ (* 60 (or (decoded-time-minute new) 0))
                                (* 3600 (or (decoded-time-hour new) 0))))))
             (day-ticks (* 86400 hz)))
        (setq days (+ days (floor ticks day-ticks)))
        (setq ticks (mod ticks day-ticks))
        (setf (decoded-time-hour new) (floor ticks (* 3600 hz))
              (decoded-time-minute new) (floor (mod ticks (* 3600 hz)) (* 60 hz)))
        (let ((s (mod ticks (* 60 hz))))
          (setf (decoded-time-second new) (if (= hz 1) s (cons s hz)))))
      (unless (zerop days)
        (pcase-let ((`(,y ,m ,d) (time-date--civil-from-days
                                  (+ days (time-date--days-from-civil (decoded-time-year new)
                                                                      (decoded-time-month new)
                                                                      (decoded-time-day new))))))
          (setf (decoded-time-year new) y (decoded-time-month new) m (decoded-time-day new) d))))
    new))

(defun decoded-time-period (time)
  "Interpret TIME as a period and return its length in seconds.
For computational purposes, years are 365 days long and months
are 30 days long."
  (let ((sec (or (decoded-time-second time) 0)))
    (+ (if (consp sec) (/ (float (car sec)) (cdr sec)) sec)
       (* 60 (or (decoded-time-minute time) 0))
       (* 3600 (or (decoded-time-hour time) 0))
       (* 86400 (or (decoded-time-day time) 0))
       (* 2592000 (or (decoded-time-month time) 0))
       (* 31536000 (or (decoded-time-year time) 0)))))

;;; Durations.

(defconst format-seconds--units
  '(("y" "year" 31536000) ("d" "day" 86400) ("h" "hour" 3600) ("m" "minute" 60) ("s" "second" 1))
  "The units of `format-seconds', largest first: specifier, name, seconds.")

(defun format-seconds (string seconds)
  "Use format control STRING to format the number SECONDS.
The valid format specifiers are:
%y is the number of (365-day) years.
%d is the number of days.
%h is the number of hours.
%m is the number of minutes.
%s is the number of seconds.
%z is a non-printing control flag (see below).
%% is a literal \"%\".

Upper-case specifiers are followed by the unit-name (e.g. \"years\").
Lower-case specifiers return only the unit.

\"%\" may be followed by a number specifying a width, with an
optional leading \".\" for zero-padding.  For example, \"%.3Y\" will
return something of the form \"001 year\".

The \"%s\" spec takes an additional optional parameter,
introduced by the \",\" character, to say how many decimals to
use.  \"%,1s\" means \"use one decimal\".

The \"%z\" specifier does not print anything.  When it is used, specifiers
must be given in order of decreasing size.  To the left of \"%z\", nothing
is output until the first non-zero unit is encountered."
  (let ((case-fold-search t)
        (pieces nil)                    ; the output, as (KIND . TEXT), KIND a unit letter or nil
        (seen nil) (zflag-at nil) (fraction nil)
        (start 0))
    ;; First the specifiers, checked: each unit at most once, in decreasing order when %z is used.
    (while (string-match "%\\.?[0-9]*\\(,[0-9]+\\)?\\(.\\)" string start)
      (let ((spec (downcase (match-string 2 string))))
        (cond ((equal spec "%"))
              ((not (member spec '("y" "d" "h" "m" "s" "z")))
               (error "Bad format specifier: `%s'" (match-string 2 string)))
              ((member spec seen)
               (error "Multiple instances of specifier: `%s'" spec))
              (t (push spec seen)
                 (when (and (equal spec "s") (match-beginning 1))
                   (setq fraction (string-to-number (substring (match-string 1 string) 1))))))
        (setq start (match-end 0))))
    (when (member "z" seen)
      (let ((order (delete "z" (reverse seen))))
        (unless (equal order (seq-filter (lambda (u) (member u order)) '("y" "d" "h" "m" "s")))
          (error "Units are not in decreasing order of size"))))
    ;; Without fractional seconds the count is whole seconds, rounded.
    (unless fraction (setq seconds (round seconds)))
    ;; The count of each unit present, largest first, whatever their order in STRING.
    (let ((counts nil) (remaining seconds))
      (dolist (unit format-seconds--units)
        (when (member (car unit) seen)
          (if (equal (car unit) "s")
              (push (cons "s" remaining) counts)
            (let ((n (floor remaining (nth 2 unit))))
              (push (cons (car unit) n) counts)
              (setq remaining (- remaining (* n (nth 2 unit))))))))
      (setq start 0)
      (while (string-match "%\\(\\.\\)?\\([0-9]+\\)?\\(,[0-9]+\\)?\\(.\\)" string start)
        (push (cons nil (substring string start (match-beginning 0))) pieces)
        (let* ((zero-pad (match-beginning 1))
               (width (and (match-beginning 2) (match-string 2 string)))
               (letter (match-string 4 string))
               (spec (downcase letter))
               (unit (assoc spec format-seconds--units)))
          (cond
           ((equal spec "%") (push (cons nil "%") pieces))
           ((equal spec "z") (setq zflag-at (length pieces)) (push (cons 'z "") pieces))
           (t
            (let* ((count (cdr (assoc spec counts)))
                   (num (if (and (equal spec "s") fraction)
                            (format (format "%%%s%s.%df" (if zero-pad "0" "") (or width "") fraction) count)
                          (format (format "%%%s%sd" (if zero-pad "0" "") (or width "")) count))))
              (push (cons (if (zerop count) 'zero 'nonzero)
                          (if (equal letter spec)
                              num
                            (concat num " " (nth 1 unit) (if (= count 1) "" "s"))))
                    pieces))))
          (setq start (match-end 0))))
      (push (cons nil (substring string start)) pieces))
    (setq pieces (nreverse pieces))
    ;; %z: before it, everything up to the first unit that is not zero goes.
    (when zflag-at
      (let ((before (seq-take pieces zflag-at))
            (after (nthcdr (1+ zflag-at) pieces)))
        (let ((first-nonzero (seq-position before 'nonzero (lambda (p kind) (eq (car p) kind)))))
          (setq pieces (append (if first-nonzero (nthcdr first-nonzero before) nil) after)))))
    (mapconcat #'cdr pieces "")))

(defun seconds-to-string (delay)
  "Convert the time interval in seconds to a short string."
  (let ((units '((1 "ms" 0.001) (100 "s" 1) (6000 "m" 60.0) (108000 "h" 3600.0)
                 (34560000 "d" 86400.0) (nil "y" 31557600.0))))
    (cond ((zerop delay) "0s")
          (t (let ((unit (seq-find (lambda (u) (or (null (car u)) (< delay (car u)))) units)))
               (format "%.2f%s" (/ delay (nth 2 unit)) (nth 1 unit)))))))

(provide 'time-date)

;;; time-date.el ends here
