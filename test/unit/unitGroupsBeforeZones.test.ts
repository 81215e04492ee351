import { describe, expect, it } from "vitest";
import { analyze, type AnalysisOptions } from "../../server/src/core/analyze";
import { fixAll } from "../../server/src/core/fixes/applyFixes";
import { conjoinedParts } from "../../server/src/core/units/conjoinedNames";
import { isCollectiveName, levelKindsOf } from "../../server/src/core/units/names";
import { registryFor } from "../../server/src/core/units/registry";
import { unitReport } from "../../server/src/core/units/report";

/**
 * QA 43b: a group of governments with the bodies of the zones after it (各区（县、市）政府、功能园区
 * 管委会; 各县（市、区）人民政府和开发区管委会) is two groups, the 各 reaching the zones' kind; and a
 * group written with its level's kinds (县（市）政府) is a group, which units/alias says as one.
 */
const CITY = "佛山市推进质量强市建设实施方案\n\n为贯彻落实《质量强国建设纲要》，结合我市实际，制定本方案。\n\n一、主要任务\n\n";
const plan = (...clauses: string[]) => CITY + clauses.map((clause, index) => `${index + 1}.开展第${index + 1}项工作。推进落实。${clause}\n`).join("");

function unitFindings(text: string, options: AnalysisOptions = {}): string[] {
  return analyze(text, options).findings.filter((finding) => finding.rule.startsWith("units/")).map((finding) => `${finding.rule} ${text.slice(finding.start, finding.end)}: ${finding.message}`);
}

function report(text: string): { units: string[]; groups: string[] } {
  const { plan: model } = analyze(text);
  const { units, groups } = unitReport(model, registryFor(undefined, undefined));
  return { units: units.map((unit) => unit.unit), groups: groups.map((group) => group.unit) };
}

function rows(text: string): string[][] {
  return analyze(text).plan.clauses.map((clause) => clause.segments.map((segment) => `${segment.units.map((unit) => unit.text).join("、")}:${segment.role}`));
}

describe("a group of governments with the zones' committees after it", () => {
  it("is two groups, the zones' committees named by a kind with no place every zone's", () => {
    const text = plan("（责任单位：市工业和信息化局，各区（县、市）政府、功能园区管委会）", "（责任单位：市商务局，各县（市、区）人民政府、各功能区管委会）", "（责任单位：市科技局，各县（市、区）政府、园区管委会）");
    expect(unitFindings(text)).toEqual([]);
    expect(report(text)).toEqual({
      units: ["市工业和信息化局", "市科技局", "市商务局"],
      groups: ["各区（县、市）政府", "各功能区管委会", "各功能园区管委会", "各园区管委会"],
    });
  });

  it("is two groups where a conjunction joins them, the role word all of theirs", () => {
    const text = plan("（市工业和信息化局，各区（县、市）政府及功能园区管委会按职责分工负责）", "（责任单位：市商务局，各县（市、区）人民政府和开发区管委会）");
    // The comma sets the groups apart from the department (model/roleWordReach.ts); the conjunction does not set the zones apart from the governments.
    expect(rows(text)).toEqual([["市工业和信息化局:responsible", "各区（县、市）政府、功能园区管委会:responsible"], ["市商务局、各县（市、区）人民政府、开发区管委会:responsible"]]);
    expect(report(text).groups).toEqual(["各区（县、市）政府", "各功能园区管委会", "各开发区管委会"]);
    expect(unitFindings(text)).toEqual([]);
  });

  // Role words part the clause at the comma (model/roleWordReach.ts), yet the 各 reaches the zones' kind after it: one group, as after a 、.
  it("is one group across a comma where role words split the clause, in the report, its matrix and its task lists", () => {
    const text = plan("（市市场监管局牵头，各县（市、区）人民政府，开发区管委会负责落实）", "（责任单位：市商务局，各县（市、区）人民政府、开发区管委会）");
    expect(report(text).groups).toEqual(["各开发区管委会", "各县（市、区）人民政府"]);
    const { plan: model } = analyze(text);
    const zones = unitReport(model, registryFor(undefined, undefined)).groups.find((group) => group.unit === "各开发区管委会")!;
    expect(zones.writings).toEqual(["各开发区管委会"]);
    expect(zones.tasks.map((task) => task.heading)).toEqual(["开展第1项工作", "开展第2项工作"]);
  });

  it("is no writing of the one zone the kind names alone, so units/alias says nothing of it", () => {
    const text = plan("（责任单位：市商务局，各县（市、区）人民政府、开发区管委会）", "（责任单位：市科技局，各县（市、区）人民政府、开发区）");
    expect(unitFindings(text)).toEqual([]);
  });

  it("leaves a zone's kind written alone, with no 各 before it, a name that says no zone", () => {
    expect(unitFindings(plan("（责任单位：市商务局、功能园区管委会）"))).toEqual(["units/unknown 功能园区管委会: “功能园区管委会”不在责任单位名录中（如为现有单位，可在 .plancheck.json 的 units.registry 中加入）"]);
  });

  it("splits a group from the bodies a conjunction joins to it, never two groups or a group's own words", () => {
    const parts = (name: string) => conjoinedParts(name)?.map((part) => part.text) ?? null;
    expect(parts("各县（市、区）人民政府和开发区管委会")).toEqual(["各县（市、区）人民政府", "开发区管委会"]);
    expect(parts("各区（县、市）政府及功能园区管委会")).toEqual(["各区（县、市）政府", "功能园区管委会"]);
    expect(parts("各乡镇人民政府和街道办事处")).toEqual(["各乡镇人民政府", "街道办事处"]);
    for (const name of ["各区党委和人民政府", "各县（市、区）党委和政府", "市直有关部门和各县（市、区）", "各县（市、区）人民政府及其有关部门", "各有关部门和单位"]) expect(parts(name)).toBeNull();
  });
});

describe("a group written with its level's kinds", () => {
  it("is a group, whatever the registry reads the name as without the kinds", () => {
    expect(levelKindsOf("县（市、区）人民政府")).toBe("县（市、区）");
    expect(levelKindsOf("区（县、市）政府")).toBe("区（县、市）");
    expect(levelKindsOf("县人民政府")).toBeNull();
    expect(levelKindsOf("开发区（园区）管委会")).toBeNull();
    expect(isCollectiveName("县（市）政府")).toBe(true);
    expect(isCollectiveName("县（市、区）市场监管局")).toBe(true);
  });

  it("is said by units/alias as a group written two ways, and unified without losing its kinds", () => {
    const text = plan("（责任单位：市工业和信息化局、县（市）政府）", "（责任单位：市市场监管局、县（市）人民政府）");
    expect(unitFindings(text)).toEqual(["units/alias 县（市）政府: “县（市）政府”与本文的“县（市）人民政府”都指同一组单位（每个县（市）的人民政府），应统一写作规范名称“县（市）人民政府”"]);
    const fixed = fixAll(text).text;
    expect(fixed).toContain("（责任单位：市工业和信息化局、县（市）人民政府）");
    expect(fixAll(fixed).text).toBe(fixed);
    const canonical = { config: { rules: { "units/alias": ["warning", { prefer: "canonical" }] } } } as AnalysisOptions;
    expect(unitFindings(plan("（责任单位：市商务局、县（市、区）政府）"), canonical)).toEqual([
      "units/alias 县（市、区）政府: “县（市、区）政府”指一组单位（每个县（市、区）的人民政府），应写作规范名称“县（市、区）人民政府”",
    ]);
  });

  it("is not one unit with the one government of the level (县人民政府), which is another", () => {
    // Neither units/level (which county's?) nor a wrong separator for the group set apart by a comma.
    expect(unitFindings(plan("（责任单位：市商务局，县（市）政府）", "（责任单位：市科技局、县（市）政府）"))).toEqual([]);
    // The one county government in a city's plan is units/level's; no writing of the group.
    expect(unitFindings(plan("（责任单位：市商务局、县（市）政府）", "（责任单位：市科技局、县人民政府）")).map((finding) => finding.split(":")[0])).toEqual(["units/level 县人民政府"]);
  });
});
