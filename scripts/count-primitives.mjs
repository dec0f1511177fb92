// Counts the primitives tsmacs implements against GNU Emacs 28.2's list (test/data/gnu-primitives.txt),
// per GNU source file. `node scripts/count-primitives.mjs [--missing FILE.c]` (build first).
import { readFileSync } from "node:fs";
const { subrRegistry } = await import(`../${process.env.TSMACS_DIST || "dist"}/index.js`);
const ours = new Set(subrRegistry.map((s) => s.name));
const byFile = new Map();
for (const line of readFileSync("test/data/gnu-primitives.txt", "utf8").trim().split("\n")) {
  const [name, file] = line.split(" ");
  if (!byFile.has(file)) byFile.set(file, []);
  byFile.get(file).push(name);
}
const i = process.argv.indexOf("--missing");
const missingFor = i > 0 ? process.argv[i + 1] : null;
let total = 0, have = 0;
const rows = [];
for (const [file, names] of [...byFile].sort()) {
  const n = names.filter((x) => ours.has(x)).length;
  total += names.length; have += n;
  rows.push(`${file.padEnd(16)} ${String(n).padStart(4)} / ${names.length}`);
  if (missingFor === file) console.log(names.filter((x) => !ours.has(x)).join(" "));
}
if (!missingFor) { console.log(rows.join("\n")); console.log(`TOTAL ${have} / ${total} GNU primitives (${(100 * have / total).toFixed(1)}%)`); }
