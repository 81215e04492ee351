import type { ItemLineNode, LineNode, MarkerNode, TextLineNode } from "../syntax/cst.js";
import { isSpaceCode } from "../text/spaces.js";
import { codeUnitSet } from "../text/codeUnits.js";
import { opensAttachments } from "./attachments.js";
import { textEndOf } from "./inline.js";
import { hasClause, textLineAsItem } from "./misreadMarkers.js";
import { toChineseNumeral } from "./numerals.js";
import type { HardWrap } from "./types.js";
import { continuesClauseAbove } from "./clauseReading.js";

/**
 * A task whose whole marker was lost: Word's and WPS's automatic numbering, pasted as text, keeps
 * some markers and drops others, so `做优食品加工产业。……（责任单位：县工信局）` stands between
 * `1.做强…（责任单位：…）` and `3.发展…（责任单位：…）` with no number at all. Read as text it is
 * the body of task 1, which then owns its clause, and numbering/sequence renumbers 3., 4. … down
 * to close a gap that is no gap.
 *
 * Only the structure tells such a line from a task's second paragraph, so every sign must agree:
 * - the count of its level skips exactly one number around it (1. … 3.), in one scope (no item
 *   of a higher level, no attachment between), or its level's first item is 2 and it stands
 *   under the parent's heading;
 * - its siblings on both sides are tasks of one shape: a heading sentence closed by `。` and a
 *   responsibility clause (on the task's line, or on a line of its own closing the task's list
 *   of ① … or （1） …); the line is of that shape too (a heading of at most 30 characters that
 *   starts with a Han character and holds no comma, then `。`), and carries a clause of its own
 *   or is followed by a line that is one;
 * - the line before it closes what stands above: a clause ends it (the previous task is done),
 *   or it is the parent's heading;
 * - it is the only such line between the two siblings, and no PDF measure carried it on from the
 *   line above.
 * Between two heading-only siblings (`（一）提升产业质量竞争力` … `（三）提升服务质量水平`, or two
 * chapters) the lost one is a heading: a short line with no sentence mark that opens a group (the
 * next line is an item of a lower level), again the only one.
 * It is then read as the item of that level with an empty marker at its start (style
 * `missingNumeral`, value certain): the outline, the clauses and the count run through it, and
 * numbering/missing-numeral reports it and writes the marker in the siblings' form.
 */
export function readLostMarkers(lines: LineNode[], text: string, hardWrap: HardWrap | null): void {
  const wrapped = hardWrap === null ? null : new Set<LineNode>(hardWrap.lines);
  // By level 2–4: the last item line of the level in its scope, and the scope's opening line
  // (the last item of a higher level, −1 for none).
  const last: number[] = [-1, -1, -1, -1, -1];
  const opener: number[] = [-1, -1, -1, -1, -1];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.kind !== "item") {
      // An attachment ends every run of the plan's body, its last headings' too; so does the 附件说明
      // that lists them (`附件：重点任务分工表`), which closes the body: read on past it, the last
      // chapter's lost heading had the note and the table under it and was taken for text, and
      // numbering/sequence renumbered its （一）（二） on from the chapter before.
      if (opensAttachments(line, text)) {
        closeRuns(1, i);
        last.fill(-1);
        opener.fill(-1);
      }
      continue;
    }
    const { level, value } = line.marker;
    if (level === 5) continue;
    // The runs of the lower levels end here.
    closeRuns(level + 1, i);
    for (let lower = level + 1; lower <= 4; lower++) {
      last[lower] = -1;
      opener[lower] = i;
    }
    if (value !== null && value >= 2) {
      const previous = last[level]!;
      const from = previous >= 0 ? previous : opener[level]!;
      const expected = previous >= 0 ? (lines[previous] as ItemLineNode).marker.value : 0;
      if (from >= 0 && expected === value - 2) {
        const found = lostTaskBetween(lines, text, wrapped, from, i, previous >= 0 ? (lines[previous] as ItemLineNode) : null, line);
        if (found !== null) lines[found.index] = found.item;
      }
    }
    last[level] = i;
  }
  // The end of the text ends every run: the last heading of the last chapter or group too.
  closeRuns(1, lines.length);

  /** Ends the runs of levels `from`…4 at line `to`: the last heading of each may be one that lost its marker. */
  function closeRuns(from: number, to: number): void {
    for (let lower = from; lower <= 4; lower++) {
      if (last[lower]! < 0) continue;
      const found = lostLastHeading(lines, text, wrapped, last[lower]!, to);
      if (found !== null) lines[found.index] = found.item;
    }
  }
}

export const MAX_HEADING = 30;
export const HAN_START = /^[\u4e00-\u9fff\u3400-\u4dbf]/;
const COMMA = /[，,]/;

/** The one line between two siblings (or a parent's heading and its second item) that is the lost task, read as it. */
function lostTaskBetween(
  lines: readonly LineNode[],
  text: string,
  wrapped: ReadonlySet<LineNode> | null,
  from: number,
  to: number,
  previous: ItemLineNode | null,
  next: ItemLineNode,
): { index: number; item: ItemLineNode } | null {
  if (isHeading(next) && (previous === null || isHeading(previous))) return lostHeadingBetween(lines, text, wrapped, from, to, next);
  if (!isTaskAt(lines, to, next) || (previous !== null && !isTaskAt(lines, from, previous))) return null;
  let found: { index: number; item: ItemLineNode } | null = null;
  let before: LineNode = lines[from]!;
  for (let j = from + 1; j < to; j++) {
    const line = lines[j]!;
    if (line.kind === "blank" || line.kind === "comment") continue;
    const closed = before === lines[from] ? previous === null || endsWithClause(before, text) : endsWithClause(before, text);
    const wrappedOn = wrapped?.has(before) ?? false;
    before = line;
    if (line.kind !== "text" || line.textKind !== "plain" || !closed || wrappedOn || continuesClauseAbove(lines, j, text)) continue;
    const item = asLostTask(line, text, lostMarker(line, next, text));
    if (item === null) continue;
    if (!hasClause(item) && !opensWithClause(lines, j + 1, to)) continue;
    if (found !== null) return null;
    found = { index: j, item };
  }
  return found;
}

/**
 * The one line between two heading-only siblings (`（一）提升产业质量竞争力` … `（三）提升服务质量水平`)
 * that is the lost heading between them: a short line that is a heading (no sentence mark, at
 * most 30 characters, starting with a Han character) and opens a group, the next content line an
 * item of a lower level. A 专栏's label or a table's caption is none, whatever follows it.
 */
function lostHeadingBetween(
  lines: readonly LineNode[],
  text: string,
  wrapped: ReadonlySet<LineNode> | null,
  from: number,
  to: number,
  next: ItemLineNode,
): { index: number; item: ItemLineNode } | null {
  let found: { index: number; item: ItemLineNode } | null = null;
  let before: LineNode = lines[from]!;
  for (let j = from + 1; j < to; j++) {
    const line = lines[j]!;
    if (line.kind === "blank" || line.kind === "comment") continue;
    const wrappedOn = wrapped?.has(before) ?? false;
    before = line;
    // The rest of a clause a break cut (`〔责任单位：市市场监管局、` / `市农业农村局〕`) looks like a heading.
    if (line.kind !== "text" || line.textKind !== "plain" || wrappedOn || !isHeadingText(text, line) || continuesClauseAbove(lines, j, text)) continue;
    // A 专栏's heading over its own list (`专栏2　重点工程` / `1.` `2.`) opens a group too, but no group of the plan's.
    if (BOX_LABEL.test(text.slice(line.indentEnd, line.contentEnd))) continue;
    const below = nextContentLine(lines, j + 1, to);
    if (below === null || below.kind !== "item" || below.marker.level <= next.marker.level || below.marker.level === 5) continue;
    if (found !== null) return null;
    found = { index: j, item: textLineAsItem(line, lostMarker(line, next, text), text) };
  }
  return found;
}

/**
 * The last heading of a run that lost its marker (`（二）主要目标` pasted as `主要目标`): after a
 * heading-only sibling (`（一）指导思想`) and what stands under it, a heading line of the same
 * form — short, no sentence mark, starting with a Han character — that what stands above has
 * closed and that opens content of its own, the run's scope then ended by an item of a higher
 * level, an attachment or the end of the text. No count tells it here, so every sign must agree:
 * - under the sibling only paragraphs (each closed by a sentence mark, or a clause on a line of
 *   its own) and items of lower levels, the heading the only line that is neither (a paragraph's
 *   sub-heading would be one of several, or in the middle of the text);
 * - where items of the level below stand under the lost heading, items stand under the sibling
 *   too, and the first of each is numbered 1: the run below starts again under a new heading
 *   (`（一）提升产品质量` `1.` `2.` / `强化标准引领` / `1.` `2.`). Without the restart a short line
 *   over items whose count goes on is a sub-heading inside the group, not a group of its own.
 */
function lostLastHeading(
  lines: readonly LineNode[],
  text: string,
  wrapped: ReadonlySet<LineNode> | null,
  sibling: number,
  to: number,
): { index: number; item: ItemLineNode } | null {
  const previous = lines[sibling] as ItemLineNode;
  if (!isHeading(previous) || previous.marker.value === null || previous.marker.valueCertain === false) return null;
  const level = previous.marker.level;
  let found = -1;
  let paragraphsBefore = 0;
  let paragraphsAfter = 0;
  // The first item below the sibling and below the lost heading: both must open a run at 1.
  let firstBelow: ItemLineNode | null = null;
  let firstBelowFound: ItemLineNode | null = null;
  for (let j = sibling + 1; j < to; j++) {
    const line = lines[j]!;
    if (line.kind === "blank" || line.kind === "comment") continue;
    if (line.kind === "item") {
      if (line.marker.level <= level) return null;
      if (found < 0) {
        firstBelow ??= line;
        paragraphsBefore++;
      } else {
        firstBelowFound ??= line;
        paragraphsAfter++;
      }
      continue;
    }
    if (line.kind !== "text" || line.textKind !== "plain" || (wrapped?.has(line) ?? false)) return null;
    // A paragraph, or a task's clause on a line of its own (`〔责任单位：…〕`).
    if (endsSentence(text, line) || (firstBelow !== null && line.parts[0]?.type === "clause")) {
      if (found < 0) paragraphsBefore++;
      else paragraphsAfter++;
      continue;
    }
    // The rest of a clause a break cut goes on with the paragraph above it.
    if (continuesClauseAbove(lines, j, text)) continue;
    if (found >= 0 || paragraphsBefore === 0 || !isHeadingText(text, line) || BOX_LABEL.test(text.slice(line.indentEnd, line.contentEnd))) return null;
    found = j;
  }
  if (found < 0 || paragraphsAfter === 0) return null;
  if (firstBelowFound !== null) {
    // Items under the lost heading: the level below starts again at 1 there, as under the sibling,
    // and the lost heading opens on them (its own paragraph first would leave the items its body's list).
    // Items under the sibling too: a run at 1 under the heading alone could be a renumbering's doing
    // (（3） renumbered to （1）), and the reading would change with it.
    if (firstBelow === null || !opensRunBelow(firstBelowFound, level) || !opensRunBelow(firstBelow, level)) return null;
    if (nextContentLine(lines, found + 1, to) !== firstBelowFound) return null;
  } else if (firstBelow !== null) return null;
  const line = lines[found] as TextLineNode;
  return { index: found, item: textLineAsItem(line, lostMarkerAt(line, text, level, previous.marker.value + 1), text) };
}

/** Whether an item opens a run of the level right below `level`: its first, numbered 1. */
function opensRunBelow(item: ItemLineNode, level: number): boolean {
  return item.marker.level === level + 1 && item.marker.value === 1;
}

/**
 * A 专栏's label or a table's caption: a heading-like line that is no item's. A 专栏 without a
 * number is set off its title by a space or a colon (`专栏 主要指标`, `专栏：主要指标`), as
 * model/boxes.ts reads it.
 */
export const BOX_LABEL = /^(?:专栏|表|附表|图)\s*[0-9０-９一二三四五六七八九十]|^专栏(?:[\s：:]|$)/;

/** Whether a text line is a paragraph: its text ends in a sentence's closing mark (a closing quote or bracket after it aside). */
function endsSentence(text: string, line: TextLineNode): boolean {
  let end = textEndOf(line, text);
  while (end > line.indentEnd && CLOSING.has(text.charCodeAt(end - 1))) end--;
  return end > line.indentEnd && SENTENCE_END.has(text.charCodeAt(end - 1));
}

const CLOSING = codeUnitSet("”’）)」』");
const SENTENCE_END = codeUnitSet("。！？；!?;");

const SENTENCE_MARKS = /[。；;：:，,！!？?]/;

export function isHeadingText(text: string, line: TextLineNode): boolean {
  const content = text.slice(line.indentEnd, textEndOf(line, text));
  return content.length >= 2 && content.length <= MAX_HEADING && HAN_START.test(content) && !SENTENCE_MARKS.test(content) && line.parts.every((part) => part.type === "text" || part.type === "comment");
}

/** A heading-only item line: its heading and nothing else. */
export function isHeading(line: ItemLineNode): boolean {
  return line.terminator === "" && line.parts.length === 0;
}

function nextContentLine(lines: readonly LineNode[], from: number, to: number): LineNode | null {
  for (let j = from; j <= to && j < lines.length; j++) {
    const line = lines[j]!;
    if (line.kind !== "blank" && line.kind !== "comment") return line;
  }
  return null;
}

/** The lost marker at the line's start, for the number between its siblings'. */
function lostMarker(line: TextLineNode, next: ItemLineNode, text: string): MarkerNode {
  return lostMarkerAt(line, text, next.marker.level, next.marker.value! - 1);
}

/**
 * The marker a line lost, numbered `value` at `level`: empty at the line's start, or, where the
 * line opens with that very numeral right before its words (`三保障措施` where 三、 is due, `3开展…`
 * where 3. is), that numeral, whose mark alone was lost (a 、 or a dot deleted).
 * The numeral is then the marker's, not the heading's first word, read as a mistyped marker
 * (numbering/marker-typo completes it: `三` → `三、`): restored in front of it as a whole marker,
 * the numeral stood twice (`三、三保障措施`). A numeral run on into another (`十一` where 十 is due)
 * is no such marker.
 */
export function lostMarkerAt(line: TextLineNode, text: string, level: ItemLineNode["marker"]["level"], value: number): MarkerNode {
  const start = line.indentEnd;
  // Levels 1 and 3 only, whose mark is one character a slip deletes (、 .): a bracketed level loses
  // two, and a heading that lost its whole （三） may well start with the numeral (三农服务).
  const numeral = level === 1 ? toChineseNumeral(value) : level === 3 ? String(value) : "";
  if (numeral !== "" && text.startsWith(numeral, start) && HAN_START.test(text.slice(start + numeral.length, start + numeral.length + 1)) && !NUMERAL_CHARS.has(text.charCodeAt(start + numeral.length))) {
    return { level, text: numeral, value, numeral, open: "", close: "", start, end: start + numeral.length, valueCertain: true, mistyped: true };
  }
  return { level, text: "", value, numeral: "", open: "", close: "", start, end: start, valueCertain: true };
}

/** The characters of a Chinese numeral: one after the numeral due makes a larger number, no heading's word. */
const NUMERAL_CHARS = codeUnitSet("〇零一二三四五六七八九十百两");

/** A task line of the shape the lost one is held to: a heading sentence closed by `。`, and a clause. */
export function isTask(line: ItemLineNode): boolean {
  return line.terminator === "。" && hasClause(line);
}

/** How far below a task its clause on a line of its own may stand (the lines of its list between). */
const MAX_CLAUSE_DISTANCE = 12;

/**
 * A task of the shape the lost one is held to, its clause on its line or on a line of its own
 * that closes the task's list (`3.培育质量品牌。重点做好以下工作：` / `①……；` `②……。` / `（责任单位：…）`):
 * before the next item of its level or above, with only its list's entries and sub-items between.
 */
function isTaskAt(lines: readonly LineNode[], index: number, line: ItemLineNode): boolean {
  if (isTask(line)) return true;
  if (line.terminator !== "。" || line.marker.level === 5) return false;
  for (let j = index + 1; j < lines.length && j <= index + MAX_CLAUSE_DISTANCE; j++) {
    const below = lines[j]!;
    if (below.kind === "blank" || below.kind === "comment") continue;
    if (below.kind === "list" || (below.kind === "item" && (below.marker.level > line.marker.level || below.marker.level === 5))) continue;
    return below.kind === "text" && below.textKind === "plain" && below.parts[0]?.type === "clause" && below.parts.length <= 2;
  }
  return false;
}

/** The line read as a task under `marker` if it has a task's shape (its clause aside), else null. */
export function asLostTask(line: TextLineNode, text: string, marker: MarkerNode): ItemLineNode | null {
  // After the marker's numeral where only its mark was lost (`3开展…`, lostMarkerAt).
  if (!HAN_START.test(text[marker.end] ?? "")) return null;
  const item = textLineAsItem(line, marker, text);
  if (item.terminator !== "。") return null;
  const headingLength = item.headingEnd - item.headingStart;
  if (headingLength < 2 || headingLength > MAX_HEADING || COMMA.test(text.slice(item.headingStart, item.headingEnd))) return null;
  return item;
}

/** Whether a line's last element is a responsibility clause (a closing `。` or space after it aside). */
function endsWithClause(line: LineNode, text: string): boolean {
  if (line.kind !== "item" && line.kind !== "text") return false;
  const parts = line.kind === "item" && line.parts.length === 0 ? line.headingParts : line.parts;
  for (let k = parts.length - 1; k >= 0; k--) {
    const part = parts[k]!;
    if (part.type === "clause") return true;
    // A `//` comment after the clause is the drafter's note, no text of the line.
    if (part.type === "comment") continue;
    if (part.type !== "text" || !onlyClosingMarks(text, part.start, part.end)) return false;
  }
  return false;
}

function onlyClosingMarks(text: string, start: number, end: number): boolean {
  for (let k = start; k < end; k++) {
    const code = text.charCodeAt(k);
    if (!isSpaceCode(code) && code !== 0x3002 && code !== 0xff1b && code !== 0x3b && code !== 0x2e) return false;
  }
  return true;
}

/** Whether the next content line before `to` is a clause on a line of its own (`（责任单位：…）`). */
export function opensWithClause(lines: readonly LineNode[], from: number, to: number): boolean {
  for (let j = from; j < to; j++) {
    const line = lines[j]!;
    if (line.kind === "blank" || line.kind === "comment") continue;
    return line.kind === "text" && line.parts[0]?.type === "clause";
  }
  return false;
}
