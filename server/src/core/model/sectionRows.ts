/**
 * A table's section row: the row a 分工表 or a 主要指标表 groups its rows under (一、增强质量发展动能;
 * 一<TAB>产业质量<TAB><TAB>), its numeral a section's (Chinese, not a row's digits) and its words a
 * short heading. model/tables.ts (the units' tables) and targets/tables.ts (the indicators') read
 * it the same way: it suspends the table over the rows under it, and is neither a row nor a target.
 */

/** A section's numeral, alone in the 序号 cell: 一, 二、, （三）, 第四部分. */
export const SECTION_NUMERAL = /^(?:第[一二三四五六七八九十]{1,3}(?:部分|章|节)?|[（(]?[一二三四五六七八九十]{1,3}[）)]?[、.．]?)$/;
/** A section's numeral at the start of a heading written in one cell (一、产业质量, （二）服务质量). */
const SECTION_LEAD = /^(?:第[一二三四五六七八九十]{1,3}(?:部分|章|节)|[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十]{1,3}[）)])/;
/** A section row's text is a short heading (一、增强质量发展创新动能；（二）产业质量): no sentence in it. */
export const MAX_SECTION_ROW = 40;
export const SENTENCE_MARKS = /[。；;！？]/;

/** Whether a section row's heading is one: short, and no sentence in it. */
export function isSectionHeading(words: string): boolean {
  return words.length <= MAX_SECTION_ROW && !SENTENCE_MARKS.test(words);
}

/**
 * Whether a row's non-empty cells (in order) are a section row's: a section's numeral and its
 * heading in the cell after it, or a heading with its numeral in one cell; short, no sentence, no
 * figure (a row's figure is a target's).
 */
export function isSectionRowCells(cells: readonly string[]): boolean {
  if (cells.length === 0 || cells.length > 2) return false;
  const [first, second] = cells as [string, string | undefined];
  if (second === undefined ? !SECTION_LEAD.test(first) : !SECTION_NUMERAL.test(first)) return false;
  const heading = second ?? first;
  return isSectionHeading(heading) && !/[0-9０-９]/.test(heading);
}
