// Columns and indentation of buffer text: current-column, current-indentation, move-to-column, indent-to
// (GNU: indent.c; vertical-motion and compute-motion need windows and come with the display).
import { defun, defvar } from "./defun.js";
import { findSymbolValue } from "./env.js";
import { defsym, NIL, T } from "./lisp.js";
import { checkFixnum, wrongType } from "./signal.js";
import { funcall } from "./eval.js";
import { Buffer, curBuf } from "./buffer.js";
import { invisibleLevel, valueIn } from "./xdisp.js";
import { charWidth } from "./editfns/width.js";
import { insertText } from "./insdel.js";

const Qtab_width = defsym("tab-width");
const Qctl_arrow = defsym("ctl-arrow");
const Qinvisible = defsym("invisible");
const Qwholenump = defsym("wholenump");
const Qget_char_property = defsym("get-char-property");
const Qnext_single_char_property_change = defsym("next-single-char-property-change");

const Vindent_tabs_mode = defvar("indent-tabs-mode", T,
  `Indentation can insert tabs if this is non-nil.`, { local: true });

/** GNU's SANE_TAB_WIDTH: tab-width outside 1..1000 counts as 8. */
function tabWidth(b: Buffer): number {
  const w = valueIn(b, Qtab_width);
  return typeof w === "number" && w > 0 && w <= 1000 ? w : 8;
}

/**
 * Walks text for invisibility from text properties and overlays alike (get-char-property), as GNU's
 * skip_invisible does, asking once per run of equal `invisible` values rather than once per character.
 */
class InvisibleSkipper {
  private visibleUntil = -1;
  constructor(private b: Buffer, private limit: number) {}
  /** POS when the text there is visible, else the end of the invisible run (at most the limit). */
  skip(pos: number): number {
    if (pos < this.visibleUntil) return pos;
    const next = funcall(Qnext_single_char_property_change, pos, Qinvisible, NIL, this.limit);
    const end = typeof next === "number" ? Math.min(next, this.limit) : this.limit;
    // Text replaced by an ellipsis (level 2) still counts with its full width, as in GNU.
    if (invisibleLevel(funcall(Qget_char_property, pos, Qinvisible), this.b) === 1) return end;
    this.visibleUntil = end;
    return pos;
  }
}

/** Columns that character C occupies when it starts at column COL. */
function charColumns(c: number, col: number, tab: number, ctlArrow: boolean, multibyte: boolean): number {
  if (c === 9) return (Math.floor(col / tab) + 1) * tab - col;
  if (c < 0x20 || c === 0x7f) return ctlArrow ? 2 : 4;
  if (c < 0x80) return 1;
  // Raw bytes (and all non-ASCII bytes of a unibyte buffer) display as \ooo.
  if (!multibyte || c >= 0x3fff80) return 4;
  if (c < 0xa0) return 4;
  return charWidth(c);
}

/**
 * Scans from the start of POS's line; stops at END or on reaching column GOAL (after skipping invisible
 * text, so point lands before the character the cursor would be on). Returns the column, the position, and
 * the position and starting column of the last character counted.
 */
function scanForColumn(b: Buffer, end: number, goal = Infinity): [number, number, number, number] {
  const tab = tabWidth(b);
  const ctlArrow = valueIn(b, Qctl_arrow) !== NIL;
  const multibyte = b.multibyte;
  let pos = lineStart(b, end === Infinity ? b.pt : Math.min(end, b.zv));
  const stop = Math.min(end, b.zv);
  let col = 0, prev = 0, prevPos = pos;
  const invisible = new InvisibleSkipper(b, stop);
  while (pos < stop) {
    const after = invisible.skip(pos);
    if (after !== pos) { pos = after; continue; }
    if (col >= goal) break;
    const c = b.charAt(pos);
    if (c === 10) break;
    prev = col;
    prevPos = pos;
    col += charColumns(c, col, tab, ctlArrow, multibyte);
    pos++;
  }
  return [col, pos, prevPos, prev];
}

/** The beginning of the line containing POS, within the accessible region. */
function lineStart(b: Buffer, pos: number): number {
  let p = pos;
  while (p > b.begv && b.charAt(p - 1) !== 10) p--;
  return p;
}

/** GNU current_column: the display column of point. */
export function currentColumn(b: Buffer = curBuf()): number {
  return scanForColumn(b, b.pt)[0];
}

defun("current-column", "()", `Return the horizontal position of point.  Beginning of line is column 0.
This is calculated by adding together the widths of all the displayed
representations of the character between the start of the previous line
and point (e.g., control characters will have a width of 2 or 4, tabs
will have a variable width).
Ignores finite width of frame, which means that this function may return
values greater than (frame-width).
In a buffer with very long lines, the value will be an approximation,
because calculating the exact number is very expensive.
Whether the line is visible (if \`selective-display' is t) has no effect;
however, ^M is treated as end of line when \`selective-display' is t.
Text that has an invisible property is considered as having width 0, unless
\`buffer-invisibility-spec' specifies that it is replaced by an ellipsis.`,
() => currentColumn());

/** Inserts tabs (when indent-tabs-mode) and spaces from column FROM to column TO at point, inheriting properties. */
function insertIndentation(b: Buffer, from: number, to: number): void {
  const tab = tabWidth(b);
  let text = "";
  if (findSymbolValue(Vindent_tabs_mode) !== NIL) {
    const tabs = Math.floor(to / tab) - Math.floor(from / tab);
    if (tabs > 0) { text = "\t".repeat(tabs); from = Math.floor(to / tab) * tab; }
  }
  text += " ".repeat(Math.max(0, to - from));
  if (text) insertText(text, text.length, null, true, false);
}

defun("indent-to", "(column &optional minimum)", `Indent from point with tabs and spaces until COLUMN is reached.
Optional second argument MINIMUM says always do at least MINIMUM spaces
even if that goes past COLUMN; by default, MINIMUM is zero.

Whether this uses tabs or spaces depends on \`indent-tabs-mode'.

The return value is the column where the insertion ends.`,
(column, minimum) => {
  const goal = checkFixnum(column);
  const min = minimum === NIL ? 0 : checkFixnum(minimum);
  const b = curBuf();
  const from = currentColumn(b);
  const target = Math.max(from + min, goal);
  if (target !== from) insertIndentation(b, from, target);
  return target;
}, { interactive: "NIndent to column: " });

defun("current-indentation", "()", `Return the indentation of the current line.
This is the horizontal position of the character following any initial
whitespace.
Text that has an invisible property is considered as having width 0, unless
\`buffer-invisibility-spec' specifies that it is replaced by an ellipsis.`,
() => {
  const b = curBuf();
  const tab = tabWidth(b);
  let pos = lineStart(b, b.pt), col = 0;
  const invisible = new InvisibleSkipper(b, b.zv);
  while (pos < b.zv) {
    const after = invisible.skip(pos);
    if (after !== pos) { pos = after; continue; }
    const c = b.charAt(pos);
    if (c === 32) col++;
    else if (c === 9) col = (Math.floor(col / tab) + 1) * tab;
    else break;
    pos++;
  }
  return col;
});

defun("move-to-column", "(column &optional force)", `Move point to column COLUMN in the current line.
Interactively, COLUMN is the value of prefix numeric argument.
The column of a character is calculated by adding together the widths
as displayed of the previous characters in the line.
This function ignores line-continuation;
there is no upper limit on the column number a character can have
and horizontal scrolling has no effect.

If specified column is within a character, position point after that
character.  If it's past end of line, position point at end of line.

Optional second argument FORCE non-nil means if COLUMN is in the
middle of a tab character, either change it to spaces (when
\`indent-tabs-mode' is nil), or insert enough spaces before it to reach
COLUMN (otherwise).  In addition, if FORCE is t, and the line is too short
to reach COLUMN, add spaces/tabs to get there.

The return value is the current column.`,
(column, force) => {
  if (!(typeof column === "number" && column >= 0)) return wrongType(Qwholenump, column);
  const b = curBuf();
  const [col, pos, prevPos, prev] = scanForColumn(b, Infinity, column);
  b.pt = pos;
  // The tab that overshot may lie before invisible text that the scan skipped; it is the one split.
  if (force !== NIL && col > column && prevPos < pos && b.charAt(prevPos) === 9 && prev < column) {
    // Spaces before the tab reach COLUMN (inserted first so that a marker after the tab moves); the tab
    // then becomes indentation up to where it ended, and point stays at COLUMN.
    b.pt = prevPos;
    insertText(" ".repeat(column - prev), column - prev, null, true, false);
    funcall(defsym("delete-region"), b.pt, b.pt + 1);
    const goalPt = b.pt;
    insertIndentation(b, column, col);
    b.pt = goalPt;
    return column;
  }
  if (col < column && force === T) {
    insertIndentation(b, col, column);
    return column;
  }
  return col;
}, { interactive: "NMove to column: " });

