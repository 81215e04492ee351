import { describe, expect, it } from "vitest";
import { buildPlan } from "../../server/src/core/model/buildPlan";
import { unitMatrixRows } from "../../server/src/core/units/matrix";
import { registryFor } from "../../server/src/core/units/registry";
import { unitReport } from "../../server/src/core/units/report";
import { clausesOfTask } from "../../server/src/core/units/sharedClause";
import { taskItems } from "../../server/src/core/xref/tasks";

it("the unit matrix gives each task of a group the clause written after the group", () => {
  const plan = buildPlan("一、重点任务\n（一）品牌培育\n1.建立培育库。开展工作。\n2.加强指导服务。开展服务。\n〔责任单位：市市场监管局、市商务局〕\n（二）品牌保护\n1.打击侵权假冒。开展行动。〔责任单位：市公安局〕\n");
  // No clause states a lead, and the plan declares no convention: no row has one.
  expect(unitMatrixRows(plan, (name) => name).map((row) => [row.path.join(""), row.units.join("、"), row.lead])).toEqual([
    ["一、（一）1.", "市市场监管局、市商务局", null],
    ["一、（一）2.", "市市场监管局、市商务局", null],
    ["一、（二）1.", "市公安局", null],
  ]);
});

describe("a task with sub-items", () => {
  const rows = (text: string) => unitMatrixRows(buildPlan(text), (name) => name).map((row) => [row.path.join(""), row.units.join("、")]);

  it("owns the clause after its last sub-item, where the plan writes clauses at the task's level", () => {
    const own = "示例市方案\n一、重点任务\n1.实施产业基础再造工程。开展攻关。\n（1）组织攻关项目10项以上；\n（2）建立创新联合体。\n（牵头单位：市经信局；配合单位：市科技局）\n2.推动集群质量提升。开展诊断。\n（牵头单位：市市场监管局；配合单位：市商务局）\n";
    expect(rows(own)).toEqual([
      ["一、1.", "市经信局、市科技局"],
      ["一、2.", "市市场监管局、市商务局"],
    ]);
    // The clause that ends the last sub-item's line is the task's too; the sub-items are covered by it.
    const inline = "示例市方案\n一、重点任务\n1.实施产业基础再造工程。开展攻关。\n（1）组织攻关项目10项以上；\n（2）建立创新联合体。〔责任单位：市经信局、市科技局〕\n2.推动集群质量提升。开展诊断。〔责任单位：市市场监管局、市商务局〕\n";
    expect(rows(inline)).toEqual([
      ["一、1.", "市经信局、市科技局"],
      ["一、2.", "市市场监管局、市商务局"],
    ]);
    const plan = buildPlan(inline);
    const task = plan.items[0]!.children[0]!;
    expect([task, ...task.children].map((item) => clausesOfTask(plan, item).flatMap((clause) => clause.units.map((unit) => unit.text)))).toEqual([
      ["市经信局", "市科技局"],
      ["市经信局", "市科技局"],
      ["市经信局", "市科技局"],
    ]);
  });

  it("owns it where every task of its run has sub-items and names its units after them", () => {
    const task = (n: number, title: string, units: string) => `${n}.${title}。开展工作。\n（1）推进第一项；\n（2）推进第二项。\n〔责任单位：${units}〕\n`;
    const text = `示例市方案\n一、重点任务\n${task(1, "实施产业基础再造工程", "市工信局、市科技局")}${task(2, "推动集群质量提升", "市市场监管局")}${task(3, "推动绿色低碳发展", "市发展改革委")}`;
    expect(rows(text)).toEqual([
      ["一、1.", "市工信局、市科技局"],
      ["一、2.", "市市场监管局"],
      ["一、3.", "市发展改革委"],
    ]);
    const plan = buildPlan(text);
    expect(taskItems(plan).map((item) => item.marker.text + item.heading.text)).toEqual(["1.实施产业基础再造工程", "2.推动集群质量提升", "3.推动绿色低碳发展"]);
    // Headings that only name a subject group tasks: their clause stays the tasks' under them.
    const groups = "示例市方案\n一、重点任务\n（一）品牌培育\n1.建立培育库。\n2.加强指导服务。\n〔责任单位：市市场监管局〕\n（二）品牌保护\n1.打击侵权假冒。\n2.加强执法。\n〔责任单位：市公安局〕\n";
    expect(rows(groups)).toEqual([
      ["一、（一）1.", "市市场监管局"],
      ["一、（一）2.", "市市场监管局"],
      ["一、（二）1.", "市公安局"],
      ["一、（二）2.", "市公安局"],
    ]);
    expect(taskItems(buildPlan(groups)).map((item) => item.marker.text)).toEqual(["1.", "2.", "1.", "2."]);
  });

  it("leaves a lone sub-item its own clause where its siblings' sub-items each name theirs, whatever level the safeguards write theirs at", () => {
    // （三） has one task, 6.; （一） writes a clause in each of its two: 6.'s clause is 6.'s, not one closing （三）.
    const text =
      "示例省方案\n一、重点任务\n（一）科技创新\n1.加强标准研究。开展研究。（责任单位：省科技厅）\n2.提升技术支撑。建设基地。（责任单位：省市场监管局）\n" +
      "（二）绿色发展\n3.完善绿色标准。健全标准。（责任单位：省发展改革委）\n二、保障措施\n（一）强化资金保障。给予支持。（责任单位：省财政厅）\n";
    expect(rows(text)).toEqual([
      ["一、（一）1.", "省科技厅"],
      ["一、（一）2.", "省市场监管局"],
      ["一、（二）3.", "省发展改革委"],
      ["二、（一）", "省财政厅"],
    ]);
  });

  it("counts once per unit in the report, as the one task it is", () => {
    const text = "示例市方案\n一、重点任务\n1.守牢底线。\n（1）合格率稳定在98.5%以上；\n（2）抽检合格率达到98.5%以上；\n（3）药品抽检合格率保持在99%以上。\n（牵头单位：市市场监管局；配合单位：市农业农村局）\n2.打造品牌。推行制度。\n（牵头单位：市建设局；配合单位：市水利局）\n";
    const tally = unitReport(buildPlan(text), registryFor(undefined, undefined)).units.map((unit) => [unit.unit, unit.tasks.map((task) => task.path.join(""))]);
    expect(tally).toContainEqual(["市市场监管局", ["一、1."]]);
    expect(tally).toContainEqual(["市建设局", ["一、2."]]);
  });

  it("whose sub-items name their own units never takes the clause of the task after it", () => {
    const text = "示例市方案\n一、重点任务\n1.实施产业基础再造工程。\n（1）组织攻关。〔责任单位：市经信局〕\n（2）建立联合体。〔责任单位：市科技局〕\n2.推动集群质量提升。开展诊断。\n〔责任单位：市市场监管局〕\n";
    expect(rows(text)).toEqual([
      ["一、1.（1）", "市经信局"],
      ["一、1.（2）", "市科技局"],
      ["一、2.", "市市场监管局"],
    ]);
  });

  it("closes the whole group where the plan writes group clauses on a paragraph of their own", () => {
    // 潍坊-style: each group's clause follows its last task; in （二） that task has sub-items.
    const text = "示例市方案\n一、重点任务\n（一）创新\n1.强化主体地位。开展工作。\n2.推进数字化。开展工作。\n责任单位：市科技局、市工信局\n（二）产业\n1.做强装备集群。开展攻关。\n2.提升农业效益。推进标准化。\n（1）建设标准体系。\n（2）强化监管。\n责任单位：市农业农村局、市市场监管局\n";
    expect(rows(text)).toEqual([
      ["一、（一）1.", "市科技局、市工信局"],
      ["一、（一）2.", "市科技局、市工信局"],
      ["一、（二）1.", "市农业农村局、市市场监管局"],
      ["一、（二）2.", "市农业农村局、市市场监管局"],
    ]);
    // Without a group clause elsewhere, the closing paragraph stays the last task's alone.
    const alone = "示例市方案\n一、重点任务\n1.做强装备集群。开展攻关。〔责任单位：市工信局〕\n2.提升农业效益。推进标准化。\n（1）建设标准体系。\n（2）强化监管。\n〔责任单位：市农业农村局〕\n3.提升服务。开展工作。〔责任单位：市商务局〕\n";
    expect(rows(alone)).toEqual([
      ["一、1.", "市工信局"],
      ["一、2.", "市农业农村局"],
      ["一、3.", "市商务局"],
    ]);
  });
});

it("gives a task one row for its 牵头单位 and 配合单位 written on lines of their own, one after the other (湘潭)", () => {
  const text = "示例市方案\n一、重点任务\n1.提升钢铁产品质量。推动开发高端钢材。\n牵头单位：市工信局\n配合单位：市市场监管局、市科技局\n2.提升服务质量。推进标准化。\n牵头单位：市商务局\n";
  expect(unitMatrixRows(buildPlan(text), (name) => name).map((row) => [row.path.join(""), row.units.join("、"), row.leads.join("、"), row.supporting.join("、")])).toEqual([
    ["一、1.", "市工信局、市市场监管局、市科技局", "市工信局", "市市场监管局、市科技局"],
    ["一、2.", "市商务局", "市商务局", ""],
  ]);
});

describe("a statement about the tasks above it (以上任务由…牵头)", () => {
  const rows = (text: string) =>
    unitMatrixRows(buildPlan(text), (name) => name).map((row) => [row.path.join(""), row.units.join("、"), row.leads.join("、")]);

  it("is each task's of its run, merged into the row of a task that names its own units: one row a task", () => {
    const text =
      "一、主要任务\n（一）提升产品质量\n1.开展质量提升行动。组织开展对标达标。〔责任单位：区市场监管局〕\n2.开展质量攻关。组织攻关。〔责任单位：区工信局〕\n以上任务由区市场监管局牵头，各相关部门按职责分工负责。\n（二）提升工程质量\n3.落实工程质量责任。落实终身责任制。〔责任单位：区住建局〕\n";
    expect(rows(text)).toEqual([
      ["一、（一）1.", "区市场监管局、各相关部门", "区市场监管局"],
      ["一、（一）2.", "区工信局、区市场监管局、各相关部门", "区市场监管局"],
      ["一、（二）3.", "区住建局", ""],
    ]);
  });

  it("reaches back only to the previous statement of its kind", () => {
    const text =
      "一、主要任务\n1.甲任务。开展工作。〔责任单位：区工信局〕\n以上任务由区工信局牵头。\n2.乙任务。开展工作。〔责任单位：区商务局〕\n3.丙任务。开展工作。〔责任单位：区科技局〕\n上述任务由区发展改革委牵头。\n";
    expect(rows(text)).toEqual([
      ["一、1.", "区工信局", "区工信局"],
      ["一、2.", "区商务局、区发展改革委", "区发展改革委"],
      ["一、3.", "区科技局、区发展改革委", "区发展改革委"],
    ]);
  });

  it("gives the rows in the order of the tasks, a task without units of its own among those with", () => {
    const text = "一、主要任务\n1.甲任务。开展工作。〔责任单位：县工信局〕\n2.乙任务。开展工作。\n3.丙任务。开展工作。〔牵头单位：县商务局〕\n以上任务由县市场监管局牵头，县工信局、县商务局配合。\n";
    expect(rows(text).map(([path]) => path)).toEqual(["一、1.", "一、2.", "一、3."]);
  });

  it("leaves a task's own word on a unit's role, and counts each task once per unit in the report", () => {
    const text =
      "一、主要任务\n1.甲任务。开展工作。〔责任单位：县科技局牵头，县市场监管局配合〕\n2.乙任务。开展工作。〔责任单位：县商务局〕\n3.丙任务。开展工作。\n以上任务由县市场监管局牵头，县科技局、县商务局配合。\n";
    const plan = buildPlan(text);
    expect(unitMatrixRows(plan, (name) => name).map((row) => [row.path.join(""), row.leads.join("、"), row.supporting.join("、")])).toEqual([
      ["一、1.", "县科技局", "县市场监管局、县商务局"],
      ["一、2.", "县市场监管局", "县科技局、县商务局"],
      ["一、3.", "县市场监管局", "县科技局、县商务局"],
    ]);
    const tallies = unitReport(plan, registryFor(undefined, undefined)).units.map((unit) => [unit.unit, unit.tasks.length, unit.leads, unit.supports]);
    expect(tallies).toEqual([
      ["县市场监管局", 3, 2, 1],
      ["县科技局", 3, 1, 2],
      ["县商务局", 3, 0, 3],
    ]);
  });
});
