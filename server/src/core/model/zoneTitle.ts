import type { PlanDocument } from "./types.js";

/**
 * What a plan's metadata says about a development zone (开发区, 高新区, 经开区, 新区 …) being its
 * place: the words a zone's plan is issued and titled with. Read by the units (whose bodies a
 * zone's plan names: units/documentLevel.ts) and by the targets (whose indicator a zone's word
 * belongs to: targets/zoneArea.ts); one reading, so the two never disagree on what a zone's
 * plan is.
 */

/** A zone's issuer: its 管委会 (管理委员会), the last of joint issuers (中共××工委 ××管理委员会). */
export const ZONE_ISSUER = /(?:管委会|管理委员会)$/;

/**
 * The year a work plan's title may open with (2024年赣州经开区质量工作要点, 二〇二四年度…): no part of
 * the place the title names after it.
 */
const LEADING_YEAR = /^(?:\d{4}|[〇零一二三四五六七八九]{4})\s*年度?/;

/** A title that opens with a zone's name: a place (or none: 高新区…) and a zone's word. */
const ZONE_OF_TITLE = /^([\u4e00-\u9fff]{0,14}?(?:开发区|高新区|经开区|新区|园区|保税区|综保区|度假区))/;

/** The plan's title without a leading year: the place it names comes first. */
export function placeTitleOf(plan: PlanDocument): string | undefined {
  return plan.metadata.title?.replace(LEADING_YEAR, "");
}

/** The zone a title opens with (赣州经开区 of 赣州经开区质量提升行动方案), or null. */
export function zoneOfTitle(title: string | undefined): string | null {
  return title ? (ZONE_OF_TITLE.exec(title)?.[1] ?? null) : null;
}
