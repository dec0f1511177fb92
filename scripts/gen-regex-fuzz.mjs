// Prints N random regexp cases (JSON lines [REGEXP, STRING, OPTIONS]) for scripts/gen-regex-cases.sh.
// Deterministic for a given seed. Regexps come from a small grammar over a 3-letter alphabet (so that matches,
// backtracking and group registers are exercised), plus some raw random character soup (so that syntax errors are).
// Usage: node scripts/gen-regex-fuzz.mjs N SEED
const [n = 1000, seed0 = 1] = process.argv.slice(2).map(Number);
let seed = seed0 >>> 0;
function rnd(k) { // xorshift32
  seed ^= seed << 13; seed >>>= 0; seed ^= seed >>> 17; seed ^= seed << 5; seed >>>= 0;
  return seed % k;
}
const pick = (xs) => xs[rnd(xs.length)];

const atoms = ["a", "b", "c", ".", "[ab]", "[^a]", "[a-c]", "\\w", "\\W", "\\sw", "\\s-", "\\b", "\\B", "\\<", "\\>",
  "\\_<", "\\_>", "^", "$", "\\`", "\\'", " ", "\n", "[[:alpha:]]", "[[:space:]]", "x", "é", "É", "日", "[é-ü]",
  "[[:upper:]]", "[[:lower:]]", "[^[:word:]]", "\\cj", "\\Ca", "[-a]", "[]a]", "\\=", "A"];
const postfix = ["*", "+", "?", "*?", "+?", "??", "\\{2\\}", "\\{1,2\\}", "\\{,2\\}", "\\{2,\\}", "\\{0,1\\}", "\\{0\\}",
  "\\{1,3\\}?", "**", "*?*"];

function regex(depth, groups) {
  const parts = [];
  const len = 1 + rnd(4);
  for (let i = 0; i < len; i++) {
    let item;
    const r = rnd(10);
    if (r < 2 && depth < 3) {
      const kind = rnd(6);
      const inner = regex(depth + 1, groups);
      if (kind === 0) item = `\\(?:${inner}\\)`;
      else if (kind === 1) { const k = 1 + rnd(groups.n + 2); groups.n = Math.max(groups.n, k); item = `\\(?${k}:${inner}\\)`; }
      else { groups.n++; item = `\\(${inner}\\)`; }
    } else if (r === 2 && groups.n > 0) item = `\\${1 + rnd(groups.n)}`;
    else item = pick(atoms);
    if (rnd(3) === 0) item += pick(postfix);
    parts.push(item);
  }
  let s = parts.join("");
  if (rnd(5) === 0 && depth < 3) s += "\\|" + regex(depth + 1, groups);
  return s;
}

function text() {
  const len = rnd(9);
  let s = "";
  for (let i = 0; i < len; i++) s += pick(["a", "a", "b", "b", "c", " ", "\n", "x", "-", "é", "É", "日", "A", "_"]);
  return s;
}

const soup = ["\\", "(", ")", "|", "{", "}", "[", "]", "^", "$", "*", "+", "?", ".", "a", "1", ",", ":", "-", "_", "<", "?:", "[:"];
for (let i = 0; i < n; i++) {
  const o = {};
  if (rnd(8) === 0) o.fold = true;
  if (rnd(10) === 0) o.posix = true;
  if (rnd(10) === 0) o.start = 1;
  let re;
  if (rnd(12) === 0) { re = ""; for (let k = 1 + rnd(6); k > 0; k--) re += pick(soup); }
  else re = regex(0, { n: 0 });
  let s = text();
  if (o.start !== undefined && s.length < 1) s = "ab";
  if (o.fold) s = s.replace(/a/g, "A");
  process.stdout.write(JSON.stringify(Object.keys(o).length ? [re, s, o] : [re, s]) + "\n");
}
