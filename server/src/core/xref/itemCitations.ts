import { PlanMemo } from "../model/planMemo.js";
import type { NumberedItem, PlanDocument, Span } from "../model/types.js";
import type { ParentDocument } from "../parents/types.js";
import { partitionPoint } from "../text/sorted.js";
import { tableRowOfTask } from "../units/tableTasks.js";
import { type CitedNumber, citedNumbersOfPlan } from "./citedNumbers.js";

/**
 * The parent's items a plan cites by number in its text (落实《纲要》第（十七）条), read once per
 * plan and parent and handed out by the item whose words hold them: one reading for everything
 * that treats such a citation as an annotation — xref/unknown-section (a number the parent
 * lacks), xref/unrelated-section (an item the task has no word of), coverage (the items a task
 * counts for) and the editor's hover and go to definition on the number. An annotation's near
 * form (〔对应纲要（三）〕) is an annotation, read as one, never here.
 */

const read = new PlanMemo<Map<ParentDocument, CitedNumber[]>>();

/** Every number the plan's text cites of the parent outside its annotations, in text order. */
export function planCitedNumbers(plan: PlanDocument, parent: ParentDocument): readonly CitedNumber[] {
  let byParent = read.get(plan);
  if (!byParent) read.set(plan, (byParent = new Map()));
  let found = byParent.get(parent);
  if (!found) {
    const { annotations } = plan;
    found = citedNumbersOfPlan(parent, plan).filter((cited) => !within(annotations, cited));
    byParent.set(parent, found);
  }
  return found;
}

/**
 * Which of an item's words to read: its heading alone (a heading over tasks names the item its
 * part carries out: （一）增强质量发展创新动能（落实纲要第（三）条）), its own lines, or its lines
 * and those of every item under it (a task with its （1）（2）, as the mapping reads it).
 */
export type CitationScope = "heading" | "item" | "withChildren";

/**
 * The numbers an item's words cite of the parent: on its lines, outside its responsibility
 * clauses and the drafters' comments (`// 起草组：…`), which are not the task's words — the text
 * the mapping reads (xref/tasks.ts `itemText`).
 */
export function itemCitedNumbers(plan: PlanDocument, parent: ParentDocument, item: NumberedItem, scope: CitationScope): CitedNumber[] {
  const all = planCitedNumbers(plan, parent);
  if (all.length === 0) return [];
  const found: CitedNumber[] = [];
  const visit = (at: NumberedItem) => {
    const last = at.bodyLines[at.bodyLines.length - 1];
    const end = scope === "heading" ? at.heading.end : last ? last.contentEnd : at.line.contentEnd;
    for (let i = partitionPoint(all.length, (k) => all[k]!.start < at.line.start); i < all.length && all[i]!.end <= end; i++) {
      const cited = all[i]!;
      if (!within(at.clauses, cited) && !within(plan.comments, cited)) found.push(cited);
    }
    if (scope === "withChildren") for (const child of at.children) visit(child);
  };
  visit(item);
  if (scope === "withChildren") found.push(...restatingRowNumbers(plan, all, item));
  return found;
}

/**
 * The numbers the 分工表 row that restates the task cites (units/tableTasks.ts pairs them: its
 * 对应《纲要》条目 cell, xref/tableCitations.ts): the drafter's word on what the task carries out,
 * written once in the table for the task of the text — the task's as a number in its own words
 * is, so that coverage counts the item for the task where the row stands outside every item (an
 * attachment's table with no section rows). Not the "item" scope's: xref/unrelated-section
 * checks a row's cells against the row's own words.
 */
function restatingRowNumbers(plan: PlanDocument, all: readonly CitedNumber[], item: NumberedItem): CitedNumber[] {
  if (plan.tables.length === 0) return [];
  const row = tableRowOfTask(plan, item)?.tableRow;
  if (!row || (row.start >= item.line.start && row.start < item.end)) return [];
  const found: CitedNumber[] = [];
  for (let i = partitionPoint(all.length, (k) => all[k]!.start < row.start); i < all.length && all[i]!.end <= row.end; i++) found.push(all[i]!);
  return found;
}

/** Whether one of the spans (few, or sorted) holds the cited number. */
function within(spans: readonly Span[], cited: CitedNumber): boolean {
  const at = partitionPoint(spans.length, (k) => spans[k]!.end < cited.end);
  return at < spans.length && spans[at]!.start <= cited.start;
}
