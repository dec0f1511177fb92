// Where tsmacs's own files live at run time (GNU: the installation directories behind `load-path',
// `data-directory' and friends, computed in epaths.h / init_lread).
import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/** The directory of the running bundle (dist/) or of this source file (src/ under tests). */
function hereDir(): string {
  // The ESM bundle knows its URL; the CommonJS snapshot bundle knows __filename.
  return typeof __filename === "string" ? dirname(__filename) : dirname(fileURLToPath(import.meta.url));
}

/** A top-level directory of the repository (lisp, etc), found beside dist/ or src/. */
export function repoDir(name: string): string {
  const here = hereDir();
  for (const c of [join(here, "..", name), join(here, "..", "..", name)]) if (existsSync(c)) return resolve(c);
  return resolve(name);
}

/** The project's own Lisp library. */
export function lispDir(): string { return repoDir("lisp"); }
