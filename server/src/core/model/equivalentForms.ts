import type { NumberedItem } from "./types.js";

/**
 * Numbered list entries (① ⑴ 1)) written where a level's marker is due: the forms numbering/nesting
 * says stand for 1. and （1） (below 一、, （一） or 1.). One sequence may be written partly in such a
 * form and partly in the level's: `⑴加强…` `（2）强化…` `（3）提升…` under one task, or `（1）加强…`
 * `⑵强化…`. The count says it is one sequence, so the model nests the entries as the items'
 * siblings (not as the first item's children), numbering/runs counts them in the items' run
 * (renumbering `（2）` to `（1）` would lose the author's count), and numbering/nesting's fix writes
 * them in the items' form.
 */
export const EQUIVALENT_LEVELS: ReadonlySet<number> = new Set([3, 4]);

/** Whether a numbered list entry is a numbered item's next in count: `⑵` after `（1）`, `（2）` after `⑴`. */
export function continuesCount(previous: NumberedItem, next: NumberedItem): boolean {
  if (previous.marker.value === null || next.marker.value !== previous.marker.value + 1) return false;
  const item = previous.kind === "item" ? previous : next;
  const entry = previous.kind === "item" ? next : previous;
  return item.kind === "item" && entry.kind === "list" && entry.marker.value !== null && EQUIVALENT_LEVELS.has(item.level);
}

/**
 * Whether a numbered list entry read right under an item continues the item's count instead:
 * `（1）加强…` `⑵强化…`, the entry one more than an item with no entry of its own yet (a list of
 * its own starts at ① or ⑴).
 */
export function continuesParent(parent: NumberedItem, entry: NumberedItem): boolean {
  return entry.kind === "list" && parent.children.length === 0 && continuesCount(parent, entry);
}

/**
 * The sequences of siblings written in two equivalent forms: each maximal stretch of consecutive
 * numbered siblings whose numbers go up by one, where the level's items and list entries meet.
 * Each entry is mapped to an item of its sequence (the one its fix writes its form from: the
 * nearest before it, else the first after it); a sequence of one kind is not listed.
 */
export function mixedSequences(siblings: readonly NumberedItem[], into: Map<NumberedItem, NumberedItem>): void {
  let start = 0;
  for (let index = 1; index <= siblings.length; index++) {
    const previous = siblings[index - 1]!;
    const next = siblings[index];
    if (next !== undefined && next.marker.value !== null && previous.marker.value !== null && next.marker.value === previous.marker.value + 1 && sameSequence(previous, next)) continue;
    if (index - start >= 2) mapEntries(siblings, start, index, into);
    start = index;
  }
}

/** Two consecutive siblings counted as one sequence: the same kind (and level, for items), or an entry and an item that stand for one level. */
function sameSequence(previous: NumberedItem, next: NumberedItem): boolean {
  if (previous.kind === next.kind) return previous.kind === "list" || previous.level === next.level;
  return continuesCount(previous, next);
}

function mapEntries(siblings: readonly NumberedItem[], from: number, to: number, into: Map<NumberedItem, NumberedItem>): void {
  let before: NumberedItem | null = null;
  const pending: NumberedItem[] = [];
  for (let index = from; index < to; index++) {
    const sibling = siblings[index]!;
    if (sibling.kind === "item") {
      before = sibling;
      // Entries before the first item take its form.
      for (const entry of pending) into.set(entry, sibling);
      pending.length = 0;
    } else if (before !== null) into.set(sibling, before);
    else pending.push(sibling);
  }
}
