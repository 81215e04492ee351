/**
 * A table's 合计 row as a copy that sets cells apart by spaces gives it (a web page's or a PDF's
 * table copied as text): `合计  13` under 序号  指标名称  单位  2025年  2026年目标. Its label was one
 * cell merged across the columns of the rows' names, so the row has fewer cells than the header
 * and lines up with none of its columns; it is still the table's last row, not a paragraph under it.
 * The label stands in the first column and the figures under the last columns, as a total row
 * sums the figure columns at the table's end (the spaces keep no trace of which ones).
 */

/** The label of a total row: 合计, 总计, 小计, 共计, 全市合计 … (a place before it), written as its first cell. */
const TOTAL_LABEL = /^(?:[\p{Script=Han}]{1,6}?)?(?:合计|总计|小计|共计|总量)$/u;

/** The cells of a total row fitted to a header `width` cells wide, or null for a row that is none (no label, or as many cells as the header). */
export function totalRowCells(cells: readonly string[], width: number): string[] | null {
  if (cells.length < 2 || cells.length >= width || !TOTAL_LABEL.test(cells[0]!)) return null;
  return [cells[0]!, ...Array<string>(width - cells.length).fill(""), ...cells.slice(1)];
}
