import type { DeadlineNode, LineNode } from "../syntax/cst.js";
import { tableCellAt } from "../syntax/parse.js";
import { dueMonthOf } from "./deadlines.js";
import { textEndOf } from "./inline.js";
import { attachmentAt, DEADLINE_COLUMN, labelled, MAX_HEADER_CELL, NUMBER_COLUMN, rowClause, sharesAmongPlaces, TASK_COLUMN } from "./tables.js";
import { UNIT_COLUMN } from "./unitColumns.js";
import type { Attachment, ClauseSegment, ResponsibilityClause, ResponsibilityTable } from "./types.js";
import type { UnitRegistry } from "../units/registry.js";
import { unitNameEnd } from "../syntax/bodyEnds.js";

/**
 * Responsibility tables a PDF copy pasted one cell a line. Copied out of a PDF reader, a
 * 重点任务分工表 loses its tabs: its header cells, then each row's cells, stand on lines of their
 * own —
 *
 *   序号 / 重点任务 / 牵头单位 / 配合单位 / 完成时限
 *   1 / 开展质量提升行动 / 市工信局 / 市市场监管局 / 2024年底
 *   2 / …
 *
 * — and model/tables.ts, which reads a row by its tabs, saw none of it: the rows' units were in
 * no matrix and their deadlines were checked by no rule. Read here, strictly, since nothing
 * but the numbers marks a row: the header opens with 序号 (or 编号) and names a unit column
 * among three to eight short cells; each row opens with its number, the one due, and has as
 * many lines as the header has cells up to the next row's number. A row of another length (a
 * long cell the PDF wrapped onto two lines, a blank cell the copy dropped) is counted as
 * unread rather than guessed at, and so is one whose unit cells do not read as bodies' names
 * (the last row, with no next number to end it, is taken at the header's length). The rows
 * become clauses as a tabbed table's do (labelled by their column), and their 完成时限 cells
 * deadlines.
 */
export function readCellLineTables(
  lines: readonly LineNode[],
  text: string,
  attachments: readonly Attachment[],
  tables: ResponsibilityTable[],
  deadlines: DeadlineNode[],
  registry: UnitRegistry,
): Map<LineNode, ResponsibilityClause> | null {
  let rows: Map<LineNode, ResponsibilityClause> | null = null;
  for (let i = 0; i < lines.length; i++) {
    const found = cellLineTableAt(lines, i, text);
    if (found === null) continue;
    const first = lines[i]!;
    const table: ResponsibilityTable = {
      start: first.indentEnd,
      end: lines[i + found.columns.length - 1]!.contentEnd,
      columns: found.columns,
      attachment: attachmentAt(attachments, first.indentEnd),
      rows: 0,
      unread: [],
      // Its rows are found by their numbers counting up (nextRowAt): a break ends the table.
      serials: [],
      // A PDF's table one cell a line shows no merged cell: each row writes its own.
      merged: [],
      blank: [],
      // Its rows are numbers counting up, with no row between them.
      sectionRows: [],
    };
    tables.push(table);
    for (const row of found.rows) {
      const rowLines = lines.slice(row.start, row.end);
      const clause = rowLines.length === found.columns.length ? rowOf(rowLines, table, text, deadlines, registry) : null;
      if (clause === null) table.unread.push({ start: rowLines[0]!.indentEnd, end: rowLines[rowLines.length - 1]!.contentEnd });
      else (rows ??= new Map()).set(rowLines[0]!, clause);
    }
    i = found.end - 1;
  }
  return rows;
}

/** A table pasted one cell a line: its header's cells, its rows' lines (indices, end exclusive) and the index after its last line. */
export interface CellLineTable {
  columns: string[];
  rows: Array<{ start: number; end: number }>;
  end: number;
}

/**
 * The table pasted one cell a line whose header starts at `lines[start]` (`序号` alone), or
 * null. A row runs from its number to the next row's; the last, with none after it, is taken
 * at the header's length. model/tables' readers and the export (a Word table) read the same.
 */
export function cellLineTableAt(lines: readonly LineNode[], start: number, text: string): CellLineTable | null {
  // Nearly every line lets go at its length: a header opens with 序号 alone.
  if (!isNumberHeader(lines[start]!, text)) return null;
  const columns = headerAt(lines, start, text);
  if (columns === null) return null;
  const rows: CellLineTable["rows"] = [];
  let at = start + columns.length;
  for (let number = 1; at < lines.length && cellOf(lines[at]!, text) === String(number); number++) {
    const next = nextRowAt(lines, at, number + 1, columns.length, text);
    const end = next ?? Math.min(lines.length, at + columns.length);
    rows.push({ start: at, end });
    at = end;
    if (next === null) break;
  }
  return { columns, rows, end: at };
}

/**
 * The rows, read whole, of every table pasted one cell a line (indices, end exclusive, in
 * order): a row with as many lines as its header has cells holds no line of a page's edge, so a
 * name its unit column repeats from row to row, a short line inside a sentence-less run of cells,
 * is no running head (model/reading.ts), whose fix would delete a department from the table.
 */
export function wholeCellLineRows(lines: readonly LineNode[], text: string): Array<{ start: number; end: number }> {
  const rows: Array<{ start: number; end: number }> = [];
  for (let i = 0; i < lines.length; i++) {
    const found = cellLineTableAt(lines, i, text);
    if (found === null) continue;
    for (const row of found.rows) if (row.end - row.start === found.columns.length) rows.push(row);
    i = Math.max(i, found.end - 1);
  }
  return rows;
}

/** Header cells a table has at the least (序号, a task, a unit) and at the most. */
const MIN_COLUMNS = 3;
const MAX_COLUMNS = 8;
/** A header cell is a label: no sentence marks. */
const SENTENCE_MARK = /[。，,；;：:！？!?、]/u;
/** How a unit's name ends (局, 委, 办, 人民政府, 中心, 公司 …): a unit cell holds nothing else. */
const BODY_END = unitNameEnd({ more: "镇乡" });

function cellOf(line: LineNode, text: string): string {
  return line.kind === "text" || line.kind === "item" ? text.slice(line.indentEnd, textEndOf(line, text)) : "";
}

function isNumberHeader(line: LineNode, text: string): boolean {
  // The length first (a line's own fields): this is asked of every line on every keystroke.
  const length = line.contentEnd - line.indentEnd;
  if (line.kind !== "text" || length < 2 || length > 8) return false;
  const first = text.charCodeAt(line.indentEnd);
  return (first === XU || first === BIAN) && textEndOf(line, text) - line.indentEnd === 2 && NUMBER_COLUMN.test(text.slice(line.indentEnd, line.indentEnd + 2));
}

/** 序 and 编, the first characters of 序号 and 编号. */
const XU = "序".charCodeAt(0);
const BIAN = "编".charCodeAt(0);

/** The header's cells from the 序号 line at `start` to the line before the first row's `1`, or null. */
function headerAt(lines: readonly LineNode[], start: number, text: string): string[] | null {
  const columns: string[] = [];
  for (let i = start; i < lines.length && columns.length <= MAX_COLUMNS; i++) {
    const cell = cellOf(lines[i]!, text);
    if (cell === "1") break;
    if (lines[i]!.kind !== "text" || cell === "" || cell.length > MAX_HEADER_CELL || SENTENCE_MARK.test(cell)) return null;
    columns.push(cell.replace(/\s+/g, ""));
  }
  if (columns.length < MIN_COLUMNS || columns.length > MAX_COLUMNS || !columns.some((column) => UNIT_COLUMN.test(column)) || sharesAmongPlaces(columns)) return null;
  return columns;
}

/** Where the row numbered `number` starts after the row at `at`, looking no further than a wrapped row could reach; null when none does. */
function nextRowAt(lines: readonly LineNode[], at: number, number: number, columns: number, text: string): number | null {
  const wanted = String(number);
  for (let i = at + 1; i < lines.length && i <= at + 3 * columns; i++) if (cellOf(lines[i]!, text) === wanted) return i;
  return null;
}

function rowOf(rowLines: readonly LineNode[], table: ResponsibilityTable, text: string, deadlines: DeadlineNode[], registry: UnitRegistry): ResponsibilityClause | null {
  const segments: ClauseSegment[] = [];
  let task = "";
  let deadline: DeadlineNode | null = null;
  for (let column = 0; column < table.columns.length; column++) {
    const header = table.columns[column]!;
    const line = rowLines[column]!;
    const cell = cellOf(line, text);
    if (UNIT_COLUMN.test(header)) {
      const groups = tableCellAt(text, line.indentEnd, line.indentEnd + cell.length);
      if (groups === null) return null;
      const read = labelled(groups, header, text, registry);
      if (read.some((segment) => segment.units.some((unit) => !BODY_END.test(unit.text)))) return null;
      segments.push(...read);
    } else if (DEADLINE_COLUMN.has(header)) {
      if (dueMonthOf(cell) !== null) deadline = { type: "deadline", start: line.indentEnd, end: line.indentEnd + cell.length, value: cell, valueStart: line.indentEnd, open: "", close: "" };
    } else if (task === "" && !NUMBER_COLUMN.test(header) && TASK_COLUMN.test(header)) task = cell;
  }
  if (segments.length === 0) return null;
  if (deadline !== null) deadlines.push(deadline);
  table.rows++;
  const first = rowLines[0]!;
  const end = textEndOf(rowLines[rowLines.length - 1]!, text);
  return rowClause({ start: first.indentEnd, end, number: cellOf(first, text), task, table, sections: [], unitsFrom: null, missingColumns: [], gapColumns: [], mergedColumns: [] }, segments);
}
