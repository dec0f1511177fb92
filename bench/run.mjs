// Bench harness: times bench/kernels/*.el under tsmacs and GNU Emacs (interpreted, byte- and native-compiled).
// Usage: node bench/run.mjs [--runs N] [--only k1,k2] [--variants interp,byte,native,tsmacs] [--json FILE]
//                           [--metric wall|cpu] [--timeout S] [--budget S] [--emacs PATH] [--tsmacs "CMD ARGS"]
//                           [--keep] [--list]
// See bench/README.md.
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { cleanupMeasure, failureText, findGnuTime, measure } from "./measure.mjs";
import { printReport, printRow, printHeader, summarize } from "./report.mjs";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const KERNEL_DIR = join(ROOT, "bench", "kernels");
/** Display order; kernels not listed here follow alphabetically. */
const ORDER = ["fib", "cons", "closures", "dynbind", "floats", "strings", "hashtables", "bignums", "vectors", "buffer", "regexp",
  "buf-build", "buf-charafter", "buf-file", "buf-inserts", "buf-lines", "buf-replace"];
/** tsmacs's output folder (TSMACS_DIST, as the launcher and the build use it). */
const DIST = process.env.TSMACS_DIST || "dist";
/**
 * Appended to every kernel's command line: reports the collector's work on stderr, after the checksum (GNU's
 * gc-elapsed and gcs-done; tsmacs's are V8's collections, see src/alloc.ts).
 */
const GC_REPORT = ["--eval", '(message "bench-gc %s %s" gc-elapsed gcs-done)'];
const GC_LINE = /^bench-gc ([-+\d.e]+) (\d+)\s*$/m;
/**
 * The environment of tsmacs runs: the launcher must not rebuild (others edit src/ while a benchmark runs, and
 * a rebuild would be timed); `npm run bench` builds first, and `node bench/run.mjs` measures what is built.
 * The first run of each kernel also counts V8's collections from start-up (TSMACS_GC_STATS, src/alloc.ts):
 * that accounting costs some 65 microseconds per collection, so the other runs go without it and the GC
 * columns come from the first run alone.
 */
const TSMACS_ENV = { ...process.env, TSMACS_NO_BUILD: "1" };
const TSMACS_GC_ENV = { ...TSMACS_ENV, TSMACS_GC_STATS: "1" };
/** Kernels never run under tsmacs, whatever `bench-requires:` says (name -> reason). Empty for now. */
const TSMACS_EXCLUDED = {};
const VARIANTS = ["interp", "byte", "native", "tsmacs"];

function usage(msg) {
  if (msg) console.error(`bench: ${msg}`);
  console.error(readFileSync(fileURLToPath(import.meta.url), "utf8").split("\n").slice(1, 5).join("\n").replace(/^\/\/ ?/gm, ""));
  process.exit(2);
}

function parseArgs(argv) {
  const o = { runs: 5, only: null, json: null, timeout: 300, budget: 60, emacs: "emacs", tsmacs: null, metric: "wall",
    variants: [...VARIANTS], keep: false, list: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const val = () => { if (i + 1 >= argv.length) usage(`${a} needs a value`); return argv[++i]; };
    const num = () => { const n = Number(val()); if (!(n > 0)) usage(`${a} needs a positive number`); return n; };
    switch (a) {
      case "--runs": o.runs = Math.round(num()); break;
      case "--only": o.only = val().split(",").map((s) => s.trim().replace(/\.el$/, "")).filter(Boolean); break;
      case "--variants": o.variants = val().split(",").map((s) => s.trim()).filter(Boolean); break;
      case "--json": o.json = val(); break;
      case "--timeout": o.timeout = num(); break;
      case "--metric": o.metric = val(); if (!["wall", "cpu"].includes(o.metric)) usage("--metric is wall or cpu"); break;
      case "--budget": o.budget = num(); break;
      case "--emacs": o.emacs = val(); break;
      case "--tsmacs": o.tsmacs = val(); break;
      case "--keep": o.keep = true; break;
      case "--list": o.list = true; break;
      case "-h": case "--help": usage(); break;
      default: usage(`unknown argument ${a}`);
    }
  }
  for (const v of o.variants) if (!VARIANTS.includes(v)) usage(`unknown variant ${v} (known: ${VARIANTS.join(",")})`);
  return o;
}

/** Kernels with their `bench-requires:` symbols (functions tsmacs must have for the kernel to run there). */
function loadKernels(only) {
  const names = readdirSync(KERNEL_DIR).filter((f) => f.endsWith(".el")).map((f) => f.slice(0, -3));
  names.sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
  if (only) for (const k of only) if (!names.includes(k)) usage(`no kernel ${k} (have: ${names.join(",")})`);
  return names.filter((n) => !only || only.includes(n)).map((name) => {
    const file = join(KERNEL_DIR, `${name}.el`);
    const text = readFileSync(file, "utf8");
    const req = /^;+\s*bench-requires:(.*)$/m.exec(text);
    const sum = /^;+\s*bench-checksum:(.*)$/m.exec(text);
    return { name, file, requires: req ? req[1].trim().split(/\s+/).filter(Boolean) : [], checksum: sum?.[1].trim() };
  });
}
function rank(name) { const i = ORDER.indexOf(name); return i < 0 ? ORDER.length : i; }

/** A Lisp string literal for a path. */
const lispStr = (s) => `"${s.replace(/[\\"]/g, (c) => "\\" + c)}"`;

/** GNU Emacs: its version and whether native compilation works, or null when it is not installed. */
function probeEmacs(emacs) {
  const r = spawnSync(emacs, ["-Q", "--batch", "--eval",
    "(princ (format \"%s\\n%s\" emacs-version (and (fboundp 'native-comp-available-p) (native-comp-available-p))))"],
  { encoding: "utf8", timeout: 60000 });
  if (r.error || r.status !== 0) return null;
  const [version, native] = r.stdout.trim().split("\n");
  return { version, native: native === "t" };
}

/**
 * The tsmacs command prefix: the ./tsmacs launcher, which is what users run (it picks the start-up snapshot,
 * V8 flags and stack size). Without a launcher, node on dist/tsmacs.js with a deep stack.
 */
function tsmacsCommand(override) {
  if (override) return override.split(/\s+/).filter(Boolean);
  const launcher = join(ROOT, "tsmacs");
  if (existsSync(launcher)) return [launcher];
  const dist = join(ROOT, DIST, "tsmacs.js");
  const bigStack = spawnSync("sh", ["-c", "ulimit -s 1048576"]).status === 0;
  if (bigStack) return ["sh", "-c", 'ulimit -s 1048576 && exec "$@"', "sh", process.execPath, "--stack-size=500000", dist];
  return [process.execPath, "--stack-size=7000", dist];
}

/**
 * What dist/ looks like. The launcher rebuilds dist/ when src/ is newer, and others edit src/ (or build)
 * while a benchmark runs: a tsmacs run during which this changed timed a build too, and is run again.
 */
function distStamp() {
  return ["tsmacs.js", "tsmacs.blob"].map((f) => {
    try { return String(statSync(join(ROOT, DIST, f)).mtimeMs); } catch { return "-"; }
  }).join(" ");
}

/** Byte- and native-compiles each kernel into a private temporary directory. */
function prepareGnu(o, gnu, kernels, dir, wanted) {
  for (const k of kernels) {
    const el = join(dir, `${k.name}.el`);
    copyFileSync(k.file, el);
    k.gnu = {};
    if (wanted.has("interp")) k.gnu.interp = { file: k.file };
    if (wanted.has("byte")) {
      const r = spawnSync(o.emacs, ["-Q", "--batch", "-f", "batch-byte-compile", el], { encoding: "utf8" });
      const elc = join(dir, `${k.name}.elc`);
      k.gnu.byte = r.status === 0 && existsSync(elc) ? { file: elc } : { error: `byte-compile failed: ${r.stderr.trim()}` };
    }
    if (wanted.has("native")) {
      if (!gnu.native) { k.gnu.native = { na: true }; continue; }
      const eln = join(dir, `${k.name}.eln`);
      const r = spawnSync(o.emacs, ["-Q", "--batch", "--eval", `(native-compile ${lispStr(el)} ${lispStr(eln)})`],
        { encoding: "utf8" });
      k.gnu.native = r.status === 0 && existsSync(eln) ? { file: eln } : { error: `native-compile failed: ${r.stderr.trim()}` };
    }
  }
}

/** Asks tsmacs which of the symbols are fboundp; any failure counts as "not available". */
function tsmacsHas(cmd, symbols) {
  if (!symbols.length) return { missing: [] };
  const form = `(princ (list ${symbols.map((s) => `(fboundp '${s})`).join(" ")}))`;
  const r = spawnSync(cmd[0], [...cmd.slice(1), "--batch", "--eval", form], { cwd: ROOT, encoding: "utf8", timeout: 60000 });
  const words = r.status === 0 ? r.stdout.trim().replace(/^\(|\)$/g, "").split(/\s+/) : [];
  if (words.length !== symbols.length) {
    const why = failureText({ ...r, code: r.status, timedOut: false, signal: r.signal });
    return { missing: symbols, why: `requirement check failed (${why})` };
  }
  return { missing: symbols.filter((_, i) => words[i] !== "t") };
}

/** Runs one benchmark row (a kernel or start-up) for every variant, interleaving the variants run by run. */
async function runRow(o, row, gnuTime) {
  const live = row.variants.filter((v) => v.argv);
  for (let i = 0; i < o.runs; i++) {
    for (const v of live) {
      if (v.error || (v.times.length && v.spent >= o.budget)) continue;
      let r;
      for (let attempt = 0; ; attempt++) {
        const before = v.name === "tsmacs" ? distStamp() : "";
        r = await measure(v.argv, { cwd: ROOT, timeoutMs: o.timeout * 1000, gnuTime,
          env: v.name !== "tsmacs" ? process.env : i === 0 ? TSMACS_GC_ENV : TSMACS_ENV });
        if (v.name !== "tsmacs" || distStamp() === before) break;
        if (attempt === 2) { v.rebuilt = true; break; }
      }
      if (!r.ok) { v.error = failureText(r); continue; }
      const out = r.stdout.trim();
      if (v.output === undefined) v.output = out;
      else if (out !== v.output) v.unstable = true;
      if (o.metric === "cpu" && r.cpu == null) { v.error = "--metric cpu needs GNU time (/usr/bin/time)"; continue; }
      v.wall.push(r.wall);
      if (r.cpu != null) v.cpu.push(r.cpu);
      v.times.push(o.metric === "cpu" ? r.cpu : r.wall);
      v.spent += r.wall;
      if (r.rssKB != null) v.rss.push(r.rssKB);
      const gc = GC_LINE.exec(r.stderr);
      if (gc && (v.name !== "tsmacs" || i === 0)) { v.gcSeconds.push(Number(gc[1])); v.gcs.push(Number(gc[2])); }
    }
  }
}

async function main() {
  const o = parseArgs(process.argv.slice(2));
  const kernels = loadKernels(o.only);
  if (o.list) {
    for (const k of kernels) console.log(k.name + (k.requires.length ? `  (tsmacs needs: ${k.requires.join(" ")})` : ""));
    return 0;
  }
  const wanted = new Set(o.variants);
  const gnu = o.variants.some((v) => v !== "tsmacs") ? probeEmacs(o.emacs) : null;
  const gnuTime = findGnuTime();
  const ts = wanted.has("tsmacs") ? tsmacsCommand(o.tsmacs) : null;
  const tmp = mkdtempSync(join(tmpdir(), "tsmacs-bench-"));
  // On 'exit' rather than in a finally block, so that an interrupted run (see measure.mjs) cleans up too.
  process.on("exit", () => {
    if (o.keep) console.log(`compiled kernels kept in ${tmp}`);
    else rmSync(tmp, { recursive: true, force: true });
    cleanupMeasure();
  });
  const env = {
    date: new Date().toISOString(), node: process.version, cpu: cpus()[0]?.model, cpus: cpus().length,
    emacs: gnu ? gnu.version : null, nativeComp: gnu ? gnu.native : null, runs: o.runs, metric: o.metric,
    loadavg: loadavg()[0],
    rss: gnuTime ? `${gnuTime} -f %M` : "/proc/<pid>/status VmHWM polling",
    tsmacs: ts ? ts.map((a) => (a.startsWith(ROOT) ? relative(ROOT, a) : a)).join(" ") : null,
  };
  console.log(`tsmacs bench: ${env.date}  node ${env.node}  ${env.cpus} x ${env.cpu}`);
  const wantsGnu = o.variants.some((v) => v !== "tsmacs");
  console.log(`GNU Emacs: ${gnu ? `${gnu.version}, native-comp ${gnu.native ? "available" : "not available"}`
    : `${wantsGnu ? `not found (${o.emacs})` : "not run"}; tsmacs checked against the kernels' bench-checksum lines`}`);
  console.log(`median of ${o.runs} runs; ${o.metric === "cpu" ? "CPU (user+system)" : "wall"} seconds per process ` +
    `(start-up included); peak RSS via ${env.rss}`);
  // Timings from a machine busy with other work are inflated and noisy (the interleaved runs keep the columns
  // comparable, not the absolute numbers).
  if (env.loadavg > env.cpus * 0.75) {
    console.log(`NOTE: load average ${env.loadavg.toFixed(1)} on ${env.cpus} CPUs: the machine is busy, expect noisy timings` +
      (o.metric === "wall" ? " (--metric cpu is less sensitive)" : ""));
  }
  if (gnu) prepareGnu(o, gnu, kernels, tmp, wanted);
  const rows = [];
  // Start-up first: the cost every kernel's time includes.
  const startArgs = ["--batch", "--eval", "(kill-emacs 0)"];
  // GNU's bare start-up goes in the interp column (it is the same process for every GNU variant).
  rows.push({ name: "startup", startup: true, variants: [
    variant("interp", gnu ? [o.emacs, "-Q", ...startArgs] : null), variant("byte"), variant("native"),
    variant("tsmacs", ts ? [...ts, ...startArgs] : null),
  ] });
  for (const k of kernels) {
    const gv = (name) => {
      if (!wanted.has(name)) return variant(name);
      if (!gnu) return { ...variant(name), na: true };
      const g = k.gnu[name];
      if (g.na) return { ...variant(name), na: true };
      if (g.error) return { ...variant(name), error: g.error };
      return variant(name, [o.emacs, "-Q", "--batch", "-l", g.file, "-f", "bench-main", ...GC_REPORT]);
    };
    let tv = variant("tsmacs");
    if (ts) {
      const excluded = TSMACS_EXCLUDED[k.name];
      const has = excluded ? null : tsmacsHas(ts, k.requires);
      if (excluded) tv.skipped = excluded;
      else if (has.missing.length) tv.skipped = has.why ?? `tsmacs lacks ${has.missing.join(" ")}`;
      else tv = variant("tsmacs", [...ts, "--batch", "-l", relative(ROOT, k.file), "-f", "bench-main", ...GC_REPORT]);
    }
    rows.push({ name: k.name, stored: k.checksum, variants: [gv("interp"), gv("byte"), gv("native"), tv] });
  }
  printHeader();
  for (const row of rows) {
    await runRow(o, row, gnuTime);
    summarize(row, o.runs);
    printRow(row);
  }
  const summary = printReport(rows);
  if (o.json) {
    const strip = (v) => ({ name: v.name, median: v.median ?? null, times: v.times, wall: v.wall, cpu: v.cpu, rssKB: v.rss,
      medianRssKB: v.medianRss ?? null, gcSeconds: v.gcSeconds, gcs: v.gcs, medianGcSeconds: v.medianGc ?? null,
      medianGcs: v.medianGcs ?? null, output: v.output ?? null, error: v.error ?? null, skipped: v.skipped ?? null,
      na: !!v.na, unstable: !!v.unstable, rebuilt: !!v.rebuilt, match: v.match ?? null });
    const data = { env, summary, rows: rows.map((r) => ({ name: r.name, expected: r.expected ?? null,
      expectedFrom: r.expectedFrom ?? null,
      gnuDisagree: r.gnuDisagree ?? false, variants: Object.fromEntries(r.variants.map((v) => [v.name, strip(v)])) })) };
    writeFileSync(o.json, JSON.stringify(data, null, 2) + "\n");
    console.log(`wrote ${o.json}`);
  }
  return summary.mismatches.length || summary.gnuDisagreements.length ? 1 : 0;
}

function variant(name, argv = null) {
  return { name, argv, times: [], wall: [], cpu: [], rss: [], gcSeconds: [], gcs: [], spent: 0 };
}

process.exitCode = await main();
