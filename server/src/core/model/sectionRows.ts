import { opensWithTaskVerb } from "./taskVerbs.js";

/**
 * A table's section row: the row a 分工表 or a 主要指标表 groups its rows under (一、增强质量发展动能;
 * 一<TAB>产业质量<TAB><TAB>), its numeral a section's (Chinese, not a row's digits) and its words a
 * short heading. model/tables.ts (the units' tables) and targets/tables.ts (the indicators') ask
 * the one reader here, each saying what its columns are: it suspends the table over the rows under
 * it, and is neither a row nor a target.
 */

/** A section's numeral, alone in the 序号 cell: 一, 二、, （三）, 第四部分. */
const SECTION_NUMERAL = /^(?:第[一二三四五六七八九十]{1,3}(?:部分|章|节)?|[（(]?[一二三四五六七八九十]{1,3}[）)]?[、.．]?)$/;
/** A section's numeral at the start of a heading written in one cell (一、产业质量, （二）服务质量). */
const SECTION_LEAD = /^(?:第[一二三四五六七八九十]{1,3}(?:部分|章|节)|[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十]{1,3}[）)])/;
/** A section row's text is a short heading (一、增强质量发展创新动能；（二）产业质量): no sentence in it. */
export const MAX_SECTION_ROW = 40;
export const SENTENCE_MARKS = /[。；;！？]/;

/** Whether a section row's heading is one: short, and no sentence in it. */
function isSectionHeading(words: string): boolean {
  return words.length <= MAX_SECTION_ROW && !SENTENCE_MARKS.test(words);
}

/** What a table's columns say of its section rows. */
export interface SectionRowColumns {
  /** The 序号 column, where a section's numeral stands; where the table has none, the row's first cell. */
  number: number;
  /**
   * Whether `words` in this column may be a section's heading: not in a column a section row leaves
   * empty (a 分工表's units and deadline, an indicator table's unit and figures).
   */
  mayHead(column: number, words: string): boolean;
}

const DIGIT = /[0-9０-９]/;
const YEAR = /[0-9０-９]{4}\s*年/g;

/**
 * Cells that do not stand in their columns (a row whose empty cells a copy lost, a line read as one
 * cell): the numeral first, and any cell may hold the heading but one with a figure other than a
 * year's (2025年重点指标 is a heading's words; 其中：国家级5家 may be a figure column's).
 */
export const UNALIGNED: SectionRowColumns = { number: 0, mayHead: (_column, words) => !(DIGIT.test(words) && DIGIT.test(words.replace(YEAR, ""))) };

/**
 * Whether a row is a section row of a table with these columns: `cells` are its cells' texts in
 * column order ("" an empty one). A section's numeral in the 序号 column and its heading in one
 * cell after it that may hold one, every other cell empty; the numeral alone (its heading in a cell
 * the copy merged away); or a heading with its numeral written in one cell (一、产业质量).
 */
export function isSectionRow(cells: readonly string[], columns: SectionRowColumns): boolean {
  let first = -1;
  let second = -1;
  for (let i = 0; i < cells.length; i++) {
    if (cells[i] === "") continue;
    if (first < 0) first = i;
    else if (second < 0) second = i;
    else return false;
  }
  if (first < 0) return false;
  const numeral = columns.number >= 0 ? columns.number : 0;
  if (second < 0) {
    if (first === numeral && SECTION_NUMERAL.test(cells[first]!)) return true;
    return SECTION_LEAD.test(cells[first]!) && isSectionHeading(cells[first]!) && columns.mayHead(first, cells[first]!);
  }
  return first === numeral && SECTION_NUMERAL.test(cells[first]!) && isSectionHeading(cells[second]!) && columns.mayHead(second, cells[second]!);
}

/**
 * Whether the two cells of a line set with spaces are a section row whose empty cells the gaps
 * swallowed: a section's numeral, then its heading (`一  推动产业质量提升`), as a tabbed copy keeps
 * it in its columns (一<TAB>推动产业质量提升<TAB><TAB>). Read otherwise, its numeral was a chapter's
 * whose 、 was typed as a space, and the table ended at it.
 */
export function isNumeralOverHeading(numeral: string, heading: string): boolean {
  return isSectionRow([numeral, heading], UNALIGNED);
}

/**
 * Whether the one cell a row writes, in a table whose first column is its task (重点任务 | 牵头单位 |
 * 配合单位, no 序号), is a task left with no unit rather than a section's heading: a section row is
 * a short heading with no numeral's place to stand but its words (一、产业质量; 产业质量提升), a task
 * sets work to do and opens with its verb (推进标准化建设). A heading written with its numeral stays
 * a heading, whatever verb follows (一、推动标准化与科技创新互动发展).
 */
export function readsAsTask(words: string): boolean {
  return !SECTION_LEAD.test(words) && !SECTION_NUMERAL.test(words) && opensWithTaskVerb(words);
}
