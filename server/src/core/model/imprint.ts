import type { LineNode, TextLineNode } from "../syntax/cst.js";
import { datesIn } from "./dates.js";
import { lineText } from "./prelude.js";
import { ORGANISATION_END } from "./titleBreaks.js";
import type { Imprint, ImprintRecipients } from "./types.js";

/**
 * The 版记 at the end of a 公文 (GB/T 9704 §7.4; 条例 Article 9: 抄送机关, 印发机关和印发日期):
 * `抄送：市委各部门，市人大常委会办公室。` and `某市人民政府办公室　　2024年4月22日印发`. It is
 * part of the document, not web debris, and no item's body: read apart, its names are no
 * clause and its words count for no task.
 *
 * Read strictly, since a line taken for it leaves the plan: only a run of lines at the very end
 * (before any web debris) in which every line opens with 抄送：/主送：/印发机关：/印发日期：, ends
 * in a date and 印发 after nothing but an organisation's name, or carries on a 抄送 list whose
 * line above ends in a separator (，、). A sentence that mentions 抄送 or 印发 is never one.
 * Two lines local 版记 print besides, which an OA system's copy brings along: the 公开方式
 * (`公开方式：主动公开`, a field of its own value, never a sentence) and the 印数 of the older
 * standard (`（共印 50 份）`, an OA system's `印数：50份`). They say nothing the model keeps, but
 * they are the 版记's, not the last task's text nor web debris (a web page's metadata table has
 * a 公开方式 row too).
 */

/** 抄送：… / 主送：… (the colon either width; 抄报 and 分送 are older forms of the same line). */
const RECIPIENTS = /^(抄送|主送|抄报|分送)\s*[：:]\s*(.*)$/u;
/** 印发机关：… / 印发日期：… on lines of their own. */
const PRINTING_FIELD = /^印发(机关|日期)\s*[：:]\s*(.+)$/u;
/** How a 印发 line ends: 印发, maybe a full stop. */
const PRINTED_END = /印发[。.]?$/u;
/** A 印发 line is a name and a date: one longer is a sentence (and is never scanned for one). */
const MAX_PRINTED_LINE = 60;
/** How far from its end a 印发 line's date starts at the most (二〇二四年十二月二十二日 and spaces). */
const DATE_TAIL = 24;
/** A 抄送 list going on on the next line holds names and their separators, nothing a sentence has. */
const LIST_CONTINUATION = /^[^：:；;！？!?。]+[。.]?$/u;
/** A 抄送 list's line that goes on on the next ends in a separator: one that has not is finished, or no list. */
const OPEN_LIST_END = /[，,、]$/u;
/** The 公开方式 line: its value is how the document is made public, never a sentence. */
const DISCLOSURE = /^公开方式\s*[：:]\s*(?:主动|依申请|不予|不|删减后)?公开[。.]?$/u;
/** The 印数 line: `（共印 50 份）`, brackets either width or none. */
const COPIES = /^(?:[（(]?\s*共印\s*[0-9０-９]+\s*份\s*[）)]?|印数\s*[：:]\s*[0-9０-９]+\s*份?)$/u;
/** Lines a 版记 can hold: a few 抄送 lines and the 印发 line; more is a page of text, not one. */
const MAX_LINES = 12;

/**
 * A line between or after a 版记's lines that is none of its words: blank, a comment, or a page's
 * number a PDF's copy left under it (`— 6 —`, model/reading.ts), which the last page prints below
 * the 版记 and the 版记 goes on over. It is the page's, not the 版记's, and ends no 版记.
 */
function isBesideImprint(line: LineNode): boolean {
  return line.kind === "blank" || line.kind === "comment" || (line.kind === "text" && line.textKind === "pageNumber");
}

interface ImprintLine {
  line: TextLineNode;
  recipients?: { label: string; names: string };
  printer?: string;
  printed?: string;
  /** A 公开方式 or 印数 line: the 版记's, saying nothing the model keeps. */
  other?: true;
}

/**
 * Whether a line is an organisation's name alone (`某市人民政府办公室`): the 印发机关 where a copy
 * set it on a line of its own, its 印发日期 on the next (`2024年4月22日印发`), as a page one
 * column wide (a phone's, a PDF's narrow column) breaks the 印发 line. Read so only right above
 * such a date: elsewhere a name alone is a 署名 or a heading.
 */
function isPrinterName(content: string): boolean {
  return content.length <= MAX_PRINTED_LINE && ORGANISATION_END.test(content) && !/[\s\u3000，,。；;：:、（）()]/u.test(content);
}

/**
 * The 印发 line's organisation and date, or null when the line is not one. Read from its end
 * without backtracking over the line: a long line is given up at once.
 */
function printedLineOf(content: string): { printer: string; printed: string } | null {
  if (content.length > MAX_PRINTED_LINE) return null;
  const end = PRINTED_END.exec(content);
  if (!end) return null;
  const before = content.slice(0, end.index).replace(/[\s\u3000]+$/u, "");
  const tailStart = Math.max(0, before.length - DATE_TAIL);
  const tail = before.slice(tailStart);
  const date = datesIn(tail).pop();
  if (!date || date.end !== tail.length || date.day === null) return null;
  const printer = before.slice(0, tailStart + date.start).trim();
  // Nothing but a name before the date: 市政府办公室于2024年4月22日印发 is a sentence.
  if (printer !== "" && (!ORGANISATION_END.test(printer) || /[，,。；;：:、]/u.test(printer))) return null;
  return { printer, printed: tail.slice(date.start) };
}

function imprintLineOf(line: LineNode, text: string): ImprintLine | null {
  if (line.kind !== "text" || (line.textKind !== "plain" && line.textKind !== "date")) return null;
  const content = lineText(line, text);
  // Both start with one character: most lines fail on it before any pattern.
  const first = content.charCodeAt(0);
  if ((first === 0x516c /* 公 */ && DISCLOSURE.test(content)) || ((first === 0xff08 || first === 0x28 || first === 0x5171 || first === 0x5370) /* （ ( 共 印 */ && COPIES.test(content))) return { line, other: true };
  const recipients = RECIPIENTS.exec(content);
  if (recipients) return { line, recipients: { label: recipients[1]!, names: recipients[2]! } };
  const field = PRINTING_FIELD.exec(content);
  if (field) return field[1] === "机关" ? { line, printer: field[2]!.trim() } : { line, printed: field[2]!.trim().replace(/印发[。.]?$/u, "") };
  const printed = printedLineOf(content);
  return printed && { line, ...printed };
}

/**
 * The 公开方式 line among a 版记's lines (`公开方式：主动公开`), its content as written, or null. It
 * says what a 附注 says (GB/T 9704 §7.3.6: the scope a document is made public in), which the
 * export prints in a 附注's place where the text has no 附注.
 */
export function disclosureOf(imprint: Imprint, text: string): string | null {
  for (const line of imprint.lines) {
    if (line.kind !== "text") continue;
    const content = lineText(line, text);
    if (DISCLOSURE.test(content)) return content;
  }
  return null;
}

/** Whether a line is one a 版记 holds (buildPlan.ts asks it of web furniture after the plan: 公开方式：). */
export function isImprintLine(line: LineNode, text: string): boolean {
  return imprintLineOf(line, text) !== null;
}

/**
 * The 版记 among lines[from, to): its first line's index and what it says, or null when the
 * lines there do not end in one. `from` is the line after the plan's last item.
 */
export function findImprint(lines: readonly LineNode[], from: number, to: number, text: string): { index: number; imprint: Imprint } | null {
  // The earliest line that may start it: walk back over lines a 版记 can hold.
  let earliest = to;
  let content = 0;
  for (let i = to - 1; i >= from && content <= MAX_LINES; i--) {
    const line = lines[i]!;
    if (isBesideImprint(line)) continue;
    if (line.kind !== "text") break;
    content++;
    if (imprintLineOf(line, text)) earliest = i;
    else if (!LIST_CONTINUATION.test(lineText(line, text))) break;
  }
  for (let start = earliest; start < to; start++) {
    const imprint = readImprint(lines, start, to, text);
    if (imprint) return { index: start, imprint };
  }
  return null;
}

/**
 * A 版记 a copy set under its 印发通知, before the plan the notice issues (a web page's copy of a
 * notice and its attachment, the 版记 printed after the notice's 附注): the standard's place for
 * it is the document's last page, where the export sets it. Read as strictly as the 版记 at the
 * end, and more: the run of lines must hold a 印发 line with its date (a 抄送 line alone may be a
 * forwarded mail's header), and none of its lines may be web or mail furniture. `lines` are the
 * lines before the plan; a few lines are read from each 抄送 or 印发 line, most lines fail on
 * their first character.
 */
export function findImprintBeforePlan(lines: readonly LineNode[], text: string, furniture: ReadonlySet<LineNode>): { index: number; imprint: Imprint } | null {
  for (let start = 0; start < lines.length; start++) {
    const first = furniture.has(lines[start]!) ? null : imprintLineOf(lines[start]!, text);
    if (!first || first.other) continue;
    // The longest run from here that reads as a 版记, as far as a 版记 reaches.
    let found: Imprint | null = null;
    for (let end = start + 1, content = 0; end <= lines.length && content <= MAX_LINES; end++) {
      const line = lines[end - 1]!;
      if (furniture.has(line)) break;
      if (line.kind === "blank" || line.kind === "comment") continue;
      content++;
      const imprint = readImprint(lines, start, end, text);
      if (!imprint) {
        // A name alone reads as the 印发机关 only with the date line after it: read on to it.
        if (line.kind === "text" && isPrinterName(lineText(line, text))) continue;
        break;
      }
      found = imprint;
    }
    if (found && found.printed !== null) return { index: start, imprint: found };
  }
  return null;
}

/** lines[start, to) read as a 版记, or null if any line there is not one of its lines. */
function readImprint(lines: readonly LineNode[], start: number, to: number, text: string): Imprint | null {
  const first = imprintLineOf(lines[start]!, text);
  if (!first) return null;
  const recipients: ImprintRecipients[] = [];
  let printer: string | null = null;
  let printed: string | null = null;
  let printerLine: TextLineNode | null = null;
  let open: ImprintRecipients | null = null;
  // A name alone, the 印发机关 of the date-only 印发 line that must come next (isPrinterName).
  let namedAbove: { printer: string; line: TextLineNode } | null = null;
  for (let i = start; i < to; i++) {
    const line = lines[i]!;
    if (isBesideImprint(line)) continue;
    const read = imprintLineOf(line, text);
    if (namedAbove) {
      if (read?.printer !== "" || read.printed === undefined) return null;
      printer = namedAbove.printer;
      printerLine ??= namedAbove.line;
      namedAbove = null;
    }
    if (read?.other) {
      open = null;
    } else if (read?.recipients) {
      open = { label: read.recipients.label, names: read.recipients.names, lines: [read.line] };
      recipients.push(open);
    } else if (read) {
      open = null;
      if (read.printer !== undefined && read.printer !== "") printer = read.printer;
      if (read.printed !== undefined) printed = read.printed;
      printerLine ??= read.line;
    } else if (open && OPEN_LIST_END.test(open.names) && line.kind === "text" && LIST_CONTINUATION.test(lineText(line, text))) {
      // A 抄送 list a copy broke across lines after a separator goes on here.
      open.names += lineText(line, text);
      open.lines.push(line);
    } else if (line.kind === "text" && isPrinterName(lineText(line, text))) {
      open = null;
      namedAbove = { printer: lineText(line, text), line };
    } else {
      return null;
    }
  }
  if (namedAbove) return null;
  const used = lines.slice(start, to);
  const content = used.filter((line) => line.kind !== "blank" && !(line.kind === "text" && line.textKind === "pageNumber"));
  return {
    start: content[0]!.indentEnd,
    end: content[content.length - 1]!.contentEnd,
    lines: used,
    recipients,
    printer,
    printed,
    printerLine,
  };
}
