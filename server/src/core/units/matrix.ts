import { PlanMemo } from "../model/planMemo.js";
import { attachmentName } from "../model/attachments.js";
import type { DeadlineNode } from "../syntax/cst.js";
import { partitionPoint } from "../text/sorted.js";
import type { Box, NumberedItem, PlanDocument, ResponsibilityClause, Span, UnitRole } from "../model/types.js";
import { shownMarker } from "../numbering/edits.js";
import { articleHolding } from "../references/articleSections.js";
import { type ArticleTask, articleTaskOf } from "./articleTasks.js";
import { LEAD_CONVENTION } from "./draftingNotes.js";
import { isCollectiveName, isPlaceholderName } from "./names.js";
import type { UnitRegistry } from "./registry.js";
import { isGroupStatement, tasksOfClause } from "./sharedClause.js";
import { restatedTask, taskOfTableRow } from "./tableTasks.js";
import { unitNamesMeantInClause, writtenNames } from "./namesMeant.js";
import { assigningClauses } from "./tableRowClauses.js";
import { continuesLabelLines, isLabelLine } from "./labelLines.js";

/**
 * One row of the unit × task matrix: a responsibility clause with the task it belongs to. The
 * coordinating office reads the plan this way — which department does what, and who leads.
 */
export interface UnitMatrixRow {
  /**
   * Markers from the top of the outline to the task: ["二、", "（一）", "1."]; an attachment's
   * item starts with its attachment (["附件1", "一、", "1."]), a table row is its table's
   * attachment and its 序号 (["附件", "1"]), a clause in an article's own text is the article's
   * (["第二章", "第三条"]: units/articleTasks.ts).
   */
  path: string[];
  heading: string;
  /**
   * For a table row, the section rows of its 分工表 it stands under, outermost first
   * (["一、增强质量发展创新动能"]: model/tables.ts TableRow `sections`), which its path of attachment
   * and 序号 does not say; empty for any other row.
   */
  sections: readonly string[];
  /** The clause's first label (责任单位, 牵头单位 …); "" in the provincial form. */
  label: string;
  /** Every name in document order, as written, without a trailing 等 or a role word. */
  units: string[];
  /**
   * The units that lead: those the clause says lead (牵头单位：…, X牵头, X（牵头）), or, where the
   * plan declares that the first-listed unit leads (排在第一位的为牵头单位), the first listed. Never
   * a group term (各相关部门, …成员单位), and empty when neither says: the order of the names alone
   * makes no lead.
   */
  leads: string[];
  /** The units the clause says support (配合单位：…, Y配合, 参与). */
  supporting: string[];
  /** `leads[0]`, or null. */
  lead: string | null;
  /** Where the lead comes from: the clause (or its table's column), the plan's declared convention, or nowhere. */
  leadBasis: LeadBasis;
  /**
   * When the task is due, as written (2025年底前完成, 2026年6月): the task's last deadline — in
   * brackets, in its clause, or the sentence after it — or a table row's 完成时限 cell; null where
   * none is written.
   */
  deadline: string | null;
  /** The task the row is for; null for a table row (its task is `heading`), a clause in an article's text (its task is the article, `path`) or one outside any item. */
  item: NumberedItem | null;
  span: Span;
}

export type LeadBasis = "clause" | "convention" | null;

/**
 * The rows of one plan, one per clause and task, in document order: a clause written after a
 * group of tasks gives a row to each task of the group (units/sharedClause.ts `tasksOfClause`).
 * A task's clauses written as label lines one after the other (`牵头单位：市工信局` /
 * `配合单位：市科技局`) are one statement, as in one bracket they would be: one row. A statement
 * about the tasks above it (以上任务由市市场监管局牵头，…) is merged into the row of each task that
 * names its own units, and is the row of each that does not.
 * A row of a responsibility table that restates a task of the text (units/tableTasks.ts, as
 * units/table-mismatch pairs them: a notice's 附件2 分工表 restating its 附件1 plan), and an
 * attachment's numbered task that restates one of the text in the same words
 * (units/tableTasks.ts `restatedTask`), is no task of its own: its units and roles are merged
 * into the task's row, the units compared as `keyOf` gives
 * them (市卫健委 is the 市卫生健康委 the text lists, written as the text writes it). Pure: the CLI
 * and the server format them.
 */
export function unitMatrixRows(plan: PlanDocument, keyOf: (name: string) => string, registry: UnitRegistry | null = null): UnitMatrixRow[] {
  const rows: UnitMatrixRow[] = [];
  const restating: Array<{ clause: ResponsibilityClause; task: NumberedItem }> = [];
  // Each task's row of label lines, with the last of them: the next line may go on with it.
  const labelLines = new Map<NumberedItem, { row: UnitMatrixRow; clause: ResponsibilityClause }>();
  // A name that runs two names together lists both (units/namesMeant.ts), as the counts read it; without a registry, names as written.
  const names = (name: string): readonly string[] => (registry === null ? [name] : writtenNames(name, registry));
  const deadlines = new DeadlinesBySpan(plan.deadlines);
  const rowOf = (clause: ResponsibilityClause, item: NumberedItem | null): UnitMatrixRow => {
    const stated = leadsOf(plan, clause);
    // The first listed leads by the plan's convention: of a run of names, the first of them.
    const leads = stated.basis === "convention" ? names(stated.leads[0]!).slice(0, 1) : stated.leads.flatMap(names);
    const basis = stated.basis;
    return {
      ...taskTitle(plan, item ?? articleTaskOf(plan, clause) ?? clause),
      sections: item === null && clause.tableRow !== null ? clause.tableRow.sections : NO_SECTIONS,
      label: clause.segments[0]?.label ?? "",
      units: clause.units.flatMap((unit) => names(unit.text)),
      leads,
      supporting: clause.segments.flatMap((segment) => (segment.role === "support" ? segment.units.flatMap((unit) => names(unit.text)) : [])),
      lead: leads[0] ?? null,
      leadBasis: basis,
      // A task of the text that a 分工表 row restates, with no clause of its own, is due when the row's
      // 完成时限 says, unless the text itself says when.
      deadline: (item !== null ? lastDeadline(item.deadlines) : null) ?? (clause.tableRow !== null ? deadlines.within(clause.start, clause.end) : null),
      item,
      span: { start: clause.start, end: clause.end },
    };
  };
  // Each task's first row: a group's statement (以上任务由…牵头) is merged into the row of a task that has one.
  const firstRows = new Map<NumberedItem, UnitMatrixRow>();
  for (const clause of assigningClauses(plan)) {
    const tasks = tasksOfClause(plan, clause);
    const statement = clause.item !== null && isGroupStatement(plan, clause.item, clause);
    const restated = tasks.length > 0 ? null : taskOfTableRow(plan, clause);
    if (restated !== null) restating.push({ clause, task: restated });
    else if (tasks.length === 0) rows.push(rowOf(clause, null));
    for (const task of tasks) {
      // An attachment's task that restates one of the text (附件1 listing the tasks again) is that task's.
      const restates = restatedTask(plan, task);
      if (restates !== null) restating.push({ clause, task: restates });
      else {
        // 牵头单位：… / 配合单位：… on lines of their own, one after the other, are one statement of the task's.
        const previous = isLabelLine(clause) ? labelLines.get(task) : undefined;
        if (previous !== undefined && continuesLabelLines(plan.text, previous.clause, clause)) {
          mergeRow(previous.row, rowOf(clause, null), keyOf);
          previous.clause = clause;
          continue;
        }
        const first = statement ? firstRows.get(task) : undefined;
        if (first !== undefined) {
          mergeStatement(first, rowOf(clause, null), keyOf);
          continue;
        }
        const row = rowOf(clause, task);
        rows.push(row);
        if (!firstRows.has(task)) firstRows.set(task, row);
        if (isLabelLine(clause)) labelLines.set(task, { row, clause });
      }
    }
  }
  for (const { clause, task } of restating) {
    // The task's first row; a task with no clause of its own has none: the table's row is its row.
    const row = rows.find((candidate) => candidate.item === task);
    if (row === undefined) rows.push(rowOf(clause, task));
    else mergeRow(row, rowOf(clause, null), keyOf);
  }
  // In the order of the tasks: a group's statement after a task that names its own units gives
  // the row of a task before it (1. with none, 2. with its own, 以上任务由…) after that one's.
  return rows.map((row, index) => ({ row, index, at: row.item?.start ?? row.span.start })).sort((a, b) => a.at - b.at || a.index - b.index).map(({ row }) => row);
}

/**
 * A table row's statement merged into the row of the task it restates: its units the row does
 * not list yet, after the row's own; its leads and supporting units likewise (a unit the one
 * says leads leads, whatever the other says), each unit under the row's writing of it. A lead
 * either states is stated.
 */
function mergeRow(row: UnitMatrixRow, table: UnitMatrixRow, keyOf: (name: string) => string): void {
  const writing = new Map<string, string>();
  for (const name of [...row.units, ...table.units]) if (!writing.has(keyOf(name))) writing.set(keyOf(name), name);
  const union = (a: readonly string[], b: readonly string[]) => [...new Set([...a, ...b].map(keyOf))].map((key) => writing.get(key) ?? key);
  row.units = union(row.units, table.units);
  const basis: LeadBasis = row.leadBasis === "clause" || table.leadBasis === "clause" ? "clause" : (row.leadBasis ?? table.leadBasis);
  row.leads = basis === "clause" ? union(row.leadBasis === "clause" ? row.leads : [], table.leadBasis === "clause" ? table.leads : []) : row.leads.length > 0 ? row.leads : table.leads;
  const leading = new Set(row.leads.map(keyOf));
  row.supporting = union(row.supporting, table.supporting).filter((name) => !leading.has(keyOf(name)));
  row.lead = row.leads[0] ?? null;
  row.leadBasis = basis;
  row.deadline ??= table.deadline;
}

function lastDeadline(deadlines: readonly DeadlineNode[]): string | null {
  return deadlines.length > 0 ? deadlines[deadlines.length - 1]!.value : null;
}

/**
 * The plan's deadlines by where they stand, for a table row's 完成时限 (its cell, read into the
 * plan's deadlines by model/tables.ts): sorted once, when the first row asks, and searched.
 */
class DeadlinesBySpan {
  private sorted: DeadlineNode[] | null = null;

  constructor(private readonly deadlines: readonly DeadlineNode[]) {}

  /** The last deadline inside [start, end), or null. */
  within(start: number, end: number): string | null {
    const sorted = (this.sorted ??= [...this.deadlines].sort((a, b) => a.start - b.start));
    const after = partitionPoint(sorted.length, (i) => sorted[i]!.start < end);
    const last = sorted[after - 1];
    return last !== undefined && last.start >= start ? last.value : null;
  }
}

/**
 * A group's statement (以上任务由…牵头，…配合) merged into the row of a task that names its own
 * units: the task's own word on a unit's role stands (its clause is about it alone), the
 * statement's on the units it leaves without one.
 */
function mergeStatement(row: UnitMatrixRow, statement: UnitMatrixRow, keyOf: (name: string) => string): void {
  const stated = new Set([...(row.leadBasis === "clause" ? row.leads : []), ...row.supporting].map(keyOf));
  const unstated = (name: string) => !stated.has(keyOf(name));
  mergeRow(row, { ...statement, leads: statement.leads.filter(unstated), supporting: statement.supporting.filter(unstated), leadBasis: statement.leads.some(unstated) ? statement.leadBasis : null }, keyOf);
}

/**
 * A task a clause assigns: an item (units/sharedClause.ts `tasksOfClause`), the article whose own
 * text holds it (units/articleTasks.ts), or the clause itself where it assigns neither — a table
 * row (its task is the row's) or a clause outside any item.
 */
export type AssignedTask = NumberedItem | ArticleTask | ResponsibilityClause;

/**
 * The tasks of a plan that list each unit, and the unit's role in each, by the key `keyOf` gives
 * a written name: the one count of tasks per unit, which the editor's hover and completion
 * (`addUnitTaskCounts`) and the summary of `plancheck units` (units/report.ts) read. Tasks in
 * document order; a group's clause is every grouped task's (units/sharedClause.ts); a task counts
 * once per unit however many of its clauses name it, in the strongest role they give it (lead,
 * then support) — the row of a responsibility table that restates a task of the text among them
 * (units/tableTasks.ts); a role a task's own clauses state is not overridden by a group's
 * statement after its run (以上任务由…牵头: `mergeStatement`, as the rows read it). A unit leads
 * only where `leadsOf` says so: never because it is listed first.
 */
export function unitTaskRoles(plan: PlanDocument, keyOf: (name: string) => string, registry: UnitRegistry): Map<string, Map<AssignedTask, UnitRole>> {
  const byUnit = new Map<string, Map<AssignedTask, UnitRole>>();
  // A group's statement (以上任务由…牵头) after tasks that name their own units counts after them,
  // where a task's own clauses leave a unit's role unsaid (mergeStatement).
  const statements: ResponsibilityClause[] = [];
  const ownRoles = new Map<string, Map<AssignedTask, UnitRole>>();
  for (const clause of assigningClauses(plan)) {
    if (clause.item !== null && isGroupStatement(plan, clause.item, clause)) statements.push(clause);
    else addClauseRoles(plan, clause, keyOf, registry, byUnit, null);
  }
  for (const [key, roles] of byUnit) ownRoles.set(key, new Map(roles));
  for (const clause of statements) addClauseRoles(plan, clause, keyOf, registry, byUnit, ownRoles);
  return byUnit;
}

/**
 * Each unit of one clause in its role for each task the clause assigns, the strongest role a task
 * gives a unit kept; a role its own clauses state (`own`: lead or support) is not overridden.
 */
function addClauseRoles(
  plan: PlanDocument,
  clause: ResponsibilityClause,
  keyOf: (name: string) => string,
  registry: UnitRegistry,
  byUnit: Map<string, Map<AssignedTask, UnitRole>>,
  own: ReadonlyMap<string, ReadonlyMap<AssignedTask, UnitRole>> | null,
): void {
  const tasks = tasksOfClause(plan, clause);
  // A table row that restates a task of the text counts for that task: once, not again.
  const restated = tasks.length > 0 ? null : taskOfTableRow(plan, clause);
  // An attachment's task that restates one of the text counts for that task, as a table row does.
  // An article's clauses count for the article: once per unit, however many of them name it.
  const counted: AssignedTask[] = tasks.length > 0 ? tasks.map((task) => restatedTask(plan, task) ?? task) : [restated ?? articleTaskOf(plan, clause) ?? clause];
  const { leads, basis } = leadsOf(plan, clause);
  for (let at = 0; at < clause.segments.length; at++) {
    const segment = clause.segments[at]!;
    for (let index = 0; index < segment.units.length; index++) {
      const unit = segment.units[index]!;
      // A blank still to fill (××, 待定: units/blank) is no unit that carries the task.
      if (isPlaceholderName(unit.text)) continue;
      // 柯桥区 of 柯桥区、诸暨市、嵊州市人民政府 counts as 柯桥区人民政府; 市工信局市财政局 as both;
      // 开发区管委会 of 各县（市、区）人民政府，开发区管委会负责落实 as 各开发区管委会.
      const meant = unitNamesMeantInClause(clause.segments, at, index, registry);
      for (let part = 0; part < meant.length; part++) {
        const key = keyOf(meant[part]!);
        // Of a run of names listed first, only the first leads by the plan's convention. A group term
        // the clause says leads (牵头单位：各乡镇人民政府) leads its members' tasks, though no row names it the lead.
        const leading = (leads.includes(unit.text) && (basis === "clause" || part === 0)) || (segment.role === "lead" && isCollectiveName(meant[part]!));
        const role: UnitRole = leading ? "lead" : segment.role === "support" ? "support" : "responsible";
        let roles = byUnit.get(key);
        if (!roles) byUnit.set(key, (roles = new Map()));
        for (const task of counted) {
          const stated = own?.get(key)?.get(task);
          if (stated !== undefined && stated !== "responsible") continue;
          const before = roles.get(task);
          if (before === undefined || RANK[role] > RANK[before]) roles.set(task, role);
        }
      }
    }
  }
}

const RANK: Record<UnitRole, number> = { responsible: 0, support: 1, lead: 2 };

/** How many tasks list a unit, and how many of them it leads and supports. */
export interface UnitTaskCount {
  tasks: number;
  /** As the clauses state (牵头单位：…, X牵头), or listed first where the plan declares that the first leads (`leadsOf`). */
  leads: number;
  supports: number;
}

/** One unit's tasks (of `unitTaskRoles`) added into a count. */
export function addTaskRoles(count: UnitTaskCount, roles: ReadonlyMap<AssignedTask, UnitRole>): UnitTaskCount {
  for (const role of roles.values()) {
    count.tasks++;
    if (role === "lead") count.leads++;
    if (role === "support") count.supports++;
  }
  return count;
}

/**
 * How many tasks of a plan list each unit, lead it and support it (`unitTaskRoles`), added into
 * `counts` so that a workspace adds up, by the key `keyOf` gives a written name (the registry's
 * canonical name in the editor).
 */
export function addUnitTaskCounts(plan: PlanDocument, keyOf: (name: string) => string, registry: UnitRegistry, counts: Map<string, UnitTaskCount>): Map<string, UnitTaskCount> {
  for (const [key, roles] of unitTaskRoles(plan, keyOf, registry)) {
    let count = counts.get(key);
    if (!count) counts.set(key, (count = { tasks: 0, leads: 0, supports: 0 }));
    addTaskRoles(count, roles);
  }
  return counts;
}

/**
 * A row as `plancheck units --format json` and the server's `policyPlan/unitMatrix` give it
 * (../shared/spec/cli-json.md): the contract's fields in its order, then those added since.
 */
export function matrixRowContract<R>(row: UnitMatrixRow, file: string, range: R) {
  return { file, path: row.path, heading: row.heading, label: row.label, units: row.units, lead: row.lead, range, leads: row.leads, supporting: row.supporting, leadBasis: row.leadBasis, sections: row.sections, deadline: row.deadline };
}

/**
 * A row's place as the reports show it: its path, with a table row's sections put before its 序号
 * (附件 › 一、增强质量发展创新动能 › 2), as a reader of the 分工表 finds the row.
 */
export function shownPath(row: Pick<UnitMatrixRow, "path" | "sections">): string[] {
  return row.sections.length === 0 ? row.path : [...row.path.slice(0, -1), ...row.sections, ...row.path.slice(-1)];
}

const NO_SECTIONS: readonly string[] = [];

/** Where a task stands and what it is called: an item's path and heading, a table row's attachment, 序号 and task. */
export function taskTitle(plan: PlanDocument, task: AssignedTask): { path: string[]; heading: string } {
  if ("marker" in task) return { path: pathOf(plan, task), heading: task.heading.text };
  if ("article" in task) return { path: task.path, heading: task.heading };
  const table = task.tableRow;
  return table ? { path: [(table.table.attachment ? attachmentName(table.table.attachment) : "表"), table.number], heading: table.task } : { path: [], heading: "" };
}

/**
 * The markers from the top of the outline to `item` (numbering/edits.ts `shownMarker`) (a 专栏
 * box's label before its list's), after its attachment's label when it is an attachment's, and
 * in a document written in articles after the article whose provision lists it.
 */
export function pathOf(plan: PlanDocument, item: NumberedItem): string[] {
  const path: string[] = [];
  let root: NumberedItem | Box = item;
  for (let node: NumberedItem | null = item; node; node = node.parent) {
    // A whole marker lost on paste is shown as its fix will write it (2.), not as the "" it is.
    path.unshift(shownMarker(node));
    // A 专栏 box's list stands under its host: 二、 › （一） › 专栏1 › 1.
    if (node.box !== null && node.parent === node.box.host) path.unshift(node.box.label.text);
    root = node.parent === null && node.box !== null ? node.box : node;
  }
  if (item.attachment) path.unshift(attachmentName(item.attachment));
  else {
    // Each article's （一）（二） count from （一） again: the article says which, as the outline
    // nests them (第二章 › 第五条 › （一）).
    const article = articleHolding(plan, root);
    if (article !== null) path.unshift(article.heading.text);
    // In a plan divided into parts, each part's 一、 … may count from 一 again: the part says which.
    // A division's part is said too (第二章 › 第一节): each 章's 节 count from 第一节 again.
    for (let part = item.part; part !== null; part = part.within) path.unshift(part.marker);
  }
  return path;
}

/**
 * The units that lead a clause's task, and on what ground: what the clause states (a lead
 * segment: 牵头单位：…, X牵头, X（牵头）, a 牵头单位 column; a 责任 label set against a 配合 one), else the first-listed unit where the plan
 * declares that convention and the clause states no roles at all, else none. A group term leads
 * nothing: 各相关部门 is who follows.
 */
export function leadsOf(plan: PlanDocument, clause: ResponsibilityClause): { leads: string[]; basis: LeadBasis } {
  const stated: string[] = [];
  let roles = false;
  for (const segment of clause.segments) {
    if (segment.role !== "responsible") roles = true;
    if (segment.role === "lead") for (const unit of segment.units) if (!isCollectiveName(unit.text)) stated.push(unit.text);
  }
  if (stated.length > 0) return { leads: stated, basis: "clause" };
  const answering = answeringUnits(clause);
  if (answering.length > 0) return { leads: answering, basis: "clause" };
  const first = clause.units[0]?.text;
  if (!roles && first !== undefined && !isCollectiveName(first) && leadConvention(plan) !== null) return { leads: [first], basis: "convention" };
  return { leads: [], basis: null };
}

/**
 * A clause that writes no 牵头 label but sets a 责任 label against a 配合 one (责任科室：计量科；
 * 配合单位：…, a department's own plan; 责任单位：…；配合单位：…) names its lead by the 责任 label:
 * the bodies answerable for the task, the others helping them. A 责任单位 alone says nothing of
 * who leads, so a clause without a labelled support segment has none.
 */
function answeringUnits(clause: ResponsibilityClause): string[] {
  if (!clause.segments.some((segment) => segment.role === "support" && segment.label !== "")) return [];
  const out: string[] = [];
  for (const segment of clause.segments) {
    if (segment.role === "responsible" && segment.label.startsWith("责任")) for (const unit of segment.units) if (!isCollectiveName(unit.text)) out.push(unit.text);
  }
  return out;
}

const conventions = new PlanMemo<Span | null>();

/** Where the plan declares that the first-listed unit of a clause leads, or null when it does not. */
export function leadConvention(plan: PlanDocument): Span | null {
  let found = conventions.get(plan);
  if (found === undefined) {
    const match = LEAD_CONVENTION.exec(plan.text);
    found = match ? { start: match.index, end: match.index + match[0].length } : null;
    conventions.set(plan, found);
  }
  return found;
}
