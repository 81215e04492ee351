import type { PlanDocument } from "./types.js";

/**
 * Work derived from one plan (its prose paragraphs, its units' identities, its target
 * extraction …), made on the first ask and kept on the plan itself (`PlanDocument.memos`), so
 * that it lives exactly as long as the plan.
 *
 * Why not a WeakMap keyed by the plan: V8's scavenger holds a WeakMap entry's value while its
 * key is young, and a value that reaches its key (a closure over the plan, an item that leads to
 * it) then keeps the key too — the whole model survives every minor collection until the next
 * full one. In the CLI each plan of a run was promoted to the old generation that way (about
 * 1.2 MB per scavenge), and the peak RSS over 1,000 plans rose from ~190 MB to ~240 MB. The
 * same holds for a WeakMap keyed by a long-lived object (the registry) made per plan: its
 * values count as live while the plan's map is. A test (test/unit/planMemo.test.ts) fails where
 * the core keys a WeakMap by a plan again.
 *
 * Each memo takes one slot of every plan's `memos` when its module loads; a value of undefined
 * is "not made yet", so a memo remembers null and never undefined.
 */
export class PlanMemo<V extends NonNullable<unknown> | null> {
  private static slots = 0;
  private readonly slot = PlanMemo.slots++;

  /** The value remembered for `plan`, made by `make` on the first ask. */
  of<P extends Pick<PlanDocument, "memos">>(plan: P, make: (plan: P) => V): V {
    const memos = plan.memos;
    let value = memos[this.slot] as V | undefined;
    if (value === undefined) memos[this.slot] = value = make(plan);
    return value;
  }

  /** The value remembered for `plan`, if one was. */
  get(plan: Pick<PlanDocument, "memos">): V | undefined {
    return plan.memos[this.slot] as V | undefined;
  }

  /** Remembers `value` for `plan`, and returns it. */
  set(plan: Pick<PlanDocument, "memos">, value: V): V {
    plan.memos[this.slot] = value;
    return value;
  }
}
