import type { LineNode } from "../syntax/cst.js";
import { cellLineTableAt } from "./cellLineTables.js";
import type { MarkdownTable } from "./markdownTables.js";

/**
 * The lines of every table the model reads, as the line readings before the outline see them:
 * a spaced table's (wide gaps or single spaces: the one scan of model/spacedTableRows.ts), a
 * tabbed row's (text of kind `tableRow`, model/reading.ts), a Markdown table's and a PDF copy's
 * table of one cell a line (`markdown`: the Markdown tables of `lines`, read once for the plan,
 * model/markdownTables.ts). A reader of paragraphs (model/hardWrap.ts) asks it: a table's rows are
 * set in the table's columns, never a page's measure, and no row goes on into the line below —
 * joined, a 分工表's header and rows would be one paragraph, its structure lost.
 */
export function tableLinesOf(lines: readonly LineNode[], text: string, spacedLines: readonly number[], markdown: readonly MarkdownTable[]): Uint8Array {
  const inTable = new Uint8Array(lines.length);
  for (const index of spacedLines) inTable[index] = 1;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.kind === "text" && line.textKind === "tableRow") inTable[i] = 1;
    // Nearly every line lets go at once: a one-cell-a-line table's header opens with 序号 alone.
    const cellLines = cellLineTableAt(lines, i, text);
    if (cellLines === null) continue;
    inTable.fill(1, i, cellLines.end);
    i = Math.max(i, cellLines.end - 1);
  }
  for (const { header, last } of markdown) inTable.fill(1, header, last + 1);
  return inTable;
}
