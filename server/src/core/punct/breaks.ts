import { PlanMemo } from "../model/planMemo.js";
import { CANNOT_END_LINE } from "../text/invisible.js";
import { fillsMeasure, wrappedLineSet, wrappedParagraphLines } from "../model/hardWrap.js";
import { textEndOf } from "../model/inline.js";
import type { PlanDocument } from "../model/types.js";
import { PREAMBLE_OPENING } from "../model/prelude.js";
import type { LineNode, Span } from "../syntax/cst.js";
import { isTableLabel } from "../model/tableLabel.js";
import { codeUnitSet, hasCodeUnitIn } from "../text/codeUnits.js";
import { endBeforeBlankMarkup } from "../text/htmlMarkup.js";
import { partitionPoint } from "../text/sorted.js";
import { lineBreaksIn } from "../units/clauseLines.js";

/**
 * Paragraphs split in mid-sentence where a PDF page ended: the halves stand apart by blank lines
 * and by the page's number (`— 3 —`, read by model/reading.ts) if the copy kept it; or, with no
 * blank line, where a soft return of Word, WPS or a web page cut the sentence (`direct`). Found once
 * per plan; the reading of a break (is it one sentence? is that certain?) is made here once, for
 * text/broken-sentence (breaks of blank lines only) and structure/page-number (breaks with a page
 * number between the halves), and the punctuation rules leave both halves of every break alone.
 */

/** Characters a paragraph may end with and still be whole (before the `**` that closes Markdown's bold, structure/markdown-marks's). */
const PARAGRAPH_END = /[。！？!?；;：:.…”’」』）)〕】》](?:\*\*)?$/;

/**
 * A paragraph that blank lines or a page number may split in mid-sentence: a line that does not
 * end like a whole paragraph, then blank lines or page numbers, then a plain paragraph that goes
 * on. `ending` is the line's text up to `textEnd` (before a trailing comment).
 */
export interface ParagraphBreak {
  line: LineNode;
  continuation: LineNode;
  ending: string;
  textEnd: number;
  /** The page-number lines between the halves, in order (most breaks have none). */
  pageLines: readonly LineNode[];
  /**
   * The footnotes printed at the foot of the page that cut the sentence (`① 指……` between the
   * first half and the page's number, model/notes.ts): no part of the sentence, which goes on
   * past them; the join moves them after the joined paragraph (`joinEdits`). Read only where a
   * page number shows the page's edge.
   */
  noteLines: readonly LineNode[];
  /**
   * No blank line between the halves: a line break Word's or WPS's soft return, or a web page's
   * `<br>`, left inside a sentence (`推进古村落保护利用，` / `打造全域旅游示范县。`). Kept only where
   * the sentence certainly goes on (`readEnding`'s first three tests): a line that merely lacks
   * its 。 before the next paragraph is punct/sentence-end's, and a document a PDF's measure
   * wrapped is structure/hard-wrap's.
   */
  direct: boolean;
}

// Not frozen: V8 iterates a frozen array on a slow path (ARCHITECTURE.md, "Frozen arrays").
const NONE_BETWEEN: readonly LineNode[] = [];

const NO_LINES: ReadonlySet<LineNode> = new Set();

const isPageLine = (line: LineNode): boolean => line.kind === "text" && line.textKind === "pageNumber";
const isNoteLine = (line: LineNode): boolean => line.kind === "text" && line.textKind === "note";

const breaksCache = new PlanMemo<readonly ParagraphBreak[]>();

/** Every such break, in document order, found once per plan. */
export function paragraphBreaks(plan: PlanDocument): readonly ParagraphBreak[] {
  const cached = breaksCache.get(plan);
  if (cached) return cached;
  const breaks: ParagraphBreak[] = [];
  const lines = plan.lines;
  let wrapped: ReadonlySet<LineNode> | null = null;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.kind !== "text" && line.kind !== "item" && line.kind !== "list") continue;
    // A note is no first half: the text after a page's edge goes on the page's text, printed
    // above its footnotes, never a footnote.
    if (isPageLine(line) || isNoteLine(line)) continue;
    // A gap and a plain paragraph after it first: most lines are followed by another line, and
    // reading the ending is the costlier test (every line, every keystroke).
    let next = i + 1;
    let pageLines: LineNode[] | null = null;
    let noteLines: LineNode[] | null = null;
    for (; next < lines.length; next++) {
      const between = lines[next]!;
      if (isPageLine(between)) (pageLines ??= []).push(between);
      else if (isNoteLine(between)) (noteLines ??= []).push(between);
      else if (between.kind !== "blank") break;
    }
    // Notes with no page's number after them are notes under a paragraph that ended there.
    if (noteLines !== null && pageLines === null) continue;
    const continuation = lines[next];
    if (!continuation || continuation.kind !== "text" || continuation.textKind !== "plain") continue;
    const direct = next === i + 1;
    const textEnd = textEndOf(line, plan.text);
    // A direct break is read only where one look at the two sides says the sentence goes on:
    // most lines are followed by another, and their endings are not read.
    // The preamble's lines are read too: its sentence (为……，制定本方案。) may be cut anywhere.
    if (direct && !(CANNOT_END_CODES.has(plan.text.charCodeAt(textEnd - 1)) || CANNOT_START_CODES.has(plan.text.charCodeAt(continuation.indentEnd)) || inPreamble(plan, line))) continue;
    // A web page's `<br>` after the paragraph's 。 is text/html-markup's, no end of the sentence's.
    const ending = plan.text.slice(line.indentEnd, endBeforeBlankMarkup(plan.text, line.indentEnd, textEnd));
    if (ending === "" || (PARAGRAPH_END.test(ending) && !(inPreamble(plan, line) && opensUnfinishedPurpose(ending)) && !opensLabel(ending) && !(pageLines !== null && quoteCutAtPage(plan, line, ending)))) continue;
    // An attachment's or a table's label, or a line of the 附件说明 (`附件：1.××；2.××`), is no
    // sentence: the line under it is its title, or the 署名. Read only where a break is left.
    if ((line.kind === "text" && line.textKind === "attachment") || isTableLabel(ending.trim())) continue;
    // A 分工表's row is cells, no sentence: its last cell (持续推进, 2025年底) ends no paragraph a note after it goes on.
    if (line.kind === "text" && isTableRowLine(plan, line, textEnd)) continue;
    const brk: ParagraphBreak = { line, continuation, ending, textEnd, pageLines: pageLines ?? NONE_BETWEEN, noteLines: noteLines ?? NONE_BETWEEN, direct };
    if (direct && !isSoftReturn(plan, brk, (wrapped ??= plan.hardWrap === null ? NO_LINES : new Set(plan.hardWrap.lines)))) continue;
    breaks.push(brk);
  }
  breaksCache.set(plan, breaks);
  return breaks;
}

/**
 * Whether a text line is a row of a pasted 分工表: cells apart by tabs under a table's header the
 * model read (the header is the table's span; its rows follow it). Read only where a break is left.
 */
function isTableRowLine(plan: PlanDocument, line: LineNode, textEnd: number): boolean {
  const tables = plan.tables;
  if (tables.length === 0 || tables[0]!.start >= line.start) return false;
  return hasCodeUnitIn(plan.text, TAB, line.indentEnd, textEnd);
}

const TAB = 0x09;

/**
 * The last characters of CANNOT_END and the first of CANNOT_START, by code unit; what a paragraph
 * cannot end with is one set for a break and for a line break written as a character (text/invisible.ts).
 */
const CANNOT_END_CODES = CANNOT_END_LINE;
const CANNOT_START_CODES = codeUnitSet("，,、。；;：:！？!?）)》”’〕】的地得了着过之");
/**
 * Whether a direct break is a sentence a soft return cut: not a line of a PDF's measure
 * (structure/hard-wrap's), not inside a clause (units/clause-line-break's), and certainly one
 * sentence.
 */
function isSoftReturn(plan: PlanDocument, brk: ParagraphBreak, wrapped: ReadonlySet<LineNode>): boolean {
  if (wrapped.has(brk.line)) return false;
  // Clauses are in document order and never overlap: the last one that starts before the break.
  const clauses = plan.clauses;
  const before = clauses[partitionPoint(clauses.length, (k) => clauses[k]!.start < brk.textEnd) - 1];
  if (before !== undefined && before.end > brk.continuation.indentEnd) return false;
  return readParagraphBreak(plan, brk)?.certain === true;
}

const brokenCache = new PlanMemo<Set<LineNode>>();
const splitCache = new PlanMemo<ReadonlySet<LineNode>>();

/**
 * Both halves of every paragraph split in mid-sentence (a break readParagraphBreak reads as one
 * sentence): a blank line, a page's number or a soft return between them. A paragraph a PDF's
 * measure cut is read over its lines (punct/prose.ts wrappedProseRuns); one of these halves ends
 * or starts it elsewhere, and what is open in it may close there.
 */
export function splitParagraphLines(plan: PlanDocument): ReadonlySet<LineNode> {
  let split = splitCache.get(plan);
  if (!split) {
    const lines = new Set<LineNode>();
    // Only a break read as one sentence: a title above a blank line and the preamble under it,
    // or two entries of a list, are paragraphs of their own, each with its own ending.
    for (const brk of paragraphBreaks(plan)) if (readParagraphBreak(plan, brk) !== null) lines.add(brk.line).add(brk.continuation);
    splitCache.set(plan, (split = lines));
  }
  return split;
}

/**
 * Both halves of every paragraph split in mid-sentence (splitParagraphLines), and the lines of a
 * clause a line break cuts (units/clause-line-break reports it): a quotation mark or bracket
 * left open in the first half and closed in the second, or the missing sentence end, are that
 * one defect and not findings of their own.
 */
export function brokenParagraphLines(plan: PlanDocument): Set<LineNode> {
  let broken = brokenCache.get(plan);
  if (!broken) {
    broken = new Set(splitParagraphLines(plan));
    for (const clause of plan.clauses) {
      if (lineBreaksIn(plan.text, clause, plan.lines).length === 0) continue;
      const lines = plan.lines;
      for (let i = partitionPoint(lines.length, (j) => lines[j]!.end <= clause.start); i < lines.length && lines[i]!.start < clause.end; i++) broken.add(lines[i]!);
    }
    brokenCache.set(plan, broken);
  }
  return broken;
}

/** A paragraph cannot end on a comma, an enumeration comma, or a word that needs what follows. */
const CANNOT_END = /(?:[，,、]|[的和与及或并而在对将把被从向按由于])$/u;
/** Sentence punctuation inside a line: the line is prose, not one entry of an unpunctuated list. */
const PROSE = /[。，,；;！？!?]/;
const PAIRS: ReadonlyArray<[string, string]> = [
  ["“", "”"],
  ["‘", "’"],
  ["《", "》"],
  ["（", "）"],
  // A web page's or an English input method's round brackets (（责任部门: written `(责任部门:`).
  ["(", ")"],
  ["〔", "〕"],
  ["【", "】"],
];

/** True when the text opens a quote or bracket it does not close: `开展出口食品农产品“同线`. */
function leavesPairOpen(text: string): boolean {
  return PAIRS.some(([open, close]) => occurrences(text, open) > occurrences(text, close));
}

/**
 * Whether a line that fills the document's measure before a page's edge stops on a closing quote
 * or bracket with no sentence's end before it (`用好“中国品牌日”“全国质量月”` / `— 8 —` / `等平台，……`):
 * the PDF cut the paragraph there, not its writer, and the sentence goes on past the page. A
 * quote that closes its sentence (`……。”`) ends the paragraph as before.
 */
function quoteCutAtPage(plan: PlanDocument, line: LineNode, ending: string): boolean {
  if (plan.hardWrap === null || !QUOTE_CLOSED_MID_SENTENCE.test(ending)) return false;
  return fillsMeasure(plan.hardWrap, line, plan.text);
}

const QUOTE_CLOSED_MID_SENTENCE = /[^。！？!?；;：:…”’」』）)〕】》][”’」』）)〕】》]+$/u;

/**
 * Whether a line stops on a label's colon inside a bracket it opened (`……项目。（责任部门：` at a
 * page's end): the colon introduces the names below it, it ends no paragraph (as in a line a
 * PDF's measure cut, model/hardWrap.ts).
 */
function opensLabel(ending: string): boolean {
  const last = ending.charCodeAt(ending.length - 1);
  return (last === 0xff1a || last === 0x3a) && leavesPairOpen(ending);
}

/** How often the one-code-unit `mark` occurs in `text`. */
function occurrences(text: string, mark: string): number {
  let count = 0;
  for (let at = text.indexOf(mark); at !== -1; at = text.indexOf(mark, at + 1)) count++;
  return count;
}

/** Characters no sentence starts with: a second half that opens on one goes on from the first. */
const CANNOT_START = /^[，,、。；;：:！？!?）)》”’〕】的地得了着过之]/u;
/** How a new block opens after a plan's last paragraph or a contact line: 抄送, 本方案自…施行, 附件. */
const BLOCK_OPENER = /^(?:抄送|抄报|本方案|本计划|本意见|本办法|本通知|本细则|附件|联系人|联系电话|联系方式|电话|特此|此页无正文)/u;

/** Why the halves of a break are one sentence, whether that is certain, and the join. */
export interface BreakReading {
  why: string;
  /** Certain enough for fix-all; otherwise the join is only offered. */
  certain: boolean;
  /** The last characters of the first half and the first of the second, for messages. */
  tail: string;
  head: string;
  /**
   * What the join deletes: the line break, the blank lines, the page numbers and the indentation
   * between the halves. Null when a trailing comment on the first half would swallow the second.
   */
  join: Span | null;
}

/**
 * Why the first half cannot end where it does, or null when it might (then nothing is
 * reported: `坚持质量第一` / blank / `坚持创新驱动。` are two entries of a list, not one sentence).
 * Prose that stops without its sentence-final mark is the doubtful case: a page break inside a
 * word (`质量信誉承` / `诺活动。`) looks like a paragraph whose 。 was forgotten
 * (`确保各项任务落到实处` / `抄送：…`). It is read as one sentence, but not certainly, unless the
 * second half opens a new block or the first ends on a number (`电话：12345678`); a missing 。
 * alone is punct/sentence-end's. A page number between the halves removes that doubt: the
 * page did end there, and a paragraph that ended with the page would have kept its 。.
 */
function readEnding(ending: string, head: string, pageBreak: boolean, wrappedParagraph: boolean): { why: string; certain: boolean } | null {
  if (leavesPairOpen(ending)) return { why: "引号或括号未闭合", certain: true };
  if (CANNOT_END.test(ending)) return { why: "句子未完", certain: true };
  if (CANNOT_START.test(head)) return { why: "下文不能独立成句", certain: true };
  // Prose that stops without its sentence-final mark: a line of a paragraph, not a list entry.
  // The last line of a paragraph a PDF's measure cut is prose whatever it holds (`展质量信誉承`):
  // its commas are on the lines above.
  if (!wrappedParagraph && !PROSE.test(ending.slice(0, -1))) return null;
  if (BLOCK_OPENER.test(head) || /[0-9A-Za-z０-９]$/u.test(ending)) return null;
  return { why: "段落未以句末标点结束", certain: pageBreak };
}

/**
 * The reading of a break, or null when the halves are not one sentence or one of them is no
 * paragraph of an item's text (a heading-only line, a `——` entry, a line outside the plan).
 */
export function readParagraphBreak(plan: PlanDocument, brk: ParagraphBreak): BreakReading | null {
  // Asked of each break by several rules (and brokenParagraphLines): read once. A break belongs
  // to one plan's list (paragraphBreaks), so the break alone keys it.
  let reading = readingCache.get(brk);
  if (reading === undefined) {
    reading = readBreak(plan, brk);
    readingCache.set(brk, reading);
  }
  return reading;
}

const readingCache = new WeakMap<ParagraphBreak, BreakReading | null>();

function readBreak(plan: PlanDocument, brk: ParagraphBreak): BreakReading | null {
  const { line, continuation, ending, textEnd } = brk;
  const preamble = inPreamble(plan, line) && inPreamble(plan, continuation);
  if (!preamble && (!isBreakable(plan, line) || !isBreakable(plan, continuation))) return null;
  const head = [...plan.text.slice(continuation.indentEnd, continuation.contentEnd)].slice(0, 4).join("");
  let reading = readEnding(ending, head, brk.pageLines.length > 0, plan.hardWrap !== null && wrappedParagraphLines(plan).has(line));
  // In a document a PDF's measure wrapped, a first half that fills the measure stopped where its
  // line did, not where its sentence did (…产业技术基础能力 / — 10 — / 建设，加快……): one line of a
  // paragraph carries no comma to show it is prose, and the page number says the page ended there.
  if (reading?.certain !== true && brk.pageLines.length > 0 && plan.hardWrap !== null && !BLOCK_OPENER.test(head) && fillsMeasure(plan.hardWrap, line, plan.text)) {
    reading = { why: "前半段排满一行，未以句末标点结束", certain: true };
  }
  // A preamble sentence opened by its purpose or basis (为贯彻落实《…》, 根据…) that has not ended
  // anywhere on the line cannot stop there, whatever its last character: its main clause
  // (制定本方案) is still to come.
  if (preamble && reading?.certain !== true && opensUnfinishedPurpose(ending) && !BLOCK_OPENER.test(head)) reading = { why: "句子未完", certain: true };
  if (reading === null || (brk.direct && !reading.certain)) return null;
  // With a trailing comment on the first half, joining would turn the second half into
  // comment text, so the finding then comes without a fix.
  const joinable = textEnd === line.contentEnd || plan.text.slice(textEnd, line.contentEnd).trim() === "";
  return {
    why: reading.why,
    certain: reading.certain,
    tail: [...ending].slice(-4).join(""),
    head,
    join: joinable ? { start: textEnd, end: continuation.indentEnd } : null,
  };
}

/** One edit of a break's join: the `join` span replaced by `newText` (a fix's TextEdit). */
export interface JoinEdit extends Span {
  newText: string;
}

/**
 * The edits that join a break's halves: the span between them deleted, and the footnotes the
 * page printed between them (`noteLines`) written again, each a line of its own as it was, after
 * the joined paragraph — its last line, where a PDF's measure cut it (model/hardWrap.ts), the
 * line that ends it — so the join loses none of their words and cuts no sentence. Joined
 * again, the text is the same: the notes then follow a paragraph no page cuts.
 */
export function joinEdits(plan: PlanDocument, brk: ParagraphBreak, join: Span): JoinEdit[] {
  const deletion: JoinEdit = { start: join.start, end: join.end, newText: "" };
  if (brk.noteLines.length === 0) return [deletion];
  const { lines, text } = plan;
  const wrapped = wrappedLineSet(plan);
  let last = partitionPoint(lines.length, (k) => lines[k]!.start < brk.continuation.start);
  while (last + 1 < lines.length && wrapped.has(lines[last]!) && lines[last + 1]!.start === lines[last]!.end) last++;
  const end = lines[last]!;
  const first = brk.noteLines[0]!;
  // The document's own line ending, as the notes' first line wrote it.
  const eol = text.slice(first.contentEnd, first.end) || "\n";
  let notes = "";
  for (const note of brk.noteLines) notes += eol + text.slice(note.start, note.contentEnd);
  return [deletion, { start: end.contentEnd, end: end.contentEnd, newText: notes }];
}

/** A sentence's end, or a mark that may end a paragraph (；：…), anywhere in a line. */
const ENDED_INSIDE = /[。！？!?；;：:…]/u;

/** Whether a line opens a preamble's sentence by its purpose or basis and ends it nowhere. */
function opensUnfinishedPurpose(ending: string): boolean {
  return PREAMBLE_OPENING.test(ending) && !ENDED_INSIDE.test(ending);
}

/** Whether a line is one of the preamble's (为……，制定本方案。): two numbers compared, asked of every line. */
export function inPreamble(plan: PlanDocument, line: LineNode): boolean {
  const preamble = plan.preamble;
  return preamble !== null && line.start >= preamble.start - (line.indentEnd - line.start) && line.start < preamble.end;
}

/**
 * Whether a line is a paragraph of an item's text that a page break may split: an item's own
 * line (not a heading-only line — （一）指导思想 ends without punctuation by design — unless it
 * stops on a comma or a word that needs what follows, which no heading does; nor a
 * `——` entry, which is one line), or one of its body lines. The item is the nearest one
 * before the line (items are in document order).
 */
export function isBreakable(plan: PlanDocument, line: LineNode): boolean {
  const items = plan.allItems;
  const owner = items[partitionPoint(items.length, (i) => items[i]!.line.start <= line.start) - 1];
  if (owner === undefined) return false;
  // A heading never stops on a comma or a word that needs what follows: a heading-only line that
  // does (`1.推进古村落保护利用，`) is a task's sentence cut, not a heading.
  if (owner.line === line) return owner.kind !== "list" && (!owner.headingOnly || CANNOT_END_CODES.has(plan.text.charCodeAt(textEndOf(line, plan.text) - 1)));
  const body = owner.bodyLines;
  return body[partitionPoint(body.length, (i) => body[i]!.start < line.start)] === line;
}
