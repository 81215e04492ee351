import { ALL_RULES } from "../rules/index.js";
import type { PlanConfig, RuleSetting } from "./schema.js";
import { partsWith } from "../targets/synonyms.js";

/**
 * Built-in configurations a `.plancheck.json` can `extends`:
 * - `plancheck:recommended` — every rule at its default severity (what no configuration gives,
 *   named so a file can say so explicitly and add to it);
 * - `plancheck:strict` — for the review before a plan is issued: what would be a warning is an
 *   error, and information and hints become warnings, so nothing open passes CI.
 */
export const PRESETS: ReadonlyMap<string, () => PlanConfig> = new Map([
  ["plancheck:recommended", () => ({ rules: {} })],
  [
    "plancheck:strict",
    () => ({
      rules: Object.fromEntries(
        ALL_RULES.map((rule): [string, RuleSetting] => [rule.meta.id, rule.meta.severity === "error" || rule.meta.severity === "warning" ? "error" : "warning"]),
      ),
    }),
  ],
]);

/**
 * `extends` merged: the base first, the extending file over it. Rules merge per id, `units`
 * and `numbering` per key (registries concatenate), lists (`ignore`, `parents`) concatenate,
 * `targets.synonyms` concatenate, `targets.lowestLevel` merge per indicator and `targets.parts`
 * per whole, its parts added up.
 */
export function mergeConfigs(base: PlanConfig, over: PlanConfig): PlanConfig {
  const merged: PlanConfig = { ...base, ...over };
  delete merged.extends;
  if (base.rules || over.rules) {
    merged.rules = { ...base.rules };
    // As ESLint: a severity alone changes the severity and keeps the options the base set.
    for (const [id, setting] of Object.entries(over.rules ?? {})) {
      const before = merged.rules[id];
      merged.rules[id] = typeof setting === "string" && Array.isArray(before) ? [setting, before[1]] : setting;
    }
  }
  if (base.targets && over.targets) {
    // Synonym groups add up; levels merge per indicator, the extending file's over the base's; parts add up per whole.
    merged.targets = { ...base.targets, ...over.targets };
    if (base.targets.synonyms && over.targets.synonyms) merged.targets.synonyms = [...base.targets.synonyms, ...over.targets.synonyms];
    if (base.targets.lowestLevel && over.targets.lowestLevel) merged.targets.lowestLevel = { ...base.targets.lowestLevel, ...over.targets.lowestLevel };
    if (base.targets.parts && over.targets.parts) merged.targets.parts = partsWith(base.targets.parts, over.targets.parts);
  }
  if (base.units || over.units) {
    merged.units = { ...base.units, ...over.units };
    const registry = [...(base.units?.registry ?? []), ...(over.units?.registry ?? [])];
    const registryFiles = [...(base.units?.registryFiles ?? []), ...(over.units?.registryFiles ?? [])];
    if (registry.length > 0) merged.units.registry = registry;
    if (registryFiles.length > 0) merged.units.registryFiles = registryFiles;
  }
  if (base.numbering || over.numbering) merged.numbering = { ...base.numbering, ...over.numbering };
  for (const key of ["ignore", "parents"] as const) {
    const list = [...(base[key] ?? []), ...(over[key] ?? [])];
    if (list.length > 0) merged[key] = list;
  }
  return merged;
}
