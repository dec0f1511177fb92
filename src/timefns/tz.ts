// Time zone rules, broken-down time and its inverse (GNU: the tzalloc/localtime_rz/mktime_z layer of
// timefns.c, i.e. what glibc's tzset, tzfile and mktime do for Emacs). Behaviour follows glibc as GNU Emacs
// on GNU/Linux shows it: TZ strings name TZif files under TZDIR (default /usr/share/zoneinfo) when such a
// file exists and are parsed as POSIX rules otherwise; Intl is the fallback where no zoneinfo is installed.
import { readFileSync } from "node:fs";

/** Broken-down time (C's struct tm, with year as years since 1900 and mon 0..11). */
export interface Tm {
  sec: number; min: number; hour: number; mday: number; mon: number; year: number;
  wday: number; yday: number; isdst: number; gmtoff: number; zone: string;
}

/** What a zone says about one instant. */
export interface ZoneInfo { off: number; isdst: number; abbr: string }

export interface Zone {
  /** Offset, DST flag and abbreviation in effect at T seconds since the epoch. */
  info(t: number): ZoneInfo;
  /** GNU's utc_tz: gmtime and timegm semantics ("GMT", DST flag ignored by mktime). */
  readonly utc?: boolean;
}

export const UTC_ZONE: Zone = { utc: true, info: () => ({ off: 0, isdst: 0, abbr: "GMT" }) };

// ---------------------------------------------------------------------------------------------
// Calendar arithmetic (proleptic Gregorian), exact for any bigint day count.
// ---------------------------------------------------------------------------------------------
const MON_YDAY = [
  [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334, 365],
  [0, 31, 60, 91, 121, 152, 182, 213, 244, 274, 305, 335, 366],
];
export const isLeap = (y: number): boolean => y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
const floorDiv = (a: number, b: number): number => Math.floor(a / b);

/** Days from 1970-01-01 to Y-M-D (M 1..12). */
export function daysFromCivil(y: number, m: number, d: number): number {
  y -= m <= 2 ? 1 : 0;
  const era = floorDiv(y, 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

const MAX_SAFE = 9007199254740991;

/** Breaks LOCAL (seconds since the epoch, already shifted by the UTC offset) into a Tm; null when the year overflows an int. */
export function breakdown(local: number | bigint, isdst = 0, gmtoff = 0, zone = ""): Tm | null {
  let days: number | bigint, secs: number;
  if (typeof local === "number" && Math.abs(local) <= MAX_SAFE) {
    days = Math.floor(local / 86400); secs = local - days * 86400;
  } else {
    const b = BigInt(local);
    let q = b / 86400n, r = b % 86400n;
    if (r < 0n) { q -= 1n; r += 86400n; }
    days = Math.abs(Number(q)) <= MAX_SAFE / 4 ? Number(q) : q; secs = Number(r);
  }
  // Days -> civil date (H. Hinnant's algorithm), the era part in bigint when needed.
  let tmYear: number | bigint, m: number, d: number, wday: number, yday: number;
  if (typeof days === "number") {
    const z = days + 719468;
    const era = floorDiv(z, 146097);
    const doe = z - era * 146097;
    const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
    const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
    const mp = Math.floor((5 * doy + 2) / 153);
    d = doy - Math.floor((153 * mp + 2) / 5) + 1;
    m = mp < 10 ? mp + 3 : mp - 9;
    const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
    wday = ((days + 4) % 7 + 7) % 7;
    yday = m <= 2 ? doy - 306 : doy + 59 + (isLeap(y) ? 1 : 0);
    tmYear = y - 1900;
  } else {
    const z = days + 719468n;
    let era = z / 146097n;
    if (z % 146097n < 0n) era -= 1n;
    const doe = Number(z - era * 146097n);
    const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
    const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
    const mp = Math.floor((5 * doy + 2) / 153);
    d = doy - Math.floor((153 * mp + 2) / 5) + 1;
    m = mp < 10 ? mp + 3 : mp - 9;
    const y = BigInt(yoe) + era * 400n + (m <= 2 ? 1n : 0n);
    wday = Number(((days + 4n) % 7n + 7n) % 7n);
    yday = m <= 2 ? doy - 306 : doy + 59 + (isLeap(Number((y % 400n + 400n) % 400n)) ? 1 : 0);
    tmYear = y - 1900n;
  }
  if (tmYear < -2147483648 || tmYear > 2147483647) return null;
  return {
    sec: secs % 60, min: Math.floor(secs / 60) % 60, hour: Math.floor(secs / 3600),
    mday: d, mon: m - 1, year: Number(tmYear), wday, yday, isdst, gmtoff, zone,
  };
}

/** localtime_rz: T (seconds) in ZONE, or null when the year does not fit (EOVERFLOW). */
export function localtime(zone: Zone, t: number | bigint): Tm | null {
  const tn = typeof t === "number" ? t : Number(t);
  const z = zone.info(tn);
  const local = typeof t === "number" && Math.abs(t) < MAX_SAFE - 1e6 ? t + z.off : BigInt(t) + BigInt(z.off);
  return breakdown(local, z.isdst, z.off, z.abbr);
}

// ---------------------------------------------------------------------------------------------
// POSIX TZ strings, parsed and evaluated as glibc's tzset does (including its defaults and quirks).
// ---------------------------------------------------------------------------------------------
const enum RuleType { J0 = 0, J1 = 1, M = 2 }
interface Rule { name: string; offset: number; type: RuleType; m: number; n: number; d: number; secs: number }
const newRule = (): Rule => ({ name: "", offset: 0, type: RuleType.J0, m: 0, n: 0, d: 0, secs: 0 });

/** Reads an unsigned decimal like sscanf %hu (leading spaces and sign allowed); null when none. */
function scanUShort(s: string, i: number): [number, number] | null {
  const m = /^\s*[+-]?\d+/.exec(s.slice(i));
  if (!m) return null;
  return [((Number(m[0].trim()) % 65536) + 65536) % 65536, i + m[0].length];
}
/** glibc's "hh[:mm[:ss]]" reader: values and the index after the last field read. */
function scanHms(s: string, i: number): { hh: number; mm: number; ss: number; end: number } | null {
  const a = scanUShort(s, i);
  if (!a) return null;
  const r = { hh: a[0], mm: 0, ss: 0, end: a[1] };
  if (s[r.end] === ":") {
    const b = scanUShort(s, r.end + 1);
    if (b) {
      r.mm = b[0]; r.end = b[1];
      if (s[r.end] === ":") { const c = scanUShort(s, r.end + 1); if (c) { r.ss = c[0]; r.end = c[1]; } }
    }
  }
  return r;
}

class PosixParser {
  rules: [Rule, Rule] = [newRule(), newRule()];
  i = 0;
  constructor(readonly s: string) {}
  tzname(which: 0 | 1): boolean {
    const s = this.s;
    let p = this.i;
    while (p < s.length && /[A-Za-z]/.test(s[p])) p++;
    let name = s.slice(this.i, p);
    if (name.length < 3) {
      p = this.i;
      if (s[p++] !== "<") return false;
      const start = p;
      while (p < s.length && /[A-Za-z0-9+-]/.test(s[p])) p++;
      name = s.slice(start, p);
      if (s[p++] !== ">" || name.length < 3) return false;
    }
    this.rules[which].name = name;
    this.i = p;
    return true;
  }
  offset(which: 0 | 1): boolean {
    const s = this.s;
    let p = this.i;
    const c = s[p];
    if (which === 0 && (p >= s.length || (c !== "+" && c !== "-" && !/\d/.test(c)))) return false;
    let sign = -1;
    if (c === "+" || c === "-") { sign = c === "-" ? 1 : -1; p++; }
    this.i = p;
    const h = scanHms(s, p);
    if (h) {
      this.rules[which].offset = sign * (Math.min(h.ss, 59) + Math.min(h.mm, 59) * 60 + Math.min(h.hh, 24) * 3600);
      this.i = h.end;
    } else if (which === 0) {
      this.rules[0].offset = 0;
      return false;
    } else this.rules[1].offset = this.rules[0].offset + 3600;
    return true;
  }
  rule(which: 0 | 1): boolean {
    const s = this.s, r = this.rules[which];
    let p = this.i + (s[this.i] === "," ? 1 : 0);
    const c = s[p];
    if (c === "J" || /\d/.test(c ?? "")) {
      r.type = c === "J" ? RuleType.J1 : RuleType.J0;
      if (r.type === RuleType.J1 && !/\d/.test(s[++p] ?? "")) return false;
      const m = /^\d+/.exec(s.slice(p))!;
      const d = Number(m[0]);
      if (d > 365 || (r.type === RuleType.J1 && d === 0)) return false;
      r.d = d; p += m[0].length;
    } else if (c === "M") {
      const m = /^M(\d+)\.(\d+)\.(\d+)/.exec(s.slice(p));
      if (!m) return false;
      r.type = RuleType.M; r.m = Number(m[1]); r.n = Number(m[2]); r.d = Number(m[3]);
      if (r.m < 1 || r.m > 12 || r.n < 1 || r.n > 5 || r.d > 6) return false;
      p += m[0].length;
    } else if (p >= s.length) {
      // No rule: the US rules of 2007 (M3.2.0 and M11.1.0), as glibc does.
      r.type = RuleType.M; r.m = which === 0 ? 3 : 11; r.n = which === 0 ? 2 : 1; r.d = 0;
    } else return false;
    if (p < s.length && s[p] !== "/" && s[p] !== ",") return false;
    if (s[p] === "/") {
      p++;
      if (p >= s.length) return false;
      const neg = s[p] === "-";
      if (neg) p++;
      let hh = 2, mm = 0, ss = 0;
      const h = scanHms(s, p);
      if (h) { hh = h.hh; mm = h.mm; ss = h.ss; p = h.end; }
      r.secs = (neg ? -1 : 1) * (hh * 3600 + mm * 60 + ss);
    } else r.secs = 7200;
    this.i = p;
    return true;
  }
}

/** UTC time at which RULE takes effect in YEAR (glibc's compute_change, quirks included). */
function ruleChange(rule: Rule, year: number): number {
  let t = 0;
  if (year > 1970) {
    const y1 = year - 1;
    t = ((year - 1970) * 365 + (Math.trunc(y1 / 4) - 492) - (Math.trunc(y1 / 100) - 19) + (Math.trunc(y1 / 400) - 4)) * 86400;
  }
  const leap = isLeap(year) ? 1 : 0;
  switch (rule.type) {
    case RuleType.J1:
      t += (rule.d - 1) * 86400;
      if (rule.d >= 60 && leap) t += 86400;
      break;
    case RuleType.J0:
      t += rule.d * 86400;
      break;
    case RuleType.M: {
      const myday = MON_YDAY[leap];
      t += myday[rule.m - 1] * 86400;
      // Zeller's congruence: the weekday of the month's first day.
      const m1 = (rule.m + 9) % 12 + 1;
      const yy0 = rule.m <= 2 ? year - 1 : year;
      const yy1 = Math.trunc(yy0 / 100), yy2 = yy0 % 100;
      let dow = (Math.trunc((26 * m1 - 2) / 10) + 1 + yy2 + Math.trunc(yy2 / 4) + Math.trunc(yy1 / 4) - 2 * yy1) % 7;
      if (dow < 0) dow += 7;
      let d = rule.d - dow;
      if (d < 0) d += 7;
      for (let i = 1; i < rule.n; i++) {
        if (d + 7 >= myday[rule.m] - myday[rule.m - 1]) break;
        d += 7;
      }
      t += d * 86400;
      break;
    }
  }
  return t - rule.offset + rule.secs;
}

class PosixZone implements Zone {
  constructor(readonly rules: [Rule, Rule]) {}
  info(t: number): ZoneInfo {
    const b = breakdown(t);
    const year = b ? b.year + 1900 : 1970;
    const [std, dst] = this.rules;
    const c0 = ruleChange(std, year), c1 = ruleChange(dst, year);
    const isdst = c0 > c1 ? (t < c1 || t >= c0) : (t >= c0 && t < c1);
    const r = this.rules[isdst ? 1 : 0];
    return { off: r.offset, isdst: isdst ? 1 : 0, abbr: r.name };
  }
}

// ---------------------------------------------------------------------------------------------
// TZif files (RFC 8536), as glibc's tzfile.c reads and evaluates them.
// ---------------------------------------------------------------------------------------------
interface TType { off: number; isdst: number; abbr: string; isstd: boolean; isut: boolean }

class TzifZone implements Zone {
  /** The rule of the footer TZ string, for instants at or after the last transition. */
  footerZone: Zone | null | undefined = undefined;
  constructor(public trans: number[], public idx: number[], public types: TType[], public footer: string | null) {}
  info(t: number): ZoneInfo {
    const n = this.trans.length;
    let ti: number;
    if (n === 0 || t < this.trans[0]) {
      // Before any transition: the first standard-time type (or type 0).
      ti = this.types.findIndex((x) => !x.isdst);
      if (ti < 0) ti = 0;
    } else if (t >= this.trans[n - 1]) {
      if (this.footerZone === undefined) this.footerZone = this.footer ? parsePosix(this.footer) : null;
      if (this.footerZone) return this.footerZone.info(t);
      ti = this.idx[n - 1];
    } else {
      let lo = 0, hi = n - 1; // trans[lo] <= t < trans[hi]
      while (hi - lo > 1) { const mid = (lo + hi) >> 1; if (this.trans[mid] <= t) lo = mid; else hi = mid; }
      ti = this.idx[lo];
    }
    const ty = this.types[ti];
    return { off: ty.off, isdst: ty.isdst, abbr: ty.abbr };
  }
}

function parseTzif(buf: Buffer): TzifZone | null {
  if (buf.length < 44 || buf.toString("latin1", 0, 4) !== "TZif") return null;
  const version = buf[4];
  const counts = (at: number) => [0, 1, 2, 3, 4, 5].map((k) => buf.readUInt32BE(at + 20 + 4 * k));
  let [isutcnt, isstdcnt, leapcnt, timecnt, typecnt, charcnt] = counts(0);
  let p = 44, timeSize = 4;
  if (version >= 0x32) {
    // Skip the version-1 block and read the 64-bit one.
    p += timecnt * 4 + timecnt + typecnt * 6 + charcnt + leapcnt * 8 + isstdcnt + isutcnt;
    [isutcnt, isstdcnt, leapcnt, timecnt, typecnt, charcnt] = counts(p);
    p += 44; timeSize = 8;
  }
  const trans: number[] = [];
  for (let i = 0; i < timecnt; i++, p += timeSize) trans.push(timeSize === 8 ? Number(buf.readBigInt64BE(p)) : buf.readInt32BE(p));
  const idx: number[] = [];
  for (let i = 0; i < timecnt; i++) idx.push(buf[p++]);
  const raw: { off: number; isdst: number; ai: number }[] = [];
  for (let i = 0; i < typecnt; i++, p += 6) raw.push({ off: buf.readInt32BE(p), isdst: buf[p + 4] ? 1 : 0, ai: buf[p + 5] });
  const chars = buf.toString("latin1", p, p + charcnt);
  p += charcnt + leapcnt * (timeSize + 4);
  const isstd = [...buf.subarray(p, p + isstdcnt)]; p += isstdcnt;
  const isut = [...buf.subarray(p, p + isutcnt)]; p += isutcnt;
  const types = raw.map((r, i) => ({
    off: r.off, isdst: r.isdst, abbr: chars.slice(r.ai, chars.indexOf("\0", r.ai) < 0 ? undefined : chars.indexOf("\0", r.ai)),
    isstd: !!isstd[i], isut: !!isut[i],
  }));
  let footer: string | null = null;
  if (timeSize === 8 && buf[p] === 10) {
    const end = buf.indexOf(10, p + 1);
    if (end > p + 1) footer = buf.toString("latin1", p + 1, end);
  }
  if (types.length === 0) return null;
  return new TzifZone(trans, idx, types, footer);
}

function zoneinfoDir(): string { return process.env.TZDIR || "/usr/share/zoneinfo"; }
const tzifCache = new Map<string, TzifZone | null>();
function readTzif(name: string): TzifZone | null {
  const file = name.startsWith("/") ? name : `${zoneinfoDir()}/${name}`;
  let z = tzifCache.get(file);
  if (z === undefined) {
    try { z = parseTzif(readFileSync(file)); } catch { z = null; }
    tzifCache.set(file, z);
  }
  return z;
}

/** glibc's __tzfile_default: posixrules' transitions re-labelled with the user's names and offsets. */
function tzfileDefault(std: Rule, dst: Rule): Zone | null {
  const base = readTzif("posixrules");
  if (!base || base.types.length < 2) return null;
  // The rule file's own offsets: those of the latest standard and DST transitions.
  let ruleStd: number | undefined, ruleDst: number | undefined;
  for (let i = base.trans.length - 1; i >= 0 && (ruleStd === undefined || ruleDst === undefined); i--) {
    const ty = base.types[base.idx[i]];
    if (!ty.isdst) ruleStd ??= ty.off; else ruleDst ??= ty.off;
  }
  if (base.trans.length === 0) ruleStd = ruleDst = base.types[0].off;
  ruleStd ??= 0;
  ruleDst ??= ruleStd;
  const trans = base.trans.slice(), idx: number[] = [];
  let isdst = 0;
  for (let i = 0; i < trans.length; i++) {
    const ty = base.types[base.idx[i]];
    idx.push(ty.isdst);
    if (!ty.isut) trans[i] += isdst && !ty.isstd ? dst.offset - ruleDst! : std.offset - ruleStd!;
    isdst = ty.isdst;
  }
  const types: TType[] = [
    { off: std.offset, isdst: 0, abbr: std.name, isstd: false, isut: false },
    { off: dst.offset, isdst: 1, abbr: dst.name, isstd: false, isut: false },
  ];
  return new TzifZone(trans, idx, types, base.footer);
}

/** Parses a POSIX TZ string the way glibc's __tzset_parse_tz does (never fails: bad input means UTC-ish). */
export function parsePosix(s: string): Zone {
  const p = new PosixParser(s);
  if (p.tzname(0) && p.offset(0)) {
    if (p.i < s.length) {
      if (p.tzname(1)) {
        p.offset(1);
        if (p.i >= s.length || (s[p.i] === "," && p.i + 1 === s.length)) {
          const z = tzfileDefault(p.rules[0], p.rules[1]);
          if (z) return z;
        }
      }
      if (p.rule(0)) p.rule(1);
    } else {
      p.rules[1].name = p.rules[0].name;
      p.rules[1].offset = p.rules[0].offset;
    }
  }
  return new PosixZone(p.rules);
}

// ---------------------------------------------------------------------------------------------
// Intl fallback for systems without zoneinfo files.
// ---------------------------------------------------------------------------------------------
function intlZone(name: string): Zone | null {
  let fmt: Intl.DateTimeFormat;
  try {
    fmt = new Intl.DateTimeFormat("en-US", {
      timeZone: name, hourCycle: "h23", year: "numeric", month: "numeric", day: "numeric",
      hour: "numeric", minute: "numeric", second: "numeric", timeZoneName: "short",
    });
  } catch { return null; }
  const offsetAt = (t: number): [number, string] => {
    const ms = Math.max(-8.64e15, Math.min(8.64e15, t * 1000));
    const parts: Record<string, string> = {};
    for (const x of fmt.formatToParts(new Date(ms))) parts[x.type] = x.value;
    const local = Date.UTC(Number(parts.year) * (parts.era === "BC" ? -1 : 1), Number(parts.month) - 1, Number(parts.day),
      Number(parts.hour), Number(parts.minute), Number(parts.second));
    return [Math.round((local - Math.floor(ms / 1000) * 1000) / 1000), parts.timeZoneName ?? ""];
  };
  return {
    info(t: number): ZoneInfo {
      const [off, name] = offsetAt(t);
      const year = breakdown(t)?.year ?? 70;
      const jan = daysFromCivil(year + 1900, 1, 1) * 86400, jul = daysFromCivil(year + 1900, 7, 1) * 86400;
      const std = Math.min(offsetAt(jan)[0], offsetAt(jul)[0]);
      const m = /^(?:GMT|UTC)([+-])(\d+)(?::(\d+))?$/.exec(name);
      const abbr = m ? `${m[1]}${m[2].padStart(2, "0")}${m[3] ?? ""}` : name === "GMT" && off !== 0 ? "" : name;
      return { off, isdst: off > std ? 1 : 0, abbr };
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Zone lookup by TZ value (what setting TZ and calling tzset selects).
// ---------------------------------------------------------------------------------------------
const zoneCache = new Map<string, Zone>();

/** Forgets parsed zones and zoneinfo files (at each process start: the files may differ). */
export function clearZoneCaches(): void {
  zoneCache.clear();
  tzifCache.clear();
}

/** The zone selected by TZ=S; null S means TZ unset (the system default, /etc/localtime). */
export function zoneFromTz(s: string | null): Zone {
  const key = s ?? "\0wall";
  let z = zoneCache.get(key);
  if (z) return z;
  if (s === null) {
    z = readTzif("/etc/localtime") ?? systemIntlZone() ?? new PosixZone([{ ...newRule(), name: "UTC" }, { ...newRule(), name: "UTC" }]);
  } else {
    let name = s === "" ? "Universal" : s;
    if (name.startsWith(":")) name = name.slice(1);
    z = readTzif(name === "" ? "Universal" : name) ?? (/^[A-Za-z]+\/[A-Za-z_\/+-]+$/.test(name) ? intlZone(name) : null) ?? parsePosix(name);
  }
  zoneCache.set(key, z);
  return z;
}

function systemIntlZone(): Zone | null {
  const name = Intl.DateTimeFormat().resolvedOptions().timeZone;
  return name ? intlZone(name) : null;
}

// ---------------------------------------------------------------------------------------------
// mktime: the inverse of localtime, by probing (glibc's __mktime_internal, one-hour DST fallback included).
// ---------------------------------------------------------------------------------------------
export interface TmIn { sec: number; min: number; hour: number; mday: number; mon: number; year: number; isdst: number }

const shr2 = (a: bigint): bigint => (a >= 0n ? a >> 2n : -((-a + 3n) >> 2n));
/** (YEAR1-YDAY1 H1:M1:S1) - (YEAR0-YDAY0 H0:M0:S0) in seconds, years counted from 1900. */
function ydhmsDiff(y1: bigint, yd1: bigint, h1: number, m1: number, s1: number, y0: bigint, yd0: bigint, h0: number, m0: number, s0: number): bigint {
  const a4 = shr2(y1) + 475n - ((y1 & 3n) === 0n ? 1n : 0n);
  const b4 = shr2(y0) + 475n - ((y0 & 3n) === 0n ? 1n : 0n);
  const div25 = (x: bigint): bigint => (x >= 0n ? x / 25n : (x + 1n) / 25n - 1n);
  const a100 = div25(a4), b100 = div25(b4);
  const leaps = (a4 - b4) - (a100 - b100) + (shr2(a100) - shr2(b100));
  const days = 365n * (y1 - y0) + yd1 - yd0 + leaps;
  return ((days * 24n + BigInt(h1 - h0)) * 60n + BigInt(m1 - m0)) * 60n + BigInt(s1 - s0);
}
const tmDiff = (y: bigint, yd: bigint, h: number, mi: number, s: number, tm: Tm): bigint =>
  ydhmsDiff(y, yd, h, mi, s, BigInt(tm.year), BigInt(tm.yday), tm.hour, tm.min, tm.sec);
const isdstDiffer = (a: number, b: number): boolean => (!a !== !b) && a >= 0 && b >= 0;

const TIME_MIN = -(2n ** 63n), TIME_MAX = 2n ** 63n - 1n;

/**
 * mktime_z: the time whose local time in ZONE is IN (fields may be out of range), with IN.isdst as a hint.
 * STATE.offset carries glibc's static guess between calls. Returns the time and its broken-down form, or null.
 */
export function mktime(zone: Zone, tin: TmIn, state: { offset: bigint }): { t: bigint; tm: Tm } | null {
  const isdst = zone.utc ? 0 : tin.isdst;
  const convert = (t: bigint): Tm | null => localtime(zone, t);
  let sec = tin.sec;
  const secRequested = sec;
  const monRem = tin.mon % 12, negRem = monRem < 0 ? 1 : 0;
  const year = BigInt(tin.year) + BigInt(Math.trunc(tin.mon / 12) - negRem);
  const leap = isLeap(Number(((year + 1900n) % 400n + 400n) % 400n)) ? 1 : 0;
  const yday = BigInt(MON_YDAY[leap][monRem + 12 * negRem] - 1) + BigInt(tin.mday);
  if (sec < 0) sec = 0;
  if (sec > 59) sec = 59;
  // First guess: the offset found by the previous call (glibc keeps it in a static).
  const t0 = ydhmsDiff(year, yday, tin.hour, tin.min, sec, 70n, 0n, 0, 0, 0) + state.offset;
  let t = t0, t1 = t0, t2 = t0, dst2 = 0;
  let remaining = 6;
  let tm: Tm | null;
  const clamp = (x: bigint): bigint => (x < TIME_MIN ? TIME_MIN : x > TIME_MAX ? TIME_MAX : x);
  let found = false;
  for (;;) {
    t = clamp(t);
    tm = convert(t);
    if (!tm) return null;
    const dt = tmDiff(year, yday, tin.hour, tin.min, sec, tm);
    if (dt === 0n) break;
    if (t === t1 && t !== t2 && (isdst < 0 ? dst2 <= (tm.isdst !== 0 ? 1 : 0) : (isdst !== 0) !== (tm.isdst !== 0))) {
      found = true; // oscillating around a spring-forward gap
      break;
    }
    if (--remaining === 0) return null;
    t1 = t2; t2 = t; t += dt; dst2 = tm.isdst !== 0 ? 1 : 0;
  }
  if (!found && isdstDiffer(isdst, tm.isdst)) {
    // Look nearby for a time with the requested DST flag and use its offset.
    const dstDifference = (isdst === 0 ? 1 : 0) - (tm.isdst === 0 ? 1 : 0);
    const stride = 601200, bound = 536454000 / 2 + stride;
    let ok = false;
    outer: for (let delta = stride; delta < bound; delta += stride) {
      for (const dir of [-1, 1]) {
        const ot = t + BigInt(delta * dir);
        const otm = convert(ot);
        if (!otm) return null;
        if (!isdstDiffer(isdst, otm.isdst)) {
          const gt = ot + tmDiff(year, yday, tin.hour, tin.min, sec, otm);
          const gtm = gt >= TIME_MIN && gt <= TIME_MAX ? convert(gt) : null;
          if (gtm) { t = gt; tm = gtm; ok = true; break outer; }
        }
      }
    }
    if (!ok) {
      // No DST change nearby: assume a one-hour DST offset.
      t += BigInt(3600 * dstDifference);
      tm = t >= TIME_MIN && t <= TIME_MAX ? convert(t) : null;
      if (!tm) return null;
    }
  }
  state.offset = t - t0 + state.offset;
  if (secRequested !== tm.sec) {
    // Keep the seconds asked for (normalized), repairing a false match on a leap second.
    const adj = BigInt((sec === 0 && tm.sec === 60 ? 1 : 0) - sec + secRequested);
    t += adj;
    if (t < TIME_MIN || t > TIME_MAX) return null;
    tm = convert(t);
    if (!tm) return null;
  }
  return { t, tm };
}
