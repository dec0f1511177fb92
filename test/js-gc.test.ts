// Lifetimes across the JS bridge: proxies keep Lisp objects alive only while JS holds them, and Lisp releases
// the JS functions and objects it was given once it drops them (GNU: no counterpart; emacs-module.c's global
// references are the manual equivalent). Needs `node --expose-gc`, so the scenario runs in a child process
// against the built library (dist/index.js).
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";

const library = pathToFileURL(resolve(process.env.TSMACS_DIST || "dist", "index.js")).href;

const SCENARIO = `
import { createEmacs, LispProxy } from ${JSON.stringify(library)};
const { lisp } = createEmacs();
const collected = new Set();
const registry = new FinalizationRegistry((tag) => collected.add(tag));
const watch = (obj, tag) => registry.register(obj, tag);
async function collect() {
  for (let i = 0; i < 6; i++) { globalThis.gc(); await new Promise((r) => setImmediate(r)); }
}
const results = {};

// 1. A proxy keeps its Lisp object alive; dropping the proxy lets the object go.
(() => { watch(LispProxy.unwrap(lisp.list(1, 2, 3)), "dropped-cons"); })();
const keptProxy = lisp.list(4, 5);
watch(LispProxy.unwrap(keptProxy), "kept-cons");
// 2. A JS function handed to Lisp lives while Lisp holds it...
(() => {
  const f = (x) => x + 1;
  watch(f, "js-fn");
  lisp.setq("gc-test-fn", f);
})();
// 3. ...and so does a JS object.
(() => { const o = { big: new Array(1000).fill(7) }; watch(o, "js-obj"); lisp.setq("gc-test-obj", o); })();
// 4. A Lisp closure seen from JS as a function: held by the JS function, released with it.
(() => {
  const f = lisp.evalString("(let ((n 41)) (lambda () (1+ n)))");
  results.closureCall = f();
  watch(LispProxy.unwrap(f), "lisp-closure");
  watch(f, "closure-wrapper");
})();
await collect();
results.first = [...collected].sort();
results.fnStillCallable = lisp.evalString("(funcall gc-test-fn 1)");
results.keptStillThere = String(keptProxy);

// Lisp drops the function and the object: both can go now, with the Lisp subr that wrapped the function.
lisp.setq("gc-test-fn", null);
lisp.setq("gc-test-obj", null);
await collect();
results.second = [...collected].sort();
process.stdout.write(JSON.stringify(results));
`;

test("proxies and function wrappers do not leak (FinalizationRegistry under --expose-gc)", () => {
  const dir = mkdtempSync(join(tmpdir(), "tsmacs-gc-"));
  const script = join(dir, "scenario.mjs");
  writeFileSync(script, SCENARIO);
  const r = spawnSync(process.execPath, ["--expose-gc", script], { encoding: "utf8", timeout: 60000 });
  assert.equal(r.status, 0, r.stderr);
  const res = JSON.parse(r.stdout) as Record<string, unknown>;
  assert.equal(res.closureCall, 42);
  // After the first collection: the dropped proxy's cons and the closure (with its wrapper) are gone; what
  // JS or Lisp still holds is not.
  assert.deepEqual(res.first, ["closure-wrapper", "dropped-cons", "lisp-closure"]);
  assert.equal(res.fnStillCallable, 2);
  assert.equal(res.keptStillThere, "(4 5)");
  // Once Lisp lets go, the JS function and object are collected too.
  assert.deepEqual(res.second, ["closure-wrapper", "dropped-cons", "js-fn", "js-obj", "lisp-closure"]);
});
