// Builds a V8 startup snapshot holding an initialised Lisp world (GNU: pdumper.c's role, done by V8).
// `node --snapshot-blob dist/tsmacs.blob --build-snapshot dist/snapshot-entry.cjs` runs this file; starting
// from the blob then skips module initialisation and loading the preloaded Lisp library.
import { createEnv, mainWithEnv, reinitForStart } from "./emacs.js";
import { createGnuLispEnv, findGnuLispDir } from "./gnu-lisp.js";
import { keepMarkersAlive } from "./marker.js";
import { E } from "./env.js";
import { dropSearchCachesForSnapshot } from "./search.js";
import { makePreloadedBodiesLazy } from "./lazy-function.js";
import * as v8 from "node:v8";

// TSMACS_GNU_LISP_SNAPSHOT=DIR (set by the launcher, "" for the installed tree) snapshots a --gnu-lisp
// world instead: GNU's own preload sequence, loaded once (tsmacs's dump of GNU's loadup).
const gnuArg = process.env.TSMACS_GNU_LISP_SNAPSHOT;
if (gnuArg !== undefined) {
  const dir = findGnuLispDir(gnuArg === "" ? undefined : gnuArg);
  if (dir === null) throw new Error(`no GNU Emacs Lisp sources in ${gnuArg || "/usr/share/emacs/*/lisp"}`);
  // V8 refuses to snapshot a FinalizationRegistry with pending cleanups: no marker may die before the
  // snapshot is taken (they are released when it is restored).
  keepMarkersAlive(true);
  createGnuLispEnv(dir, { forSnapshot: true });
  // Native handles left by loading (the zlib streams of .el.gz files) must be collected before V8 will
  // serialise the heap; a full collection frees them (markers are kept, see above).
  fullCollection();
} else {
  // The same for our own preload: code run while loading (filling a docstring, say) makes markers
  // that die at once, and one collection before the snapshot would leave the registry dirty.
  keepMarkersAlive(true);
  createEnv();
}
const env = E;
// Caches filled while loading are rebuilt on demand; in the snapshot they would be deserialised at every start.
dropSearchCachesForSnapshot();
// Function bodies nobody has looked at become text until first used (80,000 fewer objects to deserialise).
const lazy = makePreloadedBodiesLazy();

if (process.env.TSMACS_TIMING) process.stderr.write(`${lazy.functions} function bodies kept as text (${lazy.chars} characters)\n`);
// TSMACS_HEAP_SNAPSHOT=FILE writes the heap about to be snapshotted (to measure what start-up deserialises).
if (process.env.TSMACS_HEAP_SNAPSHOT) v8.writeHeapSnapshot(process.env.TSMACS_HEAP_SNAPSHOT);

/** A full garbage collection in the snapshot builder, where `gc' is not exposed: writing a heap snapshot
 * collects all garbage first (to /dev/null, once per --gnu-lisp snapshot build). */
function fullCollection(): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc !== undefined) { gc(); return; }
  v8.writeHeapSnapshot("/dev/null");
}
v8.startupSnapshot.setDeserializeMainFunction(() => {
  keepMarkersAlive(false);
  if (process.env.TSMACS_TIMING) {
    const m = process.memoryUsage(), h = v8.getHeapStatistics();
    process.stderr.write(`main entered at ${performance.now().toFixed(1)} ms; rss ${(m.rss / 1e6).toFixed(1)} MB, heap used ${(h.used_heap_size / 1e6).toFixed(1)} MB of ${(h.total_heap_size / 1e6).toFixed(1)} MB (physical ${(h.total_physical_size / 1e6).toFixed(1)} MB), external ${(m.external / 1e6).toFixed(1)} MB\n`);
  }
  reinitForStart(env);
  const code = mainWithEnv(process.argv.slice(2), env);
  process.exitCode = code;
  if (process.env.TSMACS_TIMING) process.stderr.write(`main done at ${performance.now().toFixed(1)} ms\n`);
  // Batch mode exits when the command line is done, as GNU's does (see main.ts).
  process.exit(code);
});
