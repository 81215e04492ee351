import { describe, expect, it } from "vitest";
import { analyze } from "../../server/src/core/analyze";
import { fixAll } from "../../server/src/core/fixes/applyFixes";
import { buildPlan } from "../../server/src/core/model/buildPlan";
import { extractTargets } from "../../server/src/core/targets/extract";

/**
 * A PDF's indicator table pasted as text, its columns set apart by runs of two spaces or more:
 * a single space inside a cell (a stray between two Chinese characters, or after a half-width
 * comma) is the cell's own, not a column's edge.
 */
const HEAD = "某市质量强市建设行动计划（2025—2027年）\n\n一、总体要求\n\n（一）主要目标\n\n";
const TAIL = "\n二、重点任务\n\n（一）实施质量技术帮扶行动。建设质量基础设施服务站20个。（责任单位：市市场监管局）\n";
const TABLE =
  "序号  指标名称  单位  2024年  2027年目标  属性\n" +
  "1  制造业产品 质量合格率  %  94.2  95以上  预期性\n" +
  "2  食品抽检合格率  %  98.3  ≥98.5  约束性\n" +
  "3  主导和参与制修订国家标准, 行业标准  项  35  累计50  预期性\n" +
  "4  公共服务质量满意度  分  81.2  83以上  预期性\n";
const goals = (text: string) =>
  extractTargets(buildPlan(text))
    .targets.filter((t) => t.inGoals)
    .map((t) => [t.indicator, t.value, t.unit]);
const rulesOf = (text: string) => analyze(text).findings.map((f) => `${f.rule}`).filter((rule) => rule !== "targets/parent-not-localised");

describe("a table set in columns by spaces, with a space inside a cell", () => {
  it("reads every row: the stray space and the comma's space stay in their cell", () => {
    expect(goals(HEAD + TABLE + TAIL)).toEqual([
      ["制造业产品质量合格率", 95, "%"],
      ["食品抽检合格率", 98.5, "%"],
      ["主导和参与制修订国家标准, 行业标准", 50, "项"],
      ["公共服务质量满意度", 83, "分"],
    ]);
  });

  it("reports the stray space and the half-width comma, and no missing goals nor a row's missing full stop", () => {
    expect(rulesOf(HEAD + TABLE + TAIL).sort()).toEqual(["punct/half-width", "punct/han-space"]);
  });

  it("fixes the stray space keeping the columns, and the table reads the same after", () => {
    const fixed = fixAll(HEAD + TABLE + TAIL).text;
    expect(fixed).toContain("1  制造业产品质量合格率   %  94.2  95以上  预期性\n");
    expect(goals(fixed).map((row) => row[1])).toEqual([95, 98.5, 50, 83]);
  });

  it("keeps a single space a column's edge where the row's other gaps are single spaces too", () => {
    const single = "指标 单位 2027年目标\n食品抽检合格率 % 98\n公共服务质量满意度 分 83\n";
    expect(goals(HEAD + single + TAIL)).toEqual([
      ["食品抽检合格率", 98, "%"],
      ["公共服务质量满意度", 83, "分"],
    ]);
  });

  it("keeps a single space between figures a column's edge (a gap the copy narrowed), as before", () => {
    const narrowed = TABLE.replace("98.3  ≥98.5", "98.3 ≥98.5");
    expect(goals(HEAD + narrowed + TAIL).map((row) => row[1])).toEqual([95, 98.5, 50, 83]);
  });
});
