// Bench harness, reporting side: medians, checksum verification, speedups and the printed table.

const COLS = [
  ["kernel", 10], ["GNU interp", 10], ["GNU byte", 9], ["GNU native", 10], ["tsmacs", 10],
  ["byte/ts", 8], ["native/ts", 9], ["RSS MB ts/GNU", 13], ["GC s ts/GNU", 11], ["GCs ts/GNU", 10], ["check", 8],
];
const LABEL = { interp: "GNU interp", byte: "GNU byte", native: "GNU native", tsmacs: "tsmacs" };

const median = (xs) => {
  if (!xs.length) return undefined;
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const geomean = (xs) => (xs.length ? Math.exp(xs.reduce((a, x) => a + Math.log(x), 0) / xs.length) : undefined);

/**
 * Computes medians, the expected checksum and the tsmacs verdict of a finished row. The expected output is
 * GNU's (byte-compiled first, it is the reference configuration); all GNU variants must agree with each other.
 */
export function summarize(row, runs) {
  for (const v of row.variants) {
    v.median = median(v.times);
    v.medianRss = median(v.rss);
    v.medianGc = median(v.gcSeconds ?? []);
    v.medianGcs = median(v.gcs ?? []);
    v.partial = v.times.length > 0 && v.times.length < runs && !v.error;
  }
  const [interp, byte, native, ts] = row.variants;
  if (row.startup) {
    row.ref = interp.median;
    row.refRss = byte.medianRss ?? interp.medianRss;
    row.ratioByte = ts.median && row.ref ? row.ref / ts.median : undefined;
    return;
  }
  const gnuOut = [byte, interp, native].filter((v) => !v.error && v.output !== undefined);
  row.expected = gnuOut.length ? gnuOut[0].output : undefined;
  row.expectedFrom = gnuOut.length ? gnuOut[0].name : undefined;
  row.gnuDisagree = gnuOut.some((v) => v.output !== row.expected);
  // Without a GNU run, the kernel's `bench-checksum:' line (GNU 28.2's output, recorded) is the oracle.
  if (row.expected === undefined && row.stored !== undefined) { row.expected = row.stored; row.expectedFrom = "stored"; }
  row.staleChecksum = row.stored !== undefined && row.expectedFrom !== "stored" && row.expected !== undefined &&
    row.stored !== row.expected;
  if (ts.output !== undefined && !ts.error && row.expected !== undefined) ts.match = ts.output === row.expected;
  const ok = ts.median !== undefined && !ts.error && ts.match !== false;
  row.ratioByte = ok && byte.median ? byte.median / ts.median : undefined;
  row.ratioNative = ok && native.median ? native.median / ts.median : undefined;
  row.refRss = byte.medianRss ?? interp.medianRss ?? native.medianRss;
  // GNU's collector figures come from the same reference configuration as its RSS.
  const gcRef = [byte, interp, native].find((v) => v.medianGc !== undefined);
  row.refGc = gcRef?.medianGc;
  row.refGcs = gcRef?.medianGcs;
}

const pad = (s, w, right = false) => (s.length >= w ? s : right ? s.padStart(w) : s.padEnd(w));
const line = (cells) => cells.map((c, i) => pad(c, COLS[i][1], i > 0)).join(" | ");

export function printHeader() {
  console.log("");
  console.log(line(COLS.map(([h]) => h)));
  console.log(COLS.map(([, w]) => "-".repeat(w)).join("-+-"));
}

function cell(v) {
  if (v.error) return "FAIL";
  if (v.skipped) return "skip";
  if (v.na) return "n/a";
  if (v.median === undefined) return "-";
  return v.median.toFixed(3) + (v.partial ? "~" : v.unstable ? "?" : "");
}
const ratio = (r) => (r === undefined ? "-" : r.toFixed(2) + "x");
const mb = (kb) => (kb === undefined ? "-" : (kb / 1024).toFixed(0));

export function printRow(row) {
  const [interp, byte, native, ts] = row.variants;
  let check = "";
  if (ts.error) check = "FAIL";
  else if (ts.skipped) check = "skip";
  else if (ts.match === true) check = row.expectedFrom === "stored" ? "ok(sto)" : "ok";
  else if (ts.match === false) check = "MISMATCH";
  else if (!row.startup && ts.output !== undefined) check = "unverif.";
  if (row.gnuDisagree) check = "GNU!=GNU";
  const rss = ts.medianRss === undefined && row.refRss === undefined ? "-" : `${mb(ts.medianRss)}/${mb(row.refRss)}`;
  const pair = (a, b, f) => (a === undefined && b === undefined ? "-" : `${a === undefined ? "-" : f(a)}/${b === undefined ? "-" : f(b)}`);
  const gc = pair(ts.medianGc, row.refGc, (x) => x.toFixed(2));
  const gcs = pair(ts.medianGcs, row.refGcs, (x) => String(Math.round(x)));
  console.log(line([row.name, cell(interp), cell(byte), cell(native), cell(ts) + (ts.match === false ? "!!" : ""),
    ratio(row.ratioByte), ratio(row.ratioNative), rss, gc, gcs, check]));
}

/** Prints the summary under the table and returns it (it also goes into the JSON file). */
export function printReport(rows) {
  const kernels = rows.filter((r) => !r.startup);
  const byte = kernels.map((r) => r.ratioByte).filter((x) => x !== undefined);
  const native = kernels.map((r) => r.ratioNative).filter((x) => x !== undefined);
  const summary = {
    geomeanByte: geomean(byte) ?? null, geomeanNative: geomean(native) ?? null,
    kernelsCompared: byte.length, kernels: kernels.length,
    startupRatio: rows.find((r) => r.startup)?.ratioByte ?? null,
    mismatches: [], gnuDisagreements: [], failures: [],
  };
  console.log("");
  console.log("byte/ts and native/ts are speedups: GNU median / tsmacs median, > 1 means tsmacs is faster.");
  console.log("On the startup row byte/ts compares the two bare start-ups. ~ = fewer runs (time budget), ? = output varied.");
  if (byte.length) {
    console.log(`geometric mean speedup over ${byte.length}/${kernels.length} kernels: ` +
      `vs GNU byte-compiled ${ratio(summary.geomeanByte)}` +
      (native.length ? `, vs GNU native-compiled ${ratio(summary.geomeanNative)} (${native.length} kernels)` : ""));
  } else {
    console.log("geometric mean speedup: no kernel has both a GNU and a verified tsmacs time yet");
  }
  // Notes, with rows that share one message grouped (a broken tsmacs fails every row the same way).
  const notes = new Map();
  const note = (row, text) => { const names = notes.get(text); if (names) names.push(row.name); else notes.set(text, [row.name]); };
  for (const row of rows) {
    for (const v of row.variants) {
      if (v.error) {
        summary.failures.push({ kernel: row.name, variant: v.name, error: v.error });
        note(row, `${LABEL[v.name]} failed: ${v.error}`);
      } else if (v.skipped) {
        note(row, `${LABEL[v.name]} skipped: ${v.skipped}`);
      } else if (v.rebuilt) {
        note(row, `${LABEL[v.name]}: dist/ kept changing (rebuilds) during runs, its times include build work`);
      } else if (v.unstable) {
        note(row, `${LABEL[v.name]} printed different output on different runs`);
      }
    }
    if (row.gnuDisagree) {
      const outs = row.variants.filter((v) => v.name !== "tsmacs" && v.output !== undefined)
        .map((v) => `${LABEL[v.name]}=${JSON.stringify(v.output)}`).join(", ");
      summary.gnuDisagreements.push({ kernel: row.name, outputs: outs });
    }
    if (row.staleChecksum) {
      console.log(`${row.name}: GNU printed ${JSON.stringify(row.expected)} but the kernel's bench-checksum line says ` +
        `${JSON.stringify(row.stored)}: update it`);
    }
    const ts = row.variants[3];
    if (ts.match === false) summary.mismatches.push({ kernel: row.name, expected: row.expected, got: ts.output });
  }
  for (const [text, names] of notes) console.log(`${names.join(", ")}: ${text}`);
  if (summary.gnuDisagreements.length) {
    console.log("");
    console.log("WARNING: GNU Emacs variants disagree with each other; the kernel itself is not deterministic:");
    for (const d of summary.gnuDisagreements) console.log(`  ${d.kernel}: ${d.outputs}`);
  }
  if (summary.mismatches.length) {
    const bar = "!".repeat(78);
    console.log("");
    console.log(bar);
    console.log(`!! CHECKSUM MISMATCH: tsmacs printed something other than GNU Emacs in ${summary.mismatches.length} kernel(s)`);
    for (const m of summary.mismatches) {
      console.log(`!!   ${m.kernel}: expected ${JSON.stringify(m.expected)}`);
      console.log(`!!   ${" ".repeat(m.kernel.length)}  tsmacs   ${JSON.stringify(m.got.length > 500 ? m.got.slice(0, 500) + "…" : m.got)}`);
    }
    console.log(bar);
  }
  return summary;
}
