import type { Span } from "../model/types.js";
import { COUNT_UNITS } from "./figureWords.js";

/**
 * Figures written in Chinese numerals (九成, 两个, 十二项, 一百二十家): a clause's text with them
 * written in Arabic figures, so that targets/extract.ts reads it as it reads `90%`, `2个`, and
 * the way back to the offsets of the text as written.
 *
 * Only a numeral before a measure word (or 成, or a score's 分 where the figure ends) is a figure. Fixed expressions are not: 两个维护 and
 * 两个确立 (the words after the measure word), 三个一批 and 五个一 (a numeral after it), 一批,
 * 一些 (vague) and 一支 (the article of 一支…队伍), 十大行动 and “十四五” (no measure word), 第三方 and 数十个 (an ordinal, an
 * estimate), 百家, 千家万户 (a bare 百 or 千 is a manner of speaking), a numeral just after an
 * opening quote (“三个一”).
 */

/**
 * The measure words of a count, from the one list (figureWords.ts COUNT_UNITS: things, people
 * and what is done for them, 三千人次, 一万台件, 两千家次; what is built, 五公里; sums in 万元 or
 * 亿元, a bare 元 being no plan's sum), and 成, a share in words. Less the ones a small numeral makes a
 * word or a figure of speech with, not a count: 张 (一张网, 一张蓝图), 次 (一次性, 一次办好, 三次
 * 产业; 人次, 批次 … stay), 期 (一期工程, 二期项目: a phase's name) and 轮 (新一轮, 一轮又一轮) —
 * read only after a numeral of ten and more, or with 余, 多 or 万 (两百张, 三千余次, 二十期, 一万张:
 * no figure of speech is written so), SPEECH_MEASURE.
 */
const FIGURES_OF_SPEECH = new Set(["张", "次", "期", "轮"]);
const SPEECH_MEASURE = [...FIGURES_OF_SPEECH].join("|");
/** The least numeral a figure-of-speech measure word counts after (十张; 一张网, 三次产业 are words). */
const LEAST_COUNTED_IN_SPEECH = 10;
/**
 * 分, a score (满意度达到八十五分以上), only where the figure ends on it: before 以上, 左右 … or a
 * mark. 分 before another character is a word (三分之一, 九十分钟, 十分重要, 一分部署).
 */
const SCORE = "分(?=(?:及|或)?以[上下内]|左右|[，。；;、,）)]|$)";
const MEASURE = `${COUNT_UNITS.split("|").filter((unit) => !FIGURES_OF_SPEECH.has(unit)).join("|")}|成|${SCORE}`;
/** A numeral before a measure word (万 between them or not), or 翻一番: what a clause with no Arabic figure is tested for, once. */
export const CHINESE_FIGURE_HINT = new RegExp(`[一二两三四五六七八九十百千](?:余|多)?万?(?:${MEASURE})|[一二两三四五六七八九十百千](?:(?:余|多)万?|万)(?:${SPEECH_MEASURE})|[十百千](?:${SPEECH_MEASURE})|翻[一两二三]番`);
/**
 * The numerals to write in Arabic figures. Groups: 1 and 2 a share in 成 and its tenths (九成八 is
 * 98%, as 九成 is 90%), 3 a doubling's numeral, 4 the numeral (to 九千九百九十九), 5 余 or 多, 6 a
 * magnitude 万 (五万人 is 5万人: the unit COUNT_UNITS reads), 7 the measure word. Not after an ordinal or an estimate (第, 数, 几, 上, 每), nor after an opening quote; not
 * before another numeral (三个一批) nor the words of the fixed expressions.
 */
const FIGURE = new RegExp(
  `(?<![第数几上每“‘"「《零〇一二两三四五六七八九十百千万])([一二三四五六七八九])成([一二三四五六七八九])(?![零〇一二两三四五六七八九十百千万]|${MEASURE})|翻([一两二三])番|(?<![第数几上每“‘"「《零〇一二两三四五六七八九十百千万])([零〇一二两三四五六七八九十百千]+)(余|多)?(万)?(${MEASURE}|${SPEECH_MEASURE})(?![零〇一二两三四五六七八九十千万]|百(?!分点)|维护|确立)`,
  "g",
);
/**
 * A numeral and a range's dash or 至 just before a figure (五至|三到|一—): the range's lower end,
 * under FIGURE's conditions (not after an ordinal, an estimate, a quote or another numeral).
 */
const RANGE_START = /(?<![第数几上每“‘"「《零〇一二两三四五六七八九十百千万])([零〇一二两三四五六七八九十百]+)(?:至|到|[—–~～-]{1,2})$/;
/** 翻一番 is a rise of 100 %, 翻两番 (four times) of 300 %. */
const DOUBLINGS: Record<string, number> = { 一: 100, 两: 300, 二: 300, 三: 700 };

/** Measure words that 一 before them makes an article, not a count: 一批 (some), 一支…队伍 (a team). */
const ARTICLE_MEASURES = new Set(["批", "支"]);

const DIGIT: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/**
 * The value of a numeral from 一 to 九千九百九十九 as plans write one (十二, 二十, 一百零五, 两百,
 * 三千, 两千五百, 一千零五十), or null: a bare 百 or 千, a 两 inside a longer numeral (十两), a
 * spoken 三千五 (3500 or 3005?), and anything else malformed.
 */
export function chineseNumeralValue(numeral: string): number | null {
  const thousands = /^([一二两三四五六七八九])千/.exec(numeral);
  if (thousands) {
    const below = numeral.slice(2);
    if (below === "") return DIGIT[thousands[1]!]! * 1000;
    // 一千零五十 says its 零; without one, what follows is the hundreds (两千五百).
    const zero = below[0] === "零" || below[0] === "〇";
    const rest = zero ? chineseNumeralValue(below.slice(1)) : hundredsValue(below);
    if (rest === null || (zero ? rest >= 100 : rest < 100)) return null;
    return DIGIT[thousands[1]!]! * 1000 + rest;
  }
  return hundredsValue(numeral);
}

/** chineseNumeralValue below a thousand. */
function hundredsValue(numeral: string): number | null {
  if (numeral === "") return null;
  let rest = numeral;
  let value = 0;
  const hundreds = /^([一二两三四五六七八九])百/.exec(rest);
  if (hundreds) {
    value = DIGIT[hundreds[1]!]! * 100;
    rest = rest.slice(2);
    if (rest === "") return value;
    // 一百零五 says its 零; 一百五 (150) is spoken, not written, and is not read.
    if (rest.length === 2 && (rest[0] === "零" || rest[0] === "〇") && ONES.test(rest[1]!)) return value + DIGIT[rest[1]!]!;
  }
  const tens = /^([一二三四五六七八九])?十/.exec(rest);
  if (tens) {
    // After 百 the tens say their digit (一百一十).
    if (hundreds && !tens[1]) return null;
    value += (tens[1] ? DIGIT[tens[1]]! : 1) * 10;
    rest = rest.slice(tens[0].length);
  } else if (hundreds) return null;
  if (rest === "") return value;
  if (rest.length === 1 && ONES.test(rest)) return value + DIGIT[rest]!;
  // 两 is 2 on its own only (两个), never a digit of a longer numeral (十两).
  return rest === "两" && !tens && !hundreds ? 2 : null;
}

const ONES = /^[一二三四五六七八九]$/;

/** A clause in Arabic figures, and its offsets back to the clause as written. */
export interface InArabicFigures {
  text: string;
  /** Where an offset that starts a span is in the clause as written. */
  start(offset: number): number;
  /** Where an offset that ends a span is in the clause as written. */
  end(offset: number): number;
  /** Whether a span of the converted text holds a figure written anew. */
  changes(span: Span): boolean;
}

interface Change {
  /** Where the figure is in the converted text, and in the text as written. */
  from: number;
  to: number;
  writtenFrom: number;
  writtenTo: number;
}

/**
 * `clause` with each figure in Chinese numerals written in Arabic figures (九成 → 90%, 十二项 →
 * 12项, 翻一番 → 翻100%), or null when it has none.
 */
export function inArabicFigures(clause: string): InArabicFigures | null {
  const changes: Change[] = [];
  let text = "";
  let at = 0;
  for (const match of clause.matchAll(FIGURE)) {
    const [, tens, tenths, doubled, numeral, more, magnitude, measure] = match as unknown as [string, string | undefined, string | undefined, string | undefined, string, string | undefined, string | undefined, string];
    if (tens !== undefined && tenths !== undefined) {
      // 九成八: nine tenths and eight hundredths, 98%, written where its three characters stand.
      const written = `${DIGIT[tens]! * 10 + DIGIT[tenths]!}%`;
      text += clause.slice(at, match.index);
      changes.push({ from: text.length, to: text.length + written.length, writtenFrom: match.index, writtenTo: match.index + 3 });
      text += written;
      at = match.index + 3;
      continue;
    }
    if (doubled) {
      // 翻一番 reads as a rise (翻, the comparator) of 100%, the value written 一番.
      const written = `${DOUBLINGS[doubled]}%`;
      text += clause.slice(at, match.index + 1);
      changes.push({ from: text.length, to: text.length + written.length, writtenFrom: match.index + 1, writtenTo: match.index + 3 });
      text += written;
      at = match.index + 3;
      continue;
    }
    // 百余家, 千余项: more than a hundred, a thousand (a bare 百 or 千 alone is a manner of speaking).
    const value = more !== undefined && (numeral === "百" || numeral === "千") ? (numeral === "百" ? 100 : 1000) : chineseNumeralValue(numeral);
    // 一批 is a vague some, not one; 一支 the article of 一支…队伍 (a team built, no count of
    // teams); 十成 and more is no share.
    // A score is a figure of ten and more (十分 is "very", whatever follows it).
    if (value === null || value === 0 || (value === 1 && ARTICLE_MEASURES.has(measure)) || (FIGURES_OF_SPEECH.has(measure) && value < LEAST_COUNTED_IN_SPEECH && more === undefined && magnitude === undefined) || (measure === "成" && (value > 10 || more !== undefined || magnitude !== undefined)) || (measure === "分" && (value <= 10 || magnitude !== undefined))) continue;
    const written = measure === "成" ? `${value * 10}%` : String(value);
    const writtenTo = match.index + numeral.length + (measure === "成" ? 1 : 0);
    // 五至八家, 三到五个: the lower end of a range has no measure word of its own, yet is the
    // figure the range starts from; left in words, it was read into the indicator (…企业五至).
    const lower = measure === "成" ? null : RANGE_START.exec(clause.slice(at, match.index));
    const lowerValue = lower ? chineseNumeralValue(lower[1]!) : null;
    if (lower && lowerValue !== null && lowerValue > 0 && lowerValue < value) {
      const lowerFrom = match.index - lower[0].length;
      text += clause.slice(at, lowerFrom);
      const lowerWritten = String(lowerValue);
      changes.push({ from: text.length, to: text.length + lowerWritten.length, writtenFrom: lowerFrom, writtenTo: lowerFrom + lower[1]!.length });
      text += lowerWritten;
      at = lowerFrom + lower[1]!.length;
    }
    text += clause.slice(at, match.index);
    changes.push({ from: text.length, to: text.length + written.length, writtenFrom: match.index, writtenTo });
    text += written;
    at = writtenTo;
  }
  if (changes.length === 0) return null;
  text += clause.slice(at);
  /** The last change that starts at or before `offset`, or null. */
  const before = (offset: number): Change | null => {
    let found: Change | null = null;
    for (const change of changes) if (change.from <= offset) found = change;
    return found;
  };
  return {
    text,
    start(offset) {
      const change = before(offset);
      if (!change) return offset;
      return offset < change.to ? change.writtenFrom : offset - change.to + change.writtenTo;
    },
    end(offset) {
      const change = before(offset - 1);
      if (!change) return offset;
      return offset <= change.to ? change.writtenTo : offset - change.to + change.writtenTo;
    },
    changes(span) {
      return changes.some((change) => change.from < span.end && span.start < change.to);
    },
  };
}
