// Plugs the current buffer's syntax and category tables into the regexp engine (GNU: regex-emacs.c's SYNTAX and
// CHAR_HAS_CATEGORY under the current buffer, and search.c's regexp cache keyed by the syntax table).
import { CharTable, charTableGet } from "../chartab.js";
import { lowercaseP, uppercaseP } from "../casefiddle.js";
import { searchHooks } from "../search.js";
import { MatchContext } from "../regex/index.js";
import { currentSyntaxTable, descriptorFlags, regexSyntaxFunction, syntaxEpoch } from "../syntax.js";
import { curBuf } from "../buffer.js";
import { regexCategoryFunction, wordBoundaryP } from "../category.js";

/**
 * The engine's view of the current buffer's tables; POINT is for `\=` (-1 when matching a string). When matching
 * buffer text (POINT >= 0), text index 0 is taken to be point-min, as in buffer.ts's bufferCharView, so that
 * `syntax-table` properties apply under `parse-sexp-lookup-properties`.
 */
export function bufferMatchContext(point: number): MatchContext {
  const table = currentSyntaxTable();
  // String matching (no point) reuses one context per syntax table: every string-match used to allocate one.
  // Its category test resolves the buffer's category table at each call, as a fresh context would have.
  if (point < 0) {
    let ctx = stringContexts.get(table);
    if (ctx === undefined) {
      ctx = {
        syntax: (c) => descriptorFlags(charTableGet(table, c)) & 0xff,
        category: (c, cat) => regexCategoryFunction()(c, cat),
        wordBoundary: wordBoundaryP, isUpper: uppercaseP, isLower: lowercaseP, point: -1,
      };
      stringContexts.set(table, ctx);
    }
    return ctx;
  }
  return {
    syntax: point >= 0 ? regexSyntaxFunction(curBuf().begv) : (c) => descriptorFlags(charTableGet(table, c)) & 0xff,
    category: regexCategoryFunction(),
    wordBoundary: wordBoundaryP,
    isUpper: uppercaseP,
    isLower: lowercaseP,
    point,
  };
}

const stringContexts = new WeakMap<CharTable, MatchContext>();

// A compiled pattern that baked in syntax classes stays valid while the table is the same object and no
// modify-syntax-entry has run since (GNU clears its whole regexp cache then).
const keys = new WeakMap<CharTable, { epoch: number; key: object }>();
function syntaxTableKey(): object {
  const table = currentSyntaxTable();
  const epoch = syntaxEpoch();
  let k = keys.get(table);
  if (k === undefined || k.epoch !== epoch) keys.set(table, k = { epoch, key: {} });
  return k.key;
}

searchHooks.context = bufferMatchContext;
searchHooks.syntaxTableKey = syntaxTableKey;
