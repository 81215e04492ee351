import type { ItemLineNode, LineNode, TextLineNode } from "../syntax/cst.js";
import { textEndOf } from "./inline.js";
import { codeUnitSet, halfWidthDigits, isAnyDigitCode } from "../text/codeUnits.js";
import { isSpaceCode } from "../text/spaces.js";
import { asTextLine } from "./misreadMarkers.js";
import type { RepeatedPaste, TableOfContents, TableOfContentsEntry } from "./types.js";

/**
 * A table of contents pasted from Word before the plan's text: `目  录`, then one line per
 * heading with its leader and page number (`一、总体要求……………………1`, `（一）主要目标·········3`).
 * Each entry starts with the marker its heading has, so the grammar reads it as that item: the
 * outline would hold every heading twice, the numbering would call the plan's own 一、 a reversal
 * (`“一、”排在“三、”之后`) and its fix would renumber the plan. The entries are read as text
 * and the block is set apart as leading debris is: never the plan's outline, title or preamble,
 * never printed by the export; structure/table-of-contents reports it.
 */

/** 目: the first code unit of CONTENTS_HEADING. */
const MU = 0x76ee;
/** The dashes a page number may stand between (`— 3 —`), and the brackets it may stand in (`（3）`). */
const AROUND_PAGE = codeUnitSet("-－—–）)");
/** `目录`, `目  录` (Word's heading, letter-spaced) on a line of its own. */
const CONTENTS_HEADING = /^目[ \t\u3000]*录$/u;
/**
 * An entry: its heading, a leader (ellipses, dots, middle dots, dashes or underscores; or a tab,
 * what a leader becomes in a plain-text copy) and a page number: bracketed as a 政府公报's
 * contents set it (`（1）`), bare or dashed (`— 3 —`).
 */
const ENTRY = /^(\S.*?)[ \t\u3000]*([…⋯]{2,}|[.．·・•\-－_—]{4,}|\t+)[ \t\u3000]*(?:[（(]([0-9０-９]{1,3})[）)]|[-－—–]?[ \t\u3000]*([0-9０-９]{1,3})[ \t\u3000]*[-－—–]?)$/u;
/**
 * An entry whose leader a copy dropped: its heading, then its page in brackets (`一、总体要求（1）`)
 * or after a space (`一、总体要求  1`). Read only under a `目录` heading, the pages in order, and
 * never after a sentence's stop: a heading's own words may end in a bracketed figure.
 */
const BARE_ENTRY = /^(\S.*?[^。；;，,\s])(?:[ \t\u3000]*[（(]([0-9０-９]{1,3})[）)]|[ \t\u3000]+([0-9０-９]{1,3}))$/u;
/**
 * An entry of a web page's contents, which has no pages to number (`目　　录` over `一、总体要求`,
 * `二、主要任务`): a heading and nothing after it. Read only under a `目录` heading, only on a line
 * the grammar read as an item or a part, never a sentence's words (no stop, no comma, no colon
 * before words), and only where the plan opens that list's first heading again after it: without
 * that restart the lines are the plan's own headings under a stray `目录`.
 */
const PAGELESS_ENTRY = /^\S[^。；;，,！!？?]{0,39}$/u;
/** A leader that only a table of contents draws: a tab is one only under a `目录` heading. */
const DRAWN_LEADER = /^[^\t]/u;
/**
 * The longest line read as an entry: a heading, its leader and a page number fit a printed line
 * or two. Longer lines are no entry, and ENTRY, whose leader may backtrack over a run of dots,
 * is never tried on them (a 1 MB line of ellipses would take it quadratic time).
 */
const LONGEST_ENTRY = 240;
/** Without a `目录` heading, so many entries in a row make a table of contents: fewer may be text. */
const ENTRIES_WITHOUT_HEADING = 3;

/**
 * Finds the table of contents before the plan's first item and reads its entries as text lines
 * (in `lines`, in place). Null where there is none. Bounded: it looks no further than the first
 * item or part heading that is no entry.
 */
export function readTableOfContents(lines: LineNode[], text: string): TableOfContents | null {
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.kind === "blank" || line.kind === "comment") continue;
    // Read by code unit first: this runs over the lines before the plan on every keystroke.
    const headed = line.kind === "text" && text.charCodeAt(line.indentEnd) === MU && CONTENTS_HEADING.test(contentOf(line, text));
    const copies: number[] = [];
    const found = headed ? entriesAfter(lines, i + 1, text, true, copies) : entriesAfter(lines, i, text, false, copies);
    if (found.length >= (headed ? 1 : ENTRIES_WITHOUT_HEADING)) return setApart(lines, headed ? i : null, found, copies, text);
    // The plan has begun: its headings are no table of contents.
    if (line.kind === "item" || (line.kind === "text" && line.textKind === "part")) return null;
  }
  return null;
}

/** The entries from `from` on, blank lines between them passed over, as indices with their reading. */
function entriesAfter(lines: readonly LineNode[], from: number, text: string, headed: boolean, copies: number[]): Array<{ index: number; heading: string; page: number | null }> {
  const found: Array<{ index: number; heading: string; page: number | null }> = [];
  /** The line that repeats the first entry right under it (copiedFrom), read past; -1: none. */
  let copy = -1;
  /** The page of the last entry read without its leader: such entries go on only in page order. */
  let lastBarePage = 0;
  for (let i = from; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.kind === "blank") continue;
    if (line.kind === "comment") break;
    if (line.kind === "text" && line.textKind === "pageNumber") break;
    const end = textEndOf(line, text);
    const content = end - line.indentEnd <= LONGEST_ENTRY && endsWithFigure(text, line.indentEnd, end) ? text.slice(line.indentEnd, end) : null;
    const entry = content === null ? null : ENTRY.exec(content);
    if (entry !== null && (headed || DRAWN_LEADER.test(entry[2]!))) {
      found.push({ index: i, heading: entry[1]!, page: pageOf(entry[3] ?? entry[4]!) });
      continue;
    }
    const bare = headed && content !== null ? BARE_ENTRY.exec(content) : null;
    const page = bare === null ? 0 : pageOf(bare[2] ?? bare[3]!);
    if (bare !== null && page >= lastBarePage) {
      lastBarePage = page;
      found.push({ index: i, heading: bare[1]!, page });
      continue;
    }
    // Pageless entries make a list of their own: none after an entry with a page.
    if (!headed || found.some((entry) => entry.page !== null)) break;
    const heading = pagelessHeadingOf(line, text);
    if (heading === null) break;
    // The list's first heading again is the plan beginning right under its contents, unless it is
    // the first entry's line pasted twice (`一、总体要求` / `一、总体要求` / `二、主要任务`): ended
    // there, the other entries were read as the plan's chapters. The copy is read past, once.
    if (found.length > 0 && sameHeading(heading, found[0]!.heading)) {
      if (found.length > 1 || copy !== -1 || copiedFrom(lines, i, text) !== found[0]!.index) break;
      copy = i;
      continue;
    }
    found.push({ index: i, heading, page: null });
  }
  if (found.length === 0 || found[0]!.page !== null || opensAgain(lines, found[found.length - 1]!.index + 1, found[0]!.heading, text)) {
    if (copy !== -1) copies.push(copy);
    return found;
  }
  // Read past the copy, the plan did not open again: the copy was the plan's first heading after a one-entry list.
  return copy !== -1 && opensAgain(lines, copy, found[0]!.heading, text) ? found.slice(0, 1) : [];
}

/**
 * The index of the line that the line at `i` repeats exactly, right above it (blank lines
 * between passed over), or -1: a line pasted twice.
 */
function copiedFrom(lines: readonly LineNode[], i: number, text: string): number {
  let above = i - 1;
  while (above >= 0 && lines[above]!.kind === "blank") above--;
  if (above < 0) return -1;
  const line = lines[i]!;
  const other = lines[above]!;
  const end = textEndOf(line, text);
  if (textEndOf(other, text) - other.indentEnd !== end - line.indentEnd) return -1;
  return text.startsWith(text.slice(line.indentEnd, end), other.indentEnd) ? above : -1;
}

/**
 * The heading an item or part line holds, where it may be a pageless entry (PAGELESS_ENTRY); or a
 * plain line that is such an entry whose chapter numeral lost its 、 (`一总体要求` over `二、主要任务`),
 * which the grammar reads as text: left out, the list ended before it and the entries under it
 * were the plan's chapters, whose own 一、 then read as a reversal, renumbered.
 */
function pagelessHeadingOf(line: LineNode, text: string): string | null {
  const lostMark = line.kind === "text" && line.textKind === "plain" && CHAPTER_NUMERALS.has(text.charCodeAt(line.indentEnd));
  if (line.kind !== "item" && !(line.kind === "text" && line.textKind === "part") && !lostMark) return null;
  const end = textEndOf(line, text);
  if (end - line.indentEnd > LONGEST_ENTRY) return null;
  const content = text.slice(line.indentEnd, end);
  if (lostMark && LOST_MARK_ENTRY.exec(content) === null) return null;
  return PAGELESS_ENTRY.test(content) ? content : null;
}

const CHAPTER_NUMERALS = codeUnitSet("一二三四五六七八九十");
/** A chapter's numeral right before its heading's words, its 、 lost: `一总体要求`. */
const LOST_MARK_ENTRY = /^([一二三四五六七八九十]{1,3})(?=[\u4e00-\u9fff])/u;
/** A chapter marker's mark right after its numeral: what a heading whose 、 was lost lacks. */
const CHAPTER_MARK = codeUnitSet("、.．");

/**
 * Whether two headings are one, a chapter's 、 lost in one of them aside (`一总体要求`, `一、总体要求`):
 * an entry and the plan's heading it copies.
 */
function sameHeading(a: string, b: string): boolean {
  return a === b || withoutChapterMark(a) === withoutChapterMark(b);
}

/** A heading without the mark after its chapter numeral (`一、总体要求` → `一总体要求`). */
function withoutChapterMark(heading: string): string {
  const numeral = /^[一二三四五六七八九十]{1,3}/u.exec(heading);
  return numeral !== null && CHAPTER_MARK.has(heading.charCodeAt(numeral[0].length)) ? numeral[0] + heading.slice(numeral[0].length + 1) : heading;
}

/**
 * Whether a line from `from` on opens with `heading` (after its indentation): the plan's own
 * heading that a contents entry copies. Either may have lost the 、 after its chapter numeral
 * (`一总体要求` in the list or in the plan): compared without it.
 */
function opensAgain(lines: readonly LineNode[], from: number, heading: string, text: string): boolean {
  const bare = withoutChapterMark(heading);
  const lostMark = LOST_MARK_ENTRY.exec(bare);
  const numeral = lostMark === null ? "" : lostMark[1]!;
  /** The heading's words after its numeral and the mark, if any. */
  const words = bare.slice(numeral.length);
  for (let i = from; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.kind === "blank" || line.kind === "comment") continue;
    const at = line.indentEnd;
    if (text.startsWith(heading, at)) return true;
    if (numeral === "" || !text.startsWith(numeral, at)) continue;
    const after = at + numeral.length;
    if (text.startsWith(words, after) || (CHAPTER_MARK.has(text.charCodeAt(after)) && text.startsWith(words, after + 1))) return true;
  }
  return false;
}

function pageOf(digits: string): number {
  return Number(halfWidthDigits(digits));
}

function setApart(lines: LineNode[], headingIndex: number | null, found: ReadonlyArray<{ index: number; heading: string; page: number | null }>, copyIndices: readonly number[], text: string): TableOfContents {
  const entries: TableOfContentsEntry[] = [];
  for (const { index, heading, page } of found) {
    const line = asText(lines[index] as TextLineNode | ItemLineNode);
    lines[index] = line;
    entries.push({ line, heading, headingStart: line.indentEnd, page });
  }
  // An entry's line pasted twice (entriesAfter) is a line of the contents, and the copy that structure/repeated-paste deletes.
  const copies: RepeatedPaste[] = [];
  const all = entries.map((entry) => entry.line);
  for (const index of copyIndices) {
    const line = (lines[index] = asText(lines[index] as TextLineNode | ItemLineNode));
    // Only the first entry's copy is read past (entriesAfter).
    const of = entries[0]!.line;
    copies.push({ start: line.indentEnd, end: textEndOf(line, text), lines: [line], of: { start: of.indentEnd, end: textEndOf(of, text) } });
    all.push(line);
  }
  if (copies.length > 0) all.sort((a, b) => a.start - b.start);
  const heading = headingIndex === null ? null : (lines[headingIndex] as TextLineNode);
  if (heading !== null) all.unshift(heading);
  const first = all[0]!;
  const last = all[all.length - 1]!;
  return { start: first.indentEnd, end: textEndOf(last, text), heading, entries, lines: all, copies };
}

/** An entry's line (entriesAfter takes text and item lines only) as plain text: its marker is a copy of a heading's, no item of the plan. */
function asText(line: TextLineNode | ItemLineNode): TextLineNode {
  if (line.kind !== "text") return asTextLine(line, "plain");
  if (line.textKind === "plain") return line;
  return { type: "line", kind: "text", textKind: "plain", start: line.start, indentEnd: line.indentEnd, contentEnd: line.contentEnd, end: line.end, eol: line.eol, parts: line.parts };
}

/** Whether text[start, end) ends in a page number, dashes or spaces after it: one look before ENTRY. */
function endsWithFigure(text: string, start: number, end: number): boolean {
  let at = end - 1;
  while (at >= start && (isSpaceCode(text.charCodeAt(at)) || AROUND_PAGE.has(text.charCodeAt(at)))) at--;
  const code = text.charCodeAt(at);
  return at >= start && isAnyDigitCode(code);
}

function contentOf(line: LineNode, text: string): string {
  return line.kind === "blank" || line.kind === "comment" ? "" : text.slice(line.indentEnd, textEndOf(line, text));
}
