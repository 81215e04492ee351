import { describe, expect, it } from "vitest";
import { analyze } from "../../server/src/core/analyze";
import { fixAll } from "../../server/src/core/fixes/applyFixes";
import { buildRegistry } from "../../server/src/core/units/registry";
import { unitReport } from "../../server/src/core/units/report";

/**
 * A name written after its place resolves to the unit of its canonical name (章贡区住建局 is
 * 区住建局 of 章贡): the plan's own unit only where the place is the plan's. In a city's plan two
 * districts' bureaus are two units, and another city's bureau is not the city's own (QA, units).
 */
const CITY = "赣州市深化质量强市建设实施方案\n赣州市人民政府\n一、主要任务\n";

function unitFindings(text: string): Array<[string, string, string | undefined]> {
  return analyze(text)
    .findings.filter((finding) => finding.rule === "units/alias" || finding.rule === "units/duplicate")
    .map((finding) => [finding.rule, text.slice(finding.start, finding.end), finding.fix?.description]);
}

describe("units named with a place that is not the plan's", () => {
  it("are never unified with the unit of their canonical name, nor with another place's", () => {
    const text = `${CITY}1.甲。〔责任单位：章贡区住建局、市财政局〕\n2.乙。〔责任单位：区住建局、市财政局〕\n3.丙。〔责任单位：南康区住建局、章贡区住建局〕\n4.丁。〔责任单位：市市场监管局、南昌市市场监管局〕\n`;
    expect(unitFindings(text)).toEqual([]);
    // A fix that made both 区住建局 would have lost the districts.
    expect(fixAll(text).text).toContain("南康区住建局、章贡区住建局");
  });

  it("are one unit under two of their writings at one place", () => {
    const text = `${CITY}1.甲。〔责任单位：章贡区住建局、章贡区住房和城乡建设局〕\n2.乙。〔责任单位：南康区住房和城乡建设局、市财政局〕\n3.丙。〔责任单位：南康区住建局、市财政局〕\n`;
    expect(unitFindings(text)).toEqual([
      ["units/duplicate", "章贡区住房和城乡建设局", "删除重复的“章贡区住房和城乡建设局”"],
      ["units/alias", "南康区住房和城乡建设局", "改为“南康区住建局”"],
    ]);
  });

  it("are the plan's own unit where the place is the plan's", () => {
    const text = `${CITY}1.甲。〔责任单位：赣州市市场监管局、市财政局〕\n2.乙。〔责任单位：市市场监管局、市财政局〕\n3.丙。〔责任单位：市市场监管局、赣州市市场监督管理局〕\n`;
    expect(unitFindings(text)).toEqual([
      ["units/alias", "赣州市市场监管局", "改为“市市场监管局”"],
      ["units/duplicate", "赣州市市场监督管理局", "删除重复的“赣州市市场监督管理局”"],
    ]);
  });
});

describe("the unit report", () => {
  it("lists units of other places apart, and the plan's own place's writing under its unit", () => {
    const text = `${CITY}1.甲。〔责任单位：章贡区住建局、市财政局〕\n2.乙。〔责任单位：南康区住建局、市财政局〕\n3.丙。〔责任单位：赣州市市场监管局〕\n4.丁。〔责任单位：市市场监管局、南昌市市场监管局〕\n`;
    const report = unitReport(analyze(text).plan, buildRegistry(undefined));
    expect(report.units.map(({ unit, writings }) => [unit, writings]).sort()).toEqual(
      [
        ["市财政局", ["市财政局"]],
        ["市市场监管局", ["赣州市市场监管局", "市市场监管局"]],
        ["南昌市市场监管局", ["南昌市市场监管局"]],
        ["章贡区住建局", ["章贡区住建局"]],
        ["南康区住建局", ["南康区住建局"]],
      ].sort(),
    );
  });
});
