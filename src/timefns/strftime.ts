// The format-time-string engine (GNU: gnulib's nstrftime as GNU Emacs builds it, with glibc's strftime in
// the C locale behind the locale-dependent directives %a %A %b %B %c %p %r %x %X and the E/O modifiers).
import type { Tm } from "./tz.js";

const WDAY = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const MON = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

export interface StrftimeInput {
  tm: Tm;
  /** Nanoseconds, for %N. */
  ns: number;
  /** Seconds since the epoch, for %s. */
  t: number | bigint;
}

const isLeapC = (y: number): boolean => y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
/** Days since the Monday starting the ISO week 1 that contains YDAY's year (negative: previous year). */
function isoWeekDays(yday: number, wday: number): number {
  return yday - (yday - wday + 4 + 378) % 7 + 3;
}
/** Bytes of S in UTF-8: GNU measures field widths in bytes. */
function byteLength(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    n += c < 0x80 ? 1 : c < 0x800 ? 2 : c >= 0xd800 && c <= 0xdbff ? (i++, 4) : 3;
  }
  return n;
}
const lower = (s: string): string => s.replace(/[A-Z]/g, (c) => c.toLowerCase());
const upper = (s: string): string => s.replace(/[a-z]/g, (c) => c.toUpperCase());

/** ISO 8601 week-based year adjustment (-1, 0, 1) and days since that year's first ISO Monday. */
function isoWeek(tm: Tm): { adj: number; days: number } {
  const year = tm.year + (tm.year < 0 ? 300 : -100); // same leap-year pattern as tm_year + 1900
  let adj = 0;
  let days = isoWeekDays(tm.yday, tm.wday);
  if (days < 0) {
    adj = -1;
    days = isoWeekDays(tm.yday + (365 + (isLeapC(year - 1) ? 1 : 0)), tm.wday);
  } else {
    const d = isoWeekDays(tm.yday - (365 + (isLeapC(year) ? 1 : 0)), tm.wday);
    if (d >= 0) { adj = 1; days = d; }
  }
  return { adj, days };
}

/** glibc's own (unpadded) year directives, which differ from gnulib's for short and negative years. */
function glibcYearish(c: string, tm: Tm): string {
  const mod100 = (y: number): string => String(((y % 100) + 100) % 100).padStart(2, "0");
  const year = tm.year + 1900;
  switch (c) {
    case "Y": return String(year);
    case "y": return mod100(tm.year);
    case "C": return String(Math.trunc(year / 100) - (year % 100 < 0 ? 1 : 0));
    case "G": return String(year + isoWeek(tm).adj);
    default: return mod100(tm.year + isoWeek(tm).adj); // g
  }
}

/**
 * Formats FMT (GNU: __strftime_internal). UPCASE, YRSPEC and WIDTH0 are the subformat parameters; GLIBC
 * selects glibc's own year formatting, for the subformats that stand for glibc's C-locale strftime.
 */
export function strftime(fmt: string, inp: StrftimeInput, upcase = false, yrSpec = "", width0 = -1, glibc = false): string {
  const tm = inp.tm;
  const zone = tm.zone;
  const hour12 = tm.hour > 12 ? tm.hour - 12 : tm.hour === 0 ? 12 : tm.hour;
  let out = "";
  let width = width0;
  // Per-directive state (hoisted so the helpers below are created once per call, not per directive).
  let i = 0, start = 0, pad = "", modifier = "", fc = "";
  let toLower = false, toUpper = upcase, changeCase = false;
  let digits = 0, negative = false, uval = 0, alwaysSign = false, colonMask = 0;

  /** GNU's width_add: S padded on the left to the field width (zeros for '0'/'+' padding, else spaces). */
  const addW = (s: string, w: number): void => {
    if (w > 0 && pad !== "-") {
      const n = byteLength(s);
      if (n < w) out += (pad === "0" || pad === "+" ? "0" : " ").repeat(w - n);
    }
    out += s;
  };
  /** GNU's cpy: like addW with the case conversion in effect. */
  const cpy = (s: string): void => addW(toLower ? lower(s) : toUpper ? upper(s) : s, width);
  const badFormat = (): void => { cpy(fmt.slice(start, i + 1)); };
  const sub = (subfmt: string, subwidth = -1): void => {
    cpy(strftime(subfmt, inp, toUpper, pad, subwidth));
  };
  /** What glibc's own strftime gives for "%<modifier><c>" in the C locale (gnulib's underlying_strftime). */
  const underlying = (c: string): void => {
    let s: string;
    switch (c) {
      case "a": s = WDAY[tm.wday]?.slice(0, 3) ?? "?"; break;
      case "A": s = WDAY[tm.wday] ?? "?"; break;
      case "b": case "h": s = MON[tm.mon]?.slice(0, 3) ?? "?"; break;
      case "B": s = MON[tm.mon] ?? "?"; break;
      case "c": s = strftime("%a %b %e %H:%M:%S %Y", inp, false, "", -1, true); break;
      case "x": s = strftime("%m/%d/%y", inp, false, "", -1, true); break;
      case "X": s = strftime("%H:%M:%S", inp); break;
      case "r": s = strftime("%I:%M:%S %p", inp); break;
      case "p": s = tm.hour > 11 ? "PM" : "AM"; break;
      case "Y": case "y": case "C": case "G": case "g": s = glibcYearish(c, tm); break;
      case "q": case ":": s = `%${modifier}${c}`; break; // not glibc directives: glibc echoes them
      default: s = strftime("%" + c, inp);
    }
    cpy(s);
  };

  // --- numbers -------------------------------------------------------------------------------
  /** GNU's do_number_body + do_number_sign_and_padding. */
  const numberBody = (): void => {
    if (modifier === "O" && !negative) { underlying(fc); return; }
    let buf: string;
    if (colonMask === 0) buf = String(uval);
    else {
      buf = "";
      let v = uval, mask = colonMask;
      do {
        if (mask & 1) buf = ":" + buf;
        mask >>= 1;
        buf = String(v % 10) + buf;
        v = Math.floor(v / 10);
      } while (v !== 0 || mask !== 0);
    }
    signAndPadding(buf);
  };
  const signAndPadding = (buf: string): void => {
    if (pad === "") pad = "0";
    if (width < 0) width = digits;
    const sign = negative ? "-" : alwaysSign ? "+" : "";
    const shortage = width - (sign ? 1 : 0) - buf.length;
    const padding = pad === "-" || shortage <= 0 ? 0 : shortage;
    if (sign) {
      if (pad === "_") { out += " ".repeat(padding); width -= padding; }
      out += sign;
      width--;
    }
    cpy(buf);
  };
  const doNumber = (d: number, v: number): void => {
    digits = d; negative = v < 0; uval = Math.abs(v); alwaysSign = false; colonMask = 0; numberBody();
  };
  const doSigned = (d: number, neg: boolean, v: number): void => {
    digits = d; negative = neg; uval = Math.abs(v); alwaysSign = false; colonMask = 0; numberBody();
  };
  const doYearish = (d: number, neg: boolean, v: number): void => {
    digits = d; negative = neg; uval = Math.abs(v);
    if (pad === "") pad = yrSpec;
    alwaysSign = pad === "+" && ((d === 2 ? 99 : 9999) < uval || d < width);
    colonMask = 0; numberBody();
  };
  const doSpacepad = (d: number, v: number): void => { if (pad === "") pad = "_"; doNumber(d, v); };
  const doTzOffset = (d: number, mask: number, v: number): void => {
    digits = d; colonMask = mask; uval = Math.abs(v); alwaysSign = true; numberBody();
  };

  for (i = 0; i < fmt.length; width = -1, i++) {
    pad = ""; toLower = false; toUpper = upcase; changeCase = false;
    if (fmt.charCodeAt(i) !== 37 /* % */) {
      if (width < 0) {
        // A run of literal text.
        let j = fmt.indexOf("%", i);
        if (j < 0) j = fmt.length;
        out += fmt.slice(i, j);
        i = j - 1;
      } else addW(fmt[i], width);
      continue;
    }
    start = i;
    // Flags.
    for (;;) {
      const f = fmt[++i];
      if (f === "_" || f === "-" || f === "+" || f === "0") pad = f;
      else if (f === "^") toUpper = true;
      else if (f === "#") changeCase = true;
      else break;
    }
    if (fmt[i] >= "0" && fmt[i] <= "9") {
      width = 0;
      while (fmt[i] >= "0" && fmt[i] <= "9") { width = Math.min(width * 10 + (fmt.charCodeAt(i) - 48), 2147483647); i++; }
    }
    modifier = "";
    if (fmt[i] === "E" || fmt[i] === "O") modifier = fmt[i++];
    fc = fmt[i];

    switch (fc) {
      case "%":
        if (modifier) { badFormat(); break; }
        addW("%", width);
        break;
      case "a": case "A":
        if (modifier) { badFormat(); break; }
        if (changeCase) { toUpper = true; toLower = false; }
        underlying(fc);
        break;
      case "b": case "h": case "B":
        if (changeCase) { toUpper = true; toLower = false; }
        if (modifier === "E") { badFormat(); break; }
        underlying(fc);
        break;
      case "c": case "x": case "X":
        if (modifier === "O") { badFormat(); break; }
        underlying(fc);
        break;
      case "C": {
        if (modifier === "E") { underlying(fc); break; }
        if (glibc) { cpy(glibcYearish(fc, tm)); break; }
        const negYear = tm.year < -1900;
        const zeroThru1899 = !negYear && tm.year < 0;
        doYearish(2, negYear, Math.trunc((tm.year - 99 * (zeroThru1899 ? 1 : 0)) / 100) + 19);
        break;
      }
      case "D":
        if (modifier) { badFormat(); break; }
        sub("%m/%d/%y");
        break;
      case "d": if (modifier === "E") { badFormat(); break; } doNumber(2, tm.mday); break;
      case "e": if (modifier === "E") { badFormat(); break; } doSpacepad(2, tm.mday); break;
      case "F": {
        if (modifier) { badFormat(); break; }
        let subwidth: number;
        if (pad === "" && width < 0) { pad = "+"; subwidth = 4; } else subwidth = Math.max(width - 6, 0);
        sub("%Y-%m-%d", subwidth);
        break;
      }
      case "H": if (modifier === "E") { badFormat(); break; } doNumber(2, tm.hour); break;
      case "I": if (modifier === "E") { badFormat(); break; } doNumber(2, hour12); break;
      case "k": if (modifier === "E") { badFormat(); break; } doSpacepad(2, tm.hour); break;
      case "l": if (modifier === "E") { badFormat(); break; } doSpacepad(2, hour12); break;
      case "j": if (modifier === "E") { badFormat(); break; } doSigned(3, tm.yday < -1, tm.yday + 1); break;
      case "M": if (modifier === "E") { badFormat(); break; } doNumber(2, tm.min); break;
      case "m": if (modifier === "E") { badFormat(); break; } doSigned(2, tm.mon < -1, tm.mon + 1); break;
      case "N": {
        if (modifier === "E") { badFormat(); break; }
        let n = inp.ns, nd = 9;
        if (width <= 0) width = 9;
        // Drop digits beyond the width, and trailing zeros (they come back as padding).
        while (width < nd || (nd > 1 && n % 10 === 0)) { nd--; n = Math.floor(n / 10); }
        if (!pad) pad = "0";
        const s = String(n).padStart(nd, "0");
        addW(toLower ? lower(s) : toUpper ? upper(s) : s, 0);
        addW("", width - nd);
        break;
      }
      case "n": addW("\n", width); break;
      case "P": case "p":
        if (fc === "P") toLower = true;
        if (changeCase) { toUpper = false; toLower = true; }
        underlying("p");
        break;
      case "q": doSigned(1, false, ((tm.mon * 11) >> 5) + 1); break;
      case "R": sub("%H:%M"); break;
      case "r": underlying("r"); break;
      case "S": if (modifier === "E") { badFormat(); break; } doNumber(2, tm.sec); break;
      case "s": {
        const t = inp.t;
        negative = t < 0; digits = 1; alwaysSign = false;
        signAndPadding((negative ? -t : t).toString());
        break;
      }
      case "T": sub("%H:%M:%S"); break;
      case "t": addW("\t", width); break;
      case "u": doNumber(1, (tm.wday - 1 + 7) % 7 + 1); break;
      case "U": if (modifier === "E") { badFormat(); break; } doNumber(2, Math.trunc((tm.yday - tm.wday + 7) / 7)); break;
      case "V": case "g": case "G": {
        if (modifier === "E") { badFormat(); break; }
        if (glibc && fc !== "V") { cpy(glibcYearish(fc, tm)); break; }
        const { adj, days } = isoWeek(tm);
        if (fc === "g") {
          const yy = (tm.year % 100 + adj) % 100;
          doYearish(2, false, yy >= 0 ? yy : tm.year < -1900 - adj ? -yy : yy + 100);
        } else if (fc === "G") doYearish(4, tm.year < -1900 - adj, tm.year + 1900 + adj);
        else doNumber(2, Math.trunc(days / 7) + 1);
        break;
      }
      case "W": if (modifier === "E") { badFormat(); break; } doNumber(2, Math.trunc((tm.yday - (tm.wday - 1 + 7) % 7 + 7) / 7)); break;
      case "w": if (modifier === "E") { badFormat(); break; } doNumber(1, tm.wday); break;
      case "Y":
        if (modifier === "E") { underlying(fc); break; }
        if (modifier === "O") { badFormat(); break; }
        if (glibc) { cpy(glibcYearish(fc, tm)); break; }
        doYearish(4, tm.year < -1900, tm.year + 1900);
        break;
      case "y": {
        if (modifier === "E") { underlying(fc); break; }
        if (glibc) { cpy(glibcYearish(fc, tm)); break; }
        let yy = tm.year % 100;
        if (yy < 0) yy = tm.year < -1900 ? -yy : yy + 100;
        doYearish(2, false, yy);
        break;
      }
      case "Z":
        if (changeCase) { toUpper = false; toLower = true; }
        cpy(zone);
        break;
      case ":": case "z": {
        let colons = 0;
        if (fc === ":") {
          colons = 1;
          while (fmt[i + colons] === ":") colons++;
          if (fmt[i + colons] !== "z") { badFormat(); break; }
          i += colons;
        }
        if (tm.isdst < 0) break;
        const diff = tm.gmtoff;
        negative = diff < 0 || (diff === 0 && zone[0] === "-");
        const hd = Math.trunc(diff / 3600), md = Math.trunc(diff / 60) % 60, sd = diff % 60;
        if (colons === 0) doTzOffset(5, 0, hd * 100 + md);
        else if (colons === 1 || (colons === 3 && sd === 0 && md !== 0)) doTzOffset(6, 0o4, hd * 100 + md);
        else if (colons === 2 || (colons === 3 && sd !== 0)) doTzOffset(9, 0o24, hd * 10000 + md * 100 + sd);
        else if (colons === 3) doTzOffset(3, 0, hd);
        else badFormat();
        break;
      }
      case undefined: // "%" (with flags) at the end of the format, or of a NUL-terminated piece of it
      case "\0":
        i--;
        badFormat();
        break;
      default:
        badFormat();
    }
  }
  return out;
}
