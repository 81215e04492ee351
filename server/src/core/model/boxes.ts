import type { InlineNode, LineNode } from "../syntax/cst.js";
import { isBlankBetween } from "../text/spaces.js";
import { isAttachmentLabel } from "./attachments.js";
import { textEndOf } from "./inline.js";
import { isHeadingLike } from "./prelude.js";
import type { Heading, ItemLevel } from "./types.js";

/**
 * 专栏 boxes. A plan (the national 纲要 too) sets panels beside its tasks — `专栏1  产业质量提升
 * 重点项目` with its projects `1.` `2.` `3.`, `专栏2  工程质量提升目标` with its `——` targets —
 * that print framed. Pasted as text, nothing marks where a panel ends, and its numbered lines
 * look like tasks: read as such, they break the count of the tasks around them, lack clauses
 * and are counted as tasks everywhere. The model reads them as the box's own list: a numbering
 * scope of its own, not tasks, their text read as any other for targets and words.
 *
 * Where a box ends is decided here, from the lines alone, before the outline is built:
 * - at the next 专栏 heading, at an attachment's label, at a part's heading (第三章: a box is
 *   a panel inside its part, never across two), at the end of the plan;
 * - at an item above the level of the box's list, the list's level being that of the box's
 *   first item (a `（二）` ends a box of `1.` projects; any numbered item ends a box of `——`);
 * - at an item of the list's own level where the count of the items around the box goes on
 *   (`3.` after tasks `1.` `2.` and a box of `1.` `2.` `3.`). Which item that is the counts say:
 *   of the items of that level up to the box's other ends, the box takes the first k and the
 *   tasks the rest, choosing k so that most items fit their count — the box's from 1, the
 *   rest's from the number the tasks took up before the box (under the same parent, or across
 *   parents for a plan that counts on), and the first item of that level after the item
 *   above it that ends the box (`3.` under `（二）`) from the last task's. Where two cuts fit
 *   as well (tasks `1.` `2.`, a box `1.` `2.`, then `3.` `4.`: a box of four, or a box of two
 *   and tasks 3. and 4.?), the clauses decide: a task of a plan whose tasks name their units
 *   names them, a box's project does not. Where they do not decide either, the box ends at
 *   once: a box's item read as a task is what the reader sees anyway, a task swallowed into a
 *   box would vanish from every count.
 * - below the list's level, at an item where the count of the tasks of its level under the same
 *   parent goes on and the box's own count there does not (a box of `（一）计量` / `1.` `2.` /
 *   `（二）标准` / `1.` `2.` set after task `1.` ends at task `2.`); an item of the list's level
 *   under a parent whose items so far are deeper (`（一）` after task `1.`) takes up no count.
 * Other items below the list's level stay in the box (a project's `（1）`); text after the box's last
 * item is that item's, as text after any item is. Never is a line moved or dropped: the box is
 * a reading of the lines in place.
 */

/** Box-drawing characters and bars a PDF's frame leaves around a box's heading. */
const FRAME = /^[\s\u3000\u2500-\u257f|｜]+|[\s\u3000\u2500-\u257f|｜]+$/g;
const BOX_LABEL =
  /^(?:([【［\[〔（(〈《])\s*)?(专栏)(\s*)((?:[0-9０-９]+(?:\s*[-－—–‐.．]\s*[0-9０-９]+)*)|[一二三四五六七八九十百零〇]+)?\s*([】］\]〕）)〉》])?(\s*[：:]?\s*)/;
const CLOSER_OF: Record<string, string> = { "【": "】", "［": "］", "[": "]", "〔": "〕", "（": "）", "(": ")", "〈": "〉", "《": "》" };
/** A box's title is a heading: short, no sentence in it. */
const MAX_TITLE = 40;
const SENTENCE_MARK = /[。；;！!？?]|[，,、]$/;

export interface BoxHeading {
  label: Heading;
  title: Heading | null;
}

/** The label and title of a 专栏 heading line (`专栏1  产业质量提升重点项目`, `【专栏3】品牌建设`, `专栏 1-2`), or null. */
export function boxHeadingOf(line: LineNode, text: string): BoxHeading | null {
  if (line.kind !== "text" || line.textKind !== "plain") return null;
  const end = textEndOf(line, text);
  // Every text line is asked: most fail on their first characters, without a slice. The label
  // stands within a few characters of the line's start (after a frame or a bracket).
  let found = false;
  for (let k = line.indentEnd; k < end - 1 && k < line.indentEnd + 8 && !found; k++) found = text.charCodeAt(k) === 0x4e13 /* 专 */ && text.charCodeAt(k + 1) === 0x680f /* 栏 */;
  if (!found) return null;
  const raw = text.slice(line.indentEnd, end);
  const content = raw.replace(FRAME, "");
  const match = BOX_LABEL.exec(content);
  if (!match) return null;
  const [whole, open, , gap, number, close, separator] = match;
  let rest = content.slice(whole.length);
  // `【专栏3 品牌建设】`: the bracket opened before the label closes after the title.
  if (open && !close) {
    if (!rest.endsWith(CLOSER_OF[open]!)) return null;
    rest = rest.slice(0, -1);
  }
  // `专栏文章…`: the word, not a label, unless a number, a bracket, a colon or a space sets it
  // apart (`专栏 主要指标`, `专栏　主要指标`, `专栏<TAB>主要指标`, as Word, WPS and web pages set
  // the label off its title): a space inside prose's first word is no drafter's, and the title
  // after it is still held to a heading's shape below.
  if (rest !== "" && !number && !open && separator === "" && gap === "") return null;
  const titleText = rest.trim();
  if ([...titleText].length > MAX_TITLE || SENTENCE_MARK.test(titleText)) return null;
  const offset = line.indentEnd + raw.indexOf(content);
  const labelAt = content.indexOf("专栏");
  const labelEnd = number ? content.indexOf(number, labelAt + 2) + number.length : labelAt + 2;
  const label: Heading = { text: content.slice(labelAt, labelEnd), start: offset + labelAt, end: offset + labelEnd };
  if (titleText === "") return { label, title: null };
  const titleAt = whole.length + rest.indexOf(titleText);
  return { label, title: { text: titleText, start: offset + titleAt, end: offset + titleAt + titleText.length } };
}

/** A box found in the lines: where its heading is, where it ends, and the level of its list. */
export interface BoxRegion {
  heading: BoxHeading;
  /** Index of the label's line. */
  start: number;
  /** Index of the title's own line (under a label without a title), or -1. */
  titleLine: number;
  /** Index of the first line after the box. */
  end: number;
  /** The level of the box's list (its first item's; 5 for `——`), or null for a box of text. */
  level: ItemLevel | null;
}

/**
 * The boxes of the plan's lines, in order, with where each ends (see above). One pass, and each
 * box's lines are read once more to choose its cut: linear in the lines.
 */
export function findBoxes(lines: readonly LineNode[], text: string): readonly BoxRegion[] {
  // Most plans have no box: they are told by a look at each text line's first characters,
  // before any count is kept (this runs on every keystroke).
  let any = false;
  for (let i = 0; i < lines.length && !any; i++) any = boxHeadingOf(lines[i]!, text) !== null;
  if (!any) return NO_BOXES;
  const boxes: BoxRegion[] = [];
  const counts = new EnclosingCounts();
  let seenItem = false;
  for (let i = 0; i < lines.length; ) {
    const line = lines[i]!;
    if (seenItem && isAttachmentLabel(line, text)) counts.reset();
    else if (isPartHeading(line)) counts.newParent();
    const heading = boxHeadingOf(line, text);
    if (heading === null) {
      if (line.kind === "item" || line.kind === "list") {
        seenItem = true;
        counts.add(line.kind === "list" ? 5 : line.marker.level, line.kind === "list" ? null : line.marker.value, hasClause(lines, i, text));
      }
      i++;
      continue;
    }
    const region = boxRegion(lines, i, heading, counts, text);
    boxes.push(region);
    i = region.end;
  }
  return boxes;
}

/** The numbers the items outside boxes have reached, level by level: what the count around a box takes up. */
class EnclosingCounts {
  /** The last number at each level since the last item above it (0: none yet under this parent). */
  private readonly underParent = [0, 0, 0, 0, 0];
  /** The last number at each level in the whole scope (the plan, or an attachment). */
  private readonly inScope = [0, 0, 0, 0, 0];
  /** Items of each level in the scope, and how many of them name their units. */
  private readonly total = [0, 0, 0, 0, 0];
  private readonly withClause = [0, 0, 0, 0, 0];
  /** The level of the last item (0: none since the scope or the part began): the parent of a deeper item after it. */
  private lastLevel = 0;

  /** A part's heading (第三章) opens a new parent for every level: the count across parents goes on. */
  newParent(): void {
    for (let level = 0; level < 5; level++) this.underParent[level] = 0;
    this.lastLevel = 0;
  }

  reset(): void {
    for (let level = 0; level < 5; level++) this.underParent[level] = this.inScope[level] = this.total[level] = this.withClause[level] = 0;
    this.lastLevel = 0;
  }

  add(level: ItemLevel, value: number | null, clause: boolean): void {
    if (level === 5 || value === null) return;
    this.underParent[level] = value;
    this.inScope[level] = value;
    this.lastLevel = level;
    for (let deeper = level + 1; deeper < 5; deeper++) this.underParent[deeper] = 0;
    this.total[level]++;
    if (clause) this.withClause[level]++;
  }

  /** Whether a number takes up the count at a level: one more than under the same parent, or than across parents. */
  resumes(level: ItemLevel, value: number): boolean {
    // Under a parent whose items so far are of a deeper level (tasks 1. under 一、), an item of
    // this level (（一）) would stand above them after them: it takes up no count, it is the box's.
    if (this.underParent[level] === 0 && this.deeperUnderParent(level)) return false;
    // A count that would start under the last item by skipping a level (（1） right under （一）,
    // numbering/nesting's defect) takes up nothing either: such a list is the box's own.
    if (this.underParent[level] === 0 && this.skipsUnderLast(level)) return false;
    return value === this.underParent[level]! + 1 || value === this.inScope[level]! + 1;
  }

  /** Whether an item of `level` under the last item would skip a level, as numbering/nesting reads a skip (1. under 一、 is none). */
  private skipsUnderLast(level: ItemLevel): boolean {
    const parent = this.lastLevel;
    return parent > 0 && parent < level && level - parent >= 2 && !(parent === 1 && level === 3);
  }

  private deeperUnderParent(level: ItemLevel): boolean {
    for (let deeper = level + 1; deeper < 5; deeper++) if (this.underParent[deeper]! > 0) return true;
    return false;
  }

  /** The last number at a level in the whole scope (0: none yet). */
  lastInScope(level: ItemLevel): number {
    return this.inScope[level]!;
  }

  /** Whether a number takes up the count of the tasks at a level under the same parent, where there are such tasks. */
  resumesUnderParent(level: ItemLevel, value: number): boolean {
    return this.underParent[level]! > 0 && value === this.underParent[level]! + 1;
  }

  /**
   * Whether the items of a level name their units as a rule (at least half of them). Where no
   * item of the level stands outside a box yet (a 工作要点's tasks are its （一）, a box lists
   * `1.` projects), whether the tasks of some level do: then an item that names none is no task.
   */
  carryClauses(level: ItemLevel): boolean {
    if (this.total[level]! > 0) return this.carriedAt(level);
    for (let other = 1; other < 5; other++) if (this.total[other]! > 0 && this.carriedAt(other as ItemLevel)) return true;
    return false;
  }

  private carriedAt(level: ItemLevel): boolean {
    return this.withClause[level]! * 2 >= this.total[level]!;
  }
}

const NO_BOXES: readonly BoxRegion[] = [];

/**
 * Whether an item names its units: a clause on its line or in the text under it, before the next
 * item. A task that lists its steps (`（1）` `（2）` or `①` under it) names its units after them, on
 * a line of its own that closes the list (`〔责任单位：……〕`, the next item of the task's level or
 * above): that clause is the task's. A clause under one of the steps is the step's, not the task's.
 */
function hasClause(lines: readonly LineNode[], index: number, text: string): boolean {
  const first = lines[index]!;
  const level = levelOf(first);
  let steps = false;
  for (let j = index; j < lines.length; j++) {
    const line = lines[j]!;
    if (line.kind === "item" || line.kind === "list") {
      if (j === index) {
        if (line.headingParts.some(isClause) || line.parts.some(isClause)) return true;
        continue;
      }
      if (levelOf(line) <= level) return false;
      steps = true;
    } else if (line.kind === "text") {
      if (!line.parts.some(isClause)) continue;
      if (!steps) return true;
      // Spaces after the clause (a PDF viewer's copy leaves them at every line's end) leave it alone on its line.
      if (line.parts.every((part) => isClause(part) || part.type === "comment" || isBlankBetween(text, part.start, part.end)) && closesList(lines, j + 1, level)) return true;
    } else if (line.kind !== "blank" && line.kind !== "comment") return false;
  }
  return false;
}

const levelOf = (line: LineNode): number => (line.kind === "item" ? line.marker.level : 5);

/** Whether the next item from a line on is of `level` or above (or there is none): a list under an item of `level` ends there. */
function closesList(lines: readonly LineNode[], from: number, level: number): boolean {
  for (let j = from; j < lines.length; j++) {
    const line = lines[j]!;
    if (line.kind === "item" || line.kind === "list") return levelOf(line) <= level;
    if (line.kind !== "blank" && line.kind !== "comment" && line.kind !== "text") return true;
  }
  return true;
}

const isClause = (part: InlineNode) => part.type === "clause";

/** A part's heading as the grammar reads it (第三章 重点任务): it ends a box and whatever it holds. */
const isPartHeading = (line: LineNode) => line.kind === "text" && line.textKind === "part";

function boxRegion(lines: readonly LineNode[], start: number, heading: BoxHeading, counts: EnclosingCounts, text: string): BoxRegion {
  let titleLine = -1;
  let j = start + 1;
  if (heading.title === null) {
    // `专栏1` alone, its title on the line under it.
    let next = start + 1;
    while (next < lines.length && lines[next]!.kind === "blank") next++;
    const line = lines[next];
    if (line && isHeadingLike(line, text) && boxHeadingOf(line, text) === null) {
      const raw = text.slice(line.indentEnd, line.contentEnd);
      const title = raw.trim();
      const titleStart = line.indentEnd + raw.indexOf(title);
      heading = { label: heading.label, title: { text: title, start: titleStart, end: titleStart + title.length } };
      titleLine = next;
      j = next + 1;
    }
  }
  // The items of the list's level up to the box's other ends, with their numbers and clauses.
  let level: ItemLevel | null = null;
  const at: number[] = [];
  const values: number[] = [];
  const clauses: boolean[] = [];
  let end = lines.length;
  // The first item of the list's level after an item above it ends the box (3. under （二）):
  // where the plan counts on across parents, its number says whose the box's last items were.
  let after: number | null = null;
  // Below the list's level, the last number of each level under the box's item above it, and
  // the first item where the tasks' count of that level goes on instead (deeperCut).
  const inBox = [0, 0, 0, 0, 0];
  let deeper = -1;
  for (; j < lines.length; j++) {
    const line = lines[j]!;
    if (isAttachmentLabel(line, text) || boxHeadingOf(line, text) !== null || isPartHeading(line)) {
      end = j;
      break;
    }
    if (line.kind !== "item" && line.kind !== "list") continue;
    const itemLevel: ItemLevel = line.kind === "list" ? 5 : line.marker.level;
    level ??= itemLevel;
    if (itemLevel < level) {
      end = j;
      after = firstNumberAt(lines, j + 1, level, text);
      break;
    }
    if (itemLevel === 5 || level === 5) continue;
    const value = line.marker.value ?? 0;
    if (itemLevel === level) {
      at.push(j);
      values.push(value);
      clauses.push(hasClause(lines, j, text));
    } else if (deeper < 0 && deeperCut(itemLevel, value, inBox[itemLevel]!, hasClause(lines, j, text), counts)) deeper = j;
    inBox[itemLevel] = value;
    for (let below = itemLevel + 1; below < 5; below++) inBox[below] = 0;
  }
  if (level === null || level === 5 || values.length === 0) return { heading, start, titleLine, end, level };
  const cut = boxCut(values, clauses, level, counts, after);
  const atLevel = cut < values.length ? at[cut]! : end;
  const boxEnd = deeper >= 0 && deeper < atLevel ? deeper : atLevel;
  // A box that takes none of the items it was measured against (a box of text before `（二）`)
  // has no list: their level is the items' after it, not the box's.
  return { heading, start, titleLine, end: boxEnd, level: cut === 0 && boxEnd === at[0] ? null : level };
}

/**
 * The number of the first item of a level from a line on, before any attachment or box heading
 * and before an item of a shallower level than the one just passed; null where there is none.
 */
function firstNumberAt(lines: readonly LineNode[], from: number, level: ItemLevel, text: string): number | null {
  for (let j = from; j < lines.length; j++) {
    const line = lines[j]!;
    if (isAttachmentLabel(line, text) || boxHeadingOf(line, text) !== null || isPartHeading(line)) return null;
    if (line.kind !== "item") continue;
    if (line.marker.level === level) return line.marker.value ?? null;
    if (line.marker.level > level) return null;
  }
  return null;
}

/**
 * Whether an item below the box list's level is where the tasks around the box go on: a box
 * whose list has levels of its own (（一）计量 / 1. 2. / （二）标准 / 1. 2.) set among tasks of one
 * of those levels (1. before the box) ends at the task after it (2.), which does not follow the
 * box's own count there (2. after 2.) but takes up the tasks' count under the same parent. Where
 * it fits both (a last 1. in the box, then 2.), it is a task's when it names its units and the
 * tasks of its level do as a rule: a box's item does not. Only where tasks of that level stand
 * under the same parent before the box: deeper levels of a box's list are its own.
 */
function deeperCut(level: ItemLevel, value: number, previous: number, clause: boolean, counts: EnclosingCounts): boolean {
  if (!counts.resumesUnderParent(level, value)) return false;
  const fitsBox = value === previous + 1;
  return !fitsBox || (clause && counts.carryClauses(level));
}

/**
 * How many of the list level's items are the box's (see the module's comment): the cut whose
 * items fit their counts best, then the one the clauses agree with best, then the earliest.
 * Prefix and suffix sums make every cut's score known in one pass each.
 */
function boxCut(values: readonly number[], clauses: readonly boolean[], level: ItemLevel, counts: EnclosingCounts, after: number | null): number {
  const n = values.length;
  // fitsBox[t]: the box's t-th item fits a count from 1; follows[j]: item j is one more than item j − 1.
  const boxFit = new Array<number>(n + 1).fill(0);
  const boxClauses = new Array<number>(n + 1).fill(0);
  for (let t = 0; t < n; t++) {
    const fits = values[t] === t + 1 || (t > 0 && values[t] === values[t - 1]! + 1);
    boxFit[t + 1] = boxFit[t]! + (fits ? 1 : 0);
    boxClauses[t + 1] = boxClauses[t]! + (clauses[t] ? 1 : 0);
  }
  // The tasks' cue: an item with a clause is a task's; without one, it is not where tasks name their units.
  const carry = counts.carryClauses(level);
  const restFollows = new Array<number>(n + 1).fill(0);
  const restCue = new Array<number>(n + 1).fill(0);
  for (let j = n - 1; j >= 0; j--) {
    restFollows[j] = restFollows[j + 1]! + (j > 0 && values[j] === values[j - 1]! + 1 ? 1 : 0);
    restCue[j] = restCue[j + 1]! + (clauses[j] ? 1 : carry ? -1 : 0);
  }
  let best = 0;
  let bestFit = -1;
  let bestCue = 0;
  for (let k = 0; k <= n; k++) {
    // The rest's first item takes up the tasks' count; each after it follows the one before.
    const restFit = k < n ? (counts.resumes(level, values[k]!) ? 1 : 0) + restFollows[k + 1]! : 0;
    // The item after the box's end goes on from the last task: the rest's last, or the tasks' before the box.
    const afterFit = after !== null && after === (k < n ? values[n - 1]! : counts.lastInScope(level)) + 1 ? 1 : 0;
    const fit = boxFit[k]! + restFit + afterFit;
    const cue = restCue[k]! - boxClauses[k]!;
    if (fit > bestFit || (fit === bestFit && cue > bestCue)) {
      best = k;
      bestFit = fit;
      bestCue = cue;
    }
  }
  return best;
}

