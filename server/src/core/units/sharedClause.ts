import type { NumberedItem, PlanDocument, ResponsibilityClause } from "../model/types.js";

/**
 * A clause written on a paragraph of its own after a group of tasks, none of which names its
 * units (`1.建立品牌培育库。…` / `2.加强品牌指导服务。…` / `〔责任单位：市市场监管局、市商务局〕`):
 * it is the whole group's, though the outline puts the paragraph in the last task's body. Such
 * a task is not missing its clause.
 */
export function coveredBySharedClause(plan: PlanDocument, item: NumberedItem): boolean {
  return sharedClausesOf(plan).covered.has(item);
}

/** The tasks before a group's clause that it covers, in document order (the unit matrix lists them too). */
export function tasksSharing(plan: PlanDocument, clause: ResponsibilityClause): readonly NumberedItem[] {
  return sharedClausesOf(plan).groups.get(clause) ?? NO_TASKS;
}

const NO_TASKS: readonly NumberedItem[] = [];

interface SharedClauses {
  covered: ReadonlySet<NumberedItem>;
  groups: ReadonlyMap<ResponsibilityClause, readonly NumberedItem[]>;
}

/** Found once per plan: missing-clause and the level inference ask for every task, every keystroke. */
const sharedPerPlan = new WeakMap<PlanDocument, SharedClauses>();

function sharedClausesOf(plan: PlanDocument): SharedClauses {
  let shared = sharedPerPlan.get(plan);
  if (!shared) sharedPerPlan.set(plan, (shared = findShared(plan)));
  return shared;
}

function findShared(plan: PlanDocument): SharedClauses {
  const covered = new Set<NumberedItem>();
  const groups = new Map<ResponsibilityClause, NumberedItem[]>();
  const visit = (siblings: readonly NumberedItem[]) => {
    // Backwards, so that each task knows the first sibling after it that names units: one pass.
    let groupClauses: readonly ResponsibilityClause[] | null = null;
    for (let i = siblings.length - 1; i >= 0; i--) {
      const sibling = siblings[i]!;
      if (sibling.clauses.length > 0) {
        groupClauses = sibling.clauses.every((clause) => standsAlone(plan, sibling, clause)) ? sibling.clauses : null;
      } else if (groupClauses) {
        covered.add(sibling);
        for (const clause of groupClauses) {
          const tasks = groups.get(clause);
          if (tasks) tasks.unshift(sibling);
          else groups.set(clause, [sibling]);
        }
      }
    }
  };
  visit(plan.items);
  for (const attachment of plan.attachments) visit(attachment.items);
  for (const item of plan.allItems) if (item.children.length > 1) visit(item.children);
  return { covered, groups };
}

/** Whether a clause is a body paragraph of the item with nothing else in it but a closing mark. */
function standsAlone(plan: PlanDocument, item: NumberedItem, clause: ResponsibilityClause): boolean {
  for (const line of item.bodyLines) {
    if (line.indentEnd === clause.start) return /^[。；;.\s]*$/.test(plan.text.slice(clause.end, line.contentEnd));
  }
  return false;
}
