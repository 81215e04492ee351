import type { LineNode, TextLineNode } from "../syntax/cst.js";
import data from "./page-furniture.json";
import type { ReviewBalloon, ReviewBalloonKind } from "./types.js";

/**
 * Word's review balloons pasted as text. A document copied while shown with its markup (or
 * saved as text with it) brings each balloon as a line of its own, wherever the change was:
 * `批注 [张三1]: 建议改为……` (a comment: its label holds the reviewer's initials and number),
 * `删除的内容: 强化` (a deletion, which the text no longer has), `带格式的: 缩进: 首行缩进: 2 字符`
 * (a change of format). None is plan text: read as it, a balloon between a heading and its
 * item became the heading's body, its `:` a half-width mark, its words the export's. The model
 * sets the lines apart (no item's body, no clause, not exported); structure/review-markup
 * reports them. The words are data (`page-furniture.json` reviewBalloons).
 *
 * Every line is asked, on every keystroke: a line is read further only when its first character
 * is the first of a balloon's label (one code unit and a set look-up).
 */
const WS = "[ \\t\\u3000\\u00a0]";
const escape = (word: string) => word.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
const alternation = (words: readonly string[]) => [...words].sort((a, b) => b.length - a.length).map(escape).join("|");
const labels = data.reviewBalloons as Record<ReviewBalloonKind, string[]>;

// A comment's label is 批注 and the reviewer's mark in brackets ([张三1], [A2]); the others are
// a label alone. Each is followed by a colon, half- or full-width.
const BALLOON = new RegExp(
  `^(?:(${alternation(labels.comment)})${WS}*[\\[［【][^\\]］】\\r\\n]{1,20}[\\]］】]|(${alternation(labels.revision)})|(${alternation(labels.format)}))${WS}*[:：]`,
);
const FIRST: ReadonlySet<number> = new Set([...labels.comment, ...labels.revision, ...labels.format].map((label) => label.charCodeAt(0)));

export function reviewBalloonOf(line: LineNode, text: string): ReviewBalloonKind | null {
  if (line.kind !== "text" || !FIRST.has(text.charCodeAt(line.indentEnd))) return null;
  const match = BALLOON.exec(text.slice(line.indentEnd, line.contentEnd));
  if (!match) return null;
  return match[1] ? "comment" : match[2] ? "revision" : "format";
}

export function findReviewBalloons(lines: readonly LineNode[], text: string): ReviewBalloon[] {
  const found: ReviewBalloon[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const kind = reviewBalloonOf(line, text);
    if (kind !== null) found.push({ start: line.indentEnd, end: line.contentEnd, line: line as TextLineNode, kind });
  }
  return found;
}
