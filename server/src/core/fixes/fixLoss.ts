/**
 * Why a fix was refused: it would have lost a responsibility clause or a unit in one
 * (clauseInventory.ts; a unit's name deleted where the model did not read it as one, deletedNames.ts),
 * or made a reference to one of the plan's items or parts name another (referenceTargets.ts). The
 * CLI and the editor say it in the same words.
 */
export type FixLoss = "clause" | "reference";

/** What a refused fix would have cost, as the messages say it. */
export const FIX_LOSS_TEXT: Readonly<Record<FixLoss, string>> = {
  clause: "会使责任分工条款或其中的责任单位丢失",
  reference: "会使正文中对本方案某部分或某项的引用改指另一处",
};
