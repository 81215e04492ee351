import { printable } from "./printable.js";

/**
 * The inline markup of CommonMark and GitHub's tables that text from a plan or a file name can
 * hold: a backslash (which would escape what follows it: `C:\_x` showed `C:_x`), emphasis and
 * strike marks, code spans, links and images, raw HTML and entities (`<span>` vanished,
 * `&amp;` showed `&`), a closing `#` of a heading, and a cell's `|`. Each is escaped with a
 * backslash, which CommonMark allows before any ASCII punctuation; the backslash comes first,
 * so `\|` in the text stays `\|` (GFM unescapes a table's `\|` before the cell's inline markup).
 */
const INLINE_MARKUP = /[\\`*_~[\]<&#|]/g;

/** What makes a line a list item or a block quote when it opens the line. */
const BLOCK_START = /^(?:[-+>]|\d+(?=[.)]))/;

/**
 * Text from a plan or a file name as it goes into the Markdown reports (`plancheck units`,
 * `targets`, `coverage`): its markup characters escaped, each line break a `<br>` (a table
 * row is one line: a raw one ended the row), then `printable` (`\x1b`, `<U+202E>`: neither is
 * markup, so the rendered report shows them as the terminal does). `lineStart` for text that
 * begins a line, where `- `, `+ `, `> ` and `1.` would open a block.
 */
export function markdownText(text: string, lineStart = false): string {
  let escaped = text.replace(INLINE_MARKUP, "\\$&");
  if (lineStart) escaped = escaped.replace(BLOCK_START, (start) => (/\d/.test(start) ? `${start}\\` : `\\${start}`));
  return printable(escaped.replace(/\r\n|\r|\n/g, "<br>"));
}
