/**
 * A table set in columns by spaces, as a PDF's copy gives it:
 *
 *   1     制造业产品质量合格率      ％      ９４      ９５          预期性
 *
 * Its columns stand where the characters' widths put them: a Chinese character or a full-width
 * form takes two columns of a fixed-width view, a half-width one one. A fix that changes a cell's
 * width (９４ → 94) moves every cell after it out of its column, unless the gap after the cell
 * takes up the difference: `keepingColumns` adds that gap's edit. A fix that would narrow a gap
 * below two spaces cannot keep the columns (the cells would run together): none is offered.
 */

/** The width of text[from, to) in a fixed-width view: two columns for a wide character, one for others. */
export function displayWidth(text: string, from: number, to: number): number {
  let width = 0;
  for (let i = from; i < to; i++) width += columnsOf(text.charCodeAt(i));
  return width;
}

/**
 * The columns a code unit takes in a fixed-width view: one below U+1100 and for the half-width
 * forms (U+FF61–U+FFDC), none for a low surrogate (its pair was counted at the high one), two for
 * every other (Chinese characters, full-width forms, marks). The one measure of the table columns
 * here and of a PDF copy's line widths (model/hardWrap.ts).
 */
export function columnsOf(code: number): number {
  if (code < 0x1100 || (code >= 0xff61 && code <= 0xffdc)) return 1;
  return code >= 0xdc00 && code <= 0xdfff ? 0 : 2;
}

/**
 * Whether the lines that hold text[start, end) have a double space at all: none, and no row of a
 * table set in columns by spaces is among them (a rule asks before it makes its fix's edits to
 * keep the columns: most findings are in prose).
 */
export function mayHoldColumns(text: string, start: number, end: number): boolean {
  const lineStart = text.lastIndexOf("\n", start - 1) + 1;
  let lineEnd = text.indexOf("\n", end);
  if (lineEnd < 0) lineEnd = text.length;
  const double = text.indexOf("  ", lineStart);
  return double >= 0 && double < lineEnd;
}

interface Edit {
  start: number;
  end: number;
  newText: string;
}

/** The fewest spaces that set two cells apart, and the fewest gaps that make a line a row of such a table (one is a stray double space as often). */
const MIN_GAP = 2;
const MIN_GAPS = 2;
const SPACE = 0x20;

/**
 * `edits` with, after each cell whose width they change on a row set in columns by spaces, the
 * gap after the cell widened or narrowed by as much; the edits as they are where no such row holds
 * them; null where a gap would fall below two spaces. An edit over a line's end, or that writes
 * one, is left as it is (it moves the lines, not the columns). `edits` are in document order.
 */
export function keepingColumns<E extends Edit>(text: string, edits: readonly E[]): Array<E | Edit> | null {
  const added: Edit[] = [];
  let gapStart = -1;
  let gapEnd = -1;
  let change = 0;
  const close = (): boolean => {
    if (gapStart < 0 || change === 0) return true;
    const spaces = gapEnd - gapStart - change;
    if (spaces < MIN_GAP) return false;
    added.push({ start: gapStart, end: gapEnd, newText: " ".repeat(spaces) });
    return true;
  };
  // Each line's gaps are read once, the edits being in order: a line of many edits is read once.
  let lineEnd = -1;
  let gaps = NO_GAPS;
  let next = 0;
  for (const edit of edits) {
    const width = displayWidth(edit.newText, 0, edit.newText.length) - displayWidth(text, edit.start, edit.end);
    if (width === 0 || edit.newText.includes("\n")) continue;
    if (edit.start > lineEnd) {
      lineEnd = text.indexOf("\n", edit.start);
      if (lineEnd < 0) lineEnd = text.length;
      gaps = gapsOfLine(text, text.lastIndexOf("\n", edit.start - 1) + 1, lineEnd);
      next = 0;
    }
    if (edit.end > lineEnd) continue;
    while (next < gaps.length && gaps[next]!.start < edit.end) next++;
    // The gap that ends the edit's cell; none after the row's last cell.
    const gap = gaps[next];
    if (gap === undefined) continue;
    if (gap.start !== gapStart) {
      if (!close()) return null;
      gapStart = gap.start;
      gapEnd = gap.end;
      change = 0;
    }
    change += width;
  }
  if (!close()) return null;
  if (added.length === 0) return edits as E[];
  const out: Array<E | Edit> = [...edits, ...added].sort((a, b) => a.start - b.start);
  // Every edit of the list stays apart from the gaps' (an edit in a gap is no cell's).
  for (let k = 1; k < out.length; k++) if (out[k]!.start < out[k - 1]!.end) return null;
  return out;
}

/** The gaps between the cells of the line from `lineStart`, in order; none where the line is no row of a table set in columns by spaces. */
function gapsOfLine(text: string, lineStart: number, lineBreak: number): Array<{ start: number; end: number }> {
  const lineEnd = text.charCodeAt(lineBreak - 1) === 0x0d ? lineBreak - 1 : lineBreak;
  const gaps: Array<{ start: number; end: number }> = [];
  for (let i = lineStart; i < lineEnd; ) {
    if (text.charCodeAt(i) !== SPACE) {
      i++;
      continue;
    }
    let end = i;
    while (end < lineEnd && text.charCodeAt(end) === SPACE) end++;
    // A gap between two cells: text on both sides of it.
    if (end - i >= MIN_GAP && i > lineStart && end < lineEnd) gaps.push({ start: i, end });
    i = end;
  }
  return gaps.length >= MIN_GAPS ? gaps : NO_GAPS;
}

const NO_GAPS: Array<{ start: number; end: number }> = [];
