import { documentLevel } from "../../units/documentLevel.js";
import { isCollectiveName, isPlaceholderName, leadingLevelWord, type UnitLevel } from "../../units/names.js";
import { eachJudgedName, VerdictPerName } from "../../units/verdicts.js";
import { spanFix } from "../../fixes/fix.js";
import type { Rule } from "../types.js";

const RANK: Record<UnitLevel, number> = { 国家: 3, 省: 2, 市: 1, 县: 0 };
const LEVEL_NAME: Record<UnitLevel, string> = { 国家: "国家", 省: "省", 市: "市", 县: "县" };

interface Verdict {
  /** The level word the name is written with, and the plan's level, for the message. */
  written: string;
  replacements: string[];
}

/**
 * A department of a lower level than the plan's, named without its place: `区住建局` in a
 * city's plan. A city assigns its tasks to its own bureaus, to the governments of its districts
 * and counties by name (柯桥区人民政府) or all together (各区住建局); "the district's housing
 * bureau" says not which district's, and is mostly the plan's own bureau mistyped with another
 * level's word, or a line copied from a district's plan. The registry knows the name (it derives
 * every level's), so units/unknown says nothing. Offered: the plan's own level's body, and the
 * bureaus of all the districts; neither applied, only the drafter knows which is meant.
 */
export const unitLevel: Rule = {
  meta: {
    id: "units/level",
    family: "units",
    severity: "warning",
    description: "责任单位是未写明地名的下级部门（如市级方案中的“区住建局”）",
    fixable: false,
    speed: "fast",
    reads: "clauses",
    docs: {
      rationale: [
        "市级方案的任务落到本级部门、各区县人民政府（写明名称，如“柯桥区人民政府”），或统一写作“各区住建局”“各县（市、区）人民政府”等。只写“区住建局”“县市场监管局”这样的下级部门、不写是哪个区县，读者无从知道由谁落实，多是把本级部门误写了层级字，或从区县方案中照搬。省级方案中的“市住建局”同理。",
        "本检查按方案的层级（前置信息的“层级”，否则按多数单位名称的层级字）报告比方案低一级及以下、未写地名的部门名称；写明地名的（“濂溪区住建局”“柯桥区人民政府”）和“各区……”等统称不报告。编辑器中提供改为本级部门（“市住建局”）或各区县部门（“各区住建局”）的建议，由起草人选择，不自动修复。区县方案写市级部门是常见的，不报告。",
      ].join("\n\n"),
      incorrect: "一、主要任务\n1.提升建设工程品质。落实工程质量终身责任制。〔责任单位：区住建局、市交通运输局〕\n",
      correct: "一、主要任务\n1.提升建设工程品质。落实工程质量终身责任制。〔责任单位：市住建局、市交通运输局，各区住建局〕\n",
    },
  },
  check({ plan, units, report }) {
    if (plan.clauses.length === 0) return;
    const { level, word } = documentLevel(plan);
    if (level === "国家" || level === "县") return;
    const verdicts = new VerdictPerName((name): Verdict | null => {
      const written = leadingLevelWord(name);
      if (written === null || isCollectiveName(name) || isPlaceholderName(name)) return null;
      const unit = units.resolve(name);
      // A body named with its place (濂溪区人民政府) is a particular one: the plan may assign it.
      if (unit === null || unit.place !== null || unit.entry.level === null || RANK[unit.entry.level] >= RANK[level]) return null;
      const own = units.atLevel(unit, word)?.canonical ?? null;
      const all = `各${name}`;
      const replacements = own === null ? [all] : [own, all];
      return { written, replacements };
    });
    eachJudgedName(plan.clauses, verdicts, (unit, verdict, clause) => {
      // A body the clause lists already is no name to write here: the unit would be listed twice
      // and the lower level's lost (the fix guard refused it when the drafter picked it).
      const replacements = verdict.replacements.filter((replacement) => !clause.units.some((other) => other !== unit && (other.text === replacement || units.resolve(other.text)?.canonical === replacement)));
      const { written } = verdict;
      const message =
        replacements.length > 0
          ? `“${unit.text}”是${written}级部门，未写明是哪个${written}；本方案是${LEVEL_NAME[level]}级方案，是否应为${replacements.map((replacement) => `“${replacement}”`).join("或")}？`
          : `“${unit.text}”是${written}级部门，未写明是哪个${written}；本方案是${LEVEL_NAME[level]}级方案`;
      const suggestions = replacements.map((replacement) => spanFix(`改为“${replacement}”`, unit.start, unit.end, replacement));
      report({ start: unit.start, end: unit.end, message, suggestions });
    });
  },
};
