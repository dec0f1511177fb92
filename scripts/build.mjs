// Bundles src/ into dist/ with esbuild — the CLI (dist/tsmacs.js) and the embedding library (dist/index.js) —
// then builds the start-up snapshot (dist/tsmacs.blob): a V8 heap snapshot of a world with the preloaded
// Lisp library loaded, so that start-up skips both module initialisation and loading Lisp (GNU: the dump).
import { build } from "esbuild";
import { spawnSync } from "node:child_process";
import { readFileSync, statSync, writeFileSync, rmSync } from "node:fs";

// TSMACS_DIST names another output folder at the repository root (dist-NAME), so that several people
// editing one tree can each build and run without racing on dist/.
const out = process.env.TSMACS_DIST || "dist";
if (!/^dist[\w-]*$/.test(out)) throw new Error(`TSMACS_DIST must be a folder name like dist-x at the repository root, not ${out}`);

const common = { bundle: true, platform: "node", target: "node20", sourcemap: true, logLevel: "warning" };
await build({ ...common, format: "esm", entryPoints: ["src/main.ts"], outfile: `${out}/tsmacs.js` });
await build({ ...common, format: "esm", entryPoints: ["src/index.ts"], outfile: `${out}/index.js` });
await build({ ...common, format: "cjs", entryPoints: ["src/snapshot.ts"], outfile: `${out}/snapshot-entry.cjs`, sourcemap: false,
  // Less source text in the heap means a smaller snapshot to deserialise at every start.
  minifyWhitespace: true, minifySyntax: true, minifyIdentifiers: true,
  logOverride: { "empty-import-meta": "silent" } });
// esbuild leaves non-ASCII characters in regular-expression literals as they are; one such character makes
// V8 hold the whole bundle's source as a two-byte string (twice the size, in the snapshot and deserialised
// at every start). \uXXXX escapes mean the same in regexps, strings and identifiers (astral characters
// become surrogate pairs, which both regexp modes read as the one character).
{
  const file = `${out}/snapshot-entry.cjs`;
  const text = readFileSync(file, "utf8");
  const ascii = text.replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
  if (ascii !== text) writeFileSync(file, ascii);
}

// Typings for the JS `lisp` object (dist/tsmacs.d.ts), generated from the primitive registry.
{
  const t = spawnSync(process.execPath, ["scripts/gen-typings.mjs"], { stdio: ["ignore", "ignore", "inherit"] });
  if (t.status !== 0) console.error("warning: could not generate dist/tsmacs.d.ts");
}

// The snapshot is only valid for the node binary that made it; the stamp lets ./tsmacs check that cheaply.
rmSync(`${out}/tsmacs.blob`, { force: true });
rmSync(`${out}/blob.stamp`, { force: true });
rmSync(`${out}/node.mtime`, { force: true });
// V8 refuses a snapshot made under other flags, so it is built with the launcher's --stack-size (which needs
// the launcher's raised stack limit).
const stack = 500000;
// The same V8 flags as the launcher (./tsmacs), which reads them from the stamp: a larger young generation
// suits Lisp's short-lived conses; gc() plus FinalizationRegistry.cleanupSome let dropped markers be freed
// during a synchronous batch run (that flag exists only in some node versions, so it is probed).
// --no-concurrent-recompilation: TurboFan compiles hot Lisp functions on the main thread. A compiled Lisp
// loop usually runs once (a batch command, a benchmark kernel); compiling it in the background meant
// interpreting it meanwhile and paying for both, and every deoptimisation (a fixnum outgrowing 31 bits, a
// path first taken) started that again. Measured: 5-15% less CPU and wall time on most bench kernels, and
// less peak memory (no compile-thread zones).
const optional = ["--harmony-weak-refs-with-cleanup-some"].filter((f) =>
  spawnSync(process.execPath, [f, "-e", "0"], { stdio: "ignore" }).status === 0);
// --no-rehash-snapshot: by default V8 gives every start a fresh random string-hash seed and so rehashes every
// string and hash table of the snapshot while deserialising it (6-7 ms of a 75 ms start); without it the
// seed stored in the blob stays (as GNU Emacs's own hash functions are unseeded). Lisp cannot observe it.
// TSMACS_V8_FLAGS adds flags of your own (experiments: measure them with `npm run bench`).
const extraFlags = ["--max-semi-space-size=64", "--no-concurrent-recompilation", "--expose-gc", "--no-rehash-snapshot", ...optional,
  ...(process.env.TSMACS_V8_FLAGS ?? "").split(/\s+/).filter(Boolean)].join(" ");
const flags = `--stack-size=${stack} ${extraFlags}`;
const r = spawnSync("bash", ["-c", `ulimit -s 1048576 && exec "${process.execPath}" ${flags} --snapshot-blob ${out}/tsmacs.blob --build-snapshot ${out}/snapshot-entry.cjs`],
  { stdio: ["ignore", "inherit", "inherit"] });
if (r.status === 0) {
  const st = statSync(process.execPath);
  writeFileSync(`${out}/blob.stamp`, `${process.execPath} ${st.size} ${Math.floor(st.mtimeMs / 1000)} ${stack} ${extraFlags}\n`);
  // The launcher compares the node binary's modification time with this file's (bash's -nt/-ot, no fork);
  // `touch -r' copies it exactly (fs.utimesSync would round it).
  if (spawnSync("touch", ["-r", process.execPath, `${out}/node.mtime`], { stdio: "ignore" }).status !== 0)
    rmSync(`${out}/node.mtime`, { force: true });
} else {
  console.error("warning: could not build the start-up snapshot; tsmacs will start without it");
}
// The launcher's flags for starting without the snapshot.
writeFileSync(`${out}/node-flags`, `${extraFlags}\n`);
