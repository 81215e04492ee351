import type { LineNode, TextLineNode } from "../syntax/cst.js";
import { isHeadingLike, lineText } from "./prelude.js";
import { isTitleRow } from "./titleLabel.js";
import type { RepeatedTitle } from "./types.js";

/**
 * A page's metadata table may hold the title in a row of its own (标    题：…), often shortened
 * (the page's 南溪县质量强县建设行动方案 over the document's 南溪县质量强县建设三年行动方案（2023—2025年）).
 * The furniture rules never delete such a row by its label alone: where it is the only copy of
 * the title, it is the title. The row is the table's, and debris, where it stands among the
 * table's rows (a row of the leading debris right above or below it) and the document writes a
 * title of its own under it (a heading-like line that is no debris: the notice's or the plan's):
 * its words then never join the title nor replace it, and the export does not print them. A row
 * that repeats the title word for word is structure/repeated-title's (repeatedTitle.ts), left to it.
 */
export function findTitleRowsInTable(lines: readonly LineNode[], text: string, debris: ReadonlySet<LineNode>, repeats: readonly RepeatedTitle[]): TextLineNode[] {
  if (debris.size === 0) return NO_LINES;
  const repeated = new Set<LineNode>();
  for (const repeat of repeats) for (const line of repeat.lines) repeated.add(line);
  // The content lines in order: a row's neighbours are read past blank lines and comments.
  const content = lines.filter((line) => line.kind !== "blank" && line.kind !== "comment");
  let rows: TextLineNode[] | null = null;
  for (let i = 0; i < content.length; i++) {
    const line = content[i]!;
    if (line.kind !== "text" || debris.has(line) || repeated.has(line) || !isTitleRow(lineText(line, text))) continue;
    if (!debris.has(content[i - 1]!) && !debris.has(content[i + 1]!)) continue;
    if (!content.slice(i + 1).some((below) => !debris.has(below) && !repeated.has(below) && isHeadingLike(below, text) && !isTitleRow(lineText(below, text)))) continue;
    (rows ??= []).push(line);
  }
  return rows ?? NO_LINES;
}

// Not frozen: V8 iterates a frozen array on a slow path (ARCHITECTURE.md, "Frozen arrays").
const NO_LINES: TextLineNode[] = [];
