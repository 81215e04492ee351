import type { Span } from "../model/types.js";

const NO_BREAKS: readonly Span[] = [];

/**
 * The line breaks inside a clause (model/clauseReading.ts reads a clause a line break cuts),
 * each with the spaces around it: deleting such a span joins the lines. Most clauses have none,
 * and one search for a line break inside the clause says so.
 */
export function lineBreaksIn(text: string, clause: Span): readonly Span[] {
  let at = nextBreak(text, clause.start, clause.end);
  if (at < 0) return NO_BREAKS;
  const breaks: Span[] = [];
  for (; at >= 0; at = nextBreak(text, at + 1, clause.end)) {
    let start = at;
    while (start > clause.start && isSpace(text.charCodeAt(start - 1))) start--;
    let end = at + (text.charCodeAt(at) === 0x0d && text.charCodeAt(at + 1) === 0x0a ? 2 : 1);
    while (end < clause.end && isSpace(text.charCodeAt(end))) end++;
    breaks.push({ start, end });
    at = end - 1;
  }
  return breaks;
}

function nextBreak(text: string, from: number, end: number): number {
  for (let i = from; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x0a || code === 0x0d) return i;
  }
  return -1;
}

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x3000 || code === 0xa0;
}
