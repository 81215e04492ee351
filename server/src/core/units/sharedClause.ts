import type { NumberedItem, PlanDocument, ResponsibilityClause } from "../model/types.js";

/**
 * A clause written on a paragraph of its own after a group of tasks, none of which names its
 * units (`1.建立品牌培育库。…` / `2.加强品牌指导服务。…` / `〔责任单位：市市场监管局、市商务局〕`):
 * it is the whole group's, though the outline puts the paragraph in the last task's body. Such
 * a task is not missing its clause.
 */
export function coveredBySharedClause(plan: PlanDocument, item: NumberedItem): boolean {
  let covered = coveredPerPlan.get(plan);
  if (!covered) coveredPerPlan.set(plan, (covered = findCovered(plan)));
  return covered.has(item);
}

/** Found once per plan: missing-clause and the level inference ask for every task, every keystroke. */
const coveredPerPlan = new WeakMap<PlanDocument, ReadonlySet<NumberedItem>>();

function findCovered(plan: PlanDocument): ReadonlySet<NumberedItem> {
  const covered = new Set<NumberedItem>();
  const visit = (siblings: readonly NumberedItem[]) => {
    // Backwards, so that each task knows the first sibling after it that names units: one pass.
    let groupClauseAhead = false;
    for (let i = siblings.length - 1; i >= 0; i--) {
      const sibling = siblings[i]!;
      if (sibling.clauses.length > 0) groupClauseAhead = sibling.clauses.every((clause) => standsAlone(plan, sibling, clause));
      else if (groupClauseAhead) covered.add(sibling);
    }
  };
  visit(plan.items);
  for (const attachment of plan.attachments) visit(attachment.items);
  for (const item of plan.allItems) if (item.children.length > 1) visit(item.children);
  return covered;
}

/** Whether a clause is a body paragraph of the item with nothing else in it but a closing mark. */
function standsAlone(plan: PlanDocument, item: NumberedItem, clause: ResponsibilityClause): boolean {
  for (const line of item.bodyLines) {
    if (line.indentEnd === clause.start) return /^[。；;.\s]*$/.test(plan.text.slice(clause.end, line.contentEnd));
  }
  return false;
}
