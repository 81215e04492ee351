import { PlanMemo } from "../model/planMemo.js";
import type { PlanDocument } from "../model/types.js";
import { planYearOf } from "../targets/plan.js";
import { documentLevel, levelAboveWord, prefectureNamedInClauses } from "./documentLevel.js";
import { addresseeNames } from "./addressedBodies.js";
import { levelWithoutTownOffices } from "./townLevel.js";

/**
 * What the unit rules read of a plan beyond its clauses, as one string: its level and level word
 * (documentLevel: the front matter, the names, the preamble's addressees), its year (the registry
 * lists today's bodies), and where its places come from — its issuer, its title, the documents its
 * preamble cites and its front matter's 上位文件 (documentPlace, the zone of a zone's plan), and the
 * bodies its notice is sent to (addressedBodies.ts). Two versions of a plan with the same context
 * and the same clauses get the same findings from a rule that reads only those
 * (units/clauseMemo.ts, rules/clauseScopedMemo.ts): this is what lets the server keep them while
 * typing. Made once per plan.
 */
export function unitsContextOf(plan: PlanDocument): string {
  let context = contexts.get(plan);
  if (context === undefined) {
    const { level, word } = documentLevel(plan);
    const firstItem = plan.items[0]?.start ?? plan.text.length;
    const cited: string[] = [];
    for (const citation of plan.citations) if (citation.start < firstItem) cited.push(citation.title);
    const { issuer, title, parents } = plan.metadata;
    // A county's prefecture may come from its clauses (襄阳市生态环境局谷城分局): the province whose
    // own names its registry reads, and its city's place, judge a clause's names, so it is context.
    // The word of a county's prefecture (盟, 州: levelAboveWord) is read from all its clauses' names.
    // Whether the plan's level is said, not only taken by default (a front matter's 层级 says it): units/level reads a town's office by it.
    const aboveTowns = levelWithoutTownOffices(plan) ?? "";
    // The bodies the notice is sent to (主送机关: a zone's 管委会 no registry lists) are bodies of the plan's place.
    const addressed = addresseeNames(plan).join("\u0001");
    context = [planYearOf(plan), level, word, issuer, title, cited.join("\u0001"), parents.join("\u0001"), prefectureNamedInClauses(plan) ?? "", levelAboveWord(plan, level) ?? "", aboveTowns, addressed].join("\u0002");
    contexts.set(plan, context);
  }
  return context;
}

const contexts = new PlanMemo<string>();
