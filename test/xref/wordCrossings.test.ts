import { expect, it } from "vitest";
import { builtinParents } from "../../server/src/core/parents/index";
import { headingNames, rankEntries } from "../../server/src/core/xref/mapping";
import { creditsOfTasks } from "../support/coverageCredits";

/**
 * A bigram that straddles two words (业品 of 农业品牌, between 农业 and 品牌) names an item only where
 * the item has one of those words (mapping.ts `wordCrossings`): （十二）'s 工业品 is no word of a
 * task on agricultural brands. Where the item writes one of the words, the bigram is often the same
 * compound in both texts (量法 of 计量法规 and （二十四）'s 质量法律法规) and counts as before.
 */
const outline = builtinParents()[0]!;
const entry = (label: string) => outline.items.find((e) => e.label === label)!;

const PLAN = `××县2026年质量强县工作要点
为贯彻落实《质量强国建设纲要》，制定本工作要点。
一、重点任务
（一）加快农业品牌建设。做大做强“××茶”区域公用品牌，培育农产品品牌10个。（县农业农村局）
（二）打响农业品牌。支持合作社注册商标，推介地方特色农产品。（县农业农村局）
`;

it("credits an agricultural brand task to the brand item, not to （十二） by 业品 across 农业 and 品牌", () => {
  const credits = new Map(creditsOfTasks(PLAN));
  for (const heading of ["加快农业品牌建设", "打响农业品牌"]) {
    expect(credits.get(heading), heading).not.toContain("（十二）");
  }
  expect(credits.get("加快农业品牌建设")).toContain("（二十一）");
  expect(headingNames(outline, "加快农业品牌建设", entry("（十二）"))).toBe(false);
  expect(rankEntries(outline, "打响农业品牌", "", 3).map((c) => c.entry.label)).not.toContain("（十二）");
});

it("keeps a bigram across words for an item that writes one of them, and inside a word", () => {
  const law = (heading: string) => rankEntries(outline, heading, "", 30).find((c) => c.entry.label === "（二十四）")!.score;
  // 量法 of 计量法规 is （二十四）'s 质量法律法规 too: the item has 法规.
  expect(law("完善计量法规")).toBeGreaterThan(law("完善计量规章"));
  // 业品 of 工业品 alone, at a run's edge, is （十二）'s word.
  expect(headingNames(outline, "推动工业品质量迈向中高端", entry("（十二）"))).toBe(true);
  expect(rankEntries(outline, "提升工业品质量", "", 1)[0]!.entry.label).toBe("（十二）");
  // 质量 between 程质 and 量责 (工程质量责任) is commoner than either pair: a word, kept for （二十）'s 质量 (fourth
  // once the 工程 of its 质量工程师, a person's word, no longer counts for it: mapping.ts `personsWordAt`).
  expect(rankEntries(outline, "落实工程质量责任", "", 4).map((c) => c.entry.label)).toContain("（二十）");
});
