import type { LineNode, TextLineNode } from "../syntax/cst.js";
import { dateOfDateLine, dateOfLine, formatChineseDate, RUN_TOGETHER_DATE } from "./dates.js";
import type { HardWrap, LineBlock, PlanTitle, Span } from "./types.js";
import { furnitureTailStart } from "./pageFurniture.js";
import { titleLabelLength } from "./titleLabel.js";
import { lastInlinePartOf } from "./inline.js";
import { ANY_DIGIT, halfWidthDigits, hasAtMostCodePoints } from "../text/codeUnits.js";
import { UNIT_COLUMN } from "./unitColumns.js";
import { MAX_TITLE, NOTICE_TITLE, ORGANISATION_END, PERIOD_LINE, PLAN_TITLE_END, titleGoesOn } from "./titleBreaks.js";

/**
 * Reads the part before the plan: an 印发通知 or a draft's wrapping, the plan title and the
 * preamble (plan-markup.md §1). Published plans arrive wrapped in what came with them; this is
 * where the checker tells those lines apart instead of mistaking them for plan text.
 */
export interface PreludeReading {
  title: PlanTitle | null;
  preamble: LineBlock | null;
  docNumber: string | null;
  date: string | null;
  /** The line the date was read from (the notice's or the signature's 成文日期). */
  dateLine: TextLineNode | null;
  issuer: string | null;
  draftStatus: string | null;
}

/** A digit of a furniture line, half- or full-width. */
const D = ANY_DIGIT;

/** A title or heading-like line is short and does not end like a sentence or an address. */
const MAX_TITLE_LENGTH = 80;
const SENTENCE_END = /[。；;：:，,！？!?]$/;
const TITLE_BREAK = /[。；;：:，,！？!?]/;
/** How a preamble's sentence opens: a purpose or a basis (为贯彻落实…, 根据…, 按照…部署), never a title. */
export const PREAMBLE_OPENING = /^(?:为了?|根据|按照|依据|依照|遵照|围绕)[\u4e00-\u9fff《“]/u;

/** Text that ends as a notice's or a plan's title does (……的通知, ……实施方案（2023—2025年）). */
export function endsLikeTitle(text: string): boolean {
  return NOTICE_TITLE.test(text) || PLAN_TITLE_END.test(text);
}

/**
 * Text that reads as a plan's title by itself: short, no sentence mark inside, ending like a
 * plan's name, with its period or status in brackets if any (`……实施方案（2023—2025年）`).
 * How a one-line plan's title is told from the `一、` run on after it (structure/flattened).
 */
export function isPlanTitleText(text: string, start = 0, end = text.length): boolean {
  // Measured before it is cut out, so a long line is not copied at every candidate.
  if (end - start > MAX_TITLE_LENGTH) return false;
  const title = text.slice(start, end);
  return !TITLE_BREAK.test(title) && PLAN_TITLE_END.test(title);
}
/** A date in brackets under a title: （2022年12月31日）, （2022年12月31日市政府第5次常务会议通过）. */
const DATE_NOTE = new RegExp(`^[（(][^（()）]*${D}{4}[ \\t\\u3000]*年[ \\t\\u3000]*${D}{1,2}[ \\t\\u3000]*月([ \\t\\u3000]*${D}{1,2}[ \\t\\u3000]*日)?[^（()）]*[）)]$`);

/** A 发文字号 on a line of its own, bare or in brackets: 示市府办发〔2023〕12号. */
/** A 发文字号 as written, bare or in brackets: 示市府办发〔2023〕12号, （示市府办发〔２０２３〕第１２号）. */
const DOC_NUMBER = `[（(]?[\\u4e00-\\u9fff]+[〔[【(（﹝]${D}{4}[〕\\]】)）﹞]第?${D}+号[）)]?`;
const DOC_NUMBER_LINE = new RegExp(`^${DOC_NUMBER}$`);
/**
 * A 发文字号 on a line of its own whose year bracket a copy lost (a PDF's 〔〕 glyphs read as spaces
 * or as nothing, a draft's 年): the 机关代字, ending as one does (发, 字, 函, 办, 电), the year's four
 * digits, then the number and 号 — `赣市府办字2023 5号`, `示政办发 2024 12号`, `中发2022年17号`. A
 * 文号 all the same, set under the 版头 or the title: never a line of the title.
 */
const BARE_DOC_NUMBER_LINE = new RegExp(`^[\\u4e00-\\u9fff]{1,15}[发字函办电][ \\t\\u3000]*(?:19|20|１９|２０)${D}{2}(?:[ \\t\\u3000]+|[ \\t\\u3000]*年[ \\t\\u3000]*)第?${D}{1,4}[ \\t\\u3000]*号$`, "u");
/** 号, which a 发文字号 ends in: looked for before the line is matched. */
const HAO = 0x53f7;

/** Whether a line's text is a 发文字号 that lost its year's brackets (BARE_DOC_NUMBER_LINE). */
export function isBareDocNumber(content: string): boolean {
  return content.charCodeAt(content.length - 1) === HAO && BARE_DOC_NUMBER_LINE.test(content);
}

/**
 * An upward document's 签发人 (GB/T 9704 §7.2.4: beside the 发文字号, on its right), pasted on
 * the 字号's line after spaces (`示市监〔2024〕12号　　签发人：张三`) or on a line of its own
 * under it: the 字号 (null on a line of its own) and the names. A line of the 版头, no title.
 */
export function signerLineOf(content: string): { docNumber: string | null; signer: string } | null {
  // Most lines fail here: no 签发人 in them.
  const at = content.indexOf("签发人");
  if (at < 0) return null;
  const match = SIGNER_LINE.exec(content);
  if (match === null) return null;
  return { docNumber: match[1] ?? null, signer: match[2]!.trim() };
}

const SIGNER_LINE = new RegExp(`^(?:(${DOC_NUMBER})[\\s\\u3000]+)?签发人\\s*[：:]\\s*([\\u4e00-\\u9fff·][\\u4e00-\\u9fff·\\s\\u3000]{0,30})$`, "u");

function isDateNote(content: string): boolean {
  return DATE_NOTE.test(content) && !PERIOD_LINE.test(content);
}

/** Lines that are never (part of) the title: dates, however written, and 发文字号. */
function isDateOrDocNumber(line: TextLineNode, content: string): boolean {
  if (line.textKind === "date" || line.textKind === "docNumber") return true;
  return isDateNote(content) || RUN_TOGETHER_DATE.test(content) || DOC_NUMBER_LINE.test(content) || isBareDocNumber(content) || dateOfDateLine(content) !== null || signerLineOf(content) !== null;
}

/**
 * Whether a heading-like line is one that stands under a title and is never one itself: its
 * period (（2023—2025年）), a date or a 文号 (a page's metadata row reads past them to a title).
 */
export function isBesideTitle(line: TextLineNode, content: string): boolean {
  return PERIOD_LINE.test(content) || isDateOrDocNumber(line, content);
}

/** A line's own text: without its indentation, trailing spaces and a trailing `// …` comment (a `plancheck-disable-line` is no part of a title). */
export function lineText(line: LineNode, text: string): string {
  // Asked of many lines: the last part says whether there is a comment, the trim does the spaces.
  const last = lastInlinePartOf(line);
  return text.slice(line.indentEnd, last !== undefined && last.type === "comment" ? last.start : line.contentEnd).trim();
}

function isTextLine(line: LineNode | undefined): line is TextLineNode {
  return line !== undefined && line.kind === "text";
}

export function isHeadingLike(line: LineNode | undefined, text: string): line is TextLineNode {
  if (!isTextLine(line) || line.textKind !== "plain") return false;
  const content = lineText(line, text);
  return content.length > 0 && hasAtMostCodePoints(content, MAX_TITLE_LENGTH) && !SENTENCE_END.test(content);
}

/** Whether a plain line is a 任务分工表's header: cells apart by tabs, one naming a unit column (model/tables.ts). */
function isTaskTableHeader(line: TextLineNode, text: string): boolean {
  if (line.textKind !== "plain") return false;
  // Looked for by code unit within the line: most lines walked have no tab, and are not sliced.
  let tab = line.indentEnd;
  while (tab < line.contentEnd && text.charCodeAt(tab) !== 0x09) tab++;
  if (tab === line.contentEnd) return false;
  for (const cell of lineText(line, text).split("\t")) if (UNIT_COLUMN.test(cell.trim())) return true;
  return false;
}

/** Converts 2024年4月21日 / 2024-04-21 into an ISO date; null if it is not one. */
export function isoDate(value: string): string | null {
  const match = /^(\d{4})\s*(?:年|-|\.|\/)\s*(\d{1,2})\s*(?:月|-|\.|\/)\s*(\d{1,2})\s*日?$/.exec(halfWidthDigits(value.trim()));
  if (!match) return null;
  const [, year, month, day] = match;
  return `${year}-${month!.padStart(2, "0")}-${day!.padStart(2, "0")}`;
}

export function readPrelude(lines: LineNode[], text: string, debris: ReadonlySet<LineNode> = new Set(), hardWrap: HardWrap | null = null): PreludeReading {
  const reading: PreludeReading = { title: null, preamble: null, docNumber: null, date: null, dateLine: null, issuer: null, draftStatus: null };

  let dateIndex = -1;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.kind !== "text" || debris.has(line)) continue;
    const content = lineText(line, text);
    if (line.textKind === "docNumber" && reading.docNumber === null) reading.docNumber = content;
    // An upward document's 字号 with its 签发人 beside it (export/layout.ts sets both).
    if (line.textKind === "plain" && reading.docNumber === null) reading.docNumber = signerLineOf(content)?.docNumber ?? null;
    // One that lost its year's brackets (the export prints front matter's as written).
    if (line.textKind === "plain" && reading.docNumber === null && isBareDocNumber(content)) reading.docNumber = content;
    // A 成文日期 however written (2024.5.8, 2024年5月8): structure/date-form says how it should be.
    if (reading.date === null) {
      const date = dateOfDateLineNode(line, content);
      if (date !== null) {
        reading.date = date;
        reading.dateLine = line;
        dateIndex = i;
      }
    }
    if (line.textKind === "draftMark" && reading.draftStatus === null) reading.draftStatus = content.replace(/[（()）\s]/g, "");
    if (reading.draftStatus === null && content.includes("征求意见稿")) reading.draftStatus = "征求意见稿";
  }
  reading.issuer = issuerBefore(lines, dateIndex, text) ?? issuerFromNoticeTitle(lines, text);

  // Blank lines, comments, web-page furniture and page numbers stand between the parts without
  // being one; so does a 分工表's header over its first section row (a document that is only the
  // table: 重点任务分工表 / 序号<TAB>重点任务<TAB>牵头单位 / 一、…), the table's line, no title.
  const passedOver = (line: LineNode) => line.kind === "blank" || line.kind === "comment" || debris.has(line) || (line.kind === "text" && (line.textKind === "pageNumber" || isTaskTableHeader(line, text)));

  // A paragraph a PDF's measure cut into lines (model/hardWrap.ts) is read whole: its last
  // line alone (`江西省委 江西省人民政府关于……的实施意见》`) may look like a heading.
  const wrapped = new Set(hardWrap?.lines);
  const paragraphStart = (at: number) => {
    let first = at;
    while (first > 0 && wrapped.has(lines[first - 1]!)) first--;
    return first;
  };

  // The preamble is the run of sentence-like paragraphs just before the plan; the title is the
  // heading-like line (or two adjacent lines) before that.
  let index = lines.length - 1;
  const preambleLines: LineNode[] = [];
  // Whether a page's edge (its number, its running head) stands between this line and the preamble read so far.
  let acrossPage = false;
  while (index >= 0) {
    const line = lines[index]!;
    if (passedOver(line)) {
      if (line.kind === "text" && line.textKind === "pageNumber") acrossPage = true;
      index--;
      continue;
    }
    // A preamble sentence the page cut (`……，结合我市实际，制定` / `— 1 —` / `本方案。`): its first
    // half, short and without its 。, is no heading.
    if (acrossPage && preambleLines.length > 0 && isTextLine(line) && line.textKind === "plain" && TITLE_BREAK.test(lineText(line, text).slice(0, -1))) {
      preambleLines.unshift(line);
      index--;
      acrossPage = false;
      continue;
    }
    acrossPage = false;
    const first = paragraphStart(index);
    if (first < index) {
      const joined = lines.slice(first, index + 1).map((piece) => lineText(piece, text)).join("");
      if (lines.slice(first, index + 1).every((piece) => isTextLine(piece) && piece.textKind === "plain") && (SENTENCE_END.test(joined) || joined.includes("。"))) {
        preambleLines.unshift(...lines.slice(first, index + 1));
        index = first - 1;
        continue;
      }
      break;
    }
    if (isTextLine(line) && line.textKind === "plain" && !isHeadingLike(line, text) && !isDateNote(lineText(line, text))) {
      preambleLines.unshift(line);
      index--;
      continue;
    }
    // A preamble's line with a sentence's marks inside that stops without its 。 (a line break
    // in the sentence, `……，全面提升我市产品、工程、服务质量` / `水平，制定本方案。`, or a 。 the
    // drafter left out, `……，制定本方案`) looks like a heading, and under the title it is no
    // title: a line that reads as a plan's title by itself stands above it.
    // So is the first line of a preamble sentence cut before any mark (`为贯彻落实《质量强国建设纲要》`
    // / `精神，结合我市实际，制定本方案。`): a purpose or basis clause (为…, 根据…) opens a sentence
    // whose main clause is still to come, with the preamble going on below it.
    if (
      isTextLine(line) &&
      line.textKind === "plain" &&
      (hasBreakInside(line, text) || (preambleLines.length > 0 && PREAMBLE_OPENING.test(lineText(line, text)))) &&
      planTitleAbove(lines, index - 1, text, passedOver)
    ) {
      preambleLines.unshift(line);
      index--;
      continue;
    }
    break;
  }
  if (preambleLines.length > 0) {
    const first = preambleLines[0]!;
    const last = preambleLines[preambleLines.length - 1]!;
    reading.preamble = { start: first.indentEnd, end: last.contentEnd, lines: preambleLines };
  }
  // Under the title may stand its period (（2023—2025年）), a draft mark (（征求意见稿）) and a
  // date note (（2022年12月31日）); none of them is the title, the period is part of it.
  let draftMark: TextLineNode | null = null;
  let period: TextLineNode | null = null;
  while (index >= 0) {
    const line = lines[index]!;
    if (passedOver(line)) {
      index--;
      continue;
    }
    if (!isTextLine(line)) break;
    const content = lineText(line, text);
    if (line.textKind === "draftMark") draftMark = line;
    else if (isDateOrDocNumber(line, content)) {
      // A date or a 文号 is never the title.
    } else if (period === null && PERIOD_LINE.test(content)) period = line;
    else if (isIssuerLine(content) && titleAbove(lines, index - 1, text, passedOver)) {
      // A web copy prints the issuers under the title (中共××区委办公室 ××区人民政府办公室):
      // they are the issuer, the line above them the title.
      reading.issuer ??= content.replace(/[ \t\u3000]+/g, " ").trim();
    } else break;
    index--;
  }
  const titleLine = lines[index];
  if (!isHeadingLike(titleLine, text) || debris.has(titleLine) || NOTICE_TITLE.test(lineText(titleLine, text))) return reading;
  const nameLines: LineNode[] = [titleLine];
  const first = paragraphStart(index);
  // A title a PDF's measure cut: all its lines.
  if (first < index) nameLines.unshift(...lines.slice(first, index));
  // A title broken over lines, as GB/T 9704 sets a long title and the export prints it: each line
  // above joined where the title may break after it (titleBreaks.ts, the export's rule too) —
  // 贯彻实施江西省质量发展纲要 / 2016年行动计划, the issuer's name over the title that goes on from it
  // (示例市市场监督管理局 / 关于报送……的报告), a line that leaves its 《 open. A title line that
  // names its own place (示例市2026年质量工作要点) stands alone: the name above it is a 发文机关标志
  // written without 文件, which the standard allows.
  else {
    let rest = lineText(titleLine, text);
    for (let above = index - 1; above >= 0 && rest.length <= MAX_TITLE; above--) {
      const previous = lines[above];
      if (!isHeadingLike(previous, text) || debris.has(previous)) break;
      const previousText = lineText(previous, text);
      if (isDateOrDocNumber(previous, previousText) || NOTICE_TITLE.test(previousText) || !titleGoesOn(previousText, rest, nameLines.length === 1)) break;
      nameLines.unshift(previous);
      rest = previousText + rest;
    }
  }
  const titleLines = period ? [...nameLines, period] : nameLines;
  const last = [period, draftMark].reduce<LineNode>((end, line) => (line && line.contentEnd > end.contentEnd ? line : end), titleLine);
  // A page that sets its bar (【字体：大 中 小】 打印 关闭) on the title's line: the bar is no word of it.
  const furniture = titleFurniture(titleLines[titleLines.length - 1]!, text);
  const words = titleLines.map((line) => lineText(line, text));
  if (furniture) words[words.length - 1] = text.slice(titleLines[titleLines.length - 1]!.indentEnd, furniture.start).trim();
  // A page's 标    题： row that is the only title (titleRow.ts sets one apart that has a title under
  // it): the value is the title, the label the page table's.
  const labelLength = titleLabelLength(words[0]!);
  const label = labelLength > 0 && labelLength < words[0]!.length ? { start: nameLines[0]!.indentEnd, end: nameLines[0]!.indentEnd + labelLength } : null;
  if (label) words[0] = words[0]!.slice(labelLength);
  reading.title = {
    text: words.join(""),
    start: label ? label.end : nameLines[0]!.indentEnd,
    end: furniture && last === titleLines[titleLines.length - 1] ? furniture.start : last.contentEnd,
    lines: titleLines,
    draftMark,
    furniture,
    label,
  };
  return reading;
}

/** A line of one or more issuing bodies and nothing else: each name, apart by spaces, ends as a body's does. */
function isIssuerLine(content: string): boolean {
  const names = content.trim().split(/[ \t\u3000]+/);
  return names.length <= 4 && names.every((name) => name.length >= 4 && ORGANISATION_END.test(name) && !TITLE_BREAK.test(name));
}

/** Whether a line has a sentence's mark (，。；：…) before its last character: no title has. */
/** The page's bar at the end of a title's line (pageFurniture.ts furnitureTailStart), or null. */
function titleFurniture(line: LineNode, text: string): Span | null {
  const content = lineText(line, text);
  const tail = furnitureTailStart(content);
  if (tail < 0) return null;
  const start = line.indentEnd + tail;
  return { start, end: start + content.length - tail };
}

function hasBreakInside(line: TextLineNode, text: string): boolean {
  const content = lineText(line, text);
  return TITLE_BREAK.test(content.slice(0, -1));
}

/** Whether the first line above `index` that is not passed over reads as a plan's title by itself (isPlanTitleText). */
function planTitleAbove(lines: readonly LineNode[], index: number, text: string, passedOver: (line: LineNode) => boolean): boolean {
  let at = index;
  while (at >= 0 && passedOver(lines[at]!)) at--;
  const line = lines[at];
  return line !== undefined && line.kind === "text" && line.textKind === "plain" && isPlanTitleText(lineText(line, text));
}

/** Whether the first line above `index` that is not passed over reads as a plan's title. */
function titleAbove(lines: readonly LineNode[], index: number, text: string, passedOver: (line: LineNode) => boolean): boolean {
  let at = index;
  while (at >= 0 && passedOver(lines[at]!)) at--;
  const line = lines[at];
  return isHeadingLike(line, text) && PLAN_TITLE_END.test(lineText(line, text));
}

/** The 落款 above the 成文日期: one or more organisation names on lines of their own. */
function issuerBefore(lines: readonly LineNode[], dateIndex: number, text: string): string | null {
  if (dateIndex < 0) return null;
  return issuerOf(signatureNamesAbove(lines, dateIndex, text), text);
}

/** The issuer a 落款's names make: the names, apart by 、; null when there are none. */
export function issuerOf(names: readonly TextLineNode[], text: string): string | null {
  return names.length > 0 ? names.map((line) => lineText(line, text)).join("、") : null;
}

/**
 * The 落款's lines above the 成文日期 line at `dateIndex`: organisation names on lines of their
 * own (a joint document's one a line), blank lines passed over until the first name.
 */
export function signatureNamesAbove(lines: readonly LineNode[], dateIndex: number, text: string): TextLineNode[] {
  const names: TextLineNode[] = [];
  for (let i = dateIndex - 1; i >= 0; i--) {
    const line = lines[i]!;
    if (line.kind === "blank") {
      if (names.length > 0) break;
      continue;
    }
    if (!isHeadingLike(line, text) || !ORGANISATION_END.test(lineText(line, text))) break;
    names.unshift(line);
  }
  return names;
}

/**
 * The ISO date of a 成文日期 line however written (2024.5.8, 2024年5月8, 二〇二四年五月八日;
 * structure/date-form says how it should be), the line's text when it cannot be made one;
 * null when the line is no date line.
 */
export function dateOfDateLineNode(line: LineNode, content: string): string | null {
  if (line.kind !== "text") return null;
  if (line.textKind !== "date" && (line.textKind !== "plain" || (!RUN_TOGETHER_DATE.test(content) && dateOfDateLine(content) === null))) return null;
  const date = dateOfLine(content);
  return date ? isoDate(formatChineseDate(date)) : isoDate(content) ?? content;
}

/** 赣州市人民政府关于印发 / ……的通知: the issuer is what comes before 关于. */
function issuerFromNoticeTitle(lines: LineNode[], text: string): string | null {
  for (const line of lines) {
    if (!isHeadingLike(line, text)) continue;
    const match = /^([^《，,。]{2,30}?)关于印发/.exec(lineText(line, text));
    if (match) return match[1]!;
  }
  return null;
}
