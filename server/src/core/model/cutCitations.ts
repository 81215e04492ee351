import type { CitationNode, LineNode } from "../syntax/cst.js";
import { citationAcrossLines } from "../syntax/parse.js";
import { inlinePartsOf, textEndOf } from "./inline.js";
import type { HardWrap } from "./types.js";

/**
 * A citation whose title a PDF's measure cut (`为深入贯彻落实《中共中央 国务院关于印发〈质量强国建设纲要〉`
 * / `的通知》精神，……`): the grammar reads one line at a time and sees a 《 left open and a stray 》,
 * so the plan would lose its parent, and the xref rules the title. It is read across the break
 * as structure/hard-wrap's fix will join it — only where the document is hard-wrapped
 * (model/hardWrap.ts) and the line that leaves the 《 open is one of its wrapped lines (it fills
 * the measure and goes on below). An ordinary line that ends inside a title is a title left
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
    if (!wrapped.has(line)) continue;
    const end = textEndOf(line, text);
    const open = openTitleAt(text, line.indentEnd, end);
    const from = open >= 0 ? open : numberCutAfter(line, text, end);
    if (from < 0) continue;
    // The lines the wrap joins to this one: each goes on below while it is itself wrapped.
    let last = i + 1;
    while (last - i < MAX_LINES && last + 1 < lines.length && wrapped.has(lines[last]!) && lines[last + 1]!.start === lines[last]!.end) last++;
    if (lines[i + 1]!.start !== line.end) continue;
    const citation = citationAcrossLines(text, from, lines[last]!.contentEnd);
    if (citation === null || citation.end <= line.contentEnd || (open < 0 && citation.docNumber === null)) continue;
    (found ??= []).push(citation);
    // The line it closes on may leave another title open at its end.
    while (i + 1 < last && lines[i + 1]!.end <= citation.end) i++;
  }
  return found ?? NONE;
}

/** What may stand between a title that ends a line and the line's end where its 文号 goes on below: `（`, `（国办发〔2016〕1`. */
const NUMBER_OPENED = /^[ \t\u3000]*(?:[（(][\u4e00-\u9fff0-9〔[【（(﹝〕\]】）)﹞ \t\u3000]*)?$/;

/**
 * Where a citation starts whose title the line closes at its end, its 文号 cut off below it
 * (`……的通知》` / `（国办发〔2016〕18号）`, `……的通知》（国办发〔2016〕1` / `8号）`); -1 if none.
 */
function numberCutAfter(line: LineNode, text: string, end: number): number {
  const parts = inlinePartsOf(line);
  for (let k = parts.length - 1; k >= 0; k--) {
    const part = parts[k]!;
    if (part.type === "text") continue;
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
 * read without its line break and the indentation after it (grammar CitationAt), so past the
 * break the text's offsets run ahead of the title's. A title read on one line is written as
 * read. An index at a break maps to before it (the end of a span that stops there).
 */
export function writtenAt(text: string, start: number, index: number): number {
  let at = start;
  for (let k = 0; k < index; k++) {
    if (isBreak(text.charCodeAt(at))) {
      while (isBreak(text.charCodeAt(at))) at++;
      while (isIndent(text.charCodeAt(at))) at++;
    }
    at++;
  }
  return at;
}

/** Where a title read from `start` ends as written (`writtenAt` of its length). */
export function writtenEnd(text: string, start: number, title: string): number {
  return writtenAt(text, start, title.length);
}
