// Tests for time values, zones and formatting (GNU: timefns.c with glibc's tz handling and gnulib's nstrftime).
import { test } from "node:test";
import assert from "node:assert/strict";
import fc from "fast-check";
import { assertLisp, assertLispError, checkCaseFile, setup } from "./helpers.js";
import { decodeFloatTime, fracToDouble, ticksHzList4 } from "../src/timefns/lisptime.js";
import { breakdown, daysFromCivil, localtime, mktime, parsePosix, UTC_ZONE } from "../src/timefns/tz.js";
import { strftime } from "../src/timefns/strftime.js";
import { Cons } from "../src/lisp.js";

setup();

test("time primitives agree with GNU Emacs 28.2 (test/data/timefns-cases.el, TZ-independent)", () => {
  assert.deepEqual(checkCaseFile("timefns"), []);
});

test("current-time is a 4-element list near float-time", () => {
  assertLisp("(length (current-time))", "4");
  assertLisp("(< (abs (- (float-time (current-time)) (float-time))) 1)", "t");
  assertLisp("(integerp (time-convert nil 'integer))", "t");
  assertLisp("(cdr (time-convert nil t))", "1000000000");
});

test("fracToDouble rounds exact ratios correctly (ties to even)", () => {
  fc.assert(fc.property(fc.integer({ min: -(2 ** 31), max: 2 ** 31 }), fc.integer({ min: 1, max: 2 ** 31 }), (n, d) => {
    assert.equal(fracToDouble(BigInt(n), BigInt(d)), n / d);
  }), { numRuns: 2000 });
  assert.equal(fracToDouble(2n ** 53n + 1n, 1n), 2 ** 53);
  assert.equal(fracToDouble((2n ** 54n + 6n), 2n), 2 ** 53 + 4, "tie rounds to even");
  assert.equal(fracToDouble(1n, 3n * 2n ** 1074n), 0);
  assert.equal(fracToDouble(10n ** 400n, 1n), Infinity);
});

test("decodeFloatTime is exact: TICKS/HZ converts back to the same double", () => {
  fc.assert(fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (d) => {
    const t = decodeFloatTime(d);
    assert.equal(fracToDouble(t.ticks, t.hz), d === 0 ? 0 : d);
  }), { numRuns: 2000 });
  assert.deepEqual(decodeFloatTime(1.5), { ticks: 6755399441055744n, hz: 4503599627370496n });
});

test("ticksHzList4 truncates toward minus infinity", () => {
  const l = ticksHzList4(-1n, 3n) as Cons;
  assertLisp("(time-convert '(-1 . 3) 'list)", "(-1 65535 666666 666666)");
  assert.equal(l.car, -1);
});

test("breakdown agrees with JavaScript's Date over its whole range", () => {
  fc.assert(fc.property(fc.integer({ min: -8.64e12, max: 8.64e12 }), (t) => {
    const d = new Date(t * 1000);
    const b = breakdown(t)!;
    assert.deepEqual([b.year + 1900, b.mon, b.mday, b.hour, b.min, b.sec, b.wday],
      [d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate(), d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds(), d.getUTCDay()]);
    assert.equal(b.yday, daysFromCivil(b.year + 1900, b.mon + 1, b.mday) - daysFromCivil(b.year + 1900, 1, 1));
  }), { numRuns: 2000 });
  assert.equal(breakdown(2n ** 62n), null, "year overflows int");
});

test("mktime inverts localtime in UTC and in a POSIX zone with DST", () => {
  const zone = parsePosix("CET-1CEST,M3.5.0,M10.5.0/3");
  const state = { offset: 0n };
  fc.assert(fc.property(fc.integer({ min: -5e10, max: 5e10 }), (t) => {
    for (const z of [UTC_ZONE, zone]) {
      const tm = localtime(z, t)!;
      const r = mktime(z, { ...tm, isdst: tm.isdst }, state)!;
      assert.equal(r.t, BigInt(t));
    }
  }), { numRuns: 500 });
});

test("POSIX TZ strings follow glibc, including its defaults", () => {
  assert.deepEqual(parsePosix("EST5EDT4,M3.2.0,M11.1.0").info(1600000000), { off: -14400, isdst: 1, abbr: "EDT" });
  assert.deepEqual(parsePosix("JST-9").info(0), { off: 32400, isdst: 0, abbr: "JST" });
  assert.deepEqual(parsePosix("<+0530>-5:30").info(0), { off: 19800, isdst: 0, abbr: "+0530" });
  assert.deepEqual(parsePosix("AB5").info(0), { off: 0, isdst: 0, abbr: "" }, "names need 3 letters");
  assert.deepEqual(parsePosix("ABC+25").info(0), { off: -86400, isdst: 0, abbr: "ABC" }, "hours clamp to 24");
});

test("strftime handles flags, widths and bad directives as gnulib does", () => {
  const tm = localtime(UTC_ZONE, 1234567890)!;
  const f = (fmt: string): string => strftime(fmt, { tm, ns: 123456789, t: 1234567890 });
  assert.equal(f("%Y-%m-%dT%H:%M:%S.%3N%z"), "2009-02-13T23:31:30.123+0000");
  assert.equal(f("%_5d|%-d|%05e|%^a|%#b|%10%|%:::z|%::::z|%Q|%"), "   13|13|00013|FRI|FEB|         %|+00|%::::z|%Q|%");
  assert.equal(f("%-N|%_12N|%s"), "123456789|123456789   |1234567890");
});

test("zone arguments: integers, (OFFSET ABBR), t, strings and invalid ones", () => {
  assertLisp(`(format-time-string "%FT%T%z %Z" 0 -19815)`, `"1969-12-31T18:29:45-0530 -053015"`);
  assertLisp(`(format-time-string "%T %Z" 0 '(3600 "ABC"))`, `"01:00:00 ABC"`);
  assertLisp(`(current-time-zone 0 t)`, `(0 "GMT")`);
  assertLispError(`(decode-time 0 'foo)`, `(error "Invalid time zone specification" foo)`);
  assertLispError(`(format-time-string "%T" 0 '(3600 nil))`, "(wrong-type-argument stringp nil)");
});
