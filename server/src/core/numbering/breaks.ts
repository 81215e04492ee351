import type { NumberedItem } from "../model/types.js";
import type { NumberingRun } from "./runs.js";

/**
 * How an item breaks its run. The first four are sequence defects (numbering/sequence); the
 * last two are items that follow the other scope than the document's (numbering/scope):
 * - `gap`: higher than one more than the previous item (an item was deleted or moved away);
 * - `duplicate`: the same number as the previous item (an item was inserted or pasted);
 * - `order`: lower than the previous item (an item was moved here from earlier);
 * - `start`: a run that does not start at 1;
 * - `swapped`: one more than its place, right before the item of its place (二、 一、, 1. 3. 2.
 *   4.): two items moved past each other, one defect; the item after the pair is read against
 *   the pair's higher number, so neither the lower nor what follows is reported again;
 * - `restarted`: 1 under a new parent, in a run that counts on across parents;
 * - `continued`: a run that counts on from the previous parent's last item, in a level whose
 *   parents restart their children.
 */
export type BreakKind = "gap" | "duplicate" | "order" | "start" | "swapped" | "restarted" | "continued";

export const SEQUENCE_BREAKS: ReadonlySet<BreakKind> = new Set(["gap", "duplicate", "order", "start", "swapped"]);
export const SCOPE_BREAKS: ReadonlySet<BreakKind> = new Set(["restarted", "continued"]);

export interface NumberingBreak {
  kind: BreakKind;
  item: NumberedItem;
  run: NumberingRun;
  index: number;
  /** The item before it in its run (for `continued`: the last item of the previous run). */
  previous: NumberedItem | null;
}

/**
 * Whether a break is the count around a lost level-1 numeral that its neighbours do not settle
 * (`一、` `、主要任务` `四、`: is the lost one 二 and 四 wrong, or is it 三 and 二 gone?). That is
 * numbering/missing-numeral's one finding, without a fix: renumbering the run here would decide
 * the lost numeral by the drafter. The lost item always fits its run (its value is the previous
 * one's plus one), so the break is on the item after it.
 */
export function atUnsettledNumeral(brk: NumberingBreak): boolean {
  return isUnsettled(brk.item) || (brk.previous !== null && isUnsettled(brk.previous));
}

/** Whether an item's number was inferred (its numeral lost or mistyped) and its neighbours do not settle it. */
export function isUnsettled(item: NumberedItem): boolean {
  return !item.marker.valueCertain && (item.marker.style === "missingNumeral" || item.marker.style === "mistyped");
}

/**
 * The number renumbering gives the item at `index` of a run: its position (1 … N), except after
 * an item whose number its neighbours do not settle. Counting positions on through it would
 * decide it (`一、` `、主要任务` `四、` `五、` `七、`: 七 as 五 says that 四 is wrong, not that the
 * lost one is 三), so the count takes up again at the written number of the item after it (七
 * becomes 六, whichever the lost one is). The rules' fixes and messages, the renumbering actions
 * and the hover all count so.
 */
export function renumberedValue(run: NumberingRun, index: number): number {
  let values = renumbered.get(run);
  if (values === undefined) renumbered.set(run, (values = computeRenumbered(run)));
  return values === null ? run.first + index : values[index]!;
}

const renumbered = new WeakMap<NumberingRun, number[] | null>();

/** Null (positions) for a run without an unsettled item, as nearly every run is. */
function computeRenumbered(run: NumberingRun): number[] | null {
  const items = run.items;
  if (!items.some(isUnsettled)) return null;
  const values: number[] = [];
  items.forEach((item, index) => {
    values.push(index === 0 ? run.first : isUnsettled(items[index - 1]!) ? item.marker.value! : values[index - 1]! + 1);
  });
  return values;
}

/**
 * An item fits its run when it is one more than the item before it (1 at the start), or when
 * it has the number of its position. The first keeps a deleted item to one finding rather
 * than one for every item after it; the second keeps an item that a wrong neighbour left
 * right (1. 2. 2. 4.: the second 2. is wrong, 4. is not) from being reported as well. `first` is
 * the number the run counts from: 1, but an excerpt's own first number for its top run (runs.ts).
 */
export function fitsRun(item: NumberedItem, index: number, previous: NumberedItem | null, first = 1): boolean {
  const value = item.marker.value!;
  return value === first + index || (previous !== null && value === previous.marker.value! + 1);
}

/** The items that do not fit their runs, classified. */
export function findBreaks(runs: readonly NumberingRun[], restartStyle: boolean): NumberingBreak[] {
  const breaks: NumberingBreak[] = [];
  let previousRun: NumberingRun | null = null;
  for (const run of runs) {
    // The second item of a swapped pair: no break of its own, and the item after it follows the pair's first.
    let swappedWith = -1;
    run.items.forEach((item, index) => {
      if (index === swappedWith) return;
      const previous = index === 0 ? null : run.items[index - 1]!;
      const before = index === swappedWith + 1 && swappedWith > 0 ? run.items[swappedWith - 1]! : previous;
      if (fitsRun(item, index, before, run.first)) return;
      const value = item.marker.value!;
      if (before === null) {
        // A run never continues one in another outline scope (the plan and each attachment).
        const last = previousRun && previousRun.attachment === run.attachment ? previousRun.items[previousRun.items.length - 1]! : null;
        const continues = restartStyle && last !== null && value === last.marker.value! + 1;
        if (!continues && swapsWithNext(run, index, 1)) {
          breaks.push({ kind: "swapped", item, run, index, previous: null });
          swappedWith = index + 1;
          return;
        }
        breaks.push({ kind: continues ? "continued" : "start", item, run, index, previous: continues ? last : null });
        return;
      }
      const expected = before.marker.value! + 1;
      if (value === expected + 1 && item.parent === before.parent && swapsWithNext(run, index, expected)) {
        breaks.push({ kind: "swapped", item, run, index, previous: before });
        swappedWith = index + 1;
        return;
      }
      const kind: BreakKind =
        value === 1 && item.parent !== before.parent ? "restarted" : value === expected - 1 ? "duplicate" : value > expected ? "gap" : "order";
      breaks.push({ kind, item, run, index, previous: before });
    });
    previousRun = run;
  }
  return breaks;
}

/** Whether the item at `index` is one more than `expected` and the item after it, under the same parent, is `expected`: the two swapped. */
function swapsWithNext(run: NumberingRun, index: number, expected: number): boolean {
  const item = run.items[index]!;
  const next = run.items[index + 1];
  return item.marker.value === expected + 1 && next !== undefined && next.parent === item.parent && next.marker.value === expected;
}
