import { describe, expect, it } from "vitest";
import { hasAtMostCodePoints } from "../../server/src/core/text/codeUnits.js";

describe("hasAtMostCodePoints", () => {
  it("counts characters, not code units, around the bound", () => {
    expect(hasAtMostCodePoints("", 0)).toBe(true);
    expect(hasAtMostCodePoints("质量", 2)).toBe(true);
    expect(hasAtMostCodePoints("质量强", 2)).toBe(false);
    // 😀 is two code units and one character.
    expect(hasAtMostCodePoints("😀😀", 2)).toBe(true);
    expect(hasAtMostCodePoints("😀😀😀", 2)).toBe(false);
    expect(hasAtMostCodePoints("a😀", 2)).toBe(true);
    // A lone low surrogate is a character of its own.
    expect(hasAtMostCodePoints("\udc00\udc00\udc00", 2)).toBe(false);
  });

  it("agrees with the spread on random strings", () => {
    const alphabet = ["a", "质", "😀", "\ud800", "\udc00", "𠮷"];
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
    for (let round = 0; round < 2000; round++) {
      let text = "";
      for (let n = next() % 12; n > 0; n--) text += alphabet[next() % alphabet.length];
      const max = next() % 10;
      expect(hasAtMostCodePoints(text, max), JSON.stringify([text, max])).toBe([...text].length <= max);
    }
  });
});
