import type { LayoutBlock } from "./layout.js";

/**
 * How a 专栏 box's frame meets the pages (GB/T 9704 has no 专栏; plans set one apart in a frame
 * as a figure): where each box ends, which takes the space under the frame, and which boxes are
 * short enough to be kept on one page whole — a box that would start at a page's foot with a
 * line or two of its list moves to the next page with its title, as a drafter moves it; a long
 * one breaks where the page ends (its title still with its first line, docx.ts keepsWithNext).
 */

/** A box up to half a page is kept whole: more, and the page it leaves would stand half empty. */
export const BOX_KEPT_LINES = 11;

export interface BoxShapes {
  /** The blocks of the boxes kept whole, each but the box's last kept with the next. */
  keptWhole: ReadonlySet<LayoutBlock>;
  /** Each box's last block: the frame ends under it. */
  last: ReadonlySet<LayoutBlock>;
  /**
   * The boxes that hold only a table (the title right above it, no paragraph of the box after
   * it): each such table with its title's text, printed as its first row (docx.ts), and the titles,
   * printed there only.
   */
  tableTitles: ReadonlyMap<LayoutBlock, string>;
  titlesInTables: ReadonlySet<LayoutBlock>;
}

/** Whether a block is inside a 专栏 box's frame: its title, or one of its paragraphs. */
export function inBox(block: LayoutBlock | undefined): boolean {
  return block !== undefined && (block.kind === "boxTitle" || (block.kind === "paragraph" && block.box));
}

/** Whether a block goes on a box that opened above it: one of its paragraphs, or a table in it. */
function continuesBox(block: LayoutBlock): boolean {
  return (block.kind === "paragraph" && block.box) || (block.kind === "table" && block.box === true);
}

/**
 * The boxes of a layout: each a title and the paragraphs and tables after it that are in its
 * frame. A table among a box's paragraphs stands in the frame at its full width, its rules the
 * frame's sides (docx.ts): the frame closes onto its top and opens again under it, so the box
 * reads as one, and the space under the frame goes under the box's last block, table or not.
 * `lines(block)` is how many printed lines a block of a box takes.
 */
export function boxShapes(blocks: readonly LayoutBlock[], lines: (block: LayoutBlock) => number): BoxShapes {
  const keptWhole = new Set<LayoutBlock>();
  const last = new Set<LayoutBlock>();
  const tableTitles = new Map<LayoutBlock, string>();
  const titlesInTables = new Set<LayoutBlock>();
  for (let start = 0; start < blocks.length; start++) {
    if (!inBox(blocks[start])) continue;
    let end = start + 1;
    // A box's title opens the next box: two boxes one under the other are two frames.
    while (end < blocks.length && continuesBox(blocks[end]!)) end++;
    const box = blocks.slice(start, end);
    const [title, table] = box;
    if (box.length === 2 && title!.kind === "boxTitle" && table!.kind === "table") {
      tableTitles.set(table!, title!.text);
      titlesInTables.add(title!);
    }
    last.add(box[box.length - 1]!);
    if (box.reduce((sum, block) => sum + lines(block), 0) <= BOX_KEPT_LINES) for (const block of box) keptWhole.add(block);
    start = end - 1;
  }
  return { keptWhole, last, tableTitles, titlesInTables };
}
