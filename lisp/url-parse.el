;;; url-parse.el --- URLs as structures: parsing and recreating (GNU: url/url-parse.el)  -*- lexical-binding: t -*-

;;; Commentary:

;; tsmacs's own version of GNU's URL parser: RFC 3986 splitting of a URL string into the `url'
;; structure (scheme, user, password, host, port, path-and-query, fragment) and back.  Only the
;; parsing half of GNU's url package: nothing here fetches anything.

;;; Code:

(require 'cl-lib)

(cl-defstruct (url
               (:constructor nil)
               (:constructor url-parse-make-urlobj
                             (&optional type user password host portspec filename
                                        target attributes fullness))
               (:copier nil))
  type user password host portspec filename target attributes fullness
  silent (use-cookies t) (asynchronous t))

(defconst url--default-ports
  '(("http" . 80) ("https" . 443) ("ftp" . 21) ("file" . 21) ("ldap" . 389) ("imap" . 143)
    ("irc" . 6667))
  "The `default-port' property of the URL schemes GNU Emacs registers one for.
Every other scheme has the default 0, as in GNU's `url-scheme-default-properties'.")

(defun url--default-port (scheme)
  "The default port of URL scheme SCHEME (a string)."
  (or (cdr (assoc (downcase scheme) url--default-ports)) 0))

(defsubst url-port (urlobj)
  "Return the port number for the URL specified by URLOBJ.
If the port spec is nil (i.e. URLOBJ specifies no port number),
return the default port number for URLOBJ's scheme."
  (declare (gv-setter (lambda (port) `(setf (url-portspec ,urlobj) ,port))))
  (or (url-portspec urlobj)
      (and (url-type urlobj) (url--default-port (url-type urlobj)))))

(defun url-path-and-query (urlobj)
  "Return the path and query components of URLOBJ, as (PATH . QUERY).
Both live in the FILENAME slot; each of PATH and QUERY is a string or nil."
  (let ((name (url-filename urlobj)))
    (cond ((null name) (cons nil nil))
          ((string-match "\\?" name)
           (cons (substring name 0 (match-beginning 0)) (substring name (match-end 0))))
          (t (cons name nil)))))

(defun url-port-if-non-default (urlobj)
  "Return the port number specified by URLOBJ, if it is not the default.
If the specified port number is the default, return nil."
  (let ((port (url-portspec urlobj))
        (type (url-type urlobj)))
    (and port
         (not (and type (equal port (url--default-port type))))
         port)))

(defun url-recreate-url (urlobj)
  "Recreate a URL string from the parsed URLOBJ."
  (let ((type (url-type urlobj))
        (user (url-user urlobj))
        (pass (url-password urlobj))
        ;; RFC 3986 leaves out a port that is the scheme's default.
        (port (url-port-if-non-default urlobj))
        (frag (url-target urlobj)))
    (concat (and type (concat type ":"))
            (and (url-fullness urlobj) "//")
            (and (or user pass) (concat user (and pass (concat ":" pass)) "@"))
            (url-host urlobj)
            (and port (format ":%d" (url-port urlobj)))
            (or (url-filename urlobj) "/")
            (and frag (concat "#" frag)))))

(defun url--split-authority (authority)
  "Split AUTHORITY (what follows \"//\") into (USER PASSWORD HOST PORT)."
  (let (user pass port (host authority))
    ;; User information ends at the first @.
    (when (string-match "^\\([^@]+\\)@" host)
      (setq user (match-string 1 host)
            host (substring host (match-end 0)))
      (when (string-match "\\`\\([^:]*\\):\\(.*\\)" user)
        (setq pass (match-string 2 user)
              user (match-string 1 user))))
    (cond
     ;; An IPv6 literal keeps its brackets; its colons are not a port.
     ((string-match "^\\(\\[[^]]+\\]\\)\\(?::\\([0-9]*\\)\\)?$" host)
      (setq port (match-string 2 host)
            host (match-string 1 host)))
     ((string-match ":\\([0-9]*\\)$" host)
      (setq port (match-string 1 host)
            host (substring host 0 (match-beginning 0)))))
    (list user pass (downcase host)
          (and port (not (equal port "")) (string-to-number port)))))

(defun url-generic-parse-url (url)
  "Return an URL-struct of the parts of URL.
The CL-style struct contains the following fields:

TYPE     is the URI scheme (string or nil).
USER     is the user name (string or nil).
PASSWORD is the password (string [deprecated] or nil).
HOST     is the host (a registered name, IP literal in square
         brackets, or IPv4 address in dotted-decimal form).
PORTSPEC is the specified port (a number), or nil.
FILENAME is the path AND the query component of the URI.
TARGET   is the fragment identifier component.
ATTRIBUTES is nil.
FULLNESS is non-nil if the hierarchical sequence component of
         the URL starts with two slashes, \"//\".

The parser follows RFC 3986, except that it also tries to handle
URIs that are not fully specified (e.g. lacking TYPE), and it
does not check for or perform %-encoding."
  (if (null url)
      (url-parse-make-urlobj)
    (let ((pos 0) (len (length url))
          scheme user pass host port file fragment full)
      (when (string-match "\\`\\([a-zA-Z][-a-zA-Z0-9+.]*\\):" url)
        (setq scheme (downcase (match-string 1 url))
              pos (match-end 0)))
      (when (string-prefix-p "//" (substring url pos))
        (setq full t)
        (let ((end (or (string-match "[/?#]" url (+ pos 2)) len)))
          (pcase-setq `(,user ,pass ,host ,port) (url--split-authority (substring url (+ pos 2) end)))
          (setq pos end)))
      (if (equal scheme "data")
          ;; A data URI's whole rest is its "file".
          (setq file (substring url pos))
        ;; The path runs to ? or #; a query, joined to it, to #; the fragment is the rest.
        (let ((hash (string-match "#" url pos)))
          (setq file (substring url pos hash))
          (when hash (setq fragment (substring url (1+ hash))))))
      (when (and host (string-match "%[0-9][0-9]" host))
        (setq host (url-unhex-string host)))
      (url-parse-make-urlobj scheme user pass host port file fragment nil full))))

(provide 'url-parse)

;;; url-parse.el ends here
