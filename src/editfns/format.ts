// `format' and `format-message' (GNU: editfns.c styled_format, Fformat, Fformat_message).
//
// styled_format is followed closely, quirks included: a result that needs no change is the format string
// itself, "%s" alone answers its argument, widths and %s precision count display columns, and numbers
// are assembled from sign, prefix, zeros and digits exactly as GNU pads them.
import { defun, defvar } from "../defun.js";
import { findSymbolValue } from "../env.js";
import {
  charToJs, jsCharAt, LFloat, LispObject, list, LString, LSymbol, MAX_CHAR, MOST_NEGATIVE_FIXNUM, MOST_POSITIVE_FIXNUM,
  NIL,
} from "../lisp.js";
import { error, LispSignal, Qcharacterp, Qerror, Qoverflow_error, Qstringp, wrongType, xsignal } from "../signal.js";
import { cFormatFloat } from "../print/float.js";
import { prin1ToLString } from "../print.js";
import { stringIntervals, unibyteToMultibyte } from "../print/printer.js";
import { applyQuotingStyle, Qcurve, Qstraight, textQuotingStyle } from "./quoting.js";
import { stringWidth } from "./width.js";

export const Vbinary_as_unsigned = defvar("binary-as-unsigned", NIL, `Non-nil means \`format' %x and %o treat integers as unsigned.
This has machine-dependent results.  Nil means to treat integers as
signed, which is portable and is the default; for example, if N is a
negative integer, (read (format "#x%x" N)) returns N only when this
variable is nil.

This variable is experimental; email 32252@debbugs.gnu.org if you need
it to be non-nil.`);

/** Largest precision for which a float conversion can still produce nonzero digits (GNU: USEFUL_PRECISION_MAX, x86 long double). */
const USEFUL_PRECISION_MAX = 16382;
/** JS strings cannot hold GNU's maximum string size; larger requests fail as GNU's overflow does. */
const MAX_WIDTH = 1 << 28;

/** Signals GNU's `error' with a message whose quotes follow text-quoting-style (GNU: verror via doprnt). */
function formatError(msg: string): never {
  throw new LispSignal(Qerror, list(applyQuotingStyle(LString.fromJs(msg), false)));
}

function stringOverflow(): never { return error("Maximum string size exceeded"); }

/** What styled_format records per %-spec (GNU: struct info); positions only when properties matter. */
interface Spec {
  /** The argument, once converted to a string if the spec needed that. */
  argument: LispObject;
  /** Character positions of the field in the result, and JS index of its `%' in the format. */
  start: number;
  end: number;
  fbeg: number;
  /** The argument is a string with text properties. */
  intervals: boolean;
}

/**
 * How `format' puts text properties on its result: the text-property module provides `add'
 * (GNU: add_text_properties). Without it, results carry no properties.
 */
export const formatPropHooks: { add?: (s: LString, start: number, end: number, plist: LispObject) => void } = {};

/** Number of characters in JS string S (surrogate pairs count once). */
function charCount(s: string): number {
  let n = s.length;
  for (let i = 0; i < s.length; i++) { const u = s.charCodeAt(i); if (u >= 0xd800 && u <= 0xdfff) { n--; i++; } }
  return n;
}

/** Parses decimal digits at I (GNU: str2num); returns [value, next index]. */
function str2num(s: string, i: number): [number, number] {
  let n = 0;
  while (i < s.length) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) break;
    n = Math.min(n * 10 + (c - 48), Number.MAX_SAFE_INTEGER);
    i++;
  }
  return [n, i];
}

/** `format' (MESSAGE false) and `format-message' (MESSAGE true) on ARGS = [FORMAT-STRING, OBJECTS...]. */
export function styledFormat(args: LispObject[], message: boolean): LispObject {
  const fmtObj = args[0];
  if (!(fmtObj instanceof LString)) return wrongType(Qstringp, fmtObj);
  const fmt = fmtObj.s;
  const multibyteFormat = fmtObj.multibyte;
  let multibyte = multibyteFormat;
  for (let i = 1; !multibyte && i < args.length; i++) {
    const a = args[i];
    if (a instanceof LString && a.multibyte) multibyte = true;
  }
  const quoting = message ? textQuotingStyle() : NIL;
  const specs: Spec[] = [];
  // Text properties of the format or of string arguments go to the result: then positions are tracked,
  // and `discarded' marks what of the format was not copied (1), or is a character's second unit (2).
  let track = fmtObj.intervals !== null;
  for (let i = 1; !track && i < args.length; i++) { const a = args[i]; if (a instanceof LString && a.intervals !== null) track = true; }
  const discarded = track ? new Uint8Array(fmt.length) : null;

  retry: for (;;) {
    let out = "";
    let n = 0;
    let ispec = 0;
    let newResult = false;
    let nchars = 0;
    let i = 0;
    while (i < fmt.length) {
      const c0 = fmt.charCodeAt(i);
      if (c0 === 37 /* % */) {
        const specStart = i;
        i++;
        if (i < fmt.length && isDigit(fmt.charCodeAt(i))) {
          const [num, end] = str2num(fmt, i);
          if (fmt.charCodeAt(end) === 36 /* $ */) { n = num - 1; i = end + 1; }
        }
        let minus = false, plus = false, space = false, sharp = false, zero = false;
        for (; i < fmt.length; i++) {
          const f = fmt.charCodeAt(i);
          if (f === 45) minus = true;
          else if (f === 43) plus = true;
          else if (f === 32) space = true;
          else if (f === 35) sharp = true;
          else if (f === 48) zero = true;
          else break;
        }
        space &&= !plus;
        zero &&= !minus;
        let [fieldWidth, j] = str2num(fmt, i);
        if (fieldWidth >= MAX_WIDTH) stringOverflow();
        const precisionGiven = fmt.charCodeAt(j) === 46;
        let precision = Infinity;
        if (precisionGiven) [precision, j] = str2num(fmt, j + 1);
        i = j;
        if (i >= fmt.length) formatError("Format string ends in middle of format specifier");
        const conversion = jsCharAt(fmt, i);
        i += conversion >= 0x10000 ? 2 : 1;
        if (conversion === 37) {
          if (discarded) { discarded.fill(1, specStart, i - 1); nchars++; }
          out += "%";
          newResult = true;
          continue;
        }
        if (discarded) discarded.fill(1, specStart, i);
        ++n;
        if (!(n < args.length)) formatError("Not enough arguments for format string");
        let spec = specs[ispec];
        if (!spec) spec = specs[ispec] = { argument: args[n], start: 0, end: 0, fbeg: 0, intervals: false };
        spec.fbeg = specStart;
        ispec++;
        let arg = spec.argument;
        let conv = conversion;
        if (conv === 83 /* S */ || (conv === 115 /* s */ && !(arg instanceof LString) && !(arg instanceof LSymbol))) {
          if (arg === args[n]) {
            spec.argument = arg = prin1ToLString(arg, conv !== 83);
            if (arg.multibyte && !multibyte) { multibyte = true; continue retry; }
          }
          conv = 115;
        } else if (conv === 99 /* c */) {
          if (isFixnum(arg) && !(typeof arg === "number" && arg >= 0 && arg <= 127)) {
            if (!multibyte) { multibyte = true; continue retry; }
            if (typeof arg !== "number" || arg < 0 || arg > MAX_CHAR) wrongType(Qcharacterp, arg);
            spec.argument = arg = new LString(charToJs(arg), true);
          }
          if (arg !== args[n]) conv = 115;
          zero = false;
        }
        if (arg instanceof LSymbol) {
          spec.argument = arg = arg.nameString;
          // GNU's ASCII symbol names are unibyte; tsmacs's name strings may be marked multibyte.
          if (arg.multibyte && !multibyte && /[^\x00-\x7f]/.test(arg.s)) { multibyte = true; continue retry; }
        }
        if (conv === 115) {
          const str = arg as LString;
          // "%s" alone answers the argument itself.
          if (i === fmt.length && specStart === 0 && i === 2 && !fmtObj.intervals) return str;
          const [text, padding] = fieldText(str, multibyte, fieldWidth, precisionGiven ? precision : -1);
          const pad = padding > 0 ? " ".repeat(padding) : "";
          out += minus ? text + pad : pad + text;
          if (discarded) {
            // With properties on the format, the field includes its left padding (GNU: spec->start).
            spec.start = fmtObj.intervals !== null || minus ? nchars : nchars + padding;
            nchars += padding + charCount(text);
            spec.end = nchars;
            spec.intervals = str.intervals !== null;
          }
          newResult = true;
          continue;
        }
        if (!isNumericConversion(conv)) formatError("Invalid format operation %" + String.fromCodePoint(conversionChar(conv)));
        if (!(isFixnum(arg) || ((typeof arg === "bigint" || arg instanceof LFloat) && conv !== 99))) {
          formatError("Format specifier doesn't match argument type");
        }
        const num = formatNumber(arg as number | bigint | LFloat, String.fromCharCode(conv), {
          minus, plus, space, sharp, zero, fieldWidth, precisionGiven, precision,
        });
        out += num;
        if (discarded) { spec.start = nchars; nchars += num.length; spec.end = nchars; }
        newResult = true;
        continue;
      }
      // A run of ordinary characters, copied at once.
      let end = fmt.indexOf("%", i);
      if (end < 0) end = fmt.length;
      if (quoting === Qcurve || quoting === Qstraight) {
        const q1 = fmt.indexOf("`", i), q2 = quoting === Qcurve ? fmt.indexOf("'", i) : -1;
        if (q1 >= 0 && q1 < end) end = q1;
        if (q2 >= 0 && q2 < end) end = q2;
      }
      if (end > i) {
        let run = fmt.slice(i, end);
        if (!multibyteFormat && multibyte) {
          const conv = unibyteToMultibyte(run);
          if (conv !== run) { run = conv; newResult = true; }
        }
        out += run;
        if (discarded) {
          for (let k = i; k < end; k++) {
            const u = fmt.charCodeAt(k);
            if (u >= 0xd800 && u <= 0xdfff) { discarded[++k] = 2; }
            nchars++;
          }
        }
        i = end;
        continue;
      }
      // A quote to translate.
      const c = jsCharAt(fmt, i);
      const w = c >= 0x10000 ? 2 : 1;
      if (discarded) { nchars++; if (w === 2) discarded[i + 1] = 2; }
      i += w;
      if ((c === 96 || c === 39) && quoting === Qcurve) {
        if (!multibyte) { multibyte = true; continue retry; }
        out += c === 96 ? "‘" : "’";
        newResult = true;
      } else if (c === 96 && quoting === Qstraight) {
        out += "'";
        newResult = true;
      } else out += w === 1 ? fmt[i - 1] : fmt.slice(i - 2, i);
    }
    if (!newResult) return fmtObj;
    if (out.length >= MAX_WIDTH * 2) stringOverflow();
    const val = new LString(out, multibyte);
    if (discarded) addFormatProperties(val, fmtObj, specs, ispec, discarded);
    return val;
  }
}

/**
 * Puts the format's text properties on VAL, with positions moved past what the fields replaced, then
 * each string argument's properties on its field (GNU: the end of styled_format).
 */
function addFormatProperties(val: LString, fmtObj: LString, specs: Spec[], nspec: number, discarded: Uint8Array): void {
  const add = formatPropHooks.add;
  if (!add) return;
  const fmtProps = stringIntervals(fmtObj);
  if (fmtProps) {
    let bytepos = 0, position = 0, translated = 0, fieldn = 0;
    const advance = (pos: number): void => {
      for (; position < pos; bytepos++) {
        const d = discarded[bytepos];
        if (d === 0) { position++; translated++; }
        else if (d === 1) {
          position++;
          const sp = specs[fieldn];
          if (fieldn < nspec && bytepos >= sp.fbeg && translated === sp.start) {
            translated += sp.end - sp.start;
            fieldn++;
          }
        }
      }
    };
    const items: [number, number, LispObject][] = [];
    for (const [start, end, plist] of fmtProps) {
      advance(start);
      const from = translated;
      advance(end);
      items.push([from, translated, plist]);
    }
    for (const [from, to, plist] of items) add(val, from, to, plist);
  }
  for (let k = 0; k < nspec; k++) {
    const sp = specs[k];
    if (!sp.intervals) continue;
    const arg = sp.argument as LString;
    const props = stringIntervals(arg);
    if (!props) continue;
    // GNU: extend_property_ranges — ranges are cut at the field's end, or stretched over its padding.
    const len = arg.length, newLen = sp.end - sp.start;
    for (const [start, end, plist] of props) {
      if (start >= newLen) continue;
      const e = (end === len && end !== newLen) || end > newLen ? newLen : end;
      add(val, sp.start + start, sp.start + e, plist);
    }
  }
}

function isDigit(c: number): boolean { return c >= 48 && c <= 57; }
/** GNU's FIXNUMP: 62-bit integers, some of which are bigints here. */
function isFixnum(x: LispObject): x is number | bigint {
  return typeof x === "number" || (typeof x === "bigint" && x >= MOST_NEGATIVE_FIXNUM && x <= MOST_POSITIVE_FIXNUM);
}
function isNumericConversion(c: number): boolean {
  // c d e f g i o x X
  return c === 99 || c === 100 || c === 101 || c === 102 || c === 103 || c === 105 || c === 111 || c === 120 || c === 88;
}
/** GNU reports the character in the format at the conversion's position. */
function conversionChar(c: number): number { return c > 0x10ffff ? 0xfffd : c; }

/** A %s field: STR truncated to PRECISION columns (-1: none), and the padding that makes it WIDTH columns. */
function fieldText(str: LString, multibyte: boolean, width: number, precision: number): [string, number] {
  let text: string;
  let cols: number;
  if (precision === 0) { text = ""; cols = 0; }
  else {
    const [w, jsEnd] = stringWidth(str, precision);
    cols = w;
    text = jsEnd === str.s.length ? str.s : str.s.slice(0, jsEnd);
  }
  if (multibyte && !str.multibyte) text = unibyteToMultibyte(text);
  return [text, cols < width ? width - cols : 0];
}

interface NumFlags {
  minus: boolean; plus: boolean; space: boolean; sharp: boolean; zero: boolean;
  fieldWidth: number; precisionGiven: boolean; precision: number;
}

const TWO62 = 1n << 62n;
const TWO63 = 1n << 63n;
const TWO64 = 1n << 64n;

/** One numeric conversion (c d i o x X e f g), laid out exactly as styled_format does. */
function formatNumber(arg: number | bigint | LFloat, conv: string, fl: NumFlags): string {
  let { plus, space, sharp, zero } = fl;
  const { minus, fieldWidth, precisionGiven, precision } = fl;
  if (conv === "d" || conv === "i") sharp = false;
  const floatConv = conv === "e" || conv === "f" || conv === "g";
  if (!(floatConv || conv === "c")) zero &&= !precisionGiven;
  let prec = precisionGiven ? Math.min(precision, USEFUL_PRECISION_MAX) : -1;
  let prefix = "";
  let p: string;
  if (floatConv) {
    let v: number | bigint;
    if (arg instanceof LFloat) v = arg.n;
    else if (typeof arg === "number") v = arg;
    // Integers that fit in 64 bits are formatted exactly (GNU uses long double); others as doubles.
    else v = arg >= -TWO63 && arg < TWO64 ? arg : Number(arg);
    p = cFormatFloat(v, conv as "e" | "f" | "g", prec, { plus, space, sharp });
  } else if (conv === "c") {
    p = prec !== 0 ? String.fromCharCode(arg as number) : "";
  } else {
    let big: bigint | null = typeof arg === "bigint" && !isFixnum(arg) ? arg : null;
    if (arg instanceof LFloat && conv !== "d" && conv !== "i") {
      const d = arg.n;
      if (!(Math.abs(d) < 18446744073709551616)) {
        if (!Number.isFinite(d)) xsignal(Qoverflow_error);
        big = BigInt(Math.trunc(d));
      }
    }
    if (big !== null) {
      const base = conv === "d" || conv === "i" ? 10 : conv === "o" ? 8 : 16;
      p = big.toString(base);
      if (conv === "X") p = p.toUpperCase();
      const negative = p.charCodeAt(0) === 45;
      prec = Math.min(precision, p.length);
      if ((plus || space) && !negative) prefix = plus ? "+" : " ";
      if (sharp && base === 16) prefix += "0" + conv;
    } else if (conv === "d" || conv === "i") {
      if (!(arg instanceof LFloat)) p = cInteger(arg, prec, plus, space);
      else {
        let x = Math.trunc((arg as LFloat).n);
        if (x === 0) x = 0; // -0 prints as 0 (GNU bug#31938)
        p = cFormatFloat(x, "f", 0, { plus, space });
        const signedp = !isDigit(p.charCodeAt(0)) ? 1 : 0;
        prec = Math.min(precision, p.length - signedp);
      }
    } else {
      let x: bigint | number;
      let negative: boolean;
      if (!(arg instanceof LFloat)) {
        if (findSymbolValue(Vbinary_as_unsigned) !== NIL) { x = arg < 0 ? BigInt(arg) + TWO62 : arg; negative = false; }
        else { negative = arg < 0; x = arg < 0 ? -arg : arg; }
      } else {
        const d = (arg as LFloat).n;
        negative = d <= -1;
        const t = Math.trunc(Math.abs(d));
        x = Number.isSafeInteger(t) ? t : BigInt(t);
      }
      const sign = negative ? "-" : plus ? "+" : space ? " " : "";
      p = sign + cUnsigned(x, conv, prec, sharp);
    }
  }
  // Precision beyond what the conversion produced: leading zeros for integers, trailing for floats.
  let excess = precisionGiven ? precision - prec : 0;
  let trailingZeros = 0;
  if (excess !== 0 && floatConv) {
    if (!isDigit(p.charCodeAt(p.length - 1)) || (conv === "g" && !(sharp && p.includes(".")))) excess = 0;
    trailingZeros = excess;
  }
  let leadingZeros = excess - trailingZeros;
  const numwidth = prefix.length + p.length + excess;
  if (numwidth >= MAX_WIDTH) stringOverflow();
  let padding = numwidth < fieldWidth ? fieldWidth - numwidth : 0;
  const c0 = p.charCodeAt(0);
  const signedp = c0 === 45 || c0 === 43 || c0 === 32 ? 1 : 0;
  const beglen = signedp + (p.charCodeAt(signedp) === 48 && (p[signedp + 1] === "x" || p[signedp + 1] === "X") ? 2 : 0);
  if (zero && isHexDigit(p.charCodeAt(beglen))) { leadingZeros += padding; padding = 0; }
  if (leadingZeros === 0 && sharp && conv === "o" && p.charCodeAt(beglen) !== 48) {
    leadingZeros++;
    if (padding !== 0) padding--;
  }
  let endlen = 0;
  if (trailingZeros && (conv === "e" || conv === "g")) {
    const e = p.indexOf("e");
    if (e >= 0) endlen = p.length - e;
  }
  if (padding === 0 && leadingZeros === 0 && trailingZeros === 0 && prefix === "") return p;
  const lead = minus ? 0 : padding;
  return " ".repeat(lead) + p.slice(0, beglen) + prefix + "0".repeat(leadingZeros) + p.slice(beglen, p.length - endlen)
    + "0".repeat(trailingZeros) + p.slice(p.length - endlen) + " ".repeat(padding - lead);
}

function isHexDigit(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102);
}

/** C's "%+ .*jd" of a fixnum. */
function cInteger(x: number | bigint, prec: number, plus: boolean, space: boolean): string {
  const sign = x < 0 ? "-" : plus ? "+" : space ? " " : "";
  let digits = x === 0 && prec === 0 ? "" : String(x < 0 ? -x : x);
  if (prec > digits.length) digits = "0".repeat(prec - digits.length) + digits;
  return sign + digits;
}

/** C's "%#.*jo" / "%#.*jx" / "%#.*jX" of a non-negative integer. */
function cUnsigned(x: number | bigint, conv: string, prec: number, sharp: boolean): string {
  const base = conv === "o" ? 8 : 16;
  let digits = (x === 0 || x === 0n) && prec === 0 ? "" : x.toString(base);
  if (conv === "X") digits = digits.toUpperCase();
  if (prec > digits.length) digits = "0".repeat(prec - digits.length) + digits;
  if (sharp) {
    if (conv === "o") { if (digits.charCodeAt(0) !== 48) digits = "0" + digits; }
    else if (x !== 0 && x !== 0n) digits = "0" + conv + digits;
  }
  return digits;
}

// ---------------------------------------------------------------------------------------------
// Primitives.
// ---------------------------------------------------------------------------------------------

defun("format", "(string &rest objects)", `Format a string out of a format-string and arguments.
The first argument is a format control string.
The other arguments are substituted into it to make the result, a string.

The format control string may contain %-sequences meaning to substitute
the next available argument, or the argument explicitly specified:

%s means print a string argument.  Actually, prints any object, with \`princ'.
%d means print as signed number in decimal.
%o means print a number in octal.
%x means print a number in hex.
%X is like %x, but uses upper case.
%e means print a number in exponential notation.
%f means print a number in decimal-point notation.
%g means print a number in exponential notation if the exponent would be
   less than -4 or greater than or equal to the precision (default: 6);
   otherwise it prints in decimal-point notation.
%c means print a number as a single character.
%S means print any object as an s-expression (using \`prin1').

The argument used for %d, %o, %x, %e, %f, %g or %c must be a number.
%o, %x, and %X treat arguments as unsigned if \`binary-as-unsigned' is t
  (this is experimental; email 32252@debbugs.gnu.org if you need it).
Use %% to put a single % into the output.

A %-sequence other than %% may contain optional field number, flag,
width, and precision specifiers, as follows:

  %<field><flags><width><precision>character

where field is [0-9]+ followed by a literal dollar "$", flags is
[+ #0-]+, width is [0-9]+, and precision is a literal period "."
followed by [0-9]+.

If a %-sequence is numbered with a field with positive value N, the
Nth argument is substituted instead of the next one.  A format can
contain either numbered or unnumbered %-sequences but not both, except
that %% can be mixed with numbered %-sequences.

The + flag character inserts a + before any nonnegative number, while a
space inserts a space before any nonnegative number; these flags
affect only numeric %-sequences, and the + flag takes precedence.
The - and 0 flags affect the width specifier, as described below.

The # flag means to use an alternate display form for %o, %x, %X, %e,
%f, and %g sequences: for %o, it ensures that the result begins with
"0"; for %x and %X, it prefixes nonzero results with "0x" or "0X";
for %e and %f, it causes a decimal point to be included even if the
precision is zero; for %g, it causes a decimal point to be
included even if the precision is zero, and also forces trailing
zeros after the decimal point to be left in place.

The width specifier supplies a lower limit for the length of the
printed representation.  The padding, if any, normally goes on the
left, but it goes on the right if the - flag is present.  The padding
character is normally a space, but it is 0 if the 0 flag is present.
The 0 flag is ignored if the - flag is present, or the format sequence
is something other than %d, %o, %x, %e, %f, and %g.

For %e and %f sequences, the number after the "." in the precision
specifier says how many decimal places to show; if zero, the decimal
point itself is omitted.  For %g, the precision specifies how many
significant digits to print; zero or omitted are treated as 1.
For %s and %S, the precision specifier truncates the string to the
given width.

Text properties, if any, are copied from the format-string to the
produced text.`, (...args: LispObject[]) => styledFormat(args, false));

defun("format-message", "(string &rest objects)", `Format a string out of a format-string and arguments.
The first argument is a format control string.
The other arguments are substituted into it to make the result, a string.

This acts like \`format', except it also replaces each grave accent (\\=\`)
by a left quote, and each apostrophe (\\=') by a right quote.  The left
and right quote replacement characters are specified by
\`text-quoting-style'.`, (...args: LispObject[]) => styledFormat(args, true));
