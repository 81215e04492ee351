import { spanFix } from "../../fixes/fix.js";
import { addresseeOf } from "../../model/addressee.js";
import type { Rule } from "../types.js";

/**
 * A notice's 主送机关 without its full-width colon (model/addressee.ts reads the line after the
 * notice's title): GB/T 9704 §7.3.3 ends it with `：`. Without one the line reads as a paragraph
 * of the notice, and the export sets it so (indented, not flush left). A half-width `:` there is
 * punct/half-width's: one defect, one finding. The fix writes the full-width colon.
 */
export const addresseeColon: Rule = {
  meta: {
    id: "structure/addressee-colon",
    family: "structure",
    severity: "warning",
    description: "印发通知的主送机关末尾缺少全角冒号“：”",
    fixable: true,
    speed: "fast",
    docs: {
      rationale:
        "GB/T 9704—2012《党政机关公文格式》7.3.3 规定，主送机关在标题下空一行、居左顶格，回行时仍顶格，最后一个机关名称后标全角冒号。从网页或 PDF 复制的印发通知中，这个冒号有时丢失（“各县（市、区）人民政府，市政府各部门”后直接换行）。缺少冒号时，这一行读起来像通知正文的一段，导出 Word 时也会按正文段落缩进排版。本规则只检查通知标题（以“通知”结尾）之后的第一行：它由以“，”分隔的机关名称组成（每组以“人民政府”“各部门”“各单位”“局”“委”等结尾），其后紧接通知正文。修复在最后一个名称后加上全角冒号；误用的半角冒号“:”由 punct/half-width 报告。",
      incorrect: "示例市人民政府关于印发示例市质量强市建设实施方案的通知\n各县（区）人民政府，市政府各部门\n现将《示例市质量强市建设实施方案》印发给你们，请认真贯彻执行。\n示例市质量强市建设实施方案\n一、总体要求\n",
      correct: "示例市人民政府关于印发示例市质量强市建设实施方案的通知\n各县（区）人民政府，市政府各部门：\n现将《示例市质量强市建设实施方案》印发给你们，请认真贯彻执行。\n示例市质量强市建设实施方案\n一、总体要求\n",
    },
  },
  check({ plan, report }) {
    const addressee = addresseeOf(plan);
    if (addressee === null || addressee.colon !== null) return;
    const names = plan.text.slice(addressee.start, addressee.end);
    report({
      start: addressee.start,
      end: addressee.end,
      message: `主送机关“${names}”末尾缺少全角冒号“：”`,
      fix: spanFix("在主送机关后加全角冒号", addressee.end, addressee.end, "："),
    });
  },
};
