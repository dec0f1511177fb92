// The JavaScript bridge: conversions both ways, the `lisp` object, errors and non-local exits across the
// boundary, eval-js and modules, promises (GNU: no counterpart; emacs-ng's `lisp` object is the model).
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, writeFileSync, mkdirSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createEmacs } from "../src/js/embed.js";
import { LispError, LispProxy, isProxy } from "../src/js/convert.js";
import { E } from "../src/env.js";
import { Cons, LString, NIL } from "../src/lisp.js";

const emacs = createEmacs();
const { lisp } = emacs;
const ev = (src: string): any => lisp.evalString(src);
/** The printed representation of the value of SRC. */
const pr = (src: string): string => lisp.prin1_to_string(ev(src));
const show = (x: unknown): string => lisp.prin1_to_string(x);
const dir = mkdtempSync(join(tmpdir(), "tsmacs-js-"));

// ---------------------------------------------------------------------------------------------
// Lisp -> JS
// ---------------------------------------------------------------------------------------------
test("integers come as numbers, bignums as BigInt, floats as numbers", () => {
  assert.equal(ev("42"), 42);
  assert.equal(ev("-7"), -7);
  assert.equal(ev("(expt 2 70)"), 2n ** 70n);
  assert.equal(ev("most-positive-fixnum"), 2n ** 61n - 1n);
  assert.equal(ev("1.5"), 1.5);
  assert.equal(ev("1.0e+INF"), Infinity);
  assert.ok(Number.isNaN(ev("0.0e+NaN")));
});

test("strings come as JS strings; nil and t as null and true", () => {
  assert.equal(ev(`"héllo 😀"`), "héllo 😀");
  assert.equal(ev("nil"), null);
  assert.equal(ev("t"), true);
  assert.equal(ev("(eq 1 2)"), null);
});

test("a string with text properties or raw bytes comes as a proxy and goes back unchanged", { skip: !lisp.fboundp(lisp.symbols.propertize) }, () => {
  const s = ev(`(propertize "abc" 'face 'bold)`);
  assert.ok(isProxy(s));
  assert.equal(String(s), "abc");
  assert.equal(lisp.get_text_property(0, lisp.symbols.face, s).toString(), "bold");
  const raw = ev(`(string-to-unibyte "\\377a")`);
  assert.ok(isProxy(raw));
  assert.equal(lisp.multibyte_string_p(raw), null);
  assert.equal(lisp.aref(raw, 0), 255);
});

test("symbols, conses, vectors and other objects come as proxies with identity", () => {
  const sym = lisp.symbols.foo_bar;
  assert.ok(sym instanceof LispProxy);
  assert.equal(sym, lisp.intern("foo-bar"));
  assert.equal(sym.toString(), "foo-bar");
  assert.equal(sym.type, "symbol");
  assert.equal(lisp.keywords.test.toString(), ":test");
  ev("(setq js-test-cell (list 1 2))");
  const c = lisp.symbolValue("js-test-cell");
  assert.equal(c, lisp.symbolValue("js-test-cell"), "same Lisp object, same proxy");
  assert.equal(c.type, "cons");
  assert.equal(lisp.eq(c, ev("js-test-cell")), true, "unwraps to the same object");
  lisp.setcar(c, 99);
  assert.equal(pr("js-test-cell"), "(99 2)");
  const v = ev("[1 a \"s\"]");
  assert.equal(lisp.typeOf(v), "vector");
  assert.deepEqual(v.toArray().map(String), ["1", "a", "s"]);
  assert.equal(lisp.typeOf(ev("(make-hash-table)")), "hash-table");
  assert.equal(lisp.typeOf(ev("(current-buffer)")), "buffer");
  assert.equal(`${lisp.list(1, "a")}`, `(1 "a")`);
});

test("Lisp functions come as JS functions, the same one each time, unwrapping to the Lisp function", () => {
  const car = lisp.symbol_function(lisp.symbols.car);
  assert.equal(typeof car, "function");
  assert.equal(car(lisp.list(7, 8)), 7);
  assert.equal(lisp.symbol_function(lisp.symbols.car), car);
  ev("(setq js-test-fn (lambda (x &optional y) (list x y)))");
  const f = lisp.symbolValue("js-test-fn");
  assert.equal(show(f(1)), "(1 nil)");
  assert.equal(show(f("a", 2)), `("a" 2)`);
  assert.equal(lisp.eq(f, ev("js-test-fn")), true);
  assert.ok(isProxy(f));
  assert.equal(lisp.typeOf(f), "cons");
});

// ---------------------------------------------------------------------------------------------
// JS -> Lisp
// ---------------------------------------------------------------------------------------------
test("JS numbers become fixnums or floats, BigInts integers", () => {
  const types = (x: unknown): string => `${lisp.typeOf(x)} ${show(x)}`;
  assert.equal(types(3), "integer 3");
  assert.equal(types(-0), "integer 0");
  assert.equal(types(2.5), "float 2.5");
  assert.equal(types(NaN), "float 0.0e+NaN");
  assert.equal(types(-Infinity), "float -1.0e+INF");
  assert.equal(types(2 ** 60), "float 1.152921504606847e+18");
  assert.equal(types(5n), "integer 5");
  assert.equal(types(2n ** 64n), "integer 18446744073709551616");
  assert.equal(show(lisp.make.float(2)), "2.0");
  assert.equal(lisp.floatp(lisp.make.float(2)), true);
});

test("strings, booleans, null and undefined", () => {
  assert.equal(show("a\"b"), `"a\\"b"`);
  assert.equal(lisp.multibyte_string_p("é"), true);
  assert.equal(lisp.multibyte_string_p("e"), null);
  assert.equal(lisp.string_to_char("😀"), 0x1f600);
  assert.equal(show([true, false, null, undefined]), "[t nil nil nil]");
});

test("arrays become vectors, nested and cyclic ones too", () => {
  assert.equal(show([1, [2, "x"], []]), `[1 [2 "x"] []]`);
  const a: unknown[] = [1];
  a.push(a);
  lisp.setq("js-test-cyclic", a);
  assert.equal(pr("(eq js-test-cyclic (aref js-test-cyclic 1))"), "t");
});

test("JS functions become subrs named js:NAME, the same one each time", () => {
  function twice(x: number): number { return x * 2; }
  lisp.setq("js-test-twice", twice);
  assert.equal(pr("(funcall js-test-twice 21)"), "42");
  assert.equal(pr("(mapcar js-test-twice '(1 2 3))"), "(2 4 6)");
  assert.equal(pr("(list (functionp js-test-twice) (subrp js-test-twice) (type-of js-test-twice) (func-arity js-test-twice))"),
    "(t t subr (0 . many))");
  assert.equal(pr("js-test-twice"), "#<subr js:twice>");
  assert.equal(lisp.eq(twice, ev("js-test-twice")), true);
  assert.equal(lisp.symbolValue("js-test-twice"), twice, "unwraps to the JS function");
  assert.equal(pr("(funcall (symbol-value 'js-test-twice) 1)"), "2");
  // Arguments arrive converted, results go back converted.
  assert.equal(pr(`(funcall js-test-twice 1.25)`), "2.5");
  assert.equal(pr(`(funcall js-test-twice 2.5)`), "5", "an integral JS result is an integer");
  lisp.setq("js-test-args", (...args: unknown[]) => args.map((x) => (x === null ? "null" : typeof x)).join(","));
  assert.equal(pr(`(funcall js-test-args 1 1.5 "s" nil t 'sym '(1) (expt 2 80))`), `"number,number,string,null,boolean,object,object,bigint"`);
});

test("other JS values become js-objects with identity", () => {
  const o = { a: 1 };
  const d = new Date(0);
  lisp.setq("js-test-obj", o);
  assert.equal(pr("(type-of js-test-obj)"), "js-object");
  assert.equal(pr("js-test-obj"), "#<js-object Object>");
  assert.equal(show(d), "#<js-object Date>");
  assert.equal(lisp.symbolValue("js-test-obj"), o);
  assert.equal(lisp.eq(o, ev("js-test-obj")), true);
  assert.equal(pr("(js-object-p js-test-obj)"), "t");
  assert.equal(pr("(js-get js-test-obj \"a\")"), "1");
  assert.equal(pr("(js-set js-test-obj 'b \"x\")"), `"x"`);
  assert.equal(o.hasOwnProperty("b") && (o as Record<string, unknown>).b, "x");
  assert.equal(pr(`(js-call (js-get js-test-obj "b") "toUpperCase")`), `"X"`);
  assert.equal(show(Symbol("s")), "#<js-object Symbol(s)>");
});

// ---------------------------------------------------------------------------------------------
// Builders and conversions on request
// ---------------------------------------------------------------------------------------------
test("lisp.make builds lists, vectors, alists, plists, hash tables, floats, symbols and keywords", () => {
  assert.equal(show(lisp.make.list([1, "a", lisp.symbols.x])), `(1 "a" x)`);
  assert.equal(show(lisp.make.array([1, 2])), "[1 2]");
  assert.equal(show(lisp.make.cons(1, 2)), "(1 . 2)");
  assert.equal(show(lisp.make.alist({ x: lisp.symbols.bar, y: "String" })), `((x . bar) (y . "String"))`);
  assert.equal(show(lisp.make.plist({ zz: 19, zx: false })), "(:zz 19 :zx nil)");
  const h = lisp.make.hashtable({ x: 3, y: 4 });
  assert.equal(lisp.gethash("y", h), 4);
  assert.equal(show(lisp.hash_table_test(h)), "equal");
  assert.equal(lisp.gethash(1, lisp.make.hashtable(new Map([[1, "one"]]), { test: "eql" })), "one");
  assert.equal(show(lisp.make.keyword("k")), ":k");
});

test("lists, vectors, alists, plists and hash tables convert to arrays, objects and Maps when asked", () => {
  assert.deepEqual(lisp.toArray(ev("'(1 \"a\" 2.5)")), [1, "a", 2.5]);
  assert.deepEqual(lisp.toArray(ev("[1 2]")), [1, 2]);
  assert.deepEqual([...ev("'(1 2 3)") as Iterable<unknown>], [1, 2, 3]);
  assert.deepEqual(lisp.toObject(ev("'((a . 1) (b . \"x\") (a . 3))")), { a: 1, b: "x" });
  assert.deepEqual(lisp.toObject(ev("'(:a 1 :b nil)")), { a: 1, b: null });
  assert.deepEqual(ev(`(let ((h (make-hash-table :test 'equal))) (puthash "k" 1 h) (puthash 'z t h) h)`).toObject(), { k: 1, z: true });
  const m = lisp.toMap(ev("(let ((h (make-hash-table))) (puthash 1 'one h) h)"));
  assert.equal(String(m.get(1)), "one");
  assert.throws(() => lisp.toObject(5), LispError);
});

// ---------------------------------------------------------------------------------------------
// The lisp object
// ---------------------------------------------------------------------------------------------
test("names: underscores become dashes, dashed names are taken as they are, fn names anything", () => {
  assert.equal(lisp.string_to_char("A"), 65);
  assert.equal(lisp["string-to-char"]("B"), 66);
  assert.equal(lisp.fn("1+")(1), 2);
  assert.equal(lisp.fn("string-to-char"), lisp.string_to_char);
  assert.ok("car" in lisp);
  assert.ok(!("no_such_function_here" in lisp));
  assert.equal((lisp as { then?: unknown }).then, undefined, "the lisp object is not a thenable");
  assert.throws(() => lisp.no_such_function_here(), (e: unknown) => e instanceof LispError && e.symbol === "void-function");
  assert.throws(() => lisp.when(true, 1), /special form or macro/);
});

test("eval, evalString, read, setq, symbolValue and defvar", () => {
  assert.equal(lisp.eval(lisp.read("(+ 1 2)")), 3);
  assert.equal(lisp.eval(lisp.make.list([lisp.symbols.list, 1, 2])).toString(), "(1 2)");
  assert.equal(lisp.evalString("(setq js-test-a 1) (+ js-test-a 1)"), 2);
  assert.equal(lisp.setq(lisp.symbols.js_test_a, 5), 5);
  assert.equal(lisp.symbolValue("js-test-a"), 5);
  lisp.setq({ js_test_b: "x", js_test_c: [1] });
  assert.equal(pr("(list js-test-b js-test-c)"), `("x" [1])`);
  lisp.defvar({ name: "js-test-var", value: 10, docString: "A variable from JS." });
  lisp.defvar("js-test-var", 20);
  assert.equal(pr("(list js-test-var (special-variable-p 'js-test-var) (documentation-property 'js-test-var 'variable-documentation))"),
    `(10 t "A variable from JS.")`);
  assert.throws(() => lisp.symbolValue("js-test-unbound"), (e: unknown) => e instanceof LispError && e.symbol === "void-variable");
});

test("lisp.let binds dynamically and restores on every exit", () => {
  ev("(defvar js-test-dyn 'global) (defun js-test-read-dyn () js-test-dyn)");
  assert.equal(lisp.let({ js_test_dyn: "bound" }, () => lisp.js_test_read_dyn()), "bound");
  assert.equal(pr("js-test-dyn"), "global");
  assert.throws(() => lisp.let({ js_test_dyn: 1 }, () => { throw new RangeError("out"); }), RangeError);
  assert.equal(pr("js-test-dyn"), "global");
  assert.throws(() => lisp.let({ js_test_dyn: 1 }, () => lisp.car(1)), LispError);
  assert.equal(pr("js-test-dyn"), "global");
  assert.equal(E.sp, 0);
});

test("lisp.defun defines a documented function, a command when asked", () => {
  lisp.defun({ name: "js-test-greet", docString: "Greet NAME.", arglist: "(name &optional punct)", interactive: true, args: "sName: ",
    func: (name: string, punct: string | null) => `Hello, ${name}${punct ?? "!"}` });
  assert.equal(pr(`(js-test-greet "you")`), `"Hello, you!"`);
  assert.equal(pr(`(js-test-greet "you" "?")`), `"Hello, you?"`);
  assert.equal(pr("(documentation 'js-test-greet)"), `"Greet NAME.\n\n(fn NAME &optional PUNCT)"`);
  assert.equal(pr("(list (commandp 'js-test-greet) (interactive-form 'js-test-greet) (func-arity 'js-test-greet))"),
    `(t (interactive "sName: ") (1 . 2))`);
  assert.equal(pr("(condition-case e (js-test-greet) (wrong-number-of-arguments (car e)))"), "wrong-number-of-arguments");
  assert.equal(lisp.js_test_greet("JS"), "Hello, JS!");
  assert.equal(pr("(funcall-interactively 'js-test-greet \"I\")"), `"Hello, I!"`);
  lisp.defun({ name: "js-test-plain", func: () => 1 });
  assert.equal(pr("(list (commandp 'js-test-plain) (js-test-plain 1 2 3))"), "(nil 1)");
});

test("with_current_buffer, with_temp_buffer, save_excursion and catch run JS inside Lisp forms", () => {
  const buf = lisp.get_buffer_create("*js-test*");
  const before = lisp.current_buffer();
  const r = lisp.with_current_buffer(buf, () => { lisp.insert("abc"); return { point: lisp.point() }; });
  assert.deepEqual(r, { point: 4 }, "the JS result passes untouched");
  assert.equal(lisp.current_buffer(), before);
  assert.equal(lisp.with_current_buffer(buf, () => lisp.buffer_string()), "abc");
  assert.equal(lisp.with_temp_buffer(() => { lisp.insert("tmp"); return lisp.buffer_string(); }), "tmp");
  const err = new Error("inside");
  assert.throws(() => lisp.with_current_buffer(buf, () => { throw err; }), (e: unknown) => e === err);
  assert.equal(lisp.current_buffer(), before, "restored after a JS exception");
  lisp.with_current_buffer(buf, () => {
    lisp.goto_char(2);
    lisp.save_excursion(() => lisp.goto_char(1));
    assert.equal(lisp.point(), 2);
  });
  assert.equal(lisp.catch(lisp.symbols.js_tag, () => { lisp.throw(lisp.symbols.js_tag, 5); return 1; }), 5);
  assert.equal(lisp.catch(lisp.symbols.js_tag, () => "normal"), "normal");
});

// ---------------------------------------------------------------------------------------------
// Errors and non-local exits
// ---------------------------------------------------------------------------------------------
test("a Lisp signal becomes a LispError with symbol, data, conditions and Emacs's message", () => {
  try {
    lisp.car(1);
    assert.fail("no error");
  } catch (e) {
    assert.ok(e instanceof LispError && e instanceof Error);
    assert.equal(e.symbol, "wrong-type-argument");
    assert.equal(String((e.data as unknown[])[0]), "listp");
    assert.equal((e.data as unknown[])[1], 1);
    assert.equal(e.message, "Wrong type argument: listp, 1");
    assert.ok(e.is("error") && e.is("wrong-type-argument") && !e.is("arith-error"));
  }
  assert.throws(() => lisp.error("Boom %d", 3), { name: "LispError", message: "Boom 3" });
  assert.throws(() => lisp.signal(lisp.symbols.arith_error, null), (e: unknown) => e instanceof LispError && e.is("arith-error"));
  assert.throws(() => lisp.throw(lisp.symbols.nowhere, 1), (e: unknown) => e instanceof LispError && e.symbol === "no-catch");
});

test("a JS exception in a JS function signals js-error (MESSAGE STACK), catchable by condition-case", () => {
  lisp.setq("js-test-thrower", () => { throw new TypeError("bad thing"); });
  assert.equal(pr("(condition-case e (funcall js-test-thrower) (js-error (list (car e) (nth 1 e) (stringp (nth 2 e)))))"),
    `(js-error "TypeError: bad thing" t)`);
  assert.equal(pr("(condition-case e (funcall js-test-thrower) (error 'caught-as-error))"), "caught-as-error");
  assert.match(pr("(condition-case e (funcall js-test-thrower) (error (error-message-string e)))"), /^"JavaScript error: \\"TypeError: bad thing\\"/);
  lisp.setq("js-test-thrower2", () => { throw "just a string"; });
  assert.equal(pr("(condition-case e (funcall js-test-thrower2) (js-error (cdr e)))"), `("just a string" nil)`);
});

test("exceptions keep their identity across the other language", () => {
  // JS exception -> through Lisp frames -> back in JS: the same object.
  const original = new SyntaxError("mine");
  lisp.setq("js-test-thrower3", () => { throw original; });
  assert.throws(() => ev("(progn (funcall js-test-thrower3))"), (e: unknown) => e === original);
  // Lisp error -> through JS frames -> back in Lisp: the same signal, caught by its own condition.
  lisp.setq("js-test-calls-car", (x: unknown) => lisp.car(x));
  assert.equal(pr("(condition-case e (funcall js-test-calls-car 5) (wrong-type-argument (cdr e)))"), "(listp 5)");
});

test("throw to a Lisp catch crosses JS frames", () => {
  lisp.setq("js-test-thrower4", () => { lisp.throw(lisp.symbols.js_test_tag, 42); return "not reached"; });
  assert.equal(pr("(catch 'js-test-tag (funcall js-test-thrower4) 'not-reached)"), "42");
  let finallyRan = false;
  lisp.setq("js-test-thrower5", () => { try { lisp.throw(lisp.symbols.js_test_tag, 1); } finally { finallyRan = true; } });
  assert.equal(pr("(catch 'js-test-tag (funcall js-test-thrower5))"), "1");
  assert.ok(finallyRan);
});

test("nested Lisp -> JS -> Lisp -> JS restores unwind-protect and dynamic bindings on every exit", () => {
  ev("(defvar js-test-level-var 'outer) (defvar js-test-log nil)");
  let mode = "return";
  const original = new Error("deep JS error");
  lisp.defun({ name: "js-test-level", arglist: "(n)", func: (n: number): unknown => {
    if (n === 0) {
      if (mode === "lisp-error") return lisp.error("deep Lisp error");
      if (mode === "js-error") throw original;
      if (mode === "throw") return lisp.throw(lisp.symbols.js_test_out, lisp.symbolValue("js-test-level-var"));
      return lisp.symbolValue("js-test-level-var");
    }
    return lisp.let({ js_test_level_var: n }, () => lisp.evalString(
      `(unwind-protect (js-test-level ${n - 1}) (push (list 'unwind ${n} js-test-level-var) js-test-log))`));
  } });
  const depth = E.depth, sp = E.sp, hn = E.hn;
  const check = (what: string): void => {
    assert.equal(pr("js-test-log"), "((unwind 3 3) (unwind 2 2) (unwind 1 1))", what);
    assert.equal(pr("js-test-level-var"), "outer", what);
    assert.deepEqual([E.depth, E.sp, E.hn], [depth, sp, hn], what);
    ev("(setq js-test-log nil)");
  };
  assert.equal(lisp.js_test_level(3), 1);
  check("return");
  mode = "lisp-error";
  assert.throws(() => lisp.js_test_level(3), { name: "LispError", message: "deep Lisp error" });
  check("Lisp error");
  assert.equal(pr("(condition-case e (js-test-level 3) (error (cadr e)))"), `"deep Lisp error"`);
  check("Lisp error caught in Lisp");
  mode = "js-error";
  assert.throws(() => lisp.js_test_level(3), (e: unknown) => e === original);
  check("JS exception");
  mode = "throw";
  assert.equal(pr("(catch 'js-test-out (js-test-level 3))"), "1");
  check("throw");
});

test("deep nesting works to the limits and overflowing them is a Lisp error, not a crash", () => {
  lisp.defun({ name: "js-test-rec", arglist: "(n)", func: (n: number): unknown => (n === 0 ? "bottom" : lisp.evalString(`(js-test-rec ${n - 1})`)) });
  assert.equal(lisp.js_test_rec(100), "bottom");
  assert.throws(() => lisp.js_test_rec(1e6), (e: unknown) => e instanceof LispError && e.is("error"));
  assert.equal(pr("(condition-case nil (js-test-rec 1000000) (error 'overflowed))"), "overflowed");
  assert.equal(lisp.js_test_rec(10), "bottom", "still usable afterwards");
});

// ---------------------------------------------------------------------------------------------
// eval-js and friends
// ---------------------------------------------------------------------------------------------
test("eval-js returns the value of the last expression; let/const are per evaluation, var and functions global", () => {
  assert.equal(pr(`(eval-js "1 + 2")`), "3");
  assert.equal(pr(`(eval-js "const x = 5; x * 2")`), "10");
  assert.equal(pr(`(eval-js "const x = 6; x * 2")`), "12", "re-declaring const is fine");
  ev(`(eval-js "var jsTestGlobal = 7; function jsTestFn() { return jsTestGlobal + 1 }")`);
  assert.equal(pr(`(eval-js "jsTestFn()")`), "8");
  assert.equal(pr(`(eval-js "[1, 'a', null]")`), `[1 "a" nil]`);
  assert.equal(pr(`(eval-js "lisp.list(1, 2)")`), "(1 2)");
  assert.equal(pr(`(eval-js "typeof require + typeof lisp + typeof process + typeof setTimeout")`), `"functionobjectobjectfunction"`);
  assert.equal(pr(`(condition-case e (eval-js "syntax error here") (js-error (substring (cadr e) 0 11)))`), `"SyntaxError"`);
});

test("eval-js :typescript t, eval-js-literally and eval-js-expression", () => {
  assert.equal(pr(`(eval-js "const n: number = 4; interface P { a: string } n * n" :typescript t)`), "16");
  assert.equal(pr(`(eval-js-literally "'lit'.length")`), "3");
  assert.equal(pr(`(progn (setq values nil) (list (eval-js-expression "6 * 7") (car values)))`), "(42 42)");
});

test("ES modules: imports of files, of Node built-ins and of packages; default export as the value", () => {
  writeFileSync(join(dir, "helper.ts"), `export const shout = (s: string): string => s.toUpperCase() + "!";\nexport let count = 0;\nexport function bump() { count++; return count; }\n`);
  writeFileSync(join(dir, "cjs.cjs"), `module.exports = { kind: "commonjs", add: (a, b) => a + b };\n`);
  writeFileSync(join(dir, "main.js"), [
    `import { shout, bump } from "./helper.js";`, `import cjs from "./cjs.cjs";`, `import { sep } from "node:path";`,
    `import * as cjsPkg from "cjs-pkg";`, `import cjsDefault from "cjs-pkg";`, `import def, { named } from "./esm-file";`,
    `export default [shout("hi"), bump(), cjs.kind, cjs.add(1, 2), sep, cjsPkg.version, cjsDefault.version, def, named];`,
  ].join("\n"));
  mkdirSync(join(dir, "node_modules", "cjs-pkg"), { recursive: true });
  writeFileSync(join(dir, "node_modules", "cjs-pkg", "index.js"), `exports.version = "1.2.3";\n`);
  writeFileSync(join(dir, "esm-file.mjs"), `export default "esm-default"; export const named = "esm-named";\n`);
  assert.equal(pr(`(eval-js-file ${JSON.stringify(join(dir, "main.js"))})`), `["HI!" 1 "commonjs" 3 "/" "1.2.3" "1.2.3" "esm-default" "esm-named"]`);
  // The entry is evaluated again; its imports come from the module cache (the counter keeps counting).
  assert.equal(pr(`(aref (eval-js-file ${JSON.stringify(join(dir, "main.js"))}) 1)`), "2");
});

test("ES-module-only packages from node_modules load through their \"import\" condition", () => {
  const pkg = join(dir, "node_modules", "esm-only");
  mkdirSync(pkg, { recursive: true });
  writeFileSync(join(pkg, "package.json"), JSON.stringify({ name: "esm-only", type: "module", exports: { ".": { import: "./index.js" } } }));
  writeFileSync(join(pkg, "index.js"), `import { helper } from "./lib.js";\nexport const answer = helper() * 2;\n`);
  writeFileSync(join(pkg, "lib.js"), `export function helper() { return 21; }\n`);
  writeFileSync(join(dir, "uses-pkg.ts"), `import { answer } from "esm-only";\nconst n: number = answer;\nexport default n;\n`);
  assert.equal(pr(`(eval-ts-file ${JSON.stringify(join(dir, "uses-pkg.ts"))})`), "42");
});

test("eval-js-buffer and eval-js-region evaluate buffer text, resolving imports from the visited file", () => {
  assert.equal(pr(`(with-temp-buffer (insert "let a = 20;\\na + 1") (eval-js-buffer))`), "21");
  assert.equal(pr(`(with-temp-buffer (insert "1 + 1;\\n2 + 2") (eval-js-region 8 13))`), "4");
  assert.equal(pr(`(with-temp-buffer (insert "const s: string = 'ts'; s") (eval-ts-buffer))`), `"ts"`);
  assert.equal(pr(`(with-temp-buffer (insert "let q: number = 3; q") (eval-ts-region (point-min) (point-max)))`), "3");
});

test("top-level await: settled at once when no I/O is involved, a promise otherwise", async () => {
  assert.equal(pr(`(eval-js "const v = await Promise.resolve(20); export default v + 1")`), "21");
  assert.equal(pr(`(js-await (eval-js "(async () => { await null; return lisp.list('a') })()"))`), `("a")`);
  const p = ev(`(eval-js "export default await new Promise((r) => setTimeout(() => r('late'), 5))")`);
  assert.equal(lisp.typeOf(p), "js-object");
  assert.equal(typeof p.then, "function", "a promise (of the JS context's realm)");
  assert.equal(await p, "late");
  assert.equal(pr(`(js-await (eval-js "Promise.resolve(3)") 1)`), "3");
  assert.equal(pr(`(js-await 5)`), "5");
  assert.equal(pr(`(js-promise-p (eval-js "Promise.resolve(3)"))`), "t");
});

test("js-await: rejections signal, promises waiting for the event loop signal js-await-pending", () => {
  assert.equal(pr(`(condition-case e (js-await (eval-js "Promise.reject(new Error('nope'))")) (js-error (cadr e)))`), `"Error: nope"`);
  assert.equal(pr(`(condition-case e (js-await (eval-js "(async () => lisp.car(1))()")) (wrong-type-argument (cdr e)))`), "(listp 1)");
  assert.equal(pr(`(condition-case e (js-await (eval-js "new Promise(() => {})")) (js-await-pending (car e)))`), "js-await-pending");
  assert.equal(pr(`(condition-case e (js-await (eval-js "new Promise(() => {})")) (js-error 'is-a-js-error))`), "is-a-js-error");
});

test("promise callbacks and timers run when Lisp is idle and can call Lisp", async () => {
  ev("(setq js-test-async-log nil)");
  ev(`(js-call (eval-js "new Promise((r) => setTimeout(() => r(7), 5))") "then" (lambda (v) (push (list 'resolved v) js-test-async-log)))`);
  ev(`(eval-js "setTimeout(() => lisp.evalString('(push (quote timer) js-test-async-log)'), 1)")`);
  ev(`(eval-js "import('node:fs').then((fs) => fs.promises.stat('.')).then(() => lisp.evalString('(push (quote io) js-test-async-log)'))")`);
  assert.equal(pr("js-test-async-log"), "nil", "nothing runs while Lisp is busy");
  for (let i = 0; i < 50 && lisp.length(ev("js-test-async-log")) < 3; i++) await new Promise((r) => setTimeout(r, 10));
  assert.equal(pr("(sort (mapcar (lambda (x) (if (consp x) (car x) x)) js-test-async-log) #'string<)"), "(io resolved timer)");
  assert.equal(pr("(assq 'resolved js-test-async-log)"), "(resolved 7)");
});

test("js-tick-rate is a variable; js-cleanup forgets JS globals", () => {
  assert.equal(pr("js-tick-rate"), "0.1");
  ev("(setq js-tick-rate 0.5)");
  assert.equal(pr("js-tick-rate"), "0.5");
  ev("(setq js-tick-rate 0.1)");
  ev(`(eval-js "globalThis.jsTestKept = 1")`);
  ev("(js-cleanup)");
  assert.equal(pr(`(eval-js "typeof jsTestKept")`), `"undefined"`);
  assert.equal(pr("(js-initialize :js-tick-rate 0.2)"), "t");
  assert.equal(pr("js-tick-rate"), "0.2");
});

// ---------------------------------------------------------------------------------------------
// Embedding
// ---------------------------------------------------------------------------------------------
test("two instances are isolated: Lisp state, JS globals, and their objects", () => {
  const other = createEmacs();
  lisp.evalString("(defun js-test-only-here () 'first) (setq js-test-shared 1)");
  other.lisp.evalString("(setq js-test-shared 2)");
  assert.equal(lisp.symbolValue("js-test-shared"), 1);
  assert.equal(other.lisp.symbolValue("js-test-shared"), 2);
  assert.equal(other.lisp.fboundp(other.lisp.symbols.js_test_only_here), null);
  emacs.evalJs("globalThis.jsTestRealm = 'first'");
  assert.equal(other.evalJs("typeof jsTestRealm"), "undefined");
  assert.equal(emacs.evalJs("jsTestRealm"), "first");
  assert.throws(() => other.lisp.car(lisp.list(1)), /another/);
  // A call into one world from inside the other's Lisp comes back to the right world.
  lisp.setq("js-test-cross", () => other.lisp.symbolValue("js-test-shared"));
  assert.equal(pr("(list (funcall js-test-cross) js-test-shared)"), "(2 1)");
});

test("internal consistency: proxies hold the very Lisp objects", () => {
  const s = lisp.symbols.car;
  assert.equal(LispProxy.unwrap(s), E.intern("car"));
  const c = lisp.list(1);
  assert.ok(LispProxy.unwrap(c) instanceof Cons);
  assert.equal(lisp.make.list([]), null);
  void LString; void NIL;
});

// ---------------------------------------------------------------------------------------------
// Typings
// ---------------------------------------------------------------------------------------------
test("tsmacs.d.ts lists primitives and Lisp-defined functions with parameters and docstrings", async () => {
  const { generateTypings } = await import("../src/js/typings.js");
  const text = generateTypings();
  assert.match(text, /\n {2}get_buffer_create\(bufferOrName: any, inhibitBufferHooks\?: any\): any;\n/);
  assert.match(text, /\n {2}concat\(\.\.\.sequences: any\[\]\): any;\n/);
  assert.match(text, /\n {2}"1\+"\(number: any\): any;\n/);
  assert.match(text, /\n {2}mapconcat\(function_: any, sequence: any, separator: any\): any;\n/);
  // string-prefix-p is defined in Lisp (subr.el): it comes from the obarray, with its docstring.
  assert.match(text, /Return non-nil if PREFIX is a prefix of STRING\.\n {3}\*\n {3}\* Lisp: `\(string-prefix-p PREFIX STRING &optional IGNORE-CASE\)`\n {3}\*\/\n {2}string_prefix_p\(prefix: any, string: any, ignoreCase\?: any\): any;/);
  // Functions defined by JS appear too, and special forms and macros do not.
  assert.match(text, /\n {2}js_test_greet\(name: any, punct\?: any\): any;\n/);
  const functions = text.slice(text.indexOf("export interface LispFunctions {"));
  assert.match(functions, /\n {2}car\(list: any\): any;\n/);
  assert.doesNotMatch(functions, /\n {2}(when|unwind_protect|setq|let|eval)\(.*\): any;\n/);
});

test("tsmacs.d.ts makes TypeScript check lisp.* calls", async () => {
  const { generateTypings, GLOBAL_TYPINGS } = await import("../src/js/typings.js");
  const tdir = mkdtempSync(join(tmpdir(), "tsmacs-typings-"));
  writeFileSync(join(tdir, "tsmacs.d.ts"), generateTypings());
  writeFileSync(join(tdir, "tsmacs-init.d.ts"), GLOBAL_TYPINGS);
  writeFileSync(join(tdir, "good.ts"), `const b = lisp.get_buffer_create("*x*");
lisp.with_current_buffer(b, () => lisp.insert("a", "b"));
const n: number = lisp.with_temp_buffer(() => 1);
lisp.defun({ name: "f", docString: "F.", interactive: true, func: (x: number) => x + n });
lisp.fn("foo-bar")(1, 2);
lisp.let({ case_fold_search: true }, () => lisp.string_prefix_p("a", "abc"));
export {};
`);
  writeFileSync(join(tdir, "bad.ts"), `lisp.car();\nlisp.no_such_function(1);\nlisp.get_buffer_create(1, 2, 3);\nexport {};\n`);
  const tsc = (file: string): { code: number | null; out: string } => {
    writeFileSync(join(tdir, "tsconfig.json"), JSON.stringify({
      compilerOptions: { strict: true, noEmit: true, target: "ES2022", module: "ESNext", moduleResolution: "Bundler", lib: ["ES2022"], types: [] },
      files: ["tsmacs.d.ts", "tsmacs-init.d.ts", file],
    }));
    const r = spawnSync(join(process.cwd(), "node_modules", ".bin", "tsc"), ["-p", tdir], { encoding: "utf8", timeout: 120000 });
    return { code: r.status, out: r.stdout + r.stderr };
  };
  const good = tsc("good.ts");
  assert.equal(good.code, 0, good.out);
  const bad = tsc("bad.ts");
  assert.notEqual(bad.code, 0);
  assert.match(bad.out, /bad\.ts\(1,\d+\): error TS2554/);
  assert.match(bad.out, /bad\.ts\(2,\d+\): error TS2339/);
  assert.match(bad.out, /bad\.ts\(3,\d+\): error TS2554/);
});

// ---------------------------------------------------------------------------------------------
// The worker thread: blocking waits for I/O
// ---------------------------------------------------------------------------------------------
test("an awaited expression gives its value", () => {
  assert.equal(pr(`(eval-js "await Promise.resolve(5)")`), "5");
  assert.equal(pr(`(eval-js "(await lisp.list(1, 2)).toString()")`), `"(1 2)"`);
});

test("js-await blocks on worker code that waits for timers and I/O, answering its lisp calls", () => {
  ev("(setq js-test-worker-var 10)");
  assert.equal(pr(`(js-await (eval-js "await new Promise((r) => setTimeout(() => r(lisp.symbolValue('js-test-worker-var') + 1), 20))" :worker t) 10)`), "11");
  assert.equal(pr(`(js-await (eval-js "const fs = require('node:fs'); const st = await fs.promises.stat('.'); return [st.isDirectory(), lisp.concat('a', 'b')]" :worker t) 10)`), `[t "ab"]`);
  // Lisp objects cross as handles and come back as themselves.
  ev("(setq js-test-cell2 (list 'a))");
  assert.equal(pr(`(eq js-test-cell2 (js-await (eval-js "const c = lisp.symbolValue('js-test-cell2'); return c.type === 'cons' && String(c) === '(a)' ? c : null" :worker t) 10))`), "t");
  assert.equal(pr(`(js-await (eval-js "lisp.car(lisp.symbolValue('js-test-cell2')).repr" :worker t) 10)`), `"a"`);
});

test("worker modules import files (TypeScript too) and packages; errors and timeouts signal", () => {
  writeFileSync(join(dir, "wlib.ts"), `export const triple = (n: number): number => n * 3;\n`);
  writeFileSync(join(dir, "wmain.ts"), `import { triple } from "./wlib";\nimport cjs from "cjs-pkg";\nimport { sep } from "node:path";\nawait new Promise((r) => setTimeout(r, 5));\nexport default [triple(7), cjs.version, sep];\n`);
  assert.equal(pr(`(js-await (eval-js-file ${JSON.stringify(join(dir, "wmain.ts"))} :worker t) 10)`), `[21 "1.2.3" "/"]`);
  assert.equal(pr(`(condition-case e (js-await (eval-js "throw new RangeError('in worker')" :worker t) 10) (js-error (cadr e)))`), `"RangeError: in worker"`);
  assert.equal(pr(`(condition-case e (js-await (eval-js "lisp.car(1)" :worker t) 10) (js-error (cadr e)))`), `"LispError: Wrong type argument: listp, 1"`);
  assert.equal(pr(`(condition-case e (js-await (eval-js "new Promise((r) => setTimeout(r, 5000))" :worker t) 0.05) (js-await-timeout (car e)))`), "js-await-timeout");
  assert.equal(pr(`(condition-case e (let ((quit-flag t)) (js-await (eval-js "new Promise((r) => setTimeout(r, 5000))" :worker t) 10)) (quit 'quit))`), "quit");
});

test("js-await inside a worker's own Lisp call does not deadlock", () => {
  ev(`(defun js-test-nested-await () (condition-case e (js-await (eval-js "1" :worker t) 5) (js-await-pending 'would-deadlock)))`);
  assert.equal(pr(`(js-await (eval-js "String(lisp.js_test_nested_await())" :worker t) 10)`), `"would-deadlock"`);
});
