import { expect, it } from "vitest";
import { builtinParents } from "../../server/src/core/parents/index";
import { keywordNamedEntries } from "../../server/src/core/xref/mapping";
import { creditsOfTasks } from "../support/coverageCredits";

/**
 * Kinds of consumer goods (家具, 家电, 服装 … local-keywords.json "kinds") name （十一）优化消费品供给品类,
 * whose title alone writes 消费品 (mapping.ts `titleOwner`): a task on furniture design is one on the
 * 研发设计 of consumer goods, though 竹木 and 家具 are no word of the outline and 设计 is three items'.
 * Not where the kinds are a trade (纺织服装产业: manufacturing, （七）), nor for a heading that writes
 * 消费品 itself, which the title's words already weigh.
 */
const named = (heading: string) => keywordNamedEntries(builtinParents()[0]!, heading).map((entry) => entry.label);

it("names （十一） by a kind of consumer goods the heading works on, not by the kinds' trade", () => {
  expect(named("推进竹木家具设计")).toEqual(["（十一）"]);
  expect(named("提升智能家电品质")).toEqual(["（十一）"]);
  expect(named("推动纺织服装产业提质升级")).not.toContain("（十一）");
  expect(named("强化电梯行业自律")).not.toContain("（二十六）");
  expect(named("打响消费品精品")).toEqual([]);
});

const PLAN = `××县2026年质量强县工作要点
为贯彻落实《质量强国建设纲要》，制定本工作要点。
一、重点任务
（一）推进竹木家具设计。支持竹木家具企业开展工业设计，建设竹木家具设计中心，提升产品设计水平。（县工信局）
（二）推动纺织服装产业提质升级。支持纺织服装企业开展质量对标和智能化改造，推进传统制造业技术改造。（县工信局）
`;

it("credits a furniture design task to （十一） and leaves a trade's upgrade （七）'s", () => {
  const credits = new Map(creditsOfTasks(PLAN));
  expect(credits.get("推进竹木家具设计")).toContain("（十一）");
  expect(credits.get("推动纺织服装产业提质升级")).toContain("（七）");
  expect(credits.get("推动纺织服装产业提质升级")).not.toContain("（十一）");
});
