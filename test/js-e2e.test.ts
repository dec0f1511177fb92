// End-to-end: the real `tsmacs --batch` loads a TypeScript init file that imports a JS module defining a
// command, Lisp uses the command, and JS promises and timers behave (GNU: no counterpart).
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const home = mkdtempSync(join(tmpdir(), "tsmacs-e2e-"));
const conf = join(home, ".tsmacs");
mkdirSync(conf);
writeFileSync(join(conf, "init.ts"), `// A TypeScript init file: types are stripped, imports resolved from ~/.tsmacs.
import { registerCommands } from "./commands.js";
interface Config { greeting: string; buffer: string }
const config: Config = { greeting: "Hello", buffer: "*greetings*" };
registerCommands(config.greeting, config.buffer);
lisp.setq("e2e-init-loaded", true);
`);
writeFileSync(join(conf, "commands.js"), `// A JS module defining a command for Lisp.
export function registerCommands(greeting, bufferName) {
  lisp.defun({
    name: "e2e-greet",
    docString: "Greet WHO in the greetings buffer.",
    interactive: true,
    args: "sWho: ",
    arglist: "(who)",
    func: (who) => {
      const msg = \`\${greeting}, \${who}!\`;
      lisp.with_current_buffer(lisp.get_buffer_create(bufferName), () => lisp.insert(msg + "\\n"));
      return msg;
    },
  });
}
`);

function run(args: string[], env: Record<string, string> = {}): { out: string; err: string; code: number | null } {
  const r = spawnSync("./tsmacs", args, { encoding: "utf8", env: { ...process.env, HOME: home, ...env }, timeout: 60000 });
  return { out: r.stdout, err: r.stderr, code: r.status };
}

for (const mode of ["snapshot", "no snapshot"]) {
  const env: Record<string, string> = mode === "snapshot" ? {} : { TSMACS_NO_SNAPSHOT: "1" };

  test(`a TypeScript init file and a JS module define a command Lisp uses (${mode})`, () => {
    const r = run(["--batch", "--eval", `(progn
      (princ (format "%S\\n" (js-load-init-file)))
      (princ (format "%S %S\\n" e2e-init-loaded (commandp 'e2e-greet)))
      (princ (format "%s\\n" (e2e-greet "Lisp")))
      (princ (format "%s\\n" (funcall-interactively 'e2e-greet "again")))
      (princ (format "%S\\n" (documentation 'e2e-greet)))
      (princ (format "%S\\n" (interactive-form 'e2e-greet)))
      (princ (with-current-buffer "*greetings*" (buffer-string))))`], env);
    assert.equal(r.err, "");
    assert.equal(r.out, [
      JSON.stringify(join(conf, "init.ts")),
      "t t",
      "Hello, Lisp!",
      "Hello, again!",
      `"Greet WHO in the greetings buffer.\n\n(fn WHO)"`,
      `(interactive "sWho: ")`,
      "Hello, Lisp!",
      "Hello, again!",
      "",
    ].join("\n"));
    assert.equal(r.code, 0);
  });

  test(`js-await blocks on worker I/O in batch mode (${mode})`, () => {
    const r = run(["--batch", "--eval", `(progn
      (setq e2e-n 41)
      (princ (js-await (eval-js "const fs = require('node:fs'); await new Promise((r) => setTimeout(r, 20));
        return (await fs.promises.readFile('package.json', 'utf8')).includes('tsmacs') ? lisp.symbolValue('e2e-n') + 1 : 0" :worker t) 5)))`], env);
    assert.equal(r.err, "");
    assert.equal(r.out, "42");
    assert.equal(r.code, 0);
  });

  test(`eval-js errors are Lisp errors in batch mode (${mode})`, () => {
    const r = run(["--batch", "--eval", "(setq backtrace-on-error-noninteractive nil)", "--eval", `(eval-js "null.foo")`], env);
    assert.equal(r.err, `JavaScript error: "TypeError: Cannot read properties of null (reading 'foo')", `
      + `"TypeError: Cannot read properties of null (reading 'foo')\n    at /work/main/$eval$1.js:1:6"\n`.replace("/work/main", process.cwd()));
    assert.equal(r.code, 255);
  });

  test(`an unhandled rejection never kills tsmacs, and batch mode exits when the command line is done (${mode})`, () => {
    const r = run(["--batch",
      "--eval", `(eval-js "Promise.reject(new Error('nobody listens'))")`,
      "--eval", `(eval-js "setTimeout(() => lisp.princ('timer ran\\\\n'), 5)")`,
      "--eval", `(princ "still here\\n")`], env);
    // As in GNU Emacs, batch mode exits after the last command-line argument: the timer never fires.
    assert.equal(r.out, "still here\n");
    assert.equal(r.code, 0);
  });
}

test("an error in the init file is reported and start-up goes on", () => {
  const other = mkdtempSync(join(tmpdir(), "tsmacs-e2e-bad-"));
  mkdirSync(join(other, ".tsmacs"));
  writeFileSync(join(other, ".tsmacs", "init.js"), `throw new Error("broken init");\n`);
  const r = run(["--batch", "--eval", `(progn (js-load-init-file) (princ "after init"))`], { HOME: other });
  assert.equal(r.out, "after init");
  assert.match(r.err, /Error in init file .*init\.js: Error: broken init/);
  assert.equal(r.code, 0);
});

test("without an init file nothing is loaded", () => {
  const empty = mkdtempSync(join(tmpdir(), "tsmacs-e2e-none-"));
  const r = run(["--batch", "--eval", `(princ (js-load-init-file))`], { HOME: empty });
  assert.equal(r.out, "nil");
});
