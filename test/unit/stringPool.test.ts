import { describe, expect, it } from "vitest";
import { StringPool } from "../../server/src/core/text/stringPool";

describe("StringPool", () => {
  it("gives back the text it is asked for, also after it was cleared for being full", () => {
    const pool = new StringPool(3);
    const asked = ["半角标点“,”应改为全角“，”", "甲", "乙", "丙", "甲", "半角标点“,”应改为全角“，”", ""];
    for (const text of asked) expect(pool.get(text)).toBe(text);
  });

  it("answers a rope of template pieces with the text it spells", () => {
    const pool = new StringPool(10);
    const mark = ",";
    expect(pool.get(`半角标点“${mark}”应改为全角“，”`)).toBe("半角标点“,”应改为全角“，”");
    expect(pool.get("x".repeat(20).slice(3, 17))).toBe("x".repeat(14));
  });
});
