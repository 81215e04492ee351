import type { LineNode } from "../syntax/cst.js";
import { isHanCode } from "../punct/chars.js";
import { toHalfwidthFigures } from "../model/numerals.js";
import { METRIC } from "./figureWords.js";
import { type Cell, figureOf, type IndicatorRow, ROW_YEAR_CELL } from "./tables.js";

/**
 * An indicator row set in columns with no header above it (`制造业产品质量合格率  95%  市市场监管局`,
 * `食品抽检合格率<TAB>98.5%<TAB>2025年`): a measure's name, its bare figure, and cells of no figure
 * (who is responsible) or the year it is for. A table with a header is tables.ts's; such a line
 * under none was no target at all, its figure no clause's. Read as a table's row is (tableRows.ts):
 * a bare figure a level to reach, its way the name's (polarity.ts: at least, unless the name says a
 * ceiling — 死亡率, 投诉率, accidents). No header says such a row states a goal: its section does
 * (a row under a 重点任务 is a measure's figure), where a headed table's rows are goals wherever they stand.
 */
export function bareIndicatorRow(text: string, line: LineNode): IndicatorRow | null {
  const start = line.indentEnd;
  const end = line.contentEnd;
  // One code unit and the length decide for nearly every line: a row opens on its name, and is short.
  if (end - start > MOST_ROW || !isHanCode(text.charCodeAt(start))) return null;
  const cells = cellsOf(text, start, end);
  if (cells === null || cells.length < 2 || cells.length > MOST_CELLS) return null;
  const name = cells[0]!;
  if (!METRIC.test(name.text) || name.text.length > MOST_NAME || NOT_A_NAME.test(name.text)) return null;
  const figure = figureOf(cells[1]!, text);
  if (figure === null || figure.value === null) return null;
  let year: number | null = null;
  let header = { start: cells[1]!.start, end: cells[1]!.end };
  for (let k = 2; k < cells.length; k++) {
    const cell = cells[k]!;
    const own = ROW_YEAR_CELL.exec(toHalfwidthFigures(cell.text));
    if (own !== null && year === null) {
      year = Number(own[1]);
      header = { start: cell.start, end: cell.end };
    } else if (ANY_DIGIT.test(cell.text)) return null;
  }
  return { lines: [line], indicator: name, unit: "", base: null, estimate: null, targets: [{ cell: cells[1]!, figure, year, header }], binding: false, serial: null };
}

/** The longest line read as a row: a name, a figure and a unit's name or two. */
const MOST_ROW = 80;
const MOST_CELLS = 4;
const MOST_NAME = 30;
/** Marks of prose: a cell with one is a sentence's words, no name. */
const NOT_A_NAME = /[，。；：、,;:（(]/;
const ANY_DIGIT = /[0-9０-９]/;

/** The cells of text[start, end) apart by tabs, runs of two spaces or more, or a full-width space; null where none parts them. */
function cellsOf(text: string, start: number, end: number): Cell[] | null {
  const cells: Cell[] = [];
  let cellStart = start;
  let at = start;
  while (at < end) {
    const code = text.charCodeAt(at);
    const gap = code === 0x09 || code === 0x3000 || (code === 0x20 && text.charCodeAt(at + 1) === 0x20);
    if (!gap) {
      at++;
      continue;
    }
    let after = at;
    while (after < end && (text.charCodeAt(after) === 0x09 || text.charCodeAt(after) === 0x20 || text.charCodeAt(after) === 0x3000)) after++;
    if (at > cellStart) cells.push({ start: cellStart, end: at, text: text.slice(cellStart, at) });
    cellStart = after;
    at = after;
  }
  if (cells.length === 0) return null;
  let last = end;
  while (last > cellStart && (text.charCodeAt(last - 1) === 0x20 || text.charCodeAt(last - 1) === 0x09 || text.charCodeAt(last - 1) === 0x3000 || text.charCodeAt(last - 1) === 0x0d)) last--;
  if (last > cellStart) cells.push({ start: cellStart, end: last, text: text.slice(cellStart, last) });
  return cells;
}
