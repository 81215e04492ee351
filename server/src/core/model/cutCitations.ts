import type { CitationNode, LineNode } from "../syntax/cst.js";
import { citationAcrossLines } from "../syntax/parse.js";
import { inlinePartsOf, textEndOf } from "./inline.js";
import { fillsMeasure } from "./hardWrap.js";
import { isPageNumber } from "./pageFurniture.js";
import type { HardWrap, Span } from "./types.js";

/**
 * A citation whose title a PDF's measure cut (`为深入贯彻落实《中共中央 国务院关于印发〈质量强国建设纲要〉`
 * / `的通知》精神，……`): the grammar reads one line at a time and sees a 《 left open and a stray 》,
 * so the plan would lose its parent, and the xref rules the title. It is read across the break
 * as structure/hard-wrap's fix will join it — only where the document is hard-wrapped
 * (model/hardWrap.ts) and the line that leaves the 《 open is one of its wrapped lines (it fills
 * the measure and goes on below), or that fills the measure before a page's edge where its 文号
 * goes on past the page (`acrossPages`). An ordinary line that ends inside a title is a title left
 * open, which punct/unbalanced reports; it is never joined to the line below.
 */

/** How many lines one title may run over: a title is shorter than two lines of the narrowest page. */
const MAX_LINES = 3;

const OPEN_TITLE = 0x300a; // 《
const CLOSE_TITLE = 0x300b; // 》

// Not frozen: a shared empty list for the plans that are not wrapped (nearly all).
const NONE: CitationNode[] = [];

/**
 * The citations the wrapped lines cut, in document order. `lines` are the lines read in order;
 * a line set apart between two (a review balloon) is no wrap's continuation.
 */
export function cutCitations(lines: readonly LineNode[], text: string, wrap: HardWrap | null): CitationNode[] {
  if (wrap === null) return NONE;
  const wrapped = new Set<LineNode>(wrap.lines);
  let found: CitationNode[] | null = null;
  for (let i = 0; i + 1 < lines.length; i++) {
    const line = lines[i]!;
    let next = goesOnAt(lines, i, text, wrap, wrapped);
    if (next < 0) continue;
    const end = textEndOf(line, text);
    const open = openTitleAt(text, line.indentEnd, end);
    const from = open >= 0 ? open : numberCutAfter(line, text, end);
    if (from < 0) continue;
    // The lines the wrap joins to this one: each goes on below while it is itself wrapped, or
    // past a page's edge; the page's lines between are a break (`pageGaps`).
    let gaps: Span[] | null = null;
    let last = i;
    for (let count = 1; next >= 0; count++) {
      if (next > last + 1) (gaps ??= []).push({ start: lines[last]!.contentEnd, end: lines[next]!.indentEnd });
      last = next;
      if (count === MAX_LINES - 1) break;
      next = goesOnAt(lines, last, text, wrap, wrapped);
    }
    const citation = gaps === null ? citationAcrossLines(text, from, lines[last]!.contentEnd) : acrossPages(text, from, lines[last]!.contentEnd, gaps);
    if (citation === null || citation.end <= line.contentEnd || (open < 0 && citation.docNumber === null)) continue;
    (found ??= []).push(citation);
    // The line it closes on may leave another title open at its end.
    while (i + 1 < last && lines[i + 1]!.end <= citation.end) i++;
  }
  return found ?? NONE;
}

const isPageLine = (line: LineNode): boolean => line.kind === "text" && line.textKind === "pageNumber";

/**
 * The index of the line the text of line `i` goes on in, or -1: the next line, where `i` is one
 * of the wrap's lines; past a page's edge (blank lines, the page's number and heads: model/reading.ts),
 * where `i` fills the measure without a sentence end — as punct/breaks.ts reads a page that cut
 * its paragraph — and plain text goes on after the page.
 */
function goesOnAt(lines: readonly LineNode[], i: number, text: string, wrap: HardWrap, wrapped: ReadonlySet<LineNode>): number {
  const line = lines[i]!;
  if (wrapped.has(line)) return lines[i + 1]!.start === line.end ? i + 1 : -1;
  let next = i + 1;
  let page = false;
  for (; next < lines.length; next++) {
    const between = lines[next]!;
    if (isPageLine(between)) page = true;
    else if (between.kind !== "blank") break;
  }
  const after = lines[next];
  if (!page || after === undefined || after.kind !== "text" || after.textKind !== "plain") return -1;
  return fillsMeasure(wrap, line, text) ? next : -1;
}

/**
 * A citation read across a page's edge (`（中发〔20` / `— 3 —` / `22〕17号）`, `修订《江西省公路施` /
 * `— 10 —` / `工企业信用评价实施细则》`): the parser reads a copy of the text in which each page's
 * lines are a line break and spaces (the offsets stay the text's, as the grammar's CitationAt
 * reads the break and the next line's indentation). A title's written places are read back by
 * `writtenAt`, which passes a page's number but not a running head: a title cut by a page with
 * its head is left open, as before.
 */
function acrossPages(text: string, from: number, end: number, gaps: readonly Span[]): CitationNode | null {
  let copy = "";
  let at = 0;
  for (const gap of gaps) {
    copy += text.slice(at, gap.start) + "\n" + " ".repeat(gap.end - gap.start - 1);
    at = gap.end;
  }
  copy += text.slice(at, end);
  const citation = citationAcrossLines(copy, from, end);
  if (citation === null) return null;
  // A title the page cut is placed by writtenAt, which reads past a page's number but not past
  // its running heads: read across such a page only where it places the title as the copy does.
  const titleEnd = writtenEnd(copy, citation.titleStart, citation.title);
  if (gaps.some((gap) => gap.start < titleEnd) && writtenEnd(text, citation.titleStart, citation.title) !== titleEnd) return null;
  return citation;
}

/**
 * What may stand between a title that ends a line and the line's end where its 文号 goes on below:
 * `（`, `（国办发〔2016〕1`, `（国办发〔2016〕18号` (its `）` opening the next line), its figures in
 * either width as the grammar's CutDigits reads them (`（中发〔２０２２〕１`, a WPS copy).
 */
const NUMBER_OPENED = /^[ \t\u3000]*(?:[（(][\u4e00-\u9fff0-9０-９〔[【（(﹝〕\]】）)﹞ \t\u3000]*)?$/;

/**
 * Where a citation starts whose title the line closes at its end, its 文号 cut off below it
 * (`……的通知》` / `（国办发〔2016〕18号）`, `……的通知》（国办发〔2016〕1` / `8号）`, `……的通知》（国办发〔2016〕18号`
 * / `）精神`); -1 if none. A 文号 whole before the cut is read by the grammar as one of its own;
 * the citation read across the break takes it back.
 */
function numberCutAfter(line: LineNode, text: string, end: number): number {
  const parts = inlinePartsOf(line);
  let number = false;
  for (let k = parts.length - 1; k >= 0; k--) {
    const part = parts[k]!;
    if (part.type === "text") continue;
    // The 文号 the line ends on, once, between the title and the cut.
    if (part.type === "docNumber" && !number) {
      number = true;
      continue;
    }
    if (part.type !== "citation" || part.docNumber !== null || part.quoted) return -1;
    return NUMBER_OPENED.test(text.slice(part.end, end)) ? part.start : -1;
  }
  return -1;
}

/** Where text[start, end) leaves a 《 open at its end (the last 《 no 》 after it closes), or -1. */
function openTitleAt(text: string, start: number, end: number): number {
  let closed = 0;
  for (let i = end - 1; i >= start; i--) {
    const code = text.charCodeAt(i);
    if (code === CLOSE_TITLE) closed++;
    else if (code === OPEN_TITLE) {
      if (closed === 0) return i;
      closed--;
    }
  }
  return -1;
}

function isBreak(code: number): boolean {
  return code === 10 || code === 13;
}

function isIndent(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x3000 || code === 0xa0 || code === 0x0c || code === 0x0b;
}

/**
 * Where the `index`-th code unit of a title read from `start` is written: a title a wrap cut is
 * read without its line break and the indentation after it (grammar CitationAt), and a page's
 * number between (`acrossPages`), so past the break the text's offsets run ahead of the title's.
 * A title read on one line is written as read. An index at a break maps to before it (the end of a span that stops there).
 */
export function writtenAt(text: string, start: number, index: number): number {
  let at = start;
  for (let k = 0; k < index; k++) {
    // The spaces that end a line before its break are no part of the title (grammar CitationAt).
    if (isIndent(text.charCodeAt(at))) at = pastSpacesBeforeBreak(text, at);
    if (isBreak(text.charCodeAt(at))) {
      for (let page = at; page >= 0; page = pageLineEnd(text, at)) {
        at = page;
        // The break, blank lines and the next line's indentation.
        while (isBreak(text.charCodeAt(at)) || isIndent(text.charCodeAt(at))) at++;
      }
    }
    at++;
  }
  return at;
}

/** `at` past the spaces from it where a line break follows them, else `at`. */
function pastSpacesBeforeBreak(text: string, at: number): number {
  let end = at;
  while (isIndent(text.charCodeAt(end))) end++;
  return isBreak(text.charCodeAt(end)) ? end : at;
}

/** The longest line read as a page's number between a title's halves (`— 12 —`, `第 5 页 共 8 页`). */
const MAX_PAGE_LINE = 24;

/**
 * Where the line from `at` ends if it is a page's number a PDF copy kept between the halves of a
 * title (model/pageFurniture.ts), else -1: past a page's edge the title goes on after it.
 */
function pageLineEnd(text: string, at: number): number {
  let end = at;
  while (end < text.length && end - at <= MAX_PAGE_LINE && !isBreak(text.charCodeAt(end))) end++;
  if (end === at || end - at > MAX_PAGE_LINE || !isBreak(text.charCodeAt(end))) return -1;
  return isPageNumber(text.slice(at, end)) ? end : -1;
}

/** Where a title read from `start` ends as written (`writtenAt` of its length). */
export function writtenEnd(text: string, start: number, title: string): number {
  return writtenAt(text, start, title.length);
}
