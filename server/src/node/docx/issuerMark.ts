import { isIssuerMarkWord, issuerMarkWordStart } from "../../core/model/issuerMark.js";
import type { ReadLine } from "./cells.js";

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
  if (!isIssuerMarkWord(mark)) return null;
  const names: ReadLine[] = [];
  for (const line of cellLines[0]!) {
    const text = line.text.trim();
    if (text === "") continue;
    // Each name ends where the mark's word begins, as the exporter splits the line it prints.
    const name = text.replace(SPACES, "");
    if (issuerMarkWordStart(name + mark) !== name.length) return null;
    names.push({ text, paragraph: line.paragraph });
  }
  return names.length > 0 ? { names, mark } : null;
}
