import { describe, expect, it } from "vitest";
import { targetsOf } from "../support/targets";

/**
 * A 工作要点 has no 总体要求: it states its year's goals in a paragraph before its first point
 * (`2024年主要目标：…`). Those are the plan's goals, counts without a comparator included; a
 * preamble that only says why the plan is written states none.
 */
const POINTS = "示例市2024年质量强市工作要点\n\n2024年是深入实施《质量强国建设纲要》的关键之年，全市要推动质量强市建设再上新台阶。\n\n";
const FIRST_POINT = "\n\n一、推动产业质量变革\n\n1.提升产品质量水平。开展质量对标提升行动。（牵头单位：市工信局；配合单位：市市场监管局）\n";

describe("goals stated in a 工作要点's preamble", () => {
  it("reads them as the plan's goals, its counts too", () => {
    const targets = targetsOf(`${POINTS}2024年主要目标：全市制造业产品质量合格率稳定在94%以上，新增主导或参与制修订国家标准、行业标准15项以上，新增“赣鄱正品”认证企业10家以上。${FIRST_POINT}`);
    expect(targets.map((t) => [t.indicator, t.kind, t.value, t.horizon, t.inGoals])).toEqual([
      ["制造业产品质量合格率", "level", 94, 2024, true],
      ["主导或参与制修订国家标准、行业标准", "count", 15, 2024, true],
      ["“赣鄱正品”认证企业", "count", 10, 2024, true],
    ]);
  });

  it("reads a 工作目标 label without a year the same way", () => {
    const targets = targetsOf(`${POINTS}工作目标：到2024年底，新增省级质量标杆企业5家以上。${FIRST_POINT}`);
    expect(targets.map((t) => [t.indicator, t.kind, t.value, t.inGoals])).toEqual([["省级质量标杆企业", "count", 5, true]]);
  });

  it.each([
    ["its year and a comma", "2024年，全市制造业产品质量合格率稳定在94%以上，新增省级质量标杆企业5家以上。"],
    ["a label after a few words", "今年全市质量工作的主要目标是：制造业产品质量合格率稳定在94%以上，新增省级质量标杆企业5家以上。"],
  ])("reads goals the preamble opens with %s", (_how, paragraph) => {
    const targets = targetsOf(`${POINTS}${paragraph}${FIRST_POINT}`);
    expect(targets.map((t) => [t.indicator, t.kind, t.value, t.horizon, t.inGoals])).toEqual([
      ["制造业产品质量合格率", "level", 94, 2024, true],
      ["省级质量标杆企业", "count", 5, 2024, true],
    ]);
  });

  it("reads the year gone by the preamble reports as a baseline, no goal", () => {
    const targets = targetsOf(`${POINTS}2023年，全市制造业产品质量合格率达到93.5%，新增省级质量标杆企业5家。${FIRST_POINT}`);
    expect(targets.filter((t) => !t.baseline)).toEqual([]);
  });

  it("leaves a preamble that states no goals as it was: no count read from it", () => {
    const targets = targetsOf(`示例市2024年质量强市工作要点\n\n为推动全市新增10家以上企业参与质量提升，制定本工作要点。${FIRST_POINT}`);
    expect(targets).toEqual([]);
  });
});

describe("an annual plan's 总体要求 that states its year's goals without 到", () => {
  it("reads the sentence that opens on the year as the goals", () => {
    const targets = targetsOf(`示例市2024年质量强市工作要点\n\n一、总体要求\n\n以习近平新时代中国特色社会主义思想为指导，深入实施质量强市战略。2024年，全市制造业产品质量合格率稳定在94%以上，新增省级质量标杆企业5家以上。\n\n二、重点任务\n${FIRST_POINT.replace("一、推动产业质量变革\n\n", "")}`);
    expect(targets.map((t) => [t.indicator, t.value, t.horizon, t.inGoals])).toEqual([
      ["制造业产品质量合格率", 94, 2024, true],
      ["省级质量标杆企业", 5, 2024, true],
    ]);
  });
});
