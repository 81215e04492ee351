/**
 * Spaces inside a line, by code unit: space, tab, ideographic space (U+3000), no-break space
 * (U+00A0). By code unit because these tests run per line on every keystroke, and `text[i]` of
 * a Chinese character makes a new one-character string (V8 caches those below U+0100 only).
 */
export function isSpaceCode(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x3000 || c === 0xa0;
}

/** `end` moved back over the spaces before it, never before `floor`. */
export function trimSpacesEnd(text: string, floor: number, end: number): number {
  while (end > floor && isSpaceCode(text.charCodeAt(end - 1))) end--;
  return end;
}

/** JavaScript's white space and line terminators, the characters `trim` removes. */
const WHITE_RUN = /\s*/y;

/** Whether text[start, end) is empty or white space only: `text.slice(start, end).trim() === ""` without the slice. */
export function isBlankBetween(text: string, start: number, end: number): boolean {
  if (end <= start) return true;
  WHITE_RUN.lastIndex = start;
  WHITE_RUN.test(text);
  return WHITE_RUN.lastIndex >= end;
}
