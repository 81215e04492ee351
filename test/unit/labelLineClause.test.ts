import { describe, expect, it } from "vitest";
import { analyze } from "../../server/src/core/analyze";
import { buildPlan } from "../../server/src/core/model/buildPlan";
import { unitMatrixRows } from "../../server/src/core/units/matrix";

/**
 * A clause's labels and names on a line of their own after the task, without brackets
 * (`牵头单位：市经信局；配合单位：市科技局`, `责任单位：市经信局、市大数据局`): the task's clause, read
 * as the bracketed clause it would be, and no sentence that lacks its `。`.
 */
const PLAN = [
  "示例市质量强市实施方案",
  "一、重点任务",
  "1.实施产业基础再造工程。开展攻关。",
  "牵头单位：市经信局；配合单位：市科技局",
  "2.推动集群。开展诊断。",
  "（牵头单位：市市场监管局；配合单位：市经信局）",
  "3.推动转型。开展建设。",
  "责任单位：市经信局、市大数据局。",
  "",
].join("\n");

const rows = (text: string) => unitMatrixRows(buildPlan(text), (name) => name).map((row) => [row.path.join(""), row.units.join("、"), row.leads.join("、"), row.supporting.join("、")]);

describe("a clause's labels on a line of their own", () => {
  it("are the clause of the task above, and the next task's bracketed clause is that task's alone", () => {
    expect(rows(PLAN)).toEqual([
      ["一、1.", "市经信局、市科技局", "市经信局", "市科技局"],
      ["一、2.", "市市场监管局、市经信局", "市市场监管局", "市经信局"],
      ["一、3.", "市经信局、市大数据局", "", ""],
    ]);
  });

  it("keep their spans: the names are where they are written, and the clause has no bracket", () => {
    const plan = buildPlan(PLAN);
    const clause = plan.clauses[0]!;
    expect(plan.text.slice(clause.start, clause.end)).toBe("牵头单位：市经信局；配合单位：市科技局");
    expect([clause.open, clause.close]).toEqual(["", ""]);
    expect(clause.units.map((unit) => plan.text.slice(unit.start, unit.end))).toEqual(["市经信局", "市科技局"]);
    expect(clause.segments.map((segment) => segment.labelSpan && plan.text.slice(segment.labelSpan.start, segment.labelSpan.end))).toEqual(["牵头单位", "配合单位"]);
    // The closing 。 is the sentence's, not the last name's.
    expect(plan.clauses[2]!.units.map((unit) => unit.text)).toEqual(["市经信局", "市大数据局"]);
  });

  it("are no paragraph missing its full stop, and the plan's units are found", () => {
    const findings = analyze(PLAN).findings.map((finding) => finding.rule);
    expect(findings).not.toContain("punct/sentence-end");
    expect(findings).not.toContain("units/missing-clause");
  });

  it("are no line of their own inside a clause cut across lines, nor in a paragraph a PDF's measure cut", () => {
    const cut = buildPlan("一、重点任务\n1.实施产业基础再造工程。开展攻关。〔\n责任单位：市经信局、市科技局\n〕\n");
    expect(cut.clauses.map((clause) => clause.units.map((unit) => unit.text))).toEqual([["市经信局", "市科技局"]]);
  });

  it("are not read in prose that starts with a label", () => {
    expect(buildPlan("一、重点任务\n1.实施产业基础再造工程。开展攻关。〔责任单位：市经信局〕\n牵头单位：要切实履行牵头职责，定期调度\n").clauses).toHaveLength(1);
    expect(buildPlan("一、重点任务\n1.实施产业基础再造工程。开展攻关。〔责任单位：市经信局〕\n牵头单位：市经信局。配合单位要积极配合\n").clauses).toHaveLength(1);
  });
});

describe("a label line whose first name is towns or streets named by their kind after 各", () => {
  it("is the task's clause (各乡、镇人民政府, 各街道、镇), and a sentence that starts with 各 is none", () => {
    const text = (line: string) => `示例县质量强县工作要点\n一、重点工作\n1.推动乡镇质量工作。指导乡镇建立机制。\n牵头单位：县市场监管局\n${line}\n2.推动园区质量。指导园区。（责任单位：县科技局）\n`;
    expect(rows(text("配合单位：各乡、镇人民政府，各街道办事处"))[0]).toEqual(["一、1.", "县市场监管局、各乡、镇人民政府、各街道办事处", "县市场监管局", "各乡、镇人民政府、各街道办事处"]);
    expect(rows(text("配合单位：各街道、镇"))[0]).toEqual(["一、1.", "县市场监管局、各街道、镇", "县市场监管局", "各街道、镇"]);
    expect(rows(text("配合单位：各司其职，共同推进"))[0]).toEqual(["一、1.", "县市场监管局", "县市场监管局", ""]);
  });
});
