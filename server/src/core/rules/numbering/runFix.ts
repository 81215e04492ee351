import { markerWithValue, renumberRunFix } from "../../numbering/edits.js";
import type { NumberingRun } from "../../numbering/runs.js";
import type { Fix } from "../types.js";

/**
 * The quick fix shared by numbering/sequence and numbering/scope: renumber the run from its
 * first misnumbered item to its end. Every break of a run gets the same fix, so applying one
 * settles them all, and `fixAll` skips the others as overlapping.
 */
export function renumberRunQuickFix(run: NumberingRun): Fix | undefined {
  // Computed once per run: a run with many breaks (every item pasted as 1.) stays linear.
  if (fixes.has(run)) return fixes.get(run);
  const fix = computeFix(run);
  fixes.set(run, fix);
  return fix;
}

const fixes = new WeakMap<NumberingRun, Fix | undefined>();

function computeFix(run: NumberingRun): Fix | undefined {
  const { from, edits } = renumberRunFix(run);
  if (edits.length === 0) return undefined;
  const first = run.items[from]!.marker;
  const last = run.items[run.items.length - 1]!.marker;
  const range = from === run.items.length - 1 ? `“${markerWithValue(first, from + 1)}”` : `“${markerWithValue(first, from + 1)}”至“${markerWithValue(last, run.items.length)}”`;
  const crosses = run.items.slice(from).some((item) => item.parent !== run.items[from]!.parent);
  return { description: `重新编号本组：改为${range}${crosses ? "（跨上级连续）" : ""}`, edits };
}
