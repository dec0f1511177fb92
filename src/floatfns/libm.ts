// Correctly rounded exp, log, pow and trigonometric functions, as glibc's libm returns them (GNU: the libm
// calls of floatfns.c).
//
// V8's Math.* (fdlibm) is off by one ulp for a few percent of arguments, while glibc's modern libm is
// correctly rounded in practice, so (exp 1.5) or (log 27 3) printed differently from GNU Emacs. Here each
// function is evaluated in double-double arithmetic (about 106 bits) and rounded once; integer powers are
// computed exactly with BigInt. Nothing here knows about Lisp.

// ---------------------------------------------------------------------------------------------
// Double-double arithmetic. Results go to the registers (R[0], R[1]) to avoid allocating on every operation.
// ---------------------------------------------------------------------------------------------
// (A Float64Array keeps them unboxed: module-level `let` numbers would allocate a HeapNumber per write.)
const R = new Float64Array(4);

const SPLITTER = 134217729; // 2^27 + 1
/** (R[0], R[1]) = exact a * b (Dekker). */
function twoProd(a: number, b: number): void {
  const p = a * b;
  let t = SPLITTER * a;
  const ah = t - (t - a), al = a - ah;
  t = SPLITTER * b;
  const bh = t - (t - b), bl = b - bh;
  R[0] = p; R[1] = ((ah * bh - p) + ah * bl + al * bh) + al * bl;
}
/** (R[0], R[1]) = exact a + b (Knuth). */
function twoSum(a: number, b: number): void {
  const s = a + b, bb = s - a;
  R[0] = s; R[1] = (a - (s - bb)) + (b - bb);
}
/** (R[0], R[1]) = (ah, al) + (bh, bl), accurate even under cancellation. */
function ddAdd(ah: number, al: number, bh: number, bl: number): void {
  twoSum(ah, bh);
  const s1 = R[0], s2 = R[1];
  twoSum(al, bl);
  const t1 = R[0], t2 = R[1];
  let hi = s1, lo = s2 + t1;
  let s = hi + lo; lo = lo - (s - hi); hi = s;
  lo += t2;
  s = hi + lo; R[0] = s; R[1] = lo - (s - hi);
}
/** (R[0], R[1]) = (ah, al) * (bh, bl). */
function ddMul(ah: number, al: number, bh: number, bl: number): void {
  twoProd(ah, bh);
  const p = R[0];
  const e = R[1] + (ah * bl + al * bh);
  const s = p + e; R[0] = s; R[1] = e - (s - p);
}
/** (R[0], R[1]) = (ah, al) * b for a double b. */
function ddMulD(ah: number, al: number, b: number): void {
  twoProd(ah, b);
  const p = R[0];
  const e = R[1] + al * b;
  const s = p + e; R[0] = s; R[1] = e - (s - p);
}
/** (R[0], R[1]) = (ah, al) / (bh, bl): three quotient digits, each from the exact-enough remainder. */
function ddDiv(ah: number, al: number, bh: number, bl: number): void {
  const q1 = ah / bh;
  ddMulD(bh, bl, q1);
  ddAdd(ah, al, -R[0], -R[1]);
  const rh = R[0], rl = R[1];
  const q2 = rh / bh;
  ddMulD(bh, bl, q2);
  ddAdd(rh, rl, -R[0], -R[1]);
  const q3 = R[0] / bh;
  twoSum(q1, q2);
  ddAdd(R[0], R[1], q3, 0);
}
/** (R[0], R[1]) = sqrt(ah, al), ah > 0. */
function ddSqrt(ah: number, al: number): void {
  const s = Math.sqrt(ah);
  twoProd(s, s);
  ddAdd(ah, al, -R[0], -R[1]);
  const c = R[0] / (2 * s);
  twoSum(s, c);
}

// ---------------------------------------------------------------------------------------------
// Exact constants, made once with BigInt fixed-point arithmetic.
// ---------------------------------------------------------------------------------------------
const FB = 400n; // fraction bits of the fixed-point constants

/** atan(1/n) * 2^FB for an integer n > 1 (Machin-style series). */
function atanInv(n: bigint): bigint {
  const n2 = n * n;
  let term = (1n << FB) / n, sum = term;
  for (let k = 1n; term !== 0n; k++) {
    term /= n2;
    sum += (k & 1n ? -term : term) / (2n * k + 1n);
  }
  return sum;
}
const PI_FIX = 4n * (4n * atanInv(5n) - atanInv(239n));
/** ln 2 = 2 atanh(1/3) = 2 sum 1/((2k+1) 3^(2k+1)). */
const LN2_FIX = (() => {
  let term = (1n << FB) / 3n, sum = term;
  for (let k = 1n; term !== 0n; k++) { term /= 9n; sum += term / (2n * k + 1n); }
  return 2n * sum;
})();
/** ln 10 = 3 ln 2 + ln(5/4) = 3 ln 2 + 2 atanh(1/9). */
const LN10_FIX = (() => {
  let term = (1n << FB) / 9n, sum = term;
  for (let k = 1n; term !== 0n; k++) { term /= 81n; sum += term / (2n * k + 1n); }
  return 3n * LN2_FIX + 2n * sum;
})();

/** Splits the fixed-point value V * 2^-FB into doubles of at most BITS significant bits each. */
function splitFix(v: bigint, parts: number, bits: number): number[] {
  const out: number[] = [];
  let rest = v;
  for (let i = 0; i < parts; i++) {
    const len = rest.toString(2).length;
    const shift = BigInt(Math.max(0, len - bits));
    const top = (rest >> shift) << shift;
    out.push(Number(top) * 2 ** -Number(FB));
    rest -= top;
  }
  return out;
}
/** The double-double nearest to the fixed-point value V * 2^-FB. */
function ddFix(v: bigint): [number, number] {
  const [h, l] = splitFix(v, 2, 53);
  return [h, l];
}

const [LN2_H, LN2_L] = ddFix(LN2_FIX);
/** ln 2 in pieces of 40 bits: k * piece is exact for |k| < 2^13. */
const LN2_PARTS = splitFix(LN2_FIX, 5, 40);
const [LN10_H, LN10_L] = ddFix(LN10_FIX);
const [PI_H, PI_L] = ddFix(PI_FIX);
const [PIO2_H, PIO2_L] = ddFix(PI_FIX / 2n);
/** pi/2 in pieces of 30 bits: k * piece is exact for |k| < 2^23. */
const PIO2_PARTS = splitFix(PI_FIX / 2n, 8, 30);

/** 1/n! and 1/(2k+1) as double-doubles. */
const INV_FACT_H: number[] = [], INV_FACT_L: number[] = [];
{
  let f = 1n;
  for (let n = 0; n <= 30; n++) {
    if (n > 0) f *= BigInt(n);
    const [h, l] = ddFix((1n << FB) / f);
    INV_FACT_H.push(h); INV_FACT_L.push(l);
  }
}
const INV_ODD_H: number[] = [], INV_ODD_L: number[] = [];
for (let k = 0; k <= 40; k++) {
  const [h, l] = ddFix((1n << FB) / BigInt(2 * k + 1));
  INV_ODD_H.push(h); INV_ODD_L.push(l);
}

// ---------------------------------------------------------------------------------------------
// Rounding a double-double to a double.
// ---------------------------------------------------------------------------------------------
/** Rounds (h, l) * 2^k to the nearest double (h + l already normalised; 0.5 <= |h| < 2). */
function scaleRound(h: number, l: number, k: number): number {
  if (k >= -1021) {
    if (k > 1023) return h * 2 ** (k - 1023) * 2 ** 1023;
    return h * 2 ** k;
  }
  if (k < -1080) return h < 0 ? -0 : 0;
  // Subnormal: round (h + l) * 2^(k + 1074) to an integer once (ties to even), then scale.
  const sh = h * 2 ** (k + 1074), sl = l * 2 ** (k + 1074);
  const f = Math.floor(sh);
  const frac = (sh - f) + sl;
  let n = f;
  if (frac > 0.5 || (frac === 0.5 && f % 2 !== 0)) n = f + 1;
  else if (frac < 0) n = f - (frac < -0.5 || (frac === -0.5 && f % 2 !== 0) ? 1 : 0);
  return n * 2 ** -1074;
}

// ---------------------------------------------------------------------------------------------
// exp and log.
// ---------------------------------------------------------------------------------------------
/** (R[0], R[1]) = exp(xh + xl) / 2^K, with the power of two in K (|xh| < 746). */
let K = 0;
function expCore(xh: number, xl: number): void {
  const k = Math.round(xh / LN2_H);
  // r = x - k ln2, with ln2 in exact pieces so that no bits are lost to cancellation.
  let rh = xh, rl = xl;
  for (const p of LN2_PARTS) { ddAdd(rh, rl, -k * p, 0); rh = R[0]; rl = R[1]; }
  // exp(r) = exp(r / 256)^256; the series for |r/256| < 0.0014 needs 10 terms.
  rh *= 1 / 256; rl *= 1 / 256;
  let sh = INV_FACT_H[10], sl = INV_FACT_L[10];
  for (let n = 9; n >= 0; n--) {
    ddMul(sh, sl, rh, rl);
    ddAdd(R[0], R[1], INV_FACT_H[n], INV_FACT_L[n]);
    sh = R[0]; sl = R[1];
  }
  for (let i = 0; i < 8; i++) { ddMul(sh, sl, sh, sl); sh = R[0]; sl = R[1]; }
  R[0] = sh; R[1] = sl; K = k;
}

/** Correctly rounded e^x. */
export function exp(x: number): number {
  if (!(x > -746)) return x !== x ? x : 0;
  if (x > 710) return Infinity;
  if (x === 0) return 1;
  expCore(x, 0);
  return scaleRound(R[0], R[1], K);
}

/** (R[0], R[1]) = ln x for finite x > 0. */
function logCore(x: number): void {
  let e = 0;
  if (x < 2.2250738585072014e-308) { x *= 2 ** 64; e = -64; }
  // x = m 2^e with m in [sqrt(1/2), sqrt(2)).
  const ex = Math.floor(Math.log2(x));
  let m = x * 2 ** -ex;
  e += ex;
  if (m >= 2) { m /= 2; e++; } else if (m < 1) { m *= 2; e--; }
  if (m > Math.SQRT2) { m /= 2; e++; }
  // ln m = 2 atanh(s), s = (m - 1)/(m + 1); m - 1 is exact.
  twoSum(m, 1);
  ddDiv(m - 1, 0, R[0], R[1]);
  const sh = R[0], sl = R[1];
  ddMul(sh, sl, sh, sl);
  const s2h = R[0], s2l = R[1];
  let th = INV_ODD_H[30], tl = INV_ODD_L[30];
  for (let k = 29; k >= 0; k--) {
    ddMul(th, tl, s2h, s2l);
    ddAdd(R[0], R[1], INV_ODD_H[k], INV_ODD_L[k]);
    th = R[0]; tl = R[1];
  }
  ddMul(th, tl, sh, sl);
  let yh = 2 * R[0], yl = 2 * R[1];
  if (e !== 0) {
    for (const p of LN2_PARTS) { ddAdd(yh, yl, e * p, 0); yh = R[0]; yl = R[1]; }
  }
  R[0] = yh; R[1] = yl;
}

/** Correctly rounded natural logarithm. */
export function log(x: number): number {
  if (!(x > 0) || x === Infinity) return x === 0 ? -Infinity : x === Infinity ? x : NaN;
  if (x === 1) return 0;
  logCore(x);
  return R[0] + R[1];
}
/** A double from its IEEE bits. */
function fromBits(hi: number, lo: number): number {
  const dv = new DataView(new ArrayBuffer(8));
  dv.setUint32(0, hi); dv.setUint32(4, lo);
  return dv.getFloat64(0);
}
const IVLN10 = fromBits(0x3fdbcb7b, 0x1526e50e);
const LOG10_2HI = fromBits(0x3fd34413, 0x509f6000);
const LOG10_2LO = fromBits(0x3d59fef3, 0x11f12b36);
/**
 * log10 as glibc computes it (the classic fdlibm formula around its correctly rounded log), which is not
 * itself correctly rounded: GNU's results are reproduced only by doing the same roundings.
 */
export function log10(x: number): number {
  if (!(x > 0) || x === Infinity) return x === 0 ? -Infinity : x === Infinity ? x : NaN;
  let k = 0;
  if (x < 2.2250738585072014e-308) { x *= 2 ** 54; k = -54; }
  const [, e] = frexpExp(x);
  k += e - 1;
  // Mantissa into [1, 2) for x >= 1, into [0.5, 1) below, as fdlibm does.
  const i = k < 0 ? 1 : 0;
  const m = x * 2 ** -(k + i);
  const y = k + i;
  const z = y * LOG10_2LO + IVLN10 * log(m);
  return z + y * LOG10_2HI;
}
/** Binary exponent e with x = f * 2^e, f in [0.5, 1), for normal positive x. */
function frexpExp(x: number): [number, number] {
  let e = Math.floor(Math.log2(x)) + 1;
  let f = x * 2 ** -e;
  if (f >= 1) { f /= 2; e++; } else if (f < 0.5) { f *= 2; e--; }
  return [f, e];
}
export function log2(x: number): number {
  if (!(x > 0) || x === Infinity) return x === 0 ? -Infinity : x === Infinity ? x : NaN;
  if (x === 1) return 0;
  logCore(x);
  ddDiv(R[0], R[1], LN2_H, LN2_L);
  return R[0] + R[1];
}

// ---------------------------------------------------------------------------------------------
// pow.
// ---------------------------------------------------------------------------------------------
/** X as odd mantissa and exponent: X = M * 2^E (X finite, non-zero). */
function toScaled(x: number): [bigint, number] {
  let e = 0;
  x = Math.abs(x);
  while (!Number.isInteger(x)) { x *= 2 ** 32; e -= 32; }
  let m = BigInt(x);
  while ((m & 1n) === 0n) { m >>= 1n; e++; }
  return [m, e];
}

/** NUM/DEN * 2^E2 correctly rounded (NUM, DEN > 0). */
export function roundRatio(num: bigint, den: bigint, e2: number): number {
  const nb = num.toString(2).length, db = den.toString(2).length;
  // Scale so that the quotient has 64 to 66 bits, keeping a sticky bit for the remainder.
  const shift = db - nb + 65;
  let q: bigint, r: bigint;
  if (shift >= 0) { q = (num << BigInt(shift)) / den; r = (num << BigInt(shift)) % den; }
  else { q = num / (den << BigInt(-shift)); r = num % (den << BigInt(-shift)); }
  let e = e2 - shift;
  // Reduce q to 53 significant bits (fewer for subnormals), rounding half to even with the sticky bit.
  const qb = q.toString(2).length;
  let drop = qb - 53;
  const top = qb - 1 + e;
  if (top > 1023) return Infinity;
  if (top < -1022) drop += -1022 - top;
  if (drop <= 0) return Number(q) * 2 ** e;
  if (drop > qb) return 0;
  const D = BigInt(drop);
  let m = q >> D;
  const rest = q - (m << D), half = 1n << (D - 1n);
  if (rest > half || (rest === half && (r !== 0n || (m & 1n) === 1n))) m += 1n;
  e += drop;
  // m (at most 53 bits) * 2^e is exactly representable here, and -1074 <= e <= 971.
  return Number(m) * 2 ** e;
}

/** Exact x^n for finite non-zero x and integer n, correctly rounded; undefined when too costly. */
function powInt(x: number, n: number): number | undefined {
  const [m, e] = toScaled(x);
  const mb = m.toString(2).length;
  if (mb * Math.abs(n) > 40000) return undefined;
  const p = m ** BigInt(Math.abs(n));
  const neg = x < 0 && n % 2 !== 0;
  const r = n > 0 ? roundRatio(p, 1n, e * n) : roundRatio(1n, p, e * n);
  return neg ? -r : r;
}

/** C pow for finite, non-zero X and finite Y with X > 0 or integral Y; other cases are the caller's. */
export function powFinite(x: number, y: number): number {
  if (Number.isInteger(y)) {
    const r = powInt(x, y);
    if (r !== undefined) return r;
  }
  const neg = x < 0 && Number.isInteger(y) && y % 2 !== 0;
  logCore(Math.abs(x));
  ddMulD(R[0], R[1], y);
  if (R[0] > 710) return neg ? -Infinity : Infinity;
  if (R[0] < -746) return neg ? -0 : 0;
  expCore(R[0], R[1]);
  const r = scaleRound(R[0], R[1], K);
  return neg ? -r : r;
}

// ---------------------------------------------------------------------------------------------
// Trigonometric functions.
// ---------------------------------------------------------------------------------------------
/** Quadrant of the last reduction. */
let Q = 0;
/** (R[0], R[1]) = x - Q pi/2 with |result| <= pi/4 (about). */
function reduce(x: number): void {
  const k = Math.round(x / PIO2_H);
  if (Math.abs(k) < 2 ** 22) {
    // Cody-Waite: pi/2 in 30-bit pieces, so each k * piece is exact.
    let rh = x, rl = 0;
    for (const p of PIO2_PARTS) { ddAdd(rh, rl, -k * p, 0); rh = R[0]; rl = R[1]; }
    R[0] = rh; R[1] = rl; Q = k % 4;
    if (Q < 0) Q += 4;
    return;
  }
  // Huge arguments: exact reduction in fixed point with a long pi (|x| < 2^1024 needs about 1100 bits of it,
  // plus the bits lost when x is close to a multiple of pi/2).
  const S = 2400;
  const [m, e] = toScaled(x);
  const X = m << BigInt(e + S);
  const P = bigPiOver2() >> BigInt(3400 - S);
  let q = X / P, r = X - q * P;
  if (r > P / 2n) { r -= P; q += 1n; }
  let qm = Number(q % 4n);
  if (x < 0) { r = -r; qm = (4 - qm) % 4; }
  fixToDD(r, S);
  Q = qm;
}
/** (R[0], R[1]) = V * 2^-S for a BigInt V, to double-double precision. */
function fixToDD(v: bigint, S: number): void {
  const neg = v < 0n;
  const a = neg ? -v : v;
  const sh = Math.max(0, a.toString(2).length - 106);
  const t = a >> BigInt(sh);
  const hi = t >> 53n, lo = t & ((1n << 53n) - 1n);
  twoSum(Number(hi) * 2 ** (sh + 53 - S), Number(lo) * 2 ** (sh - S));
  if (neg) { R[0] = -R[0]; R[1] = -R[1]; }
}
/** pi/2 * 2^3400, computed on first use. */
let bigPio2: bigint | undefined;
function bigPiOver2(): bigint {
  if (bigPio2 === undefined) {
    const P = 3400n;
    const at = (n: bigint): bigint => {
      const n2 = n * n;
      let term = (1n << P) / n, sum = term;
      for (let k = 1n; term !== 0n; k++) { term /= n2; sum += (k & 1n ? -term : term) / (2n * k + 1n); }
      return sum;
    };
    bigPio2 = 2n * (4n * at(5n) - at(239n));
  }
  return bigPio2;
}

/** (R[0], R[1]) = sin(rh + rl) for |r| <= pi/4 + a little; also leaves cos in (R[2], R[3]). */
function sinCosCore(rh: number, rl: number): void {
  ddMul(rh, rl, rh, rl);
  const r2h = R[0], r2l = R[1];
  // sin r = r (1 - r^2/3! + r^4/5! ...), cos r = 1 - r^2/2! + ...
  let sh = INV_FACT_H[29], sl = INV_FACT_L[29];
  for (let n = 27; n >= 1; n -= 2) {
    ddMul(sh, sl, -r2h, -r2l);
    ddAdd(R[0], R[1], INV_FACT_H[n], INV_FACT_L[n]);
    sh = R[0]; sl = R[1];
  }
  ddMul(sh, sl, rh, rl);
  const sinH = R[0], sinL = R[1];
  let ch = INV_FACT_H[30], cl = INV_FACT_L[30];
  for (let n = 28; n >= 0; n -= 2) {
    ddMul(ch, cl, -r2h, -r2l);
    ddAdd(R[0], R[1], INV_FACT_H[n], INV_FACT_L[n]);
    ch = R[0]; cl = R[1];
  }
  R[2] = ch; R[3] = cl; R[0] = sinH; R[1] = sinL;
}

export function sin(x: number): number {
  if (!Number.isFinite(x)) return NaN;
  if (Math.abs(x) < 2 ** -27) return x; // sin x = x - x^3/6 rounds to x (and keeps -0)
  reduce(x);
  sinCosCore(R[0], R[1]);
  switch (Q) {
    case 0: return R[0] + R[1];
    case 1: return R[2] + R[3];
    case 2: return -(R[0] + R[1]);
    default: return -(R[2] + R[3]);
  }
}
export function cos(x: number): number {
  if (!Number.isFinite(x)) return NaN;
  if (Math.abs(x) < 2 ** -27) return 1;
  reduce(x);
  sinCosCore(R[0], R[1]);
  switch (Q) {
    case 0: return R[2] + R[3];
    case 1: return -(R[0] + R[1]);
    case 2: return -(R[2] + R[3]);
    default: return R[0] + R[1];
  }
}
export function tan(x: number): number {
  if (!Number.isFinite(x)) return NaN;
  if (Math.abs(x) < 2 ** -27) return x;
  reduce(x);
  sinCosCore(R[0], R[1]);
  const sh = R[0], sl = R[1];
  if (Q % 2 === 0) ddDiv(sh, sl, R[2], R[3]);
  else { ddDiv(R[2], R[3], sh, sl); R[0] = -R[0]; R[1] = -R[1]; }
  return R[0] + R[1];
}

/** (R[0], R[1]) = atan(ah, al) for |a| <= 1. */
function atanCore(ah: number, al: number): void {
  // Two halvings, atan a = 2 atan(a / (1 + sqrt(1 + a^2))), bring |a| below tan(pi/16) < 0.2.
  let th = ah, tl = al;
  for (let i = 0; i < 2; i++) {
    ddMul(th, tl, th, tl);
    ddAdd(R[0], R[1], 1, 0);
    ddSqrt(R[0], R[1]);
    ddAdd(R[0], R[1], 1, 0);
    ddDiv(th, tl, R[0], R[1]);
    th = R[0]; tl = R[1];
  }
  ddMul(th, tl, th, tl);
  const t2h = R[0], t2l = R[1];
  // atan t = t (1 - t^2/3 + t^4/5 ...); t^2 < 0.04 makes 25 terms enough.
  let sh = INV_ODD_H[25], sl = INV_ODD_L[25];
  for (let k = 24; k >= 0; k--) {
    ddMul(sh, sl, -t2h, -t2l);
    ddAdd(R[0], R[1], INV_ODD_H[k], INV_ODD_L[k]);
    sh = R[0]; sl = R[1];
  }
  ddMul(sh, sl, th, tl);
  R[0] *= 4; R[1] *= 4;
}

/** (R[0], R[1]) = atan2(yh + yl, xh + xl) for finite arguments, not both zero. */
function atan2Core(yh: number, yl: number, xh: number, xl: number): void {
  if (Math.abs(yh) <= Math.abs(xh)) {
    ddDiv(yh, yl, xh, xl);
    atanCore(R[0], R[1]);
    if (xh < 0) {
      if (yh > 0 || (yh === 0 && !Object.is(yh, -0))) ddAdd(R[0], R[1], PI_H, PI_L);
      else ddAdd(R[0], R[1], -PI_H, -PI_L);
    }
  } else {
    ddDiv(xh, xl, yh, yl);
    atanCore(R[0], R[1]);
    if (yh > 0) ddAdd(PIO2_H, PIO2_L, -R[0], -R[1]);
    else ddAdd(-PIO2_H, -PIO2_L, -R[0], -R[1]);
  }
}

export function atan(x: number): number {
  if (x !== x) return x;
  if (Math.abs(x) < 2 ** -27) return x;
  if (!Number.isFinite(x)) return x > 0 ? PIO2_H : -PIO2_H;
  atan2Core(x, 0, 1, 0);
  return R[0] + R[1];
}
export function atan2(y: number, x: number): number {
  if (y !== y || x !== x) return NaN;
  if (y === 0 || !Number.isFinite(x) || !Number.isFinite(y)) return Math.atan2(y, x);
  atan2Core(y, 0, x, 0);
  const r = R[0] + R[1];
  // Tiny quotients give subnormal angles; those are rounded by the division itself.
  return Math.abs(r) < 2.2250738585072014e-308 ? Math.atan2(y, x) : r;
}
/** sqrt(1 - x^2) as a double-double in (R[0], R[1]), for |x| <= 1. */
function cosFromSin(x: number): void {
  twoSum(1, -x);
  const ah = R[0], al = R[1];
  twoSum(1, x);
  ddMul(ah, al, R[0], R[1]);
  if (R[0] === 0) { R[1] = 0; return; }
  ddSqrt(R[0], R[1]);
}
export function asin(x: number): number {
  if (!(Math.abs(x) <= 1)) return NaN;
  if (Math.abs(x) < 2 ** -27) return x;
  if (Math.abs(x) === 1) return x > 0 ? PIO2_H : -PIO2_H;
  cosFromSin(x);
  atan2Core(x, 0, R[0], R[1]);
  return R[0] + R[1];
}
export function acos(x: number): number {
  if (!(Math.abs(x) <= 1)) return NaN;
  if (x === 1) return 0;
  if (x === -1) return PI_H;
  cosFromSin(x);
  atan2Core(R[0], R[1], x, 0);
  return R[0] + R[1];
}
