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

/**
 * A district's plan names the city's bureau's 分局 in the district with 区 (区公安分局, 鼓楼区公安分局)
 * as often as by the bureau (市公安局鼓楼分局, 鼓楼公安分局): one body, one unit (QA, units).
 */
describe("a city bureau's 分局 in the plan's own district", () => {
  const DISTRICT = "南京市鼓楼区质量强区建设实施方案\n一、主要任务\n";
  const text = `${DISTRICT}1.甲。〔责任单位：市公安局鼓楼分局、区市场监管局〕\n2.乙。〔责任单位：鼓楼区公安分局、区交通运输局〕\n3.丙。〔责任单位：区公安分局、区司法局〕\n4.丁。〔责任单位：鼓楼公安分局、区财政局〕\n5.戊。〔责任单位：区公安分局、市公安局鼓楼分局〕\n`;

  // Listed under the 分局's own name, which the short writings are unified to (QA 41a: never away from it).
  it("is the district's body the plan names with 区: one unit in the report", () => {
    const report = unitReport(analyze(text).plan, buildRegistry(undefined));
    const police = report.units.filter(({ unit }) => unit.includes("公安"));
    expect(police.map(({ unit, writings }) => [unit, [...writings].sort()])).toEqual([["市公安局鼓楼分局", ["区公安分局", "市公安局鼓楼分局", "鼓楼公安分局", "鼓楼区公安分局"].sort()]]);
  });

  it("is one unit to units/alias and units/duplicate", () => {
    expect(unitFindings(text)).toEqual([
      ["units/alias", "鼓楼区公安分局", "改为“市公安局鼓楼分局”"],
      ["units/alias", "区公安分局", "改为“市公安局鼓楼分局”"],
      ["units/alias", "鼓楼公安分局", "改为“市公安局鼓楼分局”"],
      // 区公安分局、市公安局鼓楼分局 in one clause: the short one goes, the 分局's name stays.
      ["units/duplicate", "区公安分局", "删除重复的“区公安分局”"],
    ]);
  });

  it("is known for any city bureau the district names with 区 and 分局, and one unit with the bureau's 分局", () => {
    const named = `${DISTRICT}1.甲。〔责任单位：区生态环境分局、区自然资源分局、区税务分局、区公路分局〕\n2.乙。〔责任单位：市生态环境局鼓楼分局、区规划资源分局、区交通运输局〕\n`;
    const { findings, plan } = analyze(named);
    expect(findings.filter((finding) => finding.rule === "units/unknown").map((finding) => named.slice(finding.start, finding.end))).toEqual([]);
    const report = unitReport(plan, buildRegistry(undefined));
    expect(report.units.find(({ unit }) => unit === "市生态环境局鼓楼分局")?.writings).toEqual(["区生态环境分局", "市生态环境局鼓楼分局"]);
    // A county keeps its own bureau: 县生态环境分局 is no such name, and 区 before a body that is no bureau reads nothing.
    const county = `于都县质量强县建设实施方案\n一、主要任务\n1.甲。〔责任单位：县生态环境分局、县财政局〕\n2.乙。〔责任单位：区发展改革分局、区财政局〕\n`;
    expect(analyze(county).findings.filter((finding) => finding.rule === "units/unknown").map((finding) => county.slice(finding.start, finding.end))).toEqual(["县生态环境分局", "区发展改革分局"]);
  });

  it("is the district's own bureau where the registry lists no 区…分局: a district has its bureau or the city's 分局, never both", () => {
    const market = `${DISTRICT}1.甲。〔责任单位：区市场监管局、区商务局〕\n2.乙。〔责任单位：市市场监管局鼓楼分局、区卫健局〕\n3.丙。〔责任单位：区市场监管分局、区商务局〕\n4.丁。〔责任单位：区市场监管局、市市场监管局鼓楼分局〕\n5.戊。〔责任单位：市市场监管局、市市场监管局鼓楼分局〕\n6.己。〔责任单位：市公安局、市公安局鼓楼分局〕\n`;
    const { findings, plan } = analyze(market);
    expect(findings.filter((finding) => finding.rule === "units/unknown")).toEqual([]);
    const report = unitReport(plan, buildRegistry(undefined));
    expect(report.units.filter(({ unit }) => unit.includes("市场监管")).map(({ unit, writings }) => [unit, writings])).toEqual([
      ["市市场监管局鼓楼分局", ["区市场监管局", "市市场监管局鼓楼分局", "区市场监管分局"]],
      ["市市场监管局", ["市市场监管局"]],
    ]);
    // A retired name's successor is still the 分局 where that is all the plan writes for the body.
    const retired = `${DISTRICT}1.甲。〔责任单位：区市场监管分局〕\n2.乙。〔责任单位：区质监局、区财政局〕\n`;
    expect(analyze(retired).findings.find((finding) => finding.rule === "units/unknown")?.suggestions?.map((s) => s.description)).toEqual(["改为“区市场监管分局”"]);
    // The city's bureau and its 分局 listed together are two units (5, 6): no duplicate.
    expect(unitFindings(market)).toEqual([
      ["units/alias", "区市场监管局", "改为“市市场监管局鼓楼分局”"],
      ["units/alias", "区市场监管分局", "改为“市市场监管局鼓楼分局”"],
      ["units/duplicate", "区市场监管局", "删除重复的“区市场监管局”"],
    ]);
  });

  it("stays the city's 分局 in another district's plan and in the city's plan", () => {
    const other = `南京市玄武区质量强区建设实施方案\n一、主要任务\n1.甲。〔责任单位：市公安局鼓楼分局、区公安分局〕\n2.乙。〔责任单位：市市场监管局鼓楼分局、区市场监管局〕\n`;
    expect(unitFindings(other)).toEqual([]);
    const report = unitReport(analyze(other).plan, buildRegistry(undefined));
    expect(report.units.map(({ unit }) => unit).sort()).toEqual(["区公安分局", "市公安局鼓楼分局", "区市场监管局", "市市场监管局鼓楼分局"].sort());
  });
});
