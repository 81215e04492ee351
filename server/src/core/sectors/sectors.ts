import type { PlanDocument } from "../model/types.js";
import { subjectOf } from "../parents/subject.js";

/**
 * The sectors a plan's title and a goal's indicator name. The national outline sets goals and
 * tasks across sectors (制造业, 农产品 and 食品, 工程, 服务) beside economy-wide ones (单位GDP资源
 * 能源消耗, 质量治理); a sector plan (建筑工程质量提升行动方案, 食品安全…方案) carries out the
 * outline on its own sector: it is asked for that sector's goals only (targets/parent-not-localised)
 * and its coverage counts that sector's items and the ones common to all (sectors/scope.ts). A
 * plan whose title names no sector (质量强市建设实施方案) is asked for them all.
 */
export interface Sector {
  /** The sector's key in the scope table (outline-scope.json) and everywhere a sector is named in code. */
  name: string;
  /** How a report names it: 建设工程领域. */
  label: string;
  /** What a plan's title (its subject, without issuer, place and genre) names the sector by. */
  title: RegExp;
  /** What an indicator's name names it by. */
  indicator: RegExp;
}

/**
 * A product a plan of its own is about, named before 质量安全 or 质量提升: a few words and the word of
 * an artefact they end on (自行车's 车, 燃气具's 具, 儿童用品's 用品, 电器, 电线电缆, 服装, 头盔), from
 * the subject's start or after a place's last character (某市电动自行车). Services (医疗质量安全),
 * works (交通运输) and the other sectors' goods (食品, 药品, 农产品) end on none of these words. A lift
 * or a gas cylinder is special equipment (below), not a product at large.
 */
const PRODUCT = "(?<=^|[省市州盟县区旗])[\\u4e00-\\u9fff]{1,6}?(?:车|具|用品|电器|电缆|电线|服装|鞋|头盔)(?=质量(?:安全|提升))";

export const SECTORS: readonly Sector[] = [
  { name: "工程", label: "建设工程", title: /建筑|建设工程|工程质量|住房|房屋|公路|水利|水运|铁路|市政|交通建设/, indicator: /工程/ },
  // 食品安全 covers the 食用农产品 it is made of: the outline pairs their goals (均达到98%以上).
  { name: "食品", label: "食品", title: /食品/, indicator: /食品|农产品/ },
  // The outline's drugs, vaccines and medical devices (（十）'s 药品和疫苗全生命周期管理, 医疗器械审评审批):
  // a 药品安全 plan is a sector plan as a 食品安全 one is. Not 医药: 生物医药产业 is an industry (制造业).
  { name: "药品", label: "药品", title: /药品|药械|医疗器械|疫苗/, indicator: /药品|医疗器械|疫苗/ },
  { name: "农产品", label: "农产品", title: /农产品|农业|种植业|畜牧|渔业/, indicator: /农产品|农业/ },
  // A product's own quality-safety or quality plan (电动自行车质量安全, 燃气具质量安全提升, 儿童用品质量安全
  // 守护) is a manufacturing one, as a 产品质量 plan is: the product named by what it is, an artefact's
  // word at its end (PRODUCT), right before 质量安全 or 质量提升, after the title's start or a place.
  { name: "制造业", label: "制造业和工业产品", title: new RegExp(`制造|工业|(?<!农)产品质量|消费品|${PRODUCT}`), indicator: /制造业|工业|(?<!农)产品质量|消费品/ },
  // Boilers, pressure vessels, lifts: a plan on their safety is one of supervision and periodic
  // inspection, not of manufacturing at large (docs/sectors.md). No quantified goal of the outline.
  { name: "特种设备", label: "特种设备", title: /特种设备|(?:电梯|气瓶)(?:质量)?安全/, indicator: /特种设备|电梯|气瓶|锅炉/ },
  { name: "服务", label: "服务业", title: /服务业|服务质量|生活性服务|生产性服务|公共服务/, indicator: /服务/ },
  // Quality infrastructure and brands: plans of their own, with no quantified goal of the outline.
  { name: "质量基础设施", label: "质量基础设施", title: /计量|标准化|认证认可|质量认证|检验检测|质量基础设施/, indicator: /实验室|质量基础设施|计量|检验检测/ },
  // A firm's quality management (（二十）: 质量管理体系, 首席质量官, 卓越绩效): a 小微企业质量管理体系认证提升行动
  // or a 首席质量官 plan works on firms' management, with no quantified goal of the outline.
  { name: "企业质量管理", label: "企业质量管理", title: /质量管理体系|首席质量官|全面质量管理|卓越绩效/, indicator: /质量管理/ },
  // A 地理标志 is a place's public brand (地理标志品牌): a 地理标志保护运用 plan is one of brands.
  { name: "品牌", label: "品牌", title: /品牌|地理标志/, indicator: /品牌/ },
];

/**
 * A title about quality as a whole at some level (质量强市, 质量强县 — subjectOf writes them 质量强X):
 * its plan carries out the whole outline whatever sector its title also names
 * (质量强市建设暨品牌建设实施方案 is still the city's quality-power plan).
 */
const WHOLE_QUALITY = /质量强X/;

/** The sectors a plan's title names, or null for a plan whose title names none (a plan on quality as a whole). */
export function sectorsOfTitle(title: string | null | undefined): ReadonlySet<string> | null {
  const found = new Set(sectorWordsOfTitle(title).keys());
  return found.size > 0 ? found : null;
}

/**
 * The words by which a title names its sectors, by sector (计量 of 计量发展实施方案 for 质量基础设施):
 * the subject the plan's tasks share (xref/mapping.ts `planSubjectOf`). Empty for a title about
 * quality as a whole.
 */
export function sectorWordsOfTitle(title: string | null | undefined): ReadonlyMap<string, string> {
  const found = new Map<string, string>();
  if (!title) return found;
  const subject = subjectOf(title);
  if (subject === "" || WHOLE_QUALITY.test(subject)) return found;
  for (const sector of SECTORS) {
    const word = sector.title.exec(subject);
    if (word !== null) found.set(sector.name, word[0]);
  }
  return found;
}

/** The sectors of a plan, by its title as its front matter or its text gives it (sectorsOfTitle). */
export function planSectors(plan: PlanDocument): ReadonlySet<string> | null {
  return sectorsOfTitle(plan.metadata.title ?? plan.title?.text);
}

/** Whether a goal's indicator is in one of the sectors (an indicator of no sector, 单位GDP资源能源消耗, is in none). */
export function indicatorInSectors(indicator: string, sectors: ReadonlySet<string>): boolean {
  for (const sector of SECTORS) if (sectors.has(sector.name) && sector.indicator.test(indicator)) return true;
  return false;
}

/** The sectors' labels as a report names them, in SECTORS' order: ["食品", "农产品"]. */
export function sectorLabels(sectors: ReadonlySet<string>): string[] {
  return SECTORS.filter((sector) => sectors.has(sector.name)).map((sector) => sector.label);
}
