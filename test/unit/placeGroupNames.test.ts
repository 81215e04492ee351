import { describe, expect, it } from "vitest";
import { analyze } from "../../server/src/core/analyze";
import { buildPlan } from "../../server/src/core/model/buildPlan";
import { registryFor } from "../../server/src/core/units/registry";
import { unitReport } from "../../server/src/core/units/report";

/**
 * 各省、自治区、直辖市人民政府: a country's provinces of every kind under one 各, their ending written
 * once (units/sharedSuffix.ts), as 各市、县（区）人民政府 is a city's counties: each kind a group,
 * never a 自治区 or a 直辖市人民政府 of its own.
 */
const clauseOf = (title: string, list: string) => `${title}\n\n一、主要任务\n（一）开展质量攻关。组织实施攻关项目。（责任单位：${list}）\n`;
const reportOf = (text: string) => unitReport(buildPlan(text), registryFor(undefined, undefined));

describe("a country's provinces listed by kind under one 各 (各省、自治区、直辖市人民政府)", () => {
  it("are one group per kind, and no unit of their own", () => {
    const report = reportOf(clauseOf("质量强国建设纲要实施方案", "各省、自治区、直辖市人民政府，国务院有关部门"));
    expect(report.groups.map((group) => group.unit).sort()).toEqual(["各直辖市人民政府", "各省人民政府", "各自治区人民政府", "国务院有关部门"].sort());
    expect(report.units).toEqual([]);
  });

  it("are so without the ending too (各省、自治区、直辖市)", () => {
    const report = reportOf(clauseOf("质量强国建设纲要实施方案", "各省、自治区、直辖市，国务院有关部门"));
    expect(report.groups.map((group) => group.unit).sort()).toEqual(["各直辖市", "各省", "各自治区", "国务院有关部门"].sort());
    expect(report.units).toEqual([]);
  });

  it("leave units/level one finding in a province's plan, at the 各 that names them, and units/ nothing else", () => {
    const text = clauseOf("福建省质量强省建设实施方案", "各省、自治区、直辖市人民政府，省市场监管局");
    const found = analyze(text).findings.filter((finding) => finding.rule.startsWith("units/"));
    expect(found.map((finding) => [finding.rule, text.slice(finding.start, finding.end)])).toEqual([["units/level", "各省"]]);
    expect(reportOf(text).units.map((unit) => unit.unit)).toEqual(["省市场监管局"]);
  });
});
