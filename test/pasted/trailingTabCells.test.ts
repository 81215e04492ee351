import { describe, expect, it } from "vitest";
import { analyze } from "../../server/src/core/analyze";
import { layoutPlan } from "../../server/src/core/export/layout";
import { extractTargets } from "../../server/src/core/targets/extract";

/**
 * An indicator table pasted with tabs whose rows end with a tab where their last cell is empty
 * (a 属性 or a 2025年 left blank): the tab closes an empty cell, not a missing one. The targets
 * are those of the same table with the cell filled by nothing else, and the export keeps every
 * row as wide as its header, the empty cell in its column.
 */
const HEAD = "示例市质量强市建设行动方案\n为贯彻落实《质量强国建设纲要》，制定本方案。\n一、总体要求\n（一）主要目标\n到2025年，质量水平显著提升。主要指标如下：\n";
const TAIL = "二、重点任务\n（一）提升产业质量\n1.实施质量提升行动。开展质量攻关。〔责任单位：市工信局〕\n";
const table = (rows: string[]) => HEAD + rows.join("\n") + "\n" + TAIL;

const withAttribute = table([
  "序号\t指标名称\t单位\t2022年\t2025年\t属性",
  "1\t制造业产品质量合格率\t%\t93.5\t95\t预期性",
  "2\t食品抽检合格率\t%\t98\t98.5\t",
  "3\t新增地方标准\t项\t\t10\t约束性",
  "4\t公共服务质量满意度\t分\t80\t82\t",
]);
const lastIsGoal = table([
  "序号\t指标名称\t单位\t2022年\t2025年",
  "1\t制造业产品质量合格率\t%\t93.5\t95",
  "2\t食品抽检合格率\t%\t98\t",
  "3\t新增地方标准\t项\t\t10",
]);

const targetsOf = (text: string) => extractTargets(analyze(text).plan).targets.map((target) => `${target.indicator} ${target.value}${target.unit} ${target.horizon}`);
const tableRows = (text: string) => layoutPlan(analyze(text).plan).blocks.flatMap((block) => (block.kind === "table" ? block.rows : []));

describe("a tab-pasted table whose rows end with a tab", () => {
  it("reads the trailing empty attribute cell as empty: every goal with its year", () => {
    expect(targetsOf(withAttribute)).toEqual(["制造业产品质量合格率 95% 2025", "食品抽检合格率 98.5% 2025", "地方标准 10项 2025", "公共服务质量满意度 82分 2025"]);
    expect(targetsOf(withAttribute)).toEqual(targetsOf(withAttribute.replace(/\t\n/g, "\t预期性\n")));
  });

  it("reads an empty goal cell as no goal: the base year's figure never moves into the goal's column", () => {
    expect(targetsOf(lastIsGoal)).toEqual(["制造业产品质量合格率 95% 2025", "地方标准 10项 2025"]);
  });

  it("exports every row as wide as its header, the empty cell kept", () => {
    for (const text of [withAttribute, lastIsGoal]) {
      const rows = tableRows(text);
      expect(rows.length).toBeGreaterThan(3);
      for (const row of rows) expect(row.length).toBe(rows[0]!.length);
    }
    expect(tableRows(withAttribute)[2]).toEqual(["2", "食品抽检合格率", "%", "98", "98.5", ""]);
  });
});
