import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { withoutPunctuationAndSpaces } from "../support/punctuationOnly";
import { fixedTextOf } from "./fixtureHarness";

const PUNCT_FIXTURES = join(__dirname, "fixtures", "punct");

// The fixtures test (fixtures.test.ts) checks findings, snapshots and idempotence; this adds the
// promise of the punctuation fixes: the fixed text says the same words.
describe.each(readdirSync(PUNCT_FIXTURES).filter((name) => name.endsWith(".plan") && !name.endsWith(".fixed.plan")))("punct fixture %s", (name) => {
  it("is fixed by changing punctuation and spaces only", () => {
    const text = readFileSync(join(PUNCT_FIXTURES, name), "utf8");
    const fixed = fixedTextOf(text).text;
    expect(withoutPunctuationAndSpaces(fixed)).toBe(withoutPunctuationAndSpaces(text));
  });
});
