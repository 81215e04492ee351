import type { Rule } from "../../server/src/core/rules/types";

/**
 * A rule with a harmful fix — it deletes every responsibility clause — standing in for a rule
 * bug, which the real rules no longer have (issue 8). The tests add it to the rule list with
 * vi.mock to check that `--fix` and the editor's fix-all refuse its fixes out loud.
 */
export const CLAUSE_BREAKING_RULE: Rule = {
  meta: {
    id: "numbering/test-clause-breaker",
    family: "numbering",
    severity: "warning",
    description: "测试用：修复会删除责任分工条款",
    fixable: true,
    speed: "fast",
    docs: { rationale: "测试用", incorrect: "", correct: "" },
  },
  check({ plan, report }) {
    for (const clause of plan.clauses) {
      report({ start: clause.start, end: clause.end, message: "测试用问题", fix: { description: "删除条款", edits: [{ start: clause.start, end: clause.end, newText: "" }] } });
    }
  },
};

/** The rules module with the harmful rule added (for `vi.mock`). */
export function withClauseBreakingRule(original: { ALL_RULES: readonly Rule[] }) {
  const ALL_RULES = [...original.ALL_RULES, CLAUSE_BREAKING_RULE];
  return { ...original, ALL_RULES, RULES_BY_ID: new Map(ALL_RULES.map((rule) => [rule.meta.id, rule])) };
}
