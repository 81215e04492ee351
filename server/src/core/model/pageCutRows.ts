import type { ClauseSegmentNode } from "../syntax/cst.js";
import { tableCellAt } from "../syntax/parse.js";
import type { UnitRegistry } from "../units/registry.js";
import { looksLikeDeadline } from "./cellLooks.js";
import { placedSegment, type Piece } from "./joinedPieces.js";
import { kindOf, type CellKind, type TableShape } from "./shiftedRows.js";
import { writesRowNumber } from "./rowNumbers.js";
import type { Span } from "./types.js";

/**
 * A 分工表 row a PDF's page cut (`8  提升旅游服务品质  市文广新旅局  市市场监管局，…，各县（市、区）`,
 * then `— 4 —` and the header printed again, then `人民政府  持续推进`): its last cells stand on the
 * next page, on a line that cannot be a row of its own — no 序号 where the table numbers its rows,
 * fewer cells than the header, under a row short of cells. Read as one row, the cut cell's two
 * pieces joined (each on its own line, the page between: a name the page cut, 各县（市、区） /
 * 人民政府, is one name); read apart, the remainder ended the table and every row after it was lost.
 *
 * Never two real rows joined: the row and its remainder together fill the header's columns
 * exactly — the page cut inside a cell (one cell in two pieces) or between two — and every whole
 * cell fits the column it then stands in (a 序号 under 序号, a 完成时限 under 完成时限, no 完成时限 or
 * 序号 under a unit column, no unit list as the task).
 */

/** The cell the page cut: its span over both pieces (and the page between), its words joined, its groups of names placed back in the document. */
export interface CutCell {
  cell: Span;
  text: string;
  column: number;
  /** The groups of names a unit cell holds, read on the joined words; null where it holds none. */
  groups: ClauseSegmentNode[] | null;
}

export interface RowAcrossPage {
  /** The row's cells in its columns: the row's own, then the remainder's; the cut cell over both. */
  cells: Span[];
  cut: CutCell | null;
}

/**
 * The row `above` (short of cells) and the remainder `rest` a page cut off, read as one row of the
 * table `shape`; null where they cannot be one.
 */
export function rowAcrossPage(above: readonly Span[], rest: readonly Span[], shape: TableShape, text: string, registry: UnitRegistry): RowAcrossPage | null {
  const columns = shape.columns;
  const own = above.length;
  const after = rest.length;
  if (own >= columns || after === 0 || after >= columns) return null;
  // A line that opens on a 序号 (1, 1., 1), ①) is a row of its own: the remainder has none.
  if (shape.numberColumn >= 0 && writesRowNumber(text, rest[0]!)) return null;
  const cutInside = own + after - 1 === columns;
  if (!cutInside && own + after !== columns) return null;
  const cells: Span[] = [];
  let cut: CutCell | null = null;
  for (let i = 0; i < own; i++) {
    const cell = above[i]!;
    if (cutInside && i === own - 1) {
      cut = cutCell(cell, rest[0]!, i, shape, text, registry);
      if (cut === null) return null;
      cells.push(cut.cell);
    } else {
      if (!fits(shape, i, kindOf(text, cell, registry))) return null;
      cells.push(cell);
    }
  }
  for (let j = cutInside ? 1 : 0; j < after; j++) {
    const cell = rest[j]!;
    if (!fits(shape, cells.length, kindOf(text, cell, registry))) return null;
    cells.push(cell);
  }
  return { cells, cut };
}

/** Whether a whole cell of `kind` may stand in `column`. */
function fits(shape: TableShape, column: number, kind: CellKind): boolean {
  if (kind === "empty") return true;
  if (column === shape.numberColumn) return kind === "serial";
  if (column === shape.deadlineColumn) return kind === "deadline";
  if (shape.unitColumns.includes(column)) return kind !== "serial" && kind !== "deadline";
  if (column === shape.taskColumn) return kind === "words";
  return true;
}

/** The cell in `column` whose words stand in two pieces, `head` before the page and `tail` after it; null where the joined words do not fit the column. */
function cutCell(head: Span, tail: Span, column: number, shape: TableShape, text: string, registry: UnitRegistry): CutCell | null {
  if (column === shape.numberColumn) return null;
  // A unit cell's pieces are pieces of names: a 完成时限 on either side says the row is whole without it.
  if (shape.unitColumns.includes(column) && !(fits(shape, column, kindOf(text, head, registry)) && fits(shape, column, kindOf(text, tail, registry)))) return null;
  const joined = text.slice(head.start, head.end) + text.slice(tail.start, tail.end);
  if (column === shape.deadlineColumn && !looksLikeDeadline(joined)) return null;
  let groups: ClauseSegmentNode[] | null = null;
  if (shape.unitColumns.includes(column)) {
    const pieces: Piece[] = [
      { at: head.start, joined: 0, length: head.end - head.start },
      { at: tail.start, joined: head.end - head.start, length: tail.end - tail.start },
    ];
    groups = tableCellAt(joined, 0, joined.length)?.map((segment) => placedSegment(segment, pieces)) ?? null;
  }
  return { cell: { start: head.start, end: tail.end }, text: joined, column, groups };
}
