// Tests of data.c arithmetic, comparisons, bit operations and number<->string (expectations from GNU Emacs 28.2).
import { test } from "node:test";
import assert from "node:assert/strict";
import { printed, setup, checkGroup } from "./helpers.js";
import { LFloat, LispObject, NIL, T, MOST_POSITIVE_FIXNUM } from "../src/lisp.js";
import {
  arithAdd2, arithSub2, arithMul2, arithDiv2, arithAdd1, arithSub1, arithLess2, arithLeq2, arithGtr2, arithGeq2,
  arithEq2, numLt, numEq, makeInteger, bitLength, ash, expInteger, integerRemainder,
} from "../src/data.js";
import { LispSignal } from "../src/signal.js";

setup();


// Generated from GNU Emacs 28.2 (emacs -Q --batch, lexical-binding t); one world, evaluated in order.
const groups: [string, [string, string][]][] = [
  ["nullary and unary arithmetic, and float contagion", [
    ["(+)", "0"],
    ["(*)", "1"],
    ["(-)", "0"],
    ["(+ 1)", "1"],
    ["(* 2.0)", "2.0"],
    ["(- 3)", "-3"],
    ["(- 3.0)", "-3.0"],
    ["(- -0.0)", "0.0"],
    ["(- 0.0)", "-0.0"],
    ["(- 0)", "0"],
    ["(+ 1 2 3 4)", "10"],
    ["(* 1 2 3 4)", "24"],
    ["(- 10 1 2 3)", "4"],
    ["(/ 100 2 5)", "10"],
    ["(/ 100 3.0)", "33.333333333333336"],
    ["(* 1.5 2)", "3.0"],
    ["(+ 0.1 0.2)", "0.30000000000000004"],
  ]],
  ["fixnum overflow promotes to bignums", [
    ["(+ most-positive-fixnum 1)", "2305843009213693952"],
    ["(- most-negative-fixnum 1)", "-2305843009213693953"],
    ["(* most-positive-fixnum 2 1.0)", "4.611686018427388e+18"],
    ["(* most-positive-fixnum most-positive-fixnum)", "5316911983139663487003542222693990401"],
  ]],
  ["bignum results demote to fixnums", [
    ["(/ (* most-positive-fixnum most-positive-fixnum) most-positive-fixnum)", "2305843009213693951"],
    ["(+ (expt 2 64) -1 (- (expt 2 64)))", "-1"],
    ["(* (expt 2 40) (expt 2 40))", "1208925819614629174706176"],
  ]],
  ["arithmetic across the JS safe-integer boundary", [
    ["(- (expt 2 53))", "-9007199254740992"],
    ["(+ 9007199254740991 1)", "9007199254740992"],
    ["(- -9007199254740991 1)", "-9007199254740992"],
    ["(* 94906267 94906267)", "9007199515875289"],
    ["(* 94906267 -94906267)", "-9007199515875289"],
    ["(* 0 -5)", "0"],
    ["(* -0.0 5)", "-0.0"],
    ["(* 0 -5.0)", "-0.0"],
  ]],
  ["negation and bignum boundaries", [
    ["(+ (expt 2 60) 0.0)", "1.152921504606847e+18"],
    ["(+ 1 most-positive-fixnum most-positive-fixnum 1.0)", "4.611686018427388e+18"],
    ["(- (expt 2 61))", "-2305843009213693952"],
    ["(- most-negative-fixnum)", "2305843009213693952"],
    ["(- (expt 2 70))", "-1180591620717411303424"],
  ]],
  ["division by zero, integer division and reciprocals", [
    ["(/ 5 0)", "!(arith-error)"],
    ["(/ 5.0 0)", "1.0e+INF"],
    ["(/ 0.0 0)", "-0.0e+NaN"],
    ["(/ 5 2 2.0)", "1.25"],
    ["(/ 5 2.0)", "2.5"],
    ["(/ -7 2)", "-3"],
    ["(/ 7 -2)", "-3"],
    ["(/ -7 -2)", "3"],
    ["(/ 5)", "0"],
    ["(/ -5)", "0"],
    ["(/ 1)", "1"],
    ["(/ -1)", "-1"],
    ["(/ 0)", "!(arith-error)"],
    ["(/ 0.0)", "1.0e+INF"],
    ["(/ -0.0)", "-1.0e+INF"],
    ["(/ 4.0)", "0.25"],
    ["(/ (expt 2 70))", "0"],
    ["(/ 5 0 1.0)", "1.0e+INF"],
    ["(/ 5 0.0)", "1.0e+INF"],
    ["(/ (expt 2 70) 2)", "590295810358705651712"],
    ["(/ (expt 2 70) (expt 2 69))", "2"],
    ["(/ (expt 2 70) 0)", "!(arith-error)"],
  ]],
  ["arithmetic argument type errors", [
    ["(+ 'a)", "!(wrong-type-argument number-or-marker-p a)"],
    ["(+ 1 'a)", "!(wrong-type-argument number-or-marker-p a)"],
    ["(+ 1.0 'a)", "!(wrong-type-argument number-or-marker-p a)"],
    ["(* 'a)", "!(wrong-type-argument number-or-marker-p a)"],
    ["(- 'a)", "!(wrong-type-argument number-or-marker-p a)"],
    ["(/ 'a)", "!(wrong-type-argument number-or-marker-p a)"],
    ["(/ 1 'a)", "!(wrong-type-argument number-or-marker-p a)"],
    ["(- 1 2 'a)", "!(wrong-type-argument number-or-marker-p a)"],
    ["(+ 1 nil)", "!(wrong-type-argument number-or-marker-p nil)"],
  ]],
  ["remainder with %", [
    ["(% 7 2)", "1"],
    ["(% -7 2)", "-1"],
    ["(% 7 -3)", "1"],
    ["(% -7 -3)", "-1"],
    ["(% -4 2)", "0"],
    ["(% 5 0)", "!(arith-error)"],
    ["(% 5 2.0)", "!(wrong-type-argument integer-or-marker-p 2.0)"],
    ["(% 'a 1)", "!(wrong-type-argument integer-or-marker-p a)"],
    ["(% (expt 2 70) 3)", "1"],
    ["(% (- (expt 2 70)) 7)", "-2"],
    ["(% 7 (expt 2 70))", "7"],
  ]],
  ["modulo with mod", [
    ["(mod 7 2)", "1"],
    ["(mod -7 2)", "1"],
    ["(mod 7 -2)", "-1"],
    ["(mod -4 2)", "0"],
    ["(mod 5 0)", "!(arith-error)"],
    ["(mod 5.0 0)", "-0.0e+NaN"],
    ["(mod -7.5 2)", "0.5"],
    ["(mod 5.5 -2)", "-0.5"],
    ["(mod -0.0 1)", "-0.0"],
    ["(mod 1.0e+INF 2)", "-0.0e+NaN"],
    ["(mod 5 1.0e+INF)", "5.0"],
    ["(mod -5 1.0e+INF)", "1.0e+INF"],
    ["(mod 'a 1)", "!(wrong-type-argument number-or-marker-p a)"],
    ["(mod 1 'a)", "!(wrong-type-argument number-or-marker-p a)"],
  ]],
  ["bignum modulo", [
    ["(mod (- (expt 2 70)) 7)", "5"],
    ["(mod 7 (- (expt 2 70)))", "-1180591620717411303417"],
    ["(mod (expt 2 70) 1.5)", "1.0"],
  ]],
  ["1+ and 1-", [
    ["(1+ 1)", "2"],
    ["(1+ -1)", "0"],
    ["(1+ 1.5)", "2.5"],
    ["(1+ most-positive-fixnum)", "2305843009213693952"],
    ["(1+ 9007199254740991)", "9007199254740992"],
    ["(1- -9007199254740991)", "-9007199254740992"],
    ["(1- most-negative-fixnum)", "-2305843009213693953"],
    ["(1+ 'a)", "!(wrong-type-argument number-or-marker-p a)"],
    ["(1- 'a)", "!(wrong-type-argument number-or-marker-p a)"],
    ["(1- 0.5)", "-0.5"],
    ["(1+ (- (expt 2 70)))", "-1180591620717411303423"],
  ]],
  ["comparisons and NaN", [
    ["(= 1 1)", "t"],
    ["(= 1 1.0)", "t"],
    ["(= 1 2)", "nil"],
    ["(= 0 -0.0)", "t"],
    ["(= 1.0e+NaN 1.0e+NaN)", "nil"],
    ["(/= 1.0e+NaN 1.0e+NaN)", "t"],
    ["(< 1 2 3)", "t"],
    ["(< 1 3 2)", "nil"],
    ["(< 1)", "t"],
    ["(< 'a)", "t"],
    ["(< 1 'a)", "!(wrong-type-argument number-or-marker-p a)"],
    ["(< 'a 1)", "!(wrong-type-argument number-or-marker-p a)"],
    ["(< 1 0 'a)", "nil"],
  ]],
  ["integer versus float comparisons are exact", [
    ["(= (expt 2 60) (float (expt 2 60)))", "t"],
    ["(= (1+ (expt 2 60)) (float (expt 2 60)))", "nil"],
    ["(< (expt 2 60) (float (1+ (expt 2 60))))", "nil"],
  ]],
  ["bignum comparisons with infinities and NaN", [
    ["(< (expt 2 70) 1.0e+INF)", "t"],
    ["(> (expt 2 70) 1.0e+INF)", "nil"],
    ["(< (- (expt 2 70)) -1.0e+INF)", "nil"],
    ["(< (expt 2 70) 0.0e+NaN)", "nil"],
    ["(= (expt 2 70) (expt 2 70))", "t"],
    ["(< (expt 2 70) (expt 2 71))", "t"],
  ]],
  ["variadic comparisons", [
    ["(<= 1 1 2)", "t"],
    ["(>= 3 3 1)", "t"],
    ["(> 3 2 2)", "nil"],
    ["(> 3 2 1)", "t"],
    ["(/= 1 2)", "t"],
    ["(/= 1 1.0)", "nil"],
    ["(= 1 1 1 2)", "nil"],
    ["(<= 1.0 1)", "t"],
    ["(>= 0.5 1)", "nil"],
  ]],
  ["max and min keep argument types and propagate NaN", [
    ["(max 1 2 3)", "3"],
    ["(min 1 2 3)", "1"],
    ["(max 1 2.0 3)", "3"],
    ["(max 1 2.0)", "2.0"],
    ["(max 2 1.0)", "2"],
    ["(max 1.0 1)", "1.0"],
    ["(min 1 1.0)", "1"],
    ["(max (expt 2 70) 1.0)", "1180591620717411303424"],
    ["(min 1 (expt 2 70))", "1"],
    ["(max 1.0 2)", "2"],
    ["(max 0.0 -0.0)", "0.0"],
    ["(max -0.0 0.0)", "-0.0"],
    ["(min 0.0 -0.0)", "0.0"],
    ["(max 'a)", "!(wrong-type-argument number-or-marker-p a)"],
    ["(max 1 'a)", "!(wrong-type-argument number-or-marker-p a)"],
    ["(max 1 -3.0e+NaN 2)", "-3.0e+NaN"],
    ["(max -3.0e+NaN 2)", "-3.0e+NaN"],
    ["(min 1 -3.0e+NaN)", "-3.0e+NaN"],
  ]],
  ["logical operations and their identities", [
    ["(logand)", "-1"],
    ["(logior)", "0"],
    ["(logxor)", "0"],
    ["(logand 12 10)", "8"],
    ["(logior 12 10)", "14"],
    ["(logxor 12 10)", "6"],
    ["(logand 12 10 8)", "8"],
    ["(logand 1.0)", "!(wrong-type-argument integer-or-marker-p 1.0)"],
    ["(logand 1 1.0)", "!(wrong-type-argument integer-or-marker-p 1.0)"],
    ["(logand 1 'a)", "!(wrong-type-argument number-or-marker-p a)"],
    ["(logior 'a)", "!(wrong-type-argument integer-or-marker-p a)"],
  ]],
  ["logical operations on bignums", [
    ["(logand -1 (expt 2 70))", "1180591620717411303424"],
    ["(logior (expt 2 70) 1)", "1180591620717411303425"],
    ["(logxor (expt 2 70) (expt 2 70))", "0"],
    ["(logand 4294967296 4294967297)", "4294967296"],
    ["(logior 4294967296 1)", "4294967297"],
    ["(logand -4294967297 -2)", "-4294967298"],
    ["(logxor -1 4294967296)", "-4294967297"],
  ]],
  ["lognot", [
    ["(lognot 5)", "-6"],
    ["(lognot -1)", "0"],
    ["(lognot (expt 2 70))", "-1180591620717411303425"],
    ["(lognot most-negative-fixnum)", "2305843009213693951"],
    ["(lognot 9007199254740991)", "-9007199254740992"],
    ["(lognot -9007199254740992)", "9007199254740991"],
    ["(lognot 1.0)", "!(wrong-type-argument integerp 1.0)"],
  ]],
  ["logcount", [
    ["(logcount -1)", "0"],
    ["(logcount 255)", "8"],
    ["(logcount 4294967295)", "32"],
    ["(logcount (expt 2 52))", "1"],
    ["(logcount -4294967296)", "32"],
    ["(logcount (- (expt 2 100)))", "100"],
    ["(logcount (1- (expt 2 100)))", "100"],
    ["(logcount 1.0)", "!(wrong-type-argument integerp 1.0)"],
  ]],
  ["ash on fixnums", [
    ["(ash 1 100)", "1267650600228229401496703205376"],
    ["(ash -1 -100)", "-1"],
    ["(ash 5 -1)", "2"],
    ["(ash -5 -1)", "-3"],
    ["(ash -5 -100)", "-1"],
    ["(ash 3 60)", "3458764513820540928"],
    ["(ash 1 52)", "4503599627370496"],
    ["(ash 1 53)", "9007199254740992"],
    ["(ash -1 53)", "-9007199254740992"],
    ["(ash 9007199254740991 -1)", "4503599627370495"],
    ["(ash -9007199254740991 -1)", "-4503599627370496"],
    ["(ash 1 0)", "1"],
    ["(ash (expt 2 70) 0)", "1180591620717411303424"],
  ]],
  ["ash on bignums and overflow", [
    ["(ash (expt 2 70) -69)", "2"],
    ["(ash (- (expt 2 70)) -75)", "-1"],
    ["(ash 1 (expt 2 70))", "!(overflow-error)"],
    ["(ash 0 (expt 2 70))", "0"],
    ["(ash -5 (- (expt 2 70)))", "-1"],
    ["(ash 5 (- (expt 2 70)))", "0"],
    ["(ash 1 70000)", "!(overflow-error)"],
    ["(ash 1.0 1)", "!(wrong-type-argument integerp 1.0)"],
    ["(ash 1 1.0)", "!(wrong-type-argument integerp 1.0)"],
    ["(ash 0 100000)", "0"],
  ]],
  ["lsh treats negative values as unsigned", [
    ["(lsh 'a 1)", "!(wrong-type-argument number-or-marker-p a)"],
    ["(lsh 1.0 1)", "!(wrong-type-argument integerp 1.0)"],
    ["(lsh -1.0 -1)", "!(wrong-type-argument integerp -1.0)"],
    ["(lsh 1 'a)", "!(wrong-type-argument integerp a)"],
    ["(lsh -1 'a)", "!(wrong-type-argument number-or-marker-p a)"],
    ["(lsh -1 -1.5)", "!(wrong-type-argument integerp -0.5)"],
    ["(lsh -5 -2)", "1152921504606846974"],
    ["(lsh 5 2)", "20"],
    ["(lsh -1 -1)", "2305843009213693951"],
    ["(lsh -8 -1)", "2305843009213693948"],
    ["(lsh 8 -1)", "4"],
    ["(lsh -1 1)", "-2"],
    ["(lsh (- (expt 2 61)) -1)", "1152921504606846976"],
    ["(lsh (- (expt 2 64)) -1)", "!(args-out-of-range -18446744073709551616 -1)"],
    ["(lsh 1 3)", "8"],
  ]],
  ["integer expt", [
    ["(expt 2 70000)", "!(overflow-error)"],
    ["(expt 3 100000000000)", "!(overflow-error)"],
    ["(expt 2 -1)", "0.5"],
    ["(expt 2 0)", "1"],
    ["(expt 0 0)", "1"],
    ["(expt 0 5)", "0"],
    ["(expt 1 (expt 2 80))", "1"],
    ["(expt -1 (expt 2 70))", "1"],
    ["(expt -1 (1+ (expt 2 70)))", "-1"],
    ["(expt 10 20)", "100000000000000000000"],
    ["(expt -3 3)", "-27"],
    ["(expt 3 40)", "12157665459056928801"],
    ["(expt -2 63)", "-9223372036854775808"],
    ["(expt 7 (expt 2 70))", "!(overflow-error)"],
  ]],
  ["fixnum limits and integer-width are protected", [
    ["(byteorder)", "108"],
    ["most-positive-fixnum", "2305843009213693951"],
    ["most-negative-fixnum", "-2305843009213693952"],
    ["integer-width", "65536"],
    ["(setq integer-width 'a)", "!(wrong-type-argument integerp a)"],
    ["(setq integer-width 1.0)", "!(wrong-type-argument integerp 1.0)"],
    ["(setq most-positive-fixnum 1)", "!(setting-constant most-positive-fixnum)"],
    ["(setq most-negative-fixnum 1)", "!(setting-constant most-negative-fixnum)"],
  ]],
  ["integer-width bounds bignum results", [
    ["(let ((integer-width 10)) (expt 2 200))", "!(overflow-error)"],
    ["(let ((integer-width 10)) (expt 2 100))", "1267650600228229401496703205376"],
    ["(let ((integer-width 10)) (ash 1 127))", "170141183460469231731687303715884105728"],
    ["(let ((integer-width 10)) (ash 1 128))", "!(overflow-error)"],
  ]],
  ["integer-width bounds bignum results beyond 128 bits", [
    ["(let ((integer-width 200)) (ash 1 199))", "803469022129495137770981046170581301261101496891396417650688"],
    ["(let ((integer-width 200)) (ash 1 200))", "!(overflow-error)"],
    ["(let ((integer-width 200)) (* (expt 2 150) (expt 2 60)))", "!(overflow-error)"],
    ["(let ((integer-width 0)) (+ most-positive-fixnum 1))", "2305843009213693952"],
  ]],
  ["string-to-number ignores integer-width", [
    ["(let ((integer-width 130)) (string-to-number \"99999999999999999999999999999999999999999999999999\"))", "99999999999999999999999999999999999999999999999999"],
  ]],
  ["number-to-string prints floats in shortest form", [
    ["(number-to-string 1.0)", "\"1.0\""],
    ["(number-to-string 0.1)", "\"0.1\""],
    ["(number-to-string 1e21)", "\"1e+21\""],
    ["(number-to-string 1e15)", "\"1e+15\""],
    ["(number-to-string 1e14)", "\"100000000000000.0\""],
    ["(number-to-string 123456789012345678.0)", "\"1.2345678901234568e+17\""],
    ["(number-to-string -0.0)", "\"-0.0\""],
    ["(number-to-string 1.0e+INF)", "\"1.0e+INF\""],
    ["(number-to-string -1.0e+INF)", "\"-1.0e+INF\""],
  ]],
  ["number-to-string prints NaNs with sign and payload", [
    ["(number-to-string 0.0e+NaN)", "\"0.0e+NaN\""],
    ["(number-to-string -0.0e+NaN)", "\"-0.0e+NaN\""],
    ["(number-to-string -5.0e+NaN)", "\"-5.0e+NaN\""],
    ["(number-to-string 1e-5)", "\"1e-05\""],
    ["(number-to-string 0.0001)", "\"0.0001\""],
    ["(number-to-string 5e-324)", "\"5e-324\""],
    ["(number-to-string 1.7976931348623157e308)", "\"1.7976931348623157e+308\""],
    ["(number-to-string (/ 1.0 3))", "\"0.3333333333333333\""],
  ]],
  ["number-to-string on integers and type errors", [
    ["(number-to-string (expt 2 70))", "\"1180591620717411303424\""],
    ["(number-to-string -5)", "\"-5\""],
    ["(number-to-string 1.5)", "\"1.5\""],
    ["(number-to-string 'a)", "!(wrong-type-argument numberp a)"],
    ["(number-to-string 1e100)", "\"1e+100\""],
    ["(number-to-string 12345678.9)", "\"12345678.9\""],
    ["(number-to-string 0.000001234)", "\"1.234e-06\""],
    ["(multibyte-string-p (number-to-string 1))", "nil"],
  ]],
  ["number-to-string obeys float-output-format", [
    ["(let ((float-output-format \"%.3f\")) (number-to-string 1.0))", "\"1.000\""],
    ["(let ((float-output-format \"%.2e\")) (number-to-string 1234.5))", "\"1.23e+03\""],
    ["(let ((float-output-format \"%.0f\")) (number-to-string 2.5))", "\"2\""],
    ["(let ((float-output-format \"bogus\")) (number-to-string 2.5))", "\"2.5\""],
  ]],
  ["string-to-number skips blanks and parses prefixes", [
    ["(string-to-number \" 12\")", "12"],
    ["(string-to-number \"\\t-12x\")", "-12"],
    ["(string-to-number \"\\n12\")", "0"],
    ["(string-to-number \"1e5\")", "100000.0"],
    ["(string-to-number \"1.\")", "1"],
    ["(string-to-number \".5\")", "0.5"],
    ["(string-to-number \"-.5e1\")", "-5.0"],
    ["(string-to-number \"0x10\")", "0"],
    ["(string-to-number \"ff\" 16)", "255"],
  ]],
  ["string-to-number in other bases", [
    ["(string-to-number \"FF\" 16)", "255"],
    ["(string-to-number \"1e5\" 16)", "485"],
    ["(string-to-number \"1.5\" 16)", "1"],
    ["(string-to-number \"1\" 17)", "!(args-out-of-range 17)"],
    ["(string-to-number \"1\" 1)", "!(args-out-of-range 1)"],
    ["(string-to-number \"101\" 2)", "5"],
    ["(string-to-number \"102\" 2)", "2"],
    ["(string-to-number \"-z\" 16)", "0"],
    ["(string-to-number \"1.e3\")", "1000.0"],
    ["(string-to-number \"1.0e+INF\")", "1.0e+INF"],
    ["(string-to-number \"-2e+NaN\")", "-2.0e+NaN"],
  ]],
  ["string-to-number accepts signs and bignums", [
    ["(string-to-number \"+5\")", "5"],
    ["(string-to-number \"+-5\")", "0"],
    ["(string-to-number \"99999999999999999999999\")", "99999999999999999999999"],
    ["(string-to-number \"-99999999999999999999999x\")", "-99999999999999999999999"],
    ["(string-to-number \"1e\")", "1"],
    ["(string-to-number \"1e+\")", "1"],
    ["(string-to-number \"\")", "0"],
    ["(string-to-number \"1.5e3junk\")", "1500.0"],
  ]],
  ["string-to-number type errors and edge cases", [
    ["(string-to-number \"1\" 'a)", "!(wrong-type-argument fixnump a)"],
    ["(string-to-number 1)", "!(wrong-type-argument stringp 1)"],
    ["(string-to-number \"9007199254740993\")", "9007199254740993"],
    ["(string-to-number \"-0\")", "0"],
    ["(string-to-number \"-0.0\")", "-0.0"],
    ["(string-to-number \"  \\t 7\")", "7"],
    ["(string-to-number \"١٢\")", "0"],
    ["(string-to-number \"5é\")", "5"],
  ]],
];

for (const [title, cases] of groups) test(title, () => checkGroup(cases));

/** The error symbol name a JS call signals, or "" when it returns. */
function signalOf(f: () => unknown): string {
  try { f(); return ""; } catch (e) { if (e instanceof LispSignal) return e.sym.name; throw e; }
}

test("two-argument fast paths stay in JS numbers and fall back to bignums", () => {
  assert.equal(arithAdd2(1, 2), 3);
  assert.equal(arithAdd2(9007199254740991, 1), 9007199254740992n);
  assert.equal(arithSub2(-9007199254740991, 1), -9007199254740992n);
  assert.equal(arithMul2(94906267, 94906267), 9007199515875289n);
  assert.equal(arithMul2(2n ** 60n, 0), 0);
  assert.ok(Object.is(arithMul2(0, -5), 0), "integer zero is never -0");
  assert.equal(arithAdd2(2n ** 53n, -1), 9007199254740991, "bignum results demote");
  assert.equal(arithDiv2(-7, 2), -3);
  assert.equal(arithAdd1(9007199254740991), 9007199254740992n);
  assert.equal(arithSub1(-9007199254740991), -9007199254740992n);
  assert.equal((arithAdd2(1, new LFloat(0.5)) as LFloat).n, 1.5);
  assert.equal((arithAdd1(new LFloat(0.5)) as LFloat).n, 1.5);
  assert.equal(signalOf(() => arithDiv2(1, 0)), "arith-error");
  assert.equal(signalOf(() => arithAdd2(1, NIL)), "wrong-type-argument");
});

test("comparison helpers compare bignums and floats exactly", () => {
  const cmp: [(a: LispObject, b: LispObject) => LispObject, LispObject, LispObject, LispObject][] = [
    [arithLess2, 1, 2, T], [arithLess2, 2, 1, NIL], [arithLeq2, 2, 2, T], [arithGtr2, 3, 2, T], [arithGeq2, 2, 3, NIL],
    [arithEq2, 2n ** 60n, new LFloat(2 ** 60), T], [arithEq2, 2n ** 60n + 1n, new LFloat(2 ** 60), NIL],
    [arithLess2, 2n ** 60n, new LFloat(2 ** 60), NIL], [arithLess2, new LFloat(NaN), 1, NIL], [arithGeq2, new LFloat(NaN), 1, NIL],
  ];
  for (const [f, a, b, want] of cmp) assert.equal(f(a, b), want, `${f.name} ${String(a)} ${String(b)}`);
  assert.equal(numLt(1, 2), true);
  assert.equal(numEq(new LFloat(0), new LFloat(-0)), true);
  assert.equal(signalOf(() => numLt(1, NIL)), "wrong-type-argument");
});

test("integer helpers: bit lengths, shifts, powers and remainders", () => {
  assert.deepEqual([0, 1, 2, 255, 256, 2 ** 31, 2 ** 32, 2 ** 53 - 1, -8].map(bitLength), [0, 1, 2, 8, 9, 32, 33, 53, 4]);
  assert.equal(bitLength(2n ** 100n), 101);
  assert.equal(bitLength(-(2n ** 100n)), 101);
  assert.equal(ash(1, 60), 2n ** 60n);
  assert.equal(ash(-(2n ** 70n), -69), -2);
  assert.equal(ash(-1, -(2n ** 70n)), -1);
  assert.equal(expInteger(3, 40), 12157665459056928801n);
  assert.equal(expInteger(-2, 53), -(2n ** 53n));
  assert.equal(expInteger(2, 52), 2 ** 52);
  assert.equal(integerRemainder(-7, 2, true), 1);
  assert.equal(integerRemainder(-(2n ** 70n), 7, true), 5);
  assert.equal(makeInteger(MOST_POSITIVE_FIXNUM), MOST_POSITIVE_FIXNUM);
  assert.equal(signalOf(() => makeInteger(2n ** 70000n)), "overflow-error");
  assert.equal(signalOf(() => ash(1, 2n ** 70n)), "overflow-error");
});
