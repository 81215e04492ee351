import { describe, expect, it } from "vitest";
import { analyze } from "../../server/src/core/analyze";

const PLAN = (goals: string, table: string) =>
  "示例市质量强市建设实施方案（2024—2025年）\n为贯彻落实《质量强国建设纲要》，制定本方案。\n一、总体要求\n（一）主要目标\n" +
  goals +
  "主要指标如下：\n序号\t指标名称\t单位\t2023年（基期）\t2025年\n" +
  table +
  "二、重点任务\n（一）提升产品质量\n1.强化质量攻关。开展质量攻关。（责任单位：市市场监管局）\n";

const weaker = (text: string) =>
  analyze(text)
    .findings.filter((finding) => finding.rule === "targets/weaker-than-parent")
    .map((finding) => [text.slice(0, finding.start).split("\n").length, finding.message]);

describe("targets/weaker-than-parent on a target the text and a table both state", () => {
  it("reports it once, at the first statement, naming the table", () => {
    const text = PLAN("到2025年，制造业质量竞争力指数达到85，制造业产品质量合格率达到93%。\n", "1\t制造业质量竞争力指数\t—\t84.5\t85\n2\t制造业产品质量合格率\t%\t92.8\t93\n");
    expect(weaker(text)).toEqual([
      [5, "“制造业质量竞争力指数”的目标“85”，低于纲要的86（《质量强国建设纲要》：制造业质量竞争力指数达到86）；一、（一）的指标表再次写明同一目标，不重复报告"],
      [5, "“制造业产品质量合格率”的目标“93%”，低于纲要的94%（《质量强国建设纲要》：制造业产品质量合格率达到94%）；一、（一）的指标表再次写明同一目标，不重复报告"],
    ]);
  });

  it("reports both statements where their figures differ", () => {
    const text = PLAN("到2025年，制造业质量竞争力指数达到85。\n", "1\t制造业质量竞争力指数\t—\t84.5\t85.5\n");
    expect(weaker(text).map(([line]) => line)).toEqual([5, 8]);
  });
});

describe("targets/weaker-than-baseline on a target the text and a table both state", () => {
  const below = (text: string) =>
    analyze(text)
      .findings.filter((finding) => finding.rule === "targets/weaker-than-baseline")
      .map((finding) => [text.slice(0, finding.start).split("\n").length, finding.message]);
  const PLAN_2030 = (table: string) =>
    "示例市“十五五”质量强市建设规划（2026—2030年）\n一、发展基础\n2025年，全市每万人口高价值发明专利拥有量达到12.3件。\n二、总体要求\n（一）主要目标\n" +
    "到2030年，每万人口高价值发明专利拥有量达到11件。\n序号\t指标\t单位\t2025年（基期）\t2030年\t属性\n" +
    table;

  it("reports it once, at the first statement, naming the table", () => {
    expect(below(PLAN_2030("1\t每万人口高价值发明专利拥有量\t件\t12.3\t11\t预期性\n"))).toEqual([
      [6, "“每万人口高价值发明专利拥有量”的目标“11件”低于方案自己给出的现状数值12.3件（该指标越高越好）：请核对目标或现状数值；二、（一）的指标表再次写明同一目标，不重复报告"],
    ]);
  });

  it("reports both statements where the table's base differs", () => {
    expect(below(PLAN_2030("1\t每万人口高价值发明专利拥有量\t件\t12.5\t11\t预期性\n")).map(([line]) => line)).toEqual([6, 8]);
  });
});
