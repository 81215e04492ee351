import { configRules } from "./config/index.js";
import { numberingRules } from "./numbering/index.js";
import { punctRules } from "./punct/index.js";
import { structureRules } from "./structure/index.js";
import { targetsRules } from "./targets/index.js";
import { textRules } from "./text/index.js";
import { unitsRules } from "./units/index.js";
import { xrefRules } from "./xref/index.js";
import type { Rule } from "./types.js";

/**
 * Every rule the checker has, family by family; each family lists its rules in its own
 * index.ts. The rule docs (docs/rules/) are generated from this list.
 */
export const ALL_RULES: readonly Rule[] = [...structureRules, ...numberingRules, ...unitsRules, ...targetsRules, ...xrefRules, ...punctRules, ...textRules, ...configRules];

export const RULES_BY_ID: ReadonlyMap<string, Rule> = new Map(ALL_RULES.map((rule) => [rule.meta.id, rule]));
