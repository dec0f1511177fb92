// The standard keymaps of a fresh GNU Emacs 28.2 (`emacs -Q --batch`): global-map, esc-map, ctl-x-map and the
// other prefix maps, the minibuffer maps, special-mode-map (GNU: keymap.c/keyboard.c/cmds.c keys_of_*,
// bindings.el, minibuffer.el, simple.el). Built directly as list structure, once per world, so the start-up
// snapshot already holds them and nothing here runs define-key.
import { defvar } from "../defun.js";
import { E } from "../env.js";
import { Cons, LispObject, LSymbol, NIL, T, defsym } from "../lisp.js";
import { charTableGet, charTableSet, charTableSetRange, makeCharTable, CharTable } from "../chartab.js";
import { setGlobalMap, CTRL } from "../keymap.js";
import { putProp } from "../compile/runtime.js";

const Qkeymap = defsym("keymap");

/**
 * Each map's bindings as GNU has them, listed in the order `define-key' would have to make them for the
 * alists to come out in GNU's order (each new binding goes in front). "KIND=full" maps hold a char-table;
 * "PARENT=var" names the parent map's variable; a key is an event (integer or symbol), "A-B" a character
 * range, and "P Q" a two-event sequence (a nested sparse map). Mouse, menu-bar and window-system events
 * are left out: batch tsmacs has no use for them. Generated from GNU Emacs 28.2 with map-keymap-internal.
 */
const TABLE: [string, string][] = [
  ["global-map", "KIND=full,67108911:undo,67108927:undo-redo,67108912:digit-argument,67108913:digit-argument,67108914:digit-argument,67108915:digit-argument,67108916:digit-argument,67108917:digit-argument,67108918:digit-argument,67108919:digit-argument,67108920:digit-argument,67108921:digit-argument,67108909:negative-argument,67108896:set-mark-command,find:search-forward,Scroll_Lock:scroll-lock-mode,home:move-beginning-of-line,left:left-char,up:previous-line,right:right-char,down:next-line,prior:scroll-down-command,next:scroll-up-command,end:move-end-of-line,begin:beginning-of-buffer,insert:overwrite-mode,insertchar:overwrite-mode,undo:undo,redo:repeat-complex-command,again:repeat-complex-command,open:find-file,insertline:open-line,deleteline:kill-line,deletechar:delete-forward-char,help:help-command,f1:help-command,128-4194303:self-insert-command,127:delete-backward-char,32-126:self-insert-command,31:undo,29:abort-recursive-edit,28:toggle-input-method,27:ESC-prefix,26:suspend-frame,25:yank,24:Control-X-prefix,23:kill-region,22:scroll-up-command,21:universal-argument,20:transpose-chars,19:isearch-forward,18:isearch-backward,17:quoted-insert,16:previous-line,15:open-line,14:next-line,13:newline,12:recenter-top-bottom,11:kill-line,10:electric-newline-and-maybe-indent,9:indent-for-tab-command,8:help-command,7:keyboard-quit,6:forward-char,5:move-end-of-line,4:delete-char,3:mode-specific-command-prefix,2:backward-char,1:move-beginning-of-line,0:set-mark-command"],
  ["esc-map", "KIND=full,67108912:digit-argument,67108913:digit-argument,67108914:digit-argument,67108915:digit-argument,67108916:digit-argument,67108917:digit-argument,67108918:digit-argument,67108919:digit-argument,67108920:digit-argument,67108921:digit-argument,67108909:negative-argument,home:beginning-of-buffer-other-window,next:scroll-other-window,prior:scroll-other-window-down,33554454:scroll-other-window-down,end:end-of-buffer-other-window,begin:beginning-of-buffer-other-window,right:forward-word,left:backward-word,67108896:mark-sexp,33554444:recenter-other-window,67108911:dabbrev-completion,67108910:xref-find-apropos,67108901:query-replace-regexp,127:backward-kill-word,126:not-modified,125:forward-paragraph,124:shell-command-on-region,123:backward-paragraph,122:zap-to-char,121:yank-pop,120:execute-extended-command,119:kill-ring-save,118:scroll-down-command,117:upcase-word,116:transpose-words,115 111:occur,115 119:isearch-forward-word,115 95:isearch-forward-symbol,115 46:isearch-forward-symbol-at-point,114:move-to-window-line-top-bottom,113:fill-paragraph,109:back-to-indentation,108:downcase-word,107:kill-sentence,106:default-indent-new-line,105:tab-to-tab-stop,104:mark-paragraph,103 99:goto-char,103 103:goto-line,103 110:next-error,103 112:previous-error,103 9:move-to-column,102:forward-word,101:forward-sentence,100:kill-word,99:capitalize-word,98:backward-word,97:backward-sentence,96:tmm-menubar,94:delete-indentation,92:delete-horizontal-space,88:execute-extended-command-for-buffer,64:mark-word,63:xref-find-references,62:end-of-buffer,61:count-words-region,60:beginning-of-buffer,59:comment-dwim,58:eval-expression,48-57:digit-argument,47:dabbrev-expand,46:xref-find-definitions,45:negative-argument,44:xref-pop-marker-stack,41:move-past-close-and-reindent,40:insert-parentheses,39:abbrev-prefix-mark,38:async-shell-command,37:query-replace,36:ispell-word,33:shell-command,32:just-one-space,31:undo-redo,28:indent-region,27 27:keyboard-escape-quit,27 58:eval-expression,23:append-next-kill,22:scroll-other-window,21:backward-up-list,20:transpose-sexps,19:isearch-forward-regexp,18:isearch-backward-regexp,16:backward-list,15:split-line,14:forward-list,12:reposition-window,11:kill-sexp,10:default-indent-new-line,9:complete-symbol,8:mark-defun,6:forward-sexp,5:end-of-defun,4:down-list,3:exit-recursive-edit,2:backward-sexp,1:beginning-of-defun,0:mark-sexp"],
  ["ctl-x-map", "KIND=full,right:next-buffer,left:previous-buffer,67108896:pop-global-mark,67108923:comment-line,67108907:text-scale-adjust,67108909:text-scale-adjust,67108925:text-scale-adjust,67108912:text-scale-adjust,127:backward-kill-sentence,125:enlarge-window-horizontally,123:shrink-window-horizontally,122:repeat,120 102:font-lock-update,120 103:revert-buffer-quick,120 114:rename-buffer,120 117:rename-uniquely,120 110:clone-buffer,120 105:insert-buffer,120 116:toggle-truncate-lines,118:vc-prefix-map,117:undo,115:save-some-buffers,113:kbd-macro-query,111:other-window,110 110:narrow-to-region,110 119:widen,110 103:goto-line-relative,110 100:narrow-to-defun,110 112:narrow-to-page,109:compose-mail,108:count-lines-page,107:kill-buffer,105:insert-file,104:mark-whole-buffer,102:set-fill-column,101:kmacro-end-and-call-macro,100:dired,98:switch-to-buffer,96:next-error,94:enlarge-window,93:forward-page,92:activate-transient-input-method,91:backward-page,62:scroll-right,61:what-cursor-position,60:scroll-left,59:comment-set-column,54:2C-command,53:ctl-x-5-prefix,52:ctl-x-4-prefix,51:split-window-right,50:split-window-below,49:delete-other-windows,48:delete-window,46:set-fill-prefix,45:shrink-window-if-larger-than-buffer,43:balance-windows,42:calc-dispatch,41:kmacro-end-macro,40:kmacro-start-macro,39:expand-abbrev,36:set-selective-display,32:rectangle-mark-mode,27 27:repeat-complex-command,27 58:repeat-complex-command,26:suspend-frame,24:exchange-point-and-mark,23:write-file,22:find-alternate-file,21:upcase-region,20:transpose-lines,19:save-buffer,18:find-file-read-only,17:read-only-mode,16:mark-page,15:delete-blank-lines,14:set-goal-column,12:downcase-region,11:kmacro-keymap,10:dired-jump,9:indent-rigidly,6:find-file,5:eval-last-sexp,4:list-directory,3:save-buffers-kill-terminal,2:list-buffers,0:pop-global-mark"],
  ["ctl-x-4-map", "KIND=sparse,109:compose-mail-other-window,10:dired-jump-other-window,97:add-change-log-entry-other-window,99:clone-indirect-buffer-other-window,48:kill-buffer-and-window,49:same-window-prefix,52:other-window-prefix,102:find-file-other-window,114:find-file-read-only-other-window,6:find-file-other-window,98:switch-to-buffer-other-window,15:display-buffer,100:dired-other-window,112:project-other-window-command,46:xref-find-definitions-other-window"],
  ["ctl-x-5-map", "KIND=sparse,109:compose-mail-other-frame,98:switch-to-buffer-other-frame,102:find-file-other-frame,6:find-file-other-frame,114:find-file-read-only-other-frame,15:display-buffer-other-frame,100:dired-other-frame,112:project-other-frame-command,46:xref-find-definitions-other-frame,50:make-frame-command,49:delete-other-frames,48:delete-frame,111:other-frame,53:other-frame-prefix,99:clone-frame"],
  ["help-map", "KIND=sparse,8:help-for-help,help:help-for-help,f1:help-for-help,46:display-local-help,63:help-for-help,1:about-emacs,3:describe-copying,4:view-emacs-debugging,5:view-external-packages,6:view-emacs-FAQ,13:view-order-manuals,14:view-emacs-news,15:describe-distribution,16:view-emacs-problems,19:search-forward-help-for-help,20:view-emacs-todo,23:describe-no-warranty,28:describe-input-method,67:describe-coding-system,70:Info-goto-emacs-command-node,73:describe-input-method,75:Info-goto-emacs-key-command-node,76:describe-language-environment,83:info-lookup-symbol,97:apropos-command,98:describe-bindings,99:describe-key-briefly,100:apropos-documentation,101:view-echo-area-messages,102:describe-function,103:describe-gnu-project,104:view-hello-file,105:info,52 105:info-other-window,107:describe-key,108:view-lossage,109:describe-mode,111:describe-symbol,110:view-emacs-news,112:finder-by-keyword,80:describe-package,114:info-emacs-manual,82:info-display-manual,115:describe-syntax,116:help-with-tutorial,118:describe-variable,119:where-is,120:describe-command,113:help-quit"],
  ["mode-specific-map", "KIND=sparse"],
  ["minibuffer-local-map", "KIND=sparse,27 110:next-history-element,27 112:previous-history-element,27 115:next-matching-history-element,27 114:previous-matching-history-element,27 60:minibuffer-beginning-of-buffer,next:next-history-element,down:next-line-or-history-element,XF86Forward:next-history-element,prior:previous-history-element,up:previous-line-or-history-element,XF86Back:previous-history-element,9:self-insert-command,C-tab:file-cache-minibuffer-complete,7:abort-minibuffers,10:exit-minibuffer,13:exit-minibuffer"],
  ["minibuffer-local-ns-map", "KIND=sparse,PARENT=minibuffer-local-map,32:exit-minibuffer,9:exit-minibuffer,63:self-insert-and-exit"],
  ["minibuffer-local-completion-map", "KIND=sparse,PARENT=minibuffer-local-map,9:minibuffer-complete,32:minibuffer-complete-word,63:minibuffer-completion-help,prior:switch-to-completions,27 118:switch-to-completions,27 103 27 99:switch-to-completions"],
  ["minibuffer-local-must-match-map", "KIND=sparse,PARENT=minibuffer-local-completion-map,13:minibuffer-complete-and-exit,10:minibuffer-complete-and-exit"],
  ["minibuffer-local-filename-completion-map", "KIND=sparse,32:nil"],
  ["minibuffer-local-isearch-map", "KIND=sparse,PARENT=minibuffer-local-map,13:exit-minibuffer,27 9:isearch-complete-edit,19:isearch-forward-exit-minibuffer,18:isearch-reverse-exit-minibuffer,6:isearch-yank-char-in-minibuffer,right:isearch-yank-char-in-minibuffer"],
  ["read-expression-map", "KIND=sparse,PARENT=minibuffer-local-map,27 9:completion-at-point,27 103 27 99:read-expression-switch-to-completions,9:completion-at-point,13:read--expression-try-read,10:read--expression-try-read"],
  ["special-mode-map", "KIND=sparse,remap self-insert-command:undefined,45:negative-argument,48:digit-argument,49:digit-argument,50:digit-argument,51:digit-argument,52:digit-argument,53:digit-argument,54:digit-argument,55:digit-argument,56:digit-argument,57:digit-argument,113:quit-window,32:scroll-up-command,33554464:scroll-down-command,127:scroll-down-command,63:describe-mode,104:describe-mode,62:end-of-buffer,60:beginning-of-buffer,103:revert-buffer"],
];

/** The prefix commands whose function definitions are the prefix maps (GNU fsets them in keymap.c/bindings.el). */
const PREFIX_COMMANDS: [string, string][] = [
  ["ESC-prefix", "esc-map"], ["Control-X-prefix", "ctl-x-map"], ["ctl-x-4-prefix", "ctl-x-4-map"],
  ["ctl-x-5-prefix", "ctl-x-5-map"], ["help-command", "help-map"], ["mode-specific-command-prefix", "mode-specific-map"],
];

const isChar = (e: LispObject): e is number => typeof e === "number" && e >= 0 && e < 0x400000;

/** Puts EVENT -> DEF into MAP as define-key would (char-table slot, or a new alist entry in front). */
function bind(map: Cons, event: LispObject, def: LispObject): void {
  const ct = map.cdr instanceof Cons && map.cdr.car instanceof CharTable ? map.cdr.car : null;
  if (ct !== null && isChar(event)) { charTableSet(ct, event, def); return; }
  const after = ct !== null ? map.cdr as Cons : map;
  after.cdr = new Cons(new Cons(event, def), after.cdr);
}

/** The nested sparse map bound to EVENT in MAP, made on first use. */
function subMap(map: Cons, event: LispObject): Cons {
  const ct = map.cdr instanceof Cons && map.cdr.car instanceof CharTable ? map.cdr.car : null;
  if (ct !== null && isChar(event)) {
    const b = charTableGet(ct, event);
    if (b instanceof Cons && b.car === Qkeymap) return b;
  }
  // The walk stops where the parent map begins: a child's prefix map is its own, as in GNU 28.
  for (let l = ct !== null ? (map.cdr as Cons).cdr : map.cdr; l instanceof Cons && l.car !== Qkeymap; l = l.cdr) {
    if (l.car instanceof Cons && l.car.car === event && l.car.cdr instanceof Cons && l.car.cdr.car === Qkeymap) return l.car.cdr;
  }
  const sub = new Cons(Qkeymap, NIL);
  bind(map, event, sub);
  return sub;
}

function parseEvent(s: string): LispObject {
  return /^\d+$/.test(s) ? Number(s) : defsym(s);
}

/** Builds every standard map of this world (once) and returns them by variable name. */
function standardMaps(): Map<string, Cons> {
  const ext = E.ext as { standardKeymaps?: Map<string, Cons> };
  if (ext.standardKeymaps) return ext.standardKeymaps;
  const maps = new Map<string, Cons>();
  ext.standardKeymaps = maps;
  for (const [name, spec] of TABLE) {
    let map: Cons | null = null;
    for (const item of spec.split(",")) {
      if (item.startsWith("KIND=")) {
        map = item === "KIND=full" ? new Cons(Qkeymap, new Cons(makeCharTable(Qkeymap, NIL), NIL)) : new Cons(Qkeymap, NIL);
        maps.set(name, map);
        continue;
      }
      if (map === null) continue;
      if (item.startsWith("PARENT=")) {
        // The parent goes at the very end of the list, as set-keymap-parent puts it.
        let last: Cons = map;
        while (last.cdr instanceof Cons) last = last.cdr;
        last.cdr = maps.get(item.slice(7)) ?? NIL;
        continue;
      }
      const colon = item.lastIndexOf(":");
      const key = item.slice(0, colon), cmd = item.slice(colon + 1), def = cmd === "nil" ? NIL : defsym(cmd);
      const range = /^(\d+)-(\d+)$/.exec(key);
      if (range !== null) {
        charTableSetRange((map.cdr as Cons).car as CharTable, Number(range[1]), Number(range[2]), def);
        continue;
      }
      const events = key.split(" ").map(parseEvent);
      let target = map;
      for (let i = 0; i < events.length - 1; i++) target = subMap(target, events[i]);
      bind(target, events[events.length - 1], def);
    }
  }
  for (const [cmd, v] of PREFIX_COMMANDS) (defsym(cmd) as LSymbol).setFunction(maps.get(v)!);
  setGlobalMap(maps.get("global-map")!);
  // The keys where-is shows first for these commands (GNU bindings.el; the isearch and hi-lock ones come
  // with those libraries).
  const adv = defsym(":advertised-binding");
  putProp(defsym("undo"), adv, [24, 117]);
  putProp(defsym("set-mark-command"), adv, [CTRL | 32]);
  putProp(defsym("next-buffer"), adv, [24, defsym("right")]);
  putProp(defsym("previous-buffer"), adv, [24, defsym("left")]);
  // describe-map leaves `undefined' out of partial listings (GNU bindings.el).
  putProp(defsym("undefined"), defsym("suppress-keymap"), T);
  return maps;
}

const DOCS: Record<string, string> = {
  "global-map": "Default global keymap mapping Emacs keyboard input into commands.\nThe value is a keymap that is usually (but not necessarily) Emacs's\nglobal map.\n\nSee also `current-global-map'.",
  "esc-map": "Default keymap for ESC (meta) commands.\nThe normal global definition of the character ESC indirects to this keymap.",
  "ctl-x-map": "Default keymap for C-x commands.\nThe normal global definition of the character C-x indirects to this keymap.",
  "ctl-x-4-map": "Keymap for subcommands of C-x 4.",
  "ctl-x-5-map": "Keymap for frame commands.",
  "help-map": "Keymap for characters following the Help key.",
  "mode-specific-map": "Keymap for characters following C-c.",
  "minibuffer-local-map": "Default keymap to use when reading from the minibuffer.",
  "minibuffer-local-ns-map": "Local keymap for the minibuffer when spaces are not allowed.",
  "minibuffer-local-completion-map": "Local keymap for minibuffer input with completion.",
  "minibuffer-local-must-match-map": "Local keymap for minibuffer input with completion, for exact match.",
  "minibuffer-local-filename-completion-map": "Local keymap for minibuffer input with completion for filenames.\nGets combined either with `minibuffer-local-completion-map' or\nwith `minibuffer-local-must-match-map'.",
  "minibuffer-local-isearch-map": "Keymap for editing Isearch strings in the minibuffer.",
  "read-expression-map": "Minibuffer keymap used for reading Lisp expressions.",
  "special-mode-map": "Keymap for `special-mode'.",
};

// Registered in TABLE order, so global-map's init (which builds them all) runs first.
for (const [name] of TABLE) defvar(name, () => standardMaps().get(name)!, DOCS[name] ?? "");
