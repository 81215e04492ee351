import { PlanMemo } from "../model/planMemo.js";
import type { PlanDocument } from "../model/types.js";
import { placeTitleOf, ZONE_ISSUER, zoneOfTitle } from "../model/zoneTitle.js";

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
    const issuer = plan.metadata.issuer?.trim().split(/\s+/).pop() ?? "";
    known = ZONE_ISSUER.test(issuer) || zoneOfTitle(placeTitleOf(plan)) !== null;
    zonePlans.set(plan, known);
  }
  return known;
}

const zonePlans = new PlanMemo<boolean>();

/**
 * The zone words a zone's plan calls its area by, 全 before them or not (全园区), 内 after them or
 * not (园区内新建工程竣工验收合格率: within the zone, as 全市 is; not 内资, 内部 …, words of their own).
 */
export const ZONE_AREA = /^全?(?:园区|新区|高新区|开发区|经开区)(?:内(?![资部容涵河外需销贸]))?/;

