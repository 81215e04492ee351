import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, it } from "vitest";
import { creditsOfTasks } from "../support/coverageCredits";
import { readSeed } from "../support/seeds";
import { buildPlan } from "../../server/src/core/model/buildPlan";
import { builtinParents } from "../../server/src/core/parents/index";
import { coverageOf } from "../../server/src/core/xref/coverage";

/**
 * Two plans of a reviewer's own, of kinds no other fixture is: a county's 质量强县 plan whose headings
 * are its own words (test/fixtures/qa/county-mountain-quality.plan: navel oranges, stone, bamboo; 把好…
 * 关口, 管住…餐桌, 守好…安全), and a city's 消费品质量提升行动方案 (test/fixtures/qa/city-consumer-goods-action.plan),
 * a sector plan that carries out a few of the outline's items and must not be read as covering others.
 */
const fixture = (name: string) => readFileSync(join(__dirname, "../fixtures/qa", name), "utf8");
const county = new Map(creditsOfTasks(fixture("county-mountain-quality.plan")));
const consumer = new Map(creditsOfTasks(fixture("city-consumer-goods-action.plan")));

it("reads the county's tasks that write the outline's words, whatever their headings say", () => {
  expect(county.get("把好脐橙种苗和果园关口")).toEqual(["（十）"]);
  expect(county.get("加强农村自建房和小型水利工程质量管理")).toEqual(["（十三）"]);
  expect(county.get("守好电梯和气瓶安全")).toEqual(["（二十六）"]);
  expect(county.get("建设县级综合检验检测中心")).toEqual(["（二十二）"]);
  expect(county.get("推进质量基础设施“一站式”服务")).toEqual(["（二十三）", "（二十二）"]);
  expect(county.get("推动企业和协会参与制定标准")).toEqual(["（二十二）"]);
  expect(county.get("落实质量奖励政策")).toEqual(["（二十五）"]);
  expect(county.get("严查假冒伪劣和商标侵权")).toEqual(["（二十四）"]);
  expect(county.get("推进质量信用分类监管")).toEqual(["（二十六）"]);
});

it("counts none of the county's tasks in its own trade words for an item they are not", () => {
  // Misses, not wrong credits: 石材, 竹制品, 冷链仓储, 餐桌 are words of no item (see the QA report);
  // what must hold is that no unrelated item takes them.
  for (const heading of ["完善冷链仓储和分拣设施", "引导石材企业上规模提档次", "推动石材边角料综合利用", "提升竹制品设计和做工", "管住校园和农村餐桌"]) {
    expect(county.get(heading)!.filter((label) => !["（四）", "（七）", "（十）", "（十一）", "（十六）", "（十九）"].includes(label)), heading).toEqual([]);
  }
});

it("reads the consumer-goods plan's tasks for the consumer-goods item and the common ones", () => {
  expect(consumer.get("提升纺织服装和婴童用品质量")).toEqual(["（十一）"]);
  expect(consumer.get("推动日用消费品创新设计")).toEqual(["（十一）"]);
  expect(consumer.get("加强消费品标准建设")).toContain("（十一）");
  expect(consumer.get("培育消费品知名品牌")).toEqual(["（二十一）"]);
  expect(consumer.get("强化消费品质量监管")).toEqual(["（二十六）"]);
  expect(consumer.get("维护消费者合法权益")).toEqual(["（二十七）"]);
  // A furniture trade's upgrading (质量对标, 智能化生产线) is （七）'s 传统制造业技术迭代和质量升级.
  expect(consumer.get("推进家具产业提质升级")).toEqual(["（七）"]);
});

it("measures the consumer-goods plan against its sector's items, and covers none of the others", () => {
  const outline = builtinParents()[0]!;
  const coverage = coverageOf(buildPlan(fixture("city-consumer-goods-action.plan")), outline, [], [outline]);
  expect(coverage.sectors).toEqual(["制造业和工业产品"]);
  // （二十五） by the 保障措施's 对获评“赣西精品”…的企业给予奖励 (质量激励): a common item.
  const otherSector = coverage.outOfScope.filter((o) => o.reason === "other-sector");
  expect(otherSector.map((o) => o.entry.label)).toEqual(expect.arrayContaining(["（十）", "（十三）", "（十七）", "（十八）"]));
  expect(otherSector.filter((o) => o.by.length > 0).map((o) => o.entry.label)).toEqual([]);
  expect(coverage.items.filter((i) => i.covered).map((i) => i.entry.label)).toEqual(["（七）", "（十一）", "（二十一）", "（二十五）", "（二十六）", "（二十七）"]);
});

it("counts a safeguard heading's item beside the body's best where a clause of the body takes it up (Chengdu's 加强组织领导)", () => {
  const credits = new Map(creditsOfTasks(readSeed("chengdu-2023-draft")));
  expect([...credits.get("加强组织领导")!].sort()).toEqual(["（三十）", "（二十九）"].sort());
  // A body of the leading group alone is （三十）'s: the heading's 领导 is not enough for （二十九）.
  const groupOnly = new Map(creditsOfTasks(`示例县质量强县建设实施方案
为贯彻落实《质量强国建设纲要》，制定本方案。
一、重点任务
（一）提升产业质量竞争水平。推动传统制造业技术迭代和质量升级。
二、保障措施
（一）加强组织领导。县质量强县工作领导小组统筹推进本方案实施，各成员单位按照职责分工抓好落实。
`));
  expect(groupOnly.get("加强组织领导")).toEqual(["（三十）"]);
});
