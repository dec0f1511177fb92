;;; simple-undo.el --- undo commands: undo, undo-only, undo-redo, undo in region, automatic boundaries (GNU: lisp/simple.el)  -*- lexical-binding: t -*-

;; Written for tsmacs from GNU Emacs's manuals and observed behaviour (GNU Emacs 28.2 is the
;; oracle); the undo part of GNU's simple.el.  Preloaded right after simple.el.  The recording
;; side and `primitive-undo' are in src/undo.ts.

;;; Code:

;;;; Undo

;; `pending-undo-list', `undo-in-region', `undo-in-progress' and `undo-more' live in
;; subr-edit.el, beside the change groups that use them.

(defvar undo-no-redo nil
  "If t, `undo' doesn't go through redo entries.")

(defvar undo-equiv-table (make-hash-table :test 'eq :weakness t)
  "Table mapping redo records to the corresponding undo one.
A redo record for an undo in region maps to `undo-in-region'; one for an
ordinary undo maps to the following (earlier) undo; one that undoes to
the beginning of the undo list maps to t.")

(defun undo--last-change-was-undo-p (undo-list)
  "The `undo-equiv-table' entry for UNDO-LIST past its leading boundaries."
  (while (and (consp undo-list) (eq (car undo-list) nil))
    (setq undo-list (cdr undo-list)))
  (gethash undo-list undo-equiv-table))

(defun undo-start (&optional beg end)
  "Set `pending-undo-list' to the front of the undo list.
If BEG and END are a non-empty span, undo only within it: see
`undo-make-selective-list'."
  (if (eq buffer-undo-list t)
      (user-error "No undo information in this buffer"))
  (setq pending-undo-list
        (if (and beg end (not (= beg end)))
            (undo-make-selective-list (min beg end) (max beg end))
          buffer-undo-list)))

(defun undo (&optional arg)
  "Undo some previous changes.
Repeat this command to undo more changes; a command other than `undo'
in between makes the undo itself undoable (redo).  A numeric ARG undoes
that many change groups.  In Transient Mark mode with an active region,
or with a non-numeric ARG, undo only changes within the region."
  (interactive "*P")
  (let ((msg nil)
        (list-before (let ((l buffer-undo-list))
                       (while (and (consp l) (null (car l))) (setq l (cdr l)))
                       l)))
    ;; Until the undo is under way, this is not a consecutive undo.
    (setq this-command 'undo-start)
    (unless (and (eq last-command 'undo)
                 (or (eq pending-undo-list t)
                     (undo--last-change-was-undo-p buffer-undo-list)))
      (setq undo-in-region
            (and (or (region-active-p) (and arg (not (numberp arg)))) t))
      (if undo-in-region
          (undo-start (region-beginning) (region-end))
        (undo-start))
      ;; The first group is normally the boundary the command loop just made.
      (undo-more 1))
    (setq this-command 'undo)
    (let ((equiv (gethash pending-undo-list undo-equiv-table)))
      (setq msg (concat (if (or undo-no-redo (not equiv)) "Undo" "Redo")
                        (if undo-in-region " in region" "")))
      (when (and (consp equiv) undo-no-redo)
        ;; Skip whole undo/redo chains: follow the table to the oldest equivalent.
        (let (next)
          (while (setq next (gethash equiv undo-equiv-table))
            (setq equiv next)))
        (setq pending-undo-list (if (consp equiv) equiv t))))
    (undo-more (if (numberp arg) (prefix-numeric-value arg) 1))
    ;; Point records in the redo group would send a later undo to where point
    ;; happened to be; undoing the undo should go to the change itself.
    (let ((tail buffer-undo-list) (prev nil))
      (while (car tail)
        (if (integerp (car tail))
            (if prev (setcdr prev (cdr tail)) (setq buffer-undo-list (cdr tail)))
          (setq prev tail))
        (setq tail (cdr tail))))
    (let ((list buffer-undo-list))
      (while (and (consp list) (eq (car list) nil)) (setq list (cdr list)))
      (if (eq list list-before)
          ;; Nothing changed (an empty group was undone): LIST is no redo
          ;; record, unless it already was one.
          (unless (gethash list undo-equiv-table)
            (puthash list 'empty undo-equiv-table))
        (puthash list
                 (cond (undo-in-region 'undo-in-region)
                       ((eq pending-undo-list t) t)
                       (t pending-undo-list))
                 undo-equiv-table)))
    (message "%s" msg)
    nil))

(defun undo-only (&optional arg)
  "Undo some previous changes, without redoing undone ones."
  (interactive "*p")
  (let ((undo-no-redo t)) (undo arg)))

(defun undo-redo (&optional arg)
  "Undo the last ARG undos."
  (interactive "*p")
  (cond
   ((not (undo--last-change-was-undo-p buffer-undo-list))
    (user-error "No undone changes to redo"))
   (t
    (let* ((ul buffer-undo-list)
           (new-ul (let ((undo-in-progress t))
                     (while (and (consp ul) (eq (car ul) nil)) (setq ul (cdr ul)))
                     (primitive-undo arg ul)))
           (new-pul (undo--last-change-was-undo-p new-ul)))
      (message "Redo%s" (if undo-in-region " in region" ""))
      (setq this-command 'undo)
      (setq pending-undo-list new-pul)
      (setq buffer-undo-list new-ul)))))

;;;;; Automatic undo boundaries
;;
;; Outside the command loop nothing adds boundaries by itself, so the bookkeeping
;; matters only to callers that ask for it: every change notes its buffer (the
;; C core calls `undo-auto--undoable-change'), and `undo-auto--boundaries' later
;; closes the undo group of each noted buffer.

(defvar undo-auto--undoably-changed-buffers nil
  "Buffers changed since the last automatic undo boundaries.")

(defvar undo-auto--last-boundary-cause nil
  "What made the last undo boundary: `explicit' (a call to `undo-boundary'),
`timer', `command', or (N . BUFFERS) after N amalgamating commands.")

(defvar undo-auto--this-command-amalgamating nil
  "Non-nil if the current command asked for its changes to be amalgamated.")

(defvar undo-auto-current-boundary-timer nil
  "The timer that will add undo boundaries after some idle time, if any.")

(defun undo-auto--ensure-boundary (cause)
  "Add an undo boundary to the current buffer's list unless it ends a group.
CAUSE is recorded in `undo-auto--last-boundary-cause'."
  (when (and buffer-undo-list (not (eq buffer-undo-list t)) (car buffer-undo-list))
    (undo-boundary)
    (setq undo-auto--last-boundary-cause
          (if (eq cause 'amalgamate)
              (cons (if (consp undo-auto--last-boundary-cause)
                        (1+ (car undo-auto--last-boundary-cause))
                      1)
                    (cons (current-buffer)
                          (cdr-safe undo-auto--last-boundary-cause)))
            cause))))

(defun undo-auto--boundaries (cause)
  "Add an undo boundary to every buffer changed since the last call.
A `command' CAUSE also closes the current buffer's group."
  (when (eq cause 'command)
    (unless (memq (current-buffer) undo-auto--undoably-changed-buffers)
      (push (current-buffer) undo-auto--undoably-changed-buffers)))
  (dolist (b undo-auto--undoably-changed-buffers)
    (when (buffer-live-p b)
      (with-current-buffer b (undo-auto--ensure-boundary cause))))
  (setq undo-auto--undoably-changed-buffers nil))

(defun undo-auto--boundary-timer ()
  "Add the boundaries the idle timer is for."
  (setq undo-auto-current-boundary-timer nil)
  (undo-auto--boundaries 'timer))

(defun undo-auto--add-boundary ()
  "Add boundaries after a command (the command loop's post-command step)."
  (undo-auto--boundaries
   (if undo-auto--this-command-amalgamating 'amalgamate 'command))
  (setq undo-auto--this-command-amalgamating nil))

(defun undo-auto--undoable-change ()
  "Note that the current buffer changed in a way undo records."
  (let ((b (current-buffer)))
    (unless (memq b undo-auto--undoably-changed-buffers)
      (push b undo-auto--undoably-changed-buffers)))
  ;; tsmacs has no timers yet; with them, idle time will close the groups.
  (when (and (not undo-auto-current-boundary-timer) (fboundp 'run-at-time))
    (setq undo-auto-current-boundary-timer
          (run-at-time 10 nil #'undo-auto--boundary-timer))))

(defun undo-auto-amalgamate ()
  "Amalgamate this command's changes with those of the previous ones.
Called by commands such as `delete-char': up to 20 consecutive calls of
one command make a single undo group."
  (let ((count (and (consp undo-auto--last-boundary-cause)
                    (car undo-auto--last-boundary-cause))))
    (setq undo-auto--this-command-amalgamating t)
    (when count
      (if (and (< count 20) (eq this-command last-command))
          ;; Drop the boundary the last command left in each buffer it changed.
          (dolist (b (cdr undo-auto--last-boundary-cause))
            (when (buffer-live-p b)
              (with-current-buffer b
                (when (and (consp buffer-undo-list) (null (car buffer-undo-list)))
                  (setq buffer-undo-list (cdr buffer-undo-list))))))
        (setq undo-auto--last-boundary-cause 0)))))

;;;;; Undo in region
;;
;; The changes in `buffer-undo-list' are each expressed in the coordinates of the
;; buffer as it was just before that change was undone, assuming every newer
;; change had been undone first.  Undoing in a region undoes only some of them, so
;; the others ("skipped") stay in the buffer, and older positions must be
;; translated.  We keep the differences between the two buffers -- S, the one the
;; full undo history would produce, and R, the real one -- as a sorted list of
;; disjoint spans [START SLEN RLEN]: SLEN characters of S at START stand where R has
;; RLEN characters.  A change is kept when it maps cleanly into R (a span it
;; deletes touches no span; text it reinserts is not inside one) and lies inside
;; the region (tracked in R as kept changes resize it).  Text reinserted where S
;; and R differ goes after R's text there, as GNU does.

(defun simple--undo-span-shift (spans pos test)
  "Sum of RLEN-SLEN over SPANS satisfying TEST (called with START END and POS)."
  (let ((delta 0))
    (dolist (s spans delta)
      (let ((start (aref s 0)) (end (+ (aref s 0) (aref s 1))))
        (when (funcall test start end pos)
          (setq delta (+ delta (- (aref s 2) (aref s 1)))))))))

(defun simple--undo-map-range (spans beg end)
  "Map the S range BEG..END into R as (RBEG . REND), or nil when a span meets it."
  (if (let ((hit nil))
        (dolist (s spans hit)
          (let ((s0 (aref s 0)) (s1 (+ (aref s 0) (aref s 1))))
            (when (if (= beg end)
                      ;; A point is blocked only inside a span; at a span of
                      ;; text only R has, it goes after that text (as GNU).
                      (and (< s0 beg) (< beg s1))
                    (and (< s0 end) (> s1 beg)))
              (setq hit t)))))
      nil
    (let ((rbeg (+ beg (simple--undo-span-shift spans beg (lambda (_s e p) (<= e p))))))
      (if (= beg end)
          ;; A point where S has text that R replaced goes after R's text.
          (let ((after 0))
            (dolist (s spans)
              (when (and (= (aref s 0) beg) (> (aref s 1) 0))
                (setq after (+ after (aref s 2)))))
            (cons (+ rbeg after) (+ rbeg after)))
        (cons rbeg
              (+ end (simple--undo-span-shift spans end (lambda (s e p) (and (<= e p) (< s p))))))))))

(defun simple--undo-shift-spans (spans from delta)
  "SPANS with those starting at or after FROM moved by DELTA."
  (mapcar (lambda (s) (if (>= (aref s 0) from)
                          (vector (+ (aref s 0) delta) (aref s 1) (aref s 2))
                        s))
          spans))

(defun simple--undo-add-span (spans beg end len)
  "Record a skipped change of S: BEG..END replaced by LEN characters."
  (let ((ubeg beg) (uend end) (extra 0) (rest nil) (after nil))
    (dolist (s spans)
      (let ((s0 (aref s 0)) (s1 (+ (aref s 0) (aref s 1))))
        (cond ((< s1 beg) (push s rest))
              ((> s0 end) (push (vector (+ s0 (- len (- end beg))) (aref s 1) (aref s 2)) after))
              (t (setq ubeg (min ubeg s0) uend (max uend s1)
                       extra (+ extra (- (aref s 2) (aref s 1))))))))
    (let ((ulen (- uend ubeg)))
      (nconc (nreverse rest)
             (list (vector ubeg (+ (- ulen (- end beg)) len) (+ ulen extra)))
             (nreverse after)))))

(defun undo-make-selective-list (start end)
  "Return the undo elements of `buffer-undo-list' that lie within START..END.
Positions are translated past the changes that stay undone-not, so that
the list can be applied to the current buffer."
  ;; OUT is built in reverse; a boundary is kept only between kept elements.  The
  ;; list always starts with one: `undo' skips it as the command's own boundary.
  (let ((spans nil) (out (list nil)) (keep-markers nil)
        (rstart start) (rend end)
        (ulist buffer-undo-list))
    (while (consp ulist)
      (let ((elt (car ulist)))
        (setq ulist (cdr ulist))
        (pcase elt
          ('nil
           (when (car out) (push nil out))
           (setq keep-markers nil))
          ((pred integerp)
           (let ((r (simple--undo-map-range spans elt elt)))
             (when (and r (<= rstart (car r) rend)) (push (car r) out)))
           (setq keep-markers nil))
          (`(,(and (pred integerp) b) . ,(and (pred integerp) e))
           ;; An insertion: undoing it deletes B..E.
           (let ((r (simple--undo-map-range spans b e)))
             (if (and r (<= rstart (car r)) (<= (cdr r) rend))
                 (progn
                   (push (cons (car r) (cdr r)) out)
                   (setq rend (- rend (- e b))
                         spans (simple--undo-shift-spans spans e (- b e))))
               (setq spans (simple--undo-add-span spans b e 0))))
           (setq keep-markers nil))
          (`(,(and (pred stringp) text) . ,(and (pred integerp) pos))
           ;; A deletion: undoing it inserts TEXT at |POS|.
           (let* ((p (abs pos)) (len (length text))
                  (r (simple--undo-map-range spans p p)))
             (if (and r (<= rstart (car r) rend))
                 (progn
                   (push (cons text (if (< pos 0) (- (car r)) (car r))) out)
                   (setq rend (+ rend len)
                         spans (simple--undo-shift-spans spans p len)
                         keep-markers t))
               (setq spans (simple--undo-add-span spans p p len)
                     keep-markers nil))))
          (`(,(pred markerp) . ,(pred integerp))
           ;; Marker adjustments belong to the deletion just before them.
           (when keep-markers (push elt out)))
          (`(nil ,prop ,val ,(and (pred integerp) b) . ,(and (pred integerp) e))
           (let ((r (simple--undo-map-range spans b e)))
             (when (and r (<= rstart (car r)) (<= (cdr r) rend))
               (push (cons nil (cons prop (cons val (cons (car r) (cdr r))))) out)))
           (setq keep-markers nil))
          ;; (t . TIME) would mark the buffer unmodified although changes outside
          ;; the region remain; (apply ...) entries cannot be placed.  Drop them.
          (_ (setq keep-markers nil)))))
    (nreverse out)))

(provide 'simple-undo)

;;; simple-undo.el ends here
