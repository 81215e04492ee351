import { describe, expect, it } from "vitest";
import { analyze } from "../../server/src/core/analyze";
import { parentFromPlanText } from "../../server/src/core/parents/fromPlan";
import { targetTableRows } from "../../server/src/core/targets/table";
import { rankAmong } from "../../server/src/core/targets/ranks";

/** A plan of `level` with the goals `goals`, against the national outline or the given parent. */
function analysed(goals: string, parentText?: string) {
  const cites = parentText ? "上位文件: 示例省质量强省建设实施意见" : "上位文件: 质量强国建设纲要";
  const text = `---\n层级: 市\n${cites}\n---\n示例市质量强市建设实施方案\n一、总体要求\n（一）主要目标\n到2025年，${goals}\n`;
  const parent = parentText ? parentFromPlanText(parentText, "上位.plan") : null;
  return analyze(text, parent ? { parents: [{ entry: "上位.plan", parent, sourceText: parentText! }] } : {});
}

function rowsOf(goals: string, parentText?: string) {
  const { plan, parents } = analysed(goals, parentText);
  return targetTableRows(plan, parents, undefined).map((row) => [row.indicator, row.figure, row.verdict, row.parentStatus, row.reason]);
}

const PROVINCE =
  "---\n标题: 示例省质量强省建设实施意见\n发文机关: 示例省人民政府\n---\n示例省质量强省建设实施意见\n一、总体要求\n（一）主要目标\n到2025年，食品抽检合格率不低于全国平均水平，制造业产品质量合格率高于全国平均水平，服务质量满意度不低于全国平均水平。\n";

describe("targets set against an average", () => {
  it("reads each form of a relative target, and its sense", () => {
    const { plan, parents } = analysed("食品抽检合格率达到全国平均水平，制造业产品质量合格率高于全省平均水平2个百分点，单位GDP能耗低于全省平均水平，服务质量满意度保持在全国平均水平以上，制造业质量竞争力指数高于全国水平。");
    const rows = targetTableRows(plan, parents, undefined);
    expect(rows.map((row) => [row.indicator, row.kind, row.figure, row.verdict, row.parentStatus])).toEqual([
      ["食品抽检合格率", "direction", "达到全国平均水平", "no-parent", "not-comparable"],
      ["制造业产品质量合格率", "direction", "高于全省平均水平2个百分点", "no-parent", "not-comparable"],
      ["单位GDP能耗", "direction", "低于全省平均水平", "no-parent", "not-comparable"],
      ["服务质量满意度", "direction", "保持在全国平均水平以上", "no-parent", "not-comparable"],
      ["制造业质量竞争力指数", "direction", "高于全国水平", "no-parent", "not-comparable"],
    ]);
  });

  it("says in the row and in targets/relative alike why it is not compared with the outline's figure or direction", () => {
    const goals = "食品抽检合格率不低于全国平均水平，单位GDP能耗低于全省平均水平，农产品质量安全例行监测合格率达到98%以上。";
    expect(rowsOf(goals).map((row) => row[4])).toEqual([
      "本方案的目标是相对全国平均水平的（不低于全国平均水平），没有自己的数值，无法与纲要的98%以上比较",
      "本方案的目标是相对全省平均水平的（低于全省平均水平），没有自己的数值，无法与纲要的“不断下降”比较",
      "不低于纲要",
    ]);
    const { findings } = analysed(goals);
    expect(findings.filter((finding) => finding.rule === "targets/relative").map((finding) => finding.message)).toEqual([
      "“食品抽检合格率”：本方案的目标是相对全国平均水平的（不低于全国平均水平），没有自己的数值，无法与纲要的98%以上比较（《质量强国建设纲要》：农产品质量安全例行监测合格率和食品抽检合格率均达到98%以上）",
      "“单位GDP能耗”：本方案的目标是相对全省平均水平的（低于全省平均水平），没有自己的数值，无法与纲要的“不断下降”比较（《质量强国建设纲要》：单位GDP资源能源消耗不断下降）",
    ]);
    expect(findings.filter((finding) => finding.rule === "targets/weaker-than-parent")).toEqual([]);
  });

  it("compares it with a parent's target against the same average, and with nothing else", () => {
    expect(rowsOf("食品抽检合格率高于全国平均水平，制造业产品质量合格率不低于全国平均水平，服务质量满意度不低于全省平均水平。", PROVINCE)).toEqual([
      ["食品抽检合格率", "高于全国平均水平", "stricter", "compared", "严于《示例省质量强省建设实施意见》的“不低于全国平均水平”"],
      ["制造业产品质量合格率", "不低于全国平均水平", "weaker", "compared", "《示例省质量强省建设实施意见》要求“高于全国平均水平”，本方案只要求“不低于全国平均水平”"],
      ["服务质量满意度", "不低于全省平均水平", "no-parent", "not-comparable", "本方案的目标相对全省平均水平，《示例省质量强省建设实施意见》的“不低于全国平均水平”相对全国平均水平，无法比较"],
    ]);
    // A figure against a parent's relative target: no verdict, and the info says so.
    expect(rowsOf("食品抽检合格率达到99%。", PROVINCE)).toEqual([
      ["食品抽检合格率", "99%", "no-parent", "not-comparable", "《示例省质量强省建设实施意见》的目标是相对全国平均水平的（不低于全国平均水平），本方案的99%无法与之比较"],
    ]);
  });
});

describe("rank goals: a standing among other areas", () => {
  it("reads a rank in each form, and no plain direction nor a bare 领先 as one", () => {
    for (const phrase of ["位居全国前列", "保持全省第一方阵", "进入全国前十", "全省排名前3位", "跻身全国第一梯队", "达到国内领先水平", "继续保持全市首位"]) {
      expect(rankAmong(phrase), phrase).not.toBeNull();
    }
    expect(rankAmong("位居全国前列")).toEqual({ area: "全国" });
    for (const phrase of ["稳步提升", "不低于全国平均水平", "领先", "前进", "达到98%以上", null]) expect(rankAmong(phrase), String(phrase)).toBeNull();
  });

  it("is not compared with the outline's figure, and says it is a ranking; a plain direction stays weaker", () => {
    const goals = "农产品质量安全例行监测合格率位居全国前列，食品抽检合格率保持全省第一方阵，制造业产品质量合格率进入全国前十，制造业质量竞争力指数稳步提升。";
    expect(rowsOf(goals).map((row) => [row[0], row[2], row[3], row[4]])).toEqual([
      ["农产品质量安全例行监测合格率", "no-parent", "not-comparable", "本方案的目标是排名（位居全国前列），取决于与其他地区相比的位次，没有自己的数值，无法与纲要的98%以上比较"],
      ["食品抽检合格率", "no-parent", "not-comparable", "本方案的目标是排名（保持全省第一方阵），取决于与其他地区相比的位次，没有自己的数值，无法与纲要的98%以上比较"],
      ["制造业产品质量合格率", "no-parent", "not-comparable", "本方案的目标是排名（进入全国前十），取决于与其他地区相比的位次，没有自己的数值，无法与纲要的94%比较"],
      ["制造业质量竞争力指数", "weaker", "compared", "纲要的目标是86，本方案只有方向性表述，没有落实数值"],
    ]);
    const { findings } = analysed(goals);
    expect(findings.filter((finding) => finding.rule === "targets/relative")).toHaveLength(3);
    expect(findings.filter((finding) => finding.rule === "targets/weaker-than-parent")).toHaveLength(1);
  });

  it("says a parent's rank cannot be weighed against the plan's figure, and meets the same rank", () => {
    const parent = "---\n标题: 示例省质量强省建设实施意见\n发文机关: 示例省人民政府\n---\n示例省质量强省建设实施意见\n一、总体要求\n（一）主要目标\n到2025年，食品抽检合格率位居全国前列，制造业产品质量合格率位居全国前列。\n";
    expect(rowsOf("食品抽检合格率达到99%，制造业产品质量合格率位居全国前列。", parent).map((row) => [row[2], row[4]])).toEqual([
      ["no-parent", "《示例省质量强省建设实施意见》的目标是排名（位居全国前列），取决于与其他地区相比的位次，本方案的99%无法与之比较"],
      ["meets", "与《示例省质量强省建设实施意见》的“位居全国前列”相同"],
    ]);
  });
});
