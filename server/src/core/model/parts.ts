import type { TextLineNode } from "../syntax/cst.js";
import { textEndOf } from "./inline.js";
import { withoutFormatCharacters } from "../text/invisible.js";
import { fromChineseNumeral } from "./numerals.js";
import type { PlanPart } from "./types.js";
import { sectionNumberOf } from "./sectionNumbers.js";

/** `第` + numeral + part word, then the part's title (the grammar's PartHeading, spaces between the marker's tokens too). */
const PART = /^第[ \t\u3000\u00a0]*([一二三四五六七八九十]+)[ \t\u3000\u00a0]*(章|部分|篇|编|节)[\s\u3000:：、．.]*(.*)$/;
/** How long the title after the marker may be, and what it may not hold: a heading, no sentence (the grammar's PartHeading). */
const MAX_PART_TITLE = 40;
const SENTENCE_MARK = /[。；;]/;

/**
 * Whether `written` (a line's content from its first visible character) is a part's heading as
 * the grammar reads one: for a line the grammar did not classify so because what stands before
 * it is no indentation it knows (a zero-width space pasted there, model/reading.ts).
 */
export function readsAsPartHeading(written: string): boolean {
  const match = PART.exec(withoutFormatCharacters(written));
  return match !== null && match[3]!.length <= MAX_PART_TITLE && !SENTENCE_MARK.test(match[3]!) && fromChineseNumeral(match[1]!) !== null;
}

/**
 * The part a line of kind `part` opens (第一章 总体要求 → 第一章, 1, 章, 总体要求), or null where the
 * line is no such heading after all. Its items are filled in as the outline is read.
 */
export function partOf(line: TextLineNode, text: string): PlanPart | null {
  if (line.textKind !== "part") return null;
  const end = textEndOf(line, text);
  const written = text.slice(line.indentEnd, end);
  // Read as the grammar does, through format characters pasted inside the marker (第\u200b一章).
  const match = PART.exec(withoutFormatCharacters(written));
  if (match === null) return sectionPartOf(line, text, written, end);
  const value = fromChineseNumeral(match[1]!);
  if (value === null) return null;
  return {
    heading: { text: written.trim(), start: line.indentEnd, end },
    marker: `第${match[1]}${match[2]}`,
    value,
    word: match[2]!,
    title: match[3]!.trim(),
    items: [],
    within: null,
    start: line.indentEnd,
    end,
  };
}

/**
 * The part a WeChat article's section number opens (`02 重点任务` → 02, 2, no word, 重点任务;
 * model/sectionNumbers.ts), or null. It has no 第 and no word: it is never renumbered in Chinese
 * numerals (numbering/parts.ts partNumeralEdit reads a 第 first).
 */
function sectionPartOf(line: TextLineNode, text: string, written: string, end: number): PlanPart | null {
  const value = sectionNumberOf(text, line.indentEnd, end);
  if (value === null) return null;
  const trimmed = written.trim();
  return {
    heading: { text: trimmed, start: line.indentEnd, end },
    marker: trimmed.slice(0, 2),
    value,
    word: "",
    title: trimmed.slice(2).trim(),
    items: [],
    within: null,
    start: line.indentEnd,
    end,
  };
}

/** How high a part's word stands: a 编 holds 篇, a 篇 or 部分 holds 章, a 章 holds 节. */
const PART_RANK: Readonly<Record<string, number>> = { 编: 0, 篇: 1, 部分: 1, 章: 2, 节: 3 };

/** The part `part` divides among those before it (`parts`, in document order): the nearest of a higher word, else null. */
export function partWithin(parts: readonly PlanPart[], part: PlanPart): PlanPart | null {
  const rank = PART_RANK[part.word] ?? 2;
  for (let candidate: PlanPart | null = parts[parts.length - 1] ?? null; candidate !== null; candidate = candidate.within) {
    if ((PART_RANK[candidate.word] ?? 2) < rank) return candidate;
  }
  return null;
}
