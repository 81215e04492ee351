import { removeDirectiveLineEdit, removeRuleIdEdit } from "../suppressions.js";
import type { DirectiveUse, Fix, FindingReport, Rule } from "../types.js";

/**
 * A `plancheck-disable` directive (or one of the rule ids it names) that suppressed nothing, and
 * a `plancheck-enable` that closes nothing, as ESLint's reportUnusedDisableDirectives. Such a
 * directive would silently hide a problem that appears there later. Unknown rule ids are left
 * to config/unknown-rule.
 */
export const unusedDirective: Rule = {
  meta: {
    id: "config/unused-directive",
    family: "config",
    severity: "hint",
    description: "未屏蔽任何问题的 plancheck-disable 指令",
    fixable: true,
    // Cheap; while typing it leaves alone the directives of the slow rules, which did not run.
    speed: "fast",
    judgesDirectives: true,
    docs: {
      rationale:
        "`// plancheck-disable-next-line 规则`、`// plancheck-disable 规则` … `// plancheck-enable 规则` 用于在局部关闭检查。问题改正后指令若仍留在文中，就会悄悄屏蔽日后在同一处出现的新问题。本规则指出没有屏蔽任何问题的指令（或指令中没有用到的规则名），以及没有对应 `plancheck-disable` 的 `plancheck-enable`；自动修复删除整行指令，或只删除其中没有用到的规则名。指令后写有理由（`-- 理由`）时不自动删除，只在编辑器中提供删除操作。\n\n编辑器中此类问题总以淡化的“建议”显示；命令行默认不报告，加 `--report-unused-disable-directives`（或在配置中设置本规则的级别）后报告，与编辑器给出的完全相同。未知的规则名由 config/unknown-rule 报告。",
      incorrect: "一、总体要求\n// plancheck-disable-next-line numbering/sequence\n（一）主要目标\n",
      correct: "一、总体要求\n// plancheck-disable-next-line numbering/sequence\n（二）主要目标\n",
    },
  },
  check({ plan, directiveUses, knownRuleIds, skippedForSpeed, report }) {
    // A directive is judged only when every rule it names ran: one for a slow rule left out while
    // typing (or naming no rule, while any was left out) may well be in use.
    const judged = (use: DirectiveUse) => (use.rule ? !skippedForSpeed?.has(use.rule.id) : !skippedForSpeed?.size);
    const uses = (directiveUses ?? []).filter(judged);
    // A directive all of whose ids are unused (and known) goes as a whole; otherwise id by id.
    const removable = new Map<DirectiveUse["comment"], number>();
    for (const use of uses) if (use.rule && isUnused(use) && knownRuleIds.has(use.rule.id)) removable.set(use.comment, (removable.get(use.comment) ?? 0) + 1);
    for (const use of uses) {
      if (!isUnused(use)) continue;
      if (use.rule && !knownRuleIds.has(use.rule.id)) continue;
      const { comment, directive, rule } = use;
      const span = rule ?? { start: directive.nameStart, end: directive.nameStart + directive.name.length };
      const finding: FindingReport = { start: span.start, end: span.end, message: messageOf(use) };
      if (rule === null || removable.get(comment) === directive.ruleIds.length) {
        const line = removeDirectiveLineEdit(plan, comment);
        const fix: Fix = { description: "删除未使用的指令", edits: [line.edit] };
        // A reason written after the directive is not removed in bulk; a person may still choose to.
        if (line.onlyDirective) finding.fix = fix;
        else finding.suggestions = [{ ...fix, description: "删除未使用的指令（连同其后的说明）" }];
      } else {
        const edit = removeRuleIdEdit(directive, rule);
        if (edit) finding.fix = { description: `从指令中删除未使用的规则 ${rule.id}`, edits: [edit] };
      }
      report(finding);
    }
  },
};

/** Suppressed nothing, or an `enable` that closes nothing or closes a `disable` that suppressed nothing. */
function isUnused(use: DirectiveUse): boolean {
  return !use.used || (use.closes !== undefined && !use.closes.used);
}

function messageOf(use: DirectiveUse): string {
  const what = use.rule ? `“${use.rule.id}”的问题` : "任何问题";
  switch (use.directive.name) {
    case "plancheck-disable-next-line":
      return `未使用的禁用指令：下一行没有${what}`;
    case "plancheck-disable":
      return `未使用的禁用指令：此后没有${what}被屏蔽`;
    case "plancheck-enable":
      return use.closes ? `未使用的启用指令：对应的 plancheck-disable 没有屏蔽${what}` : `未使用的启用指令：前面没有对应的 plancheck-disable${use.rule ? ` ${use.rule.id}` : ""}`;
  }
}
