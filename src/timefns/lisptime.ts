// Lisp timestamps and exact time arithmetic (GNU: timefns.c's decode_lisp_time, time_arith, time_cmp and
// the conversions between (HI LO US PS), (TICKS . HZ), integers and floats). Exact values are bigint ratios.
import { E } from "../env.js";
import { Cons, defsym, LFloat, list, LispObject, LString, LSymbol, mkFloat, NIL, normInt } from "../lisp.js";
import { error, xsignal, Qerror } from "../signal.js";
import { funcall } from "../eval.js";

/** A time as the exact ratio TICKS / HZ seconds since the epoch (HZ > 0). */
export interface LTime { ticks: bigint; hz: bigint }

/** How a Lisp timestamp was written (GNU: enum timeform). */
export const enum Form { Invalid, HiLo, HiLoUs, Nil, HiLoUsPs, Float, TicksHz }

export const TRILLION = 1000000000000n;
const NS_HZ = 1000000000n;
const LO_TIME_BITS = 16n;

export const timeOverflow = (): never => error("Specified time is not representable");
export const invalidTime = (): never => error("Invalid time specification");
export const invalidHz = (hz: LispObject): never => xsignal(Qerror, LString.fromJs("Invalid time frequency"), hz);

const big = (x: number | bigint): bigint => (typeof x === "bigint" ? x : BigInt(x));
export const lispInt = (b: bigint): number | bigint => normInt(b);
const isLispInt = (x: LispObject): x is number | bigint => typeof x === "number" || typeof x === "bigint";

/** Floor division and modulo for bigints. */
export function floorDiv(a: bigint, b: bigint): bigint {
  const q = a / b;
  return (a % b !== 0n && (a < 0n) !== (b < 0n)) ? q - 1n : q;
}
export function floorMod(a: bigint, b: bigint): bigint { return a - floorDiv(a, b) * b; }
function gcd(a: bigint, b: bigint): bigint {
  if (a < 0n) a = -a;
  if (b < 0n) b = -b;
  while (b) [a, b] = [b, a % b];
  return a;
}

// ---------------------------------------------------------------------------------------------
// The clock.
// ---------------------------------------------------------------------------------------------
/** Offset of the high-resolution timer from the epoch, in ms; resynchronised when the wall clock jumps. */
let clockBase = NaN;

/** Wall-clock milliseconds since the epoch, with the high-resolution timer's sub-millisecond part. */
export function nowMs(): number {
  const p = performance.now();
  const wall = Date.now();
  let ms = clockBase + p;
  // NaN (first call, or a world restored from a snapshot taken in another process) or a clock change.
  if (!(Math.abs(ms - wall) < 20)) { clockBase = wall - p; ms = wall; }
  return ms;
}

/** Wall-clock nanoseconds since the epoch. */
export function nowNs(): bigint {
  const ms = nowMs();
  const whole = Math.floor(ms);
  return BigInt(whole) * 1000000n + BigInt(Math.floor((ms - whole) * 1e6));
}

// ---------------------------------------------------------------------------------------------
// Floats.
// ---------------------------------------------------------------------------------------------
const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);

/** Splits finite nonzero D into integer mantissa M and exponent E with D = M * 2^E. */
function decomposeDouble(d: number): [bigint, number] {
  f64[0] = d;
  const hi = u32[1], lo = u32[0];
  const bexp = (hi >>> 20) & 0x7ff;
  let mant = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  if (bexp) mant |= 1n << 52n;
  const e = (bexp ? bexp : 1) - 1075;
  return [d < 0 ? -mant : mant, e];
}

/** D as an exact (TICKS . HZ) with HZ = 2^scale as GNU chooses it (GNU: decode_float_time). */
export function decodeFloatTime(d: number): LTime {
  if (d === 0) return { ticks: 0n, hz: 1n };
  if (Number.isNaN(d)) invalidTime();
  if (!Number.isFinite(d)) timeOverflow();
  const [m, e] = decomposeDouble(d);
  // GNU's scale is 52 - ilogb(d): the mantissa's own scale for normals, 1074 for subnormals, and at
  // least 0 (huge values become exact integers over HZ 1).
  let scale = 53 - bitLength(m < 0n ? -m : m) - e;
  if (scale > 1074) scale = 1074;
  if (scale < 0) scale = 0;
  const shift = e + scale;
  const ticks = shift >= 0 ? m << BigInt(shift) : m >> BigInt(-shift);
  return { ticks, hz: 1n << BigInt(scale) };
}

const bitLength = (x: bigint): number => (x === 0n ? 0 : x.toString(2).length);

/** floor(A * 2^K / D) with its remainder, and the divisor the remainder is relative to. */
function divScaled(a: bigint, d: bigint, k: number): [bigint, bigint, bigint] {
  if (k >= 0) { const num = a << BigInt(k); const q = num / d; return [q, num - q * d, d]; }
  const den = d << BigInt(-k);
  const q = a / den;
  return [q, a - q * den, den];
}

/** N / D rounded to the nearest double, ties to even (GNU: frac_to_double). D > 0. */
export function fracToDouble(n: bigint, d: bigint): number {
  if (n % d === 0n) return Number(n / d);
  const neg = n < 0n;
  const a = neg ? -n : n;
  // Choose K so that the quotient has exactly 53 bits (fewer for subnormal results).
  let k = 53 - (bitLength(a) - bitLength(d));
  let [q, r, den] = divScaled(a, d, k);
  if (bitLength(q) > 53) [q, r, den] = divScaled(a, d, --k);
  if (k > 1074) [q, r, den] = divScaled(a, d, k = 1074);
  const twice = r * 2n;
  if (twice > den || (twice === den && (q & 1n) === 1n)) q += 1n;
  // Q has at most 53 bits, so Q * 2^-K is exact (or overflows) when done in exact power-of-two steps.
  let v = Number(q);
  let kk = k;
  while (kk > 1000) { v *= 2 ** -1000; kk -= 1000; }
  while (kk < -1000) { v *= 2 ** 1000; kk += 1000; }
  v *= 2 ** -kk;
  return neg ? -v : v;
}

// ---------------------------------------------------------------------------------------------
// Decoding Lisp timestamps.
// ---------------------------------------------------------------------------------------------
const Qmessage = defsym("message");

/** GNU warns about (TICKS . HZ) values that may be obsolete (HI . LO) pairs. */
function warnObsolete(low: number): void {
  const msg = `obsolete timestamp with cdr ${low}`;
  const f = Qmessage.f;
  if (f !== NIL) funcall(Qmessage, LString.fromJs("%s"), LString.fromJs(msg));
  else E.stderr.write(msg + "\n");
}

export interface DecodeFlags { warn?: boolean; secsOnly?: boolean }

/** The exact value and the form of timestamp SPEC (GNU: decode_lisp_time); signals on invalid input. */
export function decodeLispTime(spec: LispObject, flags: DecodeFlags = {}): { t: LTime; form: Form } {
  if (spec === NIL) return { t: { ticks: nowNs(), hz: NS_HZ }, form: Form.Nil };
  if (spec instanceof LFloat) return { t: decodeFloatTime(spec.n), form: Form.Float };
  if (isLispInt(spec)) return { t: { ticks: big(spec), hz: 1n }, form: Form.HiLo };
  if (!(spec instanceof Cons)) return invalidTime();
  const high = spec.car;
  let low = spec.cdr;
  let usec: LispObject = 0, psec: LispObject = 0;
  let form = Form.HiLo;
  if (low instanceof Cons) {
    let tail = low.cdr;
    low = low.car;
    if (!flags.secsOnly) {
      if (tail instanceof Cons) {
        usec = tail.car; tail = tail.cdr;
        if (tail instanceof Cons) { psec = tail.car; form = Form.HiLoUsPs; } else form = Form.HiLoUs;
      } else if (tail !== NIL) { usec = tail; form = Form.HiLoUs; }
    }
  } else {
    if (flags.warn && typeof low === "number" && low >= 0 && low < 65536) warnObsolete(low);
    form = Form.TicksHz;
  }
  if (!isLispInt(low)) return invalidTime();
  if (form === Form.TicksHz) {
    if (isLispInt(high) && big(low) > 0n) return { t: { ticks: big(high), hz: big(low) }, form };
    return invalidTime();
  }
  if (!isLispInt(high) || typeof usec !== "number" || typeof psec !== "number") return invalidTime();
  // Carry out-of-range microseconds and picoseconds into the higher components.
  let us = BigInt(usec), ps = BigInt(psec);
  us += floorDiv(ps, 1000000n);
  const s = floorDiv(us, 1000000n) + big(low) + (big(high) << LO_TIME_BITS);
  ps = floorMod(ps, 1000000n); us = floorMod(us, 1000000n);
  switch (form) {
    case Form.HiLo: return { t: { ticks: s, hz: 1n }, form };
    case Form.HiLoUs: return { t: { ticks: s * 1000000n + us, hz: 1000000n }, form };
    default: return { t: { ticks: s * TRILLION + us * 1000000n + ps, hz: TRILLION }, form };
  }
}

/** SPEC in seconds as a double, as float-time needs it (exact inputs rounded once). */
export function lispTimeToDouble(spec: LispObject): number {
  if (spec instanceof LFloat) return spec.n;
  const { t } = decodeLispTime(spec);
  return fracToDouble(t.ticks, t.hz);
}

/** (HI LO US PS) for TICKS/HZ, truncated toward minus infinity (GNU: ticks_hz_list4). */
export function ticksHzList4(ticks: bigint, hz: bigint): LispObject {
  const tp = floorDiv(ticks * TRILLION, hz);
  const secs = floorDiv(tp, TRILLION);
  const fullps = tp - secs * TRILLION;
  const lo = secs & 0xffffn;
  return list(lispInt(secs >> LO_TIME_BITS), Number(lo), Number(fullps / 1000000n), Number(fullps % 1000000n));
}

/** Floor of T in units of 1/HZ, with GNU's check of HZ (GNU: lisp_time_hz_ticks). */
export function hzTicks(t: LTime, hz: LispObject): bigint {
  if (typeof hz === "number" && BigInt(hz) === t.hz) return t.ticks;
  if (!isLispInt(hz) || big(hz) <= 0n) return invalidHz(hz);
  const h = big(hz);
  if (h === t.hz) return t.ticks;
  return floorDiv(t.ticks * h, t.hz);
}

/** Seconds and nanoseconds of T, floored; null when the seconds do not fit time_t (GNU: lisp_to_timespec). */
export function toTimespec(t: LTime): { sec: bigint; ns: number } | null {
  const total = t.hz === NS_HZ ? t.ticks : floorDiv(t.ticks * NS_HZ, t.hz);
  const sec = floorDiv(total, NS_HZ);
  if (sec < -(2n ** 63n) || sec >= 2n ** 63n) return null;
  return { sec, ns: Number(total - sec * NS_HZ) };
}

/** Fast path for the common list and integer forms: seconds and nanoseconds as numbers, or null. */
function quickTimespec(spec: LispObject): { sec: number; ns: number } | null {
  if (typeof spec === "number") return { sec: spec, ns: 0 };
  if (spec === NIL) {
    const ms = nowMs();
    const sec = Math.floor(ms / 1000);
    return { sec, ns: Math.floor((ms - sec * 1000) * 1e6) };
  }
  if (!(spec instanceof Cons) || !(spec.cdr instanceof Cons)) return null;
  const hi = spec.car, c2 = spec.cdr, lo = c2.car;
  if (typeof hi !== "number" || typeof lo !== "number" || Math.abs(hi) > 2 ** 30 || Math.abs(lo) > 2 ** 30) return null;
  let us = 0, ps = 0;
  const t3 = c2.cdr;
  if (t3 instanceof Cons) {
    if (typeof t3.car !== "number") return null;
    us = t3.car;
    if (t3.cdr instanceof Cons) { if (typeof t3.cdr.car !== "number") return null; ps = t3.cdr.car; }
  } else if (t3 !== NIL) return null;
  if (Math.abs(us) > 2 ** 40 || Math.abs(ps) > 2 ** 40) return null;
  us += Math.floor(ps / 1e6);
  ps -= Math.floor(ps / 1e6) * 1e6;
  const sec = hi * 65536 + lo + Math.floor(us / 1e6);
  us -= Math.floor(us / 1e6) * 1e6;
  return { sec, ns: us * 1000 + Math.floor(ps / 1000) };
}

/** `lisp_time_argument`: a valid timespec for SPEC or a time-overflow error. */
export function timeArgument(spec: LispObject): { sec: number | bigint; ns: number } {
  const q = quickTimespec(spec);
  if (q) return q;
  const { t } = decodeLispTime(spec, { warn: true });
  const ts = toTimespec(t);
  if (!ts) return timeOverflow();
  return ts;
}

/** `lisp_seconds_argument`: whole seconds of SPEC, sub-second parts of list forms ignored. */
export function secondsArgument(spec: LispObject): bigint {
  const { t } = decodeLispTime(spec, { warn: true, secsOnly: true });
  const ts = toTimespec(t);
  if (!ts) return timeOverflow();
  return ts.sec;
}

// ---------------------------------------------------------------------------------------------
// Arithmetic and comparison.
// ---------------------------------------------------------------------------------------------
/** True when HZ divides a trillion (so the value fits (HI LO US PS) exactly). */
function trillionFactor(hz: bigint): boolean {
  return hz <= 2305843009213693951n && TRILLION % hz === 0n;
}

/** time-add / time-subtract (GNU: time_arith), including GNU's choice of result form and frequency. */
export function timeArith(a: LispObject, b: LispObject, subtract: boolean): LispObject {
  if (a instanceof LFloat && !Number.isFinite(a.n)) {
    const db = lispTimeToDouble(b);
    return mkFloat(subtract ? a.n - db : a.n + db);
  }
  const A = decodeLispTime(a, { warn: true });
  if (b instanceof LFloat && !Number.isFinite(b.n)) return subtract ? mkFloat(-b.n) : b;
  const B = a === b ? A : decodeLispTime(b, { warn: true });
  const ta = A.t, tb = B.t;
  let ticks: bigint, hz: bigint;
  if (ta.hz === tb.hz) {
    hz = ta.hz;
    ticks = subtract ? ta.ticks - tb.ticks : ta.ticks + tb.ticks;
  } else {
    const daLtDb = ta.hz < tb.hz;
    let hzmin = daLtDb ? ta.hz : tb.hz;
    const g = gcd(ta.hz, tb.hz);
    const fa = ta.hz / g, fb = tb.hz / g;
    let ihz = fa * tb.hz;
    // Avoid results that a later reader would take for an obsolete (HI . LO) pair.
    if ((daLtDb ? A.form : B.form) === Form.Float && (daLtDb ? B.form : A.form) !== Form.TicksHz
      && hzmin > 1n && hzmin < 65536n) hzmin = 65536n;
    let iticks = fb * ta.ticks + (subtract ? -1n : 1n) * fa * tb.ticks;
    const ig = gcd(iticks, ihz);
    if (ig > 1n) {
      iticks /= ig; ihz /= ig;
      if (ihz < hzmin) {
        const rescale = (hzmin + ihz - 1n) / ihz;
        iticks *= rescale; ihz *= rescale;
      }
    }
    ticks = iticks; hz = ihz;
  }
  if (hz === 1n) return lispInt(ticks);
  if (A.form === Form.TicksHz || B.form === Form.TicksHz || !trillionFactor(hz)) return new Cons(lispInt(ticks), lispInt(hz));
  return ticksHzList4(ticks, hz);
}

/** Negative, zero or positive as A <, =, > B; NaNs compare as "greater" (GNU: time_cmp). */
export function timeCmp(a: LispObject, b: LispObject): number {
  if ((a instanceof LFloat && !Number.isFinite(a.n)) || (b instanceof LFloat && !Number.isFinite(b.n))) {
    const da = a instanceof LFloat ? a.n : 0, db = b instanceof LFloat ? b.n : 0;
    return da < db ? -1 : da !== db ? 1 : 0;
  }
  const ta = decodeLispTime(a, { warn: true }).t;
  if (a === b) return 0;
  const tb = decodeLispTime(b, { warn: true }).t;
  const x = ta.hz === tb.hz ? ta.ticks : ta.ticks * tb.hz;
  const y = ta.hz === tb.hz ? tb.ticks : tb.ticks * ta.hz;
  return x < y ? -1 : x > y ? 1 : 0;
}

/** (TICKS . HZ) or integer form of T by FORM (GNU: time-convert's conversions after decoding). */
export function convertTime(time: LispObject, form: LispObject, Qlist: LSymbol, Qinteger: LSymbol, Qt: LSymbol): LispObject {
  const { t, form: inputForm } = decodeLispTime(time);
  if (form === NIL) form = Qlist;
  if (form === Qlist) return ticksHzList4(t.ticks, t.hz);
  if (form === Qinteger) return isLispInt(time) ? time : lispInt(floorDiv(t.ticks, t.hz));
  if (form === Qt) form = lispInt(t.hz);
  if (inputForm === Form.TicksHz && time instanceof Cons && sameInt(form, time.cdr)) return time;
  return new Cons(lispInt(hzTicks(t, form)), form);
}
function sameInt(a: LispObject, b: LispObject): boolean {
  return a === b || (typeof a === "bigint" && typeof b === "bigint" && a === b);
}
