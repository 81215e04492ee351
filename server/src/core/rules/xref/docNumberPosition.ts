import type { Rule } from "../types.js";

/**
 * A cited document's 发文字号 follows its title, in parentheses: 《…》（中发〔2022〕17号）. Put
 * before the title (中发〔2022〕17号《质量强国建设纲要》) it reads as the citing document's own.
 */
export const docNumberPosition: Rule = {
  meta: {
    id: "xref/doc-number-position",
    family: "xref",
    severity: "warning",
    description: "引用文件时发文字号应放在标题之后的括号内",
    fixable: true,
    speed: "fast",
    docs: {
      rationale:
        "引用公文时先引标题，后引发文字号，发文字号用圆括号括入：《质量强国建设纲要》（中发〔2022〕17号）（《党政机关公文处理工作条例》）。把文号写在标题之前，读者容易误以为是本文件的文号。修复把文号移到标题之后的括号内，文字不增不减。",
      incorrect: "示例市方案\n为贯彻落实中发〔2022〕17号《质量强国建设纲要》，制定本方案。\n一、总体要求\n",
      correct: "示例市方案\n为贯彻落实《质量强国建设纲要》（中发〔2022〕17号），制定本方案。\n一、总体要求\n",
    },
  },
  check({ plan, report }) {
    const citationsByStart = new Map(plan.citations.map((c) => [c.start, c]));
    for (const docNumber of plan.docNumbers) {
      if (!docNumber.code) continue;
      let next = docNumber.end;
      while (next < plan.text.length && /[ \t\u3000]/.test(plan.text[next]!)) next++;
      const citation = citationsByStart.get(next);
      if (!citation || citation.docNumber) continue;
      const start = docNumber.start + agencyCodeOffset(docNumber.code);
      const docText = plan.text.slice(start, docNumber.end);
      const citationText = plan.text.slice(citation.start, citation.end);
      report({
        start,
        end: docNumber.end,
        message: `发文字号“${docText}”应放在所引标题之后：${citationText}（${docText}）`,
        fix: { description: "把文号移到标题之后", edits: [{ start, end: citation.end, newText: `${citationText}（${docText}）` }] },
      });
    }
  },
};

/** Verbs that come before a cited 文号 and that the grammar's look-back may have taken into its agency code. */
const LEAD_WORDS = ["贯彻落实", "落实", "根据", "按照", "依据", "依照", "参照", "执行", "印发", "贯彻", "和", "及"];

/** Where the agency code starts within what the grammar took for it (为贯彻落实中发 → 中发). */
function agencyCodeOffset(code: string): number {
  let offset = 0;
  for (const word of LEAD_WORDS) {
    const at = code.lastIndexOf(word);
    if (at >= 0 && at + word.length < code.length) offset = Math.max(offset, at + word.length);
  }
  return offset;
}
