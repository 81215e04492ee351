import type { LineNode } from "../syntax/cst.js";
import { textEndOf } from "./inline.js";
import { narrowCellsOf } from "./narrowCells.js";
import { namesUnitColumn } from "./unitColumns.js";
import { CELL_GAP, isNarrowHeader, MAX_SPACED_HEADER, NUMBER_COLUMN, unitColumnsOfHeader } from "./tables.js";

/**
 * Whether `line` is the header of a 分工表 (序号 | 重点任务 | 牵头单位 | 配合单位, apart by tabs, or
 * by CELL_GAP in three cells or more, or by single spaces where every cell names a column), as model/tables.ts opens one: a table the plan carries
 * after its text, an attachment's content even with no 附件 label over it. A web page's debris
 * right above it (附件下载： and its links) is debris before an attachment, never the trailer:
 * structure/trailing-text's fix deletes the trailer to the end of the text, and would delete the
 * table with it.
 */
export function opensUnitTable(line: LineNode, text: string): boolean {
  return unitTableHeaderOf(line, text) !== null;
}

/** A 分工表 header's cells: how many, and what parts them (tabs, wide gaps, or single spaces: model/narrowCells.ts). */
export interface UnitTableHeader {
  cells: number;
  parting: "tabs" | "gaps" | "spaces";
  /** Whether its first column is the 序号's (序号, 编号): a row's marker may open a cell of the task (model/joinedSerials.ts). */
  numberFirst: boolean;
}

/** The 分工表 header on `line` (opensUnitTable), or null. */
export function unitTableHeaderOf(line: LineNode, text: string): UnitTableHeader | null {
  // Asked of every text line of the plan on every keystroke (the trailer, the outline, the debris
  // before attachments): a header is short, its line no paragraph, and names a unit column
  // (单位, 部门, 处室) — read in code units, before any copy of the line is made.
  if (line.kind !== "text" || (line.textKind !== "plain" && line.textKind !== "tableRow")) return null;
  const end = textEndOf(line, text);
  if (end - line.indentEnd > MAX_SPACED_HEADER || !namesUnitColumn(text, line.indentEnd, end)) return null;
  const written = text.slice(line.indentEnd, end);
  const tabbed = written.includes("\t");
  const cells = written.split(tabbed ? "\t" : CELL_GAPS).map((cell) => cell.replace(/^"|"$/g, "").replace(/\s+/g, ""));
  // Cells apart by single spaces (model/narrowCells.ts): a header only where every cell names a column.
  if (!tabbed && cells.length < 3) {
    const narrow = narrowColumns(text, line.indentEnd, end);
    return isNarrowHeader(narrow) ? { cells: narrow.length, parting: "spaces", numberFirst: NUMBER_COLUMN.test(narrow[0]!) } : null;
  }
  return unitColumnsOfHeader(cells) !== null ? { cells: cells.length, parting: tabbed ? "tabs" : "gaps", numberFirst: NUMBER_COLUMN.test(cells[0]!) } : null;
}

const CELL_GAPS = new RegExp(CELL_GAP.source, "u");

function narrowColumns(text: string, from: number, to: number): string[] {
  return (narrowCellsOf(text, from, to) ?? []).map((cell) => text.slice(cell.start, cell.end));
}
