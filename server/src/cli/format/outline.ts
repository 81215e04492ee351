import type { NumberedItem, PlanDocument } from "../../core/model/types.js";
import type { PositionMapper } from "../../core/text/positions.js";
import { clausesOfTask } from "../../core/units/sharedClause.js";
import { printableLines } from "./printable.js";

/** The outline as an indented tree with line numbers, for people reading a terminal. */
export function formatOutlineText(plan: PlanDocument, mapper: PositionMapper): string {
  const lines: string[] = [];
  if (plan.metadata.title) lines.push(plan.metadata.title);
  const visit = (item: NumberedItem, depth: number) => {
    const line = mapper.positionAt(item.start).line + 1;
    const units = clausesOfTask(plan, item).flatMap((clause) => clause.units.map((unit) => unit.text));
    lines.push(`${"  ".repeat(depth)}${item.marker.text}${item.heading.text}  (第${line}行)${units.length ? `  〔${units.join("、")}〕` : ""}`);
    item.children.forEach((child) => visit(child, depth + 1));
  };
  plan.items.forEach((item) => visit(item, 0));
  for (const attachment of plan.attachments) {
    const line = mapper.positionAt(attachment.start).line + 1;
    lines.push(`${attachment.label.text}${attachment.title ? ` ${attachment.title.text}` : ""}  (第${line}行)`);
    attachment.items.forEach((item) => visit(item, 1));
  }
  return printableLines(lines.join("\n") + "\n");
}
