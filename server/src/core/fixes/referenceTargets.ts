import type { PlanDocument } from "../model/types.js";
import { internalReferences, sectionsOf } from "../references/index.js";
import type { TextEdit } from "../rules/types.js";
import { partitionPoint } from "../text/sorted.js";

/**
 * What a fix must never do to the plan's references to itself: make `上述第（二）项` or
 * `本方案第三部分`, which named one item or part, name another. Each fix alone may be right —
 * a renumbering carries the reference to the item's new number (references/renumbering.ts), a
 * marker made standard turns a stray `二、` into the `（二）` it stands for — but two in one pass
 * each judge the text before the pass: the carried `上述第（二）项` then stood right under a new
 * `（二）` and named it. The next pass carried it again, to that item's number, and the reference
 * silently pointed at another task. Checked on each pass's result, as clauses are (clauseInventory.ts).
 *
 * A reference that named one item must name that one after the pass, whether the pass rewrote
 * it or not: named by nothing, or by two (a renumbering that made its number a duplicate because
 * the fix meant to finish it was refused), it is as lost to the reader. Where an uncertain
 * reference is left as written by a renumbering (references/renumbering.ts), it named two before.
 */
export interface ReferenceTargets {
  /**
   * Each reference to a part or item: its span, and the line of the one item or part it names
   * (null where it names none, several, or an article).
   */
  readonly named: ReadonlyArray<NamedTarget>;
}

interface NamedTarget {
  reference: number;
  end: number;
  target: number | null;
}

export function referenceTargets(plan: PlanDocument): ReferenceTargets {
  const named: NamedTarget[] = [];
  for (const reference of internalReferences(plan).references) {
    if (reference.kind !== "section") continue;
    const targets = sectionsOf(plan, reference);
    const target = targets?.length === 1 ? targets[0]! : null;
    const heading = target?.kind === "item" ? target.item.start : target?.kind === "part" ? target.part.start : null;
    named.push({ reference: reference.start, end: reference.end, target: heading === null ? null : lineStart(plan.text, heading) });
  }
  return { named };
}

/**
 * Whether every reference that named one item or part before the edits names, after them, the
 * same one (its heading line carried through the edits) — or, left as written, no single one at
 * all (see above). References and headings are followed through the edits by their offsets.
 */
export function keepsEveryReference(before: ReferenceTargets, edits: readonly TextEdit[], after: PlanDocument): boolean {
  if (before.named.every((named) => named.target === null)) return true;
  const moved = new EditedOffsets(edits);
  const now = new Map<number, number | null>();
  for (const { reference, target } of referenceTargets(after).named) now.set(reference, target);
  for (const { reference, end, target } of before.named) {
    if (target === null) continue;
    const start = moved.map(reference);
    const named = start === null ? undefined : now.get(start);
    // No reference where it was: deleted with its line (a block pasted twice), or no longer one if rewritten.
    if (named === undefined) {
      if (moved.touches(reference, end)) return false;
      continue;
    }
    const heading = moved.map(target);
    if (named === null || heading === null || lineStart(after.text, heading) !== named) return false;
  }
  return true;
}

/** The start of the line an offset is on. */
function lineStart(text: string, offset: number): number {
  return text.lastIndexOf("\n", offset - 1) + 1;
}

/**
 * Offsets of a text followed through edits applied to it (sorted, not overlapping, as
 * applyEdits applies them). An offset inside a replaced span has no place after (null); one at
 * an edit's start stays at the start of what replaced it — a heading whose marker was restyled
 * still starts its line.
 */
class EditedOffsets {
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];
  /** The shift of everything after edit i (the sum of its and the earlier edits' length changes). */
  private readonly shifts: number[] = [];

  constructor(edits: readonly TextEdit[]) {
    let shift = 0;
    for (const edit of edits) {
      shift += edit.newText.length - (edit.end - edit.start);
      this.starts.push(edit.start);
      this.ends.push(edit.end);
      this.shifts.push(shift);
    }
  }

  /** Whether an edit changed anything in [start, end). */
  touches(start: number, end: number): boolean {
    const count = partitionPoint(this.starts.length, (i) => this.starts[i]! < end);
    return count > 0 && this.ends[count - 1]! > start;
  }

  map(offset: number): number | null {
    // The edits starting at or before the offset; the last of them is the only one that can hold it.
    const count = partitionPoint(this.starts.length, (i) => this.starts[i]! <= offset);
    if (count === 0) return offset;
    const last = count - 1;
    const shiftBefore = last === 0 ? 0 : this.shifts[last - 1]!;
    if (this.starts[last] === offset) return offset + shiftBefore;
    if (this.ends[last]! > offset) return null;
    return offset + this.shifts[last]!;
  }
}
