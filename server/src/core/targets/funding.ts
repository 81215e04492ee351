import type { Span } from "../model/types.js";
import { CUMULATIVE, CUMULATIVE_WORD, FREQUENCY } from "./figureWords.js";
import { trimmed } from "./indicators.js";
import { measureKind } from "./measureUnits.js";

/**
 * A sum a plan funds (保障措施: 市财政每年安排食品安全专项经费不少于3000万元, 各级财政每年投入质量提升
 * 资金不低于1亿元): the target is the sum of what is funded — 食品安全专项经费 — a year's where 每年
 * says so. Who pays (市财政, 各级财政, 市、县两级财政, 市政府) is no word of what is funded, as the units
 * opening a count are none of its noun (subjects.ts reads a payer as a clause's subject: `PAYER`);
 * how often and the funding verb are the comparator's (每年安排不少于: how often before who pays
 * or after), 累计 said there a total over the period (各级财政累计安排专项资金2亿元: `cumulative`, as a
 * count's 累计 is, no word of the comparator), what the payer is bound to (要, 应) no word of either, so that increments.ts reads the sum as a
 * yearly one. Only a sum in money. A name that is only the sum (安排经费, 投入资金: nothing says what is
 * funded) keeps its verb, as a sum recovered does (挽回经济损失, indicatorName.ts), once who pays is
 * read apart (subjects.ts); 财政投入资金 keeps its name, 投入 there naming the sum. A list of sums after one verb (安排专项资金500万元、
 * 奖补资金300万元) funds each (`fundedAlongside`).
 */

/**
 * Who pays: the public purse of a level or of several (各级财政, 市财政, 县级财政, 市、县两级财政,
 * 市县两级财政), its department (各级财政部门), or a government. A body the registry lists (市财政局)
 * is read by subjects.ts as any unit is.
 */
const PURSE = "(?:各级|本级|(?:[省市县区州旗镇乡](?:、)?){1,3}(?:两级|三级|级|本级)?)财政(?:部门)?";
export const PAYER = `(?:${PURSE}|[^，,；;。：:\\d]{0,12}?(?:财政|政府))`;
/** What the payer is bound to do, before the verb (各级财政要安排…): said of every sum a plan funds, no word of one. */
const BOUND = "(?:要|应当|应|将|须|必须)?";
/** The funding verbs; 统筹安排 read whole, not as 统筹 before a noun 安排…. */
export const FUNDING_VERBS = "统筹安排|安排|投入|统筹|落实|列支|拨付|筹集|筹措";
/** What is funded: a noun ending on the sum's word. */
const FUNDED_NOUN = "[^，,；;。：:\\d]*(?:经费|资金|基金)";
/** How often a sum is given (每年, 年均) or that it is a total (累计, 三年累计), before who pays or after. */
const OFTEN_OR_TOTAL = `${FREQUENCY}|年均|${CUMULATIVE}`;
const FUNDING_LEAD = new RegExp(`^(${OFTEN_OR_TOTAL})?\\s*(${PAYER})?\\s*(${OFTEN_OR_TOTAL})?\\s*${BOUND}\\s*(${FUNDING_VERBS})(?=${FUNDED_NOUN}$)`);
/** A noun that is only the sum's word (经费, 资金, 基金): it says nothing of what is funded. */
const ONLY_THE_SUM = /^(?:经费|资金|基金)$/;

/** A payer opening a clause before its funding (各级财政每年安排…, 市、县两级财政要统筹安排…): its length, else 0. */
const PAYER_OPENING = new RegExp(`^${PURSE}(?=\\s*(?:${OFTEN_OR_TOTAL})?\\s*${BOUND}\\s*(?:${FUNDING_VERBS}))`);
export function payerLength(words: string): number {
  return PAYER_OPENING.exec(words)?.[0].length ?? 0;
}

export interface FundedSum {
  /** What is funded, without who pays, how often and the verb. */
  noun: { text: string; span: Span };
  /** How often the sum is given (每年, 年均), or "". */
  frequency: string;
  /** The funding verb (安排, 投入 …), the comparator's. */
  verb: string;
  /** Whether the sum is a total over the period (累计安排…). */
  cumulative: boolean;
}

/** The sum an indicator in `unit` names as funded (`indicator` starts at its span's start), or null. */
export function fundedSum(indicator: { text: string; span: Span }, unit: string): FundedSum | null {
  if (measureKind(unit) !== "money") return null;
  const lead = FUNDING_LEAD.exec(indicator.text);
  if (lead === null) return null;
  const verb = lead[4]!;
  let nounStart = lead[0].length;
  if (ONLY_THE_SUM.test(indicator.text.slice(nounStart).trim())) {
    // 财政投入资金: a purse named before the verb and the bare sum names the sum as written.
    if (lead[2] !== undefined) return null;
    // (各级财政)每年安排经费: the verb is all that says what the sum is for, and stays in its name.
    nounStart -= verb.length;
  }
  const noun = trimmed(indicator.text.slice(nounStart), indicator.span.start + nounStart);
  if (noun.text === "") return null;
  const said = [lead[1], lead[3]].filter((word) => word !== undefined);
  const cumulative = said.some((word) => CUMULATIVE_WORD.test(word));
  return { noun, frequency: said.find((word) => !CUMULATIVE_WORD.test(word)) ?? "", verb, cumulative };
}

/**
 * A sum listed after a funded one with no verb of its own (安排专项资金500万元、奖补资金300万元;
 * 每年安排…经费3000万元，…资金500万元): funded by the same verb as often, as a list's count takes
 * its verb (countReadings.ts). `before` is the target just before it in the list; only a noun that
 * names a sum, in money, after a sum funded.
 */
export function fundedAlongside(indicator: { text: string; span: Span }, unit: string, before: { kind: string; unit: string; comparator: string; cumulative?: boolean }): FundedSum | null {
  if (before.kind !== "level" || measureKind(unit) !== "money" || measureKind(before.unit) !== "money" || !FUNDED_ALONE.test(indicator.text)) return null;
  const funding = FUNDING_COMPARATOR.exec(before.comparator);
  return funding === null ? null : { noun: indicator, frequency: funding[1] ?? "", verb: funding[2]!, cumulative: before.cumulative === true };
}
/** A funded sum's noun with no verb of its own (奖补资金, 质量发展专项经费). */
const FUNDED_ALONE = new RegExp(`^(?!.*(?:${FUNDING_VERBS}))(?!(?:经费|资金|基金)$)${FUNDED_NOUN}$`);
/** How often and the verb opening a funded sum's comparator (每年安排不少于). */
const FUNDING_COMPARATOR = new RegExp(`^(${FREQUENCY}|年均)?(${FUNDING_VERBS})`);

/**
 * A grant's rate to each who qualifies (对首次获得认证的小微企业给予每家不超过2万元补助, 每家补助不超过
 * 2万元, 每个项目奖励不超过50万元): the most one recipient may be given, a rule of the policy, never a
 * sum the plan funds nor a figure it is to reach — read as one, the table showed a level of
 * “对…企业给予每家” a reviewer would hold to nothing. Tested on the clause's words before the figure:
 * a grant's word and a 每 of one recipient, either first.
 */
const GRANT = "给予|补助|奖励|奖补|资助|补贴";
const EACH_RECIPIENT = "每(?:家|个|项|人|户|名|位|件|款|所)";
const PER_RECIPIENT_GRANT = new RegExp(`(?:${GRANT})[^，,；;。：:\\d]*${EACH_RECIPIENT}|${EACH_RECIPIENT}[^，,；;。：:\\d]{0,8}(?:${GRANT})`);
export const grantPerRecipient = (words: string, unit: string): boolean => measureKind(unit) === "money" && PER_RECIPIENT_GRANT.test(words);
