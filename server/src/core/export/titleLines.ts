import { ADVERB, CLOSING, CONJUNCTIONS, GENRE_NOUN, LEANS_ON, MAX_TITLE, namesItsTable, OPENING, ORGANISATION_END, readTitleRest, segmenter, titleGoesOnTo, type TitleRest, VERB, VERB_END } from "../model/titleBreaks.js";
import { SIZE_PT, TYPE_WIDTH, wordWidth } from "./gongwen.js";

/**
 * Where a title longer than a line is broken (GB/T 9704—2012 §7.3.1: 回行时要做到词意完整，排列
 * 对称): between words, into lines of balanced length, each as wide as Word sets it in 2号 (22 pt,
 * no character spacing, the space Word adds next to digits included) and no wider than the type
 * area, a tenth of a character kept spare for each digit or Latin letter (halfWidthSlack).
 *
 * Every gap between two characters has a cost (breakCosts). Nothing at the joints a title's
 * grammar gives: before its 关于, after 关于印发/转发/对, between joint issuers, before a cited
 * 《title》 or after it, before a bracket or a draft's status, after the 的 that leads to the 文种,
 * at a space. Little where a verb or a year starts a phrase (…建设 | 推动…), where a plan's name
 * ends before the table it names (…三年行动计划 | 重点任务分工表) or at a preposition
 * (…同志 | 为…) or after a 的; more between a verb and its object (…审议 | 《…》), more still
 * before a 和. Much between two words of the dictionary (Intl.Segmenter's), which is most often
 * inside a compound (质量强国建设 | 纲要), more beside a one-character word (质量|强|市), and more
 * inside a cited or issued title. A last resort inside a word, before a 的, after a 和 or a 为,
 * between an adverb and its verb, or for a line of one or two characters; never where a line
 * would start with a closing mark or end with an opening one, nor inside a number or a ——.
 * Every break is one a reader joins back (model/titleBreaks.ts, the rule the model reads a
 * title's lines by): the title's words on the source's later lines (`after`) count as the rest of
 * it. The way chosen has the fewest lines — one more only where that saves a break between words —
 * and, of those, the least cost: its breaks' and its unevenness (each line's distance from the
 * mean, squared). A title no way breaks well, or none as a reader joins, gets the least bad way
 * that fits rather than none.
 */
export function titleLines(line: string, width: number = TYPE_WIDTH, after = ""): string[] {
  const measure = (text: string) => {
    const trimmed = text.replace(/[\s\u3000]+$/u, "");
    return wordWidth(trimmed, SIZE_PT.二号, 0) + halfWidthSlack(trimmed);
  };
  if (measure(line) <= width) return [line];
  const characters = [...line];
  const costs = breakCosts(characters);
  // Offsets (in code points) of the gaps that may be broken at, with their costs.
  const gaps: number[] = [];
  for (let i = 1; i < characters.length; i++) if (costs[i]! < NEVER) gaps.push(i);
  const positions = [0, ...gaps, characters.length];
  const textOf = (from: number, to: number): string => characters.slice(from, to).join("");
  // Each candidate line measured once (by position indices): the programme asks for each
  // several times, once per count of lines tried.
  const lines = new Map<number, CandidateLine>();
  const lineAt = (from: number, to: number) => {
    const key = from * positions.length + to;
    let found = lines.get(key);
    if (found === undefined) {
      const text = textOf(positions[from]!, positions[to]!);
      lines.set(key, (found = { text, width: measure(text), lone: isLone(text), goesOn: null, goesOnToLast: null }));
    }
    return found;
  };
  // Whether a reader joins the line to the rest of the title (model/titleBreaks.ts): the rest read
  // once per break, each line asked once, and once more where the rest is the last line.
  const rests = new Map<number, TitleRest>();
  const restAt = (to: number): TitleRest => {
    let rest = rests.get(to);
    if (rest === undefined) rests.set(to, (rest = readTitleRest(textOf(positions[to]!, characters.length) + after)));
    return rest;
  };
  const goesOn = (candidate: CandidateLine, to: number, restIsLastLine: boolean): boolean => {
    if (restIsLastLine) return (candidate.goesOnToLast ??= titleGoesOnTo(candidate.text, restAt(to), true));
    return (candidate.goesOn ??= titleGoesOnTo(candidate.text, restAt(to), false));
  };
  const total = measure(line);
  const em = SIZE_PT.二号 * 20;
  const fewest = Math.max(2, Math.ceil(total / width));
  const last = positions.length - 1;
  // The best way whose every break reads back as one title; else, the least bad way that fits. A
  // line longer than any title a reader joins over lines (a page's paragraph taken for a heading)
  // reads back as no title whatever its breaks: they are the costs' alone.
  for (const readable of line.length + after.length <= MAX_TITLE ? [true, false] : [false]) {
    let best: { lines: string[]; cost: number } | null = null;
    for (let count = fewest; count <= Math.min(fewest + 2, last); count++) {
      const found = bestBreaks(last, count, (from, to, index) => {
        const candidate = lineAt(from, to);
        if (candidate.width > width) return null;
        if (readable && to < last && !goesOn(candidate, to, index === count - 1 && after === "")) return Infinity;
        // Evenness: the squared distance of each line from the mean, in characters.
        const off = (candidate.width - total / count) / em;
        return off * off + (candidate.lone ? LAST_RESORT : 0) + (to < last ? costs[positions[to]!]! : 0);
      });
      if (!found) continue;
      // A line more than the fewest costs less than a break between words: an issuer's name, a
      // compound kept whole on a line of its own rather than split to save one.
      const cost = found.cost + EXTRA_LINE * (count - fewest);
      if (!best || cost < best.cost) best = { lines: found.path.slice(1).map((to, i) => textOf(positions[found.path[i]!]!, positions[to]!)), cost };
    }
    if (best) return best.lines;
  }
  return [line];
}

/** A line the programme may choose: its text and width, and whether a reader joins it to the rest (null until asked). */
interface CandidateLine {
  text: string;
  width: number;
  lone: boolean;
  goesOn: boolean | null;
  goesOnToLast: boolean | null;
}

/**
 * Room kept on a title's line for each half-width character (a digit, a Latin letter, a hyphen),
 * in twips of 2号: a tenth of a character. wordWidth counts half a cell, as 方正小标宋's digits
 * are; the faces a machine without it sets them in are wider (Noto Serif CJK's bold digits about
 * 0.57 em, 华文中宋's and 宋体's Latin proportional), and a line measured full to the last
 * twip — 推动高质量发展的实施方案（2023-2027年）, 19.75 of 20 characters — then wraps its last
 * character onto a line of its own. A Chinese character, full-width mark or bracket is one
 * em in every face: a line of them needs no room and keeps its 20.
 */
function halfWidthSlack(text: string): number {
  let half = 0;
  for (const character of text) {
    const code = character.codePointAt(0)!;
    if ((code >= 0x21 && code < 0x7f) || (code >= 0xff61 && code <= 0xffdc)) half++;
  }
  return half * HALF_WIDTH_SLACK;
}
const HALF_WIDTH_SLACK = SIZE_PT.二号 * 20 * 0.1;

/** A way that keeps the rules costs less than this; each break or line that does not, this more. */
const LAST_RESORT = 1e6;
/** What a line more than the fewest costs: less than a break between words (COST.words). */
const EXTRA_LINE = 60;
/** Never: a line may not start or end so, whatever else it costs. */
const NEVER = Infinity;

/**
 * The cheapest way to cut the positions 0 … last into `count` lines: a dynamic programme,
 * `lineCost(from, to, line)` the cost of the `line`th line (from 1) from position `from` to `to`
 * (the break at its end included), null when the line is too wide. Null when no way fits.
 */
function bestBreaks(last: number, count: number, lineCost: (from: number, to: number, line: number) => number | null): { path: number[]; cost: number } | null {
  let costs: number[] = Array.from({ length: last + 1 }, (_, i) => (i === 0 ? 0 : Infinity));
  const back: number[][] = [];
  for (let line = 1; line <= count; line++) {
    const next = costs.map(() => Infinity);
    const from = costs.map(() => -1);
    for (let to = 1; to <= last; to++) {
      // Nearest start first: once a line is too wide, every longer one is too (a line's worth
      // of starts per end, not all of them: a long title stays linear).
      for (let start = to - 1; start >= 0; start--) {
        const own = lineCost(start, to, line);
        if (own === null) break;
        if (costs[start] === Infinity) continue;
        const cost = costs[start]! + own;
        if (cost < next[to]!) {
          next[to] = cost;
          from[to] = start;
        }
      }
    }
    back.push(from);
    costs = next;
  }
  if (costs[last] === Infinity) return null;
  const path = [last];
  for (let line = count - 1; line >= 0; line--) path.unshift(back[line]![path[0]!]!);
  return { path, cost: costs[last]! };
}

/**
 * The 文种 of a plan after the 的 a title may be broken at best: four characters or more, so that
 * the last line is never a lone 意见 — and never 的通知, which stays with what it issues.
 */
const GENRE = /^的(?:实施方案|实施意见|行动计划|行动方案|工作方案|实施办法|若干措施|若干意见)/;
/** A draft's status after the document's name, as a bracket would be (…实施方案 | 征求意见稿). */
const DRAFT = /^(?:征求意见稿|送审稿|讨论稿|代拟稿|草案)/u;
const TITLE_OPEN = new Set(["《", "〈", "<"]);
const TITLE_CLOSE = new Set(["》", "〉", ">"]);
/** Particles that lean on the word before them: no line starts with one. */
const LEANS_BACK = new Set(["的", "之", "地", "得", "等", "了"]);
const ABOUT = "关于";
const ISSUED_AFTER = /关于(?:印发|转发|对)$/;
/** Characters no break goes between: a number, a Latin word, a ——, a ……. */
const JOINED = /^[!-~]{2}$|^——$|^……$/u;

/**
 * What each grade of gap costs, in the units of evenness (a character off the mean, squared):
 * a title's joints nothing, the start of a verb phrase or a break at a particle little, a gap
 * between two words — most often inside a compound, 质量强国建设 | 纲要 — much: 词意完整 comes
 * before evenness, which chooses among breaks as good.
 */
const COST = { grammar: 0, space: 0, phrase: 1, particle: 2, inCitation: 10, object: 40, conjunction: 80, words: 100, single: 150 } as const;
/** A year that starts a phrase: 2016年, 2023—2025年. */
const YEAR = /^\d{4}(?:[—–~～-]\d{2,4})?年/u;
/** What follows a verb without being its object: the 文种 (…建设实施 | 方案 is inside a word). */
const NOT_OBJECT = /^(?:方案|意见|办法|细则|计划|规划|纲要|措施|要点|通知|决定|工作|活动|行动)/u;

/**
 * The genre's terms that ICU's dictionary reads as two words or more (基础|设施, 一站|式, 检验|检测):
 * one word each in a title of this kind, never broken (质量基础 | 设施一站式 splits a term every
 * reader of a 质量 plan knows). The terms titles of 质量 plans carry, not a dictionary.
 */
const TERMS = [
  "质量基础设施",
  "基础设施",
  "一站式",
  "检验检测",
  "认证认可",
  "计量测试",
  "知识产权",
  "高质量",
  "首席质量官",
  "营商环境",
  "数字化",
  "产业链",
  "供应链",
  "专精特新",
  "老字号",
  "地理标志",
  "提质增效",
  "新质生产力",
  "消费品",
  "农产品",
  "特种设备",
  "生态环境",
  "市场监管",
  // The 文种, with a plan's span before it (三年 | 行动计划, 行动 | 计划 split it).
  "(?:[一二三四五六七八九十]年)?(?:行动计划|行动方案|实施方案|实施意见|工作方案)",
];
const TERM = new RegExp(TERMS.join("|"), "gu");

/** Mark the gaps inside each of the genre's terms (TERMS) a last resort; a gap that may never be broken stays so. */
function keepTermsWhole(text: string, characters: readonly string[], costs: number[]): void {
  const codePointAt = utf16ToCodePoint(characters);
  for (const found of text.matchAll(TERM)) {
    const start = codePointAt.get(found.index)!;
    const end = start + [...found[0]].length;
    for (let i = start + 1; i < end; i++) if (costs[i]! < LAST_RESORT) costs[i] = LAST_RESORT;
  }
}

/**
 * The cost of breaking before each character (index i: a line starts with characters[i]).
 * NEVER where a line may not start or end so; LAST_RESORT inside a word or beside a particle.
 */
function breakCosts(characters: readonly string[]): number[] {
  const text = characters.join("");
  const costs = characters.map(() => LAST_RESORT);
  costs[0] = NEVER;
  // The words, by code point offset.
  const wordStarts = new Map<number, string>();
  const wordEnds = new Map<number, string>();
  const codePointAt = utf16ToCodePoint(characters);
  for (const { segment, index } of segmenter().segment(text)) {
    const start = codePointAt.get(index)!;
    wordStarts.set(start, segment);
    wordEnds.set(start + [...segment].length, segment);
  }
  const issued = issuedTitle(characters);
  let depth = 0;
  for (let i = 1; i < characters.length; i++) {
    const before = characters[i - 1]!;
    const after = characters[i]!;
    if (TITLE_OPEN.has(before)) depth++;
    if (TITLE_CLOSE.has(before)) depth = Math.max(0, depth - 1);
    if (OPENING.has(before) || CLOSING.has(after) || JOINED.test(before + after) || /[\s\u3000]/u.test(after)) {
      costs[i] = NEVER;
      continue;
    }
    const rest = text.slice(codeUnits(characters, i));
    const previous = wordEnds.get(i);
    const next = wordStarts.get(i);
    const inCitation = (depth > 0 && !TITLE_OPEN.has(after)) || (i > issued.from && i < issued.to) ? COST.inCitation : 0;
    // After 关于印发 (转发, 对) comes what is issued: the one place a preposition may end a line.
    if (ISSUED_AFTER.test(text.slice(0, codeUnits(characters, i)))) {
      costs[i] = COST.grammar + inCitation;
      continue;
    }
    const head = text.slice(0, codeUnits(characters, i));
    const verb = VERB.test(rest) && !GENRE_NOUN.test(rest);
    // An adverb before its verb (进一步 | 加强), a particle or preposition away from its word.
    if (verb && ADVERB.test(head)) continue;
    if (previous === undefined || next === undefined) {
      // Inside a word by the dictionary: only where a verb starts a phrase (着力 | 打造).
      if (!verb || VERB_END.test(head)) continue;
    } else if (LEANS_BACK.has(next) || LEANS_ON.has(previous) || CONJUNCTIONS.has(previous)) continue;
    let cost: number;
    if (/[\s\u3000]/u.test(before)) cost = COST.space;
    else if (isGrammarPlace(characters, i, rest)) cost = COST.grammar;
    else if (verb && !VERB_END.test(head)) cost = COST.phrase;
    // A year starts a phrase (…质量发展纲要 | 2016年行动计划); a verb chain is one (贯彻 | 实施).
    else if (YEAR.test(rest)) cost = COST.phrase;
    // A document's name ends before the table or list it names (…三年行动计划 | 重点任务分工表).
    else if (namesItsTable(head, rest)) cost = COST.phrase;
    else if (verb) cost = COST.single;
    else if (previous === "的" || (next !== undefined && LEANS_ON.has(next))) cost = COST.particle;
    // Before 和: what it joins may be one phrase (加强和改进), or two (工作要点 | 和任务清单).
    // In the issuers before 关于, a 和 is inside a name (发展和改革委员会, 工业和信息化局).
    else if (next !== undefined && CONJUNCTIONS.has(next)) cost = rest.includes(ABOUT) && !head.includes(ABOUT) ? COST.words : COST.conjunction;
    else if (isOneCharacterWord(previous!) || isOneCharacterWord(next!)) cost = COST.single;
    // Between a verb and its object (…提请审议 | 中华人民共和国…, 贯彻实施 | 质量发展纲要), not its 文种.
    else if (VERB_END.test(head) && !NOT_OBJECT.test(rest)) cost = COST.object;
    else cost = COST.words;
    costs[i] = cost + inCitation;
  }
  keepTermsWhole(text, characters, costs);
  return costs;
}

/** A title's own joints: before 关于, around a cited title, before a bracket, 的 | 文种. */
function isGrammarPlace(characters: readonly string[], i: number, rest: string): boolean {
  if (rest.startsWith(ABOUT)) return true;
  // Between two issuers of a joint title (…市场监督管理局 | 示例市发展和改革委员会…), before its 关于.
  const head = characters.slice(0, i).join("");
  if (ORGANISATION_END.test(head) && !head.includes(ABOUT) && rest.includes(ABOUT) && !/^员/u.test(rest)) return true;
  const after = characters[i]!;
  if (after === "《" || after === "（" || after === "(" || after === "〈" || after === "<") return true;
  if (TITLE_CLOSE.has(characters[i - 1]!)) return true;
  if (DRAFT.test(rest)) return true;
  return GENRE.test(characters[i - 1]! + rest) && characters[i - 1] === "的";
}

/**
 * What a notice issues (关于印发 | … | 的通知): a title the notice names without its 书名号, broken
 * into only as a cited one is. Code-point offsets; an empty range when the title issues nothing.
 */
function issuedTitle(characters: readonly string[]): { from: number; to: number } {
  const text = characters.join("");
  const issuing = /关于(?:印发|转发)/u.exec(text);
  if (!issuing) return { from: 0, to: 0 };
  const from = [...text.slice(0, issuing.index + issuing[0].length)].length;
  const end = /的通知$/u.test(text) ? characters.length - 3 : characters.length;
  return { from, to: end };
}

/**
 * A line of one or two characters (marks beside them aside) — a lone 知, a lone 意见 —: never, if
 * any other way fits.
 */
function isLone(text: string): boolean {
  return [...text.replace(/[\s\u3000]/gu, "")].filter((c) => !OPENING.has(c) && !CLOSING.has(c)).length <= 2;
}

/** A word of one Chinese character that is not a particle: most often part of a longer word. */
function isOneCharacterWord(word: string): boolean {
  return [...word].length === 1 && /\p{Script=Han}/u.test(word);
}

function codeUnits(characters: readonly string[], codePoints: number): number {
  let units = 0;
  for (let i = 0; i < codePoints; i++) units += characters[i]!.length;
  return units;
}

function utf16ToCodePoint(characters: readonly string[]): Map<number, number> {
  const map = new Map<number, number>();
  let units = 0;
  characters.forEach((character, i) => {
    map.set(units, i);
    units += character.length;
  });
  map.set(units, characters.length);
  return map;
}
