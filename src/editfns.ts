// Editing primitives and `format' (GNU: editfns.c). The parts live in src/editfns/: format.ts (format,
// format-message), message.ts (message), quoting.ts (text-quoting-style), width.ts (string widths).
import "./editfns/quoting.js";
import "./editfns/format.js";
import "./editfns/message.js";

export { styledFormat, formatPropHooks } from "./editfns/format.js";
export { showMessage } from "./editfns/message.js";
export { textQuotingStyle, applyQuotingStyle } from "./editfns/quoting.js";
export { stringWidth, charWidth } from "./editfns/width.js";
