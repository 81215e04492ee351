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

/**
 * Lists up to this long are made at their exact size as they grow (a new array per entry), so
 * that the build's lists are the ones kept: most items have at most a few body lines, clauses
 * or children, and a list grown by push and cut to its length once built left room for 17
 * entries behind, garbage that lived through the whole outline's reading and was promoted to the
 * old generation (2.5 MB of the bench's 25 MB plan, freed only by a full GC).
 */
const EXACT_UP_TO = 4;

/** `list` with `entry` at its end: a new list while it is short, else the same list grown. */
export function appended<T>(list: readonly T[], entry: T): readonly T[] {
  switch (list.length) {
    case 0:
      return [entry];
    case 1:
      return [list[0]!, entry];
    case 2:
      return [list[0]!, list[1]!, entry];
    case 3:
      return [list[0]!, list[1]!, list[2]!, entry];
  }
  // Only a list this module made (the one of EXACT_UP_TO entries above) is ever grown.
  (list as T[]).push(entry);
  return list;
}

/** The list cut to its length once it is complete: one grown by push keeps room it never uses. */
export function compacted<T>(list: readonly T[]): readonly T[] {
  return list.length > EXACT_UP_TO ? list.slice() : list;
}
