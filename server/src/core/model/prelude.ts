import type { LineNode, TextLineNode } from "../syntax/cst.js";
import type { Heading, LineBlock } from "./types.js";

/**
 * Reads the part before the plan: an 印发通知 or a draft's wrapping, the plan title and the
 * preamble (plan-markup.md §1). Published plans arrive wrapped in what came with them; this is
 * where the checker tells those lines apart instead of mistaking them for plan text.
 */
export interface PreludeReading {
  title: (Heading & { lines: LineNode[] }) | null;
  preamble: LineBlock | null;
  docNumber: string | null;
  date: string | null;
  issuer: string | null;
  draftStatus: string | null;
}

/** A title or heading-like line is short and does not end like a sentence or an address. */
const MAX_TITLE_LENGTH = 80;
const SENTENCE_END = /[。；;：:，,！？!?]$/;
export const ORGANISATION_END = /(人民政府|办公厅|办公室|委员会|管理局|监督管理局|政府|局|厅|委|办)$/;
export const NOTICE_TITLE = /(的通知|通知)$/;
const PLAN_TITLE_END = /(方案|计划|意见|纲要|措施|规划|要点|办法|细则)(（[^）]*）|\([^)]*\))?$/;

export function lineText(line: LineNode, text: string): string {
  return text.slice(line.indentEnd, line.contentEnd).trim();
}

function isTextLine(line: LineNode | undefined): line is TextLineNode {
  return line !== undefined && line.kind === "text";
}

export function isHeadingLike(line: LineNode | undefined, text: string): line is TextLineNode {
  if (!isTextLine(line) || line.textKind !== "plain") return false;
  const content = lineText(line, text);
  return content.length > 0 && [...content].length <= MAX_TITLE_LENGTH && !SENTENCE_END.test(content);
}

/** Converts 2024年4月21日 / 2024-04-21 into an ISO date; null if it is not one. */
export function isoDate(value: string): string | null {
  const match = /^(\d{4})\s*(?:年|-|\.|\/)\s*(\d{1,2})\s*(?:月|-|\.|\/)\s*(\d{1,2})\s*日?$/.exec(value.trim());
  if (!match) return null;
  const [, year, month, day] = match;
  return `${year}-${month!.padStart(2, "0")}-${day!.padStart(2, "0")}`;
}

export function readPrelude(lines: LineNode[], text: string): PreludeReading {
  const reading: PreludeReading = { title: null, preamble: null, docNumber: null, date: null, issuer: null, draftStatus: null };

  let dateIndex = -1;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.kind !== "text") continue;
    const content = lineText(line, text);
    if (line.textKind === "docNumber" && reading.docNumber === null) reading.docNumber = content;
    if (line.textKind === "date" && reading.date === null) {
      reading.date = isoDate(content) ?? content;
      dateIndex = i;
    }
    if (line.textKind === "draftMark" && reading.draftStatus === null) reading.draftStatus = content.replace(/[（()）\s]/g, "");
    if (reading.draftStatus === null && content.includes("征求意见稿")) reading.draftStatus = "征求意见稿";
  }
  reading.issuer = issuerBefore(lines, dateIndex, text) ?? issuerFromNoticeTitle(lines, text);

  // The preamble is the run of sentence-like paragraphs just before the plan; the title is the
  // heading-like line (or two adjacent lines) before that.
  let index = lines.length - 1;
  const preambleLines: LineNode[] = [];
  while (index >= 0) {
    const line = lines[index]!;
    if (line.kind === "blank" || line.kind === "comment") {
      index--;
      continue;
    }
    if (isTextLine(line) && line.textKind === "plain" && !isHeadingLike(line, text)) {
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
  // Skip a draft mark between title and preamble: （征求意见稿） belongs to the title block.
  while (index >= 0 && (lines[index]!.kind === "blank" || (isTextLine(lines[index]) && (lines[index] as TextLineNode).textKind === "draftMark"))) index--;
  const titleLine = lines[index];
  if (isHeadingLike(titleLine, text) && !NOTICE_TITLE.test(lineText(titleLine, text))) {
    const titleLines: LineNode[] = [titleLine];
    const previous = lines[index - 1];
    const previousText = previous ? lineText(previous, text) : "";
    // A title broken over two adjacent lines: 贯彻实施江西省质量发展纲要 / 2016年行动计划.
    if (
      isHeadingLike(previous, text) &&
      !NOTICE_TITLE.test(previousText) &&
      !ORGANISATION_END.test(previousText) &&
      PLAN_TITLE_END.test(lineText(titleLine, text))
    ) {
      titleLines.unshift(previous);
    }
    const first = titleLines[0]!;
    reading.title = {
      text: titleLines.map((line) => lineText(line, text)).join(""),
      start: first.indentEnd,
      end: titleLine.contentEnd,
      lines: titleLines,
    };
  }
  return reading;
}

/** The 落款 above the 成文日期: one or more organisation names on lines of their own. */
function issuerBefore(lines: LineNode[], dateIndex: number, text: string): string | null {
  if (dateIndex < 0) return null;
  const names: string[] = [];
  for (let i = dateIndex - 1; i >= 0; i--) {
    const line = lines[i]!;
    if (line.kind === "blank") {
      if (names.length > 0) break;
      continue;
    }
    const content = lineText(line, text);
    if (!isHeadingLike(line, text) || !ORGANISATION_END.test(content)) break;
    names.unshift(content);
  }
  return names.length > 0 ? names.join("、") : null;
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
