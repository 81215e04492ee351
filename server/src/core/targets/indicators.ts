import type { Span, Target } from "../model/types.js";
import { codeUnitSet, hasCodeUnitIn } from "../text/codeUnits.js";
import { withSharedSubject, withSharedWords } from "./listElision.js";
import { withoutFootnoteReference } from "./indicatorName.js";
import { FIGURE_UNITS, PER_UNIT } from "./measureUnits.js";
import type { PlanTarget, TargetSense } from "./types.js";
import { DOWN_COMPARATORS, HARD_STOP_CODES, JOINERS, KEEP_COMPARATORS, LEADING_LEVELS, LEADING_NOISE, LEVEL_ONLY, METRIC, OPEN_BRACKET_CODES, TRAILING_NOISE } from "./figureWords.js";

/**
 * Where an indicator's name is in the text before its figure (the stretch back to the clause's
 * start, without the noise and the examples before 等), the cells of an indicator table, and a
 * target's sense from its comparator: what every reader of targets asks.
 */

/**
 * Which way a level bounds its indicator. A level of none (重大质量安全事故 | 起 | 0, 事故为0起) is a
 * ceiling whatever it is written with: nothing is fewer than none, so "at least 0" asks nothing,
 * and read so a table's 0 made a province's 0 a floor that a city's 1 passed as stricter.
 */
export function senseOf(comparator: string, qualifier: string, value: number | null): TargetSense {
  // 左右 says about the figure, whatever the verb (控制在5%左右, 达到95%左右): held there, neither a
  // ceiling nor a floor; read as 控制在's ceiling it was compared the wrong way with a parent's floor.
  if (qualifier === "左右") return "keep";
  if (value === 0 && !KEEP_COMPARATORS.has(comparator)) return "down";
  if (qualifier === "以上" || qualifier === "及以上") return "up";
  if (qualifier === "以下" || qualifier === "以内") return "down";
  if (DOWN_COMPARATORS.has(comparator)) return "down";
  if (KEEP_COMPARATORS.has(comparator)) return "keep";
  return "up";
}

/**
 * The way a change moves its indicator: the verb decides. A qualifier bounds the size of the
 * change, not its way — 下降9%以上 is a fall of at least 9 %, still a fall.
 */
export function senseOfChange(comparator: string): TargetSense {
  return DOWN_COMPARATORS.has(comparator) ? "down" : "up";
}

/** Splits `A、B均` into its indicators when they share the value; else one indicator. */
export function indicatorsOf(text: string, stretchStart: number, stretchEnd: number): Array<{ text: string; span: Span }> {
  const raw = text.slice(stretchStart, stretchEnd);
  // 均 and 都 share one figure; 分别 gives each its own (fromModel), but splits them alike.
  const shared = /(?:均|都|分别)\s*$/.test(raw);
  const pieces: Array<{ text: string; span: Span }> = [];
  const joiner = new RegExp(JOINERS.source, "g");
  let last = 0;
  for (const match of raw.matchAll(joiner)) {
    pieces.push(trimmed(raw.slice(last, match.index), stretchStart + last));
    last = match.index + match[0].length;
  }
  pieces.push(trimmed(raw.slice(last), stretchStart + last));
  // A footnote's reference after a name in the list (食用农产品监测合格率①、食品抽检合格率达到98%) is
  // the note's, no word of it (targets/indicatorName.ts): the name ends on its measure before it.
  if (pieces.length > 1) for (const piece of pieces) piece.text = withoutFootnoteReference(piece.text);
  const split = pieces.length > 1 && pieces.every((piece) => piece.text.length > 0 && (shared || METRIC.test(piece.text)));
  if (split) {
    // 国家级、省级标准化试点示范项目: a level alone counts the noun the next piece names after its level.
    let noun = "";
    for (let i = pieces.length - 1; i >= 0; i--) {
      const piece = pieces[i]!;
      if (noun && LEVEL_ONLY.test(piece.text)) piece.text += noun;
      else {
        const level = LEADING_LEVELS.exec(piece.text);
        noun = level && level[0].length < piece.text.length ? piece.text.slice(level[0].length) : "";
      }
    }
    // 规模以上工业企业质量标准、品牌、管理体系认证覆盖率: the scope and the measure written once are each item's.
    withSharedWords(pieces);
    // 主要农作物化肥、农药利用率均达到…: the subject the first names is each one's where the figure is shared.
    if (shared) withSharedSubject(pieces);
    return pieces;
  }
  return [trimmed(raw, stretchStart)];
}

/** A name in quotation marks or 书名号: one example before 等 is enough. */
const QUOTED_EXAMPLE = "(?:“[^”]{1,20}”|《[^》]{1,30}》)";
/** One example of a list before 等: quoted, or a run of Han characters. */
const EXAMPLE = `(?:${QUOTED_EXAMPLE}|[\\u4e00-\\u9fff]{1,12})`;
/**
 * Examples before what a count counts (新增“赣南脐橙”等地理标志产品3个, 培育华为、比亚迪等领军企业5家):
 * one quoted, or several listed, then 等 and the noun. Not 等级, 等次, 等额 (words of their own).
 */
const EXAMPLES_FIRST = new RegExp(`^(?:${QUOTED_EXAMPLE}|${EXAMPLE}(?:、${EXAMPLE})+)等(?![级次额同])(?=[\\u4e00-\\u9fff]{2})`);

/**
 * What a count counts without the examples its drafter named first: the thing counted is the
 * noun after 等 (地理标志产品), the examples its instances, so it is matched with a parent's goal of
 * that noun. The span starts at the noun.
 */
export function withoutExamples(indicator: { text: string; span: Span }): { text: string; span: Span } {
  const examples = indicator.text.includes("等") ? EXAMPLES_FIRST.exec(indicator.text) : null;
  if (examples === null) return indicator;
  const length = examples[0].length;
  return { text: indicator.text.slice(length), span: { start: indicator.span.start + length, end: indicator.span.end } };
}

export function trimmed(raw: string, offset: number): { text: string; span: Span } {
  let start = 0;
  let end = raw.length;
  while (start < end && /\s/.test(raw[start]!)) start++;
  const lead = LEADING_NOISE.exec(raw.slice(start, end));
  if (lead) start += lead[0].length;
  const trail = TRAILING_NOISE.exec(raw.slice(start, end));
  if (trail) end -= trail[0].length;
  while (end > start && /\s/.test(raw[end - 1]!)) end--;
  return { text: raw.slice(start, end), span: { start: offset + start, end: offset + end } };
}

export const TAB = 0x09;
const QUOTE = 0x22;

/** A cell that names no indicator: a number (序号, 基数; in either width), a unit, a year. */
const NO_INDICATOR_CELL = new RegExp(`^[\\d０-９.．%％‰]*(?:年|${FIGURE_UNITS})?$`);

/**
 * The indicator of a target in a row of a table pasted as tab-separated text (`1\t制造业产品质量合格率\t%\t94.8\t≥95`):
 * the row's first cell that names something, not the cell just before the target (its 基数).
 */
export function indicatorCell(text: string, start: number, end: number): { text: string; span: Span; unit: string } | null {
  let found: { text: string; span: Span; unit: string } | null = null;
  let at = start;
  while (at < end) {
    let stop = at;
    while (stop < end && text.charCodeAt(stop) !== TAB) stop++;
    const cell = trimmed(text.slice(at, stop), at);
    if (!found && cell.text && !NO_INDICATOR_CELL.test(cell.text)) found = { text: cell.text, span: cell.span, unit: "" };
    else if (found && UNIT_CELL.test(cell.text)) found.unit = cell.text;
    at = stop + 1;
  }
  return found;
}

/**
 * Where the cell holding a figure starts, in a row pasted as tab-separated text, when that cell
 * writes words before the figure (a 分工表's 具体措施 cell: `3\t推进质量攻关\t制造业产品质量合格率稳定在94%以上`):
 * the cell is prose, and its indicator is in it, never the row's task or 序号 before the tab. A
 * figure alone in its cell (`1\t制造业产品质量合格率\t%\t94.8\t≥95`) is an indicator table's, named
 * by its row (indicatorCell): -1. Asked only of a stretch with a tab in it.
 */
export function proseCellStart(text: string, start: number, figureStart: number): number {
  let tab = figureStart - 1;
  while (tab >= start && text.charCodeAt(tab) !== TAB) tab--;
  if (tab < start) return -1;
  // A cell Excel quoted for a line break in it (model/quotedCells.ts): the quote is the copy's, no word of the name.
  const cell = text.charCodeAt(tab + 1) === QUOTE ? tab + 2 : tab + 1;
  const words = trimmed(text.slice(cell, figureStart), cell).text;
  return words !== "" && !NO_INDICATOR_CELL.test(words) ? cell : -1;
}

/**
 * Where the clause holding `offset` starts (clauseStart), or, in a row pasted with tabs whose cell
 * writes words before the figure at `figureAt`, where that cell starts (proseCellStart). The
 * grammar's indicator may start before the cell's edge (`目标<TAB>制造业…合格率`): the cell is the figure's.
 */
export function clauseInCellStart(text: string, offset: number, floor: number, figureAt: number = offset): number {
  const start = clauseStart(text, offset, floor);
  const cell = hasCodeUnitIn(text, TAB, start, figureAt) ? proseCellStart(text, start, figureAt) : -1;
  return cell >= 0 ? cell : start;
}

/** A 单位 cell: a unit alone. */
const UNIT_CELL = new RegExp(`^(?:${FIGURE_UNITS})(?:[/／](?:${PER_UNIT}))?$`);

/** Where the clause holding an offset starts: after the last hard stop, never before `floor`. */
export function clauseStart(text: string, offset: number, floor: number): number {
  let start = offset;
  while (start > floor && !HARD_STOP_CODES.has(text.charCodeAt(start - 1)) && !opensPart(text, start - 1)) start--;
  return start;
}

/** Whether the bracket at `at` opens a part of the figure before it: `40个（其中…）`, `40个（含…）`. */
function opensPart(text: string, at: number): boolean {
  return OPEN_BRACKET_CODES.has(text.charCodeAt(at)) && (text.startsWith("其中", at + 1) || (text.startsWith("含", at + 1) && !INCLUSIVE_ONLY.test(text.slice(at, at + 6)))) && afterFigure(text, at);
}

/** A bracket that holds 含 alone: `（含）`, no part. */
const INCLUSIVE_ONLY = /^[（(]\s*含\s*[）)]/;

/** A figure just before `at`, with its unit and qualifier (`40个`, `98%以上`, `5万家`). */
const FIGURE_BEFORE = /[0-9０-９]\s*[^0-9０-９\s]{0,4}$/;

export function afterFigure(text: string, at: number): boolean {
  return FIGURE_BEFORE.test(text.slice(Math.max(0, at - 8), at));
}

/**
 * Marks that end a sentence: a commitment after one does not go on with the indicator before it,
 * nor a part (其中…) take the noun of a target before it.
 */
export const SENTENCE_STOP_CODES = codeUnitSet("。；;！!？?");

/** Whether a sentence ends in [start, end), read by code unit. */
export function sentenceEndsIn(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (SENTENCE_STOP_CODES.has(text.charCodeAt(i))) return true;
  return false;
}

/**
 * Marks that end a statement: what a target names carries over a ； to one that names none
 * (`到2027年，A达到98.8%以上；到2030年，达到99%以上`), not over a 。.
 */
const STATEMENT_STOP_CODES = codeUnitSet("。！!？?");

/** Whether a statement ends in [start, end), read by code unit. */
export function statementEndsIn(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (STATEMENT_STOP_CODES.has(text.charCodeAt(i))) return true;
  return false;
}

/** Where the statement holding `at` starts (after its last 。！？ before `at`), not before `floor`. */
export function statementStart(text: string, at: number, floor: number): number {
  let start = at;
  while (start > floor && !STATEMENT_STOP_CODES.has(text.charCodeAt(start - 1))) start--;
  return start;
}

/**
 * The indicators of a target that names none (`确保达到94%、力争达到95%`): those of the target
 * before it in the same statement (a ； between them or not), else the empty one it has.
 */
export function inheritedIndicators(text: string, own: Array<{ text: string; span: Span }>, previous: readonly PlanTarget[] | null, nodeStart: number): Array<{ text: string; span: Span }> {
  if (own.length !== 1 || own[0]!.text !== "" || !previous || previous.length === 0) return own;
  if (statementEndsIn(text, previous[previous.length - 1]!.end, nodeStart)) return own;
  if (previous[0]!.indicator === "") return own;
  // 合格率2024年、2025年分别达到92%、93%，2026年达到94%: one indicator's figures for several years
  // are one indicator to go on with, not one per year.
  const named = previous.filter((target, i) => i === 0 || previous.findIndex((other) => other.indicator === target.indicator) === i);
  return named.map((target) => ({ text: target.indicator, span: target.indicatorSpan! }));
}

/**
 * Where a grammar target's comparator starts: its last occurrence before the value. A comparator
 * read through a format character (达<U+200B>到: the grammar's Comparator is its words without
 * it) is not written as read: it starts at its first character.
 */
export function comparatorStartOf(text: string, target: Pick<Target, "start" | "comparator" | "valueSpan">): number {
  const written = text.lastIndexOf(target.comparator, target.valueSpan.start);
  return written >= target.start || target.comparator.length < 2 ? written : Math.max(text.lastIndexOf(target.comparator[0]!, target.valueSpan.start), target.start);
}

/**
 * A change named by an indicator's cell (单位GDP能耗下降, 增加值年均增长), or its rate (万元GDP能耗下降率,
 * 增长幅度, 涨幅, 增速: the figure is the change itself, in %): groups the rate, the verb, 率, 幅度 or
 * 速度. The text reads a name without them only before a bound (changeOfRate): 合格率提升达到… is a level.
 */
export const CHANGE_IN_NAME = /(年均|每年)?(提高|提升|增长|增加|上升|上涨|下降|降低|减少|削减|[降减增涨](?=幅$)|增(?=速$))(率|幅度|幅|速度|速)?$/;
/** The verb of a change named by its 幅 or 速 alone (降幅, 增幅, 增速): 降幅达到10% is 下降10%. */
const VERB_OF_SHORT_CHANGE: Readonly<Record<string, string>> = { 降: "下降", 减: "减少", 增: "增长", 涨: "增长" };

/** The verb of a change CHANGE_IN_NAME found (group 2), as a change's comparator writes it. */
export function changeVerb(change: RegExpExecArray): string {
  return VERB_OF_SHORT_CHANGE[change[2]!] ?? change[2]!;
}
