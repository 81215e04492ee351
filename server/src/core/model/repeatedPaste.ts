import type { LineNode } from "../syntax/cst.js";
import type { RepeatedPaste } from "./types.js";

/**
 * A block of the plan pasted twice in a row: the whole text copied again after itself, or a
 * section pasted a second time just after the first. The second copy is no part of the plan —
 * read as one, its markers broke every count (一、 after 三、), and the numbering fixes renumbered
 * it into the plan, hiding the paste. The model sets it apart (no item, no clause), and
 * structure/repeated-paste reports it and deletes it: its words are all in the first copy.
 *
 * A copy is told by its lines alone (blank lines and comments aside): the same content, line for
 * line, directly after the block it repeats, of two lines or more, with a numbered item among
 * them — a table's cells (`%`, `预期性`) repeat in short runs without one — and no line of it
 * the same as the line before (one line over and over is a run, not a paste); or one numbered
 * item's line said again right after itself, once (a heading pasted twice). Blank lines, comments and
 * a page's number or running head between the copies are passed over. This runs on every
 * keystroke: a line is first compared by its length and first character (two field reads and
 * one code unit); text is compared only where those agree.
 */
export function findRepeatedPastes(lines: readonly LineNode[], text: string, from: number): RepeatedPaste[] {
  // Content lines, by their index in `lines`, with the key each is first compared by. Typed
  // arrays at the lines' count, filled up to `count`: arrays grown by push over a large plan's
  // lines left each size they outgrew in the old generation (past 16,000 entries V8 allocates
  // them there), garbage only a full GC frees.
  const at = new Int32Array(lines.length);
  const keys = new Float64Array(lines.length);
  let count = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (passedOver(line)) continue;
    at[count] = i;
    keys[count++] = (line.contentEnd - line.indentEnd) * 0x10000 + text.charCodeAt(line.indentEnd);
  }
  if (count < 4) return [];
  // Items among the content lines before each one, so that a block's items are counted at once.
  const itemsBefore = new Int32Array(count + 1);
  for (let c = 0; c < count; c++) itemsBefore[c + 1] = itemsBefore[c]! + (lines[at[c]!]!.kind === "item" ? 1 : 0);
  // The content line before each with the same key, a chain walked a few steps back.
  const previous = new Int32Array(count).fill(-1);
  const last = new Map<number, number>();
  for (let c = 0; c < count; c++) {
    const before = last.get(keys[c]!);
    if (before !== undefined) previous[c] = before;
    last.set(keys[c]!, c);
  }
  const same = (a: number, b: number) => keys[a] === keys[b] && sameContent(lines[at[a]!]!, lines[at[b]!]!, text);
  // By the distance between a block and its copy: the first line from which on lines no longer
  // agree with the line that far before, found by the last walk at that distance. A text of
  // near copies (a plan's sections, a large document of similar parts) agrees over long runs
  // that fall short of a whole block; without this, each line walked the same run again
  // (2 MB of near copies: 1.7 s a keystroke).
  const agreeUntil = new Map<number, number>();
  const found: RepeatedPaste[] = [];
  for (let c = 0; c < count; c++) {
    if (at[c]! < from) continue;
    let p = previous[c]!;
    for (let step = 0; p >= 0 && step < MAX_CHAIN; step++, p = previous[p]!) {
      const length = c - p;
      // A line said again right after itself is not a block pasted twice: a run of one line
      // (a generated list, a table's repeated cell) has no copy to set apart. A numbered item's
      // line said twice is: no plan numbers one heading twice over (`（二）强化…` / `（二）强化…`),
      // and read as an item the copy broke the count, renumbering every sibling after it. Said
      // three times or more it is a run again (a generated list of `1.开展工作。`), not a paste.
      if (length < MIN_LINES) {
        if (!same(p, c)) continue;
        const pair = (p === 0 || !same(p - 1, p)) && (c + 1 === count || !same(c, c + 1));
        if (pair && isNumberedLine(lines[at[c]!]!)) found.push(pasteOf(lines, at, c, p, length));
        break;
      }
      if (c + length > count || itemsBefore[c]! - itemsBefore[p]! === 0) continue;
      // The block's last line against the copy's, by key, before a walk through both: a near
      // miss (lines repeated here and there, not a block) fails on this one look.
      if (keys[c - 1] !== keys[c + length - 1]) continue;
      // Lines agree with those `length` before from an earlier walk's start up to `known`: a line
      // in that run needs no walk of its own.
      const known = agreeUntil.get(length);
      let to = known !== undefined && known > c ? known : c;
      if (to === c) {
        while (to < c + length && same(to - length, to)) to++;
        agreeUntil.set(length, to);
      }
      if (to < c + length) continue;
      found.push(pasteOf(lines, at, c, p, length));
      c += length - 1;
      break;
    }
  }
  return found;
}

/** The copy of `length` content lines from content line `c`, of the block from content line `p`. */
function pasteOf(lines: readonly LineNode[], at: Int32Array, c: number, p: number, length: number): RepeatedPaste {
  const first = lines[at[c]!]!;
  const end = lines[at[c + length - 1]!]!;
  // Comments between the copy's lines are the user's, not the paste's; a page's number or
  // running head between them is the page's, no line of either copy.
  const copied = lines.slice(at[c]!, at[c + length - 1]! + 1).filter((line) => line.kind !== "comment" && !isPageLine(line));
  return { start: first.indentEnd, end: end.contentEnd, lines: copied, of: { start: lines[at[p]!]!.indentEnd, end: lines[at[c - 1]!]!.contentEnd } };
}

/** Lines no copy is compared by: blank lines, comments, and a page's number or running head (a page break between the copies). */
const passedOver = (line: LineNode): boolean => line.kind === "blank" || line.kind === "comment" || isPageLine(line);
const isPageLine = (line: LineNode): boolean => line.kind === "text" && line.textKind === "pageNumber";

/** An item line with a number and words after it: a heading or a task, never a marker alone. */
const isNumberedLine = (line: LineNode): boolean => line.kind === "item" && line.marker.value !== null && line.marker.level !== 5 && line.headingEnd > line.headingStart;

/** A copy has at least this many content lines, but for a numbered item's line (`isNumberedLine`): any other line said twice is another rule's. */
const MIN_LINES = 2;
/** Earlier lines of the same key tried as the start of the block a line repeats. */
const MAX_CHAIN = 8;

function sameContent(a: LineNode, b: LineNode, text: string): boolean {
  const length = a.contentEnd - a.indentEnd;
  if (b.contentEnd - b.indentEnd !== length) return false;
  for (let k = 0; k < length; k++) if (text.charCodeAt(a.indentEnd + k) !== text.charCodeAt(b.indentEnd + k)) return false;
  return true;
}
