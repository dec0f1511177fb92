;;; thingatpt.el --- get the `thing' at point  -*- lexical-binding: t -*-

;; tsmacs's own implementation of GNU Emacs's thingatpt.el: a THING is a kind of text (word, symbol,
;; sexp, list, line, whitespace, number, filename, url, email, uuid) with a way to move over it
;; (`forward-THING', or the symbol's `forward-op', `beginning-op', `end-op', `bounds-of-thing-at-point'
;; and `thing-at-point' properties), and these functions find the one around point.

(defun forward-thing (thing &optional n)
  "Move forward to the end of the Nth next THING.
THING should be a symbol specifying a type of syntactic entity.
Possibilities include `symbol', `list', `sexp', `defun',
`filename', `url', `email', `uuid', `word', `sentence', `whitespace',
`line', and `page'."
  (let ((forward-op (or (get thing 'forward-op)
                        (intern-soft (format "forward-%s" thing)))))
    (if (functionp forward-op)
        (funcall forward-op (or n 1))
      (error "Can't determine how to move over a %s" thing))))

(defun bounds-of-thing-at-point (thing)
  "Determine the start and end buffer locations for the THING at point.
THING should be a symbol specifying a type of syntactic entity.
See `thing-at-point' for a list of possible values of THING.

The value is a cons cell (START . END) giving the start and end
positions of the thing found."
  (cond
   ((get thing 'bounds-of-thing-at-point)
    (funcall (get thing 'bounds-of-thing-at-point)))
   (t
    (let ((orig (point))
          (to-end (or (get thing 'end-op) (lambda () (forward-thing thing 1))))
          (to-beg (or (get thing 'beginning-op) (lambda () (forward-thing thing -1)))))
      (ignore-errors
        (save-excursion
          ;; A thing that starts at or before point: over one, back to its start, then its real end.
          (funcall to-end)
          (funcall to-beg)
          (let ((beg (point)))
            (if (<= beg orig)
                (let ((end (progn (funcall to-end) (point))))
                  (when (and (<= orig end) (< beg end))
                    (cons beg end)))
              ;; Else a thing that ends at point: back to a start, forward to its end, back again.
              (goto-char orig)
              (funcall to-beg)
              (funcall to-end)
              (let* ((end (point))
                     (beg (progn (funcall to-beg) (point))))
                (when (and (<= beg orig) (<= orig end) (< beg end))
                  (cons beg end)))))))))))

(defun thing-at-point--beginning-of-symbol ()
  "Move point to the beginning of the current symbol."
  ;; Only when there is a symbol before point: otherwise point stays, and so no symbol is found.
  (and (re-search-backward "\\(\\sw\\|\\s_\\)+" nil t)
       (skip-syntax-backward "w_")))
(put 'symbol 'beginning-op 'thing-at-point--beginning-of-symbol)

(defvar thing-at-point-provider-alist nil
  "Alist of providers for returning a \"thing\" at point.
Each element is (THING . FUNCTION); FUNCTION is called with no arguments
and returns the THING at point, or nil to let the next provider try.")

(defun thing-at-point (thing &optional no-properties)
  "Return the THING at point.
THING should be a symbol specifying a type of syntactic entity.
Possibilities include `symbol', `list', `sexp', `defun', `number',
`filename', `url', `email', `uuid', `word', `sentence', `whitespace',
`line', `page', and others.

When the optional argument NO-PROPERTIES is non-nil,
strip text properties from the return value.

See the file `thingatpt.el' for documentation on how to define
a symbol as a valid THING."
  (let ((text
         (cond
          ((let ((found nil))
             (dolist (provider thing-at-point-provider-alist)
               (and (not found) (eq (car provider) thing)
                    (setq found (funcall (cdr provider)))))
             found))
          ((get thing 'thing-at-point) (funcall (get thing 'thing-at-point)))
          (t (let ((bounds (bounds-of-thing-at-point thing)))
               (when bounds (buffer-substring (car bounds) (cdr bounds))))))))
    (when (and text no-properties (sequencep text))
      (set-text-properties 0 (length text) nil text))
    text))

(defun beginning-of-thing (thing)
  "Move point to the beginning of THING.
The bounds of THING are determined by `bounds-of-thing-at-point'."
  (let ((bounds (bounds-of-thing-at-point thing)))
    (or bounds (error "No %s here" thing))
    (goto-char (car bounds))))

(defun end-of-thing (thing)
  "Move point to the end of THING.
The bounds of THING are determined by `bounds-of-thing-at-point'."
  (let ((bounds (bounds-of-thing-at-point thing)))
    (or bounds (error "No %s here" thing))
    (goto-char (cdr bounds))))

;;; Lines: the beginning of a line is its own start, so going back from there goes to the previous line.

(put 'line 'beginning-op (lambda () (if (bolp) (forward-line -1) (beginning-of-line))))

;;; Symbols and whitespace: `forward-symbol' and `forward-whitespace' are preloaded (subr-misc.el), as
;;; GNU has them in subr.el.

;;; Sexps and lists.

(defun thing-at-point--end-of-sexp ()
  "Move point to the end of the current sexp."
  ;; GNU 28 tests `syntax-after' (a cons) against characters here, so in effect it always moves
  ;; over one sexp, staying put at a closing paren: a thing before `)' is the last element,
  ;; not the list (bounds-of-thing-at-point 'sexp at "(a b|)" is b's).
  (condition-case nil (forward-sexp 1) (scan-error nil)))

(defun thing-at-point--beginning-of-sexp ()
  "Move point to the beginning of the current sexp."
  (let ((syntax (and (char-before) (char-syntax (char-before)))))
    (if (or (eq syntax ?\()
            (and (eq syntax ?\") (nth 3 (syntax-ppss))))
        (forward-char -1)
      (forward-sexp -1))))

(put 'sexp 'end-op #'thing-at-point--end-of-sexp)
(put 'sexp 'beginning-op #'thing-at-point--beginning-of-sexp)

(defun thing-at-point-bounds-of-list-at-point ()
  "Return the bounds of the list at point.
Prefer the enclosing list with fallback on sexp at point."
  (save-excursion
    ;; `up-list' leaves point at the start of the enclosing list (at top level, where it was) and
    ;; returns nil either way; the sexp found from there is the answer when it covers that spot.
    (ignore-errors (up-list -1))
    (let ((bound (bounds-of-thing-at-point 'sexp)))
      (and bound (<= (car bound) (point)) (< (point) (cdr bound)) bound))))

(put 'list 'bounds-of-thing-at-point #'thing-at-point-bounds-of-list-at-point)

;;; Matching a regexp around point.

(defun thing-at-point-looking-at (regexp &optional distance)
  "Return non-nil if point is in or just after a match for REGEXP.
Set the match data from the earliest such match ending at or after
point.

Optional argument DISTANCE limits search for REGEXP forward and
back from point."
  (let* ((old (point))
         (beg (if distance (max (point-min) (- old distance)) (point-min)))
         (end (if distance (min (point-max) (+ old distance)) (point-max)))
         (found nil))
    ;; The first match, searching forwards from BEG, that reaches OLD: it must also start by OLD.
    (save-excursion
      (save-restriction
        (narrow-to-region beg end)
        (goto-char beg)
        (let ((going t))
          (while (and going (re-search-forward regexp nil t))
            (if (>= (match-end 0) old)
                (setq going nil found (<= (match-beginning 0) old))
              ;; Matches may overlap: try again one character after this one's start.
              (goto-char (1+ (match-beginning 0))))))))
    found))

;;; Numbers, file names, URLs, e-mail addresses and UUIDs.

(defun number-at-point ()
  "Return the number at point, or nil if none is found.
Decimal numbers like \"14\" or \"-14.5\", as well as hex numbers
like \"0xBEEF09\" or \"#xBEEF09\", are recognized."
  (cond
   ((thing-at-point-looking-at "\\(0x\\|#x\\)\\([a-fA-F0-9]+\\)" 500)
    (string-to-number (buffer-substring (match-beginning 2) (match-end 2)) 16))
   ((thing-at-point-looking-at "-?[0-9]+\\.?[0-9]*" 500)
    (string-to-number (buffer-substring (match-beginning 0) (match-end 0))))))

(put 'number 'thing-at-point #'number-at-point)

(defvar thing-at-point-file-name-chars "-@~/[:alnum:]_.${}#%,:"
  "Characters allowable in filenames.")

(put 'filename 'bounds-of-thing-at-point
     (lambda ()
       (save-excursion
         (let ((beg (progn (skip-chars-backward thing-at-point-file-name-chars) (point)))
               (end (progn (skip-chars-forward thing-at-point-file-name-chars) (point))))
           (when (< beg end) (cons beg end))))))

(defvar thing-at-point-uri-schemes
  ;; IANA's registered schemes, and a few older ones, as GNU lists them.
  '("aaa://" "about:" "acap://" "apt:" "bzr://" "bzr+ssh://"
    "attachment:/" "chrome://" "cid:" "content://" "crid://" "cvs://"
    "data:" "dav:" "dict://" "doi:" "dns:" "dtn:" "feed:" "file:/"
    "finger://" "fish://" "ftp://" "geo:" "git://" "go:" "gopher://"
    "h323:" "http://" "https://" "im:" "imap://" "info:" "ipp:"
    "irc://" "irc6://" "ircs://" "iris.beep:" "jar:" "ldap://"
    "ldaps://" "magnet:" "mailto:" "mid:"  "mtqp://" "mupdate://"
    "news:" "nfs://" "nntp://" "opaquelocktoken:" "pop://" "pres:"
    "resource://" "rmi://" "rsync://" "rtsp://" "rtspu://" "service:"
    "sftp://" "sip:" "sips:" "smb://" "sms:" "snmp://" "soap.beep://"
    "soap.beeps://" "ssh://" "svn://" "svn+ssh://" "tag:" "tel:"
    "telnet://" "tftp://" "tip://" "tn3270://" "udp://" "urn:"
    "uuid:" "vemmi://"  "webcal://" "xri://" "xmlrpc.beep://"
    "xmlrpc.beeps://" "z39.50r://" "z39.50s://" "xmpp:"
    "fax:" "man:" "mms://" "mmsh://" "modem:" "prospero:" "snews:"
    "wais://")
  "List of URI schemes recognized by `thing-at-point-url-at-point'.
Each string in this list should correspond to the start of a
URI's scheme component, up to and including the trailing // if
the scheme calls for that to be present.")

(defvar thing-at-point-url-regexp
  (concat "\\(?:" (regexp-opt thing-at-point-uri-schemes) "\\)"
          "[^][ \t\n\"<>'`()]*[^][ \t\n\"<>'`().,;:!?]")
  "A regular expression probably matching a complete URL.")

(defun thing-at-point--bounds-of-match (regexp distance)
  "The bounds of the match for REGEXP around point (within DISTANCE), or nil."
  (when (thing-at-point-looking-at regexp distance)
    (cons (match-beginning 0) (match-end 0))))

(put 'url 'bounds-of-thing-at-point
     (lambda () (thing-at-point--bounds-of-match thing-at-point-url-regexp 2000)))

(defvar thing-at-point-email-regexp
  "<?[-+_~a-zA-Z0-9/][-+_.~:a-zA-Z0-9%/]*@[-a-zA-Z0-9]+[-.a-zA-Z0-9]*>?"
  "A regular expression probably matching an email address.
This does not match the real name portion, only the address, optionally
with angle brackets.")

(put 'email 'bounds-of-thing-at-point
     (lambda () (thing-at-point--bounds-of-match thing-at-point-email-regexp 500)))

(defconst thing-at-point-uuid-regexp
  "\\<[[:xdigit:]]\\{8\\}-[[:xdigit:]]\\{4\\}-[[:xdigit:]]\\{4\\}-[[:xdigit:]]\\{4\\}-[[:xdigit:]]\\{12\\}\\>"
  "A regular expression matching a UUID.")

(put 'uuid 'bounds-of-thing-at-point
     (lambda () (thing-at-point--bounds-of-match thing-at-point-uuid-regexp 36)))

;;; Shorthands.

(defun word-at-point (&optional no-properties)
  "Return the word at point.  See `thing-at-point'."
  (thing-at-point 'word no-properties))

(defun sentence-at-point (&optional no-properties)
  "Return the sentence at point.  See `thing-at-point'."
  (thing-at-point 'sentence no-properties))

(defun thing-at-point--read-from-whole-string (str)
  "Read a Lisp expression from STR, which must hold exactly one."
  (let* ((read-data (read-from-string str))
         (more-left (condition-case nil
                        (progn (read-from-string (substring str (cdr read-data))) t)
                      (end-of-file nil))))
    (if more-left
        (error "Can't read whole string")
      (car read-data))))

(defun form-at-point (&optional thing pred)
  "Return the Lisp form at point read from THING's text, when PRED (if any) accepts it."
  (let* ((obj (thing-at-point (or thing 'sexp)))
         (sexp (if (stringp obj)
                   (ignore-errors (thing-at-point--read-from-whole-string obj))
                 obj)))
    (if (or (not pred) (funcall pred sexp)) sexp)))

(defun symbol-at-point ()
  "Return the symbol at point, or nil if none is found."
  (let ((thing (thing-at-point 'symbol)))
    (if thing (intern thing))))

(defun sexp-at-point ()
  "Return the sexp at point, or nil if none is found."
  (form-at-point 'sexp))

(defun list-at-point (&optional ignore-comment-or-string)
  "Return the Lisp list at point, or nil if none is found.
If IGNORE-COMMENT-OR-STRING is non-nil comments and strings are
treated as white space."
  (let ((ppss (and ignore-comment-or-string (syntax-ppss))))
    (save-excursion
      (when (nth 8 ppss) (goto-char (nth 8 ppss)))
      (form-at-point 'list 'listp))))

(provide 'thingatpt)

;;; thingatpt.el ends here
