import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { sortByStart } from "../../server/src/core/text/sorted";

describe("sortByStart", () => {
  it("orders as a stable sort by start does, short lists and long", () => {
    fc.assert(
      fc.property(fc.array(fc.nat({ max: 20 }), { maxLength: 80 }), (starts) => {
        const spans = starts.map((start, index) => ({ start, index }));
        const expected = [...spans].sort((a, b) => a.start - b.start);
        const sorted = sortByStart([...spans]);
        expect(sorted.map((s) => s.index)).toEqual(expected.map((s) => s.index));
      }),
      { numRuns: Number(process.env.PLANCHECK_PROPERTY_RUNS ?? 1000) },
    );
  });
});
