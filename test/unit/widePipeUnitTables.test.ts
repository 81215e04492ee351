import { describe, expect, it } from "vitest";
import { buildPlan } from "../../server/src/core/model/buildPlan";

const PLAN = "一、主要任务\n（一）开展质量攻关。组织实施攻关项目。\n（二）开展标准提升。实施标准化战略。\n\n附件\n重点任务分工表\n";

/** The rows the model read as clauses: each one's 序号 and its units. */
function rowsOf(text: string): Array<[string, string[]]> {
  return buildPlan(text).clauses.flatMap((clause) => (clause.tableRow === null ? [] : [[clause.tableRow.number, clause.units.map((unit) => unit.text)] as [string, string[]]]));
}

describe("a 分工表 whose cells are apart by full-width pipes (model/tables.ts, ｜ as WPS and web pages paste it)", () => {
  it("reads an unframed table's rows, an empty cell between its pipes empty", () => {
    const text = `${PLAN}序号｜重点任务｜牵头单位｜配合单位\n1｜开展质量攻关｜市市场监管局｜市工信局、市科技局\n2｜开展标准提升｜市工信局｜\n`;
    expect(buildPlan(text).tables.map((table) => [table.columns, table.rows])).toEqual([[["序号", "重点任务", "牵头单位", "配合单位"], 2]]);
    expect(rowsOf(text)).toEqual([
      ["1", ["市市场监管局", "市工信局", "市科技局"]],
      ["2", ["市工信局"]],
    ]);
  });

  it("reads a framed table, spaces round its cells, as the unframed one", () => {
    const text = `${PLAN}｜ 序号 ｜ 重点任务 ｜ 责任单位 ｜\n｜ 1 ｜ 开展质量攻关 ｜ 市市场监管局 ｜\n｜ 2 ｜ 开展标准提升 ｜ 市工信局 ｜\n`;
    expect(rowsOf(text)).toEqual([
      ["1", ["市市场监管局"]],
      ["2", ["市工信局"]],
    ]);
  });

  it("reads a two-column table: the pipes, not gaps, part its cells", () => {
    expect(rowsOf(`${PLAN}重点任务｜责任单位\n开展质量攻关｜市市场监管局\n`)).toEqual([["1", ["市市场监管局"]]]);
  });

  it("keeps a section row between rows and ends the table at a line with no pipe", () => {
    const text = `${PLAN}序号｜重点任务｜牵头单位\n一、质量攻关\n1｜开展质量攻关｜市市场监管局\n2｜开展标准提升｜市工信局\n说明：以上任务按年度推进。\n`;
    const plan = buildPlan(text);
    expect(plan.tables[0]!.rows).toBe(2);
    expect(plan.tables[0]!.sectionRows).toHaveLength(1);
    expect(plan.clauses.find((clause) => clause.tableRow?.number === "1")!.tableRow!.sections).toEqual(["一、质量攻关"]);
  });

  it("reads no 分工表 from prose with a pipe in it", () => {
    expect(buildPlan(`${PLAN}推行A｜B双轨制，由市市场监管局负责。\n`).tables).toEqual([]);
  });
});
