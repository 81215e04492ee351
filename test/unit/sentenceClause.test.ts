import { describe, expect, it } from "vitest";
import { analyze } from "../../server/src/core/analyze";
import { buildPlan } from "../../server/src/core/model/buildPlan";
import { IncrementalParser } from "../../server/src/core/syntax/incremental";
import { unitMatrixRows } from "../../server/src/core/units/matrix";
import { registryFor } from "../../server/src/core/units/registry";
import { unitReport } from "../../server/src/core/units/report";

/**
 * A task's clause written as its last sentence with no bracket and no label: names and their
 * roles alone (`……开展质量攻关。市市场监管局牵头，市工信局、市科技局配合。`), read with the roles the
 * bracketed provincial form gets; every other last sentence stays the task's text.
 */
const PLAN = [
  "某市质量强市建设实施方案",
  "一、重点任务",
  "1.开展质量提升行动。围绕重点产业开展质量攻关。市市场监管局牵头，市工信局、市科技局配合。",
  "2.推进标准化建设。制修订地方标准20项。市市场监管局负责。",
  "3.加强品牌建设。培育区域品牌10个。由市商务局牵头，市农业农村局配合。",
  "4.强化计量支撑。〔责任单位：市市场监管局〕",
  "5.推进检测认证。建设检测平台。市科技局牵头，市工信局协同；市发展改革委、市财政局按职责分工负责。",
  "",
].join("\n");

const rows = (text: string) =>
  unitMatrixRows(buildPlan(text), (name) => name).map((row) => [row.path.join(""), row.units.join("、"), row.leads.join("、"), row.supporting.join("、")]);

describe("a task's last sentence of names and roles", () => {
  it("is the task's clause, with the roles a bracketed clause gets", () => {
    expect(rows(PLAN)).toEqual([
      ["一、1.", "市市场监管局、市工信局、市科技局", "市市场监管局", "市工信局、市科技局"],
      ["一、2.", "市市场监管局", "", ""],
      ["一、3.", "市商务局、市农业农村局", "市商务局", "市农业农村局"],
      ["一、4.", "市市场监管局", "", ""],
      ["一、5.", "市科技局、市工信局、市发展改革委、市财政局", "市科技局", "市工信局"],
    ]);
    // The bracketed form reads the same names and roles.
    const bracketed = PLAN.replace("市市场监管局牵头，市工信局、市科技局配合。", "（市市场监管局牵头，市工信局、市科技局配合）");
    expect(rows(bracketed)[0]).toEqual(rows(PLAN)[0]);
  });

  it("keeps its span, without 由 and the closing 。, and no bracket", () => {
    const plan = buildPlan(PLAN);
    const spans = plan.clauses.map((clause) => [plan.text.slice(clause.start, clause.end), clause.open, clause.close, clause.form]);
    expect(spans[0]).toEqual(["市市场监管局牵头，市工信局、市科技局配合", "", "", "provincial"]);
    expect(spans[2]).toEqual(["由市商务局牵头，市农业农村局配合", "", "", "provincial"]);
  });

  it("is no sentence of prose, however it ends", () => {
    for (const sentence of ["市市场监管局要加强监管。", "各地要落实责任。", "企业负责。", "由政府主导，市场运作。", "坚持政府引导、企业主体、社会参与。", "各部门要加强协调配合。"]) {
      expect(buildPlan(`一、重点任务\n1.加强质量监管。开展专项行动。${sentence}\n`).clauses, sentence).toHaveLength(0);
    }
  });

  it("is the task's last sentence only", () => {
    // A sentence in the middle of a task's text, a body line after it.
    expect(buildPlan("一、重点任务\n1.加强质量监管。开展专项行动。市市场监管局负责。\n持续开展质量抽查。\n").clauses).toHaveLength(0);
    // A line of the task's body that ends it.
    const body = buildPlan("一、重点任务\n1.加强质量监管\n开展专项行动。市市场监管局负责。\n2.加强品牌建设\n");
    expect(body.clauses.map((clause) => [clause.units.map((unit) => unit.text), clause.item?.line.start])).toEqual([[["市市场监管局"], body.text.indexOf("1.")]]);
    // No task: a paragraph of the preamble.
    expect(buildPlan("为推进质量强市建设，制定本方案。市市场监管局负责。\n一、重点任务\n").clauses).toHaveLength(0);
  });

  it("ends with 。 or the line's end, not with a ；", () => {
    const units = (text: string) => buildPlan(text).clauses.map((clause) => clause.units.map((unit) => unit.text).join("、"));
    expect(units("一、重点任务\n1.加强质量监管。开展专项行动。市市场监管局牵头，市公安局配合\n")).toEqual(["市市场监管局、市公安局"]);
    expect(units("一、重点任务\n1.加强质量监管。开展专项行动。市市场监管局牵头，市公安局配合；\n")).toEqual([]);
  });

  it("may end in the task's deadline, which is read as the task's, as in brackets", () => {
    const read = (sentence: string) => {
      const plan = buildPlan(`一、重点任务\n1.加强质量监管。开展专项行动。${sentence}\n`);
      const clause = plan.clauses[0];
      return clause === undefined
        ? null
        : [clause.segments.map((segment) => `${segment.units.map((unit) => unit.text).join("、")}:${segment.role}`).join("；"), clause.item!.deadlines.map((deadline) => deadline.value)];
    };
    expect(read("市市场监管局牵头，市工信局配合，2025年底前完成。")).toEqual(["市市场监管局:lead；市工信局:support", ["2025年底前完成"]]);
    expect(read("市市场监管局负责，2026年6月底前完成")).toEqual(["市市场监管局:responsible", ["2026年6月底前完成"]]);
    expect(read("由市商务局牵头，市农业农村局配合；长期坚持。")).toEqual(["市商务局:lead；市农业农村局:support", ["长期坚持"]]);
    expect(read("市科技局、市工信局按职责分工负责，持续推进。")).toEqual(["市科技局、市工信局:responsible", ["持续推进"]]);
    expect(read("市市场监管局负责　2026年底。")).toEqual(["市市场监管局:responsible", ["2026年底"]]);
    expect(read("市市场监管局负责，完成时限：2025年12月。")).toEqual(["市市场监管局:responsible", ["2025年12月"]]);
    expect(read("市市场监管局负责，2025年年底前全面完成。")).toEqual(["市市场监管局:responsible", ["2025年年底前全面完成"]]);
    // Prose with a date after it stays prose; a date in the middle ends no sentence.
    for (const sentence of ["各地要抓好落实，2025年底前完成。", "企业负责，长期坚持。", "市总工会负责，2025年底前完成，各地配合。", "市市场监管局负责，2025年底前建成检测平台10个。"]) {
      expect(read(sentence), sentence).toBeNull();
    }
  });

  it("is the sentence before the task's deadline where the deadline is a sentence of its own", () => {
    const read = (sentences: string) => {
      const plan = buildPlan(`一、重点任务\n1.加强质量监管。开展专项行动。${sentences}\n`);
      const clause = plan.clauses[0];
      return clause === undefined ? null : [plan.text.slice(clause.start, clause.end), clause.item!.deadlines.map((deadline) => deadline.value)];
    };
    expect(read("市市场监管局牵头，市工信局配合。2025年底前完成。")).toEqual(["市市场监管局牵头，市工信局配合", ["2025年底前完成"]]);
    expect(read("市市场监管局负责。完成时限：2025年12月。")).toEqual(["市市场监管局负责", ["2025年12月"]]);
    expect(read("由市商务局牵头，市农业农村局配合。 长期坚持")).toEqual(["由市商务局牵头，市农业农村局配合", ["长期坚持"]]);
    for (const sentences of ["市市场监管局负责。2025年底前建成检测平台10个。", "各地要抓好落实。2025年底前完成。", "市市场监管局负责。持续开展质量抽查。"]) {
      expect(read(sentences), sentences).toBeNull();
    }
  });

  it("reads 协助 and a role with its verb (牵头落实, 配合实施) as the roles they are", () => {
    const roles = (clause: string) =>
      buildPlan(`一、重点任务\n1.加强质量监管。开展专项行动。${clause}\n`).clauses.map((read) => read.segments.map((segment) => `${segment.units.map((unit) => unit.text).join("、")}:${segment.role}`).join("；"));
    expect(roles("市市场监管局牵头，市工信局协助。")).toEqual(["市市场监管局:lead；市工信局:support"]);
    expect(roles("（市市场监管局牵头，市工信局、市科技局协助）")).toEqual(["市市场监管局:lead；市工信局、市科技局:support"]);
    expect(roles("市商务局牵头落实，市农业农村局配合实施。")).toEqual(["市商务局:lead；市农业农村局:support"]);
    expect(roles("（市市场监管局牵头实施，市工信局（协助））")).toEqual(["市市场监管局:lead；市工信局:support"]);
  });

  it("spans its names and its deadline, the closing 。 left out", () => {
    const plan = buildPlan("一、重点任务\n1.加强质量监管。开展专项行动。市市场监管局牵头，市工信局配合，2025年底前完成。\n");
    const clause = plan.clauses[0]!;
    expect(plan.text.slice(clause.start, clause.end)).toBe("市市场监管局牵头，市工信局配合，2025年底前完成");
    expect(plan.deadlines.map((deadline) => plan.text.slice(deadline.start, deadline.end))).toEqual(["2025年底前完成"]);
  });

  it("is read the same while typing: a line that becomes its task's last gets its clause", () => {
    const before = "一、重点任务\n1.加强质量监管。开展专项行动。市市场监管局负责。\n\n持续开展质量抽查。\n\n2.加强品牌建设。培育品牌。\n";
    const after = before.replace("持续开展质量抽查。", "3.持续开展质量抽查。");
    const parser = new IncrementalParser();
    for (const text of [before, after, before]) {
      const kept = buildPlan(text, parser.parse(text));
      expect(kept.clauses.map((clause) => [clause.start, clause.end])).toEqual(buildPlan(text).clauses.map((clause) => [clause.start, clause.end]));
    }
    expect(buildPlan(after).clauses).toHaveLength(1);
  });

  it("gives the units report its task, and units/unknown reads its names", () => {
    const report = unitReport(buildPlan(PLAN), registryFor(undefined, undefined));
    expect(report.units.find((unit) => unit.unit === "市市场监管局")?.tasks.length).toBe(3);
    expect(report.tasksWithoutClause).toEqual([]);
    const findings = analyze("一、重点任务\n1.加强质量监管。开展专项行动。市质量管理推进局牵头，市工信局配合。\n").findings;
    expect(findings.filter((finding) => finding.rule === "units/unknown").map((finding) => finding.message)).toEqual([expect.stringContaining("市质量管理推进局")]);
  });
});
