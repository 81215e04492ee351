import { tableExtents } from "../model/tableExtents.js";
import type { NumberedItem, PlanDocument } from "../model/types.js";
import { spanHolding } from "../text/sorted.js";
import type { NumberingRun } from "./runs.js";

/**
 * The number a run counts from: 1, or the written number of an excerpt's first group. A page cut
 * out of a plan (a PDF excerpt starting at （十一）, its chapters 一、二、 left behind) has no
 * level-1 chapter above its groups, so nothing says its first group was ever （一）: its first
 * number is its own, and renumbering it from （一） would rewrite every item of the excerpt. A
 * whole plan's first chapter is still read from 一、 (a lost 一、 is a real defect), and so is
 * every run under a parent, in an attachment or in a box. Only groups mark an excerpt: a bare
 * list of tasks from 3. is as likely a list that lost its first items as a cut one. A table's
 * section rows (一、增强质量发展动能) are a count of the table's own, which may be cut as well.
 */
export function excerptStart(plan: PlanDocument, run: NumberingRun): number {
  return excerptFirst(plan, run.items[0]!, run.bound, run.items.length, run.items[run.items.length - 1]!);
}

/**
 * The number a run counts from, by its first item, its bound, its length and its last item: a
 * scope's candidate runs are scored before they are made (runs.ts explainedBy), and the excerpt's
 * counts from its own first number there too, or every scope would explain one item less than it does.
 */
export function excerptFirst(plan: PlanDocument, first: NumberedItem, bound: NumberedItem | null, length: number, last: NumberedItem): number {
  const value = first.marker.value;
  // Cheap refusals first: this is asked once per run.
  if (value === null || value <= 1 || first.kind !== "item" || !first.marker.valueCertain) return 1;
  if (inOneTable(plan, first, last)) return writable(value, length);
  if (bound !== null || first.parent !== null || first.level !== 2) return 1;
  if (first.attachment !== null || first.box !== null) return 1;
  // The excerpt's top is its outline's first item; a plan in parts or with a chapter is whole.
  if (plan.items[0] !== first || plan.parts.length > 0) return 1;
  for (const root of plan.items) if (root.level === 1) return 1;
  return writable(value, length);
}

/**
 * Whether every item of the run (`first` to `last`) is a section row of one 分工表
 * (model/tableExtents.ts): a table's section rows number in their own run (runs.ts), and a table
 * pasted in part (its rows from 二、 on, the excerpt of a longer one) says no more than an excerpt
 * of the text that its first section was ever 一、 — renumbered from 一、, its sections would no
 * longer be the plan's.
 */
function inOneTable(plan: PlanDocument, first: NumberedItem, last: NumberedItem): boolean {
  const tables = tableExtents(plan);
  if (tables.length === 0) return false;
  const table = spanHolding(tables, first.start);
  return table !== null && last.start < table.end;
}

/** The run's first number where, counted on from it, its last (of `length` items) is still a numeral; else 1. */
function writable(value: number, length: number): number {
  return value + length - 1 <= LARGEST_NUMERAL ? value : 1;
}

/** The largest number a marker's Chinese numeral writes (model/numerals.ts toChineseNumeral). */
const LARGEST_NUMERAL = 99;
