import { PlanMemo } from "../model/planMemo.js";
import type { PlanDocument } from "../model/types.js";
import { planYearOf } from "../targets/plan.js";
import { documentLevel, provinceOfOwnNames } from "./documentLevel.js";

/**
 * What the unit rules read of a plan beyond its clauses, as one string: its level and level
 * word (documentLevel: the front matter, the names, the preamble's addressees), its year (the
 * registry lists today's bodies), and where its places come from — its issuer, its title, the
 * documents its preamble cites and its front matter's 上位文件 (documentPlace, the zone of a
 * zone's plan). Two versions of a plan with the same context and the same clauses get the same
 * findings from a rule that reads only those (units/clauseMemo.ts, rules/clauseScopedMemo.ts):
 * this is what lets the server keep them while typing. Made once per plan.
 */
export function unitsContextOf(plan: PlanDocument): string {
  let context = contexts.get(plan);
  if (context === undefined) {
    const { level, word } = documentLevel(plan);
    const firstItem = plan.items[0]?.start ?? plan.text.length;
    const cited: string[] = [];
    for (const citation of plan.citations) if (citation.start < firstItem) cited.push(citation.title);
    const { issuer, title, parents } = plan.metadata;
    // The province whose own names the plan's registry reads may come from its clauses (a county's
    // plan naming its prefecture's 分局): a clause's names are judged by it, so it is context.
    context = [planYearOf(plan), level, word, issuer, title, cited.join("\u0001"), parents.join("\u0001"), provinceOfOwnNames(plan) ?? ""].join("\u0002");
    contexts.set(plan, context);
  }
  return context;
}

const contexts = new PlanMemo<string>();
