// Preloaded function bodies kept as text until first used (src/lazy-function.ts, done before the start-up
// snapshot): the library must behave exactly as before, and every definition must read back as it was.
import { test } from "node:test";
import assert from "node:assert/strict";
import { checkCaseFile, evalLisp, printed, setup } from "./helpers.js";
import { E, specbind, unbindTo } from "../src/env.js";
import { Cons, LispObject, LSymbol, T } from "../src/lisp.js";
import { prin1ToString } from "../src/print.js";
import { isLazy, makePreloadedBodiesLazy } from "../src/lazy-function.js";

setup();

/** The definition in SYM's function cell (the closure itself for a macro). */
function definition(sym: LSymbol): LispObject {
  const f = sym.f;
  return f instanceof Cons && f.car === E.intern("macro") ? f.cdr : f;
}

/** Every function definition printed as `read' would need it, by name. */
function printedDefinitions(): Map<string, string> {
  const count = E.sp;
  specbind(E.intern("print-circle"), T);
  specbind(E.intern("print-gensym"), T);
  const out = new Map<string, string>();
  try {
    for (const sym of E.obarray.values()) if (sym.f instanceof Cons) out.set(sym.name, prin1ToString(sym.f));
  } finally { unbindTo(count); }
  return out;
}

const before = printedDefinitions();
const sameObject = E.intern("string-pad").f;
const stats = makePreloadedBodiesLazy();
const madeLazy = new Set([...E.obarray.values()].filter((s) => {
  const d = definition(s);
  return d instanceof Cons && isLazy(d.cdr);
}).map((s) => s.name));

test("most preloaded definitions become text, and the function objects stay the same", () => {
  assert.ok(stats.functions > 800, `only ${stats.functions} definitions were made lazy`);
  assert.equal(E.intern("string-pad").f, sameObject);
  // A closure over variables (its environment's cells are shared with compiled code) is never made lazy.
  evalLisp("(let ((n 0)) (defalias 'lazy-test-counter (lambda () (setq n (1+ n)))))");
  makePreloadedBodiesLazy();
  assert.equal(printed("(list (lazy-test-counter) (lazy-test-counter))"), "(1 2)");
  assert.equal(isLazy((E.intern("lazy-test-counter").f as Cons).cdr), false);
});

test("a lazy definition reads back when it is called, inspected or described", () => {
  const lazyDefs = [...E.obarray.values()].filter((s) => {
    const d = definition(s);
    return d instanceof Cons && d.car === E.intern("closure") && isLazy(d.cdr);
  });
  assert.ok(lazyDefs.length > 800);
  const pick = (name: string): LSymbol => {
    const s = E.intern(name);
    assert.ok(lazyDefs.includes(s), `${name} is not lazy`);
    return s;
  };
  pick("string-pad"); pick("string-remove-prefix"); pick("number-sequence"); pick("flatten-tree"); pick("cl-remove-if-not");
  // Called (most never compiled during the build) and given the right answers.
  assert.equal(printed(`(list (string-pad "ab" 4) (string-remove-prefix "x" "xy") (number-sequence 1 3)
                              (flatten-tree '(1 (2) nil 1)) (cl-remove-if-not #'cl-evenp '(1 2 3 4)))`),
    `("ab  " "y" (1 2 3) (1 2 1) (2 4))`);
  // Docstring, arity and interactive spec come from the text.
  pick("count-words-region"); pick("next-line");
  assert.match(printed("(documentation 'number-sequence)"), /^"Return a sequence of numbers from FROM to TO/);
  assert.equal(printed("(func-arity 'string-pad)"), "(2 . 4)");
  assert.equal(printed("(list (commandp 'next-line) (commandp 'string-pad))"), "(t nil)");
  assert.equal(printed("(car (symbol-function 'count-words-region))"), "closure");
  assert.equal(printed("(cadr (symbol-function 'count-words-region))"), "(t)");
});

test("setcar and setcdr on a definition that is still text", () => {
  const f = definition(E.intern("string-blank-p")) as Cons;
  assert.ok(isLazy(f.cdr));
  evalLisp("(setcdr (cdr (symbol-function 'string-blank-p)) '((s) (if (string= s \"\") 'empty 'full)))");
  assert.equal(printed(`(list (string-blank-p "") (string-blank-p "x"))`), "(empty full)");
});

test("the library still gives GNU Emacs 28.2's answers with lazy definitions", () => {
  for (const name of ["lib-subr", "seqmap", "backquote", "generator", "files-modes", "fill", "occur"])
    assert.deepEqual(checkCaseFile(name), [], name);
});

test("every lazy definition reads back as it was printed before", () => {
  const after = printedDefinitions();
  let compared = 0;
  for (const [name, text] of before) {
    if (name === "string-blank-p" || !madeLazy.has(name)) continue;
    assert.equal(after.get(name), text, name);
    compared++;
  }
  assert.ok(compared > 800);
  // Reading them all back left nothing lazy behind.
  assert.equal([...E.obarray.values()].some((s) => { const d = definition(s); return d instanceof Cons && isLazy(d.cdr); }), false);
});
