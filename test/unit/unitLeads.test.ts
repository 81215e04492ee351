import { describe, expect, it } from "vitest";
import { buildPlan } from "../../server/src/core/model/buildPlan";
import { addUnitTaskCounts, leadConvention, unitMatrixRows } from "../../server/src/core/units/matrix";
import { registryFor } from "../../server/src/core/units/registry";
import { unitReport } from "../../server/src/core/units/report";

const leads = (text: string) => unitMatrixRows(buildPlan(text), (name) => name).map((row) => [row.leads, row.leadBasis]);

describe("who leads a task", () => {
  it("is what the clause states, never the first-listed unit by itself", () => {
    expect(leads("一、主要任务\n1.甲。〔责任单位：市科技局、市工信局〕\n2.乙。（省发改委、省科技厅按职责分工负责）\n")).toEqual([
      [[], null],
      [[], null],
    ]);
    expect(leads("一、主要任务\n1.甲。（市住建局牵头，市水务局配合）\n2.乙。〔责任单位：市工信局、市科技局（牵头）〕\n3.丙。〔配合单位：市财政局〕\n")).toEqual([
      [["市住建局"], "clause"],
      [["市科技局"], "clause"],
      [[], null],
    ]);
  });

  it("is the first-listed unit where the plan declares so, unless the clause states roles or the first is a group term", () => {
    for (const declaration of ["排在第一位的为牵头单位", "第一个单位为牵头单位", "列首位的为牵头部门", "排名第一的单位牵头", "牵头单位列在首位"]) {
      const plan = buildPlan(`一、主要任务\n（${declaration}，下同）\n1.甲。〔责任单位：市科技局、市工信局〕\n2.乙。〔责任单位：各区（市）县、市工信局〕\n3.丙。〔配合单位：市财政局、市税务局〕\n`);
      expect(leadConvention(plan), declaration).not.toBeNull();
      expect(unitMatrixRows(plan, (name) => name).map((row) => [row.leads, row.leadBasis])).toEqual([
        [["市科技局"], "convention"],
        [[], null],
        [[], null],
      ]);
    }
    // Prose with 第一 and 牵头 close together declares nothing.
    expect(leadConvention(buildPlan("一、主要任务\n1.甲。打造全国第一批龙头企业牵头的创新联合体，市科技局为第一牵头单位。〔责任单位：市科技局〕\n"))).toBeNull();
  });

  it("is the 责任 label's units where the clause sets them against a 配合 label and writes no 牵头 label", () => {
    expect(
      leads(
        "一、主要任务\n1.甲。〔责任科室：计量科；配合单位：市计量所〕\n2.乙。〔责任单位：市工信局、市科技局；配合单位：市财政局〕\n" +
          "3.丙。〔牵头单位：市商务局；责任单位：市科技局；配合单位：市财政局〕\n4.丁。〔责任单位：市工信局，市科技局配合〕\n5.戊。〔责任单位：各有关部门；配合单位：市财政局〕\n",
      ),
    ).toEqual([
      [["计量科"], "clause"],
      [["市工信局", "市科技局"], "clause"],
      [["市商务局"], "clause"],
      [["市工信局"], "clause"],
      [[], null],
    ]);
  });

  it("is the names a clause opens with where a comma sets a 配合 (等配合, 协同, 参与) tail apart from them", () => {
    const plan = buildPlan(
      "一、主要任务\n1.甲。〔责任单位：市发展改革委，市财政局配合〕\n2.乙。〔责任单位：市农业农村局、市市场监管局，市财政局、市商务局等配合〕\n" +
        "3.丙。〔市卫生健康委，市应急局协同〕\n4.丁。市住建局，市交通运输局参与。\n5.戊。〔责任单位：市商务局、市科技局，各县（市、区）人民政府配合〕\n" +
        // After a lead of its own the names before the comma help too; before 负责 the comma is a slip of the 、.
        "6.己。〔责任单位：市商务局牵头，市文广旅局，市体育局配合〕\n7.庚。〔责任单位：市科技局，市财政局负责〕\n8.辛。〔责任单位：市市场监管局；市卫生健康委协同〕\n" +
        "9.壬。（责任单位：区经济信息委，区科技局、区市场监管局，空港工业园区管委会配合）\n",
    );
    const rows = unitMatrixRows(plan, (name) => name);
    expect(rows.map((row) => [row.leads, row.supporting])).toEqual([
      [["市发展改革委"], ["市财政局"]],
      [["市农业农村局", "市市场监管局"], ["市财政局", "市商务局"]],
      [["市卫生健康委"], ["市应急局"]],
      [["市住建局"], ["市交通运输局"]],
      [["市商务局", "市科技局"], ["各县（市、区）人民政府"]],
      [["市商务局"], ["市文广旅局", "市体育局"]],
      [[], []],
      [["市市场监管局"], ["市卫生健康委"]],
      [["区经济信息委"], ["区科技局", "区市场监管局", "空港工业园区管委会"]],
    ]);
    // The per-department list says so too.
    const registry = registryFor(undefined, undefined);
    const counts = addUnitTaskCounts(plan, (name) => name, registry, new Map());
    expect(counts.get("市发展改革委")).toEqual({ tasks: 1, leads: 1, supports: 0 });
    expect(counts.get("市财政局")).toEqual({ tasks: 3, leads: 0, supports: 2 });
  });

  it("is never a group term, even where the clause says it leads", () => {
    expect(leads("一、主要任务\n1.甲。（各县（市、区）人民政府牵头，市工信局配合）\n")).toEqual([[[], null]]);
  });
});

describe("the unit report of a plan", () => {
  const registry = registryFor(undefined, undefined);

  it("counts each unit once under the plan's writing of it, and group terms apart", () => {
    const plan = buildPlan(
      "一、主要任务\n1.甲。〔责任单位：市发展和改革委员会、市人社局、市委组织部（市委人才办）〕\n2.乙。〔责任单位：市发改委、人社局、市委组织部、市卫健委、市卫健委〕\n3.丙。〔责任单位：市卫生健康委、各区（市）县〕\n",
    );
    const report = unitReport(plan, registry);
    // Four units in two tasks each (a unit twice in one clause counts once), whatever the order of the ties.
    expect(report.units.map((tally) => [tally.unit, tally.writings, tally.tasks.length]).sort()).toEqual([
      ["市人社局", ["市人社局", "人社局"], 2],
      ["市卫健委", ["市卫健委", "市卫生健康委"], 2],
      ["市发展和改革委员会", ["市发展和改革委员会", "市发改委"], 2],
      ["市委组织部", ["市委组织部（市委人才办）", "市委组织部"], 2],
    ]);
    expect(report.groups.map((tally) => [tally.unit, tally.tasks.map((task) => task.path.join(""))])).toEqual([["各区（市）县", ["一、3."]]]);
  });

  it("counts a name without its level's word under the plan's level: 人社局 is 区人社局 in a district's plan", () => {
    const plan = buildPlan("一、主要任务\n1.甲。〔责任单位：区人社局、区财政局〕\n2.乙。〔责任单位：人社局、区财政局〕\n");
    expect(unitReport(plan, registry).units.map((tally) => [tally.unit, tally.writings, tally.tasks.length])).toEqual([
      ["区财政局", ["区财政局"], 2],
      ["区人社局", ["区人社局", "人社局"], 2],
    ]);
  });

  it("counts tasks and leads as the editor's hover does: a task once, in the strongest role its clauses give it", () => {
    const plan = buildPlan("一、主要任务\n1.甲。〔配合单位：市工信局〕开展对标。〔牵头单位：市工信局〕\n2.乙。开展工作。\n3.丙。开展工作。\n〔责任单位：市科技局、市工信局〕\n");
    const tally = unitReport(plan, registry).units.find((unit) => unit.unit === "市工信局")!;
    expect([tally.tasks.map((task) => [task.path.join(""), task.role]), tally.leads, tally.supports]).toEqual([
      [
        ["一、1.", "lead"],
        ["一、2.", "responsible"],
        ["一、3.", "responsible"],
      ],
      1,
      0,
    ]);
    // The hover's count: the same tasks; 市科技局, listed first by the group's clause, leads none.
    const counts = addUnitTaskCounts(plan, (name) => registry.resolve(name)?.canonical ?? name, registry, new Map());
    expect(counts.get("市工信局")).toEqual({ tasks: 3, leads: 1, supports: 0 });
    expect(counts.get("市科技局")).toEqual({ tasks: 2, leads: 0, supports: 0 });
  });

  it("lists the tasks without a clause, not those a group's clause or a sentence after them covers, nor the safeguards chapter's", () => {
    const plan = buildPlan(
      "一、主要任务\n1.甲。开展工作。\n2.乙。开展工作。\n以上任务责任单位：市科技局。\n二、重点工程\n（一）实施品牌工程。开展工作。\n三、保障措施\n（一）加强组织领导。建立工作机制。\n",
    );
    expect(unitReport(plan, registry).tasksWithoutClause.map((task) => [task.path.join(""), task.heading])).toEqual([["二、（一）", "实施品牌工程"]]);
  });
});
