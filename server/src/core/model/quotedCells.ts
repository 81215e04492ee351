import type { LineNode } from "../syntax/cst.js";
import type { QuotedCell } from "./types.js";

/**
 * A table cell that holds a line break, as Excel copies it: the cell in ASCII double quotes, the
 * break kept, so that one row of a table pasted with tabs stands on two lines or more:
 *
 *   1<TAB>"国家稀土功能材料
 *   质检中心建设"<TAB>市市场监管局<TAB>2025年12月
 *
 * A quote of the cell's own text is doubled inside the quotes (Excel's and CSV's escape), and a
 * cell that holds one is quoted so even on one line: `"""品字标""认证企业数"` is the cell
 * `"品字标"认证企业数`. The quotes are the copy's, no punctuation of the text (the punctuation
 * rules leave them, the doubled ones too), and the lines are one row (model/tables.ts and
 * targets/tables.ts read it, the export sets the cell with its line break, node/docx writes such
 * a cell back so). Read strictly, so that prose with a quotation in it is never taken for a row:
 * the opening quote starts a cell (a tab right before it), every other quote inside is doubled,
 * and the closing one ends the cell, before a tab or the line's end. A cell over lines opens in
 * the last cell of a line and closes in the first cell of a later line; the lines between hold
 * no tab, and no blank line comes before the closing one. A cell quoted whole on one line with
 * no doubled quote in it is left as written: Excel quotes a Chinese cell only for a line break
 * or a quote inside, and `"质量月"` is the writer's quotation.
 */

const QUOTE = 0x22;
const TAB = 0x09;
/** Lines a cell may run over: an address, a list of units; more is no cell. */
const MAX_CELL_LINES = 6;

/**
 * The quoted cells of the row line at `index` from `from` on, in order, pushed to `cells`: those
 * quoted whole on the line for a doubled quote in them, then the one its last cell opens and a
 * later line closes, which is returned (else null). Asked only of lines with a tab in them
 * (model/reading.ts); `from` is the line's start, or on the line that closes a cell over lines,
 * right after its closing quote. Each line is read once to its end, and a cell's lines below once.
 */
export function quotedCellsOfLine(lines: readonly LineNode[], index: number, text: string, from: number, cells: QuotedCell[]): QuotedCell | null {
  const line = lines[index]!;
  const found = cellsOnLine(text, line.start, from, line.contentEnd, index, cells);
  return found.opens === null ? null : closedBelow(lines, index, text, found.opens, cells);
}

/** What a line holds from `from`: its quoted cells pushed to `cells`, the cell its last one opens, and whether a quote stands elsewhere. */
interface LineQuotes {
  opens: { open: number; doubled: number[] } | null;
  stray: boolean;
}

function cellsOnLine(text: string, lineStart: number, from: number, end: number, index: number, cells: QuotedCell[]): LineQuotes {
  const found: LineQuotes = { opens: null, stray: false };
  // Most rows have no quote: one scan finds none.
  let at = from;
  while (at < end && text.charCodeAt(at) !== QUOTE) at++;
  if (at === end) return found;
  // Back to the start of the cell the first quote is in, then cell by cell.
  while (at > from && text.charCodeAt(at - 1) !== TAB) at--;
  while (at < end) {
    const cellStart = at;
    let cellEnd = at;
    while (cellEnd < end && text.charCodeAt(cellEnd) !== TAB) cellEnd++;
    const opens = text.charCodeAt(cellStart) === QUOTE && (cellStart === lineStart || text.charCodeAt(cellStart - 1) === TAB);
    const read = opens ? readQuoted(text, cellStart + 1, cellEnd) : null;
    if (read !== null && read.close >= 0 && read.doubled.length > 0) {
      cells.push({ open: cellStart, close: read.close, firstLine: index, lastLine: index, rowEnd: end, doubled: read.doubled });
    } else if (read !== null && read.close < 0 && cellEnd === end) {
      // The line ends inside its last cell: the cell runs on below.
      found.opens = { open: cellStart, doubled: read.doubled };
    } else {
      for (let k = cellStart; k < cellEnd && !found.stray; k++) found.stray = text.charCodeAt(k) === QUOTE;
    }
    at = cellEnd + 1;
  }
  return found;
}

/**
 * A quoted cell's text from `from` (after its opening quote) to `end`, its cell's end: the
 * doubled quotes inside and the closing quote, the cell's last character (-1 where the cell runs
 * on past `end`), or null where a quote stands inside that is neither doubled nor the last.
 */
function readQuoted(text: string, from: number, end: number): { close: number; doubled: number[] } | null {
  let doubled: number[] | null = null;
  for (let k = from; k < end; k++) {
    if (text.charCodeAt(k) !== QUOTE) continue;
    if (k + 1 < end && text.charCodeAt(k + 1) === QUOTE) {
      (doubled ??= []).push(k);
      k++;
      continue;
    }
    return k + 1 === end ? { close: k, doubled: doubled ?? NO_DOUBLED } : null;
  }
  return { close: -1, doubled: doubled ?? NO_DOUBLED };
}

/**
 * The cell opened on the line at `index`, closed in the first cell of a later line, or null. The
 * closing line's other cells are cells, not prose with a quotation: a quote there is a quoted
 * cell's (its cells are found again when the closing line is read as a row's line).
 */
function closedBelow(lines: readonly LineNode[], index: number, text: string, opened: { open: number; doubled: number[] }, cells: QuotedCell[]): QuotedCell | null {
  let doubled = opened.doubled;
  for (let j = index + 1; j < lines.length && j <= index + MAX_CELL_LINES; j++) {
    const next = lines[j]!;
    if (next.kind === "blank" || next.kind === "comment") return null;
    let cellEnd = next.start;
    while (cellEnd < next.contentEnd && text.charCodeAt(cellEnd) !== TAB) cellEnd++;
    const read = readQuoted(text, next.start, cellEnd);
    if (read === null) return null;
    if (read.doubled.length > 0) doubled = doubled.length > 0 ? doubled.concat(read.doubled) : read.doubled;
    if (read.close < 0) {
      // A line between: no tab in it.
      if (cellEnd !== next.contentEnd) return null;
      continue;
    }
    if (cellsOnLine(text, next.start, read.close + 1, next.contentEnd, j, []).stray) return null;
    const cell: QuotedCell = { open: opened.open, close: read.close, firstLine: index, lastLine: j, rowEnd: next.contentEnd, doubled };
    cells.push(cell);
    return cell;
  }
  return null;
}

/** A quoted cell's text as a reader sees it: without the quotes the copy put round it, each doubled quote one. */
export function quotedCellText(text: string, cell: QuotedCell): string {
  const inner = text.slice(cell.open + 1, cell.close);
  return cell.doubled.length > 0 ? inner.replace(DOUBLED, '"') : inner;
}

const DOUBLED = /""/g;
// Not frozen: V8 iterates a frozen array on a slow path (ARCHITECTURE.md, "Frozen arrays").
const NO_DOUBLED: number[] = [];

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

/** The quotes of the plan's quoted cells as spans, the doubled ones too, in document order (the punctuation rules leave them). */
export function quotedCellMarks(cells: readonly QuotedCell[]): Array<{ start: number; end: number }> {
  const spans: Array<{ start: number; end: number }> = [];
  for (const cell of cells) {
    spans.push({ start: cell.open, end: cell.open + 1 });
    for (const at of cell.doubled) spans.push({ start: at, end: at + 2 });
    spans.push({ start: cell.close, end: cell.close + 1 });
  }
  return spans;
}
