// `npm test`: type-check, bundle every test/*.test.ts with esbuild, then run them on node's test runner.
// Self-sufficient on a fresh clone: installs dependencies when node_modules is missing.
import { execSync, spawnSync } from "node:child_process";
import { existsSync, readdirSync, rmSync } from "node:fs";

if (!existsSync("node_modules/esbuild")) execSync("npm ci --no-audit --no-fund", { stdio: "inherit" });
execSync("node scripts/build.mjs", { stdio: "inherit" });
// `--no-typecheck` is for quick local iterations only; `npm test` and CI always type-check.
const args = process.argv.slice(2);
if (!args.includes("--no-typecheck")) {
  const tc = spawnSync("npx", ["tsc", "--noEmit", "-p", "."], { stdio: "inherit" });
  if (tc.status !== 0) { console.error("type-check failed"); process.exit(1); }
}
const { build } = await import("esbuild");
const only = args.filter((a) => !a.startsWith("--"));
const files = readdirSync("test").filter((f) => f.endsWith(".test.ts")).filter((f) => only.length === 0 || only.some((o) => f.includes(o)));
// A directory per run, so that concurrent runs (several developers in one tree) never collide.
const outdir = `dist-test/run-${process.pid}`;
rmSync(outdir, { recursive: true, force: true });
await build({
  entryPoints: files.map((f) => `test/${f}`), outdir, bundle: true, platform: "node", format: "esm",
  target: "node20", sourcemap: true, packages: "external", logLevel: "warning", outExtension: { ".js": ".mjs" },
});
const out = files.map((f) => `${outdir}/${f.replace(/\.ts$/, ".mjs")}`);
const r = spawnSync(process.execPath, ["--stack-size=8000", "--test", "--test-concurrency=2", ...out], { stdio: "inherit" });
rmSync(outdir, { recursive: true, force: true });
process.exit(r.status ?? 1);
