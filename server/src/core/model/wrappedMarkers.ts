import type { ItemLineNode, LineNode, MarkerNode } from "../syntax/cst.js";
import { CANNOT_END_LINE } from "../text/invisible.js";
import { codeUnitSet, isAnyDigitCode } from "../text/codeUnits.js";
import { isHanCode } from "../punct/chars.js";
import { fillsMeasure, wrappedLineSet } from "./hardWrap.js";
import { PlanMemo } from "./planMemo.js";
import { textEndOf } from "./inline.js";
import { asTextLine } from "./misreadMarkers.js";
import type { HardWrap, NumberedItem, PlanDocument } from "./types.js";
import { partitionPoint } from "../text/sorted.js";

/**
 * A marker a PDF's measure put at a line's start: the measure ends wherever it ends, so the
 * words after it may open with what reads as a marker — `按照《纲要》第` / `（十一）条要求`, an
 * enumeration inside a sentence (`重点抓好：（一）……，（二）……，` / `（三）……`), a range of years
 * cut after its first year (`规划（2023` / `—2035年）`, read as a `——` entry), two names a 一字线
 * joins cut before it (`青城山` / `—都江堰`). Where the line
 * above fills the document's measure (model/hardWrap.ts `fillsMeasure`) and stops in mid-phrase,
 * the line is that sentence going on, never an item or a list entry: it is read as plain text and
 * the line above as one of the wrap's lines (structure/hard-wrap's fix joins them).
 *
 * Mid-phrase is what no heading and no paragraph ends on: a comma, an enumeration comma, a word
 * that needs what follows (的, 和, 按, 第 …), a bracket, quote or title just opened; and a figure
 * whose range the line below goes on with (`2023` / `—2035`), or a word the next joins by one dash. A line that merely lacks its 。 is
 * not read so: a task whose sentence end was forgotten is followed by the next task.
 *
 * Nor is a line that stops inside a sentence a comma left open (`……风险防控机制，提升`) by
 * itself: the task may have lost its 。 there. The marker below tells where it breaks its
 * level's count and goes on as a numeral of the sentence does (`完善能源` / `一、二级计量器具配备`
 * among a chapter's tasks, `支持企业` / `（五）类标准研制` after `（一）`): no drafter's item, the
 * sentence going on. A marker that breaks its count with a task's words after it (`3.加强品牌建设。`
 * where `2.` is due) is a task misnumbered under a task whose 。 was lost, and a line that stops
 * short of the measure where the document's lines stop at it exactly (hardWrap.ts `shortBy`) is
 * no wrap at all. A marker that goes on its count (`提升` / `（三）类医疗器械……` after `（二）`) may
 * be either; it stays the item it looks like.
 */

/** Words a phrase cannot stop on beyond CANNOT_END_LINE's: 第 wants its ordinal (第（十一）条). */
const NEEDS_WHAT_FOLLOWS = codeUnitSet("第（(“‘《〈〔【「『");

const EM_DASH = 0x2014;

/** Whether a line ending in `last` stops in mid-phrase before the marker line `line`. */
function stopsMidPhrase(last: number, line: ItemLineNode, text: string): boolean {
  if (CANNOT_END_LINE.has(last) || NEEDS_WHAT_FOLLOWS.has(last)) return true;
  // A range of figures cut after its first figure: one dash, right after it the second figure;
  // or two names a 一字线 joins (大熊猫、青城山 / —都江堰、……), cut before the dash: one dash
  // between words. A `——` entry is written with two dashes.
  const marker = line.marker;
  if (marker.end - marker.start !== 1 || text.charCodeAt(marker.start) !== EM_DASH) return false;
  const next = text.charCodeAt(marker.end);
  return (isAnyDigitCode(last) && isAnyDigitCode(next)) || (isHanCode(last) && isHanCode(next));
}

/** The comma marks a sentence goes on after (。 and its kind end one). */
const COMMAS = codeUnitSet("，,、");
const STOPS = codeUnitSet("。！？!?；;");

/**
 * Whether the sentence the line `at` ends in is one a comma left open: read back over the line
 * and the wrapped lines of its paragraph above it, a comma before any stop. A heading (no comma)
 * or a sentence begun after a stop with no comma yet is not.
 */
function endsInOpenSentence(lines: readonly LineNode[], at: number, text: string, wrapped: ReadonlySet<LineNode>): boolean {
  for (let i = at; i >= 0; i--) {
    const line = lines[i]!;
    if (i < at && !wrapped.has(line)) return false;
    const from = line.kind === "item" || line.kind === "list" ? line.marker.end : line.indentEnd;
    for (let k = textEndOf(line, text) - 1; k >= from; k--) {
      const code = text.charCodeAt(k);
      if (COMMAS.has(code)) return true;
      if (STOPS.has(code)) return false;
    }
  }
  return false;
}

/** The first line of the paragraph the line `at` ends: read back over the wrapped lines above it. */
function paragraphStart(lines: readonly LineNode[], at: number, wrapped: ReadonlySet<LineNode>): LineNode {
  let i = at;
  while (i > 0 && wrapped.has(lines[i - 1]!)) i--;
  return lines[i]!;
}

/**
 * Where each numbered level's count stands as the lines are read in order: the last number of
 * each level, and whether it may start again at 1 (under a new item of a level above, a part's
 * heading or an attachment). Counts that run on across groups (tasks 1–4 under （一）, 5. under
 * （二）) and counts that start again are both a count going on.
 */
class LevelCounts {
  private readonly last = [0, 0, 0, 0, 0];
  private readonly restarts = [true, true, true, true, true];

  /** Whether the marker goes on its level's count; a list entry (`——`, ①) always does. */
  continues(marker: MarkerNode): boolean {
    const level = marker.level;
    if (level > 4 || marker.value === null) return true;
    return marker.value === this.last[level]! + 1 || (marker.value === 1 && this.restarts[level]!);
  }

  see(line: LineNode): void {
    if (line.kind === "item" && line.marker.level <= 4 && line.marker.value !== null) {
      const level = line.marker.level;
      this.last[level] = line.marker.value;
      this.restarts[level] = false;
      for (let below = level + 1; below <= 4; below++) this.restarts[below] = true;
    } else if (line.kind === "text" && (line.textKind === "part" || line.textKind === "attachment")) {
      this.restarts.fill(true);
    }
  }
}

/**
 * What a numeral inside a sentence goes on with: another numeral (`一、二级`, `二、三产业`) or what it
 * counts or ranks (`（五）类`, `三大`, `二星级`). A marker goes on with its item's words
 * (`3.加强品牌建设。`).
 */
const COUNTED_AFTER_NUMERAL = codeUnitSet("一二三四五六七八九十百千两〇零0123456789０１２３４５６７８９类级星个项条款批种档次是大型位轮期");

/**
 * Whether the numbered marker at the line's start reads as a numeral of the sentence above: the
 * measure can put a sentence's `一、二级` or `（五）类` at a line's start, never a task's `3.加强……`.
 * A full line over a misnumbered task whose 。 was forgotten (`……制造业优质` / `3.加强品牌建设。`
 * where `2.` is due) stops exactly as a wrapped line does: no width tells the two apart, what the
 * marker goes on with does.
 */
function countsInSentence(line: ItemLineNode, text: string): boolean {
  return COUNTED_AFTER_NUMERAL.has(text.charCodeAt(line.marker.end));
}

/**
 * Whether the marker line below a full line that stops without a sentence end breaks in: the
 * sentence above left open by a comma, and the marker breaking its level's count — or, a `——`
 * entry, breaking into a paragraph that is no entry of a list.
 */
function breaksIntoSentence(lines: readonly LineNode[], at: number, line: ItemLineNode, text: string, wrapped: ReadonlySet<LineNode>, counts: LevelCounts): boolean {
  if (!endsInOpenSentence(lines, at, text, wrapped)) return false;
  if (line.marker.value !== null) return !counts.continues(line.marker) && countsInSentence(line, text);
  if (line.marker.level !== 5) return false;
  const start = paragraphStart(lines, at, wrapped);
  return !((start.kind === "item" || start.kind === "list") && start.marker.level === 5);
}

/** Whether the marker line `line` (at `at`) is the sentence of the full line above going on. */
function goesOnFromAbove(above: LineNode, line: ItemLineNode, lines: readonly LineNode[], at: number, text: string, wrap: HardWrap, wrapped: ReadonlySet<LineNode>, counts: LevelCounts): boolean {
  if (above.kind !== "item" && above.kind !== "list" && !(above.kind === "text" && above.textKind === "plain")) return false;
  const end = fullLineEnd(above, text, wrap);
  return end >= 0 && (stopsMidPhrase(text.charCodeAt(end - 1), line, text) || breaksIntoSentence(lines, at - 1, line, text, wrapped, counts));
}

/**
 * Where the text of a line the measure filled ends, the line a wrap may go on from; -1 for a line
 * with no text, one that stops short of the measure, or one with a trailing comment (the wrap
 * would not join them: hardWrap.ts wrapJoins).
 */
function fullLineEnd(above: LineNode, text: string, wrap: HardWrap): number {
  const end = textEndOf(above, text);
  if (end <= above.indentEnd || text.slice(end, above.contentEnd).trim() !== "") return -1;
  return fillsMeasure(wrap, above, text) ? end : -1;
}

/**
 * Reads the marker lines that go on from a wrapped line above as plain text, in place, and
 * returns the wrap with the lines above them among its lines (in document order); the lines so
 * read, as they were, are added to `read`.
 */
export function readWrappedMarkers(lines: LineNode[], text: string, wrap: HardWrap | null, read: LineNode[] | null = null): HardWrap | null {
  if (wrap === null) return null;
  let changed = false;
  const replaced = new Map<LineNode, LineNode>();
  const added = new Set<LineNode>();
  const wrappedLines = new Set(wrap.lines);
  const counts = new LevelCounts();
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (i === 0 || (line.kind !== "item" && line.kind !== "list")) {
      counts.see(line);
      continue;
    }
    const above = lines[i - 1]!;
    if (!goesOnFromAbove(above, line, lines, i, text, wrap, wrappedLines, counts)) {
      counts.see(line);
      continue;
    }
    const asText = asTextLine(line, "plain");
    lines[i] = asText;
    replaced.set(line, asText);
    read?.push(line);
    added.add(above);
    changed = true;
  }
  if (!changed) return wrap;
  const wrapped = new Set<LineNode>();
  for (const line of wrap.lines) wrapped.add(replaced.get(line) ?? line);
  for (const line of added) wrapped.add(replaced.get(line) ?? line);
  // The lines' order is the document's: the new ones are placed among the others.
  return { measure: wrap.measure, shortBy: wrap.shortBy, lines: lines.filter((line) => wrapped.has(line)) };
}

const uncertainCache = new PlanMemo<ReadonlySet<LineNode>>();
// Not frozen: a shared empty set for the plans that are not wrapped (nearly all).
const NO_LINES: ReadonlySet<LineNode> = new Set();

/**
 * The item lines whose break from the line above may be a wrap as well as a paragraph's end: the
 * line above fills the measure inside a sentence a comma left open (`……风险防控机制，提升`), and the
 * marker goes on its count (`8.医疗器械监管能力。（责任单位：……）` after `7.`), so neither reading is
 * evident; one that breaks it with a task's words is certainly a task (breaksCountAsTask). The item stays; what only one reading makes — the task above without its clause, the
 * one below no more than a heading — is not reported. No fix is offered for the break either way:
 * joining the lines would turn the item into words of the task above (its clause and units moved
 * to that task, a reference to it re-pointed), and a 。 written at the line's end would cut a
 * sentence the measure cut; each edit chooses the reading the text leaves open, so neither keeps
 * "fixes change only what they say".
 */
export function uncertainBreaks(plan: Pick<PlanDocument, "lines" | "hardWrap" | "text" | "memos">): ReadonlySet<LineNode> {
  const wrap = plan.hardWrap;
  if (wrap === null) return NO_LINES;
  const cached = uncertainCache.get(plan);
  if (cached !== undefined) return cached;
  const { lines, text } = plan;
  const wrapped = wrappedLineSet(plan);
  let found: Set<LineNode> | null = null;
  const counts = new LevelCounts();
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]!;
    const certain = line.kind !== "item" || breaksCountAsTask(line, text, counts);
    counts.see(line);
    if (certain) continue;
    const above = lines[i - 1]!;
    if (above.kind !== "item" && !(above.kind === "text" && above.textKind === "plain")) continue;
    if (fullLineEnd(above, text, wrap) >= 0 && endsInOpenSentence(lines, i - 1, text, wrapped)) (found ??= new Set()).add(line);
  }
  return uncertainCache.set(plan, found ?? NO_LINES);
}

/**
 * Whether a marker breaks its level's count with a task's words after it (`3.加强品牌建设。` where
 * `2.` is due): no numeral a sentence goes on with (countsInSentence), so the break above it is
 * certain however full the line above is — a misnumbered task under a task whose 。 was lost, as
 * readWrappedMarkers reads it. Only a marker that goes on its count leaves both readings open.
 */
function breaksCountAsTask(line: ItemLineNode, text: string, counts: LevelCounts): boolean {
  return line.marker.value !== null && !counts.continues(line.marker) && !countsInSentence(line, text);
}

/** Whether the line right after an item's last line is an uncertain break (uncertainBreaks): the item's paragraph may go on there. */
export function mayGoOnBelow(plan: Pick<PlanDocument, "lines" | "hardWrap" | "text" | "memos">, item: NumberedItem): boolean {
  const uncertain = uncertainBreaks(plan);
  if (uncertain.size === 0 || item.children.length > 0) return false;
  const { lines } = plan;
  const next = partitionPoint(lines.length, (k) => lines[k]!.start < item.end);
  return next < lines.length && uncertain.has(lines[next]!);
}
