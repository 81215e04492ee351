import type { PlanDocument, Span, TableRow } from "../model/types.js";
import type { ParentDocument } from "../parents/types.js";
import { narrowCellsOf } from "../model/narrowCells.js";
import { spacedCellsOf } from "../model/tables.js";
import { isSpaceCode } from "../text/spaces.js";
import { planTableRows } from "./tableRowTasks.js";
import { declaresParent, shortTitleDeclarations } from "./shortTitles.js";

/**
 * A 分工表 that says, row by row, which item of a parent each task carries out: a column headed by
 * the parent's name (《纲要》条目, 对应纲要条款, 落实《质量强国建设纲要》任务) whose cells write the
 * item's number, alone or before its title (（十二）推动工业品质量迈向中高端, 第（十二）条). Such a
 * cell is the drafter's statement of what the row's task carries out, as a number cited in a
 * task's words is (xref/citedNumbers.ts reads the number where this module finds the cell): the
 * same reading counts it (coverage), checks it (xref/unknown-section, xref/unrelated-section, the
 * row's words against the item) and follows it in the editor.
 */
export interface CitingCell extends Span {
  row: TableRow;
}

/** The cells of the plan's tables that cite an item of the parent, in text order; none in most plans. */
export function citingCells(plan: Pick<PlanDocument, "text" | "citations" | "memos" | "tables" | "clauses">, parent: ParentDocument): CitingCell[] {
  if (plan.tables.length === 0) return [];
  const cells: CitingCell[] = [];
  const columnOf = new Map<TableRow["table"], number>();
  for (const table of plan.tables) {
    const column = table.columns.findIndex((header) => citesParent(plan, header, parent));
    if (column >= 0) columnOf.set(table, column);
  }
  if (columnOf.size === 0) return [];
  for (const row of planTableRows(plan)) {
    const column = columnOf.get(row.table);
    if (column === undefined) continue;
    const cell = cellAt(plan.text, row, column, row.table.columns.length);
    if (cell !== null) cells.push({ start: cell.start, end: cell.end, row });
  }
  return cells;
}

/**
 * Whether a header cell names the parent's items: its name (the title, an alias, 纲要 for a 纲要,
 * a short title the plan declares for it), in 《》 or not, between what a drafter writes before it
 * (对应, 落实, 贯彻) and after it (条目, 条款, 任务, 编号).
 */
function citesParent(plan: Pick<PlanDocument, "text" | "citations" | "memos">, header: string, parent: ParentDocument): boolean {
  const words = CITING_HEADER.exec(header.replace(TITLE_MARKS, ""))?.[1];
  if (words === undefined) return false;
  if (words === parent.title || parent.aliases.includes(words)) return true;
  if (words === "纲要" && parent.title.endsWith("纲要")) return true;
  return shortTitleDeclarations(plan).some((declaration) => declaration.short === words && declaresParent(declaration, parent));
}

const TITLE_MARKS = /[《》\s]/g;
const CITING_HEADER = /^(?:对应|落实|贯彻)?(.{2,30}?)(?:条目|条款|任务|编号|序号)$/;

/**
 * The span of a row's cell in a column, its spaces trimmed, where the row's cells line up with the
 * header: apart by tabs, or in a table set with spaces (a web page's or a PDF's copy) apart by wide
 * gaps or single spaces as many as the header's (model/tables.ts, model/narrowCells.ts); else null.
 */
function cellAt(text: string, row: TableRow, column: number, columns: number): Span | null {
  const tab = text.indexOf("\t", row.start);
  return tab >= 0 && tab < row.end ? tabbedCellAt(text, row, column, columns) : spacedCellAt(text, row, column, columns);
}

/** A row's cell where its cells are apart by spaces: the row parts into exactly the header's cells, else null. */
function spacedCellAt(text: string, row: TableRow, column: number, columns: number): Span | null {
  let cells: Span[] | null = spacedCellsOf(text, row.start, row.end);
  if (cells === null || cells.length !== columns) cells = narrowCellsOf(text, row.start, row.end);
  if (cells === null || cells.length !== columns) return null;
  const { start, end } = cells[column]!;
  return trimmed(text, start, end);
}

function tabbedCellAt(text: string, row: TableRow, column: number, columns: number): Span | null {
  let start = row.start;
  for (let index = 0; index < column; index++) {
    const tab = text.indexOf("\t", start);
    if (tab < 0 || tab >= row.end) return null;
    start = tab + 1;
  }
  const tab = text.indexOf("\t", start);
  let end = tab < 0 || tab > row.end ? row.end : tab;
  // A row short of cells (merged ones) does not say which cell is this column's.
  if (column === columns - 1 ? tab >= 0 && tab < row.end : tab < 0 || tab >= row.end) return null;
  return trimmed(text, start, end);
}

const isBlankCode = (code: number) => code <= 0x20 || isSpaceCode(code);

/** text[start, end) without the spaces round it (controls, a line's \r, the ideographic space), or null where nothing is left. */
function trimmed(text: string, start: number, end: number): Span | null {
  while (start < end && isBlankCode(text.charCodeAt(start))) start++;
  while (end > start && isBlankCode(text.charCodeAt(end - 1))) end--;
  return end > start ? { start, end } : null;
}
