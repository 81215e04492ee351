import type { PlanDocument } from "../model/types.js";
import { TextMemo } from "../text/textMemo.js";

/**
 * How the titles and 发文字号 of cited documents are compared: by the parents (which document a
 * citation names) and by the xref rules (whether it names it rightly), one answer for both.
 */

/** Titles normalised so far (normalizeTitle): the same citations and known titles are compared on every check. Bounded. */
const normalTitles = new TextMemo<string>(5000);

/**
 * A title as compared: no spaces (`中共中央 国务院` = `中共中央国务院`) and none of the
 * characters no reader sees (a zero-width space pasted into it is text/invisible-char's, not a
 * title written wrong), nested title brackets of any kind as 〈〉, without the outer 《》.
 */
export function normalizeTitle(title: string): string {
  return normalTitles.lookup(title) ?? normalTitles.remember(title, (copy) => copy.replace(/^《|》$/g, "").replace(/[\s\p{Cf}]+/gu, "").replace(/[<‹《]/g, "〈").replace(/[>›》]/g, "〉"));
}

/**
 * How alike two titles are: the Dice coefficient of their longest common subsequence
 * (2·LCS / (|a| + |b|)). A title with a word added or left out stays close to 1; another
 * document on the same subject (质量发展纲要 against 质量强国建设纲要) falls well below.
 */
export function titleSimilarity(a: string, b: string): number {
  if (a.length === 0 || b.length === 0) return 0;
  // Two rows, swapped, compared by code unit: `a[i]` of a Chinese character allocates a string.
  let previous = new Int32Array(b.length + 1);
  let current = new Int32Array(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    const code = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) current[j] = code === b.charCodeAt(j - 1) ? previous[j - 1]! + 1 : Math.max(previous[j]!, current[j - 1]!);
    [previous, current] = [current, previous];
  }
  return (2 * previous[b.length]!) / (a.length + b.length);
}

/** A title this close to a known one is taken for a mistyped citation of it. */
export const TITLE_SIMILARITY_THRESHOLD = 0.8;

/** A 发文字号 as compared: 中发〔2022〕17号 = 中发[2022]17号 = 中发〔2022〕第017号. */
export function docNumberKey(text: string): string | null {
  const match = /^\s*([\u4e00-\u9fff]+)\s*[〔\[【(（﹝［]\s*(\d{4})\s*[〕\]】)）﹞］]\s*第?\s*0*(\d+)\s*号?\s*$/.exec(text);
  return match ? `${match[1]}${match[2]}-${match[3]}` : null;
}

/** A title without the brackets at its end: its period, a draft mark (（2023—2027年）（征求意见稿）). */
function bareTitle(title: string): string {
  return normalizeTitle(title).replace(/(?:[（(][^（）()]*[）)])+$/, "");
}

/**
 * Whether a cited title is the plan's own (its title line's or its metadata's), its period or
 * draft mark aside: the 印发通知's 现将《示例市质量强市建设实施方案》印发给你们 and a call for
 * comments on 《…（征求意见稿）》 name the plan itself, neither a document it carries out nor a
 * citation to correct.
 */
export function isOwnTitle(plan: Pick<PlanDocument, "title" | "metadata">, cited: string): boolean {
  const bare = bareTitle(cited);
  return (plan.title !== null && bareTitle(plan.title.text) === bare) || (plan.metadata.title !== null && bareTitle(plan.metadata.title) === bare);
}
