import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, it } from "vitest";
import { builtinParents } from "../../server/src/core/parents/index";
import { keywordNamedEntries } from "../../server/src/core/xref/mapping";
import { creditsOfTasks } from "../support/coverageCredits";

/**
 * The credits the review before qa-45a found wrong or missing, in a city's 促消费 plan of its own
 * (test/fixtures/qa/city-consumption-promotion.plan) and the same shapes in other words. Each credit
 * is pinned, so that a change shows.
 */
const fixture = creditsOfTasks(readFileSync(join(__dirname, "..", "fixtures", "qa", "city-consumption-promotion.plan"), "utf8"));
const outline = builtinParents()[0]!;

it("credits a 促消费 plan's tasks as the outline's words read them", () => {
  expect(fixture).toEqual([
    // Consumption, not consumer goods: the outline writes 消费品 (mapping.ts `thingApart`).
    ["提振大宗消费", []],
    ["繁荣夜间经济", []],
    ["提升消费品质量", ["（十一）"]],
    // A trade's heading counts for the industry item, not for its body's 质量控制 (coverage.ts `tradeIndustry`).
    ["促进纺织服装产业转型", ["（七）"]],
    // 家电 opens a list of trades, no kind of consumer goods here (it counted for （十一） at 0.23).
    ["推动家电、建材产业提质升级", ["（七）"]],
    ["营造放心消费环境", ["（五）"]],
    // A leading group is （三十）'s; the heading's 领导 is （三十）'s 领导小组 too (coverage.ts `bodyOverGenreHeading`).
    ["加强组织领导", ["（三十）"]],
    // 质量工作考核 written across 纳入 (foldedPhrases.ts): it counted for nothing at 0.15.
    ["强化考核评价", ["（三十一）"]],
  ]);
});

const plan = (title: string, tasks: string, safeguards = "") =>
  creditsOfTasks(`${title}\n为贯彻落实《质量强国建设纲要》，制定本方案。\n一、重点任务\n${tasks}${safeguards ? `二、保障措施\n${safeguards}` : ""}`);

it("reads 消费 alone as consumption, not as the outline's 消费品", () => {
  const tasks = plan(
    "某市促进消费提质升级行动方案",
    "（一）提振大宗消费。稳定汽车消费，扩大新能源汽车消费，支持住房改善消费，推动家居消费升级。\n" +
      "（二）释放汽车消费潜力。开展汽车以旧换新，扩大二手车消费，完善充电设施。\n" +
      "（三）提升消费品质量。开展消费品质量提升行动，扩大优质新型消费品供给。\n",
  );
  // （十一） 0.17 and 0.14 before, each named by the 消费 of its title's 消费品.
  expect(tasks[0]![1]).toEqual([]);
  expect(tasks[1]![1]).toEqual([]);
  expect(tasks[2]![1]).toEqual(["（十一）"]);
});

it("counts a trade's heading for the industry item, whatever firm's means its body names", () => {
  const tasks = plan(
    "某县质量强县建设实施方案",
    "（一）做强服装、鞋帽产业。支持服装、鞋帽企业完善质量控制体系，推进生产线技术改造。\n" +
      "（二）推动食品加工产业升级。督促企业加强生产过程质量控制，推广先进质量管理方法。\n" +
      "（三）推动陶瓷行业转型升级。引导陶瓷企业健全质量控制体系，提升产品稳定性。\n" +
      // A body that names its item by a keyword keeps it (规范电子商务产业发展 of a seed: （二十四）'s 知识产权保护).
      "（四）规范电子商务产业发展。加强网络交易监管，建立健全电商领域知识产权保护长效机制。\n",
  );
  expect(tasks[0]![1]).toEqual(["（七）"]);
  // （二十） 0.16 by 质量控制 and 质量管理 before.
  expect(tasks[1]![1]).toEqual(["（七）"]);
  // A 行业 is the outline's 产业: nothing before, （二十七）'s 行业协会 first for the heading alone.
  expect(tasks[2]![1]).toEqual(["（七）"]);
  expect(tasks[3]![1]).toContain("（二十四）");
  expect(tasks[3]![1]).not.toContain("（七）");
});

it("reads a keyword a put-into clause writes apart", () => {
  const named = (text: string) => keywordNamedEntries(outline, text).map((e) => e.label);
  expect(named("将质量工作纳入政府绩效考核")).toEqual(["（三十一）"]);
  expect(named("把质量工作列入各乡镇年度考核内容")).toEqual(["（三十一）"]);
  // Only a keyword across the fold: 质量提升 and 考核 make none.
  expect(named("把质量提升纳入年度考核")).toEqual([]);
  const tasks = plan(
    "某县质量强县建设实施方案",
    "（一）提升产品质量。开展产品质量监督抽查。\n",
    "（一）严格督查考核。把质量工作列入各乡镇年度考核内容，定期通报进展。\n" +
      "（二）强化评价激励。将质量工作融入干部考核，对成效突出的单位予以表扬。\n",
  );
  expect(tasks[2]![1]).toEqual(["（三十一）"]);
});

it("counts a safeguard whose heading is the genre's for what its body does", () => {
  const tasks = plan(
    "某县质量强县建设实施方案",
    "（一）提升产品质量。开展产品质量监督抽查。\n",
    "（一）加强组织领导。县政府成立质量强县工作领导小组，统筹协调重大事项。\n" +
      // A body that takes the Party's leadership up keeps （二十九） (Chengdu's seed).
      "（二）加强组织领导。坚持党对质量工作的全面领导，各级党委和政府要把质量工作摆上重要位置，成立工作领导小组。\n",
  );
  expect(tasks[1]![1]).toEqual(["（三十）"]);
  expect(tasks[2]![1]).toContain("（二十九）");
});
