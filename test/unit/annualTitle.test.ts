import { expect, it } from "vitest";
import { buildPlan } from "../../server/src/core/model/buildPlan";
import { planPeriodOf } from "../../server/src/core/targets/plan";

/** An annual plan's year read from its title, after its place and before a topic of two or three parts. */
const periodOf = (title: string) => planPeriodOf(buildPlan(`${title}\n一、工作目标\n全市产品质量合格率达到93%以上。\n`));

it("reads the year of an annual plan whose topic is long", () => {
  expect(periodOf("示例市2026年消费品质量提升和个体工商户发展工作方案")).toEqual({ from: 2026, to: 2026, annual: true, source: "title" });
  expect(periodOf("示例县2025年食品安全监管和质量强县建设工作要点")).toEqual({ from: 2025, to: 2025, annual: true, source: "title" });
});

// qa-54f: a 质量月 activity plan's figures (全年食品抽检量…, 服务企业不少于100家次) had no year.
it("reads the year of a campaign's activity plan, its name in quotes", () => {
  expect(periodOf("抚州市2025年“质量月”活动方案")).toEqual({ from: 2025, to: 2025, annual: true, source: "title" });
  expect(periodOf("示例市2024年“世界计量日”宣传活动方案")).toEqual({ from: 2024, to: 2024, annual: true, source: "title" });
  expect(periodOf("示例市2025年质量提升活动方案")).toEqual({ from: 2025, to: 2025, annual: true, source: "title" });
});

it("takes no year of what the plan carries out for the plan's own", () => {
  expect(periodOf("示例市贯彻落实2024年中央经济工作会议精神推动质量提升工作方案")?.annual ?? false).toBe(false);
  expect(periodOf("示例市落实《2025年质量强国建设纲要》推进计划的工作方案")?.annual ?? false).toBe(false);
});
