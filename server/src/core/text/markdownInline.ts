import { BOLD_WORD_SHAPE, UNDERSCORE_BOLD_SHAPE } from "../syntax/generated/labels.js";

/**
 * Markdown's inline marks other than `**` that an AI writing tool's answer brings into a plan:
 * bold written with underscores (`__质量__`) and code in backticks (`` `服务质量` ``). A plan's
 * text has no use for either: a backtick is no Chinese mark, and two underscores round words
 * (not before a measure word, as a form's blank `__个` stands) are a pair of marks. Read here
 * for structure/markdown-marks; the grammar's PlaceholderText leaves the underscores of such a
 * pair alone by the same shape (`UNDERSCORE_BOLD_SHAPE`, generated from the grammar).
 */

/**
 * Two underscores, a few words with no space at their edges and no clause mark inside, two
 * underscores: the grammar's shape (PlaceholderText anchors it at the underscores it looks at),
 * searched for here, not after a third `_`.
 */
const UNDERSCORE_BOLD = new RegExp(`(?<!_)${UNDERSCORE_BOLD_SHAPE}`, "g");
/** A backtick, a few characters on one line with no space at their edges, a backtick. */
const CODE = /(?<!`)`(?![`\s])[^`\r\n]{0,39}[^`\s]`(?!`)/g;
const HAN = /[\u4e00-\u9fff]/;
/** What an underscore pair's words hold: a Han character or a figure (`__94%__`), never Latin words alone (`__init__`): the grammar's. */
const BOLD_WORD = new RegExp(BOLD_WORD_SHAPE);

/** One pair of marks: where the opening mark starts and the closing one ends, and each mark's length. */
export interface InlineMarkPair {
  start: number;
  end: number;
  mark: "__" | "`";
}

/** Every underscore-bold and backtick pair of the text, in document order. Words of Chinese (or, between underscores, a figure) inside, so `__init__` or `` `a` `` in a URL-ish line is left. */
export function inlineMarkdownPairs(text: string): InlineMarkPair[] {
  const pairs: InlineMarkPair[] = [];
  // Most plans have neither mark: one search each before any pattern runs.
  if (text.includes("__")) collect(text, UNDERSCORE_BOLD, "__", BOLD_WORD, pairs);
  if (text.includes("`")) collect(text, CODE, "`", HAN, pairs);
  return pairs.length > 1 ? pairs.sort((a, b) => a.start - b.start) : pairs;
}

function collect(text: string, pattern: RegExp, mark: InlineMarkPair["mark"], words: RegExp, pairs: InlineMarkPair[]): void {
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    if (words.test(match[0])) pairs.push({ start: match.index, end: match.index + match[0].length, mark });
  }
}
