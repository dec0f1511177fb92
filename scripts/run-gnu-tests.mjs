// Runs GNU Emacs 28.2's own ERT test files under tsmacs (with lisp/ert.el) and under GNU Emacs, and
// compares the pass counts. The GNU test files are read in place (from the apt-get source tree);
// they are never copied into this repository.
//
//   node scripts/run-gnu-tests.mjs [--files a,b,...] [--gnu-dir DIR] [--timeout SECONDS] [--jobs N]
//                                  [--no-gnu] [--no-build] [--no-forgiving] [-L DIR] [--json FILE]
//                                  [--failures N] [--verbose] [--gnu-lisp[=DIR]]
//
// --files takes names like "data" (test/src/data-tests.el), "lisp/subr" (test/lisp/subr-tests.el),
// or paths to .el files. --no-gnu reuses GNU's counts from the previous JSON instead of running GNU.
// When a file does not load under tsmacs (a missing library, say), it is run a second time
// "forgiving": each top-level form is evaluated on its own and errors are reported and skipped, so
// the tests that can be defined still run (that count is reported separately; --no-forgiving).
// When tsmacs dies or hangs (--timeout) in the middle of a run, the run resumes without the tests
// already done and the one that was running, which is reported as CRASHED or TIMEOUT.
// -L DIR adds a load-path directory for tsmacs (e.g. to try GNU's own lisp/ libraries).
// --gnu-lisp[=DIR] runs tsmacs with `--gnu-lisp' (GNU's own Lisp library instead of lisp/; tsmacs's
// lisp/ert.el is still the test harness, loaded by file name so that lisp/ stays off load-path) and
// writes test/gnu-results-gnulisp.json unless --json says otherwise.
// Prints a table (file | tests | GNU passed | tsmacs passed | ratio), the most common failure
// causes, and writes everything to test/gnu-results.json.
import { spawn, execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { cpus, tmpdir } from "node:os";
import { basename, dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const DEFAULT_FILES = ["data", "eval", "fns", "lread", "print", "floatfns", "alloc", "chartab", "timefns"];

function parseArgs(argv) {
  const o = { files: DEFAULT_FILES, gnuDir: null, timeout: 120, jobs: Math.max(1, Math.min(4, cpus().length)),
    gnu: true, build: true, forgiving: true, loadPath: [], json: null, failures: 12, verbose: false, gnuLisp: null };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const val = () => { if (i + 1 >= argv.length) throw new Error(`${a} needs a value`); return argv[++i]; };
    if (a === "--files") o.files = val().split(",").map((s) => s.trim()).filter(Boolean);
    else if (a === "--gnu-dir") o.gnuDir = val();
    else if (a === "--timeout") o.timeout = Number(val());
    else if (a === "--jobs") o.jobs = Math.max(1, Number(val()));
    else if (a === "--no-gnu") o.gnu = false;
    else if (a === "--no-build") o.build = false;
    else if (a === "--no-forgiving") o.forgiving = false;
    else if (a === "-L" || a === "--load-path") o.loadPath.push(resolve(val()));
    else if (a === "--json") o.json = resolve(val());
    else if (a === "--failures") o.failures = Number(val());
    else if (a === "--verbose" || a === "-v") o.verbose = true;
    else if (a === "--gnu-lisp") o.gnuLisp = "";
    else if (a.startsWith("--gnu-lisp=")) o.gnuLisp = a.slice("--gnu-lisp=".length);
    else if (a === "--help" || a === "-h") { console.log(readFileSync(fileURLToPath(import.meta.url), "utf8").split("\n").slice(0, 19).join("\n")); process.exit(0); }
    else throw new Error(`unknown option ${a}`);
  }
  o.json ??= join(ROOT, "test", o.gnuLisp === null ? "gnu-results.json" : "gnu-results-gnulisp.json");
  return o;
}

/** The unpacked GNU source tree (its directory name carries the Debian version suffix). */
function findGnuDir(given) {
  if (given) return resolve(given);
  const base = "/work/gnu";
  const cands = existsSync(base) ? readdirSync(base).filter((d) => /^emacs-28\.2/.test(d)).map((d) => join(base, d)) : [];
  const dir = cands.find((d) => existsSync(join(d, "test", "src")));
  if (!dir) throw new Error("GNU Emacs 28.2 sources not found under /work/gnu (use --gnu-dir)");
  return dir;
}

function resolveTestFile(gnuDir, name) {
  if (name.endsWith(".el") && existsSync(name)) return resolve(name);
  const n = name.replace(/-tests?(\.el)?$/, "").replace(/\.el$/, "");
  const cands = n.includes("/") ? [join(gnuDir, "test", `${n}-tests.el`), join(gnuDir, "test", "lisp", `${n}-tests.el`)]
    : [join(gnuDir, "test", "src", `${n}-tests.el`), join(gnuDir, "test", "lisp", `${n}-tests.el`)];
  const hit = cands.find((c) => existsSync(c));
  if (!hit) throw new Error(`no test file for ${name} (tried ${cands.join(", ")})`);
  return hit;
}

/** Runs CMD ARGS in CWD with a timeout (killing the whole process group); resolves with the output. */
function run(cmd, args, cwd, timeoutSec, env) {
  return new Promise((res) => {
    const t0 = Date.now();
    const child = spawn(cmd, args, { cwd, env, detached: true, stdio: ["ignore", "pipe", "pipe"] });
    const chunks = [];
    let size = 0;
    const take = (d) => { if (size < 32e6) { chunks.push(d); size += d.length; } };
    child.stdout.on("data", take);
    child.stderr.on("data", take);
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      try { process.kill(-child.pid, "SIGKILL"); } catch { /* already gone */ }
    }, timeoutSec * 1000);
    child.on("error", (e) => { take(Buffer.from(`spawn failed: ${e.message}\n`)); });
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      res({ code, signal, timedOut, out: Buffer.concat(chunks).toString("utf8"), seconds: (Date.now() - t0) / 1000 });
    });
  });
}

/**
 * Splits Emacs Lisp source into its top-level forms, as [{ text, line }]. A small scanner: it knows
 * strings, comments, escapes and ?c character literals, which is all that is needed to find the
 * closing parenthesis of each form.
 */
function topLevelForms(src) {
  const forms = [];
  let i = 0, line = 1, depth = 0, start = -1, startLine = 0;
  const n = src.length;
  const isSym = (c) => c !== undefined && !/[\s()\[\]"';`,]/.test(c);
  const finish = (end) => { forms.push({ text: src.slice(start, end), line: startLine }); start = -1; };
  while (i < n) {
    const c = src[i];
    if (c === "\n") { line++; i++; if (start >= 0 && depth === 0) finish(i - 1); continue; }
    if (c === ";") { while (i < n && src[i] !== "\n") i++; continue; }
    if (/\s/.test(c)) { if (start >= 0 && depth === 0) finish(i); i++; continue; }
    if (start < 0) { start = i; startLine = line; }
    if (c === '"') {
      i++;
      while (i < n && src[i] !== '"') { if (src[i] === "\\") i++; if (src[i] === "\n") line++; i++; }
      i++;
    } else if (c === "\\") {
      i += 2;
    } else if (c === "?" && !isSym(src[i - 1])) {
      i += src[i + 1] === "\\" ? 3 : 2;
    } else if (c === "(" || c === "[") {
      depth++; i++;
    } else if (c === ")" || c === "]") {
      depth--; i++;
      if (depth === 0) finish(i);
    } else i++;
  }
  if (start >= 0) finish(n);
  return forms;
}

/** A copy of FILE (in DIR) whose top-level forms each report and skip their errors. */
function forgivingCopy(file, dir) {
  const src = readFileSync(file, "utf8");
  const firstLine = src.split("\n", 1)[0];
  const orig = JSON.stringify(file);
  const lexical = /lexical-binding:\s*t/.test(firstLine) ? "t" : "nil";
  const out = [/-\*-.*-\*-/.test(firstLine) ? firstLine : ";;; -*- lexical-binding: nil -*-"];
  for (const f of topLevelForms(src)) {
    // A bare (defvar X) declares X special for the rest of the file only at top level.
    if (/^\(defvar\s+[^\s()]+\s*\)$/.test(f.text)) { out.push(f.text); continue; }
    // The form is read from a string and then evaluated, so that errors while reading it or
    // expanding its macros are caught too.
    const str = `"${f.text.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`;
    out.push(`(condition-case ert-harness--err (let ((load-file-name ${orig}) (load-true-file-name ${orig}))\n(eval (car (read-from-string ${str})) ${lexical}))`
      + ` (error (message "ert-harness: form at line %d failed: %S" ${f.line} ert-harness--err)))`);
  }
  const copy = join(dir, basename(file));
  writeFileSync(copy, out.join("\n") + "\n");
  return { copy, forms: topLevelForms(src) };
}

/**
 * Runs a tsmacs ERT batch (ARGS gives the arguments for a selector form or nil) and, when the process
 * dies or hangs in the middle, starts it again without the tests that already have a result and the
 * one that was running (TSMACS_ERT_TRACE makes lisp/ert-batch.el name each test as it starts).
 */
async function runResumable(args, cwd, o, env) {
  const merged = { tests: {}, conditions: {}, crashes: [] };
  let first = null;
  for (let attempt = 0; attempt < 8; attempt++) {
    const done = Object.keys(merged.tests);
    const r = await run("bash", args(done.length ? `'(not (member ${done.join(" ")}))` : null), cwd, o.timeout, { ...env, TSMACS_ERT_TRACE: "1" });
    const p = parseErt(r);
    if (!first) { first = p; first.firstOutput = r.out; }
    Object.assign(merged.tests, p.tests);
    Object.assign(merged.conditions, p.conditions);
    if (p.total === null || p.complete) { if (attempt === 0) return first; break; }
    const started = [...r.out.matchAll(/^ {2}started {2}(\S+)$/gm)].map((m) => m[1]);
    const dead = started.filter((n) => !(n in p.tests)).pop();
    if (!dead) break;
    merged.tests[dead] = r.timedOut ? "TIMEOUT" : "CRASHED";
    merged.conditions[dead] = r.timedOut ? `timeout after ${o.timeout} s` : `(crash ${p.error ?? ""})`;
    merged.crashes.push({ test: dead, how: merged.tests[dead], error: p.error });
  }
  const res = { ...first, tests: merged.tests, conditions: merged.conditions, crashes: merged.crashes,
    expected: 0, unexpected: 0, skipped: 0, complete: false };
  for (const st of Object.values(merged.tests)) {
    if (st === "passed" || st === "failed") res.expected++;
    else if (st === "skipped" || st === "SKIPPED") res.skipped++;
    else res.unexpected++;
  }
  res.error = merged.crashes.map((c) => `${c.how === "TIMEOUT" ? "timeout" : "crash"} in ${c.test}`).join(", ") || first.error;
  return res;
}

const STATUS_RE = /^\s*(passed|failed|skipped|aborted|quit|unknown|PASSED|FAILED|SKIPPED|ABORTED|QUIT|UNKNOWN)\s+(\d+)\/(\d+)\s+(\S+)(?: \(|$)/;
const RAN_RE = /^(Aborted: )?Ran (\d+) tests, (\d+) results as expected, (\d+) unexpected(?:, (\d+) skipped)?/;

/** Extracts counts, per-test statuses and failure conditions from ERT batch output. */
function parseErt(r) {
  const lines = r.out.split("\n");
  const res = { total: null, expected: 0, unexpected: 0, skipped: 0, complete: false, exit: r.code, timedOut: r.timedOut,
    seconds: Math.round(r.seconds * 10) / 10, tests: {}, conditions: {}, error: null };
  let cur = null; let cond = [];
  for (const line of lines) {
    const run = /^Running (\d+) tests/.exec(line);
    if (run) res.total = Number(run[1]);
    const c = /^Test (\S+) condition:$/.exec(line);
    if (c) { cur = c[1]; cond = []; continue; }
    const st = STATUS_RE.exec(line);
    if (st) {
      if (cur) { res.conditions[cur] = cond.join("\n"); cur = null; }
      res.tests[st[4]] = st[1];
      continue;
    }
    if (cur) { cond.push(line); continue; }
    const ran = RAN_RE.exec(line);
    if (ran) {
      res.complete = !ran[1];
      res.total = Number(ran[2]); res.expected = Number(ran[3]); res.unexpected = Number(ran[4]); res.skipped = Number(ran[5] ?? 0);
    }
  }
  if (!lines.some((l) => RAN_RE.test(l))) {
    // Crashed or timed out: count what the per-test lines show.
    for (const s of Object.values(res.tests)) {
      if (s === "passed" || s === "failed") res.expected++;
      else if (s === "skipped" || s === "SKIPPED") res.skipped++;
      else res.unexpected++;
    }
    res.error = r.timedOut ? `timeout after ${r.seconds.toFixed(0)} s` : describeCrash(lines, r);
  }
  return res;
}

function describeCrash(lines, r) {
  const dbg = lines.find((l) => l.startsWith("Debugger entered--Lisp error:"));
  if (dbg) return dbg.replace("Debugger entered--Lisp error: ", "");
  const last = lines.filter((l) => l.trim() !== "").slice(-3).join(" | ");
  return `exit ${r.code ?? r.signal}: ${last.slice(0, 300)}`;
}

/** A short, groupable description of a failure condition. */
function causeOf(condition) {
  // Drop `ert-info' lines ("    Prefix: message") and join the pretty-printed condition.
  const text = condition.split("\n").filter((l) => !/^ {4}[^ (]/.test(l)).join(" ").replace(/\s+/g, " ").trim();
  let m = /^\((void-function|void-variable) (\S+?)\)/.exec(text);
  if (m) return `(${m[1]} ${m[2]})`;
  m = /^\(([a-z-]+) ?(.*)\)$/.exec(text);
  if (m && m[1] !== "ert-test-failed") {
    const rest = m[2];
    if (m[1] === "wrong-type-argument") return `(wrong-type-argument ${rest.split(" ")[0]} …)`;
    if (m[1] === "args-out-of-range" || m[1] === "overflow-error" || m[1] === "arith-error") return `(${m[1]} …)`;
    return `(${m[1]} ${rest.slice(0, 60)}${rest.length > 60 ? "…" : ""})`;
  }
  m = /^\(ert-test-failed \(\((should(?:-not|-error)?) (\(?[^\s()]*)/.exec(text);
  if (m) {
    const reason = /:fail-reason "([^"]*)"/.exec(text);
    const op = m[2].startsWith("(") ? `${m[2]} …)` : m[2];
    return `${m[1]} ${op} failed${reason ? `: ${reason[1]}` : ""}`;
  }
  return text.slice(0, 80);
}

function pad(s, n, right = false) { s = String(s); return right ? s.padStart(n) : s.padEnd(n); }

async function pool(items, jobs, fn) {
  const out = new Array(items.length);
  let next = 0;
  await Promise.all(Array.from({ length: Math.min(jobs, items.length) }, async () => {
    while (next < items.length) { const i = next++; out[i] = await fn(items[i], i); }
  }));
  return out;
}

async function main() {
  const o = parseArgs(process.argv.slice(2));
  const gnuDir = findGnuDir(o.gnuDir);
  const files = o.files.map((f) => resolveTestFile(gnuDir, f));
  if (o.build) execFileSync(process.execPath, [join(ROOT, "scripts", "build.mjs")], { cwd: ROOT, stdio: "inherit", env: process.env });
  const previous = existsSync(o.json) ? JSON.parse(readFileSync(o.json, "utf8")) : null;
  // GNU's own counts do not depend on the mode: --gnu-lisp --no-gnu may take them from the default results.
  const defaultJson = join(ROOT, "test", "gnu-results.json");
  const previousDefault = o.json !== defaultJson && existsSync(defaultJson) ? JSON.parse(readFileSync(defaultJson, "utf8")) : null;
  const env = { ...process.env, EMACS_TEST_DIRECTORY: join(gnuDir, "test"), LANG: process.env.LANG ?? "C.UTF-8" };
  // The same deep stack the ./tsmacs launcher gives, without its rebuild check (no concurrent builds),
  // and a smaller heap, so that a runaway test dies in seconds rather than a minute.
  const tsmacsCmd = ["bash", ["-c", 'ulimit -s 1048576 2>/dev/null && exec node --max-old-space-size=1536 --stack-size=500000 "$0" "$@"; exec node --max-old-space-size=1536 --stack-size=7000 "$0" "$@"', join(ROOT, process.env.TSMACS_DIST || "dist", "tsmacs.js")]];
  const lispDir = join(ROOT, "lisp");

  const results = await pool(files, o.jobs, async (file) => {
    const rel = relative(join(gnuDir, "test"), file);
    const cwd = dirname(file);
    // In --gnu-lisp mode lisp/ must stay off load-path (GNU's libraries are required from GNU's tree),
    // so tsmacs's ERT is loaded by file name.
    const harness = o.gnuLisp === null ? ["-L", lispDir, "-l", "ert"]
      : [o.gnuLisp === "" ? "--gnu-lisp" : `--gnu-lisp=${o.gnuLisp}`, "-l", join(lispDir, "ert.el")];
    const tsArgs = (f) => (selector) => [...tsmacsCmd[1], "--batch", ...harness, ...o.loadPath.flatMap((d) => ["-L", d]), "-l", f,
      "--eval", "(setq ert--batch-trace t)",
      ...(selector ? ["--eval", `(ert-run-tests-batch-and-exit ${selector})`] : ["-f", "ert-run-tests-batch-and-exit"])];
    const runTs = (f) => runResumable((sel) => tsArgs(f)(sel), cwd, o, env);
    const ts = await runTs(file);
    delete ts.firstOutput;
    if (ts.total === null && !ts.timedOut && o.forgiving) {
      const dir = mkdtempSync(join(tmpdir(), "tsmacs-gnu-tests-"));
      try {
        const { copy, forms } = forgivingCopy(file, dir);
        ts.forgiving = await runTs(copy);
        ts.forgiving.loadErrors = [...ts.forgiving.firstOutput.matchAll(/^ert-harness: form at line (\d+) failed: (.*)$/gm)].map((m) => {
          const form = forms.find((f) => f.line === Number(m[1]));
          const name = form ? /^\(\S+\s+([^\s()]+)/.exec(form.text)?.[1] : undefined;
          return { line: Number(m[1]), name, error: m[2].slice(0, 300) };
        });
      } finally { rmSync(dir, { recursive: true, force: true }); }
      delete ts.forgiving.firstOutput;
    }
    let gnu;
    if (o.gnu) gnu = parseErt(await run("emacs", ["-Q", "--batch", "-l", "ert", "-l", file, "-f", "ert-run-tests-batch-and-exit"], cwd, o.timeout, env));
    else gnu = previous?.files?.find((f) => f.file === rel)?.gnu ?? previousDefault?.files?.find((f) => f.file === rel)?.gnu ?? null;
    if (o.verbose) process.stderr.write(`${rel}: tsmacs ${ts.expected}/${ts.total ?? "?"} in ${ts.seconds}s${ts.error ? ` (${ts.error})` : ""}`
      + `${ts.forgiving ? `; forgiving ${ts.forgiving.expected}/${ts.forgiving.total ?? "?"}` : ""}\n`);
    return { file: rel, ts, gnu };
  });

  // Failures: tests GNU passes (as expected) and tsmacs does not, grouped by cause.
  const causes = new Map();
  const rows = [];
  for (const { file, ts, gnu } of results) {
    const gnuTests = gnu?.tests ?? {};
    const lost = [];
    // When the file did not load, the forgiving run tells more about each test.
    const eff = ts.forgiving && ts.forgiving.total !== null ? ts.forgiving : ts;
    const loadErrorOf = (name) => ts.forgiving?.loadErrors?.find((e) => e.name === name);
    for (const [name, st] of Object.entries(gnuTests)) {
      if (st !== "passed" && st !== "failed") continue;
      const mine = eff.tests[name];
      if (mine === "passed" || mine === "failed") continue;
      const condition = eff.conditions[name] ?? "";
      const le = mine === undefined ? loadErrorOf(name) : undefined;
      const cause = le ? `not defined: ${causeOf(le.error)}`
        : mine === undefined ? (eff.error ? `file did not run: ${eff.error.slice(0, 90)}` : "not defined (an earlier form failed)")
          : mine === "PASSED" ? "passed unexpectedly" : mine === "SKIPPED" || mine === "skipped" ? "skipped" : causeOf(condition);
      lost.push({ test: name, status: mine ?? "not run", cause, condition: condition.slice(0, 600) });
      const g = causes.get(cause) ?? { cause, count: 0, examples: [] };
      g.count++;
      if (g.examples.length < 3) g.examples.push(`${file}:${name}`);
      causes.set(cause, g);
    }
    const gnuPassed = gnu ? gnu.expected : null;
    rows.push({
      file, tests: gnu?.total ?? ts.total ?? 0, gnuPassed, tsmacsPassed: ts.expected,
      ratio: gnuPassed ? Math.round((ts.expected / gnuPassed) * 1000) / 1000 : null,
      tsmacs: { total: ts.total, expected: ts.expected, unexpected: ts.unexpected, skipped: ts.skipped, exit: ts.exit,
        complete: ts.complete, seconds: ts.seconds, error: ts.error },
      forgiving: ts.forgiving ? { total: ts.forgiving.total, expected: ts.forgiving.expected, unexpected: ts.forgiving.unexpected,
        skipped: ts.forgiving.skipped, error: ts.forgiving.error, loadErrors: ts.forgiving.loadErrors } : undefined,
      gnu: gnu ? { total: gnu.total, expected: gnu.expected, unexpected: gnu.unexpected, skipped: gnu.skipped, exit: gnu.exit,
        seconds: gnu.seconds, error: gnu.error, tests: gnu.tests } : null,
      failures: lost,
    });
  }

  const w = Math.max(4, ...rows.map((r) => r.file.length));
  const line = (a, b, c, d, e) => `${pad(a, w)} | ${pad(b, 5, true)} | ${pad(c, 10, true)} | ${pad(d, 13, true)} | ${pad(e, 6, true)}`;
  console.log(line("file", "tests", "GNU passed", "tsmacs passed", "ratio"));
  console.log(`${"-".repeat(w)}-|-------|------------|---------------|-------`);
  let T = 0, G = 0, S = 0, FG = 0;
  for (const r of rows) {
    T += r.tests; G += r.gnuPassed ?? 0; S += r.tsmacsPassed;
    const fg = r.forgiving ? `; forgiving: ${r.forgiving.expected} passed, ${r.forgiving.loadErrors.length} forms failed` : "";
    const note = r.tsmacs.error ? `  (${r.tsmacs.error.slice(0, 90)}${fg})` : "";
    FG += r.forgiving ? r.forgiving.expected : r.tsmacsPassed;
    console.log(line(r.file, r.tests, r.gnuPassed ?? "?", r.tsmacsPassed, r.ratio === null ? "-" : r.ratio.toFixed(2)) + note);
  }
  console.log(line("total", T, G, S, G ? (S / G).toFixed(2) : "-"));
  if (FG !== S) console.log(`(counting the forgiving runs of files that did not load: ${FG} passed, ratio ${G ? (FG / G).toFixed(2) : "-"})`);
  const sorted = [...causes.values()].sort((a, b) => b.count - a.count);
  if (sorted.length) {
    console.log(`\nMost common causes of tests GNU passes and tsmacs does not:`);
    for (const c of sorted.slice(0, o.failures)) console.log(`${pad(c.count, 4, true)}  ${c.cause}   e.g. ${c.examples.join(", ")}`);
  }
  const json = { gnuVersion: "28.2", gnuTestDir: "test/ (GNU Emacs 28.2 sources)",
    command: o.gnuLisp === null ? "tsmacs --batch -L lisp -l ert -l FILE -f ert-run-tests-batch-and-exit"
      : `tsmacs --batch ${o.gnuLisp === "" ? "--gnu-lisp" : `--gnu-lisp=${o.gnuLisp}`} -l lisp/ert.el -l FILE -f ert-run-tests-batch-and-exit`,
    totals: { tests: T, gnuPassed: G, tsmacsPassed: S, ratio: G ? Math.round((S / G) * 1000) / 1000 : null,
      tsmacsPassedForgiving: FG, ratioForgiving: G ? Math.round((FG / G) * 1000) / 1000 : null },
    causes: sorted, files: rows };
  writeFileSync(o.json, JSON.stringify(json, null, 1) + "\n");
  console.log(`\nwrote ${relative(process.cwd(), o.json) || o.json}`);
}

main().catch((e) => { console.error(e instanceof Error ? e.message : e); process.exit(2); });

