import { describe, expect, it } from "vitest";
import { analyze } from "../../server/src/core/analyze";
import { parentFromPlanText } from "../../server/src/core/parents/fromPlan";
import { betterWayByName } from "../../server/src/core/targets/polarity";
import { targetTableRows } from "../../server/src/core/targets/table";
import { targetsOf } from "../support/targets";

const TITLE = "示例市优化营商环境质量服务行动方案（2024—2026年）\n一、总体要求\n（一）主要目标\n";
const GOALS = `${TITLE}到2026年，`;
const fields = (text: string) => targetsOf(`${GOALS}${text}\n`).map((t) => [t.kind, t.indicator, t.comparator, t.value, t.unit, t.sense, t.baseYear, t.baseValue]);
const findings = (text: string, rule: string) => analyze(text).findings.filter((finding) => finding.rule === rule).map((finding) => finding.message);

describe("the time a service or a procedure takes is better short", () => {
  it("reads a cycle, a time limit, a time taken as lower is better by its name", () => {
    for (const name of ["企业开办时间", "平均检验检测周期", "工业产品生产许可审批时限", "计量器具检定用时", "特种设备检验耗时", "平均等待时长"]) expect(betterWayByName(name), name).toBe("down");
    // A time given is to be long; 优良天数 counts good days.
    for (const name of ["政务服务时间", "人均培训时长", "空气质量优良天数"]) expect(betterWayByName(name), name).not.toBe("down");
    // In days: a procedure's word or 平均 before 天数 makes it a time taken; days of a state are counted.
    for (const name of ["工程建设项目审批天数", "企业开办平均办理天数", "不动产登记办理天数", "应收账款周转天数", "专利审查平均天数"]) expect(betterWayByName(name), name).toBe("down");
    for (const name of ["空气质量平均优良天数", "重污染天数", "年培训天数"]) expect(betterWayByName(name), name).not.toBe("down");
  });

  it("reads a time cut by so much as a change down, and cut to a figure as a ceiling, with its base", () => {
    expect(fields("计量器具检定用时缩短30%，检验报告出具时限压减50%，政务服务事项办理时间较2023年缩短40%，标准制定周期由24个月缩短至18个月，企业注销时间压缩到5个工作日。")).toEqual([
      ["delta", "计量器具检定用时", "缩短", 30, "%", "down", null, null],
      ["delta", "检验报告出具时限", "压减", 50, "%", "down", null, null],
      ["delta", "政务服务事项办理时间", "缩短", 40, "%", "down", 2023, null],
      ["level", "标准制定周期", "缩短至", 18, "个月", "down", null, 24],
      ["level", "企业注销时间", "压缩到", 5, "个工作日", "down", null, null],
    ]);
    // 压缩 before no figure is a task's verb.
    expect(fields("压缩办理时限，缩短检验周期。")).toEqual([]);
  });

  it("finds no goal weaker than its base where a shorter time is the goal: a table's bare figures, 达到 a time", () => {
    const table = "序号\t指标名称\t单位\t2023年基数\t2026年目标\n1\t企业开办时间\t个工作日\t3\t1\n2\t平均检验检测周期\t天\t8\t5\n";
    expect(findings(`${TITLE}主要指标如下：\n${table}`, "targets/weaker-than-baseline")).toEqual([]);
    expect(findings(`${GOALS}检验检测报告出具时间（2023年为6天）达到4天。\n`, "targets/weaker-than-baseline")).toEqual([]);
    const days = "序号\t指标名称\t单位\t2025年基数\t2026年目标\n1\t工程建设项目审批天数\t天\t60\t45\n2\t企业开办平均办理天数\t天\t3\t1\n";
    expect(findings(`${TITLE}主要指标如下：\n${days}`, "targets/weaker-than-baseline")).toEqual([]);
    expect(findings(`${GOALS}不动产登记平均办理天数增加20%。\n`, "targets/wrong-direction")).toHaveLength(1);
    // A time longer than today's is a goal the wrong way.
    expect(findings(`${TITLE}主要指标如下：\n序号\t指标名称\t单位\t2023年基数\t2026年目标\n1\t企业开办时间\t个工作日\t3\t5\n`, "targets/weaker-than-baseline")).toEqual([
      "“企业开办时间”的目标“5个工作日”高于方案自己给出的基期数值2023年的3个工作日（该指标越低越好）：请核对目标或基期数值",
    ]);
  });

  it("reports a time that grows as a change the wrong way", () => {
    expect(findings(`${GOALS}平均检验检测周期增加20%。\n`, "targets/wrong-direction")).toHaveLength(1);
    expect(findings(`${GOALS}平均检验检测周期缩短20%。\n`, "targets/wrong-direction")).toEqual([]);
  });

  it("compares with a plan parent's table of times as times: the shorter the stricter", () => {
    const province = parentFromPlanText(
      "---\n标题: 示例省优化营商环境行动方案\n发文机关: 示例省人民政府\n---\n示例省优化营商环境行动方案\n一、总体要求\n（一）主要目标\n主要指标如下：\n序号\t指标名称\t单位\t2025年目标\n1\t企业开办时间\t个工作日\t3\n",
      "上位.plan",
    );
    expect(province.targets2025.map((goal) => [goal.indicator, goal.value, goal.higherIsBetter])).toEqual([["企业开办时间", 3, false]]);
    const rows = (goals: string) => {
      const text = `---\n层级: 省\n上位文件: 示例省优化营商环境行动方案\n---\n示例省质量服务行动方案\n一、总体要求\n（一）主要目标\n${goals}\n`;
      const { plan, parents } = analyze(text, { parents: [{ entry: "上位.plan", parent: province, sourceText: province.text }] });
      return targetTableRows(plan, parents, undefined).map((row) => [row.indicator, row.verdict]);
    };
    expect(rows("到2025年，企业开办时间压缩至1个工作日。")).toEqual([["企业开办时间", "stricter"]]);
    expect(rows("到2025年，企业开办时间达到5个工作日。")).toEqual([["企业开办时间", "weaker"]]);
  });
});
