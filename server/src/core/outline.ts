import { isBox, outlineChildren, outlineRoots, partSections } from "./model/outline.js";
import { partExtents } from "./model/partExtents.js";
import type { Attachment, Box, NumberedItem, PlanDocument, PlanPart } from "./model/types.js";
import { shownMarker } from "./numbering/edits.js";
import { type ArticleNode, articleSections } from "./references/articleSections.js";
import type { PositionMapper, Range } from "./text/positions.js";

/**
 * One entry of `plancheck outline --format json` (../shared/spec/cli-json.md). A 专栏 box is an
 * entry of kind `box` under the item it is set under: its `marker` is its label (专栏1), its
 * `level` its list's (0 for a box of text), its `children` its own list. A part of a plan
 * divided into parts (第一章 …) is an entry of kind `part`, level 0, with its items as children.
 * An article of a document written in 条 (第三条, references/articleSections.ts) is an entry of
 * kind `article`, level 0 (no item level: it stands above the （一） its text lists), `marker`
 * 第三条, `number` 3, `title` its first sentence, the items of its text as children. The README
 * lists every kind for users; a kind added here fails test/unit/outlineKindsDocumented.test.ts
 * until it is listed there.
 */
export interface OutlineEntry {
  kind: "item" | "list" | "box" | "part" | "article";
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
  /** `附件1`; null for a 分工表 pasted after the text with no label (model/types.ts Attachment). */
  label: string | null;
  title: string | null;
  range: Range;
  items: OutlineEntry[];
}

export function outlineEntries(plan: PlanDocument, mapper: PositionMapper): OutlineEntry[] {
  const articles = articleSections(plan);
  if (articles !== null) {
    // A document written in articles: each part's articles, each with the items its text lists.
    const articleEntry = ({ article, span, nodes }: ArticleNode): OutlineEntry => ({ kind: "article", level: 0, marker: article.heading.text, number: article.value, title: article.title, range: mapper.rangeOf(span), children: entriesOf(nodes, mapper) });
    return nestedParts(articles.map(({ part, nodes, articles }) => ({ part, entries: [...entriesOf(nodes, mapper), ...articles.map(articleEntry)] })), plan.parts, mapper);
  }
  return nestedParts(partSections(plan).map(({ part, nodes }) => ({ part, entries: entriesOf(nodes, mapper) })), plan.parts, mapper);
}

/** The entries of a part's (or the plan's) top-level nodes, each lost marker shown among its siblings. */
function entriesOf(nodes: ReadonlyArray<NumberedItem | Box>, mapper: PositionMapper): OutlineEntry[] {
  const roots = nodes.filter((node): node is NumberedItem => !isBox(node));
  return nodes.map((node) => entryOf(node, mapper, roots));
}

/**
 * Each part's entry with its entries as children, a division (第一节) under its part; entries of
 * no part at the top. A part's range holds its divisions, as the editor's outline shows it.
 */
function nestedParts(sections: ReadonlyArray<{ part: PlanPart | null; entries: OutlineEntry[] }>, parts: readonly PlanPart[], mapper: PositionMapper): OutlineEntry[] {
  const top: OutlineEntry[] = [];
  const extents = partExtents(parts);
  // A part's entry, for the divisions under it (第一节 under 第二章).
  const partEntries = new Map<PlanPart, OutlineEntry>();
  for (const { part, entries } of sections) {
    if (part === null) {
      top.push(...entries);
      continue;
    }
    const entry: OutlineEntry = { kind: "part", level: 0, marker: part.marker, number: part.value, title: part.title, range: mapper.rangeOf(extents.get(part) ?? part), children: entries };
    partEntries.set(part, entry);
    (part.within !== null ? (partEntries.get(part.within)?.children ?? top) : top).push(entry);
  }
  return top;
}

export function attachmentEntries(plan: PlanDocument, mapper: PositionMapper): AttachmentEntry[] {
  return plan.attachments.map((attachment: Attachment) => ({
    label: attachment.label?.text ?? null,
    title: attachment.title?.text ?? null,
    range: mapper.rangeOf(attachment),
    items: outlineRoots(attachment.items, plan.boxes, attachment).map((node, _, nodes) => entryOf(node, mapper, nodes.filter((other): other is NumberedItem => !isBox(other)))),
  }));
}

/** An outline node's entry; `roots` are the top-level items beside it, the siblings of one without a parent. */
function entryOf(item: NumberedItem | Box, mapper: PositionMapper, roots: readonly NumberedItem[] = []): OutlineEntry {
  if (isBox(item)) {
    return {
      kind: "box",
      level: item.items[0]?.level ?? 0,
      marker: item.label.text,
      title: item.title?.text ?? "",
      range: mapper.rangeOf(item),
      children: item.items.map((child) => entryOf(child, mapper)),
    };
  }
  const entry: OutlineEntry = {
    kind: item.kind,
    level: item.level,
    // A whole marker lost on paste is shown as its fix will write it: an empty one says nothing.
    marker: shownMarker(item, roots),
    title: item.heading.text,
    range: mapper.rangeOf(item),
    children: outlineChildren(item).map((child) => entryOf(child, mapper)),
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
