import { tableExtents } from "../model/tableExtents.js";
import type { PlanDocument } from "../model/types.js";
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
  const first = run.items[0]!;
  const value = first.marker.value;
  // Cheap refusals first: this is asked once per run.
  if (value === null || value <= 1 || first.kind !== "item" || !first.marker.valueCertain) return 1;
  if (inOneTable(plan, run)) return writable(value, run);
  if (run.bound !== null || first.parent !== null || first.level !== 2) return 1;
  if (first.attachment !== null || first.box !== null) return 1;
  // The excerpt's top is its outline's first item; a plan in parts or with a chapter is whole.
  if (plan.items[0] !== first || plan.parts.length > 0) return 1;
  for (const root of plan.items) if (root.level === 1) return 1;
  return writable(value, run);
}

/**
 * Whether every item of the run is a section row of one 分工表 (model/tableExtents.ts): a table's
 * section rows number in their own run (runs.ts), and a table pasted in part (its rows from 二、
 * on, the excerpt of a longer one) says no more than an excerpt of the text that its first
 * section was ever 一、 — renumbered from 一、, its sections would no longer be the plan's.
 */
function inOneTable(plan: PlanDocument, run: NumberingRun): boolean {
  const tables = tableExtents(plan);
  if (tables.length === 0) return false;
  const table = spanHolding(tables, run.items[0]!.start);
  return table !== null && run.items[run.items.length - 1]!.start < table.end;
}

/** The run's first number where, counted on from it, its last is still a numeral; else 1. */
function writable(value: number, run: NumberingRun): number {
  return value + run.items.length - 1 <= LARGEST_NUMERAL ? value : 1;
}

/** The largest number a marker's Chinese numeral writes (model/numerals.ts toChineseNumeral). */
const LARGEST_NUMERAL = 99;
