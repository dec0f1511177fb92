;;; files.el --- visiting and saving files, backups, reverting (GNU: files.el, userlock.el)  -*- lexical-binding: t -*-

;; tsmacs's own version of the file-visiting half of GNU's files.el: what batch Lisp needs to find,
;; save and revert files, with GNU 28's names and behaviour.  The file name functions and the file
;; system primitives are in src/fileio*.ts and src/dired.ts.

;;; Variables

(defvar find-file-hook nil "List of functions to be called after a buffer is loaded from a file.")
(defvar find-file-not-found-functions nil
  "List of functions to be called for `find-file' on nonexistent file.")
(defvar find-file-visit-truename nil "Non-nil means visiting a file uses its truename as the visited-file name.")
(defvar find-file-run-dired t "Non-nil means allow `find-file' to visit directories.")
(defvar find-directory-functions nil "List of functions to try in sequence to visit a directory.")
(defvar find-file-literally nil "Non-nil if this buffer was made by `find-file-literally' or equivalent.")
(make-variable-buffer-local 'find-file-literally)
(put 'find-file-literally 'permanent-local t)
(defvar buffer-file-number nil "The inode and device number of the file visited in the current buffer.")
(make-variable-buffer-local 'buffer-file-number)
(put 'buffer-file-number 'permanent-local t)
(defvar buffer-file-read-only nil "Non-nil if visited file was read-only when visited.")
(make-variable-buffer-local 'buffer-file-read-only)

(defvar before-save-hook nil "Normal hook that is run before a buffer is saved to its file.")
(defvar after-save-hook nil "Normal hook that is run after a buffer is saved to its file.")
(defvar write-file-functions nil "List of functions to be called before saving a buffer to a file.")
(put 'write-file-functions 'permanent-local t)
(defvar write-contents-functions nil "List of functions to be called before writing out a buffer to a file.")
(make-variable-buffer-local 'write-contents-functions)
(defvar local-write-file-hooks nil)
(make-variable-buffer-local 'local-write-file-hooks)
(put 'local-write-file-hooks 'permanent-local t)
(defvar require-final-newline nil "Whether to add a newline automatically at the end of the file.")
(defvar mode-require-final-newline t "Whether to add a newline at end of file, in certain major modes.")
(defvar file-precious-flag nil
  "Non-nil means protect against I/O errors while saving files: write a temporary file, then rename it.")
(defvar break-hardlink-on-save nil "Whether to allow breaking hardlinks when saving files.")
(defvar buffer-save-without-query nil "Non-nil means `save-some-buffers' should save this buffer without asking.")
(make-variable-buffer-local 'buffer-save-without-query)
(defvar buffer-offer-save nil "Non-nil in a buffer means always offer to save buffer on exiting Emacs.")
(make-variable-buffer-local 'buffer-offer-save)
(defvar save-silently nil "If non-nil, avoid messages when saving files.")
(defvar save-buffer-coding-system nil "If non-nil, use this coding system for saving the buffer.")
(make-variable-buffer-local 'save-buffer-coding-system)
(put 'save-buffer-coding-system 'permanent-local t)

(defvar make-backup-files t "Non-nil means make a backup of a file the first time it is saved.")
(defvar backup-inhibited nil "If non-nil, backups will be inhibited.")
(make-variable-buffer-local 'backup-inhibited)
(put 'backup-inhibited 'permanent-local t)
(defvar backup-by-copying nil "Non-nil means always use copying to create backup files.")
(defvar backup-by-copying-when-linked nil "Non-nil means use copying to create backups for files with multiple names.")
(defvar backup-by-copying-when-mismatch t "Non-nil means create backups by copying if this preserves owner or group.")
(defvar backup-directory-alist nil "Alist of file name patterns and backup directory names.")
(defvar version-control nil "Control use of version numbers for backup files.")
(defvar kept-old-versions 2 "Number of oldest versions to keep when a new numbered backup is made.")
(defvar kept-new-versions 2 "Number of newest versions to keep when a new numbered backup is made.")
(defvar delete-old-versions nil "If t, delete excess backup versions silently.")
(defvar dired-kept-versions 2 "When cleaning directory, number of versions to keep.")
(defvar small-temporary-file-directory nil "The directory for writing small temporary files.")
(defvar backup-enable-predicate 'normal-backup-enable-predicate
  "Predicate that looks at a file name and decides whether to make backups.")

(defvar revert-buffer-function #'revert-buffer--default "Function to use to revert this buffer.")
(defvar revert-buffer-insert-file-contents-function #'revert-buffer-insert-file-contents--default-function
  "Function to use to insert contents when reverting this buffer.")
(defvar before-revert-hook nil "Normal hook for `revert-buffer' to run before reverting.")
(defvar after-revert-hook nil "Normal hook for `revert-buffer' to run after reverting.")
(defvar revert-without-query nil "Specify which files should be reverted without query.")
(defvar revert-buffer-in-progress-p nil "Non-nil if a `revert-buffer' operation is in progress, nil otherwise.")
(defvar revert-buffer-preserve-modes nil)
(defvar buffer-stale-function #'buffer-stale--default-function "Function to check whether a buffer needs reverting.")

(defvar auto-save-default t "Non-nil says by default do auto-saving of every file-visiting buffer.")
(defvar delete-auto-save-files t "Non-nil means delete auto-save file when a buffer is saved or killed.")
(defvar large-file-warning-threshold 10000000 "Maximum size of file above which a confirmation is requested.")
(defvar file-name-version-regexp
  "\\(?:~\\|\\.~[-[:alnum:]:#@^._]+\\(?:~[[:digit:]]+\\)?~\\)"
  "Regular expression matching the backup/version part of a file name.")
(defvar insert-default-directory t "Non-nil means when reading a filename start with default dir in minibuffer.")

;;; Lock conflicts (GNU userlock.el, batch behaviour)

(define-error 'file-locked "File is locked" 'file-error)
(define-error 'file-supersession nil 'file-error)

(defun ask-user-about-lock (file opponent)
  "Ask user what to do when he wants to edit FILE but it is locked by OPPONENT.
In batch mode this signals an error."
  (message "%s locked by %s" (file-name-nondirectory file) opponent)
  (if noninteractive (error "Cannot resolve lock conflict in batch mode"))
  (signal 'file-locked (list file opponent)))

(defun userlock--check-content-unchanged (filename)
  "Return t if the current buffer's text is the same as FILENAME's contents."
  (with-demoted-errors "Unchanged content check: %S"
    (when (and buffer-file-name (file-readable-p filename) (not (buffer-modified-p)))
      (let ((buf (current-buffer)) (cs buffer-file-coding-system))
        (with-temp-buffer
          (let ((coding-system-for-read cs)) (insert-file-contents filename))
          (when (equal (buffer-string) (with-current-buffer buf (save-restriction (widen) (buffer-string))))
            (with-current-buffer buf (set-visited-file-modtime))
            'unchanged))))))

(defun userlock--ask-user-about-supersession-threat (filename)
  (unless (userlock--check-content-unchanged filename)
    (ask-user-about-supersession-threat filename)))

(defun ask-user-about-supersession-threat (filename)
  "Ask a user who is about to modify an obsolete buffer what to do.
In batch mode this signals an error."
  (message "%s changed on disk; really edit the buffer?" (file-name-nondirectory filename))
  (if noninteractive (error "Cannot resolve conflict in batch mode"))
  (signal 'file-supersession (list "File changed on disk" filename)))

(defun userlock--handle-unlock-error (error)
  "Report an ERROR that occurred while unlocking a file."
  (message "Error while unlocking file: %s" (error-message-string error)))

;;; file-attributes accessors

(defsubst file-attribute-type (attributes) "The type field in ATTRIBUTES." (nth 0 attributes))
(defsubst file-attribute-link-number (attributes) "Number of links in ATTRIBUTES." (nth 1 attributes))
(defsubst file-attribute-user-id (attributes) "The UID field in ATTRIBUTES." (nth 2 attributes))
(defsubst file-attribute-group-id (attributes) "The GID field in ATTRIBUTES." (nth 3 attributes))
(defsubst file-attribute-access-time (attributes) "The last access time in ATTRIBUTES." (nth 4 attributes))
(defsubst file-attribute-modification-time (attributes) "The modification time in ATTRIBUTES." (nth 5 attributes))
(defsubst file-attribute-status-change-time (attributes) "The status modification time in ATTRIBUTES." (nth 6 attributes))
(defsubst file-attribute-size (attributes) "The size (in bytes) in ATTRIBUTES." (nth 7 attributes))
(defsubst file-attribute-modes (attributes) "The file modes in ATTRIBUTES." (nth 8 attributes))
(defsubst file-attribute-inode-number (attributes) "The inode number in ATTRIBUTES." (nth 10 attributes))
(defsubst file-attribute-device-number (attributes) "The file system device number in ATTRIBUTES." (nth 11 attributes))

;;; Small helpers on file names

(defun file-name-quoted-p (name &optional top)
  "Whether NAME is quoted with prefix \"/:\"."
  (let ((file-name-handler-alist (unless top file-name-handler-alist)))
    (string-prefix-p "/:" (file-local-name name))))

(defun file-name-quote (name &optional top)
  "Add the quotation prefix \"/:\" to file NAME."
  (let ((file-name-handler-alist (unless top file-name-handler-alist)))
    (if (file-name-quoted-p name top)
        name
      (concat (file-remote-p name) "/:" (file-local-name name)))))

(defun file-name-unquote (name &optional top)
  "Remove quotation prefix \"/:\" from file NAME, if any."
  (let ((file-name-handler-alist (unless top file-name-handler-alist))
        (localname (file-local-name name)))
    (when (file-name-quoted-p localname top)
      (setq localname (if (= (length localname) 2) "/" (substring localname 2))))
    (concat (file-remote-p name) localname)))

(defun file-remote-p (file &optional identification connected)
  "Test whether FILE specifies a location on a remote system."
  (let ((handler (find-file-name-handler file 'file-remote-p)))
    (if handler (funcall handler 'file-remote-p file identification connected) nil)))

(defun file-local-name (file)
  "Return the local name component of FILE."
  (or (file-remote-p file 'localname) file))

(defun file-local-copy (file)
  "Copy the file FILE into a temporary file on this machine (nil for a local FILE)."
  (let ((handler (find-file-name-handler file 'file-local-copy)))
    (if handler (funcall handler 'file-local-copy file) nil)))

(defun locate-file (filename path &optional suffixes predicate)
  "Search for FILENAME through PATH.
If found, return the absolute file name of FILENAME; otherwise return nil.
PREDICATE can be nil, a function, or a list of symbols among `executable',
`readable', `writable', `exists' and `directory'."
  (if (and predicate (symbolp predicate) (not (functionp predicate)))
      (setq predicate (list predicate)))
  (when (and (consp predicate) (not (functionp predicate)))
    (setq predicate
          (logior (if (memq 'executable predicate) 1 0)
                  (if (memq 'writable predicate) 2 0)
                  (if (memq 'readable predicate) 4 0))))
  (locate-file-internal filename path suffixes predicate))

(defun executable-find (command &optional remote)
  "Search for COMMAND in `exec-path' and return the absolute file name."
  (ignore remote)
  (let ((default-directory (if (file-remote-p default-directory) temporary-file-directory default-directory)))
    (locate-file command (and (boundp 'exec-path) exec-path)
                 (and (boundp 'exec-suffixes) exec-suffixes) 1)))

(unless (fboundp 'with-temp-file)
  (defmacro with-temp-file (file &rest body)
    "Create a new buffer, evaluate BODY there, and write the buffer to FILE."
    (declare (indent 1) (debug t))
    (let ((temp-file (make-symbol "temp-file"))
          (temp-buffer (make-symbol "temp-buffer")))
      `(let ((,temp-file ,file)
             (,temp-buffer (generate-new-buffer " *temp file*" t)))
         (unwind-protect
             (prog1
                 (with-current-buffer ,temp-buffer ,@body)
               (with-current-buffer ,temp-buffer
                 (write-region nil nil ,temp-file nil 0)))
           (and (buffer-name ,temp-buffer)
                (kill-buffer ,temp-buffer)))))))

(defun insert-file-contents-literally (filename &optional visit beg end replace)
  "Like `insert-file-contents', but only reads in the file literally.
See `insert-file-contents' for an explanation of the parameters.
A buffer may be modified in several ways after reading into the buffer,
due to Emacs features such as format decoding, character code
conversion, `find-file-hook', automatic uncompression, etc.

This function ensures that none of these modifications will take place."
  (let ((format-alist nil)
        (after-insert-file-functions nil)
        (coding-system-for-read 'no-conversion)
        (coding-system-for-write 'no-conversion)
        (inhibit-file-name-handlers
         (append '(jka-compr-handler image-file-handler epa-file-handler)
                 inhibit-file-name-handlers))
        (inhibit-file-name-operation 'insert-file-contents))
    (insert-file-contents filename visit beg end replace)))

(defun copy-directory (directory newname &optional keep-time parents copy-contents)
  "Copy DIRECTORY to NEWNAME.  Both args must be strings.
This function always sets the file modes of the output files to match
the corresponding input file."
  (let ((handler (or (find-file-name-handler directory 'copy-directory)
                     (find-file-name-handler newname 'copy-directory))))
    (if handler
        (funcall handler 'copy-directory directory newname keep-time parents copy-contents)
      (setq directory (directory-file-name (expand-file-name directory))
            newname (expand-file-name newname))
      (cond ((not (directory-name-p newname))
             (if (file-directory-p newname)
                 (if (not copy-contents) (error "Cannot overwrite directory %s" newname))
               (make-directory newname parents)))
            ((not (file-directory-p newname))
             (make-directory newname parents))
            ((not copy-contents)
             (setq newname (concat newname (file-name-nondirectory directory)))
             (make-directory (directory-file-name newname) parents)))
      (dolist (file (directory-files directory 'full directory-files-no-dot-files-regexp))
        (let ((target (concat (file-name-as-directory newname) (file-name-nondirectory file)))
              (filetype (car (file-attributes file))))
          (cond ((eq filetype t) (copy-directory file target keep-time parents t))
                ((stringp filetype) (make-symbolic-link filetype target t))
                (t (copy-file file target t keep-time)))))
      (let ((modes (file-modes directory)))
        (when modes (set-file-modes newname modes)))
      (when keep-time
        (set-file-times newname (file-attribute-modification-time (file-attributes directory)))))))

;;; Finding files

(defun create-file-buffer (filename)
  "Create a suitably named buffer for visiting FILENAME, and return it.
FILENAME (sans directory) is used unchanged if that name is free;
otherwise a string <2> or <3> or ... is appended to get an unused name."
  (let ((lastname (file-name-nondirectory filename)))
    (if (string= lastname "") (setq lastname filename))
    (generate-new-buffer (if (string-prefix-p " " lastname) (concat "|" lastname) lastname))))

(defun find-buffer-visiting (filename &optional predicate)
  "Return the buffer visiting file FILENAME (a string).
This is like `get-file-buffer', except that it checks for any buffer
visiting the same file, possibly under a different name.
If PREDICATE is non-nil, only buffers satisfying it are eligible."
  (let ((predicate (or predicate #'identity))
        (truename (abbreviate-file-name (file-truename filename))))
    (or (let ((buf (get-file-buffer filename)))
          (when (and buf (funcall predicate buf)) buf))
        (let ((list (buffer-list)) found)
          (while (and (not found) list)
            (with-current-buffer (car list)
              (if (and buffer-file-name (string= buffer-file-truename truename)
                       (funcall predicate (current-buffer)))
                  (setq found (car list))))
            (setq list (cdr list)))
          found)
        (let* ((attributes (file-attributes truename))
               (number (nthcdr 10 attributes))
               (list (buffer-list)) found)
          (and buffer-file-numbers-unique
               (car-safe number)
               (while (and (not found) list)
                 (with-current-buffer (car list)
                   (if (and buffer-file-name (equal buffer-file-number number)
                            (file-exists-p buffer-file-name)
                            (equal (nthcdr 10 (file-attributes buffer-file-truename)) number)
                            (funcall predicate (current-buffer)))
                       (setq found (car list))))
                 (setq list (cdr list))))
          found))))

(defvar buffer-file-numbers-unique t "Non-nil means that `buffer-file-number' uniquely identifies files.")
(defun find-file-noselect (filename &optional nowarn rawfile wildcards)
  "Read file FILENAME into a buffer and return the buffer.
If a buffer exists visiting FILENAME, return that one, but
verify that the file has not changed since visited or saved.
The buffer is not selected, just returned to the caller.
Optional second arg NOWARN non-nil means suppress any warning messages.
Optional third arg RAWFILE non-nil means the file is read literally.
Optional fourth arg WILDCARDS is accepted and ignored (wildcards are not expanded)."
  (ignore wildcards)
  (setq filename (abbreviate-file-name (expand-file-name filename)))
  (if (file-directory-p filename)
      (or (and find-file-run-dired
               (run-hook-with-args-until-success 'find-directory-functions
                                                 (if find-file-visit-truename
                                                     (abbreviate-file-name (file-truename filename))
                                                   filename)))
          (error "%s is a directory" filename))
    (let* ((buf (get-file-buffer filename))
           (truename (abbreviate-file-name (file-truename filename)))
           (attributes (file-attributes truename))
           (number (nthcdr 10 attributes))
           (other (and (not buf) (find-buffer-visiting filename))))
      (when other (setq buf other))
      (if buf
          (progn
            (or nowarn
                (verify-visited-file-modtime buf)
                (not (file-exists-p filename))
                (with-current-buffer buf
                  (if (buffer-modified-p)
                      (message "File %s changed on disk; the buffer has unsaved changes" filename)
                    (when (or (not (fboundp 'yes-or-no-p))
                              (yes-or-no-p (format "File %s changed on disk.  Reread from disk? "
                                                   (file-name-nondirectory filename))))
                      (revert-buffer t t)))))
            buf)
        (setq buf (create-file-buffer filename))
        (find-file-noselect-1 buf filename nowarn rawfile truename number)))))

(defun find-file-noselect-1 (buf filename nowarn rawfile truename number)
  (let (error)
    (with-current-buffer buf
      (kill-local-variable 'find-file-literally)
      (kill-local-variable 'buffer-file-coding-system)
      (let ((inhibit-read-only t)) (erase-buffer))
      (and (not rawfile) (set-buffer-multibyte t))
      (condition-case ()
          (let ((inhibit-read-only t))
            (if rawfile
                (insert-file-contents-literally filename t)
              (insert-file-contents filename t)))
        (file-error
         (when (and (file-exists-p filename) (not (file-readable-p filename)))
           (kill-buffer buf)
           (signal 'file-error (list "File is not readable" filename)))
         (or rawfile
             (run-hook-with-args-until-success 'find-file-not-found-functions)
             (setq error t))))
      (setq buffer-file-truename
            (if (equal filename buffer-file-name)
                truename
              (abbreviate-file-name (file-truename buffer-file-name))))
      (setq buffer-file-number number)
      (if find-file-visit-truename
          (setq buffer-file-name (expand-file-name buffer-file-truename)))
      (setq default-directory (file-name-directory buffer-file-name))
      (and backup-enable-predicate
           (not (funcall backup-enable-predicate buffer-file-name))
           (setq-local backup-inhibited t))
      (if rawfile
          (progn
            (set-buffer-multibyte nil)
            (setq buffer-file-coding-system 'no-conversion)
            (set-buffer-major-mode buf)
            (setq-local find-file-literally t))
        (after-find-file error (not nowarn)))
      (current-buffer))))

(defun after-find-file (&optional error warn noauto after-find-file-from-revert-buffer nomodes)
  "Called after finding a file and by the default revert function.
Sets the buffer to be read-only if the file cannot be written, runs the
mode functions when available, and `find-file-hook'."
  (ignore noauto)
  (setq buffer-read-only (not (file-writable-p buffer-file-name)))
  (setq buffer-file-read-only buffer-read-only)
  (when warn
    (cond ((and error (file-exists-p buffer-file-name) (not (file-readable-p buffer-file-name)))
           (message "File exists, but cannot be read"))
          ((and error (file-symlink-p buffer-file-name))
           (message "Symbolic link that points to nonexistent file"))))
  (unless nomodes
    (when (fboundp 'normal-mode)
      (condition-case err (normal-mode t)
        (error (message "File mode specification error: %s" (error-message-string err)))))
    (unless after-find-file-from-revert-buffer
      (run-hooks 'find-file-hook))))

(defun find-file (filename &optional wildcards)
  "Edit file FILENAME: switch to a buffer visiting it, creating one if none already exists."
  (let ((value (find-file-noselect filename nil nil wildcards)))
    (if (fboundp 'pop-to-buffer-same-window)
        (pop-to-buffer-same-window value)
      (set-buffer value))))

(defun find-file-literally (filename)
  "Visit file FILENAME with no conversion of any kind."
  (let ((buf (find-file-noselect filename nil t)))
    (if (fboundp 'switch-to-buffer) (switch-to-buffer buf) (set-buffer buf))
    buf))

(defun insert-file (filename)
  "Insert contents of file FILENAME into buffer after point."
  (insert-file-contents (expand-file-name filename)))

;;; Backups

(defun normal-backup-enable-predicate (name)
  "Default `backup-enable-predicate' function.
Checks for files in `temporary-file-directory',
`small-temporary-file-directory', and \"/tmp\"."
  (let ((temporary-file-directory temporary-file-directory))
    (let ((in-dir (lambda (dir)
                    (and dir
                         (let ((d (file-name-as-directory (expand-file-name dir))))
                           (string-prefix-p d (expand-file-name name)))))))
      (not (or (funcall in-dir temporary-file-directory)
               (funcall in-dir small-temporary-file-directory)
               (funcall in-dir "/tmp"))))))

(defun backup-file-name-p (file)
  "Return non-nil if FILE is a backup file name (numeric or not)."
  (let ((n (length file)))
    (and (> n 0) (eq (aref file (1- n)) ?~))))

(defun make-backup-file-name (file)
  "Create the non-numeric backup file name for FILE."
  (let ((name (make-backup-file-name--dir file)))
    (concat name "~")))

(defun make-backup-file-name--dir (file)
  "FILE, relocated according to `backup-directory-alist' when an entry applies."
  (let ((alist backup-directory-alist) dir)
    (while (and alist (not dir))
      (let ((elt (car alist)))
        (if (and (stringp (car elt)) (fboundp 'string-match-p) (string-match-p (car elt) file))
            (setq dir (cdr elt))))
      (setq alist (cdr alist)))
    (if (or (null dir) (not (stringp dir)))
        file
      (if (file-name-absolute-p dir)
          (progn
            (make-directory dir t)
            (expand-file-name (subst-char-in-string
                               ?/ ?! (replace-regexp-in-string "!" "!!" (expand-file-name file)))
                              dir))
        (let ((d (expand-file-name dir (file-name-directory file))))
          (make-directory d t)
          (expand-file-name (file-name-nondirectory file) d))))))

(defun find-backup-file-name (fn)
  "Find a file name for a backup file FN, and suggestions for deletions.
Value is a list whose car is the name for the backup file
and whose cdr is a list of old versions to consider deleting now."
  (let ((handler (find-file-name-handler fn 'find-backup-file-name)))
    (if handler
        (funcall handler 'find-backup-file-name fn)
      (if (or (eq version-control 'never)
              (not version-control))
          (list (make-backup-file-name fn))
        (let* ((base (file-name-nondirectory (make-backup-file-name--dir fn)))
               (dir (file-name-directory (make-backup-file-name--dir fn)))
               (prefix (concat base ".~"))
               (versions
                (delq nil
                      (mapcar (lambda (f)
                                (let ((v (substring f (length prefix))))
                                  (and (string-suffix-p "~" v)
                                       (let ((num (string-to-number (substring v 0 -1))))
                                         (and (> num 0) num)))))
                              (file-name-all-completions prefix dir))))
               (high (if versions (apply #'max versions) 0)))
          (if (and (eq version-control 'nil) (= high 0))
              (list (make-backup-file-name fn))
            (list (format "%s%s%d~" dir prefix (1+ high)))))))))

(defun backup-buffer ()
  "Make a backup of the disk file visited by the current buffer, if appropriate.
This is normally done before saving the buffer the first time.
Returns the file's modes when the backup was made by renaming (the new file
needs them), else nil."
  (when (and make-backup-files (not backup-inhibited) (not buffer-backed-up))
    (let ((attributes (file-attributes buffer-file-name)))
      (when (and attributes (memq (aref (file-attribute-modes attributes) 0) '(?- ?l)))
        (let* ((real-file-name (file-chase-links buffer-file-name))
               (backup-info (find-backup-file-name real-file-name))
               (backupname (car backup-info))
               (modes (file-modes real-file-name))
               (copy (or file-precious-flag backup-by-copying
                         (and backup-by-copying-when-linked
                              (> (file-attribute-link-number attributes) 1))
                         (and backup-by-copying-when-mismatch
                              (not (file-ownership-preserved-p real-file-name t)))
                         (not (file-writable-p (file-name-directory real-file-name))))))
          (condition-case ()
              (if copy
                  (copy-file real-file-name backupname t t)
                (rename-file real-file-name backupname t))
            (file-error
             ;; As GNU: fall back on a backup in the home directory.
             (setq backupname (locate-user-emacs-file "%backup%~"))
             (copy-file real-file-name backupname t t)))
          (setq buffer-backed-up t)
          (unless copy (list modes nil backupname)))))))

(defun file-ownership-preserved-p (file &optional group)
  "Return t if deleting FILE and rewriting it would preserve the owner."
  (let ((attributes (file-attributes file 'integer)))
    (or (null attributes)
        (and (= (file-attribute-user-id attributes) (if (fboundp 'user-uid) (user-uid) 0))
             (or (not group)
                 (= (file-attribute-group-id attributes) (if (fboundp 'group-gid) (group-gid) 0)))))))

(defun locate-user-emacs-file (new-name &optional old-name)
  "Return an absolute per-user Emacs-specific file name."
  (let ((home (expand-file-name user-emacs-directory)))
    (if (and old-name (file-readable-p (expand-file-name old-name "~")))
        (expand-file-name old-name "~")
      (expand-file-name new-name home))))

;;; Saving

(defun set-visited-file-name (filename &optional no-query along-with-file)
  "Change name of file visited in current buffer to FILENAME.
This also renames the buffer to correspond to the new file.
The next time the buffer is saved it will go in the newly specified file.
FILENAME nil or an empty string means mark buffer as not visiting any file."
  (ignore no-query)
  (if (and filename (file-directory-p filename))
      (if (file-exists-p buffer-file-name)
          (setq filename (concat (file-name-as-directory filename)
                                 (file-name-nondirectory buffer-file-name)))
        (error "%s is a directory" filename)))
  (when (and filename (not (string-equal filename "")))
    (setq filename (expand-file-name filename)))
  (if (equal filename "") (setq filename nil))
  (let ((truename (and filename (abbreviate-file-name (file-truename filename))))
        (oldname buffer-file-name))
    (or (equal filename buffer-file-name)
        (progn
          (and filename (lock-buffer filename))
          (unlock-buffer)))
    (setq buffer-file-name filename)
    (if filename
        (progn
          (setq filename (abbreviate-file-name filename))
          (setq buffer-file-truename truename)
          (setq default-directory (file-name-directory buffer-file-name))
          (let ((new-name (file-name-nondirectory buffer-file-name)))
            (unless (string= new-name (buffer-name))
              (rename-buffer new-name t))))
      (setq buffer-file-truename nil))
    (setq buffer-backed-up nil)
    (clear-visited-file-modtime)
    (setq buffer-file-number
          (and filename (nthcdr 10 (file-attributes buffer-file-name))))
    (and buffer-file-name backup-enable-predicate
         (not (funcall backup-enable-predicate buffer-file-name))
         (setq-local backup-inhibited t))
    (and oldname buffer-file-name (not along-with-file)
         (set-buffer-modified-p t))))

(defun write-file (filename &optional confirm)
  "Write current buffer into file FILENAME.
This makes the buffer visit that file, and marks it as not modified."
  (ignore confirm)
  (or (null filename) (string-equal filename "")
      (progn
        (if (and (file-directory-p filename) buffer-file-name)
            (setq filename (concat (file-name-as-directory filename)
                                   (file-name-nondirectory buffer-file-name))))
        (set-visited-file-name filename)))
  (set-buffer-modified-p t)
  (save-buffer))

(defun save-buffer (&optional arg)
  "Save current buffer in visited file if modified.
By default, makes the previous version into a backup file if
previously requested or if this is the first save."
  (let ((modp (buffer-modified-p))
        (make-backup-files (or (and make-backup-files (not (eq arg 0)))
                               (memq arg '(16 64)))))
    (and modp (memq arg '(16 64)) (setq buffer-backed-up nil))
    (basic-save-buffer nil)
    (and modp (memq arg '(4 64)) (setq buffer-backed-up nil))))

;; The steps of GNU 28's basic-save-buffer, with the questions it would ask in batch mode answered by
;; an error, since there is nobody to answer them.
(defun basic-save-buffer (&optional called-interactively)
  "Save the current buffer in its visited file, if it has been modified."
  (save-current-buffer
    (if (buffer-base-buffer) (set-buffer (buffer-base-buffer)))
    (if (or (buffer-modified-p)
            (and buffer-file-name (not (file-exists-p buffer-file-name))))
        (let ((recent-save (recent-auto-save-p))
              setmodes)
          (or (null buffer-file-name)
              (verify-visited-file-modtime (current-buffer))
              (not (file-exists-p buffer-file-name))
              (and (fboundp 'yes-or-no-p)
                   (yes-or-no-p (format "%s has changed since visited or saved.  Save anyway? "
                                        (file-name-nondirectory buffer-file-name))))
              (user-error "Save not confirmed"))
          (save-restriction
            (widen)
            (save-excursion
              (and (> (point-max) (point-min))
                   (not find-file-literally)
                   (null buffer-read-only)
                   (/= (char-after (1- (point-max))) ?\n)
                   (memq require-final-newline '(t visit-save))
                   (save-excursion (goto-char (point-max)) (insert ?\n))))
            (with-demoted-errors "Error: %S" (run-hooks 'before-save-hook))
            (unless (run-hook-with-args-until-success 'write-contents-functions)
              (or buffer-file-name
                  (if (fboundp 'read-file-name)
                      (set-visited-file-name
                       (expand-file-name (read-file-name "File to save in: " nil
                                                         (expand-file-name (buffer-name)))))
                    (error "No file name for buffer %s" (buffer-name))))
              (or (run-hook-with-args-until-success 'local-write-file-hooks)
                  (run-hook-with-args-until-success 'write-file-functions)
                  (let ((dir (file-name-directory (expand-file-name buffer-file-name))))
                    (unless (file-exists-p dir)
                      (error "Directory %s does not exist" dir))
                    (unless (file-writable-p buffer-file-name)
                      (if (not (file-directory-p dir))
                          (error "%s is not a directory" dir)
                        (if (not (file-exists-p buffer-file-name))
                            (error "Directory %s write-protected" dir)
                          (error "File %s is write-protected" buffer-file-name))))
                    (setq setmodes (basic-save-buffer-1)))))
            ;; The coding system actually used becomes the buffer's.
            (when buffer-file-name
              (if save-buffer-coding-system
                  (setq save-buffer-coding-system last-coding-system-used)
                (setq buffer-file-coding-system last-coding-system-used))
              (setq buffer-file-number (nthcdr 10 (file-attributes buffer-file-name)))
              (if setmodes
                  (condition-case ()
                      (set-file-modes buffer-file-name (car setmodes))
                    (error nil))))
            (if (fboundp 'delete-auto-save-file-if-necessary) (delete-auto-save-file-if-necessary recent-save)))
          (run-hooks 'after-save-hook))
      (or noninteractive (not called-interactively)
          (message "(No changes need to be saved)")))))

(defun basic-save-buffer-1 ()
  "Write the buffer: with `file-precious-flag', through a temporary file renamed into place."
  (if save-buffer-coding-system
      (let ((coding-system-for-write save-buffer-coding-system))
        (basic-save-buffer-2))
    (basic-save-buffer-2)))

(defun basic-save-buffer-2 ()
  (let ((dir (file-name-directory (expand-file-name buffer-file-name)))
        tempsetmodes setmodes)
    (if (not (file-writable-p buffer-file-name))
        (let ((modes (file-modes buffer-file-name)))
          (if (and modes (not (zerop (logand modes #o200))))
              (error "Attempt to save to a file that you aren't allowed to write")
            (setq tempsetmodes t))))
    (or buffer-backed-up
        (setq setmodes (backup-buffer)))
    (if (and file-precious-flag (file-writable-p dir))
        ;; Write to a temporary file in the same directory, then rename it over the file, so that
        ;; an error while writing leaves the old file intact.
        (let* ((realname (file-chase-links buffer-file-name))
               (tempname (make-temp-file (expand-file-name "tmp" (file-name-directory realname))))
               (succeed nil))
          (unwind-protect
              (progn
                (clear-visited-file-modtime)
                (write-region nil nil tempname nil realname buffer-file-truename)
                (set-file-modes tempname (or (car setmodes) (file-modes realname)
                                             (logand #o666 (default-file-modes))))
                (rename-file tempname realname t)
                (setq succeed t))
            (unless succeed (ignore-errors (delete-file tempname))))
          (setq setmodes nil)
          (set-visited-file-modtime))
      (when tempsetmodes
        (set-file-modes buffer-file-name (logior (or (file-modes buffer-file-name) 0) #o200)))
      (let (success)
        (unwind-protect
            (progn
              (write-region nil nil buffer-file-name nil t buffer-file-truename)
              (setq success t))
          (and setmodes (not success)
               (progn
                 (rename-file (nth 2 setmodes) buffer-file-name t)
                 (setq buffer-backed-up nil))))))
    setmodes))

;;; Reverting

(defun buffer-stale--default-function (&optional _noconfirm)
  "Default function to use for `buffer-stale-function'."
  (and buffer-file-name
       (file-readable-p buffer-file-name)
       (not (buffer-modified-p (current-buffer)))
       (not (verify-visited-file-modtime (current-buffer)))))

(defun revert-buffer (&optional ignore-auto noconfirm preserve-modes)
  "Replace current buffer text with the text of the visited file on disk.
This undoes all changes since the file was visited or saved.
NOCONFIRM non-nil means do not ask for confirmation; in batch mode a
confirmation cannot be given, so the revert is refused without it."
  (let ((revert-buffer-in-progress-p t)
        (revert-buffer-preserve-modes preserve-modes))
    (funcall (or revert-buffer-function #'revert-buffer--default) ignore-auto noconfirm)))

(defun revert-buffer--default (ignore-auto noconfirm)
  "Default function for `revert-buffer'."
  (ignore ignore-auto)
  (let ((file-name buffer-file-name))
    (cond ((null file-name)
           (error "Buffer does not seem to be associated with any file"))
          ((or noconfirm
               (and (not (buffer-modified-p))
                    (catch 'found
                      (dolist (regexp revert-without-query)
                        (when (and (fboundp 'string-match-p) (string-match-p regexp file-name))
                          (throw 'found t)))))
               (and (fboundp 'yes-or-no-p)
                    (yes-or-no-p (format "Revert buffer from file %s? " file-name))))
           (run-hooks 'before-revert-hook)
           (unless (file-exists-p file-name)
             (error "File %s no longer exists!" file-name))
           (let ((buffer-undo-list t)
                 (inhibit-read-only t))
             (funcall (or revert-buffer-insert-file-contents-function
                          #'revert-buffer-insert-file-contents--default-function)
                      file-name nil))
           (after-find-file nil nil t nil revert-buffer-preserve-modes)
           (run-hooks 'after-revert-hook)
           t))))

(defun revert-buffer-insert-file-contents--default-function (file-name auto-save-p)
  "Default function for `revert-buffer-insert-file-contents-function'."
  (ignore auto-save-p)
  (let ((coding-system-for-read
         (or coding-system-for-read
             (and (boundp 'buffer-file-coding-system-explicit)
                  (car-safe buffer-file-coding-system-explicit)))))
    (insert-file-contents file-name (not auto-save-p) nil nil t)))

;;; Name transforms, auto-save names, and small utilities

(defvar auto-save-file-name-transforms
  `(("\\`/[^/]*:\\([^/]*/\\)*\\([^/]*\\)\\'" ,(concat temporary-file-directory "\\2") t))
  "Transforms to apply to buffer file name before making auto-save file name.")

(defun files--transform-file-name (filename transforms prefix suffix)
  "Transform FILENAME according to TRANSFORMS, then put PREFIX and SUFFIX around its last part.
Each transform is (REGEXP REPLACEMENT [UNIQUIFY]); the first whose REGEXP matches
FILENAME replaces it; UNIQUIFY non-nil keeps the whole original name in the new
name, with slashes as \"!\" (or hashed with a `secure-hash' algorithm)."
  (save-match-data
    (let (result uniq)
      (while (and transforms (not result))
        (if (string-match (car (car transforms)) filename)
            (setq result (replace-match (cadr (car transforms)) t nil filename)
                  uniq (car (cddr (car transforms)))))
        (setq transforms (cdr transforms)))
      (when result
        (setq filename
              (cond ((and uniq (fboundp 'secure-hash-algorithms) (memq uniq (secure-hash-algorithms)))
                     (concat (file-name-directory result) (secure-hash uniq filename)))
                    (uniq
                     (concat (file-name-directory result)
                             (subst-char-in-string ?/ ?! (replace-regexp-in-string "!" "!!" filename))))
                    (t result))))
      (expand-file-name (concat (file-name-directory filename) prefix
                                (file-name-nondirectory filename) suffix)))))

(defun make-auto-save-file-name ()
  "Return file name to use for auto-saves of current buffer."
  (if buffer-file-name
      (let ((handler (find-file-name-handler buffer-file-name 'make-auto-save-file-name)))
        (if handler
            (funcall handler 'make-auto-save-file-name)
          (files--transform-file-name buffer-file-name auto-save-file-name-transforms "#" "#")))
    (let ((name (mapconcat (lambda (c)
                             (if (or (and (>= c ?a) (<= c ?z)) (and (>= c ?A) (<= c ?Z))
                                     (and (>= c ?0) (<= c ?9)) (memq c '(?_ ?. ?~ ?# ?+ ?-)))
                                 (string c)
                               (format "%%%02X" c)))
                           (buffer-name) "")))
      (expand-file-name (format "#%s#%s#" name (if (fboundp (quote emacs-pid)) (emacs-pid) 0))
                        (cond ((file-writable-p default-directory) default-directory)
                              ((file-writable-p "/var/tmp/") "/var/tmp/")
                              ("~/"))))))

(defun auto-save-file-name-p (filename)
  "Return non-nil if FILENAME can be yielded by `make-auto-save-file-name'."
  (string-match "\\`#.*#\\'" filename))

(defun file-size-human-readable (file-size &optional flavor space unit)
  "Produce a string showing FILE-SIZE in human-readable form.
FLAVOR nil or `iec' counts 1024 bytes to the kilobyte, `si' 1000; `iec'
also writes the units as KiB, MiB...  SPACE goes between number and unit;
UNIT defaults to \"B\" for `iec' and \"\" otherwise."
  (let ((power (if (memq flavor '(nil iec)) 1024.0 1000.0))
        (prefixes '("" "k" "M" "G" "T" "P" "E" "Z" "Y")))
    (while (and (>= file-size power) (cdr prefixes))
      (setq file-size (/ file-size power)
            prefixes (cdr prefixes)))
    (let* ((prefix (car prefixes))
           (prefixed-unit (if (eq flavor 'iec)
                              (concat (if (string= prefix "k") "K" prefix)
                                      (if (string= prefix "") "" "i")
                                      (or unit "B"))
                            (concat prefix unit))))
      (format (if (let ((frac (mod file-size 1.0))) (and (>= frac 0.05) (< frac 0.95)))
                  "%.1f%s%s" "%.0f%s%s")
              file-size
              (if (string= prefixed-unit "") "" (or space ""))
              prefixed-unit))))

(defun file-size-human-readable-iec (size)
  "Human-readable string for SIZE bytes, using IEC prefixes." (file-size-human-readable size 'iec " "))

(defun parse-colon-path (search-path)
  "Explode a search path into a list of directory names.
Empty elements become nil (meaning `default-directory')."
  (when (stringp search-path)
    (let ((spath (substitute-env-in-file-name search-path))
          (sep (if (boundp 'path-separator) path-separator ":"))
          (start 0) parts)
      (while (let ((i (string-search sep spath start)))
               (push (substring spath start i) parts)
               (and i (setq start (+ i (length sep))))))
      (mapcar (lambda (f)
                (if (equal f "") nil
                  (let ((dir (file-name-as-directory f)) (i 0))
                    (while (and (< (1+ i) (length dir)) (eq (aref dir i) ?/) (eq (aref dir (1+ i)) ?/))
                      (setq i (1+ i)))
                    (substring dir i))))
              (nreverse parts)))))

;;; Quoted file names ("/:" prefix)

(defconst files--non-special-operations
  '((abbreviate-file-name) (directory-file-name) (expand-file-name) (file-name-as-directory)
    (file-name-directory) (file-name-sans-versions) (file-remote-p) (find-backup-file-name)
    (file-name-case-insensitive-p) (unhandled-file-name-directory) (substitute-in-file-name identity)
    (file-truename add 0) (insert-file-contents insert-file-contents 0)
    (verify-visited-file-modtime unquote-then-quote) (make-auto-save-file-name buffer-file-name)
    (set-visited-file-modtime buffer-file-name) (copy-file 0 1) (rename-file 0 1) (copy-directory 0 1)
    (file-name-completion 0 1) (file-name-all-completions 0 1) (file-equal-p 0 1)
    (file-newer-than-file-p 0 1) (write-region 2 5) (file-in-directory-p 0 1) (make-symbolic-link 0 1)
    (add-name-to-file 0 1) (make-process) (file-notify-rm-watch) (file-notify-valid-p))
  "How `file-name-non-special' treats each operation: (OPERATION [METHOD] ARG-INDICES...).
The indices are those of the arguments that are file names to unquote; operations
not listed have their first argument unquoted.")

(defun file-name-non-special (operation &rest arguments)
  "Handle file names starting with \"/:\": run OPERATION on the unquoted names.
Operations that return file names keep the quotation."
  (let* ((inhibit-file-name-handlers
          (cons 'file-name-non-special
                (and (eq inhibit-file-name-operation operation) inhibit-file-name-handlers)))
         (inhibit-file-name-operation operation)
         (spec (cdr (or (assq operation files--non-special-operations) '(nil 0))))
         (method (and (symbolp (car spec)) (car spec)))
         (indices (if method (cdr spec) spec))
         (arguments (copy-sequence arguments)))
    (dolist (i indices)
      (let ((cell (nthcdr i arguments)))
        (when (stringp (car cell))
          (setcar cell (file-name-unquote (car cell) t)))))
    (cond
     ((eq method 'identity) (car arguments))
     ((eq method 'add) (file-name-quote (apply operation arguments) t))
     ((eq method 'buffer-file-name)
      (let ((buffer-file-name (and buffer-file-name (file-name-unquote buffer-file-name t))))
        (apply operation arguments)))
     ((eq method 'insert-file-contents)
      (let ((visit (nth 1 arguments)))
        (unwind-protect (apply operation arguments)
          (when (and visit buffer-file-name)
            (setq buffer-file-name (file-name-quote buffer-file-name t))))))
     ((eq method 'unquote-then-quote)
      (let ((buffer (or (car arguments) (current-buffer))))
        (with-current-buffer buffer
          (let ((buffer-file-name (and buffer-file-name (file-name-unquote buffer-file-name t))))
            (apply operation arguments)))))
     (t (apply operation arguments)))))

(setq file-name-handler-alist (cons (cons "\\`/:" 'file-name-non-special) file-name-handler-alist))

;;; files.el ends here
