// Tests of floatfns.c: libm wrappers, NaN signs and payloads, rounding with divisors (expectations from GNU Emacs 28.2).
import { test } from "node:test";
import assert from "node:assert/strict";
import { printed, setup } from "./helpers.js";
import {
  makeNaN, signBit, negateFloat, nanOf2, DEFAULT_NAN, frexp, ldexp, rint, cPow, fmodFloat, formatFloat, doubleToInteger,
} from "../src/floatfns.js";
import { LispSignal } from "../src/signal.js";

setup();

/** Evaluates each case in order in this file's Lisp world; "!DATA" expects the error (DATA). */
function checkGroup(cases: [string, string][]): void {
  const bad: string[] = [];
  for (const [src, want] of cases) {
    const expected = want.startsWith("!") ? "ERROR: " + want.slice(1) : want;
    const got = printed(src);
    if (got !== expected) bad.push(`${src}\n    want ${expected}\n    got  ${got}`);
  }
  assert.deepEqual(bad, []);
}

// Generated from GNU Emacs 28.2 (emacs -Q --batch, lexical-binding t); one world, evaluated in order.
const groups: [string, [string, string][]][] = [
  ["sqrt", [
    ["(sqrt -1)", "-0.0e+NaN"],
    ["(sqrt 4)", "2.0"],
    ["(sqrt 2)", "1.4142135623730951"],
    ["(sqrt -0.0)", "-0.0"],
    ["(sqrt 1.0e+INF)", "1.0e+INF"],
    ["(sqrt 'a)", "!(wrong-type-argument numberp a)"],
    ["(sqrt (expt 2 70))", "34359738368.0"],
  ]],
  ["log with and without base", [
    ["(log -1)", "-0.0e+NaN"],
    ["(log 0)", "-1.0e+INF"],
    ["(log 0.0)", "-1.0e+INF"],
    ["(log -0.0)", "-1.0e+INF"],
    ["(log 10)", "2.302585092994046"],
    ["(log 8 2)", "3.0"],
    ["(log 100 10)", "2.0"],
    ["(log 1e300)", "690.7755278982137"],
    ["(log 3 10)", "0.47712125471966244"],
    ["(log 2 -1)", "-0.0e+NaN"],
    ["(log 1.0e+INF)", "1.0e+INF"],
    ["(log 'a)", "!(wrong-type-argument numberp a)"],
    ["(log 1 'a)", "!(wrong-type-argument numberp a)"],
  ]],
  ["inverse trigonometric functions", [
    ["(acos 2)", "0.0e+NaN"],
    ["(asin 2)", "0.0e+NaN"],
    ["(acos 0.5)", "1.0471975511965979"],
    ["(asin 0.5)", "0.5235987755982989"],
    ["(acos 1)", "0.0"],
    ["(asin -1)", "-1.5707963267948966"],
    ["(atan 0.5)", "0.4636476090008061"],
    ["(atan 1 1)", "0.7853981633974483"],
    ["(atan 1 0)", "1.5707963267948966"],
    ["(atan 0.0 -1)", "3.141592653589793"],
    ["(atan -0.0 -1)", "-3.141592653589793"],
    ["(atan 1.0e+INF)", "1.5707963267948966"],
    ["(atan 1 'a)", "!(wrong-type-argument numberp a)"],
  ]],
  ["trigonometric functions", [
    ["(sin 1.0e+INF)", "-0.0e+NaN"],
    ["(cos 1.0e+INF)", "-0.0e+NaN"],
    ["(tan 1.0e+INF)", "-0.0e+NaN"],
    ["(sin 0)", "0.0"],
    ["(sin -0.0)", "-0.0"],
    ["(cos 0)", "1.0"],
    ["(sin 3.0)", "0.1411200080598672"],
    ["(sin 1)", "0.8414709848078965"],
    ["(cos 1)", "0.5403023058681398"],
    ["(tan 1)", "1.5574077246549023"],
    ["(cos 1e22)", "0.523214785395139"],
    ["(tan 1e300)", "1.4214488238747245"],
    ["(sin 'a)", "!(wrong-type-argument numberp a)"],
  ]],
  ["exp", [
    ["(exp 0)", "1.0"],
    ["(exp 1)", "2.718281828459045"],
    ["(exp 10)", "22026.465794806718"],
    ["(exp 0.5)", "1.6487212707001282"],
    ["(exp 100)", "2.6881171418161356e+43"],
    ["(exp 1000)", "1.0e+INF"],
    ["(exp -1000)", "0.0"],
    ["(exp -1.0e+INF)", "0.0"],
    ["(exp 'a)", "!(wrong-type-argument numberp a)"],
  ]],
  ["NaN sign and operand propagation", [
    ["(- 0.0e+NaN)", "-0.0e+NaN"],
    ["(- -0.0e+NaN)", "0.0e+NaN"],
    ["(abs -0.0e+NaN)", "0.0e+NaN"],
    ["(abs -3.0e+NaN)", "3.0e+NaN"],
    ["(+ 1.0 0.0e+NaN)", "0.0e+NaN"],
    ["(+ 0.0e+NaN -1.0e+NaN)", "-1.0e+NaN"],
    ["(+ -1.0e+NaN 0.0e+NaN)", "0.0e+NaN"],
    ["(* 0.0 1.0e+INF)", "-0.0e+NaN"],
    ["(- 1.0e+INF 1.0e+INF)", "-0.0e+NaN"],
  ]],
  ["NaN propagation through binary operations", [
    ["(- 1.0e+NaN 2.0e+NaN)", "1.0e+NaN"],
    ["(- 2.0e+NaN 1.0e+NaN)", "2.0e+NaN"],
    ["(* 1.0e+NaN 2.0e+NaN)", "2.0e+NaN"],
    ["(* 2.0e+NaN 1.0e+NaN)", "1.0e+NaN"],
    ["(/ 1.0e+NaN 2.0e+NaN)", "1.0e+NaN"],
    ["(/ 2.0e+NaN 1.0e+NaN)", "2.0e+NaN"],
    ["(+ 1.0e+NaN 2.0e+NaN 3.0e+NaN)", "3.0e+NaN"],
    ["(+ 1 2.0e+NaN)", "2.0e+NaN"],
    ["(+ -3.0e+NaN 1)", "-3.0e+NaN"],
    ["(- 3.0e+NaN 1)", "3.0e+NaN"],
  ]],
  ["NaN propagation through functions", [
    ["(1+ -3.0e+NaN)", "-3.0e+NaN"],
    ["(1- -3.0e+NaN)", "-3.0e+NaN"],
    ["(float -3.0e+NaN)", "-3.0e+NaN"],
    ["(sqrt -3.0e+NaN)", "-3.0e+NaN"],
    ["(sin -3.0e+NaN)", "-3.0e+NaN"],
    ["(expt -3.0e+NaN 2)", "-3.0e+NaN"],
    ["(expt 2 -3.0e+NaN)", "-3.0e+NaN"],
    ["(expt 2.0 -3.0e+NaN)", "-3.0e+NaN"],
    ["(log -3.0e+NaN)", "-3.0e+NaN"],
    ["(log 2 -3.0e+NaN)", "-3.0e+NaN"],
    ["(atan -3.0e+NaN 1)", "-3.0e+NaN"],
    ["(atan 1 -3.0e+NaN)", "-3.0e+NaN"],
  ]],
  ["NaN propagation through remaining functions", [
    ["(mod -3.0e+NaN 2)", "-3.0e+NaN"],
    ["(mod 2 -3.0e+NaN)", "-3.0e+NaN"],
    ["(copysign -3.0e+NaN 1.0)", "3.0e+NaN"],
    ["(copysign 1.0 -3.0e+NaN)", "-1.0"],
    ["(fround -3.0e+NaN)", "-3.0e+NaN"],
    ["(ffloor -3.0e+NaN)", "-3.0e+NaN"],
    ["(ldexp -3.0e+NaN 2)", "-3.0e+NaN"],
    ["(exp -3.0e+NaN)", "-3.0e+NaN"],
    ["(expt 0.0e+NaN 0)", "1.0"],
    ["(expt 1.0 0.0e+NaN)", "1.0"],
    ["(expt -1.0 1.0e+INF)", "1.0"],
  ]],
  ["float expt follows C pow", [
    ["(expt -8.0 0.5)", "-0.0e+NaN"],
    ["(expt 2 -1)", "0.5"],
    ["(expt 2 0)", "1"],
    ["(expt 0.0 0)", "1.0"],
    ["(expt 2 2.0)", "4.0"],
    ["(expt 2.0 2)", "4.0"],
    ["(expt 'a 1)", "!(wrong-type-argument numberp a)"],
    ["(expt 1 'a)", "!(wrong-type-argument numberp a)"],
    ["(expt 2.0 0.5)", "1.4142135623730951"],
    ["(expt 1.1 10)", "2.5937424601000023"],
    ["(expt 3.0 40)", "1.2157665459056929e+19"],
    ["(expt 2.0 -1074)", "5e-324"],
    ["(expt 2.0 1024)", "1.0e+INF"],
    ["(expt 0.0 -1)", "1.0e+INF"],
    ["(expt -0.0 -1)", "-1.0e+INF"],
    ["(expt -2.0 3)", "-8.0"],
    ["(expt -8 1.0)", "-8.0"],
  ]],
  ["truncate", [
    ["(truncate 1.0e+INF)", "!(overflow-error)"],
    ["(truncate 0.0e+NaN)", "!(overflow-error)"],
    ["(truncate 2.5)", "2"],
    ["(truncate -2.5)", "-2"],
    ["(truncate 5)", "5"],
    ["(truncate 'a)", "!(wrong-type-argument numberp a)"],
    ["(truncate 1e300)", "1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160"],
    ["(truncate -5 2)", "-2"],
    ["(truncate 5.5 2)", "2"],
    ["(truncate 'a 2)", "!(wrong-type-argument numberp a)"],
    ["(truncate 1 'a)", "!(wrong-type-argument numberp a)"],
  ]],
  ["round ties to even", [
    ["(round 2.5)", "2"],
    ["(round -2.5)", "-2"],
    ["(round 3.5)", "4"],
    ["(round 0.5)", "0"],
    ["(round -0.5)", "0"],
    ["(round 1.5)", "2"],
    ["(round 5 2)", "2"],
    ["(round -5 2)", "-2"],
    ["(round 7 2)", "4"],
    ["(round 2.5 1)", "2"],
    ["(round 1e300)", "1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160"],
    ["(round (expt 2 70) 3.0)", "393530540239137101141"],
    ["(round -7 2)", "-4"],
    ["(round 7 -2)", "-4"],
    ["(round 1 3)", "0"],
    ["(round 2 3)", "1"],
    ["(round -1.5 1)", "-2"],
    ["(round 4.5 -1)", "-4"],
    ["(round 0.49999999999999994)", "0"],
  ]],
  ["floor", [
    ["(floor 5 -2)", "-3"],
    ["(floor -5 2)", "-3"],
    ["(floor 5.5)", "5"],
    ["(floor -5.5)", "-6"],
    ["(floor 5.5 2)", "2"],
    ["(floor 1 0)", "!(arith-error)"],
    ["(floor 1 0.0)", "!(arith-error)"],
    ["(floor 1.0 0)", "!(arith-error)"],
    ["(floor 1.5 1.0e+INF)", "0"],
    ["(floor -1.5 1.0e+INF)", "0"],
    ["(floor 1.0e+INF 2)", "!(overflow-error)"],
    ["(floor 1 0.0e+NaN)", "!(overflow-error)"],
    ["(floor 1e300 3)", "333333333333333350834920085068140082901489527036053051638618038503934152662969398595457125026815954681234814610961292725647507745120143525214930728262235660949462400308858601245943411264929363353122984411656933315027039679655880293358217580926714164859752929606685614279371889824065462288486466846720"],
    ["(floor 1.0e+INF 0)", "!(arith-error)"],
    ["(floor (expt 2 70) -3)", "-393530540239137101142"],
    ["(floor 7 2.5)", "2"],
    ["(floor -7 2.5)", "-3"],
    ["(floor 0.1 0.01)", "10"],
  ]],
  ["ceiling", [
    ["(ceiling 5 -2)", "-2"],
    ["(ceiling -5 2)", "-2"],
    ["(ceiling 5.5)", "6"],
    ["(ceiling -5.5)", "-5"],
    ["(ceiling (expt 2 70) 3)", "393530540239137101142"],
    ["(ceiling 1e-300)", "1"],
    ["(ceiling -1e-300)", "0"],
    ["(ceiling 5.0 0.5)", "10"],
  ]],
  ["float rounding functions", [
    ["(fround 2.5)", "2.0"],
    ["(fround -0.5)", "-0.0"],
    ["(fround 3.5)", "4.0"],
    ["(fround 1e300)", "1e+300"],
    ["(ffloor 1)", "!(wrong-type-argument floatp 1)"],
    ["(ffloor -0.5)", "-1.0"],
    ["(ffloor 1.5)", "1.0"],
    ["(ftruncate -0.5)", "-0.0"],
    ["(ftruncate 2.7)", "2.0"],
    ["(fceiling -0.5)", "-0.0"],
    ["(fceiling 1.2)", "2.0"],
    ["(fceiling 1.0e+INF)", "1.0e+INF"],
  ]],
  ["logb", [
    ["(logb 0)", "-1.0e+INF"],
    ["(logb 0.0)", "-1.0e+INF"],
    ["(logb 8)", "3"],
    ["(logb -8)", "3"],
    ["(logb 10.0)", "3"],
    ["(logb 1.0e+INF)", "1.0e+INF"],
    ["(logb -1.0e+INF)", "1.0e+INF"],
    ["(logb 0.0e+NaN)", "0.0e+NaN"],
    ["(logb (expt 2 70))", "70"],
    ["(logb 5e-324)", "-1074"],
    ["(logb 1)", "0"],
    ["(logb 'a)", "!(wrong-type-argument numberp a)"],
    ["(logb 0.75)", "-1"],
  ]],
  ["frexp", [
    ["(frexp 8)", "(0.5 . 4)"],
    ["(frexp 0.0)", "(0.0 . 0)"],
    ["(frexp -0.0)", "(-0.0 . 0)"],
    ["(frexp 1.0e+INF)", "(1.0e+INF . 0)"],
    ["(frexp 0.0e+NaN)", "(0.0e+NaN . 0)"],
    ["(frexp 5e-324)", "(0.5 . -1073)"],
    ["(frexp -3.5)", "(-0.875 . 2)"],
    ["(frexp 1.7976931348623157e308)", "(0.9999999999999999 . 1024)"],
    ["(frexp (expt 2 70))", "(0.5 . 71)"],
    ["(frexp 'a)", "!(wrong-type-argument numberp a)"],
  ]],
  ["ldexp", [
    ["(ldexp 1 3)", "8.0"],
    ["(ldexp 1.0 1025)", "1.0e+INF"],
    ["(ldexp 1 'a)", "!(wrong-type-argument fixnump a)"],
    ["(ldexp 1 1.0)", "!(wrong-type-argument fixnump 1.0)"],
    ["(ldexp 1.0 -1074)", "5e-324"],
    ["(ldexp 1.0 -1075)", "0.0"],
    ["(ldexp 3.0 -1075)", "1e-323"],
    ["(ldexp 0.75 -1073)", "1e-323"],
    ["(ldexp 1.5 -1074)", "1e-323"],
    ["(ldexp -1.0 10)", "-1024.0"],
    ["(ldexp 1.0 (expt 2 60))", "1.0e+INF"],
    ["(ldexp 1.0 (- (expt 2 60)))", "0.0"],
    ["(ldexp 1.0e+INF -5)", "1.0e+INF"],
  ]],
  ["copysign and isnan", [
    ["(copysign 1.0 -0.0)", "-1.0"],
    ["(copysign 1 -1.0)", "!(wrong-type-argument floatp 1)"],
    ["(copysign -2.0 3.0)", "2.0"],
    ["(copysign 0.0 -1.0)", "-0.0"],
    ["(isnan 1)", "!(wrong-type-argument floatp 1)"],
    ["(isnan 0.0e+NaN)", "t"],
    ["(isnan 1.0)", "nil"],
  ]],
  ["abs and float", [
    ["(abs most-negative-fixnum)", "2305843009213693952"],
    ["(abs -0.0)", "0.0"],
    ["(abs (- (expt 2 70)))", "1180591620717411303424"],
    ["(abs -5)", "5"],
    ["(abs 5)", "5"],
    ["(abs -2.5)", "2.5"],
    ["(abs 'a)", "!(wrong-type-argument numberp a)"],
    ["(float 1)", "1.0"],
    ["(float 1.5)", "1.5"],
    ["(float (expt 2 70))", "1.1805916207174113e+21"],
    ["(float 'a)", "!(wrong-type-argument numberp a)"],
    ["(float -0.0)", "-0.0"],
  ]],
];

for (const [title, cases] of groups) test(title, () => checkGroup(cases));

test("NaN helpers keep sign and payload bits", () => {
  assert.equal(formatFloat(makeNaN(true, 5)), "-5.0e+NaN");
  assert.equal(formatFloat(makeNaN(false)), "0.0e+NaN");
  assert.equal(formatFloat(DEFAULT_NAN), "-0.0e+NaN");
  assert.equal(formatFloat(negateFloat(makeNaN(true, 3))), "3.0e+NaN");
  assert.equal(signBit(-0), true);
  assert.equal(signBit(0), false);
  assert.equal(signBit(makeNaN(true)), true);
  assert.equal(formatFloat(nanOf2(makeNaN(false, 1), makeNaN(false, 2), true)), "1.0e+NaN");
  assert.equal(formatFloat(nanOf2(makeNaN(false, 1), makeNaN(false, 2), false)), "2.0e+NaN");
  assert.equal(formatFloat(nanOf2(1, 2, true)), "-0.0e+NaN");
});

test("formatFloat prints like GNU's printer", () => {
  const cases: [number, string][] = [
    [1, "1.0"], [0.1, "0.1"], [1e21, "1e+21"], [1e15, "1e+15"], [1e14, "100000000000000.0"], [-0, "-0.0"],
    [Infinity, "1.0e+INF"], [-Infinity, "-1.0e+INF"], [5e-324, "5e-324"], [1 / 3, "0.3333333333333333"],
  ];
  for (const [x, s] of cases) assert.equal(formatFloat(x), s);
});

test("frexp, ldexp and rint behave as C's", () => {
  assert.deepEqual(frexp(8), [0.5, 4]);
  assert.deepEqual(frexp(5e-324), [0.5, -1073]);
  assert.deepEqual(frexp(-3.5), [-0.875, 2]);
  assert.equal(ldexp(1, -1074), 5e-324);
  assert.equal(ldexp(1, -1075), 0);
  assert.equal(ldexp(3, -1075), 1e-323);
  assert.equal(ldexp(0.75, 1024), 1.348269851146737e308);
  assert.equal(ldexp(1, 1024), Infinity);
  assert.deepEqual([2.5, 3.5, -2.5, 0.5, 1.5, 0.49999999999999994, 4503599627370497].map(rint), [2, 4, -2, 0, 2, 0, 4503599627370497]);
  assert.ok(Object.is(rint(-0.5), -0));
  assert.equal(cPow(1, NaN), 1);
  assert.equal(cPow(-1, Infinity), 1);
  assert.equal(fmodFloat(-7.5, 2), 0.5);
  assert.equal(doubleToInteger(2 ** 70), 2n ** 70n);
  assert.throws(() => doubleToInteger(Infinity), (e) => e instanceof LispSignal && e.sym.name === "overflow-error");
});
