import { colonOffset, documentClauseStyle, RESPONSIBILITY_LABELS, type StyleVote } from "../../units/clauseStyle.js";
import type { Rule, TextEdit } from "../types.js";

/**
 * A clause written differently from the document's other clauses: another bracket
 * (Nanjing's one `〔责任部门:…〕` among 27 `(责任部门:…)`), colon or label (责任单位 / 责任部门).
 * The majority is the document's own style; the fix brings the odd clause in line with it. With
 * no clear majority (one of each) nothing is reported.
 */
export const clauseStyle: Rule = {
  meta: {
    id: "units/clause-style",
    family: "units",
    severity: "warning",
    description: "责任单位的括号、标签或冒号写法与本文多数不一致",
    fixable: true,
    speed: "fast",
    docs: {
      rationale: [
        "一份方案中的责任分工应写法统一：括号（〔〕、（）或半角括号）、标签（“责任单位”或“责任部门”）和冒号（全角或半角）都跟随本文的多数写法。规范写法是“〔责任单位：……〕”，但本规则只要求一致，不要求改为规范写法。",
        "“牵头单位”“配合单位”等标签含义不同，不视为写法差异。修复把该处改为本文的多数写法。",
      ].join("\n\n"),
      incorrect:
        "一、主要任务\n1.加快区域质量创新发展。〔责任单位：市市场监管局〕\n2.增强产业质量竞争能力。〔责任单位：市工信局〕\n3.筑牢绿色发展质量根基。(责任部门:市发展改革委)\n",
      correct: "一、主要任务\n1.加快区域质量创新发展。〔责任单位：市市场监管局〕\n2.增强产业质量竞争能力。〔责任单位：市工信局〕\n3.筑牢绿色发展质量根基。〔责任单位：市发展改革委〕\n",
    },
  },
  check({ plan, report }) {
    const style = documentClauseStyle(plan);
    const differs = (vote: StyleVote | null, value: string) => vote !== null && vote.clear && value !== "" && value !== vote.value;
    for (const clause of plan.clauses) {
      const edits: TextEdit[] = [];
      const changes: string[] = [];
      if (differs(style.open, clause.open)) {
        edits.push({ start: clause.start, end: clause.start + clause.open.length, newText: style.open!.value });
        changes.push(`“${clause.open}”应为“${style.open!.value}”`);
      }
      if (differs(style.close, clause.close)) {
        edits.push({ start: clause.end - clause.close.length, end: clause.end, newText: style.close!.value });
        changes.push(`“${clause.close}”应为“${style.close!.value}”`);
      }
      clause.segments.forEach((segment, index) => {
        if (segment.labelSpan && RESPONSIBILITY_LABELS.has(segment.label) && differs(style.label, segment.label)) {
          edits.push({ ...segment.labelSpan, newText: style.label!.value });
          changes.push(`“${segment.label}”应为“${style.label!.value}”`);
        }
        const colon = colonOffset(plan.text, clause, index);
        if (colon !== null && differs(style.colon, segment.colon)) {
          edits.push({ start: colon, end: colon + segment.colon.length, newText: style.colon!.value });
          changes.push(`冒号“${segment.colon}”应为“${style.colon!.value}”`);
        }
      });
      if (edits.length === 0) continue;
      report({
        start: clause.start,
        end: clause.end,
        message: `责任分工的写法与本文其他各处不一致：${[...new Set(changes)].join("，")}`,
        fix: { description: "改为本文通行的写法", edits },
      });
    }
  },
};
