import { type NumberingBreak, renumberedValue } from "../../numbering/breaks.js";
import { markerWithValue, renumberRunEdits } from "../../numbering/edits.js";
import type { PlanNumbering } from "../../numbering/runs.js";
import type { Fix, TextEdit } from "../types.js";
import { spanFix } from "../../fixes/fix.js";
import type { NumberedItem, PlanDocument } from "../../model/types.js";
import { carriedReferenceEdits } from "../../references/renumbering.js";
import { internalReferences } from "../../references/index.js";

/**
 * The quick fix shared by numbering/sequence and numbering/scope: renumber a run from a break up
 * to the next break of the same run (or the run's end). The items before a run's first break are
 * numbered right by definition (see fitsRun), so the fixes of all its breaks together renumber
 * the whole run, and `fixAll` applies them in one pass. Each edit belongs to one finding only:
 * a run of N items pasted as `1.` gives N findings of one edit each, not N copies of an N-edit
 * fix, so findings, JSON and code actions stay linear in the document.
 */
export function renumberBreakFix(plan: PlanDocument, numbering: PlanNumbering, brk: NumberingBreak): Fix | undefined {
  let fixes = fixesByNumbering.get(numbering);
  if (!fixes) fixesByNumbering.set(numbering, (fixes = computeFixes(plan, numbering)));
  return fixes.get(brk);
}

const fixesByNumbering = new WeakMap<PlanNumbering, Map<NumberingBreak, Fix | undefined>>();

function computeFixes(plan: PlanDocument, numbering: PlanNumbering): Map<NumberingBreak, Fix | undefined> {
  const carried = carriedByItem(plan, numbering);
  const byRun = new Map<NumberingBreak["run"], NumberingBreak[]>();
  for (const brk of numbering.breaks) {
    let breaks = byRun.get(brk.run);
    if (!breaks) byRun.set(brk.run, (breaks = []));
    breaks.push(brk);
  }
  const fixes = new Map<NumberingBreak, Fix | undefined>();
  for (const [run, breaks] of byRun) {
    breaks.sort((a, b) => a.index - b.index);
    breaks.forEach((brk, k) => {
      const to = k + 1 < breaks.length ? breaks[k + 1]!.index : run.items.length;
      fixes.set(brk, segmentFix(run, brk.index, to, carried));
    });
  }
  return fixes;
}

/**
 * The references every run's renumbering carries, by the item whose number each writes: judged
 * against the plan as the fixes of all its breaks leave it (they are applied together, and a
 * reference naming a part and an item, 本方案第三部分第（三）项, is carried by two of them), and
 * handed to the fix that renumbers its item. Only levels 1 and 2 are named by references.
 */
function carriedByItem(plan: PlanDocument, numbering: PlanNumbering): Map<NumberedItem, TextEdit[]> {
  const byItem = new Map<NumberedItem, TextEdit[]>();
  if (!internalReferences(plan).references.some((reference) => reference.kind === "section")) return byItem;
  const renumbered = new Map<NumberedItem, number>();
  for (const run of numbering.runs) if (run.level <= 2) renumberRunEdits(run, 0, run.items.length, renumbered);
  for (const edit of carriedReferenceEdits(plan, renumbered)) {
    const edits = byItem.get(edit.item);
    if (edits) edits.push(edit);
    else byItem.set(edit.item, [edit]);
  }
  return byItem;
}

/** Renumbers items `from` … `to − 1` of a run to their positions; undefined when nothing can change. */
function segmentFix(run: NumberingBreak["run"], from: number, to: number, carriedOf: ReadonlyMap<NumberedItem, TextEdit[]>): Fix | undefined {
  const renumbered = carriedOf.size > 0 ? new Map<NumberedItem, number>() : undefined;
  const edits = renumberRunEdits(run, from, to, renumbered);
  if (edits.length === 0) return undefined;
  // The references to the items renumbered go with them, where that is exact.
  const carried: TextEdit[] = [];
  if (renumbered) for (const item of renumbered.keys()) for (const edit of carriedOf.get(item) ?? []) carried.push({ start: edit.start, end: edit.end, newText: edit.newText });
  const first = run.items[from]!.marker;
  const last = run.items[to - 1]!.marker;
  const value = (index: number) => renumberedValue(run, index);
  const range = to - from === 1 ? `“${markerWithValue(first, value(from))}”` : `“${markerWithValue(first, value(from))}”至“${markerWithValue(last, value(to - 1))}”`;
  let crosses = false;
  for (let index = from + 1; index < to && !crosses; index++) crosses = run.items[index]!.parent !== run.items[from]!.parent;
  // Up to the run's end it settles the run; before another break it settles the items up to it.
  const what = to === run.items.length ? "重新编号本组" : "重新编号至下一处编号问题之前";
  const description = `${what}：改为${range}${crosses ? "（跨上级连续）" : ""}${carried.length > 0 ? `，并更新 ${carried.length} 处引用` : ""}`;
  if (carried.length > 0) return { description, edits: [...edits, ...carried].sort((a, b) => a.start - b.start) };
  // Most breaks settle one item (a pasted list numbered 1. 1. 1. has one break per item).
  return edits.length === 1 ? spanFix(description, edits[0]!.start, edits[0]!.end, edits[0]!.newText) : { description, edits };
}
