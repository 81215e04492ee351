import type { Rule } from "../types.js";

/**
 * Placeholders left in the text outside targets: `××市`, `XX单位`, `【待定】`, `TBD`. A draft
 * copied from another city's plan or from a template keeps them until someone notices.
 * (A placeholder that is a target's value is reported by targets/blank instead.)
 */
export const placeholder: Rule = {
  meta: {
    id: "text/placeholder",
    family: "text",
    severity: "warning",
    description: "正文中留有占位符（××、XX、【待定】、TBD 等）",
    fixable: false,
    speed: "fast",
    docs: {
      rationale:
        "套用模板或其他城市方案起草时，“××市”“XX单位”“【待定】”等占位符容易遗留到送审稿中。本规则报告正文里的占位符；作为目标数值的占位符（如“达到XX%”）由 targets/blank 报告。",
      incorrect: "一、总体要求\n（一）指导思想\n为加快建设××市质量强市，制定本方案。〔责任单位：【待定】〕\n",
      correct: "一、总体要求\n（一）指导思想\n为加快建设示例市质量强市，制定本方案。\n",
    },
  },
  check({ plan, report }) {
    for (const node of plan.placeholders) {
      report({ start: node.start, end: node.end, message: `正文中留有占位符“${node.text}”，定稿前应替换为实际内容` });
    }
  },
};
