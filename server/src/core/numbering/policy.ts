import type { z } from "zod";
import { lazySchema, noOptions } from "../config/lazyZod.js";
import type { PlanConfig } from "../config/schema.js";
import type { NumberingPolicy, PlanDocument } from "../model/types.js";

/** The GB/T 9704 levels that carry numbers; `——` list entries (level 5) are never numbered. */
export type NumberedLevel = 1 | 2 | 3 | 4;
export const NUMBERED_LEVELS: readonly NumberedLevel[] = [1, 2, 3, 4];

/**
 * The level of list entries (model/markers.ts). Those numbered ① ⑴ 1) below （1） count in runs
 * too, each list under its parent from 1 (a list is its parent's own; no policy counts one on).
 */
export const LIST_LEVEL = 5;
/** The levels that have runs: the numbered ones and numbered list entries. */
export type RunLevel = NumberedLevel | typeof LIST_LEVEL;

/** Where the numbering policy of a level came from, so messages and hovers can say why. */
export type PolicySource = "inferred" | "frontMatter" | "config" | "ruleOptions";

export interface LevelPolicy {
  policy: NumberingPolicy;
  source: PolicySource;
}

export const SCOPE_RULE_ID = "numbering/scope";

/** Options of `numbering/scope`: the policy of each level that can count across parents. */
export const scopeOptionsSchema = lazySchema((z) => {
  const policySchema = z.enum(["auto", "continuous", "restart"]);
  return z.strictObject({ level2: policySchema.optional(), level3: policySchema.optional(), level4: policySchema.optional() });
});

export type ScopeOptions = z.infer<ReturnType<typeof scopeOptionsSchema>>;

/** The scope rule's options checked: `{}` (none configured) is valid without loading zod. */
export function parseScopeOptions(options: unknown): { success: true; data: ScopeOptions } | { success: false } {
  if (noOptions(options)) return { success: true, data: {} };
  const parsed = scopeOptionsSchema().safeParse(options);
  return parsed.success ? { success: true, data: parsed.data } : { success: false };
}

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
function scopeRuleOptions(config: PlanConfig | undefined): ScopeOptions | undefined {
  const setting = config?.rules?.[SCOPE_RULE_ID];
  if (!Array.isArray(setting)) return undefined;
  const parsed = parseScopeOptions(setting[1]);
  return parsed.success ? parsed.data : undefined;
}
