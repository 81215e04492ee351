import { describe, expect, it } from "vitest";
import { analyze } from "../../server/src/core/analyze";
import type { Element } from "@xmldom/xmldom";
import { layoutPlan } from "../../server/src/core/export/layout";
import { attr, descendants, exportText, textOf } from "../support/docxPackage";
import { MERGED_LEADS, SPACED_MERGED_LEADS } from "../support/mergedLeads";
import { MERGED_TASK_SHIFTED, MERGED_TASK_WORD, SHORT_SUPPORT_ROW, SPACED_TOTAL } from "../support/shiftedRows";
import { exportPlanDocx } from "../../server/src/core/export/exportDocx";
import { resolveExportOptions } from "../../server/src/core/export/options";
import { readDocxAsPlanText } from "../../server/src/node/docx";

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

/**
 * Each row's cells as `text` or, where the cell is part of a merged cell, `text^` (starts it) and
 * `text|` (goes on with it). Word reads a w:vMerge without w:val as "continue" (ECMA-376 17.4.85).
 */
function mergedGrid(table: Element): string[][] {
  return descendants(table, "tr").map((row) =>
    descendants(row, "tc").map((cell) => {
      const merge = descendants(cell, "vMerge")[0];
      if (merge === undefined) return textOf(cell);
      return textOf(cell) + (attr(merge, "val") === "restart" ? "^" : "|");
    }),
  );
}

/** The first table of the .docx `source` exports. */
async function firstTable(source: string): Promise<Element> {
  const docx = await exportText(source);
  return descendants(docx.xml("word/document.xml"), "tbl")[0]!;
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
    expect(mergedGrid(await firstTable(MERGED_LEADS)).slice(1)).toEqual([
      ["1", "开展重点产品质量攻关", "区工信局^", "区市场监管局", "2026年12月"],
      ["2", "建设质量基础设施平台", "|", "区科技局", "2026年9月"],
      ["3", "推广先进质量管理方法", "|", "区发展改革局", "2026年10月"],
      ["4", "提升家政服务品质", "区商务局^", "区人力社保局", "2026年11月"],
      ["5", "培育养老服务品牌", "|", "区民政局", "2026年12月"],
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

/** The plan the exported .docx reads back as (node/docx), checked again. */
async function readBack(source: string) {
  const read = readDocxAsPlanText(await exportPlanDocx(analyze(source).plan, resolveExportOptions()));
  if (!read.ok) throw new Error(read.error);
  return analyze(read.text);
}

/** Each table row's task with its units and deadline, as the model reads them. */
function tableRows(source: string | ReturnType<typeof analyze>): string[] {
  const { plan } = typeof source === "string" ? analyze(source) : source;
  const deadlines = new Set(plan.deadlines.map((deadline) => deadline.value));
  return plan.clauses.flatMap((clause) => (clause.tableRow ? [`${clause.tableRow.task}: ${clause.units.map((unit) => unit.text).join("、")}`] : [])).concat([...deadlines].sort());
}

describe("export: a 分工表 row the model realigns", () => {
  it("writes a row left without its 配合单位 cell with the empty cell where the model reads it, not at the row's end", () => {
    const table = layoutPlan(analyze(SHORT_SUPPORT_ROW).plan).blocks.find((block) => block.kind === "table");
    expect(table?.kind === "table" && table.rows[2]).toEqual(["2", "推进标准化试点", "区市场监管局", "", "2026年9月"]);
  });

  it("reads back with the row's deadline a deadline, never a 配合单位", async () => {
    const after = await readBack(SHORT_SUPPORT_ROW);
    expect(tableRows(after)).toEqual(tableRows(SHORT_SUPPORT_ROW));
    expect(after.plan.clauses.flatMap((clause) => clause.units.map((unit) => unit.text))).not.toContain("2026年9月");
  });
});

describe("export: a 重点任务 merged over the rows of its measures", () => {
  it("reads the task of a row pasted without the merged cell, or with it empty as Word copies it, as the row above's", () => {
    const tasks = (source: string) => analyze(source).plan.clauses.flatMap((clause) => (clause.tableRow ? [clause.tableRow.task] : []));
    expect(tasks(MERGED_TASK_SHIFTED)).toEqual(["建设计量测试平台", "建设计量测试平台", "推进检验检测认证"]);
    expect(tasks(MERGED_TASK_WORD)).toEqual(tasks(MERGED_TASK_SHIFTED));
  });

  it("keeps a row's empty task its own where the row writes no measure of its own (a task left blank)", () => {
    const blank = MERGED_TASK_WORD.replace("2\t\t建设计量测试能力\t", "2\t\t\t");
    const tasks = analyze(blank).plan.clauses.flatMap((clause) => (clause.tableRow ? [clause.tableRow.task] : []));
    expect(tasks).toEqual(["建设计量测试平台", "", "推进检验检测认证"]);
  });

  it("takes no task from above a section row: a cell merged across the row ends the one merged down", () => {
    const sectioned = MERGED_TASK_WORD.replace("2\t\t建设计量测试能力", "二、提升计量能力\n2\t\t建设计量测试能力");
    const tasks = analyze(sectioned).plan.clauses.flatMap((clause) => (clause.tableRow ? [clause.tableRow.task] : []));
    expect(tasks).toEqual(["建设计量测试平台", "", "推进检验检测认证"]);
  });

  it("writes the task as one merged cell over the rows (w:vMerge), each row's cells in their columns", async () => {
    for (const source of [MERGED_TASK_SHIFTED, MERGED_TASK_WORD]) {
      expect(mergedGrid(await firstTable(source)).slice(1)).toEqual([
        ["1", "建设计量测试平台^", "建设计量检定实验室", "区市场监管局", "2026年12月"],
        ["2", "|", "建设计量测试能力", "区科技局", "2026年9月"],
        ["3", "推进检验检测认证", "建设检测中心", "区工信局", "2026年6月"],
      ]);
    }
  });

  it("reads back with each row under its task, its units and deadline as before", async () => {
    expect(tableRows(await readBack(MERGED_TASK_SHIFTED))).toEqual(tableRows(MERGED_TASK_SHIFTED));
  });
});

describe("export: a 合计 row's label across the names' columns", () => {
  it("is one cell spanning 序号, 指标名称 and 单位 (w:gridSpan), its figure under its column", async () => {
    const rows = descendants(await firstTable(SPACED_TOTAL), "tr");
    const last = descendants(rows[rows.length - 1]!, "tc");
    expect(last.map((cell) => [textOf(cell), attr(descendants(cell, "gridSpan")[0], "val")])).toEqual([
      ["全县合计", "3"],
      ["", null],
      ["14", null],
    ]);
    // The other rows keep a cell a column.
    expect(descendants(rows[1]!, "tc")).toHaveLength(5);
    // The label, no cell of 序号, leaves the column of serials centred.
    expect(attr(descendants(descendants(rows[1]!, "tc")[0]!, "jc")[0], "val")).toBe("center");
  });

  it("spans no column of figures, nor past a cell the row writes", async () => {
    const source = SPACED_TOTAL.replace("全县合计  14", "全县合计  项  8  14");
    const rows = descendants(await firstTable(source), "tr");
    const last = descendants(rows[rows.length - 1]!, "tc");
    expect(last.map((cell) => attr(descendants(cell, "gridSpan")[0], "val"))).toEqual(["2", null, null, null]);
  });
});
