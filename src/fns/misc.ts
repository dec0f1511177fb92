// identity, random, features (featurep/provide/require), widgets, base64, md5/secure-hash, load-average,
// locale-info and object-intervals (GNU: fns.c, with sysdep.c's random number generator).
import { createHash, randomBytes } from "node:crypto";
import { loadavg } from "node:os";
import { defun, defvar, onStart } from "../defun.js";
import { E, findSymbolValue, setInternal } from "../env.js";
import { funcall } from "../eval.js";
import {
  Cons, defsym, jsCharAt, LFloat, LispObject, list, LString, LSymbol, MOST_NEGATIVE_FIXNUM, MOST_POSITIVE_FIXNUM, NIL,
  normInt, T, UNBOUND, Vectorlike,
} from "../lisp.js";
import { checkCons, checkList, checkString, checkSymbol, error, wrongType, xsignal } from "../signal.js";
import {
  pushCharBytes, Qbuffer_or_string_p, signalError, stringData, textPropHooks, unibyteFromBytes, validateSubarray,
} from "./common.js";
import { equal } from "./equal.js";
import { assq, carOf, get, member, memq, plistMember, plistPut, put } from "./lists.js";

defun("identity", "(argument)", `Return the ARGUMENT unchanged.`, (x: LispObject) => x);

// ---------------------------------------------------------------------------------------------
// random: glibc's random(3) (the additive feedback generator GNU Emacs uses on GNU/Linux), seeded the
// same way, so that (random "seed") gives the same sequence as GNU Emacs there.
// ---------------------------------------------------------------------------------------------
class Random {
  private state = new Int32Array(31);
  private f = 3;
  private r = 0;

  seed(seed: number): void {
    const st = this.state;
    let word = (seed >>> 0) === 0 ? 1 : seed | 0;
    st[0] = word;
    for (let i = 1; i < 31; i++) {
      const hi = Math.trunc(word / 127773);
      const lo = word % 127773;
      word = 16807 * lo - 2836 * hi;
      if (word < 0) word += 2147483647;
      st[i] = word;
    }
    this.f = 3; this.r = 0;
    for (let i = 0; i < 310; i++) this.next31();
  }

  /** One random(3) value: 31 random bits. */
  next31(): number {
    const st = this.state;
    const val = (st[this.f] + st[this.r]) | 0;
    st[this.f] = val;
    if (++this.f >= 31) { this.f = 0; this.r++; } else if (++this.r >= 31) this.r = 0;
    return val >>> 1;
  }

  /** GNU's get_random: a uniformly distributed 62-bit value (as an unsigned bigint). */
  next62(): bigint {
    const r1 = this.next31(), r2 = this.next31();
    let v = (BigInt(r1) << 31n) ^ BigInt(r2);
    v ^= v >> 2n;
    return v & INTMASK;
  }
}
const INTMASK = (1n << 62n) - 1n;

/** This module's per-world state (GNU: the statics of fns.c and sysdep.c). */
interface FnsState {
  /** The random number generator, seeded from the system's entropy at first use (GNU: init_random). */
  random?: Random;
  /** Features being required, innermost last (GNU: require_nesting_list). */
  requireNesting: LispObject[];
}
function state(): FnsState {
  return (E.ext.fns ??= { requireNesting: [] }) as FnsState;
}

// A world restored from the start-up snapshot must not replay the build's random sequence.
onStart(() => { const st = E.ext.fns as FnsState | undefined; if (st) st.random = undefined; });

function rng(): Random {
  const st = state();
  if (!st.random) { st.random = new Random(); st.random.seed(randomBytes(4).readUInt32LE(0)); }
  return st.random;
}

/** GNU's get_random_bignum: 61 bits at a time, rejecting the rare biased draws. */
function randomBignum(limit: bigint): bigint {
  const g = rng();
  for (;;) {
    let val = 0n, lim = limit, bits = 0n;
    do {
      val = (val << 61n) | (g.next62() >> 1n);
      bits += 61n;
      lim >>= 61n;
    } while (lim !== 0n);
    const rem = val % limit;
    if (val - rem <= (1n << bits) - limit) return rem;
  }
}

defun("random", "(&optional limit)", `Return a pseudo-random integer.
By default, return a fixnum; all fixnums are equally likely.
With positive integer LIMIT, return random integer in interval [0,LIMIT).
With argument t, set the random number seed from the system's entropy
pool if available, otherwise from less-random volatile data such as the time.
With a string argument, set the seed based on the string's contents.

See Info node \`(elisp)Random Numbers' for more details.`, (limit: LispObject) => {
  const g = rng();
  if (limit === T) g.seed(randomBytes(4).readUInt32LE(0));
  else if (limit instanceof LString) {
    const bytes = stringData(limit);
    const arg = [0, 0, 0, 0];
    for (let i = 0; i < bytes.length; i++) arg[i % 4] ^= bytes[i];
    g.seed((arg[0] | arg[1] << 8 | arg[2] << 16 | arg[3] << 24) >>> 0);
  }
  if (typeof limit === "bigint" && (limit > MOST_POSITIVE_FIXNUM || limit < MOST_NEGATIVE_FIXNUM)) {
    if (limit < 0n) wrongType(defsym("natnump"), limit);
    return normInt(randomBignum(limit));
  }
  let val = g.next62();
  const n = typeof limit === "number" ? BigInt(limit) : typeof limit === "bigint" ? limit : 0n;
  if (n > 0n) {
    for (;;) {
      const rem = val % n;
      if (val - rem <= INTMASK - n + 1n) return normInt(rem);
      val = g.next62();
    }
  }
  // make_ufixnum: the 62 bits read as a signed fixnum.
  return normInt(val >= 1n << 61n ? val - (1n << 62n) : val);
});

// ---------------------------------------------------------------------------------------------
// Features.
// ---------------------------------------------------------------------------------------------
const Qemacs = defsym("emacs");
// `bytecomp': tsmacs's file compiler is built in (compile/bytecomp-file.ts), so that (require 'bytecomp)
// does not load GNU's bytecomp.el over it under --gnu-lisp.
export const Vfeatures = defvar("features", () => list(defsym("bytecomp"), Qemacs), `A list of symbols which are the features of the executing Emacs.
Used by \`featurep' and \`require', and altered by \`provide'.`, { notSpecial: true });
const Qsubfeatures = defsym("subfeatures");
const Qprovide = defsym("provide");
const Qrequire = defsym("require");
const Qload = defsym("load");
const Qcurrent_load_list = defsym("current-load-list");
const Qload_in_progress = defsym("load-in-progress");
const Qafter_load_alist = defsym("after-load-alist");
const Qload_history = defsym("load-history");

/** The value of a variable owned by another module, or nil while it does not exist. */
function valueOrNil(sym: LSymbol): LispObject {
  const v = findSymbolValue(sym);
  return v === UNBOUND ? NIL : v;
}

/** GNU's LOADHIST_ATTACH: record X in current-load-list. */
function loadhistAttach(x: LispObject): void {
  if (findSymbolValue(Qcurrent_load_list) === UNBOUND) return;
  setInternal(Qcurrent_load_list, new Cons(x, valueOrNil(Qcurrent_load_list)));
}

defun("featurep", "(feature &optional subfeature)", `Return t if FEATURE is present in this Emacs.

Use this to conditionalize execution of lisp code based on the
presence or absence of Emacs or environment extensions.
Use \`provide' to declare that a feature is available.  This function
looks at the value of the variable \`features'.  The optional argument
SUBFEATURE can be used to check a specific subfeature of FEATURE.`, (feature: LispObject, subfeature: LispObject) => {
  checkSymbol(feature);
  let tem = memq(feature, findSymbolValue(Vfeatures));
  if (tem !== NIL && subfeature !== NIL) tem = member(subfeature, get(feature, Qsubfeatures));
  return tem === NIL ? NIL : T;
});

export const Fprovide = defun("provide", "(feature &optional subfeatures)", `Announce that FEATURE is a feature of the current Emacs.
The optional argument SUBFEATURES should be a list of symbols listing
particular subfeatures supported in this version of FEATURE.`, (feature: LispObject, subfeatures: LispObject) => {
  checkSymbol(feature);
  checkList(subfeatures);
  const features = findSymbolValue(Vfeatures);
  // Inside an autoload or require, remember how to undo this if the load fails (GNU: Vautoload_queue).
  const queue = E.ext.autoloadQueue as LispObject | undefined;
  if (queue !== undefined && queue !== NIL) E.ext.autoloadQueue = new Cons(new Cons(0, features), queue);
  if (memq(feature, features) === NIL) setInternal(Vfeatures, new Cons(feature, features));
  if (subfeatures !== NIL) put(feature, Qsubfeatures, subfeatures);
  loadhistAttach(new Cons(Qprovide, feature));
  // Run any load hooks registered for this feature.
  const hooks = assq(feature, valueOrNil(Qafter_load_alist));
  if (hooks instanceof Cons) for (let t = hooks.cdr; t instanceof Cons; t = t.cdr) funcall(t.car);
  return feature;
});

export const Frequire = defun("require", "(feature &optional filename noerror)", `If FEATURE is not already loaded, load it from FILENAME.
If FEATURE is not a member of the list \`features', then the feature was
not yet loaded; so load it from file FILENAME.

If FILENAME is omitted, the printname of FEATURE is used as the file
name, and \`load' is called to try to load the file by that name, after
appending the suffix \`.elc', \`.el', or the system-dependent suffix for
dynamic module files, in that order; but the function will not try to
load the file without any suffix.  See \`get-load-suffixes' for the
complete list of suffixes.

To find the file, this function searches the directories in \`load-path'.

If the optional third argument NOERROR is non-nil, then, if
the file is not found, the function returns nil instead of signaling
an error.  Normally the return value is FEATURE.

The normal messages issued by \`load' at start and end of loading
FILENAME are suppressed.`, (feature: LispObject, filename: LispObject, noerror: LispObject) => {
  const sym = checkSymbol(feature);
  // Record the require in the file being loaded (once per file).
  let fromFile = valueOrNil(Qload_in_progress) !== NIL;
  if (!fromFile) {
    for (let t = valueOrNil(Qcurrent_load_list); t instanceof Cons; t = t.cdr) {
      if (t.cdr === NIL && t.car instanceof LString) fromFile = true;
    }
  }
  if (fromFile) {
    const tem = new Cons(Qrequire, sym);
    if (member(tem, valueOrNil(Qcurrent_load_list)) === NIL) loadhistAttach(tem);
  }
  if (memq(sym, findSymbolValue(Vfeatures)) !== NIL) return sym;

  // A certain amount of recursive require is legitimate; the same feature three levels deep is not.
  const st = state();
  let nesting = 0;
  for (const f of st.requireNesting) if (equal(sym, f)) nesting++;
  if (nesting > 3) error(`Recursive ‘require’ for feature ‘${sym.name}’`);
  st.requireNesting.push(sym);
  // While the file loads, function definitions and `provide's are queued so that a failing load can
  // be undone (GNU: Vautoload_queue and un_autoload).
  const oldQueue = (E.ext.autoloadQueue as LispObject | undefined) ?? NIL;
  E.ext.autoloadQueue = T;
  try {
    const file = filename === NIL ? sym.nameString : filename;
    const loaded = funcall(Qload, file, noerror, T, NIL, filename === NIL ? T : NIL);
    if (loaded === NIL) return NIL;
    if (memq(sym, findSymbolValue(Vfeatures)) === NIL) {
      const last = carOf(carOf(valueOrNil(Qload_history)));
      if (last === NIL) error(`Required feature ‘${sym.name}’ was not provided`);
      error(`Loading file ${last instanceof LString ? last.s : String(last)} failed to provide feature ‘${sym.name}’`);
    }
    E.ext.autoloadQueue = T; // success: nothing to undo
    return sym;
  } finally {
    st.requireNesting.pop();
    unAutoload(oldQueue);
  }
});

/** Undoes the definitions queued since the queue was set to t, then restores OLDQUEUE (GNU: un_autoload). */
function unAutoload(oldQueue: LispObject): void {
  let queue = (E.ext.autoloadQueue as LispObject | undefined) ?? NIL;
  E.ext.autoloadQueue = oldQueue;
  for (; queue instanceof Cons; queue = queue.cdr) {
    const entry = queue.car;
    if (!(entry instanceof Cons)) continue;
    if (entry.car === 0) setInternal(Vfeatures, entry.cdr);
    else if (entry.car instanceof LSymbol) entry.car.setFunction(entry.cdr);
  }
}

// ---------------------------------------------------------------------------------------------
// Widgets (the C helpers of wid-edit.el).
// ---------------------------------------------------------------------------------------------
const Qwidget_type = defsym("widget-type");

function widgetGet(widget: LispObject, property: LispObject): LispObject {
  for (;;) {
    if (widget === NIL) return NIL;
    const w = checkCons(widget);
    const tmp = plistMember(w.cdr, property);
    if (tmp instanceof Cons) return carOf(tmp.cdr);
    if (w.car === NIL) return NIL;
    widget = get(w.car, Qwidget_type);
  }
}

defun("widget-put", "(widget property value)", `In WIDGET, set PROPERTY to VALUE.
The value can later be retrieved with \`widget-get'.`, (widget: LispObject, property: LispObject, value: LispObject) => {
  const w = checkCons(widget);
  w.cdr = plistPut(w.cdr, property, value);
  return value;
});

defun("widget-get", "(widget property)", `In WIDGET, get the value of PROPERTY.
The value could either be specified when the widget was created, or
later with \`widget-put'.`, widgetGet);

defun("widget-apply", "(widget property &rest args)", `Apply the value of WIDGET's PROPERTY to the widget itself.
Return the result of applying the value of PROPERTY to WIDGET.
ARGS are passed as extra arguments to the function.`, (widget: LispObject, property: LispObject, ...args: LispObject[]) =>
  funcall(widgetGet(widget, property), widget, ...args));

// ---------------------------------------------------------------------------------------------
// Base64.
// ---------------------------------------------------------------------------------------------
const B64 = ["ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/",
  "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"];
/** Byte → 1 + 6-bit value, -1 for ignored whitespace, 0 for invalid (GNU's base64_char_to_value). */
const B64_VALUE = B64.map((alphabet) => {
  const t = new Int8Array(256);
  for (const c of "\t\n\f\r ") t[c.charCodeAt(0)] = -1;
  for (let i = 0; i < 64; i++) t[alphabet.charCodeAt(i)] = i + 1;
  return t;
});
const MIME_LINE_LENGTH = 76;

/** The bytes base64 encodes: unibyte bytes, or characters below 256 and raw bytes of a multibyte string. */
function base64Input(s: LString): number[] {
  const js = s.s;
  const out: number[] = [];
  if (!s.multibyte) {
    for (let i = 0; i < js.length; i++) out.push(js.charCodeAt(i));
    return out;
  }
  for (let i = 0; i < js.length;) {
    let c = jsCharAt(js, i);
    i += c >= 0x10000 ? 2 : 1;
    if (c >= 0x3fff80) c -= 0x3fff00;
    else if (c >= 256) error("Multibyte character in data for base64 encoding");
    out.push(c);
  }
  return out;
}

function base64Encode(s: LString, lineBreak: boolean, pad: boolean, url: boolean): LString {
  const bytes = base64Input(s);
  const alphabet = B64[url ? 1 : 0];
  let out = "";
  let counter = 0;
  const n = bytes.length;
  for (let i = 0; i < n;) {
    if (lineBreak) {
      if (counter < MIME_LINE_LENGTH / 4) counter++;
      else { out += "\n"; counter = 1; }
    }
    const c1 = bytes[i++];
    out += alphabet[c1 >> 2];
    if (i === n) { out += alphabet[(c1 & 3) << 4]; if (pad) out += "=="; break; }
    const c2 = bytes[i++];
    out += alphabet[((c1 & 3) << 4) | (c2 >> 4)];
    if (i === n) { out += alphabet[(c2 & 15) << 2]; if (pad) out += "="; break; }
    const c3 = bytes[i++];
    out += alphabet[((c2 & 15) << 2) | (c3 >> 6)];
    out += alphabet[c3 & 63];
  }
  return new LString(out, false);
}

/** GNU's base64_decode_1 over bytes; null when the data is invalid. */
function base64Decode(f: Uint8Array, url: boolean): number[] | null {
  const val = B64_VALUE[url ? 1 : 0];
  const out: number[] = [];
  const n = f.length;
  let i = 0;
  // Next significant byte and its value, skipping whitespace; -1 at the end.
  let c = 0, v = 0;
  const next = (): boolean => {
    do {
      if (i === n) return false;
      c = f[i++];
      v = val[c];
    } while (v < 0);
    return true;
  };
  for (;;) {
    if (!next()) return out;
    if (v === 0) return null;
    let value = (v - 1) << 18;
    if (!next() || v === 0) return null;
    value += (v - 1) << 12;
    out.push((value >> 16) & 0xff);
    if (!next()) return url ? out : null;
    if (c === 61 /* = */) {
      do { if (i === n) return null; c = f[i++]; } while (val[c] < 0);
      if (c !== 61) return null;
      continue;
    }
    if (v === 0) return null;
    value += (v - 1) << 6;
    out.push((value >> 8) & 0xff);
    if (!next()) return url ? out : null;
    if (c === 61) continue;
    if (v === 0) return null;
    value += v - 1;
    out.push(value & 0xff);
  }
}

defun("base64-encode-string", "(string &optional no-line-break)", `Base64-encode STRING and return the result.
Optional second argument NO-LINE-BREAK means do not break long lines
into shorter lines.`, (string: LispObject, noLineBreak: LispObject) =>
  base64Encode(checkString(string), noLineBreak === NIL, true, false));

defun("base64url-encode-string", "(string &optional no-pad)", `Base64url-encode STRING and return the result.
Optional second argument NO-PAD means do not add padding char =.

This produces the URL variant of base 64 encoding defined in RFC 4648.`, (string: LispObject, noPad: LispObject) =>
  base64Encode(checkString(string), false, noPad === NIL, true));

defun("base64-decode-string", "(string &optional base64url)", `Base64-decode STRING and return the result as a string.
Optional argument BASE64URL determines whether to use the URL variant of
the base 64 encoding, as defined in RFC 4648.`, (string: LispObject, url: LispObject) => {
  const decoded = base64Decode(stringData(checkString(string)), url !== NIL);
  if (decoded === null) error("Invalid base64 data");
  return unibyteFromBytes(decoded);
});

// ---------------------------------------------------------------------------------------------
// md5 and secure-hash.
// ---------------------------------------------------------------------------------------------
const Qmd5 = defsym("md5");
const Qsha1 = defsym("sha1");
const Qsha224 = defsym("sha224");
const Qsha256 = defsym("sha256");
const Qsha384 = defsym("sha384");
const Qsha512 = defsym("sha512");
const Qiv_auto = defsym("iv-auto");
const Qcoding_system_error = defsym("coding-system-error");
const Qraw_text = defsym("raw-text");
const Qutf_8 = defsym("utf-8");

/** Coding systems this module can encode with, by base name (eol variants are accepted too). */
const KNOWN_CODINGS: Record<string, "utf-8" | "raw" | "latin-1" | "emacs"> = {
  "utf-8": "utf-8", "prefer-utf-8": "utf-8", "undecided": "utf-8", "utf-8-auto": "utf-8", "mule-utf-8": "utf-8",
  "utf-8-with-signature": "utf-8", "raw-text": "raw", "binary": "raw", "no-conversion": "raw",
  "utf-8-emacs": "emacs", "emacs-internal": "emacs", "iso-latin-1": "latin-1", "iso-8859-1": "latin-1",
  "latin-1": "latin-1", "us-ascii": "latin-1",
};
function codingKind(cs: LispObject): "utf-8" | "raw" | "latin-1" | "emacs" | null {
  if (!(cs instanceof LSymbol)) return null;
  const base = cs.name.replace(/-(unix|dos|mac)$/, "");
  if (Qcoding_system_p.f !== NIL) {
    // A coding module, when present, is the authority on which coding systems exist.
    if (funcall(Qcoding_system_p, cs) === NIL) return null;
    return KNOWN_CODINGS[base] ?? "utf-8";
  }
  return KNOWN_CODINGS[base] ?? null;
}
const Qcoding_system_p = defsym("coding-system-p");

/** Encodes a multibyte string for hashing (GNU: code_convert_string with the chosen coding system). */
function encodeForHash(s: LString, kind: "utf-8" | "raw" | "latin-1" | "emacs"): LString {
  const out: number[] = [];
  const js = s.s;
  for (let i = 0; i < js.length;) {
    const c = jsCharAt(js, i);
    i += c >= 0x10000 ? 2 : 1;
    if (c >= 0x3fff80 && kind !== "emacs") out.push(c - 0x3fff00);
    else if (kind === "latin-1") out.push(c < 256 ? c : 63);
    else pushCharBytes(out, c);
  }
  return unibyteFromBytes(out);
}

/** GNU's extract_data_from_object for strings and (iv-auto N): the bytes to hash. */
function extractData(object: LispObject, start: LispObject, end: LispObject, coding: LispObject,
  noerror: LispObject): Uint8Array {
  if (object instanceof LString) {
    if (coding === NIL) coding = object.multibyte ? Qutf_8 : Qraw_text;
    let kind = codingKind(coding);
    if (kind === null) {
      if (noerror !== NIL) kind = "raw";
      else xsignal(Qcoding_system_error, coding);
    }
    const s = object.multibyte ? encodeForHash(object, kind!) : object;
    const [from, to] = validateSubarray(s, start, end, s.length);
    return stringData(s).subarray(from, to);
  }
  if (object === Qiv_auto) {
    if (!(typeof start === "number" && start >= 0)) error("Without a length, `iv-auto' can't be used; see ELisp manual");
    return new Uint8Array(randomBytes(start));
  }
  if (object instanceof Vectorlike && object.lispType === "buffer") error("secure-hash of buffers is not supported yet");
  return signalError("Invalid object argument", object === NIL ? new LString("nil", false) : object);
}

function secureHash(algorithm: LispObject, object: LispObject, start: LispObject, end: LispObject,
  coding: LispObject, noerror: LispObject, binary: LispObject): LString {
  const alg = checkSymbol(algorithm);
  const data = extractData(object, start, end, coding, noerror);
  const names = new Map([[Qmd5, "md5"], [Qsha1, "sha1"], [Qsha224, "sha224"], [Qsha256, "sha256"],
    [Qsha384, "sha384"], [Qsha512, "sha512"]]);
  const name = names.get(alg);
  if (!name) error(`Invalid algorithm arg: ${alg.name}`);
  const digest = createHash(name).update(data).digest();
  if (binary === NIL) return new LString(digest.toString("hex"), false);
  return unibyteFromBytes(digest);
}

defun("secure-hash-algorithms", "()", `Return a list of all the supported \`secure-hash' algorithms.`,
  () => list(Qmd5, Qsha1, Qsha224, Qsha256, Qsha384, Qsha512));

defun("md5", "(object &optional start end coding-system noerror)", `Return MD5 message digest of OBJECT, a buffer or string.

A message digest is a cryptographic checksum of a document, and the
algorithm to calculate it is defined in RFC 1321.

The two optional arguments START and END are character positions
specifying for which part of OBJECT the message digest should be
computed.  If nil or omitted, the digest is computed for the whole
OBJECT.

The MD5 message digest is computed from the result of encoding the
text in a coding system, not directly from the internal Emacs form of
the text.  The optional fourth argument CODING-SYSTEM specifies which
coding system to encode the text with.  It should be the same coding
system that you used or will use when actually writing the text into a
file.

If CODING-SYSTEM is nil or omitted, the default depends on OBJECT.  If
OBJECT is a buffer, the default for CODING-SYSTEM is whatever coding
system would be chosen by default for writing this text into a file.

If OBJECT is a string, the most preferred coding system (see the
command \`prefer-coding-system') is used.

If NOERROR is non-nil, silently assume the \`raw-text' coding if the
guesswork fails.  Normally, an error is signaled in such case.

Note that MD5 is not collision resistant and should not be used for
anything security-related.  See \`secure-hash' for alternatives.`,
(object: LispObject, start: LispObject, end: LispObject, coding: LispObject, noerror: LispObject) =>
  secureHash(Qmd5, object, start, end, coding, noerror, NIL));

defun("secure-hash", "(algorithm object &optional start end binary)", `Return the secure hash of OBJECT, a buffer or string.
ALGORITHM is a symbol specifying the hash to use:
- md5    corresponds to MD5
- sha1   corresponds to SHA-1
- sha224 corresponds to SHA-2 (SHA-224)
- sha256 corresponds to SHA-2 (SHA-256)
- sha384 corresponds to SHA-2 (SHA-384)
- sha512 corresponds to SHA-2 (SHA-512)

The two optional arguments START and END are positions specifying for
which part of OBJECT to compute the hash.  If nil or omitted, uses the
whole OBJECT.

The full list of algorithms can be obtained with \`secure-hash-algorithms'.

If BINARY is non-nil, returns a string in binary form.

Note that MD5 and SHA-1 are not collision resistant and should not be
used for anything security-related.  For these applications, use one
of the other hash types instead, e.g. sha256 or sha512.`,
(algorithm: LispObject, object: LispObject, start: LispObject, end: LispObject, binary: LispObject) =>
  secureHash(algorithm, object, start, end, NIL, NIL, binary));

// ---------------------------------------------------------------------------------------------
// System information.
// ---------------------------------------------------------------------------------------------
defun("load-average", "(&optional use-floats)", `Return list of 1 minute, 5 minute and 15 minute load averages.

Each of the three load averages is multiplied by 100, then converted
to integer.

When USE-FLOATS is non-nil, floats will be used instead of integers.
These floats are not multiplied by 100.

If the 5-minute or 15-minute load averages are not available, return a
shortened list, containing only those averages which are available.

An error is thrown if the load average can't be obtained.  In some
cases making it work would require Emacs being installed setuid or
setgid so that it can read kernel information, and that usually isn't
advisable.`, (useFloats: LispObject) =>
  list(...loadavg().map((x) => (useFloats === NIL ? Math.trunc(100 * x) : new LFloat(x)))));

const Qcodeset = defsym("codeset");
const Qdays = defsym("days");
const Qmonths = defsym("months");
const Qpaper = defsym("paper");
const DAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
  "November", "December"];

defun("locale-info", "(item)", `Access locale data ITEM for the current C locale, if available.
ITEM should be one of the following:

\`codeset', returning the character set as a string (locale item CODESET);

\`days', returning a 7-element vector of day names (locale items DAY_n);

\`months', returning a 12-element vector of month names (locale items MON_n);

\`paper', returning a list of 2 integers (WIDTH HEIGHT) for the default
  paper size, both measured in millimeters (locale items _NL_PAPER_WIDTH,
  _NL_PAPER_HEIGHT).

If the system can't provide such information through a call to
\`nl_langinfo', or if ITEM isn't from the list above, return nil.

See also Info node \`(libc)Locales'.

The data read from the system are decoded using \`locale-coding-system'.`, (item: LispObject) => {
  // The C/POSIX (UTF-8) locale's answers, which is what a Node.js process can vouch for.
  if (item === Qcodeset) return new LString("UTF-8", false);
  if (item === Qdays) return DAYS.map((d) => LString.fromJs(d));
  if (item === Qmonths) return MONTHS.map((m) => LString.fromJs(m));
  if (item === Qpaper) return list(210, 297);
  return NIL;
});

// ---------------------------------------------------------------------------------------------
// Text properties.
// ---------------------------------------------------------------------------------------------
defun("object-intervals", "(object)", `Return a copy of the text properties of OBJECT.
OBJECT must be a buffer or a string.

Altering this copy does not change the layout of the text properties
in OBJECT.`, (object: LispObject) => {
  const isBuffer = object instanceof Vectorlike && object.lispType === "buffer";
  if (!(object instanceof LString) && !isBuffer) return wrongType(Qbuffer_or_string_p, object);
  const f = textPropHooks.intervals;
  return f ? f(object as LString | Vectorlike) : NIL;
});
