// Regenerates etc/unicode-data.txt.gz, the Unicode Character Database facts behind get-char-code-property
// (GNU Emacs 28.2 builds the same facts into lisp/international/uni-*.el with admin/unidata/unidata-gen.el),
// and src/unicode/script-list.ts, the order of GNU's (char-table-extra-slot char-script-table 0).
//
// Inputs: Unicode 14.0.0's UnicodeData.txt, BidiMirroring.txt, BidiBrackets.txt and SpecialCasing.txt
// (GNU Emacs 28.2 uses Unicode 14.0.0). Get them from https://www.unicode.org/Public/14.0.0/ucd/ ; GNU's
// source tree carries copies in admin/unidata/. Unicode's data files are under the Unicode license.
// Usage: node scripts/gen-unicode-data.mjs [UCD-DIR]   (default: $UNIDATA_DIR or /work/gnu/emacs-28.2/admin/unidata)
//        Needs `emacs` (GNU Emacs 28.2) on PATH too, for GNU's deviations and its script list (a few seconds).
//
// Output format (UTF-8 text, gzip -9), one section after another, each introduced by a line "#NAME":
//   #U  one line per UnicodeData.txt line, its 15 fields with two changes that make gzip's job easier:
//       field 0 is the gap to the previous line's code point minus one, in hex (empty when consecutive), and
//       fields 12..14 (simple upper/lower/title case) are signed decimal deltas from the code point.
//       Trailing empty fields are dropped.
//   #M  BidiMirroring.txt: "CHAR MIRROR" in hex.
//   #B  BidiBrackets.txt: "CHAR PAIRED TYPE" in hex, TYPE o or c.
//   #S  SpecialCasing.txt's unconditional entries: "CHAR;LOWER;TITLE;UPPER", each a space-separated hex list.
//   #G  GNU's answers where they differ from Unicode's data (see below).
import { readFileSync, writeFileSync, existsSync } from "node:fs";
import { execFileSync } from "node:child_process";
import { gzipSync } from "node:zlib";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const dir = process.argv[2] ?? process.env.UNIDATA_DIR ?? "/work/gnu/emacs-28.2/admin/unidata";
const read = (name) => {
  const file = join(dir, name);
  if (!existsSync(file)) throw new Error(`${file} not found: download it from https://www.unicode.org/Public/14.0.0/ucd/`);
  return readFileSync(file, "utf8");
};
/** Data lines of a UCD file: comments and blank lines removed. */
const dataLines = (text) => text.split("\n").map((l) => l.replace(/#.*/, "").trim()).filter(Boolean);

const out = ["#U"];
let prev = -1;
for (const line of dataLines(read("UnicodeData.txt"))) {
  const f = line.split(";");
  const code = parseInt(f[0], 16);
  f[0] = code === prev + 1 ? "" : (code - prev - 1).toString(16);
  for (const i of [12, 13, 14]) if (f[i]) f[i] = String(parseInt(f[i], 16) - code);
  while (f.length > 1 && f[f.length - 1] === "") f.pop();
  out.push(f.join(";"));
  prev = code;
}
out.push("#M");
for (const line of dataLines(read("BidiMirroring.txt"))) {
  const [c, m] = line.split(";").map((s) => s.trim());
  out.push(`${c} ${m}`);
}
out.push("#B");
for (const line of dataLines(read("BidiBrackets.txt"))) {
  const [c, p, t] = line.split(";").map((s) => s.trim());
  out.push(`${c} ${p} ${t}`);
}
out.push("#S");
for (const line of dataLines(read("SpecialCasing.txt"))) {
  // code; lower; title; upper; (condition_list;)? — entries with conditions are language or context dependent.
  const f = line.split(";").map((s) => s.trim());
  if (f.length === 5 && f[4] === "") out.push(f.slice(0, 4).join(";"));
}
// GNU's tables differ from Unicode's data for a few characters (its run-length coding of numeric-value shifts some
// fractions; two unassigned code points get ideograph names). get-char-code-property must answer as GNU does,
// so those answers are recorded as overrides, read from GNU Emacs itself.
//   #G  "PROP CHAR VALUE": VALUE as GNU prints it (nil, an integer, a float or a string without quotes).
out.push("#G");
try {
  const unicodeNumeric = new Map(), unicodeName = new Map();
  let code = -1;
  for (const line of dataLines(read("UnicodeData.txt"))) {
    const f = line.split(";");
    code = parseInt(f[0], 16);
    if (f[8]) unicodeNumeric.set(code, f[8].includes("/") ? Number(f[8].split("/")[0]) / Number(f[8].split("/")[1]) : Number(f[8]));
    if (!f[1].startsWith("<")) unicodeName.set(code, f[1]);
  }
  const gnu = execFileSync("emacs", ["-Q", "--batch", "--eval", `(let ((c 0)) (while (<= c #x10ffff)
    (let ((n (get-char-code-property c 'numeric-value)) (name (get-char-code-property c 'name)))
      (when (or n (gethash c unicode-numeric)) (princ (format "numeric-value %X %S\n" c n)))
      (when name (princ (format "name %X %s\n" c name))))
    (setq c (1+ c))))`.replace("(gethash c unicode-numeric)", `(memq c '(${[...unicodeNumeric.keys()].join(" ")}))`)],
  { encoding: "utf8", maxBuffer: 1 << 28 });
  // Names of the "<X, First>".."<X, Last>" ranges, which tsmacs computes as GNU does.
  const COMPUTED_NAME = /^(CJK IDEOGRAPH|TANGUT IDEOGRAPH|HANGUL SYLLABLE|HIGH SURROGATE|LOW SURROGATE)/;
  let n = 0;
  for (const line of gnu.trim().split("\n")) {
    const [prop, hex, ...rest] = line.split(" ");
    const c = parseInt(hex, 16), v = rest.join(" ");
    if (prop === "numeric-value") {
      const mine = unicodeNumeric.get(c);
      if (v === "nil" ? mine !== undefined : Number(v) !== mine) { out.push(`${prop} ${hex} ${v}`); n++; }
    } else if (unicodeName.has(c) ? unicodeName.get(c) !== v : !COMPUTED_NAME.test(v)) {
      out.push(`${prop} ${hex} ${v}`); n++;
    }
  }
  console.log(`${n} answers of GNU's that differ from Unicode's data`);
} catch (e) {
  throw new Error(`emacs (28.2) is needed to record GNU's deviations: ${e.message}`);
}
const data = gzipSync(Buffer.from(out.join("\n") + "\n", "utf8"), { level: 9 });
writeFileSync(join(root, "etc/unicode-data.txt.gz"), data);
console.log(`etc/unicode-data.txt.gz: ${out.length} lines, ${data.length} bytes`);

// GNU's list of scripts in char-script-table's extra slot follows the order of its generated charscript.el
// (Unicode's Blocks.txt) plus later additions; it is read from GNU Emacs itself rather than re-derived.
try {
  const list = execFileSync("emacs", ["-Q", "--batch", "--eval",
    "(dolist (s (char-table-extra-slot char-script-table 0)) (princ s) (terpri))"], { encoding: "utf8" })
    .trim().split("\n");
  writeFileSync(join(root, "src/unicode/script-list.ts"),
    "// GENERATED by scripts/gen-unicode-data.mjs from GNU Emacs 28.2's behaviour (char-script-table's extra slot). Do not edit.\n" +
    "/** (char-table-extra-slot char-script-table 0): every script symbol, in GNU's order. */\n" +
    `export const SCRIPT_LIST = ${JSON.stringify(list.join(" "))};\n`);
  console.log(`src/unicode/script-list.ts: ${list.length} scripts`);
} catch (e) {
  console.log(`emacs not run (${e.message.split("\n")[0]}); src/unicode/script-list.ts left as it is`);
}
