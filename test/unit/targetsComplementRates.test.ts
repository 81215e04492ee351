import { describe, expect, it } from "vitest";
import { analyze } from "../../server/src/core/analyze";
import { parentFromPlanText } from "../../server/src/core/parents/fromPlan";
import { complementName } from "../../server/src/core/targets/complementRates";
import { targetTableRows } from "../../server/src/core/targets/table";

/** A plan that cites the national outline, with its goals in `goals`. */
function plan(goals: string): string {
  return `示例市质量强市建设实施方案（2023—2025年）\n为贯彻落实党中央、国务院《质量强国建设纲要》，制定本方案。\n一、总体要求\n（一）主要目标\n${goals}\n二、主要任务\n（一）推进质量创新\n1.开展质量攻关。〔责任单位：市市场监管局〕\n`;
}

function rowsOf(text: string) {
  const { plan: document, parents } = analyze(text);
  return targetTableRows(document, parents, undefined).map((row) => [row.indicator, row.verdict, row.reason]);
}

describe("a rate set from its failing end, against the outline's passing one", () => {
  it("weighs 不合格率 as the 合格率 it leaves, and says so", () => {
    expect(rowsOf(plan("到2025年，全市食品抽检不合格率控制在2%以内，制造业产品质量不合格率低于7%，农产品质量安全例行监测不合格率不高于1.5%。"))).toEqual([
      ["食品抽检不合格率", "meets", "不低于纲要（本方案的“食品抽检不合格率”控制在2%以内，即“食品抽检合格率”98%以上）"],
      ["制造业产品质量不合格率", "weaker", "低于纲要的94%（本方案的“制造业产品质量不合格率”低于7%，即“制造业产品质量合格率”高于93%）"],
      ["农产品质量安全例行监测不合格率", "stricter", "高于纲要的98%以上（本方案的“农产品质量安全例行监测不合格率”不高于1.5%，即“农产品质量安全例行监测合格率”不低于98.5%）"],
    ]);
  });

  it("reads a change in percentage points the other way, and a change in percent of itself not at all", () => {
    expect(rowsOf(plan("到2025年，全市制造业产品质量不合格率上升1个百分点，食品抽检不合格率下降1个百分点，制造业产品质量不合格率比2020年下降10%。"))).toEqual([
      ["制造业产品质量不合格率", "weaker", "纲要的目标是94%，本方案的变化方向相反（本方案的“制造业产品质量不合格率”上升1个百分点，即“制造业产品质量合格率”下降1个百分点）"],
      ["食品抽检不合格率", "no-parent", "本方案的提高1个百分点是变化幅度，纲要的98%以上是目标值，口径不同，无法比较（本方案的“食品抽检不合格率”下降1个百分点，即“食品抽检合格率”提高1个百分点）"],
      ["制造业产品质量不合格率", "no-parent", "本方案的“制造业产品质量不合格率”下降10%是其自身按百分比的相对变化，无法换算为“制造业产品质量合格率”的数值或变化，不与纲要的94%比较"],
    ]);
  });

  it("says a change in percent of itself cannot be converted where the parent states the other end, and reads only its way against a direction", () => {
    const { plan: document, parents } = analyze(plan("到2025年，全市食品抽检不合格率下降10%，工程质量不合格率下降10%，工程质量不合格率上升5%。"));
    expect(targetTableRows(document, parents, undefined).map((row) => [row.indicator, row.verdict, row.parentStatus, row.reason])).toEqual([
      ["食品抽检不合格率", "no-parent", "not-comparable", "本方案的“食品抽检不合格率”下降10%是其自身按百分比的相对变化，无法换算为“食品抽检合格率”的数值或变化，不与纲要的98%以上比较"],
      ["工程质量不合格率", "meets", "compared", "与纲要的“不断提高”方向一致（本方案的“工程质量不合格率”下降10%，即“工程质量合格率”提高）"],
      ["工程质量不合格率", "weaker", "compared", "纲要要求“不断提高”，本方案方向相反（本方案的“工程质量不合格率”上升5%，即“工程质量合格率”下降）"],
    ]);
  });

  it("takes which way is better from the parent's other end turned round: a failing share's fall is no wrong direction", () => {
    const { findings } = analyze(plan("到2025年，全市食品抽检不合格率下降10%，制造业产品质量不合格率下降1个百分点，工程质量不合格率上升5%。"));
    expect(findings.filter((finding) => finding.rule === "targets/wrong-direction")).toEqual([]);
    // The rise is the wrong way: the parent's rule says so, against its 不断提高.
    expect(findings.filter((finding) => finding.rule === "targets/weaker-than-parent").map((finding) => finding.message)).toEqual([
      "“工程质量不合格率”的目标“上升5%”，纲要要求“不断提高”，本方案方向相反（本方案的“工程质量不合格率”上升5%，即“工程质量合格率”下降）（《质量强国建设纲要》：工程质量抽查符合率不断提高）",
    ]);
  });

  it("leaves shares that do not split in two, and a finding rate, alone", () => {
    expect(complementName("服务质量不满意率")).toBeNull();
    expect(complementName("食品抽检不合格发现率")).toBeNull();
    expect(rowsOf(plan("到2025年，全市服务质量不满意率低于5%，食品抽检不合格发现率不低于3%。")).map((row) => row[1])).toEqual(["no-parent", "no-parent"]);
  });

  it("says an aim's own verb, with what it was compared as", () => {
    expect(rowsOf(plan("到2025年，力争全市工业产品质量不合格率降至6.5%。"))).toEqual([
      ["工业产品质量不合格率", "weaker", "本方案力争降至6.5%（按“工业产品质量合格率”93.5%比较；力争目标，是努力方向而非底线），仍低于纲要的94%"],
    ]);
  });

  it("counts a failing share as taking up the outline's goal on the passing one (parent-not-localised)", () => {
    const { findings } = analyze(plan("到2025年，全市制造业质量竞争力指数达到86，制造业产品质量不合格率控制在6%以内，农产品质量安全例行监测不合格率和食品抽检不合格率均控制在2%以内。"));
    expect(findings.filter((finding) => finding.rule === "targets/parent-not-localised")).toEqual([]);
    expect(findings.filter((finding) => finding.rule === "targets/weaker-than-parent")).toEqual([]);
  });
});

describe("a plan's passing share against a parent's failing one", () => {
  const province = parentFromPlanText("示例省药品安全提升方案\n一、总体要求\n（一）主要目标\n到2025年，药品抽检不合格率控制在1%以内。\n", "省方案.plan");
  it("is weighed from the parent's end", () => {
    const text = "示例市药品安全提升方案\n为贯彻落实《示例省药品安全提升方案》，制定本方案。\n一、总体要求\n（一）主要目标\n到2025年，药品抽检合格率达到98.5%。\n";
    const { plan: document, parents } = analyze(text, { config: { parents: ["省方案.plan"] }, parents: [{ entry: "省方案.plan", parent: province, sourceText: province.text }] });
    expect(targetTableRows(document, parents, undefined).map((row) => [row.indicator, row.verdict, row.reason])).toEqual([
      ["药品抽检合格率", "weaker", "高于《示例省药品安全提升方案》的1%以内（本方案的“药品抽检合格率”98.5%，即“药品抽检不合格率”1.5%）"],
    ]);
  });
});
