import type { Span } from "../model/types.js";
import type { WrapJoin } from "../model/hardWrap.js";
import { movedSpan } from "../text/changedSpan.js";
import { codeUnitSet, digitValueOfCode, isAnyDigitCode, isAnyLatinCode } from "../text/codeUnits.js";
import { isSpaceCode } from "./chars.js";
import { memoPerParagraph } from "./paragraphMemo.js";
import { isOwned, type ProseParagraph } from "./prose.js";

/**
 * A range of years joined by a mark other than the 一字线 (`2023-2027年`, `2023年–2025年`,
 * `（2021~2035）`): `dash` is what lies between the two years, the mark and any spaces around it.
 */
export interface YearRangeDash {
  /** The range as written, from the first year's first digit to the second year's end (its 年 included). */
  range: Span;
  dash: Span;
}

/** The 一字线 GB/T 15834 asks for between the ends of a time range. */
export const EN_RULE = "—";

const EM_DASH = 0x2014;
const YEAR_CHAR = 0x5e74; // 年
const FULL_WIDTH_OPEN = 0xff08; // （
const FULL_WIDTH_CLOSE = 0xff09; // ）

/**
 * The marks typed in place of the 一字线: the hyphen-minus and its full-width form, the hyphen,
 * the non-breaking hyphen, the figure dash, the en dash (Word's "–" from `--`), the minus sign,
 * the horizontal bar, and the tilde typed half-width. A doubled 一字线 (`——`) is the 破折号 and
 * is checked apart; the full-width 浪纹线 `～` is allowed for time ranges too.
 */
function isWrongDash(code: number): boolean {
  // Compared, not looked up in a set: the detector reads every code unit of the plan.
  return code === 0x2d || code === 0x7e || (code >= 0x2010 && code <= 0x2013) || code === 0x2015 || code === 0x2212 || code === 0xff0d;
}

/**
 * Year ranges whose two years are joined by anything but one 一字线. GB/T 15834—2011 4.13.3
 * joins the ends of a time range with the 一字线 (`2021—2035年`; the 浪纹线 `～` is allowed
 * too), keeps the hyphen for numbers such as dates written with digits (2024-05-08), and the
 * 破折号 `——` marks an explanation, never a range. A range counts as one when the years are
 * real ones in order (1900–2099, the second later, at most 50 years on) and the text says they
 * are years: a 年 after either, or brackets round the pair (`规划（2021-2035）`). Codes that
 * hold digits (`GB/T 2021-2023`, `0797-2021`) are left alone: a year joined to a Latin letter,
 * a digit, `/`, `.` or another dash on its outer side is not read.
 */
export const yearRangeDashes = memoPerParagraph(findYearRangeDashes, (found: YearRangeDash, by: number) => ({
  range: movedSpan(found.range, by),
  dash: movedSpan(found.dash, by),
}));

function findYearRangeDashes(text: string, paragraph: ProseParagraph): YearRangeDash[] {
  const found: YearRangeDash[] = [];
  const { start, end } = paragraph;
  for (let at = start; at < end; at++) {
    const code = text.charCodeAt(at);
    const doubled = code === EM_DASH && text.charCodeAt(at + 1) === EM_DASH && at + 1 < end;
    if (!doubled && !isWrongDash(code)) continue;
    const dashEnd = at + (doubled ? 2 : 1);
    const range = yearRangeAround(text, at, dashEnd, start, end);
    if (range !== null && !isOwned(paragraph, at)) found.push(range);
    if (doubled) at++;
  }
  return found;
}

/**
 * How far either side of a wrap's break a range that crosses it may reach: both years with their
 * 年, a doubled dash and spaces (`2011年 —— 2020`), and the character before the first year.
 */
const ACROSS_REACH = 16;

/**
 * Ranges a PDF's measure cut (`实施方案（2023-` / `2027年）`, model/hardWrap.ts): each paragraph
 * ends at its line, so a range across a wrap is read here, in the text as structure/hard-wrap's
 * fix will join it. `written` is the range as read, without the break; `dashAt` where its mark is in it.
 */
export function yearRangeDashesAcrossWraps(text: string, joins: readonly WrapJoin[]): Array<YearRangeDash & { written: string; dashAt: number }> {
  const found: Array<YearRangeDash & { written: string; dashAt: number }> = [];
  for (const join of joins) {
    if (join.text !== "") continue;
    // The window stays on the two lines the join makes one.
    let from = join.start;
    while (from > join.start - ACROSS_REACH && from > 0 && !isLineEnd(text.charCodeAt(from - 1))) from--;
    let to = join.end;
    while (to < join.end + ACROSS_REACH && to < text.length && !isLineEnd(text.charCodeAt(to))) to++;
    const cut = join.start - from;
    const window = text.slice(from, join.start) + text.slice(join.end, to);
    const place = (at: number, isEnd: boolean) => (at < cut || (isEnd && at === cut) ? from + at : join.end + at - cut);
    for (let at = 0; at < window.length; at++) {
      const code = window.charCodeAt(at);
      const doubled = code === EM_DASH && window.charCodeAt(at + 1) === EM_DASH;
      if (!doubled && !isWrongDash(code)) continue;
      const range = yearRangeAround(window, at, at + (doubled ? 2 : 1), 0, window.length);
      if (doubled) at++;
      // Only a range the break runs through: the others are the paragraphs' own.
      if (range === null || range.range.start >= cut || range.range.end <= cut) continue;
      found.push({
        range: { start: place(range.range.start, false), end: place(range.range.end, true) },
        dash: { start: place(range.dash.start, false), end: place(range.dash.end, true) },
        written: window.slice(range.range.start, range.range.end),
        dashAt: range.dash.start - range.range.start,
      });
    }
  }
  return found;
}

function isLineEnd(code: number): boolean {
  return code === 10 || code === 13;
}

/** The year range whose joining mark is text[dashStart, dashEnd), within [lower, upper); null when it is none. */
function yearRangeAround(text: string, dashStart: number, dashEnd: number, lower: number, upper: number): YearRangeDash | null {
  // Back over spaces and a 年 to the first year.
  let left = dashStart;
  while (left > lower && isSpaceCode(text.charCodeAt(left - 1))) left--;
  const firstHasYear = left > lower && text.charCodeAt(left - 1) === YEAR_CHAR;
  const firstEnd = firstHasYear ? left - 1 : left;
  const first = yearEndingAt(text, firstEnd, lower);
  if (first === null) return null;
  // On over spaces to the second year and its 年.
  let right = dashEnd;
  while (right < upper && isSpaceCode(text.charCodeAt(right))) right++;
  const second = yearStartingAt(text, right, upper);
  if (second === null || second.value <= first.value || second.value - first.value > 50) return null;
  const secondHasYear = text.charCodeAt(second.end) === YEAR_CHAR && second.end < upper;
  const rangeEnd = secondHasYear ? second.end + 1 : second.end;
  if (!secondHasYear && joinsCode(text.charCodeAt(second.end))) return null;
  // Nothing says they are years: only a bracketed pair (`（2021-2035）`) is taken as a range.
  if (!firstHasYear && !secondHasYear && !(isOpening(text.charCodeAt(first.start - 1)) && isClosing(text.charCodeAt(second.end)))) return null;
  return { range: { start: first.start, end: rangeEnd }, dash: { start: left, end: right } };
}

/** The four-digit year 19xx/20xx whose last digit is at `end - 1`, not part of a longer number or code. */
function yearEndingAt(text: string, end: number, lower: number): { start: number; value: number } | null {
  const start = end - 4;
  if (start < lower) return null;
  const value = yearValue(text, start);
  if (value === null || joinsCode(text.charCodeAt(start - 1)) || codeBeforeSpaces(text, start - 1, lower)) return null;
  return { start, value };
}

function yearStartingAt(text: string, start: number, upper: number): { end: number; value: number } | null {
  if (start + 4 > upper) return null;
  const value = yearValue(text, start);
  return value === null ? null : { end: start + 4, value };
}

function yearValue(text: string, start: number): number | null {
  let value = 0;
  for (let i = start; i < start + 4; i++) {
    // Either width: a WPS or web copy writes the years full-width (２０２３-２０２７年), the same range.
    const digit = digitValueOfCode(text.charCodeAt(i));
    if (digit < 0) return null;
    value = value * 10 + digit;
  }
  return value >= 1900 && value <= 2099 ? value : null;
}

/**
 * A character that makes digits beside it part of a code, a number or a date: Latin letters,
 * digits, `/ . - _ :`, and their full-width forms as a WPS copy writes a code (`ＧＢ／Ｔ ２０２１-２０２３`)
 * — but not the full-width colon `：`, which is Chinese prose's (`时间：2023-2025年`).
 */
function joinsCode(code: number): boolean {
  return isAnyDigitCode(code) || isAnyLatinCode(code) || CODE_MARKS.has(code);
}

/** The marks inside a code, either width, but the colon half-width only (`：` is prose's). */
const CODE_MARKS = codeUnitSet("/.-_:／．－＿");

/** `GB/T 2021-2023`: a standard's or a product's code before a space. */
function codeBeforeSpaces(text: string, at: number, lower: number): boolean {
  let i = at;
  while (i >= lower && (text.charCodeAt(i) === 0x20 || text.charCodeAt(i) === 0x3000)) i--;
  return i < at && i >= lower && joinsCode(text.charCodeAt(i));
}

function isOpening(code: number): boolean {
  return code === FULL_WIDTH_OPEN || code === 0x28;
}

function isClosing(code: number): boolean {
  return code === FULL_WIDTH_CLOSE || code === 0x29;
}
