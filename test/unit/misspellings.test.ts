import { describe, expect, it } from "vitest";
import { misspellingEntries, misspellings } from "../../server/src/core/text/misspellings";

const found = (text: string) => misspellings(text).map(({ written, right }) => `${written}→${right}`);

describe("the list of misspellings (text/misspellings.json)", () => {
  it("lists each written form once, never as its own correction, with guards that compile", () => {
    const written = misspellingEntries.map((entry) => entry.wrong);
    expect(new Set(written).size).toBe(written.length);
    for (const entry of misspellingEntries) {
      expect(entry.right).not.toBe(entry.wrong);
      expect(() => new RegExp(`${entry.before ?? ""}x${entry.after ?? ""}`, "u")).not.toThrow();
    }
  });

  it("finds every unguarded entry as written, and nothing in its correction", () => {
    for (const entry of misspellingEntries.filter((e) => !e.before && !e.after)) {
      expect(found(`要${entry.wrong}。`), entry.wrong).toEqual([`${entry.wrong}→${entry.right}`]);
      expect(found(`要${entry.right}。`), entry.right).toEqual([]);
    }
  });

  it("reads 截止 by what follows it: a time point makes it 截至", () => {
    expect(found("截止2025年底，截止目前，截止今年6月，截止二〇二四年底，截止上半年。")).toEqual(Array(5).fill("截止→截至"));
    expect(found("申报截止日期为6月30日，报名截止到2025年5月，截止于本月底，报名截止。截至2025年底。")).toEqual([]);
  });

  it("reads 已上 and 已下 as 以上 and 以下 only after a figure and before the clause goes on", () => {
    expect(found("合格率达到95%已上，企业10家已下的，培育100个已上。")).toEqual(["已上→以上", "已下→以下", "已上→以上"]);
    expect(found("其中3家已上市，项目已上报，5个已下达，工作已上轨道，95%以上。")).toEqual([]);
  });

  it("leaves words that contain a listed form's characters in another reading", () => {
    expect(found("按排名先后，按排序结果，按排列顺序，发放帐篷和蚊帐，既使群众满意又使企业受益。")).toEqual([]);
  });
});
