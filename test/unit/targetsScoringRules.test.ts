import { describe, expect, it } from "vitest";
import { analyze } from "../../server/src/core/analyze";
import { buildPlan } from "../../server/src/core/model/buildPlan";
import { extractTargets } from "../../server/src/core/targets/extract";

/**
 * A 考核评分细则 states when points are given or taken (`覆盖率低于50%的扣3分`): its threshold is
 * no target of the plan's, nor are its points (targets/scoringRules.ts) — while the goals' own
 * figures, stated as such, stay targets.
 */
const plan = (rules: string) =>
  [
    "示例市质量强市建设实施方案（2026—2030年）",
    "一、总体要求",
    "（一）主要目标",
    "到2030年，制造业产品质量合格率达到95%以上，食品抽检合格率达到98%以上。",
    "二、主要任务",
    "（一）提升质量。开展质量提升行动。〔责任单位：市市场监管局〕",
    "三、保障措施",
    "（一）强化考核。将质量工作纳入绩效考核，考核评分细则如下：",
    rules,
    "",
  ].join("\n");
const read = (text: string) => extractTargets(buildPlan(text)).targets.map((t) => [t.indicator, t.comparator, t.value]);
const GOALS = [
  ["制造业产品质量合格率", "达到", 95],
  ["食品抽检合格率", "达到", 98],
];

describe("a scoring rule's threshold and points", () => {
  it("reads no target in a threshold that takes or gives points", () => {
    const text = plan(
      [
        "1.制造业产品质量合格率达到95%以上的得10分，每低1个百分点扣1分。",
        "2.食品抽检合格率低于98%的扣3分，覆盖率低于50%的扣3分。",
        "3.发生重大质量安全事故的，每发现一起扣2分，最高扣10分。",
        "4.质量投诉处理率达到100%的，加2分；低于90%扣 1 分。",
      ].join("\n"),
    );
    expect(read(text)).toEqual(GOALS);
  });

  it("reads no threshold of a scoring table pasted with tabs", () => {
    const text = `${plan("1.按季度通报考核结果。")}附件\n质量工作考核评分细则\n考核项目\t评分标准\t分值\n产品质量\t制造业产品质量合格率达到95%以上的得10分，每低1个百分点扣1分\t10\n食品安全\t食品抽检合格率低于98%的扣3分\t5\n`;
    expect(read(text)).toEqual(GOALS);
  });

  it("leaves no finding on a scoring rule that restates the goals' indicators lower", () => {
    const text = plan("2.食品抽检合格率低于98%的扣3分，制造业产品质量合格率低于90%的扣3分。");
    expect(analyze(text).findings.filter((finding) => finding.rule.startsWith("targets/"))).toEqual([]);
  });

  it("keeps a goal followed by words that give no points", () => {
    const text = plan("1.考核结果与绩效挂钩，食品抽检合格率达到98%的，加强通报表扬。");
    expect(read(text)).toEqual([...GOALS, ["食品抽检合格率", "达到", 98]]);
  });
});
