// Generates dist/tsmacs.d.ts (the embedding API and every Lisp function on the `lisp` object) and
// dist/tsmacs-init.d.ts (the global `lisp` of init files and eval-js code) from the built library, so it
// must run after scripts/build.mjs. The list of functions comes from the primitive registry and from the
// obarray of a world with the preloaded Lisp library.
import { writeFileSync } from "node:fs";

const out = process.env.TSMACS_DIST || "dist";
const lib = await import(new URL(`../${out}/index.js`, import.meta.url).href);
lib.createEmacs();
const text = lib.generateTypings();
writeFileSync(new URL(`../${out}/tsmacs.d.ts`, import.meta.url), text);
writeFileSync(new URL(`../${out}/tsmacs-init.d.ts`, import.meta.url), lib.GLOBAL_TYPINGS);
const count = (text.match(/^ {2}\S.*\): any;$/gm) ?? []).length;
console.log(`dist/tsmacs.d.ts: ${count} Lisp functions`);
