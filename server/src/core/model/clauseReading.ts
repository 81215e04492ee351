import type { LineNode } from "../syntax/cst.js";
import { clauseAcrossLines, groupClauseAt } from "../syntax/parse.js";
import { unclosedBefore } from "../text/brackets.js";
import { textEndOf } from "./inline.js";

/**
 * Clauses the grammar, which reads one line at a time, cannot see on a line of its own; the
 * model asks the grammar for them where a line's neighbours or its opening say one is there:
 * - a clause whose list of names a line break cuts (`〔责任单位：市工信局、` / `市科技局〕`, text
 *   copied out of a PDF or a narrow column): the line ends on a separator or the label's colon
 *   inside a bracket it has not closed;
 * - the clause of a group of tasks written as a sentence of its own after them, without
 *   brackets (`以上任务责任单位：市市场监管局、市科技局。`, `上述任务由市市场监管局牵头，市工信局配合。`).
 * Both are rare, and the tests that find a candidate read one or two characters per line: the
 * grammar runs only on candidates.
 */

const IDEOGRAPHIC_COMMA = 0x3001; // 、
const FULL_WIDTH_COMMA = 0xff0c; // ，
const COMMA = 0x2c; // ,
const FULL_WIDTH_COLON = 0xff1a; // ：
const COLON = 0x3a; // :
const OPENERS = "〔（(【";
const CLOSERS = "〕）)】";

/** The offset of the clause bracket a line leaves open at its end, when the line ends as a list goes on; else -1. */
export function openClauseAtLineEnd(line: LineNode, text: string): number {
  if (line.kind !== "text" && line.kind !== "item" && line.kind !== "list") return -1;
  const end = textEndOf(line, text);
  if (end <= line.indentEnd) return -1;
  const last = text.charCodeAt(end - 1);
  if (last !== IDEOGRAPHIC_COMMA && last !== FULL_WIDTH_COMMA && last !== COMMA && last !== FULL_WIDTH_COLON && last !== COLON) return -1;
  return unclosedBefore(text, line.indentEnd, end, OPENERS, CLOSERS);
}

/**
 * The clause that opens at the end of `lines[index]` and closes on a later line, or null. The
 * lines it goes on over must be paragraphs of text: a numbered item starts a task of its own,
 * however the line before it ends.
 */
export function clauseAcrossLinesOf(lines: readonly LineNode[], index: number, text: string) {
  const line = lines[index]!;
  const open = openClauseAtLineEnd(line, text);
  if (open < 0) return null;
  const clause = clauseAcrossLines(text, open);
  if (clause === null || clause.end <= line.contentEnd) return null;
  for (let next = index + 1; next < lines.length && lines[next]!.start < clause.end; next++) if (lines[next]!.kind !== "text") return null;
  return clause;
}

const YI = 0x4ee5; // 以
const SHANG = 0x4e0a; // 上
const SHU = 0x8ff0; // 述
/** Closing marks after the sentence: they end it, they are not part of its last name. */
const SENTENCE_CLOSE = /[。；;.\s]+$/;

/** The clause a paragraph of its own states for the tasks before it (`以上任务责任单位：…。`), or null. */
export function groupClauseOf(line: LineNode, text: string) {
  if (line.kind !== "text" || line.textKind !== "plain") return null;
  const start = line.indentEnd;
  const first = text.charCodeAt(start);
  const second = text.charCodeAt(start + 1);
  if (!((first === YI && second === SHANG) || (first === SHANG && second === SHU))) return null;
  const textEnd = textEndOf(line, text);
  const close = SENTENCE_CLOSE.exec(text.slice(start, textEnd));
  return groupClauseAt(text, start, close ? textEnd - close[0].length : textEnd);
}
