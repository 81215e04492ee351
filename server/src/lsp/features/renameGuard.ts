import { buildPlan } from "../../core/model/buildPlan.js";
import type { PlanDocument } from "../../core/model/types.js";
import { parseSyntax } from "../../core/syntax/parse.js";
import type { UnitRegistry } from "../../core/units/registry.js";
import type { OffsetEdit } from "./unitNameEdits.js";

/**
 * A rename keeps every clause a clause. The new name is written inside clauses the grammar reads
 * by their brackets, labels and separators: a name with a closing bracket (`市财政局）`) ends its
 * clause early, one with `和` or a label's colon may read as two names or none. The refusal of
 * separators before the rename catches the plain cases; this reads each plan the rename touches
 * again with the new names and refuses the rename where a clause is gone or lists another number
 * of units than it did, as a fix is refused (fixes/clauseInventory.ts). Asked once per rename
 * request, of the plans it edits: never per keystroke.
 */
export function renameBreaksClauses(plan: PlanDocument, registry: UnitRegistry, edits: readonly OffsetEdit[]): string | null {
  const sorted = [...edits].sort((a, b) => a.start - b.start);
  let renamed = "";
  let at = 0;
  for (const edit of sorted) {
    // Two names over one span would be written twice, or one into the other.
    if (edit.start < at) return "同一处名称会被重复改写";
    renamed += plan.text.slice(at, edit.start) + edit.newText;
    at = edit.end;
  }
  renamed += plan.text.slice(at);
  const after = buildPlan(renamed, parseSyntax(renamed), registry);
  if (after.clauses.length !== plan.clauses.length) return `责任分工由 ${plan.clauses.length} 处变为 ${after.clauses.length} 处`;
  const shift = offsetShift(sorted);
  for (let index = 0; index < plan.clauses.length; index++) {
    const before = plan.clauses[index]!;
    const now = after.clauses[index]!;
    if (now.units.length === before.units.length) continue;
    return `第${lineOf(plan.text, before.start)}行的责任分工由 ${before.units.length} 个单位变为 ${now.units.length} 个（${renamed.slice(shift(before.start), shift(before.end))}）`;
  }
  return null;
}

/** Where an offset of the text before the edits lies after them. */
function offsetShift(sorted: readonly OffsetEdit[]): (offset: number) => number {
  return (offset) => {
    let delta = 0;
    for (const edit of sorted) {
      if (edit.start >= offset) break;
      delta += edit.newText.length - (Math.min(edit.end, offset) - edit.start);
    }
    return offset + delta;
  };
}

function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let at = text.indexOf("\n"); at !== -1 && at < offset; at = text.indexOf("\n", at + 1)) line++;
  return line;
}
