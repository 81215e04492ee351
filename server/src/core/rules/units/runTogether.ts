import { mayBeTwoPlates, runTogetherParts } from "../../units/split.js";
import type { UnitRegistry } from "../../units/registry.js";
import type { Rule } from "../types.js";
import { spanFix } from "../../fixes/fix.js";
import { eachJudgedName, VerdictPerName } from "../../units/verdicts.js";

/** What is said of one run-together name, wherever the plan writes it. */
interface Verdict {
  message: string;
  /** The ways to write the name apart: with 、, or (two names) as one body's two plates. */
  rewrites: Array<{ description: string; newText: string }>;
}

function judge(name: string, units: UnitRegistry): Verdict | null {
  const parts = runTogetherParts(name, units);
  if (!parts) return null;
  const quoted = parts.map((part) => `“${part}”`).join("");
  const rewrites = [{ description: `以“、”分开：${parts.join("、")}`, newText: parts.join("、") }];
  // Two plates are one body's two names; of three or more names, or with an enterprise among
  // them (江铜集团省工业和信息化厅), only the missing 、 is said (and offered).
  const plates = mayBeTwoPlates(parts, units);
  if (plates) {
    const bracketed = `${parts[0]}（${parts[1]}）`;
    rewrites.push({ description: `写作同一机构的两块牌子：${bracketed}`, newText: bracketed });
  }
  const how = plates ? `若是2个单位，应以“、”分开；若是同一机构的两块牌子，宜写作“${parts[0]}（${parts[1]}）”` : "应以“、”分开";
  return { message: `${quoted}连写在一起，中间没有分隔符：${how}`, rewrites };
}

/**
 * Two known names with nothing between them (Chengdu's `市经信局市新经济委`, 22 times). It is
 * either two units missing a 、 or one body with two names (一个机构两块牌子), which only the
 * drafter knows; so it is information with both fixes offered, never applied in bulk.
 */
export const runTogetherUnits: Rule = {
  meta: {
    id: "units/run-together",
    family: "units",
    severity: "info",
    description: "两个单位名称连写，中间没有分隔符",
    fixable: false,
    speed: "fast",
    reads: "clauses",
    docs: {
      rationale: [
        "名录中的两个单位名称直接连在一起（如“市经信局市新经济委”），中间没有“、”。这可能是漏了分隔符的两个单位，也可能是“一个机构两块牌子”的同一单位。连写的名称中有一个名录未收的、与其余名称层级字相同、以机构词结尾的名称（“县果业发展中心县农业农村局县商务局”中的“县果业发展中心”）时同样报告，分开后再由 units/unknown 判断该名称。",
        "前者应写作“市经信局、市新经济委”；后者宜按“市委组织部（市委人才办）”的惯例写作“市经信局（市新经济委）”，以免读者和统计误以为是两个单位或一个不存在的单位。只有起草者知道是哪一种，因此本规则只作提示，两种改法都作为建议提供。企业（“江铜集团”“中铁大桥局”“××有限公司”“工商银行××分行”）不是政府机构的另一块牌子，连写的名称中有企业时只提示以“、”分开。",
      ].join("\n\n"),
      incorrect: "一、主要任务\n1.培育质量发展创新动能。开展质量技术协同攻关行动。〔责任单位：市科技局、市经信局市新经济委〕\n",
      correct: "一、主要任务\n1.培育质量发展创新动能。开展质量技术协同攻关行动。〔责任单位：市科技局、市经信局（市新经济委）〕\n",
    },
  },
  check({ plan, units, report }) {
    const verdicts = new VerdictPerName((name) => judge(name, units));
    eachJudgedName(plan.clauses, verdicts, (unit, verdict) => {
      const suggestions = verdict.rewrites.map(({ description, newText }) => spanFix(description, unit.start, unit.end, newText));
      report({ start: unit.start, end: unit.end, message: verdict.message, suggestions });
    });
  },
};
