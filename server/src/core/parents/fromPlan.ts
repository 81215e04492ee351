import { buildPlan } from "../model/buildPlan.js";
import type { NumberedItem } from "../model/types.js";
import { bodyOf } from "./outlineData.js";
import type { ParentDocument, ParentEntry, ParentTarget } from "./types.js";

/**
 * A parent written as a plan (a province's 实施意见 typed in plan markup): parsed like any plan.
 * Its sections are the level-1 items; its tasks are the level-2 items, or the level-3 ones when
 * it has no level 2. Where a level restarts per section, an annotation's number names the first
 * item with that number (annotations address items by number only).
 */
export function parentFromPlanText(text: string, id: string, source: string = id): ParentDocument {
  const plan = buildPlan(text);
  const fileTitle = source.replace(/^.*[\\/]/, "").replace(/\.plan(\.txt)?$/, "");
  const title = plan.metadata.title ?? fileTitle;
  const numbered = plan.allItems.filter((i) => i.kind === "item" && i.marker.value !== null);
  const sections = firstByValue(numbered.filter((i) => i.level === 1)).map((item) => entryOf(text, item, 1, null));
  const taskLevel = numbered.some((i) => i.level === 2) ? 2 : 3;
  const items = firstByValue(numbered.filter((i) => i.level === taskLevel)).map((item) => {
    let section: NumberedItem | null = item.parent;
    while (section && section.level !== 1) section = section.parent;
    return entryOf(text, item, taskLevel, sections.find((s) => s.item === section) ?? null);
  });
  const targets2025: ParentTarget[] = plan.targets
    .filter((t) => t.horizon === 2025 && t.value !== null)
    .map((t) => ({
      bullet: t.item?.heading.text ?? "",
      indicator: t.indicator?.text ?? "",
      quantified: true,
      value: t.value,
      unit: t.unit || null,
      qualifier: t.qualifier || null,
      comparator: t.comparator,
      direction: null,
      // A plan says 降低/下降 of what should fall; everything else is a floor to reach.
      higherIsBetter: !/降|减|低于|以下|以内/.test(t.comparator + t.qualifier),
      wording: text.slice(t.indicator?.start ?? t.start, t.end),
      horizon: 2025,
      verified: true,
      span: { start: t.indicator?.start ?? t.start, end: t.end },
    }));
  return {
    id,
    title,
    aliases: [],
    docNumber: plan.metadata.docNumber,
    issuer: plan.metadata.issuer,
    date: plan.metadata.date,
    source,
    unconfirmed: [],
    text,
    plan,
    sections,
    items,
    targets2025,
  };
}

function firstByValue(items: NumberedItem[]): NumberedItem[] {
  const seen = new Set<number>();
  return items.filter((item) => !seen.has(item.marker.value!) && seen.add(item.marker.value!));
}

function entryOf(text: string, item: NumberedItem, level: 1 | 2 | 3, section: ParentEntry | null): ParentEntry {
  const value = item.marker.value!;
  const label = level === 1 ? item.marker.canonicalText.replace(/、$/, "") : level === 2 ? item.marker.canonicalText : String(value);
  return {
    level,
    value,
    label,
    title: item.heading.text,
    keywords: [],
    keywordsAttested: 0,
    verified: true,
    section,
    span: { start: item.start, end: item.end },
    headingSpan: { start: item.heading.start, end: item.heading.end },
    body: bodyOf(text, item),
    item,
  };
}
