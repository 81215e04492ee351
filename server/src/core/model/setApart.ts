import type { LineNode } from "../syntax/cst.js";
import { partitionPoint } from "../text/sorted.js";
import type { PlanDocument } from "./types.js";

/**
 * Adds to `lines` the lines the model set apart inside the text, which no rule but the
 * structure rule that reports them reads and the export never prints: the second copy of a block
 * pasted twice (structure/repeated-paste), Word's review balloons (structure/review-markup), a
 * web page's debris before an attachment and an article's images left as 图片 between the tasks
 * (structure/trailing-text) and a table of contents
 * pasted before the plan (structure/table-of-contents). One list, so that every
 * reader that leaves them out leaves out the same.
 */
export function addLinesSetApart(plan: Pick<PlanDocument, "repeatedPastes" | "reviewBalloons" | "debrisBeforeAttachments" | "mediaLines" | "tableOfContents">, lines: Set<LineNode>): Set<LineNode> {
  for (const paste of plan.repeatedPastes) for (const line of paste.lines) lines.add(line);
  for (const balloon of plan.reviewBalloons) lines.add(balloon.line);
  for (const debris of plan.debrisBeforeAttachments) for (const line of debris.lines) lines.add(line);
  for (const media of plan.mediaLines) for (const line of media.lines) lines.add(line);
  if (plan.tableOfContents !== null) for (const line of plan.tableOfContents.lines) lines.add(line);
  return lines;
}

/**
 * A reader of the text at offsets a search found: the line an offset is on when that line is the
 * document's text — not front matter, a comment, web-page debris or a line set apart — else null.
 * For rules that scan the whole text for a rare mark (text/ocr-digit, text/placeholder's
 * spreadsheet errors): the lines are placed by a binary search, the set made on the first hit.
 */
export class TextLineFinder {
  private skipped: Set<LineNode> | null = null;

  constructor(private readonly plan: PlanDocument) {}

  lineAt(offset: number): LineNode | null {
    const lines = this.plan.lines;
    const line = lines[partitionPoint(lines.length, (i) => lines[i]!.end <= offset)];
    // Front matter is before the first line; a comment is the user's.
    if (line === undefined || line.start > offset || line.kind === "comment" || line.kind === "blank") return null;
    this.skipped ??= addLinesSetApart(this.plan, new Set<LineNode>([...(this.plan.leadingDebris?.lines ?? []), ...(this.plan.trailer?.lines ?? [])]));
    return this.skipped.has(line) ? null : line;
  }
}
