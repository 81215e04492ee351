import { describe, expect, it } from "vitest";
import { analyze } from "../../server/src/core/analyze";
import { buildPlan } from "../../server/src/core/model/buildPlan";
import { extractTargets } from "../../server/src/core/targets/extract";

/**
 * A 工作要点 written as a 分工表 (序号｜重点任务｜具体措施｜牵头单位｜配合单位｜完成时限): the targets
 * stand in the 具体措施 cell, in prose. A cell's edge is a clause's: the indicator is the cell's
 * words, never the 序号 and the task cell before the tab (qa-48a: `全年主要目标<TAB>制造业产品质量合格率
 * 稳定在94%以上` was read as 主要目标's, `2<TAB>质量品牌<TAB>培育品牌产品10个` named by all three cells,
 * and a blank `新增…  家` opening a cell was no target at all).
 */
const HEAD = "示例市2025年质量强市工作要点\n\n序号\t重点任务\t具体措施\t牵头单位\t配合单位\t完成时限\n一、主要目标\n";
const row = (cells: string[]) => cells.join("\t") + "\n";

const read = (text: string) => extractTargets(buildPlan(text)).targets.map((t) => [t.indicator, t.kind, t.value, t.unit]);
const rules = (text: string) => analyze(text).findings.map((f) => f.rule);

describe("targets in a 分工表's 具体措施 cells", () => {
  it("names a rate by its own cell's words", () => {
    const text = HEAD + row(["1", "全年目标", "制造业产品质量合格率稳定在94%以上，食品抽检合格率达到98%以上。", "市市场监管局", "市工信局", "2025年12月底"]);
    expect(read(text)).toEqual([
      ["制造业产品质量合格率", "level", 94, "%"],
      ["食品抽检合格率", "level", 98, "%"],
    ]);
  });

  it("names a count by its own cell's words", () => {
    const text = HEAD + row(["2", "质量品牌", "培育品牌产品10个以上。", "市市场监管局", "市工信局", "2025年12月底"]);
    expect(read(text)).toEqual([["品牌产品", "count", 10, "个"]]);
  });

  it("reads a blank count opening a cell, and in a cell Excel quoted for its line breaks", () => {
    const plain = HEAD + row(["2", "质量品牌", "新增省级质量标杆企业  家，新增品牌产品10个以上。", "市市场监管局", "市工信局", "2025年12月底"]);
    expect(read(plain)).toEqual([
      ["省级质量标杆企业", "count", null, "家"],
      ["品牌产品", "count", 10, "个"],
    ]);
    expect(rules(plain)).toContain("targets/blank");
    const quoted = HEAD + '2\t质量品牌\t"新增省级质量标杆企业  家，\n全市制造业产品质量合格率稳定在94%以上。"\t市市场监管局\t市工信局\t2025年12月底\n';
    expect(read(quoted)).toEqual([
      ["省级质量标杆企业", "count", null, "家"],
      ["制造业产品质量合格率", "level", 94, "%"],
    ]);
    expect(rules(quoted)).toContain("targets/blank");
  });

  it("still names an indicator table's figure by its row", () => {
    const text = "示例市质量强市建设实施方案（2023—2025年）\n一、总体要求\n（一）主要目标\n序号\t指标名称\t单位\t2022年基数\t2025年目标\n1\t制造业产品质量合格率\t%\t93.5\t≥94\n2\t食品抽检合格率\t%\t98.2\t98.5以上\n";
    expect(read(text).map((t) => t[0])).toEqual(["制造业产品质量合格率", "食品抽检合格率"]);
  });
});
