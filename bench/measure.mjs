// Bench harness, process side: runs one command and measures its wall time and peak RSS.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, readFileSync, rmSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** Most output a run may produce that we keep (a kernel prints one line; this only bounds runaway output). */
const MAX_OUTPUT = 1 << 20;

/**
 * GNU time (Debian package `time`) reports the peak RSS of its child from wait4's rusage, which is exact.
 * Without it we fall back to polling /proc/<pid>/status for VmHWM (the kernel's own high-water mark,
 * so the poll only loses whatever growth happens in the child's last few milliseconds).
 */
export function findGnuTime() {
  for (const p of ["/usr/bin/time", "/bin/time"]) {
    if (!existsSync(p)) continue;
    const r = spawnSync(p, ["-f", "%M", "true"], { encoding: "utf8" });
    if (r.status === 0 && /^\d+\s*$/m.test(r.stderr)) return p;
  }
  return null;
}

let scratch = null;
function scratchFile() {
  scratch ??= mkdtempSync(join(tmpdir(), "tsmacs-bench-rss-"));
  return join(scratch, `rss-${process.pid}-${Math.random().toString(36).slice(2)}`);
}
export function cleanupMeasure() {
  if (scratch) rmSync(scratch, { recursive: true, force: true });
  scratch = null;
}

/**
 * Process groups of the runs in progress. Children run detached (their own group, so a timeout can kill a
 * launcher together with what it started), which also shields them from the terminal's Ctrl-C: the
 * harness forwards SIGINT/SIGTERM to them itself.
 */
const running = new Set();
for (const sig of ["SIGINT", "SIGTERM"]) {
  process.on(sig, () => {
    for (const pid of running) { try { process.kill(-pid, "SIGKILL"); } catch { /* already gone */ } }
    cleanupMeasure();
    process.exit(130);
  });
}

/**
 * Runs argv (argv[0] is the program) in cwd and resolves to
 * { ok, code, signal, timedOut, wall and cpu (user+system) seconds, rssKB, stdout, stderr }; cpu and rssKB
 * are null when unknown (cpu needs GNU time).
 * The child gets its own process group so a timeout can kill it together with anything it started.
 */
export function measure(argv, { cwd, timeoutMs, gnuTime, env }) {
  return new Promise((resolve) => {
    const rssFile = gnuTime ? scratchFile() : null;
    const full = gnuTime ? [gnuTime, "-o", rssFile, "-f", "%U %S %M", ...argv] : argv;
    let stdout = "", stderr = "", timedOut = false, polledKB = 0, exitAt = 0n;
    const t0 = process.hrtime.bigint();
    let child;
    try {
      child = spawn(full[0], full.slice(1), { cwd, env: env ?? process.env, stdio: ["ignore", "pipe", "pipe"], detached: true });
    } catch (e) {
      resolve({ ok: false, code: null, signal: null, timedOut: false, wall: 0, cpu: null, rssKB: null, stdout: "",
        stderr: String(e) });
      return;
    }
    running.add(child.pid);
    child.stdout.setEncoding("utf8");
    child.stderr.setEncoding("utf8");
    child.stdout.on("data", (d) => { if (stdout.length < MAX_OUTPUT) stdout += d; });
    child.stderr.on("data", (d) => { if (stderr.length < MAX_OUTPUT) stderr += d; });
    const poll = gnuTime ? null : setInterval(() => { polledKB = Math.max(polledKB, readHwm(child.pid)); }, 5);
    const timer = setTimeout(() => {
      timedOut = true;
      try { process.kill(-child.pid, "SIGKILL"); } catch { /* already gone */ }
    }, timeoutMs);
    child.on("error", (e) => { stderr += String(e); });
    // Time the exit, not 'close': 'close' also waits for grandchildren holding the pipes.
    child.on("exit", () => { exitAt = process.hrtime.bigint(); });
    child.on("close", (code, signal) => {
      running.delete(child.pid);
      if (!exitAt) exitAt = process.hrtime.bigint();
      clearTimeout(timer);
      if (poll) clearInterval(poll);
      let rssKB = polledKB || null, cpu = null;
      if (rssFile) {
        rssKB = null;
        // GNU time writes "Command exited with non-zero status N" before the %M line when the child fails.
        try {
          const lines = readFileSync(rssFile, "utf8").trim().split("\n");
          const last = lines[lines.length - 1];
          const f = /^([\d.]+) ([\d.]+) (\d+)$/.exec(last);
          if (f) { cpu = Number(f[1]) + Number(f[2]); rssKB = Number(f[3]); }
          const m = /non-zero status (\d+)/.exec(lines.join("\n"));
          if (m && code === 0) code = Number(m[1]);
          const s = /terminated by signal (\d+)/.exec(lines.join("\n"));
          if (s && !signal) signal = `signal ${s[1]}`;
        } catch { /* time itself failed to run */ }
        rmSync(rssFile, { force: true });
      }
      const wall = Number(exitAt - t0) / 1e9;
      resolve({ ok: code === 0 && !signal && !timedOut, code, signal, timedOut, wall, cpu, rssKB, stdout, stderr });
    });
  });
}

function readHwm(pid) {
  try {
    const m = /VmHWM:\s+(\d+)\s+kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return m ? Number(m[1]) : 0;
  } catch {
    return 0;
  }
}

/** A one-line description of why a run failed, for the report. */
export function failureText(r) {
  const why = r.timedOut ? "timed out" : r.signal ? `killed by ${r.signal}` : `exit status ${r.code}`;
  const lines = (r.stderr || "").trim().split("\n").filter((l) => l.trim() && !/^\s+at /.test(l));
  // A JS exception's message line is what matters, not the stack under it (already dropped) nor the
  // "Node.js v20…" trailer; otherwise the last lines are the ones saying what went wrong (Emacs's style).
  const jsError = lines.findIndex((l) => /\b(\w*Error|\w+Exception)\b/.test(l));
  const err = (jsError >= 0 ? [lines[jsError]] : lines.slice(-3)).map((l) => l.trim()).join(" | ");
  const text = err || (r.stdout || "").trim().split("\n").slice(-2).join(" | ");
  return `${why}${text ? ": " + (text.length > 300 ? text.slice(0, 300) + "…" : text) : ""}`;
}
