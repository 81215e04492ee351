import { RULES_BY_ID } from "../rules/index.js";
import { editDistance } from "../text/editDistance.js";
import { type ConfigProblem, type ConfigResult, formatPath, jsonc, locateInJson, parseConfigText, parseJsoncWith } from "./load.js";

/**
 * `.plancheck.json` parsed, validated by its schema, and checked against the rules the checker
 * has: an unknown rule id (with the nearest known one suggested) and options a rule does not
 * take are problems located in the file, as the configuration contract promises — never
 * ignored. Kept apart from `load.ts` because the rules themselves read configuration types.
 */
export function parsePlanConfig(text: string): ConfigResult {
  const result = parseConfigText(text);
  // A file that is not even JSON (or nested too deep to parse safely) has nothing more to check.
  if (!result.ok && result.problems.some((problem) => problem.path === "")) return result;
  // Rule ids are checked even when something else is wrong, so one run shows every problem.
  const raw = (result.ok ? result.config : jsonc().parse(text.startsWith("\uFEFF") ? text.slice(1) : text, [], { allowTrailingComma: true })) as { rules?: unknown } | undefined;
  const rules = raw && typeof raw.rules === "object" && raw.rules !== null && !Array.isArray(raw.rules) ? (raw.rules as Record<string, unknown>) : {};
  const problems = ruleProblems(text.startsWith("\uFEFF") ? text.slice(1) : text, rules, result.ok);
  if (!result.ok) {
    const seen = new Set(result.problems.map((problem) => problem.path));
    return { ok: false, problems: [...result.problems, ...problems.filter((problem) => !seen.has(problem.path))] };
  }
  return problems.length > 0 ? { ok: false, problems } : result;
}

function ruleProblems(text: string, rules: Record<string, unknown>, valid: boolean): ConfigProblem[] {
  const problems: ConfigProblem[] = [];
  for (const [id, setting] of Object.entries(rules)) {
    const rule = RULES_BY_ID.get(id);
    if (!rule) {
      const nearest = nearestRuleId(id);
      problems.push({ path: formatPath(["rules", id]), message: `未知的规则：${id}${nearest ? `（是否想用 ${nearest}？）` : ""}`, ...locateInJson(text, ["rules", id], true) });
      continue;
    }
    if (!valid || !Array.isArray(setting)) continue;
    const options = setting[1] as Record<string, unknown>;
    const schema = rule.meta.optionsSchema;
    if (!schema) {
      if (Object.keys(options).length > 0) problems.push({ path: formatPath(["rules", id, 1]), message: `规则 ${id} 没有选项`, ...locateInJson(text, ["rules", id, 1]) });
      continue;
    }
    // The rule's own schema, located inside this file: rules.<id>[1].<option>.
    const parsed = parseJsoncWith(schema, JSON.stringify(options), {});
    if (parsed.ok) continue;
    for (const problem of parsed.problems) {
      const path = problem.path ? problem.path.split(".").map((key) => key.replace(/\[\d+\]$/, "")) : [];
      problems.push({ path: `${formatPath(["rules", id, 1])}${problem.path ? `.${problem.path}` : ""}`, message: `规则 ${id} 的选项无效：${problem.message}`, ...locateInJson(text, ["rules", id, 1, ...path]) });
    }
  }
  return problems;
}

/** The known rule id an unknown one most likely means (a typo), if any is close enough. */
export function nearestRuleId(id: string): string | undefined {
  let best: { id: string; distance: number } | undefined;
  for (const known of RULES_BY_ID.keys()) {
    const distance = editDistance(id, known);
    if (!best || distance < best.distance) best = { id: known, distance };
  }
  return best && best.distance <= Math.max(3, Math.floor(id.length / 4)) ? best.id : undefined;
}
