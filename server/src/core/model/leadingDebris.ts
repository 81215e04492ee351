import type { LineNode, TextLineNode } from "../syntax/cst.js";
import { textEndOf } from "./inline.js";
import { fitsLabel, furnitureKindOf, metadataCellsOf, metadataKeyOf, type PageMetadataKey } from "./pageFurniture.js";
import type { LeadingDebris, PageMetadataValue } from "./types.js";

/**
 * Finds the web-page furniture in the part before the plan: the page's metadata table (as
 * pasted: `label：value` rows, tab-separated cells, or a label alone with its value on the next
 * line), breadcrumbs, print and share bars, a download's file name. Such lines are debris
 * wherever they stand before the first item; the values of the table's 成文日期, 发文机关,
 * 文号 and 发布日期 rows are kept, since a notice pasted without its own may still be dated by them.
 */
export function findLeadingDebris(lines: readonly LineNode[], text: string): Omit<LeadingDebris, "relied"> | null {
  const debris: TextLineNode[] = [];
  const metadata: Partial<Record<PageMetadataKey, PageMetadataValue>> = {};
  const keep = (label: string, value: string, start: number) => {
    const key = metadataKeyOf(label);
    if (key && value !== "" && !metadata[key]) metadata[key] = { label, value, start, end: start + value.length };
  };
  /** A label written alone on its line, waiting for its value on the next content line. */
  let pending: string | null = null;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.kind === "blank" || line.kind === "comment") continue;
    if (line.kind !== "text") {
      pending = null;
      continue;
    }
    const content = text.slice(line.indentEnd, textEndOf(line, text));
    const kind = furnitureKindOf(content);
    if (pending !== null && kind === null) {
      const value = content.trim();
      if (fitsLabel(pending, value, nextIsFurniture(lines, i + 1, text))) {
        debris.push(line);
        keep(pending, value, line.indentEnd + content.indexOf(value));
      }
      pending = null;
      continue;
    }
    pending = null;
    if (kind === null) continue;
    debris.push(line);
    if (kind !== "metadata") continue;
    const cells = metadataCellsOf(content);
    for (const cell of cells) keep(cell.label, cell.value, line.indentEnd + cell.valueStart);
    const last = cells[cells.length - 1];
    if (cells.length === 1 && last && last.value === "") pending = last.label;
  }
  if (debris.length === 0) return null;
  return { start: debris[0]!.indentEnd, end: debris[debris.length - 1]!.contentEnd, lines: debris, metadata };
}

function nextIsFurniture(lines: readonly LineNode[], from: number, text: string): boolean {
  for (let i = from; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.kind === "blank" || line.kind === "comment") continue;
    return line.kind === "text" && furnitureKindOf(text.slice(line.indentEnd, textEndOf(line, text))) !== null;
  }
  return false;
}
