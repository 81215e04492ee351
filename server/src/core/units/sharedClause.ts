import type { NumberedItem, PlanDocument, ResponsibilityClause } from "../model/types.js";

/**
 * Which tasks a responsibility clause assigns, and which clauses assign a task: the one answer
 * every consumer reads (the unit matrix, the per-unit task counts of the hover, completion and
 * `plancheck units`, the outline's units, missing-clause and the level inference).
 *
 * The model attaches a clause to the item whose text holds it (`clause.item`, `item.clauses`),
 * which is where it is written — what edits, insertion points and the task text need. Who it
 * assigns is another question: a clause written on a paragraph of its own after a group of
 * tasks, none of which names its units (`1.建立品牌培育库。…` / `2.加强品牌指导服务。…` /
 * `〔责任单位：市市场监管局、市商务局〕`), is the whole group's, though the outline puts the
 * paragraph in the last task's body. Such a task is not missing its clause.
 */

/** The tasks a clause assigns, in document order: the whole group for a group's clause, else the item holding it (none outside an item). */
export function tasksOfClause(plan: PlanDocument, clause: ResponsibilityClause): readonly NumberedItem[] {
  const group = sharedClausesOf(plan).groups.get(clause);
  if (group) return group;
  return clause.item ? [clause.item] : NO_TASKS;
}

/** The clauses that assign a task: the ones written in it, else those of the group it belongs to. */
export function clausesOfTask(plan: PlanDocument, item: NumberedItem): readonly ResponsibilityClause[] {
  return item.clauses.length > 0 ? item.clauses : (sharedClausesOf(plan).coveredBy.get(item) ?? NO_CLAUSES);
}

const NO_TASKS: readonly NumberedItem[] = [];
const NO_CLAUSES: readonly ResponsibilityClause[] = [];

interface SharedClauses {
  /** Tasks without a clause of their own, with the clauses of the group they belong to. */
  coveredBy: ReadonlyMap<NumberedItem, readonly ResponsibilityClause[]>;
  /** A group's clause with every task of the group, the one holding it last. */
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
  const coveredBy = new Map<NumberedItem, readonly ResponsibilityClause[]>();
  const groups = new Map<ResponsibilityClause, NumberedItem[]>();
  const visit = (siblings: readonly NumberedItem[]) => {
    // Backwards, so that each task knows the first sibling after it that names units: one pass.
    let holder: NumberedItem | null = null;
    for (let i = siblings.length - 1; i >= 0; i--) {
      const sibling = siblings[i]!;
      if (sibling.clauses.length > 0) {
        holder = sibling.clauses.every((clause) => standsAlone(plan, sibling, clause)) ? sibling : null;
      } else if (holder) {
        coveredBy.set(sibling, holder.clauses);
        for (const clause of holder.clauses) {
          // Gathered backwards, from the holder; put in document order below.
          const tasks = groups.get(clause);
          if (tasks) tasks.push(sibling);
          else groups.set(clause, [holder, sibling]);
        }
      }
    }
  };
  visit(plan.items);
  for (const attachment of plan.attachments) visit(attachment.items);
  for (const item of plan.allItems) if (item.children.length > 1) visit(item.children);
  for (const tasks of groups.values()) tasks.reverse();
  return { coveredBy, groups };
}

/** Whether a clause is a body paragraph of the item with nothing else in it but a closing mark. */
function standsAlone(plan: PlanDocument, item: NumberedItem, clause: ResponsibilityClause): boolean {
  for (const line of item.bodyLines) {
    if (line.indentEnd === clause.start) return /^[。；;.\s]*$/.test(plan.text.slice(clause.end, line.contentEnd));
  }
  return false;
}
