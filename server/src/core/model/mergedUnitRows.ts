import type { UnitRegistry } from "../units/registry.js";
import { kindOf, placement, type TableShape } from "./shiftedRows.js";
import type { ClauseSegment, Span, TableRow } from "./types.js";

/**
 * A 分工表 row whose unit cell a cell merged over rows covers. One department leading a run of
 * tasks is written once, its cell merged down over their rows; a copy writes the merged cell's
 * text on its first row only. The rows under it come either one cell short (a web page's or
 * WPS's copy: `10<TAB>提升公共服务质量效率<TAB>2025年底前` under 序号|重点任务|责任单位|完成时限; a
 * web page's cells apart by spaces likewise) or with the cell empty (Word's:
 * `11<TAB>优化营商环境<TAB><TAB>2025年`). A reader of the printed table reads the merged cell's
 * units as every covered row's: so does the matrix, through the row above (TableRow `unitsFrom`).
 *
 * Merged or left blank by mistake — what the row shows:
 * - its unit cells missing, the row short by cells where only unit columns can be the gap and
 *   its other cells in their columns (a 序号 in 序号, a 完成时限 in 完成时限, its task written): a
 *   copy drops a merged cell and nothing else, so the row is merged (`missingUnitPlacement`);
 * - its unit cells empty, in a row otherwise whole: its 序号 or task written and, where the table
 *   has the column, its 完成时限 — a row still being drafted leaves the deadline blank with the
 *   units (`emptyUnitsMerged`);
 * - in either case, the row above in the same table and under the same section row wrote its
 *   units or read them so: a merged cell covers consecutive rows; a section row (a cell merged
 *   across the row), a row left unread or a row that writes no unit and is no merged one ends it.
 * A 配合单位 cell merged over rows is read so only where it is missing: an empty one is a task
 * with no supporting unit as often as not, and a miss costs less than a unit listed for a task
 * it has no part in.
 */

/**
 * For each of the table's columns, the index of the row's cell that stands in it (-1 where a
 * merged unit cell was), or null where the row is not one whose unit cells a merge took: it
 * names a unit, its 序号 or task is not written where the table has the column, or its cells fit
 * only with a gap outside the unit columns.
 */
export function missingUnitPlacement(cells: readonly Span[], shape: TableShape, text: string, registry: UnitRegistry): number[] | null {
  const missing = shape.columns - cells.length;
  if (missing <= 0 || missing > shape.unitColumns.length || cells.length < 2 || cells[0]!.end === cells[0]!.start) return null;
  const kinds = cells.map((cell) => kindOf(text, cell, registry));
  if (kinds.includes("units")) return null;
  let found: number[] | null = null;
  for (let gap = 0; gap <= cells.length; gap++) {
    // The gap stands on unit columns only: a merged task or deadline is model/shiftedRows.ts's.
    let onUnits = true;
    for (let column = gap; column < gap + missing; column++) if (!shape.unitColumns.includes(column)) onUnits = false;
    if (!onUnits) continue;
    const placed = placement(cells.length, missing, gap);
    if (!fits(placed, kinds, shape)) continue;
    // Two places that differ in which unit column was merged put the row's other cells alike.
    if (found === null) found = placed;
    else if (!sameOtherCells(found, placed, shape)) return null;
  }
  return found;
}

/**
 * Whether a row whose unit cells are empty reads as a merged cell's: its 序号 or task written,
 * and its 完成时限 where the table has that column.
 */
export function emptyUnitsMerged(written: { number: boolean; task: boolean; deadline: boolean }, shape: TableShape): boolean {
  return (written.number || written.task) && (shape.deadlineColumn < 0 || written.deadline);
}

/** Every cell in a column it fits: a 序号 in 序号 (written), a 完成时限 in 完成时限, the task written, the unit columns empty. */
function fits(placed: readonly number[], kinds: readonly string[], shape: TableShape): boolean {
  for (let column = 0; column < placed.length; column++) {
    const at = placed[column]!;
    const kind = at < 0 ? "empty" : kinds[at]!;
    if (shape.unitColumns.includes(column)) {
      if (kind !== "empty") return false;
      continue;
    }
    if (shape.numberColumn >= 0 && (kind === "serial") !== (column === shape.numberColumn)) return false;
    if (shape.deadlineColumn >= 0 && kind === "deadline" && column !== shape.deadlineColumn) return false;
    if (column === shape.taskColumn && kind !== "words") return false;
  }
  return true;
}

function sameOtherCells(a: readonly number[], b: readonly number[], shape: TableShape): boolean {
  for (let column = 0; column < a.length; column++) if (!shape.unitColumns.includes(column) && a[column] !== b[column]) return false;
  return true;
}

/** By unit column, the names the nearest row above wrote there, and that row: what a row under a merged cell takes. */
export interface UnitsAbove {
  columns: ClauseSegment[][];
  rows: TableRow[];
  /** Whether the row just above read the column through a merged cell: the merge may run on. */
  merged: readonly boolean[];
}

/**
 * What the row just above merged, of its lead columns: the names of the lead cell it read through
 * a merged cell, or null where it wrote its lead itself (or none). The one reading the table's
 * readers ask: a short row under a merged lead leaves that lead out (model/shiftedRows.ts
 * `unitCellShort`), unless it writes those names again (then they are its own lead).
 */
export function mergedLeadAbove(above: UnitsAbove | null, lead: readonly boolean[]): ReadonlySet<string> | null {
  if (above === null) return null;
  let names: Set<string> | null = null;
  for (let i = 0; i < lead.length; i++) {
    if (!lead[i] || !above.merged[i]) continue;
    names ??= new Set();
    for (const segment of above.columns[i]!) for (const unit of segment.units) names.add(unit.text);
  }
  return names;
}

/** A row's unit columns as its own cells write them, one entry per unit column of the table. */
export interface RowUnitCells {
  /** The names the row's own cell writes. */
  own: readonly ClauseSegment[][];
  /** Whether the row's cell holds anything. */
  written: readonly boolean[];
  /** Whether a merged cell took the cell (the row one cell short there: `missingUnitPlacement`). */
  missing: readonly boolean[];
  /** Whether the column is a 配合单位's: an empty one is read as empty, never as merged. */
  support: readonly boolean[];
}

/** A row's units read through the row above: its reading, the row it borrowed from, and what the next row may borrow. */
export interface MergedReading {
  reading: ClauseSegment[];
  /** The row whose names a merged cell gives this one (TableRow `unitsFrom`), or null. */
  from: TableRow | null;
  /** For each unit column, whether the row reads it through the merged cell above. */
  borrows: readonly boolean[];
  /** What the row after this one may read through it, given this row as read. */
  next(row: TableRow): UnitsAbove;
}

/**
 * A row's units where a merged cell above may cover its unit cells: each unit column it does not
 * write takes the nearest names above in that column where the row reads as merged (`merged`: a
 * cell missing, or `emptyUnitsMerged`) and the column's cell is missing or no 配合单位's; every
 * other column is the row's own. The next row reads through this one's reading, so a merged cell
 * over three rows gives the third the first's names.
 */
export function readThroughAbove(above: UnitsAbove | null, cells: RowUnitCells, merged: boolean): MergedReading {
  const borrows = cells.own.map((_, i) => above !== null && merged && !cells.written[i] && above.columns[i]!.length > 0 && (cells.missing[i]! || !cells.support[i]));
  const reading: ClauseSegment[] = [];
  let from: TableRow | null = null;
  for (let i = 0; i < borrows.length; i++) {
    if (above !== null && borrows[i]) {
      reading.push(...above.columns[i]!);
      from ??= above.rows[i]!;
    } else reading.push(...cells.own[i]!);
  }
  return {
    reading,
    from,
    borrows,
    next: (row) => ({
      columns: borrows.map((borrowed, i) => (above !== null && borrowed ? above.columns[i]! : cells.own[i]!)),
      rows: borrows.map((borrowed, i) => (above !== null && borrowed ? above.rows[i]! : row)),
      merged: borrows,
    }),
  };
}
