import { PlanMemo } from "../model/planMemo.js";
import type { NumberedItem, PlanDocument } from "../model/types.js";
import type { LineNode } from "../syntax/cst.js";
import { partitionPoint } from "../text/sorted.js";

/**
 * A marker alone on its line over the same marker with its words (`（十二）` / `（十二）提升…`, a
 * blank line or a page's number or running head between them maybe): a doubled marker
 * (`（十二）（十二）提升…`) that a PDF set on two lines, or a number Word's list wrote on a paragraph
 * of its own over the typed one. The lone marker is paste debris, never a sibling: counted as
 * one, it broke its run, and renumbering moved every later sibling on by one.
 *
 * It is no item of its run from the start: the numbering leaves it out of the count
 * (numbering/runs.ts) and renumbers it with the item it repeats (numbering/edits.ts), so the two
 * keep saying the same number and the lone line stays a copy whatever a fix does to the count;
 * numbering/doubled-mark reports it and deletes its line. Each pair is told by the two lines
 * alone, never by the run, so a renumbering cannot make or unmake one.
 */
export function loneMarkerCopies(plan: Pick<PlanDocument, "allItems" | "lines" | "memos">): ReadonlyMap<NumberedItem, NumberedItem> {
  return copies.of(plan, findCopies);
}

/** The lone markers themselves: no marker of their level's count or forms (numbering/runs.ts, numbering/levelForms.ts). */
export function loneMarkerItems(plan: Pick<PlanDocument, "allItems" | "lines" | "memos">): ReadonlySet<NumberedItem> {
  return loneItems.of(plan, (plan) => new Set(loneMarkerCopies(plan).values()));
}

const copies = new PlanMemo<ReadonlyMap<NumberedItem, NumberedItem>>();
const loneItems = new PlanMemo<ReadonlySet<NumberedItem>>();

/** Each item whose marker a lone line before it repeats, with that line's item. */
function findCopies(plan: Pick<PlanDocument, "allItems" | "lines">): ReadonlyMap<NumberedItem, NumberedItem> {
  const found = new Map<NumberedItem, NumberedItem>();
  const items = plan.allItems;
  for (let i = 0; i + 1 < items.length; i++) {
    const lone = items[i]!;
    // Cheap for every item: its heading's length and its children before anything is compared.
    if (lone.heading.text !== "" || lone.children.length > 0 || lone.bodyLines.length > 0 || !isPlainMarker(lone)) continue;
    const twin = items[i + 1]!;
    if (twin.heading.text === "" || !isPlainMarker(twin) || !sameMarker(lone, twin)) continue;
    if (!onItsOwn(lone) || !onlyDebrisBetween(plan.lines, lone.line, twin.line)) continue;
    found.set(twin, lone);
  }
  return found;
}

/**
 * A numbered item's marker whose level and number its line says by itself: a marker read in
 * another level's form, mistyped or lost is read by its neighbours, which a fix changes.
 */
function isPlainMarker(item: NumberedItem): boolean {
  const { marker } = item;
  return (
    item.kind === "item" &&
    marker.value !== null &&
    marker.valueCertain &&
    marker.doubled === null &&
    marker.style !== "otherLevel" &&
    marker.style !== "mistyped" &&
    marker.style !== "missingNumeral"
  );
}

/** The same number at the same level, in the same attachment and box: `二．` over `二、…` too. */
function sameMarker(lone: NumberedItem, twin: NumberedItem): boolean {
  return lone.level === twin.level && lone.marker.value === twin.marker.value && lone.attachment === twin.attachment && lone.box === twin.box;
}

/** Whether the item's line holds its marker and nothing after it (its heading not read from the line below). */
function onItsOwn(item: NumberedItem): boolean {
  return item.headingOnly && item.heading.start <= item.line.contentEnd && item.end <= item.line.contentEnd;
}

/** Whether only blank lines, comments and a page's number or running head stand between two lines. */
function onlyDebrisBetween(lines: readonly LineNode[], first: LineNode, last: LineNode): boolean {
  let at = partitionPoint(lines.length, (index) => lines[index]!.start <= first.start);
  for (; at < lines.length && lines[at]!.start < last.start; at++) {
    const line = lines[at]!;
    if (line.kind === "blank" || line.kind === "comment") continue;
    if (line.kind === "text" && line.textKind === "pageNumber") continue;
    return false;
  }
  return true;
}
