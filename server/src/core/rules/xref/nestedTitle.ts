import { writtenEnd } from "../../model/cutCitations.js";
import { inFirstCopy } from "../../model/repeatedTitle.js";
import type { Rule } from "../types.js";

/** Brackets a nested title may be typed with, instead of 〈〉. */
const WRONG_OPEN = /[<‹《〈]/;
const WRONG_CLOSE = /[>›》〉]/;

/**
 * Inside 《》 a nested title takes 〈〉 (GB/T 15834). Drafts type ASCII <>, ‹›, or a second
 * 《》 (抚州: 《关于贯彻落实<质量强国建设纲要>深化质量强市建设的实施方案》). In a title written
 * twice, only the copy that stays is reported (one defect, one finding).
 */
/** A wrap's line break and the indentation after it, which the title as read does not hold. */
const WRAP_BREAK = /(?:\r\n|\r|\n)[ \t\u3000\u00a0]*/g;

export const nestedTitle: Rule = {
  meta: {
    id: "xref/nested-title",
    family: "xref",
    severity: "warning",
    description: "书名号内再用书名号时应使用单书名号〈〉",
    fixable: true,
    speed: "fast",
    docs: {
      rationale:
        "书名号中还要用书名号时，内层用单书名号“〈〉”（GB/T 15834《标点符号用法》）。从网页或文字处理软件复制的文字常把内层写成半角尖括号“<>”、“‹›”或再套一层“《》”。修复把内层括号改为“〈〉”，标题文字不变。",
      incorrect: "示例市方案\n为贯彻落实《中共中央 国务院关于印发<质量强国建设纲要>的通知》，制定本方案。\n一、总体要求\n",
      correct: "示例市方案\n为贯彻落实《中共中央 国务院关于印发〈质量强国建设纲要〉的通知》，制定本方案。\n一、总体要求\n",
    },
  },
  check({ plan, report }) {
    for (const citation of plan.citations) {
      // A title a web copy wrote twice: its first copy is structure/repeated-title's to delete.
      if (inFirstCopy(plan.repeatedTitles, citation.start)) continue;
      const titleEnd = writtenEnd(plan.text, citation.titleStart, citation.title);
      // ‹› are not title brackets to the grammar: find every inner pair in the title's text (as
      // written: a wrap's break inside it, model/cutCitations.ts, is no end of the pair).
      const inner = /[<‹《〈]([^<>‹›《》〈〉]*)[>›》〉]/g;
      for (const match of plan.text.slice(citation.titleStart, titleEnd).matchAll(inner)) {
        const open = match[0][0]!;
        const close = match[0][match[0].length - 1]!;
        if (open === "〈" && close === "〉") continue;
        if (!WRONG_OPEN.test(open) || !WRONG_CLOSE.test(close)) continue;
        const start = citation.titleStart + match.index;
        const end = start + match[0].length;
        report({
          start,
          end,
          message: `书名号内的“${match[0].replace(WRAP_BREAK, "")}”应使用单书名号：“〈${match[1]!.replace(WRAP_BREAK, "")}〉”`,
          fix: {
            description: "改为单书名号“〈〉”",
            edits: [
              ...(open === "〈" ? [] : [{ start, end: start + 1, newText: "〈" }]),
              ...(close === "〉" ? [] : [{ start: end - 1, end, newText: "〉" }]),
            ],
          },
        });
      }
    }
  },
};
