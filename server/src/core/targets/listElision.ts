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
 * The tail is the whole phrase after the last item's own words (重点行业、中小企业质量管理体系认证
 * 覆盖率: 质量管理体系认证覆盖率, not 覆盖率 alone, which named 重点行业覆盖率, a rate of nothing).
 * Conservative by design, as a wrong completion names an indicator the plan never set:
 * - the tail spreads only when the last item ends on a measure (a rate, a share, a count) and
 *   every earlier item is a bare noun without one of its own (A合格率、B合格率 are each complete);
 * - the head spreads only with the tail (the list is then one phrase), only where it is a scope
 *   (规模以上…企业, 重点…行业), and never onto an item that names its own subject (…企业, 全社会…).
 * The items' spans stay the words written: the completion is the name read, not the text.
 */

/**
 * Words that open the phrase a list's items share, between a measured thing and its measure
 * (质量合格率, 抽检合格率, 例行监测合格率, 增加值占比, 安全事故发生率): where the last item has one,
 * the shared tail starts there; an item that ends on one of its own (食品抽检, 食品安全) takes the
 * tail after the openers it starts with.
 */
const MEASURE_MODIFIER = "质量|安全|抽检|抽查|监督抽查|例行监测|监测|检验|检测|增加值";
/** A rate of two characters and 率 (覆盖率, 合格率, 普及率), a degree of opinion, a share. */
const RATE = "[\\u4e00-\\u9fff]{2}率|满意度|知晓度|知名度|美誉度|信任度|认可度|占比|比重|比例";
/** A count a list's items share (安全事故起数, 专利数量): a measure as a rate is. */
const COUNT = "起数|次数|件数|个数|数量|总数|总量";
/** The measure a list's last item ends on: what makes the list one indicator phrase. */
const MEASURE_AT_END = new RegExp(`(?:${RATE}|${COUNT})$`);
/** The openers of a shared tail, in a row, at the tail's start (抽检 of 抽检合格率, 质量安全 of 质量安全事故起数). */
const OPENERS = new RegExp(`^(?:${MEASURE_MODIFIER})+`);
/** The first opener of a shared phrase in the last item, after its own words (the 安全 of 特种设备安全事故发生率). */
const FIRST_OPENER = new RegExp(`(?<=[\\u4e00-\\u9fff])(?:${MEASURE_MODIFIER})`);
/** The measure alone at the end (覆盖率 of 管理体系认证覆盖率): the tail where the last item has no opener. */
const MEASURE_ALONE = new RegExp(`(?:${MEASURE_MODIFIER})*(?:${RATE}|${COUNT})$`);
/** An item that ends on an opener of its own (食品抽检, 农产品质量安全例行监测). */
const ENDS_ON_MODIFIER = new RegExp(`(?:${MEASURE_MODIFIER})$`);
/**
 * Who or what a scope names (重点行业, 中小企业, 重点领域): earlier items that all end on one are
 * scopes, and the last item's scope is its words up to its first run of them (中小企业 of
 * 中小企业质量管理体系认证覆盖率); what follows is the phrase every scope of the list is measured by.
 */
const SCOPE_NOUN = "企业|行业|领域|产业|单位|机构|园区|主体";
const ENDS_ON_SCOPE = new RegExp(`(?:${SCOPE_NOUN})$`);
const LEADING_SCOPE = new RegExp(`^[\\u4e00-\\u9fff]*?(?:${SCOPE_NOUN})+`);
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
 * The phrase a list's items share: the whole of the last item after its own words, the part that
 * stands beside the earlier items. After a scope where the earlier items are scopes (重点行业、
 * 中小企业质量管理体系认证覆盖率: 质量管理体系认证覆盖率), else from the first opener (特种设备安全
 * 事故发生率: 安全事故发生率), else the measure alone (…、品牌、管理体系认证覆盖率: 覆盖率). Null where
 * the last item ends on no measure (a list of things each named) or is the measure alone.
 */
function sharedTail(last: string, earlier: ReadonlyArray<{ text: string }>): string | null {
  if (!MEASURE_AT_END.test(last)) return null;
  let at: number | undefined;
  if (earlier.every((item) => ENDS_ON_SCOPE.test(item.text))) at = LEADING_SCOPE.exec(last)?.[0].length;
  at ??= FIRST_OPENER.exec(last)?.index ?? MEASURE_ALONE.exec(last)!.index;
  return at > 0 && at < last.length ? last.slice(at) : null;
}

/**
 * The items of a list (split at 、, 和 …, each trimmed) completed with the head and tail they share,
 * in place; a list that is not elliptical is left as it is.
 */
export function withSharedWords(items: Array<{ text: string; span: Span }>): void {
  if (items.length < 2) return;
  const last = items[items.length - 1]!.text;
  const earlier = items.slice(0, -1);
  if (earlier.some((item) => OWN_MEASURE.test(item.text))) return;
  const tail = sharedTail(last, earlier);
  if (tail === null) return;
  // The head is read before the tail completes the first item: a scope alone (重点企业、…) is an item, not a head.
  const head = SHARED_HEAD.exec(items[0]!.text);
  const spreadsHead = head !== null && head[0].length < items[0]!.text.length;
  // An item that ends on an opener (食品抽检) writes it already: it takes the tail after its openers.
  const afterOpeners = tail.slice(OPENERS.exec(tail)?.[0].length ?? 0);
  for (const item of earlier) item.text += ENDS_ON_MODIFIER.test(item.text) && afterOpeners !== "" ? afterOpeners : tail;
  if (!spreadsHead) return;
  for (let i = 1; i < items.length; i++) {
    const item = items[i]!;
    if (!OWN_SUBJECT.test(item.text)) item.text = head![0] + item.text;
  }
}

/**
 * Who or what a list's shared figure is of, at the first item's start: the words up to the first
 * noun of whom or what is measured (主要农作物 of 主要农作物化肥, 规模以上工业企业 of 规模以上工业企业
 * 产值), with words before that noun (企业 alone is a noun of the item: 企业标准、团体标准数量).
 */
const SUBJECT_HEAD = new RegExp(`^[\\u4e00-\\u9fff]+?(?:${SCOPE_NOUN}|作物)+`);
/** The most characters an item's own noun has where a subject is said once for the list (化肥, 农药, 营业收入). */
const OWN_NOUN_MAX = 4;
/** A later item that opens on a subject of its own (企业…, 作物…, 全市…): the first item's is not its. */
const OWN_SUBJECT_OR_CROP = new RegExp(`${OWN_SUBJECT.source}|作物`);

/**
 * The items of a list whose figure is shared (`A、B均达到…`, 都, 分别) completed with the subject the
 * first item opens on: `主要农作物化肥、农药利用率均达到43%以上` sets the rate of both on the main
 * crops (主要农作物农药利用率, not a 农药利用率 of every use), `规模以上工业企业产值、利润均增长10%`
 * the profit of the same enterprises. Only where every item is a short noun of its own — at most
 * OWN_NOUN_MAX characters before its measure — after that subject: 农产品质量安全例行监测、食品抽检
 * 合格率 are two indicators each named in full, and an item naming a subject of its own keeps it.
 * Run after withSharedWords, which has given each item the measure the list writes once.
 */
export function withSharedSubject(items: Array<{ text: string; span: Span }>): void {
  if (items.length < 2) return;
  const first = items[0]!.text;
  const head = SUBJECT_HEAD.exec(first)?.[0];
  if (head === undefined || !isOwnNoun(first.slice(head.length))) return;
  const later = items.slice(1);
  if (later.some((item) => item.text.startsWith(head) || OWN_SUBJECT_OR_CROP.test(item.text) || !isOwnNoun(item.text))) return;
  for (const item of later) item.text = head + item.text;
}

/** Whether a name is a short noun of its own, with or without its measure (化肥利用率, 利润). */
function isOwnNoun(name: string): boolean {
  const measure = MEASURE_ALONE.exec(name);
  const own = measure === null ? name.length : measure.index;
  return own > 0 && own <= OWN_NOUN_MAX;
}

/**
 * The kinds a designation names before its noun (国家知识产权示范企业, …优势企业, 省级…领军企业): a
 * list of them writes the qualifier once, `新增国家知识产权示范企业10家、优势企业40家` — the second is
 * 国家知识产权优势企业, the designation a reviewer names, not 优势企业 alone.
 */
const DESIGNATED_KIND = "示范|优势|领军|标杆|骨干|龙头|试点|引领|头部";
/** An item that is a kind and a noun only (优势企业): groups the kind, the noun. */
const BARE_KIND = new RegExp(`^(${DESIGNATED_KIND})([\\u4e00-\\u9fff]{1,4})$`);
/** The kind a name ends on before its noun. */
const KIND_AT_END = new RegExp(`(?:${DESIGNATED_KIND})$`);
/**
 * The words a list writes once for its kinds: a level or a place (国家级, 省级, 市级以上, 江西省),
 * alone or with the body whose designations they are (国家知识产权: CNIPA names both 示范 and 优势
 * enterprises). A field or programme word (省级质量标杆企业, 制造业单项冠军示范企业) names one
 * designation, not a scope its other kinds share: 省级质量示范企业 would be a name the list never
 * wrote. 强 before the level is a programme's (质量强市), no place.
 */
const SCOPE_QUALIFIER = /^(?:国家|全国|(?:全|[\u4e00-\u9fff]{2,4}?(?<!强))?(?:省|自治区|市|州|县|区))级?(?:以上)?(?:知识产权)?$/;

/**
 * The name of `item`, a bare kind of a designation (优势企业), in a list whose item before it
 * (`previous`, as completed) names another kind of the same noun after words of its own
 * (国家知识产权示范企业): those words and the item (国家知识产权优势企业), where they are a scope
 * (SCOPE_QUALIFIER). Null for any other item — one with words of its own (省级优势企业), another
 * noun (示范园区), after a first item with nothing before its kind (龙头企业、骨干企业) or with
 * more than a scope (省级质量标杆企业): no name is made the list does not write.
 */
export function withSharedQualifier(previous: string, item: string): string | null {
  const bare = BARE_KIND.exec(item);
  if (bare === null) return null;
  const noun = bare[2]!;
  if (!previous.endsWith(noun)) return null;
  const kind = KIND_AT_END.exec(previous.slice(0, previous.length - noun.length));
  if (kind === null || kind[0] === bare[1]) return null;
  const qualifier = previous.slice(0, kind.index);
  return SCOPE_QUALIFIER.test(qualifier) ? qualifier + item : null;
}
