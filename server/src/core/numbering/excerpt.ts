import type { PlanDocument } from "../model/types.js";
import type { NumberingRun } from "./runs.js";

/**
 * The number a run counts from: 1, or the written number of an excerpt's first group. A page cut
 * out of a plan (a PDF excerpt starting at （十一）, its chapters 一、二、 left behind) has no
 * level-1 chapter above its groups, so nothing says its first group was ever （一）: its first
 * number is its own, and renumbering it from （一） would rewrite every item of the excerpt. A
 * whole plan's first chapter is still read from 一、 (a lost 一、 is a real defect), and so is
 * every run under a parent, in an attachment or in a box. Only groups mark an excerpt: a bare
 * list of tasks from 3. is as likely a list that lost its first items as a cut one.
 */
export function excerptStart(plan: PlanDocument, run: NumberingRun): number {
  const first = run.items[0]!;
  const value = first.marker.value;
  // Cheap refusals first: this is asked once per run.
  if (value === null || value <= 1 || run.bound !== null || first.parent !== null || first.level !== 2) return 1;
  if (first.kind !== "item" || first.attachment !== null || first.box !== null || !first.marker.valueCertain) return 1;
  // The excerpt's top is its outline's first item; a plan in parts or with a chapter is whole.
  if (plan.items[0] !== first || plan.parts.length > 0) return 1;
  for (const root of plan.items) if (root.level === 1) return 1;
  // Counted on from its first number, the run must stay writable: its last number a numeral.
  return value + run.items.length - 1 <= LARGEST_NUMERAL ? value : 1;
}

/** The largest number a marker's Chinese numeral writes (model/numerals.ts toChineseNumeral). */
const LARGEST_NUMERAL = 99;
