// Correctly rounded exp, log, pow and trigonometric functions, as glibc's libm returns them (GNU: the libm
// calls of floatfns.c).
//
// V8's Math.* (fdlibm) is off by one ulp for a few percent of arguments, while glibc's modern libm is
// correctly rounded in practice, so (exp 1.5) or (log 27 3) printed differently from GNU Emacs. Here each
// function is evaluated in double-double arithmetic (about 106 bits) and rounded once; integer powers are
// computed exactly with BigInt. Nothing here knows about Lisp.

// ---------------------------------------------------------------------------------------------
// Double-double arithmetic. Results go to the registers (H, L) to avoid allocating on every operation.
// ---------------------------------------------------------------------------------------------
let H = 0, L = 0;

const SPLITTER = 134217729; // 2^27 + 1
/** (H, L) = exact a * b (Dekker). */
function twoProd(a: number, b: number): void {
  const p = a * b;
  let t = SPLITTER * a;
  const ah = t - (t - a), al = a - ah;
  t = SPLITTER * b;
  const bh = t - (t - b), bl = b - bh;
  H = p; L = ((ah * bh - p) + ah * bl + al * bh) + al * bl;
}
/** (H, L) = exact a + b (Knuth). */
function twoSum(a: number, b: number): void {
  const s = a + b, bb = s - a;
  H = s; L = (a - (s - bb)) + (b - bb);
}
/** (H, L) = (ah, al) + (bh, bl), accurate even under cancellation. */
function ddAdd(ah: number, al: number, bh: number, bl: number): void {
  twoSum(ah, bh);
  const s1 = H, s2 = L;
  twoSum(al, bl);
  const t1 = H, t2 = L;
  let hi = s1, lo = s2 + t1;
  let s = hi + lo; lo = lo - (s - hi); hi = s;
  lo += t2;
  s = hi + lo; H = s; L = lo - (s - hi);
}
/** (H, L) = (ah, al) * (bh, bl). */
function ddMul(ah: number, al: number, bh: number, bl: number): void {
  twoProd(ah, bh);
  const p = H;
  const e = L + (ah * bl + al * bh);
  const s = p + e; H = s; L = e - (s - p);
}
/** (H, L) = (ah, al) * b for a double b. */
function ddMulD(ah: number, al: number, b: number): void {
  twoProd(ah, b);
  const p = H;
  const e = L + al * b;
  const s = p + e; H = s; L = e - (s - p);
}
/** (H, L) = (ah, al) / (bh, bl). */
function ddDiv(ah: number, al: number, bh: number, bl: number): void {
  const q1 = ah / bh;
  ddMulD(bh, bl, q1);
  ddAdd(ah, al, -H, -L);
  const q2 = H / bh;
  ddMulD(bh, bl, q2);
  ddAdd(ah, al, -H, -L); // recompute remainder from scratch below for accuracy
  // r = a - (q1 + q2) b
  ddMulD(bh, bl, q1);
  let rh = ah - H, rl = 0;
  twoSum(ah, -H); rh = H; rl = L + al;
  ddMulD(bh, bl, q1);
  ddAdd(ah, al, -H, -L); rh = H; rl = L;
  ddMulD(bh, bl, q2);
  ddAdd(rh, rl, -H, -L);
  const q3 = H / bh;
  twoSum(q1, q2);
  ddAdd(H, L, q3, 0);
}
/** (H, L) = sqrt(ah, al), ah > 0. */
function ddSqrt(ah: number, al: number): void {
  const s = Math.sqrt(ah);
  twoProd(s, s);
  ddAdd(ah, al, -H, -L);
  const c = H / (2 * s);
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
/** (H, L) = exp(xh + xl) / 2^K, with the power of two in K (|xh| < 746). */
let K = 0;
function expCore(xh: number, xl: number): void {
  const k = Math.round(xh / LN2_H);
  // r = x - k ln2, with ln2 in exact pieces so that no bits are lost to cancellation.
  let rh = xh, rl = xl;
  for (const p of LN2_PARTS) { ddAdd(rh, rl, -k * p, 0); rh = H; rl = L; }
  // exp(r) = exp(r / 256)^256; the series for |r/256| < 0.0014 needs 10 terms.
  rh *= 1 / 256; rl *= 1 / 256;
  let sh = INV_FACT_H[10], sl = INV_FACT_L[10];
  for (let n = 9; n >= 0; n--) {
    ddMul(sh, sl, rh, rl);
    ddAdd(H, L, INV_FACT_H[n], INV_FACT_L[n]);
    sh = H; sl = L;
  }
  for (let i = 0; i < 8; i++) { ddMul(sh, sl, sh, sl); sh = H; sl = L; }
  H = sh; L = sl; K = k;
}

/** Correctly rounded e^x. */
export function exp(x: number): number {
  if (!(x > -746)) return x !== x ? x : 0;
  if (x > 710) return Infinity;
  if (x === 0) return 1;
  expCore(x, 0);
  return scaleRound(H, L, K);
}

/** (H, L) = ln x for finite x > 0. */
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
  ddDiv(m - 1, 0, H, L);
  const sh = H, sl = L;
  ddMul(sh, sl, sh, sl);
  const s2h = H, s2l = L;
  let th = INV_ODD_H[30], tl = INV_ODD_L[30];
  for (let k = 29; k >= 0; k--) {
    ddMul(th, tl, s2h, s2l);
    ddAdd(H, L, INV_ODD_H[k], INV_ODD_L[k]);
    th = H; tl = L;
  }
  ddMul(th, tl, sh, sl);
  let yh = 2 * H, yl = 2 * L;
  if (e !== 0) {
    for (const p of LN2_PARTS) { ddAdd(yh, yl, e * p, 0); yh = H; yl = L; }
  }
  H = yh; L = yl;
}

/** Correctly rounded natural logarithm. */
export function log(x: number): number {
  if (!(x > 0) || x === Infinity) return x === 0 ? -Infinity : x === Infinity ? x : NaN;
  if (x === 1) return 0;
  logCore(x);
  return H + L;
}
export function log10(x: number): number {
  if (!(x > 0) || x === Infinity) return x === 0 ? -Infinity : x === Infinity ? x : NaN;
  if (x === 1) return 0;
  logCore(x);
  ddDiv(H, L, LN10_H, LN10_L);
  return H + L;
}
export function log2(x: number): number {
  if (!(x > 0) || x === Infinity) return x === 0 ? -Infinity : x === Infinity ? x : NaN;
  if (x === 1) return 0;
  logCore(x);
  ddDiv(H, L, LN2_H, LN2_L);
  return H + L;
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
  if (drop > qb + 1) return 0;
  const D = BigInt(drop);
  let m = q >> D;
  const rest = q - (m << D), half = 1n << (D - 1n);
  if (rest > half || (rest === half && (r !== 0n || (m & 1n) === 1n))) m += 1n;
  e += drop;
  // m * 2^e: split the scaling so that no intermediate power of two overflows or underflows.
  const mn = Number(m);
  return e > 0 ? mn * 2 ** Math.min(e, 1000) * 2 ** (e - Math.min(e, 1000)) : mn * 2 ** Math.max(e, -1000) * 2 ** (e - Math.max(e, -1000));
}

/** Exact x^n for finite non-zero x and integer n, correctly rounded; undefined when too costly. */
function powInt(x: number, n: number): number | undefined {
  const [m, e] = toScaled(x);
  const mb = m.toString(2).length;
  if (mb * Math.abs(n) > 40000) return undefined;
  const p = m ** BigInt(Math.abs(n));
  const neg = x < 0 && n % 2 !== 0;
  let r: number;
  if (n > 0) r = roundRatio(p, 1n, e * n);
  else r = roundRatio(1n, p, -e * -n === 0 ? 0 : e * n);
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
  ddMulD(H, L, y);
  if (H > 710) return neg ? -Infinity : Infinity;
  if (H < -746) return neg ? -0 : 0;
  expCore(H, L);
  const r = scaleRound(H, L, K);
  return neg ? -r : r;
}

// ---------------------------------------------------------------------------------------------
// Trigonometric functions.
// ---------------------------------------------------------------------------------------------
/** Quadrant of the last reduction. */
let Q = 0;
/** (H, L) = x - Q pi/2 with |result| <= pi/4 (about). */
function reduce(x: number): void {
  const k = Math.round(x / PIO2_H);
  if (Math.abs(k) < 2 ** 22) {
    let rh = x, rl = 0;
    for (const p of PIO2_PARTS) { ddAdd(rh, rl, -k * p, 0); rh = H; rl = L; }
    H = rh; L = rl; Q = k % 4;
    if (Q < 0) Q += 4;
    return;
  }
  // Huge arguments: exact reduction with a long enough pi (Payne-Hanek in spirit, with BigInt).
  const [m, e] = toScaled(x);
  const pio2 = bigPiOver2(e);
  const bits = e + 2200; // fixed-point scale of x
  const X = (x < 0 ? -m : m) << BigInt(bits + e - e); // m * 2^(e + bits) / 2^bits
  const xf = X << BigInt(e);
  const kb = BigInt(k);
  let r = xf - kb * pio2;
  // k came from a double division and may be off by one.
  let q = kb;
  const quarter = pio2 / 2n;
  while (r > quarter) { r -= pio2; q += 1n; }
  while (r < -quarter) { r += pio2; q -= 1n; }
  const neg = r < 0n;
  const a = neg ? -r : r;
  const len = a.toString(2).length;
  const sh = BigInt(Math.max(0, len - 110));
  const top = a >> sh;
  const hiBits = top >> 57n, loBits = top - (hiBits << 57n);
  let h = Number(hiBits) * 2 ** (Number(sh) + 57 - bits), l = Number(loBits) * 2 ** (Number(sh) - bits);
  const s = h + l; l = l - (s - h); h = s;
  H = neg ? -h : h; L = neg ? -l : l;
  Q = Number(((q % 4n) + 4n) % 4n);
}
/** pi/2 * 2^(2200 + max(e, 0)) as an integer, for reducing arguments up to 2^1024. */
let bigPio2: bigint | undefined;
function bigPiOver2(e: number): bigint {
  if (bigPio2 === undefined) {
    // 3400 fraction bits cover the 2^1024 range with 2200 bits to spare.
    const P = 3400n;
    const at = (n: bigint): bigint => {
      const n2 = n * n;
      let term = (1n << P) / n, sum = term;
      for (let k = 1n; term !== 0n; k++) { term /= n2; sum += (k & 1n ? -term : term) / (2n * k + 1n); }
      return sum;
    };
    bigPio2 = 2n * (4n * at(5n) - at(239n));
  }
  // Scale from 3400 fraction bits to 2200 + max(e, 0).
  return bigPio2 >> BigInt(3400 - 2200 - Math.max(e, 0));
}

/** (H, L) = sin(rh + rl) for |r| <= pi/4 + a little; also leaves cos in (CH, CL). */
let CH = 0, CL = 0;
function sinCosCore(rh: number, rl: number): void {
  ddMul(rh, rl, rh, rl);
  const r2h = H, r2l = L;
  // sin r = r (1 - r^2/3! + r^4/5! ...), cos r = 1 - r^2/2! + ...
  let sh = INV_FACT_H[27], sl = INV_FACT_L[27];
  for (let n = 25; n >= 1; n -= 2) {
    ddMul(sh, sl, -r2h, -r2l);
    ddAdd(H, L, INV_FACT_H[n], INV_FACT_L[n]);
    sh = H; sl = L;
  }
  ddMul(sh, sl, rh, rl);
  const sinH = H, sinL = L;
  let ch = INV_FACT_H[28], cl = INV_FACT_L[28];
  for (let n = 26; n >= 0; n -= 2) {
    ddMul(ch, cl, -r2h, -r2l);
    ddAdd(H, L, INV_FACT_H[n], INV_FACT_L[n]);
    ch = H; cl = L;
  }
  CH = ch; CL = cl; H = sinH; L = sinL;
}

export function sin(x: number): number {
  if (!Number.isFinite(x)) return NaN;
  if (Math.abs(x) < 2 ** -27) return x; // sin x = x - x^3/6 rounds to x (and keeps -0)
  reduce(x);
  sinCosCore(H, L);
  switch (Q) {
    case 0: return H + L;
    case 1: return CH + CL;
    case 2: return -(H + L);
    default: return -(CH + CL);
  }
}
export function cos(x: number): number {
  if (!Number.isFinite(x)) return NaN;
  if (Math.abs(x) < 2 ** -27) return 1;
  reduce(x);
  sinCosCore(H, L);
  switch (Q) {
    case 0: return CH + CL;
    case 1: return -(H + L);
    case 2: return -(CH + CL);
    default: return H + L;
  }
}
export function tan(x: number): number {
  if (!Number.isFinite(x)) return NaN;
  if (Math.abs(x) < 2 ** -27) return x;
  reduce(x);
  sinCosCore(H, L);
  const sh = H, sl = L;
  if (Q % 2 === 0) ddDiv(sh, sl, CH, CL);
  else { ddDiv(CH, CL, sh, sl); H = -H; L = -L; }
  return H + L;
}

/** (H, L) = atan(ah, al) for |a| <= 1. */
function atanCore(ah: number, al: number): void {
  // Two halvings, atan a = 2 atan(a / (1 + sqrt(1 + a^2))), bring |a| below tan(pi/16) < 0.2.
  let th = ah, tl = al;
  for (let i = 0; i < 2; i++) {
    ddMul(th, tl, th, tl);
    ddAdd(H, L, 1, 0);
    ddSqrt(H, L);
    ddAdd(H, L, 1, 0);
    ddDiv(th, tl, H, L);
    th = H; tl = L;
  }
  ddMul(th, tl, th, tl);
  const t2h = H, t2l = L;
  let sh = INV_ODD_H[40], sl = INV_ODD_L[40];
  for (let k = 39; k >= 0; k--) {
    ddMul(sh, sl, -t2h, -t2l);
    ddAdd(H, L, k % 2 === 0 ? INV_ODD_H[k] : INV_ODD_H[k], k % 2 === 0 ? INV_ODD_L[k] : INV_ODD_L[k]);
    sh = H; sl = L;
  }
  ddMul(sh, sl, th, tl);
  H *= 4; L *= 4;
}

/** (H, L) = atan2(yh + yl, xh + xl) for finite arguments, not both zero. */
function atan2Core(yh: number, yl: number, xh: number, xl: number): void {
  if (Math.abs(yh) <= Math.abs(xh)) {
    ddDiv(yh, yl, xh, xl);
    atanCore(H, L);
    if (xh < 0) {
      if (yh > 0 || (yh === 0 && !Object.is(yh, -0))) ddAdd(H, L, PI_H, PI_L);
      else ddAdd(H, L, -PI_H, -PI_L);
    }
  } else {
    ddDiv(xh, xl, yh, yl);
    atanCore(H, L);
    if (yh > 0) ddAdd(PIO2_H, PIO2_L, -H, -L);
    else ddAdd(-PIO2_H, -PIO2_L, -H, -L);
  }
}

export function atan(x: number): number {
  if (x !== x) return x;
  if (Math.abs(x) < 2 ** -27) return x;
  if (!Number.isFinite(x)) return x > 0 ? PIO2_H : -PIO2_H;
  atan2Core(x, 0, 1, 0);
  return H + L;
}
export function atan2(y: number, x: number): number {
  if (y !== y || x !== x) return NaN;
  if (y === 0 || !Number.isFinite(x) || !Number.isFinite(y)) return Math.atan2(y, x);
  atan2Core(y, 0, x, 0);
  const r = H + L;
  // Tiny quotients give subnormal angles; those are rounded by the division itself.
  return Math.abs(r) < 2.2250738585072014e-308 ? Math.atan2(y, x) : r;
}
/** sqrt(1 - x^2) as a double-double in (H, L), for |x| <= 1. */
function cosFromSin(x: number): void {
  twoSum(1, -x);
  const ah = H, al = L;
  twoSum(1, x);
  ddMul(ah, al, H, L);
  if (H === 0) { L = 0; return; }
  ddSqrt(H, L);
}
export function asin(x: number): number {
  if (!(Math.abs(x) <= 1)) return NaN;
  if (Math.abs(x) < 2 ** -27) return x;
  if (Math.abs(x) === 1) return x > 0 ? PIO2_H : -PIO2_H;
  cosFromSin(x);
  atan2Core(x, 0, H, L);
  return H + L;
}
export function acos(x: number): number {
  if (!(Math.abs(x) <= 1)) return NaN;
  if (x === 1) return 0;
  if (x === -1) return PI_H;
  cosFromSin(x);
  atan2Core(H, L, x, 0);
  return H + L;
}
