import { describe, expect, it } from "vitest";
import { analyze } from "../../server/src/core/analyze";
import { buildPlan } from "../../server/src/core/model/buildPlan";
import { unitMatrixRows } from "../../server/src/core/units/matrix";
import { registryFor } from "../../server/src/core/units/registry";
import { planUnitKeys, unitReport } from "../../server/src/core/units/report";
import type { PlanDocument } from "../../server/src/core/model/types";
import { tableRowTasks } from "../../server/src/core/units/tableTasks";

/**
 * A plan that gives each task its clause in the text and again in a responsibility table: one
 * task written twice, counted once per unit, its two statements compared by units/table-mismatch.
 */
const TABLE = "附件\n重点任务分工表\n序号\t重点任务\t牵头单位\t配合单位\n";
const PLAN =
  "示例市方案\n一、重点任务\n1.实施产业基础再造工程。开展攻关。（牵头单位：市经信局；配合单位：市科技局）\n2.推动集群质量提升。开展诊断。（牵头单位：市市场监管局；配合单位：市商务局）\n二、保障措施\n（一）加强组织领导。\n" +
  TABLE +
  "1\t实施产业基础再造工程\t市经信局\t市科技局\n2\t推动集群质量提升\t市市场监管局\t市商务局\n";

const keys = (plan: PlanDocument) => {
  const keyOf = planUnitKeys(plan, registryFor(undefined, undefined));
  return (name: string) => keyOf(name).key;
};

const tally = (text: string) => unitReport(buildPlan(text), registryFor(undefined, undefined)).units.map((unit) => [unit.unit, unit.tasks.map((task) => task.path.join(""))]);

describe("a responsibility table that restates the tasks of the text", () => {
  it("counts each task once per unit, under the task of the text", () => {
    expect(tally(PLAN)).toEqual([
      ["市经信局", ["一、1."]],
      ["市市场监管局", ["一、2."]],
      ["市科技局", ["一、1."]],
      ["市商务局", ["一、2."]],
    ]);
    // The rows list each task once, under the task of the text, and the report says the two were merged.
    const report = unitReport(buildPlan(PLAN), registryFor(undefined, undefined));
    expect(report.rows.map((row) => row.path.join(""))).toEqual(["一、1.", "一、2."]);
    expect(report.notes.map((note) => note.message)).toContainEqual(expect.stringContaining("有 2 行与正文的任务对应"));
  });

  it("matches a row by its title, however the table orders or shortens it; a row of no task of the text is a task of its own", () => {
    const text =
      "示例市方案\n一、重点任务\n1.提升产品质量。开展抽检。〔责任单位：市市场监管局〕\n2.提升工程质量水平。开展创优。〔责任单位：市住建局〕\n" +
      TABLE +
      "1\t提升工程质量\t市住建局\t市财政局\n2\t提升产品质量\t市市场监管局\t市财政局\n3\t建设质量强市示范城市\t市市场监管局\t市财政局\n";
    const plan = buildPlan(text);
    expect(tableRowTasks(plan).map(({ row, task }) => [row.tableRow!.number, task.marker.text])).toEqual([
      ["1", "2."],
      ["2", "1."],
    ]);
    expect(tally(text)).toEqual([
      ["市财政局", ["一、1.", "一、2.", "附件3"]],
      ["市市场监管局", ["一、1.", "附件3"]],
      ["市住建局", ["一、2."]],
    ]);
    // The two rows that restate tasks are in the tasks' rows; the third is a task of its own.
    expect(unitMatrixRows(plan, keys(plan)).map((row) => [row.path.join(""), row.units.join("、")])).toEqual([
      ["一、1.", "市市场监管局、市财政局"],
      ["一、2.", "市住建局、市财政局"],
      ["附件3", "市市场监管局、市财政局"],
    ]);
  });

  it("pairs a row with a task of the text that has no clause of its own: the table is where its units are", () => {
    const text =
      "示例市方案\n一、重点任务\n1.实施产业基础再造工程。开展攻关。（牵头单位：市经信局；配合单位：市科技局）\n2.推动集群质量提升。开展诊断。（牵头单位：市市场监管局；配合单位：市商务局）\n3.提升工程质量水平。开展创优。\n二、保障措施\n（一）加强组织领导。\n" +
      TABLE +
      "1\t实施产业基础再造工程\t市经信局\t市科技局\n2\t推动集群质量提升\t市市场监管局\t市商务局\n3\t提升工程质量水平\t市住建局\t市交通运输局\n";
    const plan = buildPlan(text);
    expect(tableRowTasks(plan).map(({ row, task }) => [row.tableRow!.number, task.marker.text])).toEqual([
      ["1", "1."],
      ["2", "2."],
      ["3", "3."],
    ]);
    // Its units are the task's: one row, under the task; no clause missing, nothing to compare.
    expect(unitMatrixRows(plan, keys(plan)).map((row) => [row.path.join(""), row.units.join("、")])).toEqual([
      ["一、1.", "市经信局、市科技局"],
      ["一、2.", "市市场监管局、市商务局"],
      ["一、3.", "市住建局、市交通运输局"],
    ]);
    expect(tally(text).find(([unit]) => unit === "市住建局")).toEqual(["市住建局", ["一、3."]]);
    expect(analyze(text).findings.filter((finding) => finding.rule.startsWith("units/")).map((finding) => finding.rule)).toEqual([]);
    // A heading near no row stays a task without a clause.
    const alone = text.replace("3\t提升工程质量水平", "3\t建设质量强市示范城市");
    expect(analyze(alone).findings.filter((finding) => finding.rule === "units/missing-clause")).toHaveLength(1);
  });

  it("gives a task of the text with no clause of its own the 完成时限 of the row that restates it; the text's own deadline first", () => {
    const text =
      "示例县方案\n一、重点任务\n（一）开展质量对标提升。组织企业对标达标。\n（二）加强品牌培育。培育区域品牌。\n（三）推进标准化建设。制定地方标准。〔责任单位：县市场监管局；完成时限：2026年底〕\n" +
      "附件\n重点任务分工表\n序号\t重点任务\t牵头单位\t配合单位\t完成时限\n" +
      "1\t开展质量对标提升\t县工信局\t县市场监管局\t2027年底\n2\t加强品牌培育\t县市场监管局\t县工信局、县商务局\t长期坚持\n3\t推进标准化建设\t县市场监管局\t县工信局\t2027年6月\n";
    const plan = buildPlan(text);
    expect(unitMatrixRows(plan, keys(plan)).map((row) => [row.path.join(""), row.deadline])).toEqual([
      ["一、（一）", "2027年底"],
      ["一、（二）", "长期坚持"],
      ["一、（三）", "2026年底"],
    ]);
  });

  it("reports the units a row adds or leaves out, and another lead, never another writing of the same unit", () => {
    const text =
      "示例市方案\n一、重点任务\n1.实施产业基础再造工程。开展攻关。（牵头单位：市经信局；配合单位：市科技局，各县（市、区）人民政府）\n2.推动集群质量提升。开展诊断。（牵头单位：市市场监管局；配合单位：市卫生健康委）\n" +
      TABLE +
      "1\t实施产业基础再造工程\t市科技局\t市经信局、市商务局\n2\t推动集群质量提升\t市市场监管局\t市卫健委\n";
    const findings = analyze(text).findings.filter((finding) => finding.rule === "units/table-mismatch");
    expect(findings.map((finding) => [text.slice(finding.start, finding.end).split("\t")[0], finding.message])).toEqual([
      [
        "1",
        "分工表第1项“实施产业基础再造工程”与正文“一、1.”的责任单位不一致：表中多列了“市商务局”；表中未列正文的“各县（市、区）人民政府”；牵头单位表中为“市科技局”，正文为“市经信局”",
      ],
    ]);
    expect(findings[0]!.fix).toBeUndefined();
  });
  it("names a row by its number, whatever its 序号 cell's marks: 1. and （2） are 第1项 and 第2项", () => {
    const text =
      "示例市方案\n一、重点任务\n1.实施产业基础再造工程。开展攻关。（牵头单位：市经信局）\n2.推动集群质量提升。开展诊断。（牵头单位：市市场监管局）\n" +
      TABLE +
      "1.\t实施产业基础再造工程\t市科技局\t市经信局\n（2）\t推动集群质量提升\t市商务局\t市市场监管局\n";
    const findings = analyze(text).findings.filter((finding) => finding.rule === "units/table-mismatch");
    expect(findings.map((finding) => finding.message.slice(0, finding.message.indexOf("“")))).toEqual(["分工表第1项", "分工表第2项"]);
  });
});

// A notice (通知) that issues the plan as 附件1 and its 分工表 as 附件2: each row restates a task
// of the plan, which the matrix lists once, the table's units and roles merged into its row.
describe("a notice whose 附件2 table restates 附件1's tasks", () => {
  const NOTICE = [
    "赣州市人民政府办公室关于印发赣州市质量强市建设实施方案的通知",
    "",
    "各县（市、区）人民政府，市政府各部门：",
    "现将《赣州市质量强市建设实施方案》印发给你们，请认真贯彻执行。",
    "",
    "附件：1.赣州市质量强市建设实施方案",
    "2.重点任务分工表",
    "",
    "附件1",
    "",
    "赣州市质量强市建设实施方案",
    "",
    "一、重点任务",
    "",
    "1.深化标准化改革创新。实施标准化行动。〔牵头单位：市市场监管局；配合单位：市工信局〕",
    "",
    "2.推动集群质量提升。开展诊断。〔责任单位：市商务局、市卫生健康委〕",
    "",
    "附件2",
    "",
    "重点任务分工表",
    "",
    "序号\t重点任务\t牵头单位\t配合单位",
    "1.\t深化标准化改革创新\t市市场监管局\t市工信局",
    "2.\t推动集群质量提升\t市商务局\t市卫健委、市科技局",
    "",
  ].join("\n");

  it("lists each task once, under the plan's task, with the table's units and roles merged in", () => {
    const report = unitReport(buildPlan(NOTICE), registryFor(undefined, undefined));
    expect(report.rows.map((row) => [row.path.join(" › "), row.units.join("、"), row.leads.join("、"), row.supporting.join("、"), row.leadBasis])).toEqual([
      ["一、 › 1.", "市市场监管局、市工信局", "市市场监管局", "市工信局", "clause"],
      // 市卫健委 is the 市卫生健康委 the text lists: one unit, written as the text writes it.
      ["一、 › 2.", "市商务局、市卫生健康委、市科技局", "市商务局", "市卫生健康委、市科技局", "clause"],
    ]);
    expect(report.notes.map((note) => note.message)).toContainEqual(expect.stringContaining("与正文的同一任务合为一行"));
  });
});

// An attachment that restates the body's tasks as numbered items with their clauses, not as a
// table: the same task written twice, one matrix row with both statements' units.
describe("an attachment that restates the text's tasks as numbered items", () => {
  const TEXT = [
    "示例市质量强市建设实施方案",
    "一、重点任务",
    "1.深化标准化改革创新。实施标准化行动。〔牵头单位：市市场监管局；配合单位：市工信局〕",
    "2.推动集群质量提升。开展诊断。〔责任单位：市商务局〕",
    "二、保障措施",
    "（一）加强组织领导。健全工作机制。",
    "",
    "附件1",
    "",
    "重点任务分工",
    "一、重点任务",
    "1.深化标准化改革创新。〔牵头单位：市市场监管局；配合单位：市科技局〕",
    "2.推动集群质量提升！〔责任单位：市商务局、市卫生健康委〕",
    "3.加强品牌建设。〔责任单位：市商务局〕",
    "4.推动集群质量。〔责任单位：市文旅局〕",
    "",
  ].join("\n");

  it("merges each restated task into the text's row; a task of its own or with other words keeps its row", () => {
    const report = unitReport(buildPlan(TEXT), registryFor(undefined, undefined));
    expect(report.rows.map((row) => [row.path.join(" › "), row.units.join("、"), row.leads.join("、"), row.supporting.join("、")])).toEqual([
      ["一、 › 1.", "市市场监管局、市工信局、市科技局", "市市场监管局", "市工信局、市科技局"],
      ["一、 › 2.", "市商务局、市卫生健康委", "", ""],
      ["附件1 › 一、 › 3.", "市商务局", "", ""],
      ["附件1 › 一、 › 4.", "市文旅局", "", ""],
    ]);
    expect(tally(TEXT).find(([unit]) => unit === "市商务局")).toEqual(["市商务局", ["一、2.", "附件1一、3."]]);
    expect(report.notes.map((note) => note.message)).toContainEqual("附件1“重点任务分工”中有 2 项任务与正文的任务文字相同，与正文的同一任务合为一行（列出两处的全部单位），按单位汇总时只计一次");
  });
});

describe("tasks written as their titles only, their units in the table", () => {
  it("are the tasks the table's rows restate", () => {
    const text = "示例市2024年质量提升工作方案\n一、重点任务\n（一）开展质量攻关行动。\n（二）推进区域质量提升。\n二、保障措施\n（一）加强组织领导。\n" + TABLE + "1\t开展质量攻关行动\t市市场监管局\t市工信局\n2\t推进区域质量提升\t市市场监管局\t市发展改革委\n";
    const report = unitReport(buildPlan(text), registryFor(undefined, undefined));
    expect(report.rows.map((row) => [row.path.join(""), row.heading])).toEqual([
      ["一、（一）", "开展质量攻关行动"],
      ["一、（二）", "推进区域质量提升"],
    ]);
    // The safeguards chapter's title-only items stay apart: their titles match no row.
    expect(tableRowTasks(buildPlan(text)).map((pair) => pair.task.heading.text)).toEqual(["开展质量攻关行动", "推进区域质量提升"]);
  });
});

describe("a table row whose task cell quotes the task's text, not its title", () => {
  const quoting =
    "示例县方案\n一、重点工作\n1.实施质量提升行动。聚焦先进制造业，组织质量攻关项目5项。（牵头单位：县工信局；配合单位：县科技局）\n2.推进农业标准化。新建省级农业标准化示范基地2个。（牵头单位：县农业农村局）\n" +
    TABLE +
    "1\t组织质量攻关项目5项\t县工信局\t县科技局\n2\t新建省级农业标准化示范基地2个\t县农业农村局\t县财政局\n";

  it("restates that task: counted once, and its units compared with the text's", () => {
    expect(tableRowTasks(buildPlan(quoting)).map(({ task }) => task.heading.text)).toEqual(["实施质量提升行动", "推进农业标准化"]);
    expect(tally(quoting).find(([unit]) => unit === "县工信局")).toEqual(["县工信局", ["一、1."]]);
    expect(analyze(quoting).findings.filter((finding) => finding.rule === "units/table-mismatch")).toHaveLength(1);
  });

  it("restates none where the quoted words are too few to tell, or in no task's text", () => {
    const short = quoting.replace("1\t组织质量攻关项目5项", "1\t攻关项目").replace("2\t新建省级农业标准化示范基地2个", "2\t开展品牌培育活动");
    expect(tableRowTasks(buildPlan(short))).toEqual([]);
    // A table under a task (重点项目如下表：) is no text of the task its rows could quote.
    const under = "示例市方案\n一、主要任务\n1.加强项目建设。重点项目如下表：〔责任单位：市发展改革委〕\n序号\t项目名称\t责任单位\n1\t质量基础设施项目\t市市场监管局\n2\t检验检测中心建设\t市发展改革委\n2.强化要素保障。统筹安排资金。〔责任单位：市财政局〕\n";
    expect(tableRowTasks(buildPlan(under))).toEqual([]);
  });
});

describe("units/table-mismatch and a group's statement over tasks that name their own units", () => {
  it("compares a row with all the text says of its task: its clause and the statement after its run", () => {
    const text = "某某县质量强县实施方案\n\n一、主要任务\n1.开展品牌培育。加强品牌建设。〔责任单位：县工信局〕\n2.开展品牌宣传。加强品牌宣传。\n以上任务由县市场监管局牵头，县工信局配合。\n\n附件\n\n重点任务分工表\n\n序号\t重点任务\t牵头单位\t配合单位\n1\t开展品牌培育\t县市场监管局\t县工信局\n2\t开展品牌宣传\t县市场监管局\t县工信局、县委宣传部\n";
    const findings = analyze(text).findings.filter((finding) => finding.rule === "units/table-mismatch");
    expect(findings.map((finding) => finding.message)).toEqual(["分工表第2项“开展品牌宣传”与正文“一、2.”的责任单位不一致：表中多列了“县委宣传部”"]);
  });
});

describe("a table's unit cell that writes its own labels", () => {
  it("is read as a clause's segments, each group doing what its label says", () => {
    const text = "示例市方案\n一、重点任务\n1.实施产业基础再造工程。开展攻关。\n附件\n重点任务分工表\n序号\t重点任务\t责任单位\t完成时限\n1\t实施产业基础再造工程\t牵头单位：市经信局；配合单位：市科技局、市商务局\t2025年底\n";
    const rows = buildPlan(text).clauses.filter((clause) => clause.tableRow !== null);
    expect(rows.map((clause) => clause.segments.map((segment) => [segment.label, segment.role, segment.units.map((unit) => unit.text)]))).toEqual([
      [
        ["牵头单位", "lead", ["市经信局"]],
        ["配合单位", "support", ["市科技局", "市商务局"]],
      ],
    ]);
    // A cell without labels keeps the column's header as its label.
    const plain = buildPlan(text.replace("牵头单位：市经信局；配合单位：市科技局、市商务局", "市经信局、市科技局")).clauses.filter((clause) => clause.tableRow !== null);
    expect(plain.map((clause) => clause.segments.map((segment) => [segment.label, segment.units.length]))).toEqual([[["责任单位", 2]]]);
  });
});
