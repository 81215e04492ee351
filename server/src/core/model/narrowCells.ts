import { isSpaceCode } from "../text/spaces.js";
import type { Span } from "./types.js";

/**
 * A 分工表 typed, or copied from a page that set its cells with single spaces
 * (`序号 重点任务 责任单位 完成时限` / `1 推进标准化建设 市市场监管局 2025年底前`): each run of
 * spaces parts two cells, where a wide gap (model/tables.ts CELL_GAP) is not there to. Prose has
 * single spaces too, so model/tables.ts opens such a table only at a header every cell of which
 * names a column (`isNarrowHeader`), and reads a row only where it splits into as many cells.
 */

/** The cells of text[start, end) apart by runs of spaces or tabs, each without them; null where the line has no such run. */
export function narrowCellsOf(text: string, start: number, end: number): Span[] | null {
  const cells: Span[] = [];
  let at = start;
  while (at < end && isSpaceCode(text.charCodeAt(at))) at++;
  while (at < end) {
    const cellStart = at;
    while (at < end && !isSpaceCode(text.charCodeAt(at))) at++;
    cells.push({ start: cellStart, end: at });
    while (at < end && isSpaceCode(text.charCodeAt(at))) at++;
  }
  return cells.length >= 2 ? cells : null;
}

/** Whether text[from, to) holds a half-width space between two other characters: a narrow row's gap, looked for before any cell is cut. */
export function hasInnerSpace(text: string, from: number, to: number): boolean {
  for (let at = from + 1; at + 1 < to; at++) if (text.charCodeAt(at) === 0x20) return true;
  return false;
}
