import type { Span } from "../model/types.js";

/**
 * The words a list of indicators writes once for all of them. Drafters write
 * `规模以上工业企业质量标准、品牌、管理体系认证覆盖率分别达到90%、80%、95%`: one phrase, its scope
 * (规模以上工业企业) said at the start and its measure (覆盖率) at the end, the items between
 * them bare nouns. Read item by item, 品牌 was an indicator of 80% and matched no parent's;
 * each item is completed here with the words the list shares, so that it names what it measures
 * (规模以上工业企业品牌覆盖率) and is compared with a parent's indicator of that name
 * (农产品质量安全例行监测、食品抽检合格率 → 农产品质量安全例行监测合格率, 食品抽检合格率).
 *
 * Conservative by design, as a wrong completion names an indicator the plan never set:
 * - the tail spreads only when the last item ends on a measure and every earlier item is a bare
 *   noun without one of its own (A合格率、B合格率 are each complete);
 * - the head spreads only with the tail (the list is then one phrase), only where it is a scope
 *   (规模以上…企业, 重点…行业), and never onto an item that names its own subject (…企业, 全社会…).
 * The items' spans stay the words written: the completion is the name read, not the text.
 */

/**
 * Words between a measured thing and its rate that the items of a list share with it (质量合格率, 增加值占比,
 * 抽检合格率, 例行监测合格率): taken with the rate, unless an item ends on one itself.
 */
const MEASURE_MODIFIER = "质量|抽检|抽查|监督抽查|例行监测|监测|检验|检测|增加值";
/** A rate of two characters and 率 (覆盖率, 合格率, 普及率), a degree of opinion, a share. */
const RATE = "[\\u4e00-\\u9fff]{2}率|满意度|知晓度|知名度|美誉度|信任度|认可度|占比|比重|比例";
/** The measure a list's last item ends on, with the modifiers before it: the tail the list shares. */
const SHARED_TAIL = new RegExp(`(?:${MEASURE_MODIFIER})*(?:${RATE})$`);
/** The rate alone at the end of a tail (合格率 of 抽检合格率). */
const RATE_ALONE = new RegExp(`(?:${RATE})$`);
/** An item that ends on a modifier of its own (食品抽检): it takes the rate alone. */
const ENDS_ON_MODIFIER = new RegExp(`(?:${MEASURE_MODIFIER})$`);
/**
 * An item with a measure of its own, at its end: a rate, a count, an amount, an index, a share, a
 * degree (制度 too: such an item is left as written).
 */
const OWN_MEASURE = /(?:率|数|量|额|值|指数|占比|比重|比例|度|强度)$/;
/** A scope at a list's start: 规模以上工业企业, 规上企业, 限额以上企业, 重点行业, 重点企业. */
const SHARED_HEAD = /^(?:规模以上|规上|限额以上|重点)[\u4e00-\u9fff]{0,6}?(?:企业|行业|领域)/;
/** An item that names its own subject or scope: the head is not spread onto it. */
const OWN_SUBJECT = /企业|行业|领域|产业|^(?:全社会|全国|全省|全市|全县|全区|城乡|城镇|农村|规模以上|规上|限额以上|重点)/;

/**
 * The items of a list (split at 、, 和 …, each trimmed) completed with the head and tail they share,
 * in place; a list that is not elliptical is left as it is.
 */
export function withSharedWords(items: Array<{ text: string; span: Span }>): void {
  if (items.length < 2) return;
  const last = items[items.length - 1]!.text;
  const tail = SHARED_TAIL.exec(last);
  if (tail === null || tail.index === 0) return;
  const earlier = items.slice(0, -1);
  if (earlier.some((item) => OWN_MEASURE.test(item.text))) return;
  // The head is read before the tail completes the first item: a scope alone (重点企业、…) is an item, not a head.
  const head = SHARED_HEAD.exec(items[0]!.text);
  const spreadsHead = head !== null && head[0].length < items[0]!.text.length;
  const rate = RATE_ALONE.exec(tail[0])![0];
  for (const item of earlier) item.text += ENDS_ON_MODIFIER.test(item.text) ? rate : tail[0];
  if (!spreadsHead) return;
  for (let i = 1; i < items.length; i++) {
    const item = items[i]!;
    if (!OWN_SUBJECT.test(item.text)) item.text = head![0] + item.text;
  }
}
