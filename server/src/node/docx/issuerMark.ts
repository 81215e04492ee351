import { isIssuerMark } from "../../core/model/pageFurniture.js";
import type { ReadLine } from "./cells.js";

/** The word a 发文机关标志 sets after its issuers' names: 文件, or a kind of it (行政规范性文件). */
const MARK_WORD = /^[\u4e00-\u9fff]{0,8}文件$/u;
const SPACES = /[\s\u3000]+/gu;

/**
 * A joint 发文机关标志 as Word's templates set it (GB/T 9704 §7.2.4): a table without rules whose
 * left cell holds the issuers' names one a paragraph and whose right cell holds 文件, centred up
 * and down on them — in one row, or a row per name with 文件 in a cell merged down the rows. The
 * row's names and the word, or null for any other row. The plan's text writes the mark as its
 * lines are printed, the names one a line and 文件 after the last (export/layout.ts reads it so),
 * which the reader makes of the rows: a row of two cells apart by a tab would be no mark.
 */
export function jointIssuerMarkRow(cells: readonly string[], cellLines: readonly (readonly ReadLine[])[]): { names: ReadLine[]; mark: string } | null {
  if (cells.length !== 2 || cellLines.length !== 2) return null;
  const mark = cells[1]!.replace(SPACES, "");
  if (!MARK_WORD.test(mark)) return null;
  const names: ReadLine[] = [];
  for (const line of cellLines[0]!) {
    const text = line.text.trim();
    if (text === "") continue;
    if (!isIssuerMark(text.replace(SPACES, "") + mark)) return null;
    names.push({ text, paragraph: line.paragraph });
  }
  return names.length > 0 ? { names, mark } : null;
}
