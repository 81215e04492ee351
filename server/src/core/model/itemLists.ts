/**
 * The lists of a numbered item (its body lines, children, clauses, targets, citations,
 * annotations, deadlines). Most stay empty — a task has no targets, citations, deadlines or
 * children — so every item starts with one shared frozen empty list, and a list is made at
 * its first entry, at its size. Seven empty arrays per item, and the lists that a push grew
 * to room for 17 entries and the build then sliced, were over a third of what building the
 * outline allocated (125 → 78 KB per keystroke on the bench's 107 KB plan). Nothing adds to
 * a model's lists after it is built; a push on the shared list would throw rather than
 * change every item at once.
 */
export const NO_ENTRIES: never[] = Object.freeze([]) as never[];

/** `list` with `entry` at its end: a new list for the first entry, else the same list grown. */
export function appended<T>(list: T[], entry: T): T[] {
  if (list.length === 0) return [entry];
  list.push(entry);
  return list;
}

/** The list cut to its length once it is complete: one grown by push keeps room it never uses. */
export function compacted<T>(list: T[]): T[] {
  return list.length > 1 ? list.slice() : list;
}
