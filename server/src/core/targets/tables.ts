import { textEndOf } from "../model/inline.js";
import { type MarkdownTable, markdownTables, pipeCells } from "../model/markdownTables.js";
import { toHalfwidthFigures } from "../model/numerals.js";
import { quotedCellText } from "../model/quotedCells.js";
import { serialJoined } from "../model/joinedSerials.js";
import { isRowNumber } from "../model/rowNumbers.js";
import { isSectionRow, type SectionRowColumns, UNALIGNED } from "../model/sectionRows.js";
import type { QuotedCell, Span } from "../model/types.js";
import { UNIT_COLUMN } from "../model/unitColumns.js";
import type { LineNode } from "../syntax/cst.js";
import { isHanCode } from "../punct/chars.js";
import { displayWidth } from "../text/columns.js";
import { partitionPoint } from "../text/sorted.js";
import { FIGURE_UNITS, PER_UNIT } from "./measureUnits.js";

/**
 * Tables of indicators (主要指标表) pasted as text, in the forms Word, web pages and PDFs give:
 *
 *   序号<TAB>指标名称<TAB>单位<TAB>2022年基数<TAB>2025年目标<TAB>指标属性      one row a line
 *   1<TAB>制造业产品质量合格率<TAB>%<TAB>93.5<TAB>≥94<TAB>预期性
 *
 *   序号  指标名称  单位  2022年基数  2025年目标  指标属性                          one row a line, cells
 *   1  制造业产品质量合格率  %  93.5  ≥94  预期性                                apart by spaces (a PDF's copy)
 *
 *   序号 / 指标名称 / 单位 / 2022年基数 / 2025年目标 / 指标属性                    one cell a line
 *   1 / 制造业产品质量合格率 / % / 93.5 / ≥94 / 预期性 / 2 / …
 *
 *   | 指标名称 | 单位 | 2025年目标 |                                            Markdown's pipes (an
 *   | --- | --- | --- |                                                      AI tool's or a Markdown
 *   | 重大质量安全事故 | 起 | 0 |                                               editor's copy)
 *
 * A table is read only when its header makes every column certain: each header cell is a column
 * this reading knows (序号, 指标名称, 单位, 基数, 目标, 属性, 备注 …), with an indicator column and a
 * target column; a base or target column may give its unit in brackets (2025年目标（%）), the
 * unit of its figures where the row has no 单位, and may bracket its words (2022年（基期）). A column
 * headed by a bare year (2022年, 2025年, or 2025 alone) is the base when the year is before the
 * plan's and a target when after it, the first year of a period the title states (2024—2026年, not
 * yet under way when the plan is dated) a target. The plan's own year (its period's first, the plan
 * undated) and every year of a plan with neither date nor period (a draft often has none) are read
 * by the header's other years and the text (`yearColumns`). A year not over when the plan was
 * written marked 预计 — in its header (2023年（预计）) or in a row's cell (预计93, 93（预计）) — is
 * an estimate of what the figures start from: the row's base where no base column gives one,
 * never a target or a step. A cell Excel
 * quoted for a line break or a quote in it (model/quotedCells.ts) is one cell, its row one row over its
 * lines, its text without the quotes and the break. A row apart by spaces that is short of cells
 * has left some empty, and they are put back where its spacing says (spacedRowInColumns: under a
 * fixed-width copy's header, or a gap as wide as two between evenly spaced cells): an empty base
 * never moves the target's figure into the base column. A soft return inside a cell, unquoted, joins
 * the two lines into one row where they fill the header exactly (tabs or spaces); a PDF's copy sets
 * a wrapped cell's last words on a line of their own under its row, joined to the cell where they
 * close the bracket it left open or stand indented to its column (wrappedCellTail). Every cell of a row is checked against its column (a
 * number in 序号, one after the last; a unit in 单位; a figure or a dash in 基数 …): where a row
 * does not fit, one cell a line ends the table there (a merged cell would shift every cell after
 * it), a tab row is left to the reading of its line, and a spaced one (prose has spaces too) ends
 * the table. Nothing is guessed. A table a PDF set over pages goes on past the page's edge (its
 * number and running head, model/reading.ts) and past its header printed again on the next page,
 * which is the table's line, no row.
 */

/** What tells a bare year's column (2024年) a base or a target: the plan's year, and its period's first year; and the plan's quoted cells. */
interface TableYears {
  reference: number | null;
  periodFrom: number | null;
  /** The years the plan's text sets goals for (到2025年), read only for an undated plan's bare year columns. */
  horizons: () => ReadonlySet<number>;
  /** The cells Excel quoted (model/quotedCells.ts), in document order: read by rows apart by tabs. */
  quoted: readonly QuotedCell[];
}

/**
 * `estimate`: a year's figure the plan's header calls estimated (2023年（预计）, 2023年预计完成值),
 * the year the plan is written in or one before it: what the figures start from, not yet final —
 * never a target or a step.
 */
export type ColumnKind = "number" | "indicator" | "unit" | "base" | "estimate" | "target" | "attribute" | "rowYear" | "other";
/**
 * A bare year column the plan's dates leave open, a base or a target by the header's other columns
 * (yearColumns): `year`, any year of a plan with neither date nor period; `own`, the plan's own year
 * (or its period's first, the plan undated), which is the figure reached or the first step.
 */
type HeaderKind = ColumnKind | "year" | "own";

interface Column {
  kind: ColumnKind;
  /** The year a base or target column is for (2025年目标), else null. */
  year: number | null;
  /** The unit a base or target column's header gives in brackets (2025年目标（%）), else "". */
  unit: string;
  /**
   * Whether the column's year is one not over when the plan was written (the plan's own year or
   * before, or any year of a plan that says none): a cell there marked 预计 (预计93, 93（预计）) is
   * an estimate of what the figures start from, not the column's target.
   */
  estimable: boolean;
  /** Whether a base column says what its year did (2025年完成, 2025年实际完成值): an annual plan's amount of work, no stock. */
  done: boolean;
  span: Span;
}

/** A cell of a row: where its text is, trimmed. */
export interface Cell extends Span {
  text: string;
}

/** A figure as a cell writes it: `≥94`, `98.5以上`, `90—95`, `0.5吨`, `XX`. */
export interface CellFigure {
  comparator: string;
  value: number | null;
  valueText: string;
  valueSpan: Span;
  upper: number | null;
  unit: string;
  qualifier: string;
  placeholder: boolean;
  /** In brackets (`［13.5］`, `〔5〕`): as the tables of five-year plans mark it, a total over the period. */
  cumulative: boolean;
}

export interface IndicatorRow {
  /** The lines the row's cells stand on: the first is where its targets are placed. */
  lines: LineNode[];
  indicator: Cell;
  /** The row's 单位, or the unit the indicator names in brackets (制造业产品质量合格率（%）). */
  unit: string;
  /** The base column's figure, else the estimate's (a row with no base figure starts from its estimate). */
  base: { figure: CellFigure; year: number | null; done?: boolean } | null;
  /** The estimate of the year not over (2023年预计 | 93.6, a cell 预计93.6), beside a base or not; null where none. */
  estimate: { figure: CellFigure; year: number | null } | null;
  targets: Array<{ cell: Cell; figure: CellFigure | null; year: number | null; header: Span }>;
  /** The 属性 column says 约束性 (a bottom line), not 预期性 nor nothing. */
  binding: boolean;
  /** The row's 序号 where it is a list's marker (`1)`, `①`): the table's, no prose (punct/prose.ts); null for digits or none. */
  serial: Span | null;
}

export interface IndicatorTables {
  /** Every line of a table read, header and rows: the extraction reads nothing else there. */
  lines: Set<LineNode>;
  /** Each row by its first line. */
  rows: Map<LineNode, IndicatorRow>;
}

const NUMBER_HEADER = /^(?:序号|编号)$/;
const INDICATOR_HEADER = /^(?:(?:主要|具体|核心|考核|评价|发展|预期)?指标(?:名称|内容|项目|项)?|名称)$/;
const UNIT_HEADER = /^(?:计量)?单位$/;
/** A base column's words: 基数, 现状值, and what a year closed on (2025年完成, 2025年实际完成值, an annual plan's tables). */
const BASE_WORDS = /^(?:基数|基期值?|基准值?|基础值|现状值?|(?:实际)?完成(?:值|数|情况)?|实际(?:值|数)?)$/;
/** A base column's words that say what its year did (完成, 实际完成值), not where a stock stands (基数, 现状值). */
const DONE_WORDS = /完成/;
/** A target column's words: 目标, 目标值, 预期值, and an annual plan's 计划 (2026年计划). */
const TARGET_WORDS = /^(?:(?:预期|规划|计划|发展)?目标(?:值|任务)?|(?:预期|规划|计划)值|计划)$/;
/** A year's column whose figures are estimated (2023年（预计）, 2023年预计完成值): estimate, by the year (kindOf). */
const ESTIMATE_WORDS = /^(?:预计|预估)(?:完成|实现|达到)?(?:值|数|情况)?$/;
const ATTRIBUTE_HEADER = /^(?:指标)?(?:属性|性质)$/;
const OTHER_HEADER = /^(?:备注|说明|类别|领域|分类|类型|指标类型|指标说明|数据来源|计算方法)$/;
/**
 * A column that gives each row the year its target is for (| 质量竞争型产业占比 | 35% | 2025年 |):
 * 年份, 目标年份, 完成年份 — the year the row's bare target column does not say in its header.
 */
const ROW_YEAR_HEADER = /^(?:目标|完成|实现|达标)?(?:年份|年度)$/;
/** A 年份 column's cell: a year, as a header writes one (2025年, 2025年底, 2025). */
export const ROW_YEAR_CELL = /^[到至]?\s*((?:19|20)\d\d)\s*(?:年\s*(?:底|末)?)?$/;
/** A year in a header (2025年, 到2025年底, （2025年）), taken out before its words are read. */
const HEADER_YEAR = /[到至]?\s*(\d{4})\s*年\s*(?:底|末)?/;
/** A header cell that is a year with no 年 (2025, as a spreadsheet heads its columns). */
const YEAR_ONLY = /^(?:19|20)\d\d$/;
const BARE_YEAR = /(\d{4})/;
const EMPTY_BRACKETS = /[（(]\s*[）)]/g;
const BRACKETED_WORDS = /^[（(]\s*([^（）()]+?)\s*[）)]$/;
/** Header cells are short; a line of prose is none. */
const MAX_HEADER_CELL = 16;

/** A cell that says there is nothing: a dash, a slash, 无, 暂无. */
const NOTHING = /^(?:[—–\-－/／]+|无|暂无|—)$/;
/**
 * The units a 单位 cell or a figure may have, the longer of two that start alike first; a time a
 * service takes (办理时限 | 工作日, 企业开办时间 | 天) among them: the 营商环境 rows of a quality plan.
 */
const UNITS = `(?:${FIGURE_UNITS})(?:[/／](?:${PER_UNIT}))?`;
/**
 * A 单位 cell: a unit, or one per so many people or households (批次/千人, 件/万人口, 元/户), which
 * targets/perHead.ts names as the national indicators name theirs (每千人食品抽检量 | 批次).
 */
const UNIT_VALUE = new RegExp(`^${UNITS}$`);
const ATTRIBUTE_VALUE = /^(?:预期性|约束性|预期|约束)$/;
/** The unit in brackets after an indicator's name: 制造业产品质量合格率（%）. */
const BRACKETED_UNIT = /[（(]\s*([^（）()]{1,8}?)\s*[）)]$/;

/**
 * A cell's comparator. A change per year (年均增长8%, 每年提高0.5个百分点, an annual plan's 较上年提高,
 * 同比增长) is one, as in the text: read as no figure, the row fell back to the text reader and lost its base.
 */
const COMPARATORS = "(?:年均|每年|[较比]上年|同比)(?:增长|增加|提高|提升|下降|降低|减少)|≥|≤|⩾|⩽|＞|＜|>|<|不低于|不少于|不高于|不超过|不多于|达到|超过|高于|低于|控制在|保持在|稳定在|提高到|提高|提升到|提升|增长|增加|下降到|下降|降低到|降低|减少|突破";
const NUMBER = "\\d+(?:\\.\\d+)?";
/** A cell's figure: its comparator, the figure (a range's two ends), its unit and qualifier, `（含）` before it read through (≥98%（含）以上). */
const CELL_FIGURE = new RegExp(
  `^(${COMPARATORS})?\\s*(${NUMBER})\\s*(?:[—–\\-~～至]\\s*(${NUMBER}))?\\s*(${UNITS})?\\s*(?:[（(]\\s*含\\s*[）)]\\s*)?(及以上|以上|以下|以内|左右)?$`,
);
/** A placeholder where the figure should be (XX, ××, ＿＿, 【待定】, 【】), with its comparator and unit. */
const CELL_PLACEHOLDER = new RegExp(`^(${COMPARATORS})?\\s*([XＸx×＿_]{2,}|【待定】|【\\s*】|\\[待定\\]|TBD)\\s*(${FIGURE_UNITS})?\\s*(及以上|以上|以下|以内|左右)?$`);

const TAB = 0x09;
const PIPE = 0x7c;
const WIDE_PIPE = 0xff5c;

/** A row's cells apart by full-width pipes (｜), its outer ones optional, as pipeCells reads `|`. */
function widePipeCells(text: string, start: number, end: number): Cell[] {
  return pipeCells(text, start, end, WIDE_PIPE);
}

/** The tables of a plan's lines, or null when it has none (nearly every plan). */
export function readIndicatorTables(
  lines: readonly LineNode[],
  text: string,
  end: number,
  referenceYear: number | null,
  periodFrom: number | null = null,
  quotedCells: readonly QuotedCell[] = [],
  /** The Markdown tables of `lines` (model/markdownTables.ts), where the caller has them read already (a plan's: `planMarkdownTables`). */
  markdown: readonly MarkdownTable[] = markdownTables(lines, text),
): IndicatorTables | null {
  let horizons: Set<number> | null = null;
  const years: TableYears = { reference: referenceYear, periodFrom, horizons: () => (horizons ??= horizonYears(text, end)), quoted: quotedCells };
  let found: IndicatorTables | null = null;
  let nextTab = text.indexOf("\t");
  let nextPipe = text.indexOf("|");
  let nextWidePipe = text.indexOf("｜");
  // Markdown's tables whose rows do not open on a pipe (指标 | 单位 | 2027年 over --- | --- | ---).
  let nextMarkdown = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.start >= end) break;
    // A page's edge opens no table, and a table's reader passes it as a blank line: a run of
    // thousands of running heads (a short line repeated) was walked again from each of them.
    if (line.kind !== "text" || isPageLine(line)) continue;
    if (nextTab >= 0 && nextTab < line.start) nextTab = text.indexOf("\t", line.start);
    const tabbed = nextTab >= 0 && nextTab < line.contentEnd;
    const lineEnd = textEndOf(line, text);
    // A Markdown table's row opens on a pipe, or is the header over a delimiter row: its header is read whatever its length.
    while (nextMarkdown < markdown.length && markdown[nextMarkdown]!.header < i) nextMarkdown++;
    // A web page's table copied with pipes between its cells and no delimiter row (序号 | 指标 | 单位 | 2027年目标)
    // is one too where its first cell is short enough to be a header's: the header decides (columnsOf), as a tab row's does.
    if (nextPipe >= 0 && nextPipe < line.start) nextPipe = text.indexOf("|", line.start);
    const pipeInLine = nextPipe >= 0 && nextPipe < lineEnd;
    // Not over a delimiter row Markdown's reading refused (--- | --- under three cells): a broken Markdown table is none.
    const piped = !tabbed && (text.charCodeAt(line.indentEnd) === PIPE || markdown[nextMarkdown]?.header === i || (pipeInLine && nextPipe - line.indentEnd <= MAX_HEADER_CELL && !opensDelimiterRow(lines[i + 1], text)));
    // The same table with full-width pipes (序号｜指标｜单位｜2027年目标, typed with a Chinese input method): no
    // Markdown, so no delimiter row; read as the pipes' table is, where its first cell is a header's.
    if (nextWidePipe >= 0 && nextWidePipe < line.start) nextWidePipe = text.indexOf("｜", line.start);
    const widePiped = !tabbed && !piped && nextWidePipe >= 0 && nextWidePipe < lineEnd && nextWidePipe - line.indentEnd <= MAX_HEADER_CELL;
    // A row a line with its cells apart by spaces: tried only where the line's first cell, up to
    // its first space, is a header's (one short look per line).
    const spaced = !tabbed && lineEnd - line.indentEnd > MAX_HEADER_CELL && opensSpacedHeader(text, line.indentEnd, lineEnd, years);
    if (!tabbed && !spaced && !piped && !widePiped && lineEnd - line.indentEnd > MAX_HEADER_CELL) continue;
    let read = piped ? readRowTable(lines, i, text, end, years, pipeCells) : widePiped ? readRowTable(lines, i, text, end, years, widePipeCells) : tabbed ? readRowTable(lines, i, text, end, years, tabCells) : spaced ? readRowTable(lines, i, text, end, years, spacedCells) : readCellTable(lines, i, text, end, years);
    // A short line apart by spaces (指标 单位 2025年目标) is tried as a row table where one cell a line finds none.
    if (read.rows.length === 0 && !tabbed && !spaced && !piped && !widePiped && opensSpacedHeader(text, line.indentEnd, lineEnd, years)) {
      const short = readRowTable(lines, i, text, end, years, spacedCells);
      if (short.rows.length > 0) read = short;
    }
    if (read.rows.length === 0) {
      // A run of header words with no table under it is not looked at again from each of its lines.
      i = Math.max(i, read.last);
      continue;
    }
    found ??= { lines: new Set(), rows: new Map() };
    for (const each of read.lines) found.lines.add(each);
    for (const row of read.rows) found.rows.set(row.lines[0]!, row);
    i = read.last;
  }
  return found;
}

/** Whether `line` opens as a Markdown delimiter row does (---, :---, | ---): one look at its first characters. */
function opensDelimiterRow(line: LineNode | undefined, text: string): boolean {
  if (line === undefined || line.kind !== "text") return false;
  let at = line.indentEnd;
  if (text.charCodeAt(at) === PIPE) at++;
  while (at < line.contentEnd && text.charCodeAt(at) === 0x20) at++;
  const code = text.charCodeAt(at);
  return code === 0x2d /* - */ || code === 0x3a /* : */;
}

interface TableRead {
  lines: LineNode[];
  /** None when there is no table there. */
  rows: IndicatorRow[];
  /** The index of the table's last line (of the lines looked at, when there is no table). */
  last: number;
}

const NO_TABLE = (last: number): TableRead => ({ lines: [], rows: [], last });

/** The columns a header's cells name, or null when one of them is not certain. */
function columnsOf(cells: readonly Cell[], years: TableYears): Column[] | null {
  if (cells.length < 2) return null;
  const columns: Array<Omit<Column, "kind"> & { kind: HeaderKind }> = [];
  for (const cell of cells) {
    const kind = kindOf(cell.text, years);
    if (kind === null) return null;
    const own = ownYear(years);
    columns.push({ kind: kind.kind, year: kind.year, unit: kind.unit ?? "", estimable: kind.year !== null && (own === null || kind.year <= own), done: kind.done === true, span: { start: cell.start, end: cell.end } });
  }
  const has = (kind: HeaderKind) => columns.some((column) => column.kind === kind);
  if (!has("indicator") || columns.filter((column) => column.kind === "indicator").length > 1) return null;
  // Only a header with its indicator column reads the text's goals (a line that opens on a year is none).
  yearColumns(columns, years);
  if (!has("target")) return null;
  return columns as Column[];
}

/**
 * The bare year columns the plan's dates leave open (kindOf's `year` and `own`): each figure is its
 * column's year's. A year the text sets goals for (到2025年) is a target, as is the latest of the
 * header; the earliest, where later ones follow and no column is the base already, is what they
 * start from (2022年 | 2025年: the figure reached, then the goal); any between is a step.
 * 2025年 | 2035年 under 到2025年……到2035年 is two targets. So with the plan's own year: dated 2023,
 * 2023年 | 2024年 | 2025年 starts from 2023, while 2022年基数 | 2023年 | 2025年 has 2023 a step and
 * 2023年 alone (a year's work plan) is the year's goal.
 */
function yearColumns(columns: Array<{ kind: HeaderKind; year: number | null }>, years: TableYears): void {
  let latest = -Infinity;
  let earliest = Infinity;
  let hasBase = false;
  for (const column of columns) {
    // An estimate of the plan's own year is what the figures start from, as a base is.
    if (column.kind === "base" || column.kind === "estimate") hasBase = true;
    if (column.year === null || (column.kind !== "year" && column.kind !== "own" && column.kind !== "target")) continue;
    latest = Math.max(latest, column.year);
    if (column.kind !== "target") earliest = Math.min(earliest, column.year);
  }
  if (earliest === Infinity) return;
  for (const column of columns) {
    if (column.kind !== "year" && column.kind !== "own") continue;
    const year = column.year!;
    column.kind = year === earliest && year < latest && !hasBase && !years.horizons().has(year) ? "base" : "target";
  }
}

/** The years a plan's text sets goals for: 到2025年, 到２０２５年底. */
function horizonYears(text: string, end: number): Set<number> {
  const found = new Set<number>();
  for (const match of toHalfwidthFigures(text.slice(0, end)).matchAll(TEXT_HORIZON)) found.add(Number(match[1]));
  return found;
}

const TEXT_HORIZON = /到\s*(\d{4})\s*年/g;

function kindOf(raw: string, years: TableYears): { kind: HeaderKind; year: number | null; unit?: string; done?: boolean } | null {
  // ２０２５年目标 (a table pasted from WPS) is the 2025 column: the year in full-width digits read as digits.
  const cell = toHalfwidthFigures(raw.replace(/\s+/g, ""));
  if (cell.length === 0 || cell.length > MAX_HEADER_CELL) return null;
  if (NUMBER_HEADER.test(cell)) return { kind: "number", year: null };
  if (INDICATOR_HEADER.test(cell)) return { kind: "indicator", year: null };
  if (UNIT_HEADER.test(cell)) return { kind: "unit", year: null };
  if (ATTRIBUTE_HEADER.test(cell)) return { kind: "attribute", year: null };
  // A unit column (牵头单位, 协同部门 …): the one list every table reader reads, model/unitColumns.ts.
  if (OTHER_HEADER.test(cell) || UNIT_COLUMN.test(cell)) return { kind: "other", year: null };
  if (ROW_YEAR_HEADER.test(cell)) return { kind: "rowYear", year: null };
  const year = HEADER_YEAR.exec(cell) ?? (YEAR_ONLY.test(cell) ? BARE_YEAR.exec(cell) : null);
  const written = (year ? cell.slice(0, year.index) + cell.slice(year.index + year[0].length) : cell).replace(EMPTY_BRACKETS, "");
  const value = year ? Number(year[1]) : null;
  // 2025年目标（%）: the column's unit in brackets after its words, as an indicator's name has it.
  const bracketed = BRACKETED_UNIT.exec(written);
  const unit = bracketed && UNIT_VALUE.test(bracketed[1]!) ? bracketed[1]! : "";
  const unbracketed = unit ? written.slice(0, written.length - bracketed![0].length) : written;
  // 2022年（基期）, 2025年(目标): the column's words in brackets after its year.
  const words = BRACKETED_WORDS.exec(unbracketed)?.[1] ?? unbracketed;
  if (BASE_WORDS.test(words)) return { kind: "base", year: value, unit, done: DONE_WORDS.test(words) };
  if (TARGET_WORDS.test(words)) return { kind: "target", year: value, unit };
  // 2023年（预计）: an estimate of a year not over when the plan was written (a later year's
  // 预计 says what the plan expects, which this reading does not guess at).
  if (value !== null && ESTIMATE_WORDS.test(words)) {
    const own = ownYear(years);
    return own === null || value <= own ? { kind: "estimate", year: value, unit } : null;
  }
  // A bare year: before the plan's own, what it starts from; after it, a target.
  if (words === "" && value !== null) {
    const own = ownYear(years);
    if (own === null) return { kind: "year", year: value, unit };
    return { kind: value < own ? "base" : value > own ? "target" : "own", year: value, unit };
  }
  return null;
}

/**
 * The plan's own year, by which a bare year's column is read, or null where the plan says none.
 * A period in the title (2024—2026年) not yet under way when the plan is dated: its first year is
 * a target's, the year before it the plan's own. Else the plan's own year (the period's first, an
 * undated plan's) is either a figure reached or the first to reach: the header's other columns
 * tell (yearColumns).
 */
function ownYear(years: TableYears): number | null {
  return years.periodFrom !== null && years.reference !== null && years.reference < years.periodFrom ? years.periodFrom - 1 : (years.reference ?? years.periodFrom);
}

/**
 * Whether a line's text names a column of an indicator table by its words (指标名称, 2025年目标值,
 * 指标属性): a PDF copied one cell a line repeats such a header on every page it runs over, a run
 * of short lines model/reading.ts must not take for a running head. A bare year's column (2025年)
 * needs the plan's year and is not asked about.
 */
export function isColumnName(content: string): boolean {
  const column = kindOf(content, NO_YEARS);
  // With no year known a bare year reads as `year` (undatedYears): not asked about, as said.
  return column !== null && column.kind !== "year";
}

/**
 * The header of an indicator table set with spaces (`序号  指标名称  单位  2022年  2025年`), as this
 * reading opens one: its number of columns and whether the 序号 is the first, else null. Asked by
 * the model's one scan for spaced tables (model/spacedTableRows.ts), whose rows under it that
 * write their 序号 as a list's marker (`1)`, `①`, `1.`) are the table's rows, never items of the
 * outline. Read without the plan's years: a bare year is a column all the same.
 */
export function spacedIndicatorHeader(text: string, start: number, end: number): { cells: number; numberFirst: boolean; wide: boolean } | null {
  // Asked of every short text line: the first cell, up to its first space, must name a column first.
  if (end - start > MAX_SPACED_HEADER || !opensSpacedHeader(text, start, end, NO_YEARS)) return null;
  const cells = spacedCells(text, start, end);
  const columns = columnsOf(cells, NO_YEARS);
  if (columns === null) return null;
  return { cells: columns.length, numberFirst: columns[0]!.kind === "number", wide: hasWideGap(text, cells) };
}

/** The longest line a spaced indicator table's header is: a dozen short column names and their gaps. */
const MAX_SPACED_HEADER = 120;

const NO_HORIZONS: ReadonlySet<number> = new Set();
const NO_YEARS: TableYears = { reference: null, periodFrom: null, horizons: () => NO_HORIZONS, quoted: [] };

/**
 * Whether `cells` say the header's words again: the header a PDF prints at the top of every page
 * a table runs over, which a copy leaves between the rows. It is the table's, no row, no prose.
 */
function repeatsHeader(header: readonly Cell[], cells: readonly Cell[]): boolean {
  if (cells.length !== header.length) return false;
  for (let k = 0; k < cells.length; k++) if (cells[k]!.text.replace(/\s+/g, "") !== header[k]!.text.replace(/\s+/g, "")) return false;
  return true;
}

/** A page's number or running head (model/reading.ts): a page's edge a table runs across. */
function isPageLine(line: LineNode): boolean {
  return line.kind === "text" && line.textKind === "pageNumber";
}

/** A table one cell a line, whose header starts at lines[index]. */
function readCellTable(lines: readonly LineNode[], index: number, text: string, end: number, years: TableYears): TableRead {
  // The header: the run of lines that each name a column (blank lines between cells aside).
  const header = cellRun(lines, index, text, end, Infinity, (cell) => kindOf(cell.text, years) !== null);
  let columns = columnsOf(header.cells, years);
  // A table's caption is often the words of an indicator column (主要指标 over 序号, 指标名称 …):
  // a second indicator column makes the header uncertain, read without the caption it is not.
  if (columns === null && header.cells.length > 2 && INDICATOR_HEADER.test(header.cells[0]!.text)) {
    columns = columnsOf(header.cells.slice(1), years);
    if (columns !== null) {
      header.cells.shift();
      header.lines.shift();
    }
  }
  if (columns === null) return NO_TABLE(header.last);
  const read: TableRead = { lines: header.lines, rows: [], last: header.last };
  for (;;) {
    // The next row: as many lines as the header has cells, each one cell.
    const next = cellRun(lines, read.last + 1, text, end, columns.length, () => true);
    if (next.cells.length < columns.length) break;
    if (read.rows.length > 0 && repeatsHeader(header.cells, next.cells)) {
      for (const line of next.lines) read.lines.push(line);
      read.last = next.last;
      continue;
    }
    const row = rowOf(columns, next.cells, next.lines, text, read.rows.length + 1);
    if (row === null) break;
    read.rows.push(row);
    for (const line of next.lines) read.lines.push(line);
    read.last = next.last;
  }
  // A header with no row under it is a list of words, not a table.
  return read.rows.length > 0 ? read : NO_TABLE(header.last);
}

/** Up to `most` lines of one cell each from lines[from] on, while `fits` says so; blank lines between are passed. */
function cellRun(lines: readonly LineNode[], from: number, text: string, end: number, most: number, fits: (cell: Cell) => boolean): { cells: Cell[]; lines: LineNode[]; last: number } {
  const run = { cells: [] as Cell[], lines: [] as LineNode[], last: from - 1 };
  for (let at = from; at < lines.length && lines[at]!.start < end && run.cells.length < most; at++) {
    const line = lines[at]!;
    // A page's edge inside a table (its number, its running head) is passed as a blank line is.
    if (line.kind === "blank" || isPageLine(line)) continue;
    const cell = cellOfLine(line, text);
    if (cell === null || !fits(cell)) break;
    run.cells.push(cell);
    run.lines.push(line);
    run.last = at;
  }
  return run;
}

/**
 * A table one row a line, whose header is lines[index], its cells apart by tabs (`tabCells`) or by
 * spaces (`spacedCells`: a PDF's or a web page's copy).
 */
function readRowTable(lines: readonly LineNode[], index: number, text: string, end: number, years: TableYears, cellsOf: typeof tabCells): TableRead {
  const spaced = cellsOf === spacedCells;
  // Only a row apart by tabs is Excel's copy, whose cells it may quote.
  const quoted = cellsOf === tabCells ? years.quoted : NO_QUOTED;
  const header = rowCells(lines, index, text, quoted, cellsOf);
  const columns = columnsOf(header.cells, years);
  if (columns === null) return NO_TABLE(index);
  const read: TableRead = { lines: lines.slice(index, header.last + 1), rows: [], last: header.last };
  const sections = sectionColumns(columns);
  /** The last row read, where its cells are the line's before (a wrapped cell's tail may follow it). */
  let previous: { at: number; last: number; cells: Cell[] } | null = null;
  /** Whether the table's 序号 comes right before its indicator: a number run into a name is then the two. */
  const servesJoinedSerial = columns.length > 2 && columns[0]!.kind === "number" && columns[1]!.kind === "indicator";
  /** The 序号 the next row comes to: the last row's, in digits, and one (rows after a section row count on). */
  let nextSerial = 1;
  /** The row at lines[at] under these columns, or null; undefined when it has no cells apart at all; and its last line. */
  const rowAt = (at: number): { row: IndicatorRow | null | undefined; last: number; cells: Cell[] } => {
    const read = rowCells(lines, at, text, quoted, cellsOf);
    const last = read.last;
    if (read.cells.length < 2) return { row: undefined, last, cells: read.cells };
    // A spaced row whose 序号 the paste ran into its name (`2食品抽检合格率  %  98  98.5`): the two cells it is.
    if (spaced && read.cells.length < columns.length && servesJoinedSerial) read.cells = withSerialApart(text, read.cells, nextSerial);
    // A spaced row short of cells has left some empty: placed in their columns, or read as it stands where nothing tells.
    const cells = spaced && read.cells.length < columns.length ? (spacedRowInColumns(text, header.cells, lines[index]!.start, read.cells, lines[at]!.start, columns.length) ?? read.cells) : read.cells;
    const rowLines = lines.slice(at, last + 1);
    // A row's empty last cells (备注, 属性 left blank) are lost on paste, their tabs with the
    // line's end: a row short of only such columns is read with the cells it has.
    let row = cells.length === columns.length ? rowOf(columns, cells, rowLines, text, null) : cells.length < columns.length && optionalFrom(columns, cells.length) ? rowOf(columns.slice(0, cells.length), cells, rowLines, text, null) : null;
    // A category cell merged over the rows below it (类别 | 标准供给 spanning three rows), copied
    // from a web page or WPS without the cell in the rows it spans: read with it put back empty,
    // where every cell then fits its column.
    // Its empty last cells may be lost as well (WPS: no 类别, no 备注): the columns after them optional.
    if (row === null && !spaced && cells.length < columns.length) {
      const spanned = withSpannedCells(columns, cells);
      if (spanned !== null && spanned.length === columns.length) row = rowOf(columns, spanned, rowLines, text, null);
      else if (spanned !== null && optionalFrom(columns, spanned.length)) row = rowOf(columns.slice(0, spanned.length), spanned, rowLines, text, null);
    }
    if (row === null && cells.length < columns.length) {
      const joined = overSoftReturn(at, last, cells);
      if (joined !== null) return joined;
    }
    return { row, last, cells };
  };
  /**
   * A row a soft return broke inside a cell, unquoted (Word's Shift+Enter in 指标名称:
   * `1<TAB>规模以上工业企业产品质量` over `合格率<TAB>%<TAB>94<TAB>96`, or the same set with spaces):
   * the row short of cells and the line below, the break's two pieces one cell, fill the header exactly. Only a cell of words
   * (an indicator's, a remark's) is joined: two rows each short of cells would join a unit or a
   * figure to the next row's 序号. Null where the line below does not complete the row.
   */
  const overSoftReturn = (at: number, last: number, cells: readonly Cell[]): { row: IndicatorRow; last: number; cells: Cell[] } | null => {
    const broken = cells.length - 1;
    const kind = columns[broken]!.kind;
    if ((kind !== "indicator" && kind !== "other") || cells[broken]!.text === "") return null;
    const next = lines[last + 1];
    if (next === undefined || next.kind !== "text" || next.start >= end) return null;
    const below = rowCells(lines, last + 1, text, quoted, cellsOf);
    if (cells.length + below.cells.length - 1 !== columns.length || below.cells[0]!.text === "") return null;
    const head = cells[broken]!;
    const tail = below.cells[0]!;
    const joined = [...cells.slice(0, broken), { start: head.start, end: tail.end, text: `${head.text}${tail.text}` }, ...below.cells.slice(1)];
    const row = rowOf(columns, joined, lines.slice(at, below.last + 1), text, null);
    return row === null ? null : { row, last: below.last, cells: joined };
  };
  for (let at = header.last + 1; at < lines.length && lines[at]!.start < end; at++) {
    const line = lines[at]!;
    if (line.kind === "comment") break;
    if (line.kind === "blank") {
      // Rows a blank line apart (the spacing of a PDF's or Word's paragraphs, pasted): the table
      // goes on where the line after the blank ones is one of its rows.
      let next = at + 1;
      while (next < lines.length && next - at < MAX_BLANKS_BETWEEN_ROWS && lines[next]!.kind === "blank") next++;
      const after = lines[next];
      if (after === undefined || after.start >= end || after.kind !== "text") break;
      if (!(isPageLine(after) && read.rows.length > 0)) {
        const again = rowAt(next);
        if (!again.row && !(read.rows.length > 0 && repeatsHeader(header.cells, again.cells))) break;
      }
      at = next - 1;
      continue;
    }
    // A page's edge between rows (its number, its running head), and the header the next page
    // prints again: the table goes on below them.
    if (isPageLine(line) && read.rows.length > 0) {
      let next = at + 1;
      while (next < lines.length && (lines[next]!.kind === "blank" || isPageLine(lines[next]!))) next++;
      const after = lines[next];
      if (after === undefined || after.start >= end || after.kind !== "text") break;
      const again = rowAt(next);
      if (!again.row && !repeatsHeader(header.cells, again.cells)) break;
      at = next - 1;
      continue;
    }
    // A PDF's copy of a spaced row whose cell wrapped: the cell's last words on a line of their own
    // under the row (`1  制造业产品质量合格率（含规上  %  93.5  94.5` over `工业企业）`).
    if (spaced && read.rows.length > 0 && previous !== null && previous.last === at - 1) {
      const wrapped = wrappedCellTail(text, line, columns, previous.cells, lines[previous.at]!);
      if (wrapped !== null) {
        const row = rowOf(columns, wrapped, lines.slice(previous.at, at + 1), text, null);
        if (row !== null) {
          read.rows[read.rows.length - 1] = row;
          read.lines.push(line);
          read.last = at;
          previous = null;
          continue;
        }
      }
    }
    previous = null;
    const { row, last, cells } = rowAt(at);
    // A section row (一<TAB>产业质量<TAB><TAB>, or 一、产业质量 merged into one line) over rows of the
    // table: the table's line, no row, no target, and the table goes on under it.
    if (!row && isSectionRow(cells.length === columns.length ? cells.map(cellText) : cells.length > 0 ? nonEmpty(cells) : [cellOfText(text, line).text], cells.length === columns.length ? sections : UNALIGNED)) {
      let next = last + 1;
      while (next < lines.length && next - last <= MAX_BLANKS_BETWEEN_ROWS && lines[next]!.kind === "blank") next++;
      if (next < lines.length && lines[next]!.start < end && rowAt(next).row) {
        for (let k = at; k <= last; k++) read.lines.push(lines[k]!);
        read.last = at = last;
        continue;
      }
    }
    if (row === undefined) break;
    if (row === null && read.rows.length > 0 && repeatsHeader(header.cells, cells)) {
      for (let k = at; k <= last; k++) read.lines.push(lines[k]!);
      read.last = at = last;
      continue;
    }
    // Spaces also stand between the words of prose: a spaced line that is no row ends the table.
    // A tabbed row that does not fit its columns is left to the reading of its line, and so is
    // the rule under a Markdown table's header (| --- | --- |).
    if (row === null && spaced) break;
    const first = at;
    read.last = at = last;
    if (row === null) continue;
    read.rows.push(row);
    for (const each of row.lines) read.lines.push(each);
    previous = { at: first, last, cells };
    if (servesJoinedSerial && DIGITS.test(cells[0]!.text)) nextSerial = Number(cells[0]!.text) + 1;
  }
  return read.rows.length > 0 ? read : NO_TABLE(index);
}

const DIGITS = /^[0-9]{1,4}$/;

/**
 * A spaced row's cells with its first parted into the 序号 and the name a paste ran together
 * (`2食品抽检合格率`, the gap between them lost; `3.有效注册商标量`): only the number the table's count
 * comes to is a 序号 run into words (model/joinedSerials.ts) — a name may open with a figure of its own.
 */
function withSerialApart(text: string, cells: Cell[], next: number): Cell[] {
  const joined = serialJoined(text, cells[0]!, next);
  if (joined === null) return cells;
  return [trimmedCell(text, joined.serial.start, joined.serial.end), trimmedCell(text, joined.task.start, joined.task.end), ...cells.slice(1)];
}

/** The brackets a cell's words may open and a wrapped cell's tail close. */
const OPENING_BRACKETS = new Set([0xff08, 0x28]);
const CLOSING_BRACKETS = new Set([0xff09, 0x29]);

/** How far a cell's brackets stay open at its end: above 0 where its words break off inside them. */
function bracketDepth(cell: string): number {
  let depth = 0;
  for (let i = 0; i < cell.length; i++) {
    const code = cell.charCodeAt(i);
    if (OPENING_BRACKETS.has(code)) depth++;
    else if (CLOSING_BRACKETS.has(code) && depth > 0) depth--;
  }
  return depth;
}

/** Whether a tail's brackets close more than they open: it ends words whose bracket opened above. */
function closesBracket(tail: string): boolean {
  let depth = 0;
  for (let i = 0; i < tail.length; i++) {
    const code = tail.charCodeAt(i);
    if (OPENING_BRACKETS.has(code)) depth++;
    else if (CLOSING_BRACKETS.has(code) && --depth < 0) return true;
  }
  return false;
}

/** The longest tail of a wrapped cell: a few words of a name or a remark. */
const MAX_CELL_TAIL = 24;

/**
 * The row's cells with the line below joined to the cell of words it ends, where that line is the
 * cell's tail a PDF's copy set under the row (`工业企业）` under `…合格率（含规上  %  93.5  94.5`), else
 * null. Only what tells it: one cell of words, short, no sentence's mark, that either closes the
 * bracket the cell of words above left open — the only such cell of the row — or starts in the
 * display column that cell starts in, indented to it (a fixed-width copy). A section row
 * (`二、质量基础指标`) does neither.
 */
function wrappedCellTail(text: string, line: LineNode, columns: readonly Column[], cells: readonly Cell[], rowLine: LineNode): Cell[] | null {
  if (line.kind !== "text" || line.textKind !== "plain") return null;
  const end = textEndOf(line, text);
  if (end - line.indentEnd > MAX_CELL_TAIL || cells.length !== columns.length) return null;
  const tail = trimmedCell(text, line.indentEnd, end);
  if (tail.text === "" || spacedCells(text, tail.start, tail.end).length !== 1 || TAIL_STOPS.test(tail.text)) return null;
  let cut = -1;
  if (closesBracket(tail.text)) {
    for (let k = 0; k < columns.length; k++) {
      if (!holdsWords(columns[k]!.kind) || bracketDepth(cells[k]!.text) === 0) continue;
      if (cut >= 0) return null;
      cut = k;
    }
  } else if (line.indentEnd > line.start) {
    const column = displayWidth(text, line.start, line.indentEnd);
    for (let k = 0; k < columns.length && cut < 0; k++) if (holdsWords(columns[k]!.kind) && cells[k]!.text !== "" && displayWidth(text, rowLine.start, cells[k]!.start) === column) cut = k;
  }
  if (cut < 0) return null;
  const head = cells[cut]!;
  const joined = cells.slice();
  joined[cut] = { start: head.start, end: tail.end, text: `${head.text}${tail.text}` };
  return joined;
}

/** A column whose cell is words a line may wrap: an indicator's name, a remark. */
const holdsWords = (kind: ColumnKind) => kind === "indicator" || kind === "other";

/** Marks no cell's tail holds: a sentence's, a clause's. */
const TAIL_STOPS = /[。；！？，：;!?]/;

/** The texts of a row's cells that say something: where they do not stand in their columns, their order is all a section row's reading has. */
const nonEmpty = (cells: readonly Cell[]) => cells.flatMap((cell) => (cell.text === "" ? [] : [cell.text]));
const cellText = (cell: Cell) => cell.text;

/** The columns a section row leaves empty: a unit's, a figure's, an attribute's. */
const FILLED_BY_ROWS_ONLY: ReadonlySet<ColumnKind> = new Set(["unit", "base", "estimate", "target", "attribute"]);

/**
 * What an indicator table's columns say of its section rows (model/sectionRows.ts): the numeral in
 * 序号, the heading over the row's cells merged (from 序号 on) or where an indicator or a remark
 * stands, never in a unit's or a figure's column.
 */
function sectionColumns(columns: readonly Column[]): SectionRowColumns {
  return { number: columns.findIndex((column) => column.kind === "number"), mayHead: (at) => !FILLED_BY_ROWS_ONLY.has(columns[at]!.kind) };
}

/** A line's text as one cell (a merged cell a copy pasted as one line). */
const cellOfText = (text: string, line: LineNode): Cell => trimmedCell(text, line.indentEnd, textEndOf(line, text));

// Not frozen: V8 iterates a frozen array on a slow path (ARCHITECTURE.md, "Frozen arrays").
const NO_QUOTED: readonly QuotedCell[] = [];

/**
 * The cells of the row that starts at lines[index], and the index of its last line: past it where
 * a cell Excel quoted runs the row over lines. A quoted cell is read without its quotes, each
 * doubled quote one and its line breaks none (`"制造业产品\n质量合格率"` names 制造业产品质量合格率).
 */
function rowCells(lines: readonly LineNode[], index: number, text: string, quoted: readonly QuotedCell[], cellsOf: typeof tabCells): { cells: Cell[]; last: number } {
  const line = lines[index]!;
  let rowEnd = textEndOf(line, text);
  let last = index;
  let first = -1;
  let after = quoted.length;
  if (quoted.length > 0) {
    // The quoted cells that open on the row, by a search: rows are read again after a blank line.
    first = partitionPoint(quoted.length, (k) => quoted[k]!.open < line.start);
    after = first;
    while (after < quoted.length && quoted[after]!.open < rowEnd) {
      const cell = quoted[after]!;
      // A cell over lines runs the row on to the line it closes on (which may open another).
      if (cell.lastLine > last) {
        last = cell.lastLine;
        rowEnd = Math.max(rowEnd, cell.rowEnd);
      }
      after++;
    }
  }
  const cells = cellsOf(text, line.start, rowEnd);
  for (let k = first; k >= 0 && k < after; k++) {
    const cell = quoted[k]!;
    const at = cells.findIndex((each) => each.start === cell.open && each.end === cell.close + 1);
    if (at >= 0) cells[at] = { start: cell.open + 1, end: cell.close, text: quotedCellText(text, cell).replace(CELL_BREAK, "").trim() };
  }
  return { cells, last };
}

/** A line break inside a quoted cell, with the spaces round it: the cell's layout, no word of it. */
const CELL_BREAK = /\s*\r?\n\s*/g;

/** Blank lines a table's rows may have between them (a paste's paragraph spacing is one or two). */
const MAX_BLANKS_BETWEEN_ROWS = 2;

/** Whether the columns from `from` on are ones a row may leave blank (备注, 说明, 属性): no figure, no name. */
function optionalFrom(columns: readonly Column[], from: number): boolean {
  for (let k = from; k < columns.length; k++) if (columns[k]!.kind !== "other" && columns[k]!.kind !== "attribute") return false;
  return true;
}

/**
 * A row's cells with an empty cell put back in each category column (类别, 领域, 分类 …) between
 * 序号 and the indicator, where the row is short of exactly those: a merged category cell spans the
 * rows below its first, which a copy leaves without it. Null where the row is short of fewer cells;
 * one short of more has lost its last cells too, which the caller asks of the columns.
 */
function withSpannedCells(columns: readonly Column[], cells: readonly Cell[]): Cell[] | null {
  const indicator = columns.findIndex((column) => column.kind === "indicator");
  if (indicator < 1) return null;
  let first = indicator;
  while (first > 0 && columns[first - 1]!.kind === "other") first--;
  if (first === indicator || columns.length - cells.length < indicator - first || cells.length <= first) return null;
  const at = cells[first]!.start;
  const spanned = cells.slice(0, first);
  for (let k = first; k < indicator; k++) spanned.push({ start: at, end: at, text: "" });
  for (let k = first; k < cells.length; k++) spanned.push(cells[k]!);
  return spanned;
}

/** Whether a line's first cell, up to its first space, names a column (a spaced header may start there). */
function opensSpacedHeader(text: string, start: number, end: number, years: TableYears): boolean {
  let at = start;
  const most = Math.min(end, start + MAX_HEADER_CELL + 1);
  while (at < most && !isSpace(text.charCodeAt(at))) at++;
  if (at === start || at === most || at === end) return false;
  return kindOf(text.slice(start, at), years) !== null;
}

/**
 * A spaced row's cells placed in the header's columns, its empty cells put back where a copy lost
 * them (`2  万人高价值发明专利拥有量  件    10  预期性`: no base, 10 the target's), or null where the
 * spacing does not tell. Two readings, each certain or none:
 * - aligned, as a fixed-width copy sets a table: every cell starts where a header cell does (in
 *   display columns, a Chinese character two wide), and the cells between are empty;
 * - evenly spaced, as a PDF's copy sets one: the row's cells are apart by one gap, and a gap two,
 *   three … times as wide holds one, two … empty cells.
 * A row read either way that still has fewer cells than the columns is returned as it is: its last
 * columns may be blank, which rowAt asks of the columns.
 */
function spacedRowInColumns(text: string, header: readonly Cell[], headerLine: number, cells: readonly Cell[], line: number, columns: number): Cell[] | null {
  return alignedCells(text, header, headerLine, cells, line) ?? evenlySpacedCells(text, cells, columns);
}

function alignedCells(text: string, header: readonly Cell[], headerLine: number, cells: readonly Cell[], line: number): Cell[] | null {
  const placed: Cell[] = [];
  let column = 0;
  let headerAt = headerLine;
  let headerWidth = 0;
  let rowAt = line;
  let rowWidth = 0;
  for (const cell of cells) {
    rowWidth += displayWidth(text, rowAt, cell.start);
    rowAt = cell.start;
    // The header cell that starts where this one does; the ones passed are empty.
    for (;;) {
      if (column === header.length) return null;
      headerWidth += displayWidth(text, headerAt, header[column]!.start);
      headerAt = header[column]!.start;
      if (headerWidth >= rowWidth) break;
      placed.push(emptyCell(cell.start));
      column++;
    }
    if (headerWidth !== rowWidth) return null;
    placed.push(cell);
    column++;
  }
  return placed.length > cells.length ? placed : null;
}

function evenlySpacedCells(text: string, cells: readonly Cell[], columns: number): Cell[] | null {
  let gap = Infinity;
  for (let k = 1; k < cells.length; k++) gap = Math.min(gap, displayWidth(text, cells[k - 1]!.end, cells[k]!.start));
  const placed: Cell[] = [cells[0]!];
  for (let k = 1; k < cells.length; k++) {
    const width = displayWidth(text, cells[k - 1]!.end, cells[k]!.start);
    if (width % gap !== 0) return null;
    for (let empty = width / gap - 1; empty > 0; empty--) placed.push(emptyCell(cells[k]!.start));
    placed.push(cells[k]!);
  }
  return placed.length > cells.length && placed.length <= columns ? placed : null;
}

const emptyCell = (at: number): Cell => ({ start: at, end: at, text: "" });

/**
 * The cells of a line apart by runs of spaces (ASCII, full-width or no-break), from its start.
 * Where the row sets its columns apart by wide gaps (two spaces or more, or a full-width one), a
 * single space over which the words go on is no column's edge but its cell's: a stray between two
 * Chinese characters (`制造业产品 质量合格率`, punct/han-space's to report, out of the cell's text)
 * or the space after a comma (`国家标准, 行业标准`). Between figures (`98.3 ≥98.5`) it stays an edge:
 * a copy narrows a gap between short cells to one space.
 */
function spacedCells(text: string, start: number, end: number): Cell[] {
  const words = spacedWords(text, start, end);
  if (words.length < 3 || !hasWideGap(text, words)) return words;
  const cells: Cell[] = [words[0]!];
  for (let k = 1; k < words.length; k++) {
    const word = words[k]!;
    const cell = cells[cells.length - 1]!;
    if (!joinsOverSpace(text, cell.end, word.start)) {
      cells.push(word);
      continue;
    }
    const stray = isHanCode(text.charCodeAt(cell.end - 1));
    cells[cells.length - 1] = { start: cell.start, end: word.end, text: `${cell.text}${stray ? "" : " "}${word.text}` };
  }
  return cells;
}

/** The runs of a line between its spaces, from its start. */
function spacedWords(text: string, start: number, end: number): Cell[] {
  const words: Cell[] = [];
  let at = start;
  for (;;) {
    while (at < end && isSpace(text.charCodeAt(at))) at++;
    if (at === end) return words;
    const from = at;
    while (at < end && !isSpace(text.charCodeAt(at))) at++;
    words.push({ start: from, end: at, text: text.slice(from, at) });
  }
}

/** Whether a gap between two of the words is a wide one: two spaces or more, or a full-width space. */
function hasWideGap(text: string, words: readonly Cell[]): boolean {
  for (let k = 1; k < words.length; k++) {
    const from = words[k - 1]!.end;
    const to = words[k]!.start;
    if (to - from >= 2 || text.charCodeAt(from) === 0x3000) return true;
  }
  return false;
}

/** Whether the words either side of the gap text[from, to) go on over it: one space, between two Chinese characters or after a comma. */
function joinsOverSpace(text: string, from: number, to: number): boolean {
  if (to - from !== 1 || text.charCodeAt(from) === 0x3000) return false;
  const before = text.charCodeAt(from - 1);
  return before === 0x2c || before === 0xff0c || before === 0x3001 || (isHanCode(before) && isHanCode(text.charCodeAt(to)));
}

/** The one cell of a line (a text line of one short cell, no tab), or null. */
function cellOfLine(line: LineNode, text: string): Cell | null {
  if (line.kind !== "text" || line.textKind !== "plain") return null;
  const end = textEndOf(line, text);
  for (let i = line.indentEnd; i < end; i++) if (text.charCodeAt(i) === TAB) return null;
  return trimmedCell(text, line.indentEnd, end);
}

/** The cells of a tab-separated line, from its start (an empty first cell is indentation to the grammar). */
function tabCells(text: string, start: number, end: number): Cell[] {
  const cells: Cell[] = [];
  let from = start;
  for (;;) {
    let cellEnd = from;
    while (cellEnd < end && text.charCodeAt(cellEnd) !== TAB) cellEnd++;
    cells.push(trimmedCell(text, from, cellEnd));
    if (cellEnd === end) return cells;
    from = cellEnd + 1;
  }
}

function trimmedCell(text: string, start: number, end: number): Cell {
  let a = start;
  let b = end;
  while (a < b && isSpace(text.charCodeAt(a))) a++;
  while (b > a && isSpace(text.charCodeAt(b - 1))) b--;
  return { start: a, end: b, text: text.slice(a, b) };
}

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x3000 || code === 0xa0 || code === TAB;
}

/**
 * The row the cells make under the columns, or null when a cell does not fit its column.
 * `number` is the 序号 the row must have (one cell a line), or null (a tab row stands alone).
 */
function rowOf(columns: readonly Column[], cells: readonly Cell[], lines: LineNode[], text: string, number: number | null): IndicatorRow | null {
  let indicator: Cell | null = null;
  let unit = "";
  let base: IndicatorRow["base"] = null;
  /** An estimate of the year not over (2023年（预计）, a cell 预计93): the base where no column gives one. */
  let estimate: IndicatorRow["base"] = null;
  let binding = false;
  let serial: Span | null = null;
  /** The year a 年份 column gives the row (2025年), for the targets whose column says none. */
  let rowYear: number | null = null;
  const targets: IndicatorRow["targets"] = [];
  for (let k = 0; k < columns.length; k++) {
    const column = columns[k]!;
    const cell = cells[k]!;
    const nothing = cell.text === "" || NOTHING.test(cell.text);
    switch (column.kind) {
      case "number":
        if (number !== null ? cell.text !== String(number) && toHalfwidthFigures(cell.text) !== String(number) : !/^[0-9０-９]*$/.test(cell.text) && !isRowMarker(cell.text)) return null;
        if (number === null && !/^[0-9０-９]*$/.test(cell.text)) serial = { start: cell.start, end: cell.end };
        break;
      case "indicator":
        if (!/[\u4e00-\u9fff]/.test(cell.text) || cell.text.length > 40 || UNIT_VALUE.test(cell.text)) return null;
        indicator = cell;
        break;
      case "unit":
        if (!nothing && !UNIT_VALUE.test(cell.text)) return null;
        if (!nothing) unit = cell.text;
        break;
      case "base":
      case "estimate": {
        if (nothing) break;
        const marked = column.estimable ? estimatedOf(cell, text) : null;
        const figure = figureOf(marked ?? cell, text);
        if (figure === null) return null;
        // A base left for later (XX, ××): the row has no starting point yet, and its target is still
        // the plan's (text/placeholder reports the cell); dropping the row lost the target's name.
        if (figure.placeholder) break;
        if (column.kind === "base" && marked === null) base = { figure, year: column.year, done: column.done };
        else estimate ??= { figure, year: column.year };
        if (!unit) unit = column.unit;
        break;
      }
      case "target": {
        if (nothing) break;
        const marked = column.estimable ? estimatedOf(cell, text) : null;
        if (marked !== null) {
          // 预计93 in the plan's own year: the figure the year is expected to close on, no step to reach.
          const figure = figureOf(marked, text);
          if (figure === null) return null;
          if (figure.placeholder) break;
          estimate ??= { figure, year: column.year };
          if (!unit) unit = column.unit;
          break;
        }
        const figure = figureOf(cell, text);
        // Words where a figure would be (稳步提升): a direction, if the extraction reads one; no digit in them.
        if (figure === null && /[0-9０-９]/.test(cell.text)) return null;
        targets.push({ cell, figure, year: column.year, header: column.span });
        if (!unit) unit = column.unit;
        break;
      }
      case "attribute":
        if (!nothing && !ATTRIBUTE_VALUE.test(cell.text)) return null;
        if (!nothing && cell.text.startsWith("约束")) binding = true;
        break;
      case "rowYear": {
        if (nothing) break;
        const year = ROW_YEAR_CELL.exec(toHalfwidthFigures(cell.text));
        if (year === null) return null;
        rowYear = Number(year[1]);
        break;
      }
      case "other":
        if (cell.text.length > 60) return null;
        break;
    }
  }
  if (indicator === null) return null;
  if (rowYear !== null) for (const target of targets) target.year ??= rowYear;
  const start = base ?? estimate;
  // 制造业产品质量合格率（%）: the unit in the name.
  const named = BRACKETED_UNIT.exec(indicator.text);
  if (named && UNIT_VALUE.test(named[1]!)) {
    if (!unit) unit = named[1]!;
    const cut = indicator.text.length - named[0].length;
    // A quoted cell's text is not its source's (model/quotedCells.ts): the brackets end both.
    indicator = indicator.text === text.slice(indicator.start, indicator.end) ? trimmedCell(text, indicator.start, indicator.start + cut) : { start: indicator.start, end: indicator.end - named[0].length, text: indicator.text.slice(0, cut).trimEnd() };
  }
  // ％ (full width) is the unit %, as a figure's own ％ is (reports, comparisons and sorting see one unit).
  return { lines, indicator, unit: unit === "％" ? "%" : unit, base: start, estimate, targets, binding, serial };
}

/**
 * A row's 序号 written as a list's marker (`1)`, `1.`, `（1）`, `①`: a table re-set from a list, or
 * numbered as Word's list numbering left it), as model/rowNumbers.ts reads a 分工表's. Not a bare
 * Chinese numeral (`一`, `一、`, `（一）`): that is a section's over its rows (model/sectionRows.ts).
 */
function isRowMarker(written: string): boolean {
  return isRowNumber(written) && !CHINESE_SERIAL.test(written);
}

const CHINESE_SERIAL = /^[（(]?[一二三四五六七八九十]/;

/** Brackets around a figure, which five-year plans' tables use for a total over the period. */
const TOTAL_BRACKETS = /^[［\[〔【]\s*(.+?)\s*[］\]〕】]$/;
/** 累计 before a figure (累计30, 累计新增5, 累计达到20个): the total over the period, said in words. */
const TOTAL_WORD = /^累计(?:新增|达到)?\s*(\S.*)$/;

/**
 * What the period or each year adds, before a figure (新增2—3个, 年均新增10项, 每年新增20): the
 * cell's comparator, a count of new things (tableRows.ts), never a level to hold to the base.
 */
const INCREMENT_WORD = /^((?:年均|每年)?新增)\s*(\S.*)$/;
/**
 * How often before a figure that is no change (每年≥2000, 年均2000以上): the cell's comparator, a
 * figure of each year (increments.ts saysEachYear), beside a base of what the base year did.
 */
const FREQUENCY_WORD = /^(每年|年均)\s*(?!增长|增加|提高|提升|下降|降低|减少)(\S.*)$/;
/**
 * The span noted in brackets after a figure (300（累计）, ≥2000（每年）, 5（新增）): read as written
 * before it (累计300, 每年≥2000, 新增5) — a drafter's other order, never a figure of its own.
 */
const SPAN_NOTE = /^(.*?\S)\s*[（(]\s*((?:年均|每年)?新增|累计|每年|年均)\s*[）)]$/;
/** A cell's words with a span noted after its figure put before it (300（累计） → 累计300), as tableRows.ts reads them. */
export function spanFirst(cell: string): string {
  const noted = SPAN_NOTE.exec(cell);
  return noted === null ? cell : `${noted[2]}${noted[1]}`;
}

/** A cell's figure marked as estimated: 预计93, 预计完成93, 93（预计）, 93(预计值). */
const ESTIMATED_CELL = /^(?:预计|预估)(?:完成|实现|达到)?(?:值|数)?\s*[:：]?\s*(\S.*)$|^(.*\S)\s*[（(]\s*(?:预计|预估)(?:完成|实现|达到)?(?:值|数)?\s*[）)]$/;

/** The figure's part of a cell marked as estimated (ESTIMATED_CELL), or null where no mark is. */
function estimatedOf(cell: Cell, text: string): Cell | null {
  const code = cell.text.charCodeAt(0);
  const last = cell.text.charCodeAt(cell.text.length - 1);
  // Most cells are figures: only one that starts with 预/ends with a bracket is looked at.
  if (code !== 0x9884 /* 预 */ && last !== 0xff09 /* ） */ && last !== 0x29 /* ) */) return null;
  const match = ESTIMATED_CELL.exec(cell.text);
  if (match === null) return null;
  const inner = match[1] ?? match[2]!;
  const at = match[1] !== undefined ? cell.text.length - inner.length : 0;
  // A quoted cell's text is not its source's (model/quotedCells.ts): its span stays the cell's.
  if (cell.text !== text.slice(cell.start, cell.end)) return { start: cell.start, end: cell.end, text: inner };
  return { start: cell.start + at, end: cell.start + at + inner.length, text: inner };
}

/**
 * A cell's figure after 确保 (确保98.5以上, 确保≥98): the commitment a table's figure is already —
 * the word adds nothing to it, no comparator, as the text's 确保…达到 is read through. (力争 is
 * not read so: a figure striven for is no commitment, and a cell has no mark for it.)
 */
const COMMITTED_CELL = /^确保\s*/;

/** The figure a cell writes, or null. */
export function figureOf(cell: Cell, text: string): CellFigure | null {
  // Only a cell that opens on 确 is looked at.
  if (cell.text.charCodeAt(0) === 0x786e /* 确 */) {
    const committed = COMMITTED_CELL.exec(cell.text);
    if (committed !== null && committed[0].length < cell.text.length) {
      const rest = cell.text.slice(committed[0].length);
      // A quoted cell's text is not its source's (model/quotedCells.ts): its span stays the cell's.
      return figureOf(cell.text !== text.slice(cell.start, cell.end) ? { start: cell.start, end: cell.end, text: rest } : trimmedCell(text, cell.start + committed[0].length, cell.end), text);
    }
  }
  const noted = SPAN_NOTE.exec(cell.text);
  if (noted) {
    const figure = figureOf(trimmedCell(text, cell.start, cell.start + noted[1]!.length), text);
    if (figure === null || figure.placeholder) return null;
    return noted[2] === "累计" ? { ...figure, cumulative: true } : { ...figure, comparator: noted[2]! + figure.comparator };
  }
  const total = TOTAL_BRACKETS.exec(cell.text) ?? TOTAL_WORD.exec(cell.text);
  if (total) {
    const inner = trimmedCell(text, cell.start + cell.text.indexOf(total[1]!), cell.start + cell.text.indexOf(total[1]!) + total[1]!.length);
    const figure = figureOf(inner, text);
    return figure && !figure.placeholder ? { ...figure, cumulative: true } : null;
  }
  const added = INCREMENT_WORD.exec(cell.text);
  if (added) {
    const at = cell.start + added[1]!.length + cell.text.slice(added[1]!.length).indexOf(added[2]!);
    const figure = figureOf(trimmedCell(text, at, at + added[2]!.length), text);
    return figure && !figure.placeholder ? { ...figure, comparator: added[1]! + figure.comparator } : null;
  }
  const often = FREQUENCY_WORD.exec(cell.text);
  if (often) {
    const at = cell.start + often[1]!.length + cell.text.slice(often[1]!.length).indexOf(often[2]!);
    const figure = figureOf(trimmedCell(text, at, at + often[2]!.length), text);
    return figure && !figure.placeholder ? { ...figure, comparator: often[1]! + figure.comparator } : null;
  }
  const written = toHalfwidthFigures(cell.text);
  const figure = CELL_FIGURE.exec(written);
  if (figure) {
    const [, comparator = "", value, upper, unit = "", qualifier = ""] = figure as unknown as [string, string | undefined, string, string | undefined, string | undefined, string | undefined];
    const valueStart = cell.start + written.indexOf(value, comparator.length);
    return {
      comparator,
      value: Number(value),
      valueText: text.slice(valueStart, valueStart + value.length),
      valueSpan: { start: valueStart, end: valueStart + value.length },
      upper: upper === undefined ? null : Number(upper),
      unit: unit === "％" ? "%" : unit,
      qualifier,
      placeholder: false,
      cumulative: false,
    };
  }
  const placeholder = CELL_PLACEHOLDER.exec(written);
  if (placeholder) {
    const [, comparator = "", mark, unit = "", qualifier = ""] = placeholder as unknown as [string, string | undefined, string, string | undefined, string | undefined];
    const valueStart = cell.start + written.indexOf(mark, comparator.length);
    return {
      comparator,
      value: null,
      valueText: mark,
      valueSpan: { start: valueStart, end: valueStart + mark.length },
      upper: null,
      unit: unit === "％" ? "%" : unit,
      qualifier,
      placeholder: true,
      cumulative: false,
    };
  }
  return null;
}
