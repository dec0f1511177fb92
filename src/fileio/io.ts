// Reading files into buffers and writing buffers to files (GNU: fileio.c insert-file-contents and
// write-region). Large files stream through the codec in chunks straight into the gap.
import {
  BigIntStats, chownSync, closeSync, fstatSync, fsyncSync, openSync, readSync, realpathSync, renameSync, statSync,
  unlinkSync, writeSync, constants as C,
} from "node:fs";
import { randomBytes } from "node:crypto";
import { Buffer as NodeBuffer, isAscii } from "node:buffer";
import { defun, defvar } from "../defun.js";
import { E, findSymbolValue, setInternal, specbind, unbindTo } from "../env.js";
import { charToJs, Cons, defsym, LispObject, list, LString, NIL, T, isInt } from "../lisp.js";
import { error, wrongType, xsignal } from "../signal.js";
import { funcall } from "../eval.js";
import { Buffer as EmacsBuffer, bufferValue, curBuf, Qbuffer_read_only, Qbuffer_undo_list, Qenable_multibyte_characters, setBuffer } from "../buffer.js";
import { barfIfReadOnly, prepareToModify, replaceRange, signalAfterChange, textHooks, Vdeactivate_mark, Vinhibit_modification_hooks } from "../insdel.js";
import { adjustForInsert } from "../marker.js";
import { recordInsert } from "../undo.js";
import { validateRegion } from "../editfns/buffer.js";
import { checkFileName, expandFileName, findFileNameHandler } from "../fileio.js";
import { statOrNull } from "./attrs.js";
import { errCode, osPath, reportFileErrno, reportFileError } from "./util.js";
import { barfOrQuery, tempFileHooks } from "./ops.js";
import { lockBeforeFirstChange, lockFile, unlockFile } from "./lock.js";
import { setMod } from "./modtime.js";
import { autoCoding, checkCoding, chooseWriteCoding, Vset_auto_coding_function } from "./coding-choice.js";
import {
  ChunkDecoder, chooseDetected, Coding, codingName, Detector, encodeText, forUnibyte, parseCoding, rawTextOf, nonAscii,
} from "./codec.js";

const Qinsert_file_contents = defsym("insert-file-contents");
const Qwrite_region = defsym("write-region");
const Qbuffer_file_name = defsym("buffer-file-name");
const Qbuffer_file_truename = defsym("buffer-file-truename");
const Qbuffer_file_coding_system = defsym("buffer-file-coding-system");
const Qbuffer_saved_size = defsym("buffer-saved-size");
const Qlast_coding_system_used = defsym("last-coding-system-used");
const Qcoding_system_for_read = defsym("coding-system-for-read");
const Qinhibit_eol_conversion = defsym("inhibit-eol-conversion");
const Qundecided = defsym("undecided");
const Qexcl = defsym("excl");
const Qformat_decode = defsym("format-decode");
const Qafter_insert_file_set_coding = defsym("after-insert-file-set-coding");
const Qdecode_coding_string = defsym("decode-coding-string");
const Qencode_coding_string = defsym("encode-coding-string");
const Qfind_operation_coding_system = defsym("find-operation-coding-system");
const Qput_text_property = defsym("put-text-property");
const Qcharset = defsym("charset");
const Qiso_8859_1 = defsym("iso-8859-1");
const Qnoninteractive = defsym("noninteractive");
const Qmessage = defsym("message");
const Qfile_error = defsym("file-error");

const Vafter_insert_file_functions = defvar("after-insert-file-functions", NIL,
  "A list of functions to be called at the end of `insert-file-contents'.");
const Vwrite_region_annotate_functions = defvar("write-region-annotate-functions", NIL,
  "A list of functions to be called at the start of `write-region'.");
defvar("write-region-post-annotation-function", NIL, "Function to call after `write-region' completes.");
defvar("write-region-annotations-so-far", NIL, "When an annotation function is called, this holds the previous annotations.");
// tsmacs runs in batch mode, where GNU skips fsync too; atomic replacement keeps the old file safe anyway.
const Vwrite_region_inhibit_fsync = defvar("write-region-inhibit-fsync", T,
  "Non-nil means don't call fsync in `write-region'.");
defvar("auto-save-list-file-name", NIL, "File name in which to write a list of all auto save file names.");
defvar("auto-save-visited-file-name", NIL, "Non-nil says auto-save a buffer in the file it is visiting, when practical.");
defvar("auto-save-include-big-deletions", NIL, "If non-nil, auto-save even if a large part of the text is deleted.");

const CHUNK = 1 << 22;

// ---------------------------------------------------------------------------------------------
// Reading.
// ---------------------------------------------------------------------------------------------
/** GNU file_offset: a nonnegative integer. */
function fileOffset(x: LispObject): number {
  if (typeof x === "number" && x >= 0) return x;
  if (typeof x === "bigint" && x >= 0n) return Number(x);
  return wrongType(defsym("file-offset"), x);
}

interface Source { fd: number; from: number; to: number; regular: boolean; cached: NodeBuffer[] | null; name: LString }

/** readSync that signals GNU's "Read error". */
function readOrSignal(src: Source, buf: NodeBuffer, len: number, pos: number | null): number {
  try { return readSync(src.fd, buf, 0, len, pos); } catch (e) { return reportFileError("Read error", e, src.name); }
}

/** Calls EACH on successive chunks of SRC; for pipes the chunks are kept so that a second pass can reread them. */
function forChunks(src: Source, each: (chunk: NodeBuffer, last: boolean) => void): void {
  if (src.cached !== null) {
    src.cached.forEach((c, i) => each(c, i === src.cached!.length - 1));
    if (src.cached.length === 0) each(NodeBuffer.alloc(0), true);
    return;
  }
  if (!src.regular) {
    const chunks: NodeBuffer[] = [];
    // A stream is read to its end, or to END when given (as /proc files with BEG and END are).
    for (let left = src.to - src.from; left > 0;) {
      const buf = NodeBuffer.allocUnsafe(Math.min(65536, left));
      const n = readOrSignal(src, buf, buf.length, null);
      if (n <= 0) break;
      chunks.push(buf.subarray(0, n));
      left -= n;
    }
    src.cached = chunks;
    forChunks(src, each);
    return;
  }
  const total = src.to - src.from;
  const buf = NodeBuffer.allocUnsafe(Math.max(1, Math.min(CHUNK, total)));
  let pos = src.from;
  let any = false;
  while (pos < src.to) {
    const want = Math.min(buf.length, src.to - pos);
    const n = readOrSignal(src, buf, want, pos);
    if (n <= 0) break;
    pos += n;
    any = true;
    each(buf.subarray(0, n), pos >= src.to);
  }
  if (!any || pos < src.to) each(NodeBuffer.alloc(0), true);
}

/** Reads SRC whole (for small files and coding systems decoded by coding.ts). */
function readAll(src: Source): NodeBuffer {
  const parts: NodeBuffer[] = [];
  forChunks(src, (c) => { if (c.length > 0) parts.push(NodeBuffer.from(c)); });
  return NodeBuffer.concat(parts);
}

/**
 * Decodes SRC with undecided coding C0, choosing the coding system from the bytes (GNU: detect_coding).
 * Leading chunks of pure ASCII without carriage returns decode the same whatever is chosen, so they are
 * emitted as they are read; at the first other chunk the rest of the file is scanned ahead to decide.
 * A plain ASCII file is thus read once. Returns the coding system chosen.
 */
function streamDetect(src: Source, c0: Coding, multibyte: boolean, emit: (s: Chunk) => void): Coding {
  const d = new Detector();
  if (!src.regular) {
    forChunks(src, (c) => d.feed(c));
    const chosen = chooseDetected(c0, d.result());
    const dec = new ChunkDecoder(chosen, multibyte);
    forChunks(src, (chunk, last) => emit(dec.decode(chunk, last)));
    return chosen;
  }
  const buf = NodeBuffer.allocUnsafe(Math.max(1, Math.min(CHUNK, src.to - src.from)));
  let chosen: Coding | null = null;
  let dec: ChunkDecoder | null = null;
  for (let pos = src.from; pos < src.to;) {
    const n = readOrSignal(src, buf, Math.min(buf.length, src.to - pos), pos);
    if (n <= 0) break;
    const chunk = buf.subarray(0, n);
    pos += n;
    const last = pos >= src.to;
    if (chosen === null) {
      d.feed(chunk);
      if (!last && d.settled && isAscii(chunk) && chunk.indexOf(13) < 0) { emit(chunk); continue; }
      if (!last) {
        const ahead = NodeBuffer.allocUnsafe(buf.length);
        for (let p = pos; p < src.to;) {
          const m = readOrSignal(src, ahead, Math.min(ahead.length, src.to - p), p);
          if (m <= 0) break;
          d.feed(ahead.subarray(0, m));
          p += m;
        }
      }
      chosen = chooseDetected(c0, d.result());
      dec = new ChunkDecoder(chosen, multibyte);
    }
    emit(dec!.decode(chunk, last));
  }
  return chosen ?? chooseDetected(c0, d.result());
}

/** GNU Finsert_file_contents. */
export function insertFileContents(filename: LispObject, visit: LispObject, beg: LispObject, end: LispObject, replace: LispObject): LispObject {
  let b = curBuf();
  if (b.base !== null && visit !== NIL) error("Cannot do file visiting in an indirect buffer");
  if (bufferValue(b, Qbuffer_read_only) !== NIL) barfIfReadOnly(b, b.pt);
  const emptyUndo = visit !== NIL && bufferValue(b, Qbuffer_undo_list) === NIL && b.z === 1;
  const abs = expandFileName(checkFileName(filename));
  let inserted = 0;
  const handler = findFileNameHandler(abs, Qinsert_file_contents);
  let openErr: string | null = null;
  let codingSym: LispObject = NIL;
  let notRegular = false;
  let st: BigIntStats | null = null;
  if (handler !== NIL) {
    const val = funcall(handler, Qinsert_file_contents, abs, visit, beg, end, replace);
    if (val instanceof Cons && val.cdr instanceof Cons && typeof val.cdr.car === "number") inserted = val.cdr.car;
    return finish(b, abs, visit, replace, inserted, emptyUndo, true, null, false, NIL, false, false, val);
  }
  let fd = -1;
  try { fd = openSync(osPath(abs), "r"); } catch (e) {
    const code = errCode(e);
    if (visit === NIL) reportFileErrno("Opening input file", code, abs);
    openErr = code;
    const csr = findSymbolValue(Qcoding_system_for_read);
    if (csr !== NIL) { checkCoding(csr); setInternal(Qbuffer_file_coding_system, csr); }
  }
  let latinProps = false;
  let latinHigh = false;
  try {
    if (fd >= 0) {
      st = fstatSync(fd, { bigint: true });
      if (!st.isFile()) {
        notRegular = true;
        if (visit === NIL && (replace !== NIL || beg !== NIL || end !== NIL)) xsignal(Qfile_error, LString.fromJs("not a regular file"), abs);
      }
      if (visit !== NIL) {
        if (beg !== NIL || end !== NIL) error("Attempt to visit less than an entire file");
        if (b.z > 1 && replace === NIL) error("Cannot do file visiting in a non-empty buffer");
      }
    }
    if (fd >= 0 && !(notRegular && visit !== NIL)) {
      const size = Number(st!.size);
      const from = beg === NIL ? 0 : fileOffset(beg);
      // A regular file reporting size 0 (as /proc files do) is read to its end.
      const regular = !notRegular && size > 0;
      const to = end === NIL ? (regular ? size : Infinity) : fileOffset(end);
      const src: Source = { fd, from, to: regular ? Math.min(to, Math.max(size, from)) : to, regular, cached: null, name: abs };
      if (!regular && from > 0) {
        // Skip the first FROM bytes of a stream.
        const skip = NodeBuffer.allocUnsafe(Math.min(from, 65536));
        for (let left = from; left > 0;) { const n = readOrSignal(src, skip, Math.min(left, skip.length), null); if (n <= 0) break; left -= n; }
      }
      // Decide the coding system (GNU: coding-system-for-read, set-auto-coding, file-coding-system-alist).
      codingSym = findSymbolValue(Qcoding_system_for_read);
      if (codingSym === NIL) {
        let head: NodeBuffer | null = null;
        if (regular && findSymbolValue(Vset_auto_coding_function) !== NIL) {
          head = NodeBuffer.allocUnsafe(Math.min(4096, src.to - src.from));
          const n = readOrSignal(src, head, head.length, src.from);
          head = head.subarray(0, Math.max(0, n));
          if (src.to - src.from > 4096) {
            const tail = NodeBuffer.allocUnsafe(3072);
            const m = readOrSignal(src, tail, 3072, Math.max(src.from, src.to - 3072));
            head = NodeBuffer.concat([head.subarray(0, 1024), tail.subarray(0, Math.max(0, m))]);
          }
        }
        codingSym = autoCoding(abs, head, visit, beg, end, replace);
      }
      if (codingSym === NIL) codingSym = Qundecided; else checkCoding(codingSym);
      let multibyte = b.multibyte;
      let coding = parseCoding(codingSym);
      const inhibitEol = findSymbolValue(Qinhibit_eol_conversion) !== NIL;
      const askedEol = coding !== null ? coding.eol : -1;
      if (inhibitEol && coding !== null) coding = { ...coding, eol: 0 };
      if (coding === null) {
        // A coding system this module does not stream: decode the whole text through coding.ts.
        const bytes = readAll(src);
        const text = multibyte ? funcall(Qdecode_coding_string, new LString(bytes.toString("latin1"), false), codingSym) as LString
          : new LString(bytes.toString("latin1"), false);
        codingSym = multibyte ? findSymbolValue(Qlast_coding_system_used) : codingSym;
        inserted = insertText(b, visit, replace, (emit) => emit(text.s), bytes.length);
      } else {
        if (!multibyte) coding = rawTextOf(coding);
        // Visiting with raw-text or no-conversion makes the (empty) buffer unibyte; what counts is the coding
        // system asked for, not the one detected.
        if (visit !== NIL && forUnibyte(coding) && replace === NIL && multibyte) {
          b.locals.set(Qenable_multibyte_characters, NIL);
          multibyte = false;
        }
        const needsDetection = coding.kind === "undecided" || coding.kind === "utf-8-auto" || coding.eol < 0;
        const asked = coding;
        let chosen: Coding = coding;
        latinProps = multibyte;
        inserted = insertText(b, visit, replace, (emit0) => {
          const emit = (s: Chunk): void => {
            if (latinProps && !latinHigh && (typeof s === "string" ? nonAscii(s) : s instanceof Uint32Array || !isAscii(s))) latinHigh = true;
            emit0(s);
          };
          if (needsDetection) chosen = streamDetect(src, asked, multibyte, emit);
          else {
            const dec = new ChunkDecoder(asked, multibyte);
            forChunks(src, (chunk, last) => emit(dec.decode(chunk, last)));
          }
        }, src.to === Infinity ? 0 : src.to - src.from);
        // inhibit-eol-conversion decodes as unix but names no end-of-line type (GNU).
        codingSym = codingName(chosen, inhibitEol && askedEol < 0 ? -1 : chosen.eol);
        latinProps = latinProps && chosen.kind === "latin-1";
      }
      b = curBuf();
    } else if (fd < 0 || notRegular) {
      // Nothing read: decide the coding system for the record (GNU's `notfound' path).
      codingSym = findSymbolValue(Qcoding_system_for_read);
      if (codingSym === NIL && Qfind_operation_coding_system.f !== NIL) {
        const c = funcall(Qfind_operation_coding_system, Qinsert_file_contents, abs, visit, beg, end, NIL);
        codingSym = c instanceof Cons ? c.car : c;
      }
      if (codingSym === NIL) codingSym = Qundecided; else checkCoding(codingSym);
      if (!b.multibyte) { const pc = parseCoding(codingSym); if (pc) codingSym = codingName(rawTextOf(pc), pc.eol); }
    }
  } finally {
    if (fd >= 0) closeSync(fd);
  }
  if (latinProps && latinHigh && inserted > 0) {
    // GNU's charset decoders record the charset on the decoded text.
    const count = E.sp;
    specbind(Vinhibit_modification_hooks, T);
    const undo = bufferValue(b, Qbuffer_undo_list);
    b.locals.set(Qbuffer_undo_list, T);
    try {
      const start = replace !== NIL ? b.begv : b.pt;
      funcall(Qput_text_property, start, start + inserted, Qcharset, Qiso_8859_1);
    } finally { b.locals.set(Qbuffer_undo_list, undo); unbindTo(count); }
  }
  return finish(b, abs, visit, replace, inserted, emptyUndo, false, st, notRegular, codingSym, true, openErr !== null, NIL, openErr);
}

/**
 * Inserts the text PRODUCE emits at point of B (or, with REPLACE, over the accessible portion, keeping the
 * unchanged head and tail) as one change; returns the number of characters inserted.
 */
type Chunk = string | Uint8Array | Uint32Array;

function insertText(b: EmacsBuffer, visit: LispObject, replace: LispObject, produce: (emit: (s: Chunk) => void) => void,
  expected: number): number {
  if (replace !== NIL) {
    const parts: string[] = [];
    produce((s) => { if (s.length > 0) parts.push(chunkString(s)); });
    return replaceAccessible(b, parts.join(""));
  }
  if (visit === NIL && expected !== 0) {
    lockBeforeFirstChange(b);
    prepareToModify(b, b.pt, b.pt);
    b = curBuf();
  }
  const pos = b.pt;
  const t = b.text;
  const gb = t.gb;
  // Room for the whole file at once, so that a large file is not copied as the gap grows.
  if (expected > 1 << 20) gb.reserve(pos - 1, expected);
  let n = 0;
  produce((s) => {
    if (s.length === 0) return;
    if (typeof s === "string") n += gb.insert(pos - 1 + n, s);
    else if (s instanceof Uint32Array) { gb.insertCodes(pos - 1 + n, s); n += s.length; }
    else { insertBytes(gb, pos - 1 + n, s); n += s.length; }
  });
  if (n === 0) return 0;
  recordInsert(b, pos, n);
  t.modiff++;
  t.charsModiff = t.modiff;
  if (t.cells.length > 0) adjustForInsert(t, pos, n, false);
  b.plainInsert(pos, n);
  b.pt = pos;
  if (textHooks.offset && t.intervals !== null) textHooks.offset(b, pos, n);
  setInternal(Vdeactivate_mark, T);
  if (visit === NIL) signalAfterChange(pos, 0, n);
  return n;
}

type Gap = EmacsBuffer["text"]["gb"];

/** A decoded chunk as a tsmacs JS string. */
function chunkString(s: Chunk): string {
  if (typeof s === "string") return s;
  if (s instanceof Uint8Array) return NodeBuffer.from(s.buffer, s.byteOffset, s.length).toString("latin1");
  let out = "";
  for (let i = 0; i < s.length; i += 8192) {
    let part = "";
    for (let j = i; j < Math.min(s.length, i + 8192); j++) part += charToJs(s[j]);
    out += part;
  }
  return out;
}
/**
 * Inserts bytes (characters 0..255) at POS of GB. Private helper until gap-buffer.ts has a native bulk
 * insert: when the store is one byte per character and the gap is at POS with room, the bytes are copied
 * into the gap with one native `set` (what GNU does by reading into the gap); otherwise insertCodes.
 */
function insertBytes(gb: Gap, pos: number, bytes: Uint8Array): void {
  const g = gb as unknown as { insertBytes?: (pos: number, b: Uint8Array) => void; data?: unknown; gapStart?: number };
  if (typeof g.insertBytes === "function") { g.insertBytes(pos, bytes); return; }
  if (gb.bytesPerChar === 1 && gb.gapPosition === pos && gb.gapSize >= bytes.length && g.data instanceof Uint8Array
    && g.gapStart === pos) {
    g.data.set(bytes, pos);
    g.gapStart = pos + bytes.length;
    return;
  }
  gb.insertCodes(pos, bytes);
}

/** REPLACE: replaces only the part of the accessible text that differs from TEXT; returns its new length. */
function replaceAccessible(b: EmacsBuffer, text: string): number {
  const old = b.slice(b.begv, b.zv);
  let head = 0;
  const max = Math.min(old.length, text.length);
  while (head < max && old.charCodeAt(head) === text.charCodeAt(head)) head++;
  // Do not split a surrogate pair.
  if (head > 0 && head < max && (old.charCodeAt(head - 1) & 0xfc00) === 0xd800) head--;
  let tail = 0;
  while (tail < max - head && old.charCodeAt(old.length - 1 - tail) === text.charCodeAt(text.length - 1 - tail)) tail++;
  if (tail > 0 && (old.charCodeAt(old.length - tail) & 0xfc00) === 0xdc00) tail--;
  if (head === old.length && head === text.length) return 0;
  const from = b.begv + charLen(old.slice(0, head));
  const to = b.zv - charLen(old.slice(old.length - tail));
  const mid = text.slice(head, text.length - tail);
  // Point behaves like a marker through the deletion and then the insertion of the middle (GNU).
  const pt = b.pt;
  const ins = charLen(mid);
  replaceRange(from, to, new LString(mid, b.multibyte));
  const nb = curBuf();
  nb.pt = pt <= from ? pt : pt <= to ? from : pt - (to - from) + ins;
  return ins;
}
function charLen(s: string): number { return new LString(s, true).length; }

/** The common end of insert-file-contents (GNU's `handled:` part). */
function finish(b: EmacsBuffer, abs: LString, visit: LispObject, replace: LispObject, inserted: number, emptyUndo: boolean,
  handled: boolean, st: BigIntStats | null, notRegular: boolean, codingSym: LispObject, setCoding: boolean,
  missing: boolean, handlerValue: LispObject, openErr: string | null = null): LispObject {
  if (visit !== NIL) {
    if (emptyUndo) b.locals.set(Qbuffer_undo_list, NIL);
    if (!handled) {
      setMod(b, st, missing);
      setInternal(Qbuffer_file_name, abs);
    }
    b.text.saveModiff = b.text.modiff;
    b.autoSaveModiff = b.text.modiff;
    b.locals.set(Qbuffer_saved_size, b.z - 1);
    if (!handled) {
      const tn = bufferValue(b, Qbuffer_file_truename);
      if (tn instanceof LString) unlockFile(tn);
      unlockFile(abs);
    }
    if (notRegular) xsignal(Qfile_error, LString.fromJs("not a regular file"), abs);
  }
  if (setCoding) setInternal(Qlast_coding_system_used, codingSym);
  if (Qafter_insert_file_set_coding.f !== NIL) {
    const v = funcall(Qafter_insert_file_set_coding, inserted, visit);
    if (v !== NIL) {
      if (typeof v !== "number" || v < 0) wrongType(defsym("inserted-chars"), v);
      inserted = v as number;
    }
  }
  if (inserted > 0) inserted = decodeFormats(b, replace, inserted, emptyUndo);
  if (visit !== NIL && missing && openErr !== null) reportFileErrno("Opening input file", openErr, abs);
  if (handled) return handlerValue;
  return list(abs, inserted);
}

/** format-decode and after-insert-file-functions, without undo records or change hooks (GNU). */
function decodeFormats(b: EmacsBuffer, replace: LispObject, inserted: number, emptyUndo: boolean): number {
  const fns = findSymbolValue(Vafter_insert_file_functions);
  if (Qformat_decode.f === NIL && fns === NIL) return inserted;
  const count = E.sp;
  specbind(defsym("inhibit-point-motion-hooks"), T);
  specbind(Vinhibit_modification_hooks, T);
  const oldUndo = bufferValue(b, Qbuffer_undo_list);
  b.locals.set(Qbuffer_undo_list, T);
  const check = (v: LispObject): number => {
    if (typeof v !== "number" || v < 0 || v > curBuf().zv - curBuf().pt) wrongType(defsym("inserted-chars"), v);
    return v as number;
  };
  try {
    const call = (f: (n: number) => LispObject, isFormat: boolean): void => {
      if (replace === NIL) {
        const v = f(inserted);
        if (v !== NIL || isFormat) inserted = check(v);
        return;
      }
      const cb = curBuf();
      const opoint = cb.pt, oinserted = cb.zv - cb.begv, ochars = cb.text.charsModiff;
      cb.pt = cb.begv;
      const v = f(oinserted);
      if (v !== NIL || isFormat) {
        check(v);
        if (ochars === curBuf().text.charsModiff) curBuf().pt = opoint; else inserted = v as number;
      } else curBuf().pt = opoint;
    };
    if (Qformat_decode.f !== NIL) call((n) => funcall(Qformat_decode, NIL, n, NIL), true);
    // A circular list signals as GNU's FOR_EACH_TAIL does.
    const seen = new Set<Cons>();
    for (let p = fns; p instanceof Cons; p = p.cdr) {
      if (seen.has(p)) xsignal(defsym("circular-list"), fns);
      seen.add(p);
      const fn = p.car;
      call((n) => funcall(fn, n), false);
    }
  } finally {
    const cb = curBuf();
    cb.locals.set(Qbuffer_undo_list, emptyUndo ? (oldUndo === T ? T : NIL) : oldUndo);
    unbindTo(count);
  }
  return inserted;
}

defun("insert-file-contents", "(filename &optional visit beg end replace)", `Insert contents of file FILENAME after point.
Returns list of absolute file name and number of characters inserted.
If second argument VISIT is non-nil, the buffer's visited filename and
last save file modtime are set, and it is marked unmodified.  If
visiting and the file does not exist, visiting is completed before the
error is signaled.

The optional third and fourth arguments BEG and END specify what portion
of the file to insert.  These arguments count bytes in the file, not
characters in the buffer.  If VISIT is non-nil, BEG and END must be nil.

If optional fifth argument REPLACE is non-nil, replace the current
buffer contents (in the accessible portion) with the file contents.
This is better than simply deleting and inserting the whole thing
because (1) it preserves some marker positions (in unchanged portions
at the start and end of the buffer) and (2) it puts less data in the
undo list.  When REPLACE is non-nil, the second return value is the
number of characters that replace previous buffer contents.

This function does code conversion according to the value of
\`coding-system-for-read' or \`file-coding-system-alist', and sets the
variable \`last-coding-system-used' to the coding system actually used.`, insertFileContents);

// ---------------------------------------------------------------------------------------------
// Writing.
// ---------------------------------------------------------------------------------------------
interface Output { write(b: NodeBuffer): void }

/** Encodes and writes the text [FROM, TO) of B, or STR, through OUT in chunks. */
/**
 * Encodes and writes the text [FROM, TO) of B, or STR, through OUT in chunks. Returns whether the text had
 * characters outside ASCII (an undecided coding system is then named utf-8, as select-safe-coding-system
 * would choose; the bytes written are the same).
 */
function writeText(out: Output, b: EmacsBuffer, str: LString | null, from: number, to: number, coding: Coding | null, codingSym: LispObject): boolean {
  const multibyte = str !== null ? str.multibyte : b.multibyte;
  if (coding === null) {
    const text = str ?? new LString(b.slice(from, to), multibyte);
    const enc = funcall(Qencode_coding_string, text, codingSym) as LString;
    out.write(NodeBuffer.from(enc.s, "latin1"));
    return nonAscii(text.s);
  }
  if (str !== null) { out.write(encodeText(str.s, coding, multibyte, true)); return nonAscii(str.s); }
  let sawNonAscii = false;
  // Text whose characters are its bytes goes out straight from the buffer's store.
  const direct = coding.eol <= 0 && coding.kind !== "utf-8-bom";
  const anyBytes = !multibyte || coding.kind === "latin-1";
  for (let p = from, first = true; p < to; p += CHUNK, first = false) {
    const q = Math.min(to, p + CHUNK);
    const segs = direct ? storeBytes(b.text.gb, p - 1, q - 1) : null;
    if (segs !== null && segs.every((seg) => isAscii(seg))) { for (const seg of segs) out.write(seg); continue; }
    if (segs !== null && anyBytes) { sawNonAscii = true; for (const seg of segs) out.write(seg); continue; }
    const s = b.slice(p, q);
    if (!sawNonAscii && nonAscii(s)) sawNonAscii = true;
    out.write(encodeText(s, coding, multibyte, first));
  }
  return sawNonAscii;
}

/**
 * The characters [FROM, TO) of a one-byte-per-character gap buffer as views of its storage (the part
 * before and after the gap), or null when the store is wider. Private helper until gap-buffer.ts offers
 * a byte view of its text.
 */
function storeBytes(gb: Gap, from: number, to: number): NodeBuffer[] | null {
  const g = gb as unknown as { data?: unknown; gapStart?: number; gapEnd?: number };
  if (gb.bytesPerChar !== 1 || !(g.data instanceof Uint8Array) || typeof g.gapStart !== "number" || typeof g.gapEnd !== "number") return null;
  const d = g.data, gs = g.gapStart, off = g.gapEnd - gs;
  const view = (a: number, z: number): NodeBuffer => NodeBuffer.from(d.buffer, d.byteOffset + a, z - a);
  const segs: NodeBuffer[] = [];
  if (from < gs) segs.push(view(from, Math.min(to, gs)));
  if (to > gs) segs.push(view(Math.max(from, gs) + off, to + off));
  return segs;
}

function writeAll(fd: number, data: NodeBuffer): void {
  for (let off = 0; off < data.length;) off += writeSync(fd, data, off, data.length - off);
}

/** Whether writing FILE may replace it atomically (a lone regular file in a directory we can write). */
function atomicTarget(p: string | NodeBuffer): { real: string; st: BigIntStats } | null {
  let st: BigIntStats | undefined;
  try { st = statSync(p, { bigint: true, throwIfNoEntry: false }); } catch { return null; }
  if (st === undefined || !st.isFile() || st.nlink > 1n) return null;
  try { return { real: realpathSync(p), st }; } catch { return null; }
}

/** GNU Fwrite_region. */
export function writeRegion(start: LispObject, end: LispObject, filename: LispObject, append: LispObject, visit: LispObject,
  lockname: LispObject, mustbenew: LispObject): LispObject {
  let b = curBuf();
  const visiting = visit === T || visit instanceof LString;
  const quietly = visit !== NIL;
  if (b.base !== null && visiting) error("Cannot do file visiting in an indirect buffer");
  let from = 0, to = 0;
  if (start !== NIL && !(start instanceof LString)) [from, to] = validateRegion(start, end);
  const abs = expandFileName(checkFileName(filename));
  if (mustbenew !== NIL && mustbenew !== Qexcl) barfOrQuery(abs, false, "overwrite", true, true);
  const visitFile = visit instanceof LString ? expandFileName(visit) : abs;
  if (lockname === NIL) lockname = visitFile;
  let handler = findFileNameHandler(abs, Qwrite_region);
  if (handler === NIL && visit instanceof LString) handler = findFileNameHandler(visit, Qwrite_region);
  if (handler !== NIL) {
    const val = funcall(handler, Qwrite_region, start, end, abs, append, visit, lockname, mustbenew);
    if (visiting) visited(b, visitFile);
    return val;
  }
  const str = start instanceof LString ? start : null;
  if (start === NIL) { from = 1; to = b.z; }
  // Annotation functions may switch to a buffer holding the text to write (GNU build_annotations).
  if (str === null) {
    for (let p = findSymbolValue(Vwrite_region_annotate_functions); p instanceof Cons; p = p.cdr) {
      if (p.car === T) continue;
      const given = curBuf();
      funcall(p.car, from, to);
      if (curBuf() !== given) { b = curBuf(); from = b.begv; to = b.zv; }
    }
  }
  // Whether the text is ASCII matters only for the name of an undecided coding system (its bytes are the
  // same), so for buffer text it is learnt while writing rather than by a separate pass.
  const hasNonAscii = (): boolean => str !== null ? nonAscii(str.s) : b.text.gb.maxChar(from - 1, to - 1) > 0x7f;
  let { sym: codingSym, c: coding } = chooseWriteCoding(b, hasNonAscii, str === null,
    [start, end, abs, append, visit, lockname, mustbenew]);
  setInternal(Qlast_coding_system_used, codingSym);
  let sawNonAscii = false;
  const lk = lockname instanceof LString ? lockname : null;
  if (lk !== null) lockFile(lk);
  let st: BigIntStats | null = null;
  try {
    st = writeFile(abs, append, mustbenew, (out) => { sawNonAscii = writeText(out, b, str, from, to, coding, codingSym); }, visiting);
    if (sawNonAscii && coding !== null && coding.kind === "undecided") {
      codingSym = codingName({ base: "utf-8", kind: "utf-8", eol: coding.eol }, coding.eol);
      coding = parseCoding(codingSym);
      setInternal(Qlast_coding_system_used, codingSym);
    }
  } finally {
    if (lk !== null) unlockFile(lk);
  }
  if (visiting) {
    setMod(b, st, false);
    visited(b, visitFile);
  } else if (quietly) return NIL;
  if (findSymbolValue(Qnoninteractive) === NIL && Qmessage.f !== NIL) {
    const what = isInt(append) ? "Updated %s" : append !== NIL ? "Added to %s" : "Wrote %s";
    funcall(Qmessage, LString.fromJs(what), visitFile);
  }
  return NIL;
}

function visited(b: EmacsBuffer, visitFile: LString): void {
  b.text.saveModiff = b.text.modiff;
  b.locals.set(Qbuffer_saved_size, b.z - 1);
  const prev = curBuf();
  if (prev !== b) setBuffer(b);
  try { setInternal(Qbuffer_file_name, visitFile); } finally { if (prev !== b && prev.live) setBuffer(prev); }
}

/**
 * Opens ABS as write-region does and lets PRODUCE write to it; an existing regular file being replaced is
 * written to a temporary file beside it that is then renamed over it, so a crash never loses the old
 * contents. Returns the file's status after writing when WANTSTAT.
 */
function writeFile(abs: LString, append: LispObject, mustbenew: LispObject, produce: (out: Output) => void, wantStat: boolean): BigIntStats | null {
  const p = osPath(abs);
  const excl = mustbenew === Qexcl;
  const target = !excl && append === NIL ? atomicTarget(p) : null;
  const inhibitFsync = findSymbolValue(Vwrite_region_inhibit_fsync) !== NIL;
  if (target !== null) {
    const slash = target.real.lastIndexOf("/");
    const tmp = `${target.real.slice(0, slash + 1)}.${target.real.slice(slash + 1)}.tsmacs-${process.pid}-${randomBytes(4).toString("hex")}`;
    let fd = -1;
    try { fd = openSync(tmp, C.O_WRONLY | C.O_CREAT | C.O_EXCL, Number(target.st.mode) & 0o7777); } catch { fd = -1; }
    if (fd >= 0) {
      let ok = false;
      try {
        try {
          produce({ write: (data) => writeAll(fd, data) });
          if (!inhibitFsync) fsyncSync(fd);
        } catch (e) { reportFileError("Write error", e, abs); }
        try {
          const mine = fstatSync(fd, { bigint: true });
          if (mine.uid !== target.st.uid || mine.gid !== target.st.gid) chownSync(tmp, Number(target.st.uid), Number(target.st.gid));
        } catch { /* as GNU when it cannot preserve the owner */ }
        closeSync(fd); fd = -1;
        renameSync(tmp, target.real);
        ok = true;
      } finally {
        if (fd >= 0) closeSync(fd);
        if (!ok) try { unlinkSync(tmp); } catch { /* gone */ }
      }
      return wantStat ? statOrNull(p) : null;
    }
  }
  let flags = C.O_WRONLY | C.O_CREAT;
  flags |= excl ? C.O_EXCL : append !== NIL ? 0 : C.O_TRUNC;
  const offset = isInt(append) ? fileOffset(append) : -1;
  if (append !== NIL && offset < 0) flags |= C.O_APPEND;
  let fd: number;
  try { fd = openSync(p, flags, 0o666); } catch (e) { return reportFileError("Opening output file", e, abs); }
  try {
    let pos = offset;
    try {
      produce({
        write: (data) => {
          if (pos < 0) writeAll(fd, data);
          else for (let off = 0; off < data.length;) { const n = writeSync(fd, data, off, data.length - off, pos); off += n; pos += n; }
        },
      });
      if (!inhibitFsync) { try { fsyncSync(fd); } catch (e) { if (errCode(e) !== "EINVAL") throw e; } }
    } catch (e) { reportFileError("Write error", e, abs); }
    return wantStat ? fstatSync(fd, { bigint: true }) : null;
  } finally { closeSync(fd); }
}

defun("write-region", "(start end filename &optional append visit lockname mustbenew)", `Write current region into specified file.
When called from a program, requires three arguments:
START, END and FILENAME.  START and END are normally buffer positions
specifying the part of the buffer to write.
If START is nil, that means to use the entire buffer contents; END is
ignored.
If START is a string, then output that string to the file
instead of any buffer contents; END is ignored.

Optional fourth argument APPEND if non-nil means
  append to existing file contents (if any).  If it is a number,
  seek to that offset in the file before writing.
Optional fifth argument VISIT, if t or a string, means
  set the last-save-file-modtime of buffer to this file's modtime
  and mark buffer not modified.
If VISIT is t, the buffer is marked as visiting FILENAME.
If VISIT is a string, it is a second file name;
  the output goes to FILENAME, but the buffer is marked as visiting VISIT.
  VISIT is also the file name to lock and unlock for clash detection.
If VISIT is neither t nor nil nor a string, or if Emacs is in batch mode,
  do not display the \"Wrote file\" message.
The optional sixth arg LOCKNAME, if non-nil, specifies the name to
  use for locking and unlocking, overriding FILENAME and VISIT.
The optional seventh arg MUSTBENEW, if non-nil, insists on a check
  for an existing file with the same name.  If MUSTBENEW is \`excl',
  that means to get an error if the file already exists; never overwrite.
  If MUSTBENEW is neither nil nor \`excl', that means ask for
  confirmation before overwriting, but do go ahead and overwrite the file
  if the user confirms.

This does code conversion according to the value of
\`coding-system-for-write', \`buffer-file-coding-system', or
\`file-coding-system-alist', and sets the variable
\`last-coding-system-used' to the coding system actually used.`, writeRegion, { interactive: "r\nFWrite region to file: \ni\ni\ni\np" });

// make-temp-file's TEXT is written as write-region writes a string.
tempFileHooks.writeText = (file, text) => {
  const { sym, c } = chooseWriteCoding(curBuf(), () => nonAscii(text.s), false, [text, NIL, file]);
  setInternal(Qlast_coding_system_used, sym);
  const fd = openSync(osPath(file), "w");
  try { writeText({ write: (d) => writeAll(fd, d) }, curBuf(), text, 0, 0, c, sym); } finally { closeSync(fd); }
};

