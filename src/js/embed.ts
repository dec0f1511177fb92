// Embedding: `import { createEmacs } from "tsmacs"` gives a fresh, isolated Lisp world and its `lisp` object
// (GNU: no counterpart; the closest is emacs-module.c seen from the other side).
import { createEnv, CreateEnvOptions } from "../emacs.js";
import { E, Env, enterEnv } from "../env.js";
import { bridgeOf, callIntoLisp, hostRealm } from "./convert.js";
import { makeLispObject } from "./proxy.js";
import { evalJs, evalJsFile, EvalJsOptions } from "./eval-js.js";
import { jsContext } from "./context.js";
import { loadJsInitFile } from "../js-bridge.js";

export interface Emacs {
  /** The `lisp` object: `lisp.car(lisp.list(1, 2))`, `lisp.defun({...})`, `lisp.evalString("(+ 1 2)")`. */
  readonly lisp: any;
  /** The world itself, for code using the low-level API (enterEnv, evalForm...). */
  readonly env: Env;
  /** Evaluates JavaScript or TypeScript in this world's JS context (where `lisp` is a global); returns the JS value. */
  evalJs(code: string, opts?: EvalJsOptions): unknown;
  /** Evaluates a JS/TS module file in this world's JS context; returns its default export. */
  evalJsFile(file: string, opts?: { typescript?: boolean }): unknown;
  /** Loads ~/.tsmacs/init.ts (or init.js) into this world; returns its name, if there was one. */
  loadInitFile(): string | undefined;
  /** This world's JS context's global object (`globalThis` of code run by evalJs). */
  readonly jsGlobal: any;
}

/**
 * Makes a new Lisp world with the preloaded library. Every call through the returned object enters this
 * world and restores the one that was current before, so two instances never see each other's state.
 */
export function createEmacs(opts: CreateEnvOptions = {}): Emacs {
  const prev = E;
  const env = createEnv(opts);
  if (prev !== undefined && prev !== env) enterEnv(prev);
  const b = bridgeOf(env);
  return {
    lisp: makeLispObject(b, hostRealm),
    env,
    evalJs: (code, o) => callIntoLisp(b, () => evalJs(b, code, o)),
    evalJsFile: (file, o) => callIntoLisp(b, () => evalJsFile(b, file, o)),
    loadInitFile: () => callIntoLisp(b, () => loadJsInitFile(env)),
    get jsGlobal() { return callIntoLisp(b, () => jsContext(b).global); },
  };
}
