;;; url-util.el --- percent-encoding, query strings and URL file names (GNU: url/url-util.el)  -*- lexical-binding: t -*-

;;; Commentary:

;; tsmacs's own version of the string utilities of GNU's url package: RFC 3986 percent-encoding
;; (`url-hexify-string', `url-unhex-string', `url-encode-url'), query strings in both directions,
;; and the path helpers packages use on URLs.

;;; Code:

(require 'url-parse)

(defconst url-unreserved-chars
  (append (number-sequence ?a ?z) (number-sequence ?A ?Z) (number-sequence ?0 ?9) '(?- ?_ ?. ?~))
  "List of characters that are unreserved in the URL spec.
This is taken from RFC 3986 (section 2.3).")

(defconst url-encoding-table
  (let ((vec (make-vector 256 nil)))
    (dotimes (byte 256) (aset vec byte (format "%%%02X" byte)))
    vec)
  "Vector translating bytes to URI-encoded %-sequences.")

(defun url--allowed-chars (char-list)
  "Return an \"allowed character\" mask (a 256-slot vector).
The Nth element is non-nil if character N is in CHAR-LIST.  The
result can be passed as the second arg to `url-hexify-string'."
  (let ((mask (make-vector 256 nil)))
    (dolist (c char-list)
      ;; Characters beyond a byte (and non-characters) are simply not in the mask.
      (when (and (natnump c) (< c 256)) (aset mask c t)))
    mask))

(defun url-hexify-string (string &optional allowed-chars)
  "URI-encode STRING and return the result.
If STRING is multibyte, it is first converted to a utf-8 byte
string.  Each byte corresponding to an allowed character is left
as-is, while all other bytes are converted to a three-character
string: \"%\" followed by two upper-case hex digits.

The allowed characters are specified by ALLOWED-CHARS.  If this
argument is nil, the list `url-unreserved-chars' determines the
allowed characters.  Otherwise, ALLOWED-CHARS should be either a
list of allowed chars, or a vector whose Nth element is non-nil
if character N is allowed."
  (let ((mask (cond ((null allowed-chars) (url--allowed-chars url-unreserved-chars))
                    ((vectorp allowed-chars) allowed-chars)
                    (t (url--allowed-chars allowed-chars))))
        (bytes (if (multibyte-string-p string) (encode-coding-string string 'utf-8) string)))
    (mapconcat (lambda (b) (if (aref mask b) (char-to-string b) (aref url-encoding-table b)))
               bytes "")))

(defconst url-host-allowed-chars
  (url--allowed-chars (append '(?% ?! ?$ ?& ?' ?\( ?\) ?* ?+ ?, ?\; ?=) url-unreserved-chars))
  "Allowed-character byte mask for the host segment of a URI (RFC 3986, Appendix A).")

(defconst url-path-allowed-chars
  (let ((mask (copy-sequence url-host-allowed-chars)))
    (dolist (c '(?/ ?: ?@)) (aset mask c t))
    mask)
  "Allowed-character byte mask for the path segment of a URI (RFC 3986, Appendix A).")

(defconst url-query-allowed-chars
  (let ((mask (copy-sequence url-path-allowed-chars)))
    (aset mask ?? t)
    mask)
  "Allowed-character byte mask for the query segment of a URI (RFC 3986, Appendix A).")

(defun url-unhex (x)
  "The value of hexadecimal digit character X."
  (cond ((<= x ?9) (- x ?0))
        ((>= x ?a) (+ 10 (- x ?a)))
        (t (+ 10 (- x ?A)))))

(defun url-unhex-string (str &optional allow-newlines)
  "Decode %XX sequences in a percent-encoded URL.
If optional second argument ALLOW-NEWLINES is non-nil, then allow the
decoding of carriage returns and line feeds in the string, which is normally
forbidden in URL encoding.

The resulting string in general requires decoding using an
appropriate coding-system; see `decode-coding-string'."
  (let ((s (or str ""))
        (case-fold-search t)
        (pieces nil)
        (start 0))
    (while (string-match "%[0-9a-f][0-9a-f]" s start)
      (let* ((at (match-beginning 0))
             (code (+ (* 16 (url-unhex (aref s (1+ at)))) (url-unhex (aref s (+ at 2))))))
        (push (substring s start at) pieces)
        ;; An encoded line break would let a URL smuggle a header line: it becomes a space.
        (push (if (and (not allow-newlines) (memq code '(?\n ?\r))) " " (byte-to-string code)) pieces)
        (setq start (match-end 0))))
    (push (substring s start) pieces)
    (apply #'concat (nreverse pieces))))

(defun url-encode-url (url)
  "Return a properly URI-encoded version of URL.
This function also performs URI normalization, e.g. converting
the scheme to lowercase if it is uppercase.  Apart from
normalization, if URL is already URI-encoded, this function
should return it unchanged."
  (let* ((obj (url-generic-parse-url url))
         (parts (url-path-and-query obj))
         (path (and (car parts) (url-hexify-string (car parts) url-path-allowed-chars)))
         (query (and (cdr parts) (url-hexify-string (cdr parts) url-query-allowed-chars))))
    (when (url-user obj) (setf (url-user obj) (url-hexify-string (url-user obj))))
    (when (url-password obj) (setf (url-password obj) (url-hexify-string (url-password obj))))
    (setf (url-filename obj) (if query (concat path "?" query) path))
    (when (url-target obj)
      (setf (url-target obj) (url-hexify-string (url-target obj) url-query-allowed-chars)))
    (url-recreate-url obj)))

(defun url-parse-query-string (query &optional downcase allow-newlines)
  "Parse QUERY (\"a=1&b=2;c\") into an alist ((KEY VALUE...) ...), newest key first.
Keys and values are percent-decoded; DOWNCASE downcases keys; ALLOW-NEWLINES is
passed to `url-unhex-string'.  A key given several times collects its values."
  (let (result)
    (dolist (pair (split-string query "[;&]"))
      (let* ((eq (string-search "=" pair))
             (key (url-unhex-string (substring pair 0 eq) allow-newlines))
             (val (url-unhex-string (if eq (substring pair (1+ eq)) "") allow-newlines)))
        (when downcase (setq key (downcase key)))
        (let ((entry (assoc key result)))
          (if entry
              (setcdr entry (cons val (cdr entry)))
            (push (list key val) result)))))
    result))

(defun url-build-query-string (query &optional semicolons keep-empty)
  "Build a query-string.

Given a QUERY in the form:
 ((key1 val1)
  (key2 val2)
  (key3 val1 val2)
  (key4)
  (key5 \"\"))

\(This is the same format as produced by `url-parse-query-string')

This will return a string
\"key1=val1&key2=val2&key3=val1&key3=val2&key4&key5\".  Keys may
be strings or symbols; if they are symbols, the symbol name will
be used.

When SEMICOLONS is given, the separator will be \";\".

When KEEP-EMPTY is given, empty values will show as \"key=\"
instead of just \"key\" as in the example above."
  (let ((sep (if semicolons ";" "&")))
    (mapconcat
     (lambda (entry)
       (let* ((encoded (mapcar (lambda (x) (url-hexify-string (format "%s" x))) entry))
              (key (format "%s" (car encoded))))
         (mapconcat (lambda (val)
                      (let ((v (format "%s" val)))
                        (concat key (if (or keep-empty (and val (> (length v) 0))) "=" "") v)))
                    (or (cdr encoded) '(""))
                    sep)))
     query sep)))

(defun url-file-directory (file)
  "Return the directory part of FILE, for a URL."
  (cond ((null file) "")
        ((string-match "\\?" file) (url-file-directory (substring file 0 (match-beginning 0))))
        ((string-match "\\(.*\\(/\\|%2[fF]\\)\\)" file) (match-string 1 file))))

(defun url-file-nondirectory (file)
  "Return the nondirectory part of FILE, for a URL."
  (cond ((null file) "")
        ((string-match "\\?" file) (url-file-nondirectory (substring file 0 (match-beginning 0))))
        ((string-match ".*\\(?:/\\|%2[fF]\\)\\(.*\\)" file) (match-string 1 file))
        (t file)))

(defun url-file-extension (fname &optional x)
  "Return the filename extension of FNAME.
If optional argument X is t, then return the basename
of the file with the extension stripped off."
  (let ((base (and fname (url-file-nondirectory fname))))
    (cond ((and base (string-match "\\.[^./]+$" base))
           (if x (substring base 0 (match-beginning 0)) (substring base (match-beginning 0))))
          ;; Without an extension the basename is the name itself (the URL cache names its
          ;; header files after it).
          (x base)
          (t ""))))

(defun url-eat-trailing-space (x)
  "Remove spaces/tabs at the end of a string."
  (if (string-match "[ \t\n]+\\'" x) (substring x 0 (match-beginning 0)) x))

(defun url-strip-leading-spaces (x)
  "Remove spaces at the front of a string."
  (if (string-match "\\`[ \t\n]+" x) (substring x (match-end 0)) x))

(defun url-percentage (x y)
  "X as a rounded percentage of Y."
  (round (* 100 (/ x (float y)))))

(defalias 'url-basepath #'url-file-directory)

(defun url-insert-entities-in-string (string)
  "Convert HTML markup-start characters to entity references in STRING.
Also replaces the \" character, so that the result may be safely used as
an attribute value in a tag.  Returns a new string with the result of the
conversion.  Replaces these characters as follows:
    &  ==>  &amp;
    <  ==>  &lt;
    >  ==>  &gt;
    \"  ==>  &quot;"
  (if (string-match "[&<>\"]" string)
      (mapconcat (lambda (c)
                   (pcase c
                     (?& "&amp;") (?< "&lt;") (?> "&gt;") (?\" "&quot;")
                     (_ (char-to-string c))))
                 string "")
    string))

(defun url-normalize-url (url)
  "Return a \"normalized\" version of URL.
Strips out default port numbers, etc."
  (let ((obj (url-generic-parse-url url)))
    (if (member (url-type obj) '("www" "about" "mailto" "info"))
        url
      (setf (url-target obj) nil)
      (url-recreate-url obj))))

(defun url-get-normalized-date (&optional specified-time)
  "Return a date string that most HTTP servers can understand."
  (let ((system-time-locale "C"))
    (format-time-string "%a, %d %b %Y %T GMT" specified-time t)))

(defun url-truncate-url-for-viewing (url &optional width)
  "Return a shortened version of URL that is WIDTH characters wide or less.
WIDTH defaults to the current frame width."
  (let ((limit (or width (frame-width))))
    ;; A query string is the first thing to go.
    (when (and (>= (length url) limit) (string-match "\\?" url))
      (setq url (concat (substring url 0 (match-beginning 0)) "?...")))
    (when (>= (length url) limit)
      ;; Then leading path components, one at a time, leaving room for "/...".
      (let ((obj (url-generic-parse-url url))
            (dropped 0))
        (setq limit (- limit 4))
        (while (and (>= (length url) limit) (string-match "/" (url-filename obj)))
          (setf (url-filename obj) (substring (url-filename obj) (match-end 0)))
          (setq url (url-recreate-url obj)
                dropped (1+ dropped)))
        (setf (url-filename obj) (concat (if (> dropped 1) "/.../" "/") (url-filename obj)))
        (setq url (url-recreate-url obj))))
    url))

(provide 'url-util)

;;; url-util.el ends here
