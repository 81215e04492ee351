import type { Span } from "../syntax/cst.js";
import { ANY_DIGIT, halfWidthDigits } from "../text/codeUnits.js";
import { sortByStart } from "../text/sorted.js";

/**
 * Calendar dates as plans write them: 2024年3月22日, 二〇二四年三月二十二日, 2024-03-22, and the
 * run-together 2024322 of a careless paste. What the date rules and the prelude share: reading
 * them, and knowing which can exist. A WPS or web copy writes the digits full-width
 * (２０２４年３月２２日): the same date (text/full-width-alnum reports the width).
 */
export interface CalendarDate {
  year: number;
  month: number;
  /** Null when only the month is written (2024年3月). */
  day: number | null;
}

export interface DateMention extends Span, CalendarDate {
  /** How the date is written: with 年月日 (Arabic or Chinese numerals), with a separator, or as one run of digits. */
  form: "written" | "separated" | "digits";
}

const MIN_YEAR = 1949;
const MAX_YEAR = 2099;

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Whether the month (and day, if any) can exist in that year. */
export function isPossibleDate(date: CalendarDate): boolean {
  if (date.month < 1 || date.month > 12) return false;
  return date.day === null || (date.day >= 1 && date.day <= daysInMonth(date.year, date.month));
}

export function formatChineseDate(date: CalendarDate): string {
  return `${date.year}年${date.month}月${date.day === null ? "" : `${date.day}日`}`;
}

/** Orders two dates; a missing day counts as the first of the month. */
export function compareDates(a: CalendarDate, b: CalendarDate): number {
  return a.year - b.year || a.month - b.month || (a.day ?? 1) - (b.day ?? 1);
}

/**
 * The zero of a year in Chinese numerals is 〇 (U+3007); a typist reaches for what looks like it:
 * 零, the circles ○ (U+25CB) and ◯ (U+25EF), a letter O (full-width or not) or a digit 0. Read
 * as zero only among Chinese numerals (二○二四, 二O二四): alone they are no numeral.
 */
const CHINESE_DIGITS: Readonly<Record<string, number>> = { 〇: 0, 零: 0, "○": 0, "◯": 0, Ｏ: 0, O: 0, "０": 0, "0": 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const CHINESE_NUMERAL = /[〇零一二三四五六七八九]/;

/** 2024 → 2024; 二〇二四, 二○二四 (digit by digit) → 2024; 十二, 二十二, 三十一 → 12, 22, 31. */
function numberValue(written: string): number | null {
  if (/^[0-9０-９]+$/.test(written)) return Number(halfWidthDigits(written));
  if (!CHINESE_NUMERAL.test(written)) return null;
  const ten = written.indexOf("十");
  if (ten < 0) {
    let value = 0;
    for (const ch of written) {
      const digit = CHINESE_DIGITS[ch];
      if (digit === undefined) return null;
      value = value * 10 + digit;
    }
    return value;
  }
  if (written.indexOf("十", ten + 1) >= 0 || written.length > 3) return null;
  const tens = ten === 0 ? 1 : CHINESE_DIGITS[written[0]!];
  const ones = ten === written.length - 1 ? 0 : CHINESE_DIGITS[written[written.length - 1]!];
  return tens === undefined || ones === undefined ? null : tens * 10 + ones;
}

const YEAR = "([0-9０-９]{4}|[〇零一二三四五六七八九○◯ＯO０0]{4})";
const SMALL = "([0-9０-９]{1,2}|[〇零一二三四五六七八九十]{1,3})";
// No look-behind: it would cost a check at every character (V8 cannot skip ahead to a
// candidate); the character before a match is checked in code instead.
const WRITTEN = new RegExp(`${YEAR}[ \\t\\u3000]*年[ \\t\\u3000]*${SMALL}[ \\t\\u3000]*月(?:[ \\t\\u3000]*${SMALL}[ \\t\\u3000]*日)?`, "g");
const SEPARATED = /([0-9０-９]{4})([-./．])([0-9０-９]{1,2})\2([0-9０-９]{1,2})(?![0-9０-９.．\-/])/g;
const SEPARATED_HINT = /[0-9０-９][-./．][0-9０-９]/;
const NUMERAL_BEFORE = /[0-9０-９〇零一二三四五六七八九十○◯]/;
const SEPARATED_BEFORE = /[0-9０-９.．\-/]/;

/** A month and day written without their year (6月31日, 每年3月15日前): a deadline that recurs. */
export interface MonthDayMention extends Span {
  month: number;
  day: number;
}

const MONTH_DAY = /([0-9０-９]{1,2})[ \t\u3000]*月[ \t\u3000]*([0-9０-９]{1,2})[ \t\u3000]*日/g;
/** What stands before a month of a full date (2024年6月31日: datesIn's) or of a longer figure; 每年6月 is no year's. */
const PART_OF_LONGER = /(?:[0-9０-９〇零一二三四五六七八九○◯][ \t\u3000]*年[ \t\u3000]*|[0-9０-９])$/;
/** A leap year: the most days each month can have, without its year (2月29日 may exist). */
export const ANY_LEAP_YEAR = 2000;

/** Every month and day written without a year in `text` (offsets are `offset` plus the index in `text`). */
export function monthDaysIn(text: string, offset = 0): MonthDayMention[] {
  const found: MonthDayMention[] = [];
  if (!text.includes("月")) return found;
  MONTH_DAY.lastIndex = 0;
  for (let match = MONTH_DAY.exec(text); match !== null; match = MONTH_DAY.exec(text)) {
    if (PART_OF_LONGER.test(text.slice(Math.max(0, match.index - 6), match.index))) continue;
    found.push({ start: offset + match.index, end: offset + match.index + match[0].length, month: Number(halfWidthDigits(match[1]!)), day: Number(halfWidthDigits(match[2]!)) });
  }
  return found;
}

/** Whether a month and day can exist in some year. */
export function isPossibleMonthDay(date: MonthDayMention): boolean {
  return date.month >= 1 && date.month <= 12 && date.day >= 1 && date.day <= daysInMonth(ANY_LEAP_YEAR, date.month);
}

/** Every date written in `text` from `offset` on (offsets are `offset` plus the index in `text`). */
export function datesIn(text: string, offset = 0): DateMention[] {
  const dates: DateMention[] = [];
  if (text.includes("年")) writtenDates(text, offset, dates);
  if (SEPARATED_HINT.test(text)) separatedDates(text, offset, dates);
  return sortByStart(dates);
}

function writtenDates(text: string, offset: number, dates: DateMention[]): void {
  for (const match of text.matchAll(WRITTEN)) {
    if (match.index > 0 && NUMERAL_BEFORE.test(text[match.index - 1]!)) continue;
    const year = numberValue(match[1]!);
    const month = numberValue(match[2]!);
    const day = match[3] === undefined ? null : numberValue(match[3]);
    if (year === null || month === null || (match[3] !== undefined && day === null)) continue;
    if (year < MIN_YEAR || year > MAX_YEAR) continue;
    dates.push({ start: offset + match.index, end: offset + match.index + match[0].length, year, month, day, form: "written" });
  }
}

function separatedDates(text: string, offset: number, dates: DateMention[]): void {
  for (const match of text.matchAll(SEPARATED)) {
    if (match.index > 0 && SEPARATED_BEFORE.test(text[match.index - 1]!)) continue;
    const year = Number(halfWidthDigits(match[1]!));
    if (year < MIN_YEAR || year > MAX_YEAR) continue;
    dates.push({ start: offset + match.index, end: offset + match.index + match[0].length, year, month: Number(halfWidthDigits(match[3]!)), day: Number(halfWidthDigits(match[4]!)), form: "separated" });
  }
}

/**
 * A date typed as one run of digits: 2024322, 20240322, and as a WPS copy writes it, ２０２４３２２
 * (each digit of either width: the same run).
 */
export const RUN_TOGETHER_DATE = new RegExp(`^([1１][9９][5-9５-９]${ANY_DIGIT}|[2２][0０]${ANY_DIGIT}{2})(${ANY_DIGIT}{2,4})$`);

/**
 * The dates a run of digits can stand for: 2024322 → 2024年3月22日 only (3月22日; 32月2日
 * cannot be); 2024112 → 1月12日 or 11月2日. Month and day may carry a leading zero (20240322).
 */
export function readingsOfDigitRun(run: string): CalendarDate[] {
  const match = RUN_TOGETHER_DATE.exec(run);
  if (!match) return [];
  const year = Number(halfWidthDigits(match[1]!));
  const rest = halfWidthDigits(match[2]!);
  const readings: CalendarDate[] = [];
  for (let split = 1; split < rest.length; split++) {
    const monthText = rest.slice(0, split);
    const dayText = rest.slice(split);
    if (monthText.length > 2 || dayText.length > 2) continue;
    const date = { year, month: Number(monthText), day: Number(dayText) };
    if (isPossibleDate(date)) readings.push(date);
  }
  return readings;
}

const GAP = "[ \\t\\u3000]*";
const DATE_LINE_WRITTEN = new RegExp(`^${YEAR}${GAP}年${GAP}${SMALL}${GAP}月${GAP}${SMALL}${GAP}日?$`);
const DATE_LINE_SEPARATED = new RegExp(`^([0-9０-９]{4})${GAP}([-./．])${GAP}([0-9０-９]{1,2})${GAP}\\2${GAP}([0-9０-９]{1,2})$`);

/**
 * The date of a line that is a full date and nothing else, however it is written: 2024年5月8日,
 * and the forms a 成文日期 should not take — 2024.5.8, 2024-05-08, 2024年5月8 (日 lost),
 * 2024年05月08日, 二〇二四年五月八日. Null for anything else (a date in a sentence, a month alone,
 * a run of digits). The span is the trimmed content's.
 */
export function dateOfDateLine(content: string, offset = 0): DateMention | null {
  const trimmed = content.trim();
  if (trimmed === "" || trimmed.length > 24) return null;
  const start = offset + content.indexOf(trimmed);
  const written = DATE_LINE_WRITTEN.exec(trimmed);
  if (written) {
    const [year, month, day] = [numberValue(written[1]!), numberValue(written[2]!), numberValue(written[3]!)];
    if (year === null || month === null || day === null || year < MIN_YEAR || year > MAX_YEAR) return null;
    return { start, end: start + trimmed.length, year, month, day, form: "written" };
  }
  const separated = DATE_LINE_SEPARATED.exec(trimmed);
  if (!separated) return null;
  const year = Number(halfWidthDigits(separated[1]!));
  if (year < MIN_YEAR || year > MAX_YEAR) return null;
  return { start, end: start + trimmed.length, year, month: Number(halfWidthDigits(separated[3]!)), day: Number(halfWidthDigits(separated[4]!)), form: "separated" };
}

/**
 * The date a date line states: the line's one full date however written, else the first date
 * written in it, else the one reading of a digit run (2024322 → 2024年3月22日); null when there
 * is none or the run reads two ways.
 */
export function dateOfLine(content: string, offset = 0): DateMention | null {
  const whole = dateOfDateLine(content, offset);
  if (whole) return whole;
  const written = datesIn(content, offset)[0];
  if (written) return written;
  const trimmed = content.trim();
  const readings = readingsOfDigitRun(trimmed);
  if (readings.length !== 1) return null;
  const start = offset + content.indexOf(trimmed);
  return { ...readings[0]!, start, end: start + trimmed.length, form: "digits" };
}
