import { separatorSearchStart } from "../units/draftingNotes.js";
import type { Span } from "./types.js";

/*
 * The grammar reads a mark typed twice between two names of a clause (`市科技局、、市工信局`, `，，`,
 * `、，`) as one separator (UnitSeparator), so the clause is read; the marks are then the text
 * between the two names. units/separator reports them and punct/ leaves them to it (one defect,
 * one finding): both ask here where they are.
 */

const IDEOGRAPHIC_COMMA = 0x3001; // 、
const FULL_WIDTH_COMMA = 0xff0c; // ，
const COMMA = 0x2c; // ,

/** The marks between two names when there are two or more of them: the span from the first to the last, and whether one is a comma. */
export interface DoubledSeparator extends Span {
  marks: string;
  hasComma: boolean;
}

/**
 * The separator marks between `before` and `after` (two names of one list) when there are more
 * than one, else null. Answered from the gap's length first: most separators are one 、.
 */
export function doubledSeparatorBetween(text: string, before: Span, after: Span): DoubledSeparator | null {
  if (after.start - before.end < 2) return null;
  let first = -1;
  let last = -1;
  let count = 0;
  let hasComma = false;
  for (let at = separatorSearchStart(text, before.end, after.start); at < after.start; at++) {
    const code = text.charCodeAt(at);
    if (code !== IDEOGRAPHIC_COMMA && code !== FULL_WIDTH_COMMA && code !== COMMA) continue;
    if (first < 0) first = at;
    last = at;
    count++;
    if (code !== IDEOGRAPHIC_COMMA) hasComma = true;
  }
  return count < 2 ? null : { start: first, end: last + 1, marks: text.slice(first, last + 1), hasComma };
}
