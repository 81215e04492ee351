import type { DeadlineNode, LineNode } from "../syntax/cst.js";
import { DEADLINE_LABELS } from "../syntax/generated/labels.js";
import { LABEL_SPACE, labelColon } from "../syntax/labelPatterns.js";
import { textEndOf } from "./inline.js";
import { deadlineSentenceAt } from "../syntax/parse.js";
import { codeUnitSet } from "../text/codeUnits.js";
import { toHalfwidthFigures } from "./numerals.js";

/**
 * The words drafts label a deadline with: the grammar's DeadlineLabel (generated from
 * grammar/plan.peggy by scripts/build-grammar.mjs), which also head a 分工表's deadline column
 * (model/tables.ts).
 */
export { DEADLINE_LABELS };

/**
 * When a task is due, read from its 完成时限 as drafts write it: `2025年底`, `2025年6月底前`,
 * `2026年12月`, `2025年上半年`, `2025年第三季度`, `2023—2025年`, `2025年`; the last month it
 * allows (a year alone, or its 底/末/年终, allows the whole year; a range, its last year).
 * Null when the value names no year: `长期坚持`, `持续推进`, `每年`, `2025年起`/`2025年以后`
 * (a start, not a deadline).
 */
export interface DueMonth {
  year: number;
  /** 1–12: the last month the deadline allows. */
  month: number;
}

export function dueMonthOf(value: string): DueMonth | null {
  const text = toHalfwidthFigures(value);
  // A year that starts something (2025年起) does not end it.
  if (SINCE.test(text)) return null;
  let last: RegExpExecArray | null = null;
  for (const match of text.matchAll(YEAR)) last = match as RegExpExecArray;
  if (last === null) return null;
  const year = Number(last[1]);
  const after = text.slice(last.index + last[0].length);
  const month = MONTH.exec(after);
  if (month) {
    const number = Number(month[1]);
    return number >= 1 && number <= 12 ? { year, month: number } : null;
  }
  for (const [pattern, allowed] of PARTS_OF_YEAR) if (pattern.test(after)) return { year, month: allowed };
  return { year, month: 12 };
}

/** A year of the deadline: four digits, not part of a longer number. */
const YEAR = /(?<!\d)((?:19|20)\d{2})(?!\d)/g;
/** The month after the last year: 6月, 6月底, 6月30日. */
const MONTH = /^\s*年?\s*(\d{1,2})\s*月/;
/** Parts of a year after it, with the last month they allow. */
const PARTS_OF_YEAR: ReadonlyArray<readonly [RegExp, number]> = [
  [/^\s*年?\s*第?[一1]季度/, 3],
  [/^\s*年?\s*(?:上半年|第?[二2]季度)/, 6],
  [/^\s*年?\s*(?:前三季度|第?[三3]季度)/, 9],
];
/** 2025年起, 2025年以后, 自2025年: a start. */
const SINCE = /(?:\d{4}\s*年\s*(?:起|以后|之后|开始)|^自)/;

/** Marks and spaces a line's last sentence may end in after its deadline. */
const CLOSING = /[。；;.\s\u3000]+$/u;
/** What may stand before a deadline written as a sentence: the line's start, a sentence's end, a clause's close. */
const BEFORE_LABEL = /(?:^|[。！？；;〕）)】\s\u3000])$/u;
/** A deadline's value is a date, a period or a word or two (长期坚持), never a sentence. */
const MAX_VALUE = 20;
const LABEL_COLON = new RegExp(`${labelColon(DEADLINE_LABELS)}${LABEL_SPACE}`, "gu");
/** How far from the line's end the label may start: the longest label, its colon and the longest value. */
const TAIL = Math.max(...DEADLINE_LABELS.map((label) => label.length)) + 4 + MAX_VALUE;

/**
 * A deadline written without brackets as a line's last sentence, or null: a label line under
 * the task (`完成时限：2024年底`, as drafts that write the clause as a line of labels write the
 * deadline too) or a sentence after the task's bracketed clause (`……〔责任单位：市工信局〕完成时限：
 * 2024年底。`). The grammar reads a deadline in brackets or within a clause; asked of a line on
 * which it read none. Its node has no brackets, like a clause's own deadline.
 */
export function trailingDeadlineOf(line: LineNode, text: string): DeadlineNode | null {
  if (line.kind !== "item" && (line.kind !== "text" || line.textKind !== "plain")) return null;
  const lineEnd = textEndOf(line, text);
  const from = Math.max(line.indentEnd, lineEnd - TAIL);
  // Most lines have no colon near their end: let go at this one look (within the line's tail —
  // lastIndexOf would run back through the lines above to the previous colon).
  if (!hasColon(text, from, lineEnd)) return null;
  const tail = text.slice(from, lineEnd);
  let label: RegExpExecArray | null = null;
  for (const match of tail.matchAll(LABEL_COLON)) label = match as RegExpExecArray;
  if (label === null) return null;
  const start = from + label.index;
  // The character before the label (none at the line's start): 要求完成时间：… is a sentence's words.
  if (!BEFORE_LABEL.test(text.slice(start > line.indentEnd ? start - 1 : start, start))) return null;
  const valueStart = start + label[0].length;
  const value = text.slice(valueStart, lineEnd).replace(CLOSING, "");
  if (value === "" || value.length > MAX_VALUE || /[。！？；;，,]/u.test(value)) return null;
  return { type: "deadline", start, end: valueStart + value.length, value, valueStart, open: "", close: "" };
}

/**
 * The deadline a task writes as the sentence right after its bracketed clause, without a label or
 * brackets (`……〔责任单位：市工信局〕2025年底前完成。`, `……（市商务局负责）。2026年6月底前完成。`), or
 * null: the task's deadline, as the same sentence after a clause written as a sentence is
 * (`……市工信局负责。2025年底前完成。`, model/clauseReading.ts), or in brackets of its own
 * (`……〔责任单位：市农业农村局〕（2026年底前完成）`). `clauseEnd` is where the line's last
 * clause closes; a mark or spaces may stand between. A date only as a deadline's words (the
 * grammar's isSentenceDeadline): a sentence of the task's own that opens with a year
 * (`2025年底前建成平台10个`) is no deadline. Asked of a line on which no deadline was read.
 */
export function deadlineAfterClause(line: LineNode, text: string, clauseEnd: number): DeadlineNode | null {
  const lineEnd = textEndOf(line, text);
  let start = clauseEnd;
  while (start < lineEnd && SPACE_CODES.has(text.charCodeAt(start))) start++;
  if (start < lineEnd && MARK_CODES.has(text.charCodeAt(start))) start++;
  while (start < lineEnd && SPACE_CODES.has(text.charCodeAt(start))) start++;
  // The same words in brackets of their own (……〔责任单位：市农业农村局〕（2026年底前完成）。): the
  // brackets closing the line are the deadline's.
  const open = start < lineEnd ? OPENING_BRACKETS.indexOf(text.charAt(start)) : -1;
  if (open >= 0) start++;
  // One look at the sentence's first character before the grammar reads it: most clauses end their line.
  if (start >= lineEnd || !DEADLINE_START_CODES.has(text.charCodeAt(start))) return null;
  let end = lineEnd - (CLOSING.exec(text.slice(start, lineEnd))?.[0].length ?? 0);
  if (open >= 0 && text.charAt(--end) !== CLOSING_BRACKETS.charAt(open)) return null;
  const deadline = end > start && end - start <= MAX_SENTENCE ? deadlineSentenceAt(text, start, end) : null;
  return deadline === null || open < 0 ? deadline : { ...deadline, start: start - 1, end: end + 1, open: OPENING_BRACKETS.charAt(open), close: CLOSING_BRACKETS.charAt(open) };
}

const SPACE_CODES = codeUnitSet(" \t\u3000");
/** A mark between a clause and the deadline after it: the task's sentence closed after its clause, or a comma. */
const MARK_CODES = codeUnitSet("。；;，,");
/**
 * How a deadline sentence without a label starts: a year (2025年底前完成) or a task with no end
 * (长期坚持, 持续推进, 常态化开展). A labelled one (完成时限：…) is trailingDeadlineOf's, which bounds its value.
 */
const DEADLINE_START_CODES = codeUnitSet("12１２长持常");
/** A deadline's own brackets after a clause, each opening at the index of its closing one. */
const OPENING_BRACKETS = "（(";
const CLOSING_BRACKETS = "）)";
/** The longest deadline sentence read: 2025年12月31日前全面完成 and some. */
const MAX_SENTENCE = 40;

const FULL_COLON = "：".charCodeAt(0);
const COLON = ":".charCodeAt(0);

function hasColon(text: string, from: number, to: number): boolean {
  for (let i = to - 1; i >= from; i--) {
    const code = text.charCodeAt(i);
    if (code === FULL_COLON || code === COLON) return true;
  }
  return false;
}
