/**
 * The lists of a numbered item (its body lines, children, clauses, targets, citations,
 * annotations, deadlines). Most stay empty — a task has no targets, citations, deadlines or
 * children — so every item starts with one shared empty list, and a list is made at its first
 * entry, at its size. Seven empty arrays per item, and the lists that a push grew to room for
 * 17 entries and the build then sliced, were over a third of what building the outline
 * allocated (125 → 78 KB per keystroke on the bench's 107 KB plan). The lists are readonly in
 * the model's types, and only `appended` adds to one, never to an empty one: nothing can add
 * to the shared list.
 */

/**
 * The shared empty list. Not `Object.freeze`d (ARCHITECTURE.md, "Frozen arrays"): V8 iterates
 * a frozen array on a slow path, and rules iterate items' lists on every keystroke. The
 * readonly types keep it empty.
 */
export const NO_ENTRIES: readonly never[] = [];

/** `list` with `entry` at its end: a new list for the first entry, else the same list grown. */
export function appended<T>(list: readonly T[], entry: T): readonly T[] {
  if (list.length === 0) return [entry];
  // Only a list this module made for its first entry is ever grown (the empty one never is).
  (list as T[]).push(entry);
  return list;
}

/** The list cut to its length once it is complete: one grown by push keeps room it never uses. */
export function compacted<T>(list: readonly T[]): readonly T[] {
  return list.length > 1 ? list.slice() : list;
}
