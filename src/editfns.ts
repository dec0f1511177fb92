// Editing primitives and `format' (GNU: editfns.c). The parts live in src/editfns/: format.ts (format,
// format-message, message), quoting.ts (text-quoting-style), width.ts (string widths for padding).
import "./editfns/quoting.js";
import "./editfns/format.js";

export { styledFormat, showMessage } from "./editfns/format.js";
export { textQuotingStyle, applyQuotingStyle } from "./editfns/quoting.js";
export { stringWidth, charWidth } from "./editfns/width.js";
