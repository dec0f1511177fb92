// JSON serialisation and parsing: json-serialize, json-insert, json-parse-string, json-parse-buffer
// (GNU: json.c over the jansson library; the parser here reproduces jansson's tokens, error texts and
// line/column/byte positions, which GNU passes through in its error data).
import { defun } from "./defun.js";
import { E } from "./env.js";
import { Cons, defsym, LFloat, LispObject, LString, LSymbol, NIL, T, UNBOUND, list, normInt } from "./lisp.js";
import { STANDARD_ERRORS, argsOutOfRange, checkString, wrongType, xsignal } from "./signal.js";
import { HashTable, hashTestEqual } from "./hashtable.js";
import { curBuf } from "./buffer.js";
import { insertLString } from "./insdel.js";
import { JsonSyntaxError, JsonParsed, parseJsonBytes } from "./json/parse.js";
import { encodeLispString, jsonQuote, formatJsonReal } from "./json/text.js";

STANDARD_ERRORS.push(
  ["json-out-of-memory", "not enough memory for creating JSON object", "json-error", "error"],
  ["json-parse-error", "could not parse JSON stream", "json-error", "error"],
  ["json-end-of-file", "end of JSON stream", "json-parse-error", "json-error", "error"],
  ["json-trailing-content", "trailing content after JSON stream", "json-parse-error", "json-error", "error"],
  ["json-object-too-deep", "object cyclic or Lisp evaluation too deep", "json-error", "error"],
);

const QCnull = defsym(":null");
const QCfalse = defsym(":false");
const QCobject_type = defsym(":object-type");
const QCarray_type = defsym(":array-type");
const QCnull_object = defsym(":null-object");
const QCfalse_object = defsym(":false-object");
const Qhash_table = defsym("hash-table");
const Qalist = defsym("alist");
const Qplist = defsym("plist");
const Qarray = defsym("array");
const Qlist = defsym("list");
const Qjson_value_p = defsym("json-value-p");
const Qjson_out_of_memory = defsym("json-out-of-memory");
const Qjson_object_too_deep = defsym("json-object-too-deep");
const Qjson_parse_error = defsym("json-parse-error");
const Qjson_end_of_file = defsym("json-end-of-file");
const Qjson_trailing_content = defsym("json-trailing-content");
const Qplistp = defsym("plistp");
const Qconsp = defsym("consp");
const Qlistp = defsym("listp");
const Qsymbolp = defsym("symbolp");
const Qstringp = defsym("stringp");
const Qcircular_list = defsym("circular-list");
const Qstring_without_embedded_nulls_p = defsym("string-without-embedded-nulls-p");
const Qutf_8_string_p = defsym("utf-8-string-p");

interface JsonConfig {
  objectType: "hash-table" | "alist" | "plist";
  arrayType: "array" | "list";
  nullObject: LispObject;
  falseObject: LispObject;
}

/** GNU json_parse_args: keyword arguments, the first occurrence of a keyword winning. */
function parseArgs(args: LispObject[], parsing: boolean): JsonConfig {
  const conf: JsonConfig = { objectType: "hash-table", arrayType: "array", nullObject: QCnull, falseObject: QCfalse };
  if (args.length % 2 !== 0) wrongType(Qplistp, list(...args));
  for (let i = args.length; i > 0; i -= 2) {
    const key = args[i - 2], value = args[i - 1];
    if (parsing && key === QCobject_type) {
      if (value === Qhash_table) conf.objectType = "hash-table";
      else if (value === Qalist) conf.objectType = "alist";
      else if (value === Qplist) conf.objectType = "plist";
      else wrongChoice([Qhash_table, Qalist, Qplist], value);
    } else if (parsing && key === QCarray_type) {
      if (value === Qarray) conf.arrayType = "array";
      else if (value === Qlist) conf.arrayType = "list";
      else wrongChoice([Qarray, Qlist], value);
    } else if (key === QCnull_object) conf.nullObject = value;
    else if (key === QCfalse_object) conf.falseObject = value;
    else wrongChoice(parsing ? [QCobject_type, QCarray_type, QCnull_object, QCfalse_object] : [QCnull_object, QCfalse_object], value);
  }
  return conf;
}

/** GNU wrong_choice: "One of a, b or c should be specified". */
function wrongChoice(choices: LSymbol[], value: LispObject): never {
  const names = choices.map((c) => c.name);
  const text = names.length === 1 ? names[0] : `${names.slice(0, -1).join(", ")} or ${names[names.length - 1]}`;
  return xsignal(defsym("error"), LString.fromJs(`One of ${text} should be specified`), value);
}

// ---------------------------------------------------------------- serialisation

/** The UTF-8 text of a Lisp string for JSON, or the wrong-type-argument GNU signals for invalid text. */
function stringText(s: LString): string {
  const enc = encodeLispString(s);
  if (enc.text === null) wrongType(Qutf_8_string_p, enc.bytes);
  return enc.text;
}

/** A key for a JSON object: no NUL characters (jansson keys are C strings), valid UTF-8. */
function keyText(s: LString): string {
  const enc = encodeLispString(s);
  if (enc.hasNul) wrongType(Qstring_without_embedded_nulls_p, enc.bytes);
  if (enc.text === null) wrongType(Qutf_8_string_p, enc.bytes);
  return enc.text;
}

class Serializer {
  private depth: number;
  private readonly maxDepth: number;
  constructor(private conf: JsonConfig) {
    this.depth = E.depth;
    this.maxDepth = E.maxDepth;
  }

  value(x: LispObject): string {
    const conf = this.conf;
    if (x === conf.nullObject) return "null";
    if (x === conf.falseObject) return "false";
    if (x === T) return "true";
    // Fixnums are safe JS integers; bignums must fit jansson's 64-bit integers.
    if (typeof x === "number") return String(x);
    if (typeof x === "bigint") {
      if (x < -(2n ** 63n) || x > 2n ** 63n - 1n) argsOutOfRange(x, normInt(-(2n ** 63n)), normInt(2n ** 63n - 1n));
      return x.toString();
    }
    if (x instanceof LFloat) {
      // jansson refuses non-finite reals by failing to allocate them, which GNU reports as out of memory.
      if (!Number.isFinite(x.n)) xsignal(Qjson_out_of_memory);
      return formatJsonReal(x.n);
    }
    if (x instanceof LString) return jsonQuote(stringText(x));
    return this.nonScalar(x);
  }

  private nonScalar(x: LispObject): string {
    // GNU counts nesting against max-lisp-eval-depth, which also catches cyclic structures.
    if (++this.depth > this.maxDepth) xsignal(Qjson_object_too_deep);
    const out = this.nonScalar1(x);
    this.depth--;
    return out;
  }

  private nonScalar1(x: LispObject): string {
    if (Array.isArray(x)) return "[" + x.map((e) => this.value(e)).join(",") + "]";
    if (x instanceof HashTable) {
      const seen = new Set<string>();
      const parts: string[] = [];
      for (let i = 0; i < x.top; i++) {
        const key = x.keys[i];
        if (key === UNBOUND) continue;
        if (!(key instanceof LString)) wrongType(Qstringp, key);
        const k = keyText(key as LString);
        // Possible when the table's test is not `equal'.
        if (seen.has(k)) wrongType(Qjson_value_p, x);
        seen.add(k);
        parts.push(jsonQuote(k) + ":" + this.value(x.vals[i]));
      }
      return "{" + parts.join(",") + "}";
    }
    if (x === NIL) return "{}";
    if (x instanceof Cons) return this.listObject(x);
    return wrongType(Qjson_value_p, x);
  }

  /** An alist or plist (told apart by its first element), the first occurrence of a key winning. */
  private listObject(lisp: Cons): string {
    const isPlist = !(lisp.car instanceof Cons);
    const seen = new Set<string>();
    const parts: string[] = [];
    let tail: LispObject = lisp;
    let slow: LispObject = lisp;
    let steps = 0;
    while (tail instanceof Cons) {
      let key: LispObject, value: LispObject;
      if (isPlist) {
        key = tail.car;
        tail = tail.cdr;
        if (!(tail instanceof Cons)) wrongType(Qconsp, tail);
        value = (tail as Cons).car;
      } else {
        const pair = tail.car;
        if (!(pair instanceof Cons)) wrongType(Qconsp, pair);
        key = (pair as Cons).car;
        value = (pair as Cons).cdr;
      }
      if (!(key instanceof LSymbol)) wrongType(Qsymbolp, key);
      let k = keyText((key as LSymbol).nameString);
      // In plists the leading colon of keywords is dropped (and put back when parsing to a plist).
      if (isPlist && k.length > 1 && k[0] === ":") k = k.slice(1);
      if (!seen.has(k)) { seen.add(k); parts.push(jsonQuote(k) + ":" + this.value(value)); }
      tail = (tail as Cons).cdr;
      if ((++steps & 1) === 0 && slow instanceof Cons) {
        slow = slow.cdr;
        if (slow === tail && tail instanceof Cons) xsignal(Qcircular_list, lisp);
      }
    }
    if (tail !== NIL) wrongType(Qlistp, lisp);
    return "{" + parts.join(",") + "}";
  }
}

defun("json-serialize", "(object &rest args)", `Return the JSON representation of OBJECT as a string.

OBJECT must be t, a number, string, vector, hashtable, alist, plist,
or the Lisp equivalents to the JSON null and false values, and its
elements must recursively consist of the same kinds of values.  t will
be converted to the JSON true value.  Vectors will be converted to
JSON arrays, whereas hashtables, alists and plists are converted to
JSON objects.  Hashtable keys must be strings without embedded null
characters and must be unique within each object.  Alist and plist
keys must be symbols; if a key is duplicate, the first instance is
used.

The Lisp equivalents to the JSON null and false values are
configurable in the arguments ARGS, a list of keyword/argument pairs:

The keyword argument \`:null-object' specifies which object to use
to represent a JSON null value.  It defaults to \`:null'.

The keyword argument \`:false-object' specifies which object to use to
represent a JSON false value.  It defaults to \`:false'.

In you specify the same value for \`:null-object' and \`:false-object',
a potentially ambiguous situation, the JSON output will not contain
any JSON false values.`,
(object, ...args) => LString.fromJs(new Serializer(parseArgs(args, false)).value(object), true));

defun("json-insert", "(object &rest args)", `Insert the JSON representation of OBJECT before point.
This is the same as (insert (json-serialize OBJECT)), but potentially
faster.  See the function \`json-serialize' for allowed values of
OBJECT.`,
(object, ...args) => {
  const text = new Serializer(parseArgs(args, false)).value(object);
  const b = curBuf();
  // A unibyte buffer receives the UTF-8 bytes themselves.
  insertLString(b.multibyte ? LString.fromJs(text, true) : new LString(utf8Bytes(text), false));
  return NIL;
});

function utf8Bytes(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let s = "";
  for (let i = 0; i < bytes.length; i++) s += String.fromCharCode(bytes[i]);
  return s;
}

// ---------------------------------------------------------------- parsing

/** Converts a parsed JSON value to Lisp under CONF. */
function toLisp(v: JsonParsed, conf: JsonConfig): LispObject {
  switch (v.kind) {
    case "true": return T;
    case "false": return conf.falseObject;
    case "null": return conf.nullObject;
    case "int": return normInt(v.value);
    case "real": return new LFloat(v.value);
    case "string": return LString.fromJs(v.value, true);
    case "array": {
      const items = v.items.map((e) => toLisp(e, conf));
      return conf.arrayType === "array" ? items : list(...items);
    }
    case "object": {
      if (conf.objectType === "hash-table") {
        const h = new HashTable(hashTestEqual, Math.max(1, v.entries.size));
        for (const [k, e] of v.entries) h.put(LString.fromJs(k, true), toLisp(e, conf));
        return h;
      }
      const out: LispObject[] = [];
      for (const [k, e] of v.entries) {
        if (conf.objectType === "alist") out.push(new Cons(intern(k), toLisp(e, conf)));
        else out.push(intern(":" + k), toLisp(e, conf));
      }
      return list(...out);
    }
  }
}

function intern(name: string): LSymbol { return E.intern(name); }

/** Signals GNU's error for a jansson parse error. */
function signalParseError(e: JsonSyntaxError): never {
  const sym = e.code === "premature-end" ? Qjson_end_of_file
    : e.code === "end-expected" ? Qjson_trailing_content : Qjson_parse_error;
  return xsignal(sym, LString.fromJs(e.message, true), LString.fromJs(e.source, true), e.line, e.column, e.position);
}

/** The keyword arguments shared by both parsers, as their docstrings describe them. */
const PARSE_ARGS_DOC = `The arguments ARGS are a list of keyword/argument pairs:

The keyword argument \`:object-type' specifies which Lisp type is used
to represent objects; it can be \`hash-table', \`alist' or \`plist'.  It
defaults to \`hash-table'.

The keyword argument \`:array-type' specifies which Lisp type is used
to represent arrays; it can be \`array' (the default) or \`list'.

The keyword argument \`:null-object' specifies which object to use
to represent a JSON null value.  It defaults to \`:null'.

The keyword argument \`:false-object' specifies which object to use to
represent a JSON false value.  It defaults to \`:false'.`;

defun("json-parse-string", "(string &rest args)", `Parse the JSON STRING into a Lisp object.
This is essentially the reverse operation of \`json-serialize', which
see.  The returned object will be the JSON null value, the JSON false
value, t, a number, a string, a vector, a list, a hashtable, an alist,
or a plist.  Its elements will be further objects of these types.  If
there are duplicate keys in an object, all but the last one are
ignored.  If STRING doesn't contain a valid JSON object, this function
signals an error of type \`json-parse-error'.

${PARSE_ARGS_DOC}`,
(string, ...args) => {
  const s = checkString(string);
  const enc = encodeLispString(s);
  if (enc.hasNul) wrongType(Qstring_without_embedded_nulls_p, enc.bytes);
  const conf = parseArgs(args, true);
  const r = parseJsonBytes(enc.raw, "<string>", false);
  if (r instanceof JsonSyntaxError) signalParseError(r);
  return toLisp(r.value, conf);
});

defun("json-parse-buffer", "(&rest args)", `Read JSON object from current buffer starting at point.
Move point after the end of the object if parsing was successful.
On error, don't move point.

The returned object will be a vector, list, hashtable, alist, or
plist.  Its elements will be the JSON null value, the JSON false
value, t, numbers, strings, or further vectors, lists, hashtables,
alists, or plists.  If there are duplicate keys in an object, all
but the last one are ignored.

If the current buffer doesn't contain a valid JSON object, the
function signals an error of type \`json-parse-error'.

${PARSE_ARGS_DOC}`,
(...args) => {
  const conf = parseArgs(args, true);
  const b = curBuf();
  const text = new LString(b.slice(b.pt, b.zv), b.multibyte);
  // The buffer's bytes as Emacs stores them: raw bytes of a multibyte buffer are two-byte sequences.
  const enc = encodeLispString(text, true);
  const r = parseJsonBytes(enc.raw, "<callback>", true);
  if (r instanceof JsonSyntaxError) signalParseError(r);
  const value = toLisp(r.value, conf);
  b.pt += b.multibyte ? charsInBytes(enc.raw, r.position) : r.position;
  return value;
});

/** Number of characters in the first N bytes of UTF-8-like BYTES (every non-continuation byte starts one). */
function charsInBytes(bytes: Uint8Array, n: number): number {
  let count = 0;
  for (let i = 0; i < n; i++) if ((bytes[i] & 0xc0) !== 0x80) count++;
  return count;
}

defun("json-available-p", "()", "Return non-nil if libjansson is available (internal use only).", () => T);

