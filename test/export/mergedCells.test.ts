import { describe, expect, it } from "vitest";
import { analyze } from "../../server/src/core/analyze";
import type { Element } from "@xmldom/xmldom";
import { layoutPlan } from "../../server/src/core/export/layout";
import { attr, descendants, exportText, textOf } from "../support/docxPackage";
import { MERGED_LEADS, SPACED_MERGED_LEADS } from "../support/mergedLeads";

/**
 * A table pasted from WPS whose 类别 is merged over the rows below its first: those rows come
 * without the cell. The Word table puts the empty cell back, so that each figure stands under its
 * year and not one column to the left.
 */
const PLAN = [
  "某县知识产权和标准化行动计划（2026年）",
  "一、主要目标",
  "2026年主要指标如下：",
  "序号\t类别\t指标名称\t单位\t2025年完成\t2026年目标\t备注",
  "1\t知识产权创造\t有效发明专利拥有量\t件\t1650\t1800\t",
  "2\t每万人口高价值发明专利拥有量\t件\t3.1\t3.5\t",
  "3\t有效注册商标新增量\t件\t1320\t1500\t",
  "4\t标准化\t主导制修订标准数量\t项\t12\t15\t新增",
  "5\t标准化试点示范项目\t个\t3\t4",
  "二、重点任务",
  "（一）加强知识产权保护。完善保护体系。〔责任单位：县市场监管局〕",
  "",
].join("\n");

describe("export: a pasted table's merged cells", () => {
  it("puts the cell a merged category spans back in the rows below it", () => {
    const table = layoutPlan(analyze(PLAN).plan).blocks.find((block) => block.kind === "table");
    expect(table?.kind).toBe("table");
    const rows = (table as { rows: string[][] }).rows;
    expect(rows[2]).toEqual(["2", "", "每万人口高价值发明专利拥有量", "件", "3.1", "3.5", ""]);
    expect(rows[3]).toEqual(["3", "", "有效注册商标新增量", "件", "1320", "1500", ""]);
    // A full row stays as it is; a short row whose last optional cell is missing only loses nothing.
    expect(rows[1]).toEqual(["1", "知识产权创造", "有效发明专利拥有量", "件", "1650", "1800", ""]);
    expect(rows[5]!.slice(0, 6)).toEqual(["5", "", "标准化试点示范项目", "个", "3", "4"]);
  });
});

/** Each row's cells as `text` or, where the cell is part of a merged cell, `text^` (starts it) and `^` (goes on with it). */
function mergedGrid(table: Element): string[][] {
  return descendants(table, "tr").map((row) =>
    descendants(row, "tc").map((cell) => {
      const merge = descendants(cell, "vMerge")[0];
      const value = merge === undefined ? null : attr(merge, "w:val");
      return textOf(cell) + (value === "restart" ? "^" : value === null && merge === undefined ? "" : "^");
    }),
  );
}

/**
 * A 分工表 whose unit cell was merged over rows (../support/mergedLeads.ts): the model reads the
 * rows below its first through it. Printed with empty cells there, the Word table would show the
 * lead given for the first task only: the cells are one merged cell (w:vMerge).
 */
describe("export: a 分工表's unit cell merged over rows", () => {
  it("marks the rows whose cells go on with a merged cell above, where the model reads them through", () => {
    const table = layoutPlan(analyze(MERGED_LEADS).plan).blocks.find((block) => block.kind === "table");
    expect(table?.kind === "table" && table.continued).toEqual([[], [], [2], [2], [], [2], [], []]);
  });

  it("writes them as one merged cell with the cell above (restart, then continue), the others as they are", async () => {
    const docx = await exportText(MERGED_LEADS);
    const table = descendants(docx.xml("word/document.xml"), "tbl")[0]!;
    expect(mergedGrid(table).slice(1)).toEqual([
      ["1", "开展重点产品质量攻关", "区工信局^", "区市场监管局", "2026年12月"],
      ["2", "建设质量基础设施平台", "^", "区科技局", "2026年9月"],
      ["3", "推广先进质量管理方法", "^", "区发展改革局", "2026年10月"],
      ["4", "提升家政服务品质", "区商务局^", "区人力社保局", "2026年11月"],
      ["5", "培育养老服务品牌", "^", "区民政局", "2026年12月"],
      ["6", "完善计量服务体系", "区市场监管局", "", "2026年6月"],
      ["7", "推进标准化试点", "", "", ""],
    ]);
  });

  it("merges a cell a web page's copy left out of the rows below (cells apart by spaces) likewise", () => {
    const plan = analyze(SPACED_MERGED_LEADS).plan;
    const table = layoutPlan(plan).blocks.find((block) => block.kind === "table");
    const merged = plan.tables.flatMap((t) => t.merged.map((clause) => clause.tableRow!.number));
    // Whatever rows the model reads through a merged cell, those and no other are printed merged.
    expect(merged).toEqual(["2", "3", "5"]);
    const continuedRows = table?.kind === "table" ? (table.continued ?? []).flatMap((columns, r) => (columns.length > 0 ? [table.rows[r]![0]] : [])) : [];
    expect(continuedRows).toEqual(merged);
  });
});

describe("export: a 合计 row of a table set in columns by spaces", () => {
  it("is the table's last row, its label in the first column and its figure under the last, not a paragraph under the table", () => {
    const plan = ["某县质量工作2026年要点", "一、主要目标", "2026年主要指标如下：", "", "序号  指标名称  单位  2025年  2026年目标", "1  新增地方标准  项  5  8", "2  新增团体标准  项  3  6", "全县合计  14", "", "二、重点任务", "（一）提升产品质量。开展质量提升行动。〔责任单位：县市场监管局〕", ""].join("\n");
    const blocks = layoutPlan(analyze(plan).plan).blocks;
    const table = blocks.find((block) => block.kind === "table");
    expect(table?.kind === "table" && table.rows.slice(-1)).toEqual([["全县合计", "", "", "", "14"]]);
    expect(blocks.some((block) => block.kind === "paragraph" && block.runs.some((run) => run.text.includes("合计")))).toBe(false);
  });

  it("leaves a short row that is no total where it was: a paragraph under the table", () => {
    const plan = ["某县质量工作2026年要点", "一、主要目标", "序号  指标名称  单位  2025年  2026年目标", "1  新增地方标准  项  5  8", "2  新增团体标准  项  3  6", "数据来源  县统计局", ""].join("\n");
    const table = layoutPlan(analyze(plan).plan).blocks.find((block) => block.kind === "table");
    expect(table?.kind === "table" && table.rows).toHaveLength(3);
  });
});
