import { pastPageEdge } from "../model/clauseReading.js";
import type { Span } from "../model/types.js";
import type { LineNode } from "../syntax/cst.js";
import { partitionPoint } from "../text/sorted.js";

const NO_BREAKS: readonly Span[] = [];

/**
 * The line breaks inside a clause (model/clauseReading.ts reads a clause a line break cuts),
 * each with the spaces around it: deleting such a span joins the lines. Most clauses have none,
 * and one search for a line break inside the clause says so. A page's edge inside the clause
 * (the lines of its number and running head, `lines` as the model reads them) is passed by with
 * the breaks about it: structure/page-number's fix deletes those lines and joins the clause. So
 * are the lines `setApart` holds (a Word review balloon, model/setApart.ts), which the model reads
 * the clause past: joining a break beside one would bring its words into the clause.
 */
export function lineBreaksIn(text: string, clause: Span, lines: readonly LineNode[], setApart?: ReadonlySet<LineNode>): readonly Span[] {
  let at = nextBreak(text, clause.start, clause.end);
  if (at < 0) return NO_BREAKS;
  const breaks: Span[] = [];
  for (; at >= 0; at = nextBreak(text, at + 1, clause.end)) {
    const below = partitionPoint(lines.length, (k) => lines[k]!.start <= at);
    let after = pastPageEdge(lines, below);
    if (setApart !== undefined) while (after < lines.length && setApart.has(lines[after]!)) after = pastPageEdge(lines, after + 1);
    if (after > below) {
      // On from the line after the page's edge, whose own break before it is the edge's too.
      const resume = lines[after]?.start ?? clause.end;
      at = resume - 1;
      continue;
    }
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
