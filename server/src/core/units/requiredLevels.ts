import type { PlanConfig } from "../config/schema.js";
import type { Attachment, NumberedItem, PlanDocument } from "../model/types.js";
import { isGoalsTitle } from "../targets/plan.js";
import { isCarryingOut, unspacedTitle } from "../xref/tasks.js";
import { clausesOfTask } from "./sharedClause.js";

/**
 * The framing sections of a plan: what it wants and why, not who does what. Their items (the
 * goal bullets `1.经济发展质量效益持续增强。…` under Ganzhou's （二）主要目标) never carry a
 * responsibility clause.
 */
const FRAMING_HEADING = /^(总体要求|指导思想|基本原则|工作原则|总体思路|工作思路)$/;

/** A framing section: 总体要求 and its kin, or a goals section (one definition, targets/plan.ts). */
function isFraming(heading: string): boolean {
  const text = unspacedTitle(heading).replace(/[。：:；;\s]+$/, "");
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
  /** The levels whose tasks must carry a clause in the plan's own text (or everywhere, when configured). */
  levels: ReadonlySet<number>;
  /** Whether some task anywhere must carry a clause (the plan's text or an attachment). */
  any: boolean;
  /** Whether this task's level must carry a clause in its part: the plan's text or its attachment. */
  appliesTo(item: NumberedItem): boolean;
  source: "config" | "inferred";
}

const NO_LEVELS: ReadonlySet<number> = new Set();

/**
 * The levels whose tasks must carry a clause: `units.requireClauseAt` when configured, else each
 * level at which the document's tasks carry clauses as a rule — at least half of them, so that
 * a single clause on an odd item does not make every sibling wrong. Ganzhou gives level 3 (tasks 1.–21.), Nanjing and Jiangxi level 2. Inferred apart for
 * the plan's text and for each attachment, which numbers on its own: a 附件2 listing the
 * indicators under its 1. 2. 3. names no unit however the body's tasks do, and an attachment's
 * 分工表 written as items may carry its clauses at another level than the body.
 */
export function clauseRequirement(plan: PlanDocument, config: PlanConfig | undefined): ClauseRequirement {
  const configured = config?.units?.requireClauseAt;
  if (configured) {
    const levels = new Set(configured);
    return { levels, any: levels.size > 0, appliesTo: (item) => levels.has(item.level), source: "config" };
  }
  const tasks = new Map<Attachment | null, Map<number, { all: number; withClause: number }>>();
  for (const item of plan.allItems) {
    if (item.level > 4 || !needsClause(item)) continue;
    let part = tasks.get(item.attachment);
    if (!part) tasks.set(item.attachment, (part = new Map()));
    const counts = part.get(item.level) ?? { all: 0, withClause: 0 };
    counts.all++;
    if (clausesOfTask(plan, item).length > 0) counts.withClause++;
    part.set(item.level, counts);
  }
  const byPart = new Map<Attachment | null, ReadonlySet<number>>();
  for (const [part, levels] of tasks) {
    // Every level whose tasks carry clauses as a rule, not the deepest alone: one task's
    // （1）（2） sharing the clause below them would otherwise make level 4 the plan's only
    // level, and the 1. tasks beside it that forget their clause would go unreported.
    const carrying = new Set<number>();
    for (const [level, counts] of levels) if (counts.withClause > 0 && counts.withClause * 2 >= counts.all) carrying.add(level);
    if (carrying.size > 0) byPart.set(part, carrying);
  }
  return {
    levels: byPart.get(null) ?? NO_LEVELS,
    any: byPart.size > 0,
    appliesTo: (item) => (byPart.get(item.attachment) ?? NO_LEVELS).has(item.level),
    source: "inferred",
  };
}
