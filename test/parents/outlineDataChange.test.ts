import { describe, expect, it } from "vitest";
import { analyze } from "../../server/src/core/analyze";
import shipped from "../../server/src/core/parents/data/quality-power-outline.json";
import { parseOutlineData } from "../../server/src/core/parents/index";
import { targetTableRows } from "../../server/src/core/targets/table";

/**
 * A replacement outline data file (docs/parents.md) states a goal that is a change from a base
 * (`万元工业增加值用水量比2020年下降13.5%`) as a parent written as a plan does: `change`, `baseYear`, and a
 * total over the years with `cumulative`. Without them a data file's 下降13.5% was a level, which
 * no plan's change could be compared with, and its base year was lost.
 */
describe("a goal of an outline data file that is a change from a base", () => {
  const data = {
    ...(shipped as Record<string, unknown>),
    targets2025: [
      ...(shipped as { targets2025: unknown[] }).targets2025,
      {
        bullet: "绿色发展",
        verified: true,
        indicators: [
          { name: "万元工业增加值用水量", value: 13.5, unit: "%", qualifier: "", quantified: true, comparator: "下降", higherIsBetter: false, change: true, baseYear: 2020, wording: "万元工业增加值用水量比2020年下降13.5%" },
          { name: "质量标准实验室", value: 20, unit: "个", qualifier: "", quantified: true, comparator: "建设", higherIsBetter: true, cumulative: true, wording: "累计建设质量标准实验室20个" },
        ],
      },
    ],
  };
  const text = JSON.stringify(data);
  const parsed = parseOutlineData(text, "outline.json");
  if (!parsed.ok) throw new Error("the data file should be valid");
  const parent = { ...parsed.parent, id: "outline.json" };

  const rowsOf = (goals: string) => {
    const plan = `---\n层级: 市\n上位文件: 质量强国建设纲要\n---\n示例市质量强市建设实施方案\n一、总体要求\n（一）主要目标\n到2025年，${goals}\n`;
    const analysis = analyze(plan, { config: { parents: ["outline.json"] }, parents: [{ entry: "outline.json", parent, sourceText: text }] });
    return targetTableRows(analysis.plan, analysis.parents, undefined).map((row) => [row.indicator, row.verdict, row.parentStatus]);
  };

  it("keeps the fields on the parent's goal", () => {
    const goal = parent.targets2025.find((target) => target.indicator === "万元工业增加值用水量");
    expect([goal?.change, goal?.baseYear]).toEqual([true, 2020]);
    expect(parent.targets2025.find((target) => target.indicator === "质量标准实验室")?.cumulative).toBe(true);
  });

  it("compares a plan's change from the same base, and not one from another base", () => {
    expect(rowsOf("万元工业增加值用水量比2020年下降14%。")).toEqual([["万元工业增加值用水量", "stricter", "compared"]]);
    expect(rowsOf("万元工业增加值用水量比2020年下降12%。")).toEqual([["万元工业增加值用水量", "weaker", "compared"]]);
    expect(rowsOf("万元工业增加值用水量比2022年下降14%。")[0]![2]).toBe("not-comparable");
  });
});
