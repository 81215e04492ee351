import { describe, expect, it } from "vitest";
import { analyze } from "../../server/src/core/analyze";
import { applyEdits } from "../../server/src/core/fixes/applyFixes";
import { FORMATTING_RULES, formatEdits } from "../../server/src/core/punct/format";
import { withoutPunctuationAndSpaces } from "../support/punctuationOnly";
import { readSeed, SEED_NAMES } from "../support/seeds";

/**
 * Document formatting on the real plans. The Fuzhou draft was typed with half-width marks
 * throughout; the number of edits formatting makes is checked in here, and so is the count for
 * every other seed (their findings are listed in test/seeds/expected/*.json).
 */
const FORMATTING_EDITS: Record<(typeof SEED_NAMES)[number], number> = {
  "fuzhou-2023-draft": 280,
  "ganzhou-2024": 3,
  "nanjing-2023": 276,
  "jiangxi-2016": 2,
  "chengdu-2023-draft": 1,
};

describe.each(SEED_NAMES)("formatting seed %s", (name) => {
  const text = readSeed(name);
  const edits = formatEdits(text);
  const formatted = applyEdits(text, edits).text;

  it("makes the checked-in number of edits", () => {
    expect(edits.length).toBe(FORMATTING_EDITS[name]);
  });

  it("leaves no finding of the formatting rules, and formatting again changes nothing", () => {
    expect(analyze(formatted).findings.filter((f) => FORMATTING_RULES.includes(f.rule))).toEqual([]);
    expect(formatEdits(formatted)).toEqual([]);
  });

  it("changes only punctuation and spaces, and keeps the outline", () => {
    expect(withoutPunctuationAndSpaces(formatted)).toBe(withoutPunctuationAndSpaces(text));
    const headings = (t: string) => analyze(t).plan.allItems.map((item) => item.marker.value);
    expect(headings(formatted)).toEqual(headings(text));
  });
});
