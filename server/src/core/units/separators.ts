import type { Span } from "../model/types.js";

/** The separator between two names of a clause: `、` (canonical), `，`, `,`, or " " for spaces alone. */
export interface UnitSeparator extends Span {
  text: string;
}

const IDEOGRAPHIC_COMMA = 0x3001; // 、
const FULL_WIDTH_COMMA = 0xff0c; // ，
const COMMA = 0x2c; // ,

/**
 * The separators between consecutive `units` of one clause segment, read from the text. The
 * grammar reads a separator as one mark (、，,) with spaces around it, or as spaces alone, and
 * the names on either side take everything else: the text between two names is exactly their
 * separator. So the tree does not keep separators (an object per name, a tenth of what a plan's
 * tree kept), and this reads them where a rule asks: the mark with its own span, or the spaces.
 */
export function unitSeparators(text: string, units: readonly Span[]): UnitSeparator[] {
  const separators: UnitSeparator[] = [];
  for (let index = 1; index < units.length; index++) separators.push(separatorBetween(text, units[index - 1]!.end, units[index]!.start));
  return separators;
}

function separatorBetween(text: string, start: number, end: number): UnitSeparator {
  for (let at = start; at < end; at++) {
    const code = text.charCodeAt(at);
    if (code === IDEOGRAPHIC_COMMA) return { text: "、", start: at, end: at + 1 };
    if (code === FULL_WIDTH_COMMA) return { text: "，", start: at, end: at + 1 };
    if (code === COMMA) return { text: ",", start: at, end: at + 1 };
  }
  return { text: " ", start, end };
}
