import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { SpanCover } from "../../server/src/core/text/coverage";

/** SpanCover's look-ups against the spans read one by one: in any order, overlapping or empty. */
const spans = fc.array(
  fc.tuple(fc.nat(40), fc.nat(8)).map(([start, length]) => ({ start, end: start + length })),
  { maxLength: 12 },
);

describe("SpanCover", () => {
  it("says whether some span meets a range as reading every span does", () => {
    fc.assert(
      fc.property(spans, fc.nat(50), fc.nat(10), (list, start, length) => {
        const end = start + length;
        expect(new SpanCover(list).meets(start, end)).toBe(list.some((span) => span.start < end && span.end > start));
      }),
    );
  });

  it("says whether some span covers an offset as reading every span does", () => {
    fc.assert(
      fc.property(spans, fc.nat(50), (list, offset) => {
        expect(new SpanCover(list).covers(offset)).toBe(list.some((span) => span.start <= offset && offset < span.end));
      }),
    );
  });
});
