import { PlanMemo } from "../model/planMemo.js";
import { halfWidthDigits } from "../text/codeUnits.js";
import type { NumberedItem, PlanDocument, ResponsibilityClause, TableRow } from "../model/types.js";
import { listsByPlace } from "../model/tables.js";
import { inSafeguardsChapter, inTaskPlace, needsClause } from "./requiredLevels.js";
import { clausesOfTask, tasksOfClause } from "./sharedClause.js";
import { assigningClauses } from "./tableRowClauses.js";

/**
 * Which task of the plan's text a row of its responsibility table (重点任务分工表, model/tables.ts)
 * restates. Many plans give each task its clause in the text and again in an attachment's
 * table: the same task, written twice, which the per-unit counts must count once
 * (units/matrix.ts `unitTaskRoles`) and whose two statements units/table-mismatch compares.
 * Others name a task's units in the table only (the task's text has no clause): the row is
 * then where the task's units are, the task no task without a clause, and one matrix row.
 *
 * A row is matched to a task of the text that a clause of the text assigns (units/sharedClause.ts
 * `tasksOfClause`), or to a task of the text with no clause at all (`needsClause`): by its task cell against the task's heading — the same words (punctuation
 * and spaces aside), one holding the other (a shortened title), or most of their character
 * pairs shared — or, failing those, against the task's text, which a cell may quote (the task's
 * target: 组织质量攻关项目5项); and, between near ones, by its 序号 against the task's number. Each row and
 * each task is matched at most once, the nearest pairs first. A row without a task cell, or
 * near no task, or of a table whose rows are places (a town's share: model/tables.ts
 * `listsByPlace`), restates none: it is a task of its own, as before. An attachment that restates
 * the tasks as numbered items, not a table, is paired by `restatedTask`.
 */

/** A row and the task of the text it restates. */
export interface TableRowTask {
  row: ResponsibilityClause;
  task: NumberedItem;
}

/** How near a task cell and a heading must be (0–1) for the row to restate the task. */
const MIN_SIMILARITY = 0.6;
/** What an equal 序号 adds between near titles: it decides between two, never makes a match alone. */
const NUMBER_BONUS = 0.1;
/** The shortest title that one holding the other may match by: 质量 is in every heading. */
const MIN_CONTAINED = 4;
/** Rows × tasks compared in full; above it, each row with the tasks within WINDOW of its place. */
const MAX_PAIRS = 250_000;
const WINDOW = 100;
/** The shortest task cell that a task's text quoting it matches by, and how near that is (below a shortened title). */
const MIN_QUOTED = 6;
const QUOTED = 0.8;

const pairsPerPlan = new PlanMemo<{ pairs: TableRowTask[]; byRow: Map<ResponsibilityClause, NumberedItem>; byTask: Map<NumberedItem, ResponsibilityClause> }>();

function rowTasksOf(plan: PlanDocument) {
  let found = pairsPerPlan.get(plan);
  if (!found) {
    const pairs = matchRows(plan);
    found = { pairs, byRow: new Map(pairs.map((pair) => [pair.row, pair.task])), byTask: new Map(pairs.map((pair) => [pair.task, pair.row])) };
    pairsPerPlan.set(plan, found);
  }
  return found;
}

/** The table row that restates a task of the text, or null. */
export function tableRowOfTask(plan: PlanDocument, task: NumberedItem): ResponsibilityClause | null {
  if (plan.tables.length === 0) return null;
  return rowTasksOf(plan).byTask.get(task) ?? null;
}

/** The rows of the plan's responsibility tables that restate a task of its text, in the table's order. */
export function tableRowTasks(plan: PlanDocument): readonly TableRowTask[] {
  return rowTasksOf(plan).pairs;
}

/** The task of the text that a table row restates, or null (not a row, or a task of its own). */
export function taskOfTableRow(plan: PlanDocument, clause: ResponsibilityClause): NumberedItem | null {
  if (clause.tableRow === null || plan.tables.length === 0) return null;
  return rowTasksOf(plan).byRow.get(clause) ?? null;
}

function matchRows(plan: PlanDocument): TableRowTask[] {
  if (plan.tables.length === 0) return [];
  const rows: ResponsibilityClause[] = [];
  const tasks: NumberedItem[] = [];
  const seen = new Set<NumberedItem>();
  // A row under a merged unit cell restates its task as any row does (units/tableRowClauses.ts).
  for (const clause of assigningClauses(plan)) {
    if (clause.tableRow !== null) {
      if (titleKey(clause.tableRow.task) !== "" && !listsByPlace(clause.tableRow.table.columns)) rows.push(clause);
      continue;
    }
    for (const task of tasksOfClause(plan, clause)) {
      if (task.attachment === null && !seen.has(task)) {
        seen.add(task);
        tasks.push(task);
      }
    }
  }
  // A task of the text with no clause at all: its units may be the table's alone. A task written
  // as its title only (（一）开展质量攻关行动。) is one too where a table gives its units: a plan
  // that lists its tasks so and puts the rest in the 分工表 (needsClause leaves such a leaf out,
  // a task still being written, where no table says more).
  for (const item of plan.allItems) {
    if (item.attachment === null && item.box === null && !seen.has(item) && (needsClause(item) || titleOnlyTask(item)) && clausesOfTask(plan, item).length === 0) {
      seen.add(item);
      tasks.push(item);
    }
  }
  if (rows.length === 0 || tasks.length === 0) return [];
  const candidates: Array<{ row: number; task: number; score: number }> = [];
  const taskKeys = tasks.map((task) => titleKey(task.heading.text));
  const taskPairs = taskKeys.map(charPairs);
  // The tasks' text after their titles, as compared, made where a row needs it.
  const bodyKeys: Array<string | undefined> = [];
  let tableLines: Set<number> | undefined;
  // A table restates the tasks in their order. Real plans pair every row with every task (a few
  // hundred of each); past that, a row is compared with the tasks about where it stands in the
  // table, so a pasted table of thousands of rows costs rows × window, never rows × tasks.
  const windowed = rows.length * tasks.length > MAX_PAIRS;
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r]!.tableRow!;
    const key = titleKey(row.task);
    const pairs = charPairs(key);
    const number = rowNumber(row);
    const at = Math.floor((r * tasks.length) / rows.length);
    const from = windowed ? Math.max(0, at - WINDOW) : 0;
    const to = windowed ? Math.min(tasks.length, at + WINDOW + 1) : tasks.length;
    for (let t = from; t < to; t++) {
      let score = similarity(key, pairs, taskKeys[t]!, taskPairs[t]!);
      // A task cell that quotes the task's text rather than its title (组织质量攻关项目5项 from
      // 1.实施质量提升行动。聚焦先进制造业，组织质量攻关项目5项。): the row is that task's.
      if (score < MIN_SIMILARITY && key.length >= MIN_QUOTED && (bodyKeys[t] ??= bodyKeyOf(plan, tasks[t]!, (tableLines ??= tableLineStarts(plan)))).includes(key)) score = QUOTED;
      if (score < MIN_SIMILARITY) continue;
      if (number !== null && tasks[t]!.marker.value === number) score += NUMBER_BONUS;
      candidates.push({ row: r, task: t, score });
    }
  }
  // The nearest first; equals in the table's order, then the text's.
  candidates.sort((a, b) => b.score - a.score || a.row - b.row || a.task - b.task);
  const rowDone = new Set<number>();
  const taskDone = new Set<number>();
  const matched: Array<{ row: number; task: number }> = [];
  for (const candidate of candidates) {
    if (rowDone.has(candidate.row) || taskDone.has(candidate.task)) continue;
    rowDone.add(candidate.row);
    taskDone.add(candidate.task);
    matched.push(candidate);
  }
  return matched.sort((a, b) => a.row - b.row).map(({ row, task }) => ({ row: rows[row]!, task: tasks[task]! }));
}

/**
 * A task's text after its title, on its line and its paragraphs, as titles are compared
 * (`titleKey`); a table under the task (重点项目如下表：) is not its text, or each row would quote
 * the task it stands in.
 */
function bodyKeyOf(plan: PlanDocument, task: NumberedItem, tableLines: ReadonlySet<number>): string {
  let text = plan.text.slice(task.heading.end, task.line.contentEnd);
  for (const line of task.bodyLines) if (!tableLines.has(line.start)) text += plan.text.slice(line.start, line.contentEnd);
  return titleKey(text);
}

/** Where the lines of the plan's tables start: their headers, their rows read and not read. */
function tableLineStarts(plan: PlanDocument): Set<number> {
  const starts = new Set<number>();
  for (const table of plan.tables) {
    starts.add(table.start);
    for (const unread of table.unread) starts.add(unread.start);
  }
  for (const clause of assigningClauses(plan)) if (clause.tableRow !== null) starts.add(clause.tableRow.start);
  return starts;
}

/** A leaf written as its title only, where a task stands (not in the safeguards chapter). */
function titleOnlyTask(item: NumberedItem): boolean {
  return item.headingOnly && item.children.length === 0 && inTaskPlace(item) && !inSafeguardsChapter(item);
}

/** A 序号 as drafters write it: `1`, `1.`, `1、`, `（1）`, `１`. */
const ROW_NUMBER = /^[（(]?\s*([0-9]{1,3})\s*[）).．、]?$/;

/**
 * The number of a table's row, read from its 序号 cell as a marker is read (`1.` is 1), or null
 * where the cell is no number: what a message names the row by and what a task's number is
 * compared with.
 */
export function rowNumber(row: TableRow): number | null {
  const match = ROW_NUMBER.exec(halfWidthDigits(row.number.trim()));
  return match === null ? null : Number(match[1]);
}

const restatedPerPlan = new PlanMemo<Map<NumberedItem, NumberedItem>>();

/**
 * The task of the text that an attachment's task restates, or null: an attachment (附件1
 * 重点任务分工) that lists the plan's tasks again as numbered items, each with its clause, as a
 * table's rows would. The same task written twice, counted once (units/matrix.ts). Matched only
 * by the same words (`titleKey`: punctuation and spaces aside), never by near ones: an
 * attachment's own list (its 一、二、 of other work) is no restatement. A heading two tasks of the
 * text share says nothing of which one is meant, and each task is restated at most once.
 */
export function restatedTask(plan: PlanDocument, item: NumberedItem): NumberedItem | null {
  return item.attachment === null ? null : (attachmentRestatements(plan).get(item) ?? null);
}

/** Every attachment's task that restates a task of the text (`restatedTask`), with that task. */
export function attachmentRestatements(plan: PlanDocument): ReadonlyMap<NumberedItem, NumberedItem> {
  let pairs = restatedPerPlan.get(plan);
  if (pairs === undefined) restatedPerPlan.set(plan, (pairs = plan.attachments.length === 0 ? new Map() : matchAttachmentTasks(plan)));
  return pairs;
}

function matchAttachmentTasks(plan: PlanDocument): Map<NumberedItem, NumberedItem> {
  const pairs = new Map<NumberedItem, NumberedItem>();
  // A task of the text by its words; null where two share them (or one is already restated).
  const byKey = new Map<string, NumberedItem | null>();
  const restating: NumberedItem[] = [];
  const seen = new Set<NumberedItem>();
  for (const clause of plan.clauses) {
    if (clause.tableRow !== null) continue;
    for (const task of tasksOfClause(plan, clause)) {
      if (seen.has(task)) continue;
      seen.add(task);
      if (task.attachment !== null) {
        restating.push(task);
        continue;
      }
      const key = titleKey(task.heading.text);
      if (key !== "") byKey.set(key, byKey.has(key) ? null : task);
    }
  }
  for (const item of restating) {
    const key = titleKey(item.heading.text);
    const task = byKey.get(key);
    if (task === undefined || task === null) continue;
    pairs.set(item, task);
    byKey.set(key, null);
  }
  return pairs;
}

/** A title as compared: without spaces, punctuation and quotation marks. */
function titleKey(text: string): string {
  return text.replace(/[\s\p{P}\p{S}]+/gu, "");
}

/** 1 for the same title; 0.9 where one holds the other; else the share of character pairs they have in common (Dice). */
function similarity(a: string, aPairs: ReadonlyMap<string, number>, b: string, bPairs: ReadonlyMap<string, number>): number {
  if (a === b) return 1;
  if (Math.min(a.length, b.length) >= MIN_CONTAINED && (a.includes(b) || b.includes(a))) return 0.9;
  let shared = 0;
  let total = 0;
  for (const [pair, count] of aPairs) {
    total += count;
    shared += Math.min(count, bPairs.get(pair) ?? 0);
  }
  for (const count of bPairs.values()) total += count;
  return total === 0 ? 0 : (2 * shared) / total;
}

/** The character pairs of a title, with how often each occurs. */
function charPairs(text: string): Map<string, number> {
  const pairs = new Map<string, number>();
  for (let i = 0; i + 1 < text.length; i++) {
    const pair = text.slice(i, i + 2);
    pairs.set(pair, (pairs.get(pair) ?? 0) + 1);
  }
  return pairs;
}
