// The tsmacs executable's entry point (GNU: emacs.c main).
import { main } from "./emacs.js";

// Like GNU Emacs, batch mode exits when the command line is done: pending JS timers or promises do not
// keep the process alive. Writes to pipes and files are synchronous on Linux, so nothing is lost.
process.exit(main(process.argv.slice(2)));
