import { z } from "zod";
import type { PlanConfig } from "../config/schema.js";
import type { NumberingPolicy, PlanDocument } from "../model/types.js";

/** The GB/T 9704 levels that carry numbers; `——` list entries (level 5) are never numbered. */
export type NumberedLevel = 1 | 2 | 3 | 4;
export const NUMBERED_LEVELS: readonly NumberedLevel[] = [1, 2, 3, 4];

/** Where the numbering policy of a level came from, so messages and hovers can say why. */
export type PolicySource = "inferred" | "frontMatter" | "config" | "ruleOptions";

export interface LevelPolicy {
  policy: NumberingPolicy;
  source: PolicySource;
}

export const SCOPE_RULE_ID = "numbering/scope";

const policySchema = z.enum(["auto", "continuous", "restart"]);

/** Options of `numbering/scope`: the policy of each level that can count across parents. */
export const scopeOptionsSchema = z.strictObject({
  level2: policySchema.optional(),
  level3: policySchema.optional(),
  level4: policySchema.optional(),
});

/**
 * The policy of each level. A per-level setting is the most specific, so it wins: the options
 * of `numbering/scope` (`level3`), then `.plancheck.json` `numbering` (`"3"`); then the
 * document's own front matter `编号方式`, which speaks for every level below 一、 at once; and
 * without any of these the style is inferred from the document. `auto` at any layer defers to
 * the next. Level 1 has a single run per document, so no policy changes it.
 */
export function numberingPolicies(plan: PlanDocument, config: PlanConfig | undefined): Record<NumberedLevel, LevelPolicy> {
  const ruleOptions = scopeRuleOptions(config);
  const result = {} as Record<NumberedLevel, LevelPolicy>;
  for (const level of NUMBERED_LEVELS) {
    const fromOptions = level === 1 ? undefined : ruleOptions?.[`level${level}` as "level2"];
    const fromConfig = config?.numbering?.[String(level) as "1"];
    const fromFrontMatter = level === 1 ? undefined : plan.metadata.numbering;
    if (fromOptions && fromOptions !== "auto") result[level] = { policy: fromOptions, source: "ruleOptions" };
    else if (fromConfig && fromConfig !== "auto" && level !== 1) result[level] = { policy: fromConfig, source: "config" };
    else if (fromFrontMatter && fromFrontMatter !== "auto") result[level] = { policy: fromFrontMatter, source: "frontMatter" };
    else result[level] = { policy: "auto", source: "inferred" };
  }
  return result;
}

/** The scope rule's options, or undefined when absent or malformed (malformed ones are ignored). */
function scopeRuleOptions(config: PlanConfig | undefined): z.infer<typeof scopeOptionsSchema> | undefined {
  const setting = config?.rules?.[SCOPE_RULE_ID];
  if (!Array.isArray(setting)) return undefined;
  const parsed = scopeOptionsSchema.safeParse(setting[1]);
  return parsed.success ? parsed.data : undefined;
}
