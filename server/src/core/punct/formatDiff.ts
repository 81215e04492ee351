import { lazy } from "../lazy.js";
import type { TextEdit } from "../rules/types.js";

/**
 * The edits that turn a text into its formatted copy. Formatting changes punctuation and spaces
 * only (format.ts), never a Chinese character or a line break: those stand in both texts in the
 * same order and anchor them, and only the stretches between two anchors that differ are diffed.
 * A character diff of the whole texts costs their length times the number of changes, which on a
 * plan of a megabyte and thousands of marks to fix was minutes; between anchors it is linear.
 * Texts whose anchors differ (a rule that ever changes more) are diffed whole, as before.
 */

/** The diff library, for formatting only. */
const diff = lazy(() => require("diff") as typeof import("diff"));

/** A Chinese character (the CJK unified ideographs and extension A) or a line break. */
function isAnchor(code: number): boolean {
  return code === 0x0a || (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf);
}

/** The smallest replacements that turn `before` into `after`, stretch by stretch between anchors. */
export function editsBetween(before: string, after: string): TextEdit[] {
  if (before === after) return [];
  const edits: TextEdit[] = [];
  let i = 0;
  let j = 0;
  while (i < before.length || j < after.length) {
    let nextI = i;
    while (nextI < before.length && !isAnchor(before.charCodeAt(nextI))) nextI++;
    let nextJ = j;
    while (nextJ < after.length && !isAnchor(after.charCodeAt(nextJ))) nextJ++;
    // Both stretches end at the same anchor, or both texts end: anything else is no formatting.
    const endOfBefore = nextI >= before.length;
    if (endOfBefore !== nextJ >= after.length || (!endOfBefore && before.charCodeAt(nextI) !== after.charCodeAt(nextJ))) return wholeDiff(before, after);
    if (nextI - i !== nextJ - j || before.slice(i, nextI) !== after.slice(j, nextJ)) addDiff(edits, before.slice(i, nextI), after.slice(j, nextJ), i);
    // Past the anchor.
    i = nextI + 1;
    j = nextJ + 1;
  }
  return edits;
}

function wholeDiff(before: string, after: string): TextEdit[] {
  const edits: TextEdit[] = [];
  addDiff(edits, before, after, 0);
  return edits;
}

/** The character diff of one stretch of `before` starting at `offset`, joined to an edit that ends where it starts. */
function addDiff(edits: TextEdit[], before: string, after: string, offset: number): void {
  for (const change of diff().diffChars(before, after)) {
    if (!change.added && !change.removed) {
      offset += change.value.length;
      continue;
    }
    const last = edits[edits.length - 1];
    const edit = last && last.end === offset ? last : { start: offset, end: offset, newText: "" };
    if (edit !== last) edits.push(edit);
    if (change.removed) {
      offset += change.value.length;
      edit.end = offset;
    } else edit.newText += change.value;
  }
}
