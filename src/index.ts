// The embedding API: `import { createEnv } from "tsmacs"` (the JS bridge issue grows this into createEmacs).
export { createEnv, main, TSMACS_VERSION } from "./emacs.js";
export { evalForm, funcall, apply } from "./eval.js";
export { readAll, readFromString } from "./lread.js";
export { prin1ToString } from "./print.js";
export * from "./lisp.js";
export { LispSignal, LispThrow } from "./signal.js";
export { subrRegistry } from "./defun.js";
export { createEmacs } from "./js/embed.js";
export type { Emacs } from "./js/embed.js";
export { LispError, LispProxy, isProxy } from "./js/convert.js";
export { generateTypings, GLOBAL_TYPINGS } from "./js/typings.js";
