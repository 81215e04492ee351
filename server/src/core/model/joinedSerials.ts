import { isSpaceCode } from "../text/spaces.js";
import type { Span } from "./types.js";

/**
 * A 分工表 set with wide gaps (a web page's or WPS's table copied as text, model/tables.ts CELL_GAP)
 * whose 序号 a drafter typed as a list's marker with one space after it, as a list is typed
 * (`1. 加强质量基础设施建设      市发展改革委      2025年底前`): the gap that parts the other cells
 * is not there, so the 序号 and the task read as one cell and the row one cell short of its
 * header. The number and its mark before a single space are the row's 序号 cell, the rest its
 * task: the row the printed table shows. Asked only of a row one cell short in a table whose
 * first column is its 序号.
 */

/** The most digits a 序号 has (model/tables.ts SERIAL). */
const MAX_DIGITS = 4;

/** `.`, `．`, `、`: the mark a list's marker puts after its number. */
function isMarkerMark(code: number): boolean {
  return code === 0x2e || code === 0xff0e || code === 0x3001;
}

/**
 * The 序号 and the task of a cell that opens with a number, its mark or none, and one half-width
 * space before words (`1. 加强……`, `2、推进……` is no such cell: no space), or null.
 */
export function serialJoined(text: string, cell: Span): { serial: Span; task: Span } | null {
  let at = cell.start;
  while (at < cell.end && at - cell.start <= MAX_DIGITS && isDigit(text.charCodeAt(at))) at++;
  if (at === cell.start || at - cell.start > MAX_DIGITS) return null;
  if (at < cell.end && isMarkerMark(text.charCodeAt(at))) at++;
  // One space, then the task's words: a wider gap would have parted the cells already.
  if (at + 1 >= cell.end || text.charCodeAt(at) !== 0x20 || isSpaceCode(text.charCodeAt(at + 1))) return null;
  return { serial: { start: cell.start, end: at }, task: { start: at + 1, end: cell.end } };
}

function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}
