import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { changedSpan } from "../../server/src/core/text/changedSpan";

/** The definition: the longest common prefix, then the longest common suffix of what is left. */
function naive(old: string, text: string) {
  const limit = Math.min(old.length, text.length);
  let prefix = 0;
  while (prefix < limit && old[prefix] === text[prefix]) prefix++;
  let suffix = 0;
  while (suffix < limit - prefix && old[old.length - 1 - suffix] === text[text.length - 1 - suffix]) suffix++;
  return { start: prefix, oldEnd: old.length - suffix, newEnd: text.length - suffix };
}

// Long texts with edits anywhere, so that the chunked compares meet every boundary.
const base = fc.array(fc.constantFrom("质", "量", "。", "\n", "a", "1"), { minLength: 0, maxLength: 3000 }).map((chars) => chars.join(""));
const editOf = fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true }), remove: fc.nat({ max: 1100 }), insert: fc.string({ maxLength: 1100 }) });

describe("changedSpan", () => {
  it("is the common prefix and suffix, whatever the lengths and the edit", () => {
    fc.assert(
      fc.property(base, fc.array(editOf, { minLength: 1, maxLength: 3 }), (old, edits) => {
        let text = old;
        for (const edit of edits) {
          const at = Math.floor(edit.at * text.length);
          text = text.slice(0, at) + edit.insert + text.slice(at + edit.remove);
        }
        expect(changedSpan(old, text)).toEqual(naive(old, text));
      }),
      { numRuns: Number(process.env.PLANCHECK_PROPERTY_RUNS ?? 1000) },
    );
  });

  it("finds a one-character edit in a long repetitive text", () => {
    const old = "质量强市建设。".repeat(2000);
    const text = old.slice(0, 7001) + "的" + old.slice(7001);
    expect(changedSpan(old, text)).toEqual(naive(old, text));
    expect(changedSpan(text, old)).toEqual(naive(text, old));
    expect(changedSpan(old, old)).toEqual({ start: old.length, oldEnd: old.length, newEnd: old.length });
  });
});
