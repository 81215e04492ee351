import { spanFix } from "../../fixes/fix.js";
import { lineBreaksIn } from "../../units/clauseLines.js";
import type { Rule } from "../types.js";

/**
 * A clause whose list of names a line break cuts in two (`〔责任单位：市工信局、` / `市科技局〕`):
 * text copied out of a PDF or a narrow column. The model reads it as one clause
 * (model/clauseReading.ts), so the task keeps its units; the break itself is the defect, and
 * joining the lines is what the drafter meant. The punctuation rules leave the two halves alone
 * (the open bracket and the missing sentence end are this one defect).
 */
export const clauseLineBreak: Rule = {
  meta: {
    id: "units/clause-line-break",
    family: "units",
    severity: "warning",
    description: "责任分工被换行断开",
    fixable: true,
    speed: "fast",
    docs: {
      rationale:
        "责任分工应写在一行之内。从 PDF 或窄栏复制的文本常在单位名单中间换行（如“〔责任单位：市工信局、”换行后接“市科技局〕”），编辑器和统计仍按一处责任分工读取，但段落被拆成两段，括号看似不配对。修复删除换行和下一行的缩进，把两行接成一行。",
      incorrect: "一、主要任务\n1.推进两化融合。开展融合贯标。〔责任单位：市工信局、\n市科技局〕\n",
      correct: "一、主要任务\n1.推进两化融合。开展融合贯标。〔责任单位：市工信局、市科技局〕\n",
    },
  },
  check({ plan, report }) {
    for (const clause of plan.clauses) {
      for (const lineBreak of lineBreaksIn(plan.text, clause)) {
        report({
          start: lineBreak.start,
          end: lineBreak.end,
          message: "责任分工在单位名单中间换行，被拆成了两段，应写在一行之内",
          fix: spanFix("删除换行，接成一行", lineBreak.start, lineBreak.end, ""),
        });
      }
    }
  },
};
