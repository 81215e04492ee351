import { NoneGroup, Segment } from "./clauseSegment.js";
import type { ClauseSegmentNode, DeadlineNode, LineNode } from "../syntax/cst.js";
import { tableCellAt } from "../syntax/parse.js";
import { DEADLINE_LABELS } from "./deadlines.js";
import { labelWords, roleOfLabel, roleOfWord, textEndOf, unitNamesOf } from "./inline.js";
import { narrowCellsOf } from "./narrowCells.js";
import { type MarkdownLine, pipeCells } from "./markdownTables.js";
import { QuotedCellCursor } from "./quotedCells.js";
import { supportBesideMarkedLead } from "./markedLead.js";
import { namesNoUnit, writesNoUnit } from "./noneCells.js";
import { piecesBetweenBreaks } from "./cellBreaks.js";
import { serialJoined } from "./joinedSerials.js";
import type { SpacedParting } from "./spacedTableRows.js";
import { isNumeralOverHeading, isSectionRow, MAX_SECTION_ROW, readsAsTask, SENTENCE_MARKS } from "./sectionRows.js";
import { emptyUnitsMerged, mergedLeadAbove, missingUnitPlacement, readThroughAbove, type UnitsAbove } from "./mergedUnitRows.js";
import { kindOf, realignedCells, trimmedInPlace, type TableShape } from "./shiftedRows.js";
import type { UnitRegistry } from "../units/registry.js";
import type { Attachment, ClauseSegment, QuotedCell, ResponsibilityClause, ResponsibilityTable, Span, TableRow } from "./types.js";
import { hasCodeUnitIn, isAnyDigitCode } from "../text/codeUnits.js";
import { partitionPoint } from "../text/sorted.js";
import { rowAcrossPage, type CutCell } from "./pageCutRows.js";
import { UNIT_COLUMN } from "./unitColumns.js";
import { writesRowNumber } from "./rowNumbers.js";
import { narrowRowInColumns } from "./narrowRowCells.js";
import { measureRowPlacement } from "./measureRows.js";

/**
 * Responsibility tables pasted as text. Many plans put the division of work in an attachment,
 * 重点任务分工表, whose rows Word or a web page pastes as cells apart by tabs:
 *
 *   序号<TAB>重点任务<TAB>牵头单位<TAB>配合单位
 *   1<TAB>开展质量攻关<TAB>市市场监管局<TAB>市工信局、市科技局
 *
 * A header row names at least one unit column (牵头单位, 配合单位, 责任单位 …); each row after it
 * with as many cells becomes a clause whose segments are its unit cells, labelled by their
 * column, so the rules check the names and the unit matrix lists the row. A row a merged cell
 * shifted left is read where its cells show their columns (model/shiftedRows.ts), a row under a
 * unit cell merged over rows through the row above that wrote the units (model/mergedUnitRows.ts);
 * a row whose cells do not line up with the header otherwise is counted as unread rather than guessed at.
 * The table ends at the first line without a tab. A table a web page or WPS copied without its
 * tabs, its cells apart by spaces (or by full-width pipes, ｜, framed or not), is read the same way, more strictly (readSpaced). A cell Excel quoted for the line break in it
 * (model/quotedCells.ts) makes its row one row over its lines: its cells are read without the
 * quotes (each doubled quote one), a unit cell's lines as its names one a line.
 *
 * A 分工表 groups its rows under section rows (一、增强质量发展创新动能): a cell merged across the
 * row, which a copy pastes as one short line without tabs (Word's), or with the row's tabs
 * after it, every other cell empty (Excel's: the heading the model reads it as, reading.ts).
 * Such a line leaves the table open (suspended) for the rows after it, which line up with the
 * header again and are numbered on.
 *
 * A table a PDF set over pages comes with the page's footer (— 12 —, -12-, a bare number) and
 * its header printed again at the top of the next page: the footer is no row and the header
 * again no new table, so both pages' rows are one table (one count, one run of 序号). A row the
 * page cut, its last cells on the next page's first line, is one row (model/pageCutRows.ts).
 */

/** The fewest cells of a row a list's marker or a numeral opens: its 序号, a task and a unit. */
const MIN_NUMBERED_ROW = 3;

/** The most lines a page's edge inside a table takes: blank lines, the footer, a running head, the header again. */
const MAX_PAGE_EDGE_LINES = 12;

/** The longest line a spaced table's header is read on: its cells are short (MAX_HEADER_CELL) and few. */
export const MAX_SPACED_HEADER = 120;

/**
 * A header cell that names the task column. A 重点项目表's task is its project: 项目名称 (or 项目,
 * 重点项目) names the row, as 重点任务 does, and comes before the 建设内容 that describes it, so
 * the first matching column is the task; 项目类型, 项目投资 say something of the project, not which.
 */
export const TASK_COLUMN = /任务|事项|内容|措施|举措|工作|^(?:重点|建设)?项目(?:名称)?$/;
export const NUMBER_COLUMN = /^(?:序号|编号)$/;
/**
 * A header cell that names the places a table's rows are (县（市、区）, 区县, 设区市, 地区, 乡镇（街道）):
 * with no task column, the table shares a count out among places (each district's stations, a
 * county's quota of enterprises: 区县 | 责任单位 | 数量), and its rows are places with figures,
 * not tasks — no 分工表, whose rows the unit matrix would list as tasks with no name.
 */
export function sharesAmongPlaces(columns: readonly string[]): boolean {
  // 建设任务（个）, 任务数: a count of the tasks, no task.
  return columns.some((column) => PLACE_COLUMN.test(column)) && !columns.some((column) => !UNIT_COLUMN.test(column) && !NUMBER_COLUMN.test(column) && TASK_COLUMN.test(column) && !COUNT_COLUMN.test(column));
}

/**
 * Whether a table's rows are places, each with its own task (序号 | 乡镇 | 重点任务 | 责任单位 …): a
 * place's share of the work, as a county's plan lists its towns', never a restatement of a task of
 * the text (units/tableTasks.ts), though its words be a task's (农产品质量安全网格化管理).
 */
export function listsByPlace(columns: readonly string[]): boolean {
  return columns.some((column) => PLACE_COLUMN.test(column));
}

/**
 * The unit columns of a row read as a 分工表's header, or null where it is none: two cells or
 * more, each short, one naming a unit column, and no table sharing a count out among places.
 */
export function unitColumnsOfHeader(columns: readonly string[]): number[] | null {
  if (columns.length < 2 || columns.some((column) => column.length > MAX_HEADER_CELL)) return null;
  const unitColumns = columns.flatMap((column, index) => (UNIT_COLUMN.test(column) ? [index] : []));
  if (unitColumns.length === 0 || sharesAmongPlaces(columns)) return null;
  return unitColumns;
}

const COUNT_COLUMN = /数|[（(][个家项座所处条名]+[）)]$/;

const PLACE_COLUMN = /^(?:各)?(?:县[（(]市、?区[）)]|县[（(]区[）)]|县市区|县区|区县|市县|县市|设区市|地市|市州|地区|区域|辖区|乡镇[（(]街道[）)]|乡镇街道|乡镇|街道)(?:名称)?$/;
/** A header cell that names the deadline column: what the grammar's DeadlineLabel reads in a clause. */
export const DEADLINE_COLUMN: ReadonlySet<string> = new Set(DEADLINE_LABELS);
/** Header cells are short; a row of prose with tabs in it is no header. */
export const MAX_HEADER_CELL = 12;

/** A header cell that names a column of remarks. */
const NOTE_COLUMN = /^(?:备注|说明)$/;

/**
 * A header cell that names the items of a parent each row carries out (对应《纲要》条目, 《纲要》条款,
 * 落实纲要编号): the parent's name, in 《》 or after 对应/落实/贯彻, before what its items are called.
 * Which parent it names is xref/tableCitations.ts's to decide; the model asks only that it names a column.
 */
const CITING_COLUMN = /^(?:(?:对应|落实|贯彻)《?[^《》\s]{2,12}?》?|《[^《》\s]{2,12}》)(?:条目|条款|编号)$/;

/**
 * Whether cells apart by single spaces (model/narrowCells.ts) are a 分工表's header: three or more,
 * one naming a unit column, and every one naming a column (序号, 重点任务, 对应《纲要》条目, 责任单位,
 * 完成时限, 备注): prose has single spaces too, and words between them name no column.
 */
export function isNarrowHeader(columns: readonly string[]): boolean {
  if (columns.length < 3 || unitColumnsOfHeader(columns) === null) return false;
  return columns.every((column) => NUMBER_COLUMN.test(column) || UNIT_COLUMN.test(column) || DEADLINE_COLUMN.has(column) || NOTE_COLUMN.test(column) || TASK_COLUMN.test(column) || CITING_COLUMN.test(column));
}

/** A cell of a row: where its text stands, without the spaces (or an Excel quote) around it. */
type Column = Span;

/** No cell with a quote doubled inside: the rows of most tables. */
const NO_DOUBLED: ReadonlySet<Column> = new Set();

/** The full-width pipe a Chinese input method types (｜): some web pages and WPS part a copied table's cells with it. */
const WIDE_PIPE = "｜";
const WIDE_PIPE_CODE = 0xff5c;

interface OpenTable {
  table: ResponsibilityTable;
  unitColumns: number[];
  taskColumn: number;
  numberColumn: number;
  deadlineColumn: number;
  /** A table whose cells are apart by spaces, not tabs (readSpaced). */
  spaced: boolean;
  /** A spaced table whose cells are apart by single spaces (model/narrowCells.ts), not wide gaps. */
  narrow: boolean;
  /** A spaced table whose cells are apart by full-width pipes (｜), not gaps: its empty cells show between them. */
  widePiped: boolean;
  /** A section row came after the last row read (TableSerial.afterSection). */
  afterSection: boolean;
  /** The section rows over the next row (TableRow `sections`): the last unbracketed one's and the last bracketed one's after it. */
  sections: readonly string[];
  /** The task of the last row read: a row a merged task cell shifted (model/shiftedRows.ts) is under it. */
  lastTask: string;
  /** The task of the table's first row: a row under the header printed again that writes it again is a copy's (startsCopy). */
  firstTask: string;
  /** The last row that wrote its units, while the rows after it may read them through it (model/mergedUnitRows.ts). */
  unitsAbove: UnitsAbove | null;
}

const NO_COLUMNS: readonly number[] = [];

const NO_HEADERS: ReadonlyMap<number, SpacedParting> = new Map();

/** A table's header printed again under its rows: its cells and line, for the table it may head (TableReader `copyUnder`). */
interface RepeatedHeader {
  cells: readonly Column[];
  line: LineNode;
  end: number;
}

/** A section row headed by a bracketed numeral ((一) 产品质量): a part of the section row above it. */
export const BRACKETED_SECTION = /^[（(]/;

const NO_SECTIONS: readonly string[] = [];

/**
 * A row's 序号 as a numbered 分工表 writes it, its number alone or with a list's mark after it
 * (`1.`, `1、`, as a copied list numbering leaves it): what lets a row after a section row resume its table.
 */
const SERIAL = /^\d{1,4}[.．、]?$/;

export class TableReader {
  /** The next tab at or after where the reading stands: one search serves every line until it is passed. */
  private nextTab: number;
  /** The next full-width pipe (｜) at or after where the reading stands, found as the next tab is. */
  private nextWidePipe: number;
  private open: OpenTable | null = null;
  /** A table a section row interrupted: the next row that lines up with its header resumes it. */
  private suspended: OpenTable | null = null;
  private readonly quoted: QuotedCellCursor | null;
  /** Where the row last read ends: the lines of a quoted cell's row after its first are read with it. */
  private rowEnd = -1;
  /** The cells of the row being read that Excel quoted with a quote of their own doubled inside: each `""` in them is one `"`. */
  private doubled: ReadonlySet<Column> = NO_DOUBLED;
  /** The open table's header written again on the line just read (repeatsHeader). */
  private repeated: RepeatedHeader | null = null;
  /** That header while the line after it is read: a row there that starts the count again opens a table of its own (startsCopy). */
  private underRepeat: RepeatedHeader | null = null;
  /** The cell of the row being read that a page cut (model/pageCutRows.ts): its words are its two pieces joined. */
  private cut: CutCell | null = null;

  constructor(
    private readonly text: string,
    private readonly attachments: readonly Attachment[],
    private readonly tables: ResponsibilityTable[],
    /** The plan's deadlines: a row's 完成时限 cell is one, as a clause's 完成时限 is. */
    private readonly deadlines: DeadlineNode[],
    /** The registry the plan's names are read with (two names joined by 和: units/conjoinedNames.ts). */
    private readonly registry: UnitRegistry,
    quotedCells: readonly QuotedCell[] = [],
    /** The lines of the plan's Markdown tables (model/markdownTables.ts), or null where it has none. */
    private readonly markdown: ReadonlyMap<number, MarkdownLine> | null = null,
    /** The spaced tables' headers by where each line starts (model/spacedTableRows.ts, whose scan of the lines found them): the lines a spaced table opens at. */
    private readonly spacedHeaders: ReadonlyMap<number, SpacedParting> = NO_HEADERS,
    /** The plan's lines, in document order: a row a page cut looks past the page for its remainder. */
    private readonly lines: readonly LineNode[] = [],
  ) {
    this.nextTab = text.indexOf("\t");
    this.nextWidePipe = text.indexOf(WIDE_PIPE);
    this.quoted = quotedCells.length > 0 ? new QuotedCellCursor(quotedCells) : null;
  }

  /** The clause of a table row on `line`, or null; lines are read in document order. */
  read(line: LineNode): ResponsibilityClause | null {
    if (line.kind === "blank" || line.kind === "comment") return null;
    // A later line of a row a quoted cell runs over, read with the row's first.
    if (line.start < this.rowEnd) return null;
    // A page's edge inside a table (a PDF copy's footer) is no row and does not end the table:
    // the rows under it, or the header printed again on the next page, go on with it.
    if ((this.open !== null || this.suspended !== null) && isPageDebris(line, this.text)) return null;
    this.underRepeat = this.repeated;
    this.repeated = null;
    if (this.nextTab >= 0 && this.nextTab < line.start) this.nextTab = this.text.indexOf("\t", line.start);
    if (this.nextTab < 0 || this.nextTab >= line.contentEnd) return this.readSpaced(line);
    let end = textEndOf(line, this.text);
    let quotedCells: QuotedCell[] | null = null;
    if (this.quoted !== null) {
      // The row runs on to the line its last quoted cell closes on (a closing line may open another).
      for (let cell = this.quoted.opening(line.start, end); cell !== null; cell = this.quoted.opening(cell.close, cell.rowEnd)) {
        (quotedCells ??= []).push(cell);
        end = cell.rowEnd;
      }
      if (quotedCells !== null) this.rowEnd = end;
    }
    // From the line's start: a row whose first cell is empty (a merged cell) starts with a tab,
    // which is indentation to the grammar; to the tabs after its text: a row whose last cells
    // are empty (配合单位 left blank) ends in tabs, which the line's text leaves out.
    const cellsEnd = this.tabbedCellsEnd(line, end);
    const cells = cellsOf(this.text, line.start, cellsEnd);
    this.doubled = quotedCells !== null ? unquote(cells, quotedCells) : NO_DOUBLED;
    const held = this.open ?? this.suspended;
    if (held !== null && this.isMergedSectionRow(held, cells, line)) return this.suspendAtSection(held, this.sectionOfCells(cells), line, end);
    if (held !== null && !held.spaced && this.repeatsHeader(held, cells, line)) {
      this.repeated = { cells, line, end };
      this.open = held;
      this.suspended = null;
      return null;
    }
    if (this.open === null && this.suspended !== null) {
      if (!this.suspended.spaced && this.resumes(this.suspended, cells, line)) this.open = this.suspended;
      this.suspended = null;
    }
    if (this.open === null || this.startsTable(cells)) {
      this.open = this.header(cells, line, end);
      return null;
    }
    const open = this.open;
    if (cells.length < open.table.columns.length && quotedCells === null) {
      const across = this.acrossPage(open, cells, line);
      if (across !== undefined) return across;
      const broken = !open.spaced && this.quoted === null ? this.overSoftReturn(open, cells, line) : null;
      if (broken !== null) {
        this.rowEnd = broken.end;
        return this.row(open, broken.cells, line, broken.end, null);
      }
    }
    // A row a merged cell shifted left: its cells put back in their columns, the merged ones empty.
    const shifted = !open.spaced && cells.length < open.table.columns.length ? this.realigned(open, cells, cellsEnd) : null;
    if (shifted !== null) return this.row(open, shifted.cells, line, end, quotedCells, shifted.mergedTask, shifted.missingUnits, shifted.gaps);
    const measure = !open.spaced ? this.measureRow(open, cells, cellsEnd) : null;
    if (measure !== null) return this.measureRowClause(open, measure, line, end, quotedCells);
    // A row whose empty last cells lost their tabs (an editor trims a line's end, a web page's
    // table drops them): its cells are the first ones, the others empty — as the export lays it
    // out. Only a row its 序号 shows in place (a number in the table's number column): a line of
    // another table under this one, or a row a merged cell shifted, is left unread.
    let trimmed = NO_COLUMNS;
    if (cells.length >= 2 && cells.length < open.table.columns.length && !open.spaced && this.numberedInPlace(open, cells) && trimmedInPlace(cells, this.shapeOf(open), this.text, this.registry)) {
      trimmed = columnsFrom(cells.length, open.table.columns.length);
      while (cells.length < open.table.columns.length) cells.push({ start: cellsEnd, end: cellsEnd });
    }
    // A row a merged unit cell took a cell from: the row above's units are its own.
    const merged = cells.length < open.table.columns.length && open.unitsAbove !== null ? this.mergedUnits(open, cells, cellsEnd) : null;
    if (merged !== null) return this.row(open, merged.cells, line, end, quotedCells, false, merged.missing);
    if (cells.length !== open.table.columns.length) {
      open.table.unread.push({ start: line.start, end });
      open.unitsAbove = null;
      // A 序号 in the first column stays in its place whatever cells to its right a merge took:
      // the count goes through the row, which numbering/table-serial would otherwise read as a gap.
      if (open.numberColumn === 0) this.countSerial(open, cells[0]!);
      return null;
    }
    return this.row(open, cells, line, end, quotedCells, false, NO_COLUMNS, trimmed);
  }

  /**
   * The clause of a row whose cells line up with its table's header, or null for a row that names
   * no unit. `gaps`: the columns the row as pasted had no cell for, where the cells were put back
   * (TableRow `gapColumns`): those `missing` (taken by a merged unit cell) and any other.
   */
  private row(open: OpenTable, cells: readonly Column[], line: LineNode, end: number, quotedCells: QuotedCell[] | null, shiftedTask = false, missing = NO_COLUMNS, gaps = missing): ResponsibilityClause | null {
    if (this.underRepeat !== null) open = this.copyUnder(this.underRepeat, open, cells);
    if (open.numberColumn >= 0) this.countSerial(open, cells[open.numberColumn]!);
    if (open.deadlineColumn >= 0) {
      const cell = cells[open.deadlineColumn]!;
      if (cell.end > cell.start) {
        const value = this.shown(cell);
        this.deadlines.push({ type: "deadline", start: cell.start, end: cell.end, value, valueStart: cell.start, open: "", close: "" });
      }
    }
    const segments: ClauseSegment[] = [];
    const byColumn: ClauseSegment[][] = [];
    for (const column of open.unitColumns) {
      const cell = cells[column]!;
      let own: ClauseSegment[] = [];
      // A cell's lines — a quoted cell's, or a web page's written as break tags (model/cellBreaks.ts):
      // its names one a line, as a Word cell lists them.
      const pieces = quotedCells !== null && this.text.indexOf("\n", cell.start) < cell.end ? cellLines(this.text, cell) : piecesBetweenBreaks(this.text, cell.start, cell.end);
      if (pieces !== null) {
        const groups = pieces.flatMap((piece) => tableCellAt(this.text, piece.start, piece.end) ?? []);
        if (groups.length > 0) own = labelled(groups, open.table.columns[column]!, this.text, this.registry);
      } else {
        // A dash under 配合单位 says the task has no supporting unit; under 牵头单位 it leaves the
        // task with nobody, which is no unit's name either and stays the finding it was.
        const none = roleOfLabel(open.table.columns[column]!) === "support" && writesNoUnit(this.text, cell.start, cell.end);
        const groups = cell === this.cut?.cell ? this.cut.groups : cell.end > cell.start && !none ? tableCellAt(this.text, cell.start, cell.end) : null;
        if (groups !== null) own = labelled(groups, open.table.columns[column]!, this.text, this.registry);
      }
      byColumn.push(own);
      segments.push(...own);
    }
    // A quoted cell's line break is its layout: the task it names reads on across it.
    const cellText = (index: number) => (index >= 0 ? this.shown(cells[index]!).replace(/\s*\r?\n\s*/g, "") : "");
    // The task of a merged cell is the one its first row wrote: the cell missing from a shifted
    // row, or left empty in a row that writes its own measure (Word's copy of a merged cell).
    const mergedTask = shiftedTask || this.taskCellMerged(open, cells);
    const task = mergedTask ? open.lastTask : cellText(open.taskColumn);
    open.lastTask = task;
    if (open.firstTask === "") open.firstTask = task;
    // A unit cell a merged cell left empty or took (model/mergedUnitRows.ts) reads as the nearest
    // row's above that wrote that column: the row's reading is its own cells and those.
    const above = open.unitsAbove;
    const written = (index: number) => index >= 0 && cells[index]!.end > cells[index]!.start;
    // A task merged over the row (Word's copy of a task's measures: its 序号, task and unit cells
    // empty below the first) is the row's task as a written one is: its empty units the merge's too.
    const merged = above !== null && (missing.length > 0 || emptyUnitsMerged({ number: written(open.numberColumn), task: written(open.taskColumn) || mergedTask, deadline: written(open.deadlineColumn) }, this.shapeOf(open)));
    const { reading, from, borrows, next } = readThroughAbove(
      above,
      {
        own: byColumn,
        written: open.unitColumns.map(written),
        missing: open.unitColumns.map((column) => missing.includes(column)),
        support: open.unitColumns.map((column) => roleOfLabel(open.table.columns[column]!) === "support"),
      },
      merged,
    );
    if (reading.length === 0) {
      // A row that writes no unit and is no merged one ends any merged cell above it.
      open.unitsAbove = null;
      // Its task is given to nobody: kept, so that the report and units/blank say so at the row.
      if (!open.unitColumns.some(written) && (written(open.numberColumn) || task !== "")) open.table.blank.push({ start: line.indentEnd, end, number: cellText(open.numberColumn), task });
      return null;
    }
    open.table.rows++;
    const mergedColumns = open.unitColumns.filter((_, i) => borrows[i]);
    if (mergedTask) mergedColumns.push(open.taskColumn);
    const row: TableRow = { start: line.indentEnd, end, number: cellText(open.numberColumn) || String(open.table.rows), task, table: open.table, sections: open.sections, unitsFrom: from, missingColumns: missing, gapColumns: gaps, mergedColumns: mergedColumns.sort((a, b) => a - b) };
    open.unitsAbove = next(row);
    // The reading with borrowed names is the reports' (units/tableRowClauses.ts), not a clause of
    // the plan: a merged cell's names are judged once, in the cell that writes them.
    if (from !== null) open.table.merged.push(rowClause(row, reading));
    return segments.length > 0 ? rowClause(row, segments) : null;
  }

  /**
   * Whether a row's empty 重点任务 cell is a cell merged over it from the row above, as Word's copy
   * (and the .docx reader) gives a merged cell's rows below its first: the table above wrote a task,
   * and the row writes words of its own in another column (a 具体措施 under that task). A row
   * with nothing but its number, units and deadline may be a task left blank, and keeps its own.
   */
  private taskCellMerged(open: OpenTable, cells: readonly Column[]): boolean {
    const column = open.taskColumn;
    if (column < 0 || open.lastTask === "" || cells[column]!.end > cells[column]!.start) return false;
    for (let other = 0; other < cells.length; other++) {
      if (other === column || other === open.numberColumn || other === open.deadlineColumn || open.unitColumns.includes(other)) continue;
      if (cells[other]!.end > cells[other]!.start) return true;
    }
    return false;
  }

  /** A row short of the unit cells a merged cell took (model/mergedUnitRows.ts): its cells in their columns, those empty, and which they are; or null. */
  private mergedUnits(open: OpenTable, cells: readonly Column[], cellsEnd: number): { cells: Column[]; missing: number[] } | null {
    const placed = missingUnitPlacement(cells, this.shapeOf(open), this.text, this.registry);
    if (placed === null) return null;
    const missing: number[] = [];
    for (let column = 0; column < placed.length; column++) if (placed[column] === -1) missing.push(column);
    return { cells: placedCells(placed, cells, cellsEnd), missing };
  }

  /** The row's cells in their columns where a merged cell shifted them (model/shiftedRows.ts), empty cells where the merged ones were; null where the cells do not tell. */
  private realigned(open: OpenTable, cells: readonly Column[], cellsEnd: number): { cells: Column[]; mergedTask: boolean; missingUnits: readonly number[]; gaps: readonly number[] } | null {
    const leads = mergedLeadAbove(open.unitsAbove, open.unitColumns.map((column) => roleOfLabel(open.table.columns[column]!) === "lead"));
    const leadMerged = leads !== null;
    const placed = realignedCells(cells, this.shapeOf(open), this.text, this.registry, leadMerged);
    if (placed === null) return null;
    const realigned = placedCells(placed, cells, cellsEnd);
    const trimmedEnd = placed[placed.length - 1] === -1;
    // The lead cell a merge took reads through the row above (model/mergedUnitRows.ts), unless the
    // row's own names are that lead's: a lead written again is its own, not a merged cell's 配合单位.
    const missingUnits = leadMerged && !trimmedEnd ? open.unitColumns.filter((column) => placed[column] === -1) : NO_COLUMNS;
    if (missingUnits.length > 0 && this.writesAnyOf(open, realigned, leads!)) {
      const own = realignedCells(cells, this.shapeOf(open), this.text, this.registry)!;
      return { cells: placedCells(own, cells, cellsEnd), mergedTask: false, missingUnits: NO_COLUMNS, gaps: gapsOf(own) };
    }
    return { cells: realigned, mergedTask: open.taskColumn >= 0 && placed[open.taskColumn] === -1 && !trimmedEnd, missingUnits, gaps: gapsOf(placed) };
  }

  /**
   * A row of a measure under a task whose 序号, task and unit cells a web copy left out, merged over
   * it (model/measureRows.ts): its cells in their columns, the merged ones empty — the task and
   * the units the row above wrote — and those columns (TableRow `gapColumns`, where the export
   * lays the row out); null where it is no such row, or nothing above wrote them.
   */
  private measureRow(open: OpenTable, cells: readonly Column[], cellsEnd: number): { cells: Column[]; gaps: number[] } | null {
    if (open.lastTask === "" || open.unitsAbove === null) return null;
    const placed = measureRowPlacement(cells, this.shapeOf(open), this.text, this.registry);
    return placed === null ? null : { cells: placedCells(placed, cells, cellsEnd), gaps: gapsOf(placed) };
  }

  /**
   * The clause of a measure's row (measureRow), tabbed or spaced: its empty 配合单位 is read as
   * Word's copy of the same row reads one (the row's own, none) — only the lead a merge spans is
   * read through the row above.
   */
  private measureRowClause(open: OpenTable, measure: { cells: Column[]; gaps: number[] }, line: LineNode, end: number, quotedCells: QuotedCell[] | null): ResponsibilityClause | null {
    return this.row(open, measure.cells, line, end, quotedCells, true, open.unitColumns.filter((column) => roleOfLabel(open.table.columns[column]!) !== "support"), measure.gaps);
  }

  /** Whether a row's unit cells write any of `names` (the lead merged above: written again, it is the row's own). */
  private writesAnyOf(open: OpenTable, cells: readonly Column[], names: ReadonlySet<string>): boolean {
    for (const column of open.unitColumns) {
      const cell = cells[column]!;
      const groups = cell.end > cell.start ? tableCellAt(this.text, cell.start, cell.end) : null;
      for (const group of groups ?? []) for (const name of group.names) if (names.has(this.text.slice(name.start, name.end))) return true;
    }
    return false;
  }

  /**
   * A row short of cells whose last cells a page cut off onto the next page's first line (model/pageCutRows.ts):
   * read as one row with that line, which is then passed over with the page's edge before it (its
   * footer, running head and the header again, read as lines of the row); undefined where no page
   * edge follows the row or the line after it is no remainder of it.
   */
  private acrossPage(open: OpenTable, cells: readonly Column[], line: LineNode): ResponsibilityClause | null | undefined {
    const lines = this.lines;
    let at = partitionPoint(lines.length, (k) => lines[k]!.start <= line.start);
    let edge = false;
    let rest: Column[] | null = null;
    let restLine: LineNode | null = null;
    for (const last = Math.min(lines.length, at + MAX_PAGE_EDGE_LINES); at < last; at++) {
      const next = lines[at]!;
      if (next.kind === "blank") continue;
      if (isPageDebris(next, this.text)) {
        edge = true;
        continue;
      }
      // The row's own page goes on: no page's edge cut it.
      if (!edge) return undefined;
      if (next.kind !== "text" || (next.textKind !== "plain" && next.textKind !== "tableRow")) return undefined;
      const nextCells = this.cellsOfLine(open, next);
      if (this.repeatsHeader(open, nextCells, next)) continue;
      rest = nextCells;
      restLine = next;
      break;
    }
    // A page's footer or running head says a page ended there: a repeated header alone may be a second table's.
    if (!edge || rest === null || restLine === null || this.startsTable(rest)) return undefined;
    const joined = rowAcrossPage(cells, rest, this.shapeOf(open), this.text, this.registry);
    if (joined === null) return undefined;
    const end = textEndOf(restLine, this.text);
    this.rowEnd = end;
    this.cut = joined.cut;
    const clause = this.row(open, joined.cells, line, end, null);
    this.cut = null;
    return clause;
  }

  /** Where a tabbed line's cells end: past its text, over the tabs of its empty last cells (配合单位 left blank), which the line's text leaves out. */
  private tabbedCellsEnd(line: LineNode, end: number): number {
    let cellsEnd = end;
    while (cellsEnd < line.contentEnd && (this.text.charCodeAt(cellsEnd) === 0x09 || isSpace(this.text.charCodeAt(cellsEnd)))) cellsEnd++;
    return cellsEnd;
  }

  /**
   * A tabbed row a soft return broke inside a cell of words, unquoted (Word's Shift+Enter in a
   * task: `4<TAB>强化建设工程` over `质量管理<TAB>十三<TAB>区住房城乡建设局<TAB><TAB>持续推进`): the row
   * short of cells and the line below, the break's two pieces one cell, fill the header exactly.
   * Read as two, the row was a task with no unit (units/blank) and the line below an unread row
   * whose words were a 序号. Only a row that opens on its 序号 over a line that does not, the cell
   * broken no unit's, 序号's or deadline's: two rows each short of cells are not one. A copy that
   * quotes its cells' breaks (Excel's, model/quotedCells.ts) leaves none unquoted. The row's cells
   * and where it ends, or null.
   */
  private overSoftReturn(open: OpenTable, cells: readonly Column[], line: LineNode): { cells: Column[]; end: number } | null {
    const broken = cells.length - 1;
    const head = cells[broken]!;
    if (broken < 1 || head.end === head.start || open.unitColumns.includes(broken) || broken === open.numberColumn || broken === open.deadlineColumn) return null;
    if (open.numberColumn >= 0 && (open.numberColumn >= broken || !this.numberedInPlace(open, cells))) return null;
    const lines = this.lines;
    const at = partitionPoint(lines.length, (k) => lines[k]!.start <= line.start);
    const next = lines[at];
    if (next === undefined || next.kind !== "text" || (next.textKind !== "plain" && next.textKind !== "tableRow")) return null;
    const nextEnd = textEndOf(next, this.text);
    if (!hasCodeUnitIn(this.text, 0x09, next.start, nextEnd)) return null;
    const below = cellsOf(this.text, next.start, this.tabbedCellsEnd(next, nextEnd));
    const tail = below[0]!;
    if (cells.length + below.length - 1 !== open.table.columns.length || tail.end === tail.start || this.startsTable(below)) return null;
    if (open.numberColumn === 0 && writesRowNumber(this.text, tail)) return null;
    return { cells: [...cells.slice(0, broken), { start: head.start, end: tail.end }, ...below.slice(1)], end: nextEnd };
  }

  /** A line's cells as the open table parts them: by its tabs, or by its spaces in a spaced table; the line one cell where nothing parts it. */
  private cellsOfLine(open: OpenTable, line: LineNode): Column[] {
    const end = textEndOf(line, this.text);
    if (!open.spaced) return hasCodeUnitIn(this.text, 0x09, line.start, end) ? cellsOf(this.text, line.start, end) : [{ start: line.indentEnd, end }];
    return this.spacedCells(open, line.indentEnd, end, false) ?? [{ start: line.indentEnd, end }];
  }

  /** What model/shiftedRows.ts reads of the table's columns. */
  private shapeOf(open: OpenTable): TableShape {
    return { columns: open.table.columns.length, unitColumns: open.unitColumns, numberColumn: open.numberColumn, deadlineColumn: open.deadlineColumn, taskColumn: open.taskColumn };
  }

  /**
   * A spaced row a cell short (an empty 配合单位, which spaces cannot show: the gap round it is one
   * gap): put back in its columns where its cells show them (model/shiftedRows.ts), as a tabbed row
   * a merged cell shifted, or read through a unit cell merged above (a web page writes a rowspan
   * once); else, where its 序号 opens it, a row of the table not read, the count going through it
   * (null). Undefined where it is no row of the table.
   */
  private shortSpacedRow(open: OpenTable, cells: Column[], line: LineNode, end: number): ResponsibilityClause | null | undefined {
    const shifted = this.realigned(open, cells, end);
    if (shifted !== null) return this.row(open, shifted.cells, line, end, null, shifted.mergedTask, shifted.missingUnits, shifted.gaps);
    const merged = open.unitsAbove !== null ? this.mergedUnits(open, cells, end) : null;
    if (merged !== null) return this.row(open, merged.cells, line, end, null, false, merged.missing);
    // A measure's own cells under a task merged over it (`组织企业开展质量共性技术攻关    持续推进`), as a web copy's tabs give them.
    const measure = this.measureRow(open, cells, end);
    if (measure !== null) return this.measureRowClause(open, measure, line, end, null);
    if (!this.opensOnSerial(open, cells)) return undefined;
    open.table.unread.push({ start: line.start, end });
    open.unitsAbove = null;
    this.countSerial(open, cells[0]!);
    return null;
  }

  /**
   * A narrow row that parts into more cells than its header, its cells holding spaces of their own
   * (names apart by spaces): read where its words fit the columns one way only
   * (model/narrowRowCells.ts); else, where its 序号 opens it, a row of the table not read, the
   * count going through it (null) — the rows after it that fit are read. Undefined where it is no row.
   */
  private wordsOverColumns(open: OpenTable, words: Column[], line: LineNode, end: number): ResponsibilityClause | null | undefined {
    const cells = narrowRowInColumns(words, this.shapeOf(open), this.text, this.registry);
    if (cells !== null) return this.row(open, cells, line, end, null);
    if (!this.opensOnSerial(open, words)) return undefined;
    open.table.unread.push({ start: line.start, end });
    open.unitsAbove = null;
    this.countSerial(open, words[0]!);
    return null;
  }

  /**
   * Whether a row's first cell is its 序号, in a table whose 序号 column is the first: a number, or
   * a list's marker or numeral (`1)`, `①`, `一`: model/rowNumbers.ts) before a task and a unit at
   * least — a section's numeral has its heading alone after it (`一 产品质量`).
   */
  private opensOnSerial(open: OpenTable, cells: readonly Column[]): boolean {
    if (open.numberColumn !== 0) return false;
    return SERIAL.test(this.text.slice(cells[0]!.start, cells[0]!.end)) || (cells.length >= MIN_NUMBERED_ROW && writesRowNumber(this.text, cells[0]!));
  }

  /** Whether the row's cells hold a whole number where the table's 序号 column is. */
  private numberedInPlace(open: OpenTable, cells: readonly Column[]): boolean {
    const cell = open.numberColumn >= 0 ? cells[open.numberColumn] : undefined;
    return cell !== undefined && SERIAL.test(this.text.slice(cell.start, cell.end));
  }

  /** A row's 序号 cell, counted; an empty one is a row continued from the one above (a merged cell), not a row of its own. */
  private countSerial(open: OpenTable, cell: Column): void {
    if (cell.end === cell.start) return;
    open.table.serials.push({ start: cell.start, end: cell.end, text: this.shown(cell), afterSection: open.afterSection });
    open.afterSection = false;
  }

  /** A section row over the table's next rows: the table waits under it for a row that lines up again (`resumes`). */
  private suspendAtSection(held: OpenTable, heading: string, line: LineNode, end: number): null {
    held.afterSection = true;
    held.table.sectionRows.push({ start: line.indentEnd, end });
    // A cell merged across the row ends any merged down over the rows above it: units or a task.
    held.unitsAbove = null;
    held.lastTask = "";
    // A new array for each section: the rows read under the last one keep theirs.
    held.sections = BRACKETED_SECTION.test(heading) && held.sections.length > 0 && !BRACKETED_SECTION.test(held.sections[0]!) ? [held.sections[0]!, heading] : [heading];
    this.suspended = held;
    this.open = null;
    return null;
  }

  /**
   * A row of a table whose cells a copy set apart with spaces (a web page's or WPS's table copied
   * as text: two spaces or more, or a 全角 space, between cells; one half-width space stays inside
   * a cell), as the export lays it out. Stricter than a tabbed table, since prose has such gaps
   * too: a header of three cells or more naming a unit column opens it, and a row that does not
   * split into as many cells ends it (no cell is guessed at) and stays a line of text.
   */
  private readSpaced(line: LineNode): ResponsibilityClause | null {
    const end = textEndOf(line, this.text);
    this.doubled = NO_DOUBLED;
    const piped = this.markdown?.get(line.start);
    if (piped !== undefined) return this.readPiped(line, end, piped);
    const held = this.open ?? this.suspended;
    // The heading as a tabbed section row's reads (sectionOfCells): its cells apart by one space.
    if (held !== null && this.isSectionRow(held, line, end)) return this.suspendAtSection(held, this.text.slice(line.indentEnd, end).trim().split(CELL_GAP).join(" "), line, end);
    if (this.open === null && this.suspended !== null && this.suspended.spaced) {
      // Resumed for this line only if it lines up as a row (below); else it reads as before.
      let cells = line.kind === "text" ? this.spacedCells(this.suspended, line.indentEnd, end, false) : null;
      // A row whose 序号 runs into its task lines up once the two are apart, as under the header.
      if (cells !== null && cells.length === this.suspended.table.columns.length - 1) cells = this.serialApart(this.suspended, cells);
      if (cells !== null && (this.resumes(this.suspended, cells, line) || this.resumesShort(this.suspended, cells, line))) this.open = this.suspended;
    }
    this.suspended = null;
    const open = this.open;
    // Most lines are prose and open no table: a header's cells are short, a long line is none.
    if ((open === null || !open.spaced) && end - line.indentEnd > MAX_SPACED_HEADER) {
      this.open = null;
      return null;
    }
    const readable = line.kind === "text" && (line.textKind === "plain" || line.textKind === "tableRow");
    const widePiped = this.widePipeIn(line.start, end);
    if (!widePiped && (held === null || !held.spaced)) {
      // No spaced table to read a row of: the line opens one only where the scan for headers found one.
      this.open = readable ? this.spacedHeader(line, end) : null;
      return null;
    }
    let cells = readable ? this.spacedCells(held !== null && held.spaced ? held : null, line.indentEnd, end, widePiped) : null;
    if (open !== null && cells !== null && cells.length === open.table.columns.length - 1) cells = this.serialApart(open, cells);
    if (held !== null && held.spaced && cells !== null && this.repeatsHeader(held, cells, line)) {
      this.repeated = { cells, line, end };
      this.open = held;
      return null;
    }
    if (open !== null && open.spaced && cells !== null && cells.length === open.table.columns.length && !this.startsTable(cells)) return this.row(open, cells, line, end, null);
    if (open !== null && open.narrow && cells !== null && cells.length > open.table.columns.length && !this.startsTable(cells)) {
      const over = this.wordsOverColumns(open, cells, line, end);
      if (over !== undefined) return over;
    }
    if (open !== null && open.spaced && cells !== null && cells.length < open.table.columns.length) {
      const across = this.acrossPage(open, cells, line);
      if (across !== undefined) return across;
      const short = this.shortSpacedRow(open, cells, line, end);
      if (short !== undefined) return short;
    }
    // Pipes part a header's cells for certain: two are enough; gaps part prose's words as well.
    this.open = !widePiped ? (readable ? this.spacedHeader(line, end) : null) : cells !== null && cells.length >= 2 ? this.header(cells, line, end, true, false, true) : null;
    return null;
  }

  /**
   * A line of a Markdown table (`| 序号 | 重点任务 | 责任单位 |` over `| --- | --- | --- |`), as a web
   * page's or an editor's copy writes a 分工表: its header opens the table, which GitHub's reading
   * makes certain (model/markdownTables.ts), and each row with as many cells is read as a tabbed
   * one, its empty cells written between their pipes; one with other cells is counted unread. The
   * table ends at its last row: structure/markdown-marks turns its pipes into tabs.
   */
  private readPiped(line: LineNode, end: number, piped: MarkdownLine): ResponsibilityClause | null {
    if (piped === "delimiter") return null;
    const cells = pipeCells(this.text, line.indentEnd, end);
    this.suspended = null;
    if (piped === "header") {
      this.open = this.header(cells, line, end, true);
      return null;
    }
    const open = this.open;
    if (piped === "last") this.open = null;
    if (open === null) return null;
    if (cells.length === open.table.columns.length) return this.row(open, cells, line, end, null);
    open.table.unread.push({ start: line.start, end });
    return null;
  }

  /**
   * The cells of a spaced line as `table` parts them: by full-width pipes in a table written with
   * them, by single spaces in a narrow table, else by wide gaps; with no table, by pipes where the
   * line has one (`widePiped`).
   */
  private spacedCells(table: OpenTable | null, start: number, end: number, widePiped: boolean): Column[] | null {
    if (table !== null ? table.widePiped : widePiped) {
      const cells = pipeCells(this.text, start, end, WIDE_PIPE_CODE);
      return cells.length > 0 ? cells : null;
    }
    return table !== null && table.narrow ? narrowCellsOf(this.text, start, end) : spacedCellsOf(this.text, start, end);
  }

  /**
   * A wide-gap row one cell short whose first cell is its 序号 and its task joined by one space or
   * none (`1. 加强……    市发展改革委`, `3、建设……`, `12加强……`: model/joinedSerials.ts), in a table of
   * 序号 then task: the two cells apart, the row whole; else the cells as they are.
   */
  private serialApart(open: OpenTable, cells: Column[]): Column[] {
    if (!open.spaced || open.narrow || open.widePiped || open.numberColumn !== 0 || open.taskColumn !== 1) return cells;
    const joined = serialJoined(this.text, cells[0]!, this.nextSerial(open));
    return joined === null ? cells : [joined.serial, joined.task, ...cells.slice(1)];
  }

  /**
   * The number the table's count of 序号 comes to next: the last one's next, 1 for the first row
   * (or the first under a section row, which may count from 1 again: numbering/runs.ts); null
   * where the last 序号 is no number.
   */
  private nextSerial(open: OpenTable): number | null {
    const serials = open.table.serials;
    if (serials.length === 0 || open.afterSection) return 1;
    const last = serials[serials.length - 1]!.text;
    return SERIAL.test(last) ? parseInt(last, 10) + 1 : null;
  }

  /** Whether a full-width pipe stands in [start, end): one search serves every line up to the pipe it found. */
  private widePipeIn(start: number, end: number): boolean {
    if (this.nextWidePipe >= 0 && this.nextWidePipe < start) this.nextWidePipe = this.text.indexOf(WIDE_PIPE, start);
    return this.nextWidePipe >= 0 && this.nextWidePipe < end;
  }

  /**
   * The spaced table `line` heads, where the scan of the lines for headers found one there
   * (model/spacedTableRows.ts, model/unitTableHeader.ts): its cells apart by wide gaps, or by single
   * spaces (model/narrowCells.ts); null on every other line, whose cells are never cut.
   */
  private spacedHeader(line: LineNode, end: number): OpenTable | null {
    const parting = this.spacedHeaders.get(line.start);
    if (parting === undefined) return null;
    const cells = parting === "gaps" ? spacedCellsOf(this.text, line.indentEnd, end) : narrowCellsOf(this.text, line.indentEnd, end);
    return cells === null ? null : this.header(cells, line, end, true, parting === "spaces");
  }

  /**
   * Whether `line` is a section row of the table `held`: a short heading in the same part of the
   * document (a line of another attachment is past the table), one cell only.
   */
  private isSectionRow(held: OpenTable, line: LineNode, end: number): boolean {
    if (line.kind !== "item" && !(line.kind === "text" && (line.textKind === "plain" || line.textKind === "tableRow"))) return false;
    if (end - line.indentEnd > MAX_SECTION_ROW || end <= line.indentEnd) return false;
    const written = this.text.slice(line.indentEnd, end);
    if (SENTENCE_MARKS.test(written)) return false;
    // A wide gap parts a row's cells; in a table of 序号 first, a section's numeral from its heading too.
    if (CELL_GAP.test(written.trim())) return !held.narrow && !held.widePiped && this.numeralOverHeading(held, line, end);
    // A narrow table's row is short and has no wide gap either: its single spaces part a row's
    // cells, and one a cell short (an empty cell, which single spaces cannot show) still opens on its 序号.
    if (held.narrow) {
      const cells = narrowCellsOf(this.text, line.indentEnd, end);
      if (cells !== null && (cells.length === held.table.columns.length || this.opensOnSerial(held, cells))) return false;
      if (cells !== null && cells.length > held.table.columns.length && narrowRowInColumns(cells, this.shapeOf(held), this.text, this.registry) !== null) return false;
    }
    // A line with a pipe in a table written with pipes is a row: a section row is one cell.
    if (held.widePiped && this.widePipeIn(line.start, end)) return false;
    return attachmentAt(this.attachments, line.indentEnd) === held.table.attachment;
  }

  /** Whether a wide-gap line is a section's numeral in the 序号 column and its heading, the empty cells lost in the gap (model/sectionRows.ts isNumeralOverHeading). */
  private numeralOverHeading(held: OpenTable, line: LineNode, end: number): boolean {
    if (held.numberColumn !== 0) return false;
    const cells = spacedCellsOf(this.text, line.indentEnd, end);
    if (cells === null || cells.length !== 2 || !isNumeralOverHeading(this.text.slice(cells[0]!.start, cells[0]!.end), this.text.slice(cells[1]!.start, cells[1]!.end))) return false;
    return attachmentAt(this.attachments, line.indentEnd) === held.table.attachment;
  }

  /**
   * Whether a tabbed line is a section row Excel copied with the row's tabs: a cell merged across
   * the row, its text in the first cell and every other empty (一、增强质量发展创新动能<TAB><TAB><TAB>),
   * a short heading, in the table's part of the document. A row with a unit cell or a 序号 is a
   * row, and one short of the header's cells (<TAB>市科技局: a cell continued) is no section row.
   */
  private isMergedSectionRow(held: OpenTable, cells: readonly Column[], line: LineNode): boolean {
    if (cells.length !== held.table.columns.length) return false;
    const written = cells[0]!;
    if (written.end === written.start || written.end - written.start > MAX_SECTION_ROW) return false;
    // Every row's 序号 cell is asked: a section's numeral (一, 二、) fails a row's digits on its first code unit.
    if (held.numberColumn === 0 && this.isSectionNumbered(held, cells)) return attachmentAt(this.attachments, line.indentEnd) === held.table.attachment;
    for (let i = 1; i < cells.length; i++) if (cells[i]!.end > cells[i]!.start) return false;
    const words = this.text.slice(written.start, written.end);
    if (SENTENCE_MARKS.test(words) || SERIAL.test(words) || UNIT_COLUMN.test(words)) return false;
    // With no 序号 column the written cell is the task's: a task whose units were left blank
    // (推进标准化建设<TAB><TAB>) is a row units/blank reports, as it is in a table with 序号.
    if (this.taskFirst(held) && readsAsTask(words)) return false;
    return attachmentAt(this.attachments, line.indentEnd) === held.table.attachment;
  }

  /** Whether the table's first column is its task (重点任务 | 牵头单位 | …, no 序号 before it). */
  private taskFirst(held: OpenTable): boolean {
    return held.taskColumn === 0 && held.numberColumn < 0;
  }

  /**
   * Whether a row is a section row that keeps its columns (一<TAB>增强质量发展动能<TAB><TAB>): a
   * section's numeral in the 序号 column, its heading in one cell after it, and every unit and
   * deadline cell empty (model/sectionRows.ts). Read as a row, its numeral broke the run of 序号
   * (1 2 | 1 read as going back) and its heading was a task.
   */
  private isSectionNumbered(held: OpenTable, cells: readonly Column[]): boolean {
    // Asked of every row: a row's 序号 (its digits) fails on its first code unit, nothing sliced.
    const first = this.text.charCodeAt(cells[0]!.start);
    if (isAnyDigitCode(first)) return false;
    return isSectionRow(
      cells.map((cell) => this.text.slice(cell.start, cell.end)),
      { number: held.numberColumn, mayHead: (column) => !held.unitColumns.includes(column) && column !== held.deadlineColumn },
    );
  }

  /** A section row's heading from its cells: its written cells apart by a space (一 增强质量发展动能), or its one merged cell. */
  private sectionOfCells(cells: readonly Column[]): string {
    const written: string[] = [];
    for (const cell of cells) if (cell.end > cell.start) written.push(this.shown(cell).trim());
    return written.join(" ");
  }

  /**
   * Whether a row after a section row goes on with the table it interrupted: as many cells as
   * its header, not a header itself, a 序号 in its number column — a table of other columns
   * after a heading (a target table of five columns after a 分工表 of five) opens no rows of it.
   * A table with no 序号 column (重点任务 | 牵头单位 | 配合单位) has none to show: a row that writes its
   * task and names in a unit column a unit the registry knows lines up with it as a 序号 would —
   * without, every row after a section row (or after a row whose units were all left blank, which
   * reads as one) was lost, and the table read no rows at all.
   */
  private resumes(held: OpenTable, cells: readonly Column[], line: LineNode): boolean {
    if (cells.length !== held.table.columns.length || this.startsTable(cells)) return false;
    if (attachmentAt(this.attachments, line.indentEnd) !== held.table.attachment) return false;
    // A table numbered （一）, 一、 or 1) resumes on its next row as one numbered 1, 2 does.
    if (held.numberColumn >= 0) return writesRowNumber(this.text, cells[held.numberColumn]!);
    if (held.taskColumn < 0 || cells[held.taskColumn]!.end === cells[held.taskColumn]!.start) return false;
    if (held.unitColumns.some((column) => kindOf(this.text, cells[column]!, this.registry) === "units")) return true;
    // A task whose units were left blank (isMergedSectionRow) goes on with the table as well.
    return this.taskFirst(held) && held.unitColumns.every((column) => cells[column]!.end === cells[column]!.start) && readsAsTask(this.text.slice(cells[0]!.start, cells[0]!.end));
  }

  /**
   * Whether a spaced row one cell short resumes its table after a section row: its empty 配合单位
   * lost in the gap round it, as under the header (shortSpacedRow reads it then), opening on its
   * 序号 where the table numbers its rows. Without, the first row of a section whose cell was
   * left empty ended the table, and every row after it was lost.
   */
  private resumesShort(held: OpenTable, cells: readonly Column[], line: LineNode): boolean {
    if (cells.length !== held.table.columns.length - 1 || !this.opensOnSerial(held, cells) || this.startsTable(cells)) return false;
    return attachmentAt(this.attachments, line.indentEnd) === held.table.attachment;
  }

  /**
   * Whether `cells` are the header of the table `held` printed again: a PDF repeats a table's
   * header at the top of each page, and the copy keeps it after the page's footer. Read so, the
   * rows on both pages are one table (one count of rows, one run of 序号 for numbering/table-serial).
   * Only the lines read before it can stand between (rows, section rows, page debris): any other
   * line has already ended the table, so a second table under the same header stays a table.
   */
  private repeatsHeader(held: OpenTable, cells: readonly Column[], line: LineNode): boolean {
    const columns = held.table.columns;
    if (cells.length !== columns.length) return false;
    // Asked of every row of an open table: a row's first cell (its 序号) fails on its first code unit, nothing sliced.
    const first = cells[0]!;
    if (first.end === first.start ? columns[0] !== "" : this.text.charCodeAt(first.start) !== columns[0]!.charCodeAt(0)) return false;
    for (let i = 0; i < cells.length; i++) if (this.shown(cells[i]!).replace(/\s+/g, "") !== columns[i]) return false;
    return attachmentAt(this.attachments, line.indentEnd) === held.table.attachment;
  }

  /**
   * The table a row under the header printed again is read into: a table of its own, headed by the
   * repeat, where the row starts the count again (startsCopy) — the table pasted twice, or a second
   * one under the same header, whose rows numbering/table-serial would renumber as the first's —
   * else the open one, a PDF's next page of it.
   */
  private copyUnder(repeat: RepeatedHeader, open: OpenTable, cells: readonly Column[]): OpenTable {
    this.underRepeat = null;
    if (!this.startsCopy(open, cells)) return open;
    const copy = this.header(repeat.cells, repeat.line, repeat.end, open.spaced, open.narrow, open.widePiped)!;
    this.open = copy;
    return copy;
  }

  /**
   * Whether a row right under a repeated header starts its table again: its 序号 the table's first
   * (1 again, where a page's rows go on from the last: 3 after 2; a 序号 written twice across the
   * page, 2 after 2, is a slip numbering/table-serial reports), or, in a table with no 序号, the
   * task of the table's first row written again. Not after a section row: a section may count its
   * rows from 1 again (numbering/runs.ts).
   */
  private startsCopy(open: OpenTable, cells: readonly Column[]): boolean {
    if (open.afterSection) return false;
    if (open.numberColumn >= 0) {
      const cell = cells[open.numberColumn]!;
      const serials = open.table.serials;
      if (serials.length === 0) return false;
      const written = this.text.slice(cell.start, cell.end);
      return SERIAL.test(written) && SERIAL.test(serials[0]!.text) && parseInt(written, 10) === parseInt(serials[0]!.text, 10);
    }
    if (open.taskColumn < 0 || open.firstTask === "") return false;
    const task = cells[open.taskColumn]!;
    return this.shown(task) === open.firstTask;
  }

  /** Whether a row of an open table is the header of another. */
  private startsTable(cells: readonly Column[]): boolean {
    return cells.some((cell) => UNIT_COLUMN.test(this.text.slice(cell.start, cell.end)));
  }

  /** A cell's text as a reader sees it: each quote Excel doubled inside a quoted cell one. */
  private shown(cell: Column): string {
    if (cell === this.cut?.cell) return this.cut.text;
    const written = this.text.slice(cell.start, cell.end);
    return this.doubled.has(cell) ? written.replace(/""/g, '"') : written;
  }

  private header(cells: readonly Column[], line: LineNode, end: number, spaced = false, narrow = false, widePiped = false): OpenTable | null {
    const columns = cells.map((cell) => this.shown(cell).replace(/\s+/g, ""));
    const unitColumns = unitColumnsOfHeader(columns);
    if (unitColumns === null) return null;
    const taskColumn = columns.findIndex((column, index) => !unitColumns.includes(index) && !NUMBER_COLUMN.test(column) && TASK_COLUMN.test(column));
    const table: ResponsibilityTable = { start: line.indentEnd, end, columns, attachment: attachmentAt(this.attachments, line.indentEnd), rows: 0, unread: [], serials: [], merged: [], blank: [], sectionRows: [] };
    this.tables.push(table);
    return {
      table,
      unitColumns,
      taskColumn,
      numberColumn: columns.findIndex((column) => NUMBER_COLUMN.test(column)),
      deadlineColumn: columns.findIndex((column) => DEADLINE_COLUMN.has(column)),
      spaced,
      narrow,
      widePiped,
      afterSection: false,
      sections: NO_SECTIONS,
      lastTask: "",
      firstTask: "",
      unitsAbove: null,
    };
  }

}

/** The attachment a table starting at `offset` is in, or null for the plan's own text. */
export function attachmentAt(attachments: readonly Attachment[], offset: number): Attachment | null {
  for (const attachment of attachments) if (attachment.start <= offset && offset <= attachment.end) return attachment;
  return null;
}

/** The columns a placement (model/shiftedRows.ts) leaves without a cell of the row. */
function gapsOf(placed: readonly number[]): number[] {
  const gaps: number[] = [];
  for (let column = 0; column < placed.length; column++) if (placed[column] === -1) gaps.push(column);
  return gaps;
}

/** The columns from `from` up to `to`: a row's last cells, whose tabs an editor trimmed. */
function columnsFrom(from: number, to: number): number[] {
  const columns: number[] = [];
  for (let column = from; column < to; column++) columns.push(column);
  return columns;
}

/** A row's cells in the columns `placed` gives them, an empty cell where a merged one was (at the next cell's start, or the row's end). */
function placedCells(placed: readonly number[], cells: readonly Column[], cellsEnd: number): Column[] {
  const columns: Column[] = [];
  for (let column = 0; column < placed.length; column++) {
    const at = placed[column]!;
    const where = at >= 0 ? -1 : (placed.slice(column).find((index) => index >= 0) ?? -1);
    columns.push(at >= 0 ? cells[at]! : { start: where >= 0 ? cells[where]!.start : cellsEnd, end: where >= 0 ? cells[where]!.start : cellsEnd });
  }
  return columns;
}

/** The cells of a line, apart by tabs, each without the spaces around it. */
function cellsOf(text: string, start: number, end: number): Column[] {
  const cells: Column[] = [];
  let from = start;
  for (;;) {
    // Scanned within the line: indexOf would search on to the next tab of the text.
    let cellEnd = from;
    while (cellEnd < end && text.charCodeAt(cellEnd) !== 0x09) cellEnd++;
    let a = from;
    let b = cellEnd;
    while (a < b && isSpace(text.charCodeAt(a))) a++;
    while (b > a && isSpace(text.charCodeAt(b - 1))) b--;
    cells.push({ start: a, end: b });
    if (cellEnd === end) return cells;
    from = cellEnd + 1;
  }
}

/**
 * Between the cells of a table copied without its tabs (a web page's, WPS's): two half-width
 * spaces or more, or any run with a 全角 space; one half-width space stays inside a cell. The
 * export lays such a table out by the same gaps (export/layout.ts).
 */
export const CELL_GAP = /[ \u3000]*\u3000[ \u3000]*| {2,}/u;
const CELL_GAPS = new RegExp(CELL_GAP.source, "gu");

/** The cells of text[start, end) apart by CELL_GAP, or null where the line has no such gap. Read on the line's own text. */
export function spacedCellsOf(text: string, start: number, end: number): Column[] | null {
  const line = text.slice(start, end);
  const cells: Column[] = [];
  let cellStart = 0;
  CELL_GAPS.lastIndex = 0;
  for (let gap = CELL_GAPS.exec(line); gap !== null; gap = CELL_GAPS.exec(line)) {
    if (gap.index > cellStart) cells.push({ start: start + cellStart, end: start + gap.index });
    cellStart = gap.index + gap[0].length;
  }
  if (cells.length === 0) return null;
  if (line.length > cellStart) cells.push({ start: start + cellStart, end });
  return cells;
}

/** The quoted cells among `cells` without their quotes; those with a quote doubled inside. */
function unquote(cells: Column[], quoted: readonly QuotedCell[]): ReadonlySet<Column> {
  let doubled: Set<Column> | null = null;
  for (const cell of cells) {
    for (const q of quoted) {
      if (cell.start === q.open && cell.end === q.close + 1) {
        cell.start++;
        cell.end--;
        if (q.doubled.length > 0) (doubled ??= new Set()).add(cell);
      }
    }
  }
  return doubled ?? NO_DOUBLED;
}

/** The lines of a cell a line break runs over, each without the spaces around it; empty ones left out. */
function cellLines(text: string, cell: Column): Column[] {
  const lines: Column[] = [];
  let from = cell.start;
  while (from <= cell.end) {
    let to = text.indexOf("\n", from);
    if (to < 0 || to > cell.end) to = cell.end;
    let a = from;
    let b = to;
    while (a < b && (isSpace(text.charCodeAt(a)) || text.charCodeAt(a) === 0x0d)) a++;
    while (b > a && (isSpace(text.charCodeAt(b - 1)) || text.charCodeAt(b - 1) === 0x0d)) b--;
    if (b > a) lines.push({ start: a, end: b });
    from = to + 1;
  }
  return lines;
}

/**
 * Whether `line`, inside a table, is what a PDF copy leaves at a page's edge: a line the model read
 * as page furniture (— 12 —, -12-, 第 5 页), or a bare page number, which it cannot tell from a
 * figure in prose but which no table row or section row is (a row has cells, a section row words).
 * The export passes them in a table as this reading does (export/layout.ts).
 */
export function isPageDebris(line: LineNode, text: string): boolean {
  if (line.kind !== "text") return false;
  if (line.textKind === "pageNumber") return true;
  if (line.textKind !== "plain") return false;
  let at = line.indentEnd;
  let end = textEndOf(line, text);
  while (end > at && isSpace(text.charCodeAt(end - 1))) end--;
  if (end === at || end - at > BARE_PAGE_DIGITS) return false;
  for (; at < end; at++) if (!isAnyDigitCode(text.charCodeAt(at))) return false;
  return true;
}

/** The most digits a bare page number has. */
const BARE_PAGE_DIGITS = 3;

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x3000 || code === 0xa0;
}

/** A table row's clause: its unit cells' segments, no brackets, no item (the row names its task). */
export function rowClause(row: TableRow, segments: ClauseSegment[]): ResponsibilityClause {
  return {
    form: "labeled",
    start: row.start,
    end: row.end,
    open: "",
    close: "",
    // The cells' segments grew by push: kept at their exact size for the plan's life.
    segments: segments.slice(),
    units: segments.length === 1 ? segments[0]!.units : segments.flatMap((segment) => segment.units),
    item: null,
    tableRow: row,
  };
}

/**
 * A cell's groups as the model's segments: the first takes the column's header as its label, or
 * the cell's own label where it writes one (牵头单位：市科技局；配合单位：市工信局 in a 责任单位
 * column), each group then doing what its label says.
 */
export function labelled(groups: readonly ClauseSegmentNode[], column: string, text: string, registry: UnitRegistry): ClauseSegment[] {
  const columnRole = roleOfLabel(column);
  let label = "";
  const segments: ClauseSegment[] = [];
  for (let index = 0; index < groups.length; index++) {
    const group = groups[index]!;
    // The label is the column's header, or a word of the cell read as one.
    if (group.label) label = labelWords(group.label);
    const role = group.role ? roleOfWord(group.role) : label !== "" ? roleOfLabel(label) : columnRole;
    // 配合单位：— in a cell that writes its own labels says what a dash under a 配合单位 column
    // says (model/noneCells.ts): no supporting unit, not a body named —.
    // A label the cell writes has its span, checked as a clause's (units/label-separator); the column's header has none.
    const span = group.label ? { start: group.labelStart, end: group.labelStart + group.label.length } : null;
    if (role === "support" && namesNoUnit(group.names, group.etc, text)) {
      const mark = group.names[0]!;
      segments.push(new NoneGroup(group.label ? label : index === 0 ? column : "", span?.start ?? -1, span?.end ?? -1, group.label ? group.colon : "", role, mark.start, mark.end));
      continue;
    }
    segments.push(Segment.of(group.label ? label : index === 0 ? column : "", span, group.label ? group.colon : "", unitNamesOf(group.names, text, registry), group.etc, role));
  }
  return supportBesideMarkedLead(segments, groups, text);
}

