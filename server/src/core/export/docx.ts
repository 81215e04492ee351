import {
  AlignmentType,
  BorderStyle,
  CommentRangeEnd,
  CommentRangeStart,
  CommentReference,
  Document,
  DocumentGridType,
  Footer,
  Header,
  HeightRule,
  type ICommentOptions,
  type IParagraphOptions,
  type IRunOptions,
  PageNumber,
  Paragraph,
  SectionType,
  type ParagraphChild,
  Table,
  TableAnchorType,
  TableCell,
  TableLayoutType,
  TableRow,
  TabStopType,
  TextRun,
  VerticalAlign,
  VerticalMergeType,
  WidthType,
} from "docx";
import { TextWatermark } from "docx/watermarks";
import {
  BODY_CHAR,
  BODY_PT,
  EM_DASH,
  halfPoints,
  IMPRINT_CHAR,
  IMPRINT_PT,
  ISSUER_MARK_TOP,
  LATIN_FONT,
  PAGE_NUMBER_FONT,
  PAGE_NUMBER_LINE,
  PAGE_NUMBER_PT,
  type PageGeometry,
  pageGeometry,
  RULE_THICK,
  RULE_THIN,
  SIZE_PT,
  wordWidth,
} from "./gongwen.js";
import { type GongwenLayout, type HangingLead, type LayoutBlock, type LayoutRun, PLACEHOLDER_MARKS, type RunFace } from "./layout.js";
import { issuerMarkWordStart } from "../model/issuerMark.js";
import { centredColumns } from "./tableColumns.js";
import { unwidowedWidths } from "./cellWraps.js";
import { totalLabelSpans } from "./totalRows.js";
import { type ClosingForm, closingForm, closingIndents } from "./closing.js";
import { type BoxShapes, boxShapes } from "./boxes.js";
import type { DocxExportOptions, FontRole } from "./options.js";

/**
 * Turns a layout into a docx `Document`: GB/T 9704's page, grid, fonts and sizes for each kind
 * of block, page numbers at the outer edge, the draft mark and the comments the options ask for.
 */
export function gongwenDocument(layout: GongwenLayout, options: DocxExportOptions, commentDate: Date): Document {
  const geometry = pageGeometry(options.paper);
  const writer = new BlockWriter(layout, options, geometry, commentDate);
  // The 版记 is the last page's, the back of the last sheet (封四, GB/T 9704 §7.4): a section of
  // its own that Word and LibreOffice start on the next even page. Where the text ends on an odd
  // page that is the page after it; where it ends on an even one, a blank page comes between,
  // as the standard allows (§7.5, 版记页前有空白页的) — even where the 版记 would have fitted
  // under the text: which page the text ends on only the word processor knows.
  const imprintAt = layout.blocks.findIndex((block) => block.kind === "imprint");
  const bodyBlocks = imprintAt < 0 ? layout.blocks : layout.blocks.slice(0, imprintAt);
  const children = bodyBlocks.flatMap((block, index) => writer.write(block, bodyBlocks[index + 1]));
  const imprintChildren = layout.blocks.slice(bodyBlocks.length).flatMap((block, index, rest) => writer.write(block, rest[index + 1]));
  const header = draftHeader(layout, options);
  const page = { size: { width: geometry.width, height: geometry.height }, margin: { ...geometry.margin, gutter: 0 } };
  // The page's grid as Word's page setup reads it (文档网格, where a reviewer checks 22 lines of 28):
  // the body's line pitch and its characters' pitch (charSpace, in 4096ths of a point over the
  // body's size). Not switched on: a line grid has LibreOffice set every line of a table on a
  // grid line (a 分工表 twice as long), and a character grid is refused below; the lines and
  // characters are the paragraphs' exact spacing and the runs' tightening.
  const grid = { type: DocumentGridType.DEFAULT, linePitch: geometry.linePitch, charSpace: Math.round((geometry.characterSpacing * 4096) / 20) };
  // 28 characters to the line by tightening each by a fraction of a point rather than by Word's
  // character grid, which LibreOffice lays out differently (a character wider than a grid cell
  // takes two cells): the same 28 in Word, WPS and LibreOffice.
  // The tightening is the body's, carried by each run of the body's faces (BlockWriter.run), not
  // by the defaults: a run can only add spacing to what it inherits (the docx library writes no
  // spacing of 0), and the title, the page numbers and tables are set without it.
  const bodyRun = { ...writer.fonts("body"), size: halfPoints(BODY_PT) };
  const bodyParagraph = {
    alignment: AlignmentType.JUSTIFIED,
    spacing: { line: geometry.linePitch, lineRule: "exact", before: 0, after: 0 },
    indent: { firstLineChars: 200, firstLine: 2 * BODY_CHAR },
  } as const;
  return new Document({
    title: layout.title ?? undefined,
    evenAndOddHeaderAndFooters: true,
    comments: { children: writer.comments },
    styles: {
      default: { document: { run: bodyRun, paragraph: bodyParagraph } },
      // Normal too, not only the document defaults: LibreOffice sizes the character grid from
      // the Normal style's East Asian font size (12 pt when it has none).
      paragraphStyles: [{ id: "Normal", name: "Normal", run: bodyRun, paragraph: bodyParagraph }],
    },
    sections: [
      {
        properties: { page: { ...page, pageNumbers: { start: 1 } }, grid },
        headers: header ? { default: header(), even: header() } : undefined,
        footers: { default: pageNumberFooter("right"), even: pageNumberFooter("left") },
        children,
      },
      // Its pages numbered on from the text's (the blank page's and the 版记's numbers, which
      // §7.5 allows to leave out, are kept: whether there is a blank page is not known here),
      // with the text's headers and footers: a section that names none has its predecessor's.
      // An empty line first: LibreOffice starts a section whose first element is a floating
      // table on the page where the text ends, not on the next even page.
      ...(imprintChildren.length > 0
        ? [{ properties: { type: SectionType.EVEN_PAGE, page, grid }, children: [new Paragraph({ indent: NO_INDENT, children: [] }), ...imprintChildren] }]
        : []),
    ],
  });
}

const NO_INDENT = { firstLine: 0, firstLineChars: 0 } as const;

/**
 * A joint 发文机关标志's issuers' names and the word set to their right (文件), or null for one
 * issuer's mark (one line), or lines whose last does not end in an issuer's name and 文件.
 */
export function jointIssuerMarkParts(lines: readonly string[]): { names: string[]; mark: string } | null {
  if (lines.length < 2) return null;
  const last = lines[lines.length - 1]!;
  // Read with a template's placeholders (××市人民政府) as the name's characters, one for one.
  const at = issuerMarkWordStart(last.replace(PLACEHOLDER_MARKS, "某"));
  if (at < 0) return null;
  return { names: [...lines.slice(0, -1), last.slice(0, at)], mark: last.slice(at) };
}
/** The blocks a part's heading follows without a blank line: a title, or a part it is within. */
const PART_FOLLOWS_CLOSELY: ReadonlySet<LayoutBlock["kind"]> = new Set(["title", "subtitle", "part", "attachmentLabel", "docNumber", "issuerMark", "headField"]);
/** Tables are set in 4号, as 公文 set them: a 3号 row of five columns would not fit the type area. */
const TABLE_PT = SIZE_PT.四号;
/** Notes (`注：……`, `① ……`) in 4号 too, the size of the table they explain. */
const NOTE_PT = SIZE_PT.四号;
/** What stands before an attachment's name in the 附件说明: `附件：` (on its first line) and the list's number. */
const ATTACHMENT_NOTE_PREFIX = /^(附件[\s\u3000]*[：:][\s\u3000]*)?(\d+[\s\u3000]*[.．、][\s\u3000]*)?/u;
/** The 版头's red: the 发文机关标志 and the rule under the 发文字号 (GB/T 9704 §7.2.6, §7.2.8). */
const RED = "FF0000";
/** The red 分隔线 under the 发文字号, 4 mm (≈ 11 pt) below it. */
const SEPARATOR_RULE = { style: BorderStyle.SINGLE, size: 12, color: RED, space: 11 } as const;

/**
 * A 专栏 box's frame: the same border on each of its paragraphs, which Word and LibreOffice draw
 * as one frame round the run of them (GB/T 9704 has no 专栏; plans set it apart in a box).
 */
const BOX_RULE = { style: BorderStyle.SINGLE, size: 6, color: "000000", space: 4 } as const;
const BOX_BORDER = { top: BOX_RULE, bottom: BOX_RULE, left: BOX_RULE, right: BOX_RULE } as const;
/**
 * Word draws a paragraph's side borders outside its indents, its padding (`space`, points) and
 * the rule (`size`, eighths of a point) beyond the text: a box's paragraphs are indented by both
 * on each side, so the frame stays inside the type area (版心) and its text a little narrower.
 */
const BOX_INSET = BOX_RULE.space * 20 + Math.ceil((BOX_RULE.size * 20) / 8);
const BOX_INDENT = { left: BOX_INSET, right: BOX_INSET } as const;
/** A box's rule on a table's outer sides (a table's borders take no padding). */
const FRAME_SIDES = (({ space: _padding, ...rule }) => ({ top: rule, bottom: rule, left: rule, right: rule }))(BOX_RULE);
/** The space above a box's frame and under it, in lines. */
const BOX_GAP = 0.5;

class BlockWriter {
  readonly comments: ICommentOptions[] = [];

  constructor(
    private readonly layout: GongwenLayout,
    private readonly options: DocxExportOptions,
    private readonly geometry: PageGeometry,
    private readonly commentDate: Date,
  ) {
    this.firstOutlineLevel = layout.blocks.reduce((level, block) => (block.kind === "part" ? Math.max(level, block.depth + 1) : level), 0);
    const boxWidth = geometry.width - geometry.margin.left - geometry.margin.right - 2 * BOX_INSET;
    const width = (text: string) => wordWidth(text, BODY_PT, geometry.characterSpacing);
    this.boxes = boxShapes(layout.blocks, (block) =>
      block.kind === "paragraph" ? Math.ceil((2 * BODY_CHAR + width(block.runs.map((run) => run.text).join(""))) / boxWidth) : block.kind === "table" ? block.rows.length : 1,
    );
  }

  /** The 专栏 boxes: where each ends, and those kept on one page whole (boxes.ts). */
  private readonly boxes: BoxShapes;


  /** Run fonts of a role: its first choice for CJK text; Latin and digits as the option says. */
  fonts(role: FontRole | "pageNumber"): Pick<IRunOptions, "font"> {
    const name = role === "pageNumber" ? PAGE_NUMBER_FONT[0] : this.options.fonts[role][0]!;
    const latin = this.options.latinDigits ? LATIN_FONT : name;
    return { font: { eastAsia: name, ascii: latin, hAnsi: latin, cs: name, hint: "eastAsia" } };
  }

  /** Whether the paragraph being written stays on the page of the next one (see keepsWithNext). */
  private keepNext = false;

  /** Word's outline level of a numbered item's level 一、: one below the parts where the plan has them. */
  private readonly firstOutlineLevel: number;

  write(block: LayoutBlock, next: LayoutBlock | undefined): (Paragraph | Table)[] {
    this.keepNext = keepsWithNext(block, next) || (this.boxes.keptWhole.has(block) && !this.boxes.last.has(block));
    return this.blockParagraphs(block, next);
  }

  private blockParagraphs(block: LayoutBlock, next: LayoutBlock | undefined): (Paragraph | Table)[] {
    const line = this.geometry.linePitch;
    switch (block.kind) {
      case "headField":
        // 份号, 密级, 紧急程度: flush left at the top of the first page, one a line (§7.2.2–7.2.4);
        // the 份号 in the body's face (Arabic numerals), the other two in 黑体.
        return [this.plain(block.text, block.field === "copyNumber" ? "body" : "heading1", { indent: NO_INDENT })];
      case "issuerMark": {
        // 发文机关标志 (§7.2.4): centred, red, 小标宋 (the title's face), a joint document's issuers
        // one a line; its top 35 mm below the type area's, the lines of the 份号, 密级 and 紧急程度
        // above it counted in; two blank lines above the 字号 (§7.2.5).
        const fieldsAbove = this.layout.blocks.slice(0, this.layout.blocks.indexOf(block)).filter((other) => other.kind === "headField").length;
        const joint = this.jointIssuerMark(block.lines, Math.max(0, ISSUER_MARK_TOP - fieldsAbove * line));
        if (joint !== null) return joint;
        return [
          new Paragraph({
            alignment: AlignmentType.CENTER,
            indent: NO_INDENT,
            ...this.keeping(),
            spacing: { before: Math.max(0, ISSUER_MARK_TOP - fieldsAbove * line), after: 2 * line },
            children: block.lines.map((text, index) => new TextRun({ text, ...this.fonts("title"), size: halfPoints(SIZE_PT.二号), color: RED, break: index > 0 ? 1 : undefined })),
          }),
        ];
      }
      case "docNumber": {
        // Two blank lines between the 发文字号 and the title; under a 发文机关标志, the red rule
        // as wide as the type area 4 mm below the 字号 (§7.2.8), drawn as the paragraph's border.
        const marked = this.layout.blocks.some((other) => other.kind === "issuerMark");
        const rule = marked ? { border: { bottom: SEPARATOR_RULE } } : {};
        if (block.signer !== undefined) {
          // An upward document's (§7.2.4): the 字号 one character in from the left, the 签发人 one
          // in from the right on the same line, 签发人： in 仿宋 and the names in 楷体.
          const typeWidth = this.geometry.width - this.geometry.margin.left - this.geometry.margin.right;
          return [
            new Paragraph({
              alignment: AlignmentType.LEFT,
              indent: { ...NO_INDENT, left: BODY_CHAR },
              // Word measures a tab stop from the type area's left edge, the indent aside.
              tabStops: [{ type: TabStopType.RIGHT, position: typeWidth - BODY_CHAR }],
              spacing: { after: 2 * line },
              ...this.keeping(),
              ...rule,
              children: [this.run(block.text, "body"), new TextRun({ text: "\t" }), this.run("签发人：", "body"), this.run(block.signer, "heading2")],
            }),
          ];
        }
        return [
          this.plain(block.text, "body", {
            alignment: AlignmentType.CENTER,
            spacing: { after: 2 * line },
            ...(marked ? { indent: NO_INDENT, ...rule } : {}),
          }),
        ];
      }
      case "title":
        return [this.title(block.lines, block.pageBreakBefore, next?.kind === "subtitle" ? 0 : line)];
      case "subtitle":
        return [this.plain(block.text, "heading2", { alignment: AlignmentType.CENTER, spacing: { after: line } })];
      case "addressee":
        return [this.plain(block.text, "body", { indent: NO_INDENT })];
      case "part": {
        // GB/T 9704 stops at 一、 (§7.3.3); 规划 and the 方案 divided into parts above it set
        // 第一章 … as published 规划 set it (the 十四五 规划 of the State Council and provinces): centred,
        // at the body's 3号 and on its line grid, no indent. Two levels of parts (第一节 within its
        // 第一章, a 章 within its 篇) take the step the standard's own levels take from 一、 to （一）:
        // the outer in 黑体, the inner in 楷体 — the same size and place, told apart by the face as a
        // reader tells 一、 from （一）; the outer opens with a blank line (a grid line) above it where
        // text stands before it, so that a chapter starts visibly and its sections do not.
        // Word's outline levels follow the parts' depth, the items one below the deepest (paragraph).
        const previous = this.layout.blocks[this.layout.blocks.indexOf(block) - 1];
        const opensAfterText = block.depth === 0 && previous !== undefined && !PART_FOLLOWS_CLOSELY.has(previous.kind);
        return [
          this.plain(block.text, block.depth === 0 ? "heading1" : "heading2", {
            alignment: AlignmentType.CENTER,
            indent: NO_INDENT,
            outlineLevel: block.depth,
            ...(opensAfterText ? { spacing: { before: line } } : {}),
          }),
        ];
      }
      case "paragraph":
        // Not in a box: Word and LibreOffice draw a paragraph's frame at its indents, and frame
        // paragraphs of other indents apart, so a note's hanging lines would break the box's frame.
        return [this.paragraph(block, this.boxes.last.has(block) ? { after: Math.round(BOX_GAP * line) } : undefined)];
      case "boxTitle":
        // A box that holds only a table is that table, its title the first row (boxes.ts tableTitles):
        // a frame of paragraph borders stops at a table, and would frame the title alone.
        if (this.boxes.titlesInTables.has(block)) return [];
        // Half a line above the frame and under it (below its last paragraph), as a figure is set apart from the text.
        return [
          this.plain(block.text, "heading1", {
            alignment: AlignmentType.CENTER,
            indent: { ...NO_INDENT, ...BOX_INDENT },
            border: BOX_BORDER,
            spacing: { before: Math.round(BOX_GAP * line), ...(this.boxes.last.has(block) ? { after: Math.round(BOX_GAP * line) } : {}) },
          }),
        ];
      case "signature": {
        // 署名 and 成文日期 in the form the document is in (closing.ts): centred over the date for
        // the seal, or the unsealed form's steps; each measured as Word sets it (the date's digits
        // half a character, the space Word adds around them, the body's character spacing).
        const { names, at, form } = this.closingAround(block);
        const blankLines = at > 0 ? 0 : form === "sealed" ? 2 : 1;
        return [
          this.plain(block.text, "body", {
            alignment: AlignmentType.RIGHT,
            indent: { ...NO_INDENT, right: names[at]! },
            spacing: { before: blankLines * line },
          }),
        ];
      }
      case "date": {
        const previous = this.layout.blocks[this.layout.blocks.indexOf(block) - 1];
        const { date } = this.closingAround(block);
        return [
          this.plain(block.text, "body", {
            alignment: AlignmentType.RIGHT,
            indent: { ...NO_INDENT, right: date },
            spacing: { before: previous?.kind === "signature" ? 0 : line },
          }),
        ];
      }
      case "note":
        return [this.plain(block.text, "body", {})];
      case "attachmentNote": {
        // One blank line below the body; the lines of a list of attachments follow it closely.
        const previous = this.layout.blocks[this.layout.blocks.indexOf(block) - 1];
        return [this.plain(block.text, "body", { spacing: { before: previous?.kind === "attachmentNote" ? 0 : line }, indent: this.attachmentIndent(block) })];
      }
      case "attachmentLabel":
        // 附件 on line 1, its title on line 3.
        return [this.plain(block.text, "heading1", { indent: NO_INDENT, pageBreakBefore: block.pageBreakBefore, spacing: { after: line } })];
      case "table": {
        // Half a line above a box that is only this table and under a box this table ends, as
        // round a box's paragraphs: a table carries no spacing of its own, an empty line of that
        // height does (the one above kept with the table).
        const title = this.boxes.tableTitles.get(block) ?? null;
        const gap = (keepNext: boolean) => new Paragraph({ indent: NO_INDENT, ...(keepNext ? { keepNext } : this.keeping()), spacing: { line: Math.round(BOX_GAP * line), lineRule: "exact", before: 0, after: 0 }, children: [] });
        return [...(title !== null ? [gap(true)] : []), this.table(block.rows, title, block.box === true, block.continued, block.sectionRows, block.sectionFaces), ...(this.boxes.last.has(block) ? [gap(false)] : [])];
      }
      case "imprint":
        return this.imprint(block);
    }
  }

  /**
   * The right indents of the 落款 a 署名 or 成文日期 is part of (closing.ts): its 署名 lines, the
   * run of them right above the date (or around the 署名), and the date's; `at`, which of the
   * names `block` is.
   */
  private closingAround(block: Extract<LayoutBlock, { kind: "signature" | "date" }>): { names: number[]; date: number; form: ClosingForm; at: number } {
    const blocks = this.layout.blocks;
    const index = blocks.indexOf(block);
    let start = index;
    while (start > 0 && blocks[start - 1]!.kind === "signature") start--;
    let end = block.kind === "signature" ? index : index - 1;
    while (end + 1 < blocks.length && blocks[end + 1]!.kind === "signature") end++;
    const names = blocks.slice(start, end + 1) as Extract<LayoutBlock, { kind: "signature" }>[];
    const dateText = block.kind === "date" ? block.text : block.dateText;
    const width = (text: string) => wordWidth(text, BODY_PT, this.geometry.characterSpacing);
    const form = closingForm(index > this.layout.planStart ? this.layout.draftStatus : null, this.options.draftMark);
    const indents = closingIndents(form, names.map((name) => width(name.text)), width(dateText), BODY_CHAR);
    return { ...indents, form, at: index - start };
  }

  /**
   * A line of the 附件说明 (GB/T 9704 §7.3.4): `附件：` two characters in, as the body's first lines;
   * a list's later lines each with its number under the first one's (`附件：1.…` / `2.…`); and a
   * name too long for its line wrapped under the name's first character — a hanging indent as
   * wide as what stands before the name, measured as Word sets it (the body's tightening, a
   * half-width colon or digit half a cell). The paragraph says firstLineChars 0: Word takes each
   * attribute of w:ind it does not find on the paragraph from the styles (ECMA-376 §17.3.1.12),
   * and the styles' two-character firstLineChars, in character units, would win over a hanging
   * indent in twips. (The docx library writes no hangingChars; the hanging indent is in twips.)
   */
  private attachmentIndent(block: Extract<LayoutBlock, { kind: "attachmentNote" }>): IParagraphOptions["indent"] {
    const [, label = "", number = ""] = ATTACHMENT_NOTE_PREFIX.exec(block.text)!;
    // A later line of the list stands under the `附件：` of the note's first line.
    let under = "";
    if (label === "") {
      const blocks = this.layout.blocks;
      for (let i = blocks.indexOf(block) - 1; i >= 0 && blocks[i]!.kind === "attachmentNote"; i--) {
        const first = ATTACHMENT_NOTE_PREFIX.exec((blocks[i] as typeof block).text)![1];
        if (first) {
          under = first;
          break;
        }
      }
    }
    return this.hangingIndent({ under, lead: label + number });
  }

  /**
   * A line hung under its first word (a 附件说明's, a numbered note's: layout.ts `HangingLead`):
   * two characters in and further by what it stands under, its words' later lines under their
   * first, each width as Word sets it.
   */
  private hangingIndent({ under, lead }: HangingLead, size: number = BODY_PT): IParagraphOptions["indent"] {
    const width = (text: string) => Math.round(wordWidth(text, size, this.geometry.characterSpacing));
    const hanging = width(lead);
    return { left: 2 * BODY_CHAR + width(under) + hanging, hanging, firstLineChars: 0 };
  }

  /** A run of the body's grid: the role's fonts and the tightening to 28 a line, unless `extra` sets its own. */
  private run(text: string, role: FontRole | "pageNumber", extra: IRunOptions = {}): TextRun {
    return new TextRun({ text, ...this.fonts(role), characterSpacing: this.geometry.characterSpacing, ...extra });
  }

  private plain(text: string, role: FontRole, paragraph: Omit<IParagraphOptions, "children">): Paragraph {
    return new Paragraph({ ...paragraph, ...this.keeping(), children: [this.run(text, role)] });
  }

  /** 2号小标宋, centred, one printed line per source line. */
  private title(lines: string[], pageBreakBefore: boolean, after: number): Paragraph {
    const size = halfPoints(SIZE_PT.二号);
    return new Paragraph({
      alignment: AlignmentType.CENTER,
      indent: NO_INDENT,
      pageBreakBefore,
      ...this.keeping(),
      spacing: { after },
      children: lines.map((text, index) => new TextRun({ text, ...this.fonts("title"), size, break: index > 0 ? 1 : undefined })),
    });
  }

  /** A body paragraph; a numbered item's marker and heading in its level's face. */
  private paragraph(block: Extract<LayoutBlock, { kind: "paragraph" }>, spacing?: IParagraphOptions["spacing"]): Paragraph {
    const { runs, comments, box } = block;
    const level = box ? null : block.level;
    // A note in 4号, as drafters set notes under a table or at the text's end, its lines hung at that size.
    const size = block.note ? NOTE_PT : BODY_PT;
    const indent = block.hang && !box ? this.hangingIndent(block.hang, size) : undefined;
    const children: ParagraphChild[] = runs.map((run) => this.faceRun(run, size === BODY_PT ? {} : { size: halfPoints(size) }));
    if (comments.length > 0) {
      const id = this.comments.length;
      this.comments.push({
        id,
        author: "plancheck",
        initials: "PC",
        date: this.commentDate,
        children: comments.map((text) => new Paragraph({ indent: NO_INDENT, children: [new TextRun({ text, size: halfPoints(10.5) })] })),
      });
      children.unshift(new CommentRangeStart(id));
      children.push(new CommentRangeEnd(id), new TextRun({ children: [new CommentReference(id)] }));
    }
    return new Paragraph({
      // Word's outline levels, so the navigation pane shows the plan's outline.
      ...(level !== null && level <= 4 ? { outlineLevel: level - 1 + this.firstOutlineLevel } : {}),
      // In a box the first line keeps the body's two-character indent, written out with the
      // sides so that the paragraph's own indent says it all, whatever a reader takes from styles.
      ...(box ? { border: BOX_BORDER, indent: { ...BOX_INDENT, firstLineChars: 200, firstLine: 2 * BODY_CHAR } } : {}),
      ...(indent ? { indent } : {}),
      ...(spacing ? { spacing } : {}),
      ...this.keeping(),
      children,
    });
  }

  private keeping(): { keepNext?: true } {
    return this.keepNext ? { keepNext: true } : {};
  }

  private faceRun(run: LayoutRun, extra: IRunOptions = {}): TextRun {
    const role = FACE_ROLE[run.face];
    const bold = this.options.boldHeadings && (run.face === "heading2" || run.face === "heading3" || run.face === "heading4");
    return this.run(run.text, role, bold ? { ...extra, bold: true } : extra);
  }

  /**
   * A table pasted as text, as a Word table as wide as the type area: 4号 (the body's face; the
   * header row in 黑体, centred, repeated on each page it runs over; a column of figures or short
   * labels centred, tableColumns.ts), single rules, the short
   * columns on one line and the long ones sharing the rest (fitColumns). A row with more cells than the header keeps
   * the rest in its last cell; one with fewer is filled with empty cells. A 专栏 box's `title`
   * is a first row across the columns, in the box title's face, repeated with the header. A
   * table in a box (`inBox`) is drawn with the frame's rule on its outer sides: it spans the type
   * area as the frame does, so the frame above and below it and its sides are one box (boxes.ts).
   * A cell `continued` (a 牵头单位 or a 重点任务 merged over rows, layout's mergedCells.ts) is one
   * cell with the cell above it (w:vMerge), its text centred up and down on the rows it spans. A
   * 合计 row's label is one cell across the names' columns (w:gridSpan, totalRows.ts), which does
   * not widen the first column it stands in. A 分工表's section row (`sectionRows`: 一、增强质量发展
   * 创新动能, a cell merged across the row) is one cell across the table, flush left in its level's
   * heading face (`sectionFaces`: 一、 in 黑体 as the header, （一） in 楷体 as in the text), kept with
   * the row under it, as a drafter's Word table has it.
   */
  private table(
    rows: string[][],
    title: string | null = null,
    inBox = false,
    continued: readonly (readonly number[])[] = [],
    sectionRows: readonly number[] = [],
    sectionFaces: readonly ("heading1" | "heading2")[] = [],
  ): Table {
    const typeWidth = this.geometry.width - this.geometry.margin.left - this.geometry.margin.right;
    const count = rows[0]!.length;
    const cells = rows.map((row) => (row.length <= count ? [...row, ...Array<string>(count - row.length).fill("")] : [...row.slice(0, count - 1), row.slice(count - 1).join(" ")]));
    const size = halfPoints(TABLE_PT);
    const margin = TABLE_PT * 10; // half a character each side
    const spans = totalLabelSpans(cells);
    for (const row of sectionRows) spans[row] = count;
    // What each column holds on its own: a label spanning columns is measured, and sets the
    // alignment, of none of them (序号 stays centred over a 合计 row).
    const measured = cells.map((row, index) => (spans[index]! > 1 ? ["", ...row.slice(1)] : row));
    // Natural widths: the longest cell of each column on one line, at least two characters, and
    // half a character to spare (a stand-in font's digits are wider than half a character).
    const natural = Array.from({ length: count }, (_, column) =>
      Math.max(2 * TABLE_PT * 20, ...measured.flatMap((row) => row[column]!.split("\n").map((line) => wordWidth(line, TABLE_PT, 0)))) + 2 * margin + TABLE_PT * 10,
    );
    const least = 2 * TABLE_PT * 20 + 2 * margin;
    // No cell's last character alone on a line, no figure cut, where another column can spare the room (cellWraps.ts).
    const widths = unwidowedWidths(
      fitColumns(natural, typeWidth, least, 4 * TABLE_PT * 20 + 2 * margin),
      natural.map((_, column) => measured.map((row) => row[column]!)),
      TABLE_PT,
      2 * margin,
      least,
    );
    // Figures and short labels (序号, 完成时限, 属性) centred as an office sets them, text flush left.
    const centred = centredColumns(measured);
    const rule = { style: BorderStyle.SINGLE, size: 4, color: "000000" };
    const single = { line: Math.round(TABLE_PT * 20 * 1.25), lineRule: "exact", before: 0, after: 0 } as const;
    // The box's title across the columns, in its face and size as a framed box prints it.
    const titleRows =
      title === null
        ? []
        : [
            new TableRow({
              tableHeader: true,
              cantSplit: true,
              children: [
                new TableCell({
                  columnSpan: count,
                  width: { size: typeWidth, type: WidthType.DXA },
                  margins: { left: margin, right: margin, top: 0, bottom: 0 },
                  verticalAlign: VerticalAlign.CENTER,
                  children: [new Paragraph({ alignment: AlignmentType.CENTER, indent: NO_INDENT, keepNext: true, children: [this.run(title, "heading1", { characterSpacing: undefined })] })],
                }),
              ],
            }),
          ];
    return new Table({
      width: { size: typeWidth, type: WidthType.DXA },
      columnWidths: widths,
      layout: TableLayoutType.FIXED,
      alignment: AlignmentType.CENTER,
      borders: {
        ...(inBox ? FRAME_SIDES : { top: rule, bottom: rule, left: rule, right: rule }),
        insideHorizontal: rule,
        insideVertical: rule,
      },
      rows: [
        ...titleRows,
        ...cells.map(
          (row, index) =>
            new TableRow({
              tableHeader: index === 0,
              cantSplit: true,
              // The columns a 合计 label spans are its cell's, not cells of their own.
              children: row.flatMap((text, column) => {
                const span = column === 0 ? spans[index]! : 1;
                if (column > 0 && column < spans[index]!) return [];
                const section = sectionRows.indexOf(index);
                return new TableCell({
                  width: { size: widths.slice(column, column + span).reduce((total, width) => total + width, 0), type: WidthType.DXA },
                  ...(span > 1 ? { columnSpan: span } : {}),
                  margins: { left: margin, right: margin, top: 0, bottom: 0 },
                  verticalAlign: VerticalAlign.CENTER,
                  ...mergeOf(continued, index, column),
                  children: [
                    new Paragraph({
                      alignment: section >= 0 ? AlignmentType.LEFT : index === 0 || span > 1 || centred[column] ? AlignmentType.CENTER : AlignmentType.LEFT,
                      indent: NO_INDENT,
                      spacing: single,
                      // Word keeps a row with the paragraph after the table when its paragraphs say so;
                      // a section row with the row under it, never alone at a page's foot.
                      ...(index === cells.length - 1 ? this.keeping() : section >= 0 ? { keepNext: true } : {}),
                      // A cell's line break (a cell Excel quoted for it, export/layout.ts) is one in the cell's paragraph.
                      children: text.split("\n").map((line, at) =>
                        section >= 0
                          ? this.faceRun({ text: line, face: sectionFaces[section] ?? "heading1" }, { size, characterSpacing: undefined, break: at > 0 ? 1 : undefined })
                          : this.run(line, index === 0 ? "heading1" : "body", { size, characterSpacing: undefined, break: at > 0 ? 1 : undefined }),
                      ),
                    }),
                  ],
                });
              }),
            }),
        ),
      ],
    });
  }

  /**
   * A joint document's 发文机关标志 (GB/T 9704 §7.2.4): the issuers' names one a line, the lead
   * issuer's first, and 文件 to their right, centred up and down on them. Set as Word's templates
   * set it, a table without rules: the names spread to one width (分散对齐) in the left cell, 文件
   * in the right. Empty paragraphs of an exact height stand for the space above (its top 35 mm
   * below the type area's) and the two blank lines above the 字号, which a table cannot carry.
   * Null when the mark is one issuer's, or its names and 文件 do not fit a line of the type area:
   * then they are stacked as they are written.
   */
  private jointIssuerMark(lines: readonly string[], top: number): (Paragraph | Table)[] | null {
    const parts = jointIssuerMarkParts(lines);
    if (parts === null) return null;
    const size = halfPoints(SIZE_PT.二号);
    const typeWidth = this.geometry.width - this.geometry.margin.left - this.geometry.margin.right;
    const namesWidth = Math.ceil(Math.max(...parts.names.map((name) => wordWidth(name, SIZE_PT.二号, 0))));
    // Half a character between the names and 文件, as the templates leave.
    const gap = SIZE_PT.二号 * 10;
    const markWidth = Math.ceil(wordWidth(parts.mark, SIZE_PT.二号, 0)) + gap;
    if (namesWidth + markWidth > typeWidth) return null;
    const run = (text: string) => new TextRun({ text, ...this.fonts("title"), size, color: RED });
    const none = { style: BorderStyle.NONE, size: 0, color: "auto" };
    const margins = { left: 0, right: 0, top: 0, bottom: 0 };
    const keep = this.keeping();
    const spacer = (height: number) => new Paragraph({ indent: NO_INDENT, keepNext: true, spacing: { line: height, lineRule: "exact", before: 0, after: 0 }, children: [] });
    return [
      ...(top > 0 ? [spacer(top)] : []),
      new Table({
        width: { size: namesWidth + markWidth, type: WidthType.DXA },
        columnWidths: [namesWidth, markWidth],
        layout: TableLayoutType.FIXED,
        alignment: AlignmentType.CENTER,
        borders: { top: none, bottom: none, left: none, right: none, insideHorizontal: none, insideVertical: none },
        rows: [
          new TableRow({
            cantSplit: true,
            children: [
              new TableCell({
                width: { size: namesWidth, type: WidthType.DXA },
                margins,
                children: parts.names.map((name) => new Paragraph({ alignment: AlignmentType.DISTRIBUTE, indent: NO_INDENT, keepNext: true, children: [run(name)] })),
              }),
              new TableCell({
                width: { size: markWidth, type: WidthType.DXA },
                margins: { ...margins, left: gap },
                verticalAlign: VerticalAlign.CENTER,
                children: [new Paragraph({ alignment: AlignmentType.LEFT, indent: NO_INDENT, keepNext: true, children: [run(parts.mark)] })],
              }),
            ],
          }),
        ],
      }),
      new Paragraph({ indent: NO_INDENT, ...keep, spacing: { line: 2 * this.geometry.linePitch, lineRule: "exact", before: 0, after: 0 }, children: [] }),
    ];
  }

  /**
   * 版记 at the foot of the last page (GB/T 9704 §7.4): a table floated to the bottom of the type
   * area, rules above and below (0.35 mm) and between its lines (0.25 mm), no side rules; each
   * 抄送 (主送) on its own row, one character in from each side, its names after the full-width
   * colon and the lines they wrap to under the first of them; 印发机关 left and 印发日期 right on
   * the last row, each one character in. All 4号. A row is as many lines high as its text needs:
   * rows have an exact height (the table must end at the foot of the type area), and a 抄送 list
   * longer than a line would be cut.
   */
  private imprint(block: Extract<LayoutBlock, { kind: "imprint" }>): (Paragraph | Table)[] {
    const typeWidth = this.geometry.width - this.geometry.margin.left - this.geometry.margin.right;
    const typeHeight = this.geometry.height - this.geometry.margin.top - this.geometry.margin.bottom;
    const lineHeight = this.geometry.linePitch;
    const size = halfPoints(IMPRINT_PT);
    const spacing = this.geometry.characterSpacing;
    const rule = (width: number) => ({ style: BorderStyle.SINGLE, size: width, color: "000000" });
    const none = { style: BorderStyle.NONE, size: 0, color: "auto" };
    // A hanging indent without a firstLine beside it: LibreOffice takes firstLine 0 over the
    // hanging one and set 抄送 three characters in, not one (§7.4: 左右各空一字).
    const cellParagraph = (text: string, alignment: (typeof AlignmentType)[keyof typeof AlignmentType], hanging = 0) =>
      new Paragraph({ alignment, indent: hanging > 0 ? { left: hanging, hanging, firstLineChars: 0 } : NO_INDENT, children: [this.run(text, "body", { size })] });
    const margins = { left: IMPRINT_CHAR, right: IMPRINT_CHAR, top: 0, bottom: 0 };
    const rows: TableRow[] = [];
    let height = 0;
    for (const { label, names } of block.recipients) {
      const head = `${label}：`;
      const text = `${head}${names.trim().replace(/[。.，,、；;]$/u, "")}。`;
      const hanging = Math.round(wordWidth(head, IMPRINT_PT, spacing));
      const lines = imprintLines(wordWidth(text, IMPRINT_PT, spacing), typeWidth - 2 * IMPRINT_CHAR, hanging);
      height += lines * lineHeight;
      rows.push(
        new TableRow({
          height: { value: lines * lineHeight, rule: HeightRule.EXACT },
          children: [new TableCell({ columnSpan: 2, margins, children: [cellParagraph(text, AlignmentType.LEFT, hanging)] })],
        }),
      );
    }
    if (block.printing) {
      height += lineHeight;
      rows.push(
        new TableRow({
          height: { value: lineHeight, rule: HeightRule.EXACT },
          children: [
            new TableCell({ margins, children: [cellParagraph(block.printing.printer, AlignmentType.LEFT)] }),
            new TableCell({ margins, children: [cellParagraph(block.printing.printed, AlignmentType.RIGHT)] }),
          ],
        }),
      );
    }
    return [
      new Table({
        rows,
        width: { size: typeWidth, type: WidthType.DXA },
        columnWidths: [Math.round(typeWidth / 2), typeWidth - Math.round(typeWidth / 2)],
        layout: TableLayoutType.FIXED,
        float: {
          // Positioned from the type area's left edge, measured on the page, and from its top:
          // LibreOffice keeps a table as wide as the type area inline unless its horizontal
          // position is relative to the page, and it reads no "bottom" alignment. The rows
          // have a fixed height, so the table ends exactly at the foot of the type area.
          horizontalAnchor: TableAnchorType.PAGE,
          absoluteHorizontalPosition: this.geometry.margin.left,
          verticalAnchor: TableAnchorType.MARGIN,
          absoluteVerticalPosition: typeHeight - height,
        },
        borders: {
          top: rule(RULE_THICK),
          bottom: rule(RULE_THICK),
          insideHorizontal: rule(RULE_THIN),
          left: none,
          right: none,
          insideVertical: none,
        },
      }),
      // A floating table is anchored to the paragraph after it, and a document ends with one.
      new Paragraph({ indent: NO_INDENT, children: [] }),
    ];
  }
}

/**
 * How many lines a 版记 line `width` wide takes in a cell `room` wide whose wrapped lines hang
 * `hanging` in. One character of each line is kept spare: Word keeps a closing mark off a line's
 * start by pulling a character down, and a line too many leaves only a blank line in the row
 * where one too few would cut the text.
 */
export function imprintLines(width: number, room: number, hanging: number): number {
  const spare = IMPRINT_CHAR;
  const first = room - spare;
  if (width <= first) return 1;
  return 1 + Math.ceil((width - first) / Math.max(IMPRINT_CHAR, room - hanging - spare));
}

/**
 * Column widths that fill `total`. The short columns keep their longest cell on one line (序号,
 * a date, a unit's name), shortest first, while what is left gives each column after them
 * `wide` at least and the widest of them, sharing it, no less than the column kept: a
 * 责任单位 of 13 characters kept whole beside tasks of 27 would leave the tasks five characters a
 * line, the column with the most text the narrowest. The long ones share the rest in proportion
 * to their natural widths, none below `least`. Integers that add up to `total`.
 */
export function fitColumns(natural: readonly number[], total: number, least: number, wide: number): number[] {
  const widths: (number | null)[] = natural.map(() => null);
  let room = total;
  const order = natural.map((_, i) => i).sort((a, b) => natural[a]! - natural[b]!);
  let open = natural.reduce((sum, width) => sum + width, 0);
  const widest = natural[order[order.length - 1]!]!;
  for (const [rank, i] of order.entries()) {
    const after = order.length - rank - 1;
    if (after === 0 || natural[i]! + after * wide > room) break;
    // The columns after this one share what it leaves in proportion, the widest the most.
    open -= natural[i]!;
    if (((room - natural[i]!) * widest) / open < natural[i]!) break;
    widths[i] = natural[i]!;
    room -= natural[i]!;
  }
  const shared = widths.flatMap((width, i) => (width === null ? [i] : []));
  const flexible = shared.reduce((sum, i) => sum + natural[i]!, 0);
  for (const i of shared) widths[i] = Math.max(least, (natural[i]! * room) / flexible);
  const rounded = widths.map((width) => Math.floor(width!));
  rounded[rounded.length - 1]! += total - rounded.reduce((sum, width) => sum + width, 0);
  return rounded;
}

/** A table cell's part in a merged cell over rows: the first row's starts it, each row's below it that `continued` names goes on with it. */
function mergeOf(continued: readonly (readonly number[])[], row: number, column: number): { verticalMerge?: (typeof VerticalMergeType)[keyof typeof VerticalMergeType] } {
  if (continued[row]?.includes(column)) return { verticalMerge: VerticalMergeType.CONTINUE };
  return continued[row + 1]?.includes(column) ? { verticalMerge: VerticalMergeType.RESTART } : {};
}

/**
 * Whether a block stays on the page of the block after it: the 主送机关 with the text's first
 * lines, the 发文机关署名 with the 成文日期 under it, the date with its 附注, and the last paragraph of the text with the 附件说明, the
 * signature or the date that closes it — a page break between them leaves a date alone at the
 * top of a page, or a signature with no text above it, which GB/T 9704 (§7.3.5) does not allow;
 * a 专栏's title with the first line of its box, a part's heading (第一章) with its first line, an
 * item that is only its heading (`一、总体要求`, `（二）建设服务平台`) with what follows it, and
 * the paragraph above a table (its caption) with the table's first row, and a table's last row
 * with its notes (or with the 落款 or 附件说明 it is the text's last block before).
 */
function keepsWithNext(block: LayoutBlock, next: LayoutBlock | undefined): boolean {
  if (!next) return false;
  // A box's title stays with the first line of its box.
  if (block.kind === "signature" || block.kind === "boxTitle" || block.kind === "part") return true;
  // The 主送机关 heads the text it is addressed with: alone at a page's foot, the text on the
  // next (a notice whose one paragraph stays with its 署名 and 成文日期), it would head nothing.
  if (block.kind === "addressee") return true;
  // A heading left alone at the foot of a page, its text on the next, is what a 办公室 moves
  // down before it prints: the page then ends a line short of 22, as it does when the office
  // does it by hand. An item with its text on its heading's line is a paragraph like any other,
  // and so is one followed by its sibling (a list of names, 1.… 2.…, not headings: kept
  // together, a long one would leave a page half empty).
  if (block.kind === "paragraph" && isHeadingOnly(block) && headsWhatFollows(block, next)) return true;
  if (block.kind === "date") return next.kind === "note";
  // What stands right above a table — its caption (表1　主要指标), the title of the attachment it
  // is, the sentence that introduces it — is never left at the foot of a page without it.
  if (next.kind === "table") return true;
  // A table's notes (`注：1.……`) explain its rows: its last row goes over with them, never the
  // notes alone at the top of the next page.
  if (block.kind === "table") return next.kind === "paragraph" && next.note === true;
  return next.kind === "signature" || next.kind === "date" || next.kind === "attachmentNote";
}

/** A numbered item's paragraph with no text after its heading (`一、总体要求`). */
function isHeadingOnly(block: Extract<LayoutBlock, { kind: "paragraph" }>): boolean {
  return block.level !== null && block.runs.every((run) => run.face !== "body");
}

/** Whether what follows an item is under it: text, a deeper item, a 专栏 or a table. */
function headsWhatFollows(block: Extract<LayoutBlock, { kind: "paragraph" }>, next: LayoutBlock): boolean {
  if (next.kind === "boxTitle" || next.kind === "table") return true;
  return next.kind === "paragraph" && (next.level === null || next.level > block.level!);
}

const FACE_ROLE: Record<RunFace, FontRole> = {
  body: "body",
  heading1: "heading1",
  heading2: "heading2",
  heading3: "body",
  heading4: "body",
};

/** `— 1 —` in 4号 宋体, one character in from the outer edge: right on odd pages, left on even. */
function pageNumberFooter(side: "left" | "right"): Footer {
  const font = PAGE_NUMBER_FONT[0];
  const indent = PAGE_NUMBER_PT * 20;
  return new Footer({
    children: [
      new Paragraph({
        alignment: side === "right" ? AlignmentType.RIGHT : AlignmentType.LEFT,
        indent: side === "right" ? { ...NO_INDENT, right: indent } : { ...NO_INDENT, left: indent },
        spacing: { line: PAGE_NUMBER_LINE, lineRule: "exact" },
        children: [
          new TextRun({
            children: [`${EM_DASH} `, PageNumber.CURRENT, ` ${EM_DASH}`],
            font: { eastAsia: font, ascii: font, hAnsi: font, cs: font },
            size: halfPoints(PAGE_NUMBER_PT),
          }),
        ],
      }),
    ],
  });
}

/** 征求意见稿 (or the plan's own draft status) in the header, or as a watermark, on every page. */
function draftHeader(layout: GongwenLayout, options: DocxExportOptions): (() => Header) | null {
  if (options.draftMark === "none") return null;
  const text = layout.draftStatus ?? "征求意见稿";
  const font = options.fonts.heading1[0]!;
  if (options.draftMark === "watermark") {
    return () => new Header({ children: [new Paragraph({ indent: NO_INDENT, children: [new TextWatermark({ text, font, color: "C0C0C0", opacity: 0.5 })] })] });
  }
  return () =>
    new Header({
      children: [
        new Paragraph({
          alignment: AlignmentType.RIGHT,
          indent: NO_INDENT,
          children: [new TextRun({ text, font: { eastAsia: font, ascii: font, hAnsi: font, cs: font }, size: halfPoints(BODY_PT) })],
        }),
      ],
    });
}
