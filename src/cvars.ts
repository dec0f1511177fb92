// Variables GNU Emacs defines in C (DEFVAR_LISP/INT/BOOL) that Lisp code reads when it is loaded, and that
// no other tsmacs module owns yet — GNU's own Lisp (--gnu-lisp) needs them from the first files it loads.
// Grouped by the GNU file that defines them; values are GNU 28.2's defaults in batch mode.
import { defvar } from "./defun.js";
import { defsym, LFloat, list, mkStr, NIL, T } from "./lisp.js";
import { repoDir } from "./paths.js";

// --- alloc.c ---------------------------------------------------------------------------------
defvar("purify-flag", NIL, "Non-nil means loading Lisp code in order to dump an executable.");
defvar("pure-bytes-used", 0, "Number of bytes of shareable Lisp data allocated so far.");
defvar("memory-signal-data", () => list(defsym("error"), mkStr("Memory exhausted--use M-x save-some-buffers then exit and restart Emacs")),
  "Precomputed `signal' argument for memory-full error.");

// --- keyboard.c ------------------------------------------------------------------------------
defvar("this-command", NIL, "The command now being executed.");
defvar("real-this-command", NIL, "This is like `this-command', except that commands should never modify it.");
defvar("this-original-command", NIL, "The command bound to the current key sequence before remapping.");
defvar("last-command", NIL, "The last command executed.");
defvar("real-last-command", NIL, "Same as `last-command', but never altered by Lisp code.");
defvar("last-repeatable-command", NIL, "Last command that may be repeated.");
defvar("last-command-event", NIL, "Last input event of a key sequence that called a command.");
defvar("last-nonmenu-event", NIL, "Last input event in a command, except for mouse menu events.");
defvar("last-input-event", NIL, "Last input event.");
defvar("prefix-arg", NIL, "The value of the prefix argument for the next editing command.");
defvar("last-prefix-arg", NIL, "The value of the prefix argument for the previous editing command.");
defvar("pre-command-hook", NIL, "Normal hook run before each command is executed.");
defvar("post-command-hook", NIL, "Normal hook run after each command is executed.");
defvar("echo-keystrokes", 1, "Nonzero means echo unfinished commands after this many seconds of pause.");
defvar("help-char", 8, "Character to recognize as meaning Help.");
defvar("help-form", NIL, "Form to execute when character `help-char' is read.");
defvar("prefix-help-command", NIL, "Command to run when `help-char' character follows a prefix key.");
defvar("executing-kbd-macro", NIL, "Currently executing keyboard macro (string or vector).");
defvar("defining-kbd-macro", NIL, "Non-nil while a keyboard macro is being defined.");
defvar("last-kbd-macro", NIL, "Last kbd macro defined, as a string or vector; nil if none defined.");
defvar("auto-save-interval", 300, "Number of input events between auto-saves.");
defvar("auto-save-timeout", 30, "Number of seconds idle time before auto-save.");
defvar("timer-list", NIL, "List of active absolute time timers in order of increasing time.");
defvar("timer-idle-list", NIL, "List of active idle-time timers in order of increasing time.");
defvar("throw-on-input", NIL, "If non-nil, any keyboard input throws to this symbol.");
defvar("debug-on-event", defsym("sigusr2"), "Enter debugger on this event.");
defvar("input-method-function", NIL, "If non-nil, the function that implements the current input method.");
defvar("deferred-action-list", NIL, "List of deferred actions to be performed at a later time.");
defvar("command-error-function", defsym("command-error-default-function"), "Function to output error messages.");
defvar("num-input-keys", 0, "Number of complete key sequences read as input so far.");
defvar("global-disable-point-adjustment", NIL, "If non-nil, always suppress point adjustments.");
defvar("disable-point-adjustment", NIL, "If non-nil, suppress point adjustment after executing a command.");
defvar("keyboard-translate-table", NIL, "Translate table for local keyboard input, or nil.");
defvar("menu-prompting", T, "Non-nil means prompt with menus when appropriate.");

// --- minibuf.c -------------------------------------------------------------------------------
defvar("enable-recursive-minibuffers", NIL, "Non-nil means to allow minibuffer commands while in the minibuffer.");
defvar("minibuffer-setup-hook", NIL, "Normal hook run just after entry to minibuffer.");
defvar("minibuffer-exit-hook", NIL, "Normal hook run whenever a minibuffer is exited.");
defvar("history-length", 100, "Maximum length of history lists before truncation takes place.");
defvar("history-delete-duplicates", NIL, "Non-nil means to delete duplicates in history.");
defvar("history-add-new-input", T, "Non-nil means to add new elements in history.");
defvar("minibuffer-history-variable", defsym("minibuffer-history"), "History list symbol to add minibuffer values to.");
defvar("minibuffer-history-position", NIL, "Current position of redoing in the history list.");
defvar("minibuffer-completion-table", NIL, "Alist or obarray used for completion in the minibuffer.");
defvar("minibuffer-completion-predicate", NIL, "Within call to `completing-read', this holds the PREDICATE argument.");
defvar("minibuffer-completion-confirm", NIL, "Whether to demand confirmation of completion before exiting minibuffer.");
defvar("minibuffer-help-form", NIL, "Value that `help-form' takes on inside the minibuffer.");
defvar("minibuffer-allow-text-properties", NIL, "Non-nil means `read-from-minibuffer' should not discard text properties.");
defvar("minibuffer-prompt-properties", () => list(defsym("read-only"), T, defsym("face"), defsym("minibuffer-prompt")),
  "Text properties that are added to minibuffer prompts.");
defvar("read-buffer-function", NIL, "If this is non-nil, `read-buffer' does its work by calling this function.");
defvar("read-expression-history", NIL, "A history list for arguments that are Lisp expressions to evaluate.");
defvar("minibuffer-auto-raise", NIL, "Non-nil means entering the minibuffer raises the minibuffer's frame.");
defvar("read-hide-char", NIL, "Whether to hide input characters in noninteractive mode.");

// --- callint.c, undo (alloc.c), xdisp.c, dispnew.c, frame.c: values Lisp reads at load time ---------
defvar("undo-limit", 160000, "Keep no more undo information once it exceeds this size.");
defvar("undo-strong-limit", 240000, "Don't keep more than this much size of undo information.");
defvar("undo-outer-limit", 24000000, "Outer limit on size of undo information for one command.");
defvar("global-mode-string", NIL, "String (or mode line construct) included (normally) in `mode-line-format'.");
defvar("frame-title-format", NIL, "Template for displaying the title bar of visible frames.");
defvar("icon-title-format", NIL, "Template for displaying the title bar of an iconified frame.");
defvar("visible-bell", NIL, "Non-nil means try to flash the frame to represent a bell.");
defvar("ring-bell-function", NIL, "Non-nil means call this function to ring the bell.");
defvar("use-dialog-box", T, "Non-nil means mouse commands use dialog boxes to ask questions.");
defvar("use-file-dialog", T, "Non-nil means mouse commands use a file dialog to ask for files.");
defvar("use-short-answers", NIL, "Non-nil means `yes-or-no-p' uses shorter answers \"y\" or \"n\".");
defvar("inhibit-redisplay", NIL, "Non-nil means don't actually do any redisplay.");
defvar("menu-bar-mode", NIL, "Non-nil if Menu-Bar mode is enabled.");
defvar("tool-bar-mode", NIL, "Non-nil if Tool-Bar mode is enabled.");
defvar("tab-bar-mode", NIL, "Non-nil if Tab-Bar mode is enabled.");

// --- emacs.c, callproc.c, epaths.h --------------------------------------------------------------
defvar("data-directory", () => mkStr(repoDir("etc") + "/"), "Directory of machine-independent files that come with GNU Emacs.", { perStart: true });
defvar("doc-directory", () => mkStr(repoDir("etc") + "/"), "Directory containing the DOC file that comes with GNU Emacs.", { perStart: true });
defvar("installation-directory", NIL, "A directory within which to look for the `lib-src' and `etc' directories.");
defvar("configure-info-directory", () => mkStr("/usr/share/info"), "For internal use by the build procedure only.");
defvar("emacs-copyright", () => mkStr("Copyright (C) 2022 Free Software Foundation, Inc."), "Short copyright string.");
defvar("report-emacs-bug-address", () => mkStr("bug-gnu-emacs@gnu.org"), "Address of mailing list for GNU Emacs bugs.");
defvar("system-configuration-options", () => mkStr(""), "String containing the configuration options Emacs was built with.");
defvar("system-configuration-features", () => mkStr(""), "String listing some of the main features this Emacs was compiled with.");
defvar("dump-mode", NIL, "Non-nil when Emacs is dumping itself.");

// --- xfaces.c, xfns.c, font.c: face and font variables faces.el reads -----------------------------
defvar("inhibit-x-resources", NIL, "If non-nil, X resources, Windows Registry settings, and NS defaults are not used.");
defvar("font-weight-table", () => [], "Vector of valid font weight values.");
defvar("font-slant-table", () => [], "Vector of font slant symbols vs the corresponding numeric values.");
defvar("font-width-table", () => [], "Alist of font width symbols vs the corresponding numeric values.");
defvar("inhibit-compacting-font-caches", NIL, "If non-nil, don't compact font caches during GC.");
defvar("x-bitmap-file-path", NIL, "List of directories to search for window system bitmap files.");
defvar("x-resource-name", NIL, "The name Emacs uses to look up X resources.");
defvar("inverse-video", NIL, "Non-nil means invert the entire frame display.");

// --- keyboard.c, xdisp.c, window.c, minibuf.c, fileio.c -------------------------------------------
defvar("post-self-insert-hook", NIL, "Hook run at the end of `self-insert-command'.");
defvar("deferred-action-function", NIL, "Function to call to handle deferred actions, after each command.");
defvar("delayed-warnings-list", NIL, "List of warnings to be displayed after this command.");
defvar("cursor-in-echo-area", NIL, "Non-nil means put cursor in minibuffer, at end of any message there.");
defvar("double-click-time", 500, "Maximum time between mouse clicks to make a double-click.");
defvar("enable-disabled-menus-and-buttons", NIL, "If non-nil, don't ignore events produced by disabled menu items and tool-bar.");
defvar("track-mouse", NIL, "Non-nil means generate motion events for mouse motion.");
defvar("top-level", NIL, "Form to evaluate when Emacs starts up.");
defvar("translation-table-for-input", NIL, "Char table for translating self-inserting characters.");
defvar("display-line-numbers", NIL, "Non-nil means display line numbers.", { local: true });
defvar("display-fill-column-indicator", NIL, "Non-nil means display the fill column indicator.", { local: true });
defvar("redisplay-dont-pause", T, "Nil means display update is paused when input is detected.");
defvar("redisplay-end-trigger-functions", NIL, "Functions called when redisplay of a window reaches the end trigger.");
defvar("resize-mini-windows", defsym("grow-only"), "How to resize mini-windows (the minibuffer and the echo area).");
defvar("select-active-regions", T, "If non-nil, any active region automatically sets the primary selection.");
defvar("temp-buffer-show-function", NIL, "Non-nil means call as function to display a help buffer.");
defvar("other-window-scroll-buffer", NIL, "If this is a live buffer, \\[scroll-other-window] should scroll its window.");
defvar("minibuffer-scroll-window", NIL, "Non-nil means it is the window that C-M-v in minibuffer should scroll.");
defvar("window-combination-limit", NIL, "If non-nil, splitting a window makes a new parent window.");
defvar("inhibit-null-byte-detection", NIL, "If non-nil, Emacs ignores null bytes on code detection.");

// --- keyboard.c, xdisp.c, eval.c, process.c, undo (alloc.c), emacs.c: read by simple.el and friends ---
defvar("attempt-orderly-shutdown-on-fatal-signal", T, "If non-nil, attempt orderly shutdown on fatal signals.");
defvar("attempt-stack-overflow-recovery", T, "If non-nil, attempt to recover from C stack overflows.");
defvar("auto-hscroll-mode", T, "Allow or disallow automatic horizontal scrolling of windows.");
defvar("auto-window-vscroll", T, "Non-nil means to automatically adjust `window-vscroll' to view tall lines.");
defvar("debug-on-next-call", NIL, "Non-nil means enter debugger before next `eval', `apply' or `funcall'.");
defvar("debug-on-quit", NIL, "Non-nil means enter debugger if quit is signaled (C-g, for example).");
defvar("debugger-may-continue", T, "Non-nil means debugger may continue execution.");
defvar("debugger-stack-frame-as-list", NIL, "Non-nil means display call stack frames as lists.");
defvar("highlight-nonselected-windows", NIL, "Non-nil means highlight active region even in nonselected windows.");
defvar("hscroll-margin", 5, "How many columns away from the window edge point is allowed to get");
defvar("last-event-frame", NIL, "The frame in which the most recently read event occurred.");
defvar("line-number-display-limit", NIL, "Maximum buffer size for which line number should be displayed.");
defvar("line-number-display-limit-width", 200, "Maximum line width (in characters) for line number display.");
defvar("max-mini-window-height", new LFloat(0.25), "Maximum height for resizing mini-windows (the minibuffer and the echo area).");
defvar("minibuffer-completing-file-name", NIL, "Non-nil means completing file names.");
defvar("mouse-leave-buffer-hook", NIL, "Hook run when the user mouse-clicks in a window.");
defvar("num-nonmacro-input-events", 0, "Number of input events read from the keyboard so far.");
defvar("overlay-arrow-position", NIL, "Marker for where to display an arrow on top of the buffer text.");
defvar("overlay-arrow-string", () => mkStr("=>"), "String to display as an arrow in non-window frames.");
defvar("process-connection-type", T, "Control type of device used to communicate with subprocesses.");
defvar("saved-region-selection", NIL, "Contents of active region prior to buffer modification.");
defvar("scroll-conservatively", 0, "Scroll up to this many lines, to bring point back on screen.");
defvar("scroll-margin", 0, "Number of lines of margin at the top and bottom of a window.");
defvar("scroll-minibuffer-conservatively", T, "Non-nil means scroll conservatively in minibuffer windows.");
defvar("show-trailing-whitespace", NIL, "Non-nil means highlight trailing whitespace.", { local: true });
defvar("signal-hook-function", NIL, "If non-nil, this is a function for `signal' to call.");
defvar("this-command-keys-shift-translated", NIL, "Non-nil if the key sequence activating this command was shift-translated.");
defvar("truncate-partial-width-windows", 50, "Non-nil means truncate lines in windows narrower than the frame.");
defvar("tty-erase-char", NIL, "The ERASE character as set by the user with stty.");
defvar("undo-outer-limit-function", defsym("undo-outer-limit-truncate"), "Function to call when an undo list exceeds `undo-outer-limit'.");
defvar("unread-post-input-method-events", NIL, "List of events to be processed as input by input methods.");
defvar("word-wrap-by-category", NIL, "Non-nil means also wrap after characters of a certain category.");
defvar("overlay-arrow-variable-list", () => list(defsym("overlay-arrow-position")), "List of variables (symbols) which hold markers for overlay arrows.");
defvar("pre-redisplay-function", defsym("ignore"), "Function run just before redisplay.");
