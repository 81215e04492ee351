import { describe, expect, it } from "vitest";
import { analyze } from "../../server/src/core/analyze";
import { buildPlan } from "../../server/src/core/model/buildPlan";
import { registryFor } from "../../server/src/core/units/registry";
import { unitReport } from "../../server/src/core/units/report";

/**
 * `柯桥区、诸暨市、嵊州市人民政府`: three local governments whose common ending is written once,
 * after the last place. Each place is the government it names, and the comma before the run
 * sets the governments apart from the departments.
 */
const TASK = "一、主要任务\n1.推动集群质量提升。实施品牌培育工程。";
const unitFindings = (text: string) =>
  analyze(text)
    .findings.filter((finding) => finding.rule.startsWith("units/"))
    .map((finding) => [finding.rule, text.slice(finding.start, finding.end)]);

describe("local governments that share the ending written after the last", () => {
  it("are known, and the comma before them is no slip", () => {
    expect(unitFindings(`${TASK}（牵头单位：市市场监管局；配合单位：市经信局、市商务局，柯桥区、诸暨市、嵊州市人民政府）\n`)).toEqual([]);
    expect(unitFindings(`${TASK}〔责任单位：市发展改革委，德清县、安吉县人民政府〕\n`)).toEqual([]);
  });

  it("are counted as the governments they name", () => {
    const plan = buildPlan(`${TASK}〔责任单位：市商务局，柯桥区、诸暨市人民政府〕\n`);
    expect(unitReport(plan, registryFor(undefined, undefined)).units.map((unit) => unit.unit)).toEqual(["柯桥区人民政府", "市商务局", "诸暨市人民政府"]);
  });

  it("include a province's cities written without 市 before the last (广州、深圳市人民政府), and a prefecture with its 州, but no department's stem", () => {
    const province = "某某省质量强省建设实施方案\n一、主要任务\n1.推动集群质量提升。实施品牌培育工程。";
    expect(unitFindings(`${province}（责任单位：省市场监管局，广州、深圳市人民政府）\n`)).toEqual([]);
    expect(unitFindings(`${province}（责任单位：省市场监管局，恩施州、宜昌市人民政府）\n`)).toEqual([]);
    const plan = buildPlan(`${province}（责任单位：省商务厅，南昌、九江市人民政府）\n`);
    expect(unitReport(plan, registryFor(undefined, undefined)).units.map((unit) => unit.unit)).toEqual(expect.arrayContaining(["南昌市人民政府", "九江市人民政府"]));
    // A department's stem is no place: 财政 before a city's government is still a name to correct.
    expect(unitFindings(`${province}（责任单位：省发展改革委、财政、广州市人民政府）\n`)).toEqual([["units/unknown", "财政"]]);
  });

  it("leave a place without the ending after it, and a comma between departments, reported", () => {
    expect(unitFindings(`${TASK}〔责任单位：柯桥区、市商务局，市经信局〕\n`)).toEqual([
      ["units/unknown", "柯桥区"],
      ["units/separator", "，"],
    ]);
  });
});

// Nanjing's `江北新区、各区党委和政府`: the zone and the districts share the ending, written once
// after the collective closing the run.
describe("a place before a collective with the ending", () => {
  const text = `${TASK}(责任部门:江北新区、各区党委和政府,市市场监管局等)\n`;

  it("is the place's body with the ending, and no finding", () => {
    expect(unitFindings(text)).toEqual([]);
    const report = unitReport(buildPlan(text), registryFor(undefined, undefined));
    expect(report.units.map((unit) => unit.unit)).toEqual(["江北新区党委和政府", "市市场监管局"]);
    expect(report.groups.map((unit) => unit.unit)).toEqual(["各区党委和政府"]);
  });
});

// Chengdu's `住建局、水利、交通局`: a department's bare stem shares the organ word (局) of the name
// closing its run, where the two make a department the registry knows.
describe("a department's stem before a name with its organ word", () => {
  it("is that department: judged and counted as it", () => {
    const text = `${TASK}〔责任单位：市市场监管局、住建局、水利、交通局〕\n`;
    const found = analyze(text).findings.filter((finding) => finding.rule === "units/unknown");
    expect(found.map((finding) => [text.slice(finding.start, finding.end), finding.message, finding.suggestions?.map((s) => s.description)])).toEqual([
      ["住建局", "“住建局”不在责任单位名录中，是否应为“市住建局”？", ["改为“市住建局”"]],
      ["水利", "“水利”（即“水利局”）不在责任单位名录中，是否应为“市水利局”？", ["改为“市水利局”"]],
      ["交通局", "“交通局”不在责任单位名录中，是否应为“市交通运输局”？", ["改为“市交通运输局”"]],
    ]);
    const report = unitReport(buildPlan(text), registryFor(undefined, undefined));
    expect(report.units.map((unit) => unit.writings)).toContainEqual(["水利局"]);
    expect(report.units.flatMap((unit) => unit.writings)).not.toContain("水利");
  });

  it("is taken only where stem and organ word make a known department", () => {
    const text = `${TASK}〔责任单位：金融机构、市金融监管局〕\n`;
    const report = unitReport(buildPlan(text), registryFor(undefined, undefined));
    expect(report.units.flatMap((unit) => unit.writings).sort()).toEqual(["市金融监管局", "金融机构"].sort());
  });
});

// `各乡、镇人民政府`, `各街道、镇`, `各县、区人民政府`: one 各 before the first kind and the kinds' ending
// once after the last. The 各 is every member's and the ending every bare kind's that takes it:
// one group per kind of body, never a 各乡 and a 镇人民政府.
describe("a list of kinds under one 各, their ending written once", () => {
  const COUNTY = "某县质量强县建设实施方案\n一、重点任务\n1.推动乡镇质量提升。实施质量提升行动。";
  const groupsOf = (clause: string) => unitReport(buildPlan(`${COUNTY}${clause}\n`), registryFor(undefined, undefined)).groups.map((group) => group.unit);

  it.each([
    ["〔责任单位：县市场监管局、各乡、镇人民政府〕", ["各乡人民政府", "各镇人民政府"]],
    ["〔责任单位：县市场监管局、各街道、镇〕", ["各街道", "各镇"]],
    ["〔责任单位：县发展改革委，各县、区人民政府〕", ["各区人民政府", "各县人民政府"]],
    ["〔责任单位：县商务局，各县、乡、镇人民政府〕", ["各县人民政府", "各乡人民政府", "各镇人民政府"]],
    // The ending is a kind's only where the kind has it: no 乡镇 has a 办事处.
    ["〔责任单位：县商务局，各乡镇、街道办事处〕", ["各街道办事处", "各乡镇"]],
    ["〔责任单位：县商务局，各乡镇人民政府、街道办事处〕", ["各街道办事处", "各乡镇人民政府"]],
    // A department after 各区住建局 is every district's: its level word is the 各 name's.
    ["〔责任单位：各区住建局、财政局〕", ["各区财政局", "各区住建局"]],
    // Kinds run together or listed in brackets: 各县（市、区）人民政府 and 各乡镇人民政府 — in a county's
    // plan the counties are its peers, which units/level reports (the group is read all the same).
    ["〔责任单位：县商务局，各县（市、区）、乡镇人民政府〕", ["各县（市、区）人民政府", "各乡镇人民政府"], [["units/level", "各县（市、区）"]]],
    ["〔责任单位：县商务局，各县〔市、区〕、镇街〕", ["各县〔市、区〕", "各镇街"]],
  ])("%s is read as one group per kind", (clause, groups, findings = []) => {
    expect(groupsOf(clause).sort()).toEqual([...groups].sort());
    expect(unitFindings(`${COUNTY}${clause}\n`)).toEqual(findings);
  });

  it("reads a body after governments as itself, not every county's", () => {
    const report = unitReport(buildPlan(`${COUNTY}〔责任单位：各县（市、区）人民政府、开发区（投资区）管委会〕\n`), registryFor(undefined, undefined));
    expect(report.groups.map((group) => group.unit)).toEqual(["各县（市、区）人民政府"]);
    expect(report.units.map((unit) => unit.unit)).toEqual(["开发区（投资区）管委会"]);
  });

  it("reads a particular unit after the list as itself", () => {
    const report = unitReport(buildPlan(`${COUNTY}〔责任单位：各乡、镇人民政府、县商务局〕\n`), registryFor(undefined, undefined));
    expect(report.groups.map((group) => group.unit).sort()).toEqual(["各乡人民政府", "各镇人民政府"]);
    expect(report.units.map((unit) => unit.unit)).toEqual(["县商务局"]);
  });
});

// A province with 自治州 (湖南, 湖北, 四川, 贵州, 云南, 吉林, 甘肃, 青海) lists its cities and prefectures
// under one 各 with their department written once, after the last kind with its level word:
// 各市、州市场监管局 is every 市's and every 州's 市场监管局, never 各市 and a 州市场监管局.
describe("a list of kinds under one 各, their department written once", () => {
  const PROVINCE = "湖南省质量强省建设实施方案\n一、重点任务\n1.推动质量提升。实施质量提升行动。";
  const COUNTY = "某县质量强县建设实施方案\n一、重点任务\n1.推动乡镇质量提升。实施质量提升行动。";
  const read = (plan: string) => {
    const report = unitReport(buildPlan(`${plan}\n`), registryFor(undefined, undefined));
    return { groups: report.groups.map((group) => group.unit).sort(), units: report.units.map((unit) => unit.unit).sort() };
  };

  it.each([
    ["（责任单位：省商务厅、各市、州市场监管局）", ["各市市场监管局", "各州市场监管局"]],
    ["（责任单位：省水利厅，各市、州、县市场监管局）", ["各县市场监管局", "各市市场监管局", "各州市场监管局"]],
    ["（省教育厅牵头，各市、州教育局配合）", ["各市教育局", "各州教育局"]],
    // The forms that were groups already stay so.
    ["（责任单位：省林业局、各市州市场监管局）", ["各市州市场监管局"]],
    ["（责任单位：省农业农村厅、各市（州）市场监管局）", ["各市（州）市场监管局"]],
  ])("%s is read as one group per kind", (clause, groups) => {
    const plan = `${PROVINCE}${clause}`;
    expect(read(plan).groups).toEqual([...groups].sort());
    expect(read(plan).units).toEqual([clause.slice(clause.indexOf("省"), clause.search(/[、，牵]/))]);
    expect(unitFindings(`${plan}\n`)).toEqual([]);
  });

  it("reads 各县、区市场监管局 in a county's plan as every county's and district's", () => {
    expect(read(`${COUNTY}〔责任单位：县商务局、各县、区市场监管局〕`)).toEqual({ groups: ["各区市场监管局", "各县市场监管局"], units: ["县商务局"] });
  });

  it("ends the run at the department: a particular unit after it is itself", () => {
    expect(read(`${COUNTY}〔责任单位：各县、区市场监管局、县商务局〕`)).toEqual({ groups: ["各区市场监管局", "各县市场监管局"], units: ["县商务局"] });
  });
});
