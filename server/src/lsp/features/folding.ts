import { type FoldingRange, FoldingRangeKind } from "vscode-languageserver";
import { isBox, outlineChildren } from "../../core/model/outline.js";
import type { Box, NumberedItem, PlanDocument } from "../../core/model/types.js";
import type { PositionMapper } from "../../core/text/positions.js";
import type { LanguageFeature } from "./feature.js";
import { partExtents } from "../../core/model/partExtents.js";

/** Folds every part, item and 专栏 box that spans lines, the front matter, the part before the plan and the trailer. */
export function foldingRanges(plan: PlanDocument, mapper: PositionMapper): FoldingRange[] {
  const ranges: FoldingRange[] = [];
  const add = (span: { start: number; end: number }, kind?: FoldingRangeKind) => {
    const startLine = mapper.positionAt(span.start).line;
    // The last character's line: a span that ends after its line break (the front matter takes
    // its closing `---` line whole) would otherwise fold the line after it too.
    const endLine = mapper.positionAt(Math.max(span.start, span.end - 1)).line;
    if (endLine > startLine) ranges.push({ startLine, endLine, ...(kind ? { kind } : {}) });
  };
  if (plan.frontMatter) add(plan.frontMatter, FoldingRangeKind.Comment);
  if (plan.prelude) add(plan.prelude, FoldingRangeKind.Imports);
  const visit = (item: NumberedItem | Box) => {
    add(item, FoldingRangeKind.Region);
    if (isBox(item)) item.items.forEach(visit);
    else outlineChildren(item).forEach(visit);
  };
  // A part (第一章 …) folds with everything under it, the parts that divide it too.
  for (const extent of partExtents(plan.parts).values()) add(extent, FoldingRangeKind.Region);
  plan.items.forEach(visit);
  // A 专栏 box folds under its host; one before any item on its own.
  for (const box of plan.boxes) if (box.host === null) visit(box);
  for (const attachment of plan.attachments) {
    add(attachment, FoldingRangeKind.Region);
    attachment.items.forEach(visit);
  }
  if (plan.trailer) add(plan.trailer, FoldingRangeKind.Comment);
  return ranges;
}

export const foldingFeature: LanguageFeature = {
  capabilities: { foldingRangeProvider: true },
  register(session) {
    session.connection.onFoldingRanges((params) => {
      // The outline of the current text, without waiting for the rules.
      const entry = session.modelOf(params.textDocument.uri);
      return entry ? foldingRanges(entry.analysis.plan, entry.mapper) : [];
    });
  },
};
