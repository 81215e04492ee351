import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildPlan } from "../../server/src/core/model/buildPlan";
import { parseSyntax } from "../../server/src/core/syntax/parse";
import { rebuildFromTree } from "../support/lossless";
import { soup } from "../support/tokenSoup";

describe("lossless parsing of generated documents", () => {
  it("tiles every character of any token soup exactly once", () => {
    fc.assert(
      fc.property(soup, (text) => {
        const { document, internalError } = parseSyntax(text);
        expect(internalError).toBeNull();
        const { rebuilt, problems } = rebuildFromTree(document, text);
        expect(problems).toEqual([]);
        expect(rebuilt).toBe(text);
      }),
      { numRuns: 2000 },
    );
  });

  it("builds a model of any token soup without throwing", () => {
    fc.assert(
      fc.property(soup, (text) => {
        const plan = buildPlan(text);
        for (const item of plan.allItems) {
          expect(item.start).toBeLessThanOrEqual(item.end);
          expect(item.heading.start).toBeLessThanOrEqual(item.heading.end);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it("handles arbitrary unicode, including lone surrogates", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 200 }), (text) => {
        const { document } = parseSyntax(text);
        expect(rebuildFromTree(document, text).rebuilt).toBe(text);
      }),
      { numRuns: 500 },
    );
  });
});
