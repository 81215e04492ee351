import type { LineNode } from "../syntax/cst.js";
import type { QuotedCell } from "./types.js";

/**
 * A table cell that holds a line break, as Excel copies it: the cell in ASCII double quotes, the
 * break kept, so that one row of a table pasted with tabs stands on two lines or more:
 *
 *   1<TAB>"国家稀土功能材料
 *   质检中心建设"<TAB>市市场监管局<TAB>2025年12月
 *
 * The quotes are the copy's, no punctuation of the text (the punctuation rules leave them), and
 * the lines are one row (model/tables.ts reads it, the export sets the cell with its line break,
 * node/docx writes such a cell back so). Read strictly, so that prose with a quotation in it is
 * never taken for a row: the opening quote starts the last cell of a line with a tab (a tab
 * right before it) and is that cell's only quote; the closing one ends the first cell of a
 * later line, before a tab or the line's end, and is that cell's only quote; the lines between
 * hold neither a tab nor a quote, and no blank line comes before the closing one. A cell quoted
 * whole on one line is left as written: only a line break makes Excel quote a Chinese cell.
 */

const QUOTE = 0x22;
const TAB = 0x09;
/** Lines a cell may run over: an address, a list of units; more is no cell. */
const MAX_CELL_LINES = 6;

/**
 * The quoted cell that the line at `index` opens, or null. Asked only of lines with a tab in
 * them (model/reading.ts), and answered from the line's last tab: most rows fail on the one
 * character after it.
 */
export function quotedCellOpenedAt(lines: readonly LineNode[], index: number, text: string): QuotedCell | null {
  const line = lines[index]!;
  const lastTab = text.lastIndexOf("\t", line.contentEnd - 1);
  if (lastTab < line.start || text.charCodeAt(lastTab + 1) !== QUOTE) return null;
  const open = lastTab + 1;
  for (let k = open + 1; k < line.contentEnd; k++) if (text.charCodeAt(k) === QUOTE) return null;
  for (let j = index + 1; j < lines.length && j <= index + MAX_CELL_LINES; j++) {
    const next = lines[j]!;
    if (next.kind === "blank" || next.kind === "comment") return null;
    for (let k = next.start; k < next.contentEnd; k++) {
      const code = text.charCodeAt(k);
      if (code === TAB) return null;
      if (code !== QUOTE) continue;
      // The closing quote ends the line's first cell: a tab or the line's end right after it.
      const after = k + 1;
      if (after !== next.contentEnd && text.charCodeAt(after) !== TAB) return null;
      for (let m = after; m < next.contentEnd; m++) if (text.charCodeAt(m) === QUOTE && text.charCodeAt(m - 1) !== TAB) return null;
      return { open, close: k, firstLine: index, lastLine: j, rowEnd: next.contentEnd };
    }
  }
  return null;
}

/** The quoted cell of `cells` that starts at `start`, by a cursor: both are in document order. */
export class QuotedCellCursor {
  private at = 0;
  constructor(private readonly cells: readonly QuotedCell[]) {}

  /** The cell opening at or after `from` and before `to`, or null; cells before `from` are passed. */
  opening(from: number, to: number): QuotedCell | null {
    while (this.at < this.cells.length && this.cells[this.at]!.open < from) this.at++;
    const cell = this.cells[this.at];
    return cell !== undefined && cell.open < to ? cell : null;
  }
}

/** The quotes of the plan's quoted cells as spans, in document order (the punctuation rules leave them). */
export function quotedCellMarks(cells: readonly QuotedCell[]): Array<{ start: number; end: number }> {
  const spans: Array<{ start: number; end: number }> = [];
  for (const cell of cells) spans.push({ start: cell.open, end: cell.open + 1 }, { start: cell.close, end: cell.close + 1 });
  return spans;
}
