import type { ItemLineNode, LineNode, MarkerNode, TextLineNode } from "../syntax/cst.js";
import { isAttachmentLabel } from "./attachments.js";
import { textEndOf } from "./inline.js";
import { BOX_LABEL, HAN_START, isHeadingText, MAX_HEADING } from "./lostMarkers.js";
import { textLineAsItem } from "./misreadMarkers.js";
import type { HardWrap } from "./types.js";

/**
 * Groups whose every （一） was lost: a web page that renders Word's list numbering with CSS, or
 * Word's outline numbering on the groups alone, drops the numbers on copy while the chapters'
 * 一、 and the tasks' 1. stay. Read as written, each group's heading is a line of its chapter's
 * text: the chapter owns every task, and the groups are gone from the outline and the matrix.
 *
 * Only the structure tells such a heading from a line of the text, so every sign must agree:
 * - the text (its attachments' too) has chapters and tasks, and no group at all;
 * - right above tasks (blank lines and comments aside) stand heading lines — at most 30
 *   characters, starting with a Han character, no sentence mark but a comma inside
 *   (`推动质量变革创新，提高经济发展质量效益`) and a closing 。 (a lead-in heading set alone on
 *   its line), no bracket, no 专栏 or table caption, under a line that closed its sentence or
 *   clause (or a heading), not carried on by a
 *   PDF's measure — two or more of them in the plan.
 * Each is then read as a group with an empty marker of its place's number in its chapter (style
 * `missingNumeral`, value certain). With that evidence, a heading line of words alone between a
 * chapter's heading or paragraphs and a paragraph (`指导思想` over `以习近平……`) is the chapter's
 * group as well; a line with a comma is read so only right above a task.
 */
export function readLostGroups(lines: LineNode[], text: string, hardWrap: HardWrap | null): void {
  // Read on every keystroke: one pass over the item lines decides, and most plans have groups.
  // The whole text is read, attachments' too: a plan pasted with its notice is 附件1 itself.
  const end = lines.length;
  let chapters = 0;
  let tasks = 0;
  for (let i = 0; i < end; i++) {
    const line = lines[i]!;
    if (line.kind !== "item") continue;
    if (line.marker.level === 2) return;
    if (line.marker.level === 1) chapters++;
    else if (line.marker.level === 3) tasks++;
  }
  if (chapters === 0 || tasks < MIN_GROUPS) return;
  const wrapped = hardWrap === null ? null : new Set<LineNode>(hardWrap.lines);
  const headings = new Set<number>();
  for (let i = 0; i < end; i++) {
    const line = lines[i]!;
    if (line.kind !== "item" || line.marker.level !== 3) continue;
    const above = previousContent(lines, i);
    if (above >= 0 && isGroupHeading(lines, above, text, wrapped, true)) headings.add(above);
  }
  if (headings.size < MIN_GROUPS) return;
  // The chapters' other groups: a heading of words alone over a paragraph, under its chapter's heading or a paragraph.
  let inChapter = false;
  for (let i = 0; i < end; i++) {
    const line = lines[i]!;
    if (line.kind === "item") {
      if (line.marker.level === 1) inChapter = true;
      continue;
    }
    // An attachment numbers on its own: its title and lines before its first chapter are no chapter's.
    if (line.kind === "text" && isAttachmentLabel(line, text)) inChapter = false;
    if (!inChapter || headings.has(i) || !isGroupHeading(lines, i, text, wrapped, false)) continue;
    const next = nextContent(lines, i);
    const previous = previousContent(lines, i);
    if (next < 0 || !isParagraph(lines[next]!, text) || previous < 0) continue;
    const above = lines[previous]!;
    if ((above.kind === "item" && above.marker.level === 1 && above.terminator === "" && above.parts.length === 0) || isParagraph(above, text)) headings.add(i);
  }
  let value = 0;
  for (let i = 0; i < end; i++) {
    const line = lines[i]!;
    if ((line.kind === "item" && line.marker.level === 1) || (line.kind === "text" && isAttachmentLabel(line, text))) value = 0;
    if (!headings.has(i)) continue;
    const heading = line as TextLineNode;
    const start = heading.indentEnd;
    const marker: MarkerNode = { level: 2, text: "", value: ++value, numeral: "", open: "", close: "", start, end: start, valueCertain: true };
    lines[i] = textLineAsItem(heading, marker, text) satisfies ItemLineNode;
  }
}

/** Lost group headings a plan needs before they are read: one heading-like line over a task is a subtitle as often. */
const MIN_GROUPS = 2;

/** A sentence's marks but the comma: a heading may hold a comma between its two halves, no more. */
const SENTENCE_MARKS = /[。；;：:！!？?]/;
const COMMA_END = /[，,、]$/;

/** Whether the line at `at` can be a group's heading; `commas`: right above a task, where a comma between two halves is a heading's. */
function isGroupHeading(lines: readonly LineNode[], at: number, text: string, wrapped: ReadonlySet<LineNode> | null, commas: boolean): boolean {
  const line = lines[at]!;
  if (line.kind !== "text" || line.textKind !== "plain") return false;
  const previous = lines[at - 1];
  if (previous !== undefined && wrapped !== null && wrapped.has(previous)) return false;
  if (wrapped !== null && wrapped.has(line)) return false;
  let content = text.slice(line.indentEnd, textEndOf(line, text));
  if (BOX_LABEL.test(content) || BRACKETS.test(content) || !closedAbove(lines, at, text)) return false;
  if (!commas) return isHeadingText(text, line);
  // A lead-in heading set alone on its line closes with 。 (贯彻新发展理念，增加质量强市建设新动能。).
  if (content.endsWith("。")) content = content.slice(0, -1);
  return content.length >= 2 && content.length <= MAX_HEADING && HAN_START.test(content) && !SENTENCE_MARKS.test(content) && !COMMA_END.test(content) && line.parts.every((part) => part.type === "text" || part.type === "comment");
}

/** A bracket: a heading has none, the rest of a clause a break cut (`市科技局〕`) has. */
const BRACKETS = /[（）()〔〕【】［］\[\]]/;

/**
 * Whether what stands above the line at `at` is closed: a heading alone, or a line that ends its
 * sentence or clause. Under a line still open (`〔责任单位：市工信局、`) the line goes on with it.
 */
function closedAbove(lines: readonly LineNode[], at: number, text: string): boolean {
  const previous = previousContent(lines, at);
  if (previous < 0) return true;
  const line = lines[previous]!;
  if (line.kind === "item" && line.terminator === "" && line.parts.length === 0) return true;
  if (line.kind !== "item" && line.kind !== "text") return true;
  const end = textEndOf(line, text);
  return end > line.indentEnd && PARAGRAPH_END.test(text[end - 1]!);
}

/** A line of text that ends a sentence: a paragraph, no heading. */
function isParagraph(line: LineNode, text: string): boolean {
  if (line.kind !== "text" || line.textKind !== "plain") return false;
  const end = textEndOf(line, text);
  return end > line.indentEnd && PARAGRAPH_END.test(text[end - 1]!);
}

const PARAGRAPH_END = /[。！？；!?;）)〕”：:]/;

function previousContent(lines: readonly LineNode[], at: number): number {
  for (let j = at - 1; j >= 0; j--) if (lines[j]!.kind !== "blank" && lines[j]!.kind !== "comment") return j;
  return -1;
}

function nextContent(lines: readonly LineNode[], at: number): number {
  for (let j = at + 1; j < lines.length; j++) if (lines[j]!.kind !== "blank" && lines[j]!.kind !== "comment") return j;
  return -1;
}
