import { halfWidthDigits, isAnyDigitCode } from "../text/codeUnits.js";
import type { ItemLineNode, LineNode, MarkerNode, TextLineNode } from "../syntax/cst.js";
import { ATTACHMENT_FIRST, isAttachmentLabel, isNumberedAttachmentLine, opensAttachments } from "./attachments.js";
import { asTextLine, readMisreadMarkers, withHeading } from "./misreadMarkers.js";
import { readHardWrap } from "./hardWrap.js";
import { tableLinesOf } from "./tableLines.js";
import { readWrappedMarkers } from "./wrappedMarkers.js";
import { isPageNumber, isPrintFootAddress, isPrintHead, mayBeRunningHead } from "./pageFurniture.js";
import { isIssuerMark } from "./issuerMark.js";
import { textEndOf } from "./inline.js";
import { readsAsPartHeading } from "./parts.js";
import { sectionNumberLines } from "./sectionNumbers.js";
import type { HardWrap, QuotedCell, TableOfContents } from "./types.js";
import { readTableOfContents } from "./contents.js";
import { quotedCellsOfLine } from "./quotedCells.js";
import { lineText } from "./prelude.js";
import { dateOfDateLine } from "./dates.js";
import { isSpaceCode, trimSpacesEnd } from "../text/spaces.js";
import { markerAt } from "../syntax/parse.js";
import { textLineAsItem } from "./misreadMarkers.js";
import { readLostMarkers } from "./lostMarkers.js";
import { readLostMarks } from "./lostMarks.js";
import { readLostChapters } from "./lostChapters.js";
import { readLostGroups } from "./lostGroups.js";
import { readLostTaskRuns } from "./lostTaskRuns.js";
import { readNotes } from "./notes.js";
import { continuesClauseAbove } from "./clauseReading.js";
import { isColumnName } from "../targets/tables.js";
import { CELL_GAP } from "./tables.js";
import { isHanCode } from "../punct/chars.js";
import { UNIT_COLUMN } from "./unitColumns.js";
import { type SpacedParting, spacedTableRowLines } from "./spacedTableRows.js";
import { wholeCellLineRows } from "./cellLineTables.js";
import { delimiterCells, type MarkdownTable, markdownTables } from "./markdownTables.js";
import { opensUnitTable } from "./unitTableHeader.js";

/**
 * How the model reads lines that the grammar, which sees one line at a time, classified
 * otherwise. Only their neighbours tell:
 * - `、总体要求` between the （三） of one chapter and the （一） of the next is a level-1 heading
 *   whose numeral was lost: it is read as an item with a marker `、` (style `missingNumeral`);
 * - `2.××` after `附件：1.××` is the next entry of the attachment list, not a level-3 item: it
 *   is read as a text line of the list, and so is a name's wrapped line between them.
 * - `附件1.重点任务分工表` (the number with a full stop, no colon) is a text line of kind
 *   `attachment`, as the grammar reads `附件1：××`; a sentence that opens with 附件1 is not.
 * - `1.<TAB>质量基础设施项目<TAB>市市场监管局` is a row of a table pasted as text (its cells apart by
 *   tabs), not an item: it is read as a text line of kind `tableRow`, which the outline, the
 *   numbering and the prose rules pass by. One tab after the number is Word's list numbering
 *   pasted (`1.<TAB>加强组织领导。`), an item; a row has two or more.
 * - a marker the drafter mistyped (`(4)` or `（西）` where `（四）` is due, `(3)`, `十二、` or `3 .`
 *   where `3.` or `12.` is due (the other levels' spaced markers, `（ 一 ）`, are the grammar's), `—、` or `l.` where a run's `一、` or `1.` is due) is read as the
 *   item it is, at the level whose count runs on through it (`misreadMarkers.ts`).
 * - `— 3 —`, `- 4 -`, `第 5 页 共 8 页` on a line of their own are a printed page's number or
 *   footer that a PDF copy left where the page ended (often inside a sentence): read as text of
 *   kind `pageNumber`, which the outline and the prose rules pass by and structure/page-number
 *   reports. This one needs no neighbour, but it must be read before the outline is built.
 *   The running head a PDF prints on every page (`××市人民政府办公室行政规范性文件`, the title)
 *   is read so too where its place and its repeats show it (`readRunningHeads`).
 * - A dash with nothing after it but a number or spaces (`—`, `——`, `— 3`) is no list entry:
 *   it is a table's "no data" cell, pasted one cell a line, or a page number. It is read as text.
 * - A document a PDF's measure cut into lines (model/hardWrap.ts): which lines go on below. A
 *   line that goes on from one above is never a lost numeral's heading, though it starts with `、`,
 *   nor an item or a `——` entry where the line above stops in mid-phrase (`按照《纲要》第` /
 *   `（十一）条要求`, `规划（2023` / `—2035年）`: `wrappedMarkers.ts`).
 * - `做优食品加工产业。……（责任单位：…）` between tasks `1.` and `3.` of that shape: a task whose
 *   whole marker Word's or WPS's list numbering dropped on paste (`lostMarkers.ts`); a group
 *   of such tasks under a heading whose markers were all dropped, in a plan that numbers its
 *   tasks elsewhere (`lostTaskRuns.ts`).
 * - `<U+200B>（二）工作要求`, `<U+2003><U+2003>（二）工作要求`: a marker after characters the grammar
 *   does not take for indentation — a zero-width space or another format character pasted from
 *   a web page (text/invisible-char reports it), an em or en space a web page indents with — is
 *   the item it looks like (and `<U+200B>第三章 保障措施` the part's heading): the reader sees the marker start the line. Those characters are the
 *   line's indentation. Read first, so that every other reading sees the item.
 * - `一、总体要求……………1` under `目  录`: a table of contents pasted from Word, whose entries are
 *   text set apart, no items (`contents.ts`).
 * - `① 指……` under the paragraph whose `合格率①，` it explains, and the numbered lines of a
 *   `注：`: notes a copy brings in, read as text of kind `note` (model/notes.ts).
 * The syntax tree is left as it is (it is shared with the incremental parser); the lines that
 * are read otherwise are new nodes with the same spans, so nothing is lost.
 */
export function readLines(lines: readonly LineNode[], text: string): LinesRead {
  const sentencesGoingOn: LineNode[] = [];
  const read = readLinesOnce(lines, text, sentencesGoingOn);
  if (sentencesGoingOn.length === 0) return read;
  // The readings before the wrap's (a misread marker's count, `(二)` read as 二、 after a `一、` the
  // measure began a line with) took those lines for the items they look like: read again, with
  // them as the text they are from the start.
  const asText = new Set(sentencesGoingOn.map((line) => line.start));
  return readLinesOnce(
    lines.map((line) => (asText.has(line.start) && (line.kind === "item" || line.kind === "list") ? asTextLine(line, "plain") : line)),
    text,
    null,
  );
}

interface LinesRead {
  lines: LineNode[];
  hardWrap: HardWrap | null;
  quotedCells: QuotedCell[];
  tableOfContents: TableOfContents | null;
  /** The spaced 分工表 headers the scan for their rows found (model/spacedTableRows.ts), for the TableReader. */
  spacedHeaders: ReadonlyMap<number, SpacedParting>;
  /** The Markdown tables of `lines` (model/markdownTables.ts), which the plan keeps as its own (`planMarkdownTables`). */
  markdownTables: MarkdownTable[];
}

/** The readings in order; the marker lines the wrap reads as a sentence going on are added to `sentencesGoingOn`. */
function readLinesOnce(lines: readonly LineNode[], text: string, sentencesGoingOn: LineNode[] | null): LinesRead {
  const read = lines.slice();
  readHiddenIndentation(read, text);
  // Before every reading of markers: a table of contents' entries are no items (model/contents.ts).
  const tableOfContents = readTableOfContents(read, text);
  const pages = readPageFurniture(read, text);
  const quotedCells = readTableRows(read, text);
  // A spaced table's rows that write their 序号 as a marker (`1. 开展质量攻关 市市场监管局`): rows, no items.
  const spacedTables = spacedTableRowLines(read, text);
  for (const index of spacedTables.rows) read[index] = asRowLine(read[index]!);
  // A WeChat article's `01` `02` sections are the plan's parts (model/sectionNumbers.ts): after the
  // page's numbers, which are none of them, before the markers, whose plan starts at the first part.
  for (const index of sectionNumberLines(read, text)) read[index] = withTextKind(read[index] as TextLineNode, "part");
  readNumberedAttachmentLines(read, text);
  readAttachmentLists(read, text);
  // Before the markers: a note's `1.` is no item whose count a misread marker would run on.
  readNotes(read, text);
  // Before the lost numerals: a chapter is recognised by the items under it, read right first;
  // and a line a PDF's measure began with `、` goes on from the line above.
  readMisreadMarkers(read, text);
  // After the markers (the plan starts at its first item, `—、` included), before the wrap (a
  // running head is no line of the paragraph it cuts).
  readRunningHeads(read, text, pages);
  // A marker the measure put at a line's start, in mid-phrase, is the sentence going on: read
  // before every reading of the outline's markers.
  // Read once, here: the plan's memo (planMarkdownTables) is given them, the plan not made yet.
  const markdown = markdownTables(read, text);
  const hardWrap = readWrappedAttachmentNames(read, readWrappedMarkers(read, text, readHardWrap(read, text, tableLinesOf(read, text, spacedTables.lines, markdown)), sentencesGoingOn));
  // A numeral whose mark alone was lost (`三组织保障`, `3推动…`): read by the run it goes on, before the
  // readings of lost chapters, groups and tasks, whose counts it is part of.
  readLostMarks(read, text, hardWrap);
  readLostNumerals(read, text, hardWrap);
  // Before the lost groups and tasks: a group's scope is its chapter's.
  readLostChapters(read, text, hardWrap);
  // After the chapters (a group is its chapter's), before the lost tasks (a group's tasks are its).
  readLostGroups(read, text, hardWrap);
  readLostMarkers(read, text, hardWrap);
  readLostTaskRuns(read, text, hardWrap);
  return { lines: read, hardWrap, quotedCells, tableOfContents, spacedHeaders: spacedTables.headers, markdownTables: markdown };
}

// ------------------------------------------------------------------ indentation the grammar does not know

/**
 * Characters that show as nothing or as a blank and that the grammar's indentation (space, tab,
 * U+3000, U+00A0) leaves out: the format characters of text/invisible.ts that paste brings
 * along at a line's start (soft hyphen, U+180E, U+200B–U+200F, U+202A–U+202E, U+2060–U+206F,
 * U+FEFF) and the typographic spaces (U+2000–U+200A, U+202F, U+205F).
 */
function isHiddenIndentCode(code: number): boolean {
  return (code >= 0x2000 && code <= 0x200f) || (code >= 0x202a && code <= 0x202f) || (code >= 0x205f && code <= 0x206f) || code === 0xfeff || code === 0xad || code === 0x180e;
}

function readHiddenIndentation(lines: LineNode[], text: string): void {
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    // Most lines fail on their first character, with no slice or parse.
    if (line.kind !== "text" || line.textKind !== "plain" || !isHiddenIndentCode(text.charCodeAt(line.indentEnd))) continue;
    let at = line.indentEnd;
    while (at < line.contentEnd && (isHiddenIndentCode(text.charCodeAt(at)) || isSpaceCode(text.charCodeAt(at)))) at++;
    const marker = at < line.contentEnd ? markerAt(text, at) : null;
    if (marker === null || marker.end > line.contentEnd) {
      // A part's heading (`<U+200B>第三章 保障措施`) is one too: counted and renumbered with the
      // other parts, the character left where it is for text/invisible-char's fix.
      if (text.charCodeAt(at) === 0x7b2c /* 第 */ && readsAsPartHeading(text.slice(at, textEndOf(line, text)))) lines[i] = withTextKind({ ...line, indentEnd: at }, "part");
      continue;
    }
    lines[i] = textLineAsItem({ ...line, indentEnd: at }, marker, text);
  }
}

// ------------------------------------------------------------------ page numbers, bare dashes

/** What may follow a dash that is no list entry: nothing, or a number (a table cell's, a page's). */
const NOT_AN_ENTRY = /^[ \t\u3000\u00a0]*(?:[0-9０-９]+(?:[.．][0-9０-９]+)?[ \t\u3000\u00a0]*)?$/;

/** Reads page numbers; whether there were any. */
function readPageFurniture(lines: LineNode[], text: string): boolean {
  let pages = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.kind === "list") {
      const end = trimSpacesEnd(text, line.indentEnd, textEndBeforeComment(line));
      if (isPageNumber(text.slice(line.indentEnd, end))) {
        lines[i] = asTextLine(line, "pageNumber");
        pages = true;
      } else if (NOT_AN_ENTRY.test(text.slice(line.marker.end, end))) lines[i] = asTextLine(line, "plain");
    } else if (line.kind === "text" && line.textKind === "plain" && mayStartPageNumber(text.charCodeAt(line.indentEnd))) {
      const content = text.slice(line.indentEnd, trimSpacesEnd(text, line.indentEnd, textEndBeforeComment(line)));
      // A browser's print head is a page's furniture wherever it stands, as a number is; the
      // structure/page-number rule reports it with the footer beside it (its number) as one page's edge.
      if (isPageNumber(content) || isPrintHead(content)) {
        lines[i] = withTextKind(line, "pageNumber");
        pages = true;
      }
    }
  }
  if (pages) readPrintFootAddresses(lines, text);
  return pages;
}

/**
 * A browser's print footer split in two by the copy: the page's address on a line of its own by
 * the page's count (`https://…` over `2/3`, blank lines between or none), one page's edge.
 */
function readPrintFootAddresses(lines: LineNode[], text: string): void {
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.kind !== "text" || line.textKind !== "plain" || (text.charCodeAt(line.indentEnd) !== 0x68 && text.charCodeAt(line.indentEnd) !== 0x66)) continue;
    if (!isPrintFootAddress(text.slice(line.indentEnd, trimSpacesEnd(text, line.indentEnd, textEndBeforeComment(line))))) continue;
    let previous = i - 1;
    while (previous >= 0 && lines[previous]!.kind === "blank") previous--;
    let next = i + 1;
    while (next < lines.length && lines[next]!.kind === "blank") next++;
    if (isPageLine(lines[previous]) || isPageLine(lines[next])) lines[i] = withTextKind(line, "pageNumber");
  }
}

const isPageLine = (line: LineNode | undefined): boolean => line !== undefined && line.kind === "text" && line.textKind === "pageNumber";

/** Characters a paragraph may end with and still be whole (as punct/breaks.ts reads a break). */
const PARAGRAPH_END = /[。！？!?；;：:.…”’」』）)〕】》]$/;

interface HeadPlace {
  index: number;
  content: string;
  /** Where only a page's edge explains the line: by a page number, or cutting a sentence. */
  pageEdge: boolean;
  /**
   * Between two paragraphs with no blank line round it, after a sentence's end: where a page
   * that ended with its sentence puts its head, but a short line of the plan's own stands too
   * (a subheading). A head only where the line says it is one elsewhere (an issuer's mark, a
   * line before the plan, a head at a page's edge).
   */
  between: boolean;
}

/**
 * Running heads and feet: the line a PDF prints on every page (`××市人民政府办公室行政规范性文件`,
 * the plan's title), which a copy leaves next to each page number, often inside a sentence the
 * page cut. Read as page furniture (kind `pageNumber`, with the number it stands by) where
 * - it stands at a page's edge: next to a page number (blank lines between), or, after the
 *   plan's first item, alone between blank lines where the paragraph above stops in
 *   mid-sentence and goes on below;
 * - and it is one: its text stands at two such edges or more, or it is an issuer's mark
 *   (`××人民政府办公室文件`, which no plan says on a line of its own), or it repeats a line of the
 *   part before the plan (the title, the issuer).
 * With no blank lines round it (a copy made line by line), a short line between a line that
 * stops in mid-sentence and the plain line that goes on stands at a page's edge too.
 * A line of the same text alone between blank lines elsewhere in the plan is then furniture
 * too: a page that ended between two whole paragraphs. Anything else is left as it is: a
 * short line by a page number is most often the end of the page's text.
 */
/** The longest line, in code units with its spaces, that may be a running head standing inside a sentence (pageFurniture.ts reads 40 characters at most). */
const MAX_HEAD_UNITS = 48;

function readRunningHeads(lines: LineNode[], text: string, pages: boolean): void {
  const firstItem = lines.findIndex((line) => line.kind === "item");
  const places: HeadPlace[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.kind !== "text" || line.textKind !== "plain") continue;
    const blankBefore = lines[i - 1]?.kind === "blank";
    const blankAfter = lines[i + 1]?.kind === "blank";
    // A copy that kept no blank line round the page's edge (a PDF reader's, line by line) leaves
    // the head as a short line of its own inside the sentence it cut: after the plan's first
    // item, between a line that stops in mid-sentence and the plain line that goes on.
    const unspaced = !blankBefore && !blankAfter && firstItem >= 0 && i > firstItem && line.contentEnd - line.indentEnd <= MAX_HEAD_UNITS;
    const inside = unspaced && isPlainLine(lines[i + 1]) && cutsSentence(lines[i - 1], text);
    // The page ended with its sentence: the head stands between two paragraphs (or a paragraph
    // and the next item).
    const between = unspaced && !inside && (isPlainLine(lines[i + 1]) || lines[i + 1]?.kind === "item") && endsParagraph(lines[i - 1], text);
    // Most lines fail here: neither a page number nor a blank line on both sides.
    if (!pages && !(blankBefore && blankAfter) && !inside && !between) continue;
    let previous = i - 1;
    while (previous >= 0 && lines[previous]!.kind === "blank") previous--;
    let next = i + 1;
    while (next < lines.length && lines[next]!.kind === "blank") next++;
    const byNumber = isPageLine(lines[previous]) || isPageLine(lines[next]);
    if (!byNumber && !inside && !between && !(blankBefore && blankAfter && firstItem >= 0 && i > firstItem)) continue;
    const content = text.slice(line.indentEnd, trimSpacesEnd(text, line.indentEnd, textEndBeforeComment(line)));
    if (!mayBeRunningHead(content)) continue;
    // A cell of an indicator table's header copied one cell a line (指标名称 / 2025年目标值), which
    // a PDF repeats on every page the table runs over: by another column's name, a table's.
    if (isColumnName(content) && (isColumnNameLine(lines[previous], text) || isColumnNameLine(lines[next], text))) continue;
    // A 分工表's header a copy set apart with spaces (序号  重点任务  牵头单位, or single spaces as a
    // PDF converter parts cells: 序号 重点任务 牵头单位, model/unitTableHeader.ts), which a PDF prints
    // again on every page the table runs over: its repeats are the table's (model/tables.ts).
    if (isSpacedTaskTableHeader(content) || opensUnitTable(line, text)) continue;
    // So is a Markdown table's header (a delimiter row right under it: model/markdownTables.ts),
    // which a second table under the same columns, or the table pasted again, writes again.
    if (isDelimiterRow(lines[i + 1], text)) continue;
    // A name right above a 成文日期 is a 落款's (model/signature.ts), wherever the page broke:
    // read as a running head, the page number's fix would delete the issuer's name.
    if (isDateLine(lines[next], text)) continue;
    places.push({ index: i, content, pageEdge: byNumber || inside || (cutsSentence(lines[previous], text) && isPlainLine(lines[next])), between: between && !byNumber });
  }
  if (places.length === 0) return;
  dropCellLineRowPlaces(places, lines, text);
  if (places.length === 0) return;
  const atEdges = new Map<string, number>();
  for (const place of places) if (place.pageEdge) atEdges.set(place.content, (atEdges.get(place.content) ?? 0) + 1);
  let before: Map<string, number> | null = null;
  // What the lines before the plan say, less the places among them (read once: a pasted run of
  // thousands of short lines must not be looked for among the places once per line).
  let ownBefore: Set<string> | null = null;
  const heads = new Set<string>();
  for (const [content, count] of atEdges) {
    if (count < 2 && !isIssuerMark(content)) {
      before ??= linesBefore(lines, firstItem, text);
      ownBefore ??= new Set(places.filter((place) => place.pageEdge && (firstItem < 0 || place.index < firstItem)).map((place) => place.content));
      // The place itself may be among the lines before the plan: another line must say it.
      const own = ownBefore.has(content) ? 1 : 0;
      if ((before.get(content) ?? 0) - own < 1) continue;
    }
    heads.add(content);
  }
  for (const place of places) {
    if (!place.between || heads.has(place.content)) continue;
    before ??= linesBefore(lines, firstItem, text);
    if (isIssuerMark(place.content) || (before.get(place.content) ?? 0) > 0) heads.add(place.content);
  }
  for (const place of places) if (heads.has(place.content)) lines[place.index] = withTextKind(lines[place.index] as TextLineNode, "pageNumber");
}

/**
 * Sets apart the places that are cells of a table pasted one cell a line (model/cellLineTables.ts):
 * a unit's name written again in a later row stands between two cells with no sentence mark, as a
 * head inside a sentence would, yet it is the row's unit. Read only where a place was found.
 */
function dropCellLineRowPlaces(places: HeadPlace[], lines: readonly LineNode[], text: string): void {
  const rows = wholeCellLineRows(lines, text);
  if (rows.length === 0) return;
  let row = 0;
  let kept = 0;
  for (const place of places) {
    while (row < rows.length && rows[row]!.end <= place.index) row++;
    if (row < rows.length && rows[row]!.start <= place.index) continue;
    places[kept++] = place;
  }
  places.length = kept;
}

/** Whether a line's content is cells apart by spaces (model/tables.ts CELL_GAP) of which one names a unit column. */
function isSpacedTaskTableHeader(content: string): boolean {
  if (!CELL_GAP.test(content)) return false;
  for (const cell of content.split(CELL_GAP)) if (UNIT_COLUMN.test(cell)) return true;
  return false;
}

function isDelimiterRow(line: LineNode | undefined, text: string): boolean {
  return line !== undefined && line.kind === "text" && delimiterCells(text, line.indentEnd, textEndOf(line, text)) > 0;
}

function isColumnNameLine(line: LineNode | undefined, text: string): boolean {
  return isPlainLine(line) && isColumnName(text.slice(line!.indentEnd, trimSpacesEnd(text, line!.indentEnd, textEndBeforeComment(line as TextLineNode))));
}

function isDateLine(line: LineNode | undefined, text: string): boolean {
  if (line === undefined || line.kind !== "text") return false;
  return line.textKind === "date" || (line.textKind === "plain" && dateOfDateLine(text.slice(line.indentEnd, trimSpacesEnd(text, line.indentEnd, textEndBeforeComment(line)))) !== null);
}

function isPlainLine(line: LineNode | undefined): boolean {
  return line !== undefined && line.kind === "text" && line.textKind === "plain";
}

/**
 * Whether a line's text stops in mid-sentence: it does not end like a whole paragraph. A label
 * (附件1), a date or a 文号 on a line of its own is no sentence: the line under 附件1 is its title.
 */
function cutsSentence(line: LineNode | undefined, text: string): boolean {
  if (line === undefined || (line.kind !== "text" && line.kind !== "item" && line.kind !== "list")) return false;
  if (line.kind === "text" && line.textKind !== "plain") return false;
  const end = textEndOf(line, text);
  return end > line.indentEnd && !PARAGRAPH_END.test(text.slice(Math.max(line.indentEnd, end - 1), end));
}

/** Whether a line's text ends a paragraph: the opposite of cutsSentence. */
function endsParagraph(line: LineNode | undefined, text: string): boolean {
  if (line === undefined || (line.kind !== "text" && line.kind !== "item" && line.kind !== "list")) return false;
  const end = textEndOf(line, text);
  return end > line.indentEnd && PARAGRAPH_END.test(text.slice(Math.max(line.indentEnd, end - 1), end));
}

/** How often each text stands alone on a plain line before the plan's first item (the title, the issuer). */
function linesBefore(lines: readonly LineNode[], firstItem: number, text: string): Map<string, number> {
  const counts = new Map<string, number>();
  const end = firstItem < 0 ? lines.length : firstItem;
  for (let i = 0; i < end; i++) {
    const line = lines[i]!;
    if (line.kind !== "text" || line.textKind !== "plain") continue;
    const content = text.slice(line.indentEnd, trimSpacesEnd(text, line.indentEnd, textEndBeforeComment(line)));
    counts.set(content, (counts.get(content) ?? 0) + 1);
    // A PDF's running head is often the title without its period or status in brackets
    // (`××行动计划` over every page of `××行动计划（2024—2026年）`).
    const short = TRAILING_BRACKETS.exec(content)?.[1];
    if (short !== undefined) counts.set(short, (counts.get(short) ?? 0) + 1);
  }
  return counts;
}

/** A line's text before a bracketed note that ends it: `××行动计划（2024—2026年）`, `××方案（征求意见稿）`. */
const TRAILING_BRACKETS = /^(.{4,}?)[ \t\u3000]*[（(][^（()）]*[）)]$/u;

/** The first characters of a page number (pageFurniture.ts): every text line is asked, and most fail here without a slice. */
function mayStartPageNumber(code: number): boolean {
  return (
    code === 0x2014 ||
    code === 0x2013 ||
    code === 0x2015 ||
    code === 0x2d ||
    code === 0xff0d ||
    code === 0x7b2c /* 第 */ ||
    code === 0x5171 /* 共 */ ||
    code === 0x50 ||
    code === 0x70 ||
    code === 0xb7 /* · */ ||
    code === 0x30fb /* ・ */ ||
    code === 0x2022 /* • */ ||
    code === 0x68 /* h: a browser's print footer, https://… 2/5 */ ||
    code === 0x66 /* f: file:///… 2/5 */ ||
    isAnyDigitCode(code) /* a browser's print head, 2024/3/8 10:15 …, and its foot, 2/3 or ２／３ */
  );
}

/** Where a line's text ends: before a trailing `// …` comment. */
function textEndBeforeComment(line: ItemLineNode | TextLineNode): number {
  const parts = line.parts;
  const last = parts[parts.length - 1];
  return last?.type === "comment" ? last.start : line.contentEnd;
}

function withTextKind(line: TextLineNode, textKind: TextLineNode["textKind"]): TextLineNode {
  return { type: "line", kind: "text", textKind, start: line.start, indentEnd: line.indentEnd, contentEnd: line.contentEnd, end: line.end, eol: line.eol, parts: line.parts };
}

// ------------------------------------------------------------------ table rows

/**
 * Item lines and plain text lines with two or more tabs inside: the rows of a table. A row's
 * number need not have the marker's dot (`1<TAB>“江苏精品”认证企业<TAB>家<TAB>≥8`), and the row
 * is a row all the same, whose last cell ends without a sentence mark. Only after the plan's
 * first item: before it, tab-separated cells are a web page's metadata table (model/leadingDebris.ts).
 */
function readTableRows(lines: LineNode[], text: string): QuotedCell[] {
  // The next tab at or after where the search stands: lines come in order, so one search finds
  // it for every line until it is passed (an indexOf per line would run on to the next tab,
  // which in most plans is nowhere: quadratic).
  let nextTab = text.indexOf("\t");
  let inPlan = false;
  const quoted: QuotedCell[] = [];
  // On the line that closes a cell over lines: where its other cells start, after the closing quote.
  let closedAt = -1;
  for (let i = 0; i < lines.length && nextTab >= 0; i++) {
    const line = lines[i]!;
    // A row's line already (tableRow): the closing line of a quoted cell, which may open the row's next.
    // A list's entry (`1)`, `①`) with tabs after its marker is a row numbered so, as an item is.
    const marked = line.kind === "item" || line.kind === "list";
    const row = marked || (inPlan && line.kind === "text" && (line.textKind === "plain" || line.textKind === "tableRow"));
    if (line.kind === "item" || line.kind === "list") inPlan = true;
    if (nextTab < line.indentEnd) nextTab = text.indexOf("\t", line.indentEnd);
    const from = closedAt >= line.start ? closedAt : line.start;
    closedAt = -1;
    if (!row || nextTab < 0 || nextTab >= line.contentEnd) continue;
    // Cells Excel quoted for a line break or a quote in them (model/quotedCells.ts): the lines to a
    // cell's closing quote are one row, each line of it a row's line, whatever tabs it has of its own.
    const cell = quotedCellsOfLine(lines, i, text, from, quoted);
    if (cell !== null && !quotedRowLines(lines, cell)) quoted.pop();
    else if (cell !== null) {
      for (let j = cell.firstLine; j < cell.lastLine; j++) lines[j] = asRowLine(lines[j]!);
      // The closing line is read as any line: it may open the row's next quoted cell.
      i = cell.lastLine - 1;
      closedAt = cell.close + 1;
      lines[cell.lastLine] = asRowLine(lines[cell.lastLine]!);
      continue;
    }
    const second = text.indexOf("\t", nextTab + 1);
    if (second < 0 || second >= line.contentEnd) continue;
    // A heading with nothing but empty cells after it (一、增强质量发展创新动能<TAB><TAB><TAB>): a
    // 分工表's section row, a cell merged across the row that Excel copies with the row's tabs. It is
    // the heading it reads as, as the same row copied without its tabs is (model/tables.ts passes it).
    // A row with only its 序号 written (（二）<TAB><TAB><TAB>, a row left to fill) has no heading: its
    // number is the table's (numbering/table-serial), never an item of the outline to renumber.
    if (marked && onlyEmptyCellsAfter(text, nextTab, line.contentEnd) && !onlyEmptyCellsAfter(text, line.marker.end, nextTab)) continue;
    // Word's list numbering's tab after the marker and nothing but white space after the next
    // (`1.<TAB>经济发展质量效益持续增强。……<TAB>`, a paragraph WPS copies with a tab at its end): one
    // cell of words after the marker is the item's text, as without the trailing tab.
    if (marked && onlyEmptyCellsAfter(text, line.marker.end, nextTab) && !onlyEmptyCellsAfter(text, nextTab, second) && onlyEmptyCellsAfter(text, second, line.contentEnd)) continue;
    if (isNumberedParagraph(lines, i, text, nextTab)) continue;
    lines[i] = asRowLine(line);
  }
  return quoted.length > 0 ? quoted : NO_QUOTED_CELLS;
}

/**
 * `（二<TAB><TAB>主要目标`, `（一）<TAB><TAB>指导思想`: a short first cell (a marker, whole or with a
 * bracket lost), then tabs, then one cell of words, on a line that no line of cells stands by —
 * Word's list numbering pasted with its tab stops, a paragraph of the plan. A table's row stands
 * among its rows (its header's at least); read as one, the item left its run (（三） after （一）).
 */
function isNumberedParagraph(lines: readonly LineNode[], index: number, text: string, firstTab: number): boolean {
  const line = lines[index]!;
  if (firstTab - line.indentEnd > MAX_MARKER_CELL || firstTab === line.indentEnd) return false;
  let words = firstTab;
  while (words < line.contentEnd && isSpaceCode(text.charCodeAt(words))) words++;
  const tabAfterWords = text.indexOf("\t", words);
  if (words === line.contentEnd || (tabAfterWords >= 0 && tabAfterWords < line.contentEnd)) return false;
  return !hasCells(lines, previousContentLine(lines, index), text) && !hasCells(lines, nextContentLine(lines, index), text);
}

/** A marker is short: `（十二）`, `（二`, `12.`. */
const MAX_MARKER_CELL = 5;

/**
 * Whether a line is cut into cells: a tab, words, then another tab. A marker's tab (`（二）<TAB>优化…`,
 * every heading of a plan Word numbered) cuts no cells: such lines stand by each other.
 */
function hasCells(lines: readonly LineNode[], index: number, text: string): boolean {
  if (index < 0) return false;
  const line = lines[index]!;
  let at = text.indexOf("\t", line.indentEnd);
  if (at < 0 || at >= line.contentEnd) return false;
  while (at < line.contentEnd && isSpaceCode(text.charCodeAt(at))) at++;
  const next = text.indexOf("\t", at);
  return next >= 0 && next < line.contentEnd;
}

function previousContentLine(lines: readonly LineNode[], index: number): number {
  let at = index - 1;
  while (at >= 0 && (lines[at]!.kind === "blank" || lines[at]!.kind === "comment")) at--;
  return at;
}

function nextContentLine(lines: readonly LineNode[], index: number): number {
  let at = index + 1;
  while (at < lines.length && (lines[at]!.kind === "blank" || lines[at]!.kind === "comment")) at++;
  return at < lines.length ? at : -1;
}

/** Whether text[from, end) holds nothing but tabs and spaces: a row's empty cells. */
function onlyEmptyCellsAfter(text: string, from: number, end: number): boolean {
  return trimSpacesEnd(text, from, end) === from;
}

// Not frozen: V8 iterates a frozen array on a slow path (ARCHITECTURE.md, "Frozen arrays").
const NO_QUOTED_CELLS: QuotedCell[] = [];

/** Whether every line of a quoted cell's row can be a row's line: text or an item (a cell's line may read `1.…`). */
function quotedRowLines(lines: readonly LineNode[], cell: QuotedCell): boolean {
  for (let j = cell.firstLine; j <= cell.lastLine; j++) {
    const line = lines[j]!;
    if (line.kind !== "item" && !(line.kind === "text" && (line.textKind === "plain" || line.textKind === "tableRow"))) return false;
  }
  return true;
}

function asRowLine(line: LineNode): LineNode {
  // A list's entry (`1)`, `①`) as an item: a row's 序号 written as either marker is the row's.
  if (line.kind === "item" || line.kind === "list") return asTextLine(line, "tableRow");
  if (line.kind === "text" && line.textKind !== "tableRow") return withTextKind(line, "tableRow");
  return line;
}

// ------------------------------------------------------------------ attachment lists

const LIST_LABEL = /^附\s*件\s*[：:]\s*/;

/**
 * `附件1.重点任务分工表` / `附件2.主要指标表`: the label, its number and a full stop, then a name (no
 * colon; county plans write their 附件说明 so): a line of the kind `attachment`, as the grammar
 * reads `附件1：××`, so that the outline, the references and the export read it as that form — a
 * line of the 附件说明, or an attachment's head where its content follows (model/attachments.ts).
 * A sentence that opens with 附件1 stays text (`isNumberedAttachmentLine`).
 */
function readNumberedAttachmentLines(lines: LineNode[], text: string): void {
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    // One code unit before any text is read: most lines open with no 附.
    if (line.kind !== "text" || line.textKind !== "plain" || text.charCodeAt(line.indentEnd) !== ATTACHMENT_FIRST) continue;
    if (isNumberedAttachmentLine(lineText(line, text))) lines[i] = withTextKind(line, "attachment");
  }
}

/** `附件：1.××` then `2.××`, `3.××`, … (indented or not): the list's entries are text. */
function readAttachmentLists(lines: LineNode[], text: string): void {
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.kind !== "text" || line.textKind !== "attachment") continue;
    const label = LIST_LABEL.exec(lineText(line, text));
    if (!label) continue;
    const rest = lineText(line, text).slice(label[0].length);
    const first = /^([0-9]{1,3}|[０-９]{1,3})[.．、]/.exec(rest);
    // `附件：` alone announces the list on the next lines; `附件：××方案` is a single attachment.
    let expected = first ? Number(halfWidthDigits(first[1]!)) + 1 : rest === "" ? 1 : 0;
    if (expected === 0) continue;
    let lone = false;
    for (let j = i + 1; j < lines.length; j++) {
      const next = lines[j]!;
      // A drafting comment between the entries is the user's note, no end of the list.
      if (next.kind === "blank" || next.kind === "comment") continue;
      // An entry whose dot a paste lost (`2重点项目清单` between `1.` and `3.`) is the list's too:
      // left as text, it ended the list, and `3.××` after it was read as a task of the plan.
      if (next.kind === "text" && isWrappedName(next, text) && lostDotEntry(next, text, expected) && entryAfterLostDot(lines, j, expected + 1, text)) {
        lines[j] = withTextKind(next, "attachment");
        expected++;
        i = j;
        continue;
      }
      if (next.kind === "text" && isWrappedName(next, text) && entryFollows(lines, j, expected, text)) {
        lines[j] = withTextKind(next, "attachment");
        i = j;
        continue;
      }
      if (next.kind !== "item" || next.marker.level !== 3) break;
      // An entry's number alone on its line over the entry (`2.` / `2.××`, numbering/loneMarkers.ts in
      // the plan): the same entry, no next one; as the next, it ended the list at the entry it repeats.
      const again: boolean = lone && next.marker.value === expected - 1;
      if (next.marker.value !== expected && !again) break;
      lines[j] = asTextLine(next, "attachment");
      lone = !again && next.headingEnd === next.headingStart;
      if (!again) expected++;
      i = j;
    }
  }
}

/**
 * The rest of an attachment's name that the page's measure put on the next line (`附件：1.××重点任务分`
 * / `工表`, the last entry's too, which no next entry follows to show it): the list's, as the
 * wrapped line is. Read once the measure is known; the wrapped line's own node is kept, so the
 * wrap's lines stay the document's (a name cut twice included).
 */
function readWrappedAttachmentNames(lines: LineNode[], wrap: HardWrap | null): HardWrap | null {
  if (wrap === null) return null;
  const wrapped = new Set(wrap.lines);
  let replaced: Map<LineNode, LineNode> | null = null;
  for (let i = 0; i + 1 < lines.length; i++) {
    const line = lines[i]!;
    const next = lines[i + 1]!;
    if (!wrapped.has(line) || line.kind !== "text" || line.textKind !== "attachment" || next.kind !== "text" || next.textKind !== "plain") continue;
    const read = withTextKind(next, "attachment");
    lines[i + 1] = read;
    (replaced ??= new Map()).set(next, read);
    if (wrapped.has(next)) wrapped.add(read);
  }
  if (replaced === null) return wrap;
  return { measure: wrap.measure, shortBy: wrap.shortBy, lines: wrap.lines.map((line) => replaced.get(line) ?? line) };
}

/** A name's wrapped line (GB/T 9704: a long name goes on under its first character): short, no sentence mark. */
function isWrappedName(line: TextLineNode, text: string): boolean {
  if (line.textKind !== "plain") return false;
  const content = lineText(line, text);
  return content.length > 0 && content.length <= 40 && !/[。；;！!？?：:]/u.test(content);
}

/**
 * Whether the list goes on after a wrapped line at `index`: the next entry (`2.××`) follows it, or,
 * the line set in, the attachments open (the last entry's name wrapped). Anything else — the 署名, a paragraph — and
 * the line is no part of the list.
 */
function entryFollows(lines: readonly LineNode[], index: number, expected: number, text: string): boolean {
  let next = index + 1;
  while (next < lines.length && (lines[next]!.kind === "blank" || lines[next]!.kind === "comment")) next++;
  const following = lines[next];
  if (following === undefined) return false;
  if (following.kind === "item") return following.marker.level === 3 && following.marker.value === expected;
  // The last name's wrapped line is set in under the name: flush left before a label, it may be the 署名.
  return lines[index]!.indentEnd > lines[index]!.start && opensAttachments(following, text);
}

/**
 * Whether a line opens with the list's next number and then a name's first character, its dot
 * lost (`2重点项目清单`). One code unit is read before anything else: most lines open with no digit.
 */
function lostDotEntry(line: TextLineNode, text: string, expected: number): boolean {
  let at = line.indentEnd;
  if (!isAnyDigitCode(text.charCodeAt(at))) return false;
  while (at < line.contentEnd && isAnyDigitCode(text.charCodeAt(at))) at++;
  return at - line.indentEnd <= 3 && isHanCode(text.charCodeAt(at)) && Number(halfWidthDigits(text.slice(line.indentEnd, at))) === expected;
}

/**
 * Whether the list goes on, or ends, after an entry whose dot was lost: the next entry follows
 * (with its dot, or without), or nothing, or the attachments themselves. A line opening with a
 * number anywhere else is a sentence (`2家企业通过认证`), not the list's.
 */
function entryAfterLostDot(lines: readonly LineNode[], index: number, expected: number, text: string): boolean {
  let next = index + 1;
  while (next < lines.length && (lines[next]!.kind === "blank" || lines[next]!.kind === "comment")) next++;
  const following = lines[next];
  if (following === undefined || opensAttachments(following, text)) return true;
  if (following.kind === "item") return following.marker.level === 3 && following.marker.value === expected;
  return following.kind === "text" && isWrappedName(following, text) && lostDotEntry(following, text, expected);
}

// ------------------------------------------------------------------ lost level-1 numerals

/** A heading is short: longer text after a stray `、` is a paragraph. */
const MAX_HEADING_LENGTH = 30;
const SENTENCE_MARK = /[。；;：:！!？?]/;
const TRAILING_SEPARATOR = /[，,、]$/;
const HAN_START = /^[\u4e00-\u9fff\u3400-\u4dbf]/;

/**
 * `、总体要求`: a line that starts with `、` followed by what is clearly a heading — short, no
 * sentence mark, starting with a Han character — and that the structure shows to be a chapter:
 * the next line is a lower-level item, or the next lower-level item restarts its level (a
 * （一） after the previous chapter's （三）). Its number is inferred from the level-1 items
 * around it (`readLostNumerals`), and marked certain only when both neighbours agree.
 */
function readLostNumerals(lines: LineNode[], text: string, hardWrap: HardWrap | null): void {
  const wrapped = hardWrap === null ? null : new Set<LineNode>(hardWrap.lines);
  const found: number[] = [];
  const lastValue = new Map<number, number>();
  let ahead: LinesAhead | null = null;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.kind === "item") {
      if (line.marker.value !== null) lastValue.set(line.marker.level, line.marker.value);
      if (line.marker.level === 1) for (const level of [2, 3, 4]) lastValue.delete(level);
      continue;
    }
    if (isAttachmentLabel(line, text)) lastValue.clear();
    if (!isLostNumeralHeading(line, text) || (i > 0 && wrapped?.has(lines[i - 1]!))) continue;
    // A break before a clause's separator (`〔责任单位：市市场监管局` / `、市科技局〕`) leaves a line
    // that starts with 、 and goes on with the clause the line above opened: read as a chapter,
    // the clause would end at the break and numbering/missing-numeral would write a numeral into it.
    if (continuesClauseAbove(lines, i, text)) continue;
    ahead ??= linesAhead(lines);
    if (!opensChapter(lines, i, lastValue, ahead)) continue;
    found.push(i);
    for (const level of [2, 3, 4]) lastValue.delete(level);
  }
  const following = nextWrittenChapters(lines, new Set(found), text);
  for (const index of found) lines[index] = asLevel1Item(lines, index, following.get(index) ?? null, text);
}

/**
 * For each lost numeral, the next written level-1 number within its outline scope and the lost
 * ones before it: one pass back over the lines, not a walk forward from each lost numeral (a
 * pasted plan of thousands of chapters with their numerals lost would read the rest once per chapter).
 */
function nextWrittenChapters(lines: readonly LineNode[], lost: ReadonlySet<number>, text: string): Map<number, NextChapter | null> {
  const following = new Map<number, NextChapter | null>();
  let next: { value: number } | null = null;
  let lostBefore = 0;
  for (let j = lines.length - 1; j >= 0; j--) {
    const line = lines[j]!;
    if (lost.has(j)) {
      following.set(j, next === null ? null : { value: next.value, lostBefore });
      lostBefore++;
    } else if (isAttachmentLabel(line, text)) {
      // A scope ends at an attachment's label: what follows it is numbered on its own.
      next = null;
      lostBefore = 0;
    } else if (line.kind === "item" && line.marker.level === 1 && line.marker.value !== null) {
      next = { value: line.marker.value };
      lostBefore = 0;
    }
  }
  return following;
}

interface NextChapter {
  value: number;
  /** The lost numerals between the chapter and the next written one. */
  lostBefore: number;
}

function isLostNumeralHeading(line: LineNode, text: string): line is TextLineNode {
  if (line.kind !== "text" || line.textKind !== "plain") return false;
  if (text[line.indentEnd] !== "、") return false;
  const heading = headingText(line, text);
  const length = [...heading].length;
  return length > 0 && length <= MAX_HEADING_LENGTH && HAN_START.test(heading) && !SENTENCE_MARK.test(heading) && !TRAILING_SEPARATOR.test(heading);
}

/** The line's text after the `、`, before a trailing comment. */
function headingText(line: TextLineNode, text: string): string {
  return text.slice(line.indentEnd + 1, headingEndOf(line)).trim();
}

function headingEndOf(line: TextLineNode): number {
  const comment = line.parts.find((part) => part.type === "comment");
  return comment ? comment.start : line.contentEnd;
}

/** The next line is a lower-level item, or the next lower-level item restarts its level. */
function opensChapter(lines: readonly LineNode[], index: number, lastValue: ReadonlyMap<number, number>, ahead: LinesAhead): boolean {
  const first = index + 1 < lines.length ? ahead.solid[index + 1]! : -1;
  if (first < 0) return false;
  // Adjacent: the next line that is neither blank nor a comment; else the first item after the text between.
  const adjacent = lines[first]!.kind === "item";
  const at = adjacent ? first : ahead.stop[first]!;
  if (at < 0) return false;
  const next = lines[at]!;
  if (next.kind !== "item") return false;
  const { level, value } = next.marker;
  if (level === 1 || level === 5 || value === null) return false;
  if (adjacent) return true;
  const before = lastValue.get(level);
  return value === 1 && before !== undefined && before >= 1;
}

/**
 * For each line, where the lines after it lead, read once (one pass back) for every heading
 * that may have lost its numeral: a pasted run of thousands of such headings must not be read
 * forward once per heading. `solid[j]`: the first line from j on that is neither blank nor a
 * comment; `stop[j]`: the first from j on that is an item or an attachment's label line; -1
 * where none is.
 */
interface LinesAhead {
  solid: Int32Array;
  stop: Int32Array;
}

function linesAhead(lines: readonly LineNode[]): LinesAhead {
  const solid = new Int32Array(lines.length);
  const stop = new Int32Array(lines.length);
  let nextSolid = -1;
  let nextStop = -1;
  for (let j = lines.length - 1; j >= 0; j--) {
    const line = lines[j]!;
    if (line.kind !== "blank" && line.kind !== "comment") nextSolid = j;
    if (line.kind === "item" || (line.kind === "text" && line.textKind === "attachment")) nextStop = j;
    solid[j] = nextSolid;
    stop[j] = nextStop;
  }
  return { solid, stop };
}

/**
 * The level-1 number before a lost one, within its outline scope (the plan or an attachment):
 * the previous chapter's, itself inferred if its numeral was lost too, and then only as certain
 * as that. The walk back ends at the nearest chapter, written or lost (lost ones before it are
 * chapters by now).
 */
function previousValue(lines: readonly LineNode[], index: number, text: string): { value: number; certain: boolean } | null {
  for (let j = index - 1; j >= 0; j--) {
    const line = lines[j]!;
    if (isAttachmentLabel(line, text)) break;
    if (line.kind === "item" && line.marker.level === 1 && line.marker.value !== null) return { value: line.marker.value, certain: line.marker.valueCertain ?? true };
  }
  return null;
}

/**
 * The line as a heading-only level-1 item. Its number is the previous chapter's plus one, or 1
 * for the first chapter (a count starts at 一, as numbering/sequence holds it to). It is certain
 * when the next written chapter, where there is one, agrees: between 一、 and 三、 it is 二、.
 * Where they disagree (一、 … 四、, or a first chapter followed by 三、) some other number is
 * missing or wrong too, and which one is the drafter's to say: numbering/missing-numeral then
 * reports without a fix, and numbering/sequence leaves that break to it.
 */
function asLevel1Item(lines: readonly LineNode[], index: number, next: NextChapter | null, text: string): ItemLineNode {
  const line = lines[index] as TextLineNode;
  const previous = previousValue(lines, index, text);
  const value = previous !== null ? previous.value + 1 : 1;
  const certain = value <= 99 && (previous === null || previous.certain) && (next === null || next.value === value + next.lostBefore + 1);
  const markerEnd = line.indentEnd + 1;
  const marker: MarkerNode = { level: 1, text: "、", value, numeral: "", open: "", close: "、", start: line.indentEnd, end: markerEnd, valueCertain: certain };
  let headingEnd = trimSpacesEnd(text, markerEnd, headingEndOf(line));
  // An element (not plain text) is never cut: one that runs past the heading's end stays whole.
  for (const part of line.parts) if (part.type !== "text" && part.start < headingEnd && part.end > headingEnd) headingEnd = part.end;
  return withHeading(line, marker, markerEnd, headingEnd, "");
}
