import { describe, expect, it } from "vitest";
import { analyze } from "../../server/src/core/analyze";
import { opensUnitTable } from "../../server/src/core/model/unitTableHeader";
import { parseSyntax } from "../../server/src/core/syntax/parse";

/**
 * A 分工表 whose cells are apart by single spaces (`序号 重点任务 责任单位 完成时限`, typed so or
 * copied from a page that set its cells so): read as a table, its rows as their tasks' clauses
 * and deadlines, not as text; only at a header every cell of which names a column, and only rows
 * that split into as many cells.
 */
const BODY = [
  "示例县计量能力提升行动方案",
  "一、工作目标",
  "到2025年，全县计量器具检定覆盖率达到98%以上。",
  "二、重点任务",
  "1.推进标准化建设。开展企业标准化试点。〔责任单位：县市场监管局〕",
  "2.加强计量能力。建设县级计量测试中心。〔责任单位：县工信局〕",
  "",
];
const HEADER = "序号 重点任务 责任单位 完成时限";
const ROWS = ["1 推进标准化建设 县市场监管局 2025年底前", "2 加强计量能力 县工信局、县科技局 2024年底前"];

const rowsOf = (text: string) => {
  const { plan } = analyze(text);
  return plan.tables.map((table) => ({ columns: table.columns, rows: table.rows }));
};

describe("a 分工表 with its cells apart by single spaces", () => {
  it("is read as a table: its rows are their tasks' clauses and deadlines, no text of the last task", () => {
    const text = [...BODY, HEADER, ...ROWS, ""].join("\n");
    const { plan, findings } = analyze(text);
    expect(rowsOf(text)).toEqual([{ columns: ["序号", "重点任务", "责任单位", "完成时限"], rows: 2 }]);
    const rows = plan.clauses.filter((clause) => clause.tableRow !== null);
    expect(rows.map((row) => row.units.map((unit) => unit.text))).toEqual([["县市场监管局"], ["县工信局", "县科技局"]]);
    expect(plan.deadlines.map((deadline) => deadline.value)).toEqual(expect.arrayContaining(["2025年底前", "2024年底前"]));
    const last = plan.allItems[plan.allItems.length - 1]!;
    expect(text.slice(last.start, last.end)).toBe(BODY[5]);
    // No space between its cells is prose's, and the row's units are compared with the text's.
    expect(findings.filter((finding) => finding.rule === "punct/han-space")).toEqual([]);
    expect(findings.map((finding) => finding.rule)).toContain("units/table-mismatch");
  });

  it("has its header read as one where the outline asks (opensUnitTable)", () => {
    const lines = parseSyntax(`${HEADER}\n`).document.lines;
    expect(opensUnitTable(lines[0]!, `${HEADER}\n`)).toBe(true);
    const prose = "责任单位 市市场监管局 市工信局\n";
    expect(opensUnitTable(parseSyntax(prose).document.lines[0]!, prose)).toBe(false);
  });

  it("opens only at a header every cell of which names a column", () => {
    // Names after a label with single spaces: a clause written loosely, no header.
    expect(rowsOf([...BODY, "责任单位 县市场监管局 县工信局 县科技局", ...ROWS, ""].join("\n"))).toEqual([]);
    // Two cells only.
    expect(rowsOf([...BODY, "重点任务 责任单位", ...ROWS, ""].join("\n"))).toEqual([]);
  });

  it("ends at a line that does not split into as many cells and whose words fit no columns, which stays text", () => {
    const text = [...BODY, HEADER, ROWS[0], "请 各单位 按职责分工 抓好落实，确保 按期完成。", ROWS[1], ""].join("\n");
    expect(rowsOf(text)).toEqual([{ columns: ["序号", "重点任务", "责任单位", "完成时限"], rows: 1 }]);
  });

  it("reads a row whose task holds a space where its words fit the columns one way only (model/narrowRowCells.ts)", () => {
    const text = [...BODY, HEADER, ROWS[0], "2 加强计量 能力建设 县工信局 2024年底前", ""].join("\n");
    expect(rowsOf(text)).toEqual([{ columns: ["序号", "重点任务", "责任单位", "完成时限"], rows: 2 }]);
  });

  it("reads a row a cell short, its empty 配合单位 lost between single spaces, in its columns: no section row, its 序号 in the count", () => {
    const header = "序号 重点任务 牵头单位 配合单位 完成时限";
    const rows = ["1 推进标准化建设 县市场监管局 县工信局 2025年底前", "2 加强计量能力 县工信局 2024年底前", "3 培育质量品牌 县商务局 县市场监管局 2025年底前"];
    const { plan, findings } = analyze([...BODY, header, ...rows, ""].join("\n"));
    expect(plan.tables.map((table) => [table.rows, table.sectionRows.length, table.serials.map((serial) => serial.text)])).toEqual([[3, 0, ["1", "2", "3"]]]);
    const second = plan.clauses.find((clause) => clause.tableRow?.number === "2")!;
    expect(second.segments.map((segment) => [segment.label, segment.units.map((unit) => unit.text)])).toEqual([["牵头单位", ["县工信局"]]]);
    expect(findings.filter((finding) => finding.rule === "numbering/table-serial")).toEqual([]);
  });

  it("keeps a row a cell short that its cells cannot place in the count, unread", () => {
    const header = "序号 重点任务 牵头单位 配合单位 完成时限";
    const rows = ["1 推进标准化建设 县市场监管局 县工信局 2025年底前", "2 加强计量能力建设工作", "3 培育质量品牌 县商务局 县市场监管局 2025年底前"];
    const { plan, findings } = analyze([...BODY, header, ...rows, ""].join("\n"));
    expect(plan.tables.map((table) => [table.rows, table.unread.length, table.serials.map((serial) => serial.text)])).toEqual([[2, 1, ["1", "2", "3"]]]);
    expect(findings.filter((finding) => finding.rule === "numbering/table-serial")).toEqual([]);
  });
});

describe("a 分工表 of single spaces over pages, its header printed again at the top of each (a PDF converter's copy)", () => {
  const MORE = ["3 培育质量品牌 县商务局 2025年底前", "4 建设计量测试平台 县科技局 2026年底前"];

  it.each([
    ["blank lines round the page's number", ["", "— 5 —", ""]],
    ["the page's number alone", ["-5-"]],
    ["the page's number and the plan's title as its running head", ["", "— 5 —", "", "示例县计量能力提升行动方案", ""]],
  ])("with %s: the repeat is the table's header, no running head, and both pages' rows one table", (_name, edge) => {
    // The caption right over the header, no blank line between: a line by a page's edge, as a running head stands.
    const text = [...BODY, "附件", "重点任务分工表", HEADER, ...ROWS, ...edge, HEADER, ...MORE, ""].join("\n");
    const { plan, findings } = analyze(text);
    expect(rowsOf(text)).toEqual([{ columns: ["序号", "重点任务", "责任单位", "完成时限"], rows: 4 }]);
    expect(plan.tables[0]!.serials.map((serial) => serial.text)).toEqual(["1", "2", "3", "4"]);
    expect(plan.clauses.filter((clause) => clause.tableRow !== null).map((clause) => clause.units.map((unit) => unit.text).join("、"))).toEqual(["县市场监管局", "县工信局、县科技局", "县商务局", "县科技局"]);
    // The header is no page furniture for structure/page-number's fix to delete.
    expect(findings.filter((finding) => finding.rule === "structure/page-number").map((finding) => text.slice(finding.start, finding.end))).not.toContainEqual(expect.stringContaining("重点任务"));
  });
});
