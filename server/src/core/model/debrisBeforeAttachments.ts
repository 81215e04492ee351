import type { LineNode } from "../syntax/cst.js";
import { opensAttachments } from "./attachments.js";
import { opensUnitTable } from "./unitTableHeader.js";
import { isImprintLine } from "./imprint.js";
import { textEndOf } from "./inline.js";
import { furnitureKindOf } from "./pageFurniture.js";
import type { LineBlock } from "./types.js";

/**
 * Web-page debris a page put between the plan's text and an attachment (打印本页 关闭窗口,
 * 扫一扫在手机打开当前页, 【字体：大 中 小】, 分享到：), as a government site prints its bar under
 * the text and the attachments after it: the lines of page furniture (page-furniture.json, the
 * words the trailer and the leading debris are read by) right before an attachment's label or
 * the 附件说明 that lists them (model/attachments.ts `opensAttachments`), or a 分工表's header pasted
 * with no label (model/unitTableHeader.ts), blank lines between.
 * They are set apart as the trailer is (model/setApart.ts: no item's body, no prose, not
 * exported) and structure/trailing-text reports them; the attachment after them is the plan's. Each run is found walking back from a label over furniture and blank lines
 * only: the lines are read once.
 */
export function findDebrisBeforeAttachments(lines: readonly LineNode[], from: number, to: number, text: string): LineBlock[] {
  let blocks: LineBlock[] | null = null;
  // The label walked back from last, where its run began, and whether the run was debris.
  let previous: { label: number; first: number; debris: boolean } | null = null;
  for (let i = from; i < to; i++) {
    if (!opensAttachments(lines[i]!, text) && !opensUnitTable(lines[i]!, text)) continue;
    let first = i;
    for (let j = i - 1; j >= from; j--) {
      const line = lines[j]!;
      if (line.kind === "blank") continue;
      if (!isFurniture(line, text)) break;
      first = j;
      // That label is a page's line itself (a download link, 附件1.重点任务分工表.docx under
      // 附件下载：, before the attachment it links to): one run of debris through it and the
      // debris already found before it — one finding, not two over the same lines, and its
      // lines not read again.
      if (previous !== null && j === previous.label) {
        if (previous.debris) blocks!.pop();
        first = j = previous.first;
      }
    }
    previous = { label: i, first, debris: first !== i };
    if (first === i) continue;
    const debris = lines.slice(first, i).filter((line) => line.kind !== "blank");
    (blocks ??= []).push({ start: debris[0]!.start, end: debris[debris.length - 1]!.end, lines: debris });
  }
  return blocks ?? NO_BLOCKS;
}

function isFurniture(line: LineNode, text: string): boolean {
  // A 版记's 公开方式 line is a web page's metadata row too: the 版记 reads it (model/imprint.ts).
  return line.kind === "text" && furnitureKindOf(text.slice(line.indentEnd, textEndOf(line, text))) !== null && !isImprintLine(line, text);
}

// Not frozen: V8 iterates a frozen array on a slow path (ARCHITECTURE.md, "Frozen arrays").
const NO_BLOCKS: LineBlock[] = [];
