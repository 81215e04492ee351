import { statedBasisCitations } from "../../parents/resolve.js";
import { fiveYearPeriodIn, periodInTitle, planStartOf } from "../../targets/plan.js";
import type { Rule } from "../types.js";

/** The last year of the period a cited title states (its years, or a “十三五”), if it states one. */
function lastYearOf(title: string): number | null {
  return (periodInTitle(title) ?? fiveYearPeriodIn(title))?.to ?? null;
}

/**
 * A plan that states as its basis a document whose period had ended before the plan begins:
 * 为贯彻落实《质量发展纲要（2011—2020年）》 in a plan for 2024—2025, or a “十三五” plan in one of
 * 2023. Drafts are started from an older plan of the same kind, and the basis clause is the one
 * line nobody re-reads; the document in force then (here 《质量强国建设纲要》) is not the one
 * the plan says it carries out, and its targets are not measured.
 *
 * Only a citation a clause says the plan implements (贯彻落实, 根据, 按照…), only a period the
 * title itself states, and only where the plan's own start is known (its period or its date):
 * a plan may look back on an old plan's results, and a document without a period in its title
 * has no end to judge.
 */
export const expiredBasis: Rule = {
  meta: {
    id: "xref/expired-basis",
    family: "xref",
    severity: "warning",
    description: "方案作为依据贯彻落实的文件，其实施期在方案开始前已经结束",
    fixable: false,
    speed: "fast",
    docs: {
      rationale: [
        "方案开头“为贯彻落实《……》”写明的是方案的依据。起草时常以上一轮的方案为底稿，依据一句最容易漏改：2024年的方案仍写“为贯彻落实《质量发展纲要（2011—2020年）》”，依据的文件早已期满，现行的文件（《质量强国建设纲要》）反而没有写上，方案的目标也无从与现行文件的目标对照。",
        "本规则报告方案开头（或“总体要求”中）以“贯彻落实”“根据”“按照”等写明作为依据、且标题中写明实施期的文件（“（2011—2020年）”“2016—2020年”，“十三五”按2020年计），其实施期的最后一年早于方案的起始年份（方案标题中的实施期，否则成文日期或文号年份）。只是提到、回顾以往文件的不报告；标题中没有写明实施期的文件不判断。无法自动修复：应以哪份现行文件为依据，由起草人确定。",
      ].join("\n\n"),
      incorrect: "示例市质量提升行动方案（2024—2025年）\n为贯彻落实《质量发展纲要（2011—2020年）》，结合我市实际，制定本方案。\n一、总体要求\n",
      correct: "示例市质量提升行动方案（2024—2025年）\n为贯彻落实《质量强国建设纲要》，结合我市实际，制定本方案。\n一、总体要求\n",
    },
  },
  check({ plan, report }) {
    if (plan.citations.length === 0) return;
    const start = planStartOf(plan);
    if (start === null) return;
    for (const citation of statedBasisCitations(plan)) {
      const last = lastYearOf(citation.title);
      if (last === null || last >= start) continue;
      report({
        start: citation.start,
        end: citation.end,
        message: `作为依据的《${citation.title}》实施期到${last}年已经结束，本方案自${start}年起实施：请核对是否应贯彻落实现行的文件`,
      });
    }
  },
};
