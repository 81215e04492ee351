import { unknownRule } from "./config/unknownRule.js";
import { frontMatter } from "./structure/frontMatter.js";
import { parseFailure } from "./structure/parseFailure.js";
import { trailingText } from "./structure/trailingText.js";
import { brokenSentence } from "./text/brokenSentence.js";
import type { Rule } from "./types.js";

/** Every rule the checker has. Docs (docs/rules/) and the config schema are generated from this. */
export const ALL_RULES: readonly Rule[] = [parseFailure, frontMatter, trailingText, brokenSentence, unknownRule];

export const RULES_BY_ID: ReadonlyMap<string, Rule> = new Map(ALL_RULES.map((rule) => [rule.meta.id, rule]));
