import type { ItemLineNode, LineNode } from "../syntax/cst.js";
import { textEndOf } from "./inline.js";
import { writesRowNumber } from "./rowNumbers.js";
import { isAnyDigitCode } from "../text/codeUnits.js";
import { serialJoined } from "./joinedSerials.js";
import { narrowCellsOf } from "./narrowCells.js";
import { isNumeralOverHeading, MAX_SECTION_ROW, SENTENCE_MARKS } from "./sectionRows.js";
import { spacedIndicatorHeader } from "../targets/tables.js";
import { spacedCellsOf } from "./tables.js";
import { type UnitTableHeader, unitTableHeaderOf } from "./unitTableHeader.js";
import type { Span } from "./types.js";

/**
 * The rows of a 分工表 whose cells a copy set apart with spaces (a web page's, WPS's or a PDF's
 * table pasted as text: wide gaps, or single spaces under a header every cell of which names a
 * column, model/narrowCells.ts) that write their 序号 as a marker: `1. 开展质量攻关 市市场监管局
 * 2025年底前` under `序号 重点任务 责任单位 完成时限`. The grammar, which sees one line, reads such a
 * row as the item `1.`; it is a row of the table — never an item of the outline, whose numbering
 * rules would judge its 序号 (numbering/table-serial's) and its gaps — as a row apart by tabs is
 * (model/reading.ts readTableRows). A row is a line under the header, with nothing between but
 * the table's own lines (rows, section rows, a page's number), that parts into as many cells as
 * the header with its marker the first cell whole: what model/tables.ts then reads as a row.
 */
export function spacedTableRowLines(lines: readonly LineNode[], text: string): SpacedTables {
  const rows: number[] = [];
  const tableLines: number[] = [];
  const headers = new Map<number, SpacedParting>();
  let header: SpacedHeader | null = null;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.kind === "blank" || line.kind === "comment") continue;
    if (line.kind === "text") {
      // Most text lines open no table: unitTableHeaderOf reads their kind, length and words in code units first.
      const opened: SpacedHeader | null = unitTableHeaderOf(line, text) ?? indicatorHeaderOf(line, text);
      if (opened !== null && opened.parting !== "tabs" && opened.indicators !== true) headers.set(line.start, opened.parting);
      if (opened !== null) header = opened.parting === "tabs" ? null : opened;
      else if (header !== null) {
        const kept = keptBy(line, text, header);
        if (kept === "row") rows.push(i);
        else if (kept === null) header = null;
      }
      if (header !== null) tableLines.push(i);
      continue;
    }
    if (header === null) continue;
    if (isMarkedRow(line, text, header) || (header.indicators === true && isSectionRowLine(line, text) && headsRowBelow(lines, i, text, header))) rows.push(i);
    else if (!isSectionRowLine(line, text)) header = null;
    if (header !== null) tableLines.push(i);
  }
  return { rows, lines: tableLines, headers };
}

/**
 * The header a spaced table's lines are read under: a 分工表's, or an indicator table's (主要指标表,
 * `序号  指标名称  单位  2022年  2025年`: `indicators`), whose rows numbered as a list (`1)`, `①`)
 * are its rows as a 分工表's are — read as items, the numbering rules judged them and the targets
 * lost their figures. Its rows numbered in digits stay the text lines the indicator reader
 * (targets/tables.ts) reads; only a marked row needs reading again.
 */
type SpacedHeader = UnitTableHeader & { indicators?: true };

/** The spaced indicator table's header on a text line (targets/tables.ts reads which columns), or null. */
function indicatorHeaderOf(line: LineNode & { kind: "text" }, text: string): SpacedHeader | null {
  if (line.textKind !== "plain") return null;
  const found = spacedIndicatorHeader(text, line.indentEnd, textEndOf(line, text));
  return found === null ? null : { cells: found.cells, parting: found.wide ? "gaps" : "spaces", numberFirst: found.numberFirst, indicators: true };
}

/** What parts a spaced table's cells: wide gaps, or single spaces (model/narrowCells.ts). */
export type SpacedParting = "gaps" | "spaces";

/**
 * The plan's spaced tables as the one scan of its lines for headers finds them: the lines that are
 * marked rows (`rows`, by index), every line of the tables (`lines`, model/tableLines.ts), and the
 * headers by where each line starts, with what parts their cells —
 * which the TableReader (model/tables.ts) opens its spaced tables at, without reading every short
 * line's cells again for a header.
 */
export interface SpacedTables {
  rows: number[];
  /** Every line of the spaced tables (by index): each header and the lines it keeps open (rows, section rows, a page's number). */
  lines: number[];
  headers: ReadonlyMap<number, SpacedParting>;
}

/**
 * What a text line under a spaced table's header is of the table: a row (parting into its cells),
 * another of its lines (a section row, a page's number), or null where it ends the table. A row is
 * read as one (text of kind `tableRow`) whatever its 序号: a bare numeral (`一  开展质量攻关  市市场监管局`)
 * is no chapter whose 、 was typed as a space, which model/misreadMarkers.ts would make an item of.
 */
function keptBy(line: LineNode & { kind: "text" }, text: string, header: SpacedHeader): "row" | "line" | null {
  if (line.textKind === "pageNumber") return "line";
  if (line.textKind !== "plain" && line.textKind !== "tableRow") return null;
  const cells = cellsOf(line, text, header);
  // Before the section row's test: a row of short cells has no sentence mark either.
  if (cells !== null && (partsAsRow(cells.length, header) || wordsOverColumns(cells, line, text, header))) return line.textKind === "plain" && header.indicators !== true ? "row" : "line";
  if (!isSectionRowLine(line, text)) return null;
  // A section's numeral in the 序号 column over its heading is the table's too, no chapter's marker.
  const numbered = cells !== null && cells.length === 2 && header.numberFirst && isNumeralOverHeading(text.slice(cells[0]!.start, cells[0]!.end), text.slice(cells[1]!.start, cells[1]!.end));
  return numbered && line.textKind === "plain" ? "row" : "line";
}

/**
 * Whether an item line parts into the header's cells with its marker the first cell whole (`1.`,
 * `（1）`), or, under wide gaps, with one space or none between its marker and the task and the
 * other cells apart by gaps (`1. 加强……    市发展改革委`, `3、建设……    市科技局`: model/joinedSerials.ts).
 */
function isMarkedRow(line: ItemLineNode, text: string, header: SpacedHeader): boolean {
  // A note under an indicator table (`① 指规模以上工业企业产品监督抽查合格率。`) opens on a mark as
  // its rows do and may part as one: it is a sentence, and a row's last cell (a figure, a year, a
  // unit) never ends in a sentence's mark.
  if (header.indicators === true && endsSentence(line, text)) return false;
  // A row's marker stands alone before a gap, or before its task in a wide-gap table of 序号 first:
  // a code unit after it that is no space ends the asking anywhere else.
  const joinable = header.parting === "gaps" && header.numberFirst;
  const after = text.charCodeAt(line.marker.end);
  if (!joinable && after !== 0x20 && after !== 0x3000 && after !== 0xa0) return false;
  const cells = cellsOf(line, text, header);
  if (cells === null || cells[0]!.start !== line.marker.start) return false;
  // Short by more than one cell (cells merged over rows, a web page's rowspan written once): a row
  // still, as a row numbered in digits is, which model/tables.ts places or counts unread.
  if (cells[0]!.end === line.marker.end) return partsAsRow(cells.length, header) || (cells.length >= MIN_SHORT_ROW && cells.length < header.cells) || wordsOverColumns(cells, line, text, header);
  return joinable && cells.length === header.cells - 1 && serialJoined(text, cells[0]!)?.serial.end === line.marker.end;
}

/**
 * Whether a line of `count` cells is a row of the table: as many cells as its header, or one
 * short, an empty 配合单位 the gap round it swallowed, which model/tables.ts shortSpacedRow reads
 * (put back in its columns, read through a merged cell, or kept unread in the count). Read as
 * an item, such a row broke the table: numbering/sequence and marker-space judged it and the
 * rows under it, and their fixes ran its cells together.
 */
function partsAsRow(count: number, header: UnitTableHeader): boolean {
  return count === header.cells || (count === header.cells - 1 && count >= MIN_SHORT_ROW);
}

/** Whether a line's words end in a sentence's mark (。；！？). */
function endsSentence(line: LineNode, text: string): boolean {
  const end = textEndOf(line, text);
  return end > line.indentEnd && SENTENCE_MARKS.test(text.charAt(end - 1));
}

/**
 * Whether a line under a single-space 分工表's header of 序号 first parts into more cells than the
 * header, opening on its 序号: a row whose cells hold spaces of their own (names apart by spaces),
 * which model/tables.ts reads where its words fit the columns one way (model/narrowRowCells.ts) and
 * counts unread where not — a line of the table either way, which the rows after it go on.
 */
function wordsOverColumns(cells: readonly Span[], line: LineNode, text: string, header: UnitTableHeader): boolean {
  if (header.parting !== "spaces" || !header.numberFirst || cells.length <= header.cells) return false;
  const first = line.kind === "item" ? line.marker : cells[0]!;
  return cells[0]!.start === first.start && cells[0]!.end === first.end && writesRowNumber(text, first);
}

/**
 * Whether the line after an indicator table's section row (`一、质量发展指标`, which the grammar reads
 * as a chapter) is a row of the table, blank lines aside: the section heads rows, and is the
 * table's line — read as a chapter, numbering/sequence judged it against the plan's 一、总体要求 and
 * its fix renumbered the plan's chapters after it. A chapter of the plan after the table's last
 * row (`二、重点任务`) heads prose, and stays one.
 */
function headsRowBelow(lines: readonly LineNode[], index: number, text: string, header: SpacedHeader): boolean {
  // A section heads a table numbered by 序号, and is one cell merged across it: a heading with a
  // gap in it (`（一）提升  产品质量`) is no merged cell.
  if (!header.numberFirst || (cellsOf(lines[index]!, text, header)?.length ?? 1) > 1) return false;
  let next = index + 1;
  while (next < lines.length && next - index <= MAX_BLANKS_BELOW_SECTION && lines[next]!.kind === "blank") next++;
  const below = lines[next];
  if (below === undefined || (below.kind !== "text" && below.kind !== "item")) return false;
  const cells = cellsOf(below, text, header);
  // The row opens on its 序号 (run into its name where a cell short: `1制造业…`) and, as every row
  // of figures, ends in no sentence's mark.
  if (cells === null || !partsAsRow(cells.length, header) || endsSentence(below, text)) return false;
  return writesRowNumber(text, cells[0]!) || (cells.length < header.cells && isAnyDigitCode(text.charCodeAt(cells[0]!.start)));
}

/** Blank lines between a section row and its first row (a paste's paragraph spacing). */
const MAX_BLANKS_BELOW_SECTION = 2;

/** The fewest cells a short row has: its 序号, a task and a unit. */
const MIN_SHORT_ROW = 3;

/** A short line with no sentence in it (一、增强质量发展创新动能): a section row, a cell merged across the table. */
function isSectionRowLine(line: LineNode, text: string): boolean {
  const end = textEndOf(line, text);
  return end > line.indentEnd && end - line.indentEnd <= MAX_SECTION_ROW && !SENTENCE_MARKS.test(text.slice(line.indentEnd, end));
}

function cellsOf(line: LineNode, text: string, header: UnitTableHeader): Span[] | null {
  const end = textEndOf(line, text);
  return header.parting === "spaces" ? narrowCellsOf(text, line.indentEnd, end) : spacedCellsOf(text, line.indentEnd, end);
}
