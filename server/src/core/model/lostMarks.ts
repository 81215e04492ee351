import type { LineNode, TextLineNode } from "../syntax/cst.js";
import { codeUnitSet } from "../text/codeUnits.js";
import { isHanCode } from "../punct/chars.js";
import { isAttachmentLabel } from "./attachments.js";
import { continuesClauseAbove } from "./clauseReading.js";
import { isHeadingText, lostMarkerAt } from "./lostMarkers.js";
import { textLineAsItem } from "./misreadMarkers.js";
import { toChineseNumeral } from "./numerals.js";
import type { HardWrap } from "./types.js";

/**
 * A marker whose mark alone was lost, its numeral kept: `三组织保障` where 三、 is due, `3推动……`
 * between `2.` and `4.` (a 、 or a dot deleted, as pasted). Read as the text it looks like, the
 * line is the body of the item above, and the run it belongs to is broken around it: the
 * chapter's （一）（二）（三） were renumbered on from the chapter before as （六）（七）（八）, the
 * tasks after it down by one. The numeral is the evidence, so the line is read by the run it
 * continues, never by what the tasks around it carry (a clause or none):
 * - a chapter (level 1): the Chinese numeral the chapters' count comes to, then a heading's words
 *   (short, no sentence mark), and the next chapter written goes on from it (`三、` after it would
 *   make the line a sentence that opens with a numeral; the first chapter, `一总体要求`, has its
 *   二、), or, the last chapter, its groups or tasks right under it;
 * - a task (level 3): the Arabic number the tasks' count comes to (under its parent, or on from
 *   the parent before where the tasks count across their parents), then a
 *   Chinese character that is no counter of the figure (`3家企业` is a figure), and the next task
 *   of the parent numbered on from it (one more; more where a task after it is gone too; the
 *   first task's 2): the previous sibling and the next both say where it stands; the last task
 *   of its parent, with the previous alone, where it has a task's shape. One past the count too
 *   (`1.` `2.` `4加强…`: the item before it gone as well), read with the number it writes, so that
 *   numbering/sequence renumbers this item, not the next one written.
 * Neither reading is taken where the line goes on from the line above (a PDF's measure, a clause
 * a break cut). The line is read as the item with the numeral as its marker (model/lostMarkers.ts
 * lostMarkerAt), and numbering/marker-typo writes the mark.
 *
 * This runs on every line: a line is looked at past its first code unit only where that is a
 * numeral; the lines ahead are indexed once, on the first candidate, so the test stays linear.
 */
export function readLostMarks(lines: LineNode[], text: string, hardWrap: HardWrap | null): void {
  const wrapped = hardWrap === null ? null : new Set<LineNode>(hardWrap.lines);
  // The last number of each level in its parent's scope (0: none yet), and across parents (a
  // count that goes on through its parents: tasks 1.–21. across the groups), levels 1–4.
  const last = [0, 0, 0, 0, 0];
  const lastAcross = [0, 0, 0, 0, 0];
  let ahead: ItemsAhead | null = null;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.kind === "item") {
      const { level, value } = line.marker;
      if (level > 4 || value === null) continue;
      last[level] = lastAcross[level] = value;
      for (let lower = level + 1; lower <= 4; lower++) last[lower] = 0;
      continue;
    }
    if (line.kind !== "text") continue;
    if (isAttachmentLabel(line, text)) {
      last.fill(0);
      lastAcross.fill(0);
      continue;
    }
    if (line.textKind !== "plain") continue;
    const code = text.charCodeAt(line.indentEnd);
    const level = CHINESE_NUMERAL.has(code) ? 1 : ASCII_DIGIT.has(code) ? 3 : 0;
    if (level === 0) continue;
    // Under a new parent, the count may start again or go on from the parent before: the numeral says which.
    let due = last[level]! + 1;
    if (
      !opensWithNumeral(text, line, level, due) &&
      (last[level] !== 0 || lastAcross[level] === 0 || !opensWithNumeral(text, line, level, (due = lastAcross[level]! + 1))) &&
      // One past the count (`1.` `2.` `4加强…`: the item before it gone too, a gap numbering/sequence
      // reports): the same item, read with the number it writes; left as text, it was the body of
      // `2.`, and the run's fix renumbered another item where it should have renumbered this one.
      (last[level] === 0 || !opensWithNumeral(text, line, level, (due = last[level]! + 2)))
    )
      continue;
    if (i > 0 && (wrapped?.has(lines[i - 1]!) ?? false)) continue;
    if (continuesClauseAbove(lines, i, text)) continue;
    ahead ??= itemsAhead(lines, text);
    if (!(level === 1 ? readsAsChapter(lines, i, text, due, ahead) : readsAsTask(lines, i, text, due, ahead))) continue;
    lines[i] = textLineAsItem(line, lostMarkerAt(line, text, level, due), text);
    last[level] = lastAcross[level] = due;
    for (let lower = level + 1; lower <= 4; lower++) last[lower] = 0;
  }
}

const CHINESE_NUMERAL = codeUnitSet("一二三四五六七八九十");
const ASCII_DIGIT = codeUnitSet("0123456789");

/**
 * What a numeral at a sentence's start goes on with (`3家企业`, `5个项目`, `2年内`, `三大行动`, and
 * the enumerating 是 of `三是加强……`): a counter or unit of the figure, no heading's or task's word.
 */
const COUNTERS = codeUnitSet("是个家项条款批种次号年月日周天时分万亿千百名人位所座处台套件辆吨元倍类级星成部支只张份场轮期届大");

/** Whether the line opens with the numeral `due` of `level` right before a Chinese word (a whole numeral: `十一` is not `十`). */
function opensWithNumeral(text: string, line: TextLineNode, level: number, due: number): boolean {
  const numeral = level === 1 ? toChineseNumeral(due) : String(due);
  const start = line.indentEnd;
  if (!text.startsWith(numeral, start)) return false;
  const after = text.charCodeAt(start + numeral.length);
  return isHanCode(after) && !CHINESE_NUMERAL_ANY.has(after) && !COUNTERS.has(after);
}

const CHINESE_NUMERAL_ANY = codeUnitSet("〇零一二三四五六七八九十百两");

/**
 * A chapter heading whose 、 was lost: heading words only, and the next chapter written goes on
 * from it; the last chapter, with none after it, over a lower level's item (its groups or tasks).
 */
function readsAsChapter(lines: readonly LineNode[], i: number, text: string, due: number, ahead: ItemsAhead): boolean {
  if (!isHeadingText(text, lines[i] as TextLineNode)) return false;
  const chapter = lines[ahead.nextChapter[i + 1] ?? -1];
  if (chapter !== undefined) return chapter.kind === "item" && goesOnTo(due, chapter.marker.value);
  // The first chapter needs its 二、, as every run's first item does.
  if (due === 1) return false;
  const below = lines[ahead.nextContent[i + 1] ?? -1];
  return below !== undefined && below.kind === "item" && below.marker.level > 1 && below.marker.level < 5;
}

/**
 * Whether the next written number of the run, `next`, goes on from `due`: one more, or more
 * still where an item after it is gone too (a gap is numbering/sequence's); a run's first item
 * is read only with its 2 after it, as misreadMarkers.ts reads a mistyped first.
 */
function goesOnTo(due: number, next: number | null): boolean {
  return next !== null && (due === 1 ? next === 2 : next > due);
}

/**
 * A task whose dot was lost: the parent's next task goes on from it; the parent's last task, with
 * none after it, where it has a task's shape (a heading sentence closed by 。), whatever the tasks carry.
 */
function readsAsTask(lines: readonly LineNode[], i: number, text: string, due: number, ahead: ItemsAhead): boolean {
  const next = lines[ahead.nextTaskOrAbove[i + 1] ?? -1];
  if (next !== undefined && next.kind === "item" && next.marker.level === 3) return goesOnTo(due, next.marker.value);
  if (due === 1) return false;
  const task = textLineAsItem(lines[i] as TextLineNode, lostMarkerAt(lines[i] as TextLineNode, text, 3, due), text);
  return task.terminator === "。" && task.headingEnd - task.headingStart >= MIN_TASK_HEADING;
}

/** The shortest task heading a last task is read with (`3加强监管。`): two characters and more, as lostMarkers.ts reads a task. */
const MIN_TASK_HEADING = 2;

/** For each line index, the index of the next line of a kind at or after it (-1: none), one pass from the end. */
interface ItemsAhead {
  /** The next line that is neither blank nor a comment. */
  nextContent: Int32Array;
  /** The next level-1 item, or attachment label (which ends the chapters' count: -1 then). */
  nextChapter: Int32Array;
  /** The next item of level 1–3 (a task, or a heading that ends the parent's tasks). */
  nextTaskOrAbove: Int32Array;
}

function itemsAhead(lines: readonly LineNode[], text: string): ItemsAhead {
  const count = lines.length;
  const nextContent = new Int32Array(count + 1).fill(-1);
  const nextChapter = new Int32Array(count + 1).fill(-1);
  const nextTaskOrAbove = new Int32Array(count + 1).fill(-1);
  for (let j = count - 1; j >= 0; j--) {
    const line = lines[j]!;
    nextContent[j] = line.kind === "blank" || line.kind === "comment" ? nextContent[j + 1]! : j;
    const level = line.kind === "item" && line.marker.value !== null ? line.marker.level : 0;
    nextChapter[j] = level === 1 ? j : isAttachmentLabel(line, text) ? -1 : nextChapter[j + 1]!;
    nextTaskOrAbove[j] = level >= 1 && level <= 3 ? j : nextTaskOrAbove[j + 1]!;
  }
  return { nextContent, nextChapter, nextTaskOrAbove };
}
