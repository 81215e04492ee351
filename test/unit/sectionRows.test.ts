import { describe, expect, it } from "vitest";
import { buildPlan } from "../../server/src/core/model/buildPlan";
import { isSectionRow, UNALIGNED } from "../../server/src/core/model/sectionRows";
import { extractTargets } from "../../server/src/core/targets/extract";

/** A 分工表's columns: 序号 | 重点任务 | 牵头单位 | 配合单位 | 完成时限. */
const TASKS = { number: 0, mayHead: (column: number) => column < 2 };

describe("one reader of a table's section rows, given the table's columns", () => {
  it("reads a numeral in 序号 with a heading in a column a section row may fill", () => {
    expect(isSectionRow(["一", "增强质量发展动能", "", "", ""], TASKS)).toBe(true);
    expect(isSectionRow(["（二）", "", "", "", ""], TASKS)).toBe(true);
    expect(isSectionRow(["一、增强质量发展动能", "", "", "", ""], TASKS)).toBe(true);
    // The heading in a unit's column is a unit, the numeral out of 序号 no section's.
    expect(isSectionRow(["一", "", "增强质量发展动能", "", ""], TASKS)).toBe(false);
    expect(isSectionRow(["", "一", "增强质量发展动能", "", ""], TASKS)).toBe(false);
    expect(isSectionRow(["1", "增强质量发展动能", "", "", ""], TASKS)).toBe(false);
    expect(isSectionRow(["一", "提升产品质量，加强监管。", "", "", ""], TASKS)).toBe(false);
    expect(isSectionRow(["一", "提升产品质量", "市市场监管局", "", ""], TASKS)).toBe(false);
  });

  it("reads cells out of their columns by their words: a year is a heading's, another figure may be a row's", () => {
    expect(isSectionRow(["一、2027年产业质量指标"], UNALIGNED)).toBe(true);
    expect(isSectionRow(["一", "2025年重点指标"], UNALIGNED)).toBe(true);
    expect(isSectionRow(["一", "国家级5家"], UNALIGNED)).toBe(false);
  });
});

const targetsOf = (text: string) => extractTargets(buildPlan(text)).targets.map((target) => `${target.indicator} ${target.value}`);

describe("an indicator table's section rows", () => {
  it("with a year in a section's heading: the table goes on under it", () => {
    const plan = "某市质量强市建设三年行动计划（2025—2027年）\n\n一、主要目标\n\n序号  指标名称  单位  2024年  2027年目标  属性\n一、2027年产业质量指标\n1  制造业产品质量合格率  %  93.5  95以上  预期性\n二、服务质量\n2  公共服务质量满意度  分  80  83  预期性\n";
    expect(targetsOf(plan)).toEqual(["制造业产品质量合格率 95", "公共服务质量满意度 83"]);
  });
});
