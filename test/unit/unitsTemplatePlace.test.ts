import { describe, expect, it } from "vitest";
import { analyze } from "../../server/src/core/analyze";
import { unitReport } from "../../server/src/core/units/report";
import { buildRegistry } from "../../server/src/core/units/registry";

/**
 * Templates mark the place a plan fills in with brackets (【县】市场监管局), and a pasted copy keeps
 * them, inside a clause of the same brackets (【责任单位：【区】住建局】): the clause is read, and
 * each such name is reported with the name without the brackets.
 */
function unitFindings(text: string): Array<[string, string, string[]]> {
  return analyze(text)
    .findings.filter((finding) => finding.rule.startsWith("units/") && finding.rule !== "units/clause-style")
    .map((finding) => [finding.rule, text.slice(finding.start, finding.end), (finding.suggestions ?? []).map((s) => s.description)]);
}

const COUNTY = "兴国县质量强县建设实施方案\n\n一、主要任务\n";

describe("a place in brackets at the start of a unit's name", () => {
  it("is read inside a clause of the same brackets, and the name without them suggested", () => {
    const text = `${COUNTY}1.加强食品安全监管。【责任单位：【县】市场监管局、【县】农业农村局】\n2.推进标准建设。〔责任单位：〔区〕住建局、（县）财政局（牵头）〕\n`;
    const { plan } = analyze(text);
    expect(plan.clauses.map((clause) => clause.units.map((unit) => unit.text))).toEqual([["【县】市场监管局", "【县】农业农村局"], ["〔区〕住建局", "（县）财政局"]]);
    expect(unitFindings(text)).toEqual([
      ["units/unknown", "【县】市场监管局", ["改为“县市场监管局”"]],
      ["units/unknown", "【县】农业农村局", ["改为“县农业农村局”"]],
      ["units/unknown", "〔区〕住建局", ["改为“区住建局”"]],
      ["units/unknown", "（县）财政局", ["改为“县财政局”"]],
    ]);
  });

  it("is the second name's place too, and a place with its name", () => {
    const text = `${COUNTY}1.加强标准建设。【责任单位：县市场监管局（【县】知识产权局）、【兴国县】科技局】\n`;
    expect(unitFindings(text)).toEqual([
      ["units/unknown", "县市场监管局（【县】知识产权局）", ["改为“县市场监管局（县知识产权局）”"]],
      ["units/unknown", "【兴国县】科技局", ["改为“兴国县科技局”"]],
    ]);
  });

  it("leaves a place still to fill to units/blank, a list of levels and a role in brackets as they were", () => {
    const text = `${COUNTY}1.加强标准建设。〔责任单位：【××县】市场监管局、各区（市）县、县发改委（牵头）〕\n`;
    // 各区（市）县 in a county's plan names its peers (units/level), a slip of the copy, not of the template.
    expect(unitFindings(text)).toEqual([
      ["units/blank", "【××县】市场监管局", []],
      ["units/level", "各区（市）县", []],
    ]);
    // 【牵头】 is no place: the clause is not read into a name.
    expect(analyze(`${COUNTY}1.甲。〔责任单位：县工信局【牵头】〕\n`).plan.clauses.flatMap((clause) => clause.units.map((unit) => unit.text))).not.toContain("县工信局【牵头】");
  });

  it("counts the bracketed name as the unit it names in the report", () => {
    const text = `${COUNTY}1.甲。【责任单位：【县】市场监管局】\n2.乙。〔责任单位：县市场监管局〕\n`;
    const report = unitReport(analyze(text).plan, buildRegistry(undefined));
    expect(report.units.map((tally) => [tally.unit, tally.tasks.length])).toEqual([["县市场监管局", 2]]);
  });
});
