/**
 * Quotation marks a drafter sets around part of a parent's word: 建设“一站式”服务站网络 writes
 * （二十三）'s keyword 一站式服务, but the marks end a run of Han characters, so the mapping read
 * 一站式 and 服务站网络 apart, never the keyword, and the task scored under what counts. Where the
 * text without a pair of marks writes a keyword (or a term local plans name an item by) that holds
 * the whole quoted phrase and goes on past it, the marks are read as emphasis inside that word and
 * dropped (`withQuotedWordsJoined`); any quote style, full-width or not.
 *
 * Only such a word joins: a quoted name (“湘品出湘”品牌, “质量月”活动) stays a run of its own, since
 * no keyword holds it whole with what follows; a keyword that takes only part of the quoted phrase
 * (its tail and the words after the close) would read a seam the drafter marked as a word, and is
 * no reason to join. Titles in 《》 are citations, never joined.
 */

/** Each opening mark with the mark that closes it. */
const CLOSING: Record<string, string> = { "“": "”", "‘": "’", "「": "」", "『": "』", '"': '"', "'": "'", "＂": "＂", "＇": "＇" };

/** A quoted phrase: an opening mark, a short stretch without marks or breaks, a closing mark (checked to pair with it). */
const QUOTED = /([“‘「『"'＂＇])([^“”‘’「」『』"'＂＇\n。；;]{1,16}?)([”’」』"'＂＇])/g;

/** A cheap look first: most tasks quote nothing. */
const ANY_QUOTE = /[“‘「『"'＂＇]/;

/** How far either side of the quoted phrase a keyword may reach: the longest keywords are about twenty characters. */
const REACH = 24;

/**
 * The text with the marks of every quoted phrase that a keyword holds whole, with words beside
 * it, left out (see the file's comment). `keywordAt` reads the longest keyword that starts at an
 * offset of a string and returns its length (0 where none does). Idempotent: a joined text has no
 * marks left to join.
 */
export function withQuotedWordsJoined(text: string, keywordAt: (text: string, at: number) => number): string {
  if (!ANY_QUOTE.test(text)) return text;
  let out = "";
  let from = 0;
  for (const match of text.matchAll(QUOTED)) {
    const [whole, open, phrase, close] = match as unknown as [string, string, string, string];
    if (CLOSING[open] !== close) continue;
    const at = match.index;
    const end = at + whole.length;
    const before = text.slice(Math.max(from, at - REACH), at);
    const after = text.slice(end, end + REACH);
    if (!heldWhole(before + phrase + after, before.length, before.length + phrase.length, keywordAt)) continue;
    out += text.slice(from, at) + phrase;
    from = end;
  }
  return from === 0 ? text : out + text.slice(from);
}

/** Whether a keyword of `window` covers [start, end) and at least one character outside it. */
function heldWhole(window: string, start: number, end: number, keywordAt: (text: string, at: number) => number): boolean {
  for (let at = 0; at <= start; at++) {
    const length = keywordAt(window, at);
    if (length > 0 && at + length >= end && (at < start || at + length > end)) return true;
  }
  return false;
}
