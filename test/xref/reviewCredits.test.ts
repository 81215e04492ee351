import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, it } from "vitest";
import { builtinParents } from "../../server/src/core/parents/index";
import { rankEntries } from "../../server/src/core/xref/mapping";
import { creditsOfTasks } from "../support/coverageCredits";

/**
 * The credits the review before qa-44a found wrong or missing, in a city's 工作要点 of its own
 * (test/fixtures/qa/city-review-credits.plan, labelled in mapping-labels-fixtures.json), and the
 * same shapes in other words. Each credit is pinned, so that a change shows.
 */
const credits = new Map(
  creditsOfTasks(readFileSync(join(__dirname, "..", "fixtures", "qa", "city-review-credits.plan"), "utf8")).map(([heading, labels], i) => [`${i + 1}.${heading}`, labels]),
);
const outline = builtinParents()[0]!;
const scoreOf = (heading: string, body: string, label: string) => rankEntries(outline, heading, body, 40).find((c) => c.entry.label === label)!.score;

it("does not count a task on products' quality for （二十四）'s law by the 产品质量 of its body", () => {
  // The body's 产品质量 is the heading's again: before, the whole task scored 0.21 (heading) and 0.20
  // (工程) for （二十四） by its keyword 产品质量法, a law (mapping.ts `namesOnlyWeakGrams`).
  expect(credits.get("1.提升产品质量")).not.toContain("（二十四）");
  expect(credits.get("2.实施产品质量提升工程")).not.toContain("（二十四）");
  // In other words: a body that says 产品质量 twice over weighs less for the law than before, the law's
  // own words not at all (质量法律法规 writes 质量 alone).
  const body = "聚焦重点消费品和工业品，推动企业对标提升产品质量，开展产品质量比对。";
  expect(scoreOf("深化产品质量提升", body, "（二十四）")).toBeLessThan(COUNTS);
  expect(scoreOf("加强质量法治建设", "推动修订产品质量法配套法规，完善质量法律法规体系。", "（二十四）")).toBeGreaterThan(0.4);
});

it("counts a heading's item and its body's where the heading names one and the body the other", () => {
  // （三） 0.17 by the body's 关键技术攻关 and 产业链供应链韧性, （十九） 0.15 by the heading's 新材料: neither
  // stood apart from the other, and the task counted for nothing (coverage.ts `splitSubjects`).
  expect(credits.get("3.推进稀土新材料产业延链补链")).toEqual(["（三）", "（十九）"]);
  // The same body under a heading whose 新材料 is the whole task's second at 0.15 or less: its best alone.
  expect(credits.get("4.推动锂电新材料产业发展壮大")).toEqual(["（三）"]);
});

it("counts a clause that writes another item's keyword whole under a heading that names its item by its title", () => {
  // 首席质量官 is （二十）'s keyword; the whole task scores 0.11 for it, and the body alone 0.14, under what a
  // task's body must clear (coverage.ts `titleHeadingOverKeywordClause`).
  expect(credits.get("5.争创知名品牌")).toEqual(["（二十一）", "（二十）"]);
  expect(credits.get("6.加强质量人才培养")).toEqual(["（二十五）", "（二十）"]);
});

/** What counts for a best match (coverage.ts COVERAGE_THRESHOLD). */
const COUNTS = 0.2;

it("does not count a list of honours, nor a keyword's clause after others on the heading's item", () => {
  const tasks = creditsOfTasks(`某县质量强县建设实施方案
为贯彻落实《质量强国建设纲要》，制定本方案。
一、重点任务
1.打造区域质量标杆。支持产业园区开展质量提升行动，鼓励企业争创省长质量奖、中国精品、全国质量标杆。
2.争创国内国际知名品牌。实施品牌培育工程，培育区域公用品牌，推动企业设立首席质量官。
`);
  expect(tasks[0]![1]).not.toContain("（二十一）");
  expect(tasks[0]![1]).not.toContain("（二十五）");
  // Its body's brand clauses restate the heading; the last, （二十）'s 首席质量官, is one in passing.
  expect(tasks[1]![1]).toEqual(["（二十一）"]);
});
