import type { RuleSetting } from "../core/config/schema.js";
import { nearestRuleId } from "../core/config/validate.js";
import { RULES_BY_ID } from "../core/rules/index.js";

/**
 * The editor's `policyPlan.*` settings as the server uses them. They refine the configuration
 * file: `rules` overrides a rule's severity for this user (like eslint.rules.customizations),
 * `run` says when plans are checked.
 */
export interface EditorSettings {
  rules: Record<string, RuleSetting>;
  run: "onType" | "onSave";
  /** An extra unit registry file (absolute, or relative to the workspace root). */
  registryFile: string;
  /** `policyPlan.targets.inlayHints`: show each target's standing against its parent inline. */
  targetInlayHints: boolean;
}

export const DEFAULT_SETTINGS: EditorSettings = { rules: {}, run: "onType", registryFile: "", targetInlayHints: false };

const SEVERITIES = new Set(["error", "warning", "info", "hint", "off"]);

/** Reads untrusted settings defensively: a bad value falls back to the default, never throws. */
export function readSettings(raw: unknown): EditorSettings {
  const value = (typeof raw === "object" && raw !== null ? raw : {}) as Record<string, unknown>;
  const rules: Record<string, RuleSetting> = {};
  if (typeof value.rules === "object" && value.rules !== null) {
    for (const [id, setting] of Object.entries(value.rules as Record<string, unknown>)) {
      if (typeof setting === "string" && SEVERITIES.has(setting)) rules[id] = setting as RuleSetting;
    }
  }
  return {
    rules,
    run: value.run === "onSave" ? "onSave" : "onType",
    registryFile: typeof value.registryFile === "string" ? value.registryFile : "",
    targetInlayHints: typeof value.targets === "object" && value.targets !== null && (value.targets as Record<string, unknown>).inlayHints === true,
  };
}

/**
 * What in the settings has no effect, in Chinese, one message per entry: a `rules` id no rule
 * has (a typo: punct/halfwidth) or a severity that is none. VS Code validates a settings file
 * against the manifest's schema only loosely (any key is allowed under `policyPlan.rules`), so
 * without this a mistyped id is silently ignored.
 */
export function settingsProblems(raw: unknown): string[] {
  const value = (typeof raw === "object" && raw !== null ? raw : {}) as Record<string, unknown>;
  if (typeof value.rules !== "object" || value.rules === null) return [];
  const problems: string[] = [];
  for (const [id, setting] of Object.entries(value.rules as Record<string, unknown>)) {
    if (!RULES_BY_ID.has(id)) {
      const nearest = nearestRuleId(id);
      problems.push(`设置 policyPlan.rules 中的规则“${id}”不存在${nearest ? `（是否想用 ${nearest}？）` : ""}，该项不起作用`);
    } else if (typeof setting !== "string" || !SEVERITIES.has(setting)) {
      problems.push(`设置 policyPlan.rules 中规则 ${id} 的级别 ${JSON.stringify(setting)} 无效（可用 ${[...SEVERITIES].join("、")}），该项不起作用`);
    }
  }
  return problems;
}
