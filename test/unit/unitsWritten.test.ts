import { describe, expect, it } from "vitest";
import { analyze } from "../../server/src/core/analyze";
import { buildRegistry } from "../../server/src/core/units/registry";
import { unitReport } from "../../server/src/core/units/report";

/**
 * Names as drafters write them (QA, third round of units): one body under its full and short
 * names, a company named after its place with or without its level word, the institutes a
 * 市场监管局 runs, named by their function, and a city's customs written with the level word.
 */
const COUNTY = "兴国县深化质量强县建设实施方案\n兴国县人民政府\n一、重点任务\n";
const CITY = "赣州市深化质量强市建设实施方案\n赣州市人民政府\n一、重点任务\n";

/** Each unit of the report with its writings (in any order). */
function units(text: string): Record<string, string[]> {
  const found: Record<string, string[]> = {};
  for (const { unit, writings } of unitReport(analyze(text).plan, buildRegistry(undefined)).units) found[unit] = [...writings].sort();
  return found;
}

function findings(text: string, rule: string): Array<[string, string]> {
  return analyze(text)
    .findings.filter((finding) => finding.rule === rule)
    .map((finding) => [text.slice(finding.start, finding.end), finding.message]);
}

describe("a bureau a county merged", () => {
  it("is one unit written in full and short", () => {
    const text = `${COUNTY}1.甲。〔责任单位：县卫生健康和体育局、县财政局〕\n2.乙。〔责任单位：县卫体局〕\n3.丙。〔责任单位：县教育科技和体育局〕\n4.丁。〔责任单位：县教科体局〕\n`;
    expect(units(text)).toEqual({
      县财政局: ["县财政局"],
      县教科体局: ["县教科体局", "县教育科技和体育局"],
      县卫体局: ["县卫体局", "县卫生健康和体育局"],
    });
    // Written both ways in one plan, it is reported as any unit so written is.
    expect(findings(text, "units/alias").map(([name]) => name)).toEqual(["县卫生健康和体育局", "县教育科技和体育局"]);
  });

  it("stays apart from a bureau of other departments", () => {
    const text = `${COUNTY}1.甲。〔责任单位：县卫体局、县教体局〕\n2.乙。〔责任单位：县科工信局、县教科体局〕\n`;
    expect(Object.keys(units(text)).sort()).toEqual(["县教科体局", "县教体局", "县科工信局", "县卫体局"].sort());
  });
});

describe("a company named after its place", () => {
  it("is one unit with or without the place's 市 and the group's prefix", () => {
    const text = `${CITY}1.甲。〔责任单位：国网赣州供电公司、市财政局〕\n2.乙。〔责任单位：国网赣州市供电公司〕\n3.丙。〔责任单位：赣州供电公司〕\n`;
    expect(findings(text, "units/unknown")).toEqual([]);
    expect(units(text)).toEqual({
      国网赣州供电公司: ["国网赣州供电公司", "国网赣州市供电公司", "赣州供电公司"],
      市财政局: ["市财政局"],
    });
  });

  it("keeps a county's level word, and a county's company apart from the city's", () => {
    const text = `${CITY}1.甲。〔责任单位：国网兴国县供电公司、兴国县供电公司〕\n2.乙。〔责任单位：国网赣州供电公司〕\n`;
    expect(units(text)).toEqual({
      国网赣州供电公司: ["国网赣州供电公司"],
      国网兴国县供电公司: ["兴国县供电公司", "国网兴国县供电公司"],
    });
  });
});
