import type { LineNode } from "../syntax/cst.js";
import type { Span } from "../model/types.js";

/**
 * A 分工表 row a PDF's page cut, laid out as the model reads it (model/pageCutRows.ts): one row,
 * its last cells taken from the next page's first line, the cell the page cut in two pieces joined
 * as the model joins it. The page's edge between (its page number, running head, the header printed
 * again) is no line of the exported document, which sets its own pages: printed, the remainder and
 * every row after it would leave the table as prose, and their units would be lost read back.
 */

/**
 * The index of the line a row read from `lines[index]` ends on, where the model read it on past
 * its own line and a page's edge (its span ends on a later line); -1 where the row is its line's.
 */
export function restLineIndex(row: Span | undefined, lines: readonly LineNode[], index: number): number {
  if (row === undefined || row.end <= lines[index]!.contentEnd) return -1;
  for (let i = index + 1; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.start > row.end) return -1;
    if (row.end <= line.contentEnd) return i;
  }
  return -1;
}

/**
 * The row's cells with its remainder's: the header's `width` filled exactly, the page cut between
 * two cells, or inside one (its two pieces one cell, as model/pageCutRows.ts joins its words);
 * null where they fill other columns than the model read.
 */
export function cellsAcrossPage(own: readonly string[], rest: readonly string[], width: number): string[] | null {
  if (own.length === 0 || rest.length === 0) return null;
  if (own.length + rest.length === width) return [...own, ...rest];
  if (own.length + rest.length - 1 !== width) return null;
  return [...own.slice(0, -1), own[own.length - 1]! + rest[0]!, ...rest.slice(1)];
}
