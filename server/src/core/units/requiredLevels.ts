import type { PlanConfig } from "../config/schema.js";
import type { NumberedItem, PlanDocument } from "../model/types.js";
import { isGoalsTitle } from "../targets/plan.js";
import { isCarryingOut } from "../xref/tasks.js";
import { clausesOfTask } from "./sharedClause.js";

/**
 * The framing sections of a plan: what it wants and why, not who does what. Their items (the
 * goal bullets `1.经济发展质量效益持续增强。…` under Ganzhou's （二）主要目标) never carry a
 * responsibility clause.
 */
const FRAMING_HEADING = /^(总体要求|指导思想|基本原则|工作原则|总体思路|工作思路)$/;

/** A framing section: 总体要求 and its kin, or a goals section (one definition, targets/plan.ts). */
function isFraming(heading: string): boolean {
  const text = heading.replace(/[。：:；;\s]+$/, "");
  return FRAMING_HEADING.test(text) || isGoalsTitle(text);
}

/**
 * A task: a numbered item (not a `——` entry) with no children and more than a heading, outside
 * the framing sections and outside a 专栏 box (whose list is the box's projects or figures,
 * model/boxes.ts). Headings like 总体要求 or （一）推动质量变革创新 group tasks and are never
 * required to name a unit themselves.
 */
export function isTaskItem(item: NumberedItem): boolean {
  // A heading on its own line is a task when its content follows on the lines below in
  // paragraphs (（一）产品质量提升行动 / 开展重点产品质量攻关…), as much as one whose content runs on
  // after it; not a chapter's heading (三、重点任务分工表 over the table that restates the tasks).
  return item.children.length === 0 && (!item.headingOnly || headsParagraphs(item)) && inTaskPlace(item);
}

function headsParagraphs(item: NumberedItem): boolean {
  return item.level > 1 && item.bodyLines.some((line) => line.textKind === "plain");
}

/**
 * A numbered item (not a `——` entry) outside the framing sections, whatever it holds: where a
 * task stands. A heading-only leaf there is a task still being written (`6.提升公共服务质量。`),
 * which the editor offers a clause to.
 */
export function inTaskPlace(item: NumberedItem): boolean {
  if (item.kind !== "item" || item.box !== null) return false;
  for (let node: NumberedItem | null = item; node; node = node.parent) {
    if (isFraming(node.heading.text)) return false;
  }
  return true;
}

/**
 * A task in the closing chapter on carrying the plan out (三、保障措施, 十、加强组织保障: the
 * chapter the coverage of the national outline sets apart too), or a phase of its 实施步骤
 * (xref/tasks.ts isCarryingOut). Its items — lead the work, check it, publicise it; start,
 * push on, review — are addressed to everyone and name no unit as a rule, so they are not
 * required to; one that names a unit keeps its clause. Only the safeguards chapter (the
 * outermost item) counts: a task titled 健全质量安全保障机制 inside 主要任务 is a task.
 */
export function inSafeguardsChapter(item: NumberedItem): boolean {
  return isCarryingOut(item);
}

/** A task that must name its units where its level carries clauses: not in the safeguards chapter. */
export function needsClause(item: NumberedItem): boolean {
  return isTaskItem(item) && !inSafeguardsChapter(item);
}

export interface ClauseRequirement {
  levels: ReadonlySet<number>;
  source: "config" | "inferred";
}

/**
 * The levels whose tasks must carry a clause: `units.requireClauseAt` when configured, else the
 * lowest level (deepest in the outline) at which the document's tasks carry clauses as a rule —
 * at least half of them, so that a single clause on an odd item does not make every sibling
 * wrong. Ganzhou gives level 3 (tasks 1.–21.), Nanjing and Jiangxi level 2.
 */
export function clauseRequirement(plan: PlanDocument, config: PlanConfig | undefined): ClauseRequirement {
  const configured = config?.units?.requireClauseAt;
  if (configured) return { levels: new Set(configured), source: "config" };
  const tasks = new Map<number, { all: number; withClause: number }>();
  for (const item of plan.allItems) {
    if (item.level > 4 || !needsClause(item)) continue;
    const counts = tasks.get(item.level) ?? { all: 0, withClause: 0 };
    counts.all++;
    if (clausesOfTask(plan, item).length > 0) counts.withClause++;
    tasks.set(item.level, counts);
  }
  let deepest = 0;
  for (const [level, counts] of tasks) if (counts.withClause > 0 && counts.withClause * 2 >= counts.all && level > deepest) deepest = level;
  return { levels: new Set(deepest ? [deepest] : []), source: "inferred" };
}
