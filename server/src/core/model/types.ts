import type {
  AnnotationNode,
  CitationNode,
  DeadlineNode,
  DirectiveNode,
  DocNumberNode,
  ItemLineNode,
  LineNode,
  MarkerNode,
  PlaceholderNode,
  Span,
  SyntaxDocument,
  TargetNode,
  TextLineNode,
  UnitNameNode,
} from "../syntax/cst.js";

import type { UnitRegistry } from "../units/registry.js";

export type { Span };

/** GB/T 9704 levels 1–4; 5 is a `——` list entry, which nests like a level below all others. */
export type ItemLevel = 1 | 2 | 3 | 4 | 5;

/**
 * How a marker is written. `canonical` is the GB/T 9704 form of its level (一、 （一） 1. （1） ——);
 * the others are the variants the markup accepts and the checker reports.
 */
export type MarkerStyle =
  | "canonical"
  | "asciiParens" // (一) (1)
  | "mixedParens" // （一) (一）
  | "asciiDot" // 一. 1 is canonical for level 3
  | "fullwidthDot" // 一． 1．
  | "asciiComma" // 一,
  | "fullwidthComma" // 一，
  | "ideographicComma" // 1、
  | "doubleHyphen" // --
  | "singleDash" // —
  | "missingNumeral" // 、总体要求: the level-1 numeral was lost (model/reading.ts)
  | "otherLevel" // (4) where （四） is due: another level's form (model/misreadMarkers.ts)
  | "mistyped"; // （西） where （四） is due: the numeral mistyped (model/misreadMarkers.ts)

export interface DoubledMark extends Span {
  /** The whole marker again (`（一）（一）`), not only its punctuation (`（一）、`). */
  repeat: boolean;
  /**
   * The repeat's numeral where the line is a task only while the repeat says the marker's
   * number (`1.1.`, which the model reads as `1.` and its repeat; `1.2.` is a section number):
   * a renumbering writes it too (numbering/edits.ts). Null otherwise.
   */
  numeral: Span | null;
}

export interface NumberMarker extends Span {
  level: ItemLevel;
  /**
   * The marker as a reader sees it: a format character pasted inside it (`一<U+200B>、`) is left
   * out, so the outline, hovers and messages name `一、`; the span stays the source's, and
   * text/invisible-char reports the character.
   */
  text: string;
  /** Numeric value (一 = 1, 十二 = 12); null for list entries. */
  value: number | null;
  numeral: string;
  /** Where the numeral starts in the source (a format character may stand before it: `（<U+200B>一）`). */
  numeralStart: number;
  style: MarkerStyle;
  /** The marker written in the canonical form of its level, with the same value. */
  canonicalText: string;
  /** False only for a lost or mistyped numeral whose inferred value the sequence does not settle. */
  valueCertain: boolean;
  /** The level whose form the marker is written in: `level` except for style `otherLevel`. */
  writtenLevel: ItemLevel;
  /**
   * Punctuation doubled right after the marker (the `、` of `（一）、`, the `.` of `1、.`), or the
   * whole marker written again (`一、一、`, `1.1.`: `repeat`, model/markers.ts).
   */
  doubled: DoubledMark | null;
}

export interface Heading extends Span {
  text: string;
}

export interface UnitName extends Span {
  text: string;
}

export interface ClauseSegment {
  /** 责任单位, 牵头单位, …; "" in the provincial form. */
  label: string;
  labelSpan: Span | null;
  colon: string;
  /** The separator between two units is the text between them (units/separators.ts `separatorAfter`). */
  units: UnitName[];
  /** A trailing 等 ("and others"), when present. */
  etc: Span | null;
  /**
   * What the clause says these units do: `lead` (牵头单位：…, X牵头, X（牵头）), `support` (配合单位：…,
   * Y配合, 参与, and the names beside a unit marked 牵头 under the same label with no role of their
   * own: 市工信局 of 市发展改革委（牵头）、市工信局, markedLead.ts), or `responsible` when it says no
   * more than that they are responsible (责任单位：…, …按职责分工负责, …负责). Never inferred from
   * the order of the names.
   */
  role: UnitRole;
  /**
   * The mark a group writes where its names would be to say there are none (配合单位：无, —, 暂无:
   * model/noneCells.ts), or null. Such a group names no unit, yet its label is written: its span,
   * colon and the separator before it are checked as any label's, and it is no blank to fill.
   */
  none: Span | null;
}

export type UnitRole = "lead" | "support" | "responsible";

/** Who carries out an item: 〔责任单位：…〕, （…按职责分工负责）, … */
export interface ResponsibilityClause extends Span {
  form: "labeled" | "provincial";
  open: string;
  close: string;
  segments: ClauseSegment[];
  /** All unit names of all segments, in document order. */
  units: UnitName[];
  /**
   * The item whose text holds the clause (where it is written). Which tasks it assigns is
   * units/sharedClause.ts `tasksOfClause`: a clause on its own paragraph after a group of tasks
   * is held by the last of them but assigns them all.
   */
  item: NumberedItem | null;
  /** The row of a responsibility table (任务分工表) the clause was read from; null for a clause in the text. */
  tableRow: TableRow | null;
}

/**
 * A row of a responsibility table pasted as text (cells apart by tabs: 序号, 重点任务, 牵头单位,
 * 配合单位 …), usually an attachment's. Its unit cells are the clause's segments, labelled by
 * their column's header.
 */
export interface TableRow extends Span {
  /** The 序号 cell, or the row's ordinal in its table when it has no such column. */
  number: string;
  /** The task cell (重点任务, 主要任务, 工作任务 …), or "". */
  task: string;
  table: ResponsibilityTable;
  /**
   * The section rows the row stands under, outermost first, as written (一、增强质量发展创新动能; a
   * numeral and a heading in two cells apart by a space: 一 增强质量发展创新动能); a bracketed
   * numeral's section ((一) 产品质量) under the last of the others (二、提升产品质量). Empty where the
   * table has none over the row.
   */
  sections: readonly string[];
  /**
   * The row above whose unit cells this row reads as its own, where a cell merged over rows
   * (one department leading a run of tasks) stands on that row only and this one's unit cells
   * are empty or missing (model/mergedUnitRows.ts); null for a row that writes its units.
   */
  unitsFrom: TableRow | null;
  /**
   * The columns a merged unit cell took from the row as pasted (the row one cell short:
   * model/mergedUnitRows.ts), one run; empty for a row with all its cells. The export puts its
   * empty cells there, not at the row's end.
   */
  missingColumns: readonly number[];
  /**
   * The columns the row as pasted had no cell for, where the model put its cells back (a merged
   * cell written on the row above only, shifting the row's cells left; the empty last cells whose
   * tabs an editor trimmed): `missingColumns` and any other. Empty for a row with the header's
   * cells. The export writes the row's cells in the columns the model reads them in.
   */
  gapColumns: readonly number[];
  /**
   * The table's columns whose cell the row reads through a merged cell above: its unit cells
   * (`unitsFrom`) and its 重点任务 (`task` the row above's), empty or missing as pasted, one cell
   * over rows on the page. The export writes them merged.
   */
  mergedColumns: readonly number[];
}

/**
 * A responsibility table (任务分工表) pasted as text: a header row whose cells are apart by tabs
 * and name at least one unit column (牵头单位, 配合单位, 责任单位 …), then its rows (model/tables.ts).
 */
export interface ResponsibilityTable extends Span {
  /** The header's cells, as written (spaces trimmed). */
  columns: string[];
  /** The attachment the table is in, or null for a table in the plan's own text. */
  attachment: Attachment | null;
  /** Rows read into clauses. */
  rows: number;
  /** Rows whose cells do not line up with the header (merged or split cells): not read. */
  unread: Span[];
  /**
   * The 序号 cells of the rows that line up with the header, in order (numbering/table-serial);
   * empty where the table has no such column or numbers its rows by reading them (cell-line tables).
   */
  serials: TableSerial[];
  /**
   * Rows whose units a cell merged over rows gives them (TableRow `unitsFrom`), each as a clause
   * whose segments are the writing row's: what the unit matrix and the unit reports read
   * (units/tableRowClauses.ts). Never in `PlanDocument.clauses`, so that the rules that judge a
   * name judge it once, in the cell that writes it.
   */
  merged: ResponsibilityClause[];
  /**
   * Rows that line up with the header, write their 序号 or task, and leave every unit cell empty
   * with no merged cell above to read them through (model/mergedUnitRows.ts): no clause, but a
   * task nobody is given, which the unit report lists and units/blank reports.
   */
  blank: BlankTableRow[];
  /**
   * The section rows the table read through (一、增强质量发展创新动能, a cell merged across the
   * row): each line's span from its indentation's end, in order. The table waits under each for a
   * row that lines up with its header again; one after its last row heads no rows of it. The
   * export prints those between its rows as rows across the table.
   */
  sectionRows: Span[];
}

/** A 分工表 row whose unit cells are all empty (ResponsibilityTable `blank`): where it is, its 序号 and task as written. */
export interface BlankTableRow extends Span {
  number: string;
  task: string;
}

/** A row's 序号 cell as written, and whether a section row (一、增强质量发展创新动能) came between it and the row before. */
export interface TableSerial extends Span {
  text: string;
  afterSection: boolean;
}

/** A quantified goal: the CST's target with its value's span, its horizon and its item. */
export interface Target
  extends Span,
    Pick<TargetNode, "indicator" | "comparator" | "value" | "valueText" | "blank" | "placeholder" | "unit" | "qualifier"> {
  valueSpan: Span;
  /** The year of the nearest preceding `到2025年` in scope, or null. */
  horizon: number | null;
  item: NumberedItem | null;
}

export interface NumberedItem extends Span {
  kind: "item" | "list";
  level: ItemLevel;
  marker: NumberMarker;
  heading: Heading;
  /** True when the item line is a heading and nothing else (`（一）指导思想`). */
  headingOnly: boolean;
  line: ItemLineNode;
  /** Paragraph lines after the item line and before the next item (blank lines excluded). */
  bodyLines: readonly TextLineNode[];
  parent: NumberedItem | null;
  children: readonly NumberedItem[];
  /** The attachment whose outline the item belongs to; null for the plan's own items. */
  attachment: Attachment | null;
  /** The part (第一章, 第二部分 …) the item is under, or null in a plan without parts. */
  part: PlanPart | null;
  /**
   * The 专栏 box whose list the item is in (model/boxes.ts), or null. A box's items number on
   * their own and are never tasks; their parent is the box's host, whose `children` they are not.
   */
  box: Box | null;
  /** The boxes set under this item (their host), in document order. */
  boxes: readonly Box[];
  /** The clauses written in the item's text; the clauses that assign it are units/sharedClause.ts `clausesOfTask`. */
  clauses: readonly ResponsibilityClause[];
  targets: readonly Target[];
  citations: readonly CitationNode[];
  annotations: readonly AnnotationNode[];
  deadlines: readonly DeadlineNode[];
}

/**
 * An attachment after the plan (`附件1`, its title, its own `一、…`): an outline and a numbering
 * scope of its own, so its items are not counted with the plan's.
 */
export interface Attachment extends Span {
  /**
   * `附件1`, `附件`, or a 附表's over a 分工表 after the text (`附表1`, model/tableLabel.ts: numbered in
   * the 附表's series, references/attachments.ts `seriesOf`); null for a 分工表 pasted after the text with no label over it (a web page's
   * copy loses the label's line): its header (序号 | 重点任务 | 责任单位, model/unitTableHeader.ts),
   * or the table's own title line right above it, opens the attachment. Readers name it by
   * model/attachments.ts `attachmentName`; structure/attachment-label reports the missing label.
   */
  label: Heading | null;
  /** The attachment's title: the first heading-like line after the label (for an unlabelled table, the title line over its header), if any. */
  title: Heading | null;
  /** Top-level items of the attachment's outline. */
  items: NumberedItem[];
}

/**
 * A part above the official levels (`第一章 总体要求`, `第二部分 重点任务`, `第一节`), as 规划 and
 * some 方案 divide themselves: a heading line, not a numbered item; the 一、 … under it may count
 * from 一 again in each part (numbering/runs.ts).
 */
export interface PlanPart extends Span {
  /** The heading line as written (`第一章 总体要求`). */
  heading: Heading;
  /** `第一章`: the part's own marker. */
  marker: string;
  /** The part's number (第三章 → 3). */
  value: number;
  /** What the part is called (章, 部分, 篇, 编, 节). */
  word: string;
  /** The heading after the marker (`总体要求`), "" when there is none. */
  title: string;
  /** Top-level items under the part. */
  items: NumberedItem[];
  /** The part this one divides (第二章 for its 第一节: a 章 holds 节, a 篇 or 部分 章), or null. */
  within: PlanPart | null;
}

/**
 * A 专栏 box (`专栏1  产业质量提升重点项目`, `【专栏3】…`): a panel a plan sets in its text to list
 * projects, targets or cases beside its tasks. Pasted as text, its lines stand between the
 * tasks; its numbered lines are its own list — a numbering scope of their own, not tasks — and
 * where it ends is read from the numbering around it (model/boxes.ts).
 */
export interface Box extends Span {
  /** `专栏1`, `专栏一`, `专栏 1-2`. */
  label: Heading;
  /** The box's title (`产业质量提升重点项目`), on the label's line or the line under it; null if none. */
  title: Heading | null;
  /** The line of the label, and the title's own line where the title is under it. */
  lines: TextLineNode[];
  /**
   * The item the box is set under: the innermost item open where the box starts whose level is
   * above its list's (a box of `1.` projects after task `2.` stands under the （一） of both); a
   * box at the end of a group (after its last task) is the group's unless it says more of that
   * task (model/outline.ts `closesGroup`); null for a box before any item.
   */
  host: NumberedItem | null;
  /** The top-level items of the box's own list. */
  items: NumberedItem[];
  /** Text lines of the box before its first item (a box of prose, or the list's lead-in). */
  bodyLines: readonly TextLineNode[];
  attachment: Attachment | null;
}

export interface FrontMatterEntry {
  key: string;
  /** The canonical (Chinese) key, or null when the key is not one the markup defines. */
  canonicalKey: FrontMatterKey | null;
  value: string;
  keySpan: Span;
  valueSpan: Span;
}

export type FrontMatterKey = "标题" | "发文机关" | "文号" | "成文日期" | "层级" | "上位文件" | "编号方式" | "状态" | "抄送" | "印发机关" | "印发日期";

export interface FrontMatter extends Span {
  entries: FrontMatterEntry[];
}

export type NumberingPolicy = "auto" | "continuous" | "restart";

export interface PlanMetadata {
  title: string | null;
  issuer: string | null;
  docNumber: string | null;
  /** ISO date (YYYY-MM-DD) when it could be read. */
  date: string | null;
  level: string | null;
  parents: string[];
  numbering: NumberingPolicy;
  status: string | null;
}

/** A run of whole lines: the part before the plan, the title, the trailing debris. */
export interface LineBlock extends Span {
  lines: LineNode[];
}

/** A value read from a web page's metadata table (`成文日期：2023年05月06日`); the span is the value's. */
export interface PageMetadataValue extends Span {
  label: string;
  value: string;
}

/**
 * Web-page furniture before the plan (metadata table, breadcrumb, print and share bars, file
 * name): the lines, which need not be adjacent (the page's heading may stand between them),
 * spanning from the first to the last, and the values of the table's rows the model keeps.
 */
/** Where a line of leading debris came from: a web page, a forwarded mail, an OA system's 办文单. */
export type DebrisSource = "web" | "mail" | "office" | "gazette";

export interface LeadingDebris extends Span {
  /** Text lines, and a mail's separator, which opens with a —— list entry's dashes. */
  lines: Array<TextLineNode | ItemLineNode>;
  /** What left the lines, in the order first met. */
  sources: DebrisSource[];
  metadata: Partial<Record<"date" | "issuer" | "docNumber" | "published", PageMetadataValue>>;
  /**
   * The rows whose values the plan's metadata takes because neither front matter nor the text
   * states them: deleting the debris must carry these over (into front matter), not lose them.
   */
  relied: ReadonlyArray<"date" | "issuer" | "docNumber">;
}

/** One line of a table of contents (model/contents.ts): a heading as the contents list it, and its page. */
export interface TableOfContentsEntry {
  line: TextLineNode;
  /** The heading as written before the leader, its marker included (`一、总体要求`). */
  heading: string;
  headingStart: number;
  /** Null in a web page's contents, which list the headings without pages. */
  page: number | null;
}

/**
 * A table of contents pasted from Word before the plan (model/contents.ts): its `目录` line, if
 * written, and its entries, read as text and set apart — no outline, title or preamble of the plan.
 */
export interface TableOfContents extends Span {
  heading: TextLineNode | null;
  entries: TableOfContentsEntry[];
  /** The heading line, if any, and the entries' lines, in document order (with `copies`). */
  lines: TextLineNode[];
  /** An entry's line pasted twice right under it (model/contents.ts): a line of the contents, reported and deleted as a repeated paste. */
  copies: RepeatedPaste[];
}

/** What a Word review balloon pasted as a line records (model/reviewMarkup.ts). */
export type ReviewBalloonKind = "comment" | "revision" | "format";

/** A review balloon pasted as a line of its own: no plan text, wherever it stands. */
export interface ReviewBalloon extends Span {
  line: TextLineNode;
  kind: ReviewBalloonKind;
}

/**
 * A block of the plan pasted a second time right after itself (model/repeatedPaste.ts): `lines`,
 * the copy, blank lines between its lines included; `of`, the block it repeats. The copy is no
 * item's and its clauses are no clauses: the plan is read as if it were not there.
 */
export interface RepeatedPaste extends Span {
  lines: LineNode[];
  of: Span;
}

/**
 * A title written twice before the plan (model/repeatedTitle.ts): `lines`, the first copy (a
 * web page's heading), set apart like page furniture; `of`, the document's own title it repeats,
 * which is read and exported. `exact`: the two differ at most in spaces, so deleting the first
 * loses nothing; otherwise they differ in the forms of their marks (（ and (, 〈 and <).
 */
export interface RepeatedTitle extends Span {
  lines: TextLineNode[];
  of: TextLineNode[];
  exact: boolean;
}

/**
 * The plan's title: its name line(s) and a period line under them (`（2023—2025年）`), whose
 * text is joined; the span runs on over a draft mark under the title (`（征求意见稿）`), which is
 * the document's status (metadata.status), not part of its name.
 */
export interface PlanTitle extends Heading {
  /** The lines of the name and its period, in order. */
  lines: LineNode[];
  draftMark: TextLineNode | null;
  /**
   * A web page's bar at the end of the title's line (`【字体：大 中 小】 【打印】 【关闭】`, the
   * spaces before it included): page furniture, no word of the title (structure/leading-debris).
   */
  furniture: Span | null;
  /**
   * A page's metadata label before the title on its first line (`标    题：`, the spaces after it
   * included), where that row is the only title the text writes (model/titleLabel.ts): the
   * table's, no word of the title (structure/leading-debris).
   */
  label: Span | null;
}

/**
 * A plan copied out of a PDF with the PDF's line breaks (model/hardWrap.ts): its paragraphs are
 * cut into lines of one measure. `lines` are the lines that fill the measure and go on on the
 * next line, in document order.
 */
/**
 * A table cell in double quotes, as Excel copies one that holds a line break (it runs over lines)
 * or a quote of its own (doubled inside): model/quotedCells.ts.
 */
export interface QuotedCell {
  /** The opening and closing quotes' offsets. */
  open: number;
  close: number;
  /** The indexes (in the model's lines) of the line the cell opens on and of the one it closes on. */
  firstLine: number;
  lastLine: number;
  /** The end of the closing line's content: where the row goes on to, unless another cell opens there. */
  rowEnd: number;
  /** The first quote of each doubled pair inside (`""`, one quote of the cell's text), in order; most cells have none. */
  doubled: number[];
}

export interface HardWrap {
  /** The page's measure in columns (a Chinese character is two). */
  measure: number;
  /**
   * How much narrower than the measure (columns) one of this document's lines may be and still
   * fill it: a few columns, or one where nearly every wrapped line stops at the measure itself
   * (model/hardWrap.ts `fullLineTolerance`).
   */
  shortBy: number;
  lines: LineNode[];
}

export interface Comment extends Span {
  directive: DirectiveNode | null;
}

/** One 抄送 (or 主送) line of a 版记, with the lines a copy broke it across. */
export interface ImprintRecipients {
  /** 抄送, 主送 (or the older 抄报, 分送), as written. */
  label: string;
  /** The names after the colon, the broken lines joined, as written (its closing 。 included). */
  names: string;
  lines: TextLineNode[];
}

/**
 * The 落款 closing a plan issued as a document of its own (model/signature.ts): the issuers'
 * names on lines of their own, if any, and the 成文日期 line under them.
 */
export interface ClosingSignature extends LineBlock {
  names: TextLineNode[];
  dateLine: TextLineNode;
  /** The names, apart by 、; null for a date without names. */
  issuer: string | null;
  /** ISO date when it could be read, else the line as written. */
  date: string;
  /** The 附注 after the date (（此件公开发布）, GB/T 9704 §7.3.6): the document's, no item's body. */
  notes: TextLineNode[];
}

/** 版记 (GB/T 9704 §7.4): who else receives the document, who printed it and when. */
export interface Imprint extends LineBlock {
  recipients: ImprintRecipients[];
  /** 印发机关, null when the text leaves it out. */
  printer: string | null;
  /** 印发日期 as written, without 印发 (2024年4月22日); null when the text leaves it out. */
  printed: string | null;
  /** The line stating 印发机关 and 印发日期 (the first, when they are on two). */
  printerLine: TextLineNode | null;
}

/** A line with markers inside it that start items: a paste lost the line breaks before them. */
export interface RunInLine {
  line: LineNode;
  /** The markers inside the line that start items, in order. */
  markers: readonly MarkerNode[];
}

export interface PlanDocument {
  text: string;
  /**
   * The registry the model read the clauses' names with: the configuration's (its entries and
   * registry files with the built-in list), which tells two names a list joins with 和 from one
   * (units/conjoinedNames.ts). The plan's own level is the rules' (units/documentLevel.ts).
   */
  registry: UnitRegistry;
  syntax: SyntaxDocument;
  /**
   * The lines as the model reads them: the syntax tree's lines, except where the neighbours
   * tell more than one line can (model/reading.ts): `、总体要求` read as a level-1 item, the
   * entries of an attachment list read as text. Rules that look at lines use these.
   */
  lines: LineNode[];
  /**
   * Lines a paste ran tasks together on (`……〔责任单位：市工信局〕（二）加强标准建设。`), as the
   * grammar gave them, with the markers inside that start items: the model reads each stretch
   * from such a marker as the line it begins (model/runInItems.ts); structure/flattened reports
   * them. Empty in most plans.
   */
  runIns: readonly RunInLine[];
  /** The generated parser's own failure (a grammar bug), if any. */
  internalError: string | null;
  frontMatter: FrontMatter | null;
  metadata: PlanMetadata;
  /** Everything between the front matter and the first numbered item: notice, title, preamble. */
  prelude: LineBlock | null;
  /** Web-page furniture within the prelude: never the title, the notice or the preamble. */
  leadingDebris: LeadingDebris | null;
  /** A table of contents pasted before the plan (model/contents.ts): set apart, never the outline. */
  tableOfContents: TableOfContents | null;
  /** A title the web copy repeats before the plan: the first copies, never read as the title. */
  repeatedTitles: RepeatedTitle[];
  /** Blocks pasted twice in a row: the second copies, which are no part of the outline. */
  repeatedPastes: RepeatedPaste[];
  /** Word's review balloons pasted as lines (批注 [张三1]: …, 删除的内容: …): no item's body. */
  reviewBalloons: ReviewBalloon[];
  title: PlanTitle | null;
  /** The 成文日期 line before the plan (the notice's or the signature's), read into metadata.date. */
  dateLine: TextLineNode | null;
  /** The preamble paragraph(s) after the title (为……，制定本方案。). */
  preamble: LineBlock | null;
  /** Top-level items of the plan's outline (attachments' items are in `attachments`). */
  items: NumberedItem[];
  /** Attachments after the plan that have their own outline, in document order. */
  attachments: Attachment[];
  /** The plan's parts (第一章 …), in document order; empty for a plan that has none. */
  parts: PlanPart[];
  /**
   * The 附件说明 under the body (`附件：1.重点任务分工表` and its list) and the lines after it up to
   * the first attachment's label: the plan's text, no task's (model/outline.ts).
   */
  attachmentNote: readonly LineNode[];
  /** Every item and list entry in document order, attachments' and boxes' included. */
  allItems: NumberedItem[];
  /** The 专栏 boxes of the plan and its attachments, in document order. */
  boxes: Box[];
  /** The PDF line breaks the plan was copied with, if it was (structure/hard-wrap). */
  hardWrap: HardWrap | null;
  /**
   * Table cells Excel copied in double quotes because they hold a line break or a quote
   * (model/quotedCells.ts): a row with a line break in a cell is one row over several lines. In
   * document order; most plans have none.
   */
  quotedCells: QuotedCell[];
  /**
   * The 版记 at the end of the document (抄送 / 主送 lines, 印发机关 and 印发日期, model/imprint.ts):
   * part of the document, never web debris and never an item's body.
   */
  imprint: Imprint | null;
  /**
   * The 落款 after the plan's text or before its first attachment (a plan issued by itself; one
   * sent with a notice is signed in the notice): never an item's body.
   */
  signature: ClosingSignature | null;
  /** Text after the plan's last item that is plainly not part of it (web-page debris). */
  trailer: LineBlock | null;
  /**
   * Web-page debris between the plan's text and an attachment (打印本页 关闭窗口 …, model/debrisBeforeAttachments.ts):
   * set apart as the trailer is. In document order; most plans have none.
   */
  debrisBeforeAttachments: LineBlock[];
  /**
   * An article's images and videos a copy left between the plan's tasks as 图片 or 视频, alone or
   * with a caption (model/mediaLines.ts): set apart as the trailer is. In document order; most plans have none.
   */
  mediaLines: LineBlock[];
  /** Every responsibility clause, in document order: the text's, and the rows of responsibility tables. */
  clauses: ResponsibilityClause[];
  /** Responsibility tables pasted as text (an attachment's 任务分工表), whose rows are clauses too. */
  tables: ResponsibilityTable[];
  targets: Target[];
  citations: CitationNode[];
  docNumbers: DocNumberNode[];
  annotations: AnnotationNode[];
  deadlines: DeadlineNode[];
  placeholders: PlaceholderNode[];
  comments: Comment[];
  /**
   * Work the core derives from this plan, by memo (model/planMemo.ts): none of what the plan
   * says, and kept here rather than in a WeakMap so that it dies with the plan.
   */
  memos: unknown[];
}

export type { UnitNameNode, TargetNode };
