import type { AnalysisOptions } from "../analyze.js";
import { fixAll } from "../fixes/applyFixes.js";
import type { Span } from "../model/types.js";
import { ALL_RULES } from "../rules/index.js";
import type { TextEdit } from "../rules/types.js";
import { editsBetween } from "./formatDiff.js";

/**
 * The rules whose fixes document formatting applies: typography only (half-width marks in
 * Chinese text, doubled marks, spaces between Chinese characters, the mark joining a range of
 * years). Their fixes change nothing but punctuation and spaces, so formatting never changes
 * what a plan says.
 */
export const FORMATTING_RULES: readonly string[] = ["punct/half-width", "punct/repeated", "punct/han-space", "punct/year-range"];

/**
 * Document (or range) formatting: the formatting rules' fixes applied until none is left, as
 * minimal edits of the original text. The rules keep the severity the configuration gives them
 * (a rule turned off is not applied); every other rule is off while formatting. Idempotent:
 * formatting formatted text gives no edits.
 */
export function formatEdits(text: string, options: AnalysisOptions = {}, range?: Span): TextEdit[] {
  const overrides: NonNullable<AnalysisOptions["ruleOverrides"]> = {};
  for (const rule of ALL_RULES) {
    const id = rule.meta.id;
    if (!FORMATTING_RULES.includes(id)) overrides[id] = "off";
    else if (options.ruleOverrides?.[id] !== undefined) overrides[id] = options.ruleOverrides[id]!;
  }
  const formatted = fixAll(text, { ...options, ruleOverrides: overrides }).text;
  const edits = editsBetween(text, formatted);
  return range ? edits.filter((edit) => edit.start >= range.start && edit.end <= range.end) : edits;
}
