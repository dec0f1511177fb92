// Builds a V8 startup snapshot holding an initialised Lisp world (GNU: pdumper.c's role, done by V8).
// `node --snapshot-blob dist/tsmacs.blob --build-snapshot dist/snapshot-entry.cjs` runs this file; starting
// from the blob then skips module initialisation and loading the preloaded Lisp library.
import { createEnv, mainWithEnv, reinitForStart } from "./emacs.js";
import { E } from "./env.js";
import * as v8 from "node:v8";

createEnv();
const env = E;
v8.startupSnapshot.setDeserializeMainFunction(() => {
  if (process.env.TSMACS_TIMING) process.stderr.write(`main entered at ${performance.now().toFixed(1)} ms\n`);
  reinitForStart(env);
  const code = mainWithEnv(process.argv.slice(2), env);
  process.exitCode = code;
  if (process.env.TSMACS_TIMING) process.stderr.write(`main done at ${performance.now().toFixed(1)} ms\n`);
  // Batch mode exits when the command line is done, as GNU's does (see main.ts).
  process.exit(code);
});
