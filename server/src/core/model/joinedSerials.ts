import { isHanCode } from "../punct/chars.js";
import { codeUnitSet } from "../text/codeUnits.js";
import { isSpaceCode } from "../text/spaces.js";
import type { Span } from "./types.js";

/**
 * A 分工表 set with wide gaps (a web page's or WPS's table copied as text, model/tables.ts CELL_GAP)
 * whose 序号 a drafter typed as a list's marker, with one space after it as a list is typed
 * (`1. 加强质量基础设施建设      市发展改革委      2025年底前`) or none (`3、建设……`, `3.建设……`,
 * `（三）建设……`), or whose 序号 the paste ran into its task (`12加强……`, the gap between them lost):
 * the gap that parts the other cells is not there, so the 序号 and the task read as one cell and
 * the row one cell short of its header. The marker before the task is the row's 序号 cell, the
 * rest its task: the row the printed table shows. Asked only of a row one cell short in a table
 * whose first column is its 序号.
 */

/** The most digits a 序号 has (model/tables.ts SERIAL), and the most numerals inside a bracketed one (（十二）). */
const MAX_DIGITS = 4;

/** `.`, `．`, `、`: the mark a list's marker puts after its number. */
function isMarkerMark(code: number): boolean {
  return code === 0x2e || code === 0xff0e || code === 0x3001;
}

/**
 * The 序号 and the task of a cell that opens with a marker, or null:
 * - a number with its mark, then one half-width space or none before the task's words (`1. 加强……`,
 *   `3、建设……`, `3.建设……`), or a number with one space and no mark (`1 加强……`);
 * - a bracketed numeral, then one space or none (`（三）建设……`, `(3) 建设……`);
 * - a number run straight into the task's first Chinese character (`12加强……`) only where it is
 *   `next`, the number the table's count comes to: a task may open with a figure of its own
 *   (`3年内建成……`), and only the count tells the two apart.
 * A figure right after a mark (`1.5万`, `2、3号线`) is no marker's: the cell is taken as it is.
 */
export function serialJoined(text: string, cell: Span, next: number | null = null): { serial: Span; task: Span } | null {
  const bracketed = bracketedEnd(text, cell);
  if (bracketed > 0) return apart(text, cell, bracketed);
  let at = cell.start;
  while (at < cell.end && at - cell.start <= MAX_DIGITS && isDigit(text.charCodeAt(at))) at++;
  if (at === cell.start || at - cell.start > MAX_DIGITS || at >= cell.end) return null;
  const code = text.charCodeAt(at);
  if (isMarkerMark(code)) return apart(text, cell, at + 1);
  if (code === 0x20) return spaceApart(text, cell, at);
  return next !== null && isHanCode(code) && Number(text.slice(cell.start, at)) === next ? parted(cell, at, at) : null;
}

/** The marker ending at `end`, then one space or none, and the task's words (no figure first). */
function apart(text: string, cell: Span, end: number): { serial: Span; task: Span } | null {
  if (end >= cell.end) return null;
  const code = text.charCodeAt(end);
  if (code === 0x20) return spaceApart(text, cell, end);
  return isSpaceCode(code) || isDigit(code) ? null : parted(cell, end, end);
}

/** One space, then the task's words: a wider gap would have parted the cells already. */
function spaceApart(text: string, cell: Span, end: number): { serial: Span; task: Span } | null {
  return end + 1 < cell.end && !isSpaceCode(text.charCodeAt(end + 1)) ? parted(cell, end, end + 1) : null;
}

function parted(cell: Span, serialEnd: number, taskStart: number): { serial: Span; task: Span } {
  return { serial: { start: cell.start, end: serialEnd }, task: { start: taskStart, end: cell.end } };
}

/** Where a bracketed numeral at the cell's start ends (`（三）`, `(12)`), or 0. */
function bracketedEnd(text: string, cell: Span): number {
  const open = text.charCodeAt(cell.start);
  if (open !== 0xff08 && open !== 0x28) return 0;
  let at = cell.start + 1;
  while (at < cell.end && at - cell.start <= MAX_DIGITS && isNumeralCode(text.charCodeAt(at))) at++;
  if (at === cell.start + 1 || at >= cell.end) return 0;
  const close = text.charCodeAt(at);
  return close === 0xff09 || close === 0x29 ? at + 1 : 0;
}

/** A digit or a Chinese numeral as a 序号 writes it (一 … 十, 百, 〇, 零). */
function isNumeralCode(code: number): boolean {
  return isDigit(code) || CHINESE_NUMERALS.has(code);
}

const CHINESE_NUMERALS = codeUnitSet("一二三四五六七八九十百〇零");

function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}
