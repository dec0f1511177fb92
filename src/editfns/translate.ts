// translate-region (GNU: mule.el): translate-region-internal (editfns/buffer-edit.ts), also accepting a
// symbol whose `translation-table' property holds the table.
import { defun } from "../defun.js";
import { defsym, LSymbol, NIL } from "../lisp.js";
import { funcall } from "../eval.js";

const Qtranslation_table = defsym("translation-table");
const Qtranslate_region_internal = defsym("translate-region-internal");

defun("translate-region", "(start end table)", `From START to END, translate characters according to TABLE.

TABLE is a string or a char-table.
If TABLE is a string, the Nth character in it is the mapping
for the character with code N.
If TABLE is a char-table, the element for character N is the mapping
for the character with code N.

If TABLE is a symbol, its \`translation-table' property names the table.

It returns the number of characters changed.`,
(start, end, table) => {
  if (table instanceof LSymbol && table !== NIL) table = funcall(defsym("get"), table, Qtranslation_table);
  return funcall(Qtranslate_region_internal, start, end, table);
}, { interactive: "r\nSTranslation table: " });
