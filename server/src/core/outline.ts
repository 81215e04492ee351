import type { Attachment, NumberedItem, PlanDocument } from "./model/types.js";
import type { PositionMapper, Range } from "./text/positions.js";

/** One entry of `plancheck outline --format json` (../shared/spec/cli-json.md). */
export interface OutlineEntry {
  kind: "item" | "list";
  level: number;
  marker: string;
  number?: number;
  title: string;
  range: Range;
  children: OutlineEntry[];
}

/**
 * One attachment with its own outline (`附件1`, its title, its `一、…`), in the `attachments`
 * array that `plancheck outline --format json` adds when the plan has any.
 */
export interface AttachmentEntry {
  label: string;
  title: string | null;
  range: Range;
  items: OutlineEntry[];
}

export function outlineEntries(plan: PlanDocument, mapper: PositionMapper): OutlineEntry[] {
  return plan.items.map((item) => entryOf(item, mapper));
}

export function attachmentEntries(plan: PlanDocument, mapper: PositionMapper): AttachmentEntry[] {
  return plan.attachments.map((attachment: Attachment) => ({
    label: attachment.label.text,
    title: attachment.title?.text ?? null,
    range: mapper.rangeOf(attachment),
    items: attachment.items.map((item) => entryOf(item, mapper)),
  }));
}

function entryOf(item: NumberedItem, mapper: PositionMapper): OutlineEntry {
  const entry: OutlineEntry = {
    kind: item.kind,
    level: item.level,
    marker: item.marker.text,
    title: item.heading.text,
    range: mapper.rangeOf(item),
    children: item.children.map((child) => entryOf(child, mapper)),
  };
  if (item.marker.value !== null) entry.number = item.marker.value;
  return entry;
}

/**
 * An item's markers from the top (`pathOf`) as the reports print them: `二、 › （一） › 1.`; the
 * coverage, targets and units reports and the editor's tables all write a path so.
 */
export function pathText(path: readonly string[]): string {
  return path.join(" › ");
}

/** `二、主要任务 › （三）落实质量主体责任 › 11.` — how people name an item's place. */
export function itemPath(item: NumberedItem): NumberedItem[] {
  const path: NumberedItem[] = [];
  for (let node: NumberedItem | null = item; node; node = node.parent) path.unshift(node);
  return path;
}
