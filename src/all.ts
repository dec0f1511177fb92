// Imports every primitive-defining module for its declarations (GNU: the syms_of_* calls in emacs.c main).
import "./eval.js";
import "./eval-subrs.js";
import "./backquote.js";
import "./doc.js";
import "./coding.js";
import "./data.js";
import "./alloc.js";
import "./fns.js";
import "./floatfns.js";
import "./lread.js";
import "./print.js";
import "./editfns.js";
import "./character.js";
import "./casefiddle.js";
import "./chartab.js";
import "./timefns.js";
