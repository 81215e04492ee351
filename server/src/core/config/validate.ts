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
  const problems = ruleProblems(text.startsWith("\uFEFF") ? text.slice(1) : text, rules, result.ok ? [] : result.problems);
  if (!result.ok) {
    const seen = new Set(result.problems.map((problem) => problem.path));
    return { ok: false, problems: [...result.problems, ...problems.filter((problem) => !seen.has(problem.path))] };
  }
  return problems.length > 0 ? { ok: false, problems } : result;
}

/**
 * `schemaProblems`: what the schema found. A rule's options are checked unless the schema found
 * its setting itself wrong: an unknown key elsewhere in the file is no reason to hold back a bad
 * option to the next run, where the user would meet it only after fixing the first.
 */
function ruleProblems(text: string, rules: Record<string, unknown>, schemaProblems: readonly ConfigProblem[]): ConfigProblem[] {
  const problems: ConfigProblem[] = [];
  for (const [id, setting] of Object.entries(rules)) {
    const rule = RULES_BY_ID.get(id);
    if (!rule) {
      const nearest = nearestRuleId(id);
      problems.push({ path: formatPath(["rules", id]), message: `未知的规则：${id}${nearest ? `（是否想用 ${nearest}？）` : ""}`, ...locateInJson(text, ["rules", id], true) });
      continue;
    }
    if (!Array.isArray(setting) || schemaProblems.some((problem) => isUnder(problem.path, formatPath(["rules", id])))) continue;
    const options = setting[1] as Record<string, unknown>;
    if (typeof options !== "object" || options === null || Array.isArray(options)) continue;
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

/** Whether a JSON path (`rules.x[1].y`) is `parent` or lies under it. */
export function isUnder(path: string, parent: string): boolean {
  if (!path.startsWith(parent)) return false;
  const next = path.charAt(parent.length);
  return next === "" || next === "." || next === "[";
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
