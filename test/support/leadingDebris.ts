import { buildPlan } from "../../server/src/core/model/buildPlan";

/** The lines a text's leading debris holds, as written, and the title the plan reads after them. */
export function debrisOf(text: string): { debris: string[]; title: string | null } {
  const plan = buildPlan(text);
  return { debris: (plan.leadingDebris?.lines ?? []).map((line) => text.slice(line.indentEnd, line.contentEnd)), title: plan.title?.text ?? null };
}
