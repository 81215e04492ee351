import { documentLevel, levelAboveWord, zoneNameOfPlan } from "../../units/documentLevel.js";
import { wordsMeantFor } from "../../units/levelWords.js";
import { isTownPlan, levelWithoutTownOffices } from "../../units/townLevel.js";
import { localGovernmentsOf, PLACES_OF_GROUP, PLACES_RANK, placesGroupLevel, type PlacesLevel } from "../../units/groupTerms.js";
import { SOURCES } from "../../units/registryEntries.js";
import { isCollectiveName, isPlaceholderName, leadingLevelWord, type UnitLevel } from "../../units/names.js";
import { coveredByAllInClause as coveredAcrossSegments } from "../../units/sharedSuffix.js";
import { eachJudgedName, VerdictPerName } from "../../units/verdicts.js";
import { spanFix } from "../../fixes/fix.js";
import { codeUnitSet } from "../../text/codeUnits.js";
import type { PlanDocument, ResponsibilityClause, UnitName } from "../../model/types.js";
import type { UnitRegistry } from "../../units/registry.js";
import type { Rule } from "../types.js";

const RANK: Record<UnitLevel, number> = { 国家: 3, 省: 2, 市: 1, 县: 0 };

interface Verdict {
  /** The level word the name is written with, and the plan's level, for the message. */
  written: string;
  replacements: string[];
  /**
   * What the name is to the plan: a lower level's body (lower); a body of the plan's own level (or
   * its prefecture's), written with a word that names none of its bodies (ownLevel); a town's
   * office in a plan of a level that names none (town: units/townLevel.ts); a group of every place
   * of the plan's own level (peers: the cities' in a city's plan, the counties' in a county's) or
   * of a level above it (above: the cities' in a county's plan): groupTerms.ts placesGroupLevel.
   */
  kind: "lower" | "ownLevel" | "town" | "peers" | "above";
  /** The level of the places a group names (peers, above); null for a body's name. */
  places: PlacesLevel | null;
}

/**
 * A department of a lower level than the plan's, named without its place: `区住建局` in a
 * city's plan. A city assigns its tasks to its own bureaus, to the governments of its districts
 * and counties by name (柯桥区人民政府) or all together (各区住建局); "the district's housing
 * bureau" says not which district's, and is mostly the plan's own bureau mistyped with another
 * level's word, or a line copied from a district's plan. The registry knows the name (it derives
 * every level's), so units/unknown says nothing. Offered: the plan's own level's body, and the
 * bureaus of all the districts; neither applied, only the drafter knows which is meant. And a
 * body of the plan's own level written with a word that names none of its bodies (市 in a 盟's or
 * a 州's plan, 县 in a 旗's: units/levelWords.ts), offered as the body the plan's word names.
 * And a town's office (镇市场监管所) in a city's or a province's plan (units/townLevel.ts): one
 * town's, which is not named, and of a level such a plan assigns nothing to directly. And a group
 * of every place of the plan's own level or of one above it (各设区市人民政府 in a city's plan, 各县
 * （市、区）人民政府 in a county's, 各设区市 in a county's: groupTerms.ts placesGroupLevel): its peers
 * or its superiors, copied from a plan above; its own governments below offered for a group of governments.
 */
export const unitLevel: Rule = {
  meta: {
    id: "units/level",
    family: "units",
    severity: "warning",
    description: "责任单位与方案的层级不符：未写明地名的下级部门（如市级方案中的“区住建局”）、本级没有的层级字部门、同级或上级的各地统称（如市级方案中的“各设区市人民政府”）、市级和省级方案中乡镇的机构",
    fixable: false,
    speed: "fast",
    reads: "clauses",
    docs: {
      rationale: [
        "市级方案的任务落到本级部门、各区县人民政府（写明名称，如“柯桥区人民政府”），或统一写作“各区住建局”“各县（市、区）人民政府”等。只写“区住建局”“县市场监管局”这样的下级部门、不写是哪个区县，读者无从知道由谁落实，多是把本级部门误写了层级字，或从区县方案中照搬。省级方案中的“市住建局”同理。",
        "本检查按方案的层级（前置信息的“层级”，否则按多数单位名称的层级字）报告比方案低一级及以下、未写地名的部门名称；写明地名的（“濂溪区住建局”“柯桥区人民政府”）和“各区……”等统称不报告。编辑器中提供改为本级部门（“市住建局”）或各区县部门（“各区住建局”）的建议，由起草人选择，不自动修复。区县方案写市级部门是常见的，不报告。",
        "同一层级有不止一个层级字的，方案自己的部门只用其中一个：盟、自治州的方案写“盟市场监督管理局”“州发展改革委”，没有未写地名的“市”字部门（所辖县级市写地名，如“阿尔山市人民政府”）；旗、县和县级市的方案分别写“旗”“县”“市”，未写地名的另一县级层级字部门（旗方案中的“县统计局”）也不是本方案的单位；旗、县的上级是盟或自治州（责任单位中多数写作“盟”“州”）时，未写地名的“市”字部门既不是本级也不是上级的。区没有下辖的县，区的方案中未写地名的“县”“旗”字部门（“县农业农村局”）也不是本方案的单位；区的方案写市级部门是常见的，开发区（园区）的方案写所在县的部门也是常见的，均不报告。这些多是照搬其他方案留下的层级字，本检查同样报告，建议改为本级（及上级）的同名部门。",
        "乡镇的机构和站所（“镇市场监管所”“镇农业综合服务中心”“乡便民服务中心”）是乡镇方案和县（区）方案的责任单位；市级、省级方案不把任务落到某一个乡镇的机构，也写不出是哪个乡镇，出现这样的名称多是照搬了县级方案。方案的层级由前置信息的“层级”、发文机关或标题中的地名、或责任单位中本级的名称说明时（发文机关或标题以乡镇开头的是乡镇方案，不在此列），本检查报告这些名称，建议改为统称（“各镇市场监管所”）。",
        "方案不把任务落到与本方案同级或比本方案高的各地：市级方案中的“各设区市人民政府”“各市（州）市场监管局”指省内与本市同级的各市，区、县、旗和县级市的方案中的“各县（市、区）人民政府”“各区（市）县政府”“各县（市、区）市场监管局”指与本方案同级的各地，乡镇方案中的“各乡镇人民政府”指同级的各乡镇，省级方案中的“各省（自治区、直辖市）”指同级的各省；县级方案中的“各设区市人民政府”、乡镇方案中的“各县（市、区）人民政府”等则是上级的各地。这些多是照搬了上级方案，本检查报告，政府的统称建议改为本级方案的下级（市级方案的“各县（市、区）人民政府”，区级方案的“各街道办事处”，县级方案的“各乡镇人民政府”）。省级方案的“各设区市人民政府”“各县（市、区）人民政府”、市级方案的“各县（市、区）人民政府”和县级方案的“各乡镇人民政府”是下级，不报告；方案的层级只由单位统称说明、无从确定的（可能是省级方案），以及开发区（园区）的方案，不报告。",
      ].join("\n\n"),
      incorrect: "一、主要任务\n1.提升建设工程品质。落实工程质量终身责任制。〔责任单位：区住建局、市交通运输局〕\n",
      correct: "一、主要任务\n1.提升建设工程品质。落实工程质量终身责任制。〔责任单位：市住建局、市交通运输局，各区住建局〕\n",
    },
  },
  check({ plan, units, report }) {
    if (plan.clauses.length === 0) return;
    const { level, word } = documentLevel(plan);
    if (level === "国家") return;
    const above = levelAboveWord(plan, level);
    // A zone's plan writes 区 for its own bodies and names its county's with 县 (a county's 开发区):
    // the county words are no slip there, as they are in a district's.
    const zonePlan = word === "区" && zoneNameOfPlan(plan, units) !== null;
    const aboveTowns = levelWithoutTownOffices(plan);
    const placesLevel = placesLevelOfPlan(plan, units, level, aboveTowns);
    const verdicts = new VerdictPerName((name): Verdict | null => {
      if (aboveTowns !== null && TOWN_WORDS.has(name.charCodeAt(0)) && units.resolve(name)?.entry.source === SOURCES.townOffice)
        return { written: name.charAt(0), replacements: [`各${name}`], kind: "town", places: null };
      const group = placesLevel === null ? null : placesGroupLevel(name);
      if (group !== null && PLACES_RANK[group] >= PLACES_RANK[placesLevel!]) {
        // A county-level city's governments below it are a county's (towns), and a town's none the list names.
        const below = placesLevel === "镇" || !GOVERNMENT_END.test(name) ? [] : [localGovernmentsOf(placesLevel === "县" && word === "市" ? "县" : word)];
        return { written: planName(placesLevel!, word), replacements: below, kind: group === placesLevel ? "peers" : "above", places: group };
      }
      const written = leadingLevelWord(name);
      if (written === null || isCollectiveName(name) || isPlaceholderName(name)) return null;
      const unit = units.resolve(name);
      // A body named with its place (濂溪区人民政府) is a particular one: the plan may assign it.
      if (unit === null || unit.place !== null || unit.entry.level === null) return null;
      if (level !== "县" && RANK[unit.entry.level] < RANK[level]) {
        const own = units.atLevel(unit, word)?.canonical ?? null;
        const all = `各${name}`;
        return { written, replacements: own === null ? [all] : [own, all], kind: "lower", places: null };
      }
      // A body of the plan's own level, or its prefecture's, written with a word of that level that
      // names none of them (市市场监督管理局 in a 盟's plan): only the body the word meant is offered.
      const replacements: string[] = [];
      if (zonePlan) return null;
      for (const meant of wordsMeantFor(written, level, word, above)) {
        const named = units.atLevel(unit, meant)?.canonical;
        if (named !== undefined && named.startsWith(meant) && named !== unit.canonical) replacements.push(named);
      }
      return replacements.length === 0 ? null : { written, replacements, kind: "ownLevel", places: null };
    });
    eachJudgedName(plan.clauses, verdicts, (unit, verdict, clause) => {
      // 县（市）政府 of 各区、县（市）政府 (湖北's 各市、州人民政府) is every county's government, a
      // group like the name with the 各 before it: no body of one county left without its place.
      if (coveredByAllInClause(clause, unit, units)) return;
      // A body the clause lists already is no name to write here: the unit would be listed twice
      // and the lower level's lost (the fix guard refused it when the drafter picked it).
      const replacements = verdict.replacements.filter((replacement) => !clause.units.some((other) => other !== unit && (other.text === replacement || units.resolve(other.text)?.canonical === replacement)));
      const message = messageOf(verdict, unit.text, word, replacements);
      const suggestions = replacements.map((replacement) => spanFix(`改为“${replacement}”`, unit.start, unit.end, replacement));
      report({ start: unit.start, end: unit.end, message, suggestions });
    });
  },
};

/**
 * The level of the places a plan is of, as groups of places are weighed against it (省, 市, 县,
 * 镇), where it is certain: a town's plan (its issuer or title opens with the town), a county's
 * or a district's (a county-level city's too: its level is a county's), a city's or a province's
 * whose level something says (units/townLevel.ts: a plan that names only groups has the
 * registry's 市 by default, and may be a province's). A zone's plan names its county's and the
 * city's groups by its own standing: null, never judged.
 */
function placesLevelOfPlan(plan: PlanDocument, units: UnitRegistry, level: UnitLevel, aboveTowns: string | null): PlacesLevel | null {
  if (isTownPlan(plan)) return "镇";
  if (zoneNameOfPlan(plan, units) !== null) return null;
  if (level === "县") return "县";
  return aboveTowns !== null && (level === "市" || level === "省") ? level : null;
}

/** The plan's level as a message names it: 县级, 区级, 县级市, 市级, 州级, 省级, 乡镇. */
function planName(places: PlacesLevel, word: string): string {
  if (places === "镇") return "乡镇";
  return places === "县" && word === "市" ? "县级市" : `${word}级`;
}

/** What is said of a name of each kind of verdict, with the names offered in its place. */
function messageOf({ kind, written, places }: Verdict, name: string, word: string, replacements: readonly string[]): string {
  const asked = replacements.length > 0 ? `，是否应为${replacements.map((replacement) => `“${replacement}”`).join("或")}？` : "";
  switch (kind) {
    case "town":
      return `“${name}”是${written}的机构，未写明是哪个${written}；本方案是${word}级方案，${written}的机构不是本级方案的责任单位${asked}`;
    case "peers":
      return `“${name}”指各${PLACES_OF_GROUP[places!]}，与本方案同级；本方案是${written}方案，任务不落到同级的${PLACES_OF_GROUP[places!]}${asked}`;
    case "above":
      return `“${name}”指各${PLACES_OF_GROUP[places!]}，层级高于本方案；本方案是${written}方案，任务不落到上级的${PLACES_OF_GROUP[places!]}${asked}`;
    case "ownLevel":
      return `“${name}”以“${written}”字开头，本方案是${word}级方案，没有未写地名的${written}级部门${asked}`;
    case "lower":
      return `“${name}”是${written}级部门，未写明是哪个${written}；本方案是${word}级方案${asked}`;
  }
}

/** A group of governments (各县（市、区）人民政府, 各区县政府), whose plan's own local governments are offered in its place. */
const GOVERNMENT_END = /政府$/;

/** The first characters of a town's office (镇市场监管所, 乡便民服务中心), by code unit: a cheap test before the registry is asked. */
const TOWN_WORDS = codeUnitSet("镇乡");

/** Whether a name of a clause is a kind a 各 before it covers (units/sharedSuffix.ts coveredByAllInClause). */
function coveredByAllInClause(clause: ResponsibilityClause, unit: UnitName, registry: UnitRegistry): boolean {
  for (let at = 0; at < clause.segments.length; at++) {
    const index = clause.segments[at]!.units.indexOf(unit);
    if (index >= 0) return coveredAcrossSegments(clause.segments, at, index, registry);
  }
  return false;
}
