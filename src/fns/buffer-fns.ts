// fns.c functions over buffer text: base64 encoding and decoding of a region, buffer-hash and
// buffer-line-statistics (GNU: fns.c base64_encode_region_1, Fbase64_decode_region, Fbuffer_hash,
// Fbuffer_line_statistics).
import { createHash } from "node:crypto";
import { defun } from "../defun.js";
import { defsym, LispObject, LFloat, LString, NIL, list } from "../lisp.js";
import { funcall } from "../eval.js";
import { Buffer, curBuf, findBufferByName } from "../buffer.js";
import { jsCharAt } from "../text/chars.js";
import { error, wrongType } from "../signal.js";
import { validateRegion } from "../editfns/buffer.js";
import { bufferString, deleteRange, insertLString } from "../insdel.js";
import { charBytes, stringData } from "./common.js";

const Qbase64_encode_string = defsym("base64-encode-string");
const Qbase64url_encode_string = defsym("base64url-encode-string");
const Qbase64_decode_string = defsym("base64-decode-string");

/**
 * Replaces the region BEG..END by TRANSFORM of its text, the new text inserted before the old is deleted
 * (so markers stay put); point outside the region keeps its place, inside it goes to the region's start.
 */
function replaceRegion(beg: LispObject, end: LispObject, transform: (text: LString) => LString): number {
  const [from, to] = validateRegion(beg, end);
  const b = curBuf();
  const oldPt = b.pt;
  const replacement = transform(bufferString(b, from, to, false));
  const n = replacement.length;
  b.pt = from;
  insertLString(replacement);
  deleteRange(from + n, to + n);
  let pt = oldPt;
  if (oldPt >= to) pt = oldPt + n - (to - from);
  else if (oldPt > from) pt = from;
  b.pt = Math.min(pt, b.zv);
  return n;
}

defun("base64-encode-region", "(beg end &optional no-line-break)", `Base64-encode the region between BEG and END.
The data in the region is assumed to represent bytes, not text.  If
you want to base64-encode text, the text has to be converted into data
first by using \`encode-coding-region' with the appropriate coding
system first.

Return the length of the encoded data.

Optional third argument NO-LINE-BREAK means do not break long lines
into shorter lines.`,
(beg, end, noLineBreak) => replaceRegion(beg, end, (s) => funcall(Qbase64_encode_string, s, noLineBreak) as LString),
{ interactive: "r" });

defun("base64url-encode-region", "(beg end &optional no-pad)", `Base64url-encode the region between BEG and END.
Return the length of the encoded text.
Optional second argument NO-PAD means do not add padding char =.

This produces the URL variant of base 64 encoding defined in RFC 4648.`,
(beg, end, noPad) => replaceRegion(beg, end, (s) => funcall(Qbase64url_encode_string, s, noPad) as LString),
{ interactive: "r" });

defun("base64-decode-region", "(beg end &optional base64url)", `Base64-decode the region between BEG and END.
Return the length of the decoded data.

Note that after calling this function, the data in the region will
represent bytes, not text.  If you want to end up with text, you have
to call \`decode-coding-region' afterwards with an appropriate coding
system.

If the region can't be decoded, signal an error and don't modify the buffer.
Optional third argument BASE64URL determines whether to use the URL variant
of the base 64 encoding, as defined in RFC 4648.`,
// The decoded bytes are a unibyte string; inserted in a multibyte buffer its high bytes become raw bytes.
(beg, end, url) => replaceRegion(beg, end, (s) => funcall(Qbase64_decode_string, s, url) as LString),
{ interactive: "r" });

defun("buffer-hash", "(&optional buffer-or-name)", `Return a hash of the contents of BUFFER-OR-NAME.
This hash is performed on the raw internal format of the buffer,
disregarding any coding systems.  If nil, use the current buffer.

This function is useful for comparing two buffers running in the same
Emacs, but is not guaranteed to return the same hash between different
Emacs versions.  It should be somewhat more efficient on larger
buffers than \`secure-hash' is, and should not allocate more memory.

It should not be used for anything security-related.  See
\`secure-hash' for these applications.`,
(bufferOrName) => {
  const b = bufferArg(bufferOrName);
  // The whole text, narrowing or not, in Emacs's internal bytes.
  const data = stringData(bufferString(b, 1, b.z, false));
  return LString.fromJs(createHash("sha1").update(data).digest("hex"), false);
});

defun("buffer-line-statistics", "(&optional buffer-or-name)", `Return data about lines in BUFFER.
The data is returned as a list, and the first element is the number of
lines in the buffer, the second is the length of the longest line, and
the third is the mean line length.  The lengths returned are in bytes, not
characters.`,
(bufferOrName) => {
  const b = bufferArg(bufferOrName);
  const text = b.slice(1, b.z);
  let lines = 0, longest = 0, total = 0, len = 0;
  for (let i = 0; i < text.length;) {
    const c = jsCharAt(text, i);
    i += c >= 0x10000 ? 2 : 1;
    if (c === 10) { lines++; longest = Math.max(longest, len); total += len; len = 0; continue; }
    len += b.multibyte ? charBytes(c) : 1;
  }
  if (len > 0) { lines++; longest = Math.max(longest, len); total += len; }
  return list(lines, longest, new LFloat(lines === 0 ? 0 : total / lines));
});

/** GNU Fget_buffer for these functions: nil is the current buffer, a name must exist. */
function bufferArg(x: LispObject): Buffer {
  if (x === NIL) return curBuf();
  if (x instanceof Buffer) return x;
  if (x instanceof LString) return findBufferByName(x.s) ?? error(`No buffer named ${x.s}`);
  return wrongType(defsym("stringp"), x);
}
