import { serialJoined } from "../model/joinedSerials.js";
import type { BlankTableRow, TableRow } from "../model/types.js";

/**
 * A spaced 分工表 row whose 序号 a drafter typed as a list's marker, one space before the task
 * (`1. 加强质量基础设施建设      市发展改革委`): the model reads the two as the row's 序号 and task
 * cells (model/joinedSerials.ts), and the export prints them so. Laid out from the line's gaps,
 * the row is a cell short, and the table ends above it or has its cells under the wrong headings.
 */

/**
 * The row's cells with its first one parted into the 序号 and the task, where the model read
 * the row so (its `number` and `task` those two); null for any other row.
 */
export function serialApartCells(cells: readonly string[], row: TableRow | BlankTableRow | undefined): string[] | null {
  const first = cells[0];
  if (row === undefined || first === undefined) return null;
  const joined = serialJoined(first, { start: 0, end: first.length });
  if (joined === null) return null;
  const serial = first.slice(joined.serial.start, joined.serial.end);
  const task = first.slice(joined.task.start, joined.task.end);
  return row.number === serial && row.task === task ? [serial, task, ...cells.slice(1)] : null;
}
