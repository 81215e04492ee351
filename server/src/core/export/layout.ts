import { codeUnitSet, isAnyDigitCode } from "../text/codeUnits.js";
import { isSpaceCode } from "../text/spaces.js";
import { isAttachmentLabel } from "../model/attachments.js";
import { frontMatterValue } from "../model/frontMatter.js";
import { type WrapJoin, wrapJoins } from "../model/hardWrap.js";
import { paragraphBreaks, readParagraphBreak } from "../punct/breaks.js";
import { cellLineTableAt } from "../model/cellLineTables.js";
import { CELL_GAP, isPageDebris, MAX_HEADER_CELL } from "../model/tables.js";
import { isBareDocNumber, isHeadingLike, isoDate, lineText, signerLineOf } from "../model/prelude.js";
import { NOTICE_TITLE, ORGANISATION_END } from "../model/titleBreaks.js";
import type { Attachment, BlankTableRow, ItemLevel, NumberedItem, PlanDocument, PlanPart, TableRow } from "../model/types.js";
import { isBox, partSections } from "../model/outline.js";
import { isIssuerMark } from "../model/issuerMark.js";
import { spanHolding } from "../text/sorted.js";
import { disclosureOf } from "../model/imprint.js";
import { downloadsUnderNote } from "../model/buildPlan.js";
import { fileSuffixAt } from "../model/pageFurniture.js";
import { shownMarker } from "../numbering/edits.js";
import type { InlineNode, LineNode, Span, TextLineNode } from "../syntax/cst.js";
import type { AnnotationMode } from "./options.js";
import { titleLines } from "./titleLines.js";
import { cellsInColumns, continuedCells, readRowsByStart, tableRowsByStart } from "./mergedCells.js";
import { totalRowCells } from "./totalRows.js";
import { cellsAcrossPage, restLineIndex } from "./pageCutRows.js";
import { serialApartCells } from "./serialCells.js";
import { noteLabelLead, noteNumberLead, opensWithNoteLabel } from "./noteLines.js";
import { addLinesSetApart } from "../model/setApart.js";
import { missingLabel } from "../references/attachments.js";
import { indicatorTables } from "../targets/extract.js";
import { ADDRESSEE_NAME_END } from "../model/addressee.js";
import { ModelTableLines, sectionRowFace } from "./tableLines.js";
import { RosterPrint, withoutTabs } from "./rosterLines.js";
import { WebMarkup } from "./webMarkup.js";
import { hasInnerSpace, narrowCellsOf } from "../model/narrowCells.js";
import type { ResponsibilityTable } from "../model/types.js";

/**
 * The plan as a 公文 lays it out (GB/T 9704—2012): which paragraphs there are, what kind each is
 * and which stretches of text carry which face. Pure data, decided from the model alone; the docx
 * writer turns each kind into the standard's fonts, sizes and positions.
 */
export interface GongwenLayout {
  /** The plan's title as one string (document properties). */
  title: string | null;
  /** ISO date of the document (成文日期), when known: used for the comments' date. */
  date: string | null;
  /** 征求意见稿, 送审稿 …: the text of the draft mark when the plan is a draft. */
  draftStatus: string | null;
  /**
   * The index of the plan's title block, where the plan itself starts: what stands above it is
   * its 印发通知 (a draft's 征求意见 notice, which is no draft); 0 when the plan prints no title.
   */
  planStart: number;
  blocks: LayoutBlock[];
}

/** Which face a stretch of text is set in: the body's, or a numbered level's heading face. */
export type RunFace = "body" | "heading1" | "heading2" | "heading3" | "heading4";

export interface LayoutRun {
  text: string;
  face: RunFace;
}

export type LayoutBlock =
  /**
   * A field of the 版头 at the top left of the first page (GB/T 9704 §7.2.2–7.2.4): the 份号
   * (`000123`, 3号 Arabic numerals), 密级和保密期限 (`秘密★1年`) and 紧急程度 (`特急`), the last
   * two in 3号黑体, flush left, one a line.
   */
  | { kind: "headField"; field: MastheadField; text: string }
  /**
   * 发文机关标志 (`××市人民政府文件`, §7.2.6): centred, red 小标宋, over the 发文字号 and its red
   * rule; a joint document's, each issuer on a line of its own (`中共××市委办公室` /
   * `××市人民政府办公室文件`).
   */
  | { kind: "issuerMark"; lines: string[] }
  /** 发文字号, centred. */
  /** The 发文字号; an upward document's 签发人 beside it (GB/T 9704 §7.2.4), its names only. */
  | { kind: "docNumber"; text: string; signer?: string }
  /** A title (the notice's, the plan's, an attachment's), one source line per printed line. */
  | { kind: "title"; lines: string[]; pageBreakBefore: boolean }
  /** （征求意见稿） under a title, centred. */
  | { kind: "subtitle"; text: string }
  /** 主送机关, flush left. */
  | { kind: "addressee"; text: string }
  /**
   * A body paragraph: plain text, a numbered item (heading face + body) or a `——` entry. `box`:
   * in a 专栏 box, framed with it; a box's numbered lines are its own list, not the plan's
   * outline (model/boxes.ts). `note`: a note (`注：……`, a table's numbered notes, a footnote
   * `① ……` model/notes.ts reads), set smaller than the text it explains, as drafters set notes.
   */
  | { kind: "paragraph"; runs: LayoutRun[]; level: ItemLevel | null; comments: string[]; box: boolean; hang?: HangingLead; note?: true }
  /**
   * A part's heading above the plan's 一、 (`第一章 总体要求`, model/parts.ts). `depth`: 0 for a part
   * within none, 1 for one within it (第一节 in its 第一章, a 章 in its 篇), and so on.
   */
  | { kind: "part"; text: string; depth: number }
  /** A 专栏 box's label and title (`专栏1  产业质量提升重点项目`), at the head of its frame. */
  | { kind: "boxTitle"; text: string }
  /** 附件说明 (附件：1.……), one blank line below the body, indented two characters. */
  | { kind: "attachmentNote"; text: string }
  /** 发文机关署名, centred over the 成文日期 that follows it. */
  | { kind: "signature"; text: string; dateText: string }
  /** 成文日期, four characters in from the right. */
  | { kind: "date"; text: string }
  /** 附注 such as （此件主动公开）, indented two characters. */
  | { kind: "note"; text: string }
  /** 附件 / 附件1 on an attachment's first line, 3号黑体, flush left, on a new page. */
  | { kind: "attachmentLabel"; text: string; pageBreakBefore: boolean }
  /**
   * A table pasted as text (a 任务分工表, a table of indicators): rows of cells apart by tabs, the
   * first row its header, as Word and web pages paste a table. `box`: the table is in a 专栏 box
   * (model/boxes.ts); a box that holds only the table takes its title as the table's first row.
   */
  | {
      kind: "table";
      rows: string[][];
      box?: true;
      /** Per row, the columns whose cell goes on with the merged cell above (mergedCells.ts): empty, one cell with it in Word. */
      continued?: number[][];
      /**
       * The rows that are a 分工表's section rows (一、增强质量发展创新动能, tableLines.ts): their text in
       * their first cell, printed as one cell across the table.
       */
      sectionRows?: number[];
      /** Per section row, its level's heading face (tableLines.ts `sectionRowFace`): 一、 in 黑体, （一） in 楷体. */
      sectionFaces?: ("heading1" | "heading2")[];
    }
  /**
   * 版记: its 抄送 (主送) lines, then 印发机关 and 印发日期 (`2024年4月22日印发`), from the text's own
   * 版记 (model/imprint.ts), front matter filling in what it leaves out.
   */
  | { kind: "imprint"; recipients: ImprintLine[]; printing: { printer: string; printed: string } | null };

/**
 * A numbered note's line (`注：1.……` then `2.……`, export/noteLines.ts), hung as the 附件说明's:
 * `under`, what the line starts under, past the body's two characters (the note's label, on its
 * lines after the first); `lead`, what stands before its words, which a wrapped line hangs under.
 */
export interface HangingLead {
  under: string;
  lead: string;
}

/** The marks a template writes for a name it leaves out (××市, ＸＸ县, ○○局). */
/** What opens a line of the 附件说明 of its own: `附件：`, a label, or an entry's number (`2.`). */
const LIST_LINE_START = /^(?:附[\s\u3000]*件|[0-9０-９]+[\s\u3000]*[.．、])/u;
/** A line of the 附件说明 that opens with its label (`附件：`, `附件2：`), not with an entry's number. */
const NOTE_LABEL_START = /^附[\s\u3000]*件/u;
/** A 附件说明's label with no name after it (`附件：`), its names on the lines below. */
const BARE_NOTE_LABEL = /^附[\s\u3000]*件[\s\u3000]*[:：][\s\u3000]*$/u;

export const PLACEHOLDER_MARKS = /[×Ｘ○〇]/gu;

/** A 发文字号 whose agency code a template left as placeholders (`××府发〔2024〕12号`, the marks read as 某). */
const TEMPLATE_DOC_NUMBER = /^[\u4e00-\u9fff]+[〔[【(（﹝][0-9]{4}[〕\]】)）﹞][0-9]+号$/u;

/** A joint 发文机关标志 stacks a few issuers' names; each is a name, never a sentence. */
const MAX_JOINT_ISSUERS = 6;
const MAX_ISSUER_NAME = 30;

/** The blocks after which the plan's title goes on on the same page: a 附件 label, a subtitle, the 版头's. */
const TITLE_ON_PAGE: ReadonlySet<LayoutBlock["kind"]> = new Set(["attachmentLabel", "subtitle", "headField", "issuerMark", "docNumber"]);

/** Which field of the 版头 a `headField` is. */
export type MastheadField = "copyNumber" | "secrecy" | "urgency";

/** 份号 (§7.2.2): six Arabic digits, as an OA system numbers its copies; a `份号：` label allowed. */
const COPY_NUMBER = /^(?:份号[：:][\s\u3000]*)?[0-9０-９]{6}$/u;
/** 密级和保密期限 (§7.2.3): 绝密/机密/秘密, maybe a ★ and the term (`秘密★1年`). */
const SECRECY = /^(?:绝密|机密|秘密)(?:[\s\u3000]*★[\s\u3000]*[^\s\u3000。，；]{1,12})?$/u;
/** 紧急程度 (§7.2.4): 特急 or 加急 (特提, 平急 for telegrams), often letter-spaced (`特  急`). */
const URGENCY = /^(?:特[\s\u3000]*急|加[\s\u3000]*急|特[\s\u3000]*提|平[\s\u3000]*急)$/u;

/** The 版头 field a line's content is, or null; the 发文机关标志 and 发文字号 are read apart. */
function mastheadFieldOf(content: string): MastheadField | null {
  // Each starts with a digit, 份, 绝, 机, 秘, 特, 加 or 平: most lines fail on their first code unit.
  const first = content.charCodeAt(0);
  if (isAnyDigitCode(first) || first === 0x4efd /* 份 */) return COPY_NUMBER.test(content) ? "copyNumber" : null;
  if (first === 0x7edd /* 绝 */ || first === 0x673a /* 机 */ || first === 0x79d8 /* 秘 */) return SECRECY.test(content) ? "secrecy" : null;
  if (first === 0x7279 /* 特 */ || first === 0x52a0 /* 加 */ || first === 0x5e73 /* 平 */) return URGENCY.test(content) ? "urgency" : null;
  return null;
}

/** One 抄送 (or 主送) line of a 版记: its label and the names after the colon. */
export interface ImprintLine {
  label: string;
  names: string;
}

/** A paper copy's note that its 落款 stands alone on its page (model/signature.ts reads the plan's). */
const NO_TEXT_ON_PAGE = /^[（(]\s*此页无正文\s*[）)]$/u;
/**
 * A cell Excel quoted for its line break or a quote in it (model/quotedCells.ts), without the
 * quotes, each doubled quote one, and without the spaces around its lines; any other cell (a
 * writer's `"质量月"`, whose quotes are no copy's) as it is.
 */
function unquotedCell(cell: string): string {
  if (cell.length < 2 || !cell.startsWith('"') || !cell.endsWith('"')) return cell;
  const inner = cell.slice(1, -1);
  if (!EXCEL_QUOTED.test(inner) || (!inner.includes("\n") && !inner.includes('""'))) return cell;
  return inner
    .replace(/""/g, '"')
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line !== "")
    .join("\n");
}

/** What Excel writes inside a quoted cell: every quote of the cell's text doubled. */
const EXCEL_QUOTED = /^(?:[^"]|"")*$/u;
const DRAFT_STATUSES = new Set(["征求意见稿", "送审稿", "讨论稿", "草案", "代拟稿"]);
const ADDRESSEE_END = /[：:]$/;
/** Between the issuers of a joint document in front matter: 、，； or spaces. */
const ISSUER_SEPARATOR = /[、，,；;\s\u3000]+/u;

/**
 * Lays out a plan for export. Text that is not plan text is left out: front matter, `//`
 * comments and directives, web-page debris before and after the plan (a page heading repeating
 * the title among it), the second copy of a block pasted twice, Word's review balloons, and `〔对应纲要：…〕` annotations (or, with
 * `annotations: "comments"`, kept as the paragraph's comments, for internal review copies), and
 * a `（此页无正文）` above the 落款, which the export's pages make untrue.
 */
export function layoutPlan(plan: PlanDocument, annotations: AnnotationMode = "omit"): GongwenLayout {
  const lines = plan.lines;
  const preludeCount = plan.prelude?.lines.length ?? 0;
  const trailerCount = plan.trailer?.lines.length ?? 0;
  const builder = new LayoutBuilder(plan, annotations);
  const preludeEnd = builder.tableHeadAbove(lines, preludeCount);
  builder.prelude(lines.slice(0, preludeEnd));
  const bodyStart = builder.blocks.length;
  // The 版记 is laid out by itself; a block pasted twice is printed once, its first copy; a
  // review balloon is not printed.
  const apart = addLinesSetApart(plan, new Set<LineNode>(plan.imprint?.lines));
  // `（此页无正文）` above the 落款 (model/signature.ts) says the paper copy's 落款 stood alone on
  // its page; the export keeps the 落款 on the page of the text above it (docx.ts), as GB/T 9704
  // has it done by adjusting the spacing, so printed there the note would be untrue.
  for (const note of plan.signature?.notes ?? []) if (note.textKind !== "publicity") apart.add(note);
  builder.body(lines.slice(preludeEnd, lines.length - trailerCount).filter((line) => !apart.has(line)));
  builder.frontMatterParts(bodyStart);
  builder.disclosureNote(bodyStart);
  notesBeforeAttachmentNote(builder.blocks);
  closingInStandardOrder(builder.blocks);
  builder.imprint();
  const status = plan.metadata.status;
  return {
    title: plan.metadata.title,
    date: plan.metadata.date && isoDate(plan.metadata.date) ? plan.metadata.date : null,
    draftStatus: status && DRAFT_STATUSES.has(status) ? status : null,
    planStart: builder.planTitle === null ? 0 : Math.max(0, builder.blocks.indexOf(builder.planTitle)),
    blocks: builder.blocks,
  };
}

class LayoutBuilder {
  readonly blocks: LayoutBlock[] = [];
  /** The plan's title, once laid out (GongwenLayout's). */
  planTitle: LayoutBlock | null = null;
  private readonly text: string;
  /** Set after an attachment label: the next heading-like line is that attachment's title. */
  private expectAttachmentTitle = false;

  /** The lines of the 专栏 boxes' labels and titles. */
  private readonly boxLabelLines: Set<LineNode>;
  /** The model's attachments by where their labels start: the lines that head one. */
  private readonly attachmentsByLabel: Map<number, Attachment>;
  /** Where each attachment's title ends, by where it starts (a title the model reads over lines). */
  private readonly attachmentTitleEnds: Map<number, number>;
  /** The attachments pasted with no label (a 分工表 after the text) by where each starts: its title or its header. */
  private readonly unlabelledByStart: Map<number, Attachment>;
  /** Where the plan's first item starts: the model reads no attachment above it. */
  private readonly firstItemStart: number;
  /**
   * Where the plan's parts' headings start, with how deep each is: a line of kind `part` the
   * model did not read as one stays a paragraph.
   */
  private readonly partStarts: Map<number, number>;
  /**
   * The attachments' names a web page listed as download links under a 附件说明's label alone
   * on its line (附件： / 1.重点任务分工表.docx, model/buildPlan.ts): their extensions and sizes are
   * the page's, which structure/trailing-text deletes, and are not printed.
   */
  private readonly downloads: ReadonlySet<LineNode>;

  constructor(
    private readonly plan: PlanDocument,
    private readonly annotations: AnnotationMode,
  ) {
    this.text = plan.text;
    this.boxLabelLines = new Set(plan.boxes.flatMap((box) => box.lines));
    this.attachmentsByLabel = new Map(plan.attachments.flatMap((attachment) => (attachment.label === null ? [] : [[attachment.label.start, attachment]])));
    this.attachmentTitleEnds = new Map(plan.attachments.flatMap((attachment) => (attachment.title === null ? [] : [[attachment.title.start, attachment.title.end]])));
    this.unlabelledByStart = new Map(plan.attachments.flatMap((attachment) => (attachment.label === null ? [[attachment.start, attachment]] : [])));
    this.firstItemStart = plan.allItems[0]?.line.start ?? plan.text.length;
    this.partStarts = new Map(plan.parts.map((part) => [part.start, partDepth(part)]));
    this.downloads = new Set(downloadsUnderNote(plan.lines, plan.lines.length - (plan.trailer?.lines.length ?? 0), plan.text));
    for (const item of plan.allItems) this.itemsByLine.set(item.line, item);
    // A PDF copy's line breaks (model/hardWrap.ts): each wrapped line goes on on the next, joined
    // as structure/hard-wrap's fix joins them.
    const joinAt = new Map(wrapJoins(plan).map((join) => [join.end, join]));
    for (let i = 0; i + 1 < plan.lines.length; i++) {
      const next = plan.lines[i + 1]!;
      const join = joinAt.get(next.indentEnd);
      if (!join || join.start < plan.lines[i]!.start || join.start > plan.lines[i]!.contentEnd) continue;
      this.goesOn.set(plan.lines[i]!, { join, next });
      this.continuations.add(next);
    }
    // A paragraph a page's end split in mid-sentence (punct/breaks.ts), where that is certain:
    // one paragraph, as the fix of structure/page-number or text/broken-sentence makes it.
    for (const brk of paragraphBreaks(plan)) {
      const reading = readParagraphBreak(plan, brk);
      if (!reading?.certain || !reading.join || this.goesOn.has(brk.line)) continue;
      this.goesOn.set(brk.line, { join: { start: reading.join.start, end: reading.join.end, text: "" }, next: brk.continuation });
      this.continuations.add(brk.continuation);
    }
  }

  /** The outline's item of each item line. */
  private readonly itemsByLine = new Map<LineNode, NumberedItem>();

  /** Lines that go on on a later one (a PDF's measure or page cut them), with the join. */
  private readonly goesOn = new Map<LineNode, { join: WrapJoin; next: LineNode }>();
  /** Lines that go on a line above them: printed with it, never on their own. */
  private readonly continuations = new Set<LineNode>();
  /** The 分工表 rows the model read, by where each starts (mergedCells.ts), made when a table asks. */
  private tableRows: Map<number, TableRow> | null = null;
  /** Which 分工表 the model read each table line as part of (tableLines.ts), made when a table asks. */
  private modelTables: ModelTableLines | null = null;

  private tableLines(): ModelTableLines {
    return (this.modelTables ??= new ModelTableLines(this.plan, (this.tableRows ??= tableRowsByStart(this.plan))));
  }

  /**
   * Where the plan's preamble ends for the layout: above a 分工表's header the model reads as the
   * preamble's last line, where a plan written wholly as a task table (序号 | 重点任务 | … over its
   * section rows 一、二、, which are the plan's items) has it. The header is laid out with its rows,
   * one table, not as a paragraph of the preamble over a table with no header.
   */
  tableHeadAbove(lines: readonly LineNode[], preludeCount: number): number {
    let last = preludeCount - 1;
    while (last >= 0 && (lines[last]!.kind === "blank" || lines[last]!.kind === "comment")) last--;
    const line = lines[last];
    if (line === undefined || line.kind !== "text" || preludeCount >= lines.length) return preludeCount;
    return this.plan.tables.some((table) => table.start === line.indentEnd) ? last : preludeCount;
  }

  /**
   * The section rows of the model's `table` from `index` on (model/tables.ts `sectionRows`), where
   * a row of that table comes under them: their lines, their printed text and the index of the last. Null where
   * the line is none, or the table does not go on under it (a heading after its last row).
   */
  private sectionRowsAt(lines: readonly LineNode[], index: number, table: ResponsibilityTable | undefined): { rows: { line: LineNode; text: string }[]; last: number } | null {
    if (table === undefined || table.sectionRows.length === 0) return null;
    const model = this.tableLines();
    const rows: { line: LineNode; text: string }[] = [];
    let last = index;
    for (let i = index; i < lines.length; i++) {
      const line = lines[i]!;
      if (line.kind === "blank" || line.kind === "comment") continue;
      // A page's edge under a section row (a PDF copy's footer) is no line of the table, as in tableAt.
      if (rows.length > 0 && isPageDebris(line, this.text)) continue;
      if (!model.isSectionRowOf(table, line)) return rows.length > 0 && model.isRowOf(table, line) ? { rows, last } : null;
      rows.push({ line, text: this.sectionText(line) });
      last = i;
    }
    return null;
  }

  /** A section row's words as printed: a numbered one's marker as the outline shows it (printedMarker). */
  private sectionText(line: LineNode): string {
    if (line.kind === "blank" || line.kind === "comment") return "";
    if (line.kind === "text") return this.visible(line, line.indentEnd, line.contentEnd).trim();
    const { marker, after } = this.printedMarker(line);
    return (marker + this.visible(line, after, line.contentEnd)).trim();
  }

  /** Whether a line is in a 专栏 box: from its label to the end of its list (a plan has few boxes). */
  private inBox(line: LineNode): boolean {
    return spanHolding(this.plan.boxes, line.start) !== null;
  }

  /** The part before the plan: 印发通知 or draft wrapping, then the plan's title and preamble. */
  prelude(lines: readonly LineNode[]): void {
    const planTitle = this.plan.title?.lines ?? [];
    const preamble = new Set(this.plan.preamble?.lines ?? []);
    const debris = new Set<LineNode>(this.plan.leadingDebris?.lines ?? []);
    // A title the web copy wrote twice is printed once: the document's own copy, the second.
    for (const repeat of this.plan.repeatedTitles) for (const line of repeat.lines) debris.add(line);
    for (const balloon of this.plan.reviewBalloons) debris.add(balloon.line);
    // Word's table of contents: its page numbers are not the exported document's (model/contents.ts).
    for (const line of this.plan.tableOfContents?.lines ?? []) debris.add(line);
    // A 版记 a copy set under the notice is laid out by itself, on the last page (model/imprint.ts).
    for (const line of this.plan.imprint?.lines ?? []) debris.add(line);
    // The 版头 an OA system's copy brings at the very top, before any title (masthead).
    let head = true;
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i]!;
      if (line.kind === "blank" || line.kind === "comment" || debris.has(line) || this.continuations.has(line)) continue;
      if (head && line !== planTitle[0]) {
        const used = this.mastheadAt(lines, i);
        if (used >= 0) {
          i = used;
          continue;
        }
      }
      head = false;
      if (line === planTitle[0]) {
        // The plan follows its 印发通知 on a new page; after a 附件 label, at the top or under the
        // 版头 (a plan issued as a 文件 of its own, a 报告 with its 签发人) it does not.
        const pageBreakBefore = this.titleOpensPage();
        // A page's bar on the title's line (【字体：大 中 小】 打印) is no word of the title.
        const bar = this.plan.title?.furniture;
        // Nor is a page table's 标    题： label before it, where that row is the only title.
        const label = this.plan.title?.label;
        const words = this.ownLines(planTitle).map((l) => this.visible(l, label && label.start === l.indentEnd ? label.end : l.indentEnd, bar && bar.start >= l.indentEnd && bar.start <= l.contentEnd ? bar.start : l.contentEnd));
        this.planTitle = { kind: "title", lines: printedLines(words), pageBreakBefore };
        this.blocks.push(this.planTitle);
        // The title a 附件 label above the plan waited for is this one.
        this.expectAttachmentTitle = false;
        i = lines.indexOf(planTitle[planTitle.length - 1]!);
        continue;
      }
      if (line.kind !== "text") {
        this.itemLine(line);
        continue;
      }
      if (preamble.has(line) && this.isAddresseeUnderTitle(line)) {
        this.blocks.push({ kind: "addressee", text: this.visible(line, line.indentEnd, line.contentEnd) });
        continue;
      }
      if (preamble.has(line)) {
        this.titleFromFrontMatter();
        this.paragraph(line);
        continue;
      }
      const noticeTitle = line.textKind === "plain" ? this.noticeTitleAt(lines, i) : null;
      if (noticeTitle) {
        this.blocks.push({ kind: "title", lines: printedLines(this.ownLines(noticeTitle).map((l) => this.visible(l, l.indentEnd, l.contentEnd))), pageBreakBefore: false });
        i = lines.indexOf(noticeTitle[noticeTitle.length - 1]!);
        continue;
      }
      // The whole of a 主送机关 a PDF's measure cut (…市政府各 / 部门，有关单位：).
      const content = this.visible(line, line.indentEnd, line.contentEnd);
      if (line.textKind === "plain" && ADDRESSEE_END.test(content) && !content.includes("。")) {
        this.blocks.push({ kind: "addressee", text: content });
        continue;
      }
      i = this.textLine(line, lines, i);
    }
    this.titleFromFrontMatter();
  }

  /**
   * A line of the 版头 (GB/T 9704 §7.2), set where the standard sets it: 份号, 密级 and 紧急程度 at
   * the top left, the 发文机关标志 centred, the 发文字号 under it. False for any other line: the
   * 版头 ends there.
   */
  private mastheadAt(lines: readonly LineNode[], index: number): number {
    const line = lines[index]!;
    if (line.kind !== "text") return -1;
    const content = this.visible(line, line.indentEnd, line.contentEnd).trim();
    const named = content.replace(PLACEHOLDER_MARKS, "某");
    // A 文号 whose year's brackets a copy lost is printed as written, in its place (model/prelude.ts).
    if (line.textKind === "docNumber" || (line.textKind === "plain" && (TEMPLATE_DOC_NUMBER.test(named) || isBareDocNumber(content)))) {
      this.blocks.push({ kind: "docNumber", text: content });
      return index;
    }
    if (line.textKind !== "plain") return -1;
    // An upward document's 签发人, beside its 字号 or on the line under it (GB/T 9704 §7.2.4).
    const signed = signerLineOf(content);
    if (signed !== null) {
      const previous = this.blocks[this.blocks.length - 1];
      if (signed.docNumber !== null) this.blocks.push({ kind: "docNumber", text: signed.docNumber, signer: signed.signer });
      else if (previous?.kind === "docNumber" && previous.signer === undefined) previous.signer = signed.signer;
      else return -1;
      return index;
    }
    const field = mastheadFieldOf(content);
    if (field) {
      this.blocks.push({ kind: "headField", field, text: content });
      return index;
    }
    // A template's placeholder (××市人民政府文件) stands for the issuer's name. A joint document
    // stacks its issuers' names above the one that ends in 文件: a run of names, then the mark.
    const names: string[] = [];
    for (let i = index; i < lines.length && names.length < MAX_JOINT_ISSUERS; i++) {
      const next = lines[i]!;
      if (next.kind === "blank" || next.kind === "comment") continue;
      if (next.kind !== "text" || next.textKind !== "plain") return -1;
      const name = this.visible(next, next.indentEnd, next.contentEnd).trim();
      const plain = name.replace(PLACEHOLDER_MARKS, "某");
      names.push(name);
      if (isIssuerMark(plain)) {
        this.blocks.push({ kind: "issuerMark", lines: names });
        return i;
      }
      if (plain.length > MAX_ISSUER_NAME || !ORGANISATION_END.test(plain) || /[，。；：、,.;:]/u.test(plain)) return -1;
    }
    return -1;
  }

  private frontMatterTitleDone = false;

  /**
   * A plan whose title is only in its front matter (`标题: …`, no title line) is printed with it
   * all the same: before its preamble, or after whatever else comes before the plan (its notice).
   */
  private titleFromFrontMatter(): void {
    if (this.frontMatterTitleDone) return;
    this.frontMatterTitleDone = true;
    const title = frontMatterValue(this.plan.frontMatter, "标题");
    if (this.plan.title || !title) return;
    this.planTitle = { kind: "title", lines: titleLines(title), pageBreakBefore: this.titleOpensPage() };
    this.blocks.push(this.planTitle);
  }

  /** Whether the plan's title starts a page: after its 印发通知, not after a 附件 label, a subtitle or the 版头. */
  private titleOpensPage(): boolean {
    const previous = this.blocks[this.blocks.length - 1];
    return previous !== undefined && !TITLE_ON_PAGE.has(previous.kind);
  }

  /** The plan itself, from its first item to the last line before any trailing debris. */
  body(lines: readonly LineNode[]): void {
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i]!;
      if (line.kind === "blank" || line.kind === "comment" || this.continuations.has(line)) continue;
      if (line.kind === "text") i = this.textLine(line, lines, i);
      else this.itemLine(line);
    }
  }

  /**
   * The 发文字号, 发文机关署名 and 成文日期 that only front matter states, where GB/T 9704 puts
   * them (§7.2.5, §7.3.5): the 字号 at the head of the first page, the 署名 and the date at the
   * end of the body, before any attachment's page. Each only when the text has none of its own
   * (a plan with its notice has them there); the 版记 below reads them too.
   */
  frontMatterParts(bodyStart: number): void {
    const frontMatter = this.plan.frontMatter;
    const docNumber = frontMatterValue(frontMatter, "文号");
    let at = bodyStart;
    if (docNumber && !this.blocks.some((block) => block.kind === "docNumber")) {
      this.blocks.unshift({ kind: "docNumber", text: docNumber });
      at++;
    }
    if (this.blocks.some((block) => block.kind === "signature" || block.kind === "date")) return;
    const issuer = frontMatterValue(frontMatter, "发文机关");
    const dateValue = frontMatterValue(frontMatter, "成文日期");
    if (!issuer && !dateValue) return;
    const iso = dateValue ? isoDate(dateValue) : null;
    const dateText = iso ? chineseDate(iso) : (dateValue ?? "");
    // A joint document is signed by each issuer on a line of its own.
    const names = issuer ? issuer.split(ISSUER_SEPARATOR).filter((name) => name !== "") : [];
    const closing: LayoutBlock[] = names.map((name) => ({ kind: "signature", text: name, dateText }));
    if (dateText !== "") closing.push({ kind: "date", text: dateText });
    const attachment = this.blocks.findIndex((block, index) => index >= at && block.kind === "attachmentLabel");
    this.blocks.splice(attachment < 0 ? this.blocks.length : attachment, 0, ...closing);
  }

  /**
   * A 公开方式 line the copy has among its 版记's (`公开方式：主动公开`, model/imprint.ts) says what a
   * 附注 says: the scope the document is made public in (GB/T 9704 §7.3.6). Where the text has no
   * 附注 of its own it is printed as one, in brackets as a 附注 is: on the line after the
   * document's 成文日期 (the notice's, when the plan has one), else after the body, before any
   * attachment's page. With a 附注 it says nothing more and is not printed, as the rest of the 版记's
   * lines it is not.
   */
  disclosureNote(bodyStart: number): void {
    const disclosure = this.plan.imprint ? disclosureOf(this.plan.imprint, this.text) : null;
    if (disclosure === null || this.blocks.some((block) => block.kind === "note")) return;
    const note: LayoutBlock = { kind: "note", text: `（${disclosure}）` };
    const date = this.blocks.findIndex((block) => block.kind === "date");
    if (date >= 0) {
      this.blocks.splice(date + 1, 0, note);
      return;
    }
    const attachment = this.blocks.findIndex((block, index) => index >= bodyStart && block.kind === "attachmentLabel");
    this.blocks.splice(attachment < 0 ? this.blocks.length : attachment, 0, note);
  }

  /**
   * 版记: the text's own (model/imprint.ts), where it has one; 印发机关 and 印发日期 it leaves out
   * from front matter — who prints the document (or who issues it) and when — and 抄送 too when
   * the text names none. Nothing when neither says who receives or who prints it.
   */
  imprint(): void {
    const frontMatter = this.plan.frontMatter;
    const own = this.plan.imprint;
    const printer = own?.printer ?? frontMatterValue(frontMatter, "印发机关") ?? frontMatterValue(frontMatter, "发文机关");
    const printedValue = own?.printed ?? frontMatterValue(frontMatter, "印发日期") ?? frontMatterValue(frontMatter, "成文日期");
    const iso = printedValue ? isoDate(printedValue) : null;
    // The text's own 印发 line may name no 印发机关 (`2024年4月22日印发` alone): its date is still
    // printed, on the right of the row, never dropped for the name the copy left out.
    const printing = printedValue && (printer || own?.printed) ? { printer: printer ?? "", printed: `${iso ? chineseDate(iso) : printedValue}印发` } : null;
    const recipients: ImprintLine[] = own?.recipients.map(({ label, names }) => ({ label, names })) ?? [];
    const copyTo = frontMatterValue(frontMatter, "抄送");
    if (recipients.length === 0 && copyTo) recipients.push({ label: "抄送", names: copyTo });
    // Front matter alone makes a 版记 only with its 印发 line, as before; the text's is printed as it is.
    if (own ? recipients.length === 0 && !printing : !printing) return;
    this.blocks.push({ kind: "imprint", recipients, printing });
  }

  /** An attachment's label on its page (its title after it where the line writes it, else the heading-like line under it). */
  private attachmentHead(attachment: Attachment, line: TextLineNode, index: number): number {
    const titled = attachment.title !== null && attachment.title.start < line.contentEnd;
    this.blocks.push({ kind: "attachmentLabel", text: printedLabel(attachment.label!.text), pageBreakBefore: this.blocks.length > 0 });
    if (titled) this.blocks.push({ kind: "title", lines: titleLines(attachment.title!.text.trim()), pageBreakBefore: false });
    else this.expectAttachmentTitle = true;
    return index;
  }

  /** The index of the last line of the attachment's title the model reads from `lines[index]` on (one or more lines). */
  private titleLastLine(lines: readonly LineNode[], index: number): number {
    const end = this.attachmentTitleEnds.get(lines[index]!.indentEnd);
    let last = index;
    if (end !== undefined) while (last + 1 < lines.length && lines[last + 1]!.contentEnd <= end) last++;
    return last;
  }

  /** Lays out a text line (or a run of them); returns the index of the last line it used. */
  private textLine(line: TextLineNode, lines: readonly LineNode[], index: number): number {
    const content = this.visible(line, line.indentEnd, line.contentEnd);
    if (content === "") return index;
    const unlabelled = this.unlabelledByStart.get(line.indentEnd);
    if (unlabelled !== undefined) {
      // A 分工表 pasted after the text with no 附件 label (model/outline.ts): the export adds the
      // label GB/T 9704 §7.3.7 sets at an attachment's head, on a page of its own — the label
      // structure/attachment-label's fix writes — then the table's title, if it has one, and its rows.
      this.blocks.push({ kind: "attachmentLabel", text: missingLabel(this.plan, unlabelled), pageBreakBefore: this.blocks.length > 0 });
      if (unlabelled.title !== null) {
        this.blocks.push({ kind: "title", lines: titleLines(content), pageBreakBefore: false });
        return index;
      }
    }
    // A 附表's label over a 分工表 after the text (model/outline.ts), a line of text to the grammar.
    const tableLabelled = line.textKind === "attachment" ? undefined : this.attachmentsByLabel.get(line.indentEnd);
    if (tableLabelled !== undefined) return this.attachmentHead(tableLabelled, line, index);
    switch (line.textKind) {
      case "docNumber": {
        // GB/T 9704 (§7.2.5) sets the 字号 in the 版头, above the title; a web copy often prints
        // it under the notice's title. Right under the document's first title, it goes above it.
        const previous = this.blocks.length === 1 ? this.blocks[0]! : null;
        if (previous?.kind === "title") this.blocks.unshift({ kind: "docNumber", text: content });
        else this.blocks.push({ kind: "docNumber", text: content });
        return index;
      }
      case "date":
        this.blocks.push({ kind: "date", text: content });
        return index;
      case "publicity":
        this.blocks.push({ kind: "note", text: content });
        return index;
      case "draftMark":
        this.blocks.push({ kind: "subtitle", text: content });
        return index;
      case "pageNumber":
        // A page number a PDF copy left in the text: the exported document numbers its own pages.
        return index;
      case "part":
        if (!this.partStarts.has(line.indentEnd)) break;
        this.blocks.push({ kind: "part", text: content, depth: this.partStarts.get(line.indentEnd)! });
        return index;
      case "attachment": {
        // The model says which lines head an attachment (model/attachments.ts): a label alone on
        // its line, its title under it, or `附件1：重点任务分工表` over the attachment's content,
        // its title after the colon. Any other line of the kind is the 附件说明's.
        const attachment = this.attachmentsByLabel.get(line.indentEnd);
        // Above the plan's first item a label alone is the plan's own, as its notice's attachment
        // (a draft's wrapping, `附件1` over the title): printed as a label, the title on its page.
        if (!attachment && line.start < this.firstItemStart && isAttachmentLabel(line, this.text)) {
          this.blocks.push({ kind: "attachmentLabel", text: printedLabel(content), pageBreakBefore: this.blocks.length > 0 });
          this.expectAttachmentTitle = true;
          return index;
        }
        if (attachment) return this.attachmentHead(attachment, line, index);
        // A name's wrapped line (model/reading.ts reads it into the list): the name goes on in its
        // entry's paragraph, which Word wraps under the name's first character.
        const previous = this.blocks[this.blocks.length - 1];
        const suffix = this.downloads.has(line) ? fileSuffixAt(content) : -1;
        const name = suffix < 0 ? content : content.slice(0, suffix).trimEnd();
        // The label alone on its line takes its first name after the colon (GB/T 9704 §7.3.3:
        // 附件：1.…), so the names after it hang under that one as the standard aligns them.
        if (previous?.kind === "attachmentNote" && (!LIST_LINE_START.test(name) || (BARE_NOTE_LABEL.test(previous.text) && !NOTE_LABEL_START.test(name)))) {
          previous.text += name;
          return index;
        }
        this.blocks.push({ kind: "attachmentNote", text: name });
        return index;
      }
      default:
        break;
    }
    if (this.expectAttachmentTitle && isHeadingLike(line, this.text)) {
      this.expectAttachmentTitle = false;
      // A title the model reads over lines (model/outline.ts, by titleBreaks.ts): one title, broken
      // where titleLines breaks it, so that every break is one the model joins back.
      const last = this.titleLastLine(lines, index);
      const words = last === index ? content : this.ownLines(lines.slice(index, last + 1)).map((l) => this.visible(l, l.indentEnd, l.contentEnd).trim()).join("");
      this.blocks.push({ kind: "title", lines: titleLines(words), pageBreakBefore: false });
      return last;
    }
    this.expectAttachmentTitle = false;
    // A 领导小组's roster is set in columns by spaces, a member a line: lines, not a table (rosterLines.ts).
    const rosterPadding = (this.rosterPrint ??= RosterPrint.of(this.plan)).paddingOf(line);
    if (rosterPadding !== null) {
      this.pushParagraph([{ text: rosterPadding + withoutTabs(this.visible(line, line.indentEnd, line.contentEnd)), face: "body" }], null, line);
      return index;
    }
    const table: { rows: string[][]; last: number; continued?: number[][]; sectionRows?: number[] } | null = this.tableAt(lines, index) ?? this.cellLineTableAt(lines, index) ?? this.spacedTableAt(lines, index);
    if (table) {
      this.blocks.push({ kind: "table", rows: table.rows, ...(this.inBox(line) ? { box: true as const } : {}), ...(table.continued ? { continued: table.continued } : {}), ...(table.sectionRows ? { sectionRows: table.sectionRows, sectionFaces: table.sectionRows.map((row) => sectionRowFace(table.rows[row]![0]!)) } : {}) });
      return table.last;
    }
    if (this.boxLabelLines.has(line)) {
      this.blocks.push({ kind: "boxTitle", text: content });
      return index;
    }
    // `（此页无正文）` right above a 落款 (the notice's; the plan's is set apart from the model's
    // reading, layoutPlan): untrue on the export's pages, which keep the 落款 with the text.
    if (NO_TEXT_ON_PAGE.test(content) && this.signatureAfter(lines, index)) return index;
    const signature = this.signatureAt(lines, index);
    if (signature) {
      const dateText = this.visible(signature.date, signature.date.indentEnd, signature.date.contentEnd);
      for (const name of signature.names) {
        this.blocks.push({ kind: "signature", text: this.visible(name, name.indentEnd, name.contentEnd), dateText });
      }
      return lines.indexOf(signature.names[signature.names.length - 1]!);
    }
    this.paragraph(line);
    return index;
  }

  /**
   * A table pasted as text at `index`: two lines or more of plain text or the model's table rows,
   * each with a tab between its cells (blank lines between rows allowed, as model/tables.ts reads them); null for a lone
   * line with a tab. Returns the rows' cells and the index of the table's last line.
   */
  private tableAt(lines: readonly LineNode[], index: number): { rows: string[][]; last: number; continued?: number[][]; sectionRows?: number[] } | null {
    const rows: string[][] = [];
    /** Where each row's cells start, for the targets' reading of where its indicator stands. */
    const rowStarts: number[] = [];
    const rowLines: LineNode[] = [];
    /** The model's table the rows are of, and the rows that are its section rows. */
    let table: ResponsibilityTable | undefined;
    const sectionRows: number[] = [];
    let last = index;
    for (let i = index; i < lines.length; i++) {
      const line = lines[i]!;
      if (line.kind === "blank" || line.kind === "comment") continue;
      // A page's edge inside the table (a PDF copy's footer, model/tables.ts): the document numbers
      // its own pages, and the rows under it, the header printed again among them, go on in the table.
      if (rows.length > 0 && isPageDebris(line, this.text)) continue;
      // A section row without tabs (Word's copy of a cell merged across the row; the plan's 一、
      // where the plan is the table) goes on with the table the model reads on under it.
      const takeSections = (): boolean => {
        const sections = this.sectionRowsAt(lines, i, table);
        if (sections === null) return false;
        for (const section of sections.rows) {
          sectionRows.push(rows.length);
          rows.push([section.text]);
          rowStarts.push(section.line.indentEnd);
          rowLines.push(section.line);
        }
        last = i = sections.last;
        return true;
      };
      if (line.kind !== "text" || (line.textKind !== "plain" && line.textKind !== "tableRow") || this.continuations.has(line)) {
        if (takeSections()) continue;
        break;
      }
      // A row's leading tabs are empty cells (a merged 序号 cell Excel or Word copies as none), not
      // its indentation: the row is read from its start, as model/tables.ts reads it.
      const tabbed = this.text.slice(line.start, line.indentEnd).includes("\t");
      let content = this.visible(line, tabbed ? line.start : line.indentEnd, line.contentEnd);
      // A row over lines for a cell Excel quoted for its line break (model/quotedCells.ts): its
      // lines are one row, the cell's break kept (the .docx sets it as a line break in the cell).
      const rowLast = this.quotedRowLast(lines, i);
      for (let k = i + 1; k <= rowLast; k++) content += "\n" + this.visible(lines[k]!, lines[k]!.start, lines[k]!.contentEnd);
      if (!/\S\t|\t\S/u.test(content)) {
        if (takeSections()) continue;
        break;
      }
      table ??= this.tableLines().tableOf(line);
      const cells = content.split("\t").map((cell) => unquotedCell(cell.trim()));
      // Excel's copy of a section row: its words in the first cells, the row's other cells empty.
      const section = table !== undefined && table.sectionRows.length > 0 && this.tableLines().isSectionRowOf(table, line);
      if (section) sectionRows.push(rows.length);
      // A row a page cut (pageCutRows.ts): one row with its remainder, the page's edge not printed.
      const rest = !section && rows.length > 0 && cells.length < rows[0]!.length ? this.pageCutRest(lines, i) : -1;
      const across = rest >= 0 ? cellsAcrossPage(cells, this.visible(lines[rest]!, lines[rest]!.start, lines[rest]!.contentEnd).split("\t").map((cell) => cell.trim()), rows[0]!.length) : null;
      rows.push(section ? [cells.filter((cell) => cell !== "").join(" ")] : (across ?? cells));
      rowStarts.push(tabbed ? line.start : line.indentEnd);
      rowLines.push(line);
      last = i = across !== null ? rest : rowLast;
    }
    if (rows.length - sectionRows.length < 2) return null;
    const fitted = this.fittedRows(rows, rowStarts, rowLines);
    // A row short of the header stands in place only where the model put its gap (rowInColumns).
    const inPlace = rows.map((row, r) => row.length >= rows[0]!.length || (this.tableRowAt(rowLines[r]!)?.gapColumns.length ?? 0) > 0);
    return { rows: fitted, last, ...this.continued(fitted, rowLines, inPlace), ...(sectionRows.length > 0 ? { sectionRows } : {}) };
  }

  /**
   * A pasted table's rows fitted to its header. The empty cells past the header's that a WPS or
   * Excel copy ends each row with are left out (the printed table does not carry them), and a row
   * short of the header's is filled with empty cells at its end. A category
   * merged over the rows below its first (类别 | 标准供给 spanning three rows) comes in those rows
   * without its cell, every cell after it one column left of its heading: where the targets'
   * reading of the table (targets/tables.ts) found the row's indicator further left than in the
   * table's full rows, the empty cells are put back before it, so that the Word table stands as
   * the drafter's did, each figure under its year.
   */
  private fittedRows(rows: string[][], rowStarts: readonly number[], rowLines: readonly LineNode[]): string[][] {
    const width = rows[0]!.length;
    const read = indicatorTables(this.plan);
    const indicatorAt = (r: number): number => {
      const row = read?.rows.get(rowLines[r]!);
      return row === undefined ? -1 : countTabs(this.text, rowStarts[r]!, row.indicator.start);
    };
    let column = -1;
    for (let r = 1; r < rows.length && column < 0; r++) if (rows[r]!.length >= width) column = indicatorAt(r);
    return rows.map((row, r) => {
      // A 分工表 row short of the header's cells: its empty cells where the model placed them.
      const placed = r > 0 ? this.rowInColumns(rowLines[r]!, row, width) : null;
      if (placed !== null) return placed;
      const at = r > 0 && column > 0 && row.length < width ? indicatorAt(r) : -1;
      const missing = at >= 1 ? Math.min(column - at, width - row.length) : 0;
      const fitted = missing > 0 ? [...row.slice(0, at), ...Array<string>(missing).fill(""), ...row.slice(at)] : row;
      // A row short of the header's cells (its empty last cells' tabs trimmed) ends in empty cells,
      // as the model reads it (model/tables.ts) and the .docx writes it.
      const kept = withoutEmptyCellsPast(fitted, width);
      return kept.length < width ? [...kept, ...Array<string>(width - kept.length).fill("")] : kept;
    });
  }

  /**
   * A 分工表 row's cells with empty ones in the columns the model found it had no cell for (a
   * merged cell the row was pasted without, a 配合单位 left out: TableRow `gapColumns`), or null for
   * any other row: read back, the row's 完成时限 stays in its column and no deadline reads as a unit.
   */
  private rowInColumns(line: LineNode, cells: readonly string[], width: number): string[] | null {
    return cellsInColumns(withoutEmptyCellsPast([...cells], width), this.tableRowAt(line), width);
  }

  /** The 分工表 rows the model read, with its blank ones, by where each starts (mergedCells.ts), made when a table asks. */
  private readRows: Map<number, TableRow | BlankTableRow> | null = null;

  /** The 分工表 row the model read at a line, one that names no unit too, or undefined. */
  private readRowAt(line: LineNode): TableRow | BlankTableRow | undefined {
    return (this.readRows ??= readRowsByStart(this.plan, (this.tableRows ??= tableRowsByStart(this.plan)))).get(line.indentEnd);
  }

  /** The index of the line the model read the row at `lines[index]` on to past a page's edge, or -1. */
  private pageCutRest(lines: readonly LineNode[], index: number): number {
    return restLineIndex(this.readRowAt(lines[index]!), lines, index);
  }

  /** The 分工表 row the model read at a line, or undefined. */
  private tableRowAt(line: LineNode): TableRow | undefined {
    return (this.tableRows ??= tableRowsByStart(this.plan)).get(line.indentEnd);
  }

  /** The table's cells that continue a merged cell above (mergedCells.ts), for the table's block. */
  private continued(rows: readonly (readonly string[])[], rowLines: readonly LineNode[], inPlace: readonly boolean[]): { continued?: number[][] } {
    const continued = continuedCells(
      rows,
      rowLines.map((line) => this.tableRowAt(line)),
      inPlace,
    );
    return continued === null ? {} : { continued };
  }

  /** The index of the last line of the row that starts at `index`: past it where quoted cells run the row over lines. */
  private quotedRowLast(lines: readonly LineNode[], index: number): number {
    const cells = this.plan.quotedCells;
    if (cells.length === 0) return index;
    let last = index;
    let rowEnd = lines[index]!.contentEnd;
    for (const cell of cells) {
      if (cell.open < lines[index]!.start || cell.open >= rowEnd) continue;
      while (last + 1 < lines.length && lines[last]!.contentEnd < cell.rowEnd) last++;
      rowEnd = cell.rowEnd;
    }
    return last;
  }

  /**
   * A table whose cells a copy set apart with spaces (a web page's or a PDF's table copied as
   * text: two spaces or more, or 全角 spaces, between cells; one half-width space stays inside a
   * cell): a header of three cells or more, each short (MAX_HEADER_CELL), and the rows right
   * under it that split into as many cells. Strict, since its lines leave the paragraphs: lines
   * whose gaps do not line up with a header (prose, a 署名 and date set apart) are no table, and a
   * row with other cells ends it and stays a paragraph with its words — but for a row a merged
   * cell made short: a 分工表's unit cell the model reads through, a 合计 row (totalRows.ts). A
   * 分工表 the model reads with its cells apart by single spaces (narrowTableAt) is parted as the
   * model parts it, each run of spaces between two cells; the section rows the model reads the
   * table on under are rows across it, as in tableAt.
   */
  private spacedTableAt(lines: readonly LineNode[], index: number): { rows: string[][]; last: number; continued?: number[][]; sectionRows?: number[] } | null {
    const narrow = this.narrowTableAt(lines[index]!);
    const cellsAt = (i: number): string[] | null => {
      const line = lines[i]!;
      if (line.kind !== "text" || (line.textKind !== "plain" && line.textKind !== "tableRow") || this.continuations.has(line)) return null;
      const content = this.visible(line, line.indentEnd, line.contentEnd).trim();
      if (narrow) return narrowCellsOf(content, 0, content.length)?.map((cell) => content.slice(cell.start, cell.end)) ?? null;
      return CELL_GAP.test(content) ? content.split(CELL_GAP) : null;
    };
    const header = cellsAt(index);
    if (header === null || header.length < 3 || header.some((cell) => cell.length > MAX_HEADER_CELL || /[。；;，,]$/u.test(cell))) return null;
    const table = this.tableLines().tableOf(lines[index]!);
    const rows = [header];
    const rowLines = [lines[index]!];
    const sectionRows: number[] = [];
    let last = index;
    for (let i = index + 1; i < lines.length; i++) {
      const line = lines[i]!;
      if (line.kind === "blank" || line.kind === "comment") continue;
      const written = cellsAt(i);
      // A row whose 序号 its task follows after one space (serialCells.ts): the two cells the model parts.
      const cells = written !== null && written.length === header.length - 1 ? (serialApartCells(written, this.readRowAt(line)) ?? written) : written;
      // A row a page cut (pageCutRows.ts): one row with its remainder, the page's edge not printed.
      const rest = cells !== null && cells.length < header.length ? this.pageCutRest(lines, i) : -1;
      const across = rest >= 0 ? cellsAcrossPage(cells!, cellsAt(rest) ?? [this.visible(lines[rest]!, lines[rest]!.indentEnd, lines[rest]!.contentEnd).trim()], header.length) : null;
      if (across !== null) {
        rows.push(across);
        rowLines.push(line);
        last = i = rest;
        continue;
      }
      const fitted = cells !== null && cells.length < header.length ? (this.rowInColumns(line, cells, header.length) ?? (rows.length > 1 ? totalRowCells(cells, header.length) : null)) : cells;
      if (fitted === null || fitted.length !== header.length) {
        // A section row the model reads the table on under (tableAt's).
        const sections = this.sectionRowsAt(lines, i, table);
        if (sections === null) break;
        for (const section of sections.rows) {
          sectionRows.push(rows.length);
          rows.push([section.text, ...Array<string>(header.length - 1).fill("")]);
          rowLines.push(section.line);
        }
        last = i = sections.last;
        continue;
      }
      rows.push(fitted);
      rowLines.push(line);
      last = i;
    }
    // Every row has the header's cells, a short one only where the model put its gap.
    if (rows.length - sectionRows.length < 2) return null;
    return { rows, last, ...this.continued(rows, rowLines, rows.map((_, r) => !sectionRows.includes(r))), ...(sectionRows.length > 0 ? { sectionRows } : {}) };
  }

  /**
   * Whether `line` heads a 分工表 the model reads with its cells apart by single spaces
   * (model/narrowCells.ts: `序号 重点任务 责任单位 完成时限`): a header without tabs whose wide gaps do
   * not part the model's columns. Its rows are then parted as the model parts them.
   */
  private narrowTableAt(line: LineNode): boolean {
    if (line.kind !== "text" || !hasInnerSpace(this.text, line.indentEnd, line.contentEnd)) return false;
    const table = this.tableLines().tableOf(line);
    if (table === undefined || table.start !== line.indentEnd || this.text.slice(line.start, line.contentEnd).includes("\t")) return false;
    const content = this.visible(line, line.indentEnd, line.contentEnd).trim();
    return content.split(CELL_GAP).length !== table.columns.length;
  }

  /**
   * A table a PDF copy pasted one cell a line (model/cellLineTables.ts), laid out as the table
   * it was: a row's lines its cells (a row whose cells do not line up keeps its text, its extra
   * lines in its last cell: docx.ts pads or joins a row to the header's width).
   */
  private cellLineTableAt(lines: readonly LineNode[], index: number): { rows: string[][]; last: number } | null {
    const table = cellLineTableAt(lines, index, this.text);
    if (table === null) return null;
    const cells = (start: number, end: number) => lines.slice(start, end).map((line) => this.visible(line, line.indentEnd, line.contentEnd).trim());
    return { rows: [cells(index, index + table.columns.length), ...table.rows.map((row) => cells(row.start, row.end))], last: table.end - 1 };
  }

  /** Whether the next line with text after `index` starts a 落款: a 署名 over a 成文日期, or the date alone. */
  private signatureAfter(lines: readonly LineNode[], index: number): boolean {
    let next = index + 1;
    while (next < lines.length && (lines[next]!.kind === "blank" || lines[next]!.kind === "comment")) next++;
    const line = lines[next];
    return line !== undefined && ((line.kind === "text" && line.textKind === "date") || this.signatureAt(lines, next) !== null);
  }

  /** 发文机关署名: organisation names on lines of their own, just before a 成文日期 line. */
  private signatureAt(lines: readonly LineNode[], index: number): { names: LineNode[]; date: TextLineNode } | null {
    const names: LineNode[] = [];
    for (let i = index; i < lines.length; i++) {
      const line = lines[i]!;
      if (line.kind === "blank" || line.kind === "comment") continue;
      if (line.kind === "text" && line.textKind === "date") return names.length > 0 ? { names, date: line } : null;
      if (!isHeadingLike(line, this.text) || !ORGANISATION_END.test(lineText(line, this.text))) return null;
      names.push(line);
    }
    return null;
  }

  /** An item line: the marker and heading in the level's face, the rest in the body face. */
  private itemLine(line: Exclude<LineNode, { kind: "blank" | "comment" | "text" }>): void {
    this.expectAttachmentTitle = false;
    const level = line.marker.level;
    const runs: LayoutRun[] = [];
    const { marker, after } = this.printedMarker(line);
    if (line.kind === "list") {
      runs.push({ text: marker + this.visible(line, after, line.contentEnd), face: "body" });
    } else {
      runs.push({ text: marker + this.visible(line, after, line.bodyStart), face: `heading${level as 1 | 2 | 3 | 4}` });
      // A heading to the line's end that a PDF's measure cut takes the line it goes on on
      // (visible, above): the body, empty, must not print that line again.
      if (line.bodyStart < line.contentEnd) runs.push({ text: this.visible(line, line.bodyStart, line.contentEnd), face: "body" });
    }
    this.pushParagraph(runs, level, line);
  }

  /**
   * An item line's marker as the exported document prints it, and where the text after it
   * starts. The export is the final document: its marker is the one `plancheck outline` shows
   * and the numbering fixes leave (numbering/edits.ts `shownMarker`): a marker written twice
   * (`一、一、`, `1.1.`, `（二）、`, model/markers.ts) once, a marker lost on paste as its fix writes it.
   */
  private printedMarker(line: Exclude<LineNode, { kind: "blank" | "comment" | "text" }>): { marker: string; after: number } {
    const item = this.itemsByLine.get(line);
    if (!item) return { marker: "", after: line.marker.start };
    const end = Math.max(item.marker.end, item.marker.doubled?.end ?? item.marker.end);
    return { marker: shownMarker(item, this.rootsOf(item)), after: this.headingStart(end, line.contentEnd) };
  }

  /**
   * Where an item's words start after its marker's end: past the spaces or the tab a web page's
   * justified heading or WPS's list numbering leaves (`10.\t加快…`, `（一）　指导思想`), which
   * numbering/marker-space's fix deletes. GB/T 9704 sets the marker as the text's first characters,
   * two characters in: printed, a tab would jump to Word's next tab stop and a space push the words
   * along, each line's words starting somewhere else. A digit after them keeps them (`2. 1.5亿元`
   * joined would read as a decimal), as that fix does.
   */
  private headingStart(end: number, contentEnd: number): number {
    let at = end;
    while (at < contentEnd && isSpaceCode(this.text.charCodeAt(at))) at++;
    if (at < contentEnd && isAnyDigitCode(this.text.charCodeAt(at))) return end;
    // A tab before another on the line sets cells apart (`1\t推动…\t市工信局`), as that fix leaves it.
    const tab = this.text.indexOf("\t", end);
    return tab >= 0 && tab < at && this.text.slice(at, contentEnd).trimEnd().includes("\t") ? end : at;
  }

  /** The items beside a top-level item, as the outline passes them to `shownMarker` (outline.ts). */
  private rootsOf(item: NumberedItem): readonly NumberedItem[] {
    if (item.parent !== null || item.marker.text !== "") return [];
    if (item.attachment !== null) return item.attachment.items;
    for (const { nodes } of partSections(this.plan)) if (nodes.includes(item)) return nodes.filter((node): node is NumberedItem => !isBox(node));
    return [];
  }

  private paragraph(line: TextLineNode): void {
    const content = this.visible(line, line.indentEnd, line.contentEnd);
    const note = line.textKind === "note" || opensWithNoteLabel(content);
    this.pushParagraph([{ text: content, face: "body" }], null, line, this.noteHang(line, content), note);
  }

  /**
   * How a numbered note's line hangs: its first line (`注：1.……`, or `注：` alone) where the body's
   * first lines start; a later one the model reads into the note's run (`2.……`) under the first's
   * number; a footnote (`① ……`, model/notes.ts) where the body's first lines start, its mark
   * before its words as a page's footnote has it. Undefined for any other line.
   */
  private noteHang(line: TextLineNode, content: string): HangingLead | undefined {
    if (line.textKind === "plain") {
      const first = noteLabelLead(content);
      return first ? { under: "", lead: first.lead } : undefined;
    }
    if (line.textKind !== "note") return undefined;
    const lead = noteNumberLead(content);
    if (lead === null) return undefined;
    const previous = this.blocks[this.blocks.length - 1];
    if (previous?.kind !== "paragraph" || !previous.hang) return { under: "", lead };
    return { under: previous.hang.under || (noteLabelLead(previous.hang.lead)?.label ?? ""), lead };
  }

  private pushParagraph(runs: LayoutRun[], level: ItemLevel | null, line: LineNode, hang?: HangingLead, note = false): void {
    const kept = trimEnd(runs.filter((run) => run.text !== ""));
    if (kept.length === 0) return;
    const comments = this.annotations === "comments" ? this.annotationTexts(line) : [];
    this.blocks.push({ kind: "paragraph", runs: kept, level, comments, box: this.inBox(line), ...(hang ? { hang } : {}), ...(note ? { note: true as const } : {}) });
  }

  /**
   * A notice's title: heading-like lines (blank lines between them allowed, as web copies
   * have them) up to one ending in 通知. Null when the lines at `index` are not one.
   */
  private noticeTitleAt(lines: readonly LineNode[], index: number): LineNode[] | null {
    const run: LineNode[] = [];
    for (let i = index; i < lines.length && run.length < 4; i++) {
      const line = lines[i]!;
      if (line.kind === "blank") continue;
      if (!isHeadingLike(line, this.text)) return null;
      run.push(line);
      // A 文种 set letter-spaced on a line of its own (`通  知`, as notices often print it) ends
      // the title all the same: the spaces are layout, not words.
      if (NOTICE_TITLE.test(lineText(line, this.text).replace(/[\s\u3000]+/gu, ""))) return run;
    }
    return null;
  }

  /**
   * A 主送机关 a plan published without its notice keeps under its own title (`各乡（镇）人民政府，
   * 县直各有关单位：`), which the model reads as the first line of the preamble: right under a
   * title, a line with no full stop that ends on a colon after a body's name (单位, 部门, 政府 …).
   * A preamble that ends on a colon (`…提出如下实施方案：`) names no body there.
   */
  private isAddresseeUnderTitle(line: LineNode): boolean {
    if (line.kind !== "text" || line.textKind !== "plain" || this.blocks[this.blocks.length - 1]?.kind !== "title") return false;
    const content = this.visible(line, line.indentEnd, line.contentEnd);
    if (!ADDRESSEE_END.test(content) || content.includes("。")) return false;
    const lastName = content.slice(0, -1).split(/[，,、；;]/u).pop() ?? "";
    return ADDRESSEE_NAME_END.test(lastName);
  }

  /** A run of source lines without those that go on a line above them (printed with it). */
  private ownLines(lines: readonly LineNode[]): LineNode[] {
    return lines.filter((line) => !this.continuations.has(line));
  }

  /**
   * The line's text in [from, to) without what is not plan text (comments, annotations); to its
   * end, with the lines it goes on on when a PDF's measure cut it.
   */
  private visible(line: LineNode, from: number, to: number): string {
    const wrap = to === line.contentEnd ? this.goesOn.get(line) : undefined;
    if (wrap) return this.visibleSpan(line, from, Math.min(wrap.join.start, to)) + wrap.join.text + this.visible(wrap.next, wrap.next.indentEnd, wrap.next.contentEnd);
    return this.visibleSpan(line, from, to);
  }

  /** The rosters' lines and what each prints before its words (rosterLines.ts). */
  private rosterPrint: RosterPrint | null = null;

  /** A web page's markup in the text, printed as the model reads it (webMarkup.ts). */
  private webMarkupOf: WebMarkup | null = null;
  private get webMarkup(): WebMarkup {
    return (this.webMarkupOf ??= new WebMarkup(this.plan));
  }

  private visibleSpan(line: LineNode, from: number, to: number): string {
    const hidden = hiddenSpans(line, this.text);
    const pieces: Span[] = [];
    let position = from;
    for (const span of hidden) {
      if (span.end <= position || span.start >= to) continue;
      if (span.start > position) pieces.push({ start: position, end: span.start });
      position = Math.max(position, span.end);
    }
    if (position < to) pieces.push({ start: position, end: to });
    // One stretch: markup the hidden parts split is read whole (webMarkup.ts).
    return this.webMarkup.printed(pieces);
  }

  private annotationTexts(line: LineNode): string[] {
    return partsOf(line)
      .filter((part) => part.type === "annotation")
      .map((part) => this.text.slice(part.start + 1, part.end - 1));
  }
}

/** How many parts a part is within (第一节 in its 第一章: 1). */
function partDepth(part: PlanPart): number {
  let depth = 0;
  for (let within = part.within; within !== null; within = within.within) depth++;
  return depth;
}

function partsOf(line: LineNode): InlineNode[] {
  if (line.kind === "text") return line.parts;
  if (line.kind === "item" || line.kind === "list") return [...line.headingParts, ...line.parts];
  return [];
}

/**
 * An attachment's label as GB/T 9704 §7.3.7 prints it: `附件` and its number, nothing after
 * (`附件2：` alone on its line is printed `附件2`, as `附件2：重点任务分工表` is), no space inside.
 */
function printedLabel(label: string): string {
  return label.replace(/[\s\u3000]+/gu, "").replace(/[:：]$/u, "");
}

/**
 * Spans of a line that are markup, not plan text, in text order: trailing `//` comments,
 * annotations, and a drafter's `//` notes inside a responsibility clause (the grammar's
 * ClauseComment: 〔责任单位：市发展改革委 // 待确认、市财政局〕 prints 〔责任单位：市发展改革委、市财政局〕).
 */
function hiddenSpans(line: LineNode, text: string): Span[] {
  const hidden: Span[] = [];
  for (const part of partsOf(line)) {
    if (part.type === "comment" || part.type === "annotation") hidden.push(part);
    else if (part.type === "clause") clauseComments(text, part, hidden);
  }
  return hidden;
}

/**
 * The `//` notes inside a clause, each with the spaces before it: from `//` to the next separator,
 * `；` or closing bracket, a pair of round brackets inside it its own (ClauseCommentPiece). One look
 * for a `/` first: most clauses hold none.
 */
function clauseComments(text: string, clause: Span, into: Span[]): void {
  // Bounded by the clause: an indexOf past its end would read on to the next note of the document.
  for (let from = clause.start; from + 1 < clause.end; from++) {
    if (text.charCodeAt(from) !== SLASH || text.charCodeAt(from + 1) !== SLASH) continue;
    let start = from;
    while (start > clause.start && isSpaceCode(text.charCodeAt(start - 1))) start--;
    let end = from + 2;
    let depth = 0;
    for (; end < clause.end; end++) {
      const code = text.charCodeAt(end);
      if (code === 0xff08 || code === 0x28) depth++;
      else if ((code === 0xff09 || code === 0x29) && depth > 0) depth--;
      else if (depth === 0 && CLAUSE_COMMENT_ENDS.has(code)) break;
    }
    into.push({ start, end });
    from = end;
  }
}

const SLASH = 0x2f;

/** Where a clause's `//` note ends: a separator, `；`, or the clause's closing bracket. */
const CLAUSE_COMMENT_ENDS = codeUnitSet("、，,；;〕）)】");

/** Drops the spaces a removed comment or annotation leaves at the end of a paragraph. */
function trimEnd(runs: LayoutRun[]): LayoutRun[] {
  while (runs.length > 0) {
    const last = runs[runs.length - 1]!;
    const trimmed = last.text.replace(/[\s\u3000]+$/u, "");
    if (trimmed !== "") {
      runs[runs.length - 1] = { ...last, text: trimmed };
      break;
    }
    runs.pop();
  }
  return runs;
}

/** Where each part of a 落款 goes in GB/T 9704: 附件说明 (§7.3.4), 署名, 成文日期 (§7.3.5), 附注 (§7.3.6). */
const CLOSING_RANK: Partial<Record<LayoutBlock["kind"], number>> = { attachmentNote: 0, signature: 1, date: 2, note: 3 };

/**
 * Puts each run of a 落款's parts (blocks of those kinds one after another, a 署名 or 成文日期
 * among them) in the standard's order: a copy may have the 附件说明 under the 落款 or the 附注
 * above the 署名, and the export is the document as GB/T 9704 sets it. Only their order changes,
 * each part's lines keep theirs (a stable sort).
 */
function closingInStandardOrder(blocks: LayoutBlock[]): void {
  for (let start = 0; start < blocks.length; ) {
    let end = start;
    while (end < blocks.length && CLOSING_RANK[blocks[end]!.kind] !== undefined) end++;
    const run = blocks.slice(start, end);
    if (run.some((block) => block.kind === "signature" || block.kind === "date")) {
      run.sort((a, b) => CLOSING_RANK[a.kind]! - CLOSING_RANK[b.kind]!);
      blocks.splice(start, run.length, ...run);
    }
    start = Math.max(end, start + 1);
  }
}

/**
 * Puts the notes a copy has right under a 附件说明 (`① ……` footnotes, which a copy of a Word
 * document or a PDF gathers at the text's end) above it: they explain the text, and GB/T 9704
 * (§7.3.4) sets the 附件说明 one blank line under the body, the 落款 under it. Only their place
 * changes; the notes keep their order.
 */
function notesBeforeAttachmentNote(blocks: LayoutBlock[]): void {
  for (let start = 0; start < blocks.length; start++) {
    if (blocks[start]!.kind !== "attachmentNote" || blocks[start - 1]?.kind === "attachmentNote") continue;
    let listEnd = start;
    while (listEnd < blocks.length && blocks[listEnd]!.kind === "attachmentNote") listEnd++;
    let notesEnd = listEnd;
    while (notesEnd < blocks.length && isNoteParagraph(blocks[notesEnd]!)) notesEnd++;
    if (notesEnd === listEnd) continue;
    const notes = blocks.splice(listEnd, notesEnd - listEnd);
    blocks.splice(start, 0, ...notes);
    start += notes.length;
  }
}

function isNoteParagraph(block: LayoutBlock): boolean {
  return block.kind === "paragraph" && block.note === true;
}

/**
 * A title's printed lines: where the source breaks it, and each source line too long for one line
 * broken between words (titleLines), where a reader joins it to the rest of the title below.
 */
function printedLines(sourceLines: string[]): string[] {
  return sourceLines.flatMap((line, i) => titleLines(line, undefined, sourceLines.slice(i + 1).join("")));
}

/** 2024-04-21 → 2024年4月21日: the standard's form, Arabic numerals, no leading zeros. */
export function chineseDate(iso: string): string {
  const [year, month, day] = iso.split("-");
  return `${year}年${Number(month)}月${Number(day)}日`;
}

/**
 * A row without the empty cells it has past the header's: a WPS or Excel copy ends each row with
 * a tab (an empty cell no column heads), which the printed table does not carry.
 */
/** How many tabs stand between two offsets: the index of the cell at `to` in a row whose cells start at `from`. */
function countTabs(text: string, from: number, to: number): number {
  let count = 0;
  for (let at = text.indexOf("\t", from); at >= 0 && at < to; at = text.indexOf("\t", at + 1)) count++;
  return count;
}

function withoutEmptyCellsPast(row: string[], width: number): string[] {
  let end = row.length;
  while (end > width && row[end - 1] === "") end--;
  return end === row.length ? row : row.slice(0, end);
}

