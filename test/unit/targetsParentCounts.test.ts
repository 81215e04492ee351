import { describe, expect, it } from "vitest";
import { analyze } from "../../server/src/core/analyze";
import { parentFromPlanText } from "../../server/src/core/parents/fromPlan";
import { targetTableRows } from "../../server/src/core/targets/table";

/** A parent plan whose goals count what its period adds (培育…10家), beside a rate. */
function parentPlan(place: string, figures: string) {
  const text = `${place}质量强${place.slice(-1)}建设实施方案\n为贯彻落实《质量强国建设纲要》，制定本方案。\n一、总体要求\n（一）主要目标\n到2025年，${figures}\n二、重点任务\n（一）加强计量工作\n推进计量体系建设。\n`;
  return parentFromPlanText(text, "上位方案.plan");
}

function analyzeUnder(parent: ReturnType<typeof parentPlan>, title: string, goals: string) {
  const text = `${title}\n为贯彻落实《${parent.title}》，制定本方案。\n一、总体要求\n（一）主要目标\n${goals}\n二、重点任务\n（一）加强计量工作\n推进计量体系建设。（责任单位：市市场监管局）\n`;
  return analyze(text, { config: { parents: ["上位方案.plan"] }, parents: [{ entry: "上位方案.plan", parent, sourceText: parent.text }] });
}

function rowsUnder(parent: ReturnType<typeof parentPlan>, title: string, goals: string) {
  const { plan, parents } = analyzeUnder(parent, title, goals);
  return targetTableRows(plan, parents, undefined).map((row) => [row.indicator, row.verdict, row.reason]);
}

const CITY = parentPlan("示例市", "全市培育省级质量标杆企业10家，新增国家地理标志产品5个，制造业产品质量合格率达到95%。");
const PROVINCE = parentPlan("示例省", "全省培育省级质量标杆企业100家，制造业产品质量合格率达到95%。");

describe("a plan's count against what its parent plan's period adds", () => {
  it("is weighed at the parent's level of government, the parent's count no longer 'no such indicator'", () => {
    expect(rowsUnder(CITY, "示例市市场监督管理局质量提升行动方案", "到2025年，培育省级质量标杆企业5家，新增国家地理标志产品8个。")).toEqual([
      ["省级质量标杆企业", "weaker", "低于《示例市质量强市建设实施方案》的10家"],
      ["国家地理标志产品", "stricter", "高于《示例市质量强市建设实施方案》的5个"],
    ]);
  });

  it("is not weighed against a province's sum, and says why", () => {
    expect(rowsUnder(PROVINCE, "示例市质量强市建设实施方案", "到2025年，全市培育省级质量标杆企业10家。")).toEqual([
      ["省级质量标杆企业", "no-parent", "数量按行政区域合计：《示例省质量强省建设实施方案》的100家是全省的，本方案的是全市的，不作比较"],
    ]);
  });

  it("is not weighed from a total, nor over another span of years, nor after the parent's period", () => {
    expect(rowsUnder(CITY, "示例市市场监督管理局质量提升行动方案", "到2025年，省级质量标杆企业达到30家。到2027年，培育省级质量标杆企业9家。")).toEqual([
      ["省级质量标杆企业", "no-parent", "本方案的30家是总量，《示例市质量强市建设实施方案》的10家是新建（新增）的数量，口径不同，无法比较"],
      ["省级质量标杆企业", "no-parent", "本方案的9家是到2027年新建（新增）的数量，《示例市质量强市建设实施方案》的10家是到2025年的，期间不同，不作比较"],
    ]);
    expect(rowsUnder(CITY, "示例市市场监督管理局质量提升行动方案（2026—2030年）", "到2030年，培育省级质量标杆企业3家。")).toEqual([
      ["省级质量标杆企业", "no-parent", "《示例市质量强市建设实施方案》的10家是2025年的目标，本方案2026年起实施，不作比较"],
    ]);
  });

  it("asks no plan to localise the parent's counts (targets/parent-not-localised)", () => {
    const { findings } = analyzeUnder(CITY, "示例市市场监督管理局质量提升行动方案", "到2025年，制造业产品质量合格率达到95%。");
    expect(findings.filter((finding) => finding.rule === "targets/parent-not-localised")).toEqual([]);
  });
});
