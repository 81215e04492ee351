import type { PlanDocument } from "../model/types.js";

/**
 * A development zone's words before an indicator (园区, 开发区, 高新区 …) name the plan's own area
 * only in a zone's plan: there 园区制造业产品质量合格率 is the outline's 制造业产品质量合格率 in the
 * zone, as 全市… is in a city, and extract.ts leaves the word out. In a city's or a province's plan
 * the zone is a part of its area (开发区产品质量合格率 measures the zones, not the city): the
 * word is the indicator's, and the target is not the whole area's goal that a parent's is.
 */
export function zoneIsOwnArea(plan: PlanDocument): boolean {
  let known = zonePlans.get(plan);
  if (known === undefined) {
    const title = (plan.metadata.title ?? "").replace(LEADING_YEAR, "");
    const issuer = plan.metadata.issuer?.trim().split(/\s+/).pop() ?? "";
    known = ZONE_ISSUER.test(issuer) || ZONE_TITLE.test(title);
    zonePlans.set(plan, known);
  }
  return known;
}

const zonePlans = new WeakMap<PlanDocument, boolean>();

/** The zone words a zone's plan calls its area by, 全 before them or not (全园区). */
export const ZONE_AREA = /^全?(?:园区|新区|高新区|开发区|经开区)/;

/** A title whose place is a zone: a place's name, then a zone's word (南京高新区…, 赣州经济技术开发区…). */
const ZONE_TITLE = /^[\u4e00-\u9fff]{0,14}?(?:开发区|高新区|经开区|新区|园区|保税区|综保区|度假区)/;
/** A zone's issuer: its 管委会 (the last of joint issuers: 中共××工委 ××管理委员会). */
const ZONE_ISSUER = /(?:管委会|管理委员会)$/;
/** The year a work plan's title may open with (2024年××高新区质量工作要点): no part of its place. */
const LEADING_YEAR = /^(?:\d{4}|[〇零一二三四五六七八九]{4})\s*年度?/;
