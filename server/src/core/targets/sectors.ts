import { subjectOf } from "../parents/subject.js";

/**
 * The sectors a plan's title and a goal's indicator name. The national outline sets goals across
 * sectors (制造业, 农产品 and 食品, 工程, 服务) beside economy-wide ones (单位GDP资源能源消耗); a
 * sector plan (建筑工程质量提升行动方案, 食品安全…方案) carries out the outline on its own sector,
 * and is asked for that sector's goals only (targets/parent-not-localised). A plan whose title
 * names no sector (质量强市建设实施方案) is asked for them all.
 */
interface Sector {
  name: string;
  /** What a plan's title (its subject, without issuer, place and genre) names the sector by. */
  title: RegExp;
  /** What an indicator's name names it by. */
  indicator: RegExp;
}

const SECTORS: readonly Sector[] = [
  { name: "工程", title: /建筑|建设工程|工程质量|住房|房屋|公路|水利|水运|铁路|市政|交通建设/, indicator: /工程/ },
  // 食品安全 covers the 食用农产品 it is made of: the outline pairs their goals (均达到98%以上).
  { name: "食品", title: /食品/, indicator: /食品|农产品/ },
  { name: "农产品", title: /农产品|农业|种植业|畜牧|渔业/, indicator: /农产品|农业/ },
  { name: "制造业", title: /制造|工业|(?<!农)产品质量|消费品|特种设备/, indicator: /制造业|工业|(?<!农)产品质量|消费品/ },
  { name: "服务", title: /服务业|服务质量|生活性服务|生产性服务|公共服务/, indicator: /服务/ },
  // Quality infrastructure and brands: plans of their own, with no quantified goal of the outline.
  { name: "质量基础设施", title: /计量|标准化|认证认可|检验检测|质量基础设施/, indicator: /实验室|质量基础设施|计量|检验检测/ },
  { name: "品牌", title: /品牌/, indicator: /品牌/ },
];

/** The sectors a plan's title names, or null for a plan whose title names none (a plan on quality as a whole). */
export function sectorsOfTitle(title: string | null | undefined): ReadonlySet<string> | null {
  if (!title) return null;
  const subject = subjectOf(title);
  if (subject === "") return null;
  const found = new Set<string>();
  for (const sector of SECTORS) if (sector.title.test(subject)) found.add(sector.name);
  return found.size > 0 ? found : null;
}

/** Whether a goal's indicator is in one of the sectors (an indicator of no sector, 单位GDP资源能源消耗, is in none). */
export function indicatorInSectors(indicator: string, sectors: ReadonlySet<string>): boolean {
  for (const sector of SECTORS) if (sectors.has(sector.name) && sector.indicator.test(indicator)) return true;
  return false;
}
