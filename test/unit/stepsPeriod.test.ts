import { expect, it } from "vitest";
import { analyze } from "../../server/src/core/analyze";
import { buildPlan } from "../../server/src/core/model/buildPlan";
import { extractTargets } from "../../server/src/core/targets/extract";
import { planPeriodOf } from "../../server/src/core/targets/plan";

/** A plan period read from the dated phases of its 实施步骤 where the title states none (QA round 15, d-phases). */
const periodOf = (text: string) => planPeriodOf(buildPlan(text));
const horizonMessages = (text: string) =>
  analyze(text)
    .findings.filter((finding) => finding.rule === "targets/horizon")
    .map((finding) => finding.message);

const STEPS =
  "三、实施步骤\n（一）动员部署阶段（2023年6月—7月）。制定工作方案。\n（二）组织实施阶段（2023年8月—2024年10月）。组织实施。\n（三）总结提升阶段（2024年11月—12月）。全面总结。\n";

it("reads the period from the phases' years where the title gives none", () => {
  expect(periodOf(`示例区质量提升专项行动方案\n一、工作目标\n全区产品质量合格率达到93%以上。\n${STEPS}`)).toEqual({ from: 2023, to: 2024, annual: false, source: "steps" });
});

it("reads phases written as the section's own lines", () => {
  const text = "示例县质量提升专项行动方案\n一、工作目标\n全县产品质量合格率达到93%以上。\n二、时间安排\n第一阶段（2024年3月—4月）：动员部署。\n第二阶段（2024年5月—2025年10月）：组织实施。\n";
  expect(periodOf(text)).toEqual({ from: 2024, to: 2025, annual: false, source: "steps" });
});

it("keeps the title's period over the phases'", () => {
  expect(periodOf(`示例区质量提升行动方案（2023—2027年）\n一、工作目标\n全区产品质量合格率达到93%以上。\n${STEPS}`)).toEqual({ from: 2023, to: 2027, annual: false, source: "title" });
});

it("says where the period came from, and that neither place gives one", () => {
  expect(horizonMessages(`示例区质量提升专项行动方案\n一、工作目标\n到2026年，全区产品质量合格率达到93%以上。\n${STEPS}`)).toEqual([
    "目标年份2026年晚于本方案实施步骤所列的实施期（2023—2024年）",
  ]);
  expect(horizonMessages("示例区质量提升专项行动方案\n一、工作目标\n全区产品质量合格率达到93%以上。\n二、实施步骤\n（一）动员部署阶段。制定工作方案。\n")).toEqual([
    "主要目标中有1项量化目标没有写明目标年份（如“到2025年”），方案标题和实施步骤也没有写明实施期",
  ]);
});

it("reads no period from a goals section's years or a section that is not the steps", () => {
  expect(periodOf("示例区质量提升专项行动方案\n一、工作目标\n到2025年，全区产品质量合格率达到93%以上。\n二、工作任务\n（一）2023年开展抽查。\n")).toBeNull();
});

it("reads the phases of a steps part (第三章 实施步骤)", () => {
  const text =
    "示例市质量基础设施提升专项行动方案\n第一章 行动目标\n全市计量标准器具覆盖率达到90%以上。\n第二章 重点任务\n一、完善计量体系。（责任单位：市市场监管局）\n第三章 实施步骤\n一、启动阶段（2025年1月—3月）。制定方案。\n二、实施阶段（2025年4月—2026年9月）。组织实施。\n三、验收阶段（2026年10月—12月）。总结验收。\n";
  expect(periodOf(text)).toEqual({ from: 2025, to: 2026, annual: false, source: "steps" });
});

it("says in a deadline's message that the period is the steps' (structure/deadline-period)", () => {
  const deadlines = (text: string) =>
    analyze(text)
      .findings.filter((finding) => finding.rule === "structure/deadline-period")
      .map((finding) => finding.message);
  expect(deadlines(`示例区质量提升专项行动方案\n一、工作任务\n1.开展质量抽查。〔责任单位：区市场监管局；完成时限：2025年底〕\n${STEPS}`)).toEqual([
    "完成时限“2025年底”晚于本方案的实施期（实施步骤所列2023—2024年）",
  ]);
});

// A “十四五” plan states its period by the five-year plan's name (QA round ee): without it an
// undated plan's 指标表 of bare years (2020年 | 2025年) had no column certain, and its rows were
// read as text — 产品质量 (the 类别 cell) taken for the indicator, the (%) of the name lost.
it("reads a five-year plan period named in the title, not one a cited title names", () => {
  expect(periodOf("抚州市“十四五”质量发展规划实施方案\n一、发展目标\n")).toEqual({ from: 2021, to: 2025, annual: false, source: "title" });
  expect(periodOf("关于贯彻落实《“十四五”市场监管现代化规划》的实施方案\n一、发展目标\n")).toBeNull();
  const table = "类别\t指标名称\t2020年\t2025年\t属性\n经济质量\t制造业质量竞争力指数\t83.5\t85.8\t预期性\n产品质量\t制造业产品质量合格率（%）\t92.3\t≥94\t约束性\n";
  const { targets } = extractTargets(buildPlan(`抚州市“十四五”质量发展规划实施方案\n为贯彻落实《质量强国建设纲要》，制定本方案。\n一、发展目标\n${table}`));
  expect(targets.map((target) => [target.indicator, target.value, target.unit, target.horizon, target.baseYear, target.baseValue])).toEqual([
    ["制造业质量竞争力指数", 85.8, "", 2025, 2020, 83.5],
    ["制造业产品质量合格率", 94, "%", 2025, 2020, 92.3],
  ]);
});
