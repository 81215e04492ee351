import type { LineNode } from "../syntax/cst.js";
import type { PlanDocument, ResponsibilityTable, TableRow } from "../model/types.js";
import { BRACKETED_SECTION } from "../model/tables.js";

/**
 * Which 分工表 the model read each line of a pasted table as part of (model/tables.ts): its
 * header, a row it read (with units, through a merged cell, left blank or unread) and its
 * section rows (一、增强质量发展创新动能, a cell merged across the row). The export lays out as one
 * table what the model reads as one: a section row between two of its rows is a row across the
 * printed table, not a paragraph that splits it into pieces, the header left above the first.
 */
export class ModelTableLines {
  /** Tables by where their header's or a row's text starts. */
  private readonly byLine = new Map<number, ResponsibilityTable>();
  /** Unread rows are recorded from their line's start (a merged cell's leading tabs). */
  private readonly unreadByStart = new Map<number, ResponsibilityTable>();
  private readonly sections = new Map<number, ResponsibilityTable>();

  constructor(plan: PlanDocument, rows: ReadonlyMap<number, TableRow>) {
    for (const table of plan.tables) {
      this.byLine.set(table.start, table);
      for (const blank of table.blank) this.byLine.set(blank.start, table);
      for (const unread of table.unread) this.unreadByStart.set(unread.start, table);
      for (const section of table.sectionRows) this.sections.set(section.start, table);
    }
    for (const [start, row] of rows) this.byLine.set(start, row.table);
  }

  /** The table whose header or row the model read on `line`, or undefined. */
  tableOf(line: LineNode): ResponsibilityTable | undefined {
    return this.byLine.get(line.indentEnd) ?? this.unreadByStart.get(line.start);
  }

  /** Whether the model read `line` as a row of `table` under its header: not the header itself. */
  isRowOf(table: ResponsibilityTable, line: LineNode): boolean {
    return line.indentEnd !== table.start && this.tableOf(line) === table;
  }

  /** Whether the model read `line` as one of `table`'s section rows. */
  isSectionRowOf(table: ResponsibilityTable, line: LineNode): boolean {
    return this.sections.get(line.indentEnd) === table;
  }
}

/**
 * The face a section row is printed in, its level's as a heading in the text (GB/T 9704 §7.3.3):
 * a bracketed numeral's section, （一）产品质量, the one under the section row above it
 * (model/tables.ts), in 楷体 as （一） is; 一、, 第一部分 and a numeral in a cell of its own in 黑体.
 */
export function sectionRowFace(text: string): "heading1" | "heading2" {
  return BRACKETED_SECTION.test(text.trimStart()) ? "heading2" : "heading1";
}
