// Simple motion and deletion commands, and line counting (GNU: cmds.c; count-lines from simple.el and
// line-number-at-pos from fns.c, which are line scans over the buffer text too).
import { defun } from "./defun.js";
import { E, findSymbolValue } from "./env.js";
import { charToJs, defsym, list, LispObject, mkStr, NIL, normInt, T } from "./lisp.js";
import { argsOutOfRange, checkFixnum, wrongType, xsignal } from "./signal.js";
import { funcall } from "./eval.js";
import { Buffer, curBuf } from "./buffer.js";
import { Marker, markerPosition } from "./marker.js";
import { deleteRange, insertJs } from "./insdel.js";
import { findNewline, fixPosition, lineBeginningConstrained, lineEndConstrained } from "./editfns/buffer.js";
import { saveHooks } from "./compile/runtime.js";
import { CharTable, charTableGet } from "./chartab.js";

const Qbeginning_of_buffer = defsym("beginning-of-buffer");
const Qend_of_buffer = defsym("end-of-buffer");
const Qundo_auto_amalgamate = defsym("undo-auto-amalgamate");
const Qkill_forward_chars = defsym("kill-forward-chars");
const Qintegerp = defsym("integerp");
const Qselective_display = defsym("selective-display");

/** GNU move_point: forward-char / backward-char. */
function movePoint(n: LispObject, forward: boolean): LispObject {
  const k = n === NIL ? 1 : checkFixnum(n);
  const b = curBuf();
  const np = b.pt + (forward ? k : -k);
  if (np < b.begv) { b.pt = b.begv; xsignal(Qbeginning_of_buffer); }
  if (np > b.zv) { b.pt = b.zv; xsignal(Qend_of_buffer); }
  b.pt = np;
  return NIL;
}
defun("forward-char", "(&optional n)", "Move point N characters forward (backward if N is negative).",
  (n) => movePoint(n, true), { interactive: "^p" });
defun("backward-char", "(&optional n)", "Move point N characters backward (forward if N is negative).",
  (n) => movePoint(n, false), { interactive: "^p" });

/** Largest line count handled directly; larger arguments move as far as possible (GNU: BUF_BYTES_MAX). */
const MAX_COUNT = 2 ** 52;

/** Moves point N lines as forward-line does; returns the shortage (GNU: Fforward_line). */
export function forwardLine(b: Buffer, count: number): number {
  const opoint = b.pt;
  if (count > 0) {
    // The common case without findNewline's result pair (forward-line runs once per line in loops).
    const r = b.text.gb.forwardOccurrences(10, opoint - 1, b.zv - 1, count);
    if (r >= 0) { b.pt = r + 1; return 0; }
  }
  const [pos, counted] = count <= 0 ? findNewline(b, b.pt, count - 1) : findNewline(b, b.pt, count);
  b.pt = pos;
  let shortage = count - (count <= 0 ? 1 : 0) - counted;
  if (shortage !== 0) {
    shortage -= count <= 0 ? -1 : (b.begv < b.zv && b.pt !== opoint && b.charAt(b.pt - 1) !== 10 ? 1 : 0);
  }
  return shortage;
}

defun("forward-line", "(&optional n)", "Move N lines forward (backward if N is negative).", (n) => {
  const b = curBuf();
  if (n === NIL) return forwardLine(b, 1);
  if (typeof n === "number" && n >= -MAX_COUNT && n <= MAX_COUNT) return forwardLine(b, n);
  if (typeof n !== "number" && typeof n !== "bigint") return wrongType(Qintegerp, n);
  const big = BigInt(n);
  const count = big >= 0n ? MAX_COUNT : -MAX_COUNT;
  const shortage = forwardLine(b, count);
  return normInt(BigInt(shortage - count) + big);
}, { interactive: "^p" });

function fixnumArg(n: LispObject): number { return n === NIL ? 1 : checkFixnum(n); }

defun("beginning-of-line", "(&optional n)", "Move point to beginning of current line (in the logical order).", (n) => {
  const b = curBuf();
  b.pt = lineBeginningConstrained(b, fixnumArg(n));
  return NIL;
}, { interactive: "^p" });

defun("end-of-line", "(&optional n)", "Move point to end of current line (in the logical order).", (n) => {
  const b = curBuf();
  let k = fixnumArg(n);
  // Skipping an intangible run may land past a newline or short of the line end (GNU's loop).
  for (;;) {
    const np = lineEndConstrained(b, k);
    b.pt = np;
    if (b.pt > np && b.charAt(b.pt - 1) === 10) { b.pt = b.pt - 1; break; }
    if (b.pt > np && b.pt < b.zv && b.charAt(b.pt) !== 10) { k = 1; continue; }
    break;
  }
  return NIL;
}, { interactive: "^p" });

defun("delete-char", "(n &optional killflag)", "Delete the following N characters (previous if N is negative).", (n, killflag) => {
  const k = checkFixnum(n);
  if (Math.abs(k) < 2 && Qundo_auto_amalgamate.f !== NIL) funcall(Qundo_auto_amalgamate);
  const b = curBuf();
  const pos = b.pt + k;
  if (killflag === NIL) {
    if (k < 0) {
      if (pos < b.begv) xsignal(Qbeginning_of_buffer);
      deleteRange(pos, b.pt);
    } else {
      if (pos > b.zv) xsignal(Qend_of_buffer);
      deleteRange(b.pt, pos);
    }
  } else funcall(Qkill_forward_chars, n);
  return NIL;
}, { interactive: "p\nP" });

// ---------------------------------------------------------------------------------------------
// Self-insertion.
// ---------------------------------------------------------------------------------------------
const Qoverwrite_mode = defsym("overwrite-mode");
const Qoverwrite_mode_binary = defsym("overwrite-mode-binary");
const Qpost_self_insert_hook = defsym("post-self-insert-hook");
const Qrun_hooks = defsym("run-hooks");
const Qprefix_numeric_value = defsym("prefix-numeric-value");
const Qcurrent_prefix_arg = defsym("current-prefix-arg");
const Qlast_command_event = defsym("last-command-event");
const Qnoninteractive = defsym("noninteractive");
const Qabbrev_mode = defsym("abbrev-mode");
const Qchar_syntax = defsym("char-syntax");
const Qexpand_abbrev = defsym("expand-abbrev");
const Qauto_fill_chars = defsym("auto-fill-chars");
const Qauto_fill_function = defsym("auto-fill-function");
const Qinternal_auto_fill = defsym("internal-auto-fill");

/**
 * Inserts N copies of character C as typing does (GNU: internal_self_insert): in overwrite mode the
 * characters after point are replaced (not a newline, and a tab only once the columns pass it in textual
 * overwrite), then post-self-insert-hook runs, even for N = 0.
 */
function internalSelfInsert(c: number, n: number): void {
  let b = curBuf();
  // A non-word character typed after a word expands an abbrev there first (abbrev-mode).
  if (findSymbolValue(Qabbrev_mode) !== NIL && n > 0 && b.pt > b.begv
      && funcall(Qchar_syntax, c) !== 0x77 && funcall(Qchar_syntax, b.charAt(b.pt - 1)) === 0x77) {
    funcall(Qexpand_abbrev);
    b = curBuf();
  }
  const overwrite = findSymbolValue(Qoverwrite_mode);
  if (overwrite !== NIL && n > 0 && c !== 10 && b.pt < b.zv) {
    // Replace up to N characters, stopping at a newline (binary overwrite replaces those too).
    let end = b.pt;
    while (end < b.zv && end - b.pt < n && (overwrite === Qoverwrite_mode_binary || b.charAt(end) !== 10)) end++;
    if (end > b.pt) deleteRange(b.pt, end);
  }
  // Typed text inherits the properties around it (GNU: insert_and_inherit).
  if (n > 0) insertJs(charToJs(c).repeat(n), false, true);
  // Auto-fill after a space or newline (or a character of `auto-fill-chars'); after a newline, the line
  // filled is the one it ends, so point goes back over it meanwhile.
  const fillChars = findSymbolValue(Qauto_fill_chars);
  const fills = fillChars instanceof CharTable ? charTableGet(fillChars, c) !== NIL : c === 32 || c === 10;
  if (n > 0 && fills && findSymbolValue(Qauto_fill_function) !== NIL) {
    const cb = curBuf();
    if (c === 10) cb.pt = cb.pt - 1;
    funcall(Qinternal_auto_fill.f !== NIL ? Qinternal_auto_fill : findSymbolValue(Qauto_fill_function));
    const after = curBuf();
    if (c === 10 && after.pt < after.zv) after.pt = after.pt + 1;
  }
  funcall(Qrun_hooks, Qpost_self_insert_hook);
}

/** GNU's bitch_at_user: a bell, which in batch mode is a BEL on standard output. */
function bell(): void {
  if (findSymbolValue(Qnoninteractive) !== NIL) E.stdout.write("\x07");
}

defun("ding", "(&optional arg)", `Beep, or flash the screen.
Also, unless an argument is given, terminate any keyboard macro currently executing.`, () => {
  bell();
  return NIL;
});

defun("self-insert-command", "(n &optional c)", `Insert the character you type in.
If a prefix arg N is given, insert N copies of the character.
If C is non-nil, insert that character instead of \`last-command-event'.`, (n, c) => {
  const k = checkFixnum(n);
  if (k < 0) xsignal(defsym("error"), mkStr(`Negative repetition argument ${k}`));
  if (k < 2 && Qundo_auto_amalgamate.f !== NIL) funcall(Qundo_auto_amalgamate);
  const ch = c === NIL ? findSymbolValue(Qlast_command_event) : c;
  if (typeof ch !== "number" || ch < 0 || ch > 0x3fffff) { bell(); return NIL; }
  internalSelfInsert(ch, k);
  return NIL;
}, { interactive: list(defsym("list"), list(Qprefix_numeric_value, Qcurrent_prefix_arg), Qlast_command_event) });

// ---------------------------------------------------------------------------------------------
// Counting lines.
// ---------------------------------------------------------------------------------------------
defun("line-number-at-pos", "(&optional position absolute)", "Return the line number at POSITION in the current buffer.",
  (position, absolute) => {
    const b = curBuf();
    let pos: number;
    if (position instanceof Marker) pos = markerPosition(position);
    else if (position === NIL) pos = b.pt;
    else pos = checkFixnum(position);
    const start = absolute !== NIL ? 1 : b.begv;
    if (pos < b.begv || pos > b.zv) argsOutOfRange(pos, b.begv, b.zv);
    return b.text.gb.count(10, start - 1, pos - 1) + 1;
  });

/** Lines in [START, END) counted as simple.el's count-lines does in its default case. */
export function countLines(b: Buffer, start: number, end: number): number {
  if (start > end) { const t = start; start = end; end = t; }
  const gb = b.text.gb;
  const nl = gb.count(10, start - 1, end - 1);
  return nl + (end > start && gb.charAt(end - 2) !== 10 ? 1 : 0);
}

defun("count-lines", "(start end &optional ignore-invisible-lines)", "Return number of lines between START and END.",
  (start, end, ignoreInvisible) => {
    const saved = saveHooks.begin("excursion");
    const savedR = saveHooks.begin("restriction");
    try {
      funcall(defsym("narrow-to-region"), start, end);
      const b = curBuf();
      const s = b.begv, e = b.zv;
      if (ignoreInvisible === NIL && findSymbolValue(Qselective_display) === T) {
        // Lines end at a newline or at a carriage return that hides the rest of the line.
        const gb = b.text.gb;
        let done = gb.count(10, s - 1, e - 1);
        for (let i = gb.indexOf(13, s - 1, e - 1); i >= 0; i = gb.indexOf(13, i + 1, e - 1)) {
          if (i + 1 < e - 1 && gb.charAt(i + 1) !== 10) { done++; i++; }
        }
        const last = e > s ? gb.charAt(e - 2) : 10;
        return fixPosition(start) !== fixPosition(end) && last !== 10 ? done + 1 : done;
      }
      if (ignoreInvisible !== NIL) return countVisibleLines(b, s, e);
      return countLines(b, s, e);
    } finally {
      saveHooks.end("restriction", savedR);
      saveHooks.end("excursion", saved);
    }
  });

/** count-lines with IGNORE-INVISIBLE-LINES: lines whose newline is invisible do not count. */
function countVisibleLines(b: Buffer, s: number, e: number): number {
  const gb = b.text.gb;
  let invisible = 0;
  const spec = findSymbolValue(defsym("buffer-invisibility-spec"));
  for (let i = gb.indexOf(10, s - 1, e - 1); i >= 0; i = gb.indexOf(10, i + 1, e - 1)) {
    const prop = funcall(defsym("get-char-property"), i + 1, defsym("invisible"));
    const hidden = spec === T ? prop !== NIL
      : funcall(defsym("memq"), prop, spec) !== NIL || funcall(defsym("assq"), prop, spec) !== NIL;
    if (hidden) invisible++;
  }
  return countLines(b, s, e) - invisible;
}

void E;
