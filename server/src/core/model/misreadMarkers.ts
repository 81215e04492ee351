import type { InlineNode, ItemLineNode, LineNode, MarkerNode, TextLineNode } from "../syntax/cst.js";
import { codeUnitSet, halfWidthDigits } from "../text/codeUnits.js";
import { isSpaceCode } from "../text/spaces.js";
import { partitionPoint } from "../text/sorted.js";
import { isAttachmentLabel } from "./attachments.js";
import { isCircledNumeral, toChineseNumeral } from "./numerals.js";

/**
 * Markers the drafter mistyped, read as the items they are. The grammar sees one line at a time;
 * only the numbers around a line show that its marker is a slip, and which item it is:
 * - `(4)丙任务` between `（三）乙任务` and `（五）丁任务` is the fourth task written in level 4's
 *   form, not a level-4 item that starts at 4 under （三） while the tasks skip from 三 to 五 (so
 *   `（24）` between `（二十三）` and `（二十五）`, `4.` between `（三）` and `（五）`; and at every
 *   level: `(3)` or a numbered list entry's `3)` between `2.` and `4.`, `十二、` between `11.` and `13.`, which read as written
 *   would open a chapter and renumber every chapter and group after it). It is read as the item
 *   of the level whose count it continues, its marker's `writtenLevel` the level of its form;
 *   the outline nests it and its text as the item it is, and numbering/marker-style reports it.
 *   So is a new task typed in another level's form between two tasks (`2.` `三、…〔责任单位：…〕`
 *   `3.`), where the line assigns work as they do and its form's level nowhere does;
 * - `（西）丙任务` between `（三）` and `（五）`, `（十人）` between `（十七）` and `（十九）`: a bracketed
 *   numeral due there with a character that looks or sounds like its own (西 for 四, 人 for 八),
 *   which the grammar reads as text, so the task ran into the one before it;
 * - `—、总体要求` before `二、`, `l.加强产业基础` before `2.`: a numeral or digit typed or
 *   scanned as a character of the same shape (a dash for 一, a lower-case L for 1, an O for 0),
 *   which the grammar reads as a `—` list entry or as text. At the first item of a run this
 *   made the count start at 二 or 2. Shapes alone are read without brackets, where the
 *   character is not only a numeral's slip but a word (`西、南两区…`);
 * - `3 .提升…` between `2.` and `4.`: a space between a digit and its mark, which the grammar
 *   reads as text (web pages space numbers in prose), so the task ran into the one before it.
 *   A run's first, `1 .`, is confirmed by its `2 .` spaced too (`spacedRunGoesOn`), so a run
 *   a page spaced throughout is read whole.
 *   Spaces in the other levels' markers (`（ 一 ）`, `( 1 )`, `一 、`) are the grammar's to read
 *   (MarkerGap); a spaced bracket around a lookalike (`（ 西 ）`) is read here;
 * - `三　保障措施` between `二、` and `四、`: a chapter's 、 typed as a space, which the grammar
 *   reads as text, so a fix took the space out (`三保障措施`) and renumbered the chapter's
 *   groups on from the last chapter's. Read only where the rest of the line is a short heading
 *   with no sentence mark (`五 是加强宣传，……` is prose);
 * - `1.2024年目标任务`, `2、2025年底前完成…`: a task whose heading starts with a year, which the
 *   grammar reads as text (a digit after `1.` makes it a decimal, `增长1.2%`). Read as the task
 *   it is where its number is the one due in its run (`yearLedMarker`), a run of them before
 *   the run's next task (`1.2024年…` `2.2025年…` `3.开展…`) too; the marker is as written, so
 *   nothing reports it. The bracketed levels need no reading: `（一）2024年`, `（1）2025年` are
 *   the grammar's markers, no decimal.
 * A mistyped numeral is read as an item of the level of its form (marker `mistyped`) with the
 * number due, certain when the next item confirms it; numbering/marker-typo reports it.
 * Either way the count runs on through the line, so no later item is reported or renumbered.
 * Where the numbers around a line do not continue through it, nothing is read: which item it was
 * meant to be is not evident, and the numbering rules report what they see.
 */
export function readMisreadMarkers(lines: LineNode[], text: string): void {
  const counts = new Counts(lines, text);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.kind === "item") {
      const { level, value } = line.marker;
      // A value below 2 fits its own count (1 opens one), except a level-4 `（1）` right under
      // `（一）` over `2．` `3、`: it opens the tasks' run in level 4's form, as a list entry's
      // `1)` does (opensRun), and read as written it would skip level 3. Never the other way
      // (`1.` over `（2）` `（3）` is a task over its list, or a list under a missing task).
      let read = level !== 5 && value !== null && (value >= 2 || (value === 1 && level === 4)) ? levelInOtherForm(counts, i, level, value, DIGITS.has(text.charCodeAt(line.marker.end))) : null;
      // A line under it that opens as a task does (`1.1.`, `1、`), which this pass has not read
      // yet, may be the run's first itself: the count is not evident.
      if (read !== null && value === 1 && (taskLikeLineBelow(lines, i, text) || !taskTwoNext(lines, i) || !groupRightAbove(lines, i))) read = null;
      if (read !== null) {
        lines[i] = { ...line, marker: { ...line.marker, level: read, writtenLevel: level as CountedLevel } };
        counts.see(i, read, value!);
      } else if (value !== null && level <= 4) counts.see(i, level, value);
      counts.passItem(i);
      continue;
    }
    if (line.kind === "list" && line.marker.value !== null) {
      // A numbered list entry in digits (`3)`) is a task's marker in another form where a level's
      // count runs on through it (`2.` `3)` `4.`), as `(3)` is, or starts with it (`（一）` `1)`
      // `2.`, opensRun); a circled one (③) is never a task's.
      const value = line.marker.value;
      const read = value >= 1 && !isCircledNumeral(line.marker.numeral) ? levelInOtherForm(counts, i, LIST_FORM, value, DIGITS.has(text.charCodeAt(line.marker.end))) : null;
      if (read !== null) {
        lines[i] = { ...line, kind: "item", marker: { ...line.marker, level: read, writtenLevel: LIST_FORM } };
        counts.see(i, read, value);
        counts.passItem(i);
      } else counts.see(i, LIST_FORM, value);
      continue;
    }
    const candidate = markerCandidate(line, text);
    if (candidate !== null) {
      const written = writtenMarker(text, candidate);
      const marker =
        written === null ? null : written.repeated ? asWritten(written, text) : written.yearAfter ? yearLedMarker(counts, i, written, text) : mistypedMarker(counts, i, written, text);
      if (marker === null) continue;
      lines[i] = textLineAsItem(candidate, marker, text);
      counts.see(i, marker.level, marker.value!);
      counts.passItem(i);
    } else if (isAttachmentLabel(line, text)) counts.reset();
  }
}

/** Whether a text line between the item line at `at` and the next item line opens with an Arabic number and its mark (`1.`, `2、`). */
function taskLikeLineBelow(lines: readonly LineNode[], at: number, text: string): boolean {
  for (let j = at + 1; j < lines.length; j++) {
    const line = lines[j]!;
    if (line.kind === "item" || line.kind === "list") return false;
    if (line.kind === "text" && TASK_LIKE_START.test(text.slice(line.indentEnd, Math.min(line.contentEnd, line.indentEnd + 4)))) return true;
  }
  return false;
}

const TASK_LIKE_START = /^[0-9０-９]{1,2}[.．、]/;

/**
 * Whether the next item line after `at` is task 2 (`2．`, `2、`): a `（1）` reads as task 1 only
 * right over it. Over another group (`（1）` then `（二）`) nothing says the tasks' count opens
 * there, and renumbering would read it so the second time and not the first.
 */
function taskTwoNext(lines: readonly LineNode[], at: number): boolean {
  for (let j = at + 1; j < lines.length; j++) {
    const line = lines[j]!;
    if (line.kind === "item") return line.marker.level === 3 && line.marker.value === 2;
    if (line.kind === "list") return false;
  }
  return false;
}

/**
 * Whether the item line before `at` is a group's （一）: a `（1）` reads as task 1 only right under
 * one, where the tasks' run opens. With no group above (`（5)` over `2．`, the levels upside down,
 * renumbered to `（1）`) it stays the level its form says, or a renumbering would change the outline.
 */
function groupRightAbove(lines: readonly LineNode[], at: number): boolean {
  for (let j = at - 1; j >= 0; j--) {
    const line = lines[j]!;
    if (line.kind === "item") return line.marker.level === 2;
    if (line.kind === "list") return false;
  }
  return false;
}

// ------------------------------------------------------------------ the counts around a line

interface Neighbour {
  line: number;
  value: number;
}

/**
 * Where the numbering stands at the line being read, in one pass: the last item of each level
 * before it (lines already read as tasks count as tasks), and the next ones after it, found by a
 * binary search over the item lines ahead, which nothing has read otherwise yet.
 */
class Counts {
  /** By level, 1–4 and the numbered list entries' (5, LIST_FORM). */
  private readonly last: (Neighbour | null)[] = [null, null, null, null, null, null];
  private lastItem = -1;
  /** Item lines of each level, and attachment labels (an attachment numbers on its own), made when first asked. */
  private byLevel: number[][] | null = null;
  private scopeStarts: number[] = [];
  /** Up to two item lines of each level that carry a clause (one may be the line asked about). */
  private readonly assigning: (number[] | undefined)[] = [];

  constructor(
    readonly lines: readonly LineNode[],
    private readonly text: string,
  ) {}

  see(line: number, level: number, value: number): void {
    this.last[level] = { line, value };
  }

  /** An item line read (of any level, with a number or not): the next line's previous item. */
  passItem(line: number): void {
    this.lastItem = line;
  }

  reset(): void {
    this.last.fill(null);
    this.lastItem = -1;
  }

  /** The last item of a level before the line being read, in its scope. */
  before(level: number): Neighbour | null {
    return this.last[level]!;
  }

  /** Whether an item of a level above `level` opened after a line (−1: in the scope at all). */
  parentSince(level: number, line: number): boolean {
    for (let parent = 1; parent < level; parent++) if ((this.last[parent]?.line ?? -1) > line) return true;
    return false;
  }

  /** The first item of a level after a line, in its scope. */
  after(line: number, level: number): Neighbour | null {
    const byLevel = this.index();
    const items = byLevel[level]!;
    const k = partitionPoint(items.length, (j) => items[j]! <= line);
    if (k === items.length) return null;
    const at = items[k]!;
    const scopeEnd = this.scopeStarts[partitionPoint(this.scopeStarts.length, (j) => this.scopeStarts[j]! <= line)];
    if (scopeEnd !== undefined && scopeEnd < at) return null;
    return { line: at, value: (this.lines[at] as ItemLineNode).marker.value! };
  }

  /**
   * Whether the outline starts over between two lines, for a count of `level` read through the
   * line `line` between them: at the plan's first chapter (the lines before it are the prelude,
   * which is not numbered with the plan), or at an item of a higher level that opens its own
   * count (一、, （一）). A count does not run on across either.
   */
  restartsBetween(level: number, line: number, from: number, to: number): boolean {
    const byLevel = this.index();
    const chapters = byLevel[1]!;
    for (const chapter of chapters) {
      // The first chapter as read so far, the line being read aside (it may be read as no chapter).
      if (chapter === line || this.lines[chapter]!.kind !== "item" || (this.lines[chapter] as ItemLineNode).marker.level !== 1) continue;
      if (chapter > from && chapter < to) return true;
      break;
    }
    for (let parent = 1; parent < level; parent++) {
      const items = byLevel[parent]!;
      for (let k = partitionPoint(items.length, (j) => items[j]! <= from); k < items.length && items[k]! < to; k++) {
        if ((this.lines[items[k]!] as ItemLineNode).marker.value === 1) return true;
      }
    }
    return false;
  }

  /** A line as read so far (the lines after the one being read as the grammar read them). */
  lineAt(line: number): LineNode {
    return this.lines[line]!;
  }

  /** The item line at a line. */
  itemAt(line: number): ItemLineNode {
    return this.lines[line] as ItemLineNode;
  }

  /** The item line before the line being read, as read, in its scope. */
  previousItem(): ItemLineNode | null {
    return this.lastItem < 0 ? null : (this.lines[this.lastItem] as ItemLineNode);
  }

  /** The item line after a line, in its scope. */
  nextItem(line: number): ItemLineNode | null {
    for (let j = line + 1; j < this.lines.length; j++) {
      const candidate = this.lines[j]!;
      if (candidate.kind === "item") return candidate;
      if (isAttachmentLabel(candidate, this.text)) return null;
    }
    return null;
  }

  /**
   * Whether an item of a level other than the line being read carries a responsibility clause.
   * Asked rarely; the items that do are remembered by level, the lines ahead as the grammar read
   * them (which, but for the lines read here, is how they stay).
   */
  levelAssigns(level: number, line: number): boolean {
    let assigning = this.assigning[level];
    if (assigning === undefined) {
      assigning = [];
      for (let j = 0; j < this.lines.length && assigning.length < 2; j++) {
        const item = this.lines[j]!;
        if (item.kind === "item" && item.marker.level === level && hasClause(item)) assigning.push(j);
      }
      this.assigning[level] = assigning;
    }
    return assigning.some((j) => j !== line);
  }

  private index(): number[][] {
    if (this.byLevel) return this.byLevel;
    const byLevel: number[][] = [[], [], [], [], [], []];
    for (let i = 0; i < this.lines.length; i++) {
      const line = this.lines[i]!;
      if ((line.kind === "item" || line.kind === "list") && line.marker.value !== null) byLevel[line.marker.level]!.push(i);
      else if (isAttachmentLabel(line, this.text)) this.scopeStarts.push(i);
    }
    return (this.byLevel = byLevel);
  }
}

// ------------------------------------------------------------------ a marker in another level's form

type CountedLevel = 1 | 2 | 3 | 4;
/** The form of a numbered list entry (`3)`), counted as a level of its own below the four. */
const LIST_FORM = 5;
type WrittenLevel = CountedLevel | typeof LIST_FORM;

/**
 * The level an item line whose marker is in another level's form belongs to, or null: `(3)`
 * between `2.` and `4.`, `十二、` between `11.` and `13.`, `（十五）` between `14.` and `16.`,
 * `(4)` between `（三）` and `（五）`. Either the count of that level runs on through it
 * (`runsThrough`), or it is a new item inserted between two of that level (`insertedLevel`).
 * Where the count of more than one level would run through it, which one it belongs to is not
 * evident: it is left as written. Level 3 is never read where a digit follows the marker
 * (`二．1.5亿元`): written in its form (`2.1.5亿元`), the marker would run into the number.
 */
function levelInOtherForm(counts: Counts, line: number, written: WrittenLevel, value: number, digitAfter: boolean): CountedLevel | null {
  let found: CountedLevel | null = null;
  for (let level = 1 as CountedLevel; level <= 4; level++) {
    if (level === written || (level === 3 && digitAfter) || !runsThrough(counts, line, level, written, value)) continue;
    if (found !== null) return null;
    found = level;
  }
  if (found !== null) return found;
  const inserted = insertedLevel(counts, line, written, value);
  return inserted === 3 && digitAfter ? null : inserted;
}

/**
 * Whether the count of `level` runs on through an item line of value `value` written in another
 * level's form: the item of `level` before it one less, the one after it one more, and the
 * outline does not start over between them (`restartsBetween`: renumbering would not count
 * across); and its own level does not count it: the item of its level before it is not one
 * less (`3.` `（三）` `4.` `（四）` counts 1.–N. across the tasks) and none after it, before the
 * next item of `level`, is one more. A lower level's items before it since the item of `level`
 * before it (`（三）` `(1)` `(4)` `（五）`) are a list under that item with a gap, or a slip: not
 * evident. A higher level's (`14.` `（五）` `（十五）` `16.`) are the parents a count across them
 * runs through. So a chapter (一、) is never mistaken for a lower item nor the other way round
 * where its own count holds, and the Arabic levels, which differ from each other in brackets
 * alone, are read by the counts alone.
 */
function runsThrough(counts: Counts, line: number, level: CountedLevel, written: WrittenLevel, value: number): boolean {
  // Levels 1 and 2 write their numbers in Chinese, to 九十九.
  if (level <= 2 && value > 99) return false;
  const before = counts.before(level);
  const opens = opensRun(counts, level, written, value, before);
  if (!opens && (before === null || before.value !== value - 1)) return false;
  const after = counts.after(line, level);
  const from = opens || before === null ? line : before.line;
  if (after === null || after.value !== value + 1 || counts.restartsBetween(level, line, from, after.line)) return false;
  // A run that would open here while the count before it (tasks numbered across groups: `1、`
  // `（一）` `（1)` `2.`) already goes on to the item after it without it: the line is a list
  // under that count, not its next.
  if (opens && before !== null && before.value + 1 === after.value) return false;
  const ownBefore = counts.before(written);
  if (ownBefore !== null && (ownBefore.value === value - 1 || (written > level && ownBefore.line > (before?.line ?? -1)))) return false;
  const ownAfter = counts.after(line, written);
  if (ownAfter !== null && ownAfter.line <= after.line && ownAfter.value === value + 1) return false;
  return !missingSiblingHeading(counts, line, level, written, value, from, after.line);
}

/**
 * Whether a line of value 1 opens a run of an Arabic level (`1)` over `2.` `3.` right under
 * `（一）`, as an AI tool or Word's list numbering writes the first item): no item of the level
 * before it, or a parent opened since the last one, so the count starts there, as the next
 * item's 2 says. Only between the Arabic levels, which differ in their brackets alone: a
 * chapter's or a group's numeral is never read from a count that only starts.
 */
function opensRun(counts: Counts, level: CountedLevel, written: WrittenLevel, value: number, before: { line: number } | null): boolean {
  return value === 1 && level >= 3 && written >= 3 && (before === null || counts.parentSince(level, before.line));
}

/**
 * Whether a heading read as a task would rather be a heading whose sibling is missing:
 * `（一）` … `1.` `2.` `2.` `（三）提升工程质量` `4.` — the tasks' count (continuous across
 * groups, with a duplicate) runs through `（三）`, but so does a group count that lost `（二）`.
 * The line is one of its own level's headings where it assigns no work as the tasks around it
 * do, and neither does the sibling before it in its form; read as a task, its fix would turn a
 * heading into a task. Not evident, so left as written: the numbering rules report the gap.
 */
function missingSiblingHeading(counts: Counts, line: number, level: CountedLevel, written: WrittenLevel, value: number, before: number, after: number): boolean {
  const sibling = counts.before(written);
  if (written >= level || sibling === null || sibling.value !== value - 2) return false;
  // It and the sibling before it in its own form are headings: neither assigns work.
  if (hasClause(counts.itemAt(line)) || hasClause(counts.itemAt(sibling.line))) return false;
  const neighbours = [counts.itemAt(before), counts.itemAt(after)];
  return neighbours.every((neighbour) => neighbour.kind === "item" && hasClause(neighbour));
}

/**
 * The level of a new item inserted in another level's form, or null: `三、新任务。〔责任单位：…〕`
 * typed between tasks `2.` and `3.`. The counts alone do not tell: the chapters' count may
 * run on through it as well as the tasks' (二、 … 三、 … 三、保障措施, a duplicate either way).
 * The line is the task it stands among where
 * - the item lines right before and after it are of one level, the number it has and that
 *   number less one (`2.` `三、` `3.`): it takes the next number and the items after it are
 *   the ones to renumber, as they are for a new task written in the right form; or it follows
 *   the run's last task with the next number and the run ends with it (`3.` `(4)` `三、`, a task
 *   added at the end): read as written it would open a run of its form at 4 under the task above;
 * - read as written it breaks its own level's count: the item of that level before it is not
 *   one less, or the one after it repeats its number (三、 … 三、保障措施). Where its own count
 *   holds, as written it is in order (`（1）` `二、` `（2）` under a count that runs on across
 *   chapters), and renumbering, which leaves such a line as it is, must not make it a slip;
 * - it assigns its work as they do (a responsibility clause on each of the lines), and no item
 *   of its form's level in the plan does: chapters and groups are headings.
 * Read so, numbering/marker-style reports its form and numbering/sequence the items after it.
 */
function insertedLevel(counts: Counts, line: number, written: WrittenLevel, value: number): CountedLevel | null {
  // The item before first: for nearly every line it is of the line's own level, and that is all.
  const previous = counts.previousItem();
  if (previous === null) return null;
  const level = previous.marker.level;
  if (level === written || level > 4 || previous.marker.value !== value - 1) return null;
  const next = counts.nextItem(line);
  // The run's last task, added after it: the next item opens a chapter or a group, or none follows.
  const last = next === null || next.marker.level < level;
  if (!last && (next.marker.level !== level || next.marker.value !== value)) return null;
  if (level <= 2 && value > 99) return null;
  const ownBefore = counts.before(written);
  const ownAfter = counts.after(line, written);
  if (ownBefore !== null && ownBefore.value === value - 1 && ownAfter?.value !== value) return null;
  if (!hasClause(counts.itemAt(line)) || !hasClause(previous) || (!last && !hasClause(next!))) return null;
  return counts.levelAssigns(written, line) ? null : (level as CountedLevel);
}

export function hasClause(line: ItemLineNode): boolean {
  for (const part of line.parts) if (part.type === "clause") return true;
  for (const part of line.headingParts) if (part.type === "clause") return true;
  return false;
}

// ------------------------------------------------------------------ a mistyped numeral

/**
 * Characters a Chinese numeral is mistyped as: a slip of the eye (a page retyped or scanned: 西
 * for 四, 人 for 八, 土 for 十), of a pinyin input method (the candidate beside it: 死 for 四, 是
 * for 十), and the numeral's formal (大写) form. Characters that open a bracketed note or an
 * enumeration of their own (（注） （略） （附） （续）, 甲乙丙丁) are none of these, so such a line
 * is never read as an item, whatever stands around it. Most of them are words too: they are
 * read only inside a marker's brackets.
 */
const LOOKALIKES: Readonly<Record<string, string>> = {
  一: "壹弌以已亿依衣",
  二: "贰弍工儿而尔耳",
  三: "叁弎王彡散伞",
  四: "肆西匹回泗似寺思死斯私司丝",
  五: "伍丑午吴无武务屋舞",
  六: "陆大穴流留刘柳",
  七: "柒匕弋期其起奇旗齐企气启",
  八: "捌人入叭巴把吧拔扒",
  九: "玖丸几久旧就酒救究",
  十: "拾千干土士什时是事实石式市",
};

/**
 * Characters of a numeral's shape, which OCR, a font's other width or a hurried eye take for it:
 * a dash for 一 (em dash, full-width hyphen, hyphen, horizontal bar, the katakana long mark, a
 * box-drawing line, en dash), an equals sign for 二, a box for 四, a plus sign for 十. None of
 * them begins a word, so they are read with or without brackets (`—、总体要求`).
 */
const HAN_SHAPES: Readonly<Record<string, string>> = {
  一: "—－-―ー─–‐",
  二: "=＝",
  四: "口囗",
  十: "+＋",
};

/** The same for digits, half-width and full-width: a lower-case L, a capital I or a bar for 1; an O for 0. */
const DIGIT_SHAPES: Readonly<Record<string, string>> = {
  "1": "lI|ｌＩ｜",
  "0": "OoＯｏ〇",
};

/** Characters a written marker may start with, without a bracket: a numeral, a digit or one of their shapes. */
const MARKER_START = codeUnitSet("一二三四五六七八九十0123456789０１２３４５６７８９" + Object.values(HAN_SHAPES).join("") + Object.values(DIGIT_SHAPES).join(""));
/** What ends a level-1 marker (`一、`, `一．`) and a level-3 one (`1.`, `1、`), as the grammar reads them. */
const LEVEL1_CLOSE = codeUnitSet("、．.，,");
const LEVEL3_CLOSE = codeUnitSet(".．、");
const DIGITS = codeUnitSet("0123456789０１２３４５６７８９");
const ARABIC_CHARS = codeUnitSet("0123456789０１２３４５６７８９" + Object.values(DIGIT_SHAPES).join(""));

function isOpenBracket(code: number): boolean {
  return code === 0xff08 || code === 0x28; // （ (
}

function isCloseBracket(code: number): boolean {
  return code === 0xff09 || code === 0x29; // ） )
}

/** The longest numeral (九十九) and the spaces a slip may leave inside the brackets. */
const MAX_TOKEN = 3;
const MAX_SPAN = 8;

interface WrittenMarker {
  start: number;
  end: number;
  /** The characters of the numeral as written, spaces left out. */
  token: string;
  spaced: boolean;
  bracketed: boolean;
  /** A level-3 marker a year follows (`1.2024年`): read as written or not at all, never as a slip. */
  yearAfter: boolean;
  /**
   * A level-3 marker written twice (`1.1.实施…`, WPS's numbering and the typed one; no digit
   * after): read as written whatever the count, the repeat being the marker's (model/markers.ts).
   * A count would make the reading hang on the neighbours' numbers, which a renumbering changes.
   */
  repeated: boolean;
  /** A level-3 marker closed by a comma (`2,`, `2，`): its mark is the slip, its number may be right. */
  commaMark: boolean;
  /**
   * A bracketed level's marker that lost one of its brackets (`（二强化…`, `二）强化…`): the
   * numeral is as written, the missing bracket the slip. Read on the count, as a slip of the mark.
   */
  lostBracket: boolean;
  /** The level of the marker's form: 1 `X、`, 2 `（X）`, 3 `X.`, 4 `（X）` with digits. */
  level: 1 | 2 | 3 | 4;
}

/**
 * The line to read a marker at the start of, or null: a plain text line that starts like one,
 * or a `—` list entry whose dash is followed by a chapter's `、` (`—、总体要求`), read as text.
 */
function markerCandidate(line: LineNode, text: string): TextLineNode | null {
  if (line.kind === "text") {
    if (line.textKind !== "plain") return null;
    const code = text.charCodeAt(line.indentEnd);
    return isOpenBracket(code) || MARKER_START.has(code) ? line : null;
  }
  // Only a dash: a numbered entry (①、) has a numeral of its own, no slip for 一.
  if (line.kind === "list" && line.marker.value === null && line.marker.end === line.marker.start + 1 && LEVEL1_CLOSE.has(text.charCodeAt(line.marker.end))) return asTextLine(line, "plain");
  return null;
}

/**
 * The marker written at a line's start, as plain text (the first part): `（西）`, `(十人)`,
 * `（ 四）`, `—、`, `l.`, `1O.`, `3 .`; its level is its form's. Null when the characters cannot
 * be a numeral (Han characters and digits mixed), or a digit follows a dot (`l.5`, a decimal).
 */
function writtenMarker(text: string, line: TextLineNode): WrittenMarker | null {
  const first = line.parts[0];
  const start = line.indentEnd;
  if (first === undefined || first.type !== "text" || first.start > start) return null;
  const bracketed = isOpenBracket(text.charCodeAt(start));
  const limit = Math.min(first.end, start + MAX_SPAN);
  let token = "";
  let spaced = false;
  let arabic = true;
  for (let at = bracketed ? start + 1 : start; at < limit; at++) {
    const code = text.charCodeAt(at);
    if (bracketed ? isCloseBracket(code) : LEVEL1_CLOSE.has(code)) {
      if (token === "") return null;
      if (bracketed) return { start, end: at + 1, token, spaced, bracketed, yearAfter: false, repeated: false, commaMark: false, lostBracket: false, level: arabic ? 4 : 2 };
      if (!arabic) return { start, end: at + 1, token, spaced, bracketed, yearAfter: false, repeated: false, commaMark: false, lostBracket: false, level: 1 };
      // `2,增强…` / `2，增强…` between `1.` and `3.`: an OCR's or a hurried hand's comma for the
      // dot, which the grammar leaves as text (`3，4月份…` is prose). The count alone reads it.
      if (code === 0xff0c || code === 0x2c) {
        // Spaces after it are a typed marker's (`2, 开展…`); a figure after it is a list of numbers.
        let after = at + 1;
        while (after < first.end && isSpaceCode(text.charCodeAt(after))) after++;
        if (after >= first.end || DIGITS.has(text.charCodeAt(after))) return null;
        return { start, end: at + 1, token, spaced, bracketed, yearAfter: false, repeated: false, commaMark: true, lostBracket: false, level: 3 };
      }
      if (!LEVEL3_CLOSE.has(code)) return null;
      // A digit after the mark is a decimal's (`1.5倍`) unless it starts a year (`1.2024年`) or
      // the marker is written twice (`1.1.实施…`, WPS's numbering and the typed one).
      const digitAfter = DIGITS.has(text.charCodeAt(at + 1));
      const repeated = digitAfter && !spaced && isRepeatAt(text, start, at + 1);
      const yearAfter = digitAfter && !repeated;
      if (yearAfter && (spaced || !isYearAt(text, at + 1))) return null;
      return { start, end: at + 1, token, spaced, bracketed, yearAfter, repeated, commaMark: false, lostBracket: false, level: 3 };
    }
    // `二）强化…`: a bracketed level's marker whose opening bracket was lost, read here (the
    // grammar reads it as text) where the numeral is whole and a heading's word follows (after
    // the spaces or the tab Word's numbering leaves: `二）<TAB>强化…`).
    if (!bracketed && !spaced && isCloseBracket(code) && isWholeNumeral(token) && HAN.test(text[afterSpaces(text, at + 1, first.end)] ?? "")) return lostBracketMarker(start, at + 1, token, arabic);
    // `（二强化…`: its closing bracket lost (a paste cut it). Only where the bracket stays open
    // on the line: `（一季度完成）` is a parenthesis that starts with a numeral, `（十人）` a slip.
    if (bracketed && !spaced && HAN.test(text[at]!) && !NUMERAL_CHARS.has(code) && isWholeNumeral(token) && !closedLater(text, at, line.contentEnd)) {
      return lostBracketMarker(start, at, token, arabic);
    }
    if (isSpaceCode(code)) {
      // `（二<TAB>主要目标`: the closing bracket lost before the tab Word's numbering leaves (or
      // spaces), the heading's words after them, the bracket open on the line as above.
      if (bracketed && !spaced && isWholeNumeral(token)) {
        const word = afterSpaces(text, at, first.end);
        if (HAN.test(text[word] ?? "") && !NUMERAL_CHARS.has(text.charCodeAt(word)) && !closedLater(text, word, line.contentEnd)) return lostBracketMarker(start, at, token, arabic);
      }
      // Spaces inside brackets are a slip of the marker, and so are those between a numeral and
      // its mark (`3 .`; `二 、` and `（ 四）` the grammar reads itself); before the numeral or
      // inside it, the line is prose.
      if (!bracketed && token === "") return null;
      spaced = true;
      continue;
    }
    // `三　保障措施` between `二、` and `四、`: the 、 typed as a space (a web page's or WPS's
    // heading), which the grammar reads as text. Only a Han numeral and a line that is a heading
    // alone: `3 个` is prose, and so is a numeral that starts a sentence.
    if (spaced && !bracketed) return !arabic && isHeadingRest(text, at, line) ? { start, end: at, token, spaced, bracketed, yearAfter: false, repeated: false, commaMark: false, lostBracket: false, level: 1 } : null;
    if (token.length === MAX_TOKEN) return null;
    if (!ARABIC_CHARS.has(code)) {
      // Digits and Han characters are not one numeral.
      if (arabic && token !== "") return null;
      arabic = false;
    }
    token += text[at];
  }
  return null;
}

/** The first offset from `at` (before `end`) that is no space. */
function afterSpaces(text: string, at: number, end: number): number {
  while (at < end && isSpaceCode(text.charCodeAt(at))) at++;
  return at;
}

/** A marker of a bracketed level (2 `（X）`, 4 with digits) that lost one bracket, `[start, end)` as written. */
function lostBracketMarker(start: number, end: number, token: string, arabic: boolean): WrittenMarker {
  return { start, end, token, spaced: false, bracketed: false, yearAfter: false, repeated: false, commaMark: false, lostBracket: true, level: arabic ? 4 : 2 };
}

/** Whether a numeral token is a numeral as written, no lookalike in it: a lost bracket is one slip, never two. */
function isWholeNumeral(token: string): boolean {
  if (token === "") return false;
  for (let k = 0; k < token.length; k++) if (!NUMERAL_CHARS.has(token.charCodeAt(k))) return false;
  return true;
}

/** Whether a closing bracket closes the one opened before `from`: the first bracket on to `end` is a closing one. */
function closedLater(text: string, from: number, end: number): boolean {
  for (let at = from; at < end; at++) {
    const code = text.charCodeAt(at);
    if (isCloseBracket(code)) return true;
    if (isOpenBracket(code)) return false;
  }
  return false;
}

/** The characters of a numeral as written: Chinese numerals and digits of either width. */
const NUMERAL_CHARS = codeUnitSet("一二三四五六七八九十0123456789０１２３４５６７８９");

/** The longest heading a level-1 marker whose 、 was typed as a space is read before (`三　保障措施`). */
const MAX_SPACED_HEADING = 30;
const HAN = /[\u4e00-\u9fff\u3400-\u4dbf]/;
/**
 * Marks of a sentence or a list: a line that holds one is prose, not a chapter's heading; a 、
 * after a space is a numeral's split by it (`二 十、主要任务`), not a heading's.
 */
const SENTENCE_MARKS = /[。，、；：！？,;:!?]/;

/**
 * Whether the line from `at` to its end is a heading alone: it starts with a Han character, is
 * short, holds no sentence mark and nothing but plain text (no clause, target or citation; a
 * comment after it is the drafter's note, not the heading's).
 */
function isHeadingRest(text: string, at: number, line: TextLineNode): boolean {
  const first = line.parts[0]!;
  for (let k = 1; k < line.parts.length; k++) if (line.parts[k]!.type !== "comment") return false;
  let end = first.end;
  while (end > at && isSpaceCode(text.charCodeAt(end - 1))) end--;
  if (end - at > MAX_SPACED_HEADING || !HAN.test(text[at]!)) return false;
  return !SENTENCE_MARKS.test(text.slice(at, end));
}

/** A written marker read as it stands: `1.` of `1.1.`. */
function asWritten(written: WrittenMarker, text: string): MarkerNode {
  const { start, end } = written;
  return { level: 3, text: text.slice(start, end), value: Number(halfWidthDigits(written.token)), numeral: written.token, open: "", close: text[end - 1]!, start, end };
}

/** Whether text[start, at) — a level-3 marker — is written again at `at` and no digit follows (`1.1.`, not `1.1.1`). */
function isRepeatAt(text: string, start: number, at: number): boolean {
  const length = at - start;
  if (!text.startsWith(text.slice(start, at), at)) return false;
  return !DIGITS.has(text.charCodeAt(at + length));
}

/** Whether four digits and 年 start at `at` (`2024年`, `２０２５年`): a year, which no decimal's digits are followed by. */
function isYearAt(text: string, at: number): boolean {
  for (let k = 0; k < 4; k++) if (!DIGITS.has(text.charCodeAt(at + k))) return false;
  return text.charCodeAt(at + 4) === 0x5e74; // 年
}

/** How the number `value` is written in a level's form: 四 for levels 1 and 2, 4 for 3 and 4. */
function numeralOf(level: number, value: number): string {
  return level <= 2 ? toChineseNumeral(value) : String(value);
}

/**
 * Whether a written marker is `numeral` mistyped: as long, each character the numeral's own or
 * one it is mistyped as (a Han lookalike inside brackets only, a shape anywhere), and not the
 * numeral itself unless spaces broke the marker (`（ 四）`).
 */
function isMistyped(written: WrittenMarker, numeral: string): boolean {
  const token = written.level >= 3 ? halfWidthDigits(written.token) : written.token;
  if (token.length !== numeral.length) return false;
  if (token === numeral) return written.spaced || written.commaMark || written.lostBracket;
  for (let k = 0; k < token.length; k++) {
    const char = token[k]!;
    const due = numeral[k]!;
    if (char !== due && !lookalikesOf(written, due).includes(char)) return false;
  }
  return true;
}

/** Whether every character of a written numeral is one of `numeral`'s shapes (HAN_SHAPES, DIGIT_SHAPES): no lookalike word, not the numeral. */
function isShapeOnly(written: WrittenMarker, numeral: string): boolean {
  const token = written.token;
  if (token.length !== numeral.length) return false;
  for (let k = 0; k < token.length; k++) {
    const shapes = written.level >= 3 ? DIGIT_SHAPES[numeral[k]!] : HAN_SHAPES[numeral[k]!];
    if (shapes === undefined || !shapes.includes(token[k]!)) return false;
  }
  return true;
}

function lookalikesOf(written: WrittenMarker, due: string): string {
  if (written.level >= 3) return DIGIT_SHAPES[due] ?? "";
  const shapes = HAN_SHAPES[due] ?? "";
  return written.bracketed ? (LOOKALIKES[due] ?? "") + shapes : shapes;
}

/**
 * The marker a written one at a line's start stands for, or null. The number due there is the
 * previous item of its level plus one, or 1 where no item of its level stands before it since
 * its parent opened (the first item of a run); the written numeral must be that number
 * mistyped. The next item of the level must not contradict it, and the first item of a run is
 * read only where the next one, 2, confirms it: a run that has no second item does not show
 * where it starts. Certain when the next item confirms it.
 */
function mistypedMarker(counts: Counts, line: number, written: WrittenMarker, text: string): MarkerNode | null {
  const { level } = written;
  const before = counts.before(level);
  const due: number[] = [];
  if (before !== null && (level >= 3 || before.value < 99)) due.push(before.value + 1);
  if (before === null || counts.parentSince(level, before.line)) due.push(1);
  for (const value of due) {
    if (!isMistyped(written, numeralOf(level, value))) continue;
    const after = counts.after(line, level);
    // A count a parent heading came between (`7.` / `一、` / `8 .`) is taken on only where the next
    // item confirms it: else a renumbering that makes the next item a 1. would change the reading.
    const acrossParent = value !== 1 && before !== null && counts.parentSince(level, before.line);
    // So is a mark without brackets that only looks like the numeral due (`=,` for 二、) where no
    // item follows: read on the count alone, it became a task once a fix renumbered the item
    // before it (十、 / =, : the fix makes 十、 一、, and =, is then due), so fixing changed the
    // outline. A bracketed slip (`（王）` for （三）) is a marker's shape whatever the count.
    const glyphOnly = !written.bracketed && !written.lostBracket && (!written.spaced || halfWidthDigits(written.token) !== numeralOf(level, value));
    const confirmed = after?.value === value + 1 || (value === 1 && spacedRunGoesOn(counts, line, written, text));
    // A 1 needs its 2; a count on uncertain ground needs the next item; else the next item must
    // not contradict it (none, the next number, or a new run's 1). A run's only item in
    // brackets, its numeral a shape and nothing else (`（—）主要目标`, an OCR's dash for 一),
    // needs none: brackets round a dash or a box hold no word, and a run of one shows no 2.
    // Nor does it need the next item to be its 2: it opens its run wherever the run goes on
    // (`（—）` / a task whose marker was lost / `（三）`), and a gap after it is numbering/sequence's.
    const shapeOpensRun = value === 1 && written.bracketed && isShapeOnly(written, numeralOf(level, value));
    const needsConfirmation = (value === 1 && !shapeOpensRun) || acrossParent || (glyphOnly && after === null);
    if (needsConfirmation ? !confirmed : after !== null && !confirmed && after.value !== 1 && !shapeOpensRun) continue;
    const { start, end } = written;
    return {
      level,
      text: text.slice(start, end),
      value,
      numeral: written.token,
      open: written.bracketed || (written.lostBracket && isOpenBracket(text.charCodeAt(start))) ? text[start]! : "",
      // A marker whose closing bracket was lost ends with its numeral: no mark closes it.
      close: written.lostBracket && !isCloseBracket(text.charCodeAt(end - 1)) ? "" : text[end - 1]!,
      start,
      end,
      // Only spaces wrong (`3 .`, `（ 四）`): the number is the drafter's own, as certain as any written one.
      // A dash in brackets opening a run that goes on past it (`（三）` after a lost 二) is its 一 as surely.
      valueCertain: (after !== null && (after.value === value + 1 || (shapeOpensRun && after.value > 1))) || halfWidthDigits(written.token) === numeralOf(level, value),
      mistyped: true,
    };
  }
  return null;
}

/**
 * Whether the next marker of a run's first spaced marker (`1 .`) is its 2 written with a space
 * as well (`2 .`): a page that spaces one marker spaces them all, and the grammar reads none of
 * them, so the 2 that confirms the 1 is a line of text still, found by looking ahead past the
 * item's paragraphs and its sub-items to the next item of its level or above.
 */
function spacedRunGoesOn(counts: Counts, line: number, written: WrittenMarker, text: string): boolean {
  if (!written.spaced || written.bracketed || halfWidthDigits(written.token) !== numeralOf(written.level, 1)) return false;
  for (let j = line + 1; j < counts.lines.length; j++) {
    const next = counts.lineAt(j);
    if (next.kind === "item" && next.marker.level <= written.level) return false;
    const candidate = markerCandidate(next, text);
    const following = candidate === null ? null : writtenMarker(text, candidate);
    if (following !== null && following.level === written.level && !following.yearAfter) return following.spaced && halfWidthDigits(following.token) === numeralOf(written.level, 2);
    if (isAttachmentLabel(next, text)) return false;
  }
  return false;
}

// ------------------------------------------------------------------ a year after the marker

/**
 * The marker of a task whose heading starts with a year (`1.2024年目标任务`), or null. Its number
 * is the drafter's own, so it is read only as written, where it is the one due: the item of its
 * level before it one less, or 1 where no item of its level stands before it since its parent
 * opened (the first of its run). The next item of the level must not contradict it. A run of
 * such lines is read line by line, each the one before it for the next.
 */
function yearLedMarker(counts: Counts, line: number, written: WrittenMarker, text: string): MarkerNode | null {
  const value = Number(halfWidthDigits(written.token));
  const before = counts.before(3);
  const due = (before !== null && before.value === value - 1) || (value === 1 && (before === null || counts.parentSince(3, before.line)));
  if (!due) return null;
  const after = counts.after(line, 3);
  if (after !== null && after.value !== value + 1 && after.value !== 1 && !yearLedRunReaches(counts, line, value, after, text)) return null;
  const { start, end } = written;
  return { level: 3, text: text.slice(start, end), value, numeral: written.token, open: "", close: text[end - 1]!, start, end };
}

/**
 * Whether the lines between a year-led task and the next item of its level are year-led tasks
 * that number on to that item (`1.2024年…` `2.2025年…` `3.开展…`): the grammar's next item is
 * past them, since they are its text until read, and its number is theirs taken up, no
 * contradiction. Asked only where the next item's number is not the one due.
 */
function yearLedRunReaches(counts: Counts, line: number, value: number, after: Neighbour, text: string): boolean {
  let due = value + 1;
  for (let j = line + 1; j < after.line && due < after.value; j++) {
    const candidate = markerCandidate(counts.lineAt(j), text);
    const written = candidate === null ? null : writtenMarker(text, candidate);
    if (written === null || !written.yearAfter) continue;
    if (Number(halfWidthDigits(written.token)) !== due) return false;
    due++;
  }
  return due === after.value;
}

// ------------------------------------------------------------------ a line read as another

/** An item line read as text of a kind: its marker and heading become plain text, its elements stay. */
export function asTextLine(line: ItemLineNode, textKind: "attachment" | "tableRow" | "pageNumber" | "note" | "plain"): TextLineNode {
  const pieces: InlineNode[] = [{ type: "text", start: line.indentEnd, end: line.headingStart }, ...line.headingParts];
  if (line.bodyStart > line.headingEnd) pieces.push({ type: "text", start: line.headingEnd, end: line.bodyStart });
  pieces.push(...line.parts);
  const parts: InlineNode[] = [];
  for (const part of pieces) {
    if (part.end <= part.start) continue;
    const last = parts[parts.length - 1];
    if (part.type === "text" && last?.type === "text" && last.end === part.start) parts[parts.length - 1] = { type: "text", start: last.start, end: part.end };
    else parts.push(part);
  }
  return { type: "line", kind: "text", textKind, start: line.start, indentEnd: line.indentEnd, contentEnd: line.contentEnd, end: line.end, eol: line.eol, parts };
}

/** Marks that end an inline heading, as the grammar's ItemText ends it. */
function isHeadingStop(code: number): boolean {
  return code === 0x3002 || code === 0xff1b || code === 0xff1a; // 。；：
}

/** Elements that end a heading (the grammar's HeadingStop): they are never heading text. */
const STOPPING_ELEMENTS: ReadonlySet<string> = new Set(["clause", "annotation", "deadline", "comment"]);

/**
 * A text line read as the item line it is, its marker given: the heading runs to the first
 * `。；：` or to a clause, annotation, deadline or comment, as the grammar reads an item's text.
 */
export function textLineAsItem(line: TextLineNode, marker: MarkerNode, text: string): ItemLineNode {
  let headingStart = marker.end;
  while (headingStart < line.contentEnd && isSpaceCode(text.charCodeAt(headingStart))) headingStart++;
  let headingEnd = line.contentEnd;
  let terminator = "";
  for (const part of line.parts) {
    if (part.end <= headingStart) continue;
    if (part.type === "text") {
      let at = Math.max(part.start, headingStart);
      while (at < part.end && !isHeadingStop(text.charCodeAt(at))) at++;
      if (at === part.end) continue;
      headingEnd = at;
      terminator = text[at]!;
      break;
    }
    if (STOPPING_ELEMENTS.has(part.type)) {
      headingEnd = Math.max(part.start, headingStart);
      break;
    }
  }
  return withHeading(line, marker, headingStart, headingEnd, terminator);
}

/**
 * The item line of a text line: the marker, the heading `[headingStart, headingEnd)` and the
 * body after the terminator, the line's parts split between them (an element is never cut: the
 * heading's end is at an element's edge or inside plain text).
 */
export function withHeading(line: TextLineNode, marker: MarkerNode, headingStart: number, headingEnd: number, terminator: string): ItemLineNode {
  const bodyStart = headingEnd + terminator.length;
  const headingParts: InlineNode[] = [];
  const parts: InlineNode[] = [];
  for (const part of line.parts) {
    clipInto(headingParts, part, headingStart, headingEnd);
    clipInto(parts, part, bodyStart, line.contentEnd);
  }
  return {
    type: "line",
    kind: "item",
    marker,
    start: line.start,
    indentEnd: line.indentEnd,
    contentEnd: line.contentEnd,
    end: line.end,
    eol: line.eol,
    headingStart,
    headingEnd,
    terminator,
    headingParts,
    bodyStart,
    parts,
  };
}

/** The part of `part` inside [from, to): a text part is cut there; an element is kept whole or left out. */
function clipInto(into: InlineNode[], part: InlineNode, from: number, to: number): void {
  const start = Math.max(part.start, from);
  const end = Math.min(part.end, to);
  if (end <= start) return;
  if (start === part.start && end === part.end) into.push(part);
  else if (part.type === "text") into.push({ type: "text", start, end });
}
