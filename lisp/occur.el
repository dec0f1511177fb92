;;; occur.el --- list the lines of a buffer that match a regexp  -*- lexical-binding: t -*-

;; Written for tsmacs (GNU counterpart: the `occur' half of lisp/replace.el).  Autoloaded.  `occur'
;; writes GNU's *Occur* listing: a header counting matches and lines, each matching line after its
;; line number, continuation lines of multi-line matches and NLINES lines of context after "       :"
;; (before the matches only when NLINES is negative), and "-------" between groups of lines whose
;; context windows share no line.

;;; Code:

(defvar list-matching-lines-default-context-lines 0
  "Default number of context lines included around `list-matching-lines' matches.")
(defvar occur-hook nil "Hook run by Occur when there are any matches.")
(defvar occur-mode-hook nil "Hook run when entering Occur mode.")
(defvar-local occur-revert-arguments nil
  "Arguments to pass to `occur-1' to revert an Occur mode buffer.")
(put 'occur-revert-arguments 'permanent-local t)

(defvar occur-mode-map
  (let ((map (make-sparse-keymap)))
    (define-key map "\C-m" 'occur-mode-goto-occurrence)
    (define-key map "o" 'occur-mode-goto-occurrence-other-window)
    (define-key map "n" 'occur-next)
    (define-key map "p" 'occur-prev)
    map)
  "Keymap for `occur-mode'.")

(define-derived-mode occur-mode special-mode "Occur"
  "Major mode for output from \\[occur]."
  (setq-local revert-buffer-function #'occur-revert-function))

(defun occur-revert-function (_ignore1 _ignore2)
  "Handle `revert-buffer' for Occur mode buffers."
  (apply #'occur-1 (append occur-revert-arguments (list (buffer-name)))))

(defun occur--case-fold-p (regexp)
  ;; `search-upper-case': an upper-case letter in REGEXP (not one escaped by a backslash, nor in a
  ;; [:class:] name) makes the search case-sensitive.
  (and case-fold-search
       (let ((case-fold-search nil) (s (replace-regexp-in-string "\\[:[a-z]+:]" "" regexp t t)) (i 0) (upper nil))
         (while (and (not upper) (< i (length s)))
           (let ((c (aref s i)))
             (cond ((eq c ?\\) (setq i (1+ i)))
                   ((/= c (downcase c)) (setq upper t))))
           (setq i (1+ i)))
         (not upper))))

(defun occur--hits (regexp)
  ;; The matches of REGEXP in the accessible part of the current buffer, grouped by the line they start
  ;; on: a list of (START-LINE END-LINE START-POS END-POS (MATCH-BEG . MATCH-END)...), in buffer order,
  ;; and the number of matches.
  (let ((hits nil) (count 0) (case-fold-search (occur--case-fold-p regexp)))
    (save-excursion
      (goto-char (point-min))
      (let ((line 1) (lpos (point-min)))
        (while (and (not (eobp)) (re-search-forward regexp nil t))
          (let* ((mb (match-beginning 0)) (me (match-end 0))
                 (start-line (progn (setq line (+ line (count-lines lpos (save-excursion (goto-char mb) (line-beginning-position)))))
                                    (setq lpos (save-excursion (goto-char mb) (line-beginning-position)))
                                    line))
                 (end-pos me) ; a match ending after a newline shows the next line too, as GNU's does
                 (end-line (+ start-line (count-lines lpos (save-excursion (goto-char end-pos) (line-beginning-position))))))
            (setq count (1+ count))
            (if (and hits (= (car (car hits)) start-line))
                ;; Another match on the same line: the line is listed once.
                (let ((hit (car hits)))
                  (setcar (cdr hit) (max (nth 1 hit) end-line))
                  (setcar (nthcdr 3 hit) (max (nth 3 hit) (save-excursion (goto-char end-pos) (line-end-position))))
                  (nconc hit (list (cons mb me))))
              (push (list start-line end-line lpos
                          (save-excursion (goto-char end-pos) (line-end-position))
                          (cons mb me))
                    hits))
            ;; An empty match must not be found again at the same place.
            (when (= me mb) (if (eobp) (goto-char (point-max)) (forward-char 1)))))))
    (cons (nreverse hits) count)))

(defun occur--line-text (n)
  ;; The text of line N of the current buffer (1-based, in the accessible part).
  (save-excursion
    (goto-char (point-min))
    (forward-line (1- n))
    (buffer-substring (line-beginning-position) (line-end-position))))

(defun occur--listing (buf hits nlines)
  ;; The lines of the listing for HITS of buffer BUF with NLINES of context, as one string.  Each hit
  ;; shows its lines and NLINES more on each side (within the buffer); windows that share a line merge,
  ;; and "-------" separates the others, even adjacent ones, as GNU's listing does.
  (with-current-buffer buf
    (let ((last-line (count-lines (point-min) (point-max)))
          (firsts (make-hash-table)) (groups nil) (out nil))
      (dolist (hit hits)
        (puthash (car hit) hit firsts)
        ;; A negative NLINES asks for lines before the matches only.
        (let ((from (max 1 (- (car hit) (abs nlines))))
              (to (max (nth 1 hit) (min last-line (+ (nth 1 hit) (max nlines 0))))))
          (if (and groups (<= from (cdr (car groups))))
              (setcdr (car groups) (max to (cdr (car groups))))
            (push (cons from to) groups))))
      (setq groups (nreverse groups))
      (dolist (group groups)
        (unless (eq group (car groups))
          (unless (= nlines 0) (push "-------\n" out)))
        (let ((n (car group)))
          (while (<= n (cdr group))
            (let ((hit (gethash n firsts)) (text (occur--line-text n)))
              (let ((prefix (if hit
                                (propertize (format "%7d:" n) 'occur-prefix t 'mouse-face 'highlight)
                              "       :")))
                ;; A matching line leads back to its matches: `occur-target' holds their markers.
                (when hit
                  (let ((targets (mapcar (lambda (m) (cons (copy-marker (car m)) (copy-marker (cdr m))))
                                         (nthcdr 4 hit))))
                    (add-text-properties 0 (length prefix) (list 'occur-target targets) prefix)
                    (add-text-properties 0 (length text) (list 'occur-target targets) text)))
                (push prefix out))
              (when hit
                ;; The matched text in the line gets the `match' face.
                (let ((lbeg (nth 2 hit)))
                  (dolist (m (nthcdr 4 hit))
                    (let ((s (- (car m) lbeg)) (e (min (length text) (- (cdr m) lbeg))))
                      (when (and (>= s 0) (< s e))
                        (add-text-properties s e '(occur-match t face match) text))))))
              (push text out)
              (push "\n" out))
            (setq n (1+ n)))))
      (apply #'concat (nreverse out)))))

(defun occur-1 (regexp nlines bufs &optional buf-name)
  "Write the matches of REGEXP in the buffers BUFS, with NLINES of context, into BUF-NAME (*Occur*)."
  (let* ((occur-buf (get-buffer-create (or buf-name "*Occur*")))
         (nlines-arg nlines)
         (nlines (if nlines (prefix-numeric-value nlines) list-matching-lines-default-context-lines))
         (total 0) (parts nil))
    (dolist (buf bufs)
      (when (buffer-live-p buf)
        (let* ((found (with-current-buffer buf (occur--hits regexp)))
               (hits (car found)) (count (cdr found)) (nlines-count (length hits)))
          (when (> count 0)
            (setq total (+ total count))
            (push (concat (propertize
                           (format "%d %s%s for \"%s\" in buffer: %s\n"
                                   count (if (= count 1) "match" "matches")
                                   (if (= count nlines-count) ""
                                     (format " in %d %s" nlines-count (if (= nlines-count 1) "line" "lines")))
                                   regexp (buffer-name buf))
                           'read-only t 'face 'underline)
                          (occur--listing buf hits nlines))
                  parts)))))
    (with-current-buffer occur-buf
      (let ((inhibit-read-only t))
        (erase-buffer)
        (apply #'insert (nreverse parts)))
      (occur-mode)
      (setq occur-revert-arguments (list regexp nlines-arg bufs))
      (goto-char (point-min)))
    (message "Searched %d buffer%s; %s for \"%s\""
             (length bufs) (if (= (length bufs) 1) "" "s")
             (cond ((= total 0) "no matches") ((= total 1) "1 match") (t (format "%d matches" total)))
             regexp)
    (if (= total 0)
        (kill-buffer occur-buf)
      (display-buffer occur-buf)
      (run-hooks 'occur-hook)
      nil)))

(defun occur (regexp &optional nlines region)
  "Show all lines in the current buffer containing a match for REGEXP.
NLINES lines of context are shown around each match (default `list-matching-lines-default-context-lines').
REGION, a list of (START . END), limits the search to the accessible text between its bounds."
  (interactive (list (read-regexp "List lines matching regexp") current-prefix-arg))
  (if region
      (save-restriction
        (narrow-to-region (apply #'min (mapcar #'car region)) (apply #'max (mapcar #'cdr region)))
        (occur-1 regexp nlines (list (current-buffer))))
    (occur-1 regexp nlines (list (current-buffer)))))

(defalias 'list-matching-lines 'occur)

(defun occur-mode--target ()
  (or (get-text-property (point) 'occur-target)
      (and (not (bolp)) (get-text-property (1- (point)) 'occur-target))
      (error "No occurrence on this line")))

(defun occur-mode-goto-occurrence (&optional _event)
  "Go to the occurrence shown on the current line, in the buffer it is in."
  (interactive)
  (let* ((target (car (occur-mode--target))) (m (car target)))
    (unless (buffer-live-p (marker-buffer m)) (error "Buffer for this occurrence was killed"))
    (pop-to-buffer (marker-buffer m))
    (goto-char m)))

(defun occur-mode-goto-occurrence-other-window ()
  "Go to the occurrence of the current line in another window."
  (interactive)
  (let* ((target (car (occur-mode--target))) (m (car target)))
    (switch-to-buffer-other-window (marker-buffer m))
    (goto-char m)))

(defun occur-mode-display-occurrence ()
  "Display in another window the occurrence the current line describes."
  (interactive)
  (let* ((target (car (occur-mode--target))) (m (car target))
         (window (display-buffer (marker-buffer m))))
    (set-window-point window m)
    window))

(defun occur--find-match (n search message)
  ;; Moves over N matches with SEARCH (next- or previous-single-property-change) on `occur-match':
  ;; landing inside a match, it goes on to that match's far end, where GNU's commands stop.
  (dotimes (_ (or n 1))
    (let ((r (funcall search (point) 'occur-match)))
      (when (and r (get-text-property r 'occur-match))
        (setq r (funcall search r 'occur-match)))
      (if r (goto-char r) (user-error message)))))

(defun occur-next (&optional n)
  "Move to the Nth (default 1) next match in an Occur mode buffer."
  (interactive "p")
  (occur--find-match n #'next-single-property-change "No more matches"))

(defun occur-prev (&optional n)
  "Move to the Nth (default 1) previous match in an Occur mode buffer."
  (interactive "p")
  (occur--find-match n #'previous-single-property-change "No earlier matches"))

(provide 'occur)

;;; occur.el ends here
