import { COUNT_LEAD, COUNT_VERB, DOER_BEFORE_OFTEN, FREQUENCY, LEADING_COUNT_VERBS, MEANS_BEFORE_COUNT_VERB, URGED_TO_OWN_DOING, countStartAfterMeans } from "./figureWords.js";
import { FUNDING_VERBS, PAYER } from "./funding.js";
import { measureKind, unitMagnitude } from "./measureUnits.js";

/**
 * What brings a count about, written before its verb, and so no word of the verb nor of what is
 * counted: who does the work or for whom (figureWords.ts MEANS_BEFORE_COUNT_VERB), the money a plan
 * puts into it (安排资金支持建设消费维权服务站20个: 20 stations built, not 20 of 资金支持建设…), and whom
 * a service reaches before the work it helps them do (指导企业制修订标准80项: 80 standards, 制修订 the
 * count's verb). The figure's unit says which words the figure counts: 家, 户, 人次 count whom the
 * service reaches (指导企业建设质量管理体系100家: 100 enterprises guided, 指导 the verb as before),
 * 项, 件, 个 what is made or done.
 */

/** Whom a service reaches: enterprises and the like, of a kind or not (重点企业, 小微企业, 个体工商户). */
export const WHOM = "(?:中小微?|小微|民营|规上|规模以上|重点|各类|外贸|出口|龙头|骨干|科技型|高新技术|食品生产|辖区)?(?:企业|经营主体|市场主体|个体工商户|生产经营者|经营者|农户|合作社)";
/** The verbs of whom the work reaches (figureWords.ts REACH_VERBS), as they open a count before whom they reach. */
const REACH = "指导|帮扶|辅导|服务|走访|惠及";
/** Groups: the count's lead (每年, 累计: COUNT_LEAD), the reach verb, whom it reaches. */
const WHOM_REACHED = new RegExp(`^(${COUNT_LEAD})(${REACH})(${WHOM})(?=[^，,；;。：:\\d]{2})`);
/** The units that count whom the work reaches, in tens of thousands or not (家, 家次, 户, 名, 人次). */
const WHOM_UNITS = new Set(["家", "家次", "户", "户次", "名", "人", "人次", "位"]);
export const countsWhom = (unit: string): boolean => WHOM_UNITS.has(unitMagnitude(unit).unit);

/** A reach verb and whom it reaches before another count's verb (指导企业制修订…80项), where the unit counts no one reached: a means-shaped match (group 1 the lead), else null. */
function reachMeans(words: string, unit: string): RegExpExecArray | null {
  if (countsWhom(unit)) return null;
  const reached = WHOM_REACHED.exec(words);
  return reached !== null && COUNT_VERB.test(words.slice(reached[0].length)) ? reached : null;
}

/**
 * Whom a reach verb opening a count reaches, where the unit counts no one reached and no count's
 * verb follows (指导企业注册商标500件: 500 trademarks, 指导 still the verb): the reach verb's end and
 * whom's, for the noun to start after them; null otherwise.
 */
export function whomReached(words: string, unit: string): { verbEnd: number; end: number } | null {
  if (countsWhom(unit)) return null;
  const reached = WHOM_REACHED.exec(words);
  return reached === null ? null : { verbEnd: reached[1]!.length + reached[2]!.length, end: reached[0].length };
}

/**
 * Money put into the work before the count's verb (安排资金支持建设…20个, 统筹资金用于建设…5个,
 * 市财政投入专项资金支持建设…): the means, in a count of things only — a sum in money after it is
 * the sum funded (funding.ts). Group 1: the count's lead, less how often, which is the funding's
 * (每年安排资金支持建设…5个: the money comes each year, the 5 are built over the period).
 */
const FUNDS_BEFORE_COUNT = new RegExp(`^(${COUNT_LEAD})(?:${PAYER})?\\s*(?:${FREQUENCY}|年均)?\\s*(?:${FUNDING_VERBS})[^，,；;。：:\\d]{0,8}?(?:资金|经费)(?:重点)?(?:支持|用于|扶持)(?=${LEADING_COUNT_VERBS})`);
function fundsMeans(words: string, unit: string): RegExpExecArray | null {
  const funds = measureKind(unit) === "money" ? null : FUNDS_BEFORE_COUNT.exec(words);
  if (funds !== null) funds[1] = funds[1]!.replace(HOW_OFTEN, "");
  return funds;
}
const HOW_OFTEN = new RegExp(`${FREQUENCY}|年均`);

/**
 * Who does the work named by a body's word before how often and the count's verb (认证检测机构年服务
 * 企业1000家次, 检验检测中心每年服务…): a doer whatever its first word, which may read as a count's verb
 * (认证, 检测) — a body that ends the words before how often is the one doing the work, never a noun
 * counted with a frequency inside it. Null where the words before how often name no body.
 */
function namedDoer(words: string): RegExpExecArray | null {
  const doer = DOER_BEFORE_OFTEN.exec(words);
  return doer !== null && BODY_END.test(doer[0]) ? doer : null;
}
const BODY_END = /(?:机构|中心|站|所|院|团队|服务团|专家组|部门|单位|协会|联盟)$/;

/** The words before a count's verb that bring it about (see above), as a match whose group 1 is the count's lead; null where there are none. */
export function countMeans(words: string, unit: string): RegExpExecArray | null {
  return URGED_TO_OWN_DOING.exec(words) ?? fundsMeans(words, unit) ?? reachMeans(words, unit) ?? (COUNT_VERB.test(words) ? namedDoer(words) : (MEANS_BEFORE_COUNT_VERB.exec(words) ?? DOER_BEFORE_OFTEN.exec(words)));
}

/** Where a count starts after what brings it about (countMeans, figureWords.ts countStartAfterMeans), and its lead; start 0 where nothing does. */
export function countStartAfter(words: string, unit: string): { start: number; lead: string } {
  const own = URGED_TO_OWN_DOING.exec(words) ?? fundsMeans(words, unit) ?? reachMeans(words, unit);
  return own !== null ? { start: own[0].length, lead: own[1]! } : countStartAfterMeans(words);
}

/** Whether a count's words open on means a count's verb would otherwise be read in (安排资金…, 指导企业制修订…). */
export const opensOnMeans = (words: string, unit: string): boolean => fundsMeans(words, unit) !== null || reachMeans(words, unit) !== null || namedDoer(words) !== null;
