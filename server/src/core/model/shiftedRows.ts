import { tableCellAt } from "../syntax/parse.js";
import type { UnitRegistry } from "../units/registry.js";
import { looksLikeDeadline, namesUnitThenWords } from "./cellLooks.js";
import { isRowNumber } from "./rowNumbers.js";
import type { Span } from "./types.js";

/**
 * A 分工表 row a merged cell shifted. A web page's table (a cell spanning rows, HTML's rowspan)
 * and WPS write a merged cell once, on its first row: the rows under it are pasted without it,
 * their cells moved left by one column per merged cell (`2<TAB>建设计量测试平台<TAB>市市场监管局<TAB>2025年底`
 * under `序号 | 重点任务 | 具体措施 | 牵头单位 | 完成时限`, 重点任务 merged). Read as they stand,
 * the row's units would be in its 具体措施 column and its deadline in 牵头单位; left unread, the
 * table loses its units.
 *
 * The cells say where the gap is: a cell of names the registry knows stands in a unit column, a
 * 完成时限 in the deadline column, a 序号 in its column (model/rowNumbers.ts), and nothing else stands there. Every
 * place of one gap of the missing columns is tried; the row is read where the places that put
 * every cell in a column it fits agree on its units, number and deadline. Merged columns are a task's or a deadline's, never a unit
 * column: a row one unit cell short with names of its own is read with its names under the first
 * unit columns (`unitCellShort`, as the printed row reads), or under a lead cell the row above shows
 * merged, with its names as the 配合单位's; one that writes no name reads its units
 * through the row above (model/mergedUnitRows.ts). A gap
 * at the row's end is its empty last cells, whose tabs an editor trimmed: those may be units'.
 */

/** What the reader knows of the table's columns. */
export interface TableShape {
  columns: number;
  unitColumns: readonly number[];
  numberColumn: number;
  deadlineColumn: number;
  /** The 重点任务 column, or -1. */
  taskColumn: number;
}

export type CellKind = "empty" | "serial" | "units" | "deadline" | "words";

/**
 * For each of the table's columns, the index of the row's cell that stands in it (-1 where the
 * merged or trimmed cells were), or null where no single place of the gap fits the cells.
 */
export function realignedCells(cells: readonly Span[], shape: TableShape, text: string, registry: UnitRegistry, leadMerged = false): number[] | null {
  const missing = shape.columns - cells.length;
  // A row that opens on an empty cell kept its merged cells' tabs (Word's copy): it lines up, or is a cell's line.
  if (missing <= 0 || cells.length < 2 || cells[0]!.end === cells[0]!.start) return null;
  const kinds = cells.map((cell) => kindOf(text, cell, registry));
  if (!kinds.includes("units")) return null;
  let found: number[] | null = null;
  for (let gap = 0; gap <= cells.length; gap++) {
    const placed = placement(cells.length, missing, gap);
    if (!fits(placed, kinds, shape, gap === cells.length)) continue;
    if (found === null) found = placed;
    else if (!sameKeyCells(found, placed, shape)) return null;
  }
  return found ?? unitCellShort(kinds, missing, shape, leadMerged);
}

/**
 * A row short of a unit cell that still writes names (`2<TAB>推进标准<TAB>市市场监管局<TAB>2025年底前`
 * under 序号 | 重点任务 | 牵头单位 | 配合单位 | 完成时限): every other cell in its column, the names in
 * one of the unit columns, which the cells do not tell. Read as the printed row reads, left to
 * right: its names under the first unit columns — every task has a lead, and the cell a row leaves
 * out is a 配合单位's — and the columns after them empty (never a merged cell's names: a miss
 * costs less than a unit listed for a task it has no part in). Where the table above shows its
 * lead cell merged over the rows (`leadMerged`: the row above read its lead through a merged
 * cell), the cell the row leaves out is that lead's, and its names are the later columns'
 * (配合单位): a web page's rowspan over one lead's tasks, lost in the paste. Null where the gap
 * may stand outside the unit columns, or its places put the row's other cells apart.
 */
function unitCellShort(kinds: readonly CellKind[], missing: number, shape: TableShape, leadMerged: boolean): number[] | null {
  let found: number[] | null = null;
  for (let gap = 0; gap <= kinds.length; gap++) {
    let onUnits = true;
    for (let column = gap; column < gap + missing; column++) if (!shape.unitColumns.includes(column)) onUnits = false;
    if (!onUnits) continue;
    const placed = placement(kinds.length, missing, gap);
    if (!fits(placed, kinds, shape, true)) continue;
    // The last place that fits is the one with the names furthest left; the first, furthest right.
    if (found !== null && !sameKeyCells(found, placed, shape, false)) return null;
    if (found === null || !leadMerged) found = placed;
  }
  return found;
}

/**
 * Whether two places of the gap put the same cells in the unit, 序号 and 完成时限 columns: they
 * differ only in which column of words was merged (重点任务 or 具体措施), and the first, leftmost,
 * is taken — a merged cell is the broader heading over the rows beside it.
 */
function sameKeyCells(a: readonly number[], b: readonly number[], shape: TableShape, units = true): boolean {
  if (units) for (const column of shape.unitColumns) if (a[column] !== b[column]) return false;
  for (const column of [shape.numberColumn, shape.deadlineColumn]) if (column >= 0 && a[column] !== b[column]) return false;
  return true;
}

/**
 * Whether a row whose last cells are missing is read right with them empty (their tabs trimmed):
 * no 完成时限 or 序号 of it lands in another column. A row a merged 牵头单位 shifted
 * (`3<TAB>推进标准<TAB>市科技局<TAB>2025年底`) would read its deadline as a unit's name.
 */
export function trimmedInPlace(cells: readonly Span[], shape: TableShape, text: string, registry: UnitRegistry): boolean {
  for (let column = 0; column < cells.length; column++) {
    const kind = kindOf(text, cells[column]!, registry);
    if (shape.deadlineColumn >= 0 && kind === "deadline" && column !== shape.deadlineColumn) return false;
    if (shape.numberColumn >= 0 && kind === "serial" && column !== shape.numberColumn) return false;
  }
  return true;
}

/** The columns' cells with the `missing` columns at `gap`. */
export function placement(count: number, missing: number, gap: number): number[] {
  const placed: number[] = [];
  for (let i = 0; i < gap; i++) placed.push(i);
  for (let k = 0; k < missing; k++) placed.push(-1);
  for (let i = gap; i < count; i++) placed.push(i);
  return placed;
}

function fits(placed: readonly number[], kinds: readonly CellKind[], shape: TableShape, trimmed: boolean): boolean {
  for (let column = 0; column < placed.length; column++) {
    const at = placed[column]!;
    const unitColumn = shape.unitColumns.includes(column);
    if (at < 0) {
      if (unitColumn && !trimmed) return false;
      continue;
    }
    const kind = kinds[at]!;
    if (kind === "empty") continue;
    if ((kind === "units") !== unitColumn) return false;
    if (shape.numberColumn >= 0 && (kind === "serial") !== (column === shape.numberColumn)) return false;
    if (shape.deadlineColumn >= 0 && (kind === "deadline") !== (column === shape.deadlineColumn)) return false;
  }
  return true;
}

/** What a cell holds, as far as its column goes: a 序号, a 完成时限, names the registry knows, other words. */
export function kindOf(text: string, cell: Span, registry: UnitRegistry): CellKind {
  const written = text.slice(cell.start, cell.end).trim();
  if (written === "") return "empty";
  // A 序号 as a table writes it: `1`, `1.`, `1)`, `①`, `一` (a row copied from a list is placed as a numbered one).
  if (isRowNumber(written)) return "serial";
  if (looksLikeDeadline(written)) return "deadline";
  const groups = tableCellAt(text, cell.start, cell.end);
  if (groups === null) return "words";
  let known = false;
  for (const group of groups) {
    for (const name of group.names) {
      const named = text.slice(name.start, name.end);
      if (registry.isKnown(named)) known = true;
      // A task that opens with who does it (市市场监管局、市工信局联合开展检查) is the task's cell:
      // read as units, the row's task was taken for a merged one.
      else if (namesUnitThenWords(named, registry)) return "words";
    }
  }
  return known ? "units" : "words";
}
