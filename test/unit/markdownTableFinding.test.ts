import { describe, expect, it } from "vitest";
import { analyze } from "../../server/src/core/analyze";
import { fixAll } from "../../server/src/core/fixes/applyFixes";

const PLAN = "一、主要任务\n（一）开展质量攻关。组织实施攻关项目。\n\n";
const marks = (text: string) => analyze(text).findings.filter((finding) => finding.rule === "structure/markdown-marks");

describe("structure/markdown-marks reports a Markdown table once, its fix converting the whole table", () => {
  const table = "| 指标 | 单位 | 2025年目标 |\n|---|---|---|\n| 食品抽检合格率 | % | 98 |\n| 制造业产品质量合格率 | % | 95 |\n";

  it("gives one finding over the table, whose one fix makes every row tabbed and drops the delimiter row", () => {
    const text = `${PLAN}${table}`;
    const found = marks(text);
    expect(found).toHaveLength(1);
    expect(text.slice(found[0]!.start, found[0]!.end)).toBe(table.trimEnd());
    expect(found[0]!.message).toContain("3行");
    expect(fixAll(text).text).toBe(`${PLAN}指标\t单位\t2025年目标\n食品抽检合格率\t%\t98\n制造业产品质量合格率\t%\t95\n`);
  });

  it("gives a table without outer pipes one finding too, and two tables apart by a line two", () => {
    expect(marks(`${PLAN}指标 | 单位 | 2027年\n--- | --- | ---\n万人高价值发明专利拥有量 | 件 | 12\n`)).toHaveLength(1);
    expect(marks(`${PLAN}${table}\n${table}`)).toHaveLength(2);
  });
});
