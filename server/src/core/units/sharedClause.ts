import { PlanMemo } from "../model/planMemo.js";
import { textEndOf } from "../model/inline.js";
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
 * paragraph in the last task's body. Such a task is not missing its clause — unless the plan
 * writes a clause paragraph under each task (writesClauseUnderEachTask), where the one task
 * without is the drafter's miss.
 *
 * A task with sub-items (`1.守牢食品药品质量安全底线。` / `（1）…；` / `（2）…。` /
 * `（牵头单位：…；配合单位：…）`) has its clause after the last of them, where the outline puts
 * it in the last sub-item's text, as it does when the clause ends that sub-item's line. Where
 * the plan writes clauses at the task's level (another task of that level has one of its own),
 * or every task of its run is written so (each states its work, has sub-items, and names its
 * units only after the last of them: 1.… / （1）（2） / 〔…〕, 2.… / （1）（2） / 〔…〕), and no
 * other sub-item names units, that clause is the task's, and through it its sub-items':
 * the task is counted once, with its own departments, not as sub-items. Without such evidence
 * the clause stays the sub-items' (a group's clause under a heading, （一）品牌培育 / 1. / 2. /
 * 〔…〕, looks the same). Either way a task whose sub-items name units is no task without a
 * clause: it never takes the clause of the task after it.
 */

/** The tasks a clause assigns, in document order: the whole group for a group's clause, the task for its sub-items' closing clause, else the item holding it (none outside an item). */
export function tasksOfClause(plan: PlanDocument, clause: ResponsibilityClause): readonly NumberedItem[] {
  const group = sharedClausesOf(plan).groups.get(clause);
  if (group) return group;
  return clause.item ? [clause.item] : NO_TASKS;
}

/**
 * Whether an item is a task whose clause closes its sub-items (see above): a task, its sub-items
 * its parts, wherever numbering alone would read it as a heading over them (xref/tasks.ts).
 */
export function closesItsSubItems(plan: PlanDocument, item: NumberedItem): boolean {
  return sharedClausesOf(plan).closed.has(item);
}

/** The clauses that assign a task: the ones written in it, else those of the group it belongs to. */
export function clausesOfTask(plan: PlanDocument, item: NumberedItem): readonly ResponsibilityClause[] {
  return item.clauses.length > 0 ? item.clauses : (sharedClausesOf(plan).coveredBy.get(item) ?? NO_CLAUSES);
}

/**
 * Every clause that assigns a task, as the unit matrix merges them: the ones `clausesOfTask`
 * gives, then those of a group the task belongs to though it names its own units (以上任务由…牵头
 * after 1.…〔责任单位：…〕: the group's statement is every task's of the run). What the text says
 * of the task, all of it: units/table-mismatch compares a table's row with this.
 */
export function allClausesOfTask(plan: PlanDocument, item: NumberedItem): readonly ResponsibilityClause[] {
  const own = clausesOfTask(plan, item);
  if (item.clauses.length === 0) return own;
  let over = statementsPerPlan.get(plan);
  if (over === undefined) {
    over = new Map();
    for (const [clause, tasks] of sharedClausesOf(plan).groups) {
      for (const task of tasks) if (task.clauses.length > 0 && !task.clauses.includes(clause)) over.set(task, [...(over.get(task) ?? []), clause]);
    }
    statementsPerPlan.set(plan, over);
  }
  const statements = over.get(item);
  return statements === undefined ? own : [...own, ...statements];
}

const statementsPerPlan = new PlanMemo<Map<NumberedItem, ResponsibilityClause[]>>();

const NO_TASKS: readonly NumberedItem[] = [];
const NO_CLAUSES: readonly ResponsibilityClause[] = [];

interface SharedClauses {
  /** Tasks without a clause of their own, with the clauses of the group they belong to. */
  coveredBy: ReadonlyMap<NumberedItem, readonly ResponsibilityClause[]>;
  /** A group's clause with every task of the group, the one holding it last. */
  groups: ReadonlyMap<ResponsibilityClause, readonly NumberedItem[]>;
  /** The tasks whose clause closes their sub-items. */
  closed: ReadonlySet<NumberedItem>;
}

/** Found once per plan: missing-clause and the level inference ask for every task, every keystroke. */
const sharedPerPlan = new PlanMemo<SharedClauses>();

function sharedClausesOf(plan: PlanDocument): SharedClauses {
  let shared = sharedPerPlan.get(plan);
  if (!shared) sharedPerPlan.set(plan, (shared = findShared(plan)));
  return shared;
}

function findShared(plan: PlanDocument): SharedClauses {
  const coveredBy = new Map<NumberedItem, readonly ResponsibilityClause[]>();
  const groups = new Map<ResponsibilityClause, NumberedItem[]>();
  // Items with units named in their sub-items' text: such an item is never a clauseless task.
  const namedBelow = new Set<NumberedItem>();
  for (const clause of plan.clauses) for (let node = clause.item?.parent ?? null; node && !namedBelow.has(node); node = node.parent) namedBelow.add(node);
  // Tasks whose clause closes their sub-items, taken before the groups are looked for.
  const closed = new Set<NumberedItem>();
  for (const task of tasksClosedBySubItems(plan, namedBelow)) {
    const last = task.children[task.children.length - 1]!;
    closed.add(task);
    coveredBy.set(task, last.clauses);
    for (const clause of last.clauses) groups.set(clause, [task]);
    const cover = (items: readonly NumberedItem[]) => {
      for (const item of items) {
        if (item !== last) coveredBy.set(item, last.clauses);
        cover(item.children);
      }
    };
    cover(task.children);
  }
  // A plan that writes a group's clause on a paragraph of its own after the group elsewhere
  // writes it so after a group whose last task has sub-items too: there the paragraph closes the
  // group, not only that task (1.… / 2.… / （1）（2） / 〔责任单位：…〕 gives 1. its units too).
  const groupStyle = writesGroupClauses(plan, namedBelow);
  const perTask = writesClauseUnderEachTask(plan, namedBelow);
  const visit = (siblings: readonly NumberedItem[]) => {
    // Backwards, so that each task knows the first sibling after it that names units: one pass.
    let holder: readonly ResponsibilityClause[] | null = null;
    let holderItem: NumberedItem | null = null;
    for (let i = siblings.length - 1; i >= 0; i--) {
      const sibling = siblings[i]!;
      if (sibling.clauses.length > 0) {
        const shares = sibling.clauses.every((clause) => standsAlone(plan, sibling, clause)) && (!perTask || sibling.clauses.some((clause) => isGroupStatement(plan, sibling, clause)));
        holder = shares ? sibling.clauses : null;
        holderItem = sibling;
      } else if (namedBelow.has(sibling)) {
        // Its units are in its sub-items (or close them): its own, not a group's after it —
        // unless its closing clause stands alone in a plan that writes group clauses so.
        holder = groupStyle && closed.has(sibling) ? closingParagraphClauses(plan, sibling) : null;
        holderItem = sibling;
      } else if (holder && holderItem) {
        coveredBy.set(sibling, holder);
        for (const clause of holder) {
          // Gathered backwards, from the holder; put in document order below.
          const tasks = groups.get(clause);
          if (tasks) tasks.push(sibling);
          else groups.set(clause, [holderItem, sibling]);
        }
      }
    }
  };
  visit(plan.items);
  for (const attachment of plan.attachments) visit(attachment.items);
  for (const item of plan.allItems) if (item.children.length > 1 && !closed.has(item)) visit(item.children);
  for (const tasks of groups.values()) tasks.reverse();
  // 以上任务由…牵头，… after tasks that name their own units: the statement is every task's of
  // the run above it, not a second clause of the last one's.
  for (const clause of plan.clauses) {
    const holder = clause.item;
    if (holder === null || groups.has(clause) || !isGroupStatement(plan, holder, clause)) continue;
    const siblings = holder.parent?.children ?? holder.attachment?.items ?? plan.items;
    const group: NumberedItem[] = [];
    for (let i = siblings.indexOf(holder) - 1; i >= 0; i--) {
      const sibling = siblings[i]!;
      // The run starts after the previous statement of its kind.
      if (sibling.clauses.some((other) => isGroupStatement(plan, sibling, other))) break;
      group.push(sibling);
    }
    if (group.length > 0) groups.set(clause, [...group.reverse(), holder]);
  }
  return { coveredBy, groups, closed };
}

/** What opens a statement about the tasks above it: 以上任务, 上述工作, 以上各项措施. */
const GROUP_STATEMENT = /^(?:以上|上述)(?:各项|所列)?(?:任务|工作|措施|事项)/u;

/**
 * Whether a clause is a statement about the tasks above it (以上任务由市市场监管局牵头，各相关部门
 * 按职责分工负责), written as a paragraph of its own in the last task's body: the group's, whether
 * or not the tasks name units of their own (units/matrix.ts merges it into each one's row).
 */
export function isGroupStatement(plan: PlanDocument, item: NumberedItem, clause: ResponsibilityClause): boolean {
  const first = plan.text.charCodeAt(clause.start);
  // 以 or 上 first: most clauses fail here, with no slice.
  if (clause.open !== "" || clause.tableRow !== null || (first !== 0x4ee5 && first !== 0x4e0a)) return false;
  return GROUP_STATEMENT.test(plan.text.slice(clause.start, clause.start + 8)) && standsAlone(plan, item, clause);
}

/**
 * Whether the plan writes a group's clause on a paragraph of its own after the group: a
 * clause-bearing item whose clauses each stand alone, after a sibling that names no units.
 */
function writesGroupClauses(plan: PlanDocument, namedBelow: ReadonlySet<NumberedItem>): boolean {
  const inRun = (siblings: readonly NumberedItem[]): boolean => {
    for (let i = 1; i < siblings.length; i++) {
      const item = siblings[i]!;
      const before = siblings[i - 1]!;
      if (item.clauses.length === 0 || before.clauses.length > 0 || namedBelow.has(before)) continue;
      if (item.clauses.every((clause) => standsAlone(plan, item, clause))) return true;
    }
    return false;
  };
  if (inRun(plan.items)) return true;
  for (const item of plan.allItems) if (item.children.length > 1 && inRun(item.children)) return true;
  return false;
}

/**
 * Whether the plan writes one clause under each task: its clauses on paragraphs of their own
 * (责任单位 lines a copy from Word puts under each task) follow, nearly every time, a task that
 * names its own units or none at all (the first of its run) — at least three times, and four
 * times for each one after a task without units. In such a plan the rare paragraph after a task
 * without units is that task's, and the task before it is missing its clause, not sharing it
 * (1.… / 〔…〕 / 2.… / 3.… / 〔…〕 / 4.… / 〔…〕: 2. names no unit). A plan of groups writes its
 * paragraph after each group (1. / 2. / 〔…〕 / 1. / 2. / 〔…〕) and keeps them.
 */
function writesClauseUnderEachTask(plan: PlanDocument, namedBelow: ReadonlySet<NumberedItem>): boolean {
  let single = 0;
  let grouped = 0;
  const count = (siblings: readonly NumberedItem[]) => {
    for (let i = 0; i < siblings.length; i++) {
      const item = siblings[i]!;
      if (item.clauses.length === 0 || !item.clauses.every((clause) => standsAlone(plan, item, clause))) continue;
      const before = i > 0 ? siblings[i - 1]! : null;
      if (before === null || before.clauses.length > 0 || namedBelow.has(before)) single++;
      else grouped++;
    }
  };
  count(plan.items);
  for (const attachment of plan.attachments) count(attachment.items);
  for (const item of plan.allItems) if (item.children.length > 0) count(item.children);
  return single >= 3 && single >= 4 * grouped;
}

/** A closed task's clauses where each is a paragraph of its own in its last sub-item, else null. */
function closingParagraphClauses(plan: PlanDocument, task: NumberedItem): readonly ResponsibilityClause[] | null {
  const last = task.children[task.children.length - 1]!;
  return last.clauses.every((clause) => standsAlone(plan, last, clause)) ? last.clauses : null;
}

/**
 * The tasks whose clause closes their sub-items: no clause of their own, a last sub-item (with
 * none below it) whose text ends in its clauses, no other sub-item that names units, and a
 * plan that writes clauses at the task's level (another item of that level, in the same
 * outline, has one of its own).
 */
function tasksClosedBySubItems(plan: PlanDocument, namedBelow: ReadonlySet<NumberedItem>): NumberedItem[] {
  const levelsWithClauses = new Set<string>();
  for (const clause of plan.clauses) {
    const item = clause.item;
    if (item) levelsWithClauses.add(levelKey(item));
  }
  const closedShape = (task: NumberedItem): boolean => {
    if (task.clauses.length > 0 || !namedBelow.has(task)) return false;
    const children = task.children;
    const last = children[children.length - 1]!;
    if (last.clauses.length === 0 || last.children.length > 0 || !endsInClauses(plan, last)) return false;
    for (let i = 0; i < children.length - 1; i++) if (children[i]!.clauses.length > 0 || namedBelow.has(children[i]!)) return false;
    return true;
  };
  // Per run of siblings: whether every one is a task closed so (see above), read once per run.
  const wholeRuns = new Map<readonly NumberedItem[], boolean>();
  const inWholeRun = (task: NumberedItem): boolean => {
    const siblings = task.parent?.children ?? task.attachment?.items ?? plan.items;
    let whole = wholeRuns.get(siblings);
    if (whole === undefined) {
      const numbered = siblings.filter((sibling) => sibling.kind === "item");
      whole = numbered.length > 1 && numbered.every((sibling) => !sibling.headingOnly && closedShape(sibling));
      wholeRuns.set(siblings, whole);
    }
    return whole;
  };
  // Per run of siblings: whether one of them names units in two or more of its sub-items, each its
  // own clause (（一） / 1.…〔…〕 / 2.…〔…〕): the run writes clauses at its sub-items' level, and a
  // sibling's one sub-item with a clause (（三） / 6.…〔…〕) is that sub-item's task, not a clause
  // closing （三）'s — whatever level the 保障措施's items write theirs at.
  const subItemRuns = new Map<readonly NumberedItem[], boolean>();
  const runWritesSubItemClauses = (task: NumberedItem): boolean => {
    const siblings = task.parent?.children ?? task.attachment?.items ?? plan.items;
    let writes = subItemRuns.get(siblings);
    if (writes === undefined) {
      writes = siblings.some((sibling) => sibling !== task && sibling.children.filter((child) => child.clauses.length > 0).length > 1);
      subItemRuns.set(siblings, writes);
    }
    return writes;
  };
  const tasks: NumberedItem[] = [];
  for (const task of plan.allItems) {
    if (closedShape(task) && (levelsWithClauses.has(levelKey(task)) || (task.box === null && inWholeRun(task))) && !(task.children.length === 1 && runWritesSubItemClauses(task))) tasks.push(task);
  }
  return tasks;
}

/** An item's level in its outline: an attachment's levels are its own. */
function levelKey(item: NumberedItem): string {
  return item.attachment ? `${item.attachment.start}:${item.level}` : String(item.level);
}

/** Closing marks and spaces: what may stand between a task's last clauses and after them. */
const ONLY_CLOSING = /^[。；;.\s]*$/;

/** Whether an item's text ends in its clauses: nothing but closing marks after each, up to the next or the item's end. */
function endsInClauses(plan: PlanDocument, item: NumberedItem): boolean {
  const lines = item.bodyLines;
  const end = textEndOf(lines.length > 0 ? lines[lines.length - 1]! : item.line, plan.text);
  const clauses = item.clauses;
  for (let i = 0; i < clauses.length; i++) {
    const next = i + 1 < clauses.length ? clauses[i + 1]!.start : end;
    if (!ONLY_CLOSING.test(plan.text.slice(clauses[i]!.end, next))) return false;
  }
  return true;
}

/** Whether a clause is a body paragraph of the item with nothing else in it but a closing mark. */
function standsAlone(plan: PlanDocument, item: NumberedItem, clause: ResponsibilityClause): boolean {
  for (const line of item.bodyLines) {
    if (line.indentEnd === clause.start) return /^[。；;.\s]*$/.test(plan.text.slice(clause.end, line.contentEnd));
  }
  return false;
}
