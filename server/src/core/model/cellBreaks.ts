import { isSpaceCode, trimSpacesEnd } from "../text/spaces.js";
import type { Span } from "./types.js";

/**
 * A table cell a web page exported with its line breaks written as tags (`市发展改革委<br>市工业和信息化局`,
 * `<br/>`, `<BR />`): a Markdown table cannot hold a line break, so pages and converters write one
 * so, as Word lists a cell's names one a line. The tag parts the names, as a quoted cell's line
 * break does (model/quotedCells.ts); read as a name's characters, it made one unknown body of two.
 */

/** `<`, which every break tag opens with: the one code unit a cell is asked for before any search. */
const TAG_OPEN = 0x3c;

/** A line break tag at the start of what is searched: `<br>`, `<br/>`, `<br />`, any case. */
const BREAK_TAG = /<br[ \t]*\/?>/iy;

/**
 * The pieces of the cell text[start, end) between its break tags, each without the spaces around
 * it, empty ones left out; null where the cell has no break tag (nearly every cell).
 */
export function piecesBetweenBreaks(text: string, start: number, end: number): Span[] | null {
  let pieces: Span[] | null = null;
  let from = start;
  for (let at = start; at < end; at++) {
    if (text.charCodeAt(at) !== TAG_OPEN) continue;
    BREAK_TAG.lastIndex = at;
    if (!BREAK_TAG.test(text) || BREAK_TAG.lastIndex > end) continue;
    pushTrimmed((pieces ??= []), text, from, at);
    from = BREAK_TAG.lastIndex;
    at = from - 1;
  }
  if (pieces === null) return null;
  pushTrimmed(pieces, text, from, end);
  return pieces;
}

function pushTrimmed(pieces: Span[], text: string, start: number, end: number): void {
  while (start < end && isSpaceCode(text.charCodeAt(start))) start++;
  end = trimSpacesEnd(text, start, end);
  if (end > start) pieces.push({ start, end });
}
