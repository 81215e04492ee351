import { describe, expect, it } from "vitest";
import { analyze } from "../../server/src/core/analyze";
import { buildPlan } from "../../server/src/core/model/buildPlan";

const PLAN = "一、主要任务\n（一）开展质量攻关。组织实施攻关项目。\n（二）开展标准提升。实施标准化战略。\n\n附件\n重点任务分工表\n";

describe("a 分工表 written as a Markdown table (model/tables.ts readPiped)", () => {
  const piped = `${PLAN}| 序号 | 重点任务 | 牵头单位 | 配合单位 |\n| --- | --- | --- | --- |\n| 1 | 开展质量攻关 | 市市场监管局 | 市工信局 |\n| 2 | 开展标准提升 | 市工信局 |  |\n| 4 | 建设计量测试平台 | 市科技局 | 市财政局 |\n`;

  it("reads its rows as a tabbed table's, an empty cell between its pipes empty", () => {
    const plan = buildPlan(piped);
    expect(plan.tables.map((table) => [table.columns, table.rows])).toEqual([[["序号", "重点任务", "牵头单位", "配合单位"], 3]]);
    expect(plan.clauses.flatMap((clause) => (clause.tableRow === null ? [] : [[clause.tableRow.number, clause.units.map((unit) => unit.text)]]))).toEqual([
      ["1", ["市市场监管局", "市工信局"]],
      ["2", ["市工信局"]],
      ["4", ["市科技局", "市财政局"]],
    ]);
  });

  it("has its 序号 counted before structure/markdown-marks turns its pipes into tabs", () => {
    const rules = analyze(piped).findings.map((finding) => finding.rule);
    expect(rules).toContain("numbering/table-serial");
    expect(rules).toContain("structure/markdown-marks");
  });

  it("counts a row with other cells than the header's unread, and ends at the table's last row", () => {
    const plan = buildPlan(`${PLAN}| 重点任务 | 责任单位 |\n|---|---|\n| 开展质量攻关 | 市市场监管局 |\n| 开展计量提升 | 市科技局 | 市财政局 |\n| 开展标准提升 | 市工信局 |\n\n推进  市科技局\n`);
    expect(plan.tables[0]!.rows).toBe(2);
    expect(plan.tables[0]!.unread).toHaveLength(1);
  });

  it("ends a table where a header with its delimiter row opens the next, and reads no running head in the header written again", () => {
    // The table pasted twice, no blank line between: the second delimiter row was read as a row
    // whose units were ---, and its header as a running head printed at two page edges.
    const header = "| 序号 | 重点任务 | 牵头单位 | 配合单位 |\n| --- | --- | --- | --- |\n";
    const twice = `${PLAN}${header}| 1 | 开展质量攻关 | 市市场监管局 | 市工信局 |\n${header}| 1 | 开展标准提升 | 市工信局 | 市科技局 |\n`;
    const plan = buildPlan(twice);
    expect(plan.clauses.flatMap((clause) => clause.units.map((unit) => unit.text))).toEqual(["市市场监管局", "市工信局", "市工信局", "市科技局"]);
    const rules = analyze(twice).findings.map((finding) => finding.rule);
    expect(rules).not.toContain("units/unknown");
    expect(rules).not.toContain("structure/page-number");
    // structure/markdown-marks reports a table once (its lines together): two tables, two findings.
    expect(rules.filter((rule) => rule === "structure/markdown-marks")).toHaveLength(2);
  });

  it("keeps a row of hyphens under a row of dashes a row: a header names its columns", () => {
    // | - | - | is a delimiter row's shape; the row above it writes none in every cell, no header.
    const text = `${PLAN}| 序号 | 重点任务 | 牵头单位 | 配合单位 |\n| --- | --- | --- | --- |\n| 1 | 开展质量攻关 | 市市场监管局 | 市工信局 |\n| — | — | — | — |\n| - | - | - | - |\n| 2 | 开展标准提升 | 市工信局 | 市科技局 |\n`;
    expect(buildPlan(text).clauses.flatMap((clause) => (clause.tableRow === null ? [] : [clause.tableRow.number]))).toEqual(["1", "—", "-", "2"]);
  });

  it("reads no 分工表 from a Markdown table that names no unit column", () => {
    expect(buildPlan(`${PLAN}| 指标 | 单位 | 2025年 |\n| --- | --- | --- |\n| 制造业产品质量合格率 | % | 94 |\n`).tables).toEqual([]);
  });
});
