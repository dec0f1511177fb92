;;; files-cmds.el --- wildcards, directories and small file commands  -*- lexical-binding: t -*-

;; Written for tsmacs (GNU counterpart: more of lisp/files.el).  Preloaded after files-modes.el:
;; shell wildcards (`wildcard-to-regexp', `file-expand-wildcards'), `locate-dominating-file',
;; changing directory (`cd', `cd-absolute', `pwd'), and `append-to-file', `make-empty-file',
;; `load-file', `load-library', `insert-file-literally'.

;;; Code:

;;;; Wildcards.

(defun wildcard-to-regexp (wildcard)
  "Given a shell file name pattern WILDCARD, return an equivalent regexp.
The regexp matches a file name only if the file name matches WILDCARD by `sh' rules."
  (let ((len (length wildcard)) (i 0) (pieces nil))
    (while (< i len)
      (let ((ch (aref wildcard i)))
        (push
         (cond
          ;; "[]" starts with a literal bracket (the "]" then stands for itself).
          ((and (eq ch ?\[) (< (1+ i) len) (eq (aref wildcard (1+ i)) ?\])) "\\[")
          ((eq ch ?\[)
           ;; A character class: [!...] is negated; a leading ^ must stay literal, so a NUL (which no
           ;; file name holds) goes before it.  The class is copied up to its "]", which the next
           ;; turn of the loop copies.
           (setq i (1+ i))
           (let ((open (cond ((eq (aref wildcard i) ?!)
                              (setq i (1+ i))
                              (if (eq (aref wildcard i) ?\]) (progn (setq i (1+ i)) "[^]") "[^"))
                             ((eq (aref wildcard i) ?^) (setq i (1+ i)) "[\000^")
                             ((eq (aref wildcard i) ?\]) (setq i (1+ i)) "[]")
                             (t "[")))
                 (close (string-search "]" wildcard i)))
             (prog1 (concat open (substring wildcard i close))
               (setq i (1- (or close len))))))
          ((eq ch ?*) "[^\000]*")
          ((eq ch ??) "[^\000]")
          ((memq ch '(?. ?+ ?^ ?$ ?\\)) (string ?\\ ch))
          (t (char-to-string ch)))
         pieces))
      (setq i (1+ i)))
    (concat "\\`" (apply #'concat (nreverse pieces)) "\\'")))

(defun file-expand-wildcards (pattern &optional full)
  "Expand (a.k.a. \"glob\") file-name wildcard pattern PATTERN.
Return the matching file names, sorted within each directory; relative to `default-directory' when
PATTERN is relative, unless FULL, which makes them absolute."
  (save-match-data
    (let* ((nondir (file-name-nondirectory pattern))
           (dirpart (file-name-directory pattern))
           ;; A wildcard in the directory part names several directories.
           (dirs (if (and dirpart (string-match-p "[[*?]" (file-local-name dirpart)))
                     (mapcar #'file-name-as-directory
                             (file-expand-wildcards (directory-file-name dirpart)))
                   (list dirpart)))
           (regexp (wildcard-to-regexp nondir))
           (result nil))
      (dolist (dir dirs)
        (when (or (null dir) (file-accessible-directory-p dir))
          (let ((names (cl-remove-if (lambda (name) (member (file-name-nondirectory name) '("." "..")))
                                     (directory-files (or dir ".") full regexp))))
            ;; Each directory's names go before those found so far, as in GNU.
            (setq result (nconc (if (and dir (not full))
                                    (mapcar (lambda (name) (concat dir name)) names)
                                  names)
                                result)))))
      result)))

;;;; Directories.

(defvar locate-dominating-stop-dir-regexp
  (purecopy "\\`\\(?:[\\/][\\/][^\\/]+[\\/]\\|/\\(?:net\\|afs\\|\\.\\.\\.\\)/\\)\\'")
  "Regexp of directory names that stop the search in `locate-dominating-file'.")

(defun locate-dominating-file (file name)
  "Starting at FILE, look up the directory tree for a directory containing NAME.
NAME is a file name, or a predicate called with each directory; return that directory (with a
final slash), or nil."
  (setq file (abbreviate-file-name (expand-file-name file)))
  (let ((found nil) (try nil))
    (while (not (or found (null file)
                    (string-match-p locate-dominating-stop-dir-regexp file)))
      (setq try (if (stringp name)
                    (and (file-directory-p file) (file-exists-p (expand-file-name name file)))
                  (funcall name file)))
      (if try
          (setq found file)
        (let ((parent (file-name-directory (directory-file-name file))))
          (setq file (if (equal parent file) nil parent)))))
    (and found (file-name-as-directory found))))

(defvar cd-path nil
  "Value of the CDPATH environment variable, as a list (nil until `cd' first needs it).")

(defun cd-absolute (dir)
  "Change current directory to given absolute file name DIR."
  (setq dir (abbreviate-file-name (expand-file-name dir)))
  (unless (file-directory-p dir)
    (error (if (file-exists-p dir) "%s is not a directory" "%s: no such directory") dir))
  (unless (file-accessible-directory-p dir)
    (error "Cannot cd to %s:  Permission denied" dir))
  (setq default-directory (file-name-as-directory dir)))

(defun cd (dir)
  "Make DIR become the current buffer's default directory.
A relative DIR (not starting with ./ or ../) is looked up in `cd-path' (from CDPATH)."
  (interactive (list (read-directory-name "Change default directory: " default-directory default-directory t)))
  (if (or (file-name-absolute-p dir) (string-match-p "\\`\\.\\.?/" dir))
      (cd-absolute (expand-file-name dir))
    (unless cd-path
      (setq cd-path (or (let ((trypath (parse-colon-path (getenv "CDPATH"))))
                          (and trypath (mapcar (lambda (d) (or d "./")) trypath)))
                        (list "./"))))
    (let ((found (cl-some (lambda (x)
                            (let ((d (expand-file-name dir x)))
                              (and (file-directory-p d) d)))
                          cd-path)))
      (if found
          (cd-absolute found)
        (error "No such directory found via CDPATH environment variable")))))

(defun pwd (&optional insert)
  "Show the current default directory; with INSERT, insert it at point instead."
  (interactive "P")
  (if insert
      (insert default-directory)
    (message "Directory %s" default-directory)))

;;;; Files.

(defun append-to-file (start end filename)
  "Append the contents of the region (START to END, or START if a string) to the end of FILENAME."
  (interactive "r\nFAppend to file: ")
  (write-region start end filename t))

(defun make-empty-file (filename &optional parents)
  "Create an empty file FILENAME; with PARENTS, create missing parent directories too.
Signal `file-already-exists' if FILENAME exists."
  (interactive (let ((filename (read-file-name "Create empty file: ")))
                 (list filename current-prefix-arg)))
  (when (and (file-exists-p filename) (null parents))
    (signal 'file-already-exists (list "File exists" filename)))
  (let ((dir (file-name-directory filename)))
    (when parents (make-directory dir t)))
  (write-region "" nil filename nil 0))

(defun load-file (file)
  "Load the Lisp file named FILE."
  (interactive (list (read-file-name "Load file: " nil nil 'lambda)))
  (load (expand-file-name file) nil nil t))

(defun load-library (library)
  "Load the Emacs Lisp library named LIBRARY (found through `load-path')."
  (interactive (list (read-string "Load library: ")))
  (load library))

(defun insert-file-literally (filename)
  "Insert contents of file FILENAME into buffer after point with no conversion."
  (interactive "*fInsert file literally: ")
  (let ((tem (insert-file-contents-literally filename)))
    (push-mark (+ (point) (car (cdr tem))))))

(provide 'files-cmds)

;;; files-cmds.el ends here
