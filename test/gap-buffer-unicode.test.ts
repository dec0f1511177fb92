// Gap buffer storage widening with every kind of JS string content (src/text/gap-buffer.ts): surrogate
// pairs after BMP characters at the top of the plane once went undetected and were stored as two chars.
import { test } from "node:test";
import assert from "node:assert/strict";
import fc from "fast-check";
import { GapBuffer } from "../src/text/gap-buffer.js";

test("inserting any Unicode text stores one character per code point", () => {
  const gb = new GapBuffer();
  assert.equal(gb.insert(0, "\uFFFF\u03B1\u{1D538}"), 3);
  assert.equal(gb.length, 3);
  assert.equal(gb.slice(0, 3), "\uFFFF\u03B1\u{1D538}");
  // Code points from every storage width, the top of the BMP (U+E000..U+FFFF) weighted up.
  const cp = fc.oneof(
    fc.integer({ min: 0, max: 0xff }), fc.integer({ min: 0x100, max: 0xd7ff }),
    fc.integer({ min: 0xe000, max: 0xffff }), fc.integer({ min: 0x10000, max: 0x10ffff }));
  const text = fc.array(cp, { maxLength: 40 }).map((cps) => String.fromCodePoint(...cps));
  fc.assert(fc.property(fc.array(text, { maxLength: 8 }), (parts) => {
    const g = new GapBuffer();
    let model = "";
    for (const p of parts) {
      const at = [...model].length === 0 ? 0 : Math.floor([...model].length / 2);
      const cps = [...model];
      g.insert(at, p);
      model = cps.slice(0, at).join("") + p + cps.slice(at).join("");
    }
    assert.equal(g.length, [...model].length);
    assert.equal(g.slice(0, g.length), model);
  }), { numRuns: 500 });
});
