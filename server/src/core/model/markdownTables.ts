import type { LineNode } from "../syntax/cst.js";
import { isSpaceCode } from "../text/spaces.js";
import { textEndOf } from "./inline.js";
import { writesNoUnit } from "./noneCells.js";
import { PlanMemo } from "./planMemo.js";
import type { PlanDocument } from "./types.js";

/**
 * A Markdown table as Markdown editors (and some web pages) write it, its rows without the outer
 * pipes:
 *
 *   指标 | 单位 | 2025年 | 2027年
 *   --- | :---: | --- | ---
 *   制造业产品质量合格率 | % | 94 | 95
 *
 * A pipe between words is text (推行A|B双轨制), so such a table is read only as GitHub's Markdown
 * reads it: a header row, directly under it a delimiter row (dashes, colons for alignment) with as
 * many cells, then the rows that have a pipe, up to the first line that has none. A row may open
 * or close on a pipe, or not; a table whose every row opens and closes on one is read this way too.
 * One reading for structure/markdown-marks (which removes the pipes), the indicator tables
 * (targets/tables.ts, which read the figures before the fix) and the 分工表 (model/tables.ts, which
 * reads the units before the fix), so they never disagree on which lines are a table's.
 */

/** A table's lines by their index in the plan's lines: its header, its delimiter row (header + 1) and its last row. */
export interface MarkdownTable {
  header: number;
  last: number;
}

/** The Markdown tables of a plan's lines, in order; none where the text has no pipe (nearly every plan). */
export function markdownTables(lines: readonly LineNode[], text: string): MarkdownTable[] {
  const tables: MarkdownTable[] = [];
  if (text.indexOf("|") < 0) return tables;
  for (let i = 1; i < lines.length; i++) {
    const delimiter = lines[i]!;
    if (delimiter.kind !== "text") continue;
    const columns = delimiterCells(text, delimiter.indentEnd, textEndOf(delimiter, text));
    if (columns === 0) continue;
    const header = lines[i - 1]!;
    if (header.kind !== "text" || pipeCells(text, header.indentEnd, textEndOf(header, text)).length !== columns) continue;
    let last = i;
    while (last + 1 < lines.length && lines[last + 1]!.kind === "text") {
      const cells = pipeCells(text, lines[last + 1]!.indentEnd, textEndOf(lines[last + 1]!, text));
      // A row with a delimiter row under it is the next table's header (a table pasted twice,
      // or a second one set right under the first): its delimiter row is no row of units.
      if (cells.length < 2 || opensTable(lines, last + 1, cells, text)) break;
      last++;
    }
    tables.push({ header: i - 1, last });
    i = last;
  }
  return tables;
}

/**
 * Whether the row at `header` heads a table: a delimiter row of as many cells under it, and a
 * name in each of its cells. A row of dashes, none in every cell (| — | — |), above a row of
 * hyphens (| - | - |) is two rows of a table that has no unit there, no header over a delimiter.
 */
function opensTable(lines: readonly LineNode[], header: number, cells: ReadonlyArray<{ start: number; end: number }>, text: string): boolean {
  const delimiter = lines[header + 1];
  if (delimiter === undefined || delimiter.kind !== "text" || delimiterCells(text, delimiter.indentEnd, textEndOf(delimiter, text)) !== cells.length) return false;
  for (const cell of cells) if (cell.end <= cell.start || writesNoUnit(text, cell.start, cell.end)) return false;
  return true;
}

const tablesOfPlan = new PlanMemo<MarkdownTable[]>();

/**
 * A plan's Markdown tables (`markdownTables` of its lines), read once per plan: the 分工表's reader
 * (model/buildPlan.ts), structure/markdown-marks and the indicator tables (targets/extract.ts) each
 * asked for them, and a plan with a pipe was read three times on every keystroke.
 */
export function planMarkdownTables(plan: Pick<PlanDocument, "lines" | "text" | "memos">): MarkdownTable[] {
  return tablesOfPlan.of(plan, (read) => markdownTables(read.lines, read.text));
}

/**
 * Gives a plan the Markdown tables the line readings read of its lines (model/reading.ts, before
 * the plan is made: the table lines no paragraph's wrap joins), so that they are read once.
 */
export function keepMarkdownTables(plan: Pick<PlanDocument, "memos">, tables: MarkdownTable[]): void {
  tablesOfPlan.set(plan, tables);
}

/** What a line of a Markdown table is to a reader of its rows: its header, its delimiter row, a row, or its last row. */
export type MarkdownLine = "header" | "delimiter" | "row" | "last";

/** The lines of the plan's Markdown tables (`tables`, read from `lines`) by where each starts, with what each is; null where there is none (nearly every plan). */
export function markdownLinesOf(lines: readonly LineNode[], tables: readonly MarkdownTable[]): Map<number, MarkdownLine> | null {
  if (tables.length === 0) return null;
  const roles = new Map<number, MarkdownLine>();
  for (const { header, last } of tables) {
    roles.set(lines[header]!.start, "header");
    roles.set(lines[header + 1]!.start, "delimiter");
    for (let row = header + 2; row <= last; row++) roles.set(lines[row]!.start, row === last ? "last" : "row");
  }
  return roles;
}

/**
 * The cells of a row written with pipes between them (trimmed), its outer pipes optional: none for a
 * line with no pipe. A row's last cell is one only where the row does not close on a pipe.
 * `pipe` is the separator's code unit: the indicator tables read a full-width ｜ row so too.
 */
export function pipeCells(text: string, start: number, end: number, pipe = PIPE): Array<{ start: number; end: number; text: string }> {
  const cells: Array<{ start: number; end: number; text: string }> = [];
  let at = start;
  while (at < end && isSpaceCode(text.charCodeAt(at))) at++;
  let last = end;
  while (last > at && isSpaceCode(text.charCodeAt(last - 1))) last--;
  if (at === last) return cells;
  const opens = text.charCodeAt(at) === pipe;
  const closes = last - at > 1 && text.charCodeAt(last - 1) === pipe;
  const from = opens ? at + 1 : at;
  const to = closes ? last - 1 : last;
  if (!opens && !closes) {
    // Looked for within the line only: a search of the text would run on past it.
    let found = from;
    while (found < to && text.charCodeAt(found) !== pipe) found++;
    if (found === to) return cells;
  }
  for (let cellStart = from; ; ) {
    let next = cellStart;
    while (next < to && text.charCodeAt(next) !== pipe) next++;
    let s = cellStart;
    let e = next;
    while (s < e && isSpaceCode(text.charCodeAt(s))) s++;
    while (e > s && isSpaceCode(text.charCodeAt(e - 1))) e--;
    cells.push({ start: s, end: e, text: text.slice(s, e) });
    if (next >= to) return cells;
    cellStart = next + 1;
  }
}

/**
 * The number of cells of a delimiter row (`--- | :---: | ---:`, its outer pipes optional), or 0 for
 * a line that is none: each cell dashes with a colon at either end, a pipe at least between or
 * round them (a line of dashes alone is a thematic break), three dashes at least in all.
 */
export function delimiterCells(text: string, start: number, end: number): number {
  let pipes = 0;
  let dashes = 0;
  for (let at = start; at < end; at++) {
    const code = text.charCodeAt(at);
    if (code === PIPE) pipes++;
    else if (code === DASH) dashes++;
    else if (code !== COLON && !isSpaceCode(code)) return 0;
  }
  if (pipes === 0 || dashes < 3) return 0;
  const cells = pipeCells(text, start, end);
  for (const cell of cells) if (!DELIMITER_CELL.test(cell.text)) return 0;
  return cells.length;
}

const DELIMITER_CELL = /^:?-+:?$/;
const PIPE = 0x7c;
const DASH = 0x2d;
const COLON = 0x3a;
