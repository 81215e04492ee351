import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isBlankBetween, trimSpacesEnd } from "../../server/src/core/text/spaces";

// Strings rich in the characters that matter: each kind of space and line break, Han, Latin.
const piece = fc.constantFrom(" ", "\t", "\u3000", "\u00a0", "\n", "\r", "\u2028", "\ufeff", "\u2003", "\v", "质", "量", "a", "。", "😀");
const text = fc.array(piece, { maxLength: 24 }).map((pieces) => pieces.join(""));
const textAndSpan = text.chain((t) => fc.tuple(fc.constant(t), fc.nat({ max: t.length }), fc.nat({ max: t.length })));

describe("space helpers by code unit (text/spaces.ts)", () => {
  it("isBlankBetween is slice-and-trim without the slice", () => {
    fc.assert(
      fc.property(textAndSpan, ([t, a, b]) => {
        const [start, end] = a <= b ? [a, b] : [b, a];
        expect(isBlankBetween(t, start, end)).toBe(t.slice(start, end).trim() === "");
      }),
      { numRuns: 2000 },
    );
  });

  it("trimSpacesEnd steps back over space, tab, U+3000 and U+00A0 only, never past its floor", () => {
    fc.assert(
      fc.property(textAndSpan, ([t, a, b]) => {
        const [floor, end] = a <= b ? [a, b] : [b, a];
        let expected = end;
        while (expected > floor && /[ \t\u3000\u00a0]/.test(t[expected - 1]!)) expected--;
        expect(trimSpacesEnd(t, floor, end)).toBe(expected);
      }),
      { numRuns: 2000 },
    );
  });
});
