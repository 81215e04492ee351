import { CUMULATIVE_WORD, FREQUENCY_LEAD, LEADING_COUNT_VERBS, MAKES_WHAT_STANDS } from "./figureWords.js";
import { NEW_THINGS } from "./increments.js";

/** A comparator that says where a figure stands (达到, 达; 累计 and 总数 before it are read apart): a level reached. */
const REACHED = /^达到?$/;
/** A count's verb after the first verb's object: the words are a clause of their own (指导企业建设…), no noun the first verb qualifies. */
const SECOND_VERB = new RegExp(LEADING_COUNT_VERBS);
/**
 * What a verb inside the object may end a name with (获得强制性产品认证企业: 认证企业, the enterprises
 * certified; 获得认证证书的企业: 证书的企业, the enterprises holding them): the holder it describes,
 * what is held before 的 or not, no second clause.
 */
const HOLDER_ONLY = /^(?:[\u4e00-\u9fff]{0,12}的)?(?:企业|单位|机构|组织|主体|产品)$/;

/** Whether the words after the first verb hold a clause of their own (a second verb with an object after it). */
function clauseAfterVerb(words: string): boolean {
  const second = SECOND_VERB.exec(words);
  return second !== null && !HOLDER_ONLY.test(words.slice(second.index + second[0].length));
}

/**
 * Whether a verb opening the words before 达到 names what there is rather than work to count
 * (认证企业达到30家, 培育企业累计达到…): the clause's subject is the enterprises certified, and the
 * figure their total — a level reached, as 获证企业达到30家 and 认证企业总数达到30家 are, never a
 * count of what the period adds — where the verb makes what stands once made (MAKES_WHAT_STANDS:
 * 认证, 培育, 建成; 制修订…达到20项 counts work done). Not what is new (新增…达到, 新认定…达到), a
 * total the verb opens (累计建成…达到: the count's own 累计), a verb with a second verb after its
 * object (指导企业建设…达到: a clause, no noun — but 获得…认证企业达到: 认证企业 the holder, a noun), one of a list given 分别, nor a yearly figure. One
 * reading for a figure in digits (modelTargets.ts) and one in words (textReadings.ts levelInWords).
 */
export function reachedLevel(verb: string, comparator: string, indicators: readonly { text: string }[], meansLead: string): boolean {
  return REACHED.test(comparator) && indicators.length === 1 && meansLead === "" && MAKES_WHAT_STANDS.test(verb) && !clauseAfterVerb(indicators[0]!.text.slice(verb.length)) && !NEW_THINGS.test(verb) && !CUMULATIVE_WORD.test(verb) && !FREQUENCY_LEAD.test(indicators[0]!.text);
}
