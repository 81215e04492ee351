import { NUMBER_COLUMN, TASK_COLUMN } from "../model/tables.js";
import { UNIT_COLUMN } from "../model/unitColumns.js";
import type { NumberedItem, PlanDocument, TableRow } from "../model/types.js";
import { PlanMemo } from "../model/planMemo.js";
import { partitionPoint } from "../text/sorted.js";
import type { ItemText } from "./tasks.js";

/**
 * The rows of a task table inside a plan's tasks (a 工作要点 written wholly as a table: 序号 重点任务
 * 具体措施 牵头单位 …, under section rows 二、增强质量发展创新动能): each row is a task of its own, its
 * 重点任务 cell the heading (the row above's where the cell is merged down) and its other task
 * cells (具体措施) the body. The section item over them reads all their words as one task, like
 * several items and counted for one; a row is read for what it says, as a numbered task is.
 */
export interface RowTask {
  row: TableRow;
  text: ItemText;
}

const rowsOf = new PlanMemo<TableRow[]>();

/** The plan's table rows read into clauses (with the rows a merged unit cell gives theirs), by start. */
export function planTableRows(plan: Pick<PlanDocument, "clauses" | "tables" | "memos">): TableRow[] {
  let rows = rowsOf.get(plan);
  if (rows) return rows;
  rows = [];
  for (const clause of plan.clauses) if (clause.tableRow !== null) rows.push(clause.tableRow);
  for (const table of plan.tables) for (const clause of table.merged) if (clause.tableRow !== null) rows.push(clause.tableRow);
  rows.sort((a, b) => a.start - b.start);
  // A row with two clauses (a unit cell of each column) is one row.
  rows = rows.filter((row, i) => i === 0 || rows![i - 1] !== row);
  rowsOf.set(plan, rows);
  return rows;
}

/** The table rows inside a task item's span, each as a task (see RowTask); empty for a task written as text. */
export function rowTasksWithin(plan: PlanDocument, item: NumberedItem): RowTask[] {
  const rows = planTableRows(plan);
  const tasks: RowTask[] = [];
  for (let i = partitionPoint(rows.length, (k) => rows[k]!.start < item.start); i < rows.length && rows[i]!.end <= item.end; i++) {
    const row = rows[i]!;
    if (row.table.attachment !== null) continue;
    const text = tableRowText(plan.text, row);
    if (text !== null) tasks.push({ row, text });
  }
  return tasks;
}

/** A row's 重点任务 as heading and its other task cells as body; null where its cells do not line up with the header. */
export function tableRowText(text: string, row: TableRow): ItemText | null {
  const columns = row.table.columns;
  const cells = text.slice(row.start, row.end).split("\t");
  if (cells.length !== columns.length || row.task === "") return null;
  let body = "";
  let first = true;
  columns.forEach((column, index) => {
    if (UNIT_COLUMN.test(column) || NUMBER_COLUMN.test(column) || !TASK_COLUMN.test(column)) return;
    // The first task column is the row's heading (row.task: the row above's where merged down).
    if (first) first = false;
    else body += unquoted(cells[index]!);
  });
  return { heading: row.task, body };
}

/** A cell as Excel copies one with a line break: in double quotes, a quote inside doubled. */
function unquoted(cell: string): string {
  const trimmed = cell.trim();
  return trimmed.length >= 2 && trimmed.startsWith("\"") && trimmed.endsWith("\"") ? trimmed.slice(1, -1).replace(/""/g, "\"") : trimmed;
}
