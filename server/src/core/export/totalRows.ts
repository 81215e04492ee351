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

/**
 * How many columns each row's first cell spans: the label of a total row (`合计`, `全县合计` …)
 * over the columns of the rows' names (序号, 指标名称, 单位), one merged cell (w:gridSpan) as a
 * Word table sets it, its figures under the columns they sum; 1 for every other cell. The label
 * takes the empty cells right after it, up to the first column of figures (every cell of the
 * table's other rows that holds anything holds a digit: 2025年, 2026年目标) or the first cell the
 * row writes: a column the rows leave empty, or a figure the row does not give, is no name's.
 */
export function totalLabelSpans(rows: readonly (readonly string[])[]): number[] {
  const spans = rows.map(() => 1);
  const totals = rows.map((row, r) => r > 0 && row.length > 1 && TOTAL_LABEL.test(row[0]!.trim()));
  if (!totals.includes(true)) return spans;
  const body = rows.filter((_, r) => r > 0 && !totals[r]);
  const isNames = (column: number): boolean => {
    const cells = body.map((row) => (row[column] ?? "").trim()).filter((cell) => cell !== "");
    return cells.length > 0 && !cells.every((cell) => /[0-9０-９]/u.test(cell));
  };
  rows.forEach((row, r) => {
    if (!totals[r]) return;
    let span = 1;
    while (span < row.length - 1 && row[span]!.trim() === "" && isNames(span)) span++;
    spans[r] = span;
  });
  return spans;
}
