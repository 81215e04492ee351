import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { analyze } from "../../server/src/core/analyze";
import { buildPlan } from "../../server/src/core/model/buildPlan";
import { extractTargets } from "../../server/src/core/targets/extract";

const FIXTURE = readFileSync(join(__dirname, "..", "fixtures", "tables", "county-indicators-marked-rows.plan"), "utf8");

/** The targets read from table rows: indicator and the figures of each year. */
function tableTargets(text: string): string[] {
  return extractTargets(buildPlan(text))
    .targets.filter((target) => target.value !== null)
    .map((target) => `${target.indicator} ${target.horizon} ${target.valueText}`);
}

describe("an indicator table set with spaces whose 序号 are a list's markers (model/spacedTableRows.ts, targets/tables.ts)", () => {
  it("reads the rows numbered 1) 2) … and ① ② … as the table's rows: each indicator with its figure of each year", () => {
    const read = tableTargets(FIXTURE);
    expect(read).toContain("制造业产品质量合格率 2027 95");
    expect(read).toContain("万人高价值发明专利拥有量 2027 2.5");
    // The attachment's table, single spaces, rows numbered ①: its 2025 step and its 2027 target.
    expect(read).toContain("公共服务质量满意度 2025 80");
    expect(read).toContain("公共服务质量满意度 2027 82");
    expect(read.length).toBeGreaterThanOrEqual(15);
  });

  it("reads a note under the table that opens on a row's mark (① 指…。) as a note, no row", () => {
    const text = "一、主要目标\n到2025年，主要指标如下：\n序号 指标名称 2025年\n① 制造业产品质量合格率 95%\n② 食品抽检合格率 98.5%\n① 指规模以上工业企业 产品监督抽查合格率。\n二、重点任务\n（一）实施质量提升行动。〔责任单位：市工信局〕\n";
    const plan = buildPlan(text);
    const kindOf = (start: string) => {
      const line = plan.lines.find((candidate) => text.startsWith(start, candidate.indentEnd))!;
      return line.kind === "text" ? line.textKind : line.kind;
    };
    expect(kindOf("① 制造业")).toBe("tableRow");
    expect(kindOf("① 指")).not.toBe("tableRow");
  });

  it("makes no item of a row: no numbering finding, no targets/no-goals over the table", () => {
    const plan = buildPlan(FIXTURE);
    expect(plan.allItems.map((item) => item.marker.text)).not.toContain("1)");
    expect(plan.allItems.map((item) => item.marker.text)).not.toContain("①");
    const rules = analyze(FIXTURE).findings.map((finding) => finding.rule);
    expect(rules.filter((rule) => rule.startsWith("numbering/"))).toEqual([]);
    expect(rules).not.toContain("targets/no-goals");
  });

  it("reads a row's marker as the table's 序号, no prose: its half-width ) is no unbalanced bracket, tabs or spaces alike", () => {
    const table = "一、主要目标\n到2025年，质量水平明显提升。\n\n序号\t指标名称\t单位\t2022年\t2025年\n1)\t制造业产品质量合格率\t%\t93.5\t95\n2)\t食品抽检合格率\t%\t98.2\t98.5\n";
    for (const text of [table, table.replace(/\t/g, "  ")]) {
      const rules = analyze(text).findings.map((finding) => finding.rule);
      expect(rules).not.toContain("punct/half-width");
      expect(rules).not.toContain("punct/unbalanced");
      expect(tableTargets(text)).toEqual(["制造业产品质量合格率 2025 95", "食品抽检合格率 2025 98.5"]);
    }
  });

  it("still reads a section's numeral as no row's 序号, and a line of prose under a header-like line as prose", () => {
    const text = "一、主要目标\n到2025年，质量水平明显提升。\n\n序号  指标名称  单位  2022年  2025年\n一  产业质量\n1)  制造业产品质量合格率  %  93.5  95\n\n二、主要任务\n1) 开展质量攻关 组织实施质量攻关项目。\n";
    expect(tableTargets(text)).toEqual(["制造业产品质量合格率 2025 95"]);
    // The table ends at the blank line and the chapter: the task list under 二、 is items still.
    expect(buildPlan(text).allItems.map((item) => item.marker.text)).toContain("1)");
  });

  it("parts a 序号 the paste ran into the name (`2食品抽检合格率`) where it is the number the table comes to, after a section row too", () => {
    const rows = ["序号  指标名称  单位  2022年基数  2025年目标  指标属性", "一、质量发展指标", "1制造业产品质量合格率  %  93.5  94.5  预期性", "2  食品抽检合格率  %  98  98.5  约束性", "3有效注册商标量  万件  2.1  3  预期性", "4  万人高价值发明专利拥有量  件  8  10  预期性"];
    const text = `一、主要目标\n到2025年，质量水平明显提升。\n\n${rows.join("\n")}\n`;
    expect(tableTargets(text)).toEqual(["制造业产品质量合格率 2025 94.5", "食品抽检合格率 2025 98.5", "有效注册商标量 2025 3", "万人高价值发明专利拥有量 2025 10"]);
    // A name that opens with a figure of its own, no 序号 the count comes to, is no row: the table ends there.
    const figure = ["序号  指标名称  单位  2022年基数  2025年目标", "1  制造业产品质量合格率  %  93.5  94.5", "5G基站建设数量  个  800  1200"];
    expect(tableTargets(`一、主要目标\n到2025年，质量水平明显提升。\n\n${figure.join("\n")}\n`)).toEqual(["制造业产品质量合格率 2025 94.5"]);
  });

  it("reads a section row (一、质量发展指标) over the table's rows as the table's line, no chapter; a chapter after the table stays one", () => {
    const rows = ["序号  指标名称  单位  2022年基数  2025年目标  指标属性", "一、质量发展指标", "1  制造业产品质量合格率  %  93.5  94.5  预期性", "二、质量基础指标", "", "2  有效注册商标量  万件  2.1  3  预期性"];
    const text = `一、总体要求\n（一）主要目标\n到2025年，质量水平明显提升。主要指标如下：\n${rows.join("\n")}\n二、重点任务\n（一）实施质量提升行动。〔责任单位：市工信局〕\n`;
    const { plan, findings } = analyze(text);
    expect(plan.items.map((item) => item.heading.text)).toEqual(["总体要求", "重点任务"]);
    expect(findings.filter((finding) => finding.rule.startsWith("numbering/"))).toEqual([]);
    expect(tableTargets(text)).toEqual(["制造业产品质量合格率 2025 94.5", "有效注册商标量 2025 3"]);
    // A heading under a table of no 序号, a gap in its words, over an item whose words have one too: a heading still.
    const unnumbered = "一、总体要求\n（一）主要目标\n到2025年，主要指标如下：\n指标名称    目标值\n质量竞争型产业占比    55%\n二、主要任务\n（一）提升  产品质量\n1.加强质量攻关。围绕重点  产业开展攻关。〔责任单位：市工信局〕\n";
    expect(analyze(unnumbered).plan.items.map((item) => item.heading.text)).toEqual(["总体要求", "主要任务"]);
    expect(analyze(unnumbered).plan.allItems.map((item) => item.heading.text)).toContain("提升  产品质量");
  });
});
