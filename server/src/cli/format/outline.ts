import { isBox, outlineChildren, outlineRoots, partDepth, partSections } from "../../core/model/outline.js";
import { attachmentHeading } from "../../core/model/attachments.js";
import type { Box, NumberedItem, PlanDocument } from "../../core/model/types.js";
import type { PositionMapper } from "../../core/text/positions.js";
import { shownMarker } from "../../core/numbering/edits.js";
import { articleSections } from "../../core/references/articleSections.js";
import { clausesOfTask } from "../../core/units/sharedClause.js";
import { printableLines } from "./printable.js";

/** The outline as an indented tree with line numbers, for people reading a terminal. */
export function formatOutlineText(plan: PlanDocument, mapper: PositionMapper): string {
  const lines: string[] = [];
  if (plan.metadata.title) lines.push(plan.metadata.title);
  const visit = (item: NumberedItem | Box, depth: number, roots: readonly NumberedItem[]) => {
    const line = mapper.positionAt(item.start).line + 1;
    if (isBox(item)) {
      // A 专栏 box under its host, with its own list under it.
      lines.push(`${"  ".repeat(depth)}${item.label.text}${item.title ? ` ${item.title.text}` : ""}  （第${line}行）`);
      item.items.forEach((child) => visit(child, depth + 1, roots));
      return;
    }
    // Each unit once, though two of the item's clauses name it; a lost marker as its fix writes
    // it (numbering/edits.ts shownMarker), as the JSON outline shows it.
    const units = new Set(clausesOfTask(plan, item).flatMap((clause) => clause.units.map((unit) => unit.text)));
    lines.push(`${"  ".repeat(depth)}${shownMarker(item, roots)}${item.heading.text}  （第${line}行）${units.size ? `  〔${[...units].join("、")}〕` : ""}`);
    outlineChildren(item).forEach((child) => visit(child, depth + 1, roots));
  };
  // A document written in articles (第一条 …): each part's articles, each with the items its text lists.
  const sections = articleSections(plan) ?? partSections(plan).map(({ part, nodes }) => ({ part, nodes, articles: [] }));
  for (const { part, nodes, articles } of sections) {
    // A part (第一章 …) with its items under it, a division (第一节) under its part.
    const depth = part ? partDepth(part) : 0;
    if (part) lines.push(`${"  ".repeat(depth)}${part.heading.text}  （第${mapper.positionAt(part.start).line + 1}行）`);
    nodes.forEach((item) => visit(item, part ? depth + 1 : 0, plan.items));
    for (const { article, nodes: listed } of articles) {
      lines.push(`${"  ".repeat(part ? depth + 1 : 0)}${article.heading.text}${article.title ? `　${article.title}` : ""}  （第${mapper.positionAt(article.start).line + 1}行）`);
      listed.forEach((item) => visit(item, part ? depth + 2 : 1, plan.items));
    }
  }
  for (const attachment of plan.attachments) {
    const line = mapper.positionAt(attachment.start).line + 1;
    lines.push(`${attachmentHeading(attachment)}  （第${line}行）`);
    outlineRoots(attachment.items, plan.boxes, attachment).forEach((item) => visit(item, 1, attachment.items));
  }
  return printableLines(lines.join("\n") + "\n");
}
