import { isOwned, type ProseParagraph, proseParagraphs } from "../../punct/prose.js";
import { deferredFix, spanFix } from "../../fixes/fix.js";
import type { PlanDocument, Span } from "../../model/types.js";
import type { Rule, TextEdit } from "../types.js";
import { isPasteHabit } from "../pasteHabit.js";
import { type MisreadNumber, misreadNumbersOf } from "../../text/ocrDigits.js";
import { keepingColumns } from "../../text/columns.js";
import { SpanCover } from "../../text/coverage.js";
import { wrapJoins } from "../../model/hardWrap.js";
import { memoPerParagraph } from "../../punct/paragraphMemo.js";
import { movedSpan } from "../../text/changedSpan.js";
import { codeUnitSet, isAnyDigitCode, isAnyLatinCode, isFullWidthDigitCode, isFullWidthLatinCode } from "../../text/codeUnits.js";

/**
 * Digits and Latin letters in their full-width forms (`１０％`, `ＧＤＰ`, `２０２５年`), as WPS, a
 * web page or text recognition leaves them: GB/T 15835 writes Arabic numerals (and the Latin
 * letters of a term) half-width, and the percent sign of a figure with it (`63%～68%`): a ％
 * right after a digit of either width is the run's, a ％ alone after half-width digits (`95％`)
 * a run of its own, and so is a ％ alone in a table's cell (isPercentCell); a half-width digit inside a full-width number (`２0２５`) is the number's; the ideographic space of a term written full-width (`ＩＳＯ　９００１`, and
 * `ISO　9001`) is the term's (isSpaceInTerm). One finding per run, whose fix writes the same characters
 * half-width (a point between two of its digits, `８６．５`, `９８.５`, with them); nothing else
 * changes; where full-width is the text's habit (isPagesHabit), one finding stands for every run. A marker's digits are numbering/marker-style's (the paragraph starts after the
 * marker), a 发文字号's form xref's — but not its digits: xref/doc-number reads a 文号 written in
 * half-width digits, the model reads one in full-width digits as the same 文号 (中发〔２０２２〕１７号),
 * and its digits are this rule's finding like any others — and a run of Ｘ is a placeholder (text/placeholder's). A text
 * rule, not a punct one: its fix changes characters that are no punctuation (the punct rules'
 * fixes change punctuation and spaces only).
 */
export const fullWidthAlnum: Rule = {
  meta: {
    id: "text/full-width-alnum",
    family: "text",
    severity: "warning",
    description: "数字、拉丁字母、数字后或表格单位栏的百分号、字母间的空格使用了全角形式（如“１０％”“ＧＤＰ”“95％”“ISO　9001”），应为半角",
    fixable: true,
    speed: "fast",
    docs: {
      rationale:
        "从 WPS、网页或扫描件识别结果复制的文字，数字和字母常是全角形式（“达到１０％以上”“占ＧＤＰ比重”“２０２５年”）。GB/T 15835—2011《出版物上数字用法》规定阿拉伯数字使用半角形式，外文字母也应为半角。本规则逐段报告连续的全角数字或字母，修复改为同样的半角字符（两个数字之间的全角小数点“．”一并改为“.”），不改动其他文字。百分号是数字的符号，随数字用半角（GB/T 15835 的示例“63%～68%”，各地方案也都写“94%”）：紧跟在数字后的全角“％”一并改为“%”；半角数字后单独的全角“％”（“达到95％”）同样报告，修复只改这个符号，使数字和百分号宽度一致。表格中单独成格的全角“％”（单位栏“指标｜单位｜目标值”下的“％”）是同一行数字的百分号，同样报告，修复改为“%”；以空格对齐各列的表格，修复在“%”后补一个空格，使后面的单元格仍在原来的列上。整篇数字都是全角时，表格单位栏的“％”是同一写法，计入全文的全角数字一并报告和修复。全角文字中词与词之间的全角空格（“ＩＳＯ　９００１”，全角输入或“半角转全角”写出的空格）属于这个词语，随字母、数字一起改为半角空格（“ISO 9001”）；字母与字母或数字之间的全角空格（“ISO　9001”）同样报告，修复改为半角空格；只在数字之间的全角空格（表格行中的“１０　１２”）是分隔，不报告。编号中的全角数字由 numbering/marker-style 报告，发文字号的格式由 xref 规则报告（其中的全角数字仍由本规则报告：“中发〔２０２２〕１７号”照样读作发文字号），“ＸＸ”这样的占位符由 text/placeholder 报告。\n\n整篇从 WPS 或网页复制的文字，往往所有数字都是全角：逐处报告会有上百条相同的提示，淹没其他问题。全文的全角数字、字母至少 5 处，且多于正文中的半角数字时，这是整篇的写法而不是个别笔误：本规则只在第一处报告一次，说明共有几处，修复一次把全文各处改为半角（只改这些字符）；半角数字后的全角“％”至少 5 处且多于半角“%”时同样只报告一次。少数几处全角夹在半角数字之间时，仍逐处报告。以空格分列的表格（PDF 中的表格粘贴成以空格对齐的文字）中，修复改变了一格的宽度时，同时调整这一格之后的连续空格，使后面各格仍在原来的列上。",
      incorrect: "一、总体要求\n（一）主要目标\n到２０２５年，数字经济核心产业增加值占ＧＤＰ比重达到１０％以上，制造业质量竞争力指数达到８６．５。\n",
      correct: "一、总体要求\n（一）主要目标\n到2025年，数字经济核心产业增加值占GDP比重达到10%以上，制造业质量竞争力指数达到86.5。\n",
    },
  },
  check({ plan, report }) {
    const text = plan.text;
    const runs: Span[] = [];
    const docNumbers = new DocNumbers(plan);
    for (const paragraph of proseParagraphs(plan)) {
      // A paragraph that reads as on the keystroke before answers from the memo, unread.
      if (isRemembered(text, paragraph, docNumbers)) {
        for (const run of rememberedRuns(text, paragraph)) runs.push(run);
        continue;
      }
      // Most paragraphs have none: one scan of the paragraph says so.
      if (!mayHoldRun(text, paragraph.start, paragraph.end)) continue;
      scanParagraph(text, paragraph, docNumbers.cover(), runs);
    }
    if (runs.length === 0) return;
    // A ％ alone after half-width digits is a slip of its own kind: its habit is weighed against
    // the half-width signs, as the digits' is against the half-width figures.
    let signs = runs.filter((run) => run.end - run.start === 1 && text.charCodeAt(run.start) === FULL_WIDTH_PERCENT);
    const words = signs.length === 0 ? runs : runs.filter((run) => !signs.includes(run));
    const read = new MisreadDigits(plan);
    // A half-width form is narrower than the full-width one: in a table set in columns by spaces
    // the gap after its cell widens by as much (text/columns.ts), so the next cells keep their
    // columns. A narrower cell's gap only widens: never null.
    const spaced = text.includes("  ");
    const inColumns = (edits: TextEdit[]) => keepingColumns(text, edits) ?? edits;
    // A sign alone in its cell keeps the row's columns where the table is padded with spaces.
    const halfOf = (run: Span) => (isPercentCell(text, run.start) ? percentInCell(text, run.end) : halfWidth(read.of(run)));
    const reportHabit = (habitual: readonly Span[], what: string) => {
      // The page's habit, not slips: one finding at the first run stands for all of them.
      const first = text.slice(habitual[0]!.start, habitual[0]!.end);
      const places = placesOf(plan, habitual);
      report({
        ...habitual[0]!,
        message: `本文的${what}大多使用了全角形式（共 ${places} 处，如“${first}”，从 WPS、网页或扫描件识别结果复制时常见），应为半角“${halfWidth(read.of(habitual[0]!))}”`,
        fix: deferredFix(`将全文 ${places} 处全角${what}改为半角`, () => inColumns(habitual.map((run) => ({ start: run.start, end: run.end, newText: halfOf(run) })))),
      });
    };
    if (words.length > 0 && isPagesHabit(plan, words)) {
      // A text written full-width throughout writes its table's 单位 cells so too (％ over ９４):
      // those signs are the same habit as the figures', counted and fixed with them.
      const cells = signs.filter((run) => isPercentCell(text, run.start));
      if (cells.length > 0) signs = signs.filter((run) => !cells.includes(run));
      reportHabit(cells.length === 0 ? words : runs.filter((run) => !signs.includes(run)), "数字和字母");
    } else {
      for (const run of words) {
        const written = text.slice(run.start, run.end);
        // A misread number's letters read as its digits (MisreadDigits).
        const reading = read.of(run);
        const half = halfWidth(reading);
        // A run that starts or ends at a term's space (`ISO　9001`) is shown with the term's words.
        const shown = termAround(text, run);
        const message = shown === written ? `“${written}”使用了全角${kindsOf(reading)}，应为半角“${half}”` : `“${shown}”中的${kindsOf(reading)}是全角，应为半角“${halfWidth(shown.replace(written, reading))}”`;
        const edit = { start: run.start, end: run.end, newText: half };
        report({ ...run, message, fix: spaced ? deferredFix(`改为半角“${half}”`, () => inColumns([edit])) : spanFix(`改为半角“${half}”`, run.start, run.end, half) });
      }
    }
    if (signs.length > 0 && isPasteHabit(signs.length, halfWidthSigns(plan, signs.length), PAGE_HABIT_MINIMUM)) reportHabit(signs, "百分号");
    else {
      for (const run of signs) {
        if (isPercentCell(text, run.start)) {
          report({ ...run, message: "表格中单独成格的百分号“％”使用了全角形式，应与表中数字一样用半角“%”", fix: spanFix("改为半角“%”", run.start, run.end, percentInCell(text, run.end)) });
          continue;
        }
        // The figure is shown with its sign, as written and as fixed.
        const figure = figureBefore(text, run.start);
        report({ ...run, message: `“${figure}％”的百分号使用了全角形式，应与数字一样用半角“${figure}%”`, fix: spanFix("改为半角“%”", run.start, run.end, "%") });
      }
    }
  },
};

/**
 * The runs of one paragraph, read from the paragraph's text, the character on either side of it
 * and the spans other families own in it: while a plan is edited, every paragraph but the edited
 * one reads as it did on the keystroke before (punct/paragraphMemo.ts). Asked only where
 * isRemembered says that is all the scan reads.
 */
const rememberedRuns = memoPerParagraph((text: string, paragraph: ProseParagraph) => (mayHoldRun(text, paragraph.start, paragraph.end) ? scanParagraph(text, paragraph, SpanCover.EMPTY, []) : []), movedSpan);

/**
 * Whether the memo's key holds all the scan of `paragraph` reads: no 文号 meets a paragraph that
 * owns spans (which of them are 文号s, whose digits are this rule's, is the plan's to say, not
 * the key's), and readsOnlyItsStanding.
 */
function isRemembered(text: string, paragraph: ProseParagraph, docNumbers: DocNumbers): boolean {
  return (paragraph.owned.length === 0 || !docNumbers.cover().meets(paragraph.start, paragraph.end)) && readsOnlyItsStanding(text, paragraph);
}

/** The plan's 文号s' spans, made at the first paragraph that owns a span (a third of a plan's, the units' clause marks most). */
class DocNumbers {
  private spans: SpanCover | null = null;

  constructor(private readonly plan: PlanDocument) {}

  cover(): SpanCover {
    return (this.spans ??= new SpanCover(this.plan.docNumbers));
  }
}

/** The runs of one paragraph as a fresh scan finds them, for the memo's property test. */
export function uncachedRuns(plan: PlanDocument, paragraph: ProseParagraph): Span[] {
  return mayHoldRun(plan.text, paragraph.start, paragraph.end) ? scanParagraph(plan.text, paragraph, new SpanCover(plan.docNumbers), []) : [];
}

/** The runs of one paragraph as check reads them, from the memo where that is exact, for the memo's property test. */
export function paragraphRuns(plan: PlanDocument, paragraph: ProseParagraph): readonly Span[] {
  return isRemembered(plan.text, paragraph, new DocNumbers(plan)) ? rememberedRuns(plan.text, paragraph) : uncachedRuns(plan, paragraph);
}

/**
 * The paragraph's runs of full-width characters, pushed onto `runs`. A character another family
 * owns is no run's, unless it is a 文号's (`docNumbers`: the model reads one written with
 * full-width digits, and its digits are this rule's).
 */
function scanParagraph(text: string, paragraph: ProseParagraph, docNumbers: SpanCover, runs: Span[]): Span[] {
  const ownedElsewhere = (at: number): boolean => isOwned(paragraph, at) && !docNumbers.covers(at);
  for (let at = paragraph.start; at < paragraph.end; at++) {
    if (!(isAlnum(text.charCodeAt(at)) || isPercentAfterDigit(text, at) || isPercentCell(text, at) || isSpaceInTerm(text, at)) || ownedElsewhere(at)) continue;
    let end = at + 1;
    while (end < paragraph.end && !ownedElsewhere(end) && (isAlnum(text.charCodeAt(end)) || isPointBetweenDigits(text, end) || isPercentAfterDigit(text, end) || isSpaceInTerm(text, end) || isHalfWidthDigitInNumber(text, end))) end++;
    if (!PLACEHOLDER.test(text.slice(at, end))) runs.push({ start: at, end });
    at = end - 1;
  }
  return runs;
}

/**
 * Whether scanParagraph reads nothing of the text but the paragraph and one character either
 * side (what the memo's key holds). It reads further only past spaces at an edge to a ％'s cell
 * edge (isPercentCell: `｜　％` with the paragraph starting at the ％ behind a space, or `％` and
 * spaces at its end before more), and past half-width digits after its end to a full-width one
 * (isHalfWidthDigitInNumber: `２0` ending the paragraph, `0５` after it); every other test reads
 * one character on either side of one in the paragraph.
 */
function readsOnlyItsStanding(text: string, paragraph: ProseParagraph): boolean {
  const { start, end } = paragraph;
  const before = start === 0 ? -1 : text.charCodeAt(start - 1);
  const after = end >= text.length ? -1 : text.charCodeAt(end);
  if (isCellSpace(before) && percentPastSpaces(text, start, end, 1)) return false;
  if (isCellSpace(after) && percentPastSpaces(text, end - 1, start - 1, -1)) return false;
  return !(isHalfWidthDigitCode(after) && isHalfWidthDigitCode(text.charCodeAt(end - 1)));
}

/** Whether the first character that is no space from `from` on (by `step`, before `limit`) is a ％. */
function percentPastSpaces(text: string, from: number, limit: number, step: -1 | 1): boolean {
  let at = from;
  while (at !== limit && isCellSpace(text.charCodeAt(at))) at += step;
  return at !== limit && text.charCodeAt(at) === FULL_WIDTH_PERCENT;
}

/** A space cellEdge reads past: half-width or ideographic. */
function isCellSpace(code: number): boolean {
  return code === 0x20 || code === IDEOGRAPHIC_SPACE;
}

/**
 * Whether full-width is the text's habit: a page from WPS or a web page writes every number so,
 * and a finding on each of a hundred numbers says one thing a hundred times and buries the rest
 * (as numbering/missing-numeral's paste loss). At least PAGE_HABIT_MINIMUM runs, and more of
 * them than half-width digit runs in the same prose; a few slips among half-width numbers stay
 * findings of their own. The half-width runs are counted only then (rarely).
 */

/**
 * The places `runs` stand in, as a reader counts them: a number a PDF's measure cut in two
 * (`３` at a line's end, `５个` below it: the break a wrap whose join is nothing, model/hardWrap.ts;
 * or `８１.` and `５分`, cut at its decimal point) is one place, as it is once the paragraph is joined (or exported and read back).
 */
function placesOf(plan: PlanDocument, runs: readonly Span[]): number {
  const joins = wrapJoins(plan);
  if (joins.length === 0) return runs.length;
  const cut = new Map<number, number>();
  for (const join of joins) if (join.text === "") cut.set(join.start, join.end);
  let places = runs.length;
  for (let i = 1; i < runs.length; i++) {
    const end = runs[i - 1]!.end;
    // Cut at its decimal point (`８１.` at a line's end, `５分` below it): still one number.
    const at = isDecimalPointCode(plan.text.charCodeAt(end)) ? end + 1 : end;
    if (cut.get(at) === runs[i]!.start) places--;
  }
  return places;
}

/** A decimal point as a full-width number is written with: half-width or full-width. */
function isDecimalPointCode(code: number): boolean {
  return code === 0x2e || code === 0xff0e;
}
function isPagesHabit(plan: PlanDocument, runs: readonly Span[]): boolean {
  if (!isPasteHabit(runs.length, 0, PAGE_HABIT_MINIMUM)) return false;
  // Counted only up to the full-width runs' number: past it, the answer is known.
  let halfWidthRuns = 0;
  for (const paragraph of proseParagraphs(plan)) {
    HALF_WIDTH_DIGITS.lastIndex = 0;
    while (halfWidthRuns < runs.length && HALF_WIDTH_DIGITS.exec(paragraph.content) !== null) halfWidthRuns++;
    if (halfWidthRuns >= runs.length) break;
  }
  return isPasteHabit(runs.length, halfWidthRuns, PAGE_HABIT_MINIMUM);
}

/** The half-width percent signs after a digit in the prose, counted up to `enough` (past it, the habit's answer is known). */
function halfWidthSigns(plan: PlanDocument, enough: number): number {
  let count = 0;
  for (const paragraph of proseParagraphs(plan)) {
    HALF_WIDTH_SIGN.lastIndex = 0;
    while (count < enough && HALF_WIDTH_SIGN.exec(paragraph.content) !== null) count++;
    if (count >= enough) break;
  }
  return count;
}

/** A half-width sign after its figure, or alone in its cell after a tab or a pipe (`单位` | `%`). */
const HALF_WIDTH_SIGN = /[0-9０-９\t|｜]%/g;

const PAGE_HABIT_MINIMUM = 5;
const HALF_WIDTH_DIGITS = /[0-9]+(?:\.[0-9]+)?/g;

/** Whether text[start, end) has a character a run can start at: a full-width letter, digit or ％, or an ideographic space. */
function mayHoldRun(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    // Han characters (U+4E00 on) pass the first test and fail the second: two comparisons each.
    if (code >= 0xff05 ? code <= 0xff5a && (isAlnum(code) || code === FULL_WIDTH_PERCENT) : code === IDEOGRAPHIC_SPACE) return true;
  }
  return false;
}

/**
 * A full-width percent sign right after a digit of either width (`95％`, `９５％`): GB/T 15835
 * writes the sign with the Arabic figure it belongs to, half-width as the digits are (`63%～68%`),
 * and the plans do so; a ％ beside half-width digits is the mix the standard's users list as a
 * common slip. A ％ after no digit (`达到 ％`, a blank) is targets/blank's.
 */
function isPercentAfterDigit(text: string, at: number): boolean {
  return text.charCodeAt(at) === FULL_WIDTH_PERCENT && isAnyDigitCode(text.charCodeAt(at - 1));
}

const FULL_WIDTH_PERCENT = 0xff05;

/**
 * A full-width percent sign alone in a table's cell (`指标<TAB>单位<TAB>目标值` / `合格率<TAB>％<TAB>95`,
 * `合格率 | ％ | 95`, a row apart by wide gaps): the unit of the figures of its row, which GB/T 15835
 * writes half-width with them as it does after a figure in the text; and a table whose column
 * mixes ％ and % is the `%` forms mixed the standard's users list as a slip. The cell's edges are
 * a tab, a pipe, a gap of two spaces or an ideographic space, or the line's end, and one of them
 * at least a separator: a ％ alone on a line, or after one space in prose (`达到 ％`, a blank:
 * targets/blank's), is no cell.
 */
function isPercentCell(text: string, at: number): boolean {
  if (text.charCodeAt(at) !== FULL_WIDTH_PERCENT) return false;
  const before = cellEdge(text, at - 1, -1);
  if (before === NO_EDGE) return false;
  const after = cellEdge(text, at + 1, 1);
  return after !== NO_EDGE && (before === SEPARATOR || after === SEPARATOR);
}

const NO_EDGE = 0;
const SEPARATOR = 1;
const LINE_EDGE = 2;
/** A tab, or a pipe of a table written with pipes, either width. */
const CELL_SEPARATORS = codeUnitSet("\t|｜");

/** What bounds a cell from `from` on, reading by `step` (−1 back, +1 on) past the cell's spaces. */
function cellEdge(text: string, from: number, step: -1 | 1): typeof NO_EDGE | typeof SEPARATOR | typeof LINE_EDGE {
  let spaces = 0;
  let wide = false;
  let at = from;
  for (; at >= 0 && at < text.length; at += step) {
    const code = text.charCodeAt(at);
    if (code === IDEOGRAPHIC_SPACE) wide = true;
    else if (code !== 0x20) break;
    spaces++;
  }
  if (at < 0 || at >= text.length || text.charCodeAt(at) === 0x0a || text.charCodeAt(at) === 0x0d) return LINE_EDGE;
  if (CELL_SEPARATORS.has(text.charCodeAt(at))) return SEPARATOR;
  return spaces >= 2 || wide ? SEPARATOR : NO_EDGE;
}

/**
 * The half-width sign for a ％ alone in its cell, ending at `end`: where spaces pad the cell (a
 * table set in columns by spaces, or by pipes), a space after the sign keeps the width the
 * full-width one took, so the next cell stays in its column; before a tab or the line's end the
 * sign alone.
 */
function percentInCell(text: string, end: number): "%" | "% " {
  const next = text.charCodeAt(end);
  return next === 0x20 || next === IDEOGRAPHIC_SPACE ? "% " : "%";
}

/** The half-width figure that ends at `end` (`95`, `86.5`), to show a lone ％ with. */
function figureBefore(text: string, end: number): string {
  let start = end;
  while (start > 0 && (isAnyDigitCode(text.charCodeAt(start - 1)) || (text.charCodeAt(start - 1) === 0x2e && isAnyDigitCode(text.charCodeAt(start - 2))))) start--;
  return text.slice(start, end);
}

/** What a run holds, in the message's words: 数字, 字母, 数字和字母, 数字和百分号, 字母、数字和空格 … */
function kindsOf(written: string): string {
  const kinds = [holds(written, isFullWidthDigitCode) ? "数字" : "", holds(written, isFullWidthLatinCode) ? "字母" : "", written.includes("％") ? "百分号" : "", written.includes("\u3000") ? "空格" : ""].filter((kind) => kind !== "");
  return kinds.length < 3 ? kinds.join("和") : `${kinds.slice(0, -1).join("、")}和${kinds.at(-1)}`;
}
/**
 * A run as it reads, a number text recognition misread written with its digits (text/ocrDigits.ts:
 * `２０Ｚ５年` is ２０２５): its half-width form is `2025`, not `20Z5`, which would tell the drafter to
 * write the misreading (text/ocr-digit reports the letter; either fix first, both end at 2025).
 * The misread numbers are the plan's (misreadNumbersOf), asked at the first run that holds a full-width letter (rarely).
 */
class MisreadDigits {
  private misread: readonly MisreadNumber[] | null = null;
  private readonly text: string;

  constructor(private readonly plan: PlanDocument) {
    this.text = plan.text;
  }

  of(run: Span): string {
    const written = this.text.slice(run.start, run.end);
    if (!holds(written, isFullWidthLatinCode)) return written;
    // The plan's reading, which text/ocr-digit and targets/horizon share.
    this.misread ??= misreadNumbersOf(this.plan);
    let out = "";
    let at = run.start;
    for (const number of this.misread) {
      if (number.end <= run.start || number.start >= run.end) continue;
      const from = Math.max(number.start, run.start);
      const to = Math.min(number.end, run.end);
      out += this.text.slice(at, from) + number.digits.slice(from - number.start, to - number.start);
      at = to;
    }
    return out + this.text.slice(at, run.end);
  }
}

/** The run with the half-width letters and digits its term goes on in, where it starts or ends at the term's space. */
function termAround(text: string, run: Span): string {
  let start = run.start;
  let end = run.end;
  if (text.charCodeAt(start) === IDEOGRAPHIC_SPACE) while (start > 0 && isTermCode(text.charCodeAt(start - 1))) start--;
  if (text.charCodeAt(end - 1) === IDEOGRAPHIC_SPACE) while (end < text.length && isTermCode(text.charCodeAt(end))) end++;
  return text.slice(start, end);
}

/** A character of a code or a name of Latin letters (`GB/T`, `ISO/IEC`, `PM2.5`). */
function isTermCode(code: number): boolean {
  return isLatinOrDigit(code) || TERM_MARKS.has(code);
}

const TERM_MARKS = codeUnitSet("/-._／－．");

/** A run of full-width X only: a placeholder (ＸＸ单位), text/placeholder's. */
const PLACEHOLDER = /^[Ｘｘ]+$/u;

/** A full-width digit or Latin letter, as text/codeUnits.ts reads them. */
function isAlnum(code: number): boolean {
  return isFullWidthDigitCode(code) || isFullWidthLatinCode(code);
}

function holds(written: string, test: (code: number) => boolean): boolean {
  for (let i = 0; i < written.length; i++) if (test(written.charCodeAt(i))) return true;
  return false;
}

/**
 * An ideographic space between two words of Latin letters, or of letters and digits, of either
 * width (`ＩＳＯ　９００１`, `ISO　9001`, as model/hardWrap.ts reads the space a break took): the
 * input method's full-width mode and a 半角转全角 conversion write the space of a term as U+3000,
 * and model/hardWrap.ts gives one back where a break between full-width characters took it. It is
 * the term's, written half-width with it (`ISO 9001`); left, the fix of the letters would make
 * `ISO　9001`, which a fix-all pass that also joins the break makes too: so a U+3000 between
 * half-width words is the same width slip. Between digits alone (`１０　１２`, a table's cells
 * in a row) it is a gap, not a term's space.
 */
function isSpaceInTerm(text: string, at: number): boolean {
  if (text.charCodeAt(at) !== IDEOGRAPHIC_SPACE) return false;
  const before = text.charCodeAt(at - 1);
  const after = text.charCodeAt(at + 1);
  return (isAnyLatinCode(before) && isLatinOrDigit(after)) || (isLatinOrDigit(before) && isAnyLatinCode(after));
}

function isLatinOrDigit(code: number): boolean {
  return isAnyLatinCode(code) || isAnyDigitCode(code);
}

const IDEOGRAPHIC_SPACE = 0x3000;

/**
 * A half-width digit inside a full-width number (`２0２５年`: text recognition of a full-width year
 * read one digit half-width): the number's, one run with its full-width digits, all written
 * half-width by the fix (`2025年`). Asked after a full-width digit: a stretch of half-width digits
 * that a full-width digit ends.
 */
function isHalfWidthDigitInNumber(text: string, at: number): boolean {
  if (!isHalfWidthDigitCode(text.charCodeAt(at)) || !(isFullWidthDigitCode(text.charCodeAt(at - 1)) || isHalfWidthDigitCode(text.charCodeAt(at - 1)))) return false;
  let end = at;
  while (isHalfWidthDigitCode(text.charCodeAt(end))) end++;
  return isFullWidthDigitCode(text.charCodeAt(end));
}

const isHalfWidthDigitCode = (code: number) => isAnyDigitCode(code) && !isFullWidthDigitCode(code);

/** A point (．, or . typed between full-width digits) between two full-width digits: a decimal point. */
function isPointBetweenDigits(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  return (code === 0xff0e || code === 0x2e) && isFullWidthDigitCode(text.charCodeAt(at - 1)) && isFullWidthDigitCode(text.charCodeAt(at + 1));
}

function halfWidth(written: string): string {
  let out = "";
  for (let i = 0; i < written.length; i++) {
    const code = written.charCodeAt(i);
    out += code >= 0xff01 ? String.fromCharCode(code - 0xfee0) : code === IDEOGRAPHIC_SPACE ? " " : written[i];
  }
  return out;
}
