import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { NOTHING_OWNED, ownedSpansOf, ownsOffset } from "../../server/src/core/punct/ownedSpans";
import { SpanCover } from "../../server/src/core/text/coverage";
import { sortByStart } from "../../server/src/core/text/sorted";

/**
 * A prose paragraph's owned spans kept flat and merged (punct/ownedSpans.ts) answer "is this
 * offset owned?" exactly as the spans themselves do.
 */
describe("owned spans", () => {
  it("merge spans that overlap or touch into one flat, sorted list of the exact size", () => {
    const owned = ownedSpansOf([
      { start: 2, end: 5 },
      { start: 3, end: 4 },
      { start: 5, end: 7 },
      { start: 10, end: 12 },
      { start: 11, end: 15 },
    ]);
    expect(owned).toEqual([2, 7, 10, 15]);
    expect(ownedSpansOf([])).toBe(NOTHING_OWNED);
  });

  it("own an offset where one of the spans covers it, and no other", () => {
    const owned = ownedSpansOf([
      { start: 2, end: 5 },
      { start: 8, end: 9 },
    ]);
    expect([1, 2, 4, 5, 7, 8, 9].map((offset) => ownsOffset(owned, offset))).toEqual([false, true, true, false, false, true, false]);
    expect(ownsOffset(NOTHING_OWNED, 0)).toBe(false);
  });

  it("answer as a cover of the spans does, for any spans", () => {
    const span = fc.tuple(fc.nat(60), fc.nat(12)).map(([start, length]) => ({ start, end: start + length }));
    fc.assert(
      fc.property(fc.array(span, { maxLength: 12 }), (spans) => {
        const cover = new SpanCover(spans);
        const owned = ownedSpansOf(sortByStart([...spans]));
        for (let offset = 0; offset < 80; offset++) expect(ownsOffset(owned, offset)).toBe(cover.covers(offset));
      }),
      { numRuns: Number(process.env.PLANCHECK_PROPERTY_RUNS ?? 300) },
    );
  });
});
