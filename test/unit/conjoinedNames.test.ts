import { describe, expect, it } from "vitest";
import { analyze } from "../../server/src/core/analyze";
import { buildPlan } from "../../server/src/core/model/buildPlan";
import { conjoinedParts } from "../../server/src/core/units/conjoinedNames";
import { registryFor } from "../../server/src/core/units/registry";
import { unitReport } from "../../server/src/core/units/report";
import type { PlanConfig } from "../../server/src/core/config/schema";

const parts = (name: string) => conjoinedParts(name)?.map((part) => part.text) ?? null;

/**
 * Names a list joins with 和, 与, 及 or 以及 (`市工信局和市商务局负责`): two units where both sides
 * are bodies' names, one name where the name holds the word itself.
 */
describe("names a list joins with a conjunction", () => {
  it("are the names on either side where each reads as a body's", () => {
    expect(parts("市工信局和市商务局")).toEqual(["市工信局", "市商务局"]);
    expect(parts("市工信局与市商务局")).toEqual(["市工信局", "市商务局"]);
    expect(parts("市工信局及市商务局")).toEqual(["市工信局", "市商务局"]);
    expect(parts("市工信局以及市商务局")).toEqual(["市工信局", "市商务局"]);
    expect(parts("市委和市政府")).toEqual(["市委", "市政府"]);
    expect(parts("县工信局和县商务局")).toEqual(["县工信局", "县商务局"]);
    // A collective on one side.
    expect(parts("市财政局和各县（市、区）人民政府")).toEqual(["市财政局", "各县（市、区）人民政府"]);
    // Names no registry lists, shaped alike: a level word first, a body's ending last.
    expect(parts("县果业发展中心和县农业农村局")).toEqual(["县果业发展中心", "县农业农村局"]);
    // A conjunction inside a part's own name is passed over.
    expect(parts("区工业和信息化局和区商务局")).toEqual(["区工业和信息化局", "区商务局"]);
    expect(parts("市规划和自然资源局和市住建局")).toEqual(["市规划和自然资源局", "市住建局"]);
    expect(parts("省工业和信息化厅与省科技厅")).toEqual(["省工业和信息化厅", "省科技厅"]);
    expect(parts("市工信局和市商务局及市科技局")).toEqual(["市工信局", "市商务局", "市科技局"]);
    // Registry names written without their level word, as a draft writes its own level's departments.
    expect(parts("市场监管局和工信局")).toEqual(["市场监管局", "工信局"]);
    expect(parts("发改委与科技局")).toEqual(["发改委", "科技局"]);
    expect(parts("卫健委及医保局")).toEqual(["卫健委", "医保局"]);
    expect(parts("县工信局和市场监管局")).toEqual(["县工信局", "市场监管局"]);
  });

  it("are one name where the name holds the word itself", () => {
    for (const name of ["住房和城乡建设局", "工业和信息化局", "自然资源和规划局", "文化和旅游局", "人力资源和社会保障局", "党委和政府", "市工业和信息化局", "市住房和城乡建设局", "市人力资源和社会保障局", "市发展和改革委员会", "市口岸与物流办", "××市党委和政府", "江北新区党委和政府", "各区党委和人民政府", "市直有关部门和各县（市、区）", "市工信局、市商务局", "市场监管局"]) {
      expect(parts(name), name).toBeNull();
    }
  });

  it("give the clause two units, the report two rows, and units/separator the conjunction", () => {
    const text = "一、重点任务\n1.加强标准建设。组织标准制修订。市工信局和市商务局负责。\n2.加强品牌建设。培育品牌。〔责任单位：市科技局与市财政局〕\n";
    const plan = buildPlan(text);
    expect(plan.clauses.map((clause) => clause.units.map((unit) => [unit.text, text.slice(unit.start, unit.end)]))).toEqual([
      [["市工信局", "市工信局"], ["市商务局", "市商务局"]],
      [["市科技局", "市科技局"], ["市财政局", "市财政局"]],
    ]);
    const report = unitReport(plan, registryFor(undefined, undefined));
    expect(report.units.map((unit) => unit.unit).sort()).toEqual(["市商务局", "市工信局", "市科技局", "市财政局"].sort());
    const findings = analyze(text).findings.filter((finding) => finding.rule.startsWith("units/"));
    expect(findings.map((finding) => [finding.rule, text.slice(finding.start, finding.end)])).toEqual([
      ["units/separator", "和"],
      ["units/separator", "与"],
    ]);
  });
});

/**
 * The configuration's own names (`units.registry`) are names the registry knows as the built-in
 * ones are: a list that joins two of them, or one of them and a built-in name, is two units.
 */
describe("names a list joins, with the configuration's registry", () => {
  const config: PlanConfig = { units: { registry: [{ name: "章贡检测站", level: "市" }, { name: "赣南质检院" }] } };
  const configured = registryFor(config, undefined);

  it("are two names where each side is a configured or built-in name", () => {
    expect(conjoinedParts("章贡检测站和赣南质检院", configured)?.map((part) => part.text)).toEqual(["章贡检测站", "赣南质检院"]);
    expect(conjoinedParts("市工信局与章贡检测站", configured)?.map((part) => part.text)).toEqual(["市工信局", "章贡检测站"]);
    // Without the configuration neither is a body's name the registry knows, nor shaped as one.
    expect(parts("章贡检测站和赣南质检院")).toBeNull();
    expect(parts("市工信局与章贡检测站")).toBeNull();
  });

  it("give the clause two units, and no unknown name, when the plan is analysed with the configuration", () => {
    const text = "一、重点任务\n1.加强质量宣传。开展质量月活动。〔责任单位：章贡检测站和赣南质检院〕\n2.加强品牌建设。培育品牌。〔责任单位：市工信局与章贡检测站〕\n";
    const { plan, findings } = analyze(text, { config });
    expect(plan.clauses.map((clause) => clause.units.map((unit) => text.slice(unit.start, unit.end)))).toEqual([
      ["章贡检测站", "赣南质检院"],
      ["市工信局", "章贡检测站"],
    ]);
    expect(findings.filter((finding) => finding.rule.startsWith("units/")).map((finding) => [finding.rule, text.slice(finding.start, finding.end)])).toEqual([
      ["units/separator", "和"],
      ["units/separator", "与"],
    ]);
    // Without it, each is one name the registry does not know.
    expect(analyze(text).plan.clauses.map((clause) => clause.units.length)).toEqual([1, 1]);
  });
});
