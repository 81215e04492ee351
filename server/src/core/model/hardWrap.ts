import type { LineNode } from "../syntax/cst.js";
import { codeUnitSet, isAnyDigitCode, isAnyLatinCode, isFullWidthDigitCode, isFullWidthLatinCode } from "../text/codeUnits.js";
import { textEndOf } from "./inline.js";
import { isSpaceCode } from "../text/spaces.js";
import { columnsOf } from "../text/columns.js";
import { PlanMemo } from "./planMemo.js";
import type { HardWrap, PlanDocument, Span } from "./types.js";
import { isPlanTitleText, PREAMBLE_OPENING } from "./prelude.js";
import { continuesAttachmentName } from "./attachments.js";
import { isLeaderEntry } from "./gazetteHeader.js";

/**
 * Text copied out of a PDF keeps the PDF's line breaks: every paragraph is cut into lines of the
 * page's measure (28 characters in a GB/T 9704 公文), wherever the measure ends — inside a word,
 * inside 《…》, between 98%以 and 上. The grammar reads each piece as a paragraph of its own.
 *
 * Whether a plan is so wrapped is a property of the document, not of a line: one line that stops
 * without its 。 and goes on below is a paragraph whose 。 was forgotten, or a heading; thirty of
 * them that all stop at the same width, in a document where no line is wider, are a measure. A
 * line is read as wrapped only when the document has such a measure and the line
 * - fills it (its width, indentation included, within a few columns of the measure: a PDF
 *   justifies its lines, so a line with half-width digits holds more characters in the same
 *   width; a copy cut every N characters holds N whatever their width — see widthsOf),
 * - does not end a sentence (。！？；：… with its closing marks), and
 * - is followed directly (no blank line) by plain text, not by a marker, a table row or a page
 *   number.
 * Widths are counted in columns: a Chinese character or full-width mark two, ASCII one.
 */

/** A measure narrower than this (15 characters) is a column of table cells or headings, not a page's. */
const MIN_MEASURE = 30;
/** How many lines must stop at the measure before the document counts as wrapped. */
const MIN_WRAPPED = 5;
/**
 * Fewer lines than MIN_WRAPPED, this many at least, are a measure only where all of them stop at
 * it and no other line is wider: three paragraphs cut at one width in mid-word are no chance.
 */
const MIN_WRAPPED_SHORT = 3;
/** The share of lines that stop without a sentence end and go on below that must stop at the measure. */
const MIN_SHARE = 0.6;
/** How much narrower than the measure a full line may be (columns). */
const SHORT_BY = 6;
/** How much wider (columns): a closing mark a PDF lets hang past the measure. */
const LONG_BY = 2;
/** The share of the document's lines that may be wider than the measure (a table's row, a title). */
const MAX_WIDER_SHARE = 0.05;
/** Widths above this are not counted (no page is that wide). */
const MAX_WIDTH = 400;

/** A line that ends a sentence: its last mark, before closing marks, is sentence-final. */
const SENTENCE_FINAL = codeUnitSet("。！？!?；;：:…");
const CLOSING = codeUnitSet("”’」』）)〕】》");

const COLON = 0xff1a;
/** A web page's or an English input method's colon in a clause (`(责任部门:` at the measure): the same. */
const HALF_WIDTH_COLON = 0x3a;
/** The brackets a clause opens with (〔责任单位：, （责任单位：, 【牵头单位：) and their closes. */
const OPEN_BRACKETS = codeUnitSet("〔（(【");
const CLOSE_BRACKETS = codeUnitSet("〕）)】");

/**
 * Whether text[start, end) ends a sentence, read by code unit (every line, every keystroke). A
 * colon inside an open bracket (`……能力。〔责任单位：`, `……建设。（责任单位：` at the measure)
 * introduces what goes on below; after a closed one (`（一）指导思想：`) it ends the line.
 */
function endsSentence(text: string, start: number, end: number): boolean {
  let last = end - 1;
  while (last > start && CLOSING.has(text.charCodeAt(last))) last--;
  const code = text.charCodeAt(last);
  if (!SENTENCE_FINAL.has(code)) return false;
  if (code !== COLON && code !== HALF_WIDTH_COLON) return true;
  for (let i = last - 1; i >= start; i--) {
    const c = text.charCodeAt(i);
    if (CLOSE_BRACKETS.has(c)) return true;
    if (OPEN_BRACKETS.has(c)) return false;
  }
  return true;
}

/**
 * How wide text[start, end) is, two ways: in columns (a Chinese character or full-width mark two,
 * ASCII one), and in cells, every character two. A PDF's line is full at its measure in columns
 * when the text was set by width; a copy cut every N characters is full at its measure in cells;
 * a full line's measure lies between the two.
 */
function widthsOf(text: string, start: number, end: number): { columns: number; cells: number; hang: number } {
  let columns = 0;
  let cells = 0;
  for (let i = start; i < end; i++) {
    // A low surrogate adds nothing: its pair was counted at the high one.
    const width = columnsOf(text.charCodeAt(i));
    if (width === 0) continue;
    columns += width;
    cells += 2;
  }
  // A mark the line-breaking rule (避头尾) keeps off the next line's start may hang past the measure
  // (Word's 允许标点溢出边界): the line may be as wide as the words before it. Counted, a line of 28
  // characters and its 、 was wider than a measure that lines with a half-width comma (55
  // columns) set, and read as no wrapped line. `hang` is how much narrower it may be: a window
  // on the measure takes it in, while the measure itself is read from the lines as they are
  // (a mark at the line's end within the measure is as wide as any character).
  const hang = end > start && HANGING.has(text.charCodeAt(end - 1)) ? 2 : 0;
  return { columns, cells, hang };
}

/** Full-width marks a line may end in past its measure: pauses and closing marks. */
const HANGING = codeUnitSet("，、”’」』）〕】》");

/** How many gaps between words make a line a row of cells: three cells at least. */
const ROW_GAPS = 2;

/**
 * Whether text[start, end) is laid out as cells: words apart by gaps of two spaces or more (or a
 * full-width space), twice at least — a table's row copied as text (targets/tables.ts reads it),
 * where prose, cut by a measure or not, has single spaces at most. A pipe, half- or full-width, is
 * such a gap: a framed row (｜ 1 ｜ 食品抽检合格率 ｜ % ｜ 98.5 ｜) pads every row of its table to one width.
 */
function laidOutAsCells(text: string, start: number, end: number): boolean {
  let gaps = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c !== 0x3000 && c !== 0x7c && c !== 0xff5c && !(c === 0x20 && text.charCodeAt(i + 1) === 0x20)) continue;
    if (++gaps >= ROW_GAPS) return true;
    while (i + 1 < end && (text.charCodeAt(i + 1) === 0x20 || text.charCodeAt(i + 1) === 0x3000)) i++;
  }
  return false;
}

function isPlainText(line: LineNode | undefined): boolean {
  return line !== undefined && line.kind === "text" && line.textKind === "plain";
}

/**
 * A line of the attachments' labels and lists (`附件：1.××分工` over `表`, `附件1：××` with its
 * title): the measure cuts a long name as it cuts a paragraph.
 */
function isAttachmentLine(line: LineNode): boolean {
  return line.kind === "text" && line.textKind === "attachment";
}

/**
 * Whether a line can be the rest of the line above: plain text, or the rest of an attachment's
 * name (never a label or an entry of the list, each a name of its own).
 */
function goesOnBelow(line: LineNode | undefined, text: string): boolean {
  return isPlainText(line) || (line !== undefined && continuesAttachmentName(line, text));
}

/**
 * The document's hard wrap, or null when its lines are paragraphs (lines are the model's reading).
 * `inTable` marks the lines of the tables the model reads (model/tableLines.ts): set in a table's
 * columns, none is a measure's line, none goes on into the line below, and none is wider than the page.
 */
export function readHardWrap(lines: readonly LineNode[], text: string, inTable: Uint8Array): HardWrap | null {
  // Lines that stop without a sentence end and go on directly below: the only ones that can be
  // wrapped. Most plans have few (a heading over its paragraph); the widths are measured for
  // these alone until the document looks wrapped.
  const candidates: number[] = [];
  const narrow: number[] = [];
  const full: number[] = [];
  const wide: number[] = [];
  for (let i = 0; i + 1 < lines.length; i++) {
    const line = lines[i]!;
    if (line.kind !== "item" && line.kind !== "list" && !isPlainText(line) && !isAttachmentLine(line)) continue;
    if (inTable[i] === 1 || inTable[i + 1] === 1 || !goesOnBelow(lines[i + 1], text)) continue;
    const end = textEndOf(line, text);
    if (end <= line.indentEnd || endsSentence(text, line.indentEnd, end)) continue;
    // A table's row laid out in cells (a fixed-width copy pads every row to one width) is no
    // measure's line, and the line above one goes on into no paragraph.
    if (laidOutAsCells(text, line.indentEnd, end) || laidOutAsCells(text, lines[i + 1]!.indentEnd, textEndOf(lines[i + 1]!, text))) continue;
    const { columns, cells, hang } = widthsOf(text, line.start, end);
    candidates.push(i);
    narrow.push(columns - hang);
    full.push(columns);
    wide.push(cells);
  }
  // A short plan (a 工作要点 of a few paragraphs) has few lines to tell its measure by: a handful
  // is read as one only where every one of them stops at it (below).
  if (candidates.length < MIN_WRAPPED_SHORT) return null;
  const measure = likeliestMeasure(narrow, wide, full);
  if (measure === null) return null;
  const wrapped: LineNode[] = [];
  for (let k = 0; k < candidates.length; k++) {
    if (narrow[k]! > measure + LONG_BY || wide[k]! < measure - SHORT_BY) continue;
    const at = candidates[k]!;
    if (!titleOverPreamble(lines[at]!, lines[at + 1]!, text)) wrapped.push(lines[at]!);
  }
  if (wrapped.length < MIN_SHARE * candidates.length) return null;
  if (candidates.length < MIN_WRAPPED && wrapped.length < candidates.length) return null;
  // No page is wider than its measure: a document with many wider lines is made of paragraphs,
  // and its lines at one width are a coincidence (headings of one length).
  let content = 0;
  let wider = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.kind === "blank" || line.kind === "comment") continue;
    // A table's row (a 分工表 after the text, its cells apart by tabs or spaces) is set in the
    // table's columns, not the page's measure, however wide its cells make it.
    if (inTable[i] === 1 || (line.kind === "text" && line.textKind === "tableRow")) continue;
    content++;
    const width = widthsOf(text, line.start, textEndOf(line, text));
    // A table of contents (a 公报's before the notice) is set in its own width, its leaders filling it.
    if (width.columns - width.hang > measure + LONG_BY && !isLeaderEntry(text.slice(line.indentEnd, textEndOf(line, text)))) wider++;
  }
  // One wider line is allowed whatever the plan's length (a title, the notice's sentence set in
  // another measure): in a short plan 5 % of its lines is less than one.
  if (wider > Math.max(1, MAX_WIDER_SHARE * content)) return null;
  const shortBy = fullLineTolerance(wrapped, text, measure);
  const atSentenceEnds = wrapsAtSentenceEnds(lines, text, measure, wrapped, inTable);
  if (atSentenceEnds.length === 0) return { measure, shortBy, lines: wrapped };
  return { measure, shortBy, lines: [...wrapped, ...atSentenceEnds].sort((a, b) => a.start - b.start) };
}

/** How far short of the measure a line of a copy that stops at it exactly may stop (columns: less than a character). */
const EXACT_BY = 1;
/** The share of wrapped lines that must stop at the measure exactly for the copy to be read as so cut. */
const TIGHT_SHARE = 0.9;

/**
 * How much narrower than the measure a line may be and still fill it, read from the document's
 * own wrapped lines. A copy cut every N characters cuts every line at N, and many PDFs set every
 * line to the measure: where nearly every wrapped line (TIGHT_SHARE) stops within a column of it,
 * a line a character short stopped there because its paragraph ended — a task whose 。 was
 * forgotten, over a `3.` where `2.` is due, is a task misnumbered, not a sentence the measure cut
 * (model/wrappedMarkers.ts). A copy whose lines vary by a character or two (a PDF that moves an
 * opening bracket to the next line, letter-spacing) keeps SHORT_BY.
 */
function fullLineTolerance(wrapped: readonly LineNode[], text: string, measure: number): number {
  let exact = 0;
  for (const line of wrapped) {
    const { columns, cells } = widthsOf(text, line.start, textEndOf(line, text));
    if (measure - Math.max(columns, cells) <= EXACT_BY) exact++;
  }
  return exact >= TIGHT_SHARE * wrapped.length ? EXACT_BY : SHORT_BY;
}

/**
 * A full line that ends a sentence (`……打通创新成果转化应用渠道。` at the measure) ends its paragraph
 * as often as not: a wrap alone does not tell. Where the text opens its paragraphs indented (a web
 * page's or WPS's 　　, the 公文 body's two characters) and the lines its wraps go on in start at
 * the margin, the line below does: plain text at the margin goes on the paragraph above (left, the
 * paragraph's rest would stand as a paragraph with no indentation, and the fix would keep it so).
 * Both habits must hold for nearly every line (INDENT_SHARE), so a text that indents a few
 * paragraphs only, or none, is read as before.
 */
function wrapsAtSentenceEnds(lines: readonly LineNode[], text: string, measure: number, wrapped: readonly LineNode[], inTable: Uint8Array): LineNode[] {
  const wraps = new Set(wrapped);
  let continuations = 0;
  let flushContinuations = 0;
  let openings = 0;
  let indentedOpenings = 0;
  // Read where the wraps are: the notice, a web page's furniture before the plan and after it
  // set their lines otherwise. A paragraph opens below a line that stops short of the measure (a
  // heading, a paragraph's last line), blank lines between; a page number's line is none (the
  // line after it goes on a paragraph), nor a full line (its end may be a wrap's: what is looked for).
  let endedAbove = false;
  const first = lines.indexOf(wrapped[0]!);
  const last = lines.lastIndexOf(wrapped[wrapped.length - 1]!) + 1;
  for (let i = first; i <= last && i < lines.length; i++) {
    const line = lines[i]!;
    if (line.kind === "blank") continue;
    const prose = line.kind === "item" || isPlainText(line);
    if (prose && wraps.has(lines[i - 1]!)) {
      continuations++;
      if (line.indentEnd === line.start) flushContinuations++;
    } else if (prose && endedAbove) {
      openings++;
      if (line.indentEnd > line.start) indentedOpenings++;
    }
    endedAbove = prose && !fills(text, line.start, textEndOf(line, text), measure);
  }
  if (openings < MIN_WRAPPED || indentedOpenings < INDENT_SHARE * openings || flushContinuations < INDENT_SHARE * continuations) return [];
  const found: LineNode[] = [];
  for (let i = 0; i + 1 < lines.length; i++) {
    const line = lines[i]!;
    const next = lines[i + 1]!;
    if ((line.kind !== "item" && !isPlainText(line)) || wraps.has(line) || !isPlainText(next) || next.indentEnd !== next.start) continue;
    if (inTable[i] === 1 || inTable[i + 1] === 1) continue;
    const end = textEndOf(line, text);
    if (end <= line.indentEnd || !endsSentence(text, line.indentEnd, end) || laidOutAsCells(text, next.indentEnd, textEndOf(next, text))) continue;
    if (fills(text, line.start, end, measure)) found.push(line);
  }
  return found;
}

/** Whether text[start, end) fills the measure as a wrapped line does (`shortBy`, LONG_BY). */
function fills(text: string, start: number, end: number, measure: number, shortBy = SHORT_BY): boolean {
  const { columns, cells, hang } = widthsOf(text, start, end);
  return columns - hang <= measure + LONG_BY && cells >= measure - shortBy;
}

/** The share of paragraph openings that must be indented, and of wrapped lines' continuations at the margin. */
const INDENT_SHARE = 0.9;

/**
 * A plan's title on one line that happens to be as wide as the measure (a 26-character title over
 * 28-character lines), with the preamble's 为贯彻落实…/根据… sentence opening below it: the title
 * ends there, it is no piece of the preamble's paragraph (joined, the title would be lost in it).
 */
function titleOverPreamble(line: LineNode, next: LineNode, text: string): boolean {
  const end = textEndOf(line, text);
  return isPlanTitleText(text, line.indentEnd, end) && PREAMBLE_OPENING.test(text.slice(next.indentEnd, Math.min(next.contentEnd, next.indentEnd + 4)));
}

/**
 * The measure: the width whose window (width − SHORT_BY … width + LONG_BY) meets the most
 * candidates' widths (each between its columns and its cells), then, among the candidates it
 * meets, the median of their widths in columns as written (a hanging mark's past the window
 * aside) — the full line; null when it is too narrow to
 * be a page's. A difference array counts every window in one pass.
 */
function likeliestMeasure(narrow: readonly number[], wide: readonly number[], full: readonly number[]): number | null {
  const counts = new Int32Array(MAX_WIDTH + 2);
  for (let k = 0; k < narrow.length; k++) {
    const from = Math.max(0, narrow[k]! - LONG_BY);
    const to = Math.min(MAX_WIDTH, wide[k]! + SHORT_BY);
    if (from > to) continue;
    counts[from]!++;
    counts[to + 1]!--;
  }
  let best = -1;
  let bestCount = 0;
  for (let width = 0, running = 0; width <= MAX_WIDTH; width++) {
    running += counts[width]!;
    if (width >= MIN_MEASURE && running > bestCount) {
      best = width;
      bestCount = running;
    }
  }
  if (best < 0) return null;
  const met: number[] = [];
  for (let k = 0; k < narrow.length; k++) if (narrow[k]! <= best + LONG_BY && wide[k]! >= best - SHORT_BY) met.push(Math.min(full[k]!, best + LONG_BY));
  met.sort((a, b) => a - b);
  const measure = met[met.length >> 1]!;
  return measure >= MIN_MEASURE ? measure : null;
}

/**
 * Whether a line fills the document's measure (as nearly as its wrapped lines do: `shortBy`) and stops without a sentence end, as a wrapped
 * line does, whatever follows it: before a page number the copy kept (which keeps it out of the
 * wrapped lines), the page cut its paragraph there (punct/breaks.ts reads that break as one
 * sentence for structure/page-number, whose fix joins the halves).
 */
export function fillsMeasure(wrap: HardWrap, line: LineNode, text: string): boolean {
  const end = textEndOf(line, text);
  if (end <= line.indentEnd || endsSentence(text, line.indentEnd, end)) return false;
  return fills(text, line.start, end, wrap.measure, wrap.shortBy);
}

const wrappedLinesCache = new PlanMemo<ReadonlySet<LineNode>>();

/** The wrapped lines (each goes on on the line below) as a set, made once per plan. */
export function wrappedLineSet(plan: Pick<PlanDocument, "hardWrap" | "memos">): ReadonlySet<LineNode> {
  const wrap = plan.hardWrap;
  if (wrap === null) return NO_LINES;
  return wrappedLinesCache.of(plan, () => new Set(wrap.lines));
}

const paragraphLinesCache = new PlanMemo<ReadonlySet<LineNode>>();
// Not frozen: a shared empty set for the plans that are not wrapped (nearly all).
const NO_LINES: ReadonlySet<LineNode> = new Set();

/**
 * Every line of a paragraph the measure cut (each wrapped line and the line it goes on to):
 * a paragraph's sentence end, or its pairs of quotes and brackets, are not any one line's.
 */
export function wrappedParagraphLines(plan: Pick<PlanDocument, "lines" | "hardWrap" | "memos">): ReadonlySet<LineNode> {
  const wrap = plan.hardWrap;
  if (wrap === null) return NO_LINES;
  let set = paragraphLinesCache.get(plan);
  if (!set) {
    const lines = new Set<LineNode>();
    const wrapped = new Set(wrap.lines);
    for (let i = 0; i + 1 < plan.lines.length; i++) {
      const line = plan.lines[i]!;
      if (wrapped.has(line)) lines.add(line).add(plan.lines[i + 1]!);
    }
    paragraphLinesCache.set(plan, (set = lines));
  }
  return set;
}

/**
 * A PDF breaks Latin text at a space, which the copy lost: a word of letters, or of letters and
 * digits, on both sides of a break gets it back (`Quality` / `Management`, `ISO` / `9001`,
 * `GB/T` / `19580`, `ISO 14001、ISO` / `45001`). Digits on both sides stay joined: a number the
 * break cut (`170` / `25`) is one number more often than two numbers apart by a space. A WPS
 * copy's full-width letters and digits (`ＩＳＯ` / `９００１`, `ISO` / `９００１`) are the same words;
 * "" where no space was lost, else the space the break stood for, in the width of the text
 * around it (`wordSpace`).
 */
function spaceBetween(before: number, after: number): WrapJoin["text"] {
  const lost = (isAnyLatinCode(before) && isLatinOrDigit(after)) || (isLatinOrDigit(before) && isAnyLatinCode(after));
  return lost ? wordSpace(before, after) : "";
}

const isLatinOrDigit = (code: number) => isAnyLatinCode(code) || isAnyDigitCode(code);

/**
 * The space between two words in the width they are written in. Between two full-width letters
 * or digits (`ＩＳＯ` / `９００１`) it is the ideographic space U+3000: text typed in the input
 * method's full-width mode, or widened by a 半角转全角 conversion (WPS, a web page's script),
 * writes every character of the ASCII range full-width, the space as U+3000 — a half-width space
 * there would be a character of another width inside a full-width term. text/full-width-alnum
 * reads that space as part of the term and writes it back half-width with its letters and digits
 * (`ISO 9001`), so the join and its fix agree. With a half-width side the text's space is " ".
 */
function wordSpace(before: number, after: number): " " | "\u3000" {
  return isFullWidthAlnumCode(before) && isFullWidthAlnumCode(after) ? "\u3000" : " ";
}

const isFullWidthAlnumCode = (code: number) => isFullWidthLatinCode(code) || isFullWidthDigitCode(code);

const joinsCache = new PlanMemo<WrapJoin[]>();

/** One wrapped line joined to the next: the break (and the next line's indentation) replaced by `text`. */
export interface WrapJoin extends Span {
  text: "" | " " | "\u3000";
}

/**
 * Where the wrapped lines are joined, in document order: what structure/hard-wrap's fix does, and
 * what a reading of the paragraphs as they will be (targets/extract.ts) joins. A line with a
 * trailing comment is left: joined, the comment would swallow the next line's text.
 */
export function wrapJoins(plan: Pick<PlanDocument, "lines" | "hardWrap" | "text" | "memos">): readonly WrapJoin[] {
  const wrap = plan.hardWrap;
  if (wrap === null) return [];
  // Asked by several readers of one plan (targets, parents, the rules that read across a break): made once.
  const cached = joinsCache.get(plan);
  if (cached !== undefined) return cached;
  const { text, lines } = plan;
  const wrapped = new Set(wrap.lines);
  const keepSpaces = breaksKeepSpaces(wrap.lines, text);
  const joins: WrapJoin[] = [];
  for (let i = 0; i + 1 < lines.length; i++) {
    const line = lines[i]!;
    if (!wrapped.has(line)) continue;
    const end = textEndOf(line, text);
    if (text.slice(end, line.contentEnd).trim() !== "") continue;
    const next = lines[i + 1]!;
    // The text's own space, where the line ends in one, stays as written (half- or full-width).
    const own = keepSpaces && end < line.contentEnd ? 1 : 0;
    joins.push({ start: end + own, end: next.indentEnd, text: own === 0 ? spaceBetween(text.charCodeAt(end - 1), text.charCodeAt(next.indentEnd)) : "" });
  }
  joinsCache.set(plan, joins);
  return joins;
}

/**
 * Whether a wrapped line's break keeps the spaces that end it. A PDF breaks a line at a space
 * of the text where it can, and a copy that keeps the space there keeps one of the text's own:
 * the one between two issuers of a joint document (`《中共四川省委 ` / `四川省人民政府关于……》`),
 * between words. Where most wrapped lines end in a space, the spaces are the copy's habit at
 * every break, not the text's, and go with the breaks.
 */
function breaksKeepSpaces(lines: readonly LineNode[], text: string): boolean {
  let spaced = 0;
  for (const line of lines) if (isSpaceCode(text.charCodeAt(textEndOf(line, text)))) spaced++;
  return spaced > 0 && spaced * 2 <= lines.length;
}
