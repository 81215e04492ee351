import type { Span } from "./types.js";

/**
 * A 分工表 row's 序号 as tables number their rows: digits alone or with a list's mark (`1`, `1.`, `1、`),
 * a list's marker (`（一）`, `一、`, `1)`, `（1）`, `①`, `⑴`: a table copied from a list, or numbered
 * as the plan's tasks are), or a bare Chinese numeral (`一`). Asked of the row that may resume a
 * table after a section row (model/tables.ts), which has already told a section row's numeral (a
 * numeral over a heading and empty cells, model/sectionRows.ts) from a row's.
 */
export function writesRowNumber(text: string, cell: Span): boolean {
  return cell.end > cell.start && cell.end - cell.start <= MAX_ROW_NUMBER && ROW_NUMBER.test(text.slice(cell.start, cell.end));
}

/**
 * Whether a cell's words (trimmed) are a row's 序号 as writesRowNumber reads one: what tells a 序号
 * from a task, units or a deadline where a row's cells are placed in their columns (model/shiftedRows.ts).
 */
export function isRowNumber(written: string): boolean {
  return written.length > 0 && written.length <= MAX_ROW_NUMBER && ROW_NUMBER.test(written);
}

/** The longest 序号 (`（十二）`, `1234.`): a longer cell is no number, and is not copied. */
const MAX_ROW_NUMBER = 5;
const ROW_NUMBER = /^(?:\d{1,4}[.．、]?|[一二三四五六七八九十]{1,3}[、.．]?|[（(]?(?:\d{1,3}|[一二三四五六七八九十]{1,3})[）)]|[\u2460-\u2487])$/u;
