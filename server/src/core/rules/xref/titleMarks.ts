import type { Rule } from "../types.js";
import { deferredFix } from "../../fixes/fix.js";

/**
 * A document's title takes 《》 (GB/T 15834). Pasted from a web page or typed in haste it arrives
 * in quotation marks: `为贯彻落实“质量强国建设纲要”`. The grammar reads such a title as the
 * citation it is (QuotedCitation: a title that ends in the word for a kind of document, never a
 * quoted phrase such as “放管服”), so the plan's parent is found; this rule says the marks are
 * wrong and makes them 《》, the title unchanged.
 */
export const titleMarks: Rule = {
  meta: {
    id: "xref/title-marks",
    family: "xref",
    severity: "warning",
    description: "文件标题应使用书名号《》，不用引号",
    fixable: true,
    speed: "fast",
    docs: {
      rationale:
        "文件、规划的标题用书名号“《》”（GB/T 15834《标点符号用法》）。从网页复制或匆忙录入时，常把标题写在引号中，如“为贯彻落实“质量强国建设纲要””。检查器把以“纲要”“规划”“方案”“意见”“通知”“计划”“办法”“条例”等结尾、长度足以作为文件标题的引号内文字读作对“该文件”的引用（据此找到上位文件），本规则报告引号用错，修复把引号改为书名号，标题文字不变。引号中的“放管服”“十四五”“中国方案”等短语不是文件标题，不报告。",
      incorrect: "示例市深化质量强市建设实施方案\n为贯彻落实“质量强国建设纲要”，制定本方案。\n一、总体要求\n",
      correct: "示例市深化质量强市建设实施方案\n为贯彻落实《质量强国建设纲要》，制定本方案。\n一、总体要求\n",
    },
  },
  check({ plan, report }) {
    for (const citation of plan.citations) {
      if (!citation.quoted) continue;
      const close = citation.titleStart + citation.title.length;
      report({
        start: citation.start,
        end: close + 1,
        message: `文件标题“${citation.title}”应使用书名号：《${citation.title}》`,
        fix: deferredFix("把引号改为书名号《》", () => [
          { start: citation.start, end: citation.titleStart, newText: "《" },
          { start: close, end: close + 1, newText: "》" },
        ]),
      });
    }
  },
};
