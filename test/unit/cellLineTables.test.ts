import { describe, expect, it } from "vitest";
import { analyze } from "../../server/src/core/analyze";
import { buildPlan } from "../../server/src/core/model/buildPlan";
import { fixAll } from "../../server/src/core/fixes/applyFixes";

/** A 分工表 copied out of a PDF: one cell a line (model/cellLineTables.ts). */
const PLAN = [
  "示例市质量强市建设实施方案",
  "一、重点任务",
  "1.开展质量提升行动。〔责任单位：市工信局、市市场监管局〕",
  "2.强化标准引领。〔责任单位：市市场监管局〕",
  "示例市人民政府",
  "2025年3月5日",
  "附件",
  "重点任务分工表",
];
const HEADER = ["序号", "重点任务", "牵头单位", "配合单位", "完成时限"];
const ROW_1 = ["1", "开展质量提升行动", "市工信局", "市市场监管局", "2025年底"];
const ROW_2 = ["2", "强化标准引领", "市市场监管局", "市发展改革委", "2024年底"];
const text = (...rows: string[][]) => [...PLAN, ...rows.flat(), ""].join("\n");
const rowsOf = (source: string) =>
  buildPlan(source)
    .clauses.filter((clause) => clause.tableRow !== null)
    .map((clause) => [clause.tableRow!.number, clause.tableRow!.task, clause.segments.map((segment) => `${segment.label}：${segment.none !== null ? "（无）" : segment.units.map((unit) => unit.text).join("、")}`)]);

describe("a responsibility table pasted one cell a line", () => {
  it("reads each row as its clause, labelled by the columns, and its 完成时限 as a deadline", () => {
    const source = text(HEADER, ROW_1, ROW_2);
    expect(rowsOf(source)).toEqual([
      ["1", "开展质量提升行动", ["牵头单位：市工信局", "配合单位：市市场监管局"]],
      ["2", "强化标准引领", ["牵头单位：市市场监管局", "配合单位：市发展改革委"]],
    ]);
    const plan = buildPlan(source);
    expect(plan.tables).toMatchObject([{ columns: HEADER, rows: 2, unread: [] }]);
    expect(plan.deadlines.map((deadline) => deadline.value)).toEqual(["2025年底", "2024年底"]);
  });

  it("is checked as a tabbed table is: against the text's clauses and the plan's date, with no clause cut by its lines", () => {
    const findings = analyze(text(HEADER, ROW_1, ROW_2)).findings.map((finding) => finding.rule);
    expect(findings.filter((rule) => rule === "units/table-mismatch")).toHaveLength(1);
    expect(findings).toContain("structure/deadline-period");
    expect(findings).not.toContain("units/clause-line-break");
    expect(findings).not.toContain("units/unknown");
  });

  it("reads a unit named again in a later row as the row's unit, no running head the fix deletes", () => {
    // 市市场监管局 leads rows 1 and 2, each time between two cells with no sentence mark: the
    // shape of a page's head cutting a sentence twice, which structure/page-number deleted.
    const header = ["序号", "重点任务", "牵头单位", "配合单位"];
    const source = text(header, ["1", "开展质量提升行动", "市市场监管局", "市工信局"], ["2", "强化标准引领", "市市场监管局", "—"]);
    expect(analyze(source).findings.map((finding) => finding.rule)).not.toContain("structure/page-number");
    expect(rowsOf(source).map((row) => row[2])).toEqual([["牵头单位：市市场监管局", "配合单位：市工信局"], ["牵头单位：市市场监管局", "配合单位：（无）"]]);
    expect(fixAll(source).text.split("\n").filter((line) => line === "市市场监管局")).toHaveLength(2);
  });

  it("counts a row whose cells do not line up as unread, and reads the others", () => {
    // Row 1's task wrapped onto two lines: six lines up to row 2's number.
    const wrapped = ["1", "开展质量提升行动，推动重点产业", "质量攻关", "市工信局", "市市场监管局", "2025年底"];
    const plan = buildPlan(text(HEADER, wrapped, ROW_2));
    expect(plan.tables[0]).toMatchObject({ rows: 1, unread: [expect.anything()] });
    expect(rowsOf(text(HEADER, wrapped, ROW_2)).map((row) => row[0])).toEqual(["2"]);
    // The last row wrapped, nothing after it to end it: taken at the header's length, its unit
    // cells are not names (质量攻关 / 市工信局 shifted), so unread, and no name is called unknown.
    const last = ["2", "强化标准引领，推动", "标准化建设", "市市场监管局", "市发展改革委", "2025年底"];
    const source = text(HEADER, ROW_1, last);
    expect(buildPlan(source).tables[0]).toMatchObject({ rows: 1, unread: [expect.anything()] });
    expect(analyze(source).findings.map((finding) => finding.rule)).not.toContain("units/unknown");
  });

  it("is no table without a unit column, with fewer than three cells, or where a header cell is a sentence", () => {
    expect(buildPlan(text(["序号", "重点任务", "完成时限"], ["1", "开展质量提升行动", "2025年底"])).tables).toEqual([]);
    expect(buildPlan(text(["序号", "牵头单位"], ["1", "市工信局"])).tables).toEqual([]);
    expect(buildPlan(text(["序号", "各单位要按照分工抓好落实。", "牵头单位"], ["1", "开展", "市工信局"])).tables).toEqual([]);
  });
});
