import { describe, expect, it } from "vitest";
import { analyze } from "../../server/src/core/analyze";
import { buildPlan } from "../../server/src/core/model/buildPlan";
import { extractTargets, indicatorTables } from "../../server/src/core/targets/extract";

const GOALS = "示例市质量强市建设实施方案（2024—2025年）\n一、总体要求\n（一）主要目标\n到2025年，质量强市建设取得明显成效。主要指标如下：\n";
const TASKS = "二、主要任务\n（一）推进质量创新\n1.开展质量攻关。〔责任单位：市市场监管局〕\n";
const HEADER = "序号\t指标名称\t单位\t基期值\t2023年预计\t2025年目标\n";
const ROWS = "1\t制造业产品质量合格率\t%\t93.2\t93.6\t94.5\n2\t制造业质量竞争力指数\t\t\t85.5\t85\n";

const read = (text: string) => extractTargets(buildPlan(text)).targets.map((t) => [t.indicator, t.value, t.horizon, t.baseYear, t.baseValue, t.estimate]);

describe("an indicator table's 预计 column beside its base column", () => {
  it("is carried on each target, beside the base, and stands in for a blank base", () => {
    expect(read(GOALS + HEADER + ROWS + TASKS)).toEqual([
      ["制造业产品质量合格率", 94.5, 2025, null, 93.2, { year: 2023, value: 93.6, unit: "%" }],
      ["制造业质量竞争力指数", 85, 2025, 2023, 85.5, { year: 2023, value: 85.5, unit: "" }],
    ]);
  });

  it("is what targets/weaker-than-baseline names where it stands in for the base", () => {
    const findings = analyze(GOALS + HEADER + ROWS + TASKS).findings.filter((finding) => finding.rule === "targets/weaker-than-baseline");
    expect(findings.map((finding) => finding.message)).toEqual(["“制造业质量竞争力指数”的目标“85”低于方案自己给出的预计数值2023年的85.5（该指标越高越好）：请核对目标或预计数值"]);
  });
});

describe("an indicator table's section rows", () => {
  it("a heading merged into one line (一、产业质量) leaves the table open for the rows under it", () => {
    const rows = read(GOALS + HEADER + "一、产业质量\n" + ROWS + "二、服务质量\n3\t公共服务质量满意度\t分\t80\t81\t82\n" + TASKS);
    expect(rows.map((row) => [row[0], row[1]])).toEqual([
      ["制造业产品质量合格率", 94.5],
      ["制造业质量竞争力指数", 85],
      ["公共服务质量满意度", 82],
    ]);
  });

  it("a section's numeral in 序号 with the heading in the next cell is the table's line, no row", () => {
    const text = GOALS + HEADER + "一\t产业质量\t\t\t\t\n" + ROWS + TASKS;
    const plan = buildPlan(text);
    const section = plan.lines.find((line) => text.slice(line.start, line.end).startsWith("一\t"))!;
    const tables = indicatorTables(plan)!;
    expect(tables.lines.has(section)).toBe(true);
    expect(tables.rows.has(section)).toBe(false);
    expect(read(text).map((row) => row[0])).toEqual(["制造业产品质量合格率", "制造业质量竞争力指数"]);
  });

  it("a heading line after the table's last row is no section of it", () => {
    const text = GOALS + HEADER + ROWS + "二、主要任务\n（一）推进质量创新\n1.开展质量攻关。〔责任单位：市市场监管局〕\n";
    const plan = buildPlan(text);
    const heading = plan.lines.find((line) => text.slice(line.start, line.end).startsWith("二、主要任务"))!;
    expect(indicatorTables(plan)!.lines.has(heading)).toBe(false);
  });
});
