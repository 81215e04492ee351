import { describe, expect, it } from "vitest";
import { analyze } from "../../server/src/core/analyze";
import { buildPlan } from "../../server/src/core/model/buildPlan";
import { unitMatrixRows } from "../../server/src/core/units/matrix";
import { registryFor } from "../../server/src/core/units/registry";
import { unitReport } from "../../server/src/core/units/report";
import { unitTaskList } from "../../server/src/core/units/unitTasks";

/**
 * A role word after a list whose local governments or collective a comma sets apart is that
 * group's (model/roleWordReach.ts): 市人社局牵头，市教育局、市财政局，各县（市、区）人民政府负责落实 has
 * 市人社局 lead, 市教育局 and 市财政局 support, the counties carry it out.
 */
const roles = (text: string) => buildPlan(text).clauses.map((clause) => clause.segments.map((segment) => [segment.role, segment.units.map((unit) => unit.text)]));
const rows = (text: string) => unitMatrixRows(buildPlan(text), (name) => name).map((row) => [row.leads, row.supporting]);

describe("how far back a role word after a list reaches", () => {
  it("stops at a comma that sets local governments or a collective apart, in either clause form", () => {
    const plan = "一、主要任务\n1.甲。（市人社局牵头，市教育局、市财政局，各县（市、区）人民政府负责落实）\n2.乙。〔责任单位：市人社局（牵头）、市教育局，各县（市、区）人民政府负责落实〕\n3.丙。（市工信局牵头，市科技局，各有关部门按职责分工负责）\n";
    expect(roles(plan)).toEqual([
      [["lead", ["市人社局"]], ["support", ["市教育局", "市财政局"]], ["responsible", ["各县（市、区）人民政府"]]],
      [["lead", ["市人社局"]], ["support", ["市教育局"]], ["responsible", ["各县（市、区）人民政府"]]],
      [["lead", ["市工信局"]], ["support", ["市科技局"]], ["responsible", ["各有关部门"]]],
    ]);
    expect(rows(plan)).toEqual([
      [["市人社局"], ["市教育局", "市财政局"]],
      [["市人社局"], ["市教育局"]],
      [["市工信局"], ["市科技局"]],
    ]);
  });

  it("keeps the role whole where no group is set apart, and changes nothing where no unit is marked 牵头", () => {
    const plan = "一、主要任务\n1.甲。（市人社局牵头，市教育局、市财政局按职责分工负责）\n2.乙。（市人社局牵头，市教育局，市财政局负责）\n3.丙。（市教育局、市财政局，各县（市、区）人民政府按职责分工负责）\n";
    expect(rows(plan)).toEqual([
      [["市人社局"], []],
      [["市人社局"], []],
      [[], []],
    ]);
    // The clause still names every unit, in order.
    expect(buildPlan(plan).clauses[2]!.units.map((unit) => unit.text)).toEqual(["市教育局", "市财政局", "各县（市、区）人民政府"]);
  });

  it("gives the supporting departments their role in their task list, and the counties theirs", () => {
    const plan = buildPlan("一、主要任务\n（一）加强技能人才培养。完善职业技能培训体系。（市人社局牵头，市教育局、市财政局，各县（市、区）人民政府负责落实）\n");
    const registry = registryFor(undefined, undefined);
    const report = unitReport(plan, registry);
    expect(unitTaskList(plan, report, registry, "市教育局").tasks.map((task) => [task.role, task.partners])).toEqual([["support", ["市人社局", "市财政局", "各县（市、区）人民政府"]]]);
    expect(report.groups.map((group) => [group.unit, group.tasks.map((task) => task.role)])).toEqual([["各县（市、区）人民政府", ["responsible"]]]);
  });
});

describe("a 各's run of kinds across a comma (QA 44c)", () => {
  it("keeps 开发区管委会 after 各县（市、区）人民政府， in the counties' group, the role word theirs alike", () => {
    const plan = [
      "一、主要任务",
      "1.甲。（市市场监管局牵头，各县（市、区）人民政府，开发区管委会负责落实）",
      "2.乙。（市市场监管局牵头，市工信局、市科技局，各县（市、区）人民政府，开发区管委会负责落实）",
      "3.丙。〔责任单位：市市场监管局（牵头）、市工信局，各县（市、区）人民政府，开发区管委会〕",
      "4.丁。（市市场监管局牵头，各县（市、区）人民政府，市财政局负责落实）",
      "",
    ].join("\n");
    expect(roles(plan)).toEqual([
      [["lead", ["市市场监管局"]], ["responsible", ["各县（市、区）人民政府", "开发区管委会"]]],
      [["lead", ["市市场监管局"]], ["support", ["市工信局", "市科技局"]], ["responsible", ["各县（市、区）人民政府", "开发区管委会"]]],
      [["lead", ["市市场监管局"]], ["support", ["市工信局"]], ["responsible", ["各县（市、区）人民政府", "开发区管委会"]]],
      // A department after the counties is no kind the 各 reaches: the comma still sets it apart.
      [["lead", ["市市场监管局"]], ["support", ["各县（市、区）人民政府"]], ["responsible", ["市财政局"]]],
    ]);
    expect(rows(plan)[0]).toEqual([["市市场监管局"], []]);
  });

  it("reaches over a comma between two groups of local governments, back to the departments' group (a 湖南 county's plan)", () => {
    const plan = [
      "一、主要任务",
      "1.甲。（县工业和信息化局牵头，县科学技术局、县发展和改革局配合，各乡镇人民政府、街道办事处，攸县高新区管委会负责落实）",
      "2.乙。（县工业和信息化局牵头，县科学技术局、县发展和改革局，各乡镇人民政府、街道办事处，攸县高新区管委会负责落实）",
      "3.丙。（县工业和信息化局牵头，各乡镇人民政府，县财政局负责落实）",
      "",
    ].join("\n");
    expect(roles(plan)).toEqual([
      [["lead", ["县工业和信息化局"]], ["support", ["县科学技术局", "县发展和改革局"]], ["responsible", ["各乡镇人民政府", "街道办事处", "攸县高新区管委会"]]],
      [["lead", ["县工业和信息化局"]], ["support", ["县科学技术局", "县发展和改革局"]], ["responsible", ["各乡镇人民政府", "街道办事处", "攸县高新区管委会"]]],
      [["lead", ["县工业和信息化局"]], ["support", ["各乡镇人民政府"]], ["responsible", ["县财政局"]]],
    ]);
  });
});

describe("a county's towns and streets in a clause (QA: a county-level city's plan)", () => {
  it("sets a named town's government or street office apart as a group, as it does the counties", () => {
    const plan = "一、主要任务\n1.甲。（市市场监管局牵头，市经信局、市农业农村局，山下湖镇人民政府负责落实）\n2.乙。〔责任单位：市经信局、市科技局，大唐街道办事处〕\n";
    expect(roles(plan)[0]).toEqual([["lead", ["市市场监管局"]], ["support", ["市经信局", "市农业农村局"]], ["responsible", ["山下湖镇人民政府"]]]);
    const findings = analyze(plan).findings.filter((finding) => finding.rule === "units/separator");
    expect(findings).toEqual([]);
  });

  it("reads a provincial clause whose last group is the towns with the streets in brackets (各乡镇（街道）负责落实)", () => {
    const plan = "一、主要任务\n1.甲。推进。（市交通运输局牵头，市公安局、市建设局配合；各镇乡（街道）负责落实）\n2.乙。推进。（市交通运输局牵头，各乡镇（街道）负责落实）\n";
    expect(roles(plan)).toEqual([
      [["lead", ["市交通运输局"]], ["support", ["市公安局", "市建设局"]], ["responsible", ["各镇乡（街道）"]]],
      [["lead", ["市交通运输局"]], ["responsible", ["各乡镇（街道）"]]],
    ]);
  });
});

describe("a group set apart without a role word beside a marked lead (model/markedLead.ts)", () => {
  it("keeps the local governments or collective after the break responsible, whatever the mark (，；or spaces)", () => {
    const plan = [
      "一、主要任务",
      "1.甲。〔责任单位：市发展改革委（牵头）、市科技局，大唐街道办事处〕",
      "2.乙。〔责任单位：市发展改革委（牵头）、市科技局；大唐街道办事处〕",
      "3.丙。〔责任单位：市发展改革委（牵头）、市科技局 大唐街道办事处〕",
      "4.丁。（市市场监管局牵头，市工信局，各县（市、区）人民政府）",
      "5.戊。〔责任单位：市市场监管局牵头，市工信局、市科技局，各有关部门〕",
      "",
    ].join("\n");
    expect(roles(plan)).toEqual([
      [["lead", ["市发展改革委"]], ["support", ["市科技局"]], ["responsible", ["大唐街道办事处"]]],
      [["lead", ["市发展改革委"]], ["support", ["市科技局"]], ["responsible", ["大唐街道办事处"]]],
      [["lead", ["市发展改革委"]], ["support", ["市科技局"]], ["responsible", ["大唐街道办事处"]]],
      [["lead", ["市市场监管局"]], ["support", ["市工信局"]], ["responsible", ["各县（市、区）人民政府"]]],
      [["lead", ["市市场监管局"]], ["support", ["市工信局", "市科技局"]], ["responsible", ["各有关部门"]]],
    ]);
    // Every name is still the clause's, in order.
    expect(buildPlan(plan).clauses[0]!.units.map((unit) => unit.text)).toEqual(["市发展改革委", "市科技局", "大唐街道办事处"]);
    expect(rows(plan)[0]).toEqual([["市发展改革委"], ["市科技局"]]);
  });

  it("leaves a comma between two departments (a slip of the 、) and a list with no lead as they were", () => {
    const plan = "一、主要任务\n1.甲。〔责任单位：市发展改革委（牵头）、市科技局，市工信局〕\n2.乙。〔责任单位：市发展改革委、市科技局，大唐街道办事处〕\n3.丙。（市市场监管局牵头，各县（市、区）人民政府）\n";
    expect(roles(plan)).toEqual([
      [["lead", ["市发展改革委"]], ["support", ["市科技局", "市工信局"]]],
      [["responsible", ["市发展改革委", "市科技局", "大唐街道办事处"]]],
      // A comma right after the role word ends the lead's group, not the list: the others support.
      [["lead", ["市市场监管局"]], ["support", ["各县（市、区）人民政府"]]],
    ]);
  });

  it("keeps a named local government before the lead's group responsible too, not a kind named alone", () => {
    const plan = [
      "一、主要任务",
      "1.甲。〔责任单位：大唐街道办事处，区市场监管局（牵头）、区工信局〕",
      "2.乙。〔责任单位：章贡区人民政府；市市场监管局（牵头）、市工信局〕",
      "3.丙。〔责任单位：乡镇人民政府，区市场监管局（牵头）、区工信局〕",
      "",
    ].join("\n");
    expect(roles(plan)).toEqual([
      [["responsible", ["大唐街道办事处"]], ["lead", ["区市场监管局"]], ["support", ["区工信局"]]],
      [["responsible", ["章贡区人民政府"]], ["lead", ["市市场监管局"]], ["support", ["市工信局"]]],
      // A kind with no place and no 各 is no group: the comma is a slip, and the list is the lead's.
      [["support", ["乡镇人民政府"]], ["lead", ["区市场监管局"]], ["support", ["区工信局"]]],
    ]);
  });

  it("reads a 分工表 cell the same way", () => {
    const plan = "一、主要任务\n1.推进质量提升。开展工作。\n附件\n重点任务分工表\n序号\t重点任务\t责任单位\n1\t推进质量提升\t市发展改革委（牵头）、市科技局，大唐街道办事处\n";
    const row = unitMatrixRows(buildPlan(plan), (name) => name).find((candidate) => candidate.units.includes("大唐街道办事处"))!;
    expect([row.leads, row.supporting]).toEqual([["市发展改革委"], ["市科技局"]]);
  });
});
