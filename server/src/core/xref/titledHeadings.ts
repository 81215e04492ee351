import type { NumberedItem } from "../model/types.js";
import type { ParentDocument, ParentEntry } from "../parents/types.js";
import { unspacedTitle } from "./tasks.js";

/**
 * The parent's items whose title a heading over tasks writes whole (（一）增强质量发展创新动能 over
 * 1. 加强质量技术创新 …): the drafter groups the tasks under the item they carry out, as a
 * citation of its number would say. The title is the parent's own sentence of eight characters
 * or more, so writing it whole is no shared word; a part's title (三、增强产业质量竞争力) names a
 * part of several items, none of them in particular, and is not read here.
 */
export function titledEntries(parent: ParentDocument, heading: string): ParentEntry[] {
  const words = unspacedTitle(heading);
  // No item's title is shorter than six characters: a short heading names none whole.
  if (words.length < MIN_TITLE) return [];
  const found: ParentEntry[] = [];
  for (const entry of parent.items) {
    if (entry.level !== 1 && entry.title.length >= MIN_TITLE && words.includes(entry.title)) found.push(entry);
  }
  return found;
}

const MIN_TITLE = 6;

/** Whether a task of the plan (`isTask`) stands under an item: a heading that groups tasks, not a task itself. */
export function groupsTasks(item: NumberedItem, isTask: (item: NumberedItem) => boolean): boolean {
  for (const child of item.children) if (isTask(child) || groupsTasks(child, isTask)) return true;
  return false;
}
