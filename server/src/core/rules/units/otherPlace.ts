import { spanFix } from "../../fixes/fix.js";
import { documentCity, documentPlace } from "../../units/documentLevel.js";
import { cityOfDistrict, districtOfCity, districtOfMunicipality, foreignDistrict, ownersOf } from "../../units/districts.js";
import { isCollectiveName } from "../../units/names.js";
import { isPrefectureCity } from "../../units/prefectures.js";
import type { UnitRegistry } from "../../units/registry.js";
import { eachJudgedName, VerdictPerName } from "../../units/verdicts.js";
import type { PlanDocument } from "../../model/types.js";
import type { Rule } from "../types.js";

interface Verdict {
  message: string;
  /** The plan's own body of that name (市市场监管局), where the name has one. */
  replacement: string | null;
}

/** Said of every such name: where it came from is the question, not which body is meant. */
const COPIED = "是否从其他地方的方案照搬而来？";

/**
 * A body of another city, or of another city's district, named as responsible in a city's or a
 * district's plan: 南昌市市场监管局 in 赣州's plan, 东湖区住建局 (东湖区 is 南昌's) likewise. A
 * government assigns its tasks to its own bodies and to its districts'; another city's bureau is
 * not its to task, and such a name is nearly always a line kept from the plan the draft was
 * copied from. The registry knows the name (a place before any city's bureau), so units/unknown
 * says nothing. A district's plan likewise tasks its own bodies, not a sibling district's of its
 * city (南康区市场监管局 in 章贡区's plan), where the city's districts are listed.
 *
 * Said only where both places are known for what they are: the plan's city (its issuer or title)
 * as a prefecture-level city (prefectures.json) or a county-level city of a listed one, and the
 * name's place as another prefecture-level city, or a listed city's district that is none of the
 * plan's city's (districts.json). A county-level city of the plan's city (瑞金市 in 赣州's plan)
 * and the plan's parent city (赣州市 in 瑞金市's plan) are the plan's own; a vertical body named
 * after its seat (南昌海关, 人民银行南昌市分行) serves more than its city and is never said.
 */
export const otherPlaceUnit: Rule = {
  meta: {
    id: "units/other-place",
    family: "units",
    severity: "warning",
    description: "责任单位是其他城市（或其他城市区县）的部门，疑为照搬其他地方的方案",
    fixable: false,
    speed: "fast",
    reads: "clauses",
    docs: {
      rationale: [
        "一个城市的方案只能把任务分配给本级部门和所辖区县。责任单位中出现其他城市的部门（赣州市方案中的“南昌市市场监管局”），或其他城市所辖区县的部门（“东湖区住建局”，东湖区属南昌市），几乎都是起草时参照其他地方的方案、照搬后漏改的地名。",
        "本检查只在两处地名都确知时报告：方案所在的城市（按发文机关或标题），以及单位名称中的地名是其他地级市（内置全国地级市和直辖市表），或已收录城市的区县而不属本市（区县表目前收录江西、江苏、浙江、四川、广东各市的区县）。方案所在的县级市不在区县表中时（无从知道其上级市），不报告其他城市的单位。本市所辖的县级市（赣州市方案中的“瑞金市人民政府”）、县级市方案中的上级市（瑞金市方案中的“赣州市市场监管局”）都是本方案自己的单位，不报告；以驻地命名、服务范围不限于该市的垂直管理单位（“南昌海关”“人民银行南昌市分行”）不报告；发文机关或标题中写有该地名的（两市联合印发、关于两地协作的方案）不报告；省级方案不报告。直辖市的区县相当于地级市：区县的方案（发文机关或标题写明是直辖市的哪个区县，如“重庆市渝北区”）中出现同一直辖市其他区县的部门（渝北区方案中的“江北区住房城乡建委”“巫山县科技局”），同样报告；直辖市内的区县名称按该直辖市的区县表读取（“江北区”在重庆市的方案中是重庆的江北区，不是宁波的）。地级市所辖区县的方案也是这样：区县的方案（发文机关或标题写明是哪个区县，如“赣州市章贡区”“南京市江宁区”）只给本区县的部门分配任务，出现本市其他区县或县级市的部门（章贡区方案中的“南康区市场监管局”“于都县住建局”“瑞金市住建局”）同样报告；该市的区县未收录在区县表中时，无从知道哪些是本市的其他区县，不报告。编辑器中提供改为本市同名部门的建议，不自动修复：也可能确是跨市协作的单位，由起草人核对。",
      ].join("\n\n"),
      incorrect: "赣州市深化质量强市建设实施方案\n一、主要任务\n1.提升产品质量。开展质量提升行动。〔责任单位：南昌市市场监管局、市工信局〕\n",
      correct: "赣州市深化质量强市建设实施方案\n一、主要任务\n1.提升产品质量。开展质量提升行动。〔责任单位：市市场监管局、市工信局，瑞金市人民政府〕\n",
    },
  },
  check({ plan, units, report }) {
    if (plan.clauses.length === 0) return;
    const city = documentCity(plan);
    if (city === null) return;
    // A plan two cities issue together, or one about their joint work (成都市 德阳市 …同城化方案),
    // names the other city in its issuer or title: its bodies are the plan's own.
    const heading = `${plan.metadata.issuer ?? ""} ${plan.metadata.title ?? ""}`;
    const district = ownDistrict(plan, city);
    const verdicts = new VerdictPerName((name) => otherPlaceVerdict(name, units, city, heading, district));
    eachJudgedName(plan.clauses, verdicts, (unit, verdict) => {
      const suggestions = verdict.replacement === null ? [] : [spanFix(`改为“${verdict.replacement}”`, unit.start, unit.end, verdict.replacement)];
      report({ start: unit.start, end: unit.end, message: verdict.message, suggestions });
    });
  },
};

/** The district or county a plan is for, in full, and whose: a 直辖市's, or a listed prefecture's. */
interface OwnDistrict {
  name: string;
  ofMunicipality: boolean;
}

/**
 * The district or county a plan is for (渝北区 of 重庆市渝北区人民政府, 章贡区 of 赣州市章贡区…方案), in
 * full, as its issuer or title names it; null for a plan of the city itself or of a place the
 * tables do not list under the city. A 直辖市's districts hold a prefecture's rank: each is the
 * place of its plans, as a city is of its own, and another district's body (江北区住房城乡建委 in
 * 渝北's plan) is not its plan's to task. A prefecture's district tasks its own bodies likewise,
 * not its sibling's (南康区市场监管局 in 章贡's plan): the prefecture's plan tasks them all, a
 * district's its own. Only where the prefecture's districts are listed (districts.json): elsewhere
 * which places are siblings is not known, and nothing is said.
 */
function ownDistrict(plan: PlanDocument, city: string): OwnDistrict | null {
  for (const word of ["区", "县"]) {
    const place = documentPlace(plan, word);
    if (place === null) continue;
    const municipal = districtOfMunicipality(city, place) ?? districtOfMunicipality(city, place + word);
    if (municipal !== null) return { name: municipal, ofMunicipality: true };
    const listed = districtOfCity(city, place) ?? districtOfCity(city, place + word);
    if (listed !== null) return { name: listed, ofMunicipality: false };
  }
  return null;
}

/**
 * What is wrong with `name` in the plan of `city` (赣州), or of `district` (渝北区) of a 直辖市: the
 * other city or district it belongs to, or null.
 */
function otherPlaceVerdict(name: string, units: UnitRegistry, city: string, heading: string, district: OwnDistrict | null): Verdict | null {
  if (isCollectiveName(name)) return null;
  const unit = units.resolve(name);
  const place = unit?.place ?? null;
  // A vertical body named by its place (赣州海关) is named by the place it serves; a 国家税务总局抚州市税务局 is another city's.
  if (unit === null || place === null || (unit.entry.pattern && unit.entry.vertical) || heading.includes(place)) return null;
  const word = name.charAt(name.indexOf(place) + place.length);
  const replacement = unit.canonical.includes(place) ? null : unit.canonical;
  if (word === "市") {
    // A county-level city of the plan's city is a district's sibling as a district is (瑞金市 in 章贡's plan).
    if (district !== null && !district.ofMunicipality) return siblingVerdict(name, place, city, district, null);
    if (place === city || !isPrefectureCity(place)) return null;
    // The plan's own city must be known for what it is: a county-level city the tables do not
    // list (巩义) has a parent city they cannot name, whose bodies its plan may task.
    const parent = cityOfDistrict(city);
    if (parent === place || (parent === null && !isPrefectureCity(city))) return null;
    return { message: `“${name}”是${place}市的单位，不是本方案所在的${city}市的：${COPIED}`, replacement };
  }
  if (word !== "区" && word !== "县") return null;
  if (district !== null && district.ofMunicipality) {
    // Within a 直辖市 a district's name is its own (江北区 is 重庆's, whatever 宁波 has).
    const other = districtOfMunicipality(city, place);
    if (other === null || other === district.name) return null;
    return { message: `“${name}”是${city}市${other}的单位，不是本方案所在的${district.name}的：${COPIED}`, replacement };
  }
  const foreign = foreignDistrict(place, city);
  if (foreign === null) {
    // The plan's own body of the name where it is written with the plan's word (区住建局 of 南康区住建局 in 章贡's).
    const own = district !== null && district.name.endsWith(word) ? replacement : null;
    return district === null ? null : siblingVerdict(name, place, city, district, own);
  }
  const owners = ownersOf(foreign);
  return { message: `“${name}”中的“${foreign.district}”属${owners}，不是本方案所在的${city}市的区县：${COPIED}`, replacement: null };
}

/**
 * A body of another district, county or county-level city of the plan's own prefecture named in
 * a district's plan (南康区市场监管局 in 章贡区's), or null. A place of one character and its
 * level word (东区, 沛县) is no evidence, as foreignDistrict says: such a name is a part of many towns.
 */
function siblingVerdict(name: string, place: string, city: string, district: OwnDistrict, replacement: string | null): Verdict | null {
  const sibling = districtOfCity(city, place);
  if (sibling === null || sibling === district.name || sibling.length < 3) return null;
  return { message: `“${name}”是${city}市${sibling}的单位，不是本方案所在的${district.name}的：${COPIED}`, replacement };
}
