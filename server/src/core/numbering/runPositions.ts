import type { NumberedItem } from "../model/types.js";

/** An item's run and its place in the run's items. */
export interface RunPosition<Run> {
  run: Run;
  index: number;
}

/**
 * Which run each numbered item is in and where, for the few readers that ask of one item (a
 * mistyped marker's neighbours, a lost marker's siblings, the hover). Kept as two numbers per
 * item of the plan, by its place in `allItems` (found by a binary search over the markers'
 * offsets), rather than a Map entry and a position object per item: some 90 bytes an item, 3.5
 * MB of the 25 MB bench plan's analysis, kept for the plan's life. The position is made when
 * asked.
 */
export class RunPositions<Run> {
  /** Each item's run, by the item's place in `items` (an index into `runs`); -1 for an item in none. */
  private readonly runIndex: Int32Array;
  /** Each item's place in its run's items. */
  private readonly place: Int32Array;
  /** The items' places by identity, only where `items` are not in the order of their markers' offsets (none of the seeds). */
  private readonly unordered: Map<NumberedItem, number> | null;

  /** `items`: every numbered item of the plan, in document order (`PlanDocument.allItems`); `runs`: the list the runs are added to. */
  constructor(private readonly items: readonly NumberedItem[], private readonly runs: readonly Run[]) {
    this.runIndex = new Int32Array(items.length).fill(-1);
    this.place = new Int32Array(items.length);
    this.unordered = inMarkerOrder(items) ? null : new Map(items.map((item, at) => [item, at]));
  }

  /** Records that `run`, the run at `runIndex` of `runs`, holds `items` in this order. */
  add(runIndex: number, items: readonly NumberedItem[]): void {
    for (let index = 0; index < items.length; index++) {
      const at = this.placeOf(items[index]!);
      if (at < 0) continue;
      this.runIndex[at] = runIndex;
      this.place[at] = index;
    }
  }

  /** The run `item` is in and its place there; undefined for an item in no run. */
  get(item: NumberedItem): RunPosition<Run> | undefined {
    const at = this.placeOf(item);
    if (at < 0 || this.runIndex[at]! < 0) return undefined;
    return { run: this.runs[this.runIndex[at]!]!, index: this.place[at]! };
  }

  /** `item`'s place in `items`, or -1 for an item of another plan. */
  private placeOf(item: NumberedItem): number {
    if (this.unordered !== null) return this.unordered.get(item) ?? -1;
    const items = this.items;
    const start = item.marker.start;
    let low = 0;
    let high = items.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (items[middle]!.marker.start < start) low = middle + 1;
      else high = middle;
    }
    // Items whose markers start at one offset (none that a plan writes) are told apart by identity.
    for (let at = low; at < items.length && items[at]!.marker.start === start; at++) if (items[at] === item) return at;
    return -1;
  }
}

/** Whether the items' markers start in ascending order (equal offsets allowed), as a binary search needs. */
function inMarkerOrder(items: readonly NumberedItem[]): boolean {
  for (let at = 1; at < items.length; at++) if (items[at]!.marker.start < items[at - 1]!.marker.start) return false;
  return true;
}
