/**
 * Rank goals: a place's standing among other places (位居全国前列, 保持全省第一方阵, 进入全国前十,
 * 全省排名前三, 达到国内领先水平). Like a target set against an average (compare.ts `relativeTo`),
 * a rank has no figure of its own: where it leaves the plan's area depends on how the other areas
 * fare, so it is never weighed against a parent's figure — 98% is not "weaker" than 全国前列, nor
 * stronger. A plain direction (稳步提升) ranks nothing and stays a direction.
 */

/** The areas a rank is among (全国, 全省, 国内, 同类城市 …). */
const AREA = "全国|全省|全市|全区|全县|国内|国际|省内|市内|同类城市|同类地区|同行业|行业";
/** The standings: 前列, 前茅, 前十, 前10名, 前3位, 第一方阵, 第一梯队, 首位, 第一, 领先(水平). */
const STANDING = "前列|前茅|前(?:\\d{1,3}|[一二三四五六七八九十百]{1,3})(?:名|位)?|第一方阵|第一梯队|首位|第一|领先水平|领先地位|领先";
/**
 * A rank's phrase as a whole: a verb of standing (位居, 保持, 进入 …) or 排名/位次, an area, then
 * a standing. Group 1 the area. One of the verb or the area is needed: 领先 alone is no rank.
 */
const RANK = new RegExp(
  `^(?:继续|始终|稳定|力争|争取)*(?:保持|位居|稳居|位列|居于|走在|进入|跻身|迈入|达到|处于|排名|排在|排位|名列)?在?(${AREA})?(?:的|同类城市|城市)?(?:排名|位次|排位)?(?:保持|稳定|稳居|位居|进入|居|在)?(?:${STANDING})(?:行列|之列|位置)?$`,
);
/** The words a rank's phrase has at least one of besides its standing. */
const RANK_WORDS = new RegExp(`(?:${AREA})|保持|位居|稳居|位列|居于|走在|进入|跻身|迈入|处于|排名|排在|排位|名列|位次`);
/** What every standing has: 前, 第一, 首位, 领先 — tested before any regex. */
const STANDING_HINT = /前|第一|首位|领先/;

/** A rank a direction's phrase states: the area it is among ("" when unnamed), or null where it states none. */
export function rankAmong(phrase: string | null): { area: string } | null {
  if (!phrase || phrase.length < 3 || !STANDING_HINT.test(phrase)) return null;
  const match = RANK.exec(phrase);
  if (match === null || !RANK_WORDS.test(phrase)) return null;
  return { area: match[1] ?? "" };
}

