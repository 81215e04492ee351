import { referencesTo, targetAt, targetTitle } from "../../core/references/index.js";
import type { PlanDocument } from "../../core/model/types.js";
import type { AttachmentTarget } from "../../core/references/types.js";
import { shownLabel } from "../../core/references/attachments.js";
import type { PositionMapper } from "../../core/text/positions.js";
import type { HoverProvider } from "./hover.js";

/**
 * Hover on an attachment's own label or title (`附件1` over `重点指标表`): what it is and where
 * the text refers to it — what a drafter checks before moving, renumbering or deleting it. A
 * reference to it (`见附件1`) is internalReferenceHover's, asked first.
 */
export const attachmentHover: HoverProvider = ({ analysis, mapper }, offset) => {
  const plan = analysis.plan;
  const found = targetAt(plan, offset);
  if (found?.kind !== "attachment") return null;
  const value = `**${targetTitle(found)}**\n\n${referencedFrom(found.target, plan, mapper)}`;
  // The range is what the cursor is on, the label or the title: the editor marks it, and a title
  // under its label (lines below it, past a blank line) would mark a line the user is not on.
  const { title } = found.target;
  const label = shownLabel(found.target);
  const hovered = title !== null && (offset < label.start || offset > label.end) ? title : label;
  return { contents: { kind: "markdown", value }, range: mapper.rangeOf(hovered) };
};

/** Where the text names the attachment, by line: `正文引用 2 处：第4、7行`. */
function referencedFrom(target: AttachmentTarget, plan: PlanDocument, mapper: PositionMapper): string {
  const spans = referencesTo(plan, { kind: "attachment", target });
  if (spans.length === 0) return `正文未引用此${target.word}`;
  const lines = [...new Set(spans.map((span) => mapper.positionAt(span.start).line + 1))];
  return `正文引用 ${spans.length} 处：第${lines.join("、")}行`;
}

