import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { digitValueOfCode, fullWidthDigits, halfWidthDigits, hasAtMostCodePoints, isAnyDigitCode, isAnyLatinCode, isFullWidthDigitCode, isFullWidthLatinCode } from "../../server/src/core/text/codeUnits.js";

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

/** Every TypeScript file under `folder`. */
const sources = (folder: string): string[] =>
  readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return entry.name === "generated" ? [] : sources(path);
    return entry.name.endsWith(".ts") ? [path] : [];
  });

describe("a digit of either width", () => {
  it("is one reading for every code unit: its value, either width, full width", () => {
    for (let code = 0; code < 0x10000; code++) {
      const half = code >= 0x30 && code <= 0x39;
      const full = code >= 0xff10 && code <= 0xff19;
      expect(isAnyDigitCode(code)).toBe(half || full);
      expect(isFullWidthDigitCode(code)).toBe(full);
      expect(digitValueOfCode(code)).toBe(half ? code - 0x30 : full ? code - 0xff10 : -1);
    }
    expect(halfWidthDigits("〔２０２２〕１７号 2022")).toBe("〔2022〕17号 2022");
    expect(halfWidthDigits("2024年3月22日")).toBe("2024年3月22日");
    expect(halfWidthDigits("")).toBe("");
    expect(fullWidthDigits("2024年3月22日 ２０")).toBe("２０２４年３月２２日 ２０");
  });

  it("is asked of text/codeUnits.ts: the core holds no copy of the full-width digits' range", () => {
    // A copy drifts: one that tests 0-9 and ０-９ by hand was the place a reading forgot a width.
    const core = join(__dirname, "..", "..", "server", "src", "core");
    const RANGE = />=\s*0xff10\s*&&[^|;]*<=\s*0xff19|\.replace\(\/\[０-９\]\/g/;
    const copies = sources(core)
      .filter((path) => !path.endsWith(join("text", "codeUnits.ts")))
      .filter((path) => RANGE.test(readFileSync(path, "utf8")))
      .map((path) => relative(core, path));
    expect(copies).toEqual([]);
  });
});

describe("a Latin letter of either width", () => {
  it("is A–Z, a–z and their full-width forms, nothing else", () => {
    for (let code = 0; code < 0x10000; code++) {
      const half = (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
      const full = (code >= 0xff21 && code <= 0xff3a) || (code >= 0xff41 && code <= 0xff5a);
      expect(isFullWidthLatinCode(code)).toBe(full);
      expect(isAnyLatinCode(code)).toBe(half || full);
    }
  });

  it("is asked of text/codeUnits.ts: the core holds no copy of the full-width letters' ranges", () => {
    // Tested by hand, the letters were the place a reading forgot a case or a width (ＩＳＯ read,
    // ｉｓｏ not), as the digits were.
    const core = join(__dirname, "..", "..", "server", "src", "core");
    const RANGE = />=\s*0xff(?:21|41)\s*&&[^|;]*<=\s*0xff(?:3a|5a)|[Ａａ]-[Ｚｚ]/i;
    const copies = sources(core)
      .filter((path) => !path.endsWith(join("text", "codeUnits.ts")))
      .filter((path) => RANGE.test(readFileSync(path, "utf8")))
      .map((path) => relative(core, path));
    expect(copies).toEqual([]);
  });
});
