// Time values, conversion and formatting primitives (GNU: timefns.c). The machinery lives in src/timefns/:
// lisptime.ts (timestamps and exact arithmetic), tz.ts (zones, localtime, mktime), strftime.ts (formatting).
import { defun, onStart } from "./defun.js";
import { E } from "./env.js";
import { bool, Cons, defsym, list, LispObject, LString, LSymbol, mkFloat, NIL, T } from "./lisp.js";
import { checkString, Qerror, Qstringp, Qwrong_number_of_arguments, wrongType, xsignal } from "./signal.js";
import {
  convertTime, decodeLispTime, floorDiv, floorMod, hzTicks, lispInt, lispTimeToDouble, nowMs, nowNs, secondsArgument,
  timeArgument, timeArith, timeCmp, timeOverflow, toTimespec,
} from "./timefns/lisptime.js";
import { clearZoneCaches, localtime, mktime, Tm, UTC_ZONE, Zone, zoneFromTz } from "./timefns/tz.js";
import { strftime } from "./timefns/strftime.js";

const Qwall = defsym("wall");
const Qlist = defsym("list");
const Qinteger = defsym("integer");
const Qencode_time = defsym("encode-time");

// ---------------------------------------------------------------------------------------------
// Zones (GNU: tzlookup) and per-world time state.
// ---------------------------------------------------------------------------------------------
interface TimeState {
  /** Emacs local time: from TZ at start-up, changed by set-time-zone-rule. */
  local: Zone;
  /** glibc mktime's remembered offset guess. */
  mktime: { offset: bigint };
}
function state(): TimeState {
  return (E.ext.timefns ??= {
    local: zoneFromTz(process.env.TZ === undefined ? null : process.env.TZ),
    mktime: { offset: 0n },
  });
}

// Per start (GNU: init_timefns): local time follows this process's TZ, and zoneinfo is read afresh.
onStart((env: typeof E) => {
  clearZoneCaches();
  delete env.ext.timefns;
});

const invalidZone = (zone: LispObject): never => xsignal(Qerror, LString.fromJs("Invalid time zone specification"), zone);
const pad2 = (n: number): string => String(n).padStart(2, "0");

/** The zone a Lisp ZONE argument designates (GNU: tzlookup). */
export function tzlookup(zone: LispObject): Zone {
  if (zone === NIL) return state().local;
  if (zone === T || zone === 0) return UTC_ZONE;
  if (zone === Qwall) return zoneFromTz(null);
  if (zone instanceof LString) return zoneFromTz(zone.s);
  const plain = typeof zone === "number";
  if (plain || (zone instanceof Cons && typeof zone.car === "number" && zone.cdr instanceof Cons)) {
    let abbr: LispObject = NIL;
    let z: number;
    if (plain) z = zone; else { const c = zone as Cons; z = c.car as number; abbr = (c.cdr as Cons).car; }
    const abs = Math.abs(z), hour = Math.floor(abs / 3600), rem = abs % 3600, min = Math.floor(rem / 60), sec = rem % 60;
    const tail = `${z < 0 ? "" : "-"}${hour}:${pad2(min)}:${pad2(sec)}`;
    let s: string;
    if (plain) {
      let prec = 2, num = hour;
      if (rem !== 0) { prec += 2; num = num * 100 + min; if (sec !== 0) { prec += 2; num = num * 100 + sec; } }
      s = `<${z < 0 ? "-" : "+"}${String(num).padStart(prec, "0")}>${tail}`;
    } else {
      if (!(abbr instanceof LString)) return wrongType(Qstringp, abbr);
      s = `<${abbr.s}>${tail}`;
    }
    return zoneFromTz(s);
  }
  return invalidZone(zone);
}

/** localtime_rz, signalling GNU's overflow error when the year does not fit. */
function localtimeOrError(zone: Zone, sec: number | bigint): Tm {
  return localtime(zone, typeof sec === "bigint" && Math.abs(Number(sec)) <= Number.MAX_SAFE_INTEGER ? Number(sec) : sec) ?? timeOverflow();
}

// ---------------------------------------------------------------------------------------------
// Primitives.
// ---------------------------------------------------------------------------------------------
defun("current-time", "()", `Return the current time, as the number of seconds since 1970-01-01 00:00:00.
The time is returned as a list of integers (HIGH LOW USEC PSEC).
HIGH has the most significant bits of the seconds, while LOW has the
least significant 16 bits.  USEC and PSEC are the microsecond and
picosecond counts.`, () => {
  const ns = nowNs();
  const s = ns / 1000000000n, rem = Number(ns % 1000000000n);
  return list(lispInt(s >> 16n), Number(s & 0xffffn), Math.floor(rem / 1000), rem % 1000 * 1000);
});

defun("float-time", "(&optional specified-time)", `Return the current time, as a float number of seconds since the epoch.
If SPECIFIED-TIME is given, it is a time value to convert to float
instead of the current time.  See \`format-time-string' for the various
forms of a time value.`, (spec) => {
  if (spec === NIL) return mkFloat(nowMs() / 1000);
  return mkFloat(lispTimeToDouble(spec));
});

defun("time-add", "(a b)", `Return the sum of two time values A and B, as a time value.
See \`format-time-string' for the various forms of a time value.
For example, nil stands for the current time.`, (a, b) => timeArith(a, b, false));

defun("time-subtract", "(a b)", `Return the difference between two time values A and B, as a time value.
You can use \`float-time' to convert the difference into elapsed seconds.
See \`format-time-string' for the various forms of a time value.
For example, nil stands for the current time.`, (a, b) => timeArith(a, b, true));

defun("time-less-p", "(a b)", `Return non-nil if time value A is less than time value B.
See \`format-time-string' for the various forms of a time value.
For example, nil stands for the current time.`, (a, b) => bool(timeCmp(a, b) < 0));

defun("time-equal-p", "(a b)", `Return non-nil if A and B are equal time values.
See \`format-time-string' for the various forms of a time value.`, (a, b) => bool(timeCmp(a, b) === 0));

defun("time-convert", "(time &optional form)", `Convert TIME value to a Lisp timestamp.
With optional FORM, convert to that timestamp form.
Truncate the returned value toward minus infinity.

If FORM is nil (the default), return the same form as \`current-time'.
If FORM is a positive integer, return a pair of integers (TICKS . FORM),
where TICKS is the number of clock ticks and FORM is the clock frequency
in ticks per second.  If FORM is t, return (TICKS . PHZ), where
PHZ is a suitable clock frequency in ticks per second.  If FORM is
\`integer', return an integer count of seconds.  If FORM is \`list',
return an integer list (HIGH LOW USEC PSEC).`, (time, form) => convertTime(time, form, Qlist, Qinteger, T));

/** Formats FORMAT for the seconds SEC + NS in ZONE (GNU: format_time_string). */
export function formatTime(format: string, sec: number | bigint, ns: number, zone: LispObject): { text: string; tm: Tm } {
  const z = tzlookup(zone);
  const tm = localtimeOrError(z, sec);
  return { text: strftime(format, { tm, ns, t: sec }), tm };
}

defun("format-time-string", "(format-string &optional time zone)", `Use FORMAT-STRING to format the time value TIME.
A time value that is omitted or nil stands for the current time,
a number stands for that many seconds, an integer pair (TICKS . HZ)
stands for TICKS/HZ seconds, and an integer list (HI LO US PS) stands
for HI*2**16 + LO + US/10**6 + PS/10**12 seconds.

The optional ZONE is omitted or nil for Emacs local time, t for
Universal Time, \`wall' for system wall clock time, or a string as in
the TZ environment variable.  It can also be a list (as from
\`current-time-zone') or an integer (as from \`decode-time') applied
without consideration for daylight saving time.

%Y %y %C %G %g %m %b %h %B %d %e %u %w %a %A %U %W %V %j %H %I %k %l %p %q
%M %S %s %N %Z %z %c %x %D %F %R %T %r %X %n %t %% are supported, with the
flags - _ 0 + ^ #, a field width, and the modifiers E and O.`, (fmt, time, zone) => {
  const ts = timeArgument(time);
  const f = checkString(fmt);
  return new LString(formatTime(f.s, ts.sec, ts.ns, zone).text, true);
});

defun("decode-time", "(&optional time zone form)", `Decode a time value as (SEC MINUTE HOUR DAY MONTH YEAR DOW DST UTCOFF).
The optional TIME is the time value to convert.  See
\`format-time-string' for the various forms of a time value.

The optional ZONE is omitted or nil for Emacs local time, t for
Universal Time, \`wall' for system wall clock time, or a string as in
the TZ environment variable.  It can also be a list (as from
\`current-time-zone') or an integer (the UTC offset in seconds) applied
without consideration for daylight saving time.

The optional FORM specifies the form of the SEC member.  If \`integer',
SEC is an integer; if t, SEC is an integer or (TICKS . HZ) timestamp
with the same precision as TIME.`, (time, zone, form) => {
  const { t: lt } = decodeLispTime(time, { warn: true });
  const ts = toTimespec(lt) ?? timeOverflow();
  const z = tzlookup(zone);
  const tm = localtimeOrError(z, ts.sec);
  let sec: LispObject = tm.sec;
  if (lt.hz !== 1n && form === T) sec = new Cons(lispInt(lt.hz * BigInt(tm.sec) + floorMod(lt.ticks, lt.hz)), lispInt(lt.hz));
  return list(sec, tm.min, tm.hour, tm.mday, tm.mon + 1, tm.year + 1900, tm.wday,
    tm.isdst < 0 ? -1 : tm.isdst === 0 ? NIL : T, tm.gmtoff);
});

/** OBJ - OFFSET as a C int, with GNU's checks (GNU: check_tm_member). */
function checkTmMember(obj: LispObject, offset: number): number {
  if (typeof obj !== "number") {
    if (typeof obj === "bigint" && obj >= -(2n ** 61n) && obj < 2n ** 61n) return timeOverflow();
    return wrongType(defsym("fixnump"), obj);
  }
  const n = obj - offset;
  if (n < -2147483648 || n > 2147483647) timeOverflow();
  return n;
}

defun("encode-time", "(time &rest obsolescent-arguments)", `Convert TIME to a timestamp.

TIME is a list (SECOND MINUTE HOUR DAY MONTH YEAR IGNORED DST ZONE).
in the style of \`decode-time', so that (encode-time (decode-time ...)) works.
In this list, ZONE can be nil for Emacs local time, t for Universal
Time, \`wall' for system wall clock time, or a string as in the TZ
environment variable.  It can also be a list (as from
\`current-time-zone') or an integer (as from \`decode-time') applied
without consideration for daylight saving time.  If ZONE specifies a
time zone with daylight-saving transitions, DST is t for daylight
saving time, nil for standard time, and -1 to cause the daylight
saving flag to be guessed.

As an obsolescent calling convention, if this function is called with
6 or more arguments, the first 6 arguments are SECOND, MINUTE, HOUR,
DAY, MONTH, and YEAR, and specify the components of a decoded time.
If there are more than 6 arguments the *last* argument is used as ZONE.`, (...args: LispObject[]) => {
  let zone: LispObject = NIL;
  let isdst = -1;
  let secarg: LispObject, minarg: LispObject, hourarg: LispObject, mdayarg: LispObject, monarg: LispObject, yeararg: LispObject;
  if (args.length === 1) {
    let tail = args[0];
    const items: LispObject[] = [];
    for (let i = 0; i < 9; i++) {
      if (!(tail instanceof Cons)) return wrongType(defsym("consp"), tail);
      items.push(tail.car);
      tail = tail.cdr;
    }
    [secarg, minarg, hourarg, mdayarg, monarg, yeararg] = items;
    const dstflag = items[7];
    zone = items[8];
    if (dstflag instanceof LSymbol && typeof zone !== "number" && !(zone instanceof Cons)) isdst = dstflag !== NIL ? 1 : 0;
  } else if (args.length < 6) {
    return xsignal(Qwrong_number_of_arguments, Qencode_time, args.length);
  } else {
    if (args.length > 6) zone = args[args.length - 1];
    [secarg, minarg, hourarg, mdayarg, monarg, yeararg] = args;
  }
  const { t: lt } = decodeLispTime(secarg);
  const hz = lt.hz;
  const secq = hz === 1n ? lt.ticks : floorDiv(lt.ticks, hz);
  const subsec = hz === 1n ? 0n : floorMod(lt.ticks, hz);
  const tin = {
    sec: checkTmMember(lispInt(secq), 0), min: checkTmMember(minarg, 0), hour: checkTmMember(hourarg, 0),
    mday: checkTmMember(mdayarg, 0), mon: checkTmMember(monarg, 1), year: checkTmMember(yeararg, 1900), isdst,
  };
  const z = tzlookup(zone);
  const r = mktime(z, tin, state().mktime) ?? timeOverflow();
  if (hz === 1n) return list(lispInt(r.t >> 16n), Number(r.t & 0xffffn));
  return new Cons(lispInt(hzTicks({ ticks: r.t, hz: 1n }, lispInt(hz)) + subsec), lispInt(hz));
});

const WDAY = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

defun("current-time-string", "(&optional specified-time zone)", `Return the current local time, as a human-readable string.
Programs can use this function to decode a time,
since the number of columns in each field is fixed
if the year is in the range 1000-9999.
The format is \`Sun Sep 16 01:03:52 1973'.
However, see also the functions \`decode-time' and \`format-time-string'
which provide a much more powerful and general facility.`, (spec, zone) => {
  const sec = secondsArgument(spec);
  const tm = localtimeOrError(tzlookup(zone), sec);
  const s = `${WDAY[tm.wday]} ${MON[tm.mon]}${String(tm.mday).padStart(3)} ${pad2(tm.hour)}:${pad2(tm.min)}:${pad2(tm.sec)} ${tm.year + 1900}`;
  return new LString(s, false);
});

defun("current-time-zone", "(&optional specified-time zone)", `Return the offset and name for the local time zone.
This returns a list of the form (OFFSET NAME).
OFFSET is an integer number of seconds ahead of UTC (east of Greenwich).
    A negative value means west of Greenwich.
NAME is a string giving the name of the time zone.`, (spec, zone) => {
  const sec = secondsArgument(spec);
  const { text, tm } = formatTime("%Z", sec, 0, zone);
  const offset = tm.gmtoff;
  let name = new LString(text, true);
  if (text.length === 0) {
    // No abbreviation: a numeric one, printed as GNU's "%c%.2ld%.*d%.*d" does (the hour keeps its sign).
    const hour = Math.trunc(offset / 3600), minSec = offset % 3600, amin = Math.abs(minSec);
    const min = Math.floor(amin / 60), s = amin % 60;
    const h = (hour < 0 ? "-" : "") + String(Math.abs(hour)).padStart(2, "0");
    name = new LString((offset < 0 ? "-" : "+") + h + (minSec ? pad2(min) : "") + (s ? pad2(s) : ""), false);
  }
  return list(offset, name);
});

defun("set-time-zone-rule", "(tz)", `Set the Emacs local time zone using TZ, a string specifying a time zone rule.
If TZ is nil or \`wall', use system wall clock time; this differs from
the usual Emacs convention where nil means current local time.  If TZ
is t, use Universal Time.  If TZ is a list (as from
\`current-time-zone') or an integer (as from \`decode-time'), use the
specified time zone without consideration for daylight saving time.`, (tz) => {
  state().local = tzlookup(tz === NIL ? Qwall : tz);
  return NIL;
});

