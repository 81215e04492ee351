import type { Rule } from "../types.js";

/** `// plancheck-disable-next-line RULE` naming a rule the checker does not have. */
export const unknownRule: Rule = {
  meta: {
    id: "config/unknown-rule",
    family: "config",
    severity: "warning",
    description: "检查指令中引用了不存在的规则",
    fixable: false,
    speed: "fast",
  },
  check({ plan, knownRuleIds, report }) {
    for (const comment of plan.comments) {
      for (const rule of comment.directive?.ruleIds ?? []) {
        if (knownRuleIds.has(rule.id)) continue;
        report({ start: rule.start, end: rule.end, message: `未知的规则“${rule.id}”，该指令不起作用` });
      }
    }
  },
};
