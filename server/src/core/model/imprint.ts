import type { LineNode, TextLineNode } from "../syntax/cst.js";
import { datesIn } from "./dates.js";
import { lineText, ORGANISATION_END } from "./prelude.js";
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
/** Lines a 版记 can hold: a few 抄送 lines and the 印发 line; more is a page of text, not one. */
const MAX_LINES = 12;

interface ImprintLine {
  line: TextLineNode;
  recipients?: { label: string; names: string };
  printer?: string;
  printed?: string;
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
  const recipients = RECIPIENTS.exec(content);
  if (recipients) return { line, recipients: { label: recipients[1]!, names: recipients[2]! } };
  const field = PRINTING_FIELD.exec(content);
  if (field) return field[1] === "机关" ? { line, printer: field[2]!.trim() } : { line, printed: field[2]!.trim().replace(/印发[。.]?$/u, "") };
  const printed = printedLineOf(content);
  return printed && { line, ...printed };
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
    if (line.kind === "blank" || line.kind === "comment") continue;
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

/** lines[start, to) read as a 版记, or null if any line there is not one of its lines. */
function readImprint(lines: readonly LineNode[], start: number, to: number, text: string): Imprint | null {
  const first = imprintLineOf(lines[start]!, text);
  if (!first) return null;
  const recipients: ImprintRecipients[] = [];
  let printer: string | null = null;
  let printed: string | null = null;
  let printerLine: TextLineNode | null = null;
  let open: ImprintRecipients | null = null;
  for (let i = start; i < to; i++) {
    const line = lines[i]!;
    if (line.kind === "blank" || line.kind === "comment") continue;
    const read = imprintLineOf(line, text);
    if (read?.recipients) {
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
    } else {
      return null;
    }
  }
  const used = lines.slice(start, to);
  const content = used.filter((line) => line.kind !== "blank");
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
