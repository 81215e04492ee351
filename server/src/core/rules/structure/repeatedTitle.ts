import { clipped } from "../../text/clipped.js";
import { lineText } from "../../model/prelude.js";
import type { Rule } from "../types.js";
import { lineDeletions } from "./lineDeletions.js";

/**
 * A title written twice before the plan, as a web copy keeps the page's heading above the
 * document's own title (model/repeatedTitle.ts). Reported on the first copy; the fix deletes it
 * only when the two are the same text but for spaces, so no word or mark is lost. Two copies
 * whose marks differ in form (（ and (, 〈 and <) are reported without a fix: which form is
 * right is for punct/ and xref/ to say on the copy that stays.
 */
export const repeatedTitle: Rule = {
  meta: {
    id: "structure/repeated-title",
    family: "structure",
    severity: "warning",
    description: "方案或印发通知的标题在开头重复出现（网页标题和公文标题各留一次）",
    fixable: true,
    speed: "fast",
    docs: {
      rationale: [
        "从政府网站复制文件时，页面上方的网页标题和公文本身的标题常被一并带入，同一个标题连续出现两次（中间可隔空行、网页残留文字或发文字号，两处的分行也可以不同）。本规则报告前一处；导出公文时只印后一处。网页信息公开表格中重复标题的“标题：”行属于表格，与表格的其他行一起由 structure/leading-debris 报告和删除，本规则不再另报。",
        "",
        "两处除空格外完全相同时，修复删除前一处，保留公文自己的标题；两处只是标点的全角半角或书名号写法不同时，只报告不修复，以免删去不同的写法。文字不同的两行不是重复，不报告。",
      ].join("\n"),
      incorrect:
        "示例市人民政府关于印发示例市质量强市建设实施方案的通知\n\n示例市人民政府关于印发示例市质量强市建设实施方案的通知\n各县（区）人民政府：\n现将《示例市质量强市建设实施方案》印发给你们，请认真贯彻执行。\n示例市人民政府\n2024年4月21日\n示例市质量强市建设实施方案\n为推进质量强市建设，制定本方案。\n一、总体要求\n",
      correct:
        "示例市人民政府关于印发示例市质量强市建设实施方案的通知\n各县（区）人民政府：\n现将《示例市质量强市建设实施方案》印发给你们，请认真贯彻执行。\n示例市人民政府\n2024年4月21日\n示例市质量强市建设实施方案\n为推进质量强市建设，制定本方案。\n一、总体要求\n",
    },
  },
  check({ plan, report }) {
    for (const repeat of plan.repeatedTitles) {
      const title = clipped(repeat.of.map((line) => lineText(line, plan.text)).join(""), 24);
      report({
        start: repeat.start,
        end: repeat.end,
        message: repeat.exact
          ? `标题“${title}”重复出现两次，网页标题和公文标题只应保留一处`
          : `标题“${title}”重复出现两次（两处标点写法不同），网页标题和公文标题只应保留一处`,
        fix: repeat.exact ? { description: "删除前一处重复的标题", edits: lineDeletions(plan.lines, repeat.lines) } : undefined,
      });
    }
  },
};
