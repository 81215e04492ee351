import type { PlanDocument } from "../model/types.js";
import type { UnitRegistry } from "./registry.js";
import { isCollectiveName, leadingLevelWord } from "./names.js";
import { nearestUnitNames } from "./nearest.js";
import { successorOf } from "./retired.js";
import { SOURCES } from "./registryEntries.js";

/**
 * A department's own plan (a 市场监管局's 工作要点, a 局's 实施方案 for its system) assigns its
 * tasks to its internal divisions — 计量科, 质量发展处, 局办公室 (责任科室：…) — which no registry
 * of bodies lists: such a name is the issuer's own division, not an unknown body. A plan issued by
 * a government (人民政府, its 办公室) assigns bodies only, and there a division's name stays
 * unknown. Whether the plan is a department's: its issuer is a body the registry knows and no
 * government. A development zone's 管委会 governs its area as a government does (its plan assigns
 * its bureaus, 区经发局, 财政金融局): no department, though the registry knows it by its zone.
 */
export function isDepartmentPlan(plan: PlanDocument, registry: UnitRegistry): boolean {
  return issuingDepartments(plan, registry) !== null;
}

/**
 * The departments that issue a plan, by their registry names, or null where a government issues
 * it or an issuer is not known. Departments that issue a plan together are named one after
 * another, spaces between (吉安市市场监督管理局　　吉安市工业和信息化局): each is a department.
 */
export function issuingDepartments(plan: PlanDocument, registry: UnitRegistry): ReadonlySet<string> | null {
  const issuer = plan.metadata.issuer ?? titleIssuer(plan.metadata.title);
  if (issuer === null) return null;
  const names = new Set<string>();
  for (const name of issuer.split(/[\s\u3000]+/)) {
    if (name === "") continue;
    const unit = GOVERNMENT.test(name) || registry.namesZone(name) ? null : registry.resolve(name);
    if (unit === null) return null;
    names.add(unit.canonical);
  }
  return names.size > 0 ? names : null;
}

/**
 * The body a plan's title opens with before its year or its subject (江西省知识产权局2026年工作要点,
 * 市市场监管局关于…的实施方案): a department's own plan published without its notice says whose it is
 * there. Null where the title opens otherwise (2026年全省知识产权工作要点); issuingDepartments then
 * asks the registry whether the words are a department's.
 */
function titleIssuer(title: string | null): string | null {
  const opening = title === null ? null : TITLE_ISSUER.exec(title);
  return opening === null ? null : opening[1]!;
}

const TITLE_ISSUER = /^([\u4e00-\u9fff]{3,24}?[局厅委办])(?=(?:19|20)\d\d年|关于)/;

/**
 * A division named after the department it is in (市市场监管局质量发展科, 市工信局技术创新科), one of
 * `departments` (issuingDepartments): a plan that several departments issue together says whose
 * division each is. The department's name, then a division's (isDivisionName).
 */
export function isDivisionOfBody(name: string, registry: UnitRegistry, departments: ReadonlySet<string>): boolean {
  for (let at = name.length - 3; at >= 3; at--) {
    if (!BODY_BEFORE_DIVISION.has(name.charCodeAt(at - 1)) || !isDivisionName(name.slice(at))) continue;
    const unit = registry.resolve(name.slice(0, at));
    if (unit !== null && departments.has(unit.canonical)) return true;
  }
  return false;
}

/** The last character of a body's name a division's may follow: 局, 委, 厅, 办. */
const BODY_BEFORE_DIVISION = new Set([..."局委厅办"].map((ch) => ch.charCodeAt(0)));

/**
 * A division's name: its function and 科, 处, 股 or 室, with no level word of a body (市计量所 is a
 * body). The department may name itself before it as its system does (市局办公室, 省局标准化处:
 * 市局 is how a 市场监管局's notice to its system names the city's bureau, 市局各科室).
 */
export function isDivisionName(name: string): boolean {
  const own = SELF_BEFORE.test(name) ? name.slice(1) : name;
  // 局机关各科室 ends as a division does, yet names them all: a group term (names.ts).
  if (ORGAN_PARTY_BODY.test(own)) return true;
  return DIVISION.test(own) && leadingLevelWord(own) === null && !isCollectiveName(name);
}

/**
 * The Party and staff bodies every department's organ has beside its divisions (机关党委, 直属机关党委,
 * 机关纪委, 机关工会), which its plan lists among them: （人事处、机关党委）.
 */
const ORGAN_PARTY_BODY = /^(?:直属)?机关(?:党委|纪委|工会)$/;

/** 市局, 省局, 区局, 县局 before a division's name: the issuing department itself. */
const SELF_BEFORE = /^[省市区县]局(?=[\u4e00-\u9fff]{2})/;

/**
 * The department's own units as one group, as its notice addresses them (市局各科室、直属单位):
 * 直属单位, 局直属单位, 市局直属各单位. Any department has them; no registry of bodies lists them.
 */
export function isOwnUnitsGroup(name: string): boolean {
  return OWN_UNITS.test(name);
}

const OWN_UNITS = /^(?:[省市区县]?局)?直属(?:各)?单位$/;

/**
 * A body of the issuing department's own that its own plan names by its function alone, as the
 * department's staff do: an internal bureau or its law-enforcement corps (执法稽查局, 质量发展局 of a
 * province's 市场监管局, 稽查支队), a centre or an institute it runs (信息中心). What such bodies
 * are and are called differs by department, level and city — `../shared/data/provincial-and-units.md`
 * §5 lists the government's departments, not what is inside them — so no list can hold them; a
 * name is read as one where nothing else reads it: no level word, a body's ending, no reading by
 * the registry as written or with the plan's level word (工信局 is 市工信局 with its 市 left out,
 * still reported; an institute the department runs, 计量所, is its own), no name from before a reform (质监局) and no registry name it is a near miss of
 * (市场监督局 is a slip of 市市场监管局). `word` is the plan's level word.
 */
export function isIssuersOwnBody(name: string, registry: UnitRegistry, word: string): boolean {
  if (!OWN_BODY.test(name) || leadingLevelWord(name) !== null) return false;
  if (registry.isKnown(name) || successorOf(name, registry, word) !== null) return false;
  // An institute a 市场监管局 runs (units/institutes.ts), which its own staff name without the
  // level word (计量所, 12315投诉举报中心): the department's own body, not a department short of its 市.
  const placed = registry.resolve(word + name);
  if (placed !== null) return placed.entry.source === SOURCES.institute;
  return nearestUnitNames(name, registry, NO_NAMES_USED, 1, word).length === 0;
}

/**
 * A function of two characters or more and an ending of a body a department runs; a hotline's
 * number may name the function (12315指挥中心, 12345热线服务中心: the number is what the public dials).
 */
const OWN_BODY = /^(?:\d{5,6})?[\u4e00-\u9fff]{2,12}(?:局|支队|大队|中心|所|院|站)$/;
const NO_NAMES_USED: ReadonlySet<string> = new Set();

/**
 * Whether a name a department's own plan writes is one of the issuer's own (its divisions, its
 * system's bodies by place, its units as a group, its bodies by function): no unit missing from
 * the registry. `departments` is `issuingDepartments`; `word` the plan's level word.
 */
export function isIssuersOwn(name: string, registry: UnitRegistry, departments: ReadonlySet<string>, word: string): boolean {
  return isDivisionName(name) || isOwnSystemName(name) || isOwnUnitsGroup(name) || isDivisionOfBody(name, registry, departments) || isIssuersOwnBody(name, registry, word) || isNamedAfterIssuer(name, departments);
}

/**
 * A body a department's own plan names by the department's own name and a body's ending
 * (省交通运输工程质量监督管理局, 省交通运输信息中心, 省交通运输科学研究院有限公司 in a 交通运输厅's
 * plan; 市市场监管综合行政执法支队 in a 市市场监管局's): a 直属单位 the department set up and named
 * after itself, as each department does in its own way, so no registry lists them. The level
 * word and the issuer's name without its ending (交通运输 of 省交通运输厅), then two characters or
 * more that end as a body; the issuer's own divisions (…厅办公室) are isDivisionName's.
 */
export function isNamedAfterIssuer(name: string, departments: ReadonlySet<string>): boolean {
  if (!BODY_NAMED_AFTER_ISSUER.test(name)) return false;
  for (const department of departments) {
    const word = leadingLevelWord(department);
    if (word === null || !BODY_BEFORE_DIVISION.has(department.charCodeAt(department.length - 1))) continue;
    const stem = department.slice(0, -1);
    if (stem.length - word.length >= 2 && name.length - stem.length >= 2 && name.startsWith(stem)) return true;
  }
  return false;
}

/** The endings of the bodies a department runs: its bureaus, corps, centres, institutes, stations and companies. */
const BODY_NAMED_AFTER_ISSUER = /(?:局|总队|支队|大队|中心|所|院|站|公司)$/;

/**
 * What a name isIssuersOwn reads is to the issuer, for the editor to say it in the drafter's
 * words: a division (计量科, 市局办公室, 市市场监管局质量发展科), its 分局 by place (章贡分局), the
 * bureau of its system in a county by place (于都县局 — a body of its own, not a part of the
 * issuer's), a body it names by function (执法稽查局, 12315指挥中心), or its units as one group
 * (直属单位). `departments` is `issuingDepartments`.
 */
export type OwnUnitKind = "division" | "branch" | "countyBureau" | "body" | "group";

export function ownUnitKind(name: string, registry: UnitRegistry, departments: ReadonlySet<string>): OwnUnitKind {
  if (isOwnUnitsGroup(name)) return "group";
  if (isDivisionName(name) || isDivisionOfBody(name, registry, departments)) return "division";
  if (isOwnSystemName(name)) return BRANCH_BY_PLACE.test(name) ? "branch" : "countyBureau";
  return "body";
}

/**
 * A name a department's own plan gives a body of its own system: a 分局 by its district or zone
 * (章贡分局, 经开区分局, 蓉江新区分局: the city bureau's branches, which its plan names by place
 * alone) or the system's bureau of a county by the county's name (南康区局, 于都县局, 瑞金市局:
 * the 南康区市场监管局 its notice goes to as 各县（市、区）局). No level word opens it: 区分局,
 * 县局 name no place.
 */
export function isOwnSystemName(name: string): boolean {
  return (BRANCH_BY_PLACE.test(name) || COUNTY_BUREAU_BY_PLACE.test(name)) && leadingLevelWord(name) === null;
}

/**
 * The registry's name of a body of the issuer's own system that its own plan names by place, or
 * null: the county bureau by the county (于都县局 is 于都县市场监管局 in a 市场监管局's plan, 瑞金市局
 * 瑞金市市场监管局) and the issuer's own 分局 by its district or zone (章贡分局 is 市市场监管局章贡分局,
 * 经开区分局 市市场监管局经开区分局) — so that the group terms they belong to (各县（市、区）市场监管局,
 * 各分局) reach them, as they reach the full names, in the body's own task list. Only a plan one
 * department issues says whose system it is.
 */
export function ownSystemBureau(name: string, departments: ReadonlySet<string>, registry: UnitRegistry): string | null {
  if (departments.size !== 1 || leadingLevelWord(name) !== null) return null;
  const [department] = departments as Set<string>;
  const word = leadingLevelWord(department!);
  if (word === null) return null;
  const full = COUNTY_BUREAU_BY_PLACE.test(name) ? name.slice(0, -1) + department!.slice(word.length) : BRANCH_BY_PLACE.test(name) ? department! + name : null;
  return full !== null && registry.resolve(full) !== null ? full : null;
}

/** A place or a zone, then 分局 (章贡分局, 经开区分局). */
const BRANCH_BY_PLACE = /^[\u4e00-\u9fff]{2,6}分局$/;
/** A county's, a district's or a county-level city's name and its level word, then 局 (南康区局). */
const COUNTY_BUREAU_BY_PLACE = /^[\u4e00-\u9fff]{2,4}[区县市旗]局$/;

const GOVERNMENT = /(?:人民政府|政府)(?:办公室|办公厅)?$/;
/** 局办公室, 计量科, 认证认可与检验检测监督管理科, 特种设备安全监察科, 政策法规处, 督查室. */
const DIVISION = /^(?:局|厅|委)?[\u4e00-\u9fff]{2,16}[科处股室]$/;
