import type { LineNode } from "../syntax/cst.js";
import { textEndOf } from "./inline.js";
import { isMediaLine } from "./pageFurniture.js";
import type { LineBlock } from "./types.js";

/**
 * What a copy of a WeChat article (or a news page) left of its images and videos between the
 * plan's tasks: the word 图片 or 视频 alone on its line, or with its caption (图片：推进会现场).
 * Before the plan they are the leading debris, after it the trailer; between the tasks they would
 * read as the body of the task above and be printed by the export. They are set apart as the
 * page's bar before an attachment is (model/setApart.ts: no item's body, no prose, not exported),
 * the text kept where it is, and structure/trailing-text reports them. A run of them (图片 over its
 * caption, blank lines between) is one block. A plain text line only: a sentence that merely opens
 * with 图片 has a stop and is text (pageFurniture.ts isMediaLine).
 */
export function findMediaLines(lines: readonly LineNode[], from: number, to: number, text: string): LineBlock[] {
  let blocks: LineBlock[] | null = null;
  let run: LineNode[] | null = null;
  for (let i = from; i < to; i++) {
    const line = lines[i]!;
    if (line.kind === "blank") continue;
    // A caption is short: a line of a task's body is read no further (this runs on every keystroke).
    if (line.kind === "text" && line.contentEnd - line.indentEnd <= MEDIA_LINE_MAX && isMediaLine(text.slice(line.indentEnd, textEndOf(line, text)))) {
      (run ??= []).push(line);
      continue;
    }
    if (run !== null) (blocks ??= []).push(blockOf(run));
    run = null;
  }
  if (run !== null) (blocks ??= []).push(blockOf(run));
  return blocks ?? NO_BLOCKS;
}

/** The longest line read as an image's: the word, a colon and a caption of the data's length (page-furniture.json weChatMediaPatterns: 40), with room for spaces. */
const MEDIA_LINE_MAX = 64;

function blockOf(lines: LineNode[]): LineBlock {
  return { start: lines[0]!.start, end: lines[lines.length - 1]!.end, lines };
}

// Not frozen: V8 iterates a frozen array on a slow path (ARCHITECTURE.md, "Frozen arrays").
const NO_BLOCKS: LineBlock[] = [];
