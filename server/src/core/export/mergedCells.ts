import type { BlankTableRow, PlanDocument, TableRow } from "../model/types.js";

/**
 * Which cells of an exported table go on with the cell above: a 分工表's cell merged over rows —
 * one department leading a run of tasks, one 重点任务 over the rows of its measures — which a copy
 * wrote on its first row only and the model reads through (model/mergedUnitRows.ts, TableRow
 * `mergedColumns`). The .docx writes them as one merged cell (w:vMerge), so that a reader of the
 * Word table sees the lead given for each task it spans, not for the first only; the .docx reader
 * gives them back empty below the first row, as Word's own copy does, the text the model read
 * them from.
 */

/** The plan's 分工表 rows, by where each starts: where the model put each row's cells (`gapColumns`) and which it reads through a merged cell. */
export function tableRowsByStart(plan: PlanDocument): Map<number, TableRow> {
  const rows = new Map<number, TableRow>();
  for (const clause of plan.clauses) if (clause.tableRow) rows.set(clause.tableRow.start, clause.tableRow);
  for (const table of plan.tables) for (const clause of table.merged) rows.set(clause.tableRow!.start, clause.tableRow!);
  return rows;
}

/** The 分工表 rows the model read by where each starts, with its rows that name no unit (ResponsibilityTable `blank`): what each row's 序号 and task are, and where it ends. */
export function readRowsByStart(plan: PlanDocument, rows: ReadonlyMap<number, TableRow>): Map<number, TableRow | BlankTableRow> {
  const read = new Map<number, TableRow | BlankTableRow>(rows);
  for (const table of plan.tables) for (const blank of table.blank) read.set(blank.start, blank);
  return read;
}

/**
 * A row's cells in the columns the model reads them in: an empty cell at each of its
 * `gapColumns`, or null where the row has no gap the model placed (or other cells than it read).
 */
export function cellsInColumns(cells: readonly string[], row: TableRow | undefined, width: number): string[] | null {
  const gaps = row?.gapColumns;
  if (gaps === undefined || gaps.length === 0 || cells.length + gaps.length !== width) return null;
  const placed: string[] = [];
  let next = 0;
  for (let column = 0; column < width; column++) placed.push(gaps.includes(column) ? "" : cells[next++]!);
  return placed;
}

/**
 * For each of a table's rows (cells fitted to the header), the columns whose cell continues the
 * merged cell above, or null where no cell does. A cell continues only where the model read it
 * through, it is empty, and the row right above in the exported table writes that column or
 * continues it: a merge in Word covers adjacent rows, and never hides a cell's text. `inPlace`
 * says which rows' cells stand in the columns the model read them in (a row with the header's
 * cells, or one whose gap the model placed): a short row padded at its end may hold another
 * column's text in that column (its deadline under 责任单位), which no merged cell may take over.
 */
export function continuedCells(rows: readonly (readonly string[])[], tableRows: readonly (TableRow | undefined)[], inPlace: readonly boolean[]): number[][] | null {
  let any = false;
  const continued = rows.map((): number[] => []);
  // Row 0 is the header, which no merged cell of the rows reaches into.
  for (let r = 2; r < rows.length; r++) {
    for (const column of tableRows[r]?.mergedColumns ?? []) {
      if (rows[r]![column] !== "") continue;
      const above = rows[r - 1]![column];
      if (above === undefined || !inPlace[r - 1] || (above === "" && !continued[r - 1]!.includes(column))) continue;
      continued[r]!.push(column);
      any = true;
    }
  }
  return any ? continued : null;
}
