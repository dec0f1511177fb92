// The tsmacs executable's entry point (GNU: emacs.c main).
import { main } from "./emacs.js";

const code = main(process.argv.slice(2));
// Let pending stdout/stderr writes drain before exiting (pipes are asynchronous in Node).
process.exitCode = code;
