import { removeDirectiveLineEdit, removeRuleIdEdit } from "../suppressions.js";
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
    docs: {
      rationale:
        "`// plancheck-disable-next-line 规则`、`// plancheck-disable 规则` 与 `// plancheck-enable 规则` 用于在局部关闭检查。规则名写错时指令不会生效，本规则指出写错的规则名。",
      incorrect: "// plancheck-disable-next-line structure/no-such-rule\n一、总体要求\n",
      correct: "// plancheck-disable-next-line structure/trailing-text\n一、总体要求\n",
    },
  },
  check({ plan, knownRuleIds, report }) {
    for (const comment of plan.comments) {
      for (const rule of comment.directive?.ruleIds ?? []) {
        if (knownRuleIds.has(rule.id)) continue;
        // A suggestion only: the id may be a typo of a rule the person meant to disable.
        const edit = removeRuleIdEdit(comment.directive!, rule) ?? removeDirectiveLineEdit(plan, comment).edit;
        const suggestions = [{ description: `从指令中删除未知的规则 ${rule.id}`, edits: [edit] }];
        report({ start: rule.start, end: rule.end, message: `未知的规则“${rule.id}”，该指令不起作用`, suggestions });
      }
    }
  },
};
