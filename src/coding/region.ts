// Coding conversions of buffer regions and the buffer's file coding system: encode-coding-region,
// decode-coding-region, check-coding-systems-region, set-buffer-file-coding-system, merge-coding-systems
// (GNU: coding.c code_convert_region & Fcheck_coding_systems_region; mule.el for the Lisp-level ones).
import { defun } from "../defun.js";
import { findSymbolValue, setInternal } from "../env.js";
import { Cons, defsym, LispObject, LString, LSymbol, NIL, T, list, BYTE8_FIRST } from "../lisp.js";
import { checkString, error, Qargs_out_of_range, xsignal } from "../signal.js";
import { funcall } from "../eval.js";
import { curBuf } from "../buffer.js";
import { validateRegion } from "../editfns/buffer.js";
import { bufferString, deleteRange, insertLString } from "../insdel.js";
import { bytesOf, Coding, codingOf, codingPriority, decodeString, detectCoding, encodeString, Vlast_coding_system_used } from "../coding.js";
import { encodeChar, singleByteTable } from "./tables.js";

const Qbuffer_file_coding_system = defsym("buffer-file-coding-system");
const Qundecided = defsym("undecided");

/**
 * Replaces START..END by CONVERT of its text (or returns the converted text when DESTINATION is t, or
 * inserts it after point in DESTINATION when that is a buffer); the value is the converted length.
 */
function convertRegion(start: LispObject, end: LispObject, coding: LispObject, destination: LispObject, decoding: boolean): LispObject {
  const [from, to] = validateRegion(start, end);
  const b = curBuf();
  const c = codingOf(coding);
  const text = bufferString(b, from, to, false);
  let out: LString;
  if (c === null) {
    setInternal(Vlast_coding_system_used, defsym("no-conversion"));
    if (destination === T) return text;
    return to - from;
  }
  if (decoding) {
    const d = decodeString(text, c, coding as LSymbol);
    setInternal(Vlast_coding_system_used, d.used);
    out = d.text;
  } else {
    setInternal(Vlast_coding_system_used, coding as LSymbol);
    out = encodeString(text, c);
  }
  if (destination === T) return out;
  if (destination !== NIL) return funcall(decoding ? defsym("decode-coding-string") : defsym("encode-coding-string"), text, coding, NIL, destination);
  // Point after the region keeps its distance from the end; inside it goes to the start, as in GNU.
  const oldPt = b.pt;
  b.pt = from;
  insertLString(out);
  deleteRange(from + out.length, to + out.length);
  const n = out.length;
  b.pt = oldPt >= to ? oldPt + n - (to - from) : oldPt > from ? from : oldPt;
  return n;
}

defun("decode-coding-region", "(start end coding-system &optional destination)", `Decode the current region from the specified coding system.

What's meant by \`specified coding system' is the coding system whose
name is CODING-SYSTEM.

When called from a program, takes four arguments:
	START, END, CODING-SYSTEM, and DESTINATION.
START and END are buffer positions.

Optional 4th arguments DESTINATION specifies where the decoded text goes.
If nil, the region between START and END is replaced by the decoded text.
If buffer, the decoded text is inserted in that buffer after point (point
does not move).  If t, the decoded text is returned.

This function sets \`last-coding-system-used' to the precise coding system
used (which may be different from CODING-SYSTEM if CODING-SYSTEM is
not fully specified.)
It returns the length of the decoded text.`,
(start, end, coding, destination) => convertRegion(start, end, coding, destination, true),
{ interactive: "r\nzCoding system: " });

defun("encode-coding-region", "(start end coding-system &optional destination)", `Encode the current region using th specified coding system.

What's meant by \`specified coding system' is the coding system whose
name is CODING-SYSTEM.

When called from a program, takes four arguments:
        START, END, CODING-SYSTEM and DESTINATION.
START and END are buffer positions.

Optional 4th argument DESTINATION specifies where the encoded text goes.
If nil, the region between START and END is replaced by the encoded text.
If buffer, the encoded text is inserted in that buffer after point (point
does not move).  If t, the encoded text is returned.

This function sets \`last-coding-system-used' to the precise coding system
used (which may be different from CODING-SYSTEM if CODING-SYSTEM is
not fully specified.)
It returns the length of the encoded text.`,
(start, end, coding, destination) => convertRegion(start, end, coding, destination, false),
{ interactive: "r\nzCoding system: " });

/** Whether coding C can encode character CH (raw bytes only by the byte-preserving codings). */
function canEncode(c: Coding, ch: number): boolean {
  if (ch < 0x80) return true;
  switch (c.kind) {
    case "utf-8-emacs": case "undecided": return true;
    case "raw-text": case "no-conversion": return ch >= BYTE8_FIRST;
    case "latin-1": return ch < 0x100;
    case "ascii": return false;
    case "sbcs": return singleByteTable(c.table!).encode.has(ch);
    case "mbcs": return encodeChar(c.table!, ch) !== undefined;
    default: return ch <= 0x10ffff; // the UTF-8 and UTF-16 family
  }
}

defun("check-coding-systems-region", "(start end coding-system-list)", `Check if text between START and END is encodable by CODING-SYSTEM-LIST.

START and END are buffer positions specifying the region.
CODING-SYSTEM-LIST is a list of coding systems to check.

If all coding systems in CODING-SYSTEM-LIST can encode the region, the
function returns nil.

If some of the coding systems cannot encode the whole region, value is
an alist, each element of which has the form (CODING-SYSTEM POS1 POS2 ...),
which means that CODING-SYSTEM cannot encode the character at buffer
position POS1, POS2...

START may be a string.  In that case, check if the string is
encodable, and the value contains character indices into the string
instead of buffer positions.  END is ignored in this case.`,
(start, end, codingList) => {
  let chars: number[];
  let base: number;
  if (start instanceof LString) { chars = checkString(start).chars(); base = 0; }
  else {
    const [from, to] = validateRegion(start, end);
    chars = bufferString(curBuf(), from, to, false).chars();
    base = from;
  }
  const codings: [LispObject, Coding | null][] = [];
  for (let l = codingList; l instanceof Cons; l = l.cdr) codings.push([l.car, codingOf(l.car)]);
  const out: LispObject[] = [];
  for (const [sym, c] of codings) {
    if (c === null) continue;
    const bad: number[] = [];
    chars.forEach((ch, i) => { if (!canEncode(c, ch)) bad.push(base + i); });
    if (bad.length) out.push(new Cons(sym, list(...bad)));
  }
  return list(...out);
});

/** coding-system-eol-type as a number, or -1 when CODING leaves it to detection. */
function eolOf(coding: LispObject): number {
  const e = funcall(defsym("coding-system-eol-type"), coding);
  return typeof e === "number" ? e : -1;
}

/** FIRST with what it leaves unspecified (text conversion if undecided, EOL type) taken from SECOND. */
export function mergeCodingSystems(first: LispObject, second: LispObject): LispObject {
  if (first !== NIL && funcall(defsym("coding-system-base"), first) === Qundecided) {
    const base = funcall(defsym("coding-system-base"), second);
    const e = eolOf(first);
    first = funcall(defsym("coding-system-change-eol-conversion"), base, e >= 0 ? e : NIL);
  }
  if (first !== NIL && Array.isArray(funcall(defsym("coding-system-eol-type"), first))) {
    const e = eolOf(second);
    if (e >= 0 && e <= 2) first = funcall(defsym("coding-system-change-eol-conversion"), first, e);
  }
  return first;
}

defun("merge-coding-systems", "(first second)", `Fill in any unspecified aspects of coding system FIRST from SECOND.
Return the resulting coding system.`, (first, second) => mergeCodingSystems(first, second));

defun("coding-system-change-text-conversion", "(coding text-coding)", `Return a coding system which differs from CODING in text conversion.
The returned coding system converts text by TEXT-CODING
while end-of-line by CODING.`,
(coding, textCoding) => {
  const e = eolOf(coding);
  return funcall(defsym("coding-system-change-eol-conversion"), textCoding, e >= 0 ? e : NIL);
});

defun("set-buffer-file-coding-system", "(coding-system &optional force nomodify)", `Set the file coding-system of the current buffer to CODING-SYSTEM.
This means that when you save the buffer, it will be converted
according to CODING-SYSTEM.  For a list of possible values of
CODING-SYSTEM, use \\[list-coding-systems].

If CODING-SYSTEM leaves the text conversion unspecified, or if it leaves
the end-of-line conversion unspecified, FORCE controls what to do.
If FORCE is nil, get the unspecified aspect (or aspects) from the buffer's
previous \`buffer-file-coding-system' value (if it is specified there).
Otherwise, leave it unspecified.

This marks the buffer modified so that the succeeding \\[save-buffer]
surely saves the buffer with CODING-SYSTEM.  From a program, if you
don't want to mark the buffer modified, specify t for NOMODIFY.
If you know exactly what coding system you want to use,
just set the variable \`buffer-file-coding-system' directly.`,
(coding, force, nomodify) => {
  funcall(defsym("check-coding-system"), coding);
  const current = findSymbolValue(Qbuffer_file_coding_system);
  if (coding !== NIL && current !== NIL && force === NIL) coding = mergeCodingSystems(coding, current);
  setInternal(Qbuffer_file_coding_system, coding as LSymbol);
  if (nomodify === NIL) funcall(defsym("set-buffer-modified-p"), T);
  return NIL;
}, { interactive: "zCoding system for saving file (default nil): \nP" });

defun("set-coding-system-priority", "(&rest coding-systems)", `Assign higher priority to the coding systems given as arguments.
If multiple coding systems belong to the same category,
all but the first one are ignored.`,
(...codings) => {
  const names: string[] = [];
  for (const c of codings) {
    const base = funcall(defsym("coding-system-base"), c) as LSymbol;
    if (!names.includes(base.name)) names.push(base.name);
  }
  const rest = codingPriority().filter((n) => !names.includes(n));
  codingPriority().splice(0, Infinity, ...names, ...rest);
  return NIL;
});

defun("coding-system-priority-list", "(&optional highestp)", `Return a list of coding systems ordered by their priorities.
The list contains a subset of coding systems; i.e. coding systems
assigned to each coding category (see \`coding-category-list').

HIGHESTP non-nil means just return the highest priority one.`,
(highestp) => {
  const names = codingPriority().map((n) => defsym(n));
  return highestp !== NIL ? names[0] ?? NIL : list(...names);
});

defun("prefer-coding-system", "(coding-system)", `Add CODING-SYSTEM at the front of the priority list for automatic detection.
This also sets the following coding systems:
  o coding system of a newly created buffer
  o default coding system for subprocess I/O
This also sets the following values:
  o default value used as \`file-name-coding-system' for converting file names
  o default value for the command \`set-terminal-coding-system'
  o default value for the command \`set-keyboard-coding-system'

If CODING-SYSTEM specifies a certain type of EOL conversion, the coding
systems set by this function will use that type of EOL conversion.`,
(coding) => {
  if (coding === NIL || funcall(defsym("coding-system-p"), coding) === NIL) error(`Invalid coding system ‘${coding instanceof LSymbol ? coding.name : "nil"}’`);
  const base = funcall(defsym("coding-system-base"), coding) as LSymbol;
  funcall(defsym("set-coding-system-priority"), base);
  // New buffers get the coding system as named when it says its EOL type, else its base; processes and
  // file names use its Unix variant.
  const eol = funcall(defsym("coding-system-eol-type"), coding);
  const unix = funcall(defsym("coding-system-change-eol-conversion"), base, 0);
  funcall(defsym("set-default"), Qbuffer_file_coding_system, typeof eol === "number" ? coding : base);
  setInternal(defsym("default-process-coding-system"), new Cons(unix, unix));
  funcall(defsym("set-default"), defsym("default-file-name-coding-system"), unix);
  return NIL;
}, { interactive: "zPrefer coding system: " });

defun("coding-system-equal", "(coding-system-1 coding-system-2)", `Return t if and only if CODING-SYSTEM-1 and CODING-SYSTEM-2 are identical.
Two coding systems are identical if both symbols are equal
or one is an alias of the other.`,
(a, b) => {
  // The same base (aliases resolve to it) and the same end-of-line type.
  const baseA = funcall(defsym("coding-system-base"), a), baseB = funcall(defsym("coding-system-base"), b);
  const eolA = funcall(defsym("coding-system-eol-type"), a), eolB = funcall(defsym("coding-system-eol-type"), b);
  return baseA === baseB && funcall(defsym("equal"), eolA, eolB) !== NIL ? T : NIL;
});

defun("detect-coding-region", "(start end &optional highest)", "Detect coding system of the text in the region between START and END.",
  (start, end, highest) => {
    const [from, to] = validateRegion(start, end);
    const b = curBuf();
    return detectCoding(bytesOf(new LString(b.slice(from, to), b.multibyte)), highest);
  });

/** Whether coding system C can encode character CH (GNU: the charsets of its coding system). */
function encodable(c: Coding, ch: number): boolean {
  switch (c.kind) {
    case "raw-text": case "no-conversion": case "utf-8-emacs": return true;
    case "ascii": case "undecided": return ch < 0x80;
    case "latin-1": return ch < 0x100;
    case "sbcs": return ch < 0x80 || singleByteTable(c.table!).encode.has(ch);
    case "mbcs": return ch < 0x80 || encodeChar(c.table!, ch) !== undefined;
    default: return ch <= 0x10ffff; // the UTF-8 and UTF-16 families: not raw bytes or Emacs's extra characters
  }
}

defun("unencodable-char-position", "(start end coding-system &optional count string)",
  `Return position of first un-encodable character in a region.
START and END specify the region and CODING-SYSTEM specifies the encoding.
With COUNT, return a list of the first COUNT such positions.  With STRING, START and END are
indexes into STRING, and the positions returned are indexes too.`, (start, end, codingSystem, count, string) => {
    const c = codingOf(codingSystem);
    let chars: number[], base: number, from: number, to: number;
    if (string !== NIL) {
      const s = checkString(string);
      if (typeof start !== "number" || typeof end !== "number" || start < 0 || end > s.length || start > end) {
        return xsignal(Qargs_out_of_range, s, start, end);
      }
      chars = s.chars(); base = 0; from = start; to = end;
    } else {
      const b = curBuf();
      if (typeof start === "number" && typeof end === "number" && (Math.min(start, end) < b.begv || Math.max(start, end) > b.zv)) {
        return xsignal(Qargs_out_of_range, b, start, end);
      }
      [from, to] = validateRegion(start, end);
      chars = new LString(b.slice(from, to), true).chars(); base = from; from = 0; to = chars.length;
    }
    const limit = count === NIL ? 1 : typeof count === "number" ? count : 1;
    const found: number[] = [];
    if (c !== null) {
      for (let i = from; i < to && found.length < limit; i++) if (!encodable(c, chars[i])) found.push(base + i);
    }
    if (count === NIL) return found.length > 0 ? found[0] : NIL;
    return found.length > 0 ? list(...found) : NIL;
  });
