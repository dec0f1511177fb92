// Decompressing gzip and zlib data in a buffer (GNU: decompress.c), with node's zlib in place of libz.
import { constants, unzipSync, ZlibOptions } from "node:zlib";
import { defun } from "./defun.js";
import { NIL, T, LispObject } from "./lisp.js";
import { error } from "./signal.js";
import { curBuf } from "./buffer.js";
import { validateRegion } from "./editfns/buffer.js";
import { deleteRange, insertText } from "./insdel.js";

defun("zlib-available-p", "()", "Return t if zlib decompression is available in this instance of Emacs.", () => T);

/** Inflates gzip or zlib data (the format detected from its header, as zlib's windowBits+32 does). */
function inflate(data: Uint8Array, partial: boolean): Buffer {
  // unzip detects a gzip or a zlib header itself, as GNU's windowBits+32 asks libz to.
  const opts: ZlibOptions = {};
  if (partial) opts.finishFlush = constants.Z_SYNC_FLUSH;
  return unzipSync(data, opts);
}

defun("zlib-decompress-region", "(start end &optional allow-partial)", `Decompress a gzip- or zlib-compressed region.
Replace the text in the region by the decompressed data.

If optional parameter ALLOW-PARTIAL is nil or omitted, then on
failure, return nil and leave the data in place.  Otherwise, return
the number of bytes that were not decompressed and replace the region
text by whatever data was successfully decompressed (similar to gzip).

If decompression is completely successful return t.

This function can be called only in unibyte buffers.`,
(start, end, allowPartial) => {
  const [from, to] = validateRegion(start, end);
  const b = curBuf();
  if (b.multibyte) error("This function can be called only in unibyte buffers");
  const text = b.slice(from, to);
  const input = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) input[i] = text.charCodeAt(i) & 0xff;
  let out: Buffer;
  let ret: LispObject = T;
  try {
    out = inflate(input, false);
  } catch {
    if (allowPartial === NIL) return NIL;
    // Truncated data still yields what could be decompressed; corrupt data yields nothing.
    try { out = inflate(input, true); ret = 0; } catch { out = Buffer.alloc(0); ret = to - from; }
  }
  const oldPt = b.pt;
  let s = "";
  for (let i = 0; i < out.length; i += 8192) s += String.fromCharCode(...out.subarray(i, i + 8192));
  // The decompressed data goes after the compressed data, which is then deleted; point stays where it
  // was, or at the end when the text has shrunk below it.
  b.pt = to;
  insertText(s, s.length, null, false, false);
  deleteRange(from, to);
  b.pt = Math.min(oldPt, b.zv);
  return ret;
});
