import { describe, expect, it } from "vitest";
import { buildPlan } from "../../server/src/core/model/buildPlan";
import { UNIT_COLUMN } from "../../server/src/core/model/unitColumns";
import { opensUnitTable } from "../../server/src/core/model/unitTableHeader";
import { extractTargets } from "../../server/src/core/targets/extract";
import { UNIT_LABELS } from "../../server/src/core/units/labels";

const PLAN = "一、主要任务\n（一）开展质量攻关。组织实施攻关项目。\n（二）开展标准提升。实施标准化战略。\n\n附件\n重点任务分工表\n";

/** A 分工表 headed `序号 | 重点任务 | <label>` with two rows, its cells apart by `gap`. */
function tableUnder(label: string, gap: string): string {
  return `${PLAN}${["序号", "重点任务", label, "完成时限"].join(gap)}\n${["1", "开展质量攻关", "市市场监管局", "2025年底前"].join(gap)}\n${["2", "推进标准化建设", "市工业和信息化局", "2025年底前"].join(gap)}\n`;
}

describe("the unit columns every table reader reads (model/unitColumns.ts)", () => {
  it("names a column by every label the grammar reads in a clause, and by it with a second kind in brackets", () => {
    for (const label of UNIT_LABELS) {
      expect(UNIT_COLUMN.test(label), label).toBe(true);
      expect(UNIT_COLUMN.test(`${label}（单位）`), label).toBe(true);
    }
    expect(UNIT_COLUMN.test("重点任务")).toBe(false);
    expect(UNIT_COLUMN.test("单位")).toBe(false);
  });

  it("opens a 分工表 under every label, with its cells apart by tabs, wide gaps or single spaces, and reads its rows' units under it", () => {
    for (const label of UNIT_LABELS) {
      for (const gap of ["\t", "    ", " "]) {
        const plan = buildPlan(tableUnder(label, gap));
        expect(plan.tables.map((table) => table.rows), `${label} ${JSON.stringify(gap)}`).toEqual([2]);
        const header = plan.lines.find((line) => line.kind === "text" && plan.text.slice(line.start, line.end).includes(label))!;
        expect(opensUnitTable(header, plan.text), label).toBe(true);
        expect(plan.clauses.filter((clause) => clause.tableRow !== null).map((clause) => clause.segments.map((segment) => segment.label)), label).toEqual([[label], [label]]);
      }
    }
  });

  it("reads 主办单位 as the row's lead and 协同部门 as its support, beside each other in one table", () => {
    const plan = buildPlan(`${PLAN}序号\t重点任务\t主办单位\t协同部门\n1\t开展质量攻关\t市市场监管局\t市工业和信息化局\n`);
    const row = plan.clauses.find((clause) => clause.tableRow !== null)!;
    expect(row.segments.map((segment) => [segment.label, segment.role, segment.units.map((unit) => unit.text)])).toEqual([
      ["主办单位", "lead", ["市市场监管局"]],
      ["协同部门", "support", ["市工业和信息化局"]],
    ]);
  });

  it("leaves a unit column of an indicator table out of its indicators and years, whatever label heads it", () => {
    const GOALS = "示例市质量强市建设实施方案（2023—2025年）\n一、总体要求\n（一）主要目标\n到2025年，质量强市建设取得明显成效。主要指标如下：\n";
    for (const label of ["牵头单位", "协同部门", "参与单位", "其他责任单位"]) {
      const text = `${GOALS}序号\t指标名称\t单位\t2022年基数\t2025年目标\t${label}\n1\t制造业产品质量合格率\t%\t93.5\t94\t市市场监管局\n2\t食品抽检合格率\t%\t98.2\t98.5\t市市场监管局\n二、主要任务\n（一）推进质量创新\n1.开展质量攻关。〔责任单位：市市场监管局〕\n`;
      const targets = extractTargets(buildPlan(text)).targets.map((target) => [target.indicator, target.value, target.baseValue]);
      expect(targets, label).toEqual([
        ["制造业产品质量合格率", 94, 93.5],
        ["食品抽检合格率", 98.5, 98.2],
      ]);
    }
  });
});
